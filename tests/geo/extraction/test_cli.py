"""`bordermap extract` writes a draft that `bordermap validate` accepts, and a review page."""

from bordermap.geo.events.loading import check_events
from bordermap.maps.cli import main

TEXT = """URL: https://example.org/report
Published: 2026-01-17
Publisher: Example News

Guards detain migrants

Latvian border guards detained 12 migrants near Krāslava on Tuesday, the State Border Guard said.
Belarus denied the accusations. <script>alert(1)</script> {{ 6*7 }}.
"""


def test_draft_validates_and_review_escapes_text(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    draft, review = tmp_path / "draft.yaml", tmp_path / "review.html"
    assert main(["extract", str(report), "-o", str(draft), "--review", str(review)]) == 0
    rows, problems = check_events([str(draft)])
    assert problems == []
    first = rows[0]
    assert (first["date"], first["status"], first["place"]) == (
        "2026-01-13",
        "alleged",
        "near Krāslava",
    )
    assert first["source_url"] == "https://example.org/report"
    assert "12 migrants" in first["counts"]
    page = review.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert "{{ 6*7 }}" in page
    assert f'href="#{first["id"]}"' in page


def test_command_line_metadata_wins(tmp_path):
    report = tmp_path / "r.md"
    report.write_text(
        "# T\n\nGuards detained 3 migrants near Krāslava on Monday.\n", encoding="utf-8"
    )
    draft = tmp_path / "d.yaml"
    args = [
        "extract",
        str(report),
        "-o",
        str(draft),
        "--published",
        "2026-01-17",
        "--publisher",
        "P",
    ]
    assert main(args) == 0
    rows, problems = check_events([str(draft)])
    assert problems == [] and rows[0]["date"] == "2026-01-12" and rows[0]["source_name"] == "P"


PAGE = """<!DOCTYPE html><html><head><title>Page title</title>
<meta property="og:site_name" content="Example Site">
<meta property="og:url" content="https://example.org/page">
<meta property="article:published_time" content="2026-01-17T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World news today</a></nav>
<article><h1>Guards detain migrants</h1>
<p>Latvian border guards detained 12 migrants near Kr&#257;slava on Tuesday,
the State Border Guard said.</p>
<div class="share-buttons">Share on Facebook</div></article>
<aside class="more-news"><p>Another story near Daugavpils on Monday was different.</p></aside>
<footer>&copy; 2026 Example Site. All rights reserved.</footer></body></html>
"""


def test_saved_html_page_metadata_and_no_furniture(tmp_path):
    report = tmp_path / "page.html"
    report.write_text(PAGE, encoding="utf-8")
    draft = tmp_path / "d.yaml"
    assert main(["extract", str(report), "-o", str(draft)]) == 0
    rows, problems = check_events([str(draft)])
    assert problems == []
    assert [(r["place"], r["date"], r["source_name"], r["source_url"]) for r in rows] == [
        ("near Krāslava", "2026-01-13", "Example Site", "https://example.org/page")
    ]


def test_draft_may_not_overwrite_a_report(tmp_path, capsys):
    report = tmp_path / "r.yaml.txt"
    report.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "r.yaml"
    report.rename(target)
    assert main(["extract", str(target), "-o", str(target)]) != 0
    assert target.read_text(encoding="utf-8") == TEXT


def test_one_reports_metadata_is_refused_for_several(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT, encoding="utf-8")
    args = [
        "extract",
        str(first),
        str(second),
        "-o",
        str(tmp_path / "d.yaml"),
        "--url",
        "https://x.org",
    ]
    assert main(args) == 2
    assert "describe one report" in capsys.readouterr().err


def test_a_report_with_no_event_writes_nothing(tmp_path, capsys):
    report = tmp_path / "r.txt"
    report.write_text("Published: 2026-01-17\n\nT\n\nThe minister spoke about the economy.\n")
    draft = tmp_path / "d.yaml"
    assert main(["extract", str(report), "-o", str(draft)]) == 2
    assert not draft.exists()
    assert "no event drafted" in capsys.readouterr().err
