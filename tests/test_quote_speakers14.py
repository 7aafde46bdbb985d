"""Stop 14 quotes round (issue 12): speaker extents and dropped subjects, on sentences written for
these tests."""

from conftest import quotes_of


def _speaker(quote):
    return (quote["speaker"] or {}).get("text")


def test_office_phrase_runs_over_its_complement_to_the_name(nlp):
    (quote,) = quotes_of(nlp, "وأكد وكيل محافظ الهيئة العامة للاستثمار لخدمات واستشارات المستثمرين "
                              "خالد بن علي الحربي، أن القرار مهم.")
    assert _speaker(quote) == "وكيل محافظ الهيئة العامة للاستثمار لخدمات واستشارات المستثمرين خالد بن علي الحربي"
    assert quote["speaker_actor"] == "خالد بن علي الحربي"


def test_participle_complement_belongs_to_the_title(nlp):
    (quote,) = quotes_of(nlp, "وأوضح عضو مجلس إدارة النادي المشرف على المسابقة الدكتور سعيد بن أحمد الغامدي، "
                              "أن التواصل أمر ملح.")
    assert _speaker(quote) == "عضو مجلس إدارة النادي المشرف على المسابقة الدكتور سعيد بن أحمد الغامدي"


def test_a_person_in_the_object_is_not_the_title_name(nlp):
    found = quotes_of(nlp, "أعلنت الوزارة فرض عقوبات على الأمين العام خالد الحربي. وقالت الوزارة إن القرار نهائي.")
    assert [_speaker(quote) for quote in found] == ["الوزارة"]


def test_field_masdar_after_an_institution_belongs_to_it(nlp):
    (quote,) = quotes_of(nlp, "وأشار باحثون من المراكز الوطنية لمكافحة الأوبئة، إلى أن النسبة ارتفعت.")
    assert _speaker(quote) == "باحثون من المراكز الوطنية لمكافحة الأوبئة"


def test_purpose_masdar_after_a_bare_title_is_no_part_of_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال الوزير لتوضيح الموقف إن الخطة جاهزة.")
    assert _speaker(quote) == "الوزير"


def test_subject_set_off_before_kana(nlp):
    (quote,) = quotes_of(nlp, "يجدر التذكير أن وزير الدفاع الأسبق، خالد العلي، كان أعلن منذ سنوات أن "
                              "النساء سيخضعن للتجنيد.")
    assert quote["speaker_actor"] == "خالد العلي"


def test_participle_after_a_clause_opened_by_a_sentence_adverb(nlp):
    text = ("وفور وصول الضيوف أزاح الوزير الستار عن اللوحة, ثم بدئ الحفل بتلاوة آيات، بعد ذلك ألقى مدير الإدارة "
            "المهندس خالد بن سعد العتيبي, كلمة شكر فيها الحضور, مبيناً أن المبنى جديد.")
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker_actor"] == "خالد بن سعد العتيبي"


def test_manner_adverb_before_the_subject(nlp):
    found = quotes_of(nlp, "وقال الوزير إن الخطة جاهزة. وتساءل باستنكار الدكتور سالم الحربي: "
                           "تصوروا لو حدث ذلك كيف سيكون الموقف؟")
    assert found[1]["speaker_actor"] == "سالم الحربي"
    masdar = quotes_of(nlp, "وقال الوزير إن الخطة جاهزة. وتساءل باستنكار أستاذ الفقه الدكتور سالم الحربي "
                            "بقوله: تصوروا لو حدث ذلك كيف سيكون الموقف؟")
    assert masdar[1]["speaker_actor"] == "سالم الحربي"


def test_bare_prepositional_phrase_after_the_verb_leaves_the_subject_unspoken(nlp):
    (quote,) = quotes_of(nlp, 'وأجابت ببرودة أعصاب: "لا أعرف".')
    assert quote["speaker"] is None


def test_family_name_after_a_theophoric_name(nlp):
    (quote,) = quotes_of(nlp, "وقال عبد الرحمن بن رجاء الله الغامدي إن الخطة جاهزة.")
    assert _speaker(quote) == "عبد الرحمن بن رجاء الله الغامدي"


def test_conjoined_preposition_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "أطلق ناشطون من عدة دول وضمن حملة إلكترونية عبارات الاستياء، مبينين أن القرار ظالم.")
    assert _speaker(quote) == "ناشطون من عدة دول"


def test_feminine_country_after_a_masculine_verb_is_its_object(nlp):
    found = quotes_of(nlp, 'وقال رئيس الاتحاد في مؤتمر صحفي "إن ما حدث فضيحة"، وذلك بعدما اتهم إسرائيل '
                           'في وقت سابق باستخدام المباراة كـ "أداة سياسية".')
    assert [_speaker(quote) for quote in found] == ["رئيس الاتحاد", "رئيس الاتحاد"]
    (feminine,) = quotes_of(nlp, 'واتهمت إسرائيل الحركة باستخدام المدنيين كـ "دروع بشرية".')
    assert _speaker(feminine) == "إسرائيل"
    (masculine,) = quotes_of(nlp, "وقال العراق إن الحدود آمنة.")
    assert _speaker(masculine) == "العراق"


