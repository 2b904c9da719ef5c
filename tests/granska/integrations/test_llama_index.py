"""granska as a llama-index retriever, in process and against a running server, driven by a
`RetrieverQueryEngine` with llama-index's `MockLLM`."""

from __future__ import annotations

from datetime import date

import pytest
from llama_index.core.llms import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine

from granska.errors import InvalidInput
from granska.integrations.llama_index import GranskaRetriever

pytestmark = pytest.mark.integration


def _query(retriever: GranskaRetriever, question: str) -> list:
    engine = RetrieverQueryEngine.from_args(retriever, llm=MockLLM())
    return engine.query(question).source_nodes


def test_in_process(built_settings) -> None:
    nodes = _query(GranskaRetriever.local(built_settings, k=4), "Vad hände i oktober 2024?")
    assert len(nodes) == 4
    for n in nodes:
        meta = n.node.metadata
        assert n.node.node_id == meta["entry_id"] and meta["date_start"].startswith("2024-10") and meta["index_version"]
        assert n.node.get_content() and n.score > 0


def test_against_a_server(live_api) -> None:
    nodes = _query(GranskaRetriever.remote(live_api.url, k=3), "När driftsattes Millennium?")
    first = nodes[0].node
    assert first.node_id == "tidslinje.20241112.8ad76ce4" and first.metadata["time"] == "05:30"
    assert first.metadata["date_start"] == first.metadata["date_end"] == "2024-11-12"
    within = _query(GranskaRetriever.remote(live_api.url, k=5, date_from=date(2017, 1, 1), date_to=date(2017, 12, 31)),
                    "Vad beslutade regionfullmäktige?")
    assert within and all(n.node.metadata["date_start"].startswith("2017") for n in within)


def test_bad_options_are_refused() -> None:
    with pytest.raises(InvalidInput, match="k måste vara 1–50"):
        GranskaRetriever(search=lambda *a: None, k=0)
    with pytest.raises(InvalidInput, match="ligger efter"):
        GranskaRetriever(search=lambda *a: None, date_from=date(2024, 2, 1), date_to=date(2024, 1, 1))
