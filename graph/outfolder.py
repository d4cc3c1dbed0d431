"""OUT/, the folder ``geokg build`` writes (CONTRACT §3): its paths, and replacing it safely.

``OutputFolder`` is the one place that knows what is in an output folder. Commands that read one
(``query``, ``serve``, ``push``, ``validate``, ``export``) ask it for a file
(``OutputFolder.graph_file(path)``: an OUT/ folder gives its ``graph.ttl``, a file is itself);
``build`` asks it whether a folder is a geokg output, and replaces OUT/ through it.

Replacing OUT/: a build writes a staging folder beside OUT/ and swaps it in, in one atomic step
where the system can (Linux ``renameat2(RENAME_EXCHANGE)``), else with two renames; so a failed or
killed run leaves the old OUT/ or the complete new one (with two renames, a run killed between
them leaves the old one aside for the next run to put back). Each folder geokg writes holds a
marker file (``.geokg-output``) with a random token, and its temporary names beside OUT/ carry the
same token: ``.OUT.geokg-staging-<token>`` (being written), ``.OUT.geokg-old-<token>`` (the
previous OUT/, moved aside between two renames), ``.OUT.geokg-trash-<token>`` (being deleted). A
run holds an exclusive lock (``.OUT.geokg-lock``, ``flock``: released by the kernel when a process
dies, even by ``kill -9``) for its whole length. So the next run, holding the lock, knows that
every leftover whose name and marker agree is an abandoned one of geokg's own, whichever process
ids have come and gone, and puts the previous OUT/ back or deletes it. A symlinked OUT/ stays a
symlink: the folder it points to is the one replaced.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import GeokgError, UsageError

try:  # POSIX; elsewhere runs are not locked against each other
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

MARKER = ".geokg-output"  # extract/documents.py's OUTPUT_MARKER: input folders skip such folders
ASSERTIONS, MENTIONS, DOCUMENTS, SIGNATURES = "assertions.jsonl", "mentions.jsonl", "documents.jsonl", "minhash.jsonl"
_LEFTOVER = re.compile(r"geokg-(?P<kind>staging|old|trash|update)-(?P<token>[0-9a-f]{16})")


class OutputFolder:
    """The paths of one output folder; ``path`` need not exist yet."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"OutputFolder({str(self.path)!r})"

    # What is in it (CONTRACT §3)
    @property
    def ttl(self) -> Path:
        return self.path / "graph.ttl"

    @property
    def trig(self) -> Path:
        return self.path / "graph.trig"

    @property
    def nquads(self) -> Path:
        return self.path / "graph.nq"

    @property
    def store(self) -> Path:
        return self.path / "store"

    @property
    def viewer(self) -> Path:
        return self.path / "graph.html"

    @property
    def assertions(self) -> Path:
        return self.path / ASSERTIONS

    @property
    def mentions(self) -> Path:
        return self.path / MENTIONS

    @property
    def documents(self) -> Path:
        return self.path / DOCUMENTS

    @property
    def signatures(self) -> Path:
        return self.path / SIGNATURES

    @property
    def marker(self) -> Path:
        return self.path / MARKER

    def is_output(self) -> bool:
        """A folder geokg wrote: it holds the marker, or (written before there was one) the
        assertions and a graph file."""
        if self.marker.is_file():
            return True
        return self.assertions.is_file() and any(p.is_file() for p in (self.ttl, self.trig, self.nquads))

    def token(self) -> str | None:
        """The token in the folder's marker (None when it has no readable one)."""
        return read_token(self.path)

    @classmethod
    def graph_file(cls, source: str | os.PathLike[str], kinds: tuple[str, ...] = ("ttl",)) -> Path:
        """The RDF file to read for ``source``: an output folder's first graph file of ``kinds``
        (``"ttl"``, ``"trig"``, ``"nquads"``) that exists, or ``source`` itself when it is a file.

        Raises ``UsageError`` (exit 2) when there is none, naming what is missing."""
        path = Path(source)
        if path.is_dir():
            folder = cls(path)
            folder.settle()
            folder.refresh_stale([getattr(folder, kind).name for kind in kinds])
            candidates = [getattr(folder, kind) for kind in kinds]
            found = next((c for c in candidates if c.is_file()), None)
            if found is None:
                names = " or ".join(c.name for c in candidates)
                raise UsageError(f"{path}: no {names} in this folder (run geokg build first)")
            return found
        if not path.is_file():
            raise UsageError(f"{path}: no such file or folder")
        return path

    def refresh_stale(self, names: list[str]) -> None:
        """Write again those of ``names`` (graph.ttl, graph.trig) that an update left out of
        date (``graph/update.py``), holding the lock; when another run holds it, they stay."""
        from .update import refresh, stale_files

        if not self.is_output() or not set(names) & set(stale_files(self.target())):
            return
        try:
            with self.locked():
                refresh(self, which=names)
        except GeokgError:
            pass

    # Replacing it
    def target(self) -> Path:
        """The folder a build replaces: where a symlinked OUT/ points, else OUT/ itself (made
        absolute, so that ``-o out`` and ``-o ./out/`` name one folder)."""
        path = Path(os.path.abspath(self.path))
        return path.resolve() if path.is_symlink() else path

    def sibling(self, kind: str, token: str) -> Path:
        """A temporary folder of ours beside OUT/: ``.OUT.geokg-<kind>-<token>``."""
        target = self.target()
        return target.with_name(f".{target.name}.geokg-{kind}-{token}")

    def leftovers(self, kind: str) -> list[Path]:
        """Our temporary folders of ``kind`` beside OUT/ whose marker holds the token in their
        name (never a folder we did not write)."""
        target = self.target()
        if not target.parent.is_dir():
            return []
        prefix = f".{target.name}."
        found = []
        for sibling in sorted(target.parent.iterdir()):
            m = _LEFTOVER.fullmatch(sibling.name[len(prefix) :]) if sibling.name.startswith(prefix) else None
            if m and m["kind"] == kind and sibling.is_dir() and not sibling.is_symlink():
                if read_token(sibling) == m["token"]:
                    found.append(sibling)
        return found

    def settle(self) -> None:
        """Complete an update that a killed run committed but did not finish applying (see
        ``graph/update.py``), when no other run holds the lock; a reader calls this before it
        reads OUT/, so that it reads the previous state or the new one, never a mix."""
        if not self.leftovers("update"):
            return
        from .update import recover_journals

        try:
            with self.locked():
                recover_journals(self)
        except (GeokgError, OSError):
            pass  # a live run holds the lock (it applies its own update), or OUT/ is not ours to write

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold OUT/'s lock for a run; another run into the same OUT/ is refused (exit 1)."""
        target = self.target()
        target.parent.mkdir(parents=True, exist_ok=True)
        lock_path = target.with_name(f".{target.name}.geokg-lock")
        while True:
            lock = open(lock_path, "a", encoding="utf-8")
            if not try_lock(lock):
                lock.close()
                raise GeokgError(f"{self.path}: another geokg run is writing this folder (it holds {lock_path})")
            # The lock file is deleted when a run ends: make sure ours is still the one there.
            try:
                if os.stat(lock_path).st_ino == os.fstat(lock.fileno()).st_ino:
                    break
            except FileNotFoundError:
                pass
            lock.close()
        try:
            yield
        finally:
            lock_path.unlink(missing_ok=True)
            lock.close()

    def recover(self) -> list[str]:
        """Tidy up after runs that were killed, holding the lock: put back a previous OUT/ that
        was moved aside and never replaced, delete the rest. Returns one line per thing done."""
        target = self.target()
        if not target.parent.is_dir():
            return []
        done = []
        prefix = f".{target.name}."
        leftovers = []
        current = read_token(target)
        for sibling in target.parent.iterdir():
            m = _LEFTOVER.fullmatch(sibling.name[len(prefix) :]) if sibling.name.startswith(prefix) else None
            if not m or m["kind"] == "update" or not sibling.is_dir() or sibling.is_symlink():
                continue  # update journals: graph/update.py's recover_journals
            # Ours only when the name and the marker inside agree (never a folder we did not
            # write), or when the staging folder's token is OUT/'s own: the two traded places
            # and what is left under the staging name is the previous output.
            inside = read_token(sibling)
            if inside == m["token"] or (m["kind"] == "staging" and inside and current == m["token"]):
                leftovers.append((m["kind"], sibling))
        for kind, sibling in sorted(leftovers, key=lambda k: k[0] != "old"):
            if kind == "old" and not target.exists():
                os.replace(sibling, target)
                done.append(f"{target}: put back the previous output, which a killed run had moved aside")
            else:
                remove_tree(sibling)
        return done

    def new_staging(self) -> Path:
        """A new, empty folder beside OUT/ (with its marker) to write the next OUT/ into."""
        token = secrets.token_hex(8)
        staging = self.sibling("staging", token)
        # mkdir rather than mkdtemp: the folder gets the usual permissions (umask), not 0700.
        staging.mkdir(parents=True)
        write_marker(staging, token)
        return staging

    def publish(self, staging: Path) -> None:
        """Swap ``staging`` in as OUT/ (the previous OUT/ is deleted once the new one is in).

        Where the system can (Linux: ``renameat2(RENAME_EXCHANGE)``) the two folders trade
        places in one step, so OUT/ is at every instant the old output or the new one; elsewhere
        the old one is moved aside first and a run killed in between leaves it for the next run
        to put back."""
        target = self.target()
        if target.exists() and not target.is_dir():
            raise GeokgError(f"{self.path} exists and is not a folder")
        if not target.exists():
            os.replace(staging, target)
            return
        token = read_token(target) or write_marker(target, secrets.token_hex(8))
        if exchange(staging, target):
            old = staging  # the previous output, now under the staging folder's name
        else:
            old = self.sibling("old", token)
            os.replace(target, old)
            try:
                os.replace(staging, target)
            except BaseException:
                os.replace(old, target)  # put the previous output back
                raise
        trash = self.sibling("trash", token)
        os.replace(old, trash)
        remove_tree(trash)


