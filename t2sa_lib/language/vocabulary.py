"""The words of each attribute, English and Korean, and the regions they denote.

A *level* is a named region of one attribute with its typical value,
``(value, lo, hi)`` in the attribute's unit. Each word pattern names the level it
denotes; a degree word in front ("slightly", "very", "살짝", "아주") shifts it to
the weaker or stronger level of the same direction (:data:`DEGREE_SHIFT`).

The regions are what the words mean, written down once; the benchmark's labelling
guide uses the same ones. World knowledge (places, positions and sources whose
reverb, height, distance or loudness is known) is part of the vocabulary.
English patterns are matched on word boundaries in lower-cased text.
"""
from __future__ import annotations

#: attribute -> level -> (typical value, lo, hi)
LEVELS: dict[str, dict[str, tuple[float, float, float]]] = {
    "el_deg": {"up-weak": (15.0, 5.0, 30.0), "up": (35.0, 20.0, 60.0),
               "up-strong": (55.0, 45.0, 60.0), "level": (0.0, -10.0, 10.0),
               "down-weak": (-15.0, -30.0, -5.0), "down": (-40.0, -60.0, -20.0),
               "down-strong": (-52.0, -60.0, -40.0),
               # chest or waist height: what "down" and "slightly down" both admit
               "chest": (-25.0, -30.0, -20.0), "low": (-25.0, -30.0, -20.0),
               # just above the brow: what "up" and "slightly up" both admit
               "brow": (25.0, 20.0, 30.0),
               # just above a shoulder: what "ear level" and "slightly up" both admit
               "shoulder-top": (7.0, 5.0, 10.0),
               # a top or high shelf: above the eyes, below the ceiling
               "shelf-top": (25.0, 20.0, 30.0),
               # the nape: a little below the ears (what every reading of it admits)
               "nape": (-8.0, -10.0, -5.0)},
    "dist_m": {"close-strong": (0.7, 0.6, 1.0), "close": (0.8, 0.6, 1.5),
               "close-weak": (1.2, 0.9, 1.5), "medium": (2.5, 1.5, 4.0),
               "across-table": (1.6, 1.0, 2.2), "far-weak": (3.3, 2.5, 4.5), "far": (4.5, 3.0, 6.0),
               "far-strong": (5.5, 4.5, 6.0),
               # miles off: as far as the schema reaches (20 of 25 labels on the tuned halves hold 5.9)
               "miles": (5.9, 5.5, 6.0)},
    "spread_deg": {"narrow-strong": (6.0, 5.0, 10.0), "narrow": (8.0, 5.0, 15.0),
                   "moderate": (30.0, 15.0, 45.0), "wide-weak": (40.0, 25.0, 60.0),
                   "wide": (75.0, 45.0, 120.0), "wide-strong": (105.0, 90.0, 120.0),
                   "envelop": (105.0, 90.0, 120.0)},
    "wet_mix": {"dry-strong": (0.03, 0.0, 0.1), "dry": (0.06, 0.0, 0.15),
                "wet-weak": (0.25, 0.2, 0.35), "wet-short": (0.15, 0.05, 0.25), "wet": (0.4, 0.2, 0.55),
                "wet-strong": (0.8, 0.6, 1.0), "wet-full": (0.98, 0.95, 1.0), "reverberant": (0.6, 0.45, 1.0), "room-small": (0.1, 0.0, 0.25),
                "room-open": (0.12, 0.0, 0.3), "room-live": (0.65, 0.45, 1.0),
                "room-medium": (0.35, 0.2, 0.55), "room-bare": (0.5, 0.45, 0.55),
                "room-huge": (0.8, 0.6, 1.0)},
    "gain_db": {"quiet-weak": (-5.0, -6.0, -4.0), "quiet": (-10.0, -24.0, -4.0),
                "quiet-strong": (-18.0, -24.0, -12.0), "not-loud": (-5.5, -8.0, -4.0),
                "normal": (0.0, -3.0, 3.0),
                "loud-weak": (3.5, 3.0, 6.0), "loud": (7.0, 3.0, 12.0),
                "loud-strong": (9.0, 6.0, 12.0)},
}

#: A degree word moves a level along its scale: (weaker, stronger) level names.
DEGREE_SHIFT = {
    "up": ("up-weak", "up-strong"), "down": ("down-weak", "down-strong"),
    "close": ("close-weak", "close-strong"), "far": ("far-weak", "far-strong"),
    "narrow": ("narrow", "narrow-strong"), "wide": ("wide-weak", "wide-strong"),
    "dry": ("dry", "dry-strong"), "wet": ("wet-weak", "wet-strong"),
    "reverberant": ("wet-weak", "wet-strong"),
    "quiet": ("quiet-weak", "quiet-strong"), "loud": ("loud-weak", "loud-strong"),
}

#: Degree words: English regex and Korean regex for weak and strong.
WEAK_EN = (r"slightly|barely|a (?:little )?bit|little bit|(?<=, )bit|(?<=^)bit|a (?:teeny|tiny|wee|teensy)(?: little)? bit|(?:teeny|tiny|wee|teensy) bit|a little|a touch|a tad|a hair|somewhat|just a bit|"
           r"a smidge|kinda|kind of|sort of|moderately|fairly|a shade|mildly|gently")
STRONG_EN = (r"very|v\.|really|extremely|super|so|way|hard|fully|completely|totally|all the way|"
             r"a lot of|lots of|tons of|plenty of|"
             r"far|extra|incredibly|insanely|crazy|massively|deeply|utterly|dead|directly|"
             r"straight|right|much")
WEAK_KO = r"살짝|약간|조금|좀|다소|쪼금|쪼끔|쬐끔|쫌|슬쩍|살며시|어느 정도|적당히|미세하게|아주 조금"
STRONG_KO = r"아주|엄청|완전히|완전|극단적으로|매우|정말|너무|확|몹시|굉장히|진짜|되게|훨씬|한참|까마득히|바짝|딱"

# (attribute, level, english regex or None, korean regex or None)
# The top or bottom of a screen in front is only a little above or below the eyes.
SCREEN_EN = r"screen|monitor|display|tv|television|frame"
SCREEN_KO = r"화면|스크린|모니터|티비|tv"
_SCREEN_EN = (r"(?:{}) (?:(?:left|right)[- ](?:hand )?)?(?:corner |edge |part |half )?of (?:the |my )?"
              rf"(?:{SCREEN_EN})\b")
_SCREEN_KO = rf"(?:{SCREEN_KO})\s*(?:기준\s*(?:으로|에서)?\s*)?(?:(?:왼|오른)쪽\s*)?(?:{{}})"
# "we're stood at the very back by the doors", "맨 뒷줄에 앉아 있어요": the listener at the
# back of a hall or room hears what plays there ahead and far off (see frames.listener_at_back).
LISTENER_AT_BACK_EN = (r"\b(?:i'm|i am|we're|we are|i'll be|we'll be)\s+(?:\w+\s+)?(?:stood|standing|sitting|"
                       r"seated|sat)?\s*(?:right |way )?(?:at|in) the (?:very |far )?back(?: row| rows| of the "
                       r"(?:hall|room|church|cathedral|venue|theat(?:er|re)|auditorium|crowd|audience|house|stalls))?\b")
LISTENER_AT_BACK_KO = (r"(?:제가|내가|저는|나는|우리는|청자는)\s*(?:맨\s*)?(?:뒷줄|뒤쪽\s*(?:자리|줄|좌석)|맨\s*뒤)\S*\s*"
                       r"(?:에\s*)?(?:앉아|서|있)")
