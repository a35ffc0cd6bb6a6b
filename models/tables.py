"""The database tables (SQLAlchemy 2.0 declarative).  Tables only: no logic here.

One row per loaded document version, its blocks (with provenance), figures, relations
between figures, directives (one per normalised key) and their citations (one per
mention), organisations with their aliases, ingestion runs and their per-file errors,
and the checker's findings with the auditors' review decisions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    """A Party or State unit: the reporting units and the units named in reports."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))  # canonical name, as first seen in full
    key: Mapped[str] = mapped_column(String(300), unique=True)  # normalised name
    parent_id: Mapped[int | None] = mapped_column(Integer)  # organisations.id of the unit it belongs to
    aliases: Mapped[list[OrganisationAlias]] = relationship(back_populates="organisation")


class OrganisationAlias(Base):
    __tablename__ = "organisation_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))  # as written
    key: Mapped[str] = mapped_column(String(300), unique=True)  # normalised alias
    organisation: Mapped[Organisation] = relationship(back_populates="aliases")


class IngestionRun(Base):
    __tablename__ = "ingestion_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    arguments: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | finished | interrupted
    loaded: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class IngestionError(Base):
    __tablename__ = "ingestion_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingestion_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DocumentRow(Base):
    """One loaded version of a report file."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_path_status", "path", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(300), index=True)  # file name, for --document filters
    format: Mapped[str] = mapped_column(String(10))
    pages: Mapped[int | None] = mapped_column(Integer)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="loaded")  # loaded | superseded
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id"))
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    modified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))  # the file's, when loaded
    sketch: Mapped[list[int] | None] = mapped_column(JSON)  # its text's shingle sketch: near-identical texts
    doc_type: Mapped[str | None] = mapped_column(String(50), index=True)
    number: Mapped[str | None] = mapped_column(String(100), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    issuing_body: Mapped[str | None] = mapped_column(Text)
    parent_body: Mapped[str | None] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    place: Mapped[str | None] = mapped_column(String(100))
    date: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO 8601
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str | None] = mapped_column(String(200))
    metadata_json: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)  # the plain text every span points into


class BlockRow(Base):
    __tablename__ = "blocks"
    __table_args__ = (UniqueConstraint("document_id", "idx"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)  # position in reading order
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)  # first page
    pages: Mapped[list[int]] = mapped_column(JSON, default=list)
    regions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # [{page, bbox}]
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    level: Mapped[int | None] = mapped_column(Integer)
    table_json: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ocr_confidence: Mapped[float | None] = mapped_column(Float)


class FigureRow(Base):
    __tablename__ = "figures"
    __table_args__ = (
        UniqueConstraint("document_id", "fid"),
        Index("ix_figures_subject_category_year", "subject", "category", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"), index=True)
    fid: Mapped[str] = mapped_column(String(20))  # "f12", stable within the document version
    value: Mapped[float] = mapped_column(Float)
    raw: Mapped[str] = mapped_column(String(100))
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str] = mapped_column(String(20), index=True)
    unit: Mapped[str | None] = mapped_column(String(100))
    base: Mapped[float | None] = mapped_column(Float)
    subject: Mapped[str] = mapped_column(String(100), index=True)
    subject_text: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100), index=True)
    level: Mapped[str | None] = mapped_column(String(50))
    period: Mapped[str | None] = mapped_column(String(30), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)  # the period's last year, for filters
    as_of: Mapped[str | None] = mapped_column(String(10))  # ISO day a count stands at ("tính đến 31/12/2022")
    org: Mapped[str | None] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    approx: Mapped[str | None] = mapped_column(String(20))
    column_role: Mapped[str | None] = mapped_column(String(30))
    place: Mapped[str] = mapped_column(String(10))  # body | footnote | table
    footnote: Mapped[int | None] = mapped_column(Integer)
    cell_row: Mapped[int | None] = mapped_column(Integer)
    cell_col: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)


class RelationRow(Base):
    __tablename__ = "relations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    # how certain the structure is: explicit, or for breakdowns exhaustive | disjoint | plausible | open
    certainty: Mapped[str] = mapped_column(String(20), default="explicit", server_default="explicit")
    members: Mapped[list[RelationMember]] = relationship(back_populates="relation", cascade="all, delete-orphan")


class RelationMember(Base):
    __tablename__ = "relation_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    relation_id: Mapped[int] = mapped_column(ForeignKey("relations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # total | parts | percent | count | base | actual | target | …
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within a list role (parts, terms)
    figure_id: Mapped[int] = mapped_column(ForeignKey("figures.id", ondelete="CASCADE"), index=True)
    relation: Mapped[RelationRow] = relationship(back_populates="members")


class DirectiveRow(Base):
    """One distinct directive, by normalised key (``21-NQ/TW``)."""

    __tablename__ = "directives"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str | None] = mapped_column(String(50))
    number: Mapped[str | None] = mapped_column(String(50))
    symbol: Mapped[str | None] = mapped_column(String(20), index=True)
    issuer: Mapped[str | None] = mapped_column(String(30), index=True)


class CitationRow(Base):
    """One mention of a directive in one document."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    directive_id: Mapped[int | None] = mapped_column(ForeignKey("directives.id"), index=True)
    block_id: Mapped[int | None] = mapped_column(ForeignKey("blocks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # citation | self | alias | replacement | backref
    raw: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    date_raw: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    variant: Mapped[bool] = mapped_column(Boolean, default=False)
    refers_to: Mapped[str | None] = mapped_column(String(200))
    page: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(10))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Finding(Base):
    """A consistency finding of the checker; ``key`` is stable across runs."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    rule: Mapped[str] = mapped_column(String(50), index=True)
    severity: Mapped[str] = mapped_column(String(10), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Review(Base):
    """An auditor's decision on a finding (kept by finding key, so it survives re-checks)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_key: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))  # confirmed | dismissed | fixed
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Label(Base):
    """What people read for a key: the Vietnamese name of a subject (``dang_vien`` → ``đảng
    viên``), category (``action.chuyen_den`` → ``chuyển đến``) or level, from the vocabulary."""

    __tablename__ = "labels"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # subject | category | level
    label_vi: Mapped[str] = mapped_column(Text)


class User(Base):
    """A person who uses the web app: a unit's staff member, staff, an auditor, a researcher
    or an admin (``baocao users add``)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # unit | staff | auditor | researcher | admin
    unit: Mapped[str | None] = mapped_column(Text)  # for a unit's user: the unit's name, as its reports' issuer
    unit_key: Mapped[str | None] = mapped_column(String(300), index=True)  # the unit's name normalised
    password_hash: Mapped[str] = mapped_column(Text)  # argon2
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)  # signing out ends the sessions made before


class ApiToken(Base):
    """A bearer token for the JSON API; only its SHA-256 is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # its first characters, to tell tokens apart in a list
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Upload(Base):
    """A file uploaded in the web app or through the API, and what became of it."""

    __tablename__ = "uploads"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    unit_key: Mapped[str | None] = mapped_column(String(300), index=True)  # the uploader's unit, when a unit's
    filename: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(10))  # pdf | docx | txt, decided by content
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_path: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # checked before sending, not filed
    status: Mapped[str] = mapped_column(String(20), index=True)  # queued | processing | done | failed
    error: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"), index=True)
    findings_json: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)  # a private check's findings
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
