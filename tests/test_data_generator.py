import hashlib
import math

import pytest

from t2sa_lib.data import (PAPER_SIZES, ambiguity_floor, augment, build_ood_sets,
                           coverage_table, load_split, paper_splits, parse_labels, write_dataset)
from t2sa_lib.data import lexicon as L
from t2sa_lib.angles import az_to_sector, clock_to_az_deg
from t2sa_lib.data.parse import spec_labels
from t2sa_lib.files import validate_record
from t2sa_lib.params import az_sc_to_deg, wrap_deg
from t2sa_lib.paths import DATA


@pytest.fixture(scope="module")
def splits():
    return paper_splits(seed=0)


def digest(folder):
    """sha256 of every generated JSONL file (the hand-written benchmarks are not generated)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.jsonl"))
            if not p.name.startswith(("natural_", "scenes_"))}


def test_same_seed_same_bytes_other_seed_differs(tmp_path):
    write_dataset(tmp_path / "a", seed=0)
    write_dataset(tmp_path / "b", seed=0)
    write_dataset(tmp_path / "c", seed=1, ood=False)
    a, b, c = digest(tmp_path / "a"), digest(tmp_path / "b"), digest(tmp_path / "c")
    assert a == b and len(a) == 7
    assert a["text2spatial_v4_train.jsonl"] != c["text2spatial_v4_train.jsonl"]


def test_committed_data_is_what_seed_0_generates(tmp_path):
    write_dataset(tmp_path, seed=0)
    assert digest(tmp_path) == digest(DATA)


def test_paper_sizes_disjoint_and_stratified(splits):
    assert {k: len(v) for k, v in splits.items()} == PAPER_SIZES == {"train": 1092, "valid": 136,
                                                                      "test": 138}
    texts = {k: {r["text"] for r in v} for k, v in splits.items()}
    assert sum(len(t) for t in texts.values()) == 1366          # distinct within splits too
    assert not (texts["train"] & texts["test"] or texts["train"] & texts["valid"]
                or texts["valid"] & texts["test"])
    for name, recs in splits.items():
        for sector in L.SECTORS:
            for lang in ("ko", "en"):
                assert any(r["tags"]["sector"] == sector and r["lang"] == lang for r in recs), \
                    (name, sector, lang)
    share_ko = sum(r["lang"] == "ko" for r in splits["train"]) / 1092
    assert 0.4 < share_ko < 0.6


def test_every_record_validates_and_agrees_with_its_words(splits):
    for name, recs in splits.items():
        for i, r in enumerate(recs):
            p = validate_record(r, f"{name}:{i}")
            got = {k: v for k, v in parse_labels(r["text"], r["lang"]).items() if k != "numbers"}
            assert got == spec_labels(r["tags"]["spec"]), r["text"]
            spec = r["tags"]["spec"]
            if spec["az"] and not r.get("motion", {}).get("kind") == "pass-by":
                c, hw = L.AZ_REGIONS[spec["az"]]
                assert abs(wrap_deg(p.az_deg - c)) <= hw + 0.01, r["text"]
            if spec.get("az_num") is not None:
                assert p.az_deg == pytest.approx(spec["az_num"], abs=0.01)


def test_left_words_mean_negative_azimuth(splits):
    for r in splits["train"]:
        key = r["tags"]["spec"]["az"]
        if key in ("left", "front-left", "back-left", "slightly-left"):
            assert az_sc_to_deg(r["az_sc"]) < 0, r["text"]
        if key in ("right", "front-right", "back-right", "slightly-right"):
            assert az_sc_to_deg(r["az_sc"]) > 0, r["text"]


def test_wetter_means_lower_drr(splits):
    dry = [r["room_depth"]["drr_db"] for r in splits["train"]
           if r["tags"]["spec"]["regions"].get("wet") == "dry"]
    wet = [r["room_depth"]["drr_db"] for r in splits["train"]
           if r["tags"]["spec"]["regions"].get("wet") == "drowned"]
    assert min(dry) > max(wet) - 6 and sum(dry) / len(dry) > sum(wet) / len(wet) + 12


def test_clock_face():
    assert [clock_to_az_deg(h) for h in (12, 3, 6, 9, 1)] == [0, 90, 180, -90, 30]
    assert [az_to_sector(a) for a in (0, 90, -90, 180, -135, 44)] == [
        "front", "right", "left", "back", "back-left", "front-right"]


def test_augmentation_never_changes_meaning(splits):
    base = splits["train"][:200]
    aug = augment(base, multiplier=3, seed=5)
    assert len(aug) > 450
    new = [r for r in aug if r["tags"].get("augmented")]
    assert len({r["text"] for r in aug}) == len(aug)
    for r in new:
        got = {k: v for k, v in parse_labels(r["text"], r["lang"]).items() if k != "numbers"}
        assert got == spec_labels(r["tags"]["spec"]), r["text"]
    extra = [p for lang in L.EXTRA_AZ for ps in L.EXTRA_AZ[lang].values() for p in ps]
    assert sum(any(p in r["text"] for p in extra) for r in new) > 0.2 * len(new)
    originals = {id(r) for r in base}
    assert all(id(r) in originals for r in aug[:200])


def test_direction_free_rewrites_are_labelled_front(splits):
    """A rewrite that names no direction has its azimuth in the front region (the default)."""
    aug = augment(splits["train"], multiplier=3, seed=2)
    new = [r for r in aug if r["tags"].get("augmented")]
    free = [r for r in new if r["tags"]["spec"]["az"] is None
            and r["tags"]["spec"].get("az_num") is None
            and not (r["tags"]["spec"]["motion"] or "").startswith("pass")]
    assert len(free) > 20
    for r in free:
        assert "az" not in parse_labels(r["text"], r["lang"]), r["text"]
        assert abs(wrap_deg(az_sc_to_deg(r["az_sc"]))) <= L.AZ_REGIONS["front"][1] + 1e-6
    long = [r for r in new if len(r["text"].split()) >= 20]
    assert len(long) > 0.1 * len(new)


def test_coverage_flags_a_removed_sector(splits):
    table, gaps = coverage_table(splits["train"])
    assert table.values.sum() == 1092
    trimmed = [r for r in splits["train"] if r["tags"]["sector"] != "back-left"]
    _, gaps2 = coverage_table(trimmed)
    assert any(g.startswith("back-left/ko") for g in gaps2)
    assert len(gaps2) > len(gaps)


def test_floor_on_a_hand_made_case():
    rec = {"az_sc": [math.sin(math.radians(50)), math.cos(math.radians(50))], "dist_m": 2.0,
           "spread_deg": 10, "wet_mix": 0.2, "gain_db": 1, "room_depth": {"drr_db": 5},
           "tags": {"az_center_deg": 45, "dist_center_m": 1.0, "spread_center_deg": 10,
                    "wet_center": 0.3, "gain_center_db": 0, "drr_center_db": 5}}
    f = ambiguity_floor([rec])
    assert f["AE"] == pytest.approx(5.0, abs=1e-3)
    assert f["dlog"] == pytest.approx(math.log(2), abs=1e-4)
    assert f["wet"] == pytest.approx(0.1) and f["gain"] == 1 and f["room"] == 0


STOP = {"the", "a", "an", "is", "and", "of", "my", "me", "i", "to", "in", "on", "at", "it", "be",
        "your", "from", "like", "just", "over", "by", "so", "that", "this", "with"}


def _content_words(text):
    import re

    return {w for w in re.findall(r"[\w']+", text.lower()) if w not in STOP and not w.isdigit()}


def test_ood_wording_is_held_out():
    train_vocab = set()
    for recs in paper_splits(seed=0).values():
        for r in recs:
            train_vocab |= _content_words(r["text"])
    sets = build_ood_sets(seed=0)
    assert {k: len(v) for k, v in sets.items()} == {"numeric": 200, "long": 200,
                                                    "metaphorical": 200, "paraphrased": 200}
    for name, recs in sets.items():
        assert {r["lang"] for r in recs} == {"ko", "en"}
        for r in recs:
            validate_record(r, name)
            assert not _content_words(r["text"]) <= train_vocab, (name, r["text"])
            if name == "long" and r["lang"] == "en":
                assert len(r["text"].split()) >= 25


def test_ood_files_match_builder():
    assert [r["text"] for r in load_split("ood_metaphorical")] == \
        [r["text"] for r in build_ood_sets(0)["metaphorical"]]


def _ood_and_dataset_words():
    ood, plain = set(), set()
    for recs in build_ood_sets(seed=0).values():
        for r in recs:
            ood |= _content_words(r["text"])
    for recs in paper_splits(seed=0).values():
        for r in recs:
            plain |= _content_words(r["text"])
    return ood, plain


def test_extra_subjects_share_no_word_with_the_ood_sets():
    """Augmentation's sound sources must not leak the OOD sets' wording."""
    from t2sa_lib.data.augment import EXTRA_SUBJECTS

    ood, plain = _ood_and_dataset_words()
    for lang in ("en", "ko"):
        assert len(EXTRA_SUBJECTS[lang]) >= 40
        for subject in EXTRA_SUBJECTS[lang]:
            new_words = _content_words(subject) - plain
            assert new_words, subject
            assert not new_words & ood, (subject, new_words & ood)


def test_extra_direction_phrases_are_new_and_share_no_new_word_with_the_ood_sets():
    """Augmentation's extra direction phrases: unseen in the dataset, no OOD word added."""
    from t2sa_lib.data.ood import METAPHORS, PARAPHRASES

    ood, plain = _ood_and_dataset_words()
    for lang in ("en", "ko"):
        held_out = [row[0] for row in METAPHORS[lang] + PARAPHRASES[lang]]
        assert set(L.EXTRA_AZ[lang]) == set(L.PHRASES[lang]["az"])
        for key, phrases in L.EXTRA_AZ[lang].items():
            for p in phrases:
                assert p not in L.PHRASES[lang]["az"][key], p
                assert not _content_words(p) - plain & ood, (p, _content_words(p) - plain & ood)
                assert not any(p in h for h in held_out), p
