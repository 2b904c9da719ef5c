"""GET /v1/search: ranked entries for a question, no answer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service import operations
from service.api.deps import AuthDep, ServingDep, SettingsDep
from service.api.schemas import SearchResponse
from service.api.routes.params import DateFromParam, DateToParam, period
from service.validation import SEARCH_K_MAX

router = APIRouter(prefix="/v1", tags=["sök"])


@router.get("/search", response_model=SearchResponse, summary="Rankade poster utan svar")
def search(q: Annotated[str, Query(description="Frågan eller söktermerna.")], serving: ServingDep,
           settings: SettingsDep, _: AuthDep, date_from: DateFromParam = None, date_to: DateToParam = None,
           k: Annotated[int, Query(ge=1, le=SEARCH_K_MAX)] = 10) -> SearchResponse:
    """The ``k`` best entries, with the date filter that was applied."""
    lo, hi = period(date_from, date_to)
    return operations.search(serving, q, lo, hi, k, max_question_chars=settings.max_question_chars)
