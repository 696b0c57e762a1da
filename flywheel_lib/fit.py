"""Fit the kit's models to a learner's own numbers: the Bass curve, and the inbound flywheel.

Three public functions (``from flywheel_lib import fit``):

* :func:`bass` — the Bass (1969) diffusion curve through adopters per period: innovation ``p``,
  imitation ``q``, market ``m``, each with a 90 % interval, and the peak.
* :func:`inbound` — the kit's inbound flywheel (:mod:`flywheel_lib.models.inbound`) through a
  learner's monthly new prospects, new customers and new promoters: the friction of each driver
  and the strength of word of mouth, with 90 % intervals, and a price table: how many customers
  each friction cost (and what they were worth in euros).
* :func:`read_counts` — a learner's CSV file (``,`` or ``;``; decimal commas, thousands
  separators, English or German headers) as a DataFrame for the two fits.

Bad input raises :class:`flywheel_lib.data.DataError` (a ValueError), whose message names the
column or value, the row or line, and what is allowed; ``err.message("de")`` says it in German
(labels ``fit.err.…``), ``str(err)`` in English.

The fits are least squares, solved by a small Levenberg–Marquardt routine written with numpy
(the kit does not depend on scipy). Many fits run at once as one batch — the bootstrap of
:func:`bass` refits 200 simulated data sets in a few milliseconds.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from flywheel_lib import data as _data
from flywheel_lib.data import DataError, Listing, Phrase
from flywheel_lib.models import inbound as _inbound
from flywheel_lib.models import inputs as validate

__all__ = ["bass", "inbound", "read_counts", "BassFit", "InboundFit", "DataError",
           "COLUMN_NAMES", "MIN_PERIODS"]

#: The fewest periods (months, years) a fit accepts: three parameters need some to spare.
MIN_PERIODS = 6
#: The most periods a fit accepts (100 years of months).
MAX_PERIODS = 1200
#: How many simulated data sets the bootstrap of :func:`bass` refits.
DRAWS = 200
#: Two-sided 90 % intervals: the 5th and the 95th percentile.
LEVEL = 0.90

#: The columns :func:`inbound` reads, and the headers it accepts for each (compared after
#: lower-casing, ``ä ö ü ß`` → ``ae oe ue ss`` and spaces or hyphens → ``_``).
COLUMN_NAMES = {
    "new_prospects": ("new_prospects", "prospects", "new_leads", "leads",
                      "neue_interessenten", "interessenten", "neue_leads"),
    "new_customers": ("new_customers", "customers", "neue_kunden", "kunden", "neukunden"),
    "new_promoters": ("new_promoters", "promoters", "neue_fuersprecher", "fuersprecher",
                      "neue_promotoren", "promotoren", "neue_empfehler", "empfehler"),
}
#: Headers of a column that labels the rows (kept as text, never fitted).
LABEL_NAMES = ("month", "monat", "period", "periode", "year", "jahr", "date", "datum")
#: Which column of :func:`flywheel_lib.models.inbound.simulate` each observed column is.
MODEL_COLUMN = {"new_prospects": "attracted", "new_customers": "new_customers",
                "new_promoters": "new_promoters"}
#: The fields of :class:`~flywheel_lib.models.inbound.InboundParams` that :func:`inbound` fits.
FITTED_FIELDS = ("friction_marketing", "friction_sales", "friction_service", "wom_promoters")


# ================================================================================================
# Reading a learner's numbers
# ================================================================================================

def _key(name) -> str:
    """A header as compared with :data:`COLUMN_NAMES`."""
    text = str(name).strip().lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return re.sub(r"[\s\-]+", "_", text)


_SPACES = re.compile(r"[\s\u00a0\u202f']")          # thousands separated by spaces or apostrophes
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_DOT_THOUSANDS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?")      # 1.234.567 or 1.234,5
_COMMA_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")    # 1,234,567 or 1,234.5
_COMMA_DECIMAL = re.compile(r"[+-]?\d*,\d+")                       # 2,5


def _number(text: str, german: bool) -> float | None:
    """The number a spreadsheet cell shows, or ``None`` if it is none.

    ``german`` (a file separated by ``;`` or tabs): ``1.234`` is a thousand and ``2,5`` two and
    a half. Otherwise (``,``): ``1,234`` is a thousand. Unambiguous forms (``1.234,5``,
    ``1,234.5``, ``2,5``, ``2.5``) are read either way."""
    s = _SPACES.sub("", text)
    if not s:
        return None
    if german and _DOT_THOUSANDS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_THOUSANDS.fullmatch(s) and not (german and _COMMA_DECIMAL.fullmatch(s)):
        s = s.replace(",", "")
    elif _DOT_THOUSANDS.fullmatch(s) and "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_DECIMAL.fullmatch(s):
        s = s.replace(",", ".")
    if not _PLAIN.fullmatch(s):
        return None
    value = float(s)
    return value if math.isfinite(value) else None


def _short(text) -> str:
    text = str(text)
    return repr(text[:40] + "…" if len(text) > 40 else text)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_counts(source) -> pd.DataFrame:
    """A learner's CSV file of counts as a DataFrame, one row per period.

    ``source``: a path (str or :class:`~pathlib.Path`), the file's bytes (what a file-upload
    widget holds), or an open file. The file is UTF-8 text (a spreadsheet's "CSV UTF-8"; a
    file that is not UTF-8 but valid Windows-1252 — German Excel's plain "CSV" — is read as
    that), at most 10 MB, separated by ``,``, ``;`` or tabs (whichever the header line has most of).

    Numbers: in a file separated by ``;`` or tabs (German spreadsheets) ``2,5`` is two and a
    half and ``1.234`` is a thousand; in a file separated by ``,`` a quoted ``"1,234"`` is a
    thousand. Spaces and apostrophes between digits are thousands separators (``1 234``,
    ``1'234``). Blank lines are skipped.

    Columns: one named like :data:`LABEL_NAMES` (``month``, ``Monat``, ``year`` …) is kept as
    text; every other column must hold a number in every row. Headers are kept as written (after
    trimming spaces); :func:`inbound` recognises English and German names (:data:`COLUMN_NAMES`).

    Raises :class:`~flywheel_lib.data.DataError` naming the file, the line and the column: an
    empty file, no data rows, a header that appears twice, a row with too many or too few cells,
    an empty cell, or text where a number belongs. FileNotFoundError for a missing path.
    """
    label, raw = _read_bytes(source)
    try:
        text = _data.decode(raw, label)
    except DataError as exc:
        # German Excel's plain "CSV" is Windows-1252, not UTF-8 ("Neue Fürsprecher" fails as
        # UTF-8): read such a file as Windows-1252 when it is valid there and has no control
        # characters; anything else keeps the UTF-8 error
        if exc.key != "fit.err.not_utf8":
            raise
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise exc from None
        if any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text):
            raise exc from None
    if not text.strip():
        raise DataError.of("fit.err.empty_file", where=(label,), line=1)
    delim = _delimiter(text.lstrip("\r\n").split("\n", 1)[0])
    rows = iter(_data.csv_rows(text, label, delim))
    header_line, header = next(rows)
    header = [h.strip() for h in header]
    at_header = (label, Phrase("fit.err.at_line", line=header_line))
    for i, h in enumerate(header):
        if not h:
            raise DataError.of("fit.err.no_name", n=i + 1, where=at_header, line=header_line)
    keys = [_key(h) for h in header]
    dup = pd.Index(header)
    if dup.has_duplicates:
        twice = dup[dup.duplicated()][0]
        raise DataError.of("fit.err.column_twice", name=_short(twice), where=at_header,
                           line=header_line)
    german = delim != ","
    columns: dict[str, list] = {h: [] for h in header}
    lines = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise DataError.of("fit.err.cell_count", cells=len(cells), columns=len(header),
                               delimiter=delim, line=line,
                               where=(label, Phrase("fit.err.at_line", line=line)))
        for h, k, cell in zip(header, keys, cells):
            cell = cell.strip()
            if k in LABEL_NAMES:
                columns[h].append(cell)
                continue
            value = _number(cell, german)
            if value is None:
                where = (label, Phrase("fit.err.at_column", column=h),
                         Phrase("fit.err.at_line", line=line))
                examples = Phrase("fit.err.examples_semicolon") if german else "120"
                if not cell:
                    raise DataError.of("fit.err.cell_empty", examples=examples, where=where,
                                       line=line)
                raise DataError.of("fit.err.cell_text", got=_short(cell), examples=examples,
                                   where=where, line=line)
            columns[h].append(value)
        lines.append(line)
    if not lines:
        raise DataError.of("fit.err.no_rows", where=(label,), line=header_line + 1)
    frame = pd.DataFrame({h: (pd.array(v, dtype=object) if k in LABEL_NAMES
                              else np.array(v, float))
                          for (h, v), k in zip(columns.items(), keys)})
    frame.attrs["lines"] = lines
    frame.attrs["source"] = label
    return frame


def _read_bytes(source) -> tuple[str, bytes]:
    """(label for messages, the first MAX_BYTES + 1 bytes) of a path, bytes or an open file."""
    limit = _data.MAX_BYTES
    if isinstance(source, (bytes, bytearray, memoryview)):
        label, raw = Phrase("fit.err.uploaded_file"), bytes(source[:limit + 1])
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
        label = path.name
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    elif hasattr(source, "read"):
        name = getattr(source, "name", None)
        label = Path(str(name)).name if name is not None else Phrase("fit.err.uploaded_file")
        raw = source.read(limit + 1)
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
    else:
        raise TypeError(f"read_counts needs a path, the file's bytes or an open file; got "
                        f"{type(source).__name__}")
    if len(raw) > limit:
        raise DataError.of("fit.err.too_big", mb=limit // 1_000_000, where=(label,))
    return label, raw


#: the label of a row's place (``where``), of its unit in the plural, and of "every … is 0"
_AT = {"period": "fit.err.at_period", "month": "fit.err.at_month", "line": "fit.err.at_line"}
_UNITS = {"period": "fit.err.periods", "month": "fit.err.months"}
_ALL_ZERO = {"period": "fit.err.all_zero_period", "month": "fit.err.all_zero_month"}


def _check_counts(name, values, rows=None, *, where="period", unit=None) -> np.ndarray:
    """Values of one series as floats: each a finite number ≥ 0, at least :data:`MIN_PERIODS`
    of them and not all 0. A DataError names ``name`` (a text or :class:`Phrase`, or a tuple of
    them: the parts of the place), then ``where`` (``"period"``, ``"month"`` or ``"line"``) and
    ``rows[i]`` (default: i + 1); ``unit`` (``"period"`` or ``"month"``, default ``where``) is
    what the rows are, in the count's message."""
    unit = unit or where
    named = tuple(name) if isinstance(name, tuple) else (name,)
    out = np.empty(len(values))
    for i, v in enumerate(values):
        row = rows[i] if rows is not None else i + 1
        if isinstance(row, bool) or not isinstance(row, (int, np.integer)):
            row = str(row)               # a label (a year, a date): written as it is
        place = (*named, Phrase(_AT[where], **{where: row}))
        if isinstance(v, str):
            number = _number(v, german=False)
            if number is None:
                if not v.strip():
                    raise DataError.of("fit.err.count_empty", where=place)
                raise DataError.of("fit.err.count_text", got=_short(v), where=place)
            v = number
        if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, float, np.integer,
                                                                 np.floating)):
            if v is None or v is pd.NA or v is pd.NaT:
                raise DataError.of("fit.err.count_nan", where=place)
            text = repr(v)
            raise DataError.of("fit.err.count_text",
                               got=text[:40] + "…" if len(text) > 40 else text, where=place)
        v = float(v)
        if math.isnan(v):
            raise DataError.of("fit.err.count_nan", where=place)
        if not math.isfinite(v):
            raise DataError.of("fit.err.count_infinite", got=str(v), where=place)
        if v < 0:
            raise DataError.of("fit.err.negative", value=v, where=place)
        out[i] = v
    if len(out) < MIN_PERIODS:
        raise DataError.of("fit.err.too_few", n=len(out), units=Phrase(_UNITS[unit]),
                           least=MIN_PERIODS, where=named)
    if len(out) > MAX_PERIODS:
        raise DataError.of("fit.err.too_many", n=len(out), units=Phrase(_UNITS[unit]),
                           most=MAX_PERIODS, where=named)
    if not out.any():
        raise DataError.of(_ALL_ZERO[unit], where=named)
    return out


