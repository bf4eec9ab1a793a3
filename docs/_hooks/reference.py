"""mkdocs hook: one API reference page per resource (every endpoint version), generated from the spec's code.

The pages are built in memory at each build from ``ig_sdk.operations`` (the generated registry) and the
generated resource classes' docstrings (mkdocstrings), so they can never drift from the code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ig_sdk import operations
from ig_sdk.operations import Operation

HAND_WRITTEN = {
    "client": ("The clients", ["ig_sdk.IGClient", "ig_sdk.AsyncIGClient"]),
    "errors": ("Errors", ["ig_sdk.errors"]),
    "streaming": ("Streaming", ["ig_sdk.streaming.Stream", "ig_sdk.streaming.Subscription"]),
    "frames": ("pandas frames", ["ig_sdk.lib.frames"]),
    "testing": ("The simulator", ["ig_sdk.testing.IGSimulator", "ig_sdk.testing.pytest_plugin"]),
}


def _resources() -> dict[str, list[Operation]]:
    grouped: dict[str, list[Operation]] = defaultdict(list)
    for op in operations.ALL:
        grouped[op.resource].append(op)
    return dict(sorted(grouped.items()))


def _class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def _resource_page(resource: str, ops: list[Operation]) -> str:
    lines = [
        f"# `client.{resource}`",
        "",
        "Every endpoint version IG serves here is its own method (`_v<N>`); the unsuffixed name is the",
        "version the spec marks preferred. The async client has the same methods",
        f"(`await client.{resource}.…`).",
        "",
        "| method | endpoint | version | what | notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for op in ops:
        method = op.python_name.split(".", 1)[1]
        notes = []
        if op.preferred:
            notes.append(f"= `{op.method_name}`")
        if op.trading:
            notes.append("trading (sent once, never retried)")
        if op.deprecated:
            notes.append("deprecated")
        if op.pagination is not None:
            notes.append(f"`{op.method_name}_pages_v{op.version}` iterates the pages")
        summary = op.summary.replace("|", "\\|").replace("\n", " ")
        endpoint = f"`{op.method} {op.path}`"
        lines.append(f"| `{method}` | {endpoint} | {op.version} | {summary} | {'; '.join(notes)} |")
    module = f"ig_sdk._generated.resources.{resource}"
    lines += ["", f"::: {module}.{_class_name(resource)}", "    options:"]
    lines += ["      show_root_heading: false", ""]
    return "\n".join(lines)


def _hand_page(title: str, targets: list[str]) -> str:
    return "\n".join([f"# {title}", ""] + [f"::: {target}\n" for target in targets])


def _pages() -> dict[str, str]:
    pages = {
        f"reference/{name}.md": _hand_page(title, targets) for name, (title, targets) in HAND_WRITTEN.items()
    }
    for resource, ops in _resources().items():
        pages[f"reference/{resource}.md"] = _resource_page(resource, ops)
    return pages


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    nav = config.nav or []
    for entry in nav:
        if isinstance(entry, dict) and "API reference" in entry:
            pages = list(_pages())
            hand = [p for p in pages if p.removeprefix("reference/").removesuffix(".md") in HAND_WRITTEN]
            resources = [p for p in pages if p not in hand]
            entry["API reference"] = ["reference/index.md", *hand, {"Resources": resources}]
    return config


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    for path, content in _pages().items():
        files.append(File.generated(config, path, content=content))
    return files


# --- generated parts of hand-written pages ---------------------------------------------------------------

_MARKER = re.compile(r"<!-- (?P<kind>columns|ig-help): ?(?P<arg>[\w ]*) -->")


def _columns_table(name: str) -> str:
    from ig_sdk.lib import frames

    columns = getattr(frames, name)
    rows = ["| column | dtype | from IG's field | meaning |", "| --- | --- | --- | --- |"]
    for column in columns:
        source = ".".join(column.path)
        rows.append(f"| `{column.name}` | `{column.dtype}` | `{source}` | {column.doc} |")
    return "\n".join(rows)


def _ig_help(command: str) -> str:
    import click

    from ig_sdk.cli._app import cli

    group: click.Command = cli
    words = command.split()
    context = click.Context(cli, info_name="ig", terminal_width=100)
    for word in words:
        assert isinstance(group, click.Group)
        group = group.commands[word]
        context = click.Context(group, info_name=word, parent=context, terminal_width=100)
    return "```text\n" + group.get_help(context) + "\n```"


def on_page_markdown(markdown: str, **_: Any) -> str:
    def expand(match: re.Match[str]) -> str:
        if match["kind"] == "columns":
            return _columns_table(match["arg"].strip())
        return _ig_help(match["arg"].strip())

    return _MARKER.sub(expand, markdown)
