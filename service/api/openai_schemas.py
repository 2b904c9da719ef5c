"""The OpenAI-compatible chat API's request and response bodies (apart from granska's own schemas).

Only what a chat client sends and reads is modelled; other request fields (temperature, max_tokens,
top_p, user, …) are accepted and ignored, since an extractive answer has nothing to tune.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from service.api.schemas import AskResponse, CitationOut

MODEL_ID = "granska"
MAX_MESSAGES = 41  # the question and up to 20 earlier exchanges (of which the last 10 are history)


class ChatMessage(BaseModel):
    """One message of the conversation; content as a string or OpenAI's list of text parts."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text (text parts joined; other parts ignored)."""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(str(p.get("text", "")) for p in self.content or [] if p.get("type") in ("text", "input_text"))


class ChatCompletionRequest(BaseModel):
    """POST /v1/chat/completions."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(description=f"'{MODEL_ID}' (GET /v1/models).")
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES,
                                        description="The conversation; the last message is the user's question, earlier "
                                                    "user/assistant pairs are the history for follow-ups.")
    stream: StrictBool = Field(False, description="Server-sent events, ending with 'data: [DONE]'.")
    n: int = Field(1, description="Only 1: granska gives one answer.")


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"
    logprobs: None = None


class Usage(BaseModel):
    """Word counts (granska has no tokens to count; clients expect the field)."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletion(BaseModel):
    """The reply: the answer with its [n] markers and a source list as the message, and the structured
    citations beside it: ``citations`` (as in /v1/ask) and ``granska`` (the whole /v1/ask response)."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str = MODEL_ID
    system_fingerprint: str = Field(description="The index version that answered.")
    choices: list[Choice]
    usage: Usage
    citations: list[CitationOut] = Field(description="granska's citations of the answer (extra field).")
    granska: AskResponse = Field(description="The full /v1/ask response (extra field).")


class ModelOut(BaseModel):
    id: str = MODEL_ID
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "granska"


class ModelList(BaseModel):
    """GET /v1/models."""

    object: Literal["list"] = "list"
    data: list[ModelOut]
