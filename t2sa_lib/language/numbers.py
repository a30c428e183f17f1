"""Stated quantities of every attribute, in the conventions people write them in.

* azimuth: "30 degrees to the left", "right 45°", "at 225 degrees" and
  "bearing 300" (0-360 clockwise from the front), "120° counter-clockwise",
  "4 o'clock", "5시 방향", "오른쪽 30도", "시계방향 225도", "20° left of behind",
  a share of a hard pan ("pan it left 40%");
* elevation: "20 degrees up", "tilted up 30°", "위로 20도", "10도 아래";
* distance: m, cm, feet, yards, inches, steps / paces / 걸음 (0.75 m each),
  floors up or down (3 m each), "an arm's length", "한 뼘";
* spread: "30 degrees wide", "폭 10도";
* wet: "45% reverb", "리버브 70%", and RT60 ("a 2.5 s tail", "잔향 2초"),
  which gives a region, not a number;
* gain: "-6 dB", "6 dB quieter", "12데시벨 낮춰서", and a sound pressure level ("85 dB",
  relative to conversation at 65 dB, 2.5 dB SPL per dB); DRR: "DRR +10 dB".

"약", "대략", "about", "~" before a number do not change it.
"""
from __future__ import annotations

import math
import re

import numpy as np

from ..angles import clock_to_az_deg
from ..params import RANGES
from .statements import Statement, inside, number

N = r"([+-]?\d+(?:\.\d+)?)"
_APPROX = r"(?:about |around |roughly |approximately |approx\.? |some |like |maybe |~\s*|약\s*|대략\s*|대충\s*)?"
_DEG = r"\s*(?:°|degrees?|deg\b|도)"
_SIDE = r"(left|right|왼쪽|오른쪽|좌측|우측|왼편|오른편|(?<![가-힣])좌(?=\s*\d)|(?<![가-힣])우(?=\s*\d))"
_RIGHTISH = ("right", "오른쪽", "우측", "오른편", "우")
_NOT_AZ_AFTER = (r"\s*(?:up|upward|above|high|higher|overhead|down|"
                 r"downward|below|lower|wide|width|spread|across|of spread|of width|elevation|"
                 r"tilt|around|turn|rotation|폭|넓이|너비|위(?!치)|아래|높|회전|돌|"
                 r"없|안\s)")                   # "1도 없게": not one bit, no angle
# "spread it across roughly 60 degrees", "widen it out to 90°": a width, not a direction.
_SPREAD_VERB = (r"\b(?:spread|widen|stretch|fan)\w*(?: (?:it|this|that|them|the \w+))?(?: out)?"
                r" (?:across|over|to|by)")
_NOT_AZ_BEFORE = (rf"(?:{_SPREAD_VERB}\s*(?:about |around |roughly |approximately )?$)|"
                  r"(?:elevation|elevated|tilt\w*|up|down|width|spread|wide|폭|너비|넓이|고도|위로|"
                  r"아래로|(?<![가-힣])위쪽?|(?<![가-힣])아래쪽?|(?<![가-힣])(?:상단|하단)|rotat\w*|spin\w*|turn\w*|회전|pitch)\s*(?:of|by|to|at|:|은|는|을|를|이|가)?\s*"
                  r"(?:about |around |약\s*|대략\s*)?~?\s*$")
# A number of degrees followed by these is an amount of rotation, not a direction.
_ROTATION_AFTER = r"\s*(?:으로\s*|로\s*)?(?:회전|돌|빙|rotation|turn|spin|around|revolution|circle|orbit)"
_FEET_M = 0.3048


def _side_sign(side: str) -> float:
    return 1.0 if side in _RIGHTISH else -1.0


def _first(t: str, patterns) -> re.Match | None:
    for p in patterns:
        m = re.search(p, t)
        if m:
            return m
    return None


_CLOCK = r"(\d{1,2})\s*o'?\s*clock|(\d{1,2})\s*시\s*(?:방향|쪽|방면)"
# "if 12 o'clock is the door", "문을 12시로": names the front, places nothing.
_CLOCK_FRONT = (r"(?:12|twelve)\s*(?:o'?\s*clock)?\s+(?:is|=|being|as)\b|"
                r"\b(?:as|be) (?:my |your |the )?(?:12|twelve)(?:\s*o'?\s*clock)?\b|\bcall (?:the |my |it )?(?:\w+ )?(?:12|twelve)\s*o'?\s*clock\b|12\s*시\s*(?:방향)?\s*(?:이|가|은|는)\s|"
                r"12\s*시\s*(?:방향)?\s*(?:으로|로)\s*(?:놓|두|잡|치|보|삼|하)|12\s*시\s*(?:방향)?\s*(?:이)?(?:면|라면|라고\s*(?:하면|치면)|라\s*(?:치면|하면|보면|두면))|"
                r"(?:=|\bis|\bas|\bcounts as|\bbeing)\s*(?:my |the |your )?(?:12\s*o'?\s*clock|twelve)\b")


