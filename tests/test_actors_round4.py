"""Actors on unseen general news, round 4 (issue 11): a bare head noun that the lexicon links joins the
body the article named with it, a head with its country's adjective or name is one body, and a person
mention keeps its name without a title, an honorific or a rank's complement. Sentences written for
these tests."""

from extract import Pipeline, read_text
from extract.extractors.actors import country_body_key, extract_actors

from conftest import phrase_spans

LEXICON = Pipeline(components=["normalize", "tokenize"])


def _actors_of(text, *phrases_and_labels):
    doc = LEXICON.process(read_text(text))
    doc.entities = phrase_spans(doc, *phrases_and_labels)
    return {actor.name: sorted(mention.text for mention in actor.mentions)
            for actor in extract_actors(doc).fields["actors"]}


# A lexicon actor named by its head alone (التحالف) after a body the article named with that head.

def test_a_bare_coalition_joins_the_coalition_named_before():
    text = "أغارت طائرات التحالف العربي على مواقع المسلحين، وقال قائد قوات التحالف إن التحالف أصاب أهدافه."
    doc = LEXICON.process(read_text(text))
    bare = text.rindex("التحالف")
    doc.entities = phrase_spans(doc, ("التحالف العربي", "ORG"), ("قوات التحالف", "ORG")) \
        + [doc.span(bare, bare + len("التحالف"), "ORG")]
    actors = {actor.name: sorted(mention.text for mention in actor.mentions) for actor in extract_actors(doc).fields["actors"]}
    assert actors == {"التحالف العربي": ["التحالف", "التحالف العربي", "قوات التحالف"]}


def test_a_bare_coalition_with_no_coalition_named_before_stays_the_lexicon_s():
    actors = _actors_of("وقال التحالف إن طائراته أصابت أهدافها.", ("التحالف", "ORG"))
    assert list(actors) == ["التحالف"]


def test_a_bare_head_does_not_join_a_body_of_another_kind():
    # الجيش المصري is a military; التحالف a coalition: no shared head, no join.
    actors = _actors_of("وقال الجيش المصري إن التحالف لم يبلغه.", ("الجيش المصري", "ORG"), ("التحالف", "ORG"))
    assert set(actors) == {"الجيش المصري", "التحالف"}


# A head with its country's adjective, or in construct with the country's name.

def test_a_team_named_by_its_nationality_and_by_its_country_is_one_team():
    actors = _actors_of("خسر منتخب البرازيل وديا، وقال مدرب المنتخب البرازيلي إن فريقه سيعود.",
                        ("منتخب البرازيل", "ORG"), ("المنتخب البرازيلي", "ORG"))
    assert actors == {"منتخب البرازيل": ["المنتخب البرازيلي", "منتخب البرازيل"]}


def test_a_government_named_by_its_country_joins_the_one_named_by_its_nationality():
    actors = _actors_of("انتقدت الحكومة الكويتية القرار، وقالت حكومة الكويت إنها سترد.",
                        ("الحكومة الكويتية", "ORG"), ("حكومة الكويت", "ORG"))
    assert list(actors) == ["الحكومة الكويتية"]


def test_bodies_of_two_countries_stay_two():
    actors = _actors_of("خسر منتخب البرازيل أمام المنتخب الألماني.", ("منتخب البرازيل", "ORG"), ("المنتخب الألماني", "ORG"))
    assert set(actors) == {"منتخب البرازيل", "المنتخب الألماني"}


def test_a_country_body_key_needs_the_adjective_after_a_definite_head_and_the_name_after_a_bare_one():
    assert country_body_key(["المنتخب", "البرازيلي"]) == ("منتخب", "BR")
    assert country_body_key(["منتخب", "البرازيل"]) == ("منتخب", "BR")
    assert country_body_key(["منتخب", "البرازيلي"]) is None  # not the construct of a country's name
    assert country_body_key(["المنتخب", "الوطني"]) is None
    assert country_body_key(["وزارة", "الخارجية"]) is None


# A person mention that starts with a title, an honorific or a rank's complement.

def test_an_honorific_before_a_family_name_is_left_out_and_the_name_joins_the_person():
    text = "رقي المهندس فهد بن سالم العتيبي إلى المرتبة العاشرة. وشكر المهندس العتيبي الوزارة."
    actors = _actors_of(text, ("فهد بن سالم العتيبي", "PER"), ("المهندس العتيبي", "PER"))
    assert actors == {"فهد بن سالم العتيبي": ["العتيبي", "فهد بن سالم العتيبي"]}


def test_the_complement_of_a_rank_after_a_title_is_left_out():
    actors = _actors_of("استقبل قائد المنطقة اللواء ركن ماجد بن حمد الشهري الوفد.", ("ركن ماجد بن حمد الشهري", "PER"))
    assert list(actors) == ["ماجد بن حمد الشهري"]


