"""The lesson map: order, file names, the question each lesson answers, minutes and panel.

README's lesson table, the start page's links and every lesson's previous/next links are made from
this one list, so they cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flywheel_lib import i18n


NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its file stem (``01_aida``), reading time in minutes and label keys."""

    stem: str
    minutes: int

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def file(self) -> str:
        return f"{self.stem}.ipynb"

    def title(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.title", language)

    def question(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.question", language)

    def panel(self, language: str | None = None) -> str:
        return i18n.t(f"lesson.{self.number}.panel", language)

    def exists(self) -> bool:
        return (NOTEBOOKS / self.file).is_file()


LESSONS = (
    Lesson("00_start_here", 10),
    Lesson("01_aida", 25),
    Lesson("02_sales_funnel", 30),
    Lesson("03_flywheel_physics", 35),
    Lesson("04_amazon_flywheel", 40),
    Lesson("05_inbound_flywheel", 40),
    Lesson("06_funnel_vs_flywheel", 30),
    Lesson("07_retention_prime", 35),
    Lesson("08_ecosystem", 30),
    Lesson("09_build_your_own", 45),
    Lesson("10_presenter", 10),
)


def available() -> list[Lesson]:
    """The lessons whose notebook exists, in teaching order."""
    return [lesson for lesson in LESSONS if lesson.exists()]


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
    """The lesson map as a Markdown table with links (for the start page and README)."""
    head = [i18n.t(k, language) for k in ("col.lesson", "col.question", "col.minutes", "col.panel")]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---:|---|"]
    for lesson in available():
        lines.append(f"| [{lesson.number} {lesson.title(language)}]({{prefix}}{lesson.file}) | "
                     f"{lesson.question(language)} | {lesson.minutes} | {lesson.panel(language)} |")
    return "\n".join(lines)
