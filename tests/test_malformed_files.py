"""A corpus of malformed files: each one is refused with the kit's own error, in well under a
second, naming the file and the line or field — never with a raw RecursionError,
UnicodeDecodeError, csv.Error, pandas ParserError, OverflowError or KeyError.

Flywheel files (``own_flywheel.load``) raise :class:`FlywheelError`; data files (``data.load``)
raise :class:`flywheel_lib.data.DataError`. The files are written into ``tmp_path`` by the test
itself (the large ones would only bloat the repository).
"""
import json

import pytest

from flywheel_lib import data
from flywheel_lib.models import own_flywheel as io
from flywheel_lib.models.own_flywheel import FlywheelError

H = "source,target,sign,strength\n"
LOOP = "a,b,+,0.3\nb,c,+,0.2\nc,a,+,0.25\n"


def link(source="a", target="b", sign="+", strength=0.3):
    return {"source": source, "target": target, "sign": sign, "strength": strength}


def links_json(*extra, **fields):
    """A valid two-link JSON flywheel whose first link gets ``fields``, plus ``extra`` links."""
    return json.dumps({"links": [link(**fields), link("b", "a"), *extra]})


def name_csv(name: str) -> str:
    """A CSV flywheel whose first factor is ``name``."""
    return H + f"{name},b,+,0.3\nb,{name},+,0.3\n"


def name_json(name: str) -> str:
    """A JSON flywheel that declares ``name`` as its second factor (escaped by json.dumps)."""
    return json.dumps({"factors": ["b", name], "links": [link("b", name), link(name, "b")]})


def ring_csv(n: int) -> str:
    return H + "".join(f"f{i},f{(i + 1) % n},+,0.3\n" for i in range(n))


