"""References to the listener's body and to other frames (compass with a facing, stage).

Body references name a direction, a height and a distance at once ("under my
chin": front, well below ear level, very close). A compass point counts only
with a stated facing ("I'm facing north; the wind comes from the east" -> +90).
A stage or screen is taken as the listener's front; "stage left" is the
performer's left, i.e. the audience's right.
"""
from __future__ import annotations

import re

from ..params import wrap_deg
from .normalize import is_korean
from .statements import Statement, az_region, inside as _inside
from .vocabulary import (LISTENER_AT_BACK_EN, LISTENER_AT_BACK_KO, SCREEN_EN, SCREEN_KO, WEAK_EN,
                         WEAK_KO)

_L, _R = r"(?:left|왼쪽?|왼)", r"(?:right|오른쪽?|오른)"
# (english, korean, az centre or None, az half-width, el level, dist level); side-specific
# entries have a {side} slot filled with left / right patterns (sign -1 / +1).
BODY = [
    (r"\bbehind my head\b|\bback of my head\b|\bbase of my skull\b",
     r"뒤통수|뒷통수|머리\s*뒤", 180.0, 20.0, "level", "close-strong"),
    (r"\b(?:at|on|by|nipping at) my heels\b", r"발뒤꿈치|발꿈치", 180.0, 25.0, "down-strong", "close-weak"),
    (r"\bat my back\b", r"등에\s*(?:바짝|붙)", 180.0, 25.0, None, "close"),
    (r"\bblind spot\b", r"사각지대|등\s*뒤", 180.0, 25.0, None, None),
    (r"\b(?:inside|in) my (?:skull|head)\b|\bbetween my ears\b",
     r"머릿속|머리\s*속|두개골|두\s*귀\s*사이", 0.0, 20.0, "level", "close-strong"),
    (r"\bnape\b|\bback of my neck\b|\bneck\b", r"목덜미|뒷목|목\s*뒤", 180.0, 20.0, "nape",
     "close-strong"),
    (r"\bmy (?:shirt |coat |jacket )?collar\b", r"옷깃|(?:셔츠|와이셔츠)\s*깃", None, 0.0, "chest", "close-strong"),
    (r"\bmy (?:belly|navel|stomach)\b(?![- ]?(?:button )?(?:height|level))", r"배꼽(?!\s*높이)|배\s*앞", 0.0, 20.0,
     "down", "close-strong"),
    (r"\bmy (?:chest|collarbones?|sternum|breastbone)\b|\b(?:cent(?:re|er)|middle) of (?:the )?chest\b", r"가슴\s*(?:바로\s*)?(?:앞|안|속|께|위|가까이)|심장\s*(?:바로\s*)?(?:앞|께|쪽|가까이|근처)|쇄골(?:\s*(?:바로\s*)?위(?:에서|에|쪽)?)?|흉골|명치", 0.0, 20.0, "chest", "close-strong"),
    (r"\bbetween my eyes\b|\bbridge of my nose\b", r"미간|두\s*눈\s*사이", 0.0, 15.0, "level",
     "close-strong"),
    # just behind an ear: 7 of 7 tuned labels for it admit 120 degrees
    (r"\b(?:just|slightly|a (?:touch|hair|little|bit)) behind my {side} ear\b", r"{side}\s*귀\s*살짝\s*뒤",
     120.0, 15.0, "level", "close-strong"),
    (r"\bbehind my {side} ear\b", r"{side}\s*귀\s*(?:바로\s*)?뒤", 135.0, 20.0, "level", "close-strong"),
    (r"\bbehind my ears?\b", r"(?<![가-힣])귀\s*뒤", 180.0, 25.0, "level", "close-strong"),
    (r"\bunder my chin\b|\bbelow my chin\b|\bbeneath my chin\b",
     r"턱\s*(?:바로\s*)?(?:밑|아래)", 0.0, 20.0, "chest", "close-strong"),
    (r"\b(?:between )?my shoulder[- ]?blades\b|\bmy upper back\b",
     r"날개뼈|견갑골|등\s*(?:한\s*)?가운데", 180.0, 25.0, "chest", "close-strong"),
    (r"\bat my feets?\b|\b(?:at|by|around|near|over) my toes\b|\bbetween my feet\b|\bby my feets?\b|\bunder my feet\b|\bnear my feets?\b|\baround my feet\b|"
     r"\b(?:at|by|near|around|between) the feet\b(?! of)",
     r"발밑|발\s*밑|발바닥|두\s*발\s*사이|발\s*(?:아래|앞|근처|께)|(?<=[내제]\s)발\s*(?:옆|사이)", 0.0, 30.0, "down-strong", "close-weak"),
    (r"\b(?:above|over) my forehead\b|\b(?:above|over) the forehead\b", r"이마\s*(?:바로\s*)?위", 0.0, 20.0, "brow", "close-strong"),
    (r"\b(?:at|in front of) my forehead\b", r"이마\s*(?:바로\s*)?앞", 0.0, 20.0, "up-weak", "close-strong"),
    (r"\bin front of my (?:nose|face|eyes)\b|\bright in my face\b|\bunder my nose\b|"
     r"\b(?:the )?tip of my nose\b|\b(?:at|on|to) my (?:nose|lips|mouth)\b",
     r"코앞|코\s*앞|눈앞|얼굴\s*앞", 0.0, 20.0, "level", "close-strong"),
    (r"(?<!above the )(?<!over the )\b(?:top|crown) of my head\b|\bon my head\b",
     r"정수리(?!\s*보다)|머리\s*꼭대기(?!\s*보다)", None, 0.0, "up-strong", "close-strong"),
    (r"\b(?:just |right )?(?:over|above) the (?:top|crown) of my head\b", r"정수리\s*바로\s*위", None, 0.0,
     "up-strong", "close"),
    (r"(?<!over )(?<!above )(?<!of )(?<!on )\b(?:a)?round my head\b|\b(?:circl|orbit)\w* my head\b",
     r"머리\s*(?:주위|주변|둘레|를\s*(?:빙|돌))", None, 0.0, "level", "close-strong"),
    (r"\bbehind my {side} (?:foot|heel|ankle)\b", r"{side}\s*(?:발|발뒤꿈치|발목)\s*뒤", 135.0, 25.0, "down-strong",
     "close"),
    (r"\bbehind my {side} (?:knee|hip|leg|thigh|foot|heel|elbow|arm|hand|side)\b",
     r"{side}\s*(?:무릎|허리|다리|엉덩이|발|팔꿈치|옆구리)\s*뒤", 135.0, 25.0, None, "close"),
    (r"\bin front of my {side} shoulder\b", r"{side}\s*어깨\s*(?:바로\s*)?앞", 70.0, 15.0, "down-weak",
     "close-strong"),
    # over a shoulder: 46 of 51 tuned labels admit 118-142 degrees
    (r"\b(?:over|past|behind) my {side} shoulder\b", r"{side}\s*어깨\s*(?:바로\s*)?(?:너머|뒤)", 130.0, 12.0, None,
     "close"),
    (r"\bover my shoulder\b", r"어깨\s*너머", 180.0, 30.0, None, None),
    # Just above a shoulder is a touch above ear height ("어깨 위에 앉은" sits on it, lower);
    # "high above my right shoulder" is above.
    (r"\b(?:just|right|slightly|a little|a touch|a tad|a bit|a hair) above my {side} shoulder\b|"
     r"\b{side} shoulder,? (?:maybe |perhaps |just )?(?:a touch|a tad|a little|a bit|slightly) above (?:it|that)\b",
     r"{side}\s*어깨\s*(?:(?:살짝|약간|조금|좀)\s*)?(?:바로\s*위|위쪽)(?!\s*(?:로\s*)?(?:높|멀|하늘|한참|훨씬))", 95.0, 25.0, "shoulder-top",
     "close-strong"),
    (r"\b(?:at|on|by|near) my {side} shoulder\b|\b{side} shoulder\b",
     r"{side}\s*어깨", 95.0, 25.0, "down-weak", "close-strong"),
    (r"\bmy shoulders?\b", r"(?<![가-힣])어깨\s*(?:까지|위로|위에|에)", None, 0.0, "down-weak", "close-strong"),
    (r"\b(?:at|in|by|into|near|against|next to|beside) my {side} ear\b|\b{side} ear\b",
     r"{side}\s*(?:귀|귓불|귓가|귓바퀴)", 90.0, 20.0, "level", "close-strong"),
    (r"\b{side} (?:elbow|arm|hand|wrist)\b(?!-)", r"{side}\s*(?:팔꿈치|손목)", 90.0, 25.0, "chest",
     "close-strong"),
    (r"\bmy {side} back pocket\b", r"{side}\s*(?:엉덩이\s*주머니|뒷주머니)", 135.0, 25.0, "down",
     "close-strong"),
    (r"\b{side} (?:buttock|butt cheek)\b", r"{side}\s*엉덩이", 90.0, 25.0, "down", "close-strong"),
    (r"\bmy back pocket\b|\bmy (?:butt|backside|rear end)\b", r"엉덩이|뒷주머니", 180.0, 25.0,
     "down", "close-strong"),
    (r"\b{side} (?:cheek|temple)\b", r"{side}\s*(?:뺨|볼|관자놀이)", 80.0, 20.0, "level",
     "close-strong"),
    (r"\b{side} (?:hip|waist|pocket)\b", r"{side}\s*(?:허리|옆구리|주머니|골반)", 90.0, 25.0, "chest",
     "close-strong"),
    (r"\b{side} (?:foot|ankle|heel|toes?)\b", r"{side}\s*(?:발목|발(?!소리|자국|걸음|짝))",
     90.0, 25.0, "down-strong", "close"),
    (r"\b{side} (?:knee|thigh|shin|calf|leg)\b",
     # "오른쪽 다리 위를 건너감", "왼쪽 다리 쪽으로 달려가": a bridge, not a leg
     r"{side}\s*(?:무릎|허벅지|종아리|다리(?!\s*(?:위를|위로|를|쪽으로|쪽에서|건너|너머|아래로|밑을)))",
     90.0, 25.0, "down", "close"),
    (r"\bmy (?:ankles?|shins?|calf|calves)\b", r"발목|정강이|종아리", None, 0.0, "down-strong", "close-weak"),
    (r"\bbehind my (?:waist|hips?)\b|\bsmall of my back\b|\bmy lower back\b", r"허리\s*(?:바로\s*)?뒤",
     180.0, 25.0, "chest", "close"),
    (r"\bmy (?:waist|hips?|belt)\b|\bbelly[- ]button\b|\bwaist (?:level|height)\b",
     r"허리\s*(?:높이|쯤|께|춤)|허리께|옆구리|골반", None, 0.0, "chest", "close-strong"),
    (r"\bmy (?:lap|pocket)\b", r"(?<!앞치마 )(?<!아)주머니", None, 0.0, "down", "close-strong"),
    (r"\bmy (?:knees?|thighs?)\b", r"무릎\s*위(?:에서|에|로)?|무릎|허벅지", None, 0.0, "down", "close"),
    (r"\b(?:by|near|at|in) my hands?\b", r"손\s*(?:옆|근처|께)|손끝|(?<![가-힣])(?:내|제)\s*(?:두\s*)?손(?:에|안에|바닥에|으로)(?![가-힣])",
     None, 0.0, "down", "close"),
]

