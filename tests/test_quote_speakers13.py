"""Speakers on unseen news (issue 12, stop 13): a من object after a verb of warning, a media noun
told after a definite subject, a guest-of apposition, a participle family name, a بـ masdar after
the previous verb, a sentence adverb between a fronted subject and its verb. Sentences written
for these tests."""

from conftest import quote_speakers, quotes_of


def test_min_object_ends_the_speaker_of_a_warning(nlp):
    (quote,) = quotes_of(nlp, 'وحذرت النقابة من تدهور الخدمات "في كل المستشفيات العمومية".')
    assert quote["speaker"]["text"] == "النقابة"


def test_min_phrase_stays_in_the_speaker_of_qala(nlp):
    (quote,) = quotes_of(nlp, "وقال مسؤول من الوزارة إن الطريق مغلق.")
    assert quote["speaker"]["text"] == "مسؤول من الوزارة"


def test_media_noun_after_a_definite_title_is_whom_it_was_told(nlp):
    (quote,) = quotes_of(nlp, 'وأبلغ الحارس موقع الاتحاد على الإنترنت: "سنعود أقوى في الموسم المقبل".')
    assert quote["speaker"]["text"] == "الحارس"


def test_media_noun_in_construct_stays_in_the_title(nlp):
    (quote,) = quotes_of(nlp, "وقال رئيس تحرير صحيفة الأنباء إن المطبعة توقفت.")
    assert quote["speaker"]["text"] == "رئيس تحرير صحيفة الأنباء"


def test_guest_of_a_show_is_set_off_after_the_name(nlp):
    (quote,) = quotes_of(nlp, "وأوضح المنسق العام للنقابة هشام بن سالم ضيف ميدي شو اليوم، أن الإضراب قائم.")
    assert quote["speaker"]["text"] == "المنسق العام للنقابة هشام بن سالم"


def test_guest_as_head_is_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال ضيف البرنامج إن الأسعار سترتفع.")
    assert quote["speaker"]["text"] == "ضيف البرنامج"


def test_participle_after_a_given_name_is_the_family_name(nlp):
    (quote,) = quotes_of(nlp, "وأكد رئيس البلدية كمال الحاكم أن الأشغال انتهت.")
    assert quote["speaker"]["text"] == "رئيس البلدية كمال الحاكم"


def test_given_name_alone_gets_no_family_name(nlp):
    (quote,) = quotes_of(nlp, "وقال المدرب نبيل إن الفريق جاهز.")
    assert quote["speaker"]["text"] == "المدرب نبيل"


def test_ba_masdar_after_a_verb_is_no_subject(nlp):
    found = quotes_of(nlp, "وسعت البلدية إلى تحسين الطرق، لكنها اعترفت بشن حملة هدم لتنظيم ما تقول إنه بناء عشوائي.")
    assert quote_speakers(found) == ["البلدية"]


def test_given_name_with_ba_is_a_subject(nlp):
    (quote,) = quotes_of(nlp, "وقال بسام الأحمد إن الطريق مغلق.")
    assert quote["speaker"]["text"] == "بسام الأحمد"


def test_side_adverb_between_fronted_subject_and_verb(nlp):
    (quote,) = quotes_of(nlp, "والمدير، من جهته، قال إن المصنع مغلق.")
    assert quote["speaker"]["text"] == "المدير"


def test_side_adverb_before_the_verb_keeps_the_subject_after_it(nlp):
    found = quotes_of(nlp, "وأعلن الوزير الخطة. ومن جهته، قال المدير إن المصنع مغلق.")
    assert quote_speakers(found) == ["المدير"]


def test_fronted_subject_loses_its_conjunction(nlp):
    (quote,) = quotes_of(nlp, "والشرطة قالت إن المتهم فر.")
    assert quote["speaker"]["text"] == "الشرطة"


def test_spokesman_of_a_pronoun_keeps_the_pronoun_affiliation(nlp):
    found = quotes_of(nlp, "وقالت الشرطة إن اللص فر. وأضاف المتحدث باسمها أن البحث جار.")
    assert quote_speakers(found) == ["الشرطة", "المتحدث باسمها"]


