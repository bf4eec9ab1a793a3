"""Our own suite opts in to ig-sdk's pytest fixtures, exactly as a user's suite does."""

pytest_plugins = ["ig_sdk.testing.pytest_plugin"]
