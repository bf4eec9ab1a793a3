"""ig-sdk's code generator: spec/ → ig_sdk/_generated/ (run ``python -m codegen``)."""
