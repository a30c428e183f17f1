"""Labels as network targets and back: normalisation, azimuth bins, motion classes.

The regression target of a record is the vector :data:`TARGETS`:
``az_sin, az_cos`` (unit vector, 0 front, +90 right), ``el`` (deg), ``ln_dist``
(ln metres), ``spread`` (deg), ``wet``, ``gain`` (dB), ``drr`` (dB). All but the
azimuth pair are standardised with the training set's mean and standard
deviation (:class:`LabelNorm`, stored in the checkpoint).

Azimuth bins: ``n`` equal bins centred on ``0, 360/n, ...`` degrees clockwise
from the front; 12 fine bins (30 deg) and 4 coarse sectors (front, right, back,
left).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..params import MOTION_KINDS, RANGES, Motion, SpatialParams, az_sc_to_deg, wrap_deg

TARGETS = ("az_sin", "az_cos", "el", "ln_dist", "spread", "wet", "gain", "drr")
FINE_BINS = 12
COARSE_BINS = 4
#: Rotation direction classes of the ``rotate`` motion (positive = clockwise).
ROTATE_SIGNS = (-1.0, 1.0)


def record_targets(records: list[dict]) -> np.ndarray:
    """Raw targets (n, 8) in the order of :data:`TARGETS` (units in the module docstring)."""
    out = np.empty((len(records), len(TARGETS)), dtype=np.float32)
    for i, r in enumerate(records):
        s, c = r["az_sc"]
        n = math.hypot(s, c)
        out[i] = (s / n, c / n, math.degrees(r["el_rad"]), math.log(r["dist_m"]),
                  r["spread_deg"], r["wet_mix"], r["gain_db"], r["room_depth"]["drr_db"])
    return out


#: ``tags`` keys of the region centres, in the order of :data:`TARGETS` after the azimuth.
_CENTRE_TAGS = ("el_center_deg", "dist_center_m", "spread_center_deg", "wet_center",
                "gain_center_db", "drr_center_db")


def region_centre_targets(records: list[dict]) -> np.ndarray:
    """Like :func:`record_targets`, but the centre of each named region where a record has it.

    Generated records carry, in ``tags``, the centre of the region every label
    was drawn from (``az_center_deg``, ``el_center_deg``, ...; exact numbers are
    their own centre). A label is uniform inside its region, so the centre is
    what an absolute-error loss converges to anyway; regressing it directly
    removes the within-region noise from the targets. Records without tags (a
    user's own data) and tags without a centre keep their labels.
    """
    out = record_targets(records)
    for i, r in enumerate(records):
        tags = r.get("tags") or {}
        if "az_center_deg" in tags:
            a = math.radians(float(tags["az_center_deg"]))
            out[i, 0], out[i, 1] = math.sin(a), math.cos(a)
        for j, key in enumerate(_CENTRE_TAGS, start=2):
            if key in tags:
                v = float(tags[key])
                out[i, j] = math.log(v) if key == "dist_center_m" else v
    return out


@dataclass(frozen=True)
class LabelNorm:
    """Per-target mean and standard deviation; the azimuth pair is left as it is."""

    mean: tuple[float, ...]
    std: tuple[float, ...]

    @classmethod
    def fit(cls, raw: np.ndarray) -> "LabelNorm":
        mean = raw.mean(axis=0).astype(float)
        std = raw.std(axis=0).astype(float)
        mean[:2], std[:2] = 0.0, 1.0
        std = np.maximum(std, 1e-3)
        return cls(tuple(mean.tolist()), tuple(std.tolist()))

    def normalise(self, raw: np.ndarray) -> np.ndarray:
        return ((raw - np.asarray(self.mean)) / np.asarray(self.std)).astype(np.float32)

    def denormalise(self, z: np.ndarray) -> np.ndarray:
        return np.asarray(z, dtype=np.float64) * np.asarray(self.std) + np.asarray(self.mean)

    def to_dict(self) -> dict:
        return {"targets": list(TARGETS), "mean": list(self.mean), "std": list(self.std)}

    @classmethod
    def from_dict(cls, d: dict) -> "LabelNorm":
        if list(d.get("targets", [])) != list(TARGETS):
            raise ValueError(f"label normalisation is for targets {d.get('targets')}, "
                             f"expected {list(TARGETS)}")
        return cls(tuple(d["mean"]), tuple(d["std"]))


def az_bin(az_deg, n_bins: int) -> np.ndarray:
    """Index of the azimuth bin (centred on multiples of 360/n, clockwise from front)."""
    a = np.mod(np.asarray(az_deg, dtype=float), 360.0)
    return (np.floor(a / (360.0 / n_bins) + 0.5).astype(int)) % n_bins


def bin_centers_deg(n_bins: int) -> np.ndarray:
    """Bin centres in degrees, wrapped into (-180, 180]."""
    return np.array([wrap_deg(k * 360.0 / n_bins) for k in range(n_bins)])


def records_az_deg(records: list[dict]) -> np.ndarray:
    return np.array([az_sc_to_deg(r["az_sc"]) for r in records])


def motion_class(rec: dict) -> int:
    """Index into :data:`MOTION_KINDS` (no ``motion`` field = static)."""
    kind = (rec.get("motion") or {}).get("kind", "static")
    return MOTION_KINDS.index(kind)


def rotate_sign_class(rec: dict) -> int:
    """1 = clockwise, 0 = counter-clockwise, -1 = not a rotation (masked out)."""
    m = rec.get("motion") or {}
    if m.get("kind") != "rotate":
        return -1
    return int(float(m.get("rotate_deg", 360.0)) > 0)


def motion_end_defaults(records: list[dict]) -> dict:
    """Median end distances of ``approach`` and ``recede`` in the training data (m)."""
    out = {}
    for kind, fallback in (("approach", RANGES["dist_m"][0]), ("recede", RANGES["dist_m"][1])):
        ends = [r["motion"]["end_dist_m"] for r in records
                if (r.get("motion") or {}).get("kind") == kind and "end_dist_m" in r["motion"]]
        out[kind] = float(np.median(ends)) if ends else fallback
    return out


def decode(raw: np.ndarray, motion_kind: str = "static", rotate_sign: float = 1.0,
           end_defaults: dict | None = None, explicit: dict | None = None) -> SpatialParams:
    """One raw target vector (order of :data:`TARGETS`) -> validated :class:`SpatialParams`.

    Values are clipped into :data:`~t2sa_lib.params.RANGES`. ``explicit``
    (from :func:`t2sa_lib.numeric.parse_explicit`) overrides azimuth,
    elevation, distance and rotation where the sentence states them.
    """
    explicit = explicit or {}
    end_defaults = end_defaults or {}
    az = az_sc_to_deg(raw[:2]) if np.hypot(raw[0], raw[1]) > 1e-9 else 0.0
    vals = {"az_deg": explicit.get("az_deg", az),
            "el_deg": explicit.get("el_deg", float(raw[2])),
            "dist_m": explicit.get("dist_m", math.exp(float(raw[3]))),
            "spread_deg": float(raw[4]), "wet_mix": float(raw[5]),
            "gain_db": float(raw[6]), "drr_db": float(raw[7])}
    for k, v in vals.items():
        lo, hi = RANGES[k]
        vals[k] = wrap_deg(v) if k == "az_deg" else min(hi, max(lo, float(v)))
    if "rotate_deg" in explicit:
        motion_kind = "rotate"
    motion = None
    if motion_kind == "approach":
        end = min(end_defaults.get("approach", RANGES["dist_m"][0]), vals["dist_m"])
        motion = Motion("approach", end_dist_m=end)
    elif motion_kind == "recede":
        end = max(end_defaults.get("recede", RANGES["dist_m"][1]), vals["dist_m"])
        motion = Motion("recede", end_dist_m=end)
    elif motion_kind == "rotate":
        motion = Motion("rotate", rotate_deg=float(explicit.get("rotate_deg",
                                                                360.0 * rotate_sign)))
    elif motion_kind == "pass-by":
        motion = Motion("pass-by", end_az_deg=wrap_deg(-vals["az_deg"]))
    return SpatialParams(**vals, motion=motion)
