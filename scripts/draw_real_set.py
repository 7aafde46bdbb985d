"""Draw the real-text evaluation set from the corpus (issue: real articles of every kind).

Fixed seed, stratified by source corpus (SaudiNewsNet, ANT-1.1, ANT-2.1): 15 articles each with
300-3,500 characters of text (long enough to hold fields, short enough to annotate by hand), the
first 10 of each source for development and the last 5 for test. Within a source the draw is
uniform, so topics (sport, economy, local news, politics, culture ...) come in their corpus shares.

Writes samples/real/manifest.tsv: split, name, corpus line (0-based), corpus id, outlet, topic,
publication date and the SHA-256 of the text. The texts themselves are not committed; scripts/materialise_real.py
writes them from the corpus and checks each hash.

    python scripts/draw_real_set.py ../shared/data/corpus/arabic_news.jsonl.gz samples/real/manifest.tsv

Thirty dev articles were too few to measure a rule honestly (every draw has one-off errors), so
`--append-dev SEED` draws a further 10 articles per source for `dev` with its own seed, from the same
300-3,500-character candidates less every line the manifest already holds, and appends them to the
manifest; the rows already there are kept byte for byte (the second dev draw used seed 2590):

    python scripts/draw_real_set.py ../shared/data/corpus/arabic_news.jsonl.gz samples/real/manifest.tsv --append-dev 2590
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

SEED = 20261201
PER_SOURCE = 15
DEV_PER_SOURCE = 10
APPENDED_DEV_PER_SOURCE = 10
HEADER = ("split", "name", "line", "corpus_id", "outlet", "topic", "published", "sha256")
MIN_CHARS, MAX_CHARS = 300, 3500
SOURCES = ("SaudiNewsNet", "ANT-1.1", "ANT-2.1")


def topic_of(article: dict) -> str:
    """ANT ids carry the topic folder (ANT-2.1/SkyNews/sport/...); SaudiNewsNet has none."""
    parts = article["id"].split("/")
    if article["source"] == "ANT-1.1":
        return parts[1]
    if article["source"] == "ANT-2.1":
        return parts[2]
    return ""


def published_of(article: dict) -> str:
    """ISO publication date: SaudiNewsNet's `date` field, or the YYYYMMDD that ends an ANT file name."""
    if article.get("date"):
        return article["date"][:10]
    match = re.search(r"(\d{4})(\d{2})(\d{2})\.txt$", article["id"])
    return "-".join(match.groups()) if match else ""


def short_name(article: dict, line: int) -> str:
    outlet = (article.get("outlet") or "unknown").lower().replace(" ", "")
    return f"{outlet}_{line:05d}"


def read_candidates(corpus: Path) -> tuple[dict[str, list[int]], dict[int, dict]]:
    """The corpus lines of each source whose text has 300-3,500 characters, and those articles."""
    candidates: dict[str, list[int]] = {source: [] for source in SOURCES}
    articles: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            article = json.loads(line)
            if article["source"] in candidates and MIN_CHARS <= len(article["text"]) <= MAX_CHARS:
                candidates[article["source"]].append(line_number)
                articles[line_number] = article
    return candidates, articles


def manifest_row(split: str, article: dict, line_number: int) -> tuple[str, ...]:
    digest = hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
    return (split, short_name(article, line_number), str(line_number), article["id"],
            article.get("outlet") or "", topic_of(article), published_of(article), digest)


def first_draw(candidates: dict[str, list[int]], articles: dict[int, dict]) -> list[tuple[str, ...]]:
    rng = random.Random(SEED)
    rows = []
    for source in SOURCES:
        drawn = rng.sample(candidates[source], PER_SOURCE)
        for index, line_number in enumerate(drawn):
            split = "dev" if index < DEV_PER_SOURCE else "test"
            rows.append(manifest_row(split, articles[line_number], line_number))
    return sorted(rows)


def appended_dev_draw(candidates: dict[str, list[int]], articles: dict[int, dict], seed: int,
                      used: set[int]) -> list[tuple[str, ...]]:
    """Another 10 dev articles per source, uniform within the source, none of them a line in `used`."""
    rng = random.Random(seed)
    rows = []
    for source in SOURCES:
        fresh = [line_number for line_number in candidates[source] if line_number not in used]
        rows += [manifest_row("dev", articles[n], n) for n in rng.sample(fresh, APPENDED_DEV_PER_SOURCE)]
    return sorted(rows)


def used_lines(manifest: Path) -> set[int]:
    with manifest.open(encoding="utf-8", newline="") as rows:
        return {int(row["line"]) for row in csv.DictReader(rows, delimiter="\t")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--append-dev", type=int, metavar="SEED",
                        help="append a further dev draw with this seed to an existing manifest")
    args = parser.parse_args()
    candidates, articles = read_candidates(args.corpus)
    if args.append_dev is None:
        rows = first_draw(candidates, articles)
        args.manifest.write_text("\n".join("\t".join(row) for row in [HEADER, *rows]) + "\n", encoding="utf-8")
        print(f"wrote {len(rows)} rows to {args.manifest}")
        return
    rows = appended_dev_draw(candidates, articles, args.append_dev, used_lines(args.manifest))
    with args.manifest.open("a", encoding="utf-8") as manifest:
        manifest.write("".join("\t".join(row) + "\n" for row in rows))
    print(f"appended {len(rows)} dev rows (seed {args.append_dev}) to {args.manifest}")


if __name__ == "__main__":
    main()
