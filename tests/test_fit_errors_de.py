"""Lesson 11's errors about a learner's counts in German as well as English.

Every :class:`~flywheel_lib.data.DataError` that :mod:`flywheel_lib.fit` raises for a learner's
file or counts carries a label key (``fit.err.…`` in ``labels.tsv``), its values and its place:
``err.message("de")`` says in German where and what is wrong, ``str(err)`` (=
``message("en")``) stays the English message that tests/test_fit.py compares. The lesson-11
panel shows the message in the language it was built in.
"""
import ast
import copy
import datetime
import re
import string
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import flywheel_lib as fw
from flywheel_lib import data, fit, i18n, panels
from flywheel_lib.data import DataError

ROOT = Path(__file__).resolve().parent.parent
FIT = ROOT / "flywheel_lib" / "fit.py"
DATA = ROOT / "flywheel_lib" / "data.py"

G = "Monat;Neue Interessenten;Neue Kunden;Neue Fürsprecher\n"
E = "month,new_prospects,new_customers,new_promoters\n"


def german_rows(months=12, start=1):
    return "".join(f"{m};{100 + 5 * m};{10 + m};{m // 3}\n" for m in range(start, months + 1))


def english_rows(months=12):
    return "".join(f"{m},{100 + 5 * m},{10 + m},{m // 3}\n" for m in range(1, months + 1))


@pytest.fixture(autouse=True)
def english_again():
    fw.set_language("en")
    yield
    fw.set_language("en")