def test_pronoun_object_after_a_definite_subject_is_still_cut(nlp):
    (quote,) = quotes_of(nlp, "وختم الوزير حديثه: \"العمل مستمر\".")
    assert quote["speaker"]["text"] == "الوزير"


def test_occasion_after_a_quantifier_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وأوضح الاتحاد في أكثر من مناسبة أن الموعد ثابت.")
    assert quote["speaker"]["text"] == "الاتحاد"


def test_superlative_body_after_fi_stays_in_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال مسؤول في أكثر الوزارات نفوذا إن الموعد ثابت.")
    assert quote["speaker"]["text"].startswith("مسؤول في أكثر الوزارات")


def test_outlet_site_keeps_the_outlet_it_belongs_to(nlp):
    (quote,) = quotes_of(nlp, 'وقال الموقع الإلكتروني لإذاعة "صوت الشعب" إن الحريق انطفأ.')
    assert quote["speaker"]["text"] == 'الموقع الإلكتروني لإذاعة "صوت الشعب"'


def test_outlet_after_a_person_is_whom_it_was_told(nlp):
    (quote,) = quotes_of(nlp, 'وقال الوزير لإذاعة "صوت الشعب" إن الحريق انطفأ.')
    assert quote["speaker"]["text"] == "الوزير"


def test_quoted_name_of_an_association_stays_in_the_title(nlp):
    (quote,) = quotes_of(nlp, 'وقالت رئيسة جمعية "نماء" المتخصصة في التنمية، إن المشروع انطلق.')
    assert quote["speaker"]["text"] == 'رئيسة جمعية "نماء"'


def test_percentage_of_people_is_the_speaker(nlp):
    found = quotes_of(nlp, "وأظهر الاستطلاع تقدم الحزب. وقال 39 في المئة من الناخبين إنهم سيصوتون له.")
    assert quote_speakers(found)[-1] == "39 في المئة من الناخبين"


def test_counted_noun_is_the_speaker_but_a_date_is_not(nlp):
    assert quote_speakers(quotes_of(nlp, "وقال 12 نائبا إن الجلسة تأجلت.")) == ["12 نائبا"]
    found = quotes_of(nlp, "وقال الوزير إن الخطة جاهزة. وقال 12 مارس إن الجلسة تأجلت.")
    assert quote_speakers(found) == ["الوزير", "الوزير"]


def test_courtesy_title_before_a_ba_phrase_is_a_feeling(nlp):
    found = quotes_of(nlp, "وقال الكاتب سامي الكافي إن المسرحية جاهزة. وأكد سعادته باختيار نصه، مشيرا إلى أن العرض قريب.")
    assert quote_speakers(found) == ["الكاتب سامي الكافي", "الكاتب سامي الكافي"]


def test_courtesy_title_before_the_report_is_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وأكد سعادته أن العرض قريب.")
    assert quote["speaker"]["text"] == "سعادته"


def test_noun_of_lakin_set_off_by_a_comma_is_the_subject(nlp):
    found = quotes_of(nlp, 'وأعلنت الحركة عزل القائد. لكن مصدرًا بارزًا في الحركة، أكد لـ"الأنباء" أن القائد رفض القرار.')
    assert quote_speakers(found) == ["مصدرًا بارزًا في الحركة"]


def test_accusative_adverb_before_the_verb_is_still_no_subject(nlp):
    (quote,) = quotes_of(nlp, "وقديما قالوا إن الصبر مفتاح الفرج.")
    assert quote["speaker"] is None


def test_titled_subject_after_an_an_of_contrast_takes_the_participle(nlp):
    found = quotes_of(nlp, "وقال الوزير إن الخطة جاهزة. غير أن رئيس الحكومة أقر بوجود تقصير، مشيرا إلى أنه سيتابع الملف.")
    assert quote_speakers(found) == ["الوزير", "رئيس الحكومة"]


def test_titled_noun_after_an_without_its_verb_is_no_subject(nlp):
    found = quotes_of(nlp, "وقال المدير إن المصنع مغلق. وأضاف أن رئيس الحكومة، في زيارته، وعد بالدعم.")
    assert quote_speakers(found) == ["المدير", "المدير"]


