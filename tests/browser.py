"""Headless Chromium for the browser tests: find it (or install Debian's), run it, clean up.

Chromium runs as its own process group with a fresh profile and the network
cut off (every host name resolves to nothing and any proxy lookup goes to a
closed port); each run has a timeout, and the whole group is killed after
it, so no browser outlives a test.

Run as a script to refresh the README screenshot::

    .venv/bin/python tests/browser.py docs/screenshot.png
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["BrowserUnavailableError", "dump_dom", "ensure_chromium", "inject_scripts", "page_attributes",
           "screenshot"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--no-default-browser-check", "--disable-breakpad",
    # one renderer for the page and its sandboxed iframes, so --virtual-time-budget waits for
    # an inline notebook frame too (an out-of-process frame keeps running on real time)
    "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
    # networking off: names resolve nowhere, proxied requests go to a closed port
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


class BrowserUnavailableError(RuntimeError):
    """No Chromium, and it cannot be installed here (the reason is the message)."""


def find_chromium() -> str | None:
    """Return the path of an installed Chromium or Chrome, or None."""
    for name in _NAMES:
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *args], capture_output=True, text=True, timeout=900, env=env,
                          check=False)


def ensure_chromium() -> str:
    """Return a Chromium binary, installing Debian's ``chromium`` with apt-get if missing.

    Raises
    ------
    BrowserUnavailableError
        When there is no apt-get, the process is not root, or the install fails.
    """
    path = find_chromium()
    if path:
        return path
    if shutil.which("apt-get") is None:
        raise BrowserUnavailableError("chromium is not installed and apt-get is not available")
    if os.geteuid() != 0:
        raise BrowserUnavailableError("chromium is not installed and installing it needs root")
    result = _apt("install", "-y", "--no-install-recommends", "chromium")
    if result.returncode != 0:  # stale package lists: refresh once and retry
        _apt("update")
        result = _apt("install", "-y", "--no-install-recommends", "chromium")
    path = find_chromium()
    if result.returncode != 0 or not path:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise BrowserUnavailableError(f"apt-get install chromium failed: {tail[0]}")
    return path


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run Chromium in its own process group; kill the whole group afterwards."""
    binary = ensure_chromium()
    with tempfile.TemporaryDirectory(prefix="kgraph-chromium-") as profile:
        cmd = [binary, *_FLAGS, f"--user-data-dir={profile}", *args]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            out, err = "", f"chromium timed out after {timeout} s"
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the browser and every helper it started
            proc.wait()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def dump_dom(url: str, budget_ms: int = 15000, timeout: float = 120) -> str:
    """Load ``url`` headless, let ``budget_ms`` of virtual time pass, return the DOM."""
    result = _run(["--dump-dom", f"--virtual-time-budget={budget_ms}", url], timeout)
    if "<html" not in result.stdout:
        raise RuntimeError(f"chromium printed no DOM: {result.stderr.strip()[-500:]}")
    return result.stdout


def screenshot(url: str, path: str | Path, size: tuple[int, int] = (1400, 1000),
               budget_ms: int = 15000, timeout: float = 120) -> Path:
    """Save a PNG screenshot of ``url`` after ``budget_ms`` of virtual time."""
    path = Path(path).resolve()
    path.unlink(missing_ok=True)
    result = _run([f"--screenshot={path}", f"--window-size={size[0]},{size[1]}",
                   f"--virtual-time-budget={budget_ms}", url], timeout)
    if not path.exists():
        raise RuntimeError(f"chromium wrote no screenshot: {result.stderr.strip()[-500:]}")
    return path


def inject_scripts(page: Path, out: Path, head: str = "", end: str = "") -> Path:
    """Copy a page to ``out`` with a script at the start of <head> and one before </body>."""
    text = page.read_text(encoding="utf-8")
    text = text.replace("<head>", f"<head><script>{head}</script>", 1)
    i = text.rindex("</body>")
    out.write_text(text[:i] + f"<script>{end}</script>" + text[i:], encoding="utf-8")
    return out


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, dict[str, str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("html", "body") and tag not in self.tags:
            self.tags[tag] = {k: v or "" for k, v in attrs}


def page_attributes(dom: str) -> dict[str, str]:
    """Attributes of the ``<html>`` and ``<body>`` elements of a dumped DOM, merged."""
    parser = _Attrs()
    parser.feed(dom)
    return {**parser.tags.get("html", {}), **parser.tags.get("body", {})}


def _main(argv: list[str]) -> int:  # pragma: no cover - a maintenance script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import kgraph

    out = Path(argv[0] if argv else "docs/screenshot.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parent.parent
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([root / "seeds"], progress=False)
    with tempfile.TemporaryDirectory() as d:
        page = kg.to_html(Path(d) / "seeds.html", title="kgraph: five seed articles")
        screenshot(page.as_uri(), out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main(sys.argv[1:]))
