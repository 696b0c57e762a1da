"""Exercises a learner answers in a widget: checked in the library, explained, with a worked solution.

A lesson's exercise cell holds one call, ``exercises.ask("03.2")``. It shows an answer widget —
choice buttons, or a box for a number with a **Check** button — a feedback line, and a **Show
solution** button. The question itself is in the lesson's text above the cell; what the widget
needs to check the answer lives here and in :mod:`flywheel_lib.exercise_bank`:

* the **expected answer**, computed by the kit's own models (so it follows a recalibrated model),
* every **accepted form**: a tolerance, ``2,5`` as well as ``2.5``, thousands separators, a unit
  or a ``%`` typed after the number, a share where a percentage is asked (``0.012`` for 1.2 %),
  simple arithmetic (``6/0,4``); for a choice, the option's words in English and German and
  synonyms,
* **known mistakes**, each with an explanation of *why* it is wrong,
* a **hint** and a **worked solution** with the numbers filled in.

Every text is a label (``ex.<id>.…`` in ``labels.tsv``, English and German). Nothing of the
answer is in the notebook: the stored notebook shows the call only, and the widget puts the
solution on the page only when it is asked for.

A check never raises, whatever is typed: an empty box, text, ``nan``, ``1e999``, ``6/0``.

``check_number`` and ``check_choice`` (below) are the older checks, where a lesson passed the
expected answer itself; they stay for code written against them.
"""
from __future__ import annotations

import ast
import html
import math
import numbers
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Mapping

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


# ------------------------------------------------------------------------------------------------
# Exercise definitions
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Number:
    """A number to type. ``unit`` is a label key shown beside the box ("" for none); ``fmt`` the
    format of the answer in the solution (a Python format spec, e.g. ``",.0f"``); an answer
    within ``rel_tol`` (relative) or ``abs_tol`` (absolute) of the expected one is right.
    ``percent``: the answer is in percent, and a share (0.012 for 1.2 %) is accepted too."""

    unit: str = ""
    fmt: str = ".2f"
    rel_tol: float = 0.01
    abs_tol: float = 0.0
    percent: bool = False


@dataclass(frozen=True)
class Choice:
    """One option to pick. ``options`` are ids; an option's words are the label
    ``ex.<id>.opt.<option>`` (or the shared ``ex.opt.<option>``) in both languages, plus the
    extra ``words`` given here (synonyms, any language) — all accepted when typed. ``labels``:
    a label prefix that names the options instead (``eco.sat.`` → ``eco.sat.<option>``)."""

    options: tuple
    words: Mapping[str, tuple] = field(default_factory=dict)
    labels: str = ""    # a label prefix naming the options instead (e.g. eco.sat.)


@dataclass(frozen=True)
class Solved:
    """What a model computes for an exercise: the ``answer`` (a number, or the id of the right
    option), the values of known ``mistakes`` (name → the number that slip gives; a choice's
    wrong options need none), the ``values`` its texts quote (name → number, text or
    :class:`Label`) and, for a choice, ``per_option`` values that the explanation of a wrong
    option quotes as ``option_<name>`` (e.g. ``{option_rank}``)."""

    answer: float | str
    mistakes: Mapping[str, float] = field(default_factory=dict)
    values: Mapping[str, object] = field(default_factory=dict)
    per_option: Mapping[str, Mapping[str, object]] = field(default_factory=dict)


class Label(str):
    """A value that is a label key: the texts show the label, in their language."""