def read_records(
    path: Path, error: type[GeokgError] = GeokgError, progress: Any = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of one of OUT/'s JSON Lines files with their line numbers; a line that
    is not one raises ``error`` naming the file and line. ``progress.update`` is told the bytes
    read. A committed update that a killed run did not finish applying is finished first."""
    if path.name in (ASSERTIONS, MENTIONS, DOCUMENTS, SIGNATURES):
        OutputFolder(path.parent).settle()
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if progress is not None:
                progress.update(len(line.encode("utf-8")))
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise error(f"{path}:{line_no}: not valid JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise error(f"{path}:{line_no}: not a JSON object")
            yield line_no, record


def write_marker(folder: Path, token: str) -> str:
    """Mark ``folder`` as a geokg output with ``token``."""
    (folder / MARKER).write_text(json.dumps({"geokg_output": 1, "token": token}) + "\n", encoding="utf-8")
    return token


def read_token(folder: Path) -> str | None:
    try:
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    token = record.get("token") if isinstance(record, dict) else None
    return token if isinstance(token, str) and re.fullmatch(r"[0-9a-f]{16}", token) else None


def remove_tree(folder: Path) -> None:
    """Delete a folder geokg wrote, its marker last: a run killed half-way through leaves a
    folder that the next run still recognises as its own and deletes."""
    for child in folder.iterdir():
        if child.name == MARKER:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


_RENAME_EXCHANGE = 2  # linux/fs.h


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux ``renameat2``); False where the system
    or the file system cannot, and nothing was changed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # no such libc function (glibc before 2.28, musl)
        return False
    at_cwd = -100
    if renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(b))


def try_lock(stream: IO) -> bool:
    """Take an exclusive ``flock`` on an open file without waiting; False if another holds it."""
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def partial_file(path: Path) -> tuple[IO[str], Path]:
    """A file being written in place of ``path`` (``.NAME.geokg-<token>.tmp`` beside it),
    locked while its writer lives, and renamed over ``path`` by the caller when complete.

    Such files left by killed runs (their lock gone with them) are deleted first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pattern = re.compile(rf"\.{re.escape(path.name)}\.geokg-[0-9a-f]{{16}}\.tmp")
    for sibling in path.parent.iterdir():
        if pattern.fullmatch(sibling.name) and sibling.is_file() and not sibling.is_symlink():
            try:
                with open(sibling, "a", encoding="utf-8") as leftover:
                    if not try_lock(leftover):
                        continue  # a live run's
            except OSError:
                continue
            sibling.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.geokg-{secrets.token_hex(8)}.tmp")
    # open(..., "x") rather than mkstemp: the file gets the usual permissions (umask), not 0600.
    stream = open(tmp, "x", encoding="utf-8")
    try_lock(stream)
    return stream, tmp
