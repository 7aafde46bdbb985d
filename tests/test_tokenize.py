import pytest
from hypothesis import given, settings, strategies as st

from extract import Pipeline
from extract.read import read_text
from extract.tokenize import _TOKEN_PATTERN, _sentence_spans, clitic_stems


@pytest.fixture(scope="module")
def tokenizer():
    return Pipeline(components=["normalize", "tokenize"])


@pytest.mark.parametrize("word, stem", [
    ("بالموصل", "الموصل"), ("وسوريا", "سوريا"), ("للاسلحه", "الاسلحه"), ("وبالعراق", "العراق"),
    ("فالحكومه", "الحكومه"), ("كالعاده", "العاده"),
])
def test_clitic_stems(word, stem):
    assert stem in [candidate for _, candidate in clitic_stems(word)]


def test_whole_word_is_always_first():
    assert clitic_stems("بغداد")[0] == (0, "بغداد")
    assert clitic_stems("و") == ((0, "و"),)


def test_lam_article_keeps_the_whole_prefix():
    assert clitic_stems("للامم") == ((0, "للامم"), (0, "الامم"))
    assert clitic_stems("وللامم")[-1] == (1, "الامم")


def _tokens(tokenizer, text):
    return tokenizer.process(read_text(text)).tokens


def test_prefix_glued_to_numbers_and_latin(tokenizer):
    tokens = _tokens(tokenizer, "قتل بـ390 صاروخا ونقلت لـCNN عن ال52")
    assert [token.text for token in tokens] == ["قتل", "ب", "390", "صاروخا", "ونقلت", "ل", "CNN", "عن", "ال", "52"]
    assert tokens[2].kind == "number" and tokens[6].kind == "latin"


def test_arabic_indic_digits_become_one_number_token(tokenizer):
    tokens = _tokens(tokenizer, "قتل ٢٧٠٬٠٠٠ شخص")
    assert tokens[1].norm == "270,000" and tokens[1].text == "٢٧٠٬٠٠٠"


def test_token_offsets_and_sentences(tokenizer):
    text = "قصفت الطائرات حلب. وقال المرصد: «قتل ٥ مدنيين»؟ ثم انسحبت"
    doc = tokenizer.process(read_text(text))
    assert all(text[token.start:token.end] == token.text for token in doc.tokens)
    assert [sentence.text for sentence in doc.sentences] == [
        "قصفت الطائرات حلب.", "وقال المرصد: «قتل ٥ مدنيين»؟", "ثم انسحبت"]


def test_glued_words_become_two_tokens(tokenizer):
    doc = tokenizer.process(read_text("في سورياوالعراق"))
    assert [token.text for token in doc.tokens] == ["في", "سوريا", "والعراق"]
    assert doc.warnings == ["split glued word سورياوالعراق"]


@pytest.mark.parametrize("text", [
    "قَصَفَتْ الطـــائرات حلبَ.\r\nوقال د. حاتم طه: «قُتِل ٥ مدنيين» 😢؟\r\n\r\nثم انسحبت ٢٠٢٤",
    "أعلنت الوزارة، اليوم، أن ١٢٫٥ ألف شخص نزحوا!!\n\n\nوقال م. سالم إن …",
    "  \n",
    "سورياوالعراق 🇸🇾 والأردن.",
])
def test_every_token_lies_in_its_sentence(tokenizer, text):
    # Tokens are read in one pass over the whole text and given their sentence by position.
    doc = tokenizer.process(read_text(text))
    assert all(doc.text[token.start:token.end] == token.text for token in doc.tokens)
    assert all(doc.text[sentence.start:sentence.end] == sentence.text for sentence in doc.sentences)
    for token in doc.tokens:
        sentence = doc.sentences[token.sentence]
        assert sentence.start <= token.start and token.end <= sentence.end
    assert [token.index for token in doc.tokens] == list(range(len(doc.tokens)))
    assert [token.sentence for token in doc.tokens] == sorted(token.sentence for token in doc.tokens)


def test_sentence_tokens_are_the_runs_of_each_sentence(tokenizer):
    doc = tokenizer.process(read_text("قصفت الطائرات حلب.\n\nوقال المرصد إن ٥ قتلوا. ثم انسحبت"))
    assert [[token.text for token in sentence] for sentence in doc.sentence_tokens()] == [
        ["قصفت", "الطائرات", "حلب", "."], ["وقال", "المرصد", "إن", "٥", "قتلوا", "."], ["ثم", "انسحبت"]]


def test_title_abbreviation_point_ends_no_sentence(tokenizer):
    doc = tokenizer.process(read_text("قال د. حاتم طه إن أ. محمد غادر. ثم عاد"))
    assert [sentence.text for sentence in doc.sentences] == ["قال د. حاتم طه إن أ. محمد غادر.", "ثم عاد"]


_mixed_text = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى") + list("\u064b\u064e\u0650\u0651\u0652\u0640")
    + list("٠١٢٣٤٥٦٧٨٩0123456789") + list("abcXYZ .,،؛؟!?\"«»\r\n\t\u00a0\u200f")
    + ["😢", "\U0001f1f8", "\U0001f1fe", "ﻻ"]), max_size=300)


@settings(max_examples=300, deadline=None)
@given(_mixed_text)
def test_one_scan_finds_the_tokens_of_each_sentence(tokenizer, text):
    # Reference: the token pattern run over each sentence on its own.
    doc = tokenizer.process(read_text(text))
    if not doc.ok:  # an empty text is an error record, never tokenized
        assert not text.strip()
        return
    normalized = doc.normalized.text
    expected = [(match.span(), match.lastgroup, sentence)
                for sentence, (start, end) in enumerate(_sentence_spans(normalized))
                for match in _TOKEN_PATTERN.finditer(normalized, start, end)]
    assert [((token.norm_start, token.norm_end), token.kind, token.sentence) for token in doc.tokens] == expected
    for token in doc.tokens:
        assert token.norm == normalized[token.norm_start:token.norm_end]
        assert doc.text[token.start:token.end] == token.text
