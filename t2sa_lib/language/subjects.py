"""The subject of a clause that names no known source: "the espresso machine hissing",
"Vendors shouting", "커플이 수다", "앵무새 오른쪽 60도".

A scene names many sounds that no word list holds. A clause whose words place
something ("behind the counter to my right") but name no known source is read
for its subject: in English the first noun phrase that no preposition governs
(determiners and leading place phrases skipped, stopping before the verb); in
Korean the phrase marked by 이/가/은/는, or the clause's first word when it is
not a place, a direction or a number. Headers ("Radio drama note:", "S#12.",
"INT. SPACESHIP CORRIDOR.") and clauses that only name the room ("Market
street, noon", "지하 주차장.") give no source.
"""
from __future__ import annotations

import re

from .normalize import KO_PARTICLE, ORDINALS_EN, is_korean
from .statements import inside

#: Verbs that open an edit of a scene ("move the dog left", "add a gull").
_EDIT_VERBS = (r"take|move|keep|leave|push|pull|bring|drop|nudge|raise|lower|pan|swap|put|shift|slide|"
               r"drag|make|add|set|send|boost|duck|fade")
_BREAK = re.compile(r"\s\d{1,2}\)(?=\s)|[\u2460-\u2473\u2776-\u2793]|\s\+\s|[,;!?:/()\[\]|]|(?<!\d)\.|\.(?!\d)|\s[-–—]\s|—|\band\b|\bthen\b|\bwhile\b|"
                    rf"\bbut\b(?=\s+(?:also\s+|just\s+)?(?:{_EDIT_VERBS})\b)|그리고|"
                    r"(?<=[가-힣])(?:고|고요|며|면서|다가|는데|랑|이랑|하고)(?=\s)")
_HEADER = re.compile(r"^\s*(?:ad\b|q\s*\d+|ep\s*\d+|episode|stop\s*\d+|track\s*\d+|exhibit|birdwatch|int\.|ext\.|s#\s*\d+|radio|game|vr|sfx|amb|note|memo|brief|cue|scene|"
                     r"spotting|reel|take \d|interview|sc \d|level|stage \d|podcast|checklist|to-?do|cutscene|cinematic|sound design|"
                     r"foley|trailer|mix note|production note|storyboard|context|background|setup|set-up|stand ?by|places\b|"
                     r"라디오|게임|기획|지문|(?:음성\s*|보이스\s*)?메모|효과음|씬|장면|레벨|스테이지|챕터|퀘스트|스포팅|릴\s*\d|현장\s*녹음|"
                     r"세팅|[가-힣]{2,4}\s*(?:님|씨)(?=[\s,]))", re.I)
#: Words of people talking with each other: two people doing it are one source
#: ("Ana and Luis chatting", "할머니랑 할아버지가 얘기 나누는").
TALK_TOGETHER = re.compile(r"\b(?:chat\w*|gossip\w*|murmur\w*|convers\w*|together|talk(?:s|ing)?)\b|"
                           r"얘기|이야기|대화|수다|두런두런|도란도란|떠들|말다툼|티격태격")
# A clause about sources already named ("both close", "둘 다 가까이") names no new one.
#: Words that put what a clause says on every member of a group ("both", "둘 다").
#: "behind both of them" places one thing by the others; it shares nothing.
_AFTER_PLACE = r"(?<!behind )(?<!between )(?<!beside )(?<!around )(?<!near )(?<!above )(?<!below )"
GROUP_WORDS = (rf"{_AFTER_PLACE}\bboth\b|{_AFTER_PLACE}\ball (?:of them|three|four|two)\b|\beach of them\b|"
               r"둘\s*다|셋\s*다|넷\s*다|모두|전부|다들")
_SHARED = re.compile(GROUP_WORDS, re.I)
#: Verbs that open an instruction to the listener: "Sit facing the window", "Imagine ...".
IMPERATIVE = re.compile(r"sit|stand|imagine|picture|face|turn|listen|look|lie|close|keep|let|pretend|"
                        r"swing|pan|spin|sweep|rotate|bring|push|pull|drag|shift|slide")
# A clause about one member of a group named before ("라디오 두 대. ..., 다른 하나는 옆에서
# 뉴스가 나와요"): what it names is what that member plays, not a source of its own.
_MEMBER = re.compile(r"\s*(?:and\s+)?(?:the other(?: one)?\b|another one\b|(?:다른\s*|나머지\s*)?하나는|"
                     r"(?:다른\s*|나머지\s*)?한\s*(?:마리|명|놈|대|개)[은는])")
