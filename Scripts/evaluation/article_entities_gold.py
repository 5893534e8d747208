#!/usr/bin/env python3
"""Writes the gold file of Assay's entity annotations of article-extraction pages, for `assay evaluate extraction`.

article-entities.jsonl (beside this script) holds, for the 79 English pages among the 88 development pages of the
article-extraction benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT), every Person, Organization,
Place, Mineral, Percent, Date and Duration mention of the page's hand-checked article body, with normalised values:
offsets only, no text. They were annotated blind — by annotators who did not see Assay's output — following the
guidelines in article-entity-guidelines.md, 30 pages first and the other 49 later. Of the first 30, twenty ("dev")
were used to find and fix errors and ten ("held-out") were scored, never inspected; of the later 49, those whose id
ends in 0-7 joined "dev" and the others "held-out": 47 dev pages, 32 held-out pages.

This script joins them with the bodies of the benchmark's ground-truth.json, checks each body's SHA-256, and writes
the gold JSON Lines ({"id", "published", "text", "entities"}) to standard output:

    python3 Scripts/evaluation/article_entities_gold.py DATA/article-extraction/ground-truth.json --part held-out \\
        > /tmp/held-out.jsonl
    .build/release/assay evaluate extraction --gold /tmp/held-out.jsonl

ecbplus-entities.jsonl holds the same annotation, to the same guidelines, of 555 texts of the ECB+ development topics
(CLTL, CC BY 3.0), made blind in ten later rounds, each scored once before it was used to find errors (all "dev"):
66 "ecb" texts (two per topic), then 66 "ecbplus" web pages (two per topic, with their URL and dateline lines), then
eight times 36 to 62 more of both kinds (62, 61, 61, in the seventh round 55, in the eleventh 53, in the twelfth 51, in
the thirteenth 44 and in the fourteenth 36: one of each per topic where one was left, of 400 to 4,000 characters, not
annotated before). A text that states no publication date has "published": null,
and dates it cannot place keep X for what is unknown ("XXXX-12-14"); Assay writes such a day "--12-14", and the
evaluation takes the two as one value. With --set ecbplus the first argument is ECB+'s
dev.jsonl:

    python3 Scripts/evaluation/article_entities_gold.py --set ecbplus DATA/ecbplus/dev.jsonl > /tmp/ecbplus.jsonl

re3d-entities.jsonl holds the same annotation, to the same guidelines, of the 53 texts of re3d's development part
(github.com/dstl/re3d; press releases and Wikipedia articles about the Syria/Iraq conflict), made blind in a sixth
round by annotators who saw neither Assay's output nor re3d's own annotation, and scored once before it was used to
find errors (all "dev"). It measures Assay on another kind of text under its own conventions; re3d's annotation, which
marks titles, pronouns and nested spans, is scored with re3d's dev.jsonl itself. With --set re3d the first argument is
re3d's dev.jsonl:

    python3 Scripts/evaluation/article_entities_gold.py --set re3d DATA/re3d/dev.jsonl > /tmp/re3d-assay.jsonl

lee-entities.jsonl holds the same annotation, to the same guidelines, of 220 short news stories of the Lee corpus
(Lee, Pincombe and Welsh 2005: items of the Australian Broadcasting Corporation's news service from about 2001, as
gensim's test data ships them), drawn at random from its 343 distinct texts and made blind in an eighth and a ninth
round of 80 each, each scored once before it was used to find errors, and a fifteenth of 60, scored but kept closed
(all "dev"). No text states its publication date. The texts are the lines of
lee_background.cor and lee.cor (Latin-1), with ids "lee-background-NNN" and "lee-NNN" by line number from 0. With
--set lee the first argument is gensim's wheel (`pip download --no-deps gensim==4.4.0`) or a folder holding the two
files:

    python3 Scripts/evaluation/article_entities_gold.py --set lee gensim-4.4.0-*.whl > /tmp/lee.jsonl

newspaper4k-entities.jsonl holds the same annotation, made blind in a tenth round, of the 12 English news articles
that newspaper4k 0.9.6 (MIT) keeps as test data: the article texts its tests expect (tests/data/txt/*.txt; CNN, Time,
Wired, Fox 13, Yonhap and others, 2013-2023), with each page's publication date from tests/data/metadata. With --set
newspaper4k the first argument is its source archive (`pip download --no-deps --no-binary :all: newspaper4k==0.9.6`)
or the unpacked folder:

    python3 Scripts/evaluation/article_entities_gold.py --set newspaper4k newspaper4k-0.9.6.tar.gz > /tmp/np4k.jsonl
"""

