"""Speakers and cues (issue 12), classes read off stop 20's corpus chunks: a person's name with a word
that starts with ل (لافروف) stays whole; جدد/كرر/أعاد + التأكيد/القول open a report; the accusative
masdar ردا على ("in reply to") between the verb and إن is an aside, not a second cue. Sentences
written for the test."""

from __future__ import annotations

import pytest

from conftest import quote_speakers, quotes_of
from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def only_speaker(nlp: Pipeline, text: str) -> str:
    """The speaker text of a sentence's one quote."""
    (quote,) = quotes_of(nlp, text)
    return quote["speaker"]["text"]


def test_a_name_word_starting_with_lam_stays_in_the_speaker(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة.")
    assert quote["speaker"]["text"] == "وزير الخارجية الروسي سيرغي لافروف"
    assert quote["speaker_actor"] == "سيرغي لافروف"


@pytest.mark.parametrize("text, speaker, said", [
    ("وجدد الرئيس القول إن بلاده لن تتراجع عن موقفها.", "الرئيس", "بلاده لن تتراجع عن موقفها"),
    ("وكرر المتحدث باسم الحكومة التأكيد على أن الانتخابات ستجري في موعدها.", "المتحدث باسم الحكومة",
     "الانتخابات ستجري في موعدها"),
    ("وأعاد الوزير التأكيد أن الاتفاق ما زال قائما.", "الوزير", "الاتفاق ما زال قائما"),
])
def test_renewing_a_statement_reports_it(nlp: Pipeline, text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


@pytest.mark.parametrize("text", [
    "وأعاد الجيش تموضعه في المنطقة الشرقية.",
    "وكرر الفريق فوزه على منافسه في المباراة الثانية.",
])
def test_repeating_something_else_is_no_quote(nlp: Pipeline, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize("text, speaker, said", [
    ("وقال الوزير، ردا على سؤال حول الأسعار، إن الحكومة ستدعم المزارعين.", "الوزير",
     "الحكومة ستدعم المزارعين"),
    ("وقالت المديرة، ردا على الانتقادات، إن المستشفى يعمل بكامل طاقته.", "المديرة",
     "المستشفى يعمل بكامل طاقته"),
])
def test_in_reply_to_is_an_aside_of_the_report(nlp: Pipeline, text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


def test_in_reply_opening_a_sentence_reports_nothing(nlp: Pipeline) -> None:
    assert quote_speakers(quotes_of(nlp, "وردا على ذلك، أعلنت الوزارة إغلاق المعبر.")) == []


@pytest.mark.parametrize("text, speaker", [
    ("ووصف الوزير الهجوم بأنه عمل إرهابي جبان.", "الوزير"),
    ("واتهم الرئيس المعارضة بأنها تسعى إلى تقسيم البلاد.", "الرئيس"),
    ("وحمل الوزير الحكومة السابقة المسؤولية، مؤكدا أن الأزمة موروثة.", "الوزير"),
])
def test_a_definite_noun_after_the_subject_is_the_object(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("وقال الرئيس الأسد إن الحرب ستنتهي.", "الرئيس الأسد"),  # a family name stands beside the title
    ("وأكد الجيش الحر أن مقاتليه صدوا الهجوم.", "الجيش الحر"),  # an adjective
    ("وقالت وكالة الأنباء الكورية الشمالية إن التصويت انتهى.", "وكالة الأنباء الكورية الشمالية"),  # a nisba
    ("وقال الشيخ الدكتور عبد الله إن الزكاة واجبة.", "الشيخ الدكتور عبد الله"),  # a second title
])
def test_adjectives_names_and_titles_stay_in_the_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


def test_a_denial_reports_what_was_denied(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وأنكر المسؤولان أن الحكومة وافقت على الخطة.")
    assert (quote["speaker"]["text"], quote["text"]) == ("المسؤولان", "الحكومة وافقت على الخطة")


@pytest.mark.parametrize("text", [
    "أعلن ممثلو الكنائس إغلاق الكنيسة حتى إشعار آخر، إلى أن تتراجع الحكومة عن قرارها.",  # إلى أن: "until"
    "تصر الشركة على تتبع مستخدميها، حتى وإن كانوا يرفضون ذلك.",  # وإن كان: "even if"
])
def test_until_and_even_if_open_no_report(nlp: Pipeline, text: str) -> None:
    assert quotes_of(nlp, text) == []


def test_ila_an_after_a_cue_that_takes_ila_still_reports(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وأشار الوزير في تصريح صحفي إلى أن الحكومة ستتراجع.")
    assert (quote["speaker"]["text"], quote["text"]) == ("الوزير", "الحكومة ستتراجع")


def test_a_participle_after_the_cue_is_how_not_who(nlp: Pipeline) -> None:
    text = "وقال المدرب سامي نور إن الفريق جاهز. وأضاف مبتسما إن اللاعبين سيفوزون."
    assert [quote["speaker_actor"] for quote in quotes_of(nlp, text)] == ["سامي نور", "سامي نور"]


def test_our_sources_is_a_subject_not_a_participle(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وذكرت مصادرنا أن الطيران شن خمس غارات على المعسكر.")
    assert quote["speaker"]["text"] == "مصادرنا"


def test_the_relative_pronoun_agrees_with_its_antecedent(nlp: Pipeline) -> None:
    text = "وأكد سلطان الحربي رئيس مجلس إدارة شركة الجزيرة العقارية، الذي أشار إلى أن الشهر المبارك يشهد ركودا."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker_actor"] == "سلطان الحربي"


@pytest.mark.parametrize("text, said", [
    ("وقال الوزير خالد عمر إن المدارس جاهزة. ووُجد أن تلميذا واحدا من كل عشرة يتغيب.", "تلميذا واحدا من كل عشرة يتغيب"),
    ("وقال الوزير خالد عمر إن النظام صارم. ونُص في المادة الثالثة على أن كل إيذاء للطفل جريمة.", "كل إيذاء للطفل جريمة"),
])
def test_a_perfect_written_with_a_damma_is_the_passive_and_nobody_speaks(nlp: Pipeline, text: str, said: str) -> None:
    quote = next(quote for quote in quotes_of(nlp, text) if quote["text"] == said)
    assert quote["speaker"] is None


@pytest.mark.parametrize("text", [
    "وقال اللاعب رونالدو إن الفريق قوي. وختم حديثه قائلا: \"سنرى من الأفضل\".",
    "وقال اللاعب رونالدو إن الفريق قوي. وتابع كلامه بالقول: \"سنرى من الأفضل\".",
])
def test_the_speakers_own_talk_is_the_object_not_the_subject(nlp: Pipeline, text: str) -> None:
    assert [quote["speaker_actor"] for quote in quotes_of(nlp, text)] == ["رونالدو", "رونالدو"]


def test_a_quoted_topic_before_a_report_is_not_the_speakers_phrase(nlp: Pipeline) -> None:
    found = quotes_of(nlp, "وبالنسبة لتهمة \"اختلاس أموال عامة\"، أكد المحامي أن موكله بريء منها.")
    assert [quote["text"] for quote in found] == ["موكله بريء منها"]


@pytest.mark.parametrize("text, speaker", [
    ("وقال اليوم وزير التربية إن الامتحانات ستجري في موعدها.", "وزير التربية"),
    ("وقالت اليوم الاثنين وزيرة الصحة إن المستشفيات جاهزة.", "وزيرة الصحة"),
])
def test_a_title_opening_with_waw_after_a_time_word_is_the_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


def test_a_lede_subject_after_a_time_word_speaks_again_unnamed(nlp: Pipeline) -> None:
    text = ("كشف اليوم السبت وزير التربية ناجي جلول عن خطة جديدة. "
            "وقال في تصريحات صحفية إنه من المنتظر إجراء الانتخابات.")
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker_actor"] == "ناجي جلول"


@pytest.mark.parametrize("text, speaker", [
    ("والرئيس المرزوقي الذي رفض الاعتذار قال إنه تعرض لحملة إعلامية.", "الرئيس المرزوقي"),
    ("والمرزوقي، الذي رفض الاعتذار، قال إنه تعرض لحملة إعلامية.", "المرزوقي"),
    ("والحكومة التي شكلها الرئيس أكدت أن الانتخابات ستجري.", "الحكومة"),
])
def test_a_subject_before_its_relative_clause_and_verb(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


def test_a_noun_after_a_fronted_preposition_is_no_subject(nlp: Pipeline) -> None:
    text = "وقال الوزير خالد عمر إن الوضع هادئ. وعن جديده الذي يحضره أجاب: \"أغنية جديدة\"."
    assert [quote["speaker_actor"] for quote in quotes_of(nlp, text)] == ["خالد عمر", "خالد عمر"]


@pytest.mark.parametrize("text, speaker", [
    ("وكشفت وثيقة حكومية حصلت عليها الصحيفة أن السياحة تضررت.", "وثيقة حكومية"),
    ("وأظهرت بحوث قدمت في المؤتمر أن المدن ستستفيد من السيارات الذكية.", "بحوث"),
])
def test_a_feminine_perfect_verb_ends_the_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


def test_a_source_after_hasab_is_the_subject_of_its_own_verb(nlp: Pipeline) -> None:
    text = "واعتقل المدون فجرا، حسب نشطاء مقربين منه أكدوا أن قوات الأمن اقتادته إلى جهة مجهولة."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "نشطاء مقربين"


def test_a_while_clause_report_ends_before_the_main_clause(nlp: Pipeline) -> None:
    text = "وبينما تقول السلطات السعودية إنه دخل وغادر قنصليتها، تنفي السلطات التركية أن يكون قد غادرها."
    found = [(quote["speaker"]["text"], quote["text"]) for quote in quotes_of(nlp, text)]
    assert found == [("السلطات السعودية", "دخل وغادر قنصليتها"), ("السلطات التركية", "يكون قد غادرها")]


@pytest.mark.parametrize("text, speaker", [
    ("وفحص الباحثون 139 عينة من المياه، وأكدوا أن التلوث مرتفع.", "الباحثون"),  # a count of the object
    ("واتهم صفوي الولايات المتحدة بمحاولة زعزعة المنطقة، وقال إنهم يحاولون التدخل.", "صفوي"),  # a name takes no genitive
    ("وأضافت نادين باللهجة اللبنانية: \"ما في هيك شي\".", "نادين"),  # how she said it
    ("وقال المتحدث باسم قصر باكنغهام إن الفيديو عائلي.", "المتحدث باسم قصر باكنغهام"),  # a genitive stays
])
def test_what_follows_a_name_or_a_plural_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


@pytest.mark.parametrize("text, speakers", [
    ("وقال المذيع إن الحلقة ممتعة. ويسأل ضيفه: \"ما رأيك؟\"", ["المذيع", "المذيع"]),  # whom he asked
    ("وقال المذيع إن الحلقة ممتعة. وسألت نادية بصوتها الرقيق: \"متى تبدأ؟\"", ["المذيع", "نادية"]),  # a name in ة
])
def test_after_a_verb_of_asking_a_possessed_noun_is_the_addressee(nlp: Pipeline, text: str,
                                                                  speakers: list[str]) -> None:
    assert quote_speakers(quotes_of(nlp, text)) == speakers


def test_a_named_actor_alone_before_bi_annahu_is_the_one_described(nlp: Pipeline) -> None:
    text = "وقال الوزير سامي نور إن الحوار مستمر. ووصف حزب الله بأنه منظمة إرهابية."
    assert [quote["speaker_actor"] for quote in quotes_of(nlp, text)] == ["سامي نور", "سامي نور"]


@pytest.mark.parametrize("text, speaker, said", [
    ("واتهمه الوزير بـ\"التهور\".", "الوزير", "التهور"),  # a verb with its object pronoun
    ("وكشفت الشركة قبل أيام عن كاميرا جديدة، مبشرة \"بميلاد جديد لنوكيا\".", "الشركة", "بميلاد جديد لنوكيا"),
])
def test_short_phrases_attributed_by_a_verb_of_judgment(nlp: Pipeline, text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


def test_a_work_cited_after_said_it_is_no_phrase_of_the_speaker(nlp: Pipeline) -> None:
    text = "ولم يقل ذلك الرازي وحده، بل قاله أبو علي الخوارزمي في «مفاتيح العلوم»."
    assert [quote["text"] for quote in quotes_of(nlp, text)] == []


def test_an_adverb_after_the_subject_ends_it(nlp: Pipeline) -> None:
    text = "وبدأت الشركة بالفعل في دخول السوق الاستهلاكية، مؤكدة أن أرباحها سترتفع."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "الشركة"


@pytest.mark.parametrize("text, speaker", [
    ("والإيرانيون يقولون عادة أنهم لا يريدون الحرب.", "الإيرانيون"),
    ("ويقول الوزير دائما إن الأزمة عابرة.", "الوزير"),
])
def test_an_adverb_of_frequency_is_no_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("وقالت شركة الشحن \"بحري\" إن الناقلة وصلت.", "شركة الشحن \"بحري\""),
    ("وأكدت شركة النفط الإيطالية العملاقة \"إيني\" أن الإنتاج ارتفع.", "شركة النفط الإيطالية العملاقة \"إيني\""),
])
def test_a_quoted_name_a_few_words_after_its_naming_noun_stays_in_the_speaker(nlp: Pipeline, text: str,
                                                                              speaker: str) -> None:
    assert only_speaker(nlp, text) == speaker


def test_an_outlets_short_name_in_brackets_before_the_relayed_source(nlp: Pipeline) -> None:
    text = "ونقلت وكالة الأنباء الرسمية (سانا) عن مصدر رسمي قوله إن الجيش يتقدم."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "مصدر رسمي" and quote["via"]


def test_a_relayed_source_keeps_its_own_gender_for_the_next_unspoken_subject(nlp: Pipeline) -> None:
    text = ("ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف \"الوضع مقلق\". "
            "وأضاف أن موسكو تراقب التطورات.")
    assert [quote["speaker_actor"] for quote in quotes_of(nlp, text)] == ["دميتري بيسكوف", "دميتري بيسكوف"]


def test_an_unspoken_subject_after_a_relay_clause_is_the_agreeing_source(nlp: Pipeline) -> None:
    text = "ونقلت صحيفة ماركا عن اللاعب سيرجيو راموس تعليقه على اللقطة. وتابع: \"لكن إذا شاهدتم اللقطة جيدا\"."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker_actor"] == "سيرجيو راموس"


@pytest.mark.parametrize("text, expected", [
    ("ورغم أن الوزير تحدث مطولا عن الأزمة، فإن الحكومة لم تتخذ أي قرار.", []),
    ("وعلى الرغم من أن المسؤولين لم يصرحوا بأي شيء، فإن مدونين زعموا أن سببها المركبة.",
     [("مدونين", "سببها المركبة")]),
])
def test_fa_inna_after_a_concession_opens_the_main_clause_not_a_report(nlp: Pipeline, text: str,
                                                                        expected: list[tuple[str, str]]) -> None:
    assert [(quote["speaker"]["text"], quote["text"]) for quote in quotes_of(nlp, text)] == expected


def test_a_quotation_mark_glued_between_a_cue_and_its_words_opens_them(nlp: Pipeline) -> None:
    text = "وقال الوزير إن الوضع مستقر، مضيفا\"العديد من المشاريع ستنطلق قريبا\"."
    assert [quote["text"] for quote in quotes_of(nlp, text)] == ["الوضع مستقر", "العديد من المشاريع ستنطلق قريبا"]


def test_praise_attributes_the_phrase_it_quotes(nlp: Pipeline) -> None:
    found = quotes_of(nlp, "وأشاد مطلق البقمي بما تم تقديمه في المهرجان، مشيرا إلى أن المسرحية هادفة.")
    assert quote_speakers(found) == ["مطلق البقمي"]
    (quote,) = quotes_of(nlp, "وأشاد الرئيس بـ\"الانتخابات النزيهة\" التي جرت أمس.")
    assert (quote["speaker"]["text"], quote["text"]) == ("الرئيس", "الانتخابات النزيهة")


def test_a_relative_clause_verb_before_its_plural_subject_reports(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وعثرت الشرطة على السيارة التي قال المحققون إنها استخدمت في الهجوم.")
    assert (quote["speaker"]["text"], quote["text"]) == ("المحققون", "استخدمت في الهجوم")


def test_a_list_of_quoted_phrases_set_off_by_commas_keeps_its_speaker(nlp: Pipeline) -> None:
    text = "وطالب النادي بـ\"إيقاف كافة الاستثمارات\"، و\"فتح تحقيق عاجل\"، و\"محاسبة المسؤولين\"."
    found = [(quote["speaker"]["text"], quote["text"]) for quote in quotes_of(nlp, text)]
    assert found == [("النادي", "إيقاف كافة الاستثمارات"), ("النادي", "فتح تحقيق عاجل"), ("النادي", "محاسبة المسؤولين")]