_PLACE = re.compile(r"\b(?:windows? (?:up|down|open|closed|shut)|garage|street|forest|gym|kitchen|library|corridor|platform|campsite|gallery|museum|exhibit(?:ion)? room|"
                    r"tavern|inn|apiary|orchard|vineyard|"
                    r"caf[eé]|market|swamp|jungle|park|church|hall|room|station|beach|field|cave|"
                    r"car park|house|office|studio|bathroom|tunnel|alley|harbou?r|stadium|noon|"
                    r"night|morning|evening|dentist'?s? chair|chair|interior|exterior|site|yard|"
                    r"city|town|village|deck|lobby|ward|cabin|spaceship|dash|dashboard|slope|hillside|"
                    r"ridge|pier|jetty|quay|shore|riverbank|ground|pond|lake|meadow|grass)\b|주차장|골목|숲|체육관|"
                    r"부엌|도서관|복도|승강장|캠핑장|카페|시장|늪|정글|공원|교회|홀|방|역|해변|들판|"
                    r"동굴|경기장|공사장|우주선|한낮|밤|아침|저녁|거리|사무실|스튜디오|욕실|터널|항구|"
                    r"마당|마을|로비|병실|실내|실외|장면|안$|바닷가|해변가|정상|거실|주방|숲\s*속|"
                    r"승강장|교실|식당|공항|탑승구|베란다|운동장|관중석|공연장|콘서트장|객석|좌석|발코니|극장|결혼식장|"
                    r"화장실|독서실|원룸|노래방|책상|테이블|식탁|선반|소파|침대|칠판|화이트보드|새벽|자정|한밤중|오전|오후|"
                    r"편의점|엘베|엘리베이터|마트|매장|상점|회의실|강의실|전시실|전시관|전시장|갤러리|박물관|미술관|"
                    r"길가|정류장|플랫폼|수심|수중|물속|바닷속")
# "높이 2m", "0.5초 딜레이 후": words for an attribute or a setting name no source.
_ATTRIBUTE_WORD = re.compile(r"^(?:높이|거리|폭|너비|볼륨|음량|리버브|잔향|딜레이|게인|레벨|초\s*딜레)|"
                             r"^(?:height|distance|width|volume|reverb|delay|gain|level)$")
# "We're in a huge empty parking garage": the clause sets the scene, it names no source.
_SETTING = re.compile(r"\s*(?:we're|we are|i'm|i am|you're|you are|this is)\s+(?:in|inside|at)\b|\s*inside (?:a|an|the|my|our)\b|"
                      # "..., and out to the A-frame on the far right": where a way ends
                      r"\s*(?:and\s+)?(?:then\s+)?(?:right\s+|all the way\s+|straight\s+)?(?:out\s+|back\s+|up\s+|over\s+|on\s+)?"
                      r"(?:to|into|towards?)\s+(?:the|a|my)\b")
# Words that are no noun of their own: places, degrees, pronouns, determiners, verbs of placing.
FUNCTION_WORD = re.compile(r"^(?:left|right|front|back|behind|ahead|above|below|overhead|upstairs|little|bit|"
                      r"touch|tad|hair|"
                      r"downstairs|somewhere|far|close|near|near me|next|all|both|each|every|"
                      r"straight|within|beyond|beneath|past|onto|upon|him|add|scratch|shift|hear|heard|everything|neither|either|nobody|nothing|everyone|everybody|it|they|them|he|she|this|that|these|those|there|here|one|other|another|same|"
                      rf"{ORDINALS_EN}|"
                      r"someone|something|i|me|my|we|you|then|also|just|still|now|soon|later|"
                      r"slowly|quickly|very|really|quite|loud|loudly|quiet|quietly|soft|softly|"
                      r"wide|narrow|dry|wet|low|high|in|on|at|from|to|of|with|for|by|over|under|"
                      r"inside|outside|around|through|across|along|between|near|toward|towards|"
                      r"the|a|an|some|no|not|so|but|as|when|where|its|his|her|their|our|your|"
                      r"own|up|down|off|out|away|round|is|are|was|were|be|being|been|has|have|"
                      r"had|do|does|did|can|could|should|would|will|may|might|must|let|make|"
                      r"put|keep|place|sound|sounds|noise|please|pls|since|because|if|although|though|until|"
                      r"after|before|once|we're|we|us|they're|it's|there's|i'm|you're|"
                      r"much|many|lots?|plenty|less|more|none|any|half|whole|"
                      r"seconds?|secs?|minutes?|mins?|moments?|while|beats?|bars?|top|bottom|"
                      r"face|feet|foot|head|ears?|shoulders?|hands?|neck|knees?|chest|nose|eyes?|legs?|ankles?|toes?|lap|elbows?|"
                      r"reverb|verb|echo|slapback|tail|reflections?|ambience|tone|sounding|"
                      r"dead|cozy|bright|ringy|tight|metallic|dark|warm|cold|"
                      r"player|listener|viewer|visitors?|camera|user|north|south|east|west|north-?east|north-?west|"
                      r"south-?east|south-?west|few|several|steps|paces|meters|"
                      r"metres|feet|yards|miles|inches|meter|metre|foot|yard|mile|inch|cm|step|pace|"
                      r"kinda|kind|sort|maybe|which|who|whose|heavy|light|big|small|tiny|faint|"
                      r"goes|does|went|gets|got|keeps|starts|stops|comes|came|"
                      r"window|door|wall|corner|counter|desk|table|bed|floor|ceiling|roof|stove|seats?|"
                      r"hallway|aisle|bedside|rest|further|farther|closer|louder|quieter|softer)$")