def test_an_honorific_that_ends_a_name_stays_in_it():
    # المهندس as a family name after the given name is part of the name.
    actors = _actors_of("أعلنت الفنانة سلوى المهندس اعتزالها.", ("سلوى المهندس", "PER"))
    assert list(actors) == ["سلوى المهندس"]


def test_a_rank_complement_with_no_title_before_it_stays():
    actors = _actors_of("افتتح ركن الدين الحلبي المعرض.", ("ركن الدين الحلبي", "PER"))
    assert list(actors) == ["ركن الدين الحلبي"]


# Where an institution's genitive stops before a conjunct.

def _institutions(text):
    from extract.ner.organisations import institutions
    return [span.text for span in institutions(LEXICON.process(read_text(text)))]


def test_a_second_prepositional_phrase_is_not_a_conjunct_of_the_name():
    assert _institutions("ونظرت في القضية محكمة الاستئناف ومن بعدها المحكمة العليا.")[0] == "محكمة الاستئناف"


def test_a_noun_coordinated_after_a_place_s_name_is_a_second_body():
    assert _institutions("شاركت شرطة منطقة تبوك وإدارة الدفاع المدني في التمرين.")[0] == "شرطة منطقة تبوك"


def test_an_indefinite_conjunct_after_a_common_noun_stays_in_the_name():
    assert _institutions("وصل فريق الإنقاذ وتقديم المساعدة إلى الموقع.")[0] == "فريق الإنقاذ وتقديم المساعدة"


# A second person joined by و.

def _persons(text):
    return [span.text for span in Pipeline().process(read_text(text)).entities if span.label == "PER"]


def test_a_given_name_after_the_conjunction_starts_a_second_person():
    assert _persons("استقبل المحافظ سلمان الدوسري وفهد القحطاني في مكتبه.") == ["سلمان الدوسري", "فهد القحطاني"]


def test_the_second_person_s_span_starts_after_the_conjunction():
    from extract.ner.persons import named_persons
    doc = LEXICON.process(read_text("حضر الحفل سلمان الدوسري وفهد القحطاني."))
    spans = named_persons(doc)
    assert [(span.text, doc.text[span.start:span.end]) for span in spans][-1] == ("فهد القحطاني", "فهد القحطاني")


def test_a_conjunction_before_a_pronoun_word_or_a_preposition_is_no_person():
    # ونظيره: و + نظير + the pronoun, not the name نظيرة; وعلى: and on.
    assert _persons("وصل الوزير ونظيره الأمريكي إلى المؤتمر.") == []
    assert _persons("وعلى الرغم من ذلك استمر العمل.") == []


def test_the_crf_confidence_of_a_span_after_a_proclitic_reads_its_own_token():
    from extract.ner.crf import crf_entities_with_confidence, load_model, model_path
    doc = LEXICON.process(read_text("التقى الوزير أحمد الخطيب وخالد العمري في الرياض."))
    _, confidence = crf_entities_with_confidence(doc, load_model(model_path(None)))
    start = doc.text.index("خالد العمري")
    inside = doc.span(start, start + len("خالد العمري"), "PER")
    whole = doc.span(start - 1, start + len("خالد العمري"), "PER")
    assert confidence(inside) == confidence(whole)


# An institution after a preposition; where its genitive and complement end.

def test_an_institution_after_a_preposition_is_still_an_institution():
    assert "نقابة المعلمين" in _institutions("وجه الوزير رسالة لنقابة المعلمين أمس.")
    assert "وزارة الصحة" in _institutions("قال مصدر بوزارة الصحة إن الوضع مستقر.")


def test_a_head_that_says_led_by_after_a_preposition_is_no_institution():
    assert _institutions("شنت قوات بقيادة الجيش غارات.") == []


def test_a_noun_with_a_pronoun_ends_no_genitive_of_a_body():
    assert _institutions("وانضم اللاعب إلى بعثة فريقه الجديد في المعسكر.") == []


def test_a_news_agency_s_name_goes_on_with_its_complement():
    assert _institutions("وقال المتحدث لوكالة المغرب للأنباء إن الوفد وصل.") == ["وكالة المغرب للأنباء"]


def test_a_later_longer_mention_joins_the_shorter_name_seen_first():
    actors = _actors_of("زار الدكتور ماجد حداد المعرض. وشكر الأعضاء الدكتور ماجد بن علي حداد لزيارته.",
                        ("ماجد حداد", "PER"), ("ماجد بن علي حداد", "PER"))
    assert actors == {"ماجد حداد": ["ماجد بن علي حداد", "ماجد حداد"]}


def test_a_longer_name_of_a_son_does_not_join_the_father():
    # سعود بن فيصل is the father named inside the son's name (a nasab chain must start the name).
    actors = _actors_of("حضر سعود بن فيصل الحفل، وألقى تركي بن سعود بن فيصل كلمة.",
                        ("سعود بن فيصل", "PER"), ("تركي بن سعود بن فيصل", "PER"))
    assert set(actors) == {"سعود بن فيصل", "تركي بن سعود بن فيصل"}


