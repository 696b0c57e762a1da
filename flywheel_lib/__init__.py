"""flywheel_lib — the helper library of the flywheel teaching kit.

One module per idea: ``funnel`` (AIDA, sales funnel), ``widgets`` (panels), ``plotting`` (styles),
``i18n`` (labels en/de), ``data`` (shipped data), ``checks`` (exercise feedback), ``lessons`` (the
lesson map). The only global settings are the label language and the plot style:

>>> import flywheel_lib
>>> flywheel_lib.set_language("de")   # every label in German
'de'
>>> flywheel_lib.set_style("presenter")   # large type for a projector
'presenter'
"""
from flywheel_lib.i18n import get_language, set_language, t
from flywheel_lib.ui.plotting import get_style, set_style

__all__ = ["set_language", "get_language", "set_style", "get_style", "t"]
__version__ = "0.1.0"
