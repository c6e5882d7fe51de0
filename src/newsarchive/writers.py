"""Whoosh's segment writers, keeping their postings in a ``pool.TermPool``.

Whoosh's writer makes its sorting pool itself (its ``poolclass`` argument is
ignored), and its parallel writer's processes each make a plain writer; so the
writer swaps its pool once made, and each process of the parallel writer writes
with that writer.
"""
from __future__ import annotations

from whoosh import multiproc
from whoosh.writing import SegmentWriter

from .analysis import AnalysedText
from .pool import TermPool


class Writer(SegmentWriter):
    """Whoosh's segment writer with its postings kept per term, and a prose field's terms
    handed to the pool a field at a time."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self._tempstorage, kwargs.get("limitmb", 128))

    def add_document(self, **fields) -> None:
        """Whoosh's ``add_document`` for documents without vectors, spelling fields or index-time
        boosts (the archive's): the same postings, lengths, stored values and columns, but a
        prose field goes to the pool as its text (``TermPool.add_text``) rather than through a
        loop of Python steps per posting, most of the writer's own time."""
        if any(name.endswith("_boost") for name in fields if name.startswith("_")):
            return super().add_document(**fields)
        self._check_state()
        schema, perdoc, docnum = self.schema, self.perdocwriter, self.docnum
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        if any(schema[name].vector or schema[name].separate_spelling() for name in names):
            return super().add_document(**fields)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = self._add_postings(name, field, value, docnum) if field.indexed else 0
                stored = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_postings(self, name: str, field, value, docnum: int) -> int:
        """Pools the field's postings; returns the field's length (its terms counted) if scorable."""
        if isinstance(field, AnalysedText) and field.one_pass(value):
            length = self.pool.add_text(name, docnum, value, field.analyzer, field.format.field_boost)
            return length if field.scorable else 0
        length = 0
        for btext, frequency, weight, encoded in field.index(value):
            length += frequency
            self.pool.add((name, btext, docnum, weight, encoded))
        return length if field.scorable else 0


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