# "모니터가 정면이라 치면 총성은 3시": with a front named, a bare hour is a clock position,
# unless it reads as a time of day ("오후 3시", "3시 반", "3시간").
_KO_BARE_CLOCK = (r"|(?<!오전 )(?<!오후 )(?<!새벽 )(?<!저녁 )(?<!아침 )(?<![\d:])(\d{1,2})\s*시"
                  r"(?=\s*(?:쯤|정도|께)?\s*(?:[,.;()!?]|$)|(?:쯤|정도|께)?(?:에서|이요|요|예요|이에요|입니다|이거든|이고|인데|이야|이니까)(?![가-힣]))")


#: Hours spelled out, one to twelve in order ("at four" after "the porthole as 12 o'clock").
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


def clock(t: str) -> Statement | None:
    """A clock position ("4 o'clock", "5시 방향"); with the front named by a clock
    ("if 12 o'clock is the door"), a bare "at 9" is a clock position too."""
    front = re.search(_CLOCK_FRONT, t)
    pattern = _CLOCK + (rf"|\b(?:at|from|to|towards?|around|about|near|is|'s) {_APPROX}(\d{{1,2}}|{_HOUR_WORDS})(?:\s*-?ish)?\b"
                        r"(?!\s*(?:%|m\b|cm|meters?|metres?|feet|ft|steps?|db|s\b))"
                        r"|(?<![\d:])(\d{1,2})\s*시(?=\s|$|[,.])" if front else "")
    if front or re.search(r"정면|기준", t):
        pattern += _KO_BARE_CLOCK
    for m in re.finditer(pattern, t):
        if front and m.start() <= front.end() and front.start() <= m.end():
            continue
        word = next(g for g in m.groups() if g)
        hour = int(word) if word.isdigit() else _HOUR_WORDS.split("|").index(word) + 1
        if 1 <= hour <= 12:
            return number("az_deg", clock_to_az_deg(hour), span=m.span())
    return None


# "pan it left, around 40%", "pan it a hair right, 10% tops", "왼쪽으로 30% 패닝": a share
# of a hard pan, where 100% is straight to that side (90 degrees).
_PAN_SHARE = (rf"\bpan\w*\b[^.;%]{{0,30}}?\b{_SIDE}\b[,\s]*(?:by\s*)?{_APPROX}{N}\s*(?:%|percent)|"
              rf"\bpan\w*\b[^.;%]{{0,20}}?{_APPROX}{N}\s*(?:%|percent)\s*(?:to\s*)?(?:the\s*|my\s*)?{_SIDE}|"
              rf"{_SIDE}\s*(?:으로|로|쪽으로)?\s*{_APPROX}{N}\s*(?:%|퍼센트|프로)\s*(?:정도\s*|쯤\s*)?(?:패닝|팬)|"
              rf"(?:패닝|팬)\S*\s*{_SIDE}\s*(?:으로|로|쪽으로)?\s*{_APPROX}{N}\s*(?:%|퍼센트|프로)")


def pan_share(t: str) -> Statement | None:
    """An azimuth stated as a share of a hard pan ("pan it left 40%" is -36 degrees), or ``None``."""
    m = re.search(_PAN_SHARE, t)
    if m is None:
        return None
    groups = [g for g in m.groups() if g]
    side, share = (groups[0], groups[1]) if not groups[0][0].isdigit() else (groups[1], groups[0])
    return number("az_deg", _side_sign(side) * 0.9 * min(100.0, abs(float(share))), span=m.span())


