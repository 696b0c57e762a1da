"""Shipped data loads from any folder; malformed files get errors naming file, column and line."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flywheel_lib import data


ROOT = Path(__file__).resolve().parent.parent
GOOD = "campaign,channel,reached,attention,interest,desire,action\na,x,100,50,20,10,1\n"


@pytest.mark.parametrize("name", data.available())
def test_every_data_set_loads_and_validates(name):
    frame = data.load(name)
    assert len(frame) > 0
    assert list(frame.columns) == list(data.SCHEMAS[name].columns)


def test_load_is_independent_of_working_directory(tmp_path):
    code = "from flywheel_lib import data; print(len(data.load('aida_campaigns')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == str(len(data.load("aida_campaigns")))


def test_every_csv_is_described_with_its_source():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for csv in (ROOT / "data").glob("*.csv"):
        assert f"`{csv.name}`" in readme, f"data/README.md does not describe {csv.name}"
        assert csv.stem in data.SCHEMAS, f"{csv.name} has no schema in flywheel_lib.data.SCHEMAS"


def test_invented_data_is_reproducible_from_its_script(tmp_path):
    """Re-running the generator with its seed gives the shipped file bit for bit."""
    sys.path.insert(0, str(ROOT / "data"))
    try:
        import make_invented_data as gen
    finally:
        sys.path.pop(0)
    import numpy as np
    frame = gen.aida_campaigns(np.random.default_rng(gen.SEED))
    frame.to_csv(tmp_path / "a.csv", index=False)
    assert (tmp_path / "a.csv").read_bytes() == (ROOT / "data" / "aida_campaigns.csv").read_bytes()


def _write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "campaigns.csv"
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


@pytest.mark.parametrize("text, pattern", [
    ("", "campaigns.csv: the file is empty"),
    ("campaign,channel,reached,attention,interest,desire,action\n", "no data rows"),
    (GOOD.replace(",action", ""), "missing column.*action"),
    (GOOD.replace("action\n", "action,extra\n").replace(",1\n", ",1,9\n"), "unexpected column.*extra"),
    (GOOD.replace(",100,", ",lots,"), "column reached, line 2: 'lots' is not a finite number"),
    (GOOD.replace(",100,", ",100.5,"), "column reached, line 2: '100.5' is not a whole number"),
    (GOOD.replace(",100,", ",-100,"), "column reached, line 2"),
    (GOOD.replace(",20,", ",70,"), "column interest, line 2: 70 exceeds attention"),
    (GOOD.replace("a,x", ",x"), "column campaign, line 2: empty"),
    (GOOD + "a,y,10,5,2,1,0\n", "column campaign, line 3: 'a' appears twice"),
    (GOOD.replace(",100,", ",nan,"), "column reached, line 2"),
])
def test_malformed_files_name_file_column_and_line(tmp_path, text, pattern):
    with pytest.raises(ValueError, match=pattern):
        data.load("aida_campaigns", path=_write(tmp_path, text))


def test_wrong_encoding_is_named(tmp_path):
    path = _write(tmp_path, GOOD.replace("a,x", "Ä,x").encode("utf-16"))
    with pytest.raises(ValueError, match="campaigns.csv, line 1: not UTF-8 but UTF-16"):
        data.load("aida_campaigns", path=path)


def test_missing_file_and_unknown_name():
    with pytest.raises(FileNotFoundError, match=re.escape("nope.csv")):
        data.load("aida_campaigns", path="nope.csv")
    with pytest.raises(KeyError, match="unknown data set 'nope'; available: "):
        data.load("nope")


def test_env_variable_moves_the_data_folder(tmp_path, monkeypatch):
    (tmp_path / "aida_campaigns.csv").write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("FLYWHEEL_KIT_DATA", str(tmp_path))
    assert data.load("aida_campaigns")["reached"].tolist() == [100]
