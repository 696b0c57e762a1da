"""Loading the kit's shipped data by name, from any working directory, with validation.

``load("aida_campaigns")`` reads ``data/aida_campaigns.csv`` from the kit's ``data/`` folder (found
next to the package, or in the folder named by the environment variable ``FLYWHEEL_KIT_DATA``) and
checks it against its schema in :data:`SCHEMAS`. A missing file raises FileNotFoundError; a
malformed one :class:`DataError` (a ValueError) naming the file, the line and the column and what
was expected — also for files that are no CSV at all (binary, UTF-16, an unclosed quote, rows of
the wrong length, a cell or a count too large).
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from flywheel_lib import i18n


#: The largest data file :func:`load` reads (the kit's data sets are a few kB).
MAX_BYTES = 10_000_000
#: The largest count in an ``int`` column: 2**53, the largest whole number a float keeps exactly
#: (1e19 would not even fit the int64 it is stored in).
MAX_COUNT = 2 ** 53


class DataError(ValueError):
    """A malformed data file. The message names the file and the line (and column); ``line`` is
    the line in the file (the header is line 1) or ``None``, ``problem`` the message without the
    place.

    An error raised with a label key says it in English or German: ``key`` names the problem's
    label (``fit.err.…`` in ``labels.tsv``), ``values`` fill its placeholders and ``where`` lists
    the parts of the place (the file, the column, the line …, each a text or a :class:`Phrase`).
    :meth:`message` gives it in a language (a lesson's panel shows ``err.message(language)``);
    ``str(err)`` is the English message. Raise one with
    ``DataError.of(key, where=(…), line=…, **values)``. Without a key (``DataError(message)``)
    the message is English only, and :meth:`message` returns it in any language.
    """

    def __init__(self, message: str | None = None, *, line: int | None = None,
                 problem: str | None = None, key: str | None = None, values: dict | None = None,
                 where=()):
        self.key, self.values, self.where = key, dict(values or {}), tuple(where)
        if key is not None and problem is None:
            problem = render_label(key, self.values, "en")
        if message is None:
            if key is None:
                raise TypeError("DataError needs a message (or a label key)")
            message = _placed(self.where, problem, "en")
        super().__init__(message)
        self.line, self.problem = line, problem or message

    @classmethod
    def of(cls, key: str, *, where=(), line: int | None = None, **values) -> "DataError":
        """The error for the label ``key`` (``fit.err.…``) filled with ``values``, at the place
        ``where`` (parts joined by ", " before the problem)."""
        return cls(key=key, values=values, where=where, line=line)

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (``"en"`` or ``"de"``; default: the current one): where
        and what is wrong. English is ``str(err)``; an error without a key is English only."""
        if self.key is None:
            return str(self)
        language = language or i18n.get_language()
        return _placed(self.where, render_label(self.key, self.values, language), language)


class Phrase(str):
    """A part of a message that is a label of its own (``key`` filled with ``values``): as a str
    it is the English text, :meth:`text` gives it in another language — "the uploaded file",
    "column Neue Kunden", "line 3"."""

    def __new__(cls, key: str, **values):
        self = super().__new__(cls, render_label(key, values, "en"))
        self.key, self.values = key, values
        return self

    def text(self, language: str) -> str:
        return render_label(self.key, self.values, language)

    def __reduce__(self):                  # (copies keep the key: DataFrame.attrs are copied)
        return _phrase, (self.key, self.values)


class Listing(str):
    """Texts and :class:`Phrase` s joined by ``sep``: as a str the English, :meth:`text` in
    another language."""

    def __new__(cls, items, sep: str = ", "):
        items = tuple(items)
        self = super().__new__(cls, sep.join(map(str, items)))
        self.items, self.sep = items, sep
        return self

    def text(self, language: str) -> str:
        return self.sep.join(_in(item, language) for item in self.items)

    def __reduce__(self):
        return Listing, (self.items, self.sep)


def _phrase(key: str, values: dict) -> Phrase:
    return Phrase(key, **values)


def _in(value, language: str):
    """``value`` in ``language``: a :class:`Phrase` or :class:`Listing` put into it, anything
    else as it is."""
    return value.text(language) if isinstance(value, (Phrase, Listing)) else value


def render_label(key: str, values: dict, language: str) -> str:
    """The label ``key`` in ``language`` filled with ``values`` (numbers written as the language
    writes them; a :class:`Phrase` among them put into the same language)."""
    return i18n.t(key, language, **{k: _in(v, language) for k, v in values.items()})


def _placed(where, problem: str, language: str) -> str:
    """``"place, parts: problem"`` (just the problem when there is no place)."""
    parts = [str(_in(part, language)) for part in where]
    return f"{', '.join(parts)}: {problem}" if parts else problem


@dataclass(frozen=True)
class Schema:
    """What a data file must hold.

    ``columns`` maps each column, in order, to ``"int"``, ``"float"`` or ``"str"``. ``nonnegative``
    lists numeric columns that must be ≥ 0; ``non_increasing`` lists numeric columns whose values must
    not increase from left to right within a row (funnel counts); ``unique`` lists key columns.
    ``ranges`` maps a column to its allowed ``(low, high)``.
    """

    columns: dict
    nonnegative: tuple = ()
    non_increasing: tuple = ()
    unique: tuple = ()
    ranges: dict = field(default_factory=dict)
    description: str = ""


SCHEMAS: dict[str, Schema] = {
    "aida_campaigns": Schema(
        columns={"campaign": "str", "channel": "str", "reached": "int", "attention": "int",
                 "interest": "int", "desire": "int", "action": "int"},
        nonnegative=("reached", "attention", "interest", "desire", "action"),
        non_increasing=("reached", "attention", "interest", "desire", "action"),
        unique=("campaign",),
        description="Invented campaign counts per AIDA stage (see data/README.md).",
    ),
    "prime_milestones": Schema(
        columns={"date": "str", "year": "int", "milestone": "str", "members_millions": "float",
                 "source": "str"},
        nonnegative=("members_millions",),
        unique=("date",),
        ranges={"year": (2005, 2100)},
        description="Amazon Prime milestones with a source per row (see data/README.md).",
    ),
    "flywheel_b2b_software": Schema(
        columns={"source": "str", "target": "str", "sign": "str", "strength": "float",
                 "delay": "float", "note": "str"},
        ranges={"strength": (0.0, 1.0), "delay": (0.0, 24.0)},
        description="An invented B2B flywheel for lesson 09; read it with flywheel_io.load, "
                    "which also checks its loops (see data/README.md).",
    ),
    "amazon_net_sales": Schema(
        columns={"year": "int", "net_sales_usd_m": "float", "source": "str"},
        nonnegative=("net_sales_usd_m",),
        unique=("year",),
        ranges={"year": (1995, 2100)},
        description="Amazon's annual net sales in USD millions, a source per row (data/README.md).",
    ),
    "bass_coefficients": Schema(
        columns={"setting": "str", "p": "float", "q": "float", "time_unit": "str",
                 "source": "str"},
        nonnegative=("p", "q"),
        unique=("setting",),
        ranges={"p": (0, 1), "q": (0, 5)},
        description="Published Bass (1969) coefficients p and q with their source (data/README.md).",
    ),
    "amazon_third_party_share": Schema(
        columns={"year": "int", "share_pct": "float", "source": "str"},
        unique=("year",),
        ranges={"year": (1995, 2100), "share_pct": (0, 100)},
        description="Third-party share of Amazon's physical gross merchandise sales, in percent, "
                    "from the 2018 letter to shareowners (data/README.md).",
    ),
    # suggested entries for flywheel_lib.data.SCHEMAS (files of issue 19, see data/README.md)
    "bass_1969_room_air_conditioners": Schema(
        columns={"year": "int", "sales_thousands": "int"},
        nonnegative=("sales_thousands",),
        unique=("year",),
        ranges={"year": (1900, 2100)},
        description="US room air conditioner sales per year, thousands, from Bass (1969) "
                    "(data/README.md).",
    ),
    "bass_1969_clothes_dryers": Schema(
        columns={"year": "int", "sales_thousands": "int"},
        nonnegative=("sales_thousands",),
        unique=("year",),
        ranges={"year": (1900, 2100)},
        description="US clothes dryer sales per year, thousands, from Bass (1969) (data/README.md).",
    ),
    "example_inbound_months": Schema(
        columns={"month": "int", "new_prospects": "int", "new_customers": "int",
                 "new_promoters": "int"},
        nonnegative=("new_prospects", "new_customers", "new_promoters"),
        unique=("month",),
        description="Invented monthly counts of an inbound wheel for lesson 11; made by "
                    "data/make_fit_examples.py (data/README.md).",
    ),
}


PACKAGED = Path(__file__).resolve().parent / "_data"
"""Where an installed wheel (``pip install .``) keeps the files of the repository's ``data/``."""
CHECKOUT = Path(__file__).resolve().parent.parent / "data"
"""The repository's ``data/`` folder, read by an editable install or a plain checkout."""


def data_dir() -> Path:
    """The folder the kit's data is read from: ``$FLYWHEEL_KIT_DATA`` if set; else the copy inside
    the installed package (a wheel); else the checkout's ``data/`` (editable install)."""
    env = os.environ.get("FLYWHEEL_KIT_DATA")
    if env:
        return Path(env)
    return PACKAGED if PACKAGED.is_dir() else CHECKOUT


def available() -> list[str]:
    """Names of the data sets that :func:`load` knows."""
    return sorted(SCHEMAS)


def load(name: str, path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The validated DataFrame of ``data/<name>.csv``.

    ``path`` reads another file against the same schema (for your own counts).
    Raises FileNotFoundError for a missing file and :class:`DataError` (a ValueError) naming the
    file, the line (and column) and what was expected for a malformed one.
    """
    if name not in SCHEMAS:
        raise KeyError(f"unknown data set {name!r}; available: {', '.join(available())}")
    schema = SCHEMAS[name]
    file = Path(path) if path is not None else data_dir() / f"{name}.csv"
    if not file.is_file():
        raise FileNotFoundError(f"{file}: data file not found (expected the data set {name!r})")
    with file.open("rb") as fh:
        raw = fh.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise DataError(f"{file.name}: larger than {MAX_BYTES // 1_000_000} MB; a data set of "
                        "the kit is a small table")
    text = decode(raw, file.name)
    if not text.strip():
        raise DataError(f"{file.name}: the file is empty; expected the columns "
                        f"{', '.join(schema.columns)}", line=1)
    (_, header), *body = csv_rows(text, file.name)
    _check_columns([c.strip() for c in header], schema, file.name)
    for line, cells in body:
        if len(cells) != len(header):
            raise DataError(f"{file.name}, line {line}: {len(cells)} cells but the header has "
                            f"{len(header)} columns (a missing or a stray ','?)", line=line)
    frame = pd.DataFrame([cells for _, cells in body], columns=header, dtype=object)
    return validate_frame(frame, schema, file.name, lines=[line for line, _ in body])


def binary_problem(data: bytes) -> tuple[str, int] | None:
    """What makes ``data`` no UTF-8 text although it may decode as such — a UTF-16 or UTF-32
    byte-order mark, or a NUL byte (a binary file, or UTF-16 without a mark) — and the line
    where; ``None`` for text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ("not UTF-8 but UTF-16 text (it starts with a byte-order mark); save the file as "
                "UTF-8 (in a spreadsheet: 'CSV UTF-8')", 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        return ("not UTF-8 text: a NUL byte (a binary file, or UTF-16 text); save the file as "
                "UTF-8 (in a spreadsheet: 'CSV UTF-8')", data.count(b"\n", 0, nul) + 1)
    return None


def decode(data: bytes, label: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark dropped); :class:`DataError` naming ``label``
    and the line for binary data, UTF-16 or any other encoding."""
    found = binary_problem(data)
    if found is not None:
        problem, line = found
        key = "fit.err.utf16" if "UTF-16 text (it starts" in problem else "fit.err.nul_byte"
        raise DataError(f"{label}, line {line}: {problem}", line=line, problem=problem, key=key,
                        where=(label, Phrase("fit.err.at_line", line=line)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = (f"not UTF-8 text ({exc.reason}: byte 0x{data[exc.start]:02X}); save the file "
                   "as UTF-8")
        reason = _REASONS.get(exc.reason)
        raise DataError(f"{label}, line {line}: {problem}", line=line, problem=problem,
                        key="fit.err.not_utf8",
                        values={"reason": Phrase(reason) if reason else exc.reason,
                                "byte": f"{data[exc.start]:02X}"},
                        where=(label, Phrase("fit.err.at_line", line=line))) from None


#: Python's reasons why bytes are no UTF-8, as labels (others stay as Python says them)
_REASONS = {"invalid start byte": "fit.err.reason_start",
            "invalid continuation byte": "fit.err.reason_continuation",
            "unexpected end of data": "fit.err.reason_end"}


#: What Python's :mod:`json` and :mod:`csv` modules say about a malformed file, as labels. The
#: English label is Python's exact words, so an English message reads as Python wrote it; words
#: this table does not know (a later Python may say things differently) stay as Python says them.
_PYTHON_WORDS = {
    "Expecting value": "py.json.value",
    "Expecting ',' delimiter": "py.json.comma",
    "Expecting ':' delimiter": "py.json.colon",
    "Expecting property name enclosed in double quotes": "py.json.name",
    "Unterminated string starting at": "py.json.unterminated",
    "Invalid control character at": "py.json.control",
    "Invalid \\escape": "py.json.escape",
    "Invalid \\uXXXX escape": "py.json.u_escape",
    "Extra data": "py.json.extra",
    "Illegal trailing comma before end of object": "py.json.comma_object",   # Python ≥ 3.13
    "Illegal trailing comma before end of array": "py.json.comma_array",
}
_CSV_EXPECTED = re.compile(r"'(.)' expected after '(.)'", re.DOTALL)


def python_words(text: str):
    """Python's own words about a malformed file — ``json.JSONDecodeError.msg`` or
    ``str(csv.Error)`` — as a :class:`Phrase` that also reads in German; words the kit does not
    know come back unchanged (a plain str)."""
    key = _PYTHON_WORDS.get(text)
    if key is not None:
        return Phrase(key)
    found = _CSV_EXPECTED.fullmatch(text)
    if found:
        return Phrase("py.csv.expected_after", want=found[1], after=found[2])
    return text


def csv_problem(exc: csv.Error) -> str:
    """What a :class:`csv.Error` of a strict reader means, in words."""
    key, values = csv_problem_key(exc)
    return render_label(key, values, "en")


def csv_problem_key(exc: csv.Error) -> tuple[str, dict]:
    """What a :class:`csv.Error` of a strict reader means: a label key (``fit.err.…``) and its
    values (the :mod:`csv` module's own words stay as they are)."""
    text = str(exc)
    if "unexpected end of data" in text:
        return "fit.err.unclosed_quote", {}
    if "field larger than field limit" in text:
        return "fit.err.long_cell", {"limit": csv.field_size_limit()}
    if "expected after" in text:
        return "fit.err.quote_end", {"detail": python_words(text)}
    return "fit.err.not_csv", {"detail": python_words(text)}


def csv_rows(text: str, label: str, delimiter: str = ","):
    """``(line, cells)`` for each row of CSV ``text`` (blank lines skipped; ``line`` is where
    the row starts). A row that :mod:`csv` cannot read (an unclosed quote, a cell longer than
    ``csv.field_size_limit()``) raises :class:`DataError` naming ``label`` and the line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            key, values = csv_problem_key(exc)
            problem = render_label(key, values, "en")
            raise DataError(f"{label}, line {line}: {problem}", line=line, problem=problem,
                            key=key, values=values,
                            where=(label, Phrase("fit.err.at_line", line=line))) from None
        if cells:
            yield line, cells


def _short(text: str) -> str:
    """``text`` for an error message: its repr, cut after 40 characters."""
    return repr(text[:40] + "…" if len(text) > 40 else text)


def _check_columns(found: list, schema: Schema, label: str) -> None:
    """The header holds exactly the schema's columns, each once (in any order)."""
    expected = list(schema.columns)
    columns = pd.Index(found)
    if columns.has_duplicates:
        twice = columns[columns.duplicated()][0]
        raise DataError(f"{label}, line 1: column {_short(twice)} appears twice; expected "
                        f"exactly {', '.join(expected)}", line=1)
    missing = [c for c in expected if c not in found]
    extra = [c for c in found if c not in expected]
    if missing:
        raise DataError(f"{label}, line 1: missing column(s) {', '.join(missing)}; "
                        f"expected exactly {', '.join(expected)}", line=1)
    if extra:
        raise DataError(f"{label}, line 1: unexpected column(s) {', '.join(map(_short, extra[:3]))}; "
                        f"expected exactly {', '.join(expected)}", line=1)


def validate_frame(frame: pd.DataFrame, schema: Schema, label: str,
                   lines=None) -> pd.DataFrame:
    """Check and convert a frame of strings against ``schema``; ``label`` names it in errors.

    ``lines`` gives each row's line in the file (default: row ``i`` is on line ``i + 2``, under
    the header). Raises :class:`DataError`."""
    def where(col, i):
        return f"{label}, column {col}, line {lines[i] if lines is not None else i + 2}"

    expected = list(schema.columns)
    found = [str(c).strip() for c in frame.columns]
    _check_columns(found, schema, label)
    frame = frame.set_axis(found, axis=1)[expected]
    if frame.empty:
        raise DataError(f"{label}: no data rows; expected at least one row of "
                        f"{', '.join(expected)}", line=2)
    out = {}
    for col, kind in schema.columns.items():
        raw = frame[col].astype(str).str.strip()
        if kind == "str":
            blank = raw == ""
            if blank.any():
                i = int(np.flatnonzero(blank.to_numpy())[0])
                raise DataError(f"{where(col, i)}: empty; expected text")
            out[col] = raw.astype(object)
            continue
        values = pd.to_numeric(raw, errors="coerce")
        bad = values.isna() | ~np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise DataError(f"{where(col, i)}: {_short(raw.iloc[i])} is not a finite number; "
                            f"expected {'a whole number' if kind == 'int' else 'a number'}")
        if kind == "int":
            frac = values != np.round(values)
            if frac.any():
                i = int(np.flatnonzero(frac.to_numpy())[0])
                raise DataError(f"{where(col, i)}: {_short(raw.iloc[i])} is not a whole number; "
                                "expected a count")
            huge = values.abs() > MAX_COUNT     # (before int64, where 1e19 would wrap round)
            if huge.any():
                i = int(np.flatnonzero(huge.to_numpy())[0])
                raise DataError(f"{where(col, i)}: {_short(raw.iloc[i])} is too large; expected "
                                f"a count of at most {MAX_COUNT:,}")
            values = values.astype("int64")
        else:
            values = values.astype(float)
        out[col] = values
    result = pd.DataFrame(out)
    for col in schema.nonnegative:
        neg = result[col] < 0
        if neg.any():
            i = int(np.flatnonzero(neg.to_numpy())[0])
            raise DataError(f"{where(col, i)}: {result[col].iloc[i]} is negative; expected a "
                            "value ≥ 0")
    for col, (low, high) in schema.ranges.items():
        out_of = (result[col] < low) | (result[col] > high)
        if out_of.any():
            i = int(np.flatnonzero(out_of.to_numpy())[0])
            raise DataError(f"{where(col, i)}: {result[col].iloc[i]} is outside the allowed "
                            f"range [{low}, {high}]")
    cols = schema.non_increasing
    for a, b in zip(cols, cols[1:]):
        up = result[b] > result[a]
        if up.any():
            i = int(np.flatnonzero(up.to_numpy())[0])
            raise DataError(f"{where(b, i)}: {result[b].iloc[i]} exceeds {a} "
                            f"({result[a].iloc[i]}); expected {b} ≤ {a}, since a stage keeps at "
                            "most the people who entered it")
    for col in schema.unique:
        dup = result[col].duplicated()
        if dup.any():
            i = int(np.flatnonzero(dup.to_numpy())[0])
            raise DataError(f"{where(col, i)}: {_short(str(result[col].iloc[i]))} appears "
                            "twice; expected unique values")
    return result
