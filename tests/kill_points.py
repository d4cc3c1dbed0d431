"""Run ``geokg`` and kill it with SIGKILL at a chosen point (for tests/test_build_target.py).

    python tests/kill_points.py POINT geokg-arguments...

A separate process, not a fork of the test process: a fork inherits Oxigraph's thread pool in a
locked state and hangs.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def die(*_args, **_kwargs) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str) -> None:
    """Make the run die at ``point``."""
    from geokg.graph import outfolder

    if point == "extracting":
        import geokg.extract.pipeline as pipeline

        pipeline.Extractor.extract = die
    elif point == "writing the store":
        import geokg.graph.store as store

        store.write_store = die
    elif point == "before the exchange":
        outfolder.exchange = die
    elif point == "after the exchange":
        real = outfolder.exchange

        def exchange_then_die(a, b):
            if real(a, b):
                die()
            raise SystemExit("this file system cannot exchange two folders")

        outfolder.exchange = exchange_then_die
    elif point == "deleting the old output":

        def delete_one_then_die(folder):
            next(p for p in folder.iterdir() if p.is_file() and p.name != outfolder.MARKER).unlink()
            die()

        outfolder.remove_tree = delete_one_then_die
    elif point == "between the two renames":  # where the system cannot exchange two folders
        outfolder.exchange = lambda a, b: False
        real_replace = os.replace

        def replace(src, dst):
            if Path(src).name.startswith(".out.geokg-staging-"):
                die()
            return real_replace(src, dst)

        outfolder.os.replace = replace
    elif point.startswith("update: "):
        arm_update(point[len("update: ") :])
    else:
        raise SystemExit(f"unknown point {point!r}")


def then_die(function):
    def run_then_die(*args, **kwargs):
        function(*args, **kwargs)
        die()

    return run_then_die


def arm_update(point: str) -> None:
    """Kill points of an update in place (geokg/graph/update.py), in the order they are reached."""
    from geokg.graph import index, update

    if point == "preparing the store":
        update._prepare_store = die
    elif point == "before the commit":
        update._commit = die
    elif point == "after the commit":
        update._commit = then_die(update._commit)
    elif point == "appending to the files":
        real_copy = update.shutil.copyfileobj

        def copy_half_then_die(source, target, *args):
            if target.name.endswith(".part"):  # preparing the journal, not yet applying it
                return real_copy(source, target, *args)
            data = source.read()
            target.write(data[: len(data) // 2 + 1])
            target.flush()
            die()

        update.shutil.copyfileobj = copy_half_then_die
    elif point == "after the store swap":
        update._publish_store = then_die(update._publish_store)
    elif point == "applying the index":
        real = index._OPS["doc+"]
        index._OPS["doc+"] = lambda *args: (real(*args), die())
    elif point == "deleting the journal":
        update.remove_tree = then_die(lambda folder: (folder / update.PLAN).unlink())
    elif point == "writing graph.ttl":
        import geokg.graph.store as store

        store.write_graph_files = die
    else:
        raise SystemExit(f"unknown point {point!r}")


if __name__ == "__main__":
    arm(sys.argv[1])
    from geokg.graph.cli import main

    sys.exit(main(sys.argv[2:]))
