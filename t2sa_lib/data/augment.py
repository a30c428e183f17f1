"""Label-aware augmentation: new wordings of a sentence that mean the same place.

Each generated record keeps its spec (which regions it names) in ``tags.spec``.
:func:`augment` writes that spec again with different phrases, order, subject,
verb ending, an optional polite filler or scene context ("During the
chorus, ...", "..., 장면이 끝날 때까지"), and keeps the record's labels
unchanged — so augmentation never moves a source. Tests check this by reading
every augmented sentence back with :func:`t2sa_lib.data.parse.parse_labels`.
"""
from __future__ import annotations

import numpy as np

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


def _with_context(text: str, lang: str, rng) -> str:
    """``text`` with a scene-context intro and/or outro."""
    r = rng.random()
    if r < 0.67:
        first = text if lang == "ko" or text.startswith("I ") else text[0].lower() + text[1:]
        text = str(rng.choice(CONTEXT_INTROS[lang])) + first
    if r > 0.33:
        text = text.rstrip(".") + str(rng.choice(CONTEXT_OUTROS[lang]))
    return text


def augment(records: list[dict], multiplier: int, seed: int = 0) -> list[dict]:
    """Return the records plus ``multiplier - 1`` rewritten copies of each.

    Records without ``tags.spec`` (e.g. user data) are passed through unchanged.
    Rewrites identical to an existing sentence are dropped.
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
            text = render_spec(Spec.from_dict(spec), rec["lang"], rng)
            r = rng.random()
            if r < 0.3:
                text = str(rng.choice(FILLERS[rec["lang"]])) + text
            elif r < 0.6:
                text = _with_context(text, rec["lang"], rng)
            if text in seen:
                continue
            seen.add(text)
            new = dict(rec, text=text)
            new["tags"] = dict(rec["tags"], augmented=True)
            out.append(new)
    return out
