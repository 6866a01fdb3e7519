"""Open a page in Debian's headless Chromium with the network cut, for tests and benchmarks.

Uses playwright-python with ``executable_path=/usr/bin/chromium`` (never a browser
downloaded by ``playwright install``).  Every request that is not the page's own
file is aborted and counted; dialogs, page errors and Content-Security-Policy
violations are recorded, so a test can assert that the page stayed offline and that
no injected text ran.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Runs before the page's own scripts (through the DevTools protocol, so CSP does not apply).
_WATCH = """
window.__kgWatch = {csp: [], xss: 0};
document.addEventListener('securitypolicyviolation', function (e) {
  window.__kgWatch.csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def unavailable_reason() -> str | None:
    """Why the browser tests cannot run here, or None if they can."""
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; never `playwright install`)"
    return None


@dataclass
class PageSession:
    """A page opened offline, with what it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def network_attempts(self) -> list[str]:
        """URLs the page asked for other than its own file."""
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:"))]

    def csp_violations(self) -> list[str]:
        return list(self.page.evaluate("window.__kgWatch ? window.__kgWatch.csp : []"))

    def wait_drawn(self, timeout_ms: int = 30_000) -> None:
        self.page.wait_for_selector("body[data-drawn='1']", state="attached", timeout=timeout_ms)


@contextmanager
def browser(**launch: Any) -> Iterator[Any]:
    """Launch headless Chromium (closed on exit)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **launch)
        try:
            yield b
        finally:
            b.close()


@contextmanager
def offline_page(
    html: str | Path, *, browser_: Any | None = None, viewport: tuple[int, int] = (1400, 850),
    fragment: str = "",
) -> Iterator[PageSession]:
    """Open ``html`` (a file) with every non-file request aborted and recorded.

    Args:
        html: path of the page.
        browser_: a browser from :func:`browser` to reuse; one is launched if None.
        viewport: window size in CSS pixels.
        fragment: appended to the page's URL (``"#node=..."``).
    """
    if browser_ is None:
        with browser() as b, offline_page(html, browser_=b, viewport=viewport, fragment=fragment) as s:
            yield s
        return
    context = browser_.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                   service_workers="block")
    try:
        page = context.new_page()
        session = PageSession(page)

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                session.blocked.append(url)
                r.abort()

        context.route("**/*", route)
        page.add_init_script(_WATCH)
        page.on("request", lambda req: session.requests.append(req.url))
        page.on("requestfailed", lambda req: session.failed.append(req.url))
        page.on("pageerror", lambda exc: session.errors.append(str(exc)))

        def dialog(d: Any) -> None:
            session.dialogs.append(f"{d.type}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(Path(html).resolve().as_uri() + fragment)
        yield session
    finally:
        context.close()
