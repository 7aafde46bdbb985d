"""Quotes on kinds of error seen on fresh, blind-annotated articles (issue 12, round qtz): بيّن
without its shadda after a side adverb or a detached و, speaker phrases that ran on into the
verb's object or were cut before a genitive, a dropped subject taken from a heading line or from
the object of an announcing verb, and a point glued between sentences. Sentences written for
these tests."""

from conftest import quotes_of

quotes = quotes_of


def _speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    return [((quote["speaker"] or {}).get("text"), quote["text"]) for quote in quotes(nlp, text)]


# --- بيّن written without its shadda ------------------------------------------------------------

def test_bayyana_after_a_side_adverb_reports(nlp):
    (quote,) = quotes(nlp, "من جانبه بين مدير المدرسة خالد سعيد, أن الطلاب نجحوا جميعا.")
    assert quote["text"] == "الطلاب نجحوا جميعا"
    assert quote["speaker"]["text"] == "مدير المدرسة خالد سعيد"


def test_bayyana_after_a_detached_wa_reports(nlp):
    (quote,) = quotes(nlp, "و بين الموقع أن اللاعب سجل عشرة أهداف.")
    assert quote["text"] == "اللاعب سجل عشرة أهداف" and quote["speaker"]["text"] == "الموقع"


def test_bayyana_reaches_a_long_subject(nlp):
    text = "من جهته بين مدير إدارة شؤون الطلاب بجامعة الملك سعود سالم العتيبي، أن التسجيل يبدأ غدا."
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "التسجيل يبدأ غدا"
    assert quote["speaker"]["text"].endswith("سالم العتيبي")


def test_between_before_a_relative_clause_is_no_verb(nlp):
    # بين relates الحضور; the أن belongs to أكدوا inside the relative clause
    found = quotes(nlp, "وجلس الوفد من جهته بين الحضور الذين أكدوا أن اللقاء مثمر.")
    assert all(quote["cue"]["text"] != "بين" for quote in found)


def test_between_after_a_noun_stays_a_preposition(nlp):
    assert quotes(nlp, "وقارن الباحث بين النتائج في المدينتين.") == []


# --- the speaker phrase: where it ends ------------------------------------------------------------

def test_speech_hal_ends_the_subject(nlp):
    (quote,) = quotes(nlp, 'وأكد دي ماريا قائلا "أنا سعيد هنا مع زملائي".')
    assert quote["speaker"]["text"] == "دي ماريا" and quote["direct"] is True


def test_demonstrative_after_bism_is_the_genitive(nlp):
    (quote,) = quotes(nlp, "وقال الناطق باسم هذه الهيئة إن القرار نهائي.")
    assert quote["speaker"]["text"] == "الناطق باسم هذه الهيئة"


def test_demonstrative_after_an_indefinite_title_is_the_genitive(nlp):
    (quote,) = quotes(nlp, "وقال مدير هذا المشروع إن العمل سينتهي قريبا.")
    assert quote["speaker"]["text"] == "مدير هذا المشروع"


def test_demonstrative_of_time_still_ends_the_subject(nlp):
    (quote,) = quotes(nlp, "وقال الوزير هذا الأسبوع إن الخطة جاهزة.")
    assert quote["speaker"]["text"] == "الوزير"


def test_reporter_takes_a_quoted_outlet(nlp):
    (quote,) = quotes(nlp, 'وأفاد موفد "الجزيرة" أن الطائرات قصفت مواقع في المدينة.')
    assert quote["speaker"]["text"] == 'موفد "الجزيرة"'


def test_feminine_object_after_a_plural_of_people(nlp):
    (quote,) = quotes(nlp, "وطالب المحتجون الجهات المعنية بالتدخل، مؤكدين أن القطاع تضرر كثيرا.")
    assert quote["speaker"]["text"] == "المحتجون" and quote["text"] == "القطاع تضرر كثيرا"


