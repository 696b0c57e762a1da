"""Loading the kit's shipped data by name, from any working directory, with validation.

``load("aida_campaigns")`` reads ``data/aida_campaigns.csv`` from the kit's ``data/`` folder (found
next to the package, or in the folder named by the environment variable ``FLYWHEEL_KIT_DATA``) and
checks it against its schema in :data:`SCHEMAS`. A missing or malformed file raises an error that
names the file, the column and what was expected.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd


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
}


def data_dir() -> Path:
    """The folder the kit's data is read from."""
    env = os.environ.get("FLYWHEEL_KIT_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "data"


def available() -> list[str]:
    """Names of the data sets that :func:`load` knows."""
    return sorted(SCHEMAS)


def load(name: str, path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The validated DataFrame of ``data/<name>.csv``.

    ``path`` reads another file against the same schema (for your own counts).
    Raises FileNotFoundError for a missing file and ValueError naming the file, the column (and
    row) and what was expected for a malformed one.
    """
    if name not in SCHEMAS:
        raise KeyError(f"unknown data set {name!r}; available: {', '.join(available())}")
    schema = SCHEMAS[name]
    file = Path(path) if path is not None else data_dir() / f"{name}.csv"
    if not file.is_file():
        raise FileNotFoundError(f"{file}: data file not found (expected the data set {name!r})")
    try:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.EmptyDataError:
        raise ValueError(f"{file.name}: the file is empty; expected the columns "
                         f"{', '.join(schema.columns)}") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{file.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return validate_frame(frame, schema, file.name)


def validate_frame(frame: pd.DataFrame, schema: Schema, label: str) -> pd.DataFrame:
    """Check and convert a frame of strings against ``schema``; ``label`` names it in errors."""
    expected = list(schema.columns)
    found = [str(c).strip() for c in frame.columns]
    missing = [c for c in expected if c not in found]
    extra = [c for c in found if c not in expected]
    if missing:
        raise ValueError(f"{label}: missing column(s) {', '.join(missing)}; "
                         f"expected exactly {', '.join(expected)}")
    if extra:
        raise ValueError(f"{label}: unexpected column(s) {', '.join(extra)}; "
                         f"expected exactly {', '.join(expected)}")
    frame = frame.set_axis(found, axis=1)[expected]
    if frame.empty:
        raise ValueError(f"{label}: no data rows; expected at least one row of "
                         f"{', '.join(expected)}")
    out = {}
    for col, kind in schema.columns.items():
        raw = frame[col].astype(str).str.strip()
        if kind == "str":
            blank = raw == ""
            if blank.any():
                row = int(np.flatnonzero(blank.to_numpy())[0]) + 2
                raise ValueError(f"{label}, column {col}, line {row}: empty; expected text")
            out[col] = raw.astype(object)
            continue
        values = pd.to_numeric(raw, errors="coerce")
        bad = values.isna() | ~np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
        if bad.any():
            i = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValueError(f"{label}, column {col}, line {i + 2}: {raw.iloc[i]!r} is not a "
                             f"finite number; expected {'a whole number' if kind == 'int' else 'a number'}")
        if kind == "int":
            frac = values != np.round(values)
            if frac.any():
                i = int(np.flatnonzero(frac.to_numpy())[0])
                raise ValueError(f"{label}, column {col}, line {i + 2}: {raw.iloc[i]!r} is not a "
                                 "whole number; expected a count")
            values = values.astype("int64")
        else:
            values = values.astype(float)
        out[col] = values
    result = pd.DataFrame(out)
    for col in schema.nonnegative:
        neg = result[col] < 0
        if neg.any():
            i = int(np.flatnonzero(neg.to_numpy())[0])
            raise ValueError(f"{label}, column {col}, line {i + 2}: {result[col].iloc[i]} is "
                             "negative; expected a value ≥ 0")
    for col, (low, high) in schema.ranges.items():
        out_of = (result[col] < low) | (result[col] > high)
        if out_of.any():
            i = int(np.flatnonzero(out_of.to_numpy())[0])
            raise ValueError(f"{label}, column {col}, line {i + 2}: {result[col].iloc[i]} is "
                             f"outside the allowed range [{low}, {high}]")
    cols = schema.non_increasing
    for a, b in zip(cols, cols[1:]):
        up = result[b] > result[a]
        if up.any():
            i = int(np.flatnonzero(up.to_numpy())[0])
            raise ValueError(f"{label}, column {b}, line {i + 2}: {result[b].iloc[i]} exceeds "
                             f"{a} ({result[a].iloc[i]}); expected {b} ≤ {a}, since a stage keeps "
                             "at most the people who entered it")
    for col in schema.unique:
        dup = result[col].duplicated()
        if dup.any():
            i = int(np.flatnonzero(dup.to_numpy())[0])
            raise ValueError(f"{label}, column {col}, line {i + 2}: {result[col].iloc[i]!r} "
                             "appears twice; expected unique values")
    return result