def upload_error(content) -> DataError:
    """The error of reading ``content`` (text or bytes) as the panel does, and fitting it."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    with pytest.raises(DataError) as info:
        fit.inbound(fit.read_counts(raw))
    return info.value


def frame_error(frame) -> DataError:
    with pytest.raises(DataError) as info:
        fit.inbound(frame)
    return info.value


def good_frame(months=12) -> pd.DataFrame:
    return pd.DataFrame({"Monat": range(1, months + 1),
                         "Neue Interessenten": [100.0 + 5 * m for m in range(months)],
                         "Neue Kunden": [10.0 + m for m in range(months)],
                         "Neue Fürsprecher": [float(m // 3) for m in range(months)]})


#: English words that must not be left in a German message (outside quoted names: the learner's
#: column names and cells, and the accepted English header names the message lists); "Text" and
#: "Byte" are German words too
ENGLISH = re.compile(r"\b(column|columns|month|months|line|lines|period|periods|expected|"
                     r"negative|not a number|number|empty|cells?|header|file|uploaded|counts|"
                     r"the|is|are|at least|at most|every|needed|found|accepted|names|no|none|"
                     r"adopters|fit|fitted|larger|small|save|market|people|must|got|"
                     r"in all|more than|appears|twice|keep|both|mean)\b", re.IGNORECASE)
#: quoted parts: the learner's column names („…“), cells and reprs ('…'), Python code
QUOTED = re.compile(r"„[^“]*“|'[^']*'|params=InboundParams\([^)]*\)")
#: the accepted English header names listed after "möglich sind diese Namen — "
ACCEPTED = re.compile(r"— .*?\(gefunden: [^)]*\)")


def english_left(text: str) -> list[str]:
    return ENGLISH.findall(ACCEPTED.sub(" ", QUOTED.sub(" ", text)))


def check_german(err: DataError, says) -> str:
    german = err.message("de")
    for words in says:
        assert words in german, (words, german)
    assert not english_left(german), (english_left(german), german)
    assert err.message("en") == str(err), "English is str(err)"
    assert german != str(err)
    assert fit_key(err.key), err.key
    return german


# -- a learner's file, as the lesson-11 panel reads it (bytes → read_counts → inbound) ----------
UPLOAD_CASES = [
    ("too_few_months", G + german_rows(5),
     ["Hochgeladene Datei", "Spalte „Neue Interessenten“", "Nur 5 Monate", "mindestens 6"]),
    ("negative_count", G + german_rows(8) + "9;140;-3;2\n",
     ["Hochgeladene Datei", "Spalte „Neue Kunden“", "Zeile 10", "-3 ist negativ",
      "Anzahl ≥ 0"]),
    ("negative_decimal", G + german_rows(8) + "9;140;-2,5;2\n",
     ["Spalte „Neue Kunden“", "Zeile 10", "-2,5 ist negativ", "≥ 0"]),
    ("text_in_a_number_column", G + german_rows(3) + "4;zehn;12;1\n",
     ["Hochgeladene Datei", "Spalte „Neue Interessenten“", "Zeile 5", "'zehn' ist keine Zahl",
      "120 oder 1.234 oder 2,5"]),
    ("german_csv_empty_cell", G + "1;100;;0\n" + german_rows(8, start=2),
     ["Spalte „Neue Kunden“", "Zeile 2", "Die Zelle ist leer", "nötig ist eine Zahl"]),
    ("english_csv_bad_cell", E + "1,100,zwölf,0\n",
     ["Spalte „new_customers“", "Zeile 2", "'zwölf' ist keine Zahl", "eine Anzahl wie 120"]),
    ("all_zeros", G + "".join(f"{m};100;10;0\n" for m in range(1, 13)),
     ["Spalte „Neue Fürsprecher“", "In jedem Monat steht 0", "über 0"]),
    ("missing_column", "Monat;Neue Interessenten;Neue Kunden\n"
     + "".join(f"{m};100;10\n" for m in range(1, 13)),
     ["Zahlen: Keine Spalte für Neue Fürsprecher", "Neue Fürsprecher: new_promoters",
      "neue_fuersprecher", "gefunden: Monat, Neue Interessenten, Neue Kunden",
      "Groß- und Kleinschreibung"]),
    ("two_columns_mean_the_same", "Monat;Neue Kunden;Kunden;Interessenten;Fürsprecher\n"
     + "".join(f"{m};1;2;3;4\n" for m in range(1, 9)),
     ["Die Spalten 'Neue Kunden' und 'Kunden'", "„Neue Kunden“", "behalte eine"]),
    ("empty_file", "", ["Hochgeladene Datei", "Die Datei ist leer", "Kopfzeile"]),
    ("blank_lines_only", "\n \n", ["Die Datei ist leer"]),
    ("header_only", G, ["Keine Datenzeilen unter der Kopfzeile", "pro Periode"]),
    ("column_without_name", "Monat;Neue Kunden;;Neue Fürsprecher\n1;2;3;4\n",
     ["Zeile 1", "Spalte 3 hat keinen Namen", "Überschrift"]),
    ("column_twice", "Monat;Kunden;Kunden\n1;2;3\n",
     ["Zeile 1", "Die Spalte 'Kunden' kommt zweimal vor"]),
    ("row_too_short", G + "1;100;10\n",
     ["Zeile 2", "3 Zellen, aber die Kopfzeile hat 4 Spalten", "';'"]),
    ("unclosed_quote", G + '1;"100;10;1\n', ["Zeile 2", "Offenes Anführungszeichen"]),
    ("too_many_prospects", G + "".join(f"{m};200000;10;1\n" for m in range(1, 13)),
     ["Insgesamt 2.400.000 neue Interessenten", "1.000.000 Menschen", "gib deinen Markt an"]),
    ("utf16", (G + german_rows()).encode("utf-16"),
     ["Hochgeladene Datei, Zeile 1", "UTF-16", "speichere die Datei als UTF-8"]),
    # a Windows-1252 file (German Excel's plain CSV) is read as that: its text cell is named
    ("latin1", (G + german_rows(3) + "4;100;10;Größe\n").encode("latin-1"),
     ["Zeile 5", "Größe"]),
    # bytes that are neither UTF-8 nor Windows-1252 (0x81 is unused there)
    ("not_text", G.encode("utf-8") + b"1;2;3;\xfc\x81\n",
     ["Zeile 2", "Kein UTF-8-Text", "ungültiges Startbyte", "0xFC"]),
    ("too_big", b"Monat;Kunden\n" + b"1;2\n" * 2_600_000,
     ["Hochgeladene Datei", "größer als 10 MB"]),
]


@pytest.mark.parametrize("name, content, says", UPLOAD_CASES, ids=[c[0] for c in UPLOAD_CASES])
def test_a_bad_upload_is_named_in_german(name, content, says):
    check_german(upload_error(content), says)


def test_the_german_message_keeps_the_line(tmp_path):
    err = upload_error(G + german_rows(8) + "9;140;-3;2\n")
    assert err.line is None or err.line == 10
    path = tmp_path / "crm.csv"
    path.write_text(G + german_rows(8) + "9;140;-3;2\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        fit.inbound(fit.read_counts(path))
    german = info.value.message("de")
    assert german.startswith("crm.csv, Spalte „Neue Kunden“, Zeile 10: -3 ist negativ"), german


# -- counts given as a DataFrame or a list (no file: the place is the column and the month) -----
@pytest.mark.parametrize("column, value, says", [
    ("Neue Kunden", -4, ["Spalte „Neue Kunden“", "Monat 4", "-4 ist negativ", "≥ 0"]),
    ("Neue Interessenten", "viele", ["Monat 4", "'viele' ist keine Zahl", "≥ 0"]),
    ("Neue Fürsprecher", np.nan, ["Monat 4", "Der Wert fehlt (NaN)", "≥ 0"]),
    ("Neue Fürsprecher", None, ["Monat 4", "Der Wert fehlt (NaN)"]),
    ("Neue Kunden", "", ["Monat 4", "Die Zelle ist leer", "≥ 0"]),
    ("Neue Kunden", float("inf"), ["Monat 4", "keine endliche Zahl"]),
    ("Neue Kunden", True, ["Monat 4", "True ist keine Zahl"]),
])
def test_a_bad_cell_of_a_frame_in_german(column, value, says):
    frame = good_frame().astype(object)
    frame.loc[3, column] = value
    check_german(frame_error(frame), says)


def test_too_few_months_and_all_zero_of_a_frame_in_german():
    check_german(frame_error(good_frame(5)), ["Spalte „Neue Interessenten“", "Nur 5 Monate",
                                              "mindestens 6"])
    check_german(frame_error(good_frame(1300)), ["1300 Monate", "höchstens 1200"])
    zero = good_frame().assign(**{"Neue Kunden": 0.0})
    check_german(frame_error(zero), ["Spalte „Neue Kunden“", "In jedem Monat steht 0"])
    check_german(frame_error(pd.DataFrame({"x": [1] * 8})),
                 ["Keine Spalte für Neue Interessenten, Neue Kunden, Neue Fürsprecher"])


def test_a_copied_frame_still_names_the_file_in_german():
    counts = fit.read_counts((G + german_rows()).encode("utf-8"))
    again = copy.deepcopy(counts).astype(object)
    again.iloc[2, 2] = -1
    german = check_german(frame_error(again), ["-1 ist negativ"])
    assert german.startswith("Hochgeladene Datei, Spalte „Neue Kunden“, Zeile 4:"), german


@pytest.mark.parametrize("value, says", [
    (-1, ["Der Wert eines Kunden", "[0, 1e+09]", "gefunden: -1"]),
    (2.5e9, ["[0, 1e+09]", "gefunden: 2500000000,0"]),
    (float("nan"), ["endliche Zahl", "gefunden: nan"]),
])
def test_a_bad_value_per_customer_in_german(value, says):
    with pytest.raises(ValueError) as info:
        fit.inbound(good_frame(), value)
    german = info.value.message("de")
    for words in says:
        assert words in german, (words, german)
    assert info.value.message("en") == str(info.value)
    assert str(info.value).startswith("value_per_customer must be")


@pytest.mark.parametrize("adopters, says", [
    ([1, 2, 3, 4, 5], ["Übernehmer", "Nur 5 Perioden", "mindestens 6"]),
    ([1, 2, -3, 4, 5, 6], ["Übernehmer, Periode 3", "-3 ist negativ", "≥ 0"]),
    ([0] * 6, ["Übernehmer", "In jeder Periode steht 0"]),
    ([1, 2, "drei", 4, 5, 6], ["Periode 3", "'drei' ist keine Zahl"]),
    (pd.Series([1, 2, -1.5, 4, 5, 6], index=range(1990, 1996)), ["Periode 1992", "-1,5 ist"]),
])
def test_bass_adopters_in_german(adopters, says):
    with pytest.raises(DataError) as info:
        fit.bass(adopters, draws=20)
    check_german(info.value, says)


# -- English stays as it was ---------------------------------------------------------------------
@pytest.mark.parametrize("content, english", [
    ("", "the uploaded file: the file is empty; expected a header line and one row per period"),
    (G + "1;100;;0\n", "the uploaded file, column Neue Kunden, line 2: empty; expected a number "
                       "(a count such as 120 or 1.234 or 2,5)"),
    (E + "1,100,x,0\n", "the uploaded file, column new_customers, line 2: 'x' is not a number; "
                        "expected a number (a count such as 120)"),
    (G + german_rows(5), "the uploaded file, column Neue Interessenten: 5 months; at least 6 "
                         "are needed for a fit"),
    (G + german_rows(8) + "9;140;-3;2\n", "the uploaded file, column Neue Kunden, line 10: -3 is "
                                          "negative; expected a count ≥ 0"),
    ("Monat;Neue Interessenten;Neue Kunden\n1;2;3\n",
     "counts: no column for new_promoters; accepted names — new_promoters: new_promoters, "
     "promoters, neue_fuersprecher, fuersprecher, neue_promotoren, promotoren, neue_empfehler, "
     "empfehler (found: Monat, Neue Interessenten, Neue Kunden)"),
    ((G + german_rows()).encode("utf-16"),
     "the uploaded file, line 1: not UTF-8 but UTF-16 text (it starts with a byte-order mark); "
     "save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8')"),
    (G.encode("utf-8") + b"1;2;3;\xfc\x81\n",
     "the uploaded file, line 2: not UTF-8 text (invalid start byte: byte 0xFC); save the file "
     "as UTF-8"),
])
def test_english_is_as_before(content, english):
    err = upload_error(content)
    assert str(err) == english
    assert err.message("en") == english
    fw.set_language("de")
    assert str(err) == english                        # str stays English in any language


def test_message_follows_the_current_language():
    err = upload_error(G + german_rows(5))
    fw.set_language("de")
    assert err.message() == err.message("de") and "Nur 5 Monate" in err.message()
    fw.set_language("en")
    assert err.message() == str(err)


def test_a_data_error_without_a_key_stays_english():
    err = DataError("x.csv, line 3: something odd", line=3)
    assert err.key is None and err.message("de") == str(err) == "x.csv, line 3: something odd"
    assert err.problem == str(err) and err.line == 3
    with pytest.raises(TypeError):
        DataError()


def test_loading_a_utf16_data_file_says_it_in_german(tmp_path):
    path = tmp_path / "aida.csv"
    path.write_bytes("campaign,channel\n".encode("utf-16"))
    with pytest.raises(DataError) as info:
        data.load("aida_campaigns", path)
    err = info.value
    assert str(err).startswith("aida.csv, line 1: not UTF-8 but UTF-16")
    assert err.message("de").startswith("aida.csv, Zeile 1: Kein UTF-8-, sondern UTF-16-Text")
    assert err.problem.startswith("not UTF-8 but UTF-16")       # (lesson 09 reads .problem)


# -- the labels and the raise sites --------------------------------------------------------------
def fit_key(key) -> bool:
    """Whether ``key`` is a fit error's label (fit.err.…)."""
    return isinstance(key, str) and key.split(".")[:2] == ["fit", "err"]


