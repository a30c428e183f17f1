"""Training configuration: one dataclass, named presets, one switch per component.

The paper's recipe (``full``) and its simpler recipes (``stable_baseline``,
``e5_alignment``) are presets of the same :class:`TrainConfig`, so the
ablation turns single components off without copying the trainer:

=========================  =====================================================
preset                     differs from ``full`` in
=========================  =====================================================
``full``                   --
``no_angular_margin``      ArcFace margin 0 (plain normalised-softmax classifier)
``no_adaptive_margins``    per-bin margins stay at ``margin``
``no_directional_focus``   no focus epochs
``no_knn``                 no KNN adjustment at inference
``no_contrast``            no directional contrast loss
``no_alignment``           no regression/ArcFace alignment loss
``no_coarse_to_fine``      12 bins from the first epoch
``no_<addition>``          one of our additions (:data:`OUR_ADDITIONS`) at the paper's
                           value: ``no_token_bag``, ``no_split_trunk``, ``no_anchor``,
                           ``no_region_targets``, ``no_augment_multiplier``,
                           ``no_augment_extra_directions``, ``no_knn_weights``
``stable_baseline``        plain MAE regression of the labels: no classifier, contrast,
                           KNN, anchor, token bag, second trunk or region targets (the
                           paper's simple recipe)
``e5_alignment``           regression + ArcFace + alignment, nothing else
``paper``                  the paper's full recipe: ``full`` less every addition
                           of ours (:data:`OUR_ADDITIONS`), on its 16 epochs
=========================  =====================================================
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True)
class TrainConfig:
    """Every knob of the text-to-parameters model and its training.

    Attributes are grouped: what is trainable, the heads, each loss and its
    weight, the schedule, robustness, inference-time adjustments.
    """

    name: str = "full"
    # --- encoder: what is trainable -------------------------------------------------
    top_layers: int = 2               # last transformer layers trained in full
    bitfit: bool = True               # biases + LayerNorm parameters of every layer
    max_length: int = 128             # tokens, including the "query: " prefix
    # --- heads ----------------------------------------------------------------------
    hidden: int = 256                 # width of the shared spatial trunk
    emb_dim: int = 128                # spatial (metric) embedding for ArcFace/contrast/KNN
    head_dropout: float = 0.1
    split_trunk: bool = True          # direction and attributes on separate trunks
    token_bag: bool = True            # hashed bag of input tokens beside the pooled embedding
    token_bag_buckets: int = 8192
    token_bag_dim: int = 64
    # --- losses ---------------------------------------------------------------------
    region_targets: bool = True       # regress region centres, not the sampled labels
    arcface: bool = True              # angular-margin classification of the azimuth bin
    arc_scale: float = 16.0
    margin: float = 0.2               # radians; 0 = normalised softmax, no margin
    adaptive_margins: bool = True     # per-bin margins follow validation error
    margin_range: tuple[float, float] = (0.5, 2.0)   # as multiples of ``margin``
    w_arc: float = 0.3
    contrast: bool = True             # supervised contrast on the spatial embedding
    contrast_temp: float = 0.1
    w_contrast: float = 0.1
    alignment: bool = True            # regressed azimuth vs ArcFace expected direction
    w_align: float = 0.2
    w_motion: float = 0.3
    coarse_to_fine: bool = True       # 4 sectors first, then 12 bins
    coarse_epochs: int = 3
    directional_focus: bool = True    # up-weight the worst directions in focus epochs
    focus_epochs: int = 3             # the last N epochs
    focus_worst_bins: int = 3
    focus_gain: float = 1.0           # extra weight of a worst-bin sample
    # --- robustness: stay near what the pretrained encoder knew ------------------
    anchor: bool = True               # feature distillation toward the frozen encoder
    w_anchor: float = 1.0
    l2sp: float = 0.0                 # L2-SP weight on trainable encoder tensors
    augment_multiplier: int = 8       # wordings per sentence (t2sa_lib.data.augment)
    augment_extra_directions: bool = True   # rewrites also use lexicon.EXTRA_AZ
    # --- optimisation ---------------------------------------------------------------
    epochs: int = 24
    batch_size: int = 32
    lr_encoder: float = 1e-4
    lr_heads: float = 2e-3
    weight_decay: float = 0.01
    warmup_epochs: float = 1.0
    amp: str = "auto"                 # auto | off | bf16 | fp16 (auto: fp16 on CUDA only)
    select: str = "composite"         # best epoch by "AE" or by "composite" (see train.py)
    # --- inference ------------------------------------------------------------------
    knn: bool = True                  # KNN adjustment from a bank of training embeddings
    knn_k: int = 8
    knn_temp: float = 0.05
    knn_weights: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)   # tried on validation
    knn_azimuth_only: bool = True     # neighbours share a direction, not loudness or distance

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "TrainConfig":
        known = {f.name for f in fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown config field(s) {sorted(unknown)}")
        d = {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}
        return cls(**d)


_FULL = TrainConfig()

#: What our default (``full``) adds to the paper's recipe: field -> (value in the paper's
#: recipe, what it is). The numeric parser and the language constraints act at inference.
OUR_ADDITIONS = {
    "token_bag": (False, "a hashed bag of input tokens beside the pooled embedding"),
    "split_trunk": (False, "direction and attributes on separate trunks"),
    "anchor": (False, "a pull toward the frozen encoder's embedding"),
    "region_targets": (False, "regression toward the centre of the region the words name"),
    "augment_multiplier": (1, "eight wordings per training sentence, one drawn per epoch"),
    "augment_extra_directions": (False, "rewrites with augmentation-only direction phrases"),
    "knn_weights": ((0.0, 0.25, 0.5), "KNN blend weights up to 1.0 offered to validation"),
}

PRESETS: dict[str, TrainConfig] = {
    "full": _FULL,
    "no_angular_margin": replace(_FULL, name="no_angular_margin", margin=0.0,
                                 adaptive_margins=False),
    "no_adaptive_margins": replace(_FULL, name="no_adaptive_margins", adaptive_margins=False),
    "no_directional_focus": replace(_FULL, name="no_directional_focus",
                                    directional_focus=False),
    "no_knn": replace(_FULL, name="no_knn", knn=False),
    "no_contrast": replace(_FULL, name="no_contrast", contrast=False),
    "no_alignment": replace(_FULL, name="no_alignment", alignment=False),
    "no_coarse_to_fine": replace(_FULL, name="no_coarse_to_fine", coarse_to_fine=False),
    "stable_baseline": replace(_FULL, name="stable_baseline", arcface=False,
                               adaptive_margins=False, contrast=False, alignment=False,
                               coarse_to_fine=False, directional_focus=False, knn=False,
                               anchor=False, augment_multiplier=1, split_trunk=False,
                               token_bag=False, region_targets=False),
    "e5_alignment": replace(_FULL, name="e5_alignment", adaptive_margins=False,
                            contrast=False, coarse_to_fine=False, directional_focus=False,
                            knn=False, anchor=False, augment_multiplier=1, split_trunk=False,
                            token_bag=False, region_targets=False),
}
PRESETS.update({f"no_{k}": replace(_FULL, name=f"no_{k}", **{k: v})
                for k, (v, _) in OUR_ADDITIONS.items()})
PRESETS["paper"] = replace(_FULL, name="paper", epochs=16,
                           **{k: v for k, (v, _) in OUR_ADDITIONS.items()})


def get_config(name: str = "full", **overrides) -> TrainConfig:
    """A preset by name, with fields overridden (``get_config("full", epochs=1)``).

    Raises
    ------
    ValueError
        For an unknown preset or field, listing the allowed names.
    """
    if name not in PRESETS:
        raise ValueError(f"unknown config {name!r} (one of {', '.join(PRESETS)})")
    known = {f.name for f in fields(TrainConfig)}
    bad = set(overrides) - known
    if bad:
        raise ValueError(f"unknown config field(s) {sorted(bad)}")
    return replace(PRESETS[name], **overrides)
