"""A small causal-loop engine: named factors, signed links, friction, capacity and a push.

A *graph* has named factors (``"traffic"``, ``"sellers"`` …) and directed links between them. Each
link has a sign (+1: more of the source means more of the target; −1: less), a strength (per month)
and an optional delay (months). Every factor has a level between 0 and the graph's ``capacity``
(default 100: read it as "per cent of what is possible").

The dynamics (time in months)::

    net_i(t)   = Σ_links  sign · strength · level_source(t − delay)   +   push_i(t)
    growth_i   = net_i · (1 − level_i / capacity)   if net_i > 0   (room to grow shrinks near the top)
               = net_i                               otherwise      (a negative net drains)
    d level_i / dt = growth_i − friction_i · level_i
    levels are kept within [0, capacity].

``friction`` (per month) pulls every factor back towards 0: a friction of 0.1 loses 10 % of a
factor's level per month if nothing feeds it. ``push`` is outside energy: level points per month
added to the chosen factors' inflow for a period (``push_from`` to ``push_until``).

:func:`simulate` takes ``steps`` steps per month (default :data:`STEPS`, ``dt = 1 / steps``), each
linearly implicit in the losses (a Patankar–Euler step)::

    level_i ← max(0, level_i + dt · net_i) / (1 + dt · (friction_i + max(net_i, 0) / capacity))

It has the differential equation's steady levels exactly, keeps every level within
[0, capacity] for any step, strength, friction and push (so no step is ever too large), and it
changes smoothly with every input: a push that ends inside a step counts for its share of the
step, and a delay between two step times is interpolated. With all links positive a step never
lowers a level when any level, link, push or initial level is higher or friction is lower, so
more energy never means less momentum and more friction never more.

Near zero the model is linear, ``d level/dt = (A − friction·I) · level``, where ``A`` holds the
signed strengths. The loops take off on their own when the largest real part of an eigenvalue of
``A`` (the *loop gain*) exceeds the friction. For graphs whose links are all positive this is
exact for :func:`simulate` too (also with delays, and for every ``steps``): just below it a small
push grows, just above it every push dies away. With a braking (negative) link a factor that the
brake would push below zero is held at zero, so the eigenvalue can be wrong;
:func:`tipping_friction` then finds the tipping point from the steps themselves.

Drawing a graph as a causal-loop diagram: :class:`flywheel_lib.ui.loop_diagram.LoopDiagram`.

Public API (lessons 04, 08, 09 build on it):

* :class:`Graph` — ``Graph.from_links(factors, links)`` from lists or a DataFrame;
  ``Graph.from_dict(spec)`` / :func:`read_graph` from JSON or CSV; ``.factors``, ``.links``,
  ``.capacity``, ``.matrix()``, ``.loops()``, ``.with_link()``, ``.without_link()``,
  ``.with_strengths()``, ``.to_dict()``.
* :func:`amazon` — the preset: Bezos's napkin, seven factors (an outer loop of four, a booster of
  three; six on the rim, growth at the hub).
* :func:`simulate` — one run: DataFrame indexed by month, one column per factor.
* :func:`momentum` — mean level of a run in per cent of capacity, per month.
* :func:`final_levels` / :func:`momentum_map` — many runs at once (energy × friction grids).
* :func:`cruising_levels` / :func:`cruising_momentum` — where the loops alone keep the wheel;
  :func:`takeoff_month` / :func:`takeoff_map` — the month from which it stays above 20 %
  (what energy buys: time).
* :func:`find_loops`, :func:`growth_rate`, :func:`tipping_friction`.
"""
from __future__ import annotations

import json
import math
import numbers
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate

#: Allowed ranges (inclusive) of link strengths and friction, per month.
STRENGTH_RANGE = (0.0, 2.0)
FRICTION_RANGE = (0.0, 2.0)
#: Allowed link delays in months.
DELAY_RANGE = (0.0, 60.0)
#: Allowed capacity of a graph (levels run from 0 to capacity).
CAPACITY_RANGE = (1e-6, 1e9)
#: Longest simulation in months.
MAX_MONTHS = 6000
#: Steps per month of :func:`simulate` unless told otherwise (every step count is stable).
STEPS = 4
#: How :func:`tipping_friction` runs a braked wheel at each friction it tries: every factor starts
#: at TIPPING_START of capacity; after TIPPING_MONTHS months a factor at TIPPING_LARGE of capacity
#: means it turns, else TIPPING_MONTHS more months near zero decide.
TIPPING_START = 1e-3
TIPPING_LARGE = 1e-2
TIPPING_MONTHS = 1200
#: Most loops :func:`find_loops` will list before it gives up.
MAX_LOOPS = 5000

LINK_COLUMNS = ("source", "target", "sign", "strength", "delay")
REINFORCING = "reinforcing"
BALANCING = "balancing"