#: Whose body: game briefs and audio description name the listener in the second or
#: third person ("at your feet", "at the player's left shoulder", "the driver's right ear").
_LISTENER_POSSESSIVE = (r"(?:my|your|their|his|her|the (?:listener|player|viewer|audience|driver|"
                        r"user|visitor|trainee|patient|passenger|wearer|pilot|rider|diver)'s|"
                        r"the (?:listeners|players|viewers|students|guests|visitors|passengers|riders)')")
# The side away from one ear is the other side.
_AWAY = (rf"\b(?:(?:side )?(?:away from|opposite(?: to)?|across from)|(?:far|other|opposite) side (?:from|to)) {_LISTENER_POSSESSIVE} "
         r"(left|right)(?: ear| side| cheek| temple| shoulder)?\b",
         r"(왼|오른)쪽?\s*(?:귀\s*)?(?:말고|아니고|아니라)\s*(?:그\s*)?반대(?:편|쪽)|(왼|오른)쪽?\s*귀\s*(?:의\s*|랑\s*|와\s*|하고\s*)?반대|(왼|오른)쪽?\s*(?:의\s*)?정?반대편|(왼|오른)쪽?\s*귀\s*(?:에서|랑|이랑|와|과|하고)\s*먼\s*쪽")

_SLIGHTLY_BACK = re.compile(r"[^.;]{0,24}?\b(?:slightly|a bit|a little|just)\s+back\b")
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
             "south": 180.0, "southwest": -135.0, "west": -90.0, "northwest": -45.0,
             "북": 0.0, "북동": 45.0, "동": 90.0, "남동": 135.0, "남": 180.0, "남서": -135.0,
             "서": -90.0, "북서": -45.0, "ne": 45.0, "se": 135.0, "sw": -135.0, "nw": -45.0}
_EN_COMPASS = r"(north(?:-| )?(?:east|west)?|south(?:-| )?(?:east|west)?|east|west)"
_KO_COMPASS = r"(북동|북서|남동|남서|북|남|동|서)"
_EN_FACING = re.compile(rf"(?:facing|face|looking|look|looks|turned|pointed|pointing|points|aimed|"
                        rf"aims|towards?|faces)(?: (?:due|the|to the|to|toward the|towards the))? {_EN_COMPASS}\b|"
                        rf"\b{_EN_COMPASS} is (?:my|our|the|your) (?:front|forward|12 o'?clock)\b|"
                        rf"\bwith {_EN_COMPASS} (?:as|being) (?:my |our |the )?front\b|"
                        rf"\bfac(?:e|es|ing) (?:the |a )?\w+(?:,? which is|,|,? so) (?:due )?{_EN_COMPASS}\b(?!\s*(?:is|lies|would be)\b)|"
                        rf"\bfac(?:e|es|ing) (?:the |a )?(?:\w+ ){{0,2}}\w+,? which (?:we'll|we will|i'll|i will|we) call {_EN_COMPASS}\b")
_KO_FACING = re.compile(rf"{_KO_COMPASS}\s*쪽?\s*(?:하늘|방향|바다|벽|창)?\s*(?:을|를)?\s*(?:보고|바라\S*|향\S*|보는|볼\s|보면|봤을|마주)")
_EN_SOURCE = re.compile(rf"\b(?:from|to|in|at|toward|towards|on) (?:the |my |our |your )?(?:due |directly |straight |dead )?{_EN_COMPASS}\b|"
                        rf"\b(?:due )?{_EN_COMPASS} of (?:me|us|(?:the )?(?:listener|camera|player|viewer)|where i)\b|"
                        rf"\b{_EN_COMPASS}(?:ern)? (?:side|wall|window|end|wind)\b|\b{_EN_COMPASS}erly\b|"
                        rf"\b(?:due|dead) {_EN_COMPASS}\b|"
                        rf"\b(?:going|heading|moving|running|flying|driving|sailing|passing) {_EN_COMPASS}(?= to\b)|"
                        rf"\b(?:somewhere|far|way|off|out|over) (?:off |out |over )?(?:to the )?{_EN_COMPASS}\b|"
                        r"(?<=[:,] )[a-z]+(?: [a-z]+)? (nw|ne|se|sw)\b(?!')")     # "chickadee NW"