_EN_DET = re.compile(r"(?<![\w'])(?:a|an|the|some|two|three|four|several|someone'?s|my own|my|"
                     r"his|her|their|a few|many)\s+")
_EN_VERBISH = re.compile(r"^(?:\w+ing|\w+ed|is|are|was|were|plays?|calls?|hums?|rings?|sings?|"
                         r"says?|goes|comes|runs|moves|flies|cries|whines|hisses|squeaks|"
                         r"creaks|drips|barks|rumbles|whirs|buzz(?:es)?|clicks|turns|pads|"
                         r"slips|trots|echo(?:es)?|answers|swings|crosses|passes|bounces|"
                         r"gurgles|whistles|chirps|drones|bangs|slams|shouts|laughs|coughs|"
                         r"flaps|thuds|squeals|roars|pulls|stops|starts|lands|falls|rolls|"
                         r"claps|knocks|taps|snaps|stomps|talks|speaks|yells|screams|giggles|snores)$")
# "Ana claps twice", "Joe wanders off": a third-person verb followed by a place or manner.
_EN_VERB_THEN = re.compile(r"(?!(?:met(?:er|re)s|feet|yards|steps|paces|miles|inches|seconds|minutes|"
                           r"hours|times|degrees)\b)[a-z]+s\s+(?:in|on|at|from|to|behind|past|by|over|around|across|along|"
                           r"through|off|away|up|down|once|twice|slowly|softly|loudly)\b")
_KO_SUBJECT = re.compile(r"((?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z]+?)(?:이|가|은|는|도)(?=\s|$)")
_KO_NOT_SUBJECT = re.compile(r"^(?:(?:제가|내가|저는|나는|저희가|우리가)\s.*|(?:너무|아주|엄청|정말|진짜|꽤|좀|조금|살짝|약간|많이|가까|멀리|계속|"
                             r"천천히|빨리)\S*|(?:지금|이번|이제|처음|나중|다음)(?:에|엔|에는|은|는)?|왼쪽|오른쪽|앞|뒤|위|아래|앞쪽|뒤쪽|위쪽|아래쪽|정면|옆|거리|"
                             r"전부|전체(?:적으로)?|모두|같이?|함께|다른\s*(?:하나|한\s*\S+|것|쪽|놈|녀석|애)|또\s*다른\s*\S+|또\s*(?:하나|한\s*\S+)|(?:첫|두|세|네|다섯|마지막|\d+)\s*번째|모든(?:\s*\S+)?|(?:두|세|네|다섯|여러)\s*(?:가지|종류)|둘|셋|넷|하나|그|이|저|그것|그게|이건|그건|내|나|우리|누군가|여기|거기|저기|"
                             r"(?:\S+\s)?(?:걔|얘|쟤|그녀|그놈|그분)|\S+\s쪽|아니|소리|느낌|분위기|기분|뉘앙스|질감|위치|방향|폭|잔향|리버브|볼륨|게인|크기|높이|울림|나머지|추가\S*|교체\S*|변경\S*|그동안|(?:\S+\s)?\S*추|상수|하수|나다\S*|"
                             r"(?:\S+\s)?중\s*하나|(?:\S+\s)?(?:수정\s*)?요청|"
                             r"그\s*\S+|[0-9].*|하나|한\s*\S+|다|둘\s*다|셋\s*다|넷\s*다|"
                             r"유저|플레이어|청자|청취자|관객|사용자|리스너|카메라|아무것|아무것도|아무도|아무|"
                             r".*\s(?:울림|잔향|리버브|에코|느낌|말고)|아무\s*\S*|"
                             # a doubled sound word that a verb follows ("또각또각 걸어가") is how a
                             # thing sounds, not the thing ("땡땡땡 소리" is)
                             r"([가-힣]{1,3})\1\S*(?:\s(?!.*소리).*)?|(?:\S+\s)?\S*(?:듯|게))$")
# Stems that make adverbs and predicates with 이/은/는/도: "많이", "같은", "정도", "가는".
_KO_PREDICATE = re.compile(r"(?:^|\s)(?:많|같|높|없|깊|길|넓|작|크|정|가|오|치|닿|있|되|하|나|보|들|뭔|무언|"
                           r"지나|다가|날아|걸어|뛰어|굴러|기어|옮겨|달려|흘러|내려|올라|들어|빠져|멀어|넘어|"
                           r"돌아|따라|몰려|떠나|건너|퍼져|사라져|가까워|커져|작아져)$")
