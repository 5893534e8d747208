#!/usr/bin/env python3
"""Turns hand-annotated markup into a gold JSON Lines file that `assay evaluate extraction --gold` reads.

Markup: documents open with "## ID (PUBLISHED)"; annotated spans are [[surface|Type]] or [[surface|Type|value]];
lines starting with "#" (one hash) are comments. Offsets are Unicode code points into the text without markup.
Usage: gold_from_markup.py FILE.md > FILE.jsonl   (writes FILE.jsonl beside FILE.md when no redirection is wanted)
"""
import json
import re
import sys

SPAN = re.compile(r"\[\[([^|\]]+)\|([A-Za-z]+)(?:\|([^\]]+))?\]\]")


def documents(lines):
    current = None
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("## "):
            if current:
                yield current
            match = re.match(r"## (\S+)(?: \(([^)]*)\))?", line)
            current = {"id": match.group(1), "published": match.group(2), "paragraphs": []}
        elif line.startswith("#") or not line.strip():
            continue
        elif current is not None:
            current["paragraphs"].append(line)
    if current:
        yield current


def convert(document):
    text = ""
    entities = []
    for paragraph in document["paragraphs"]:
        if text:
            text += "\n"
        position = 0
        for match in SPAN.finditer(paragraph):
            text += paragraph[position:match.start()]
            start = len(text)
            text += match.group(1)
            entity = {"start": start, "end": len(text), "type": match.group(2), "surface": match.group(1)}
            if match.group(3):
                entity["value"] = match.group(3)
            entities.append(entity)
            position = match.end()
        text += paragraph[position:]
    record = {"id": document["id"], "text": text, "entities": entities}
    if document["published"]:
        record["published"] = document["published"]
    return record


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as handle:
        records = [convert(document) for document in documents(handle)]
    output = path.rsplit(".", 1)[0] + ".jsonl"
    with open(output, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