class UnknownFactor(KeyError, ValueError):
    """A factor name the graph does not have (catch it as KeyError or ValueError)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


# ------------------------------------------------------------------------------------------------
# The graph
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Graph:
    """Named factors and signed links between them (build with :meth:`from_links`).

    Attributes
    ----------
    factors : tuple of str — factor names, unique, in display order.
    links : DataFrame with columns ``source``, ``target`` (factor names), ``sign`` (+1 or −1,
        int), ``strength`` (per month, in [0, 2]) and ``delay`` (months, in [0, 60]).
        One row per link; at most one link per (source, target) pair.
    capacity : the top of every factor's level (levels run from 0 to capacity; default 100).
    name : an optional name (e.g. ``"amazon"``).

    The constructor validates and normalises everything; errors name the offending link or factor.
    """

    factors: tuple
    links: pd.DataFrame
    capacity: float = 100.0
    name: str = ""

    def __post_init__(self):
        factors = _check_factors(self.factors)
        links = _normalise_links(self.links, factors)
        capacity = validate.number("capacity", self.capacity, *CAPACITY_RANGE)
        if not isinstance(self.name, str):
            raise TypeError(f"name must be text; got {type(self.name).__name__}")
        object.__setattr__(self, "factors", factors)
        object.__setattr__(self, "links", links)
        object.__setattr__(self, "capacity", capacity)

    # -- constructors ------------------------------------------------------------------------
    @classmethod
    def from_links(cls, factors: Iterable[str] | None, links, *, capacity: float = 100.0,
                   name: str = "") -> "Graph":
        """A graph from factor names and a links table.

        ``links`` is a DataFrame, a list of dicts, or a list of tuples
        ``(source, target, sign, strength[, delay])``. ``sign`` may be ``+1``/``-1`` or
        ``"+"``/``"-"``; ``delay`` defaults to 0. ``factors=None`` takes the factors from the links
        in order of first appearance.

        >>> g = Graph.from_links(["a", "b"], [("a", "b", "+", 0.2), ("b", "a", 1, 0.3)])
        >>> g.loops()["polarity"].tolist()
        ['reinforcing']
        """
        frame = _links_frame(links)
        if factors is None:
            seen: list[str] = []
            for pair in zip(frame["source"], frame["target"]):
                for item in pair:
                    item = str(item).strip()
                    if item not in seen:
                        seen.append(item)
            factors = seen
        return cls(factors, frame, capacity=capacity, name=name)

    @classmethod
    def from_dict(cls, spec: Mapping) -> "Graph":
        """A graph from ``{"factors": [...], "links": [...], "capacity": 100, "name": ""}``.

        ``links`` is a list of dicts with keys source, target, sign, strength (, delay), or of
        lists in that order. ``factors`` may be left out (taken from the links).
        """
        if not isinstance(spec, Mapping):
            raise TypeError(f"graph spec must be a mapping with 'factors' and 'links'; "
                            f"got {type(spec).__name__}")
        unknown = set(spec) - {"factors", "links", "capacity", "name"}
        if unknown:
            raise ValueError(f"graph spec: unknown key(s) {sorted(unknown)}; allowed: factors, "
                             "links, capacity, name")
        if "links" not in spec:
            raise ValueError("graph spec: missing 'links' (a list of source, target, sign, "
                             "strength, delay)")
        return cls.from_links(spec.get("factors"), spec["links"],
                              capacity=spec.get("capacity", 100.0), name=spec.get("name", ""))

    def to_dict(self) -> dict:
        """A plain dict (JSON-ready) that :meth:`from_dict` turns back into this graph."""
        return {
            "name": self.name,
            "capacity": self.capacity,
            "factors": list(self.factors),
            "links": [
                {"source": r.source, "target": r.target, "sign": int(r.sign),
                 "strength": float(r.strength), "delay": float(r.delay)}
                for r in self.links.itertuples(index=False)
            ],
        }

    # -- derived graphs ------------------------------------------------------------------------
    def with_link(self, source: str, target: str, sign: int | str = 1, strength: float = 0.1,
                  delay: float = 0.0) -> "Graph":
        """A new graph with one more link (or with the link source → target replaced)."""
        rest = self.links[~((self.links["source"] == source) & (self.links["target"] == target))]
        row = pd.DataFrame([{"source": source, "target": target, "sign": sign,
                             "strength": strength, "delay": delay}])
        return Graph(self.factors, pd.concat([rest.astype(object), row.astype(object)],
                                             ignore_index=True),
                     capacity=self.capacity, name=self.name)

    def without_link(self, source: str, target: str) -> "Graph":
        """A new graph without the link source → target (KeyError if there is none)."""
        hit = (self.links["source"] == source) & (self.links["target"] == target)
        if not hit.any():
            raise KeyError(f"no link {source!r} → {target!r} in this graph")
        return Graph(self.factors, self.links[~hit].reset_index(drop=True),
                     capacity=self.capacity, name=self.name)

    def with_strengths(self, scale: float = 1.0) -> "Graph":
        """A new graph with every strength multiplied by ``scale`` (e.g. 1.2 = links 20 % stronger).

        The scaled strengths must stay within [0, 2] (ValueError naming the link otherwise).
        """
        scale = validate.number("scale", scale, 0.0, 1e6)
        links = self.links.copy()
        links["strength"] = links["strength"] * scale
        return Graph(self.factors, links, capacity=self.capacity, name=self.name)

    # -- reading the graph ---------------------------------------------------------------------
    def index(self, factor: str) -> int:
        """The position of ``factor`` in :attr:`factors` (KeyError naming the known factors)."""
        try:
            return self.factors.index(factor)
        except ValueError:
            raise UnknownFactor(f"unknown factor {factor!r}; factors are: "
                           f"{', '.join(self.factors)}") from None

    @property
    def n(self) -> int:
        """Number of factors."""
        return len(self.factors)

    def edges(self) -> tuple:
        """The links as plain tuples ``(source index, target index, signed strength, delay)``,
        computed once (a Graph is immutable: build a new one to change its links)."""
        cached = self.__dict__.get("_edges")
        if cached is None:
            cached = tuple((self.index(r.source), self.index(r.target),
                            float(r.sign * r.strength), float(r.delay))
                           for r in self.links.itertuples(index=False))
            object.__setattr__(self, "_edges", cached)
        return cached

    def matrix(self, delay: float | None = None) -> np.ndarray:
        """The signed strengths as an n×n array ``A[target, source]`` (per month).

        ``delay=None`` sums all links; a number keeps only the links with that delay.
        """
        a = np.zeros((self.n, self.n))
        for src, tgt, w, lag in self.edges():
            if delay is None or lag == delay:
                a[tgt, src] += w
        return a

    def loops(self) -> pd.DataFrame:
        """Every feedback loop, with its polarity: see :func:`find_loops`."""
        return find_loops(self)

    def __repr__(self) -> str:
        return (f"Graph(name={self.name!r}, factors={list(self.factors)}, "
                f"links={len(self.links)}, capacity={self.capacity:g})")


def _check_factors(factors) -> tuple:
    if isinstance(factors, str) or not isinstance(factors, Iterable):
        raise TypeError(f"factors must be a list of names; got {type(factors).__name__}")
    names = []
    for i, f in enumerate(factors):
        if not isinstance(f, str) or not f.strip():
            raise ValueError(f"factor {i + 1}: a factor name must be non-empty text; got {f!r}")
        name = f.strip()
        if name in names:
            raise ValueError(f"factor {name!r} appears twice; factor names must be unique")
        names.append(name)
    if not names:
        raise ValueError("a graph needs at least one factor")
    return tuple(names)


def _links_frame(links) -> pd.DataFrame:
    """Any accepted links input as a DataFrame of objects with the five link columns."""
    if isinstance(links, pd.DataFrame):
        frame = links.copy()
        frame.columns = [str(c).strip().lower() for c in frame.columns]
    elif isinstance(links, (list, tuple)):
        rows = []
        for i, row in enumerate(links):
            if isinstance(row, Mapping):
                rows.append({str(k).strip().lower(): v for k, v in row.items()})
            elif isinstance(row, (list, tuple)) and 4 <= len(row) <= 5:
                rows.append(dict(zip(LINK_COLUMNS, row)))
            else:
                raise ValueError(f"link {i + 1}: expected (source, target, sign, strength[, delay]) "
                                 f"or a dict with those keys; got {row!r}")
        frame = pd.DataFrame(rows, columns=None if rows else list(LINK_COLUMNS))
    else:
        raise TypeError(f"links must be a DataFrame or a list of links; got {type(links).__name__}")
    if "delay" not in frame.columns:
        frame["delay"] = 0.0
    missing = [c for c in LINK_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"links: missing column(s) {', '.join(missing)}; expected "
                         f"{', '.join(LINK_COLUMNS)}")
    extra = [c for c in frame.columns if c not in LINK_COLUMNS]
    if extra:
        raise ValueError(f"links: unexpected column(s) {', '.join(extra)}; expected "
                         f"{', '.join(LINK_COLUMNS)}")
    return frame[list(LINK_COLUMNS)].astype(object)


def _parse_sign(value, where: str) -> int:
    if isinstance(value, str):
        text = value.strip().replace("−", "-")
        if text in ("+", "+1", "1"):
            return 1
        if text in ("-", "-1"):
            return -1
    elif isinstance(value, (numbers.Real, np.number)) and not isinstance(value, bool):
        if float(value) in (1.0, -1.0):
            return int(value)
    raise ValueError(f"{where}: sign must be +1 or -1 (or '+'/'-'); got {value!r}")


def _normalise_links(links, factors: tuple) -> pd.DataFrame:
    frame = _links_frame(links)
    known = set(factors)
    rows = []
    seen = set()
    for i, r in enumerate(frame.itertuples(index=False)):
        src = str(r.source).strip() if isinstance(r.source, str) else r.source
        tgt = str(r.target).strip() if isinstance(r.target, str) else r.target
        where = f"link {i + 1} ({src} → {tgt})"
        for role, name in (("source", src), ("target", tgt)):
            if not isinstance(name, str) or name not in known:
                raise ValueError(f"{where}: unknown {role} {name!r}; factors are: "
                                 f"{', '.join(factors)}")
        if (src, tgt) in seen:
            raise ValueError(f"{where}: a second link {src} → {tgt}; keep one link per pair")
        seen.add((src, tgt))
        sign = _parse_sign(r.sign, where)
        strength = _num(f"{where}: strength", r.strength, *STRENGTH_RANGE)
        delay = _num(f"{where}: delay", 0.0 if _blank(r.delay) else r.delay, *DELAY_RANGE)
        rows.append((src, tgt, sign, strength, delay))
    out = pd.DataFrame(rows, columns=list(LINK_COLUMNS))
    out = out.astype({"source": object, "target": object, "sign": "int64",
                      "strength": "float64", "delay": "float64"})
    return out


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        (isinstance(value, str) and not value.strip())


def _num(name, value, low, high):
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise TypeError(f"{name} must be a number in [{low:g}, {high:g}]; got {value!r}") \
                from None
    return validate.number(name, value, low, high)


def read_graph(path) -> Graph:
    """A graph from a ``.json`` file (see :meth:`Graph.from_dict`) or a ``.csv`` links table.

    The CSV needs the columns ``source, target, sign, strength`` (``delay`` optional); its
    factors are taken from the links in order of appearance.
    """
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"{file}: graph file not found")
    suffix = file.suffix.lower()
    if suffix == ".json":
        try:
            spec = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{file.name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        return Graph.from_dict(spec)
    if suffix == ".csv":
        frame = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8")
        return Graph.from_links(None, frame, name=file.stem)
    raise ValueError(f"{file.name}: expected a .json or .csv file")


# ------------------------------------------------------------------------------------------------
# The Amazon preset
# ------------------------------------------------------------------------------------------------
#: The Amazon preset's seven factors: the six on the rim of the napkin (clockwise from the top),
#: then growth at the hub. The outer loop has four of them, the booster three.
AMAZON_FACTORS = ("customer experience", "traffic", "sellers", "selection",
                  "lower prices", "lower cost structure", "growth")
#: The preset's link strength (per month, every link) and its delays (months): growth → lower
#: cost structure, lower cost structure → lower prices. Lesson 08's ecosystem core reuses them.
AMAZON_STRENGTH = 0.15
AMAZON_DELAYS = (6.0, 3.0)


def amazon(strength: float = AMAZON_STRENGTH, delays: bool = True) -> Graph:
    """Bezos's napkin sketch of the Amazon flywheel as a causal-loop graph.

    Outer loop: customer experience → traffic → sellers → selection → customer experience.
    Booster loop: growth → lower cost structure → lower prices → customer experience, with growth
    fed by the outer loop (traffic → growth). All links are positive (more → more), so both loops
    are reinforcing. ``strength`` (per month, default 0.15) is every link's strength. With
    ``delays`` the booster takes time: cost advantages of growth arrive after 6 months and reach
    prices after 3 more (delays slow the wheel but do not move its tipping point).
    """
    s = validate.number("strength", strength, *STRENGTH_RANGE)
    d1, d2 = AMAZON_DELAYS if delays else (0.0, 0.0)
    links = [
        ("customer experience", "traffic", 1, s, 0.0),
        ("traffic", "sellers", 1, s, 0.0),
        ("sellers", "selection", 1, s, 0.0),
        ("selection", "customer experience", 1, s, 0.0),
        ("traffic", "growth", 1, s, 0.0),
        ("growth", "lower cost structure", 1, s, d1),
        ("lower cost structure", "lower prices", 1, s, d2),
        ("lower prices", "customer experience", 1, s, 0.0),
    ]
    return Graph.from_links(AMAZON_FACTORS, links, capacity=100.0, name="amazon")


# ------------------------------------------------------------------------------------------------
# Loops and the tipping point
# ------------------------------------------------------------------------------------------------
def find_loops(graph: Graph) -> pd.DataFrame:
    """Every simple feedback loop (cycle) of ``graph``, shortest first.

    Columns: ``loop`` (text "a → b → a"), ``factors`` (tuple of names, starting at the loop's
    first factor in :attr:`Graph.factors` order), ``length``, ``sign`` (product of the link signs),
    ``polarity`` (``"reinforcing"`` if sign is +1, ``"balancing"`` if −1), ``gain`` (product of
    strengths, per month^length) and ``delay`` (total months). Empty if the graph has no loop.
    """
    _check_graph(graph)
    n = graph.n
    out_edges: dict[int, list[tuple[int, int, float, float]]] = {i: [] for i in range(n)}
    for r in graph.links.itertuples(index=False):
        out_edges[graph.index(r.source)].append(
            (graph.index(r.target), int(r.sign), float(r.strength), float(r.delay)))
    found = []
    for start in range(n):
        # depth-first search for paths back to ``start`` through factors with a larger index
        stack = [(start, [start], 1, 1.0, 0.0)]
        while stack:
            node, path, sign, gain, delay = stack.pop()
            for nxt, s, w, d in out_edges[node]:
                if nxt == start:
                    found.append((tuple(path), sign * s, gain * w, delay + d))
                    if len(found) > MAX_LOOPS:
                        raise ValueError(f"graph has more than {MAX_LOOPS} loops; simplify it")
                elif nxt > start and nxt not in path:
                    stack.append((nxt, path + [nxt], sign * s, gain * w, delay + d))
    rows = []
    for path, sign, gain, delay in found:
        names = tuple(graph.factors[i] for i in path)
        rows.append({
            "loop": " → ".join(names + names[:1]),
            "factors": names,
            "length": len(names),
            "sign": sign,
            "polarity": REINFORCING if sign > 0 else BALANCING,
            "gain": gain,
            "delay": delay,
        })
    frame = pd.DataFrame(rows, columns=["loop", "factors", "length", "sign", "polarity", "gain",
                                        "delay"])
    return frame.sort_values(["length", "loop"], kind="stable").reset_index(drop=True)


def growth_rate(graph: Graph, friction) -> float:
    """The linearised growth rate near zero (per month): max real part of eig(A − friction).

    Positive: a small push grows (the loops beat friction); negative: it dies away at this rate.
    ``friction`` is a number or a per-factor mapping/sequence (see :func:`simulate`).
    """
    _check_graph(graph)
    b = _friction_vector(graph, friction)
    return float(np.max(np.linalg.eigvals(graph.matrix() - np.diag(b)).real))


def tipping_friction(graph: Graph, method: str = "auto", *, extra=0.0) -> float:
    """The friction (per month, the same on every factor) above which the wheel runs down.

    Below it a push makes the wheel keep turning by itself; above it friction wins and every push
    dies away. ``extra`` is friction that some factors carry on top of it (per month, in [0, 2]; a
    number, or a mapping or sequence as ``friction`` of :func:`simulate`; default none).

    ``method``:

    * ``"linear"`` — the largest real part of the eigenvalues of ``A − diag(extra)``, ``A`` the
      signed strengths (for a graph whose links are all positive: its Perron root, the loops'
      combined gain per month). For a single loop of ``k`` links with strengths ``w`` and no extra
      friction it is the geometric mean of the strengths, ``(w1·…·wk)^(1/k)``.
    * ``"simulate"`` — the largest friction at which :func:`simulate`'s own steps keep a small
      wheel turning (see below).
    * ``"auto"`` (default) — ``"linear"`` when every link is positive (there both agree exactly),
      else ``"simulate"``: a brake holds a factor at zero rather than below it, which the
      eigenvalues do not know.

    How ``"simulate"`` decides whether a wheel keeps turning at a friction: every factor starts at
    :data:`TIPPING_START` of capacity (a small push everywhere) and :func:`simulate`'s steps
    (``steps`` = :data:`STEPS`) run for :data:`TIPPING_MONTHS` months. A wheel with a factor at
    :data:`TIPPING_LARGE` of capacity or more then turns. A smaller one is near zero, where the
    steps are homogeneous — twice the levels, twice the next levels; capacity only matters higher
    up — so whether it runs down does not depend on how small it is: from there it runs half as
    long again without capacity, rescaled now and then, and it turns if it grows, however slowly.
    (A wheel that only creeps towards zero, or towards a tiny steady level, just above or below the
    tipping point is told apart this way.) The largest friction at which the wheel turns is
    searched, to about 1e-6 of the range, between 0 and the tipping friction of its positive links
    alone, above which every wheel runs down (the brakes can only hold it back). With a brake, how
    hard a wheel is pushed can matter: pushed hard, a brake may stall it below this friction, and
    a wheel turning fast may hold on a little above it.

    Returns 0.0 when no friction lets the wheel turn by itself. Raises ValueError for a graph with
    no loop.
    """
    _check_graph(graph)
    if method not in ("auto", "linear", "simulate"):
        raise ValueError(f"method must be 'auto', 'linear' or 'simulate'; got {method!r}")
    e = _friction_vector(graph, extra, "extra")
    if find_loops(graph).empty:
        label = f"graph {graph.name!r}" if graph.name else "the graph"
        raise ValueError(f"{label} has no loop: its links never lead back to where they "
                         "started, so nothing can keep it turning (add a link back)")
    a = graph.matrix() - np.diag(e)
    if method == "linear" or (method == "auto" and (graph.links["sign"] > 0).all()):
        return max(0.0, _abscissa(a))
    # above the tipping friction of the positive links alone every run dies (comparison)
    high = _abscissa(np.maximum(graph.matrix(), 0.0) - np.diag(e))
    if high <= 0.0:
        return 0.0
    low = 0.0
    for _ in range(3):                       # each round narrows [low, high] 63-fold
        grid = np.linspace(low, high, 64)
        turns = _keeps_turning(graph, grid[:-1], e)
        if not turns.any():
            return low
        k = int(np.flatnonzero(turns)[-1])
        low, high = grid[k], grid[k + 1]
    return float(0.5 * (low + high))


def _abscissa(a: np.ndarray) -> float:
    """The largest real part of the eigenvalues of ``a``."""
    return float(np.max(np.linalg.eigvals(a).real))


def _keeps_turning(graph: Graph, frictions: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """For each friction (on top of ``extra``): does a wheel started with every factor at
    :data:`TIPPING_START` of capacity keep turning under :func:`simulate`'s steps?

    After :data:`TIPPING_MONTHS` months a wheel with a factor at :data:`TIPPING_LARGE` of capacity
    or more turns; a smaller one turns if from there, without capacity, it grows
    (:func:`_near_zero_growth`), however slowly — it then cannot run down."""
    batch = len(frictions)
    b = np.asarray(frictions, float)[:, None] + extra[None, :]
    x0 = np.full((batch, graph.n), TIPPING_START * graph.capacity)
    none = np.zeros(graph.n)
    last = _run(graph, b, np.zeros((batch, graph.n)), none, none, TIPPING_MONTHS, x0, None,
                keep="last")
    top = last.max(axis=1) / graph.capacity
    grows = _near_zero_growth(graph, frictions, extra, last.T) > 0.0
    return (top >= TIPPING_LARGE) | (grows & (top > TIPPING_START * 1e-12))


def _near_zero_growth(graph: Graph, frictions: np.ndarray, extra: np.ndarray,
                      start: np.ndarray) -> np.ndarray:
    """For each friction: how fast a small wheel grows under :func:`simulate`'s steps (per month;
    negative: it runs down) over TIPPING_MONTHS / 2 months from levels ``start`` (n × frictions),
    without capacity.

    Near zero the steps are homogeneous (twice the levels, twice the next levels), so every 16
    steps the levels (with those a delay still needs) are rescaled to a top of 1, and the logarithm
    of the scale is kept; the rate compares the mean log-level of the run's last quarter with
    that of its second quarter."""
    dt = 1.0 / STEPS
    mats = _lag_matrices(graph, STEPS)
    size = max(max((lag for lag, _ in mats), default=0) + 1, 2)
    top = start.max(axis=0)
    ring = np.repeat((start / np.where(top > 0, top, 1.0))[None], size, axis=0)
    den = 1.0 + dt * (np.asarray(frictions, float)[None, :] + extra[:, None])
    log_scale = np.where(top > 0, 0.0, -np.inf)   # the levels are ring × exp(log_scale)
    logs = []                                     # log of the top level every 16 steps
    for k in range(TIPPING_MONTHS * STEPS // 2):
        net = sum(a @ ring[(k - lag) % size] for lag, a in mats)
        nxt = ring[(k + 1) % size]
        np.maximum(ring[k % size] + net, 0.0, out=nxt)
        nxt /= den
        if k % 16 == 15:
            top = ring.max(axis=(0, 1))
            dead = top <= 0.0                 # every level is 0 and stays 0
            top[dead] = 1.0
            ring /= top
            log_scale = np.where(dead, -np.inf, log_scale + np.log(top))
            logs.append(log_scale)
    quarters = [q.mean(axis=0) for q in np.array_split(np.array(logs), 4)]
    with np.errstate(invalid="ignore"):
        rate = (quarters[3] - quarters[1]) / (TIPPING_MONTHS / 4)
    return np.where(np.isnan(rate), -np.inf, rate)


# ------------------------------------------------------------------------------------------------
# Simulation
# ------------------------------------------------------------------------------------------------
def simulate(graph: Graph, friction, push: Mapping | None = None, push_until: float | None = None,
             months: int = 120, *, push_from: float = 0.0, initial=0.0,
             steps: int | None = None) -> pd.DataFrame:
    """Simulate the graph month by month.

    Parameters
    ----------
    graph : a :class:`Graph`.
    friction : per month in [0, 2]; a number for every factor, or a mapping factor → friction
        naming every factor, or a sequence in factor order.
    push : mapping factor name → energy (level points per month, in [0, capacity]); a value may
        also be a tuple ``(energy, from_month, until_month)`` for its own period.
    push_until : month the push ends (``None``: it never ends); months in [0, months].
    months : whole months to simulate, 1 … 6000.
    push_from : month the push starts (default 0).
    initial : starting level(s): a number for all factors, or a mapping factor → level
        (missing factors start at 0); each in [0, capacity].
    steps : steps per month, a whole number in [1, 1000] (default :data:`STEPS`); more steps
        follow the differential equation more closely, every count is stable.

    Returns
    -------
    DataFrame indexed by ``month`` (0 … months), one column per factor, levels in [0, capacity].
    """
    _check_graph(graph)
    months = int(validate.number("months", months, 1, MAX_MONTHS, integer=True))
    b = _friction_vector(graph, friction)[None, :]
    energy, start, end = _push_spec(graph, push, push_until, months, push_from)
    x0 = _initial_vector(graph, initial)[None, :]
    levels = _run_one(graph, b[0], energy, start, end, months, x0[0], steps)
    frame = pd.DataFrame(levels, columns=list(graph.factors))
    frame.index.name = "month"
    return frame


def momentum(frame: pd.DataFrame, capacity: float = 100.0) -> pd.Series:
    """The wheel's momentum per month: mean level of all factors in per cent of ``capacity``."""
    return frame.mean(axis=1) / capacity * 100.0


