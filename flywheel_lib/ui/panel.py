"""One way to build a panel: sliders bound to a model, and a figure updated in place.

A panel is built once. When a slider moves, its callback does three things only:

1. run the model with the sliders' values,
2. hand the result to the lesson's ``render`` function, which sets the artists' data (and may
   return a table),
3. show the picture: :class:`~flywheel_lib.ui.frames.Frames` draws the figure with Agg (only the
   artists that move, when that gives the same pixels as a full draw) and sends one PNG.

Nothing is cleared and re-plotted. An error inside the callback is shown in the panel (and kept in
``panel.last_error``), never swallowed; the last good picture stays on screen.
"""
from __future__ import annotations

import html
import math
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import ipywidgets as W

from flywheel_lib import i18n
from flywheel_lib.ui import plotting
from flywheel_lib.ui.frames import Frames
from flywheel_lib.ui.screen import PixelRatio, drawing_ratio


def _table_number(v: float) -> str:
    """How a panel's table shows a float: three significant digits below 1, else whole numbers."""
    return i18n.number(v, ",.3g" if abs(v) < 1 else ",.0f")


def _cell(text: str) -> str:
    """A table cell's text as pandas writes it: &, <, > escaped, ends stripped, and each pair
    of spaces kept as two non-breaking ones."""
    return html.escape(text, quote=False).strip().replace("  ", "&nbsp;&nbsp;")


def _pandas_html(frame) -> str:
    return i18n.translate_columns(frame).to_html(
        index=False, float_format=_table_number, classes="flywheel-table", border=0)


def table_html(frame) -> str:
    """A panel's table as HTML: headers in the current language (``col.<name>`` labels, as
    :func:`i18n.translate_columns`), floats by :func:`_table_number`, NaN as "NaN".

    The same HTML as pandas' ``to_html(index=False, float_format=_table_number,
    classes="flywheel-table", border=0)`` (a test compares them), written directly: about
    0.05 ms instead of 0.7 on every slider move. Tables that are not plain columns of numbers,
    booleans or printable strings (pandas pads or strips some strings: empty ones, or with
    spaces at an end) are written by pandas.
    """
    columns = frame.columns
    plain = len(frame) > 0 and len(columns) > 0 and columns.nlevels == 1
    cells = []
    for c in columns if plain else ():
        values = frame[c].to_numpy()
        kind = values.dtype.kind
        if kind == "f":
            cells.append(["NaN" if v != v else _table_number(v) for v in values.tolist()])
        elif kind in "iub":
            cells.append([str(v) for v in values.tolist()])
        elif kind == "O" and all(isinstance(v, str) and v and v.strip() == v
                                 and v.isprintable() for v in values):
            cells.append([_cell(v) for v in values])
        else:
            plain = False
            break
    heads = [i18n.column_label(c) for c in columns] if plain else []
    if not plain or not all(h.isprintable() for h in heads):
        return _pandas_html(frame)
    out = ['<table class="dataframe flywheel-table">', "  <thead>",
           '    <tr style="text-align: right;">']
    out += [f"      <th>{_cell(h)}</th>" for h in heads]
    out += ["    </tr>", "  </thead>", "  <tbody>"]
    for row in zip(*cells):
        out.append("    <tr>")
        out += [f"      <td>{v}</td>" for v in row]
        out.append("    </tr>")
    out += ["  </tbody>", "</table>"]
    return "\n".join(out)


