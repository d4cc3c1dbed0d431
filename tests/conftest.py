"""Test-wide settings.

Property tests run derandomized by default, so that the suite (and CI) gives the same verdict
twice on the same code. To look for new failing inputs, run them with fresh random examples:
``HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest tests/test_input_properties.py``.
"""

import os

import pytest
from geokg.extract.gazetteer import load_gazetteer
from geokg.extract.pipeline import RAISE_ERRORS, Extractor, make_arabic_nlp
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# A rule that raises fails its test instead of skipping the document as a bad record would
# (which reads as a miss); the tests of that isolation unset it. Subprocesses inherit it.
os.environ.setdefault(RAISE_ERRORS, "1")


@pytest.fixture(scope="session")
def gaz():
    """The shipped gazetteer."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    """The Arabic entity pipeline alone: sentences and the gazetteer linker, initialised."""
    return make_arabic_nlp(relations=False)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """Both languages' pipelines, one per test module (a module may define its own)."""
    return Extractor()


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium through Playwright, one per test module (the viewer's and
    serve's browser tests); skips when either is missing."""
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    from test_viewer_browser import CHROMIUM_FLAGS, chromium_path

    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium (Debian package 'chromium'; .ci/debian-packages.d/viewer.txt)")
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()
