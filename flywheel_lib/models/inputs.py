"""Checks of user input that name the field and the allowed range (shared by every model)."""
from __future__ import annotations

import math
import numbers

import numpy as np

#: The largest count of people (or of anything else counted) a model accepts: 2**53, the largest
#: whole number a float keeps exactly. Far inside int64, so a count shown as a whole number never
#: wraps round (1e19 would: it does not fit an int64).
MAX_COUNT = float(2 ** 53)


def number(name: str, value, low: float | None = None, high: float | None = None,
           *, integer: bool = False, low_open: bool = False) -> float:
    """``value`` as a float, or a TypeError/ValueError naming ``name`` and the allowed range."""
    rng = _range_text(low, high, low_open)
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, np.integer,
                                                      np.floating)):
        raise TypeError(f"{name} must be a number {rng}; got {type(value).__name__} {value!r}")
    try:
        v = float(value)
    except OverflowError:   # an int too large for a float (10**400)
        v = math.inf
    if math.isnan(v) or math.isinf(v):
        raise ValueError(f"{name} must be a finite number {rng}; got {value!r}")
    if integer and v != int(v):
        raise ValueError(f"{name} must be a whole number {rng}; got {value!r}")
    if (low is not None and (v < low or (low_open and v == low))) or (high is not None and v > high):
        raise ValueError(f"{name} must be {rng}; got {value!r}")
    return v


def fields(obj, ranges: dict, integers: tuple = ()) -> None:
    """Check every field of a frozen dataclass ``obj`` named in ``ranges`` (field → (low, high,
    …)) like :func:`number`, and store the checked value (a float; an int for ``integers``)."""
    for name, (low, high, *_rest) in ranges.items():
        whole = name in integers
        value = number(name, getattr(obj, name), low, high, integer=whole)
        object.__setattr__(obj, name, int(value) if whole else value)


def numbers_in(name: str, values, low: float, high: float, length: int | None = None) -> np.ndarray:
    """A sequence of numbers, each checked like :func:`number`; ``name[i]`` names a bad one."""
    if isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
        raise TypeError(f"{name} must be a sequence of numbers; got {type(values).__name__}")
    if length is not None and len(values) != length:
        raise ValueError(f"{name} must have exactly {length} values; got {len(values)}")
    return np.array([number(f"{name}[{i}]", v, low, high) for i, v in enumerate(values)], float)


def array(name: str, values, low: float | None, high: float | None) -> np.ndarray:
    """A number or an array of numbers (any shape) as a float array, each finite and in
    [low, high] (``None``: no bound); a bad one is named ``name[i]`` (its flat index) with the
    allowed range. Lists and tuples are checked item by item (so ``True`` or text among numbers
    is named, not silently converted)."""
    rng = _range_text(low, high)
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name} must be a number or an array of numbers {rng}; got "
                        f"{type(values).__name__} {values!r}")
    if not isinstance(values, (list, tuple)):
        raw = np.asarray(values)
        if raw.dtype.kind in "iuf":   # plain numbers: checked at once
            arr = raw.astype(float)
            bad = ~np.isfinite(arr)
            if low is not None:
                bad |= arr < low
            if high is not None:
                bad |= arr > high
            if bad.any():
                i = int(np.flatnonzero(bad.reshape(-1))[0])
                number(name if arr.ndim == 0 else f"{name}[{i}]", raw.reshape(-1)[i].item(),
                       low, high)
            return arr
    try:
        raw = np.asarray(values, dtype=object)
    except ValueError:
        raise TypeError(f"{name} must be a number or an array of numbers {rng}; got "
                        f"{type(values).__name__}") from None
    checked = [number(name if raw.ndim == 0 else f"{name}[{i}]", v, low, high)
               for i, v in enumerate(raw.reshape(-1))]
    return np.array(checked, float).reshape(raw.shape)


def _range_text(low, high, low_open=False) -> str:
    if low is not None and high is not None:
        return f"in {'(' if low_open else '['}{low:g}, {high:g}]"
    if low is not None:
        return f"{'>' if low_open else '≥'} {low:g}"
    if high is not None:
        return f"≤ {high:g}"
    return ""
