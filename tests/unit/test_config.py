"""The typed, frozen client configuration: one definition behind both clients, from_env and with_options."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from ig_sdk import AsyncIGClient, ClientConfig, ClientOptions, IGClient
from ig_sdk._config import ENVIRONMENT, SHARED_FIELDS, parse_flag
from ig_sdk._generated.gateways import GATEWAYS

ENV = {
    "IG_SERVICE_USERNAME": "bob",
    "IG_SERVICE_PASSWORD": "pw-SECRET",
    "IG_SERVICE_API_KEY": "key-SECRET",
}


def test_options_and_config_fields_agree() -> None:
    """ClientOptions (the keywords mypy checks) and ClientConfig (what is kept) agree on names and types."""
    fields = {f.name: f for f in dataclasses.fields(ClientConfig)}
    assert set(ClientOptions.__annotations__) == set(fields)
    # Both modules postpone annotations, so the types are the source text: the same text, the same type.
    option_types = {
        name: getattr(t, "__forward_arg__", t) for name, t in ClientOptions.__annotations__.items()
    }
    assert option_types == {name: f.type for name, f in fields.items()}
    assert set(ENVIRONMENT) <= set(fields)
    assert set(SHARED_FIELDS) <= set(fields)


@pytest.mark.parametrize(
    "build",
    [
        lambda: IGClient(api_key="k", usernme="bob"),  # type: ignore[call-arg]
        lambda: AsyncIGClient(api_key="k", usernme="bob"),  # type: ignore[call-arg]
        lambda: ClientConfig.create(api_key="k", usernme="bob"),  # type: ignore[call-arg]
        lambda: ClientConfig(api_key="k").replace(usernme="bob"),  # type: ignore[call-arg]
    ],
)
def test_misspelled_keywords_are_refused_at_runtime(build: Callable[[], object]) -> None:
    with pytest.raises(
        TypeError, match=r"unexpected keyword argument 'usernme' \(did you mean 'username'\?\)"
    ):
        build()


def test_misspelled_keyword_in_from_env_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(TypeError, match="did you mean 'account_type'"):
        IGClient.from_env(acount_type="LIVE")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'colour'"):
        ClientConfig.from_env(colour="blue")  # type: ignore[call-arg]


def test_config_is_frozen_and_hides_secrets() -> None:
    config = ClientConfig(api_key="key-SECRET", username="bob", password="pw-SECRET")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.username = "eve"  # type: ignore[misc]
    assert "SECRET" not in repr(config) + str(config)
    assert "bob" in repr(config)


def test_config_checks_its_values() -> None:
    with pytest.raises(ValueError, match="api_key"):
        ClientConfig(api_key="")
    with pytest.raises(ValueError, match="account_type"):
        ClientConfig(api_key="k", account_type="PAPER")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="session_version"):
        ClientConfig(api_key="k", session_version=4)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_retries"):
        ClientConfig(api_key="k", max_retries=-1)
    with pytest.raises(ValueError, match="encrypted"):
        ClientConfig(api_key="k", session_version=3, encrypt_password=True)
    with pytest.raises(ValueError, match="api_key"):
        IGClient(username="bob")


def test_url_follows_account_type_unless_base_url_is_given() -> None:
    config = ClientConfig(api_key="k")
    assert config.url == GATEWAYS["DEMO"]
    assert config.replace(account_type="LIVE").url == GATEWAYS["LIVE"]
    assert config.replace(base_url="http://127.0.0.1:8080/").url == "http://127.0.0.1:8080"


def test_from_env_reads_every_variable_including_base_url() -> None:
    environ = {
        **ENV,
        "IG_SERVICE_ACC_TYPE": "live",
        "IG_SERVICE_ACC_NUMBER": "ACC9",
        "IG_SERVICE_BASE_URL": "http://127.0.0.1:8080",
        "IG_SERVICE_UNRELATED": "x",
    }
    config = ClientConfig.from_env(environ)
    assert config == ClientConfig(
        api_key="key-SECRET",
        username="bob",
        password="pw-SECRET",
        account_type="LIVE",
        account_id="ACC9",
        base_url="http://127.0.0.1:8080",
    )
    assert ClientConfig.from_env(environ, base_url=None).url == GATEWAYS["LIVE"]
    assert ClientConfig.from_env({**ENV, "IG_SERVICE_BASE_URL": ""}).base_url is None  # empty means unset


def test_from_env_builds_both_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    environ = {**ENV, "IG_SERVICE_BASE_URL": "http://127.0.0.1:8080", "IG_SERVICE_ACC_NUMBER": "ACC9"}
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    with IGClient.from_env(rate_limit=False, max_retries=0) as client:
        assert client.base_url == "http://127.0.0.1:8080"
        assert client._state.account_id == "ACC9"  # the account every login selects
        assert client.config.max_retries == 0
    aclient = AsyncIGClient.from_env(session_version=3)
    assert aclient.config.session_version == 3
    assert aclient.config.username == "bob"
    monkeypatch.delenv("IG_SERVICE_PASSWORD")
    with pytest.raises(ValueError, match="IG_SERVICE_PASSWORD"):
        IGClient.from_env()


def test_a_config_object_builds_a_client_and_keywords_override_it() -> None:
    config = ClientConfig(api_key="k", base_url="http://127.0.0.1:9", rate_limit=False)
    with IGClient(config) as client:
        assert client.config is config
    with IGClient(config, max_retries=5) as client:
        assert client.config == config.replace(max_retries=5)


@pytest.mark.parametrize(
    ("text", "value"), [("1", True), ("TRUE", True), ("yes", True), ("off", False), ("0", False)]
)
def test_parse_flag(text: str, value: bool) -> None:
    assert parse_flag(text) is value


def test_parse_flag_refuses_other_text() -> None:
    with pytest.raises(ValueError, match="true/false"):
        parse_flag("maybe")
