"""GET /v1/timeline: entries in date order."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service import operations
from service.api.deps import AuthDep, ServingDep
from service.api.routes.params import DateFromParam, DateToParam, period
from service.api.schemas import TimelineResponse
from service.validation import FILTER_MAX_CHARS

router = APIRouter(prefix="/v1", tags=["tidslinje"])


@router.get("/timeline", response_model=TimelineResponse, summary="Poster i datumordning")
def timeline(serving: ServingDep, _: AuthDep, date_from: DateFromParam = None, date_to: DateToParam = None,
             q: Annotated[str | None, Query(max_length=FILTER_MAX_CHARS, description="Text som posten ska innehålla.")] = None,
             actor: Annotated[str | None, Query(max_length=FILTER_MAX_CHARS)] = None,
             limit: Annotated[int, Query(ge=1, le=500)] = 50,
             offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> TimelineResponse:
    """One page of the period's entries, filtered by text and actor."""
    lo, hi = period(date_from, date_to)
    return operations.timeline(serving, lo, hi, text=q, actor=actor, limit=limit, offset=offset)
