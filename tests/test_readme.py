"""The README's examples run as written, and print what the README shows.

Every fenced ``python`` and ``sh`` block runs, in order, in a scratch folder that holds the
repository's ``seeds/`` (the Python blocks share one namespace, as in a session). A block
followed by a ``text`` block must print exactly that text. A block may be left out only by an
HTML comment ``<!-- readme-test: not run (reason) -->`` on the line before it, and the reason
must be given. The files the "your own actors" example reads are made from the shipped data.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_SKIP = re.compile(r"<!-- readme-test: not run \((?P<reason>[^)]+)\) -->\s*$")


def blocks(text: str) -> list[dict]:
    """The fenced blocks of ``text``: language, code, the expected output, the skip reason."""
    found = []
    for m in _FENCE.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = _SKIP.search(before)
        found.append({"lang": m.group(1), "code": m.group(2), "line": text.count("\n", 0, m.start()) + 1,
                      "skip": skip.group("reason") if skip else None, "end": m.end()})
    for b, nxt in itertools.pairwise(found):
        if nxt["lang"] == "text" and not text[b["end"]:nxt["end"]].split("```", 1)[0].strip():
            b["expected"] = nxt["code"]
    return [b for b in found if b["lang"] in ("python", "sh")]


def test_the_parser_finds_outputs_and_reasons():
    sample = ("<!-- readme-test: not run (needs a server) -->\n```sh\nserve\n```\n\n"
              "```python\nprint(1)\n```\n\n```text\n1\n```\n")
    got = blocks(sample)
    assert [(b["lang"], b["skip"], b.get("expected")) for b in got] == [
        ("sh", "needs a server", None), ("python", None, "1\n")]


def _own_files(folder: Path) -> None:
    """my_relations.csv, my_actors.jsonl and my_triggers.json for the 'your own' example."""
    shutil.copy(ROOT / "kgraph" / "data" / "relations.csv", folder / "my_relations.csv")
    (folder / "my_actors.jsonl").write_text(json.dumps(
        {"key": "example-front", "label": "Example Front", "kind": "group", "aliases": ["the Front"]}) + "\n",
        encoding="utf-8")
    (folder / "my_triggers.json").write_text(json.dumps(
        {"relations": {"condemns": {"verbs": ["pillory"]}}}), encoding="utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    _own_files(folder)
    return folder


def _run_sh(code: str, cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    r = subprocess.run(["bash", "-e", "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                       timeout=900)
    assert r.returncode == 0, f"exit {r.returncode}:\n{r.stderr}"
    assert "Traceback" not in r.stderr, r.stderr
    return r.stdout


def test_readme_examples_run_and_print_what_the_readme_shows(scratch, monkeypatch):
    found = blocks(README.read_text(encoding="utf-8"))
    assert sum(b["lang"] == "python" for b in found) >= 4 and sum(b["lang"] == "sh" for b in found) >= 2
    monkeypatch.chdir(scratch)
    namespace: dict = {"__name__": "__readme__"}
    ran = 0
    for b in found:
        if b["skip"] is not None:
            assert b["skip"].strip(), f"README line {b['line']}: a block left out needs a reason"
            continue
        if b["lang"] == "python":
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(b["code"], f"README.md:{b['line']}", "exec"), namespace)
            printed = out.getvalue()
        else:
            printed = _run_sh(b["code"], scratch)
        if "expected" in b:
            assert printed == b["expected"], f"README line {b['line']} prints:\n{printed}"
        ran += 1
    assert ran >= 6
    assert (scratch / "out" / "edges.csv").is_file() and (scratch / "graph.html").is_file()
