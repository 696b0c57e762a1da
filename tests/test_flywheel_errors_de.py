"""Lesson 09's flywheel errors in German as well as English.

Every :class:`FlywheelError` carries a label key (``own.err.…`` in ``labels.tsv``) and its values:
``err.message("de")`` says in German where and what is wrong, ``str(err)`` (= ``message("en")``)
stays the English message the other tests compare. The editor shows the message in the language
it was built in.
"""
import ast
import json
import re
import string
from pathlib import Path

import pytest

import flywheel_lib as fw
from flywheel_lib import i18n
from flywheel_lib.data import Phrase, python_words
from flywheel_lib.models import own_flywheel as io
from flywheel_lib.models.own_flywheel import FlywheelError
from flywheel_lib.panels import build_your_own

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "flywheel_lib" / "models" / "own_flywheel.py"

H = "source,target,sign,strength\n"
LOOP = "a,b,+,0.3\nb,c,+,0.2\nc,a,+,0.25\n"


@pytest.fixture(autouse=True)
def english_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path / "own"))
    fw.set_language("en")
    yield
    fw.set_language("en")


def load_error(tmp_path, name: str, content) -> FlywheelError:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FlywheelError) as info:
        io.load(path)
    return info.value


def link(source="a", target="b", sign="+", strength=0.3):
    return {"source": source, "target": target, "sign": sign, "strength": strength}


#: English words that must not be left in a German message (outside quoted names, the file's
#: column names source, target, sign, strength, delay, and the Python standard library's words)
ENGLISH = re.compile(r"\b(row|rows|column|columns|line|expected|factor|factors|link|links|got|"
                     r"must|unknown|missing|empty|file|duplicate|loop|between|and|the|of|or|"
                     r"at most|not)\b", re.IGNORECASE)
#: quoted parts: the learner's names, column names, JSON shapes, Python reprs
QUOTED = re.compile(r"„[^“]*“|'[^']*'|\"[^\"]*\"|\{[^{}]*\}|\([^()]*\bsource, target[^()]*\)")


def english_left(err: FlywheelError, text: str) -> list[str]:
    """The English words in ``text``, the German message of ``err`` (its file's name left out)."""
    if err.file and text.startswith(err.file):
        text = text[len(err.file):]
    detail = err.values.get("detail")
    if detail is not None and not isinstance(detail, Phrase):   # words the kit does not know
        text = text.replace(str(detail), " ")
    return ENGLISH.findall(QUOTED.sub(" ", text))


