"""Time expressions: find dates in Arabic text and normalise them to ISO 8601 (RECORD.md §4.1).

    from extract.timex import find_time_expressions
    find_time_expressions("وقع الهجوم في 25 آذار/مارس 2017", published="2017-04-06")
    → [TimeExpression(text="في 25 آذار/مارس 2017", value="2017-03-25", kind="date", ...)]

Read: a day (digits or an ordinal word: الرابع عشر من يوليو) with a month in any regional form
(يناير، كانون الثاني، جانفي، يوليوز; آذار/مارس and يونيو (حزيران) as one month), month and year,
years (عام 2014، 2014م، 1436هـ), numeric dates (19/03/2017، 14/1/1424هـ), Hijri dates (converted
by the Umm al-Qura calendar; `calendar` says "hijri"), and relative words (أمس، اليوم، الثلاثاء
الماضي، الشهر الماضي، 26 من الشهر الجاري). `value` has the precision the text gives; a relative
expression, or a day and month without a year, is resolved against `published` when given, else
its value is None. `kind`: date, relative, since (منذ), until (حتى), range (2011-2014).
The scan runs over the normalized text (extract.normalize), so offsets map back exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.lexicons import compiled_regex, per_million, read_tsv, word_frequencies
from extract.normalize import NormalizedText, normalize_for_matching, normalize_string
from extract.regions import Core, finditer_in_regions, word_trie
from extract.words import MAQSURA_FUNCTION_WORDS, function_words, given_names, time_words, word_set

if TYPE_CHECKING:
    from extract.document import Document

YEAR_RANGE = (1900, 2100)
NOUN_ARTICLE_PER_MILLION = 1.1  # a noun takes the article about 20 times or more in the corpus (as in counts)
HIJRI_YEAR_RANGE = (1300, 1500)
HIJRI_MIDDLE_MONTH = 7  # رجب opens the second half of the Hijri year
# With a month or عام/سنة before it a year may be older (عام 1899، 29 نوفمبر 1899); below 1500 it
# could be a Hijri year written without its era (عام 1436), which is left out as before.
CUED_YEAR_RANGE = (1500, 2100)
# A day and month without a year fall in the year that puts them closest before publication,
# allowing this many days after it (a report of a planned event).
FUTURE_TOLERANCE_DAYS = 60

WEEKDAYS = {word: int(number) for word, number in time_words()["weekday"].items()}
# الأحد and الاثنين are also "one" and "the two", الجمعة also the Friday prayer: bare, they need a cue.
CUED_WEEKDAYS = frozenset(time_words()["cued_weekday"])
PAST_WORDS = "|".join(time_words()["past"])
NEXT_WORDS = "|".join(time_words()["next"])
CURRENT_WORDS = "|".join(time_words()["current"])
SAME_WORDS = "|".join(time_words()["same"])  # في العام نفسه: the year told before, not the current one
TOLD_SHIFTS = {word: int(step) for word, step in time_words()["told_shift"].items()}  # الشهر السابق، العام التالي
# The dual and plural direction words after two months joined by و (أغسطس وسبتمبر المقبلين).
PAIR_PAST_WORDS = "|".join(time_words()["past_pair"])
PAIR_NEXT_WORDS = "|".join(time_words()["next_pair"])
RELATIVE_DAYS = {word: int(days) for word, days in time_words()["relative_day"].items()}
PERIOD_WORDS = dict(time_words()["period"])
# With ب or ل glued (مقارنة بالعام الماضي، للعام الماضي، بالشهر نفسه): ل over the article drops its alif.
GLUED_PERIOD_WORDS = PERIOD_WORDS | {"ب" + word: unit for word, unit in PERIOD_WORDS.items()} \
    | {"ل" + word[1:]: unit for word, unit in PERIOD_WORDS.items()}
PERIOD_PARTS = "مطلع|مستهل|بدايه|نهايه|منتصف|اواسط|اواخر|اوائل|ختام"
PERIOD_PART_ORDINALS = "الاول|الثاني|الثالث|الرابع|الاخير"
YEAR_CURRENT_WORDS = "الجاري|الحالي"  # مارس من العام الجاري; العام نفسه names a year told before
SAME_BEFORE = frozenset({"نفس", "ذات"})  # نفس اليوم، ذات العام: the period told before
# A bare الأحد/الاثنين/الجمعة is a day when it stands as an adverb: set off by commas, before a
# complementizer (قالت الشركة الاثنين إنها), after في وقت سابق/لاحق; never after these words
# (صلاة الجمعة، بين الاثنين، الواحد الأحد).
ADVERB_AFTER = word_set("complementizer") | {"عن"}
ADVERB_BEFORE = frozenset({"سابق", "لاحق", "متاخر", "مبكر"})
NOT_WEEKDAY_BEFORE = frozenset({"صلاه", "خطبه", "خطيب", "صلوات", "بين", "كلا", "الواحد", "مسجد", "جامع", "امام",
                                "خطب", "احد", "احدي", "هذين", "هاتين"})
# ونحن اليوم، وجرادة اليوم هي: "nowadays" in a nominal sentence, not the publication day.
NOWADAYS_PRONOUNS = frozenset({"نحن", "ونحن", "هو", "هي", "هم", "وهو", "وهي", "وهم", "انا", "انتم"})
NOWADAYS_BEFORE = frozenset({"واقع", "عالم"})  # في واقع اليوم، عالم اليوم: the present, not the day
TODAY_NAME_HEADS = word_set("today_name_head")
PER_DAY_BEFORE = word_set("per_day_before")
DAY_LENGTH_BEFORE = word_set("day_length_before")
DAY_PART_WORDS = frozenset({"مساء", "صباح", "ظهر", "فجر", "عصر", "ليله", "نهار", "ظهيره", "منتصف"})
FUTURE_CUES = word_set("future_cue")
BARE_DAY_WEEKDAYS = frozenset({"الجمعه", "الاثنين"})
NUMBER_WEEKDAYS = frozenset({"الاحد", "الاثنين", "الجمعه"})  # also "the one", "the two", a surname
NOT_BARE_WEEKDAY_BEFORE = frozenset(time_words()["not_before_bare_weekday"])
NOT_BARE_WEEKDAY_AFTER = frozenset(time_words()["not_after_bare_weekday"])
DAY_ADJECTIVES = frozenset(time_words()["day_adjective"])
BARE_DAY_FOLLOWERS = word_set("bare_day_follower")
NEGATIONS = frozenset({"ليس", "لن", "ولن", "لا", "ولا", "فليس"})
NOT_YEAR_BEFORE = word_set("not_year_before")  # نحو 2000، من أصل 2015: an amount, not a year
# The words a bare year may follow (عام 2014، مطلع 2016، موفى 2019، أعوام 1978 و1986).
YEAR_CUES = ("عام|العام|سنه|السنه|لعام|للعام|لسنه|للسنه|العامين|عامي|اعوام|الاعوام|موسم|الموسم|مطلع|مستهل|منتصف|"
             r"اواسط|اواخر|اوائل|نهايه|بدايه|موفي|بحلول|اعقاب|ربيع|صيف|خريف|شتاء|مقارنه\s+مع|مقارنه\s+ب|بالمقارنه\s+مع")
YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "لعام", "للعام", "لسنه", "للسنه"})
# Two years joined by و are a range only as a pair (بين 2011 و2014، عامي 2015 و2016); else a list.
PAIR_RANGE_CUES = frozenset({"عامي", "العامين", "سنتي"})
HIJRI_ERA = r"ه(?:جري(?:ه)?)?"
GREGORIAN_ERA = r"م(?:يلادي(?:ه)?)?"
LISTED_DAY = r"\s*(?:ال\s*)?[0-3]?\d\s*و"  # a middle day of a list (3 و4 و5 مارس)
_B = r"(?<![\w])"  # no letter or digit just before
_E = r"(?![\w])"


@dataclass(frozen=True)
class TimeExpression:
    """A date expression: its span in the text, its ISO value (or None), and what kind it is."""

    text: str
    start: int
    end: int
    value: str | None
    kind: str
    calendar: str = "gregorian"
    anchor: str | None = None  # "published" when the value was resolved against the publication date

    def as_dict(self) -> dict:
        item = {"text": self.text, "start": self.start, "end": self.end, "value": self.value, "kind": self.kind}
        if self.calendar != "gregorian":
            item["calendar"] = self.calendar
        if self.anchor:
            item["anchor"] = self.anchor
        return item


@dataclass(frozen=True)
class _Month:
    calendar: str
    number: int
    ambiguous: bool


@lru_cache(maxsize=1)
def month_names() -> dict[str, _Month]:
    """Normalized month name -> calendar, number, ambiguity (extract/data/months_ar.tsv)."""
    return {normalize_string(row["word"]): _Month(row["calendar"], int(row["month"]), row["ambiguous"] == "yes")
            for row in read_tsv("months_ar.tsv")}


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, tuple[str, int]]:
    """Normalized ordinal word -> (kind, value) (extract/data/ordinals_ar.tsv)."""
    return {normalize_string(row["word"]): (row["kind"], int(row["value"])) for row in read_tsv("ordinals_ar.tsv")}


def _alternation(words) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


def ordinal_pattern() -> str:
    """An ordinal phrase: الرابع عشر، الحادية عشرة، الحادي والعشرين، العشرين."""
    units = _alternation(word for word, (kind, _) in ordinal_words().items() if kind == "unit")
    tens = _alternation(word for word, (kind, _) in ordinal_words().items() if kind == "ten")
    return rf"(?:(?:{units})(?:\s+عشر(?:ه)?|\s+و(?:{tens}))?|(?:{tens}))"


def ordinal_value(phrase: str) -> int | None:
    """The number an ordinal phrase (normalized) stands for: الرابع عشر → 14."""
    words = phrase.split()
    if not words or words[0] not in ordinal_words():
        return None
    kind, value = ordinal_words()[words[0]]
    if len(words) == 1:
        return value
    if kind == "unit" and words[1] in ("عشر", "عشره"):
        return value + 10 if value < 10 else None
    if kind == "unit" and words[1].startswith("و") and words[1][1:] in ordinal_words():
        return value + ordinal_words()[words[1][1:]][1]
    return None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    month = _alternation(month_names())
    month_spec = rf"(?P<month>{month})(?:(?:\s*(?:/|\(|-|،)\s*|\s+)(?P<month2>{month})(?![\u0621-\u064a])\s*\)?)?"
    year = rf"(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?(?P<year>\d{{3,4}})\s*(?P<era>{HIJRI_ERA}|{GREGORIAN_ERA})?{_E}"
    day = rf"(?:ال\s*)?(?P<day>[0-3]?\d)|(?P<ordinal>{ordinal_pattern()})|(?P<ghurra>غره)"  # الـ31 من يناير، غرة شوال
    weekday = _alternation(WEEKDAYS)
    # في2016، في30 آذار: a preposition typed glued to the digits is the same preposition
    prefix = r"(?P<prep>(?:و|ف)?(?:في|منذ|حتي|لغايه|الي|قبل|بعد|خلال|من|بين)(?:\s+|(?=\d)))?"
    # السبت القادم 29 أفريل، الأحد الماضي 12 مارس: the weekday's adjective before its date is part of it.
    day_prefix = (rf"(?:(?:يوم\s+)?(?:{weekday})(?:\s+(?:{PAST_WORDS}|{NEXT_WORDS}){_E})?\s*(?:،|,)?\s*(?:\(\s*)?)?"
                  rf"(?:(?:يوم|ليله|بتاريخ)\s+)?")
    # 7/يوليو/2015، 10/شوال/1436هـ: the month's name between slashes, as a numeric date writes it (with
    # its year: 1/صفر is a score)
    day_month = (rf"{prefix}(?:و)?{day_prefix}(?:{day})\s*(?:(?(day)/\s*(?=[\u0621-\u064a]+\s*/\s*\d))|من\s+)?(?:(?:شهر|الشهر)\s+)?{month_spec}"
                 rf"(?:\s*(?:،|,|/)?\s*{year}|\s+(?P<which>{PAST_WORDS}|{NEXT_WORDS}|{CURRENT_WORDS}){_E}"
                 rf"|\s+(?:من\s+)?(?:(?P<this_year>هذا|هذه)\s+)?(?:العام|السنه)(?(this_year)|\s+(?P<year_which>{PAST_WORDS}|{NEXT_WORDS}|{YEAR_CURRENT_WORDS})){_E})?{_E}")
    day_of_month = (
        rf"{prefix}(?:و)?(?:(?:يوم|يومي)\s+)?(?:ال\s*)?(?:(?P<day>[0-3]?\d)|(?P<ordinal>{ordinal_pattern()}))\s+"
        rf"(?:من\s+(?:(?:هذا|ذلك)\s+)?(?:الشهر|شهر)\s+(?:(?P<which>{PAST_WORDS}|{NEXT_WORDS}|{CURRENT_WORDS}|{SAME_WORDS}){_E})?|منه{_E}"
        rf"|من\s+(?P<same_before>{_alternation(SAME_BEFORE)})\s+الشهر{_E}"
        # في 20 الجاري: the day of the current month (الجاري به العمل is "in force")
        rf"|(?P<this_month>الجاري|الحالي){_E}(?![^\S\n]+(?:به|بها|بهما|بهم|العمل){_E}))")
    return {
        "day_month": compiled_regex(rf"(?:{_B}|(?<=\dو))" + day_month),  # يومي 3و4 جوان: و typed between the days
        "day_month_after_and": compiled_regex(day_month),  # the second day of a day_list, right after its و
        # في 27 و31 يوليو: a day before و and a day with its month; the second day is read by day_month.
        "day_list": compiled_regex(rf"(?:{_B}|(?<=(?<![\w])و)){prefix}(?:(?:يوم|يومي)\s+)?(?:ال\s*)?(?P<first>[0-3]?\d)\s*و"
                               rf"(?=(?:{LISTED_DAY})*\s*(?:ال\s*)?[0-3]?\d\s*(?:(?:من\s+)?(?:(?:شهر|الشهر)\s+)?(?:{month})"
                               rf"|من\s+(?:(?:هذا|ذلك)\s+)?(?:ال)?شهر|الجاري|الحالي){_E})"),
        "day_range": compiled_regex(
            rf"{_B}{prefix}(?P<day1>[0-3]?\d)\s*(?:-|–|الي|حتي)\s*(?P<day>[0-3]?\d)\s*(?:من\s+)?(?:(?:شهر|الشهر)\s+)?{month_spec}"
            rf"(?:\s*(?:،|,)?\s*{year})?{_E}"),
        "month_year": compiled_regex(rf"{_B}{prefix}(?:(?:شهر|لشهر|الشهر)\s+)?{month_spec}\s*(?:،|,)?\s*{year}"),
        "month": compiled_regex(rf"{_B}{prefix}(?:و(?={month}))?(?P<cue>(?:شهر|لشهر|الشهر)\s+)?{month_spec}"
                            rf"(?:\s+(?P<which>{PAST_WORDS}|{NEXT_WORDS}|{CURRENT_WORDS}){_E}"
                            rf"|(?=\s+و(?:{month})\s+(?P<pair_which>{PAIR_PAST_WORDS}|{PAIR_NEXT_WORDS}){_E})"
                            rf"|(?=\s+و(?:{month})\s+(?:من\s+)?(?:العام|السنه)\s+(?P<pair_year>{PAST_WORDS}|{NEXT_WORDS}|{YEAR_CURRENT_WORDS}){_E})"
                            rf"|\s+(?P<pair_own>{PAIR_PAST_WORDS}|{PAIR_NEXT_WORDS}){_E}"
                            rf"|\s+(?:من\s+)?(?:(?P<this>هذا|هذه)\s+)?(?:العام|السنه){_E}(?(this)|\s+(?P<year_which>{PAST_WORDS}|{NEXT_WORDS}|{YEAR_CURRENT_WORDS})))?{_E}"),
        "numeric": compiled_regex(
            rf"{_B}{prefix}{day_prefix}(?P<day>[0-3]?\d)\s*(?P<sep>[/.\-–])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*(?P<year>\d{{4}}|\d{{2}})"
            rf"\s*(?P<era>{HIJRI_ERA}|{GREGORIAN_ERA})?{_E}"),
        "iso": compiled_regex(rf"{_B}(?P<year>\d{{4}})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d){_E}"),
        "year_range": compiled_regex(
            rf"{_B}(?P<prep>(?:و|ف)?(?:بين|من|منذ|خلال)(?:\s+|(?=\d)))?(?:(?P<cue>عامي|العامين|سنتي|الاعوام|اعوام|عام|العام|موسم|الموسم)\s+)?"
            rf"(?P<year>\d{{4}})\s*(?P<era1>{HIJRI_ERA}|{GREGORIAN_ERA})?\s*(?:-|/|و|الي|حتي)\s*(?P<year2>\d{{2,4}})"
            rf"\s*(?P<era>{HIJRI_ERA}|{GREGORIAN_ERA})?{_E}"),
        # عام ،1991 (a comma typed before the year) and عام 2009والذي (the next word glued on) are
        # typing slips the reader accepts after عام/سنة only.
        "year": compiled_regex(
            rf"{_B}{prefix}(?:(?P<cue>{YEAR_CUES})(?:\s*|(?P<slip_comma>\s+[،,](?=\d))))?"
            rf"(?P<conj>و\s*)?(?P<year>\d{{4}})\s*(?P<era>{HIJRI_ERA}|{GREGORIAN_ERA})?(?:{_E}|(?P<glued>(?<=\d)(?=[\u0621-\u064a])))"),
        "day_of_month": compiled_regex(_B + day_of_month),
        "day_of_month_after_and": compiled_regex(day_of_month),  # a day_list's second day (19 و25 من الشهر نفسه)
        "weekday": compiled_regex(
            rf"{_B}{prefix}(?:(?P<relative>{_alternation(RELATIVE_DAYS)})\s+(?!\())?(?P<cue>(?:يوم|يومي|مساء|صباح|ظهر|فجر|ليله|ليل|عصر|نهار)\s+)?(?P<paren>\(\s*)?(?P<conj>و(?=ال))?(?P<weekday>{weekday})"
            rf"(?:\s*\))?(?:\s+(?P<which>{PAST_WORDS}|{NEXT_WORDS}){_E}"
            rf"|(?=\s+و(?:{weekday})\s+(?P<pair_which>{PAIR_PAST_WORDS}|{PAIR_NEXT_WORDS}){_E})"
            rf"|\s+(?P<pair_own>{PAIR_PAST_WORDS}|{PAIR_NEXT_WORDS}){_E})?{_E}"),
        "relative_day": compiled_regex(rf"{_B}{prefix}(?P<word>{_alternation(RELATIVE_DAYS)}){_E}"),
        # منذ بداية العام، في الربع الثاني من العام، مطلع الشهر: a part of the current year or month
        # (not before an adjective: نهاية العام الدراسي, nor before the year it names: مطلع العام 2016).
        "period_part": compiled_regex(
            rf"{_B}{prefix}(?:(?:ب|ل)?(?:{PERIOD_PARTS})\s+|(?:ال)?(?:ربع|نصف)\s+(?:{PERIOD_PART_ORDINALS})\s+من\s+)"
            rf"(?P<period>العام|السنه|الشهر){_E}(?![^\S\n]*(?:\(\s*)?\d|[^\S\n]+(?:ال|لل)[\u0621-\u064a])"),
        "period": compiled_regex(rf"{_B}{prefix}(?:(?P<this>ل?هذا|ل?هذه)\s+(?P<this_period>{_alternation(PERIOD_WORDS)}){_E}"
                             rf"|(?P<same_before>{_alternation(SAME_BEFORE)})\s+(?P<same_period>{_alternation(PERIOD_WORDS)}){_E}"
                             rf"|(?P<period>{_alternation(GLUED_PERIOD_WORDS)})\s+(?P<which>{PAST_WORDS}|{NEXT_WORDS}|{CURRENT_WORDS}|{SAME_WORDS}|{_alternation(TOLD_SHIFTS)}){_E})"),
    }


@lru_cache(maxsize=1)
def _required() -> dict[str, Core]:
    """For each reader, a part that every match of its pattern contains. The pattern runs only over
    the stretches of the text that hold it (extract/regions.py): the patterns open with a lookbehind
    and optional words, which makes the regex engine try every position, while these open with a
    digit or a literal word and are found by a fast scan."""
    month = word_trie(month_names())
    # A month name opens a word (after a space, or where the match opens), except in day_month,
    # where \s* lets it follow the day at once: its digits, or the last letter of an ordinal phrase,
    # and in month, where it may follow a glued و.
    # One core serves the three: its positions are where any of them may hold a month (a stretch
    # scanned for nothing costs a little; one scan of the text for the month names instead of three
    # saves more), and each reader's pattern still decides what matches.
    day_ends = "".join(sorted({word[-1] for word in ordinal_words()} | {"ر", "ه"}))  # ... عشر / عشره
    month_core = Core(month, after=rf"\W\d{day_ends}و")  # ومارس: month opens with a glued و
    year_core = Core(r"\d{4}")
    return {
        "day_month": month_core,
        "day_range": Core(r"\d\s*(?:-|–|الي|حتي)\s*\d"),  # the two days and what joins them
        "day_list": Core(r"\d\s*و"),  # the first day and its و (the day after is looked ahead at)
        "month_year": month_core,
        "month": month_core,
        "relative_day": Core(word_trie(RELATIVE_DAYS)),
        "period_part": Core(r"العام|السنه|الشهر"),
        "period": Core(word_trie(GLUED_PERIOD_WORDS)),
        "numeric": Core(r"\d\s*[/.\-–]"),  # the day and its separator (22 – 10 – 1436هـ: an en dash too)
        "iso": Core(r"\d{4}-"),
        "year_range": year_core,
        "year": year_core,
        "day_of_month": Core(r"شهر|منه|الجاري|الحالي"),  # من الشهر / من هذا الشهر / منه / 20 الجاري
        "weekday": Core(word_trie(WEEKDAYS)),
    }


def _kind_of(prep: str | None, default: str) -> str:
    word = (prep or "").strip()
    if word[:1] in ("و", "ف") and word[1:] in ("منذ", "حتي", "لغايه", "في", "من", "الي", "قبل", "بعد", "خلال", "بين"):
        word = word[1:]
    if word == "منذ":
        return "since"
    if word in ("حتي", "لغايه"):
        return "until"
    return default


def _year_value(year: str, era: str | None, calendar_hint: str = "gregorian", cued: bool = False) -> tuple[int, str] | None:
    """A four-digit year (or three-digit Hijri one), with its calendar; None outside plausible ranges
    (wider for a year `cued` by a month or by عام/سنة)."""
    number = int(year)
    hijri = bool(era and era.startswith("ه")) or calendar_hint == "hijri"
    low, high = HIJRI_YEAR_RANGE if hijri else CUED_YEAR_RANGE if cued else YEAR_RANGE
    if not low <= number <= high and not (era and len(year) >= 3):
        return None
    return number, "hijri" if hijri else "gregorian"


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Umm al-Qura conversion (hijridate) inside its table, the tabular Islamic calendar outside it."""
    try:
        from hijridate import Hijri
        return Hijri(year, month, day).to_gregorian()
    except (ImportError, OverflowError, ValueError):
        # Tabular (arithmetic) Islamic calendar, epoch 16 July 622 (Julian) = JDN 1948440.
        jdn = day + int(29.5 * (month - 1) + 0.99) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
        return dt.date.fromordinal(jdn - 1721425)


