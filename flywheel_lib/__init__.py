"""flywheel_lib — the helper library of the flywheel teaching kit.

One module per idea: ``funnel`` (AIDA, sales funnel), ``widgets`` (panels), ``plotting`` (styles),
``i18n`` (labels en/de), ``data`` (shipped data), ``checks`` (exercise feedback), ``lessons`` (the
lesson map). The only global settings are the label language and the plot style:

>>> import flywheel_lib
>>> flywheel_lib.set_language("de")   # every label in German
'de'
>>> flywheel_lib.set_style("presenter")   # large type for a projector
'presenter'

Numbers as the current language writes them: ``number(20000)`` is ``20,000`` in English and
``20.000`` in German; ``percent(0.003, 2)`` and ``money(30)`` likewise; ``table(frame)`` shows a
table with translated headers and numbers in the language's format.
"""
import importlib

from flywheel_lib.i18n import get_language, money, number, percent, set_language, t
from flywheel_lib.ui.plotting import get_style, set_style

__all__ = ["set_language", "get_language", "set_style", "get_style", "t", "number", "percent",
           "money", "table", "fit"]
__version__ = "0.1.0"


def __getattr__(name):
    """``flywheel_lib.fit`` (fitting the models to a learner's numbers), imported on first use:
    it loads pandas, which a plain ``import flywheel_lib`` does not need."""
    if name == "fit":
        return importlib.import_module("flywheel_lib.fit")
    if name == "table":
        return importlib.import_module("flywheel_lib.i18n").table_view
    raise AttributeError(f"module 'flywheel_lib' has no attribute {name!r}")
