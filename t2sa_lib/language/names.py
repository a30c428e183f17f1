"""People named by first name in a scene: "Mina types on my left while Joe hums behind me".

A capitalised word names a person when it is no common word and no source name,
and when it does what a name does: it stands inside a sentence, or it opens one
and a verb, a place or another name ("Leo and Priya arguing") follows. A person is
a source of speech unless their clause names what they sound with ("Tom clinking
his glass": the glass is the source). Only English is read: Korean writes names
with the same syllables as nouns.
"""
from __future__ import annotations

import re

from .subjects import FUNCTION_WORD, GROUP_WORDS, IMPERATIVE, TALK_TOGETHER, clause_spans

_CAPITALISED = re.compile(r"(?<![\w'’./-])([A-Z][a-z]{1,14}(?:-[a-z]{1,8})?)(?![\w-])")
# Words before a name that keep it a name ("Grandma Rose", "Dr. Okafor").
_TITLE = re.compile(r"(?:grandma|grandpa|granny|dr|mr|mrs|ms|miss|professor|prof|uncle|aunt|auntie|"
                    r"old|little|young|captain|officer|nurse|coach|sir|lady|lord|sergeant|agent)\.?$")
# Capitalised words that open notes and commands, not names.
_NOT_A_NAME = re.compile(
    r"(?:edit|note|notes|sfx|scene|keep|put|make|move|add|pass|update|context|cue|take|set|help|"
    r"please|when|after|before|across|inside|outside|somewhere|someone|something|there|here|"
    r"both|one|two|three|four|no|just|only|also|big|old|little|ok|okay|hey|hi|oh|yes|yeah|"
    r"scenario|level|stage|room|interior|exterior|int|ext|sound|sounds|loop|separate|plus|"
    r"mix|stems?|pass|fix|bug|repro|expected|actual|current|currently|narrator|meanwhile|"
    r"suddenly|finally|first|second|third|last|next|later|again|still|every|each|all|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|god|christmas|halloween|"
    r"north|south|east|west|mum|mom|dad|grandma|grandpa|mr|mrs|ms|dr|uncle|aunt|"
    r"nothing|everything|anything|nobody|everyone|everybody|somebody|none|standby|places|go)$")
# After an article, a preposition or a bracket a capitalised word is a title, a place or a
# nickname of someone named before ("the Queen", "in Seoul", "the fat one (Gus)").
_TITLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|call(?:ed)? (?:him|her|it|them)|named|nicknamed|in|at|on|"
                           r"from|to|of|into|near|by|across|under|over|toward|towards)\s+|\(\s*)$", re.I)
# A sentence begins at the start, after an end mark, a colon, a dash or a line break.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|\s[-–—]|[-–—]\s?)\s*(?:[\"'(\[]\s*)?$")
# What follows a name that opens a sentence: another name, a verb, a side.
_DOES_AFTER = re.compile(r"\s+(?:and [A-Z][a-z]+\b|(?:is|are|was|were|keeps?|starts?)\b|"
                         r"(?!(?:evening|morning|ceiling|building|thing|string|spring|wedding|"
                         r"meeting|landing|clearing|opening|setting|ending|king|ring|wing|stems|"
                         r"notes|lights|streets|woods|nights|days|news)\b)"
                         r"[a-z]{2,}(?:s|ed|ing)\b(?=\s+[\w'])(?!\s+(?:of|to)\b)|on (?:the|my|your|our)\b|"
                         r"(?:left|right|behind|ahead|in front|upstairs|downstairs)\b)")
# Inside a sentence a name may also be followed by a place or an aside ("Sam in the back seat").
_MID_AFTER = re.compile(r"\s*[,(]|\s+(?:in|at|by|near|from|behind|across|to|on) (?:the|my|your|our|his|her)\b|"
                        r"\s+(?:(?:a bit |much |slightly |way |very )?(?:loud|louder|quiet|quieter|soft|softer|"
                        r"close|closer|far|farther|further|high|low|left|right|behind|ahead|upstairs|downstairs)\b)")