@dataclass(frozen=True)
class Exercise:
    """One exercise: its ``id`` ("03.2": lesson 03, exercise 2), its ``kind`` (:class:`Number` or
    :class:`Choice`), ``solve`` (a function computing :class:`Solved` with the kit's models),
    the ``formats`` of the values its texts quote (name → format spec; numbers without one are
    shown with ``.4g``) and ``given``: the values the question in the lesson states (a test
    checks that the lesson's text shows them, so that question and answer cannot drift apart).

    Labels: ``ex.<id>.title``, ``.hint``, ``.solution`` (``{answer}`` and the values as
    placeholders), ``.why.<mistake>`` for each mistake and ``.why.<option>`` for each wrong
    option — or ``.why_other`` for every wrong option without its own (``{option}`` names it).
    """

    id: str
    kind: Number | Choice
    solve: Callable[[], Solved]
    formats: Mapping[str, str] = field(default_factory=dict)
    given: tuple = ()

    @property
    def lesson(self) -> str:
        return self.id.split(".")[0]

    @property
    def number(self) -> str:
        return self.id.split(".")[1]

    def solved(self) -> Solved:
        """The computed answer (computed once per session, then remembered)."""
        return _solved(self.id)

    def key(self, part: str) -> str:
        return f"ex.{self.id}.{part}"

    def option_label(self, option: str, language: str | None = None) -> str:
        if getattr(self.kind, "labels", ""):
            key = f"{self.kind.labels}{option}"
            return i18n.t(key, language) if i18n.has(key) else str(option)
        own = self.key(f"opt.{option}")
        return i18n.t(own if i18n.has(own) else f"ex.opt.{option}", language)

    def texts(self, language: str | None = None, option: str | None = None) -> dict:
        """The values the texts quote, formatted for ``language``, and ``answer`` (with
        ``option``: also ``option`` and that option's own values as ``option_<name>``)."""
        solved = self.solved()
        out = {name: format_value(value, self.formats.get(name), language)
               for name, value in solved.values.items()}
        out["answer"] = self.answer_text(language)
        if option is not None:
            out["option"] = self.option_label(option, language)
            for name, value in solved.per_option.get(option, {}).items():
                out[f"option_{name}"] = format_value(value, self.formats.get(f"option_{name}"),
                                                     language)
        return out

    def answer_text(self, language: str | None = None) -> str:
        """The expected answer as the solution writes it (with its unit for a number)."""
        answer = self.solved().answer
        if isinstance(self.kind, Choice):
            return self.option_label(answer, language)
        return format_value(answer, self.kind.fmt, language)

    def solution(self, language: str | None = None) -> str:
        """The worked solution, as text with the numbers filled in."""
        return i18n.t(self.key("solution"), language, **self.texts(language))

    def hint(self, language: str | None = None) -> str:
        return i18n.t(self.key("hint"), language, **self.texts(language))

    def why(self, name: str, language: str | None = None) -> str:
        """Why the mistake (or wrong option) ``name`` is wrong."""
        own = self.key(f"why.{name}")
        if not isinstance(self.kind, Choice):
            return i18n.t(own, language, **self.texts(language))
        key = own if i18n.has(own) else self.key("why_other")
        return i18n.t(key, language, **self.texts(language, option=name))

    def title(self, language: str | None = None) -> str:
        return i18n.t(self.key("title"), language)


@lru_cache(maxsize=None)
def _solved(exercise_id: str) -> Solved:
    return get(exercise_id).solve()


def clear_cache() -> None:
    """Forget the computed answers (after a model's constants changed in this session)."""
    _solved.cache_clear()


def bank() -> dict:
    """Every exercise by id (from :mod:`flywheel_lib.exercise_bank`)."""
    from flywheel_lib import exercise_bank
    return exercise_bank.BANK


def get(exercise_id: str) -> Exercise:
    """The exercise ``exercise_id`` ("03.2"); a KeyError names the ids there are."""
    exercises = bank()
    if exercise_id not in exercises:
        raise KeyError(f"no exercise {exercise_id!r}; exercises: {', '.join(exercises)}")
    return exercises[exercise_id]


# ------------------------------------------------------------------------------------------------
# Numbers as people type them
# ------------------------------------------------------------------------------------------------
def format_value(value, spec: str | None = None, language: str | None = None) -> str:
    """``value`` formatted with ``spec`` (default ``.4g``) in ``language``'s way: 1,234.5 in
    English, 1.234,5 in German. A :class:`Label` is shown in ``language``; other text as it is."""
    if isinstance(value, Label):
        return i18n.t(value, language)
    if isinstance(value, str):
        return value
    return i18n.number(value, spec or ".4g", language)


_GROUP = " \u00a0\u202f\u2009'’_"        # thousands separators people type besides , and .
_UNIT = re.compile(r"^([^A-Za-zÄÖÜäöüß]*?)\s*([kK])?\s*([A-Za-zÄÖÜäöüß/·²³.\s]*)$")
_NUMBER = re.compile(r"^[+-]?(\d[\d.,]*|[.,]\d+)([eE][+-]?\d+)?$")
_EXPRESSION = re.compile(r"^[\d.,+\-*/^()×·÷:\s]+$")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Pow: operator.pow}