# ================================================================================================
# A batch of least-squares fits (Levenberg–Marquardt, numpy)
# ================================================================================================

def _levenberg_marquardt(model, y, u, lo, hi, *, max_iter=200, tol=1e-10):
    """Minimise ``sum((y - f(u))**2)`` for each row of ``y`` at once.

    ``model(u)`` takes parameters ``u`` of shape (B, k) and returns the predictions ``f`` (B, N)
    and their Jacobian (B, N, k). ``y`` is (B, N); ``u`` (B, k) the starting points, kept within
    ``lo``..``hi`` (length k) by projection: a parameter at its bound whose step would leave
    the box is held there for that step. Returns the fitted ``u`` (B, k) and the sum of squares
    (B,)."""
    u = np.array(u, float)
    B, k = u.shape
    f, J = model(u)
    r = y - f
    sse = np.einsum("bn,bn->b", r, r)
    lam = np.full(B, 1e-3)
    active = np.ones(B, bool)
    eye = np.eye(k)
    for _ in range(max_iter):
        idx = np.flatnonzero(active)
        if idx.size == 0:
            break
        Ja, ra, ua = J[idx], r[idx], u[idx]
        A = np.einsum("bnk,bnl->bkl", Ja, Ja)
        g = np.einsum("bnk,bn->bk", Ja, ra)
        diag = np.einsum("bkk->bk", A)
        scale = diag.max(axis=1, keepdims=True) + 1e-300
        # a parameter at a bound that the gradient pushes outwards is held for this step
        held = ((ua <= lo) & (g < 0)) | ((ua >= hi) & (g > 0))
        A = np.where(held[:, :, None] | held[:, None, :], 0.0, A)
        g = np.where(held, 0.0, g)
        damp = lam[idx, None] * diag + 1e-14 * scale + held
        step = np.linalg.solve(A + damp[:, :, None] * eye, g[:, :, None])[:, :, 0]
        trial = np.clip(ua + step, lo, hi)
        f_t, J_t = model(trial)
        r_t = y[idx] - f_t
        sse_t = np.einsum("bn,bn->b", r_t, r_t)
        ok = sse_t < sse[idx]
        moved = np.abs(trial - ua).max(axis=1)
        gain = sse[idx] - sse_t
        acc = idx[ok]
        u[acc], f[acc], J[acc], r[acc] = trial[ok], f_t[ok], J_t[ok], r_t[ok]
        sse[acc] = sse_t[ok]
        lam[acc] = np.maximum(lam[acc] / 3.0, 1e-9)
        lam[idx[~ok]] *= 4.0
        done = (ok & ((moved < tol) | (gain <= 1e-14 * sse_t))) | (~ok & (lam[idx] > 1e10)) \
            | (sse[idx] <= 1e-28 * np.einsum("bn,bn->b", y[idx], y[idx]))
        active[idx[done]] = False
    return u, sse


