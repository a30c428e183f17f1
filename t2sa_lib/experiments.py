"""Alias of :mod:`t2sa_lib.eval.experiments` for notebook 04 until it imports that path.

Delete this file once ``notebooks/04_ood.ipynb`` imports ``t2sa_lib.eval.experiments``.
"""
from .eval.experiments import *  # noqa: F401,F403
