#!/usr/bin/env python3
"""Generates Gazetteers/minerals.tsv, organizations.tsv and people.tsv from the hand-written lists in sources/.

The lists use the format read by `common.read_source` (`Name | alias | Q123 | key: value`, with `@type`,
`@kind` and attribute directives). This script adds what can be derived:

- `country: XX` (an ISO code) becomes the country's id from sources/countries.txt; `parent: Name` the id of the
  organisation of that name; `lists:` stays as written;
- `%ministries`, `%forces` and `%government` lines expand into one entry per portfolio or service, with the
  aliases news uses ("Russian Defence Ministry", "Russia's Defense Ministry", "Ministry of Defence of Russia");
- chemical elements get their symbol as a case-sensitive alias unless the symbol is an ordinary word or
  abbreviation (sources/minerals.txt lists which).

Run it through Scripts/gazetteers/generate.sh; re-running on the same inputs reproduces the files byte for byte.
"""

from __future__ import annotations

from pathlib import Path

from common import (
    GAZETTEERS,
    SOURCES,
    Alias,
    Entry,
    SourceLine,
    ascii_fold,
    assay_id,
    fail,
    lowercase_words,
    read_source,
    wikidata_id,
    write_gazetteer,
)

VERSION = 1


def load_countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """ISO code → (id, name, demonym adjective), from countries.txt and demonyms.txt."""
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in read_source(SOURCES / "countries.txt"):
        code = line.attributes["iso"]
        ids[code] = wikidata_id(line.qid) if line.qid else assay_id("place", line.name)
        names[code] = line.name
    adjectives: dict[str, str] = {}
    for line in read_source(SOURCES / "demonyms.txt"):
        code = line.attributes.get("country")
        if code and code not in adjectives and "id" not in line.attributes:
            adjectives[code] = line.name
    return ids, names, adjectives


COUNTRY_IDS, COUNTRY_NAMES, ADJECTIVES = load_countries()


def country_id(code: str, origin: str) -> str:
    if code not in COUNTRY_IDS:
        fail(f"{origin}: unknown country code {code!r}")
    return COUNTRY_IDS[code]


def entry_from(line: SourceLine, type_: str | None = None) -> Entry:
    type_ = type_ or line.directives.get("type")
    kind = line.attributes.pop("kind", None) or line.directives.get("kind")
    if not type_ or not kind:
        fail(f"{line.origin}: no @type or @kind")
    attributes = dict(line.attributes)
    for key, value in line.directives.items():
        if key not in ("type", "kind") and key not in attributes:
            attributes[key] = value
    explicit_id = attributes.pop("id", None)
    if "country" in attributes:
        attributes["country"] = ",".join(country_id(c.strip(), line.origin) for c in attributes["country"].split(","))
    if line.qid:
        id_ = wikidata_id(line.qid)
    elif explicit_id:
        id_ = f"assay:{type_.lower()}/{explicit_id}"
    else:
        id_ = assay_id(type_, line.name)
    aliases = list(line.aliases)

    def foldable(text: str) -> bool:
        """Whether a name has an ASCII spelling worth matching: not when the accent is all that sets it apart from an
        English word ("Libération" is no "Liberation")."""
        folded = ascii_fold(text)
        return folded != text and not (len(folded.split()) == 1 and folded.lower() in lowercase_words())

    if foldable(line.name):
        aliases.append(Alias(ascii_fold(line.name)))
    aliases += [Alias(ascii_fold(a.text), a.case_sensitive) for a in line.aliases if foldable(a.text)]
    return Entry(id_, type_, kind, line.name, aliases, attributes, line.origin)


# MARK: - Templates

# Portfolio → (the word in "Ministry of X", the word in "X Ministry", other spellings of both).
PORTFOLIOS = {
    "Defence": ("Defence", "Defence", ["Defense"]),
    "Foreign Affairs": ("Foreign Affairs", "Foreign", []),
    "Interior": ("Interior", "Interior", ["Internal Affairs", "Home Affairs"]),
    "Finance": ("Finance", "Finance", []),
    "Economy": ("Economy", "Economy", ["Economic Affairs"]),
    "Trade": ("Trade", "Trade", ["Commerce"]),
    "Energy": ("Energy", "Energy", []),
    "Oil": ("Oil", "Oil", ["Petroleum"]),
    "Justice": ("Justice", "Justice", []),
    "Health": ("Health", "Health", []),
    "Industry": ("Industry", "Industry", []),
    "Mines": ("Mines", "Mining", ["Mining", "Mines and Energy", "Mineral Resources"]),
    "Information": ("Information", "Information", []),
    "Intelligence": ("Intelligence", "Intelligence", []),
    "Electricity": ("Electricity", "Electricity", []),
}


def expand_ministries(line: SourceLine) -> list[Entry]:
    """`%ministries RU | Defence | Foreign Affairs | …` → one Ministry entry per portfolio."""
    code = line.name.split()[1]
    country = COUNTRY_NAMES[code]
    adjective = ADJECTIVES[code]
    result = []
    for portfolio in [a.text for a in line.aliases]:
        if portfolio not in PORTFOLIOS:
            fail(f"{line.origin}: unknown portfolio {portfolio!r}")
        of_word, short, others = PORTFOLIOS[portfolio]
        name = f"{adjective} Ministry of {of_word}"
        aliases: list[Alias] = []
        for word in [of_word] + others:
            aliases += [
                Alias(f"{adjective} Ministry of {word}"),
                Alias(f"Ministry of {word} of {country}"),
                Alias(f"{country}'s Ministry of {word}"),
                Alias(f"{country} Ministry of {word}"),
            ]
        for word in [short] + others:
            aliases += [Alias(f"{adjective} {word} Ministry"), Alias(f"{country}'s {word} Ministry")]
        result.append(
            Entry(
                assay_id("organization", name),
                "Organization",
                "Ministry",
                name,
                aliases,
                {"country": country_id(code, line.origin), "portfolio": portfolio},
                line.origin,
            )
        )
    return result


