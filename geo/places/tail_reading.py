"""Reading a place by its head when the words after it describe rather than restrict.

Reports follow a place with a description: "la région de Tillabéri, près de la
frontière du Burkina Faso", "el municipio de Necoclí, en el norte de Colombia",
"Sinuiju on the North Korean side of the river", "département de Téra, situé dans la
région de Tillabéri dans l'ouest du Niger".  When the whole text finds nothing,
:class:`TailReading` resolves its head (:func:`bordermap.geo.places.phrases.head_and_tails`)
and keeps it only when the tail agrees: the tail resolves to a place that holds the
head, a border beside it or its country; or the tail is a description the gazetteer
cannot resolve and something else bounds the head (the event's country, or no name
in the tail at all).  A tail that resolves elsewhere refuses the head: the tail
never pulls the answer away, and never lets a wrong head through.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.borders.extents import border_extent
from bordermap.geo.places.border_near_town import BORDER_TOWN_KM, BorderNearTown
from bordermap.geo.places.inflection import languages_of
from bordermap.geo.places.merged_provinces import provinces_carved_from
from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import (
    PlaceExpression,
    head_and_tails,
    parse_place,
    without_descriptors,
)
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import (
    BESIDE_KM,
    KM_PER_DEGREE,
    POINT_ANSWERS,
    Scope,
    km_between,
)
from bordermap.geo.places.slashed_names import slashed_alternatives
from bordermap.geo.places.text_runs import CROSSING_NOUN
from bordermap.geo.places.words import load_border_features

__all__ = ["TAIL_NEAR_KM", "TailReading"]

#: A head lies "by" a point or a border tail when it is at most this far from it.
TAIL_NEAR_KM = BESIDE_KM
#: Words after a unit that say it lies near a border ("close to the Somali border"), not
#: that the place is the border ("along the LAC").
#: A tail saying the head lies near a town ("near Belgorod", "bei Kehl", "под Белгородом").
_NEAR_WORD = re.compile(
    r"^(?:near|close\s+to|not\s+far\s+from|outside|bei|près\s+de|под|під)\s", re.I
)
#: Russian and Ukrainian "под"/"під" + a town: loosely anywhere in the town's oblast
#: ("Теткино под Курском" lies 150 km from Kursk, in Kursk Oblast).
_UNDER_A_TOWN = re.compile(r"^(?:под|під)\s", re.I)
#: "towards", "mot", "mod": a tail that names where the head leads to.
_TOWARD = re.compile(r"^(?:towards?|mot|mod|към|кон)\s", re.I)
#: A crossing word in a head ("checkpoint", Bulgarian "ГКПП").
_CROSSING_WORD = re.compile(rf"{CROSSING_NOUN.pattern}|\bгкпп\b", re.IGNORECASE)
_CLOSE_TO = re.compile(r"^(?:close\s+to|near|not\s+far\s+from|next\s+to|bordering)\s", re.I)
#: "à", "in", "at", "en", "em": a tail that says where in the head the event was.
_AT_PLACE = re.compile(r"^(?:à|a|au|in|at|en|em|na|no)\s", re.I)
#: "at Wutung", "près de Kamako", "cerca de Agua Caliente": a spot named after a word
#: for "at" or "near", its name written with a capital.
_AT_SPOT = re.compile(
    r"^(?:at|near|à|au|près\s+de|en|cerca\s+de|em|perto\s+de|bei|nahe)\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _names_a_spot(tail_text: str) -> bool:
    """Whether a tail is "at" or "near" a proper name (a capital first), not "at night"
    or "near the river"."""
    spot = _AT_SPOT.match(tail_text.strip())
    return spot is not None and spot["name"][:1].isupper()


# Degrees of slack when an area holds a head (generalised outlines cut off border
# villages) and when a border "touches" an area head.
_AREA_SLACK_DEG = 0.05
#: Swahili "in the north(-east) of X" ("kaskazini mashariki mwa Kenya").
_SWAHILI_COMPASS_OF = re.compile(
    r"^(?:kaskazini|kusini|mashariki|magharibi)(?:\s+\w+)?\s+mwa\s+(?P<where>\S.*)$", re.I
)
# A capitalised word: the tail names something.
_NAMED = re.compile(r"\b[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][\w'’-]+")


#: Forms of a tail that may hold a unit: an area or a town, not "near Y" or a border.
_HOLDING_KINDS = ("district", "region", "settlement", "name", "restricted")

#: An article that opens a sentence is capitalised whatever follows ("El paso ...").
_OPENING_ARTICLE = re.compile(
    r"^(?:el|la|le|les|los|las|lo|il|the|der|die|das|o|a|os|as)\s+", re.IGNORECASE
)


def _named_line(result: PlaceResult) -> bool:
    """Whether a border answer is a named line, lake or river of the border features
    ("China–India border (Pangong Tso)"), not a country's border as a whole."""
    if result.status != "resolved" or result.precision != "border" or not result.name:
        return False
    label = result.name.partition(" (")[2].rstrip(")")
    return bool(label) and normalise(label) in load_border_features()


