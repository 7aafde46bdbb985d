"""Quotes on news the rules were not grown on (issue 12): speaker agreement, addressees, titles,
abbreviations and clauses that give a time or a reason. Sentences written for these tests."""

from conftest import quote_speakers, quotes_of


quotes = quotes_of


speakers = quote_speakers


def test_named_woman_keeps_her_verb_gender_for_the_next_unspoken_subject(nlp):
    found = quotes(nlp, "وذكرت ليلى الساعدي مديرة المدرسة أن الدروس تبدأ غدا. وأفادت أن المعلمات جاهزات.")
    assert [quote["text"] for quote in found] == ["الدروس تبدأ غدا", "المعلمات جاهزات"]
    assert found[1]["speaker_actor"] == found[0]["speaker_actor"] == "ليلى الساعدي"


def test_named_man_is_not_taken_by_a_feminine_verb(nlp):
    found = quotes(nlp, "وقال سامي الكافي إن الدروس تبدأ غدا. وأفادت الوزارة أن المعلمين جاهزون.")
    assert speakers(found) == ["سامي الكافي", "الوزارة"]


def test_definite_outlet_after_the_subject_is_the_addressee(nlp):
    (quote,) = quotes(nlp, "وأكدت الشرطة للصحيفة أن السائق اعتقل.")
    assert quote["speaker"]["text"] == "الشرطة"


def test_outlet_as_genitive_of_a_title_stays_in_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقال المدير التنفيذي للشبكة السورية لحقوق الإنسان فضل عبد الغني إن القصف مستمر.")
    assert quote["speaker_actor"] == "فضل عبد الغني"


def test_outlet_in_construct_is_skipped_for_the_subject_before_the_verb(nlp):
    (quote,) = quotes(nlp, "وكان الناطق الرسمي باسم المحكمة سامي الكافي قد صرح لوكالة تونس إفريقيا للأنباء "
                           "أن المتهم مثل أمام القضاء.")
    assert quote["speaker_actor"] == "سامي الكافي"
    assert "تونس" not in quote["speaker"]["text"]


def test_addressee_outlet_before_a_named_subject(nlp):
    (quote,) = quotes(nlp, "وقال لوكالة رويترز مدير المستشفى أحمد الفاضل إن الجرحى كثيرون.")
    assert quote["speaker"]["text"] == "مدير المستشفى أحمد الفاضل"


def test_nisba_alone_is_no_person_for_the_speaker(nlp):
    text = ('رحب رئيس الوزراء بالأخ أبو سيف الإماراتي. وقال وزير الدولة الإماراتي للشؤون الخارجية '
            'أنور قرقاش: "لنا علاقات تاريخية مع الجزيرة".')
    found = quotes(nlp, text)
    assert found[-1]["speaker_actor"] == "أنور قرقاش"


def test_masculine_state_body_agrees_with_qala(nlp):
    text = ("وتراجعت أسعار الذهب الاثنين. كان مجلس الاحتياطي رفع أسعار الفائدة الأميركية الأسبوع الماضي، "
            "وقال إنه يخطط لأربع زيادات أخرى.")
    (quote,) = quotes(nlp, text)
    assert quote["speaker"]["text"] == "مجلس الاحتياطي"


def test_government_still_agrees_with_qalat(nlp):
    (quote,) = quotes(nlp, "ورفعت الحكومة السورية الأسعار، وقالت إن العجز كبير.")
    assert quote["speaker_actor"] == "الحكومة السورية"


def test_demonstrative_after_jaa_is_no_speaker(nlp):
    (quote,) = quotes(nlp, "جاء ذلك في كلمة ألقاها الشيخ صالح العلي خلال زيارته، واصفا حالها بأنه لا يسر.")
    assert quote["speaker"]["text"] != "ذلك"
    assert quote["speaker_actor"] == "صالح العلي"