def final_levels(graph: Graph, factor: str, energies, frictions, push_until: float | None = None,
                 months: int = 120, *, push_from: float = 0.0, initial=0.0,
                 steps: int | None = None) -> np.ndarray:
    """Final levels for every (friction, energy) pair, all runs at once (vectorised).

    ``energies`` (level points per month, pushed on ``factor``) and ``frictions`` (per month, the
    same for every factor) are 1-D sequences. Returns an array of shape
    ``(len(frictions), len(energies), n_factors)``: the levels at the last month.
    """
    _check_graph(graph)
    months = int(validate.number("months", months, 1, MAX_MONTHS, integer=True))
    idx = graph.index(factor)
    e = validate.numbers_in("energies", energies, 0.0, graph.capacity)
    f = validate.numbers_in("frictions", frictions, *FRICTION_RANGE)
    _, start, end = _push_spec(graph, {factor: 0.0}, push_until, months, push_from)
    energy = np.zeros((f.size * e.size, graph.n))
    energy[:, idx] = np.tile(e, f.size)
    b = np.repeat(f, e.size)[:, None] * np.ones((1, graph.n))
    x0 = np.broadcast_to(_initial_vector(graph, initial), (f.size * e.size, graph.n))
    # float32 halves the memory traffic of this large batch; levels agree with simulate to ~1e-5
    last = _run(graph, b, energy, start, end, months, x0, steps, keep="last", dtype=np.float32)
    return last.reshape(f.size, e.size, graph.n)


