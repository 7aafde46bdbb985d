"""Quotes, fourth round (issue 12): what fresh news text showed. Sentences written for these
tests; the names are made up."""

from conftest import quote_speakers, quotes_of


quotes = quotes_of


speakers = quote_speakers


def test_colon_speech_is_no_speaker_of_the_next_cue(nlp):
    found = quotes(nlp, "وقال المدرب سالم الفارس: الفوز مهم، سنلعب بقوة. وأضاف: الجمهور سيحضر بكثافة.")
    assert [quote["direct"] for quote in found] == [True, True]
    assert speakers(found)[1] in ("المدرب سالم الفارس", "الفارس", "سالم الفارس")


def test_colon_speech_after_tabaa_is_no_speaker_either(nlp):
    text = "وقال المدير رامي الخطيب: نريد فريقا قويا. وتابع: أحب هذا النادي، نعمل كثيرا. وأشار: الموسم طويل."
    found = quotes(nlp, text)
    assert len(found) == 3
    assert "أحب" not in speakers(found) and None not in speakers(found)


def test_lil_article_word_is_no_verb_of_a_previous_clause(nlp):
    text = ("وأشار الباحث ماهر العلوان إلى ضرورة حماية التراث الذي أهمل في المدارس، وللأدب الشعبي، "
            "وأضاف أن المكتبات تحتاج إلى دعم.")
    found = quotes(nlp, text)
    assert speakers(found) == ["الباحث ماهر العلوان"]


def test_quoted_outlet_after_a_talk_and_ila_is_no_quote(nlp):
    text = "وأشار الدكتور نبيل الساعدي خلال حديثه أمس إلى \"الأيام\"، إلى ضرورة تحسين الطرق في المدينة."
    assert quotes(nlp, text) == []


def test_quoted_phrase_after_ashara_ila_is_still_a_quote(nlp):
    text = "وأشار الخبير إلى \"تحسن كبير في أداء الطرق خلال العام\"، دون تفاصيل."
    found = quotes(nlp, text)
    assert len(found) == 1 and found[0]["direct"]


def test_a_journal_name_before_ila_anna_leaves_the_report_after_it(nlp):
    text = ("وخلص الباحث كريم الحداد وفريقه من معهد البحوث البحرية في جامعة تونس في بحثهم الذي نشر في دورية \"علوم البحار والمحيطات\" إلى أن "
            "درجة حرارة المياه ارتفعت خلال العقد الماضي.")
    found = quotes(nlp, text)
    assert len(found) == 1 and not found[0]["direct"]
    assert found[0]["text"].startswith("درجة حرارة المياه")


def test_a_person_named_like_a_month_is_the_speaker(nlp):
    text = ("التقت رئيسة الوزراء البريطانية جين ماي وزير الخارجية. وقال الوزير إن المحادثات كانت مفيدة. "
            "وكانت ماي قد قالت الأسبوع الماضي إن بلادها تدعم الاتفاق.")
    found = quotes(nlp, text)
    assert speakers(found) == ["الوزير", "ماي"]
    assert found[1]["speaker_actor"] == "جين ماي"


def test_the_month_after_the_speaker_is_still_a_time(nlp):
    found = quotes(nlp, "وقال الوزير خالد العمري في ماي الماضي إن المشروع سينتهي قريبا.")
    assert speakers(found) == ["الوزير خالد العمري"]


def test_a_quotation_after_bihasab_and_a_person_is_a_direct_quote(nlp):
    found = quotes(nlp, "وبحسب المتحدث باسم الشركة سامر الحلبي \"تأخرت الشحنة بسبب العاصفة\"، لكنها وصلت أمس.")
    assert len(found) == 1 and found[0]["direct"]
    assert found[0]["text"] == "تأخرت الشحنة بسبب العاصفة"
    assert speakers(found) == ["المتحدث باسم الشركة سامر الحلبي"]


def test_a_quotation_that_opens_its_sentence_then_hasab_and_a_person(nlp):
    found = quotes(nlp, "\"لن نرفع الأسعار هذا العام\"، حسب وزير التجارة.")
    assert len(found) == 1 and found[0]["direct"]
    assert speakers(found) == ["وزير التجارة"]


def test_bihasab_without_quotation_marks_is_no_quote(nlp):
    assert quotes(nlp, "وبحسب وزير التجارة ارتفعت الأسعار بنسبة قليلة هذا العام.") == []
    assert quotes(nlp, "وارتفعت الأسعار بنسبة قليلة هذا العام، حسب وزير التجارة.") == []


