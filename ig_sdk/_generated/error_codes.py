# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's error codes: HTTP status, ig_sdk.errors class name and meaning (spec x-ig-error-codes)."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["ERROR_CODES"]

ERROR_CODES: Final[dict[str, dict[str, Any]]] = {
    "error.public-api.failure.encryption.required": {
        "status": 400,
        "class": "BadRequestError",
        "description": "This account must log in with an encrypted password.",
    },
    "error.request.invalid.date-range": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The requested date range is not accepted.",
    },
    "error.security.api-key-missing": {
        "status": 400,
        "class": "APIKeyError",
        "description": "The request carried no X-IG-API-KEY header.",
    },
    "invalid.input": {
        "status": 400,
        "class": "BadRequestError",
        "description": "Some request value was refused by IG's own validation.",
    },
    "error.public-api.failure.kyc.required": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The client must complete IG's identity checks before using the API.",
    },
    "error.public-api.failure.missing.credentials": {
        "status": 401,
        "class": "AuthenticationError",
        "description": "The request carried no session credentials.",
    },
    "error.public-api.failure.pending.agreements.required": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The client must first accept pending agreements on IG's website.",
    },
    "error.public-api.failure.preferred.account.disabled": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The client's default account is disabled.",
    },
    "error.public-api.failure.preferred.account.not.set": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The client has no default account.",
    },
    "error.security.account-token-invalid": {
        "status": 401,
        "class": "SessionTokenError",
        "description": "The X-SECURITY-TOKEN is not valid (usually expired); log in again.",
    },
    "error.security.account-token-missing": {
        "status": 401,
        "class": "SessionTokenError",
        "description": "The X-SECURITY-TOKEN header is missing.",
    },
    "error.security.client-token-invalid": {
        "status": 401,
        "class": "SessionTokenError",
        "description": "The CST token is not valid (usually expired); log in again.",
    },
    "error.security.client-token-missing": {
        "status": 401,
        "class": "SessionTokenError",
        "description": "The CST header is missing.",
    },
    "error.security.oauth-token-invalid": {
        "status": 401,
        "class": "SessionTokenError",
        "description": "The OAuth access or refresh token is not valid (usually expired).",
    },
    "endpoint.unavailable.for.api-key": {
        "status": 403,
        "class": "APIKeyError",
        "description": "This API key may not call this endpoint.",
    },
    "error.public-api.exceeded-account-allowance": {
        "status": 403,
        "class": "AccountAllowanceError",
        "description": "Too many non-trading requests for this account in the last minute.",
    },
    "error.public-api.exceeded-account-historical-data-allowance": {
        "status": 403,
        "class": "HistoricalDataAllowanceError",
        "description": "The account's weekly allowance of historical price points is used up.",
    },
    "error.public-api.exceeded-account-trading-allowance": {
        "status": 403,
        "class": "TradingAllowanceError",
        "description": "Too many trading requests for this account in the last minute.",
    },
    "error.public-api.exceeded-api-key-allowance": {
        "status": 403,
        "class": "APIKeyAllowanceError",
        "description": "Too many requests for this API key (all accounts together) in the last minute.",
    },
    "error.public-api.failure.stockbroking-not-supported": {
        "status": 403,
        "class": "PermissionDeniedError",
        "description": "Stockbroking accounts cannot use this API.",
    },
    "error.security.api-key-disabled": {
        "status": 403,
        "class": "APIKeyError",
        "description": "The API key has been disabled.",
    },
    "error.security.api-key-invalid": {
        "status": 403,
        "class": "APIKeyError",
        "description": "The API key is unknown or malformed.",
    },
    "error.security.api-key-restricted": {
        "status": 403,
        "class": "APIKeyError",
        "description": "The API key is restricted and may not make this request.",
    },
    "error.security.api-key-revoked": {
        "status": 403,
        "class": "APIKeyError",
        "description": "The API key has been revoked.",
    },
    "error.confirms.deal-not-found": {
        "status": 404,
        "class": "DealNotFoundError",
        "description": "No confirmation for this deal reference (yet, or it is too old).",
    },
    "invalid.url": {
        "status": 404,
        "class": "NotFoundError",
        "description": "No endpoint at this path and VERSION.",
    },
    "system.error": {
        "status": 500,
        "class": "InternalServerError",
        "description": "IG failed while handling the request.",
    },
    "error.request.invalid.page-size": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The page size is outside the accepted range.",
    },
    "error.public-api.too-many-epics": {
        "status": 400,
        "class": "BadRequestError",
        "description": "More epics were requested at once than IG allows.",
    },
    "error.public-api.epic-not-found": {
        "status": 404,
        "class": "InstrumentNotFoundError",
        "description": "An epic in the request is unknown.",
    },
    "error.position.notfound": {
        "status": 404,
        "class": "NotFoundError",
        "description": "No open position has this deal id.",
    },
    "error.positions.generic": {
        "status": 500,
        "class": "InternalServerError",
        "description": "IG could not read the positions.",
    },
    "error.trading.otc.market-orders.not-supported": {
        "status": 400,
        "class": "BadRequestError",
        "description": "Market orders are not available for this instrument.",
    },
    "error.trading.otc.instrument-not-found": {
        "status": 404,
        "class": "InstrumentNotFoundError",
        "description": "The instrument to trade is unknown.",
    },
    "error.invalid.daterange": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The price history date range is not accepted.",
    },
    "error.malformed.date": {
        "status": 400,
        "class": "BadRequestError",
        "description": "A date in the request is not in the expected format.",
    },
    "error.unsupported.epic": {
        "status": 400,
        "class": "BadRequestError",
        "description": "Price history is not available for this epic.",
    },
    "unauthorised.access.to.equity.exception": {
        "status": 403,
        "class": "PermissionDeniedError",
        "description": "The account may not read prices of this equity.",
    },
    "error.security.get.session.timeout": {
        "status": 500,
        "class": "InternalServerError",
        "description": "IG timed out reading the session (IG's page also lists it under 504; unverified).",
    },
    "error.security.authentication.timeout": {
        "status": 504,
        "class": "InternalServerError",
        "description": "IG timed out while authenticating.",
    },
    "authentication.failure.not-a-client-account": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The identifier does not belong to a client account.",
    },
    "error.security.account-access-denied": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "Access to the account is denied.",
    },
    "error.security.account-migrated": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The account has been migrated and cannot log in here.",
    },
    "error.security.account-not-yet-activated": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The account is not activated yet.",
    },
    "error.security.account-suspended": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The account is suspended.",
    },
    "error.security.all-accounts-pending": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "All of the client's accounts are still pending.",
    },
    "error.security.all-accounts-suspended": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "All of the client's accounts are suspended.",
    },
    "error.security.client-suspended": {
        "status": 401,
        "class": "AccountAccessError",
        "description": "The client is suspended.",
    },
    "error.security.generic": {
        "status": 401,
        "class": "AuthenticationError",
        "description": "Authentication failed for an unspecified reason.",
    },
    "error.security.invalid-application": {
        "status": 401,
        "class": "InvalidCredentialsError",
        "description": "The application (API key) is not valid for this login.",
    },
    "error.security.invalid-details": {
        "status": 401,
        "class": "InvalidCredentialsError",
        "description": "Wrong identifier or password.",
    },
    "error.security.invalid-website": {
        "status": 401,
        "class": "InvalidCredentialsError",
        "description": "The login was made against the wrong IG site or environment.",
    },
    "error.security.too-many-failed-attempts": {
        "status": 401,
        "class": "InvalidCredentialsError",
        "description": "Too many failed logins; the login is locked for a while.",
    },
    "error.switch.accountId-must-be-different": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The account to switch to is already the active one.",
    },
    "error.switch.invalid-accountId": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The account to switch to is unknown or not the client's.",
    },
    "error.switch.cannot-set-default-account": {
        "status": 500,
        "class": "InternalServerError",
        "description": "IG could not make the account the default one.",
    },
    "error.invalid.watchlist": {
        "status": 404,
        "class": "NotFoundError",
        "description": "No watchlist has this id.",
    },
    "error.watchlists.management.duplicate-name": {
        "status": 400,
        "class": "BadRequestError",
        "description": "A watchlist with this name already exists.",
    },
    "error.watchlists.management.error": {
        "status": 400,
        "class": "BadRequestError",
        "description": "IG could not change the watchlist (deleting may answer it with 500).",
    },
    "error.watchlists.management.cannot-delete-watchlist": {
        "status": 400,
        "class": "BadRequestError",
        "description": "This watchlist cannot be deleted.",
    },
    "error.watchlists.management.watchlist-not-found": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The watchlist to delete does not exist.",
    },
    "error.service.watchlists.add-instrument.invalid-epic": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The epic cannot be added to or removed from the watchlist.",
    },
    "public-api.costs-and-charges.client-error": {
        "status": 400,
        "class": "BadRequestError",
        "description": "The costs and charges request was refused.",
    },
    "public-api.costs-and-charges.indicative-quote-reference-not-found": {
        "status": 404,
        "class": "NotFoundError",
        "description": "No indicative quote has this reference.",
    },
    "public-api.costs-and-charges.general-error": {
        "status": 500,
        "class": "InternalServerError",
        "description": "IG failed to compute costs and charges.",
    },
}