import argparse
import hashlib
import json
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = {
    "article-extraction": HERE / "article-entities.jsonl",
    "ecbplus": HERE / "ecbplus-entities.jsonl",
    "re3d": HERE / "re3d-entities.jsonl",
    "lee": HERE / "lee-entities.jsonl",
    "newspaper4k": HERE / "newspaper4k-entities.jsonl",
}
LEE_FILES = {"lee_background.cor": "lee-background", "lee.cor": "lee"}
NEWSPAPER4K_TEXTS = "tests/data/txt/"


def read_lee(path: str) -> dict[str, str]:
    """The Lee corpus's texts by id, from gensim's wheel or a folder holding its two files."""
    source = Path(path)
    if source.is_dir():
        files = {name: (source / name).read_bytes() for name in LEE_FILES}
    else:
        with zipfile.ZipFile(source) as wheel:
            files = {name: wheel.read(f"gensim/test/test_data/{name}") for name in LEE_FILES}
    texts = {}
    for name, prefix in LEE_FILES.items():
        for number, line in enumerate(files[name].decode("latin-1").split("\n")):
            texts[f"{prefix}-{number:03d}"] = line.rstrip("\r")
    return texts


def read_newspaper4k(path: str) -> dict[str, str]:
    """The article texts of newspaper4k's tests by id ("newspaper4k-cnn_001" for tests/data/txt/cnn_001.txt), from its
    source archive or the unpacked folder."""
    source = Path(path)
    texts = {}
    if source.is_dir():
        for file in (source / NEWSPAPER4K_TEXTS).glob("*.txt"):
            texts[f"newspaper4k-{file.stem}"] = file.read_text(encoding="utf-8")
        return texts
    with tarfile.open(source) as archive:
        for member in archive.getmembers():
            folder, _, name = member.name.partition("/")
            if member.isfile() and name.startswith(NEWSPAPER4K_TEXTS) and name.endswith(".txt"):
                stem = name[len(NEWSPAPER4K_TEXTS) : -len(".txt")]
                texts[f"newspaper4k-{stem}"] = archive.extractfile(member).read().decode("utf-8")
    return texts


def read_bodies(path: str, data_set: str) -> dict[str, str]:
    """The texts by document id: article bodies of ground-truth.json, the texts of ECB+'s or re3d's JSON Lines, the
    Lee corpus's lines, or newspaper4k's test articles."""
    if data_set == "lee":
        return read_lee(path)
    if data_set == "newspaper4k":
        return read_newspaper4k(path)
    text = Path(path).read_text(encoding="utf-8")
    if data_set in ("ecbplus", "re3d"):
        return {record["id"]: record["text"] for record in map(json.loads, text.splitlines()) if record}
    return {key: value.get("articleBody") for key, value in json.loads(text).items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "source",
        help="the benchmark's ground-truth.json; ECB+'s or re3d's dev.jsonl with --set ecbplus or re3d; gensim's wheel"
        " or a folder with the Lee corpus with --set lee; newspaper4k's source archive or its folder with --set"
        " newspaper4k",
    )
    parser.add_argument("--set", choices=sorted(ANNOTATIONS), default="article-extraction", dest="data_set")
    parser.add_argument("--part", choices=["dev", "held-out", "all"], default="all")
    arguments = parser.parse_args()
    try:
        bodies = read_bodies(arguments.source, arguments.data_set)
    except (OSError, ValueError, KeyError, AttributeError, zipfile.BadZipFile, tarfile.TarError) as error:
        print(f"error: {arguments.source}: {error}", file=sys.stderr)
        return 1
    annotations = ANNOTATIONS[arguments.data_set]
    failed = False
    for number, line in enumerate(annotations.read_text(encoding="utf-8").splitlines(), start=1):
        record = json.loads(line)
        if arguments.part != "all" and record["part"] != arguments.part:
            continue
        body = bodies.get(record["id"])
        if body is None or hashlib.sha256(body.encode("utf-8")).hexdigest() != record["sha256"]:
            print(f"error: {annotations.name}:{number}: no text with this id and hash", file=sys.stderr)
            failed = True
            continue
        gold = {"id": record["id"], "published": record["published"], "text": body, "entities": record["entities"]}
        print(json.dumps(gold, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
