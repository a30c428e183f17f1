"""Regions that words denote, and the Korean and English phrases for each.

Every phrase names a *region* of a parameter, never a single value: "front-right"
covers azimuths 25..65 deg, "far" covers 3..4.5 m. The generator samples labels
inside the region, so the dataset has an honest ambiguity floor (the error of an
oracle that knows the region but not the sample).

Region tables map a key to ``(low, high)`` in the parameter's unit; azimuth
regions are ``(centre, half-width)`` in degrees (0 front, +90 right).

The phrase tables are the *training* vocabulary. Out-of-domain sets use the
separate, held-out tables in :mod:`t2sa_lib.data.ood`.
"""
from __future__ import annotations

from ..angles import SECTORS as ANGLE_SECTORS

#: Azimuth regions: key -> (centre deg, half-width deg).
AZ_REGIONS = {
    "front": (0.0, 15.0),
    "front-right": (45.0, 20.0),
    "right": (90.0, 20.0),
    "back-right": (135.0, 20.0),
    "back": (180.0, 15.0),
    "back-left": (-135.0, 20.0),
    "left": (-90.0, 20.0),
    "front-left": (-45.0, 20.0),
    "slightly-right": (18.0, 8.0),
    "slightly-left": (-18.0, 8.0),
}
#: The 8 compass sectors used for stratification and per-sector reports.
SECTORS = ANGLE_SECTORS

EL_REGIONS = {"overhead": (45.0, 60.0), "above": (20.0, 40.0), "slightly-above": (5.0, 18.0),
              "level": (-5.0, 5.0), "below": (-40.0, -15.0)}
DIST_REGIONS = {"very-close": (0.6, 0.9), "close": (0.9, 1.5), "medium": (1.5, 3.0),
                "far": (3.0, 4.5), "very-far": (4.5, 6.0)}
SPREAD_REGIONS = {"point": (5.0, 15.0), "narrow": (15.0, 30.0), "wide": (50.0, 85.0),
                  "enveloping": (90.0, 120.0)}
WET_REGIONS = {"dry": (0.0, 0.12), "slight": (0.15, 0.35), "reverberant": (0.4, 0.65),
               "drowned": (0.7, 0.95)}
GAIN_REGIONS = {"very-quiet": (-20.0, -14.0), "quiet": (-12.0, -6.0), "normal": (-2.0, 2.0),
                "loud": (4.0, 8.0), "very-loud": (8.0, 12.0)}

#: What an unmentioned aspect is drawn from (documented defaults).
DEFAULTS = {"el": (-5.0, 5.0), "dist": (1.0, 2.5), "spread": (10.0, 25.0), "wet": (0.08, 0.25),
            "gain": (-3.0, 3.0)}

REGIONS = {"el": EL_REGIONS, "dist": DIST_REGIONS, "spread": SPREAD_REGIONS,
           "wet": WET_REGIONS, "gain": GAIN_REGIONS}

# ------------------------------------------------------------------ English phrases
EN = {
    "az": {
        "front": ["in front of me", "straight ahead", "right in front", "directly ahead",
                  "dead ahead"],
        "front-right": ["front-right of me", "ahead and to the right", "in front on the right",
                        "to my front right", "forward right"],
        "right": ["on my right", "to the right", "from the right side", "at my right",
                  "off to the right"],
        "back-right": ["behind me on the right", "back-right of me", "to the right behind me",
                       "from the rear right", "over my back right"],
        "back": ["behind me", "directly behind", "from behind", "at my back",
                 "right behind me"],
        "back-left": ["behind me on the left", "back-left of me", "to the left behind me",
                      "from the rear left", "over my back left"],
        "left": ["on my left", "to the left", "from the left side", "at my left",
                 "off to the left"],
        "front-left": ["front-left of me", "ahead and to the left", "in front on the left",
                       "to my front left", "forward left"],
        "slightly-right": ["slightly right of center", "just a little to the right of front",
                           "a bit right of straight ahead"],
        "slightly-left": ["slightly left of center", "just a little to the left of front",
                          "a bit left of straight ahead"],
    },
    "el": {
        "overhead": ["directly overhead", "right above my head"],
        "above": ["up high", "above me", "from above"],
        "slightly-above": ["slightly above ear level", "a little higher than my ears"],
        "level": ["at ear level", "at head height"],
        "below": ["down low", "from below", "near the floor"],
    },
    "dist": {
        "very-close": ["very close", "right next to me", "almost touching me"],
        "close": ["close by", "nearby", "within arm's reach"],
        "medium": ["a few steps away", "at a moderate distance", "a few meters off"],
        "far": ["far away", "across the room", "at a distance"],
        "very-far": ["very far away", "in the far distance", "way off in the distance"],
    },
    "spread": {
        "point": ["as a tiny point", "pinpoint sharp", "as a focused point"],
        "narrow": ["fairly narrow", "slightly spread", "a little diffuse"],
        "wide": ["wide", "broadly spread", "spread out widely"],
        "enveloping": ["enveloping me", "filling the whole space", "all around as a wash"],
    },
    "wet": {
        "dry": ["completely dry", "with no reverb", "bone dry"],
        "slight": ["with a touch of reverb", "with a little room sound", "slightly roomy"],
        "reverberant": ["in a reverberant hall", "with lots of reverb", "echoing in a large room"],
        "drowned": ["drowned in reverb", "washed in heavy reverb", "soaked in echoes"],
    },
    "gain": {
        "very-quiet": ["barely audible", "extremely softly"],
        "quiet": ["quietly", "softly"],
        "normal": ["at a normal level", "at moderate volume"],
        "loud": ["loudly", "with some force"],
        "very-loud": ["very loudly", "at full blast"],
    },
}
EN_SUBJECTS = ["a voice", "the piano", "a footstep", "a bird", "a bell", "a car", "the violin",
               "a drum", "a phone", "rain", "a guitar", "a dog", "the choir", "a clock"]
