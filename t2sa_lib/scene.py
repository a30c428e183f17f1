"""Scenes: one description -> several sources sharing one room.

"rain all around, a dog barking far off to the left, footsteps coming up behind
me" becomes three sources, each with the span of text it came from, a short
label, the full parameter set (azimuth 0 front, +90 right; see
:mod:`t2sa_lib.params`) and a motion, plus one room (wet mix, DRR) that every
source inherits unless its own words state otherwise.

How a description is split:

1. sources are found by name (:mod:`t2sa_lib.language.sources`); "two violins"
   is two sources at the same place; where the learned source tagger
   (:mod:`t2sa_lib.model.source_tagger`) is sure the description names another
   number, a source is added where it found one's words with no name, or a name
   it leaves out or folds into another is dropped (:func:`scene_mentions`);
2. each source owns the text from the clause break before it to the clause
   break before the next source; text before a sentence's first source
   ("On my right, ...") and clauses with "both" / "all" / "둘 다" / "모두"
   state what the sentence's other sources share; a source named with nothing of
   its own ("a phone and a printer on my right") shares the next one's place;
3. a later clause about the same source ("... then it moves behind me", "the
   dog", "그 고양이") updates it: a new place becomes a path from the old one;
4. each source's text is predicted by the model (network + language layer);
   shared statements fill what its own words leave open.

A description with a single source gives exactly ``predict``'s parameters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .language import constrain, read
from .language.reading import (NTH_TIME_KO, SIDE_KEPT_EMPTY, THEN_EN, Reading, arrives_at_listener,
                               end_side, stated_side)
from .language.frames import at_declared_place, declared_places, facing_phrase, without_declarations
from .language.normalize import KO_PARTICLE, ORDINALS_EN, is_korean
from .language.sources import (DOUBLED_SOUND_KO, EACH_SIDE, NTH_ONE, PLACE_DEGREE_KO, SOURCES, Mention,
                               find_mentions, lexicon_names, names_a_source, stand_in_sound)
from .language.names import talking_pairs_ko
from .language.subjects import GROUP_WORDS
from .params import RANGES, Motion, SpatialParams, wrap_deg

#: Each lexicon kind's own names, English and Korean ("rain", "빗소리").
_KIND_NAMES = {en: (en, ko) for en, ko, *_ in SOURCES}
_SHARED = re.compile(GROUP_WORDS + r"|\beach\b|\bthey\b|다\s*같이|함께|같이")
_UPDATE = re.compile(THEN_EN + r"|\bafter that\b|\blater\b|\bsoon\b|\buntil\b|"
                     r"그러다가?|그\s*다음|그\s*후|이후|잠시\s*후|\S+다가\s|\S+더니\s|" + NTH_TIME_KO)
_DEFINITE = re.compile(r"(?:\bthe|\bthat|\bthis|\bit|그|이|저)\s*$")
#: A name and its sound word, doubled, alone: "발소리 통통통", "바퀴 덜그럭덜그럭".
_ECHO = re.compile(rf"[\s,.]*[가-힣]+\s+{DOUBLED_SOUND_KO}[\s,.!~]*")
#: A doubled sound word and how it rings, alone: "쿵쿵 울림" (alone, "찍찍" may be a mouse).
_BARE_ECHO = re.compile(rf"[\s,.]*{DOUBLED_SOUND_KO}\s*울림[\s,.!~]*")
#: A side said just before a Korean name: "왼쪽에 피아노", "left에 피아노".
_PLACE_BEFORE_KO = re.compile(r"(?<!\S)((?:왼|오른)(?:쪽|편)(?:(?:\s+[가-힣]{1,4})?\s*(?:앞|뒤|위|아래)쪽?)?|left|right|"
                              # "앞에 압력밥솥 칙칙 뒤에 냉장고", not "종이 울린 뒤에" (after)
                              r"(?<![는던은한간난온된진] )(?:정면|앞|뒤|위|아래)쪽?)\s?"
                              r"(?:에서|에|으로|쪽에)\s+$")
_ANOTHER = re.compile(r"(?:another|a second|one more|other|또\s*다른|다른)\s+$")


@dataclass
class SceneSource:
    """One source of a scene: its words, its label and where it is."""

    span: str
    label: str
    params: SpatialParams
    sound: str = "speech-like"

    def to_dict(self) -> dict:
        p = self.params
        rec = {"span": self.span, "label": self.label, **p.to_record(),
               "az_deg": round(p.az_deg, 2), "el_deg": round(p.el_deg, 2),
               "motion": p.motion.to_dict() if p.motion else {"kind": "static"},
               "sound": self.sound}
        return rec


@dataclass
class Scene:
    """Several sources sharing one room (``wet_mix`` 0..1, ``drr_db`` in dB)."""

    text: str
    sources: list[SceneSource] = field(default_factory=list)
    room: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"text": self.text, "sources": [s.to_dict() for s in self.sources],
                "room": {k: round(float(v), 4) for k, v in self.room.items()}}


@dataclass
class _Group:
    """Mentions at one place in the text (several for "two violins") and their text."""

    mentions: list[Mention]
    start: int
    end: int = 0
    update_start: int | None = None
    refers_to: int | None = None
    room_talk: str = ""


def _groups(text: str, mentions: list[Mention]) -> list[_Group]:
    """Mentions grouped by place, each owning the clauses that describe it.

    A clause that names no source belongs to the source before it, unless that
    source's own clause already states what this one states: then it is a
    fronted phrase of the next ("..., way off to my left, a dog barks").
    """
    from .language.subjects import clause_spans

    groups: list[_Group] = []
    for m in mentions:
        if groups and groups[-1].mentions[0].start == m.start:
            groups[-1].mentions.append(m)
        else:
            groups.append(_Group([m], m.start))
    clauses = clause_spans(text) or [(0, len(text))]
    home = [next((i for i, (s, e) in enumerate(clauses) if s <= g.start < e),
                 len(clauses) - 1) for g in groups]
    owner = [None] * len(clauses)
    for gi, ci in enumerate(home):
        owner[ci] = gi if owner[ci] is None else owner[ci]
    for ci in range(len(clauses)):
        if owner[ci] is not None:
            continue
        prev = max((gi for gi, h in enumerate(home) if h < ci), default=None)
        nxt = min((gi for gi, h in enumerate(home) if h > ci), default=None)
        if prev is None or nxt is None:
            owner[ci] = nxt if prev is None else prev
            continue
        # "Far below, muffled, the TV.": what follows a fronted phrase is fronted too
        owner[ci] = nxt if owner[ci - 1] == nxt or _fronted(text, clauses, ci, home[prev], home[nxt]) else prev
    for gi, g in enumerate(groups):
        mine = [clauses[ci] for ci in range(len(clauses)) if owner[ci] == gi] or [(g.start, g.start)]
        # A group always spans its own name, whichever clauses it was given.
        g.start = min([s for s, _ in mine] + [g.mentions[0].start])
        g.end = max([e for _, e in mine] + [g.mentions[0].end])
    for prev, nxt in zip(groups, groups[1:]):
        nxt.start = max(nxt.start, prev.mentions[0].end)
        prev.end = min(max(prev.end, prev.mentions[0].end), nxt.start)
        # "왼쪽에 피아노 오른쪽에 첼로": a Korean place said just before a name is that name's;
        # "피아노는 왼쪽에 첼로는 ..." keeps it with the name it follows
        place = _PLACE_BEFORE_KO.search(text, prev.mentions[0].end, nxt.mentions[0].start)
        if place is not None and place.start(1) < nxt.start and not re.fullmatch(
                r"(?:은|는|이|가|도)\s*", text[prev.mentions[0].end:place.start(1)]):
            nxt.start = prev.end = place.start(1)
    groups[0].start = 0
    groups[-1].end = len(text)
    for g in groups:
        end = _before_room_talk(text, g)
        g.room_talk, g.end = text[end:g.end], end
    return groups


#: A sentence with the mark that ends it (. ! ? or a newline).
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?\n]|$)")
#: What a sentence about the room states: its reverb, and the width of that reverb.
_ROOM_TALK = {"wet_mix", "drr_db", "spread_deg"}


def _before_room_talk(text: str, g: _Group) -> int:
    """Where a group's words end before the sentences after its own that speak of the room
    only ("... a door creaks at the very back. The reverb is enormous, like 5 seconds."):
    their reverb is the room's, which :func:`_room` reads from the whole description."""
    end = g.end
    own = _sentence_of(text, g.mentions[0].start)
    for m in reversed(list(_SENTENCE.finditer(text[:g.end]))):
        if m.start() < g.mentions[0].end or _sentence_of(text, m.start()) <= own:
            break
        said = read(m.group(0))
        if _GOES_ON.match(m.group(0)) or said.motion is not None or \
                "wet_mix" not in said.statements or set(said.statements) - _ROOM_TALK:
            break
        end = m.start()
    return end


