"""Named directions: clock-face hours and the eight compass sectors, in our azimuth convention.

Azimuth in degrees: 0 = front, +90 = right, +-180 = behind (clockwise seen from
above), as everywhere in :mod:`t2sa_lib.params`.
"""
from __future__ import annotations

from .params import wrap_deg

#: The eight compass sectors, clockwise from the front, 45 degrees apart.
SECTORS = ("front", "front-right", "right", "back-right", "back", "back-left", "left",
           "front-left")


def clock_to_az_deg(hour: float) -> float:
    """Clock-face hour -> azimuth: 12 front, 3 right (+90), 6 behind, 9 left (-90)."""
    return wrap_deg((hour % 12) * 30.0)


def az_to_sector(az_deg: float) -> str:
    """The nearest of the eight :data:`SECTORS` (an exact half-way angle rounds to even)."""
    return SECTORS[int(round(wrap_deg(az_deg) / 45.0)) % 8]
