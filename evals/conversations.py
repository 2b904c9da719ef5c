"""Known facts for conversations: follow-up accuracy, and standalone questions unchanged by history.

A conversation is asked turn by turn, each turn with the history the client would send: the
previous questions with what granska itself answered (cited entries, date filter, resolved
question), so a wrong first answer costs its follow-ups as it would cost a user. Each turn is
judged like a single fact (``evals.metrics.judge``). "Standalone unchanged" asks every single-turn
known fact again after an unrelated previous turn and counts the answers that differ.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from evals.gold import GOLD_DIR, SPLITS, Fact
from evals.metrics import CitedAnswer, Outcome, judge
from service.answers.answerer import Answerer
from service.answers.followups import Turn, turn_of
from service.answers.records import Answer

UNRELATED_OFFSET = 97  # the unrelated turn before fact i is fact i + 97's question and gold entries


@dataclass(frozen=True, slots=True, kw_only=True)
class Conversation:
    """Two or three turns a granskare asks in a row; every turn is a fact, the first stands alone."""

    conv_id: str
    pattern: str
    lang: str
    split: str
    turns: tuple[Fact, ...]


@dataclass(slots=True, kw_only=True)
class ConversationResult:
    """Follow-up accuracy per split and pattern, the standalone check, and every turn's outcome."""

    splits: dict[str, dict[str, float]]
    by_pattern: dict[str, dict[str, dict[str, float]]]
    standalone_checked: int
    standalone_changed: list[str]
    outcomes: list[tuple[Conversation, int, Outcome, str | None]] = field(repr=False)

    def to_json(self) -> dict[str, object]:
        """JSON form (which turns passed, not the answers)."""
        return {"splits": self.splits, "by_pattern": self.by_pattern, "standalone_checked": self.standalone_checked,
                "standalone_changed": self.standalone_changed,
                "passed": {f"{c.conv_id}.{i}": o.passed for c, i, o, _ in self.outcomes}}


def load_conversations(folder: Path = GOLD_DIR) -> list[Conversation]:
    """The conversations of ``conversations.jsonl`` (none when the gold has no such file), each turn as a fact."""
    path = folder / "conversations.jsonl"
    conversations = []
    for line in (path.read_text(encoding="utf-8").splitlines() if path.exists() else []):
        if not line.strip():
            continue
        row = json.loads(line)
        turns = tuple(Fact(query_id=f"{row['_id']}.{i}", question=t["question"], kind=row["pattern"], lang=row["lang"],
                           answers=tuple(t["answers"]), gold_entry_ids=tuple(t["gold_entry_ids"]), date_from=None,
                           date_to=None, expect_abstain=bool(t["expect_abstain"]), paraphrase=False, changed=False,
                           split=row["split"], evidence=t.get("evidence", ""))
                      for i, t in enumerate(row["turns"], start=1))
        conversations.append(Conversation(conv_id=row["_id"], pattern=row["pattern"], lang=row["lang"],
                                          split=row["split"], turns=turns))
    return conversations


def _cited(answer: Answer, latency_ms: float) -> CitedAnswer:
    citations = tuple((c.entry_id, c.quote, c.text, c.date_start, c.date_end) for c in answer.citations)
    return CitedAnswer(answer.text, answer.abstained, citations, (), latency_ms)


def converse(answerer: Answerer, conversation: Conversation) -> list[tuple[Answer, Outcome]]:
    """Ask a conversation's turns in order, each with the history of the answers before it."""
    history: list[Turn] = []
    results = []
    for fact in conversation.turns:
        started = time.perf_counter()
        answer = answerer.ask(fact.question, history=history)
        results.append((answer, judge(fact, _cited(answer, (time.perf_counter() - started) * 1000))))
        history.append(turn_of(answer))
    return results


def standalone_changes(answerer: Answerer, facts: list[Fact]) -> list[str]:
    """The single-turn facts whose answer changes when an unrelated turn comes before them."""
    changed = []
    for i, fact in enumerate(facts):
        other = facts[(i + UNRELATED_OFFSET) % len(facts)]
        unrelated = Turn(question=other.question, entry_ids=other.gold_entry_ids[:1])
        alone, after = answerer.ask(fact.question), answerer.ask(fact.question, history=[unrelated])
        if after.resolved_question is not None or after.text != alone.text:
            changed.append(fact.query_id)
    return changed


def _accuracy(items: list[Outcome]) -> dict[str, float]:
    return {"n": float(len(items)), "accuracy": sum(o.passed for o in items) / max(1, len(items))}


def run_conversations(answerer: Answerer, facts: list[Fact], conversations: list[Conversation] | None = None
                      ) -> ConversationResult:
    """Follow-up accuracy (turns after the first) per split and pattern, and the standalone check."""
    conversations = conversations if conversations is not None else load_conversations()
    outcomes = []
    for conversation in conversations:
        for i, (answer, outcome) in enumerate(converse(answerer, conversation), start=1):
            outcomes.append((conversation, i, outcome, answer.resolved_question))
    followups = [(c, o) for c, i, o, _ in outcomes if i > 1]
    parts = {split: [o for c, o in followups if c.split == split] for split in SPLITS}
    parts = {split: items for split, items in parts.items() if items}
    parts["alla"] = [o for _, o in followups]
    by_pattern = {split: {p: _accuracy([o for c, o in followups if c.pattern == p and (split == "alla" or c.split == split)])
                          for p in sorted({c.pattern for c, _ in followups})} for split in parts}
    changed = standalone_changes(answerer, facts)
    return ConversationResult(splits={s: _accuracy(items) for s, items in parts.items()}, by_pattern=by_pattern,
                              standalone_checked=len(facts), standalone_changed=changed, outcomes=outcomes)


def check_conversations(result: ConversationResult, thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Broken limits of ``[conversations]`` in the thresholds: follow-up accuracy on the test split,
    and how many standalone questions history may change (none)."""
    limits = thresholds.get("conversations", {})
    failures = []
    figures = result.splits.get("test") or result.splits["alla"]
    if not figures["n"]:
        return []
    if "followup_accuracy" in limits and figures["accuracy"] < limits["followup_accuracy"]:
        failures.append(f"följdfrågor: svar rätt {figures['accuracy']:.3f} < {limits['followup_accuracy']}")
    if "standalone_changed" in limits and len(result.standalone_changed) > limits["standalone_changed"]:
        failures.append(f"fristående frågor ändrade av historik: {len(result.standalone_changed)} > "
                        f"{limits['standalone_changed']:.0f} ({', '.join(result.standalone_changed[:10])})")
    return failures