def _iso(year: int, month: int | None = None, day: int | None = None, calendar: str = "gregorian") -> str | None:
    try:
        if calendar == "hijri":
            if month is None:
                # A Hijri year overlaps two Gregorian years: it is the one that holds most of it, the
                # year of its middle (1 Rajab), so 1436هـ (Oct 2014 - Oct 2015) is 2015.
                return f"{hijri_to_gregorian(year, HIJRI_MIDDLE_MONTH, 1).year:04d}"
            gregorian = hijri_to_gregorian(year, month, day or 1)
            if day is not None:
                return gregorian.isoformat()
            return f"{gregorian.year:04d}-{gregorian.month:02d}"
        if day is not None:
            return dt.date(year, month or 1, day).isoformat()
        return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"
    except ValueError:
        return None


def _as_date(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    if published is None or isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def _closest_year(month: int, day: int | None, published: dt.date) -> int:
    """The year that puts month/day closest before the publication date (a little after is fine)."""
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if -FUTURE_TOLERANCE_DAYS <= (published - candidate).days <= 365 - FUTURE_TOLERANCE_DAYS:
            return year
    return published.year


def _closest_hijri(month: int, day: int, published: dt.date, direction: int = 0) -> dt.date | None:
    """العاشر من شوال الجاري: the Hijri year that puts the day closest before publication."""
    try:
        from hijridate import Gregorian
        hijri_year = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ImportError, OverflowError, ValueError):
        hijri_year = round((published.year - 622) * 33 / 32)
    for year in (hijri_year, hijri_year - 1, hijri_year + 1):
        try:
            candidate = hijri_to_gregorian(year, month, day)
        except (OverflowError, ValueError):
            continue
        before = (published - candidate).days
        if direction > 0 and -354 < before < 0 or direction < 0 and 0 < before < 354 \
                or not direction and -FUTURE_TOLERANCE_DAYS <= before <= 354 - FUTURE_TOLERANCE_DAYS:
            return candidate  # غرة ذي القعدة القادم: the next one; الماضي: the last one
    return None


