"""The hand-written natural benchmarks: descriptions as people write them, frozen.

``data/natural_{dev,test}.jsonl`` hold single-source descriptions written by
hand (Korean and English, in the voices of sound-design notes, game briefs,
screenplays, radio notes and casual speech) and labelled, by someone other than
their writer, with a region for every attribute the words state
(:mod:`t2sa_lib.metrics`, ``score_regions``). ``data/scenes_{dev,test}.jsonl``
hold multi-source scene descriptions labelled per source. ``*_dev2.jsonl`` to
``*_dev60.jsonl`` are further development sets, each written and labelled the same
way by fresh helpers after the sets before it had been tuned on (dev3, dev4 and
dev6 weighted towards body, frame, degree and negation wording, later scenes
towards varied sentence shapes and writers; dev7 with the test half's general tag
mix, scored blind, then tuned on; dev8, dev9, dev11 and dev12 the same, dev12 weighted
towards body, frame, negation and scene shapes; dev13 scored blind once, then
tuned on; dev14 weighted towards scenes, dev15 towards body, height, loudness and
negation wording, dev16 towards scenes again, each scored blind once, then tuned
on; dev18 and dev21 the general mix and dev23 and dev24 weighted towards height,
loudness and frames, each scored blind once, then tuned on; dev25, dev26 and dev27
weighted towards scenes, each scored blind once, then tuned on; dev17 and dev19 kept
blind until four of their texts were seen by accident, then tuned on (so were dev34,
dev36, dev38, dev42 and dev48, seven of whose texts a regression check showed); dev29 and
dev30 the general mix, each scored blind once, then tuned on; dev31 the general mix, scored
blind once with two layers, then tuned on; dev32 and dev33 the general mix, each scored
blind once, then tuned on; dev35, dev37, dev39, dev41, dev43, dev45, dev47, dev49,
dev51, dev53, dev55, dev57 and dev59 the general mix, each scored blind once, then tuned on;
dev10, dev20, dev22, dev28, dev40, dev44, dev46, dev50, dev52, dev54, dev56, dev58 and dev60
(the general mix) kept blind; from dev61 on, fresh pairs, the odd half scored blind once and
then tuned on, the even half kept blind): the check that a change generalises before the test
half is scored.

The halves are split by cluster (items sharing a phrase stay together),
balanced over language and first tag, and frozen: their sha256 is recorded in
``results/benchmark_hashes.json`` and checked by the tests. The test half only
scores reported results; nothing is chosen on it.
"""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from ..paths import DATA, RESULTS

BENCHMARKS = ("natural", "scenes")
HALVES = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
          "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
          "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30",
          "dev31", "dev32", "dev33", "dev34", "dev35", "dev36",
          "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44",
          "dev45", "dev46", "dev47", "dev48", "dev49", "dev50",
          "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58",
          "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68",
          "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77",
          "dev78", "dev79", "dev80", "test")
#: Dev halves scored but never tuned on: fresh writers' sentences, like the test half's.
BLIND_HALVES = ("dev10", "dev20", "dev22", "dev28", "dev40", "dev44", "dev46", "dev50",
                "dev52", "dev54", "dev56", "dev58", "dev60", "dev62", "dev64", "dev66", "dev68",
                "dev70", "dev72", "dev74", "dev76", "dev78",
                "dev80")
HASH_FILE = RESULTS / "benchmark_hashes.json"
_STOP = {"the", "a", "an", "to", "of", "in", "on", "at", "my", "me", "it", "is", "and", "i",
         "from", "with", "for", "be", "like", "this", "that", "so", "just", "please", "its",
         "you", "your", "by", "s", "but", "as", "up", "or", "than"}


def path_of(name: str, half: str) -> Path:
    """``data/<name>_<half>.jsonl`` for a benchmark name and a half of :data:`HALVES`."""
    if name not in BENCHMARKS or half not in HALVES:
        raise ValueError(f"unknown benchmark {name!r} / half {half!r}: names {BENCHMARKS}, "
                         f"halves {HALVES}")
    return DATA / f"{name}_{half}.jsonl"


def load(name: str, half: str) -> list[dict]:
    """The items of one frozen half, in file order."""
    from ..files import iter_jsonl

    return [obj for _, obj in iter_jsonl(path_of(name, half))]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def split_by_cluster(items: list[dict], seed: int = 0) -> tuple[list[dict], list[dict]]:
    """Dev and test halves: whole clusters, alternated within (language, first tag) strata.

    Deterministic for a seed; items keep their input order inside each half.
    """
    clusters: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        clusters.setdefault(it.get("cluster", it["id"]), []).append(i)
    strata: dict[tuple, list[str]] = {}
    for key, members in clusters.items():
        first = items[members[0]]
        strata.setdefault((first["lang"], first["tags"][0]), []).append(key)
    rng = random.Random(seed)
    test_ids: set[int] = set()
    flip = 0
    for stratum in sorted(strata):
        keys = sorted(strata[stratum])
        rng.shuffle(keys)
        for k in keys:
            if flip % 2:
                test_ids.update(clusters[k])
            flip += 1
    dev = [it for i, it in enumerate(items) if i not in test_ids]
    test = [it for i, it in enumerate(items) if i in test_ids]
    return dev, test


def content_words(text: str) -> set[str]:
    """Lower-case word tokens of ``text`` other than stop words and numbers."""
    words = set(re.findall(r"[a-z가-힣]+", text.lower()))
    return {w for w in words if w not in _STOP}


def training_vocabulary(records: list[dict]) -> set[str]:
    """Every word token of the training sentences."""
    vocab: set[str] = set()
    for r in records:
        vocab |= set(re.findall(r"[a-z가-힣]+", r["text"].lower()))
    return vocab


def frozen_hashes() -> dict[str, str]:
    """The recorded sha256 of every frozen benchmark file (``results/benchmark_hashes.json``)."""
    import json

    return json.loads(HASH_FILE.read_text(encoding="utf-8")) if HASH_FILE.exists() else {}


def freeze(name: str, half: str) -> str:
    """Record the sha256 of one benchmark half; refuse to change an already frozen one."""
    from ..files import atomic_write_json

    path = path_of(name, half)
    digest = sha256_of(path)
    hashes = frozen_hashes()
    key = path.name
    if key in hashes and hashes[key] != digest:
        raise ValueError(f"{path} is frozen (sha256 {hashes[key][:12]}...) and has changed; "
                         f"write a new benchmark instead of editing a frozen one")
    hashes[key] = digest
    atomic_write_json(HASH_FILE, dict(sorted(hashes.items())))
    return digest
