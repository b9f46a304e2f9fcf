"""Browser tests: Playwright drives Debian's headless Chromium (scripts/ensure-chromium.sh).

Screenshots are kept under artifacts/e2e/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are ordinary synchronous calls, so Django's async guard does not apply to them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("Chromium is missing: run `make chromium` (Debian's chromium package).")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"  # axe-core, MPL-2.0 (vendor/)
AXE_FAILS_ON = {"serious", "critical"}
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""


def axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now. Injected through the
    DevTools protocol, so the page's Content Security Policy does not block it."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    return [v for v in page.evaluate(AXE_RUN) if v["impact"] in AXE_FAILS_ON]


class AxeWatch:
    """Runs axe on every page a test reaches (page.goto, wait_for_url, reload, and the last page)
    and collects Content Security Policy violations from the console."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        self.checked: set[str] = set()
        page.on("console", self._console)
        for name in ("goto", "wait_for_url", "reload"):
            setattr(page, name, self._after(getattr(page, name)))

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.problems.append(f"CSP on {self.page.url}: {message.text}")

    def _after(self, method):
        def wrapped(*args, **kwargs):
            result = method(*args, **kwargs)
            self.check()
            return result
        return wrapped

    def check(self) -> None:
        self.page.wait_for_load_state("load")
        url = self.page.url
        for v in axe_violations(self.page):
            problem = f"axe {v['impact']} on {url}: {v['id']}: {v['help']} at {v['nodes']}"
            if problem not in self.problems:
                self.problems.append(problem)
        self.checked.add(url)


PHONE = {"width": 390, "height": 844}  # the phones staff post from on trips
DESKTOP = {"width": 1200, "height": 900}


@pytest.fixture
def open_page(browser, live_server, request):
    """Opens browser pages at a viewport; each is screenshotted, checked by axe once more and
    closed at the end, and the test fails on any problem axe or the CSP reported."""
    opened = []

    def open_at(viewport: dict = DESKTOP):
        context = browser.new_context(viewport=viewport, locale="en-GB",
                                      timezone_id="Europe/London")
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.base = live_server.url
        page.axe = AxeWatch(page)
        opened.append(page)
        return page

    yield open_at
    problems = []
    for n, page in enumerate(opened):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        suffix = f"-{n}" if n else ""
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}{suffix}-last.png"),
                        full_page=True)
        if not page.is_closed() and page.url.startswith("http"):
            page.axe.check()
        page.context.close()
        problems += page.axe.problems
    if problems:
        pytest.fail("Accessibility or Content Security Policy problems:\n" + "\n".join(problems),
                    pytrace=False)


@pytest.fixture
def page(open_page):
    return open_page(DESKTOP)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page, username: str, password: str = "pw-for-tests-only") -> None:
    """Signs in; for someone who must use two-factor sign-in, an authenticator app is set up
    for them beforehand and a fresh recovery code typed on the code page."""
    code = two_factor_code(username)
    page.goto(page.base + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if code:
        page.wait_for_url("**/accounts/two-factor/code/**")
        page.get_by_label("Code").fill(code)
        page.get_by_role("button", name="Continue").click()
    page.wait_for_url(page.base + "/")


def two_factor_code(username: str) -> str | None:
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from schoolsocial.accounts.models import User
    from tests.clients import needs_two_factor

    user = User.objects.get(username=username)
    if not needs_two_factor(user):
        return None
    TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "Test app"})
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    code = f"e2e-{device.token_set.count()}-{user.pk}"
    device.token_set.create(token=code)
    return code


def sign_out(page) -> None:
    open_menu(page)
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/")


def open_menu(page) -> None:
    """Opens the header's menu where it is a button (a phone); on a wide screen it is a bar."""
    menu = page.locator("header details.menu")
    summary = menu.locator("summary")
    if menu.count() and summary.is_visible() and menu.get_attribute("open") is None:
        summary.click()
