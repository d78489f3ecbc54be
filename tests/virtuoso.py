"""A throwaway Virtuoso server for the tests and benchmarks of the ``sparql`` store.

:func:`ensure_installed` installs Debian's ``virtuoso-opensource`` when
``virtuoso-t`` is missing (CI runs as root on a bare machine);
:class:`VirtuosoServer` starts ``virtuoso-t +foreground`` on loopback ports
with a fresh database in a temporary directory, waits until its SPARQL
endpoint answers, grants SPARQL update rights and stops the server by its PID.
:func:`shared_server` keeps one server for a whole test session.

Examples
--------
>>> from tests.virtuoso import free_port
>>> 1024 < free_port() < 65536
True
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

__all__ = ["VirtuosoServer", "ensure_installed", "free_port", "shared_server"]

SERVER = "virtuoso-t"
ISQL = "isql-vt"
PACKAGE = "virtuoso-opensource"

_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {d}
CheckpointInterval = 0
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 3600
MaxQueryCostEstimationTime = 0
"""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_installed(timeout: float = 900) -> str | None:
    """Install Virtuoso with apt-get when it is missing; return why it cannot be had, or None."""
    if shutil.which(SERVER) and shutil.which(ISQL):
        return None
    if not shutil.which("apt-get"):
        return f"{SERVER} is not installed and there is no apt-get here to install {PACKAGE}"
    if os.geteuid() != 0:
        return f"{SERVER} is missing and installing {PACKAGE} needs root (apt-get install {PACKAGE})"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    steps = (["apt-get", "update", "-q"],
             ["apt-get", "install", "-y", "-q", "--no-install-recommends", PACKAGE])
    for cmd in steps:
        try:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            return f"cannot install {PACKAGE}: {' '.join(cmd)}: {err}"
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            return f"cannot install {PACKAGE}: {' '.join(cmd)} failed: {' | '.join(tail)}"
    if not (shutil.which(SERVER) and shutil.which(ISQL)):
        return f"{PACKAGE} installed but {SERVER} / {ISQL} are not on PATH"
    return None


class VirtuosoServer:
    """A Virtuoso server on loopback with a fresh database in a temporary directory.

    Parameters
    ----------
    buffers : int, default 20000
        Virtuoso's ``NumberOfBuffers`` (8 KiB pages of cache; 20,000 is about 170 MB).
    startup_timeout : float, default 120
        Seconds to wait for the SPARQL endpoint to answer.
    """

    def __init__(self, buffers: int = 20_000, startup_timeout: float = 120.0) -> None:
        self.buffers = buffers
        self.startup_timeout = startup_timeout
        self.dir: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.http_port = self.sql_port = 0
        self.startup_seconds = 0.0

    @property
    def endpoint(self) -> str:
        """The SPARQL endpoint URL."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def start(self) -> VirtuosoServer:
        """Start the server, wait for its endpoint and grant SPARQL updates; return self."""
        t0 = time.monotonic()
        self.dir = Path(tempfile.mkdtemp(prefix="kgraph-virtuoso-"))
        self.http_port, self.sql_port = free_port(), free_port()
        ini = self.dir / "virtuoso.ini"
        ini.write_text(_INI.format(d=self.dir, sql=self.sql_port, http=self.http_port,
                                   buffers=self.buffers, dirty=self.buffers * 3 // 4), encoding="utf-8")
        log = open(self.dir / "stdout.log", "wb")  # noqa: SIM115 - the server writes to it until stopped
        self.proc = subprocess.Popen([SERVER, "+foreground", "+configfile", str(ini)], cwd=self.dir,
                                     stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        log.close()
        try:
            self._wait()
            self._isql('grant SPARQL_UPDATE to "SPARQL";')
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - t0
        return self

    def _wait(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        url = self.endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{SERVER} exited with status {self.proc.returncode}: {self.log_tail()}")
            with contextlib.suppress(OSError, urllib.error.URLError), opener.open(url, timeout=5) as resp:
                if resp.status == 200:
                    return
            time.sleep(0.25)
        raise RuntimeError(f"{SERVER} did not answer on {self.endpoint} within "
                           f"{self.startup_timeout:.0f} s: {self.log_tail()}")

    def _isql(self, statement: str) -> None:
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
                              capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0 or "Error" in done.stdout:
            raise RuntimeError(f"isql failed on {statement!r}: {(done.stdout + done.stderr).strip()[-300:]}")

    def log_tail(self, lines: int = 5) -> str:
        """The last lines of the server's log (for error messages)."""
        if self.dir is None:
            return ""
        text = ""
        for name in ("virtuoso.log", "stdout.log"):
            with contextlib.suppress(OSError):
                text += (self.dir / name).read_text(encoding="utf-8", errors="replace")
        return " | ".join(text.strip().splitlines()[-lines:])

    def database_bytes(self) -> int:
        """Size of the database files on disk."""
        if self.dir is None:
            return 0
        return sum(p.stat().st_size for p in self.dir.iterdir() if p.suffix in (".db", ".trx"))

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL) and delete its directory."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)
        self.proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> VirtuosoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_SHARED: VirtuosoServer | str | None = None


def shared_server() -> VirtuosoServer | str:
    """One server for the whole process (stopped at exit), or the reason there is none.

    Installs Virtuoso first when it is missing (see :func:`ensure_installed`).
    The time taken is in ``server.setup_seconds``.
    """
    global _SHARED
    if _SHARED is None:
        t0 = time.monotonic()
        reason = ensure_installed()
        if reason is not None:
            _SHARED = reason
        else:
            server = VirtuosoServer()
            try:
                server.start()
            except (OSError, RuntimeError) as err:
                _SHARED = f"cannot start {SERVER}: {err}"
            else:
                server.setup_seconds = time.monotonic() - t0  # type: ignore[attr-defined]
                atexit.register(server.stop)
                _SHARED = server
    return _SHARED
