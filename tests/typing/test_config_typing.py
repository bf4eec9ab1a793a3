"""mypy --strict, run here on a user's code, refuses misspelled configuration and types session snapshots."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api as mypy_api

USER_CODE = """
from typing import assert_type

from ig_sdk import AsyncIGClient, ClientConfig, IGClient
from ig_sdk._auth import ExportedSession

client = IGClient(api_key="k", usernme="bob")
AsyncIGClient.from_env(acount_type="LIVE")
ClientConfig(api_key="k", pasword="x")
IGClient(api_key="k", max_retries="3")
client.with_options(timout=1.0)

good = IGClient(api_key="k", username="bob", account_type="LIVE", max_retries=3)
assert_type(good.export_session(), ExportedSession)
assert_type(good.config, ClientConfig)
"""


def test_mypy_refuses_misspelled_configuration(tmp_path: Path) -> None:
    source = tmp_path / "bot.py"
    source.write_text(textwrap.dedent(USER_CODE))
    out, err, status = mypy_api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(tmp_path / ".mypy_cache"), str(source)]
    )
    assert status == 1, out + err
    errors = sorted(line.split(": error: ", 1)[1] for line in out.splitlines() if ": error: " in line)
    assert errors == sorted(
        [
            'Unexpected keyword argument "usernme" for "IGClient"; did you mean "username"?  [call-arg]',
            'Unexpected keyword argument "acount_type" for "from_env" of "AsyncIGClient"; '
            'did you mean "account_type"?  [call-arg]',
            'Unexpected keyword argument "pasword" for "ClientConfig"; did you mean "password"?  [call-arg]',
            'Argument "max_retries" to "IGClient" has incompatible type "str"; expected "int"  [arg-type]',
            'Unexpected keyword argument "timout" for "with_options" of "BaseClient"; '
            'did you mean "timeout"?  [call-arg]',
        ]
    ), out
