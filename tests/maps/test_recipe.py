from pathlib import Path

import pytest

from bordermap.geo.errors import RecipeError
from bordermap.maps.recipe import load_recipe

RECIPES = Path(__file__).resolve().parents[2] / "maps"


def write(tmp_path, text, name="r.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_recipes_load_and_name_existing_event_files():
    for name in ("latvia-belarus.toml", "eu-belarus-border.toml"):
        recipe = load_recipe(RECIPES / name)
        assert recipe.title
        assert recipe.events and all(p.is_file() for p in recipe.events)
        assert recipe.output_name == name.replace(".toml", ".html")
    lv = load_recipe(RECIPES / "latvia-belarus.toml")
    assert lv.borders.pairs == ("BY-LV",)
    assert lv.regions.codes == ("BY-VI",)
    eu = load_recipe(RECIPES / "eu-belarus-border.toml")
    assert eu.borders.pairs == ("BY-LT", "BY-LV", "BY-PL")


def test_events_paths_are_taken_from_the_recipe_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    path = write(tmp_path / "sub", 'title = "T"\nevents = ["../e.csv"]\n')
    assert load_recipe(path).events == ((tmp_path / "e.csv").resolve(),)


def test_unknown_key_is_named_with_the_valid_ones(tmp_path):
    path = write(tmp_path, 'title = "T"\n[layers.borders]\npairs = ["BY-LV"]\nzone_km = [5]\n')
    with pytest.raises(
        RecipeError,
        match=r"r\.toml: layers\.borders\.zone_km: unknown key; "
        r"valid keys of \[layers\.borders\] are enabled, pairs, zones_km",
    ):
        load_recipe(path)


def test_unknown_top_level_key(tmp_path):
    path = write(tmp_path, 'title = "T"\ntitel = "x"\n')
    with pytest.raises(RecipeError, match=r"titel: unknown key; valid keys are title, "):
        load_recipe(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('description = "no title"\n', r"title: a map needs a title"),
        ('title = "T"\n[region]\nbbox = [30, 50, 20, 60]\n', r"region\.bbox: must be \[west"),
        ('title = "T"\n[region]\ncountries = ["Latvia"]\n', r"region\.countries: each entry"),
        (
            'title = "T"\n[layers.borders]\npairs = ["LV-BY"]\n',
            r"write the pair sorted, as 'BY-LV'",
        ),
        ('title = "T"\n[layers.borders]\nzones_km = [-5]\n', r"zones_km: must be a list of pos"),
        ('title = "T"\n[layers.events]\ncolour_by = "size"\n', r"colour_by: must be 'category'"),
        ('title = "T"\n[layers.events]\ncluster = "yes"\n', r"cluster: must be true or false"),
        ('title = "T"\noutput = "../x.html"\n', r"output: must be a plain file name"),
        ('title = "T"\n[layers]\nborders = 3\n', r"layers\.borders: must be a table"),
        ('title = "T"\n[basemap]\ntiles = "No.SuchProvider"\n', r"basemap\.tiles: unknown tile"),
        ("title = \n", r"not valid TOML"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path, text, message):
    with pytest.raises(RecipeError, match=message):
        load_recipe(write(tmp_path, text))


def test_missing_recipe(tmp_path):
    with pytest.raises(RecipeError, match=r"nope\.toml: recipe not found"):
        load_recipe(tmp_path / "nope.toml")


def test_reading_settings_and_categories(tmp_path):
    path = write(
        tmp_path,
        'title = "T"\nevents = ["e.xlsx"]\ndate_order = "dmy"\ndelimiter = ";"\n'
        '[columns]\n"What happened" = "title"\n[defaults]\nstatus = "confirmed"\n'
        '[categories]\nmode = "extend"\n[categories.drone_incursion]\nlabel = "Drone"\n'
        'colour = "#332288"\ndescription = "A drone crossed."\n',
    )
    reading = load_recipe(path).reading
    assert reading.date_order == "DMY" and reading.delimiter == ";"
    assert dict(reading.columns) == {"What happened": "title"}
    assert dict(reading.defaults) == {"status": "confirmed"}
    assert "drone_incursion" in reading.categories and "other" in reading.categories


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[columns]\nWhere = "plase"\n', "did you mean 'place'"),
        ('[defaults]\ntitle = "x"\n', "no default can be set for 'title'"),
        ('date_order = "DDMM"\n', "date order must be one of DMY, MDY, YMD"),
        ('[categories]\nmode = "swap"\n', "mode: must be 'extend' or 'replace'"),
        ('[categories.x]\nlabel = "X"\ncolour = "#12345"\ndescription = "d"\n', "colour"),
        (
            '[categories.Bad-Key]\nlabel = "X"\ncolour = "#123456"\ndescription = "d"\n',
            "lower_snake_case",
        ),
    ],
)
def test_bad_reading_settings_are_refused(tmp_path, text, message):
    path = write(tmp_path, 'title = "T"\n' + text)
    with pytest.raises(RecipeError, match=message):
        load_recipe(path)
