"""Read the generator's own sentences back into region labels (its exact inverse).

``parse_labels(text, lang)`` recovers which region each aspect names — the key
in :mod:`t2sa_lib.data.lexicon` — plus motion and any exact numbers. It knows
only the training lexicon (the dataset's phrases and augmentation's extra
direction phrases), so it is a checking tool (augmentation must not
change what a sentence means), not a baseline: on other wording it finds
nothing.
"""
from __future__ import annotations

import re

from ..numeric import parse_explicit
from . import lexicon as L


def _phrase_index(lang: str) -> list[tuple[str, str, str]]:
    """(phrase, aspect, key) for every phrase of ``lang``, longest first."""
    rows = [(p, aspect, key) for aspect, table in L.PHRASES[lang].items()
            for key, phrases in table.items() for p in phrases]
    rows += [(p, "az", key) for key, phrases in L.EXTRA_AZ[lang].items() for p in phrases]
    rows += [(p, "motion", key) for key, phrases in L.MOTION_PHRASES[lang].items()
             for p in phrases]
    return sorted(rows, key=lambda r: -len(r[0]))


_INDEX = {lang: _phrase_index(lang) for lang in L.PHRASES}

# The generator's numeric wordings (see generator.numeric_*_phrase), blanked before the
# region phrases are matched so "at a distance of 3 meters" is not read as "at a distance".
_NUMERIC_SPANS = re.compile(
    r"(at (the )?)?\d+(\.\d+)? ?(degrees?\b(?! around)|o'clock|meters?|m\b)"
    r"( (to the|on the)? ?(left|right)( of center)?| position| direction| up| away"
    r"| below ear level)?|at an elevation of \d+ degrees|at a distance of \d+(\.\d+)? meters"
    r"|(정면 기준 )?(왼쪽|오른쪽)(으로)? ?\d+도( 방향에서)?|\d+시 방향( 쪽)?에서|위로 \d+도"
    r"|\d+도 높이에서|아래로 \d+도|\d+(\.\d+)?(미터|m) ?(떨어져서|거리에서)|정면 0도에서")


def parse_labels(text: str, lang: str) -> dict:
    """Region keys named in ``text``: ``{"az": key, "el": key, ..., "motion": key, "numbers": {...}}``.

    Phrases are matched longest first and blanked out once matched, so
    "right next to me" (distance) is never read as "right" (azimuth).
    """
    if lang not in _INDEX:
        raise ValueError(f"unknown language {lang!r} (one of {', '.join(_INDEX)})")
    s = text.lower() if lang == "en" else text
    s = _NUMERIC_SPANS.sub(lambda m: " " * len(m.group(0)), s)
    found: dict = {}
    for phrase, aspect, key in _INDEX[lang]:
        p = phrase.lower() if lang == "en" else phrase
        pos = s.find(p)
        if pos >= 0 and aspect not in found:
            found[aspect] = key
            s = s[:pos] + " " * len(p) + s[pos + len(p):]
    numbers = parse_explicit(text)
    if numbers:
        found["numbers"] = numbers
    return found


def spec_labels(spec: dict) -> dict:
    """What :func:`parse_labels` should find for a generator spec (``Spec.to_dict()``)."""
    out = {k: v for k, v in spec.get("regions", {}).items()}
    if spec.get("az") and spec.get("az_num") is None:
        out["az"] = spec["az"]
    if spec.get("motion"):
        out["motion"] = spec["motion"]
    return out