def azimuth(t: str) -> Statement | None:
    """A stated azimuth, or ``None``."""
    m = clock(t) or pan_share(t)
    if m:
        return m
    m = re.search(rf"{N}{_DEG}\s*(?:to |toward |towards |on |off |at )?(?:the |my |your )?"
                  rf"{_SIDE}\s*(?:of |from )?(behind|back|the back|the rear|rear|뒤)?", t)
    if m is None and re.search(rf"\d{_DEG}", t):
        # "15 degrees up and 40 right": the unit stated once serves both numbers.
        m = re.search(rf"(?<![\w.]){N}\s+(?:to (?:the |my )?)?{_SIDE}\b(?!\s*(?:of|from))(?!\s+(?!and\b|then\b)[a-z])()", t)
    if m is None:
        # "Horn. 30 right, 10 out.": a round number before a side, alone in its phrase, is an angle.
        m = re.search(r"(?<![\w.])((?:[1-9]|1[0-7])?[05])\s+(left|right)\b(?=\s*(?:[,.;!]|$))()", t)
        m = m if m and int(m.group(1)) >= 5 else None
    if m:
        v = min(180.0, abs(float(m.group(1))))
        sign = _side_sign(m.group(2))
        return number("az_deg", sign * (180.0 - v) if m.group(3) else sign * v, span=m.span())
    # "오른쪽 뒤 45도": the angle off the named front or back, toward the side.
    m = re.search(rf"{_SIDE}\s*(뒤|뒤쪽|앞|앞쪽|후방|전방)\s*(?:으로|로|쪽으로|쪽)?\s*{_APPROX}{N}{_DEG}", t)
    if m:
        v = min(180.0, abs(float(m.group(3))))
        if m.group(2).startswith(("뒤", "후")):
            v = 180.0 - v if v < 90.0 else v     # "오른쪽 뒤 135도" is already measured from the front
        return number("az_deg", _side_sign(m.group(1)) * v, span=m.span())
    m = re.search(rf"{_SIDE}\s*(?:으로|로|쪽으로|쪽|by)?\s*{_APPROX}{N}{_DEG}?", t)
    if m and (m.group(0).rstrip().endswith(("°", "degrees", "degree", "deg", "도"))
              or re.match(r"\s*(?:$|[,.;]|쯤|정도)|\)", t[m.end():])
              and not (len(m.group(2)) == 1 and t[m.end():m.end() + 1] == ")")):      # "left 3) a wolf": a list number
        return number("az_deg", _side_sign(m.group(1)) * min(180.0, abs(float(m.group(2)))),
                      span=m.span())
    # "270 clockwise from front": an angle read from a named front needs no unit
    m = re.search(rf"{N}(?:{_DEG}|(?=\s*(?:(?:counter-?|anti-?)?clockwise|c?cw)\s+(?:from|of|off)\s+(?:the\s+)?(?:front|north|12|cent)))"
                  rf"\s*(counter-?clockwise|anti-?clockwise|ccw|clockwise|cw)\b|"
                  rf"(반시계|시계)\s*(?:방향)?\s*(?:으로|로|기준)?\s*{_APPROX}{N}\s*(?:도|°)", t)
    if m and (re.match(_ROTATION_AFTER, t[m.end():]) or abs(float(m.group(1) or m.group(4))) >= 360):
        m = None
    if m:
        if m.group(1):
            value, counter = float(m.group(1)), m.group(2).startswith(("counter", "anti", "ccw"))
        else:
            value, counter = float(m.group(4)), m.group(3) == "반시계"
        return number("az_deg", -value if counter else value, span=m.span())
    m = re.search(rf"(?:azimuth|az|bearing|heading|pan(?:ned)?(?: to| at)?|angle|방위각|방위)"
                  rf"\s*(?:of|at|to|:|=|is)?\s*{_APPROX}{N}", t)
    if m and not (m.group(0).startswith(("heading", "bearing")) and re.search(r"\b(?:north|south|east|west)", t)):
        return number("az_deg", float(m.group(1)), span=m.span())   # "heading 270 ... due north": a facing
    angles = [m for m in re.finditer(rf"(?<![\w.]){_APPROX}{N}{_DEG}", t)
              if not (re.match(_NOT_AZ_AFTER, t[m.end():]) or re.match(_ROTATION_AFTER, t[m.end():])
                      or re.search(_NOT_AZ_BEFORE, t[max(0, m.start() - 22):m.start()])
                      or abs(float(m.group(1))) >= 360)]
    if re.search(rf"\bclockwise\b|시계\s*방향|(?<![\w.])0{_DEG}", t):
        # "the monitor as 0°, going clockwise ... at 270": the convention named, a bare
        # number a thing is placed at is an angle too.
        angles = sorted(angles + [m for m in re.finditer(
            rf"\b(?:at|to)\s+{_APPROX}(\d{{2,3}})(?![\d.])(?!\s*(?:%|[a-z가-힣]))", t)
            if float(m.group(1)) < 360.0], key=lambda m: m.start())
    # "My desk is 0°, clockwise ... 220°": a zero followed by another angle names the front.
    if len(angles) > 1 and float(angles[0].group(1)) == 0.0 \
            and re.match(r"\s*(?:,|is\b|=|being\b|as\b|and\b|이|가|은|는|(?:이)?고(?=\s)|(?:으)?로\s*(?:두|놓|잡|치|보|하|삼))",
                         t[angles[0].end():]):
        angles = angles[1:]
    if angles:
        value = float(angles[0].group(1))
        # "slightly left, just a touch, maybe 10 degrees": the side said before it in the sentence
        before = re.split(r"[.;!?]", t[:angles[0].start()])[-1]
        sides = re.findall(r"\b(left|right)\b(?![- ]hand)|(왼|오른)쪽", before)
        if sides and not re.search(r"\bclockwise\b|시계", t) and "".join(sides[-1]) in ("left", "왼"):
            value = -abs(value)
        return number("az_deg", value, span=angles[0].span())
    return None


#: Lengths a height is stated in (``distance`` converts them to metres).
_LENGTH = r"m|meters?|metres?|cm|feet|foot|ft|미터|센티|피트"
_HEIGHT_WORD = (r"(?:(up|above|over|overhead|high|higher|위(?!치)|높이|위쪽)|"
                r"(below|beneath|under|down|lower|아래|밑))(?![a-z])")
#: The horizontal distance (m) assumed for a height when none is stated: across a room.
_HEIGHT_BASE_M = 2.0
#: A height measured from the floor ("바닥에서 6피트쯤 높이", "6 feet off the floor").
_FLOOR_HEIGHT = (rf"(?:바닥|땅|지면|마루)\s*(?:에서|으로부터|부터)\s*{N}\s*({_LENGTH})|"
                 rf"{N}\s*({_LENGTH})\s*(?:off|above|up from|from) the (?:floor|ground)\b")
#: A height over or under the listener's head is how far the source is from it.
_FROM_HEAD = re.compile(r"\s*(?:right |directly |just |straight )?(?:above|over|below|under|beneath) "
                        r"(?:my|your|the|his|her|their|the listener'?s) (?:head|face)\b")
