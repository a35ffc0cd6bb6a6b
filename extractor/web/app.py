"""The web app (``baocao web``): an ASGI application on the CLI's database.

:func:`create_app` builds it: Starlette routes (:mod:`extractor.web.views` for the pages,
:mod:`extractor.web.api` for the JSON API), signed session cookies, the security headers, a
pool of warm worker processes for uploads (:mod:`extractor.web.jobs`), and Datasette mounted
read-only under ``/datasette`` when the database is SQLite.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from extractor.read.limits import DEFAULT_LIMITS, Limits
from extractor.web.jobs import Processor
from extractor.web.pages import prune_cache
from extractor.web.security import BodyLimit, LoginLimiter, SecurityHeaders, session_secret
from extractor.web.uploads import MAX_FILES_PER_REQUEST

#: An upload's reading limits: those of ``ingest`` (a batch run by staff) made tighter, so that
#: one person's file cannot hold the workers for long.
WEB_LIMITS = replace(
    DEFAULT_LIMITS, max_pages=500, max_text_chars=5_000_000, max_ocr_seconds=300.0, max_file_seconds=300.0
)
HERE = Path(__file__).resolve().parent
SESSION_HOURS = 12


@dataclass
class Settings:
    """What the app is started with."""

    db: str | None = None
    data_dir: Path = field(default_factory=lambda: Path("baocao-web"))
    workers: int = 1
    max_upload_mb: float = 50.0
    max_request_mb: float = 200.0  # all the files of one upload request
    limits: Limits = field(default_factory=lambda: WEB_LIMITS)
    secure_cookies: bool = False  # behind HTTPS (a reverse proxy): cookies only over HTTPS
    datasette: bool = True


@dataclass
class State:
    """What the request handlers share (``request.app.state.baocao``)."""

    settings: Settings
    engine: Engine
    templates: Jinja2Templates
    processor: Processor
    limiter: LoginLimiter
    datasette_path: Path | None = None

    @property
    def upload_dir(self) -> Path:
        return self.settings.data_dir / "uploads"


def templates() -> Jinja2Templates:
    """The web pages' Jinja2 templates (autoescaping on), over the audit report's: a finding
    is shown by the one ``finding.html`` of ``extractor/report/templates``."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

    from extractor.report.page import TEMPLATES
    from extractor.web.filters import install

    loader = ChoiceLoader([FileSystemLoader(str(HERE / "templates")), FileSystemLoader(str(TEMPLATES))])
    env = Environment(loader=loader, autoescape=select_autoescape(["html"]))
    install(env)
    return Jinja2Templates(env=env)


def create_app(settings: Settings, engine: Engine | None = None) -> Starlette:
    from extractor.store.engine import make_engine, upgrade
    from extractor.web import api, views

    if engine is None:
        engine = make_engine(settings.db)
        upgrade(engine)
    state = State(
        settings=settings,
        engine=engine,
        templates=templates(),
        processor=Processor(engine, settings.workers, settings.limits),
        limiter=LoginLimiter(),
    )
    routes: list[Any] = [*views.routes(), *api.routes(), Mount("/static", StaticFiles(directory=HERE / "static"))]
    ds = _datasette(engine) if settings.datasette else None
    if ds is not None:
        state.datasette_path = Path(str(engine.url.database))
        routes.append(Mount("/datasette", app=views.research_only(ds.app())))

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        with contextlib.ExitStack() as stack:
            if ds is not None:
                from extractor.store.browse import load_metadata_file, served_views, view_sql

                stack.enter_context(served_views(Path(str(engine.url.database)), view_sql(load_metadata_file())))
                await ds.invoke_startup()
            prune_cache(settings.data_dir / "pages")
            state.processor.start()
            stack.callback(state.processor.stop)
            yield

    middleware = [
        Middleware(BodyLimit, limit=_body_limit(settings)),
        Middleware(SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=session_secret(settings.data_dir),
            session_cookie="baocao_session",
            max_age=SESSION_HOURS * 3600,
            same_site="strict",
            https_only=settings.secure_cookies,
        ),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers=views.handlers())
    app.state.baocao = state
    return app


UPLOAD_PATHS = ("/upload", "/api/uploads")
FORM_LIMIT = 1 << 20  # a sign-in, a decision, a deletion: small forms


def _body_limit(settings: Settings) -> Any:
    """The largest request body per path: the files of one upload request, else a small form."""
    uploads = int(settings.max_upload_mb * 2**20 * MAX_FILES_PER_REQUEST) + FORM_LIMIT
    uploads = min(uploads, int(settings.max_request_mb * 2**20))
    return lambda path: uploads if path in UPLOAD_PATHS else FORM_LIMIT


def _datasette(engine: Engine) -> Any | None:
    """Datasette on the same SQLite file, read-only and guarded as ``baocao serve`` is; None
    for PostgreSQL (Datasette reads SQLite only)."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    from extractor.store.browse import datasette_metadata, load_metadata_file, make_datasette

    path = Path(engine.url.database)
    metadata = datasette_metadata(path.stem, load_metadata_file())
    return make_datasette(path, metadata, path.stem, base_url="/datasette/")
