"""Stage 3, store: the database (SQLite or PostgreSQL, tables in :mod:`models.tables`).

Engines and migrations (:mod:`~extractor.store.engine`), the normaliser that loads one
document's facts (:mod:`~extractor.store.load`), batch ingestion with workers
(:mod:`~extractor.store.ingest`) and the read-only queries and exports
(:mod:`~extractor.store.queries`).
"""

#: Formats of ``baocao export`` (here, so that the command line knows them without loading the database layer).
EXPORT_FORMATS = ("csv", "json", "xlsx", "parquet")