# (file name, content, what the German message must say: the field, the place, the range …)
GERMAN_CASES = [
    ("unknown_factor.csv", H + "a,,,\nb,,,\nc,,,\n" + "a,b,+,0.3\nb,cc,+,0.2\nc,a,+,0.25\n",
     ["Zeile 5 (Dateizeile 6)", "Spalte „target“", "Unbekannter Faktor 'cc'", "a, b, c"]),
    ("bad_sign.csv", H + "a,b,+,0.3\nb,c,plus,0.2\nc,a,+,0.25\n",
     ["Zeile 2 (Dateizeile 3)", "Spalte „sign“", "Vorzeichen", "+ oder -", "'plus'"]),
    ("strength_too_high.csv", H + "a,b,+,0.3\nb,c,+,1.5\nc,a,+,0.25\n",
     ["Zeile 2 (Dateizeile 3)", "Spalte „strength“", "Stärke", "(0, 1]", "1.5"]),
    ("strength_zero.json", json.dumps({"links": [link(strength=0), link("b", "a")]}),
     ["Zeile 1", "Spalte „strength“", "Stärke", "(0, 1]"]),
    ("strength_text.csv", H + "a,b,+,strong\nb,a,+,0.2\n",
     ["Spalte „strength“", "Stärke", "Zahl", "(0, 1]", "'strong'"]),
    ("delay_too_long.csv", "source,target,sign,strength,delay\na,b,+,0.3,30\nb,a,+,0.2,0\n",
     ["Spalte „delay“", "Verzögerung", "[0, 24]"]),
    ("no_loop.csv", H + "a,b,+,0.3\nb,c,+,0.2\n",
     ["Zeile 2 (Dateizeile 3)", "Spalte „target“", "Kein Kreislauf", "'c'"]),
    ("no_loop.json", json.dumps({"links": [link()]}), ["Zeile 1", "Kein Kreislauf"]),
    ("empty.csv", "", ["Dateizeile 1", "Die Datei ist leer", "Kopfzeile"]),
    ("empty.json", "", ["Dateizeile 1", "Die Datei ist leer"]),
    ("header_only.csv", H, ["Dateizeile 2", "Keine Zeilen"]),
    ("bad.json", '{"links": [ {"source": "a",, }]}', ["Dateizeile 1", "Kein gültiges JSON",
                                                        "Name in doppelten Anführungszeichen "
                                                        "erwartet", "Zeichen 28"]),
    ("extra.json", '{"links": []} {"links": []}', ["Kein gültiges JSON",
                                                   "Überzählige Daten nach dem Ende"]),
    ("quote_end.csv", H + 'a,"b"c,+,0.3\n', ["Dateizeile 2", "Anführungszeichen",
                                             "',' erwartet nach '\"'"]),
    ("duplicate_link.csv", H + LOOP + "a,b,-,0.1\n",
     ["Zeile 4 (Dateizeile 5)", "Spalte „target“", "Doppelte Verbindung a → b", "Zeile 1"]),
    ("too_many_factors.csv", H + "".join(f"f{i},f{(i + 1) % 13},+,0.3\n" for i in range(13)),
     ["Zeile 12 (Dateizeile 13)", "Spalte „target“", "13. Faktor", "höchstens 12", "4–6"]),
    ("too_many_declared.json", json.dumps({"factors": [f"f{i}" for i in range(20)],
                                           "links": [link()]}),
     ["Zeile 13", "20 Faktoren", "höchstens 12", "4–6"]),
    ("many_declared.csv", H + "".join(f"f{i},,,\n" for i in range(50)) + LOOP,
     ["Zeile 13 (Dateizeile 14)", "Mehr als 12 Faktoren", "132 Verbindungen"]),
    ("missing_column.csv", "source,target,strength\na,b,0.3\n",
     ["Dateizeile 1", "Spalte „sign“", "Fehlende Spalte", "source, target, sign, strength"]),
    ("self_link.csv", H + "a,a,+,0.3\n", ["Spalte „target“", "zu sich selbst"]),
    ("unused.csv", H + "a,,,\nb,,,\nz,,,\na,b,+,0.3\nb,a,+,0.2\n",
     ["Zeile 3 (Dateizeile 4)", "Spalte „source“", "'z'", "keine Verbindung"]),
    ("missing_key.json", json.dumps({"links": [{"source": "a", "target": "b", "sign": "+"}]}),
     ["Zeile 1", "Spalte „strength“", "'strength' fehlt"]),
    ("not_utf8.csv", (H + "a,b,+,0.3\nb,Größe,+,0.3\n").encode("latin-1"),
     ["Zeile 2 (Dateizeile 3)", "Spalte „target“", "Kein UTF-8-Text", "0xF6"]),
    ("utf16.csv", (H + LOOP).encode("utf-16"), ["Dateizeile 1", "UTF-16", "UTF-8"]),
    ("unclosed_quote.csv", H + 'a,b,+,0.3\nb,"c,+,0.2\nc,a,+,0.25\n',
     ["Dateizeile 3", "Anführungszeichen"]),
    ("bell.csv", H + "a\x07b,b,+,0.3\nb,a\x07b,+,0.3\n",
     ["Spalte „source“", "Steuerzeichen U+0007"]),
    ("bad_name.json", json.dumps({"name": "mein Rad!", "links": [link(), link("b", "a")]}),
     ["Spalte „name“", "Name des Schwungrads", "1–60", "'mein Rad!'"]),
    ("wheel.txt", H + LOOP, ["wheel.txt: ", ".csv", ".json"]),
]


@pytest.mark.parametrize("name, content, says", GERMAN_CASES, ids=[c[0] for c in GERMAN_CASES])
def test_a_malformed_file_is_named_in_german(tmp_path, name, content, says):
    err = load_error(tmp_path, name, content)
    german = err.message("de")
    assert german.startswith(f"{name}, ") or german.startswith(f"{name}: "), german
    for words in says:
        assert words in german, (words, german)
    assert not english_left(err, german), (english_left(err, german), german)
    assert err.message("en") == str(err)          # English as before
    assert german != str(err)


def test_message_follows_the_current_language(tmp_path):
    err = load_error(tmp_path, "range.csv", H + "a,b,+,0.3\nb,c,+,1.5\nc,a,+,0.25\n")
    fw.set_language("de")
    assert err.message() == err.message("de") and "Stärke" in err.message()
    assert str(err) == err.message("en")          # str stays English in any language
    assert "row 2 (line 3), column 'strength'" in str(err)


def test_numbers_in_the_message_are_written_the_german_way(tmp_path):
    err = load_error(tmp_path, "enormous_cell.csv", H + "a," + "x" * 200_000 + ",+,0.3\n")
    assert "131,072" in str(err) and "131.072" in err.message("de")


