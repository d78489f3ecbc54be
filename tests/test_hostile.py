"""Hostile text: article text never runs script in the page, survives RDF exactly, never becomes SPARQL.

The XSS corpus is ``tests/data/xss_payloads.txt`` (one payload a line). Each payload, if it
ever ran, would call ``pwn(N)``, ``alert``, ``confirm``, ``prompt`` or ``console.*``, set
``window.__pwned`` or rewrite ``document.title``; the page test traps all of these and
also looks for any element or event-handler attribute the payloads would have injected.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import kgraph
from kgraph.html import InlinePage
from kgraph.ids import doc_iri, minted_actor_iri

from .browser import dump_dom, inject_scripts, page_attributes

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD_FILE = Path(__file__).parent / "data" / "xss_payloads.txt"
FORMATS = (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf")
RELATIONS = ("condemns", "meets", "accuses", "supports", "proposes", "rejects")


def load_payloads() -> list[str]:
    # split on "\n" only: some payloads hold U+2028/U+2029, which str.splitlines() breaks on
    lines = PAYLOAD_FILE.read_text(encoding="utf-8").split("\n")
    return [ln for ln in lines if ln and not ln.startswith("# ")]


PAYLOADS = load_payloads()


def test_the_corpus_has_at_least_fifty_distinct_payloads():
    assert len(PAYLOADS) >= 50 and len(set(PAYLOADS)) == len(PAYLOADS)
    kinds = {
        "script tags": r"<script", "event handlers": r"\bon[a-z]+\s*=", "javascript: urls": r"javascript:",
        "html entities": r"&(#x?[0-9a-f]+|[a-z]+);", "template syntax": r"\{\{|\$\{|\{%|<%=",
    }
    for kind, pattern in kinds.items():
        assert sum(bool(re.search(pattern, p, re.I)) for p in PAYLOADS) >= 3, kind


# -- a graph whose actor names, evidence sentences and document titles are all payloads ------------
def _payload_actor(p: str) -> kgraph.Actor:
    return kgraph.Actor(id=minted_actor_iri(p, "group"), label=p, kind="group", aliases=(p,))


@pytest.fixture(scope="module")
def hostile_kg() -> kgraph.KnowledgeGraph:
    n = len(PAYLOADS)
    records = [{"key": f"xss-{i}", "label": p, "kind": "group", "aliases": [p]}
               for i, p in enumerate(PAYLOADS)]
    actors = kgraph.default_actors()
    actors.add_records(records)
    kg = kgraph.KnowledgeGraph(extractor=kgraph.Extractor(actors=actors))
    # through extraction: the user dictionary makes the payloads actors in article sentences
    for i, p in enumerate(PAYLOADS):
        kg.add_text(f"{p} condemned Russia on Monday. Russia condemned the {p} on Tuesday.",
                    doc_id=f"article-{i}", date="2025-03-04", title=p, outlet=PAYLOADS[(i + 1) % n],
                    url="javascript:pwn(999)")
    # built directly, so that every payload is an actor, a sentence, a document id and a title
    for i, p in enumerate(PAYLOADS):
        q = PAYLOADS[(i + 7) % n]
        edge = kgraph.Edge(source=_payload_actor(p), target=_payload_actor(q), relation=RELATIONS[i % 6],
                           source_text=p, target_text=q, sentence=f"{p} met {q}; {p}", doc_id=p,
                           start=0, end=len(p), confidence=0.9, date="2025-03-05", trigger=p[:20])
        kg.add_edges([edge], document=kgraph.Document(p, title=q, outlet=p, date="2025-03-05"))
    return kg


def test_payloads_become_actors_through_a_user_dictionary(hostile_kg):
    from_text = [e for e in hostile_kg.edges(relation="condemns") if e.doc_id.startswith("article-")]
    extracted = {e.source.label for e in from_text} | {e.target.label for e in from_text}
    found = extracted & set(PAYLOADS)
    assert len(found) >= 50, f"only {len(found)} payloads became actors by extraction"
    for e in hostile_kg.edges():
        if e.doc_id.startswith("article-"):
            assert any(p in e.sentence for p in PAYLOADS)
    assert set(PAYLOADS) <= {a.label for a in hostile_kg.actors()}


@pytest.mark.parametrize("ext", FORMATS)
def test_payloads_round_trip_exactly_through_every_format(hostile_kg, tmp_path, ext):
    hostile_kg.save(tmp_path / f"h{ext}")
    back = kgraph.load(tmp_path / f"h{ext}")
    assert back.edges() == hostile_kg.edges()  # labels, aliases, sentences, mentions, triggers
    assert back.documents() == hostile_kg.documents()  # ids, titles, outlets, urls
    assert set(PAYLOADS) <= {d.title for d in back.documents()}
    assert set(PAYLOADS) <= {d.id for d in back.documents()}


# -- the page in headless Chromium ---------------------------------------------------------------------------
TRAP = """
(function () {
  var root = document.documentElement;
  function hit(what) {
    root.setAttribute("data-pwned", (root.getAttribute("data-pwned") || "") + " " + what);
  }
  window.pwn = function (n) { hit("pwn" + n); };
  window.alert = function (x) { hit("alert" + x); };
  window.confirm = function (x) { hit("confirm" + x); return false; };
  window.prompt = function (x) { hit("prompt" + x); return null; };
  ["log", "error", "warn", "info", "debug"].forEach(function (k) {
    var orig = console[k];
    console[k] = function (x) {
      if (String(x).indexOf("pwned") !== -1) { hit("console." + k); }
      return orig.apply(console, arguments);
    };
  });
})();
"""

REPORT = """
setTimeout(function () {
  var b = document.body, net = window.kgraphNetwork;
  b.setAttribute("data-window-pwned", window.__pwned === undefined ? "none" : String(window.__pwned));
  b.setAttribute("data-doc-title", document.title);
  var nodes = net.body.data.nodes.get(), edges = net.body.data.edges.get(), extra = 0;
  function elements(t) { return t.querySelectorAll("*:not(div):not(b):not(span)").length; }
  // every tooltip the page can show, built the way hovering builds it
  var tips = edges.map(function (e) { return window.kgraphTooltip("edge", e.id); });
  nodes.forEach(function (n) { extra += elements(window.kgraphTooltip("node", n.idx)); });
  tips.forEach(function (t) { extra += elements(t); });
  b.setAttribute("data-node-labels", JSON.stringify(nodes.map(function (n) { return n.label; })));
  b.setAttribute("data-edge-tips", JSON.stringify(tips.map(function (t) { return t.textContent; })));
  b.setAttribute("data-tip-elements", String(extra));
}, 1500);
"""

#: Elements the payloads would inject; none may appear beyond those the page itself has.
PAYLOAD_TAGS = {"script", "img", "svg", "body", "iframe", "a", "details", "input", "marquee", "video",
                "source", "audio", "object", "embed", "math", "mtext", "title", "textarea", "option",
                "datalist", "style", "meta", "base", "form", "button", "link", "isindex", "table", "tr",
                "td", "x", "noscript", "p", "animate", "foreignobject", "select", "keygen", "b", "scr"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "background", "srcdoc", "content"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[tuple[str, str, str]] = []
        self.ids: list[str] = []
        self.options: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in URL_ATTRS and re.search(r"javascript:|data:text/html", value, re.I):
                self.urls.append((tag, name, value))
            if name == "id":
                self.ids.append(value)
            if tag == "option" and name == "value":
                self.options.append(value)


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _inject(page: Path, out: Path) -> Path:
    return inject_scripts(page, out, head=TRAP, end=REPORT)


def test_hostile_page_executes_nothing_and_still_draws(chromium, hostile_kg, tmp_path):
    title = PAYLOADS[0] + " " + PAYLOADS[26]  # the page title is a payload too
    # every actor drawn (min_actor_reports=1): with over 120 actors the page would open on the busiest
    page = hostile_kg.to_html(tmp_path / "hostile.html", title=title, physics=False, min_actor_reports=1)
    trapped = _inject(page, tmp_path / "trapped.html")
    static = _elements(trapped.read_text(encoding="utf-8"))  # the file as written, with the traps
    dom = dump_dom(trapped.as_uri(), budget_ms=8000)
    attrs = page_attributes(dom)

    # nothing ran
    assert "data-pwned" not in attrs, attrs["data-pwned"]
    assert attrs["data-window-pwned"] == "none"
    assert attrs["data-doc-title"] == title
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    # nothing was injected: no new elements of the payloads' kinds, no handlers, no script URLs
    live = _elements(dom)
    edges = hostile_kg.edges()
    actors = {a.id: a for e in edges for a in (e.source, e.target)}
    added = {"option": len({a.label for a in actors.values()})}  # the page's own search list
    for tag in PAYLOAD_TAGS:
        assert live.tags[tag] == static.tags[tag] + added.get(tag, 0), (tag, live.tags[tag], static.tags[tag])
    assert static.handlers == [] and live.handlers == []
    assert live.urls == [] and not [i for i in live.ids if i.startswith("xss")]
    assert attrs["data-tip-elements"] == "0"
    # and the page drew every actor and edge, showing each name exactly as written
    assert attrs["data-drawn"] == "1"
    assert int(attrs["data-nodes"]) == len(actors) and int(attrs["data-edges"]) == len(edges)
    assert sorted(json.loads(attrs["data-node-labels"])) == sorted(a.label for a in actors.values())
    assert sorted(live.options) == sorted({a.label for a in actors.values()})  # the search list
    tips = json.loads(attrs["data-edge-tips"])
    for p in PAYLOADS:
        assert any(f"{p} met " in t for t in tips), p  # evidence sentences, as text
        assert any(f"document{p}" in t for t in tips), p  # document titles, as text


def test_the_traps_catch_payloads_that_do_run(chromium, tmp_path):
    # the check above relies on these traps: payloads pasted into a page raw are all caught
    kg = kgraph.KnowledgeGraph()
    kg.add_edges([kgraph.Edge(source=_payload_actor("A"), target=_payload_actor("B"), relation="meets")])
    page = kg.to_html(tmp_path / "plain.html", physics=False)
    text = page.read_text(encoding="utf-8")
    raw = [PAYLOADS[0], PAYLOADS[5], PAYLOADS[66], PAYLOADS[67], PAYLOADS[68], PAYLOADS[69]]
    assert [p for p in raw if "xss" in p] == []
    page.write_text(text.replace("<div id=\"graph\"></div>", "<div id=\"graph\"></div>" + "".join(raw)),
                    encoding="utf-8")
    trapped = _inject(page, tmp_path / "trapped.html")
    dom = dump_dom(trapped.as_uri(), budget_ms=5000)
    attrs = page_attributes(dom)
    assert sorted(attrs["data-pwned"].split()) == ["alert6", "console.error", "console.log", "pwn1"]
    assert attrs["data-window-pwned"] == "67" and attrs["data-doc-title"] == "PWNED 68"
    assert _elements(dom).tags["img"] == 4 and _elements(dom).handlers


def test_inline_notebook_frame_holds_the_page_exactly(hostile_kg):
    shown = hostile_kg.show(title=PAYLOADS[3])
    frame = _elements(shown._repr_html_())
    assert frame.tags == Counter({"iframe": 1}) and frame.handlers == []

    class _Srcdoc(HTMLParser):
        srcdoc = None

        def handle_starttag(self, tag, attrs):
            self.srcdoc = dict(attrs)["srcdoc"]

    p = _Srcdoc(convert_charrefs=True)
    p.feed(shown._repr_html_())
    assert p.srcdoc == shown.page


# -- the notebook frame: the page as kg.show() runs it, in a sandboxed iframe's srcdoc --------------------
# The traps go into the framed page; it reports what they caught to the host page with postMessage (the
# sandbox keeps the host from reading the frame), and the host writes the report onto its own <body>.
FRAME_REPORT = """
setTimeout(function () {
  var out = {}, all = document.querySelectorAll("*"), handlers = 0;
  [document.documentElement, document.body].forEach(function (el) {
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf("data-") === 0) { out[a.name] = a.value; }
    }
  });
  for (var i = 0; i < all.length; i++) {
    for (var j = 0; j < all[i].attributes.length; j++) {
      if (all[i].attributes[j].name.indexOf("on") === 0) { handlers += 1; }
    }
  }
  out["data-frame-handlers"] = String(handlers);
  out["data-frame-xss-ids"] = String(document.querySelectorAll("[id^=xss]").length);
  parent.postMessage(JSON.stringify(out), "*");
}, 3000);
"""

HOST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>notebook</title></head>
<body><p>cell output:</p>{frame}<script>
window.addEventListener("message", function (m) {{
  var o = JSON.parse(m.data);
  for (var k in o) {{ document.body.setAttribute("frame-" + k, o[k]); }}
  document.body.setAttribute("data-frame-reported", "1");
}});
</script></body></html>"""


