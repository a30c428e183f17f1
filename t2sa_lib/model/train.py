"""Training loop: the paper's losses and schedule, each component switchable.

Per batch (weights and switches in :class:`~t2sa_lib.model.config.TrainConfig`)::

    loss = weighted mean over samples of
             L1(standardised targets)                          regression (MAE)
           + w_arc     * ArcFace CE (4 sectors, then 12 bins)   angular margin, coarse-to-fine
           + w_contrast* supervised contrast (same bin)         directional contrast
           + w_align   * (1 - cos(regressed az, ArcFace az))    alignment
           + w_motion  * (CE motion kind + BCE rotation sign)
         + w_anchor * (1 - cos(pooled, frozen encoder's pooled))  robustness anchor
         + l2sp * ||theta - theta_pretrained||^2

The regression targets are the centres of the regions the words name
(``region_targets``, :func:`~t2sa_lib.model.targets.region_centre_targets`;
the labels themselves for records without them); validation, checkpoint
selection and every reported metric use the sampled labels.

Sample weights are 1 except in the *directional focus* epochs (the last
``focus_epochs``), where samples of the ``focus_worst_bins`` azimuth bins with
the largest validation error weigh ``1 + focus_gain``. After every epoch the
per-bin ArcFace margins follow the per-bin validation error (adaptive margins).
The weights with the best validation score (:func:`selection_score`) are kept; then the KNN bank is built
from the training sentences and its blend weight chosen on validation.

An epoch is one pass over the training *sentences*; with
``augment_multiplier`` > 1 each sentence appears in one of its label-preserving
rewrites (:func:`t2sa_lib.data.augment`), drawn anew every epoch, so
augmentation adds wording variety at no extra cost per epoch (only the robustness
anchor's one pass of the frozen encoder over every wording grows with it).

Determinism: a seed fixes the head initialisation, the batch order, the
augmented wordings and dropout (torch's RNG is forked, so the caller's state is
untouched); deterministic algorithms are switched on for the run. The result
is bit-identical on one CPU type; another CPU type (other SIMD kernels, other
rounding) gives a slightly different model.
"""
from __future__ import annotations

import hashlib
import math
import sys
import time
from dataclasses import dataclass, replace

import numpy as np
import torch
import torch.nn.functional as F

from ..metrics import METRICS, PAPER_METRICS
from .checkpoint import Checkpoint, load_checkpoint, save_checkpoint
from .config import TrainConfig
from .knn import KnnBank
from .losses import (alignment_loss, anchor_loss, arcface_loss, expected_direction,
                     l2sp_penalty, mae_loss, supervised_contrast)
from .network import (SpatialNet, autocast, collate, load_trainable_state, set_trainable,
                      tokenize_ids, trainable_state)
from .predictor import Predictor, choose_knn_weight, resolve_device, validate
from .targets import (COARSE_BINS, FINE_BINS, LabelNorm, az_bin, bin_centers_deg, motion_class,
                      motion_end_defaults, record_targets, region_centre_targets,
                      rotate_sign_class)

#: Whether ``amp="auto"`` trains with bf16 autocast on CPU. Off: even with AMX-BF16 a bf16
#: epoch is no faster than a float32 one and learns less; check with
#: ``bench_train.py --amp bf16``.
#: Inference is another matter: see :func:`~t2sa_lib.model.predictor.inference_amp`.
CPU_BF16 = False
#: Architecture fields a fine-tuning run takes from the checkpoint it starts from.
ARCH_FIELDS = ("top_layers", "bitfit", "hidden", "emb_dim", "max_length", "split_trunk",
               "token_bag", "token_bag_buckets", "token_bag_dim")


@dataclass
class TrainResult:
    """What :func:`train` returns."""

    checkpoint: Checkpoint
    predictor: Predictor | None  # None for a training taken from a cache
    history: list[dict]
    best_epoch: int
    valid_metrics: dict          # of the final model (best weights, KNN as chosen)
    seconds: float


def resolve_amp(amp: str, device: torch.device) -> str:
    """``auto`` -> fp16 on CUDA, bf16 on CPU if :data:`CPU_BF16`, else off."""
    if amp == "auto":
        return "fp16" if device.type == "cuda" else ("bf16" if CPU_BF16 else "off")
    if amp not in ("off", "bf16", "fp16"):
        raise ValueError(f"amp must be auto, off, bf16 or fp16, got {amp!r}")
    if amp == "fp16" and device.type != "cuda":
        raise ValueError("fp16 autocast needs a CUDA device; use bf16 or off on CPU")
    return amp


