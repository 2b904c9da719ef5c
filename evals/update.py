"""``granska update <corpus-dir>``: a corpus update that must pass the known facts first.

The new corpus is checked, indexed into a staged version beside the live one, and evaluated.
It is promoted only when every threshold holds and no fact that passes on the live index
fails on the staged one (unless the fact is marked as changed). Otherwise the staged version
is discarded and the live index keeps serving, untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evals.gate import Verdict, judge_update, load_thresholds
from evals.gold import load_facts, load_qrels
from evals.runner import SystemResult, measure
from evals.systems import GranskaSystem
from granska.errors import CorpusError
from granska.settings import Settings
from indexer.corpus.loader import load_corpus
from indexer.index.builder import BuildReport, build_index, discard_staged, promote_staged
from indexer.index.layout import IndexLayout
from service.retrieval.index import LoadedIndex


@dataclass(slots=True)
class UpdateResult:
    """What happened to an update: nothing to do, promoted, or refused (with the reasons)."""

    build: BuildReport
    verdict: Verdict | None
    staged: SystemResult | None
    live: SystemResult | None

    @property
    def unchanged(self) -> bool:
        """The new corpus indexes to the live version: nothing to promote."""
        return self.build.unchanged

    @property
    def accepted(self) -> bool:
        """Promoted (or nothing changed)."""
        return self.unchanged or (self.verdict is not None and self.verdict.accepted)

    def side_by_side(self) -> list[tuple[str, str, str, str]]:
        """(query id, question, answer before, answer after) for every regressed fact."""
        if not self.verdict or not self.live or not self.staged:
            return []
        before = {o.fact.query_id: o for o in self.live.outcomes}
        after = {o.fact.query_id: o for o in self.staged.outcomes}
        return [(q, after[q].fact.question, before[q].answer.text, after[q].answer.text) for q in self.verdict.regressions]


def run_update(settings: Settings, corpus_dir: Path, progress: bool = True) -> UpdateResult:
    """Check, stage, evaluate and promote or refuse the corpus in ``corpus_dir``."""
    corpus = load_corpus(corpus_dir)
    if corpus.errors:
        raise CorpusError("den nya korpusen har fel: " + "; ".join(str(d) for d in corpus.errors))
    live_path = IndexLayout(settings.index_root).live_or_none()
    build = build_index(settings, corpus_dir, progress=progress, promote=False)
    if build.unchanged:
        return UpdateResult(build, None, None, None)
    try:
        facts, qrels = load_facts(), load_qrels()
        staged_index = LoadedIndex.load(settings, path=build.path)
        staged = measure(GranskaSystem(staged_index), facts, qrels)
        live = None
        if live_path is not None:
            live_index = LoadedIndex.load(settings, encoder=staged_index.encoder, path=live_path)
            live = measure(GranskaSystem(live_index), facts, qrels)
        verdict = judge_update(live.passed() if live else {}, staged, load_thresholds())
    except BaseException:
        discard_staged(settings, build)
        raise
    if verdict.accepted:
        promote_staged(settings, build)
    else:
        discard_staged(settings, build)
    return UpdateResult(build, verdict, staged, live)
