"""Where a moving source is at normalised time ``t`` in [0, 1].

=========  ================================================================
motion     path
=========  ================================================================
approach   distance from ``dist_m`` to ``end_dist_m``, geometric (constant
           ratio per second, as loudness in dB changes linearly); azimuth fixed,
           or to ``end_az_deg`` along the shorter arc when set
recede     the same, outwards
rotate     azimuth ``az + rotate_deg * t`` (positive = clockwise), distance fixed
pass-by    azimuth from ``az`` to ``end_az_deg`` along the shorter arc (in
           front when both arcs are equal), elevation from ``el`` to
           ``end_el_deg`` linearly (when set), the
           distance dipping to half its start value at mid-way (>= 0.6 m), the
           way a source passing by on a straight line comes closest mid-way
=========  ================================================================

Spread, wet mix, DRR and gain stay as given.
"""
from __future__ import annotations

import math

from ..params import RANGES, SpatialParams, wrap_deg


def params_at(p: SpatialParams, t: float) -> SpatialParams:
    """The static parameters of ``p`` at normalised time ``t`` (clipped to [0, 1])."""
    if p.motion is None or p.motion.kind == "static":
        return p.replace(motion=None)
    az, el, dist = position_at(p, t)
    return p.replace(az_deg=az, el_deg=el, dist_m=dist, motion=None)


def position_at(p: SpatialParams, t: float) -> tuple[float, float, float]:
    """``(az_deg, el_deg, dist_m)`` of ``p`` at normalised time ``t`` (clipped to [0, 1]).

    The part of :func:`params_at` that moves, without building (and validating)
    a parameter set: a moving render asks for it every 512 samples.
    """
    t = min(1.0, max(0.0, float(t)))
    m = p.motion
    az, el, dist = p.az_deg, p.el_deg, p.dist_m
    if m is None or m.kind == "static":
        return az, el, dist
    if m.kind in ("approach", "recede"):
        dist = p.dist_m * (m.end_dist_m / p.dist_m) ** t
        if m.end_az_deg is not None:
            az = wrap_deg(p.az_deg + wrap_deg(m.end_az_deg - p.az_deg) * t)
    elif m.kind == "rotate":
        az = wrap_deg(p.az_deg + m.rotate_deg * t)
    elif m.kind == "pass-by":
        end = m.end_az_deg if m.end_az_deg is not None else -p.az_deg
        span = wrap_deg(end - p.az_deg)
        if abs(span) == 180.0:  # left <-> right: pass in front, not behind
            span = -180.0 if p.az_deg > 0 else 180.0
        az = wrap_deg(p.az_deg + span * t)
        if m.end_el_deg is not None:
            el = p.el_deg + (m.end_el_deg - p.el_deg) * t
        dist = max(RANGES["dist_m"][0], p.dist_m * (1.0 - 0.5 * math.sin(math.pi * t)))
    return az, el, dist
