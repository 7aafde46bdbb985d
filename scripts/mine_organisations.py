"""Mine the full names of organisations from the news corpus into extract/data/orgs_mined_ar.tsv.

Usage: python scripts/mine_organisations.py ../shared/data/corpus/arabic_news.jsonl.gz [--limit N]

News names a body by a head noun (وزارة، هيئة، مؤسسة، جمعية، اتحاد، نادي، حزب، حركة، منظمة، شركة،
مجلس، لجنة، إدارة، مديرية …) and what follows it in a fixed order:
- an indefinite head takes a genitive: a definite noun or a listed place, after at most one
  indefinite noun (حزب العمال، نادي هلال بنغازي، هيئة تحرير الشام);
- a definite head takes one or two nisba adjectives instead (الإدارة الوطنية، الاتحاد العالمي);
- then nisba adjectives (الكردستاني، الإيراني, also joined by و: والقروية);
- then a لـ complement that says what the body is for, a definite noun with its adjectives
  (للرصد الجوي، لعلماء المسلمين، لكرة القدم).
The name stops at anything else: a verb, a preposition, a date, a function word, a word with a
pronoun, the sentence's end. The rules of extract/ner/organisations.py read the short names
(وزارة الداخلية، الجيش السوري); what they miss are the longer ones, so only names of at least
MIN_WORDS words are kept, and only where the corpus evidence is strong: seen as that full extent at
least MIN_HEADED times in at least MIN_ARTICLES articles, and ending there in at least
MIN_STABLE_SHARE of the extents that start with it (a name usually cut short by the next word is a
fragment of a longer one). Phrases about a body's parts or its work are left out: a board
(مجلس إدارة الشركة), a head taken as a verbal noun (إدارة الأزمة, which has no adjective or
complement), a generic head and nationality (الشركة السعودية للكهرباء keeps its complement).

kind is the RECORD.md actor kind the head gives. Articles of the real-text evaluation set
(samples/real/manifest.tsv) are left out. Only names and counts are written, never corpus text.
The output is sorted and the count thresholds are fixed: the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.lexicons import actor_lexicon, read_tsv, word_frequencies  # noqa: E402
from extract.ner.companies import _of_a_place  # noqa: E402
from extract.normalize import normalize_string  # noqa: E402
from extract.words import function_words, nationality_countries, place_words, time_words  # noqa: E402

OUTPUT = ROOT / "extract" / "data" / "orgs_mined_ar.tsv"
MANIFEST = ROOT / "samples" / "real" / "manifest.tsv"
TOKEN = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0670\u0640]+|\d+|\S")
BREAK = frozenset(".!?؟:؛;\n،,()[]\"«»“”'-–—/")
# Head noun -> RECORD.md kind (a party or movement is an organisation unless the article says more).
HEADS = {normalize_string(head): kind for head, kind in (
    ("وزارة", "government"), ("هيئة", "organization"), ("مؤسسة", "organization"), ("جمعية", "organization"),
    ("اتحاد", "organization"), ("نادي", "organization"), ("حزب", "organization"), ("حركة", "organization"),
    ("منظمة", "organization"), ("شركة", "organization"), ("بنك", "organization"), ("مصرف", "organization"),
    ("مجلس", "government"), ("لجنة", "organization"), ("إدارة", "government"), ("مديرية", "government"),
    ("مركز", "organization"), ("معهد", "organization"), ("جامعة", "organization"), ("نقابة", "organization"),
    ("رابطة", "organization"), ("مفوضية", "organization"), ("وكالة", "media"), ("صندوق", "organization"),
    ("جبهة", "armed_group"), ("تجمع", "organization"), ("ائتلاف", "organization"), ("تحالف", "coalition"),
    ("أكاديمية", "organization"), ("غرفة", "organization"), ("محكمة", "government"), ("الهيئة", "organization"),
    ("المؤسسة", "organization"), ("الجمعية", "organization"), ("الاتحاد", "organization"), ("النادي", "organization"),
    ("الحزب", "organization"), ("الحركة", "organization"), ("المنظمة", "organization"), ("الشركة", "organization"),
    ("البنك", "organization"), ("المصرف", "organization"), ("المجلس", "government"), ("اللجنة", "organization"),
    ("الإدارة", "government"), ("المديرية", "government"), ("المركز", "organization"), ("المعهد", "organization"),
    ("الجامعة", "organization"), ("النقابة", "organization"), ("الرابطة", "organization"), ("المفوضية", "organization"),
    ("الوكالة", "media"), ("الصندوق", "organization"), ("الجبهة", "armed_group"), ("التجمع", "organization"),
    ("الائتلاف", "organization"), ("التحالف", "coalition"), ("الأكاديمية", "organization"), ("الغرفة", "organization"),
    ("المحكمة", "government"))}
DIRECTORATE = normalize_string("مديرية")
PROCLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")
# Words after a head that make the phrase a body's part or its office, not a body.
PART_WORDS = frozenset(normalize_string(word) for word in ("إدارة", "الإدارة", "أمناء", "الأمناء", "الأمن", "التعاون"))
# A head that is also a verbal noun or a common noun (حركة الرياح، إدارة الأزمة، مركز الثقل، جبهة
# الساحل: a battle front) names a body only where the
# corpus has it act: the subject right after a verb of saying or doing (أعلنت، قالت، أصدرت …).
AMBIGUOUS_HEADS = frozenset(normalize_string(word) for word in (
    "حركة", "الحركة", "جبهة", "الجبهة", "إدارة", "الإدارة", "مركز", "المركز", "تجمع", "التجمع", "غرفة", "الغرفة", "تحالف", "التحالف"))
AGENT_VERBS = frozenset(normalize_string(word) for word in (
    "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أوضح", "أوضحت", "دعا", "دعت", "طالب", "طالبت",
    "نفى", "نفت", "أصدر", "أصدرت", "كشف", "كشفت", "نظم", "نظمت", "أفاد", "أفادت", "أشار", "أشارت", "حذر", "حذرت",
    "أطلق", "أطلقت", "قرر", "قررت", "وقع", "وقعت", "رفض", "رفضت", "أدان", "أدانت", "تبنى", "تبنت"))
MIN_AGENT = 1
MIN_COMPLEMENT_SHARE = 0.05
MIN_PAIR_SHARE = 0.02
MIN_WORDS = 3
MIN_HEADED = 4
MIN_ARTICLES = 3
MIN_STABLE_SHARE = 0.5
MAX_GENITIVE_WORDS = 2
MAX_ADJECTIVES = 2
MAX_COMPLEMENT_WORDS = 3
COMMON_WORD = 200  # an indefinite word this frequent is a common noun, a name part only before a definite one
HEADER = """# Full names of organisations mined from the news corpus (../shared/data/corpus/arabic_news.jsonl.gz)
# by scripts/mine_organisations.py: an organisation head noun (وزارة، هيئة، اتحاد، حزب، إدارة …) with
# its genitive, nisba adjectives and لـ complement, names of at least three words. headed: times seen
# as that full extent; articles: in how many articles; stable: headed / all extents starting with it;
# agent: times right after a verb of saying or doing (required of heads that are also verbal nouns:
# حركة، إدارة، مركز …); kind: the RECORD.md actor kind of the head. Names and counts only, no corpus text.
# Derived from the corpus's articles, which belong to their publishers; this list: MIT.
"""


def head_of(word: str) -> str | None:
    """The head a word is, past its proclitics (وللهيئة is ل+الهيئة, للجنة ل+اللجنة)."""
    for clitic in ("لل", "ولل", "فلل"):
        if word.startswith(clitic) and "ال" + word[len(clitic) - 1:] in HEADS:
            return "ال" + word[len(clitic) - 1:]  # للجنة: ل before اللجنة, whose ل doubles the article's
    for clitic in PROCLITICS:
        stem = word[len(clitic):]
        if word.startswith(clitic) and stem in HEADS:
            return stem
    if word.startswith(("لل", "ولل")):
        stem = "ال" + word[word.index("لل") + 2:]
        if stem in HEADS:
            return stem
    return None


def is_arabic(word: str) -> bool:
    return bool(re.fullmatch(r"[\u0621-\u064a]{2,}", word))


def is_definite(word: str) -> bool:
    return is_arabic(word) and word.startswith("ال") and len(word) >= 4 and word not in function_words() \
        and word not in _time_words()


def is_nisba(word: str) -> bool:
    return is_definite(word) and word.endswith(("ي", "يه", "يين", "يون"))


def is_conjoined_nisba(word: str) -> bool:
    return word.startswith("وال") and is_nisba(word[1:]) and word[1:] not in nationality_countries() \
        and word[1:] not in HEADS


def is_plain(word: str, clitic_free: bool = True) -> bool:
    """An indefinite word that can stand inside a name: no function word, time word or clitic."""
    return is_arabic(word) and not word.startswith(("ال", "لل")) and word not in function_words() \
        and word not in _time_words() and (not clitic_free or word[:1] not in "وبلفك") and head_of(word) is None


_TIME: frozenset[str] | None = None


def _time_words() -> frozenset[str]:
    global _TIME
    if _TIME is None:
        _TIME = frozenset(word for words in time_words().values() for word in words)
    return _TIME


def feminine(word: str) -> bool:
    return word.endswith(("ه", "ات")) and word != normalize_string("الله")  # its ه is no ة


def disagrees(head: str, genitive: str, adjective: str) -> bool:
    """A feminine nisba after a masculine head and a masculine genitive agrees with neither."""
    return is_nisba(adjective) and adjective.endswith("يه") and not feminine(head_of(head)) and not feminine(genitive)


def genitive_end(words: list[str], position: int) -> int | None:
    """Last index of the genitive after an indefinite head at position - 1, or None."""
    for offset in range(MAX_GENITIVE_WORDS):
        index = position + offset
        if index >= len(words):
            return None
        word = words[index]
        if is_definite(word) or word in place_words():
            return index
        if not is_plain(word) or offset == MAX_GENITIVE_WORDS - 1:
            return None
    return None


def complement_end(words: list[str], position: int) -> int:
    """Last index of a لـ complement starting at position (للرصد الجوي، لكرة القدم), or position - 1."""
    if position >= len(words):
        return position - 1
    word = words[position]
    if word.startswith("لل") and is_definite("ال" + word[2:]) and "ال" + word[2:] not in HEADS:
        end = position
    elif word.startswith("ل") and is_plain(word[1:], clitic_free=False) and position + 1 < len(words) and is_definite(words[position + 1]):
        end = position + 1  # لعلماء المسلمين، لكرة القدم
    else:
        return position - 1
    # الاتحاد الدولي لكرة القدم السويسري: a nationality after the complement says where the body is
    while end + 1 < len(words) and end - position + 1 < MAX_COMPLEMENT_WORDS and is_nisba(words[end + 1]) \
            and not _of_a_place(words[end + 1]):
        end += 1
    return end


def extent(words: list[str], head: int) -> int | None:
    """Last index of the name the head at `head` starts, or None where it starts none."""
    stem = head_of(words[head])
    end = head
    if not stem.startswith("ال"):
        genitive = genitive_end(words, head + 1)
        if genitive is None or words[head + 1] in HEADS or words[head + 1][2:] in HEADS:
            return None  # وكالة الوزارة: a part of a body named before
        if stem == DIRECTORATE and not words[head + 1].startswith("ال"):
            return None  # مديرية رازح: a district (Yemen's مديريات are places)
        end = genitive
    adjectives = 0
    # A definite head's adjectives agree with it (الجبهة الوطنية، not الجبهة الوطنية اليميني).
    if end > head and end + 1 < len(words) and disagrees(words[head], words[end], words[end + 1]):
        return None  # حزب الله اللبنانية: the adjective agrees with a noun before the name
    while end + 1 < len(words) and adjectives < MAX_ADJECTIVES \
            and not (stem.startswith("ال") and feminine(stem) != words[end + 1].endswith("يه")) \
            and (is_nisba(words[end + 1]) or (adjectives and is_conjoined_nisba(words[end + 1]))) \
            and words[end + 1] not in HEADS:
        end += 1
        adjectives += 1
    if stem.startswith("ال") and adjectives == 0:
        return None
    return complement_end(words, end + 1)


def sentences(text: str) -> list[list[str]]:
    """Normalised words, split where punctuation ends a phrase."""
    found, current = [], []
    for token in TOKEN.findall(text):
        if token in BREAK or not is_arabic(normalize_string(token)) and not token.isdigit():
            if current:
                found.append(current)
            current = []
            continue
        current.append(normalize_string(token))
    if current:
        found.append(current)
    return found


def name_of(words: list[str], head: int, end: int) -> str:
    return " ".join([head_of(words[head])] + words[head + 1:end + 1])


def after_agent_verb(words: list[str], head: int) -> bool:
    if head == 0:
        return False
    verb = words[head - 1]
    return verb in AGENT_VERBS or verb[:1] in "وف" and verb[1:] in AGENT_VERBS


def mine(corpus: Path, limit: int | None) -> tuple[Counter, dict[str, set[int]], Counter, Counter]:
    headed, in_articles, starts, agent = Counter(), defaultdict(set), Counter(), Counter()
    skip = evaluation_ids()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            item = json.loads(line)
            if item.get("id") in skip:
                continue
            for words in sentences(item.get("text", "")):
                for index, word in enumerate(words):
                    if head_of(word) is None:
                        continue
                    end = extent(words, index)
                    if end is None:
                        continue
                    name = name_of(words, index, end)
                    headed[name] += 1
                    in_articles[name].add(number)
                    agent[name] += after_agent_verb(words, index)
                    parts = name.split()
                    for length in range(2, len(parts) + 1):
                        starts[" ".join(parts[:length])] += 1
    return headed, in_articles, starts, agent


def generic(name: str) -> bool:
    """A body's part or office (مجلس إدارة الشركة), or a definite head whose only adjective is a
    nationality and whose complement is missing (a description, not a name)."""
    words = name.split()
    if words[1] in PART_WORDS:
        return True
    nationalities = [is_nisba(word) and _of_a_place(word) for word in words[1:]]
    if any(first and second for first, second in zip(nationalities, nationalities[1:])):
        return True  # الاتحاد الأوروبي الفرنسي: two bodies' adjectives run together
    frequencies = word_frequencies()
    # اتحاد الكرة الطائرة: fine; إدارة الأزمة الحالية: the verbal noun and its object
    if not words[0].startswith("ال") and words[0] in (normalize_string("إدارة"),) and not words[-1].startswith("لل") \
            and frequencies.get(words[1][2:], 0) >= COMMON_WORD and not any(w in place_words() for w in words[1:]):
        return True
    return False


def complement_attached(name: str, count: int, starts: Counter) -> bool:
    """صندوق النقد الدولي للحصول: a لـ word the name rarely takes is what follows it, not its remit."""
    words = name.split()
    if not words[-1].startswith("ل") and not (len(words) > 2 and words[-2].startswith("ل")):
        return True
    cut = next(index for index in range(len(words) - 1, 0, -1) if words[index].startswith("ل"))
    return cut < 2 or count >= MIN_COMPLEMENT_SHARE * starts[" ".join(words[:cut])]


def collocated(words: list[str], count: int) -> bool:
    """شركة أبل النقاب (كشفت شركة أبل النقاب عن): an indefinite first word of the genitive is a name's
    part only with the word after it as a fixed pair (دار العلوم), not a word the corpus has mostly alone."""
    if words[0].startswith("ال") or words[1].startswith("ال") or words[1] in place_words():
        return True
    return count >= MIN_PAIR_SHARE * word_frequencies().get(words[1], 0)


def known_names() -> frozenset[str]:
    """Names the pipeline finds already: the actor lexicon's aliases, the mined clubs and companies."""
    names = {normalize_string(alias) for actor in actor_lexicon() for alias in actor["aliases"]}
    for table in ("clubs_mined_ar.tsv", "companies_mined_ar.tsv"):
        names.update(normalize_string(row["name"]) for row in read_tsv(table))
    return frozenset(names)