def momentum_map(graph: Graph, factor: str, energies, frictions, push_until: float | None = None,
                 months: int = 120, **kwargs) -> pd.DataFrame:
    """Final momentum (% of capacity) over a friction × energy grid: rows friction, columns energy.

    See :func:`final_levels` for the arguments.
    """
    last = final_levels(graph, factor, energies, frictions, push_until, months, **kwargs)
    values = last.mean(axis=2) / graph.capacity * 100.0
    frame = pd.DataFrame(values, index=pd.Index(np.asarray(frictions, float), name="friction"),
                         columns=pd.Index(np.asarray(energies, float), name="energy"))
    return frame


# -- cruising and take-off ------------------------------------------------------------------------
def cruising_levels(graph: Graph, friction) -> np.ndarray:
    """The levels at which the loops alone keep the wheel turning at ``friction``, once any push
    is over: the wheel's *cruising* levels (its steady state; level points, one per factor).

    ``friction`` (per month, in [0, 2]) is the same on every factor; a number gives an array of
    shape ``(n_factors,)``, a 1-D sequence of frictions one of shape ``(len(friction),
    n_factors)``. For a graph whose links are all positive (others: ValueError) the cruising levels
    are the largest steady state of the dynamics of :func:`simulate` (delays do not change a steady
    state): each level ``x_i`` solves ``x_i · (friction + net_i / capacity) = net_i`` with
    ``net_i = Σ strength · x_source``. A wheel started anywhere above them runs down to them, one
    pushed from rest rises to them. At or above the tipping friction (:func:`growth_rate` ≤ 0)
    the only steady state is 0: every level is 0.

    Computed by Newton's method from full capacity (it falls monotonically onto the largest
    steady state, because each level's steady equation is concave and increasing in the others).
    """
    _check_graph(graph)
    if (graph.links["sign"] < 0).any():
        raise ValueError("cruising levels need a graph whose links are all positive (a brake "
                         "can make the steady state depend on where the wheel starts)")
    single = np.ndim(friction) == 0
    f = validate.numbers_in("friction", np.atleast_1d(np.asarray(friction, float)).tolist(),
                            *FRICTION_RANGE)
    a = graph.matrix()
    cap = graph.capacity
    out = np.zeros((f.size, graph.n))
    turning = np.array([growth_rate(graph, b) > 0.0 for b in f], dtype=bool)
    for i in np.flatnonzero(turning):
        out[i] = _steady_top(a, f[i], cap)
    return out[0] if single else out