def test_from_table_in_german():
    with pytest.raises(FlywheelError) as info:
        io.from_table("typo", ["good classes", "happy members"],
                      [("good classes", "happy members", "+", 0.35),
                       ("happy members", "good clases", "+", 0.2)])
    err = info.value
    assert str(err) == ("links, row 2, column 'target': unknown factor 'good clases'; declared "
                        "factors are: good classes, happy members")
    assert err.message("de").startswith("Verbindungen, Zeile 2, Spalte „target“: Unbekannter "
                                         "Faktor 'good clases'")
    assert not english_left(err, err.message("de"))


@pytest.mark.parametrize("links, says", [
    ([("a", "b", "+", 0.3, 99), ("b", "a", "+", 0.3)], ["Verzögerung", "[0, 24]"]),
    ([("a", "b", "+", True), ("b", "a", "+", 0.3)], ["Stärke", "(0, 1]", "bool True"]),
    ([("a", "b", "+", float("nan")), ("b", "a", "+", 0.3)], ["endliche Zahl", "(0, 1]"]),
    ([("a", "b", "+", 10 ** 20), ("b", "a", "+", 0.3)], ["21 Ziffern", "(0, 1]"]),
    ([("a", "b", "+")], ["Form (source, target, sign, strength[, delay])"]),
    ([{"source": "a", "target": "b", "sign": "+", "strength": 0.3, "weight": 1}],
     ["Spalte „weight“", "Unbekannte Spalte"]),
])
def test_from_table_numbers_and_shapes_in_german(links, says):
    with pytest.raises(FlywheelError) as info:
        io.from_table("wheel", None, links)
    err = info.value
    german = err.message("de")
    for words in says:
        assert words in german, (words, german)
    assert not english_left(err, german), german
    assert err.message("en") == str(err)


def test_saving_a_bad_factor_name_in_german():
    wheel = io.from_table("wheel", None, [("a", "b", "+", 0.3), ("b", "a", "+", 0.3)])
    odd = io.Flywheel("wheel", ("a ", "b"), wheel.links)
    with pytest.raises(FlywheelError) as info:
        io.save(odd)
    err = info.value
    assert "has spaces at its ends" in str(err)
    assert "Leerzeichen" in err.message("de") and not english_left(err, err.message("de"))
    bad_name = io.Flywheel("../x", wheel.factors, wheel.links)
    with pytest.raises(FlywheelError) as info:
        io.save(bad_name)
    assert str(info.value).startswith("flywheel, column 'name': the flywheel's name must be")
    assert info.value.message("de").startswith("Schwungrad, Spalte „name“: Der Name")


def test_english_is_unchanged_for_every_file_of_the_corpora(tmp_path):
    """``message("en")`` is ``str(err)`` for every malformed file the other tests know, and the
    German says something else."""
    from test_flywheel_io import CATALOGUE
    from test_malformed_files import FLYWHEEL_FILES
    cases = [(name, text) for name, text, *_ in CATALOGUE]
    cases += [(name, content) for name, content, *_ in FLYWHEEL_FILES]
    for name, content in cases:
        content = content() if callable(content) else content
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        with pytest.raises(FlywheelError) as info:
            io.load(path)
        err = info.value
        assert own_key(err.key), name
        assert err.message("en") == str(err), name
        assert err.message("de") != str(err), name


# -- the labels and the raise sites --------------------------------------------------------------
def own_key(key) -> bool:
    """Whether ``key`` is an own flywheel error's label (own.err.…)."""
    return isinstance(key, str) and key.split(".")[:2] == ["own", "err"]


def own_labels() -> dict:
    return {k: row for k, row in i18n.table().items() if own_key(k)}


def fields(text: str) -> set:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_own_error_label_is_in_both_languages():
    labels = own_labels()
    assert len(labels) >= 40
    for key, row in labels.items():
        assert row["en"].strip() and row["de"].strip(), key
        assert fields(row["en"]) == fields(row["de"]), key
        if key != "own.err.interval":                  # (a range is written alike)
            assert row["en"] != row["de"], f"{key}: not translated"


def raise_calls() -> list[ast.Call]:
    """Every call of FlywheelError(…) or FlywheelError.of(…) in own_flywheel.py."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name) and f.id == "FlywheelError":
            calls.append(node)
        elif isinstance(f, ast.Attribute) and f.attr == "of" and \
                isinstance(f.value, ast.Name) and f.value.id == "FlywheelError":
            calls.append(node)
    return calls


def literal_keys(node) -> list:
    """The label keys a call's key argument can be: a string, or either of two strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return literal_keys(node.body) + literal_keys(node.orelse)
    return [None]


