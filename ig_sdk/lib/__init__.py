"""Hand-written conveniences layered on the generated resources (never regenerated)."""