# ----------------------------------------------------------------- data
def _augmented_variants(records: list[dict], multiplier: int, seed: int,
                        exclude: set[str], extra_directions: bool) -> list[list[dict]]:
    """For each record, the list of its wordings (the original first).

    Only generated records (with ``tags.spec``) can be re-worded; others, e.g. a
    user's own data, keep their one wording. No rewrite equals a text in ``exclude``.
    """
    if multiplier <= 1:
        return [[r] for r in records]
    from ..data.augment import augment

    out = []
    for i, r in enumerate(records):
        if not (r.get("tags") or {}).get("spec"):
            out.append([r])
            continue
        wordings = augment([r], multiplier, seed=seed * 1_000_003 + i,
                           extra_directions=extra_directions)
        out.append([w for w in wordings if w is r or w["text"] not in exclude])
    return out


def _length_bucketed_batches(lengths: np.ndarray, batch_size: int, rng) -> list[np.ndarray]:
    """Random batches of similar length (less padding): shuffle, sort within chunks of 8 batches."""
    perm = rng.permutation(len(lengths))
    chunk = batch_size * 8
    batches = []
    for s in range(0, len(perm), chunk):
        c = perm[s:s + chunk]
        c = c[np.argsort(lengths[c], kind="stable")]
        batches += [c[i:i + batch_size] for i in range(0, len(c), batch_size)]
    return [batches[i] for i in rng.permutation(len(batches))]


def _bin_unit_vectors(n: int) -> torch.Tensor:
    c = np.radians(bin_centers_deg(n))
    return torch.tensor(np.stack([np.sin(c), np.cos(c)], 1), dtype=torch.float32)


# ----------------------------------------------------------------- margins and focus
def update_margins(margins: np.ndarray, per_bin_error: np.ndarray, config: TrainConfig
                   ) -> np.ndarray:
    """Move each bin's margin toward ``margin * clip(error / mean error, range)`` (EMA 0.5).

    Bins without validation items (NaN error) keep their margin.
    """
    ok = np.isfinite(per_bin_error)
    if not ok.any() or config.margin <= 0:
        return margins
    mean = float(np.mean(per_bin_error[ok]))
    ratio = np.where(ok, per_bin_error / max(mean, 1e-6), 1.0)
    lo, hi = config.margin_range
    target = config.margin * np.clip(ratio, lo, hi)
    return np.where(ok, 0.5 * margins + 0.5 * target, margins)


def focus_weights(bins: np.ndarray, per_bin_error: np.ndarray | None, config: TrainConfig
                  ) -> np.ndarray:
    """Sample weights: ``1 + focus_gain`` for the worst bins by validation error, else 1."""
    w = np.ones(len(bins), dtype=np.float32)
    if per_bin_error is None or not np.isfinite(per_bin_error).any():
        return w
    err = np.where(np.isfinite(per_bin_error), per_bin_error, -np.inf)
    worst = np.argsort(-err, kind="stable")[:config.focus_worst_bins]
    w[np.isin(bins, worst)] += config.focus_gain
    return w


# ----------------------------------------------------------------- evaluation during training
#: Typical size of each validation error (about the dataset's ambiguity floor), so the
#: composite score weighs azimuth, distance, width, room and level alike.
SELECTION_SCALES = {"AE": 10.0, "dlog": 0.2, "spread": 5.0, "wet": 0.05, "gain": 1.5,
                    "room": 1.5}


def selection_score(m: dict, config: TrainConfig) -> float:
    """Lower is better: validation AE, or the sum of every error over its scale.

    AE alone plateaus while level, distance and room are still being learnt, so
    the default ``composite`` keeps the epoch that is best over all of them.
    """
    if config.select == "AE":
        return float(m["AE"])
    return float(sum(m[k] / s for k, s in SELECTION_SCALES.items()))



