#!/usr/bin/env python3
"""Times trafilatura on the same pages `assay benchmark clean --trafilatura` times, on one core.

Usage: benchmark_trafilatura.py PATH...   (files or folders of .html / .htm / .html.gz)
Prints one JSON object: {"documents": N, "bytes": B, "seconds": S}, where bytes are the pages' HTML bytes and
seconds the time spent in trafilatura.extract alone (reading and decompression are not timed).
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def pages(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.endswith((".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")):
                        yield os.path.join(root, name)
        else:
            yield path


def read(path):
    with open(path, "rb") as handle:
        data = handle.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def main():
    documents = [read(path) for path in pages(sys.argv[1:])]
    start = time.perf_counter()
    for html in documents:
        trafilatura.extract(html)
    seconds = time.perf_counter() - start
    print(json.dumps({"documents": len(documents), "bytes": sum(map(len, documents)), "seconds": seconds}))


if __name__ == "__main__":
    main()
