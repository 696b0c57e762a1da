"""Every panel saves its figure (PNG, SVG) and its numbers (CSV) into the user's folder."""
from pathlib import Path

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
        assert csv.stem.endswith("_de"), "the file name says it is for German spreadsheets"
        text = csv.read_text(encoding="utf-8-sig")
        assert "Stufe" in text.splitlines()[0]
        assert ";" in text.splitlines()[0] and "," not in text.splitlines()[0]
        german = pd.read_csv(csv, sep=";", decimal=",", encoding="utf-8-sig")
        english = panel.numbers_fn(panel.last_result) if panel.numbers_fn else panel.last_result
        numeric = english.select_dtypes("number")
        assert numeric.shape[1] > 0
        # the same numbers, read back the German way (a decimal comma, no thousands mark)
        for k, column in enumerate(english.columns):
            if column in numeric.columns:
                assert german.iloc[:, k].astype(float).tolist() == pytest.approx(
                    english[column].astype(float).tolist())
    finally:
        plt.close(panel.fig)
        fw.set_language("en")


@pytest.mark.parametrize("inside", ["package", "package/sub", "packaged data", "checkout data",
                                    "checkout data/exports", "relative to the package"])
def test_user_folder_never_inside_the_kit(monkeypatch, inside):
    from flywheel_lib import data
    package = Path(userdir.__file__).resolve().parent
    folder = {"package": package, "package/sub": package / "sub",
              "packaged data": data.PACKAGED, "checkout data": data.CHECKOUT,
              "checkout data/exports": data.CHECKOUT / "exports",
              "relative to the package": "."}[inside]
    if inside == "relative to the package":
        monkeypatch.chdir(package)
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(folder))
    with pytest.raises(ValueError, match="FLYWHEEL_USER_DIR") as info:
        userdir.user_dir("exports")
    assert "inside the kit" in str(info.value)
    assert not (package / "exports").exists() and not (package / "sub").exists()


@pytest.mark.parametrize("language, words", [("en", "a relative path"),
                                             ("de", "ein relativer Pfad")])
