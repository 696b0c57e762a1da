"""Every lesson runs top to bottom twice in a row in one kernel: no error, nothing on stderr.

Students run cells again; presenters re-run a lesson before a talk. A second run must behave like
the first (no state left over that breaks it), and no warning may be printed either time.
"""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
GERMAN = sorted((ROOT / "notebooks" / "de").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS + GERMAN, ids=lambda p: p.parent.name + "/" + p.stem)
def test_runs_twice_in_one_kernel_without_errors_or_warnings(path, tmp_path, monkeypatch):
    monkeypatch.setenv("FLYWHEEL_USER_DIR", str(tmp_path))
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        for run in (1, 2):
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                cell.outputs = []
                client.execute_cell(cell, index)  # raises CellExecutionError on an error
                for out in cell.outputs:
                    assert out.output_type != "error", f"run {run}, cell {index}: {out.get('evalue')}"
                    if out.output_type == "stream" and out.name == "stderr":
                        pytest.fail(f"run {run}, cell {index} printed to stderr:\n{out.text}")
