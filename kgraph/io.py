"""Reading and writing RDF files: format detection, atomic saves, clear errors.

Examples
--------
>>> from kgraph.io import format_for
>>> format_for("graph.ttl"), format_for("graph.jsonld"), format_for("graph.nt")
('turtle', 'json-ld', 'nt')
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import InputError, RDFParseError, StoreError

__all__ = ["FORMATS", "STALE_TMP_SECONDS", "atomic_write_bytes", "format_for", "fsync_dir", "fsync_path",
           "parse_rdf", "remove_stale_temps", "serialize_rdf", "temp_file", "temp_prefix"]

#: File extensions and the rdflib format names they map to.
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}
_QUAD_FORMATS = {"trig", "nquads"}
#: The base relative IRIs resolve against while a file is parsed: a file that has no
#: ``@base`` of its own gets these, and they are refused (rdflib would otherwise resolve
#: them against the working directory, ``file:///home/...``).
_NO_BASE = "http://kgraph.invalid/no-base/"
#: Characters an IRI may not hold (RFC 3987: space, controls, <>"{}|^`\\).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_ESCAPE_NUL = {"turtle", "trig", "nt", "nquads"}
#: Characters XML 1.0 cannot represent at all (not even as character references).
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def _check_path(path: object) -> None:
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be str or Path, not {type(path).__name__}")


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """Return the rdflib format name for ``path`` (or validate ``fmt``)."""
    _check_path(path)
    if fmt:
        if fmt not in set(FORMATS.values()):
            raise InputError(f"unknown RDF format {fmt!r}; use one of {sorted(set(FORMATS.values()))}")
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        raise InputError(f"cannot tell the RDF format of {str(path)!r} from its extension; "
                         f"use one of {', '.join(sorted(FORMATS))} or pass format=")
    return FORMATS[ext]


def fsync_path(path: str | Path) -> None:
    """Flush a file written by someone else (a library) to disk before it is renamed into place."""
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: str | Path) -> None:
    """Flush a directory entry (a rename) to disk; a no-op where directories cannot be opened."""
    try:
        fd = os.open(str(path), os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


#: A temporary file of kgraph's atomic writes not modified for this many seconds is left
#: over from a killed save (a live save writes its file in one go, then renames it).
STALE_TMP_SECONDS = 600


def temp_prefix(path: str | Path) -> str:
    """The name prefix of the temporary files an atomic write of ``path`` uses (``.NAME.``)."""
    return f".{Path(path).name}."


def remove_stale_temps(path: str | Path, older_than: float = STALE_TMP_SECONDS) -> list[Path]:
    """Delete temporary files a killed save of ``path`` left beside it; return them.

    Only files of kgraph's own naming are touched (``.NAME.<8 random characters>.tmp`` beside
    ``NAME``, made by :func:`atomic_write_bytes`) and only when not modified for
    ``older_than`` seconds, so the temporary file of a save still running in
    another process is left alone. Errors (a read-only directory) are ignored.
    """
    import time

    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    prefix = temp_prefix(p)
    removed: list[Path] = []
    try:
        candidates = [c for c in folder.iterdir() if c.name.startswith(prefix) and c.name.endswith(".tmp")]
    except OSError:
        return removed
    now = time.time()
    for c in candidates:
        middle = c.name[len(prefix):-len(".tmp")]
        if len(middle) != 8 or not all(ch.isalnum() or ch == "_" for ch in middle):
            continue  # not a name mkstemp gave
        with contextlib.suppress(OSError):
            if c.is_file() and not c.is_symlink() and now - c.stat().st_mtime > older_than:
                c.unlink()
                removed.append(c)
    return removed


def temp_file(path: str | Path) -> tuple[int, str]:
    """Create the temporary file of an atomic write of ``path``; return its descriptor and name.

    The file is made beside ``path`` (named ``.NAME.<8 random characters>.tmp``, see
    :func:`temp_prefix`) with the permissions a new file of the user gets: mode
    0666 less the umask, as ``open()`` would give, or, when ``path`` exists, the
    mode it has now, so that replacing a shared file does not make it private.

    Examples
    --------
    >>> import os, stat, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     target = os.path.join(d, "page.html")
    ...     with open(target, "w") as fh:
    ...         _ = fh.write("old")
    ...     os.chmod(target, 0o640)
    ...     fd, tmp = temp_file(target)
    ...     os.close(fd)
    ...     oct(stat.S_IMODE(os.stat(tmp).st_mode))
    '0o640'
    """
    import secrets

    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    try:
        keep: int | None = stat.S_IMODE(os.stat(p).st_mode)
    except OSError:
        keep = None  # a new file: the umask decides, as for any file the user creates
    for _ in range(100):
        tmp = folder / f"{temp_prefix(p)}{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if keep is not None:
            try:
                os.fchmod(fd, keep)
            except (OSError, AttributeError):  # no fchmod (Windows) or not ours to change
                with contextlib.suppress(OSError):
                    os.chmod(tmp, keep)
        return fd, str(tmp)
    raise FileExistsError(f"cannot create a temporary file beside {p}")


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file beside it, fsync, rename.

    The file gets the permissions the umask gives a new file, or keeps those of
    the file it replaces (see :func:`temp_file`). Temporary files that a killed
    earlier save of ``path`` left behind are removed first (see
    :func:`remove_stale_temps`).
    """
    p = Path(path)
    if p.parent and not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(p)
    fd, tmp = temp_file(p)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
        fsync_dir(p.parent or ".")
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def serialize_rdf(g: Graph, path: str | Path, fmt: str | None = None) -> str:
    """Serialize ``g`` to ``path`` atomically; return the format used.

    Nothing is written when RDF/XML is asked for and a string holds a control
    character that XML 1.0 cannot represent (the file could not be loaded
    back): :class:`StoreError` says so and names the formats that can. NUL
    characters are written escaped (``\\u0000``) in the line-based formats.
    """
    fmt = format_for(path, fmt)
    try:
        if fmt in _QUAD_FORMATS:
            ds = Dataset()
            for prefix, ns in g.namespaces():
                ds.bind(prefix, ns, override=True)
            default = ds.default_graph
            for t in g:
                default.add(t)
            data = ds.serialize(format=fmt, encoding="utf-8")
        else:
            data = g.serialize(format=fmt, encoding="utf-8")
    except Exception as err:  # rdflib raises many types here
        raise StoreError(f"cannot serialize graph as {fmt}: {err}") from err
    if fmt in _ESCAPE_NUL:  # rdflib writes NUL raw; escaped, the file is not taken for binary
        data = data.replace(b"\x00", b"\\u0000")
    elif fmt == "xml":
        bad = _NOT_XML.search(data)
        if bad:
            char = bad.group().decode("utf-8")
            raise StoreError(f"cannot save as RDF/XML: a string holds U+{ord(char):04X}, which XML 1.0 "
                             "cannot represent; save as .ttl, .nt or .jsonld instead")
    try:
        atomic_write_bytes(path, data)
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err}") from err
    return fmt