def test_name_the_ner_missed_after_a_spokeswoman_title(nlp):
    (quote,) = quotes_of(nlp, "وقالت المتحدثة باسم المفوضية شابيا مانتو إن آلاف اللاجئين وصلوا.")
    assert quote["speaker"]["text"] == "المتحدثة باسم المفوضية شابيا مانتو"


def test_accusative_noun_after_a_definite_subject_is_still_its_object(nlp):
    (quote,) = quotes_of(nlp, 'وأصدرت الوزارة بيانا قالت فيه إن "الامتحانات في موعدها".')
    assert quote["speaker"]["text"] != "الوزارة بيانا"


def test_member_keeps_the_party_he_represents(nlp):
    (quote,) = quotes_of(nlp, "وقالت النائبة عن حزب العمال إيفيت كوبر إن الحكومة فشلت.")
    assert quote["speaker"]["text"] == "النائبة عن حزب العمال إيفيت كوبر"


def test_an_after_another_title_is_what_was_spoken_about(nlp):
    (quote,) = quotes_of(nlp, "وقال الوزير عن الحادث إنه مؤسف.")
    assert quote["speaker"]["text"] == "الوزير"


def test_theophoric_name_keeps_its_allah(nlp):
    (quote,) = quotes_of(nlp, "وصرح الأمين العام للحزب حسن نصر الله في خطاب متلفز بأن المقاومة جاهزة.")
    assert quote["speaker"]["text"] == "الأمين العام للحزب حسن نصر الله"


def test_locality_noun_after_fi_is_where_the_speaker_is(nlp):
    (quote,) = quotes_of(nlp, "وقال فرع وزارة الصحة التابعة للمعارضة في المدينة إن المستشفى تعرض للقصف.")
    assert quote["speaker"]["text"] == "فرع وزارة الصحة التابعة للمعارضة"


def test_body_after_fi_stays_in_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال مصدر في الاستخبارات إن الخلية فككت.")
    assert quote["speaker"]["text"] == "مصدر في الاستخبارات"


def test_title_with_an_adjective_keeps_its_lam_body(nlp):
    (quote,) = quotes_of(nlp, "وقال المدير الطبي للمستشفى الميداني إن الجرحى كثر.")
    assert quote["speaker"]["text"] == "المدير الطبي للمستشفى الميداني"


def test_bare_title_then_lam_is_whom_it_was_said_to(nlp):
    (quote,) = quotes_of(nlp, "وقال الرئيس للوفد إن العلاقات متينة.")
    assert quote["speaker"]["text"] == "الرئيس"


def test_lam_plural_of_people_after_a_title_is_the_addressee(nlp):
    (quote,) = quotes_of(nlp, "وقال الرئيس الفرنسي للمواطنين إن العلاقات متينة.")
    assert quote["speaker"]["text"] == "الرئيس الفرنسي"


def test_met_with_ba_ends_the_previous_subject(nlp):
    found = quotes_of(nlp, "وقال اللاعب إنه سعيد. والتقى المدرب بالصحفيين بعد المباراة وقال إن الفريق تعب.")
    assert quote_speakers(found) == ["اللاعب", "المدرب"]


def test_place_noun_after_a_definite_subject_is_the_object(nlp):
    found = quotes_of(nlp, "وقالت المنظمة إن الوضع خطير. وزار المبعوث الأممي المخيم، وأكد أن المساعدات غير كافية.")
    assert quote_speakers(found)[-1] == "المبعوث الأممي"


def test_percent_sign_stays_with_its_number(nlp):
    (quote,) = quotes_of(nlp, "فقد صرّح 13,8٪ بأن الخبرة ضرورية.")
    assert quote["speaker"]["text"] == "13,8٪"


def test_an_amount_of_money_is_no_speaker(nlp):
    found = quotes_of(nlp, "وقال المدير إن الشركة رابحة. وارتفعت الأرباح لتبلغ 6 مليارات ريال، وقال إن الأرباح جيدة.")
    assert all(not (speaker or "").startswith("6") for speaker in quote_speakers(found))


def test_relative_clause_joined_by_wa_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال المسؤول الثاني في الوزارة والذي طلب عدم نشر اسمه، إن الاتفاق قريب.")
    assert quote["speaker"]["text"] == "المسؤول الثاني في الوزارة"