@dataclass(frozen=True)
class Control:
    """A slider: the model parameter ``name`` it sets, its label key, range, step and default.

    ``label`` and ``unit`` are keys of the label table (``unit`` may be empty). ``integer`` makes an
    integer slider. ``fmt`` is the readout format (Python format spec, e.g. ``".0%"``).
    """

    name: str
    label: str
    min: float
    max: float
    step: float
    value: float
    unit: str = ""
    integer: bool = False
    fmt: str = ""

    def __post_init__(self):
        for field in ("min", "max", "step", "value"):
            v = getattr(self, field)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise TypeError(f"Control {self.name!r}: {field} must be a finite number, got {v!r}")
        if not self.min < self.max:
            raise ValueError(f"Control {self.name!r}: min ({self.min}) must be below max ({self.max})")
        if not 0 < self.step <= self.max - self.min:
            raise ValueError(f"Control {self.name!r}: step must be in (0, {self.max - self.min}]")
        if not self.min <= self.value <= self.max:
            raise ValueError(
                f"Control {self.name!r}: default {self.value} outside [{self.min}, {self.max}]"
            )
        steps = (self.value - self.min) / self.step
        if abs(steps - round(steps)) > 1e-6:
            # a browser slider snaps such a value to its grid, so Reset would not look like the start
            raise ValueError(f"Control {self.name!r}: default {self.value} is not on the slider's "
                             f"grid {self.min} + k × {self.step}")

    def describe(self) -> str:
        """The slider's visible label in the current language, with its unit."""
        text = i18n.t(self.label)
        return f"{text} ({i18n.t(self.unit)})" if self.unit else text

    def readout_text(self, value, language: str | None = None) -> str:
        """The slider's value as ``language`` writes it, in the slider's format (``0,100``;
        ``25 %``; ``20.000``): what a German panel shows beside the track."""
        if self.integer:
            return i18n.number(int(value), ",d", language)
        fmt = self.fmt or ".2f"
        if fmt.endswith("%"):
            digits = int(fmt[1:-1] or 0) if fmt[1:-1].isdigit() else 0
            return i18n.percent(value, digits, language)
        return i18n.number(value, fmt, language)

    def make_widget(self):
        """A fresh ipywidgets slider for this control (continuous updates: the plot follows a drag)."""
        common = dict(
            min=self.min, max=self.max, step=self.step, value=self.value,
            continuous_update=True,
            style={"description_width": "initial"},
            layout=W.Layout(width="100%"),
        )
        if self.integer:
            slider = W.IntSlider(**{k: int(v) if k in ("min", "max", "step", "value") else v
                                    for k, v in common.items()})
        else:
            slider = W.FloatSlider(readout_format=self.fmt or ".2f", **common)
        slider.description = self.describe()
        slider.description_allow_html = False
        slider.add_class("flywheel-slider")
        return slider


#: How a panel is laid out in the browser (public CSS of ipywidgets; no script):
#:
#: * the sliders in a grid across the top, as many columns of at least :data:`SLIDER_PX` as fit
#:   (one column in a narrow notebook, three or more on a wide screen), every track equally long;
#: * every slider's label on a line of its own above its track, so that no label is clipped;
#: * the picture under the controls, as wide as the column allows up to its own size: scaled
#:   down to fit (never cut off, no horizontal scroll bar), then the live readout under it.
_PANEL_CSS = (
    "<style>"
    ".flywheel-slider{flex-wrap:wrap;height:auto!important;align-items:center;margin:0!important}"
    ".flywheel-slider>.widget-label{flex:0 0 100%;max-width:100%!important;width:auto!important;"
    "height:auto!important;line-height:1.3!important;white-space:normal!important;"
    "text-align:left!important;overflow-wrap:anywhere;margin:2px 0 0 0!important}"
    ".flywheel-slider>.slider-container{flex:1 1 auto;min-width:0}"
    ".flywheel-slider-row{justify-content:space-between}"
    ".flywheel-slider-row .flywheel-slider>.widget-label{display:none!important}"
    ".flywheel-slider-row>.flywheel-slider{height:var(--jp-widgets-inline-height)!important;"
    "margin-top:2px!important}"
    ".flywheel-slider-head{justify-content:space-between;align-items:flex-end;"
    "height:auto!important}"
    ".flywheel-slider-name{flex:1 1 auto;min-width:0;width:auto!important;max-width:100%!important;"
    "height:auto!important;line-height:1.3!important;white-space:normal!important;"
    "overflow-wrap:anywhere;margin:2px 0 0 0!important}"
    ".flywheel-value{flex:0 0 auto;width:auto!important;text-align:right;"
    "margin:2px 2px 0 8px!important;white-space:nowrap;height:auto!important;"
    "line-height:1.3!important}"
    ".flywheel-panel .widget-html-content{white-space:normal;overflow-wrap:anywhere}"
    "</style>")

#: Narrowest column of the sliders' grid, px.
SLIDER_PX = 280


