"""Test-wide settings.

Property tests run derandomized by default, so that the suite (and CI) gives the same verdict
twice on the same code. To look for new failing inputs, run them with fresh random examples:
``HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest tests/test_input_properties.py``.
"""

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
