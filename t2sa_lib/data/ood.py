"""Out-of-domain test sets: numeric, long, metaphorical and paraphrased sentences.

The paper reports 19.9 deg on numeric instructions and >90 deg on long,
metaphorical and paraphrased ones. Our four sets are written from a separate,
held-out lexicon — wordings the training templates never use — with honest
labels sampled from the regions the words denote (the same machinery as the
training data, so the oracle floor is computable for them too).

* numeric: exact degrees, clock faces, metres and elevations in new frames
  ("Place it 40 degrees toward your right");
* long: training phrases buried in 25+ word multi-clause sentences;
* metaphorical: "like a whisper behind my ear", "귓가에 속삭이듯";
* paraphrased: plain but unseen wordings, "over by my right shoulder".
"""
from __future__ import annotations

import numpy as np

from ..angles import az_to_sector, clock_to_az_deg
from . import lexicon as L
from .generator import Spec, _phrase, sample_labels

OOD_SETS = ("numeric", "long", "metaphorical", "paraphrased")

# (phrase, azimuth region, {aspect: region})
METAPHORS = {
    "en": [
        ("like a whisper behind my ear", "back", {"dist": "very-close"}),
        ("like someone tapping on my right shoulder", "right", {"dist": "very-close"}),
        ("like thunder rumbling on the horizon to my left", "left", {"dist": "very-far"}),
        ("like a lighthouse beam cutting through fog ahead of me", "front", {"dist": "far"}),
        ("like a ghost breathing on the nape of my neck", "back", {"dist": "very-close"}),
        ("like a bird perched on a branch over my head", "front", {"el": "overhead"}),
        ("like a train whistle drifting in from the far right", "right", {"dist": "very-far"}),
        ("like a secret murmured into my left ear", "left", {"dist": "very-close"}),
        ("like a church bell tolling in a cathedral behind me", "back", {"wet": "drowned"}),
        ("like a firefly glowing just ahead and to my right", "front-right", {"spread": "point"}),
        ("like fog rolling over me from every side", "front", {"spread": "enveloping"}),
        ("like a cello played in an empty stone church to my left", "left", {"wet": "drowned"}),
        ("like footsteps of a stranger trailing me on the right", "back-right", {}),
        ("like a shadow lurking over my left shoulder from behind", "back-left", {}),
        ("like a streetlamp buzzing high up ahead on the left", "front-left", {"el": "above"}),
    ],
    "ko": [
        ("귓가에 속삭이듯 뒤에서", "back", {"dist": "very-close"}),
        ("누가 오른쪽 어깨를 톡 치듯이", "right", {"dist": "very-close"}),
        ("왼편 지평선 너머 천둥이 구르듯", "left", {"dist": "very-far"}),
        ("안개를 뚫는 등대 불빛처럼 앞쪽 저편에서", "front", {"dist": "far"}),
        ("목덜미에 숨결이 닿듯이", "back", {"dist": "very-close"}),
        ("나뭇가지에 앉은 새처럼 머리 위에서", "front", {"el": "overhead"}),
        ("기적 소리가 오른편 끝에서 실려 오듯", "right", {"dist": "very-far"}),
        ("왼쪽 귀에 비밀을 털어놓듯", "left", {"dist": "very-close"}),
        ("성당 종이 등 뒤 돌벽에 메아리치듯", "back", {"wet": "drowned"}),
        ("반딧불처럼 앞 오른편에서 반짝이듯", "front-right", {"spread": "point"}),
        ("안개가 사방에서 밀려오듯", "front", {"spread": "enveloping"}),
        ("텅 빈 돌 성당에서 첼로를 켜듯 왼쪽에서", "left", {"wet": "drowned"}),
        ("낯선 이의 발걸음이 오른쪽 뒤를 밟듯", "back-right", {}),
        ("그림자가 왼쪽 어깨 너머 뒤에서 도사리듯", "back-left", {}),
        ("가로등이 왼편 앞 높은 데서 웅웅대듯", "front-left", {"el": "above"}),
    ],
}
PARAPHRASES = {
    "en": [
        ("over by my right shoulder", "right", {}), ("just past my left ear", "left",
                                                     {"dist": "very-close"}),
        ("at my six", "back", {}), ("dead center in front of my nose", "front", {}),
        ("off my left flank", "left", {}), ("up front on the left-hand side", "front-left", {}),
        ("toward the rear on the right-hand side", "back-right", {}),
        ("on the right-hand side", "right", {}), ("from the rear", "back", {}),
        ("diagonally forward to my right", "front-right", {}),
        ("diagonally backward to my left", "back-left", {}),
        ("a stone's throw away straight forward", "front", {"dist": "medium"}),
        ("miles off to the west of me, which is my left", "left", {"dist": "very-far"}),
        ("inches from my face", "front", {"dist": "very-close"}),
        ("somewhere over the back of my head on the right", "back-right", {}),
    ],
    "ko": [
        ("오른쪽 어깨 너머에서", "right", {}), ("왼쪽 귓가에서", "left", {"dist": "very-close"}),
        ("뒤통수 쪽에서", "back", {}), ("눈앞 정중앙에서", "front", {}),
        ("왼손 쪽에서", "left", {}), ("왼쪽 대각선 앞에서", "front-left", {}),
        ("오른쪽 대각선 뒤편에서", "back-right", {}), ("오른손 쪽에서", "right", {}),
        ("등짝 너머에서", "back", {}), ("오른쪽 대각선 앞에서", "front-right", {}),
        ("왼쪽 대각선 뒤편에서", "back-left", {}),
        ("한 발짝 떨어진 코앞 정면에서", "front", {"dist": "close"}),
        ("까마득히 왼편 끝에서", "left", {"dist": "very-far"}),
        ("얼굴 바로 앞에서", "front", {"dist": "very-close"}),
        ("오른쪽 뒤통수 너머에서", "back-right", {}),
    ],
}
LONG_INTROS = {
    "en": ["While I am sitting at my desk late at night trying to finish a long report",
           "Imagine a quiet evening in an old wooden house where nothing else is happening",
           "In the middle of this scene, just after the lights go down and everyone settles in",
           "For the opening shot of the short film that we are editing this week"],
    "ko": ["늦은 밤 책상에 앉아 밀린 보고서를 마무리하려고 애쓰고 있을 때",
           "아무 일도 일어나지 않는 오래된 나무 집의 조용한 저녁을 떠올려 보면",
           "조명이 꺼지고 모두가 자리에 앉은 직후 이 장면의 한가운데에서",
           "이번 주에 편집하고 있는 단편 영화의 첫 장면을 위해서"],
}
LONG_OUTROS = {
    "en": ["which should make the whole moment feel strangely calm and cinematic",
           "so that the listener slowly notices it without being startled at all",
           "and it should keep going like that until the scene fades to black"],
    "ko": ["그래서 전체 분위기가 묘하게 차분하고 영화처럼 느껴지도록 해 주세요",
           "듣는 사람이 놀라지 않고 천천히 알아차리도록 만들어 주세요",
           "장면이 어둡게 사라질 때까지 그렇게 계속 이어지게 해 주세요"],
}
NUMERIC_FRAMES = {
    "en": ["Place the {s} {n} degrees toward your {side}", "Put the {s} at {h} o'clock",
           "Set the {s} {n} degrees toward your {side}, about {d} metres out",
           "Pan the {s} {n} degrees toward your {side}, raised {e} degrees above the horizon",
           "The {s} should come from the {h} o'clock direction, roughly {d} metres out"],
    "ko": ["{s} 우측 {n}도 지점에 배치해 줘", "{s} {h}시 쪽에서 나게 해 줘",
           "{s} 좌측으로 {n}도 틀어서 {d}미터 정도 거리에 놓아 줘",
           "{s} {h}시 쪽, {d}미터 정도 거리에 놓아 줘",
           "{s} 우측 {n}도, 고도 {e}도로 올려 줘"],
}
_SOUNDS = {"en": ["horn", "flute", "typewriter", "kettle", "siren", "harp", "saxophone", "owl"],
           "ko": ["호른 소리를", "플루트 소리를", "타자기 소리를", "주전자 소리를",
                  "사이렌을", "하프 소리를", "색소폰 소리를", "부엉이 소리를"]}