def holds_known_name(words: list[str], known: frozenset[str]) -> bool:
    """وكالة أنباء الأناضول التركية، نادي الهلال السعودي، حزب الله اللبناني: a head or adjectives around a
    name the pipeline knows describe that body; its gold name is the known one, and the pipeline finds it.
    A known name with a complement is a longer name (الاتحاد الدولي لكرة القدم)."""
    if any(" ".join(words[first:last]) in known for first in range(1, len(words))
           for last in range(first + 1, len(words) + 1)):
        return True
    # حزب الله اللبناني: a known name and adjectives that only say where it is from
    return any(" ".join(words[:last]) in known and all(is_nisba(word) for word in words[last:])
               for last in range(2, len(words)))


def select(headed: Counter, in_articles: dict[str, set[int]], starts: Counter, agent: Counter) -> list[dict[str, object]]:
    rows, known = [], known_names()
    for name, count in headed.items():
        words = name.split()
        if len(words) < MIN_WORDS or count < MIN_HEADED or len(in_articles[name]) < MIN_ARTICLES:
            continue
        stable = count / max(starts[name], 1)
        if stable < MIN_STABLE_SHARE or generic(name) or not complement_attached(name, count, starts) \
                or not collocated(words, count) or holds_known_name(words, known) or words[0] in AMBIGUOUS_HEADS and agent[name] < MIN_AGENT:
            continue
        rows.append({"name": name, "headed": count, "articles": len(in_articles[name]), "stable": round(stable, 4), "agent": agent[name],
                     "kind": HEADS[words[0]]})
    return sorted(rows, key=lambda row: row["name"])


def evaluation_ids() -> set[str]:
    if not MANIFEST.exists():
        return set()
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return {dict(zip(header, line.split("\t")))["corpus_id"] for line in lines[1:] if line and not line.startswith("#")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    rows = select(*mine(args.corpus, args.limit))
    with args.output.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("name\theaded\tarticles\tstable\tagent\tkind\n")
        for row in rows:
            handle.write(f"{row['name']}\t{row['headed']}\t{row['articles']}\t{row['stable']}\t{row['agent']}\t{row['kind']}\n")
    print(f"{len(rows)} names written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
