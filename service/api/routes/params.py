"""Query parameters shared by several routes."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from service.validation import parsed_period

DateFromParam = Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})]
DateToParam = Annotated[str | None, Query(description="ÅÅÅÅ-MM-DD", json_schema_extra={"format": "date"})]


def period(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """The two date parameters as a checked period (InvalidInput → 422 naming the bad one)."""
    return parsed_period(date_from, date_to)