def test_plural_adjectives_stay_with_their_plural(nlp):
    found = _speakers(nlp, "وقال المسؤولون السعوديون إن الاتفاق قريب. وأكد المتظاهرون الغاضبون أن مطالبهم مشروعة.")
    assert [speaker for speaker, _ in found] == ["المسؤولون السعوديون", "المتظاهرون الغاضبون"]


def test_indefinite_object_after_a_bodys_name(nlp):
    text = "لم ينكر رئيس كتلة نداء تونس وجود علاقة صداقة بينهما، مضيفا أنه لا أحد فوق القانون."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "رئيس كتلة نداء تونس"


def test_urging_participle_ends_the_report(nlp):
    text = "وأوضح المدير أن اللجان أنهت مهامها، مهيبا بجميع المرشحين مراجعة الموقع."
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "اللجان أنهت مهامها"


# --- who an unspoken subject is -------------------------------------------------------------

def test_event_object_of_an_announcement_is_no_subject(nlp):
    text = ("وأعلن الجيش اليمني، مقتل القيادي البارز محمد سالم في المعارك. "
            "وأفاد أن القيادي لقي مصرعه في الجبهة.")
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "الجيش اليمني"


def test_event_noun_ends_the_subject_before_it(nlp):
    text = "وأعلن موقع الجيش اليمني مقتل القيادي البارز محمد سالم. وأشار إلى أن الجيش حقق تقدما."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "موقع الجيش اليمني"


def test_event_noun_inside_a_bodys_name_stays(nlp):
    (quote,) = quotes(nlp, "وقالت منظمة مراقبة الاشتباكات إن الهدنة صامدة.")
    assert quote["speaker"]["text"] == "منظمة مراقبة الاشتباكات"


def test_heading_line_between_is_no_antecedent(nlp):
    text = ("قال سامي حداد من وكالة الاستخبارات إنه يشتبه في أن تنظيم الدولة الإسلامية يقف وراء الهجمات.\n"
            "آسيا الوسطى تسقط في غواية تنظيم الدولة\n"
            "وجهة نظر: تدويل تنظيم الدولة الإسلامية\n"
            "وأضاف أن التفجيرات مرتبطة بحادث سابق.")
    found = _speakers(nlp, text)
    assert [speaker for speaker, _ in found] == ["سامي حداد", "سامي حداد"]


def test_lede_line_without_its_point_is_still_a_clause(nlp):
    (quote,) = quotes(nlp, "أعلنت وزارة الداخلية اعتقال خمسة أشخاص\nوأضافت أن التحقيق مستمر.")
    assert quote["speaker"]["text"] == "وزارة الداخلية"


# --- a point glued between sentences --------------------------------------------------------

def test_glued_point_ends_the_report(nlp):
    text = "وقالت الوزارة إن 29 حالة غادرت المستشفى.وأهابت الوزارة بالمواطنين الالتزام بالتعليمات."
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "29 حالة غادرت المستشفى"


def test_acronym_points_end_no_sentence(nlp):
    (quote,) = quotes(nlp, "وقال مراسل بي.بي.سي إن الوضع هادئ في المدينة.")
    assert quote["text"] == "الوضع هادئ في المدينة"


# --- which أن is a report ---------------------------------------------------------------------

def test_modal_an_inside_a_relative_clause_is_no_report(nlp):
    assert quotes(nlp, "وتعتبر السمنة واحدة من العوامل التي يمكن أن تزيد من خطر الإصابة.") == []
    assert quotes(nlp, "ملقين باللوم على المحافظة التي من المفترض أنها تسعى لتحقيق ذلك.") == []


def test_modal_inside_the_report_stays_reported(nlp):
    (quote,) = quotes(nlp, "وقال الوزير إنه يمكن أن تنتهي الأزمة قريبا.")
    assert quote["text"] == "يمكن أن تنتهي الأزمة قريبا" and quote["speaker"]["text"] == "الوزير"


def test_conditional_fa_inna_is_no_report(nlp):
    assert quotes(nlp, "ويطالب القراصنة بدفع الفدية في غضون ثلاثة أيام وإلا فإن المبلغ سيزداد.") == []


