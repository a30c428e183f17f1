"""A learned second opinion on how many sources a scene description names.

A small bidirectional LSTM reads the frozen multilingual-e5-small's token states
after its first :data:`ENCODER_LAYERS` layers (the middle of the encoder carries
more of the sentence's structure than its top) and tags each token as the
Beginning, Inside or Outside of one source's words. It is trained on the spans
that labellers marked in the tuned benchmark halves (:func:`training_halves`);
the blind halves and the test half are never read.

:func:`tag_sources` returns the spans it finds and how unsure it is (the summed
distance of each token's beginning probability from a clean 0 or 1).
:mod:`t2sa_lib.scene` lets it overrule the rules' count only when that
uncertainty is below :data:`MAX_UNCERTAINTY`, chosen on held-out clusters of the
tuned halves.

Train with ``python -m t2sa_lib.model.source_tagger --out models/source_tagger.pt``
(on two CPU cores: under 2.5 minutes for the encoder's pass over the
descriptions, 3 for ten epochs; a seed fixes the weights on a CPU).
"""
from __future__ import annotations

import argparse
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..files import atomic_write_bytes
from ..paths import MODELS

#: The committed weights.
TAGGER_PATH = MODELS / "source_tagger.pt"
#: Encoder layers run for the tagger's input (of 12).
ENCODER_LAYERS = 6
#: Above this uncertainty the rules' count stands (fixed on held-out tuned clusters).
MAX_UNCERTAINTY = 0.1
#: The newest half the committed weights learned from: later tuned halves join only when a
#: retrained tagger is chosen again on a fresh set, so that retraining reproduces them.
LAST_TRAINING_HALF = "dev60"
_OUTSIDE, _BEGIN, _INSIDE = 0, 1, 2
_HIDDEN = 128
_EPOCHS = 10
_BATCH = 32


@dataclass(frozen=True)
class SourceTags:
    """Where a description's sources are, as the tagger reads it.

    Attributes
    ----------
    spans : list of (int, int)
        Character offsets ``[start, end)`` into the text, one per source, in order.
    uncertainty : float
        Sum over tokens of ``min(p, 1 - p)`` for ``p`` the probability that the token
        begins a source: 0 when every decision is clean.
    """

    spans: list[tuple[int, int]]
    uncertainty: float


class SourceTaggerNet(nn.Module):
    """Token states ``(batch, tokens, hidden)`` to B/I/O logits ``(batch, tokens, 3)``."""

    def __init__(self, dim: int, hidden: int = _HIDDEN, dropout: float = 0.3):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.drop(self.lstm(self.drop(x))[0]))


class TokenStates:
    """The frozen encoder's states after :data:`ENCODER_LAYERS` layers, each token's
    character offsets into the text (``(-1, -1)`` for the prefix, the special tokens and
    bare spaces; a word's first token starts at the word, not at the space before it) and
    whether it begins a word."""

    def __init__(self):
        from .encoder import E5_PREFIX, load_encoder_tensors, load_tokenizer
        from .lean_bert import LeanBert

        weights, config = load_encoder_tensors()
        self.encoder = LeanBert(weights, {**config, "num_hidden_layers": ENCODER_LAYERS})
        self.tokenizer = load_tokenizer()
        self.prefix = E5_PREFIX

    def __call__(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        enc = self.tokenizer([self.prefix + t for t in texts], padding=True, truncation=True,
                             max_length=256, return_offsets_mapping=True,
                             return_tensors="pt", return_token_type_ids=False)
        with torch.inference_mode():
            states = self.encoder(enc["input_ids"], enc["attention_mask"])
        out = []
        for k, text in enumerate(texts):
            keep = enc["attention_mask"][k].bool()
            offsets = _text_offsets(text, enc["offset_mapping"][k][keep].numpy() - len(self.prefix))
            # Not the tokenizer's word marks: it may give a word's marker as a token of its own.
            word_start = np.array([s == 0 or s > 0 and not (text[s - 1].isalnum()
                                                            or text[s - 1] in "'\u2019")
                                   for s, _ in offsets])
            out.append((states[k][keep].numpy(), offsets, word_start))
        return out


def _text_offsets(text: str, offsets: np.ndarray) -> np.ndarray:
    """Offsets into ``text`` without the spaces a word's first token carries; ``-1`` where a
    token covers no character of the text."""
    offsets = offsets.copy()
    offsets[:, 0] = np.maximum(offsets[:, 0], 0)
    for i, (s, e) in enumerate(offsets):
        while s < e and text[s].isspace():
            s += 1
        offsets[i] = (s, e) if s < e else (-1, -1)
    return offsets


def bio_labels(text: str, spans: list[str], offsets: np.ndarray) -> np.ndarray | None:
    """Each token's tag for labelled source ``spans`` (substrings of ``text``); ``None``
    when a span is not in the text or covers no token."""
    tags = np.full(len(offsets), _OUTSIDE, np.int64)
    for span in spans:
        a = text.find(span)
        if a < 0:
            return None
        inside = np.flatnonzero((offsets[:, 0] >= 0) & (offsets[:, 0] < a + len(span))
                                & (offsets[:, 1] > a))
        if not len(inside):
            return None
        tags[inside] = _INSIDE
        tags[inside[0]] = _BEGIN
    return tags


def _source_spans(tags: np.ndarray, offsets: np.ndarray) -> list[tuple[int, int]]:
    """Character spans of the tagged runs: a B opens one, the I's after it extend it (an I
    after an O belongs to no source)."""
    spans: list[list[int]] = []
    in_source = False
    for tag, (s, e) in zip(tags, offsets):
        if s < 0:
            continue
        if tag == _BEGIN:
            spans.append([s, e])
            in_source = True
        elif tag == _INSIDE and in_source:
            spans[-1][1] = e
        else:
            in_source = False
    return [(int(s), int(e)) for s, e in spans]


def read_tags(net: SourceTaggerNet, states: np.ndarray, offsets: np.ndarray,
              word_start: np.ndarray) -> SourceTags:
    """The tagger's :class:`SourceTags` for one text's token states; a source begins only at
    a word's first token (a B inside a word reads as I)."""
    with torch.inference_mode():
        p = net(torch.from_numpy(states)[None])[0].softmax(-1).numpy()
    can_begin = word_start & (offsets[:, 0] >= 0)
    tags = p.argmax(-1)
    tags[(tags == _BEGIN) & ~can_begin] = _INSIDE
    p_begin = p[can_begin, _BEGIN]
    return SourceTags(_source_spans(tags, offsets),
                      float(np.minimum(p_begin, 1 - p_begin).sum()))


def _batch(rows: list[tuple[np.ndarray, np.ndarray]]) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(x) for x, _ in rows)
    x = torch.zeros(len(rows), n, rows[0][0].shape[1])
    y = torch.full((len(rows), n), -100, dtype=torch.long)
    for i, (states, tags) in enumerate(rows):
        x[i, :len(states)] = torch.from_numpy(states)
        y[i, :len(tags)] = torch.from_numpy(tags)
    return x, y