def _shift_month(date: dt.date, months: int) -> tuple[int, int]:
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def _pair_direction(which: str | None) -> int:
    if not which:
        return 0
    return -1 if re.fullmatch(PAIR_PAST_WORDS, which) else 1


def _current(which: str | None) -> bool:
    """الجاري، الحالي: the period of publication."""
    return bool(which) and re.fullmatch(CURRENT_WORDS, which) is not None


def _direction(which: str | None) -> int:
    if not which:
        return 0
    if re.fullmatch(PAST_WORDS, which):
        return -1
    if re.fullmatch(NEXT_WORDS, which):
        return 1
    return 0


@dataclass
class _Found:
    start: int
    end: int
    value: str | None
    kind: str
    calendar: str = "gregorian"
    anchored: bool = False


def _month_of(match: re.Match) -> _Month:
    return month_names()[re.sub(r"\s+", " ", match.group("month"))]


def _day_of(match: re.Match) -> int | None:
    if match.groupdict().get("day"):
        return int(match.group("day"))
    if match.groupdict().get("ghurra"):
        return 1  # غرة: the first day of the month
    ordinal = match.groupdict().get("ordinal")
    return ordinal_value(re.sub(r"\s+", " ", ordinal)) if ordinal else None


def _day_month(match: re.Match, published: dt.date | None) -> _Found | None:
    month, day = _month_of(match), _day_of(match)
    if day is None or not 1 <= day <= 31:
        return None
    if match.groupdict().get("ordinal") and not match.group("prep") and _word_before(match, match.start()) in PERIOD_OF_MONTH:
        return None  # الأسبوع الأول من مارس: the month's first week, not its first day (the month is read)
    kind = _kind_of(match.group("prep"), "date")
    if match.group("year"):
        year = _year_value(match.group("year"), match.group("era"), month.calendar, cued=True)
        if year is None:
            return None
        return _Found(match.start(), match.end(), _iso(year[0], month.number, day, year[1]), kind, year[1])
    if month.calendar == "hijri":
        which = _direction(match.groupdict().get("which"))
        date = _closest_hijri(month.number, day, published, which) if published is not None else None
        return _Found(match.start(), match.end(), date.isoformat() if date else None, kind, "hijri",
                      anchored=date is not None)
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    which = match.groupdict().get("which")
    if match.groupdict().get("this_year") or match.groupdict().get("year_which"):  # 30 أغسطس من العام الحالي
        year = published.year + _direction(match.groupdict().get("year_which"))
    elif not which and (told := _dated_year_told_before(match, published)) is not None:
        year = told.year if (month.number, day) >= (told.month, told.day) else told.year + 1
    else:
        year = published.year if _current(which) else _directed_year(month.number, day, published, _direction(which))
    return _Found(match.start(), match.end(), _iso(year, month.number, day), kind, anchored=True)


PERIOD_OF_MONTH = frozenset({"الاسبوع", "الاسابيع", "العشر", "العشره", "النصف", "الربع", "الثلث", "الايام"})
DATED_TOLD_WINDOW = 300  # characters of the same paragraph back to a date told with its year