def _steady_top(a: np.ndarray, b: float, cap: float) -> np.ndarray:
    """The largest solution of ``x = cap · A x / (b · cap + A x)`` (A ≥ 0), by Newton's method
    from ``x = cap``; a plain fixed-point step where Newton would leave [0, cap]."""
    x = np.full(a.shape[0], cap)
    eye = np.eye(a.shape[0])
    for _ in range(500):
        net = a @ x
        fx = cap * net / (b * cap + net)
        slope = cap * b * cap / (b * cap + net) ** 2          # d fx_i / d net_i
        jac = slope[:, None] * a - eye
        try:
            new = x - np.linalg.solve(jac, fx - x)
        except np.linalg.LinAlgError:
            new = fx
        if not np.all(np.isfinite(new)) or (new < -1e-12 * cap).any() or \
                (new > x + 1e-12 * cap).any():
            new = fx                                           # (never above the last: safe)
        new = np.clip(new, 0.0, cap)
        if np.max(np.abs(new - x)) <= 1e-13 * cap:
            return new
        x = new
    return x


def cruising_momentum(graph: Graph, friction) -> float:
    """The wheel's momentum when it cruises (per cent of capacity): the mean of
    :func:`cruising_levels`; 0 at or above the tipping friction. ``friction`` is a number (per
    month, in [0, 2])."""
    if np.ndim(friction) != 0:
        raise TypeError(f"friction must be a number; got {type(friction).__name__}")
    return float(cruising_levels(graph, friction).mean() / graph.capacity * 100.0)


