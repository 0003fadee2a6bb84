from bordermap.geo.events.categories import load_categories
from bordermap.layers.facets import event_facet, facet_choices, search_text
from tests import mapfixtures as fx


def test_facet_holds_category_status_actors_tags_and_source_names():
    row = fx.event(
        category="pushback",
        status="alleged",
        actors="Border guards; migrants",
        claimed_by="NGO X",
        denied_by="Ministry Y",
        tags="night;fence; night",
        source_name="A News | B Daily",
        source_url="https://a.example/1 | https://b.example/2",
        source_date="2026-01-01 | 2026-01-02",
    )
    facet = event_facet(row)
    assert facet == {
        "category": "pushback",
        "status": "alleged",
        "actor": ["Border guards", "Ministry Y", "NGO X", "migrants"],
        "tag": ["fence", "night"],
        "source": ["A News", "B Daily"],
    }


def test_search_text_covers_title_places_and_actors_in_one_case():
    row = fx.event(
        title="Fence Cut", place="near Krāslava", resolved_name="Krāslava", actors="NGO X"
    )
    text = search_text(row)
    assert "fence cut" in text and "krāslava" in text and "ngo x" in text


def test_choices_count_events_and_keep_the_vocabulary_order():
    cats = load_categories()
    facets = [
        {"category": "pushback", "status": "alleged", "actor": ["A"], "tag": [], "source": ["S"]},
        {
            "category": "crossing_attempt",
            "status": "confirmed",
            "actor": ["A", "B"],
            "tag": ["t"],
            "source": ["S"],
        },
    ]
    choices = facet_choices(facets, [0, 1, 1], categories=cats)
    assert [c["value"] for c in choices["category"]] == ["crossing_attempt", "pushback"]
    assert [c["count"] for c in choices["category"]] == [2, 1]
    assert choices["category"][0]["colour"] == cats["crossing_attempt"].colour
    assert [c["value"] for c in choices["status"]] == ["confirmed", "alleged"]
    assert choices["actor"] == [
        {"value": "A", "label": "A", "count": 3},
        {"value": "B", "label": "B", "count": 2},
    ]
    assert choices["source"] == [{"value": "S", "label": "S", "count": 3}]
