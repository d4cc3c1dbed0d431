"""The walkthrough notebook runs from top to bottom without errors (nbclient, kernel python3)."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "geokg_walkthrough.ipynb"


def _read():
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install -e '.[dev]')")
    return nbformat.read(NOTEBOOK, as_version=4)


def test_committed_notebook_has_no_outputs():
    notebook = _read()
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    assert code_cells
    for cell in code_cells:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:80]


def test_notebook_runs_without_errors():
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install -e '.[dev]')")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install -e '.[dev]')")
    from jupyter_client.kernelspec import KernelSpecManager

    if "python3" not in KernelSpecManager().find_kernel_specs():
        pytest.skip("no 'python3' Jupyter kernel is installed (python -m ipykernel install --sys-prefix)")
    notebook = _read()
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},  # cwd of the kernel
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error

    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    # The three queries printed their tables, the concern query followed the nested assertion.
    assert "0 problems" in text
    assert text.count("-+-") >= 3
    assert "cooperatesMilitarilyWith" in text and "Philippines" in text
    # The viewer was displayed inline as HTML.
    shown = [o for o in outputs if o.output_type == "display_data" and "text/html" in o.data]
    assert shown and "srcdoc=" in shown[-1].data["text/html"]
