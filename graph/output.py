"""Everything ``geokg build`` writes into OUT/, in one function.

``write_output_folder`` is the single writer of an output folder: graph files, the embedded
store, the JSON Lines files and the viewer. It writes into the folder it is given (the build's
staging folder, which the CLI then swaps in atomically), so a failed build never touches the
previous OUT/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from geokg.extract.model import Assertion, Document, Mention

from .rdf import build_dataset, write_outputs
from .store import store_path, write_store


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
    from .viewer import write_viewer  # pyvis is slow to import; only this step needs it

    out = Path(folder)
    assertions, documents, mentions = list(assertions), list(documents), list(mentions)
    dataset = build_dataset(assertions, documents, mentions)
    paths = write_outputs(dataset, out)
    del dataset
    if store:
        paths["store"] = write_store(paths["nq"], store_path(out))
    for name, items, to_json in (
        ("assertions", assertions, Assertion.to_json),
        ("mentions", mentions, Mention.to_json),
        ("documents", documents, Document.provenance_json),
    ):
        paths[name] = out / f"{name}.jsonl"
        with open(paths[name], "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(to_json(item), ensure_ascii=False) + "\n")
    if viewer:
        paths["html"] = out / "graph.html"
        write_viewer(assertions, paths["html"], documents=documents, title=title)
    return paths
