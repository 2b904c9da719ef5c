"""The order candidates are offered in, before the ranker's scores decide."""

from __future__ import annotations

from types import SimpleNamespace

from service.answers.ordering import typed_first


def test_a_when_question_offers_a_dated_sentence_before_one_dated_only_by_its_report() -> None:
    question = SimpleNamespace(text="När lämnade specialisterna Skövde?", kind="when")
    writing = SimpleNamespace(features={"type": 0.2}, name="the report's paragraph, dated by its writing")
    dated = SimpleNamespace(features={"type": 1.0}, name="'… den 9 november 2027'")
    month = SimpleNamespace(features={"type": 0.8}, name="'… i april 2027'")
    assert [c.name for c in typed_first(question, [writing, month, dated])] == [month.name, dated.name, writing.name]
