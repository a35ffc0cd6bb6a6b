"""Where report files are read during ingestion: worker processes with bounded memory and
time, or a Dask cluster.

Every file is read in a worker process, even with one worker, so that a file that kills its
reader (a crash in a native library, the address-space limit, the time limit) is recorded
as failed and the batch goes on.  Each worker process:

* has its address space limited to ``limits.max_memory_mb`` (``RLIMIT_AS``): a file that
  would need more fails with a memory error instead of taking the machine;
* gets ``limits.max_file_seconds`` per file: a timer interrupts Python code when it runs
  out, and a CPU-time limit a little above it ends the process if native code never returns;
* dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and a watchdog that checks the
  parent elsewhere), so killing ``baocao ingest`` never leaves readers running.

When a worker dies, every file it had in flight is read again alone in a fresh process, so
only the file that killed it is reported.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from extractor.document.elements import Document
from extractor.errors import BaocaoError
from extractor.find.facts import Extraction
from extractor.read.limits import DEFAULT_LIMITS, Limits, exceeded
from extractor.read.parse import parse_file

IN_FLIGHT_PER_WORKER = 2
DASK_CONNECT_TIMEOUT = 10.0  # seconds
CPU_GRACE_SECONDS = 30  # the CPU-time backstop stands this far above the per-file time limit
PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies


@dataclass(frozen=True)
class Job:
    """One file to parse and extract (picklable: sent to worker processes and Dask)."""

    path: str
    sha256: str
    password: str | None = None
    ocr: str = "auto"
    limits: Limits = field(default_factory=lambda: DEFAULT_LIMITS)


@dataclass
class WorkResult:
    """What a worker sends back: the document and its facts, or the reason it failed."""

    path: str
    sha256: str
    document: Document | None = None
    extraction: Extraction | None = None
    error: str | None = None


class _TimeUp(Exception):
    """The per-file time limit ran out (raised by the timer's signal handler)."""


def _time_up(_signum: int, _frame: Any) -> None:
    raise _TimeUp


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt Python code after ``seconds`` (main thread only; elsewhere nothing is set),
    with a CPU-time limit above it as the backstop for native code that never returns."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    cpu = _set_cpu_budget(seconds + CPU_GRACE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _restore_cpu(cpu)


def _set_cpu_budget(seconds: float) -> tuple[int, int] | None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return None
    old = resource.getrlimit(resource.RLIMIT_CPU)
    used = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(used.ru_utime + used.ru_stime + seconds) + 1
    if old[1] != resource.RLIM_INFINITY:
        soft = min(soft, old[1])
    resource.setrlimit(resource.RLIMIT_CPU, (soft, old[1]))
    return old


def _restore_cpu(old: tuple[int, int] | None) -> None:
    if old is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, old)


def work(job: Job) -> WorkResult:
    """Parse and extract one file within its time limit; never raises (runs in worker
    processes and on Dask)."""
    from extractor.find.extract import extract_document  # loads spaCy: only where files are read

    try:
        with _time_limit(job.limits.max_file_seconds):
            doc = parse_file(job.path, password=job.password, ocr=job.ocr, limits=job.limits)
            return WorkResult(job.path, doc.sha256, doc, extract_document(doc))
    except _TimeUp:
        limit = job.limits.max_file_seconds
        found = f"reading it took more than {limit:,.0f} s"
        return WorkResult(job.path, job.sha256, error=exceeded(job.path, "max_file_seconds", found, limit).reason)
    except MemoryError:
        limit = job.limits.max_memory_mb
        found = "reading it needed more memory than allowed"
        return WorkResult(job.path, job.sha256, error=exceeded(job.path, "max_memory_mb", found, limit).reason)
    except BaocaoError as exc:
        reason = getattr(exc, "reason", None) or str(exc)
        return WorkResult(job.path, job.sha256, error=str(reason))
    except Exception as exc:  # a reader or extractor bug must not stop the batch
        return WorkResult(job.path, job.sha256, error=f"internal error ({type(exc).__name__}: {exc})")


