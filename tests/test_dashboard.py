"""The presenter dashboard holds every lesson's panel, in presenter style, in both languages."""
import matplotlib.pyplot as plt

from flywheel_lib import i18n, panels
from flywheel_lib.ui import plotting
from flywheel_lib.ui.dashboard import dashboard


def test_every_lesson_panel_has_a_tab_and_builds_in_presenter_style():
    d = dashboard(language="en")
    try:
        expected = [pid for pid in panels.ids() if not pid.startswith("00_")]
        assert d.ids == expected and len(d.tabs.children) == len(expected)
        for i, pid in enumerate(d.ids):
            d.tabs.selected_index = i
            panel = d.panel(pid)
            assert d.tabs.children[i].children == (panel.widget,)
            assert panel.last_error is None
            plain = panels.build(pid)
            assert panel.fig.get_size_inches()[0] > plain.fig.get_size_inches()[0]
            plt.close(plain.fig)
        assert plotting.get_style() == "default", "the dashboard must not leak its style"
    finally:
        for p in d.built.values():
            plt.close(p.fig)


def test_language_switch_rebuilds_labels_in_german():
    d = dashboard(language="en")
    try:
        d.tabs.selected_index = 0
        english = d.panel(d.ids[0])
        d.language.value = "de"
        german = d.panel(d.ids[0])
        assert german is not english
        control = german.controls[0]
        assert next(iter(german.sliders.values())).description.startswith(i18n.t(control.label, "de"))
        assert d.tabs.get_title(0).endswith(i18n.t(f"lesson.{d.ids[0][:2]}.title", "de"))
    finally:
        i18n.set_language("en")
        for p in d.built.values():
            plt.close(p.fig)


def test_tab_titles_are_distinct_in_both_languages():
    from flywheel_lib import i18n
    from flywheel_lib.ui import dashboard
    for language in ("en", "de"):
        i18n.set_language(language)
        titles = [dashboard._title(pid) for pid in dashboard.Dashboard().ids]
        assert len(set(titles)) == len(titles), f"{language}: repeated tab titles {titles}"
    i18n.set_language("en")