def test_abbreviation_with_points_does_not_end_the_speaker_zone(nlp):
    text = 'وقال كريم ناصر المحلل في أو.سي.بي.سي "الأسعار تظل مرتفعة عند هذا المستوى. السوق قوية".'
    (quote,) = quotes(nlp, text)
    assert quote["direct"] is True and quote["text"].startswith("الأسعار تظل مرتفعة")
    assert quote["speaker"]["text"] == "كريم ناصر"


def test_glued_point_between_long_words_still_ends_the_zone(nlp):
    found = quotes(nlp, "وقال المحلل في البنك.وأضاف أن السوق متقلب.")
    assert [quote["text"] for quote in found] == ["السوق متقلب"]


def test_one_letter_title_abbreviation_keeps_the_name_with_its_title(nlp):
    (quote,) = quotes(nlp, "وقال مدير المستشفى د. سالم العلي إن الجرحى كثيرون.")
    assert quote["speaker"]["text"] == "مدير المستشفى د. سالم العلي"
    assert quote["speaker_actor"] == "سالم العلي"


def test_one_letter_title_does_not_join_real_sentences(nlp):
    found = quotes(nlp, "وصل الوفد إلى المدينة. وقال الوزير إن المحادثات مستمرة.")
    assert [quote["text"] for quote in found] == ["المحادثات مستمرة"]


def test_preposition_after_a_statement_noun_is_no_object(nlp):
    text = ('وأكد سامي يوسف مدير الكرة في تصريحات إلى مجلة “الرياضة” الأسبوعية “نعتمد بشكل كبير على '
            'اللاعب. هذا ليس سرا”.')
    (quote,) = quotes(nlp, text)
    assert quote["text"] == "نعتمد بشكل كبير على اللاعب. هذا ليس سرا"
    assert quote["speaker_actor"] == "سامي يوسف"


def test_verb_object_then_preposition_is_still_no_report(nlp):
    assert quotes(nlp, "وأعلن الوزير عن خطة جديدة للمدارس.") == []


def test_reason_clause_after_the_object_is_no_report(nlp):
    text = "لكن النادي أكد للفريق الآخر تمسكه باللاعب وعدم الموافقة على بيعه هذا الصيف خاصة وأنه باع مهاجمه."
    assert quotes(nlp, text) == []


def test_temporal_clause_after_the_object_is_no_report(nlp):
    text = "وعدّ المدير البرنامج من أهم البرامج التي تقدمها المؤسسة بعد أن أثبتت الدراسات نجاحه."
    assert quotes(nlp, text) == []


def test_temporal_clause_before_the_report_is_read_past(nlp):
    (quote,) = quotes(nlp, "وقال الوزير بعد أن زار المدينة إن الوضع هادئ.")
    assert quote["text"] == "الوضع هادئ" and quote["speaker"]["text"] == "الوزير"


def test_family_name_of_nisba_form_still_names_its_person(nlp):
    found = quotes(nlp, "وقال المتحدث الإعلامي العقيد جمعان دايس الغامدي إن الحريق محدود. "
                        "وقال العقيد الغامدي إن التيار أعيد.")
    assert [quote["speaker_actor"] for quote in found] == ["جمعان دايس الغامدي"] * 2


def test_one_letter_title_before_a_name_the_ner_missed(nlp):
    (quote,) = quotes(nlp, "وأضاف م. جديع أن اللائحة شددت على التسهيلات.")
    assert quote["speaker"]["text"] == "م. جديع"


def test_singular_subject_then_plural_object_of_a_telling_verb(nlp):
    (quote,) = quotes(nlp, "وأبلغ المدير الموظفين بأن الشركة ستغلق.")
    assert quote["speaker"]["text"] == "المدير"


def test_plural_adjective_after_plural_head_stays(nlp):
    (quote,) = quotes(nlp, "وقال المسؤولون الأمريكيون إن الوضع صعب.")
    assert quote["speaker"]["text"] == "المسؤولون الأمريكيون"


def test_possessed_noun_after_the_subject_is_the_object(nlp):
    (quote,) = quotes(nlp, "وأبدى عدد من الخبراء الاقتصاديين اعتقادهم بأن الركود قادم.")
    assert quote["speaker"]["text"] == "عدد من الخبراء الاقتصاديين"


