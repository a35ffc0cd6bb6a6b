"""``baocao web``: the web app for units, staff, auditors and researchers."""

from __future__ import annotations

from pathlib import Path

import click

from extractor.cli.errors import user_errors
from extractor.cli.options import db_option


@click.command("web")
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (only this machine by default)."
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Warm worker processes that read uploaded files.",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("baocao-web"),
    show_default=True,
    help="Folder for uploaded files and the session-signing key.",
)
@click.option(
    "--max-upload-mb", type=click.FloatRange(min=0, min_open=True), default=50.0, show_default=True, help="One file."
)
@click.option(
    "--max-request-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=200.0,
    show_default=True,
    help="All the files of one upload request.",
)
@click.option("--secure-cookies", is_flag=True, help="Send the session cookie over HTTPS only (behind a TLS proxy).")
@click.option("--no-datasette", is_flag=True, help="Do not mount Datasette under /datasette.")
@user_errors
def web_cmd(
    db: str | None,
    host: str,
    port: int,
    workers: int,
    data_dir: Path,
    max_upload_mb: float,
    max_request_mb: float,
    secure_cookies: bool,
    no_datasette: bool,
) -> None:
    """Serve the web app: upload reports and follow them, each report's findings beside its
    page, review decisions, the batch view per period, queries and exports, and the JSON API
    (see the README).  Users are made with `baocao users add`."""
    import uvicorn

    from extractor.store.browse import check_port
    from extractor.web.app import Settings, create_app

    check_port(host, port)
    settings = Settings(
        db=db,
        data_dir=data_dir,
        workers=workers,
        max_upload_mb=max_upload_mb,
        max_request_mb=max_request_mb,
        secure_cookies=secure_cookies,
        datasette=not no_datasette,
    )
    app = create_app(settings)
    click.echo(f"baocao web: http://{host}:{port}/  (Ctrl-C stops it)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", lifespan="on", proxy_headers=True)
