"""Whoosh's segment writers, keeping their postings in a ``pool.TermPool``.

Whoosh's writer makes its sorting pool itself (its ``poolclass`` argument is
ignored), and its parallel writer's processes each make a plain writer; so the
writer swaps its pool once made, and each process of the parallel writer writes
with that writer.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from whoosh import multiproc
from whoosh.analysis import IDTokenizer, RegexTokenizer
from whoosh.fields import DATETIME, ID, KEYWORD
from whoosh.formats import Existence, Frequency
from whoosh.system import pack_uint
from whoosh.util.numeric import to_sortable
from whoosh.util.times import datetime_to_long
from whoosh.writing import SegmentWriter

from .analysis import AnalysedText
from .pool import TermPool


class Writer(SegmentWriter):
    """Whoosh's segment writer with its postings kept per term, and a prose field's terms
    handed to the pool a field at a time."""

    def __init__(self, ix, schema=None, **kwargs) -> None:
        """``schema`` replaces the index's own, for a commit that clears the index (a rebuild)."""
        super().__init__(ix, **kwargs)
        self.schema = schema or self.schema
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
        postings = plain_postings(field, value)
        length = self.pool.add_terms(name, docnum, field.index(value) if postings is None else postings)
        return length if field.scorable else 0


def plain_postings(field, value) -> list[tuple[bytes, int, float, bytes]] | None:
    """What ``field.index(value)`` gives for the archive's plain fields (an id, space-separated
    keywords, a date), made in a few steps instead of Whoosh's chain of generators and tokens
    per term (and, for a date, its conversion repeated for each of the eight terms); ``None``
    for any other field or value."""
    boost = field.format.field_boost if field.format else 1.0
    if type(field) is ID and type(field.analyzer) is IDTokenizer and type(field.format) is Existence:
        return [(value.encode("utf-8"), 1, boost, b"")] if isinstance(value, str) else None
    if (type(field) is KEYWORD and type(field.analyzer) is RegexTokenizer and not field.analyzer.gaps
            and field.analyzer.expression.pattern == _KEYWORDS.pattern and type(field.format) is Frequency):
        if not isinstance(value, str):
            return None
        words = _KEYWORDS.findall(value)
        if len(set(words)) == len(words):   # as the copy sketch's terms are
            return [(word.encode("utf-8"), 1, boost, _ONCE) for word in words]
        return [(word.encode("utf-8"), count, count * boost, pack_uint(count))
                for word, count in Counter(words).items()]
    if type(field) is DATETIME and field.shift_step and type(field.format) is Existence and isinstance(value, datetime):
        number = to_sortable(field.numtype, field.bits, field.signed, field.prepare_number(datetime_to_long(value)))
        shifts = range(0, field.bits, field.shift_step)
        return [(field.sortable_to_bytes(number, shift), 1, 1.0, b"") for shift in shifts]
    return None


#: A ``KEYWORD`` field's words (Whoosh's ``SpaceSeparatedTokenizer``).
_KEYWORDS = re.compile(r"[^ \t\r\n]+")
_ONCE = pack_uint(1)


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
