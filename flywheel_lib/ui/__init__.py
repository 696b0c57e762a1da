"""The kit's user interface: everything a learner sees and touches.

``panel`` (sliders bound to a model: :class:`~flywheel_lib.ui.panel.Control`,
:class:`~flywheel_lib.ui.panel.Panel`), ``frames`` (the picture: drawn with Agg, one PNG per move),
``plotting`` (styles, palette, figures, axis helpers), ``loop_diagram`` (a loop of factors drawn as
a wheel), ``dashboard`` (every lesson's panel for presenters). The lessons' own panels live in
:mod:`flywheel_lib.panels`, one module each.
"""
