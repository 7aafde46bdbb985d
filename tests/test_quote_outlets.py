"""Quotes in the styles of outlets the first round was weakest on (issue 12, second round): radio
reports with a bare addressee, the occasion named again after في, clauses opened by كما, and
agreement with إحدى. Sentences written for these tests."""

from conftest import quote_speakers, quotes_of


quotes = quotes_of


speakers = quote_speakers


def test_occasion_named_again_after_fi_ends_the_speaker(nlp):
    found = quotes(nlp, "وتابع رئيس الاتحاد في نفس التغريدة: «سنفوز باللقب».")
    assert speakers(found) == ["رئيس الاتحاد"]
    found = quotes(nlp, "وقال وزير الصحة في البيان نفسه إن المستشفيات جاهزة.")
    assert speakers(found) == ["وزير الصحة"]


def test_fi_with_a_body_stays_in_the_speaker(nlp):
    found = quotes(nlp, "وقال الخبير في الاقتصاد إن الأسعار سترتفع.")
    assert speakers(found) == ["الخبير في الاقتصاد"]


def test_bare_reporter_after_an_unnamed_source_is_the_addressee(nlp):
    found = quotes(nlp, "وأفاد مصدر طبي مراسل الإذاعة، أن الجرحى نقلوا إلى المستشفى.")
    assert speakers(found) == ["مصدر طبي"]


def test_reporter_as_the_head_is_the_speaker(nlp):
    found = quotes(nlp, "وقال مراسل الإذاعة إن الجرحى نقلوا إلى المستشفى.")
    assert speakers(found) == ["مراسل الإذاعة"]


def test_ihda_is_feminine_and_a_kama_clause_gives_the_next_subject(nlp):
    text = ("وأكدت إحدى المتطوعات أنهن وزعن الأغطية. كما توجه معتمد الجهة إلى المكان "
            "وأكد للإذاعة أن المطلب تمت الموافقة عليه.")
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["وزعن الأغطية", "المطلب تمت الموافقة عليه"]
    assert speakers(found) == ["إحدى المتطوعات", "معتمد الجهة"]


def test_masculine_cue_does_not_go_to_ihda(nlp):
    found = quotes(nlp, "وأكدت إحدى المتطوعات أنهن وزعن الأغطية. وأكد للإذاعة أن المطلب تمت الموافقة عليه.")
    assert speakers(found)[1] != "إحدى المتطوعات"


def test_feminine_cue_after_ihda_keeps_her(nlp):
    found = quotes(nlp, "وأكدت إحدى المتطوعات أن المطلب تمت الموافقة عليه. وأضافت أن العائلة تلقت المساعدة.")
    assert speakers(found) == ["إحدى المتطوعات", "إحدى المتطوعات"]


def test_quoted_outlet_name_inside_a_title_goes_on_to_the_person(nlp):
    found = quotes(nlp, 'وأكدت مبعوثة الإذاعة "اف ام" سلمى الكافي أن المنزل سيبنى قريبا.')
    assert found[0]["speaker_actor"] == "سلمى الكافي"
    found = quotes(nlp, 'وقالت منظمة "أطباء بلا حدود" في بيان إن الطريق مغلق.')
    assert speakers(found) == ['منظمة "أطباء بلا حدود"']


def test_long_occasion_before_an_reaches_the_report(nlp):
    text = ('دعا رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب إلى دعم القضاة. وأوضح في تصريح لمراسل '
            '"الإذاعة الوطنية" على هامش مشاركته اليوم في ندوة نظمها اتحاد قضاة محكمة المحاسبات حول '
            '"دور القضاء المالي في تدعيم الحوكمة المحلية" أن نقص الموارد سيعطل الرقابة. '
            'وأضاف " يجب على الحكومة أن تعطي المثال".')
    found = quotes(nlp, text)
    assert [quote["text"] for quote in found] == ["نقص الموارد سيعطل الرقابة", "يجب على الحكومة أن تعطي المثال"]
    assert speakers(found) == ["رئيس الهيئة الوطنية لمكافحة الفساد"] * 2


def test_long_zone_past_a_comma_reports_nothing(nlp):
    text = ("وأعلن الوزير في تصريح للصحفيين على هامش زيارته اليوم إلى المعرض افتتاح الدورة الجديدة "
            "للمعرض الدولي للكتاب بمشاركة مئات من دور النشر العربية والأجنبية القادمة من عشرين بلدا، "
            "وسط توقعات المنظمين والناشرين والزوار بأن الإقبال سيكون كبيرا.")
    assert quotes(nlp, text) == []


