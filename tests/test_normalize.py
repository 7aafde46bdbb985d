import pytest
from hypothesis import given, settings, strategies as st

from extract.chars import normalize_char
from extract.normalize import normalize_for_matching, normalize_string

SEED_GLUED = ["سورياوالعراق", "الولاياتالمتحدة", "العراقوسوريا", "العراقيةوالأمريكية", "وماحولها"]


@pytest.mark.parametrize("raw, expected", [
    ("أحمد إلى آخر ٱلله", "احمد الي اخر الله"),
    ("مدرسة مستشفى", "مدرسه مستشفي"),
    ("الْعِرَاقُ", "العراق"),
    ("العـــراق", "العراق"),
    ("٢٠١٤ و۱۲۳", "2014 و123"),
    ("«داعش» “هنا”", '"داعش" "هنا"'),
    ("\ufefb", "لا"),
    ("a\u00a0b\u200fc", "a bc"),
])
def test_character_normalization(raw, expected):
    assert normalize_string(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0xFFFF), max_size=30))
def test_normalize_string_is_each_characters_normalization(text):
    # normalize_string goes through str.translate: each character as normalize_char has it, in order
    assert normalize_string(text) == "".join(normalize_char(char) for char in text)


@pytest.mark.parametrize("word", SEED_GLUED)
def test_glued_words_are_split_and_reported(word):
    normalized, warnings = normalize_for_matching(f"وقع ذلك في {word} أمس")
    assert warnings == [f"split glued word {word}"]
    assert len(normalized.text.split()) == 6


@pytest.mark.parametrize("word", ["احتمالية", "الحالية", "دوريان", "عبدالله", "وجهتهما", "الأعمق", "لأمارس"])
def test_real_words_are_not_split(word):
    assert normalize_for_matching(f"ذكر {word} هنا")[1] == []


def test_offsets_of_split_word_point_into_original():
    text = "في سورياوالعراق"
    normalized, _ = normalize_for_matching(text)
    left = normalized.text.index("سوريا")
    start, end = normalized.to_original(left, left + len("سوريا"))
    assert text[start:end] == "سوريا"
    right = normalized.text.index("والعراق")
    start, end = normalized.to_original(right, right + len("والعراق"))
    assert text[start:end] == "والعراق"


arabic_like = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى") + list("\u064b\u064c\u064e\u0650\u0651\u0652\u0670\u0640")
    + list("٠١٢٣٤٥٦٧٨٩0123456789") + list("abcXYZ .,،؛؟!\"«»\n\u00a0\u200f\ufefb\ufdf2")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(arabic_like, st.text(max_size=100)))
def test_offset_map_property(text):
    normalized, _ = normalize_for_matching(text)
    assert len(normalized.starts) == len(normalized.ends) == len(normalized.text)
    previous = 0
    for index, char in enumerate(normalized.text):
        start, end = normalized.starts[index], normalized.ends[index]
        assert previous <= start <= end <= len(text)
        previous = start
        if start < end:  # a real character: it comes from the original slice
            assert char in normalize_string(text[start:end])
        else:  # an inserted space
            assert char == " "
    for a in range(0, len(normalized.text), 7):
        for b in range(a, min(len(normalized.text), a + 12) + 1):
            start, end = normalized.to_original(a, b)
            assert 0 <= start <= end <= len(text)


_COMMON_WORDS = ["سوريا", "العراق", "الحكومة", "المتحدة", "والعراق", "الجديدة", "وزارة", "مدينة", "قالت", "الأمم",
                 "ما", "لا", "يحدث", "الولايات", "وسوريا", "الشرطة", "والأمن", "لم", "يكن"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_COMMON_WORDS), min_size=2, max_size=2))
def test_frequent_halves_check_never_hides_a_split(pair):
    # find_glued_splits skips a word without frequent halves before the full check: that must
    # never skip a word the full check would split.
    from extract.normalize import _has_frequent_halves, best_glued_split

    word = normalize_string("".join(pair))
    assert best_glued_split(word) is None or _has_frequent_halves(word)
    final = frozenset(index for index, char in enumerate("".join(pair)) if char in "ةى")
    assert best_glued_split(word, word_final_at=final) is None or _has_frequent_halves(word)


def test_glue_after_final_ta_marbuta_is_split():
    # The loosest threshold (after ة) is the one the frequent-halves check must use.
    assert normalize_for_matching("قالت الحكومةالجديدة أمس")[1] == ["split glued word الحكومةالجديدة"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(arabic_like, st.text(max_size=100)))
def test_character_level_text_is_each_characters_normalization(text):
    # char_level finds new and irregular characters by a search, and walks only the irregular ones.
    from extract.chars import char_level

    normalized = char_level(text)
    assert normalized.text == normalize_string(text)
    assert len(normalized.starts) == len(normalized.ends) == len(normalized.text)
    assert all(text[start:end] for start, end in zip(normalized.starts, normalized.ends))


def test_character_level_offsets_around_dropped_and_expanded_characters():
    from extract.chars import char_level

    text = "قَالَ الـــوزير\r\n٥ ﻻ 😢"
    normalized = char_level(text)
    assert normalized.text == "قال الوزير\n\n5 لا 😢" == normalize_string(text)
    lam_alef = normalized.text.index("لا")
    assert normalized.to_original(lam_alef, lam_alef + 2) == (text.index("ﻻ"), text.index("ﻻ") + 1)
    wazir = normalized.text.index("الوزير")
    start, end = normalized.to_original(wazir, wazir + len("الوزير"))
    assert text[start:end] == "الـــوزير"


@pytest.mark.parametrize("raw, expected", [
    ("نيكولا #ساركوزي", "نيكولا  ساركوزي"),
    ("#اتحاد_المستثمرين_العرب", " اتحاد المستثمرين العرب"),
    ("الرقم #5", "الرقم #5"),  # a number keeps its mark
])
def test_hashtag_marks_and_joining_underscores_read_as_spaces(raw, expected):
    normalized, _ = normalize_for_matching(raw, repair_glued=False)
    assert normalized.text == expected
    assert normalized.to_original(0, len(expected)) == (0, len(raw))


def test_a_name_runs_on_through_a_hashtag():
    from extract import Pipeline
    text = "وقال الرئيس الفرنسي السابق نيكولا #ساركوزي إن الانتخابات مهمة، وأكد #عبد_الفتاح_السيسي أن مصر آمنة."
    record = Pipeline()(text)
    persons = {actor["name"] for actor in record["actors"] if actor["kind"] == "person"}
    assert "نيكولا #ساركوزي" in persons and "عبد_الفتاح_السيسي" in persons
    for actor in record["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
