"""Spatial parameters: fields, ranges, conventions, validation and (de)serialisation.

Conventions (the single source of truth for the whole library)
--------------------------------------------------------------
Azimuth ``az_deg``
    Degrees in (-180, 180]. 0 = straight ahead, +90 = right, -90 = left,
    180 = behind; it grows clockwise seen from above. The paper's schema stores
    it as ``az_sc = [sin(az), cos(az)]``, so ``az_sc = [1, 0]`` is hard right.
Elevation ``el_deg``
    Degrees, positive up, limited to +-60 (the paper's ``el_rad`` is +-pi/3).
Distance ``dist_m``
    Metres from the centre of the head, 0.6 to 6.
Spread ``spread_deg``
    Apparent source width in degrees, 5 (a point) to 120 (very wide).
``wet_mix``
    Reverberant share of the output, 0 (dry) to 1 (all reverb).
``drr_db``
    Direct-to-reverberant energy ratio in dB, -12 (deep, far in a big room) to
    +24 (almost anechoic). Stored as ``room_depth.drr_db``.
``gain_db``
    Source gain in dB relative to unity, -24 (very quiet) to +12 (loud).
``motion``
    Optional :class:`Motion`; ``None`` or kind ``static`` means the source stays
    where the other fields put it.

The ranges of ``drr_db`` and ``gain_db`` are ours (the paper gives none): they
cover what the dataset's words mean ("barely audible" ~ -20 dB, "right next to a
wall of reverb" ~ -10 dB DRR) with room to spare, and keep a renderer's output
within a sane level.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

#: Allowed ranges, inclusive, in the units stated in the module docstring.
RANGES: dict[str, tuple[float, float]] = {
    "az_deg": (-180.0, 180.0),
    "el_deg": (-60.0, 60.0),
    "dist_m": (0.6, 6.0),
    "spread_deg": (5.0, 120.0),
    "wet_mix": (0.0, 1.0),
    "drr_db": (-12.0, 24.0),
    "gain_db": (-24.0, 12.0),
}
UNITS = {"az_deg": "deg", "el_deg": "deg", "dist_m": "m", "spread_deg": "deg",
         "wet_mix": "", "drr_db": "dB", "gain_db": "dB"}

MOTION_KINDS = ("static", "approach", "recede", "rotate", "pass-by")
LANGS = ("ko", "en")

#: Fields of the paper's JSONL schema (``room_depth`` is a nested object).
PAPER_FIELDS = ("az_sc", "el_rad", "dist_m", "spread_deg", "wet_mix", "room_depth", "gain_db")

# A stored az_sc must be (close to) a unit vector; anything else is a corrupt label.
_AZ_SC_NORM_TOL = 0.05


class ParamsError(ValueError):
    """A spatial-parameter value or record is invalid; the message names the field."""


def wrap_deg(angle_deg: float) -> float:
    """Wrap an angle in degrees into (-180, 180]."""
    a = math.fmod(float(angle_deg), 360.0)
    if a <= -180.0:
        a += 360.0
    elif a > 180.0:
        a -= 360.0
    return a


def az_deg_to_sc(az_deg: float) -> list[float]:
    """Azimuth in degrees (0 front, +90 right) -> the paper's ``[sin, cos]`` pair."""
    r = math.radians(az_deg)
    return [math.sin(r), math.cos(r)]


def az_sc_to_deg(az_sc) -> float:
    """The paper's ``[sin, cos]`` pair -> azimuth in degrees in (-180, 180]."""
    s, c = float(az_sc[0]), float(az_sc[1])
    return wrap_deg(math.degrees(math.atan2(s, c)))


def _where(where: str) -> str:
    return f"{where}: " if where else ""


