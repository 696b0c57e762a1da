"""The user's own folder: where exports and saved flywheels go, never over the shipped files.

``FLYWHEEL_USER_DIR`` names it; otherwise it is ``~/flywheel_kit``. Subfolders are made on demand.
"""
from __future__ import annotations

import os
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent


def user_dir(*parts: str) -> Path:
    """``<user folder>/<parts…>``, created if missing. Refuses a folder inside the kit's data/."""
    base = Path(os.environ.get("FLYWHEEL_USER_DIR") or Path.home() / "flywheel_kit").expanduser()
    folder = base.joinpath(*parts).resolve()
    shipped = (SHIPPED / "data").resolve()
    if folder == shipped or shipped in folder.parents:
        raise ValueError(f"user folder {folder} is inside the shipped data folder {shipped}; "
                         "set FLYWHEEL_USER_DIR to a folder of your own")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
