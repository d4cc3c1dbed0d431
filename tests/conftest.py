"""Test-wide settings.

Property tests run derandomized by default, so that the suite (and CI) gives the same verdict
twice on the same code. To look for new failing inputs, run them with fresh random examples:
``HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest tests/test_input_properties.py``.
"""

import os

import pytest
from geokg.extract.gazetteer import load_gazetteer
from geokg.extract.pipeline import make_arabic_nlp
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def gaz():
    """The shipped gazetteer."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    """The Arabic entity pipeline alone: sentences and the gazetteer linker, initialised."""
    return make_arabic_nlp(relations=False)