def test_every_raise_site_uses_a_label_key():
    calls = raise_calls()
    assert len(calls) >= 45
    labels = own_labels()
    for call in calls:
        if isinstance(call.func, ast.Attribute):        # FlywheelError.of(key, …)
            key_node = call.args[0] if call.args else None
        else:                                           # FlywheelError(…, key=…)
            key_node = next((k.value for k in call.keywords if k.arg == "key"), None)
        keys = literal_keys(key_node) if key_node is not None else [None]
        for key in keys:
            assert own_key(key), \
                f"own_flywheel.py line {call.lineno}: FlywheelError without a label key"
            assert key in labels, f"own_flywheel.py line {call.lineno}: no label {key}"


def test_every_key_in_the_module_has_a_label():
    text = SOURCE.read_text(encoding="utf-8")
    used = set(re.findall(r"[\"'](own\.err\.[a-z0-9_]+)[\"']", text))
    assert used and used <= set(own_labels()), used - set(own_labels())
    assert set(own_labels()) <= used, set(own_labels()) - used


# -- the editor ----------------------------------------------------------------------------------
def german_editor():
    fw.set_language("de")
    try:
        return build_your_own.editor()
    finally:
        fw.set_language("en")


def test_the_german_editor_says_a_table_error_in_german():
    editor = german_editor()
    editor._remove_row(editor.rows[-1])                # the loop no longer closes
    assert editor.build() is None
    message = editor.message.value
    assert "#b00020" in message and "Kein Kreislauf" in message and "Zeile" in message
    assert "row" not in message and "no loop" not in message
    row = editor.rows[0]
    editor._add_row(row["source"].value, row["target"].value)     # the same link twice
    assert editor.build() is None and "Doppelte Verbindung" in editor.message.value


def test_the_german_editor_says_a_bad_file_in_german():
    import datetime
    editor = german_editor()
    bad = json.dumps({"name": "x", "links": [{"source": "a"}]}).encode()
    editor.upload.value = ({"name": "bad.json", "type": "application/json", "size": len(bad),
                            "content": memoryview(bad),
                            "last_modified": datetime.datetime(2026, 1, 1,
                                                               tzinfo=datetime.timezone.utc)},)
    message = editor.message.value
    assert "bad.json" in message and "#b00020" in message
    assert "Die Angabe" in message and "fehlt" in message and "missing" not in message


def test_the_english_editor_stays_english():
    editor = build_your_own.editor()
    editor._remove_row(editor.rows[-1])
    assert editor.build() is None
    assert "no loop" in editor.message.value and "row" in editor.message.value


#: malformed JSON and CSV, and the label Python's words about each must map to
PYTHON_SAYS = [
    ("json", "", "py.json.value"),
    ("json", "[1,]", "py.json.value"),
    ("json", "[1 2]", "py.json.comma"),
    ("json", '{"a" 1}', "py.json.colon"),
    ("json", "{'a': 1}", "py.json.name"),
    ("json", '{"a": "x', "py.json.unterminated"),
    ("json", '{"a": "x\ny"}', "py.json.control"),
    ("json", '{"a": "\\q"}', "py.json.escape"),
    ("json", '{"a": "\\u12"}', "py.json.u_escape"),
    ("json", "{} x", "py.json.extra"),
    ("csv", 'a,"b"c\n', "py.csv.expected_after"),
]


@pytest.mark.parametrize("kind, text, key", PYTHON_SAYS, ids=[c[2] for c in PYTHON_SAYS])
def test_python_words_about_a_malformed_file_read_in_german(kind, text, key):
    """What the json and csv modules say is a label the kit knows: this fails loudly when a
    Python version words a problem differently (then add its words to ``data._PYTHON_WORDS``)."""
    import csv
    import io as _io
    if kind == "json":
        with pytest.raises(json.JSONDecodeError) as info:
            json.loads(text)
        said = info.value.msg
    else:
        with pytest.raises(csv.Error) as info:
            list(csv.reader(_io.StringIO(text, newline=""), strict=True))
        said = str(info.value)
    phrase = python_words(said)
    assert isinstance(phrase, Phrase) and phrase.key == key, said
    assert str(phrase) == said                       # English: Python's own words, unchanged
    german = phrase.text("de")
    assert german != said and not ENGLISH.findall(QUOTED.sub(" ", german)), german


def test_words_the_kit_does_not_know_stay_as_python_says_them():
    assert python_words("Something a later Python says") == "Something a later Python says"
    assert not isinstance(python_words("Something a later Python says"), Phrase)