# A clause that opens with a pronoun or a "then" goes on about the source before it.
_GOES_ON = re.compile(r"\s*(?:and\s+)?(?:then\b|it\b|it's\b|they\b|that\b|그러|잠시\s*후|그\s|그게|그건)",
                      re.I)


#: A short phrase of place words only: "somewhere above", "way off to my left".
_PLACE_ONLY = re.compile(r"\s*(?!(?:one|the other|another)\b)(?:[a-z]+\s*){1,4}(?<!ing)(?<!ing\s)")


def _fronted(text: str, clauses, ci: int, prev_home: int, next_home: int) -> bool:
    """Whether clause ``ci`` is a phrase fronted before the next source ("...; far in
    front, a phone rings") rather than more about the source before it ("a baby cries
    upstairs, directly overhead, while ...")."""
    words = text[slice(*clauses[ci])]
    before = text[clauses[ci - 1][1]:clauses[ci][0]] if ci > 0 else "."
    # Several phrases may be fronted where the first opens a sentence.
    if ci != next_home - 1 and not re.search(r"[;:.!?\n]", before) or _GOES_ON.match(words):
        return False
    after = text[clauses[ci][1]:clauses[next_home][0]]
    if re.fullmatch(r"\s*:\s*", after) and re.search(r"[.!?\n]", before):
        return True                  # "Left ear: a whisper. Right ear: a bee buzzing."
    if re.search(r"[;:.!?\n]|\bwhile\b|\band\b|그리고", after):
        return False
    if ci - 1 == prev_home and re.fullmatch(r"\s*:\s*", before):
        return False                 # "군중 함성: 객석 뒤 / 팡파르: ...": the spec of the name before
    if re.search(r"[;:.!?\n]", before) or re.search(r",\s*and\s*$", before) and re.fullmatch(
            r"\s*,\s*", after) and _PLACE_ONLY.fullmatch(words):
        return True                  # "..., and somewhere above, a bat rustles"
    stated = set(read(words).statements)
    if stated & set(read(text[slice(*clauses[next_home])]).statements):
        return False                 # "ahead, slightly left, the piano to its right": not the piano's
    return bool(stated & set(read(text[slice(*clauses[prev_home])]).statements))


def _link_references(text: str, groups: list[_Group]) -> list[_Group]:
    """Fold a later mention of an earlier source ("the dog", "그 고양이") into it."""
    t = text.lower()
    kept: list[_Group] = []
    for g in groups:
        m = g.mentions[0]
        if kept and len(g.mentions) == 1 and _BARE_ECHO.fullmatch(text[g.start:g.end]):
            kept[-1].end = g.end      # "..., 쿵쿵 울림": how the source before sounds
            continue
        before = t[max(0, m.start - 12):m.start]
        earlier = [k for k in kept if k.mentions[0].kind == m.kind]
        # "a motorbike ..., a truck ..." share a label but are two sources, and so do
        # "the shower on my right, the toilet behind me"; the same noun again, or "the
        # engine idles" (a definite name that places nothing new), is the one before.
        noun = _noun(t, m)
        words = _stems(noun)
        # "Jae hums ... while Lucy types ...; later Jae wanders": the one of that name
        earlier = [k for k in earlier if words & _stems(_noun(t, k.mentions[0]))] or earlier
        # "빗소리 ... rain은 가깝게": the kind's own name in the other language is the same noun
        before_noun = _noun(t, earlier[-1].mentions[0]) if earlier else ""
        same_noun = earlier and (words & _stems(before_noun) or noun in _KIND_NAMES.get(m.kind, ())
                                 and is_korean(noun) != is_korean(before_noun))
        modifiers = [w for w in noun.split()[:-1] if not re.search(KO_PARTICLE + "$", w)]
        if same_noun and is_korean(noun) and set(modifiers) - _stems(before_noun):
            same_noun = False        # "물이 콸콸 ..., 샤워기 물소리": a modified noun is another thing
        # "the host ..., the guest ...": people named by different roles are different people.
        # "the oboes and the clarinets": two names joined by "and" are two things.
        joined = earlier and re.fullmatch(r"\s*,?\s*(?:and|&|\+)\s+(?:the\s+|a\s+|an\s+)?|"
                                          r"(?:이랑|랑|하고|과|와)\s*(?:\+\s*)?|\s*\+\s*",
                                          t[earlier[-1].mentions[0].end:m.start])
        # "1) rain everywhere ... 4) rain on my umbrella": items of a numbered list are apart
        listed = earlier and re.search(r"\s\d{1,2}\)\s", t[earlier[-1].mentions[0].end:m.start])
        # "the woodpecker ..., the nuthatch ...": two kinds of bird, each named by its own word
        species = earlier and not same_noun and _specific(noun, m) and _specific(before_noun, m)
        # "... 뛰어가요. 발소리 통통통": a bare name and its sound after the same kind, no more
        echo = earlier and kept[-1] is earlier[-1] and is_korean(noun) and bool(_ECHO.fullmatch(text[g.start:g.end]))
        if earlier and len(g.mentions) == 1 and not _ANOTHER.search(before) and not joined and not listed \
                and not NTH_ONE.match(t, m.start) and (
                same_noun or echo or _DEFINITE.search(before) and _same_place(text, g, earlier[-1])
                and m.sound != "speech-like" and m.label_en == earlier[-1].mentions[0].label_en
                and not species):
            target = earlier[-1]
            if kept[-1] is target:
                # "고양이 말고 강아지요. 강아지가 오른쪽 침대 밑에서": a name that said nothing
                # yet is placed by the words that name it again; a placed one is moved by them.
                bare = target.update_start is None and not _places(read(text[target.start:target.end]))
                target.update_start = None if bare else (
                    g.start if target.update_start is None else target.update_start)
                target.end = g.end
            else:
                g.refers_to = kept.index(target)
                kept.append(g)
            continue
        kept.append(g)
    return kept


