"""Actors on blind-annotated fresh news (issues 10 and 11, stop 14): units and bodies named by a
generic head (فرقة، مديرية), airlines (الخطوط + nationality), a company's quoted name, and words that
are no person (a name after a place head, a plural in construct, a noun with the pronoun ك).
Sentences written for these tests."""

from extract import Pipeline, read_text

PIPELINE = Pipeline()


def _entities(text, label):
    return [span.text for span in PIPELINE.process(read_text(text)).entities if span.label == label]


def _actors(text):
    return [actor.name for actor in PIPELINE.process(read_text(text)).fields["actors"]]


# Units and bodies named by a generic head.

def test_a_unit_takes_the_force_it_belongs_to_as_its_complement():
    assert "فرقة الشرطة العدلية للحرس الوطني بقابس" in _entities(
        "وأوقفت فرقة الشرطة العدلية للحرس الوطني بقابس ثلاثة أشخاص.", "ORG")


def test_a_force_after_a_civil_body_is_whom_it_serves_not_its_parent():
    orgs = _entities("وقدمت وزارة الصحة الدعم الطبي للجيش الوطني.", "ORG")
    assert "وزارة الصحة" in orgs and not any("وزارة الصحة" in org and "للجيش" in org for org in orgs)


def test_a_directorate_with_a_common_noun_is_a_body():
    assert "مديرية مرور الرياض" in _entities("وأعلنت مديرية مرور الرياض إغلاق الطريق.", "ORG")
    assert "المديرية العامة للجوازات" in _entities("وأوضحت المديرية العامة للجوازات أن التأشيرات جاهزة.", "ORG")


def test_a_directorate_before_a_rare_name_is_a_district():
    assert _entities("وصل الوفد إلى مديرية حبيل جبر بمحافظة لحج.", "ORG") == []


def test_an_airline_is_named_by_its_nationality():
    assert "الخطوط الجوية الكويتية" in _entities("وسيرت الخطوط الجوية الكويتية رحلة إضافية.", "ORG")
    assert _entities("وأعلنت طائرة تابعة للخطوط المغربية هبوطها.", "ORG") == ["للخطوط المغربية"]


def test_lines_with_an_adjective_are_no_airline():
    assert _entities("وتجاوز الفريق الخطوط الحمراء والخطوط الأمامية للخصم.", "ORG") == []


def test_a_company_is_named_in_quotation_marks():
    assert "نخيل" in _entities('ووقعت شركة "نخيل" عقدا جديدا مع الحكومة.', "ORG")


# Words that are no person.

def test_a_name_after_a_place_head_names_the_place():
    assert _entities("ويقطن المتهم بحي ابن رشد وسط المدينة.", "PER") == []
    assert _entities("ويقيم في حي أحمد الشامي قرب السوق.", "PER") == []


def test_the_same_name_as_a_subject_stays_a_person():
    assert _entities("وقال أحمد الشامي إن السوق هادئ.", "PER") == ["أحمد الشامي"]


def test_a_plural_in_construct_is_no_person():
    # the corpus writes this plural mostly in its oblique form (الطيارين), hardly ever الطيارون
    assert _entities("وهو قرار رفضه طيارو الخطوط الليبية", "PER") == []


def test_a_noun_with_the_pronoun_of_address_is_no_person():
    assert _entities("اكتب رأيك أكد الوزير أن الطريق مفتوح.", "PER") == []


def test_a_local_unit_takes_the_place_it_sits_in():
    assert "فرقة مكافحة الإرهاب بالقرجاني" in _entities("وأحيل المتهم على فرقة مكافحة الإرهاب بالقرجاني للتحقيق.", "ORG")
    assert "مديرية الشؤون الصحية بمنطقة تبوك" in _entities("وحذرت مديرية الشؤون الصحية بمنطقة تبوك السكان.", "ORG")