def test_hostile_notebook_frame_executes_nothing_and_still_draws(chromium, hostile_kg, tmp_path):
    title = PAYLOADS[0] + " " + PAYLOADS[26]
    shown = hostile_kg.show(title=title, height=700, physics=False, min_actor_reports=1)  # every actor
    page = tmp_path / "framed.html"
    page.write_text(shown.page, encoding="utf-8")
    trapped = inject_scripts(page, tmp_path / "framed-trapped.html", head=TRAP, end=REPORT + FRAME_REPORT)
    frame = InlinePage(trapped.read_text(encoding="utf-8"), shown.height)._repr_html_()
    host = tmp_path / "notebook.html"
    host.write_text(HOST.format(frame=frame), encoding="utf-8")
    attrs = page_attributes(dump_dom(host.as_uri(), budget_ms=10000))

    assert attrs.get("data-frame-reported") == "1", "the framed page did not run to its report"
    assert "frame-data-pwned" not in attrs, attrs["frame-data-pwned"]
    assert attrs["frame-data-window-pwned"] == "none"
    assert attrs["frame-data-doc-title"] == title
    assert attrs["frame-data-js-errors"] == "0", attrs.get("frame-data-js-error-messages")
    assert attrs["frame-data-frame-handlers"] == "0" and attrs["frame-data-frame-xss-ids"] == "0"
    assert attrs["frame-data-tip-elements"] == "0"
    edges = hostile_kg.edges()
    actors = {a.id: a for e in edges for a in (e.source, e.target)}
    assert attrs["frame-data-drawn"] == "1"
    assert int(attrs["frame-data-nodes"]) == len(actors) and int(attrs["frame-data-edges"]) == len(edges)
    assert sorted(json.loads(attrs["frame-data-node-labels"])) == sorted(a.label for a in actors.values())



