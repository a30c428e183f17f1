"""Direction words: sides, front and back, degree words, the body, frames of reference.

English side words count only where they name a side ("to the left", "my right
ear", "hard left", "front-right", "pan it left"), so "all right", "the right
microphone", "leftovers", "left-handed" and "I left the room" are not read as
directions. Korean side words exclude the compounds that are not places
("왼손으로", "오른팔", "좌우명", "뒷정리", "앞치마", "앞날").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..params import wrap_deg

#: Base angles of the four atoms, degrees (0 front, +90 right).
ATOM_DEG = {"front": 0.0, "right": 90.0, "back": 180.0, "left": -90.0}

_PREP_CTX = (r"(?:\b(?:to|on|at|from|toward|towards|off to|over to|in|into|onto|by|via) "
             r"(?:the (?:player|listener|viewer|visitor|user)'s |the |my |your |his |her |their |our |its )?"
             r"(?:far |extreme |hard |very )?)")
_CTX = (r"(?:\bmy |\byour |\b(?:maybe|probably|perhaps|likely|possibly) the |\b(?:hard|far|fully|all the way|way|slightly|a bit|a little|a touch|"
        r"a tad|a hair|just|mostly|somewhat|pan(?:ned)?|moved?|shift(?:ed)?|nudge(?:d)?|"
        r"front|rear|back|upper|lower|extreme|dead|it|them|that|this|more|bit|tad|little|"
        r"touch|hair|slight|behind me|ahead|and|or|me|goes?|going|sits?|sitting|placed?|put|"
        r"pans?|panning|moves?|moving|set|send|sent|keep|kept|leans?|leaning|push|bring|"
        r"comes? from|coming from|only|entirely|totally|completely|rotate[ds]?|swing|forward|"
        r"over|up|down|out|off|sharp|sharply|far|extreme|soft|softly|center|centre)[ -]+)")
# "right behind me", "right above": 'right' as an intensifier, not a side.
_INTENSIFIER = (r"(?!\s+(?:behind|in front|above|below|beneath|next|beside|by|at|over|under|here|"
                r"there|now|away|on top|between|up|down|into|through|where|overhead|against|"
                r"ahead|around|near|close|in the|into|off|out|outside|inside|on|to))")
_SIDE_FOLLOW = (r"(?:[ -](?:side|ear|shoulder|hand(?!ed)|channel|speaker|cheek|temple|of|"
                r"front|rear|corner|wing|flank|edge|half|hemisphere|field|"
                r"periphery|quadrant|wall|window|\d)\b|-hand\b|\s*\d)")
_NOT_BEFORE_BARE = "".join(f"(?<!{w} )" for w in ("all", "the", "that's", "turn", "turned", "i",
                                                   "he", "she", "we", "they", "you're", "is",
                                                   "was", "exactly", "just", "alright", "quite"))
EN_SIDE = re.compile(rf"(?:(?<=front[ -])|(?<=back[ -])|(?<=rear[ -]))(left|right)\b|"
                     rf"{_PREP_CTX}(left|right)\b(?!-?handed)|{_CTX}(left\b|right\b{_INTENSIFIER})(?!-?handed)|(?<!all )(?<!the )\b(left|right)"
                     rf"(?={_SIDE_FOLLOW})|(?<=the )(left|right)(?=[ -](?:side|ear|shoulder|cheek|temple|channel|speaker|wall|corner|window|door|monitor|wedge|amp|stack)s?\b)|"
                     rf"{_NOT_BEFORE_BARE}\b(left|right)\b(?=\s*(?:[,.;!?/)]|$))|"
                     # "far right in the kitchenette": a side, then where it is
                     r"(?<=\bfar )(right)(?= in (?:the|a|my)\b)|(?<=\bhard )(right)(?= in (?:the|a|my)\b)")
EN_FRONT = re.compile(r"\bin front\b(?! (?:desk|door|row|of the (?:class|queue|line)))|\bahead\b|"
                      r"\bup front\b|\bfrom the front\b(?! desk| door| row| office| gate)|\b(?:near|towards?|by) the front rows?\b|\bin the front\b(?! (?:door|desk|yard|garden|porch|gate|office))|\bforward\b|"
                      r"\bstraight on\b|\bfront[ -](?:and[ -])?cent(?:er|re)\b|\bdead cent(?:er|re)\b(?! behind| back| rear)|"
                      r"\bcent(?:er(?:ed)?|red?)\b(?! of the room| behind| back| rear)|\bfacing me\b|\bbefore me\b|"
                      r"\bfront(?=[ -](?:left|right))|\b(?:the |my )front\b(?! desk| door| row)|"
                      r"\bfrontal\b|(?<=left[ -])front\b|(?<=right[ -])front\b|"
                      r"\bin the middle\b(?! of\b)|\b(?:across|opposite) (?:the |a )?(?:desk|table|counter|room) from (?:me|us)\b|"
                      r"\b(?:sits|sitting|seated|right) opposite (?:me|us)\b|\bacross from (?:me|us)\b")
# Behind a screen, a stage or a TV is still in front of the listener who faces it.
_FRAME_BEHIND = (r"(?!\s+(?:(?:the |a |that |this )(?:[a-z]+ )?(?:screen|tv|television|monitor|"
                 r"stage|curtain|counter|bar|desk|wall|glass|fence|bushes|building|dash|dashboard|"
                 r"windscreen|windshield|steering wheel|canvas|painting|picture|altar|podium)|it\b))"
                 # "behind the hedge to my right": a thing on that side hides it, not the listener
                 r"(?!\s+(?:the|a|an|that|this|those|these) (?!(?:player|listener|visitor|viewer|trainee|user|couch|sofa|bench|chair|seat|bed)\b)"
                 r"(?:[a-z]+ ){0,2}[a-z]+,? (?:on|to) (?:my|the|your) (?:left|right)\b)")
EN_BACK = re.compile(rf"\bbehind\b{_FRAME_BEHIND}|\bat my back\b|\bin the back\b(?! catalogu?e?)|"
                     r"\bat the (?:very |far )?back\b(?! of (?:my|the) (?:throat|mouth|mind|stage))|"
                     r"\bfrom the back\b(?! catalogu?e?|ground|log|end)|"
                     r"\brear\b|\bback(?=[ -](?:left|right))|\bbackwards?\b(?! in time)|"
                     r"\bmy back\b|\bback of (?:my|the) head\b|\bnape\b|\bbehind my head\b|"
                     r"\bthe back of (?:my|our|the) (?:seat|chair|headrest)\b|"
                     r"\bto the back\b|\bover my shoulder\b")
KO_SIDE = re.compile(r"(?!(?:왼|오른)쪽\s*(?:깜빡이|방향\s*지시등))(왼쪽|왼편|좌측|좌편|좌현|레프트|왼\s*(?=귀|어깨|뺨|볼|관자|옆|발|무릎|허리|손\s*(?:쪽|편)|손(?:목|등|바닥)|팔(?:꿈치|목))|"
                     r"(?<![가-힣])좌(?=\s*\d|로\s|\s|\s*[,.;/)]|\s*$)|"
                     r"오른쪽|오른편|우측|우현|우편(?!지|물|번)|라이트(?!닝)|오른\s*(?=귀|어깨|뺨|볼|관자|옆|발|무릎|허리|손\s*(?:쪽|편)|손(?:목|등|바닥)|팔(?:꿈치|목))|"
                     r"(?<![가-힣])우(?=\s*\d|로\s|\s*[,.;/)]|\s*$))")
KO_FRONT = re.compile(r"(?<![가-힣])앞(?!치마|날|두|서|장|머리|니|뒤|유리\s*(?:를\s*|을\s*)?기준(?![^.,]{0,12}(?:구석|모서리|귀퉁이))|으로\s*(?:잘|도|는|의|이\s|자주|계속|다른|모든|또|더\s|쭉|종종|많이|매일|항상|늘|이거|이걸|이렇게|절대|평생|당분간))|"
                      r"정면(?!\s*기준)|전방|센터|앞쪽|맞은편|(?<![가-힣])중앙(?=으로|에서|에|$|\s)|(?<!의 )(?<!의 한)(?<!뒤 )(?<!뒤쪽 )(?<!등 )(?<!등 한)(?<![가-힣])(?:한)?가운데(?=에서|로|에|요|$)|(?<![가-힣])가운데(?=\s*,)")
KO_BACK = re.compile(r"(?<!스크린 )(?<!스크린)(?<!화면 )(?<!화면)(?<!무대 )(?<!무대)(?<!티비 )(?<!tv )(?<!모니터 )(?<!모니터)"
                     r"(?<!카운터 )(?<!카운터)(?<!벽 )(?<!담장 )"
                     r"(?<![가-힣])(?<!앞)뒤(?!를\s*쫓|늦|집|섞|따|척|지|흔|바뀌|엉|죽박|처리|풀이|얘기|끝|로\s*빼|로\s*가기)|뒤통수|뒷통수|후방|"
                     r"뒷(?=쪽|편|자리|좌석|줄|문|벽|마당|창|산|뜰|동산)|(?<![가-힣])반대편\s*벽|(?<![가-힣])(?<!쪽\s)(?<!귀\s)정반대(?:편|쪽)|(?<![가-힣])그\s*반대(?:편|쪽)|등\s*뒤|등뒤|등\s*쪽|등쪽|등\s*(?:한\s*)?가운데|견갑골|날개뼈|목덜미|뒷목")


_MIX_SIDE = re.compile(r"(?<=[가-힣] )(l|r)(?=\s*(?:[,.;/)]|$))")
#: A cue sheet's side letter: "@ listener L shoulder", "bats L far".
_CUE_SIDE = re.compile(r"(?:(?<=\blistener )|(?<=\bplayer )|(?<=\bcamera )|(?<=@ )|(?<=\bhard ))(l|r)\b(?!')|"
                       r"(?:^|(?<=[.;] ))(l|r)(?=:)|"
                       r"(?<!mr\. )(?<!ms\. )(?<!dr\. )\b(l|r)(?= (?:shoulder|ear|side|channel|speaker|far|close|near|distant)\b)")
HALF_SIDE = re.compile(r"\bhalf[- ](left|right)\b")


def side_of(word: str) -> str:
    """'left' or 'right' for an English or Korean side word."""
    w = word.strip()
    if w in ("left", "right"):
        return w
    return "left" if w[0] in "왼좌레" else "right"


@dataclass(frozen=True)
class Atom:
    """One direction word: which atom, where in the text."""

    name: str
    start: int
    end: int


# "coming from right between my eyes": a bare 'right' before a place is an intensifier;
# "my right-hand man" is a person, not a side.
_NOT_A_SIDE = re.compile(r"\b(?:from|to|at|in|into|by) (right) (?=between|behind|above|below|beneath|"
                         r"under|over|next|beside|in front|at my|by my|here|there|overhead)|"
                         r"\b(right|left)-hand (?:man|woman|person|guy|girl)\b")


# "load the preset from the left menu", "왼쪽 메뉴에서", "right-click": parts of a program.
_INTERFACE_SIDE = re.compile(r"\b(?:left|right)(?:[- ]hand)?[- ]?(?:menu|panel|pane|sidebar|side ?bar|"
                             r"toolbar|column|tab|button|click\w*|mouse)\b|"
                             r"(?:왼|오른)쪽\s*(?:상단\s*|하단\s*)?(?:메뉴|패널|사이드바|탭|버튼|툴바|클릭|마우스)")


def find_atoms(t: str) -> list[Atom]:
    """Every front/back/left/right word of the normalised text ``t``, in text order."""
    atoms: list[Atom] = []
    not_sides = {m.start(1) if m.group(1) else m.start(2) for m in _NOT_A_SIDE.finditer(t)}
    for m in EN_SIDE.finditer(t):
        word = next(g for g in m.groups() if g)
        s = m.start(next(i for i, g in enumerate(m.groups(), 1) if g))
        if s not in not_sides:
            atoms.append(Atom(word, s, s + len(word)))
    for m in KO_SIDE.finditer(t):
        atoms.append(Atom(side_of(m.group(1)), m.start(), m.end()))
    for m in [*_MIX_SIDE.finditer(t), *_CUE_SIDE.finditer(t)]:
        atoms.append(Atom("left" if m.group(m.lastindex) == "l" else "right",
                          m.start(m.lastindex), m.end(m.lastindex)))
    for pattern, name in ((EN_FRONT, "front"), (KO_FRONT, "front"), (EN_BACK, "back"),
                          (KO_BACK, "back")):
        atoms.extend(Atom(name, m.start(), m.end()) for m in pattern.finditer(t))
    atoms = [a for a in atoms if not (a.name == "back" and _THING_BEHIND_KO.search(t[max(0, a.start - 16):a.start]))]
    interface = [m.span() for m in _INTERFACE_SIDE.finditer(t)]
    atoms = [a for a in atoms if not any(s <= a.start < e for s, e in interface)]
    # "the driver shouts 'right, let's go'": words quoted are said, not places.
    quoted = [m.span() for m in _QUOTED.finditer(t) if len(m.group(0).split()) >= 2]
    atoms = [a for a in atoms if not any(s < a.start and a.end < e for s, e in quoted)]
    atoms.sort(key=lambda a: a.start)
    return _drop_overlaps(atoms)


_QUOTED = re.compile(r"(?<![a-z])'(?:[^'\n]|'(?=[a-z]))*'(?![a-z])|\"[^\"\n]*\"")
# "오른쪽 덤불 뒤에서", "정면 문 뒤에서": behind a thing placed on a side is on that side.
_THING_BEHIND_KO = re.compile(r"(?:왼쪽|오른쪽|왼편|오른편|좌측|우측|정면|전방)\s*(?:에\s*있는\s*)?"
                              r"(?!(?:머리|귀|어깨|등|목|허리|무릎|발|다리|엉덩이|팔꿈치|옆구리|내|나|제|조금|살짝|약간|좀|더|아주|많이|한참|바로|훨씬|대각선|약|쪽)\s*$)"
                              r"[가-힣]+\s*$")


def _drop_overlaps(atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for a in atoms:
        if out and a.start < out[-1].end and a.name == out[-1].name:
            continue
        out.append(a)
    return out


def combine(names: set[str], weak_side: bool = False, strong_side: bool = False
            ) -> tuple[float, float] | None:
    """Centre and half-width, degrees, of the direction several atoms name together.

    ``front`` + ``right`` is front-right (45 +- 20); a weak degree on the side
    ("slightly right") keeps close to the front/back axis (20 or 160 +- 15);
    a strong one ("hard right") pins the side (90 +- 10). Contradictory atoms
    (left and right, front and back) name no single direction: ``None``.
    """
    sides = names & {"left", "right"}
    axis = names & {"front", "back"}
    if len(sides) > 1 or len(axis) > 1 or not names:
        return None
    if sides:
        sign = 1.0 if "right" in sides else -1.0
        if "back" in axis:
            if weak_side:
                return sign * 160.0, 15.0
            return sign * 135.0, 20.0
        if weak_side:
            return sign * 20.0, 15.0
        if "front" in axis:
            return sign * 45.0, 20.0
        if strong_side:
            return sign * 90.0, 10.0
        return sign * 90.0, 25.0
    return (0.0, 20.0) if "front" in axis else (180.0, 25.0)


def mirror(az_deg: float, names: set[str]) -> float:
    """Where a source goes when the words deny the side or end of the axis it is on."""
    if names & {"left", "right"}:
        return wrap_deg(-az_deg)
    return wrap_deg(180.0 - az_deg)
