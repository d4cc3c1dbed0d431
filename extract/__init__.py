"""geokg.extract: the spaCy components and the extraction around them."""

from . import doc_wire as _doc_wire  # noqa: F401  (registers how a Doc's working state is written)
