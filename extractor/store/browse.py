"""Datasette over the SQLite database (``baocao serve``).

The metadata (titles, Vietnamese/English descriptions, facets, canned queries, the
``figures_view`` view) is the data file ``extractor/store/datasette_metadata.yaml``.  The views
it names are created in the SQLite file when the server starts and dropped when it stops,
so the Alembic-managed schema never contains them (SQLite refuses to rename a rebuilt
table while a view refers to it, which would break later batch migrations).
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from extractor.errors import BaocaoError
from extractor.store.engine import open_database, resolve_url

METADATA_FILE = Path(__file__).resolve().parent / "datasette_metadata.yaml"


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
    return {
        "title": data.get("title", "baocao"),
        "description": data.get("description", ""),
        "databases": {
            database: {
                "tables": {**data.get("tables", {}), **views},
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
    engine = open_database(str(path))
    try:
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


def make_datasette(path: Path, metadata: dict[str, Any], name: str) -> Any:
    from datasette.app import Datasette
    from datasette.database import Database

    ds = Datasette(metadata=metadata)
    ds.add_database(Database(ds, str(path), is_mutable=True), name=name)
    return ds


class _Stopped(Exception):
    """SIGTERM, re-raised by uvicorn after its graceful shutdown."""


def _stop(_signum: int, _frame: Any) -> None:
    raise _Stopped


def run_server(ds: Any, host: str, port: int) -> None:
    """Serve until Ctrl-C or SIGTERM; either ends the server normally (so cleanup runs)."""
    import asyncio

    import uvicorn

    asyncio.run(ds.invoke_startup())
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