# ----------------------------------------------------------------- the loop
def train(config: TrainConfig, train_records: list[dict], valid_records: list[dict],
          seed: int = 0, device: str | None = None, load: str | None = None,
          out: str | None = None, log=print, progress: bool = True) -> TrainResult:
    """Train a text-to-parameters model; return the best model, its history and checkpoint.

    Parameters
    ----------
    config : TrainConfig
        A preset from :func:`~t2sa_lib.model.config.get_config`, possibly overridden.
    train_records, valid_records : list of dict
        Records of the paper's schema (``text``, ``lang``, labels; ``motion`` optional).
    seed : int
        Fixes initialisation, order, augmentation and dropout.
    device : str, optional
        ``"cpu"``, ``"cuda"``; default: CUDA when available.
    load : path, optional
        Fine-tune from this checkpoint (its architecture and label normalisation
        are kept; the training settings come from ``config``).
    out : path, optional
        Where to write the checkpoint (atomically).
    log : callable
        Receives one line per epoch (``print`` by default).
    """
    from ..provenance import provenance
    from .encoder import encoder_fingerprint

    if config.select not in ("AE", "composite"):
        raise ValueError(f"config.select = {config.select!r}: use 'AE' or 'composite'")
    if not train_records:
        raise ValueError("no training records")
    if not valid_records:
        raise ValueError("no validation records")
    dev = resolve_device(device)
    amp = resolve_amp(config.amp, dev)
    fingerprint = encoder_fingerprint()
    start = load_checkpoint(load, fingerprint) if load else None
    if start is not None:
        config = replace(config, **{k: getattr(start.config, k) for k in ARCH_FIELDS})

    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    prev_det = torch.are_deterministic_algorithms_enabled()
    fork_devices = [dev.index or 0] if dev.type == "cuda" else []
    with torch.random.fork_rng(devices=fork_devices):
        torch.manual_seed(seed)
        torch.use_deterministic_algorithms(True, warn_only=True)
        try:
            result = _train(config, train_records, valid_records, seed, dev, amp, start, rng,
                            log, progress, fingerprint)
        finally:
            torch.use_deterministic_algorithms(prev_det)
    result.seconds = time.perf_counter() - t0
    result.checkpoint.meta.update(seconds=round(result.seconds, 1), **provenance(),
                                  seed=seed, device=dev.type, amp=amp,
                                  finetuned_from=str(load) if load else None)
    if out:
        save_checkpoint(out, result.checkpoint)
    return result


@dataclass
class _Data:
    """Tokenised training wordings and their targets (one row per wording)."""

    ids: list[list[int]]
    lengths: np.ndarray
    first: np.ndarray           # row of each training record's original wording
    n_words: np.ndarray         # wordings per training record
    y: torch.Tensor             # standardised regression targets
    fine: torch.Tensor          # fine azimuth bin of the sampled label
    coarse: torch.Tensor
    motion: torch.Tensor
    rotate: torch.Tensor
    label_norm: LabelNorm
    targets: object             # records -> raw regression targets
    end_defaults: dict


@dataclass
class _Run:
    """What every batch of one training run needs."""

    config: TrainConfig
    dev: torch.device
    amp: str
    net: SpatialNet
    pad_id: int
    data: _Data
    opt: torch.optim.Optimizer
    sched: object
    scaler: object
    enc_params: dict
    reference: dict | None      # pretrained encoder weights for the L2-SP penalty
    frozen_pooled: torch.Tensor | None
    centers_fine: torch.Tensor
    centers_coarse: torch.Tensor
    margins_coarse: torch.Tensor


def _prepare_data(config, train_records, valid_records, seed, tokenizer, start, log) -> _Data:
    """Every training wording tokenised, with its labels, bins and motion classes."""
    variants = _augmented_variants(train_records, config.augment_multiplier, seed,
                                   {r["text"] for r in valid_records},
                                   config.augment_extra_directions)
    flat = [v for vs in variants for v in vs]
    n_words = np.array([len(vs) for vs in variants])
    first = np.concatenate([[0], np.cumsum(n_words)[:-1]])
    ids, truncated = tokenize_ids(tokenizer, [r["text"] for r in flat], config.max_length)
    if any(truncated):
        log(f"warning: {sum(truncated)} training sentence(s) longer than {config.max_length} "
            f"tokens were truncated")
    raw = record_targets(flat)
    label_norm = (start.label_norm if start is not None
                  else LabelNorm.fit(record_targets(train_records)))
    targets = region_centre_targets if config.region_targets else record_targets
    raw_az = np.degrees(np.arctan2(raw[:, 0], raw[:, 1]))
    end_defaults = (dict(start.meta.get("motion_end_defaults", {})) if start is not None
                    else motion_end_defaults(train_records))
    return _Data(ids=ids, lengths=np.array([len(x) for x in ids]), first=first,
                 n_words=n_words, y=torch.from_numpy(label_norm.normalise(targets(flat))),
                 fine=torch.from_numpy(az_bin(raw_az, FINE_BINS)),
                 coarse=torch.from_numpy(az_bin(raw_az, COARSE_BINS)),
                 motion=torch.tensor([motion_class(r) for r in flat]),
                 rotate=torch.tensor([rotate_sign_class(r) for r in flat]),
                 label_norm=label_norm, targets=targets, end_defaults=end_defaults)


