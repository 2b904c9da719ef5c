"""Bad input over real HTTP: every case a 4xx naming the problem, never a 500, service healthy after."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.integration

ENTRY = "tidslinje.20241112.8ad76ce4"

# (name, method, path, request arguments, status, words the message must contain)
CASES = [
    ("empty question", "post", "/v1/ask", {"json": {"question": ""}}, 422, "frågan är tom"),
    ("whitespace-only question", "post", "/v1/ask", {"json": {"question": " \t\n "}}, 422, "frågan är tom"),
    ("over-long question", "post", "/v1/ask", {"json": {"question": "x" * 1001}}, 422, "för lång"),
    ("question over the schema's ceiling", "post", "/v1/ask", {"json": {"question": "x" * 20_001}}, 422,
     "frågan är för lång (20001 tecken; högst 1000)"),
    ("control characters", "post", "/v1/ask", {"json": {"question": "När\x00\x07 hände det?"}}, 422, "styrtecken"),
    ("binary body", "post", "/v1/ask", {"content": bytes(range(256)), "headers": {"content-type": "application/json"}}, 422, "ogiltig JSON"),
    ("malformed JSON", "post", "/v1/ask", {"content": b'{"question": ', "headers": {"content-type": "application/json"}}, 422, "ogiltig JSON"),
    ("body not an object", "post", "/v1/ask", {"json": ["När?"]}, 422, "JSON-objekt"),
    ("question missing", "post", "/v1/ask", {"json": {}}, 422, "question: saknas"),
    ("question a number", "post", "/v1/ask", {"json": {"question": 42}}, 422, "textsträng"),
    ("question null", "post", "/v1/ask", {"json": {"question": None}}, 422, "textsträng"),
    ("unknown field", "post", "/v1/ask", {"json": {"question": "När?", "model": "gpt"}}, 422, "okänt fält"),
    ("top_k zero", "post", "/v1/ask", {"json": {"question": "När?", "top_k": 0}}, 422, "top_k: måste vara minst 1"),
    ("top_k negative", "post", "/v1/ask", {"json": {"question": "När?", "top_k": -3}}, 422, "top_k: måste vara minst 1"),
    ("top_k huge", "post", "/v1/ask", {"json": {"question": "När?", "top_k": 10**12}}, 422, "top_k: får vara högst 20"),
    ("top_k as text", "post", "/v1/ask", {"json": {"question": "När?", "top_k": "5"}}, 422, "top_k"),
    ("top_k as float", "post", "/v1/ask", {"json": {"question": "När?", "top_k": 2.5}}, 422, "top_k"),
    ("malformed date", "post", "/v1/ask", {"json": {"question": "När?", "date_from": "12/11/2024"}}, 422, "ÅÅÅÅ-MM-DD"),
    ("impossible date", "post", "/v1/ask", {"json": {"question": "När?", "date_to": "2024-02-30"}}, 422, "inget giltigt datum"),
    ("date as number", "post", "/v1/ask", {"json": {"question": "När?", "date_from": 20241112}}, 422, "ÅÅÅÅ-MM-DD"),
    ("inverted dates", "post", "/v1/ask", {"json": {"question": "När?", "date_from": "2024-12-01", "date_to": "2024-01-01"}}, 422, "ligger efter"),
    ("use_question_dates not a bool", "post", "/v1/ask", {"json": {"question": "När?", "use_question_dates": "ja"}}, 422, "true eller false"),
    ("huge body", "post", "/v1/ask", {"json": {"question": "x" * 200_000}}, 413, "för stor"),
    ("huge chunked body", "post", "/v1/ask", {"content": iter([b'{"question": "', b"x" * 100_000, b'"}']),
                                              "headers": {"content-type": "application/json"}}, 413, "för stor"),
    ("gzip body", "post", "/v1/ask", {"content": b"\x1f\x8b\x08\x00", "headers": {"content-type": "application/json",
                                                                                   "content-encoding": "gzip"}}, 415, "okomprimerad"),
    ("history turn empty", "post", "/v1/ask", {"json": {"question": "Och sedan?", "history": [{"question": ""}]}}, 422,
     "history.0.question: måste ha minst 1 tecken"),
    ("wrong content type", "post", "/v1/ask", {"content": '{"question": "När?"}'.encode(), "headers": {"content-type": "text/plain"}}, 415, "Content-Type: application/json"),
    ("form body", "post", "/v1/ask", {"data": {"question": "När?"}}, 415, "application/json"),
    ("wrong method", "get", "/v1/ask", {}, 405, "metoden"),
    ("post to a read-only route", "post", "/v1/search", {"params": {"q": "x"}}, 405, "metoden"),
    ("unknown route", "get", "/v1/finns-inte", {}, 404, "finns inte"),
    ("unknown entry id", "get", "/v1/entries/tidslinje.20240101.00000000", {}, 404, "finns inte"),
    ("malformed entry id", "get", "/v1/entries/inte-ett-id", {}, 404, "finns inte"),
    ("path traversal in id", "get", "/v1/entries/..%2F..%2Fetc%2Fpasswd", {}, 404, "finns inte"),
    ("encoded dot segments in id", "get", "/v1/entries/%2E%2E%2F%2E%2E%2Fcorpus%2Fmanifest.jsonl", {}, 404, "finns inte"),
    ("empty search", "get", "/v1/search", {"params": {"q": ""}}, 422, "frågan är tom"),
    ("search missing q", "get", "/v1/search", {}, 422, "q: saknas"),
    ("search k zero", "get", "/v1/search", {"params": {"q": "x", "k": 0}}, 422, "k: måste vara minst 1"),
    ("search k text", "get", "/v1/search", {"params": {"q": "x", "k": "många"}}, 422, "heltal"),
    ("search bad date", "get", "/v1/search", {"params": {"q": "x", "date_to": "igår"}}, 422, "date_to"),
    ("timeline limit zero", "get", "/v1/timeline", {"params": {"limit": 0}}, 422, "limit"),
    ("timeline negative offset", "get", "/v1/timeline", {"params": {"offset": -1}}, 422, "offset"),
    ("timeline inverted", "get", "/v1/timeline", {"params": {"date_from": "2024-11-30", "date_to": "2024-11-01"}}, 422, "ligger efter"),
    ("history too long", "post", "/v1/ask", {"json": {"question": "Och sedan?", "history": [{"question": "När?"}] * 11}}, 422, "högst 10"),
    ("history turn not an object", "post", "/v1/ask", {"json": {"question": "Och sedan?", "history": ["När?"]}}, 422, "history"),
    ("history bad date", "post", "/v1/ask", {"json": {"question": "Och?", "history": [{"question": "När?", "date_to": "igår"}]}}, 422, "history.date_to"),
    ("chat without messages", "post", "/v1/chat/completions", {"json": {"model": "granska", "messages": []}}, 422, "messages"),
    ("chat messages missing", "post", "/v1/chat/completions", {"json": {"model": "granska"}}, 422, "messages: saknas"),
    ("chat unknown model", "post", "/v1/chat/completions", {"json": {"model": "gpt-4o", "messages": [{"role": "user", "content": "När?"}]}}, 404, "okänd modell"),
    ("chat last message not the user's", "post", "/v1/chat/completions",
     {"json": {"model": "granska", "messages": [{"role": "assistant", "content": "Hej"}]}}, 422, "användarens fråga"),
    ("chat a tool message last", "post", "/v1/chat/completions",
     {"json": {"model": "granska", "messages": [{"role": "user", "content": "När?"}, {"role": "tool", "content": "x",
                                                                                   "tool_call_id": "1"}]}}, 422, "användarens fråga"),
    ("chat unknown role", "post", "/v1/chat/completions", {"json": {"model": "granska", "messages": [{"role": "robot", "content": "x"}]}}, 422, "role"),
    ("chat empty question", "post", "/v1/chat/completions", {"json": {"model": "granska", "messages": [{"role": "user", "content": "  "}]}}, 422, "frågan är tom"),
    ("chat over-long question", "post", "/v1/chat/completions", {"json": {"model": "granska", "messages": [{"role": "user", "content": "x" * 1001}]}}, 422, "för lång"),
    ("chat n=3", "post", "/v1/chat/completions", {"json": {"model": "granska", "n": 3, "messages": [{"role": "user", "content": "När?"}]}}, 422, "n=3"),
    ("chat tools", "post", "/v1/chat/completions", {"json": {"model": "granska", "tools": [{"type": "function"}], "messages": [{"role": "user", "content": "När?"}]}}, 422, "tools"),
    ("chat response_format json", "post", "/v1/chat/completions", {"json": {"model": "granska", "response_format": {"type": "json_object"}, "messages": [{"role": "user", "content": "När?"}]}}, 422, "response_format"),
    ("chat stream not a boolean", "post", "/v1/chat/completions", {"json": {"model": "granska", "stream": "yes", "messages": [{"role": "user", "content": "När?"}]}}, 422, "stream"),
    ("chat malformed JSON", "post", "/v1/chat/completions", {"content": b'{"model":', "headers": {"content-type": "application/json"}}, 422, "ogiltig JSON"),
    ("chat wrong method", "get", "/v1/chat/completions", {}, 405, "metoden"),
    ("unknown model id", "get", "/v1/models/gpt-4o", {}, 404, "finns inte"),
    ("models wrong method", "post", "/v1/models", {"json": {}}, 405, "metoden"),
    ("unknown document", "get", "/v1/documents/finns-inte", {}, 404, "finns inte"),
    ("document id with traversal", "get", "/v1/documents/..%2F..%2Fetc%2Fpasswd", {}, 404, "finns inte"),
    ("document id upper case", "get", "/v1/documents/TIDSLINJE", {}, 404, "finns inte"),
    ("document view, unknown document", "get", "/dokument/finns-inte", {}, 404, "finns inte"),
    ("document view, entry of another document", "get", "/dokument/lagesrapport-2023-03", {"params": {"entry": ENTRY}}, 404,
     "finns inte i dokumentet"),
    ("document view, negative offset", "get", "/dokument/tidslinje", {"params": {"entry": ENTRY, "start": -1, "end": 4}}, 422, "start"),
    ("document view, offset not a number", "get", "/dokument/tidslinje", {"params": {"start": "mitten"}}, 422, "heltal"),
]


@pytest.fixture(scope="module")
def client(live_api):
    with httpx.Client(base_url=live_api.url, timeout=60) as c:
        yield c


@pytest.mark.parametrize(("name", "method", "path", "kwargs", "status", "says"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(client: httpx.Client, name: str, method: str, path: str, kwargs: dict, status: int, says: str) -> None:
    r = getattr(client, method)(path, **kwargs)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert says in error["message"] and error["code"]
    assert "Traceback" not in r.text
    assert client.get("/healthz").status_code == 200


def test_a_single_fields_error_names_it_as_param(client: httpx.Client) -> None:
    """OpenAI's clients read ``param``: the one field at fault, or null when there are several."""
    one = client.post("/v1/ask", json={"question": "När?", "top_k": 21}).json()["error"]
    assert one["param"] == "top_k"
    nested = client.post("/v1/ask", json={"question": "Och?", "history": [{"question": "När?", "date_to": "igår"}]}).json()
    assert nested["error"]["param"] == "history.0.date_to"
    two = client.post("/v1/ask", json={"question": "När?", "top_k": 0, "use_question_dates": "ja"}).json()["error"]
    assert two["param"] is None
    assert client.post("/v1/ask", content=b"{", headers={"content-type": "application/json"}).json()["error"]["param"] is None


def test_dot_segments_never_reach_a_file(client: httpx.Client) -> None:
    # httpx (like browsers) resolves '..' before sending: the server sees /etc/passwd, which no route serves.
    r = client.get(f"/v1/entries/{ENTRY}/../../../etc/passwd")
    assert r.status_code == 404 and "root:" not in r.text


def test_still_answers_after_the_matrix(client: httpx.Client) -> None:
    assert client.post("/v1/ask", json={"question": "När driftsattes Millennium?"}).json()["answer"].startswith("Den 12 november 2024")


def test_the_matrix_is_at_least_twenty_cases() -> None:
    assert len(CASES) >= 20