class Panel:
    """Sliders bound to a model and a figure updated in place.

    Parameters
    ----------
    controls : the sliders, in display order (see :class:`Control`).
    model : ``model(**values) -> result`` — a pure function of the slider values.
    render : ``render(result) -> DataFrame | None`` — sets the artists' data; may return a table
        to show under the plot (headers are translated with the ``col.`` labels).
    fig : the figure built once by the lesson (``plotting.figure``).
    title : label key of the panel's title (optional).
    fixed : extra keyword arguments passed to ``model`` on every update.
    readout : ``readout(result) -> str`` — HTML shown under the plot (live numbers).
    numbers : ``numbers(result) -> DataFrame`` — the numbers the "save numbers" button writes;
        by default the model's result when it is a DataFrame.
    name : a short name for exported files (the registry sets the panel id).
    fast : False draws every frame in full (see :mod:`flywheel_lib.ui.frames`); by default
        the environment variable ``FLYWHEEL_FAST_FRAMES`` decides (on unless it is ``0``).
    """

    def __init__(self, controls: Sequence[Control], model: Callable[..., Any],
                 render: Callable[[Any], Any], fig, title: str | None = None,
                 fixed: dict | None = None, readout: Callable[[Any], str] | None = None,
                 numbers: Callable[[Any], Any] | None = None, name: str | None = None,
                 fast: bool | None = None):
        names = [c.name for c in controls]
        if len(set(names)) != len(names):
            raise ValueError(f"Panel: control names must be unique, got {names}")
        self.controls = list(controls)
        self.model = model
        self.render = render
        self.fig = fig
        self.fixed = dict(fixed or {})
        self.readout_fn = readout
        self.numbers_fn = numbers
        self.name = name or (title or "panel")
        self.last_error: BaseException | None = None
        self.last_result: Any = None
        self.updates = 0
        self.sliders = {c.name: c.make_widget() for c in self.controls}
        self.reset_button = W.Button(description=i18n.t("common.reset"), icon="undo",
            layout=W.Layout(width="auto", padding="0 14px"))   # the whole label, any language
        self.reset_button.add_class("flywheel-reset")
        self.reset_button.on_click(lambda _b: self.reset())
        self.save_figure_button = W.Button(description=i18n.t("common.save_figure"), icon="image",
            layout=W.Layout(width="auto", padding="0 14px"))
        self.save_figure_button.on_click(lambda _b: self._report_saved(self.save_figure))
        self.save_numbers_button = W.Button(description=i18n.t("common.save_numbers"), icon="table",
            layout=W.Layout(width="auto", padding="0 14px"))
        self.save_numbers_button.on_click(lambda _b: self._report_saved(self.save_numbers))
        self.saved_box = W.HTML(value="")
        self.error_box = W.HTML(value="")
        self.error_box.add_class("flywheel-error-box")
        self.table_box = W.HTML(value="")
        self.table_box.add_class("flywheel-table-box")
        self.readout_box = W.HTML(value="")
        self.style = plotting.get_style()      # the panel keeps the style it was built in
        self.language = i18n.get_language()    # … and answers a save in its language
        self.frames = Frames(fig, fast=fast)
        self._lock = threading.Lock()          # a cell and a slider may update at once
        self._muted = False
        # A slider writes its value with the browser's English number format (ipywidgets formats
        # it in the browser, with no locale to choose). A German panel shows the value beside the
        # track itself, as Germans write it (0,100; 25 %; 20.000).
        self.value_labels: dict[str, W.Label] = {}
        self.slider_cells: dict[str, W.Widget] = {}   # what stands in the grid for each slider
        cells = []
        for control in self.controls:
            slider = self.sliders[control.name]
            if self.language != "en":
                # the slider's name (kept in step with its description, which some panels
                # change) and its value on one line above the track, as in English
                slider.readout = False
                name = W.Label(slider.description)
                name.add_class("flywheel-slider-name")
                W.jslink((slider, "description"), (name, "value"))
                label = W.Label(control.readout_text(slider.value, self.language))
                label.add_class("flywheel-value")
                slider.observe(lambda change, c=control, label=label: setattr(
                    label, "value", c.readout_text(change["new"], self.language)), names="value")
                self.value_labels[control.name] = label
                head = W.HBox([name, label], layout=W.Layout(width="100%"))
                head.add_class("flywheel-slider-head")
                cell = W.VBox([head, slider], layout=W.Layout(width="100%"))
                cell.add_class("flywheel-slider-row")
                cells.append(cell)
            else:
                cells.append(slider)
            self.slider_cells[control.name] = cells[-1]
        for slider in self.sliders.values():
            slider.observe(self._on_change, names="value")
        header = [W.HTML(f"<h3>{html.escape(i18n.t(title))}</h3>")] if title else []
        self.slider_grid = W.GridBox(
            cells,
            layout=W.Layout(grid_template_columns=f"repeat(auto-fill, minmax({SLIDER_PX}px, 1fr))",
                            grid_gap="0 28px", width="100%"))
        self.controls_box = W.VBox(
            [self.slider_grid,
             W.HBox([self.reset_button, self.save_figure_button, self.save_numbers_button],
                    layout=W.Layout(flex_flow="row wrap")),
             self.saved_box],
            layout=W.Layout(width="100%"))
        self.controls_box.add_class("flywheel-controls")
        w = int(round(fig.bbox.width))
        self.picture_box = W.VBox([self.frames.image, self.readout_box],
                                  layout=W.Layout(width="100%", max_width=f"{w}px"))
        self.picture_box.add_class("flywheel-picture")
        # the browser says how many device pixels a CSS pixel has: the picture is drawn that
        # sharp (a HiDPI laptop), at the same size on screen
        self.screen = PixelRatio()
        self.screen.observe(self._on_pixel_ratio, names="ratio")
        self.widget = W.VBox(
            [W.HTML(_PANEL_CSS), *header, self.controls_box, self.picture_box,
             self.error_box, self.table_box, self.screen]
        )
        self.widget.add_class("flywheel-panel")
        self.update()
        self.update()   # the second run shows the frames which artists render moves

    def add_controls(self, widget) -> None:
        """Show ``widget`` (more controls of the lesson's own) right under the sliders."""
        children = list(self.controls_box.children)
        children.insert(1, widget)
        self.controls_box.children = tuple(children)

    # -- values -----------------------------------------------------------------------------
    @property
    def values(self) -> dict:
        """The sliders' current values, by parameter name."""
        return {name: s.value for name, s in self.sliders.items()}

    def set(self, **values) -> None:
        """Move sliders programmatically (one redraw for all), e.g. ``panel.set(reached=5000)``."""
        unknown = set(values) - set(self.sliders)
        if unknown:
            raise KeyError(f"unknown slider(s) {sorted(unknown)}; this panel has {list(self.sliders)}")
        self._muted = True
        try:
            for name, v in values.items():
                self.sliders[name].value = v
        finally:
            self._muted = False
        self.update()

    def reset(self) -> None:
        """Put every slider back to its default."""
        self.set(**{c.name: c.value for c in self.controls})

    # -- the callback ------------------------------------------------------------------------
    def _on_change(self, _change) -> None:
        if not self._muted:
            self.update()

    def _on_pixel_ratio(self, change) -> None:
        """The screen's density changed: draw the same picture with as many pixels (not a
        slider move: the model does not run)."""
        try:
            with self._lock:
                if self.frames.set_ratio(drawing_ratio(change["new"])):
                    with plotting.style_context(self.style):
                        self.frames.show()
        except Exception as exc:  # keep the picture the panel has; say why in the log
            self.last_error = exc

    def update(self) -> None:
        """Run the model, set the artists' data, show the picture. Errors are shown in the panel."""
        try:
            with self._lock:
                result = self.model(**self.fixed, **self.values)
                with plotting.style_context(self.style):
                    was_clean = self.frames.clean()
                    table = self.render(result)
                    if was_clean:
                        self.frames.learn()
                    self.frames.show()
        except Exception as exc:  # shown in the panel, never swallowed
            self.last_error = exc
            self.error_box.value = (
                "<div class='flywheel-error' style='color:#b00020;border:1px solid #b00020;"
                f"padding:6px'><b>{html.escape(i18n.t('common.error'))}:</b> "
                f"{html.escape(type(exc).__name__)}: {html.escape(str(exc))}"
                f"<pre style='font-size:80%'>{html.escape(traceback.format_exc(limit=3))}</pre></div>"
            )
            return
        self.last_error = None
        self.last_result = result
        self.updates += 1
        if self.error_box.value:
            self.error_box.value = ""
        if table is not None:
            self.table_box.value = table_html(table)
        if self.readout_fn is not None:
            self.readout_box.value = self.readout_fn(result)

    # -- exports ------------------------------------------------------------------------------
    def _stem(self) -> str:
        import re
        from datetime import datetime
        safe = re.sub(r"[^A-Za-z0-9_-]+", "_", self.name).strip("_") or "panel"
        return f"{safe}_{datetime.now():%Y%m%d-%H%M%S}"

    @staticmethod
    def _folder(folder):
        """``folder``, or ``<user folder>/exports`` — looked up only now, when something is
        saved (a read-only install builds every panel; only saving needs a folder)."""
        from pathlib import Path
        from flywheel_lib import userdir
        if folder is None:
            return userdir.user_dir("exports")
        return userdir.make_folder(Path(folder))

    def save_figure(self, folder=None) -> list:
        """Write the current figure as PNG and SVG (for slides); returns the paths.

        ``folder`` defaults to ``<user folder>/exports`` (see :mod:`flywheel_lib.userdir`). The
        files are named after the panel and the time; a second save in the same second gets
        ``-2``, ``-3`` …: a save never replaces an earlier one.
        """
        import io
        from flywheel_lib import userdir
        files = {}
        with plotting.style_context(self.style):
            for suffix, kw in ((".png", {"format": "png", "dpi": 200}), (".svg", {"format": "svg"})):
                buffer = io.BytesIO()
                self.fig.savefig(buffer, **kw)
                files[suffix] = buffer.getvalue()
        return userdir.write_numbered(self._folder(folder), self._stem(), files)

    def save_numbers(self, folder=None) -> list:
        """Write the numbers behind the current picture as CSV (for handouts); returns the path.

        Named like :meth:`save_figure`'s files. Text cells (and headers) that a spreadsheet
        would run as a formula get a leading ``'`` (:func:`flywheel_lib.userdir.neutralise_cell`).
        A panel built in German writes the file German spreadsheets open as they are: ``;``
        between columns, a decimal comma, UTF-8 with a byte-order mark (so Excel shows umlauts),
        and ``_de`` at the end of its name (``…_de.csv``) to say so.
        """
        import pandas as pd
        from flywheel_lib import userdir
        frame = self.numbers_fn(self.last_result) if self.numbers_fn else self.last_result
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"panel {self.name!r} has no table of numbers to save")
        safe = i18n.translate_columns(frame)
        safe = safe.set_axis([userdir.neutralise_cell(c) for c in safe.columns], axis=1)
        for i in range(safe.shape[1]):
            if not pd.api.types.is_numeric_dtype(safe.iloc[:, i]):
                safe.isetitem(i, safe.iloc[:, i].map(userdir.neutralise_cell))
        index = frame.index.name is not None
        if index and not pd.api.types.is_numeric_dtype(safe.index):
            safe.index = safe.index.map(userdir.neutralise_cell).rename(
                userdir.neutralise_cell(safe.index.name))
        if self.language == "de":
            data = safe.to_csv(index=index, sep=";", decimal=",").encode("utf-8-sig")
            return userdir.write_numbered(self._folder(folder), self._stem() + "_de",
                                          {".csv": data})
        data = safe.to_csv(index=index).encode("utf-8")
        return userdir.write_numbered(self._folder(folder), self._stem(), {".csv": data})

    def _report_saved(self, action) -> None:
        """Run a save and say in the panel what came of it: the files written, or what went
        wrong. A folder that cannot be written (no permission, a read-only file system, a full
        disk) or is not allowed (inside the kit, a relative ``FLYWHEEL_USER_DIR``) is named,
        with what to do, in the language the panel was built in. The panel itself — sliders,
        picture, numbers — stays as it is: a failed save loses nothing."""
        from flywheel_lib import userdir
        try:
            paths = action()
        except Exception as exc:  # shown, never swallowed
            problem = userdir.problem_of(exc)
            if problem is not None:
                text = problem.message(self.language)
            else:
                text = f"{type(exc).__name__}: {exc}"
            self.saved_box.value = (f"<span class='flywheel-error' style='color:#b00020'>"
                                    f"{html.escape(text)}</span>")
            return
        names = ", ".join(html.escape(str(p)) for p in paths)
        saved = i18n.t("common.saved", self.language)
        self.saved_box.value = f"<small>{html.escape(saved)} {names}</small>"

    def timed_update(self) -> float:
        """One update, returning its wall time in seconds (model, render, draw, PNG, send)."""
        start = time.perf_counter()
        self.update()
        return time.perf_counter() - start

    def _ipython_display_(self):
        from IPython.display import display
        display(self.widget)
