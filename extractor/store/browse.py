"""Datasette over the SQLite database (``baocao serve``).

The metadata (titles, Vietnamese/English descriptions, facets, canned queries, the
``figures_view`` view) is the data file ``extractor/store/datasette_metadata.yaml``.  The views
it names are created in the SQLite file when the server starts and dropped when it stops,
so the Alembic-managed schema never contains them (SQLite refuses to rename a rebuilt
table while a view refers to it, which would break later batch migrations).

The server is read-only and guarded like ``baocao sql`` (:func:`register_guard`): every
connection gets the :class:`~extractor.store.queries.SQLiteGuard` authoriser and length
limit (no ``fts3_tokenizer``, ``load_extension``…, no pragma changes, no ATTACH), a query
stops after :data:`SQL_TIME_LIMIT_MS`, and every request that is not a GET or HEAD (the
write API's ``/-/insert``, ``/-/upsert``, ``/-/create``, ``/-/drop``, ``/-/update``,
``/-/delete``, and any other POST) is answered 403 before Datasette sees it.
"""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from extractor.errors import BaocaoError
from extractor.store.engine import open_existing, resolve_url, session_scope
from extractor.store.load import sync_labels
from extractor.store.queries import MAX_HEAP_BYTES, PRIVATE_TABLES, guard_sqlite

METADATA_FILE = Path(__file__).resolve().parent / "datasette_metadata.yaml"
PRIVATE_DESCRIPTION = (
    "Dữ liệu riêng của ứng dụng web, không xem được ở đây / the web app's private data, not readable here"
)


def sqlite_path(db: str | None) -> Path:
    """The SQLite file that ``--db``/``$BAOCAO_DB`` names; a clear error for anything else."""
    url = make_url(resolve_url(db))
    if url.get_backend_name() != "sqlite":
        raise BaocaoError(
            f"baocao serve needs a SQLite database file, not {url.get_backend_name()} "
            f"({url.render_as_string(hide_password=True)}): Datasette serves SQLite only. "
            "Copy the data into a SQLite file (baocao ingest --db FILE …) and serve that."
        )
    if not url.database or url.database == ":memory:":
        raise BaocaoError("baocao serve needs a SQLite database file, not an in-memory database")
    path = Path(url.database)
    if not path.is_file():
        raise BaocaoError(f"{path}: no such database file (load reports into it first with baocao ingest)")
    return path


