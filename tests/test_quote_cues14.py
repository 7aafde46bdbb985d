"""Stop 14 quotes round (issue 12): cue lemmas and constructions, on sentences written for these tests."""

from conftest import quotes_of


def _texts(found):
    return [quote["text"] for quote in found]


def test_condemning_verb_before_a_quotation(nlp):
    (quote,) = quotes_of(nlp, 'ودانت الرابطة "الهجمات الممنهجة ضد السكان المدنيين العزل في المنطقة خلال الشهر الماضي".')
    assert quote["direct"] is True and quote["speaker"]["text"] == "الرابطة"


def test_request_with_its_preposition_before_a_quotation(nlp):
    (quote,) = quotes_of(nlp, 'كما طلب المجلس من "الحكومة والبرلمان اتخاذ الإجراءات اللازمة لحماية السكان".')
    assert quote["text"] == "الحكومة والبرلمان اتخاذ الإجراءات اللازمة لحماية السكان"


def test_request_without_a_quotation_is_no_report(nlp):
    assert quotes_of(nlp, "وطلب الوزير من المواطنين التعاون مع الشرطة.") == []
    assert quotes_of(nlp, 'وبناء على طلب "الشركة" تم تأجيل الموعد.') == []


def test_notifying_verb_reports(nlp):
    (quote,) = quotes_of(nlp, "وأخطرت الجارة الشرطة مؤخرا بأن هناك سيارة مسروقة في الحي.")
    assert quote["text"] == "هناك سيارة مسروقة في الحي"


def test_legal_text_stipulates(nlp):
    (quote,) = quotes_of(nlp, 'وينص الفصل العاشر من الدستور على أن "التعليم حق لكل المواطنين".')
    assert quote["speaker"]["text"] == "الفصل العاشر من الدستور"
    assert quotes_of(nlp, "وقرأ الطالب نص البيان على الحاضرين.") == []


def test_naming_verb_of_the_defective_root_with_its_pronoun(nlp):
    (quote,) = quotes_of(nlp, 'وانتقد الوزير ما أسماه بـ"الحملة الظالمة" ضد الحكومة.')
    assert quote["text"] == "الحملة الظالمة" and quote["speaker"]["text"] == "الوزير"


def test_quoted_name_after_a_passive_naming_verb_is_no_quote(nlp):
    text = 'أعلنت الشرطة عن ضياع طفلة غادرت منزلها إلى وجهة غير معلومة تدعى " سارة بنت علي التونسي" ، تلميذة.'
    assert quotes_of(nlp, text) == []


def test_warada_after_ma_is_no_reply(nlp):
    found = quotes_of(nlp, 'وأكد المدير أن القرار مهم، بحسب ما ورد في "الوطن".')
    assert _texts(found) == ["القرار مهم"]
    (reply,) = quotes_of(nlp, 'وسأل الصحفي عن الموعد ورد الوزير: "سنعلن عنه قريبا".')
    assert reply["speaker"]["text"] == "الوزير"


def test_haythu_anna_opens_no_report(nlp):
    assert quotes_of(nlp, "الخطة التي كشف عنها مسؤول لا تعتبر جديدة حيث ان الاعلان عنها تم منذ سنوات.") == []


def test_impersonal_expectation_stays_in_the_report(nlp):
    (quote,) = quotes_of(nlp, "وقالت الهيئة إن العاصفة رفعت خطر الحوادث، حيث يتوقع أن تصل سرعة الرياح إلى 80 كيلومترا.")
    assert quote["text"].endswith("80 كيلومترا")
    found = quotes_of(nlp, "وقالت الهيئة إن العاصفة قوية، ويتوقع الخبراء أن تصل سرعة الرياح إلى 80 كيلومترا.")
    assert _texts(found) == ["العاصفة قوية", "تصل سرعة الرياح إلى 80 كيلومترا"]


def test_derived_masdar_after_the_subject_is_the_object(nlp):
    (quote,) = quotes_of(nlp, "وأدان الوزير الانفجار وقال إنه عمل جبان.")
    assert quote["speaker"]["text"] == "الوزير"
    (adjective,) = quotes_of(nlp, "ونفت الهيئة التركية الاتهام، وقالت إنها لم تفعل ذلك.")
    assert adjective["speaker"]["text"] == "الهيئة التركية"


def test_reassuring_recommending_and_proposing_report(nlp):
    (reassured,) = quotes_of(nlp, "وطمأن الوزير المواطنين بأن الوضع مستقر.")
    assert reassured["speaker"]["text"] == "الوزير" and reassured["text"] == "الوضع مستقر"
    (proposed,) = quotes_of(nlp, "واقترح النائب أن يتم تأجيل الجلسة.")
    assert proposed["text"] == "يتم تأجيل الجلسة"
    (recommended,) = quotes_of(nlp, "وأوصت الدراسة بأن يتم تعزيز الرقابة.")
    assert recommended["speaker"]["text"] == "الدراسة"