#: The take-off mark (momentum, per cent of capacity): a wheel has *taken off* in the month from
#: which its momentum stays at or above it — see :func:`takeoff_month`.
TAKEOFF_MOMENTUM = 20.0


def takeoff_month(run: pd.DataFrame, graph: Graph, friction, level: float = TAKEOFF_MOMENTUM):
    """The month in which the wheel of ``run`` takes off: the first month from which its momentum
    (:func:`momentum`) stays at or above ``level`` (per cent of capacity, default
    :data:`TAKEOFF_MOMENTUM` = 20 %) to the end of the run — a level its loops hold by themselves,
    without any push (its cruising momentum, :func:`cruising_momentum` at ``friction``, is at least
    ``level``). A whole number from the run's index.

    ``None`` when the wheel has not taken off by the run's last month, and always when its loops
    cannot hold ``level`` by themselves: at or above the tipping friction (they hold nothing), and
    just below it (they hold a momentum under ``level``; a strong push may lift the wheel over
    ``level`` for a while, but it falls back when the push ends).

    ``run`` is a DataFrame of :func:`simulate` for ``graph`` at the same ``friction`` (a number,
    per month, in [0, 2]); ``level`` is in (0, 100]. Friction decides where the wheel cruises and
    whether it can take off at all; energy decides *when*: more energy or a longer push never
    makes the take-off later (more energy never lowers a level). With :data:`STEPS` = 4 steps a
    month the month can come up to three months later than the differential equation's (the
    steps slow the growth a little; seen for the slowest take-offs of the Amazon preset).
    """
    _check_graph(graph)
    if not isinstance(run, pd.DataFrame) or list(run.columns) != list(graph.factors):
        raise TypeError("run must be the DataFrame of loops.simulate for this graph (one column "
                        "per factor)")
    level = validate.number("level", level, 1e-9, 100.0)
    if cruising_momentum(graph, friction) < level:
        return None
    first = _first_month_staying(momentum(run, graph.capacity).to_numpy()[:, None], level)[0]
    return None if first < 0 else int(run.index[first])


