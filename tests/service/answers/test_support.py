"""The support model: linear models and forests from JSON, the abstention rule, the shipped fitted file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.answers.support import MODEL_FILE, RANKER_FEATURES, SUPPORT_FEATURES, ForestModel, LinearModel, SupportModel


def test_linear_model_round_trip_and_score() -> None:
    model = LinearModel(features=("a", "b"), weights=(2.0, -1.0), bias=0.5)
    assert model.score({"a": 1.0, "b": 3.0}) == 2.0 * 1 - 3.0 + 0.5
    assert model.score({}) == 0.5  # a missing feature counts as 0
    assert LinearModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError, match="2 features but 1 weights"):
        LinearModel(features=("a", "b"), weights=(1.0,), bias=0.0)


def stump_forest() -> ForestModel:
    """Two trees worked out by hand: tree 1 splits x at 0.5 (leaves 0.2 / 0.8), tree 2 is one leaf
    of 0.6 (nodes 0–2 are tree 1, node 3 is tree 2)."""
    return ForestModel(features=("x",), feature=(0, -1, -1, -1), threshold=(0.5, 0.0, 0.0, 0.0),
                       left=(1, -1, -1, -1), right=(2, -1, -1, -1), value=(0.0, 0.2, 0.8, 0.6), roots=(0, 3))


def test_forest_probability_is_the_mean_leaf_over_the_trees() -> None:
    forest = stump_forest()
    assert forest.probability({"x": 0.5}) == pytest.approx((0.2 + 0.6) / 2)  # ≤ threshold goes left
    assert forest.probability({"x": 0.9}) == pytest.approx((0.8 + 0.6) / 2)
    assert forest.probability({}) == pytest.approx((0.2 + 0.6) / 2)  # a missing feature counts as 0
    assert forest.probability({"x": 0.9}) == forest.probability({"x": 0.9})  # evaluating leaves the roots alone
    assert ForestModel.from_json(forest.to_json()) == forest


def test_forest_rejects_inconsistent_arrays() -> None:
    with pytest.raises(ValueError, match="equally long"):
        ForestModel(features=("x",), feature=(0, -1), threshold=(0.5,), left=(1, -1), right=(1, -1), value=(0.0, 1.0),
                    roots=(0,))
    with pytest.raises(ValueError, match="feature 1"):
        ForestModel(features=("x",), feature=(1, -1), threshold=(0.5, 0.0), left=(1, -1), right=(1, -1),
                    value=(0.0, 1.0), roots=(0,))


def test_a_support_forest_loads_from_the_model_file(tmp_path: Path) -> None:
    ranker = LinearModel(features=("x",), weights=(1.0,), bias=0.0)
    model = SupportModel(ranker=ranker, support=stump_forest(), threshold=0.5)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    loaded = SupportModel.load(path)
    assert loaded.support == stump_forest() and loaded.probability({"x": 0.9}) == pytest.approx(0.7)


def test_abstains_below_the_threshold(tmp_path: Path) -> None:
    support = LinearModel(features=("x",), weights=(1.0,), bias=0.0)
    model = SupportModel(ranker=support, support=support, threshold=0.5)
    assert model.probability({"x": 0.0}) == 0.5 and not model.abstains(0.5) and model.abstains(0.49)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert SupportModel.load(path).threshold == 0.5
    with pytest.raises(ValueError, match="threshold"):
        SupportModel(ranker=support, support=support, threshold=1.5)


def test_a_typed_question_without_evidence_of_its_type_is_not_answered() -> None:
    """'Vilket belopp …?' answered by a sentence with no amount: abstain, however sure the model is."""
    support = LinearModel(features=("x",), weights=(1.0,), bias=0.0)
    model = SupportModel(ranker=support, support=support, threshold=0.5)
    assert model.abstains(0.99, {"type": 0.0}) and not model.abstains(0.99, {"type": 0.3})
    assert model.abstains(0.99, {"type": 0.2})  # a when-answer whose only date is its report's writing
    assert not model.abstains(0.99, {})  # no candidates: the probability decides


def test_the_shipped_model_is_fitted_on_dev_over_the_current_features() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["fitted_on"] == "dev"
    assert tuple(data["ranker"]["features"]) == RANKER_FEATURES and tuple(data["support"]["features"]) == SUPPORT_FEATURES