# Words that end in a place particle name where, not what ("테이블에선 커플" -> "커플"); a
# connective, a correction or a verb ending its clause before the subject is not part of it
# ("그러다 지수가", "한 곡 끝나면 그가").
_KO_LOCATIVE = re.compile(r"^(?:\S*(?:에선|에서는|에서|에는|엔|에|쪽|너머로|으로|로)|그러다가?|그러더니|그다음|"
                          r"이어서|그때|그리고|근데|아니|아\s*아니|\S*(?:나면|하면|으면|니까|으니|는데|다가|있다))\s+")
_KO_PARTICLE = re.compile(KO_PARTICLE + "$")


_SHORT_ASIDE = re.compile(r"\((?=[^()]*[A-Za-z가-힣])[^()\n,.;:]{1,8}\)")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each clause of ``text``: split at punctuation, "and", "then",
    "while" and Korean connective endings; clauses without two letters or a digit are dropped.
    A short aside in brackets ("계단 쪽(좌측)에서", "두두둑 (위에서)") stays in its clause."""
    spans, start = [], 0
    asides = [m.span() for m in _SHORT_ASIDE.finditer(text)]
    for m in _BREAK.finditer(text):
        if any(a <= m.start() < b for a, b in asides):
            continue
        spans.append((start, m.start() if not re.match(r"[가-힣]", m.group(0)) else m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s and re.search(r"[A-Za-z가-힣]{2,}|\d", text[s:e])]


_WHOSE = re.compile(r"[A-Z][a-z]+['’]s")
_HOW_MANY = re.compile(r"two|three|four|five|six|several")
_UNITS = re.compile(r"levels|floors|stor(?:ey|ie)s|rows|bunks|blocks|doors|houses|seats|streets|rooms|tables|desks|times")


def _en_subject(clause: str) -> tuple[int, int] | None:
    """Offsets of an English clause's subject noun phrase (without determiner), or None."""
    anon = re.match(r"\s*(?:and\s+|then\s+)*(?:something|someone|somebody)(?:['’]s(?=\s+[a-z]+ing\b))?\s+"
                    r"(?:(?:(?:is|was|keeps|starts)\s+)?"
                    r"(?!(?:interesting|amazing|annoying|relaxing|soothing|terrifying|disturbing|exciting|boring|"
                    r"calming|unsettling|haunting)\b)([a-z]+ing(?:\s+(?!(?:at|on|in|to|from|by|behind|near|over|"
                    r"under|the|a|toward|towards|past|around|across|into|through|along|up|down|off|away)\b)[a-z]+)?)|"
                    r"(?!(?:is|was|has|does)\b)([a-z]+(?:es|s)))\b", clause, re.I)
    if anon:                # "something squeaks", "someone is peeling potatoes": name it by its sound
        group = 1 if anon.group(1) else 2
        return anon.start(group), anon.end(group)
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", clause))
    i = 0
    while i < len(words) and FUNCTION_WORD.match(words[i].group(0).lower()):
        # A leading place phrase ("on my left", "in the empty gym") ends at its noun.
        if words[i].group(0).lower() in ("in", "on", "at", "from", "inside", "behind", "near", "up", "down",
                                         "by", "under", "over", "across", "through", "outside",
                                         "beyond", "past", "above", "below", "beneath", "around",
                                         "along", "beside", "toward", "towards", "into", "onto",
                                         "after", "before", "during", "until"):
            j = i + 1
            while j < len(words) and FUNCTION_WORD.match(words[j].group(0).lower()):
                j += 1
            i = j + 1 if j < len(words) and not _EN_DET.match(clause[words[i].end():]) else j + 1
            continue
        i += 1
    if i >= len(words):
        return None
    # "Mina's vows straight ahead", "two bathers chat quietly": whose or how many, then a noun
    second = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
    first = words[i].group(0)
    det_like = (_WHOSE.fullmatch(first) is not None or _HOW_MANY.fullmatch(first.lower()) is not None) \
        and second != "" and not FUNCTION_WORD.match(second) and not _EN_VERBISH.match(second) \
        and not second.endswith("ly") and not _UNITS.fullmatch(second)          # "two levels down": how far
    has_det = det_like or bool(re.search(r"(?:^|\s)(?:a|an|the|some|two|three|four|several|someone'?s|my|his|"
                             r"her|their|a few|many)\s+$", clause[:words[i].start()]))
    head = [words[i]]
    for w in words[i + 1:i + 3]:
        lw = w.group(0).lower()
        if _EN_VERBISH.match(lw) or FUNCTION_WORD.match(lw) or lw == "way":    # "the keyboardist way over"
            break
        head.append(w)
    if _EN_VERBISH.match(head[0].group(0).lower()) and not head[0].group(0).lower().endswith("s"):
        return None
    nxt = clause[head[-1].end():].split()
    if nxt and (re.match(r"(?:echo|reverb|ambience|tail)\b", nxt[0].lower()) or nxt[0].lower() == "way"
                and re.fullmatch(r"long|good|little|short|fair", head[-1].group(0).lower())):
        return None                              # "long stone echo": the room; "a long long way away"
    verb_after = bool(nxt) and bool(_EN_VERBISH.match(re.sub(r"[^a-z'-]", "", nxt[0].lower()))
                                    or _EN_VERB_THEN.match(" ".join(nxt[:2]).lower()))
    if not (has_det or verb_after):
        return None
    return head[0].start(), head[-1].end()


