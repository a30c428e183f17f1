"""Saving matplotlib figures: one routine for every figure the package writes."""
from __future__ import annotations

import io
from pathlib import Path

FORMATS = ("png", "pdf")


def save_figure(fig, path_stem, dpi: int = 130, close: bool = True) -> Path:
    """Write ``<path_stem>.png`` and ``.pdf`` atomically (tight bounding box); return the PNG.

    ``close`` releases the figure (pyplot keeps every open figure alive otherwise).
    """
    import matplotlib.pyplot as plt

    from .files import atomic_write_bytes

    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    for ext in FORMATS:
        buf = io.BytesIO()
        fig.savefig(buf, format=ext, dpi=dpi, bbox_inches="tight")
        atomic_write_bytes(stem.with_name(f"{stem.name}.{ext}"), buf.getvalue())
    if close:
        plt.close(fig)
    return stem.with_name(f"{stem.name}.png")
