"""Bilingual sentence generator with region-sampled labels, and the paper preset.

A *spec* says which region each aspect of a sentence names (e.g. azimuth
"front-right", distance "far", motion "approach") or which exact number it
states. :func:`render_spec` turns a spec into a Korean or English sentence
(random wording and order) and :func:`sample_labels` draws the labels inside
the named regions. Unnamed aspects fall back to :data:`lexicon.DEFAULTS`.

Under ``room_mode="drr"`` the direct-to-reverberant ratio follows wetness and
distance: ``drr = 18 - 26 * wet - 3 * log2(dist) + u``, ``u ~ U(-1.5, 1.5)`` dB,
clipped to the allowed range (wetter or farther -> lower DRR).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..angles import az_to_sector, clock_to_az_deg
from ..params import RANGES, Motion, SpatialParams, wrap_deg
from . import lexicon as L

ASPECTS = ("el", "dist", "spread", "wet", "gain")
PAPER_SIZES = {"train": 1092, "valid": 136, "test": 138}
#: The three splits, in the order they are written.
SPLITS = tuple(PAPER_SIZES)
MOTIONS = ("approach", "recede", "rotate-cw", "rotate-ccw", "pass-lr", "pass-rl")


@dataclass
class Spec:
    """What a sentence says: region keys per aspect, exact numbers, motion."""

    az: str | None = None                 # an AZ_REGIONS key
    regions: dict = field(default_factory=dict)   # aspect -> region key
    motion: str | None = None             # a MOTIONS key
    az_num: float | None = None           # exact azimuth stated (deg, ours)
    az_num_form: str | None = None        # "deg" or "clock"
    el_num: float | None = None
    dist_num: float | None = None

    def to_dict(self) -> dict:
        d = {"az": self.az, "regions": dict(self.regions), "motion": self.motion}
        for k in ("az_num", "az_num_form", "el_num", "dist_num"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Spec":
        return cls(d.get("az"), dict(d.get("regions", {})), d.get("motion"), d.get("az_num"),
                   d.get("az_num_form"), d.get("el_num"), d.get("dist_num"))

    @property
    def numeric(self) -> bool:
        return any(v is not None for v in (self.az_num, self.el_num, self.dist_num))


# ------------------------------------------------------------------ numeric wording
def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def numeric_direction_phrase(spec: Spec, lang: str, rng) -> str:
    az = spec.az_num
    if spec.az_num_form == "clock":
        hour = int(round(az / 30.0)) % 12 or 12
        if lang == "en":
            return str(rng.choice([f"at {hour} o'clock", f"from {hour} o'clock",
                                   f"at the {hour} o'clock position"]))
        return str(rng.choice([f"{hour}시 방향에서", f"{hour}시 방향 쪽에서"]))
    mag = abs(az)
    if lang == "en":
        if az == 0:
            return "at 0 degrees"
        side = "right" if az > 0 else "left"
        return str(rng.choice([f"{_fmt_num(mag)} degrees to the {side}",
                               f"{_fmt_num(mag)} degrees {side} of center",
                               f"at {_fmt_num(mag)} degrees on the {side}"]))
    if az == 0:
        return "정면 0도에서"
    side = "오른쪽" if az > 0 else "왼쪽"
    return str(rng.choice([f"{side}으로 {_fmt_num(mag)}도", f"{side} {_fmt_num(mag)}도 방향에서",
                           f"정면 기준 {side}으로 {_fmt_num(mag)}도"]))


def numeric_elevation_phrase(el: float, lang: str, rng) -> str:
    mag = _fmt_num(abs(el))
    if lang == "en":
        return (str(rng.choice([f"{mag} degrees up", f"at an elevation of {mag} degrees"]))
                if el >= 0 else f"{mag} degrees below ear level")
    return (str(rng.choice([f"위로 {mag}도", f"{mag}도 높이에서"])) if el >= 0
            else f"아래로 {mag}도")


def numeric_distance_phrase(d: float, lang: str, rng) -> str:
    n = _fmt_num(d)
    if lang == "en":
        return str(rng.choice([f"{n} meters away", f"{n} m away", f"at a distance of {n} meters"]))
    return str(rng.choice([f"{n}미터 떨어져서", f"{n}m 거리에서", f"{n}미터 거리에서"]))


# ------------------------------------------------------------------ sentences
def _phrase(lang: str, aspect: str, key: str, rng) -> str:
    return str(rng.choice(L.PHRASES[lang][aspect][key]))


def render_spec(spec: Spec, lang: str, rng, subjects: list[str] | None = None,
                az_phrases: dict[str, list[str]] | None = None) -> str:
    """A sentence in ``lang`` that says exactly what ``spec`` says (random wording).

    The sound source is drawn from ``subjects`` (default: the lexicon's for ``lang``),
    the direction phrase from ``az_phrases`` (region key -> phrases; default: the
    lexicon's for ``lang``).
    """
    parts = []
    if spec.az_num is not None:
        parts.append(numeric_direction_phrase(spec, lang, rng))
    elif spec.az is not None:
        table = az_phrases or L.PHRASES[lang]["az"]
        parts.append(str(rng.choice(table[spec.az])))
    if spec.el_num is not None:
        parts.append(numeric_elevation_phrase(spec.el_num, lang, rng))
    if spec.dist_num is not None:
        parts.append(numeric_distance_phrase(spec.dist_num, lang, rng))
    for aspect in ASPECTS:
        if aspect in spec.regions:
            parts.append(_phrase(lang, aspect, spec.regions[aspect], rng))
    # Direction first most of the time, as people tend to say it; otherwise shuffled.
    if len(parts) > 1 and rng.random() < 0.4:
        head, tail = parts[0], parts[1:]
        rng.shuffle(tail)
        parts = tail[:1] + [head] + tail[1:] if rng.random() < 0.5 else [head] + tail
    subj = str(rng.choice(subjects or L.SUBJECTS[lang]))
    if spec.motion:
        verb = str(rng.choice(L.MOTION_PHRASES[lang][spec.motion]))
    else:
        verb = str(rng.choice(L.STATIC_VERBS[lang]))
    if lang == "ko":
        return " ".join(parts + [subj, verb]).strip()
    clause = f"{subj} {verb}"
    clause = clause[0].upper() + clause[1:]
    if not parts:
        return clause + "."
    if len(parts) == 1:
        return f"{clause} {parts[0]}."
    return f"{clause} {', '.join(parts[:-1])} and {parts[-1]}."


def _uniform(rng, lo, hi) -> float:
    return float(rng.uniform(lo, hi))


def sample_labels(spec: Spec, rng, room_mode: str = "drr") -> tuple[SpatialParams, dict]:
    """Draw labels inside the regions of ``spec``; return params and oracle tags."""
    tags: dict = {"numeric": spec.numeric}
    if spec.az_num is not None:
        az, tags["az_center_deg"], tags["az_halfwidth_deg"] = spec.az_num, spec.az_num, 0.0
    elif spec.motion in ("pass-lr", "pass-rl"):
        az = -90.0 if spec.motion == "pass-lr" else 90.0
        az += _uniform(rng, -10, 10)
        tags["az_center_deg"], tags["az_halfwidth_deg"] = (-90.0 if spec.motion == "pass-lr"
                                                           else 90.0), 10.0
    else:
        c, hw = L.AZ_REGIONS[spec.az]
        az = wrap_deg(c + _uniform(rng, -hw, hw))
        tags["az_center_deg"], tags["az_halfwidth_deg"] = c, hw
    values, centers = {}, {}
    for aspect in ASPECTS:
        key = spec.regions.get(aspect)
        lo, hi = L.REGIONS[aspect][key] if key else L.DEFAULTS[aspect]
        if aspect == "dist":
            values[aspect] = float(math.exp(rng.uniform(math.log(lo), math.log(hi))))
            centers[aspect] = math.sqrt(lo * hi)
        else:
            values[aspect] = _uniform(rng, lo, hi)
            centers[aspect] = (lo + hi) / 2
    if spec.el_num is not None:
        values["el"] = centers["el"] = float(spec.el_num)
    if spec.dist_num is not None:
        values["dist"] = centers["dist"] = float(spec.dist_num)
    motion = None
    if spec.motion == "approach":
        if "dist" not in spec.regions and spec.dist_num is None:
            values["dist"] = float(rng.uniform(3.0, 5.0))
            centers["dist"] = math.sqrt(15.0)
        motion = Motion("approach", end_dist_m=round(float(rng.uniform(0.6, 1.0)), 2))
    elif spec.motion == "recede":
        if "dist" not in spec.regions and spec.dist_num is None:
            values["dist"] = float(rng.uniform(0.7, 1.5))
            centers["dist"] = math.sqrt(0.7 * 1.5)
        motion = Motion("recede", end_dist_m=round(float(rng.uniform(4.0, 6.0)), 2))
    elif spec.motion in ("rotate-cw", "rotate-ccw"):
        motion = Motion("rotate", rotate_deg=360.0 if spec.motion == "rotate-cw" else -360.0)
    elif spec.motion in ("pass-lr", "pass-rl"):
        motion = Motion("pass-by", end_az_deg=round(-az, 2))
    drr_center = 18 - 26 * centers["wet"] - 3 * math.log2(centers["dist"])
    if room_mode == "drr":
        drr = 18 - 26 * values["wet"] - 3 * math.log2(values["dist"]) + _uniform(rng, -1.5, 1.5)
    else:  # "independent": DRR drawn without regard to the words
        drr = _uniform(rng, *RANGES["drr_db"])
    lo, hi = RANGES["drr_db"]
    p = SpatialParams(az_deg=az, el_deg=values["el"], dist_m=values["dist"],
                      spread_deg=values["spread"], wet_mix=values["wet"],
                      drr_db=min(hi, max(lo, drr)), gain_db=values["gain"], motion=motion)
    tags.update(el_center_deg=centers["el"], dist_center_m=round(centers["dist"], 4),
                spread_center_deg=centers["spread"], wet_center=centers["wet"],
                gain_center_db=centers["gain"],
                drr_center_db=round(min(hi, max(lo, drr_center)), 4))
    return p, tags


def random_spec(rng, numeric_share: float = 0.15, motion_share: float = 0.2) -> Spec:
    """A spec naming a direction and 0-4 other aspects (or exact numbers)."""
    spec = Spec()
    if rng.random() < numeric_share:
        if rng.random() < 0.5:
            spec.az_num_form = "clock"
            spec.az_num = clock_to_az_deg(float(rng.choice(np.arange(1, 13))))
        else:
            spec.az_num = float(rng.choice([-1, 1]) * rng.choice([0, 10, 15, 20, 30, 40, 45, 60,
                                                                    70, 75, 90, 110, 120, 135,
                                                                    150, 160, 170]))
            spec.az_num, spec.az_num_form = wrap_deg(spec.az_num), "deg"
        if rng.random() < 0.3:
            spec.el_num = float(rng.choice([-20, -10, 10, 15, 20, 30, 45]))
        if rng.random() < 0.4:
            spec.dist_num = float(rng.choice([0.8, 1, 1.5, 2, 2.5, 3, 4, 5, 6]))
    else:
        spec.az = str(rng.choice(list(L.AZ_REGIONS), p=_AZ_WEIGHTS))
    n_aspects = int(rng.choice([0, 1, 2, 3, 4], p=[0.1, 0.3, 0.3, 0.2, 0.1]))
    for aspect in rng.permutation(ASPECTS)[:n_aspects]:
        if aspect == "el" and spec.el_num is not None or aspect == "dist" and spec.dist_num is not None:
            continue
        spec.regions[str(aspect)] = str(rng.choice(list(L.REGIONS[str(aspect)])))
    if rng.random() < motion_share and not spec.numeric:
        spec.motion = str(rng.choice(MOTIONS))
        if spec.motion.startswith("pass"):
            spec.az = None
        if spec.motion in ("approach", "recede"):
            spec.regions.pop("dist", None)
    return spec


# The 8 sectors carry most of the data; the finer "slightly" regions are rarer.
_AZ_WEIGHTS = np.array([1.0] * 8 + [0.35, 0.35])
_AZ_WEIGHTS = _AZ_WEIGHTS / _AZ_WEIGHTS.sum()


def make_record(spec: Spec, lang: str, rng, room_mode: str = "drr") -> dict:
    text = render_spec(spec, lang, rng)
    p, tags = sample_labels(spec, rng, room_mode)
    tags["sector"] = az_to_sector(p.az_deg if spec.az_num is not None or spec.az is None
                               else tags["az_center_deg"])
    tags["spec"] = spec.to_dict()
    return {"text": text, "lang": lang, **p.to_record(), "tags": tags}


def generate(n_specs: int, seed: int = 0, ko_mult: int = 1, en_mult: int = 1,
             room_mode: str = "drr") -> list[dict]:
    """``n_specs`` specs, each written ``ko_mult`` times in Korean and ``en_mult`` in English.

    Each written sentence gets its own label sample inside the spec's regions.
    """
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n_specs):
        spec = random_spec(rng)
        for lang, mult in (("ko", ko_mult), ("en", en_mult)):
            for _ in range(mult):
                out.append(make_record(spec, lang, rng, room_mode))
    return out


def _even_split_labels(n: int, sizes: dict[str, int]) -> list[str]:
    """``n`` split names with exact counts, spread evenly along the list."""
    labels = []
    acc = {k: 0 for k in sizes}
    for i in range(n):
        # pick the split most behind its proportional share at position i
        k = max(sizes, key=lambda s: (sizes[s] * (i + 1) / n - acc[s], -list(sizes).index(s)))
        acc[k] += 1
        labels.append(k)
    return labels


def paper_splits(seed: int = 0, ko_mult: int = 1, en_mult: int = 1, room_mode: str = "drr",
                 sizes: dict[str, int] = PAPER_SIZES) -> dict[str, list[dict]]:
    """The ``paper`` preset: exactly 1092 / 136 / 138 records, disjoint sentences.

    Sentences are generated, de-duplicated by text, then ordered by (sector,
    language) and assigned to splits evenly along that order, so every split is
    stratified by azimuth sector and language.
    """
    total = sum(sizes.values())
    rng = np.random.default_rng(seed)
    pool, seen = [], set()
    n_specs = total // max(1, ko_mult + en_mult) + 64
    while len(pool) < total:
        for rec in generate(n_specs, int(rng.integers(2**31)), ko_mult, en_mult, room_mode):
            if rec["text"] not in seen:
                seen.add(rec["text"])
                pool.append(rec)
    order = rng.permutation(len(pool))[:total]
    chosen = [pool[i] for i in order]
    chosen.sort(key=lambda r: (L.SECTORS.index(r["tags"]["sector"]), r["lang"]))
    splits: dict[str, list[dict]] = {k: [] for k in sizes}
    for rec, name in zip(chosen, _even_split_labels(total, sizes)):
        splits[name].append(rec)
    for name in splits:
        perm = rng.permutation(len(splits[name]))
        splits[name] = [splits[name][i] for i in perm]
    return splits


def split_filename(name: str) -> str:
    """The file of a split under ``data/`` (the paper's v4 naming)."""
    return f"text2spatial_v4_{name}.jsonl"