_VERBS = {"en": ["is heard", "sounds"], "ko": ["들려요", "들린다"]}


def _record(spec: Spec, text: str, lang: str, rng, ood_set: str) -> dict:
    p, tags = sample_labels(spec, rng)
    tags["sector"] = az_to_sector(p.az_deg if spec.az is None else tags["az_center_deg"])
    tags["spec"] = spec.to_dict()
    tags["ood"] = ood_set
    return {"text": text, "lang": lang, **p.to_record(), "tags": tags}


def _phrase_set(table, name, lang, rng, n) -> list[dict]:
    out = []
    for i in range(n):
        phrase, az_key, regions = table[lang][i % len(table[lang])]
        spec = Spec(az=az_key, regions=dict(regions))
        subj = str(rng.choice(_SOUNDS[lang])).replace("를", "가").replace("사이렌을", "사이렌이")
        verb = str(rng.choice(_VERBS[lang]))
        extra = ""
        if rng.random() < 0.5 and "dist" not in regions and "wet" not in regions:
            key = str(rng.choice(list(L.WET_REGIONS)))
            spec.regions["wet"] = key
            extra = _phrase(lang, "wet", key, rng)
        if lang == "en":
            text = f"The {subj} {verb} {phrase}" + (f", {extra}" if extra else "") + "."
        else:
            text = f"{phrase} {extra + ' ' if extra else ''}{subj} {verb}"
        out.append(_record(spec, text, lang, rng, name))
    return out