def _a_circle(area: PlaceResult) -> bool:
    """Whether an area answer has no outline: a point drawn with a radius."""
    return area.geometry is not None and area.geometry.geom_type == "Point"


def _no_capital(text: str) -> bool:
    """Whether a text of a cased script has no capitalised word but an opening article."""
    cased = any(c.isupper() or c.islower() for c in text)
    words = _OPENING_ARTICLE.sub("", text).split()
    return cased and not any(word[:1].isupper() for word in words)


#: Spanish and Portuguese "known as", opening a tail that only names the head's spot.
_KNOWN_AS = re.compile(
    r"\s*(?:conocid[oa]s?|conhecid[oa]s?)\s+(?:(?:con|por)\s+el\s+nombre\s+de|"
    r"pelo\s+nome\s+de|como)\s+",
    re.IGNORECASE,
)


def first_word_of_a_longer_name(key: str) -> str | None:
    """The first word of a name key of several words ("boulogne" of "boulogne sur mer"),
    or None for a key of one word."""
    first, _, rest = key.partition(" ")
    return first if rest else None


class TailReading(BorderNearTown):
    """A head with a descriptive tail (mixed into the resolver)."""

    #: How many tails deep the reading goes ("X, situé dans Y dans Z").
    max_tail_depth = 2

    def by_head(self, text: str, scope: Scope, kinds=None) -> PlaceResult | None:
        """The head of ``text`` when its tail agrees, else None.

        Parameters
        ----------
        text : str
            The whole place text, which found nothing.
        scope : Scope
            Where the head may lie.
        kinds : tuple of str, optional
            Gazetteer kinds the head may be (the resolver's default when None).
        """
        depth = getattr(self, "tail_depth", 0)
        if depth >= self.max_tail_depth:
            return None
        self.tail_depth = depth + 1
        try:
            for head_text, tail_text in head_and_tails(text):
                if self.parenthesis_in_a_name(text, head_text):
                    continue
                found = self.head_if_tail_agrees(head_text, tail_text, scope, kinds)
                if found is not None:
                    return found
        finally:
            self.tail_depth = depth
        return None

    def parenthesis_in_a_name(self, text: str, head_text: str) -> bool:
        """Whether the cut after ``head_text`` falls before a parenthesis that belongs to
        a name ("Frankfurt (Oder)"): the head would be another place (Frankfurt am Main).
        """
        rest = text[text.find(head_text) + len(head_text) :] if head_text in text else ""
        inside = re.match(r"\s*\(([^)]{1,30})\)", rest)
        if not inside:
            return False
        words = head_text.split()
        for size in (1, 2, 3):
            if len(words) < size:
                break
            name = f"{' '.join(words[-size:])} ({inside.group(1).strip()})"
            if self.gaz.lookup_key(normalise(name), kinds=("settlement", "crossing")):
                self.log(f"{name!r} is a name: not cut at its parenthesis")
                return True
        return False

    def by_core(self, text: str, scope: Scope, kinds=None) -> PlaceResult | None:
        """``text`` resolved as written, else without the adjectives before its name.

        "the mile-wide Yalu River" is the Yalu River: adjectives describe, they do not
        move a place.  None when neither finds anything.
        """
        for form in dict.fromkeys(t for t in (text, without_descriptors(text)) if t):
            expr = parse_place(form)
            found = self.resolve(expr, scope, kinds) if kinds else self.resolve(expr, scope)
            if found.status != "unresolved":
                if form != text:
                    self.log(f"read as {form!r}: the words before it describe it")
                return found
        return None

    def head_if_tail_agrees(
        self, head_text: str, tail_text: str, scope: Scope, kinds
    ) -> PlaceResult | None:
        self.log(f"head {head_text!r}, tail {tail_text!r}")
        self.depth += 1
        try:
            head = self.by_core(head_text, scope, kinds)
            if head is None:
                toward = self.border_of_a_crossing_toward(head_text, tail_text, scope)
                if toward is not None:
                    return toward
                held = self.unit_held_by_tail(head_text, tail_text, scope)
                # "à Banibangou, près de ...": no town, but a unit of the event's
                # country bears the head's name; its region, if the tail agrees.
                # Lower-case words are no unit's name either ("el paso fronterizo ...":
                # El Paso is a Colombian municipality, in Cesar, 1,000 km off).
                named = not held and not _no_capital(head_text)
                head = self.region_of_a_unit_named(head_text, scope) if named else None
                if head is None:
                    return held
            if head.precision in POINT_ANSWERS and head.country and _no_capital(head_text):
                # "el paso fronterizo entre ...": lower-case words are no town's name
                # (El Paso, Colombia); a crossing's may be ("friendship gate").
                self.log(f"the head {head_text!r} has no capitalised word: no name")
                return None
            known_as = _KNOWN_AS.match(tail_text)
            named = tail_text[known_as.end() :] if known_as else tail_text
            tail = self.resolve(parse_place(named), scope)
            if tail.status == "unresolved":
                tail = self.by_head(named, scope) or tail
        finally:
            self.depth -= 1
        on_a_line = self.named_line_in_the_head(head, tail, named, scope)
        if on_a_line is not None:
            return on_a_line
        if (
            head.status == "ambiguous"
            and head.precision == "region"
            and tail.status == "resolved"
            and tail.precision == "region"
            and tail.admin1_code in {c.admin1_code for c in head.candidates}
        ):
            # "el municipio de San Miguel, en el departamento del Putumayo": of the
            # regions holding a unit of the name, the one the tail names holds it.
            head = self.unit_in_the_tails_region(head_text, tail, scope, kinds) or head
        if tail.status == "ambiguous" and tail.precision == "border":
            # "la frontera guatemalteca" without the event's country: one of
            # Guatemala's borders; the head's own among them is the one it lies on.
            tail = self.border_beside(head, tail) or tail
        if (
            head.status == "ambiguous"
            and head.precision in POINT_ANSWERS
            and tail.status == "resolved"
            and tail.precision == "border"
            and not any(c.isdigit() for c in tail_text)
        ):
            # "dem Dorf Mikulovice nahe der Grenze zu Polen": of the namesakes, the one
            # by the border the text puts it at (not one a distance puts away from it).
            head = self.namesake_by_the_border(head, tail) or head
        if (
            head.status == "ambiguous"
            and head.precision == "border"
            and tail.status == "resolved"
            and tail.precision in POINT_ANSWERS
        ):
            # "an der Grenze bei Kiefersfelden": of the country's borders, the one by
            # the town the tail names.
            head = self.border_by(head, tail)
        if (
            head.status == "ambiguous"
            and head.precision == "border"
            and tail.status == "resolved"
            and tail.precision in ("region", "district")
        ):
            # "la frontière de Kamako au Kasaï": of the country's borders, the one that
            # reaches the area the tail names, its stretch there (or the area, if more).
            head = self.border_stretch_in(head, tail)
            if head.status == "ambiguous" and _circle_of_the_hint(tail, self.hint_of(scope)):
                # A unit the outlines lack is drawn as a circle of about its size, which
                # may fall short of its own border: which border the data cannot say,
                # but the unit holds the stretch meant.
                note = f"{head.note}; the border in {tail.name}: answered it"
                self.log(f"coarsened: {note}")
                head = replace(tail, coarsened=True, note=note, candidates=head.candidates)
        if (
            head.status == "ambiguous"
            and head.precision == "border"
            and tail.status == "resolved"
            and tail.precision == "border"
        ):
            # "the border fence near Metula" of a Lebanese event: the town lies across
            # one of the country's borders, and the tail was read as that border.
            head = self.border_the_tail_names(head, tail)
        if (
            tail.status != "resolved"
            and tail.candidates
            and head.precision in POINT_ANSWERS
            and all(
                c.country == head.country and c.precision in ("settlement", "district")
                for c in tail.candidates
            )
            and not self.near_a_candidate(head, tail.candidates)
        ):
            # "Baranivka in Semenivka district": the tail is one of a few places of the
            # head's country, and the head lies far from all of them; the head alone
            # would be a namesake.
            self.log(f"the tail {tail_text!r} may be places that all lie far from the head")
            return None
        near_town = (
            None if known_as else self.town_the_border_is_near(head_text, head, tail, named, scope)
        )
        if near_town is not None:
            # "the border wall near Jacumba Hot Springs": the spot on the line by the town.
            return near_town
        if known_as and tail.status == "resolved" and self.agrees(head, tail):
            # "la frontera con Nicaragua conocida como Peñas Blancas": the tail is the
            # name of the spot the head only holds.
            note = f"{named!r} is the name the text gives it: {tail.name}"
            self.log(note)
            return replace(
                tail, query=self.query, note=f"{tail.note}; {note}" if tail.note else note
            )
        if tail.status == "resolved":
            region = self.region_a_tail_town_names(head, tail, tail_text)
            if region is not None:
                said = f"{region}, the region the town {tail.name} bears the name of, holds it"
            elif self.guess_outside_an_area(head, tail):
                # "in the Karakiyansky district at the Temir-Baba checkpoint": the tail
                # was only guessed from part of its name (a post near Temir), and the
                # guess lies outside the area the text puts it in; the area stands.
                said = f"the tail's guess, {tail.name}, lies outside it: only the area is said"
            elif _TOWARD.match(tail_text) and self.leads_toward(head, tail):
                said = f"it lies on the way to {tail.name}"
            elif not self.agrees(head, tail) and not (
                _CLOSE_TO.match(tail_text) and self.circle_by_its_border(head, tail)
            ):
                around = self.near_the_tail_town(head, tail, tail_text)
                if around is not None:
                    return around
                longer = self.tail_town_of_a_longer_name(head, tail)
                if longer is None:
                    self.log(
                        f"the tail {tail_text!r} is {tail.name}, which does not hold the head"
                    )
                    return None
                said = f"{longer.name}, written by the first word of its name, holds it"
            elif (
                head.precision == "country"
                and tail.precision in ("region", "district")
                and tail.country == head.country
            ):
                # "L'arrondissement de Kye-Ossi dans le département de la Vallée du Ntem,
                # région du Sud": the head came out only as its country, and the tail is
                # an area of that country holding it: the tail says more.
                note = f"{head_text!r} is only placed in {head.name}; {tail.name} holds it"
                self.log(note)
                return replace(tail, query=self.query, coarsened=True, note=note)
            elif (
                head.precision == "country"
                and tail.precision in POINT_ANSWERS
                and not tail.coarsened
                and _AT_PLACE.match(tail_text)
            ):
                # "A l'est de la Guyane à Saint-Georges de l'Oyapock": the head came out
                # only as the country (a part of it the data does not draw); "at" the
                # town of that country after it says where.
                note = f"{head_text!r} is only placed in {head.name}; at {tail.name}"
                self.log(note)
                return replace(tail, query=self.query, note=note)
            else:
                said = f"{tail.name} holds it"
        elif known_as:
            # "la frontera de Honduras y El Salvador conocido con el nombre de Amatillo":
            # the tail only names the head's spot, which the data lacks; the head holds it.
            said = "the name the tail gives it is not found; the head holds it"
            head = replace(head, coarsened=True)
        elif self.named_again(head, tail_text, scope):
            # "Bajo de Masinloc (Scarborough/Panatag Shoal)": the other names of the head.
            said = "it gives other names of the head"
        elif head.precision == "border" and _names_a_spot(tail_text):
            # "the PNG-Indonesian border at Wutung": a spot on the line the text names,
            # which the data lacks; the line holds it, coarsened.
            said = "the spot it names is not found; the border holds it"
            head = replace(head, coarsened=True)
        else:
            why = self.description_bounds(head, tail_text, scope)
            if why is None:
                self.log(f"the tail {tail_text!r} is not found, and nothing bounds the head")
                return None
            said = why
        note = f"read as {head_text!r}; the words after it describe it ({said})"
        self.log(note)
        return replace(head, query=self.query, note=f"{head.note}; {note}" if head.note else note)

    def named_again(self, head: PlaceResult, tail_text: str, scope: Scope) -> bool:
        """Whether a slash-separated tail lists other names of the head: one of its
        names (:func:`slashed_alternatives`) is found alone as the same place."""
        for name in slashed_alternatives(tail_text):
            again = self.inner_resolve(name, scope, None)
            if again.status == "resolved" and (again.name, again.precision) == (
                head.name,
                head.precision,
            ):
                self.log(f"{name!r} is another name of {head.name}")
                return True
        return False

    def named_line_in_the_head(
        self, head: PlaceResult, tail: PlaceResult, tail_text: str, scope: Scope
    ) -> PlaceResult | None:
        """The stretch in the head of a named border line, lake or river the tail puts
        the place on; None otherwise.

        "in the Ladakh region on the banks of Pangong Tso": the region says where, the
        lake on the line says the spot, finer than the region; its stretch of the
        China–India line in Ladakh is answered, which also carries the region's code.
        The tail is the feature when it reads as one, or when its words from the first
        capitalised one name one ("on the banks of Pangong Tso").  Only a head that is
        an area the line reaches; a tail saying "near" the line keeps the head.
        """
        if head.status != "resolved" or head.precision not in ("region", "district"):
            return None
        if _CLOSE_TO.match(tail_text.strip()):
            return None
        line = tail if _named_line(tail) else None
        if line is None and tail.status == "unresolved":
            capitalised = _NAMED.search(tail_text)
            if capitalised is not None and capitalised.start() > 0:
                line = self.feature(tail_text[capitalised.start() :], scope)
        if line is None or line.status != "resolved" or not _named_line(line):
            return None
        stretch = self.border_stretch_in(line, head, named_by_it=True)
        if stretch.precision != "border":
            return None
        if stretch.geometry is line.geometry:
            if not _a_circle(head):
                return None  # an outlined area the line does not reach: not this reading
            # An area the data draws as a circle (Ladakh, 167 km about the middle of its
            # towns) may fall short of its own stretch of the line: the line, as the
            # tail alone reads.
            note = f"{line.name}, which the circle drawn for {head.name} does not reach"
            self.log(note)
            return replace(line, query=self.query, note=note)
        note = f"{line.name} in {head.name}: the words after the area put it on the line"
        self.log(note)
        return replace(stretch, query=self.query, note=note)

    def border_the_tail_names(self, head: PlaceResult, tail: PlaceResult) -> PlaceResult:
        """Of an ambiguous border, the one a tail read as a border names; the head as it
        was when that border is none of its candidates."""
        pair = tuple(sorted(self.border_pair_named(tail.name or "")))
        pairs = {tuple(sorted(self.border_pair_named(c.name))) for c in head.candidates}
        if len(pair) != 2 or pair not in pairs:
            return head
        label = (head.name or "").partition(" (")[2].rstrip(")")
        self.log(f"of its borders, the one the words after it name: {pair[0]}-{pair[1]}")
        return self.border_result(pair, label)  # type: ignore[arg-type]

    def unit_in_the_tails_region(
        self, head_text: str, tail: PlaceResult, scope: Scope, kinds
    ) -> PlaceResult | None:
        """The head read again inside the region the tail names, when that finds it;
        None otherwise."""
        inside = replace(
            scope,
            countries=(tail.country,) if tail.country else scope.countries,
            admin1=tail.admin1_code,
        )
        self.depth += 1
        try:
            found = self.by_core(head_text, inside, kinds)
        finally:
            self.depth -= 1
        if found is None or found.status != "resolved" or found.admin1_code != tail.admin1_code:
            return None
        self.log(f"of the units named by {head_text!r}, the one in {tail.name}")
        return found

    def namesake_by_the_border(self, head: PlaceResult, border: PlaceResult) -> PlaceResult | None:
        """Of an ambiguous head's namesakes, the one within :data:`BORDER_TOWN_KM` of the
        border line the tail names; None when none or several lie so close.

        Czechia has three villages named Mikulovice, one of them on the Polish border;
        "nahe der Grenze zu Polen" says which.
        """
        if border.geometry is None:
            return None
        by_line = [
            c
            for c in head.candidates
            if c.lat is not None
            and c.lon is not None
            and border.geometry.distance(Point(c.lon, c.lat)) * KM_PER_DEGREE <= BORDER_TOWN_KM
        ]
        if len(by_line) != 1:
            return None
        chosen = by_line[0]
        places = [
            p
            # A crossing is a namesake too: "Mohan ... on China's border with Laos" is
            # the Boten–Mohan crossing, not the Moshiyi far inland.
            for p in self.gaz.lookup_key(normalise(chosen.name), kinds=("settlement", "crossing"))
            if (p.lat, p.lon) == (chosen.lat, chosen.lon)
        ]
        if len(places) != 1:
            return None
        self.log(f"of {len(head.candidates)} namesakes, {chosen.name} lies by {border.name}")
        return self.from_place(places[0])

    def unit_held_by_tail(
        self, head_text: str, tail_text: str, scope: Scope
    ) -> PlaceResult | None:
        """A named unit the data lacks, in the unit or town its tail names.

        "el sector de El Alcaraván, en el municipio de Arauquita", "en el corregimiento
        de el Palmarito en Cúcuta": the head is a unit word and a name ("sector de X",
        "corregimiento X", "X, a tehsil") found nowhere, and the tail is where it lies.
        Read as "X, in Y" (a restricted place), whose own rules answer the container,
        coarsened, or nothing.  Only a tail that names an area or a town: "near Y" or a
        border does not hold the head.  None when the head is no named unit.
        """
        head = parse_place(head_text)
        if head.kind != "district" or not _NAMED.search(head.name or ""):
            # Only a unit word ("sector", "corregimiento", "tehsil"): a village or a
            # border post the data lacks is left to the readings that know where such
            # places lie (a post on the border, often far from the town it is written in).
            return None
        outer = parse_place(tail_text)
        if outer.kind not in _HOLDING_KINDS or self.tail_has_namesakes(outer, scope):
            return None
        expr = PlaceExpression(
            "restricted",
            f"{head_text}, {tail_text}",
            head_text,
            tail_text,
            inner=head,
            outer=outer,
            suffix="in",
            languages=head.languages,
        )
        self.log(f"the head {head_text!r} is a unit the data lacks; the tail may hold it")
        self.depth += 1
        try:
            found = self.resolve(expr, scope)
        finally:
            self.depth -= 1
        return found if found.status == "resolved" else None

    def tail_has_namesakes(self, outer: PlaceExpression, scope: Scope) -> bool:
        """Whether a bare tail name is borne by places in several regions of the event's
        country ("Chamuxú, La Democracia": Escuintla's and Huehuetenango's): the bigger
        one would be a guess, so the unit is not placed in it."""
        if outer.kind != "name":
            return False
        hint = tuple(self.hint_of(scope))
        found = self.gaz.lookup(outer.name, countries=hint or None)
        return len({p.admin1_code for p in found if p.kind != "crossing"}) > 1

    def near_the_tail_town(
        self, head: PlaceResult, tail: PlaceResult, tail_text: str
    ) -> PlaceResult | None:
        """ "the village of Otradnoye near Belgorod": several places bear the head's name
        and none lies near the town the tail names; the village is one the data lacks,
        and what the text pins down is "near Belgorod", answered coarsened.

        Only an ambiguous settlement head (a single namesake far off may be the place
        meant, written loosely) and a tail that reads "near" a town; None otherwise.
        """
        if (
            head.status != "ambiguous"
            or head.precision not in POINT_ANSWERS
            or not head.candidates
            or tail.precision != "near"
            or not _NEAR_WORD.match(tail_text)
            or tail.lat is None
            or tail.lon is None
        ):
            return None
        reach = TAIL_NEAR_KM + (tail.uncertainty_km or 0.0)
        if any(
            c.lat is None or c.lon is None or km_between(c.lat, c.lon, tail.lat, tail.lon) <= reach
            for c in head.candidates
        ):
            return None
        note = (
            f"no place of the head's name lies near {tail.name} ({len(head.candidates)} "
            f"lie far from it): the place is one the data lacks, near {tail.name}"
        )
        return self.coarser_answer(tail, note)

    def tail_town_of_a_longer_name(
        self, head: PlaceResult, tail: PlaceResult
    ) -> PlaceResult | None:
        """ "Wimereux near Boulogne": the tail is a town of several words written by its
        first ("Boulogne" for Boulogne-sur-Mer, 5 km off), while the data's only town
        called "Boulogne" alone lies 430 km away.

        A town of the head's country whose name is the tail's one word followed by more
        words, and that lies by the head, is the tail.  It only confirms the head, never
        answers: the head must be resolved to a point on its own.  None otherwise.
        """
        if (
            head.status != "resolved"
            or head.precision not in POINT_ANSWERS
            or tail.precision not in POINT_ANSWERS
            or not head.country
            or not tail.name
        ):
            return None
        key = normalise(tail.name)
        if not key or " " in key:
            return None
        towns = self.forms_keyed(head.country, ("settlement",), first_word_of_a_longer_name)
        for row in sorted(set(towns.get(key, ()))):
            longer = self.from_place(self.gaz.place(row))
            if self.agrees(head, longer):
                self.log(f"the tail {tail.name!r} is {longer.name}, by the first word of its name")
                return longer
        return None

    def region_a_tail_town_names(
        self, head: PlaceResult, tail: PlaceResult, tail_text: str = ""
    ) -> str | None:
        """The region a tail town shares its name with, when it holds the head; else None.

        "La ciudad de Clorinda en Formosa", "X, Salta": the tail is read as the town
        Formosa, 110 km from Clorinda, but the town bears the name of its province,
        which holds Clorinda; a place is written "in" its province, not "in" a town
        that far away.  Only a region of the tail town's own admin-1 code, and only a
        head in that region.  A "near" tail counts only as Russian or Ukrainian
        "под"/"під" ("Теткино под Курском"), which reporters use for the whole oblast.
        """
        near_in_its_oblast = tail.precision == "near" and _UNDER_A_TOWN.match(tail_text)
        if (
            (tail.precision != "settlement" and not near_in_its_oblast)
            or not tail.admin1_code
            or not tail.name
            or head.admin1_code != tail.admin1_code
            # "el Municipio de Ojinaga, Chihuahua": a district is written in its
            # region as a town is.
            or (head.precision not in POINT_ANSWERS and head.precision != "district")
            or self.agrees(head, tail)
        ):
            return None
        region = self.gaz.region(tail.admin1_code)
        if region is None or normalise(region.name) != normalise(tail.name):
            return None
        return region.name

    def oblast_under_a_town(self, text: str, near: PlaceResult) -> PlaceResult:
        """ "під Брянськом", "под Курском" alone: the oblast bearing the town's name.

        Russian and Ukrainian "под"/"під" + a town is said of anywhere in the town's
        oblast ("Теткино под Курском" lies 150 km from Kursk); a circle of a few tens of
        km around the town would claim more than the words do, the oblast holds the
        place either way.  Only for the whole text, a town and its oblast of one name;
        ``near`` as answered otherwise.
        """
        if (
            near.status != "resolved"
            or near.precision != "near"
            or not _UNDER_A_TOWN.match(text.strip())
            or not near.admin1_code
            or not near.name
        ):
            return near
        region = self.gaz.region(near.admin1_code)
        if region is None or normalise(region.name) != normalise(near.name):
            return near
        note = (
            f"{text.split()[0]!r} + a town is said of anywhere in its oblast: "
            f"{region.name}, the region bearing the name of {near.name}"
        )
        return self.coarsened_to(region, note) or near

    def border_of_a_crossing_toward(
        self, head_text: str, tail_text: str, scope: Scope
    ) -> PlaceResult | None:
        """ "на ГКПП Връшка чука към Сърбия" (at the Vrashka Chuka checkpoint towards
        Serbia) of a Bulgarian event: a crossing the data lacks, said to lead to a
        neighbour of the event's one country, is on their border, which is answered;
        None for any other text."""
        toward = _TOWARD.match(tail_text)
        hint = self.hint_of(scope)
        if toward is None or len(hint) != 1 or not _CROSSING_WORD.search(head_text):
            return None
        named = tail_text[toward.end() :].strip()
        codes = self.country_codes(named, languages_of(named), regions=False)
        if len(codes) != 1 or hint[0] in codes:
            return None
        pair = tuple(sorted((hint[0], *codes)))
        if not self.has_border(pair):
            return None
        note = f"a crossing the data lacks, towards {named}: the border with it"
        self.log(note)
        return self.border_result(pair, note=note)

    def leads_toward(self, head: PlaceResult, tail: PlaceResult) -> bool:
        """Whether a point head lies on the way to the country a "towards" tail names.

        "på Øresundsbroen mod Danmark" (on the Øresund Bridge towards Denmark): a
        crossing of that country's border, or a town of a neighbour within
        :data:`TAIL_NEAR_KM` of its line with that country.  The direction does not hold
        the head, so no other agreement would take it.
        """
        if tail.precision != "country" or not tail.country or head.precision not in POINT_ANSWERS:
            return False
        if head.country is None:
            return tail.country in self.countries_of(head)
        if head.country == tail.country or head.lat is None or head.lon is None:
            return False
        pair = tuple(sorted((head.country, tail.country)))
        if not self.has_border(pair):
            return False
        line = border_extent(*pair)
        return line.distance(Point(head.lon, head.lat)) * KM_PER_DEGREE <= TAIL_NEAR_KM

    def circle_by_its_border(self, head: PlaceResult, tail: PlaceResult) -> bool:
        """A unit drawn as a circle, said to lie by one of its own country's borders.

        "The region of Lamu, close to the Somali border": the data draws Lamu County as
        a circle of 59 km around the middle of its towns, which stops some 40 km short
        of the line the county reaches; within twice the circle's radius, the words are
        taken to describe the unit the text names.
        """
        if (
            head.precision not in ("region", "district")
            or tail.precision != "border"
            or head.geometry is None
            or head.geometry.geom_type != "Point"
            or not head.uncertainty_km
            or tail.geometry is None
            or head.country not in self.border_pairs_of(tail)
        ):
            return False
        km = head.geometry.distance(tail.geometry) * KM_PER_DEGREE
        return km <= 2 * head.uncertainty_km + TAIL_NEAR_KM

    def border_beside(self, head: PlaceResult, tail: PlaceResult) -> PlaceResult | None:
        """The one border among an ambiguous tail's that has the head's country as a side."""
        pairs = set()
        for candidate in tail.candidates:
            codes = tuple(sorted(self.border_pair_named(candidate.name)))
            if len(codes) == 2 and head.country in codes:
                pairs.add(codes)
        if len(pairs) != 1:
            return None
        return self.border_result(next(iter(pairs)))

    def description_bounds(self, head: PlaceResult, tail_text: str, scope: Scope) -> str | None:
        """Why an unresolved tail may be taken as description only, or None."""
        part = _SWAHILI_COMPASS_OF.match(tail_text.strip())
        where = self.gaz.country_code(part["where"]) if part else None
        if where is not None and head.country and where != head.country:
            # "Mandera kaskazini mwa Tanzania": the part of another country the tail
            # names refuses the head, as a tail resolving elsewhere does.
            return None
        if head.country and head.country in self.hint_of(scope):
            return f"the event's country {head.country} bounds it"
        words = [normalise(w) for w in re.findall(r"[\w'’-]+", tail_text)]
        named: set[str] = set()
        for size in (1, 2):
            for i in range(len(words) - size + 1):
                key = " ".join(words[i : i + size])
                code = self.gaz.country_code(key)
                named |= {code} if code else self.words.codes(key)
        if head.country and head.country in named:
            return f"the tail names its country {head.country}"
        if not named and not _NAMED.search(tail_text.strip()):
            return "the tail names no place"
        return None

    def guess_outside_an_area(self, head: PlaceResult, tail: PlaceResult) -> bool:
        """Whether the head is a resolved area of the tail's country and the tail a
        coarsened guess lying outside it."""
        return (
            head.status == "resolved"
            and head.precision in ("region", "district")
            and tail.coarsened
            and head.country is not None
            and head.country == tail.country
            and not self.agrees(head, tail)
        )

    def agrees(self, head: PlaceResult, tail: PlaceResult) -> bool:
        """Whether a resolved tail holds the head or lies beside it."""
        if tail.precision == "country":
            if head.precision == "border":
                return tail.country in self.border_pairs_of(head)
            return head.country == tail.country
        head_shape = head.geometry if head.geometry is not None else _point(head)
        tail_shape = tail.geometry if tail.geometry is not None else _point(tail)
        if head_shape is None or tail_shape is None:
            return False
        if tail.precision == "border":
            pair = self.border_pairs_of(tail)
            if tail.country and head.country and head.country != tail.country:
                return False  # "on the Zambian side" of a Congolese town
            if head.country and pair and head.country not in pair:
                return False
            return head_shape.distance(tail_shape) * KM_PER_DEGREE <= TAIL_NEAR_KM
        if tail.precision in ("region", "district"):
            if head.admin1_code and tail.admin1_code:
                # A province carved out of an older one holds what the data files there.
                return head.admin1_code == tail.admin1_code or (
                    head.admin1_code in provinces_carved_from(tail.admin1_code)
                )
            if head.precision in POINT_ANSWERS:
                # An admin-1 unit the outlines lack (Haut-Katanga, a Kenyan county) is
                # drawn as a circle about its size: that circle holds the head, not its
                # middle.  (A unit below admin-1 is not: "La Mesilla, municipio de La
                # Democracia" names the municipality the report places the event in.)
                area = (
                    self.drawn_area(tail) if tail.precision == "region" else None
                ) or tail_shape
                return area.buffer(_AREA_SLACK_DEG).contains(head_shape)
            return head_shape.distance(tail_shape) <= _AREA_SLACK_DEG and (
                head.country == tail.country
            )
        # A town or a crossing: the head must lie by it.  A distance from a town ("la
        # commune de Malanville, à 700 km au nord de Cotonou") reaches a unit's circle as
        # it reaches a town.
        if tail.precision in POINT_ANSWERS and (
            head.precision in POINT_ANSWERS
            or (tail.precision == "near" and head.precision == "district" and head.lat is not None)
        ):
            assert head.lat is not None and tail.lat is not None
            reach = TAIL_NEAR_KM + (tail.uncertainty_km or 0.0) + (head.uncertainty_km or 0.0)
            return km_between(head.lat, head.lon, tail.lat, tail.lon) <= reach
        return head_shape.distance(tail_shape) * KM_PER_DEGREE <= TAIL_NEAR_KM


def _point(result: PlaceResult) -> Point | None:
    if result.lat is None or result.lon is None:
        return None
    return Point(result.lon, result.lat)


def _circle_of_the_hint(area: PlaceResult, hint: tuple[str, ...]) -> bool:
    """Whether an area answer of the event's country is drawn as a circle (a unit the
    outlines lack)."""
    return (
        area.country in hint
        and area.geometry is not None
        and area.geometry.geom_type == "Point"
        and bool(area.uncertainty_km)
    )
