"""Reported-speech grammar on sentences written for these tests, in several news styles (Saudi,
Tunisian, pan-Arab, sports, economy, politics), with negatives: a cue verb that introduces no
quote, and reported speech with no nameable speaker."""

import pytest

from conftest import quotes_of


quotes = quotes_of


def speaker_text(quote):
    return quote["speaker"]["text"] if quote["speaker"] else None


# --- the cue after the quotation ---------------------------------------------------------------

def test_cue_after_the_quotation_takes_the_speaker_after_it(nlp):
    (quote,) = quotes(nlp, "«لن نسمح بعودة الإرهاب إلى مدننا»، قال رئيس الوزراء العراقي في كلمة متلفزة.")
    assert quote["text"] == "لن نسمح بعودة الإرهاب إلى مدننا" and quote["direct"] is True
    assert speaker_text(quote) == "رئيس الوزراء العراقي" and quote["cue"]["text"] == "قال"


def test_imperfect_cue_after_the_quotation(nlp):
    (quote,) = quotes(nlp, "\"لا نريد سوى العودة إلى بيوتنا\" يقول أحد النازحين وهو يحمل طفله.")
    assert quote["text"] == "لا نريد سوى العودة إلى بيوتنا" and speaker_text(quote) == "أحد النازحين"


def test_quoted_slogan_followed_by_a_noun_is_not_a_postposed_quote(nlp):
    assert quotes(nlp, "«الأمن أولا» شعار رفعه المحتجون في الساحة.") == []


# --- subjects before and after the verb ---------------------------------------------------------

def test_subject_after_an_addressee_in_quotation_marks(nlp):
    (quote,) = quotes(nlp, 'من جهته أكد لـ"عكاظ" مدير الدفاع المدني بجدة أن فرق الإنقاذ انتشلت ثلاثة أشخاص.')
    assert quote["text"] == "فرق الإنقاذ انتشلت ثلاثة أشخاص"
    assert speaker_text(quote).startswith("مدير الدفاع المدني")


def test_subject_after_an_addressee_outlet(nlp):
    (quote,) = quotes(nlp, "وقال لوكالة الأنباء الفرنسية مدير المستشفى إن عدد الجرحى ارتفع إلى عشرين.")
    assert speaker_text(quote) == "مدير المستشفى"


def test_addressee_alone_leaves_the_subject_unspoken(nlp):
    found = quotes(nlp, "أكد وزير المالية أن العجز سيتراجع. وقال للصحفيين إن الميزانية ستعرض على البرلمان.")
    assert [speaker_text(quote) for quote in found] == ["وزير المالية", "وزير المالية"]


def test_kana_subject_before_an_imperfect_cue(nlp):
    (quote,) = quotes(nlp, 'بينما كان الجمهور يهتف "نريد اللقب" في المدرجات، اكتفى اللاعبون بتحية الأنصار.')
    assert quote["text"] == "نريد اللقب" and speaker_text(quote) == "الجمهور"


def test_kana_subject_before_a_perfect_cue_needs_qad(nlp):
    (quote,) = quotes(nlp, "وكانت وزارة الصحة التونسية قد أكدت أن الوضع الوبائي مستقر في صفاقس.")
    assert speaker_text(quote) == "وزارة الصحة التونسية"


# --- speaker phrase boundaries -----------------------------------------------------------------

def test_title_keeps_the_body_it_belongs_to(nlp):
    (quote,) = quotes(nlp, "قال الأمين العام لمجلس الوحدة الاقتصادية العربية إن التبادل التجاري تضاعف.")
    assert speaker_text(quote) == "الأمين العام لمجلس الوحدة الاقتصادية العربية"


def test_federation_keeps_its_field(nlp):
    (quote,) = quotes(nlp, "وأكد رئيس الجامعة التونسية لكرة القدم للصحفيين أن المنتخب جاهز لمواجهة مالي.")
    assert speaker_text(quote) == "رئيس الجامعة التونسية لكرة القدم"


def test_addressee_in_lam_still_ends_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقال وزير الداخلية لرئيس الوزراء إن الوضع الأمني تحت السيطرة.")
    assert speaker_text(quote) == "وزير الداخلية"


def test_place_that_starts_with_lam_is_not_an_addressee(nlp):
    (quote,) = quotes(nlp, "وكشفت شرطة لندن في بيان أنها أوقفت شخصين للاشتباه بهما.")
    assert speaker_text(quote) == "شرطة لندن"


def test_dash_sets_off_a_blessing_after_the_speaker(nlp):
    (quote,) = quotes(nlp, "وقد قال الإمام الشافعي ــ رحمه الله: (ما ناظرت أحدا إلا وددت أن يظهر الحق على لسانه).")
    assert speaker_text(quote) == "الإمام الشافعي"
    assert quote["text"] == "ما ناظرت أحدا إلا وددت أن يظهر الحق على لسانه"


# --- relayed speech ------------------------------------------------------------------------------