_DOING_SOUND = re.compile(r"((?:[가-힣]+\s+){0,2}[가-힣]+(?:는|던))\s*소리")
_PLACE_LEAD = re.compile(r"(?:\S*(?:에서|에선|엔|에|으로|로|쪽|리서|이서)(?:는|도|만)?\s+|(?:대신|그리고|또|계속|앞|뒤|옆|"
                         r"위|아래|밑|왼쪽|오른쪽|정면|근처)\s+)+")
_NAMED_SOUND = re.compile(r"(?:^|\s)((?![가-힣]*(?:에서|에|으로|로|쪽|는|던|고|며)\s)[가-힣A-Za-z]{2,}"
                          r"(?:\s+[가-힣]{1,3})?)\s+소리\s*$")
_KO_ADVERB = re.compile(r"^(?:너무|아주|엄청|정말|진짜|꽤|좀|조금|살짝|약간|많이|가까|멀리|계속|천천히|빨리)")


def _ko_subject(clause: str) -> tuple[int, int] | None:
    m = _DOING_SOUND.search(clause)      # "... 기어가는 소리"
    if m:
        # "옆에 우산 탈탈 터는 소리": the words before the sound, not the place before them
        lead = _PLACE_LEAD.match(m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)
        if not _KO_ADVERB.match(clause[start:]):
            return start, m.end(0)
    # "위에서 케이블 윙 소리": a name, the sound's own word, then 소리
    m = _NAMED_SOUND.search(clause)
    if m and not _KO_NOT_SUBJECT.match(m.group(1)) and not _KO_ADVERB.match(m.group(1)):
        return m.start(1), m.end(0)
    m = re.search(r"([가-힣A-Za-z]+?)(?:이랑|랑|하고)\s*$", clause)      # "주전자랑": a coordinated noun
    if m and not _KO_NOT_SUBJECT.match(m.group(1)):
        return m.start(1), m.end(1)
    for m in _KO_SUBJECT.finditer(clause):
        word = m.group(1).strip()
        lead = _KO_LOCATIVE.match(word)
        start = m.start(1) + (lead.end() if lead else 0)
        word = word[lead.end():] if lead else word
        if not _KO_NOT_SUBJECT.match(word) and not _KO_ADVERB.match(word) and \
                not _KO_PREDICATE.search(word) and \
                not re.match(r"\s*(?:느낌|것|거|듯|중|때|편|아니|말고)", clause[m.end():]) and \
                not re.search(r"(?:에서|에게|한테|까지|부터)$", word):
            return start, m.end(1)
    # A spec line ("앵무새 오른쪽 60도"): a first word followed by a place or a number.
    first = re.match(r"\s*([가-힣A-Za-z]+)\s+(?:(?:왼쪽|오른쪽|앞|뒤|위|아래|정면)(?!쪽?\s*(?:에서|에|으로))|[-+~]?\d)",
                     clause)
    if first and (re.fullmatch(r"\s*\S+\s+(?:앞|뒤|옆|위|밑|아래|안|속)\s*", clause)
                  or re.search(r"(?:예요|이에요|입니다|이야|임)\W*$", clause)):
        first = None      # "캠프파이어 앞.", "나무 위,", "아파트 7층 복도예요.": a place, not a name
    if first and not _KO_NOT_SUBJECT.match(_KO_PARTICLE.sub("", first.group(1))) and \
            not re.search(r"(?:에서|에|으로|로|쪽|게|히|리)$", first.group(1)):
        return first.start(1), first.end(1)
    return None


_SOUND_OF_DOING = re.compile(r"\S\s+\S+[는던]\s*소리$")


def _says_where(words: str) -> bool:
    """Whether ``words`` state a place or a motion (then they are not a source's name);
    "치마 스치는 소리" names a sound by how it moves."""
    from .reading import read

    said = read(words)
    return bool(set(said.statements) & {"az_deg", "el_deg", "dist_m"}
                or said.motion and not _SOUND_OF_DOING.search(words))