EN_STATIC_VERBS = ["sounds", "is heard", "can be heard", "rings out"]
EN_MOTION = {
    "approach": ["slowly approaches", "comes toward me", "moves closer", "approaches quickly"],
    "recede": ["moves away", "drifts away from me", "slowly recedes", "retreats into the room"],
    "rotate-cw": ["circles around me clockwise", "spins 360 degrees around me clockwise"],
    "rotate-ccw": ["circles around me counterclockwise",
                   "spins 360 degrees around me counterclockwise"],
    "pass-lr": ["passes from left to right", "sweeps past from left to right"],
    "pass-rl": ["passes from right to left", "sweeps past from right to left"],
}

# ------------------------------------------------------------------ Korean phrases
KO = {
    "az": {
        "front": ["정면에서", "앞쪽에서", "바로 앞에서", "내 앞에서", "정면 쪽에서"],
        "front-right": ["오른쪽 앞에서", "앞 오른쪽에서", "오른편 앞쪽에서", "우측 앞에서",
                        "전방 오른쪽에서"],
        "right": ["오른쪽에서", "오른편에서", "우측에서", "내 오른쪽에서", "오른쪽 옆에서"],
        "back-right": ["오른쪽 뒤에서", "뒤 오른쪽에서", "오른편 뒤쪽에서", "우측 뒤에서",
                       "후방 오른쪽에서"],
        "back": ["뒤에서", "뒤쪽에서", "바로 뒤에서", "등 뒤에서", "내 뒤에서"],
        "back-left": ["왼쪽 뒤에서", "뒤 왼쪽에서", "왼편 뒤쪽에서", "좌측 뒤에서",
                      "후방 왼쪽에서"],
        "left": ["왼쪽에서", "왼편에서", "좌측에서", "내 왼쪽에서", "왼쪽 옆에서"],
        "front-left": ["왼쪽 앞에서", "앞 왼쪽에서", "왼편 앞쪽에서", "좌측 앞에서",
                       "전방 왼쪽에서"],
        "slightly-right": ["정면에서 살짝 오른쪽으로", "앞에서 약간 오른쪽으로"],
        "slightly-left": ["정면에서 살짝 왼쪽으로", "앞에서 약간 왼쪽으로"],
    },
    "el": {
        "overhead": ["머리 바로 위에서", "정수리 위에서"],
        "above": ["높은 곳에서", "위쪽에서", "위에서"],
        "slightly-above": ["귀보다 살짝 높게", "약간 높은 곳에서"],
        "level": ["귀 높이에서", "머리 높이에서"],
        "below": ["낮은 곳에서", "아래쪽에서", "바닥 가까이에서"],
    },
    "dist": {
        "very-close": ["아주 가까이", "바로 옆에서", "코앞에서"],
        "close": ["가까이에서", "가까운 곳에서", "손 닿을 거리에서"],
        "medium": ["몇 걸음 떨어져서", "적당히 떨어진 곳에서", "조금 떨어져서"],
        "far": ["멀리서", "방 건너편에서", "먼 곳에서"],
        "very-far": ["아주 멀리서", "저 멀리서", "아득히 먼 곳에서"],
    },
    "spread": {
        "point": ["작은 점처럼", "한 점에서 또렷하게", "점처럼 모여서"],
        "narrow": ["좁게", "살짝 퍼져서", "약간 흐릿하게"],
        "wide": ["넓게 퍼져서", "넓게", "폭넓게 퍼지며"],
        "enveloping": ["사방을 감싸듯이", "공간 전체를 채우며", "온몸을 감싸며"],
    },
    "wet": {
        "dry": ["울림 없이 건조하게", "잔향 없이", "아주 건조하게"],
        "slight": ["약간의 잔향과 함께", "살짝 울리며", "방 울림이 조금 섞여서"],
        "reverberant": ["울림이 큰 홀처럼", "잔향이 많이", "넓은 방에서 울리듯"],
        "drowned": ["잔향에 푹 잠겨서", "메아리에 묻혀서", "울림에 흠뻑 젖어서"],
    },
    "gain": {
        "very-quiet": ["거의 안 들리게", "아주 작게"],
        "quiet": ["조용히", "작게"],
        "normal": ["보통 크기로", "적당한 크기로"],
        "loud": ["크게", "힘 있게"],
        "very-loud": ["아주 크게", "쩌렁쩌렁하게"],
    },
}
KO_SUBJECTS = ["목소리가", "피아노 소리가", "발소리가", "새소리가", "종소리가", "자동차 소리가",
               "바이올린 소리가", "북소리가", "전화벨이", "빗소리가", "기타 소리가", "강아지 소리가",
               "합창 소리가", "시계 소리가"]