#: The listener's ear above the floor (m), seated: a height from the floor is measured from it.
_EAR_HEIGHT_M = 1.2


def _height_elevation(m: re.Match, across_m: float | None) -> Statement:
    """"3 m above head height", "30 feet below": the angle (degrees) a height makes across
    ``across_m`` metres (``None``: not stated, assume :data:`_HEIGHT_BASE_M`), clipped to the
    region "above" or "below" denotes (20-60 degrees)."""
    metres = distance(f"{m.group(1)} {m.group(2)}").value
    across = _HEIGHT_BASE_M if across_m is None else max(across_m, 0.1)
    angle = float(np.clip(np.degrees(np.arctan2(metres, across)), 20.0, 60.0))
    sign = 1.0 if m.group(3) else -1.0
    # A stated height is at least this steep; with the distance across stated too, it
    # fixes the angle to within ten degrees.
    top = 60.0 if across_m is None else min(60.0, angle + 10.0)
    lo, hi = sorted((sign * max(20.0, angle - 10.0), sign * top))
    return Statement("el_deg", sign * angle, lo, hi, span=m.span())


def _floor_elevation(m: re.Match) -> Statement:
    """A height from the floor as an angle (degrees) from the seated ear :data:`_EAR_HEIGHT_M`
    across :data:`_HEIGHT_BASE_M`, within 15 degrees; below the ear, at least as low as
    "below" (-20 degrees)."""
    value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    rise = distance(f"{value} {unit}").value - _EAR_HEIGHT_M
    angle = float(np.clip(np.degrees(np.arctan2(rise, _HEIGHT_BASE_M)), -60.0, 60.0))
    hi = min(60.0, angle + 15.0) if rise >= 0 else min(-20.0, angle + 15.0)
    return Statement("el_deg", min(angle, hi), max(-60.0, angle - 15.0), hi, span=m.span())


def elevation(t: str) -> Statement | None:
    """A stated elevation (degrees, + up), or ``None``."""
    floor = re.search(_FLOOR_HEIGHT, t)
    if floor:
        return _floor_elevation(floor)
    about = r"\s*(?:쯤|정도|가량|or so)?"
    up = _first(t, [rf"{N}{_DEG}{about}\s*(?:up|upward|above|high|higher|overhead|of elevation|"
                    rf"elevation|위(?!치)|높이|높게|위쪽|올려)",
                    rf"(?:elevation|elevated|tilt(?:ed)? up|raised|up|높이|고도|위로|위쪽으로|(?<![가-힣])위쪽?|(?<![가-힣])상단)\s*"
                    rf"(?:of|by|to|at|:|=)?\s*{_APPROX}{N}{_DEG}",
                    rf"(?:\belevation|\belev|\bel|고도|앙각)\s*(?:of|at|:|=|is)?\s*{_APPROX}([+]?\d+(?:\.\d+)?)"
                    rf"(?!\d|\.\d|\s*(?:m|db|%))"])
    down = _first(t, [rf"(?:\belevation|\belev|\bel|고도|앙각)\s*(?:of|at|:|=|is)?\s*{_APPROX}-(\d+(?:\.\d+)?)",
                      rf"{N}{_DEG}{about}\s*(?:down|downward|below|lower|under|아래|밑|낮게|내려)",
                      rf"(?:tilt(?:ed)? down|lowered|down|아래로|아래쪽으로|밑으로|(?<![가-힣])아래쪽?|(?<![가-힣])하단)\s*"
                      rf"(?:of|by|to|at|:|=)?\s*{_APPROX}{N}{_DEG}"])
    m = re.search(r"(\d{1,2})\s*o'?\s*clock\s+(high|low)|(\d{1,2})\s*시\s*방향\s*(위|아래)", t)
    height = re.search(rf"{N}\s*({_LENGTH})\s*{_HEIGHT_WORD}", t)
    if height and not up and not down:
        if _FROM_HEAD.match(t, height.end(2)):       # "40 cm above my head": straight up
            sign = 1.0 if height.group(3) else -1.0
            return Statement("el_deg", sign * 55.0, *sorted((sign * 40.0, sign * 60.0)),
                             span=height.span())
        across = distance(t)
        return _height_elevation(height, None if across is None else across.value)
    if up:
        v = float(next(g for g in up.groups() if g))
        return number("el_deg", v, span=up.span())
    if down:
        v = float(next(g for g in down.groups() if g))
        return number("el_deg", -abs(v), span=down.span())
    if m:
        high = (m.group(2) or m.group(4)) in ("high", "위")
        return Statement("el_deg", 30.0 if high else -30.0, 20.0 if high else -60.0,
                         60.0 if high else -20.0, span=m.span())
    return None


#: A number that may group its thousands: "30,000 ft".
_N_THOUSANDS = r"([+-]?\d{1,3}(?:,\d{3})+(?![\d.])|[+-]?\d+(?:\.\d+)?)"


