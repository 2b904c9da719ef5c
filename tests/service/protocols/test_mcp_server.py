"""The MCP server with the MCP SDK's own client: over stdio (`granska mcp` as a subprocess) and over
streamable HTTP at /mcp (with and without a key when keys are set)."""

from __future__ import annotations

import asyncio
import sys
from contextlib import asynccontextmanager

import httpx
import pytest

from service.api.app import create_app
from tests.conftest import MODELS_DIR, LiveServer

pytestmark = pytest.mark.integration

KEY = "mcp-nyckel"
TOOLS = {"search", "fetch", "ask", "timeline", "documents"}


async def exercise(session) -> dict[str, object]:  # noqa: ANN001 - mcp.ClientSession
    """List the tools and call every one of them, and some with bad arguments."""
    await session.initialize()
    listed = {t.name: t for t in (await session.list_tools()).tools}
    found = await session.call_tool("search", {"query": "När driftsattes Millennium?", "k": 3})
    first = found.structuredContent["results"][0]
    fetched = await session.call_tool("fetch", {"id": first["id"]})
    asked = await session.call_tool("ask", {"question": "När driftsattes Millennium?"})
    followup = await session.call_tool("ask", {"question": "Vad hände sedan?", "history": [
        {"question": "När driftsattes Millennium?", "entry_ids": [c["entry_id"] for c in asked.structuredContent["citations"]]}]})
    too_long = await session.call_tool("ask", {"question": "Vem?", "history": [{"question": "När?"}] * 11})
    timeline = await session.call_tool("timeline", {"date_from": "2024-10-01", "date_to": "2024-10-31", "limit": 5})
    documents = await session.call_tool("documents", {})
    bad = {
        "fetch": await session.call_tool("fetch", {"id": "tidslinje.20240101.00000000"}),
        "ask": await session.call_tool("ask", {"question": "   "}),
        "timeline": await session.call_tool("timeline", {"date_from": "2024-13-01"}),
        "search": await session.call_tool("search", {"query": "x", "date_from": "2024-12-01", "date_to": "2024-01-01"}),
        "timeline_query": await session.call_tool("timeline", {"query": "x" * 201}),
    }
    return {"listed": listed, "found": found, "first": first, "fetched": fetched, "asked": asked, "followup": followup,
            "too_long": too_long, "timeline": timeline,
            "documents": documents, "bad": bad}


def check(result: dict) -> None:
    assert set(result["listed"]) == TOOLS and all(t.description for t in result["listed"].values())
    assert "date_from" in result["listed"]["ask"].inputSchema["properties"]
    assert len(result["found"].structuredContent["results"]) == 3
    first = result["first"]
    assert first["id"] == "tidslinje.20241112.8ad76ce4" and first["title"].startswith("12 november 2024 kl. 05:30")
    fetched = result["fetched"].structuredContent
    assert fetched["id"] == first["id"] and fetched["text"] == "Millennium driftsätts."
    assert fetched["metadata"]["date_start"] == "2024-11-12" and fetched["metadata"]["time"] == "05:30"
    assert fetched["metadata"]["index_version"]
    asked = result["asked"].structuredContent
    assert asked["answer"].startswith("Den 12 november 2024") and asked["citations"][0]["entry_id"] == first["id"]
    followup = result["followup"].structuredContent  # the conversation reaches follow-up resolution
    assert followup["carried"]["kind"] == "next" and followup["carried"]["entry_id"] == first["id"]
    assert followup["citations"] and all(c["date_start"] >= "2024-11-12" for c in followup["citations"])
    assert result["too_long"].isError and "högst 10" in result["too_long"].content[0].text
    entries = result["timeline"].structuredContent["entries"]
    assert len(entries) == 5 and all(e["date_start"].startswith("2024-10") for e in entries)
    assert len(result["documents"].structuredContent["documents"]) >= 5
    messages = {name: r.content[0].text for name, r in result["bad"].items() if r.isError}
    assert set(messages) == {"fetch", "ask", "timeline", "search", "timeline_query"}
    assert "query får vara högst 200 tecken" in messages["timeline_query"]    # the API's limit, the API's words
    assert "finns inte" in messages["fetch"] and "frågan är tom" in messages["ask"]
    assert "inget giltigt datum" in messages["timeline"] and "ligger efter" in messages["search"]


def test_over_stdio(built_settings) -> None:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "granska.cli", "mcp"],
                                   env={"GRANSKA_HOME": str(built_settings.home), "GRANSKA_MODELS_DIR": str(MODELS_DIR),
                                        "PATH": "/usr/bin:/bin"})

    async def run() -> dict:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            return await exercise(session)

    check(asyncio.run(run()))


@asynccontextmanager
async def mcp_session(url: str, key: str | None):  # noqa: ANN201
    """An initialised-to-be client session over streamable HTTP, with the key as a bearer token."""
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx.AsyncClient(headers=headers, timeout=60) as http, \
            streamable_http_client(f"{url}/mcp", http_client=http) as (read, write, _), ClientSession(read, write) as session:
        yield session


async def over_http(url: str, key: str | None) -> dict:
    async with mcp_session(url, key) as session:
        return await exercise(session)


def test_over_http_without_keys(live_api) -> None:
    check(asyncio.run(over_http(live_api.url, None)))


def test_over_http_with_keys(built_settings) -> None:
    settings = built_settings.model_copy(update={"api_keys": [KEY], "max_question_chars": 40})
    with LiveServer(create_app(settings, warm_up=False, ui=False)) as server:
        check(asyncio.run(over_http(server.url, KEY)))
        with pytest.raises(Exception) as refused:  # the SDK raises inside its task group
            asyncio.run(over_http(server.url, None))
        assert "401" in repr(refused.value) or "Unauthorized" in repr(refused.value)
        raw = httpx.post(f"{server.url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                         headers={"Accept": "application/json, text/event-stream"})
        assert raw.status_code == 401 and raw.json()["error"]["code"] == "unauthorized"
        assert asyncio.run(long_question(server.url))


async def long_question(url: str) -> bool:
    """The question limit of the settings holds for the MCP tool as for /v1/ask."""
    async with mcp_session(url, KEY) as session:
        await session.initialize()
        result = await session.call_tool("ask", {"question": "När beslutade regionstyrelsen om upphandlingen av kärnsystemet?"})
        assert result.isError and "högst 40" in result.content[0].text
    return True


def test_tool_calls_count_against_the_rate_limit(built_settings) -> None:
    settings = built_settings.model_copy(update={"api_keys": [KEY], "rate_limit_per_minute": 3})

    async def calls(url: str) -> list[bool]:
        async with mcp_session(url, KEY) as session:
            await session.initialize()
            return [(await session.call_tool("documents", {})).isError for _ in range(5)]

    with LiveServer(create_app(settings, warm_up=False, ui=False)) as server:
        errors = asyncio.run(calls(server.url))
    assert errors[:3] == [False, False, False] and errors[3:] == [True, True]