# ---------------------------------------------------------------- the worker process


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies; elsewhere, watch the parent."""
    libc_name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    if libc_name:
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(libc_name, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(2.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = megabytes * 2**20
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or wanted < soft:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def init_worker(parent: int, memory_mb: int) -> None:
    """Set up a worker process: die with the parent, bounded address space."""
    _die_with_parent(parent)
    _limit_memory(memory_mb)


def worker_pool(workers: int, limits: Limits) -> ProcessPoolExecutor:
    setup = (os.getpid(), limits.max_memory_mb)
    return ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=setup)


# ---------------------------------------------------------------- runners

Runner = Callable[[Iterator[Job]], Generator[WorkResult, None, None]]

DIED = "the worker process died while reading this file"


def died_reason(job: Job) -> str:
    """Why a worker died, as well as can be told: most often a limit."""
    return (
        f"{DIED} (a crash in a native reader, or over the limits of {job.limits.max_memory_mb:,} MB of memory "
        f"or {job.limits.max_file_seconds:,.0f} s; raise them with --max-memory-mb / --max-file-seconds)"
    )


def _future_result(job: Job, fut: Future[WorkResult]) -> WorkResult:
    try:
        return fut.result()
    except BrokenProcessPool:
        return WorkResult(job.path, job.sha256, error=died_reason(job))
    except Exception as exc:  # e.g. a result that cannot be sent back
        return WorkResult(job.path, job.sha256, error=f"worker failed ({type(exc).__name__}: {exc})")


def read_alone(job: Job) -> WorkResult:
    """Run one job alone in a fresh process: after a worker died, find out which file killed it."""
    with worker_pool(1, job.limits) as solo:
        return _future_result(job, solo.submit(work, job))


class _Pool:
    """A process pool with bounded in-flight jobs that survives a worker dying.

    When a worker process dies, every job in flight in that pool fails with
    ``BrokenProcessPool``; each of them is then run again alone, so only the file that kills
    its process is reported, and a new pool takes the remaining jobs.
    """

    def __init__(self, workers: int, limits: Limits) -> None:
        self.workers = workers
        self.limits = limits
        self.limit = workers * IN_FLIGHT_PER_WORKER
        self.pool = worker_pool(workers, limits)
        self.pending: dict[Future[WorkResult], tuple[Job, ProcessPoolExecutor]] = {}

    def submit(self, job: Job) -> None:
        try:
            fut = self.pool.submit(work, job)
        except BrokenProcessPool:  # its failed futures are retried in drain()
            self._renew(self.pool)
            fut = self.pool.submit(work, job)
        self.pending[fut] = (job, self.pool)

    def drain(self) -> Iterator[WorkResult]:
        """Wait for at least one job; yield the results of those done."""
        done, _ = wait(list(self.pending), return_when=FIRST_COMPLETED)
        for fut in done:
            job, pool = self.pending.pop(fut)
            if isinstance(fut.exception(), BrokenProcessPool):
                self._renew(pool)
                yield read_alone(job)
            else:
                yield _future_result(job, fut)

    def _renew(self, broken: ProcessPoolExecutor) -> None:
        if broken is self.pool:
            broken.shutdown(wait=False, cancel_futures=True)
            self.pool = worker_pool(self.workers, self.limits)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def process_runner(workers: int, limits: Limits = DEFAULT_LIMITS) -> Runner:
    """Read files in ``workers`` processes (one is still a separate process) with at most
    ``2 * workers`` files in flight."""

    def run(jobs: Iterator[Job]) -> Generator[WorkResult, None, None]:
        pool = _Pool(workers, limits)
        try:
            for job in jobs:
                pool.submit(job)
                while len(pool.pending) >= pool.limit:
                    yield from pool.drain()
            while pool.pending:
                yield from pool.drain()
        finally:
            pool.close()

    return run


def run_inline(jobs: Iterator[Job]) -> Generator[WorkResult, None, None]:
    """Read files in this process (no memory limit, no protection against a crash): for
    tests and for callers that isolate the whole run themselves."""
    for job in jobs:
        yield work(job)


def dask_runner(address: str, timeout: float = DASK_CONNECT_TIMEOUT) -> Runner:
    """Parse on the Dask cluster at ``address`` (one task per file, bounded in flight)."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise BaocaoError("--dask needs the 'distributed' package (pip install 'dask[distributed]')") from exc
    try:
        client = Client(address, timeout=timeout)
    except Exception as exc:
        raise BaocaoError(f"cannot reach the Dask scheduler at {address}: {exc or type(exc).__name__}") from exc

    def run(jobs: Iterator[Job]) -> Generator[WorkResult, None, None]:
        try:
            threads = sum(client.nthreads().values()) or 1
            limit = threads * IN_FLIGHT_PER_WORKER
            ac = as_completed()
            by_key: dict[Any, Job] = {}
            for job in jobs:
                fut = client.submit(work, job, pure=False)
                by_key[fut.key] = job
                ac.add(fut)
                while ac.count() >= limit:
                    yield _dask_result(by_key, next(ac))
            for fut in ac:
                yield _dask_result(by_key, fut)
        finally:
            client.close()

    return run


def _dask_result(by_key: dict[Any, Job], fut: Any) -> WorkResult:
    job = by_key.pop(fut.key)
    try:
        result: WorkResult = fut.result()
        return result
    except Exception as exc:  # the task or its worker died
        return WorkResult(job.path, job.sha256, error=f"Dask task failed ({type(exc).__name__}: {exc})")
    finally:
        fut.release()
