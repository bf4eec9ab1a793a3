"""The README's Python examples: each is type-checked under ``mypy --strict`` and the runnable ones run.

A block is runnable unless the line before its fence says ``<!-- readme-test: no-run ... -->`` or
``<!-- readme-test: fragment ... -->``; a fragment is checked after a prelude that defines what the blocks
above it define (``client``, ``datetime``). Runnable blocks that read ``IGClient.from_env()`` run against the
bundled simulator through the ``IG_SERVICE_*`` variables, as a user's would against IG.
"""

from __future__ import annotations

import asyncio
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from mypy import api as mypy_api

from ig_sdk.testing import API_KEY, PASSWORD, USERNAME, IGSimulator

README = Path(__file__).resolve().parents[2] / "README.md"

FRAGMENT_PRELUDE = """\
from datetime import datetime

from ig_sdk import IGClient

client = IGClient.from_env()
"""


@dataclass(frozen=True)
class Block:
    line: int
    code: str
    run: bool
    fragment: bool

    @property
    def is_async(self) -> bool:
        return bool(re.search(r"^(await |async (with|for) )|[=(] ?await ", self.code, flags=re.MULTILINE))

    def module_source(self) -> str:
        """The block as a module: a fragment after its prelude, top-level await inside a coroutine."""
        code = self.code
        if self.is_async:
            code = "async def readme_block() -> None:\n" + textwrap.indent(code, "    ")
            imports = [line for line in self.code.splitlines() if line.startswith(("from ", "import "))]
            code = (
                "\n".join(imports) + "\n\n\n" + code.replace("".join(f"    {line}\n" for line in imports), "")
            )
        return (FRAGMENT_PRELUDE + "\n" if self.fragment else "") + code


def readme_blocks() -> list[Block]:
    lines = README.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```python":
            marker = lines[i - 1] if i else ""
            end = lines.index("```", i + 1)
            blocks.append(
                Block(
                    line=i + 1,
                    code="\n".join(lines[i + 1 : end]) + "\n",
                    run="readme-test:" not in marker,
                    fragment="readme-test: fragment" in marker,
                )
            )
            i = end
        i += 1
    return blocks


def test_the_readme_has_examples() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 5
    assert sum(b.run for b in blocks) >= 3


@pytest.mark.timeout(300)
def test_every_readme_example_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for block in readme_blocks():
        path = tmp_path / f"readme_line_{block.line}.py"
        path.write_text(block.module_source(), encoding="utf-8")
        files.append(str(path))
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")  # a user's plain --strict, not this project's settings
    out, err, status = mypy_api.run(
        ["--strict", "--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), *files]
    )
    assert status == 0, out + err


def test_no_readme_example_asserts_a_field_is_not_none() -> None:
    for block in readme_blocks():
        assert not re.search(r"assert .* is not None", block.code), f"README line {block.line}"


@pytest.mark.timeout(120)
def test_runnable_readme_examples_run_against_the_simulator(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runnable = [b for b in readme_blocks() if b.run]
    with IGSimulator() as sim:
        for name, value in {
            "IG_SERVICE_USERNAME": USERNAME,
            "IG_SERVICE_PASSWORD": PASSWORD,
            "IG_SERVICE_API_KEY": API_KEY,
            "IG_SERVICE_ACC_TYPE": "DEMO",
            "IG_SERVICE_BASE_URL": sim.rest_url,
        }.items():
            monkeypatch.setenv(name, value)
        for block in runnable:
            namespace: dict[str, object] = {"__name__": f"readme_line_{block.line}"}
            exec(compile(block.module_source(), f"README.md:{block.line}", "exec"), namespace)
            coroutine = namespace.get("readme_block")
            if callable(coroutine):
                asyncio.run(coroutine())
    printed = capsys.readouterr().out
    assert "ACCEPTED" in printed  # the quick start's deal went through
