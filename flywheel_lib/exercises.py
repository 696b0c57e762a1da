"""Self-checks for exercises: instant feedback that explains what is wrong, in either language.

An exercise cell sets ``answer = ...`` and calls a check. A blank answer (``...`` or ``None``) gets
"not answered yet", so the notebook still runs top to bottom. An answer that is not a number — text,
or NaN or infinity — is told so, never "too high" or "too low". A wrong answer that matches a known
mistake gets that mistake's explanation; otherwise the check says too high / too low and gives the
exercise's hint.
"""
from __future__ import annotations

import html
import math
import numbers
from dataclasses import dataclass
from typing import Iterable

from flywheel_lib import i18n


@dataclass(frozen=True)
class Feedback:
    """The result of a check: ``ok`` is True, False, or None (not answered yet)."""

    ok: bool | None
    message: str

    def _repr_html_(self) -> str:
        colour = {True: "#009E73", False: "#D55E00", None: "#0072B2"}[self.ok]
        icon = {True: "✔", False: "✘", None: "…"}[self.ok]
        return (f"<div class='flywheel-feedback' style='border-left:6px solid {colour};"
                f"padding:4px 10px'>{icon} {html.escape(self.message)}</div>")

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:
        return bool(self.ok)


def _blank(answer) -> bool:
    return answer is Ellipsis or answer is None


def _close(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)


def check_number(answer, expected: float, *, name: str = "answer", rel_tol: float = 0.01,
                 abs_tol: float = 1e-9, mistakes: Iterable[tuple[float, str]] = (),
                 hint: str | None = None, share: bool | None = None) -> Feedback:
    """Check a numeric answer against ``expected`` (within ``rel_tol``).

    ``mistakes`` pairs a wrong value that a typical slip produces with the label key that explains
    the slip. ``share=True`` says the answer is a share in [0, 1] (a percentage gets a note), and
    ``share=False`` that it is in percent. ``hint`` is a label key shown after "too high/too low".
    An answer that is not a finite number (text, NaN, ±inf) gets "expected a number", never
    "too high/too low".
    """
    if _blank(answer):
        return Feedback(None, i18n.t("check.blank"))
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return Feedback(False, i18n.t("check.wrong_type", name=name, got=repr(answer)))
    try:
        a = float(answer)
    except OverflowError:        # a whole number too large for a float: not checkable either
        a = math.inf
    if not math.isfinite(a):     # NaN is neither too high nor too low, inf is not an answer
        got = repr(answer)
        return Feedback(False, i18n.t("check.not_finite", name=name,
                                      got=got if len(got) <= 40 else got[:37] + "…"))
    if _close(a, expected, rel_tol, abs_tol):
        return Feedback(True, i18n.t("check.correct"))
    for value, key in mistakes:
        if _close(a, value, rel_tol, abs_tol):
            return Feedback(False, i18n.t(key))
    if share is True and expected != 0 and _close(a, expected * 100, rel_tol, abs_tol):
        return Feedback(False, i18n.t("check.percent"))
    if share is False and expected != 0 and _close(a, expected / 100, rel_tol, abs_tol):
        return Feedback(False, i18n.t("check.fraction"))
    got = f"{a:,.4g}"
    text = i18n.t("check.too_high" if a > expected else "check.too_low", got=got)
    if hint:
        text += " " + i18n.t("check.hint", hint=i18n.t(hint))
    return Feedback(False, text)


def check_choice(answer, expected: str, *, choices: Iterable[str],
                 explanations: dict[str, str] | None = None) -> Feedback:
    """Check an answer picked from ``choices`` (case and surrounding spaces ignored).

    ``explanations`` maps a wrong choice to the label key that says why it is wrong.
    """
    if _blank(answer):
        return Feedback(None, i18n.t("check.blank"))
    options = [str(c) for c in choices]
    norm = {c.strip().lower(): c for c in options}
    got = str(answer).strip().lower()
    if got not in norm:
        return Feedback(False, i18n.t("check.wrong_choice", allowed=", ".join(options),
                                      got=repr(answer)))
    if norm[got] == expected:
        return Feedback(True, i18n.t("check.correct"))
    key = (explanations or {}).get(norm[got])
    return Feedback(False, i18n.t(key) if key else i18n.t("check.not_that", got=norm[got]))
