"""Text clean-up before reading: case, punctuation variants, number words.

Offsets into the normalised text are what every reader reports; the clean-up
keeps the text's meaning and (roughly) its word order.
"""
from __future__ import annotations

import re
import unicodedata

_EN_UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
             "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
             "forty-five": 45, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
             "ninety": 90, "a hundred": 100, "a hundred and eighty": 180, "half a": 0.5,
             "a couple of": 2, "a couple": 2, "a few": 3, "several": 4}
# Words that make an English number word a quantity we read ("three paces", "two metres").
_EN_UNIT_WORDS = (r"degrees?|meters?|metres?|m\b|feet|foot|ft\b|yards?|steps?|paces?|"
                  r"o'?\s*clock|percent|%|db|decibels?|seconds?|centimet(?:er|re)s?|cm\b|"
                  r"inch(?:es)?|kilomet(?:er|re)s?|km\b|miles?|rows?|pews?|seats?|floors?")
_KO_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
              "아홉": 9, "열": 10, "열한": 11, "열두": 12, "스무": 20}
_KO_APPROX = {"두세": 2.5, "서너": 3.5, "너덧": 4.5, "너댓": 4.5, "네다섯": 4.5, "대여섯": 5.5,
              "예닐곱": 6.5}
_KO_UNIT_WORDS = r"시|계단|걸음|발자국|발짝|미터|발|뼘|팔|줄\s*(?:뒤|앞)|자리\s*(?:옆|건너)"


# Each number word before a unit, longest first, with its digits; compiled once (with the
# typos and the other readers' patterns they outnumber the ``re`` module's cache).
# A whole unit word: "a foot away", not "a football".
_EN_NUMBER_WORDS = [(re.compile(rf"\b{word}\b(?=[\s-]*(?:{_EN_UNIT_WORDS})(?![a-z]))"),
                     f"{_EN_UNITS[word]:g}") for word in sorted(_EN_UNITS, key=len, reverse=True)]
# "대여섯 걸음": two numbers at once, read as the one between them.
_KO_NUMBER_WORDS = [(re.compile(r"(?<![가-힣])반\s*(?=걸음|발자국|발짝|미터|뼘)"), "0.5 ")]  # "반 발짝"
_KO_NUMBER_WORDS += [(re.compile(rf"(?<![가-힣]){word}\s*(?=(?:{_KO_UNIT_WORDS}))"), f"{value:g} ")
                     for word, value in _KO_APPROX.items()]
_KO_NUMBER_WORDS += [(re.compile(rf"(?<![가-힣]){word}\s*(?=(?:{_KO_UNIT_WORDS}))|"
                                 rf"(?<=발자국 ){word}(?=\s*개)|(?<=걸음 ){word}(?=\s*개)"),
                      f"{_KO_NATIVE[word]} ") for word in sorted(_KO_NATIVE, key=len, reverse=True)]


def substitute_all(text: str, substitutions) -> str:
    """``text`` with each ``(compiled pattern, replacement)`` of ``substitutions`` applied in order."""
    for pattern, replacement in substitutions:
        text = pattern.sub(replacement, text)
    return text


# Common typos of the words the reader keys on.
_TYPOS = {r"\brite\b": "right", r"\bhieght\b": "height", r"\bbehind of\b": "behind",
          # "Right then – the chatter ...": a filler, no side
          r"(?:^|(?<=[.!?]\s))(?:all\s*)?right,?\s+(?:then|so)\b[,\s–—-]*": "", r"\bquiter\b": "quieter",
          # chat shorthand: "a zombie under the floor n another behind u"
          r"(?<=[a-z] )n(?= [a-z])": "and", r"(?<=[a-z] )u\b(?![-'])": "you",
          r"\binfront\b": "in front", r"\bwaa+y\b": "way", r"\baproach": "approach", r"\bfaa+r\b": "far", r"\bsoo+\b": "so", r"\bleft[- ]over(?! (?:by|there|here|on|at|near|to|beside|next|my|your|our|his|her|the|us|me)\b)": "leftover", r"\bstairwel\b": "stairwell", r"\bwardobe\b": "wardrobe", r"\bteh\b": "the", r"\bwisper": "whisper", r"(?<=somewhere )bellow\b": "below", "왼족": "왼쪽", "왼쭉": "왼쪽", "오른쭉": "오른쪽", "넓께": "넓게", "오른족": "오른쪽", "오늘쪽": "오른쪽", "말구": "말고", "아니구": "아니고", "저어기": "저기", "약갼": "약간", "방햐": "방향", "방항": "방향", r"\bquite\b(?= (?:soft|loud))": "quite"}

