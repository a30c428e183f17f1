"""What a sentence states about one attribute: a number or a region, maybe negated.

Conventions are those of :mod:`t2sa_lib.params`: azimuth in degrees (0 front,
+90 right, clockwise seen from above), elevation + up, distance in metres,
spread in degrees, wet mix 0..1, DRR and gain in dB.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..params import RANGES, wrap_deg

#: Attributes a statement can be about (the motion kind is read separately).
ATTRIBUTES = ("az_deg", "el_deg", "dist_m", "spread_deg", "wet_mix", "drr_db", "gain_db")


@dataclass(frozen=True)
class Statement:
    """One attribute's value as the words state it.

    Attributes
    ----------
    attr : str
        One of :data:`ATTRIBUTES`.
    value : float
        The typical value the words denote (a stated number: that number,
        before clipping), in the attribute's unit.
    lo, hi : float
        The region the words denote. For azimuth, read clockwise from ``lo`` to
        ``hi`` (``lo=150, hi=-150`` is behind); elsewhere ``lo <= hi``.
    kind : str
        ``"number"`` (an exact stated quantity), ``"word"``, or ``"default"`` (the
        front that side-like words naming no side leave: "my left-handed cousin").
    negated : bool
        The words deny this region ("not on my right", "리버브 없이" is *not*
        negated: it states dry). A negated statement constrains by exclusion.
    span : tuple of int
        Character offsets of the words in the normalised text.
    level : str
        The vocabulary level the words name (``"wet"``, ``"far-strong"``, ...; see
        :data:`~t2sa_lib.language.vocabulary.LEVELS`), ``""`` for numbers and other readings.
    """

    attr: str
    value: float
    lo: float
    hi: float
    kind: str = "word"
    negated: bool = False
    span: tuple[int, int] = (0, 0)
    level: str = ""

    def contains(self, v: float) -> bool:
        """Whether ``v`` lies inside the region (clockwise arc for azimuth)."""
        if self.attr == "az_deg":
            width = (self.hi - self.lo) % 360.0
            return (wrap_deg(v) - self.lo) % 360.0 <= width + 1e-9
        return self.lo - 1e-9 <= v <= self.hi + 1e-9

    def clipped_value(self) -> float:
        """The value inside the schema's range (azimuth wrapped)."""
        if self.attr == "az_deg":
            return wrap_deg(self.value)
        lo, hi = RANGES[self.attr]
        return min(hi, max(lo, self.value))


def az_region(centre: float, half_width: float, **kw) -> Statement:
    """An azimuth statement centred on ``centre`` degrees, ``half_width`` either side."""
    c = wrap_deg(centre)
    return Statement("az_deg", c, wrap_deg(c - half_width), wrap_deg(c + half_width), **kw)


def number(attr: str, value: float, tolerance: float | None = None, **kw) -> Statement:
    """A stated number: the region is ``value`` +-2 deg (azimuth) or +-5 % (others)."""
    if attr == "az_deg":
        return az_region(value, 2.0 if tolerance is None else tolerance, kind="number", **kw)
    tol = abs(value) * 0.05 if tolerance is None else tolerance
    tol = max(tol, 0.3 if attr in ("gain_db", "drr_db") else 1e-3)
    return Statement(attr, float(value), value - tol, value + tol, kind="number", **kw)


def inside(span: tuple[int, int], ranges, offset: int = 0) -> bool:
    """Whether ``span`` (character offsets, shifted by ``offset``) lies inside one of
    ``ranges`` (an end may run one character past a range, over the cue word's edge)."""
    return any(s <= span[0] + offset and span[1] + offset <= e + 1 for s, e in ranges)
