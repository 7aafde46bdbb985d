"""Where one report ends: a clause segmenter for reported speech.

A report runs from its first word to the first of: the sentence's end or a paragraph break; a
new cue clause that opens its own report (، وقالت: «…»؛ مضيفا أن؛ وأضاف أن — with or without the
comma, so text stripped of punctuation still splits); a contrastive clause whose cue opens one
(لكنه أضاف أن، فيما أكدت الوزارة أن، غير أن X قال)؛ a relay after a comma (، بحسب الوكالة).
Direct and indirect reports use the same boundaries; `opens_report` says whether a cue at an
index starts a report of its own (the quote finder knows how to look).
"""

from __future__ import annotations

from typing import Callable

from extract.document import Document
from extract.speech.cues import attribution_forms, cue_of
from extract.speech.words import has_role, has_role_before_pronoun, is_complementizer
from extract.words import is_title_word

CONTRAST_REACH = 6  # tokens from a contrastive word to the cue of its clause
FRONTED_SUBJECT_WORDS = 5  # from ، و to the verb of a clause whose subject comes first (، ومصادر أمنية محلية تؤكد)
MAX_STATEMENT_SENTENCES = 8  # sentences an unmarked statement after a colon may run over
BLANK_RUN = 3  # white space characters in a row that set off a paragraph where no line break does
COMMAS = frozenset({"،", ",", "؛", ";"})
BAYYANA_CONJOINED = frozenset({"وبين", "فبين"})  # بيّن with و/ف and no shadda: "and between" elsewhere
BACK_REFERENCE_HEADS = frozenset({"رغم", "بالرغم", "برغم", "مع", "بعد", "عقب", "اثر", "جانب", "ضوء", "اطار"})
ACCUSATIVE_ENDINGS = ("ا", "ين")  # مضيفا، مشيرين: a participle in the accusative, no noun in ة


def _paragraph_break(doc: Document, index: int) -> bool:
    return "\n" in doc.text[doc.tokens[index - 1].end:doc.tokens[index].start]


def _contrast_starts_report(doc: Document, index: int, opens_report: Callable[[int], bool]) -> bool:
    tokens = doc.tokens
    token = tokens[index]
    if not has_role(token, "contrast"):
        return False
    if token.norm in ("غير", "الا") and not (index + 1 < len(tokens) and is_complementizer(tokens[index + 1])):
        return False  # غير الحكومية is an adjective; only غير أن / إلا أن contrast
    for position in range(index + 1, min(len(tokens), index + 1 + CONTRAST_REACH)):
        if tokens[position].kind == "punct":
            return False  # لكنها "تراقبها"، كما أكد: that cue belongs to a later clause
        if cue_of(tokens[position]) is not None:
            return opens_report(position)
    return False


def starts_new_report(doc: Document, index: int, opens_report: Callable[[int], bool]) -> bool:
    """Whether token `index` begins a clause that holds a report of its own."""
    tokens = doc.tokens
    token = tokens[index]
    previous = tokens[index - 1] if index > 0 else None
    detached = previous is not None and previous.norm == "و" and index > 1  # التوقف، و أشار: و typed apart
    if detached:
        previous = tokens[index - 2]
    after_comma = previous is not None and previous.norm in COMMAS
    cue = cue_of(token, tokens[index + 1] if index + 1 < len(tokens) else None)  # وبين أن: بيّن before its أن
    conjoined = cue is not None and (cue.conjoined or detached)
    # After a bare comma only a perfect verb starts a new clause: an imperfect (، ستعلن النتائج)
    # goes on with the report's own content.
    new_clause = cue is not None and (conjoined or cue.kind in ("participle", "masdar")
                                      or (after_comma and cue.aspect == "perfect"))
    if new_clause and opens_report(index):
        return True
    if cue is None and token.norm in BAYYANA_CONJOINED and after_comma and opens_report(index):
        return True  # ...، وبين الوزير أن: بيّن without its shadda, read as a verb by the quote finder
    if cue is not None and previous is not None and previous.norm in ("فقد", "وقد") and opens_report(index):
        return True  # …، فقد قال الحسن: «…»: a new sentence of its own inside the report
    if conjoined and after_comma and cue.kind in ("verb", "relay"):
        return True  # ، وأبان جواز صيامها: the narrator again, even with no report of its own
    if cue is not None and after_comma and cue.kind == "participle" and token.norm.endswith(ACCUSATIVE_ENDINGS):
        # ...داعش، متهما "قوى سوداء" بنشر ...: the narrator's حال, with or without a report of its
        # own; a form in ة is also a noun (، ومتابعة من ...), so only the accusative ending shows it
        return True
    if after_comma and token.norm in ("ها", "وها") and index + 1 < len(tokens) \
            and has_role(tokens[index + 1], "pronoun", with_clitics=False):
        return True  # مثلما أعلن فلان أن …، ها هو آخر يدعو: the presentative opens the main clause
    if after_comma and has_role(token, "narrator_hal", with_clitics=False):
        return True  # ...، حاثا المواطنين على ...، رافعا الشكر: the narrator's حال, no part of the words
    if _own_words_phrase(doc, index) or (after_comma and _occasion_aside(doc, index)):
        return True  # …، على حد تعبيره؛ … حسب قوله؛ …، وذلك في تصريح للإذاعة: the narrator's aside
    if after_comma and _fronted_subject_report(doc, index, opens_report):
        return True  # …، والسكان يؤكدون أن القصف مستمر: و + a subject before its own cue verb
    if _conjoined_verb_with_subject(doc, index):
        return True  # ... اعتقلت ثلاثة أشخاص ودعا المحافظ السكان: a new clause with its own subject
    if token.norm[:1] == "و" and has_role(token, "relay") and not has_role(token, "relay", with_clitics=False) \
            and previous is not None and previous.kind != "punct":
        return True  # ... نحتاج إلى متطوعين وبحسب المتحدثة: the narrator again, as after a comma
    if _temporal_report(doc, index, opens_report):
        return True  # ... بإخلاء منازلهم بعد أن قالت إن السد انهار: a report of its own, dated by the narrator
    if token.norm == "في" and index + 1 < len(tokens) and tokens[index + 1].norm == "حين":
        return _contrast_starts_report(doc, index + 1, opens_report)
    if _contrast_starts_report(doc, index, opens_report):
        return True
    return after_comma and has_role(token, "relay", with_clitics=False)


