"""Fit the support model on the dev facts: the ranker of candidate sentences, the support model,
and the threshold below which granska abstains. Run ``python -m evals.calibrate [--write]``.

Only facts of the dev split are used; the test split is never seen here: the dev half of the
known facts about the corpus, and the dev half of the facts about the test set of new documents
(``evals/newdocs``), asked of an index of the corpus with those documents added, so that the model
also knows news, decisions and reports, not only the timeline. Features come from
``Answerer.consider`` and ``support_features``, the same functions that answer questions, and
the decision rule is ``SupportModel.abstains``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
import sys
import re
from dataclasses import dataclass, replace
from pathlib import Path

from evals.gold import Fact, load_facts
from evals.metrics import CitedAnswer, judge
from service.answers.answerer import Answerer, Consideration
from service.answers.support import (
    MODEL_FILE,
    RANKER_FEATURES,
    SUPPORT_FEATURES,
    ForestModel,
    LinearModel,
    SupportModel,
    support_features,
)

# What each outcome is worth when choosing the threshold: a confident wrong answer costs most.
RANKER_C = 0.01  # L2 regularisation of the pairwise ranker (inverse strength; see evals/reports/known-facts.md)
# The support model is a random forest: out of fold on dev it beats the logistic regression it
# replaced (calibration prints both utilities); its sizes are fixed, not searched. 400 trees, not
# 100: the same mean out-of-fold utility over five seeds (129.3 / 129.1, before the dense-gap
# feature; a scratch loop over calibrate's functions with FOREST's seed changed) with a quarter of
# the spread (128.7–130.0 against 127.1–131.7), so a refit moves fewer answers by chance.
LOGISTIC_C = 0.5  # L2 regularisation of the logistic support model it is compared with
FOREST = {"n_estimators": 400, "min_samples_leaf": 5, "max_features": "sqrt", "random_state": 0}
FOLDS, REPEATS = 5, 3  # out-of-fold probabilities for choosing the threshold
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SMOOTH = 5  # threshold steps (of 0.01) either side averaged when choosing the threshold
PAIRS_PER_FACT = 30  # the highest-ranked non-answering candidates each answering one is compared with
UTILITY = {"right": 1.0, "abstained_right": 1.0, "wrong": -1.25, "missed": -1.0}


@dataclass(frozen=True, slots=True, kw_only=True)
class Sample:
    """One dev fact: the support features of the answer granska would give, and whether it passed."""

    fact: Fact
    features: dict[str, float]
    passed: bool
    listing: bool


def positive(fact: Fact, sentence: str, entry_id: str) -> bool:
    """Whether a candidate sentence answers the fact: it holds an acceptable answer, or it is the
    gold entry's sentence that states the fact (for dates and times, which come from the entry)."""
    low = sentence.casefold()
    if any(a.casefold() in low for a in fact.answers if not ISO_DATE.match(a)):  # an ISO date is the entry's, not a word
        return True
    if entry_id in fact.gold_entry_ids:
        return not fact.evidence or sentence in fact.evidence or fact.evidence in sentence
    return False