def _spec_name(text: str, s: int, e: int, names_a_source) -> tuple[int, int, str] | None:
    """"- 보스 포효: 정면, 매우 큼": a short name before a colon whose next clause places it."""
    m = re.match(r"\s*(?:[-*•]|\d+[.)]|\([a-z0-9]\))?\s*(.+?)\s*$", text[s:e])
    if m is None or text[e:e + 1] != ":" or not 1 <= len(m.group(1).split()) <= 4 or re.match(r"[#\d]", m.group(1)) \
            or not re.search(r"[A-Za-z가-힣]{2}", m.group(1)):
        return None
    from .reading import read

    nxt = re.match(r":([^,;\n]*)", text[e:]).group(1)
    # "Campsite: the fire ...", "경기장: 관중 ...": a place before the sources, not a name.
    if _HEADER.match(m.group(1)) or _PLACE.search(m.group(1).lower()) \
            or re.search(r"(?:요청|수정|문의|피드백|노트|메모|request|feedback|notes?|fix(?:es)?|fight|battle|"
                         r"phase|sequence|encounter|intro|outro|opening|scene|check|pov|씬|장면|전투|보스전|인트로|아웃트로|오프닝|엔딩|진입\s*시|등장\s*시|시작\s*시)$", m.group(1).lower()) \
            or names_a_source(nxt.lower()) or not read(nxt).statements:
        return None
    start, end = s + m.start(1), s + m.end(1)
    # "Two monitors:", "스피커 두 개:": the count stays outside the name, where it is counted.
    lead = re.match(r"(?:two|three|four|a pair of|a couple of|both)\s+(?=\S)", text[start:end], re.I)
    trail = re.search(r"(?<=\S)\s*(?:(?:두|세|네|[2-4])\s*(?:개|대|마리|명|곳)|둘|셋|넷)$",
                      text[start:end])
    start, end = start + (lead.end() if lead else 0), end - (len(trail.group(0)) if trail else 0)
    return start, end, text[start:end]


#: A clause that only names a place: up to three describing words before a :data:`_PLACE` word.
_PLACE_PHRASE = re.compile(r"(?:(?:a|an|the|some)\s+)?(?:(?!(?:in|at|on|from|near|by|to|of)\b)[a-z'-]+\s+){0,3}"
                           r"([a-z'-]+)")
_ADDED_KO = re.compile(r"소리\s*(?:도\s*)?(?:하나\s*|좀\s*)?(?:넣|추가|깔)|"
                       r"[가-힣]\s*(?:(?:한|두)\s*(?:마리|명|개|대)\s*)?(?:\S+\s+){0,3}추가|"
                       r"소리로\s*(?:바꿔|바꾸|교체|변경)|[은는]\s*(?:지금\s*)?(?:자리\s*)?그대로")
#: An edit of a scene: "Take the foghorn further out", "Keep the heckler where he is";
#: the verb's object is a source, whatever its name.
_EDIT_ASK = re.compile(r"\s*(?:(?:ok(?:ay)?|so|now|and|then|also|just|please|pls)\s+)*"
                       rf"({_EDIT_VERBS})\s+"
                       r"(?=(?:the|a|an|some|that|our|his|her)\s)"
                       # "Keep the scene as is", "bring the reverb down": no source's name
                       r"(?!(?:the|a|an|some|that|our|his|her)\s+(?:whole\s+)?(?:scene|mix|rest|"
                       r"everything|room|reverb|levels?|volume|balance|track|audio|ambien\w*|"
                       r"sound(?:scape)?s?|layout|thing|panning)\b)", re.I)
#: Head nouns that name a part of the work, not a source ("the cave level").
_NOT_A_SOURCE_HEAD = {"level", "stage", "map", "area", "zone", "section", "scene", "setting",
                      "version", "mix", "track", "cue", "shot", "take", "bit", "part"}
#: Words that keep an edited source as it is ("leave the clock alone").
_KEPT_AS_IS = re.compile(r"\b(?:where (?:it|he|she|they) (?:is|are|was|were)|as (?:it|he|she|they) "
                         r"(?:is|are)|alone|as is|in place|unchanged|untouched)\b", re.I)
_OWNER = re.compile(r"([A-Z][a-z]+)['’]s\s")
#: "법고와 목어 소리는 둘 다 ...": two things joined, then said of both.
_BOTH_KO = re.compile(r"(?<![가-힣])([가-힣]{2,}?)(?:와|과|랑|이랑|하고)\s+([가-힣]{2,}?)(?:\s*소리)?(?:는|은|가|이|도)?"
                      r"\s*,?\s+둘\s*다\s")