def _temporal_report(doc: Document, index: int, opens_report: Callable[[int], bool]) -> bool:
    """بعد أن / إثر أن + a perfect cue verb that opens its own report: the clause is the narrator's."""
    tokens = doc.tokens
    if index + 2 >= len(tokens) or not has_role(tokens[index], "temporal_an", with_clitics=False) \
            or tokens[index + 1].norm != "ان":
        return False
    cue = cue_of(tokens[index + 2], tokens[index + 3] if index + 3 < len(tokens) else None)
    return cue is not None and cue.kind == "verb" and cue.aspect == "perfect" and opens_report(index + 2)


def _fronted_subject_report(doc: Document, index: int, opens_report: Callable[[int], bool]) -> bool:
    """و + a noun phrase of at most FRONTED_SUBJECT_WORDS words, then a cue verb that opens a
    report: a clause with its own subject and report (، وشهود يقولون إن، ، والسكان يؤكدون أن)."""
    tokens = doc.tokens
    opener = tokens[index]
    if opener.kind != "arabic" or opener.norm[:1] != "و" or cue_of(opener) is not None or is_complementizer(opener):
        return False
    for position in range(index + 1, min(len(tokens), index + 1 + FRONTED_SUBJECT_WORDS)):
        token = tokens[position]
        if token.kind != "arabic" or token.sentence != opener.sentence:
            return False
        cue = cue_of(token)
        if cue is not None:
            return cue.kind == "verb" and not cue.conjoined and opens_report(position)
    return False


def _own_words_phrase(doc: Document, index: int) -> bool:
    """حسب قوله، وفق تعبيرها، على حد وصفه: a phrase that gives the words to their speaker, after
    them: an own-words word, then a noun of saying with its pronoun."""
    tokens = doc.tokens
    position = index + 1 if tokens[index].norm in ("علي", "وعلي") else index  # على حد
    if position + 1 >= len(tokens) or not has_role(tokens[position], "own_words") \
            or (position != index and tokens[position].norm != "حد"):
        return False
    noun = tokens[position + 1]
    return has_role_before_pronoun(noun, "own_words_noun") and not has_role(noun, "own_words_noun")


def _occasion_aside(doc: Document, index: int) -> bool:
    """…، وذلك في تصريح للإذاعة / خلال مؤتمر صحفي / وفق بيانها: وذلك before the occasion or the
    source of the words is the narrator's, not the report's."""
    tokens = doc.tokens
    if tokens[index].norm != "وذلك" or index + 2 >= len(tokens):
        return False
    following, then = tokens[index + 1], tokens[index + 2]
    if has_role(following, "own_words", with_clitics=False):
        return True  # وذلك وفق خطابه، وذلك حسب البيان
    if has_role(following, "temporal_an", with_clitics=False) and then.kind == "arabic" \
            and not is_complementizer(then):
        return True  # …، وذلك بعد النجاح الذي لقيه العمل: the narrator dates the words, no part of them
    return following.norm in ("في", "خلال", "اثناء", "عقب", "لدي", "علي") \
        and (has_role_before_pronoun(then, "circumstance_noun") or then.norm == "هامش")


