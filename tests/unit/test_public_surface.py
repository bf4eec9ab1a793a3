"""The public surface, deliberately: every exported name of every public module, and no private return types.

``public_surface.txt`` lists ``module.name`` for every name in the ``__all__`` of every public module (one
whose dotted path has no ``_`` part). A change to the surface shows up as a diff of that file; after an
intended change, regenerate it with ``IG_SDK_UPDATE_SURFACE=1 pytest tests/unit/test_public_surface.py``.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import os
import pkgutil
import sys
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ig_sdk

SNAPSHOT = Path(__file__).with_name("public_surface.txt")


def _fail_import(name: str) -> None:
    raise ImportError(f"public module {name} does not import")


def public_modules() -> list[str]:
    found = ["ig_sdk"]
    for info in pkgutil.walk_packages(ig_sdk.__path__, "ig_sdk.", onerror=_fail_import):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            found.append(info.name)
    return sorted(found)


def exports(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    assert names is not None, f"public module {module_name} has no __all__"
    return sorted(names)


def surface() -> str:
    return "".join(f"{module}.{name}\n" for module in public_modules() for name in exports(module))


def test_the_public_surface_is_the_recorded_one() -> None:
    current = surface()
    if os.environ.get("IG_SDK_UPDATE_SURFACE"):
        SNAPSHOT.write_text(current)
    recorded = SNAPSHOT.read_text()
    added = sorted(set(current.splitlines()) - set(recorded.splitlines()))
    removed = sorted(set(recorded.splitlines()) - set(current.splitlines()))
    assert (added, removed) == ([], []), (
        "the public surface changed; if intended, run IG_SDK_UPDATE_SURFACE=1 pytest "
        f"tests/unit/test_public_surface.py and commit {SNAPSHOT.name}"
    )


def test_every_name_has_one_public_home() -> None:
    homes: dict[int, list[str]] = {}
    for module in public_modules():
        for name in exports(module):
            obj = getattr(importlib.import_module(module), name)
            if isinstance(obj, type | types.FunctionType):
                homes.setdefault(id(obj), []).append(f"{module}.{name}")
    assert [where for where in homes.values() if len(where) > 1] == []


# --- every type a public method returns is importable from a public module ---------------------------


@functools.cache
def _annotation_namespace(module_name: str) -> dict[str, Any]:
    """The module's globals plus what it imports only for type checking (its annotations are strings)."""
    module = sys.modules[module_name]
    namespace = dict(vars(module))
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            exec(
                compile(ast.Module(body=node.body, type_ignores=[]), module.__file__ or module_name, "exec"),
                namespace,
            )
    return namespace


def _classes_in(annotation: object) -> Iterator[type]:
    origin = typing.get_origin(annotation)
    if origin is not None:
        if isinstance(origin, type):
            yield origin
        for arg in typing.get_args(annotation):
            yield from _classes_in(arg)
    elif isinstance(annotation, type):
        yield annotation


def _public_functions(cls: type) -> Iterator[tuple[str, Callable[..., object]]]:
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if isinstance(member, property) and member.fget is not None:
            yield name, member.fget
        elif isinstance(member, functools.cached_property):
            yield name, member.func
        elif isinstance(member, staticmethod | classmethod):
            yield name, member.__func__
        elif inspect.isfunction(member):
            yield name, member


def _returned_classes(cls: type) -> Iterator[tuple[str, type]]:
    for name, function in _public_functions(cls):
        if not (getattr(function, "__module__", None) or "").startswith("ig_sdk"):
            continue  # pydantic's own model methods and the like
        hints = typing.get_type_hints(function, globalns=_annotation_namespace(function.__module__))
        for returned in _classes_in(hints.get("return")):
            yield f"{cls.__qualname__}.{name}", returned


def test_every_type_a_public_method_returns_is_public() -> None:
    public = {
        id(getattr(importlib.import_module(module), name))
        for module in public_modules()
        for name in exports(module)
    }
    todo = [
        obj
        for module in public_modules()
        for name in exports(module)
        if isinstance(obj := getattr(importlib.import_module(module), name), type)
        and obj.__module__.startswith("ig_sdk")
    ]
    seen: set[type] = set()
    private: dict[str, list[str]] = {}
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for where, returned in _returned_classes(cls):
            if not returned.__module__.startswith("ig_sdk"):
                continue
            if id(returned) not in public:
                private.setdefault(f"{returned.__module__}.{returned.__qualname__}", []).append(where)
            todo.append(returned)
    assert private == {}, "returned by public methods but importable from no public module"
    assert {ig_sdk.IGClient, ig_sdk.AsyncIGClient, ig_sdk.ClientConfig} <= seen
