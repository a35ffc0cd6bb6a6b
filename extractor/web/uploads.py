"""Taking uploaded files in: each is written to the upload folder in chunks (refused past the
size limit), its type decided by its content, and recorded as an upload; a file that cannot
be taken is recorded as failed with its reason, so the person who sent it sees why."""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from extractor.store.load import now
from extractor.store.users import Account
from extractor.web.jobs import is_docx, sniff_format
from models.tables import Upload

CHUNK = 1 << 20
MAX_FILES_PER_REQUEST = 20
SAFE_NAME = re.compile(r"[^\w.\- ()]+", re.UNICODE)


@dataclass(frozen=True)
class Taken:
    upload_id: int
    queued: bool  # False: failed at once (too large, not a report file)


def safe_name(name: str, fmt: str) -> str:
    """The file's own name (no folders, no odd characters), with the suffix of its format."""
    base = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name) or "upload"
    base = SAFE_NAME.sub("_", base).strip(" .") or "upload"
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem[:150]}.{fmt}"


async def take(
    session: Session,
    folder: Path,
    account: Account,
    file: UploadFile,
    private: bool,
    max_bytes: int,
    refusal: str | None = None,
) -> Taken:
    """Store one uploaded file and record it; the caller queues it when ``queued``.  With a
    ``refusal`` the file is recorded as failed for that reason and not kept."""
    name = file.filename or "upload"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    head = b""
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".part-", delete=False) as tmp:
        part = Path(tmp.name)
        while chunk := await file.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                break
            if len(head) < 65536:
                head += chunk[: 65536 - len(head)]
            digest.update(chunk)
            tmp.write(chunk)
    error = refusal
    fmt = sniff_format(head) if size else None
    if error is not None:
        pass
    elif size > max_bytes:
        error = f"larger than the limit of {max_bytes / 2**20:,.0f} MB"
    elif size == 0:
        error = "the file is empty"
    elif fmt is None or (fmt == "docx" and not is_docx(part)):
        error = "not a PDF, a DOCX or a UTF-8 text file (decided by its content, whatever its name)"
    row = Upload(
        user_id=account.id,
        unit_key=account.unit_key,
        filename=name[:300],
        format=fmt or "?",
        size=size,
        sha256=digest.hexdigest(),
        stored_path="",
        private=private,
        status="failed" if error else "queued",
        error=error,
        created_at=now(),
        finished_at=now() if error else None,
    )
    session.add(row)
    session.flush()
    if error:
        part.unlink(missing_ok=True)
        return Taken(row.id, False)
    target = folder / str(row.id) / safe_name(name, fmt or "txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(part), target)
    row.stored_path = str(target)
    return Taken(row.id, True)


def remove(up: Upload) -> None:
    """Delete an upload's stored file (and its folder)."""
    if up.stored_path:
        shutil.rmtree(Path(up.stored_path).parent, ignore_errors=True)
