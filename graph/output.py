"""Everything ``geokg build`` writes into OUT/, for callers that hold their results in memory.

The single writer of an output folder is ``geokg.graph.update.write_build`` (graph files, the
embedded store, the JSON Lines files and the viewer); a fresh build, an ``--update`` and this
function all end there. It writes into the folder it is given (the build's staging folder, which
the CLI then swaps in atomically), so a failed build never touches the previous OUT/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from geokg.extract.model import Assertion, Document, Mention

from .update import MENTIONS, write_build


def write_output_folder(
    folder: str | os.PathLike[str],
    assertions: Iterable[Assertion],
    documents: Iterable[Document],
    mentions: Iterable[Mention] = (),
    *,
    viewer: bool = True,
    title: str = "geokg: geopolitical relations",
    store: bool = True,
) -> dict[str, Path]:
    """Write graph.ttl, graph.trig, graph.nq, store/, assertions.jsonl, mentions.jsonl,
    documents.jsonl and (unless ``viewer`` is false) graph.html into ``folder``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    mentions = list(mentions)
    with open(out / MENTIONS, "w", encoding="utf-8") as fh:
        for mention in mentions:
            fh.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
    paths = write_build(out, list(assertions), list(documents), mentions, title=title, viewer=viewer, store=store)
    paths["mentions"] = out / MENTIONS
    return paths