def _places(reading: Reading) -> bool:
    """Whether a reading places its source: a side, a height, a distance or a motion."""
    return bool(set(reading.statements) & _PLACES or reading.motion)


def _specific(noun: str, m: Mention) -> bool:
    """Whether ``noun`` names a kind of its own, not the mention's kind nor its sound
    ("nuthatch", not "bird" or "chirped")."""
    return not (_stems(noun) & _stems(" ".join(_KIND_NAMES.get(m.kind, (m.label_en,))))
                or re.match(r"[a-z]+(?:ed|ing)\b|chirp|tweet|hoot|caw|squawk|call|song|quack", noun))


def _stems(words: str) -> set[str]:
    """Word stems: English without -s / -ing; Korean without a particle, 소리 and its linking ㅅ
    ("빗소리" -> "비", the rain that "비는" names again)."""
    return {_ko_base(re.sub(rf"(?<=[a-z])(?:e?s|ing)$|(?<=[가-힣]){KO_PARTICLE}$", "", w))
            for w in words.split()}


def _ko_base(word: str) -> str:
    base = re.sub(r"(?<=[가-힣])소리$", "", word)
    if base != word and (ord(base[-1]) - 0xAC00) % 28 == 19:       # final ㅅ
        base = base[:-1] + chr(ord(base[-1]) - 19)
    return base


def _same_place(text: str, g: _Group, earlier: _Group) -> bool:
    """Whether a group's own words place it nowhere new: no azimuth, or the one before's."""
    mine = read(text[g.start:g.end]).statements.get("az_deg")
    theirs = read(text[earlier.start:earlier.end]).statements.get("az_deg")
    return mine is None or (theirs is not None and not mine.negated and not theirs.negated
                            and abs((mine.value - theirs.value + 180.0) % 360.0 - 180.0) <= 30.0)


def _noun(t: str, m: Mention) -> str:
    """The words naming a mention, without a plural -s or a Korean particle."""
    return re.sub(r"(?:e?s|이|가|은|는|도)$", "", t[m.start:m.end].strip())


def _split_update(text: str, g: _Group) -> None:
    """Where a source's own text turns into an update ("..., then it moves behind me")."""
    if g.update_start is not None:
        return
    seg = text.lower()[g.mentions[0].end:g.end]
    cue = _UPDATE.search(seg)
    if cue:
        after = read(seg[cue.end():])
        if after.statements or after.motion:
            g.update_start = g.mentions[0].end + cue.start()


def _sentence_of(text: str, pos: int) -> int:
    """Index of the sentence holding character ``pos`` (sentences end at . ! ? or a newline)."""
    return len(re.findall(r"[.!?\n](?:\s|$)", text[:pos]))


#: Words of a sentence naming no source that make it about every source ("Huge reverb on
#: all of it", "전부 멀리").
_SCENE_WIDE = re.compile(GROUP_WORDS + r"|\ball of (?:it|them|this)\b|\beverything\b|\ball (?:the )?sounds\b|"
                         r"\bthe whole (?:scene|mix|thing)\b|\ball together\b|다\s*같이|전체(?:적으로)?")


def _scene_wide(text: str, groups: list[_Group]) -> dict:
    """Statements of the sentences that name no source and speak of every source, read
    without the words that say so ("전체적으로" is "overall" there, not "all around");
    their reverb is the room's, which every source takes already."""
    starts = [m.start for g in groups for m in g.mentions]
    said: dict = {}
    for m in _SENTENCE.finditer(text.lower()):
        if not any(m.start() <= s < m.end() for s in starts) and _SCENE_WIDE.search(m.group(0)):
            words = _SCENE_WIDE.sub(" ", m.group(0))
            for attr, stmt in read(words).statements.items():
                if attr not in ("wet_mix", "drr_db"):
                    said.setdefault(attr, stmt)
    return said


def _shared_statements(text: str, groups: list[_Group], readings: list[Reading]) -> list[dict]:
    """Per group, the statements it takes from fronted, "both" and coordinated text, and
    from sentences about every source."""
    t = text.lower()
    wide = _scene_wide(text, groups)
    shared: list[dict] = [dict(wide) for _ in groups]
    sentence = [_sentence_of(text, g.mentions[0].start) for g in groups]
    fronts = [t[g.start:g.mentions[0].start] for g in groups]
    front_said = [read(f).statements for f in fronts]
    # "정면 높은 곳에서 보스 포효, 양옆 벽에서 횃불, 뒤에서 철문": each item placed before its
    # name, a list of its own, takes no other item's place.
    placed_first = [bool(EACH_SIDE.search(f) or _PLACES & set(said)
                         or re.search(r"(?:에서|에선|에서는|에는|엔)\s*$", f))
                    and not re.search(r"같은\s*(?:쪽|곳|자리|위치)|\bsame (?:side|place|spot)\b", f)
                    for f, said in zip(fronts, front_said)]
    placed_by_front: set[int] = set()     # groups given a place by the words before a name
    for i, g in enumerate(groups):
        first = i == 0 or sentence[i - 1] != sentence[i]
        shares = []                  # (statements, whether items placed on their own take them)
        if first:
            # "모든 소리가 멀리서 들려: 왼쪽엔 ...": what a fronted clause set off by punctuation
            # says is for all; the words right before the name are its own place, and those
            # of a name joined to it, before what is said for all.
            cut = max((m.end() for m in re.finditer(r"[,:;.!?—]", fronts[i])), default=0)
            shares += [(read(fronts[i][cut:]).statements if cut else front_said[i], False, True),
                       (read(fronts[i][:cut]).statements if cut else {}, True, True)]
        if _SHARED.search(t[g.start:g.end]):
            shares.append((readings[i].statements, True, False))
        for j in range(i + 1, len(groups)) if not first and _PLACES & set(front_said[i]) else ():
            # "..., and on my right a kettle starts to boil and a cat purrs": a place put before
            # a name goes to the names "and" joins to it
            between = t[groups[j - 1].mentions[0].end:groups[j].mentions[0].start]
            if sentence[j] != sentence[i] or placed_first[j] or not re.fullmatch(r"[^,;:.!?]*\band\b[^,;:.!?]*", between):
                break
            for attr, s in front_said[i].items():
                shared[j].setdefault(attr, s)
        for stmts, to_placed, front in shares:
            for j in range(len(groups)):
                if j != i and sentence[j] == sentence[i] and (to_placed or not placed_first[j]):
                    for attr, s in stmts.items():
                        shared[j].setdefault(attr, s)
                    if front and "az_deg" in stmts:
                        placed_by_front.add(j)
    for i in range(len(groups) - 2, -1, -1):
        # "a phone rings and a printer hums, both on my right": a source with no words of its
        # own takes those of the next, but not across a semicolon, a colon or a "but".
        joined = not re.search(r"[;:]|\bbut\b|하지만|그런데|반면",
                               text[groups[i].mentions[0].end:groups[i + 1].mentions[0].start])
        # "오른쪽에서 전화벨이랑 프린터 소리가 같이 나고, 정면 멀리서 ...": placed by the front
        if not readings[i].statements and readings[i].motion is None and not placed_first[i] and \
                (i not in placed_by_front or _SHARED.search(t[groups[i + 1].start:groups[i + 1].end])) \
                and sentence[i] == sentence[i + 1] and joined:
            shared[i] = {**shared[i + 1], **shared[i], **readings[i + 1].statements}
    return shared