def check_range(name: str, value: Any, where: str = "") -> float:
    """Return ``value`` as float if it is a finite number inside ``RANGES[name]``.

    Raises
    ------
    ParamsError
        Naming the field, the value and the allowed range.
    """
    lo, hi = RANGES[name]
    unit = UNITS[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParamsError(f"{_where(where)}field '{name}' must be a number, got "
                          f"{type(value).__name__} {value!r}")
    try:
        v = float(value)
    except OverflowError:            # an integer of hundreds of digits
        raise ParamsError(f"{_where(where)}field '{name}' = a {len(str(value))}-digit "
                          f"integer is outside the allowed range [{lo:g}, {hi:g}]"
                          f"{(' ' + unit) if unit else ''}") from None
    if not math.isfinite(v):
        raise ParamsError(f"{_where(where)}field '{name}' must be finite, got {value!r}")
    if not lo <= v <= hi:
        raise ParamsError(f"{_where(where)}field '{name}' = {v:g} is outside the allowed "
                          f"range [{lo:g}, {hi:g}]{(' ' + unit) if unit else ''}")
    return v


def _short(value: Any, n: int = 40) -> str:
    """``repr(value)`` cut to ``n`` characters, so an error stays one readable line."""
    r = repr(value)
    return r if len(r) <= n else r[:n - 3] + "..."


def _finite_number(value: Any) -> bool:
    """True for a finite int or float (a huge integer that overflows a float is not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _any_angle(name: str, value: Any, where: str = "") -> float:
    """A finite angle in degrees, wrapped into (-180, 180] like the start azimuth."""
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    try:
        v = float(value) if ok else math.nan
    except OverflowError:
        v = math.nan
    if not math.isfinite(v):
        raise ParamsError(f"{_where(where)}field '{name}' must be a finite number of "
                          f"degrees (wrapped into (-180, 180]), got {_short(value)}")
    return wrap_deg(v)


def _motion_end(name: str, value: Any, where: str) -> float:
    """A motion's end value of attribute ``name`` checked against that attribute's range."""
    try:
        return check_range(name, value, where)
    except ParamsError as e:
        raise ParamsError(str(e).replace(f"field '{name}'", f"field 'motion.end_{name}'")) from None


def check_motion_direction(p: "SpatialParams", where: str = "") -> None:
    """Refuse an ``approach`` that ends farther away than it starts, or a ``recede``
    that ends nearer: the words and the path would contradict each other."""
    m = p.motion
    if m is None or m.end_dist_m is None:
        return
    if m.kind == "approach" and m.end_dist_m > p.dist_m:
        raise ParamsError(f"{_where(where)}field 'motion.end_dist_m' = {m.end_dist_m:g} m is "
                          f"farther than 'dist_m' = {p.dist_m:g} m; an approach must end at "
                          f"most at its start distance (use kind 'recede')")
    if m.kind == "recede" and m.end_dist_m < p.dist_m:
        raise ParamsError(f"{_where(where)}field 'motion.end_dist_m' = {m.end_dist_m:g} m is "
                          f"nearer than 'dist_m' = {p.dist_m:g} m; a recede must end at least "
                          f"at its start distance (use kind 'approach')")


@dataclass(frozen=True)
class Motion:
    """How a source moves over the length of the sound.

    Positions are given at normalised time 0 (start: the owning
    :class:`SpatialParams`) and 1 (end); a renderer interpolates between.

    Attributes
    ----------
    kind : str
        One of ``static``, ``approach``, ``recede``, ``rotate``, ``pass-by``.
    end_dist_m : float or None
        Distance at the end, metres (``approach``: smaller than the start,
        ``recede``: larger). Defaults: 0.6 m for approach, 6 m for recede.
    rotate_deg : float or None
        Signed total rotation of the azimuth for ``rotate``, degrees, positive =
        clockwise seen from above (front -> right -> back). Default 360.
    end_az_deg : float or None
        Azimuth at the end, degrees: for ``pass-by`` (default: the mirror image of
        the start across the median plane, left -> right), ``approach`` and
        ``recede`` (default: the start's; "fades away to the left" turns it).
    end_el_deg : float or None
        Elevation at the end for ``pass-by``, degrees (+ up, [-60, 60]). Default:
        the start's ("rises from the floor to above my head" sets it).
    """

    kind: str = "static"
    end_dist_m: float | None = None
    rotate_deg: float | None = None
    end_az_deg: float | None = None
    end_el_deg: float | None = None

    def validated(self, where: str = "") -> "Motion":
        """Return this motion with its defaults filled in, or raise ParamsError."""
        if self.kind not in MOTION_KINDS:
            raise ParamsError(f"{_where(where)}field 'motion.kind' = {self.kind!r} is not one "
                              f"of {', '.join(MOTION_KINDS)}")
        end_dist, rot, end_az = self.end_dist_m, self.rotate_deg, self.end_az_deg
        end_el = self.end_el_deg
        if end_dist is not None:
            end_dist = _motion_end("dist_m", end_dist, where)
        if end_el is not None:
            end_el = _motion_end("el_deg", end_el, where)
        if self.kind == "approach" and end_dist is None:
            end_dist = RANGES["dist_m"][0]
        if self.kind == "recede" and end_dist is None:
            end_dist = RANGES["dist_m"][1]
        if rot is not None:
            if isinstance(rot, bool) or not _finite_number(rot) or abs(rot) > 1440:
                raise ParamsError(f"{_where(where)}field 'motion.rotate_deg' = {_short(rot)} must be a "
                                  f"finite number in [-1440, 1440] deg")
            rot = float(rot)
        if self.kind == "rotate" and rot is None:
            rot = 360.0
        if end_az is not None:
            end_az = _any_angle("motion.end_az_deg", end_az, where)
        return Motion(self.kind, end_dist, rot, end_az, end_el)

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"kind": self.kind}
        for k in ("end_dist_m", "rotate_deg", "end_az_deg", "end_el_deg"):
            v = getattr(self, k)
            if v is not None:
                d[k] = round(float(v), 4)
        return d

    @classmethod
    def from_dict(cls, d: Any, where: str = "") -> "Motion":
        if isinstance(d, str):
            d = {"kind": d}
        if not isinstance(d, Mapping):
            raise ParamsError(f"{_where(where)}field 'motion' must be an object like "
                              f"{{\"kind\": \"approach\"}}, got {type(d).__name__}")
        unknown = set(d) - {"kind", "end_dist_m", "rotate_deg", "end_az_deg", "end_el_deg"}
        if unknown:
            raise ParamsError(f"{_where(where)}field 'motion' has unknown keys {sorted(unknown)}")
        if "kind" not in d:
            raise ParamsError(f"{_where(where)}field 'motion.kind' is missing")
        return cls(d["kind"], d.get("end_dist_m"), d.get("rotate_deg"),
                   d.get("end_az_deg"), d.get("end_el_deg")).validated(where)


@dataclass(frozen=True)
class SpatialParams:
    """Where and how a mono source is placed. See the module docstring for units.

    Construct with degrees; use :meth:`to_record` / :meth:`from_record` for the
    paper's JSONL schema (``az_sc``, ``el_rad``, ``room_depth.drr_db``).
    """

    az_deg: float = 0.0
    el_deg: float = 0.0
    dist_m: float = 1.0
    spread_deg: float = 5.0
    wet_mix: float = 0.0
    drr_db: float = 24.0
    gain_db: float = 0.0
    motion: Motion | None = field(default=None)

    def __post_init__(self):
        # Any finite azimuth is a direction: wrap it first, then range-check the rest.
        az = self.az_deg
        if isinstance(az, (int, float)) and not isinstance(az, bool) and math.isfinite(az):
            object.__setattr__(self, "az_deg", wrap_deg(az))
        for name in RANGES:
            object.__setattr__(self, name, check_range(name, getattr(self, name)))
        if self.motion is not None:
            if not isinstance(self.motion, Motion):
                raise ParamsError("field 'motion' must be a Motion or None")
            object.__setattr__(self, "motion", self.motion.validated())

    # -- conversions -------------------------------------------------------
    @property
    def az_sc(self) -> list[float]:
        """The paper's azimuth encoding ``[sin(az), cos(az)]``."""
        return az_deg_to_sc(self.az_deg)

    @property
    def el_rad(self) -> float:
        """Elevation in radians (positive up)."""
        return math.radians(self.el_deg)

    @property
    def is_moving(self) -> bool:
        return self.motion is not None and self.motion.kind != "static"

    def replace(self, **changes) -> "SpatialParams":
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def to_record(self, ndigits: int = 4) -> dict:
        """The paper's schema as a JSON-ready dict (plus ``motion`` when set)."""
        rec = {
            "az_sc": [round(v, ndigits) for v in self.az_sc],
            "el_rad": round(self.el_rad, ndigits),
            "dist_m": round(self.dist_m, ndigits),
            "spread_deg": round(self.spread_deg, ndigits),
            "wet_mix": round(self.wet_mix, ndigits),
            "room_depth": {"drr_db": round(self.drr_db, ndigits)},
            "gain_db": round(self.gain_db, ndigits),
        }
        if self.motion is not None:
            rec["motion"] = self.motion.to_dict()
        return rec

    @classmethod
    def from_record(cls, rec: Mapping, where: str = "") -> "SpatialParams":
        """Parse one record of the paper's schema (extra keys such as ``text`` ignored).

        Parameters
        ----------
        rec : mapping
            Must hold every field of :data:`PAPER_FIELDS`; ``motion`` is optional.
        where : str
            Prefix for error messages, e.g. ``"data/train.jsonl:12"``.

        Raises
        ------
        ParamsError
            For a missing, wrong-typed or out-of-range field, naming it.
        """
        if not isinstance(rec, Mapping):
            raise ParamsError(f"{_where(where)}a record must be a JSON object, got "
                              f"{type(rec).__name__}")
        missing = [k for k in PAPER_FIELDS if k not in rec]
        if missing:
            raise ParamsError(f"{_where(where)}missing field(s) {', '.join(missing)}")
        az_sc = rec["az_sc"]
        if (not isinstance(az_sc, (list, tuple)) or len(az_sc) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in az_sc)):
            raise ParamsError(f"{_where(where)}field 'az_sc' must be a list of two numbers "
                              f"[sin(az), cos(az)], got {az_sc!r}")
        if not all(_finite_number(v) for v in az_sc):
            raise ParamsError(f"{_where(where)}field 'az_sc' must be finite, got {_short(az_sc)}")
        norm = math.hypot(az_sc[0], az_sc[1])
        if abs(norm - 1.0) > _AZ_SC_NORM_TOL:
            raise ParamsError(f"{_where(where)}field 'az_sc' = {az_sc!r} has length {norm:.3f}; "
                              f"it must be a unit vector [sin(az), cos(az)]")
        el_rad = rec["el_rad"]
        if isinstance(el_rad, bool) or not isinstance(el_rad, (int, float)):
            raise ParamsError(f"{_where(where)}field 'el_rad' must be a number, got {el_rad!r}")
        if not _finite_number(el_rad) or abs(el_rad) > math.pi / 3 + 1e-6:
            raise ParamsError(f"{_where(where)}field 'el_rad' = {_short(el_rad)} is outside the allowed "
                              f"range [-1.0472, 1.0472] rad (+-60 deg)")
        room = rec["room_depth"]
        if not isinstance(room, Mapping) or "drr_db" not in room:
            raise ParamsError(f"{_where(where)}field 'room_depth' must be an object with "
                              f"'drr_db', got {room!r}")
        motion = rec.get("motion")
        kw = dict(
            az_deg=az_sc_to_deg(az_sc),
            el_deg=max(-60.0, min(60.0, math.degrees(el_rad))),
            dist_m=check_range("dist_m", rec["dist_m"], where),
            spread_deg=check_range("spread_deg", rec["spread_deg"], where),
            wet_mix=check_range("wet_mix", rec["wet_mix"], where),
            drr_db=check_range("drr_db", room["drr_db"], where + " room_depth" if where
                               else "room_depth"),
            gain_db=check_range("gain_db", rec["gain_db"], where),
            motion=None if motion is None else Motion.from_dict(motion, where),
        )
        p = cls(**kw)
        # Checked on records read from outside; generated ones are consistent by construction.
        check_motion_direction(p, where)
        return p

    @classmethod
    def from_degrees(cls, **kw) -> "SpatialParams":
        """Alias of the constructor that reads well at call sites."""
        return cls(**kw)


def clamp_to_ranges(values: Mapping[str, float]) -> dict[str, float]:
    """Clip each known field of ``values`` into its allowed range (model outputs)."""
    out = {}
    for k, v in values.items():
        if k in RANGES and k != "az_deg":
            lo, hi = RANGES[k]
            out[k] = min(hi, max(lo, float(v)))
        elif k == "az_deg":
            out[k] = wrap_deg(v)
        else:
            out[k] = v
    return out