# ================================================================================================
# Bass
# ================================================================================================

@dataclass(frozen=True, eq=False)
class BassFit:
    """The Bass curve fitted by :func:`bass`. Rates are per period (the data's period).

    * ``p`` — coefficient of innovation (share of those who have not adopted yet who adopt per
      period on their own), in (0, 1]; ``q`` — coefficient of imitation (how strongly those who
      have adopted pull in the rest, per period), ≥ 0; ``m`` — the market: everybody who will
      ever adopt, in the unit of the data (people, thousands of units …).
    * ``ci`` — ``{"p": (low, high), "q": …, "m": …}``: 90 % intervals (``m``'s is ``(m, m)``
      when the market was given).
    * ``fitted`` — one row per period: ``period`` (1, 2, …), ``observed``, ``fitted`` (adopters
      in that period), ``low`` and ``high`` (the 90 % band of the fitted curve: where the curve
      lies given the uncertainty of p, q and m; single periods scatter more), and ``label``
      (the index of a pandas Series, e.g. the year) when there was one.
    * ``peak_period`` — t* = ln(q/p)/(p + q) of the fitted curve, in periods from the start:
      period 1 runs from t = 0 to t = 1, period k from k − 1 to k, so the peak falls in period
      ``ceil(t*)``. 0 when q ≤ p (adoption is highest at the launch).
    * ``regression`` — Bass's own 1969 estimates (the first stage of the fit, before the
      least-squares refinement): ``{"p", "q", "m"}``, NaN where that regression gives no valid
      market (its quadratic has no positive root).
    """

    p: float
    q: float
    m: float
    ci: dict
    fitted: pd.DataFrame = field(repr=False)
    peak_period: float
    regression: dict

    def curve(self, periods) -> np.ndarray:
        """Adopters per period of the fitted curve for periods 1..``periods`` (a whole number in
        [1, 1200]): to draw the forecast beyond the data."""
        n = int(validate.number("periods", periods, 1, MAX_PERIODS, integer=True))
        F = _bass_cumulative(np.arange(n + 1.0), self.p, self.q)
        return self.m * np.diff(F)


def _bass_cumulative(t, p, q):
    """F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p) e^(−(p+q)t)): the share who adopted by time t."""
    E = np.exp(-(p + q) * t)
    return (1.0 - E) / (1.0 + (q / p) * E)


def _bass_model(n: int, market: float | None):
    """``model(u)`` for :func:`_levenberg_marquardt`: adopters in periods 1..n and the Jacobian,
    for ``u`` = (ln p, ln q[, ln m]) per row; the market is ``market`` if given."""
    t = np.arange(n + 1.0)

    def model(u):
        p, q = np.exp(u[:, 0:1]), np.exp(u[:, 1:2])
        m = np.full_like(p, market) if market is not None else np.exp(u[:, 2:3])
        E = np.exp(-(p + q) * t)
        k = q / p
        D = 1.0 + k * E
        N = 1.0 - E
        tE = t * E
        F = N / D
        D2 = D * D
        dF_dp = (tE * D - N * (-(k / p) * E - k * tE)) / D2
        dF_dq = (tE * D - N * (E / p - k * tE)) / D2
        g = np.diff(F, axis=1)
        mu = m * g
        cols = [m * p * np.diff(dF_dp, axis=1), m * q * np.diff(dF_dq, axis=1)]
        if market is None:
            cols.append(mu)
        return mu, np.stack(cols, axis=2)

    return model


