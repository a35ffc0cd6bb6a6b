"""The JSON API, with the same permissions as the pages (a bearer token stands for its user):

* ``POST /api/uploads``: multipart field ``files`` (one or more; ``private=1`` to check
  without filing) → 202 ``{"documents": [{"id": …, "url": …}]}``;
* ``GET /api/documents/{id}``: ``{"id", "filename", "status", "error", "report", "findings"}``,
  the findings in the shape of ``baocao check --json``.
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from extractor.store.engine import session_scope
from extractor.web import data
from extractor.web.auth import api_user, state
from extractor.web.security import BodyTooLarge
from extractor.web.uploads import MAX_FILES_PER_REQUEST
from extractor.web.views import queue_files


async def post_uploads(request: Request) -> Response:
    me = api_user(request, "upload")
    try:
        form = await request.form(max_files=MAX_FILES_PER_REQUEST, max_fields=20)
    except BodyTooLarge:
        raise  # answered 413 by the body limit
    except Exception as exc:  # not multipart, too many files
        raise HTTPException(400, f"expected multipart/form-data with the field 'files' ({exc})") from None
    files = [f for f in form.getlist("files") if not isinstance(f, str)]
    if not files:
        raise HTTPException(400, "no file in the multipart field 'files'")
    private = str(form.get("private", "")).lower() in ("1", "true", "on", "yes")
    ids = await queue_files(request, me, files, private)
    documents = [{"id": i, "url": str(request.url_for("api_document", id=i))} for i in ids]
    return JSONResponse({"documents": documents}, status_code=202)


async def get_document(request: Request) -> Response:
    me = api_user(request)
    with session_scope(state(request).engine) as s:
        up = data.upload(s, me, request.path_params["id"])
        if up is None:
            raise HTTPException(404, "no such document")
        answer: dict[str, Any] = {
            "id": up.id,
            "filename": up.filename,
            "format": up.format,
            "private": up.private,
            "status": up.status,
            "error": up.error,
            "report": None,
            "findings": [],
        }
        if up.status == "done" and up.private:
            answer["findings"] = up.findings_json or []
        elif up.status == "done" and up.document_id is not None:
            view = data.report(s, me, up.document_id)
            if view is not None:
                answer["report"] = {"id": view.id, "url": f"/reports/{view.id}"}
                answer["findings"] = data.findings(s, view)
    return JSONResponse(answer)


def routes() -> list[Route]:
    return [
        Route("/api/uploads", post_uploads, methods=["POST"]),
        Route("/api/documents/{id:int}", get_document, name="api_document"),
    ]
