"""Every label exists in English and German, with the same placeholders, and every key used exists."""
import re
import string
from pathlib import Path

import pytest

import flywheel_lib as fw
from flywheel_lib import i18n


ROOT = Path(__file__).resolve().parent.parent
KEY = re.compile(r"""["']([a-z][a-z0-9_]*\.[a-z0-9_.]+)["']""")
NOT_KEYS = (".csv", ".json", ".mdl", ".py", ".ipynb", ".png", ".svg", ".tsv", ".md", ".html")


def _fields(text):
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


def test_table_reads_and_has_both_languages():
    rows = i18n.table()
    assert len(rows) > 50
    for key, row in rows.items():
        assert row["en"].strip(), f"{key}: English label is empty"
        assert row["de"].strip(), f"{key}: German label is empty"


def test_placeholders_agree_between_languages():
    for key, row in i18n.table().items():
        assert _fields(row["en"]) == _fields(row["de"]), f"{key}: placeholders differ"


def test_every_key_used_in_code_and_lessons_exists():
    prefixes = {k.split(".")[0] for k in i18n.table()}
    # (CONTRIBUTING's add-a-panel example and the tests' toy panels count as users too)
    files = [*ROOT.glob("flywheel_lib/**/*.py"), *ROOT.glob("notebooks/src/*.py"),
             *ROOT.glob("tests/*.py"), *ROOT.glob("CONTRIBUTING.md")]
    missing = []
    for file in files:
        for key in KEY.findall(file.read_text(encoding="utf-8")):
            if key.split(".")[0] in prefixes and not key.endswith(NOT_KEYS) and not i18n.has(key):
                missing.append(f"{file.relative_to(ROOT)}: {key}")
    assert not missing, "labels missing from labels.tsv:\n" + "\n".join(missing)


def test_every_label_is_used():
    """A label nobody shows is a translation nobody checks: each key appears in the code or the
    lessons, literally or under a prefix that the code completes (``f"inbound.col.{column}"``)."""
    # (CONTRIBUTING's add-a-panel example and the tests' toy panels count as users too)
    files = [*ROOT.glob("flywheel_lib/**/*.py"), *ROOT.glob("notebooks/src/*.py"),
             *ROOT.glob("tests/*.py"), *ROOT.glob("CONTRIBUTING.md")]
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    literal = set(re.findall(r"[\"']([A-Za-z0-9_.:]+)[\"']", text))
    prefixes = set(re.findall(r"f[\"']([A-Za-z0-9_.]+)\{", text)) | {"col."}
    unused = [k for k in i18n.table()
              if k not in literal and not any(k.startswith(p) for p in prefixes)]
    assert not unused, f"labels that nothing shows (remove them or use them): {unused}"


def test_switching_language():
    assert fw.set_language("de") == "de"
    assert fw.t("common.reset") == "Zurücksetzen"
    assert fw.set_language("EN") == "en"
    assert fw.t("common.reset") == "Reset"
    assert fw.t("common.reset", "de") == "Zurücksetzen"


@pytest.mark.parametrize("bad", ["fr", "", None, 3])
def test_bad_language_names_the_choices(bad):
    with pytest.raises(ValueError, match="language must be one of en, de"):
        fw.set_language(bad)
    assert fw.get_language() == "en"


def test_unknown_key_is_named():
    with pytest.raises(KeyError, match="no label 'no.such.key'"):
        fw.t("no.such.key")


def test_style_switch_and_bad_style():
    from flywheel_lib.ui import plotting
    assert fw.set_style("presenter") == "presenter"
    big = plotting.rc_params()["font.size"]
    fw.set_style("default")
    assert big > plotting.rc_params()["font.size"]
    with pytest.raises(ValueError, match="style must be one of default, presenter"):
        fw.set_style("huge")
