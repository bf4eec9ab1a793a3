"""Code generated from spec/ by `make generate`: never edit by hand, regenerate instead."""
