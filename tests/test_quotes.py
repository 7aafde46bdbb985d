import pytest

from conftest import quotes_of


quotes = quotes_of


def test_indirect_quote_with_named_speaker(nlp):
    (quote,) = quotes(nlp, "قال المرصد السوري إن الطيران قصف البلدة ليلا.")
    assert quote["text"] == "الطيران قصف البلدة ليلا" and quote["direct"] is False
    assert quote["speaker"]["text"] == "المرصد السوري"
    assert quote["speaker_actor"] == "المرصد السوري لحقوق الإنسان"
    assert quote["cue"]["text"] == "قال"


def test_direct_quote_after_colon(nlp):
    (quote,) = quotes(nlp, "وقالت منظمة أطباء بلا حدود: «وصلنا عشرات الجرحى خلال ساعة».")
    assert quote["direct"] is True
    assert quote["text"] == "وصلنا عشرات الجرحى خلال ساعة"
    assert quote["speaker_actor"] == "أطباء بلا حدود"


def test_unspoken_subject_takes_the_last_speaker(nlp):
    found = quotes(nlp, "أكد الكولونيل جون دوريان أن القوات جاهزة. وأضاف أن الهجوم سيستمر.")
    assert [quote["text"] for quote in found] == ["القوات جاهزة", "الهجوم سيستمر"]
    assert found[1]["speaker"] == found[0]["speaker"]


def test_no_cue_no_quote(nlp):
    assert quotes(nlp, "بحسب المرصد، قصف الطيران البلدة.") == []


def test_quoted_name_in_the_speaker_is_not_the_quote(nlp):
    text = 'وقال ضابط في الشرطة لـ"وكالة الأنباء": "فجر المسلحون سيارة مفخخة قرب السوق".'
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "فجر المسلحون سيارة مفخخة قرب السوق" and quote["direct"] is True
    assert quote["speaker"]["text"] == "ضابط في الشرطة"


def test_nested_straight_quotes_end_at_the_real_closing_mark(nlp):
    text = 'قالت الصحيفة: "إن تقرير "مرصد الحرب" أكد وقوع الهجوم في المدينة". وانتهى الأمر'
    (quote,) = quotes(nlp, text)
    assert quote["text"] == 'إن تقرير "مرصد الحرب" أكد وقوع الهجوم في المدينة'


def test_relay_goes_to_via(nlp):
    text = 'وقال المرصد السوري - بحسب ما نقلته وكالة رويترز - إن الاشتباكات استمرت حتى الفجر.'
    (quote,) = quotes(nlp, text)
    assert quote["speaker_actor"] == "المرصد السوري لحقوق الإنسان"
    assert quote["via"] == ["رويترز"]


def test_masdar_cue_takes_the_person_before_it(nlp):
    text = 'ونسبت الوكالة إلى العقيد سامر الخطيب قوله: "لن نتراجع عن مواقعنا".'
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "لن نتراجع عن مواقعنا"
    # نسب … إلى relays as نقل … عن does: the phrase after إلى, title and all (round qtz)
    assert quote["speaker"]["text"] == "العقيد سامر الخطيب" and quote["speaker_actor"] == "سامر الخطيب"


def test_participle_cue_starts_a_second_quote(nlp):
    text = "قال المحافظ إن المياه انقطعت عن الأحياء، مضيفا أن الفرق تعمل على إصلاح الأعطال."
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["المياه انقطعت عن الأحياء", "الفرق تعمل على إصلاح الأعطال"]
    assert found[1]["speaker"]["text"] == "المحافظ"


def test_speaker_phrase_stops_at_comma_and_circumstance(nlp):
    text = "وأكد مدير مستشفى البلدة، الطبيب حسان يوسف، في تصريح أمس أن الجرحى نقلوا إلى دمشق."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "مدير مستشفى البلدة"
    assert quote["speaker_actor"] == "حسان يوسف"


def test_relay_cue_with_source(nlp):
    text = "ونقلت وكالة رويترز عن مصدر أمني أن الهجوم أسفر عن إصابة جنديين."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "مصدر أمني"
    assert quote["via"] == ["رويترز"]
    assert quote["text"] == "الهجوم أسفر عن إصابة جنديين"


