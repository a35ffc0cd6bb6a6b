"""What a batch ingestion reports while it runs: progress callbacks and exit codes.

Kept apart from :mod:`extractor.store.ingest` so that the command line can draw its progress
bar without loading the database layer at start-up.
"""

from __future__ import annotations

EXIT_OK = 0  # every file loaded or skipped as already loaded
EXIT_ERROR = 1  # database error, unreachable Dask scheduler (click's code for a ClickException)
EXIT_USAGE = 2  # invalid command line (click's code for a UsageError)
EXIT_SOME_FAILED = 3  # some files could not be read; all the others were loaded
EXIT_INTERRUPTED = 130  # Ctrl-C: the summary of what was done is printed

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "IngestProgress"]


class IngestProgress:
    """Receives progress; the default does nothing.  The command draws a bar with it."""

    def start(self, total: int) -> None:
        """``total`` files are about to be processed."""

    def begin_file(self, path: str) -> None:
        """Work on ``path`` starts (or it is handed to a worker)."""

    def end_file(self, path: str, files_done: int, pages_done: int) -> None:
        """``path`` is done (loaded, skipped or failed)."""

    def error(self, path: str, reason: str) -> None:
        """``path`` failed with ``reason`` (the batch goes on)."""

    def warning(self, path: str, message: str) -> None:
        """``path`` was loaded, but its name misleads (``named .docx but is a text file``)."""
