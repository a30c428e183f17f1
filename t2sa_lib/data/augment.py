"""Label-aware augmentation: new wordings of a sentence that mean the same place.

Each generated record keeps its spec (which regions it names) in ``tags.spec``.
:func:`augment` writes that spec again with different phrases, order, subject,
verb ending and an optional polite filler, and keeps the record's labels
unchanged — so augmentation never moves a source. Tests check this by reading
every augmented sentence back with :func:`t2sa_lib.data.parse.parse_labels`.
"""
from __future__ import annotations

import numpy as np

from .generator import Spec, render_spec

FILLERS = {"en": ["Please make it so: ", "I want this: ", "Okay, "],
           "ko": ["음, ", "이렇게 해 줘: ", "부탁해요, "]}


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
            if rng.random() < 0.3:
                text = str(rng.choice(FILLERS[rec["lang"]])) + text
            if text in seen:
                continue
            seen.add(text)
            new = dict(rec, text=text)
            new["tags"] = dict(rec["tags"], augmented=True)
            out.append(new)
    return out