def _first_month_staying(m: np.ndarray, level: float) -> np.ndarray:
    """For momentum series ``m`` (months + 1, batch): the first row from which ``m ≥ level`` to
    the end, or −1 where the last row is below ``level``."""
    below = m < level
    rows = m.shape[0]
    last_below = np.where(below.any(axis=0), rows - 1 - np.argmax(below[::-1], axis=0), -1)
    return np.where(below[-1], -1, last_below + 1)


def takeoff_map(graph: Graph, factor: str, energies, frictions, push_until: float | None = None,
                months: int = 120, *, level: float = TAKEOFF_MOMENTUM, push_from: float = 0.0,
                initial=0.0, steps: int | None = None) -> pd.DataFrame:
    """The take-off month (see :func:`takeoff_month`) over a friction × energy grid: rows friction
    (per month), columns energy (level points per month pushed on ``factor``); NaN where the wheel
    does not take off within ``months`` months (always where its loops cannot hold ``level`` by
    themselves). All runs at once, like :func:`momentum_map` (whose arguments it takes).
    """
    _check_graph(graph)
    months = int(validate.number("months", months, 1, MAX_MONTHS, integer=True))
    level = validate.number("level", level, 1e-9, 100.0)
    idx = graph.index(factor)
    e = validate.numbers_in("energies", energies, 0.0, graph.capacity)
    f = validate.numbers_in("frictions", frictions, *FRICTION_RANGE)
    holds = cruising_levels(graph, f).mean(axis=1) / graph.capacity * 100.0 >= level
    _, start, end = _push_spec(graph, {factor: 0.0}, push_until, months, push_from)
    energy = np.zeros((f.size * e.size, graph.n))
    energy[:, idx] = np.tile(e, f.size)
    b = np.repeat(f, e.size)[:, None] * np.ones((1, graph.n))
    x0 = np.broadcast_to(_initial_vector(graph, initial), (f.size * e.size, graph.n))
    # float32 halves the memory traffic of this large batch (momentum agrees with simulate to
    # ~1e-5 %: a cell can differ from takeoff_month only where a month's momentum is that close
    # to ``level``)
    m = _run(graph, b, energy, start, end, months, x0, steps, keep="momentum", dtype=np.float32)
    first = _first_month_staying(m, level).reshape(f.size, e.size).astype(float)
    first[(first < 0) | ~holds[:, None]] = np.nan
    return pd.DataFrame(first, index=pd.Index(f, name="friction"),
                        columns=pd.Index(e, name="energy"))


# -- internals ----------------------------------------------------------------------------------
def _check_graph(graph) -> None:
    if not isinstance(graph, Graph):
        raise TypeError(f"graph must be a loops.Graph (e.g. loops.amazon() or "
                        f"Graph.from_links(...)); got {type(graph).__name__}")


def _friction_vector(graph: Graph, friction, name: str = "friction") -> np.ndarray:
    if isinstance(friction, Mapping):
        unknown = [k for k in friction if k not in graph.factors]
        if unknown:
            raise UnknownFactor(f"{name}: unknown factor {unknown[0]!r}; factors are: "
                           f"{', '.join(graph.factors)}")
        missing = [f for f in graph.factors if f not in friction]
        if missing:
            raise ValueError(f"{name}: no value for factor {missing[0]!r}; give every factor "
                             f"a {name}, or one number for all")
        return np.array([validate.number(f"{name}[{f!r}]", friction[f], *FRICTION_RANGE)
                         for f in graph.factors])
    if isinstance(friction, (list, tuple, np.ndarray, pd.Series)):
        return validate.numbers_in(name, list(friction), *FRICTION_RANGE, length=graph.n)
    return np.full(graph.n, validate.number(name, friction, *FRICTION_RANGE))


def _initial_vector(graph: Graph, initial) -> np.ndarray:
    if isinstance(initial, Mapping):
        x = np.zeros(graph.n)
        for k, v in initial.items():
            x[graph.index(k)] = validate.number(f"initial[{k!r}]", v, 0.0, graph.capacity)
        return x
    return np.full(graph.n, validate.number("initial", initial, 0.0, graph.capacity))


def _push_spec(graph: Graph, push, push_until, months, push_from):
    """Energy per factor and each factor's push window [start, end) in months."""
    energy = np.zeros(graph.n)
    start = np.zeros(graph.n)
    end = np.zeros(graph.n)
    p_from = validate.number("push_from", push_from, 0.0, months)
    p_until = float(months) if push_until is None else \
        validate.number("push_until", push_until, 0.0, months)
    if push is None:
        return energy, start, end
    if not isinstance(push, Mapping):
        raise TypeError(f"push must be a mapping factor → energy (e.g. {{'traffic': 5}}); got "
                        f"{type(push).__name__}")
    for name, value in push.items():
        if name not in graph.factors:
            raise UnknownFactor(f"push: unknown factor {name!r}; factors are: "
                                f"{', '.join(graph.factors)}")
        i = graph.index(name)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError(f"push[{name!r}]: expected energy or (energy, from_month, "
                                 f"until_month); got {value!r}")
            e, a, z = value
            a = validate.number(f"push[{name!r}] from_month", a, 0.0, months)
            z = validate.number(f"push[{name!r}] until_month", z, a, months)
        else:
            e, a, z = value, p_from, p_until
        energy[i] = validate.number(f"push[{name!r}]", e, 0.0, graph.capacity)
        start[i], end[i] = a, z
    return energy, start, end


def _steps(steps) -> int:
    """Steps per month: :data:`STEPS` by default, else a whole number in [1, 1000]."""
    if steps is None:
        return STEPS
    return int(validate.number("steps", steps, 1, 1000, integer=True))


def _lagged_links(graph: Graph, spm: int) -> list:
    """The links as ``(source, target, signed strength, lag in steps)``. A delay between two step
    times is split over the two neighbouring steps (linear interpolation), so results change
    smoothly with the delay."""
    out = []
    for src, tgt, w, delay in graph.edges():
        lag = delay * spm
        low = int(math.floor(lag + 1e-9))
        part = min(max(lag - low, 0.0), 1.0)
        if part < 1e-9:
            out.append((src, tgt, w, low))
        else:
            out += [(src, tgt, w * (1.0 - part), low), (src, tgt, w * part, low + 1)]
    return out