# (file name, content: str, bytes or a function giving it, where: {"line": …, "column": …,
#  "row": …} as expected on the error, words in the message)
FLYWHEEL_FILES = [
    # nesting and numbers
    ("deep_brackets.json", lambda: "[" * 100_000, {"line": 1}, "nested more than 3"),
    ("deep_objects.json", lambda: '{"links": ' + '{"a": ' * 50_000, {"line": 1},
     "nested more than 3"),
    ("deep_on_line_3.json", '{\n"links": [\n[[[1]]]]}', {"line": 3}, "nested more than 3"),
    ("huge_integer_strength.json", lambda: links_json(strength=10 ** 400),
     {"row": 1, "column": "strength"}, "401 digits"),
    ("huge_integer_sign.json", lambda: links_json(sign=10 ** 400), {"row": 1, "column": "sign"},
     "sign must be"),
    ("huge_integer_delay.json", lambda: json.dumps({"links": [
        {**link(), "delay": -10 ** 300}, link("b", "a")]}), {"row": 1, "column": "delay"},
     "301 digits"),
    ("integer_of_5000_digits.json",
     lambda: '{"links": [\n' + json.dumps(link())[:-1] + ', "delay": ' + "9" * 5000 + "}]}",
     {"line": 2}, "4300 digits"),
    ("infinite_strength.json", lambda: links_json(strength=1e999).replace("Infinity", "1e999"),
     {"row": 1, "column": "strength"}, "finite"),
    ("nan_strength.json", lambda: links_json(strength=float("nan")),
     {"row": 1, "column": "strength"}, "finite"),
    ("boolean_strength.json", lambda: links_json(strength=True), {"row": 1, "column": "strength"},
     "must be a number"),
    ("huge_strength.csv", H + "a,b,+," + "9" * 400 + "\nb,a,+,0.3\n",
     {"row": 1, "line": 2, "column": "strength"}, "(0, 1]"),
    # not UTF-8 text
    ("utf16.csv", (H + LOOP).encode("utf-16"), {"line": 1}, "UTF-16"),
    ("utf16_without_mark.csv", (H + LOOP).encode("utf-16-le"), {"line": 1}, "NUL"),
    ("utf16.json", name_json("b2").encode("utf-16"), {"line": 1}, "UTF-16"),
    ("utf32.json", name_json("b2").encode("utf-32"), {"line": 1}, "UTF-16"),
    ("png_named.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), {"line": 3},
     "NUL"),
    ("binary.json", bytes(range(255, -1, -1)), {"line": 1}, "not UTF-8"),
    ("nul_on_line_3.csv", (H + "a,b,+,0.3\nb,a\x00,+,0.3\n").encode(), {"line": 3}, "NUL"),
    ("latin1.csv", (H + "a,b,+,0.3\nb,Größe,+,0.3\n").encode("latin-1"),
     {"row": 2, "line": 3, "column": "target"}, "not UTF-8"),
    # sizes and counts: refused first, cheaply
    ("enormous_cell.csv", lambda: H + "a," + "x" * 200_000 + ",+,0.3\n", {"line": 2},
     "a cell longer than"),
    ("long_name.csv", lambda: name_csv("x" * 5000), {"row": 1, "line": 2, "column": "source"},
     "longer than 40"),
    ("long_name.json", lambda: name_json("y" * 500), {"row": 2, "column": "factors"},
     "longer than 40"),
    ("too_big.csv", lambda: H + LOOP + "#" * io.MAX_BYTES, {}, "larger than 1000 kB"),
    ("too_big.json", lambda: name_json("b2") + " " * io.MAX_BYTES, {}, "larger than 1000 kB"),
    ("many_links.csv", lambda: H + "".join(f"f{i},f{i + 1},+,0.3\n" for i in range(40_000)),
     {"row": 133, "line": 134}, "more than 132 links"),
    ("many_links.json", lambda: json.dumps({"links": [link(f"f{i}", f"f{i + 1}")
                                                      for i in range(9000)]}),
     {"row": 133}, "9000 links"),
    ("many_declared.csv", lambda: H + "".join(f"f{i},,,\n" for i in range(5000)) + LOOP,
     {"row": 13, "line": 14}, "more than 12 factors"),
    ("many_declared.json", lambda: json.dumps({"factors": [f"f{i}" for i in range(20_000)],
                                               "links": [link()]}), {"row": 13},
     "20000 factors"),
    ("thirteen_factors.csv", ring_csv(13), {"row": 12, "line": 13, "column": "target"},
     "13th factor"),
    ("many_columns.csv", lambda: ",".join(["source", "target", "sign", "strength"] * 20_000),
     {"line": 1, "column": "source"}, "column appears twice"),
    ("many_cells.csv", lambda: H + "a,b,+,0.3" + ",9" * 100_000 + "\n",
     {"row": 1, "line": 2}, "100004 cells"),
    # quotes
    ("unclosed_quote.csv", H + 'a,b,+,0.3\nb,"c,+,0.2\nc,a,+,0.25\n', {"line": 3},
     "unclosed quote"),
    ("unclosed_quote_declared.csv", H + 'a,,,\n"b,,,\n' + LOOP, {"line": 3}, "unclosed quote"),
    ("text_after_quote.csv", H + 'a,"b"c,+,0.3\n', {"line": 2}, "closing quote"),
    ("unclosed_string.json", '{"links": [\n{"source": "a}]}', {"line": 2}, "not valid JSON"),
    # names a learner cannot see, or that are no text
    ("lone_surrogate.json", name_json("a\ud800b"), {"row": 2, "column": "factors"},
     "lone surrogate U+D800"),
    ("lone_surrogate_in_link.json", lambda: links_json(source="\udfff"),
     {"row": 1, "column": "source"}, "U+DFFF"),
    ("bidi_override.csv", name_csv("abc\u202edcba"), {"row": 1, "line": 2, "column": "source"},
     "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("bidi_isolate.json", name_json("\u2066shop\u2069"), {"row": 2, "column": "factors"},
     "U+2066"),
    ("left_to_right_mark.csv", name_csv("shop\u200e"), {"column": "source"}, "U+200E"),
    ("zero_width_space.csv", name_csv("sh\u200bop"), {"row": 1, "column": "source"},
     "U+200B (ZERO WIDTH SPACE)"),
    ("zero_width_joiner.json", name_json("a\u200db"), {"column": "factors"}, "U+200D"),
    ("byte_order_mark_inside.csv", name_csv("a\ufeffb"), {"column": "source"}, "U+FEFF"),
    ("bell.csv", name_csv("a\x07b"), {"row": 1, "column": "source"},
     "control character U+0007"),
    ("escape_sequence.json", name_json("\x1b[31mred"), {"column": "factors"}, "U+001B"),
    ("delete.json", name_json("a\x7f"), {"column": "factors"}, "U+007F"),
    ("next_line_c1.csv", name_csv("a\x85b"), {"column": "source"}, "U+0085"),
    ("nul_escape.json", name_json("a\x00b"), {"column": "factors"}, "U+0000"),
    # the name that names the saved file
    ("escaping_name.json", json.dumps({"name": "../../evil", "links": [link(), link("b", "a")]}),
     {"column": "name"}, "name must be"),
    ("huge_name.json", lambda: json.dumps({"name": "n" * 100_000, "links": [link()]}),
     {"column": "name"}, "name must be"),
    ("key_of_100k.json", lambda: json.dumps({"links": [{"k" * 100_000: 1}]}), {"row": 1},
     "unknown key"),
]


