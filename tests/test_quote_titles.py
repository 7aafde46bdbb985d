"""Issue 12: a quoted work title or a quoted source is a name, not the words said."""

from conftest import quotes_of


def test_article_title_after_its_noun_is_no_quote(nlp):
    text = 'وكتب الصحفي خالد عمر في مقاله "حين يصمت الجميع" بصحيفة "الوطن": "لا يمكن أن نقبل بهذا الوضع أبدا".'
    (quote,) = quotes_of(nlp, text)
    assert quote["text"] == "لا يمكن أن نقبل بهذا الوضع أبدا" and quote["direct"] is True


def test_book_title_with_its_authors_pronoun_is_no_quote(nlp):
    text = 'وتساءلت الكاتبة في روايتها «من يذكر المدينة القديمة؟» عن مصير الحي.'
    assert quotes_of(nlp, text) == []


def test_quoted_source_after_ma_and_a_verb_is_no_quote(nlp):
    text = 'وأفاد المدير في تعقيبه على ما نشرته «الوطن» بأن الشركة تعمل على خدمة عملائها.'
    found = quotes_of(nlp, text)
    assert [quote["text"] for quote in found] == ["الشركة تعمل على خدمة عملائها"]


def test_words_quoted_after_a_tweet_are_still_a_quote(nlp):
    (quote,) = quotes_of(nlp, 'وقال الوزير في تغريدة "لن نقبل بأي تدخل في شؤوننا".')
    assert quote["text"] == "لن نقبل بأي تدخل في شؤوننا"