def load_metadata_file(path: Path = METADATA_FILE) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise BaocaoError(f"cannot read Datasette metadata {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise BaocaoError(f"Datasette metadata {path} is not a mapping")
    return data


def datasette_metadata(database: str, data: dict[str, Any]) -> dict[str, Any]:
    """Datasette metadata for one database named ``database`` from the shipped file's layout."""
    views = {name: {k: v for k, v in spec.items() if k != "sql"} for name, spec in data.get("views", {}).items()}
    private = {  # hidden, and unreadable anyway (the guard refuses them)
        name: {"hidden": True, "description": PRIVATE_DESCRIPTION, "columns": {}} for name in sorted(PRIVATE_TABLES)
    }
    return {
        "title": data.get("title", "baocao"),
        "description": data.get("description", ""),
        "databases": {
            database: {
                "tables": {**data.get("tables", {}), **views, **private},
                "queries": data.get("queries", {}),
            }
        },
    }


def view_sql(data: dict[str, Any]) -> dict[str, str]:
    """View name → its SELECT statement, from the metadata file's ``views``."""
    return {name: spec["sql"] for name, spec in data.get("views", {}).items()}


def create_views(engine: Engine, views: dict[str, str]) -> None:
    """(Re)create the views so their definition is this version's."""
    with engine.begin() as conn:
        for name, select in views.items():
            conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{name}"')
            conn.exec_driver_sql(f'CREATE VIEW "{name}" AS {select}')


def drop_views(engine: Engine, views: dict[str, str]) -> None:
    with engine.begin() as conn:
        for name in views:
            conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{name}"')


@contextmanager
def served_views(path: Path, views: dict[str, str]) -> Iterator[None]:
    """Bring the schema up to date, create the views, and drop them again afterwards."""
    engine = open_existing(str(path))
    try:
        with session_scope(engine) as session:
            sync_labels(session)  # a database loaded before the labels existed gets them too
        create_views(engine, views)
        try:
            yield
        finally:
            drop_views(engine, views)
    finally:
        engine.dispose()


def check_port(host: str, port: int) -> None:
    """Fail early with a clear message when the address cannot be bound."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BaocaoError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise BaocaoError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


SQL_TIME_LIMIT_MS = 3000  # Datasette's sql_time_limit_ms: a query (typed, a table page, a facet) stops after this
READ_METHODS = frozenset({"GET", "HEAD"})
#: Datasette's permissions that change data (its write API, Datasette 1.0 on): refused to everyone.
WRITE_ACTIONS = frozenset({"insert-row", "update-row", "delete-row", "create-table", "alter-table", "drop-table"})
PLUGIN_NAME = "baocao_guard"
READ_ONLY_MESSAGE = "baocao serve is read-only: only GET and HEAD requests are answered"
CSV_MESSAGE = (
    "CSV downloads are off in baocao serve: Datasette writes document text into them as it is, "
    "and a spreadsheet would run a field such as =HYPERLINK(…). Use `baocao export --format csv` "
    "or `baocao figures --csv`, which neutralise such fields (README, 'Outputs that cannot run')."
)


def _is_csv(scope: dict[str, Any]) -> bool:
    """A request for one of Datasette's CSV renderings (``….csv``, ``?_format=csv``)."""
    path = str(scope.get("path", "")).lower()
    query = bytes(scope.get("query_string", b"")).decode("latin-1").lower()
    return path.endswith(".csv") or "_format=csv" in query


async def _refuse(send: Any, message: str) -> None:
    body = json.dumps({"ok": False, "error": message, "status": 403}).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": 403, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def refuse_writes(app: Any) -> Any:
    """ASGI middleware: an HTTP request other than GET or HEAD gets 403 (JSON), whatever its
    path; so does a CSV download, which Datasette would write without neutralising fields."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("method", "GET").upper() not in READ_METHODS:
            await _refuse(send, READ_ONLY_MESSAGE)
            return
        if scope["type"] == "http" and _is_csv(scope):
            await _refuse(send, CSV_MESSAGE)
            return
        await app(scope, receive, send)

    return guarded


def _guard_plugin() -> Any:
    from datasette import hookimpl

    class BaocaoGuard:
        """Datasette hooks: guarded connections, no write permission, no write request."""

        __name__ = PLUGIN_NAME  # Datasette lists its plugins by module name

        @hookimpl
        def prepare_connection(self, conn: sqlite3.Connection) -> None:
            guard_sqlite(conn)

        @hookimpl
        def permission_allowed(self, action: str) -> bool | None:
            return False if action in WRITE_ACTIONS else None  # None: Datasette's own answer

        @hookimpl
        def asgi_wrapper(self) -> Any:
            return refuse_writes

    return BaocaoGuard()


def register_guard() -> None:
    """Register the guard plugin with Datasette (once per process: Datasette's plugins are global)."""
    from datasette.plugins import pm

    if pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(_guard_plugin(), name=PLUGIN_NAME)


def make_datasette(path: Path, metadata: dict[str, Any], name: str, base_url: str = "/") -> Any:
    """Datasette on the SQLite file ``path`` (as database ``name``), guarded read-only;
    ``base_url`` is where it is mounted (``/datasette/`` inside the web app)."""
    from datasette.app import Datasette
    from datasette.database import Database

    register_guard()
    ds = Datasette(metadata=metadata, settings={"sql_time_limit_ms": SQL_TIME_LIMIT_MS, "base_url": base_url})
    ds.add_database(Database(ds, str(path), is_mutable=True), name=name)
    return ds


def limit_sqlite_heap(limit: int = MAX_HEAP_BYTES) -> None:
    """Cap the memory SQLite may take in this process (``PRAGMA hard_heap_limit``, process-wide)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA hard_heap_limit={int(limit)}")
    finally:
        conn.close()


class _Stopped(Exception):
    """SIGTERM, re-raised by uvicorn after its graceful shutdown."""


def _stop(_signum: int, _frame: Any) -> None:
    raise _Stopped


def run_server(ds: Any, host: str, port: int) -> None:
    """Serve until Ctrl-C or SIGTERM; either ends the server normally (so cleanup runs)."""
    import asyncio

    import uvicorn

    limit_sqlite_heap()
    asyncio.run(ds.invoke_startup())
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
