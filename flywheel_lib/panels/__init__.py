"""Every lesson's panel, built by a factory and registered once.

A lesson shows its panel with ``panels.build("01_aida")`` (or by calling the factory); the presenter
dashboard, the benchmark and the robustness tests find every panel through :data:`REGISTRY`. A new
lesson's panel joins all of them by one ``@register("NN_name", "label.key")`` line.
"""
from __future__ import annotations

import importlib
from typing import Callable

#: panel id → (factory, title label key); filled by the ``@register`` decorators below.
REGISTRY: dict[str, tuple[Callable, str]] = {}

# Modules that define panels, in lesson order; each is imported on first use of the registry.
# A module not written yet is skipped, so a lesson's panel joins by adding its file here.
MODULES = ("demo", "aida", "sales_funnel", "physics", "amazon", "inbound", "funnel_vs_flywheel",
           "retention", "ecosystem", "build_your_own")


def register(panel_id: str, title: str):
    """Decorator: register ``factory() -> Panel`` under ``panel_id`` with a title label key."""
    def wrap(factory):
        if panel_id in REGISTRY and REGISTRY[panel_id][0] is not factory:
            raise ValueError(f"panel id {panel_id!r} is registered twice")
        REGISTRY[panel_id] = (factory, title)
        return factory
    return wrap


def _load_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise


def ids() -> list[str]:
    """All registered panel ids, in lesson order."""
    _load_all()
    return sorted(REGISTRY)


def build(panel_id: str, **kwargs):
    """A fresh panel for ``panel_id`` (e.g. ``"01_aida"``)."""
    _load_all()
    if panel_id not in REGISTRY:
        raise KeyError(f"no panel {panel_id!r}; panels: {', '.join(sorted(REGISTRY))}")
    panel = REGISTRY[panel_id][0](**kwargs)
    panel.name = panel_id
    return panel
