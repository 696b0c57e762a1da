"""Labels in English and German from one table, switched with one call.

The table is ``labels.tsv`` beside this file: one row per key, columns ``key``, ``en``, ``de``
(tab-separated; ``\n`` in a label is a line break; lines starting with ``#`` are comments).
Every label, slider, table header, readout and feedback message a panel shows is looked up here,
so switching the language is one call: ``flywheel_lib.set_language("de")``.

Numbers are written as the language writes them (:func:`number`, :func:`percent`, :func:`money`):
English ``20,000.5``, ``0.30 %``, ``30.00 €``; German ``20.000,5``, ``0,30 %``, ``30,00 €``.
(Reading numbers typed in either way is :func:`flywheel_lib.exercises.read_number`.)

The current language is the only global state of the library (together with the plot style).
"""
from __future__ import annotations

import csv
import numbers
import string
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "de")
_TABLE_PATH = Path(__file__).with_name("labels.tsv")
_state = {"language": "en"}


def _initial(variable: str, allowed, default: str) -> str:
    """The start value from an environment variable (a presenter's whole session), else default."""
    import os
    import warnings

    value = os.environ.get(variable, "").strip().lower()
    if not value:
        return default
    if value not in allowed:
        warnings.warn(f"{variable}={value!r} ignored: allowed values are {', '.join(allowed)}",
                      stacklevel=3)
        return default
    return value


_state["language"] = _initial("FLYWHEEL_LANG", LANGUAGES, "en")


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """The whole label table as ``{key: {"en": ..., "de": ...}}`` (read once, cached)."""
    rows: dict[str, dict[str, str]] = {}
    with _TABLE_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != ["key", *LANGUAGES]:
            raise ValueError(f"{_TABLE_PATH.name}: header must be key, en, de; found {header}")
        for lineno, row in enumerate(reader, start=2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 3:
                raise ValueError(
                    f"{_TABLE_PATH.name} line {lineno}: expected 3 tab-separated columns "
                    f"(key, en, de), found {len(row)}"
                )
            key, en, de = row
            if key in rows:
                raise ValueError(f"{_TABLE_PATH.name} line {lineno}: key {key!r} appears twice")
            rows[key] = {"en": en.replace("\\n", "\n"), "de": de.replace("\\n", "\n")}
    return rows


def set_language(language: str) -> str:
    """Switch every label to ``"en"`` (English) or ``"de"`` (German). Returns the language set.

    Panels built afterwards use the new language; re-run a panel's cell to rebuild it.
    """
    if not isinstance(language, str) or language.lower() not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {language!r}")
    _state["language"] = language.lower()
    return _state["language"]


def get_language() -> str:
    """The current label language, ``"en"`` or ``"de"``."""
    return _state["language"]


def t(key: str, language: str | None = None, **values) -> str:
    """The label for ``key`` in the current (or given) language, formatted with ``values``
    (numbers written as that language writes them: :func:`number`).

    An unknown key raises KeyError naming it, so a missing label is found by the tests,
    not by a presenter on stage.
    """
    rows = table()
    if key not in rows:
        raise KeyError(f"no label {key!r} in {_TABLE_PATH.name}")
    language = language or _state["language"]
    text = rows[key][language]
    return _FORMATTERS[language].format(text, **values) if values else text


class _Formatter(string.Formatter):
    """``str.format`` that writes numbers as its language does (:func:`number`): a label's
    ``{won:,.0f}`` is ``20,000`` in English and ``20.000`` in German."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def format_field(self, value, format_spec):
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            return number(value, format_spec, self.language)
        return super().format_field(value, format_spec)


def has(key: str) -> bool:
    """Whether the table has a label for ``key``."""
    return key in table()


def column_label(column, prefix: str = "col.") -> str:
    """The header of ``column`` in the current language: the label ``prefix + column`` when the
    table has it, else the column's own name."""
    key = prefix + str(column)
    return t(key) if has(key) else str(column)


def translate_columns(frame, prefix: str = "col."):
    """A copy of ``frame`` whose column headers are shown in the current language
    (:func:`column_label`)."""
    mapping = {c: column_label(c, prefix) for c in frame.columns if has(prefix + str(c))}
    return frame.rename(columns=mapping)


# -- numbers -------------------------------------------------------------------------------------
#: the space between a number and its % or € (a plain space, as the lessons' texts type it)
UNIT_SPACE = " "
#: swaps the thousands separator and the decimal mark: English → German
GERMAN_MARKS = str.maketrans({",": ".", ".": ","})


def number(value, spec: str = ",.0f", language: str | None = None) -> str:
    """``value`` formatted with the Python format ``spec`` (e.g. ``",.0f"``, ``".2f"``,
    ``",.3g"``), written as ``language`` (default: the current one) writes numbers: German swaps
    the thousands separator and the decimal point (``20.000``; ``2,54``). NaN and infinities are
    shown as ``–``; what is not a number is returned as its text."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        try:
            value = float(value)
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float) or not isinstance(value, numbers.Integral):
        value = float(value)
        if value != value or value in (float("inf"), float("-inf")):
            return "–"
    else:
        value = int(value)
    text = format(value, spec)
    if (language or _state["language"]) == "de":
        text = text.translate(GERMAN_MARKS)
    return text


def percent(share, digits: int = 0, language: str | None = None) -> str:
    """A share (0.003 = 0.3 %) as a percentage with ``digits`` decimals and the sign after a
    space: ``0.30 %`` in English, ``0,30 %`` in German (as DIN 5008 writes it)."""
    try:
        value = 100 * float(share)
    except (TypeError, ValueError):
        return str(share)
    text = number(value, f",.{digits}f", language)
    return text if text == "–" else text + UNIT_SPACE + "%"


def money(value, digits: int = 2, language: str | None = None, unit: str = "€") -> str:
    """An amount in euros (or ``unit``) with ``digits`` decimals after a space:
    ``30.00 €`` / ``1,250 €`` in English, ``30,00 €`` / ``1.250 €`` in German; ``–`` for NaN."""
    text = number(value, f",.{digits}f", language)
    return text if text == "–" else text + UNIT_SPACE + unit



def table_view(frame, decimals: int = 1, language: str | None = None):
    """``frame`` as a learner should see it in a notebook: headers in ``language`` (default: the
    current one; :func:`translate_columns`) and numbers with ``decimals`` decimals, written as
    that language writes them (``1,234.5`` / ``1.234,5``). A pandas ``Styler``: display it as a
    cell's last line. Whole-number columns are shown without decimals."""
    language = language or _state["language"]
    previous = _state["language"]
    _state["language"] = language
    try:
        shown = translate_columns(frame)
        if shown.index.name is not None:
            shown = shown.rename_axis(column_label(shown.index.name))
    finally:
        _state["language"] = previous
    german = language == "de"
    whole = [c for c, kind in shown.dtypes.items() if kind.kind in "iu"]
    styler = shown.style.format(precision=decimals, thousands="." if german else ",",
                                decimal="," if german else ".")
    if whole:
        styler = styler.format(precision=0, thousands="." if german else ",", subset=whole)
    return styler


_FORMATTERS = {language: _Formatter(language) for language in LANGUAGES}
