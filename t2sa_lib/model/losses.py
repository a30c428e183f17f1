"""Loss terms of the paper's recipe (each a plain function of tensors).

All per-sample losses return shape ``(batch,)`` so that directional focus can
weight samples; the caller takes the (weighted) mean.
"""
from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def arcface_logits(cos: torch.Tensor, target: torch.Tensor, margins: torch.Tensor,
                   scale: float) -> torch.Tensor:
    """ArcFace: ``scale * cos(theta_y + m_y)`` for the true class, ``scale * cos`` otherwise.

    Parameters
    ----------
    cos : (batch, n) cosines between normalised embedding and class weights
    target : (batch,) true class indices
    margins : (n,) additive angular margin per class, radians (0 = no margin)
    scale : logit scale ``s``

    Where ``theta_y + m_y`` would pass pi the penalty continues linearly
    (``cos theta - m sin m``), the usual guard that keeps the target logit
    monotonic in theta.
    """
    cos = cos.float().clamp(-1 + 1e-6, 1 - 1e-6)
    cos_y = cos.gather(1, target[:, None]).squeeze(1)
    m = margins[target]
    theta = torch.acos(cos_y)
    with_margin = torch.cos(theta + m)
    fallback = cos_y - m * torch.sin(m)
    cos_y_m = torch.where(theta + m < math.pi, with_margin, fallback)
    logits = cos.scatter(1, target[:, None], cos_y_m[:, None])
    return scale * logits


def arcface_loss(cos, target, margins, scale) -> torch.Tensor:
    """Per-sample cross-entropy of :func:`arcface_logits`."""
    return F.cross_entropy(arcface_logits(cos, target, margins, scale), target, reduction="none")


def mae_loss(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Per-sample mean absolute error over the target columns."""
    return (pred.float() - target).abs().mean(dim=1)


def supervised_contrast(emb: torch.Tensor, labels: torch.Tensor, temperature: float
                        ) -> torch.Tensor:
    """Supervised contrastive loss (Khosla et al. 2020) on normalised embeddings.

    Positives of a sample are the other samples of its azimuth bin; samples
    with no positive in the batch get loss 0.
    """
    emb = emb.float()
    sim = emb @ emb.T / temperature
    n = emb.shape[0]
    self_mask = torch.eye(n, dtype=torch.bool, device=emb.device)
    sim = sim.masked_fill(self_mask, -1e9)
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    pos = (labels[:, None] == labels[None, :]) & ~self_mask
    n_pos = pos.sum(1)
    loss = -(log_prob * pos).sum(1) / n_pos.clamp(min=1)
    return torch.where(n_pos > 0, loss, torch.zeros_like(loss))


def expected_direction(cos: torch.Tensor, centers_sc: torch.Tensor, scale: float
                       ) -> torch.Tensor:
    """The classifier's mean direction: softmax(scale * cos) over bin-centre unit vectors."""
    p = torch.softmax(scale * cos.float(), dim=1)
    return p @ centers_sc


def alignment_loss(reg_sc: torch.Tensor, cls_sc: torch.Tensor) -> torch.Tensor:
    """Per-sample ``1 - cos`` between the regressed and the classifier's azimuth vectors."""
    return 1.0 - F.cosine_similarity(reg_sc.float(), cls_sc, dim=1, eps=1e-6)


def anchor_loss(pooled: torch.Tensor, frozen_pooled: torch.Tensor) -> torch.Tensor:
    """Per-sample ``1 - cos`` to the frozen encoder's embedding (feature distillation)."""
    return 1.0 - F.cosine_similarity(pooled.float(), frozen_pooled, dim=1, eps=1e-6)


def l2sp_penalty(params: dict[str, torch.Tensor], reference: dict[str, torch.Tensor]
                 ) -> torch.Tensor:
    """Sum of squared distances of trainable encoder tensors from their pretrained values."""
    total = None
    for name, p in params.items():
        d = (p.float() - reference[name]).pow(2).sum()
        total = d if total is None else total + d
    return total if total is not None else torch.zeros(())