_EL = [
    ("up-strong", r"(?<!its )(?<!their )way up\b(?! front)(?! the (?:road|street|hill|slope|mountain|valley|ridge|trail|path|lane|track))|overhead|directly above|straight above|right above|above my head|"
                  r"over my head|top of my head|crown of my head|straight up|zenith|(?:right|directly|straight|dead) over (?:me|us)\b|"
                  r"(?:over|above) (?:our|your|their) heads?",
     r"머리\s*위|머리위|정수리|바로\s*위|천정|하늘\s*높이"),
    ("up", r"above|up high|high up|up top|upstairs|up above|from above|ceiling|attic|loft|"
           r"(?:going|goes|went|passing|passes|flying|flies|flew|roaring|roars) over(?=\s*[.,;!]|\s*$)|"
           r"at the top\b(?! of the (?:mix|list|hour|song|track|page))|chandelier|"
           r"(?<!i'm on a )(?<!i'm on the )(?<!we're on a )(?<!we're on the )(?<!below the )(?<!under the )(?:rooftop|roof|balcony)|"
           r"the sky|in the sky|overhead|proscenium|up on deck|cruising (?:height|altitude)|skylights?|upper floor|floor above|gutters?|"
           r"(?<!fan )\btowers?\b(?! fan)|steeple|belfry|(?:on|against) the (?:tent|tarp|awning|umbrella|canopy|skylights?)\b|up (?:by|near|at) the|(?:on|along) the (?:wire|power line)s?|"
           r"(?:telephone|power|electric|phone|overhead) (?:wires?|lines?|cables?|poles?)|"
           r"helicopter|(?:air)?planes? (?:flying|passing|going) (?:over|by|past)|on (?:the|a|its) (?:pole|lamp ?post|street ?light|mast|flagpole)\b|"
           r"bird(?:s)? (?:flying )?overhead|(?:up )?in (?:a|the) trees?\b|fireworks?|"
           r"over the (?:front |back )?(?:door(?:way)?|window|fireplace|mantel(?:piece)?|sink|bed)\b|over the (?:open )?(?:harbou?r|city|town|fields?|valley|rooftops|roofs|hills?|treetops|village|stadium|beach)\b|in the (?:branches|canopy)|in the rafters|rafters|up in the|"
           r"raised up|raised(?! (?:voices?|the\b|volume|gain|level|it\b))|elevated|higher up|(?<!its )(?<!their )way up(?! front)|(?<!pulls )(?<!pulled )(?<!pulling )(?<!pull )up on (?:the|a)|tree ?tops?|above (?:ear|eye|head) (?:level|height)|from up|"
           r"high(?![- ](?:pitch|pitched|quality|end|frequenc\w*|volume|gain|shelf|pass|def\w*|notes?|hat|beeps?|tones?|"
           r"whines?|squeals?|hums?|ringing|chimes?|pings?|whistles?|voices?))|"
           r"floors? up|(?:up|above) a flight|a flight up|flight of stairs up|flies over|flying over|fly over|flew over|overflying|upper|swoop\w* (?:over|down)|"
           r"soar\w*|glid\w* over|up and (?:to the )?(?:left|right)\b|(?:left|right),? and up\b|"
           # "the bus pulls up on my right": a vehicle stopping, not a height
           r"(?<!pulls )(?<!pulled )(?<!pulling )(?<!pull )up (?:to|on) (?:the|my) (?:left|right)",
     r"(?<![가-힣])상단|위쪽|위에서|윗집|위로(?!의|\s*\d|가\s*(?:되|돼|필요)|해|받)|높이(?:는|도|를|만)\s*(?:더\s*)?올려|상공|위층|윗층|천장(?!\s*(?:이|은|도)\s*(?:낮|높))|천창|채광창|다락|옥상|하늘|헬기|헬리콥터|높은\s*곳|"
     r"(?<!종이)(?<!종이 )(?:비행기|여객기|전투기|제트기)(?!\s*(?:안|기내|표|모드|좌석|창))|"
     r"높이서|높게|위에(?!\s*(?:깔|얹|덮|겹쳐))|공중|(?:멀리|저|아주|더|공중)\s*높이(?!\s*(?:는|가|를|에서|로|보다|의|도|만))|지붕|2층|이층|나뭇가지\s*위|머리\s*높이\s*위|(?<![가-힣])위(?![가-힣])(?!\s*(?:의\s*)?(?:배우|연주자|공연자|출연자|코멘트|댓글|내용|메모|문장|설명|항목))|"
     r"위로\s*날아|나무(?:에서|\s*위)|높이\s*(?:걸린|걸려|달린|달려|매달)|위층|불꽃놀이|폭죽|높은\s*데|높은\s*(?:스피커|천장|기둥|나무|단)|발코니|꼭대기|전깃줄|전선\s*위|전봇대|처마|프로시니엄"),
    ("shelf-top", r"(?:top|high|highest|upper) shelf|top of the (?:bookcase|bookshelf|wardrobe|cupboard|cabinet)",
     r"맨\s*(?:윗칸|위\s*칸|위\s*선반)|(?:선반|책장|찬장)\s*(?:의\s*)?맨\s*위|높은\s*선반"),
    ("up-weak", r"(?:higher|a bit higher|up a bit) than (?:ear|eye|head) (?:level|height)|top bunk|upper bunk|"
                r"higher than (?:my |the listener'?s? )?(?:head|ears?|eyes)|"
                r"shelf height|(?:on|from) a wall shelf|top corner|(?:on|from) the mantel(?:piece|shelf)?|(?:on|along) the (?:ridge|ridgeline|clifftop|cliffs?)\b|"
                r"higher(?! (?:pitch\w*|volume|gain|frequenc\w*|notes?|than|in the mix))|a notch up|(?<=back )and up\b|"
                rf"{_SCREEN_EN.format('top|upper')}",
     rf"{_SCREEN_KO.format('위|위쪽|상단')}|선반\s*높이|벽\s*선반|선반\s*위(?:에서|에|로)?|2층\s*침대\s*(?:위|윗)|조금\s*높게|살짝\s*높게|약간\s*높게|높이(?:는|도|를|만)\s*(?:살짝|조금|약간)\s*(?:더\s*)?올려"),
    ("down-weak", r"(?:below|under|beneath|lower than) (?:ear|eye|head) (?:level|height)|(?:crib|cot|cradle) (?:height|level)|"
                  r"(?:ahead|front|left|right|behind|cent(?:er|re)),? (?:slightly|a (?:bit|touch|little)) low\b(?!-)|"
                  r"shoulder (?:level|height)|chest (?:level|height)|collarbones?|"
                  r"lower(?! (?:the |it|that|volume|gain|pitch\w*|frequenc\w*|floor|notes?|than|in the mix))|"
                  r"on (?:the|my|a) (?:(?!coffee |pool |ping )[a-z]+ )?(?:desk|table|counter|desktop|nightstand|workbench)\b|dashboard|(?:on|from|in) the dash\b|under the (?:bonnet|hood|glareshield)|instrument (?:panel|cluster)|"
                  r"(?:side|edge|corner|end) of (?:the|my) (?:desk|table|counter)|"
                  rf"{_SCREEN_EN.format('bottom|lower')}",
     rf"{_SCREEN_KO.format('아래|아래쪽|하단')}|어깨\s*높이|가슴\s*높이|쇄골|대시보드|계기판|어깨\s*위에(?:서)?|(?:책상|테이블|탁자|식탁|협탁|불판|도마|가스레인지|프라이팬|카운터|조리대)\s*위(?:에서|에|로)?|(?<!바닥에 )(?<!바닥에)낮게\s*깔|"
     r"(?:책상|테이블|탁자|식탁)\s*(?:의\s*)?(?:(?:왼|오른)쪽\s*)?(?:모서리|구석|끝|가장자리)"),
    ("chest", r"waist (?:height|level)|hip (?:height|level)|belt (?:height|level)|table height|desk height|"
              r"(?:belly[- ]?button|navel) (?:height|level)|"
              r"(?:waist|hip|belt|table|desk)[- ]high\b|"
              r"counter ?height|(?:desk|table|counter|bed) level|bed height|hand (?:height|level)|"
              r"(?:door[- ])?pocket (?:height|level)|elbows?|on the (?:stove|hob|cooker|stovetop|counter|worktop)|"
              r"(?:next to|beside) me on the (?:sofa|couch|settee|bench)",
     r"팔꿈치|팔꿉치|배꼽\s*높이|허리\s*(?:높이|춤)|허리께|(?:책상|테이블|탁자)\s*높이|조리대\s*높이|손\s*높이|주머니\s*높이|"
     r"조리대(?:에서|에|\s*위)|가슴팍|가슴\s*높이"),
    # "crackle dead ahead, low, fairly close": a bare "low" in a list of places
    ("low", r"(?<=, )low(?=\s*(?:[,.;!]|$))|(?<=kinda )low(?=\s*(?:[,.;!]|$))|"
            r"(?<=a touch )low(?=\s*(?:[,.;!]|$))|(?<=a bit )low(?=\s*(?:[,.;!]|$))", ""),
    ("level", r"ear level|ear height|head height|eye level|at ear|level with my ears?|"
              r"same height|head level|(?:a)?round my head|(?:low |level )?(?:on|at|along|with) the horizon(?: line)?|horizon line",
     r"귀\s*높이|눈\s*높이|머리\s*높이(?!\s*위)|같은\s*높이|귀\s*위치|수평으로|수평(?!선)|"
     r"(?:수평선|지평선)(?:\s*(?:쪽|근처|부근|위))?(?:에|으로|로)?(?:\s*낮게(?:\s*깔\S*)?)?"),
    ("down-strong", r"at my feet|between my feet|under my feet|beneath my feet|(?:right )?underfoot|"
                    r"under the floor(?:boards)?|floorboards|straight down|directly below|"
                    r"underground|basement|cellar|below the floor|(?:beneath|under|below) (?:our|your|their|his|her|the) feet|ankles?|shins?|"
                    r"(?:bottom of|down|deep in|far down) (?:a|the) (?:well|shaft|pit|mineshaft)",
     r"발밑|발\s*밑|발\s*아래|발끝|발치|두\s*발\s*사이|지하실|마룻바닥\s*(?:아래|밑)|마루\s*(?:밑|아래)|땅\s*속|"
     r"바로\s*아래|(?<![가-힣])지하(?!철|\s*(?:주차|공간|역|상가|승강장|통로|감옥|감방|벙커|묘지|던전))(?![가-힣\s]{0,10}\s안(?:에서|에선|에|이야|이에요|입니다)?(?![가-힣]))|발목|우물\s*(?:바닥|속|안|밑|깊)"),
    ("down", r"below(?! (?:it|them|that|this)\b)|down (?:in|into) the (?:valley|gorge|ravine|canyon|basement|cellar|pit)|beneath|under(?:neath)?(?!(?<=way under)\s*(?:[.,;!?]|$))(?! (?:his|her|their|my|your|its) breath)(?! (?:the |that |this )?(?:scene|mix|music|dialogue|dialog|"
             r"voice|track|narration|vo|bed of|score))|down low|low down|downstairs|on the floor|"
             r"the floor(?! (?:shake|shakes|shaking|rattle|rattles|rattling|vibrate|vibrates|vibrating|tremble|trembles))|"
             r"floor level|from the ground|ground level|skirting(?:[- ]?boards?)?|baseboards?|down below|under the table|(?:somewhere |far )?downhill|down the (?:hill|slope)|"
             r"com\w* up the (?:stairs|stairwell|steps|staircase)|"
             r"lower floor|floor below|from down|down there|knee|"
             r"(?:(?:dead|straight|right|directly) )?(?:front|left|right|behind|back|ahead|cent(?:er|re))(?: me| us| of me)?,? and low\b|\blow (?:and )?(?:to|on) (?:the|my) (?:left|right)|"
             r"(?:on|in) (?:my|the|your|her|his) lap|lower down|"
             r"(?:goes|sits|placed|set|put it|keep it) low\b(?! (?:volume|level|in the mix|gain))|countertop|(?:near|on|low to|close to) the ground|"
             r"my (?:own )?footsteps|creak\w* floor\w*|floor\w* creak\w*|(?:(?<!the )(?<!that )(?<!this )levels?|floors?|stor(?:ey|y|ies|eys)) (?:down|below)|"
             r"bottom of the stair(?:s|well|case)|(?:at|from) the (?:very )?bottom\b(?! of the (?:mix|list|page|hour|screen|frame|pile|stack))|(?:way |far )?down (?:in )?the stair(?:well|case)|"
             r"(?:way|far) down the stairs|skim\w* (?:along )?(?:the )?(?:ground|floor|grass|water|surface)|"
             r"hugg\w* the (?:ground|floor)|in the (?:long )?(?:grass|undergrowth|heather|weeds|bracken)|"
             # a hand's breadth off the floor is still down there
             r"(?:just|barely|slightly|(?<![\d.])(?:[1-9]|1[0-9]) (?:inch(?:es)?|cm|centimet(?:er|re)s?)|"
             r"(?<![\d.])[12] (?:foot|feet)|a hand ?span) (?:off|above) the (?:floor|ground)",
     r"아래쪽|아래에서|(?<![가-힣])아래서|아래로(?!\s*\d)|아래층|아랫층|아랫집|밑에서|밑으로|밑에|(?<![가-힣])그\s*(?:밑|아래)(?=\s)|(?<!손)바닥|책상\s*밑|"
     r"테이블\s*밑|아래에|무릎|(?:아이|아이들|애들|어린이|꼬마|아기)\s*(?:의\s*)?눈\s*높이|바닥에\s*깔|(?<!보다 )(?<!보다 조금 )(?<!보다 살짝 )(?<!보다 약간 )낮은\s*(?:데|곳|쪽|위치)|(?<![가-힣])아래(?![가-힣]|다|야|요|임)|아래(?:다|야|요|임)(?![가-힣])|"
     r"내\s*(?:발소리|발걸음)|(?<![가-힣])땅\s*(?:가까이|근처|바로\s*위)|"
     r"(?:바닥|땅|지면|마루)\s*(?:에서|으로부터|부터)?\s*(?:(?<![\d.])(?:[1-9]|1[0-9])\s*(?:cm|센티|센치)|"
     r"[12]\s*뼘|조금|살짝|약간|바로|딱)?\s*(?:정도|쯤)?\s*(?:위|떠)[가-힣]*"),
]
_DIST = [
    ("miles", r"miles (?:away|off|out)|from miles|a mile (?:away|off|out)|kilomet(?:er|re)s? (?:away|off|out)", r"몇\s*(?:킬로|km)\s*(?:밖|떨어)"),
    ("close-strong", r"in my ear|right in my ear|close enough (?:that you (?:can )?|to )(?:feel|touch)|(?:right )?up against (?:the|my) (?:temple|ear|cheek|neck|head)|at my ear|in (?:the|my) (?:headset|headphones|earpiece|earbuds?)|(?:by|near) (?:my|the) (?:left |right )?ear|"
                     r"against my ear|whisper(?:ing|ed|s)? (?:in|into) my|inches from|(?:just )?a hair from|"
                     r"breath|right next to (?:me|my)|touching|on my shoulder|"
                     r"nape of my neck|by my (?:left |right )?cheek|at my (?:left |right )?temple|"
                     r"(?:by|on|next to|beside|under) my pillow|"
                     r"around my head|round my head|around my face|(?:a)?round my (?:ankles|feet|legs|knees)|(?:above|in|through) my hair|(?:at|by|in) (?:each|either|both) ears?|around my ears?|"
                     r"(?:right |pressed )?up against (?:me|my)|pressed against (?:me|my)|"
                     r"inside (?:my|your|the listener's|the player's|their) (?:chest|head|skull)",
     r"귀에\s*대고|귀에\s*붙|귓가|귓속|귀\s*바로|바로\s*귀|코앞|코\s*앞|귀에\s*바짝|"
     r"입술\s*(?:이|가)?\s*닿|닿을랑\s*말랑|닿을락\s*말락|귀\s*옆|뺨\s*옆|관자놀이|목덜미|숨소리|숨결|입김|귓바퀴|귀\s*(?:바로\s*)?앞|닿을\s*(?:듯|만큼)|양쪽\s*귀|양\s*귀|귀\s*(?:주변|주위|근처)"),
    ("close", r"close(?! the| your| my eyes)|closer|nearby|(?:sitting|sits|sat|seated) (?:right |just |directly )?behind (?:me|us)\b|(?:just|right) in front of (?:me|you|us)\b|near(?! the | a | an | that | this )|next to|beside|behind my (?:seat|chair|headrest)|"
              r"right here|up close|not (?:far|distant)(?: away| off)? at all|intimate|arm'?s?[- ]length|within reach|in front of my face|"
              r"in my face|at my shoulder|by my shoulder|at my side|on my lap|on the desk|"
              r"(?:the|a) steering wheel|(?:in )?the (?:back|passenger|driver'?s) seat|"
              r"\b(?:the back of|on) my (?:seat|chair|fist|hood|hand|wrist|arm|knee|chest)\b|"
              r"close-?miked|close-?mic(?:'d)?|(?<!than a )(?<!than )(?:whisper(?:ing|ed|s)?|murmur(?:ing|s)?)|"
              r"mosquito|a fly|the fly|buzzing fly|ticking watch|wristwatch|"
              r"(?:on|under) (?:the|my) desk|(?:corner|edge) of (?:the|my) desk|my elbow|dashboard|(?:on|from|in) the dash\b|"
              r"on the (?:table|desk|counter) (?:right )?in front of me|"
              r"car radio|glove ?box|(?:on|against|behind) the (?:windscreen|windshield)|"
              r"right by my (?:head|face)|over my face|(?:just|right) (?:above|over) (?:my|your) head|(?:on )?the immediate (?:left|right)|my passenger\b",
     r"근거리|가까이|가깝게|가까운|가까워|가까움|가깝다|가깝고|머리맡|바로\s*(?:내\s*|제\s*)?옆|옆자리|조수석|앞좌석|뒷좌석|(?<!먼)발치|(?:내\s*|제\s*)?바로\s*(?:내\s*|제\s*)?(?:앞|뒤)(?:쪽)?(?:에서|에)|옆에서|곁|근처|바짝(?!\s*마른)|코\s*앞|눈앞|"
     r"한\s*팔|팔\s*(?:쭉\s*)?뻗|팔\s*길이|arm'?s?[- ]length|손\s*닿는|속삭|모기|파리|손목|무릎\s*위|책상\s*(?:위|밑|아래|구석|끝)|대시보드|"
     r"앞\s*유리(?:에|를|창에)|(?<![가-힣])유리(?:창)?에\s*(?:\S+\s*)?(?:톡톡|툭툭|부딪|맞)|글로브\s*박스|카\s*오디오"),
    ("medium", r"a few (?:meters|metres|feet|steps|paces)|across the room|"
               r"(?:two|three|four|a few|a couple of|[2-4]) (?:bunks|seats|rows|desks|tables|beds|stalls|doors|pews|benches) "
               r"(?:down|over|along|away|back|up)\b|far wall|far corner|far side of the room|"
               r"other side of the room|"
               r"mid[- ]?distance|middle distance|not too far(?: (?:out|off|away))?|not far|not too close|not so close|"
               r"a little (?:ways? )?away|some distance|next (?:table|cubicle|desk|booth|seat over)|"
               r"(?<!on the )(?<!on a )(?:table|cubicle|desk) (?:next to|beside) (?:me|mine|us)",
     r"중거리|건너편|방\s*건너|맞은편|방\s*반대편|방\s*(?:저\s*)?끝|중간\s*거리|적당한\s*거리|적당히\s*떨어|"
     r"(?:조금|좀|약간|살짝)\s*떨어(?:진|져)|몇\s*걸음|너무\s*멀지\s*않|멀지\s*않|가깝지\s*않|(?<!바로 )옆\s*(?:테이블|책상|자리\s*건너)"),
    ("far-strong", r"far,? far away|very far|really far|far in the distance|a long(?:,? long)+ way|"
                   r"(?:much|a lot|way) (?:further|farther) (?:away|off|back)|"
                   r"way off|way out|way in the distance|on the horizon|"
                   r"across the valley|across the city|far-off distance|far far|"
                   r"barely reaching|(?:in|from|across) the next (?:valley|town|village|county)|a mile|kilometers|far off in the distance|"
                   r"extremely far|over the hills?|beyond the hills?|(?:way|far|high) (?:up|down) the (?:slope|hill|hillside|mountain(?:side)?|valley|ridge|trail)\b|distant thunder|thunder|far[- ]off|(?:way|far) (?:back|behind|ahead|out front)|"
                   r"(?:air)?plane|airliner|aircraft|jets?(?! ?skis?| engines?)",
     r"아주\s*멀리|엄청\s*멀리|저+어*\s*멀리|까마득|아득|먼발치|지평선|수평선|산\s*너머|"
     r"아주\s*먼|엄청\s*먼|먼\s*천둥|천둥|먼\s*바다|언덕\s*너머|비행기|여객기|제트기"),
    ("far", r"\b(?:a couple(?: of)?|a few|two|three|several) (?:flights?|floors?|stor(?:ey|ie|y)s?|levels?) (?:down|up|below|above)\b|"
            r"\b(?:far|way) (?:down|along|across) the (?:corridor|hall|hallway|nave|aisle|street|road|field|beach|"
            r"platform|garden|lane|track|valley)\b|\bway up in the (?:stands|gallery|balcony|rafters|bleachers)\b|"
            r"(?<!by )far(?! side from\b)(?! (?:left|right|too|more|less|better|louder|quieter|softer|bigger|"
            r"wider|narrower|drier|wetter|higher|lower)\b)(?:-| )?(?:away|off)?|"
            r"(?:at|in|from) the (?:very )?back of (?:the|a|an) (?:\w+ ){0,2}(?:hall|room|church|cathedral|theat(?:er|re)|house|"
            r"auditorium|gym|warehouse|arena|venue|club|bar|crowd|stadium)|distant|in the distance|"
            r"from afar|faraway|(?:way|high) up in the sky|way up high|(?:out )?on the (?:tarmac|runway|hill(?:side|top)?)|"
            r"(?:in|from|over|across) the (?:hills|mountains|ridge|far hills)|(?:somewhere )?deep (?:in|inside|within) the (?!mix\b)|far-away|a long way|down the street|down the road|"
            r"at the other end|way across\b|next (?:boat|car|building|house|field|tent) over|across the street|across the field|across the yard|"
            r"outside the window|next door|fireworks|remote|in the background|"
            r"(?:one|a|two|three|(?:a )?couple(?: of)?|a few) floors? (?:up|down|above|below|beneath|under)|"
            r"(?:two|three|four|five|several|(?:a )?couple(?: of)?|a few) (?:houses|doors|blocks|streets|fields|rooms|gardens|"
            r"yards|decks|floors|rows|stalls|carriages) (?:down|away|over|along|below|above|up)|at a distance|"
            r"\bdown the (?:beach|street|road|lane|block)\b|across the (?:bay|harbou?r|lake|valley|river|square|quad)\b|"
            r"floor (?:above|below|beneath|under) (?:me|us|mine|ours)|"
            r"end of the (?:hall|hallway|corridor|street|block|garden)|far end|(?:the )?(?:very )?back row|last row|at the very back\b|"
            r"(?:the )?neighbou?rs'? (?:mower|lawnmower|dog|tv|radio|music|party|kids|drill|baby)|"
            r"(?:on|from|over) (?:the )?(?:neighbou?r'?s'?|next-door) (?:roof|garden|yard|house)|"
            r"(?:from|in|at) the (?:north|south|east|west|far|opposite|away) (?:stand|terrace|bleachers|end)\b|"
            r"\bway (?:in|at|up|down) (?:the )?(?:back|front)\b|"
            r"way (?:down|along|up) the (?:hall|hallway|corridor|street|road|block|stair(?:well|s|case))|"
            + LISTENER_AT_BACK_EN[2:],
     LISTENER_AT_BACK_KO + r"|무대[^.,]{0,8}깊숙|깊숙한\s*(?:데|곳)|무대\s*안쪽|멀리|먼\s*데(?=서|에|로|\s)|(?<!귀에서 )(?<!귀랑 )(?<!귀와 )(?<!귀하고 )먼\s|먼곳|먼\s*곳|멀고|멀다|멀어요|멀지만|멀찍이|멀찌감치|저편|원거리|멀게|멀어(?!지면|질\s*때|질수록)|바깥|창밖|창문\s*밖|"
     r"한참\s*뒤(?:쪽|편|로|에서|에)?(?:\s*빼\S*)?|맨\s*뒷줄|불꽃놀이|폭죽|깊은\s*곳|언덕(?:\s*위)?에서|저\s*(?:아래|위)층|안쪽\s*깊|건너\s*마을|이웃집|(?:아주|한참|하늘|저)\s*높이(?!\s*(?:올려|띄워|더))|(?<![가-힣])(?:옆|윗|아랫)집|벽\s*너머|(?:골목|길|도로|찻길)\s*건너편|(?:강|호수|계곡|바다|저수지)\s*건너(?:편)?|(?:복도|골목|길|동네|마을|마당|운동장|정원|공원)\s*(?:저\s*)?(?:(?:왼|오른)쪽\s*)?끝|(?:객석|관객석|강당|교실|홀)\s*맨\s*뒤|뒷산|앞산|건너편\s*산|산\s*너머|저\s*끝|저쪽\s*끝|저\s*(?:앞|뒤)\s*끝|(?<![가-힣])저\s*(?:앞|뒤)(?:쪽|편)?(?:에서|에|으로|로)?(?![가-힣])|(?<![가-힣])저\s*아래(?:쪽)?(?:에서|에|로)?|(?<![가-힣])저\s*(?:너머|건너편?)|한참\s*(?:아래|위)층|한참\s*떨어(?:진|져|지)"),
    ("across-table", r"across (?:the|a|my|our) (?:\w+ )?(?:table|desk|counter|aisle)|"
                     r"(?:other|far) side of the (?:table|desk|counter)|(?:sits? |sitting |right )?across from (?:me|us)\b|"
                     r"(?:table|desk) opposite\b",
     r"(?:테이블|탁자|식탁|책상)\s*(?:건너편|맞은편|반대편|너머)"),
    ("far-weak", r"a fair (?:bit|way) (?:out|off|away)|(?:further|farther) (?:back|away|off|out)|(?:at|down) the (?:far |other |bottom )?(?:end|bottom) of the "
                 r"(?:garden|lawn|yard|field|street|road|lane|corridor|hallway|platform|park|beach)|down the (?:hall|hallway|corridor|platform|street|road|block|track|tunnel)\b|farther (?:back|away|off)|pushed back|push(?: it)? back|"
                 r"next room|in the next room|a bit away|one room over|next (?:apartment|flat|house)|"
                 r"through (?:the|a) wall|(?:neighbou?r'?s?|next-door) (?:apartment|flat|house)|"
                 # the back of a stage in front is well off from the audience
                 r"upstage|(?:back|rear) of the stage",
     r"옆방|좀\s*더\s*멀리|뒤로\s*빼|무대\s*(?:뒤편|뒤쪽|안쪽|뒤(?![가-힣]))"),
]
_SPREAD = [
    ("envelop", r"full[- ]width|full stereo width|all around|in a (?:ring|circle) (?:all )?around (?:me|us)|all round(?!-)|surround(?:ing|s|ed)?|(?<!echo )(?<!echoes )(?<!echoing )(?<!reverb )everywhere|envelop(?:ing|s)?|immersive|"
                r"fill(?:s|ing)? the (?:whole |entire )?(?:room|space|hall|place|church|house|theat(?:er|re)|auditorium|venue)|"
                r"from every direction|from all sides|all sides|every side|in both ears|wrap(?:s|ped|ping)? (?:it |them )?(?:all the way )?around|"
                r"engulf|blanket of|wall of (?:sound|noise)|omnipresent|cover(?:s|ing)? the (?:whole|entire) (?:room|space|hall|audience|house)|"
                # "the crowd cheering around me"; not what circles or walks round me
                r"(?<!circling )(?<!circles )(?<!circle )(?<!circled )(?<!orbiting )(?<!orbits )(?<!spinning )(?<!spins )"
                r"(?<!flying )(?<!flies )(?<!flew )(?<!walking )(?<!walks )(?<!walked )(?<!running )(?<!runs )(?<!ran )"
                r"(?<!moving )(?<!moves )(?<!going )(?<!goes )(?<!went )(?<!buzzing )(?<!buzzes )(?<!wandering )(?<!wanders )"
                r"(?<!swirling )(?<!swirls )(?<!pacing )(?<!paces )(?<!turn )(?<!turns )(?<!turning )(?<!way )"
                # a band or quartet around me is placed by its members' own words
                r"(?<!band )(?<!orchestra )(?<!ensemble )(?<!quartet )(?<!trio )(?<!quintet )\b(?:a)?round (?:me|you|us)\b|"
                r"\ball over\b(?! (?:again|the (?:left|right|front|back)))|\bon everything\b|\bfills? (?:it|everything)\b",
     r"사방|사방에서|온\s*사방|전체적으로|전체에|(?:주위|주변)\s*전체|빙\s*둘러|전체를\s*감싸|감싸|둘러싸|가득\s*채우|가득\s*메우|"
     r"공간\s*전체|방\s*전체|전체로|꽉\s*채|온\s*방|전방위|전체를\s*덮|(?:다|전부)\s*덮|모든\s*곳|"
     r"(?:내\s*|제\s*)?(?:주변|주위)(?:에서|에|으로|로)(?!\s*(?:\S+\s*)?(?:돌|빙|맴))"),
    ("wide", r"wide|broad|wider|spacious|expansive|huge stereo|stereo-wide|spread out|"
             r"spread wide|spread across|big and wide|panoramic|sprawling|here and there|scattered|"
             # a huge hall or its reverb makes the room big, not the source wide
             r"(?<!reverb is )(?<!reverb was )(?<!echo is )(?<!tail is )(?:huge|enormous|giant|massive)(?! (?:reverb|verb|echo|tail|decay|room|hall|space|cathedral|church|cave|warehouse))|"
             r"(?:on|from) both sides|on either side|(?:the )?whole (?:audience|crowd|house)|\ba wash\b|wash of sound|(?:from )?wall to wall",
     r"여기저기|곳곳|쫙\s*(?:깔리|퍼지|퍼져)|넓게|넓직하게|널찍하게|퍼지게|퍼져|퍼지는|와이드|넓히|넓어|넓고|양쪽에서|양옆에서"),
    ("moderate", r"medium width|moderately wide|a bit of width|some width|diffuse|blurry|soft-edged|"
                 r"moderate(?:ly)? (?:spread|width|wide)|medium spread|not too wide",
     r"적당한\s*폭|중간\s*폭|흐릿|번지|(?:살짝|조금|약간)만\s*넓게"),
    ("narrow", r"pinpoint|pin-point|narrow|tight(?:ly)?|focused|point source|point-like|"
               r"no width|zero width|no spread|laser|needle|pinned|tiny point|small point|single point|mono|precise|"
               r"tiny(?! (?:room|space|booth|closet|bathroom|kitchen|car|cabin))|"
               r"(?<=, )small(?=[.,;!]|$)",             # "Tinny, small."
     r"폭\s*(?:은|는|이)?\s*(?:전혀\s*)?없|좁게|좁은|좁혀|한\s*점|콕\s*집|핀포인트|포커스|점처럼|점\s*하나|모노|또렷|모아\s*(?:줘|서|주)|모아줘"),
]
_WET = [
    ("wet-full", r"fully wet|100% wet|all wet|completely wet|totally wet|pure reverb|all reverb|"
                 r"nothing but reverb", r"(?:완전|100%)\s*(?:웻|wet)|전부\s*(?:리버브|잔향)"),
    ("wet-strong", r"(?:echo(?:es|ing)?|reverb) everywhere|drown(?:ed|ing)?|drench(?:ed)?|soak(?:ed|ing)|wash(?:ed)? out|(?:big|long|huge) (?:reverb )?tail|"
                   r"washed-out|washed in|swimming in|huge reverb|massive reverb|(?:huge|massive|enormous|endless)(?: long)? echo|"
                   r"(?:lots|tons|plenty) of (?:\w+ )?(?:reverb|slap-?back)|cavernous|very wet|super wet|"
                   r"endless reverb|long tail|long decay|very reverberant|echoes forever|"
                   r"cathedral|cave|cavern|mostly reverb|all reverb|pure reverb|more reverb than|"
                   r"reverb louder than|lots of room|heavy reverb|washy|reverb wash|wash of reverb|"
                   r"(?:room|space|hall) (?:felt|feels|seemed|seems) endless|endless (?:room|hall|space)|"
                   r"long,? (?:\w+,? )?(?:reverb|echo)|long (?:reverb |natural )?tail|long decay|huge tail|"
                   r"(?:echo|reverb|tail)\w*\s+(?:\w+\s+)?(?:hang|linger)\w*|hanging in the air|"
                   r"(?:reverb|echo|tail) (?:is|was|feels|sounds) (?:\w+ )?(?:enormous|huge|massive|gigantic|endless|long)",
     r"흠뻑|잠기|잠긴|잠겨|(?<!소리에 )(?<!소음에 )묻혀(?!서?\s*(?:안\s*들|못\s*들|잘\s*안))|젖어|떡칠|듬뿍|(?:리버브|잔향|울림|에코|reverb)\s*(?:이|가|은|는)?\s*(?:꽤\s*|아주\s*|좀\s*)?(?:많|가득|잔뜩|크게)|"
     r"직접음보다\s*잔향|(?:디렉트|직접음|direct)\s*(?:은|는)?\s*최소|잔향이\s*더\s*크|엄청\s*울|잔향\s*가득|리버브\s*가득|울림\s*가득|"
     r"웅장하게\s*울|성당|동굴|대성당|긴\s*(?:리버브|잔향)|"
     r"(?:리버브|잔향|reverb)\s*(?:은|는|이|가)?\s*(?:전체(?:에|적으로)\s*)?(?:훨씬|더|아주|엄청|좀\s*더)?\s*길게|길게\s*울(?:리|려|림)|"
     r"(?:울림|잔향|리버브)\s*(?:은|는|이|가)?\s*(?:아주\s*)?풍부"),
    # No reverb at all is drier than dry: what "bone dry" and "anechoic" say.
    ("dry-strong", r"minimal reverb|minimum reverb|reverb (?:at|to) (?:a |the )?minimum|as dry as possible|"
                   r"bone[- ]?dry|anechoic|no reverb|without (?:any )?reverb|zero reverb|no echo|without echo|"
                   r"(?:reverb|echo)\W{0,3}(?:none|zero|nil)\b",
     r"(?:리버브|잔향|울림)\s*(?:은|는)?\s*최소|최소한의\s*(?:리버브|잔향|울림)|무반향|"
     r"(?:리버브|잔향|울림)\s*(?:은|는|이|가)?\s*(?:하나도|전혀)\s*없"),
    ("dry", r"dry|drier|dead(?! (?:center|centre|ahead|front))|close-?mik(?:ed|e)|"
            r"close-?mic(?:'d)?|no room|no ambience|without (?:any )?room|"
            r"in-your-face|muffled|deadened|padded|treated booth|vocal booth|"
            r"no tail|(?:reverb|echo) (?:way|all the way|right) down|(?:lose|kill|cut|drop|remove|strip) (?:the |all )?(?:reverb|verb|echo)\b|(?:almost|nearly) no (?:reverb|echo)|"
            r"(?:barely|hardly) any (?:reverb|echo)|not echoey",
     r"마이크에?\s*(?:바짝|딱\s*붙여|붙여)|(?<!핸드)드라이(?!어|기)|건조|잔향\s*없|리버브\s*없|울림\s*없|울림은\s*(?:전혀\s*)?없|에코\s*없|데드|"
     r"잔향\s*(?:은|이)?\s*(?:전혀\s*|거의\s*)?없|리버브\s*(?:은|는|이|가)?\s*(?:전혀\s*|거의\s*)?없|"
     r"리버브\s*빼|리버브\s*0|먹먹|거의\s*없게|없애|바짝\s*마른|마른\s*(?:소리|느낌|톤)|"
     r"(?:울림|에코|잔향|리버브|echo|reverb|room)\s*(?:은|는|이|가|도)?\s*(?:전혀\s*|거의\s*|하나도\s*|조금도\s*|아예\s*|1도\s*)?없|(?:리버브|잔향)\s*(?:은|는)?\s*(?:넣지\s*마|빼\s*주)"),
    ("wet-weak", r"(?:a )?touch of (?:reverb|room|echo|ambience)|(?:a )?little (?:[a-z]+-?[a-z]+[ -])?(?:reverb|room|echo)|"
                 r"bit of (?:reverb|room|echo)|slight (?:reverb|room|echo)|subtle (?:reverb|room)|"
                 r"hint of (?:reverb|room|echo)|light reverb|small room|"
                 r"teeny bit of room|tight room|(?:soft|gentle) (?:reverb|room|verb)",
     r"살짝\s*(?:리버브|잔향|울림|울리)|약간의?\s*(?:리버브|잔향|울림)|"
     r"(?:리버브|잔향|울림)\s*(?:은|는|이|가)?\s*(?:아주\s*)?(?:조금|살짝|약간)(?!\s*(?:줄|낮|빼|덜))"),
    # A short tail: less than a touch of reverb, more than none.
    ("wet-short", r"short (?:reverb|tail|decay|room)",
     r"(?:리버브|잔향|울림)\s*(?:은|는|이|가)?\s*(?:(?:둘|셋|모두)\s*다\s*|전부\s*)?(?:아주\s*)?짧게|짧은\s*(?:리버브|잔향)"),
    ("reverberant", r"reverberant|reverberating|slap-?back|\b(?:is |all |bare |raw )concrete\b(?! (?:floor|slab|path|step|bench|wall|pillar|post)s?\b)|wet[- ]sounding|echo(?:ey|y|ing|es|ed)|"
                    r"\b(?:footsteps|steps|voices?|they|heels|shots?|drips?|claps?|sounds?|laughter|it) echo\b|(?:big|huge|massive|vast) (?:\w+ )?echo|echoing like|"
                    r"reflect(?:s|ed|ing|ions?)? off|lots of reflections|bounc(?:e|es|ed|ing) (?:off|around (?:the|a) (?:\w+ )?(?:room|walls|hall|space))",
     r"메아리|반사(?:돼|되어|되는|된)|튕겨\s*(?:나오|오)"),
    ("wet", r"reverb(?:ed|y)?|echo|roomy|ambient|wet|lush|"
            r"live room|room sound|roominess|moderate room|some room|bit of room|room on it",
     r"리버브|잔향|울림|울려|울리는|울리게|에코|공간감|룸\s*톤"),
    ("room-huge", r"church(?! (?:bells?|towers?|clocks?|steeples?|spires?))|cathedral|basilica|chapel|nave|altar|choir loft|pews|tunnel|parking (?:garage|structure)|"
                  r"(?:underground|multi-?stor(?:e)?y|indoor) (?:car park|garage)|canyon|(?:(?<=a )|(?<=the )|(?<=wishing )|(?<=stone ))well\b|empty warehouse|"
                  r"subway|cistern|stone|crypt|vaults?|catacombs?|cloisters?|hangars?|(?:abandoned|empty|disused|derelict) (?:factory|mill|plant)",
     r"격납고|폐공장|폐창고|교회(?!\s*종)|성당(?!\s*종)|동굴|터널|지하\s*(?:\d\s*층\s*)?주차장|실내\s*주차장|협곡|우물|지하철(?!\s*(?:안|칸|객실|내부))|창고|돌로\s*된|석조|지하\s*묘지|납골당"),
    ("room-live", r"shower (?:booth|stall)|bathroom|bath ?time|bathtub|in the bath\b|shower|tiled|tile|stairwell|staircase|stairs|gym(?:nasium)?|hall|"
                  r"concert hall|auditorium|atrium|empty room|marble|(?:big|huge|grand|cavernous)(?: \w+){0,2} lobby|"
                  r"train station|station|museum|pool|arena|theater|theatre|platform|concourse|terminal|"
                  r"locker room|changing room|factory floor|steel hull|(?:metal|steel) (?:tank|pipe|container)|bunker|concrete (?:room|walls|box|basement|cellar)",
     r"(?<!폐)공장\s*(?:안|내부|바닥)|천장\s*(?:이\s*)?높은\s*로비|넓은\s*로비|샤워\s*부스|욕실|욕조|화장실|샤워|타일|계단|체육관|콘서트\s*홀|공연장|강당|"
     r"빈\s*방|텅\s*빈|역\s*안|기차역|박물관|수영장|극장|승강장|대합실|탈의실"),
    # A garage, bare concrete but small, or a corridor: between an ordinary room and a live hall.
    ("room-bare", r"(?<!parking )garage|workshop|utility room|laundry room|hallway|corridor|engine room|boiler room",
     r"차고\s*(?:안|속|에서)|세탁실|작업실|복도"),
    ("room-medium", r"kitchen|library|office|classroom|living room|caf[eé]|restaurant|shop|store|"
                    r"hospital(?: room)?|ward|apartment|medium(?:-sized)? room|medium reverb|hard room|lecture (?:hall|theat(?:er|re))|(?:in|at) (?:a|the) (?:\w+ )?stadium|"
                    r"waiting room|lounge|bar|pub|tavern|inn|lobby|(?<!shooting )(?<!up in the )(?<!west )(?<!east )(?<!organ )galler(?:y|ies)",
     r"부엌|주방|도서관|사무실|교실|강의실|경기장|거실|카페|식당|(?<!안 )(?<!안)(?<!로 )(?<!로는 )가게(?!\s*(?:해|하|끔|만들|둬|두|놔))|편의점|대기실|라운지|술집|병실|아파트|로비|갤러리|전시(?:장|실)|미술관|대웅전|법당|"
     r"(?:울림|잔향|리버브)\s*(?:은|는|이|가)?\s*(?:중간|보통)"),
    ("room-small", r"cramped|closet|wardrobe|cupboard|(?:inside|in) (?:a|the|my|our) (?:\w+ )?car\b(?! (?:park|wash|alarm|horn|door|boot|trunk|radio)s?\b)|car interior|"
                   r"in a car|windows up|driver'?s seat|passenger seat|back seat|phone booth|(?<!dj )(?<!ticket )(?<!toll )(?<!food )(?<!photo )booth|under a blanket|under the covers|"
                   r"pillow|tiny room|small room|bedroom|cockpit|helmet|cabin|carpeted|carpet|(?:in|inside) (?:a|the|our|my) tent",
     r"텐트\s*(?:안|속)|침실|옷장|차\s*안|차안|운전석|조수석|뒷좌석|자동차\s*안|부스(?!럭)|이불|베개|작은\s*방(?![울석패망])|좁은\s*방(?![울석패망])|헬멧|캐비닛|상자\s*안|"
     r"(?:지하철|열차|기차|엘리베이터|엘베)\s*(?:안|칸|객실|내부)"),
    ("room-open", r"open fields?|fields?|outdoors|outside|open air|meadows?|prairie|desert|"
                  r"snow(?:y)?|beach|open space|plain|rooftop|mountain top|(?:in|inside|into) the (?:forest|woods)|"
                  r"forest|woods|(?:market|town|village) square|marketplace|street market|plaza|"
                  r"(?:back)?yard|garden|porch|(?<!underground )(?<!multi-storey )(?<!multistorey )(?<!multi-story )(?<!indoor )car park|parking lot|park|playground|riverbank|lakeside|apiary|orchard|vineyard|allotment",
     r"숲\s*속|숲\s*안|들판|야외|옥상|벌판|초원|눈밭|눈\s*덮인|사막|해변|바닷가|밖에서|옥외|잔디밭|광장|시장\s*(?:한복판|한가운데|골목|거리)|재래시장|야시장|정원|공원|놀이터|캠핑장|산책로|호숫가|강가"),
]
_GAIN = [
    ("not-loud", r"not (?:too|very|so|that|overly) (?:loud|booming|blaring|boomy|heavy|hot)|not loud",
     r"(?:너무\s*|별로\s*)?(?:크지|크진|시끄럽지|시끄럽진|세지|세진|loud\s?하지|loud\s?하진)\s*않|너무\s*크게\s*(?:는\s*)?(?:말고|하지\s*말)|(?<![가-힣])안\s*(?:시끄럽게|크게)|(?:별로|그리|너무)\s*안\s*(?:크게|커|시끄럽)"),
    ("quiet-strong", r"(?:soft|quiet|faint) as anything|(?:nearly|almost|near|practically) (?:silent|inaudible)|barely audible|(?:barely|hardly) hear|(?:just|barely) above silence|almost inaudible|just audible|very quiet|"
                     r"(?:drop|bring|turn|pull|take) (?:it|that|this|them|the \w+) (?:way )?down a lot|"
                     r"very faint|very soft|whisper-quiet|faintest|tiny sound|barely a (?:hum|whisper|murmur|sound|breath)|"
                     r"hardly audible|barely[- ]there|barely aud[ia]?ble|(?:barely|hardly|not much) more than a (?:whisper|murmur|breath|hush)|"
                     r"(?:keep|sit|sits|tuck) (?:it|them|this|that) way (?:under|down)\b|extremely quiet|inaudible|whisper[- ]quiet|"
                     r"(?:low|quiet|soft) enough to (?:ignore|forget)|easy to (?:ignore|miss)|"
                     r"(?:almost|nearly|half) lost (?:in|under)|"
                     r"felt,? (?:not|more than) heard|so quiet (?:i|you) (?:strain|have to strain)|"
                     r"(?:barely|hardly) notice|almost nothing|next to nothing|almost gone|nearly gone|"
                     r"(?:no|never|not) (?:any |much )?louder than (?:a |an )?(?:whisper|murmur|breath|sigh)|(?:turn|bring|pull|take) (?:it|that|this|the \w+) way down|"
                     r"fade(?:s|d)? (?:it |them |the \w+ )?out\b",
     r"거의\s*안\s*들|거의\s*들리지\s*않|들릴\s*듯\s*말\s*듯|있는\s*듯\s*없는\s*듯|아주\s*희미|아주\s*작게|겨우\s*들|엄청\s*작게|"
     r"아주\s*조용|아주\s*(?:쪼끄|쪼그|조그|쪼꼬)맣게|간신히\s*들|존재감\s*(?:이\s*)?(?:거의\s*)?없|놓칠\s*(?:정도|만큼|수준)|못\s*알아챌|알아채지\s*못|잘\s*안\s*들리|들릴락\s*말락|(?:아주\s*)?살짝만\s*들리"),
    ("quiet-weak", r"(?:bring|turn|pull|take) (?:it|that|this|the (?:\w+ ){0,2}\w+) down (?:a (?:little )?bit|a little|a touch|slightly|a tad|a notch|a hair)|"
                   r"(?:a (?:little )?bit|a touch|slightly|a tad|a hair|a notch) (?:quieter|softer)",
     r"(?:(?:볼륨|음량|레벨|소리)\S*\s*)?(?:좀|조금|살짝|약간|쪼금|쬐금|쪼끔|쬐끔|한\s*(?:단계|칸|눈금|스텝))\s*(?:만|정도)?\s*(?:줄(?:여|이)|내려|낮춰|낮추|다운|turn\s*(?:it\s*)?down)"),
    ("loud-weak", r"medium[- ]loud|moderately loud|too loud,? (?:on purpose|deliberately|intentionally)|(?:bring|turn|push|nudge|bump) (?:it|that|this|the \w+) up (?:a (?:little )?bit|a little|a touch|slightly|a tad|a notch|a hair)|"
                  r"(?:a (?:little )?bit|a touch|slightly|a tad|a hair|a notch) louder",
     r"(?:좀|조금|살짝|약간|한\s*(?:단계|칸|눈금|스텝))\s*(?:만|정도)?\s*(?:올려|키워|높여)"),
    ("quiet", r"quiet(?:ly|er)?|soft(?:ly|er)?|faint(?:ly|er)?|gentle|gently|low in the mix|"
              r"under (?:his|her|their|my|your|its) breath|"
              r"(?:no|never|not) (?:any )?louder than (?:the |a |an )?(?:narrator|narration|voice|vo|dialogue|dialog|music|speech)|"
              r"low and (?:cosy|cozy|soft|gentle|quiet|warm|calm|mellow)|"
              r"low volume|low in (?:volume|level)|low level|mutter\w*|mumbl\w*|low voices?|low-voiced|voices? low|hushed|whisper(?:ing|ed|s)?|murmur(?:ing|s)?|muted|subdued|(?:a|just a) hush\b|low (?:hum|buzz|murmur) of|"
              r"tucked (?:in|under)|in the background|background|dim|weak|low-level|"
              r"turned down|down in the mix|\bturn (?:the |that |this )(?:\w+ ){0,2}\w+ down\b(?! (?:the|a|to|from|in|on|by|low)\b)|(?:plays?|playing|hums?|humming|talks?|talking) low\b(?! (?:on|to|in|near|under|down|and)\b)|"
              r"\b(?:radio|tv|telly|television|stereo|music|podcast)s? low (?=from|in the|somewhere)|"
              r"(?:keep|kept|sits?|sitting|tuck\w*) (?:\w+ )?under the (?:voice|vo|dialogue|dialog|narration|music)|"
              r"mosquito|a fly|ticking|tick|too loud|drowned out|on low|muffled|"
              r"light (?:rain|drizzle|breeze|wind|applause|tapping|footsteps|traffic)|(?:rain|drizzle|breeze)\b[^.;]{0,20}?,\s*light\b|"
              r"a (?:little )?bit of (?:wind|rain|breeze|traffic|noise|hiss|birdsong|chatter)|"
              r"tiny (?:hiss|click|tick|squeak|chirp|beep|rustle|tap|crackle|sound|noise|whimper|ping|clink|buzz|whine)|"
              r"(?:bring|turn|pull|take|drop) (?:it|that|this|the \w+) down|(?:bring|turn|pull) down the",
     r"작게|쪼끄맣게|아득하게|아득히|잦아들(?!었)|귓속말|숨소리만|살짝\s*들어(?:와|오)|(?<=[가-힣])(?<!리버브)(?<!잔향)(?<!울림)(?<!에코)도\s*(?:조금|살짝)(?=\s*(?:[.,!?]|$))|(?:쬐|쪼|조)[끔금]만\s*들리|(?<!리버브 )(?<!리버브는 )(?<!잔향 )(?<!잔향은 )(?<!울림 )(?<!울림은 )(?<!에코 )(?<!에코는 )(?<!reverb )(?:살짝|조금|쪼끔|쬐끔|약간)만\s*(?:넣어|깔아|섞어)|조그맣게|조그마하게|쪼그맣게|작은(?=\s*(?:[가-힣A-Za-z]+(?<!에서)(?<!에)\s+)?(?:소리|진동|목소리|알림|삐|음(?![가-힣])))|조용|희미|은은|은근(?:하게|히)(?!\s*(?:크|세|시끄|쩌렁))|살살|속삭|속닥|소곤|수군|도란도란|두런두런|나지막|나즈막|나직|잔잔|여리게|약하게|낮게\s*깔|"
     r"배경으로|뒤에\s*깔|(?:소리|볼륨|음량)\s*(?:은|는)?\s*살짝만(?=\s*(?:[.,!?~]|요|$))|(?<=[가-힣])만\s*(?:조금|살짝)(?:만)?(?=\s*(?:[.,!?]|$))|살며시|(?:소리|소음)에\s*묻혀|조곤조곤|쑥덕\S*|(?<!로 )(?<!쪽 )살짝(?=\s*(?:[.,!?~]|$))|(?:bgm|브금|음악|라디오|노래)\S*\s*(?:\S+\s*){0,3}?낮게|낮게\s*(?:틀어|loop)|살짝만?\s*(?:얹|웅웅|윙윙|들리|울리|나오|나게|깔|딸랑|딸그랑|짤랑|찰랑|톡|똑|쨍)|새어\s*나|웅얼\S*|새근\S*|쌔근\S*|중얼중얼|중얼\S*\s*(?:정도|수준|만큼)|먹먹|모기|째깍|똑딱|줄여|(?:볼륨|음량|레벨|volume)\S*\s*(?:\S+\s*)?(?:낮춰|낮추|내려|줄이(?!지))|너무\s*(?:커|크다|시끄러|쾅쾅|쿵쿵|빵빵)|부드럽게|부드러운|튀지\s*않|(?:소리|볼륨|음량)\s*(?:좀\s*)?죽여"),
    ("normal", r"keep the (?:volume|level|gain) (?:as is|the same|where it is)|don'?t turn it down|"
               r"(?:medium|moderate|normal) (?:level|volume|loudness)|don'?t (?:run|push|drive) it hot|"
               r"(?:normal|ordinary|regular|everyday) (?:talking|speaking|conversation(?:al)?) (?:level|volume|voice)",
     r"(?:볼륨|음량|소리)\s*(?:은|는)?\s*(?:줄이지|낮추지)\s*말\S*\s*그대로|(?:볼륨|음량)\s*(?:은|는)?\s*그대로"),
    ("loud-strong", r"loud as anything|deafening|very loud|max(?:imum)? volume|full volume|ear-?splitting|massive boom|thunderous|"
                    r"explosion|jet engine|jet taking off|blast(?:ing)?|roaring|screaming loud",
     r"엄청\s*크게|빵빵|귀청|고막|폭발|제트|전투기|굉음|(?:음량|볼륨)\s*최대|쩌렁쩌렁|아주\s*크게|우렁차|"
     r"(?:엄청|아주|정말|되게|진짜|무척)\s*크(?:고|다|네|게|요)|개\s*(?:시끄러|크게)|터지게|터질\s*(?:듯|것\s*같|만큼)"),
    # "way too quiet": louder than heard, by as much as any other word says.
    ("loud", r"too (?:quiet|soft|faint)|loud(?:ly|er)?|booming|blaring|bark(?:s|ed|ing)? (?:out )?orders|bellow\w*|punchy|hot in the mix|up in the mix|"
             r"pumped|cranked|front and center in the mix|prominent|powerful|strong|blar(?:e|es|ed|ing)|"
             r"fireworks|firework|thunder(?:s|ing|ed)?|slam(?:s|ming)?|bang(?:s|ing)?|fighter jet|cannon|roar(?:s|ed)?\b|"
             r"booms?(?! (?:mic|arm|pole|operator|box|lift))|bucketing(?: down)?|(?:pouring|hammering|pissing) down|"
             r"jets? (?:going |passing |flying |screaming |roaring )?(?:overhead|over\b)|"
             r"gunshots?|gunfire|explosions?|siren|heavy(?=\s*(?:[,.;!]|$))|go(?:es|ing)? (?:absolutely |completely |totally )?(?:nuts|mental|wild|berserk)|yell(?:s|ing|ed)?|hammer(?:s|ing)|pound(?:s|ing)|shout(?:s|ing|ed)?|scream(?:s|ing|ed)?|"
             r"shriek(?:s|ing|ed)?|megaphone|bullhorn|wall of noise",
     r"너무\s*작(?:아|다|음|네|게\s*들)|미친\s*듯이|크게|큰\s*소리|매우\s*큼|훨씬\s*(?:커|크)|(?<=[이가]\s)빵(?=\s*[.,!~]|\s*$)|(?:꽤|좀|아주|엄청)\s*큼|우렁|시끄럽|시끄러|요란|쾅|힘있게|세게|강하게|불꽃놀이|폭죽|천둥|키워|고함|소리\s*(?:를\s*)?(?:지르|지름|질러|쳐|침|치는)|비명|(?<![가-힣])꺅|외치|외침|외쳐|왁자지껄|시끌벅적|떠들썩|언성\s*(?:을\s*)?높|쎄게|(?:함성|환호)\S*\s*(?:\S+\s*){0,2}?터지|확\s*커지"),
]

#: attribute -> [(level, english regex, korean regex)], strongest first within a scale.
WORDS = {"el_deg": _EL, "dist_m": _DIST, "spread_deg": _SPREAD, "wet_mix": _WET,
         "gain_db": _GAIN}
