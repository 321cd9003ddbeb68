"""axe-core, run in the page: the script (from node_modules) and the call that lists violations."""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# All of axe's rules that are not experimental: WCAG 2.0, 2.1 and 2.2 A and AA, and best practices.
RUN_AXE = """() => axe.run(document, {resultTypes: ["violations"]}).then(result => result.violations.map(
    violation => `${violation.id} (${violation.impact}): ${violation.help} at `
        + violation.nodes.map(node => node.target.join(" ")).join(", ")))"""
