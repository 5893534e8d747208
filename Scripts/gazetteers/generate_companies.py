#!/usr/bin/env python3
"""Writes Gazetteers/companies.tsv: the companies of the major stock indices, as news names them.

Source: the `pytickersymbols` package (MIT licence), which lists the members of the S&P 500, S&P 100 and S&P 600,
the NASDAQ 100 and Dow Jones, the FTSE 100, DAX, MDAX, SDAX and TecDAX, CAC 40 and CAC Mid 60, EURO STOXX 50, AEX,
BEL 20, IBEX 35, OMX Helsinki 25 and Stockholm 30, the Swiss 20 and the Nikkei 225, with their countries.

Each company is named by its listed name without the legal form ("Netflix, Inc." → "Netflix", "Lowe's Companies
Inc." → "Lowe's"), with the listed name as an alias. A one-word short name that is also an English word, a given
name, one of the 10 000 most frequent US surnames or a place ("Target", "Ross", "Dover") would match too much: the
company is then known by its listed name only, or left out when that is the short name itself. Companies already in
organizations.tsv (curated, with Wikidata ids) are skipped, so this file only adds. Runs after the other
generators, whose files it reads.
"""

from __future__ import annotations

import re

import pycountry
from pytickersymbols import PyTickerSymbols

from common import GAZETTEERS, Alias, Entry, assay_id, census_person_words, lowercase_words, names_in, write_gazetteer
from generate_curated import country_id

LEGAL_FORM = re.compile(
    r"(,|\s)+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Companies|plc|PLC|Plc|AG|SE|S\.A\.|SA|"
    r"N\.V\.|NV|Ltd\.?|Limited|Holdings?|Group|Oyj|ASA|AB|S\.p\.A\.|SpA|KGaA|& Co\.|Aktiengesellschaft|"
    r"ADR|\(The\)|Class [A-C])$"
)
COUNTRY_NAMES = {"United States": "US", "United Kingdom": "GB", "South Korea": "KR", "Russia": "RU"}
# Words that make no name on their own: "National Bank", "American International", "First Bancorp".
GENERIC = {
    "national", "international", "american", "first", "general", "united", "bank", "bancorp", "group", "financial",
    "capital", "trust", "holdings", "company", "resources", "industries", "energy", "systems", "of", "the", "&",
    "and",
}
# Short names that news uses more often for something else: a mountain, a landmark, a band, an observatory, a town.
NOT_FIRMS = {"everest", "alamo", "toto", "palomar", "vinci", "griffon"}


def short_name(listed: str) -> str:
    """`The Home Depot, Inc.` → `Home Depot`; `Lowe's Companies Inc.` → `Lowe's`."""
    name = re.sub(r"\s*\([^)]*\)", "", listed).strip()
    if name.startswith("The "):
        name = name[4:]
    while True:
        shorter = LEGAL_FORM.sub("", name).strip().rstrip(",")
        if shorter == name or not shorter:
            return name
        name = shorter


def word_list(path) -> set[str]:
    return {
        line.strip().casefold()
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip() and not line.startswith("#")
    }


def country_code(name: str) -> str | None:
    if name in COUNTRY_NAMES:
        return COUNTRY_NAMES[name]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def main() -> None:
    organizations = {name.casefold() for name in names_in(GAZETTEERS / "organizations.tsv")}
    # Ids are unique across files: a listed name that differs from a curated one only in punctuation ("Brown–Forman",
    # with an en dash) has the curated entry's id, and is the same firm.
    curated_ids = {
        line.split("\t", 1)[0]
        for line in (GAZETTEERS / "organizations.tsv").read_text(encoding="utf-8").split("\n")
        if line and not line.startswith("#")
    }
    places = {name.casefold() for name in names_in(GAZETTEERS / "places.tsv")}
    # International given names and the frequent US names; a rarer surname ("Nomura") may name a firm.
    people_words = word_list(GAZETTEERS / "given-names.txt") | census_person_words()
    words = lowercase_words()

    def risky(name: str) -> bool:
        if all(word.casefold() in GENERIC for word in name.split()):
            return True
        if " " in name:
            return False
        folded = name.casefold()
        return folded in words or folded in people_words or folded in places or folded in NOT_FIRMS or len(name) <= 2

    entries: dict[str, Entry] = {}
    for stock in PyTickerSymbols().get_all_stocks():
        listed = " ".join(re.sub(r"\s*\([^)]*\)", "", stock["name"]).split())
        short = short_name(listed)
        if listed.casefold() in organizations or short.casefold() in organizations:
            continue
        if risky(short):
            if listed == short or risky(listed):
                continue
            name, aliases = listed, []
        else:
            name, aliases = short, [Alias(listed)] if listed != short else []
            if listed.rstrip(".").endswith((" Inc", " Corp", " Ltd")) and "," in listed:
                aliases.append(Alias(listed.replace(",", "")))
        identifier = assay_id("organization", name)
        if identifier in entries or identifier in curated_ids:
            continue
        attributes = {}
        code = country_code(stock.get("country", ""))
        if code:
            attributes["country"] = country_id(code, "pytickersymbols")
        entries[identifier] = Entry(
            identifier, "Organization", "Corporation", name, aliases, attributes, f"pytickersymbols: {listed}"
        )
    write_gazetteer(
        GAZETTEERS / "companies.tsv",
        1,
        "Companies of the major stock indices (pytickersymbols 1.17.10, MIT licence), less those in\n"
        "organizations.tsv. Generated by Scripts/gazetteers/generate_companies.py; do not edit.",
        list(entries.values()),
    )


if __name__ == "__main__":
    main()
