#!/usr/bin/env python3
"""Writes the word lists the person rules read: Gazetteers/given-names.txt, surnames.txt and common-words.txt.

given-names.txt: given names (and name-first family names) the person rules start from.

Sources: the US Census 1990 first-name lists as the `names` package ships them (MIT; the census data is public
domain) — every male name and the 2,500 most frequent female names; Jörg Michael's international first-name
dictionary `nam_dict.txt` as the `gender-guesser` package ships it (the data under the GNU Free Documentation
License) — every name at least moderately frequent (frequency step 2 or more) in some country, so that
"Wladimir Klitschko" or "Gaetano Lo Presti" start a person as "Mark Teixeira" does, except names that are lower-case
English words in Webster's Second (the `english-words` package's `web2` list: "The", "On", "Day") or demonyms in
Gazetteers/demonyms.tsv ("French", "Arab"); and sources/given-names-extra.txt.
Names that mostly stand for something else when capitalised in news (months, "Will", "Grant", "Hope", "Said") are
left out.

word-given-names.txt: the names of the census lists that NOT_NAMES leaves out because they are also words or places
("Grant", "Will", "Austin"), less those that open other names too often (WORD_NAMES_EXCLUDED): the person rules take
them for given names only before a census surname that is no ordinary word ("Grant Gibbs", not "Grant Park").

surnames.txt: the 50,000 most frequent surnames of the US Census 1990 list as the `names` package ships them, so that
"Peyton Manning" or "Zurana Horton" is a person although no list knows the given name.

common-words.txt: English words written in lower case (sources/lowercase-words.txt, from Debian's wamerican), so that
a capitalised word opening a sentence ("Forward Tyler Hansbrough", "Quarterback Peyton Manning") is not taken for a
name.
"""
import os

import gender_guesser
import names
from english_words import get_english_words_set

from common import GAZETTEERS, names_in

HERE = os.path.dirname(os.path.abspath(__file__))

NOT_NAMES = {
    "April", "May", "June", "August", "January", "March", "Will", "Grant", "Chase", "Hope", "Joy", "Faith",
    "Grace", "Summer", "Dawn", "Rose", "Ruby", "Pearl", "Crystal", "Star", "Angel", "Son", "Guy", "Van", "Major",
    "General", "Junior", "Sterling", "Miles", "Reed", "Cliff", "Lance", "Clay", "Brain", "Earnest", "Rich", "Page",
    "Young", "King", "Prince", "Bishop", "Christian", "Sunday", "Monday", "Friday", "Tuesday", "Early", "Long",
    "Bill", "Don", "Les", "Al", "An", "Ma", "Do", "So", "Le", "La", "Ok", "Ivory", "Iran", "China", "India", "Asia",
    "Africa", "Georgia", "Virginia", "Carolina", "Florida", "Paris", "Chad", "Jordan", "Israel", "Austin", "Dallas",
    "Houston", "Sydney", "Lincoln", "Washington", "Madison", "Memory", "Passion", "Fortune", "Liberty", "Justice",
    "Honor", "Glory", "Precious", "Unique", "Destiny", "Harmony", "Trinity", "Heaven", "Autumn", "Winter", "Spring",
    "Rain", "Storm", "Sky", "River", "Forest", "Stone", "Golden", "Silver", "Diamond", "Jade", "Amber", "Coral",
    "Ivy", "Holly", "Iris", "Violet", "Lily", "Daisy", "Olive", "Pepper", "Ginger", "Candy", "Honey", "Sugar",
    "Cherry", "Berry", "Apple", "Brandy", "Sherry", "Tequila", "Mercedes", "Porsche", "Lexus", "Royal", "Noble",
    "Baby", "Lady", "Princess", "Queen", "Duke", "Earl", "Baron", "Marshal", "Sheriff", "Deputy",
    # Common words, titles and place names that nam_dict.txt also lists as given names somewhere.
    "Said", "Young", "Long", "Chin", "Love", "Sunny", "Major", "Price", "Royal", "Iran", "Justice", "Sale", "Hit",
    "Men", "Mo", "Un", "Am", "Ave", "Avenue", "Bay", "Beach", "Doctor", "Father", "Mother", "Sister", "Brother",
    "Saint", "Santa", "Pope", "Imam", "Sheikh", "Emir", "Sultan", "Shah", "Mir", "Raja", "Maxima", "Brooklyn",
    "Camden", "Phoenix", "Rochester", "Kenya", "Libya", "Syria", "Lebanon", "Cuba", "Peru", "Chile", "Congo", "Mali", "Niger", "Togo", "Benin",
    "Oman", "Yemen", "Qatar", "Bahrain", "Kuwait", "Tunis", "Doha", "Dubai", "Cairo", "Roma", "Milan", "Napoli",
    "Sierra", "Tango", "Delta", "Echo", "Alpha", "Nova", "Vega", "Luna", "Sol", "Sun", "Mars", "Venus",
    "Europa", "Africa", "America", "Asia", "Gaza", "Hamas", "Taliban", "Shia", "Sunni", "Islam", "Allah",
}