def clause_subjects(text: str, taken: list[tuple[int, int]], names_a_source) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the subject of each clause with no source in ``taken``.

    ``names_a_source(text)`` says whether lower-cased ``text`` names a known source
    (passed in, so that this module does not import the lexicon that imports it).
    """
    from .reading import denied_spans, read

    pairs = list(_BOTH_KO.finditer(text))
    out = [(m.start(g), m.end(g), m.group(g)) for m in pairs
           if not any(m.start() <= a < m.end() for a, _ in taken) for g in (1, 2)]
    taken = taken + [m.span() for m in pairs]
    for s, e in clause_spans(text):
        clause = text[s:e]
        if any(s <= a < e for a, _ in taken) or _HEADER.match(clause) or _SHARED.search(clause) \
                or _MEMBER.match(clause) or _SETTING.match(clause.lower()):
            continue
        said = read(clause)
        ask = None if is_korean(clause) else _EDIT_ASK.match(clause)
        if ask:                   # the verb is no name: read the clause from its object
            clause = " " * ask.end() + clause[ask.end():]
        # "우산 터는 소리 하나 넣고", "add a gull", "Keep the heckler where he is": a sound
        # asked for or kept is a source wherever it goes
        added = _ADDED_KO.search(clause) or ask and (
            ask.group(1).lower() == "add" or _KEPT_AS_IS.search(clause))
        if not (said.statements or said.motion or added):
            spec = _spec_name(text, s, e, names_a_source)
            if spec is not None:
                out.append(spec)
            continue
        only = _PLACE_PHRASE.fullmatch(clause.strip(" .!").lower())
        if only and _PLACE.fullmatch(only.group(1)):
            continue              # "empty parking garage.": where, not what
        found = _ko_subject(clause) if is_korean(clause) else _en_subject(clause)
        if found is None:
            continue
        label = clause[found[0]:found[1]].strip()
        whose = _OWNER.match(label)
        if whose and whose.group(1) in text[:s + found[0]]:
            continue              # "we call him Tiny ... Tiny's barbell": a part of one named before
        far = said.statements.get("dist_m")
        if far is not None and far.span[0] <= found[0] < far.span[1]:
            continue              # "a few tables away": how far, not what
        if inside(found, denied_spans(clause.lower())):
            continue              # "에어컨 소리는 빼고": a source left out
        if re.search(r"(?:(?<![가-힣])그|\bthat|\bthis|\bthe same)\s+$", clause[:found[0]].lower()) \
                or label.endswith("'s") or re.match(r"\s+ones?\b", clause[found[1]:]):
            continue              # "그 코치 목소리", "the old one": named before; "my brother's": whose
        if re.search(r"\b(?:its|his|her|their)\s+$", clause[:found[0]].lower()):
            continue                                  # "then its door slams": part of a source
        if re.search(rf"\b(?:call|calls|called|named|nicknamed) (?:him|her|it|them) {re.escape(label)}\b", text) \
                or IMPERATIVE.fullmatch(label.lower()):
            continue              # "the dog, call him Biscuit, ...": its bearer; "Sit facing the window"
        # The clause's first words, an English name left out ("the harbour master" is no place,
        # "Summer evening on a balcony" is a time)
        rest = clause if is_korean(label) else clause[:found[0]] + clause[found[1]:]
        opening = " ".join(rest.lower().split()[:2])
        # With the particle it ended at: "복도" is a corridor, not "복" + "도". An English
        # name is a place by its head noun: "the harbour master" is a person.
        whole = clause[found[0]:found[1] + 1].lower() if is_korean(label) else label.lower().split()[-1]
        if whole in _NOT_A_SOURCE_HEAD:
            continue              # "the cave level", "the whole mix": a part of the work
        # "타일 깔린 좁은 화장실": words that describe a place before its name.
        place = re.match(r"[은는]\s*(\S+)\s*[.]?\s*$", clause[found[1]:])
        describes_place = place is not None and _PLACE.fullmatch(place.group(1).rstrip(".")) \
            or re.fullmatch(r"(?:횡단)?보도", whole)
        if is_korean(label) and _PLACE.search(label.lower()) or _PLACE.search(whole) \
                or describes_place or (_PLACE.search(opening) and not re.search(
                r"(?:에서|에선|에서는|에)(?:\s|$)", opening)) \
                or len(label) < 2 or _says_where(label) or _EN_WHERE.search(label.lower()) \
                or re.search(r"\d|\bdb\b|ly$", label.lower()) or _ATTRIBUTE_WORD.search(label.lower()) \
                or re.match(r"\s+of\b", clause[found[1]:]) \
                or re.search(r"\b(?:left|right|front|back|behind|side|rear) of (?:the |a |my )?$", clause[:found[0]].lower()) \
                or re.match(r"(?:long|short|little|good|fair)\s+way\b", clause[found[0]:].lower()):
            continue
        out.append((s + found[0], s + found[1], label.lower() if label.isascii() else label))
    return out


_EN_AND = re.compile(r"\s*,?\s*(?:and|&|\+|plus)\s+(?:(?:a|an|the|some|his|her|their|my)\s+)?")
_EN_AND_BEFORE = re.compile(r"\s+(?:and|&|\+)\s+(?:(?:a|an|the|some)\s+)?$")
# Nouns that name where, not what ("at the far end and the jukebox", "in the basement and").
_EN_WHERE = re.compile(r"\b(?:end|side|middle|cent(?:er|re)|basement|attic|porch|garden|balcony|"
                       r"o'clock|edge|top|bottom|way)\b")
_KO_AND = re.compile(r"(?:이랑|랑|과|와)\s+|\s*(?:\+|및)\s*")
_KO_WORD = re.compile(r"([가-힣]{2,}|[A-Za-z]{2,})(?:이랑|랑|하고|과|와|이|가|은|는|도|을|를|의)?(?=[\s,.+!?]|$)")
_PLACE_AFTER_KO = re.compile(r"\s*(?:위|아래|밑|옆|뒤|앞|쪽|근처|안|속)(?![가-힣])")
_KO_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,}?)(?:(?:이랑|랑|과|와)\s+|\s*(?:\+|및)\s*)$")


def _en_noun(words: list) -> tuple[int, int] | None:
    """Offsets of 1-2 adjacent words that can be a noun phrase's head, or None."""
    head = []
    for w in words:
        lw = w.group(0).lower()
        if FUNCTION_WORD.match(lw) or _EN_VERBISH.match(lw) or head and w.start() != head[-1].end() + 1:
            break
        head.append(w)
    words = " ".join(w.group(0).lower() for w in head)
    if not head or _PLACE.search(words) or _EN_WHERE.search(words):
        return None
    return head[0].start(), head[-1].end()


