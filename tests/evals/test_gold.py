"""The known facts stay valid: every gold entry id exists after re-parsing the corpus."""

from __future__ import annotations

from collections import Counter

from evals.gold import load_facts, load_qrels


def test_every_gold_id_exists(corpus) -> None:
    ids = {e.entry_id for e in corpus.entries}
    qrels = load_qrels()
    missing = sorted({(q, d) for q, docs in qrels.items() for d in docs if d not in ids})
    missing += sorted({(f.query_id, d) for f in load_facts() for d in f.gold_entry_ids if d not in ids})
    assert missing == [], f"gold entry ids no longer in the corpus: {missing}"


def test_facts_queries_and_qrels_agree() -> None:
    facts = load_facts()
    qrels = load_qrels()
    assert len({f.query_id for f in facts}) == len(facts) >= 80
    for fact in facts:
        if fact.expect_abstain:
            assert not fact.gold_entry_ids and fact.query_id not in qrels
        else:
            assert fact.answers and set(fact.gold_entry_ids) == set(qrels[fact.query_id])


def test_coverage_of_kinds() -> None:
    facts = load_facts()
    kinds = Counter(f.kind for f in facts)
    assert len(facts) >= 250
    assert sum(f.lang == "en" for f in facts) >= 30 and sum(f.paraphrase for f in facts) >= 30
    assert kinds["unanswerable"] >= 30
    assert set(Counter(f.unanswerable_kind for f in facts if f.expect_abstain)) == {"off_topic", "silent", "missing_detail"}
    assert kinds["what_time"] >= 10 and kinds["how_much"] >= 8 and kinds["who"] >= 30
    assert sum(f.date_from is not None or f.date_to is not None for f in facts) >= 12


def test_the_split_is_fixed_and_balanced() -> None:
    facts = load_facts()
    assert {f.split for f in facts} == {"dev", "test"}
    for kind in {f.kind for f in facts}:
        same = [f for f in facts if f.kind == kind]
        dev = sum(f.split == "dev" for f in same)
        # each kind is halved: strata (kind, language, paraphrase) alternate, an odd one gives dev one more
        assert abs(dev - (len(same) - dev)) <= max(3, len(same) // 10), kind