def test_a_unit_does_not_take_a_manner_phrase_with_b():
    assert "فرقة الشرطة العدلية" in _entities("وأوقفت فرقة الشرطة العدلية بالتنسيق مع الجيش المشتبه به.", "ORG")


def test_a_title_with_its_portfolio_word_is_no_ministry():
    assert _entities("واستقبل وزير شؤون الدفاع القطري ضيفه.", "ORG") == []


def test_a_closing_world_adjective_after_two_nisbas():
    assert "الاتحاد الطلابي العربي العالمي" in _entities("وانعقد مؤتمر الاتحاد الطلابي العربي العالمي في القاهرة.", "ORG")


# Actors merged across aliases.

def test_an_organisation_head_before_a_listed_actor_names_that_actor():
    assert _actors("وتبنت منظمة الأمم المتحدة القرار، ورحبت الأمم المتحدة بالاتفاق.") == ["الأمم المتحدة"]


def test_a_bare_state_force_read_as_a_name_joins_the_named_army():
    actors = PIPELINE.process(read_text("وتقصف قوات النظام السوري البلدة منذ أيام، وتقدمت القوات الحكومية نحو وسطها.")).fields["actors"]
    assert [(actor.name, len(actor.mentions)) for actor in actors] == [("الجيش السوري", 2)]


def test_a_countrys_leadership_is_its_government():
    actors = PIPELINE.process(read_text("ودعت القيادة الفلسطينية إلى اجتماع، وقالت الحكومة الفلسطينية إنها ستحضر.")).fields["actors"]
    assert [sorted(mention.text for mention in actor.mentions) for actor in actors] == [["الحكومة الفلسطينية", "القيادة الفلسطينية"]]


def test_a_foreign_name_transcribed_two_ways_is_one_person():
    assert _actors("وصل المبعوث جيسون بارتون إلى عمان، وقال جايسن بارتون إن المحادثات جيدة.") == ["جيسون بارتون"]


def test_two_listed_given_names_with_one_family_name_are_two_persons():
    assert len(_actors("وحضر محمد الزهراني ومحمود الزهراني الحفل.")) == 2


def test_two_family_names_side_by_side_are_two_persons():
    text = "التقى المبعوث ديفيد بارتون بالرئيس سامي حداد، ثم أبلغ بارتون حداد بالخطة."
    actors = {actor.name: [mention.text for mention in actor.mentions]
              for actor in PIPELINE.process(read_text(text)).fields["actors"]}
    assert "بارتون حداد" not in actors and "حداد" in actors.get("سامي حداد", [])


def test_a_directorate_before_a_definite_name_is_a_district():
    assert _entities("وقصفت الطائرات مديرية المخادر بمحافظة إب.", "ORG") == []


def test_a_toponym_after_b_is_no_person_but_the_units_seat():
    text = "وأذنت النيابة لفرقة الأبحاث للحرس الوطني بعين دراهم بالاحتفاظ بالمتهم."
    assert _entities(text, "PER") == []
    assert "فرقة الأبحاث للحرس الوطني بعين دراهم" in _entities(text, "ORG")


def test_one_unit_named_with_and_without_its_area_word_is_one_actor():
    text = ("وتمكنت فرقة الأبحاث لمنطقة الحرس الوطني بالقيروان من حجز البضاعة، "
            "وأذنت النيابة لفرقة الأبحاث للحرس الوطني بالقيروان بالاحتفاظ بالمتهمين.")
    actors = PIPELINE.process(read_text(text)).fields["actors"]
    assert [len(actor.mentions) for actor in actors if actor.kind != "government"] == [2]


def test_two_ministries_of_two_countries_stay_two():
    assert len(_actors("وقالت وزارة الداخلية السعودية إن وزارة الداخلية المصرية تعاونت معها.")) == 2


def test_a_dual_ministry_head_names_one_ministry_per_portfolio():
    assert _entities("وأحال المجلس الملف إلى وزارتي العدل والخارجية للنظر فيه.", "ORG") == ["وزارتي العدل", "الخارجية"]