def _dated_year_told_before(match: re.Match, published: dt.date) -> dt.date | None:
    """يوم 26 جانفي 1978 ... يوم 26 جانفي: a day and month without a year after a date of another
    year told with its year, in the same paragraph, fall on or after that date (a story told in
    order); after a date of the publication's year the closest year stands. None when none is told."""
    before = match.string[max(0, match.start() - DATED_TOLD_WINDOW):match.start()].rsplit("\n", 1)[-1]
    told = [item for _, item in _scan(before, published, DATED_FORMS)
            if item.value and not item.anchored and "/" not in item.value and len(item.value) == 10]
    if not told or told[-1].calendar != "gregorian":
        return None
    date = dt.date.fromisoformat(told[-1].value)
    return date if date.year != published.year else None


def _directed_year(month: int, day: int, published: dt.date, direction: int) -> int:
    """17 سبتمبر الماضي: the last such day before publication; المقبل: the next after it."""
    if direction == 0:
        return _closest_year(month, day, published)
    for year in (published.year, published.year - 1) if direction < 0 else (published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate < published) if direction < 0 else (candidate > published):
            return year
    return published.year + direction


def _day_range(match: re.Match, published: dt.date | None) -> _Found | None:
    """من 17 – 23 شوال 1436هـ، من 3 إلى 7 مارس: two days of one month, an ISO interval (بين 9 و12
    مايو stays the day after the conjunction, as before)."""
    first_day = int(match.group("day1"))
    end = _day_month(match, published)
    if end is None or end.value is None or not 1 <= first_day < int(match.group("day")):
        return None
    last = dt.date.fromisoformat(end.value)
    if end.calendar == "hijri":
        start = last - dt.timedelta(days=int(match.group("day")) - first_day)
    else:
        start = last.replace(day=first_day)
    return _Found(match.start(), match.end(), f"{start.isoformat()}/{last.isoformat()}", "range", end.calendar,
                  end.anchored)


def _day_list(match: re.Match, published: dt.date | None) -> _Found | None:
    """في 27 و31 يوليو، يومي 3 و4 مارس، بين 9 و12 مايو: the first day takes the month and year of the
    day after و (a stretch's two bounds are listed, as a range's two ends are)."""
    position = _after_blanks(match.string, match.end())  # يومي 5 و 6 جوان: a space after و
    while (second := _second_day(match.string, position, published)) is None:
        middle = re.compile(LISTED_DAY).match(match.string, position)
        if middle is None:
            return None
        position = _after_blanks(match.string, middle.end())
    second, second_match = second
    first_day = int(match.group("first"))
    if second is None or second.value is None or not 1 <= first_day < _day_of(second_match):
        return None
    last = dt.date.fromisoformat(second.value)
    if second.calendar == "hijri":
        first = last - dt.timedelta(days=_day_of(second_match) - first_day)
    else:
        first = last.replace(day=first_day)
    return _Found(match.start(), match.end("first"), first.isoformat(), _kind_of(match.group("prep"), "date"),
                  second.calendar, second.anchored)


def _second_day(text: str, position: int, published: dt.date | None) -> tuple[_Found | None, re.Match] | None:
    """The day after a day_list's و, with its month: a month name (27 و31 يوليو), or this month or
    the one told before (19 و25 من الشهر نفسه، 5 و6 الجاري)."""
    for form, reader in (("day_month_after_and", _day_month), ("day_of_month_after_and", _day_of_month)):
        if (second_match := _patterns()[form].match(text, position)) is not None:
            return reader(second_match, published), second_match
    return None


def _after_blanks(text: str, position: int) -> int:
    while text[position:position + 1] in (" ", "\t"):
        position += 1
    return position


def _month_year(match: re.Match, published: dt.date | None) -> _Found | None:
    month = _month_of(match)
    year = _year_value(match.group("year"), match.group("era"), month.calendar, cued=True)
    if year is None:
        return None
    return _Found(match.start(), match.end(), _iso(year[0], month.number, None, year[1]),
                  _kind_of(match.group("prep"), "date"), year[1])


# After these a month name cannot be the verb (في مارس، منذ آب); من and بين can (من مارس العنف).
AMOUNT_PREPOSITIONS = frozenset({"من", "بين", "الي", "حتي"})  # أكثر من 2015 سلة، بين 2000 و3000 شخص
MONTH_PREPOSITIONS = frozenset({"في", "خلال", "منذ", "حتي", "قبل", "بعد", "الي", "لغايه"})


def _month_alone(match: re.Match, published: dt.date | None) -> _Found | None:
    month = _month_of(match)
    which = match.group("which") or match.group("year_which") or match.group("this") or match.group("pair_which") \
        or match.group("pair_own") or match.group("pair_year")
    if not match.group("prep") and match.group(0).startswith("و") and not which:
        return None  # أكتوبر ونوفمبر وديسمبر من العام الجاري: a month after و only with its own direction
    if month.ambiguous and not (match.group("cue") or which or match.group("month2") or month.calendar == "gregorian"
                                and _bare_preposition(match.group("prep")) in MONTH_PREPOSITIONS):
        return None
    if month.calendar == "hijri":
        return None  # شهر رمضان، الست من شوال: a religious period, not listed without a day or a year
    if not (match.group("prep") or match.group("cue") or which) and _quoted_alone(match):
        return None  # إله البحر "أغسطس": a name in quotation marks
    if not (match.group("prep") or match.group("cue") or which) and _word_before(match, match.start()) in NAMED_BY_MONTH:
        return None  # حرب تموز، ثورة يوليو: an event named by its month
    if not which and _every_year(match):
        return None  # كل عام في أغسطس، في مارس من كل سنة: the month of every year, no date
    if published is None:
        return _Found(match.start(), match.end(), None, _kind_of(match.group("prep"), "date"))
    year = _month_year_from(month.number, match, published)
    return _Found(match.start(), match.end(), _iso(year, month.number), _kind_of(match.group("prep"), "date"),
                  anchored=True)


NAMED_BY_MONTH = word_set("named_by_month")
EVERY_YEAR = r"(?:(?:من\s+)?(?:في\s+)?كل\s+(?:عام|سنه)|سنويا)"
EVERY_YEAR_BEFORE = re.compile(rf"{EVERY_YEAR}[^\S\n]*(?:،|,)?[^\S\n]*$")
EVERY_YEAR_AFTER = re.compile(rf"[^\S\n]*(?:،|,)?[^\S\n]*{EVERY_YEAR}(?![\u0621-\u064a])")


def _every_year(match: re.Match) -> bool:
    """كل عام في أغسطس، سنويا في مارس، في أبريل من كل عام: a month that comes back every year."""
    before = match.string[max(0, match.start() - 20):match.start()]
    return EVERY_YEAR_BEFORE.search(before) is not None or EVERY_YEAR_AFTER.match(match.string, match.end()) is not None
QUOTE_MARKS = "\"«»“”'"