# "Leo and Priya argue quietly": after another name and "and", the verb of two in its base form.
_BASE_VERB = re.compile(r"\s+(?:both\s+)?(?:argue|talk|chat|whisper|murmur|mutter|laugh|giggle|bicker|gossip|sing|hum|dance|"
                        r"play|fight|shout|yell|chatter|speak|sob|cry|clap|cheer)(?:ing)?\b")
# "Mina's on the left mic": "Mina is", not Mina's thing.
_IS_CONTRACTED = re.compile(r"['’]s\s+(?:on|in|at|by|behind|over|under|up|down|next|near|right|left|just|still|"
                            r"always|now|back|out|off|[a-z]+ing)\b")
# "Three people talking at the table: Min-ji on my left, Tom ...": the names are the group's.
_COUNTED_GROUP = re.compile(r"\b(?:two|three|four|five|several)\s+(?:\w+\s+)?"
                            r"(?:people|voices|friends|guys|kids|children|men|women|students|players|"
                            r"actors|guards|astronauts|sisters|brothers|casters|commentators|hosts|announcers|"
                            r"singers|musicians|speakers|twins|girls|boys|neighbou?rs)\b[^:.]*[:,]\s*$", re.I)
# "Ana and Luis chatting close together": a pair in one conversation is one source.
_PAIR = re.compile(r"([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+)\b([^.;:!?]{0,40})")