def _long_set(lang: str, rng, n: int) -> list[dict]:
    from .generator import random_spec, render_spec

    out = []
    while len(out) < n:
        spec = random_spec(rng, numeric_share=0.0, motion_share=0.2)
        if spec.az is None:
            continue
        core = render_spec(spec, lang, rng).rstrip(".")
        intro, outro = str(rng.choice(LONG_INTROS[lang])), str(rng.choice(LONG_OUTROS[lang]))
        if lang == "en":
            text = f"{intro}, {core[0].lower() + core[1:]}, {outro}."
        else:
            text = f"{intro} {core}. {outro}."
        if len(text.split()) >= 25 or lang == "ko" and len(text.split()) >= 18:
            out.append(_record(spec, text, lang, rng, "long"))
    return out


def _numeric_set(lang: str, rng, n: int) -> list[dict]:
    out = []
    for i in range(n):
        frame = NUMERIC_FRAMES[lang][i % len(NUMERIC_FRAMES[lang])]
        s = str(rng.choice(_SOUNDS[lang]))
        num = int(rng.choice([5, 10, 25, 35, 40, 50, 55, 65, 80, 100, 125, 140, 155, 170]))
        hour = int(rng.integers(1, 13))
        dist = float(rng.choice([0.7, 1.2, 2, 3.5, 4.5, 5.5]))
        el = int(rng.choice([10, 25, 35, 50]))
        if lang == "en":
            side = str(rng.choice(["left", "right"]))
        else:
            side = "right" if "우측" in frame else "left"
        spec = Spec()
        if "{h}" in frame:
            spec.az_num, spec.az_num_form = clock_to_az_deg(hour), "clock"
        else:
            spec.az_num, spec.az_num_form = (num if side == "right" else -num), "deg"
        if "{d}" in frame:
            spec.dist_num = dist
        if "{e}" in frame:
            spec.el_num = float(el)
        text = frame.format(s=s, n=num, side=side, h=hour, d=f"{dist:g}", e=el)
        out.append(_record(spec, text + ("." if lang == "en" else ""), lang, rng, "numeric"))
    return out


def build_ood_sets(seed: int = 0, per_lang: int = 100) -> dict[str, list[dict]]:
    """The four OOD sets, ``per_lang`` sentences per language each."""
    rng = np.random.default_rng(seed + 1_000_003)
    sets = {name: [] for name in OOD_SETS}
    for lang in ("ko", "en"):
        sets["numeric"] += _numeric_set(lang, rng, per_lang)
        sets["long"] += _long_set(lang, rng, per_lang)
        sets["metaphorical"] += _phrase_set(METAPHORS, "metaphorical", lang, rng, per_lang)
        sets["paraphrased"] += _phrase_set(PARAPHRASES, "paraphrased", lang, rng, per_lang)
    return sets


def ood_filename(name: str) -> str:
    """The file of an OOD set (one of :data:`OOD_SETS`) under ``data/``."""
    return f"ood_{name}.jsonl"
