"""Quotes, third round (issue 12): a title whose person the NER layer missed keeps the name after
it, even where its first word is also a common noun (فلاح، نجاح). Sentences written for these
tests; the names are made up."""

from conftest import quote_speakers, quotes_of


quotes = quotes_of


speakers = quote_speakers


def test_missed_name_after_a_title_and_its_nisba_is_the_speaker(nlp):
    found = quotes(nlp, "كشف وزير الزراعة المغربي فلاح الزعيتري، الأحد، أن المحصول سيرتفع هذا العام.")
    assert speakers(found) == ["وزير الزراعة المغربي فلاح الزعيتري"]
    found = quotes(nlp, "وأكدت وزيرة الثقافة التونسية نجاح بوعلاق أن المهرجان سيقام في موعده.")
    assert speakers(found) == ["وزيرة الثقافة التونسية نجاح بوعلاق"]


def test_a_common_noun_after_the_nisba_is_still_the_object(nlp):
    found = quotes(nlp, "وطالب وزير الداخلية العراقي حكومة الإقليم بأن تسلم المطلوبين.")
    assert speakers(found) == ["وزير الداخلية العراقي"]


def test_a_title_after_the_nisba_is_the_addressee(nlp):
    found = quotes(nlp, "وأبلغ السفير الأمريكي رئيس الحكومة، أمس، أن بلاده ستدعم الخطة.")
    assert speakers(found) == ["السفير الأمريكي"]


def test_a_body_after_a_title_keeps_its_lil_field(nlp):
    found = quotes(nlp, "وقال رئيس الهيئة العامة للسياحة: سنفتح المتاحف مجانا.")
    assert speakers(found) == ["رئيس الهيئة العامة للسياحة"]
    found = quotes(nlp, "وأكد رئيس الهيئة الوطنية للإعلام أن القانون جاهز.")
    assert speakers(found) == ["رئيس الهيئة الوطنية للإعلام"]


def test_an_addressee_after_a_titled_body_is_still_cut(nlp):
    found = quotes(nlp, "وقال رئيس اللجنة الأولمبية للصحفيين إن الاستعدادات جيدة.")
    assert speakers(found) == ["رئيس اللجنة الأولمبية"]


def test_min_jiha_ukhra_is_a_sentence_adverb(nlp):
    found = quotes(nlp, "وبين المدير من جهة أخرى أن الأشغال ستنتهي قريبا.")
    assert speakers(found) == ["المدير"]
    found = quotes(nlp, "وأضاف الوزير من جانبه أن الخطة جاهزة.")
    assert speakers(found) == ["الوزير"]


def test_min_with_a_body_stays_in_the_speaker(nlp):
    found = quotes(nlp, "وقال مصدر من الشرطة إن الحادث وقع ليلا.")
    assert speakers(found) == ["مصدر من الشرطة"]


def test_an_academy_keeps_its_field(nlp):
    found = quotes(nlp, "وأعلنت الأكاديمية الملكية الهولندية للفنون أن الجائزة ستمنح لرسامة شابة.")
    assert speakers(found) == ["الأكاديمية الملكية الهولندية للفنون"]


def test_a_lam_addressee_after_an_appositive_name_is_no_verb(nlp):
    text = ('وقال مدير المدرسة، كمال برهوم، لخدمة بي بي سي العربية إنه لم يعلم بالأمر. '
            'وأضاف "الطلاب لا يذكرون أسماء عائلاتهم".')
    assert speakers(quotes(nlp, text)) == ["مدير المدرسة", "مدير المدرسة"]


def test_a_verb_opening_with_lam_still_gives_its_subject(nlp):
    text = "ولفت الوزير إلى أن المشروع تأخر، وأضاف أن التمويل متوفر."
    assert speakers(quotes(nlp, text)) == ["الوزير", "الوزير"]


def test_a_given_name_after_a_comma_is_no_verb_of_the_previous_clause(nlp):
    text = 'وكان رئيس الوزراء، رجب طيب أردوغان انتقد، الجمعة، السياسة النقدية؛ وقال "لن نقبل بهذه الفوائد".'
    assert speakers(quotes(nlp, text)) == ["رئيس الوزراء"]


def test_a_verb_that_is_no_name_still_opens_the_previous_clause(nlp):
    text = 'وعاد الوزير إلى العاصمة، وقال "سنبدأ العمل غدا".'
    assert speakers(quotes(nlp, text)) == ["الوزير"]


def test_a_topic_phrase_after_a_direct_only_cue_lets_the_colon_come_later(nlp):
    text = ("وقال المدرب سامي العلوي إن الفريق مستعد. "
            "وواصل حول مستقبل المنتخب الوطني في البطولة القارية المقبلة: سنقاتل حتى النهاية.")
    found = quotes(nlp, text)
    assert speakers(found) == ["المدرب سامي العلوي", "المدرب سامي العلوي"]
    assert found[1]["text"].startswith("سنقاتل")


def test_a_noun_with_its_topic_before_a_colon_is_no_quote(nlp):
    assert quotes(nlp, "وتواصل الجدل حول قرار الوزارة الأخير بشأن مواعيد الامتحانات الوطنية: الطلاب غاضبون.") == []
    assert quotes(nlp, "وزاد عن المبلغ المرصود في الميزانية العامة للعام الماضي: مليون دينار.") == []
