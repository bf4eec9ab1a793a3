"""Models modules by use: a program loads the models of the endpoints it calls, not all of them.

datamodel-code-generator writes every schema into one module; importing it builds ~200 pydantic classes,
most of the first call's cost in a fresh process. This splits that source by use. A model needed (directly or
nested inside another model) by one operation only goes to that operation's module (``markets_get_v1``: the
request, parameter and answer models of a superseded version, say); one needed by several operations of one
resource to the resource's module (``markets``); one needed by several resources to ``_shared``; and one that
no operation reaches to ``_unused``. A model can only depend on models needed by at least the same
operations, so an operation's module imports from its resource's module and ``_shared``, a resource's module
from ``_shared`` only, and ``_shared`` from nothing generated. The package's ``__init__`` names every model
for type checkers and imports each module on first access at run time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

__all__ = ["SHARED", "split_models"]

SHARED = "_shared"
UNUSED = "_unused"
PACKAGE = "ig_sdk._generated.models"


def _classes(source: str) -> tuple[str, dict[str, str], dict[str, set[str]]]:
    """The import header, each top-level class's source (in order) and the classes each one refers to."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    nodes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    if not nodes:
        raise ValueError("no model classes in the generated source")
    header = "".join(lines[: nodes[0].lineno - 1])
    bodies: dict[str, str] = {}
    for node in nodes:
        assert node.end_lineno is not None
        bodies[node.name] = "".join(lines[node.lineno - 1 : node.end_lineno])
    deps = {
        node.name: {
            name.id
            for name in ast.walk(node)
            if isinstance(name, ast.Name) and name.id in bodies and name.id != node.name
        }
        for node in nodes
    }
    return header, bodies, deps


def _closure(roots: Iterable[str], deps: Mapping[str, set[str]]) -> set[str]:
    found: set[str] = set()
    pending = [r for r in roots if r in deps]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending.extend(deps[name])
    return found


def _module_source(
    header: str, names: list[str], bodies: Mapping[str, str], imports: Mapping[str, list[str]]
) -> str:
    # The full header is kept: the formatter drops what a module does not use.
    parts = [header.rstrip() + "\n"]
    for module, imported in sorted(imports.items()):
        parts.append(f"from {PACKAGE}.{module} import {', '.join(sorted(imported))}\n")
    parts.append("\n\n")
    parts.append("\n\n".join(bodies[n].rstrip() + "\n" for n in names))
    listing = "".join(f'    "{n}",\n' for n in sorted(names))
    parts.append(f"\n\n__all__ = [\n{listing}]\n")
    return "".join(parts)


def _facade(banner: str, where: Mapping[str, str]) -> str:
    by_module: dict[str, list[str]] = {}
    for name, module in where.items():
        by_module.setdefault(module, []).append(name)
    typing_imports = "".join(
        f"    from {PACKAGE}.{module} import {', '.join(f'{n} as {n}' for n in sorted(names))}\n"
        for module, names in sorted(by_module.items())
    )
    table = "".join(f'    "{name}": "{where[name]}",\n' for name in sorted(where))
    listing = "".join(f'    "{name}",\n' for name in sorted(where))
    return (
        f"{banner}\n"
        '"""IG\'s REST models: one module per operation, per resource (models several of its calls use)\n'
        "and ``_shared`` (models several resources use), each loaded on first use: ``from\n"
        "ig_sdk._generated.models import PricesV3Response`` imports the models of prices.get (version 3).\n"
        '"""\n\n'
        "import importlib\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        "if TYPE_CHECKING:\n"
        f"{typing_imports}\n"
        f"_MODULES: dict[str, str] = {{\n{table}}}\n\n"
        f"__all__ = [\n{listing}]\n\n"
        "# Type checkers read the imports above, so a misspelt name stays an error for them.\n"
        "if not TYPE_CHECKING:\n\n"
        "    def __getattr__(name: str) -> Any:\n"
        "        module = _MODULES.get(name)\n"
        "        if module is None:\n"
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        '        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)\n'
        "        globals()[name] = value\n"
        "        return value\n\n"
        "    def __dir__() -> list[str]:\n"
        "        return list(__all__)\n"
    )


def _home(users: set[tuple[str, str]]) -> str:
    resources = {resource for resource, _ in users}
    if not resources:
        return UNUSED
    if len(resources) > 1:
        return SHARED
    if len(users) > 1:
        return next(iter(resources))
    resource, operation = next(iter(users))
    return f"{resource}_{operation}"


def split_models(source: str, roots: Mapping[str, Mapping[str, Iterable[str]]]) -> dict[str, str]:
    """Module stem → source for the models package.

    ``roots``: resource → operation (its method name, ``get_v3``) → the models the operation names.
    """
    operations = {f"{resource}_{op}" for resource, ops in roots.items() for op in ops}
    if clash := operations & (set(roots) | {SHARED, UNUSED}):
        raise ValueError(f"models module names used twice: {sorted(clash)}")
    header, bodies, deps = _classes(source)
    users: dict[str, set[tuple[str, str]]] = {name: set() for name in bodies}
    for resource, ops in roots.items():
        for op, names in ops.items():
            for name in _closure(names, deps):
                users[name].add((resource, op))
    where = {name: _home(found) for name, found in users.items()}
    modules: dict[str, list[str]] = {}
    for name in bodies:  # the generator's order: every model after the models it uses
        modules.setdefault(where[name], []).append(name)
    out: dict[str, str] = {}
    for module, names in modules.items():
        imports: dict[str, list[str]] = {}
        for name in names:
            for dep in deps[name]:
                if where[dep] != module:
                    imports.setdefault(where[dep], []).append(dep)
        out[module] = _module_source(header, names, bodies, {m: sorted(set(i)) for m, i in imports.items()})
    out["__init__"] = _facade(header.splitlines()[0], where)
    return out
