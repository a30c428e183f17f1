"""The hand-written benchmarks: frozen, blind to the training vocabulary, scored honestly."""
import json

import numpy as np
import pytest

from t2sa_lib.data import natural
from t2sa_lib.metrics import (cluster_bootstrap_ci, outside_distance, region_judgments,
                              score_regions)
from t2sa_lib.params import RANGES
from t2sa_lib.paths import DATA

FILES = [(name, half) for name in natural.BENCHMARKS for half in natural.HALVES]


@pytest.mark.parametrize("name, half", FILES)
def test_benchmark_files_are_frozen(name, half):
    path = natural.path_of(name, half)
    assert natural.frozen_hashes()[path.name] == natural.sha256_of(path)


def test_freeze_refuses_to_change_a_frozen_file(tmp_path, monkeypatch):
    monkeypatch.setattr(natural, "HASH_FILE", tmp_path / "hashes.json")
    monkeypatch.setattr(natural, "DATA", tmp_path)
    (tmp_path / "natural_dev.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    natural.freeze("natural", "dev")
    (tmp_path / "natural_dev.jsonl").write_text('{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="frozen"):
        natural.freeze("natural", "dev")


def test_no_test_sentence_uses_only_training_words():
    train = [json.loads(line) for line in open(DATA / "text2spatial_v4_train.jsonl",
                                              encoding="utf-8")]
    vocab = natural.training_vocabulary(train)
    for item in natural.load("natural", "test"):
        assert natural.content_words(item["text"]) - vocab, item["id"]


@pytest.mark.parametrize("name, half", FILES)
def test_labels_are_regions_inside_the_schema(name, half):
    for item in natural.load(name, half):
        assert item["lang"] in ("ko", "en") and item["tags"]
        for labels in ([s["labels"] for s in item["sources"]] if name == "scenes"
                       else [item["labels"]]):
            for attr, region in labels.items():
                if attr == "motion":
                    assert region["kind"] in ("static", "approach", "recede", "rotate",
                                              "pass-by", "path")
                    continue
                lo, hi = RANGES[attr]
                assert lo - 1e-6 <= region[0] <= hi + 1e-6 and lo - 1e-6 <= region[1] <= hi + 1e-6


def test_both_languages_and_every_phenomenon_are_in_the_test_half():
    items = natural.load("natural", "test")
    langs = {it["lang"] for it in items}
    tags = {t for it in items for t in it["tags"]}
    assert langs == {"ko", "en"}
    assert {"negation", "degree", "distractor", "body", "frame", "number", "world",
            "motion"} <= tags


def test_azimuth_regions_wrap_through_behind():
    assert outside_distance("az_deg", 179.0, [150, -150]) == 0.0
    assert outside_distance("az_deg", -170.0, [150, -150]) == 0.0
    assert outside_distance("az_deg", 100.0, [150, -150]) == pytest.approx(50.0)
    assert outside_distance("dist_m", 1.0, [3, 6]) == pytest.approx(2.0)


def test_scoring_counts_each_labelled_attribute():
    items = [{"id": "a", "lang": "en", "tags": ["plain"], "cluster": "a",
              "labels": {"az_deg": [65, 115], "dist_m": [3, 6], "motion": {"kind": "static"}}}]
    pred = [{"az_deg": 90.0, "dist_m": 1.0, "motion": {"kind": "static"}}]
    rows = region_judgments(pred, items)
    assert [(r["attr"], r["hit"]) for r in rows] == [("az_deg", True), ("dist_m", False),
                                                     ("motion", True)]
    s = score_regions(pred, items, n_boot=50)
    assert s["overall"]["hit_rate"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("motion, label, hit", [
    # an approach without an end azimuth keeps its direction
    ({"kind": "approach"}, {"kind": "approach", "end_az_deg": [-115, -65]}, True),
    ({"kind": "approach"}, {"kind": "approach", "end_az_deg": [65, 115]}, False),
    ({"kind": "recede", "end_az_deg": 90.0}, {"kind": "recede", "end_az_deg": [65, 115]}, True),
    # a rotation ends rotate_deg on from where it starts
    ({"kind": "rotate", "rotate_deg": 360.0}, {"kind": "rotate", "end_az_deg": [-100, -80]}, True),
    ({"kind": "rotate", "rotate_deg": 90.0}, {"kind": "rotate", "end_az_deg": [-100, -80]}, False),
])
def test_a_motion_ends_where_its_own_definition_puts_it(motion, label, hit):
    items = [{"id": "a", "lang": "en", "tags": ["motion"], "cluster": "a", "labels": {"motion": label}}]
    assert region_judgments([{"az_deg": -90.0, "motion": motion}], items)[0]["hit"] is hit


def test_cluster_bootstrap_is_wider_than_item_bootstrap_for_clustered_data():
    rng = np.random.default_rng(0)
    cluster_means = rng.uniform(0, 1, 10)
    values = np.repeat(cluster_means, 20) + rng.normal(0, 0.01, 200)
    clusters = np.repeat(np.arange(10), 20)
    lo_c, hi_c = cluster_bootstrap_ci(values, clusters)
    lo_i, hi_i = cluster_bootstrap_ci(values, np.arange(200))
    assert hi_c - lo_c > 2 * (hi_i - lo_i)
