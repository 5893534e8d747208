"""Shared helpers of the gazetteer generators: entries, alias rules, ids and the TSV writer.

Every generator builds a list of `Entry` values and hands it to `write_gazetteer`, which applies the same alias
rules everywhere (see Gazetteers/README.md, "Aliases"), sorts the rows and writes the file, so that re-running a
generator on the same inputs reproduces its file byte for byte.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import names

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
REPOSITORY = HERE.parent.parent
GAZETTEERS = REPOSITORY / "Gazetteers"

HEADER = "id\ttype\tkind\tname\taliases\tattributes"
TYPES = {"Person", "Organization", "Place", "Mineral", "Demonym"}
WIKIDATA = re.compile(r"^Q[0-9]+$")

_lowercase_words: set[str] | None = None


def lowercase_words() -> set[str]:
    """English words that are written in lower case (sources/lowercase-words.txt, from Debian's wamerican)."""
    global _lowercase_words
    if _lowercase_words is None:
        text = (SOURCES / "lowercase-words.txt").read_text(encoding="utf-8")
        _lowercase_words = {line for line in text.split("\n") if line}
    return _lowercase_words


_census_person_words: set[str] | None = None


def census_person_words() -> set[str]:
    """US given names and the 10 000 most frequent US surnames (the `names` package's census lists), case-folded:
    one-word names that are as likely a person's as a city's or a firm's ("Irving", "Lawrence", "Ross")."""
    global _census_person_words
    if _census_person_words is None:
        base = Path(names.__file__).parent
        _census_person_words = set()
        for file, limit in (("dist.male.first", 10**6), ("dist.female.first", 10**6), ("dist.all.last", 10_000)):
            lines = (base / file).read_text(encoding="ascii").split("\n")
            _census_person_words |= {line.split()[0].casefold() for line in lines[:limit] if line.strip()}
    return _census_person_words


@dataclass
class Alias:
    text: str
    case_sensitive: bool = False
    # Set by a source's `~` prefix: never made case-sensitive by the automatic rules.
    forced_insensitive: bool = False


@dataclass
class Entry:
    id: str
    type: str
    kind: str
    name: str
    aliases: list[Alias] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    # Where the entry came from, for messages.
    origin: str = ""


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def ascii_fold(text: str) -> str:
    """`Erdoğan` → `Erdogan`, `Ḩalab` → `Halab`, `Karbalā’` → `Karbala'`."""
    text = text.replace("’", "'").replace("‘", "'").replace("ʿ", "").replace("ʾ", "").replace("ʼ", "'")
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
    text = text.replace("œ", "oe").replace("ð", "d").replace("þ", "th")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """`Ministry of Defence (UK)` → `ministry-of-defence-uk`."""
    folded = ascii_fold(text).lower().replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def assay_id(type_: str, *parts: str) -> str:
    return f"assay:{type_.lower()}/" + "-".join(slug(part) for part in parts if part)


def wikidata_id(qid: str) -> str:
    if not WIKIDATA.match(qid):
        fail(f"not a Wikidata id: {qid!r}")
    return f"wikidata:{qid}"


def parse_alias(text: str) -> Alias:
    """`=US` is case-sensitive, `~Nato` is never made case-sensitive, anything else follows the rules."""
    if text.startswith("="):
        return Alias(text[1:], case_sensitive=True)
    if text.startswith("~"):
        return Alias(text[1:], forced_insensitive=True)
    return Alias(text)


def needs_exact_case(text: str) -> bool:
    """Whether an alias must match case exactly to avoid matching ordinary words.

    - a single word whose lower-case form is an English word (`Turkey`, `Chad`, `Hit`, `May`, `Trump`);
    - an acronym of up to three letters (`US`, `UN`, `IS`, `BHP`) or whose lower-case form is a word (`WHO`);
    - a word in camel case (`MoD`, `DoD`, `NdFeB`).
    """
    words = text.split()
    if len(words) != 1:
        return False
    word = words[0]
    bare = word.strip(".")
    lower = bare.lower()
    if lower in lowercase_words():
        return True
    letters = [c for c in bare if c.isalpha()]
    if not letters:
        return False
    uppercase = sum(1 for c in letters if c.isupper())
    if uppercase == len(letters) and len(letters) <= 3:
        return True
    # Camel case inside one word: DoD, MoD, NdFeB, SmCo (not McDonald or MacArthur, nor Ar-Raqqa).
    if bare.startswith(("Mc", "Mac")) or not bare.isalpha():
        return False
    return any(a.islower() and b.isupper() for a, b in zip(bare, bare[1:]))


def finish_aliases(entry: Entry) -> list[Alias]:
    """Applies the case rules, drops aliases equal to the name, and removes duplicates (first wins)."""
    result: list[Alias] = []
    # The name is matched ignoring case (unless it needs exact case), so an alias differing only in case adds nothing.
    seen: set[tuple[str, bool]] = set()
    if not needs_exact_case(entry.name) or entry.type == "Mineral":
        seen.add((entry.name.casefold(), False))
    # Minerals are common nouns ("tin", "lead"): ambiguity is flagged with `ambiguous=yes`, not by case.
    automatic = entry.type != "Mineral"
    name_exact = automatic and needs_exact_case(entry.name)
    candidates = list(entry.aliases)
    if name_exact:
        # The name itself must then be listed with `=`, or the matcher would match it ignoring case.
        candidates.insert(0, Alias(entry.name, case_sensitive=True))
    # "Ernst & Young" is written "Ernst and Young" too.
    candidates += [
        Alias(text.replace(" & ", " and ")) for text in [entry.name] + [a.text for a in candidates] if " & " in text
    ]
    for alias in candidates:
        text = alias.text.strip()
        if not text:
            continue
        if "\t" in text or "|" in text or "\n" in text:
            fail(f"{entry.origin}: alias {text!r} contains a tab, newline or '|'")
        exact = alias.case_sensitive or (automatic and not alias.forced_insensitive and needs_exact_case(text))
        if text == entry.name and not exact:
            continue
        key = (text if exact else text.casefold(), exact)
        if key in seen:
            continue
        # An insensitive alias already covers an exact one with the same letters.
        if exact and (text.casefold(), False) in seen:
            continue
        if exact and text.casefold() == entry.name.casefold() and not name_exact and text != entry.name:
            continue
        seen.add(key)
        result.append(Alias(text, exact))
    return result


def format_entry(entry: Entry) -> str:
    for value in (entry.id, entry.kind, entry.name):
        if not value or "\t" in value or "\n" in value or value != value.strip():
            fail(f"{entry.origin}: bad field {value!r}")
    if entry.type not in TYPES:
        fail(f"{entry.origin}: unknown type {entry.type}")
    aliases = "|".join(("=" if a.case_sensitive else "") + a.text for a in finish_aliases(entry))
    parts = []
    for key in sorted(entry.attributes):
        value = entry.attributes[key]
        if not value:
            continue
        if ";" in value or "\t" in value or "=" in key or ";" in key:
            fail(f"{entry.origin}: attribute {key}={value!r} contains ';', '=' or a tab")
        parts.append(f"{key}={value}")
    return "\t".join([entry.id, entry.type, entry.kind, entry.name, aliases, ";".join(parts)])


def names_in(path: Path) -> set[str]:
    """Every name and alias (without its `=`) of a generated gazetteer file, as written."""
    result: set[str] = set()
    for line in path.read_text(encoding="utf-8").split("\n"):
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 5 or fields[0] == "id":
            continue
        result.add(fields[3])
        result.update(alias.lstrip("=") for alias in fields[4].split("|") if alias)
    return result


def write_gazetteer(path: Path, version: int, description: str, entries: list[Entry]) -> None:
    """Writes entries sorted by (type, kind, name, id); fails on duplicate ids."""
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            fail(f"duplicate id {entry.id}: {seen[entry.id]} and {entry.origin}")
        seen[entry.id] = entry.origin
    rows = sorted(entries, key=lambda e: (e.type, e.kind, ascii_fold(e.name).casefold(), e.name, e.id))
    lines = [f"# version: {version}"]
    lines += [f"# {line}" if line else "#" for line in description.strip().split("\n")]
    lines.append(HEADER)
    lines += [format_entry(entry) for entry in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPOSITORY)}: {len(rows)} entries")