def _optimiser(net: SpatialNet, config: TrainConfig, n_train: int, amp: str):
    """AdamW (encoder and heads at their own rates), warm-up + cosine schedule, fp16 scaler."""
    enc_params = {n: p for n, p in net.named_parameters() if p.requires_grad
                  and n.startswith("encoder.")}
    head_params = [p for n, p in net.named_parameters() if p.requires_grad
                   and not n.startswith("encoder.")]
    decay = [p for p in head_params if p.ndim > 1]
    no_decay = [p for p in head_params if p.ndim <= 1]
    opt = torch.optim.AdamW([
        {"params": list(enc_params.values()), "lr": config.lr_encoder, "weight_decay": 0.0},
        {"params": decay, "lr": config.lr_heads, "weight_decay": config.weight_decay},
        {"params": no_decay, "lr": config.lr_heads, "weight_decay": 0.0},
    ])
    steps_per_epoch = math.ceil(n_train / config.batch_size)
    total = steps_per_epoch * config.epochs
    warm = max(1, int(config.warmup_epochs * steps_per_epoch))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * 0.5 * (1 + math.cos(math.pi * min(1.0, s / total))))
    scaler = torch.amp.GradScaler("cuda") if amp == "fp16" else None
    return enc_params, opt, sched, scaler


def _batch_loss(run: _Run, idx: np.ndarray, coarse: bool, margins_fine: np.ndarray,
                weights: np.ndarray) -> torch.Tensor:
    """The weighted training loss of one batch (rows ``idx`` of the wordings)."""
    config, dev, d = run.config, run.dev, run.data
    input_ids, mask = collate([d.ids[i] for i in idx], run.pad_id, dev)
    y = d.y[idx].to(dev)
    fine, coarse_t = d.fine[idx].to(dev), d.coarse[idx].to(dev)
    w = torch.from_numpy(weights).to(dev)
    with autocast(dev, run.amp):
        o = run.net(input_ids, mask)
    per = mae_loss(o["reg"], y)
    if config.arcface:
        cos, target = (o["cos_coarse"], coarse_t) if coarse else (o["cos_fine"], fine)
        margins = run.margins_coarse if coarse else torch.tensor(
            margins_fine, dtype=torch.float32, device=dev)
        per = per + config.w_arc * arcface_loss(cos, target, margins, config.arc_scale)
        if config.alignment:
            centers = run.centers_coarse if coarse else run.centers_fine
            cls_sc = expected_direction(cos, centers, config.arc_scale)
            per = per + config.w_align * alignment_loss(o["reg"][:, :2], cls_sc)
    if config.contrast:
        per = per + config.w_contrast * supervised_contrast(o["emb"], fine, config.contrast_temp)
    m_t, r_t = d.motion[idx].to(dev), d.rotate[idx].to(dev)
    mot = F.cross_entropy(o["motion"].float(), m_t, reduction="none")
    rot = F.binary_cross_entropy_with_logits(o["rotate"].float(), r_t.clamp(min=0).float(),
                                             reduction="none") * (r_t >= 0)
    per = per + config.w_motion * (mot + rot)
    loss = (per * w).sum() / w.sum()
    if run.frozen_pooled is not None:
        loss = loss + config.w_anchor * anchor_loss(
            o["pooled"], run.frozen_pooled[idx].to(dev)).mean()
    if run.reference is not None:
        loss = loss + config.l2sp * l2sp_penalty(run.enc_params, run.reference)
    return loss


