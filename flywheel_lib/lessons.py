"""The lesson map: order, file names, the question each lesson answers, minutes and panel.

README's lesson table, the start page's links and every lesson's previous/next links are made from
this one list, so they cannot drift apart.

**Minutes are measured, not guessed.** A lesson's time is computed from its *main path* — what a
learner who does not program reads and does — by one rule (:func:`estimate`):

* prose: the words of the Markdown cells at :data:`WORDS_PER_MINUTE` (200, an unhurried reading
  speed for study text); a display formula (``$$…$$``) counts as ten words;
* :data:`MINUTES_PER_EXERCISE` (3) per exercise (``exercises.ask``): read the question, work it
  out, check, perhaps open the solution;
* :data:`MINUTES_PER_PANEL` (5) per panel (``panels.build``, the editor, the dashboard): the
  "Try this" experiments with it;
* :data:`MINUTES_PER_OUTPUT` (1) per other visible code cell (one that shows a table or numbers;
  cells that only import are free);
* left out: cells for the curious (folded code, ``# %% [curious]``), Markdown under a heading or
  a bold lead-in that says "for the curious", ``<details>`` blocks and HTML comments;
* the sum is rounded up to a multiple of :data:`ROUND_TO` (5) minutes.

The lesson source (``notebooks/src/<stem>.py``) is measured when it exists, else the notebook.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flywheel_lib import i18n


NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

WORDS_PER_MINUTE = 200
MINUTES_PER_EXERCISE = 3
MINUTES_PER_PANEL = 5
MINUTES_PER_OUTPUT = 1
FORMULA_WORDS = 10
ROUND_TO = 5

_CURIOUS = re.compile(r"^\s*(#+ |\*\*)[^\n]*for the curious", re.I)
_HEADING = re.compile(r"^\s*#+ ")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PANEL = re.compile(r"panels\.build\(|\bdashboard\(|\beditor\(")
_NAV = "<!-- nav:"


def _words(markdown: str) -> int:
    text = re.sub(r"<details>.*?</details>", " ", markdown, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    formulas = len(re.findall(r"\$\$.*?\$\$", text, flags=re.S))
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    return len(_WORD.findall(text)) + FORMULA_WORDS * formulas


def estimate(cells: list[dict]) -> dict:
    """The main path of a lesson's ``cells`` (nbformat-like dicts: ``cell_type``, ``source``,
    ``metadata``) counted by the rule in the module docstring: ``words``, ``exercises``,
    ``panels``, ``outputs`` (other visible code cells) and ``minutes`` (rounded up)."""
    counts = {"words": 0, "exercises": 0, "panels": 0, "outputs": 0}
    curious_part = False
    for cell in cells:
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            if source.lstrip().startswith(_NAV):
                continue
            if _HEADING.match(source):
                curious_part = bool(_CURIOUS.match(source))
            if curious_part or _CURIOUS.match(source):
                continue
            counts["words"] += _words(source)
        elif cell["cell_type"] == "code":
            meta = cell.get("metadata", {})
            if "curious" in meta.get("tags", []) or meta.get("jupyter", {}).get("source_hidden"):
                continue
            lines = [l for l in source.splitlines() if l.strip() and not l.lstrip().startswith("#")]
            if "exercises.ask(" in source:
                counts["exercises"] += 1
            elif _PANEL.search(source):
                counts["panels"] += 1
            elif lines and not all(l.startswith(("import ", "from ")) for l in lines):
                counts["outputs"] += 1
    raw = (counts["words"] / WORDS_PER_MINUTE + MINUTES_PER_EXERCISE * counts["exercises"]
           + MINUTES_PER_PANEL * counts["panels"] + MINUTES_PER_OUTPUT * counts["outputs"])
    counts["raw_minutes"] = raw
    counts["minutes"] = max(ROUND_TO, ROUND_TO * math.ceil(raw / ROUND_TO - 1e-9))
    return counts


@lru_cache(maxsize=64)
def _measured(path: str, mtime: float) -> dict:
    file = Path(path)
    if file.suffix == ".py":
        from flywheel_lib import notebook_build
        cells = notebook_build.parse(file.read_text(encoding="utf-8"))
    else:
        cells = json.loads(file.read_text(encoding="utf-8")).get("cells", [])
    return estimate(cells)


@dataclass(frozen=True)
class Lesson:
    """One lesson: its file stem (``01_aida``) and label keys; its minutes are measured."""

    stem: str

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def file(self) -> str:
        return f"{self.stem}.ipynb"

    @property
    def source(self) -> Path:
        return NOTEBOOKS / "src" / f"{self.stem}.py"

    def estimate(self) -> dict:
        """The counts of :func:`estimate` for this lesson (from its source, else its notebook)."""
        path = self.source if self.source.is_file() else NOTEBOOKS / self.file
        if not path.is_file():
            return {"words": 0, "exercises": 0, "panels": 0, "outputs": 0, "raw_minutes": 0.0,
                    "minutes": 0}
        return _measured(str(path), path.stat().st_mtime)

    @property
    def minutes(self) -> int:
        """Time for the main path in minutes, by the rule in the module docstring."""
        return self.estimate()["minutes"]

    def title(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.title", language)

    def question(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.question", language)

    def panel(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.panel", language)

    def exists(self) -> bool:
        return (NOTEBOOKS / self.file).is_file()


LESSONS = tuple(Lesson(stem) for stem in (
    "00_start_here",
    "01_aida",
    "02_sales_funnel",
    "03_flywheel_physics",
    "04_amazon_flywheel",
    "05_inbound_flywheel",
    "06_funnel_vs_flywheel",
    "07_retention_prime",
    "08_ecosystem",
    "09_build_your_own",
    "10_presenter",
    "11_your_own_numbers",
))


def available() -> list[Lesson]:
    """The lessons whose notebook exists, in teaching order."""
    return [lesson for lesson in LESSONS if lesson.exists()]


def total_minutes() -> int:
    """The minutes of every available lesson together (the map's total)."""
    return sum(lesson.minutes for lesson in available())


def neighbours(stem: str) -> tuple[Lesson | None, Lesson | None]:
    """The previous and next existing lessons of ``stem``."""
    present = available()
    stems = [lesson.stem for lesson in present]
    if stem not in stems:
        raise KeyError(f"no lesson {stem!r}; lessons: {', '.join(stems)}")
    i = stems.index(stem)
    return (present[i - 1] if i > 0 else None, present[i + 1] if i + 1 < len(present) else None)


MAP_MARK = "<!-- lesson-map -->"


def map_markdown(language: str = "en") -> str:
    """The lesson map as a Markdown table with links (for the start page and README), with the
    total time in its last row."""
    head = [i18n.t(k, language) for k in ("col.lesson", "col.question", "col.minutes", "col.panel")]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---:|---|"]
    for lesson in available():
        lines.append(f"| [{lesson.number} {lesson.title(language)}]({{prefix}}{lesson.file}) | "
                     f"{lesson.question(language)} | {lesson.minutes} | {lesson.panel(language)} |")
    total = total_minutes()
    lines.append(f"| **{i18n.t('lesson.total', language)}** | "
                 f"{i18n.t('lesson.total_hours', language, hours=_hours(total, language))} | "
                 f"**{total}** | |")
    return "\n".join(lines)


def _hours(minutes: int, language: str) -> str:
    """The total time in hours, to a tenth, as ``language`` writes it; a whole number of hours
    without decimals ("5", not "5.0")."""
    text = f"{minutes / 60:.1f}".removesuffix(".0")
    return text.replace(".", ",") if language == "de" else text
