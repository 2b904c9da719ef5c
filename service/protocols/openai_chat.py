"""OpenAI's chat shape onto granska's ask: messages → question and history, answer → completion.

The service stays stateless: what a follow-up needs of the earlier answers is read back from the
assistant messages the client resends (the entry ids of their source lists, and their 'Tolkat som'
line). The reply's text is the answer with its [n] markers, then the numbered sources, so a
client that shows only the text still shows where each claim comes from.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator

from pydantic import ValidationError

from granska.errors import InvalidInput, NotFound
from service.answers.compose import Part, format_date
from service.api.errors import described
from service.api.openai_schemas import (
    MODEL_ID, AssistantMessage, ChatCompletion, ChatCompletionRequest, ChatMessage, Choice, Usage,
)
from service.api.schemas import MAX_HISTORY, AskRequest, AskResponse, CitationOut, TurnIn

ENTRY_IN_TEXT = re.compile(r"\b[a-z0-9][a-z0-9-]{0,63}\.(?:\d{8}|x)\.[0-9a-f]{8}(?:-\d{1,4})?\b")
RESOLVED = "Tolkat som: "
UNDATED = {"sv": "odaterad", "en": "undated"}
SOURCES = {"sv": ("Källor", "Närmast relaterat (inte ett svar)"), "en": ("Sources", "Nearest entries (not an answer)")}


def ask_request(request: ChatCompletionRequest, *, top_k: int = 5) -> AskRequest:
    """The question (the last message, a user's) and the history (earlier user/assistant pairs)."""
    if request.model != MODEL_ID:
        raise NotFound(f"okänd modell '{request.model[:60]}'; den som finns: {MODEL_ID}")
    if request.n != 1:
        raise InvalidInput(f"n={request.n} stöds inte: granska ger ett svar (n=1)")
    if getattr(request, "tools", None):
        raise InvalidInput("tools stöds inte: granska anropar inga verktyg")
    response_format = getattr(request, "response_format", None)
    if response_format is not None and (not isinstance(response_format, dict) or response_format.get("type") != "text"):
        raise InvalidInput("response_format stöds inte utom {'type': 'text'}: svaret är text med källor, "
                           "de strukturerade citaten står i 'citations'")
    dialogue = [m for m in request.messages if m.role in ("user", "assistant")]
    if not dialogue or request.messages[-1].role != "user":
        raise InvalidInput("det sista meddelandet måste vara användarens fråga (role 'user')")
    try:
        return AskRequest(question=dialogue[-1].text(), top_k=top_k, history=_history(dialogue[:-1])[-MAX_HISTORY:])
    except ValidationError as exc:  # the same rules as /v1/ask, reported as its 422
        raise InvalidInput("; ".join(described(exc.errors()))) from None


def _history(messages: list[ChatMessage]) -> list[TurnIn]:
    """Each earlier question with what its reply cited and how it was read."""
    turns: list[TurnIn] = []
    for i, message in enumerate(messages):
        if message.role != "user" or not message.text().strip():
            continue
        reply = messages[i + 1].text() if i + 1 < len(messages) and messages[i + 1].role == "assistant" else ""
        resolved = next((line.removeprefix(RESOLVED).strip() for line in reply.splitlines() if line.startswith(RESOLVED)), None)
        cited = reply.split("\n\n", 1)[-1] if reply else ""
        turns.append(TurnIn(question=message.text()[:1000], resolved_question=resolved,
                            entry_ids=list(dict.fromkeys(ENTRY_IN_TEXT.findall(cited)))[:20]))
    return turns


def reply_text(answer: AskResponse) -> str:
    """The answer, 'Tolkat som' when it was a follow-up, then the numbered sources (or the nearest entries)."""
    heading, nearest = SOURCES[answer.language]
    lines = [f"{RESOLVED}{answer.resolved_question}", ""] if answer.resolved_question else []
    lines.append(answer.answer)
    sources = answer.related if answer.abstained else answer.citations
    if sources:
        lines += ["", f"{nearest if answer.abstained else heading}:"]
        lines += [_source_line(c, numbered=not answer.abstained, lang=answer.language) for c in sources]
    return "\n".join(lines)


def _source_line(c: CitationOut, numbered: bool, lang: str) -> str:
    part = Part(n=c.n, quote=c.quote, date_start=c.date_start, date_end=c.date_end, precision=c.date_precision, time=c.time)
    when = format_date(part, lang) if c.date_start else UNDATED[lang]
    label = f"[{c.n}] " if numbered else "- "
    return f"{label}{when} · {c.actor + ' · ' if c.actor else ''}{c.doc_title} · {c.entry_id}: ”{c.quote}”"


def completion(answer: AskResponse, request_text: str) -> ChatCompletion:
    """The non-streaming reply."""
    text = reply_text(answer)
    prompt, done = len(request_text.split()), len(text.split())
    return ChatCompletion(id=f"chatcmpl-{uuid.uuid4().hex[:24]}", created=int(time.time()),
                          system_fingerprint=answer.index_version,
                          choices=[Choice(message=AssistantMessage(content=text))],
                          usage=Usage(prompt_tokens=prompt, completion_tokens=done, total_tokens=prompt + done),
                          citations=answer.citations, granska=answer)


def stream(answer: AskResponse, request_text: str) -> Iterator[str]:
    """Server-sent events: the role, the text line by line, a last chunk with the finish reason and the
    citations, then ``[DONE]``."""
    whole = completion(answer, request_text)
    base = {"id": whole.id, "object": "chat.completion.chunk", "created": whole.created, "model": MODEL_ID,
            "system_fingerprint": whole.system_fingerprint}

    def event(delta: dict, finish: str | None = None, **extra: object) -> str:
        chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **extra}
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    for piece in re.split(r"(?<=\n)", whole.choices[0].message.content):
        if piece:
            yield event({"content": piece})
    yield event({}, "stop", usage=whole.usage.model_dump(),
                citations=[c.model_dump() for c in whole.citations], granska=whole.granska.model_dump())
    yield "data: [DONE]\n\n"
