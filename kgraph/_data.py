"""Access to the data files shipped inside the package (``kgraph/data``)."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

__all__ = ["data_file", "read_data"]


def data_file(name: str) -> Traversable:
    """Return the packaged data file ``name`` (a path relative to ``kgraph/data``)."""
    node = resources.files("kgraph").joinpath("data")
    for part in name.split("/"):
        node = node.joinpath(part)
    return node


def read_data(name: str) -> str:
    """Return the text of the packaged data file ``name``."""
    return data_file(name).read_text(encoding="utf-8")
