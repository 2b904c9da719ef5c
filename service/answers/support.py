"""The support model: which sentence answers (ranker, linear) and whether it answers well enough
to say so (support, a random forest), over named features, fitted on the dev facts by
``evals/calibrate.py``.

The fitted weights live in ``support_model.json`` beside this file. ``support_features`` is the
one definition of what the support model sees: calibration and the answerer both call it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from service.answers.answer_types import asked_pattern
from service.answers.candidates import Candidate, Question

MODEL_FILE = Path(__file__).with_name("support_model.json")
NO_ASKED_TYPE = 0.2  # a best candidate's type at or below this holds nothing of the asked type (answer_types)
RANKER_FEATURES = ("dense_entry", "coverage", "entry_coverage", "salient_cover", "type", "rank_inv",
                   "rrf", "short", "first", "actor_match", "statement", "block", "block_plural", "bm25_rel")
SUPPORT_FEATURES = ("score", "dense_entry", "coverage", "entry_coverage", "salient_cover",
                    "salient_entry", "type", "unseen", "english", "margin", "bm25_found", "no_terms", "dense_peak",
                    "bm25_top", "statement", "typed", "key_term", "dense_gap")


@dataclass(frozen=True, slots=True, kw_only=True)
class LinearModel:
    """bias + Σ weight × feature, over the named features."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError(f"{len(self.features)} features but {len(self.weights)} weights")

    def score(self, values: dict[str, float]) -> float:
        """The linear score of a feature dict (a missing feature counts as 0)."""
        return self.bias + sum(w * values.get(f, 0.0) for f, w in zip(self.features, self.weights, strict=True))

    def probability(self, values: dict[str, float]) -> float:
        """σ(score): the model read as a logistic regression."""
        return _sigmoid(self.score(values))

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"features": list(self.features), "weights": [round(w, 6) for w in self.weights], "bias": round(self.bias, 6)}

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":  # type: ignore[type-arg]
        """Read the JSON form."""
        return cls(features=tuple(data["features"]), weights=tuple(float(w) for w in data["weights"]), bias=float(data["bias"]))


@dataclass(frozen=True, slots=True, kw_only=True)
class ForestModel:
    """A forest of binary decision trees, all nodes in flat arrays: node i splits on
    ``feature[i]`` at ``threshold[i]`` (≤ goes ``left[i]``, else ``right[i]``) or, when
    ``feature[i]`` is -1, is a leaf whose probability is ``value[i]``; ``roots`` are the trees'
    first nodes. The probability is the mean over the trees (scikit-learn's random forest),
    evaluated here with numpy so that answering needs no scikit-learn."""

    features: tuple[str, ...]
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]
    roots: tuple[int, ...]
    _arrays: tuple[np.ndarray, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sizes = {len(self.feature), len(self.threshold), len(self.left), len(self.right), len(self.value)}
        if len(sizes) != 1 or not self.roots:
            raise ValueError(f"a forest needs equally long node arrays and at least one root, not sizes {sorted(sizes)} "
                             f"and {len(self.roots)} roots")
        if max(self.feature) >= len(self.features):
            raise ValueError(f"a node splits on feature {max(self.feature)}, but there are {len(self.features)} features")
        object.__setattr__(self, "_arrays", (
            np.array(self.feature, dtype=np.int64), np.array(self.threshold, dtype=np.float64),
            np.array(self.left, dtype=np.int64), np.array(self.right, dtype=np.int64),
            np.array(self.value, dtype=np.float64), np.array(self.roots, dtype=np.int64)))

    def probability(self, values: dict[str, float]) -> float:
        """The mean leaf probability over the trees (a missing feature counts as 0)."""
        feature, threshold, left, right, value, roots = self._arrays
        node = roots.copy()
        # scikit-learn compares float32 features with float64 thresholds
        x = np.array([values.get(f, 0.0) for f in self.features], dtype=np.float32).astype(np.float64)
        inner = feature[node] >= 0
        while inner.any():
            at = node[inner]
            node[inner] = np.where(x[feature[at]] <= threshold[at], left[at], right[at])
            inner = feature[node] >= 0
        return float(value[node].mean())

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"kind": "forest", "features": list(self.features), "feature": list(self.feature),
                "threshold": [round(t, 7) for t in self.threshold], "left": list(self.left), "right": list(self.right),
                "value": [round(v, 6) for v in self.value], "roots": list(self.roots)}

    @classmethod
    def from_json(cls, data: dict) -> "ForestModel":  # type: ignore[type-arg]
        """Read the JSON form."""
        return cls(features=tuple(data["features"]), feature=tuple(data["feature"]),
                   threshold=tuple(float(t) for t in data["threshold"]), left=tuple(data["left"]),
                   right=tuple(data["right"]), value=tuple(float(v) for v in data["value"]), roots=tuple(data["roots"]))


