"""Draw the real-text evaluation set from the corpus (issue: real articles of every kind).

Fixed seed, stratified by source corpus (SaudiNewsNet, ANT-1.1, ANT-2.1): 15 articles each with
300-3,500 characters of text (long enough to hold fields, short enough to annotate by hand), the
first 10 of each source for development and the last 5 for test. Within a source the draw is
uniform, so topics (sport, economy, local news, politics, culture ...) come in their corpus shares.

Writes samples/real/manifest.tsv: split, name, corpus line (0-based), corpus id, outlet, topic,
publication date and the SHA-256 of the text. The texts themselves are not committed; scripts/materialise_real.py
writes them from the corpus and checks each hash.

    python scripts/draw_real_set.py ../shared/data/corpus/arabic_news.jsonl.gz samples/real/manifest.tsv
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

SEED = 20261201
PER_SOURCE = 15
DEV_PER_SOURCE = 10
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("manifest", type=Path)
    args = parser.parse_args()
    candidates: dict[str, list[int]] = {source: [] for source in SOURCES}
    articles: dict[int, dict] = {}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            article = json.loads(line)
            if article["source"] in candidates and MIN_CHARS <= len(article["text"]) <= MAX_CHARS:
                candidates[article["source"]].append(line_number)
                articles[line_number] = article
    rng = random.Random(SEED)
    rows = []
    for source in SOURCES:
        drawn = rng.sample(candidates[source], PER_SOURCE)
        for index, line_number in enumerate(drawn):
            article = articles[line_number]
            split = "dev" if index < DEV_PER_SOURCE else "test"
            digest = hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
            rows.append((split, short_name(article, line_number), str(line_number), article["id"],
                         article.get("outlet") or "", topic_of(article), published_of(article), digest))
    rows.sort()
    header = ("split", "name", "line", "corpus_id", "outlet", "topic", "published", "sha256")
    args.manifest.write_text("\n".join("\t".join(row) for row in [header, *rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.manifest}")


if __name__ == "__main__":
    main()
