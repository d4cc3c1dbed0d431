"""Real servers for the interop tests: Virtuoso and the Oxigraph server, each on 127.0.0.1 with
a free port and a private temporary database, stopped by PID when the fixture ends.

Each starter returns None (the test then skips, naming the missing tool) when the program is
not installed: CI installs them from .ci/debian-packages.d/interop.txt and setup.cfg's extras.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
VSP_ROOT = Path("/var/lib/virtuoso-opensource-7/vsp")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@dataclass
class Virtuoso:
    process: subprocess.Popen
    folder: Path
    sql_port: int
    http_port: int

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def graph_store(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    def sql(self, statement: str) -> str:
        """Run one SQL statement with isql; raise with Virtuoso's message on an error (isql
        itself exits 0 either way)."""
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        output = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in output:
            raise RuntimeError(output.strip())
        return output

    def load(self, path: Path, graph: str, trig: bool = False) -> None:
        """Virtuoso's own Turtle/TriG loader (TTLP_MT; flag 256 reads TriG's named graphs)."""
        flags = 256 if trig else 0
        self.sql(f"DB.DBA.TTLP_MT(file_to_string_output('{path}'), '', '{graph}', {flags});")


def start_virtuoso(folder: Path, data_dirs: list[Path]) -> Virtuoso | None:
    if not (VIRTUOSO and ISQL and VSP_ROOT.is_dir()):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    allowed = ", ".join([".", str(folder), *map(str, data_dirs)])
    # MaxQueryCostEstimationTime = 0: a fresh database otherwise refuses small joins.
    (folder / "virtuoso.ini").write_text(
        f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = {allowed}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {VSP_ROOT}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 60
""",
        encoding="utf-8",
    )
    log = open(folder / "stdout.log", "wb")
    process = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    server = Virtuoso(process, folder, sql_port, http_port)
    try:
        wait_for_http(f"{server.sparql}?query=ASK%7B%7D", process)
    except RuntimeError:
        stop(process)
        raise
    return server


@dataclass
class OxigraphServer:
    process: subprocess.Popen
    port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def oxigraph_command() -> list[str] | None:
    script = Path(sys.executable).with_name("oxigraph")
    found = str(script) if script.is_file() else shutil.which("oxigraph")
    return [found] if found else None


def start_oxigraph(folder: Path) -> OxigraphServer | None:
    command = oxigraph_command()
    if command is None:
        return None
    port = free_port()
    process = subprocess.Popen(
        [*command, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "RUST_LOG": "error"},
    )
    server = OxigraphServer(process, port)
    try:
        wait_for_http(f"{server.base}/query?query=ASK%7B%7D", process)
    except RuntimeError:
        stop(process)
        raise
    return server
