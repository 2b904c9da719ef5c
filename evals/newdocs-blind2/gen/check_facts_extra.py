"""Check facts-extra.jsonl: same keys as facts.jsonl, ids n3101–n3124, counts per kind,
evidence in its document's extracted text (extraction/normalisation of check_evidence.py),
every answer in its evidence (case-insensitive), no question repeated from facts.jsonl."""
import importlib.util, json, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("ce", ROOT / "gen" / "check_evidence.py")
ce = importlib.util.module_from_spec(spec); spec.loader.exec_module(ce)
texts = {p.name: ce.norm(ce.extract(p)) for p in (ROOT / "documents").iterdir() if p.is_file()}
old = [json.loads(l) for l in open(ROOT / "facts.jsonl", encoding="utf-8") if l.strip()]
new = [json.loads(l) for l in open(ROOT / "facts-extra.jsonl", encoding="utf-8") if l.strip()]
keys = list(old[0].keys())
problems = 0
def bad(*a):
    global problems; problems += 1; print(*a)
if [f["id"] for f in new] != [f"n{i}" for i in range(3101, 3125)]: bad("ids wrong")
oldq = {f["question"].strip().lower() for f in old}
for f in new:
    fid = f["id"]
    if list(f.keys()) != keys: bad(fid, "keys differ", list(f.keys()))
    if f["split"] != "dev" or f["expect_abstain"] or f["date_from"] or f["date_to"]: bad(fid, "fixed fields")
    if f["entry_date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["entry_date"]): bad(fid, "entry_date")
    if f["question"].strip().lower() in oldq: bad(fid, "question repeats facts.jsonl")
    doc = f["doc_file"]
    if doc not in texts: bad(fid, "missing doc", doc); continue
    ev = ce.norm(f["evidence"])
    if ev not in texts[doc]: bad(fid, "EVIDENCE NOT FOUND", ev)
    if not f["answers"]: bad(fid, "no answers")
    for a in f["answers"]:
        if a.lower() not in ev.lower(): bad(fid, "ANSWER NOT IN EVIDENCE:", a)
c = Counter(f["kind"] for f in new)
print("kinds:", dict(c))
print("what paraphrase:", sum(f["paraphrase"] for f in new if f["kind"] == "what"),
      " what en:", sum(f["lang"] == "en" for f in new if f["kind"] == "what"),
      " all paraphrase:", sum(f["paraphrase"] for f in new), " all en:", sum(f["lang"] == "en" for f in new))
print("per document:", dict(Counter(f["doc_file"] for f in new)))
if c != Counter({"what": 12, "why": 6, "who": 6}): bad("kind counts wrong")
print("facts:", len(new), " problems:", problems)
sys.exit(1 if problems else 0)