_KO_SOURCE = re.compile(rf"{_KO_COMPASS}\s*쪽|(?:(?<![가-힣])|(?<=정)){_KO_COMPASS}\s*(?:에서|방향)")
# "facing north, wind from roughly 315": with a facing stated, a bare number is a bearing.
_BEARING_NUMBER = re.compile(r"\b(?:from|at|toward|towards|bearing|heading)\s+(?:roughly |about |around |"
                             r"approximately |~\s*)?(\d{2,3})(?![\d.])(?!\s*(?:%|[a-z가-힣]))|"
                             r"방위\s*(?:각)?\s*(\d{1,3})(?![\d.])")

# The sun rises in the east and sets in the west.
_SUN_SIDE = re.compile(r"\b(?:from|towards?|to|at|in) (?:where the sun (?:rises|comes up|sets|goes down)|"
                       r"the (?:sunrise|rising sun|sunset|setting sun))\b|"
                       r"해\s*(?:가\s*)?(?:뜨는|떠오르는|지는|저무는)\s*(?:쪽|방향|곳)")
_SUN_RISES = re.compile(r"ris|comes up|뜨|떠오")


def _bearing(word: str) -> float:
    return _BEARINGS[word.replace("-", "").replace(" ", "")]


# "north is behind me", "북쪽이 내 왼쪽": a compass point placed around the listener.
_EN_AXIS = re.compile(rf"\b{_EN_COMPASS} is (?:(behind me|at my back)|(?:to|on) my (left|right))\b")
_KO_AXIS = re.compile(rf"{_KO_COMPASS}\s*쪽?\s*(?:이|은|는|가)\s*(?:내\s*)?(뒤|왼쪽|오른쪽)")
# "my back to the hedge, which is north", "북쪽을 등지고": the listener faces away from it.
_BACK_TO = re.compile(rf"\b(?:my|our|with my|with our) backs? (?:is |are )?(?:turned )?(?:to|towards?) "
                      rf"(?:the )?(?:[a-z]+(?: [a-z]+)?,? which is (?:due )?)?{_EN_COMPASS}\b|"
                      rf"{_KO_COMPASS}\s*쪽?\s*(?:을|를)?\s*등(?:지|져|에\s*두)")


# "Aircraft heading 270. Lighthouse foghorn due north": a numbered course is a facing.
_HEADING = re.compile(r"\b(?:heading|course)\s*(?:of\s*|:\s*)?(\d{1,3})(?!\d|\.\d)(?:\s*(?:°|degrees?))?")


_LISTENER_BEFORE = re.compile(r"\b(?:i'?m|i am|we'?re|we are|i|we|you'?re|you are|you)\s+(?:\w+\s+)?$")


def _facing(t: str) -> tuple[float, re.Match] | None:
    """The bearing (degrees, clockwise from north) the listener faces and the words
    stating it ("facing north", "북쪽을 보고", "north is behind me", "heading 270" with a
    compass point named), if any."""
    stated = [*_EN_FACING.finditer(t), *_KO_FACING.finditer(t)]
    if stated:
        # "Venue faces north, I'm facing south": the listener's facing, over a building's
        m = next((m for m in stated if _LISTENER_BEFORE.search(t, 0, m.start())), stated[0])
        return _bearing(next(g for g in m.groups() if g)), m
    m = _HEADING.search(t)
    if m is not None and (_EN_SOURCE.search(t) or _KO_SOURCE.search(t)):
        return wrap_deg(float(m.group(1))), m
    m = _BACK_TO.search(t)
    if m is not None:
        return wrap_deg(_bearing(next(g for g in m.groups() if g)) + 180.0), m
    m = _EN_AXIS.search(t) or _KO_AXIS.search(t)
    if m is None:
        return None
    where = next(g for g in m.groups()[1:] if g)
    turn = 180.0 if where in ("behind me", "at my back", "뒤") else (
        90.0 if where in ("left", "왼쪽") else -90.0)
    return wrap_deg(_bearing(m.group(1)) + turn), m


def facing_phrase(text: str) -> str | None:
    """The words stating which way the listener faces ("facing north", "북쪽을 보고"), if any."""
    found = _facing(text.lower())
    return None if found is None else found[1].group(0)


def _compass_points(t: str) -> list[tuple[float, re.Match]]:
    """Each compass point named as a place, in text order, with its azimuth from the
    stated facing ("I'm facing north; ... from the east" -> +90); none without a facing."""
    found = _facing(t)
    if found is None:
        return []
    facing, face = found
    rest = t[:face.start()] + " " * (face.end() - face.start()) + t[face.end():]
    points = [(_bearing(next(g for g in m.groups() if g)), m)
              for m in list(_EN_SOURCE.finditer(rest)) + list(_KO_SOURCE.finditer(rest))]
    points += [(float(m.group(1) or m.group(2)), m) for m in _BEARING_NUMBER.finditer(rest)
               if float(m.group(1) or m.group(2)) < 360.0]
    # "facing west toward the sunset" says the facing again, not a place.
    points += [(90.0 if _SUN_RISES.search(m.group(0)) else 270.0, m)
               for m in _SUN_SIDE.finditer(rest) if m.start() > face.end() + 3 or m.end() < face.start()]
    return [(wrap_deg(bearing - facing), m) for bearing, m in sorted(points, key=lambda p: p[1].start())]


def compass(t: str, denied=()) -> Statement | None:
    """Azimuth of a compass-point source given a stated facing, else ``None``; a point
    corrected away ("서쪽에서... 아니, 북쪽에서") gives way to the one after it."""
    found = [(az, m) for az, m in _compass_points(t) if not _inside(m.span(), denied)]
    if not found:
        return None
    az, src = found[0]
    return az_region(az, 2.0, span=src.span())


def compass_path(t: str) -> tuple[float, float] | None:
    """``(start, end)`` azimuths of a move between two compass points with a stated
    facing ("facing east, the train rolls from north to south"), else ``None``."""
    if not re.search(rf"\bfrom\b|에서|\b{_EN_COMPASS} to (?:the )?{_EN_COMPASS}\b", t):
        return None
    points = _compass_points(t)
    if len(points) < 2:
        return None
    start, end = points[0][0], points[-1][0]
    return None if start == end else (start, end)


# "at the foot of the stage right in front of me": 'right' as an intensifier, not a side
STAGE_FLIP = re.compile(r"\b(?:down|up)?stage[ -](left\b|right\b(?<!the stage right)|right\b"
                        r"(?!\s+(?:in front|behind|above|below|next to|beside|by|over|under|at)\b))|무대\s*(왼|오른)쪽?\s*\(?\s*배우|"
                         r"(?:배우|연주자|공연자|출연자)들?\s*(?:기준|입장|시점)(?:에서|에선|으로)?\s*(왼|오른)쪽")


def performer_side(stage: re.Match) -> str:
    """The performer's side a :data:`STAGE_FLIP` match names, ``"left"`` or ``"right"``
    (the audience's other side: "stage left" is the audience's right)."""
    return "right" if next(g for g in stage.groups() if g).startswith(("right", "오른")) else "left"


_FRAME_OBJECT = re.compile(r"\b(?:the |a )?(?:screen(?! reader)|stage(?! (?:start|finish|end|\d))|projection)\b|"
                           r"\bthe (?:desk|window|door|windscreen|windshield) (?:is|as|=) (?:my |the )?front\b|"
                           r"\b(?:of|on|facing|towards?|at) (?:the |my )?(?:tv|television|monitor)\b|"
                           r"스크린|화면|무대|(?:티비|모니터|tv)\s*(?:기준|(?:를|을)\s*(?:보|향))")


_OFF_FRAME = re.compile(r"\boff[- ]?(?:screen|camera|frame)\b|\bcamera (?:left|right)\b|"
                        r"(?:화면|프레임|스크린)\s*밖|카메라\s*(?:기준|시점)")