def test_relative_user_folder_is_refused(monkeypatch, tmp_path, language, words):
    """Where a relative FLYWHEEL_USER_DIR points depends on the folder a kernel starts in (often
    the kit's own notebooks): it is refused with the variable named, and nothing is made."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FLYWHEEL_USER_DIR", "mine/../me")
    fw.set_language(language)
    with pytest.raises(userdir.NotAbsolute, match="FLYWHEEL_USER_DIR") as info:
        userdir.user_dir("exports")
    assert words in str(info.value) and "%env FLYWHEEL_USER_DIR=" in str(info.value)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "mine" / ".." / "me"))
    folder = userdir.user_dir("exports")
    assert folder.is_absolute() and folder == tmp_path / "me" / "exports" and folder.is_dir()


def test_saves_in_one_second_never_overwrite_each_other(user_folder):
    panel = panels.build("01_aida")
    try:
        figures = [panel.save_figure() for _ in range(4)]
        numbers = [panel.save_numbers()[0] for _ in range(6)]
        for _ in range(3):
            panel.save_numbers_button.click()
            panel.save_figure_button.click()
    finally:
        plt.close(panel.fig)
    files = list((user_folder / "exports").iterdir())
    assert len(files) == 4 * 2 + 6 + 3 * 3                      # every save kept
    assert len({p.name for p in files}) == len(files)
    assert all(png.stem == svg.stem for png, svg in figures)    # a figure's pair shares a name
    stems = [p.stem for p in numbers]
    assert stems[1] == stems[0] + "-2" or stems[1].rsplit("_", 1)[0] != stems[0].rsplit("_", 1)[0]
    assert not [p for p in files if p.name.startswith(".")]    # no temporary file left


def test_numbers_csv_neutralises_formulas(user_folder):
    from flywheel_lib.models import own_flywheel as io
    names = ["=1+1", "@SUM(1+1)", "+x", "-x", "plain"]
    wheel = io.from_table("f", names, [(names[i], names[(i + 1) % 5], "+", 0.3)
                                       for i in range(5)])
    panel = panels.build("09_build_your_own", flywheel=wheel)
    try:
        (path,) = panel.save_numbers()
    finally:
        plt.close(panel.fig)
    import csv
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[0][1:] == ["'=1+1", "'@SUM(1+1)", "'+x", "'-x", "plain"]
    for row in rows[1:]:
        for cell in row:
            float(cell)          # numbers stay numbers (a -0.9 is not neutralised)


def test_neutralised_text_cells_and_headers():
    frame = pd.DataFrame({"=a": ["=b", "-0.9", "-x", "\tt", "ok"], "v": [-0.9, 1, 2, 3, 4]})
    from flywheel_lib.ui.panel import Panel
    fake = type("P", (), {"numbers_fn": None, "last_result": frame, "name": "t", "language": "en",
                          "_stem": lambda self: "t", "_folder": staticmethod(lambda f: f)})()
    (path,) = Panel.save_numbers(fake, folder=user_tmp())
    text = path.read_text(encoding="utf-8").splitlines()
    assert text == ["'=a,v", "'=b,-0.9", "-0.9,1.0", "'-x,2.0", "'\tt,3.0", "ok,4.0"]
    fake.language = "de"
    (path,) = Panel.save_numbers(fake, folder=user_tmp())
    text = path.read_text(encoding="utf-8-sig").splitlines()
    assert text == ["'=a;v", "'=b;-0,9", "-0.9;1,0", "'-x;2,0", "'\tt;3,0", "ok;4,0"]


def user_tmp():
    import tempfile
    return Path(tempfile.mkdtemp())


# -- a read-only install: every panel builds, and saving says what to do ------------------------

def unwritable(tmp_path) -> Path:
    """A folder nobody may create: under a plain file (even root cannot), or read-only."""
    import os
    if os.geteuid() == 0:              # root writes into read-only folders
        blocker = tmp_path / "a_file"
        blocker.write_text("not a folder")
        return blocker / "home"
    folder = tmp_path / "read_only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize("language, words", [("en", "Could not write"),
                                             ("de", "Konnte nicht in den Ordner")])
@pytest.mark.parametrize("variable", ["FLYWHEEL_USER_DIR", "HOME"])
def test_read_only_home_builds_and_says_where_it_cannot_save(tmp_path, monkeypatch, language,
                                                             words, variable):
    import os
    blocked = unwritable(tmp_path)
    monkeypatch.setenv("HOME", str(blocked))
    if variable == "HOME":
        monkeypatch.delenv("FLYWHEEL_USER_DIR", raising=False)
    else:
        monkeypatch.setenv("FLYWHEEL_USER_DIR", str(blocked / "kit"))
    calls = []
    real = userdir.user_dir
    monkeypatch.setattr(userdir, "user_dir", lambda *a: calls.append(a) or real(*a))
    fw.set_language(language)
    panel = panels.build("09_build_your_own")
    try:
        assert panel.last_error is None and calls == []        # built without a user folder
        for button in (panel.save_numbers_button, panel.save_figure_button):
            button.click()
            message = panel.saved_box.value
            assert words in message and "FLYWHEEL_USER_DIR" in message, message
            assert html_escape(str(blocked)) in message
    finally:
        plt.close(panel.fig)
        if blocked.parent.name == "read_only" or blocked.name == "read_only":
            os.chmod(blocked, 0o755)
    assert calls == [("exports",), ("exports",)]
    with pytest.raises(userdir.NotWritable, match="FLYWHEEL_USER_DIR"):
        from flywheel_lib.models import own_flywheel as io
        io.save(panel.flywheel)


def html_escape(text):
    import html
    return html.escape(text)


def test_importing_the_kit_makes_no_folder(tmp_path):
    import os
    import subprocess
    import sys
    blocked = unwritable(tmp_path)
    env = {**os.environ, "HOME": str(blocked), "FLYWHEEL_USER_DIR": str(blocked / "kit"),
           "MPLCONFIGDIR": str(tmp_path / "mpl")}
    code = ("import flywheel_lib, flywheel_lib.userdir as u\n"
            "from flywheel_lib import panels\n"
            "from flywheel_lib.models import own_flywheel\n"
            "panels.ids()\n"
            "def boom(*a): raise SystemExit('user_dir called at import: ' + repr(a))\n"
            "u.user_dir = boom\n"
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
