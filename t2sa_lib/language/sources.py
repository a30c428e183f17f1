"""Sound sources named in a description: "a dog barking", "빗소리", "two violins".

Each entry of :data:`SOURCES` is ``(label_en, label_ko, english regex, korean
regex, sound)``: the labels a scene shows, the words that name the source, and
the kind of bundled test sound that stands in for it when no recording is given
(:mod:`t2sa_lib.render.label_sounds`). English patterns match whole words of
lower-cased text and allow plurals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SOURCES = [
    ("rain", "빗소리", r"rain(?:fall|drops?|storm)?|drizzle|downpour", r"빗소리|빗방울|비가|비\s*소리|장맛비|소나기|빗줄기", "rain"),
    ("thunder", "천둥", r"thunder(?:clap|storm)?s?", r"천둥|번개|뇌우", "rumble"),
    ("wind", "바람", r"wind|gusts?|breeze|gale", r"바람", "wind"),
    ("waves", "파도", r"waves?|surf|ocean|sea", r"파도|바다|물결", "wind"),
    ("water", "물", r"river|stream|brook|creek|waterfall|fountain|water", r"강물|시냇물|개울|폭포|분수|물소리|냇물", "rain"),
    ("drip", "물방울", r"drips?|dripping|tap|faucet|leak", r"물방울|수도꼭지|똑똑|물이?\s*떨어", "drip"),
    ("fire", "불", r"fire(?:place)?|campfire|bonfire|crackl\w+|flames?", r"모닥불|불꽃(?!놀이)|장작|벽난로|타닥", "noise-burst"),
    ("fireworks", "불꽃놀이", r"fireworks?", r"불꽃놀이|폭죽", "noise-burst"),
    ("dog", "개", r"dogs?|pupp(?:y|ies)|barking|bark|hounds?", r"개가|개\s|개의|개도|강아지|멍멍|개\s*짖|짖는", "bark"),
    ("cat", "고양이", r"cats?|kittens?|meow\w*|purr\w*", r"고양이|야옹", "chirp"),
    ("bird", "새", r"birds?|birdsong|chirp\w*|tweet\w*|sparrows?|songbirds?|seagulls?|gulls?|pigeons?|doves?", r"새소리|새들|새가|새\s|참새|갈매기|비둘기|지저귀", "chirp"),
    ("crow", "까마귀", r"crows?|ravens?", r"까마귀", "chirp"),
    ("owl", "부엉이", r"owls?|hoot\w*", r"부엉이|올빼미", "chirp"),
    ("insects", "벌레", r"crickets?|cicadas?|insects?|bees?|buzzing|mosquito(?:es)?|fly|flies", r"귀뚜라미|매미|벌레|모기|파리|벌이|윙윙", "chirp"),
    ("wolf", "늑대", r"wolf|wolves|howl\w*", r"늑대|하울링", "chirp"),
    ("horse", "말", r"horses?|hooves|hoofbeats?|gallop\w*", r"말발굽|말이\s*달|말\s*울음", "footsteps"),
    ("cow", "소", r"cows?|cattle|moo\w*", r"소\s*울음|음메|소떼", "hum"),
    ("frog", "개구리", r"frogs?|croak\w*", r"개구리|개굴", "chirp"),
    ("baby", "아기", r"bab(?:y|ies)|infant", r"아기|아이\s*울음|애기", "speech-like"),
    ("children", "아이들", r"kids|children|child", r"아이들|애들|어린이", "speech-like"),
    ("crowd", "군중", r"crowd|audience|applause|cheer\w*|clapping|chatter|people talking|murmur\w*", r"군중|관중|박수|환호|웅성|사람들|인파|함성", "noise-burst"),
    ("voice", "목소리", r"voices?|someone (?:talking|speaking|whispering|calling)|narrator|announcer|speech|speaker|whisper\w*|singer|vocals?|talking|conversation|man|woman|girl|boy|guy|person|narration|dialogue|shout\w*|scream\w*|laugh\w*", r"목소리|말소리|속삭|나레이션|내레이션|대사|아나운서|가수|보컬|노래|웃음|비명|외침|남자|여자|사람이|누군가|대화", "speech-like"),
    ("choir", "합창", r"choir|chorus|chant\w*", r"합창|성가대|찬송", "tone-chord"),
    ("footsteps", "발소리", r"footsteps?|steps|footfalls?|walking|heels|boots", r"발소리|발자국|발걸음|구두\s*소리", "footsteps"),
    ("door", "문", r"doors?|doorbell|knock\w*|slam\w*", r"문이|문\s|문소리|노크|초인종|현관", "noise-burst"),
    ("clock", "시계", r"clocks?|ticking|tick-tock|watch", r"시계|째깍|똑딱", "tick"),
    ("bell", "종", r"bells?|chimes?|gong", r"종소리|종이|종\s|풍경|차임|징", "bell"),
    ("phone", "전화", r"phones?|ringtone|cellphone|smartphone|telephone", r"전화|휴대폰|핸드폰|벨소리", "bell"),
    ("alarm", "알람", r"alarms?|siren|beep\w*|buzzer", r"알람|사이렌|경보|삐\s*소리|부저", "tone-chord"),
    ("printer", "프린터", r"printers?|copier|fax", r"프린터|복사기|팩스", "hum"),
    ("fan", "선풍기", r"fans?|air conditioner|ac unit|hvac|ventilation|vent", r"선풍기|환풍기|에어컨|팬\s|공조", "hum"),
    ("fridge", "냉장고", r"fridge|refrigerator|freezer", r"냉장고", "hum"),
    ("kettle", "주전자", r"kettle|teapot|boiling", r"주전자|물\s*끓", "hum"),
    ("keyboard", "키보드", r"keyboard|typing|typewriter|keys", r"키보드|타자|타이핑", "tick"),
    ("car", "차", r"cars?|trucks?|traffic|vehicles?|taxi|bus|motorcycles?|motorbikes?|engines?|honk\w*|horns?", r"자동차|차가|차\s|차들|트럭|버스|택시|오토바이|엔진|경적|클랙슨|차량|교통", "hum"),
    ("train", "기차", r"trains?|subway|metro|tram|railway", r"기차|열차|지하철|전철|KTX", "hum"),
    ("plane", "비행기", r"planes?|jets?|aircraft|airplanes?|airliner", r"비행기|제트기|여객기|항공기", "wind"),
    ("helicopter", "헬기", r"helicopters?|chopper", r"헬기|헬리콥터", "hum"),
    ("boat", "배", r"boats?|ship|ferry|foghorn", r"배가|뱃고동|선박|보트|여객선", "hum"),
    ("piano", "피아노", r"pianos?", r"피아노", "tone-chord"),
    ("guitar", "기타", r"guitars?", r"기타(?!\s*등)", "tone-chord"),
    ("violin", "바이올린", r"violins?|fiddles?", r"바이올린", "tone-chord"),
    ("cello", "첼로", r"cellos?", r"첼로", "tone-chord"),
    ("bass", "베이스", r"bass(?:ist)?", r"베이스", "tone-chord"),
    ("drums", "드럼", r"drums?|drummer|percussion|snare|kick drum|cymbals?", r"드럼|북소리|북이|장구|심벌|타악기", "noise-burst"),
    ("trumpet", "트럼펫", r"trumpets?|horns? section|brass|saxophone|sax", r"트럼펫|색소폰|금관", "tone-chord"),
    ("flute", "플루트", r"flutes?|whistle\w*", r"플루트|피리|휘파람|대금", "tone-chord"),
    ("organ", "오르간", r"organ", r"오르간", "tone-chord"),
    ("music", "음악", r"music|radio|band|orchestra|song|melody|synth\w*|strings", r"음악|라디오|밴드|오케스트라|노래\s*소리|멜로디|현악", "tone-chord"),
    ("tv", "TV", r"tv|television", r"티비|텔레비전|TV", "speech-like"),
    ("glass", "유리", r"glass(?:es)?|shatter\w*|clink\w*|dishes|cutlery|plates", r"유리|접시|그릇|식기|잔\s", "tick"),
    ("machine", "기계", r"machines?|machinery|generator|motor|drill|saw|hammer\w*|construction", r"기계|발전기|모터|드릴|톱|망치|공사", "hum"),
    ("gunshot", "총소리", r"gunshots?|gunfire|shots?|explosions?|blasts?", r"총소리|총성|폭발|포성", "noise-burst"),
    ("leaves", "나뭇잎", r"leaves|rustl\w*|branches|trees", r"나뭇잎|낙엽|바스락|나뭇가지", "rain"),
    ("zipper", "지퍼", r"zippers?", r"지퍼", "noise-burst"),
    ("paper", "종이", r"paper|pages|newspaper", r"종이|책장|신문", "noise-burst"),
    ("ghost", "유령", r"ghosts?|spirits?|monsters?|creatures?|zombies?", r"유령|귀신|괴물|좀비", "speech-like"),
    ("drone", "드론", r"drones?", r"드론", "hum"),
    ("ambience", "앰비언스", r"ambien(?:ce|t)|room tone|hum|drone", r"앰비언스|룸톤|험|웅웅", "hum"),
]
# Words that name a source only by its sound ("barking", "hums", "짖는"): a source of
# their own only where no other source is named in the same clause.
_WEAK = re.compile(r"(?:bark\w*|meow\w*|purr\w*|chirp\w*|tweet\w*|buzzing|howl\w*|hoot\w*|croak\w*|"
                   r"moo\w*|clapping|cheer\w*|murmur\w*|whisper\w*|talking|shout\w*|scream\w*|"
                   r"laugh\w*|walking|knock\w*|slam\w*|ticking|typing|boiling|honk\w*|rustl\w*|"
                   r"crackl\w*|drips?|dripping|hums?|drones?|beep\w*|shatter\w*|clink\w*|gallop\w*|"
                   r"chant\w*|whistl\w*|singing|짖는|지저귀|똑똑|윙윙|웅웅|타닥|째깍|똑딱|바스락|야옹|"
                   r"멍멍|개굴|음메|웅성|속삭\w*|노래)$")
_CLAUSE_BREAK = re.compile(r"[,;.!?]| and | while | then |그리고|하고|\S+고\s|\S+며\s|\S+면서\s")
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "a pair of": 2, "a couple of": 2, "twin": 2,
              "both": 2}
_KO_COUNTS = {"두": 2, "세": 3, "네": 4, "둘": 2, "셋": 3, "넷": 4, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Mention:
    """A source named in the text: its labels, its stand-in sound, where (lower-cased offsets)."""

    label_en: str
    label_ko: str
    sound: str
    start: int
    end: int


def _count_before(t: str, start: int, end: int) -> int:
    m = re.search(r"\b(two|three|four|a pair of|a couple of|twin|both)\s+(?:\w+\s+)?$",
                  t[max(0, start - 24):start])
    if m:
        return _EN_COUNTS[m.group(1)]
    m = re.match(r"\s*(?:이|가|도)?\s*(두|세|네|둘|셋|넷|2|3|4)\s*(?:마리|대|명|개|곳|군데|가지)", t[end:end + 12])
    if m:
        return _KO_COUNTS[m.group(1)]
    m = re.search(r"(?<![가-힣])(두|세|네)\s+$", t[max(0, start - 4):start])     # "두 사람이"
    return _KO_COUNTS[m.group(1)] if m else 1


def _shares_clause(t: str, k: tuple[int, int, int], kept) -> bool:
    """Whether another, non-weak mention lies in the same clause as ``k``."""
    for other in kept:
        if other is k or _WEAK.match(t[other[0]:other[1]]):
            continue
        lo, hi = min(k[1], other[1]), max(k[0], other[0])
        if not _CLAUSE_BREAK.search(t[lo:hi]):
            return True
    return False


# A name right after a preposition, or before a Korean place particle, names where
# something is ("at the back door", "스피커에서"), not a source of its own.
_LOCATION_BEFORE = re.compile(r"\b(?:at|in|from|by|near|on|behind|toward|towards|into|to|"
                              r"through|across|along|under|over|inside|outside|of|beside)\s+"
                              r"(?:the |a |an |my |our |their |his |her |its )?(?:\w+\s+)?$")
_LOCATION_AFTER = re.compile(r"[^\s,.]*?(?:에서|에|쪽|으로|로|안|속|위|밑|뒤|앞)(?=[\s,.]|$)")
# Words in which a source name is not a source: clock faces, radio dramas, 시계 방향.
_NOT_A_SOURCE = re.compile(r"o'?\s*clock|\d\s*시|(?:반)?시계\s*방향|시계방향|radio drama|"
                           r"라디오\s*드라마|(?:drama|드라마)\s")


def _lexicon_mentions(t: str) -> list[tuple[int, int, int]]:
    found = []
    for i, (_, _, en, ko, _) in enumerate(SOURCES):
        for pattern in (rf"\b(?:{en})(?:e?s)?\b", ko):
            found.extend((m.start(), m.end(), i) for m in re.finditer(pattern, t))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, int]] = []
    for s, e, i in found:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, i))
    kept = _merge_compounds(t, kept)
    blocked = [m.span() for m in _NOT_A_SOURCE.finditer(t)]
    kept = [k for k in kept if not any(b0 <= k[0] < b1 + 2 for b0, b1 in blocked)]
    kept = [k for k in kept if not _is_location(t, k) and not _is_verb(t, k)]
    return [k for k in kept if not (_WEAK.match(t[k[0]:k[1]]) and _shares_clause(t, k, kept))]


_ENSEMBLE = {"music"}


def _merge_compounds(t: str, kept):
    """One source for adjacent names ("car alarm", "차 문", "dog's water bowl"): the last;
    and no ensemble ("orchestra") where its members are named."""
    out = []
    for k in kept:
        if out and re.fullmatch(r"(?:'s)?\s?(?:\w+\s)?", t[out[-1][1]:k[0]]) and \
                not re.search(r"\band\b|\bor\b|와|과|하고", t[out[-1][1]:k[0]]):
            out[-1] = (out[-1][0], k[1], k[2])
            continue
        out.append(k)
    if sum(SOURCES[k[2]][4] == "tone-chord" for k in out) >= 2:
        out = [k for k in out if SOURCES[k[2]][0] not in _ENSEMBLE]
    return out


def _is_verb(t: str, k: tuple[int, int, int]) -> bool:
    """'... and thunders past': a source name used as the verb of a named source."""
    word = t[k[0]:k[1]]
    return bool(word.endswith("s") and re.search(r"\band\s+$", t[max(0, k[0] - 6):k[0]])
                and re.match(r"\s+(?:past|by|away|off|over|across|through|down|up|around|along|"
                             r"behind|in|out|on)\b", t[k[1]:]))


def _is_location(t: str, k: tuple[int, int, int]) -> bool:
    """Whether a name stands where a place does, with a source named in its clause."""
    before = t[max(0, k[0] - 30):k[0]]
    korean = bool(re.match(r"[가-힣]", t[k[0]:k[1]]))
    if korean:
        after = t[k[1]:k[1] + 6]
        return bool(re.match(r"(?:\s*(?:뒤|앞|옆|위|밑|안|쪽))?\s*(?:에서|에|으로|로)(?=[\s,.]|$)", after))
    return bool(_LOCATION_BEFORE.search(before)) and not re.search(r"\b(?:of|to)\s+\S*\s*$", before)


def find_mentions(text: str) -> list[Mention]:
    """Every source named in ``text``, in order; "two violins" yields two mentions.

    Sources come from :data:`SOURCES`; a clause that names none of them gives its
    subject (:mod:`t2sa_lib.language.subjects`) as a source of its own.
    """
    from .subjects import clause_subjects

    t = text.lower()
    kept = _lexicon_mentions(t)
    found = [(s, e, SOURCES[i][0], SOURCES[i][1], SOURCES[i][4]) for s, e, i in kept]
    for s, e, label in clause_subjects(text, [(k[0], k[1]) for k in kept]):
        found.append((s, e, label, label, "speech-like" if re.search(
            r"voice|talk|speak|say|announce|kid|child|man|woman|사람|목소리|말|음성|방송|꼬마|아이", label)
            else "noise-burst"))
    found.sort()
    out = []
    for s, e, en, ko, sound in found:
        out.extend(Mention(en, ko, sound, s, e) for _ in range(_count_before(t, s, e)))
    return out