# --- a subject before its verb after ، و ----------------------------------------------------------

def test_fronted_subject_after_comma_has_its_own_report(nlp):
    text = "وتقول الشرطة إنها تحاصر المسلحين. وتظهر الصور دخانا متصاعدا، وشهود يقولون إن مسلحين خرجوا من سيارة."
    found = _speakers(nlp, text)
    assert found == [("الشرطة", "تحاصر المسلحين"), ("شهود", "مسلحين خرجوا من سيارة")]


def test_fronted_subject_ends_the_report_before_it(nlp):
    found = _speakers(nlp, "وتقول الشرطة إنها تحاصر المسلحين، والسكان يؤكدون أن القصف مستمر.")
    assert found == [("الشرطة", "تحاصر المسلحين"), ("السكان", "القصف مستمر")]


def test_conjoined_clause_without_a_cue_stays_in_the_report(nlp):
    (quote,) = quotes(nlp, "وقال الوزير إن الأسعار ارتفعت، والمواطنون يعانون من الغلاء.")
    assert quote["text"] == "الأسعار ارتفعت، والمواطنون يعانون من الغلاء"


# --- an unspoken subject with no speaker yet ------------------------------------------------------

def test_sentence_initial_cue_takes_the_lede_subject_past_a_sentence_that_disagrees(nlp):
    text = ("أعلنت كلية التربية عن حاجتها لمتعاونين للفصل الدراسي الأول.\n"
            "أما الاحتياج في شطر الطالبات فسيكون في تخصصات الرياضيات والفيزياء.\n"
            "وقالت إن الأولوية لحملة الماجستير.")
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "كلية التربية"


def test_lede_subject_that_disagrees_is_not_taken(nlp):
    text = ("أعلن وزير الصحة عن خطة جديدة لمكافحة الوباء.\n"
            "وتشمل الخطة حملات توعية في المدارس.\n"
            "وأضاف أن التطعيم سيبدأ الشهر المقبل.")
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "وزير الصحة"


def test_second_title_of_the_other_gender_is_the_object(nlp):
    found = quotes(nlp, "استقبل الوزير السفيرة الفرنسية في مكتبه. وقال إن العلاقات ممتازة.")
    assert found[0]["speaker"]["text"] == "الوزير"


def test_feminine_title_alone_is_the_subject(nlp):
    (quote,) = quotes(nlp, "وقالت الوزيرة إن الوضع مستقر.")
    assert quote["speaker"]["text"] == "الوزيرة"


def test_verb_of_going_on_is_no_subject(nlp):
    text = "وقال المتهم إنه آوى القباع في بيته. ومضى يقول إنه ألبسه الحزام الناسف. وقال إن الهدف كان هدم المسجد."
    assert [speaker for speaker, _ in _speakers(nlp, text)] == ["المتهم", "المتهم", "المتهم"]


def test_noun_before_a_fronted_cue_is_still_its_subject(nlp):
    (quote,) = quotes(nlp, "والخبراء يقولون إن الإصلاح ضروري.")
    assert quote["speaker"]["text"] == "الخبراء"


# --- the object after a subject that is a body's name ---------------------------------------------

def test_definite_noun_after_a_bodys_name_is_the_object(nlp):
    (quote,) = quotes(nlp, "وأكدت طالبان السيطرة على وسط الإقليم وقالت إنها صادرت أسلحة.")
    assert quote["speaker"]["text"] == "طالبان"


def test_nisba_ordinal_and_title_after_a_name_stay_in_the_phrase(nlp):
    found = _speakers(nlp, "وقالت حركة طالبان الأفغانية إن الهجوم فشل. وقال فريق برشلونة الأول إن اللاعب مصاب.")
    assert [speaker for speaker, _ in found] == ["حركة طالبان الأفغانية", "فريق برشلونة الأول"]


def test_family_name_with_the_article_stays_with_the_person(nlp):
    (quote,) = quotes(nlp, "وقال رئيس الوزراء يوسف الشاهد إن تونس منفتحة.")
    assert quote["speaker"]["text"] == "رئيس الوزراء يوسف الشاهد"