def _bass_regression(y: np.ndarray, market: float | None) -> dict:
    """Bass's 1969 estimates: the regression S_t = a + b·Y(t−1) + c·Y(t−1)², solved for m, p
    and q (with the market given: S_t = p·(m − Y) + q·Y·(m − Y)/m, solved for p and q)."""
    before = np.concatenate([[0.0], np.cumsum(y)[:-1]])
    nan = {"p": math.nan, "q": math.nan, "m": math.nan}
    if market is not None:
        X = np.column_stack([market - before, before * (market - before) / market])
        (p, q), *_ = np.linalg.lstsq(X, y, rcond=None)
        return {"p": float(p), "q": float(q), "m": float(market)} if p > 0 and q >= 0 else \
            {**nan, "m": float(market)}
    X = np.column_stack([np.ones_like(before), before, before ** 2])
    (a, b, c), *_ = np.linalg.lstsq(X, y, rcond=None)
    disc = b * b - 4 * a * c
    if c >= 0 or disc < 0:
        return nan
    m = (-b - math.sqrt(disc)) / (2 * c)
    if not m > 0:
        return nan
    p, q = a / m, -c * m
    return {"p": float(p), "q": float(q), "m": float(m)} if p > 0 and q >= 0 else nan


def _bass_start(y: np.ndarray, market: float | None, regression: dict) -> np.ndarray:
    """A starting point (ln p, ln q[, ln m]): the best of Bass's regression and a grid of (p, q)
    with the best market for each (m is linear in the model, so it has a closed form)."""
    n = len(y)
    t = np.arange(n + 1.0)
    P, Q = np.meshgrid(np.geomspace(1e-4, 0.3, 14), np.geomspace(1e-3, 2.0, 16))
    P, Q = P.reshape(-1, 1), Q.reshape(-1, 1)
    if math.isfinite(regression["p"]) and regression["q"] > 0:
        P = np.vstack([P, [[regression["p"]]]])
        Q = np.vstack([Q, [[regression["q"]]]])
    g = np.diff(_bass_cumulative(t, P, Q), axis=1)
    if market is None:
        m = np.maximum((g @ y) / np.einsum("bn,bn->b", g, g), 1e-300)
    else:
        m = np.full(len(g), market)
    sse = ((y - m[:, None] * g) ** 2).sum(axis=1)
    best = int(np.argmin(sse))
    u = [math.log(P[best, 0]), math.log(Q[best, 0])]
    return np.array(u if market is not None else u + [math.log(m[best])])