@pytest.mark.parametrize("name, content, where, words", FLYWHEEL_FILES,
                         ids=[f[0] for f in FLYWHEEL_FILES])
def test_malformed_flywheel_file(tmp_path, name, content, where, words):
    content = content() if callable(content) else content
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    with pytest.raises(FlywheelError) as info:
        io.load(path)
    err, message = info.value, str(info.value)
    assert words in message
    assert err.file == name and message.startswith(name)
    for key, value in where.items():
        assert getattr(err, key) == value, (key, message)
    if "line" in where:
        assert f"line {where['line']}" in message
    if "column" in where:
        assert f"column {where['column']!r}" in message
    assert where or "larger than" in words     # every other error says where
    assert len(message) < 600, message          # a message, not the file
    # (how fast a bad file is refused is measured by tests/bench_files.py, not timed here)


GOOD = "campaign,channel,reached,attention,interest,desire,action\na,x,100,50,20,10,1\n" \
       "b,y,200,80,30,10,2\n"

# (file name, content, line, column or None, words)
DATA_FILES = [
    ("ragged_long.csv", GOOD.replace("b,y,200", "b,y,9,200"), 3, None, "8 cells"),
    ("ragged_short.csv", GOOD.replace("a,x,100,", "a,x,"), 2, None, "6 cells"),
    ("ragged_one_cell.csv", GOOD + "c\n", 4, None, "1 cells"),
    ("count_1e19.csv", GOOD.replace(",100,", ",1e19,"), 2, "reached", "too large"),
    ("count_uint64.csv", GOOD.replace(",200,", ",10000000000000000000,"), 3, "reached",
     "too large"),
    ("count_negative_huge.csv", GOOD.replace(",1\n", ",-99999999999999999999\n"), 2, "action",
     "too large"),
    ("count_400_digits.csv", GOOD.replace(",100,", "," + "9" * 400 + ","), 2, "reached",
     "not a finite number"),
    ("data_utf16.csv", GOOD.encode("utf-16"), 1, None, "UTF-16"),
    ("data_binary.csv", bytes(range(256)), 1, None, "NUL"),
    ("data_latin1.csv", GOOD.replace("a,x", "Ä,x").encode("latin-1"), 2, None, "not UTF-8"),
    ("data_unclosed_quote.csv", GOOD.replace("b,y", '"b,y'), 3, None, "unclosed quote"),
    ("data_enormous_cell.csv", lambda: GOOD.replace("a,x", "a," + "x" * 200_000), 2, None,
     "a cell longer than"),
    ("data_duplicate_column.csv", GOOD.replace("channel", "reached"), 1, None, "appears twice"),
    ("data_too_big.csv", lambda: GOOD + "#" * data.MAX_BYTES, None, None, "larger than 10 MB"),
]


@pytest.mark.parametrize("name, content, line, column, words", DATA_FILES,
                         ids=[f[0] for f in DATA_FILES])
def test_malformed_data_file(tmp_path, name, content, line, column, words):
    content = content() if callable(content) else content
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(data.DataError) as info:
        data.load("aida_campaigns", path=path)
    message = str(info.value)
    assert message.startswith(name) and words in message
    if line is not None:
        assert f"line {line}:" in message and info.value.line in (line, None)
    if column is not None:
        assert f"column {column}," in message
    assert len(message) < 600, message


def test_the_corpus_is_large_enough():
    assert len(FLYWHEEL_FILES) + len(DATA_FILES) >= 40