def test_hashtag_alias_merges(nlp):
    record = nlp("هاجم مسلحو #داعش القرية، وأعلن تنظيم الدولة مسؤوليته")
    (actor,) = [item for item in record["actors"] if item["kind"] == "armed_group"]
    assert [mention["text"] for mention in actor["mentions"]] == ["داعش", "تنظيم الدولة"]


def test_speaker_stops_at_whom_it_was_said_to(nlp):
    text = "وقالت المتحدثة باسم المفوضية رافينا شمداساني للصحافيين في جنيف إن المحاكمة لم تكن عادلة."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "المتحدثة باسم المفوضية رافينا شمداساني"


def test_hashtag_with_underscore_is_a_name(nlp):
    record = nlp("أعربت #الأمم_المتحدة عن قلقها")
    (actor,) = record["actors"]
    assert actor["name"] == "الأمم المتحدة" and actor["mentions"][0]["text"] == "الأمم_المتحدة"


def test_speaker_phrase_skips_pronouns_and_participles(nlp):
    (quote,) = quotes(nlp, "وأضاف المحافظ قائلا: «الوضع تحت السيطرة».")
    assert quote["speaker"]["text"] == "المحافظ"


def test_speaker_phrase_ends_with_the_person(nlp):
    text = "اعتبر رئيس المجلس محمد الناصر أن إقرار القانون خطوة مهمة."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "رئيس المجلس محمد الناصر"
    assert quote["speaker_actor"] == "محمد الناصر"


def test_unspoken_subject_takes_the_person_before_the_cue(nlp):
    text = "واعتبر رئيس المجلس محمد الناصر إقرار القانون خطوة مهمة، وقال إن التصويت سيجري غدا."
    (quote,) = [quote for quote in quotes(nlp, text) if quote["cue"]["text"] == "وقال"]
    assert quote["speaker"]["text"] == "رئيس المجلس محمد الناصر" and quote["speaker_actor"] == "محمد الناصر"


def test_circumstance_after_the_cue_is_not_the_speaker(nlp):
    text = "قال وزير الخارجية جون كيري إن الاتفاق قريب. وقال غداة لقائه مع نظيره في الدوحة إن المحادثات مثمرة."
    found = quotes(nlp, text)
    assert found[-1]["speaker_actor"] == "جون كيري"
    assert "غداة" not in (found[-1]["speaker"] or {}).get("text", "")


def texts_and_speakers(found):
    return [(quote["text"], (quote["speaker"] or {}).get("text")) for quote in found]


# --- cues by morphology -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker, text", [
    ("لكن المسعفين قالوا إن الحريق امتد إلى المخازن.", "المسعفين", "الحريق امتد إلى المخازن"),
    ("تزعم الحكومة أن الأسعار استقرت.", "الحكومة", "الأسعار استقرت"),
    ("ويشير التقرير إلى أن البطالة ارتفعت.", "التقرير", "البطالة ارتفعت"),
    ("الوزيرتان أكدتا أن الخطة جاهزة.", "الوزيرتان", "الخطة جاهزة"),
    ("وبيّن المدير أن الدوام سيبدأ مبكرا.", "المدير", "الدوام سيبدأ مبكرا"),
])
def test_inflected_cues_are_found(nlp, sentence, speaker, text):
    assert texts_and_speakers(quotes(nlp, sentence)) == [(text, speaker)]


def test_bayyana_without_shadda_is_a_cue_only_before_anna(nlp):
    assert texts_and_speakers(quotes(nlp, "وبين أن الطريق سيفتح غدا. وقال المهندس إن العمل انتهى."))[0][0] \
        == "الطريق سيفتح غدا"
    assert quotes(nlp, "وقعت اشتباكات بين الطرفين في الحي القديم.") == []


@pytest.mark.parametrize("sentence, speaker, text", [
    ("خلص التقرير إلى أن الجفاف سيستمر.", "التقرير", "الجفاف سيستمر"),
    ("وأعرب الوزير عن اعتقاده بأن الاتفاق قريب.", "الوزير", "الاتفاق قريب"),
    ("وأبدت المنظمة مخاوف من أن الوباء ينتشر.", "المنظمة", "الوباء ينتشر"),
    ("وجاء في البيان أن الاجتماع سيعقد غدا.", "البيان", "الاجتماع سيعقد غدا"),
])
def test_multi_word_cues(nlp, sentence, speaker, text):
    assert texts_and_speakers(quotes(nlp, sentence)) == [(text, speaker)]