def bass(adopters, market=None, *, draws: int = DRAWS, seed: int = 2018) -> BassFit:
    """Fit the Bass (1969) diffusion curve to adopters per period.

    Parameters
    ----------
    adopters : new adopters in each period (a pandas Series, a list or a 1-D array), in order,
        at least 6 and at most 1200 periods, each a number ≥ 0, not all 0. The first value is
        the first period after the launch. Any unit (people, thousands of units); periods of
        any length (months, years) — p and q come out per period.
    market : the market *m* if known (everybody who will ever adopt, in the unit of
        ``adopters``, at least the adopters so far); ``None``: fitted too.
    draws : simulated data sets of the bootstrap, a whole number in [20, 5000].
    seed : the random seed of the bootstrap (a whole number ≥ 0): the same data give the same
        intervals.

    How
    ---
    1. **Bass's regression** (1969): S_t = a + b·Y(t−1) + c·Y(t−1)², where S_t are the adopters
       of period t and Y(t−1) those of all periods before; then m = (−b − √(b² − 4ac))/(2c),
       p = a/m, q = −c·m. Its result is kept as ``regression``: it is what Bass published.
    2. **Non-linear least squares** (Srinivasan & Mason 1986): the adopters of period t are
       m·(F(t) − F(t−1)) with F(t) = (1 − e^(−(p+q)t)) / (1 + (q/p)·e^(−(p+q)t)), the solution
       of Bass's equation in continuous time; m, p and q minimise the squared differences to
       the data (Levenberg–Marquardt, started from the better of step 1 and a grid of p, q).
    3. **Intervals by a parametric bootstrap.** The data are counts, whose scatter grows with
       their size: the fit's residuals give the variance as φ × the fitted adopters (Poisson
       counts have φ = 1; real data usually scatter more, and φ says by how much). ``draws``
       data sets are simulated from the fitted curve with that scatter and each is fitted
       again; the 5th and 95th percentiles of the refitted values are the 90 % interval. As φ
       itself is estimated from the few residuals, each simulated data set draws its own φ
       around the estimate (a χ² with Satterthwaite's degrees of freedom): this widens the
       interval as Student's t widens a mean's. Why a bootstrap and not a profile likelihood:
       a likelihood needs a distribution for the noise that real sales figures do not follow,
       and one search per parameter; the bootstrap carries the data's own scatter and the skew
       of the estimates (m is often less certain upwards than downwards) without a formula,
       and all refits run as one batch (a few milliseconds for 200). tests/test_fit.py checks
       that the intervals hold the truth in about 90 % of simulated cases.

    Data that do not yet slow down (no bend towards a peak) do not tell how big the market is:
    then m runs to the largest value the fit allows (a million times the adopters so far) and
    its interval means nothing — give ``market`` if you know it.

    Returns
    -------
    :class:`BassFit`. Raises :class:`~flywheel_lib.data.DataError` for bad adopters (naming the
    period and the value), ValueError for a bad ``market``, ``draws`` or ``seed``.
    """
    labels = None
    if isinstance(adopters, pd.DataFrame):
        raise TypeError("adopters must be one column of numbers, e.g. frame['sales']; got a "
                        "DataFrame")
    if isinstance(adopters, pd.Series):
        if not adopters.index.equals(pd.RangeIndex(len(adopters))):
            labels = list(adopters.index)      # e.g. years: named in errors, kept in `fitted`
        values = adopters.tolist()
    elif isinstance(adopters, (str, bytes)) or not hasattr(adopters, "__len__"):
        raise TypeError(f"adopters must be a Series, a list or an array of numbers; got "
                        f"{type(adopters).__name__}")
    else:
        arr = np.asarray(adopters, dtype=object)
        if arr.ndim != 1:
            raise TypeError(f"adopters must be one row of numbers (1-D); got shape {arr.shape}")
        values = arr.tolist()
    y = _check_counts(Phrase("fit.err.adopters"), values, labels)
    n = len(y)
    if market is not None:
        market = validate.number("market", market, 0, 1e15, low_open=True)
        if market < y.sum() * (1 - 1e-12):
            raise ValueError(f"market must be at least the adopters so far ({y.sum():g}); got "
                             f"{market:g}")
    draws = int(validate.number("draws", draws, 20, 5000, integer=True))
    seed = int(validate.number("seed", seed, 0, 2 ** 32 - 1, integer=True))

    regression = _bass_regression(y, market)
    model = _bass_model(n, market)
    total = y.sum()
    # bounds of (ln p, ln q, ln m): p in [1e-7, 1], q in [1e-7, 5], m within 1e-3..1e6 × the total
    fixed = market is not None
    lo = np.array([math.log(1e-7), math.log(1e-7)] + ([] if fixed else [math.log(total * 1e-3)]))
    hi = np.array([0.0, math.log(5.0)] + ([] if fixed else [math.log(total * 1e6)]))
    start = np.clip(_bass_start(y, market, regression), lo, hi)
    u, sse = _levenberg_marquardt(model, y[None, :], start[None, :], lo, hi)
    u = u[0]
    mu = model(u[None, :])[0][0]

    # the bootstrap (see the docstring): variance φ·μ; φ from the residuals, each period's share
    # corrected for its leverage h (a fit pulls towards the points it leans on); the draws'
    # own φ scatter around it by Satterthwaite's degrees of freedom; all refitted as one batch
    J = model(u[None, :])[1][0]
    lever = np.einsum("nk,kl,nl->n", J, np.linalg.pinv(J.T @ J), J).clip(0.0, 0.99)
    size = np.maximum(mu, 0.0)
    share = size * (1 - lever)               # each period's part of the expected RSS, per φ
    phi = float(((y - mu) ** 2).sum() / max(share.sum(), 1e-300))
    dof = max(float(share.sum() ** 2 / max((share ** 2).sum(), 1e-300)), 1.0)
    rng = np.random.default_rng(seed)
    phis = phi * dof / rng.chisquare(dof, draws)
    sims = np.maximum(mu + np.sqrt(phis[:, None] * size) * rng.standard_normal((draws, n)), 0.0)
    U, _ = _levenberg_marquardt(model, sims, np.repeat(u[None, :], draws, axis=0), lo, hi)
    U = U[np.isfinite(U).all(axis=1)]
    tail = (1 - LEVEL) / 2 * 100
    lows, highs = np.percentile(U, [tail, 100 - tail], axis=0)
    p, q = math.exp(u[0]), math.exp(u[1])
    m = float(market) if market is not None else math.exp(u[2])
    ci = {"p": (math.exp(lows[0]), math.exp(highs[0])), "q": (math.exp(lows[1]),
                                                               math.exp(highs[1]))}
    ci["m"] = (m, m) if market is not None else (math.exp(lows[2]), math.exp(highs[2]))
    curves = model(U)[0]
    band_lo, band_hi = np.percentile(curves, [tail, 100 - tail], axis=0)
    fitted = pd.DataFrame({"period": np.arange(1, n + 1), "observed": y, "fitted": mu,
                           "low": band_lo, "high": band_hi})
    if labels is not None:
        fitted["label"] = labels
    peak = (math.log(q) - math.log(p)) / (p + q) if q > p else 0.0
    return BassFit(p=p, q=q, m=m, ci=ci, fitted=fitted, peak_period=peak, regression=regression)


# ================================================================================================
# The inbound flywheel
# ================================================================================================