def _push_share(start: float, end: float, t: float, dt: float) -> float:
    """The share of the step [t, t + dt) that lies in the push window [start, end)."""
    share = (min(end, t + dt) - max(start, t)) / dt
    return 0.0 if share <= 1e-12 else min(share, 1.0)


def _run_one(graph: Graph, b, energy, start, end, months, x0, steps) -> np.ndarray:
    """One run in plain Python floats (faster than numpy for a single run of a small graph).

    The same step as :func:`_run`, step for step; returns levels (months + 1, n).
    """
    spm = _steps(steps)
    dt = 1.0 / spm
    inv_cap = 1.0 / graph.capacity
    n = graph.n
    links = [(src, tgt, w * dt, lag) for src, tgt, w, lag in _lagged_links(graph, spm)]
    negative = any(w < 0 for _, _, w, _ in links)
    x = [float(v) for v in x0]
    history = [list(x)]           # history[k] = levels at step k (kept while a lag may need it)
    max_lag = max((lag for *_, lag in links), default=0)
    den0 = [1.0 + float(bi) * dt for bi in b]
    pushed = [(i, float(energy[i]) * dt, float(start[i]), float(end[i]))
              for i in range(n) if energy[i] > 0]
    out = np.empty((months + 1, n))
    out[0] = x
    for k in range(months * spm):
        net = [0.0] * n           # net inflow of this step, level points (per month × dt)
        for src, tgt, w, lag in links:
            level = x[src] if lag == 0 else history[-1 - lag if lag < len(history) else 0][src]
            net[tgt] += w * level
        for i, edt, a, z in pushed:
            share = _push_share(a, z, k * dt, dt)
            if share:
                net[i] += edt * share
        new = [0.0] * n
        for i in range(n):
            g = net[i]
            if g > 0.0:
                new[i] = (x[i] + g) / (den0[i] + g * inv_cap)
            elif negative:
                v = x[i] + g
                new[i] = v / den0[i] if v > 0.0 else 0.0
            else:
                new[i] = x[i] / den0[i]
        x = new
        if max_lag:
            history.append(x)
            if len(history) > max_lag + 1:
                history.pop(0)
        if (k + 1) % spm == 0:
            out[(k + 1) // spm] = x
    return np.clip(out, 0.0, graph.capacity, out=out)   # rounding only: each step stays inside


def _lag_matrices(graph: Graph, spm: int, dtype=np.float64) -> list:
    """``[(lag in steps, A_lag · dt)]``: net inflow of a step = Σ A_lag·dt @ levels(step − lag)."""
    by_lag: dict[int, np.ndarray] = {}
    for src, tgt, w, lag in _lagged_links(graph, spm):
        by_lag.setdefault(lag, np.zeros((graph.n, graph.n)))[tgt, src] += w / spm
    return [(lag, a.astype(dtype)) for lag, a in sorted(by_lag.items()) if a.any()]


def _run(graph: Graph, b, energy, start, end, months, x0, steps, keep="months",
         dtype=np.float64):
    """The stepping of :func:`simulate`, vectorised over a batch of runs: inputs of shape (batch, n).

    Returns levels of shape (months + 1, batch, n), or (batch, n) at the end for ``keep="last"``,
    or the momentum (per cent of capacity) of shape (months + 1, batch) for ``keep="momentum"``.
    Internally the state is (n, batch) so that each factor's row is contiguous.
    """
    spm = _steps(steps)
    dt = 1.0 / spm
    cap = graph.capacity
    mats = _lag_matrices(graph, spm, dtype)
    negative = bool((graph.links["sign"] < 0).any())
    max_lag = max((lag for lag, _ in mats), default=0)
    batch = np.asarray(x0).shape[0]
    x = np.array(np.asarray(x0, dtype=float).T, dtype=dtype, order="C")  # (n, batch)
    # ring of past states: slot k % size holds the levels at step k (the start repeats backwards)
    size = max(max_lag + 1, 2)
    ring = np.repeat(x[None], size, axis=0)
    b = np.asarray(b, dtype=float)
    if np.all(b == b[:, :1]):  # same friction for every factor: one row, broadcast
        den0 = (1.0 + b[:, 0] * dt).astype(dtype)[None, :]
    else:
        den0 = np.ascontiguousarray((1.0 + b * dt).T, dtype=dtype)
    pushed = [(i, (energy[:, i] * dt).astype(dtype), float(start[i]), float(end[i]))
              for i in range(graph.n) if np.any(energy[:, i] > 0)]
    out = np.empty((months + 1, graph.n, batch), dtype=float) if keep == "months" else None
    if out is not None:
        out[0] = x
    mom = np.empty((months + 1, batch), dtype=float) if keep == "momentum" else None
    if mom is not None:
        mom[0] = x.mean(axis=0)
    inv_cap = dtype(1.0 / cap)
    net = np.empty_like(x)
    tmp = np.empty_like(x)
    for k in range(months * spm):
        x = ring[k % size]
        if mats:
            for j, (lag, a) in enumerate(mats):
                np.matmul(a, ring[(k - lag) % size], out=net if j == 0 else tmp)
                if j:
                    net += tmp
        else:
            net.fill(0.0)
        for i, edt, a, z in pushed:
            share = _push_share(a, z, k * dt, dt)
            if share:
                net[i] += edt if share == 1.0 else edt * dtype(share)
        # new level = max(0, x + net) / (1 + dt·friction + max(net, 0)/cap)
        if negative:
            np.maximum(net, 0.0, out=tmp)
            tmp *= inv_cap
        else:
            np.multiply(net, inv_cap, out=tmp)
        tmp += den0
        nxt = ring[(k + 1) % size]      # no longer needed: every read of this step is done
        np.add(x, net, out=nxt)
        if negative:
            np.maximum(nxt, 0.0, out=nxt)
        nxt /= tmp
        if out is not None and (k + 1) % spm == 0:
            out[(k + 1) // spm] = nxt
        if mom is not None and (k + 1) % spm == 0:
            mom[(k + 1) // spm] = nxt.mean(axis=0)
    x = ring[months * spm % size]
    if mom is not None:
        return np.clip(mom, 0.0, cap) / cap * 100.0
    if out is not None:
        np.clip(out, 0.0, cap, out=out)
        return out.transpose(0, 2, 1)
    return np.clip(x.T.astype(float), 0.0, cap)