def distance(t: str) -> Statement | None:
    """A stated distance in metres (before clipping), or ``None``."""
    units = [(r"(?:cm|centimet(?:er|re)s?|센티미터|센티|센치)(?![a-z])", 0.01),
             (r"(?:mm|millimet(?:er|re)s?|밀리)(?![a-z])", 0.001),
             (r"(?:km|kilomet(?:er|re)s?|킬로미터|킬로)(?![a-z])", 1000.0),
             (r"(?:miles?)\b|마일", 1609.0),
             (r"(?:m|meters?|metres?)(?![a-z])|미터(?!기)|메다|메타(?![가-힣])", 1.0),
             (r"(?:feet|foot|ft)(?![a-z])|피트", _FEET_M), (r"(?:yards?|yd)(?![a-z])|야드", 0.9144),
             (r"(?:inch(?:es)?|in\.)(?![a-z])|인치", 0.0254),
             (r"(?:steps?|paces?|strides?)\b|걸음|발자국|발짝", 0.75), (r"계단", 0.3),
             (r"(?:floors?|stor(?:e)?ys?|stories)\b(?=\s+(?:up|down|above|below|beneath|under|over))", 3.0),
             # rows of seats (theatre, plane, church pews) and seats along a row
             (r"(?:rows?|pews?)\b(?=\s+(?:behind|ahead|in front|back|up|down|away|over|forward))|줄\s*(?=뒤|앞)", 0.9),
             (r"(?:seats?)\b(?=\s+(?:to|away|over|down|behind|ahead|from|along))|(?:자리|좌석)\s*(?=옆|건너|떨어)", 0.6)]
    floors = [f.span() for f in re.finditer(_FLOOR_HEIGHT, t)]
    for unit, scale in units:
        m = next((m for m in re.finditer(rf"{_N_THOUSANDS}\s*(?:{unit})", t)
                  if (not re.match(rf"\s*(?:{_LENGTH})\s*(?:쯤|정도|가량)?\s*{_HEIGHT_WORD}", t[m.end(1):])
                      or _FROM_HEAD.match(t, m.end()))
                  and not any(a <= m.start() < b for a, b in floors)), None)
        if m:
            return number("dist_m", abs(float(m.group(1).replace(",", ""))) * scale, span=m.span())
    m = re.search(r"\b(?:zero distance|distance (?:of )?(?:almost |nearly |basically )?(?:zero|0))\b|"
                  r"거리\s*(?:는|가)?\s*(?:거의|약)?\s*0(?!\d)(?!\.\d)", t)
    if m:                          # as near as the schema allows
        return number("dist_m", 0.0, span=m.span())
    m = re.search(r"(?:발자국|걸음|발짝)\s*(\d+)\s*(?:개|번)?\s*(?:거리|만큼|정도|쯤)", t)
    if m:
        return number("dist_m", float(m.group(1)) * 0.75, span=m.span())
    m = re.search(r"(two|three|2|3|두|세)\s*(?:arm'?s?[ -]lengths?|팔\s*(?:거리|길이|간격))", t)
    if m:
        arms = {"two": 2, "2": 2, "두": 2}.get(m.group(1), 3)
        return number("dist_m", 0.7 * arms, span=m.span())
    m = re.search(r"arm'?s[ -]length|(?:한|1)\s*팔\s*(?:거리|길이|간격)|팔\s*길이|팔\s*(?:하나|한\s*개)\s*(?:거리|길이|만큼)", t)
    if m:
        return number("dist_m", 0.7, span=m.span())
    m = re.search(r"hand ?span|(?:한|1)\s*뼘", t)
    if m:
        return number("dist_m", 0.2, span=m.span())
    return None


def spread(t: str) -> Statement | None:
    """A stated width (degrees), or ``None``."""
    m = _first(t, [rf"{N}(?:{_DEG})?\s*(?:wide|width|spread|across|of spread|of width|폭|넓이|너비|넓게)",
                   rf"{_SPREAD_VERB}\s*{_APPROX}{N}{_DEG}",
                   rf"{N}{_DEG}\s*(?:가까이|정도|쯤|까지)?\s*(?:로|으로)?\s*(?:펼쳐|펼치|벌려)",
                   rf"(?:width|spread|폭|너비|넓이|wide|spread of)\s*(?:of|:|=|at|to|is|은|는|을|를|이|가)?\s*"
                   rf"{_APPROX}{N}{_DEG}?"])
    if m:
        return number("spread_deg", abs(float(m.group(1) or m.group(2))), span=m.span())
    return None


#: RT60 (s) -> wet share (value, lo, hi), interpolated between these points and held
#: beyond them: a 1.5 s tail is roomy, a 2.5 s one a hall, 4 s a cathedral.
_RT60_S = (0.3, 1.2, 1.8, 2.5, 4.0)
_RT60_WET = ((0.10, 0.37, 0.55, 0.65, 0.80), (0.0, 0.25, 0.42, 0.5, 0.65), (0.25, 0.5, 0.7, 0.8, 1.0))


