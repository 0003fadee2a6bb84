"""`bordermap extract` writes a draft that `bordermap validate` accepts, and a review page."""

from bordermap.geo.events import check_events
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
