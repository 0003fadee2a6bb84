"""Byte-stable image files from matplotlib figures: PNG, SVG and PDF.

matplotlib writes its version, the date and random ids into image files by default.
Here every one of those is switched off, fonts are fixed to DejaVu Sans (shipped with
matplotlib, so every machine draws the same glyphs) and drawing happens on the Agg
canvas, so the same figure gives the same bytes on every run.  Nothing here changes
matplotlib's global settings: the style applies inside :func:`figure_style` only.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

#: Image formats a figure can be written as.
FORMATS: tuple[str, ...] = ("png", "svg", "pdf")

#: Default resolution for PNG; 300 is the usual figure for print.
DEFAULT_DPI = 150

#: matplotlib settings every bordermap figure is drawn and saved with.
STYLE: dict[str, object] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9.0,
    # "$" in an event title is text, never the start of a formula.
    "text.parse_math": False,
    "text.usetex": False,
    "svg.hashsalt": "bordermap",
    # Text stays text in the SVG: it can be searched, selected, edited and read aloud;
    # viewers without DejaVu Sans use their own sans-serif.
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "pdf.compression": 6,
    "axes.unicode_minus": True,
    "path.simplify": True,
}

#: Metadata that would otherwise carry dates and versions, per format.
_METADATA: dict[str, dict[str, str | None]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


@contextmanager
def figure_style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of a ``with`` block."""
    with matplotlib.rc_context(STYLE):
        yield


def new_figure(*, size_in: tuple[float, float]) -> Figure:
    """Return an empty figure on the Agg canvas (no GUI, no pyplot state).

    Call it inside :func:`figure_style` so fonts are fixed when text is created.
    """
    figure = Figure(figsize=size_in, dpi=100)
    FigureCanvasAgg(figure)
    return figure


def figure_bytes(figure: Figure, *, format: str, dpi: int = DEFAULT_DPI) -> bytes:
    """Render a figure as PNG, SVG or PDF bytes, identical for identical figures.

    Parameters
    ----------
    figure : Figure
        A figure from :func:`new_figure`.
    format : {"png", "svg", "pdf"}
        Image format.
    dpi : int, optional
        Pixels per inch for PNG (width in pixels is width in inches × dpi); vector
        formats ignore it except for any raster parts.

    Returns
    -------
    bytes

    Raises
    ------
    ValueError
        If the format is not one of :data:`FORMATS` or dpi is not positive.
    """
    if format not in FORMATS:
        raise ValueError(f"image format must be one of {', '.join(FORMATS)} (got {format!r})")
    if dpi <= 0:
        raise ValueError(f"dpi must be a positive whole number (got {dpi!r})")
    buffer = io.BytesIO()
    with figure_style():
        figure.savefig(buffer, format=format, dpi=dpi, metadata=_METADATA[format])
    return buffer.getvalue()
