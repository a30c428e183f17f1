"""Exact quantities stated in a sentence: degrees, clock-face directions, metres.

``parse_explicit(text)`` finds what a Korean or English sentence states as a
number and returns only those quantities, in the project's conventions:

* ``az_deg`` — "30 degrees to the left" -> -30, "오른쪽으로 45도" -> 45,
  "at 4 o'clock" -> 120, "5시 방향" -> 150 (12 o'clock = front, 3 = right);
* ``el_deg`` — "20 degrees up", "elevation of 20 degrees", "위로 20도" -> 20,
  "10 degrees below ear level", "아래로 10도" -> -10;
* ``dist_m`` — "3 meters away", "2.5 m", "3미터", "3m 거리";
* ``rotate_deg`` — "spins 360 degrees ... counterclockwise" -> -360,
  "시계 방향으로 360도 회전" -> 360.

Values are clipped to the allowed ranges of :mod:`t2sa_lib.params`. Numbers
that are not spatial ("two birds", "3 times") are ignored. The model lets these
exact values override its own predictions.
"""
from __future__ import annotations

import re

from .angles import clock_to_az_deg
from .language.normalize import substitute_all
from .language.numbers import clock as clock_position
from .params import RANGES, wrap_deg

_EN_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred and eighty": 180,
}
_KO_HOURS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
             "아홉": 9, "열": 10, "열한": 11, "열두": 12}
_NUM = r"(\d+(?:\.\d+)?)"
_SIDE_EN = r"(left|right)"
_SIDE_KO = r"(왼쪽|오른쪽|좌측|우측|왼편|오른편)"


# English number words before a unit, as digits ("thirty degrees" -> "30 degrees"); compiled
# once: the language layer's patterns outnumber the ``re`` module's cache.
_NUMBER_WORDS = [(re.compile(rf"\b{word}\b(?=\s*(?:degrees?|meters?|metres?|o'?\s*clock))"),
                  str(_EN_WORDS[word])) for word in sorted(_EN_WORDS, key=len, reverse=True)]


def _side_sign(side: str) -> int:
    return 1 if side in ("right", "오른쪽", "우측", "오른편") else -1


def _clip(name: str, v: float) -> float:
    lo, hi = RANGES[name]
    return min(hi, max(lo, v))


def parse_explicit(text: str) -> dict:
    """Quantities the sentence states exactly; see the module docstring."""
    t = substitute_all(text.lower(), _NUMBER_WORDS)
    out: dict[str, float] = {}

    rot = (re.search(rf"{_NUM}\s*(?:degrees?|°)\s*(?:around|turn|rotation)", t)
           or re.search(rf"spins?\s+{_NUM}\s*(?:degrees?|°)", t)
           or re.search(rf"{_NUM}\s*도\s*(?:로\s*)?(?:회전|돌)", t))
    if rot:
        counter = bool(re.search(r"counter-?clockwise|anti-?clockwise|반시계", t))
        out["rotate_deg"] = (-1 if counter else 1) * float(rot.group(1))
        t = t[:rot.start()] + " " + t[rot.end():]

    clock = clock_position(t)
    ko_clock = re.search(r"(열한|열두|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*시\s*(?:방향|쪽)", t)
    if clock is not None:
        out["az_deg"] = wrap_deg(clock.value)
    elif ko_clock:
        out["az_deg"] = clock_to_az_deg(_KO_HOURS[ko_clock.group(1)])
    else:
        m = (re.search(rf"{_NUM}\s*(?:degrees?|°)\s*(?:(?:to|toward|towards|on|at|off)\s+(?:the|my|your)\s+)?{_SIDE_EN}", t)
             or re.search(rf"{_SIDE_EN}\s*(?:by\s*)?{_NUM}\s*(?:degrees?|°)", t))
        if m:
            num, side = (m.group(1), m.group(2)) if m.group(1)[0].isdigit() else (m.group(2), m.group(1))
            out["az_deg"] = _side_sign(side) * min(180.0, float(num))
        else:
            m = (re.search(rf"{_SIDE_KO}\s*(?:으로|로|에서)?\s*{_NUM}\s*도", t)
                 or re.search(rf"{_NUM}\s*도\s*{_SIDE_KO}", t))
            if m:
                num, side = (m.group(2), m.group(1)) if not m.group(1)[0].isdigit() else (m.group(1), m.group(2))
                out["az_deg"] = _side_sign(side) * min(180.0, float(num))
            elif re.search(r"\b0\s*degrees?\b|정면\s*0\s*도", t):
                out["az_deg"] = 0.0

    el = (re.search(rf"{_NUM}\s*(?:degrees?|°)\s*(?:up|upward|above|high)", t)
          or re.search(rf"elevation\s*(?:of\s*)?{_NUM}\s*(?:degrees?|°)", t)
          or re.search(rf"위로\s*{_NUM}\s*도|{_NUM}\s*도\s*높이|고도\s*{_NUM}\s*도", t))
    el_down = (re.search(rf"{_NUM}\s*(?:degrees?|°)\s*(?:down|below)", t)
               or re.search(rf"아래로\s*{_NUM}\s*도", t))
    if el:
        num = next(g for g in el.groups() if g is not None)
        out["el_deg"] = _clip("el_deg", float(num))
    elif el_down:
        out["el_deg"] = _clip("el_deg", -float(el_down.group(1)))

    d = re.search(rf"{_NUM}\s*(?:meters?|metres?|m(?![a-z]))", t) or re.search(rf"{_NUM}\s*미터", t)
    if d:
        out["dist_m"] = _clip("dist_m", float(d.group(1)))
    return out