# Theatre cue abbreviations: SL / SR (stage left / right, the performer's), DSL, USR, DSC, CS;
# DR / DL (down right / left) only where a clause ends, since "Dr" is also a title.
_STAGE_ABBR = re.compile(r"(?<![\w.'])([du]?)s([lr])(?![\w'])(?!\.\s*[a-z])|(?<![\w.'])(cs|dsc)(?![\w'])|"
                         r"(?<![\w.'])(d)([lr])(?=\s*(?:[,;:)]|\.(?!\s*[a-z])|$))")


def stage_abbreviation(t: str) -> Statement | None:
    """A stage position written as a cue sheet writes it, seen from the audience: "SL" (the
    performer's left) is front-right, "DSR" front-left and nearer the edge, "USL" front-right
    and deeper, "CS" / "DSC" centre ("USC" is left out: a university); else ``None``."""
    m = _STAGE_ABBR.search(t)
    if m is None:
        return None
    if m.group(3):
        return az_region(0.0, 15.0, span=m.span())
    depth, side = (m.group(1), m.group(2)) if m.group(2) else (m.group(4), m.group(5))
    sign = 1.0 if side == "l" else -1.0
    centre = {"d": 45.0, "u": 25.0}.get(depth, 40.0)
    return az_region(sign * centre, 20.0, span=m.span())


def _inside_picture(m: re.Match, t: str) -> bool:
    """Whether a side named on a stage, screen or desk lies inside the picture, a little
    off centre: a corner, a place named up and across, or any side of a monitor."""
    named = m.group(0)
    if re.match(r"[^.,]{0,12}?(?:바깥|(?<![가-힣])밖)", t[m.end():]):
        return False              # "화면 왼쪽 위 모서리 바깥": past the picture's corner
    if m.group("across") or "corner" in named or named.startswith(("모니터", "티비", "tv")):
        return True
    after = r"\s*(?:구석|모서리)" if named.startswith("무대") else r"\s*(?:위|아래|상단|하단|구석|모서리)"
    return re.match(after, t[m.end():]) is not None


def stage_side(t: str, denied=()) -> Statement | None:
    """A side of the stage or screen in front: front-left or front-right of the listener.

    "Stage left" is the performer's left, i.e. the audience's right.
    """
    from .azimuth import find_atoms

    m = re.search(r"(?:스크린|화면|무대|제단)\s*(?:의\s*)?(?:반대편|반대쪽)|"
                  r"\b(?:opposite|away from) (?:the )?(?:screen|stage|altar)\b", t)
    if m:                          # the side facing away from the frame's front
        return az_region(180.0, 25.0, span=m.span())
    # "offstage left - correction, offstage RIGHT": the side not taken back
    m = next((m for m in re.finditer(r"\boff[- ]?(?:screen|camera)(?: to the| to| on the)? (left|right)\b|"
                                     r"화면\s*밖\s*(왼|오른)|\b(?:hard|far|extreme) (?:screen|frame) (left|right)\b|"
                                     r"\boff[- ]?stage (left|right|l|r)\b", t) if not _inside(m.span(), denied)), None)
    if m:                          # offstage sides are the performer's, as "stage left" is
        side = next(g for g in m.groups() if g)
        sign = (1.0 if side.startswith(("r", "오른")) else -1.0) * (-1.0 if m.group(4) else 1.0)
        return az_region(sign * 90.0, 25.0, span=m.span())
    m = re.search(r"(?<![가-힣])(상수|하수)\s*(?=쪽|입구|방향|측|에서|로|편)", t)
    if m:                          # 상수 is the audience's right of the stage, 하수 its left
        return az_region(45.0 if m.group(1) == "상수" else -45.0, 20.0, span=m.span())
    if _OFF_FRAME.search(t):
        return None                # off the screen, or the camera is the listener: plain sides
    # The performer's side decides, also where an edge of the stage is named with it.
    m = next((m for m in STAGE_FLIP.finditer(t) if not _inside(m.span(), denied)), None)
    if m:
        sign = 1.0 if performer_side(m) == "left" else -1.0
        if LISTENER_ON_STAGE.search(t):       # the performer's sides are the listener's own
            return az_region(-sign * 90.0, 25.0, span=m.span())
        slightly = re.search(rf"\b(?:{WEAK_EN}|just)\s+$", t[max(0, m.start() - 16):m.start()])
        return _side_region(sign, slightly, (45.0, 20.0), span=m.span())
    edge = r"\b(?:just )?(past|beyond|outside|off|at|on|near|by) the (left|right) edge"
    m = re.search(edge + r" of (?:the )?(?:frame|screen|picture|shot|stage)\b|"
                  r"(?:화면|스크린|무대)\s*(왼|오른)쪽\s*(?:끝|가장자리)", t) or (
        _FRAME_OBJECT.search(t) and re.search(edge + r"\b", t))
    if m:
        side = m.group(2) or m.group(3)
        outside = m.group(1) in ("past", "beyond", "outside", "off")
        sign = 1.0 if side.startswith(("right", "오른")) else -1.0
        return az_region(sign * (40.0 if outside else 30.0), 12.0, span=m.span())
    m = re.search(r"\b(?:frame|screen) (left|right)\b", t)
    if m:
        return az_region(45.0 if m.group(1) == "right" else -45.0, 20.0, span=m.span())
    m = re.search(r"무대\s*(?:중앙|가운데|센터|위)?\s*(?:에서\s*)?(?:약간|살짝|조금|좀)?\s*뒤(?!에서\s*듣)|"
                  r"\bupstage\b|\b(?:back|rear) of the stage\b", t)
    if m:                  # upstage is still in front of the audience
        sides = {a.name for a in find_atoms(t) if not _inside((a.start, a.end), denied)} & {"left", "right"}
        if len(sides) == 1 and is_korean(t):      # "호른은 오른쪽, 넷 다 무대 뒤쪽 멀리"
            return az_region(90.0 if "right" in sides else -90.0, 25.0, span=m.span())
        return az_region(0.0, 20.0, span=m.span())
    m = re.search(rf"(?:{SCREEN_KO}|무대|책상)\s*기준\s*(?:으로|에서)?\s*(왼|오른)쪽"
                  r"(?!\s*(?:위|아래|상단|하단|구석|모서리|끝|가장자리))", t)
    if m:                  # the frame sets the front only: its right is the listener's right
        return az_region(90.0 if m.group(1) == "오른" else -90.0, 25.0, span=m.span())
    m = re.search(rf"(?:무대|{SCREEN_KO}|책상(?=\s*기준))\s*(?:기준\s*(?:으로|에서)?\s*)?(왼|오른)쪽|"
                  r"\b(left|right) (?:side|end|edge|wing) of the (?:stage|screen)\b|"
                  r"\b(?:(?:top|bottom|upper|lower)[- ])?(left|right)[- ](?:hand )?corner of "
                  rf"(?:the |my )?(?:{SCREEN_EN}|it)\b|\b(?:top|bottom|upper|lower)[- ]"
                  rf"(?P<across>left|right)(?: part| side| half| edge)? of (?:the |my )?(?:{SCREEN_EN})\b", t)
    if m:                  # the stage's own side: its back is still in front of the listener
        side = 1.0 if next(g for g in m.groups() if g) in ("right", "오른") else -1.0
        return _side_region(side, _inside_picture(m, t), (45.0, 20.0), span=m.span())
    if not _FRAME_OBJECT.search(t) or LISTENER_ON_STAGE.search(t):
        return None               # on the stage, looking out: the sides are the listener's own
    atoms = [a for a in find_atoms(t)
             if not _inside((a.start, a.end), denied)]
    sides = {a.name for a in atoms} & {"left", "right"}
    if len(sides) == 1 and not {a.name for a in atoms} & {"back"}:
        sign = 1.0 if "right" in sides else -1.0
        # A side of a monitor or TV is only a little off centre; of a stage or screen, more;
        # and "slightly left of center" is a little off centre whatever the frame.
        small = re.search(r"\b(?:side|edge|corner) of (?:the |my )?(?:tv|television|monitor|laptop)\b|"
                          r"(?:티비|모니터|tv)\s*(?:의\s*)?(?:왼|오른)", t) or any(
            re.search(rf"\b(?:{WEAK_EN})\s+(?:to\s+)?(?:the\s+)?$", t[max(0, a.start - 24):a.start])
            or re.match(r"\s+of (?:cent(?:er|re)|the middle)\b", t[a.end:]) for a in atoms)
        return _side_region(sign, small, (45.0, 20.0))
    return None


