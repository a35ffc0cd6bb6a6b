"""The pages: sign in, upload and follow uploads, a report's page with its findings beside
the page they come from, auditors' decisions, the staff's batch view, the researchers'
queries and exports.  Every page checks who asks (:mod:`extractor.web.auth`); a report the
user may not see answers 404, the same as one that does not exist."""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import func, select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from extractor.check.runner import check_database, find_finding, review
from extractor.errors import BaocaoError
from extractor.store.engine import session_scope
from extractor.store.users import Account, authenticate, can, end_sessions
from extractor.web import data
from extractor.web.auth import LoginRequired, check_csrf, checked_form, session_account, signed_in, state, user
from extractor.web.pages import figure_boxes, page_png
from extractor.web.security import csrf_token
from extractor.web.uploads import MAX_FILES_PER_REQUEST, remove, take
from models.tables import BlockRow, DocumentRow, FigureRow, Upload

log = logging.getLogger("baocao.web")
MAX_NAME = 100  # a user name is at most this long (users.name): longer ones are cut before counting
REVIEW_STATUSES = ("confirmed", "dismissed", "fixed")
MEDIA = {
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    found = signed_in(request)
    context.update(request=request, me=found, csrf=csrf_token(request.session), can=lambda a: found and can(found, a))
    return state(request).templates.TemplateResponse(request, template, context, status_code=status)


# ---------------------------------------------------------------- signing in


async def healthz(request: Request) -> Response:
    st = state(request)
    try:
        with session_scope(st.engine) as s:
            s.execute(select(func.count()).select_from(DocumentRow))
    except Exception:  # the reason is in the server's log, not for anyone who asks
        log.exception("healthz: the database does not answer")
        return JSONResponse({"status": "unavailable", "error": "the database does not answer"}, status_code=503)
    alive = sum(t.is_alive() for t in st.processor.threads)
    if alive < len(st.processor.threads) or not st.processor.threads:
        return JSONResponse({"status": "starting"}, status_code=503)
    return JSONResponse({"status": "ok", "workers": alive})


async def login_page(request: Request) -> Response:
    return render(request, "login.html", next=request.query_params.get("next", "/"))


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


async def login_post(request: Request) -> Response:
    form = await checked_form(request)
    name, password = form.get("name", "").strip()[:MAX_NAME], form.get("password", "")
    target = form.get("next", "/")
    target = target if target.startswith("/") and not target.startswith("//") else "/"
    st = state(request)
    started = st.limiter.begin(_client(request), name)
    if started is None:
        wait = "Too many failed attempts: wait a few minutes."
        return render(request, "login.html", status=429, next=target, error=wait)
    with session_scope(st.engine) as s:
        found = await asyncio.to_thread(authenticate, s, name, password)
    if found is None:
        return render(request, "login.html", status=401, next=target, error="Wrong name or password.")
    st.limiter.succeeded(_client(request), name, started)
    request.session.clear()
    request.session["uid"] = found.id
    request.session["epoch"] = found.epoch
    return RedirectResponse(target, status_code=303)


async def logout(request: Request) -> Response:
    await checked_form(request)
    me = signed_in(request)
    if me is not None:
        with session_scope(state(request).engine) as s:
            end_sessions(s, me.id)  # a copy of the cookie kept from before no longer signs in
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# ---------------------------------------------------------------- uploads


async def home(request: Request) -> Response:
    me = user(request)
    with session_scope(state(request).engine) as s:
        mine = data.uploads(s, me)
        shown = data.reports(s, me)[:20]
        return render(request, "home.html", uploads=mine, reports=shown, pending=_pending(mine))


def _pending(uploads: list[Upload]) -> bool:
    return any(u.status in ("queued", "processing") for u in uploads)


async def uploads_table(request: Request) -> Response:
    me = user(request)
    with session_scope(state(request).engine) as s:
        mine = data.uploads(s, me)
        return render(request, "_uploads.html", uploads=mine, pending=_pending(mine))


async def upload_post(request: Request) -> Response:
    me = user(request, "upload")
    form = await request.form(max_files=MAX_FILES_PER_REQUEST, max_fields=20)
    check_csrf(request, form)
    files = [f for f in form.getlist("files") if not isinstance(f, str)]
    if not files:
        raise HTTPException(400, "Choose one or more files (PDF, DOCX or TXT) to upload.")
    private = form.get("private") == "on"
    await queue_files(request, me, files, private)
    return RedirectResponse("/", status_code=303)


MAX_WAITING_PER_USER = 20  # one user's files queued or being read at once; more fail with the reason


async def queue_files(request: Request, me: Account, files: list[Any], private: bool) -> list[int]:
    """Take each file in (a bad one fails alone) and queue those taken; their upload ids.  One
    user has at most :data:`MAX_WAITING_PER_USER` files waiting, so that nobody's uploads
    hold everyone else's up for long."""
    st = state(request)
    ids = []
    limit = int(st.settings.max_upload_mb * 2**20)
    for f in files:
        with session_scope(st.engine) as s:
            waiting = s.scalar(
                select(func.count())
                .select_from(Upload)
                .where(Upload.user_id == me.id, Upload.status.in_(("queued", "processing")))
            )
            refusal = (
                f"you already have {waiting} files waiting to be read: send more when they are done"
                if (waiting or 0) >= MAX_WAITING_PER_USER
                else None
            )
            taken = await take(s, st.upload_dir, me, f, private, limit, refusal)
        ids.append(taken.upload_id)
        if taken.queued:
            st.processor.submit(taken.upload_id, me.id)
    return ids


async def upload_page(request: Request) -> Response:
    me = user(request)
    with session_scope(state(request).engine) as s:
        up = data.upload(s, me, request.path_params["id"])
        if up is None:
            raise HTTPException(404)
        if up.document_id is not None and not up.private:
            return RedirectResponse(f"/reports/{up.document_id}", status_code=303)
        found = up.findings_json or []
        return render(request, "upload.html", upload=up, findings=found, counts=_counts(found))


async def upload_delete(request: Request) -> Response:
    me = user(request)
    await checked_form(request)
    with session_scope(state(request).engine) as s:
        up = s.get(Upload, request.path_params["id"])
        if up is None or up.user_id != me.id or not (up.private or up.status == "failed"):
            raise HTTPException(404)  # only one's own private check or failed upload is deleted here
        if up.status in ("queued", "processing"):
            raise HTTPException(409, "It is still being read: delete it when it is done.")
        remove(up)
        s.delete(up)
    return RedirectResponse("/", status_code=303)


def _counts(findings: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for f in findings:
        out[f.get("severity", "info")] += 1
    return out


# ---------------------------------------------------------------- reports


async def reports_page(request: Request) -> Response:
    me = user(request)
    year = _year(request)
    with session_scope(state(request).engine) as s:
        return render(request, "reports.html", reports=data.reports(s, me, year), year=year)


def _year(request: Request) -> int | None:
    raw = request.query_params.get("year", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 1900 <= int(raw) <= 2200:
        raise HTTPException(400, f"year must be a year such as 2023, not {raw!r}")
    return int(raw)


async def report_page(request: Request) -> Response:
    me = user(request)
    st = state(request)
    with session_scope(st.engine) as s:
        view = data.report(s, me, request.path_params["id"])
        if view is None:
            raise HTTPException(404)
        found = data.findings(s, view)
        primary = s.get(DocumentRow, view.id)
        assert primary is not None
        pdf = _pdf_rendition(s, view, primary)
        pages = await asyncio.to_thread(_pages, s, primary, pdf, found) if pdf is not None else []
        blocks = s.scalars(
            select(BlockRow).where(BlockRow.document_id == view.id, BlockRow.kind.in_(("footnote", "table")))
        ).all()
        older = s.scalars(
            select(DocumentRow).where(DocumentRow.status == "superseded", DocumentRow.path.in_([primary.path]))
        ).all()
        return render(
            request,
            "report.html",
            report=view,
            primary=primary,
            findings=found,
            counts=_counts(found),
            pages=pages,
            footnotes=[b for b in blocks if b.kind == "footnote"],
            tables=[b for b in blocks if b.kind == "table" and b.table_json],
            citations=data.citations(s, view.id),
            pdf=pdf,
            older=older,
            statuses=REVIEW_STATUSES,
        )


def _pdf_rendition(s: Any, view: data.ReportView, primary: DocumentRow) -> DocumentRow | None:
    """The PDF whose pages a report's page shows: the primary when it is one, else its PDF
    rendition (a text layer before a scan)."""
    if primary.format == "pdf":
        return primary
    pdfs = [r for r in view.renditions if r.format == "pdf"]
    pdfs.sort(key=lambda r: r.ocr)
    found: DocumentRow | None = s.get(DocumentRow, pdfs[0].id) if pdfs else None
    return found


def _pages(s: Any, primary: DocumentRow, pdf: DocumentRow, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The PDF's pages that hold figures of the findings, each with the boxes to highlight.
    When the findings are on the DOCX (or TXT), each figure is found in the PDF at the same
    place (:func:`~extractor.check.rules.renditions.positions`: the same sentence, its numbers
    masked, and rank); a figure the PDF words differently is not shown."""
    from extractor.check.rules.renditions import positions

    if not Path(pdf.path).is_file():
        return []
    own = {r.fid: r for r in s.scalars(select(FigureRow).where(FigureRow.document_id == pdf.id))}
    same: dict[str, FigureRow] = dict(own)
    if pdf.id != primary.id:
        theirs = positions(s.scalars(select(FigureRow).where(FigureRow.document_id == primary.id)))
        mine = positions(own.values())
        same = {theirs[k].fid: mine[k] for k in theirs.keys() & mine.keys()}
    wanted: dict[int, list[tuple[FigureRow, str]]] = defaultdict(list)
    for f in findings:
        for g in f.get("figures", []):
            row = same.get(str(g["id"])) if g.get("document") == primary.name else None
            if row is not None and row.page:
                wanted[row.page].append((row, f["id"]))
    if not wanted:
        return []
    blocks = {
        b.id: b.regions or []
        for b in s.scalars(select(BlockRow).where(BlockRow.id.in_({r.block_id for v in wanted.values() for r, _ in v})))
    }
    out = []
    for page in sorted(wanted):
        asks = []
        for row, finding in wanted[page]:
            bbox = next(
                (r.get("bbox") for r in blocks.get(row.block_id, []) if r.get("page") == page and r.get("bbox")), None
            )
            asks.append((row.raw, bbox, finding))
        try:
            boxes = figure_boxes(Path(pdf.path), page, asks)
        except Exception:  # a page that cannot be read again: shown without highlights
            boxes = []
        out.append({"page": page, "boxes": boxes})
    return out


async def page_image(request: Request) -> Response:
    me = user(request)
    st = state(request)
    page = request.path_params["page"]
    with session_scope(st.engine) as s:
        view = data.report(s, me, request.path_params["id"])
        if view is None:
            raise HTTPException(404)
        wanted = request.query_params.get("doc", "")
        rendition = int(wanted) if wanted.isdigit() else view.id  # any PDF rendition of the report
        if rendition not in view.ids:
            raise HTTPException(404)
        doc = s.get(DocumentRow, rendition)
        path = Path(doc.path) if doc is not None and doc.format == "pdf" else None
        cache = st.settings.data_dir / "pages" / doc.sha256 / f"{page}.png" if doc is not None else None
    if path is None or not path.is_file():
        raise HTTPException(404, "The PDF is no longer where it was loaded from.")
    try:
        png = await asyncio.to_thread(page_png, path, page, cache)
    except IndexError:
        raise HTTPException(404, f"The PDF has no page {page}.") from None
    return Response(png, media_type="image/png", headers={"cache-control": "private, max-age=600"})


async def review_post(request: Request) -> Response:
    me = user(request, "review")
    form = await checked_form(request)
    status, note = form.get("status", ""), form.get("note", "").strip()
    if status not in REVIEW_STATUSES:
        raise HTTPException(400, f"status must be one of {', '.join(REVIEW_STATUSES)}")
    key = request.path_params["key"]
    with session_scope(state(request).engine) as s:
        try:
            finding = find_finding(s, key)
        except BaocaoError as exc:
            raise HTTPException(404, str(exc)) from None
        if finding.document_id is not None and data.report(s, me, finding.document_id) is None:
            raise HTTPException(404)
        decision, finding = review(s, finding.key, status, note, me.name)
        decided = {
            "status": decision.status,
            "note": decision.note,
            "reviewer": decision.reviewer,
            "at": decision.at.isoformat(timespec="seconds"),
        }
        finding_id = finding.key
    if request.headers.get("hx-request"):
        return render(request, "_review.html", finding={"id": finding_id, "review": decided}, statuses=REVIEW_STATUSES)
    back = request.headers.get("referer") or "/"
    return RedirectResponse(back if back.startswith(str(request.base_url)) else "/", status_code=303)


# ---------------------------------------------------------------- staff and researchers


async def batch_page(request: Request) -> Response:
    me = user(request, "batch")
    year = _year(request)
    with session_scope(state(request).engine) as s:
        every = data.reports(s, me)
    years = sorted({r.year for r in every if r.year}, reverse=True)
    year = year or (years[0] if years else None)
    units: dict[str, list[data.ReportView]] = defaultdict(list)
    for r in every:
        units.setdefault(r.unit_key or r.issuer or "?", [])
        if r.year == year:
            units[r.unit_key or r.issuer or "?"].append(r)
    names = {r.unit_key or r.issuer or "?": r.issuer or r.unit_key or "?" for r in every}
    rows = sorted(((names[k], v) for k, v in units.items()), key=lambda kv: (bool(kv[1]), kv[0]))
    return render(request, "batch.html", year=year, years=years, rows=rows)


async def batch_download(request: Request) -> Response:
    me = user(request, "batch")
    fmt = request.path_params["fmt"]
    if fmt not in ("html", "xlsx"):
        raise HTTPException(404)
    year = _year(request)
    st = state(request)
    with session_scope(st.engine) as s:
        names = [r.renditions[0].name for r in data.reports(s, me, year)]
    if not names:
        raise HTTPException(404, "No report of that period is loaded.")
    out = Path(tempfile.mkdtemp(prefix="baocao-report-")) / f"baocao-{year or 'all'}.{fmt}"
    await asyncio.to_thread(_write_report, st.engine, names, out)
    return _sent_then_removed(out, MEDIA[fmt])


def _sent_then_removed(path: Path, media: str) -> Response:
    """A file made for one download, read and removed (with its folder) before it is sent, so
    that nothing stays behind when the download is cut off."""
    try:
        body = path.read_bytes()
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)
    disposition = f'attachment; filename="{path.name}"'
    return Response(body, media_type=media, headers={"content-disposition": disposition})


def _write_report(engine: Any, names: list[str], out: Path) -> None:
    from extractor.report.page import render_html
    from extractor.report.sources import document_summaries
    from extractor.report.workbook import write_xlsx

    with session_scope(engine) as s:
        result = check_database(s, names)
        if out.suffix == ".xlsx":
            write_xlsx(result, s, out, documents=names)
        else:
            out.write_text(render_html(result, document_summaries(s, names)), encoding="utf-8")


async def _research_figures(request: Request) -> list[dict[str, Any]]:
    """The figures the query asks for (``baocao figures`` by subject, category and year)."""
    from extractor.store.queries import FigureFilter, figures

    q = request.query_params
    flt = FigureFilter(subject=q.get("subject") or None, category=q.get("category") or None, year=_year(request))
    return await asyncio.to_thread(figures, state(request).engine, flt)


async def research_page(request: Request) -> Response:
    user(request, "research")
    st = state(request)
    q = request.query_params
    rows = await _research_figures(request)
    return render(
        request,
        "research.html",
        rows=rows[:500],
        total=len(rows),
        query=dict(q),
        datasette=st.datasette_path is not None,
        csv_url="/research/figures.csv?" + "&".join(f"{k}={quote(v)}" for k, v in q.items()),
    )


async def research_csv(request: Request) -> Response:
    """The figures as ``baocao figures --csv`` writes them, after a byte-order mark (Excel then
    opens the Vietnamese text as UTF-8)."""
    user(request, "research")
    from extractor.store.queries import FIGURE_COLUMNS
    from extractor.store.queries import render as render_rows

    rows = await _research_figures(request)
    return Response(
        "\ufeff" + render_rows(rows, FIGURE_COLUMNS, "csv"),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="figures.csv"'},
    )


async def research_directives(request: Request) -> Response:
    """The directives cited, as ``baocao directives`` lists them: each with every date it is
    cited with (two dates flagged) and the reports citing it."""
    user(request, "research")
    from extractor.store.queries import directives

    q = request.query_params
    symbol, key = q.get("symbol") or None, q.get("key") or None
    rows = await asyncio.to_thread(directives, state(request).engine, symbol, key, q.get("cited_by") or None)
    return render(request, "directives.html", rows=rows, query=dict(q))


async def research_export(request: Request) -> Response:
    """The whole database as tidy tables (``baocao export``): XLSX or JSON."""
    user(request, "research")
    from extractor.store.queries import export

    fmt = request.path_params["fmt"]
    if fmt not in ("xlsx", "json"):
        raise HTTPException(404)
    out = Path(tempfile.mkdtemp(prefix="baocao-export-")) / f"baocao.{fmt}"
    await asyncio.to_thread(export, state(request).engine, fmt, out)
    return _sent_then_removed(out, MEDIA[fmt])


def research_only(app: ASGIApp) -> ASGIApp:
    """Datasette inside the app, for the roles that may query (researchers, staff, auditors,
    admins); others get 403, and a visitor without a session is sent to sign in."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            st = scope["app"].state.baocao
            found = session_account(st.engine, scope.get("session", {}))
            if found is None or not can(found, "research"):
                status = 303 if found is None else 403
                headers = [(b"location", b"/login")] if found is None else []
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": b"" if found is None else b"forbidden"})
                return
        await app(scope, receive, send)

    return guarded


# ---------------------------------------------------------------- errors


async def _login_required(request: Request, _exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "not signed in"}, status_code=401)
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return render(request, "error.html", status=exc.status_code, status_code=exc.status_code, detail=exc.detail)


def handlers() -> dict[Any, Any]:
    return {LoginRequired: _login_required, HTTPException: _http_error}


async def report_css(_request: Request) -> Response:
    """The audit report's stylesheet, which the pages share (one look for a finding)."""
    from extractor.report.page import TEMPLATES

    return FileResponse(TEMPLATES / "report.css", media_type="text/css; charset=utf-8")


def routes() -> list[Route]:
    return [
        Route("/healthz", healthz),
        Route("/report.css", report_css),
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login_post, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", home),
        Route("/upload", upload_post, methods=["POST"]),
        Route("/uploads/table", uploads_table),
        Route("/uploads/{id:int}", upload_page),
        Route("/uploads/{id:int}/delete", upload_delete, methods=["POST"]),
        Route("/reports", reports_page),
        Route("/reports/{id:int}", report_page),
        Route("/reports/{id:int}/pages/{page:int}.png", page_image),
        Route("/findings/{key}/review", review_post, methods=["POST"]),
        Route("/batch", batch_page),
        Route("/batch/report.{fmt}", batch_download),
        Route("/research", research_page),
        Route("/research/figures.csv", research_csv),
        Route("/research/directives", research_directives),
        Route("/research/export.{fmt}", research_export),
    ]
