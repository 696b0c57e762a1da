"""The presenter dashboard: every lesson's panel in one place, large type, language switch.

``dashboard()`` returns a widget with a lesson picker (tabs), a language switch and the chosen
lesson's panel, built in the presenter style on first view. Every panel registered in
:mod:`flywheel_lib.panels` appears automatically.
"""
from __future__ import annotations

import ipywidgets as W

from flywheel_lib import i18n, lessons, panels
from flywheel_lib.ui import plotting


def _title(panel_id: str) -> str:
    """The tab's title: the lesson's number and title, or for a lesson's second panel
    (``"04_amazon_flywheel:map"``) its own short title (label ``lesson.04.tab_map``)."""
    stem, _, part = panel_id.partition(":")
    number = stem[:2]
    if part:
        key = f"lesson.{number}.tab_{part}"
        return i18n.t(key) if i18n.has(key) else panel_id
    key = f"lesson.{number}.title"
    return f"{number} {i18n.t(key)}" if i18n.has(key) else panel_id


class Dashboard:
    """Tabs of panels, built lazily in the presenter style, with an en/de switch."""

    def __init__(self, language: str | None = None, style: str = "presenter"):
        if language is not None:
            i18n.set_language(language)
        self.style = style
        self.ids = [pid for pid in panels.ids() if not pid.startswith("00_")]
        self.built: dict[tuple[str, str], object] = {}
        self.language = W.ToggleButtons(options=[("English", "en"), ("Deutsch", "de")],
                                        value=i18n.get_language())
        self.language.add_class("flywheel-language")
        self.tabs = W.Tab(children=[W.VBox() for _ in self.ids])
        self._retitle()
        self.tabs.observe(lambda _c: self.show(), names="selected_index")
        self.language.observe(self._switch_language, names="value")
        self.widget = W.VBox([self.language, self.tabs])
        self.widget.add_class("flywheel-dashboard")
        if self.ids:
            self.tabs.selected_index = 0
            self.show()

    def _retitle(self) -> None:
        for i, pid in enumerate(self.ids):
            self.tabs.set_title(i, _title(pid))

    def _switch_language(self, change) -> None:
        i18n.set_language(change["new"])
        self._retitle()
        self.show()

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
        """Put the selected lesson's panel into its tab."""
        index = self.tabs.selected_index
        if index is None or not self.ids:
            return
        self.tabs.children[index].children = [self.panel(self.ids[index]).widget]

    def _ipython_display_(self):
        from IPython.display import display
        display(self.widget)


def dashboard(language: str | None = None, style: str = "presenter") -> Dashboard:
    """The presenter dashboard (display it as the last line of a cell)."""
    return Dashboard(language=language, style=style)


def lesson_ids() -> list[str]:
    """Lesson stems that have a registered panel (for the README and the tests)."""
    return [lesson.stem for lesson in lessons.LESSONS if lesson.stem in panels.ids()]
