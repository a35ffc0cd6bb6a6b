"""Uploads, read outside the request: a file is stored and queued, a pool of warm worker
processes parses and extracts it, and a dispatcher thread stores the result and checks it.

* A filed upload is loaded like ``baocao ingest`` loads a file and the database is checked
  again (its findings, and those over two reports, are then on the report's page).
* A private upload (a unit checking a draft before sending it) is checked alone and never
  loaded: its findings are kept with the upload, until the unit deletes it.
* A file that fails is marked failed with the reason; the others go on and the app keeps
  serving.  Uploads left queued or processing when the app stopped are queued again.
"""

from __future__ import annotations

import logging
import threading
import zipfile
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from extractor.check.inputs import check_documents
from extractor.check.runner import check_database
from extractor.document.elements import Document
from extractor.errors import BaocaoError
from extractor.read.limits import Limits
from extractor.store.engine import session_scope
from extractor.store.load import now, organisation_key, store_new, unit_name
from extractor.store.users import is_unit
from extractor.store.workers import Job, WorkResult, read_alone, work, worker_pool
from models.tables import Organisation, Upload

log = logging.getLogger("baocao.web")

FORMATS = ("pdf", "docx", "txt")


def sniff_format(head: bytes) -> str | None:
    """The format of a file from its first bytes, whatever its name says: a PDF, a DOCX (a
    ZIP with ``word/document.xml``) or UTF-8 text; None for anything else."""
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # confirmed by :func:`is_docx` once the whole file is on disk
    sample = head[:65536]
    if b"\x00" in sample:
        return None
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the sample's end
            return None
    return "txt"


def is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


WARM_UP_TEXT = "BÁO CÁO\nKết quả\n\nĐảng bộ có 120 đảng viên, trong đó 45 đảng viên nữ (chiếm 37,5%).\n"


def _warm() -> bool:
    """Load the NLP models and vocabularies in a worker process (extracting a two-line
    report), so that the first upload is not slow."""
    import tempfile

    from extractor.find.extract import extract_document
    from extractor.read.parse import parse_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "warm.txt"
        path.write_text(WARM_UP_TEXT, encoding="utf-8")
        extract_document(parse_file(path))
    return True


def filing_refusal(doc: Document, unit: str | None, known: set[str] | None = None) -> str | None:
    """Why a unit's user may not file ``doc`` (None when it may): a unit files only reports
    whose header names it as the issuing unit, so that no upload can put a report under
    another unit's name or make another unit's report visible to it.  ``known``: the
    organisations' keys already loaded; a unit given without the body above it files a
    report of that name only while the name stands under one body."""
    if unit is None:
        return None  # staff, auditors and admins file any report
    m = doc.metadata
    if not m.issuing_body:
        return (
            "the header names no issuing unit, so it cannot be filed as your unit's report: "
            "check it privately, or ask staff to load it"
        )
    key = organisation_key(m.issuing_body, m.parent_body)
    bodies = {k for k in (known or set()) | {key} if unit_name(k) == unit_name(key)}
    if is_unit(key, unit, ambiguous=len(bodies) > 1):
        return None
    if is_unit(key, unit):
        return (
            f"units named {m.issuing_body} stand under several bodies: the account must name the body above "
            'its unit (baocao users add … --unit "BODY / UNIT") to file its reports'
        )
    shown = f"{m.parent_body} / {m.issuing_body}" if m.parent_body else m.issuing_body
    return f"the header names {shown} as the issuing unit, not your unit: a unit files only its own reports"


class FairQueue:
    """Uploads waiting to be read, served in turn by owner: each user's files in the order they
    came, the users round-robin, so that one person's twenty files do not hold another's one."""

    def __init__(self) -> None:
        self.waiting: dict[int, deque[int]] = {}
        self.turns: deque[int] = deque()  # the owners with files waiting, next first
        self.stopping = 0
        self.ready = threading.Condition()

    def put(self, owner: int, item: int) -> None:
        with self.ready:
            if owner not in self.waiting:
                self.waiting[owner] = deque()
                self.turns.append(owner)
            self.waiting[owner].append(item)
            self.ready.notify()

    def stop(self, threads: int) -> None:
        with self.ready:
            self.stopping += threads
            self.ready.notify_all()

    def get(self) -> int | None:
        """The next item, or None when the queue is stopping."""
        with self.ready:
            while not self.turns and not self.stopping:
                self.ready.wait()
            if self.stopping:
                self.stopping -= 1
                return None
            owner = self.turns.popleft()
            items = self.waiting[owner]
            item = items.popleft()
            if items:
                self.turns.append(owner)  # its next file waits for the others' turns
            else:
                del self.waiting[owner]
            return item