def test_proposing_or_renewing_a_thing_is_no_report(nlp):
    assert quotes_of(nlp, "واقترح النائب تأجيل الجلسة.") == []
    assert quotes_of(nlp, "وجدد الفريق عقد المدرب.") == []
    assert quotes_of(nlp, "وأوصى الطبيب المريض بالراحة.") == []


def test_renewed_emphasis_pattern_ends_the_speaker_at_its_masdar(nlp):
    (quote,) = quotes_of(nlp, "وجدد الوزير التأكيد على أن الخطة جاهزة.")
    assert quote["speaker"]["text"] == "الوزير"


def test_body_told_after_a_definite_subject(nlp):
    (quote,) = quotes_of(nlp, "وأبلغ رئيس المجلس الحكومة بأن الجلسة تأجلت.")
    assert quote["speaker"]["text"] == "رئيس المجلس"
    (adjective,) = quotes_of(nlp, "وأبلغ المتحدث الرسمي للوزارة الصحفيين بأن الخطة جاهزة.")
    assert adjective["speaker"]["text"] == "المتحدث الرسمي للوزارة"


def test_unclosed_quotation_ends_where_the_narrator_speaks_again(nlp):
    found = quotes_of(nlp, 'وقال الوزير "لن نتراجع عن قراراتنا مهما كانت الضغوط ، وأضاف أن الحكومة ماضية في الإصلاح.')
    assert _texts(found) == ["لن نتراجع عن قراراتنا مهما كانت الضغوط", "الحكومة ماضية في الإصلاح"]


def test_special_bulletin_is_no_reason_clause(nlp):
    (quote,) = quotes_of(nlp, "أفاد المعهد الوطني للرصد الجوي في نشرة خاصة أن الوضع الجوي ملائم لنزول أمطار.")
    assert quote["speaker"]["text"] == "المعهد الوطني للرصد الجوي"
    assert quotes_of(nlp, "وأكد الوزير تمسكه بالخطة خاصة أن الظروف صعبة.") == []


def test_asking_and_announcing_masdar(nlp):
    (asked,) = quotes_of(nlp, "نهض الرجل غاضبا سائلا: من أنت لتتجرأ علي؟")
    assert asked["speaker"]["text"] == "الرجل"
    assert quotes_of(nlp, "وسأل الصحفي الوزير عن الموعد.") == []
    (announced,) = quotes_of(nlp, 'وأقيل بسبب إعلانه أن المدينة "آمنة تماما".')
    assert announced["text"].startswith("المدينة")


def test_relay_with_a_cue_verb_after_a_quotation(nlp):
    (quote,) = quotes_of(nlp, 'ويتحصن المقاتلون في المدينة و"إن كانوا لن يتمكنوا من حمايتها من الطائرات"، '
                              'وفق ما يقول مدير المرصد السوري.')
    assert quote["speaker"]["text"] == "مدير المرصد السوري"
    (phrase,) = quotes_of(nlp, 'وتعاني المدينة من وضع "إنساني مأساوي" وفق ما قال مسؤولون أكراد، وزاد الوضع سوءا.')
    assert phrase["text"] == "إنساني مأساوي" and phrase["speaker"]["text"] == "مسؤولون أكراد"


def test_quoted_source_after_a_relay_is_no_quote(nlp):
    found = quotes_of(nlp, 'وأعلنت الوزارة أن العدد بلغ 20 حالة، بحسب ما ذكرت "الوطن".')
    assert _texts(found) == ["العدد بلغ 20 حالة"]


def test_alman_anna_is_the_narrator_aside(nlp):
    assert quotes_of(nlp, "وأضاف الرجل على ذلك مشكلة دخول الأموال، علما بأنه لا يمكن استخراج التصريح إلا في بداية الشهر.") == []


def test_direct_only_cue_forms_as_nouns_and_names(nlp):
    text = ("نشرت الصحيفة بيانات للبرنامج، وتكشف عن وجود نحو مليون طلب عمل في مختلف المناطق، "
            "وأن عدد الوظائف الشاغرة لا يتجاوز 11 ألفا.")
    assert _texts(quotes_of(nlp, text)) == ["عدد الوظائف الشاغرة لا يتجاوز 11 ألفا"]
    assert quotes_of(nlp, 'ووقعت اتفاقات "المصالحة" وفق ما أفاد المرصد.') == []