# "왼쪽 어깨 쪽으로 살짝만", "slightly toward my left shoulder": a little off centre, to that side.
_TOWARD_PART = re.compile(r"(왼|오른)쪽?\s*(?:어깨|귀|팔|무릎|뺨|볼)\s*(?:쪽|방향)?\s*(?:으로|로)\s*"
                          r"(?:아주\s*)?(?:살짝|약간|조금|좀)|"
                          rf"\b(?:{WEAK_EN}) (?:more )?(?:toward|towards) (?:my|the|your) (left|right) "
                          r"(?:shoulder|ear|side|cheek|arm)\b")


def _side_region(sign: float, slight, full: tuple[float, float], **kw) -> Statement:
    """An azimuth region on one side (``sign`` +1 right, -1 left): a little off centre
    (22 ± 17 degrees, "slightly right", a screen's corner) when ``slight``, else ``full``
    (centre, half-width) in degrees."""
    centre, half = (22.0, 17.0) if slight else full
    return az_region(sign * centre, half, **kw)


# Cars here drive on the right: the passenger sits on the driver's right.
# "I'm in the passenger seat" seats the listener; "behind the passenger seat" places a sound.
_CAR_SIDE = re.compile(r"\b(?:(behind) the (passenger|driver)(?:'s)?[- ]seat|(rear |back )?(passenger|driver)(?:'s)?[- ]"
                       r"(?:side|window|door))\b|(뒷\s*좌석\s*|뒷자리\s*)?(조수석|운전석)\s*(?:(뒤)|쪽|창|문|방향|옆|(?<=조수석)(?:에서|에(?!\s*앉)))")
_BEHIND_IN_CAR = re.compile(r"\bbehind (?:me|us|my seat)\b|\b(?:back|rear)[- ]?seats?\b|뒷\s*(?:좌석|자리)")
# Where the driver sits on the right, the passenger's side is the left.
_RIGHT_HAND_DRIVE = re.compile(r"\b(?:uk|british|right[- ]hand[- ]drive|rhd|japanese|australian)\b|영국|일본|우핸들")


_CAR_FRONT = re.compile(r"\b(?:windscreen|windshield|dash(?:board)?|bonnet|wipers?)\b(?! (?:is|as) (?:the |my )?(?:front|12))|"
                        r"와이퍼|대시보드|보닛")
_SLIGHTLY_BEFORE = re.compile(r"(?:\bslightly|\ba (?:little )?bit|\ba touch|\ba tad|살짝|조금|약간)\s+"
                              r"(?:(?:to|towards?|on) )?(?:the |my )?$")


def car_side(t: str) -> Statement | None:
    """The passenger's side of a car is the right, the driver's the left, behind their seats
    the back right and back left (left-hand drive unless the words say otherwise); else
    ``None``."""
    m = _CAR_SIDE.search(t)
    if m is None:
        return None
    behind, seat_behind, rear, seat, rear_ko, seat_ko, behind_ko = m.groups()
    sign = 1.0 if (seat_behind or seat or seat_ko) in ("passenger", "조수석") else -1.0
    if _RIGHT_HAND_DRIVE.search(t):
        sign = -sign
    # "in the car seat behind me, passenger side": the seat behind me, on that side
    back = behind or behind_ko or rear or rear_ko or _BEHIND_IN_CAR.search(t)
    if not back and _SLIGHTLY_BEFORE.search(t[:m.start()]):    # "slightly to the passenger side"
        return _side_region(sign, True, (90.0, 25.0), span=m.span())
    if not back and _CAR_FRONT.search(t):   # "the windscreen, passenger side": ahead, that side
        return az_region(sign * 35.0, 15.0, span=m.span())
    return az_region(sign * (135.0 if back else 90.0), 25.0, span=m.span())


_ACTORS = r"[^.;]{0,12}?[,—–-]\s*(?:that'?s|i\.e\.?|which is)\s+(?:the\s+)?(?:actors?|performers?|cast)'?s?\s+"
# A side named from the audience's seat is the listener's own side, whatever the performer's
# side ("offstage left as the audience sees it, so that's actors' right") adds.
_AUDIENCE_SIDE = re.compile(
    r"\b(left|right)\b[^.;]{0,25}?\bas (?:the |an )?(?:audience|house|viewers?|crowd) (?:sees?|hears?) it\b|"
    r"\baudience(?:'s)? (?:hears? it |sees? it )?(?:on|to) (?:their|the) (left|right)\b|"
    r"\b(?:audience|house|listener)'?s? (left|right)\b|\b(?:my|our) (left|right) (?:from|at|in) (?:foh|the (?:house|audience|desk|booth|console))\b|"
    r"\b(left|right),? (?:from|for|in) the (?:audience|house)(?:'s)?(?: (?:view|perspective|point of view|side))?\b|"
    r"\b(left|right)\b[^.;]{0,8}?(?:[,(—–-]|\bthat'?s\b)\s*(?:that'?s\s+)?(?:the\s+)?(?:audience|house)(?:'s)?\s+(?:view|pov|perspective|point of view)\b|"
    # "upstage left — that's the actors' right": the audience's left, said by its opposite
    rf"\b(left)\b{_ACTORS}right\b|\b(right)\b{_ACTORS}left\b|"
    r"(?:객석|관객|(?:손님|관객|관중|청중)들?\s*(?:이|가)?\s*(?:앉는|앉은|있는)\s*쪽)\s*(?:석)?\s*(?:기준|시점|입장|쪽(?=\s*에)|에서\s*(?:보면|봤을\s*때|볼\s*때|본\s*기준))\s*(?:으로|에서|에선)?\s*(?:는|은)?\s*(왼|오른)쪽")


_ON_STAGE = re.compile(r"\b(?:side|end|edge|wing|corner) of (?:the )?(?:stage|screen)\b|\b(?:down|up)stage\b|"
                       r"\b(?:halfway )?up the stage\b|\bon (?:the )?stage\b|구석|모서리|"
                       r"무대\s*(?:위(?!\s*(?:의\s*)?(?:배우|연주자|공연자|출연자))|끝|(?:왼|오른)쪽\s*(?:끝|가장자리))")
#: Words that put the listener on the stage, looking out at the audience.
LISTENER_ON_STAGE = re.compile(r"\b(?:i'm|i am|we're|we are|you're|you are) (?:up |the one )?on (?:the )?stage\b|"
                               r"\b(?:i'm|i am|we're|we are) (?:\w+ )?looking out at the (?:crowd|audience|house)\b|"
                                r"(?:제가|내가|저는|나는)\s*무대\s*위")


_BODY_PART_AFTER = re.compile(r"[- ](?:ear|shoulder|cheek|temple|hand|hip|knee|elbow|arm|wrist|foot|heel|ankle)s?\b")
_SLIGHT_SIDE = re.compile(r"\b(?:slightly|a (?:little )?bit|a little|a touch)\s+(?:\w+\s+)?(?:left|right)?[^.;]{0,20}$")
_UP_OR_DOWNSTAGE = re.compile(r"\b(?:up|down)stage\b")