SERVICES = {
    "Armed Forces": ["{adj} Armed Forces", "{adj} military", "{country}'s military", "{country}'s armed forces"],
    "Army": ["{adj} Army", "{country}'s army", "{adj} Land Forces"],
    "Navy": ["{adj} Navy", "{country}'s navy", "{adj} Naval Forces"],
    "Air Force": ["{adj} Air Force", "{country}'s air force", "{adj} Air Forces"],
}


def expand_forces(line: SourceLine) -> list[Entry]:
    """`%forces SY | Armed Forces | Army | Navy | Air Force` → one MilitaryOrganization per service."""
    code = line.name.split()[1]
    country = COUNTRY_NAMES[code]
    adjective = ADJECTIVES[code]
    result = []
    for service in [a.text for a in line.aliases]:
        if service not in SERVICES:
            fail(f"{line.origin}: unknown service {service!r}")
        patterns = SERVICES[service]
        name = patterns[0].format(adj=adjective, country=country)
        aliases = [Alias(p.format(adj=adjective, country=country)) for p in patterns[1:]]
        result.append(
            Entry(
                assay_id("organization", name),
                "Organization",
                "MilitaryOrganization",
                name,
                aliases,
                {"country": country_id(code, line.origin), "service": service},
                line.origin,
            )
        )
    return result


def expand_governments(line: SourceLine) -> list[Entry]:
    """`%government SY | IQ | …` → "Syrian government", "government of Syria", "Syria's government"."""
    result = []
    for code in [a.text for a in line.aliases]:
        country = COUNTRY_NAMES[code]
        adjective = ADJECTIVES[code]
        name = f"{adjective} government"
        aliases = [
            Alias(f"Government of {country}"),
            Alias(f"{country}'s government"),
            Alias(f"{adjective} Government"),
            Alias(f"{country} government"),
        ]
        result.append(
            Entry(
                assay_id("organization", name),
                "Organization",
                "Government",
                name,
                aliases,
                {"country": country_id(code, line.origin)},
                line.origin,
            )
        )
    return result


TEMPLATES = {"%ministries": expand_ministries, "%forces": expand_forces, "%government": expand_governments}


def read_entries(path: Path, type_: str | None = None) -> list[Entry]:
    entries = []
    for line in read_source(path):
        word = line.name.split()[0]
        if word in TEMPLATES:
            entries += TEMPLATES[word](line)
        else:
            entries.append(entry_from(line, type_))
    return entries


def resolve_parents(entries: list[Entry]) -> None:
    by_name: dict[str, Entry] = {}
    for entry in entries:
        by_name.setdefault(entry.name, entry)
        for alias in entry.aliases:
            by_name.setdefault(alias.text, entry)
    for entry in entries:
        for key in ("parent", "affiliation"):
            if key in entry.attributes:
                target = by_name.get(entry.attributes[key])
                if target is None:
                    fail(f"{entry.origin}: {key} {entry.attributes[key]!r} is not an organisation")
                entry.attributes[key] = target.id


# MARK: - Minerals


def build_minerals() -> list[Entry]:
    entries = []
    for line in read_source(SOURCES / "minerals.txt"):
        entry = entry_from(line, "Mineral")
        symbol = entry.attributes.get("symbol")
        if symbol and entry.attributes.pop("symbol-alias", "yes") == "yes":
            entry.aliases.append(Alias(symbol, case_sensitive=True))
        entries.append(entry)
    return entries


def main() -> None:
    minerals = build_minerals()
    organizations = []
    for path in sorted((SOURCES / "organizations").glob("*.txt")):
        organizations += read_entries(path, "Organization")
    resolve_parents(organizations)
    people = []
    for path in sorted((SOURCES / "people").glob("*.txt")):
        people += read_entries(path, "Person")
    org_ids = {e.id for e in organizations}
    for person in people:
        if "affiliation" in person.attributes:
            resolve_parents(organizations + [person])
            if person.attributes["affiliation"] not in org_ids:
                fail(f"{person.origin}: affiliation is not an organisation")
    write_gazetteer(
        GAZETTEERS / "minerals.tsv",
        VERSION,
        "Minerals: chemical elements that are mined or traded, rare earths, ores and minerals, collective terms\n"
        "and materials (magnets, alloys). Attribute lists= names the critical-mineral lists an entry is on.\n"
        "Generated by Scripts/gazetteers/generate_curated.py from Scripts/gazetteers/sources/minerals.txt;\n"
        "do not edit by hand. Format: Gazetteers/README.md.",
        minerals,
    )
    write_gazetteer(
        GAZETTEERS / "organizations.tsv",
        VERSION,
        "Organisations: governments, ministries, regulators, legislatures, central banks, armed forces and\n"
        "armed groups, international bodies, think tanks, news organisations, parties and companies.\n"
        "Generated by Scripts/gazetteers/generate_curated.py from Scripts/gazetteers/sources/organizations/;\n"
        "do not edit by hand. Format: Gazetteers/README.md.",
        organizations,
    )
    write_gazetteer(
        GAZETTEERS / "people.tsv",
        VERSION,
        "People: heads of state and government, ministers and other office holders, with role and country.\n"
        "Generated by Scripts/gazetteers/generate_curated.py from Scripts/gazetteers/sources/people/;\n"
        "do not edit by hand. Format: Gazetteers/README.md.",
        people,
    )


if __name__ == "__main__":
    main()