_TYPO_PATTERNS = [(re.compile(typo), word) for typo, word in _TYPOS.items()]
#: Place words whose misspellings are read as the word: two letters swapped in any, and one
#: letter dropped, added or changed in the long ones ("cieling", "behing", "everywere").
_KEYWORDS_SHORT = ("left", "right", "front", "above", "below", "ahead", "close", "back")
_KEYWORDS_LONG = ("behind", "around", "overhead", "everywhere", "distance", "distant", "slightly",
                  "ceiling", "shoulder", "upstairs", "downstairs", "directly", "straight",
                  "underneath", "reverb")
#: Real words one letter away from a place word.
_NOT_TYPOS = {"round", "ground", "aground", "abound", "shoulders", "reverby", "reverbs", "coiling",
              "lightly", "sightly", "overheard", "overheat", "overhear", "ceilings", "distances",
              "distanced", "revert"}


def _misspellings() -> dict[str, str]:
    """Misspelling -> word, for the place words above."""
    out: dict[str, str] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for word in _KEYWORDS_SHORT + _KEYWORDS_LONG:
        variants = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        if word in _KEYWORDS_LONG:
            variants |= {word[:i] + word[i + 1:] for i in range(len(word))}
            variants |= {word[:i] + c + word[i + j:] for i in range(len(word) + 1) for c in letters
                         for j in (0, 1)}
        for v in variants - _NOT_TYPOS - {word}:
            out.setdefault(v, word)
    return out


_MISSPELT = _misspellings()
_WORD_OF_FOUR = re.compile(r"[a-z]{4,}")
#: A ship's sides, facing the bow: port is left, starboard right, aft and astern behind.
_NAUTICAL = [(re.compile(word), side) for word, side in (
    (r"\b(?:off|on|over) (?:the|our) port bow\b", "to the front left"),
    (r"\b(?:off|on|over) (?:the|our) starboard bow\b", "to the front right"),
    (r"\b(?:off|on|over) (?:the|our) port quarter\b", "to the back left"),
    (r"\b(?:off|on|over) (?:the|our) starboard quarter\b", "to the back right"),
    (r"\bport[- ]?side\b|(?<=\bto )port\b(?! (?:of|town|city|authority))|(?<=\bon the )port\b",
     "left side"),
    (r"\bstarboard(?:[- ]side)?\b", "right side"), (r"\b(?:aft|astern)\b", "behind"))]

#: A screen's corners in UI shorthand ("화면 우상단", "우측 하단") as the side words read.
_SCREEN_SIDES_KO = [(re.compile(rf"(?<![가-힣]){short}측?\s*(?=(?:상단|하단|위|아래|구석|모서리)(?![가-힣]))"),
                     side + " ") for short, side in (("우", "오른쪽"), ("좌", "왼쪽"))]
_SCREEN_SIDES_KO += [(re.compile(rf"((?:화면|스크린|모니터)\s*(?:기준\s*)?){short}측"), rf"\g<1>{side}")
                     for short, side in (("우", "오른쪽"), ("좌", "왼쪽"))]

#: Korean particles that end a noun phrase ("비는", "개가", "문을").
KO_PARTICLE = r"(?:은|는|이|가|도|을|를)"
#: English ordinals that pick one of several named together ("the third hissing").
ORDINALS_EN = r"first|second|third|fourth|last"