SHORT_QUOTE_WORDS = 3  # a quoted name: «الخميس الأسود»، "أمهات السبت"; a longer quote is speech


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """The span lies inside quotation marks (an opening « or “, or an odd straight quote of its line)
    that hold at most SHORT_QUOTE_WORDS words."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    opening = max(line.rfind("«"), line.rfind("“"))
    if opening < max(line.rfind("»"), line.rfind("”")):
        opening = -1
    if opening < 0 and line.count('"') % 2:
        opening = line.rfind('"')
    after = re.match(rf"([\u0621-\u064a ]*)([{QUOTE_MARKS}])", text[end:end + 40])
    if opening < 0 or after is None or not re.fullmatch(r"[\u0621-\u064a ]*", line[opening + 1:]):
        return False
    return len((line[opening + 1:] + "x" + after.group(1)).split()) <= SHORT_QUOTE_WORDS


def _quoted_alone(match: re.Match) -> bool:
    return match.string[max(0, match.start() - 1):match.start()] in tuple(QUOTE_MARKS) \
        and match.string[match.end():match.end() + 1] in tuple(QUOTE_MARKS)


def _bare_preposition(prep: str | None) -> str:
    word = (prep or "").strip()
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


def _month_year_from(month: int, match: re.Match, published: dt.date) -> int:
    """ديسمبر من العام الماضي، مارس من هذا العام، أبريل الماضي، يونيو المقبل; else the closest year."""
    if match.group("this"):
        return published.year
    if match.group("year_which") or match.group("pair_year"):  # ديسمبر من العام الماضي، أكتوبر ونوفمبر من العام المقبل
        return published.year + _direction(match.group("year_which") or match.group("pair_year"))
    if _current(match.group("which")):
        return published.year  # يوليو الجاري، مارس الحالي
    direction = _direction(match.group("which")) or _pair_direction(match.group("pair_which") or match.group("pair_own"))
    if direction < 0:
        return published.year if month < published.month else published.year - 1
    if direction > 0 or _future_cue_before(match):
        return published.year if month > published.month else published.year + 1
    return _closest_year(month, None, published)


FUTURE_CUE_WINDOW = 60
FUTURE_VERB_PER_MILLION = 1.1  # the imperfect under س is a word the corpus uses (about 20 times or more)  # characters of the same sentence before a month that a future cue may stand in


def _future_cue_before(match: re.Match) -> bool:
    """من المقرر أن تجرى في أغسطس، تصويت يجري في سبتمبر: a month of a scheduled event is the next one."""
    before = re.split(r"[.\n؟!]", match.string[max(0, match.start() - FUTURE_CUE_WINDOW):match.start()])[-1]
    return any(word in FUTURE_CUES or word[:1] in ("و", "ف") and word[1:] in FUTURE_CUES or _future_verb(word)
               for word in re.findall(r"[\u0621-\u064a]+", before))


FUTURE_NEGATIONS = frozenset({"لن", "ولن", "فلن"})
NOT_FUTURE_VERBS = word_set("not_future_verb")
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def _future_verb(word: str) -> bool:
    """ستطلق، سيلعب، وستصل، لن: the future prefix س on an imperfect the corpus uses bare (تطلق، يلعب),
    or the future negation لن. سيارة، سنة، سيطرة fail: their rest (يارة، نة، يطرة) is no word."""
    if word in FUTURE_NEGATIONS:
        return True
    stem = word[1:] if word[:1] in ("و", "ف") else word
    rest = stem[1:]
    if stem.endswith("ه") or stem in NOT_FUTURE_VERBS:
        return False  # سيدة، سيدي، ستين: nouns whose rest is a word too
    return stem[:1] == "س" and rest[:1] in IMPERFECT_PREFIXES and len(rest) >= 3 \
        and word_frequencies().get(rest, 0) >= per_million(FUTURE_VERB_PER_MILLION)


def _numeric(match: re.Match, published: dt.date | None) -> _Found | None:
    day, month, year_text = int(match.group("day")), int(match.group("month")), match.group("year")
    if len(year_text) == 2:
        year_text = ("20" if int(year_text) < 50 else "19") + year_text
    year = _year_value(year_text, match.groupdict().get("era"))
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = _iso(year[0], month, day, year[1])
    if value is None:
        return None
    return _Found(match.start(), match.end(), value, _kind_of(match.groupdict().get("prep"), "date"), year[1])


def _year_range(match: re.Match, published: dt.date | None) -> _Found | None:
    first = _year_value(match.group("year"), match.group("era1") or match.group("era"))
    second_text = match.group("year2")
    joiner = match.string[match.end("year"):match.start("year2")].strip()
    if len(second_text) == 2 and joiner.endswith("و"):
        return None  # في 2016 و24 ألفا: a year and an amount, not 2016-2024
    if joiner == "و" and _bare_preposition(match.group("prep")) != "بين" and match.group("cue") not in PAIR_RANGE_CUES:
        return None  # أعوام 1978 و1986 و1998: years listed, each read by the year reader
    if len(second_text) == 2:
        second_text = match.group("year")[:2] + second_text
    second = _year_value(second_text, match.group("era") or match.group("era1"))
    if first is None or second is None or not 0 < second[0] - first[0] <= 50:
        return None
    return _Found(match.start(), match.end(), f"{_iso(first[0], calendar=first[1])}/{_iso(second[0], calendar=second[1])}",
                  "range", first[1])


def _year(match: re.Match, published: dt.date | None) -> _Found | None:
    # A bare four-digit number is a year only with a cue: a preposition, عام/سنة, or an era mark,
    # or closing a noun phrase (ميزانية 2018، كأس العالم 2018 في روسيا).
    if (match.group("slip_comma") is not None or match.group("glued") is not None) and match.group("cue") not in YEAR_NOUNS:
        return None
    if match.group("conj") or not (match.group("prep") or match.group("cue")) and _after_year(match):
        if not _after_year(match) or _counts_next_word(match):
            return None  # و2015 only in a list of years (1978 و1986 و1998، الأعوام 2008، 2009)
    elif not (match.group("prep") or match.group("cue") or match.group("era")):
        if not (_closes_noun_phrase(match) or _in_parentheses(match) and not _counts_next_word(match, shortest=3)):
            return None
        if _list_counts_a_noun(match):
            return None  # 1990 و2015 طالبا: numbers listed before the noun they count
    elif not (match.group("cue") or match.group("era")) and _counts_next_word(match) \
            and (int(match.group("year")) % 100 == 0 or match.group("prep").strip().lstrip("وف") in AMOUNT_PREPOSITIONS):
        # في 2000 منزل، أكثر من 2015 سلة: a count after a preposition, not a year (في 2013 أقعدته is one);
        # after في/منذ/خلال a count of exactly 2006 or 2017 things is rare beside the years (تولى القيادة
        # في 2006 خلفا لوالده)
        return None
    year = _year_value(match.group("year"), match.group("era"), cued=(match.group("cue") or "") in YEAR_NOUNS)
    if year is None:
        return None
    return _Found(match.start(), match.end(), _iso(year[0], calendar=year[1]), _kind_of(match.group("prep"), "date"),
                  year[1])


def _second_of_two_days(match: re.Match) -> bool:
    """يومي 27 و28 الجاري: the day after a day and its و."""
    day_start = match.start("day") if match.group("day") else match.start()
    return re.search(r"\d[^\S\n]*و[^\S\n]*$", match.string[max(0, day_start - 6):day_start]) is not None


def _day_of_month(match: re.Match, published: dt.date | None) -> _Found | None:
    day = _day_of(match)
    if day is None or not 1 <= day <= 31:
        return None
    if match.group("ordinal") and not match.group("prep") and _word_before(match, match.start()) in PERIOD_OF_MONTH:
        return None  # الأسبوع الأول من شهر أغسطس: a part of the month, not its first day
    kind = _kind_of(match.group("prep"), "relative")
    which = match.group("which")
    if match.group("this_month") and not (match.group("prep") or re.match(r"[^\S\n]*(?:و)?يوم", match.group(0))
                                          or _second_of_two_days(match)):
        return None  # في 20 الجاري، يوم 5 الحالي; إس 9 الحالي is a model's number
    if which and re.fullmatch(SAME_WORDS, which) or match.group("same_before"):  # في 20 من الشهر نفسه، 12 من نفس الشهر
        month_told = _told_before(match, "month", published)
        return _Found(match.start(), match.end(), _iso(int(month_told[:4]), int(month_told[5:7]), day), kind) \
            if month_told else None
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    told = _month_told_before(match) if match.group(0).rstrip().endswith("منه") else None
    if told is not None:
        year, month = _closest_year(told, day, published), told
    else:
        year, month = _shift_month(published, _direction(match.group("which")))
    return _Found(match.start(), match.end(), _iso(year, month, day), kind, anchored=True)


MONTH_TOLD_WINDOW = 200  # characters back to the month that منه refers to


def _month_told_before(match: re.Match) -> int | None:
    """The Gregorian month last named before the match, in the same paragraph."""
    before = match.string[max(0, match.start() - MONTH_TOLD_WINDOW):match.start()].rsplit("\n", 1)[-1]
    names = [found for found in _month_word_pattern().finditer(before)
             if month_names()[found.group(1)].calendar == "gregorian" and not month_names()[found.group(1)].ambiguous]
    return month_names()[names[-1].group(1)].number if names else None


@lru_cache(maxsize=1)
def _month_word_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\u0621-\u064a])(?:و|ب|ل)?({_alternation(month_names())})(?![\u0621-\u064a])")


def _weekday(match: re.Match, published: dt.date | None) -> _Found | None:
    name, which = match.group("weekday"), match.group("which") or match.group("pair_own")
    before = _word_before(match, match.start("weekday"))
    if _bare_word_in(before, NOT_WEEKDAY_BEFORE):
        return None  # لصلاة الجمعة، وبصلاة الجمعة: the prayer, with its preposition or و glued on
    if match.group("conj") and not (_after_weekday(match) or _opens_sentence(match)):
        return None  # والأربعاء: only a second weekday (الثلاثاء والأربعاء), or opening a sentence (والخميس قال)
    if _recurring(match):
        return None  # أيام الأحد والاثنين، كل خميس، الجمعة من كل أسبوع: every such day, no date
    if match.group("paren") and not match.group("relative") and _after_day_told(match):
        return None  # أمس الأول (السبت)، 12 يناير (الأحد): the day told before, listed once by its reader
    if not (match.group("prep") or match.group("cue") or match.group("relative") or which) \
            and _in_short_quote(match.string, match.start("weekday"), match.end("weekday")):
        return None  # «الخميس الأسود»، "أمهات السبت": a name in quotation marks
    if name in CUED_WEEKDAYS and not (match.group("cue") or match.group("paren") or which or match.group("relative")
                                      or _bare_preposition(match.group("prep")) in MONTH_PREPOSITIONS
                                      or match.group("conj") or match.group("pair_which") or _after_weekday(match)
                                      or _adverbial(match) or _bare_day_after_clause(match, name)
                                      or _bare_weekday_in_clause(match, name)):
        return None
    kind = _kind_of(match.group("prep"), "relative")
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    if match.group("relative"):  # أمس الثلاثاء، اليوم الأحد: one day, named twice
        relative = re.sub(r"\s+", " ", match.group("relative"))
        date = published + dt.timedelta(days=_relative_offset(relative, match.group("prep")))
        return _Found(match.start(), match.end(), _nearest_weekday(date, WEEKDAYS[name]).isoformat(), kind,
                      anchored=True)
    offset = (published.weekday() - WEEKDAYS[name]) % 7
    direction = _direction(which) or _pair_direction(match.group("pair_which") or match.group("pair_own")) \
        or (1 if offset and _bare_preposition(match.group("prep")) != "منذ"
            and (_future_cue_before(match) or _opens_with_imperfect(match)) else 0)  # منذ الأربعاء is past
    if direction < 0 and offset == 0:
        offset = 7
    date = published - dt.timedelta(days=offset) if direction <= 0 else \
        published + dt.timedelta(days=(WEEKDAYS[name] - published.weekday()) % 7 or 7)
    return _Found(match.start(), match.end(), date.isoformat(), kind, anchored=True)


WORD_CLITICS = frozenset("لبوفك")


def _bare_word_in(word: str, words: frozenset[str]) -> bool:
    """The word, or the word without one or two clitic letters before it (ل، وب), is in `words`."""
    return any(word[strip:] in words for strip in range(3) if all(letter in WORD_CLITICS for letter in word[:strip]))
COMPLEMENTIZERS = word_set("complementizer")
PRESENT_FRAMES = frozenset(time_words()["present_frame"])
IMPERFECT_OPENING_WORDS = 5  # the weekday stands among the first words of a sentence its verb opens


def _opens_with_imperfect(match: re.Match) -> bool:
    """ويلعب الأهلي الخميس أمام الزمالك، ويتوجه الوفد الأربعاء: a sentence opened by an imperfect
    verb (one the corpus also writes under the future prefix: سيلعب، سيتوجه) tells of a day to come;
    a past event is told with the perfect (لعب، توجه). Only the ي imperfect: a ت-initial word is as
    often a perfect (تصدر، تمكن، تلقى)."""
    opening = re.split(r"[.\n؟!:«»\"]", match.string[max(0, match.start() - 80):match.start()])[-1]
    words = re.findall(r"[\u0621-\u064a]+", opening)
    if not words or len(words) > IMPERFECT_OPENING_WORDS or any(word in COMPLEMENTIZERS for word in words[1:]):
        return False  # ويذكر أن الفريق لعب الخميس: the weekday is in the clause after أن
    verb = words[0][1:] if words[0][:1] in ("و", "ف") and len(words[0]) > 3 else words[0]
    return verb[:1] == "ي" and len(verb) >= 3 and verb not in PRESENT_FRAMES \
        and word_frequencies().get("س" + verb, 0) >= per_million(FUTURE_VERB_PER_MILLION)


RECURRING_BEFORE = frozenset({"ايام", "كل", "وكل", "لكل", "بكل", "ايامي"})


def _recurring(match: re.Match) -> bool:
    """The weekday, or the list of weekdays it closes, follows أيام/كل, or من كل أسبوع follows it."""
    if re.match(r"[^\S\n]*من[^\S\n]+كل[^\S\n]+(?:اسبوع|اسابيع)", match.string[match.end():match.end() + 20]):
        return True
    position = match.start()
    while True:
        before = _word_before(match, position)
        if before in RECURRING_BEFORE:
            return True
        if before not in WEEKDAYS and not (before[:1] == "و" and before[1:] in WEEKDAYS) and before not in ("يوم", "يومي"):
            return False
        position = match.string.rfind(before, 0, position)


DATE_ENDING = re.compile(r"(?:\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})[^\S\n]*(?:م|ه)?$")  # 2014، 12/1/2014م


def _after_day_told(match: re.Match) -> bool:
    """أمس الأول (السبت)، 12 يناير (الأحد)، 12/1/2014 (الأحد): the weekday in parentheses glosses the day
    just told."""
    before = match.string[max(0, match.start("paren") - 20):match.start("paren")].rstrip()
    last = re.search(r"([\u0621-\u064a]+)$", before)
    return DATE_ENDING.search(before) is not None or any(before.endswith(word) for word in RELATIVE_DAYS) \
        or last is not None and (last.group(1) in month_names() or last.group(1)[1:] in month_names())


def _opens_sentence(match: re.Match) -> bool:
    return re.search(r"(?:^|[.!؟?\n])[^\S\n]*$", match.string[max(0, match.start() - 3):match.start()]) is not None \
        or match.start() == 0


def _after_weekday(match: re.Match) -> bool:
    """الثلاثاء والأربعاء، ليل السبت-الأحد، ليل الأحد/الاثنين: the second of two weekdays."""
    if _word_before(match, match.start()) in WEEKDAYS:
        return True
    joined = re.search(r"([\u0621-\u064a]+)\s*[-/–]\s*$", match.string[max(0, match.start("weekday") - 20):match.start("weekday")])
    return joined is not None and joined.group(1) in WEEKDAYS


def _relative_offset(word: str, prep: str | None) -> int:
    """Days from publication; بعد غد is read as بعد + غدا by the preposition slot: the day after."""
    days = RELATIVE_DAYS[word]
    return days + 1 if days == 1 and _bare_preposition(prep) == "بعد" else days


def _nearest_weekday(date: dt.date, weekday: int) -> dt.date:
    """أمس الثلاثاء in a paper dated a day late: the weekday named is the day meant, and it lies
    within three days of the relative day."""
    shift = (weekday - date.weekday()) % 7
    return date + dt.timedelta(days=shift if shift <= 3 else shift - 7)


def _relative_day(match: re.Match, published: dt.date | None) -> _Found | None:
    word = re.sub(r"\s+", " ", match.group("word"))
    if word == "غد" and _word_before(match, match.start()) != "يوم" and _bare_preposition(match.group("prep")) != "بعد" \
            and not _closes_clause_after_preposition(match):
        return None  # يوم غد is tomorrow; غد أفضل is "a better future"
    if word == "الغد" and _word_before(match, match.start()) not in DAY_PART_WORDS | {"يوم"} \
            and not _closes_clause_after_preposition(match):
        return None  # صباح الغد، اعتبارا من الغد. are tomorrow; رجال الغد are "of the future"
    if word == "امس" and _bare_preposition(match.group("prep")) == "في" and _word_after(match).startswith("ال") \
            and _word_after(match) not in WEEKDAYS:
        return None  # في أمس الحاجة: the elative "most", not yesterday (one says أمس, not في أمس)
    if word == "اليوم" and _word_after(match) in RELATIVE_PRONOUNS:
        return None  # في اليوم الذي: the day that a clause tells, not today
    if word == "اليوم" and not match.group("prep") and _word_before(match, match.start()) in TODAY_NAME_HEADS:
        return None  # عين اليوم، صحيفة اليوم: a paper's name
    if _word_after(match) in WEEKDAYS:
        return None  # غدا الخميس 18 ماي: the weekday's date, read by its own reader, names the day
    before = _word_before(match, match.start())
    if word == "اليوم" and (before in DAY_LENGTH_BEFORE
                            or before in PER_DAY_BEFORE and _bare_preposition(match.group("prep")) == "في"):
        return None  # طوال اليوم، ساعتين في اليوم: the length of a day or a rate per day, not today
    if word == "اليوم" and _word_after(match) in DAY_TOLD_OFFSETS:
        return _day_told_before(match, published)  # في اليوم نفسه، في اليوم التالي
    if word == "اليوم" and (before in THAT_WORDS or before in SAME_BEFORE):
        return _day_told_before(match, published, 0)  # وفي ذلك اليوم: the day told before
    if word == "اليوم" and _followed_by_definite(match) and _word_before(match, match.start()) not in DAY_PART_WORDS \
            and _names_a_day(_word_after(match)):
        return None  # اليوم الأول، اليوم الوطني: a day named, not today (كشفت اليوم النقاب، مساء اليوم الحفل are today)
    if _bare_preposition(match.group("prep")) == "بعد" and _negated(match):
        return None  # ليس بعد اليوم، لن يتكرر بعد اليوم: "no longer"
    if word == "اليوم" and not match.group("prep") and (_word_before(match, match.start()) in NOWADAYS_PRONOUNS
                                                      or _word_after(match) in NOWADAYS_PRONOUNS):
        return None  # ونحن اليوم نرى، والمدينة اليوم هي: nowadays
    if word == "اليوم" and _word_before(match, match.start()) in NOWADAYS_BEFORE:
        return None
    kind = _kind_of(match.group("prep"), "relative")
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    date = published + dt.timedelta(days=_relative_offset(word, match.group("prep")))
    return _Found(match.start(), match.end(), date.isoformat(), kind, anchored=True)


CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,،؛:!؟)\n]|$)")


def _closes_clause_after_preposition(match: re.Match) -> bool:
    """ابتداء من غد، حتى غد.: غد after من/حتى/إلى that ends its clause is tomorrow (من غد مشرق is not)."""
    if _bare_preposition(match.group("prep")) not in ("من", "حتي", "الي") or CLAUSE_END.match(match.string, match.end()) is None:
        return False
    return not ELATIVE.fullmatch(_word_before(match, match.start()))  # اليوم أفضل من الغد: a comparison


ELATIVE = re.compile(r"ا[\u0621-\u064a]{3}|خير|شر")  # أفضل، أكثر، أقرب: the comparative before من


RELATIVE_PRONOUNS = frozenset({"الذي", "الذى"})  # masculine, as اليوم is: بسعر اليوم التي تزن is today's price


# اليوم نفسه / ذاته / التالي / السابق: the day told before, or the one after or before it.
DAY_TOLD_OFFSETS = {"نفسه": 0, "ذاته": 0, "التالي": 1, "السابق": -1}
DAY_TOLD_WINDOW = 400  # characters of the same paragraph back to the day told
DAY_FORMS = frozenset({"day_month", "numeric", "iso", "weekday"})
DATED_FORMS = frozenset({"day_month", "numeric", "iso"})


THAT_WORDS = frozenset({"ذلك", "ذاك"})  # ذلك اليوم is the day told, هذا اليوم today


def _day_told_before(match: re.Match, published: dt.date | None, offset: int | None = None) -> _Found | None:
    """يوم الأحد الماضي ... وفي اليوم نفسه: the last day-precise date before, in the same paragraph,
    shifted by the word after اليوم (or by `offset`, the match alone: ذلك اليوم); with none told,
    اليوم التالي names no day we can find."""
    kind = _kind_of(match.group("prep"), "relative")
    end = match.end() if offset is not None else \
        match.end() + len(re.match(r"[^\S\n]*[\u0621-\u064a]+", match.string[match.end():]).group(0))
    before = match.string[max(0, match.start() - DAY_TOLD_WINDOW):match.start()].rsplit("\n", 1)[-1]
    days = [item.value for _, item in _scan(before, published, DAY_FORMS) if item.value and len(item.value) == 10]
    if not days:
        return None
    step = offset if offset is not None else DAY_TOLD_OFFSETS[_word_after(match)]
    day = dt.date.fromisoformat(days[-1]) + dt.timedelta(days=step)
    return _Found(match.start(), end, day.isoformat(), kind, anchored=True)


def _word_before(match: re.Match, position: int) -> str:
    previous = re.search(r"([\u0621-\u064a]+)[^\S\n]*$", match.string[max(0, position - 30):position])
    return previous.group(1) if previous else ""


def _word_after(match: re.Match) -> str:
    following = re.match(r"[^\S\n]*([\u0621-\u064a]+)", match.string[match.end():match.end() + 30])
    return following.group(1) if following else ""


def _negated(match: re.Match) -> bool:
    """A negation among the two words before the match (لن يحدث بعد اليوم)."""
    words = re.findall(r"[\u0621-\u064a]+", match.string[max(0, match.start() - 30):match.start()])
    return any(word in NEGATIONS for word in words[-2:])


def _bare_day_after_clause(match: re.Match, name: str) -> bool:
    """استقالتها الاثنين إثر، جلسة مغلقة الجمعة بأغلبية: الجمعة and الاثنين closing a clause's noun
    phrase before a preposition or a noun led by ب/ل/إثر are days. Not الأحد ("the one"), not after
    a dual (الطرفين الاثنين) or a number, not before عشر (الاثني عشر) or معا."""
    if name not in BARE_DAY_WEEKDAYS:
        return False
    before, after = _word_before(match, match.start("weekday")), _word_after(match)
    if not before or before.endswith(("ين", "ان")) or before in function_words():
        return False
    return after in BARE_DAY_FOLLOWERS or after[:1] == "ب" and len(after) > 3 and after not in function_words()


def _bare_weekday_in_clause(match: re.Match, name: str) -> bool:
    """ووثق المرصد الأحد مقتل، أدانت إسرائيل الاثنين الهجوم، غرم الاتحاد الجمعة المدرب: a bare الأحد,
    الاثنين or الجمعة after a content word is the day (الجمعة not after a given name: محمد الجمعة). Not after a particle or quantifier (بين الاثنين، إن الاثنين، كلا
    الاثنين), الاثنين not after a dual or plural (الطرفين الاثنين), neither before عشر or معا."""
    if name not in NUMBER_WEEKDAYS:
        return False
    before, after = _word_before(match, match.start("weekday")), _word_after(match)
    if not before or before in NOT_BARE_WEEKDAY_BEFORE or after in NOT_BARE_WEEKDAY_AFTER \
            or before[0] in "وبلفك" and before[1:] in NOT_BARE_WEEKDAY_BEFORE:  # بسوق الأحد
        return False
    if name == "الجمعه" and (before in given_names() or before in function_words()):
        return False  # محمد الجمعة: a family name
    # الطرفين الاثنين، لتسميم الاثنين: "the two" after a dual or plural, or as the object of a verbal noun
    return not (name == "الاثنين" and (before.endswith(("ين", "ان")) or before[0] in "لب" and len(before) > 3))


def _adverbial(match: re.Match) -> bool:
    """A bare weekday set off as an adverb of time (، الجمعة، / قالت الاثنين إنها / في وقت سابق الجمعة)."""
    before = match.string[max(0, match.start("weekday") - 3):match.start("weekday")].rstrip()
    after = match.string[match.end():match.end() + 3].lstrip()
    return before.endswith(("،", ",")) or after.startswith(("،", ",", ".")) \
        or _word_after(match) in ADVERB_AFTER or _word_before(match, match.start("weekday")) in ADVERB_BEFORE


def _after_year(match: re.Match) -> bool:
    """The text just before a و holds a year: 1978 و1986، 2014هـ و1436."""
    before = match.string[max(0, match.start() - 12):match.start()]
    year = re.search(rf"(?<!\d)(\d{{4}})\s*(?:{HIJRI_ERA}|{GREGORIAN_ERA})?\s*(?:،|,)?\s*$", before)
    return year is not None and YEAR_RANGE[0] <= int(year.group(1)) <= YEAR_RANGE[1]  # القرارات 1835 و1929: no year


def _list_counts_a_noun(match: re.Match) -> bool:
    """The number opens a list joined by و whose last number counts the noun after it."""
    listed = re.compile(r"(?:\s*(?:و|،|,)\s*(\d+))+").match(match.string, match.end())
    return listed is not None and _counts_next_word(re.compile(r"\d+").match(match.string, listed.start(1)))


def _in_parentheses(match: re.Match) -> bool:
    """كأس العالم (2018): a year set in parentheses alone (not a number after رقم: غرفة رقم (2022))."""
    before = match.string[max(0, match.start() - 30):match.start()].rstrip()
    word = re.search(r"([\u0621-\u064a]+)[^\S\n]*\($", before)
    if word is not None and (word.group(1) in NOT_YEAR_BEFORE or word.group(1)[1:] in NOT_YEAR_BEFORE):
        return False  # رقم (2022)، بالرقم (2020)
    return before.endswith("(") \
        and match.string[match.end():match.end() + 2].lstrip().startswith(")")


def _counts_next_word(match: re.Match, shortest: int = 4) -> bool:
    """The number is followed by a noun it could count (2000 منزل، (2000) شخص), not by a verb or
    a particle (في 2013 أقعدته، من 2015 أمام، منذ 1970 حين); words shorter than `shortest` are
    particles, except in parentheses, where a count's noun may be short."""
    rest = match.string[match.end():match.end() + 4]
    number = match.start("year") if "year" in match.re.groupindex else match.start()
    opened = match.string[max(0, number - 2):number].rstrip().endswith("(")  # (2000) شخص، not (قبل 2018) بلوغ
    end = match.end() + (len(rest) - len(rest.lstrip(" )" if opened else " ")))
    following = re.match(r"([\u0621-\u064a]+)", match.string[end:end + 30])
    if following is None or following.group(1).startswith(("و", "ف")) or len(following.group(1)) < shortest:
        return False
    word = following.group(1)
    return word not in function_words() and word not in MAQSURA_FUNCTION_WORDS and word not in NOT_COUNTED_AFTER \
        and _takes_article(word)


