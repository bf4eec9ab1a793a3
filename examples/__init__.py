"""Runnable examples of ig-sdk; ``python examples/demo_bot.py`` (or ``make demo``) needs no IG account."""
