"""Actors, third round on unseen general news (issues 10 and 11): names read in part by the CRF go on
over name particles, halves of one name join, and bodies named only by their function or cut short
after a deputy's title. Sentences written for these tests."""

from extract import Pipeline, read_text

PIPELINE = Pipeline()


def _entities(text: str, label: str) -> list[str]:
    return [span.text for span in PIPELINE.process(read_text(text)).entities if span.label == label]


def _actors(text: str) -> list[str]:
    return [actor.name for actor in PIPELINE.process(read_text(text)).fields["actors"]]


# A kunya or a foreign surname's particle and the word after it go on with the name.

def test_kunya_after_a_nasab_chain_goes_on_with_the_name():
    persons = _entities("وحضر اللقاء مدير الشرطة اللواء سعد بن عبدالله أبو زيدان وعدد من المسؤولين.", "PER")
    assert "سعد بن عبدالله أبو زيدان" in persons


def test_foreign_particle_goes_on_with_the_name():
    assert "روبن فان بيرسي" in _entities("وسجل المهاجم روبن فان بيرسي هدفين في المباراة.", "PER")
    assert "ماركو دا سيلفا" in _entities("وقال الرئيس ماركو دا سيلفا إن الاقتصاد ينمو.", "PER")


def test_a_name_that_ends_in_a_particle_takes_the_word_after_it():
    assert "فرانك دي بور" in _entities("وصرح المدرب فرانك دي بور بأن فريقه مستعد.", "PER")


def test_a_particle_before_a_function_word_does_not_extend_the_name():
    persons = _entities("وقال الدكتور سعد بن عبدالله أبو في المؤتمر إن الخطة جاهزة.", "PER")
    assert not any(person.endswith("في") for person in persons)


def test_a_two_word_place_after_a_name_is_not_taken_into_it():
    persons = _entities("وصل الشيخ سعد بن عبدالله أبو ظبي أمس.", "PER")
    assert not any("ظبي" in person for person in persons)


def test_a_name_read_in_two_halves_is_one_person():
    from extract.ner.persons import joined_name_particles
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("وقال يروين ديسلبلوم إن الاجتماع مثمر."))
    first, second = doc.span(5, 10, "PER"), doc.span(11, 19, "PER")
    assert (first.text, second.text) == ("يروين", "ديسلبلوم")
    assert [span.text for span in joined_name_particles(doc, [first, second])] == ["يروين ديسلبلوم"]


def test_persons_apart_by_a_conjunction_stay_two():
    from extract.ner.persons import joined_name_particles
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("التقى يروين وديسلبلوم أمس."))
    first, second = doc.span(6, 11, "PER"), doc.span(13, 21, "PER")
    assert (first.text, second.text) == ("يروين", "ديسلبلوم")
    assert len(joined_name_particles(doc, [first, second])) == 2


# A body named only by its function is no actor; after a deputy's title the لـ complement is the remit.

def test_head_with_only_an_adjective_of_function_is_no_actor():
    actors = _actors("وحددت اللجنة المركز الانتخابي رقم 12 في الحي الشمالي لتسجيل المرشحين.")
    assert not any("المركز" in actor for actor in actors)


def test_head_with_a_function_adjective_and_a_proclitic_is_no_actor():
    actors = _actors("وقال الأمين العام للمجلس التنفيذي في النادي إن الفريق جاهز للموسم.")
    assert not any("مجلس" in actor for actor in actors)


def test_function_adjective_with_a_complement_still_names_a_body():
    actors = _actors("وقال نائب رئيس المجلس التنفيذي لإمارة دبي إن المشروع يبدأ العام المقبل.")
    assert "المجلس التنفيذي لإمارة دبي" in actors


def test_body_with_a_naming_adjective_stays_an_actor():
    actors = _actors("وأعلن المجلس العسكري أن الانتخابات تجري في موعدها.")
    assert "المجلس العسكري" in actors


