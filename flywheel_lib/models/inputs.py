"""Checks of user input that name the field and the allowed range (shared by every model)."""
from __future__ import annotations

import math
import numbers

import numpy as np


def number(name: str, value, low: float | None = None, high: float | None = None,
           *, integer: bool = False, low_open: bool = False) -> float:
    """``value`` as a float, or a TypeError/ValueError naming ``name`` and the allowed range."""
    rng = _range_text(low, high, low_open)
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, np.number)):
        raise TypeError(f"{name} must be a number {rng}; got {type(value).__name__} {value!r}")
    v = float(value)
    if math.isnan(v) or math.isinf(v):
        raise ValueError(f"{name} must be a finite number {rng}; got {value!r}")
    if integer and v != int(v):
        raise ValueError(f"{name} must be a whole number {rng}; got {value!r}")
    if (low is not None and (v < low or (low_open and v == low))) or (high is not None and v > high):
        raise ValueError(f"{name} must be {rng}; got {value!r}")
    return v


def numbers_in(name: str, values, low: float, high: float, length: int | None = None) -> np.ndarray:
    """A sequence of numbers, each checked like :func:`number`; ``name[i]`` names a bad one."""
    if isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
        raise TypeError(f"{name} must be a sequence of numbers; got {type(values).__name__}")
    if length is not None and len(values) != length:
        raise ValueError(f"{name} must have exactly {length} values; got {len(values)}")
    return np.array([number(f"{name}[{i}]", v, low, high) for i, v in enumerate(values)], float)


def _range_text(low, high, low_open=False) -> str:
    if low is not None and high is not None:
        return f"in {'(' if low_open else '['}{low:g}, {high:g}]"
    if low is not None:
        return f"{'>' if low_open else '≥'} {low:g}"
    if high is not None:
        return f"≤ {high:g}"
    return ""