def test_biqawlihi_goes_to_the_clause_subject_not_its_object(nlp):
    found = quotes(nlp, "وانتقد الوزير المعارضة بقوله إن مطالبها غير واقعية.")
    assert speakers(found) == ["الوزير"]
    found = quotes(nlp, "وعلق الوزير بقوله إن الحكومة لن تستقيل.")
    assert speakers(found) == ["الوزير"]
    found = quotes(nlp, 'وختم سامي الكافي حديثه بقوله: "سنعود أقوى".')
    assert found[0]["speaker_actor"] == "سامي الكافي"


def test_wafq_qawlihi_goes_to_the_clause_subject(nlp):
    found = quotes(nlp, "وتحدث الوزير عن الأزمة، وفق قوله، فإن الحكومة تعمل على حلها.")
    assert speakers(found) == ["الوزير"]


def test_qawlihi_after_a_person_it_is_ascribed_to(nlp):
    found = quotes(nlp, "ونسبت الصحيفة إلى الوزير أحمد الكافي قوله إن الحكومة لن تستقيل.")
    assert found[0]["speaker_actor"] == "أحمد الكافي"


def test_headline_speaker_colon_quotation(nlp):
    found = quotes(nlp, 'وزير الخارجية: "لن نقبل بأي تدخل في شؤوننا الداخلية"')
    assert speakers(found) == ["وزير الخارجية"]
    assert found[0]["text"] == "لن نقبل بأي تدخل في شؤوننا الداخلية" and found[0]["direct"]
    found = quotes(nlp, 'منظمة العفو الدولية: "السلطات اعتقلت عشرات الناشطين"')
    assert found[0]["speaker_actor"] == "منظمة العفو الدولية"


def test_headline_label_before_a_colon_is_no_speaker(nlp):
    assert quotes(nlp, 'عاجل: "انفجار قوي يهز وسط العاصمة صباح اليوم"') == []
    found = quotes(nlp, 'وأكد أن الأمر بسيط. الوضع: "صعب جدا ولا يحتمل التأجيل"')
    assert all(quote["speaker"] is None or quote["speaker"]["text"] != "الوضع" for quote in found)


def test_text_that_came_out_gives_its_author(nlp):
    found = quotes(nlp, 'ونشر الوزير تغريدة جاء فيها "البلاد قادرة على تنظيم البطولة".')
    assert speakers(found) == ["الوزير"]
    found = quotes(nlp, "وأصدرت الوزارة بيانا جاء فيه أن المدارس ستغلق غدا.")
    assert speakers(found) == ["الوزارة"]
    found = quotes(nlp, "وجاء في بيان الوزارة أن المدارس ستغلق غدا.")
    assert speakers(found) == ["بيان الوزارة"]


def test_hashtag_is_a_word_of_the_speaker_phrase(nlp):
    found = quotes(nlp, "وقال بطل مسلسل #الغربة إن العمل جهاد.")
    assert speakers(found) == ["بطل مسلسل #الغربة"]
    found = quotes(nlp, 'أبدى بطل مسلسل #الغربة، سامي الكافي، رضاه عن دوره، مؤكدا بقوله "إن العمل جهاد أيضا".')
    assert found[0]["speaker_actor"] == "سامي الكافي"


def test_a_body_keeps_its_field_and_a_responsible_participle_its_complement(nlp):
    found = quotes(nlp, "وأكدت المديرية العامة للشؤون الصحية بالمنطقة أن المستشفى يعمل.")
    assert speakers(found)[0].startswith("المديرية العامة للشؤون الصحية")
    found = quotes(nlp, "وقالت الهيئة المسؤولة عن حماية المستهلك إن الأسعار ارتفعت.")
    assert speakers(found) == ["الهيئة المسؤولة عن حماية المستهلك"]
    found = quotes(nlp, "وقال الوزير المكلف بالملف إن الأسعار ارتفعت.")
    assert speakers(found) == ["الوزير المكلف بالملف"]


def test_body_still_stops_at_its_addressee(nlp):
    found = quotes(nlp, "وقالت المديرية للصحفيين إن المستشفى يعمل.")
    assert speakers(found) == ["المديرية"]


def test_quoted_programme_name_in_construct_before_an(nlp):
    found = quotes(nlp, 'وقال ضيف "الحصاد" إن الحكومة فشلت.')
    assert speakers(found) == ['ضيف "الحصاد"']
    assert found[0]["text"] == "الحكومة فشلت"