def wet(t: str) -> Statement | None:
    """A stated reverb share (percent or fraction), or an RT60's region, or ``None``."""
    ctx = r"(?:wet|reverb|verb|mix|room|echo|리버브|잔향|웻|울림|에코|룸)"
    m = _first(t, [rf"{N}\s*(?:%|percent|퍼센트|프로)\s*(?:of\s*)?(?:\w+\s*)?{ctx}",
                   rf"{ctx}\w*\s*(?:at|to|of|level|mix|amount|:|=|은|는|을|를)?\s*{_APPROX}"
                   rf"{N}\s*(?:%|percent|퍼센트|프로)",
                   rf"{ctx}\s*(?:mix\s*)?(?:at|to|of|:|=)?\s*(0?\.\d+|0(?!\d|\.\d|\s*(?:%|s\b|초|sec|db)))\b"
                   r"(?!\s*(?:s\b|secs?\b|seconds?\b|초))",
                   # "bump the reverb up a bit on the snare, maybe to 30%"
                   rf"{ctx}\w*(?:(?!volume|gain|level|볼륨|게인|음량|레벨)[^.;%\d]){{0,40}}?"
                   rf"(?:\bto\s+{_APPROX}{N}\s*(?:%|percent)|{_APPROX}{N}\s*(?:%|퍼센트|프로)\s*(?:로|으로))"])
    if m:
        v = abs(float(next(g for g in m.groups() if g)))
        return number("wet_mix", v / 100.0 if "." not in m.group(0) or v > 1.0 else v,
                      span=m.span())
    rng = r"(?:\d+(?:\.\d+)?\s*(?:-|~|to)\s*)?"      # "4-5 seconds": the upper end
    m = _first(t, [rf"{rng}{N}\s*(?:s|sec|secs|seconds?|초)\b\s*(?:of\s*|짜리\s*)?(?:\w+\s*)?"
                   rf"(?:reverb|decay|tail|rt60|rt|잔향|리버브|울림)",
                   rf"(?:rt60|rt|reverb(?: time)?|decay(?: time)?|tail|잔향\s*시간|잔향|리버브|울림)\s*"
                   rf"(?:of|:|=|is|은|이|(?:ring|last|hang|run|decay)\w*(?: (?:for|out|on))?)?\s*"
                   rf"(?:[가-힣]+\s+)?{_APPROX}{N}\s*(?:s|sec|secs|seconds?|초)(?![a-z])",
                   # "the reverb is enormous, like 5 seconds"
                   rf"(?:reverb|decay|tail)\s+(?:is|was)\s+\w+,?\s*{_APPROX}{N}\s*(?:s|secs?|seconds?)"
                   rf"(?![a-z])(?!\s*(?:later|after|before|in|from))"])
    if m:
        rt = abs(float(next(g for g in m.groups() if g)))
        value, lo, hi = (float(np.interp(rt, _RT60_S, row)) for row in _RT60_WET)
        return Statement("wet_mix", value, lo, hi, span=m.span())
    return None


def gain(t: str) -> Statement | None:
    """A stated gain in dB, or ``None`` (a DRR in dB is not a gain)."""
    db = r"\s*(?:db(?:fs)?|데시벨|디비)"
    down = r"(?:quieter|softer|lower|down|less|cut|under|below|낮|작|줄|다운|내려)"
    upw = r"(?:louder|up|higher|more|boost|hotter|over|above|높|크|키|올|업)"
    step = r"\s*(?:에서|from (?:there|that))\s*(?:한\s*(?:단계|칸|눈금)|a notch|a step|조금|살짝|약간|좀)\s*(?:만)?\s*"
    m = re.search(rf"([+-]?\d+(?:\.\d+)?){db}{step}(?:(올려|키워|높여|up)|(내려|줄여|낮춰|down))", t)
    if m:                        # "-6dB에서 한 눈금만 올려": a step (3 dB) from the level named
        level, up = float(m.group(1)), m.group(2) is not None
        lo, hi = (level + 0.5, level + 6.0) if up else (level - 6.0, level - 0.5)
        return Statement("gain_db", level + (3.0 if up else -3.0), lo, hi, span=m.span())
    change = _percent_change(t)
    if change is not None:
        return change
    m = re.search(rf"-?(\d+(?:\.\d+)?){db}\s*(?:from|below|under|off|short of|down from)\s*(?:the\s*)?"
                  r"(?:max(?:imum)?|full(?: volume| scale| level)?|the top)\b|최대(?:치|\s*볼륨)?\s*(?:에서|보다)\s*"
                  rf"-?(\d+(?:\.\d+)?){db}", t)
    if m:                        # "-3 dB from max": that far under the loudest the schema holds
        return number("gain_db", RANGES["gain_db"][1] - float(m.group(1) or m.group(2)), span=m.span())
    about = r"\s*(?:정도|쯤|가량|남짓|or so|-?ish)?"
    patterns = [(rf"{N}{db}{about}\s*{down}", -1), (rf"{N}{db}{about}\s*{upw}", 1),
                (rf"(?:down|cut|lower(?:ed)?|attenuat\w*|drop(?:ped)?|reduced?|turn(?:ed)? "
                 rf"(?:it )?down|pull(?:ed)? (?:it )?down)\s*{_OBJECT}(?:by\s*)?{_APPROX}{N}{db}", -1),
                (rf"(?:boost(?:ed)?|raised?|turn(?:ed)? (?:it )?up|push(?:ed)? (?:it )?up|bump(?:ed)? "
                 rf"(?:it )?up)\s*{_OBJECT}(?:by\s*)?{_APPROX}{N}{db}", 1),
                (rf"(?:gain|level|volume|게인|볼륨|레벨|음량)\s*(?:of|at|to|:|=|은|는|을|를)?\s*"
                 rf"{_APPROX}([+-]?\d+(?:\.\d+)?){db}", 0),
                (rf"(?<![\w.])([+-]\d+(?:\.\d+)?){db}(?!\s*(?:drr|direct))", 0),
                # "volume -6 정도", "make it quieter, -4", "fade -10": a level below zero, unit unsaid, is in dB
                (rf"(?:gain|volume|게인|볼륨|음량|quieter|softer|fade(?:d)?(?: (?:out|down))?)\s*(?:of|at|to|:|=|,|은|는|을|를)?\s*{_APPROX}"
                 r"(-\d+(?:\.\d+)?)(?![\d]|\.\d|\s*(?:%|percent|퍼센트|프로|m\b|cm|s\b|sec|초|°|도))", 0)]
    # Decibels, where stated, are exact; a share of the volume beside them is loose talk.
    for p, sign in patterns:
        for m in re.finditer(p, t):
            if _after_drr(t, m.start()):
                continue
            v = float(m.group(1))
            return number("gain_db", sign * abs(v) if sign else v, span=m.span())
    m = _first(t, [rf"{N}\s*(?:%|percent|퍼센트|프로)\s*(?:of (?:the |full )?)?(?:vol(?:ume)?\b|loudness|level|gain|볼륨|음량)",
                   rf"(?:volume|loudness|볼륨|음량)\s*(?:at|to|of|:|=|은|는|을|를)?\s*{_APPROX}{N}\s*(?:%|percent|퍼센트|프로)"])
    percent = float(next(g for g in m.groups() if g)) if m else 0.0
    # A share of full volume is an amplitude ratio; "볼륨 100%로" asks for full volume,
    # which its words say.
    if 0 < percent < 100:
        return number("gain_db", 20.0 * math.log10(percent / 100.0), span=m.span())
    return sound_level(t)


