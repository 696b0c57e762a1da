"""The presenter dashboard: every lesson's panel in one place, large type, language switch.

``dashboard()`` returns a widget with a slim header — a lesson picker (a drop-down that shows
every lesson's name in full) and a language switch — over the chosen lesson's panel, built in the
presenter style on first view. Every panel registered in
:mod:`flywheel_lib.panels` appears automatically.
"""
from __future__ import annotations

import html

import ipywidgets as W

from flywheel_lib import i18n, lessons, panels
from flywheel_lib.ui import plotting


def _title(panel_id: str) -> str:
    """The picker's entry: the lesson's number and title, or for a lesson's second panel
    (``"04_amazon_flywheel:map"``) its own short title (label ``lesson.04.tab_map``)."""
    stem, _, part = panel_id.partition(":")
    number = stem[:2]
    if part:
        key = f"lesson.{number}.tab_{part}"
        return i18n.t(key) if i18n.has(key) else panel_id
    key = f"lesson.{number}.title"
    return f"{number} {i18n.t(key)}" if i18n.has(key) else panel_id


#: The presenter style of the page: widget text of 18 px and more (readable from the back of a
#: room), through the CSS variables that ipywidgets' own styles read.
_PRESENTER_CSS = (
    "<style>"
    ".flywheel-dashboard.flywheel-presenter{--jp-widgets-font-size:18px;"
    "--jp-widgets-inline-width:100%;font-size:18px}"
    ".flywheel-presenter .widget-html-content,.flywheel-presenter .widget-label,"
    ".flywheel-presenter .widget-readout,.flywheel-presenter button,"
    ".flywheel-presenter select{font-size:18px!important}"
    ".flywheel-presenter h3{font-size:22px;margin:4px 0}"
    ".flywheel-presenter .flywheel-lesson-picker{height:44px!important}"
    ".flywheel-presenter .flywheel-lesson-picker select{font-size:20px!important;"
    "height:42px!important;font-weight:bold}"
    # in Voilà the page is the slide: the notebook's navigation, title and prose stay in JupyterLab
    "body[data-voila]:has(.flywheel-presenter) .jp-Cell:not(:has(.flywheel-dashboard))"
    "{display:none}"
    # a slide: the controls in a column on the left, the picture beside them as large as the
    # screen's height allows (its aspect kept), the readout under the picture
    ".flywheel-presenter .flywheel-panel{display:grid!important;"
    "grid-template-columns:minmax(260px,400px) minmax(0,1fr);column-gap:20px;"
    "align-items:start}"
    ".flywheel-presenter .flywheel-panel>*{grid-column:1/-1}"
    ".flywheel-presenter .flywheel-panel>.flywheel-controls{grid-column:1}"
    ".flywheel-presenter .flywheel-panel>.flywheel-picture{grid-column:2;max-width:100%!important}"
    # the picture fills its column (a full-HD screen enlarges it) up to the screen's height
    ".flywheel-presenter img.flywheel-figure{width:100%!important;max-width:100%!important;"
    "height:auto!important;max-height:calc(100vh - 230px);object-fit:contain;"
    "object-position:left top}"
    # the numbers table is for the notebook: on a slide the picture carries the numbers
    ".flywheel-presenter .flywheel-panel>.flywheel-table-box{display:none!important}"
    ".flywheel-presenter{--jp-widgets-inline-height:30px}"
    ".flywheel-presenter .flywheel-picture .widget-html-content{line-height:1.22!important}"
    # the picker above names the lesson: the panel's own heading would only push the picture down
    ".flywheel-presenter .flywheel-panel h3{display:none}"
    "</style>")


class Dashboard:
    """A slim header (lesson picker, language switch) over the chosen lesson's panel; panels are
    built on first view, in the presenter style, once per language."""

    def __init__(self, language: str | None = None, style: str = "presenter"):
        if language is not None:
            i18n.set_language(language)
        self.style = style
        self.ids = [pid for pid in panels.ids() if not pid.startswith("00_")]
        self.built: dict[tuple[str, str], object] = {}
        self.language = W.ToggleButtons(options=[("English", "en"), ("Deutsch", "de")],
                                        value=i18n.get_language(),
                                        style={"button_width": "auto"})
        self.language.add_class("flywheel-language")
        self.picker = W.Dropdown(options=self._options(), value=self.ids[0] if self.ids else None,
                                 layout=W.Layout(width="460px", max_width="100%"))
        self.picker.add_class("flywheel-lesson-picker")
        self._muted = False
        self.body = W.Box(layout=W.Layout(width="100%"))
        self.picker.observe(lambda _c: None if self._muted else self.show(), names="value")
        self.language.observe(self._switch_language, names="value")
        header = W.HBox([self.picker, self.language],
                        layout=W.Layout(flex_flow="row wrap", align_items="center",
                                        justify_content="space-between", margin="0 0 8px 0"))
        header.add_class("flywheel-dashboard-header")
        css = [W.HTML(_PRESENTER_CSS)] if style == "presenter" else []
        self.widget = W.VBox([*css, header, self.body])
        self.widget.add_class("flywheel-dashboard")
        self.widget.add_class(f"flywheel-{style}")
        self.show()

    def _options(self) -> list:
        return [(_title(pid), pid) for pid in self.ids]

    def _switch_language(self, change) -> None:
        chosen = self.picker.value
        # the panel on screen, whose slider positions the other language's panel takes over
        shown = self.built.get((chosen, change["old"])) if chosen is not None else None
        i18n.set_language(change["new"])
        self._muted = True           # new titles, same lesson
        try:
            self.picker.options = self._options()
            self.picker.value = chosen
        finally:
            self._muted = False
        self.show()
        if shown is not None and chosen is not None:
            now = self.built.get((chosen, change["new"]))
            if now is not None and now is not shown and now.values != shown.values:
                now.set(**shown.values)   # same picture, new words: nothing the talk set is lost

    def select(self, panel_id: str) -> None:
        """Show the panel ``panel_id`` (as picking it in the header does)."""
        if panel_id not in self.ids:
            raise ValueError(f"panel_id must be one of {', '.join(self.ids)}; got {panel_id!r}")
        self.picker.value = panel_id

    def panel(self, panel_id: str):
        """The panel for ``panel_id`` in the current language (built once, then reused)."""
        key = (panel_id, i18n.get_language())
        if key not in self.built:
            previous = plotting.get_style()
            plotting.set_style(self.style)
            try:
                self.built[key] = panels.build(panel_id)
            finally:
                plotting.set_style(previous)
        return self.built[key]

    def show(self) -> None:
        """Show the picked lesson's panel under the header."""
        if self.picker.value is None:
            return
        try:
            self.body.children = [self.panel(self.picker.value).widget]
        except Exception as exc:      # on stage: say what failed, keep the page working
            message = html.escape(f"{type(exc).__name__}: {exc}")
            box = W.HTML(f"<div class='flywheel-error'><b>{html.escape(self.picker.label)}"
                         f"</b>: {message}</div>")
            self.body.children = [box]

    def _ipython_display_(self):
        from IPython.display import display
        display(self.widget)


def dashboard(language: str | None = None, style: str = "presenter") -> Dashboard:
    """The presenter dashboard (display it as the last line of a cell)."""
    return Dashboard(language=language, style=style)


def lesson_ids() -> list[str]:
    """Lesson stems that have a registered panel (for the README and the tests)."""
    return [lesson.stem for lesson in lessons.LESSONS if lesson.stem in panels.ids()]
