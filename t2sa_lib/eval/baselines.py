"""Baselines the trained model must beat: keyword rules, linear probes, zero-shot prototypes.

All three predict records of the paper's schema from sentences, so
:func:`t2sa_lib.metrics.evaluate` scores them exactly like the model.

* :class:`KeywordRules` - a hand-written Korean + English keyword system, the
  kind of rule table a sound designer might script: a handful of direction,
  distance, loudness, width and reverb words each, plus the exact numeric and
  clock-face parser. It is deliberately *not* the dataset's own lexicon
  (which would read generated sentences perfectly and measure nothing).
* :class:`RidgeProbe` - ridge regression from a frozen sentence embedding
  (:mod:`t2sa_lib.eval.encoders`) to the 8 standardised targets, the penalty chosen
  on validation. The paper's "linear probe" rows.
* :class:`PrototypeZeroShot` - no training at all: the frozen encoder's cosine
  similarity to short direction phrases per compass sector in each language;
  azimuth = the circular mean of the sector centres weighted by
  ``softmax(similarity / 0.02)``. Other fields: the training means.

Fields a baseline does not model are set to the training-set mean (median for
distance, on a log scale), so its errors there are those of a constant.
"""
from __future__ import annotations

import math
import re

import numpy as np

from ..model.targets import LabelNorm, decode, record_targets
from ..numeric import parse_explicit

# ------------------------------------------------------------------ keyword rules
_DIRECTION_WORDS = {
    # word -> (unit vector x = front, y = right) contributions
    "front": ((r"\bin front\b|\bahead\b|\bfront\b", r"앞"), (1.0, 0.0)),
    "back": ((r"\bbehind\b|\bback\b|\brear\b", r"뒤|후방"), (-1.0, 0.0)),
    "left": ((r"\bleft\b", r"왼|좌"), (0.0, -1.0)),
    "right": ((r"\bright\b", r"오른|우측|우편"), (0.0, 1.0)),
}
_ELEVATION_WORDS = ((r"\babove\b|\boverhead\b|\bup\b", r"위|머리 위", 40.0),
                    (r"\bbelow\b|\bbeneath\b|\bfloor\b|\bdown\b", r"아래|바닥", -30.0))
_SCALAR_WORDS = {
    # field -> [(english regex, korean regex, value)]
    "dist_m": [(r"\bfar\b|\bdistant\b|\baway\b", r"멀리|먼", 4.5),
               (r"\bclose\b|\bnear\b|\bnext to\b", r"가까|바로 옆|곁", 0.8)],
    "gain_db": [(r"\bloud\b|\bblasting\b", r"크게|큰 소리|우렁", 6.0),
                (r"\bquiet\b|\bsoft(ly)?\b|\bfaint\b", r"작게|조용|희미", -15.0)],
    "spread_deg": [(r"\bwide\b|\bbroad\b|\bspread\b", r"넓게|퍼지", 80.0),
                   (r"\bnarrow\b|\bpinpoint\b|\bfocused\b", r"좁게|한 점", 8.0)],
    "wet_mix": [(r"\breverb\b|\becho\b|\bhall\b", r"울려|울림|잔향|메아리", 0.6),
                (r"\bdry\b", r"건조|드라이", 0.05)],
}
_MOTION_WORDS = (("approach", r"\bapproach|\bcoming closer|\bcloser\b", r"다가"),
                 ("recede", r"\brecede|\bmoving away|\bgoing away", r"멀어"),
                 ("rotate", r"\brotat|\bcircl|\bspin", r"회전|돌"),
                 ("pass-by", r"\bpass(es|ing)?\b", r"지나"))


def _has(text: str, en: str, ko: str) -> bool:
    return bool(re.search(en, text, re.IGNORECASE) or re.search(ko, text))


class KeywordRules:
    """Keyword rules for Korean and English (see the module docstring)."""

    name = "keyword rules"

    def __init__(self, train_records: list[dict]):
        self.norm = LabelNorm.fit(record_targets(train_records))

    def predict_one(self, text: str) -> dict:
        raw = np.array(self.norm.mean, float)
        raw[:2] = (0.0, 1.0)                   # front unless a word says otherwise
        x = y = 0.0
        for patterns, (dx, dy) in _DIRECTION_WORDS.values():
            if _has(text, *patterns):
                x, y = x + dx, y + dy
        if x or y:
            raw[:2] = (y / math.hypot(x, y), x / math.hypot(x, y))
        for en, ko, el in _ELEVATION_WORDS:
            if _has(text, en, ko):
                raw[2] = el
        column = {"dist_m": 3, "spread_deg": 4, "wet_mix": 5, "gain_db": 6}
        for field, rules in _SCALAR_WORDS.items():
            for en, ko, value in rules:
                if _has(text, en, ko):
                    raw[column[field]] = math.log(value) if field == "dist_m" else value
        kind = next((k for k, en, ko in _MOTION_WORDS if _has(text, en, ko)), "static")
        p = decode(raw, kind, explicit=parse_explicit(text))
        return p.to_record()

    def predict(self, texts: list[str]) -> list[dict]:
        return [self.predict_one(t) for t in texts]


