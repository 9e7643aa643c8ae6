#!/usr/bin/env python3
"""Loads claimcheck's HTML report in headless Chromium and checks the DOM.

Runs `claimcheck check` on the default rules and corpus twice (JSON, the
truth; HTML, the page), has Chromium render the page and dump its DOM after
the script ran, and checks that:
  - every finding of the JSON renders, with its claim, and none is hidden;
  - every finding lists as many mentions (instances that take no side) as
    the JSON gives it;
  - every cited sentence is shown in context (no "Context not shown" note);
  - the filter form is shown (the script ran) and counts every finding;
  - a kind filter and a severity filter (preset through the query string,
    through the same code a click runs) hide exactly what they should;
  - every in-page link points at an element of the page.
Then the same first checks on golden/issue-19-encodings (a windows-1252 and
a UTF-16 article), where each sentence marked in an article's text must be
the quote of one of its instances or mentions. It saves screenshots for the
developer: target/browser/report.png and target/browser/encodings.png.

Standard library only. Usage (from the repository root, after a build):
  python3 tests/browser/check_report.py [--bin target/debug/claimcheck]
Exits 1 on a failed check, 2 when Chromium or the binary cannot run.
"""

import argparse
import html.parser
import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
# A guard against a hung browser, not a timing assertion.
HANG_SECONDS = 120