def _after_drr(t: str, start: int) -> bool:
    """Whether the number at ``start`` is a direct-to-reverberant ratio's ("DRR of 10 dB")."""
    return re.search(r"(?:drr|direct[- ]to[- ]\w+(?: ratio)?|직접음\s*대\s*잔향(?:음)?|직접음)\s*"
                     r"(?:비율?)?\s*(?:of|at|to|:|=|is|은|는)?\s*~?\s*$", t[:start]) is not None


#: What a gain change acts on, between its verb and its dB: "drop the whistle 6 dB".
_OBJECT = r"(?:(?:it|them|that|this|(?:the|my|that|those) [a-z]+(?: [a-z]+)?)\s+)?"
# "at roughly 85 dB", "40 dB SPL": an unsigned level of 30 dB or more is a sound pressure level.
_SPL = re.compile(r"(?<![+\-\d.])(\d{2,3}(?:\.\d+)?)\s*(?:db|데시벨)(?:\s*(?:spl|a)\b|\(a\))?(?!\s*(?:drr|direct))")
#: dB SPL of ordinary conversation, heard as the schema's 0 dB gain.
_CONVERSATION_SPL = 65.0
#: dB SPL per dB of gain: 30 dB (a whisper) to 95 dB (a jackhammer) spans -14 to +12 dB.
_SPL_PER_GAIN_DB = 2.5


def sound_level(t: str) -> Statement | None:
    """A gain (dB, +-3) from a stated sound pressure level, relative to conversation, or ``None``."""
    m = _SPL.search(t)
    if m is None or not 30.0 <= float(m.group(1)) <= 140.0 or _after_drr(t, m.start()):
        return None
    value = float(np.clip((float(m.group(1)) - _CONVERSATION_SPL) / _SPL_PER_GAIN_DB, *RANGES["gain_db"]))
    return Statement("gain_db", value, value - 3.0, value + 3.0, span=m.span())


