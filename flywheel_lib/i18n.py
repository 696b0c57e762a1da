"""Labels in English and German from one table, switched with one call.

The table is ``labels.tsv`` beside this file: one row per key, columns ``key``, ``en``, ``de``
(tab-separated; ``\n`` in a label is a line break; lines starting with ``#`` are comments).
Every label, slider, table header, readout and feedback message a panel shows is looked up here,
so switching the language is one call: ``flywheel_lib.set_language("de")``.

The current language is the only global state of the library (together with the plot style).
"""
from __future__ import annotations

import csv
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
    """The label for ``key`` in the current (or given) language, formatted with ``values``.

    An unknown key raises KeyError naming it, so a missing label is found by the tests,
    not by a presenter on stage.
    """
    rows = table()
    if key not in rows:
        raise KeyError(f"no label {key!r} in {_TABLE_PATH.name}")
    text = rows[key][language or _state["language"]]
    return text.format(**values) if values else text


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
