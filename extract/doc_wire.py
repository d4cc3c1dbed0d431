"""What a geokg Doc's ``user_data`` becomes when the Doc is written (``Doc.to_bytes``,
``DocBin(store_user_data=True)``, ``Doc.to_disk``).

The components keep their working state in the Doc's extensions: the linker, the parse read as
arrays, the discourse, the candidates and the entities found, objects of geokg's own classes
that msgpack cannot write, so ``Doc.to_bytes()`` failed on any Doc geokg had run over. They are
working state, not annotation: the Doc's words, parse, sentences and ``doc.ents`` carry what a
reader needs, and the assertions are read through ``Extractor``. So every value of a geokg
class is written as nil (spaCy's extensions read None on a Doc read back, as on a Doc no geokg
component has seen), with one msgpack encoder in srsly's registry, as thinc registers its own
arrays'; values of plain types (the words' tags, offsets) are written as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import srsly

__all__ = ["encode_working_state"]

_OWN_MODULES = ("geokg.",)


def encode_working_state(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack's ``default`` for geokg's values: an object of a geokg class becomes None, any
    other is passed down the chain of encoders (numpy's, ...) unchanged."""
    if type(obj).__module__.startswith(_OWN_MODULES):
        return None
    if isinstance(obj, (set, frozenset)):
        return sorted(obj, key=repr)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("geokg_working_state", func=encode_working_state)