# ------------------------------------------------------------------ linear probes
class RidgeProbe:
    """Ridge regression from a frozen embedding to the standardised targets.

    Parameters
    ----------
    encoder : object with ``fit(texts)`` and ``encode(texts)``
        From :func:`t2sa_lib.eval.encoders.get_encoder`.
    alphas : sequence of float
        Penalties tried; the one with the lowest validation error is kept.
    """

    def __init__(self, encoder, alphas=(0.1, 1.0, 10.0, 100.0)):
        self.encoder = encoder
        self.alphas = tuple(alphas)
        self.name = f"ridge probe ({encoder.name})"

    def fit(self, train_records: list[dict], valid_records: list[dict]) -> "RidgeProbe":
        from sklearn.linear_model import Ridge

        texts = [r["text"] for r in train_records]
        self.encoder.fit(texts)
        self.norm = LabelNorm.fit(record_targets(train_records))
        y = self.norm.normalise(record_targets(train_records))
        x, xv = self.encoder.encode(texts), self.encoder.encode([r["text"] for r in valid_records])
        yv = self.norm.normalise(record_targets(valid_records))
        scores = []
        for a in self.alphas:
            m = Ridge(alpha=a).fit(x, y)
            scores.append((float(np.mean(np.abs(m.predict(xv) - yv))), a))
        self.alpha = min(scores)[1]
        self.model = Ridge(alpha=self.alpha).fit(x, y)
        return self

    def predict(self, texts: list[str]) -> list[dict]:
        raw = self.norm.denormalise(self.model.predict(self.encoder.encode(texts)))
        return [decode(r).to_record() for r in raw]


# ------------------------------------------------------------------ zero-shot prototypes
SECTOR_PHRASES = {
    0: ["in front of me", "straight ahead", "앞에서", "정면에서"],
    45: ["front right", "ahead to the right", "오른쪽 앞에서", "앞 오른쪽"],
    90: ["to my right", "on the right side", "오른쪽에서", "우측에서"],
    135: ["behind me on the right", "back right", "오른쪽 뒤에서", "뒤 오른쪽"],
    180: ["behind me", "from the back", "뒤에서", "등 뒤에서"],
    -135: ["behind me on the left", "back left", "왼쪽 뒤에서", "뒤 왼쪽"],
    -90: ["to my left", "on the left side", "왼쪽에서", "좌측에서"],
    -45: ["front left", "ahead to the left", "왼쪽 앞에서", "앞 왼쪽"],
}


class PrototypeZeroShot:
    """Azimuth from the frozen encoder's similarity to sector phrases (no training).

    Parameters
    ----------
    encoder : object with ``encode(texts)``
        Frozen sentence encoder (e5-small by default in the notebooks).
    train_records : list of dict
        Only for the constant fields other than azimuth (training means).
    temperature : float
        Softmax temperature over cosine similarities.
    """

    def __init__(self, encoder, train_records: list[dict], temperature: float = 0.02):
        self.encoder = encoder
        self.name = f"zero-shot prototypes ({encoder.name})"
        self.norm = LabelNorm.fit(record_targets(train_records))
        self.temperature = temperature
        phrases, centres = [], []
        for az, ps in SECTOR_PHRASES.items():
            phrases += ps
            centres += [az] * len(ps)
        self.proto = encoder.encode(phrases)
        self.centres = np.radians(np.array(centres, float))

    def predict(self, texts: list[str]) -> list[dict]:
        sim = self.encoder.encode(texts) @ self.proto.T
        w = np.exp((sim - sim.max(1, keepdims=True)) / self.temperature)
        w /= w.sum(1, keepdims=True)
        s, c = w @ np.sin(self.centres), w @ np.cos(self.centres)
        out = []
        for i in range(len(texts)):
            raw = np.array(self.norm.mean, float)
            raw[:2] = (s[i], c[i])
            out.append(decode(raw).to_record())
        return out