def _ko_noun(word: str) -> bool:
    return not (_KO_NOT_SUBJECT.match(word) or _PLACE.search(word)
                or re.search(r"(?:다|요|고|서|게|며|지|니|자)$", word))


def _joined(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name joined by "and" / "이랑" / "+" right after ``end`` or right before ``start``."""
    if is_korean(text[max(0, end - 2):end]):
        m = _KO_AND.match(text, end)
        word = _KO_WORD.match(text, m.end()) if m and m.end() > end else None
        # "개울물 졸졸이랑 머리 위 나뭇잎": a word before a place word is where the next one is
        if word is not None and _ko_noun(word.group(1)) and not _PLACE_AFTER_KO.match(text, word.end()):
            return word.span(1)
        word = _KO_WORD_BEFORE.search(text[max(0, start - 16):start])
        if word is not None and _ko_noun(word.group(1)):
            return max(0, start - 16) + word.start(1), max(0, start - 16) + word.end(1)
        return None
    m = _EN_AND.match(text, end)
    if m:
        span = _en_noun(list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text[m.end():m.end() + 30]))[:2])
        if span:
            return m.end() + span[0], m.end() + span[1]
    m = _EN_AND_BEFORE.search(text[max(0, start - 40):start])
    if m:
        base = max(0, start - 40)
        words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text[base:base + m.start()]))[-2:]
        while words and (FUNCTION_WORD.match(words[0].group(0).lower())
                         or len(words) > 1 and words[0].end() + 1 != words[1].start()):
            words = words[1:]
        span = _en_noun(words)
        # "the oboes and the clarinets"; not "dead center and footsteps", "my sister asleep and"
        det = re.search(r"(?:^|\s)(?:the|a|an|some|two|three|his|her|their)\s+$",
                        text[max(0, base + span[0] - 7):base + span[0]]) if span else None
        # "talks from the shelf and the dog barks": a place, not a name joined to the next
        placed = det and re.search(r"\b(?:from|on|in|at|under|by|near|behind|above|over|beside|to|into|onto|"
                                   r"off|across|through|of|below|beneath|beyond|around|past|outside|inside|along|"
                                   r"against|up|down)\s+$", text[max(0, base + span[0] - 16):base + span[0] - len(
                                       det.group(0).lstrip())])
        if span and span[1] == m.start() and det and not placed:
            return base + span[0], base + span[1]
    return None


def coordinated(text: str, things: list[tuple[int, int]], taken: list[tuple[int, int]],
                names_a_source) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of a name joined to one of ``things`` (named sources) by
    "and" / "이랑" / "+", overlapping none of ``taken``:
    "a tambourine and a clap track", "the oboes and the clarinets", "탬버린이랑 마라카스".
    Only nouns count: not a place, a body part, a direction, a pronoun or a verb ("a dog
    and its owner", "the radio and the window on my left" name one source)."""
    out = []
    for start, end in sorted(things):
        span = _joined(text, start, end)
        # A capitalised name is a person's ("Ana and Luis chatting"), read by :mod:`.names`.
        if span is None or any(a < span[1] and span[0] < b for a, b in taken + [o[:2] for o in out]) \
                or names_a_source(text[span[0]:span[1]].lower()) or text[span[0]].isupper():
            continue
        # "오토바이 배기음이랑", "아랫집 피아노": a word against a named source is part of its name.
        if any(re.fullmatch(r"\s+", text[b:span[0]]) or re.fullmatch(r"\s+", text[span[1]:a])
               for a, b in taken):
            continue
        label = text[span[0]:span[1]]
        out.append((*span, label.lower() if label.isascii() else label))
    return sorted(out)
