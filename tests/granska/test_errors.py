"""The one table from errors to HTTP statuses and CLI exit codes."""

from __future__ import annotations

import pytest

from granska.errors import (
    ConfigError, CorpusError, DateParseError, GranskaError, IndexMissing, IndexWriteError, InvalidInput, NotFound,
    NotReady, RateLimited, StoreUnavailable, Unauthorized, UpdateRefused, outcome_of,
)


@pytest.mark.parametrize(("error", "status", "code", "exit_code"), [
    (GranskaError("x"), 500, "error", 1),
    (ConfigError("x"), 500, "config", 2),
    (InvalidInput("x"), 422, "invalid_request", 2),
    (DateParseError("31 februari"), 422, "invalid_request", 2),  # a subclass takes its parent's row
    (CorpusError("x", "a.txt", 3), 422, "corpus", 1),
    (NotFound("x"), 404, "not_found", 1),
    (Unauthorized("x"), 401, "unauthorized", 1),
    (RateLimited("x", 5), 429, "rate_limited", 1),
    (NotReady("x"), 503, "not_ready", 1),
    (IndexMissing("x"), 503, "not_ready", 1),
    (StoreUnavailable("x"), 503, "not_ready", 1),
    (IndexWriteError("x"), 507, "index_write", 1),
    (UpdateRefused("x"), 409, "update_refused", 1),
])
def test_outcome_table(error: GranskaError, status: int, code: str, exit_code: int) -> None:
    outcome = outcome_of(error)
    assert (outcome.status, outcome.code, outcome.exit_code) == (status, code, exit_code)


def test_invalid_input_is_a_value_error_for_pydantic_validators() -> None:
    assert isinstance(InvalidInput("x"), ValueError)