def test_ba_name_after_a_bare_naming_head(nlp):
    (quote,) = quotes_of(nlp, "وأكدت جمعية بوصلة أن الجلسة خرقت القانون.")
    assert quote["speaker"]["text"] == "جمعية بوصلة"


def test_ba_phrase_after_an_indefinite_non_naming_noun_still_belongs(nlp):
    (quote,) = quotes_of(nlp, "وقال مصدر بوزارة الداخلية إن الحكم جائر.")
    assert quote["speaker"]["text"] == "مصدر بوزارة الداخلية"


def test_title_the_ner_took_for_a_family_name_starts_an_apposition(nlp):
    (quote,) = quotes_of(nlp, 'وقال رضا طورمان القاضي السابق في المحكمة الأوروبية "القانون جعل الانتخابات أقل أمنا".')
    assert quote["speaker"]["text"] == "رضا طورمان"


def test_compound_given_name_keeps_its_family_name(nlp):
    (quote,) = quotes_of(nlp, "وقال الشيخ عبد الله الحكيم الشهير إن الحكم جائر.")
    assert quote["speaker"]["text"] == "الشيخ عبد الله الحكيم"


def test_name_word_that_is_also_a_cue_stays_in_the_name(nlp):
    found = quotes_of(nlp, "قال مدير المكتب كريستوفر راي أمام اللجنة إن التحقيقات كثيرة. وأضاف راي أن الهجمات خطيرة.")
    assert quote_speakers(found)[0] == "مدير المكتب كريستوفر راي"


def test_first_person_verb_right_after_the_cue_is_the_speech(nlp):
    found = quotes_of(nlp, "وقال الرئيس إن الائتلاف قوي. وحول الاتهامات الموجهة للائتلاف قال أؤكد وبشكل حازم "
                           "أن لا علاقة لأي دولة بالانتخابات.")
    assert quote_speakers(found) == ["الرئيس", "الرئيس"]
    assert found[1]["text"].startswith("أؤكد")


def test_given_name_with_alif_after_the_cue_is_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال أحمد إن الطريق مغلق.")
    assert quote["speaker"]["text"] == "أحمد"


def test_fronted_topic_phrase_is_no_subject(nlp):
    found = quotes_of(nlp, "وقال نائب رئيس الائتلاف سامي الكافي إن الائتلاف قوي. وحول أهداف قيادة الائتلاف "
                           "في المرحلة القادمة أشار إلى أن الأولوية للحوار.")
    assert quote_speakers(found) == ["نائب رئيس الائتلاف سامي الكافي"] * 2


def test_name_set_off_before_its_verb_is_the_subject(nlp):
    (quote,) = quotes_of(nlp, 'ويذكر أن الرئيس الأمريكي، دونالد ترامب، قال في تغريدة: "مات الكثيرون".')
    assert quote["speaker"]["text"] == "دونالد ترامب"


def test_name_set_off_before_a_conjoined_verb_is_not(nlp):
    (quote,) = quotes_of(nlp, "التقى الوزير بالرئيس الأمريكي، دونالد ترامب، وقال إن اللقاء مثمر.")
    assert quote["speaker"]["text"] == "الوزير"


def test_subject_before_kana_qad(nlp):
    (quote,) = quotes_of(nlp, "وتجدر الإشارة إلى أن الادعاء العام الألماني كان قد أعلن يوم الخميس أنه فتح التحقيق.")
    assert quote["speaker"]["text"] == "الادعاء العام الألماني"


def test_office_in_construct_keeps_its_portfolio_before_the_name_title(nlp):
    (quote,) = quotes_of(nlp, "وقالت وكيل الوزارة للتعليم الدكتورة هيا العواد إن المدارس جاهزة.")
    assert quote["speaker"]["text"] == "وكيل الوزارة للتعليم الدكتورة هيا العواد"


def test_lam_people_after_an_office_in_construct_is_the_addressee(nlp):
    (quote,) = quotes_of(nlp, "وقال وكيل الوزارة للصحفيين إن الأرباح ارتفعت.")
    assert quote["speaker"]["text"] == "وكيل الوزارة"


