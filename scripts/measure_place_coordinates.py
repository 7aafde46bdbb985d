"""Count the places the pipeline finds in the first N corpus articles, and how many have no coordinates.

Usage: python scripts/measure_place_coordinates.py ../shared/data/corpus/arabic_news.jsonl.gz [--limit 3000]

Prints one JSON object: articles, places (entity items summed over articles), without_coordinates,
and the count of each `coordinates` value and of each `coordinates_note` for those without.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
from collections import Counter
from pathlib import Path

from extract import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=3000)
    args = parser.parse_args()
    pipeline = Pipeline()
    places = without = articles = 0
    kinds: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, args.limit):
            record = pipeline(json.loads(line).get("text", ""))
            articles += 1
            for place in record["places"]:
                places += 1
                kinds[str(place.get("coordinates", "n/a"))] += 1
                if place.get("lat") is None:
                    without += 1
                    reasons[str(place.get("coordinates_note"))] += 1
    print(json.dumps({"articles": articles, "places": places, "without_coordinates": without,
                      "coordinates": dict(kinds), "reasons": dict(reasons)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