def person_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each word of ``text`` that names a person, in order
    (every occurrence; ``name`` lower-cased)."""
    from .reading import read
    from .sources import names_a_source

    # "The dog, call him Biscuit, ... then Biscuit runs": a nickname stays its bearer's.
    nicknames = {m.group(1).lower() for m in re.finditer(
        r"\b(?:call|calls|called|named|nicknamed) (?:him|her|it|them) ([A-Z][a-z]+)", text)}
    out = []
    for m in _CAPITALISED.finditer(text):
        word, before = m.group(1), text[:m.start()]
        lower = word.lower()
        if lower in nicknames or _NOT_A_NAME.match(lower) or IMPERATIVE.fullmatch(lower) or FUNCTION_WORD.match(lower) \
                or names_a_source(lower) or _TITLE_BEFORE.search(before[-24:]) \
                or text[m.end():m.end() + 2] in ("'s", "’s") and not _IS_CONTRACTED.match(text[m.end():]) \
                or read(lower).statements \
                or re.search(r"\b(?:me|i) and\s+$", before[-8:].lower()) or re.match(r"\s+and (?:i|me)\b", text[m.end():]):
            continue          # "Cathedral": a room, not a name; "me and Lily": the listener's company
        previous = re.search(r"([A-Z][\w'’]*\.?)\s+$", before[-16:])
        if previous and previous.group(1).endswith(".") and not _TITLE.match(previous.group(1).lower()):
            previous = None       # "MORNING. Priya stirs": the word before ends a sentence
        if previous and re.fullmatch(r"then|and|but|so|now|later|suddenly|meanwhile|also", previous.group(1).lower()) \
                and not re.search(rf"\b{lower[:3]}", before.lower()):
            previous = None       # "Then Thomas answers her": an opener; "Then Ana", "Then Sammy": named before
        if lower.endswith("ing") or previous and not _TITLE.match(previous.group(1).lower()):
            continue          # "Standing on ...", "Times Square", "Christmas Eve": no person
        opens = _SENTENCE_START.search(before[-4:]) is not None or not before.strip()
        if not (_DOES_AFTER.match(text[m.end():]) or _IS_CONTRACTED.match(text[m.end():])
                or not opens and _MID_AFTER.match(text[m.end():])
                or re.search(r"[A-Z][a-z]+ (?:and|&) $", before) and _BASE_VERB.match(text[m.end():])):
            continue
        out.append((m.start(), m.end(), lower))
    return out


#: Words after which a person named again does something later: an update, not a placing.
_LATER = re.compile(r"\b(?:then|later|after that|afterwards|eventually|finally)\b[^.;,]{0,20}$")
_QUARREL = re.compile(r"\b(?:argu(?:e|es|ed|ing)|bicker\w*|quarrel\w*|squabbl\w*)\b")
#: What a person does with their own voice, though the word names a thing's sound too.
_VOICED = re.compile(r"hum(?:s|med|ming)?")


def named_people(text: str, mentions: list[tuple]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The people a scene names who are sources, and the mentions they absorb.

    Parameters
    ----------
    text : str
        The description (original case).
    mentions : list of tuple
        ``(start, end, label, sound)`` of the sources found so far (offsets in ``text``).

    Returns
    -------
    people : list of (start, end, name)
        One naming of each person who is a source (one whose clauses hold no
        non-speech source): the last that places them ("Leo and Priya arguing,
        Leo on the left"), else the first.
    absorbed : set of int
        Indices into ``mentions`` of speech sounds in a person's clause ("Oskar is
        whispering") and of clause subjects that are a person's name.
    """
    names = person_names(text)
    clauses = clause_spans(text)
    silent: set[str] = set()          # a quarreller heard in the other's voice
    for pair in _PAIR.finditer(text):
        talk = TALK_TOGETHER.search(pair.group(3))
        # "Theo and Sam arguing": one quarrel; "Sara and Tom arguing ..., both behind me": two people
        quarrel = talk is None and not re.search(GROUP_WORDS, text[pair.start(3):].split(".")[0].lower()) \
            and _QUARREL.search(pair.group(3))
        # "Yuna and Teo talk on the bench, both close": two people told as two
        told_apart = re.search(GROUP_WORDS + r"|\bover each other\b|\b(?:her|his) voice\b[^.;]*\b(?:his|her)\b",
                               text[pair.start(3):].lower())
        heard, both = (None if told_apart else talk) or quarrel, {pair.group(1).lower(), pair.group(2).lower()}
        if heard and not any(_placed_alone(text, clauses, name, pair.start(3) + heard.end()) for name in both):
            # the talk is the source; a quarrel or a talk named by no sound word is the first one's
            worded = talk and any(pair.start(3) <= m[0] < pair.end() for m in mentions)
            gone = both if worded else {pair.group(2).lower()}
            names = [n for n in names if n[2] not in gone]
            if not worded:
                silent |= gone
    people, absorbed, objects = [], set(), set()
    for s, e, name in names:
        lo, hi = _clause_at(clauses, s, e)
        if text[lo - 1:lo] == "," and text[hi:hi + 1] == "," and len(text[lo:hi].split()) <= 2:
            # "his sister, Ara, practices piano": a name set off by commas goes with the clause after
            hi = next((b for a, b in clauses if a >= hi), hi)
        inside = [i for i, m in enumerate(mentions) if lo <= m[0] < hi]
        if any(mentions[i][3] != "speech-like" and mentions[i][2].lower() != name
               and not _VOICED.fullmatch(text[mentions[i][0]:mentions[i][1]].lower()) for i in inside):
            objects.add(name)         # "Tom clinking his glass": the glass is what sounds
            continue
        absorbed.update(inside)
        people.append((s, e, name))
    group = _COUNTED_GROUP.search(text[:people[0][0]]) if len({p[2] for p in people}) > 1 else None
    if group:
        absorbed.update(i for i, m in enumerate(mentions) if group.start() <= m[0] < group.end())
    chosen: dict[str, tuple[int, int, str]] = {}
    moved = []          # "Jae hums behind me ...; later Jae wanders round": named again, moved
    for s, e, name in people:
        if name in chosen and _LATER.search(text[max(0, s - 30):s].lower()):
            moved.append((s, e, name))
        elif name not in objects and (name not in chosen or _places(text, clauses, s)):
            chosen[name] = (s, e, name)
    people = sorted(list(chosen.values()) + [p for p in moved if p[2] in chosen])
    named = set(chosen)
    absorbed.update(i for i, m in enumerate(mentions) if m[2].lower() in named | silent)
    return people, absorbed


