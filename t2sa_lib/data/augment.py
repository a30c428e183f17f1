"""Label-aware augmentation: new wordings of a sentence that mean the same place.

Each generated record keeps its spec (which regions it names) in ``tags.spec``.
:func:`augment` writes that spec again with different phrases (directions also
from the augmentation-only :data:`t2sa_lib.data.lexicon.EXTRA_AZ`), order, sound
source (from a wider list, :data:`EXTRA_SUBJECTS`), verb ending, an optional
polite filler, scene context ("During the chorus, ...", "..., 장면이 끝날
때까지"), a long multi-clause scene description around it, or a simile that
names no place ("like a lullaby"),
and keeps the record's labels — so augmentation does not move a source, with
the one exception below. Tests check this by reading every
augmented sentence back with :func:`t2sa_lib.data.parse.parse_labels`.

One rewrite changes a label, by a stated convention: a sentence that names no
direction places the sound in front (the renderer's default azimuth, 0 deg).
With probability :data:`DIRECTION_FREE_SHARE` a rewrite leaves the direction
out ("A bell rings out directly overhead.") and its azimuth label is drawn from
the "front" region instead; every other label stays. Without such sentences the
model never learns the default, and guesses a direction from stray words
("from", "over"). The rewrite's ``tags.spec`` says what the new wording names.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from . import lexicon as L
from .generator import Spec, render_spec

FILLERS = {"en": ["Please make it so: ", "I want this: ", "Okay, "],
           "ko": ["음, ", "이렇게 해 줘: ", "부탁해요, "]}
# Scene context without any spatial meaning: it teaches the model to find the
# placement inside longer, chattier sentences. Not the OOD sets' own clauses.
CONTEXT_INTROS = {"en": ["In this scene, ", "For the next shot, ", "When the door opens, ",
                         "During the chorus, ", "As the story begins, ",
                         "Just after the dialogue ends, ", "As if in a dream, ",
                         "Like in an old film, "],
                  "ko": ["이 장면에서 ", "다음 컷에서는 ", "문이 열리면 ", "후렴이 나올 때 ",
                         "이야기가 시작될 때 ", "대사가 끝나자마자 ", "꿈속처럼 ",
                         "옛날 영화처럼 "]}
CONTEXT_OUTROS = {"en": [" for the whole take.", " until the cue ends.",
                         " throughout the scene.", " while the titles roll."],
                  "ko": [" 이번 테이크 내내요.", " 장면이 끝날 때까지요.", " 음악이 끝날 때까지요.",
                         " 자막이 올라가는 동안요."]}


# Long scene descriptions, composed from neutral pieces (a moment, what else is
# going on, why), so the model learns to find a placement inside 20-40 word
# sentences. No piece names a direction, distance, height, width, loudness or
# room; none is one of the OOD sets' own clauses (t2sa_lib.data.ood).
SCENE_MOMENTS = {"en": ["On a rainy Sunday afternoon", "At the start of the second act",
                        "A few seconds after the title card", "Once the interview has ended",
                        "Late in the evening of the festival", "When the kettle starts to boil",
                        "In the final minute of the episode", "Before anyone says a word"],
                 "ko": ["비 오는 일요일 오후에", "두 번째 막이 시작될 무렵", "타이틀 화면이 지나고 몇 초 후",
                        "인터뷰가 끝나고 나면", "축제가 열리는 날 저녁 늦게", "주전자 물이 끓기 시작할 때",
                        "에피소드 마지막 일 분 동안", "누군가 말을 꺼내기 전에"]}
SCENE_SITUATIONS = {"en": ["while the actors are still getting into character",
                           "as the narrator pauses to take a breath",
                           "while the camera lingers on an empty kitchen table",
                           "with the rest of the mix kept very sparse",
                           "while the audience is still finding their seats",
                           "as the heroine opens the letter from her sister"],
                    "ko": ["배우들이 아직 감정을 잡는 동안", "내레이터가 숨을 고르는 사이",
                           "카메라가 빈 식탁을 오래 비추는 동안", "나머지 믹스는 최대한 비워 둔 채로",
                           "관객들이 아직 자리를 찾는 동안", "주인공이 언니의 편지를 펼쳐 읽을 때"]}
SCENE_PURPOSES = {"en": ["so that it feels natural and unforced", "because the director wants "
                         "the audience to feel uneasy", "which gives the sequence a dreamlike "
                         "quality", "but without distracting anyone from the dialogue",
                         "and keep it that way for as long as the shot lasts"],
                  "ko": ["자연스럽고 억지스럽지 않게 느껴지도록 해 주세요", "감독이 관객이 불안함을 느끼길 원하거든요",
                         "그러면 장면 전체가 꿈처럼 느껴질 거예요", "대사에 방해가 되지 않도록 해 주세요",
                         "샷이 이어지는 동안 계속 그렇게 유지해 주세요"]}
# Similes that say nothing about place, so that "like ..." in a sentence is
# read as colour, not as a direction. Not the OOD sets' metaphors (which do carry one).
SIMILES = {"en": ["like a half-remembered dream", "as if played on a worn vinyl record",
                  "like a music box winding down", "like a lullaby", "as if from an old radio",
                  "like a memory of a summer afternoon", "as if nobody were meant to hear it"],
           "ko": ["반쯤 잊힌 꿈처럼", "낡은 레코드판을 틀어 놓은 듯", "태엽이 풀려 가는 오르골처럼",
                  "자장가처럼", "오래된 라디오에서 나오듯", "여름 오후의 기억처럼",
                  "아무도 들으면 안 되는 것처럼"]}
# Sound sources beside the generator's 14 per language: what makes a sound never says
# where it is, and with 14 subjects an unseen one ("an owl", "기적 소리가") can pull
# the direction anywhere. None is a sound of the OOD sets (a test checks the words).
EXTRA_SUBJECTS = {"en": ["a trumpet", "the radio", "a cat", "a baby", "the wind chimes",
                         "a motorcycle", "a crowd", "a fan", "the fridge", "a helicopter",
                         "a cough", "a door", "a hammer", "a drill", "the ocean", "a waterfall",
                         "a cricket", "a frog", "a rooster", "an engine", "a bus", "a tram",
                         "a doorbell", "a laugh", "the applause", "a microwave",
                         "a vacuum cleaner", "a keyboard", "a synth pad", "a snare",
                         "a cymbal", "the organ", "a trombone", "a clarinet", "a violinist",
                         "a crow", "a pigeon", "a sheep", "a goat", "a printer", "the wind",
                         "a chainsaw", "a marimba", "a tambourine", "a choir boy", "a ukulele",
                         "an alarm", "a water drop", "a fire crackle", "a heartbeat"],
                  "ko": ["트럼펫 소리가", "라디오 소리가", "고양이 소리가", "아기 울음소리가",
                         "풍경 소리가", "오토바이 소리가", "군중 소리가", "선풍기 소리가",
                         "냉장고 소리가", "헬리콥터 소리가", "기침 소리가", "문 닫는 소리가",
                         "망치 소리가", "드릴 소리가", "파도 소리가", "폭포 소리가",
                         "귀뚜라미 소리가", "개구리 소리가", "닭 울음소리가", "엔진 소리가",
                         "버스 소리가", "전차 소리가", "초인종이", "웃음소리가", "박수 소리가",
                         "전자레인지 소리가", "청소기 소리가", "키보드 소리가", "신스 패드가",
                         "스네어 소리가", "심벌즈 소리가", "오르간 소리가", "트롬본 소리가",
                         "클라리넷 소리가", "까마귀 소리가", "비둘기 소리가", "양 울음소리가",
                         "염소 소리가", "프린터 소리가", "바람 소리가", "전기톱 소리가",
                         "마림바 소리가", "탬버린 소리가", "우쿨렐레 소리가", "경보음이",
                         "물방울 소리가", "장작 타는 소리가", "심장 소리가", "자전거 벨이",
                         "파리 소리가"]}
#: Direction phrases of rewrites: the dataset's and the augmentation-only ones.
AZ_PHRASES = {lang: {key: L.PHRASES[lang]["az"][key] + L.EXTRA_AZ[lang][key]
                     for key in L.PHRASES[lang]["az"]} for lang in L.PHRASES}
DIRECTION_FREE_SHARE = 0.15         # of rewrites (never of pass-bys, whose path is the direction)


def _continuing(text: str) -> str:
    """An English sentence as it reads after a comma: first letter lower-cased, except "I"."""
    return text if text.startswith("I ") else text[0].lower() + text[1:]


def _with_long_context(text: str, lang: str, rng) -> str:
    """``text`` inside a long scene description (intro of two clauses, purpose after)."""
    moment = str(rng.choice(SCENE_MOMENTS[lang]))
    situation = str(rng.choice(SCENE_SITUATIONS[lang]))
    purpose = str(rng.choice(SCENE_PURPOSES[lang]))
    if lang == "ko":
        return f"{moment} {situation} {text.rstrip('.')}. {purpose}."
    return f"{moment}, {situation}, {_continuing(text).rstrip('.')}, {purpose}."


def _with_context(text: str, lang: str, rng) -> str:
    """``text`` with a short scene-context intro and/or outro."""
    r = rng.random()
    if r < 0.67:
        first = text if lang == "ko" else _continuing(text)
        text = str(rng.choice(CONTEXT_INTROS[lang])) + first
    if r > 0.33:
        text = text.rstrip(".") + str(rng.choice(CONTEXT_OUTROS[lang]))
    return text


def _with_simile(text: str, lang: str, rng) -> str:
    """``text`` with a place-free simile before it or (English) after it."""
    simile = str(rng.choice(SIMILES[lang]))
    if lang == "ko":
        return f"{simile} {text}"
    if rng.random() < 0.5:
        return f"{simile[0].upper() + simile[1:]}, {_continuing(text)}"
    return f"{text.rstrip('.')}, {simile}."


def _direction_free(rec: dict, spec: Spec, rng) -> tuple[dict, Spec]:
    """``rec`` and ``spec`` with the direction removed and the azimuth label set to front."""
    spec = replace(spec, az=None, az_num=None, az_num_form=None)
    c, hw = L.AZ_REGIONS["front"]
    az = math.radians(c + rng.uniform(-hw, hw))
    tags = dict(rec["tags"], az_center_deg=c, az_halfwidth_deg=hw, sector="front",
                numeric=spec.numeric)
    return dict(rec, az_sc=[round(math.sin(az), 4), round(math.cos(az), 4)], tags=tags), spec


def augment(records: list[dict], multiplier: int, seed: int = 0,
            extra_directions: bool = True) -> list[dict]:
    """Return the records plus ``multiplier - 1`` rewritten copies of each.

    Labels are kept, except the azimuth of direction-free rewrites (module docstring).
    Records without ``tags.spec`` (e.g. user data) are passed through unchanged.
    Rewrites identical to an existing sentence are dropped. With
    ``extra_directions`` a rewrite names its direction with the dataset's phrases
    or the augmentation-only ones (:data:`t2sa_lib.data.lexicon.EXTRA_AZ`).
    """
    if multiplier < 1:
        raise ValueError(f"multiplier must be at least 1, got {multiplier}")
    rng = np.random.default_rng(seed)
    out = list(records)
    seen = {r["text"] for r in records}
    for rec in records:
        spec = rec.get("tags", {}).get("spec")
        if spec is None:
            continue
        for _ in range(multiplier - 1):
            base, new_spec = rec, Spec.from_dict(spec)
            if (not (new_spec.motion or "").startswith("pass")
                    and rng.random() < DIRECTION_FREE_SHARE):
                base, new_spec = _direction_free(rec, new_spec, rng)
            text = render_spec(new_spec, rec["lang"], rng,
                               L.SUBJECTS[rec["lang"]] + EXTRA_SUBJECTS[rec["lang"]],
                               AZ_PHRASES[rec["lang"]] if extra_directions else None)
            r = rng.random()
            if r < 0.25:
                text = str(rng.choice(FILLERS[rec["lang"]])) + text
            elif r < 0.5:
                text = _with_context(text, rec["lang"], rng)
            elif r < 0.7:
                text = _with_long_context(text, rec["lang"], rng)
            elif r < 0.85:
                text = _with_simile(text, rec["lang"], rng)
            if text in seen:
                continue
            seen.add(text)
            new = dict(base, text=text)
            new["tags"] = dict(base["tags"], augmented=True, spec=new_spec.to_dict())
            out.append(new)
    return out
