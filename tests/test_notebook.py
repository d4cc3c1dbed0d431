"""The notebooks run from top to bottom without errors (nbclient, kernel python3), and give the
answers they are meant to give."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
WALKTHROUGH = NOTEBOOKS / "geokg_walkthrough.ipynb"
ANALYSIS = NOTEBOOKS / "analysis.ipynb"


def _read(path: Path):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install -e '.[dev]')")
    return nbformat.read(path, as_version=4)


def _run(path: Path):
    """The notebook executed, with its outputs; skips where no kernel can run it."""
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install -e '.[dev]')")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install -e '.[dev]')")
    from jupyter_client.kernelspec import KernelSpecManager

    if "python3" not in KernelSpecManager().find_kernel_specs():
        pytest.skip("no 'python3' Jupyter kernel is installed (python -m ipykernel install --sys-prefix)")
    notebook = _read(path)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},  # cwd of the kernel
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return outputs


def _text(outputs) -> str:
    return "".join(o.get("text", "") for o in outputs if o.output_type == "stream")


@pytest.mark.parametrize("path", [WALKTHROUGH, ANALYSIS], ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs(path):
    code_cells = [c for c in _read(path).cells if c.cell_type == "code"]
    assert code_cells
    for cell in code_cells:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:80]


def test_notebook_runs_without_errors():
    outputs = _run(WALKTHROUGH)
    text = _text(outputs)
    # The three queries printed their tables, the concern query followed the nested assertion.
    assert "0 problems" in text
    assert text.count("-+-") >= 3
    assert "cooperatesMilitarilyWith" in text and "Philippines" in text
    # The viewer was displayed inline as HTML.
    shown = [o for o in outputs if o.output_type == "display_data" and "text/html" in o.data]
    assert shown and "srcdoc=" in shown[-1].data["text/html"]
    # An existing output folder, read back with Assertion.from_json.
    assert "read back from out/assertions.jsonl; each to_json() is its line again" in text
    assert "analysis.load:" in text


def test_analysis_notebook_answers():
    outputs = _run(ANALYSIS)
    text = _text(outputs)
    assert "geokg build exit status 0" in text
    assert "covered: 2024-01-08 2025-03-14" in text
    assert "Putin apart when not rolled up: True | rolled up: False" in text
    # Russia and North Korea: closest in the quarter of the summit.
    assert "busiest quarter: 2024-Q2" in text
    # The broker, the blocs, the move.
    assert "broker: United States" in text
    assert "bloc 2: China, Iran, North Korea, Russia" in text
    assert "Algeria, Morocco, Saudi Arabia" in text and "Egypt, Türkiye" in text
    assert "moved most: United States – Venezuela 57.4" in text  # the release and the welcome of it
    assert "رفعت الولايات المتحدة اليوم العقوبات عن فنزويلا" in text  # its evidence
    assert "report:" in text
    # A plot was drawn.
    assert any(o.output_type == "display_data" and "image/png" in o.data for o in outputs)
