"""The packed word tables (extract.packed): the same answers as the dicts and arrays they replace."""

from __future__ import annotations

import random

import numpy as np
import pytest

from extract.lexicons import data_path, word_frequencies
from extract.packed import PackedWords, StoredRows, pack_words, packable, packed_or_plain, unpack_word

WORDS = ["الموصل", "بغداد", "وزير", "الخارجية", "قال", "إن", "آلاف", "مؤتمر", "شئون", "ى", "ءامن", "ابو ظبي"]


def test_a_word_of_arabic_letters_packs_to_one_byte_a_letter_and_back():
    arabic = [word for word in WORDS if " " not in word]
    packed = pack_words(arabic)
    assert packed.dtype == np.dtype(f"S{max(map(len, arabic))}")
    assert [len(key) for key in packed.tolist()] == [len(word) for word in arabic]
    assert [unpack_word(key) for key in packed.tolist()] == arabic


def test_packed_words_sort_as_the_strings_do():
    words = [word for word in word_frequencies() if packable(word)][:5000] + [word for word in WORDS if packable(word)]
    random.Random(7).shuffle(words)
    assert [unpack_word(key) for key in np.sort(pack_words(words)).tolist()] == sorted(words)


def test_a_list_with_a_word_of_other_letters_is_kept_as_strings():
    assert not packable("ابو ظبي") and not packable("Reuters") and not packable("")
    assert pack_words(WORDS) is None
    assert packed_or_plain(WORDS).dtype.kind == "U"


def test_find_gives_the_rows_a_dict_of_the_same_sorted_words_gives():
    """Real Arabic forms of the frequency file, some twice (the last of equal keys wins, as in a
    dict built from the rows in order), looked up with absent forms, longer forms and other letters."""
    forms = sorted(word for word in list(word_frequencies())[:20000] if packable(word))
    rows = sorted(forms + forms[::97])
    as_dict = {word: row for row, word in enumerate(rows)}
    packed = PackedWords(pack_words(rows))
    assert packed.packed and len(packed) == len(rows)
    longest = max(forms, key=len)
    asked = forms[::13] + [longest + "ات", "زكوفريتش", "Reuters", "ابو ظبي", "", forms[5] + " "]
    assert packed.find(asked) == {word: as_dict[word] for word in asked if word in as_dict}
    plain = PackedWords(np.array(rows))
    assert not plain.packed and plain.find(asked) == packed.find(asked)
    assert packed.words() == rows and packed.word(len(rows) - 1) == rows[-1]


def test_stored_rows_read_the_rows_asked_for_in_their_order(tmp_path):
    array = np.arange(7 * 5 * 3, dtype=np.float32).reshape(7, 5, 3) / 7
    path = tmp_path / "rows.npy"
    np.save(path, array)
    rows = StoredRows(path)
    assert len(rows) == 7 and rows.shape == (7, 5, 3)
    for wanted in ([0], [6, 2, 2, 0], list(range(7)), []):
        assert np.array_equal(rows.read(wanted), array[wanted])


def test_a_stored_rows_file_cut_short_is_refused(tmp_path):
    path = tmp_path / "rows.npy"
    np.save(path, np.ones((100, 4), dtype=np.float32))
    path.write_bytes(path.read_bytes()[:-8])
    with pytest.raises(ValueError):
        StoredRows(path)


def test_the_word_lists_read_through_packed_keys_answer_as_their_dicts():
    """The CRF's cluster and context lookups (sorted packed keys, memory-mapped) give what a dict
    read from the shipped file gives, for stems it holds and stems it does not."""
    from extract.ner import crf

    for lookup, read, resource in ((crf.word_clusters(), crf._read_word_clusters, crf.CLUSTERS_RESOURCE),
                                   (crf.word_contexts(), crf._read_contexts, crf.CONTEXTS_RESOURCE)):
        assert isinstance(lookup, crf.SortedLookup)
        as_dict = read(data_path(resource))
        keys = list(as_dict)
        asked = keys[::41] + [key + "ات" for key in keys[:200:7]] + ["زكوفريتش", "Reuters"]
        assert [lookup.get(key) for key in asked] == [as_dict.get(key) for key in asked]


def test_the_crf_word_classes_answer_as_the_word_lists_they_pack():
    """word_classes() (one packed lookup of bit masks) names the lists that hold a word, in the
    lists' order, as asking each frozenset of _word_lists() does: for listed words of every list,
    frequent words, words of other letters and combinations of a word's forms."""
    from extract.ner import crf

    lists = crf._word_lists()
    classes = crf.word_classes()
    assert classes.names == tuple(lists)
    listed = [word for words in lists.values() for word in sorted(words)[::50]]
    frequent = [word for word in list(word_frequencies())[:30000:11]]
    for words in [{word} for word in listed + frequent + ["Reuters", "", "ابو ظبي"]] + \
            [{"الموصل", "موصل", "بالموصل"}, {"محمد", "المحمد"}, {"وزاره", "الوزاره"}]:
        assert classes.classes(words) == [name for name, members in lists.items() if not members.isdisjoint(words)]
