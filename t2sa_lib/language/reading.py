"""Read a whole description: negation and contrast, degree words, motion.

:func:`read` returns a :class:`Reading`: one statement per attribute the text
states (numbers first, then body and frame references, then words), and the
motion its verbs describe.

Negation scope. English: a term within a few words after "not", "n't",
"never", "no", "instead of", "rather than", "anywhere but", up to the next
clause break, is denied; so is everything before a correction ("left, no wait,
right"; "X... actually Y"). Korean: a term just before "아니라", "아니고",
"말고", "대신", "은 안 돼", or before a correcting "아니," is denied. A denied
word with an opposite ("not close" -> far, "건조하게는 말고" -> reverberant)
states the opposite; a denied direction excludes its region.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import azimuth as az
from . import frames
from ..params import RANGES, wrap_deg
from .normalize import normalize
from .numbers import clock, stated_numbers
from .statements import Statement, az_region, inside as _inside
from .vocabulary import (DEGREE_SHIFT, LEVELS, STRONG_EN, STRONG_KO, WEAK_EN, WEAK_KO,
                         WORDS)

_BREAK = r"[,;!?:()\[\]]|(?<!\d)\.|\.(?!\d)| but | and | - |그리고|하지만|는데|인데(?=\s)|지만"
_EN_NEG = re.compile(r"(?:\b(?:not|n't|never|no(?!,? (?:wait|sorry|no|scratch|i mean|actually)\b)|nothing|neither|nor|nowhere near|anywhere but|anything but|"
                     r"everywhere but|except(?= (?:for )?(?:the |my |to (?:the |my )?)?(?:left|right|front|back|rear|behind|above|below|overhead|up|down|side|far|close|near|in front|center|centre|middle)\b)|instead of|rather than|as opposed to|other than|"
                     r"avoid|without|(?:keep|keeps|kept|stay|stays)\s+(?:(?:it|them|this|that)\s+)?(?:well\s+|totally\s+|completely\s+)?out of)\b|n't\b)"
                     # "never louder than a whisper" bounds the loudness; it denies nothing
                     r"(?! (?:any |much )?(?:louder|quieter|softer|closer|nearer|farther|further|"
                     r"wider|narrower|higher|lower) than\b)")
_EN_CORRECT = re.compile(r"\b(?:no,? wait|wait,? no|actually|i mean|scratch that|correction|"
                         r"or rather|sorry|no no|oops|ignore that|never mind|forget that|"
                         r"disregard that)\b|(?:[,?]|\.\.\.?|…)\s*(?:no|nope|nah)\b(?!\s+(?:reverb|echo|room|tail|"
                         r"ambience|movement|motion|more|longer|louder|further|farther|closer|width|spread|"
                         r"pan\w*|delay|eq|fx|effects?|filter\w*|compression|distortion|music|bass|doppler|"
                         r"(?:particular |specific |clear |fixed )?(?:direction|location|position|spot|point|source)s?))")
_KO_NEG = re.compile(r"아니라|아니고|아닌|아니야|아냐|아님|아니에요|아니예요|아녜요|아닙니다|아니면|(?<!너무 크게 )(?<!너무 크게는 )말고|대신에?|(?<!로 )(?<!로)(?<!로 살짝 )(?<!로 조금 )(?<!로 약간 )(?<!로 좀 )(?<!로 더 )(?<!멀리 )(?<!멀리)(?<!멀찍이 )(?<!바깥으로 )빼(?:고|\s*(?:줘|주세요|주고|라))|제외하고|"
                     r"(?:절대\s*)?안\s*(?:돼|되|됨|됩니다)|(?<=면)\s*ng\b|지만\s*않(?:으면|게|도록)|(?<=[가-힣])\s+x(?=\s*[.,!]|\s*$)|절대\s*(?:안|못)\s|(?<!너무 크게 )하지\s*(?:말|마)|"
                     r"(?:가|오|뜨|올라가|내려가|올라오|내려오|들어가|넘어가|치우치|쏠리|붙)지\s*(?:않|말)(?:게|도록|았으면|기를|고)|"
                     r"(?:띄우|올리|내리|두|놓|보내)지\s*(?:마|말)|"
                     r"(?<=[은는로])\s+안\s*(?:가|오|뜨|올라가|내려가|넘어가|들어가)(?:게|도록|면|기를)|"
                     r"(?<=게|만|는)\s*안\s*하(?:면|게|도록)|"
                     r"(?<=만|은|는|을|를)\s*피(?:하(?:고|면|세요|시고|되|게|도록)|해(?:서|줘|주세요|요|야|\s|$))|"
                     r"(?<=[은는])(?<!리버브는)(?<!잔향은)(?<!울림은)(?<!에코는)\s*없(?:음|어요|습니다|다)(?=\s*[.,!?]|\s*$)|"
                     r"(?<=에는|에선)\s*(?:하나도\s*|전혀\s*|절대\s*)?안\s*들리(?:게|도록)")
_KO_CORRECT = re.compile(r"(?:아니\s*,|아니\s+|아 아니|\u1102\u1102|정정|다시 말해|그게 아니라|죄송|미안)")
_OPPOSITE = {"close": "far", "close-strong": "medium", "close-weak": "far", "far": "close-weak",
             "wet-full": "wet", "far-strong": "medium", "far-weak": "close", "dry": "wet", "dry-strong": "wet",
             "wet": "dry", "wet-weak": "dry", "wet-short": "wet", "wet-strong": "wet-weak", "quiet": "loud-weak",
             "quiet-strong": "normal", "loud": "quiet-weak", "loud-strong": "normal",
             "narrow": "wide-weak", "wide": "narrow", "envelop": "moderate", "up": "level",
             "up-strong": "level", "down": "level", "down-strong": "level"}


# A generic word ("reverb", a bare "low") yields to any more specific one ("drowned in
# reverb", "near my feet").
_GENERIC = {"wet", "low"}


@dataclass
class Reading:
    """What a description states: per-attribute statements and motion.

    Attributes
    ----------
    text : str
        The normalised text the offsets refer to.
    statements : dict
        Attribute -> :class:`~t2sa_lib.language.statements.Statement`.
    motion : dict or None
        ``{"kind": ..., "rotate_deg": ..., "start_az_deg": ..., "end_az_deg": ...}``
        for what the verbs say; ``None`` when they say nothing about motion.
    """

    text: str
    statements: dict[str, Statement] = field(default_factory=dict)
    motion: dict | None = None


# Punctuation and hesitation between a slip and its correction ("왼쪽 귀... 아 죄송").
_TRAILING_FILLER = re.compile(r"(?:[\s,.;:\-—–…!?]|\b(?:oh|um|uh|er|erm|hmm)\b|(?<![가-힣])(?:아|어|음|앗|헉)(?![가-힣]))+$")


def corrected_spans(t: str) -> list[tuple[int, int]]:
    """Character ranges of ``t`` that a later correction takes back ("2 o'clock, sorry, 10").

    A correction takes back the clause just before it, not the whole text: in
    "계단통 울리는 느낌으로, 왼쪽에- 아 아니다 오른쪽" the stairwell still holds.
    """
    spans = []
    for pattern in (_EN_CORRECT, _KO_CORRECT):
        for m in pattern.finditer(t):
            if not _restates(t[m.end():]):
                continue
            head = _TRAILING_FILLER.sub("", t[:m.start()])
            start = max((b.end() for b in re.finditer(_BREAK, head)), default=0)
            spans.append((_taken_back_from(t, start, m.start(), t[m.end():]), m.start()))
    return spans


def _taken_back_from(t: str, start: int, end: int, tail: str) -> int:
    """Where a correction's take-back begins in ``t[start:end]``: where the clause starts,
    or, when the words after the cue restate no direction ("목 뒤쪽에서 ... 약하게.. 아니 좀
    더 크게"), at the first word of an attribute they do restate."""
    tail = re.split(_BREAK, tail)[0]
    if az.find_atoms(tail) or _COMPASS_WORD.search(tail) or "az_deg" in stated_numbers(tail):
        return start
    restated = [attr for attr in WORDS if _word_terms(tail, attr)]
    firsts = [start + s for attr in restated for _, (s, _) in _word_terms(t[start:end], attr)]
    return min(firsts, default=start)


# A bug report's "right now it sounds like ..." describes what is wrong, not what is wanted.
_REPORT = re.compile(r"\b(?:bug|expected|should|repro|qa|fix|issue|ticket)\b|버그|수정|기대|정상|재현|이슈")
_AS_IS = re.compile(r"\b(?:right now|rn|currently|at the moment|at present)\b,?\s*(?:it|this|that|they|these|those|the \w+)?\s*"
                    r"(?:'s|'re|is|are|sounds?|reads?|plays?|comes?|pans?|seems?|sits?|float\w*)\b[^.;!?]*|"
                    r"(?:현재|지금은?)\s[^.;!?]*?(?:들림|들려요|들리는데|들려서|나옴|나와요|나오는데|재생됨|박혀|치우쳐)|"
                    r"(?<=[가-힣][이가]\s)[^.;!?]*?\S(?:에서|에)\s*(?:재생됨|재생되고\s*있|재생돼요|들림|나옴)|"
                    r"(?:\bactual(?: result| behaviou?r)?|실제|현상)\s*[:：]\s*[^/.;!?]*|"
                    r"[^.;!?:→]+?(?=\s*(?:→|->|=>))")   # "left-heavy -> centre it": what is, then the fix
# "더 멀리 빼주세요, 지금 너무 코앞이에요": the complaint names where it is, not where it goes.
_TOO_NOW = re.compile(r"(?:지금|현재)\s*(?:은|는)?\s*너무\s*[^.;!?,]{0,12}")
# "turn the thunder down, it's blasting": beside a command to change the level, how loud
# it is now is the complaint, not the target.
_LEVEL_COMMAND = re.compile(r"\b(?:turn|bring|pull|take|push)\b[^.;!?,]{0,20}?\b(?:down|up)\b")
_LEVEL_NOW = re.compile(r"\b(?:it'?s|it is|they'?re|they are|(?:the \w+ )?(?:is|are)) (?:absolutely |so |way too |"
                        r"too |really |just )?(?:blasting|deafening|too loud|so loud|too quiet|too soft|"
                        r"barely audible|inaudible)\b|"
                        # "turn it down, the parrot screams every time": another thing's noise
                        r"\b(?:the|a|my|our) \w+ (?:screams|yells|shouts|shrieks|squawks)\b")


# "Left side stays empty", "왼쪽은 비워 두고": a side kept free of sound is no place of it.
SIDE_KEPT_EMPTY = re.compile(r"\b(?:the )?(?:left|right|front|back|rear)(?: side)? (?:stays|remains|is|"
                             r"should stay|(?:is )?kept|keeps) (?:completely |totally )?(?:empty|clear|free|silent)\b|"
                             r"(?:왼|오른|앞|뒤)쪽\s*(?:은|는)?\s*(?:비워|비게|비어\s*(?:있|두))")


# The audience's side, glossed for a listener on the stage: a side that is not theirs.
_THEIR_SIDE = re.compile(r"\b(?:for|to|from) (?:the audience|the house|the crowd|them)\b[^.;]{0,20}?"
                         r"\b(?:their|the audience's) (?:left|right)\b")


def denied_spans(t: str) -> list[tuple[int, int]]:
    """Character ranges of ``t`` whose terms are negated, corrected away, or (in a bug
    report) describe the sound as it wrongly is."""
    spans = corrected_spans(t)
    if _REPORT.search(t):
        spans.extend(m.span() for m in _AS_IS.finditer(t))
    spans.extend(m.span() for m in _TOO_NOW.finditer(t))
    spans.extend(m.span() for m in SIDE_KEPT_EMPTY.finditer(t))
    if frames.LISTENER_ON_STAGE.search(t):   # "on your left - which, for the audience, is their right"
        spans.extend(m.span() for m in _THEIR_SIDE.finditer(t))
    if _LEVEL_COMMAND.search(t):
        spans.extend(m.span() for m in _LEVEL_NOW.finditer(t))
    for m in _EN_NEG.finditer(t):
        # "its not in front its behind me": a new "it's" restates, as a comma would
        stop = re.search(_BREAK + r"|\s(?=(?:it'?s|it is|they'?re)\s)", t[m.end():])
        end = m.end() + (stop.start() if stop else len(t) - m.end())
        # From the cue's end: a term that holds its own negator ("no reverb") states, not denies.
        spans.append((m.end(), min(end, m.end() + 40)))
    for m in _KO_NEG.finditer(t):
        head = t[:m.start()]
        # A clause joined by "-고" ("맴돌고 머리 위로는 절대 안") is not denied with the next.
        stop = max((b.end() for b in re.finditer(_BREAK + r"|(?<=[가-힣]고)\s", head)), default=0)
        # "천둥은 절대 머리 위 X": what 절대 opens is denied, not the topic before it.
        # "머리 위에서만은 절대 들리면 안 돼": a place set as the topic before 절대 is.
        never = [b.start() for b in re.finditer(r"절대\s*(?=\S)", head) if head[b.end():].strip()
                 and not _TOPIC_PLACE.search(head[:b.start()])]
        stop = max([stop] + [b for b in never if b > m.start() - 16])
        spans.append((max(stop, m.start() - 16), m.start() + (0 if m.group().startswith("빼") else 1)))
    return spans


_TOPIC_PLACE = re.compile(r"(?:에서|에|로|으로)만?(?:은|는)\s*$")


def _restates(tail: str) -> bool:
    """Whether the words after a correction cue state something spatial.

    "left, no wait, right" corrects; "the kettle, I mean" only clarifies.
    """
    return bool(az.find_atoms(tail) or stated_numbers(tail) or _COMPASS_WORD.search(tail)
                or any(not _SOURCE_WORD.fullmatch(tail[s:e]) for attr in WORDS
                       for _, (s, e) in _word_terms(tail, attr)))


_COMPASS_WORD = re.compile(r"\b(?:north|south|east|west)|[북남동서]\s*쪽|정[북남동서]")
# Names of sources that carry a distance or loudness ("a fly", "모기"): naming another
# source after a correction ("모기... 아니 파리") corrects the source, not the place.
_SOURCE_WORD = re.compile(r"mosquito|a fly|the fly|buzzing fly|모기|파리|whisper\w*|murmur\w*|속삭\w*|"
                          r"fireworks?|thunder|불꽃놀이|천둥|ticking|째깍|똑딱|tick")


# One direction word may stand between a Korean degree word and its term: "살짝 오른쪽 위".
_KO_DIRECTION_WORD = r"(?:(?:오른|왼)쪽\s*|앞쪽?\s*|뒤쪽?\s*)"


# "오른쪽 뒤 조금 멀리": a degree word before another attribute's word is that word's.
_OTHER_SCALE_KO = r"멀리|멀게|가까|크게|작게|높|낮|넓|좁|세게|약하게|위|아래|조용|시끄"


def degree_of(t: str, start: int, end: int) -> str:
    """``"weak"``, ``"strong"`` or ``""``: the degree word next to the term at ``start:end``."""
    before, after = t[max(0, start - 24):start], t[end:end + 16]
    if re.search(rf"\b(?:{WEAK_EN})\s+(?:more\s+)?(?:off\s+)?(?:to\s+|towards?\s+|on\s+)?(?:the\s+|my\s+|your\s+)?$",
                 before) or re.search(rf"(?:{WEAK_KO})만?\s*(?:더\s*)?(?:(?:빗겨|비껴|벗어나|틀어)서?\s*)?{_KO_DIRECTION_WORD}?$", before) or re.match(
            rf"\s*(?:앞\s*(?=으로|쪽))?(?:으로|로|쪽으로|쪽)?(?:는|은)?\s*(?:아주\s*|정말\s*|진짜\s*)?(?:{WEAK_KO}|a touch|a (?:little )?bit|a tad)"
            rf"(?!\s*(?:앞|뒤|{_OTHER_SCALE_KO}))", after) or re.match(
            r"\s+(?:of (?:cent(?:er|re)|the middle)|by a (?:touch|hair|bit|tad)|a (?:little |tiny )?bit|a touch)\b"
            r"(?!\s*(?:more|less|louder|quieter|softer|higher|lower|closer|further|farther|wider|narrower))", after) or (
            # "just to the right" is a little right; "just to my left" may be right beside me
            re.match(r"(?:left|right)\b", t[start:end])
            and re.search(r"\bjust\s+(?:off\s+)?to\s+(?:the\s+)?$", before)):
        return "weak"
    if re.search(rf"(?<![\w-])(?:{STRONG_EN})\s+(?:to\s+|on\s+|off to\s+)?(?:the\s+|my\s+|your\s+)?$", before) \
            or re.search(rf"(?:{STRONG_KO})\s*(?:더\s*)?{_KO_DIRECTION_WORD}?$", before) or re.match(
            rf"\s*(?:으로|로|쪽으로|쪽)?\s*(?:{STRONG_KO})|\s+(?:a lot|like crazy|like mad)\b", after):
        return "strong"
    return ""


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0 and pattern[i - 1] != "\\":
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


@lru_cache(maxsize=None)
def _compiled(attr: str) -> list[tuple[str, re.Pattern]]:
    """Each level's words as one regex, longest alternative first (so the longest wins)."""
    out = []
    for level, en, ko in WORDS[attr]:
        for pattern, wrap in ((en, r"\b(?:{})\b"), (ko, "(?:{})")):
            if pattern:
                alts = sorted(_alternatives(pattern), key=len, reverse=True)
                out.append((level, re.compile(wrap.format("|".join(alts)))))
    return out


def _word_terms(t: str, attr: str) -> list[tuple[str, tuple[int, int]]]:
    """(level, span) of every word of ``attr`` in ``t``; a longer match hides those inside it."""
    found = []
    for level, pattern in _compiled(attr):
        found.extend((level, m.span()) for m in pattern.finditer(t))
    found.sort(key=lambda f: (f[1][0], -(f[1][1] - f[1][0])))
    kept: list[tuple[str, tuple[int, int]]] = []
    for level, span in found:
        if any(k[0] <= span[0] and span[1] <= k[1] for _, k in kept):
            continue
        kept = [(lv, k) for lv, k in kept if not (span[0] <= k[0] and k[1] <= span[1])]
        kept.append((level, span))
    return kept


def _level_statement(attr: str, level: str, span, negated=False) -> Statement:
    value, lo, hi = LEVELS[attr][level]
    return Statement(attr, value, lo, hi, negated=negated, span=span, level=level)


def word_statement(t: str, attr: str, denied) -> Statement | None:
    """The statement the words of one attribute make, after degree and negation."""
    terms = _word_terms(t, attr)
    if any(level not in _GENERIC for level, _ in terms):
        terms = [(level, span) for level, span in terms if level not in _GENERIC]
    # Words about the sound itself ("fully wet", "dry") beat what a place implies ("hall").
    if any(not level.startswith("room-") for level, _ in terms):
        terms = [(level, span) for level, span in terms if not level.startswith("room-")]
    terms = _without_rooms_left(t, terms)
    # "a radio across the room, murmuring": the closeness a murmur suggests yields to words of place
    if attr == "dist_m" and any(not _MURMUR.fullmatch(t[a:b]) for _, (a, b) in terms):
        terms = [(level, span) for level, span in terms if not _MURMUR.fullmatch(t[span[0]:span[1]])]
    # "everywhere, wide": enveloping is the more specific width.
    if any(level == "envelop" for level, _ in terms):
        terms = [(level, span) for level, span in terms if not level.startswith("wide")]
    chosen, chosen_family, chosen_denied = None, "", False
    stated: dict[str, Statement] = {}          # the narrowest stated (not denied) level per family
    for level, span in terms:
        negated = _inside(span, denied)
        degree = degree_of(t, *span)
        if degree and level in DEGREE_SHIFT:
            level = DEGREE_SHIFT[level][0 if degree == "weak" else 1]
        if negated and _SOURCE_WORD.fullmatch(t[span[0]:span[1]]):
            continue              # "천둥은 없음", "no thunder": a source left out, not a level
        if negated:
            # "살짝 위에, 머리 위까지는 아니고": denying a stronger degree of the direction
            # just stated keeps that statement.
            if level not in _OPPOSITE:
                continue
            if chosen is not None and not chosen_denied:
                # "가까이, 귀에 붙을 정도는 아니고": close, but the weaker degree of it.
                if _family(level) == chosen_family and level.endswith("-strong") \
                        and chosen_family in DEGREE_SHIFT:
                    chosen = _level_statement(attr, DEGREE_SHIFT[chosen_family][0], chosen.span)
                # "below the floor, not from the ceiling": a denial adds nothing to a word stated.
                continue
            level = _OPPOSITE[level]
        stmt = _level_statement(attr, level, span)
        family = _family(level)
        if not negated and (family not in stated
                            or stmt.hi - stmt.lo < stated[family].hi - stated[family].lo):
            stated[family] = stmt
        # Later statements refine earlier ones ("a reverberant hall, but keep it dry"),
        # except that within one direction a stated word beats a denied opposite ("not
        # dry, drown it") and the more specific region wins ("by my ear" + "a fly").
        if chosen is not None and family == chosen_family and (
                negated and not chosen_denied or (negated == chosen_denied and
                                                  chosen.hi - chosen.lo < stmt.hi - stmt.lo)):
            continue
        chosen, chosen_family, chosen_denied = stmt, family, negated
    # "리버브 최소 ... 울림은 빼고 드라이하게": a plain restatement keeps the narrower word.
    narrow = stated.get(chosen_family)
    if chosen is not None and not chosen_denied and narrow is not None and chosen.contains(narrow.value):
        return narrow
    return chosen


_MURMUR = re.compile(r"whisper\w*|murmur\w*|mutter\w*|속삭\w*")
_LEFT_FROM = re.compile(r"\bfrom (?:the |a |an |my |our )?(?:\w+ )?$")


def _without_rooms_left(t: str, terms: list) -> list:
    """Drop the rooms a source leaves ("climb the stairwell from the lobby") where
    another room is named: that one is where it sounds."""
    rooms = [term for term in terms if term[0].startswith("room-")]
    left = [term for term in rooms if _LEFT_FROM.search(t[:term[1][0]])]
    return [term for term in terms if term not in left] if 0 < len(left) < len(rooms) else terms


def _refined(region: Statement, said: Statement) -> Statement:
    """A region from a number ("RT60 around 2 s") narrowed by words ("a cathedral"): the
    words where the region holds them, else the two regions' overlap, else the region."""
    if region.contains(said.value) and said.hi - said.lo < region.hi - region.lo:
        return said
    lo, hi = max(region.lo, said.lo), min(region.hi, said.hi)
    if region.attr == "az_deg" or lo >= hi:
        return region
    return Statement(region.attr, (lo + hi) / 2.0, lo, hi, span=region.span)


def _family(level: str) -> str:
    return level.rsplit("-", 1)[0] if level.endswith(("-weak", "-strong")) else level


_SIDE_EN = (r"(?:the |my |your |camera |frame )?(?:far |hard |extreme )?"
            r"((?:left|right|front|behind|back)(?:[ -](?:left|right)\b)?)\b")
# "starts hard left, crosses behind, ends hard right": a pass-by named by its ends.
_STARTS_ENDS = (rf"\bstarts? (?:\S+\s+){{0,2}}?{_SIDE_EN}[^.;]{{0,70}}?\bends? (?:up )?(?:\S+\s+){{0,2}}?"
                rf"{_SIDE_EN}")
#: "moving slowly right", "drifting over to the left": a move toward a side ("heading right
#: at me", "moving right behind me" stay where they are).
_DRIFTS_TO_SIDE = (r"\b(?:mov|drift|head|pan|slid|glid|crawl|creep|travel|wander|edg|inch|shift|float|run|ran|walk|"
                   r"roll|fl(?:y|ie|ew)|swim|scoot|skitter|scurr)\w*"
                   r"(?: (?:slowly|gradually|steadily|gently|over|across))*(?: to(?:wards?)?)?"
                   r" (?:the |my |your )?(?:left|right)\b(?!-)(?! (?:at|behind|next|in front|beside|by|up|"
                   r"over|past|now|away|into|through|around|there|here|toward|towards|across|above|below|"
                   r"under|along|on|of|in|out|down|onto|hand|ear|shoulder)\b)")
# "거실로 오고", "내 뒤로 걸어감", "창가로 가서": going to a place (not "왼쪽으로 가게 해줘", a
# placement); coming to my side or toward me ("옆으로 와서", "내 방 쪽으로 오셔") approaches.
_TO_PLACE_KO = r"(?:으로|로)\s+(?:(?![^\s.,]*(?:까지|에서|에)\s)[^\s.,]+\s+){0,2}?(?:걸어|뛰어|달려|기어|끌려|들어|올라|내려|쏙\s*들어)?\s*"
_GO_KO = r"(?:가(?:서|요|고|며|면서|더니|셔서|셨|신다)|감|갔|간다|가셔)(?![가-힣])"
_COME_KO = r"(?:와(?:서|요|고)|옴|왔|온다|오(?:고|며|면서|더니|는데|셔서)|오셔)(?![가-힣])"
#: Last syllables of adverbs that end like a goal ("바로", "서로", "따로", "제대로").
_NOT_A_GOAL_KO = "바새서홀절따별주대스말짜"
_GOES_KO = (rf"(?<=[가-힣])(?<![{_NOT_A_GOAL_KO}]){_TO_PLACE_KO}{_GO_KO}|"
            rf"(?<=[가-힣])(?<![{_NOT_A_GOAL_KO}옆곁쪽])(?<![옆곁쪽]으)(?<![내제] 앞)(?<![내제]앞)(?<![내제] 앞으)(?<![내제]앞으){_TO_PLACE_KO}{_COME_KO}")
_GOES_TO_KO = re.compile(rf"((?:내\s*)?(?:바로\s*)?[가-힣]+?)\s*(?:쪽)?(?:{_TO_PLACE_KO}(?:{_GO_KO}|{_COME_KO})|"
                         r"(?:으로|로)\s+(?:(?:자리\s*(?:를\s*)?)?(?:옮기|옮김|옮겨|옮긴|옮겼|이동)|빠져\s*나(?:가|간|감)))")

_MOTION = [
    ("static", r"\bstays? (?:put|still|there|fixed|in place|dead|centered|centred|where)|"
               r"\bdon'?t (?:let it )?(?:move|drift|wander)|\bdoes(?:n'?t| not) move|\bnever moves?|"
               r"\bnot moving|\bstationary|\bfixed (?:position|in place)|\bno movement|\bmotionless|"
               r"\blocked (?:at|in|to)|\bleave (?:the |its |it )?(?:\w+'?s? )?position alone|"
               r"\bkeep it (?:still|put|there|fixed)|\bleave (?:it|them) (?:where (?:it is|they are)|there|in place)|\bshould stay\b|\bspin\w* in place\b|"
               r"\bspin\w* (?:a)?round\b(?! (?:me|my|us|the listener|them|the player))",
     r"고정|움직이지\s*않|가만히|제자리|움직임\s*없|움직이면\s*안|그대로\s*(?:둬|두|있)"),
    ("rotate", r"\b(?<!centre )(?<!center )circl\w*|\borbit\w*|\bspin\w* (?:\S+\s+){0,3}?(?:a)?round (?:me|my head|us|the listener|them|the player)\b|\bswirl\w*|\brevolv\w*|\bwhirl\w*|"
               r"\b(?:go|goes|going|move|moves|moving|fly|flies|flying|walk\w*|run\w*|turn(?:s|ing)?(?: slowly)?) "
               r"(?:a)?round (?:me|my head|the room|us|the listener)|\baround my head\b|"
               r"\bround and round\b|\bloop\w* around\b|\brotat\w*|\baround (?:the )?(?:player|listener|viewer)'s head\b|"
               r"\b(?:gulls?|seagulls?|birds?|hawks?|crows?|vultures?|eagles?|bats?|kites?)\s+wheel\w*",
     r"빙빙|빙글|뱅뱅|선회|(?<![가-힣])빙\s*(?:돌|둘러)|원형으로\s*(?:돌|움직|날)|뱅글|휘휘\s*돌|원을\s*그리|맴돌|맴도|맴돈|(?<![좌우유공])회전|주위를\s*(?:돌|빙)|주변을\s*(?:돌|빙)|한\s*바퀴|"
     r"둘레를\s*돌|(?:머리|주위|주변)\s*(?:를|을)?\s*돌|시계\s*방향으로[^,.]{0,12}돌|돌게|돌려|"
     r"돌아\s*(?:줘|가)|돌다가|돌면서|(?:한|두|세|몇)\s*바퀴|바퀴\s*(?:돌|빙)"),
    ("pass-by", r"\bpass(?:es|ing|ed)?\s+(?:by|me|over|across|through)\b|\bgoes by\b|" + _DRIFTS_TO_SIDE + "|"
                r"\b(?:click|clack|clatter|walk|run|stomp|shuffl|trott|skitter|march|stride|strode)\w* across (?:the|a|my)\b|"
                r"\bgoing by\b|\bwhoosh\w*(?! (?:files?|folders?|library|samples?|pack))|\bswoosh\w*|\bzoom\w* (?:past|by|across|over)|"
                r"\b(?:fly|flies|flying|flew) (?:by|past|over|across|overhead)|\bswoop\w*\b(?! off| away)|\bdiv(?:e|es|ed|ing) (?:down|in|past|across)\b|"
                r"\b(?:planes?|jets?|aircraft|airliners?|helicopters?|choppers?) (?:is |are )?"
                r"(?:go(?:es|ing)?|went|pass(?:es|ing)?|com(?:es|ing)|roar(?:s|ing)?|rumbl(?:es|ing)|dron(?:es|ing)) over\b|"
                r"\bsweep\w* (?:past|across|by)|\bcross(?:es|ing)\b(?<!level crossing)(?<!zebra crossing)"
                r"(?<!pedestrian crossing)(?<!railway crossing)(?<!railroad crossing)|\bflyby\b|\bfly-by\b|"
                r"\bdrive\w* (?:by|past)|\bdriving (?:by|past)|\bwhizz\w*|\bwhiz\w*|\bpast me\b|"
                r"\b(?:roar|rumbl|thunder|scream|zoom|go|went|fl(?:y|ie|ew))\w* (?:straight |right |directly )?"
                r"over (?:the top of )?(?:me|us|my head|our heads)\b|"
                r"\bby me\b|\bpasses\b|\bovertak\w*|\bfly-?overs?\b|\bfly-?bys?\b|\bfly-?past\b|\bpassing\b|\bcross\b(?! (?:fade|talk|section|street))|"
                + _STARTS_ENDS + r"|\bfrom (?:the |my )?(?:left|right|front|behind|"
                r"back)\b[^,.;]{0,30}\bto (?:the |my )?(?:left|right|front|back|behind)|"
                r"\b(?:roll|walk|run|zip|ride|race|rush|speed|go|cross|sail|glide|march|stroll|crawl|creep|trundle|"
                r"rumble|chug|amble|cruise)"
                r"(?:s|es|ing|ed)? (?:past|by|across)\b|\b\w+(?:s|ed|ing) past\b|\b(?!(?:fades|swells|blends|bleeds)\b)\w+s in from\b|\benter(?:s|ing|ed)? from\b|\bflutter\w* up from\b|"
                r"\bfrom one (?:end|side) to the other\b|\b(?:left|right|front|back) to (?:the )?"
                r"(?:frame |screen |camera |stage |house |hard |far )?(?:left|right|front|back)\b|\bstarts? (?:at|from)\b(?!\s*[-+−]?\d[\d.]*\s*(?:db|%))|\bstarting (?:point|position)\b|"
                r"\b(?:drift|glid|slid|travel|float|wander)\w*(?: \w+){0,2}? (?:across|over|round|around) to\b|"
                r"\bback and forth\b|\bto and fro\b|\b(?:walk|run|ran|stroll|wander|peel|swing|swung|storm|stomp|march|hurr)"
                r"\w* (?:it |them )?(?:off|round|around|over) (?:(?:to|toward|towards|into) [^,.;]{0,25}?"
                r"\b(?:left|right|front|back|rear)\b|behind\b)",
     r"왔다\s*갔다|오락가락|쫓아\s*(?:가|감|간|갑)|(?<!컷 )(?<!씬 )(?<!컷)(?<!씬)넘어\s*(?:가|감|간|갑|와|옴|온)|출발(?:해서|하여|해|하고)(?=[^.,]{0,20}?(?:까지|으로|로)(?:\s|$))(?![^.]*(?:다가|오는|와요|와서|온다|옵니|오게))|후다닥|우다다|스치|스쳐|스칩|(?:한쪽|한\s*쪽)\s*끝에서|(?:으로|로)\s*(?:천천히\s*|점점\s*|서서히\s*)?모(?:여|이)|추월|앞질러|앞지르|지나가|지나간|지나감|지나갑|지나서|지나며|지나치|지나(?=\s)|머리\s*위를\s*(?:날아|지나)|날아감|날아갑|(?:으로|로)\s*빠지|스쳐|스치|휙|가로질러|가로지르|가로지릅|가로지른|가로지름|날아가|날아간|통과|시작점|"
     r"옮겨\s*(?:가|감|갑|갈|간|와|옴|온|오)|자리\s*(?:를\s*)?(?:옮기|옮김|옮겨|옮긴|옮겼|이동)|(?<=에서)\s*시작해서(?![^.]*(?:다가|가까|멀어|올라|내려))|이동|걸어\s*(?:가|간|감)|건너\s*(?:가|간|감)|들어\s*(?:와|오|온)(?!면)|"
     + _GOES_KO + r"|빠져\s*(?:나가|나간|나감)|달려\s*(?:가|간|감|갑|갔)|뛰어\s*(?:가|간|감|갑|갔|지나)|"
     r"(?:왼|오른|앞|뒤|정면|위)\S*(?:\s*(?:귀|발|손|어깨|무릎|뺨|볼|팔|발목))?에서\s*(?:\S+\s*){0,4}"
     r"(?:왼|오른|앞|뒤)\S*(?:\s*(?:귀|발|손|어깨|무릎|뺨|볼|팔|발목))?(?:\s*쪽)?\s*(?:으로|로)"
     r"\s*(?:\S+\s+){0,3}?(?:이동|움직|옮겨|날아|흘러|넘어|돌아|빠져|가[는고다요며서게도]|와[요서]?(?:\s|$)|가줘|와줘|"
     r"질주|달려|달리|뛰어|뛰(?:고|며|는)|걸어|기어|굴러|헤엄|날(?:고|며|면서))|질주"),
    ("approach", r"\bapproach\w*|\bcom(?:e|es|ing) (?:(?:straight|right|directly) )?(?:closer|toward|towards|at me|in|up|near|nearer)|"
                 r"\bcom(?:e|es|ing) \w+ing (?:closer|nearer|toward me|towards me|up close|in)\b|"
                 r"\b(?:walk|run|ran|com|came|trot|crawl|creep|crept|mov|fl(?:y|ie|ew)|hop|pad|scurr|wander|roll)\w*\b[^.;]{0,50}?"
                 r"\b(?:right|all the way) up to (?:me\b|the mic(?:rophone)?\b|my (?:face|ears?|pillow|feet|side|chair|seat|head)\b)|"
                 # "the bus pulls up on my right": a vehicle drawing up to the listener
                 r"\b(?:bus|car|cab|taxi|van|truck|lorry|coach|train|tram|bike|motorbike|carriage)\w* (?:\w+ )?pull(?:s|ed|ing)? up\b|"
                 r"\btowards? me\b|\bgets? closer|\bthen(?: again)?,? (?:a (?:little |bit )|much |even )?closer\b|\bmov\w* (?:over )?to (?:\S+\s+){0,4}?(?:right )?(?:beside|next to) me\b|\b(?:runs?|ran|running|trott\w*|trots?|hurr\w*|rush\w*|pads?|padd\w*|"
                 r"com(?:e|es|ing)(?: \w+ing)?) (?:right |straight )?up (?:to|until|and|beside|next)\b|\bcom(?:e|es|ing) (?:down|up) (?:the stairs|from)\b|\bwash\w* up to\b|\b\w+s (?:slowly )?toward me|"
                 r"\bgetting (?:closer|nearer|louder and closer)|\blouder and closer\b|"
                 r"(?<!you )(?<!i )(?<!we )\b(?:wander|walk|stroll|shuffl|tiptoe|wheel|trot|scamper|scurr)\w* in\b(?! (?:the|a|an|my|circles|place|time)\b)|\blouder (?:with|at) (?:every|each) (?:step|stride|footstep)|\bcatch(?:es|ing)? up\b|\bcaught up\b|\bgaining on\b|\bmov\w* (?:closer|in|toward)|"
                 r"\bwalk\w* (?:up to|toward|towards|closer)|\bclosing in|"
                 r"\b(?:sneak|creep|crept|tiptoe|inch|edg)\w* (?:up on|up\b(?! (?:the|a|to the|from)\b)|closer|nearer)|"
                 r"\b(?!(?:fac|point|turn|aim|angl|direct|look|tilt)\w*\b)\w+ (?:\w+ly )?towards? us\b|"
                 # "walks up and stops just on my left"
                 r"\b(?:walk|run|ran|trot|wander|stroll|hurr|com|came)\w* (?:up|over) and (?:stop|stand|sit|halt|settl|wait)\w* "
                 r"(?:\w+ ){0,2}?(?:on|at|by|beside|next to) (?:my|me)\b|"
                 # "climbing the stairwell from below"
                 r"\bclimb\w* (?:up )?(?:the )?(?:stairs|stairwell|staircase|steps|ladder)\b[^.;]{0,20}?\bfrom below\b|"
                 # "comes over and sits on the bunk next to me"
                 r"\b(?:com(?:e|es|ing)|came|walk\w*|wander\w*|trots?|trott\w*|hobbl\w*|shuffl\w*) over "
                 r"(?:to (?:me|my)\b|and (?:\w+ ){0,6}?(?:beside|next to) me\b)|\bdraw\w* (?:near|closer)|"
                 r"\bcreep\w* (?:up|(?:\S+\s+){0,3}?closer|toward)|\bsweep\w* (?:closer|in|toward)|"
                 r"\b(?:slowly|gradually) bring\w* (?:\S+\s+){0,3}?closer\b|"
                 r"\b(?:later|now|then),? (?:it|he|she|they)(?:'s| is| are|'re) (?:\w+ )?(?:closer|nearer)\b|"
                 # "trots closer", "edges nearer"; not how it sounds or where it is put
                 r"\b(?!(?:sound|feel|seem|look|plac|put|bring|brought|set|keep|kept|mak|pan|mix|pull|push|nudg|get|got|is|was)\w*\b)"
                 r"\w+(?:s|ed) (?:closer|nearer)\b|\b(?:work|mak|wend|edg)\w* (?:its|his|her|their) way (?:up|over|in|toward|towards|closer)\b|\bheading (?:toward|towards) me|\bnearer and nearer|\bcloser and closer|"
                 r"\b(?:run|ran|walk|com|came|trott|trot|hurr|rush|wander|crawl|hop)\w* (?:\S+\s+){0,4}?towards? us\b|"
                 r"\b(?:com(?:e|es|ing)|came|walk\w*|wander\w*|trots?|trott\w*) over and (?:\w+ ){0,4}?(?:at|by|on) my (?:ankles?|feet|knees?|legs?|side|hand|lap)\b|"
                 # "comes to sit at my feet", "then it rings again, closer", "she leans in"
                 r"\b(?:com(?:e|es|ing)|came|fl(?:y|ies|ew)(?: down)?) to (?:sit|stand|rest|settle|perch|lie) (?:at|by|on|beside|next to) (?:me|my|your)\b|"
                 r"\bagain,? closer\b|,\s*(?:a (?:little |bit )|much |even |now )closer\b|\b(?:she|he|they|it) lean(?:s|ed) in\b|"
                 r"\b(?:march|walk)\w* (?:them|it|him|her) in\b|"
                 r"\bcom(?:e|es|ing) (?:from|down|up|in)\b[^.;]{0,40}?\b(?:getting|growing) louder\b|"
                  # "Train pulling in from the left", "coming fast", "30 m and closing", "toward the player"
                  r"\b(?:trains?|trams?|bus(?:es)?|subway|ferry|boat|ship)\w* (?:is |are )?pull(?:s|ing|ed)? in\b|"
                  # "closes in on the player", "an oncoming truck", "louder as he comes"
                  r"\bclos(?:es|ed|ing) in on\b|\boncoming\b|\b(?:louder|closer) as (?:he|she|it|they) (?:comes?|approach\w*)\b|"
                  r"\bcom(?:e|es|ing) (?:fast|quickly|slowly|on strong)\b|\band closing\b|"
                  r"\b(?!(?:fac|point|turn|aim|angl|direct|look|tilt)\w*\b)\w+ (?:\w+ly )?(?:from \w+ )?"
                  r"towards? (?:the )?(?:player|listener|camera|viewer|audience)\b",
     r"(?:열차|기차|전철|지하철|버스|트럭|택시)\S*\s*(?:\S+\s+){0,2}?들어(?:오|와|온|옴)|앞으로\s*(?:걸어\s*)?나(?:와|오|온|옴)|"
     r"(?:내|제|나|우리)\s+(?:(?!왼|오른|앞|뒤)[가-힣]+\s+)?쪽으로\s*(?:\S+\s*){0,3}?(?:와|온다|오고|오는|옵|걸어\s*(?:와|오|온))|"
     r"다가오|다가와|다가온|다가옴|다가왔|다가옵|(?:굴러|날아|헤엄쳐)\s*(?:오(?!르)|와|온|옴)|밀려\s*(?:들어\s*)?(?:오(?![르듯])|와(?!듯)|온(?!\s*듯)|옴)|"
     r"내\s*쪽으로(?!\s*(?:돌|향))|(?<![가-힣])진입(?!로)|점점\s*(?:또렷|선명|뚜렷)해|(?:걸어|뛰어|달려|기어)\s*(?:오(?!르)|와|온|옴)|(?:내|제|나)\s*(?:바로\s*)?(?:옆|곁|앞)\s*(?:쪽)?으로\s*(?:와|오|온)|이쪽으로\s*(?:\S+\s*)?(?:오는|와요|온다|와서|옵니)|(?<![가-힣])(?:나한테|나에게|내게)로|기어\s*(?:오|와|온)|까지\s*(?:왔|와요|와서|온다|옵니)|(?:내|나|우리)\s*(?:귀|얼굴|머리)?\s*쪽으로\s*(?:\S+\s*){0,3}?(?:와|온다|오고|오는|옵|날아\s*(?:와|오|온))|(?:올라|내려)\s*(?:오(?:는|고|다|며|면서)|온다|옵니다|와요|옴|와(?=\s*[.,!?]|\s*$))|(?:내|제|나)\s*(?:바로\s*)?(?:옆|곁|앞)에\s*(?:와|오|온)|앞으로\s*나(?:와|오|온)|(?:내|우리)\s*(?:방|자리)\s*(?:쪽)?으로\s*(?:\S+\s*)?(?:와|오|온|옴)|(?:밀려|몰려)\s*(?:오|와|온)(?!듯)|가까워(?:지|져|진|짐|졌)|가까이\s*(?:오|와|온|옴)|접근|점점\s*(?:\S+\s+)?가까|급강하|내리꽂|내려\s*꽂|따라붙|쫓아\s*(?:오|와|온)"),
    ("recede", r"\bmov\w* away|\bgo(?:es|ing)? away|\bwalk\w* away|\bdrift\w* (?:\w+ and )?(?:away|off)|"
               r"\bfad\w* (?:away|out|into the distance|off)|\breced\w*|\bretreat\w*|"
               # "leaves rustling", "dry leaves": the noun, not the verb
               r"(?<!dry )(?<!fallen )(?<!autumn )(?<!the )\bleav\w*\b(?! \w+ing\b)(?! (?:it|them|that|this|the \w+(?: \w+)?) (?:where|there|as is|in place|alone|"
               r"(?:in|on|at|by|near|behind|up|down|over|under)\b))|"
               r"\bfurther and further|\bfarther and farther|\b(?:drift|float|move|wander|slide)\w* (?:further|farther) (?:away|off)\b|"
               r"\b\w+ing away down the (?:corridor|hall|hallway|street|road|lane|path|aisle|stairs|track)\b|\bget\w* (?:further|farther) (?:away|off)|\bdisappear\w*|\bpull\w* away|"
               r"\bheading away|\brecede|\bswoop\w* (?:off|away)\b|"
               r"\bthen\b[^.;]{0,40}?\b(?:a (?:bit|little) )?(?:further|farther) (?:away|off)\b|"
               r"\b(?:down|along) the (?:corridor|hall|hallway|street|road|lane|path|aisle|track) away\b|\b(?:drive|drives|driving|drove|fl(?:y|ies|ew|ying)|runs?|running|ran|"
               r"(?<!thunder )(?<!drum )roll\w*|speed\w*|head\w*|wander\w*|float\w*|trail\w*|ebb\w*) (?:away|off)\b|"
               r"\b(?:click|clack|clatter|tap|walk|trot|head|wander|shuffl|stomp|march|run|ran|stroll|limp|"
               r"hobbl|skitter|roll|rattl|drift|zoom)\w* off down the (?:corridor|hall|hallway|street|road|lane|path|"
               r"stairs|track|aisle)\b|"
               # "her heels clicking away from me down the hall"; not where it sits or faces
               r"\b(?!(?:sit|stand|fac|turn|look|point|locat|plac|set|position|kept|keep|mov)\w*\b)"
               r"\w+(?:s|ing|ed) away from (?:me|us)\b(?! \d)",
     r"멀어지|멀어져|멀어진|멀어짐|떠나|사라지|사라져|물러나|빠져\s*나(?:가|간|감)|멀리\s*(?:가|간|사라)|점점\s*멀|걸어\s*나(?:가|감|간|갑)"),
]
_MACHINE_SPINS = re.compile(r"(?:fan|propeller|rotor|turbine|motor|washer|washing machine|blender|"
                            r"drum|wheel|record|vinyl|vacuum|dryer|선풍기|환풍기|세탁기|건조기|청소기|모터|프로펠러|믹서|팬|물레)"
                            r"\S*\s*(?:\S+\s*){0,2}(?:spin\w*|whirl\w*|돌아\S*|돌\S*|회전\S*)$")
_FULL_TURN = re.compile(r"\b360\b|360\s*(?:°|도)|한\s*바퀴|\bfull (?:circle|turn|loop)|\ball the way (?:a)?round")
_CCW = r"counter-?clockwise|anti-?clockwise|\bccw\b|반시계"
_CW = r"(?<!counter)(?<!counter-)(?<!anti)(?<!anti-)clockwise|\bcw\b|(?<!반)시계\s*방향"
_TURNS = re.compile(r"\b(?:(twice|two times|2 times|2x)|(three times|thrice|3 times|3x)|(four times|4 times|4x))"
                    r"|(?:(두)|(세)|(네))\s*(?:바퀴|번(?!\s*째))|\b(half|halfway)(?: a)?(?: circle| turn| way)?\b(?= (?:a)?round)"
                    r"|(반)\s*바퀴")


# "orbiting from your left hip around behind your back": the way round from where it starts
_ROUND_FROM = re.compile(r"\bfrom ([^.;,]{1,30}?)\s+(?:a)?round\s+(?:to\s+)?([^.;,]{1,30})|"
                         r"([^\s.,]+)\s*에서\s*(?:\S+\s+){0,2}?([^\s.,]+?)\s*(?:쪽)?(?:으로|로)\s*(?:\S+\s+)?(?:빙\s*)?(?:돌|둘러)")


def _turn_sense(t: str) -> float:
    """+1 for clockwise seen from above (front, right, back, left), -1 for counter-clockwise:
    as the words name it, else as a route round from one side to the next goes; +1 unsaid."""
    if re.search(_CCW, t):
        return -1.0
    m = None if re.search(_CW, t) else _ROUND_FROM.search(t)
    if m is not None:
        start, end = (_chunk_direction(g) for g in m.groups() if g is not None)
        step = wrap_deg(end - start) if start is not None and end is not None else 0.0
        if 0.0 < abs(step) < 180.0:
            return 1.0 if step > 0 else -1.0
    return 1.0


def _turns(t: str) -> float:
    """How many times round the words say: "twice" 2, "세 바퀴" 3, "반 바퀴" 0.5; else 1."""
    m = _TURNS.search(t)
    if m is None:
        return 1.0
    group = next(i for i, g in enumerate(m.groups()) if g)
    return (2.0, 3.0, 4.0, 2.0, 3.0, 4.0, 0.5, 0.5)[group]


_PATH_EN = re.compile(r"\bfrom ((?:\S+(?<![.;!?])\s+){0,8}?\S+?)(?<!\band)\s+(?:(?:all the way|through|over|round|across|out|back|off) ){0,2}"
                      r"(?:to|toward|towards|into|onto)"
                      r"\s+((?:\S+\s*){1,4})|"
                      rf"\bfrom {_SIDE_EN}[^.;]{{0,70}}?\b(?:to|towards?|into) {_SIDE_EN}|"
                      r"\bstarts? (?:at|from|by|on|in) ((?:\S+\s+){0,4}?\S+?)\s+and\s+(?:\S+\s+){0,3}?"
                      r"(?:to|towards?|into|over to|(?:a)?round to)\s+((?:\S+\s*){1,4})|"
                      + _STARTS_ENDS + "|"
                      r"\bfrom ((?:\S+\s+){0,3}?\S+?)\s+and\s+(?:stops|stopping|halts|halting|ends up|settles?|settling|pulls up|lands?|landing|perche?s?|perching|alights?|"
                      r"comes to (?:a stop|rest))\s+((?:\S+\s*){1,4})|"
                      # "pulling in from down the platform on my left, louder till it stops in front of me"
                      r"\bfrom ([^,.;]{1,60})(?:,[^.;]{0,30}?)?\s+(?:until|till|'til) (?:it|he|she|they) "
                      r"(?:stops|halts|settles|ends up|pulls up|comes to (?:a stop|rest))\s+(?:right |just |directly )?((?:\S+\s*){1,4})|"
                      # "coming from behind me and heading off in front"
                      r"\bfrom ((?:\S+\s+){0,5}?\S+?)\s+and\s+(?:\S+\s+)?(?:head|go|disappear|fad|vanish|exit|trail|roll|driv|drift|wander)\w*\s+"
                      r"(?:off\s+|out\s+|away\s+)?(?:in|into|to|toward|towards)\s+((?:\S+\s*){1,3})|"
                      # "approaching from far ahead, rushing past on the left, gone behind us"
                      r"\bfrom ((?:\S+\s+){0,3}?\S+?)\s*,[^.;]{0,40}?\b(?:gone|disappear\w*|vanish\w*|ends? up)\s+"
                      r"((?:\S+\s*){1,4})|"
                      # "swoops down from high in front of me and out behind over my right shoulder"
                      r"\bfrom ((?:\S+\s+){0,5}?\S+?)\s+and\s+(?:out|off|away|back)\s+((?:\S+\s*){1,5})|"
                      rf"\bin from (?:(?:high|low|up|down)\s+)?{_SIDE_EN}[^.;]{{0,50}}?\bout (?:the |to the |towards? the )?{_SIDE_EN}")
# "rolls from the door to the window, frame left to frame right": sides alone name the ends
# where the places before them do not.
_SIDE_TO_SIDE = re.compile(r"\b(left|right|front|back)\s+to\s+(?:the\s+)?(?:frame |screen |camera |stage |house |"
                           r"hard |far )?(left|right|front|back)\b")
# "(앞→오른쪽으로 이동)", "left -> right": an arrow between two places.
_PATH_ARROW = re.compile(r"((?:[^\s(→>]+(?<![을를])\s)?[^\s(→>]+)\s*(?:→|->|=>)\s*([^\s→)]+)")
_TOK = r"(?:(?!에서)\S)+"
_PATH_KO = re.compile(rf"({_TOK}(?:\s{_TOK})?)(?:에서|(?<=멀)리서|(?<=데)서)(?:부터)?\s*(?:{_TOK}\s+){{0,4}}?({_TOK}(?:\s{_TOK})?)(?:\s?쪽)?"
                      rf"(?:으로|로|까지)[\s,]|"
                      rf"({_TOK}(?:\s{_TOK})?)(?:에서|리서|이서)\s*(?:{_TOK}\s+){{0,4}}?({_TOK})에\s+(?:선|서|멈|도착)|"
                      r"((?:왼|오른)쪽|정면|앞쪽?|뒤쪽?)에서\s*((?:왼|오른)쪽|정면|앞쪽?|뒤쪽?)\s*(?:으로|로)?\s*(?:[.,)]|$)|"
                      # "왼쪽 문으로 뛰어 들어와서 등 뒤 창문 쪽으로 달려가": in by one way, off to another
                      rf"({_TOK}(?:\s{_TOK})?)(?:으로|로)\s*(?:{_TOK}\s+)?들어(?:와|오)\S*\s+(?:{_TOK}\s+){{0,4}}?"
                      rf"({_TOK}(?:\s{_TOK})?)(?:\s?쪽)?(?:으로|로|까지)\s*(?:{_TOK}\s+)?(?:{_TOK})?(?:가|갑|감|간|갔|사라)|"
                      # "왼쪽 귀 옆을 휙 스치고 뒤로 날아가는": grazing one place on the way to another
                      rf"((?:왼|오른)쪽\s*{_TOK}?\s*(?:옆|곁)?)(?:을|를)\s*(?:{_TOK}\s+)?(?:스치|스쳐|지나)\S*\s+"
                      rf"(?:{_TOK}\s+){{0,2}}?((?:왼|오른)쪽|정면|앞쪽?|뒤쪽?)\s*(?:으로|로)\s")


# "뒤에서 왼쪽으로 또각또각", "앞에서 뒤로.": a Korean path with only a sound word, or
# nothing, after it moves; "왼쪽에서 오른쪽까지 넓게" is a width.
_KO_PATH_SOUNDS = re.compile(r"[\s,]*(?:(?P<s>[가-힣]{1,3})(?P=s)\S*|드르+륵|휙|쌩|슝|후다닥)?\s*(?:[.,;!?)]|$)")
_KO_WIDE = re.compile(r"넓|퍼|가득|꽉|전체|채우|채워")
_KO_OFFSET = re.compile(r"살짝|조금|약간|(?<![가-힣])좀|대각선")
# Where a Korean path's source vanishes, further on in the same sentence.
_GONE_KO = re.compile(r"[^.;!?]{0,20}?((?:왼|오른)쪽|정면|앞쪽?|뒤쪽?)\s*(?:으로|로)\s*(?:(?:쭉|싹|휙|훅|점점)\s*)?(?:사라|빠져|멀어|날아가|이탈)")
# The end of a Korean path a few words further on, in the same sentence.
_KO_PATH_END = re.compile(r"[^.;!?]{0,16}?((?:왼|오른)쪽|정면|앞쪽?|뒤쪽?)\s*(?:으로|로|까지)")

# "좌→우", "L -> R": a path's ends may be the side's one letter or syllable.
_CHUNK_WORDS = (("left", r"\bleft\b|왼|좌|(?<![\w'])[lL]$"), ("right", r"\bright\b|오른|우측|(?<![가-힣])우(?=로|에서|쪽|$)|(?<![가-힣])오(?=로?$)|(?<![\w'])[rR]$"),
                ("front", r"\bfront\b(?![ -](?:door|desk|porch|yard|gate|steps?|garden|office))|\bahead\b|\bcent(?:er|re)\b|\bmiddle\b|정면|가운데|(?<!코)(?<!눈)앞|전방"), ("back", r"\bback\b|\bbehind\b|\brear\b|뒤|뒷(?=산|뜰|마당|동산|쪽|편)|후방"))


def _chunk_direction(chunk: str) -> float | None:
    """Direction of a short path end ("my left", "behind me", "오른쪽", "180°"), or ``None``."""
    # "right over the top", "a stop right in front of us": "right" is an intensifier there
    chunk = re.sub(r"^\s*right(?=\s+(?:over(?! to)|above|overhead|on top)\b)", "", chunk)
    chunk = re.sub(r"(?<=[a-z] )(?<!the )(?<!my )(?<!your )(?<!our )(?<!to )(?<!from )(?<!and )"
                   r"(?<!front )(?<!back )(?<!rear )(?<!far )(?<!hard )right"
                   r"(?=\s+(?:over(?! to)|above|overhead|on top|in|behind|next to|beside|here|there)\b)",
                   "", chunk)
    angle = re.search(r"(?<![\w.])(\d{1,3})\s*(?:°|degrees?\b|도)", chunk)
    if angle and float(angle.group(1)) <= 360:
        return wrap_deg(float(angle.group(1)))
    hour = clock(chunk)                  # "3시 방향", "9 o'clock"
    if hour is not None:
        return hour.value
    across = re.search(r"(왼|오른)쪽?\s*(?:귀|어깨|손|발|팔)?\s*(?:의\s*)?반대(?:편|쪽)", chunk)
    if across:                           # "오른쪽 귀 반대편": the other side
        return 90.0 if across.group(1) == "왼" else -90.0
    stage = frames.STAGE_FLIP.search(chunk)
    if stage is not None:                # "stage left" is the audience's front right
        return 45.0 if frames.performer_side(stage) == "left" else -45.0
    # "to the left in front of me": the route ("in front of me") is not the end.
    route = re.split(r"\s+(?:in front(?: of)?|behind|past|over|across|around|through)\b", chunk)[0]
    for words in (route, chunk):
        found = az.combine({name for name, p in _CHUNK_WORDS if re.search(p, words)})
        if found is not None and found[0] == 180.0:
            # "out behind over my right shoulder": behind, where that part of the body is
            part = _body_part(chunk)
            return found[0] if part is None else part.value
        if found is not None:
            return found[0]
    # "to the tip of my nose": a part of my body with no side word is where it is (a bare
    # "어깨 너머" takes its side from the words before it)
    part = _body_part(chunk) if re.search(r"\bmy\b", chunk) else None
    return None if part is None else part.value


def _body_part(chunk: str) -> Statement | None:
    """The azimuth of the first part of the body ``chunk`` names that has one, or ``None``."""
    return next((stmt for stmt, *_ in frames.body(chunk) if stmt is not None), None)


def _motion_word(t: str, name: str, en: str, ko: str, denied) -> re.Match | None:
    """The first word of one motion kind that no negation denies ("aren't approaching")."""
    for found in list(re.finditer(en, t)) + list(re.finditer(ko, t)):
        if name != "static" and _inside(found.span(), denied):
            continue
        if name == "rotate" and _MACHINE_SPINS.search(t[max(0, found.start() - 16):found.end()]):
            continue              # "a ceiling fan spinning", "선풍기 돌아가고": running, not circling
        if found.group(0).startswith("들어") and re.search(r"소리(?:가|도)?\s*(?:살짝|조금|약간|좀|슬쩍)?\s*$",
                                                          t[:found.start()]):
            continue              # "매미 소리가 살짝 들어와요": the sound comes in, nothing moves
        return found
    return None


# "moves from my left to straight in front": a verb of movement before a from-to path.
_MOVES_FROM = re.compile(r"\b(?:mov|rumbl|roar|whiz|travel|go|went|sweep|swing|swung|pan|slid|glid|shift|drift|wander|"
                         r"walk|run|ran|fl(?:y|ies|ew)|roll|crawl|swoop|come|came|head|carr|sail|trail|pull|arriv|approach|"
                         r"drive|drove|speed|rac|rush|ride|rode|creep|crept|"
                         r"wheel|zip|spin|arc|curv|whoosh|swoosh|bounc|hop|jump|skitter|scurr|cross|across|along|pass|flap|"
                         r"flutter|stride|strode|stomp|clomp|skat|cycl|march|stroll|limp|hobbl|dash|sprint|hurr|scuttl|"
                         r"trudg|stagger|climb|trot|gallop|waddl|ambl|saunter|tiptoe|lumber|slither|prowl|scamper|zoom|dart|bolt|"
                         r"strut|prance|parad|sashay|rattl|clatter|trundl|click|clack|squeak|shuffl|patter|jangl|"
                         r"jingl|scrabbl|skip|clop|flick|streak|slink|skid|launch|stumbl|tumbl|lurch|drag|sneak|"
                         r"sleepwalk|spiral)"
                         r"\w*(?:\s+\S+){0,5}\s*$")


#: Words of a stretch passed on the way ("across the room", "roars past in front").
_ON_THE_WAY = re.compile(r"\b(?:over|past|pass\w*|through|across|above|around|round)\b")


#: A Korean route taken back right after it is said ("앞에서 뒤로 말고 뒤에서 앞으로").
_ROUTE_DENIED_KO = re.compile(r"\s*(?:는|은)?\s*(?:말고|아니고|아니라|대신)")


def _path(t: str, denied) -> tuple[float, float, bool, tuple[int, int]] | None:
    """``(start, end, verbless, span)`` of a stated path ("from my left to behind me",
    "오른쪽에서 ... 앞으로", "from 0° ... to 180°", compass points with a facing);
    ``verbless`` when the words make a path without a motion verb."""
    for m in [*_PATH_EN.finditer(t), *_SIDE_TO_SIDE.finditer(t), *_PATH_KO.finditer(t + " "),
              *_PATH_ARROW.finditer(t)]:
        ends = [g for g in m.groups() if g is not None]
        # "from front to back, not back to front": the end stops at a denial or a break.
        ends[1] = re.split(r"[,;.]|\bnot\b|n't\b|아니|말고|대신", ends[1])[0]
        # "왼쪽에서 ... 아니, 오른쪽에서": a start begins after a correction in it
        # (but "from behind me, right over the top": the place before a route)
        parts = [p.strip() for p in re.split(r"[,;]|\.\.\.|\bnot\b|n't\b|아니|말고|대신", ends[0])
                 if p.strip()] or [""]
        route = len(parts) > 1 and _ON_THE_WAY.search(parts[-1])
        ends[0] = parts[-2] if route else parts[-1]
        if m.re is _PATH_KO:      # "내 앞을 왼쪽에서 ...": the stretch passed is not the start
            ends[0] = re.sub(r"^\S+(?:을|를)\s+", "", ends[0])
        at = m.start() + max(0, m.group(0).find(ends[0]))
        if not ends[0] or _inside((at, at), denied) or _ROUTE_DENIED_KO.match(t, m.end() - 1):
            continue              # "don't have it fly left to right; it's right to left"
        # "오른쪽 위 천장 속에서 ...": the place may be named just before the thing it is in.
        start = _chunk_direction(ends[0]) or _chunk_direction(t[max(0, m.start() - 12):m.start()] + ends[0])
        end = _chunk_direction(ends[1])
        if end is None and m.re is _PATH_EN and m.group(0).endswith(ends[1]):
            # "from behind me to the far end in front": an end place longer than four words
            end = _chunk_direction(re.split(r"[,;.]|\bnot\b|\bthen\b", t[m.end() - len(ends[1]):])[0][:40])
        if re.search(r"\bof (?:cent(?:er|re)|the middle)\b", ends[1] + t[m.end():m.end() + 16]) or \
                m.re is _PATH_KO and re.match(r"\s*(?:틀어|치우치|치우쳐|비껴|비켜)", t[m.end() - 1:]):
            continue              # "a touch to the left of centre", "정면에서 살짝 왼쪽으로 틀어서": offsets
        gone = _GONE_KO.match(t, m.end()) if m.re is _PATH_KO else None
        if gone is not None:      # "뒤에서 ... 내 왼쪽으로 휙 지나가 앞으로 사라짐": it leaves ahead
            end = _chunk_direction(gone.group(1))
        elif end is None and m.re is _PATH_KO:
            # "뒤에서 머리 위로 지나가서 앞쪽으로": a height on the way, the side it ends at later
            later = _KO_PATH_END.match(t, m.end())
            # "왼쪽 현관문에서 뒤쪽 베란다 창문까지": the side said before the place it ends at
            end = _chunk_direction(later.group(1)) if later else _chunk_direction(
                re.split(r"[,;.]", m.group(0).split("에서", 1)[-1])[0])
        if start is not None and end is not None:
            return start, end, start != end and _moves_without_a_verb(t, m), m.span()
    ends = frames.compass_path(t)
    return None if ends is None else (*ends, True, (0, 0))


def _moves_without_a_verb(t: str, m: re.Match) -> bool:
    """Whether a path match ``m`` is a move though no motion word says so: an arrow, two
    sides alone ("아 아니다 반대로, 오른쪽에서 왼쪽"), a Korean path with only a sound word
    or nothing after it (not a width or an offset), or "from ... to ..." after a verb of
    movement."""
    if m.re is _PATH_ARROW or m.re is _PATH_KO and (m.group(5) is not None or (
            m.group(1) is not None and _KO_PATH_SOUNDS.match(t, m.end() - 1)
            and not _KO_WIDE.search(t) and not _KO_OFFSET.search(m.group(0)))):
        return True
    return m.group(0).startswith("from ") and bool(_MOVES_FROM.search(t[max(0, m.start() - 40):m.start()]))


def read_motion(t: str, denied=()) -> dict | None:
    """The motion the verbs describe, with rotation sense and a start/end path (azimuths
    ``start_az_deg``, ``end_az_deg``; heights ``start_el_deg``, ``end_el_deg``)."""
    motion = _verb_motion(t, denied)
    heights = _height_path(t, denied) if motion is None or motion["kind"] in ("pass-by", "approach") else None
    if heights is None:
        return motion
    start, end, span = heights
    if motion is not None and motion["kind"] == "approach":
        if abs(end - start) < _CLIMB:
            return motion
        motion = None            # "starts near my feet and creeps up to my shoulder": a climb
    motion = motion or {"kind": "pass-by", "span": span}
    return {**motion, "start_el_deg": start, "end_el_deg": end}


# "rises from the floor up to above their heads", "drops from table height to the floor",
# "발아래에서 시작해서 천장 쪽으로", "하늘 높이 올라가": a path between two heights.
_HEIGHT_FROM_TO = re.compile(r"\bfrom ((?:\S+\s+){0,5}?\S+?)\s+(?:(?:all the way |right |straight )?(?:up|down)\s+)?"
                             r"(?:to|into|toward|towards|through to|through|onto)\s+((?:\S+\s*){1,5})|"
                             r"(\S+(?:\s\S+)?)(?:에서부터|에서|부터)\s*(?:시작해서?\s*|시작하여\s*)?(?:\S+\s+){0,3}?"
                             r"(\S+(?:\s\S+)?)(?:\s*쪽)?(?:으로|로|까지)")
_RISES_TO = re.compile(r"\b(?:ris(?:es|ing)|rose|climb\w*|float\w* up|(?:creep|crept|crawl)\w* up|soar\w*|ascend\w*|lift\w* off)\s+"
                       r"(?:\S+\s+){0,2}?(?:to|into|toward|towards|up to)\s+((?:\S+\s*){1,4})|"
                       r"\b(?:drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|sink\w*|sank|descend\w*|plummet\w*)\s+"
                       r"(?:\S+\s+){0,2}?(?:to|onto|into|down to)\s+((?:\S+\s*){1,4})|"
                       r"(\S+\s*높이|\S+?(?:으로|로|까지))\s*(?:\S+\s*){0,2}?(?:올라가|올라감|솟아오르|솟구치|떠오르|뛰어올라|"
                       r"내려가|내려감|떨어지|떨어져|가라앉)(?!지\s*(?:않|마|말)|면\s*안)")
_RISING = re.compile(r"ris|rose|climb|float|creep|crept|crawl|soar|ascend|lift|올라|솟|떠오르")
#: Degrees a climb or a fall must span to be a path rather than the approach its verb says.
_CLIMB = 30.0
#: Degrees between two heights for them to make a path ("from my knee to my thigh" does not).
_HEIGHT_STEP = 15.0
_ENDING = re.compile(r"\bend(?:s|ing)?(?: up)?\s+((?:\S+\s*){1,4})")


def _height_of(chunk: str) -> float | None:
    """The elevation (deg) the words of a short path end state, or ``None``."""
    said = word_statement(chunk, "el_deg", ())
    level = next((el for _, el, _, _ in frames.body(chunk) if el), None)
    if said is None and level is not None:                 # "정수리부터 목덜미까지"
        said = _level_statement("el_deg", level, (0, 0))
    if said is None and chunk.rstrip().endswith("높이"):     # "완전히 높이 솟아오르게": high up
        said = _level_statement("el_deg", "up", (0, 0))
    return None if said is None or said.negated else said.value


def _height_path(t: str, denied) -> tuple[float, float, tuple[int, int]] | None:
    """``(start_el_deg, end_el_deg, span)`` of a path between heights ("from below the floor
    up through the visitor, ending high above" ends where it ends); a verb of rising or
    falling with only its end stated starts at the height named before it, else ear level,
    and goes the way the verb says ("정수리로 떨어지는" lands on the crown, it does not rise)."""
    pos = 0
    # Overlapping matches: "계단실에서 발자국 소리가 윗층에서 아래층으로" starts at the second "에서".
    while (m := _HEIGHT_FROM_TO.search(t, pos)) is not None:
        pos = m.start() + 1
        # "머리 위에서 나면 안 됨. 눈높이로": a denied start, or ends in two sentences, make no path.
        if _inside((m.start(), m.start()), denied) or re.search(r"[.!?]\s", m.group(0)):
            continue
        ends = [g for g in m.groups() if g is not None]
        start, end = _height_of(re.split(r"[,;.]", ends[0])[-1]), _height_of(re.split(r"[,;.]", ends[1])[0])
        ending = _ENDING.search(t, m.start())
        if end is None and ending is not None:
            end = _height_of(ending.group(1))
        if start is not None and end is not None and abs(end - start) >= _HEIGHT_STEP:
            return start, end, m.span()
    m = _RISES_TO.search(t)
    if m is not None and not _inside(m.span(), denied):
        end = _height_of(re.split(r"[,;.]", next(g for g in m.groups() if g is not None))[0])
        start = _height_of(t[:m.start()]) or 0.0
        rises = bool(_RISING.search(m.group(0)))
        if end is not None and (end - start if rises else start - end) >= _HEIGHT_STEP:
            return start, end, m.span()
    return None


_ROUTE = re.compile(r"\b(?:walk|run|ran|roll|crawl|drag|shuffl|stomp|pac|wander|stroll|hobbl|limp|march|"
                    r"skat|cycl|rid|rode|driv|drove|fl(?:y|ie|ew)|float|glid|drift|slid|sneak|creep|crept|scuttl|"
                    r"zoom|dash|sprint|hurr|climb|trudg|stagger|go|went|mov|travel|trot|scurr|scamper|bounc|"
                    r"hop|flap|flutter|leap|jump|bound)\w*\s+(?:\S+\s+){0,2}?from\s+(?:the |my |a )?"
                    r"[a-z]+(?:\s[a-z]+){0,4}?\s+(?:(?:over |across |back )?(?:up |down )?to|into|towards?)\s+(?P<end>(?:the |my |a )?[a-z]+(?:\s+\S+){0,3})|"
                    r"\S+에서\s+(?:\S+\s+)?\S+(?:까지|(?:\s*쪽|\s*끝)\s*(?:으로|로))\s*(?:\S+\s+){0,3}?"
                    r"(?:(?:걸어|뛰어|달려|기어|끌고|굴러|날아|쫓아)\s*(?:가|와|간|온|감|옴)|(?:가|와|간|온|감|옴)(?=[\s,.]|고|요|는|며|서|$))|"
                    r"\bfrom one (?:end|side|corner)\b[^.;]{0,30}?\bto the other\b")

# "buzzing from the lamp over to right by my ear", "flaps over from the gatepost and lands
# on my left shoulder": from a place with no side to a side, a path that ends there.
_TO_A_SIDE = re.compile(r"\bfrom (?:the |a |my |his |her |their )?[a-z]+(?:\s[a-z]+)?,?\s+(?:all the way |right )?"
                        r"(?:over to|across to|and lands? (?:right )?(?:on|at|by|beside)|and settles? (?:on|at|by))"
                        r"\s+((?:\S+\s*){1,4})|"
                        # "then goes into the bedroom on the left"
                        r"\b(?:go(?:es)?|went|head(?:s|ed)?|mov(?:es|ed)|wander(?:s|ed)?|walk(?:s|ed)?|run|runs|ran) "
                        r"(?:off )?into (?:the |a |my )?[a-z]+\s+((?:on|to) (?:the |my )?(?:left|right)\b)")


def _to_a_side(t: str, denied) -> dict | None:
    """A move from a sideless place to a side (``pass-by`` with ``end_az_deg``), or ``None``."""
    m = _TO_A_SIDE.search(t)
    if m is None or _inside(m.span(), denied):
        return None
    end = _chunk_direction(re.split(r"[,;.]", next(g for g in m.groups() if g))[0])
    return None if end is None else {"kind": "pass-by", "span": m.span(), "end_az_deg": end}


def _verb_motion(t: str, denied) -> dict | None:
    """The motion the verbs describe, with rotation sense and a start/end azimuth."""
    words = {name: _motion_word(t, name, en, ko, denied) for name, en, ko in _MOTION}
    kind = next((name for name, _, _ in _MOTION if words[name]), None)
    path = _path(t, denied)
    if kind is None and not (path and path[2]):
        arrival = _to_a_side(t, denied)
        if arrival is not None:
            return arrival
        route = _ROUTE.search(t)
        if route is None or _inside(route.span(), denied):
            return None
        # "부엌에서 현관까지 슬리퍼 끌고 가는": a move between places whose sides are unsaid;
        # "float from the wardrobe to the window behind me" ends on a side.
        end = route["end"] and _chunk_direction(re.split(r"[,;.?!]", route["end"])[0])
        return {"kind": "pass-by", "span": route.span(), **({} if end is None else {"end_az_deg": end})}
    span = path[3] if kind is None else words[kind].span()
    kind = kind or "pass-by"
    if kind == "pass-by" and not path and words["approach"] and re.match(r"들어|enter|start", words[kind].group(0)):
        kind, span = "approach", words["approach"].span()   # "들어오는 소리, ... 점점 가까워지게"
    if kind == "pass-by" and not path and words["recede"] and words["recede"].start() >= span[0] \
            and re.match(r"(?:걸어|뛰어|달려)\s*(?:가|간|감)|빠져\s*나", words[kind].group(0)) \
            and _chunk_direction(t[span[1]:]) is None and not re.search(r"로\s*(?:\S+\s+)?$", t[:span[0]]):
        kind, span = "recede", words["recede"].span()   # "걸어가는데 점점 멀어짐": off it goes
    if kind == "pass-by" and not path and (_ENDS_AT_LISTENER.search(t, span[1]) or _ARRIVES.search(t)):
        kind = "approach"         # "creeps in from the far corner and ends up near my feet"
    # "들어와서 내 옆에 털썩 앉아": it comes up to me; "... 내 왼쪽 의자에 앉음": it goes to my left
    sits = _SITS_BY_ME.search(t, span[0]) if kind == "pass-by" and not path else None
    if sits and sits.group(1) in ("옆", "곁", "앞"):
        kind, sits = "approach", None
    motion: dict = {"kind": kind, "span": span}
    if kind == "approach" and words["recede"] and words["recede"].start() > span[1]:
        # "다가왔다가 다시 멀어져요": comes up, then goes away
        motion.update(kind="pass-by", comes_and_goes=True)
    if kind == "rotate":
        motion["rotate_deg"] = _turn_sense(t) * _turns(t) * 360.0
    # "오른쪽에서 다가와 앞에 선다", "앞에서 왼쪽으로 돌면서": a start and an end
    # make a path whatever the verb, but a full turn ("정면에서 살짝 오른쪽으로 ... 360도
    # 회전") starts there and keeps turning.
    full_turn = kind == "rotate" and _FULL_TURN.search(t)
    # "then comes closer and ends up at my feet": an approach to my body, not a path to its side
    to_me = kind == "approach" and bool(frames.body(t[span[1]:]))
    if path and not full_turn and not to_me and (kind == "pass-by" or path[0] != path[1]):
        return {"kind": "pass-by", "span": motion["span"], "start_az_deg": path[0], "end_az_deg": path[1]}
    # "coming in from behind and roaring off ahead": it arrives and leaves again
    ends = _enters_and_exits(t) if kind in ("pass-by", "rotate", "approach") and not path else None
    if ends is not None:
        return {"kind": "pass-by", "span": span, "start_az_deg": ends[0], "end_az_deg": ends[1]}
    if kind == "pass-by" and _AT_MY_BODY.search(t, span[1]) and _FROM_AHEAD.search(t) \
            and not re.search(r"\b(?:past|by|across)\b|지나|스치", t):
        return {"kind": "approach", "span": span}        # "... fizzles out right at my feet"
    if kind == "pass-by":
        # "내 앞을 지나 오른쪽으로 사라져", "passes, then off to the left": where it goes
        end = _PASS_END.search(t, span[0])
        if end and _chunk_direction(end.group(0)) is not None:
            motion["end_az_deg"] = _chunk_direction(end.group(0))
        elif sits:
            motion["end_az_deg"] = _chunk_direction(sits.group(1))
        elif (went := _GOES_TO_KO.search(t, max(0, span[0] - 12))) \
                and (goal := _chunk_direction(went.group(1))) is not None:
            motion["end_az_deg"] = goal
        elif words["pass-by"] and _OVERTAKES.match(words["pass-by"].group(0)):
            motion["end_az_deg"] = 0.0            # "뒤에서 추월해 나감": what overtakes ends ahead
        elif _WALKS_IN.search(t):
            motion["end_az_deg"] = 0.0            # "Priya walks in from the right": into the room ahead
    if kind in ("approach", "recede"):
        # "멀어져, heading off to the left", "뒤쪽으로 멀어져가게": it turns as it goes
        end = _HEADS_TO.search(t, span[0]) or _HEADS_TO_KO.search(t)
        where = end and _chunk_direction(next(g for g in end.groups() if g).replace("forward", "ahead"))
        if where is not None:
            motion["end_az_deg"] = where
    return motion


_OVERTAKES = re.compile(r"\boverta|추월|앞질|앞지")
_WALKS_IN = re.compile(r"\b(?:walk|come|came|stride|strode|shuffl|limp|hurr|burst|wander|stroll|tiptoe|slip|"
                       r"march|stomp|step)\w* in from\b|\benter\w* from\b")
_FROM_AHEAD = re.compile(r"\bfrom (?:way |far )?(?:out |off )?(?:in )?(?:front|ahead|the distance|far away|afar)\b|"
                         r"(?:앞|정면|멀리)\S*에서")
_AT_MY_BODY = re.compile(r"\b(?:right )?(?:at|to|on) my (?:feet|toes|ear|face|side)\b|\bright up to me\b|"
                         r"(?:내\s*)?(?:발밑|발\s*앞|귀\s*앞|코앞)(?:까지|으로|에)")


# "buzzes in from behind, loops around my head twice, then drifts off to the front right",
# "후방에서 머리 위로 저공 통과 후 전방으로 이탈": where it comes in and where it leaves.
_DIRECTION_EN = r"((?:front|back|rear|left|right|behind|ahead)(?:[ -](?:left|right))?)"
_ENTERS = re.compile(rf"\b(?:in |up )?from (?:way |far )?(?:off )?(?:the |my |your )?(?:far |very )?{_DIRECTION_EN}\b|"
                     rf"\bstarts? (?:far |way |off )*(?:to the |at the |on the )?{_DIRECTION_EN}\b|"
                     r"((?:왼|오른)쪽|뒤쪽|뒤편|후방|전방|앞쪽)\S*에서")
_EXITS = re.compile(rf"\b(?:exits?|exiting|out|off|away|fades? out|fading out|pulls? away|disappears?)\s+"
                    rf"(?:(?:in|to|toward|towards|into|through) )?(?:the |my |your )?{_DIRECTION_EN}\b|"
                    r"((?:왼|오른)쪽|뒤쪽|뒤편|후방|전방|앞쪽|정면)\S*\s*(?:으로|로)\s*(?:이탈|사라|빠져|멀어|날아가)")


def _enters_and_exits(t: str) -> tuple[float, float] | None:
    """``(start, end)`` azimuths of a source that comes in from one side and leaves by
    another, or ``None``."""
    enters = _ENTERS.search(t)
    exits = enters and _EXITS.search(t, enters.end())
    if not exits:
        return None
    start, end = (_chunk_direction(next(g for g in m.groups() if g)) for m in (enters, exits))
    return None if start is None or end is None or start == end else (start, end)


_HEADS_TO = re.compile(r"\b(?:off |away |out )?(?:to|toward|towards|into) ((?:the |my |your )(?:left|right|rear)|"
                       r"the (?:front|back)(?:[ -](?:left|right))?)\b|\b(?:(?:off|away) )?(ahead|forward)\b")
_HEADS_TO_KO = re.compile(r"((?:왼|오른)쪽|뒤쪽|뒤편|앞쪽|정면|전방|후방)\s*(?:으로|로)\s*(?:\S+\s*)?"
                          r"(?:멀어|사라|다가|내리꽂|빠져)")


_THE_LISTENER = r"(?:me|us|my|our|your|the (?:listener|player|viewer)(?:'s)?)\b"
_ENDS_AT_LISTENER = re.compile(r"\b(?:ends? up|ending up|winds? up|until (?:it|he|she|they)(?:'s| is| are|'re)|"
                               r"till (?:it|he|she|they)(?:'s| is| are|'re))\b[^.;]{0,25}?\b(?:near|at|by|beside|"
                               r"next to|in front of|against|on)\s+" + _THE_LISTENER)
# "pulls in from down the street and stops right in front of the listener", "trots in from
# the hallway and settles by my right knee": it arrives.
_ARRIVES = re.compile(r"\bin from\b[^.;]{0,60}?\b(?:stops?|stopping|halts?|settl(?:es|ing|ed)|sits? down|"
                      r"lies down|curls? up|plops? down)\b[^.;]{0,12}?\b(?:near|at|by|beside|"
                      r"next to|in front of)\s+" + _THE_LISTENER)
_SITS_BY_ME = re.compile(r"들어\S*\s+(?:\S+\s+){0,3}?내\s*(?:바로\s*)?(옆|곁|앞|왼쪽|오른쪽)\S*\s*(?:\S+\s+){0,2}?"
                         r"(?:털썩\s*)?(?:앉|서(?=[.,\s]|$)|섰|멈|눕)")
_PASS_END = re.compile(_DRIFTS_TO_SIDE + r"|\b(?:off |away |out )?(?:to|toward|towards|into) (?:the |my |your )(?:left|right|front|back|rear)"
                       r"(?:[ -](?:left|right))?\b"
                       r"(?! (?:seat|door|yard|garden|room|row|desk|porch|of))|"
                       r"\b(?:off|away|round|around) (?:to|toward|towards|into|behind)\b[^,.;]{0,30}|"
                       r"(?:왼|오른)쪽\S*\s*(?:저\s*)?(?:멀리\s*)?(?:으로|로)\s*(?:사라|빠져|멀어|가|날아)|"
                       r"(?:왼|오른)쪽\s*(?:저\s*)?멀리\s*(?:사라|빠져|멀어)")


# Where the listener is ("저는 교실 맨 뒤에 앉았어요", "I'm sitting at the back"): not the source.
_LISTENER_AT = re.compile(r"(?:(?<![가-힣])(?:저는|나는|난|전|제가|내가)|\b(?:i'm|i am|we're|we are)\b)"
                          r"[^.,;!?]{0,30}?(?:앉\S*|서\s*있\S*|sitting|standing|seated)")


# What sits in front of the listener sets the frame ("with the desk in front of the player")
# and is not the source's direction.
_FRAME_SETTING = re.compile(r"\bwith (?:the|a|an|my|your) [\w' -]{1,30}? (?:in front of|ahead of|before) "
                            r"(?:me|you|us|them|the (?:player|listener|visitor|viewer)s?)\b|"
                            r"\b(?:the|a|an|my|your|our) [\w' -]{1,30}? (?:is|as) (?:the |my |our )?front\b|"
                            + frames.FRONT_SETTING_KO)
# "a hair right of center": less than "slightly".
_TINY = re.compile(r"\b(?:a hair|a touch|a tad|a smidge|a whisker|barely|ever so slightly)\s+"
                   r"(?:to\s+|towards?\s+|on\s+)?(?:the\s+|my\s+|your\s+)?$")


# "a little off center to the right", "중앙에서 살짝 벗어나 오른쪽": near the front, to a side.
_OFF_CENTRE = re.compile(r"(?<!far )(?<!way )(?<!well )(?<!very )\boff[- ]?cent(?:er|re)d?\b|"
                         r"(?:중앙|가운데|센터|정면)\s*(?:에서|서)\s*(?:살짝|조금|약간)?\s*벗어")

# "정면에서 한참 왼쪽으로 빼줘요": moved off the centre to a side, which is where it ends.
_MOVED_OFF_CENTRE = re.compile(r"(?:정면|가운데|센터|중앙)에서\s*(?:\S+\s*){0,2}?(?:왼|오른)쪽\s*으?로\s*(?:\S+\s*)?"
                               r"(?:빼|옮|돌려|틀어|밀어|이동|보내)")


def _direction(t: str, denied) -> Statement | None:
    """The azimuth the direction words state (after negation), or ``None``."""
    atoms = az.find_atoms(t)
    kept = [a for a in atoms if not _inside((a.start, a.end), denied)]
    listener = [m.span() for m in list(_LISTENER_AT.finditer(t)) + list(_FRAME_SETTING.finditer(t))]
    elsewhere = [a for a in kept if not _inside((a.start, a.end), listener)]
    kept = elsewhere or kept
    names = {a.name for a in kept}
    if _MOVED_OFF_CENTRE.search(t):
        kept = [a for a in kept if a.name != "front"]
        names -= {"front"}
    sides = [a for a in kept if a.name in ("left", "right")]
    degree = degree_of(t, sides[-1].start, sides[-1].end) if sides else ""
    off_centre = _OFF_CENTRE.search(t)
    if sides and not degree and off_centre and not _inside(off_centre.span(), denied):
        degree = "weak"
    axis = [a for a in kept if a.name in ("front", "back")]
    if sides and axis and not degree and len({a.name for a in sides}) == 1 \
            and degree_of(t, axis[-1].start, axis[-1].end) == "weak":
        # "on the right, just slightly in front": the side, leaning a little to the axis.
        sign = 1.0 if sides[-1].name == "right" else -1.0
        return az_region(sign * (70.0 if axis[-1].name == "front" else 110.0), 15.0,
                         span=(kept[0].start, kept[-1].end))
    if len(names & {"left", "right"}) > 1:
        names -= {sides[0].name}
    if len(names & {"front", "back"}) > 1:
        names -= {next(a.name for a in kept if a.name in ("front", "back"))}
    found = az.combine(names, degree == "weak", degree == "strong")
    if found is not None and degree == "weak" and "back" not in names \
            and _TINY.search(t[:sides[-1].start]):
        found = (12.0 if found[0] > 0 else -12.0, 8.0)
    if found is not None:
        return az_region(*found, span=(kept[0].start, kept[-1].end))
    denied_names = {a.name for a in atoms} - names
    found = az.combine(denied_names)
    if found is not None:
        return az_region(*found, negated=True)
    return None


def _part_of_motion(s: Statement, motion: dict | None) -> bool:
    """Whether a distance word belongs to an approach/recede phrase or names its far end.

    "coming closer", "until it's right at my ear" (approach) and "off into the
    distance" (recede) describe where the motion goes, not where it starts.
    """
    if motion is None or s.attr != "dist_m" or not (
            motion["kind"] in ("approach", "recede") or motion.get("comes_and_goes")):
        return False
    lo, hi = motion["span"]
    if s.span[0] < hi + 6 and lo - 6 < s.span[1]:
        return True
    if motion["kind"] not in ("approach", "recede"):
        return False
    return s.value < 1.5 if motion["kind"] == "approach" else s.value > 3.0


def _body_statements(t: str, found, statements: dict, denied) -> None:
    """Height and distance a body reference implies, unless other words state them:
    "high above my right shoulder" is above, though a shoulder sits below the ears.
    Of several parts, the one that placed the azimuth speaks first ("from behind my head,
    I want it at my left shoulder")."""
    side = statements.get("az_deg")
    found = sorted(found, key=lambda b: side is None or b[3] != side.span)
    for attr, index in (("el_deg", 1), ("dist_m", 2)):
        level = next((b[index] for b in found if b[index]), None)
        if attr in statements or not level:
            continue
        implied = _level_statement(attr, level, found[0][3])
        said = word_statement(t, attr, denied)
        generic = said is not None and any(level in _GENERIC and span == said.span
                                           for level, span in _word_terms(t, attr))
        if said is not None and (_inside(said.span, denied) or re.search(
                r"\bnot\b|않|아니", t[said.span[0]:said.span[1]]) or (
                generic and implied.value <= said.hi)):
            # "under my chin, not far": a denial does not move the body part; "near the
            # player's feet, left side, low": nor does a generic "low" a part already as low
            said = None
        apart = said is not None and not any(s < said.span[1] and said.span[0] < e
                                             for *_, (s, e) in found)
        # Words on the reference itself may narrow it ("right on my lap" -> very close).
        narrower = said is not None and not apart and implied.contains(said.value) \
            and said.hi - said.lo < implied.hi - implied.lo
        statements[attr] = said if narrower or (apart and not said.contains(implied.value)) else implied


#: "then", but not "now and then" or "then again"; and "두 번째 울릴 땐" (the second time it
#: sounds): the cues of a later moment that scenes and single readings share.
THEN_EN = r"\b(?<!now and )(?<!now )(?:and )?then\b(?! again\b)"
NTH_TIME_KO = r"(?<![가-힣])(?:두|세|네)\s*번째\s*\S+\s*(?:땐|때)(?![가-힣])"
_THEN = re.compile(THEN_EN + r"|\bafter that\b|\buntil\b|\b(?:halfway through|later|after a (?:while|bit|moment))\b|"
                   # "came in the door on my left and walked all the way to the kitchen behind me"
                   r"\band (?=(?:walk|ran|run|went|goes|mov|drove|drive|flew|flies|crawl|head|hurr|wander|stroll|"
                   r"march|roll|stagger|limp)\w*(?: \w+){0,3}? (?:to|into|toward|towards)\b)|"
                   r"(?<=[.!?] )now\b|그러다가?|그\s*다음|그\s*후|이후|잠시\s*후에?|나중에?는?|"
                   + NTH_TIME_KO + r"|"
                   r"\S+다가\s|\S+더니\s")


def stated_side(reading: Reading) -> Statement | None:
    """The azimuth a reading's words state, or ``None`` where they deny one or only leave the
    default front ("my left-handed cousin", "right next to me")."""
    side = reading.statements.get("az_deg")
    return None if side is None or side.negated or side.kind == "default" else side


def arrives_at_listener(reading: Reading) -> bool:
    """Whether the words approach and end at the listener's body ("then it trots closer and
    flops down at my feet"): an approach, whatever side that body part lies on."""
    return bool(reading.motion and reading.motion["kind"] == "approach" and frames.body(reading.text))


_PASSED = re.compile(r"(?:내\s*)?(?:바로\s*)?(?:앞|뒤|옆|머리\s*위|(?:왼|오른)\s*(?:쪽|편|족))\s*(?:을|를)\s*(?:지나|스쳐|스치|가로질러)\S*"
                     r"(?=\s+\S+\s*(?:으로|로))|"
                     # "then it passes me on the right and fades out behind": passed, not where it ends
                     r"\b(?:pass\w*\s+(?:by\s+)?|\w+\s+(?:right\s+)?(?:past|by)\s+)"
                     r"(?:me\s+|us\s+)?on (?:my|the|our) (?:left|right)\b(?=.*\b(?:behind|ahead|front|back|left|right)\b)")


def end_side(text: str) -> Statement | None:
    """Where words about a move leave the sound: the side it passes on the way ("passes me
    on the right and fades out behind", "내 앞을 지나 뒤로 사라진다") is not where it ends."""
    return stated_side(read(_PASSED.sub(" ", text), paths=False))


def _then_split(reading: Reading) -> tuple[re.Match, Reading, Reading] | None:
    """A reading's first "then" cue and readings of the words before and after it (no
    paths of their own), or ``None`` without a cue."""
    cue = _THEN.search(reading.text)
    if cue is None:
        return None
    return cue, read(reading.text[:cue.start()], paths=False), read(reading.text[cue.end():], paths=False)


def _then_path(reading: Reading, split: tuple[re.Match, Reading, Reading] | None) -> None:
    """"on my left, then behind me": a place, then another, is a path between them."""
    if split is None or re.search(r"\bif\b[^.;]*$", reading.text[:split[0].start()]):
        return                    # "if my desk is the front then ...": a condition, not a sequence
    if reading.motion and (reading.motion["kind"] == "rotate" or "start_az_deg" in reading.motion):
        return
    cue, before, after = split
    # "내 앞을 지나 왼쪽으로 사라져요": the place passed on the way is not where it ends
    passed = _PASSED.sub(" ", reading.text[cue.end():])
    if passed != reading.text[cue.end():]:
        after = read(passed, paths=False)
    start, end = stated_side(before), stated_side(after)
    if start is not None and end is None and _climbs_after(before, after):
        # "처음엔 왼쪽에서 작게, 그 다음엔 머리 위에서 쾅": from a side up (or down) to a height
        was = before.statements.get("el_deg")
        reading.statements["az_deg"] = start
        reading.motion = {"kind": "pass-by", "start_az_deg": start.value, "end_az_deg": start.value,
                          "start_el_deg": was.value if was else 0.0,
                          "end_el_deg": after.statements["el_deg"].value}
        return
    if start is None or end is None:
        return                    # "open the left panel, then put the cat behind me": no start
    # "on my left, then it drives off behind me": a new place makes it a path; without
    # one ("on my left, then it drives off to the left") the verb's motion stays.
    if after.motion and after.motion["kind"] == "rotate" or start.value == end.value \
            or arrives_at_listener(after):
        reading.motion = after.motion or reading.motion     # "..., later it's closer, still left"
        reading.statements["az_deg"] = start
        return
    reading.statements["az_deg"] = start
    reading.motion = {"kind": "pass-by", "start_az_deg": start.value, "end_az_deg": end.value}


def _climbs_after(before: Reading, after: Reading) -> bool:
    """Whether the words after a "then" name a height at least :data:`_CLIMB` from the one
    before (ear level where none is said) and no motion of their own."""
    up, was = after.statements.get("el_deg"), before.statements.get("el_deg")
    return up is not None and not after.motion and abs(up.value - (was.value if was else 0.0)) >= _CLIMB


#: A sound at least this far (m) that is later within :data:`_NEAR_M` has come up close.
_FAR_M, _NEAR_M = 3.0, 1.5


def _far_then_near(reading: Reading, split: tuple[re.Match, Reading, Reading] | None) -> None:
    """"barking way down the hall. now he's right outside my door": far, then near, with
    no verb of motion, approaches (near, then far, recedes); it starts where it was first."""
    if reading.motion is not None or split is None:
        return
    cue, before, after = split
    was, now = before.statements.get("dist_m"), after.statements.get("dist_m")
    if was is None or now is None:
        return
    if was.value >= _FAR_M and now.value <= _NEAR_M or was.value <= _NEAR_M and now.value >= _FAR_M:
        reading.motion = {"kind": "approach" if was.value > now.value else "recede", "span": cue.span()}
        reading.statements["dist_m"] = was


def _moved_from_before(reading: Reading) -> None:
    """"a breath on the back of my neck that slides round to my left ear": where the words
    before a moving verb place the sound is where it starts, when it ends elsewhere."""
    m = reading.motion
    if not m or m["kind"] != "pass-by" or "start_az_deg" in m or m.get("end_az_deg") is None \
            or "span" not in m:
        return
    before = reading.text[:m["span"][0]]
    if re.search(r"(?:을|를)\s*$", before):
        return                    # "내 앞을 지나": the way it passes, not where it starts
    start = stated_side(read(before, paths=False))
    if start is None or abs(wrap_deg(start.value - m["end_az_deg"])) <= 30.0:
        return
    reading.statements["az_deg"] = start
    m["start_az_deg"] = start.value


_LOOKS_LIKE_A_SIDE = re.compile(r"\b(?:left|right)|왼|오른|좌|우측|뒷|뒤|앞")


def _path_start(t: str, motion: dict | None, body_az: Statement | None) -> Statement | None:
    """Where a stated path starts: "starts at the back of my neck and slides round to my
    left ear" starts behind, whatever body part it ends at; a body part near the start
    ("오른쪽 어깨 너머에서 ... 왼쪽으로") places it more exactly (``None``), unless the
    path only passes it ("zips past my right ear from front to back")."""
    if motion is None or "start_az_deg" not in motion:
        return None
    passed = body_az is not None and re.search(r"\b(?:past|by|across|over)\s+(?:my\s+)?$",
                                               t[max(0, body_az.span[0] - 12):body_az.span[0]])
    if body_az is not None and not passed and abs(wrap_deg(body_az.value - motion["start_az_deg"])) <= 45.0:
        return None
    return az_region(motion["start_az_deg"], 10.0)


def _nudged(t: str, side: Statement | None, denied) -> Statement | None:
    """A body part on one side moved toward the back or the front that other words name: a
    little ("왼쪽 옆구리 쪽에서, 살짝 뒤로 치우치게", "..., and slightly behind") 20 degrees, else
    to the diagonal ("from behind me, at my right shoulder": back right). "The back of the
    neck" names a part, not a way."""
    if side is None or not 60.0 <= abs(side.value) <= 120.0:
        return side
    atoms = [a for a in az.find_atoms(t) if a.name in ("back", "front")
             and not _inside((a.start, a.end), [side.span, *denied])
             and not (a.name == "back" and re.match(r" of (?:my|the|your|his|her|their) ", t[a.end:]))]
    if len(atoms) != 1:
        return side
    atom = atoms[0]
    weak = degree_of(t, atom.start, atom.end) == "weak"
    # plainly "behind me" / "뒤에서", not "in front of the right ear", takes the diagonal
    behind = abs(side.value) <= 100.0 and re.match(r"behind (?:me|us)\b|뒤(?:쪽|편)?(?:에서|에|으로)", t[atom.start:]) \
        and not re.search(r"[.!?]\s", t[min(atom.end, side.span[1]):max(atom.start, side.span[0])])
    if not (weak or behind):
        return side
    toward_back = (20.0 if weak else 45.0) * (1.0 if atom.name == "back" else -1.0)
    return az_region(side.value + math.copysign(1.0, side.value) * toward_back, 15.0 if weak else 20.0,
                     span=side.span)


# "테마 '지하실'", "the 'Attic' level": a quoted title names a thing, not a place of the sound.
_TITLE = re.compile(r"(?:테마|방|맵|곡|제목|챕터|\b(?:theme|room|level|map|zone|chapter|episode|song|track|"
                    r"titled|called|named))\s*[:#]?\s*(['\"])([^'\"\n]{1,30})\1")


# "in front of me, like kids hiding behind the puppet booth": a likeness, not a place.
_SIMILE = re.compile(r",\s*like (?:a|an|the|some|someone|somebody|kids|children|people)\b[^.;!?]*")


def _titles_blanked(t: str) -> str:
    """``t`` with quoted titles, and the sides in a likeness after a stated side, blanked
    to spaces (what the likeness says of the room stays)."""
    t = _TITLE.sub(lambda m: m.group(0)[:m.start(2) - m.start()] + " " * len(m.group(2))
                   + m.group(0)[m.end(2) - m.start():], t)
    m = _SIMILE.search(t)
    if m and az.find_atoms(t[:m.start()]):
        for a in az.find_atoms(t):
            if m.start() <= a.start < m.end():
                t = t[:a.start] + " " * (a.end - a.start) + t[a.end:]
    return t


def _side_taken_back(t: str, denied) -> list:
    """"not at my right hip - left hip", "Not at your right hip, your left": body parts
    denied for their side alone, another side said after them, still say how high and how
    close; their azimuth goes."""
    return [(None, *b[1:]) for b in frames.body(t) if b[0] is not None and _inside(b[3], denied)
            and re.search(r"\b(?:left|right)\b|왼|오른", t[b[3][1]:])]


def read(text: str, paths: bool = True) -> Reading:
    """Everything ``text`` states about space; see the module docstring."""
    t = _titles_blanked(normalize(text))
    denied = denied_spans(t)
    reading = Reading(t, motion=read_motion(t, denied))
    st = reading.statements
    numbered = stated_numbers(t, corrected_spans(t))
    st.update(numbered)
    body = frames.body(t, denied) or _side_taken_back(t, denied)
    if "az_deg" not in st:
        # Body parts on the front-back axis ("코앞", "behind my head") say how close or
        # low more than where: side words, when present, decide the azimuth with them.
        body_az = next((b[0] for b in body if b[0] is not None
                        and (b[0].value not in (0.0, 180.0) or not az.find_atoms(t))), None)
        body_az = _nudged(t, body_az, [*denied, *(b[3] for b in body)])
        found = (frames.for_the_listener(t, denied) or frames.compass(t, denied)
                 or frames.listener_at_back(t, denied)
                 or frames.audience_side(t, denied)
                 or frames.performer_view(t, denied)
                 or frames.around_faced(t, denied) or frames.landmark(t, denied)
                 or frames.car_side(t) or frames.stage_abbreviation(t)
                 or frames.stage_side(t, denied) or _path_start(t, reading.motion, body_az) or body_az
                 or _direction(t, denied) or frames.stage(t))
        if found is None and _LOOKS_LIKE_A_SIDE.search(t) and not reading.motion \
                and not az.find_atoms(t):
            # "my left-handed cousin", "뒷정리": side-like words that name no side leave
            # the default front, which the network, misled by them, may miss.
            found = az_region(0.0, 20.0, span=(0, 0), kind="default")
            if not body and word_statement(t, "el_deg", denied) is None:
                st["el_deg"] = _level_statement("el_deg", "level", (0, 0))
        if found is not None:
            st["az_deg"] = found
    _body_statements(t, body, st, denied)
    if "dist_m" in st and st["dist_m"].kind == "word" and _part_of_motion(st["dist_m"], reading.motion):
        del st["dist_m"]
    for attr in WORDS:
        s = word_statement(t, attr, denied) if attr not in st or (
            attr in numbered and numbered[attr].kind != "number") else None
        if s is None or _part_of_motion(s, reading.motion):
            continue
        st[attr] = s if attr not in st else _refined(st[attr], s)
    if reading.motion and "start_el_deg" in reading.motion and \
            not ("el_deg" in st and st["el_deg"].kind == "number"):
        # A path between heights starts at its first height, as an azimuth path at its first side.
        start, (lo, hi) = reading.motion["start_el_deg"], RANGES["el_deg"]
        st["el_deg"] = Statement("el_deg", start, max(lo, start - 10.0), min(hi, start + 10.0),
                                 span=reading.motion["span"])
    if paths:
        split = _then_split(reading)
        _then_path(reading, split)
        _far_then_near(reading, split)
        _moved_from_before(reading)
    return reading