def _step(run: _Run, loss: torch.Tensor) -> None:
    """Backward, clip the gradient norm at 1, optimiser and schedule step."""
    run.opt.zero_grad(set_to_none=True)
    params = [p for g in run.opt.param_groups for p in g["params"]]
    if run.scaler is not None:
        run.scaler.scale(loss).backward()
        run.scaler.unscale_(run.opt)
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        run.scaler.step(run.opt)
        run.scaler.update()
    else:
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        run.opt.step()
    run.sched.step()


def _epoch(run: _Run, epoch: int, rng, margins_fine: np.ndarray, per_bin_error, progress: bool
           ) -> tuple[float, bool, bool]:
    """One pass over the training sentences; returns (mean loss, coarse phase, focus phase)."""
    from tqdm.auto import tqdm

    config, d = run.config, run.data
    coarse = config.arcface and config.coarse_to_fine and epoch <= config.coarse_epochs
    focus = (config.directional_focus and epoch > config.epochs - config.focus_epochs)
    # one wording per training sentence this epoch
    pick = np.array([d.first[i] + rng.integers(n) if n > 1 else d.first[i]
                     for i, n in enumerate(d.n_words)])
    batches = _length_bucketed_batches(d.lengths[pick], config.batch_size, rng)
    run.net.train()
    losses = []
    bar = tqdm(batches, desc=f"epoch {epoch:02d}", leave=False, disable=not progress,
               file=sys.stderr, mininterval=1.0)
    for b in bar:
        idx = pick[b]
        w = (focus_weights(d.fine[idx].numpy(), per_bin_error, config) if focus
             else np.ones(len(idx), np.float32))
        loss = _batch_loss(run, idx, coarse, margins_fine, w)
        _step(run, loss)
        losses.append(float(loss.detach()))
    bar.close()
    return float(np.mean(losses)), coarse, focus


def _fit_knn(predictor: Predictor, config: TrainConfig, tokenizer, train_records, valid_ids,
             valid_records, data: _Data) -> tuple[KnnBank | None, float, dict]:
    """The KNN bank of the training sentences and its blend weight chosen on validation.

    Returns the bank (None without KNN), the weight and the final validation metrics.
    """
    if not config.knn:
        return None, 0.0, validate(predictor, valid_ids, valid_records)
    train_ids, _ = tokenize_ids(tokenizer, [r["text"] for r in train_records], config.max_length)
    emb = predictor.outputs([], ids=train_ids)["emb"]
    bank = KnnBank(emb, data.label_norm.normalise(data.targets(train_records)))
    predictor.knn = bank
    knn_weight, final = choose_knn_weight(predictor, valid_ids, valid_records,
                                          config.knn_weights)
    return bank, knn_weight, final


def _setup(config, train_records, valid_records, seed, dev, amp, start, log, fingerprint
           ) -> tuple[_Run, object]:
    """Network, data, anchor targets, optimiser: everything before the first epoch."""
    from .encoder import load_encoder

    encoder, tokenizer = load_encoder(str(dev))
    net = SpatialNet(encoder, config).to(dev)
    set_trainable(net)
    pad_id = tokenizer.pad_token_id
    data = _prepare_data(config, train_records, valid_records, seed, tokenizer, start, log)
    # The robustness anchor: the pretrained encoder's own embeddings of every wording.
    frozen_pooled = None
    if config.anchor:
        frozen_pooled = torch.from_numpy(_anchor_targets(net, data.ids, pad_id, amp, fingerprint))
    if start is not None:
        load_trainable_state(net, start.state)
    enc_params, opt, sched, scaler = _optimiser(net, config, len(train_records), amp)
    reference = ({n: p.detach().clone().float() for n, p in enc_params.items()}
                 if config.l2sp > 0 else None)
    run = _Run(config=config, dev=dev, amp=amp, net=net, pad_id=pad_id, data=data, opt=opt,
               sched=sched, scaler=scaler, enc_params=enc_params, reference=reference,
               frozen_pooled=frozen_pooled,
               centers_fine=_bin_unit_vectors(FINE_BINS).to(dev),
               centers_coarse=_bin_unit_vectors(COARSE_BINS).to(dev),
               margins_coarse=torch.full((COARSE_BINS,), config.margin, device=dev))
    return run, tokenizer


