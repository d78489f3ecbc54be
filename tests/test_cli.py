"""The command line, run as a user would (a subprocess)."""

import json
import subprocess
import sys

import pytest

ROOT_CMD = [sys.executable, "-m", "kgraph"]


def run(*args, cwd=None):
    return subprocess.run([*ROOT_CMD, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("cli") / "seeds.ttl"
    r = run("extract", str(seeds_dir), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "5 documents" in r.stdout
    return out


@pytest.mark.parametrize("cmd", ["extract", "html", "query", "stats"])
def test_every_command_has_help(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0 and "usage: kgraph" in r.stdout


def test_html_query_stats(seeds_ttl, tmp_path):
    html = tmp_path / "seeds.html"
    r = run("html", str(seeds_ttl), "-o", str(html))
    assert r.returncode == 0 and html.stat().st_size > 100_000
    r = run("query", str(seeds_ttl), "--source", "Russia", "--relation", "requests", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows and all(x["source"] == "Russia" and x["relation"] == "requests" for x in rows)
    r = run("stats", str(seeds_ttl))
    assert r.returncode == 0 and "documents  5" in r.stdout and "relation" in r.stdout


def test_missing_file_is_a_one_line_error(tmp_path):
    r = run("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.ttl"))
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "nope.txt" in r.stderr
    assert not (tmp_path / "o.ttl").exists()
    r = run("stats", str(tmp_path / "nope.ttl"))
    assert r.returncode == 1 and r.stderr.startswith("kgraph: error:")


def test_jsonl_and_binary_inputs(tmp_path):
    recs = tmp_path / "docs.jsonl"
    recs.write_text(json.dumps({"id": "r1", "text": "Chile condemned Peru.", "date": "2025-01-01",
                                "title": "T"}) + "\n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\xff\x10binary")
    out = tmp_path / "o.ttl"
    r = run("extract", str(recs), str(binary), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "skipped binary file" in r.stderr
    r = run("query", str(out), "--relation", "condemns", "--format", "csv")
    assert "Chile,condemns,Peru" in r.stdout
