"""Answers over the real index: verbatim quotes for every known question, led by date or figure."""

from __future__ import annotations

import pytest

from evals.gold import load_facts
from service.answers.answerer import Answerer
from service.retrieval.hybrid import HybridRetriever

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def answerer(loaded_index) -> Answerer:
    return Answerer(HybridRetriever(loaded_index))


def test_every_quote_is_verbatim_in_its_entry(answerer: Answerer, loaded_index) -> None:
    checked = 0
    for fact in load_facts():
        answer = answerer.ask(fact.question)
        for citation in [*answer.citations, *answer.related]:
            assert citation.quote and citation.quote in citation.text, (fact.query_id, citation.quote)
            assert citation.text == loaded_index.entries[citation.entry_id].text
            checked += 1
        for n in range(1, len(answer.citations) + 1):
            assert f"[{n}]" in answer.text
    assert checked > 200


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        ("När driftsattes Millennium?", "Den 12 november 2024 kl. 05:30: Millennium driftsätts. [1]"),
        ("Hur många öppna incidenter fanns på Södra Älvsborgs sjukhus den 13 november 2024?", "295: "),
        ("Vem bedömde att det inte var patientsäkert att fortsätta?", "Den 15 november 2024: Regionchefsläkaren bedömer att det inte är patientsäkert"),
        ("Vad hände i oktober 2024?", "I datumordning:\n- 1 oktober 2024 — "),
    ],
)
def test_answers_lead_with_what_was_asked(answerer: Answerer, question: str, starts: str) -> None:
    assert answerer.ask(question).text.startswith(starts)


def test_a_period_without_entries_is_an_abstention(answerer: Answerer) -> None:
    answer = answerer.ask("Vad beslutades under 2026?")
    assert answer.abstained and answer.citations == [] and answer.text == "Källorna besvarar inte frågan."
