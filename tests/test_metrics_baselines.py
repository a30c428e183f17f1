import math

import numpy as np
import pytest

from t2sa_lib.eval.baselines import KeywordRules, PrototypeZeroShot
from t2sa_lib.files import read_records
from t2sa_lib.metrics import (angular_error_deg, bootstrap_ci, evaluate,
                              front_back_confusion_rate, great_circle_error_deg,
                              paired_difference, sector_index)
from t2sa_lib.report import paired_verdict
from t2sa_lib.params import SpatialParams, az_sc_to_deg
from t2sa_lib.paths import DATA


def rec(az, el=0.0, dist=1.0, gain=0.0, lang="en"):
    return {"text": "x", "lang": lang, **SpatialParams(az_deg=az, el_deg=el, dist_m=dist,
                                                       gain_db=gain).to_record()}


def test_angular_error_wraps():
    assert angular_error_deg(179.0, -179.0) == pytest.approx(2.0)
    assert angular_error_deg(-90.0, 90.0) == pytest.approx(180.0)
    np.testing.assert_allclose(angular_error_deg([0, 350], [10, 10]), [10, 20])


def test_great_circle_error_uses_elevation():
    assert great_circle_error_deg(0, 90, 180, 90) == pytest.approx(0.0, abs=1e-6)  # both overhead
    assert great_circle_error_deg(0, 0, 0, 30) == pytest.approx(30.0)


def test_front_back_confusion_ignores_the_interaural_axis():
    assert front_back_confusion_rate([170.0], [10.0]) == 1.0
    assert front_back_confusion_rate([95.0], [10.0]) == 0.0       # near the axis: not counted
    assert math.isnan(front_back_confusion_rate([0.0], [90.0]))   # true on the axis: ineligible


def test_sectors():
    assert list(sector_index([0, 44, 46, 90, 180, -90, -45])) == [0, 1, 1, 2, 4, 6, 7]


def test_evaluate_known_errors_and_ci():
    true = [rec(0, dist=1.0, gain=0.0), rec(90, dist=2.0, gain=-6.0, lang="ko")]
    pred = [rec(10, dist=math.e, gain=3.0), rec(60, dist=2.0, gain=-6.0)]
    m = evaluate(pred, true, n_boot=500)
    assert m["AE"] == pytest.approx(20.0, abs=1e-3)
    assert m["dlog"] == pytest.approx(0.5, abs=1e-3)
    assert m["gain"] == pytest.approx(1.5, abs=1e-3)
    lo, hi = m["ci95"]["AE"]
    assert lo <= m["AE"] <= hi
    assert set(m["by_lang"]) == {"en", "ko"} and m["by_lang"]["ko"]["AE"] == pytest.approx(30, abs=1e-3)
    with pytest.raises(ValueError, match="predictions"):
        evaluate(pred[:1], true)


def test_bootstrap_is_seeded():
    v = np.arange(20.0)
    assert bootstrap_ci(v, 300, seed=1) == bootstrap_ci(v, 300, seed=1)


def test_paired_difference_keeps_shared_errors_out_of_the_interval():
    rng = np.random.default_rng(0)
    shared = rng.uniform(0, 170, 200)              # sentences both systems get (badly) wrong
    d = paired_difference(shared + 1.0, shared, n_boot=500)
    assert d["mean"] == pytest.approx(1.0) and d["ci95"] == pytest.approx([1.0, 1.0])
    assert paired_verdict(d) == "worse"
    assert paired_verdict(paired_difference(shared - 0.5, shared)) == "better"
    noisy = paired_difference(shared + rng.normal(0, 5, 200), shared, n_boot=500)
    lo, hi = noisy["ci95"]
    assert lo < 0 < hi and paired_verdict(noisy) == "tie"
    # unpaired intervals of the two systems overlap almost entirely; the paired one does not
    assert bootstrap_ci(shared + 1.0, 500)[0] < bootstrap_ci(shared, 500)[1]
    with pytest.raises(ValueError, match="paired"):
        paired_difference(shared, shared[:10])


@pytest.fixture(scope="module")
def train():
    return read_records(DATA / "text2spatial_v4_train.jsonl")


@pytest.mark.parametrize("text,az", [("a dog barks behind me on the left", -135),
                                     ("오른쪽에서 종이 울려", 90), ("straight ahead", 0),
                                     ("at 4 o'clock", 120), ("왼쪽 30도", -30)])
def test_keyword_rules(train, text, az):
    out = KeywordRules(train).predict([text])[0]
    assert az_sc_to_deg(out["az_sc"]) == pytest.approx(az, abs=0.5)


def test_keyword_rules_scalar_words(train):
    rules = KeywordRules(train)
    far, near = rules.predict(["far away on the right", "close on the right"])
    assert far["dist_m"] > 3 > near["dist_m"]


class _ToyEncoder:
    """Bag of two words: 'left' and 'right' (a stand-in for a sentence encoder)."""
    name = "toy"

    def encode(self, texts):
        v = np.array([[("left" in t or "왼" in t), ("right" in t or "오른" in t), 0.1]
                      for t in texts], float)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_zero_shot_prototypes_follow_similarity(train):
    zs = PrototypeZeroShot(_ToyEncoder(), train)
    left, right = zs.predict(["the left one", "the right one"])
    assert az_sc_to_deg(left["az_sc"]) < -45 and az_sc_to_deg(right["az_sc"]) > 45
