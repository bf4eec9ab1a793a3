"""The one jinja2 environment every template renders in: strict, whitespace-controlled, never escaping."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2

__all__ = ["environment"]

TEMPLATES = Path(__file__).parent / "templates"


def _wrap(text: object, width: int) -> list[str]:
    return textwrap.wrap(" ".join(str(text).split()), width) or [""]


def environment(filters: Mapping[str, Callable[..., Any]] | None = None) -> jinja2.Environment:
    """A jinja2 environment over ``codegen/templates`` with the shared filters plus ``filters``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build instead of rendering ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pystr"] = repr
    env.filters["wrap"] = _wrap
    env.filters.update(filters or {})
    return env