NOT_COUNTED_AFTER = frozenset(time_words()["not_counted_after_number"])  # في 2016 مقابل: a year, not a count


def _closes_noun_phrase(match: re.Match) -> bool:
    """A bare year right after a noun (ميزانية 2018، اتفاق 2015، الودية 2015) and before no word that
    it could count: the end, a mark, a conjunction or a short particle (2018 في روسيا)."""
    before = match.string[max(0, match.start() - 30):match.start()]
    noun = re.search(r"([\u0621-\u064a]{3,})[^\S\n]+$", before)
    if noun is None or noun.group(1) in function_words() or noun.group(1) in NOT_YEAR_BEFORE:
        return False
    word = noun.group(1)
    if re.match(r"\s*[\d%]", match.string[match.end():match.end() + 3]):
        return False
    following = re.match(r"[^\S\n]+([\u0621-\u064a]+)", match.string[match.end():match.end() + 30])
    if not word.startswith(("ال", "لل")) and not _takes_article(word) and not (word[0] in "لبوفك" and _takes_article(word[1:])):
        # A name (بطولة أوروبا 2016، بيان جنيف 2012): the year closes it only before a mark or a particle.
        return following is None or following.group(1) in function_words() or following.group(1)[0] in "وف"
    return following is None or not _followed_by_word(match) or following.group(1) in function_words() \
        or not _takes_article(following.group(1))


