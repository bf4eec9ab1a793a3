"""Benchmarks of ig-sdk against the bundled simulator; run with ``python -m bench`` (see bench/README.md)."""