def fit_linear(rows: list[dict[str, float]], labels: list[int], features: tuple[str, ...], c: float = LOGISTIC_C) -> LinearModel:
    """A logistic regression (scikit-learn, L2 on standardised features, balanced classes) as a
    LinearModel over the raw features."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[row.get(f, 0.0) for f in features] for row in rows], dtype=float)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit((x - mean) / std, labels)
    weights = model.coef_[0] / std
    bias = float(model.intercept_[0] - (model.coef_[0] * mean / std).sum())
    return LinearModel(features=features, weights=tuple(float(w) for w in weights), bias=bias)


def fit_forest(rows: list[dict[str, float]], labels: list[int], features: tuple[str, ...]) -> ForestModel:
    """A random forest (scikit-learn, ``FOREST``) as a ForestModel that answers without scikit-learn."""
    import numpy as np
    from sklearn.ensemble import RandomForestClassifier

    x = np.array([[row.get(f, 0.0) for f in features] for row in rows], dtype=float)
    forest = RandomForestClassifier(**FOREST).fit(x, labels)
    positive_class = list(forest.classes_).index(1)
    parts: dict[str, list[np.ndarray]] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
    roots, offset = [], 0
    for estimator in forest.estimators_:
        tree = estimator.tree_
        leaf = tree.children_left == -1  # scikit-learn's leaves; -1 marks them here too
        counts = tree.value[:, 0, :]
        parts["feature"].append(np.where(leaf, -1, tree.feature))
        parts["threshold"].append(np.where(leaf, 0.0, tree.threshold))
        parts["left"].append(np.where(leaf, -1, tree.children_left + offset))
        parts["right"].append(np.where(leaf, -1, tree.children_right + offset))
        parts["value"].append(counts[:, positive_class] / counts.sum(axis=1))
        roots.append(offset)
        offset += tree.node_count
    feature, threshold, left, right, value = (tuple(np.concatenate(parts[k]).tolist()) for k in parts)
    return ForestModel(features=features, feature=feature, threshold=threshold, left=left, right=right, value=value,
                       roots=tuple(roots))


def out_of_fold(rows: list[dict[str, float]], labels: list[int], features: tuple[str, ...],
                fit: Callable[..., LinearModel | ForestModel] = fit_forest) -> list[float]:
    """Each row's support probability from models fitted without it (``FOLDS`` folds, averaged
    over ``REPEATS`` shuffles): a forest is too sure of the rows it was fitted on to choose a
    threshold with."""
    from sklearn.model_selection import StratifiedKFold

    out = [0.0] * len(rows)
    for repeat in range(REPEATS):
        for kept, held in StratifiedKFold(FOLDS, shuffle=True, random_state=repeat).split(rows, labels):
            model = fit([rows[i] for i in kept], [labels[i] for i in kept], features)
            for i in held:
                out[i] += model.probability(rows[i]) / REPEATS
    return out


def fit_ranker(answerer: Answerer, facts: list[Fact]) -> LinearModel:
    """A pairwise ranker: within each answerable, non-listing dev fact, every answering candidate
    should score above every other (logistic regression on feature differences, no intercept)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    diffs = []
    for fact in facts:
        if fact.expect_abstain:
            continue
        seen = answerer.consider(fact.question)
        if seen.listing:
            continue
        good = [c for c in seen.ranked if positive(fact, c.sentence.text, c.hit.entry.entry_id)]
        bad = [c for c in seen.ranked if c not in good][:PAIRS_PER_FACT]
        for g in good[:3]:
            for b in bad:
                diffs.append([g.features.get(f, 0.0) - b.features.get(f, 0.0) for f in RANKER_FEATURES])
    x = np.array(diffs, dtype=float)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    x = np.vstack([x / scale, -x / scale])
    y = np.array([1] * len(diffs) + [0] * len(diffs))
    model = LogisticRegression(C=RANKER_C, fit_intercept=False, max_iter=5000).fit(x, y)
    return LinearModel(features=RANKER_FEATURES, weights=tuple(float(w) for w in model.coef_[0] / scale), bias=0.0)


def samples(answerer: Answerer, facts: list[Fact]) -> list[Sample]:
    """For every dev fact, the answer granska gives when it never abstains, judged."""
    always = replace(answerer.model, threshold=1e-9)
    answerer.model = always
    out = []
    for fact in facts:
        seen: Consideration = answerer.consider(fact.question)
        answer = answerer.ask(fact.question)
        cited = tuple((c.entry_id, c.quote, c.text, c.date_start, c.date_end) for c in answer.citations)
        outcome = judge(replace(fact, expect_abstain=False) if not fact.expect_abstain else fact,
                        CitedAnswer(answer.text, answer.abstained, cited, (), 0.0))
        passed = outcome.passed and not fact.expect_abstain
        out.append(Sample(fact=fact, features=support_features(seen.question, seen.ranked), passed=passed,
                          listing=seen.listing))
    return out


def utility(model: SupportModel, data: list[Sample], probabilities: list[float] | None = None) -> float:
    """Total worth of the decisions the model makes on the samples (listings always answer), with
    the model's own probabilities or the given ones (out-of-fold)."""
    if probabilities is None:
        probabilities = [model.probability(s.features) for s in data]
    total = 0.0
    for s, probability in zip(data, probabilities, strict=True):
        abstain = not s.listing and model.abstains(probability, s.features)
        if s.fact.expect_abstain:
            total += UTILITY["abstained_right"] if abstain else UTILITY["wrong"]
        elif abstain:
            total += UTILITY["missed"]
        else:
            total += UTILITY["right"] if s.passed else UTILITY["wrong"]
    return total