def train_tagger(rows: list[tuple[np.ndarray, np.ndarray]], seed: int = 0,
                 epochs: int = _EPOCHS) -> SourceTaggerNet:
    """Fit a tagger on ``(token states, B/I/O tags)`` rows; cross-entropy, Adam."""
    torch.manual_seed(seed)
    order = np.random.default_rng(seed)
    net = SourceTaggerNet(rows[0][0].shape[1])
    opt = torch.optim.Adam(net.parameters(), 2e-3)
    for _ in range(epochs):
        net.train()
        perm = order.permutation(len(rows))
        for b in range(0, len(rows), _BATCH):
            x, y = _batch([rows[i] for i in perm[b:b + _BATCH]])
            loss = nn.functional.cross_entropy(net(x).reshape(-1, 3), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
    return net.eval()


def training_rows(items: list[dict], states: TokenStates) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(token states, tags)`` for every labelled scene whose spans are all in its text."""
    rows = []
    for b in range(0, len(items), 64):
        chunk = items[b:b + 64]
        for it, (x, offsets, _) in zip(chunk, states([it["text"] for it in chunk])):
            tags = bio_labels(it["text"], [s["span"] for s in it["sources"]], offsets)
            if tags is not None:
                rows.append((x, tags))
    return rows


def save_tagger(net: SourceTaggerNet, path: Path, meta: dict) -> None:
    """Write the weights (float16) and how they were made, atomically."""
    buf = io.BytesIO()
    torch.save({"state": {k: v.half() for k, v in net.state_dict().items()}, "meta": meta}, buf)
    atomic_write_bytes(path, buf.getvalue())


@lru_cache(maxsize=1)
def _loaded(path: Path) -> tuple[SourceTaggerNet, TokenStates]:
    blob = torch.load(path, map_location="cpu", weights_only=True)
    state = {k: v.float() for k, v in blob["state"].items()}
    net = SourceTaggerNet(state["lstm.weight_ih_l0"].shape[1])
    net.load_state_dict(state)
    return net.eval(), TokenStates()


@lru_cache(maxsize=4096)
def tag_sources(text: str, path: Path = TAGGER_PATH) -> SourceTags | None:
    """The tagger's reading of ``text``; ``None`` when no weights are at ``path``."""
    if not Path(path).exists():
        return None
    net, states = _loaded(Path(path))
    return read_tags(net, *states([text])[0])


def training_halves() -> list[str]:
    """The benchmark halves the tagger learns from: the tuned ones up to
    :data:`LAST_TRAINING_HALF`, never a blind half or the test half."""
    from ..data.natural import BLIND_HALVES, HALVES

    return [h for h in HALVES[:HALVES.index(LAST_TRAINING_HALF) + 1] if h not in BLIND_HALVES]


def fit_on_halves(halves: list[str], seed: int = 0, keep=None,
                  epochs: int = _EPOCHS) -> tuple[SourceTaggerNet, int]:
    """A tagger fitted on the scene descriptions of ``halves`` (those ``keep(item)`` accepts,
    all by default), and the number of descriptions it saw."""
    from ..data.natural import load

    items = [it for h in halves for it in load("scenes", h) if keep is None or keep(it)]
    rows = training_rows(items, TokenStates())
    return train_tagger(rows, seed, epochs), len(rows)


def train_and_save(out: Path = TAGGER_PATH, seed: int = 0, halves: list[str] | None = None,
                   epochs: int = _EPOCHS) -> dict:
    """Fit a tagger on ``halves`` (:func:`training_halves` by default), write it to ``out``
    and return the record of how it was made."""
    from ..provenance import git_commit

    halves = training_halves() if halves is None else halves
    net, n = fit_on_halves(halves, seed, epochs=epochs)
    meta = {"halves": halves, "descriptions": n, "seed": seed, "epochs": epochs,
            "encoder_layers": ENCODER_LAYERS, "commit": git_commit()}
    save_tagger(net, out, meta)
    return meta


def main(argv: list[str] | None = None) -> int:
    """Train the tagger on the tuned halves and write it (``--out``)."""
    parser = argparse.ArgumentParser(prog="python -m t2sa_lib.model.source_tagger",
                                     description=main.__doc__)
    parser.add_argument("--out", type=Path, default=TAGGER_PATH)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    meta = train_and_save(args.out, args.seed)
    print(f"{args.out}: trained on {meta['descriptions']} descriptions "
          f"from {len(meta['halves'])} halves")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