# Words of NOT_NAMES that even before a surname are more often something else: months, titles and ranks, particles,
# brands and places that open longer names ("Mercedes Benz", "Royal Dutch", "Santa Barbara", "Sun Microsystems").
WORD_NAMES_EXCLUDED = {
    "April", "August", "June", "May", "King", "Prince", "Princess", "Queen", "Major", "Earl", "Junior", "Van", "Ma",
    "Ok", "Son", "Sun", "Long", "Young", "Santa", "Chin", "Delta", "Alpha", "Nova", "Sol", "Star", "Spring", "Forest",
    "America", "Asia", "India", "Kenya", "Mercedes", "Milan", "Roma", "Royal", "Noble", "Precious", "Glory",
    "Destiny", "Harmony", "Trinity", "Brain", "Earnest", "Ivory", "Venus",
}


def nam_dict(minimum):
    """Names of Jörg Michael's dictionary whose highest frequency step in any country is at least `minimum`."""
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    steps = {str(digit): digit for digit in range(1, 10)}
    steps.update({"A": 10, "B": 11, "C": 12, "D": 13})
    result = []
    with open(path, encoding="iso-8859-1") as handle:
        for line in handle:
            # Fixed columns: gender code (0–1), name (3–28), one frequency step per country (30 on).
            if line.startswith("#") or len(line) < 31 or line[:2].strip() == "=":
                continue
            name = line[3:29].strip()
            if not name or "+" in name or not name.isalpha():
                continue
            if max((steps.get(step, 0) for step in line[30:]), default=0) >= minimum:
                result.append(name)
    return result


def census(path, limit):
    result = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            if line.strip():
                result.append(line.split()[0].capitalize())
    return result[:limit]


def demonyms():
    """Every demonym and its forms in Gazetteers/demonyms.tsv (generated before this script runs)."""
    return names_in(GAZETTEERS / "demonyms.tsv")


def international(minimum):
    """nam_dict.txt's names that are not also English words or demonyms."""
    words = get_english_words_set(["web2"])
    skipped = demonyms()
    return [name for name in nam_dict(minimum) if name.lower() not in words and name not in skipped]


def write_list(name, description, words):
    with open(os.path.join(HERE, "..", "..", "Gazetteers", name), "w", encoding="utf-8") as handle:
        handle.write("# version: 1\n")
        handle.write(f"# {description}; generated by Scripts/gazetteers/generate_given_names.py.\n")
        for word in words:
            handle.write(word + "\n")


def main():
    base = os.path.dirname(names.__file__)
    given = census(os.path.join(base, "dist.male.first"), 100000)
    given += census(os.path.join(base, "dist.female.first"), 2500)
    given += international(2)
    with open(os.path.join(HERE, "sources", "given-names-extra.txt"), encoding="utf-8") as handle:
        given += [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    kept = sorted({name for name in given if name not in NOT_NAMES and len(name) >= 2})
    write_list("given-names.txt", "Given names the person rules start from", kept)
    census_names = set(census(os.path.join(base, "dist.male.first"), 100000))
    census_names |= set(census(os.path.join(base, "dist.female.first"), 2500))
    word_names = sorted((census_names & NOT_NAMES) - WORD_NAMES_EXCLUDED)
    description = "Given names that are also words or places, taken before a surname only"
    write_list("word-given-names.txt", description, word_names)
    surnames = sorted(set(census(os.path.join(base, "dist.all.last"), 50000)))
    write_list("surnames.txt", "Surnames that end a person's name for the person rules", surnames)
    with open(os.path.join(HERE, "sources", "lowercase-words.txt"), encoding="utf-8") as handle:
        common = sorted({line.strip() for line in handle if line.strip() and not line.startswith("#")})
    write_list("common-words.txt", "English words written in lower case", common)


if __name__ == "__main__":
    main()