class Processor:
    """The worker pool and the dispatcher threads; one per app."""

    def __init__(self, engine: Engine, workers: int, limits: Limits):
        self.engine = engine
        self.workers = workers
        self.limits = limits
        self.queue = FairQueue()
        self.write = threading.Lock()  # one writer at a time: SQLite has one, and checks see whole reports
        self.renewing = threading.Lock()  # one thread replaces a broken pool
        self.pool = worker_pool(workers, limits)
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        for _ in range(self.workers):
            self.pool.submit(_warm)
        for i in range(self.workers):
            t = threading.Thread(target=self._run, name=f"baocao-upload-{i}", daemon=True)
            t.start()
            self.threads.append(t)
        with session_scope(self.engine) as s:
            left = s.execute(
                select(Upload.user_id, Upload.id).where(Upload.status.in_(("queued", "processing"))).order_by(Upload.id)
            ).all()
        for owner, upload_id in left:
            self.queue.put(owner, upload_id)

    def submit(self, upload_id: int, owner: int = 0) -> None:
        self.queue.put(owner, upload_id)

    def stop(self) -> None:
        self.queue.stop(len(self.threads))
        for t in self.threads:
            t.join(timeout=5)
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _run(self) -> None:
        while (upload_id := self.queue.get()) is not None:
            try:
                self.process(upload_id)
            except Exception:  # never let one upload stop the thread; the details go to the log
                log.exception("upload %s", upload_id)
                self._finish(upload_id, "failed", "internal error while storing or checking it (see the server's log)")

    def process(self, upload_id: int) -> None:
        with session_scope(self.engine) as s:
            up = s.get(Upload, upload_id)
            if up is None or up.status not in ("queued", "processing"):
                return
            up.status = "processing"
            job = Job(up.stored_path, up.sha256, limits=self.limits)
            private, unit = up.private, up.unit_key
        result = self._read(job)
        if result.error is not None or result.document is None or result.extraction is None:
            self._finish(upload_id, "failed", result.error or "no result")
            return
        if private:
            findings = check_documents([(result.document, result.extraction)])
            with session_scope(self.engine) as s:
                up = s.get(Upload, upload_id)
                if up is not None:
                    up.findings_json = [f.to_dict() for f in findings]
            self._finish(upload_id, "done", None)
            return
        refused = filing_refusal(result.document, unit, self._organisations()) if unit else None
        if refused is not None:
            self._finish(upload_id, "failed", refused)
            return
        with self.write:
            document_id = self._store(result)
            with session_scope(self.engine) as s:
                check_database(s)
        self._finish(upload_id, "done", None, document_id)

    def _organisations(self) -> set[str]:
        with session_scope(self.engine) as s:
            return set(s.scalars(select(Organisation.key)))

    def _read(self, job: Job) -> WorkResult:
        """Read a file in the warm pool.  When a worker dies, every file then in the pool fails
        with it: each is read again alone in a fresh process, so only the file that kills its
        reader fails (with the reason), and a new pool takes the next files."""
        pool = self.pool
        try:
            return pool.submit(work, job).result()
        except BrokenProcessPool:
            with self.renewing:
                if self.pool is pool:  # the first thread to see it replaces it; the others reuse the new one
                    pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = worker_pool(self.workers, self.limits)
            return read_alone(job)

    def _store(self, result: WorkResult) -> int:
        doc, ex = result.document, result.extraction
        assert doc is not None and ex is not None
        try:
            return store_new(self.engine, doc, ex)[0]  # the stored id, or the id of the same content loaded before
        except IntegrityError:
            raise BaocaoError(f"{Path(result.path).name}: could not be stored") from None

    def _finish(self, upload_id: int, status: str, error: str | None, document_id: int | None = None) -> None:
        values: dict[str, object] = {"status": status, "error": error, "finished_at": now()}
        if document_id is not None:
            values["document_id"] = document_id
        with session_scope(self.engine) as s:
            s.execute(update(Upload).where(Upload.id == upload_id).values(**values))