def test_short_quotation_after_an_indefinite_subject_is_still_speech(nlp):
    found = quotes(nlp, 'وقال مصدر "الوضع خطير جدا".')
    assert speakers(found) == ["مصدر"]
    assert found[0]["text"] == "الوضع خطير جدا"


def test_cue_with_fiha_after_a_text_noun_gives_the_author(nlp):
    found = quotes(nlp, "ونشرت الوزارة صورة ذكرت فيها أن المدارس ستغلق غدا.")
    assert speakers(found) == ["الوزارة"]
    found = quotes(nlp, "ونشر الوزير تغريدة قال فيها إن المدارس ستغلق غدا.")
    assert speakers(found) == ["الوزير"]


def test_grounds_of_a_ruling_end_the_speaker(nlp):
    found = quotes(nlp, "وقالت المحكمة في حيثيات حكمها إن القانون واضح.")
    assert speakers(found) == ["المحكمة"]


def test_surname_the_article_repeats_completes_a_cut_name(nlp):
    text = "وذكر رئيس النادي الدكتور ظافر الشهري أن النادي درج على اللقاء. وأضاف الشهري أن الكتاب صدر."
    found = quotes(nlp, text)
    assert speakers(found)[0] == "رئيس النادي الدكتور ظافر الشهري"


def test_nationality_after_a_full_name_is_not_taken_as_a_surname(nlp):
    text = "وقال الرئيس محمد التونسي إن الاقتصاد يتحسن. وأكد الوزير التونسي أن الأسعار مستقرة."
    assert speakers(quotes(nlp, text)) == ["الرئيس محمد التونسي", "الوزير التونسي"]


def test_time_word_after_a_one_word_name_ends_the_speaker(nlp):
    found = quotes(nlp, "وقال الدكتور حاتم أمس إن المهرجان ينطلق غدا.")
    assert speakers(found) == ["الدكتور حاتم"]


def test_text_issued_by_a_body_resolves_to_the_body(nlp):
    found = quotes(nlp, "وأوضح بيان صادر عن وزارة الداخلية أن الطريق مغلق.")
    assert speakers(found) == ["بيان"] and found[0]["speaker_actor"] == "وزارة الداخلية"
    found = quotes(nlp, "وأوضح بيان صادر اليوم أن الطريق مغلق.")
    assert found[0]["speaker_actor"] is None


def test_sentence_adverb_after_the_cue_is_no_speaker(nlp):
    found = quotes(nlp, "الكاتب سامي الكافي، بدوره، أجاب على الأسئلة، وأوضح أولا أن الخوف على البلد.")
    assert found[0]["speaker_actor"] == "سامي الكافي"
    found = quotes(nlp, "وأكد مجددا الوزير أن الحكومة باقية.")
    assert speakers(found) == ["الوزير"]


def test_text_noun_after_commas_still_gives_its_author(nlp):
    text = 'ونشرت البعثة الأممية، الثلاثاء، صورة ذكرت فيها بأن البعثة "تبحث في التقارير المثيرة للقلق".'
    assert speakers(quotes(nlp, text)) == ["البعثة الأممية"]
    found = quotes(nlp, "وتحدث الوزير عن الخطة وقال فيها إن المدارس ستغلق.")
    assert speakers(found) == ["الوزير"]


def test_min_object_of_a_warning_verb_is_no_part_of_the_next_subject(nlp):
    found = quotes(nlp, "وحذر الخبراء من ارتفاع الأسعار، وأضافوا أن التضخم سيزيد.")
    assert speakers(found) == ["الخبراء"]
    found = quotes(nlp, "وقال مصدر من الشرطة إن الوضع خطير.")
    assert speakers(found) == ["مصدر من الشرطة"]


def test_fronted_topic_set_off_by_commas_is_the_later_subject(nlp):
    text = "الكاتب الساخر سامي الكافي، بدوره، أجاب على أسئلة الجمهور، وأوضح أولا أن الخوف على البلد."
    assert quotes(nlp, text)[0]["speaker_actor"] == "سامي الكافي"
    text = ("وقالت الوزيرة إن العائلة تلقت المساعدة. الوزير سامي الكافي، من جهته، زار المكان، "
            "وأكد أن المنزل سيبنى.")
    assert speakers(quotes(nlp, text)) == ["الوزيرة", "الوزير سامي الكافي"]


def test_fronted_place_phrase_is_no_topic(nlp):
    found = quotes(nlp, "وفي تونس، زار الوزير المكان، وأكد أن المنزل سيبنى.")
    assert found[0]["speaker_actor"] != "تونس"