def test_bihasab_before_a_quoted_name_is_no_quote(nlp):
    assert quotes(nlp, "وبحسب صحيفة \"الأخبار اليومية\" ارتفعت الأسعار.") == []


def test_a_quotation_never_closed_runs_to_its_paragraph_end(nlp):
    text = "وتابع الوزير \"أرسلنا رسالة إلى الشركاء بأن الخطة ستنفذ (في موعدها).\nوعاد الوزير إلى مكتبه."
    found = quotes(nlp, text)
    assert len(found) == 1 and found[0]["direct"]
    assert found[0]["text"] == "أرسلنا رسالة إلى الشركاء بأن الخطة ستنفذ (في موعدها)"
    assert speakers(found) == ["الوزير"]


def test_the_next_paragraph_in_quotation_marks_goes_on_with_the_speaker(nlp):
    text = ("وتابع الوزير \"أرسلنا رسالة إلى الشركاء بأن الخطة ستنفذ.\n"
            "\"لن ننتظر موافقة أحد على حقوقنا.\"\n")
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["أرسلنا رسالة إلى الشركاء بأن الخطة ستنفذ",
                                                  "لن ننتظر موافقة أحد على حقوقنا"]
    assert speakers(found) == ["الوزير", "الوزير"]


def test_a_quoted_paragraph_after_a_closed_quotation_needs_its_own_cue(nlp):
    text = "وقال الوزير \"الخطة ستنفذ في موعدها\".\n\"لن ننتظر موافقة أحد على حقوقنا.\"\n"
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["الخطة ستنفذ في موعدها"]


def test_a_closing_mark_glued_to_a_word_opens_no_quotation(nlp):
    text = "وقال الوزير إن الخطة\" ستنفذ في موعدها.\nوعاد الوزير إلى مكتبه."
    found = quotes(nlp, text)
    assert len(found) == 1 and not found[0]["direct"]


def test_an_aside_inside_a_quotes_zone_gives_no_later_speaker(nlp):
    text = ("وذكر السائق، وهو أب يبلغ من العمر 40 عاما، وعرفه موقع \"الأخبار\" باسم مختصر، أنه كان عائدا "
            "من العمل. وقال: \"رأيت الجسر ينهار أمامي فجأة\".")
    found = quotes(nlp, text)
    assert speakers(found) == ["السائق", "السائق"]


def test_a_given_name_after_kama_is_the_clauses_verb(nlp):
    text = ("وقال المدير سامي الحداد إن الموظف كان مصدوما. كما نجا رجل كان يقف تحت الجسر، "
            "وقال للتلفزيون \"أعتقد أنها معجزة حقيقية\".")
    found = quotes(nlp, text)
    assert speakers(found) == ["المدير سامي الحداد", "رجل"]


def test_a_given_name_after_a_comma_is_still_no_verb(nlp):
    text = "وقال رئيس النادي، نجا الخطيب، إن الفريق جاهز. وأضاف أن المباراة صعبة."
    found = quotes(nlp, text)
    assert speakers(found) == ["رئيس النادي", "رئيس النادي"]


def test_lammaha_ila_anna_reports_speech(nlp):
    found = quotes(nlp, "ولمح الوزير إلى أن الحكومة ستغير سياستها قريبا.")
    assert speakers(found) == ["الوزير"]
    assert found[0]["text"] == "الحكومة ستغير سياستها قريبا"


def test_lamaha_with_an_object_reports_nothing(nlp):
    found = quotes(nlp, "ولمحت الشرطة سيارة مسرعة قرب الجسر، وقالت إن السائق فر.")
    assert [quote["text"] for quote in found] == ["السائق فر"]


def test_a_hollow_verbs_passive_reports_with_no_speaker(nlp):
    found = quotes(nlp, "وقال المدير إن العمال بخير. وقيل إن الحريق بدأ في المخزن.")
    assert speakers(found) == ["المدير", None]
    found = quotes(nlp, "وأفيد بأن الحريق اندلع في المصنع ليلا.")
    assert speakers(found) == [None] and found[0]["text"] == "الحريق اندلع في المصنع ليلا"


def test_a_passive_form_that_is_a_name_is_no_cue(nlp):
    found = quotes(nlp, "وزار أبين وفد حكومي، وقال رئيسه إن المساعدات ستصل.")
    assert [quote["text"] for quote in found] == ["المساعدات ستصل"]


def test_rughm_anna_in_a_verbs_zone_is_a_concession_not_a_report(nlp):
    text = "واتهم الحزب المعارض الحكومة بالفساد، ورغم أن الوزير لم يرد على الاتهام، إلا أنه قال إن التحقيق مستمر."
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["التحقيق مستمر"]


