"""Property-based API tests from the OpenAPI schema (Schemathesis, bounded examples): no 5xx, and
every response matches the schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance, response_schema_conformance, status_code_conformance,
)

pytestmark = pytest.mark.integration

MAX_EXAMPLES = 25
# Rules a schema cannot state (date_from ≤ date_to; an impossible 2024-02-30) make some
# schema-valid requests a 422, so "positive data acceptance" is not among the checks.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_api_against_its_schema(live_api) -> None:
    schema = schemathesis.openapi.from_url(f"{live_api.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    calls: list[str] = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:  # noqa: ANN001
            response = case.call(timeout=60)
            calls.append(operation.label)
            assert response.status_code < 500, (operation.label, response.status_code, response.text[:300])
            case.validate_response(response, checks=CHECKS)

        check()
    assert len(calls) >= len(operations)
