"""POST /v1/ask: a question → a cited answer or an abstention."""

from __future__ import annotations

from fastapi import APIRouter

from service import operations
from service.api.deps import AuthDep, ServingDep, SettingsDep
from service.api.schemas import BODY_ERRORS, AskRequest, AskResponse

router = APIRouter(prefix="/v1", tags=["svar"])


@router.post("/ask", response_model=AskResponse, summary="Ställ en fråga och få ett svar med källor", responses=BODY_ERRORS)
def ask(body: AskRequest, serving: ServingDep, settings: SettingsDep, _: AuthDep) -> AskResponse:
    """Every statement of the answer is followed by its marker [n]; every citation is a dated
    entry with a verbatim quote. When the sources do not answer, ``abstained`` is true."""
    return operations.ask(serving, body, max_question_chars=settings.max_question_chars)