# -- SPARQL: values are bound, never formatted into query text ------------------------------------------
SPARQL_WORDS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|WHERE|FILTER|VALUES|BIND)\b")


def _formatted_sparql(tree: ast.AST) -> list[tuple[int, str]]:
    """Query text built by f-string, str.format, % or + from a SPARQL-looking literal and any value."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if SPARQL_WORDS.search(text) and any(isinstance(v, ast.FormattedValue) for v in node.values):
                found.append((node.lineno, "f-string"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "format" and isinstance(node.func.value, ast.Constant) \
                and isinstance(node.func.value.value, str) and SPARQL_WORDS.search(node.func.value.value):
            found.append((node.lineno, ".format"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
            for side in (node.left, node.right):
                if isinstance(side, ast.Constant) and isinstance(side.value, str) \
                        and SPARQL_WORDS.search(side.value):
                    found.append((node.lineno, "%" if isinstance(node.op, ast.Mod) else "+"))
    return found


def test_the_checker_finds_formatted_queries():
    bad = ('q = f"SELECT ?e WHERE {{ ?e kg:sentence \\"{text}\\" }}"\n'
           'q = "SELECT ?e WHERE { ?e kg:source <%s> }" % iri\n'
           'q = "SELECT ?e WHERE { ?e kg:source <{}> }".format(iri)\n'
           'q = "ASK { ?e kg:source <" + iri + "> }"\n')
    good = ('q = "SELECT ?e WHERE { ?e kg:source ?s }"\n'
            'kg.sparql(q, s=actor)\n'
            'msg = f"where {name} met"\n')
    assert [kind for _, kind in _formatted_sparql(ast.parse(bad))] == ["f-string", "%", ".format", "+"]
    assert _formatted_sparql(ast.parse(good)) == []


def test_no_query_in_the_package_is_built_by_formatting_values():
    # the public query layer (kgraph/*.py) passes every value through bindings; the stores'
    # own SPARQL (kgraph/stores/) is generated from escaped terms and is not covered here
    offenders = []
    for path in sorted((ROOT / "kgraph").glob("*.py")):
        for line, kind in _formatted_sparql(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.name}:{line} ({kind})")
    assert offenders == []


INJECTIONS = [
    '" } ; DROP ALL ; SELECT * WHERE { ?a ?b "',
    "Russia> . ?s ?p ?o . <x",
    "'; DELETE WHERE { ?s ?p ?o } #",
    '"""} UNION { ?s ?p ?o } #',
    "\\\" } } INSERT DATA { <x> <y> <z> } #",
    "https://w3id.org/kgraph/actor/russia> ?p ?o } UNION { ?s",
    "?s",
    "<script>pwn(1)</script>",
]


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def injection_kg(request):
    try:
        kg = kgraph.KnowledgeGraph(store=request.param)
    except kgraph.KgraphError as err:
        pytest.skip(f"no {request.param} store here: {err}")
    a = kgraph.Actor(id="https://w3id.org/kgraph/actor/russia", label="Russia", kind="state")
    edges = [kgraph.Edge(source=a, target=_payload_actor(v), relation="condemns", sentence=v, doc_id=f"d{i}",
                         start=0, end=len(v), confidence=0.8, date="2025-01-01")
             for i, v in enumerate(INJECTIONS)]
    kg.add_edges(edges)
    yield kg
    kg.close()


