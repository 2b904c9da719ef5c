"""The answer check: what counts as containing the expected answer."""

from __future__ import annotations

from evals.gold import Fact
from evals.metrics import CitedAnswer, judge


def fact(answers: tuple[str, ...]) -> Fact:
    return Fact(query_id="q1", question="When?", kind="when", lang="en", answers=answers, gold_entry_ids=("e1",),
                date_from=None, date_to=None, expect_abstain=False, paraphrase=False, changed=False)


def answer(text: str) -> CitedAnswer:
    return CitedAnswer(text, False, (("e1", "x", "x", "2022-06-28", None),), (), 0.0)


def test_an_iso_date_is_the_date_in_either_language() -> None:
    june = fact(("2022-06-28", "28 juni 2022"))
    assert judge(june, answer("On 28 June 2022: Regionstyrelsen noterar informationen. [1]")).passed
    assert judge(june, answer("Den 28 juni 2022: Regionstyrelsen noterar informationen. [1]")).passed
    assert not judge(june, answer("On 27 June 2022: Regionstyrelsen noterar informationen. [1]")).passed
    assert not judge(fact(("28 juni 2022",)), answer("On 28 June 2022: …")).passed  # only an ISO date is spelled out
