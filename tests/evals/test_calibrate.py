"""Calibration: which candidates count as answering, the fitted forest, the utility."""

from __future__ import annotations

import pytest

from evals.calibrate import UTILITY, Sample, fit_forest, out_of_fold, positive, utility
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


def test_fit_forest_learns_a_feature_and_answers_as_scikit_learn_does() -> None:
    import numpy as np
    from sklearn.ensemble import RandomForestClassifier

    from evals.calibrate import FOREST

    rows = [{"x": v, "noise": (i * 7) % 3} for i, v in enumerate([0.1, 0.2, 0.3, 0.7, 0.8, 0.9] * 5)]
    labels = [int(r["x"] > 0.5) for r in rows]
    model = fit_forest(rows, labels, ("x", "noise"))
    assert model.probability({"x": 0.9, "noise": 1}) > 0.75 and model.probability({"x": 0.1, "noise": 1}) < 0.25
    reference = RandomForestClassifier(**FOREST).fit([[r["x"], r["noise"]] for r in rows], labels)
    probes = [{"x": x, "noise": n} for x in (0.0, 0.25, 0.5, 0.55, 0.75, 1.0) for n in (0, 1, 2)]
    expected = reference.predict_proba(np.array([[p["x"], p["noise"]] for p in probes]))[:, 1]
    assert [model.probability(p) for p in probes] == pytest.approx(list(expected))


def test_out_of_fold_probabilities_come_from_forests_that_did_not_see_the_row() -> None:
    rows = [{"x": float(i % 2)} for i in range(40)]
    labels = [i % 2 for i in range(40)]
    labels[0] = 1  # one row against the pattern: only a forest fitted on it would call it likely
    probabilities = out_of_fold(rows, labels, ("x",))
    assert probabilities[0] < 0.5 and all(p > 0.5 for p in probabilities[1::2])


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