def audience_side(t: str, denied=()) -> Statement | None:
    """A side stated from the audience's seat, the listener's unless the listener is on
    the stage: left or right, back-left or back-right with words for behind, a side of
    the stage (in front) where the words place it there; else ``None``."""
    from .azimuth import find_atoms

    m = next((m for m in _AUDIENCE_SIDE.finditer(t) if not _inside(m.span(), denied)), None)
    if m is None or LISTENER_ON_STAGE.search(t) or _BODY_PART_AFTER.match(t, m.end()):
        return None           # "just behind the listener's right ear": a body reference
    side = 1.0 if next(g for g in m.groups() if g) in ("right", "오른") else -1.0
    if _SLIGHT_SIDE.search(t[:m.start()]):
        return az_region(side * 22.0, 17.0, span=m.span())    # "slightly stage left - the audience's right"
    # "upstage left ... and way, way back": the back of the stage, still in front
    if any(a.name == "back" for a in find_atoms(t)) and not _UP_OR_DOWNSTAGE.search(t):
        return az_region(side * 135.0, 20.0, span=m.span())
    if _ON_STAGE.search(t):        # "house right, halfway up the stage": on the stage, in front
        return az_region(side * 45.0, 20.0, span=m.span())
    return az_region(side * 90.0, 25.0, span=m.span())


# "the violin is stage left, so for me in row F it's over on my right", "배우 기준 오른쪽이니까
# 청취자한텐 왼쪽": after a frame, the side the words give the listener in so many words.
_FOR_THE_LISTENER = re.compile(r"\b(?:(?:for|to) (?:me|the listener|us)|from (?:the stands|the seats|my seat|our seats|"
                               r"where (?:i|we) (?:sit|stand|am)))\b[^.;?!]{0,40}?\b(?:on|to) (?:my|our|the listener's) "
                               r"(left|right)\b|\bso (?:it|that|this|they)\b[^.;?!]{0,30}?\b(?:on|to) (?:my|our|the "
                               r"(?:listener|visitor|viewer|player|guest|user)'s) (left|right)\b|(?<![가-힣])(?:청취자|리스너|듣는\s*(?:사람|쪽)|나|저)\s*(?:한테|에게|한텐|에겐|기준(?:으로|에선|에서)?)"
                               r"\s*(?:는\s*)?(?:\S+\s*){0,2}?(왼|오른)쪽")


def for_the_listener(t: str, denied=()) -> Statement | None:
    """A side said to be the listener's own ("so for me it's on my right"), else ``None``."""
    m = next((m for m in _FOR_THE_LISTENER.finditer(t) if not _inside(m.span(), denied)), None)
    if m is None:
        return None
    from .azimuth import find_atoms

    side = 1.0 if next(g for g in m.groups() if g) in ("right", "오른") else -1.0
    # "청취자 기준으로 오른쪽 뒤": behind on that side
    back = any(a.name == "back" and not _inside((a.start, a.end), denied) for a in find_atoms(t))
    return az_region(side * (135.0 if back else 90.0), 20.0 if back else 25.0, span=m.span())


LISTENER_AT_BACK = re.compile(f"{LISTENER_AT_BACK_EN}|{LISTENER_AT_BACK_KO}")


def listener_at_back(t: str, denied=()) -> Statement | None:
    """Ahead of a listener who says they are at the back of a hall, else ``None``."""
    m = LISTENER_AT_BACK.search(t)
    if m is None or _inside(m.span(), denied):
        return None
    return az_region(0.0, 20.0, span=m.span())


def performer_view(t: str, denied=()) -> Statement | None:
    """From the performer's point of view a sound in the audience is in front; else ``None``
    (a side named with it, "배우 시점에서 오른쪽", is read as a side)."""
    from .azimuth import find_atoms

    m = re.search(r"(?:배우|연주자|공연자|출연자|무용수)\s*(?:시점|기준|입장)|"
                  r"\b(?:actor|performer|dancer|musician)'?s? (?:view|perspective|point of view|side)\b", t)
    if m is None or _inside(m.span(), denied):
        return None
    sides = {a.name for a in find_atoms(t) if not _inside((a.start, a.end), denied)} & {"left", "right"}
    named = STAGE_FLIP.search(t)
    if named:
        sides.add(performer_side(named))
    # "연주자 입장에서 왼편" takes the performer's view; "배우 입장에서 stage right" only says
    # whose right a stage side is.
    # "stage right에서 ..., 배우 기준으로요": a standard said on its own, not "배우 기준 오른쪽"
    alone = "기준" in m.group(0) and re.match(r"\s*으로(?!\s*(?:는\s*)?(?:왼|오른))", t[m.end():]) \
        and not re.search(r"\(\s*$", t[:m.start()])
    if sides and (alone or re.search(r"시점|view|perspective|side" + ("" if named else "|입장"), m.group(0))):
        # Seeing as the performer does, the listener stands on the stage: "stage left" is
        # their own left, and upstage is behind them.
        if len(sides) > 1:
            return None
        sign = 1.0 if sides == {"right"} else -1.0
        back = re.search(r"\bupstage\b|무대\s*(?:안쪽|뒤)", t)
        return az_region(sign * (125.0 if back else 90.0), 25.0, span=m.span())
    if sides:
        return None
    if re.search(r"객석|관객|\baudience\b|\bthe house\b", t):
        return az_region(0.0, 20.0, span=m.span())
    return None


def stage(t: str) -> Statement | None:
    """Azimuth from a stage, screen or audience reference, else ``None``."""
    m = re.search(r"\bstage (left|right)\b|무대\s*(왼|오른)쪽?\s*\(?\s*배우", t)
    if m:
        side = m.group(1) or m.group(2)
        sign = -1.0 if side.startswith(("right", "오른")) else 1.0
        return az_region(sign * 40.0, 25.0, span=m.span())
    m = re.search(r"\b(?:behind|towards?|from|at) (?:the |me |my )?(?:audience|crowd|house)\b|"
                  r"\baudience (?:is )?behind\b|관객석(?!에서\s*듣)|관객\s*(?:쪽|뒤)|객석(?!에서\s*듣)", t)
    if m:
        return az_region(180.0, 25.0, span=m.span())
    m = re.search(r"\b(?:the )?(?:stage|screen|altar|podium|pulpit|tv|television|monitor)\b|"
                  r"\bbehind the (?:canvas|painting|picture|dash|dashboard|windscreen|windshield)\b|"
                  r"무대|스크린|화면|제단|강단|티비|tv|모니터", t)
    if m:
        return az_region(0.0, 20.0, span=m.span())
    return None


_FACED_EN = re.compile(r"\b(?:faces?|facing|looks? at|looking at|points? at|pointed at|aimed at)"
                       r"\s+(?:the|a|an|my)\s+(?:\w+\s+)?(\w+)|"
                       r"\b(?:the |my )?(\w+) (?:is|=|counts as) (?:the |my )?front\b|"
                       r"\b(?:treat|take|use|count)\w* (?:the|my) (?:\w+ )?(\w+) as (?:the |my |your |our )?(?:front|straight ahead)\b")
#: Korean words that make a thing the front ("모니터를 앞으로 두고", "창문이 앞이라고 치면").
FRONT_SETTING_KO = (r"(?:[가-힣]+\s+)?([가-힣]+?)(?:을|를)\s*(?:앞|정면)이?(?:라고|라면)|"
                    r"([가-힣]+?)(?:을|를)\s*(?:앞|정면)쪽?(?:으로|에)?\s*(?:두고|놓고|보고|놓은|둔|보는|보면|봤을|삼|했을\s*때|하고|하면|치고|잡고)|"
                    r"([가-힣]+?)\s*쪽?(?:이|가)\s*(?:앞|정면)이(?:라고|라면|고|에요|예요|야|다|니까|잖아)|"
                    r"([가-힣]+?)에\s*앉은\s*(?:상태\s*)?기준")