def best_threshold(ranker: LinearModel, support: LinearModel | ForestModel, data: list[Sample],
                   probabilities: list[float]) -> tuple[SupportModel, float]:
    """The threshold with the best utility over ``probabilities`` (out of fold), smoothed: the
    utility is flat and noisy over a wide range, so take the middle of the best neighbourhood."""
    models = [SupportModel(ranker=ranker, support=support, threshold=t / 100, fitted_on="dev") for t in range(5, 96)]
    worth = [utility(m, data, probabilities) for m in models]
    smooth = [sum(worth[max(0, i - SMOOTH):i + SMOOTH + 1]) / len(worth[max(0, i - SMOOTH):i + SMOOTH + 1])
              for i in range(len(worth))]
    best = max(range(len(models)), key=lambda i: (smooth[i], -abs(models[i].threshold - 0.5)))
    return models[best], round(smooth[best], 2)


def calibrate(answerer: Answerer, facts: list[Fact]) -> tuple[SupportModel, dict[str, float]]:
    """Fit ranker, support model and threshold on ``facts`` (the dev split); report the
    out-of-fold utility of the forest and of a logistic regression over the same features."""
    ranker = fit_ranker(answerer, facts)
    answerer.model = SupportModel(ranker=ranker, support=answerer.model.support, threshold=0.5)
    fitted = [s for s in samples(answerer, facts) if not s.listing]
    rows, labels = [s.features for s in fitted], [int(s.passed) for s in fitted]
    best, smoothed = best_threshold(ranker, fit_forest(rows, labels, SUPPORT_FEATURES), fitted,
                                    out_of_fold(rows, labels, SUPPORT_FEATURES))
    logistic, logistic_smoothed = best_threshold(ranker, fit_linear(rows, labels, SUPPORT_FEATURES), fitted,
                                                 out_of_fold(rows, labels, SUPPORT_FEATURES, fit=fit_linear))
    report = {"facts": len(facts), "samples": len(fitted), "answers_right_if_never_abstaining": sum(labels),
              "threshold": best.threshold, "utility_out_of_fold_smoothed": smoothed,
              "logistic_threshold": logistic.threshold, "logistic_utility_out_of_fold_smoothed": logistic_smoothed}
    return best, report


NEW_DOCUMENTS = Path(__file__).resolve().parent / "newdocs"


def with_new_documents(settings):  # noqa: ANN001, ANN201 - Settings → (LoadedIndex, dev facts about the new documents)
    """An index of the corpus with the test set of new documents added (in a temporary home), and
    the dev half of the facts about those documents, resolved to its entries."""
    import shutil
    import tempfile

    from evals.new_facts import load_new_facts, resolve
    from indexer.corpus.add import add_documents
    from indexer.index.builder import build_index
    from service.retrieval.index import LoadedIndex

    scratch = Path(tempfile.mkdtemp(prefix="granska-calibrate-"))
    corpus = scratch / "corpus"
    shutil.copytree(settings.corpus_dir, corpus)
    add_documents(corpus, sorted((NEW_DOCUMENTS / "documents").iterdir()))
    home = settings.model_copy(update={"home": scratch / "home", "models_dir": settings.model_cache, "corpus_dir": corpus})
    build_index(home, progress=False)
    index = LoadedIndex.load(home)
    facts = resolve([f for f in load_new_facts(NEW_DOCUMENTS / "facts.jsonl") if f.fact.split == "dev"],
                    index.entries, index.documents)
    return index, facts


def main(argv: list[str] | None = None) -> int:
    """Fit on dev, print the figures, and with --write store the model in service/answers/."""
    from granska.settings import get_settings
    from service.retrieval.hybrid import HybridRetriever

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"write the fitted model to {MODEL_FILE}")
    args = parser.parse_args(argv)
    index, new_facts = with_new_documents(get_settings())
    answerer = Answerer(HybridRetriever(index), model=SupportModel.load(path=MODEL_FILE.with_suffix(".none")))
    model, report = calibrate(answerer, [*(f for f in load_facts() if f.split == "dev"), *new_facts])
    print(json.dumps(report, indent=1))
    print(json.dumps(model.to_json(), indent=1))
    if args.write:
        # one line per part: the forest's thousands of nodes would otherwise be thousands of lines
        parts = ",\n".join(f" {json.dumps(key)}: {json.dumps(value)}" for key, value in model.to_json().items())
        MODEL_FILE.write_text("{\n" + parts + "\n}\n", encoding="utf-8")
        print(f"skrev {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
