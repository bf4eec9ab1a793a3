"""Following IG's paging: which arguments fetch the next page, decided from the page just received.

Pure functions shared by the sync and async resources; the resources only loop, send and yield.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl, urlsplit

from ig_sdk._operation_record import Operation, Pagination
from ig_sdk._sentinel import VERBATIM_QUERY, NotGiven

__all__ = ["MAX_PAGES", "VERBATIM_QUERY", "PageProgress", "OnPage", "next_page_args", "progress_after"]

MAX_PAGES: Final = 10_000
"""A ceiling for answers that never say "last page" (a broken link loop must not run forever)."""


@dataclass(frozen=True, slots=True)
class PageProgress:
    """Where a ``*_pages`` iteration stands, handed to its ``on_page`` callback after each page arrives."""

    pages: int
    """Pages received so far, this one included."""
    total_pages: int | None
    """How many pages IG says there are; None where IG does not count them (activity links, short pages)."""
    items: int
    """Items (prices, transactions, activities, ...) on this page."""
    total_items: int
    """Items received so far over every page."""


OnPage = Callable[[PageProgress], object]
"""The ``on_page`` callback of the ``*_pages`` iterators: called once per page, before the page is yielded."""


def progress_after(op: Operation, previous: PageProgress | None, page: Any) -> PageProgress:
    """The progress once ``page`` (of ``op``) has arrived, counting on from ``previous``."""
    paging = op.pagination
    items = getattr(page, paging.items, None) if paging is not None else None
    count = len(items) if items else 0
    total = _dig(page, paging.total_pages) if paging is not None and paging.total_pages else None
    return PageProgress(
        pages=1 if previous is None else previous.pages + 1,
        total_pages=total if isinstance(total, int) else None,
        items=count,
        total_items=count + (0 if previous is None else previous.total_items),
    )


def _dig(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = getattr(value, name, None)
    return value


def _as_int(value: object) -> int | None:
    """The integer an argument holds, or None when it was not given."""
    if value is None or isinstance(value, NotGiven):
        return None
    return int(str(value))


def next_page_args(op: Operation, args: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
    """The arguments of the page after ``page``, or None when ``page`` was the last."""
    paging = op.pagination
    if paging is None or not getattr(page, paging.items, None):
        return None  # an empty page ends every style of paging
    if paging.style == "paging-next":
        return _from_link(op, args, _dig(page, paging.next_link))
    return _next_number(paging, args, page)


def _next_number(paging: Pagination, args: Mapping[str, Any], page: Any) -> dict[str, Any] | None:
    assert paging.page_param is not None
    current = _as_int(args.get(paging.page_param))
    number = current if current is not None else paging.first_page
    total = _dig(page, paging.total_pages) if paging.total_pages else None
    if isinstance(total, int) and number >= paging.first_page + total - 1:
        return None
    size = _as_int(args.get(paging.size_param)) if paging.size_param else None
    if total is None and size is not None and len(getattr(page, paging.items)) < size:
        return None  # a short page is the last when IG does not count pages
    return {**args, paging.page_param: number + 1}


def _from_link(op: Operation, args: Mapping[str, Any], link: object) -> dict[str, Any] | None:
    if not isinstance(link, str) or not link:
        return None
    by_wire = {p.wire_name: p.python_name for p in op.params if p.location == "query"}
    query = {k: v for k, v in parse_qsl(urlsplit(link).query) if k in by_wire}
    # The link's values are validated like any argument, then sent verbatim: re-formatting them (a
    # timestamp's fraction of a second, say) could shift the page boundary IG chose.
    following = {**args, **{by_wire[k]: v for k, v in query.items()}, VERBATIM_QUERY: query}
    return following if following != dict(args) else None
