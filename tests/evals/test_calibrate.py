"""Calibration: which candidates count as answering, the fitted linear models, the utility."""

from __future__ import annotations

from evals.calibrate import UTILITY, Sample, fit_linear, positive, utility
from evals.gold import Fact
from service.answers.support import LinearModel, SupportModel


def fact(**kw) -> Fact:
    fields = dict(query_id="q1", question="?", kind="when", lang="sv", answers=("2024-11-12", "12 november 2024"),
                  gold_entry_ids=("e1",), date_from=None, date_to=None, expect_abstain=False, paraphrase=False,
                  changed=False, evidence="Millennium driftsätts.")
    fields.update(kw)
    return Fact(**fields)


def test_positive_candidates() -> None:
    when = fact()
    assert positive(when, "Millennium driftsätts.", "e1")           # the gold entry's evidence sentence
    assert not positive(when, "Utbildning påbörjas.", "e1")         # another sentence of the gold entry
    assert not positive(when, "Millennium driftsätts.", "e2")       # a date answer needs the gold entry
    figure = fact(kind="how_many", answers=("223",), gold_entry_ids=("e9",), evidence="")
    assert positive(figure, "hanteras med 223 öppna incidenter", "e5")  # the figure itself, in any entry


def test_fit_linear_learns_the_direction_of_a_feature() -> None:
    rows = [{"x": v, "noise": (i * 7) % 3} for i, v in enumerate([0.1, 0.2, 0.3, 0.7, 0.8, 0.9] * 5)]
    labels = [int(r["x"] > 0.5) for r in rows]
    model = fit_linear(rows, labels, ("x", "noise"), c=1.0)
    assert model.weights[0] > 0 and model.score({"x": 0.9, "noise": 1}) > model.score({"x": 0.1, "noise": 1})


def test_utility_weighs_a_wrong_answer_worst() -> None:
    probe = LinearModel(features=("p",), weights=(10.0,), bias=-5.0)  # answers when p > 0.5
    model = SupportModel(ranker=probe, support=probe, threshold=0.5)
    data = [
        Sample(fact=fact(), features={"p": 1.0}, passed=True, listing=False),                  # right
        Sample(fact=fact(), features={"p": 1.0}, passed=False, listing=False),                 # wrong
        Sample(fact=fact(expect_abstain=True), features={"p": 0.0}, passed=False, listing=False),  # abstained right
        Sample(fact=fact(), features={"p": 0.0}, passed=True, listing=False),                  # missed
    ]
    assert utility(model, data) == UTILITY["right"] + UTILITY["wrong"] + UTILITY["abstained_right"] + UTILITY["missed"]
    assert UTILITY["wrong"] < UTILITY["missed"] < 0 < UTILITY["right"]
