"""Hand-written conveniences layered on the generated resources (never regenerated)."""

__all__: list[str] = []  # the modules (deals, frames, trading) are the public names
