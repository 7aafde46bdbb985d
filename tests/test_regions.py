"""A pattern run only over the stretches that hold its core gives the matches of a full scan."""

from __future__ import annotations

import random
import re

from extract import timex
from extract.regions import Core, barriers, finditer_in_regions, regions, word_trie


def spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


def test_barriers_are_the_characters_a_pattern_never_accepts():
    assert "." in barriers(re.compile(r"(?<!\w)\d{4}(?!\w)"))
    assert "." not in barriers(re.compile(r"\d+[/.-]\d+"))  # the separator may be a full stop
    assert ":" not in barriers(re.compile(r"(?<!\w)\d+(?!\w)(?=:)"))  # a lookahead looks at it
    assert barriers(re.compile(r"\bعام\b")) == ""  # \b would see a stretch's end as a word edge


def test_regions_are_the_stretches_between_barriers_that_hold_the_core():
    text = "زار الوفد المدينة. وفي مارس عاد. ثم غادر"
    first_stop = text.index(".")
    assert regions(text, Core("مارس", after=r"\W"), ".") == [(first_stop + 1, text.index(".", first_stop + 1))]
    assert regions(text, Core("يناير"), ".") == []


def test_a_core_after_a_class_is_found_at_the_text_start_and_after_digits():
    core = Core(word_trie(["مارس", "مايو"]), after=r"\W\d")
    assert core.positions("مارس الماضي") == [0]
    assert core.positions("في 25مارس و(مايو") == [5, 12]
    assert core.positions("الكمارسي") == []


def test_word_trie_matches_the_words_and_their_spaced_forms():
    expression = re.compile(word_trie(["اب", "ابريل", "كانون الثاني", "كانون اول"]))
    assert [m.group() for m in expression.finditer("اب ابريل كانون  الثاني كانون اول كانون")] == [
        "اب", "ابريل", "كانون  الثاني", "كانون اول"]


def test_same_matches_as_a_full_scan_on_sentences():
    pattern = re.compile(r"(?<!\w)(?:(?:في|منذ)\s+)?(?:مارس|مايو)(?:\s+(?P<year>\d{4}))?(?!\w)")
    core = Core("مارس|مايو", after=r"\W")
    text = "مارس 2020 شهد الافتتاح. وقال الوزير: منذ مايو 2019 لم يحدث شيء؛ في مارسيليا لا. في مايو"
    assert spans(finditer_in_regions(pattern, core, text)) == spans(pattern.finditer(text))
    assert len(spans(pattern.finditer(text))) == 3


PIECES = ["في", "منذ", "يوم", "الخميس", "الماضي", "25", "2017", "1438", "هـ", "مارس", "آذار", "كانون الثاني",
          "اب", "كتاب", "من", "الشهر", "الجاري", "العام", "اليوم", "أمس", "الرابع", "عشر", "/", "-", ".", "،", "(",
          ")", ":", "؟", "«", "»", "\n", "  ", " ", "م", "عام", "بين", "و", "19/03/2017", "إلى", "حتى", "9", "–",
          "سبتمبر", "المقبلين", "الماضيين", "هذا", "الاسبوع"]


def test_same_date_scan_as_a_full_scan_on_random_texts():
    chooser = random.Random(17)
    full_scan = {name: pattern.finditer for name, pattern in timex._patterns().items()}
    for _ in range(300):
        words = [chooser.choice(PIECES) for _ in range(chooser.randint(1, 40))]
        text = timex.normalize_string("".join(word + chooser.choice(["", " ", " ", "\n"]) for word in words))
        for name, core in timex._required().items():
            pattern = timex._patterns()[name]
            assert spans(finditer_in_regions(pattern, core, text)) == spans(full_scan[name](text)), (name, text)
