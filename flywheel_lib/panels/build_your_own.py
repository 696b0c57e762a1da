"""Lesson 09's panel, built from any flywheel: an energy slider per factor, friction and the
month the push stops → the causal-loop diagram with each factor's level, the levels over time,
the tipping point and the weakest link.

The learner's factor names are drawn exactly as typed: no math text (``$x$`` stays ``$x$``), and
a name starting with ``_`` still shows in the legend (matplotlib would leave it out)."""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import loops, own_flywheel as flywheel_io
from flywheel_lib.ui import plotting
from flywheel_lib.ui.loop_diagram import LoopDiagram
from flywheel_lib.ui.panel import Control, Panel
from flywheel_lib.panels import register

MONTHS = 120


def byo_model(flywheel: flywheel_io.Flywheel, friction: float, push_until: float,
              energies) -> pd.DataFrame:
    """The panel's model: :func:`loops.simulate` of the flywheel with one energy per factor
    (level points per month, pushed until ``push_until``) and the same friction on every factor.
    The tipping friction is in ``attrs["tip"]``."""
    push = {f: float(e) for f, e in zip(flywheel.factors, energies) if e > 0}
    run = loops.simulate(flywheel.graph, friction, push=push or None,
                         push_until=push_until, months=MONTHS)
    run.attrs.update(tip=flywheel.tipping_friction(), friction=friction, push_until=push_until,
                     pushed=sum(energies) > 0)
    return run


def verdict(run: pd.DataFrame) -> str:
    """Label key of what the wheel does after the push: spins on, runs down, or never pushed."""
    if not run.attrs["pushed"] or run.attrs["push_until"] <= 0:
        return "byo.verdict_idle"
    return "byo.verdict_spins" if run.attrs["friction"] < run.attrs["tip"] else "byo.verdict_stops"


def loops_table(flywheel: flywheel_io.Flywheel) -> pd.DataFrame:
    """The loops as shown under the panel: loop, polarity (translated) and gain."""
    found = flywheel.loops()
    return pd.DataFrame({
        "loop": found["loop"],
        "polarity": [i18n.t(f"byo.{p}") for p in found["polarity"]],
        "loop_gain": found["gain"],
    })