def test_possessed_noun_in_construct_stays_in_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقال رئيس حكومتها إن الوضع مستقر.")
    assert quote["speaker"]["text"] == "رئيس حكومتها"


def test_preposition_before_a_masdar_with_pronoun_ends_the_subject(nlp):
    (quote,) = quotes(nlp, "وطالبت منظمة العفو الدولية بحمايته، مؤكدة أن حياته في خطر.")
    assert quote["speaker"]["text"] == "منظمة العفو الدولية"


def test_preposition_before_a_feminine_noun_ends_the_subject(nlp):
    (quote,) = quotes(nlp, "ويطالب الخبراء بضرورة وقف البناء، مشيرين إلى أن الشاطئ مهدد.")
    assert quote["speaker"]["text"] == "الخبراء"


def test_derived_masdar_is_no_plural_subject(nlp):
    (quote,) = quotes(nlp, "زاد اختفاء الصحفي من مخاوف نشطاء في الخارج، إذ رأوا أن التقارير مقلقة.")
    assert quote["speaker"] is None or "اختفاء" not in quote["speaker"]["text"]


def test_emphatic_pronoun_noun_stays_in_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقال النائب نفسه إن المدينة فقيرة.")
    assert quote["speaker"]["text"] == "النائب نفسه"


def test_outlet_owner_of_an_outlet_noun_stays_in_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقال مراسل للصحيفة إن الوضع هادئ.")
    assert quote["speaker"]["text"] == "مراسل للصحيفة"


def test_kana_subject_before_a_perfect_without_qad(nlp):
    (quote,) = quotes(nlp, 'وكان الرئيس الأميركي وصف الاجتماع مع كيم بأنه "أفضل مما كان يتوقعه أي شخص".')
    assert quote["speaker"]["text"] == "الرئيس الأميركي"


def test_kana_without_a_cue_is_no_report(nlp):
    assert quotes(nlp, "كان من المقرر أن تعلن الوزارة النتائج.") == []


def test_contrast_after_a_comma_ends_the_speaker_zone(nlp):
    (quote,) = quotes(nlp, "ولم يكشف النادي قيمة الصفقة، لكن الموقع الإلكتروني للصحيفة أشار إلى أنه "
                           "يصل إلى 3 ملايين دولار.")
    assert quote["speaker"]["text"] == "الموقع الإلكتروني للصحيفة"


def test_statement_noun_blagh_is_a_circumstance(nlp):
    (quote,) = quotes(nlp, "أوضحت الداخلية في بلاغ لها أن دورية أمنية قامت بمداهمة.")
    assert quote["speaker"]["text"] == "الداخلية"


def test_illa_anna_in_a_speaker_zone_is_a_contrast(nlp):
    assert quotes(nlp, "تزوج من أميركية تدعى روث بيكر إلا أن الطلاق وقع أيضا.") == []


def test_quotation_after_bi_unwan_is_a_title_however_long(nlp):
    assert quotes(nlp, "وكتب مذكراته في 2014 بعنوان «رحلة لأحد أبناء أوباما: رحلة اكتشاف ذاتي».") == []


def test_form_four_cue_written_with_kasra_is_another_word(nlp):
    text = "ويجب عدم استخدام الهواتف إبان الأمطار خصوصا في المرتفعات، إذ إن هذه الأجهزة تجذب الصواعق."
    assert quotes(nlp, text) == []
    (quote,) = quotes(nlp, "وأبان المدير أن الأمطار غزيرة.")
    assert quote["speaker"]["text"] == "المدير"


def test_indefinite_object_after_a_lam_complement_ends_the_subject(nlp):
    (quote,) = quotes(nlp, "وأعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في الميناء، مشيرة إلى أن الخسائر كبيرة.")
    assert quote["speaker"]["text"] == "المؤسسة الوطنية للنفط"


def test_institution_named_for_its_members(nlp):
    (quote,) = quotes(nlp, "وقال الاتحاد الدولي للصحفيين إن الوضع صعب.")
    assert quote["speaker"]["text"] == "الاتحاد الدولي للصحفيين"
    (quote,) = quotes(nlp, "وقال الاتحاد للصحفيين إن الوضع صعب.")
    assert quote["speaker"]["text"] == "الاتحاد"


