"""The OpenAI-compatible endpoints: POST /v1/chat/completions and GET /v1/models."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from granska.errors import NotFound
from service import operations
from service.api.deps import AuthDep, ServingDep, SettingsDep
from service.api.openai_schemas import MODEL_ID, ChatCompletion, ChatCompletionRequest, ModelList, ModelOut
from service.api.schemas import BODY_ERRORS, ErrorResponse
from service.protocols import openai_chat
from service.state import Serving

router = APIRouter(prefix="/v1", tags=["OpenAI-kompatibelt"])


@router.post("/chat/completions", response_model=ChatCompletion, summary="Chat i OpenAI:s format (modell 'granska')",
             responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE when stream is true."},
                        404: {"model": ErrorResponse, "description": "An unknown model."}, **BODY_ERRORS})
def chat_completions(body: ChatCompletionRequest, serving: ServingDep, settings: SettingsDep, _: AuthDep,
                     ) -> ChatCompletion | StreamingResponse:
    """The last user message is the question, earlier messages the conversation (follow-ups are read
    against them). The reply's content is the answer with [n] markers and the source list; the
    structured citations are in ``citations`` and the whole /v1/ask response in ``granska``."""
    request = openai_chat.ask_request(body)
    answer = operations.ask(serving, request, max_question_chars=settings.max_question_chars)
    if body.stream:
        return StreamingResponse(openai_chat.stream(answer, request.question), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})
    return openai_chat.completion(answer, request.question)


@router.get("/models", response_model=ModelList, summary="Modellerna (en: 'granska')")
def models(serving: ServingDep, _: AuthDep) -> ModelList:
    """The one model, created when the serving index was built."""
    return ModelList(data=[_model(serving)])


@router.get("/models/{model_id}", response_model=ModelOut, summary="En modell",
            responses={404: {"model": ErrorResponse, "description": "An unknown model."}})
def model(model_id: str, serving: ServingDep, _: AuthDep) -> ModelOut:
    """The model by id; 404 for any other id."""
    if model_id != MODEL_ID:
        raise NotFound(f"modellen '{model_id[:60]}' finns inte; den som finns: {MODEL_ID}")
    return _model(serving)


def _model(serving: Serving) -> ModelOut:
    return ModelOut(created=int(datetime.fromisoformat(serving.index.manifest.built_at).timestamp()))