def _room(text: str, whole: SpatialParams, room_talk) -> dict:
    """The room every source inherits: the whole description's estimate, held to the
    statement of the sentences about the room (``room_talk``) or else of its reverb words."""
    stated = room_talk if room_talk is not None else read(text).statements.get("wet_mix")
    if stated is not None:
        whole = constrain(whole, Reading(text, {"wet_mix": stated}))[0]
    return {"wet_mix": whole.wet_mix, "drr_db": whole.drr_db}


#: Nearer than this (m), a source said later to be by the listener has come closer from
#: where it was; the vocabulary's "close" ends here.
_NEAR_M = 1.5


def _updated(params: SpatialParams, update: Reading) -> SpatialParams:
    """A source after a later clause about it: a new place becomes a path to it, also when
    the clause says it goes away ("then it flies off to the right"); how loud, wide or
    wet the clause says it is holds ("then it hovers above the hut, deafening")."""
    sound = {a: s for a, s in update.statements.items() if a in ("gain_db", "spread_deg", "wet_mix")}
    if sound:
        params = constrain(params, Reading(update.text, sound))[0]
    stmt = end_side(update.text)  # "then it runs up, right next to me": no new side named
    elsewhere = stmt is not None and abs(wrap_deg(stmt.value - params.az_deg)) > 30.0
    kind = update.motion["kind"] if update.motion is not None else None
    # "then it trots closer and flops down at my feet": ending at the listener, it approaches
    arrives = arrives_at_listener(update)
    if kind == "rotate" or kind in ("approach", "recede") and (not elsewhere or arrives):
        return constrain(params, Reading(update.text, motion=update.motion))[0]
    near = update.statements.get("dist_m")
    if kind is None and not elsewhere and near is not None and near.hi <= _NEAR_M < params.dist_m:
        # "The dog growls far down the lane. A beat later he's right at my feet": it came closer
        return constrain(params, Reading(update.text, motion={"kind": "approach"}))[0]
    if stmt is not None:
        # "..., 코앞을 지나 왼쪽으로 멀어지고": a way in the clause ends where it says, not at its start
        # "..., 내 앞을 지나서 오른쪽으로 사라짐": where it disappears, not the front it passes
        way = update.motion or {}
        return params.replace(motion=Motion("pass-by", end_az_deg=way.get("end_az_deg", stmt.clipped_value())))
    return params


_ONE_EACH = re.compile(rf"\b(?:(?:the )?one|the other|another|the (?:{ORDINALS_EN})|(?:he|she)(?:'s| is))\b|하나는|"
                       r"(?<![가-힣])(?:한쪽|한\s*쪽|나머지(?:\s*하나)?|다른\s*쪽)(?:은|는)(?=\s)|"
                       r"한\s*(?:마리|명|놈|대|개)[은는]|다른\s*(?:하나|놈|녀석|애|건|것|한\s*(?:마리|명|대|개))(?:는|은)?(?=\s)|(?:첫|두|세|네)\s*번째(?:는|\s*\S+은)", re.I)


#: Attributes that place a source; words after a comma that state none of them are
#: about every member ("..., tinkling softly").
_PLACES = {"az_deg", "el_deg", "dist_m"}
#: Where the last member's own words end and words about all of them begin: a new
#: sentence, or "both" / "둘 다" ("... the other far off. Both quiet.").
_GROUP = re.compile(GROUP_WORDS, re.I)
#: A word for a group just after a span ("매미랑 계곡물 소리, 둘 다 ...").
_GROUP_AFTER = re.compile(rf"[\s,]*(?:{GROUP_WORDS})", re.I)
_SHARED_TAIL = re.compile(r"[.!?](?:\s|$)|" + GROUP_WORDS)


def _each_place(words: str, n: int, params: SpatialParams, predict
                ) -> list[tuple[str | None, SpatialParams]]:
    """Places of ``n`` sources named together, each with its own words (or None); one
    place when nothing (no "both", no "one ... the other") tells them apart.

    "One at each ear" puts them left and right; "one far to the left, the other
    from the right" gives each its own words. What one member's words state stays
    with it: "one under the bed, one by the window on my right" puts only the second
    on the right and only the first low. An attribute a sibling states and this
    member does not comes from ``predict`` (texts to parameters) on this member's
    words with the group's opening and closing words ("two radios, ...; both quiet").
    """
    if n < 2:
        return [(None, params)] * n
    marks = list(_ONE_EACH.finditer(words))
    ends = [m.start() for m in marks[1:]] + [len(words)]
    tail = _SHARED_TAIL.search(words, marks[-1].end()) if marks else None
    stop = tail.start() if tail else len(words)
    # "..., tinkling softly": words after a comma that place nothing are about all of them.
    tail = next((m for m in re.finditer(",", words[:stop]) if marks and m.start() > marks[-1].end()
                 and not _PLACES & set(read(words[m.start():stop]).statements)), tail)
    if tail is not None:
        ends[-1] = tail.start()
    said = [(m.start(), end, read(words[m.end():end]).statements) for m, end in zip(marks, ends)]
    members = [(a, b) for a, b, stated in said if stated][:n]
    if len(said) == n and members:
        members = [(a, b) for a, b, _ in said]    # "one at my left elbow, the other splashes"
    if len(members) >= 2:
        closing = words[tail.start():] if tail else ""
        # "하나는 객석 맨 뒤, 하나는 무대 앞. 뒤쪽이 살짝 늦게": closing words that name a place
        # the members' own words name are about that member, not all of them.
        own_places = set().union(*(stated for a, b, stated in said if (a, b) in members)) & _PLACES
        if not re.search(GROUP_WORDS, closing) and set(read(closing).statements) & own_places:
            closing = ""
        common = words[:marks[0].start()] + " " + closing
        texts = [f"{words[a:b]} {common}" for a, b in members]
        readings = [read(t) for t in texts]
        stated = set().union(*(r.statements for r in readings))
        own = []
        for (a, b), r, alone in zip(members, readings, predict(texts)):
            leaked = {k: getattr(alone, k) for k in stated - set(r.statements)}
            span = re.sub(r"(?:\s+(?:and|then|the)|\s*(?:그리고|,))+\s*$", "", words[a:b].strip(" ,.;:!?"))
            own.append((span, constrain(params.replace(**leaked), r)[0]))
        return own + [(None, params)] * (n - len(own))
    if EACH_SIDE.search(words):
        sides = [(None, params.replace(az_deg=-90.0)), (None, params.replace(az_deg=90.0))]
        return sides + [(None, params)] * (n - 2)
    if marks or _GROUP.search(words):
        return [(None, params)] * n    # "two dogs, both far behind me": each its own
    # "three kids splash in the pool": counted but placed together, they sound as one.
    return [(None, params)]


