"""The API contract over real HTTP (uvicorn on localhost), and its answers to bad input."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.integration

CITATION_FIELDS = {"n", "entry_id", "doc_id", "doc_title", "date_start", "date_end", "date_precision", "time",
                   "actor", "quote", "quote_start", "quote_end", "text", "score", "url", "doc_quote_start", "doc_quote_end"}


@pytest.fixture(scope="module")
def client(live_api):
    with httpx.Client(base_url=live_api.url, timeout=60) as c:
        yield c


def test_ask_contract(client: httpx.Client) -> None:
    r = client.post("/v1/ask", json={"question": "När driftsattes Millennium?"})
    assert r.status_code == 200
    body = r.json()
    assert {"question", "answer", "abstained", "citations", "date_filter", "index_version", "timings_ms"} <= set(body)
    assert body["answer"].startswith("Den 12 november 2024") and "[1]" in body["answer"]
    assert body["abstained"] is False and "total" in body["timings_ms"]
    citation = body["citations"][0]
    assert set(citation) == CITATION_FIELDS
    assert citation["text"][citation["quote_start"]:citation["quote_end"]] == citation["quote"]
    assert citation["url"] == f"/v1/entries/{citation['entry_id']}"
    assert body["date_filter"] == {"date_from": None, "date_to": None, "source": None, "kind": None, "of_document": False,
                                   "unread": []}
    assert body["actor_filter"] == {"actor": None, "source": None}
    assert body["source_filter"] == {"doc_ids": [], "titles": [], "source": None}
    follow = client.get(citation["url"]).json()
    assert follow["entry"]["entry_id"] == citation["entry_id"] and follow["document"]["doc_id"] == citation["doc_id"]


def test_a_follow_up_is_answered_with_its_history(client: httpx.Client) -> None:
    first = client.post("/v1/ask", json={"question": "Vad beslutade regionfullmäktige i april 2017 om finansieringen av FVM?"}).json()
    assert first["resolved_question"] is None and first["carried"] is None
    turn = {"question": first["question"], "entry_ids": [c["entry_id"] for c in first["citations"]],
            "date_from": first["date_filter"]["date_from"], "date_to": first["date_filter"]["date_to"]}
    later = client.post("/v1/ask", json={"question": "Och i oktober samma år?", "history": [turn]}).json()
    assert later["question"] == "Och i oktober samma år?"
    assert later["resolved_question"] == "Vad beslutade regionfullmäktige om finansieringen av FVM i oktober 2017?"
    assert later["carried"] == {"kind": "period", "topic": ["beslutade", "regionfullmäktige", "finansieringen", "FVM"],
                                "entry_id": None, "date_from": "2017-10-01", "date_to": "2017-10-31"}
    assert later["citations"] and all(c["date_start"].startswith("2017-10") for c in later["citations"])
    who = client.post("/v1/ask", json={"question": "Vem beslutade det?", "history": [turn]}).json()
    assert who["carried"]["kind"] == "reference" and who["carried"]["entry_id"] == turn["entry_ids"][0]
    alone = client.post("/v1/ask", json={"question": "Vem beslutade det?"}).json()
    assert alone["abstained"] and "inget tidigare samtal" in alone["answer"] and alone["resolved_question"] is None


def test_history_is_validated(client: httpx.Client) -> None:
    turn = {"question": "När driftsattes Millennium?", "entry_ids": []}
    too_long = client.post("/v1/ask", json={"question": "Och sedan?", "history": [turn] * 11})
    assert too_long.status_code == 422 and "history" in too_long.json()["error"]["message"]
    bad_date = client.post("/v1/ask", json={"question": "Och sedan?", "history": [{**turn, "date_from": "2024-13-01"}]})
    assert bad_date.status_code == 422 and "history.date_from" in bad_date.json()["error"]["message"]
    unknown = client.post("/v1/ask", json={"question": "Och sedan?", "history": [{**turn, "answer": "x"}]})
    assert unknown.status_code == 422


def test_dates_from_question_and_request(client: httpx.Client) -> None:
    asked = client.post("/v1/ask", json={"question": "Vad hände i oktober 2024?"}).json()
    assert asked["date_filter"] == {"date_from": "2024-10-01", "date_to": "2024-10-31", "source": "question",
                                    "kind": "period", "of_document": False, "unread": []}
    assert all("2024-10-01" <= c["date_start"] <= "2024-10-31" for c in asked["citations"])
    requested = client.post("/v1/ask", json={"question": "Vad hände?", "date_from": "2019-01-01", "date_to": "2019-12-31", "top_k": 3}).json()
    assert requested["date_filter"]["source"] == "request"
    assert all(c["date_start"].startswith("2019") for c in requested["citations"])


def test_abstention_lists_related_entries(client: httpx.Client) -> None:
    body = client.post("/v1/ask", json={"question": "Vad hände i mars 2025?"}).json()
    assert body["abstained"] is True and body["citations"] == []
    assert body["answer"] == "Källorna har inga poster från mars 2025."  # the period is empty, and it says so
    english = client.post("/v1/ask", json={"question": "What happened in March 2025?"}).json()
    assert english["answer"] == "The sources have no entries from March 2025."
    silent = client.post("/v1/ask", json={"question": "Vad tyckte patienterna om Millennium?"}).json()
    assert silent["abstained"] is True and silent["answer"] == "Källorna besvarar inte frågan." and silent["related"]


def test_search_timeline_entries_documents(client: httpx.Client) -> None:
    hits = client.get("/v1/search", params={"q": "Regionchefsläkaren patientsäkert", "k": 3}).json()["hits"]
    assert len(hits) == 3 and [h["rank"] for h in hits] == [1, 2, 3]
    assert {"entry_id", "doc_id", "date_start", "date_end", "time", "actor", "text", "score"} <= set(hits[0])
    timeline = client.get("/v1/timeline", params={"date_from": "2024-11-12", "date_to": "2024-11-12"}).json()
    assert timeline["total"] == 5 and [e["time"] for e in timeline["entries"]] == ["03:00", "05:30", "13:00", "14:00", "14:00"]
    by_actor = client.get("/v1/timeline", params={"actor": "Regionchefsläkaren"}).json()
    assert by_actor["total"] >= 2 and all(e["actor"] == "Regionchefsläkaren" for e in by_actor["entries"])
    page = client.get("/v1/timeline", params={"limit": 2, "offset": 1}).json()
    assert len(page["entries"]) == 2 and page["total"] == 308
    docs = client.get("/v1/documents").json()["documents"]
    assert [d["entries"] for d in docs] == [245, 25, 7, 25, 6]  # the 17 November report's two link lists are no entries


def test_a_document_with_its_entries_offsets_and_a_citation_located_in_it(client: httpx.Client) -> None:
    body = client.get("/v1/documents/tidslinje").json()
    text, spans = body["text"], body["entries"]
    assert body["document"]["entries"] == len(spans) == 245
    assert [s["char_start"] for s in spans] == sorted(s["char_start"] for s in spans)
    entry = client.get("/v1/entries/tidslinje.20241112.8ad76ce4").json()["entry"]
    span = next(s for s in spans if s["entry_id"] == entry["entry_id"])
    assert (span["char_start"], span["char_end"]) == (entry["char_start"], entry["char_end"])
    assert text[span["char_start"]:span["char_end"]].strip().endswith("Millennium driftsätts.")
    cited = client.post("/v1/ask", json={"question": "När driftsattes Millennium?"}).json()["citations"][0]
    assert text[cited["doc_quote_start"]:cited["doc_quote_end"]] == cited["quote"] == "Millennium driftsätts."
    # the OCR-damaged report: the repaired quote stands in the document in its original letters
    report = client.get("/v1/documents/lagesrapport-2023-03").json()
    assert sum(s["repaired"] for s in report["entries"]) == 25 and "Lagesrapport mars 2023" in report["text"]


def test_health(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["index_version"]
    assert client.head("/healthz").status_code == 200 and client.head("/readyz").status_code == 200  # load balancers' probes
    assert client.get("/openapi.json").status_code == 200 and client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/ask", "/v1/chat/completions"):  # the body guard's answers are documented where a body goes
        assert {"413", "415"} <= set(paths[path]["post"]["responses"])
