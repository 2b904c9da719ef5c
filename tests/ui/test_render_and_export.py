"""The UI's HTML and exports, from a hand-made API response."""

from __future__ import annotations

import csv
import io

from service.api.schemas import AskResponse, CitationOut, DateFilterOut, SourceFilterOut
from ui.export import to_csv, to_markdown
from ui.render import answer_html, date_filter_text, highlighted

CITATION = CitationOut(
    n=1, entry_id="tidslinje.20241112.8ad76ce4", doc_id="tidslinje", doc_title="Tidslinje", date_start="2024-11-12",
    date_end="2024-11-12", date_precision="day", time="05:30", actor=None, quote="Millennium driftsätts.",
    quote_start=0, quote_end=22, text="Millennium driftsätts.", score=0.03, url="/v1/entries/tidslinje.20241112.8ad76ce4",
)


def response(**kw) -> AskResponse:
    fields = dict(question="När driftsattes Millennium?", answer="Den 12 november 2024 kl. 05:30: Millennium driftsätts. [1]",
                  abstained=False, citations=[CITATION], related=[], date_filter=DateFilterOut(), index_version="abc123",
                  language="sv", timings_ms={"total": 20.0})
    fields.update(kw)
    return AskResponse(**fields)


def test_quote_is_marked_inside_the_escaped_entry_at_its_offsets() -> None:
    assert highlighted("A <b> Millennium driftsätts. B", 6, 28) == "A &lt;b&gt; <mark>Millennium driftsätts.</mark> B"
    # the words occur twice: the offsets say which occurrence is the quote
    assert highlighted("Beslut. Beslut.", 8, 15) == "Beslut. <mark>Beslut.</mark>"


def test_answer_and_abstention_look_different() -> None:
    answered = answer_html(response())
    assert "granska-answer" in answered and "12 november 2024 kl. 05:30" in answered and "Källor" in answered
    abstained = answer_html(response(answer="Källorna besvarar inte frågan.", abstained=True, citations=[], related=[CITATION]))
    assert "granska-abstain" in abstained and "Närmast relaterat" in abstained and "granska-answer" not in abstained
    filtered = answer_html(response(date_filter=DateFilterOut(date_from="2024-10-01", date_to="2024-10-31", source="question", kind="period")))
    assert "Datumfilter ur frågan: 2024-10-01 – 2024-10-31" in filtered
    named = answer_html(response(source_filter=SourceFilterOut(doc_ids=["vgrfokus-4"], titles=["Ett år efter pausen"],
                                                               source="question")))
    assert "Källfilter ur frågan: bara poster ur «Ett år efter pausen»" in named


def test_exports_have_one_row_per_citation() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([response(), response(abstained=True, citations=[])]))))
    assert rows == [{"fråga": "När driftsattes Millennium?", "tolkad som": "", "datum": "2024-11-12", "tid": "05:30", "aktör": "",
                     "dokument": "Tidslinje", "citat": "Millennium driftsätts.", "entry_id": "tidslinje.20241112.8ad76ce4",
                     "index_version": "abc123"}]
    markdown = to_markdown([response()])
    assert "| När driftsattes Millennium? |  | 2024-11-12 | 05:30 |  | Tidslinje | Millennium driftsätts. |" in markdown
    followup = response().model_copy(update={"question": "Och sedan?", "resolved_question": "Vad hände sedan (driftsattes Millennium)"})
    assert "| Och sedan? | Vad hände sedan (driftsattes Millennium) | 2024-11-12 |" in to_markdown([followup])


def test_the_date_filter_in_words() -> None:
    month = DateFilterOut(date_from="2025-06-01", date_to="2025-06-30", source="question", kind="period")
    assert date_filter_text(month) == "Datumfilter ur frågan: 2025-06-01 – 2025-06-30 (bara poster i perioden)"
    of_document = month.model_copy(update={"of_document": True})
    assert date_filter_text(of_document).endswith("(bara poster i perioden och alla poster i dokument med det datumet)")
    assert date_filter_text(DateFilterOut(unread=["35/11 2024"])) == "Datumet '35/11 2024' kunde inte tolkas och filtrerar inget."