@pytest.mark.parametrize("sentence", [
    "أعرب الوزير عن قلقه من تدهور الأوضاع.",  # no report follows
    "يذكر أن المدينة شهدت اشتباكات عنيفة.",  # the impersonal passive: nobody's speech
    "أعلن الوزير عن خطة تهدف إلى أن يحصل كل مواطن على مسكن.",  # an object, then the subjunctive أن
    "ونقل الجيش الجرحى إلى المستشفى الميداني.",  # نقل without عن transports, it does not relay
    "جاء الوزير إلى المدينة مساء أمس.",
])
def test_cue_lemmas_outside_their_patterns_report_nothing(nlp, sentence):
    assert quotes(nlp, sentence) == []


# --- where a report ends ----------------------------------------------------------------------

def test_contrastive_clause_starts_a_new_report(nlp):
    found = quotes(nlp, "قال الوزير إن الوضع هادئ، لكنه أضاف أن التوتر قائم.")
    assert texts_and_speakers(found) == [("الوضع هادئ", "الوزير"), ("التوتر قائم", "الوزير")]


def test_fima_clause_with_its_own_speaker(nlp):
    found = quotes(nlp, "أكدت الوزارة أن المعبر مغلق، فيما قال الجيش إن الطريق آمن.")
    assert texts_and_speakers(found) == [("المعبر مغلق", "الوزارة"), ("الطريق آمن", "الجيش")]


def test_comma_joined_reports_do_not_swallow_each_other(nlp):
    found = quotes(nlp, "قال المحافظ إن المياه عادت، وأكد أن الكهرباء ستعود، مشيرا إلى أن الطرق فتحت.")
    assert [quote["text"] for quote in found] == ["المياه عادت", "الكهرباء ستعود", "الطرق فتحت"]
    assert {quote["speaker"]["text"] for quote in found} == {"المحافظ"}


def test_an_imperfect_cue_after_a_comma_is_the_report_s_own_verb(nlp):
    (quote,) = quotes(nlp, "قال المدير إن نتائج الامتحانات التي طال انتظارها، ستعلن قريبا في موقع الوزارة.")
    assert quote["text"].endswith("ستعلن قريبا في موقع الوزارة")


def test_direct_quote_after_an_indirect_one(nlp):
    found = quotes(nlp, "وأكدت الوزيرة أن الميزانية أقرت، وقالت: «لن نرفع الضرائب».")
    assert texts_and_speakers(found) == [("الميزانية أقرت", "الوزيرة"), ("لن نرفع الضرائب", "الوزيرة")]
    assert [quote["direct"] for quote in found] == [False, True]


def test_punctuation_free_paragraph(nlp):
    text = ("قال وزير الداخلية إن الشرطة اعتقلت خمسة أشخاص وأضاف أن التحقيق مستمر لكن المتحدثة باسم "
            "المعارضة قالت إن الاعتقالات تعسفية فيما أكدت الحكومة أن القانون طبق على الجميع")
    assert texts_and_speakers(quotes(nlp, text)) == [
        ("الشرطة اعتقلت خمسة أشخاص", "وزير الداخلية"), ("التحقيق مستمر", "وزير الداخلية"),
        ("الاعتقالات تعسفية", "المتحدثة باسم المعارضة"), ("القانون طبق على الجميع", "الحكومة")]


def test_punctuation_free_speech_without_marks(nlp):
    found = quotes(nlp, "وقالت الوزيرة للصحافيين نحن لن نتراجع عن قرارنا وأضافت أن الحوار مستمر")
    assert texts_and_speakers(found) == [("نحن لن نتراجع عن قرارنا", "الوزيرة"), ("الحوار مستمر", "الوزيرة")]
    assert found[0]["direct"] is True


def test_punctuation_free_paragraph_without_cues_has_no_quotes(nlp):
    assert quotes(nlp, "زار الوزير المدينة وافتتح مستشفى جديدا ثم عاد إلى العاصمة مساء") == []


