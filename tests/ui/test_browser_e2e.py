"""End-to-end: the real app in Debian's Chromium, driven by Playwright (marker `browser`).

Needs the apt packages `chromium` and `chromium-driver` (the test uses
/usr/bin/chromium; it never runs `playwright install`) and a built or buildable
index. Screenshots go to eval/reports/ (git-ignored); with
LEGALQA_UPDATE_SCREENSHOT=1 the chat screenshot is also copied to
docs/screenshot.png for the README.

    .venv/bin/python -m pytest -m browser tests/ui/test_browser_e2e.py

It runs only when selected with `-m browser` (it starts the real app, which may
build the index), so `pytest tests/ui` stays fast.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
REPORTS = ROOT / "eval" / "reports"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
]
QUESTION = "What does Article 83 of the SPP Rules say?"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> is this safe?'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(900),
]


@pytest.fixture(autouse=True, scope="module")
def _chromium_installed() -> None:
    # A missing browser is a broken install (make test installs it), never a skip.
    assert CHROMIUM.exists(), "needs Debian's chromium: apt-get install chromium chromium-driver"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"the app did not become healthy at {url}")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run app.py` on a free loopback port; stopped after the module."""
    port = free_port()
    log = tmp_path_factory.mktemp("e2e") / "streamlit.log"
    env = {**os.environ, "LEGALQA_FEEDBACK": str(log.parent / "feedback.jsonl")}
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def send(page: Page, text: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    box.press("Enter")


def test_question_citation_card_xss_and_screenshots(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1250})
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(app_url)
    # the first load builds or loads the index: wait for the enabled chat input (or an error)
    ready = page.locator("[data-testid=stChatInputTextArea]:not([disabled])")
    failed = page.locator("[data-testid=stAlertContentError]")
    ready.or_(failed).first.wait_for(timeout=600_000)
    assert not failed.count(), f"the app reported an error: {failed.first.inner_text()}"

    send(page, QUESTION)
    card = page.get_by_test_id("stExpander").filter(has_text="SPP Rules (1999) Art. 83").first
    card.wait_for(timeout=120_000)
    card.locator("summary").click()
    article = card.locator(".legalqa-article")
    article.wait_for(timeout=10_000)
    assert "period of detention" in article.inner_text()
    assert article.locator("mark").count() >= 1
    page.wait_for_timeout(500)
    REPORTS.mkdir(parents=True, exist_ok=True)
    shot = REPORTS / "e2e-chat.png"
    page.screenshot(path=str(shot), full_page=True)
    if os.environ.get("LEGALQA_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")

    send(page, XSS)
    bubble = page.get_by_test_id("stChatMessage").filter(has_text="onerror=").first
    bubble.wait_for(timeout=60_000)
    assert '<img src=x onerror="window.__xss=1">' in bubble.inner_text()
    messages = page.get_by_test_id("stChatMessage")
    messages.nth(3).wait_for(timeout=120_000)  # the assistant's reply to the payload
    assert page.locator("[data-testid=stChatMessage] img[src='x']").count() == 0
    assert page.locator("[data-testid=stChatMessage] script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    page.screenshot(path=str(REPORTS / "e2e-xss.png"), full_page=True)
    page.close()


def test_deep_link_opens_article_with_cross_reference(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 1400}, is_mobile=True)
    page.goto(f"{app_url}?law=spp-rules&article=39")
    article = page.locator(".legalqa-article").first
    article.wait_for(timeout=120_000)
    assert "articles?law=spp-rules" in page.url and "article=39" in page.url
    link = article.locator("a[href='articles?law=spp-rules&article=37']")
    assert link.count() == 1 and link.inner_text() == "37"
    page.screenshot(path=str(REPORTS / "e2e-article-mobile.png"), full_page=True)
    page.close()


@pytest.fixture(autouse=True, scope="module")
def _fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app's Evaluation page reads a small report written to tmp, not the latest one.

    Autouse fixtures run first within their scope, so `app_url` starts the app with it.
    """
    from tests.ui.fixtures.eval_report import write_small_report

    folder = write_small_report(tmp_path_factory.mktemp("eval-report"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LEGALQA_REPORT_DIR", str(folder))
        yield folder


def test_evaluation_page_metric_plot_and_escaping(app_url: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(f"{app_url}evaluation")
    box = page.get_by_test_id("stVerticalBlock").filter(has_text="Recall@5").last
    metric = box.get_by_test_id("stMetric").filter(has_text="test").first
    metric.wait_for(timeout=120_000)
    assert metric.get_by_test_id("stMetricValue").inner_text().strip() == "0.667"
    plot = page.locator("[data-testid=stImage] img").first
    plot.wait_for(timeout=30_000)
    plot.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 100", arg=plot.element_handle()
    )
    assert page.locator("[data-testid=stImage] img").count() == 4  # three plots, ablation chart
    failure = page.get_by_test_id("stExpander").filter(has_text="lookup-2").first
    failure.locator("summary").click()
    failure.get_by_text('onerror="window.__xss=1"').first.wait_for(timeout=10_000)
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.screenshot(path=str(REPORTS / "e2e-evaluation.png"), full_page=True)
    page.close()
