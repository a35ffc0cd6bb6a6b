"""Stage 4, check: consistency rules over the stored (or in-memory) facts.

Rules register themselves in :mod:`~extractor.check.registry`; each lives in one module of
:mod:`extractor.check.rules`.  Findings and the checker's view of facts are in
:mod:`~extractor.check.findings`, tolerance intervals in :mod:`~extractor.check.tolerance`,
and :mod:`~extractor.check.runner` runs every rule over a database and keeps the auditors'
review decisions.
"""
