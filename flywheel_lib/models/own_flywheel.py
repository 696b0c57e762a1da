"""Your own flywheel as a small table: define it, load it, check it, save it, find its weak spots.

A flywheel has a **name**, a few **factors** and **links** between them. Each link has a
``source`` and a ``target`` factor, a ``sign`` (``+``: more source → more target; ``-``: more
source → less target), a ``strength`` per month in (0, 1] and an optional ``delay`` in months
(0–24). It runs on the causal-loop engine of :mod:`flywheel_lib.models.loops`.

Files
-----
*CSV* (UTF-8; comma, semicolon or tab separated; a decimal comma is fine with ``;``)::

    source,target,sign,strength,delay
    product quality,,,,                     <- optional: a row with only a source declares a factor
    product quality,happy customers,+,0.3,0
    ...

If a file declares factors, every link must use declared names (a typo is caught as an unknown
factor); otherwise the factors are taken from the links in order of first appearance.

*JSON*::

    {"name": "local_shop", "factors": ["…", "…"],
     "links": [{"source": "…", "target": "…", "sign": "+", "strength": 0.3, "delay": 0}, …]}

Loading never runs code — no ``eval``, no ``pickle``: CSV is read with :mod:`csv`, JSON with
:func:`json.loads`. Every problem raises :class:`FlywheelError` naming the file, the row and the
column (for JSON: the link number and the key), or the line — ``str(err)`` in English,
``err.message("de")`` in German (labels ``own.err.*``). The limits are checked first and
cheaply, so that a huge or hostile file is refused at once: at most ``MAX_BYTES`` (1 MB),
``MAX_FACTORS`` factors and ``MAX_LINKS`` links, names of at most ``MAX_NAME`` characters and
without invisible characters (control, format such as bidi overrides and zero-width ones, or
lone surrogates).

:func:`save` writes to the user folder (``~/flywheel_kit/flywheels`` or
``$FLYWHEEL_USER_DIR/flywheels``), never into the kit's own files; two saves at the same moment
never lose or mix a file (see :mod:`flywheel_lib.userdir`). In a saved CSV a name that a
spreadsheet would run as a formula (starting with ``= + - @``) is written with a leading ``'``,
which :func:`load` takes off again: saving and loading again gives an identical flywheel.
"""
from __future__ import annotations

import csv
import errno
import io
import json
import math
import numbers
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from flywheel_lib import i18n
from flywheel_lib.models import inputs as validate, loops
from flywheel_lib import data as _data, userdir
from flywheel_lib.data import Phrase as _Phrase, data_dir, render_label as _render
from flywheel_lib.userdir import user_dir

COLUMNS = ("source", "target", "sign", "strength", "delay")
REQUIRED = ("source", "target", "sign", "strength")
OPTIONAL = ("delay", "note")
#: A link's strength per month: above 0 (a zero link is no link), at most 1.
STRENGTH_RANGE = (0.0, 1.0)
DELAY_RANGE = (0.0, 24.0)
MAX_FACTORS = 12
#: Every ordered pair of different factors once: more links than this cannot all be valid.
MAX_LINKS = MAX_FACTORS * (MAX_FACTORS - 1)
MAX_NAME = 40
MAX_BYTES = 1_000_000
#: Collins: a flywheel of 4 to 6 components is the sweet spot.
SWEET_SPOT = (4, 6)
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$")
EXAMPLES = {"b2b_software": "flywheel_b2b_software.csv", "local_shop": "flywheel_local_shop.json"}


