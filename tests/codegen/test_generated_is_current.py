"""The committed ig_sdk/_generated/ tree is exactly what the generator renders from spec/ (so pytest alone
catches a hand edit or a forgotten `make generate`)."""

from __future__ import annotations

from pathlib import Path

from codegen.build import build, check

ROOT = Path(__file__).resolve().parents[2]


def test_committed_tree_matches_the_spec() -> None:
    problems = check(ROOT, build(ROOT, ROOT / "spec" / "ig-rest.yaml"))
    assert problems == [], "stale generated tree; run `make generate`:\n" + "\n".join(problems)
