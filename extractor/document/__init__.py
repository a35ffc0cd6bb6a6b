"""Ground floor: the document model every reader emits, the reader contract and renderings.

* :mod:`~extractor.document.elements`: Document, Block, BlockKind, Table, Footnote, Metadata
  and provenance (Region, BBox with its origin, character spans).
* :mod:`~extractor.document.drafts`: what readers hand to assembly (Line, Draft, RawDocument).
* :mod:`~extractor.document.render`: JSON, Markdown and text renderings, the summary row.
"""