class FlywheelError(ValueError):
    """A malformed flywheel: says where (``file``, ``row``, ``column``) and what is wrong.

    ``row`` counts links (and factor declarations) from 1 in the order they appear; for a CSV file
    ``line`` is the line in the file (the header is line 1). ``row`` and ``column`` are ``None``
    when the problem concerns the whole file.

    ``key`` names the problem's label (``own.err.…`` in ``labels.tsv``) and ``values`` fill its
    placeholders: :meth:`message` says it all in English or German (a lesson's editor shows
    ``err.message(language)``); ``str(err)`` is the English message. Raise one with
    ``FlywheelError.of(key, file=…, row=…, column=…, line=…, **values)``.
    """

    def __init__(self, problem: str | None = None, *, file: str = "", row: int | None = None,
                 column: str | None = None, line: int | None = None, key: str | None = None,
                 values: dict | None = None):
        self.key, self.values = key, dict(values or {})
        if problem is None:
            if key is None:
                raise TypeError("FlywheelError needs a label key (or a problem text)")
            problem = _render(key, self.values, "en")
        self.problem, self.file, self.row, self.column, self.line = problem, file, row, column, line
        super().__init__(self._with_place(problem, "en"))

    @classmethod
    def of(cls, key: str, *, file: str = "", row: int | None = None, column: str | None = None,
           line: int | None = None, **values) -> "FlywheelError":
        """The error for the label ``key`` (``own.err.…``) filled with ``values``."""
        return cls(key=key, values=values, file=file, row=row, column=column, line=line)

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (``"en"`` or ``"de"``; default: the current one): where
        (file, row, line, column) and what is wrong. English is ``str(err)``."""
        language = language or i18n.get_language()
        problem = _render(self.key, self.values, language) if self.key else self.problem
        return self._with_place(problem, language)

    def _with_place(self, problem: str, language: str) -> str:
        def t(key, **values):
            return i18n.t(key, language, **values)

        file = self.file
        if isinstance(file, _Source):     # not a file: the links of from_table, a flywheel
            file = t(_SOURCES[str(file)])
        where = []
        if self.row is not None:
            where.append(t("own.err.at_row", row=self.row) if self.line is None else
                         t("own.err.at_row_line", row=self.row, line=self.line))
        elif self.line is not None:
            where.append(t("own.err.at_line", line=self.line))
        if self.column is not None:
            # English: the column's repr; German: the same, escaped, between „ and “
            shown = self.column if language == "en" else repr(str(self.column))[1:-1]
            where.append(t("own.err.at_column", column=shown))
        prefix = ", ".join(x for x in (file, *where) if x)
        return f"{prefix}: {problem}" if prefix else problem


class _Source(str):
    """A ``file`` that is no file: the links of :func:`from_table` or a flywheel being saved
    (named in the learner's language)."""


#: the labels of the sources that are no file
_SOURCES = {"links": "own.err.source_links", "flywheel": "own.err.source_flywheel"}
_LINKS, _FLYWHEEL = _Source("links"), _Source("flywheel")


# ------------------------------------------------------------------------------------------------
# The flywheel
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Flywheel:
    """A validated flywheel (build it with :func:`from_table`, :func:`load` or :func:`example`).

    ``name`` — a short identifier (letters, digits, ``_`` and ``-``; it names the saved file);
    ``factors`` — tuple of names; ``links`` — DataFrame with ``source``, ``target``, ``sign``
    (+1/−1), ``strength`` (per month) and ``delay`` (months). Two flywheels are equal when name,
    factors and links are.
    """

    name: str
    factors: tuple
    links: pd.DataFrame

    def __eq__(self, other) -> bool:
        if not isinstance(other, Flywheel):
            return NotImplemented
        return (self.name == other.name and self.factors == other.factors
                and self.links.reset_index(drop=True).equals(other.links.reset_index(drop=True)))

    __hash__ = None

    @cached_property
    def graph(self) -> loops.Graph:
        """The flywheel as a :class:`loops.Graph` (capacity 100) for the engine."""
        return loops.Graph.from_links(self.factors, self.links, name=self.name)

    def loops(self) -> pd.DataFrame:
        """Its feedback loops, reinforcing or balancing (see :func:`loops.find_loops`)."""
        return self.graph.loops()

    def tipping_friction(self) -> float:
        """The friction per month at which its loops just balance friction (see
        :func:`tipping_point`; computed once, then remembered)."""
        return self._tipping

    @cached_property
    def _tipping(self) -> float:
        return tipping_point(self)

    def table(self) -> pd.DataFrame:
        """The links as a plain table with signs written ``+``/``-``."""
        out = self.links.copy()
        out["sign"] = np.where(out["sign"] > 0, "+", "-")
        return out

    def __repr__(self) -> str:
        return f"Flywheel({self.name!r}, {len(self.factors)} factors, {len(self.links)} links)"


# ------------------------------------------------------------------------------------------------
# Building and checking
# ------------------------------------------------------------------------------------------------
def from_table(name: str, factors, links) -> Flywheel:
    """A flywheel defined in a notebook.

    ``factors`` — a list of names, or ``None`` to take them from the links; ``links`` — a list of
    ``(source, target, sign, strength[, delay])`` tuples, a list of dicts with those keys, or a
    DataFrame with those columns. Errors name the link's row (from 1) and the column.
    """
    if isinstance(links, pd.DataFrame):
        frame = links.copy()
        frame.columns = [str(c).strip().lower() for c in frame.columns]
        _check_header(list(frame.columns), _LINKS)
        records = [{k: v for k, v in rec.items()} for rec in frame.to_dict("records")]
    elif isinstance(links, (list, tuple)):
        records = []
        for i, row in enumerate(links, start=1):
            if isinstance(row, dict):
                rec = {str(k).strip().lower(): v for k, v in row.items()}
                for key in rec:
                    if key not in COLUMNS and key not in OPTIONAL:
                        raise FlywheelError.of("own.err.unknown_link_column",
                                               expected=", ".join(COLUMNS), file=_LINKS, row=i,
                                               column=key)
                records.append(rec)
            elif isinstance(row, (list, tuple)) and 4 <= len(row) <= 5:
                records.append(dict(zip(COLUMNS, row)))
            else:
                raise FlywheelError.of("own.err.link_shape", got=_clip(repr(row)), file=_LINKS,
                                       row=i)
    else:
        raise TypeError(f"links must be a list of links or a DataFrame; got {type(links).__name__}")
    rows = [(i, None, rec) for i, rec in enumerate(records, start=1)]
    declared = None
    if factors is not None:
        if isinstance(factors, str) or not hasattr(factors, "__iter__"):
            raise TypeError(f"factors must be a list of names or None; got {type(factors).__name__}")
        declared = [(i, None, f) for i, f in enumerate(factors, start=1)]
    return _assemble(_check_name(name, _LINKS), declared, rows, _LINKS, factor_label="factors")


def _check_name(name, label: str) -> str:
    if not isinstance(name, str) or not NAME_PATTERN.match(name.strip()):
        raise FlywheelError.of("own.err.bad_name", got=_clip(repr(name)), file=label,
                               column="name")
    return name.strip()


def _slug(stem: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_-") or "flywheel"
    return slug[:60]


def _check_header(columns: list, label: str, line: int | None = None) -> None:
    for col in columns:
        if col not in COLUMNS and col not in OPTIONAL:
            raise FlywheelError.of("own.err.unknown_column", name=_short(col),
                                   required=", ".join(REQUIRED), optional=", ".join(OPTIONAL),
                                   file=label, column=_clip(col), line=line)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise FlywheelError.of("own.err.missing_columns", missing=", ".join(missing),
                               required=", ".join(REQUIRED), optional=", ".join(OPTIONAL),
                               file=label, column=missing[0], line=line)


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        (isinstance(value, str) and not value.strip())


def _clip(text: str) -> str:
    """``text`` cut after 40 characters (for an error message)."""
    return text[:40] + "…" if len(text) > 40 else text


def _short(text: str) -> str:
    """``text`` for an error message: its repr, cut after 40 characters."""
    return repr(_clip(text))


#: the label that describes each kind of character a name must not hold
_INVISIBLE = {"Cc": "own.err.char_control", "Cf": "own.err.char_format",
              "Cs": "own.err.char_surrogate"}


def _invisible(name: str) -> _Phrase | None:
    """A description of the first character of ``name`` that a name must not hold: a control
    character (other than tab and line breaks, which count as spaces), a format character (bidi
    overrides, zero-width spaces and joiners …) or a lone surrogate (not text at all)."""
    for ch in name:
        kind = unicodedata.category(ch)
        if kind in _INVISIBLE and ch not in "\t\n\r":
            label = unicodedata.name(ch, "")    # (a lone surrogate's label says what it is)
            return _Phrase(_INVISIBLE[kind],
                           char=f"U+{ord(ch):04X}" + (f" ({label})" if label else ""))
    return None


def _factor_name(value, where: dict) -> str:
    """A factor's name with runs of white space made one space; FlywheelError (at ``where``)
    for a name that is empty, longer than ``MAX_NAME`` or holds an invisible character."""
    if not isinstance(value, str) or not value.strip():
        raise FlywheelError.of("own.err.no_factor_name", got=_short(str(value)), **where)
    name = " ".join(value.split())
    if len(name) > MAX_NAME:
        raise FlywheelError.of("own.err.long_name", name=_short(name), most=MAX_NAME, **where)
    bad = _invisible(value)
    if bad is not None:
        raise FlywheelError.of("own.err.invisible", name=_short(name), bad=bad, **where)
    return name


def _parse_sign(value, where: dict) -> int:
    text = value.strip().replace("−", "-") if isinstance(value, str) else value
    if isinstance(text, str):
        if text in ("+", "+1", "1"):
            return 1
        if text in ("-", "-1"):
            return -1
    elif isinstance(text, (int, float, np.number)) and not isinstance(text, bool) \
            and text in (1, -1):      # (no float(): a huge integer would overflow)
        return int(text)
    raise FlywheelError.of("own.err.bad_sign", got=_clip(repr(value)), **where)


#: the label naming each number of a link (in an error about it)
_FIELDS = {"strength": "own.err.field_strength", "delay": "own.err.field_delay"}


def _parse_number(value, low: float, high: float, where: dict, *, low_open: bool,
                  what: str) -> float:
    """``value`` as a float in the range (checked as :func:`inputs.number` checks it), or a
    FlywheelError naming the field ``what`` and the range."""
    said = {"what": _Phrase(_FIELDS[what]),
            "interval": _Phrase("own.err.interval", open="(" if low_open else "[", low=low,
                                high=high), **where}
    raw = value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d+,\d+", text):  # a decimal comma (German spreadsheets)
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise FlywheelError.of("own.err.not_a_number", got=_clip(repr(raw)),
                                   **said) from None
    if isinstance(value, int) and abs(value) > 10 ** 15:   # (a float() might overflow)
        raise FlywheelError.of("own.err.number_digits", digits=len(str(abs(value))), **said)
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, np.integer,
                                                      np.floating)):
        raise FlywheelError.of("own.err.not_a_number",
                               got=f"{type(value).__name__} {value!r}", **said)
    try:
        number = float(value)
    except OverflowError:   # an int too large for a float
        number = math.inf
    if math.isnan(number) or math.isinf(number):
        raise FlywheelError.of("own.err.not_finite", got=repr(value), **said)
    if number < low or (low_open and number == low) or number > high:
        raise FlywheelError.of("own.err.out_of_range", got=repr(value), **said)
    return number


