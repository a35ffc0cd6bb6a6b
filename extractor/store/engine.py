"""Database connection and schema migrations.

SQLite is the embedded default (``baocao.db``, WAL journal, foreign keys on);
PostgreSQL is used by URL (``--db postgresql+psycopg://…`` or ``BAOCAO_DB``).  The
schema is created and upgraded by the Alembic migrations shipped in
``extractor/migrations``, run programmatically on every connection.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.orm import Session, sessionmaker

from extractor.errors import BaocaoError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_DB = "baocao.db"
DB_ENV = "BAOCAO_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None) -> str:
    """``--db`` value, else ``$BAOCAO_DB``, else ``baocao.db``; a bare path means SQLite."""
    value = db or os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" in value:
        return (
            value.replace("postgresql://", "postgresql+psycopg://", 1) if value.startswith("postgresql://") else value
        )
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(db: str | None = None) -> Engine:
    url = resolve_url(db)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # bad URL, missing driver
        raise BaocaoError(f"cannot use database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config  # loaded only when a schema is checked or migrated

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (creating it in an empty database)."""
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    except Exception as exc:
        raise BaocaoError(f"cannot migrate database {engine.url!r}: {exc}") from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return str(row[0]) if row else None


#: The newest migration in ``migrations/versions`` (a test holds it to Alembic's head).  A
#: database already there is opened without loading Alembic at all.
HEAD_REVISION = "0009"


def open_database(db: str | None = None) -> Engine:
    """An engine on an up-to-date schema."""
    engine = make_engine(db)
    try:
        up_to_date = current_revision(engine) == HEAD_REVISION
    except Exception:  # an unreachable or unreadable database: upgrade() says why
        up_to_date = False
    if not up_to_date:
        upgrade(engine)
    return engine


def open_existing(db: str | None = None) -> Engine:
    """An engine on a baocao database that already exists, brought up to date: a missing
    SQLite file is an error (no empty database is created), and so is a database without
    baocao's tables (left untouched), so that no command reads an empty result as a clean
    answer."""
    url = make_url(resolve_url(db))
    on_disk = url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:"
    if on_disk and not Path(str(url.database)).exists():
        raise BaocaoError(f"no database at {url.database} (load reports with `baocao ingest` first)")
    tables = _sqlite_tables(Path(str(url.database))) if on_disk else None
    engine = make_engine(db)
    try:
        if tables is None:
            with engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
    except Exception as exc:
        engine.dispose()
        raise BaocaoError(f"cannot open database {_shown(url)}: {exc}") from exc
    if "alembic_version" not in tables or "documents" not in tables:
        engine.dispose()
        raise BaocaoError(f"{_shown(url)} is not a baocao database: it has no baocao tables")
    if current_revision(engine) != HEAD_REVISION:
        upgrade(engine)
    return engine


def _sqlite_tables(path: Path) -> set[str]:
    """The tables of a SQLite file, read without writing to it (no journal mode is set)."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise BaocaoError(f"{path} is not a baocao database: {exc}") from exc


def _shown(url: Any) -> str:
    """A database named as the user gave it: the SQLite path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return str(url.render_as_string(hide_password=True))


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    maker = sessionmaker(engine, expire_on_commit=False)
    with maker() as session, session.begin():
        yield session