KO_STATIC_VERBS = ["들려", "들려요", "들립니다", "울려", "울려요", "나요", "들린다"]
KO_MOTION = {
    "approach": ["천천히 다가와", "다가와요", "점점 가까워져요", "빠르게 다가옵니다"],
    "recede": ["멀어져", "점점 멀어져요", "천천히 멀어진다", "멀어져 갑니다"],
    "rotate-cw": ["시계 방향으로 360도 회전해요", "시계 방향으로 주위를 빙글 돌아"],
    "rotate-ccw": ["반시계 방향으로 360도 회전해요", "반시계 방향으로 주위를 빙글 돌아"],
    "pass-lr": ["왼쪽에서 오른쪽으로 지나가요", "왼쪽에서 오른쪽으로 스쳐 지나가"],
    "pass-rl": ["오른쪽에서 왼쪽으로 지나가요", "오른쪽에서 왼쪽으로 스쳐 지나가"],
}

PHRASES = {"en": EN, "ko": KO}
MOTION_PHRASES = {"en": EN_MOTION, "ko": KO_MOTION}
SUBJECTS = {"en": EN_SUBJECTS, "ko": KO_SUBJECTS}
STATIC_VERBS = {"en": EN_STATIC_VERBS, "ko": KO_STATIC_VERBS}


def region_center(aspect: str, key: str) -> float:
    """Centre of a region: azimuth centre, or the (geometric, for distance) middle."""
    if aspect == "az":
        return AZ_REGIONS[key][0]
    lo, hi = REGIONS[aspect][key]
    return (lo * hi) ** 0.5 if aspect == "dist" else (lo + hi) / 2


# ------------------------------------------------------------------ augmentation-only directions
#: More ways to name each direction, used only by augmentation
#: (:mod:`t2sa_lib.data.augment`), never by the dataset's generator: the dataset's
#: five phrases per direction are what the paper-style splits contain, and these
#: widen the wording the model is trained on without changing a dataset byte.
#: None shares a new word with the out-of-domain sets (a test checks).
EXTRA_AZ = {
    "en": {
        "front": ["facing me", "out in front", "from the front", "before me", "to the front"],
        "front-right": ["in front and to the right", "at my front right", "from the front right",
                        "forward and to the right", "to the front right"],
        "right": ["from my right", "on the right side", "at the right", "to the right of me",
                  "rightward"],
        "back-right": ["behind and to the right", "from behind on the right",
                       "at my rear right", "back and to the right", "behind me to my right"],
        "back": ["from the back", "at the back", "to my rear", "in back of me",
                 "back behind me"],
        "back-left": ["behind and to the left", "from behind on the left", "at my rear left",
                      "back and to the left", "behind me to my left"],
        "left": ["from my left", "on the left side", "at the left", "to the left of me",
                 "leftward"],
        "front-left": ["in front and to the left", "at my front left", "from the front left",
                       "forward and to the left", "to the front left"],
        "slightly-right": ["a touch right of center", "a little right of front"],
        "slightly-left": ["a touch left of center", "a little left of front"],
    },
    "ko": {
        "front": ["앞편에서", "전방에서", "정면 방향에서", "내 정면에서", "앞 방향에서"],
        "front-right": ["오른편 전방에서", "오른쪽 전방에서", "우측 전방에서", "앞 우측에서",
                        "오른쪽 앞 방향에서"],
        "right": ["오른쪽 방향에서", "내 오른편에서", "우측 방향에서", "오른쪽 편에서",
                  "오른편 쪽에서"],
        "back-right": ["오른쪽 후방에서", "우측 후방에서", "뒤쪽 오른편에서", "뒤 우측에서",
                       "오른쪽 뒤 방향에서"],
        "back": ["후방에서", "등 쪽에서", "뒤 방향에서", "내 등 뒤쪽에서", "바로 뒤쪽에서"],
        "back-left": ["왼쪽 후방에서", "좌측 후방에서", "뒤쪽 왼편에서", "뒤 좌측에서",
                      "왼쪽 뒤 방향에서"],
        "left": ["왼쪽 방향에서", "내 왼편에서", "좌측 방향에서", "왼쪽 편에서", "왼편 쪽에서"],
        "front-left": ["왼편 전방에서", "왼쪽 전방에서", "좌측 전방에서", "앞 좌측에서",
                       "왼쪽 앞 방향에서"],
        "slightly-right": ["정면보다 조금 오른쪽으로", "앞에서 살짝 오른편으로"],
        "slightly-left": ["정면보다 조금 왼쪽으로", "앞에서 살짝 왼편으로"],
    },
}
