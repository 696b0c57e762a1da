"""An ecosystem: a core flywheel and satellites that feed it, built on :mod:`flywheel_lib.models.loops`.

The **core** is lesson 04's Amazon flywheel itself, taken from :func:`loops.amazon`: its seven
factors, its link strengths (0.15 per month) and its delays, so the core alone tips at lesson 04's
friction (0.175 per month). A **cash** factor collects the core's earnings (link traffic → cash);
it feeds nothing back into the core by itself, so the core alone *is* lesson 04's wheel.
**Satellites** (Prime, video, music, Kindle, devices, payments, grocery, the affiliate programme,
AWS …) are extra factors around it. Each satellite

* draws on the core — a core factor brings it users (``draws_on``: the marketplace's traffic for
  most; for the affiliate programme the selection, the products its partners can link to),
* feeds the core back — a link to the core factor it improves (``feeds``), and
* is financed by the shared cash factor (link cash → satellite: older streams finance new ones) and
  may earn money for the whole (link satellite → cash),
* may have a loop of its own (a link onto itself: its own customers bring more customers), which
  lets it grow without the core — and outgrow it,
* may carry extra friction (a weak or costly satellite).

Levels are in per cent of what is possible (capacity 100), time in months, strengths and friction
per month, exactly as in :mod:`loops`. The constants of :data:`SATELLITES` are invented, round
values chosen to show the mechanisms — not measurements of Amazon.

Every public function checks its inputs and names the bad field, the value given and the allowed
range. Every link is positive, so (as in :mod:`loops`) every level stays in [0, 100], more energy
never lowers a level and more friction never raises one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from flywheel_lib.models import inputs as validate, loops

#: The core's factors: lesson 04's Amazon flywheel (:data:`loops.AMAZON_FACTORS`).
CORE = loops.AMAZON_FACTORS
CASH = "cash"
#: Strength of each link of the core (per month): lesson 04's (:data:`loops.AMAZON_STRENGTH`).
CORE_STRENGTH = loops.AMAZON_STRENGTH
#: traffic → cash: the core's earnings (per month).
CORE_EARNINGS = 0.10
#: cash → each satellite: the whole finances its satellites (per month).
FINANCE = 0.06
#: Extra friction (per month) on the cash factor: money is spent.
CASH_FRICTION = 0.05
#: Prefix of the core-alone copy's factors in :func:`simulate` with ``alone=True``.
ALONE = "alone: "
#: Ranges of :func:`simulate`'s energy (level points per month) and friction (per month).
ENERGY_RANGE = (0.0, 100.0)
FRICTION_RANGE = (0.0, 1.5)
#: Ranges of a :class:`Satellite`'s strengths and friction (per month) and of its scale.
STRENGTH_RANGE = (0.0, 2.0)
SCALE_RANGE = (0.0, 100.0)
#: The friction (per month) at which lesson 08 tells its stories: above the core's own tipping
#: point (0.175), so the core alone runs down, below the whole ecosystem's.
STORY_FRICTION = 0.20
#: The push of lesson 08 (level points per month on the customer experience, for 24 months).
STORY_ENERGY = 10.0


@dataclass(frozen=True)
class Satellite:
    """One satellite (see the module docstring).

    ``key`` — its factor name; ``feeds`` — the core factor it feeds (or ``""`` for none);
    ``feed`` — strength satellite → that factor; ``draw`` — strength ``draws_on`` → satellite;
    ``own`` — strength of its own loop (0: none); ``funds`` — strength satellite → cash;
    ``friction`` — extra friction on it; ``scale`` — revenue per level point relative to the core's
    traffic (for the revenue comparison; 0: it earns nothing itself); ``draws_on`` — the core
    factor that brings it its users (default ``"traffic"``). Strengths and friction per month, in
    [0, 2]; ``scale`` in [0, 100]; ``key`` non-empty text, not a core factor's name nor
    ``"cash"``; ``feeds`` and ``draws_on`` core factors.
    """

    key: str
    feeds: str = "customer experience"
    feed: float = 0.05
    draw: float = 0.05
    own: float = 0.0
    funds: float = 0.0
    friction: float = 0.0
    scale: float = 0.3
    draws_on: str = "traffic"

    def __post_init__(self):
        if not isinstance(self.key, str) or not self.key.strip():
            raise ValueError(f"satellite key must be non-empty text; got {self.key!r}")
        if self.key in CORE or self.key == CASH:
            raise ValueError(f"satellite key {self.key!r} is taken by the core; choose another")
        if self.feeds not in ("", *CORE):
            raise ValueError(f"satellite {self.key!r}: feeds must be one of {', '.join(CORE)} "
                             f"or ''; got {self.feeds!r}")
        if self.draws_on not in CORE:
            raise ValueError(f"satellite {self.key!r}: draws_on must be one of "
                             f"{', '.join(CORE)}; got {self.draws_on!r}")
        for name in ("feed", "draw", "own", "funds", "friction"):
            validate.number(f"satellite {self.key!r}: {name}", getattr(self, name),
                            *STRENGTH_RANGE)
        validate.number(f"satellite {self.key!r}: scale", self.scale, *SCALE_RANGE)


#: The Amazon-like satellites of lesson 08 (invented strengths). Prime is strong; music is weak
#: (little feed, extra friction); grocery is costly to run (extra friction, thin margins) and feeds
#: the cost structure through its own delivery fleet; the affiliate programme draws on the
#: selection, brings visitors and earns nothing itself (it pays commissions); AWS barely touches
#: the shop but has a strong loop of its own and earns a lot.
SATELLITES = (
    Satellite("prime", feeds="customer experience", feed=0.15, draw=0.15, funds=0.03,
              scale=0.4),
    Satellite("video", feeds="customer experience", feed=0.08, draw=0.09, friction=0.03,
              scale=0.3),
    Satellite("music", feeds="customer experience", feed=0.03, draw=0.06, friction=0.10,
              scale=0.2),
    Satellite("kindle", feeds="traffic", feed=0.06, draw=0.08, funds=0.02, scale=0.3),
    Satellite("devices", feeds="traffic", feed=0.08, draw=0.06, friction=0.03, scale=0.3),
    Satellite("payments", feeds="sellers", feed=0.06, draw=0.08, funds=0.02, scale=0.3),
    Satellite("grocery", feeds="lower cost structure", feed=0.09, draw=0.08, friction=0.06,
              scale=0.2),
    Satellite("affiliate", feeds="traffic", feed=0.08, draw=0.08, scale=0.0,
              draws_on="selection"),
    Satellite("aws", feeds="", feed=0.0, draw=0.03, own=0.20, funds=0.20, scale=1.5),
)
SATELLITE_KEYS = tuple(s.key for s in SATELLITES)


def _check_catalogue(catalogue) -> tuple:
    if isinstance(catalogue, (str, bytes, Satellite)) or not hasattr(catalogue, "__iter__"):
        raise TypeError(f"catalogue must be a sequence of Satellite objects; got "
                        f"{type(catalogue).__name__}")
    catalogue = tuple(catalogue)
    for i, sat in enumerate(catalogue):
        if not isinstance(sat, Satellite):
            raise TypeError(f"catalogue[{i}] must be a Satellite; got {type(sat).__name__} "
                            f"{sat!r}")
    return catalogue


def _pick(satellites: Iterable[str | Satellite], catalogue: Sequence[Satellite]) -> list:
    by_key = {s.key: s for s in _check_catalogue(catalogue)}
    chosen, seen = [], set()
    if isinstance(satellites, (str, Satellite)):
        satellites = [satellites]
    if not hasattr(satellites, "__iter__"):
        raise TypeError(f"satellites must be a list of satellite keys or Satellite objects; got "
                        f"{type(satellites).__name__}")
    for item in satellites:
        sat = item if isinstance(item, Satellite) else by_key.get(item)
        if sat is None:
            raise ValueError(f"unknown satellite {item!r}; satellites are: "
                             f"{', '.join(by_key)}")
        if sat.key in seen:
            raise ValueError(f"satellite {sat.key!r} is listed twice")
        seen.add(sat.key)
        chosen.append(sat)
    return chosen


def build(satellites: Iterable[str | Satellite] = SATELLITE_KEYS, *,
          core_strength: float = CORE_STRENGTH,
          catalogue: Sequence[Satellite] = SATELLITES) -> loops.Graph:
    """The ecosystem as a :class:`loops.Graph`: the core loop, the cash factor and the chosen
    satellites (keys of ``catalogue`` or :class:`Satellite` objects), in that factor order.

    With no satellites it is lesson 04's wheel (:func:`loops.amazon`) plus cash, fed by traffic and
    feeding nothing back. ``core_strength`` is the strength of each core link, per month in [0, 2]
    (default: lesson 04's). Graphs are cached: the same choice returns the same (immutable) graph.
    """
    s = validate.number("core_strength", core_strength, *STRENGTH_RANGE)
    chosen = tuple(_pick(satellites, catalogue))
    return _graph(chosen, s, False)


@lru_cache(maxsize=256)
def _graph(chosen: tuple, strength: float, alone: bool) -> loops.Graph:
    core = loops.amazon(strength)                      # lesson 04's wheel, delays and all
    core_links = [(r.source, r.target, int(r.sign), float(r.strength), float(r.delay))
                  for r in core.links.itertuples(index=False)]
    core_links.append(("traffic", CASH, 1, CORE_EARNINGS, 0.0))
    factors = [*CORE, CASH, *(sat.key for sat in chosen)]
    links = list(core_links)
    for sat in chosen:
        links.append((sat.draws_on, sat.key, 1, sat.draw, 0.0))
        links.append((CASH, sat.key, 1, FINANCE, 0.0))
        if sat.feeds and sat.feed > 0:
            links.append((sat.key, sat.feeds, 1, sat.feed, 0.0))
        if sat.funds > 0:
            links.append((sat.key, CASH, 1, sat.funds, 0.0))
        if sat.own > 0:
            links.append((sat.key, sat.key, 1, sat.own, 0.0))
    if alone:  # a second, unconnected copy of the bare core (see simulate)
        factors += [ALONE + f for f in (*CORE, CASH)]
        links += [(ALONE + a, ALONE + b, sign, w, d) for a, b, sign, w, d in core_links]
    return loops.Graph.from_links(factors, links, name="ecosystem")


def extra_friction(graph: loops.Graph, catalogue: Sequence[Satellite] = SATELLITES) -> np.ndarray:
    """Each factor's own extra friction (per month), in factor order: cash and weak satellites.

    ``graph`` is a :class:`loops.Graph` (from :func:`build`), ``catalogue`` the satellites it was
    built from."""
    _check_graph(graph)
    by_key = {s.key: s.friction for s in _check_catalogue(catalogue)}
    return np.array([CASH_FRICTION if f.removeprefix(ALONE) == CASH else by_key.get(f, 0.0)
                     for f in graph.factors])


def tipping_friction(graph: loops.Graph, catalogue: Sequence[Satellite] = SATELLITES) -> float:
    """The common friction (per month) below which the **core** keeps turning by itself, taking
    each factor's extra friction into account.

    The core keeps turning when the core, or anything that feeds it, grows by itself: the
    largest real part of the eigenvalues of ``A − diag(extra)``, ``A`` the signed strengths,
    restricted to the core's factors and every factor from which a chain of links leads into the
    core (0 if even no friction lets it grow). A satellite that reaches the core by no chain (AWS
    on its own: its money goes to cash, and cash feeds only satellites) can grow by itself without
    lifting the core, so it does not count. With no satellites it is lesson 04's tipping friction
    (0.175). Compare with :func:`loops.tipping_friction`, which knows no extra friction. Arguments
    as for :func:`extra_friction`; the result is finite and ≥ 0.
    """
    _check_graph(graph)
    a = graph.matrix() - np.diag(extra_friction(graph, catalogue))
    keep = feeds_core(graph)
    sub = a[np.ix_(keep, keep)]
    return max(0.0, float(np.max(np.linalg.eigvals(sub).real)))


def feeds_core(graph: loops.Graph) -> np.ndarray:
    """Which factors of ``graph`` are the core's or lead into it by a chain of links (a boolean
    array in factor order; a :class:`loops.Graph` from :func:`build`)."""
    _check_graph(graph)
    reach = np.array([f in CORE for f in graph.factors])
    if not reach.any():
        raise ValueError("graph has none of the core's factors; build it with ecosystem.build")
    edges = [(src, tgt) for src, tgt, _w, _d in graph.edges()]
    changed = True
    while changed:
        changed = False
        for src, tgt in edges:
            if reach[tgt] and not reach[src]:
                reach[src] = changed = True
    return reach


def _check_graph(graph) -> None:
    if not isinstance(graph, loops.Graph):
        raise TypeError(f"graph must be a loops.Graph (e.g. ecosystem.build()); got "
                        f"{type(graph).__name__}")


def simulate(satellites: Iterable[str | Satellite] = SATELLITE_KEYS,
             energy: float = STORY_ENERGY, friction: float = STORY_FRICTION,
             push_until: float = 24, months: int = 120, *, alone: bool = False,
             catalogue: Sequence[Satellite] = SATELLITES) -> pd.DataFrame:
    """Run the ecosystem with the chosen satellites.

    ``energy`` (level points per month, in [0, 100]) pushes the customer experience until month
    ``push_until`` (in [0, months]); ``friction`` (per month, in [0, 1.5]) acts on every factor, on
    top of each one's extra friction (their sum capped at 2, the top of
    :data:`loops.FRICTION_RANGE`). ``months`` is a whole number in [1, 6000]. Returns
    :func:`loops.simulate`'s DataFrame (index ``month`` 0 … months, one column per factor, levels
    in [0, 100]) with an extra column ``core`` — the core's momentum, the mean level of its seven
    factors in per cent of capacity (lesson 04's momentum, :func:`loops.momentum`).

    With ``alone=True`` the same push and friction also drive a separate copy of the core without
    any satellite, in the same run (one graph of two unconnected parts, so it costs no second
    simulation); its frame, with the same columns as ``simulate([])``, is in ``attrs["alone"]``.
    """
    e = validate.number("energy", energy, *ENERGY_RANGE)
    f = validate.number("friction", friction, *FRICTION_RANGE)
    chosen = tuple(_pick(satellites, catalogue))
    graph = _graph(chosen, CORE_STRENGTH, bool(alone))
    extra = extra_friction(graph, catalogue)
    push = {"customer experience": e}
    if alone:
        push[ALONE + "customer experience"] = e
    per_factor = np.minimum(f + extra, loops.FRICTION_RANGE[1])
    both = loops.simulate(graph, list(per_factor), push=push, push_until=push_until,
                          months=months)
    own = [c for c in both.columns if not c.startswith(ALONE)]
    run = both[own].copy()
    run["core"] = run[list(CORE)].mean(axis=1) / graph.capacity * 100.0
    if alone:
        solo_run = both[[ALONE + c for c in (*CORE, CASH)]].copy()
        solo_run.columns = [*CORE, CASH]
        solo_run["core"] = solo_run[list(CORE)].mean(axis=1) / graph.capacity * 100.0
        run.attrs["alone"] = solo_run
    return run


def revenue(run: pd.DataFrame, catalogue: Sequence[Satellite] = SATELLITES) -> pd.Series:
    """Revenue index of each stream at the end of ``run`` (a DataFrame of :func:`simulate`): the
    core's traffic level, and each satellite's level × its ``scale`` (same units: the core at full
    traffic earns 100)."""
    if not isinstance(run, pd.DataFrame):
        raise TypeError(f"run must be the DataFrame of ecosystem.simulate; got "
                        f"{type(run).__name__}")
    if "traffic" not in run.columns or run.empty:
        raise ValueError("run must be the DataFrame of ecosystem.simulate (with a 'traffic' "
                         "column and at least one month)")
    last = run.iloc[-1]
    scale = {s.key: s.scale for s in _check_catalogue(catalogue)}
    out = {"core": float(last["traffic"])}
    for col in run.columns:
        if col in scale:
            out[col] = float(last[col]) * scale[col]
    return pd.Series(out, name="revenue")


def contribution(satellites: Iterable[str | Satellite] = SATELLITE_KEYS,
                 energy: float = STORY_ENERGY, friction: float = STORY_FRICTION, months: int = 120,
                 catalogue: Sequence[Satellite] = SATELLITES) -> pd.DataFrame:
    """What each chosen satellite adds: the core's final momentum with all of them, and with each
    one left out in turn. One row per satellite: ``core_without`` and ``loss`` (percentage points
    of core momentum lost without it, ≥ 0: a satellite never slows the core), sorted by loss,
    largest first. Arguments and ranges as for :func:`simulate`."""
    chosen = [s.key for s in _pick(satellites, catalogue)]
    full = simulate(chosen, energy, friction, months=months, catalogue=catalogue)["core"].iloc[-1]
    rows = []
    for key in chosen:
        rest = [k for k in chosen if k != key]
        without = simulate(rest, energy, friction, months=months,
                           catalogue=catalogue)["core"].iloc[-1]
        rows.append({"satellite": key, "core_with_all": full, "core_without": without,
                     "loss": full - without})
    frame = pd.DataFrame(rows, columns=["satellite", "core_with_all", "core_without", "loss"])
    return frame.sort_values("loss", ascending=False).set_index("satellite")