def test_nationality_form_after_a_personal_title_is_a_family_name(nlp):
    found = quotes(nlp, "وقال الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي إن الإرهاب مدان. "
                        "ودعا الدكتور التركي المولى جل وعلا أن يحفظ البلاد. وأفاد بأن الرابطة تلقت اتصالات.")
    assert [quote["speaker_actor"] for quote in found] == ["عبدالله بن عبدالمحسن التركي"] * 2


def test_surname_mention_takes_no_family_name_after_it(nlp):
    found = quotes(nlp, "دافع الرئيس الأميركي باراك أوباما عن الاتفاق. "
                        "وحذر أوباما المشرعين الأميركيين من أن رفض الاتفاق يهدد مصداقية البلاد.")
    assert found[-1]["speaker"]["text"] == "أوباما"


def test_rare_family_name_after_a_given_name_still_joins(nlp):
    (quote,) = quotes(nlp, "وقال الدكتور سعود الشريم إن الصيام عبادة.")
    assert quote["speaker"]["text"] == "الدكتور سعود الشريم"


def test_named_subject_of_a_feminine_verb_is_the_next_unspoken_speaker(nlp):
    found = quotes(nlp, "وطالبت هناء العلي بوجوب وضع قوانين تمنع الطرد. وأضافت أن هذه القوانين غائبة.")
    assert found[0]["speaker_actor"] == "هناء العلي"


def test_named_subject_of_a_masculine_verb_is_not_taken_by_adafat(nlp):
    (quote,) = quotes(nlp, "وزار سامي الكافي المدينة. وأضافت أن هذه القوانين غائبة.")
    assert quote["speaker"] is None


def test_organisation_keeps_either_gender(nlp):
    text = ('وتقول هيومن رايتس ووتش «إن التحقيقات كشفت استخدام أسلحة عشوائية في المدينة». '
            'وأضاف: «تتسم تلك الأسلحة بصعوبة تصويبها بدقة». ')
    found = quotes(nlp, text)
    assert [quote["speaker_actor"] for quote in found] == ["هيومن رايتس ووتش"] * 2
    found = quotes(nlp, text.replace("وأضاف", "وأضافت"))
    assert [quote["speaker_actor"] for quote in found] == ["هيومن رايتس ووتش"] * 2


def test_construct_plural_subject_is_plural(nlp):
    found = quotes(nlp, "واحتج موظفو الشركة أمس على تأخر الرواتب. وأوضحوا أنهم راجعوا الإدارة.")
    assert found[0]["speaker"]["text"] == "موظفو الشركة"


def test_nominative_plural_after_a_noun_like_verb(nlp):
    (quote,) = quotes(nlp, "وعبر المواطنون عن سعادتهم بالزيارة، مؤكدين أنهم مع الوطن.")
    assert quote["speaker"]["text"] == "المواطنون"


def test_genitive_plural_after_a_preposition_is_no_subject(nlp):
    (quote,) = quotes(nlp, "وزار الوزير المدينة عبر المطار، مؤكدا أن الرحلة ناجحة.")
    assert quote["speaker"]["text"] == "الوزير"


def test_feminine_noun_inside_one_name_stays(nlp):
    (quote,) = quotes(nlp, "وقالت الأمم المتحدة إن الرحلة ناجحة.")
    assert quote["speaker"]["text"] == "الأمم المتحدة"


def test_masculine_head_with_its_adjective_stays(nlp):
    (quote,) = quotes(nlp, "وقال الوزير السابق إن الرحلة ناجحة.")
    assert quote["speaker"]["text"] == "الوزير السابق"


def test_preposition_after_a_place_in_the_circumstance_is_no_object(nlp):
    (quote,) = quotes(nlp, 'وقال الوزير في تجمع حاشد في مدينة جدة على البحر الأحمر "أنزلوا ذلك العلم فورا".')
    assert quote["text"] == "أنزلوا ذلك العلم فورا" and quote["speaker"]["text"] == "الوزير"