# --- quotation marks --------------------------------------------------------------------------

def test_reversed_curly_marks(nlp):
    (quote,) = quotes(nlp, "وقال المتحدث: “لن نتراجع عن مواقعنا“ ثم غادر القاعة.")
    assert quote["text"] == "لن نتراجع عن مواقعنا" and quote["direct"] is True


def test_closing_mark_glued_to_the_next_word(nlp):
    found = quotes(nlp, 'وقالت الوزيرة: "الجيش سوري،"مشيرة إلى أن القرار نهائي.')
    assert texts_and_speakers(found) == [("الجيش سوري", "الوزيرة"), ("القرار نهائي", "الوزيرة")]


def test_nested_guillemets(nlp):
    (quote,) = quotes(nlp, "وقال المحامي: «إن قرار «المحكمة العليا» نهائي» ثم غادر.")
    assert quote["text"] == "إن قرار «المحكمة العليا» نهائي"


# --- quoted names and attributed phrases (RECORD.md "Quotes") ---------------------------------

@pytest.mark.parametrize("sentence, text, speaker", [
    ('وندد الرئيس بـ"الهمجية" التي طالت المدنيين.', "الهمجية", "الرئيس"),
    ('ووصف الوزير ما جرى بأنه "مجزرة" بحق المدنيين.', "مجزرة", "الوزير"),
    ('وحملت وزارة الخارجية الأمريكية الحكومة "مسؤولية الفشل" في المفاوضات.', "مسؤولية الفشل",
     "وزارة الخارجية الأمريكية"),
])
def test_short_attributed_phrase_is_a_direct_quote(nlp, sentence, text, speaker):
    (quote,) = quotes(nlp, sentence)
    assert (quote["text"], quote["speaker"]["text"], quote["direct"]) == (text, speaker, True)


@pytest.mark.parametrize("sentence", [
    'وعقدت قمة "طهران" في موعدها.',
    'وافتتح الوزير مستشفى "الأمل" في المدينة.',
    'وتحدث المقال عما يعرف بـ"صفقة القرن" في الإعلام.',
    'وحصل اللاعب على لقب "الظاهرة" بعد المباراة.',
])
def test_quoted_names_are_not_quotes(nlp, sentence):
    assert quotes(nlp, sentence) == []


def test_quoted_outlet_before_the_report_is_a_name(nlp):
    found = quotes(nlp, 'وأكد المدير لـ"الوطن" أن المشروع اكتمل. ونقلت صحيفة "الغارديان" عن مصدر أن المفاوضات تعثرت.')
    assert texts_and_speakers(found) == [("المشروع اكتمل", "المدير"), ("المفاوضات تعثرت", "مصدر")]


def test_labelled_object_leaves_the_describer_unspoken(nlp):
    found = quotes(nlp, 'نفت الوزارة بشكل قاطع وقوع الهجوم، ووصفت الاتهامات بأنها "مفبركة".')
    assert texts_and_speakers(found) == [("مفبركة", "الوزارة")]


# --- the speaker's noun phrase ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("وقال فرع وزارة الصحة التابعة للمعارضة إن المستشفى تعرض للقصف.", "فرع وزارة الصحة التابعة للمعارضة"),
    ("وقال وزير الخارجية أمس إن المحادثات مستمرة.", "وزير الخارجية"),
    ("وقال المتحدث في جنيف إن الجولة انتهت.", "المتحدث"),
    ("قالت المنظمة التي تتخذ من لندن مقرا لها إن السجناء مضربون.", "المنظمة"),
    ("وقالت الشرطة على لسان المتحدث باسمها إن الطريق مغلق.", "الشرطة"),
    ("وأكد المسؤول لوكالة الأنباء أن الطريق فتح.", "المسؤول"),
    ("وقال المتحدث باسم الحزب يوم الخميس إن المؤتمر تأجل.", "المتحدث باسم الحزب"),
    ("أكد الوزير هذا الأسبوع أن الوضع مستقر.", "الوزير"),
    ("وأبلغ المدرب الصحفيين بأن المباراة ستقام.", "المدرب"),
    ("وقال الباحث وهو أستاذ في الجامعة إن النتائج مشجعة.", "الباحث"),
])
def test_speaker_phrase_stops_at_addressee_time_place_and_clause(nlp, sentence, speaker):
    (quote,) = quotes(nlp, sentence)
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("لكن المعارضة تقول إن الانتخابات مزورة.", "المعارضة"),
    ("وكانت الوزارة قد أكدت في بيان سابق أن الامتحانات ستجري في موعدها.", "الوزارة"),
    ("حملة المرشح قالت إنها ستطعن في النتائج.", "حملة المرشح"),
])
def test_subject_before_the_verb(nlp, sentence, speaker):
    (quote,) = quotes(nlp, sentence)
    assert quote["speaker"]["text"] == speaker


