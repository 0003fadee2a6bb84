import pytest

from bordermap.layers.popups import place_text, popup_html, safe_url, sources, status_text
from tests.mapfixtures import XSS_TITLE, event


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/no-scheme", False),
        ("ftp://example.org/file", False),
        ("https://", False),
        ("http://[bad", False),
    ],
)
def test_only_http_links_are_kept(url, kept):
    assert (safe_url(url) is not None) is kept


def test_sources_are_split_and_aligned_and_bad_links_dropped():
    row = event(
        source_name="Bad Link | Good Link | No Link",
        source_url="javascript:alert(1) | https://example.net/b | ",
        source_date="2026-03-02 | 2026-03-03 | 2026-03-04",
    )
    assert sources(row) == [
        ("Bad Link", None, "2026-03-02"),
        ("Good Link", "https://example.net/b", "2026-03-03"),
        ("No Link", None, "2026-03-04"),
    ]


def test_popup_escapes_every_value_and_links_only_http():
    row = event(
        title=XSS_TITLE,
        description='<script>alert("d")</script>',
        actors="<u>A</u>;B",
        source_name="<i>Pub</i> | Good",
        source_url='javascript:alert(1) | https://example.net/"onmouseover=x',
        source_date="2026-01-02 | 2026-01-03",
    )
    html = popup_html(row, category_label="Crossing <attempt>")
    assert "<img" not in html and "<script" not in html and "<u>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Crossing &lt;attempt&gt;" in html
    assert "javascript:" not in html
    assert 'href="https://example.net/&quot;onmouseover=x"' in html
    assert "&lt;i&gt;Pub&lt;/i&gt;, 2026-01-02" in html


def test_popup_says_when_in_words_and_when_reported():
    row = event(
        date_start="2026-01-01",
        date_end="2026-01-14",
        date_precision="range",
        reported="2026-01-17",
    )
    assert "between 1 and 14 January 2026 (reported 17 January 2026)" in popup_html(
        row, category_label="x"
    )
    assert "(reported 2022)" in popup_html(event(reported="2022"), category_label="x")
    undated = event(date_start="", date_end="", date_precision="unknown")
    assert "date not disclosed" in popup_html(undated, category_label="x")


def test_status_names_who_claims_and_who_denies():
    row = event(status="disputed", claimed_by="EU officials;Latvia", denied_by="Belarus")
    assert status_text(row) == "Disputed: claimed by EU officials, Latvia; denied by Belarus"
    assert status_text(event(status="confirmed")) == "Confirmed"


def test_place_shows_written_and_resolved_forms_with_distance():
    row = event(
        place="Dvinsk",
        resolved_name="Daugavpils",
        admin1="Daugavpils",
        country_code="LV",
        precision="settlement",
        border="BY-LV",
        border_km=24.04,
    )
    assert place_text(row) == (
        "“Dvinsk” → Daugavpils; Daugavpils, LV; settlement (point); 24.0 km from the BY-LV border"
    )
    on_border = event(
        place="the border", precision="border", border="BY-LV", border_km=0.0, country_code=""
    )
    assert place_text(on_border).endswith("; on the BY-LV border")
    on_a_side = event(
        place="the border",
        resolved_name="Belarus–Latvia border",
        precision="border",
        border="BY-LV",
        border_km=0.0,
        country_code="LV",
        admin1="",
    )
    assert place_text(on_a_side) == (
        "“the border” → Belarus–Latvia border; somewhere on a border (line); "
        "on the LV side of the BY-LV border"
    )
    region = event(place="Vitebsk region", precision="region", border="BY-RU", border_km=0.0)
    assert place_text(region).endswith("; the area reaches the BY-RU border")


def test_a_district_drawn_at_its_seat_says_how_wide_and_whose_distance():
    row = event(
        place="Kathua district",
        resolved_name="Kathua",
        admin1="Jammu and Kashmir",
        country_code="IN",
        precision="district",
        uncertainty_km=47.0,
        border="IN-PK",
        border_km=18.77,
    )
    assert place_text(row) == (
        "“Kathua district” → Kathua; Jammu and Kashmir, IN; district (a circle of about its "
        "size at its seat, or its outline); drawn 47 km around its seat; its seat 18.8 km "
        "from the IN-PK border"
    )


def test_a_region_the_outlines_lack_says_how_wide_and_around_what():
    row = event(
        place="Garissa County",
        resolved_name="Garissa",
        admin1="",
        country_code="KE",
        precision="region",
        uncertainty_km=150.0,
        border="KE-SO",
        border_km=60.0,
    )
    text = place_text(row)
    assert "drawn 150 km around the middle of its towns" in text
    assert text.endswith("; the middle of its towns 60.0 km from the KE-SO border")


def test_place_says_when_the_answer_stands_for_an_unknown_place():
    row = event(
        place="the village of Fooberg in Vitebsk Oblast",
        resolved_name="Vitebsk",
        admin1="Vitebsk",
        country_code="BY",
        precision="region",
        coarsened="yes",
    )
    assert "coarser than the text: the place itself is not in the data" in place_text(row)
    row["coarsened"] = ""
    assert "coarser" not in place_text(row)


def test_notes_tags_and_fields_bordermap_does_not_know_are_under_more():
    row = {
        **event(notes="Seen from the watchtower", tags="drone;night"),
        "casualties": "<b>3</b>",
        "unit": "19th brigade",
        "empty_extra": "",
    }
    html_text = popup_html(row, category_label="Other")
    more = html_text[html_text.index('<details class="bm-more">') :]
    assert "<dt>notes</dt><dd>Seen from the watchtower</dd>" in more
    assert "<dt>tags</dt><dd>drone;night</dd>" in more
    assert "<dt>casualties</dt><dd>&lt;b&gt;3&lt;/b&gt;</dd>" in more
    assert "<dt>unit</dt><dd>19th brigade</dd>" in more
    assert "empty_extra" not in more
    # bordermap's own and computed columns are not repeated there.
    assert "<dt>title</dt>" not in more and "<dt>source_line</dt>" not in more


def test_an_event_with_nothing_more_has_no_more_section():
    assert "bm-more" not in popup_html(event(notes="", tags=""), category_label="Other")
