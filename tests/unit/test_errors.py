"""Error mapping: IG's errorCode first, HTTP status second; every error names its operation."""

from __future__ import annotations

import httpx
import pytest

from ig_sdk import errors
from ig_sdk.errors import error_class_for
from tests.unit.conftest import PING, ClientFactory, FakeIG, error

BY_CODE = [
    (401, "error.security.invalid-details", errors.InvalidCredentialsError),
    (401, "error.security.client-token-invalid", errors.SessionTokenError),
    (401, "error.security.oauth-token-invalid", errors.SessionTokenError),
    (403, "error.public-api.exceeded-account-allowance", errors.AccountAllowanceError),
    (403, "error.public-api.exceeded-account-trading-allowance", errors.TradingAllowanceError),
    (403, "error.public-api.exceeded-api-key-allowance", errors.APIKeyAllowanceError),
    (403, "error.public-api.exceeded-account-historical-data-allowance", errors.HistoricalDataAllowanceError),
    (404, "error.confirms.deal-not-found", errors.DealNotFoundError),
]
BY_STATUS = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
    (418, errors.APIStatusError),
]


@pytest.mark.parametrize(("status", "code", "cls"), BY_CODE)
def test_code_wins_over_status(status: int, code: str, cls: type[errors.APIStatusError]) -> None:
    assert error_class_for(status, code) is cls


@pytest.mark.parametrize(("status", "cls"), BY_STATUS)
def test_status_fallback(status: int, cls: type[errors.APIStatusError]) -> None:
    assert error_class_for(status, None) is cls
    assert error_class_for(status, "some.code.nobody.documented") is cls


def test_family_relations() -> None:
    assert issubclass(errors.AccountAllowanceError, errors.RateLimitError)
    assert issubclass(errors.SessionTokenError, errors.AuthenticationError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.IGRequestValidationError, ValueError)
    assert issubclass(errors.APIStatusError, errors.IGError)


@pytest.mark.parametrize(("status", "code", "cls"), [*BY_CODE[:1], *BY_CODE[3:]])
def test_client_raises_mapped_error_with_context(
    status: int, code: str, cls: type[errors.APIStatusError], make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client(max_retries=0)
    client.login()

    @fake_ig.route("GET", "/ping")
    def refuse(request: httpx.Request) -> httpx.Response:
        return error(status, code)

    with pytest.raises(cls) as info:
        client._request(PING, {}, cast_to=None)
    err = info.value
    assert err.status_code == status
    assert err.error_code == code
    assert err.body == {"errorCode": code}
    assert err.response is not None
    assert err.operation is PING
    assert (err.operation_name, err.method, err.path, err.version) == ("widgets.pingV1_v1", "GET", "/ping", 1)
    assert code in str(err)
    assert "widgets.pingV1_v1" in str(err)


def test_error_without_json_body(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(max_retries=0)

    @fake_ig.route("GET", "/ping")
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=b"<html>bad</html>")

    with pytest.raises(errors.BadRequestError) as info:
        client._request(PING, {}, cast_to=None)
    assert info.value.error_code is None
    assert info.value.body is None


def test_deal_rejected_error_carries_reason() -> None:
    err = errors.DealRejectedError("REF1", "MARKET_CLOSED", {"dealStatus": "REJECTED"})
    assert err.reason == "MARKET_CLOSED"
    assert "MARKET_CLOSED" in str(err)
    assert "REF1" in str(err)


def test_spec_error_table_names_real_classes() -> None:
    from pathlib import Path

    import yaml

    spec = yaml.safe_load((Path(__file__).parents[2] / "spec" / "ig-rest.yaml").read_text())
    table = spec["x-ig-error-codes"]
    assert len(table) >= 60
    for code, entry in table.items():
        cls = getattr(errors, entry["class"])
        assert issubclass(cls, errors.APIStatusError), code
        assert entry["description"]
        assert 400 <= entry["status"] < 600
    assert table["error.security.client-token-invalid"]["class"] == "SessionTokenError"


def test_every_code_in_the_generated_table_raises_its_declared_class() -> None:
    from ig_sdk._generated.error_codes import ERROR_CODES

    assert len(ERROR_CODES) >= 60
    for code, entry in ERROR_CODES.items():
        declared = getattr(errors, str(entry["class"]))
        assert error_class_for(int(entry["status"]), code) is declared, code
    assert error_class_for(403, "error.security.api-key-revoked") is errors.APIKeyError
    assert error_class_for(403, "a.code.ig.adds.later") is errors.PermissionDeniedError  # status fallback
