"""Hold a network's estimate to what the words state.

Each statement is a constraint on one attribute of the estimate:

* a stated number fixes the value; outside the schema's range it is clipped,
  and a note says so;
* a region keeps the estimate when it lies inside (the network's finer reading
  of the words survives) and otherwise replaces it by the region's typical value;
* a denied region alone ("not on my right") moves an estimate inside it to its
  mirror image ("on my left") and leaves any other estimate alone.

Motion words set the motion kind, its sense of rotation and a stated path.
"""
from __future__ import annotations

from ..params import RANGES, UNITS, Motion, SpatialParams, wrap_deg
from .azimuth import mirror
from .reading import Reading
from .statements import Statement


def _constrained_value(s: Statement, estimate: float) -> float:
    if s.kind == "number":
        return s.clipped_value()
    if s.negated:
        if not s.contains(estimate):
            return estimate
        return mirror(estimate, {"left"} if abs(abs(s.value) - 90.0) < 45.0 else {"front"})
    return estimate if s.contains(estimate) else s.clipped_value()


def clip_note(s: Statement) -> str | None:
    """A note when a stated number lies outside the schema's range, else ``None``."""
    if s.kind != "number" or s.attr == "az_deg":
        return None
    lo, hi = RANGES[s.attr]
    if lo <= s.value <= hi:
        return None
    unit = UNITS[s.attr]
    return (f"{s.attr}: stated {s.value:g}{(' ' + unit) if unit else ''} is outside "
            f"[{lo:g}, {hi:g}]; clipped to {s.clipped_value():g}")


def _motion(reading_motion: dict, values: dict, current: Motion | None) -> Motion | None:
    kind = reading_motion["kind"]
    if kind == "static":
        return None
    if kind in ("approach", "recede"):
        end_dist = RANGES["dist_m"][0] if kind == "approach" else RANGES["dist_m"][1]
        return Motion(kind, end_dist_m=end_dist, end_az_deg=reading_motion.get("end_az_deg"))
    if kind == "rotate":
        return Motion("rotate", rotate_deg=reading_motion.get("rotate_deg", 360.0))
    end = reading_motion.get("end_az_deg")
    if end is None and "end_el_deg" in reading_motion:
        end = values["az_deg"]          # "rises from the floor to the ceiling": straight up
    if end is None and current is not None and current.kind == "pass-by":
        end = current.end_az_deg
    return Motion("pass-by", end_az_deg=wrap_deg(-values["az_deg"] if end is None else end),
                  end_el_deg=reading_motion.get("end_el_deg"))


def constrain(params: SpatialParams, reading: Reading, keep=()) -> tuple[SpatialParams, list[str]]:
    """``params`` held to the statements of ``reading``, and notes on clipped numbers.

    Parameters
    ----------
    params : SpatialParams
        The network's estimate (azimuth 0 front, +90 right; see :mod:`t2sa_lib.params`).
    reading : Reading
        From :func:`t2sa_lib.language.read`.
    keep : iterable of str
        Attributes whose estimate is already exact and stays as it is unless the
        reading states a number for it (clipping is still noted).

    Returns
    -------
    SpatialParams, list of str
    """
    values = {a: getattr(params, a) for a in RANGES}
    notes = []
    for attr, s in reading.statements.items():
        # A number the words state ("not 2 m, more like 20") outranks the plain parser's.
        if attr not in keep or s.kind == "number":
            values[attr] = _constrained_value(s, values[attr])
        note = clip_note(s)
        if note:
            notes.append(note)
    motion = params.motion
    if reading.motion is not None:
        motion = _motion(reading.motion, values, params.motion)
    return SpatialParams(**values, motion=motion), notes
