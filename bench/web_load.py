"""A bounded load test of the web app on loopback: 5 people upload 20 reports at once (4 each,
in one request each) while 3 people browse; then checks that nothing failed and nothing was
lost, and compares page views during the load with page views on the idle app.

    .venv/bin/python bench/web_load.py [--corpus ../shared/corpus] [--workers 2] [--browse-seconds 60]

Every request goes to 127.0.0.1; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import re
import statistics
import threading
import time
from pathlib import Path

import httpx
from webserver import PASSWORD, Server, copy_with_new_bytes, wait_done, web_server

UNITS = 5
PER_UNIT = 4
BROWSERS = 3
PAGES = ("/", "/reports", "/reports/{report}", "image")  # "image": the first page image the report page shows
IMAGE = re.compile(r'<img src="(/reports/\d+/pages/\d+\.png\?doc=\d+)"')
MAX_BROWSE_REQUESTS = 2000  # per browser: the loop is bounded in count as well as in time


def _login(client: httpx.Client, base: str, name: str) -> None:
    page = client.get(f"{base}/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf, "no CSRF token on the login page"
    answer = client.post(f"{base}/login", data={"name": name, "password": PASSWORD, "csrf": csrf.group(1)})
    assert answer.status_code in (200, 303) and 'form class="who"' in client.get(f"{base}/").text


def browse(server: Server, name: str, report: int, until: float, times: list[float], errors: list[str]) -> None:
    with httpx.Client(timeout=60, follow_redirects=True) as client:
        _login(client, server.base, name)
        image = None
        for i in range(MAX_BROWSE_REQUESTS):
            if time.monotonic() >= until:
                break
            path = PAGES[i % len(PAGES)].format(report=report)
            if path == "image":
                if image is None:
                    continue  # the report's primary rendition is no PDF (a DOCX came): no page image
                path = image
            start = time.perf_counter()
            answer = client.get(f"{server.base}{path}")
            times.append(time.perf_counter() - start)
            if answer.status_code != 200:
                errors.append(f"{path}: {answer.status_code}")
            elif path.startswith("/reports/") and path.count("/") == 2:
                found = IMAGE.search(answer.text)
                image = found.group(1) if found else None


def upload(server: Server, unit: str, files: list[Path], ids: list[int], errors: list[str]) -> None:
    with httpx.Client(timeout=300) as client:
        sent = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in files]
        answer = client.post(f"{server.base}/api/uploads", files=sent, headers=server.bearer(unit))
        if answer.status_code != 202:
            errors.append(f"upload by {unit}: {answer.status_code} {answer.text[:200]}")
            return
        ids.extend(d["id"] for d in answer.json()["documents"])


def percentiles(times: list[float]) -> str:
    if not times:
        return "no request"
    q = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
    return (
        f"{len(times):5} views  p50 {1000 * q[49]:6.0f} ms  p95 {1000 * q[94]:6.0f} ms  max {1000 * max(times):6.0f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--idle-seconds", type=float, default=15)
    ap.add_argument("--browse-seconds", type=float, default=120)
    args = ap.parse_args()
    sources = sorted(p for p in args.corpus.glob("00[0-4]-*") if p.suffix in (".pdf", ".docx", ".txt"))
    sources = [p for p in sources if not p.name.endswith("-scan.pdf")]
    # uploaders with the staff role: a unit files only its own reports, and these are the sample reports
    users: dict[str, tuple[str, str | None]] = {f"unit{i}": ("staff", None) for i in range(UNITS)}
    users.update({f"reader{i}": ("auditor", None) for i in range(BROWSERS)})
    preload = [args.corpus / "003-bao-cao-so-ket-kien-giang.pdf"]
    with web_server(users, args.workers, preload) as server:
        report = 1
        idle: list[float] = []
        errors: list[str] = []
        browse(server, "reader0", report, time.monotonic() + args.idle_seconds, idle, errors)

        files = [copy_with_new_bytes(sources[n % len(sources)], server.folder, n) for n in range(UNITS * PER_UNIT)]
        ids: list[int] = []
        busy: list[float] = []
        until = time.monotonic() + args.browse_seconds
        threads = [
            threading.Thread(target=browse, args=(server, f"reader{i}", report, until, busy, errors))
            for i in range(BROWSERS)
        ]
        start = time.perf_counter()
        threads += [
            threading.Thread(
                target=upload, args=(server, f"unit{u}", files[u * PER_UNIT : (u + 1) * PER_UNIT], ids, errors)
            )
            for u in range(UNITS)
        ]
        for t in threads:
            t.start()
        with httpx.Client(timeout=120) as client:
            for t in threads[BROWSERS:]:
                t.join()
            results = []
            for upload_id in sorted(ids):
                owner = next(f"unit{u}" for u in range(UNITS) if _owns(client, server, f"unit{u}", upload_id))
                results.append(wait_done(client, server, owner, upload_id))
        all_done = time.perf_counter() - start
        for t in threads[:BROWSERS]:
            t.join()
        import sqlite3

        with sqlite3.connect(server.db) as conn:
            stored = {row[0] for row in conn.execute("SELECT sha256 FROM documents")}
        import hashlib

        lost = [f.name for f in files if hashlib.sha256(f.read_bytes()).hexdigest() not in stored]
        failed = [r for r in results if r["status"] != "done"]
        print(
            f"{UNITS} people × {PER_UNIT} reports uploaded at once, {BROWSERS} people browsing; {args.workers} workers"
        )
        print(
            f"uploads accepted: {len(ids)} of {len(files)}; done: {len(results) - len(failed)}; failed: {len(failed)}"
        )
        print(f"all 20 read, stored and checked in {all_done:.1f} s; lost: {len(lost)} {lost[:3]}")
        print(f"request errors: {len(errors)} {errors[:5]}")
        print(f"page views, idle app:    {percentiles(idle)}")
        print(f"page views, during load: {percentiles(busy)}")


def _owns(client: httpx.Client, server: Server, unit: str, upload_id: int) -> bool:
    return client.get(f"{server.base}/api/documents/{upload_id}", headers=server.bearer(unit)).status_code == 200


if __name__ == "__main__":
    main()