def test_deputy_title_keeps_its_remit_out_of_the_ministry():
    actors = _actors("وأكد وكيل وزارة الداخلية لشؤون الأمن أن الخطة تسير وفق الجدول.")
    assert "وزارة الداخلية" in actors
    assert not any("لشؤون" in actor for actor in actors)


def test_ministry_complement_without_a_deputy_stays_in_the_name():
    actors = _actors("وأعلنت وزارة الدولة لشؤون الاستثمار أن الخطة تسير وفق الجدول.")
    assert any("لشؤون الاستثمار" in actor for actor in actors)


# A lexicon alias that is a country's body without its nationality goes by the article's country.

def test_national_army_in_an_article_about_another_country_is_that_countrys_army():
    actors = _actors("وتقدم الجيش الوطني نحو مواقع المسلحين في محافظة تعز اليمنية، وقال مصدر يمني إن المعارك مستمرة.")
    assert "الجيش اليمني" in actors
    assert "الجيش الوطني السوري" not in actors


def test_national_army_in_an_article_about_its_own_country_keeps_its_link():
    actors = _actors("وسيطر الجيش الوطني على قرى في ريف حلب بدعم تركي، وقالت المعارضة السورية إن القصف مستمر.")
    assert "الجيش الوطني السوري" in actors


def test_national_army_of_a_country_the_lexicon_lacks_links_to_no_other_army():
    actors = _actors("وقال مسؤول مصري إن الجيش الوطني سيطر على المدينة.")
    assert "الجيش الوطني السوري" not in actors


def test_a_person_after_a_person_with_a_conjunction_glued_on_stays_apart():
    from extract.ner.persons import joined_name_particles
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("ولعب سالم الحربي وروبينهو أمس."))
    first, second = doc.span(5, 16, "PER"), doc.span(17, 25, "PER")
    assert (first.text, second.text) == ("سالم الحربي", "وروبينهو")
    assert len(joined_name_particles(doc, [first, second])) == 2


# Clubs named by common words: a gap in the standings and a dual team noun are team cues.

def _orgs(text: str) -> list[str]:
    return _entities(text, "ORG")


def test_the_team_behind_in_the_standings_is_a_club():
    assert "الرائد" in _orgs("وتقدم الفريق بفارق نقطتين عن الرائد في جدول الترتيب.")
    assert "الرائد" in _orgs("وابتعد الفريق في الصدارة بفارق 7 نقاط عن الرائد.")


def test_a_gap_not_counted_in_points_or_goals_makes_no_club():
    assert "الرائد" not in _orgs("وفاز المرشح بفارق كبير عن الرائد في استطلاعات الرأي.")
    assert "الرائد" not in _orgs("وقال الرائد أحمد إن الوضع هادئ في المدينة.")


def test_clubs_after_a_dual_club_noun_are_clubs():
    orgs = _orgs("ويتنازع ناديا يوفنتوس وبرشلونة على ضم اللاعب.")
    assert "يوفنتوس" in orgs and "برشلونة" in orgs


def test_a_mined_club_joined_by_and_to_a_cued_one_is_a_club():
    orgs = _orgs("وبقي الفريق بفارق الأهداف عن الشباب والفتح في المركز العاشر.")
    assert "الشباب" in orgs and "الفتح" in orgs


def test_a_common_word_joined_by_and_to_no_cued_club_stays_a_word():
    assert "الشباب" not in _orgs("وشارك الشباب والفتيات في الحفل الذي أقيم أمس.")


# A title with a proclitic is still a title: its second word names no institution.

def test_a_ministers_title_with_a_proclitic_names_no_ministry():
    actors = _actors("وقال النائب السابق لوزير الخارجية الأمريكي إن الضربة لن تفيد.")
    assert not any("الخارجية" in actor for actor in actors)


def test_the_ministry_named_by_its_spokesman_stays_an_actor():
    actors = _actors("وقال متحدث باسم الخارجية الأمريكية إن الضربة لن تفيد.")
    assert any("الخارجية الأمريكية" in actor for actor in actors)