def test_first_person_quotation_is_speech_not_a_name(nlp):
    (quote,) = quotes(nlp, 'وأعلن الوزير الذي زار المدينة مرتين "أنا متفائل جدا بفرص النجاح" قبل الاجتماع.')
    assert quote["text"] == "أنا متفائل جدا بفرص النجاح" and quote["speaker"]["text"] == "الوزير"


def test_quoted_name_after_an_object_preposition_is_still_no_quote(nlp):
    assert quotes(nlp, 'وأعلن الوزير عن "خطة السلام" الجديدة في المدينة.') == []


def test_negated_verb_opens_the_clause_whose_subject_goes_on(nlp):
    (quote,) = quotes(nlp, "ولم توضح الشركة بعد ما إذا كان الخرق كبيرا، لكنها أشارت إلى أنها أبلغت الشرطة.")
    assert quote["speaker"]["text"] == "الشركة"


def test_la_siyyama_opens_no_clause_with_a_subject(nlp):
    text = ('وأشار البيان إلى تداعيات خطيرة للقانون "على مستقبل التسوية، لا سيما الجهود المبذولة للسلام"، '
            'مؤكدا موقف مصر "الراسخ تجاه دعم الحقوق المشروعة".')
    found = quotes(nlp, text)
    assert found[-1]["speaker"]["text"] == "البيان"


def test_feminine_adjective_shows_a_broken_plural_head(nlp):
    found = quotes(nlp, "وأكدت الأسر المتضررة، أنها التقت أمس بممثل القنصلية. مشيرة إلى أن القنصلية تسلمت التقارير.")
    assert [quote["speaker"]["text"] for quote in found] == ["الأسر المتضررة"] * 2


def test_conjoined_verb_before_the_cue_is_no_subject(nlp):
    found = quotes(nlp, "مرض الملك وشعر باقتراب أجله. فأحضر زوجته الثالثة وقال لها: (أحببتك طيلة حياتي فهل ترافقيني؟)")
    assert found[0]["speaker"] is None or "فأحضر" not in found[0]["speaker"]["text"]


def test_announcement_noun_is_a_circumstance(nlp):
    (quote,) = quotes(nlp, "وأوضح البنك في إعلان نشره على موقع السوق اليوم أن هذه الإصدارات مهمة.")
    assert quote["speaker"]["text"] == "البنك"


def test_person_in_quotation_marks_after_a_title(nlp):
    found = quotes(nlp, "وقالت محامية الهيئة «حنان الخطيب»: إن 16 أسيرا مريضا يقبعون في المستشفى. "
                        "وأضافت الخطيب أن معظمهم يعانون الشلل.")
    assert [quote["speaker_actor"] for quote in found] == ["حنان الخطيب"] * 2


def test_aside_in_quotation_marks_before_the_complementizer(nlp):
    (quote,) = quotes(nlp, "وأفادت الهيئة في بيان صحفي «حصلت الجزيرة على نسخة منه» أن أكثر من 6000 أسير "
                           "ما زالوا في السجون.")
    assert quote["text"].startswith("أكثر من 6000 أسير") and quote["speaker"]["text"] == "الهيئة"


def test_relative_cue_after_an_indefinite_noun(nlp):
    (quote,) = quotes(nlp, "صدر الأمر بعد انتقادات من الصحفيين وساسة معارضين قالوا إن القواعد تمثل هجوما على الحرية.")
    assert quote["speaker"]["text"] == "وساسة معارضين"


def test_antecedent_that_disagrees_with_the_verb_is_no_speaker(nlp):
    (quote,) = quotes(nlp, "وألقت الشرطة القبض على رجل زعمت أنه يجند الشبان.")
    assert quote["speaker"]["text"] != "رجل"


def test_statement_noun_before_the_cue_is_no_antecedent(nlp):
    (quote,) = quotes(nlp, "وفي بيان قال إن الخطة جاهزة.")
    assert quote["speaker"] is None or quote["speaker"]["text"] != "بيان"