def _bound(kg: kgraph.KnowledgeGraph, query: str, **bindings: object) -> list | str:
    """The rows of a query, or "refused" when a store declines a binding it cannot write."""
    try:
        return kg.sparql(query, **bindings)
    except kgraph.KgraphError as err:
        # refused as an IRI no query can hold (E020), or one the store's parser rejects (E001)
        assert ("not a valid IRI" in err.message) if err.code == "E020" else err.code == "E001", err
        return "refused"


@pytest.mark.parametrize("value", INJECTIONS)
def test_hostile_binding_values_are_literals(injection_kg, value):
    kg = injection_kg
    before = len(kg.rdf)
    target = minted_actor_iri(value, "group")
    rows = kg.sparql("SELECT ?e ?t WHERE { ?e kg:sentence ?s ; kg:target ?t }", s=Literal(value))
    assert [r["t"] for r in rows] == [target]
    rows = kg.sparql("SELECT ?t WHERE { ?t rdfs:label ?name }", name=Literal(value))
    assert [r["t"] for r in rows] == [target]
    assert kg.sparql("ASK { ?d dcterms:identifier ?id }", id=Literal(value)) == [{"ask": False}]
    assert kg.sparql("SELECT ?e WHERE { ?e kg:document ?d }", d=URIRef(doc_iri(value))) == []
    # a plain str binds as a literal, or as an IRI when it starts with http(s):// (documented)
    rows = _bound(kg, "SELECT ?t WHERE { ?t rdfs:label ?name }", name=value)
    assert rows in ([], "refused") if value.startswith("https://") else [r["t"] for r in rows] == [target]
    assert len(kg.rdf) == before  # no update ran
    assert kg.edges(target=value) == kg.edges(target=target) != []
    assert kg.edges(source=value) == [] and kg.edges(doc_id=value) == []


def test_hostile_iri_bindings_match_nothing(injection_kg):
    # an IRI that cannot be written matches nothing (memory) or is refused (a store that sends text)
    kg = injection_kg
    before = len(kg.rdf)
    for value in INJECTIONS:
        assert _bound(kg, "SELECT ?e WHERE { ?e kg:source ?s }", s=URIRef(value)) in ([], "refused")
    assert len(kg.sparql("SELECT ?e WHERE { ?e a kg:Event }")) == len(INJECTIONS)
    assert len(kg.rdf) == before