def _percent_change(t: str) -> Statement | None:
    """"turn it down 20%", "20% louder", "30% 줄여": a change of amplitude by a share,
    as a gain in dB (20 log10 of the new share of the old)."""
    pct = r"\s*(?:%|percent|퍼센트|프로)"
    down = (r"(?:turn(?:ed)? (?:it |this |that )?down|lower(?: it)?|cut(?: it)?|reduce(?: it)?|"
            r"drop(?: it)?|pull(?:ed)? (?:it )?down|bring (?:it )?down)")
    up = r"(?:turn(?:ed)? (?:it |this |that )?up|raise(?: it)?|boost(?: it)?|bump(?: it)? up|push(?: it)? up)"
    # "70% 정도로 줄이고", "down to 70%": to a share of the level, not by it
    m = re.search(rf"{N}{pct}\s*(?:정도|쯤)?\s*(?:으로|로)\s*(?:\S+\s+)?(?:줄|낮|다운|키우|키워|높|올)|"
                  rf"\b(?:down|up) to {_APPROX}{N}{pct}", t)
    share = float(next(g for g in m.groups() if g)) / 100.0 if m else 0.0
    if 0 < share < 1:
        return number("gain_db", 20.0 * math.log10(share), span=m.span())
    for pattern, louder in ((rf"{down}\s*(?:by\s*)?{_APPROX}{N}{pct}", False),
                            (rf"{N}{pct}\s*(?:정도\s*|쯤\s*)?(?:만\s*)?(?:quieter|softer|lower|down\b|줄(?:여|이|인|였)|낮(?:춰|추|춘|췄)|작게|다운)",
                             False),
                            (rf"{up}\s*(?:by\s*)?{_APPROX}{N}{pct}", True),
                            (rf"{N}{pct}\s*(?:정도\s*|쯤\s*)?(?:만\s*)?(?:louder|higher|up\b|키워|키우|높여|높이|크게|올려|올리)",
                             True)):
        m = re.search(pattern, t)
        if m is None:
            continue
        share = abs(float(m.group(1))) / 100.0
        if not louder and share >= 1.0:
            return None
        return number("gain_db", 20.0 * math.log10(1.0 + share if louder else 1.0 - share),
                      span=m.span())
    m = _HALF.search(t)             # "cut the seagulls by half", "볼륨 반으로": half the amplitude
    return None if m is None else number("gain_db", 20.0 * math.log10(0.5), span=m.span())


_HALF = re.compile(r"\b(?:cut|turn|bring|drop|take|pull)\b[^.;,]{0,24}?\b(?:(?:down )?by half|in half|to half)\b|"
                   r"\bhalf (?:the )?(?:volume|level|as loud)\b|(?:볼륨|음량|소리|레벨)\S*\s*(?:을|를|은|는)?\s*(?:딱\s*)?반으로")


def drr(t: str) -> Statement | None:
    """A stated direct-to-reverberant ratio in dB, or ``None``."""
    m = re.search(r"(?:drr|direct[- ]to[- ]reverb\w*(?: ratio)?|직접음\s*대\s*잔향(?:음)?\s*(?:비율?)?)"
                  r"\s*(?:of|at|to|:|=|is|around|about|은|는|을|를)?\s*~?\s*([+-]?\d+(?:\.\d+)?)"
                  r"\s*(?:db|데시벨)|([+-]?\d+(?:\.\d+)?)\s*db\s*(?:drr|direct[- ]to)", t)
    if m:
        return number("drr_db", float(m.group(1) or m.group(2)), span=m.span())
    return None


READERS = {"az_deg": azimuth, "el_deg": elevation, "dist_m": distance, "spread_deg": spread,
           "wet_mix": wet, "gain_db": gain, "drr_db": drr}


# "not 2 metres", "2미터 아니고": the number just named is denied.
_DENIED_BEFORE = re.compile(r"\b(?:not|n't|no)\s+(?:at\s+|about\s+|around\s+)?$|n't\s+(?:at\s+)?$")
_DENIED_AFTER = re.compile(r"\s*(?:가|이|은|는|도)?\s*(?:아니|말고)")
_BARE = r"(?<![\w.])(~\s*|약\s*|대략\s*)?(\d+(?:\.\d+)?)(?![\d.]|\s*(?:%|°|[a-z가-힣]))"


def _denied(t: str, s: Statement, corrected=()) -> bool:
    return bool(_DENIED_BEFORE.search(t[max(0, s.span[0] - 16):s.span[0]])
                or _DENIED_AFTER.match(t[s.span[1]:])
                or inside(s.span, corrected))


def _correction(t: str, s: Statement, reader, corrected=()) -> Statement | None:
    """What replaces a denied number: "not 2 metres, more like 20" -> 20 m.

    A bare number after the denied one takes its unit; without one nothing is stated.
    """
    lo, hi = s.span
    unit = re.sub(r"^\D*?\d+(?:\.\d+)?", "", t[lo:hi])
    tail = re.sub(_BARE, lambda m: m.group(0) + unit, t[hi:], count=1)
    found = reader(t[:lo] + " " * (hi - lo) + tail)
    return None if found is None or _denied(t, found, corrected) else found


# "-45 degrees azimuth, where positive is left": the other sense of rotation.
_LEFT_POSITIVE = re.compile(r"\bpositive (?:is|=|means|goes|to the) ?(?:the )?left\b|\bleft is positive\b|"
                            r"\b(?:counter-?clockwise|anti-?clockwise|ccw) (?:is )?positive\b|"
                            r"왼쪽이\s*(?:양수|\+|플러스)|반시계\s*방향이\s*(?:양수|\+|플러스)")


def stated_numbers(t: str, corrected=()) -> dict[str, Statement]:
    """Every attribute the normalised text ``t`` states as a number.

    A number inside ``corrected`` (character ranges a later correction takes
    back) gives way to the one after it.
    """
    out = {}
    for attr, reader in READERS.items():
        s = reader(t)
        if s is not None and _denied(t, s, corrected):
            s = _correction(t, s, reader, corrected)
        if s is not None:
            out[attr] = s
    az = out.get("az_deg")
    if az is not None and az.kind == "number" and _LEFT_POSITIVE.search(t):
        out["az_deg"] = number("az_deg", -az.value, span=az.span)
    return out
