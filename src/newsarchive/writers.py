"""Whoosh's segment writers, keeping their postings in a ``pool.TermPool``.

Whoosh's writer makes its sorting pool itself (its ``poolclass`` argument is
ignored), and its parallel writer's processes each make a plain writer; so the
writer swaps its pool once made, and each process of the parallel writer writes
with that writer.
"""
from __future__ import annotations

from whoosh import multiproc
from whoosh.writing import SegmentWriter

from .pool import TermPool


class Writer(SegmentWriter):
    """Whoosh's segment writer with its postings kept per term."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self._tempstorage, kwargs.get("limitmb", 128))


class _WriterTask(multiproc.SubWriterTask):
    def run(self) -> None:
        multiproc.SegmentWriter = Writer   # in this task's own process: the writer its run() opens
        super().run()


class ParallelWriter(multiproc.MpWriter):
    """Whoosh's parallel writer, its processes writing with ``Writer``."""

    def _new_task(self):
        task = _WriterTask(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs,
                           self.multisegment)
        self.tasks.append(task)
        task.start()
        return task
