"""Schema migrations and the normaliser, on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, inspect, select

from extractor.find.extract import extract_document
from extractor.read.parse import parse_file
from extractor.store.engine import HEAD_REVISION, current_revision, make_engine, session_scope, upgrade
from extractor.store.load import name_key, store_document
from models.tables import Base, CitationRow, DirectiveRow, DocumentRow, FigureRow, Organisation, RelationMember

from .conftest import CORPUS


def test_upgrade_empty_database_to_head_matches_the_models(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set(Base.metadata.tables)
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_head_revision_constant_is_alembics_head():
    """open_database skips Alembic when the database is at HEAD_REVISION: it must be the real head."""
    from alembic.script import ScriptDirectory

    from extractor.store.engine import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_upgrade_from_previous_migration_keeps_data(db_url):
    """A database written at 0001 (rows in the columns 0001 had) upgrades to the head with its rows."""
    from sqlalchemy import MetaData, Table

    from extractor.store.load import _document_row

    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "findings" not in inspect(engine).get_table_names()
    doc = parse_file(CORPUS / "002-ket-luan-huyen-uy.docx")
    row = _document_row(doc, None, None)
    documents = Table("documents", MetaData(), autoload_with=engine)  # as 0001 made it
    values = {col.name: getattr(row, col.name) for col in documents.columns if col.name != "id"}
    with engine.begin() as c:
        c.execute(documents.insert().values(values))
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert "findings" in inspect(engine).get_table_names()
    columns = {c["name"] for c in inspect(engine).get_columns("relations")}
    assert "certainty" in columns  # 0003: relations stored before it read as explicit
    with session_scope(engine) as s:
        assert s.scalar(select(DocumentRow.number)) == "1066-KL/HU"
        assert s.scalar(select(DocumentRow.modified_at)) is None  # 0007: unknown for rows loaded before it
    engine.dispose()


def test_store_document_keeps_provenance_and_shares_directives(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    for name in ("002-ket-luan-huyen-uy.docx", "004-chi-thi-sinh-hoat-chi-bo.pdf", "003-bao-cao-so-ket-kien-giang.txt"):
        doc = parse_file(CORPUS / name)
        with session_scope(engine) as s:
            store_document(s, doc, extract_document(doc))
    with session_scope(engine) as s:
        # 10-CT/TW is cited by both 002 and 004: one directive, citations from two documents
        directive = s.scalar(select(DirectiveRow).where(DirectiveRow.key == "10-CT/TW"))
        assert directive is not None
        docs = s.scalars(select(CitationRow.document_id).where(CitationRow.directive_id == directive.id)).all()
        assert len(set(docs)) == 2
        # a figure's span points at its raw text in the stored document text
        fig = s.scalars(select(FigureRow).where(FigureRow.raw == "7.261")).one()
        text = s.scalars(select(DocumentRow.text).where(DocumentRow.id == fig.document_id)).one()
        assert text[fig.span_start : fig.span_end] == "7.261"
        assert s.scalars(select(func.count()).select_from(RelationMember)).one() > 0
        org_ids = s.scalars(select(DocumentRow.organisation_id).where(DocumentRow.number == "161-BC/ĐUK")).all()
        keys = s.scalars(select(Organisation.key).where(Organisation.id.in_(org_ids))).all()
        assert [k.endswith("dang bo khoi cac co quan doanh nghiep tinh") for k in keys] == [True]
    engine.dispose()


def test_name_key_folds_spellings_of_one_unit():
    a = name_key("ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH")
    assert a == name_key("Đảng bộ khối các Cơ quan – Doanh nghiệp tỉnh")
    assert a == name_key("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")
    assert a == name_key("Ban Thường vụ Đảng ủy Khối các cơ quan - doanh nghiệp tỉnh")
    assert a != name_key("Đảng ủy Khối các cơ quan tỉnh")