#: Korean words for a person named before: "그 사람", "그녀", "걔".
_KO_PERSON = r"(?:그녀|걔|그분|그\s*사람|그\s*애)"
#: A place given by the source named before: "the clock behind him", "a fan above it", "그
#: 사람 뒤", "그 옆에서", "바베큐 지글지글도 같이"; the group ``person`` is set where the
#: words mean a person. Korean "그 뒤에" and "그 뒤를" mean "after that" and "after it";
#: "그 뒤로" and bare "그 뒤" are behind it only when it stays put (``behind_it_ko``).
_BY_PREVIOUS = re.compile(
    r"\b(?:(?:just|right|directly) )?(?P<prep>behind|in front of|next to|beside|near|close to|by|alongside|past|beyond|"
    r"above|over|below|under|beneath|underneath|on top of) "
    r"(?:(?P<person>him|her)|them|it)\b|\b(?P<there>there) (?:too|as well)\b"
    r"|\b(?P<same>(?:the )?same (?:spot|place|position|location))\b|(?P<same_ko>같은\s*(?:데|곳|자리|위치|쪽))"
    rf"|(?P<beside_ko>(?:(?P<person_ko>{_KO_PERSON})|그)\s*(?:의\s*)?(?:옆|곁))|(?P<behind_ko>{_KO_PERSON})\s*(?:의\s*)?(?:등\s*)?뒤"
    r"|(?P<behind_it_ko>(?<![가-힣])그\s*(?:바로\s*)?뒤(?:에서|로|쪽|편)?)(?![가-힣])"
    r"|(?<=[가-힣])도\s*(?:같이|함께)(?=\s*(?:요|[.,!?]|$))")
#: A source someone named before makes or owns: "he keeps tapping his pen", "the old man's
#: radio", "걔 폰 진동".
_OWNED_BY_PREVIOUS = re.compile(r"^\W*(?:(?:and|then|later|soon|now|meanwhile|afterwards),?\s+)*(?:he|she)\b|\b(?:his|her|their|the old (?:man|woman|boy|girl)'s)\b|"
                                rf"{_KO_PERSON}(?:가|의)?\s")
#: A side of the source named before: "the drummer to her right", "고수는 그 오른편에서".
_SIDE_OF_PREVIOUS = re.compile(r"\b(?:to|on|at) (?:(?P<person>his|her)|its|their) (?P<side>left|right)\b"
                               rf"|(?:(?P<person_ko>{_KO_PERSON})|(?<![가-힣])그)\s*(?:의\s*)?(?P<side_ko>오른|왼)(?:편|쪽)")
#: Words right after a place by the source before that go on about that place.
_ASIDE_OF_PREVIOUS = re.compile(r"\s*,?\s*(?:and )?(?:just |slightly |a (?:little |bit |touch )?)?"
                                r"(?:to the (?P<side>left|right)\b|(?P<behind>behind)\b(?! (?:me|us|you)\b))")
#: How far to one side of the source before a source at its side is, degrees of azimuth.
_BESIDE_DEG = 30.0
#: Words that open with a person who makes the sound: "Mina sings the chorus", "Grandma's needles",
#: "소라 씨가 피아노를".
_PERSON_OPENS = re.compile(r"\W*(?:(?!(?:The|A|An|This|That|These|Those|My|Our|Your|His|Her|Their|Its|Some|Then|"
                           r"And|But|Now|Later|Also)\b)[A-Z][a-z]+(?:'s)? (?:[a-z]+ )?(?:[a-z]+s|[a-z]+ing)\b|"
                           r"(?i:grandma|grandpa|granny|mum|mom|dad|auntie|uncle)'s\b|[가-힣]{2,3}\s*(?:씨|님)(?:가|이|는|은)?\s)")
#: Degrees of azimuth to one side of a source that a source just behind it, to that side, adds.
_NUDGE_SIDE_DEG = 20.0
#: Largest side (degrees) a source placed by another may add of its own ("a little to the left").
_NUDGE_DEG = 40.0
#: A listener named in the third person ("the player", "the rider"), whom "them" may mean.
_LISTENER_NAMED = re.compile(r"\bthe (?:player|listener|rider|viewer|user|trainee)\b|\bpov\b|\bcamera\b")
#: A thing someone does, said before its name: "he's rinsing cups".
_DONE_BY_PRONOUN = re.compile(r"\b(?:he|she)(?:'s| is| was)\s+[a-z]+ing\s+(?:the |his |her |a )?$")
#: Words that put a source at the height of the one before: "next to it", "by her".
_ALONGSIDE = ("next to", "beside", "near", "close to", "by", "alongside")
#: Words that put a source farther off than the one before: "behind him", "just past them".
_FARTHER_THAN = ("behind", "past", "beyond")
#: How much farther than the source before a source "behind him" is, metres.
_BEHIND_EXTRA_M = 0.7


