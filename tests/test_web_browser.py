"""The web app in a real browser (Selenium driving Debian's Chromium, headless), as a unit
and an auditor use it: sign in, upload the 003 PDF by the form, see its findings and the
highlighted page, confirm a finding in place, and another unit not seeing the report.

With ``BAOCAO_SCREENSHOTS=DIR`` the pages are saved as PNG there (the README's screenshots).
Skipped when Chromium or its driver is missing, except in CI, where it must run."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extractor.cli import main

from .conftest import CORPUS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
REPORT = "003-bao-cao-so-ket-kien-giang"
PASSWORD = "mat-khau-dai-1"

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Debian's chromium and chromium-driver (scripts/setup.sh installs them)")
    pytest.skip("Chromium or chromedriver not installed", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _user(db: str, name: str, role: str, unit: str | None = None) -> None:
    args = ["users", "add", name, "--role", role, "--password-stdin", "--db", db, *(["--unit", unit] if unit else [])]
    result = CliRunner().invoke(main, args, input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from extractor.web.app import Settings, create_app

    root = tmp_path_factory.mktemp("browser")
    db = str(root / "web.db")
    _user(db, "don-vi-khoi", "unit", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH")
    _user(db, "don-vi-xa", "unit", "ĐẢNG ỦY XÃ AN HÀ")
    _user(db, "kiem-tra", "auditor")
    port = _free_port()
    app = create_app(Settings(db=db, data_dir=root / "data"))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.1)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: object, name: str) -> None:
    folder = os.environ.get("BAOCAO_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]


def _sign_in(driver: Any, base: str, name: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/login")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    WebDriverWait(driver, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, "form.who")))


def test_a_unit_uploads_a_report_an_auditor_confirms_and_another_unit_cannot_see_it(server: str, browser: Any) -> None:
    driver = browser
    _sign_in(driver, server, "don-vi-khoi")
    _shot(driver, "1-upload")
    driver.find_element(By.ID, "files").send_keys(str((CORPUS / f"{REPORT}.pdf").resolve()))
    driver.find_element(By.CSS_SELECTOR, "form#upload button[type=submit]").click()
    link = WebDriverWait(driver, 120).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "#uploads a[href^='/reports/']"))
    )  # the status table refreshes itself until the upload is done
    _shot(driver, "2-uploaded")
    report_url = link.get_attribute("href")
    link.click()
    WebDriverWait(driver, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, "article.finding")))
    findings = driver.find_elements(By.CSS_SELECTOR, "article.finding")
    assert any("558" in f.text for f in findings)
    highlights = driver.find_elements(By.CSS_SELECTOR, ".sheet rect.hl")
    assert highlights, "no figure is highlighted on the page image"
    assert driver.execute_script(
        "return Array.from(document.querySelectorAll('.sheet img')).every(i => i.complete && i.naturalWidth > 0)"
    )
    _shot(driver, "3-report")
    assert not driver.find_elements(By.CSS_SELECTOR, "form.decide")  # a unit does not decide

    _sign_in(driver, server, "kiem-tra")
    driver.get(report_url)
    target = next(f for f in driver.find_elements(By.CSS_SELECTOR, "article.finding") if "558" in f.text)
    fid = target.get_attribute("id").removeprefix("f-")
    Select(target.find_element(By.NAME, "status")).select_by_value("confirmed")
    target.find_element(By.NAME, "note").send_keys("Đã báo đơn vị sửa")
    target.find_element(By.CSS_SELECTOR, "form.decide button").click()
    shown = (By.CSS_SELECTOR, f"#review-{fid} .decision")
    WebDriverWait(driver, 20).until(ec.text_to_be_present_in_element(shown, "Đã báo đơn vị sửa"))
    assert "confirmed" in driver.find_element(*shown).text
    _shot(driver, "4-confirmed")

    _sign_in(driver, server, "don-vi-xa")
    driver.get(report_url)
    assert "404" in driver.find_element(By.TAG_NAME, "h1").text
    driver.get(f"{server}/reports")
    assert REPORT not in driver.page_source