class Dom(html.parser.HTMLParser):
    """The parts of a dumped DOM the checks read."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings = {}  # id -> {kind, severity, hidden, claim, mentions}
        self.ids = set()
        self.notes = []  # texts of `p.note`
        self.marked = []  # texts of `mark.inst` and `mark.mention` in article texts
        self.links = []
        self.form_hidden = None
        self.shown = ""
        self._finding = None
        self._claim = None
        self._shown = False
        self._in_mentions = False
        self._note = None
        self._mark = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if "id" in attrs:
            self.ids.add(attrs["id"])
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.links.append(href[1:])
        if tag == "form" and attrs.get("id") == "filters":
            self.form_hidden = "hidden" in attrs
        if tag == "p" and attrs.get("id") == "shown":
            self._shown = True
        if tag == "article" and "finding" in classes:
            self._finding = attrs.get("id")
            self.findings[self._finding] = {
                "kind": attrs.get("data-kind"),
                "severity": attrs.get("data-severity"),
                "hidden": "hidden" in attrs,
                "claim": "",
                "mentions": 0,
            }
        if tag == "h2" and "claim" in classes and self._finding:
            self._claim = self._finding
        if tag == "section" and "mentions" in classes:
            self._in_mentions = True
        if tag == "li" and self._in_mentions and self._finding:
            self.findings[self._finding]["mentions"] += 1
        if tag == "p" and "note" in classes:
            self._note = ""
        if tag == "mark" and ({"inst", "mention"} & set(classes)):
            self._mark = ""

    def handle_endtag(self, tag):
        if tag == "h2":
            self._claim = None
        if tag == "article":
            self._finding = None
        if tag == "section":
            self._in_mentions = False
        if tag == "p":
            self._shown = False
            if self._note is not None:
                self.notes.append(self._note)
                self._note = None
        if tag == "mark" and self._mark is not None:
            self.marked.append(self._mark)
            self._mark = None

    def handle_data(self, data):
        if self._note is not None:
            self._note += data
        if self._mark is not None:
            self._mark += data
        if self._claim:
            self.findings[self._claim]["claim"] += data
        if self._shown:
            self.shown += data


def run(command, what):
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=HANG_SECONDS, cwd=ROOT
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        sys.exit(f"check_report: {what}: {err}")
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
        print(f"check_report: {what} exited {done.returncode}", file=sys.stderr)
        sys.exit(2)
    return done.stdout


def chromium_command(chromium, *flags):
    # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu",
            "--hide-scrollbars", *flags]


def dump_dom(chromium, url):
    dom = Dom()
    dom.feed(run(chromium_command(chromium, "--dump-dom", url), f"chromium --dump-dom {url}"))
    return dom


class Checks:
    """Collects failed checks, so one run reports all of them."""

    def __init__(self):
        self.failures = []

    def check(self, ok, message):
        if not ok:
            self.failures.append(message)


def check_default_view(checks, dom, findings):
    for finding in findings:
        rendered = dom.findings.get(finding["id"])
        checks.check(rendered is not None, f"{finding['id']} ({finding['kind']}) is not on the page")
        if rendered is None:
            continue
        checks.check(not rendered["hidden"], f"{finding['id']} is hidden with no filter")
        checks.check(rendered["kind"] == finding["kind"], f"{finding['id']}: kind {rendered['kind']}")
        checks.check(
            " ".join(rendered["claim"].split()) == " ".join(finding["claim"].split()),
            f"{finding['id']}: claim {rendered['claim']!r}, expected {finding['claim']!r}",
        )
        n_mentions = len(finding.get("mentions", []))
        checks.check(
            rendered["mentions"] == n_mentions,
            f"{finding['id']}: {rendered['mentions']} mention(s) listed, expected {n_mentions}",
        )
    checks.check(not dom.notes, f"notes on the page (context not shown?): {dom.notes[:3]}")
    extra = set(dom.findings) - {finding["id"] for finding in findings}
    checks.check(not extra, f"findings on the page that the JSON does not have: {sorted(extra)}")
    checks.check(dom.form_hidden is False, "the filter form is still hidden: the script did not run")
    expected = f"Showing {len(findings)} of {len(findings)} findings"
    checks.check(dom.shown.strip() == expected, f"counter says {dom.shown!r}, expected {expected!r}")
    dangling = sorted(set(dom.links) - dom.ids)
    checks.check(not dangling, f"links to missing anchors: {dangling[:5]}")


def check_filter(checks, dom, findings, name, keep):
    """After `?name=keep`, exactly the findings whose `name` is in `keep` show."""
    field = "kind" if name == "kind" else "severity"
    wanted = {f["id"] for f in findings if f[field] in keep}
    checks.check(wanted and len(wanted) < len(findings), f"filter {name}={keep} is not a real test")
    for finding in findings:
        rendered = dom.findings.get(finding["id"])
        if rendered is None:
            checks.check(False, f"{name} filter: {finding['id']} is not on the page")
            continue
        visible = not rendered["hidden"]
        checks.check(
            visible == (finding["id"] in wanted),
            f"{name}={','.join(keep)}: {finding['id']} ({finding[field]}) is "
            f"{'shown' if visible else 'hidden'}",
        )
    expected = f"Showing {len(wanted)} of {len(findings)} findings"
    checks.check(dom.shown.strip() == expected, f"counter says {dom.shown!r}, expected {expected!r}")


def render(check, page, whole=False):
    """The JSON findings (the whole report when `whole`) and the HTML page
    of `check`, the page written to `page`."""
    report = json.loads(run([*check, "--format", "json"], "claimcheck --format json"))
    page.write_text(run([*check, "--format", "html"], "claimcheck --format html"), encoding="utf-8")
    return (report if whole else report["findings"]), page


def screenshot(checks, chromium, url, shot):
    run(chromium_command(chromium, f"--screenshot={shot}", "--window-size=1280,1800", url),
        "chromium --screenshot")
    checks.check(shot.exists() and shot.stat().st_size > 0, f"no screenshot at {shot}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="target/debug/claimcheck")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", default="target/browser")
    args = parser.parse_args()
    if not pathlib.Path(args.chromium).exists():
        sys.exit(f"check_report: no Chromium at {args.chromium} (apt-get install chromium)")
    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    check = [str(ROOT / args.bin), "check", "--rules", "rules", "--corpus", "corpus"]
    findings, page = render(check, out / "report.html")
    url = page.as_uri()

    checks = Checks()
    check_default_view(checks, dump_dom(args.chromium, url), findings)
    check_filter(checks, dump_dom(args.chromium, url + "?kind=contradiction,figure-conflict"),
                 findings, "kind", ["contradiction", "figure-conflict"])
    check_filter(checks, dump_dom(args.chromium, url + "?severity=high,low"),
                 findings, "severity", ["high", "low"])

    screenshot(checks, args.chromium, url, out / "report.png")

    case = "golden/issue-19-encodings"
    encoded = [str(ROOT / args.bin), "check", "--rules", f"{case}/rules", "--corpus", f"{case}/corpus"]
    report, page = render(encoded, out / "encodings.html", whole=True)
    dom = dump_dom(args.chromium, page.as_uri())
    check_default_view(checks, dom, report["findings"])
    quotes = {instance["quote"] for instance in report["instances"]}
    checks.check(dom.marked, f"{case}: no sentence is marked in the article texts")
    for text in dom.marked:
        checks.check(text in quotes, f"{case}: the article text marks {text!r}, no instance's quote")
    screenshot(checks, args.chromium, page.as_uri(), out / "encodings.png")

    if checks.failures:
        print(f"check_report: {len(checks.failures)} check(s) failed (pages in {out}):",
              file=sys.stderr)
        for failure in checks.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print(f"check_report: {len(findings)} findings rendered and filtered in Chromium, "
          f"{len(report['findings'])} on {case}; screenshots in {args.out}/ "
          f"(report.png, encodings.png)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