def _train(config, train_records, valid_records, seed, dev, amp, start, rng, log, progress,
           fingerprint) -> TrainResult:
    from ..metrics import format_line

    run, tokenizer = _setup(config, train_records, valid_records, seed, dev, amp, start, log,
                            fingerprint)
    net, data = run.net, run.data
    margins_fine = np.full(FINE_BINS, config.margin)
    if start is not None and "margins" in start.meta and len(start.meta["margins"]) == FINE_BINS:
        margins_fine = np.asarray(start.meta["margins"], float)
    predictor = Predictor(net, tokenizer, data.label_norm, end_defaults=data.end_defaults,
                          amp=amp)
    valid_ids, _ = tokenize_ids(tokenizer, [r["text"] for r in valid_records], config.max_length)

    history, best = [], None
    per_bin_error = None
    for epoch in range(1, config.epochs + 1):
        te = time.perf_counter()
        loss, coarse, focus = _epoch(run, epoch, rng, margins_fine, per_bin_error, progress)
        m = validate(predictor, valid_ids, valid_records)
        per_bin_error = np.asarray(m["per_bin_AE"], float)
        if config.arcface and config.adaptive_margins and not coarse:
            margins_fine = update_margins(margins_fine, per_bin_error, config)
        is_best = best is None or selection_score(m, config) < selection_score(best[1], config)
        if is_best:
            best = (epoch, m, trainable_state(net))
        row = {"epoch": epoch, "train_loss": loss, **{k: m[k] for k in METRICS},
               "phase": "coarse" if coarse else "fine", "focus": bool(focus),
               "margins": [round(float(x), 4) for x in margins_fine],
               "seconds": round(time.perf_counter() - te, 2)}
        history.append(row)
        log(f"epoch {epoch:02d}: train {row['train_loss']:.4f} | {format_line(m)}"
            f"  ({row['seconds']:.0f} s{', best' if is_best else ''})")

    best_epoch, _, best_state = best
    load_trainable_state(net, best_state)
    bank, knn_weight, final = _fit_knn(predictor, config, tokenizer, train_records, valid_ids,
                                       valid_records, data)
    log(f"best epoch {best_epoch:02d}; final validation: {format_line(final)}"
        + (f" (KNN weight {knn_weight:g})" if config.knn else ""))
    ckpt = Checkpoint(config=config, label_norm=data.label_norm, state=best_state,
                      encoder_fingerprint=fingerprint, knn=bank,
                      meta={"knn_weight": knn_weight, "margins": margins_fine.tolist(),
                            "motion_end_defaults": data.end_defaults, "best_epoch": best_epoch,
                            "epochs": config.epochs, "train_size": len(train_records),
                            "valid": {k: final[k] for k in PAPER_METRICS}})
    return TrainResult(ckpt, predictor, history, best_epoch, final, 0.0)


def _pooled(net: SpatialNet, ids, pad_id: int, amp: str, batch_size: int = 64) -> np.ndarray:
    """Mean-pooled encoder states of tokenised texts (current weights), float32, input order."""
    dev = next(net.parameters()).device
    order = np.argsort([len(x) for x in ids], kind="stable")
    out = np.zeros((len(ids), net.encoder.config.hidden_size), dtype=np.float32)
    with torch.inference_mode(), autocast(dev, amp):
        for i in range(0, len(ids), batch_size):
            idx = order[i:i + batch_size]
            input_ids, mask = collate([ids[j] for j in idx], pad_id, dev)
            out[idx] = net.pool(input_ids, mask).float().cpu().numpy()
    return out


#: The pretrained encoder's pooled embeddings of recent training sets: an ablation
#: trains seven rows per seed on the same wordings, and each would spend ~10 s on them.
_ANCHOR_CACHE: dict[tuple, np.ndarray] = {}
_ANCHOR_CACHE_SIZE = 4


def _anchor_targets(net: SpatialNet, ids, pad_id: int, amp: str, fingerprint: str) -> np.ndarray:
    """:func:`_pooled` for a freshly loaded (pretrained) encoder, cached by its inputs."""
    dev = next(net.parameters()).device
    key = (fingerprint, str(dev), amp, hashlib.sha256(repr(ids).encode()).hexdigest())
    if key not in _ANCHOR_CACHE:
        if len(_ANCHOR_CACHE) >= _ANCHOR_CACHE_SIZE:
            _ANCHOR_CACHE.pop(next(iter(_ANCHOR_CACHE)))
        _ANCHOR_CACHE[key] = _pooled(net, ids, pad_id, amp)
    return _ANCHOR_CACHE[key]