def test_masdar_after_a_relay_takes_the_speaker_after_an(nlp):
    (quote,) = quotes(nlp, "ونقلت وكالة الأنباء الرسمية عن مصدر مسؤول في وزارة الخارجية قوله إن بلاده ترفض أي تدخل.")
    assert speaker_text(quote) == "مصدر مسؤول في وزارة الخارجية"
    assert quote["text"] == "بلاده ترفض أي تدخل"


def test_qala_an_is_said_about(nlp):
    (quote,) = quotes(nlp, "وقال المدرب عن لاعبه الجديد إنه سيكون إضافة كبيرة للفريق.")
    assert speaker_text(quote) == "المدرب" and quote["text"] == "سيكون إضافة كبيرة للفريق"


# --- dropped subjects ----------------------------------------------------------------------------

def test_dropped_subject_after_a_verb_with_radical_lam(nlp):
    found = quotes(nlp, "والتقى وزير الاقتصاد المغربي نظيره الموريتاني في الرباط. وقال إن البلدين سيوقعان اتفاقا.")
    (quote,) = found
    assert speaker_text(quote).startswith("وزير الاقتصاد المغربي")


def test_participle_after_a_fronted_phrase_takes_the_honorific_subject(nlp):
    (quote,) = quotes(nlp, "وفي كلمته الختامية تحدث سماحته عن أهمية التسامح، مؤكدا أن الحوار طريق الأمان.")
    assert speaker_text(quote) == "سماحته" and quote["text"] == "الحوار طريق الأمان"


def test_participle_takes_the_feminine_subject_of_its_clause(nlp):
    (quote,) = quotes(nlp, "وفي المؤتمر الصحفي تحدثت الوزيرة عن الميزانية، مشيرة إلى أن العجز تراجع.")
    assert speaker_text(quote) == "الوزيرة"


def test_report_coordinated_with_the_verbs_object(nlp):
    (quote,) = quotes(nlp, "وأعلنت الهيئة عن برنامج لدعم الشركات الناشئة، وأن التسجيل يبدأ الأسبوع المقبل.")
    assert speaker_text(quote) == "الهيئة" and quote["text"] == "التسجيل يبدأ الأسبوع المقبل"


def test_considered_with_bianna(nlp):
    (quote,) = quotes(nlp, "وعدّ المحلل الاقتصادي هذه الأرقام بأنها مؤشر على تعافي السوق.")
    assert quote["text"] == "مؤشر على تعافي السوق" and speaker_text(quote) == "المحلل الاقتصادي"


# --- negatives -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعلنت الحكومة عن خطة جديدة لدعم المزارعين وعن زيادة الأجور.",  # the cue's object, no report
    "وتحدث الوزير عن الإصلاحات المقبلة أمام البرلمان.",  # a speech verb with only its topic
    "ويعد هذا القرار الأول من نوعه في المنطقة.",  # يُعدّ "is considered", no أن
    "بعد أن انتهى الاجتماع غادر الوفد العاصمة.",  # بعد أن is temporal
    "وبحسب المتحدث باسم الجيش، فإن القوات سيطرت على ثلاث قرى.",  # a bare بحسب, no cue verb
    "وصوتت الأحزاب كلها، فيما عدا الحزب الحاكم الذي أكد مرارا موقفه.",  # عدا "except", no shadda
    "ويتحدث الأهالي اللهجة المحلية في القرى الجبلية.",  # تحدث with no عن أن
    "وتفضل الأسر الزائرة «الكبسة» في المطاعم الشعبية.",  # one quoted term, no named speaker
])
def test_no_quote(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "ويقال إن الاجتماع تأجل بسبب خلافات بين الأطراف.",
    "ويذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.",
])
def test_impersonal_report_has_no_speaker_or_no_quote(nlp, text):
    assert all(quote["speaker"] is None for quote in quotes(nlp, text))


def test_attributed_phrase_of_an_unnamed_plural_subject(nlp):
    (quote,) = quotes(nlp, "ولمواجهة «الفوضى غير المسبوقة»، منعت السلطات التجمعات في المدينة.")
    assert quote["text"] == "الفوضى غير المسبوقة" and speaker_text(quote) == "السلطات"


def test_phrase_joined_by_wa_takes_the_same_speaker(nlp):
    found = quotes(nlp, "وكان المحتجون يرددون «لا للغلاء» أمام البرلمان و«نريد العمل» قبل أن يتفرقوا.")
    assert [quote["text"] for quote in found] == ["لا للغلاء", "نريد العمل"]
    assert {speaker_text(quote) for quote in found} == {"المحتجون"}


def test_relative_pronoun_is_never_the_speaker(nlp):
    (quote,) = quotes(nlp, "وانتقد الحزب التصريحات التي أدلى بها الوزير، والتي ادعى فيها أن المعارضة تتلقى دعما خارجيا.")
    assert quote["text"] == "المعارضة تتلقى دعما خارجيا" and speaker_text(quote) not in ("والتي", "التي")
