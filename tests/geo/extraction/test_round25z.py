"""Classes of report writing that recur across the seen folders (session 25, round
25z: a gold event drafted from its own sentence with another place), each checked on
sentences written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_village_set_off_by_the_unit_it_lies_in_is_the_place():
    # "had entered X, in the Y region,": the unit the gazetteer knows only locates the
    # village it does not; the village is where the act happened.
    for body, place in (
        ("Malian soldiers entered Tomboliya, in the Kayes region, on Tuesday and raised "
         "their flag about 2 km inside Senegal, the army said.", "Tomboliya"),
        ("Gunmen from across the border raided Dakwelé, in the Kankan region, overnight, "
         "Guinean police said.", "Dakwelé"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].place == place, (body, [e.place for e in events])


def test_a_village_in_a_prefecture_or_commune_is_the_village():
    # "the village of X, in Y prefecture": a prefecture or a commune is a unit below the
    # province, which the gazetteer reads as the province above; the village as written
    # says more.
    for body, place in (
        ("Togo's army said on Monday that gunmen killed four farmers in the village of "
         "Kpankpalé, in Kpendjal prefecture, on Saturday night.", "Kpankpalé"),
        ("Border police found a drone carrying cigarettes near the village of Zorlenești "
         "in Lunca Cetățuii commune on Tuesday evening, police said.", "Zorlenești"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].place.endswith(place), (body, [e.place for e in events])
        assert events[0].place_precision == "settlement"
