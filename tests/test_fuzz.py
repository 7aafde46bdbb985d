"""Fuzzing the whole pipeline: no component may fail, every span must point into the text.

CI runs a bounded number of examples; `make fuzz` runs 10,000 (EXTRACT_FUZZ_EXAMPLES).
"""

import json
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from extract import Pipeline

from conftest import assert_offsets

EXAMPLES = int(os.environ.get("EXTRACT_FUZZ_EXAMPLES", "150"))
NLP = Pipeline()
PIECES = [
    "قال", "وقال", "أكد", "إن", "أن", ":", '"', "«", "»", "،", ".", "\n", " ", "في", "حلب", "بالموصل", "سورياوالعراق",
    "الكولونيل", "جون", "دوريان", "المتحدث باسم", "الوزارة", "صحيفة", "المركز", "غاز", "السارين", "الكلور", "قتل",
    "٣", "12", "270.000", "ألف", "آلاف", "عشرات", "ثلث", "أكثر من", "على الأقل", "مدنيا", "هجومين", "واحد",
    "قاعدة", "سوق", "حي", "بنت", "أبو", "عبد", "ـ", "\u064e", "\u0651", "\u200f", "\ufefb", "#", "(", ")", "-",
]
arabic_soup = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _check(text: str) -> None:
    record = NLP(text)
    assert record["status"] == "ok" or record["error"]["type"] != "processing", record["error"]
    assert_offsets(record, text)
    json.dumps(record, ensure_ascii=False)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_soup)
def test_arabic_like_text(text):
    _check(text)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    _check(text)


def test_an_organisation_that_starts_after_a_proclitic_in_the_last_word():
    """Found by the fuzzer: a span starting inside the text's last token has no token at its start."""
    _check('قال"-بنتقال')
