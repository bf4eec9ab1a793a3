"""The sync and async surfaces are the same API, and the resources are exactly the registry's operations."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from types import ModuleType

import pytest

import ig_sdk._generated.resources as resources_pkg
from ig_sdk import AsyncIGClient, IGClient, operations

_MODULES = sorted(m.name for m in pkgutil.iter_modules(resources_pkg.__path__))


def _resource_module(name: str) -> ModuleType:
    return importlib.import_module(f"{resources_pkg.__name__}.{name}")


def _public(cls: type) -> dict[str, object]:
    return {n: v for n, v in vars(cls).items() if not n.startswith("_") and n != "with_raw_response"}


def _sync_async_pairs() -> list[tuple[type, type]]:
    pairs = []
    for name in _MODULES:
        module = _resource_module(name)
        for sync_name in module.__all__:
            if not sync_name.startswith("Async"):
                pairs.append((getattr(module, sync_name), getattr(module, "Async" + sync_name)))
    return pairs


@pytest.mark.parametrize(("sync_cls", "async_cls"), _sync_async_pairs(), ids=lambda c: c.__name__)
def test_resource_pair_has_identical_methods(sync_cls: type, async_cls: type) -> None:
    sync_methods, async_methods = _public(sync_cls), _public(async_cls)
    assert sync_methods.keys() == async_methods.keys()
    for name, sync_fn in sync_methods.items():
        async_fn = async_methods[name]
        paging = "_pages" in name  # returns an (async) iterator of pages instead of being awaited
        # A deprecated method is wrapped; an async one's wrapper is a coroutine function too (_deprecation).
        assert inspect.iscoroutinefunction(async_fn) != paging, name
        assert inspect.iscoroutinefunction(inspect.unwrap(async_fn)) != paging, name  # type: ignore[arg-type]
        assert not inspect.iscoroutinefunction(inspect.unwrap(sync_fn)), name  # type: ignore[arg-type]
        sync_sig, async_sig = inspect.signature(sync_fn), inspect.signature(async_fn)  # type: ignore[arg-type]
        assert list(sync_sig.parameters) == list(async_sig.parameters), name
        for pname, param in sync_sig.parameters.items():
            other = async_sig.parameters[pname]
            assert (param.kind, param.default, param.annotation) == (
                other.kind,
                other.default,
                other.annotation,
            )
            if pname != "self":
                assert param.kind is inspect.Parameter.KEYWORD_ONLY, f"{name}({pname}) must be keyword-only"
        if paging:
            assert async_sig.return_annotation == "Async" + sync_sig.return_annotation, name
        else:
            assert sync_sig.return_annotation == async_sig.return_annotation, name


def test_methods_are_exactly_the_registry() -> None:
    generated: set[str] = set()
    for sync_cls, _ in _sync_async_pairs():
        resource = sync_cls.__module__.rsplit(".", 1)[1]
        for name in _public(sync_cls):
            if name[-1].isdigit():
                generated.add(f"{resource}.{name}")
    paged = {f"{op.resource}.{op.method_name}_pages_v{op.version}" for op in operations.ALL if op.pagination}
    assert generated == {op.python_name for op in operations.ALL} | paged
    assert len(paged) == 6


def test_unsuffixed_alias_is_the_preferred_version() -> None:
    for op in operations.ALL:
        module = _resource_module(op.resource)
        cls = next(getattr(module, n) for n in module.__all__ if not n.startswith("Async"))
        alias = getattr(cls, op.method_name)
        if op.preferred:
            assert alias is getattr(cls, f"{op.method_name}_v{op.version}"), op.python_name
        else:
            assert alias is not getattr(cls, f"{op.method_name}_v{op.version}"), op.python_name


@pytest.mark.parametrize(("sync_cls", "async_cls"), _sync_async_pairs(), ids=lambda c: c.__name__)
def test_method_annotations_resolve_at_run_time(sync_cls: type, async_cls: type) -> None:
    # The resource modules import no model (they read them through the lazy ``models`` package), yet
    # typing.get_type_hints still resolves every signature, loading the models it names.
    for cls in (sync_cls, async_cls):
        for name, method in _public(cls).items():
            hints = typing.get_type_hints(method)
            assert "return" in hints, f"{cls.__name__}.{name}"


def test_superseded_versions_are_deprecated() -> None:
    for op in operations.ALL:
        module = _resource_module(op.resource)
        cls = next(getattr(module, n) for n in module.__all__ if not n.startswith("Async"))
        method = getattr(cls, f"{op.method_name}_v{op.version}")
        assert (getattr(method, "__deprecated__", None) is not None) == (op.deprecated is not None), (
            op.python_name
        )


def test_clients_expose_the_same_public_members() -> None:
    sync_names = {n for n in dir(IGClient) if not n.startswith("_")}
    async_names = {n for n in dir(AsyncIGClient) if not n.startswith("_")}
    assert sync_names == async_names
    for resource in {op.resource for op in operations.ALL}:
        assert resource in sync_names