@dataclass(frozen=True)
class Reading:
    """What typed text can mean: the ``values`` it may stand for (the most likely first; two when
    ``1,250`` may be 1250 or 1.25), whether a ``%`` was typed, or ``problem``: "blank" or
    "not_a_number"."""

    values: tuple = ()
    percent: bool = False
    problem: str = ""


def read_number(text, language: str | None = None) -> Reading:
    """Read a typed answer. Never raises: anything that is not a number is a ``problem``.

    Accepts ``2.5`` and ``2,5``; thousands separators (``36,503``, ``36.503``, ``36 503``,
    ``36'503``); a ``%``, a currency sign, a unit word after the number (``15 rad/s``) and
    ``k`` for thousands (``36.5k``); simple arithmetic with + − × / ^ and brackets (``6/0,4``).
    ``1,250`` is 1250 in English and 1.25 in German; both readings are kept, the language's one
    first.
    """
    language = language or i18n.get_language()
    if text is None or text is Ellipsis:
        return Reading(problem="blank")
    if isinstance(text, bool):
        return Reading(problem="not_a_number")
    if isinstance(text, numbers.Real):
        try:
            value = float(text)
        except (OverflowError, ValueError, TypeError):
            value = math.inf
        return Reading(values=(value,))
    try:
        s = str(text)
    except Exception:   # an object whose str() fails is no answer either
        return Reading(problem="not_a_number")
    s = s.strip().replace("\u2212", "-").replace("\u2013", "-")
    if not s:
        return Reading(problem="blank")
    if len(s) > 100:                  # no answer is that long (and cutting it would change it)
        return Reading(problem="not_a_number")
    percent = "%" in s
    s = re.sub(r"%|€|\$|\bEUR\b|\bUSD\b", " ", s, flags=re.I).strip()
    lowered = s.lower()
    if lowered in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity", "∞"):
        return Reading(values=(math.nan if "nan" in lowered else math.inf,), percent=percent)
    compact = "".join(ch for ch in s if ch not in _GROUP)
    if _NUMBER.match(compact):                       # 2,5 · 36 503 · 1.5e3
        return Reading(values=_readings(compact, language), percent=percent)
    match = _UNIT.match(s)                           # 15 rad/s · 36.5k · 2,5 Monate
    body, thousand = (match.group(1).strip(), match.group(2)) if match else (s, None)
    scale = 1000.0 if thousand else 1.0
    compact = "".join(ch for ch in body if ch not in _GROUP)
    if body and _NUMBER.match(compact):
        return Reading(values=tuple(v * scale for v in _readings(compact, language)),
                       percent=percent)
    if body and _EXPRESSION.match(body):             # 6/0,4 · 0.5*8*10^2
        value = _evaluate(body)
        if value is not None:
            return Reading(values=(value * scale,), percent=percent)
    return Reading(problem="not_a_number", percent=percent)


def _readings(number: str, language: str) -> tuple:
    """The values a plain number written with digits, ``.`` and ``,`` may stand for."""
    sign = -1.0 if number.startswith("-") else 1.0
    number = number.lstrip("+-")
    exponent = ""
    if "e" in number.lower():
        cut = number.lower().index("e")
        number, exponent = number[:cut], number[cut:]

    def value(digits: str) -> float:
        try:
            return sign * float(digits + exponent)
        except (ValueError, OverflowError):
            return math.nan

    if "." in number and "," in number:   # the later one is the decimal mark
        decimal = "." if number.rfind(".") > number.rfind(",") else ","
        group = "," if decimal == "." else "."
        return (value(number.replace(group, "").replace(decimal, ".")),)
    for mark in (",", "."):
        if mark not in number:
            continue
        if number.count(mark) > 1:         # 1,000,000 or 1.000.000
            return (value(number.replace(mark, "")),)
        head, tail = number.split(mark)
        as_decimal = value(f"{head or '0'}.{tail}")
        if len(tail) == 3 and head and head != "0" and len(head) <= 3 and not exponent:
            as_group = value(head + tail)   # 1,250: 1250 or 1.25?
            grouping_first = (mark == ",") == (language == "en")
            return (as_group, as_decimal) if grouping_first else (as_decimal, as_group)
        return (as_decimal,)
    return (value(number),)


