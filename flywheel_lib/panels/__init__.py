"""Every lesson's panel, built by a factory and registered once.

A lesson shows its panel with ``panels.build("01_aida")`` (or by calling the factory); the presenter
dashboard, the benchmark and the robustness tests find every panel through :data:`REGISTRY`. A new
lesson's panel is a new module in this folder whose factory carries one
``@register("NN_name", "label.key")`` line: every module here is imported on first use, so there is
no list to keep.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

#: panel id → (factory, title label key); filled by the ``@register`` decorators below.
REGISTRY: dict[str, tuple[Callable, str]] = {}



def register(panel_id: str, title: str):
    """Decorator: register ``factory() -> Panel`` under ``panel_id`` with a title label key."""
    def wrap(factory):
        if panel_id in REGISTRY and REGISTRY[panel_id][0] is not factory:
            raise ValueError(f"panel id {panel_id!r} is registered twice")
        REGISTRY[panel_id] = (factory, title)
        return factory
    return wrap


def _load_all() -> None:
    """Import every module of this package (each registers its panels)."""
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


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