def test_object_after_the_subject_is_not_the_speaker(nlp):
    (quote,) = quotes(nlp, "وأصدرت الوزارة بيانا تقول فيه إن الامتحانات تأجلت.")
    assert quote["speaker"]["text"] == "الوزارة"


# --- unspoken subjects and agreement ------------------------------------------------------------

def test_unspoken_subject_is_the_previous_clause_subject(nlp):
    (quote,) = quotes(nlp, "أعلنت وزارة الصحة حصيلة جديدة للضحايا، وقالت إن عدد الجرحى ارتفع.")
    assert quote["speaker"]["text"] == "وزارة الصحة"


def test_unspoken_subject_skips_a_speaker_of_the_other_gender(nlp):
    text = "قال الوزير إن الميناء مغلق. وقالت المتحدثة باسم الوزارة إن السفن تنتظر. وأضاف أن الأزمة ستنتهي قريبا."
    assert [speaker for _, speaker in texts_and_speakers(quotes(nlp, text))] == \
        ["الوزير", "المتحدثة باسم الوزارة", "الوزير"]


def test_plural_cue_takes_no_singular_speaker(nlp):
    found = quotes(nlp, "قال الوزير إن الميناء مغلق. وقالوا إن السفن تنتظر.")
    assert found[1]["text"] == "السفن تنتظر" and found[1]["speaker"] is None


def test_object_that_disagrees_with_the_verb_is_not_its_subject(nlp):
    (quote,) = quotes(nlp, 'ودعت الحكومة في بيان المواطنين إلى الهدوء، وناشدت العالم بأن "يتدخل فورا".')
    assert quote["speaker"]["text"] == "الحكومة" and quote["text"] == "يتدخل فورا"


@pytest.mark.parametrize("sentence", [
    "وتأخر القطار لأن الطريق كان مغلقا.",  # لأن "because" opens a reason
    "وحضر الاجتماع مسؤول رفض ذكر اسمه ولم يعلق على أن الجلسة سرية.",  # ذكر after رفض is the masdar
    "وناقش المجلس الخطة التي يشير إليها التقرير.",  # a relative clause
    "يبلغ طول الجسر ثلاثة كيلومترات.",  # يبلغ "amounts to"
    "فعلي أن أوضح الأمر للجميع.",  # أنْ + a first person verb
])
def test_look_alike_cues_open_no_report(nlp, sentence):
    assert quotes(nlp, sentence) == []


def test_quoted_name_inside_the_speaker_keeps_both_marks(nlp):
    (quote,) = quotes(nlp, 'وقال تنظيم "الدولة" في بيان إن مقاتليه سيطروا على البلدة.')
    assert quote["speaker"]["text"] == 'تنظيم "الدولة"'
    assert quote["text"] == "مقاتليه سيطروا على البلدة"


def test_report_after_a_quoted_name_and_comma(nlp):
    (quote,) = quotes(nlp, 'أكد مدير المؤسسة الخيرية "الأمل" ، أن التبرعات زادت.')
    assert quote["text"] == "التبرعات زادت" and quote["speaker"]["text"].startswith("مدير المؤسسة الخيرية")


def test_a_quotation_is_never_the_next_speaker(nlp):
    text = ("وقال اللواء إن «القبض على هذا العدد الكبير مؤشر كبير على وجود من يسعى لاستغلال صغار السن». "
            "ولفت إلى أن المخططات كشفت.")
    assert [speaker for _, speaker in texts_and_speakers(quotes(nlp, text))] == ["اللواء", "اللواء"]


