"""From network outputs to :class:`~t2sa_lib.params.SpatialParams` (shared by training and inference).

:class:`Predictor` holds a network with its tokenizer, label normalisation, KNN
bank and motion defaults, and turns sentences into parameters:

1. the network's standardised regression (az sin/cos, el, ln dist, ...);
2. optionally the KNN adjustment (blend with the nearest training sentences);
3. de-standardise, decode azimuth with ``atan2``, clip into the allowed ranges;
4. motion kind by argmax, rotation sign, end positions;
5. optionally the exact quantities the sentence states override the network.

:func:`build_predictor` makes one from a checkpoint for inference;
:func:`validate` and :func:`choose_knn_weight` score one on labelled records
(training calls them after every epoch and for the KNN blend).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from ..machine import cpu_has_native_bf16
from ..metrics import evaluate
from ..params import MOTION_KINDS, SpatialParams, az_sc_to_deg
from .checkpoint import Checkpoint
from .knn import KnnBank, knn_adjust
from .lean_bert import LeanBert
from .network import (SpatialNet, amp_dtype, check_tensor_names, is_encoder_trainable,
                      load_trainable_state, run_network, tokenize_ids)
from .targets import FINE_BINS, LabelNorm, az_bin, decode


def resolve_device(device: str | None) -> torch.device:
    """``None`` or ``"auto"``: CUDA when available, else the CPU; otherwise ``device``, checked."""
    if device in (None, "auto"):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if str(device).startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"device {device!r} requested but CUDA is not available here")
    return torch.device(device)


def inference_amp(amp: str, device_type: str) -> str:
    """The autocast mode for inference: ``amp`` unless it is ``"auto"``.

    ``auto``: fp16 on CUDA; bf16 on a CPU with native bf16, where it is faster
    and changes the test metrics only by bf16 rounding (one sentence gains too
    once the weights are stored in bf16, :func:`store_linear_weights_bf16`);
    float32 elsewhere. Measurements: ``docs/performance.md``.
    """
    if amp != "auto":
        return amp
    if device_type == "cuda":
        return "fp16"
    return "bf16" if device_type == "cpu" and cpu_has_native_bf16() else "off"


def store_linear_weights_bf16(module) -> None:
    """Keep every ``nn.Linear`` weight inside ``module`` in bfloat16, for bf16 autocast only.

    Autocast casts float32 weights to bf16 on every call; for one sentence that
    cast costs as much as the matrix products, so inference stores it once. The
    results equal autocast's on float32 weights. Never for a module being trained.
    """
    for m in module.modules():
        if isinstance(m, torch.nn.Linear):
            m.weight.data = m.weight.data.to(torch.bfloat16)


@dataclass
class Predictor:
    """A trained network and what it needs to decode its outputs."""

    net: SpatialNet
    tokenizer: object
    label_norm: LabelNorm
    knn: KnnBank | None = None
    knn_weight: float = 0.0
    end_defaults: dict = field(default_factory=dict)
    amp: str = "auto"      # see inference_amp

    @property
    def max_length(self) -> int:
        return self.net.config.max_length

    def tokenize(self, texts: list[str]) -> tuple[list[list[int]], list[bool]]:
        return tokenize_ids(self.tokenizer, texts, self.max_length)

    def outputs(self, texts: list[str], batch_size: int = 64, ids=None) -> dict[str, np.ndarray]:
        """Raw network outputs (numpy, input order); ``ids`` skips tokenisation."""
        if ids is None:
            ids, _ = self.tokenize(texts)
        device_type = next(self.net.parameters()).device.type
        return run_network(self.net, ids, self.tokenizer.pad_token_id, batch_size,
                           inference_amp(self.amp, device_type))

    def standardised(self, out: dict[str, np.ndarray], use_knn: bool = True) -> np.ndarray:
        """Standardised targets after the optional KNN adjustment, (n, 8)."""
        z = out["reg"]
        if use_knn and self.knn is not None and self.knn_weight > 0:
            cfg = self.net.config
            cols = slice(0, 2) if cfg.knn_azimuth_only else slice(None)
            z = knn_adjust(z, out["emb"], self.knn, self.knn_weight, cfg.knn_k, cfg.knn_temp,
                           cols)
        return z

    def decode(self, out: dict[str, np.ndarray], use_knn: bool = True,
               explicit: list[dict] | None = None) -> list[SpatialParams]:
        """Network outputs -> parameters (clipped), with optional exact-value overrides."""
        raw = self.label_norm.denormalise(self.standardised(out, use_knn))
        kinds = np.argmax(out["motion"], axis=1)
        signs = np.where(out["rotate"] >= 0.0, 1.0, -1.0)
        explicit = explicit or [{}] * len(raw)
        return [decode(raw[i], MOTION_KINDS[kinds[i]], float(signs[i]), self.end_defaults,
                       explicit[i]) for i in range(len(raw))]

    def predict_params(self, texts: list[str], batch_size: int = 64, use_knn: bool = True,
                       explicit: list[dict] | None = None) -> list[SpatialParams]:
        return self.decode(self.outputs(texts, batch_size), use_knn, explicit)


def build_predictor(ckpt: Checkpoint, device: str | None = None,
                    amp: str = "auto") -> Predictor:
    """A ready :class:`Predictor` from a loaded checkpoint, for inference.

    The encoder runs as a :class:`~t2sa_lib.model.lean_bert.LeanBert` over the
    converted encoder's tensors with the checkpoint's trained ones in their
    place; transformers' model classes are never loaded. ``amp`` is the
    precision: ``"auto"`` (:func:`inference_amp`), ``"off"`` (float32),
    ``"bf16"`` or ``"fp16"``.

    Raises
    ------
    ValueError
        When ``amp`` is none of those, or the checkpoint's tensors do not fit the
        encoder and the network.
    """
    from .encoder import load_encoder_tensors, load_tokenizer

    if amp not in ("auto", "off", "bf16", "fp16"):
        raise ValueError(f"amp must be auto, off, bf16 or fp16, got {amp!r}")
    dev = resolve_device(device)
    amp = inference_amp(amp, dev.type)
    weights, encoder_config = load_encoder_tensors()
    n_layers = int(encoder_config["num_hidden_layers"])
    trained = {k.removeprefix("encoder."): v for k, v in ckpt.state.items()
               if k.startswith("encoder.")}
    check_tensor_names(trained, {k: v.shape for k, v in weights.items()
                                 if is_encoder_trainable(k, ckpt.config, n_layers)})
    weights.update(trained)
    encoder = LeanBert({k: v.to(dev) for k, v in weights.items()}, encoder_config,
                       amp_dtype(amp))
    net = SpatialNet(encoder, ckpt.config).to(dev)
    load_trainable_state(net, {k: v for k, v in ckpt.state.items()
                               if not k.startswith("encoder.")})
    net.eval()
    if amp == "bf16":
        store_linear_weights_bf16(net)
    return Predictor(net, load_tokenizer(), ckpt.label_norm, knn=ckpt.knn,
                     knn_weight=float(ckpt.meta.get("knn_weight", 0.0)) if ckpt.config.knn else 0.0,
                     end_defaults=dict(ckpt.meta.get("motion_end_defaults", {})),
                     amp=amp)


# ----------------------------------------------------------------- scoring on labelled records
def validate(predictor: Predictor, ids, records: list[dict], use_knn: bool = False) -> dict:
    """Validation metrics (no bootstrap) and per-fine-bin AE of ``records``."""

    params = predictor.decode(predictor.outputs([], ids=ids), use_knn=use_knn)
    preds = [p.to_record() for p in params]
    m = evaluate(preds, records, n_boot=0, breakdown=False)
    true_az = np.array([az_sc_to_deg(r["az_sc"]) for r in records])
    pred_az = np.array([p.az_deg for p in params])
    err = np.abs((pred_az - true_az + 180.0) % 360.0 - 180.0)
    bins = az_bin(true_az, FINE_BINS)
    m["per_bin_AE"] = [float(err[bins == k].mean()) if (bins == k).any() else float("nan")
                       for k in range(FINE_BINS)]
    return m


def choose_knn_weight(predictor: Predictor, ids, records: list[dict], weights) -> tuple[float, dict]:
    """The blend weight with the lowest validation AE (ties: the smaller weight)."""
    best = None
    for w in sorted(weights):
        predictor.knn_weight = float(w)
        m = validate(predictor, ids, records, use_knn=True)
        if best is None or m["AE"] < best[1]["AE"] - 1e-9:
            best = (float(w), m)
    predictor.knn_weight = best[0]
    return best