def test_inna_noun_before_a_telling_verb_is_its_subject(nlp):
    (quote,) = quotes_of(nlp, "ووفقا للصحيفة، فإن زوجة الشرطي السابقة أخطرت الشرطة مؤخرا بأن هناك جثة في القبو.")
    assert _speaker(quote) == "زوجة الشرطي السابقة"


def test_occasion_ends_the_search_for_the_title_holder(nlp):
    text = ("شارك وزير الشؤون الخارجية خالد العلي أمس في افتتاح القمة. واستعرض الوزير في كلمة ألقاها باسم "
            "رئيس الجمهورية سعيد المنصوري في اجتماع رؤساء الدول، تطور قطاع الأدوية. وأكد أن تونس حققت نتائج هامة.")
    (quote,) = quotes_of(nlp, text)
    assert _speaker(quote) == "الوزير" and quote["speaker_actor"] == "خالد العلي"


def test_bare_title_needs_an_earlier_holder_of_that_title(nlp):
    (quote,) = quotes_of(nlp, "التقى رئيس الحكومة سعيد المنصوري بالسفير. وقال الوزير إن اللقاء مهم.")
    assert quote["speaker_actor"] is None


def test_portfolio_after_a_title(nlp):
    (quote,) = quotes_of(nlp, "وقال وزير الدولة للشؤون الخارجية إن الخطة جاهزة.")
    assert _speaker(quote) == "وزير الدولة للشؤون الخارجية"
    (addressed,) = quotes_of(nlp, "وقال وزير الخارجية للصحفيين إن الوضع مستقر.")
    assert _speaker(addressed) == "وزير الخارجية"


def test_indefinite_word_after_a_name_before_the_report_is_the_name(nlp):
    (quote,) = quotes_of(nlp, "وأكد خالد سابق أن الشرائح يصعب تطبيقها.")
    assert _speaker(quote) == "خالد سابق"
    (adverb,) = quotes_of(nlp, "وقال أحمد مجددا إن الفريق جاهز.")
    assert _speaker(adverb) == "أحمد"


def test_ali_written_with_ya_after_a_given_name(nlp):
    (quote,) = quotes_of(nlp, "وقال المهندس عبدالله علي سابق: إن الشركات تبدأ من جديد.")
    assert _speaker(quote) == "المهندس عبدالله علي سابق"
    (preposition,) = quotes_of(nlp, "وقال عبدالله علي الهواء إن الفريق جاهز.")
    assert _speaker(preposition) == "عبدالله"


def test_feminine_cue_takes_the_woman_named_since_the_last_agreeing_subject(nlp):
    found = quotes_of(nlp, 'وقالت الصحيفة إن الرجل سيبقى في منصبه. وخلال دراسته التقى زوجته سارة العلي '
                           'والتي كانت تعمل في الشركة وتقول عن زوجها: "هو رجل طيب".')
    assert found[1]["speaker_actor"] == "سارة العلي"
    (_, unnamed) = quotes_of(nlp, "وقالت الصحيفة إن الرجل سيبقى. والتقى الوزير خالد العلي بالسفير، وأكدت أن اللقاء مهم.")
    assert _speaker(unnamed) == "الصحيفة"


def test_prepositional_phrase_with_a_hamza_noun_and_pronoun_ends_the_subject(nlp):
    (quote,) = quotes_of(nlp, "سكت الرجل بهدوئه المعتاد ثم قال: هل تعلم يا صديقي.")
    assert _speaker(quote) == "الرجل"


def test_bi_before_a_branch_belongs_to_the_title(nlp):
    (quote,) = quotes_of(nlp, "وأوضح الناطق الإعلامي بفرع الهيئة أن غرفة العمليات تلقت بلاغا.")
    assert _speaker(quote) == "الناطق الإعلامي بفرع الهيئة"
    (manner,) = quotes_of(nlp, "وقال الوزير بفرحة كبيرة إن الفريق فاز.")
    assert _speaker(manner) == "الوزير"


def test_masdar_after_lakin_is_the_fronted_subject_not_a_verb(nlp):
    (quote,) = quotes_of(nlp, 'لكن تحقيق خاص نشرته صحيفة "التايمز" كشف أن الشركة تمول الموقع.')
    assert _speaker(quote) == 'تحقيق خاص نشرته صحيفة "التايمز"'


def test_text_noun_after_a_preposition_is_no_cue(nlp):
    (quote,) = quotes_of(nlp, 'وجاء في نص الوثيقة: "يلزم كل مدير عام مكتب بخمسة أشخاص".')
    assert _speaker(quote) == "نص الوثيقة"
    (possessed,) = quotes_of(nlp, 'وختم الوزير حديثه: "شكرا لكم".')
    assert _speaker(possessed) == "الوزير"


def test_feminine_title_before_a_name_marks_a_woman_but_a_day_does_not(nlp):
    found = quotes_of(nlp, "وقالت الصحيفة إن الرجل سيبقى. الإعلامية سارة العلي تحدثت عن اللقاء قائلة إن الرجل طيب.")
    assert found[1]["speaker_actor"] == "سارة العلي"
    found = quotes_of(nlp, "وقالت الصحيفة إن المحكمة أجلت الجلسة، وفق ما صرح به يوم الجمعة خالد العلي. "
                           "وأضافت أن المتهمين حضروا.")
    assert _speaker(found[-1]) == "الصحيفة"