#: Korean words for the relatives a description names most ("할머니", "아빠").
KIN_KO = r"할머니|할아버지|엄마|아빠|어머니|아버지"
#: Kin words a speaker calls the listener by ("할머니, 이건 매미 소리야").
_ADDRESSEES = rf"{KIN_KO}|여보|grandma|grandpa|nana|mom|mum|dad"
#: A sentence opening on the listener's name: a comma after it (not a list of names), or a
#: Korean demonstrative or an English clause opener right after it.
VOCATIVE = re.compile(rf"(?:^|(?<=[.!?]\s))({_ADDRESSEES})(?=\s*[,!~](?!\s*(?:{_ADDRESSEES}|and\b|그리고))"
                      r"|\s+(?:이건|이거|이게|저기|있잖아|들어\s*봐)|,\s*(?:can|could|look|listen|so|this|"
                      r"it|there|here|imagine|picture|you)\b)")


def _addressee_as_me(t: str) -> str:
    """``t`` with the places of a listener called by name made the speaker's own words:
    "할머니, ... 할머니 바로 옆에서" -> "... 내 바로 옆에서"."""
    m = VOCATIVE.search(t)
    if m is None:
        return t
    return t[:m.end()] + re.sub(rf"(?<![가-힣]){m.group(1)}(?:의)?\s*(?=(?:바로\s*)?(?:왼|오른|앞|뒤|옆|위|밑|"
                                rf"아래|머리|귀|발|등|곁))", "내 ", t[m.end():])


_KO_SIDE = {"left": "왼쪽", "right": "오른쪽"}


def is_korean(text: str) -> bool:
    """Whether ``text`` holds any Hangul syllable."""
    return bool(re.search(r"[가-힣]", text))


def normalize(text: str) -> str:
    """Lower-case NFKC text with unified quotes, dashes, degree signs and number words.

    "Thirty degrees" -> "30 degrees", "세 걸음" -> "3 걸음", "−6 dB" -> "-6 db",
    "４５°" -> "45°"; thousands separators and the "+" of "+90" are kept.
    """
    t = unicodedata.normalize("NFKC", text).lower()
    t = (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
         .replace("−", "-").replace("–", "-").replace("—", " - ").replace("º", "°")
         .replace("˚", "°"))
    t = substitute_all(t, _TYPO_PATTERNS)
    t = _WORD_OF_FOUR.sub(lambda m: _MISSPELT.get(m.group(0), m.group(0)), t)
    t = substitute_all(t, _NAUTICAL)
    t = re.sub(r"(?<=[가-힣])~+(?=[가-힣])", "", t)         # "멀~리": a drawn-out word
    t = re.sub(r"\b(left|right)-?ish\b", r"\1", t)        # "rightish": roughly that side
    # "left to right로 지나감": an English route with a Korean ending is the Korean route
    t = re.sub(r"(?<![a-z])(left|right) to (left|right)\s?(?=(?:으로|로|까지)(?![a-z]))",
               lambda m: f"{_KO_SIDE[m.group(1)]}에서 {_KO_SIDE[m.group(2)]}", t)
    # "left에 피아노", "right에서 left로": an English side with a Korean particle is the Korean side
    t = re.sub(r"(?<![a-z])(?<!stage )(?<!house )(?<!camera )(?<!frame )(?<!screen )(left|right)\s?(?:쪽|편)?"
               r"(?=\s?(?:에서|에|으로|로|까지)|\s?(?:쪽|편)\b)",
               lambda m: "왼쪽" if m.group(1) == "left" else "오른쪽", t)
    # "dry하게", "center에": a Latin word with a Korean ending is still a word of its own.
    t = re.sub(r"(?<=[a-z])(?=[가-힣])|(?<=[가-힣])(?=[a-z])", " ", t)
    # "오른쪽뒤에서 훨씬멀리서": casual writing runs a side, or a degree word, into the next word.
    t = re.sub(r"(?<=[왼른]쪽)(?=앞|뒤|위|아래|옆|대각|멀리|가까|귀|어깨|끝)|"
               r"(?<=훨씬|아주|조금|살짝|약간|완전|너무|엄청|점점)(?=멀|가까|크게|작게|위|아래|앞|뒤|왼|오른|"
               r"다가|높|낮|넓|좁|세게|약하게|조용|시끄)", " ", t)
    t = substitute_all(t, _SCREEN_SIDES_KO)
    t = substitute_all(t, _EN_NUMBER_WORDS)
    t = substitute_all(t, _KO_NUMBER_WORDS)
    t = _addressee_as_me(t)
    return re.sub(r"[ \t]+", " ", t).strip()