@register("09_build_your_own", "byo.panel_title")
@plotting.styled  # titles, legends and texts added after figure() get the style too
def build_your_own_panel(flywheel: flywheel_io.Flywheel | None = None) -> Panel:
    """The panel for ``flywheel`` (default: the shipped local-shop example)."""
    fw = flywheel_io.example("local_shop") if flywheel is None else flywheel
    if not isinstance(fw, flywheel_io.Flywheel):
        raise TypeError(f"flywheel must be a Flywheel (flywheel_io.load, from_table or example); "
                        f"got {type(fw).__name__}")
    tip = fw.tipping_friction()
    weakest = flywheel_io.weakest_links(fw).iloc[0]
    notes = flywheel_io.review(fw)
    table = loops_table(fw)

    fig, (ax_d, ax_t) = plotting.figure(1, 2, width=10, height=4.8,
                                        gridspec_kw={"width_ratios": [1.5, 1]})
    colours = {f: plotting.CYCLE[i % len(plotting.CYCLE)] for i, f in enumerate(fw.factors)}
    diagram = LoopDiagram(ax_d, fw.graph, colours=colours, node_radius=0.17)
    plotting.set_title(ax_d, i18n.t("byo.diagram_short"))
    month = np.arange(MONTHS + 1)
    lines = {f: ax_t.plot(month, np.zeros(MONTHS + 1), color=colours[f], label=f)[0]
             for f in fw.factors}
    stop = ax_t.axvline(0, color="0.3", linestyle="--", linewidth=1.5,
                        label=i18n.t("byo.push_ends"))
    ax_t.set_xlim(0, MONTHS)
    ax_t.set_ylim(0, 100)
    ax_t.set_xlabel(i18n.t("common.month"))
    plotting.set_title(ax_t, i18n.t("byo.levels_short"))
    # the legend beside the plot: over the moving lines it would be drawn again on every move;
    # handles and labels given (matplotlib drops labels starting with "_" it collects itself)
    legend = plotting.legend_beside(ax_t, [*lines.values(), stop],
                                    [*fw.factors, i18n.t("byo.push_ends")], fontsize="x-small")
    for text in legend.get_texts():
        text.set_parse_math(False)

    names = [f"energy_{i}" for i in range(len(fw.factors))]

    def model(friction, push_until, **energies):
        return byo_model(fw, friction, push_until, [energies[n] for n in names])

    def render(run):
        for f, line in lines.items():
            line.set_ydata(run[f].to_numpy())
        x = run.attrs["push_until"]
        stop.set_xdata([x, x])
        diagram.set_levels(run.iloc[-1][list(fw.factors)].to_numpy())
        return table

    def readout(run):
        text = i18n.t("byo.readout", tip=run.attrs["tip"], friction=run.attrs["friction"],
                      verdict=i18n.t(verdict(run)), source=html.escape(weakest["source"]),
                      target=html.escape(weakest["target"]), strength=weakest["strength"])
        if notes:
            text += "<br>" + "<br>".join(f"⚠ {html.escape(n)}" for n in notes)
        return text

    step = 0.005  # friction slider step; the default must sit on its grid
    top = float(min(loops.FRICTION_RANGE[1], max(0.5, round(2 * tip, 2))))
    start = round(round(0.8 * tip / step) * step, 3) if tip > 0 else 0.1
    controls = [Control(n, "byo.slider_energy_on", 0.0, 20.0, 0.5, 5.0 if i == 0 else 0.0,
                        unit="byo.unit_points")
                for i, n in enumerate(names)]
    controls += [
        Control("friction", "byo.slider_friction", 0.0, top, step, min(start, top),
                unit="byo.unit_per_month", fmt=".3f"),
        Control("push_until", "byo.slider_stop", 0, MONTHS, 1, 24, unit="unit.month",
                integer=True),
    ]
    panel = Panel(controls, model, render, fig, title="byo.panel_title", readout=readout)
    for n, f in zip(names, fw.factors):
        # "Energy on “factor”": the label key starts the text, the factor is the learner's own
        panel.sliders[n].description = i18n.t("byo.energy_on", factor=f)
    panel.flywheel = fw
    return panel


# ------------------------------------------------------------------------------------------------
# The flywheel editor: build your own wheel without code
# ------------------------------------------------------------------------------------------------
#: The editor's first flywheel: an invented yoga studio (four factors, one reinforcing loop).
STARTER = {
    "name": "yoga_studio",
    "factors": ["good classes", "happy members", "referrals", "new members"],
    "links": [("good classes", "happy members", "+", 0.35, 0),
              ("happy members", "referrals", "+", 0.20, 0),
              ("referrals", "new members", "+", 0.30, 0),
              ("new members", "good classes", "+", 0.15, 2)],   # fees pay for teachers, later
}
#: Boxes for factor names and the most link rows the editor shows.
FACTOR_BOXES = 8
MAX_ROWS = 24


#: the starter's factors in German
STARTER_FACTORS_DE = {"good classes": "gute Kurse", "happy members": "zufriedene Mitglieder",
                      "referrals": "Empfehlungen", "new members": "neue Mitglieder"}


def starter(language: str | None = None) -> flywheel_io.Flywheel:
    """The editor's first flywheel, the yoga studio of lesson 09, its factors named in
    ``language`` (``"en"`` as in :data:`STARTER`, or ``"de"``; default: the current one)."""
    wheel = flywheel_io.from_table(STARTER["name"], STARTER["factors"], STARTER["links"])
    if (language or i18n.get_language()) == "de":
        wheel = flywheel_io.renamed(wheel, STARTER_FACTORS_DE)
    return wheel


