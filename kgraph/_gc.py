"""Pausing Python's cyclic garbage collector while millions of acyclic objects are built.

Examples
--------
>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["gc_paused"]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building millions of rows, edges or events.

    The collector runs every few hundred allocations and each run walks every
    live container, so building a million tuples with it on costs several
    times the work itself; nothing built under it may form cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
