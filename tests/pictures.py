"""What a panel sent, and what a plain savefig of its figure draws (shared by the tests)."""
from __future__ import annotations

import io

import numpy as np
from PIL import Image

from flywheel_lib.ui import plotting


def sent(panel) -> np.ndarray:
    """The last picture the panel sent, decoded to RGBA."""
    return np.asarray(Image.open(io.BytesIO(panel.frames.last_png)).convert("RGBA"))


def savefig_pixels(panel) -> np.ndarray:
    """A plain savefig of the panel's figure at its size and dpi (in the panel's style).

    savefig sets the figure's dpi and puts it back, which marks the figure stale although nothing
    changed; the flags are put back afterwards, so that the next frame may take the fast path
    (otherwise every frame after a comparison would be a full draw and the fast path untested)."""
    fig = panel.fig
    flags = [(a, a.stale) for a in (fig, *fig.get_children())]
    flags += [(c, c.stale) for ax in fig.axes for c in ax.get_children()]
    buffer = io.BytesIO()
    with plotting.style_context(panel.style):
        fig.savefig(buffer, format="rgba", dpi=fig.dpi)
    for artist, flag in sorted(flags, key=lambda pair: pair[1]):   # False first, then True
        artist.stale = flag    # (puts back what savefig's dpi round trip set)
    renderer = fig.canvas.get_renderer()   # (Agg's own rounding of the figure's size)
    return np.frombuffer(buffer.getvalue(), np.uint8).reshape(int(renderer.height),
                                                              int(renderer.width), 4)


def differing(panel) -> int:
    a, b = sent(panel), savefig_pixels(panel)
    if a.shape != b.shape:
        return a.shape[0] * a.shape[1]
    return int((a != b).any(axis=2).sum())