def test_a_longer_mention_that_fits_two_earlier_persons_joins_neither():
    actors = _actors_of("تحدث سامي ثم تحدث نادر، وأخيرا تكلم سامي نادر.",
                        ("سامي", "PER"), ("نادر", "PER"), ("سامي نادر", "PER"))
    assert len(actors) == 3


def test_an_institution_named_with_a_non_nisba_adjective_and_its_remit():
    assert _institutions("أعلنت المؤسسة العامة للتدريب التقني والمهني افتتاح فروع جديدة.") == \
        ["المؤسسة العامة للتدريب التقني والمهني"]
    assert _institutions("ونقضت المحكمة العليا الحكم.") == ["المحكمة العليا"]


def test_a_bare_complement_after_a_nisba_is_still_whom_the_body_spoke_to():
    assert _institutions("وقالت وزارة الخارجية الأردنية للصحفيين إن الوضع مستقر.")[0] == "وزارة الخارجية الأردنية"


def test_a_non_nisba_adjective_alone_does_not_make_a_common_noun_a_body():
    assert _institutions("وأكد أن المصلحة العامة تقتضي ذلك.") == []


def test_a_head_with_a_place_noun_that_points_back_is_the_body_named_with_its_place():
    actors = _actors_of("زار مدير شرطة منطقة تبوك الموقع، وقال الناطق باسم شرطة المنطقة إن الوضع آمن.",
                        ("شرطة منطقة تبوك", "ORG"), ("شرطة المنطقة", "ORG"))
    assert actors == {"شرطة منطقة تبوك": ["شرطة المنطقة", "شرطة منطقة تبوك"]}


def test_a_head_with_a_place_noun_and_no_body_named_before_stays_itself():
    actors = _actors_of("وقال الناطق باسم شرطة المنطقة إن الوضع آمن.", ("شرطة المنطقة", "ORG"))
    assert list(actors) == ["شرطة المنطقة"]


# A club by its place in the table.

def _organisations(text):
    return [span.text for span in Pipeline().process(read_text(text)).entities if span.label == "ORG"]


def test_a_city_club_with_its_place_in_the_table_is_a_club():
    assert "روما" in _organisations("وتراجع روما إلى المركز الخامس، ويحتل روما المركز الخامس برصيد 60 نقطة.")
    assert "ميلان" in _organisations("وبقي ميلان في المركز الرابع.")


def test_a_city_ranked_outside_a_table_is_no_club():
    # المركز with no rank after it is a centre, not a place in the table.
    assert "روما" not in _organisations("افتتح في روما المركز الثقافي العربي.")


# An institution named after a person.

def test_an_institution_named_after_a_titled_person_is_one_organisation_not_the_person():
    assert _organisations("تخرج الطالب في جامعة الأمير نايف بن سلطان العام الماضي.") == ["جامعة الأمير نايف بن سلطان"]
    assert _persons("تخرج الطالب في جامعة الأمير نايف بن سلطان العام الماضي.") == []


def test_a_head_before_a_common_adjective_names_no_namesake():
    assert _organisations("وأعلنت جامعة كبيرة عن وظائف.") == []


def test_a_titled_person_outside_an_institution_stays_a_person():
    assert _persons("واستقبل الأمير نايف بن سلطان الوفد.") == ["نايف بن سلطان"]


# The outlet of a dateline.

def _actor_names(text):
    return [actor["name"] for actor in Pipeline()(text)["actors"]]


def test_the_outlet_before_the_place_of_a_dateline_is_a_media_actor():
    assert _actor_names(" عين الخبر – الطائف\nافتتح المحافظ المعرض.") == ["عين الخبر"]


def test_the_outlet_between_the_reporter_and_the_place_is_a_media_actor():
    names = _actor_names(" سامي الحربي - الشرق الرياض: وصلت القافلة.")
    assert "الشرق" in names and "سامي الحربي" in names


def test_a_news_marker_or_a_headline_is_no_outlet():
    assert _actor_names(" عاجل - الرياض: وصل الوفد.") == []
    assert _actor_names("بريطانيا - أربعة محاور لاستراتيجية جديدة.") == []
    assert _actor_names("انتهت المباراة 2-1 في الرياض.") == []


def test_in_favour_of_after_a_preposition_is_no_institution():
    assert _institutions("وصوت المجلس لمصلحة القرار الجديد.") == []


def test_a_verb_written_with_alif_maqsura_is_no_adjective_of_a_name():
    # ألقى written القى normalizes like a nisba (القي) but its ى says it is a verb
    assert _institutions("وحضر ممثل وزارة الزراعة القى كلمة.")[0] == "وزارة الزراعة"