def _conjoined_verb_with_subject(doc: Document, index: int) -> bool:
    """وأعلن الوزير، ودعا المحافظ: a singular perfect verb of speech led by و/ف and followed by a
    title or a text noun opens a new clause even where no comma marks it; before any other
    definite noun, and for a verb of attribution (دعا، رفض), only in text stripped of
    punctuation, since with punctuation it may still be the report's content (وأعلن السيطرة،
    تلقت عرضا ورفضت العرض); a plural or an imperfect always may."""
    tokens = doc.tokens
    token = tokens[index]
    found = attribution_forms().get(token.norm)
    if found is None or not found.conjoined or found.aspect != "perfect" or found.number != "sg" \
            or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.kind != "arabic" or not following.norm.startswith("ال") or following.sentence != token.sentence:
        return False
    if cue_of(token) is not None and (is_title_word(following) or has_role(following, "circumstance_noun")):
        return True  # وأعلن الوزير، وأوضح البيان: a speaker noun, where وأعلن السيطرة has its object
    return _unpunctuated(doc, index)


def _unpunctuated(doc: Document, index: int) -> bool:
    """No punctuation anywhere in the token's sentence, not even at its end (a text stripped of it)."""
    sentence = doc.tokens[index].sentence
    return not any(token.kind == "punct" for token in doc.tokens if token.sentence == sentence)


def report_end(doc: Document, first: int, opens_report: Callable[[int], bool]) -> int:
    """Index of the last token of the report that starts at `first`."""
    tokens = doc.tokens
    position = first
    while position + 1 < len(tokens):
        following = position + 1
        if tokens[following].sentence != tokens[first].sentence or _paragraph_break(doc, following):
            break
        if starts_new_report(doc, following, opens_report):
            break
        position = following
    while position > first and tokens[position].norm in COMMAS | {"و"}:
        position -= 1
    return position


def _blank_break(doc: Document, index: int) -> bool:
    """A line break, or a run of spaces (no-break spaces included) that sets off a paragraph."""
    between = doc.text[doc.tokens[index - 1].end:doc.tokens[index].start]
    return "\n" in between or sum(char.isspace() for char in between) >= BLANK_RUN


def _back_reference(doc: Document, index: int) -> bool:
    """و + a preposition + ذلك at a sentence's start (ورغم ذلك، ومع ذلك، وبعد ذلك، وإلى جانب ذلك):
    the narrator linking the next event to what was just told."""
    tokens = doc.tokens
    opener = tokens[index]
    if opener.kind != "arabic" or opener.norm[:1] not in ("و", "ف") or len(opener.norm) < 3:
        return False
    for position in range(index + 1, min(len(tokens), index + 3)):
        if tokens[position].sentence != opener.sentence:
            return False
        if tokens[position].norm in ("ذلك", "هذا"):
            return tokens[position - 1].norm in BACK_REFERENCE_HEADS or position == index + 1 \
                and opener.norm[1:] in BACK_REFERENCE_HEADS
    return False


def _narrator_sentence(doc: Document, index: int, opens_report: Callable[[int], bool]) -> bool:
    """A sentence whose first word is the narrator's again: a verb of speech or attribution
    (وأضاف، وتابع، ورفض), كان/قد before the narrative's past (وكان، وقد), a link back to what
    was told (ورغم ذلك), or a new report."""
    token = doc.tokens[index]
    if attribution_forms().get(token.norm) is not None or cue_of(token) is not None:
        return True
    if _back_reference(doc, index):
        return True
    if has_role(token, "kana", with_clitics=False) or token.norm in ("وقد", "فقد", "وكان", "وكانت"):
        return True
    return token.kind == "punct" or starts_new_report(doc, index, opens_report)


def statement_end(doc: Document, first: int, opens_report: Callable[[int], bool]) -> int:
    """The last token of an unmarked statement after a colon (وقال المدرب: لم يسافر اللاعب.
    يعاني من إصابة.): it runs over the sentences of its paragraph, as the speaker's words do,
    until a sentence opens with the narrator's verb or a new report."""
    tokens = doc.tokens
    last = report_end(doc, first, opens_report)
    for _ in range(MAX_STATEMENT_SENTENCES):
        following = last + 1
        while following < len(tokens) and tokens[following].sentence == tokens[last].sentence \
                and tokens[following].kind == "punct" and not _blank_break(doc, following):
            following += 1  # the sentence's closing point
        if following >= len(tokens) or following == last + 1 and tokens[following].sentence == tokens[last].sentence:
            break  # the report ended inside its sentence: a new clause took over
        if _blank_break(doc, following) or _narrator_sentence(doc, following, opens_report):
            break
        last = report_end(doc, following, opens_report)
    return last
