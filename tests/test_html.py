"""The HTML page: self-contained, offline, escaped."""

import json
import re

import kgraph


def test_page_is_self_contained(seeds_kg, tmp_path):
    out = seeds_kg.to_html(tmp_path / "seeds.html", title="Seeds")
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.html"]
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)\s*=", page), "no external resources"
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)
    assert "url(http" not in page and "@import" not in page
    assert "vis.Network" in page and "Seeds" in page
    data = json.loads(re.search(r"var DATA = (\{.*?\});\n", page).group(1))
    assert len(data["edges"]) == len(seeds_kg.edges())
    assert {n["id"] for n in data["nodes"]} >= {e.source.id for e in seeds_kg.edges()}
    rel_colors = {e["relation"]: e["color"]["color"] for e in data["edges"]}
    assert rel_colors.get("condemns") != rel_colors.get("meets")


def test_hostile_text_is_escaped(tmp_path):
    kg = kgraph.KnowledgeGraph()
    kg.add_text('Chile condemned Peru after "<script>alert(1)</script>" appeared.',
                doc_id="x", title="<img src=x onerror=alert(2)>")
    page = kg.render_html() if hasattr(kg, "render_html") else \
        kg.to_html(tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "\\u003cscript\\u003ealert(1)" in page


def test_show_returns_inline_iframe(seeds_kg):
    shown = seeds_kg.show()
    html = shown._repr_html_()
    assert html.startswith("<iframe srcdoc=") and "sandbox" in html
    assert "<script>" not in html  # the whole page is escaped into the attribute
