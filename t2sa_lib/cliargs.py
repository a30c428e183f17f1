"""Argument types for the command line: numbers with ranges, checked before any work.

Each factory returns a function for argparse's ``type=``: it parses the string,
refuses non-finite values and values outside ``[lo, hi]``, and raises
:class:`argparse.ArgumentTypeError`, so argparse prints one line naming the
option (``argument --chunk: must be an integer in [1, 100000], got '0'``) and
exits with code 2 before anything is read or written.
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

# Python refuses int() of strings over 4300 digits anyway; far fewer is already nonsense.
_MAX_DIGITS = 30


def _fmt(v: float) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def int_in(lo: int, hi: int):
    """An argparse type: an integer in ``[lo, hi]`` (inclusive)."""
    def parse(s: str) -> int:
        what = f"an integer in [{lo}, {hi}]"
        t = s.strip()
        if len(t.lstrip("+-")) > _MAX_DIGITS:
            raise argparse.ArgumentTypeError(f"must be {what}, got a {len(t)}-character number")
        try:
            v = int(t)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be {what}, got {s!r}") from None
        if not lo <= v <= hi:
            raise argparse.ArgumentTypeError(f"must be {what}, got {v}")
        return v

    parse.__name__ = "integer"
    return parse


def float_in(lo: float, hi: float, lo_open: bool = False):
    """An argparse type: a finite number in ``[lo, hi]`` (``(lo, hi]`` if ``lo_open``)."""
    def parse(s: str) -> float:
        what = f"a number in {'(' if lo_open else '['}{_fmt(lo)}, {_fmt(hi)}]"
        t = s.strip()
        if len(t) > 2 * _MAX_DIGITS:
            raise argparse.ArgumentTypeError(f"must be {what}, got a {len(t)}-character number")
        try:
            v = float(t)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be {what}, got {s!r}") from None
        if not math.isfinite(v):
            raise argparse.ArgumentTypeError(f"must be {what} (finite), got {s!r}")
        if v < lo or v > hi or (lo_open and v == lo):
            raise argparse.ArgumentTypeError(f"must be {what}, got {_fmt(v)}")
        return v

    parse.__name__ = "number"
    return parse


def nonempty_str(s: str) -> str:
    """An argparse type: a string with something besides whitespace."""
    if not s.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return s


def same_file(a: Path | None, b: Path | None) -> bool:
    """True when two paths name the same file (existing or not, links resolved)."""
    if a is None or b is None:
        return False
    try:
        if Path(a).exists() and Path(b).exists():
            return Path(a).samefile(b)
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


#: Limits shared by every command (the render engineer's render/cli.py may use them too).
SR = int_in(8000, 192000)
SEED = int_in(0, 2 ** 32 - 1)
SECONDS = float_in(0.0, 600.0, lo_open=True)
PORT = int_in(1, 65535)