def _evaluate(text: str) -> float | None:
    """A simple arithmetic expression's value (None if it is not one). Decimal commas are read
    when no point is used; powers with huge results give infinity, never a hang."""
    s = text.replace("×", "*").replace("·", "*").replace("÷", "/").replace(":", "/")
    s = s.replace("^", "**")
    s = s.replace(",", ".") if "." not in s else s.replace(",", "")
    s = "".join(ch for ch in s if ch not in _GROUP)
    try:
        tree = ast.parse(s, mode="eval")
    except (SyntaxError, ValueError):
        return None
    if sum(1 for _ in ast.walk(tree)) > 60:
        return None

    def calc(node) -> float:
        if isinstance(node, ast.Expression):
            return calc(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
                and not isinstance(node.value, bool):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
            inner = calc(node.operand)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            left, right = calc(node.left), calc(node.right)
            try:
                result = _OPS[type(node.op)](left, right)
            except ZeroDivisionError:
                return math.inf
            except OverflowError:
                return math.inf
            if isinstance(result, complex):
                return math.nan
            return float(result)
        raise ValueError("not arithmetic")

    try:
        return calc(tree)
    except (ValueError, TypeError, RecursionError, MemoryError):
        return None


def _close(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    return abs(a - b) <= max(rel_tol * abs(b), abs_tol)


def _shown(text, limit: int = 40) -> str:
    try:
        got = str(text).strip()
    except Exception:
        got = "?"
    return got if len(got) <= limit else got[:limit - 1] + "…"


# ------------------------------------------------------------------------------------------------
# Checking
# ------------------------------------------------------------------------------------------------
def check(exercise_id: str, answer, language: str | None = None) -> Feedback:
    """Check ``answer`` (typed text, a number, or an option) for exercise ``exercise_id`` and say
    why it is right or wrong, in ``language`` (default: the current one). Never raises on any
    answer."""
    exercise = get(exercise_id)
    language = language or i18n.get_language()
    try:
        if isinstance(exercise.kind, Choice):
            return _check_choice(exercise, answer, language)
        return _check_number(exercise, answer, language)
    except Exception as exc:   # a model that fails is reported, never raised into the lesson
        return Feedback(False, i18n.t("ex.ui.broken", language,
                                      error=f"{type(exc).__name__}: {_shown(exc, 200)}"))


def _check_number(exercise: Exercise, answer, language: str) -> Feedback:
    kind: Number = exercise.kind
    reading = read_number(answer, language)
    if reading.problem == "blank":
        return Feedback(None, i18n.t("ex.ui.blank", language))
    if reading.problem:
        return Feedback(False, i18n.t("ex.ui.not_a_number", language, got=_shown(answer)))
    if not all(math.isfinite(v) for v in reading.values):
        return Feedback(False, i18n.t("ex.ui.not_finite", language, got=_shown(answer)))
    solved = exercise.solved()
    expected = float(solved.answer)
    # every way the number may be meant: as typed, or (percent asked, no % typed) as a share
    # (0.012 for 1.2 %), or (no percent asked, % typed) as a percentage of 1
    meant = []
    for v in reading.values:
        if kind.percent:
            meant.append((v, False))
            if not reading.percent:
                meant.append((v * 100, True))
        else:
            if reading.percent:
                meant.append((v / 100, False))
            meant.append((v, False))

    def close(a, b):
        return _close(a, b, kind.rel_tol, kind.abs_tol)

    for v, as_share in meant:
        if close(v, expected):
            message = i18n.t("ex.ui.correct", language)
            if as_share:
                message += " " + i18n.t("ex.ui.share_ok", language,
                                        share=format_value(v / 100, ".4g", language),
                                        percent=format_value(v, kind.fmt, language))
            return Feedback(True, message)
    for name, value in solved.mistakes.items():
        if any(close(v, float(value)) for v, _ in meant):
            return Feedback(False, exercise.why(name, language))
    got = meant[0][0]
    text = i18n.t("ex.ui.too_high" if got > expected else "ex.ui.too_low", language,
                  got=format_value(got, ",.4g", language))
    return Feedback(False, text + " " + i18n.t("ex.ui.hint", language,
                                               hint=exercise.hint(language)))


def _norm(text) -> str:
    try:
        s = str(text)
    except Exception:
        return ""
    s = " ".join(s.strip().strip("\"'“”„‚‘’«»").casefold().split()).rstrip(".!")
    try:
        return format(float(s.replace(",", ".")), "g")
    except (ValueError, OverflowError):
        return s


def choice_words(exercise: Exercise) -> dict:
    """Every accepted word (normalised) → its option, for a choice exercise."""
    kind: Choice = exercise.kind
    words = {}
    for option in kind.options:
        forms = [option, *kind.words.get(option, ())]
        forms += [exercise.option_label(option, lang) for lang in i18n.LANGUAGES]
        for form in forms:
            words.setdefault(_norm(form), option)
    return words


def _check_choice(exercise: Exercise, answer, language: str) -> Feedback:
    kind: Choice = exercise.kind
    if answer is None or answer is Ellipsis or not _norm(answer):
        return Feedback(None, i18n.t("ex.ui.blank_choice", language))
    option = choice_words(exercise).get(_norm(answer))
    if option is None:
        allowed = ", ".join(exercise.option_label(o, language) for o in kind.options)
        return Feedback(False, i18n.t("ex.ui.unknown_choice", language, got=_shown(answer),
                                      allowed=allowed))
    if option == exercise.solved().answer:
        return Feedback(True, i18n.t("ex.ui.correct", language))
    return Feedback(False, exercise.why(option, language))


# ------------------------------------------------------------------------------------------------
# The widget
# ------------------------------------------------------------------------------------------------
_CSS = ("<style>.flywheel-exercise{border:1px solid #ccc;border-radius:4px;padding:6px 10px;"
        "margin:4px 0;max-width:900px}.flywheel-exercise .widget-html-content{white-space:normal;"
        "overflow-wrap:anywhere}.flywheel-solution{background:#f4f8fb;padding:6px 10px;"
        "border-left:6px solid #56B4E9}</style>")


def solution_html(exercise: Exercise, language: str | None = None) -> str:
    """The worked solution as HTML: one line per step, ``**bold**`` in bold."""
    lines = []
    for line in exercise.solution(language).split("\n"):
        text = html.escape(line)
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        lines.append(text)
    head = html.escape(i18n.t("ex.ui.solution", language))
    return f"<div class='flywheel-solution'><b>{head}</b><br>" + "<br>".join(lines) + "</div>"


class Ask:
    """The answer widget of one exercise (see :func:`ask`).

    ``answer(value)`` types a value (or picks an option) and checks it, as a learner would;
    ``toggle_solution()`` is the "Show solution" button; ``feedback`` is the last check's
    :class:`Feedback` (None before the first); ``solution_shown`` says whether the solution is
    on the page. The widget keeps the language it was built in.
    """

    def __init__(self, exercise: Exercise):
        import ipywidgets as W

        self.exercise = exercise
        self.language = i18n.get_language()
        self.feedback: Feedback | None = None
        self.solution_shown = False
        t = lambda key, **kw: i18n.t(key, self.language, **kw)   # noqa: E731
        head = t("ex.ui.exercise", number=exercise.number)
        self.header = W.HTML(f"{_CSS}<b>{html.escape(head)}</b> · "
                             f"{html.escape(exercise.title(self.language))}")
        self.check_button = W.Button(description=t("ex.ui.check"), button_style="primary",
                                     layout=W.Layout(width="auto", padding="0 14px"))
        if isinstance(exercise.kind, Choice):
            options = [(exercise.option_label(o, self.language), o)
                       for o in exercise.kind.options]
            if max(len(label) for label, _ in options) > 28:   # sentences: one per line
                self.input = W.RadioButtons(options=options, value=None,
                                            layout=W.Layout(width="auto"))
            else:
                self.input = W.ToggleButtons(options=options, value=None,
                                             style={"button_width": "auto"},
                                             layout=W.Layout(width="auto"))
            self.input.observe(self._on_pick, names="value")
            row = W.HBox([self.input], layout=W.Layout(flex_flow="row wrap"))
        else:
            self.input = W.Text(value="", placeholder=t("ex.ui.placeholder"),
                                continuous_update=False, layout=W.Layout(width="14em"))
            unit = t(exercise.kind.unit) if exercise.kind.unit else ""
            self.unit = W.HTML(html.escape(unit))
            self.input.observe(self._on_pick, names="value")
            self.check_button.on_click(self._on_check)
            row = W.HBox([self.input, self.unit, self.check_button],
                         layout=W.Layout(flex_flow="row wrap", align_items="center"))
        self.feedback_box = W.HTML("")
        self.solution_button = W.Button(description=t("ex.ui.show_solution"),
                                        layout=W.Layout(width="auto", padding="0 14px"))
        self.solution_button.on_click(self._on_solution)
        self.solution_box = W.HTML("")   # empty until asked for: not even in the saved state
        self.widget = W.VBox([self.header, row, self.feedback_box,
                              W.HBox([self.solution_button]), self.solution_box])
        self.widget.add_class("flywheel-exercise")

    # -- what a learner does --------------------------------------------------------------------
    def answer(self, value) -> Feedback:
        """Type ``value`` into the box (or pick the option ``value``) and check it."""
        if isinstance(self.exercise.kind, Choice):
            option = choice_words(self.exercise).get(_norm(value))
            if option is not None and option != self.input.value:
                self.input.value = option          # the observer checks it
                return self.feedback
            return self._show(check(self.exercise.id, value, self.language))
        self.input.value = "" if value is None or value is Ellipsis else _shown(value, 120)
        return self._show(check(self.exercise.id, self.input.value, self.language))

    def toggle_solution(self) -> bool:
        """Show the worked solution (or hide it again); returns whether it is shown now."""
        if self.solution_shown:
            self.solution_box.value = ""
            self.solution_button.description = i18n.t("ex.ui.show_solution", self.language)
        else:
            self.solution_box.value = solution_html(self.exercise, self.language)
            self.solution_button.description = i18n.t("ex.ui.hide_solution", self.language)
        self.solution_shown = not self.solution_shown
        return self.solution_shown

    # -- callbacks: each only checks and writes into the widget's own boxes -------------------
    def _show(self, feedback: Feedback) -> Feedback:
        self.feedback = feedback
        self.feedback_box.value = feedback._repr_html_()
        return feedback

    def _guarded(self, action) -> None:
        try:
            action()
        except Exception as exc:   # shown in the widget, never raised into the page
            self._show(Feedback(False, i18n.t("ex.ui.broken", self.language,
                                              error=f"{type(exc).__name__}: {_shown(exc, 200)}")))

    def _on_pick(self, change) -> None:
        self._guarded(lambda: self._show(check(self.exercise.id, change["new"], self.language)))

    def _on_check(self, _button) -> None:
        self._guarded(lambda: self._show(check(self.exercise.id, self.input.value,
                                               self.language)))

    def _on_solution(self, _button) -> None:
        self._guarded(self.toggle_solution)

    # -- display --------------------------------------------------------------------------------
    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = f"[exercise {self.exercise.id}: run the cell to answer]"
        return bundle

    def __repr__(self) -> str:
        return f"[exercise {self.exercise.id}: run the cell to answer]"


def ask(exercise_id: str) -> Ask:
    """The answer widget of exercise ``exercise_id`` (e.g. ``"03.2"``), in the current language.
    Run the cell again for a fresh widget (nothing is left over from the old one)."""
    return Ask(get(exercise_id))


def solution(exercise_id: str, language: str | None = None) -> str:
    """The worked solution of ``exercise_id`` as text (for a teacher's handout)."""
    return get(exercise_id).solution(language)


# ------------------------------------------------------------------------------------------------
# The older checks: the lesson passed the expected answer itself
# ------------------------------------------------------------------------------------------------
def _blank(answer) -> bool:
    return answer is Ellipsis or answer is None


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
    close = lambda x, y: math.isclose(x, y, rel_tol=rel_tol, abs_tol=abs_tol)  # noqa: E731
    if close(a, expected):
        return Feedback(True, i18n.t("check.correct"))
    for value, key in mistakes:
        if close(a, value):
            return Feedback(False, i18n.t(key))
    if share is True and expected != 0 and close(a, expected * 100):
        return Feedback(False, i18n.t("check.percent"))
    if share is False and expected != 0 and close(a, expected / 100):
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