def test_form_six_word_after_a_definite_subject_is_the_object(nlp):
    found = _speakers(nlp, "وكشفت الدراسة تفاقم التجارة الموازية. وبينت في نفس السياق أن التهريب تزايد.")
    assert found == [("الدراسة", "التهريب تزايد")]


def test_fronted_time_phrase_is_no_clause_with_a_subject(nlp):
    text = "وكتب المعارض على حسابه أنه اعتقل. وبعد أقل من ساعة من بث نبأ اعتقاله، قال إن الشرطة أخلت سبيله."
    assert [speaker for speaker, _ in _speakers(nlp, text)] == ["المعارض", "المعارض"]


def test_manner_adverb_after_the_subject_ends_it(nlp):
    text = "وأدان الرئيس الأفغاني بشدة الاعتداء. وقال إن الأعداء لن يجنوا إلا العار."
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "الرئيس الأفغاني"


def test_body_after_bi_stays_in_the_speakers_title(nlp):
    found = _speakers(nlp, "وقال المدير التنفيذي بشركة أرامكو إن الإنتاج ارتفع. وقال رئيس المجلس البلدي بمدينة جدة إن المشروع جاهز.")
    assert [speaker for speaker, _ in found] == ["المدير التنفيذي بشركة أرامكو", "رئيس المجلس البلدي بمدينة جدة"]


def test_cue_with_a_text_pronoun_starts_its_own_report_with_the_texts_owner(nlp):
    text = "ويجيء بيان الحركة بعد يوم واحد من تصريحات للحكومة الأفغانية قالت فيها إن الزعيم توفي منذ عامين."
    (quote,) = quotes(nlp, text)
    assert quote["cue"]["text"] == "قالت" and quote["speaker"]["text"] == "للحكومة الأفغانية"
    (quote,) = quotes(nlp, "وجاء القرار بعد تقرير لوزارة الصحة ذكرت فيه أن الوضع خطير.")
    assert quote["speaker"]["text"] == "وزارة الصحة"


def test_text_without_an_owner_goes_to_the_clause_subject(nlp):
    (quote,) = quotes(nlp, "ونشرت البعثة صورة ذكرت فيها أن القصف مستمر.")
    assert quote["speaker"]["text"] == "البعثة"


def test_fear_expressed_reports_its_subjunctive_clause(nlp):
    (quote,) = quotes(nlp, "وأبدى السكان مخاوفهم من أن يتجدد القصف.")
    assert quote["text"] == "يتجدد القصف" and quote["speaker"]["text"] == "السكان"


def test_abda_without_a_noun_of_feeling_reports_nothing(nlp):
    assert quotes(nlp, "وأبدى الفريق تحسنا كبيرا في الأداء بعد أن تغير المدرب.") == []


def test_nasaba_ila_relays_the_speaker_after_ila(nlp):
    (quote,) = quotes(nlp, "ونسبت الوكالة إلى مصدر أمني قوله إن المهاجمين فروا.")
    assert quote["speaker"]["text"] == "مصدر أمني" and quote["text"] == "المهاجمين فروا"
    (quote,) = quotes(nlp, "ونسبت صحيفة الوطن إلى مسؤول في الوزارة أن القرار نهائي.")
    assert quote["speaker"]["text"] == "مسؤول في الوزارة"


def test_nisab_the_noun_and_attributing_a_cause_report_nothing(nlp):
    assert quotes(nlp, "وارتفعت نسب البطالة إلى مستويات قياسية.") == []
    assert quotes(nlp, "ونسب الحادث إلى خلل فني.") == []


def test_participle_after_a_bodys_name_is_its_adjective(nlp):
    (quote,) = quotes(nlp, "وقالت وزارة الصحة التابعة للحكومة المؤقتة إن المستشفى تعرض للقصف.")
    assert quote["speaker"]["text"].startswith("وزارة الصحة التابعة")