def _clause_at(clauses: list[tuple[int, int]], at: int, end: int) -> tuple[int, int]:
    """The clause holding offset ``at``, else ``(at, end)``."""
    return next(((a, b) for a, b in clauses if a <= at < b), (at, end))


def _places(text: str, clauses: list[tuple[int, int]], at: int) -> bool:
    """Whether the clause holding offset ``at`` says where something is."""
    from .reading import read

    lo, hi = _clause_at(clauses, at, at)
    return bool(set(read(text[lo:hi]).statements) & {"az_deg", "el_deg", "dist_m"})


def _placed_alone(text: str, clauses: list[tuple[int, int]], name: str, after: int) -> bool:
    """Whether ``name`` is named again after offset ``after`` in a clause that places it."""
    return any(re.search(rf"\b{name}\b", text[a:b].lower()) and _places(text, clauses, a)
               for a, b in clauses if a >= after)


#: Two people joined by 랑, 하고 or 와 before what they say to each other ("지훈이랑
#: 다은이가 양옆에서 대화해"); the second may carry the 이 Korean adds to a given name.
_PAIR_KO = re.compile(r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{1,4}?(?:님|씨)?)(?:이랑|랑|하고|와|과)\s+"
                      r"([가-힣A-Za-z]{1,4}?(?:님|씨)?)(?:이가|이는|이도|이|가|는|도|(?=\s+둘))(?=\s)([^.;!?\n]{0,40})")
_TALK_KO = re.compile(r"얘기|이야기|대화|수다|두런두런|도란도란|떠들|떠드|말다툼|말싸움|티격태격|싸우|싸움|투닥|"
                      r"속닥|소곤|수군|잡담|토론|논쟁|조곤조곤")
#: Words joined like names that are the listener or no one in particular.
_NOT_A_PERSON_KO = re.compile(r"(?:나|저|너|내|제|우리|저희|걔|얘|쟤|둘|셋|누구|사람|애들|다들)")


def talking_pairs_ko(text: str, names_a_source) -> list[tuple[tuple[int, int], list[tuple[int, int, str]]]]:
    """Korean pairs of people who talk and are told apart: ``(window, people)`` for each,
    ``window`` the offsets from the first name to the talk, ``people`` the ``(start, end,
    name)`` of the two.

    A pair that talks is one conversation, one source ("엄마랑 이모가 부엌에서 수다 떠는
    소리"), unless the words tell the two apart: "둘 다", or either named again later
    ("지훈이는 왼쪽, 다은이는 오른쪽", "수영이 목소리가 훨씬 커"). Only names that are no
    source of the lexicon and not the listener count (``names_a_source`` as in
    :func:`~t2sa_lib.language.subjects.clause_subjects`).
    """
    out = []
    for m in _PAIR_KO.finditer(text):
        talk = _TALK_KO.search(m.group(3))
        names = (m.group(1), m.group(2))
        if talk is None or any(names_a_source(n.lower()) or _NOT_A_PERSON_KO.fullmatch(n) for n in names):
            continue
        window = (m.start(), m.start(3) + talk.end())
        again = any(named_again_ko(text, n, window[1]) for n in names)
        if again or re.search(r"둘\s*다", text[m.start(3):window[1] + 12]):
            out.append((window, [(m.start(g), m.end(g), n) for g, n in zip((1, 2), names)]))
    return out


def named_again_ko(text: str, name: str, after: int) -> re.Match | None:
    """The first naming of Korean ``name`` after offset ``after`` ("지훈이는", "하은 씨"), or None."""
    return re.compile(rf"(?<![가-힣]){re.escape(name)}(?:이)?(?=\s*(?:씨|가|는|도|이|의|\s))").search(text, after)


def given_name_ko(word: str) -> str:
    """A Korean given name without its particle and the 이 added after a final consonant
    ("지훈이는" -> "지훈", "소희가" -> "소희")."""
    word = re.sub(r"(?<=[가-힣])(?:가|는|도|은)$", "", word)
    if len(word) > 2 and word.endswith("이") and (ord(word[-2]) - 0xAC00) % 28:
        word = word[:-1]
    return word