def _assemble(name: str, declared, rows, label: str, factor_label: str) -> Flywheel:
    """Validate declarations and link rows; ``rows`` are (row, line, record) with raw values."""
    def where(row, line, column):
        return {"file": label, "row": row, "line": line, "column": column}

    if declared is not None and len(declared) > MAX_FACTORS:
        row, line, _ = declared[MAX_FACTORS]
        raise FlywheelError.of("own.err.too_many_factors", n=len(declared), most=MAX_FACTORS,
                               low=SWEET_SPOT[0], high=SWEET_SPOT[1], file=label, row=row,
                               line=line)
    if len(rows) > MAX_LINKS:
        row, line, _ = rows[MAX_LINKS]
        raise FlywheelError.of("own.err.too_many_links", n=len(rows), most=MAX_LINKS,
                               factors=MAX_FACTORS, file=label, row=row, line=line)
    factors: list[str] = []
    declared_at: dict[str, tuple] = {}
    if declared is not None:
        for row, line, value in declared:
            w = where(row, line, "source") if line is not None else \
                {"file": label, "row": row, "column": factor_label}
            f = _factor_name(value, w)
            if f in declared_at:
                raise FlywheelError.of("own.err.declared_twice", factor=f,
                                       first=declared_at[f][0], **w)
            declared_at[f] = (row, line)
            factors.append(f)
    if not rows:
        raise FlywheelError.of("own.err.no_links", file=label)
    links, seen, known = [], {}, set(factors)
    for row, line, rec in rows:
        for key in REQUIRED:
            if key not in rec:
                raise FlywheelError.of("own.err.missing_key", name=key,
                                       **where(row, line, key))
        src = _factor_name(rec["source"], where(row, line, "source"))
        tgt = _factor_name(rec["target"], where(row, line, "target"))
        for col, f in (("source", src), ("target", tgt)):
            if declared is not None and f not in declared_at:
                raise FlywheelError.of("own.err.unknown_factor", factor=f,
                                       declared=", ".join(factors), **where(row, line, col))
            if declared is None and f not in known:
                if len(factors) == MAX_FACTORS:
                    raise FlywheelError.of(
                        "own.err.one_factor_too_many", n=MAX_FACTORS + 1, name=_short(f),
                        most=MAX_FACTORS, low=SWEET_SPOT[0], high=SWEET_SPOT[1],
                        **where(row, line, col))
                factors.append(f)
                known.add(f)
        if src == tgt:
            raise FlywheelError.of("own.err.self_link", factor=src,
                                   **where(row, line, "target"))
        if (src, tgt) in seen:
            raise FlywheelError.of("own.err.duplicate_link", source=src, target=tgt,
                                   first=seen[(src, tgt)], **where(row, line, "target"))
        seen[(src, tgt)] = row
        sign = _parse_sign(rec["sign"], where(row, line, "sign"))
        strength = _parse_number(rec["strength"], *STRENGTH_RANGE, where(row, line, "strength"),
                                 low_open=True, what="strength")
        delay_raw = rec.get("delay")
        delay = 0.0 if _blank(delay_raw) else _parse_number(
            delay_raw, *DELAY_RANGE, where(row, line, "delay"), low_open=False, what="delay")
        links.append((src, tgt, sign, strength, delay))
    used = {s for s, *_ in links} | {t for _, t, *_ in links}
    for f in factors:
        if f not in used:
            row, line = declared_at[f]
            raise FlywheelError.of("own.err.unused_factor", factor=f,
                                   **(where(row, line, "source") if line is not None else
                                      {"file": label, "row": row, "column": factor_label}))
    frame = pd.DataFrame(links, columns=list(COLUMNS)).astype(
        {"source": object, "target": object, "sign": "int64", "strength": "float64",
         "delay": "float64"})
    _check_loop(factors, links, rows, label)
    return Flywheel(name, tuple(factors), frame)


