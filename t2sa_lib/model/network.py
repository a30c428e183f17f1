"""The network: e5 encoder (partly trainable) + mean pooling + spatial heads.

::

    tokens -> BertModel -> mean pool (384) ┐
    tokens -> hashed token bag (64)  ──────┴> trunk (Linear, GELU, LayerNorm) ->
        regression   (8 targets of t2sa_lib.model.targets.TARGETS, standardised;
                      azimuth from the direction trunk, the rest from the attribute trunk)
        spatial emb  (L2-normalised, emb_dim) -> ArcFace cosines: 12 bins, 4 sectors
        motion       (5 kinds) and rotation direction (cw / ccw)

The token bag (``config.token_bag``) is a small trainable embedding of each
token id modulo ``token_bag_buckets``, summed over sqrt(length): a lexical shortcut that
learns what single words such as "quietly" or "멀리" mean far faster than the
deep layers do, wherever in a long sentence they stand.

What trains (:func:`set_trainable`): the heads; the last ``top_layers``
transformer layers in full; with ``bitfit`` every bias and LayerNorm parameter of
the encoder (the paper's BitFit). Word, position and type embedding tables stay
frozen. The checkpoint stores exactly the trainable tensors.
"""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .config import TrainConfig
from .encoder import mean_pool
from .lean_bert import LeanBert
from .targets import COARSE_BINS, FINE_BINS, TARGETS

N_MOTION = 5


class CosineHead(nn.Module):
    """Cosines between a normalised embedding and ``n`` normalised class weights."""

    def __init__(self, dim: int, n: int):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n, dim) * dim ** -0.5)

    def forward(self, emb_normed: torch.Tensor) -> torch.Tensor:
        return F.linear(emb_normed, F.normalize(self.weight, dim=-1))


def _trunk(n_in: int, config: TrainConfig) -> nn.Sequential:
    return nn.Sequential(nn.Linear(n_in, config.hidden), nn.GELU(),
                         nn.Dropout(config.head_dropout), nn.LayerNorm(config.hidden))


