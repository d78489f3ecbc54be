"""The example scripts run from the repository root and print answers that match the library."""

import subprocess
import sys
from pathlib import Path

import pytest

import kgraph

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.fixture(scope="module")
def outputs():
    """Run every example at once (each loads spaCy and extracts the seeds); collect stdout."""
    procs = {p.stem: subprocess.Popen([sys.executable, f"examples/{p.name}"], cwd=ROOT, text=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for p in EXAMPLES}
    out = {}
    for name, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"{name}: {stderr}"
        assert "Traceback" not in stderr
        out[name] = stdout
    return out


def test_every_example_is_run_here(outputs):
    assert set(outputs) == {"who_condemned_whom", "russia_un_timeline", "central_actors",
                            "cooperation_conflict"}
    for name, text in outputs.items():
        assert len(text.splitlines()) >= 3, name


def test_who_condemned_whom(outputs, seeds_kg):
    text = outputs["who_condemned_whom"]
    flat = " ".join(text.split())
    for relation, verb in (("condemns", "condemned"), ("accuses", "accused")):
        happened = [e for e in seeds_kg.edges(relation=relation) if e.asserted]
        assert f"Who {verb} whom ({len(happened)} events)" in text
        for e in happened:
            assert f"{e.source.label} {verb} {e.target.label}" in text
            assert " ".join(e.sentence.split()) in flat  # the evidence, wrapped
        for e in seeds_kg.edges(relation=relation):
            if not e.asserted:
                assert str(e) in text


def test_russia_un_timeline(outputs, seeds_kg):
    text = outputs["russia_un_timeline"]
    rows = seeds_kg.timeline("Russia", "United Nations", include_affiliated=True)
    assert f"Russia and the United Nations: {len(rows)} events" in text
    lines = [line for line in text.splitlines() if " --" in line and "--> " in line]
    assert len(lines) == len(rows)
    for line, r in zip(lines, rows):
        assert line.split()[0] == r["date"]
        assert f"{r['source']} --{r['relation']}--> {r['target']}" in line
    years = sorted({r["date"][:4] for r in rows})
    assert [line.split(":")[0] for line in text.splitlines() if line[:2] in ("19", "20")] == years


def test_central_actors(outputs, seeds_kg):
    text = outputs["central_actors"]
    pagerank = kgraph.pagerank_ranking(seeds_kg)
    table = text.split("Top brokers")[0].splitlines()
    rows = [line for line in table if line and line.split()[-1].replace(".", "").isdigit()]
    assert len(rows) == min(10, len(pagerank))
    for line, (actor, score) in zip(rows, pagerank):
        assert line.startswith(actor) and f"{score:.4f}" in line
    communities = kgraph.louvain_communities(seeds_kg)
    for i, members in enumerate(communities, start=1):
        assert f"  {i}. {', '.join(members)}" in text


def test_cooperation_conflict(outputs, seeds_kg):
    text = outputs["cooperation_conflict"]
    balance = kgraph.cooperation_balance(seeds_kg)
    assert f"between {len(balance)} pairs" in text
    body = [line for line in text.splitlines() if line.rstrip().endswith(("mixed", "conflict", "cooperation"))
            and not line.startswith("actor")]
    assert len(body) == len(balance)
    for line, (a, b, coop, conflict, net) in zip(body, balance):
        assert line.startswith(a) and b in line and f"{net:.1f}" in line
        assert line.split()[-1] == ("mixed" if coop and conflict else "cooperation" if coop else "conflict")
    assert f"Most hostile pair:     {balance[0][0]} \u2013 {balance[0][1]}" in text
