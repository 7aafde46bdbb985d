"""The noun a number counts, and numbers that are lists (issue 11), read off corpus chunks of stop 19
and tested on sentences written for the tests: the word right after a number carries no proclitic
but the article (فعالية، فردا، بحارة keep their first letter; واصيب، وغيرها، بتقدير، لعرض are no
counted noun); a percent sign typed before the digits (%80); two units joined by و are a list sharing
the noun after the second (خمس وأربع نجوم، ثلاثة وأربعة أسابيع); a unit written apart from مئة is
one hundreds word (تسع مئة); a dual after a dual set aside is its adjective (السنتين القادمتين);
a second conjunct dual is a count of its own (طفلين وسيارتين); اثنين after its noun counts it."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def counts(nlp: Pipeline, text: str) -> list[tuple[float, str | None]]:
    return [(count["value"], count["unit"]) for count in nlp(text)["counts"]]


@pytest.mark.parametrize("text, expected", [
    ("ونظمت البلدية أكثر من 40 فعالية في الحدائق العامة.", [(40, "فعالية")]),
    ("ويعيش في المخيم نحو 120 فردا من الأسر النازحة.", [(120, "فردا")]),
    ("وأنقذ خفر السواحل 11 بحارة من الغرق.", [(11, "بحارة")]),
    ("ويعمل في الميناء قرابة 300 ألف فلبيني.", [(300000, "فلبيني")]),
    ("واقتصر البرنامج على فعالية واحدة في العام الماضي.", [(1, "فعالية")]),
    ("وأغلق المصرف عشرات من فروعه في الأرياف.", [(10, "فروعه")]),
])
def test_the_counted_noun_keeps_its_own_first_letter(nlp: Pipeline, text: str, expected: list) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقتل نحو 9 واصيب 4 آخرون في الاشتباك.", [(9, None), (4, "آخرون")]),
    ("وتلقت الشرطة 350 وغيرها من البلاغات خلال الأسبوع.", [(350, None)]),
    ("وحصل الطالب على 4.5 من خمسة بتقدير ممتاز.", [(4.5, None), (5, None)]),
    ("وخسر الفريق خمس مباريات من أصل ثمان فقط.", [(5, "مباريات"), (8, None)]),
])
def test_a_word_led_by_a_conjunction_or_preposition_is_no_counted_noun(nlp: Pipeline, text: str, expected: list) -> None:
    assert counts(nlp, text) == expected


def test_the_ascii_and_arabic_percent_sign_before_the_digits(nlp: Pipeline) -> None:
    found = nlp("وأظهر المسح أن %62 من الطلاب يفضلون التعليم عن بعد، بينما يرى ٪ 30 عكس ذلك.")["counts"]
    assert [(count["text"], count["value"], count["unit"]) for count in found] == [("%62", 62, "%"), ("٪ 30", 30, "%")]


def test_a_sign_after_an_earlier_number_is_not_moved(nlp: Pipeline) -> None:
    assert counts(nlp, "ونما الاقتصاد بنسبة 4% خلال العام.") == [(4, "%")]


def test_two_units_joined_by_wa_are_a_list_that_shares_its_noun(nlp: Pipeline) -> None:
    assert counts(nlp, "وتصنف الفنادق الجديدة من فئة ثلاث وأربع نجوم.") == [(3, "نجوم"), (4, "نجوم")]


def test_a_duration_listed_with_another_stays_a_duration(nlp: Pipeline) -> None:
    assert counts(nlp, "وسيغيب اللاعب فترة تتراوح بين خمسة وستة أسابيع.") == []


def test_a_unit_then_a_ten_is_still_one_number(nlp: Pipeline) -> None:
    assert counts(nlp, "وشارك في السباق خمسة وعشرون متسابقا.") == [(25, "متسابقا")]


@pytest.mark.parametrize("text, value", [
    ("واستقبلت المدينة ما يقرب من مليون وسبع مئة ألف زائر.", 1_700_000),
    ("وشارك في المسيرة ثلاث مائة طالب.", 300),
])
def test_a_unit_written_apart_from_hundred_is_one_hundreds_word(nlp: Pipeline, text: str, value: int) -> None:
    assert [count["value"] for count in nlp(text)["counts"]] == [value]


@pytest.mark.parametrize("text", [
    "وتراجعت المبيعات خلال السنتين الماضيتين بشكل ملحوظ.",
    "وشهد الأسبوعان الأخيران تحسنا في الأسواق.",
])
def test_the_adjective_of_a_duration_dual_counts_nothing(nlp: Pipeline, text: str) -> None:
    assert counts(nlp, text) == []


def test_a_second_conjunct_dual_is_a_count_of_its_own(nlp: Pipeline) -> None:
    assert counts(nlp, "وصادرت الشرطة دراجتين وسيارتين في الحملة.") == [(2, "دراجتين"), (2, "سيارتين")]


def test_a_dual_adjective_with_a_letter_of_its_own_stays_in_the_count(nlp: Pipeline) -> None:
    found = nlp("واستقال مسؤولان بارزان من الحكومة.")["counts"]
    assert [(count["text"], count["value"]) for count in found] == [("مسؤولان بارزان", 2)]


@pytest.mark.parametrize("text, expected", [
    ("واعتقلت الشرطة صحفيين اثنين كانا يصوران المظاهرة.", [("صحفيين اثنين", 2, "صحفيين")]),
    ("وعثر على جثتي شرطيين اثنين في المنزل.", [("شرطيين اثنين", 2, "شرطيين")]),
    ("وأصيب اثنان آخران بجروح طفيفة.", [("اثنان آخران", 2, "آخران")]),
])
def test_ithnayn_after_its_noun_counts_that_noun_once(nlp: Pipeline, text: str, expected: list) -> None:
    found = nlp(text)["counts"]
    assert [(count["text"], count["value"], count["unit"]) for count in found] == expected


def test_a_dual_in_a_word_starting_with_wa_of_its_own(nlp: Pipeline) -> None:
    found = nlp("ونشر الباحث ورقتين علميتين في مؤتمر دولي.")["counts"]
    assert [(count["text"], count["unit"]) for count in found] == [("ورقتين علميتين", "ورقتين")]


def test_li_before_a_word_with_its_own_lam(nlp: Pipeline) -> None:
    assert counts(nlp, "وبقي في المستشفى لليلة واحدة فقط.") == [(1, "ليلة")]


def test_a_calibre_is_no_count(nlp: Pipeline) -> None:
    assert counts(nlp, "وضبطت القوات رشاشا من عيار 12.7 ملم شمال المدينة.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("ويحق لنحو 12 مليونا و340 ألفا و25 ناخبا التصويت.", 12_340_025, "ناخبا"),
    ("وبلغ عدد سكان الولاية 4 ملايين و600 ألف نسمة.", 4_600_000, "نسمة"),
])
def test_a_tail_after_a_tail_and_a_noun_in_n_or_ta_marbuta(nlp: Pipeline, text: str, value: int, unit: str) -> None:
    assert counts(nlp, text) == [(value, unit)]


def test_a_present_verb_after_a_number_is_still_no_counted_noun(nlp: Pipeline) -> None:
    assert counts(nlp, "وقتل 5 يرجح أنهم من المارة.") == [(5, None)]


@pytest.mark.parametrize("text, expected", [
    ("ويستقبل المعبر نحو 5 آلاف يوميا من المسافرين.", [(5000, None)]),
    ("وسقطت القذيفة على بعد 200 ياردة من السفارة.", []),
])
def test_an_adverb_or_a_measure_after_a_number_is_no_counted_noun(nlp: Pipeline, text: str, expected: list) -> None:
    assert counts(nlp, text) == expected
