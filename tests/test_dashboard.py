"""The presenter dashboard holds every lesson's panel, in presenter style, in both languages."""
import matplotlib.pyplot as plt

from flywheel_lib import i18n, panels
from flywheel_lib.ui import plotting
from flywheel_lib.ui.dashboard import dashboard


def test_every_lesson_panel_can_be_picked_and_builds_in_presenter_style():
    d = dashboard(language="en")
    try:
        expected = [pid for pid in panels.ids() if not pid.startswith("00_")]
        assert d.ids == expected and [v for _, v in d.picker.options] == expected
        for pid in d.ids:
            d.select(pid)
            panel = d.panel(pid)
            assert d.body.children == (panel.widget,)
            assert panel.last_error is None
            plain = panels.build(pid)
            # the presenter style: larger type and thicker lines in a figure of the same size
            sizes = [[t.get_fontsize() for ax in p.fig.axes for t in ax.get_xticklabels()]
                     for p in (panel, plain)]
            if sizes[1]:
                assert min(sizes[0]) > max(sizes[1]), pid
            plt.close(plain.fig)
        assert plotting.get_style() == "default", "the dashboard must not leak its style"
    finally:
        for p in d.built.values():
            plt.close(p.fig)


def test_language_switch_rebuilds_labels_in_german():
    d = dashboard(language="en")
    try:
        d.select(d.ids[1])
        english = d.panel(d.ids[1])
        d.language.value = "de"
        assert d.picker.value == d.ids[1], "a language switch keeps the lesson shown"
        german = d.panel(d.ids[1])
        assert d.body.children == (german.widget,)
        assert german is not english
        control = german.controls[0]
        assert next(iter(german.sliders.values())).description.startswith(i18n.t(control.label, "de"))
        assert d.picker.options[0][0].endswith(i18n.t(f"lesson.{d.ids[0][:2]}.title", "de"))
    finally:
        i18n.set_language("en")
        for p in d.built.values():
            plt.close(p.fig)


def test_language_switch_keeps_the_slider_positions():
    """A presenter who moved sliders and switches language sees the same picture, relabelled."""
    d = dashboard(language="en")
    try:
        pid = next(p for p in d.ids if p.startswith("03_"))
        d.select(pid)
        english = d.panel(pid)
        moved = {c.name: c.max for c in english.controls[:2]}
        english.set(**moved)
        d.language.value = "de"
        german = d.panel(pid)
        assert german is not english
        assert {k: german.values[k] for k in moved} == moved
        for name, value in moved.items():   # and the German value beside the track says so
            control = next(c for c in german.controls if c.name == name)
            assert german.value_labels[name].value == control.readout_text(value, "de")
        d.language.value = "en"
        assert d.panel(pid) is english and english.values == german.values
    finally:
        i18n.set_language("en")
        for p in d.built.values():
            plt.close(p.fig)


def test_lesson_titles_are_distinct_in_both_languages():
    from flywheel_lib import i18n
    from flywheel_lib.ui import dashboard
    for language in ("en", "de"):
        i18n.set_language(language)
        titles = [dashboard._title(pid) for pid in dashboard.Dashboard().ids]
        assert len(set(titles)) == len(titles), f"{language}: repeated lesson titles {titles}"
    i18n.set_language("en")


def test_picking_an_unknown_lesson_names_the_choices():
    import pytest
    d = dashboard(language="en")
    with pytest.raises(ValueError, match="panel_id must be one of 01_aida"):
        d.select("99_nothing")
    for p in d.built.values():
        plt.close(p.fig)


def test_a_panel_that_fails_to_build_shows_an_error_and_the_picker_still_works(monkeypatch):
    d = dashboard(language="en")
    real = panels.build

    def broken(panel_id, **kwargs):
        if panel_id == d.ids[2]:
            raise ValueError("broken on purpose")
        return real(panel_id, **kwargs)

    monkeypatch.setattr(panels, "build", broken)
    try:
        d.select(d.ids[2])
        shown = d.body.children[0].value
        assert "flywheel-error" in shown and "broken on purpose" in shown
        d.select(d.ids[1])
        assert d.body.children == (d.panel(d.ids[1]).widget,)
    finally:
        for p in d.built.values():
            plt.close(p.fig)