_FACED_KO = re.compile(r"([가-힣]+?)(?:을|를)\s*(?:보고|바라보|향해|향하고|마주)|" + FRONT_SETTING_KO)
# "드럼은 보컬보다 한참 뒤": further from the listener than another source in front.
_BEHIND_ANOTHER = re.compile(r"[가-힣]보다\s*(?:한참|조금|살짝|약간|좀|훨씬)?\s*뒤|"
                             r"\b(?:further|farther) back than\b")


# "its back left corner", "the right end of the dashboard": a part of the faced thing.
_PART_OF_FACED_EN = (r"\bits (?:(?:back|front|far|near|top|bottom|upper|lower)[- ])?(left|right)(?:[- ]hand)? "
                     r"(?:corner|end|side|edge)\b|\b(?:the )?(left|right) (?:end|corner|edge) of (?:(?:the|its|that) "
                     r"(?:{0}|dash|dashboard)|it)\b")
_PART_WORD = r"corner|end\b|edge|(?:밑|아래)\s*(?:왼|오른)"


def around_faced(t: str, denied=()) -> Statement | None:
    """Behind the thing the listener or camera faces ("camera faces the sofa; a cough
    from behind the sofa") is in front, farther off; its side ("출구 왼쪽", "left of
    the desk") is front-left or front-right; else ``None``."""
    for pattern, behind, side in ((_FACED_EN, r"\bbehind (?:the|that|this|a) (?:\w+ )?{}\b(?! (?:on|to) the (?:left|right))",
                                   r"\b(left|right) (?:side )?of (?:the|that|my) {0}\b|\b{0}'s (left|right)\b|"
                                   r"\b(?:to|on) the (left|right) of (?:it|that)\b|\b(?:to|on|at) its (left|right)\b|"
                                   r"\b(left|right) of (?:it|that)\b|"
                                   r"\bbehind (?:the|that) {0} (?:on|to) the (left|right)\b|" + _PART_OF_FACED_EN),
                                  (_FACED_KO, r"{}\s*(?:뒤|뒤쪽|너머)",
                                   r"(?:{}|(?<![가-힣])그)\s*(?:의\s*)?(?:(?:밑|아래|위|뒤|바로)\s*)?(왼|오른)(?:쪽|편)")):
        m = pattern.search(t)
        if m:
            faced = re.escape(next(g for g in m.groups() if g))
            if pattern is _FACED_KO and len(faced) > 1:
                faced = f"(?:{faced}|{faced[:-1]}(?![가-힣]))"        # "창문을 앞이라고 치면 창 바로 왼쪽"
            if faced in ("쪽", "편", "방향"):
                continue                # "관객이 바라보는 쪽을 앞으로": a direction, not a thing
            rest = t[m.end():]
            b = re.search(behind.format(faced), rest) or _BEHIND_ANOTHER.search(rest)
            if b and re.search(r"(?:왼|오른)(?:쪽|편)|\b(?:left|right)\b", re.split(r"[.!?]\s", rest[b.end():])[0]):
                b = None          # "창 너머 먼 곳, 약간 오른쪽": beyond it, to a side of it
            if b:
                return az_region(0.0, 20.0, span=(m.end() + b.start(), m.end() + b.end()))
            for b in re.finditer(side.format(faced), rest):
                if _inside(b.span(), denied, m.end()):
                    # "책상 오른쪽이 아니라 왼쪽 끝": the side named instead is the thing's too
                    b = next((c for c in re.finditer(r"(왼|오른)(?:쪽|편)|\b(left|right)\b", rest[b.end():])
                              if not _inside(c.span(), denied, m.end() + b.end())), None)
                    if b is None:
                        continue
                sign = 1.0 if next(g for g in b.groups() if g) in ("right", "오른") else -1.0
                # A corner or end of the thing, or a side under it, is nearer the centre.
                part = re.search(_PART_WORD, b.group(0)) or re.match(
                    r"\s*(?:위|아래|상단|하단)?\s*(?:구석|모서리)", rest[b.end():])
                if re.search(rf"\b(?:{WEAK_EN}|just)\s+$|(?:{WEAK_KO})\s*$", rest[max(0, b.start() - 16):b.start()]):
                    return _side_region(sign, True, (45.0, 20.0))      # "a touch to its left"
                return az_region(sign * (30.0 if part else 45.0), 10.0 if part else 20.0)
    return None


_PLACED_EN = re.compile(r"\b(?:the|a|an|my) (\w+) (?:is|sits|stands|'s|stays) ((?:on|to|at|in) (?:my|the) "
                        r"(?:left|right|front|back)|behind me|in front of me|ahead of me)|"
                        r"\bwith (?:the|a|an|my|your) (\w+) ((?:in front of|ahead of|behind) (?:me|you|us|them|"
                        r"the (?:player|listener|visitor|viewer)s?))\b")
_PLACED_KO = re.compile(r"([가-힣]+?)(?:가|이|는|은)\s*(?:내\s*)?((?:왼|오른|앞|뒤|정면)\S*?)\s*(?:에\s*)?있|"
                        # "창문 쪽을 앞이라고 치고": a thing taken as the front
                        r"([가-힣]+?)\s*(?:쪽)?(?:을|를|이|가)\s*(앞|정면)(?:이라고|으로|이라|이)\s*(?:치|하|두|잡|생각)")


# The side of the listener away from a placed thing ("{}" stands for the thing's name).
_AWAY_FROM_PLACED = re.compile(r"\b(?:the )?(?:opposite|other) side\b(?! of)|"
                               r"\b(?:away from|opposite(?: to)?) (?:the|that|this|it)(?: \{\})?|"
                               r"(?:그|\{\})\s*(?:의\s*)?(?:반대편|반대쪽)|\{\}(?:에서|와|과)?\s*먼\s*쪽")


def landmark(t: str, denied=()) -> Statement | None:
    """Next to, behind or under a thing the text has placed ("the fridge is on my left;
    water drips behind the fridge") is in that thing's direction; else ``None``, also
    where words after the placing are denied ("창문 반대편, 그러니까 뒤쪽만 빼 주세요")."""
    from .azimuth import combine, find_atoms

    for placed, near in ((_PLACED_EN, r"\b(?:behind|beside|next to|near|by|under|on|above|below|"
                                      r"in front of|around) (?:the|that|this|its) {}\b"),
                         (_PLACED_KO, r"(?:그\s*)?{}\s*(?:바로\s*)?(?:뒤|뒤편|뒤쪽|옆|앞|위|밑|아래|근처)")):
        m = placed.search(t)
        if m is None or any(start >= m.end() for start, _ in denied):
            continue
        thing, where_words = [g for g in m.groups() if g is not None]
        if re.fullmatch(rf"{SCREEN_KO}|{SCREEN_EN}|무대|stage", thing):
            continue              # a screen or stage taken as front: its sides are stage_side's
        where = combine({a.name for a in find_atoms(where_words)})
        if where is None:
            continue
        if _AWAY_FROM_PLACED.search(t[m.end():].replace(thing, "{}")):
            return az_region(wrap_deg(where[0] + 180.0), 25.0)   # "... the opposite side"
        b = re.search(near.format(re.escape(thing)), t[m.end():])
        if b is not None:
            return az_region(*where, span=(m.end() + b.start(), m.end() + b.end()))
        side = re.search(rf"(?:그\s*)?{re.escape(thing)}\s*(?:바로\s*)?(왼|오른)쪽|"
                         rf"\b(left|right) of (?:the|that) {re.escape(thing)}\b", t[m.end():])
        if side is not None:         # just beside a placed thing: its direction, a little aside
            sign = 1.0 if next(g for g in side.groups() if g) in ("오른", "right") else -1.0
            # The listener's left of a thing behind them lies further round, not nearer the front.
            toward = sign if abs(where[0]) <= 90.0 else -sign
            return az_region(wrap_deg(where[0] + toward * 25.0), 15.0)
    return None