def _placed_by_previous(text: str, own: list[str], placed: list[SpatialParams],
                        groups: list[_Group]) -> list[SpatialParams]:
    """Sources placed by the one named before them ("Grandpa snores in front of me and the
    clock ticks behind him"): the same direction, and farther off when behind it.

    "him" / "her" / "그 사람" is the nearest person named before, "it" / "them" / "그" the
    nearest source; groups folded into an earlier one anchor nothing. "To her right" is
    that direction turned 30 degrees to the listener's right. A clause that also names a
    side of its own ("behind her, a little to the right") keeps it.
    """
    out = list(placed)
    if _LISTENER_NAMED.search(text.lower()):
        return out
    earlier = [j for j, g in enumerate(groups) if g.refers_to is None]
    people = [j for j in earlier if groups[j].mentions[0].sound == "speech-like"
              or groups[j].mentions[0].kind not in _KIND_NAMES
              or _PLAYER.search(text[groups[j].mentions[0].start:groups[j].mentions[0].end].lower())
              or _PERSON_OPENS.match(own[j])]
    # "he's rinsing cups ..., the radio above him": he is heard by what he does
    doers = [j for j in earlier if _DONE_BY_PRONOUN.search(text[:groups[j].mentions[0].start].lower())]
    for i in range(1, len(own)):
        words = own[i].lower()
        m = _SIDE_OF_PREVIOUS.search(words) or _BY_PREVIOUS.search(words) or _OWNED_BY_PREVIOUS.search(words)
        person = m is not None and (m.re is _OWNED_BY_PREVIOUS or any(
            m.groupdict().get(g) for g in ("person", "person_ko", "behind_ko")))
        anchor = max((j for j in (people if person else earlier) if j < i),
                     default=max((j for j in doers if j < i), default=None))
        pronoun = m is not None and m.groupdict().get("person")
        if pronoun and anchor is not None and re.search(
                rf"\b{pronoun}\b", text.lower()[:groups[min(people, default=anchor)].mentions[0].start]):
            continue                  # "she holds her breath ...": "her" is someone heard nowhere
        named = m is None and _behind_named(text, words, groups, [j for j in earlier if j < i])
        owner = m is None and not named and _owned_by_named(text, words, groups, [j for j in people if j < i])
        if named or owner:
            m, anchor = named or owner
        # A source moving towards or away from the listener keeps its direction.
        moving = out[i].motion is not None and out[i].motion.kind not in ("static", "approach", "recede")
        if m is None or anchor is None or moving:
            continue
        if m.re is _BY_PREVIOUS and m["behind_it_ko"] and placed[anchor].motion is not None \
                and placed[anchor].motion.kind != "static":
            continue                  # "오토바이가 지나가고, 그 뒤로 개가": after it, not behind it
        stated = read(words[:m.start()] + " " + words[m.end():]).statements
        own_side = stated.get("az_deg")
        # "behind her, a little to the left" is a little to one side of her
        nudge = own_side.value if own_side is not None and 0.0 < abs(own_side.value) <= _NUDGE_DEG else None
        # "above him and to the right", "next to him, slightly behind": said of him, not me
        aside = _ASIDE_OF_PREVIOUS.match(words, m.end())
        if aside is not None and (nudge is None or aside["behind"]):
            own_side, nudge = None, (0.0 if aside["behind"] else
                                     _BESIDE_DEG if aside["side"] == "right" else -_BESIDE_DEG)
        if own_side is not None and nudge is None:
            continue
        if m.re is _OWNED_BY_PREVIOUS and own_side is None \
                and "dist_m" in stated and re.search(r"\bmy\b|(?<![가-힣])(?:내|제)\s", words):
            continue                  # "his old cat purrs on my lap": by me, not by him
        there = out[anchor]           # where the anchor ends up, when it moves
        end = there.motion.end_az_deg if there.motion is not None else None
        az = wrap_deg((there.az_deg if end is None else end) + (nudge or 0.0))
        if m.re is _SIDE_OF_PREVIOUS:
            az = wrap_deg(az + (_BESIDE_DEG if (m["side"] or m["side_ko"]) in ("right", "오른") else -_BESIDE_DEG))
        elif named and m["side"]:      # "고수 북은 소리꾼 왼편 살짝 뒤": behind it, to one side
            az = wrap_deg(az + (_NUDGE_SIDE_DEG if m["side"] == "오른" else -_NUDGE_SIDE_DEG))
        p = out[i].replace(az_deg=az)
        owned_place = pronoun and re.match(r"\s+(?!(?:and|or|but|while|as|then|so)\b)[a-z]", words[m.end():])
        if m.re is _BY_PREVIOUS and (m["prep"] in _ALONGSIDE or m["there"] or m["beside_ko"]
                                     or m["same"] or m["same_ko"]) \
                and not owned_place:     # "by her feet" is not where she is
            # "a cricket beside it", "glasses clinking there too": at its height and distance
            p = p.replace(**{a: getattr(there, a) for a in ("el_deg", "dist_m") if a not in stated})
        if named or aside is not None and aside["behind"] and nudge == 0.0 \
                or m.re is _BY_PREVIOUS and (m["prep"] in _FARTHER_THAN or m["behind_ko"] or m["behind_it_ko"]):
            p = p.replace(dist_m=min(RANGES["dist_m"][1], max(p.dist_m, there.dist_m + _BEHIND_EXTRA_M)))
        if _POSSESSED_BY_BEFORE.search(words) and there.motion is not None and there.motion.kind != "static" \
                and (out[i].motion is None or out[i].motion.kind == "static") \
                and not _STOPPED.search(text[groups[anchor].mentions[0].start:
                                             groups[i].mentions[0].start].lower()):
            p = p.replace(az_deg=there.az_deg, motion=there.motion)   # "his keys jangle as he goes"
        out[i] = p
    return out


#: Words of a thing the source before carries ("his keys", "그분 손목시계 ... 도 같이"): it
#: goes where that source goes.
_POSSESSED_BY_BEFORE = re.compile(r"\b(?:his|her|their) (?!own\b)[a-z]|도\s*(?:같이|함께)|(?:그|그분|그녀|걔)의\s|"
                                  r"(?<![가-힣])(?:그분|걔|그\s*사람)\s")
#: A carrier that has come to rest ("then she sits down and taps her pen"): what it carries
#: sounds where it ended, not on the way.
_STOPPED = re.compile(r"\b(?:sits?|sat|stops?|stopped|settles?|settled|stands?|stood|lands?|landed)\b|"
                      r"앉|멈추|멈춰|멈춘|도착")


#: "then a truck goes the other way", "버스는 반대로 지나가": the reverse of the pass before.
_OTHER_WAY = re.compile(r"\b(?:the (?:other|opposite) (?:way|direction)|in reverse)\b|"
                        r"반대\s*(?:방향|쪽)(?:으로|에서)|(?<![가-힣])반대로")
#: "a bus rumbles after it", "뒤따라": the same pass as the one before.
_SAME_WAY = re.compile(r"\b(?:after (?:it|them)|follow(?:s|ing|ed)? (?:it|them)|the same (?:way|path|route))\b|뒤따(?:라|르|름|른|릅)|"
                       r"(?<![가-힣])따라\s*(?:와|오|온|가|간)|같은\s*(?:방향|경로|길|루트|동선)으로")


def _the_other_way(own: list[str], placed: list[SpatialParams],
                   groups: list[_Group]) -> list[SpatialParams]:
    """Sources said to pass "the other way" from one that passed before them: its pass
    with start and end swapped ("after it": the same pass), unless their own words give
    a side of their own."""
    from .render.trajectory import position_at     # here: reading a scene needs no renderer

    out = list(placed)
    for i in range(1, len(own)):
        words = own[i].lower()
        same = _SAME_WAY.search(words)
        if not (same or _OTHER_WAY.search(words)) or groups[i].refers_to is not None:
            continue
        said = read(re.sub(r"(?<![가-힣])그\s*(?:다음|뒤)(?:에|로)?", " ", own[i]))  # "그 뒤에": after it
        side = said.statements.get("az_deg")
        if side is not None and side.kind != "default" or said.motion and "end_az_deg" in said.motion:
            continue              # ("뒤따라" only looks like a side: the front it gives is a default)
        before = next((p for p in reversed(out[:i]) if p.motion is not None
                       and p.motion.kind == "pass-by"), None)
        if before is None:
            continue
        if same:
            out[i] = out[i].replace(az_deg=before.az_deg, motion=before.motion)
            continue
        out[i] = out[i].replace(az_deg=position_at(before, 1.0)[0],
                                motion=Motion("pass-by", end_az_deg=before.az_deg))
    return out


#: Names of players, whom "him" / "her" may mean: "a drummer ..., the bassist next to him".
_PLAYER = re.compile(r"(?:drummer|player|[a-z]{3,}ist)s?\b")


def _owned_by_named(text: str, words: str, groups: list[_Group], people: list[int]):
    """``(match, group index)`` where ``words`` name a thing of a person named before by
    name ("Gabe's dog tags", "Mina's bracelet"): it sounds where that person is; else ``None``."""
    for j in reversed(people):
        noun = _noun(text.lower(), groups[j].mentions[0])
        m = None if is_korean(noun) else re.search(rf"\b{re.escape(noun)}['’]s\s+(?=[a-z])", words)
        if m is not None:
            return m, j
    return None


