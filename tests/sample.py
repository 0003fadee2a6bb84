"""Constants for tests that write small event files."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED_EVENTS = sorted((REPO / "data" / "events").glob("*.yaml"))

HEADER = "id,date,title,category,status,place,country,lat,lon,source_name,source_url,source_date"
