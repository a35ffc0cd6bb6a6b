"""CLI command modules.  Each module defines click commands named ``*_cmd``; :mod:`extractor.cli`
registers every one of them on the ``baocao`` group."""

MODULES = ("ingest", "query", "serve", "check", "report")
