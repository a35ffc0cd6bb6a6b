from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
CORPUS = REPO / "corpus"
NAMES = [
    "000-bao-cao-tong-ket-ha-tinh",
    "001-bao-cao-so-ket-bac-giang",
    "002-ket-luan-huyen-uy",
    "003-bao-cao-so-ket-kien-giang",
    "004-chi-thi-sinh-hoat-chi-bo",
]


@pytest.fixture(autouse=True, scope="session")
def _strict_offsets():
    """Every test reads figures strictly: a figure read at the offset of a block it does not
    stand in (a total of the paragraph before, in this paragraph's text) raises instead of
    being silently misread (extractor.find.context.STRICT_OFFSETS)."""
    from extractor.find import context

    context.STRICT_OFFSETS = True
    yield
    context.STRICT_OFFSETS = False


@pytest.fixture(scope="session")
def parsed():
    """Parse a corpus file once per test session: parsed("003-…", "pdf")."""
    from extractor.read.parse import parse_file

    cache: dict[tuple[str, str], object] = {}

    def get(name: str, fmt: str):
        key = (name, fmt)
        if key not in cache:
            cache[key] = parse_file(CORPUS / f"{name}.{fmt}")
        return cache[key]

    return get


PG_ENV = "BAOCAO_TEST_PG"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL: SQLite in tmp_path, and PostgreSQL when $BAOCAO_TEST_PG
    names a server (CI starts one; there the PostgreSQL runs are required, not skipped)."""
    import os
    import uuid

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server = os.environ.get(PG_ENV)
    if not server:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the database tests against PostgreSQL too")
        pytest.skip(f"{PG_ENV} not set (a PostgreSQL server URL, e.g. postgresql://postgres@localhost:5432/postgres)")
    from sqlalchemy import create_engine, text

    name = f"baocao_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = server.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