def test_an_accusative_participle_after_a_comma_ends_the_report(nlp):
    text = "ونفى الوزير الاتهامات بأن الشركة تتهرب من الضرائب، متهما \"جهات مجهولة\" بنشر الشائعات."
    found = quotes(nlp, text)
    assert found[0]["text"] == "الشركة تتهرب من الضرائب"


def test_a_noun_in_ta_marbuta_after_a_comma_goes_on_with_the_report(nlp):
    text = "وأكد المدير أن الفريق يحظى بدعم كبير من الإدارة، ومتابعة من الجمهور في كل المباريات."
    found = quotes(nlp, text)
    assert found[0]["text"] == "الفريق يحظى بدعم كبير من الإدارة، ومتابعة من الجمهور في كل المباريات"


def test_a_bylines_participle_label_is_no_cue(nlp):
    text = "الرياض- متابعة: كشف مدير الشرطة عن تسجيل أول بلاغ. وقال المدير: \"تلقينا الشكوى أمس صباحا\"."
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["تلقينا الشكوى أمس صباحا"]


def test_a_participle_after_a_closing_mark_still_reports(nlp):
    found = quotes(nlp, "وقال الوزير \"الوضع صعب جدا في المدينة\" مضيفا أن الفرق تعمل ليلا.")
    assert [quote["text"] for quote in found] == ["الوضع صعب جدا في المدينة", "الفرق تعمل ليلا"]


def test_an_assistants_lil_field_belongs_to_the_speaker(nlp):
    found = quotes(nlp, "وكشف وكيل الوزارة المساعد للتنمية الريفية سالم الحربي أن المشروع سيبدأ قريبا.")
    assert speakers(found) == ["وكيل الوزارة المساعد للتنمية الريفية سالم الحربي"]


def test_an_addressee_after_musaaid_is_still_cut(nlp):
    found = quotes(nlp, "وقال الطبيب المساعد للصحفيين إن المريض بخير.")
    assert speakers(found) == ["الطبيب المساعد"]


def test_a_texts_owner_after_li_is_the_speaker(nlp):
    found = quotes(nlp, "وجاء في بيان لجمعية حماية المستهلك أن الأسعار ارتفعت كثيرا.")
    assert speakers(found) == ["جمعية حماية المستهلك"]
    found = quotes(nlp, "وجاء في تصريح رسمي لغرفة عمليات الدفاع المدني أن \"الفرق أخمدت الحريق\".")
    assert speakers(found) == ["غرفة عمليات الدفاع المدني"]


def test_a_text_without_an_owner_stays_the_speaker(nlp):
    assert speakers(quotes(nlp, "وجاء في البيان أن الأسعار ارتفعت كثيرا.")) == ["البيان"]
    found = quotes(nlp, "وقال المدير في تصريح لصحيفة محلية إن الأشغال ستنتهي.")
    assert speakers(found) == ["المدير"]


PUNCTUATION_FREE = ("قال وزير الصحة ان المستشفيات استقبلت عشرات المصابين واضاف ان الوضع تحت السيطرة "
                    "مشيرا الى ان الفرق الطبية تعمل ليلا ونهارا وقالت المتحدثة باسم الهلال الاحمر نحن نحتاج "
                    "الى متطوعين وبحسب المتحدثة فان المخزون يكفي اسبوعا واكدت الشرطة انها اعتقلت ثلاثة "
                    "اشخاص ودعا المحافظ السكان الى الهدوء")


def test_a_punctuation_free_paragraph_splits_at_each_new_clause(nlp):
    found = quotes(nlp, PUNCTUATION_FREE)
    assert [quote["text"] for quote in found] == [
        "المستشفيات استقبلت عشرات المصابين", "الوضع تحت السيطرة", "الفرق الطبية تعمل ليلا ونهارا",
        "نحن نحتاج الى متطوعين", "اعتقلت ثلاثة اشخاص"]
    assert speakers(found) == ["وزير الصحة", "وزير الصحة", "وزير الصحة", "المتحدثة باسم الهلال الاحمر",
                               "الشرطة"]


def test_an_imperfect_or_a_verb_with_no_definite_subject_goes_on_with_the_report(nlp):
    found = quotes(nlp, "اكدت الشركة انها ستدعم المزارعين وتعلن الخطة الجديدة غدا")
    assert [quote["text"] for quote in found] == ["ستدعم المزارعين وتعلن الخطة الجديدة غدا"]
    found = quotes(nlp, "قال المدير ان العمال انهوا المشروع ورفضوا العطلة")
    assert [quote["text"] for quote in found] == ["العمال انهوا المشروع ورفضوا العطلة"]