def _behind_named(text: str, words: str, groups: list[_Group], earlier: list[int]):
    """``(match, group index)`` where ``words`` put a source just behind one named before
    by its Korean name ("드럼은 보컬 살짝 뒤"), else ``None``."""
    for j in reversed(earlier):
        noun = _noun(text.lower(), groups[j].mentions[0])
        behind = (rf"(?<![가-힣]){re.escape(noun)}\S{{0,2}}\s*(?:(?P<side>왼|오른)(?:편|쪽)\s*)?"
                  rf"{PLACE_DEGREE_KO}뒤(?![가-힣])")
        m = re.search(behind, words) if is_korean(noun) else None
        if m is not None:
            return m, j
    return None


def _label(m: Mention, korean: bool) -> str:
    return m.label_ko if korean else m.label_en


def _own_words(text: str, mentions: list[Mention]) -> tuple[list[_Group], list[str]]:
    """The sources' groups and each group's own words (without a later update's)."""
    groups = _link_references(text, _groups(text, mentions))
    for g in groups:
        _split_update(text, g)
    own = [text[g.start:g.update_start if g.update_start is not None else g.end] for g in groups]
    # A source's own words without letters ("43" of a timestamp) say nothing: read it in the whole.
    return groups, [o if re.search(r"[A-Za-z가-힣]", o) else text for o in own]


def _counts(text: str, mentions: list[Mention]) -> tuple[int, int]:
    """How many places and how many sources :func:`describe` makes of ``mentions`` ("two
    violins" is one place, two sources; a later "the dog" is neither)."""
    if len(mentions) <= 1:
        return 1, 1
    groups = [g for g in _link_references(text, _groups(text, mentions)) if g.refers_to is None]
    return len(groups), sum(len(g.mentions) for g in groups)


#: Words before a source's name that are not its name.
_LEAD_IN = re.compile(r"^(?:(?:and|then|while|also|plus|but|now|the|a|an|my|some|there'?s|"
                      r"there (?:is|are)|somewhere|그리고|또|저|그)\s+)+", re.I)


_POINTS_BACK = re.compile(r"(?:its?|that|this|they|their|he|his|she|her|그|저)\s|"
                          # "나머진 다 뮤트", "mute the rest": what is left is no new source
                          r"(?:나머지|나머진|the rest\b|everything else\b)", re.I)


#: Words the tagger may mark that name no sound: what a sound is like ("떨어지는 느낌은
#: 유지"), or every source at once ("전체 -12dB").
_NOT_A_THING = re.compile(r"(?:느낌|분위기|뉘앙스)(?:은|는|을|를|이|가|만)?\s|^(?:the )?(?:feel|vibe|mood)\b|"
                          rf"^(?:{_SCENE_WIDE.pattern})", re.I)


def _unnamed(text: str, start: int, end: int) -> Mention:
    """A source the tagger found where no name of the lexicon is: labelled by its first
    words ("Joe beatboxes ..." -> "Joe beatboxes", "뚝딱뚝딱 소리가 ..." -> "뚝딱뚝딱")."""
    words = _LEAD_IN.sub("", text[start:end].strip(" ,.;:!?-—\n")).split()
    words = words[:1] if is_korean(text[start:end]) else words[:2]
    label = re.sub(rf"{KO_PARTICLE}$|[^\w'-]+$", "", " ".join(words)) or text[start:end].strip()
    return Mention(label, label, stand_in_sound(label), start, end, label)


def _tagger_additions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """A source for each of the tagger's ``spans`` that holds no name of the lexicon (the rules
    saw those and had their reasons: "에어컨 소리 NO", "wind loop removed"), does not point
    back and keeps no side empty."""
    names = [a for a, _ in lexicon_names(text)]
    return [_unnamed(text, a, b) for a, b in spans if not (
        any(a <= n < b for n in names) or _POINTS_BACK.match(text, a)
        or _NOT_A_THING.search(text[a:b]) or SIDE_KEPT_EMPTY.search(text[a:b].lower()))]