@dataclass(frozen=True, eq=False)
class InboundFit:
    """The inbound flywheel fitted by :func:`inbound` to ``months`` months of counts.

    * ``frictions`` — ``{"marketing": …, "sales": …, "service": …}``: the share of each driver's
      effect that is lost (attract, engage, delight), each in [0, 1].
    * ``word_of_mouth`` — strangers one promoter brings in per month (relative to the whole
      market, as in Bass's model: ``wom_promoters`` of the model), in [0, 1].
    * ``ci`` — 90 % intervals ``(low, high)`` for ``"marketing"``, ``"sales"``, ``"service"``
      and ``"word_of_mouth"``.
    * ``fitted`` — one row per month: ``month`` (1, 2, …), and for each of ``new_prospects``,
      ``new_customers`` and ``new_promoters`` the observed count and the wheel's (columns
      ``new_customers`` and ``new_customers_fitted`` …); ``label`` if the data had a month
      column.
    * ``price`` — one row per driver: ``driver``, ``flow`` (attract, engage, delight),
      ``friction``, ``customers_lost`` (how many more customers the wheel would have won over
      the same months with that friction at 0, all else as fitted), its 90 % interval ``low``,
      ``high``, and the same in euros (``eur``, ``eur_low``, ``eur_high``; NaN without a value
      per customer).
    * ``customers_won`` — customers the fitted wheel won over the months (people).
    * ``params`` — the fitted :class:`~flywheel_lib.models.inbound.InboundParams`.
    * ``value_per_customer`` — € per customer as given (or ``None``).

    :meth:`what_if` prices a friction scaled by a factor (a slider: "cut this friction by half").
    """

    frictions: dict
    word_of_mouth: float
    ci: dict
    fitted: pd.DataFrame = field(repr=False)
    price: pd.DataFrame = field(repr=False)
    customers_won: float
    params: _inbound.InboundParams = field(repr=False)
    value_per_customer: float | None
    months: int

    def what_if(self, driver: str, factor) -> dict:
        """The wheel over the same months with one driver's friction × ``factor``.

        ``driver``: ``"marketing"``, ``"sales"`` or ``"service"``; ``factor`` in [0, 10] (0.5:
        half the friction; 0: none; the friction stays at most 1). Returns a dict: ``driver``,
        ``factor``, ``friction`` (the new one), ``customers`` (won with it), ``extra_customers``
        (more than as fitted; negative for fewer) and ``eur`` (those in €, NaN without a value
        per customer). One run of the model: well under a millisecond.
        """
        if driver not in _inbound.DRIVERS:
            raise ValueError(f"driver must be one of {', '.join(_inbound.DRIVERS)}; got "
                             f"{driver!r}")
        factor = validate.number("factor", factor, 0.0, 10.0)
        name = f"friction_{driver}"
        friction = min(1.0, getattr(self.params, name) * factor)
        changed, base = _with_valid_step(self.params, **{name: friction})
        won = _inbound.final_customers(changed, self.months)
        here = self.customers_won if base is self.params else \
            _inbound.final_customers(base, self.months)
        extra = won - here
        value = self.value_per_customer
        return {"driver": driver, "factor": factor, "friction": friction, "customers": won,
                "extra_customers": extra, "eur": extra * value if value is not None else math.nan}


    def scenario(self, marketing=1.0, sales=1.0, service=1.0) -> pd.DataFrame:
        """The fitted wheel over the same months with every driver's friction × its factor at
        once (each factor in [0, 10]: 0.5 halves that friction, 1 keeps it; a friction stays at
        most 1) — lesson 11's "what if" sliders.

        Returns one row per month: ``month`` (1, 2, …) and ``new_customers`` (people per month);
        ``attrs`` holds ``customers`` (won over the months), ``extra_customers`` (more than as
        fitted) and ``eur`` (those in €; NaN without a value per customer), and ``frictions``
        (the new ones, by driver). One run of the model: about a millisecond.
        """
        changes = {}
        for driver, factor in zip(_inbound.DRIVERS, (marketing, sales, service)):
            factor = validate.number(driver, factor, 0.0, 10.0)
            name = f"friction_{driver}"
            changes[name] = min(1.0, getattr(self.params, name) * factor)
        changed, base = _with_valid_step(self.params, **changes)
        run = _inbound.simulate(changed, self.months)
        won = float(run["cumulative_customers"].iloc[-1])
        here = self.customers_won if base is self.params else \
            _inbound.final_customers(base, self.months)
        frame = pd.DataFrame({"month": np.arange(1, self.months + 1),
                              "new_customers": run["new_customers"].to_numpy()[1:]})
        value = self.value_per_customer
        frame.attrs.update(customers=won, extra_customers=won - here,
                           eur=(won - here) * value if value is not None else math.nan,
                           frictions={d: changes[f"friction_{d}"] for d in _inbound.DRIVERS})
        return frame


def _with_valid_step(params, **changes):
    """(``params`` with ``changes``, ``params`` at the same step): at a finer step 1/n where the
    changed wheel's flows are too fast for the current one (both at that step, for a fair
    comparison)."""
    dt = params.dt
    for _ in range(12):
        try:
            changed = replace(params, **changes, dt=dt)
            return changed, params if dt == params.dt else replace(params, dt=dt)
        except ValueError:
            dt /= 2
    raise ValueError(f"no Euler step makes the wheel with {changes} valid")


def _grid(params, months, **vary) -> dict:
    """:func:`~flywheel_lib.models.inbound.simulate_grid`, at a finer step if a varied set's
    flows are too fast for ``params.dt``."""
    par = params
    for _ in range(12):
        try:
            return _inbound.simulate_grid(par, months, **vary)
        except ValueError as exc:
            if not str(exc).startswith("dt must be"):
                raise
            par = replace(par, dt=par.dt / 2)
    raise ValueError("no Euler step makes these wheels valid")


#: each observed column as the messages name it (English: its name; German: Neue Kunden …)
_MEANING = {"new_prospects": "fit.err.col_new_prospects",
            "new_customers": "fit.err.col_new_customers",
            "new_promoters": "fit.err.col_new_promoters"}


def _counts_frame(counts) -> tuple[np.ndarray, list | None]:
    """The three observed columns (months × 3, in :data:`COLUMN_NAMES` order) and the month
    labels, from a learner's DataFrame; DataError naming the column and the row."""
    if not isinstance(counts, pd.DataFrame):
        raise TypeError(f"counts must be a DataFrame with one row per month (read a CSV file "
                        f"with fit.read_counts); got {type(counts).__name__}")
    found: dict[str, str] = {}
    label_col = None
    where = (Phrase("fit.err.counts"),)
    for col in counts.columns:
        k = _key(col)
        for canon, names in COLUMN_NAMES.items():
            if k in names:
                if canon in found:
                    raise DataError.of("fit.err.same_meaning", first=found[canon], second=col,
                                       meaning=Phrase(_MEANING[canon]), where=where)
                found[canon] = col
        if k in LABEL_NAMES and label_col is None:
            label_col = col
    missing = [c for c in COLUMN_NAMES if c not in found]
    if missing:
        accepted = Listing([Listing([Phrase(_MEANING[c]), ", ".join(COLUMN_NAMES[c])], ": ")
                            for c in missing], "; ")
        raise DataError.of("fit.err.missing_columns",
                           missing=Listing([Phrase(_MEANING[c]) for c in missing]),
                           accepted=accepted,
                           found=", ".join(map(str, counts.columns)) or Phrase("fit.err.none"),
                           where=where)
    # a frame from read_counts knows each row's line in the file: errors name it
    lines = counts.attrs.get("lines")
    in_file = lines is not None and len(lines) == len(counts)
    src = counts.attrs.get("source") if in_file else None
    obs = np.column_stack([
        _check_counts((*([src] if src else []),
                       Phrase("fit.err.at_column", column=str(found[c]))),
                      counts[found[c]].tolist(), lines if in_file else None,
                      where="line" if in_file else "month", unit="month")
        for c in COLUMN_NAMES])
    labels = counts[label_col].tolist() if label_col is not None else None
    return obs, labels


def _t_quantile(prob: float, dof: float) -> float:
    """Student's t quantile (Cornish–Fisher expansion about the normal one; within 1e-3 for
    dof ≥ 5 at the 95th percentile)."""
    z = _normal_quantile(prob)
    if not math.isfinite(dof) or dof > 1e6:
        return z
    v = dof
    return (z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3))


