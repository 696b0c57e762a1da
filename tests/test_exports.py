"""Every panel saves its figure (PNG, SVG) and its numbers (CSV) into the user's folder."""
import matplotlib.pyplot as plt
import pandas as pd
import pytest

import flywheel_lib as fw
from flywheel_lib import panels, userdir


ROOT = userdir.SHIPPED


@pytest.fixture
def user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "me"))
    return tmp_path / "me"


@pytest.mark.parametrize("panel_id", panels.ids())
def test_panel_saves_figure_and_numbers(panel_id, user_folder):
    panel = panels.build(panel_id)
    try:
        png, svg = panel.save_figure()
        assert png.parent == user_folder / "exports"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
        (csv,) = panel.save_numbers()
        frame = pd.read_csv(csv)
        assert len(frame) > 0 and len(frame.columns) > 1
    finally:
        plt.close(panel.fig)


def test_buttons_report_the_saved_files_in_german(user_folder):
    fw.set_language("de")
    panel = panels.build("01_aida")
    try:
        panel.save_numbers_button.click()
        assert "Gespeichert:" in panel.saved_box.value
        (csv,) = (user_folder / "exports").glob("*.csv")
        assert "Stufe" in csv.read_text(encoding="utf-8").splitlines()[0]
    finally:
        plt.close(panel.fig)


def test_user_folder_never_inside_shipped_data(monkeypatch):
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(ROOT / "data"))
    with pytest.raises(ValueError, match="inside the shipped data folder"):
        userdir.user_dir("exports")