class FlywheelEditor:
    """Build a flywheel with widgets, no code: a name, up to eight factors, and one row per link
    (from, to, sign, strength, delay). **Build** checks the table like
    :func:`own_flywheel.from_table` (an error names the row and the column), then shows the
    loops, the tipping friction, the weakest link, Collins's warnings and a panel to push the
    wheel (:func:`build_your_own_panel`). **Save** writes it to the learner's own folder; an
    example or a file (CSV or JSON, checked like :func:`own_flywheel.load`) fills the editor.

    ``flywheel`` is the last flywheel built (None while the table has an error), ``panel`` its
    panel. Each editor has its own widgets and callbacks: running the cell again leaves nothing
    behind. Callbacks only read the widgets, build, and write into the editor's own boxes.
    """

    def __init__(self, flywheel: flywheel_io.Flywheel | None = None):
        import ipywidgets as W

        self.language = i18n.get_language()
        self.flywheel: flywheel_io.Flywheel | None = None
        self.panel: Panel | None = None
        t = self._t
        self.examples = W.Dropdown(
            options=[(t("byo.editor_example_starter"), "starter"),
                     (t("byo.editor_example_local_shop"), "local_shop"),
                     (t("byo.editor_example_b2b_software"), "b2b_software")],
            value="starter", layout=W.Layout(width="auto"))
        self.load_button = W.Button(description=t("byo.editor_load_example"),
                                    layout=W.Layout(width="auto", padding="0 14px"))
        self.load_button.on_click(lambda _b: self._guarded(self._load_example))
        self.upload = W.FileUpload(accept=".csv,.json", multiple=False,
                                   description=t("byo.editor_upload"),
                                   layout=W.Layout(width="auto"))
        self.upload.observe(lambda change: self._guarded(self._load_upload), names="value")
        self.name = W.Text(description=t("byo.editor_name"), style={"description_width": "initial"},
                           layout=W.Layout(width="24em"))
        self.factor_boxes = [W.Text(placeholder=t("byo.editor_factor_placeholder", n=i + 1),
                                    continuous_update=False, layout=W.Layout(width="15em"))
                             for i in range(FACTOR_BOXES)]
        for box in self.factor_boxes:
            box.observe(lambda change: self._guarded(self._refresh_choices), names="value")
        self.rows: list[dict] = []
        self.rows_box = W.VBox([])
        self.add_button = W.Button(description=t("byo.editor_add_link"),
                                   layout=W.Layout(width="auto", padding="0 14px"))
        self.add_button.on_click(lambda _b: self._guarded(lambda: self._add_row()))
        self.build_button = W.Button(description=t("byo.editor_build"), button_style="primary",
                                     layout=W.Layout(width="auto", padding="0 14px"))
        self.build_button.on_click(lambda _b: self._guarded(self.build))
        self.save_button = W.Button(description=t("byo.editor_save"),
                                    layout=W.Layout(width="auto", padding="0 14px"))
        self.save_button.on_click(lambda _b: self._guarded(self.save))
        self.message = W.HTML("")
        self.summary = W.HTML("")
        self.loops_box = W.HTML("")
        self.panel_box = W.VBox([])
        header = W.HTML(f"<h3>{html.escape(t('byo.editor_title'))}</h3>")
        heads = W.HBox([W.HTML(f"<small>{html.escape(t(k))}</small>",
                               layout=W.Layout(width=width, margin="0 2px"))
                        for k, width in (("byo.editor_col_from", "13em"),
                                         ("byo.editor_col_to", "13em"),
                                         ("byo.editor_col_sign", "5.6em"),
                                         ("byo.editor_col_strength", "16em"),
                                         ("byo.editor_col_delay", "7em"))],
                       layout=W.Layout(flex_flow="row wrap"))
        self.widget = W.VBox([
            header,
            W.HBox([self.examples, self.load_button, self.upload],
                   layout=W.Layout(flex_flow="row wrap")),
            self.name,
            W.HTML(f"<b>{html.escape(t('byo.editor_factors'))}</b>"),
            W.GridBox(self.factor_boxes, layout=W.Layout(
                grid_template_columns="repeat(auto-fill, minmax(16em, 1fr))", width="100%")),
            W.HTML(f"<b>{html.escape(t('byo.editor_links'))}</b>"), heads,
            self.rows_box,
            W.HBox([self.add_button, self.build_button, self.save_button],
                   layout=W.Layout(flex_flow="row wrap")),
            self.message, self.summary, self.loops_box, self.panel_box,
        ])
        self.widget.add_class("flywheel-editor")
        self.fill(starter(self.language) if flywheel is None else flywheel)
        self.build()

    # -- helpers -----------------------------------------------------------------------------
    def _t(self, key: str, **values) -> str:
        return i18n.t(key, self.language, **values)

    def _say(self, text: str, error: bool = False) -> None:
        colour = "#b00020" if error else "#333"
        self.message.value = f"<div style='color:{colour}'>{html.escape(text)}</div>"

    def _guarded(self, action) -> None:
        try:
            action()
        except flywheel_io.FlywheelError as err:   # a bad flywheel: said in the editor's language
            self._say(err.message(self.language), error=True)
        except Exception as exc:   # shown in the editor, never raised into the page
            self._say(f"{type(exc).__name__}: {exc}", error=True)

    def factor_names(self) -> list[str]:
        """The factor names typed so far (empty boxes left out)."""
        return [box.value.strip() for box in self.factor_boxes if box.value.strip()]

    def _choices(self) -> list:
        return [(box.value.strip(), i) for i, box in enumerate(self.factor_boxes)
                if box.value.strip()]

    def _refresh_choices(self) -> None:
        """Give every row's drop-downs the factor names as typed now (a renamed factor stays
        chosen: a row points at a box, not at a name)."""
        choices = self._choices()
        for row in self.rows:
            for key in ("source", "target"):
                box = row[key]
                keep = box.value
                box.options = choices
                box.value = keep if any(keep == i for _, i in choices) else None

    def _add_row(self, source=None, target=None, sign=1, strength=0.2, delay=0.0) -> dict:
        import ipywidgets as W
        if len(self.rows) >= MAX_ROWS:
            self._say(self._t("byo.editor_too_many_rows", n=MAX_ROWS), error=True)
            return {}
        choices = self._choices()
        row = {
            "source": W.Dropdown(options=choices, value=source, layout=W.Layout(width="13em")),
            "target": W.Dropdown(options=choices, value=target, layout=W.Layout(width="13em")),
            "sign": W.ToggleButtons(options=[("+", 1), ("−", -1)], value=1 if sign > 0 else -1,
                                    style={"button_width": "2.6em"},
                                    tooltips=[self._t("byo.editor_plus"),
                                              self._t("byo.editor_minus")]),
            "strength": W.FloatSlider(min=0.01, max=1.0, step=0.01,
                                      value=min(max(float(strength), 0.01), 1.0),
                                      readout_format=".2f", continuous_update=False,
                                      layout=W.Layout(width="16em")),
            "delay": W.BoundedIntText(min=0, max=int(flywheel_io.DELAY_RANGE[1]),
                                      value=int(round(delay)), layout=W.Layout(width="5em")),
            "remove": W.Button(description="✕", tooltip=self._t("byo.editor_remove"),
                               layout=W.Layout(width="2.6em")),
        }
        row["box"] = W.HBox([row[k] for k in ("source", "target", "sign", "strength", "delay",
                                              "remove")],
                            layout=W.Layout(flex_flow="row wrap", align_items="center"))
        row["remove"].on_click(lambda _b, r=row: self._guarded(lambda: self._remove_row(r)))
        self.rows.append(row)
        self.rows_box.children = tuple(r["box"] for r in self.rows)
        return row

    def _remove_row(self, row: dict) -> None:
        self.rows = [r for r in self.rows if r is not row]
        self.rows_box.children = tuple(r["box"] for r in self.rows)

    # -- filling and reading ------------------------------------------------------------------
    def fill(self, flywheel: flywheel_io.Flywheel) -> None:
        """Put ``flywheel`` into the editor's boxes (its name, factors and links)."""
        if not isinstance(flywheel, flywheel_io.Flywheel):
            raise TypeError(f"expected a Flywheel; got {type(flywheel).__name__}")
        if len(flywheel.factors) > FACTOR_BOXES:
            raise ValueError(self._t("byo.editor_too_many_factors", n=len(flywheel.factors),
                                     most=FACTOR_BOXES))
        self.name.value = flywheel.name
        names = list(flywheel.factors) + [""] * (FACTOR_BOXES - len(flywheel.factors))
        for box, name in zip(self.factor_boxes, names):
            box.value = name
        self.rows = []
        for r in flywheel.links.itertuples(index=False):
            self._add_row(names.index(r.source), names.index(r.target), r.sign, r.strength,
                          r.delay)
        self.rows_box.children = tuple(r["box"] for r in self.rows)

    def table(self) -> list[tuple]:
        """The links as typed: ``(source, target, sign, strength, delay)`` rows."""
        names = {i: box.value.strip() for i, box in enumerate(self.factor_boxes)}
        return [(names.get(r["source"].value, "") if r["source"].value is not None else "",
                 names.get(r["target"].value, "") if r["target"].value is not None else "",
                 "+" if r["sign"].value > 0 else "-", float(r["strength"].value),
                 float(r["delay"].value)) for r in self.rows]

    def _load_example(self) -> None:
        key = self.examples.value
        self.fill(starter(self.language) if key == "starter"
                  else flywheel_io.example(key, self.language))
        self.build()

    def _load_upload(self) -> None:
        import tempfile
        from pathlib import Path
        files = self.upload.value
        if not files:
            return
        item = files[0]
        name = Path(str(item.get("name", "flywheel.csv"))).name or "flywheel.csv"
        content = bytes(item.get("content", b""))
        with tempfile.TemporaryDirectory(prefix="flywheel-upload-") as folder:
            path = Path(folder) / name
            path.write_bytes(content[:flywheel_io.MAX_BYTES + 1])
            try:
                wheel = flywheel_io.load(path)
            except flywheel_io.FlywheelError as err:
                self._say(err.message(self.language), error=True)
                return
        self.fill(wheel)
        self.build()

    # -- what the buttons do -----------------------------------------------------------------
    def build(self) -> flywheel_io.Flywheel | None:
        """Check the table and build the flywheel, its summary and its panel; an error in the
        table is shown (naming the row and the column) and the last good panel stays."""
        rows = self.table()
        for i, (source, target, *_rest) in enumerate(rows, start=1):
            if not source or not target:
                column = "source" if not source else "target"
                self._say(self._t("byo.editor_pick", row=i,
                                  column=self._t(f"byo.editor_col_{'from' if column == 'source' else 'to'}")),
                          error=True)
                return None
        try:
            wheel = flywheel_io.from_table(self.name.value.strip() or "my_flywheel",
                                           self.factor_names(), rows)
        except flywheel_io.FlywheelError as err:
            self._say(err.message(self.language), error=True)
            return None
        self.flywheel = wheel
        weakest = flywheel_io.weakest_links(wheel).iloc[0]
        notes = flywheel_io.review(wheel)
        found = wheel.loops()
        from flywheel_lib.exercises import format_value
        text = self._t("byo.editor_summary", loops=len(found),
                       reinforcing=int((found["polarity"] == loops.REINFORCING).sum()),
                       tip=format_value(wheel.tipping_friction(), ".3f", self.language),
                       source=html.escape(weakest["source"]),
                       target=html.escape(weakest["target"]),
                       strength=format_value(weakest["strength"], ".2f", self.language))
        if notes:
            text += "<br>" + "<br>".join(f"⚠ {html.escape(n)}" for n in notes)
        self.summary.value = text
        from flywheel_lib.ui.panel import table_html
        self.loops_box.value = table_html(loops_table(wheel))
        self.panel = build_your_own_panel(flywheel=wheel)
        self.panel.name = "09_build_your_own"
        self.panel_box.children = (self.panel.widget,)
        self._say(self._t("byo.editor_built", name=wheel.name))
        return wheel

    def save(self, fmt: str = "json"):
        """Save the last flywheel built to the learner's own folder (replacing a file of the
        same name); returns the path, or None (the message says why)."""
        if self.flywheel is None:
            self._say(self._t("byo.editor_nothing_to_save"), error=True)
            return None
        try:
            path = flywheel_io.save(self.flywheel, fmt=fmt, overwrite=True)
        except flywheel_io.FlywheelError as err:   # no folder to write to: says what to do
            self._say(err.message(self.language), error=True)
            return None
        self._say(self._t("byo.editor_saved", path=str(path)))
        return path

    def _ipython_display_(self):
        from IPython.display import display
        display(self.widget)


def editor(flywheel: flywheel_io.Flywheel | None = None) -> FlywheelEditor:
    """A flywheel editor (see :class:`FlywheelEditor`), filled with ``flywheel`` or the yoga
    studio, and built once."""
    return FlywheelEditor(flywheel)