def test_noun_of_inna_with_its_verb_is_the_subject_of_a_later_cue(nlp):
    found = quotes_of(nlp, "ورغم أن الموعد لم يحدد بعد، فإن مسؤولين يتوقعون أن يفتتح الجسر قريبا، ويقولون إنه سيعزز التجارة.")
    # يتوقعون أن is itself a report (a prediction through a subjunctive أن); both are theirs.
    assert set(quote_speakers(found)) == {"مسؤولين"}
    assert any("سيعزز التجارة" in quote["text"] for quote in found)


def test_dateline_place_is_no_fronted_topic(nlp):
    text = ("أتلانتا، الولايات المتحدة (CNN) – أكد الرئيس الأمريكي دونالد ترامب أنه لا يعلم بعد موعد الزيارة، "
            "وأشار إلى أن هناك تغييرات كثيرة قادمة.")
    assert quote_speakers(quotes_of(nlp, text)) == ["الرئيس الأمريكي دونالد ترامب"] * 2


def test_verb_asking_not_to_be_named_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, 'وقال مسؤول في وزارة الخارجية فضل عدم الكشف عن هويته "نتخذ الإجراءات اللازمة".')
    assert quote["speaker"]["text"] == "مسؤول في وزارة الخارجية"


def test_short_lam_word_after_a_given_name_is_part_of_the_name(nlp):
    (quote,) = quotes_of(nlp, 'وقالت سارة ليا ويتسن المديرة التنفيذية بالمنظمة "الوضع سيئ".')
    assert quote["speaker"]["text"].startswith("سارة ليا ويتسن")


def test_lam_pronoun_after_a_given_name_is_whom_it_was_said_to(nlp):
    (quote,) = quotes_of(nlp, "وقالت سارة لها إن الوضع سيئ.")
    assert quote["speaker"]["text"] == "سارة"


def test_indefinite_head_with_a_feminine_nisba_agrees_with_a_feminine_participle(nlp):
    found = quotes_of(nlp, "تحدثت صحف يونانية عن المؤامرة، قائلة إن الجارة وراء الحرائق.")
    assert quote_speakers(found) == ["صحف يونانية"]


def test_noun_of_lakin_before_a_plural_verb_is_the_participles_subject(nlp):
    found = quotes_of(nlp, "وكانت الحكومة قد وافقت على المشروع لكن أنصار البيئة طعنوا على القرار قائلين إن المنجم خطير.")
    assert quote_speakers(found) == ["أنصار البيئة"]


def test_memo_and_framework_after_fi_end_the_speaker(nlp):
    found = quotes_of(nlp, "وأشارت الإدارة في مذكرة اطلعت عليها الوكالة إلى أن البنوك قدمت قروضا. "
                           "وقالت الشرطة في إطار التحقيق إنها صادرت أموالا.")
    assert quote_speakers(found) == ["الإدارة", "الشرطة"]


def test_plural_noun_ending_in_waw_alif_is_no_verb(nlp):
    (quote,) = quotes_of(nlp, "وقال مسؤولون إن الخطة جاهزة.")
    assert quote["speaker"]["text"] == "مسؤولون"


def test_name_between_a_verb_and_biqawlihi_is_its_subject(nlp):
    found = quotes_of(nlp, 'وضم الوفد الصيني نحو ألف شخص، وهو ما علق عليه فلاديمير بوتين بقوله، "إن هذا دليل على قوة علاقتنا".')
    assert quote_speakers(found) == ["فلاديمير بوتين"]


def test_bracketed_name_after_a_naming_noun_stays_in_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "قالت دورية (لانسيت) الطبية إن اللوائح ناقصة.")
    assert quote["speaker"]["text"] == "دورية (لانسيت) الطبية"


def test_bracketed_aside_after_a_title_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال الوزير (في تصريح لاحق) إن الخطة جاهزة.")
    assert quote["speaker"]["text"] == "الوزير"


def test_ba_place_head_keeps_where_the_body_sits(nlp):
    (quote,) = quotes_of(nlp, "وقال أمين عام مجلس التنمية بمنطقة عسير إن الموسم ناجح.")
    assert quote["speaker"]["text"] == "أمين عام مجلس التنمية بمنطقة عسير"
