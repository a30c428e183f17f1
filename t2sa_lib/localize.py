"""Alias of :mod:`t2sa_lib.eval.localize` for tests/test_render*.py until they import that path.

Delete this file once no test imports ``t2sa_lib.localize``.
"""
from .eval.localize import *  # noqa: F401,F403