def parse_rdf(path: str | Path, fmt: str | None = None, into: Graph | None = None) -> Graph:
    """Parse an RDF file into a graph, raising :class:`RDFParseError` on bad input.

    For safety, a JSON-LD file that names a remote or local ``@context`` (or
    ``@import``) is refused rather than fetched, and RDF/XML with entity
    declarations (which can expand to gigabytes) is refused.
    """
    _check_path(path)
    p = Path(path)
    fmt = format_for(p, fmt)
    if not p.is_file():
        raise RDFParseError(f"no such file: {p}")
    remove_stale_temps(p)
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise RDFParseError(f"cannot read {p}: {err}") from err
    if b"\x00" in raw[:4096]:
        raise RDFParseError(f"{p} is a binary file, not {fmt}")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark: no parser of rdflib's skips it
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RDFParseError(f"{p} is not valid UTF-8 ({err.reason} at byte {err.start})") from err
    if fmt == "json-ld":
        _check_jsonld(p, text)
    elif fmt == "xml" and "<!ENTITY" in text:
        raise RDFParseError(f"{p}: RDF/XML with entity declarations is not loaded "
                            "(entity expansion can exhaust memory)")
    g = Graph()
    try:
        with _quiet_rdflib():
            _parse_into(g, raw, fmt)
    except Exception as err:  # parsers raise many exception types
        first = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
        raise RDFParseError(f"{p} is not valid {fmt}: {first}") from err
    _check_terms(g, p, text)
    if into is None:
        return g
    for prefix, ns in g.namespaces():
        into.bind(prefix, ns, override=False)
    into.addN((s, pr, o, into) for s, pr, o in g)
    return into


def _parse_into(g: Graph, raw: bytes, fmt: str) -> None:
    if fmt in _QUAD_FORMATS:
        ds = Dataset()
        ds.parse(data=raw, format=fmt, publicID=_NO_BASE)
        for s, pr, o, _c in ds.quads((None, None, None, None)):
            g.add((s, pr, o))
        for prefix, ns in ds.namespaces():
            g.bind(prefix, ns, override=False)
    else:
        g.parse(data=raw, format=fmt, publicID=_NO_BASE)


class _Drop(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return False


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """Keep rdflib from logging tracebacks for ill-typed literals; :func:`_check_terms` reports them."""
    logger = logging.getLogger("rdflib.term")
    drop = _Drop()
    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def _check_terms(g: Graph, p: Path, text: str) -> None:
    """Refuse an IRI no RDF file can hold, a relative IRI without @base or an ill-typed literal."""
    from rdflib import Literal, URIRef

    seen: set[URIRef | Literal] = set()
    for triple in g:
        for term in triple:
            if not isinstance(term, (URIRef, Literal)) or term in seen:
                continue
            seen.add(term)
            value = str(term)
            if isinstance(term, Literal):
                if not term.ill_typed:
                    continue
                written, what, problem = value, "literal", f"is not a valid {term.datatype}"
            elif value.startswith(_NO_BASE):
                written, what = value[len(_NO_BASE):], "IRI"
                problem = "is relative and the file has no @base"
            elif _BAD_IRI.search(value) or ":" not in value:
                written, what, problem = value, "IRI", "is not a valid IRI"
            else:
                continue
            at = text.find(written)
            line = f", line {text.count(chr(10), 0, at) + 1}" if at != -1 else ""
            raise RDFParseError(f"{p}{line}: {what} {written[:100]!r} {problem}")


def _check_jsonld(p: Path, text: str) -> None:
    """Refuse JSON-LD that would make rdflib read a URL or a local file for its context."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        raise RDFParseError(f"{p} is not valid json-ld: {err}") from err
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ctx = node.get("@context")
            for c in ctx if isinstance(ctx, list) else [ctx]:
                if isinstance(c, str) or (isinstance(c, dict) and "@import" in c):
                    raise RDFParseError(f"{p}: JSON-LD with a remote or file @context is not "
                                        "loaded (it would be fetched); inline the context")
            stack.extend(node.values())