#: Marks that part two names even inside one source the tagger found.
_APART = re.compile(r"[,;.!?:\n—]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` up to the nearest of :data:`_APART`'s marks."""
    end = _APART.search(text, end)
    start = max((m.end() for m in _APART.finditer(text, 0, start)), default=0)
    return text[start:end.start() if end else len(text)]


def _tagger_reduction(text: str, mentions: list[Mention], spans: list[tuple[int, int]]
                      ) -> list[Mention]:
    """The rules' ``mentions`` less the names the tagger's ``spans`` leave out or fold into
    the name before them.

    A name outside every span goes unless its own words place it or spread it ("관중
    함성이 사방에서" stays; "It's a cathedral." goes). A later name inside the same span as
    the one before goes unless a mark, a place or a word for a group parts them ("Tom taps
    his glass" is Tom; "Rain and distant thunder, both far behind me" stays two).
    """
    groups, own = _own_words(text, mentions)
    own_of = {m.start: o for g, o in zip(groups, own) for m in g.mentions}
    # "수아랑 태민이가 ... 얘기하는 중": two people the tagger marks as one talk
    second = {pair[1][0] for _, pair in talking_pairs_ko(text, names_a_source) if len(pair) == 2}
    kept: list[Mention] = []
    for m in mentions:
        span = next(((a, b) for a, b in spans if a <= m.start < b), None)
        if span is None:
            said = read(own_of.get(m.start) or _clause_around(text, m.start, m.end))
            if _places(said) or "spread_deg" in said.statements:
                kept.append(m)
        elif not (kept and span[0] <= kept[-1].start < span[1]):
            kept.append(m)
        elif (m.start in second or _APART.search(text, kept[-1].end, m.start)
              or _places(read(text[kept[-1].end:m.start]))
              or _GROUP.search(text[span[0]:span[1]]) or _GROUP_AFTER.match(text, span[1])):
            kept.append(m)
    return kept


def scene_mentions(text: str) -> list[Mention]:
    """The sources :func:`describe` splits ``text`` into: the rules' (:func:`find_mentions`),
    corrected by the learned tagger (:mod:`t2sa_lib.model.source_tagger`) when it is sure
    of how many sources the text names and the rules found another count. It adds sources
    where it found words with no name (:func:`_tagger_additions`), or drops names it leaves
    out or folds into one source (:func:`_tagger_reduction`); either edit is taken only
    when it reaches the tagger's count."""
    from .model.source_tagger import MAX_UNCERTAINTY, tag_sources

    mentions = find_mentions(text)
    tags = tag_sources(text)
    if tags is None or not tags.spans or tags.uncertainty >= MAX_UNCERTAINTY:
        return mentions
    want = len(tags.spans)
    places, sources = _counts(text, mentions)
    if want > sources:
        edited = sorted(mentions + _tagger_additions(text, tags.spans), key=lambda m: m.start)
    elif want < places:
        edited = _tagger_reduction(text, mentions, tags.spans)
    else:
        return mentions
    # The tagger marks the words of "two radios, one upstairs, the other ..." as one
    # source or two: either count agrees with it.
    return edited if edited and want in _counts(text, edited) else mentions


def network_texts(text: str) -> list[str]:
    """The texts :func:`describe` first runs the network on, for ``model.prefetch``: each
    source's own words and the whole description (the room). Words that place two members
    of a group apart ("one ... the other ...") are predicted later, a few at a time."""
    from .infer import check_text

    text = check_text(text)
    mentions = scene_mentions(text)
    return [text] if len(mentions) <= 1 else _own_words(text, mentions)[1] + [text]


#: Sounds that fill space by nature: in a scene, such a source is at least
#: ``DIFFUSE_SPREAD_DEG`` wide unless words said of it give a width (labellers marked
#: 450 of them on the tuned halves: one narrow, the rest 45 deg or wider, 316 of them
#: 90 deg or wider).
DIFFUSE = {"rain", "wind", "waves", "crowd", "choir", "insects", "ambience"}
DIFFUSE_SPREAD_DEG = 90.0


def _own_readings(text: str, own: list[str]) -> tuple[str | None, list[Reading], list]:
    """The facing the scene states, each source's own words read with it, and the side of
    a place the text has placed that those words put the source at (or None)."""
    facing = facing_phrase(text)
    places = declared_places(text)
    # "부엌은 왼쪽, 안방은 뒤쪽이에요": where the rooms are is no source's own side
    readings = [read(s if facing is None or facing_phrase(s) else f"{facing}. {s}")
                for s in (without_declarations(s, places) for s in own)]
    return facing, readings, [at_declared_place(s, places) for s in own]


def describe(text: str, model) -> Scene:
    """The scene a description states; ``model`` is a :class:`~t2sa_lib.infer.T2SInfer`.

    Raises
    ------
    ValueError
        For empty text or text with no Korean or Latin letters.
    """
    from .infer import check_text

    text = check_text(text)
    korean = is_korean(text)
    mentions = scene_mentions(text)
    if len(mentions) <= 1:
        _, (p,) = model.predict_params([text])
        label = _label(mentions[0], korean) if mentions else ("소리" if korean else "sound")
        sound = mentions[0].sound if mentions else "speech-like"
        return Scene(text, [SceneSource(text, label, p, sound)],
                     {"wet_mix": p.wet_mix, "drr_db": p.drr_db})
    groups, own = _own_words(text, mentions)
    _, params = model.predict_params(own + [text])
    facing, readings, at_place = _own_readings(text, own)
    shared = _shared_statements(text, groups, readings)
    # How wet sentences of their own say the room is overrides what places said ("INT. 자동차
    # 안. ... 좁고 건조한 공간감."), a bare "some reverb" does not; a source's own words
    # override both.
    talk = " ".join(g.room_talk for g in groups)
    room_talk = read(talk).statements.get("wet_mix") if talk.strip() else None
    if room_talk is not None and room_talk.level == "wet":
        room_talk = None
    room = _room(text, params[-1], room_talk)
    placed = []
    for i, g in enumerate(groups):
        # A fragment's motion comes from its words. predict_params already decided that on
        # the fragment alone; the reading here may add the scene's facing, and it decides.
        p = params[i] if readings[i].motion else params[i].replace(motion=None)
        inherited = {a: s for a, s in shared[i].items() if a not in readings[i].statements
                     and not (a == "wet_mix" and room_talk is not None)}
        if facing is not None and "az_deg" in readings[i].statements:
            # The model read the clause without the facing stated elsewhere in the scene.
            inherited["az_deg"] = readings[i].statements["az_deg"]
        if at_place[i] is not None and "az_deg" not in readings[i].statements:
            inherited["az_deg"] = at_place[i]   # "the kitchen is on my left ... a kettle in the kitchen"
        p = constrain(p, Reading(own[i], inherited))[0]
        if g.mentions[0].kind in DIFFUSE and "spread_deg" not in readings[i].statements and \
                "spread_deg" not in inherited:
            p = p.replace(spread_deg=max(p.spread_deg, DIFFUSE_SPREAD_DEG))
        if "wet_mix" not in readings[i].statements and "wet_mix" not in inherited:
            p = p.replace(wet_mix=room["wet_mix"], drr_db=room["drr_db"])
        if g.update_start is not None:
            p = _updated(p, read(text[g.update_start:g.end]))
        placed.append(p)
    words = [text[g.start:g.end] for g in groups]
    spans = list(words)
    for i, g in enumerate(groups):
        j = g.refers_to
        if j is not None:
            # "비, 천둥, 바람. 비는 사방에서 ...": a source named bare and placed later is
            # where the later words put it; one already placed moves there.
            said = "az_deg" in readings[j].statements or readings[j].motion or at_place[j]
            placed[j] = _updated(placed[j], read(words[i])) if said else placed[i]
            if not said:
                words[j] = words[i]      # "two guitars ...: one guitar on each side"
            if not readings[j].statements and not readings[j].motion:
                spans[j] = words[i]      # "개, 비. 개는 오른쪽": the bare name is told by the later words
    placed = _placed_by_previous(text, own, placed, groups)
    placed = _the_other_way(own, placed, groups)
    sources: list[SceneSource] = []
    for g, p, w, span in zip(groups, placed, words, spans):
        if g.refers_to is not None:
            continue
        span = span.strip(" ,.;:!?\n")
        places = _each_place(w, len(g.mentions), p, lambda ts: model.predict_params(ts)[1])
        sources += [SceneSource(own or span, _label(m, korean), q, m.sound)
                    for m, (own, q) in zip(g.mentions, places)]
    return Scene(text, sources, room)


# ------------------------------------------------------------------ scene files and CLI
def scene_from_dict(obj, where: str = "scene") -> Scene:
    """A :class:`Scene` from the JSON ``scene`` writes; errors name the source and field."""
    if not isinstance(obj, dict) or not isinstance(obj.get("sources"), list):
        raise ValueError(f"{where}: a scene is an object with a list 'sources'")
    if not obj["sources"]:
        raise ValueError(f"{where}: the scene has no sources")
    sources = []
    for i, rec in enumerate(obj["sources"], 1):
        if not isinstance(rec, dict):
            raise ValueError(f"{where}: source {i} must be an object")
        label = rec.get("label")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{where}: source {i} needs a non-empty 'label'")
        params = SpatialParams.from_record(rec, f"{where}: source {i}")
        sources.append(SceneSource(str(rec.get("span", label)), label, params,
                                   str(rec.get("sound", ""))))
    room = obj.get("room") if isinstance(obj.get("room"), dict) else {}
    return Scene(str(obj.get("text", "")), sources, room)


def add_arguments(parser) -> None:
    from pathlib import Path

    parser.add_argument("--text", action="append", help="a description (repeatable)")
    parser.add_argument("--input", type=Path, help="JSONL file; each line needs a 'text'")
    parser.add_argument("--output", type=Path, help="JSONL output for --input (atomic)")
    parser.add_argument("--ckpt", type=Path, default=None,
                        help="checkpoint (default: models/t2sa_default.pt)")


def run(args) -> int:
    import sys

    from .files import atomic_open_text, dumps_json
    from .infer import T2SInfer, check_text, check_text_io, iter_texts

    check_text_io(args)
    if args.input:
        texts = [t for _, t in iter_texts(args.input)]
    else:
        texts = [check_text(t, f"--text {i + 1}") for i, t in enumerate(args.text)]
    model = T2SInfer(args.ckpt)
    scenes = [describe(t, model).to_dict() for t in texts]
    if args.output is None:
        print(dumps_json(scenes[0] if len(scenes) == 1 else scenes, indent=1))
        return 0
    with atomic_open_text(args.output) as f:
        for sc in scenes:
            f.write(dumps_json(sc) + "\n")
    print(f"wrote {len(scenes)} scenes to {args.output}", file=sys.stderr)
    return 0