def test_with_punctuation_an_attribution_verb_may_be_the_reports_content(nlp):
    found = quotes(nlp, "وأكد المدير أن الشركة تلقت عرضا جديدا ورفضت العرض.")
    assert [quote["text"] for quote in found] == ["الشركة تلقت عرضا جديدا ورفضت العرض"]


def test_with_punctuation_a_speech_verb_before_its_object_is_the_reports_content(nlp):
    found = quotes(nlp, "وقال المتحدث إن الجيش تقدم في الريف وأعلن السيطرة على القرية.")
    assert [quote["text"] for quote in found] == ["الجيش تقدم في الريف وأعلن السيطرة على القرية"]


def test_a_relative_clause_with_its_own_subject_reports_that_subjects_words(nlp):
    found = quotes(nlp, "والتحقيق مماثل للتحقيق الذي تقول الشركة إنه يهدد بقاءها.")
    assert speakers(found) == ["الشركة"] and found[0]["text"] == "يهدد بقاءها"


def test_a_relative_verb_that_disagrees_with_its_antecedent_has_an_unspoken_subject(nlp):
    found = quotes(nlp, "وانتقد الوزير الدول التي قال إنها تحاول إلقاء اللوم على بلاده.")
    assert speakers(found) == ["الوزير"]
    found = quotes(nlp, "وقال الرئيس إن بلاده تدعم الحوار. وانتقد الدول التي قال إنها تعرقل الاتفاق.")
    assert speakers(found) == ["الرئيس", "الرئيس"]


def test_a_relative_verb_that_agrees_with_its_antecedent_is_the_antecedents(nlp):
    found = quotes(nlp, "ونقلت الصحيفة عن الوزيرة التي قالت إن الخطة جاهزة.")
    assert speakers(found) == ["الوزيرة"]


def test_a_relay_with_a_cue_verb_reports_what_follows_fa_inna(nlp):
    found = quotes(nlp, "ووفق ما ذكرته صحيفة \"الأيام\" البريطانية، فإن المدرب اتصل بالرئيس.")
    assert len(found) == 1 and found[0]["text"] == "المدرب اتصل بالرئيس"
    assert found[0]["speaker_actor"] == "الأيام" or speakers(found) == ["صحيفة \"الأيام\""]
    found = quotes(nlp, "وحسبما أوردته وكالة الأنباء الرسمية، فإن الرئيس سيزور المدينة.")
    assert speakers(found) == ["وكالة الأنباء الرسمية"] and found[0]["text"] == "الرئيس سيزور المدينة"


def test_a_relay_without_a_cue_verb_or_after_its_content_is_no_quote(nlp):
    assert quotes(nlp, "وبحسب الوزير فإن الخطة جاهزة.") == []
    assert quotes(nlp, "وارتفعت الأسعار بحسب ما ذكرته الوزارة.") == []
    assert quotes(nlp, "وبحسب ما ذكره في بيانه فإن النيران امتدت.") == []


def test_sabaqa_li_x_an_qala_reports_xs_words(nlp):
    found = quotes(nlp, "وسبق لصحيفة \"الأيام\" أن قالت إن المدرب سيرحل قريبا.")
    assert len(found) == 1 and found[0]["text"] == "المدرب سيرحل قريبا"
    assert found[0]["speaker_actor"] == "الأيام" or speakers(found) == ["صحيفة \"الأيام\""]
    found = quotes(nlp, "وسبق أن قال الوزير إن الخطة جاهزة.")
    assert speakers(found) == ["الوزير"]


def test_a_masdar_after_rafada_is_still_no_report(nlp):
    assert quotes(nlp, "ورفض الوزير ذكر أسماء المعتقلين، وقال إن التحقيق مستمر.")[0]["text"] == "التحقيق مستمر"


def test_a_study_outside_an_occasion_phrase_is_the_speaker(nlp):
    found = quotes(nlp, "وهناك دراسة ثانية بينت أن الموظفين يتغيبون. وهناك بحث جديد بين أن الإنتاج يتراجع.")
    assert speakers(found) == ["دراسة ثانية", "بحث جديد"]


def test_ma_qila_is_what_was_said_not_a_report(nlp):
    assert quotes(nlp, "وينطبق عليه المثل: قد قيل ما قيل إن صدقا وإن كذبا.") == []


def test_qad_qila_inna_is_still_a_report(nlp):
    found = quotes(nlp, "وقد قيل إن الحريق بدأ في المخزن.")
    assert speakers(found) == [None] and found[0]["text"] == "الحريق بدأ في المخزن"
