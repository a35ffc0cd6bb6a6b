"""The web app as people and programs use it, through Starlette's test client (the app's
lifespan runs: warm worker processes read the uploads): sign-in and its limits, CSRF,
uploads of every kind and bad files, a report's page with its highlighted page image,
review decisions, a unit's private check, the JSON API, and one unit never seeing another's
reports (404, the same as a report that does not exist)."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

from .conftest import CORPUS

starlette = pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

REPORT = "003-bao-cao-so-ket-kien-giang"
PASSWORD = "mat-khau-dai-1"
UNIT_A = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH"
UNIT_B = "ĐẢNG ỦY XÃ AN HÀ"


def _user(db: str, name: str, role: str, unit: str | None = None) -> str:
    args = ["users", "add", name, "--role", role, "--password-stdin", "--db", db]
    result = CliRunner().invoke(main, [*args, *(["--unit", unit] if unit else [])], input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    from extractor.web.app import Settings, create_app

    root = tmp_path_factory.mktemp("web")
    db = str(root / "web.db")
    tokens = {
        "unit_a": _user(db, "unit_a", "unit", UNIT_A),
        "unit_b": _user(db, "unit_b", "unit", UNIT_B),
        "auditor": _user(db, "auditor", "auditor"),
        "staff": _user(db, "staff", "staff"),
        "researcher": _user(db, "researcher", "researcher"),
        "limited": _user(db, "limited", "researcher"),
        "kg_khoi": _user(db, "kg_khoi", "unit", "ĐẢNG BỘ TỈNH KIÊN GIANG / " + UNIT_A),
        "other_khoi": _user(db, "other_khoi", "unit", "ĐẢNG BỘ TỈNH AN GIANG / " + UNIT_A),
    }
    app = create_app(Settings(db=db, data_dir=root / "data", workers=1))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield {"client": client, "tokens": tokens, "db": db, "root": root, "app": app}


def _bearer(site: dict, who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {site['tokens'][who]}"}


def _wait(site: dict, who: str, upload_id: int, timeout: float = 120.0) -> dict:
    client = site["client"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = client.get(f"/api/documents/{upload_id}", headers=_bearer(site, who))
        assert answer.status_code == 200, answer.text
        body = answer.json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.2)
    raise AssertionError(f"upload {upload_id} still {body['status']} after {timeout} s")


def _upload(site: dict, who: str, *paths: Path, private: bool = False) -> list[int]:
    files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]
    data = {"private": "1"} if private else {}
    answer = site["client"].post("/api/uploads", files=files, data=data, headers=_bearer(site, who))
    assert answer.status_code == 202, answer.text
    return [d["id"] for d in answer.json()["documents"]]


def _login(client: TestClient, name: str, password: str = PASSWORD) -> int:
    client.cookies.clear()
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf, page.text
    answer = client.post(
        "/login", data={"name": name, "password": password, "csrf": csrf.group(1)}, follow_redirects=False
    )
    return answer.status_code


def _csrf(client: TestClient, path: str = "/") -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def test_healthz_answers_200_when_ready(site: dict) -> None:
    answer = site["client"].get("/healthz")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"


def test_the_api_needs_a_valid_token(site: dict) -> None:
    client = site["client"]
    assert client.post("/api/uploads", files=[("files", ("a.txt", b"x", "text/plain"))]).status_code == 401
    bad = {"Authorization": "Bearer bc_nope"}
    assert client.get("/api/documents/1", headers=bad).status_code == 401


def test_an_uploaded_pdf_gets_its_findings_and_a_unit_sees_only_its_own(site: dict) -> None:
    (upload_id,) = _upload(site, "unit_a", CORPUS / f"{REPORT}.pdf")
    done = _wait(site, "unit_a", upload_id)
    assert done["status"] == "done", done
    assert done["findings"] and {"id", "rule", "severity", "computation", "tolerance"} <= set(done["findings"][0])
    assert any(f["rule"] == "sum" and f["stated"] == "558" for f in done["findings"])
    report_id = done["report"]["id"]
    # the other unit: 404 for the API document and the report page, as for one that does not exist
    assert site["client"].get(f"/api/documents/{upload_id}", headers=_bearer(site, "unit_b")).status_code == 404
    client = site["client"]
    assert _login(client, "unit_b") == 303
    assert client.get(f"/reports/{report_id}").status_code == 404
    assert client.get("/reports/999999").status_code == 404
    assert client.get(f"/reports/{report_id}/pages/1.png").status_code == 404
    assert REPORT not in client.get("/reports").text
    # its own unit sees the page, the findings and the highlighted page image
    assert _login(client, "unit_a") == 303
    page = client.get(f"/reports/{report_id}")
    assert page.status_code == 200 and "558" in page.text and "<mark>" in page.text
    assert 'class="hl"' in page.text
    image = client.get(f"/reports/{report_id}/pages/1.png")
    assert image.status_code == 200 and image.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_files_fail_alone_with_their_reason(site: dict, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-report.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"garbage " * 50)
    good = tmp_path / "bc.txt"  # the unit's own report, as TXT
    good.write_text((CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    ids = _upload(site, "unit_a", bad, empty, broken, good)
    results = [_wait(site, "unit_a", i) for i in ids]
    assert [r["status"] for r in results] == ["failed", "failed", "failed", "done"]
    assert "not a PDF, a DOCX or a UTF-8 text" in results[0]["error"]
    assert "empty" in results[1]["error"]
    assert results[2]["error"]
    assert site["client"].get("/healthz").status_code == 200  # the app keeps serving


def test_a_private_check_is_not_filed_and_can_be_deleted(site: dict, tmp_path: Path) -> None:
    draft = tmp_path / "du-thao.txt"
    draft.write_text((CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (upload_id,) = _upload(site, "unit_a", draft, private=True)
    done = _wait(site, "unit_a", upload_id)
    assert done["status"] == "done" and done["report"] is None and done["findings"]
    client = site["client"]
    assert _login(client, "staff") == 303
    assert "du-thao.txt" not in client.get("/reports").text  # not filed: nobody else sees it
    assert client.get(f"/uploads/{upload_id}").status_code == 404
    assert _login(client, "unit_a") == 303
    assert client.get(f"/uploads/{upload_id}").status_code == 200
    answer = client.post(f"/uploads/{upload_id}/delete", data={"csrf": _csrf(client)}, follow_redirects=False)
    assert answer.status_code == 303
    assert client.get(f"/uploads/{upload_id}").status_code == 404
    assert site["client"].get(f"/api/documents/{upload_id}", headers=_bearer(site, "unit_a")).status_code == 404


def test_an_auditor_records_a_decision_that_the_cli_sees(site: dict) -> None:
    client = site["client"]
    (upload_id,) = _upload(site, "unit_a", CORPUS / f"{REPORT}.docx")
    done = _wait(site, "unit_a", upload_id)
    finding = next(f for f in done["findings"] if f["rule"] == "sum" and f["stated"] == "558")
    assert _login(client, "unit_a") == 303
    refused = client.post(f"/findings/{finding['id']}/review", data={"status": "confirmed", "csrf": _csrf(client)})
    assert refused.status_code == 403  # a unit does not decide on findings
    assert _login(client, "auditor") == 303
    csrf = _csrf(client)
    no_token = client.post(f"/findings/{finding['id']}/review", data={"status": "confirmed"})
    assert no_token.status_code == 403  # CSRF
    answer = client.post(
        f"/findings/{finding['id']}/review",
        data={"status": "confirmed", "note": "đã báo đơn vị", "csrf": csrf},
        headers={"HX-Request": "true", "X-CSRF-Token": csrf},
    )
    assert answer.status_code == 200 and "confirmed" in answer.text and "đã báo đơn vị" in answer.text
    listed = CliRunner().invoke(main, ["check", "--db", site["db"], "--json"])
    import json

    decided = {f["id"]: f["review"] for f in json.loads(listed.stdout)}
    assert decided[finding["id"]]["status"] == "confirmed" and decided[finding["id"]]["reviewer"] == "auditor"


def test_sign_in_is_rate_limited_and_pages_need_it(site: dict) -> None:
    client = site["client"]
    client.cookies.clear()
    assert client.get("/", follow_redirects=False).status_code == 303
    codes = [_login(client, "limited", "sai-mat-khau") for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    assert _login(client, "limited") == 429  # the right password too, until the window passes
    assert _login(client, "staff") == 303  # another user from the same address is not locked out


def test_pages_carry_a_content_security_policy_and_escape_document_text(site: dict, tmp_path: Path) -> None:
    nasty = tmp_path / "xss.txt"
    nasty.write_text(
        "ĐẢNG ỦY XÃ AN HÀ\nSố 09-BC/ĐU\nAn Hà, ngày 10 tháng 01 năm 2024\n\nBÁO CÁO\n<script>alert(1)</script>\n\n"
        "Đảng bộ có 40 chi bộ, trong đó 12 chi bộ <img src=x onerror=alert(2)> hoàn thành tốt nhiệm vụ, "
        "30 chi bộ hoàn thành nhiệm vụ.\n",
        encoding="utf-8",
    )
    (upload_id,) = _upload(site, "unit_b", nasty)
    done = _wait(site, "unit_b", upload_id)
    client = site["client"]
    assert _login(client, "unit_b") == 303
    page = client.get(f"/reports/{done['report']['id']}")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert "<img src=x" not in page.text


def test_staff_see_the_batch_and_download_the_audit_report(site: dict) -> None:
    client = site["client"]
    assert _login(client, "unit_a") == 303
    assert client.get("/batch").status_code == 403
    assert _login(client, "staff") == 303
    batch = client.get("/batch?year=2023")
    assert batch.status_code == 200 and "KHỐI" in batch.text
    xlsx = client.get("/batch/report.xlsx?year=2023")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    html = client.get("/batch/report.html?year=2023")
    assert html.status_code == 200 and "558" in html.text


def test_researchers_query_export_and_browse_datasette_read_only(site: dict) -> None:
    _wait(site, "unit_a", _upload(site, "unit_a", CORPUS / f"{REPORT}.pdf")[0])  # (loaded once whatever runs first)
    client = site["client"]
    assert _login(client, "unit_a") == 303
    assert client.get("/research").status_code == 403
    assert client.get("/datasette/", follow_redirects=False).status_code == 403
    assert _login(client, "researcher") == 303
    found = client.get("/research?subject=dang_vien")
    assert found.status_code == 200 and "7.261" in found.text
    csv = client.get("/research/figures.csv?subject=dang_vien")
    assert csv.status_code == 200 and csv.content.startswith("\ufeff".encode())
    cited = client.get("/research/directives?symbol=NQ/TW")
    assert cited.status_code == 200 and "NQ/TW" in cited.text
    exported = client.get("/research/export.json")
    assert exported.status_code == 200 and "figures" in exported.json()
    assert client.get("/datasette/").status_code == 200
    for table in ("users", "api_tokens", "uploads"):  # accounts and private checks stay private
        answer = client.get(f"/datasette/web.json?sql=select+*+from+{table}")
        assert answer.status_code != 200 or "password_hash" not in answer.text, table
        assert "password_hash" not in answer.text and "token_hash" not in answer.text
    assert client.post("/datasette/-/insert", json={}).status_code in (403, 404, 405)


def test_users_cli_lists_users_and_tokens_and_a_revoked_token_is_refused(site: dict) -> None:
    db = site["db"]
    runner = CliRunner()
    listed = runner.invoke(main, ["users", "list", "--db", db])
    assert listed.exit_code == 0 and "unit_a\tunit\t" + UNIT_A in listed.stdout
    token = runner.invoke(main, ["users", "token", "staff", "--db", db]).stdout.strip()
    assert token.startswith("bc_")
    ok = site["client"].get("/api/documents/1", headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code in (200, 404)  # accepted: the document may or may not exist
    rows = runner.invoke(main, ["users", "tokens", "staff", "--db", db]).stdout.splitlines()
    mine = next(r for r in rows if token[:10] in r)
    revoked = runner.invoke(main, ["users", "revoke", mine.split("\t")[0], "--db", db])
    assert revoked.exit_code == 0
    refused = site["client"].get("/api/documents/1", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "add", "x", "--role", "unit"], "needs --unit"),
        (["users", "add", "x", "--role", "staff", "--unit", "Xã A"], "--unit is for a unit's user only"),
        (["users", "add", "unit_a", "--role", "staff"], "already exists"),
    ],
)
def test_users_add_refuses_what_would_not_work(site: dict, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, [*args, "--password-stdin", "--db", site["db"]], input=PASSWORD + "\n")
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_users_add_refuses_a_short_password(tmp_path: Path) -> None:
    args = ["users", "add", "a", "--role", "staff", "--password-stdin", "--db", str(tmp_path / "u.db")]
    result = CliRunner().invoke(main, args, input="ngan\n")
    assert result.exit_code == 1 and "at least 8 characters" in result.output


def test_users_commands_refuse_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["users", "list", "--db", str(tmp_path / "khong-co.db")])
    assert result.exit_code == 1 and "no database" in result.output
    assert not (tmp_path / "khong-co.db").exists()


def test_the_app_works_on_each_database(db_url: str, tmp_path: Path) -> None:
    """The same app on SQLite and on PostgreSQL (a shared deployment): an upload is read,
    stored and checked, its findings come back, and another unit gets 404."""
    from extractor.web.app import Settings, create_app

    tokens = {"a": _user(db_url, "a", "unit", UNIT_A), "b": _user(db_url, "b", "unit", UNIT_B)}
    app = create_app(Settings(db=db_url, data_dir=tmp_path / "data", workers=1))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        here = {"client": client, "tokens": tokens}
        (upload_id,) = _upload(here, "a", CORPUS / f"{REPORT}.txt")
        done = _wait(here, "a", upload_id)
        assert done["status"] == "done" and any(f["stated"] == "558" for f in done["findings"])
        assert client.get(f"/api/documents/{upload_id}", headers=_bearer(here, "b")).status_code == 404


def test_regression_typed_sql_cannot_read_password_or_token_hashes(site: dict) -> None:
    """Datasette (researchers) and `baocao sql` share one guard: the accounts and the uploads
    (a unit's private checks) are never read by a typed query."""
    for table in ("users", "api_tokens", "uploads"):
        result = CliRunner().invoke(main, ["sql", "--db", site["db"], f"SELECT * FROM {table}"])
        assert result.exit_code != 0 and "hash" not in result.stdout, table


def test_regression_a_forged_header_is_not_filed_and_reveals_nothing(site: dict, tmp_path: Path) -> None:
    """A unit uploads a file whose header copies another unit's report (or the report itself):
    it is not filed (a unit files only reports its header names it as issuer), so it neither
    joins that report nor makes it visible; an exact copy neither."""
    (first,) = _upload(site, "unit_a", CORPUS / f"{REPORT}.pdf")
    report_id = _wait(site, "unit_a", first)["report"]["id"]
    header = "\n".join((CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8").splitlines()[:12])
    forged = tmp_path / "gia-mao.txt"
    forged.write_text(
        header + "\n\nĐảng bộ có 10 chi bộ, trong đó 4 chi bộ hoàn thành tốt nhiệm vụ.\n", encoding="utf-8"
    )
    copy = tmp_path / "ban-sao.pdf"
    shutil.copy(CORPUS / f"{REPORT}.pdf", copy)
    for path in (forged, copy):
        (upload_id,) = _upload(site, "unit_b", path)
        done = _wait(site, "unit_b", upload_id)
        assert done["status"] == "failed" and "not your unit" in done["error"], done
    client = site["client"]
    assert _login(client, "unit_b") == 303
    assert client.get(f"/reports/{report_id}").status_code == 404
    assert client.get(f"/reports/{report_id}/pages/1.png").status_code == 404


def test_regression_a_unit_of_the_same_name_under_another_body_sees_nothing_of_it(site: dict) -> None:
    """Every province has an "Đảng ủy Khối các cơ quan …": a unit given with the body above it
    sees that body's unit only; given without it, the name matches under one body only."""
    (upload_id,) = _upload(site, "unit_a", CORPUS / f"{REPORT}.pdf")
    report_id = _wait(site, "unit_a", upload_id)["report"]["id"]
    client = site["client"]
    assert _login(client, "kg_khoi") == 303
    assert client.get(f"/reports/{report_id}").status_code == 200
    assert _login(client, "other_khoi") == 303
    assert client.get(f"/reports/{report_id}").status_code == 404


def test_regression_sign_in_attempts_sent_at_once_are_all_counted() -> None:
    """Attempts are counted when they start (40 wrong passwords sent at once got 40 checks);
    a right password takes its attempt back."""
    import threading

    from extractor.web.security import LoginLimiter

    limiter = LoginLimiter(per_name=5, per_address=20)
    started: list[float | None] = []
    threads = [threading.Thread(target=lambda: started.append(limiter.begin("1.2.3.4", "an"))) for _ in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(s is not None for s in started) == 5
    other = LoginLimiter(per_name=5, per_address=20)
    for _ in range(30):  # an office: many people signing in rightly from one address
        at = other.begin("1.2.3.4", "ba")
        assert at is not None
        other.succeeded("1.2.3.4", "ba", at)
    assert other.begin("1.2.3.4", "chi") is not None


def test_regression_signing_out_ends_a_copied_session(site: dict) -> None:
    """A cookie kept from before signing out no longer signs in (sessions are signed cookies:
    signing out moves the user's session epoch on)."""
    client = site["client"]
    assert _login(client, "staff") == 303
    kept = dict(client.cookies)
    assert client.post("/logout", data={"csrf": _csrf(client)}, follow_redirects=False).status_code == 303
    client.cookies.clear()
    client.cookies.update(kept)
    assert client.get("/", follow_redirects=False).status_code == 303  # back to the sign-in page


def test_regression_a_request_body_over_its_limit_is_refused_before_it_is_read(site: dict) -> None:
    client = site["client"]
    client.cookies.clear()
    big = b"x" * (2 << 20)
    answer = client.post("/login", content=big, headers={"content-type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(3):
            yield b"x" * (1 << 20)

    streamed = client.post("/login", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert streamed.status_code == 413


def test_regression_a_dying_reader_fails_only_its_own_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """When a worker dies, every file then in the pool breaks with it: each is read again
    alone, so only the file that kills its reader fails; the broken pool is replaced once."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from extractor.read.limits import DEFAULT_LIMITS
    from extractor.store.engine import make_engine
    from extractor.store.workers import Job, WorkResult
    from extractor.web import jobs

    class Broken:
        def __init__(self) -> None:
            self.shut = 0

        def submit(self, *_args: object) -> Future:
            done: Future = Future()
            done.set_exception(BrokenProcessPool("a worker died"))
            return done

        def shutdown(self, **_kw: object) -> None:
            self.shut += 1

    alone: list[str] = []

    def read_alone(job: Job) -> WorkResult:
        alone.append(job.path)
        return WorkResult(job.path, job.sha256)

    processor = jobs.Processor(make_engine(f"sqlite:///{tmp_path / 'p.db'}"), 2, DEFAULT_LIMITS)
    processor.pool.shutdown()
    monkeypatch.setattr(jobs, "worker_pool", lambda *_a: "new pool")
    monkeypatch.setattr(jobs, "read_alone", read_alone)
    broken = Broken()
    processor.pool = broken  # type: ignore[assignment]
    good = processor._read(Job("good.txt", "a" * 64))
    assert good.error is None and alone == ["good.txt"]
    assert processor.pool == "new pool" and broken.shut == 1
    processor.pool = "new pool"  # type: ignore[assignment]


def test_regression_a_huge_page_renders_scaled_down(tmp_path: Path) -> None:
    """A page of 14,400 × 14,400 pt (the PDF maximum) renders within MAX_PIXELS, not 3 GB."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image

    from extractor.web.pages import MAX_PIXELS, page_png

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(14400, 14400)
    path = tmp_path / "huge.pdf"
    pdf.save(str(path))
    pdf.close()
    cache = tmp_path / "cache" / "1.png"
    image = Image.open(io.BytesIO(page_png(path, 1, cache)))
    assert image.width * image.height <= MAX_PIXELS * 1.01 and cache.is_file()
    assert page_png(path, 1, cache) == cache.read_bytes()  # the second time from the cache


def test_one_user_has_a_bounded_number_of_files_waiting(site: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.web import views

    monkeypatch.setattr(views, "MAX_WAITING_PER_USER", 0)
    (upload_id,) = _upload(site, "unit_a", CORPUS / f"{REPORT}.txt")
    done = _wait(site, "unit_a", upload_id)
    assert done["status"] == "failed" and "files waiting to be read" in done["error"]


def test_regression_a_copied_cookie_opens_no_datasette_after_signing_out(site: dict) -> None:
    client = site["client"]
    assert _login(client, "researcher") == 303
    kept = dict(client.cookies)
    assert client.get("/datasette/").status_code == 200
    client.post("/logout", data={"csrf": _csrf(client)})
    client.cookies.clear()
    client.cookies.update(kept)
    assert client.get("/datasette/", follow_redirects=False).status_code == 303


def test_regression_a_unit_named_under_several_bodies_must_name_its_body(tmp_path: Path) -> None:
    """Once "Đảng ủy Khối …" stands under two provinces, an account naming it without its
    province files no report of that name (an exact copy of another province's report
    included), and sees none; naming the province, it files and sees its own."""
    from extractor.web.app import Settings, create_app

    db = str(tmp_path / "w.db")
    tokens = {
        "bare": _user(db, "bare", "unit", UNIT_A),
        "kg": _user(db, "kg", "unit", "ĐẢNG BỘ TỈNH KIÊN GIANG / " + UNIT_A),
        "staff": _user(db, "staff", "staff"),
    }
    text = (CORPUS / f"{REPORT}.txt").read_text(encoding="utf-8")
    other = tmp_path / "an-giang.txt"
    other.write_text(text.replace("ĐẢNG BỘ TỈNH KIÊN GIANG", "ĐẢNG BỘ TỈNH AN GIANG", 1).replace("161-BC", "88-BC", 1))
    app = create_app(Settings(db=db, data_dir=tmp_path / "data", workers=1, datasette=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        here = {"client": client, "tokens": tokens}
        (first,) = _upload(here, "staff", other)
        assert _wait(here, "staff", first)["status"] == "done"
        (mine,) = _upload(here, "kg", CORPUS / f"{REPORT}.pdf")
        report = _wait(here, "kg", mine)
        assert report["status"] == "done", report
        (copy,) = _upload(here, "bare", CORPUS / f"{REPORT}.pdf")
        refused = _wait(here, "bare", copy)
        assert refused["status"] == "failed" and "several bodies" in refused["error"]
        assert _login(client, "bare") == 303
        assert client.get(f"/reports/{report['report']['id']}").status_code == 404


def test_uploads_are_read_in_turn_by_owner() -> None:
    """One person's twenty files do not hold another's one: owners are served round-robin,
    each owner's files in the order they came."""
    from extractor.web.jobs import FairQueue

    q = FairQueue()
    for n in range(1, 5):
        q.put(1, n)  # files 1–4 of the first person
    q.put(2, 10)  # then one file of another
    q.put(1, 5)
    assert [q.get() for _ in range(6)] == [1, 10, 2, 3, 4, 5]
    q.stop(1)
    assert q.get() is None


def test_a_docx_reports_findings_are_shown_on_its_pdfs_pages(tmp_path: Path) -> None:
    """The DOCX speaks for the report (its findings), and the unit also sent its PDF: the
    report's page shows the PDF's pages with the findings' figures boxed, found in the PDF at
    the same place as in the DOCX."""
    from extractor.web.app import Settings, create_app

    db = str(tmp_path / "w.db")
    tokens = {"a": _user(db, "a", "unit", UNIT_A)}
    app = create_app(Settings(db=db, data_dir=tmp_path / "data", workers=1, datasette=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        here = {"client": client, "tokens": tokens}
        ids = _upload(here, "a", CORPUS / f"{REPORT}.docx", CORPUS / f"{REPORT}.pdf")
        done = [_wait(here, "a", i) for i in ids]
        assert {d["report"]["id"] for d in done} == {done[0]["report"]["id"]}  # one report
        assert _login(client, "a") == 303
        page = client.get(f"/reports/{done[0]['report']['id']}")
        assert page.status_code == 200 and f"{REPORT}.pdf" in page.text and 'class="hl"' in page.text
        image = re.search(r'<img src="(/reports/\d+/pages/\d+\.png\?doc=\d+)"', page.text)
        assert image and client.get(image.group(1)).status_code == 200


def test_the_page_image_cache_is_pruned_oldest_first(tmp_path: Path) -> None:
    import os

    from extractor.web.pages import prune_cache

    folder = tmp_path / "pages" / "abc"
    folder.mkdir(parents=True)
    for n in range(4):
        p = folder / f"{n}.png"
        p.write_bytes(b"x" * 400_000)
        os.utime(p, (1_600_000_000 + n, 1_600_000_000 + n))
    assert prune_cache(tmp_path / "pages", megabytes=1.0) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["2.png", "3.png"]
