"""The word layer: lists read from data files, normalized at load, shared by NER, extractors and speech."""

from __future__ import annotations

import pytest

from extract import lexicons, words
from extract.chars import normalize_string
from extract.extractors import events
from extract.ner import organisations


def test_word_sets_are_normalized_at_load():
    # The file writes على and الساعة as Arabic writes them; rules compare normalized token forms.
    assert "علي" in words.word_set("maqsura_function")
    assert "على" not in words.word_set("maqsura_function")
    assert "الساعه" in words.word_set("time_noun")
    assert "gmt" in words.word_set("time_zone")


def test_an_unknown_word_set_is_an_error():
    with pytest.raises(KeyError):
        words.word_set("no_such_set")


def test_organisation_heads_come_from_the_data_file():
    assert words.ORG_HEADS["صحيفه"] == "media"
    assert words.ORG_HEADS["جيش"] == "armed_group"
    assert all(head == normalize_string(head) for head in words.ORG_HEADS)


def test_one_complementizer_set_for_organisations_and_events():
    assert organisations.COMPLEMENTIZER_WORDS is events.COMPLEMENTIZERS
    assert {"ان", "بانها", "وان"} <= events.COMPLEMENTIZERS


def test_institution_kind_reads_the_head():
    assert words.institution_kind("الجيش الإيراني") == "military"
    assert words.institution_kind("مدينة حلب") is None


def test_rates_follow_the_size_of_the_frequency_file(monkeypatch):
    monkeypatch.setattr(lexicons, "frequency_total", lambda: 2_000_000)
    lexicons.per_million.cache_clear()
    try:
        assert lexicons.per_million(2.5) == 5
        assert lexicons.per_million(0.1) == 0
    finally:
        lexicons.per_million.cache_clear()


def test_the_frequency_total_is_the_sum_of_the_counts():
    frequencies = lexicons.word_frequencies()
    assert lexicons.frequency_total() == sum(frequencies.values())
    assert lexicons.frequency_total() > frequencies["في"]


@pytest.mark.parametrize("file_name", [*words.WORD_SET_FILES, "org_heads_ar.tsv", "time_words_ar.tsv"])
def test_word_list_files_name_their_source_and_licence(file_name):
    header = [line for line in lexicons.data_path(file_name).read_text(encoding="utf-8").splitlines()
              if line.startswith("#")]
    assert any("License:" in line for line in header) and any("Written for this project" in line for line in header)


def test_time_words_keep_their_values_and_order():
    time_words = words.time_words()
    assert time_words["weekday"]["الجمعه"] == "4"
    assert time_words["relative_day"]["اول امس"] == "-2"
    assert list(time_words["next"])[:2] == ["المقبل", "المقبله"]