def _takes_article(word: str) -> bool:
    """A noun the year could be counting (2000 منزل، 2015 شخصا) takes the article in the corpus;
    a verb or a particle after a year (اتفاق 2015 ساهم) does not."""
    frequencies = word_frequencies()
    bare = word[:-1] if word.endswith("ا") and len(word) > 3 else word
    return max(frequencies.get("ال" + word, 0), frequencies.get("ال" + bare, 0)) >= per_million(NOUN_ARTICLE_PER_MILLION)


def _followed_by_word(match: re.Match) -> bool:
    """The next word is an Arabic content word (not و..., not a short function word)."""
    following = re.match(r"\s+([\u0621-\u064a]+)", match.string[match.end():match.end() + 30])
    return bool(following) and not following.group(1).startswith(("و", "ف")) and len(following.group(1)) > 3


def _names_a_day(word: str) -> bool:
    """An adjective after اليوم that names a day (اليوم الوطني، اليوم العالمي، اليوم الأول، اليوم الأخير):
    a nisba, an ordinal, or a word of time_words_ar.tsv; an object or subject after it (حقق اليوم الفوز) is none."""
    return word.endswith(("ي", "يه")) or word in ordinal_words() or word in DAY_ADJECTIVES


def _followed_by_definite(match: re.Match) -> bool:
    """A definite word follows; إلى، التي، الذي normalize to ال... too, and are function words."""
    rest = match.string[match.end():match.end() + 12]
    following = _word_after(match)
    return bool(re.match(r"\s+(?:ال|لل)\w", rest)) and (following not in function_words() or following in WEEKDAYS)