def fit_labels() -> dict:
    return {k: row for k, row in i18n.table().items() if fit_key(k)}


def fields(text: str) -> set:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_fit_error_label_is_in_both_languages():
    labels = fit_labels()
    assert len(labels) >= 40
    for key, row in labels.items():
        assert row["en"].strip() and row["de"].strip(), key
        assert fields(row["en"]) == fields(row["de"]), key
        assert row["en"] != row["de"], f"{key}: not translated"
        assert not re.search(r"\b(Sie|Ihnen|Ihr|Ihre)\b", row["de"]), f"{key}: du, not Sie"
        assert not re.search(r"\bPromotoren\b|\bCLV\b|\bChurn\b", row["de"]), key


def test_every_key_in_the_modules_has_a_label_and_every_label_is_used():
    text = FIT.read_text(encoding="utf-8") + DATA.read_text(encoding="utf-8")
    used = set(re.findall(r"[\"'](fit\.err\.[a-z0-9_]+)[\"']", text))
    labels = set(fit_labels())
    assert used and used <= labels, used - labels
    assert labels <= used, labels - used


def test_every_data_error_in_fit_has_a_label_key():
    """fit.py raises DataError only as DataError.of(key, …): a literal fit.err key, or one of
    the module's tables of keys."""
    tree = ast.parse(FIT.read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    plain = [c.lineno for c in calls if isinstance(c.func, ast.Name) and c.func.id == "DataError"]
    assert not plain, f"fit.py lines {plain}: DataError(…) without a label key"
    keyed = [c for c in calls if isinstance(c.func, ast.Attribute) and c.func.attr == "of"
             and isinstance(c.func.value, ast.Name) and c.func.value.id == "DataError"]
    assert len(keyed) >= 20
    for call in keyed:
        key = call.args[0]
        options = [key.body, key.orelse] if isinstance(key, ast.IfExp) else [key]
        for key in options:
            if isinstance(key, ast.Constant):
                assert i18n.has(key.value) and fit_key(key.value), call.lineno
            else:
                assert isinstance(key, ast.Subscript) and isinstance(key.value, ast.Name), \
                    call.lineno
                table = getattr(fit, key.value.id)
                assert all(i18n.has(k) for k in table.values()), call.lineno
    # no learner-reachable ValueError left with English only (the market, the counts)
    raises = [node for node in ast.walk(tree) if isinstance(node, ast.Raise) and node.exc
              is not None and isinstance(node.exc, ast.Call)
              and isinstance(node.exc.func, ast.Name) and node.exc.func.id == "ValueError"]
    for node in raises:
        text = ast.unparse(node.exc)
        assert "counts" not in text and "prospects" not in text, (node.lineno, text)


# -- the lesson-11 panel -------------------------------------------------------------------------
def upload(panel, name: str, content: bytes) -> None:
    button = next(w for w in widgets(panel.widget) if w.__class__.__name__ == "FileUpload")
    button.value = ({"name": name, "type": "text/csv", "size": len(content),
                     "content": memoryview(content),
                     "last_modified": datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)},)


