"""Stage 2, find: the facts a parsed report states.

cite (:mod:`~extractor.find.directives`: citations, aliases, replacements, back-references)
→ figure (:mod:`~extractor.find.figures`) → relate (:mod:`~extractor.find.relations`), over
shared sentence, clause and table context (:mod:`~extractor.find.context`).  The entry point
is :func:`extractor.find.extract.extract_document`; the facts are typed in
:mod:`~extractor.find.facts`.
"""
