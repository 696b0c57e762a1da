"""Drawing a causal-loop diagram once and updating its levels in place (lessons 04, 08, 09).

:class:`LoopDiagram` draws a :class:`~flywheel_lib.models.loops.Graph` on a matplotlib axes: one round
node per factor with a gauge that fills with the factor's level, an arrow per link with its sign
(+ or −) on it, and optional loop markers ("R1", "B1" …). ``set_levels`` changes only the gauges
and numbers, so a slider can drive it without re-plotting. Names are drawn exactly as typed
(``parse_math=False``: a ``$`` in a learner's factor name is a dollar sign, never math text).

>>> import matplotlib; matplotlib.use("Agg")
>>> from flywheel_lib import loops, plotting
>>> fig, ax = plotting.figure(1, 1, 5, 5)
>>> d = LoopDiagram(ax, loops.amazon())
>>> d.set_levels([10, 20, 30, 40, 50, 60, 70])
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, Wedge
from matplotlib.path import Path

from flywheel_lib import i18n
from flywheel_lib.ui import plotting
from flywheel_lib.models.loops import Graph

POSITIVE_COLOUR = plotting.PALETTE["blue"]
NEGATIVE_COLOUR = plotting.PALETTE["vermillion"]


def circle_layout(factors: Sequence[str], radius: float = 1.0, start_deg: float = 90.0,
                  clockwise: bool = True) -> dict:
    """Positions on a circle, the first factor at ``start_deg`` (90 = top), in order."""
    n = len(factors)
    step = -360.0 / n if clockwise else 360.0 / n
    return {f: (radius * math.cos(math.radians(start_deg + i * step)),
                radius * math.sin(math.radians(start_deg + i * step)))
            for i, f in enumerate(factors)}


#: The Amazon preset drawn like Bezos's napkin: the outer loop on a circle, growth at the hub,
#: the booster's cost and price factors inside the circle on the way back to customer experience.
AMAZON_LAYOUT = {
    "customer experience": (0.0, 1.0),
    "traffic": (1.0, 0.0),
    "sellers": (0.0, -1.0),
    "selection": (-1.0, 0.0),
    "growth": (0.32, -0.12),
    "lower cost structure": (-0.42, 0.02),
    "lower prices": (-0.3, 0.56),
}
#: Where the Amazon preset's inner factors carry their names (the rim ones point outwards).
AMAZON_LABEL_SIDES = {"growth": "below", "lower cost structure": "below", "lower prices": "right"}


def _arc_between(a, b, rad: float, gap_a: float, gap_b: float):
    """The arc from node ``a`` to node ``b`` (matplotlib's ``arc3`` curve with ``rad``), cut where
    it leaves the circle of radius ``gap_a`` round ``a`` and enters the one of ``gap_b`` round ``b``.

    Returns the cut curve as a quadratic Bézier :class:`~matplotlib.path.Path` (data coordinates;
    the axes has an equal aspect) and the curve's midpoint, where the sign is written. Cutting the
    path once here saves matplotlib from clipping it against the node patches at every redraw.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    c = (a + b) / 2 + rad * np.array([d[1], -d[0]])

    def point(u, v):   # the blossom of the quadratic Bézier A, C, B
        return (1 - u) * (1 - v) * a + ((1 - u) * v + u * (1 - v)) * c + u * v * b

    def leave(centre, gap, inside_at_zero):
        lo, hi = 0.0, 1.0    # bisection on t for |P(t) − centre| = gap
        for _ in range(50):
            mid = (lo + hi) / 2
            inside = np.hypot(*(point(mid, mid) - centre)) < gap
            if inside == inside_at_zero:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2

    t0 = leave(a, gap_a, True)
    t1 = leave(b, gap_b, False)
    if not t0 < t1:      # nodes overlapping: fall back to the whole curve
        t0, t1 = 0.0, 1.0
    verts = [point(t0, t0), point(t0, t1), point(t1, t1)]
    path = Path(verts, [Path.MOVETO, Path.CURVE3, Path.CURVE3])
    return path, point(0.5, 0.5)


class LoopDiagram:
    """A causal-loop diagram on ``ax``, built once; :meth:`set_levels` updates it in place.

    Parameters
    ----------
    ax : matplotlib axes (its aspect is set to equal and its frame hidden).
    graph : the :class:`~flywheel_lib.models.loops.Graph` to draw.
    positions : factor → (x, y); default :func:`circle_layout`.
    labels : factor → display text; default the factor names.
    colours : factor → colour of its gauge; default blue.
    link_colours : (source, target) → colour of the arrow; default by sign.
    node_radius : radius of a node in data units (the layout spans about −1 … 1).
    curvature : how far arrows between rim neighbours bow outwards (0 = straight).
    markers : list of (x, y, text) loop markers, e.g. ``[(0, -0.5, "R1")]``.
    label_sides : factor → "above", "below", "left" or "right" (default: away from the centre).
    """

    def __init__(self, ax, graph: Graph, positions: Mapping | None = None,
                 labels: Mapping | None = None, colours: Mapping | None = None,
                 link_colours: Mapping | None = None, node_radius: float = 0.16,
                 curvature: float | Mapping = 0.25, markers: Sequence = (),
                 fontsize: float | None = None, label_sides: Mapping | None = None):
        self.ax = ax
        self.graph = graph
        self.positions = dict(positions or circle_layout(graph.factors))
        missing = [f for f in graph.factors if f not in self.positions]
        if missing:
            raise ValueError(f"positions: no position for factor {missing[0]!r}")
        self.labels = {f: (labels or {}).get(f, f) for f in graph.factors}
        self.node_radius = float(node_radius)
        style = plotting.STYLES[plotting.get_style()]
        scale = style["font.size"] / plotting.STYLES["default"]["font.size"]   # type, arrows
        fs = fontsize or 9.5 * scale
        centre = np.mean(np.array([self.positions[f] for f in graph.factors]), axis=0)
        colours = colours or {}
        self.rings, self.gauges, self.values, self.names = {}, {}, {}, {}
        for f in graph.factors:
            x, y = self.positions[f]
            colour = colours.get(f, POSITIVE_COLOUR)
            ring = Circle((x, y), node_radius, facecolor="white", edgecolor=colour, lw=2.0,
                          zorder=3)
            gauge = Wedge((x, y), node_radius * 0.86, 90, 90, facecolor=colour, alpha=0.45,
                          lw=0, zorder=4)
            ax.add_patch(ring)
            ax.add_patch(gauge)
            self.rings[f], self.gauges[f] = ring, gauge
            self.values[f] = ax.text(x, y, "0", ha="center", va="center", fontsize=fs,
                                     fontweight="bold", zorder=6)
            # name outside the node, away from the centre of the drawing
            dx, dy = x - centre[0], y - centre[1]
            dist = math.hypot(dx, dy)
            side = (label_sides or {}).get(f)
            if side is not None:
                ox, oy, ha, va = {"above": (0, 1, "center", "bottom"),
                                  "below": (0, -1, "center", "top"),
                                  "left": (-1, 0, "right", "center"),
                                  "right": (1, 0, "left", "center")}[side]
            elif dist < 1e-6:
                ox, oy, ha, va = 0.0, -1.0, "center", "top"
            else:
                ox, oy = dx / dist, dy / dist
                ha = "left" if ox > 0.35 else "right" if ox < -0.35 else "center"
                va = "bottom" if oy > 0.35 else "top" if oy < -0.35 else "center"
            off = node_radius * 1.5   # clear of the highlight ring (1.28 × radius)
            self.names[f] = ax.text(x + ox * off, y + oy * off, self.labels[f], ha=ha, va=va,
                                    fontsize=fs, zorder=6, parse_math=False,
                                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none",
                                              alpha=0.8))
        self.arrows, self.signs = {}, {}
        link_colours = link_colours or {}
        for r in graph.links.itertuples(index=False):
            a = np.array(self.positions[r.source], float)
            b = np.array(self.positions[r.target], float)
            colour = link_colours.get((r.source, r.target),
                                      POSITIVE_COLOUR if r.sign > 0 else NEGATIVE_COLOUR)
            if r.source == r.target:   # a self-link: a small loop above the node
                rad = 0.0
                arrow = FancyArrowPatch(a + [-0.6 * node_radius, node_radius * 0.8],
                                        a + [0.6 * node_radius, node_radius * 0.8],
                                        connectionstyle="arc3,rad=-1.6", arrowstyle="-|>",
                                        mutation_scale=14 * scale, color=colour, lw=1.8,
                                        zorder=2)
                mid = a + [0, node_radius * 2.0]
            else:
                rad = self._rad(a, b, centre, curvature, r.source, r.target)
                path, mid = _arc_between(a, b, rad, node_radius * 1.06, node_radius * 1.1)
                arrow = FancyArrowPatch(path=path, arrowstyle="-|>", mutation_scale=16 * scale,
                                        color=colour, lw=2.0, zorder=2)
            ax.add_patch(arrow)
            self.arrows[(r.source, r.target)] = arrow
            # (the sign is drawn over the arrows and nodes' rims, under the gauges: it never
            # touches a gauge, and a sign near a node is then not drawn again with its gauge)
            self.signs[(r.source, r.target)] = ax.text(
                mid[0], mid[1], "+" if r.sign > 0 else "−", ha="center", va="center",
                fontsize=fs * 1.05, fontweight="bold", color=colour, zorder=3.5,
                bbox=dict(boxstyle="circle,pad=0.12", fc="white", ec=colour, lw=1.0))
        self.markers = [ax.text(x, y, text, ha="center", va="center", fontsize=fs,
                                fontweight="bold", color="0.25", zorder=1)
                        for x, y, text in markers]
        # The ring moves whenever the learner picks another factor: it is drawn above everything,
        # so that no still artist lies over it to be drawn again on each move.
        self.highlight_ring = Circle((0, 0), node_radius * 1.28, facecolor="none",
                                     edgecolor=plotting.PALETTE["orange"], lw=4.0, zorder=7,
                                     visible=False)
        ax.add_patch(self.highlight_ring)
        # Each gauge and its number stay inside their node: clipped to the node's square, they
        # look the same, and a slider move redraws only that square (the fast redraw repaints
        # every still artist over a moving one's clip box: names and signs stay out of it).
        box = node_radius * 0.9   # (the gauge's radius is 0.86 of the node's)
        for f in graph.factors:
            x, y = self.positions[f]
            plotting.clip_to((self.gauges[f], self.values[f]), ax, x - box, y - box, x + box,
                             y + box)
        xs = [p[0] for p in self.positions.values()]
        ys = [p[1] for p in self.positions.values()]
        pad = 0.62
        # the axes is frameless with fixed limits: keep the diagram out of the layout computation,
        # all but the names (which may reach past the limits: the layout keeps them clear of the
        # neighbouring plot, and of the figure's edge)
        for artist in [*self.rings.values(), *self.gauges.values(), *self.values.values(),
                       *self.arrows.values(), *self.signs.values(),
                       *self.markers, self.highlight_ring]:
            artist.set_in_layout(False)
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad * 0.75, max(ys) + pad * 0.75)
        ax.set_aspect("equal")
        ax.axis("off")

    def _rad(self, a, b, centre, curvature, source, target) -> float:
        if isinstance(curvature, Mapping):
            if (source, target) in curvature:
                return float(curvature[(source, target)])
            value = float(curvature.get("default", 0.2))
        else:
            value = float(curvature)
        d = b - a
        normal = np.array([d[1], -d[0]])
        outward = (a + b) / 2 - centre
        side = 1.0 if float(normal @ outward) >= 0 else -1.0
        return side * value

    def set_levels(self, levels, capacity: float | None = None) -> None:
        """Fill each gauge with its factor's level (a mapping or a sequence in factor order)."""
        cap = float(capacity if capacity is not None else self.graph.capacity)
        if isinstance(levels, Mapping):
            values = [float(levels[f]) for f in self.graph.factors]
        else:
            values = [float(v) for v in levels]
            if len(values) != self.graph.n:
                raise ValueError(f"levels: expected {self.graph.n} values, got {len(values)}")
        for f, v in zip(self.graph.factors, values):
            share = min(max(v / cap, 0.0), 1.0) if math.isfinite(v) else 0.0
            self.gauges[f].set_visible(share > 0.002)
            self.gauges[f].set_theta1(90.0 - 360.0 * max(share, 0.002))
            self.gauges[f].set_theta2(90.0)
            self.values[f].set_text(i18n.number(v, ".0f"))

    def highlight(self, factor: str | None) -> None:
        """Ring the pushed factor (``None`` hides the ring)."""
        ring = self.highlight_ring
        if factor is None:
            if ring.get_visible():
                ring.set_visible(False)
            return
        if not ring.get_visible() or tuple(ring.get_center()) != tuple(self.positions[factor]):
            ring.set_center(self.positions[factor])   # touched only when it moves: a ring that
            ring.set_visible(True)                    # stays put stays in the cached background
