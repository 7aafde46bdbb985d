from conftest import assert_offsets


def quotes(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return record["quotes"]


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
    assert quote["speaker"]["text"] == "سامر الخطيب"


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
