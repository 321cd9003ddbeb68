"""Screenshots of every page type at phone and desktop width, for looking at the site without running it.

Usage: .venv/bin/python scripts/screenshots.py [BASE_URL] [OUT_DIR]
(default http://127.0.0.1:8000 and ./screenshots; the folder is not committed). Needs a running
site with the demo content (`make run`) and Debian's chromium at /usr/bin/chromium.
"""

import pathlib
import sys

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from scripts.site_pages import PAGES  # noqa: E402

WIDTHS = {"telefoon": (375, 812), "desktop": (1280, 900)}
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main():
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
            page = context.new_page()
            for name, (path, _status) in PAGES.items():
                if only and name not in only:
                    continue
                page.goto(base + path, wait_until="networkidle")
                target = out / f"{name}-{width_name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
