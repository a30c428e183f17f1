"""The machine a number was measured on: CPU model, its bf16 support, platform.

Speed figures mean little without the CPU behind them (the same training
epoch runs several times slower on a CPU without AVX-512 or native bf16), so
every benchmark, full-run timing and result file records :func:`describe`.
"""
from __future__ import annotations

import os
import platform
from functools import lru_cache


@lru_cache(maxsize=1)
def _cpuinfo() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            return f.read()
    except OSError:
        return ""


def cpu_model() -> str:
    """The CPU's model name (Linux ``/proc/cpuinfo``), else the platform's processor string."""
    for line in _cpuinfo().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def cpu_has_native_bf16() -> bool:
    """Whether the CPU computes bf16 natively (AVX512-BF16 or AMX-BF16; Linux flags)."""
    flags = _cpuinfo()
    return "avx512_bf16" in flags or "amx_bf16" in flags


def describe() -> dict:
    """Platform, Python, CPU count and model, and native bf16 support."""
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "cpu_model": cpu_model(),
            "native_bf16": cpu_has_native_bf16()}
