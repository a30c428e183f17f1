"""t2sa: natural language to spatial audio parameters, and a deterministic renderer.

An open, offline reproduction of Paik & Lee, "Natural Language to Spatial Audio
Parameters: Lightweight Deterministic Rendering for Creative Authoring"
(ICASSP 2026). See README.md for the two commands that regenerate everything.
"""
from .params import Motion, ParamsError, SpatialParams

__version__ = "0.1.0"
__all__ = ["Motion", "ParamsError", "SpatialParams", "__version__"]
