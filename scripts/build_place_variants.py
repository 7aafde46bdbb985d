"""Mine the other spellings the news corpus uses for listed places (issue 13/11): بنجلاديش for
بنغلاديش, الكامرون for الكاميرون, هامبورج for هامبورغ, نيوزلندا for نيوزيلندا.

Arabic writes a foreign name's sounds in several ways: g as غ, ج or ك, a long vowel written or
left out, t as ت or ط, s as س or ص. For every one-word alias of a listed country, region,
governorate or city (five letters or more), each spelling one such change away is a candidate.
A candidate is kept when the corpus
- writes it at least MIN_FREQUENCY times and less often than the listed spelling (a variant is the
  rarer form; the commoner one is another word),
- does not know it as another place's alias, a given name, a word with the article added or removed
  (المانا beside مانا), a listed word under a proclitic (وواشنطن), a nisba adverb (فرنسيا، اوروبيا) or a
  commoner word and its ending (جبالا، سوره), and has five letters or more too,
- and uses it as a place: at least MIN_PLACE_LIKENESS (MIN_COUNTRY_LIKENESS for a country, which is
  often a subject) of its occurrences follow a preposition or noun of place or carry ب (the same
  measure scripts/build_places.py keeps one-word aliases by).

Writes extract/data/places_variants_ar.tsv: one row per variant, the listed alias it spells first in
`aliases`, so that extract/lexicons.py adds the variant to that place. Names and counts only, no
corpus text.

    python scripts/build_place_variants.py ../shared/data/corpus/arabic_news.jsonl.gz [counts-cache.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_places import place_likeness  # noqa: E402

from extract.lexicons import place_gazetteer, word_frequencies  # noqa: E402
from extract.normalize import normalize_string  # noqa: E402
from extract.words import given_names  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places_variants_ar.tsv"
KINDS = ("country", "region", "governorate", "city")
MIN_LETTERS = 5
MIN_FREQUENCY = 5
MIN_PLACE_LIKENESS = 0.3
MIN_COUNTRY_LIKENESS = 0.15
OTHER_FORM_MAX = 3  # the variant with the article added or removed seen this often: a word
LONG_VOWELS = "اوي"
LETTER_SWAPS = (("غ", "ج"), ("ج", "غ"), ("غ", "ك"), ("ك", "غ"), ("ج", "ك"), ("ك", "ج"),
                ("ط", "ت"), ("ت", "ط"), ("ص", "س"), ("س", "ص"), ("ق", "ك"), ("ك", "ق"))
PROCLITICS = "وفبلك"

HEADER = """# Other spellings of listed places that the news corpus uses (بنجلاديش، الكامرون، هامبورج), mined by
# scripts/build_place_variants.py from ../shared/data/corpus/arabic_news.jsonl.gz: one change of a
# foreign g (غ/ج/ك), t (ت/ط), s (س/ص), q/k, or a long vowel written or dropped, kept where the corpus
# uses the spelling as a place (after a preposition or noun of place) and knows it as no other word.
# aliases: the listed alias first, then the variant (extract/lexicons.py adds it to that place).
# frequency and likeness: the variant's corpus count and its share of place contexts. Names and
# counts only, no corpus text; derived from the corpus's articles, which belong to their publishers;
# this list: MIT.
name\tname_en\tkind\tcountry\tlat\tlon\taliases\tgeonames_id\tweak_aliases\tfrequency\tlikeness
"""


def spellings(word: str) -> set[str]:
    """The spellings one change away: a medial long vowel dropped or added, a letter swapped."""
    found = {word[:i] + word[i + 1:] for i in range(1, len(word) - 1) if word[i] in LONG_VOWELS}
    found |= {word[:i] + vowel + word[i:] for i in range(1, len(word)) for vowel in LONG_VOWELS}
    found |= {word[:i] + new + word[i + 1:] for old, new in LETTER_SWAPS for i, letter in enumerate(word) if letter == old}
    return found - {word}


def _is_other_word(variant: str, base: str, known: set[str]) -> bool:
    frequencies = word_frequencies()
    other_form = variant[2:] if variant.startswith("ال") else "ال" + variant
    return variant in known or variant in given_names() or frequencies.get(other_form, 0) > OTHER_FORM_MAX \
        or variant[0] in PROCLITICS and (variant[1:] in known or frequencies.get(variant[1:], 0) > frequencies.get(variant, 0)) \
        or variant.endswith("يا") and not base.endswith("يا") \
        or variant.endswith(("ا", "ه")) and frequencies.get(variant[:-1], 0) > frequencies.get(variant, 0)
    # فرنسيا، اوروبيا: an adverb of the nisba; جبالا، سوره: a word and its ending or pronoun


def candidates() -> dict[str, tuple[str, dict]]:
    """variant -> (the listed alias it spells, its place), for variants the corpus writes often enough."""
    frequencies = word_frequencies()
    known = {normalize_string(alias) for place in place_gazetteer()
             for alias in place["aliases"] + place.get("shared_aliases", []) + place.get("weak_aliases", [])}
    found: dict[str, tuple[str, dict]] = {}
    for place in place_gazetteer():
        if place["kind"] not in KINDS:
            continue
        for alias in place["aliases"]:
            base = normalize_string(alias)
            if " " in base or len(base) < MIN_LETTERS:
                continue
            for variant in spellings(base):
                if len(variant) < MIN_LETTERS:
                    continue  # اران، هاوي: a short spelling is more often another word
                count = frequencies.get(variant, 0)
                if MIN_FREQUENCY <= count < frequencies.get(base, 0) and not _is_other_word(variant, base, known) \
                        and (variant not in found or frequencies.get(base, 0) > frequencies.get(found[variant][0], 0)):
                    found[variant] = (alias, place)
    return found


def select(found: dict[str, tuple[str, dict]], likeness: dict[str, float]) -> list[tuple[str, str, dict, float]]:
    chosen = []
    for variant, (alias, place) in sorted(found.items()):
        floor = MIN_COUNTRY_LIKENESS if place["kind"] == "country" else MIN_PLACE_LIKENESS
        if likeness.get(variant, 0.0) >= floor:
            chosen.append((variant, alias, place, likeness[variant]))
    return chosen


def write(chosen: list[tuple[str, str, dict, float]]) -> None:
    lines = [HEADER]
    for variant, alias, place, share in chosen:
        lines.append(f"{place['name']}\t{place['name_en']}\t{place['kind']}\t{place['country'] or ''}\t\t\t"
                     f"{alias}|{variant}\t\t\t{word_frequencies().get(variant, 0)}\t{share:.2f}\n")
    OUTPUT.write_text("".join(lines), encoding="utf-8")


def main(corpus: str, cache: str | None = None) -> None:
    OUTPUT.write_text(HEADER, encoding="utf-8")  # the gazetteer is judged without this file's variants
    found = candidates()
    cache_path = Path(cache) if cache else None
    if cache_path is not None and cache_path.exists():
        likeness = json.loads(cache_path.read_text(encoding="utf-8"))
    else:
        likeness = place_likeness(Path(corpus), set(found))
        if cache_path is not None:
            cache_path.write_text(json.dumps(likeness), encoding="utf-8")
    chosen = select(found, likeness)
    write(chosen)
    print(f"{len(found)} candidates, {len(chosen)} kept -> {OUTPUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