# A club written with its club noun and nationality and without them is one actor.

def _mentions(text: str) -> dict[str, list[str]]:
    return {actor.name: [mention.text for mention in actor.mentions]
            for actor in PIPELINE.process(read_text(text)).fields["actors"]}


def test_a_club_with_and_without_its_club_noun_and_nationality_is_one_actor():
    mentions = _mentions("وكان اللاعب يلعب في نادي شالكه الألماني، وقال مدرب شالكه إن الفريق جاهز.")
    assert mentions == {"نادي شالكه الألماني": ["نادي شالكه الألماني", "شالكه"]}


def test_a_club_after_its_definite_club_noun_is_the_club_named_before():
    mentions = _mentions("جدد اللاعب عقده مع الأهلي، وقال رئيس النادي الأهلي إن العقد لمدة موسمين.")
    assert mentions == {"الأهلي": ["الأهلي", "النادي الأهلي"]}


def test_a_body_sharing_a_word_with_a_team_stays_apart():
    mentions = _mentions("وقالت وزارة الصحة إن الوضع مستقر، وأكد فريق الصحة الميداني أن الحملة مستمرة.")
    assert len(mentions) == 2


# An indefinite head right before a known organisation names a body of it.

def test_a_mission_of_a_known_organisation_is_a_body_of_its_own():
    text = "وقالت بعثة الأمم المتحدة في أفغانستان إن العنف تصاعد."
    assert _actors(text) == ["بعثة الأمم المتحدة في أفغانستان"]
    assert "أفغانستان" in _entities(text, "LOC")


def test_a_body_of_a_known_organisation_keeps_its_complement():
    assert "مفوضية الأمم المتحدة لحقوق الإنسان" in _actors("وقالت مفوضية الأمم المتحدة لحقوق الإنسان إن العنف تصاعد.")


def test_an_office_of_a_news_agency_is_the_agency():
    assert _actors("ونقل مكتب رويترز في القاهرة الخبر عن مصادر.") == ["رويترز"]


def test_an_official_of_a_known_organisation_is_no_body():
    assert _actors("وقال مسؤول في الأمم المتحدة إن العنف تصاعد.") == ["الأمم المتحدة"]


def test_a_mission_goes_on_with_the_place_it_works_in_and_the_place_stays():
    record = PIPELINE.process(read_text("وأعلنت بعثة الأمم المتحدة في ليبيا أن الوضع هادئ."))
    assert [actor.name for actor in record.fields["actors"]] == ["بعثة الأمم المتحدة في ليبيا"]
    assert "ليبيا" in [span.text for span in record.entities if span.label == "LOC"]


def test_an_agency_before_a_place_is_the_agency_alone():
    assert "في" not in " ".join(_actors("وقالت وكالة الأنباء الرسمية في تونس إن الوضع هادئ."))


# A relative's noun before a name is no part of it.

def test_a_relatives_noun_is_trimmed_from_the_person_after_it():
    from extract.ner.persons import without_kinship_words
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("وينتمي والد أوباما إلى القبيلة."))
    span = doc.span(7, 18, "PER")
    assert span.text == "والد أوباما"
    assert [trimmed.text for trimmed in without_kinship_words(doc, [span])] == ["أوباما"]


def test_a_one_word_person_span_is_left_as_it_is():
    from extract.ner.persons import without_kinship_words
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("وقال والد إن الوضع صعب."))
    span = doc.span(5, 9, "PER")
    assert [kept.text for kept in without_kinship_words(doc, [span])] == ["والد"]


def test_the_adjective_of_an_age_is_trimmed_from_the_name_before_it():
    from extract.ner.persons import without_kinship_words
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("وأضاف أن سالم البالغ من العمر 26 عاما."))
    span = doc.span(9, 20, "PER")
    assert span.text == "سالم البالغ"
    assert [trimmed.text for trimmed in without_kinship_words(doc, [span])] == ["سالم"]