def _normal_quantile(prob: float) -> float:
    """The standard normal quantile, by bisection on the error function (exact to 1e-12)."""
    lo, hi = -10.0, 10.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < prob:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _inbound_model(base, months: int, h: float = 1e-6):
    """``model(theta)`` for :func:`_levenberg_marquardt`: √(new prospects, new customers, new
    promoters) of months 1..``months`` flattened month by month, and the Jacobian by forward
    differences (backward at the upper bound) — one vectorised run of the model for all."""
    k = len(FITTED_FIELDS)

    def model(theta):
        B = len(theta)
        sets = np.repeat(theta[:, None, :], k + 1, axis=1)
        sign = np.where(theta + h > 1.0, -1.0, 1.0)
        for i in range(k):
            sets[:, i + 1, i] += sign[:, i] * h
        flat = sets.reshape(-1, k)
        out = _grid(base, months, **{f: flat[:, i] for i, f in enumerate(FITTED_FIELDS)})
        flows = np.stack([out[MODEL_COLUMN[c]][1:] for c in COLUMN_NAMES], axis=2)  # (m, S, 3)
        root = np.sqrt(np.maximum(flows, 0.0)).transpose(1, 0, 2).reshape(B, k + 1, -1)
        f = root[:, 0]
        J = ((root[:, 1:] - f[:, None, :]) / (sign[:, :, None] * h)).transpose(0, 2, 1)
        return f, J

    return model


def _inbound_start(base, months: int, target: np.ndarray) -> np.ndarray:
    """For each row of ``target`` (B, 3·months), the best point of a coarse grid of frictions
    and word of mouth (the grid is run once, vectorised, for all rows)."""
    f = np.array([0.05, 0.25, 0.45, 0.65, 0.85])
    w = np.array([0.02, 0.1, 0.3, 0.6, 0.95])
    grid = np.array(np.meshgrid(f, f, f, w, indexing="ij")).reshape(4, -1).T
    out = _grid(base, months, **{name: grid[:, i] for i, name in enumerate(FITTED_FIELDS)})
    flows = np.stack([out[MODEL_COLUMN[c]][1:] for c in COLUMN_NAMES], axis=2)
    root = np.sqrt(np.maximum(flows, 0.0)).transpose(1, 0, 2).reshape(len(grid), -1)
    sse = (target ** 2).sum(axis=1)[:, None] - 2 * target @ root.T + (root ** 2).sum(axis=1)
    return grid[np.argmin(sse, axis=1)]


def _fit_inbound(base, obs: np.ndarray):
    """Fit the wheel to each of B data sets at once: ``obs`` (B, months, 3) → the fitted
    parameters (B, 4), the fitted flows (B, months, 3), their covariance (B, 4, 4) and the
    t quantile of the 90 % intervals."""
    B, months, _ = obs.shape
    target = np.sqrt(obs).reshape(B, -1)
    k = len(FITTED_FIELDS)
    model = _inbound_model(base, months)
    start = _inbound_start(base, months, target)
    theta, _ = _levenberg_marquardt(model, target, start, np.zeros(k), np.ones(k))
    f, J = model(theta)
    # sandwich covariance (HC3, MacKinnon & White 1985): each count's own squared residual on
    # the √ scale, enlarged for its leverage h — robust to scatter that differs between the
    # series and grows with the counts (overdispersion)
    N = 3 * months
    A = np.einsum("bnk,bnl->bkl", J, J)
    lever = np.einsum("bnk,bkl,bnl->bn", J, np.linalg.pinv(A), J).clip(0.0, 0.99)
    w = (target - f) ** 2 / (1 - lever) ** 2
    meat = np.einsum("bnk,bn,bnl->bkl", J, w, J)
    cov = np.full((B, k, k), np.nan)
    for b in range(B):
        # a parameter the counts do not move (word of mouth drowned by bad talk, say) is not
        # identified: its variance is infinite, and the others are estimated without it
        d = np.diag(A[b])
        free = d > 1e-10 * max(d.max(), 1e-300)
        bread = np.linalg.pinv(A[b][np.ix_(free, free)])
        cov[b][np.ix_(free, free)] = bread @ meat[b][np.ix_(free, free)] @ bread
        cov[b][~free, :] = cov[b][:, ~free] = 0.0
        cov[b][~free, ~free] = np.inf
    return theta, (f ** 2).reshape(B, months, 3), cov, _t_quantile(0.5 + LEVEL / 2, N - k)


