"""Listed cities read as teams (issue 13): after a team noun or a match verb, after a match noun,
on either side of a score, or joined by و to one so read; a city after a preposition of place, a
country, or a city far from the verb's preposition stays a place. Every sentence here was written
for these tests."""

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def names(pipeline, text):
    record = pipeline(text)
    return {place["name"] for place in record["places"]}, {actor["name"] for actor in record["actors"]}


@pytest.mark.parametrize("text, club", [
    ("خسر نابولي أمام ضيفه في الجولة الأخيرة", "نابولي"),
    ("تعادل بريمن مع ضيفه بلا أهداف", "بريمن"),
    ("تعادل الفريق الضيف مع بريمن في الشوط الثاني", "بريمن"),
    ("انتهت مباراة بريمن وهامبورغ بالتعادل", "هامبورغ"),
    ("انتهت مباراة بريمن وهامبورغ بالتعادل", "بريمن"),
    ("بريمن 2 - 1 هامبورغ", "هامبورغ"),
    ("تأهل نابولي وأتليتيكو مدريد إلى دور المجموعات", "نابولي"),
    ("تأهل أتليتيكو مدريد ونابولي إلى النهائي", "نابولي"),
])
def test_a_city_by_a_sports_cue_is_a_club(pipeline, text, club):
    places, actors = names(pipeline, text)
    assert club not in places
    assert club in actors


@pytest.mark.parametrize("text, place", [
    ("فاز المرشح على منافسه في انتخابات دمشق", "دمشق"),
    ("تعادل الفريقان في ميونيخ في الشوط الثاني", "ميونيخ"),
    ("خسر الجيش مواقعه أمام المسلحين في حلب", "حلب"),
    ("تغلب المنتخب المغربي على مصر بهدفين", "مصر"),
    ("سافر الوفد إلى نابولي لحضور مؤتمر الطاقة", "نابولي"),
    ("سافر الوفد بين مدريد ونابولي بالقطار", "نابولي"),
])
def test_a_city_without_a_close_cue_or_a_country_stays_a_place(pipeline, text, place):
    places, _ = names(pipeline, text)
    assert place in places


def test_a_mined_club_before_a_preposition_written_with_al_is_still_a_club(pipeline):
    """إلى is written with a leading ال (normalized الي) but is no definite word continuing the name."""
    _, actors = names(pipeline, "انتقل ريال مدريد إلى ملعبه الجديد")
    assert "ريال مدريد" in actors
