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


# -- issue 14: options, standard input, exports, pipes, progress ---------------------------------
STORY = ("Kremlin rejects ceasefire proposal\n"
         "MOSCOW, March 13 (Reuters) - Russia on Thursday rejected a proposal by Ukraine for a "
         "ceasefire, and President Vladimir Putin met Xi Jinping in Moscow.\n")


def _actions(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {opt}", a) for opt, a in _actions(sub))
        else:
            yield (action.option_strings or [action.dest])[0], action


def test_every_option_has_help():
    from kgraph.cli import build_parser

    missing = [name for name, a in _actions(build_parser()) if not (a.help and a.help.strip())]
    assert not missing, missing


def test_extract_reads_standard_input_dated_by_its_dateline(tmp_path):
    out = tmp_path / "s.ttl"
    r = subprocess.run([*ROOT_CMD, "extract", "-", "-o", str(out), "--reference-date", "2025-06-01"],
                       input=STORY, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = json.loads(run("query", str(out), "--format", "json").stdout)
    assert {(x["source"], x["relation"], x["target"]) for x in rows} >= {("Russia", "rejects", "Ukraine")}
    assert {x["date"] for x in rows} == {"2025-03-13"}
    assert all(x["doc_id"].startswith("sha256-") for x in rows)


def test_extract_one_file_with_its_metadata(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "one.ttl"
    r = run("extract", str(story), "-o", str(out), "--date", "2025-03-14", "--title",
            "Kremlin <b>rejects</b>", "--url", "https://example.org/a", "--outlet", "Reuters",
            "--id", "story-1")
    assert r.returncode == 0, r.stderr
    import kgraph

    kg = kgraph.load(out)
    doc = kg.documents()[0]
    assert (doc.id, doc.date, doc.title, doc.url, doc.outlet) == (
        "story-1", "2025-03-14", "Kremlin <b>rejects</b>", "https://example.org/a", "Reuters")
    assert {e.date for e in kg.edges()} == {"2025-03-14"}, "a given date wins over the dateline"


@pytest.mark.parametrize("args, message", [
    (["--title", "T"], "metadata of one document"),
    (["--date", "13 March"], "ISO date"),
    (["--reference-date", "soon"], "reference date"),
])
def test_bad_extract_options_are_one_line_errors(seeds_dir, tmp_path, args, message):
    one = sorted(seeds_dir.glob("*.txt"))[0] if "--title" not in args else seeds_dir
    r = run("extract", str(one), "-o", str(tmp_path / "x.ttl"), *args)
    assert r.returncode == 1 and message in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert not (tmp_path / "x.ttl").exists()


@pytest.mark.parametrize("ext", ["csv", "graphml", "gexf", "jsonld", "parquet"])
def test_export_format_from_the_extension(seeds_ttl, tmp_path, ext):
    import networkx as nx
    import pandas as pd
    from rdflib import Graph

    import kgraph

    out = tmp_path / f"out.{ext}"
    r = run("export", str(seeds_ttl), "-o", str(out))
    assert r.returncode == 0, r.stderr
    n = len(kgraph.load(seeds_ttl).edges())
    if ext == "csv":
        assert len(kgraph.read_edges_csv(out)) == n
    elif ext == "parquet":
        assert len(pd.read_parquet(out)) == n
    elif ext == "jsonld":
        assert len(Graph().parse(out, format="json-ld")) == len(kgraph.load(seeds_ttl).rdf)
    else:
        G = nx.read_graphml(out) if ext == "graphml" else nx.read_gexf(out)
        assert G.number_of_edges() == n


def test_export_filters_views_and_errors(seeds_ttl, tmp_path):
    import kgraph

    out = tmp_path / "meets.csv"
    assert run("export", str(seeds_ttl), "-o", str(out), "--relation", "meets").returncode == 0
    df = kgraph.read_edges_csv(out)
    assert len(df) == len(kgraph.load(seeds_ttl).edges(relation="meets")) > 0
    r = run("export", str(seeds_ttl), "-o", str(tmp_path / "g.xlsx"))
    assert r.returncode == 1 and ".csv, .graphml" in r.stderr
    r = run("export", str(seeds_ttl), "-o", str(tmp_path / "g.csv"), "--view", "signed")
    assert r.returncode == 1 and "--view applies to graphml and gexf" in r.stderr


def test_a_closed_pipe_ends_quietly(seeds_ttl):
    """`kgraph query ... | head -1`: no traceback, no error message (Python docs, note on SIGPIPE)."""
    proc = subprocess.Popen([*ROOT_CMD, "query", str(seeds_ttl), "--sparql",
                             "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as head does after one line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert first.startswith(b"s\tp\to") and err == ""


def _on_a_terminal(args, timeout=600):
    """Run the command with a pseudo-terminal as stdout and stderr; return what it drew."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    main, sub = pty.openpty()
    fcntl.ioctl(sub, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a terminal has a width
    proc = subprocess.Popen([*ROOT_CMD, *args], stdout=sub, stderr=sub, stdin=subprocess.DEVNULL)
    os.close(sub)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=timeout)
    os.close(main)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_the_progress_bar_shows_total_and_time_left_on_a_terminal_only(seeds_dir, tmp_path):
    import re

    code, shown = _on_a_terminal(["extract", str(seeds_dir), "-o", str(tmp_path / "t.ttl")])
    assert code == 0, shown
    assert "documents: 100%" in shown and "5/5" in shown
    assert re.search(r"\d\d:\d\d<\d\d:\d\d", shown), "elapsed<remaining"
    r = run("extract", str(seeds_dir), "-o", str(tmp_path / "p.ttl"))
    assert r.returncode == 0 and "documents:" not in r.stderr and "\r" not in r.stderr
