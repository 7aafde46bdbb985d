"""Our character normalization agrees with camel-tools' own functions on Arabic text."""

import pytest

camel_normalize = pytest.importorskip("camel_tools.utils.normalize")
camel_dediac = pytest.importorskip("camel_tools.utils.dediac")

from extract.normalize import normalize_string  # noqa: E402

SENTENCES = [
    "أَعْلَنَتْ إِدارةُ المَدينةِ أنّ الهُجومَ وَقَعَ فِي آخِرِ اللَّيْلِ عَلَى مُسْتَشْفَى",
    "قالت مُنظّمة حظر الأسلحة الكيميائيّة إنّ ٱلتحقيق مستمرّ",
    "إلى متى يبقى المبنى الذي أُصيب في الضربة؟",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_as_camel_tools(sentence):
    expected = camel_dediac.dediac_ar(sentence)
    expected = camel_normalize.normalize_alef_ar(expected)
    expected = camel_normalize.normalize_alef_maksura_ar(expected)
    expected = camel_normalize.normalize_teh_marbuta_ar(expected)
    assert normalize_string(sentence) == expected