def widgets(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from widgets(child)


def status_of(panel) -> str:
    return "".join(w.value for w in widgets(panel.widget)
                   if w.__class__.__name__ == "HTML" and "flywheel-error" in w.value)


def build(language: str):
    fw.set_language(language)
    try:
        return panels.build("11_your_own_numbers")
    finally:
        fw.set_language("en")


@pytest.mark.parametrize("content, says", [
    (G + german_rows(8) + "9;140;-3;2\n",
     ["Spalte „Neue Kunden“", "Zeile 10", "-3 ist negativ", "Anzahl ≥ 0"]),
    (G + german_rows(3) + "4;zehn;12;1\n",
     ["Spalte „Neue Interessenten“", "Zeile 5", "ist keine Zahl", "1.234 oder 2,5"]),
    (G + german_rows(4), ["Nur 4 Monate", "mindestens 6"]),
    ("", ["Die Datei ist leer"]),
])
def test_the_german_panel_says_a_bad_file_in_german(content, says):
    panel = build("de")
    try:
        before = panel.readout_box.value
        upload(panel, "meine_zahlen.csv", content.encode("utf-8"))
        status = status_of(panel)
        assert "meine_zahlen.csv ließ sich nicht verwenden" in status, status
        import html
        shown = html.unescape(re.sub(r"<[^>]+>", "", status))
        for words in says:
            assert words in shown, (words, shown)
        assert not english_left(shown.split(": ", 1)[1]), shown
        assert panel.readout_box.value == before
    finally:
        plt.close(panel.fig)


def test_the_english_panel_stays_english():
    panel = build("en")
    try:
        upload(panel, "broken.csv", (G + german_rows(8) + "9;140;-3;2\n").encode("utf-8"))
        status = status_of(panel)
        assert "broken.csv could not be used" in status
        assert "column Neue Kunden, line 10: -3 is negative; expected a count ≥ 0" in status
    finally:
        plt.close(panel.fig)