# MARK: - Curated source files

@dataclass
class SourceLine:
    """One entry of a curated source: `Name | alias | =ALIAS | Q123 | key: value`."""

    name: str
    aliases: list[Alias]
    qid: str | None
    attributes: dict[str, str]
    directives: dict[str, str]
    origin: str


ATTRIBUTE = re.compile(r"^([a-z][a-z-]*): (.+)$")


def read_source(path: Path) -> list[SourceLine]:
    """Reads a curated list.

    Lines: `# comment`, blank, `@key value` (a directive that holds until changed: `@type`, `@kind`, and any
    `@attribute` such as `@country US`, cleared by `@country -`), or an entry: fields separated by ` | `; the
    first is the canonical name, a field `Q<digits>` is the Wikidata id, `key: value` is an attribute, anything
    else an alias (`=` prefix: case-sensitive; `~` prefix: never made case-sensitive).
    """
    result: list[SourceLine] = []
    directives: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.strip()
        origin = f"{path.relative_to(REPOSITORY)}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            value = value.strip()
            if not value:
                fail(f"{origin}: directive @{key} without a value")
            if value == "-":
                directives.pop(key, None)
            else:
                directives[key] = value
            continue
        fields = [f.strip() for f in line.split(" | ")]
        name = fields[0]
        if not name or name.startswith("=") or name.startswith("~"):
            fail(f"{origin}: missing or marked name")
        aliases: list[Alias] = []
        qid = None
        attributes: dict[str, str] = {}
        for value in fields[1:]:
            if not value:
                fail(f"{origin}: empty field")
            if WIKIDATA.match(value):
                if qid:
                    fail(f"{origin}: two Wikidata ids")
                qid = value
                continue
            match = ATTRIBUTE.match(value)
            if match:
                attributes[match.group(1)] = match.group(2)
                continue
            aliases.append(parse_alias(value))
        result.append(SourceLine(name, aliases, qid, attributes, dict(directives), origin))
    return result


def read_table(path: Path, columns: int) -> list[tuple[str, list[str]]]:
    """Reads a tab-separated source table (comments with #), returning (origin, fields) per row."""
    rows = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        origin = f"{path.relative_to(REPOSITORY)}:{number}"
        if len(fields) != columns:
            fail(f"{origin}: expected {columns} tab-separated columns, found {len(fields)}")
        rows.append((origin, [f.strip() for f in fields]))
    return rows
