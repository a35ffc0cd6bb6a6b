"""Stage 1, read: a report file (PDF, scanned PDF, DOCX, TXT) into the document model.

sniff (format by content, safety checks) → one reader per format (:mod:`~extractor.read.word`,
:mod:`~extractor.read.plain`, :mod:`~extractor.read.pdf`) → legacy-encoding repair
(:mod:`~extractor.read.legacy`) → assembly (:mod:`~extractor.read.assemble`: classify, join,
link footnotes) with the front matter (:mod:`~extractor.read.frontmatter`).
The entry point is :func:`extractor.read.parse.parse_file`.
"""
