"""The paper's reported numbers (Paik & Lee, ICASSP 2026), for comparison tables only.

Its test set is 138 sentences of its own v4 data; results/REPORT.md says why
our numbers measure something else than these. ``">90"`` is how the paper
reports an error it gives only as a bound.
"""
from __future__ import annotations

#: Table 1: the full model on the test set.
MAIN = {"AE": 33.2, "dlog": 0.265, "spread": 13.9, "wet": 0.176, "gain": 1.09, "room": 1.97}
#: Table 2: test AE of the baselines.
BASELINES_AE = {"keyword rules": 71.0, "ridge probe (SBERT MiniLM)": 61.8,
                "ridge probe (e5-small)": 76.8}
#: Table 3: test AE of the ablation.
ABLATION_AE = {"full": 33.2, "no_angular_margin": 41.0, "no_adaptive_margins": 38.7,
               "no_directional_focus": 36.8, "no_knn": 37.5}
#: Out-of-domain AE (its numeric parser is part of the model).
OOD_AE = {"numeric": 19.9, "long": ">90", "metaphorical": ">90", "paraphrased": ">90"}
