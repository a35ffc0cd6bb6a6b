"""Library exceptions.  The CLI turns each into one clear line naming the file."""

from __future__ import annotations


class BaocaoError(Exception):
    """Base class of every error the library raises on purpose."""


class UnreadableFile(BaocaoError):
    """A file that cannot be read, with the reason in words a user understands."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, ...]]:  # picklable across worker processes
        return (type(self), (self.path, self.reason))


class EncryptedFile(UnreadableFile):
    """A password-protected PDF opened without (or with the wrong) password."""


class OCRUnavailable(UnreadableFile):
    """A scanned page needs OCR but tesseract (or its Vietnamese data) is missing."""


class LimitExceeded(UnreadableFile):
    """A file that would cost more than a limit allows (pages, pixels, OCR time, cells …);
    ``limit`` names the field of :class:`extractor.read.limits.Limits`."""

    def __init__(self, path: str, reason: str, limit: str) -> None:
        super().__init__(path, reason)
        self.limit = limit

    def __reduce__(self) -> tuple[type, tuple[str, ...]]:
        return (type(self), (self.path, self.reason, self.limit))