def model_from_json(data: dict) -> LinearModel | ForestModel:  # type: ignore[type-arg]
    """A linear model or a forest, by the JSON form's ``kind`` (linear when absent)."""
    return ForestModel.from_json(data) if data.get("kind") == "forest" else LinearModel.from_json(data)


# Before calibration: meaning first, then the question's words, then the answer's type.
DEFAULT_RANKER = LinearModel(features=RANKER_FEATURES,
                             weights=(4.0, 2.0, 0.5, 1.0, 1.5, 1.0, 0.5, -1.5, 0.1, 0.5, 0.5, -0.5, 1.0, 0.5), bias=0.0)
DEFAULT_SUPPORT = LinearModel(features=SUPPORT_FEATURES,
                              weights=(0.0, 8.0, 3.0, 1.0, 2.0, 1.0, 2.0, -4.0, 0.0, 1.0, 0.5, -1.0, 2.0, 1.0, 0.5, 0.0, 1.0, 2.0),
                              bias=-12.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class SupportModel:
    """The ranker, the support model and the probability below which granska abstains."""

    ranker: LinearModel
    support: LinearModel | ForestModel
    threshold: float
    fitted_on: str = "standard"

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold måste ligga mellan 0 och 1, inte {self.threshold}")

    def rank(self, features: dict[str, float]) -> float:
        """How well a candidate sentence answers (higher is better)."""
        return self.ranker.score(features)

    def probability(self, features: dict[str, float]) -> float:
        """The probability that the best candidate answers the question."""
        return self.support.probability(features)

    def abstains(self, probability: float, features: dict[str, float] | None = None) -> bool:
        """The decision (the one rule, for answerer and calibration): too little support to
        answer, or a question that asks for a time, a figure, an amount or a form ('Vilket
        diarienummer …') whose best sentence holds none of that type: whatever else it says, it
        does not give what was asked. A when-question whose best sentence names no date and whose
        entry's date is only its report's writing or a long text's month (type 0.2) has no date
        to give either."""
        if features is not None and features.get("type", 1.0) <= NO_ASKED_TYPE:  # only typed asks score this low
            return True
        return probability < self.threshold

    def to_json(self) -> dict[str, object]:
        """JSON form, as written by calibration."""
        return {"ranker": self.ranker.to_json(), "support": self.support.to_json(), "threshold": round(self.threshold, 4),
                "fitted_on": self.fitted_on}

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "SupportModel":
        """The fitted model, or the hand-set default when no file exists."""
        if not path.is_file():
            return cls(ranker=DEFAULT_RANKER, support=DEFAULT_SUPPORT, threshold=0.5)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(ranker=LinearModel.from_json(data["ranker"]), support=model_from_json(data["support"]),
                   threshold=float(data["threshold"]), fitted_on=str(data.get("fitted_on", "")))


def support_features(question: Question, ranked: list[Candidate]) -> dict[str, float]:
    """What the support model sees: the best candidate's features, its margin over the best
    candidate from another entry, and the question's own (unseen words, language)."""
    if not ranked:
        return {"no_terms": 1.0 if not question.terms else 0.0, "english": 1.0 if question.lang == "en" else 0.0}
    best = ranked[0]
    other = next((c.score for c in ranked[1:] if c.hit.entry.entry_id != best.hit.entry.entry_id), best.score - 1.0)
    values = {name: best.features.get(name, 0.0) for name in SUPPORT_FEATURES}
    dense = sorted({c.hit.entry.entry_id: c.features["dense_entry"] for c in ranked}.values(), reverse=True)
    values.update(
        score=best.score,
        # the ranker is a pairwise logistic model: σ(difference) is the chance the best beats the
        # best other entry, the same scale whatever the ranker's weights
        margin=_sigmoid(best.score - other),
        unseen=question.unseen_weight,
        english=1.0 if question.lang == "en" else 0.0,
        no_terms=1.0 if not question.terms else 0.0,
        # how far the best entry stands out from the rest: a question the sources answer tends to have one
        dense_peak=dense[0] - sum(dense[1:]) / max(1, len(dense) - 1) if len(dense) > 1 else 0.0,
        # and from the next one: a paraphrase's answer is often found by meaning alone
        dense_gap=dense[0] - dense[1] if len(dense) > 1 else 0.0,
        bm25_top=max((c.hit.bm25_score for c in ranked), default=0.0) / max(1.0, question.term_weight),
        # a question of a kind that needs typed evidence (a time, a figure, an amount, a body),
        # or a form ('Vilket diarienummer …?', 'Vilken e-postadress …?'): its best candidate holds one
        typed=1.0 if question.kind in ("what_time", "how_many", "how_much", "who") or asked_pattern(question.text) else 0.0,
        key_term=best.features.get("key_term", 0.0),
    )
    return values


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
