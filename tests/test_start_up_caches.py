"""The start-up cache of parsed data files and the date scan's required parts (issue 17)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from extract import lexicons, timex
from extract.normalize import normalize_for_matching


def _write_counts(path, rows: str) -> None:
    path.write_bytes(gzip.compress(f"# test\nword\tcount\n{rows}".encode("utf-8")))


def _read_counts(path):
    cells = gzip.decompress(path.read_bytes()).decode("utf-8").split()
    return dict(zip(cells[4::2], map(int, cells[5::2])))


def test_the_cache_folder_keeps_to_its_budget_dropping_the_oldest_files(tmp_path, monkeypatch):
    import os

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(cache))
    monkeypatch.setenv("EXTRACT_CACHE_MAX_MB", "1")
    for age, name in enumerate(["newer", "older", "oldest"]):  # 3 x 400 kB of stale values
        stale = cache / f"{name}.marshal"
        stale.write_bytes(b"x" * 400_000)
        os.utime(stale, ns=(10**18 - age * 10**12, 10**18 - age * 10**12))
    value = {"كتاب": "x" * 300_000}
    assert lexicons.cached_result("fresh", "key", lambda: value) == value
    left = sorted(path.name for path in cache.iterdir())
    assert [name for name in left if not name.startswith("fresh")] == ["newer.marshal"]
    assert sum(path.stat().st_size for path in cache.iterdir()) <= 2**20
    assert lexicons.cached_result("fresh", "key", lambda: {}) == value  # the new value itself is kept


def test_a_cache_within_its_budget_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    (tmp_path / "other.marshal").write_bytes(b"x" * 1000)
    assert lexicons.cached_result("small", "key", lambda: [1, 2]) == [1, 2]
    assert (tmp_path / "other.marshal").exists()


def test_cached_value_reads_the_cache_then_the_changed_source(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "counts.tsv.gz"
    _write_counts(source, "كتاب\t5\n")
    assert lexicons.cached_value(source, _read_counts) == {"كتاب": 5}
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert lexicons.cached_value(source, _read_counts) == {"كتاب": 5}  # from the cache
    _write_counts(source, "كتاب\t5\nقلم\t7\n")
    assert lexicons.cached_value(source, _read_counts) == {"كتاب": 5, "قلم": 7}


def test_a_broken_cache_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "counts.tsv.gz"
    _write_counts(source, "مدرسة\t3\n")
    lexicons.cached_value(source, _read_counts)
    (cached,) = (tmp_path / "cache").iterdir()
    cached.write_bytes(b"\x00broken")
    assert lexicons.cached_value(source, _read_counts) == {"مدرسة": 3}


def test_word_frequencies_from_the_cache_equal_the_file():
    assert lexicons.word_frequencies() == lexicons._read_word_frequencies(lexicons.data_path("ar_word_frequencies.tsv.gz"))


# Dates of every form the skipped readers read, in sentences written for this test.
DATED = (
    "وصل الوفد يوم الخميس 12/5/2019 الى العاصمة",
    "نشر التقرير في 2020-03-15 وأعيد نشره",
    "جرت الانتخابات بين 2010 و2014 في البلاد",
    "افتتح المعرض في العشرين من الشهر الجاري",
    "وقعت الحادثة في الثالث منه بحسب الشرطة",
    "قال الوزير الاحد الماضي إن العمل بدأ عام 1998",
    "ولد الشاعر في 25 مارس 1950 بالقرية",
    "افتتح الجسر في أيار 2015 بحضور المحافظ",
    "عاد الفريق في فبراير الماضي من الجولة",
    "يصل الوفد اليوم الى المدينة",
    "ارتفعت الأسعار الشهر الماضي بنسبة كبيرة",
    "أقيم المهرجان من 3 إلى 9 مايو في المدينة",
    "تقام العروض يومي 8 و9 و10 مايو في المدينة",
    "تراجعت المبيعات منذ بداية العام في المدينة",
)


def test_every_match_of_a_skipped_reader_contains_its_required_part():
    patterns, required = timex._patterns(), timex._required()
    matched = set()
    for sentence in DATED:
        text = normalize_for_matching(sentence, repair_glued=False)[0].text
        for name, part in required.items():
            for match in patterns[name].finditer(text):
                matched.add(name)
                assert any(match.start() <= position < match.end() for position in part.positions(text)), \
                    (name, match.group())
    assert matched == set(required)


def test_the_scan_is_unchanged_without_the_required_parts(monkeypatch):
    texts = [normalize_for_matching(sentence, repair_glued=False)[0].text for sentence in DATED]
    with_parts = [timex.scan_normalized(text, "2020-06-01") for text in texts]
    monkeypatch.setattr(timex, "_required", lambda: {})
    assert [timex.scan_normalized(text, "2020-06-01") for text in texts] == with_parts
    assert any(with_parts)


def _read_rows(path):
    return lambda: sorted(path.read_text(encoding="utf-8").split())


def test_cached_load_follows_a_changed_data_file(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.tsv"
    source.write_text("سعاد\nكريم\n", encoding="utf-8")
    build = _read_rows(source)
    assert lexicons.cached_load("names", [source], build) == ["سعاد", "كريم"]
    assert len(list((tmp_path / "cache").iterdir())) == 1
    source.write_text("سعاد\nكريم\nهالة\n", encoding="utf-8")
    assert lexicons.cached_load("names", [source], build) == ["سعاد", "كريم", "هالة"]


def test_cached_load_reads_the_cache_while_nothing_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.tsv"
    source.write_text("سعاد\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return sorted(source.read_text(encoding="utf-8").split())

    assert lexicons.cached_load("names", [source], build) == lexicons.cached_load("names", [source], build) == ["سعاد"]
    assert len(calls) == 1


def test_cached_load_follows_a_changed_normalization(tmp_path, monkeypatch):
    """The cache is keyed on the code that normalizes the words too (chars.py, LOADER_CODE)."""
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.tsv"
    source.write_text("سعاد\n", encoding="utf-8")
    build = _read_rows(source)
    lexicons.cached_load("names", [source], build)
    code = tmp_path / "chars.py"
    code.write_text("# a changed normalization\n")
    real_stat = lexicons.os.stat
    monkeypatch.setattr(lexicons.os, "stat", lambda path, *args, **kwargs: real_stat(
        code if str(path).endswith("chars.py") else path, *args, **kwargs))
    lexicons.cached_load("names", [source], build)
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_the_cached_gazetteer_and_given_names_equal_the_files():
    from extract import words

    assert lexicons.place_gazetteer() == lexicons._read_place_gazetteer()
    assert words.given_names() == words._read_given_names()


def test_the_cached_mined_places_equal_the_file():
    from extract import words

    assert words.mined_places() == words._read_mined_places()


def test_the_crf_word_lists_and_multiword_names_read_back_from_the_cache(tmp_path, monkeypatch):
    from extract.ner import crf

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    for cached, build, name in ((crf._word_lists, crf._build_word_lists, "crf-word-lists"),
                                (crf.multiword_names, crf._build_multiword_names, "crf-multiword-names")):
        cached.cache_clear()
        try:
            first = cached()  # nothing cached: built, then stored
            assert list(tmp_path.glob(f"{name}-*.marshal"))
            cached.cache_clear()
            assert cached() == first == build()  # read back from the stored file
        finally:
            cached.cache_clear()
    assert all(crf.multiword_names()[kind] for kind in ("place", "person", "org"))
    assert "في" in crf._word_lists()["func"]


def test_a_compiled_regex_read_from_the_cache_equals_re_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    pattern = r"(?<![\u0621-\u064a])(?P<clitic>[وف]?[بلك]?)(?P<core>قصف|قتل(?:ى)?)(?(clitic)|\s*)(?![\u0621-\u064a])"
    built = lexicons.compiled_regex(pattern)  # compiled, its program stored
    assert list(tmp_path.glob("compiled-regex-*.marshal"))
    cached = lexicons.compiled_regex(pattern)  # rebuilt from the stored program
    expected = re.compile(pattern)
    for compiled in (built, cached):
        assert compiled == expected  # same pattern, flags and program
        assert compiled.groupindex == expected.groupindex and compiled.groups == expected.groups
    text = "وبقصف الطيران قتلى وقتل"
    assert [m.groupdict() for m in cached.finditer(text)] == [m.groupdict() for m in expected.finditer(text)]
    assert [m.span("core") for m in cached.finditer(text)] == [(2, 5), (14, 18), (20, 23)]


def test_a_broken_regex_cache_file_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    lexicons.compiled_regex(r"ab+(?P<c>c)")
    for path in tmp_path.glob("compiled-regex-*.marshal"):
        path.write_bytes(b"\x00broken")
    assert lexicons.compiled_regex(r"ab+(?P<c>c)").fullmatch("abbc").group("c") == "c"


def test_cached_map_reads_its_results_back_and_follows_changed_inputs(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    calls = []

    def words_of(phrase: str) -> tuple[str, ...]:
        calls.append(phrase)
        return tuple(phrase.split())

    phrases = ["وزارة الدفاع", "حلب"]
    assert lexicons.cached_map("test-words", words_of, phrases) == [("وزارة", "الدفاع"), ("حلب",)]
    assert lexicons.cached_map("test-words", words_of, phrases) == [("وزارة", "الدفاع"), ("حلب",)]
    assert calls == phrases  # the second call read the stored results
    assert lexicons.cached_map("test-words", words_of, ["حلب", "إدلب"]) == [("حلب",), ("إدلب",)]
    assert calls[2:] == ["حلب", "إدلب"]  # other texts: computed again


def test_a_large_matcher_from_the_cache_matches_as_one_built_afresh(tmp_path, monkeypatch):
    from extract import matcher
    from extract.pipeline import Pipeline
    from extract.read import read_text

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    phrases = [(f"قرية رقم{index}", index) for index in range(matcher.CACHED_MIN_PHRASES)]
    phrases += [("وزارة الدفاع السورية", "ministry"), ("حلب", "city")]
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("قالت وزارة الدفاع السورية إن حلب آمنة"))
    built = [(m.text, m.payload) for m in matcher.PhraseMatcher(phrases).find(doc)]
    assert list(tmp_path.glob("phrase-words-*.marshal"))
    cached = [(m.text, m.payload) for m in matcher.PhraseMatcher(phrases).find(doc)]
    assert built == cached == [("وزارة الدفاع السورية", "ministry"), ("حلب", "city")]


def test_the_cached_cue_forms_equal_the_generated_ones(tmp_path, monkeypatch):
    from extract.speech import cues

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    cues._all_forms.cache_clear()
    try:
        stored = cues._all_forms()  # generated, then stored
        cues._all_forms.cache_clear()
        assert cues._all_forms() == stored == cues._generated_forms()
        assert stored["وقالت"].gender == "f" and stored["وقالت"].conjoined
    finally:
        cues._all_forms.cache_clear()


def test_the_cached_trigger_trie_finds_the_same_triggers(tmp_path, monkeypatch):
    from extract.extractors import events

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    events.trigger_regex.cache_clear()
    text = "وقصفت الطائرات البلدة وأسفر الهجوم عن مقتل خمسة"
    try:
        built = [m.group("core") for m in events.trigger_regex().finditer(text)]
        assert list(tmp_path.glob("trigger-trie-*.marshal"))
        events.trigger_regex.cache_clear()
        assert [m.group("core") for m in events.trigger_regex().finditer(text)] == built
        assert "الهجوم" in built and "مقتل" in built
    finally:
        events.trigger_regex.cache_clear()


def test_the_cached_word_sets_equal_the_files():
    from extract import words

    assert words._word_sets() == {name: frozenset(members) for name, members in words._read_word_sets().items()}
    assert "بنسبه" in words.word_set("proportion")  # بنسبة, normalized


def _word_counts(counts: dict[str, int]) -> lexicons.WordCounts:
    import io

    written = io.BytesIO()
    lexicons.WordCounts.write(counts, written)
    return lexicons.WordCounts(written.getbuffer())


def test_word_counts_read_from_shards_then_whole_give_the_same_answers(monkeypatch):
    counts = {"قال": 17, "مدينة": 9, "الحرب": 4, "حلب": 2}
    monkeypatch.setattr(lexicons, "WHOLE_AFTER_LOOKUPS", 3)
    words = _word_counts(counts)
    assert words.total == 32
    assert [words.get(word, 0) for word in ("قال", "حلب", "مدرسة")] == [17, 2, 0]  # from the shards
    assert words._whole is None and "مدينة" in words and "مدرسة" not in words and words["الحرب"] == 4
    assert words.get("مدينة") == 9  # the fourth get: the whole dict is read, and get is its own
    assert words._whole is not None and words.get == words._whole.get
    assert words.get("مدرسة") is None and words["قال"] == 17
    assert list(words) == list(counts) and dict(words.items()) == counts and len(words) == 4


def test_word_counts_iterate_in_the_files_order():
    counts = {f"كلمة{index}": 1000 - index for index in range(500)}
    assert list(_word_counts(counts)) == list(counts)
    assert list(_word_counts(counts).values()) == list(counts.values())


def test_a_broken_word_counts_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    lexicons.word_frequencies.cache_clear()
    try:
        first = lexicons.word_frequencies()
        (cached,) = tmp_path.glob("ar_word_frequencies*word-counts-*.bin")
        cached.write_bytes(b"\x00broken")
        lexicons.word_frequencies.cache_clear()
        again = lexicons.word_frequencies()
        assert again.total == first.total and again.get("قال") == first.get("قال") > 1000
    finally:
        lexicons.word_frequencies.cache_clear()


def test_a_derived_value_is_read_back_until_a_package_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return ["ترامب", "ماكرون"]

    assert lexicons.cached_derived("test-derived", build) == lexicons.cached_derived("test-derived", build)
    assert len(calls) == 1
    monkeypatch.setattr(lexicons, "package_fingerprint", lambda: "another version of the package")
    assert lexicons.cached_derived("test-derived", build) == ["ترامب", "ماكرون"] and len(calls) == 2


def test_the_package_fingerprint_follows_an_edited_file(tmp_path, monkeypatch):
    package = tmp_path / "extract"
    (package / "data").mkdir(parents=True)
    (package / "lexicons.py").write_text("# a module\n")
    (package / "data" / "names.tsv").write_text("سعاد\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "__file__", str(package / "lexicons.py"))
    lexicons.package_fingerprint.cache_clear()
    try:
        before = lexicons.package_fingerprint()
        (package / "data" / "names.tsv").write_text("سعاد\nكريم\n", encoding="utf-8")
        lexicons.package_fingerprint.cache_clear()
        assert lexicons.package_fingerprint() != before
    finally:
        lexicons.package_fingerprint.cache_clear()


def test_the_cached_mined_surnames_equal_a_fresh_derivation():
    from extract.ner import persons

    surnames = persons.mined_surnames()
    fresh = {name[-1] for name in persons.mined_names()
             if name[-1] not in persons.given_names() and not name[-1].startswith("ال")
             and name[-2] not in persons.name_particles() and persons._is_name_like(name[-1])}
    assert surnames == fresh and "ترامب" in surnames
    assert persons.lone_surnames() == frozenset(persons._frequently_titled_surnames())


def test_read_tsv_from_the_cache_gives_the_files_rows_as_fresh_copies(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    parsed = lexicons._parsed_tsv(lexicons.data_path("months_ar.tsv"))
    first = list(lexicons.read_tsv("months_ar.tsv"))  # parsed, then stored
    assert list(tmp_path.glob("months_ar.tsv-*_parsed_tsv-*.marshal"))
    first[0]["changed by a caller"] = "x"
    again = list(lexicons.read_tsv("months_ar.tsv"))  # read back from the cache
    assert again == parsed
    assert "changed by a caller" not in again[0]
    assert any("يناير" in " ".join(row.values()) for row in again)


def test_attributes_by_prefix_agree_with_a_scan_sorted_or_not():
    from extract.ner.crf import _AttributesByPrefix

    attributes = sorted(["-1|0=B-PER|I-PER", "-1|0=O|O", "-1:v3", "0|1=O|B-LOC", "1:v0", "G=LOC", "G=PER",
                         "L=B-ORG", "s=بيان", "v0", "v1", "v12", "w=الموصل", "w=بغداد"])
    for order in (attributes, list(reversed(attributes)), attributes[1::2] + attributes[::2]):
        by_prefix = _AttributesByPrefix(order)
        for prefix in ("-1|0=", "0|1=", "G=", "v", "-1:v", "1:v", "w=", "x=", "ي"):
            assert list(by_prefix.starting_with(prefix)) == \
                [(attribute, row) for row, attribute in enumerate(order) if attribute.startswith(prefix)]


def test_the_shipped_crf_reads_its_bigram_and_dense_attributes_as_a_scan_does():
    from extract.ner.crf import load_model, model_path

    model = load_model(model_path())
    bigrams = {}
    for attribute, row in model.index.items():
        for prefix in ("-1|0=", "0|1="):
            if attribute.startswith(prefix):
                bigrams[(prefix, *attribute[len(prefix):].split("|", 1))] = row
    assert bigrams and model._bigrams == bigrams
    assert model._has_gazetteer_matches == any(attribute.startswith("G=") for attribute in model.index)
    dimensions = {int(attribute.rsplit("v", 1)[1]) for attribute in model.index
                  if attribute.startswith(("v", "-1:v", "1:v")) and attribute.rsplit("v", 1)[1].isdigit()}
    assert model._dense.shape[1] == max(dimensions) + 1


def test_reading_text_files_leaves_html_parser_unimported(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("قصفت الطائرات مدينة حلب.", encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text("<html><head><title>خبر</title></head><body><p>سقط صاروخ في إدلب.</p></body></html>",
                    encoding="utf-8")
    code = ("import sys; from extract.read import read; list(read(sys.argv[1])); print('html.parser' in sys.modules);"
            "docs = list(read(sys.argv[2])); print('html.parser' in sys.modules, docs[0].text.strip())")
    shown = subprocess.run([sys.executable, "-c", code, str(article), str(page)], capture_output=True, text=True,
                           check=True).stdout.split("\n")
    assert shown[0] == "False" and shown[1] == "True سقط صاروخ في إدلب."


def test_the_offset_run_grows_to_the_longest_text():
    from extract.chars import _offsets, char_level

    assert list(_offsets(10)[:10]) == list(range(10))
    run = _offsets(150_000)
    assert len(run) >= 150_000 and run[149_999] == 149_999
    text = "أعلنت وزارة الصحة مقتل ١٢ شخصا. " * 5_000  # 160k characters, past the first run
    normalized = char_level(text)
    assert len(normalized.starts) == len(normalized.text) and normalized.starts[-1] < len(text)


def test_the_data_folder_is_the_one_importlib_resources_names():
    from importlib import resources

    from extract.lexicons import data_path

    assert data_path("charmap.json") == Path(str(resources.files("extract.data").joinpath("charmap.json")))
    assert data_path("charmap.json").is_file()


def test_a_one_file_run_imports_neither_importlib_resources_nor_tempfile(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("قالت وزارة الصحة إن 12 شخصا قتلوا في قصف على مدينة حلب.", encoding="utf-8")
    code = ("import sys; from extract.cli import main\n"
            "try:\n    main(['run', sys.argv[1], '-o', sys.argv[2], '-q'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('importlib.resources', 'tempfile', 'html.parser') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", code, str(article), str(tmp_path / "out.jsonl")], capture_output=True,
                           text=True, check=True).stdout
    assert shown.strip().endswith("[]") and (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
