"""A `baocao web` server for the web benchmarks: a child process on a free loopback port, on
a fresh SQLite database with one API token per user asked for; stopped on exit."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
BAOCAO = str(Path(sys.executable).with_name("baocao"))
PASSWORD = "mat-khau-dai-1"


@dataclass
class Server:
    base: str
    db: str
    tokens: dict[str, str]
    folder: Path

    def bearer(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def add_user(db: str, name: str, role: str, unit: str | None = None) -> str:
    args = [BAOCAO, "users", "add", name, "--role", role, "--password-stdin", "--db", db]
    if unit:
        args += ["--unit", unit]
    done = subprocess.run(args, input=PASSWORD + "\n", capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


@contextmanager
def web_server(
    users: dict[str, tuple[str, str | None]], workers: int = 2, preload: list[Path] | None = None
) -> Iterator[Server]:
    """Start ``baocao web`` with ``users`` (name → (role, unit)) on a new database, with the
    ``preload`` files ingested first; yield it, then stop it."""
    with tempfile.TemporaryDirectory(prefix="baocao-webbench-") as tmp:
        folder = Path(tmp)
        db = str(folder / "web.db")
        if preload:
            subprocess.run(
                [BAOCAO, "ingest", *map(str, preload), "--db", db, "--silent"], check=True, capture_output=True
            )
        tokens = {name: add_user(db, name, role, unit) for name, (role, unit) in users.items()}
        port = _free_port()
        args = [
            BAOCAO,
            "web",
            "--db",
            db,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--data",
            str(folder / "data"),
        ]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise RuntimeError(f"baocao web stopped: {proc.stderr.read().decode() if proc.stderr else ''}")
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.3)
            else:
                raise RuntimeError("baocao web did not become ready in 120 s")
            yield Server(base, db, tokens, folder)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def copy_with_new_bytes(path: Path, folder: Path, n: int) -> Path:
    """A copy of a report file with a different SHA-256 (a comment appended to a PDF, a
    space to a TXT): loaded as a new file, read in full."""
    out = folder / f"{path.stem}-{n}{path.suffix}"
    data = path.read_bytes()
    out.write_bytes(data + (f"\n% copy {n}\n".encode() if path.suffix == ".pdf" else f"\n{' ' * (n + 1)}\n".encode()))
    return out


def wait_done(client: httpx.Client, server: Server, user: str, upload_id: int, timeout: float = 600) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(f"{server.base}/api/documents/{upload_id}", headers=server.bearer(user)).json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.1)
    raise TimeoutError(f"upload {upload_id} not done in {timeout} s")
