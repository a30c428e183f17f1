"""Embeddings of fixed text sets by pretrained encoders, kept on disk by content.

The baselines (notebooks 03, 04) and the encoder bake-off embed the same sets on
every run (training, validation, OOD, the natural benchmark) with frozen
weights. An embedding depends only on the encoder's weights and settings, the
machine's arithmetic (device, library version, thread count) and the texts, so a
rerun reads it back from ``<cache>/embeddings/<sha256>.npy`` instead (float32,
1.5-2 kB a sentence). Only sets of at least :data:`MIN_TEXTS` sentences are kept:
single queries would fill the folder with files never read again.
"""
from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable

import numpy as np

from ..files import atomic_write_bytes
from ..paths import cache_dir

MIN_TEXTS = 64


def cached_embeddings(identity: str, texts: list[str],
                      compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """``compute(texts)``, or the array a call with the same ``identity`` and ``texts`` stored.

    Parameters
    ----------
    identity : str
        Everything besides the texts that the embeddings depend on (encoder name,
        weights fingerprint, device, library version, threads, batch size).
    texts : list of str
        The sentences, in order; the stored array's rows follow it.
    compute : callable
        Embeds ``texts`` when nothing is stored; its result is stored when
        ``len(texts) >= MIN_TEXTS``.
    """
    if len(texts) < MIN_TEXTS:
        return compute(texts)
    key = hashlib.sha256(json.dumps([identity, texts], ensure_ascii=False).encode()).hexdigest()
    path = cache_dir() / "embeddings" / f"{key[:32]}.npy"
    if path.exists():
        try:
            x = np.load(path, allow_pickle=False)
            if x.shape[0] == len(texts):
                return x
        except (OSError, ValueError):
            pass                    # unreadable: computed again and replaced
    x = compute(texts)
    buf = io.BytesIO()
    np.save(buf, x, allow_pickle=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buf.getvalue())
    return x
