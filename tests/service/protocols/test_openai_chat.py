"""The OpenAI-compatible endpoints with the official `openai` client against a real server."""

from __future__ import annotations

import openai
import pytest

from service.api.app import create_app
from tests.conftest import LiveServer

pytestmark = pytest.mark.integration

QUESTION = "När pausades breddinförandet i södra området?"


@pytest.fixture(scope="module")
def client(live_api):
    return openai.OpenAI(base_url=f"{live_api.url}/v1", api_key="inte-satt", max_retries=0)


def test_models_lists_granska(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["granska"]
    assert client.models.retrieve("granska").owned_by == "granska"


def test_a_cited_answer(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}],
                                           temperature=0.2, max_tokens=300)  # ignored: nothing to tune
    text = reply.choices[0].message.content
    citations = reply.model_extra["citations"]
    assert text.startswith("Den 15 november 2024") and "[1]" in text and "Källor:" in text
    assert citations and citations[0]["entry_id"] in text and citations[0]["quote"] in text
    assert reply.model_extra["granska"]["abstained"] is False and reply.system_fingerprint == reply.model_extra["granska"]["index_version"]
    assert reply.choices[0].finish_reason == "stop" and reply.usage.total_tokens > 0


def test_an_english_answer_lists_its_sources_in_english(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(model="granska", messages=[{"role": "user", "content": "When did Millennium go live?"}])
    text = reply.choices[0].message.content
    sources = text.split("Sources:", 1)[1]
    assert "12 November 2024 at 05:30" in sources and "november" not in sources.split("·")[0]


def test_streaming_ends_with_the_citations(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}],
                                                 stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    whole = client.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}])
    assert text == whole.choices[0].message.content and len(chunks) > 3
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["citations"][0]["entry_id"] == whole.model_extra["citations"][0]["entry_id"]


def test_earlier_messages_are_the_conversation(client: openai.OpenAI) -> None:
    first = client.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}])
    messages = [{"role": "system", "content": "Svara kort."}, {"role": "user", "content": QUESTION},
                {"role": "assistant", "content": first.choices[0].message.content},
                {"role": "user", "content": "Vem beslutade det?"}]
    later = client.chat.completions.create(model="granska", messages=messages)
    granska = later.model_extra["granska"]
    assert granska["resolved_question"] == "Vem beslutade det – pausades breddinförandet i södra området?"
    assert granska["carried"]["entry_id"] == first.model_extra["citations"][0]["entry_id"]
    assert later.choices[0].message.content.startswith("Tolkat som: Vem beslutade det")


def test_refusals_have_openai_error_shape(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert "okänd modell" in unknown.value.message and unknown.value.body["type"] == "not_found_error"
    with pytest.raises(openai.UnprocessableEntityError) as several:
        client.chat.completions.create(model="granska", n=2, messages=[{"role": "user", "content": QUESTION}])
    assert "n=2" in several.value.message


def test_keys_and_limits_hold(built_settings) -> None:
    settings = built_settings.model_copy(update={"api_keys": ["oai-nyckel"], "rate_limit_per_minute": 2})
    with LiveServer(create_app(settings, warm_up=False, ui=False)) as server:
        without = openai.OpenAI(base_url=f"{server.url}/v1", api_key="fel-nyckel", max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            without.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}])
        keyed = openai.OpenAI(base_url=f"{server.url}/v1", api_key="oai-nyckel", max_retries=0)
        assert keyed.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}]).choices
        keyed.models.list()
        with pytest.raises(openai.RateLimitError):
            keyed.chat.completions.create(model="granska", messages=[{"role": "user", "content": QUESTION}])