def _period(match: re.Match, published: dt.date | None) -> _Found | None:
    period = GLUED_PERIOD_WORDS[match.group("period") or match.group("this_period") or match.group("same_period")]
    which = match.group("which")  # هذا الشهر: the current one
    kind = _kind_of(match.group("prep"), "relative")
    if match.group("same_before"):
        return _period_told_before(match, period, kind, published)  # في نفس العام، ذات الشهر
    if match.group("period") == "العام" and (which in TOLD_SHIFTS or re.fullmatch(SAME_WORDS, which)) \
            and _general_adjective(match):
        return None  # الأمين العام السابق، المدير العام نفسه: "general" and "former", not the year before
    if which and re.fullmatch(SAME_WORDS, which):
        return _period_told_before(match, period, kind, published)
    if which in TOLD_SHIFTS:
        shifted = _period_shifted_from_told(match, period, TOLD_SHIFTS[which], kind, published)
        if shifted is not None or TOLD_SHIFTS[which] > 0:
            return shifted  # في العام التالي with nothing told names no year we can find
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    step = _direction(which)
    if period == "year":
        value = f"{published.year + step:04d}"
        if re.match(rf"\s*\(?\s*{value}(?!\d)", match.string[match.end():match.end() + 8]):
            return None  # مطلع العام المقبل 2016، العام الحالي (2018): the year written after it names it
    elif period == "month":
        value = "%04d-%02d" % _shift_month(published, step)
    else:
        year, week, _ = (published + dt.timedelta(weeks=step)).isocalendar()
        value = f"{year:04d}-W{week:02d}"
    return _Found(match.start(), match.end(), value, kind, anchored=True)


PERIOD_TOLD_WINDOW = 400  # characters back (across paragraphs) to the date that العام نفسه refers to
PERIOD_PRECISION = {"year": 4, "month": 7, "week": 10}  # the value's length a told date needs


def _told_before(match: re.Match, period: str, published: dt.date | None) -> str | None:
    """The value of the last date told before the match that is precise enough for `period` (a year
    for العام نفسه, a month for الشهر نفسه, a day for الأسبوع نفسه), or None."""
    before = match.string[max(0, match.start() - PERIOD_TOLD_WINDOW):match.start()]
    told = [item.value for _, item in _scan(before, published, None)
            if item.value and "/" not in item.value and "W" not in item.value
            and len(item.value) >= PERIOD_PRECISION[period]]
    return told[-1] if told else None


def _period_part(match: re.Match, published: dt.date | None) -> _Found | None:
    kind = _kind_of(match.group("prep"), "relative")
    if published is None:
        return _Found(match.start(), match.end(), None, kind)
    value = f"{published.year:04d}" if match.group("period") != "الشهر" else f"{published.year:04d}-{published.month:02d}"
    return _Found(match.start(), match.end(), value, kind, anchored=True)


def _general_adjective(match: re.Match) -> bool:
    """العام after a definite noun agrees with it as the adjective "general" (الأمين العام السابق); an
    adverb العام الماضي may follow any noun (في كأس العالم العام الماضي), so only before السابق/نفسه,
    which also fit a person."""
    before = _word_before(match, match.start("period"))
    return before.startswith(("ال", "لل")) and len(before) > 3 and before not in function_words() \
        and before not in WEEKDAYS and before not in RELATIVE_DAYS


def _period_shifted_from_told(match: re.Match, period: str, step: int, kind: str,
                              published: dt.date | None) -> _Found | None:
    """يونيو ... مقارنة بالشهر السابق: the period before (or after) the date told before; None when none is told."""
    told = _told_before(match, period, published)
    if told is None:
        return None
    if period == "year":
        value = f"{int(told[:4]) + step:04d}"
    elif period == "month":
        value = "%04d-%02d" % _shift_month(dt.date(int(told[:4]), int(told[5:7]), 1), step)
    else:
        year, week, _ = (dt.date.fromisoformat(told) + dt.timedelta(weeks=step)).isocalendar()
        value = f"{year:04d}-W{week:02d}"
    return _Found(match.start(), match.end(), value, kind)


def _period_told_before(match: re.Match, period: str, kind: str, published: dt.date | None) -> _Found | None:
    """عام 2015 ... وفي العام ذاته: the period of the date told before; with none told, not listed."""
    told = _told_before(match, period, published)
    if told is None:
        return None
    if period == "week":
        year, week, _ = dt.date.fromisoformat(told).isocalendar()
        return _Found(match.start(), match.end(), f"{year:04d}-W{week:02d}", kind)
    of_year = re.match(rf"\s+من\s+(?:العام|السنه)\s+({PAST_WORDS}|{NEXT_WORDS}){_E}", match.string[match.end():match.end() + 30])
    if period == "month" and of_year:  # في الشهر نفسه من العام الماضي: that month a year before
        return _Found(match.start(), match.end() + of_year.end(),
                      f"{int(told[:4]) + _direction(of_year.group(1)):04d}{told[4:7]}", kind)
    return _Found(match.start(), match.end(), told[:PERIOD_PRECISION[period]], kind)


# Order matters: longer, more specific forms claim their text first.
_READERS = (("day_range", _day_range), ("day_month", _day_month), ("day_list", _day_list), ("numeric", _numeric), ("iso", _numeric), ("month_year", _month_year),
            ("year_range", _year_range), ("year", _year), ("day_of_month", _day_of_month),
            ("month", _month_alone), ("weekday", _weekday), ("relative_day", _relative_day), ("period", _period),
            ("period_part", _period_part))


# The forms that carry a number (day, year): what the counts extractor needs to set dates aside.
NUMERIC_FORMS = frozenset({"day_range", "day_month", "day_list", "numeric", "iso", "month_year", "year_range", "year", "day_of_month"})


def scan_normalized(text: str, published: dt.date | dt.datetime | str | None = None,
                    forms: frozenset[str] | None = None) -> list[_Found]:
    """Date expressions in normalized text, as normalized offsets, in text order, never overlapping.

    `forms` limits the scan to some of the readers (NUMERIC_FORMS: only those with a number)."""
    return [item for _, item in _scan(text, _as_date(published), forms)]


def _scan(text: str, published_date: dt.date | None, forms: frozenset[str] | None) -> list[tuple[str, _Found]]:
    """(reader name, expression) pairs of scan_normalized."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, _Found]] = []
    required = _required()
    for name, reader in _READERS:
        if forms is not None and name not in forms:
            continue
        pattern = _patterns()[name]
        for match in finditer_in_regions(pattern, required[name], text) if name in required else pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            item = reader(match, published_date)
            if item is None:
                continue
            item.start, item.end = _trim(text, item.start, item.end)
            taken.append((item.start, item.end))
            found.append((name, item))
    return sorted(found, key=lambda pair: pair[1].start)


def _leads_the_readers(forms: frozenset[str]) -> bool:
    """Whether every reader of `forms` runs before every other reader: then the full scan, filtered
    to `forms`, is exactly the scan limited to them (the others claim text only after them)."""
    names = [name for name, _ in _READERS]
    return all(name in forms for name in names[:sum(name in forms for name in names)])


def _document_scan(doc: "Document", published_date: dt.date | None,
                   forms: frozenset[str] | None) -> list[tuple[str, _Found]]:
    """The scan of a document's normalized text, made once per document and publication date:
    the counts (their dates set aside) and the dates component read the same scan."""
    if forms is not None and not _leads_the_readers(forms):
        return _scan(doc.normalized.text, published_date, forms)
    cached = doc.scan_cache.get("timex")
    if cached is None or cached[0] is not doc.normalized or cached[1] != published_date:
        cached = doc.scan_cache["timex"] = (doc.normalized, published_date, _scan(doc.normalized.text, published_date, None))
    found = cached[2]
    return found if forms is None else [pair for pair in found if pair[0] in forms]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n،,(":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    if text[start:start + 1] == "و" and text[start + 1:start + 4].lstrip()[:1].isdigit():
        start += 1  # و12 مايو، و 2013: the conjunction is not part of the date
        while start < end and text[start] in " \t":
            start += 1
    return start, end


def _expressions(original: str, normalized: NormalizedText, found: list[_Found]) -> list[TimeExpression]:
    expressions = []
    for item in found:
        start, end = normalized.to_original(item.start, item.end)
        expressions.append(TimeExpression(original[start:end], start, end, item.value, item.kind, item.calendar,
                                          "published" if item.anchored else None))
    return expressions


DIGIT_RUN = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")


def range_ends(expression: TimeExpression) -> list[TimeExpression]:
    """A range (2011/2014) as its two ends, each a date with its own span: بين عامي 2011 | و2014،
    من 5 | إلى 9 ماي. The records list dates at the precisions of RECORD.md (a year, a month, a day,
    a week), and a stretch is read as the dates that bound it; any other expression is kept whole."""
    if expression.kind != "range" or not expression.value or expression.value.count("/") != 1:
        return [expression]
    runs = list(DIGIT_RUN.finditer(expression.text))
    if len(runs) < 2:
        return [expression]
    first_value, last_value = expression.value.split("/")
    first_end, last_start = runs[0].end(), runs[-1].start()
    return [replace(expression, text=expression.text[:first_end], end=expression.start + first_end, value=first_value),
            replace(expression, text=expression.text[last_start:], start=expression.start + last_start,
                    value=last_value)]


def find_time_expressions(text: str, published: dt.date | dt.datetime | str | None = None) -> list[TimeExpression]:
    """Every date expression in `text`, with offsets into `text` and ISO values (see the module doc)."""
    normalized, _ = normalize_for_matching(text, repair_glued=False)
    return _expressions(text, normalized, scan_normalized(normalized.text, published))


def document_time_expressions(doc: "Document", published: dt.date | dt.datetime | str | None = None,
                              forms: frozenset[str] | None = None) -> list[TimeExpression]:
    """The same over a normalized Document; `published` defaults to the document's meta `date`."""
    assert doc.normalized is not None, "normalize must run first"
    published_date = _as_date(published if published is not None else doc.meta.get("date"))
    found = [item for _, item in _document_scan(doc, published_date, forms)]
    return _expressions(doc.text, doc.normalized, found)
