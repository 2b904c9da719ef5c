"""``granska update <corpus-dir> [--facts new-facts.jsonl] [--accept-changed q113,…]``: a corpus
update that must pass the known facts first.

The new corpus is checked, indexed into a staged version beside the live one, and evaluated on
the known facts (live and staged) and on the new facts the maintainer brings. The verdict
(``evals.gate``) separates regressions, facts the new documents change, and the new facts' own
results. Only an accepted update is promoted; then the new facts join the gold set and the
acknowledged changes are recorded there with their new answer. Otherwise the staged version is
discarded and the live index keeps serving, untouched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from evals.conversations import check_conversations, load_conversations, run_conversations
from evals.gate import Verdict, judge_update, load_thresholds
from evals.gold import GOLD_DIR, Fact, load_facts, load_qrels, write_facts
from evals.metrics import Outcome
from evals.new_facts import load_new_facts, resolve
from evals.runner import SystemResult, measure
from evals.systems import GranskaSystem
from granska.errors import CorpusError
from granska.settings import Settings
from indexer.corpus.loader import load_corpus
from indexer.index.builder import BuildReport, build_index, discard_staged, promote_staged
from indexer.index.layout import IndexLayout
from service.retrieval.index import LoadedIndex

MIN_SHARED = 2  # a word the corpus already holds counts as re-weighed once the new entries use it this often


@dataclass(slots=True, kw_only=True)
class UpdateResult:
    """What happened to an update: nothing to do, promoted, or refused (with the reasons)."""

    build: BuildReport
    verdict: Verdict | None = None
    staged: SystemResult | None = None
    live: SystemResult | None = None
    new_facts: SystemResult | None = None
    added: list[str] | None = None

    @property
    def unchanged(self) -> bool:
        """The new corpus indexes to the live version: nothing to promote."""
        return self.build.unchanged

    @property
    def accepted(self) -> bool:
        """Promoted (or nothing changed)."""
        return self.unchanged or (self.verdict is not None and self.verdict.accepted)

    def side_by_side(self, ids: list[str] | None = None) -> list[tuple[str, str, str, str]]:
        """(query id, question, answer before, answer after) for regressed facts (or ``ids``)."""
        if not self.verdict or not self.live or not self.staged:
            return []
        before = {o.fact.query_id: o for o in self.live.outcomes}
        after = {o.fact.query_id: o for o in self.staged.outcomes}
        chosen = self.verdict.regressions if ids is None else ids
        return [(q, after[q].fact.question, before[q].answer.text, after[q].answer.text) for q in chosen]


def run_update(settings: Settings, corpus_dir: Path, progress: bool = True, *, facts_file: Path | None = None,
               accept: set[str] = frozenset(), gold_dir: Path = GOLD_DIR) -> UpdateResult:
    """Check, stage, evaluate and promote or refuse the corpus in ``corpus_dir``."""
    corpus = load_corpus(corpus_dir)
    if corpus.errors:
        raise CorpusError("den nya korpusen har fel: " + "; ".join(str(d) for d in corpus.errors))
    new = load_new_facts(facts_file) if facts_file else []
    live_path = IndexLayout(settings.index_root).live_or_none()
    build = build_index(settings, corpus_dir, progress=progress, promote=False)
    if build.unchanged and not new:
        return UpdateResult(build=build)
    try:
        result = _evaluate(settings, build, live_path, new, accept, gold_dir)
    except BaseException:
        if not build.unchanged:
            discard_staged(settings, build)
        raise
    if result.verdict is not None and result.verdict.accepted:
        if not build.unchanged:
            promote_staged(settings, build)
        result.added = _record(result, new, gold_dir, build.manifest.index_version)
    elif not build.unchanged:
        discard_staged(settings, build)
    return result


def _evaluate(settings: Settings, build: BuildReport, live_path: Path | None, new: list, accept: set[str],
              gold_dir: Path) -> UpdateResult:
    facts, qrels = load_facts(gold_dir), load_qrels(gold_dir)
    staged_index = LoadedIndex.load(settings, path=build.path)
    system = GranskaSystem(staged_index)
    staged = measure(system, facts, qrels)
    live, new_entries, new_words = None, set(staged_index.entries), frozenset()
    if live_path is not None and live_path != build.path:
        live_index = LoadedIndex.load(settings, encoder=staged_index.encoder, path=live_path)
        live = measure(GranskaSystem(live_index), facts, qrels)
        new_entries = set(staged_index.entries) - set(live_index.entries)
        new_words = _new_words(staged_index, new_entries)
    resolved = resolve(new, staged_index.entries, staged_index.documents)
    new_result = measure(system, resolved, _qrels_of(resolved)) if resolved else None
    replaced = {item.replaces for item in new if item.replaces}
    thresholds = load_thresholds()
    verdict = judge_update(live.passed() if live else {}, staged, thresholds, new_entries=new_entries,
                           accept=set(accept), replaced=replaced, new_facts=new_result, qrels=qrels, before=live,
                           new_words=new_words)
    # follow-ups are answers too: a staged index that breaks them is refused like one that breaks facts
    verdict.threshold_failures.extend(check_conversations(
        run_conversations(system.answerer, facts, load_conversations(gold_dir)), thresholds))
    return UpdateResult(build=build, verdict=verdict, staged=staged, live=live, new_facts=new_result)


def _new_words(index: LoadedIndex, new_entries: set[str]) -> frozenset[str]:
    """Word stems whose reading the update's new entries change: those only they use, and those
    they use in as many entries as the rest of the corpus (a word's weight halves or less: '2027'
    in 2 entries before, 42 after). A fact lost over such a word is changed by the new documents,
    to acknowledge, not a regression."""
    from indexer.stores.bm25_store import token_set

    old: Counter[str] = Counter()
    new: Counter[str] = Counter()
    for entry in index.entries.values():
        (new if entry.entry_id in new_entries else old).update(token_set(entry.text))
    return frozenset(w for w, n in new.items() if not old[w] or n >= max(old[w], MIN_SHARED))


def _qrels_of(facts: list[Fact]) -> dict[str, dict[str, int]]:
    return {f.query_id: {e: 1 for e in f.gold_entry_ids} for f in facts if f.gold_entry_ids}


def _record(result: UpdateResult, new: list, gold_dir: Path, version: str) -> list[str]:
    """After promotion: the new facts join the gold; acknowledged changes get their new answer
    (the replacement the --facts file gives, else the answer the staged index gave)."""
    if result.verdict is None or result.staged is None:
        return []
    outcomes = {o.fact.query_id: o for o in result.staged.outcomes}
    replaced = {item.replaces for item in new if item.replaces}
    given = [o.fact for o in (result.new_facts.outcomes if result.new_facts else [])]
    fresh = [f for f in given if f.query_id not in replaced]
    replacements = [replace(f, changed=True) for f in given if f.query_id in replaced]
    changed = [_as_answered(outcomes[q]) for q in result.verdict.acknowledged if q not in replaced]
    note = f"tillagt eller ändrat vid uppdatering till index {version}"
    return write_facts(fresh, [*changed, *replacements], note, gold_dir)


def _as_answered(outcome: Outcome) -> Fact:
    """A changed fact with the staged answer as its new truth: its citations are the gold, its
    first quote the answer a future index must still give."""
    cited = outcome.answer.citations
    if not cited:  # the new sources made granska abstain: the fact becomes unanswerable
        return replace(outcome.fact, changed=True, expect_abstain=True, answers=(), gold_entry_ids=(), kind="unanswerable")
    return replace(outcome.fact, changed=True, expect_abstain=False, answers=(cited[0][1][:80],),
                   gold_entry_ids=tuple(c[0] for c in cited), kind=outcome.fact.kind if outcome.fact.kind != "unanswerable" else "what")
