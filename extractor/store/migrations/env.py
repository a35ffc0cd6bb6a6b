"""Alembic environment: migrations run on the connection the caller passes in
``config.attributes["connection"]`` (see :mod:`extractor.store.engine`), or on the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from models.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {}, prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        _run(conn)