def test_a_plural_ministry_head_before_a_list_of_portfolios():
    orgs = _entities("وشاركت وزارات الصحة، والزراعة، والشؤون الاجتماعية في الحملة.", "ORG")
    assert orgs == ["وزارات الصحة", "الزراعة", "الشؤون الاجتماعية"]


def test_ministries_of_a_state_are_no_portfolios():
    assert _entities("واجتمع ممثلو وزارات الدولة والهيئات الحكومية أمس.", "ORG") == []


def test_the_others_after_an_institution_are_no_part_of_its_name():
    assert _entities("ودعا إلى احترام مجلس الشورى وباقي المجالس المنتخبة.", "ORG") == ["مجلس الشورى"]


def test_a_portfolio_list_leaves_a_conjunct_that_is_an_institution_whole():
    orgs = _entities("وشاركت وزارات الصحة، والتعليم، والرئاسة العامة لرعاية الشباب في الحملة.", "ORG")
    assert "الرئاسة العامة لرعاية الشباب" in orgs or "والرئاسة العامة لرعاية الشباب" in orgs


def test_a_family_name_ending_like_a_pronoun_stays_in_the_name():
    assert _entities("وكتب الروائي سامر بريك الحلبي مقالا عن المدينة.", "PER") == ["سامر بريك الحلبي"]


def test_two_short_given_names_with_one_family_name_are_two_persons():
    assert len(_actors("وكان جون بارسونز لاعبا معروفا، وقالت شقيقته جين بارسونز إنه اعتزل.")) == 2


def test_a_head_written_with_the_pronoun_before_an_adjective_is_no_body():
    assert _entities("ولعب الحارس سنوات في فرقه السنية قبل انتقاله إلى العاصمة.", "ORG") == []


# Written after the held-out draw was scored (persons running on into the next word).

def test_a_dual_verb_after_two_names_is_no_part_of_the_second():
    assert _entities("ولا يزال الثنائي سامي الدوسري وفهد جابر يواصلان برنامجهما.", "PER") == ["سامي الدوسري", "فهد جابر"]


def test_a_family_name_with_a_proclitic_after_another_is_the_second_person():
    text = "والتقى ديفيد بارتون والرئيس سامي حداد أمس. وقال بارتون لحداد إن الخطة جاهزة."
    actors = {actor.name: [mention.text for mention in actor.mentions]
              for actor in PIPELINE.process(read_text(text)).fields["actors"]}
    assert actors == {"ديفيد بارتون": ["ديفيد بارتون", "بارتون"], "سامي حداد": ["سامي حداد", "حداد"]}


# The CRF's persons the combination dropped (main's second dev draw).

def test_a_nisba_family_name_the_crf_reads_extends_the_lexicon_person():
    # الشهري is also the adjective "monthly": the corpus tests doubt it, the CRF reads the name on.
    assert _entities("وألقى مدير المدرسة ناصر عابد الشهري كلمة في الحفل.", "PER") == ["ناصر عابد الشهري"]


def test_a_definite_common_noun_after_a_name_stays_out():
    assert _entities("وحضر الأمير تميم بن حمد الوفد المرافق له.", "PER") == ["تميم بن حمد"]


def test_a_sure_crf_family_name_after_a_nasab_chain_extends_the_person():
    assert _entities("وكرمت الجمعية الباحثة نورة بنت عبد الله الحصين في الحفل.", "PER") == ["نورة بنت عبد الله الحصين"]


def test_a_place_with_the_preposition_l_before_a_given_name_is_no_part_of_the_name():
    assert _entities("وقال الإمام السابق لمونتيني حسان الجزيري إن الوضع هادئ.", "PER") == ["حسان الجزيري"]
    assert _entities("وقال لؤي حسان إن الوضع هادئ.", "PER") == ["لؤي حسان"]