def test_zada_reports_only_a_quotation(nlp):
    found = quotes(nlp, "قال الخطيب إن الصبر فضيلة. وزاد «إن المرء العاقل يعفو». وزادت الأسعار أن ارتفعت.")
    assert [quote["text"] for quote in found] == ["الصبر فضيلة", "إن المرء العاقل يعفو"]


def test_chanted_slogan_is_a_direct_quote(nlp):
    (quote,) = quotes(nlp, 'ويهتف المتظاهرون "سلمية" في الشوارع.')
    assert (quote["text"], quote["speaker"]["text"], quote["direct"]) == ("سلمية", "المتظاهرون", True)


def test_kaanna_and_preposition_in_a_relative_clause(nlp):
    (quote,) = quotes(nlp, "وقال المدير بأن العمل مستمر وكأن شيئا لم يكن.")
    assert quote["text"] == "العمل مستمر وكأن شيئا لم يكن"
    text = 'ورأى النائب الذي انتخب عن الحزب في العاصمة "هناك مشاكل كبيرة في المدينة" ثم غادر.'
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "هناك مشاكل كبيرة في المدينة" and quote["speaker"]["text"] == "النائب"


def test_imam_is_not_amam(nlp):
    (quote,) = quotes(nlp, "أكد إمام المسجد في خطبة الجمعة أن الصبر فضيلة.")
    assert quote["speaker"]["text"] == "إمام المسجد"
    (quote,) = quotes(nlp, "وقف أمام المحكمة وقال إن الحكم ظالم.")
    assert quote["speaker"] is None


def test_kama_clause_starts_a_new_report(nlp):
    found = quotes(nlp, 'أوضح المتحدث أن الوزارة لا ترد على الشائعات، لكنها "تتابعها"، كما أكد أن موقفها واضح.')
    assert [quote["text"].rstrip('"') for quote in found] == ['الوزارة لا ترد على الشائعات، لكنها "تتابعها',
                                                             "موقفها واضح"]


def test_conjoined_cue_after_a_comma_ends_the_report(nlp):
    (quote,) = quotes(nlp, "وأكد الشيخ أن الغيبة ليست من الأخلاق، وأبان فضل الصيام في الشهر الفضيل.")
    assert quote["text"] == "الغيبة ليست من الأخلاق"


def test_accusing_participle_with_a_quoted_phrase(nlp):
    found = quotes(nlp, 'أعلنت الوزيرة أن الحكومة فرضت العقوبات، متهمة الشركة بـ"انتهاك القانون".')
    assert texts_and_speakers(found) == [("الحكومة فرضت العقوبات", "الوزيرة"), ("انتهاك القانون", "الوزيرة")]
    assert quotes(nlp, "وأحيل الرجل المتهم بالقتل إلى المحكمة.") == []


@pytest.mark.parametrize("sentence, speaker", [
    ("وقديما قالوا إن الصبر مفتاح الفرج.", None),  # an accusative adverb before the verb
    ("وقال يجب أن تصل الرسالة واضحة.", None),  # a verb after the cue is no subject
    ("وقال الرئيس في برقيته إن العلاقات متينة.", "الرئيس"),  # في + a message with its pronoun
    ("وقال يوسف إن الطريق طويل.", "يوسف"),  # a given name in يـ is still a name
])
def test_what_is_not_a_subject(nlp, sentence, speaker):
    (quote,) = quotes(nlp, sentence)
    assert (quote["speaker"] or {}).get("text") == speaker


def test_report_of_a_document_from_a_source(nlp):
    (quote,) = quotes(nlp, 'كشف تقرير جديد صادر عن مركز الأبحاث "المرصد" ومقره لندن، أن الهجمات تضاعفت.')
    assert quote["text"] == "الهجمات تضاعفت" and quote["speaker"]["text"] == "تقرير جديد"


def test_quotation_opened_right_after_a_colon_spans_sentence_marks(nlp):
    (quote,) = quotes(nlp, 'ونسبت الصحيفة إلى المتحدث قوله :"إن الوضع مقلق.. فالهجمات تتكرر في المدينة". ثم غادر.')
    assert quote["text"] == "إن الوضع مقلق.. فالهجمات تتكرر في المدينة"