class SpatialNet(nn.Module):
    """Encoder + heads. ``forward`` returns a dict of tensors (see module docstring).

    ``encoder`` is a transformers ``BertModel`` (training), or for inference a
    :class:`~t2sa_lib.model.lean_bert.LeanBert`: then ``self.encoder`` is None,
    the encoder's fixed tensors live in ``self.lean_encoder``, and the module's
    own parameters are the heads alone.
    """

    def __init__(self, encoder, config: TrainConfig):
        super().__init__()
        lean = isinstance(encoder, LeanBert)
        self.encoder = None if lean else encoder
        self.lean_encoder = encoder if lean else None
        self.config = config
        h = encoder.hidden_size if lean else encoder.config.hidden_size
        self.bag = nn.Embedding(config.token_bag_buckets, config.token_bag_dim) \
            if config.token_bag else None
        if self.bag is not None:
            nn.init.normal_(self.bag.weight, std=0.1)
            h += config.token_bag_dim
        self.trunk = _trunk(h, config)
        # Direction and the other attributes get separate trunks: the angular losses
        # otherwise shape the shared features around azimuth alone.
        self.attr_trunk = _trunk(h, config) if config.split_trunk else None
        self.regress_az = nn.Linear(config.hidden, 2)
        self.regress = nn.Linear(config.hidden, len(TARGETS) - 2)
        self.embed = nn.Linear(config.hidden, config.emb_dim)
        self.arc_fine = CosineHead(config.emb_dim, FINE_BINS)
        self.arc_coarse = CosineHead(config.emb_dim, COARSE_BINS)
        self.motion = nn.Linear(config.hidden, N_MOTION)
        self.rotate_sign = nn.Linear(config.hidden, 1)

    def pool(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Mean-pooled last hidden states (batch, 384)."""
        if self.lean_encoder is not None:
            hidden = self.lean_encoder(input_ids, attention_mask)
        else:
            hidden = self.encoder(input_ids=input_ids,
                                  attention_mask=attention_mask).last_hidden_state
        return mean_pool(hidden, attention_mask)

    def heads(self, feats: torch.Tensor) -> dict[str, torch.Tensor]:
        t = self.trunk(feats)
        a = self.attr_trunk(feats) if self.attr_trunk is not None else t
        emb = F.normalize(self.embed(t), dim=-1)
        return {"reg": torch.cat([self.regress_az(t), self.regress(a)], dim=-1), "emb": emb,
                "cos_fine": self.arc_fine(emb), "cos_coarse": self.arc_coarse(emb),
                "motion": self.motion(a), "rotate": self.rotate_sign(a).squeeze(-1)}

    def token_bag(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Sum of the hashed token embeddings over sqrt(length), (batch, token_bag_dim).

        The square root keeps one decisive word audible in a long sentence.
        """
        e = self.bag(input_ids % self.config.token_bag_buckets)
        m = attention_mask.unsqueeze(-1).to(e.dtype)
        return (e * m).sum(1) / m.sum(1).clamp(min=1.0).sqrt()

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> dict:
        pooled = self.pool(input_ids, attention_mask)
        feats = pooled if self.bag is None else torch.cat(
            [pooled, self.token_bag(input_ids, attention_mask).to(pooled.dtype)], dim=-1)
        out = self.heads(feats)
        out["pooled"] = pooled
        return out


def is_encoder_trainable(name: str, config: TrainConfig, n_layers: int) -> bool:
    """Whether the encoder parameter ``name`` (BertModel naming) is trained under ``config``."""
    if name.startswith("embeddings.") and not name.startswith("embeddings.LayerNorm"):
        return False
    top = {f"encoder.layer.{i}." for i in range(n_layers - config.top_layers, n_layers)}
    if any(name.startswith(p) for p in top):
        return True
    return config.bitfit and (name.endswith(".bias") or ".LayerNorm." in name
                              or name.startswith("embeddings.LayerNorm"))


def set_trainable(net: SpatialNet) -> list[str]:
    """Freeze / unfreeze per the config; return the names of the trainable tensors.

    An inference network (a LeanBert encoder) has only its heads to name.
    """
    if net.encoder is not None:
        n_layers = net.encoder.config.num_hidden_layers
        for name, p in net.encoder.named_parameters():
            p.requires_grad_(is_encoder_trainable(name, net.config, n_layers))
    return [n for n, p in net.named_parameters() if p.requires_grad]


def trainable_state(net: SpatialNet) -> dict[str, torch.Tensor]:
    """The trainable tensors by name (what a checkpoint stores), detached CPU copies."""
    names = set(set_trainable(net))
    return {k: v.detach().cpu().clone() for k, v in net.state_dict().items() if k in names}


def check_tensor_names(state: dict[str, torch.Tensor], expected: dict[str, tuple]) -> None:
    """Raise a ValueError naming what differs unless ``state`` has exactly ``expected``'s
    names, each with its shape."""
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing or unexpected:
        raise ValueError(f"checkpoint tensors do not match the network: missing "
                         f"{missing[:5]}{'...' if len(missing) > 5 else ''}, unexpected "
                         f"{unexpected[:5]}{'...' if len(unexpected) > 5 else ''}")
    bad = [k for k in state if tuple(state[k].shape) != tuple(expected[k])]
    if bad:
        raise ValueError(f"checkpoint tensor shapes do not match the network: {bad[:5]}")


def load_trainable_state(net: SpatialNet, state: dict[str, torch.Tensor]) -> None:
    """Copy a checkpoint's tensors into ``net``; names and shapes must match exactly.

    Raises
    ------
    ValueError
        Naming the missing, unexpected or mis-shaped tensors.
    """
    own = net.state_dict()
    check_tensor_names(state, {k: own[k].shape for k in set_trainable(net)})
    with torch.no_grad():
        for k, v in state.items():
            own[k].copy_(v.to(own[k].dtype))


# ----------------------------------------------------------------- batching and running
def tokenize_ids(tokenizer, texts: list[str], max_length: int) -> tuple[list[list[int]], list[bool]]:
    """Token ids with the E5 query prefix, truncated to ``max_length``; and truncation flags."""
    from .encoder import E5_PREFIX

    full = tokenizer([E5_PREFIX + t for t in texts], add_special_tokens=True)["input_ids"]
    truncated = [len(ids) > max_length for ids in full]
    ids = [x if len(x) <= max_length else x[:max_length - 1] + [x[-1]] for x in full]
    return ids, truncated


def collate(ids: list[list[int]], pad_id: int, device) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad token id lists into ``(input_ids, attention_mask)`` tensors."""
    n = max(len(x) for x in ids)
    input_ids = torch.full((len(ids), n), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), n), dtype=torch.long)
    for i, x in enumerate(ids):
        input_ids[i, :len(x)] = torch.tensor(x, dtype=torch.long)
        mask[i, :len(x)] = 1
    return input_ids.to(device), mask.to(device)


def amp_dtype(amp: str) -> torch.dtype:
    """The dtype of the matrix products under ``amp`` (off | bf16 | fp16)."""
    return {"off": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[amp]


def autocast(device: torch.device, amp: str):
    """The autocast context for ``amp`` (off | bf16 | fp16) on ``device``."""
    import contextlib

    if amp == "off":
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=amp_dtype(amp))


#: Larger CPU batches are slower per sentence, not faster: a batch of 256 sentences'
#: feed-forward activations (tens of MB) falls out of the cache (docs/performance.md).
CPU_CHUNK = 64


def run_network(net: SpatialNet, ids: list[list[int]], pad_id: int, batch_size: int = 64,
                amp: str = "off") -> dict[str, np.ndarray]:
    """Network outputs for tokenised texts, in input order, as float32 numpy arrays.

    Batches are formed from length-sorted inputs (less padding); the model runs in
    eval mode under ``torch.inference_mode``. On a CPU a batch is run in chunks of
    at most ``CPU_CHUNK`` sentences.
    """
    device = next(net.parameters()).device
    if device.type == "cpu":
        batch_size = min(batch_size, CPU_CHUNK)
    order = np.argsort([len(x) for x in ids], kind="stable")
    chunks: dict[str, list] = {}
    # Switching modes walks every submodule, a noticeable share of one sentence's
    # time: done only when a training loop hands in a net in train mode.
    was_training = net.training
    if was_training:
        net.eval()
    with torch.inference_mode(), autocast(device, amp):
        for i in range(0, len(ids), batch_size):
            idx = order[i:i + batch_size]
            input_ids, mask = collate([ids[j] for j in idx], pad_id, device)
            out = net(input_ids, mask)
            for k, v in out.items():
                chunks.setdefault(k, []).append(v.float().cpu().numpy())
    if was_training:
        net.train()
    inverse = np.argsort(order, kind="stable")
    return {k: np.concatenate(v)[inverse] for k, v in chunks.items()}