def _check_loop(factors, links, rows, label) -> None:
    """No loop means some factor is a dead end: name the first row that leads into it."""
    out = {f: [] for f in factors}
    for s, t, *_ in links:
        out[s].append(t)
    # a graph has a cycle iff repeatedly removing factors without outgoing links leaves some
    alive = set(factors)
    changed = True
    while changed:
        changed = False
        for f in list(alive):
            if not any(t in alive for t in out[f]):
                alive.discard(f)
                changed = True
    if alive:
        return
    sinks = [f for f in factors if not out[f]]
    dead = sinks[0] if sinks else factors[-1]
    for (row, line, _rec), (s, t, *_) in zip(rows, links):
        if t == dead:
            raise FlywheelError.of("own.err.dead_end", factor=dead, file=label, row=row,
                                   line=line, column="target")
    raise FlywheelError.of("own.err.no_loop", file=label)


# ------------------------------------------------------------------------------------------------
# Files
# ------------------------------------------------------------------------------------------------
def load(path) -> Flywheel:
    """A flywheel from a ``.csv`` or ``.json`` file (see the module docstring); never runs code.

    Cheap checks come first: a file over ``MAX_BYTES`` is refused before it is read, and the
    counts of factors and links before any of them is checked, so every file is judged in time
    proportional to its size."""
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"{file}: flywheel file not found")
    suffix = file.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise FlywheelError.of("own.err.file_kind", file=file.name)
    too_big = FlywheelError.of("own.err.too_big", kb=MAX_BYTES // 1000, file=file.name)
    if file.stat().st_size > MAX_BYTES:
        raise too_big
    with file.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:     # (grew since stat)
        raise too_big
    text = _decode(data, file.name, suffix)
    if suffix == ".json":
        return _load_json(text, file.name, _slug(file.stem))
    return _load_csv(text, file.name, _slug(file.stem))


def _decode(data: bytes, label: str, suffix: str) -> str:
    found = _data.binary_problem(data)
    if found is not None:
        _problem, line = found
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))   # a byte-order mark, else a NUL
        raise FlywheelError.of("own.err.utf16" if utf16 else "own.err.nul_byte", file=label,
                               line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        bad = data[exc.start:exc.start + 1].hex().upper()
        column = None
        if suffix == ".csv":
            text = data.decode("utf-8-sig", errors="replace")
            lines = text.split("\n")
            delim = _delimiter(lines[0])
            try:
                header = [c.strip().lower() for c in next(csv.reader([lines[0]], delimiter=delim))]
                cells = next(csv.reader([lines[line - 1]], delimiter=delim), [])
            except csv.Error:     # (the column is a bonus: the line is named anyway)
                header, cells = [], []
            for name, cell in zip(header, cells):
                if "\ufffd" in cell:
                    column = name
                    break
        raise FlywheelError.of("own.err.not_utf8", byte=bad, file=label,
                               row=line - 1 if suffix == ".csv" and line > 1 else None,
                               line=line, column=column) from None


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _load_csv(text: str, label: str, name: str) -> Flywheel:
    if not text.strip():
        raise FlywheelError.of("own.err.empty_csv", header=",".join(COLUMNS), file=label,
                               line=1)
    delim = _delimiter(text.split("\n", 1)[0])
    try:
        return _read_csv_rows(_data.csv_rows(text, label, delim), delim, label, name)
    except _data.DataError as exc:   # an unclosed quote, a cell over the csv module's limit …
        raise _csv_error(exc, file=label, line=exc.line) from None


def _csv_error(exc: _data.DataError, **where) -> FlywheelError:
    """The FlywheelError for a row the :mod:`csv` module cannot read (``exc`` from
    :func:`flywheel_lib.data.csv_rows`: the same problem with the same values)."""
    if exc.key == "fit.err.unclosed_quote":
        return FlywheelError.of("own.err.unclosed_quote", **where)
    if exc.key == "fit.err.long_cell":
        return FlywheelError.of("own.err.long_cell", limit=exc.values["limit"], **where)
    if exc.key == "fit.err.quote_end":
        return FlywheelError.of("own.err.quote_end", detail=exc.values["detail"], **where)
    return FlywheelError.of("own.err.not_csv", detail=exc.values.get("detail", exc.problem),
                            **where)


def _read_csv_rows(lines, delim: str, label: str, name: str) -> Flywheel:
    """The flywheel from ``(line, cells)`` pairs, read one by one: a file with too many rows
    is refused at the first row over the limit."""
    _, first = next(lines)
    header = [c.strip().lower() for c in first]
    _check_header(header, label, line=1)
    dup = pd.Index(header)
    if dup.has_duplicates:
        raise FlywheelError.of("own.err.column_twice", file=label, line=1,
                               column=dup[dup.duplicated()][0])
    declared, rows = [], []
    row = 0
    for line, cells in lines:
        if not any(c.strip() for c in cells):
            continue
        row += 1
        if len(cells) > len(header):
            raise FlywheelError.of("own.err.too_many_cells", cells=len(cells),
                                   columns=len(header), delimiter=delim, file=label, row=row,
                                   line=line)
        rec = {h: (userdir.restore_cell(cells[i].strip()) if i < len(cells) else "")
               for i, h in enumerate(header)}
        rest = [rec.get(k, "") for k in ("target", "sign", "strength", "delay")]
        if rec["source"] and not any(rest):
            declared.append((row, line, rec["source"]))
        else:
            rows.append((row, line, rec))
        if len(declared) > MAX_FACTORS or len(rows) > MAX_LINKS:
            raise FlywheelError.of("own.err.more_factors" if len(declared) > MAX_FACTORS else
                                   "own.err.more_links", factors=MAX_FACTORS, links=MAX_LINKS,
                                   file=label, row=row, line=line)
    if not rows and not declared:
        raise FlywheelError.of("own.err.no_rows", file=label, line=2)
    return _assemble(name, declared or None, rows, label, factor_label="source")


#: A flywheel's JSON is an object of lists of objects: three levels of brackets.
MAX_DEPTH = 3
#: A string, a bracket, or a quote that opens no string (the JSON is broken: stop counting).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}"]')


def _check_depth(text: str, label: str) -> None:
    """Refuse JSON nested deeper than ``MAX_DEPTH`` before parsing it (a parser would recurse
    once per level): one pass over the brackets outside strings."""
    depth = 0
    for token in _JSON_TOKEN.finditer(text):
        bracket = token.group()
        if bracket == '"':
            return    # json.loads names the broken string
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                raise FlywheelError.of("own.err.too_deep", depth=MAX_DEPTH,
                                       shape='{"name": …, "factors": […], "links": [{…}, …]}',
                                       file=label, line=line)
        elif bracket in "]}":
            depth -= 1


def _load_json(text: str, label: str, name: str) -> Flywheel:
    if not text.strip():
        raise FlywheelError.of("own.err.empty_json", shape='{"factors": [...], "links": [...]}',
                               file=label, line=1)
    _check_depth(text, label)
    try:
        spec = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FlywheelError.of("own.err.bad_json", detail=_data.python_words(exc.msg),
                               char=exc.colno, file=label,
                               line=exc.lineno) from None
    except (ValueError, RecursionError) as exc:   # a number of over 4,300 digits …
        digits = re.search(r"\d{1000,}", text)
        line = text.count("\n", 0, digits.start()) + 1 if digits else None
        raise FlywheelError.of("own.err.unusable_json", detail=str(exc).split(";")[0],
                               file=label, line=line) from None
    if not isinstance(spec, dict):
        raise FlywheelError.of("own.err.not_an_object",
                               shape='{"name": …, "factors": […], "links": […]}',
                               type=type(spec).__name__, file=label)
    for key in spec:
        if key not in ("name", "factors", "links", "description"):
            raise FlywheelError.of("own.err.unknown_top_key", file=label, column=_clip(key))
    if "links" not in spec:
        raise FlywheelError.of("own.err.missing_links", fields="{source, target, sign, strength}",
                               file=label, column="links")
    if "name" in spec:
        name = _check_name(spec["name"], label)
    links = spec["links"]
    if not isinstance(links, list):
        raise FlywheelError.of("own.err.links_not_list", type=type(links).__name__, file=label,
                               column="links")
    rows = []
    for i, rec in enumerate(links, start=1):
        if not isinstance(rec, dict):
            raise FlywheelError.of("own.err.link_not_object", got=_short(repr(rec)), file=label,
                                   row=i)
        rec = {str(k).strip().lower(): v for k, v in rec.items()}
        for key in rec:
            if key not in COLUMNS and key not in OPTIONAL:
                raise FlywheelError.of("own.err.unknown_link_key", expected=", ".join(COLUMNS),
                                       file=label, row=i, column=_clip(key))
        rows.append((i, None, rec))
    declared = None
    if "factors" in spec:
        factors = spec["factors"]
        if not isinstance(factors, list):
            raise FlywheelError.of("own.err.factors_not_list", type=type(factors).__name__,
                                   file=label, column="factors")
        declared = [(i, None, f) for i, f in enumerate(factors, start=1)]
    return _assemble(name, declared, rows, label, factor_label="factors")


class NotSaved(FlywheelError, userdir.NotWritable):
    """:func:`save` could not write the flywheel's file: ``folder`` names the folder it could not
    write. A :class:`FlywheelError` (what a lesson catches) and a :class:`PermissionError`; the
    message (in the current language) says to set ``FLYWHEEL_USER_DIR`` to a writable folder."""

    def __init__(self, problem: userdir.Problem, file: str):
        self.folder = getattr(problem, "folder", None)
        self.reason, self.code = getattr(problem, "reason", ""), getattr(problem, "code", None)
        self.cause = problem
        FlywheelError.__init__(self, problem.message(), file=file)

    def message(self, language: str | None = None) -> str:
        return f"{self.file}: {self.cause.message(language)}"


def save(flywheel: Flywheel, fmt: str = "json", folder=None, overwrite: bool = False) -> Path:
    """Write ``flywheel`` as ``<name>.json`` or ``<name>.csv`` and return the path.

    ``folder`` defaults to the user folder ``flywheels`` (``~/flywheel_kit/flywheels``, or
    ``$FLYWHEEL_USER_DIR/flywheels``), looked up now. Never writes into the kit's own files
    (PermissionError). The name and the factors are checked again (a name changed after loading
    must not lead out of the folder). An existing file is kept unless ``overwrite=True``
    (FileExistsError otherwise) — also when another kernel saves the same name at the same
    moment: exactly one of them writes the file. The file appears whole or not at all (see
    :func:`flywheel_lib.userdir.write_new`).

    A folder that cannot be written (a read-only home, no permission, a full disk) or a user
    folder that is not allowed raises :class:`NotSaved` — a :class:`FlywheelError` naming the
    folder and saying to set ``FLYWHEEL_USER_DIR`` to a writable folder (in a notebook cell:
    ``%env FLYWHEEL_USER_DIR=/tmp/my_flywheels``). The flywheel itself is untouched.
    """
    if not isinstance(flywheel, Flywheel):
        raise TypeError(f"expected a Flywheel; got {type(flywheel).__name__}")
    if fmt not in ("json", "csv"):
        raise ValueError(f"fmt must be 'json' or 'csv'; got {fmt!r}")
    name = _check_name(flywheel.name, _FLYWHEEL)
    for i, f in enumerate(flywheel.factors, start=1):
        if _factor_name(f, {"file": name, "row": i, "column": "factors"}) != f:
            raise FlywheelError.of("own.err.spaces", name=_short(f), file=name, row=i,
                                   column="factors")
    try:
        data = (_to_json(flywheel) if fmt == "json" else _to_csv(flywheel)).encode("utf-8")
    except UnicodeEncodeError as exc:   # a lone surrogate in a link of a hand-made Flywheel
        raise FlywheelError.of("own.err.not_writable_text", reason=exc.reason,
                               text=_short(exc.object[exc.start:exc.end]), file=name) from None
    if folder is not None:
        base = Path(os.path.abspath(Path(folder).expanduser()))
        if userdir.inside_kit(base) is not None:
            raise PermissionError(f"{base} is inside the kit's own files (its package or "
                                  "shipped data folder); save your flywheel in your own folder "
                                  "(the default is ~/flywheel_kit/flywheels)")
    try:
        if folder is None:
            base = user_dir("flywheels")
        else:
            userdir.make_folder(base)
        target = base / f"{name}.{fmt}"
        if overwrite:
            return userdir.write_over(target, data)
        try:
            return userdir.write_new(target, data)
        except FileExistsError:
            raise FileExistsError(errno.EEXIST, "the file exists already; pass overwrite=True to "
                                  "replace it or give the flywheel another name",
                                  str(target)) from None
    except (userdir.Problem, OSError) as exc:
        problem = userdir.problem_of(exc)
        if problem is None:
            raise
        raise NotSaved(problem, file=f"{name}.{fmt}") from None


def _to_json(fw: Flywheel) -> str:
    spec = {"name": fw.name, "factors": list(fw.factors), "links": [
        {"source": r.source, "target": r.target, "sign": "+" if r.sign > 0 else "-",
         "strength": float(r.strength), "delay": float(r.delay)}
        for r in fw.links.itertuples(index=False)]}
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def _to_csv(fw: Flywheel) -> str:
    """The CSV text; a factor name that a spreadsheet would run as a formula gets a leading
    ``'`` (:func:`flywheel_lib.userdir.neutralise_cell`; :func:`load` takes it off)."""
    cell = userdir.neutralise_cell
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for f in fw.factors:
        w.writerow([cell(f), "", "", "", ""])
    for r in fw.links.itertuples(index=False):
        w.writerow([cell(r.source), cell(r.target), "+" if r.sign > 0 else "-",
                    repr(float(r.strength)), repr(float(r.delay))])
    return buf.getvalue()


def examples() -> list[str]:
    """Names of the worked examples shipped in ``data/``."""
    return list(EXAMPLES)


#: the worked examples' factors in German (the files name them in English)
EXAMPLE_FACTORS_DE = {
    "b2b_software": {"product quality": "Produktqualität", "customer success": "Kundenerfolg",
                     "referrals": "Empfehlungen", "new accounts": "neue Kundenkonten",
                     "revenue": "Umsatz", "support load": "Support-Belastung"},
    "local_shop": {"advice & atmosphere": "Beratung & Atmosphäre",
                   "regular customers": "Stammkunden", "word of mouth": "Mundpropaganda",
                   "new visitors": "neue Besucher", "takings": "Einnahmen",
                   "crowding": "Gedränge"},
}


def renamed(flywheel: Flywheel, names: dict) -> Flywheel:
    """``flywheel`` with its factors renamed by ``names`` (old name → new name; a factor not in
    ``names`` keeps its name). The new names must differ from one another."""
    new = [names.get(f, f) for f in flywheel.factors]
    if len(set(new)) != len(new):
        raise ValueError(f"renaming gives two factors the same name: {new}")
    links = flywheel.links.copy()
    for column in ("source", "target"):
        links[column] = links[column].map(lambda f: names.get(f, f)).astype(links[column].dtype)
    return Flywheel(flywheel.name, tuple(new), links)


def example(name: str = "local_shop", language: str | None = None) -> Flywheel:
    """A shipped worked example (invented): ``"b2b_software"`` or ``"local_shop"``, its factors
    named in ``language`` (``"en"`` as in the file, or ``"de"``; default: the current one)."""
    if name not in EXAMPLES:
        raise KeyError(f"no example {name!r}; examples: {', '.join(EXAMPLES)}")
    fw = load(data_dir() / EXAMPLES[name])
    fw = fw if fw.name == name else Flywheel(name, fw.factors, fw.links)
    if (language or i18n.get_language()) == "de":
        fw = renamed(fw, EXAMPLE_FACTORS_DE[name])
    return fw


# ------------------------------------------------------------------------------------------------
# Reading a flywheel: review and weakest link
# ------------------------------------------------------------------------------------------------
def review(flywheel: Flywheel) -> list[str]:
    """Warnings about a valid flywheel, in the current language (an empty list: all fine).

    Collins's sweet spot of 4–6 components, factors that are on no loop, and a wheel with no
    reinforcing loop (it can never take off by itself).
    """
    notes = []
    n = len(flywheel.factors)
    low, high = SWEET_SPOT
    if n < low:
        notes.append(i18n.t("byo.warn_few", n=n, low=low, high=high))
    elif n > high:
        notes.append(i18n.t("byo.warn_many", n=n, low=low, high=high))
    found = flywheel.loops()
    on_loop = set().union(*found["factors"]) if len(found) else set()
    for f in flywheel.factors:
        if f not in on_loop:
            notes.append(i18n.t("byo.warn_off_loop", factor=f))
    if not (found["polarity"] == loops.REINFORCING).any():
        notes.append(i18n.t("byo.warn_no_reinforcing"))
    return notes


def tipping_point(flywheel: Flywheel, method: str = "auto") -> float:
    """The friction (per month, the same on every factor) above which the wheel runs down.

    ``method``: ``"linear"`` — the largest real eigenvalue of the link matrix, exact when every
    link is positive; ``"simulate"`` — the largest friction at which the engine's own steps keep a
    small wheel turning, right also with braking (−) links, which hold a factor at zero rather
    than below it; ``"auto"`` (default) — ``"linear"`` for all-positive flywheels, else
    ``"simulate"``. See :func:`flywheel_lib.models.loops.tipping_friction`. Returns 0.0 if no
    friction lets the wheel turn by itself.
    """
    if not isinstance(flywheel, Flywheel):
        raise TypeError(f"expected a Flywheel; got {type(flywheel).__name__}")
    return loops.tipping_friction(flywheel.graph, method)


def weakest_links(flywheel: Flywheel, step: float = 0.05) -> pd.DataFrame:
    """The links that drive the wheel, ranked by how much a little more strength on each would
    raise the tipping friction: the first row is the **weakest link** — the one holding the wheel
    back most, where extra effort pays off most.

    Columns: ``source``, ``target``, ``sign``, ``strength``, ``reinforcing_loops`` (how many
    reinforcing loops run through the link), ``gain`` (rise of the tipping friction, per month, if
    the strength grows by ``step``; NaN for a braking link — one with sign − or on no reinforcing
    loop) and ``without`` (the tipping friction with the link removed). Braking links come last.

    For a single loop the tipping friction is the geometric mean of the strengths, which grows
    fastest through its smallest one: the weakest link is then simply the weakest strength.
    """
    step = validate.number("step", step, 0.0, 1.0, low_open=True)
    graph = flywheel.graph

    def tip(a):
        return max(0.0, float(np.max(np.linalg.eigvals(a).real)))

    base = tip(graph.matrix())
    found = flywheel.loops()
    reinforcing = [list(fs) + [fs[0]] for fs, pol in zip(found["factors"], found["polarity"])
                   if pol == loops.REINFORCING]
    rows = []
    for r in flywheel.links.itertuples(index=False):
        a = graph.matrix()
        i, j = graph.index(r.target), graph.index(r.source)
        count = sum(any(ring[k] == r.source and ring[k + 1] == r.target
                        for k in range(len(ring) - 1)) for ring in reinforcing)
        drives = r.sign > 0 and count > 0
        gain = np.nan
        if drives:
            a[i, j] += step
            gain = tip(a) - base
        a[i, j] = 0.0
        rows.append({"source": r.source, "target": r.target, "sign": int(r.sign),
                     "strength": float(r.strength), "reinforcing_loops": count,
                     "gain": gain, "without": tip(a)})
    frame = pd.DataFrame(rows)
    return frame.sort_values(["gain", "strength"], ascending=[False, True], na_position="last",
                             kind="stable").reset_index(drop=True)
