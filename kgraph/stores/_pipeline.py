"""A background writer: the caller mints the next batch while this thread stores the last.

Examples
--------
>>> from kgraph.stores._pipeline import BackgroundWriter
>>> seen = []
>>> w = BackgroundWriter(seen.append, "example")
>>> w.put(b"batch 1"); w.put(b"batch 2"); w.wait(); w.stop()
>>> seen
[b'batch 1', b'batch 2']
"""

from __future__ import annotations

import atexit
import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

from ..errors import StoreError

__all__ = ["BackgroundWriter"]

_LIVE: weakref.WeakSet[BackgroundWriter] = weakref.WeakSet()


@atexit.register
def _finish_all() -> None:
    """At exit, let queued writes finish: a daemon thread would be cut off mid-batch."""
    for writer in list(_LIVE):
        writer._queue.join()


class BackgroundWriter:
    """Run ``write(batch)`` for queued batches in one daemon thread, in order.

    At most ``depth`` batches wait in the queue, which bounds memory. An error
    in the thread is raised (as :class:`~kgraph.StoreError`) by the next
    :meth:`put` or :meth:`wait`; batches queued after a failure are dropped.
    """

    def __init__(self, write: Callable[[Any], None], what: str, depth: int = 1) -> None:
        self._write = write
        self._what = what
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stop = object()
        self._thread = threading.Thread(target=self._run, name=f"kgraph-{what}-writer", daemon=True)
        self._thread.start()
        _LIVE.add(self)

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            try:
                if batch is self._stop:
                    return
                if self._error is None:
                    self._write(batch)
            except BaseException as err:  # handed over to the calling thread
                self._error = err
            finally:
                self._queue.task_done()

    def put(self, batch: Any) -> None:
        """Queue a batch (blocks while ``depth`` batches are waiting)."""
        self._check()
        self._queue.put(batch)

    def wait(self) -> None:
        """Block until every queued batch is written; raise the thread's error, if any."""
        self._queue.join()
        self._check()

    def _check(self) -> None:
        if self._error is not None:
            # the batches queued behind the failed one are dropped before the error is handed
            # over: none may be written later, after a write it depends on was lost
            self._queue.join()
            err, self._error = self._error, None
            if isinstance(err, StoreError):
                raise err
            raise StoreError(f"{self._what} write failed: {err}") from err

    def stop(self) -> None:
        """Finish the queued batches and end the thread."""
        self._queue.put(self._stop)
        self._thread.join()