def inbound(counts, value_per_customer=None, *, params=None) -> InboundFit:
    """Fit the kit's inbound flywheel to a learner's monthly counts, and price each friction.

    Parameters
    ----------
    counts : a DataFrame with one row per month, in order (at least 6, at most 1200), from the
        wheel's first month on, with three columns of counts (numbers ≥ 0): new prospects
        (strangers who became prospects that month), new customers (prospects who bought) and
        new promoters (customers who became fans who recommend you). Their headers may be English
        or German (:data:`COLUMN_NAMES`): ``new_prospects``/``prospects``/``leads`` or
        ``Neue Interessenten``/``Interessenten``; ``new_customers``/``customers`` or
        ``Neue Kunden``/``Kunden``/``Neukunden``; ``new_promoters``/``promoters`` or
        ``Neue Fürsprecher``/``Fürsprecher``/``Promotoren``/``Empfehler``. A ``month``/``Monat``
        column labels the rows; other columns are ignored. Read a CSV file with :func:`read_counts`.
    value_per_customer : what one customer is worth to you, € (e.g. the margin over a customer's
        lifetime), a number in [0, 1e9]; ``None``: the price table has no euros.
    params : an :class:`~flywheel_lib.models.inbound.InboundParams` holding everything the fit
        keeps fixed (``None``: the lesson's defaults, see below).

    What is fitted, what is kept
    ----------------------------
    Fitted: ``friction_marketing``, ``friction_sales``, ``friction_service`` (each in [0, 1])
    and ``wom_promoters``, the word of mouth of one promoter (in [0, 1]). Everything else stays
    as in ``params`` (by default the lesson's wheel), because monthly counts of three flows
    cannot tell it apart from the frictions: the size of the market, the energy put into each
    driver and what a unit of it buys, how broadly marketing aims, how fast content fades,
    prospects lose interest and customers churn, and how much customers talk or badmouth.
    Twice the energy against twice the friction loss, for example, looks alike in the data;
    the frictions are therefore measured against *the kit's* wheel — they are the frictions
    that make that wheel reproduce your counts. If you know your market or your monthly
    spend, put them into ``params``. The wheel starts at month 0 with
    ``params.initial_customers`` customers (default 0: a new wheel).

    Word of mouth shows in the counts only once promoters are many and outtalk the unhappy
    customers; in a young wheel or one with much friction in service it may not show at all.
    Then ``word_of_mouth`` is poorly determined (a wide interval), and where the counts do not
    move it at all its interval is the whole range (0, 1).

    How
    ---
    Least squares on the square roots of the counts (the square root makes the scatter of
    counts about equal for small and large numbers, so promoters weigh as much as prospects),
    by Levenberg–Marquardt from the best point of a coarse grid; the model runs through
    :func:`~flywheel_lib.models.inbound.simulate_grid` (all trial points at once).
    Intervals: the linearised covariance of the least-squares estimate in its robust
    ("sandwich", HC3) form, which takes each count's own scatter, with Student's t. The
    wheel's curves are smooth and the counts many, so the estimates are close to normal;
    tests/test_fit.py checks that the intervals hold the truth in about 90 % of simulated
    cases. The price table's intervals carry those of the fitted parameters through the model
    (delta method).

    Returns
    -------
    :class:`InboundFit`. Raises :class:`~flywheel_lib.data.DataError` for bad counts (naming the
    column, the row and the value, or listing the accepted column names), ValueError for a bad
    ``value_per_customer``, TypeError for ``params`` that is no InboundParams.
    """
    obs, labels = _counts_frame(counts)
    months = len(obs)
    if value_per_customer is not None:
        value_per_customer = _value_per_customer(value_per_customer)
    base = _inbound._check_params(params, allow_none=True)
    if obs[:, 0].sum() > base.market:
        raise DataError.of("fit.err.market", total=float(obs[:, 0].sum()),
                           market=float(base.market), where=(Phrase("fit.err.counts"),))
    thetas, flows, covs, t = _fit_inbound(base, obs[None])
    theta, flows, cov = thetas[0], flows[0], covs[0]
    se = np.sqrt(np.maximum(np.diag(cov), 0.0))
    names = [*_inbound.DRIVERS, "word_of_mouth"]
    ci = {name: (float(max(0.0, theta[i] - t * se[i])), float(min(1.0, theta[i] + t * se[i])))
          for i, name in enumerate(names)}

    fitted_params = replace(base, **{name: float(theta[i]) for i, name in
                                     enumerate(FITTED_FIELDS)})
    table = {"month": np.arange(1, months + 1)}
    for j, col in enumerate(COLUMN_NAMES):
        table[col] = obs[:, j]
        table[f"{col}_fitted"] = flows[:, j]
    fitted = pd.DataFrame(table)
    if labels is not None:
        fitted["label"] = labels
    price, won = _price_table(fitted_params, months, theta, cov, t, value_per_customer)
    return InboundFit(
        frictions={d: float(theta[i]) for i, d in enumerate(_inbound.DRIVERS)},
        word_of_mouth=float(theta[3]), ci=ci, fitted=fitted, price=price, customers_won=won,
        params=fitted_params, value_per_customer=value_per_customer, months=months)


def _value_per_customer(value) -> float:
    """``value`` as a float in [0, 1e9]: TypeError for no number, DataError (a ValueError, in
    English and German) for one outside the range or not finite."""
    low, high = 0.0, 1e9
    try:
        return validate.number("value_per_customer", value, low, high)
    except TypeError:
        raise
    except ValueError as exc:
        finite = "must be a finite number" not in str(exc)
        # a plain int or float is written as the language writes numbers; others as Python does
        shown = value if finite and type(value) in (int, float) else repr(value)
        raise DataError.of("fit.err.value_range" if finite else "fit.err.value_not_finite",
                           low=low, high=high, got=shown) from None


def _price_table(par, months, theta, cov, t, value) -> tuple[pd.DataFrame, float]:
    """Customers each friction cost (:func:`~flywheel_lib.models.inbound.friction_costs`) with a
    90 % interval by the delta method: one vectorised run of the wheel as fitted, with each
    friction at 0, and the same for each fitted parameter nudged."""
    k = len(FITTED_FIELDS)
    h = 1e-5
    points = [theta] + [theta + np.where(np.arange(k) == i, h if theta[i] + h <= 1 else -h, 0)
                        for i in range(k)]
    sets = []
    for pt in points:
        sets.append(pt.copy())
        for i in range(3):
            off = pt.copy()
            off[i] = 0.0
            sets.append(off)
    sets = np.array(sets)
    out = _grid(par, months, **{name: sets[:, i] for i, name in enumerate(FITTED_FIELDS)})
    won = out["cumulative_customers"][-1].reshape(k + 1, 4)
    lost = won[:, 1:] - won[:, :1]                     # (k + 1, 3): per point, per driver
    steps = np.array([pt - theta for pt in points[1:]]).sum(axis=1)
    grad = (lost[1:] - lost[0]) / steps[:, None]       # (k, 3)
    costs = _inbound.friction_costs(par, months)
    unknown = ~np.isfinite(np.diag(cov))            # not identified: infinite variance
    known = np.where(np.isfinite(cov), cov, 0.0)
    var = np.einsum("kd,kl,ld->d", grad, known, grad)
    var = np.where((grad[unknown] != 0).any(axis=0), np.inf, np.maximum(var, 0.0))
    se = np.sqrt(var)
    rows = []
    for i, d in enumerate(_inbound.DRIVERS):
        c = float(costs[d])
        # never fewer than none lost (unless the point itself is below 0), never more than the
        # whole market: an unidentified parameter's infinite interval ends there
        low, high = max(c - t * se[i], min(c, 0.0)), min(c + t * se[i], par.market)
        rows.append({"driver": d, "flow": _inbound.FLOWS[d], "friction": float(theta[i]),
                     "customers_lost": c, "low": low, "high": high})
        for col, x in (("eur", c), ("eur_low", low), ("eur_high", high)):
            rows[-1][col] = x * value if value is not None else math.nan
    return pd.DataFrame(rows), float(_inbound.final_customers(par, months))
