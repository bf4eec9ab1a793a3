"""Generated resource classes, one module per IG resource (imported lazily by the clients)."""
