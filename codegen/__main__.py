"""``python -m codegen [--check | --lint [FILE ...]]``: the generator's single entry point (used by make)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.spec import SpecError, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "ig-rest.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the committed generated tree is stale")
    mode.add_argument("--lint", nargs="*", metavar="FILE", help="only check the spec (optionally some files)")
    args = parser.parse_args(argv)
    if args.lint is not None:
        return _lint(args.lint)
    from codegen.build import build, check, write

    try:
        tree = build(ROOT, SPEC)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.check:
        problems = check(ROOT, tree)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print("generated tree is stale: run `make generate`", file=sys.stderr)
            return 1
        print(f"generated tree is up to date ({len(tree)} files)")
        return 0
    changed = write(ROOT, tree)
    print(f"wrote {len(tree)} files ({changed} changed)")
    return 0


def _lint(files: list[str]) -> int:
    try:
        load_spec(SPEC)
    except SpecError as exc:
        lines = str(exc).splitlines()[1:]
        wanted = [Path(f).name for f in files]
        shown = [ln for ln in lines if not wanted or any(w in ln for w in wanted)]
        print("\n".join(shown) if shown else "no problems in the given files", file=sys.stderr)
        return 1 if shown else 0
    print("spec is clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