#: A place the text says where it is: "the kitchen is on my left", "the gate on your left",
#: "현관은 내 뒤쪽이에요", "부엌은 왼쪽, 안방은 뒤쪽", "창가(오른쪽)".
_DECLARED = (re.compile(r"\b(?:the|my|your) (?!(?:left|right|front|back|rear|side|far|other)\b)(?P<thing>[a-z]+) (?:(?:is|'s|are|sits|stands) )?"
                        r"(?P<where>(?:on|to) (?:my|your) (?:left|right)|behind (?:me|you)|"
                        r"(?:in front|ahead) of (?:me|you))\b", re.I),
             re.compile(r"(?<![가-힣])(?P<thing>[가-힣]{1,6}?)(?:은|는)\s*(?:내\s*|제\s*)?"
                        r"(?P<where>(?:왼|오른|앞|뒤)(?:쪽|편)|뒤|정면)(?:\s*에\s*있|이에요|이고|이야|예요|임|입니다|"
                        r"(?=\s*,\s*[가-힣]+(?:은|는)\s*(?:내\s*|제\s*)?(?:왼|오른|앞|뒤|정면)))"),
             re.compile(r"(?<![가-힣])(?P<thing>[가-힣]{1,6})\s*\((?P<where>(?:왼|오른|앞|뒤)(?:쪽|편)?)\)"))
#: Words that put a sound at a place: "{}" stands for the place's name.
_AT_PLACE = (r"\b(?:in|at|from|by|inside|near|through|outside) (?:the|that|this|my|your) {}\b",
             r"(?<![가-힣]){}\s*(?:에서|에|안에서|안|앞에서|앞에|앞|쪽에서|쪽|근처)(?![가-힣])")


def _declarations(t: str):
    """``(match, thing, (azimuth centre, half-width))`` of every place ``t`` says where it is."""
    from .azimuth import combine, find_atoms

    for pattern in _DECLARED:
        for m in pattern.finditer(t):
            where = combine({a.name for a in find_atoms(m["where"].lower())})
            if where is not None:
                yield m, m["thing"].lower(), where


def _at_place(thing: str, t: str):
    return re.finditer(_AT_PLACE[1 if is_korean(thing) else 0].format(re.escape(thing)), t, re.I)


def declared_places(t: str) -> dict[str, tuple[float, float]]:
    """Places the text says where they are and puts a sound at, elsewhere than where it
    says so ("the kitchen is on my left ... a kettle in the kitchen"): name -> (azimuth
    centre, half-width), degrees. A thing only placed ("바이올린은 왼쪽, 첼로는 오른쪽")
    is a source, not a place."""
    found = list(_declarations(t))
    places = {}
    for m, thing, where in found:
        if any(not any(d.start() < r.end() and r.start() < d.end() for d, *_ in found)
               for r in _at_place(thing, t)):
            places.setdefault(thing, where)
    return places


def at_declared_place(words: str, places: dict[str, tuple[float, float]]) -> Statement | None:
    """The azimuth of a place in ``places`` that ``words`` put the sound at ("a kettle
    whistles in the kitchen", "안방에서 라디오"), else ``None``."""
    for thing, where in places.items():
        if next(_at_place(thing, words), None) is not None:
            return az_region(*where)
    return None


def without_declarations(words: str, places: dict[str, tuple[float, float]]) -> str:
    """``words`` with the sentences that say where ``places`` are blanked: they place the
    rooms, not the sound."""
    if not places:
        return words              # most scenes place no rooms: nothing to look for
    for m, thing, _ in list(_declarations(words)):
        if thing in places:
            words = words[:m.start()] + " " * (m.end() - m.start()) + words[m.end():]
    return words


def _side_patterns(en: str, ko: str):
    en = en.replace(r"\bmy ", r"\b" + _LISTENER_POSSESSIVE + " ").replace(" my ", f" {_LISTENER_POSSESSIVE} ")
    if "{side}" not in en:
        yield en, ko, 1.0
        return
    for side_en, side_ko, sign in (("left", r"(?:왼쪽|왼)", -1.0), ("right", r"(?:오른쪽|오른)", 1.0)):
        yield en.replace("{side}", side_en), ko.replace("{side}", side_ko), sign


#: :data:`BODY` with its side and possessive slots filled, compiled once:
#: (english, korean, sign, az centre, half-width, el level, distance level).
_BODY_PATTERNS = [(re.compile(pe), re.compile(pk), sign, az, half, el, dist)
                  for en, ko, az, half, el, dist in BODY for pe, pk, sign in _side_patterns(en, ko)]


def body(t: str, denied=()) -> list[tuple[Statement | None, str | None, str | None, tuple[int, int]]]:
    """Body references: (azimuth statement or None, el level, distance level, span).

    References inside ``denied`` spans ("not above my head, ...") are left out.
    """
    found = []
    for pe, pk, sign, az, half, el, dist in _BODY_PATTERNS:
        m = next((m for p in (pe, pk) for m in p.finditer(t)
                  if not _inside(m.span(), denied)), None)
        if m and not any(m.start() < s[1] and s[0] < m.end() for *_, s in found):
            stmt = None if az is None else az_region(sign * az, half, span=m.span())
            found.append((stmt, el, dist, m.span()))
    m = re.search(r"\bhalf[- ](left|right)\b", t)
    if m:
        sign = 1.0 if m.group(1) == "right" else -1.0
        found.insert(0, (az_region(sign * 45.0, 20.0, span=m.span()), None, None, m.span()))
    m = next((m for p in _AWAY for m in re.finditer(p, t) if not _inside(m.span(), denied)), None)
    if m:
        side = next(g for g in m.groups() if g)
        sign = 1.0 if side.startswith(("left", "왼")) else -1.0
        at_ear = bool(re.match(r"\s*귀", t[m.end():]))     # "그 반대편 귀에서": at that ear
        # "오른쪽 귀 반대편으로 살짝", "..., slightly.": but "..., kind of muffled" is about the sound
        slightly = re.match(rf"(?:편|쪽)?\s*(?:으로|로)?\s*(?:{WEAK_KO})|,?\s*(?:{WEAK_EN})\s*(?:[,.;!?]|$)",
                            t[m.end():])
        # "on the side away from my right ear, just slightly back": that side, a little behind
        back = _SLIGHTLY_BACK.match(t, m.end())
        side_region = az_region(sign * 112.0, 15.0, span=m.span()) if back else \
            _side_region(sign, slightly, (90.0, 25.0), span=m.span())
        found = [(side_region,
                  "level" if at_ear else None,
                  "close-strong" if at_ear else None, m.span())] + [
            f for f in found if not (f[3][0] < m.end() and m.start() < f[3][1])]
    m = _TOWARD_PART.search(t)
    if m and not _inside(m.span(), denied):       # toward the part, not at it: no height, no distance
        sign = 1.0 if next(g for g in m.groups() if g) in ("오른", "right") else -1.0
        found = [(_side_region(sign, True, (90.0, 25.0), span=m.span()), None, None, m.span())] + [
            f for f in found if not (f[3][0] < m.end() and m.start() < f[3][1])]
    m = re.search(r"\b(?:knee|foot|ear|hand|shoulder|elbow|hip|leg|arm|ankle|cheek|side)s?\b[^.;]{0,12}?"
                  r"\b(?:the )?(left|right) one\b", t)
    if m and not _inside(m.span(1), denied):                          # "by my knee, the left one"
        sign = 1.0 if m.group(1) == "right" else -1.0
        found.insert(0, (az_region(sign * 90.0, 25.0, span=m.span()), None, None, m.span()))
    return found
