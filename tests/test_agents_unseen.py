"""Agents on general news: an alias that is also an everyday word (الكلور، الخردل، الكبريت) names an
agent only in a weapons sense, read from the words of its sentence (agent_words_ar.tsv)."""

from __future__ import annotations

import pytest

from extract.pipeline import Pipeline


@pytest.fixture(scope="module")
def agents_of():
    pipeline = Pipeline(components=["normalize", "tokenize", "agents"])
    return lambda text: [agent["name"] for agent in pipeline(text)["agents"]]


@pytest.mark.parametrize("text, name", [
    ("قصفت الطائرات البلدة ببراميل محملة بالكلور", "الكلور"),
    ("اتهمت المعارضة قوات النظام باستخدام الكلور في حي سكني", "الكلور"),
    ("أحرق مسلحو داعش مخازن الكبريت قرب المدينة", "الكبريت"),
    ("عثر المفتشون على مخزون من الخردل في مستودع قديم", "خردل الكبريت"),
    ("سمم الجاني ضحيته بالسيانيد", "سيانيد الهيدروجين"),
])
def test_everyday_alias_in_a_weapons_sentence_is_an_agent(agents_of, text, name):
    assert agents_of(text) == [name]


@pytest.mark.parametrize("text", [
    "تعقم محطات المياه مياه الشرب بالكلور قبل ضخها إلى الأحياء",
    "أصيب أطفال بالتسمم بعد سباحتهم في مسبح زاد فيه الكلور",
    "أضاف الطاهي ملعقة من الخردل إلى الصلصة",
    "يرش المزارعون الكبريت على النخيل لحماية التمور",
    "تنتج المصفاة الجديدة الكبريت والأسفلت",
    "يحتوي السماد على الأمونيا",
    "انبعث ثاني أكسيد الكبريت السام من فوهة البركان",
    "يزيد البقدونس قوة العظام لاحتوائه على الكبريت",
    "كانت شراكتهما مثل الكبريت بجانب البنزين",
    "غنت الفرقة أغاني من فلكلور الجنوب",
])
def test_everyday_alias_without_a_weapons_word_is_no_agent(agents_of, text):
    assert agents_of(text) == []


def test_one_weapons_mention_carries_the_agent_through_the_article(agents_of):
    pipeline = Pipeline(components=["normalize", "tokenize", "agents"])
    (agent,) = pipeline("نفذ التنظيم هجوما بالكلور على القرية. وقال الأطباء إن رائحة الكلور ملأت المكان")["agents"]
    assert agent["name"] == "الكلور" and [mention["text"] for mention in agent["mentions"]] == ["الكلور", "الكلور"]


def test_an_unambiguous_agent_gives_its_sentence_the_weapons_sense(agents_of):
    assert agents_of("تحدث التقرير عن السارين والكلور") == ["السارين", "الكلور"]
    assert agents_of("تحدث التقرير عن الكلور") == []


@pytest.mark.parametrize("text, names", [
    ("تعرض الجاسوس لغاز نوفيتشوك", ["نوفيتشوك"]),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع", ["الغاز المسيل للدموع"]),
    ("وجدت آثار غاز الكلور في العينات", ["الكلور"]),
])
def test_unambiguous_aliases_need_no_context(agents_of, text, names):
    assert agents_of(text) == names


def test_a_preposition_before_a_quoted_name_is_no_agent(agents_of):
    assert agents_of('يصل حجم الشاشة في "إكس إس ماكس" إلى 6 إنشات') == []
    assert agents_of('قتل بغاز "في إكس" السام') == ["في إكس"]
    assert agents_of("عثر على آثار في إكس") == ["في إكس"]


def test_an_article_about_chemical_weapons_reads_every_context_alias(agents_of):
    assert agents_of("اتهمت المنظمة النظام بشن هجوم كيماوي. وقال الأطباء إن رائحة تشبه الكلور انتشرت") == ["الكلور"]
    assert agents_of("وتحدث التقرير عن الأسلحة الكيميائية. ولم يعثر المحققون على أثر للكلور") == ["الكلور"]


@pytest.mark.parametrize("text", [
    "تستخدم المصانع مواد كيميائية كثيرة. وتعقم المسابح بالكلور",
    "يخضع المريض للعلاج الكيماوي، ويتجنب السباحة في الماء المعالج بالكلور",
])
def test_a_chemical_adjective_without_weapons_is_no_chemical_weapons_article(agents_of, text):
    assert agents_of(text) == []
