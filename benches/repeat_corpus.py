#!/usr/bin/env python3
"""Streams a JSONL(.gz) corpus N times to stdout, each copy with new ids (`r2-…`),
for showing that memory stays bounded at N× the corpus:

    mkfifo /tmp/x4.jsonl
    python3 benches/repeat_corpus.py 4 ../shared/corpus/antcorpus-multisource-2018.jsonl.gz > /tmp/x4.jsonl &
    /usr/bin/time -v target/release/isnad extract --format nquads /tmp/x4.jsonl > /dev/null
"""
import gzip
import json
import sys

n, path = int(sys.argv[1]), sys.argv[2]
out = sys.stdout
for r in range(1, n + 1):
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
        for line in f:
            if r == 1:
                out.write(line)
                continue
            a = json.loads(line)
            a["id"] = f"r{r}-{a['id']}"
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
