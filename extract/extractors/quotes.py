"""Quotes: direct speech in quotation marks and indirect speech after a cue + أن/إن.

The pieces live in extract/speech/: cue words by morphology (`cues`), quotation marks paired from
their neighbours (`marks`), where a report ends (`clauses`) and the speaker's noun phrase with
agreement (`speakers`). Here they are put together:

- A verb cue (قال، أضاف، تؤكد، قالوا ...) is followed by its speaker, then a colon or quotation mark
  (direct) or أن/إن (indirect). The report runs to the next clause that opens a report of its own.
- A relay cue (نقلت الوكالة عن المصدر أن) gives the speaker after عن and the relay in `via`.
- The subject may come before the verb (لكن قوى الغرب تقول إن، وكانت البعثة قد كشفت عن أن).
- With no subject (وقال:، وقال للصحافيين إن، مضيفا أن) the speaker is the previous clause's
  subject when it agrees with the cue in gender and number, else the last speaker that agrees.
- A short quoted phrase the sentence's subject is reported to have used (وصفه بـ"الاحتلال"،
  حملت الوزارة روسيا "مسؤولية الهجمات") is a direct quote; a quoted name or title is not.
- `speaker` is the speaker's noun phrase; `speaker_actor` the actor whose mention it holds; `via`
  the actors after بحسب/نقلا عن/وفقا ل in the speaker zone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Iterable

from extract.document import Document, Span, Token
from extract.items import Quote
from extract.lexicons import per_million, word_frequencies
from extract.normalize import normalize_string
from extract.registry import register
from extract.speech.clauses import COMMAS, FRONTED_SUBJECT_WORDS, report_end, statement_end
from extract.speech.cues import (OBJECT_PRONOUNS, Cue, CuePattern, attribution_forms, cue_forms, cue_of, cue_patterns,
                                 doubled_root_masdar, matches_need, text_noun_after_preposition)
from extract.speech.marks import mark_direction, pair_marks
from extract.speech.speakers import (ABBREVIATED_TITLES, NO_SPEAKER, Mention, Mentions, Speaker, SpeakerChunker, agrees,
                                     bare_masdar_word, construct_plural, event_noun, head_agreement,
                                     indefinite_derived_masdar, institution_heads, is_common_noun, noun_bases)
from extract.speech.words import (PRONOUN_SUFFIXES, has_role, has_role_before_pronoun, has_role_word,
                                  is_complementizer)
from extract.words import definite_noun, definite_title_words, definite_word_shares, given_names, is_title_word, title_words, word_set

NEGATIONS = frozenset({"لم", "لا", "لن", "ما"})  # before a clause's verb
PREDICATE_NEGATIONS = frozenset({"ليس", "ليست", "ليسوا", "غير", "لا"})  # before a participle that is a predicate
SAY = "قال"  # قال عن X "said about X": عن after it never starts an object
# ب + a word the corpus writes with the article at least this often (about 18: البرودة) is a
# preposition before a noun; the names it might start (براد: الراد) are never written so.
ARTICLE_NOUN_MIN_PER_MILLION = 1.0
FIRST_PERSON_MIN_PER_MILLION = 5.0  # يؤكد، يعتقد: the third person of the verb is a common word
FIRST_PERSON_RATIO = 5  # and not far rarer than the أ form (أحمد 5889 against يحمد 25)
INNA_FORMS = frozenset({"إن", "فإن"})  # as written: the إنّ that opens a nominal clause, its noun the subject
CONTRAST_INNA = frozenset({"لكن", "ولكن"})  # normalized; a sister of إن: its noun is the next verb's subject
PREPOSITION_CLITICS = frozenset("بك")  # لـ opens an addressee, read by _after_addressee
MAX_DIRECT_ONLY_REACH = 6  # وزاد الوزير: «…»; a colon further on belongs to another clause
SAY_ABOUT = frozenset({SAY, "اضاف"})  # أضاف عن X أنه "added about X": the same
NO_CUE = Cue("", "", None, None, False)
NO_PATTERN = CuePattern((), "subject")
MAX_SPEAKER_TOKENS = 24
MAX_CIRCUMSTANCE_REACH = 40  # a zone that names the occasion (في تصريح ... على هامش ندوة ...) runs longer
MIN_NOMINATIVE_PLURAL_LETTERS = 6  # ال + a stem of two letters or more + ون
MAX_ANTECEDENT_TOKENS = 3  # an indefinite noun and its adjectives before a relative cue
ANTECEDENT_ADJECTIVE_SHARE = 0.5  # below it, a definite word that opens a run of definite words is its head noun
MAX_ABBREVIATED_LETTERS = 3  # أو.سي.بي.سي: the pieces of an abbreviation written with points
MAX_NOMINAL_CUE_REACH = 4  # مضيفا أن، مشيرا إلى أن: the report opens right after
MAX_MASDAR_REACH = 8  # عن فلان قوله للصحافيين بعد الاجتماع اليوم إن: the occasion may come between
MAX_SECOND_PHRASE_TOKENS = 12  # the relay's source or the labelled object after the subject
MAX_QUOTED_NAME_TOKENS = 6
OCCASION_TO_ADDRESSEE = 3  # words from حديثه/تصريح to the إلى of its addressee (حديثه أمس إلى)
MAX_BRACKETED_TOKENS = 120
MAX_FRONTED_TOKENS = 4  # words of a prepositional phrase before a clause's verb
MAX_COORDINATED_GAP = 8  # tokens between a quoted phrase and one joined to it by و
MAX_COORDINATED_REACH = 30  # tokens from a cue to a report coordinated with its object (، وأن)
MIN_POSTPOSED_TOKENS = 3  # a quotation this long that opens its sentence is speech, not a name
MAX_PHRASE_TOKENS = 12
MAX_THESE_WORDS_PUNCT = 3  # «…».. بهذه الكلمات: the points and commas between the quotation and بهذه
MAX_RELATIVE_SUBJECT_OFFSET = 4  # tokens from a cue to the relative pronoun after its subject (قال المدرب الإسباني الذي)
MAX_HEADLINE_TOKENS = 6  # وزير الخارجية الأمريكي مايك بومبيو: «…»
MIN_OWNER_LETTERS = 4  # لوزارة: لـ and a noun of three letters or more
# The relative pronouns that describe a subject before its verb, with their gender and number.
RELATIVE_AGREEMENT = {"الذي": ("m", "sg"), "التي": ("f", "sg"), "الذين": ("m", "pl"), "اللذان": ("m", "du"),
                      "اللتان": ("f", "du"), "اللواتي": ("f", "pl"), "اللاتي": ("f", "pl")}
SUBJECT_RELATIVES = frozenset(RELATIVE_AGREEMENT)
WHILE_WORDS = frozenset({"بينما", "فيما"})  # a clause of contrast before the main clause
SAYING_LEMMAS = frozenset({"قال", "ذكر"})  # verbs whose object pronoun is the words themselves
BRACKETS = frozenset({"(", ")"})
CONCESSION_WORDS = frozenset({"رغم", "الرغم", "برغم", "اذا", "لو", "لئن"})  # before a main clause in فإنّ
CONCESSION_REACH = 8  # words back from the cue to the word that opens its clause
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # harakat, shadda, sukun, tatweel
RELATIVE_GENDER = {"الذي": "m", "التي": "f"}  # a singular relative pronoun's gender, for agreement with its verb
MIN_PHRASE_WORDS = 2  # a quoted phrase given to a speaker after it: one word is a term
INDEFINITE_NOT = ("ال", "بال", "لل", "كال", "وال", "فال", "و", "ف")  # starts of a definite or conjoined word
TEMPORAL_MA = frozenset({"بعدما", "عندما", "حينما", "لما", "كلما", "مثلما", "قبلما", "ريثما"})  # a time clause's conjunction
RELATIVE_MA = frozenset({"ما", "كما", "مما", "حسبما", "بحسبما", "وفقما", "وكما"})  # before ورد "was stated"
FUNCTION_ROLES = ("particle", "preposition", "relative", "contrast", "pronoun")
WITHOUT_BEFORE = frozenset({"دون", "بدون", "قبل"})  # normalized: before the subjunctive أنْ of a thing not (yet) done
MA_BEFORE_VERB = frozenset({"ما", "بما", "مما", "كما", "لما", "فيما"})  # relative ما before a perfect verb
OBJECT_ENDINGS = frozenset({"ه", "ها", "هم", "هما", "ته", "تها", "تهم", "وه", "وها", "وهم"})  # object pronoun, after a person ending
RELAY_WITH_MA = frozenset({"حسبما", "بحسبما", "وفقما"})  # a relay and ما in one word
RELAY_PRONOUNS = {"عنه": "m", "عنها": "f"}  # نقلت الوكالة عنه قوله / القول إن: the speaker as a pronoun
HEADING_MARKS = frozenset({"-", "–", "—", ":"})  # سبق- متابعة: a byline's separators
RELAY_BEFORE_NAME = frozenset({"بحسب", "حسب", "وفق"})  # بحسب الوزير «…»: the speaker follows at once
RELAY_STARTS = RELAY_WITH_MA | RELAY_BEFORE_NAME  # where relay_clause_at can open a quote
PARTICIPLE_MIN_LETTERS = 6  # ال + م + a stem of three letters: المشرف
MAX_BAYYANA_SUBJECT = 12  # tokens from a clause-initial بين to its أن
ACCUSATIVE_PARTICIPLE_MIN_LETTERS = 5  # م + three root letters + the accusative ا: مبتسما، ملوحا
OBJECT_PREPOSITIONS = frozenset({"علي", "الي"})  # على، إلى (normalized): they open the verb's object
APPOSITION_TOKENS = 3  # الرئيس الروسي، فلاديمير بوتين: the comma, then the name
MAX_TITLE_TO_NAME_TOKENS = 8  # النائب بمجلس الشعب [عن حزب نداء تونس] عبد العزيز القطي
FORMER_WORDS = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه", "الراحل", "الراحله"})  # a title's former holder
MAX_VOICED_REACH = 8  # tokens back from a cue with فيها to the على لسان that names the text's author
ADDRESSEE_COMMAS = frozenset({"،", ","})  # قال لـ"الرياض" أمس، المهندس فلان: between whom it was told and who
NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات")  # adjectives of relation: المغربية، الأمنيين
MIN_PHRASE_LETTERS = 3  # «ب»، «د»: a quoted letter is no phrase
MAX_PRE_VERBAL_TOKENS = 10
MAX_RECENT_SPEAKERS = 6
MAX_CLAUSE_LOOKBACK = 80  # tokens back to look for the previous clause's subject
FRONTED_PREPOSITIONS = frozenset({"في", "من", "خلال", "مع", "بعد", "قبل"})  # a phrase before the verb that is no subject
RELAY_SOURCE = {"نقل": "عن", "نسب": "الي"}  # the preposition before the relayed speaker: نقلت عن، نسبت إلى (normalized)
MAX_OWNER_WORDS = 4  # words from a text noun's لـ owner to the cue after it (تصريحات للحكومة الأفغانية قالت فيها)
EARLIER_SENTENCES = 3  # sentences back to look for an agreeing subject where no speaker agrees yet
MAX_HEADING_TOKENS = 12  # a line this short with no closing point is a heading, no clause of the story
SENTENCE_POINTS = frozenset({".", "!", "?", "؟", ":", "…"})
MAX_SUBJECT_DISTANCE = 16  # tokens from a sentence's subject to a quoted phrase attributed to it
CLAUSE_PUNCT = frozenset({"،", ",", "؛", ";", ":", "-", ")"})
SENTENCE_END = frozenset({".", "؟", "!"})
TRAILING_MARKS = SENTENCE_END | {'"', "'", "،", ",", "؛"}


@dataclass
class _Zone:
    end: int  # index of the colon, quotation mark or complementizer
    how: str  # "colon", "quote", "unclosed" (a mark never closed), "complementizer"


def _token_pairs(doc: Document) -> dict[int, int]:
    """Token index of each quotation mark -> token index of its partner."""
    pairs: dict[int, int] = {}
    for opening, closing in pair_marks(doc.text).items():
        first, second = doc.token_index_at(opening), doc.token_index_at(closing)
        if first < len(doc.tokens) and second < len(doc.tokens) and doc.tokens[first].start == opening \
                and doc.tokens[second].start == closing:
            pairs[first] = second
    return pairs


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _without_wa(word: str) -> str:
    """The word without one leading و (ووفق → وفق; وفق stays itself)."""
    return word[1:] if word.startswith("و") and len(word) > 3 and word[1:2] in ("و", "ب", "ح") else word


def _radical_lam(word: str) -> bool:
    """A verb whose ال is no article: form VIII or IV of a root that starts with ل (التقى،
    التزمت، ألقى، ألغت), normalized to الت.. or ال + two letters."""
    if has_role_word(word, "relative") or has_role_word(word, "particle"):
        return False
    stem = word[:-1] if word.endswith("ت") and len(word) > 4 else word
    return (len(stem) == 5 and stem.startswith("الت")) or (len(stem) == 4 and stem[2] != "ا")


def _lam_noun(word: str) -> bool:
    """لخدمة، لصحيفة: لـ before a common noun opens whom it was said to, no verb (لفت، لجأ have
    no such noun after their ل)."""
    return word.startswith("ل") and len(word) > 4 and is_common_noun(word[1:])


def _possessed_noun(word: str) -> bool:
    """A noun with a possessive pronoun (خطبته، بيانها): its base takes the article in the corpus."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)]
            return is_common_noun(base) or (base.endswith("ت") and is_common_noun(base[:-1] + "ه"))
    return False


def _said_within(words: list[str], earlier: list[str]) -> bool:
    """`words` said word for word inside a longer phrase `earlier`."""
    return len(earlier) > len(words) and any(earlier[at:at + len(words)] == words
                                             for at in range(len(earlier) - len(words) + 1))


def _said_in_order(words: list[str], earlier: list[str]) -> bool:
    """`words` inside `earlier` in their order, the first two side by side (مستشار الأمن
    البريطاني in مستشار الأمن الوطني البريطاني), an adjective or a complement between the others."""
    for at in range(len(earlier) - 1):
        if earlier[at:at + 2] == words[:2]:
            rest = iter(earlier[at + 2:])
            if all(word in rest for word in words[2:]):
                return True
    return False


def _without_articles(words: list[str]) -> list[str]:
    return [_without_article(word) for word in words]


def _before_demonstrative(words: list[str]) -> list[str]:
    """الناطق باسم هذه الهيئة: the words before a demonstrative that points back to a body named
    earlier (without their article, as the first mention was indefinite: ناطق باسم سلطة ...), or []."""
    for at, word in enumerate(words):
        if at >= 2 and has_role_word(word, "demonstrative") and at + 1 < len(words):
            return _without_articles(words[:at])
    return []


def _fronted_subject_clause(tokens: list[Token], position: int, lower: int) -> bool:
    """Whether the verb at `position` follows a comma, then و + a noun phrase of fewer than
    FRONTED_SUBJECT_WORDS words (none of them punctuation), all after `lower`."""
    for comma in range(position - 2, max(lower, position - 1 - FRONTED_SUBJECT_WORDS), -1):
        token = tokens[comma]
        if token.kind == "punct":
            opener = tokens[comma + 1]
            return token.norm in COMMAS and opener.kind == "arabic" and opener.norm[:1] == "و" \
                and cue_of(opener) is None and not is_complementizer(opener)
    return False


class _QuoteFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.tokens = doc.tokens
        self.quotes: list[Quote] = []
        self.recent: list[Speaker] = []  # speakers of the quotes so far, latest last
        self.direct_ending_at: dict[int, tuple[int, Speaker]] = {}  # a direct quote's end -> its cue, speaker
        self.mentions = Mentions(doc)
        pairs = _token_pairs(doc)
        self.closing_of = {first: second for first, second in pairs.items() if first < second}
        self.closing_marks = set(self.closing_of.values())
        self.unclosed_ending_at: dict[int, Speaker] = {}  # the paragraph end of a quotation never closed -> its speaker
        self.chunker = SpeakerChunker(doc, self.mentions, self.closing_of)
        self.covered: list[tuple[int, int]] = []  # token ranges already read as quotes or zones
        self.heading_sentences: set[int] | None = None  # found when first asked

    # --- where a cue's speaker zone ends -------------------------------------------------
    def _is_quoted_name(self, opening: int) -> bool:
        """A short quotation followed by more of the sentence is a name (لـ"وكالة الأنباء"), unless
        it holds a function word no name has outside a known one ("هناك مشاكل كبيرة")."""
        closing = self.closing_of.get(opening)
        if closing is None or closing == opening + 1 or closing - opening - 1 > MAX_QUOTED_NAME_TOKENS:
            return False
        inside = self.tokens[opening + 1:closing]
        if any(has_role(token, role, with_clitics=False) for token in inside
               for role in ("particle", "pronoun", "demonstrative", "speech_opener")) \
                and not self._is_name(opening, closing):
            return False  # "هناك مشاكل كبيرة"، "أنا متفائل جدا": a sentence, no name
        if is_complementizer(inside[0]) and not self._is_name(opening, closing):
            return False  # "إن الحكومة ستواصل الدعم": إنّ opens a statement, no name
        if opening > 0 and self.tokens[opening - 1].norm == "ل":
            return True  # لـ"الوطن": the outlet it was said to
        if self._addressee_after_occasion(opening):
            return True  # في حديثه أمس إلى "الوطن"، إلى ضرورة ...: the outlet it was said to
        after = self.tokens[closing + 1] if closing + 1 < len(self.tokens) else None
        then = self.tokens[closing + 2] if closing + 2 < len(self.tokens) else None
        if after is not None and after.norm in COMMAS and then is not None and is_complementizer(then):
            return True  # المؤسسة "إخاء"، أن ...: the name ends the speaker, the report follows
        if after is not None and (cue_of(after) or NO_CUE).conjoined and self.opens_report(closing + 1):
            return False  # "…"وأضاف أن: a closing mark glued to the next clause's cue
        if after is not None and after.norm == "و" and closing + 2 in self.closing_of \
                and not self._is_name(opening, closing) and not self._is_name(closing + 2, self.closing_of[closing + 2]):
            return False  # "دون شروط مسبقة" و"في أي وقت": coordinated quotations are words said
        return after is not None and after.sentence == self.tokens[opening].sentence \
            and (after.kind in ("arabic", "latin") or after.norm == ":")

    def _addressee_after_occasion(self, opening: int) -> bool:
        """إلى before a quotation, a few words after a speech occasion (حديثه، تصريح، مقابلة),
        names whom the words were said to."""
        tokens = self.tokens
        if opening < 2 or tokens[opening - 1].norm != "الي":
            return False
        return any(has_role_before_pronoun(token, "circumstance_noun")
                   for token in tokens[max(0, opening - 1 - OCCASION_TO_ADDRESSEE):opening - 1])

    def speaker_zone(self, cue_index: int, cue: Cue) -> _Zone | None:
        tokens = self.tokens
        reach = MAX_NOMINAL_CUE_REACH if cue.kind == "participle" else MAX_MASDAR_REACH if cue.kind == "masdar" \
            else MAX_SPEAKER_TOKENS
        if cue.kind == "relay" or (cue.kind != "masdar"
                                   and (cue_patterns().get(cue.lemma) or NO_PATTERN).speaker == "label"):
            # نقلت القناة عن فلان، وصف المكتب الزيارة بأنها: two noun phrases before the report
            reach += MAX_SECOND_PHRASE_TOKENS
        position = cue_index + 1
        inside_modifier = False  # النائب الذي انتخب عن، تقرير صادر عن: a preposition inside a modifier
        relative_clause = False  # a relative clause right after the subject
        seen_relative = False  # a relative pronoun in the zone
        while position < len(tokens) and position - cue_index <= reach \
                and tokens[position].sentence == tokens[cue_index].sentence:
            token = tokens[position]
            if token.norm == '"':
                if position not in self.closing_of:
                    if self._unclosed_opening(position):
                        return _Zone(position, "unclosed")
                    return None  # a closing mark: the cue sits inside someone else's quotation
                if self._skips_mark(position, cue):
                    position = self.closing_of[position] + 1
                    continue
                return _Zone(position, "quote")
            if token.norm == ":":
                return _Zone(position, "colon")
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if token.norm in COMMAS and position - cue_index > MAX_SPEAKER_TOKENS \
                    and not (relative_clause and following is not None and is_complementizer(following)):
                return None  # past the usual reach only the occasion's own words go on, unbroken
            # توقع أن ترتفع، نفى أن يكون: a prediction or denial reports even its subjunctive أنْ
            if is_complementizer(token, None if has_role_word(cue.lemma, "subjunctive_report") else following):
                if tokens[position - 1].norm in ("الا", "غير", "والا"):
                    return None  # امرأة تدعى روث إلا أن الطلاق وقع: إلا أن opens a contrast (وإلا فإن a condition), not a report
                if token.norm.startswith("ف") and cue.kind != "relay" and self._in_concession(cue_index):
                    return None  # ورغم أن الوزير تحدث عن الأزمة، فإن الحكومة: فإنّ opens the main clause, no report
                if seen_relative and has_role(tokens[position - 1], "modal"):
                    return None  # العوامل التي يمكن أن تزيد: the modal's أنْ in a relative clause, no report
                if not (has_role(tokens[position - 1], "temporal_an", with_clitics=False)
                        or (has_role(tokens[position - 1], "reason_an") and not self._feminine_adjective_at(position - 1))
                        or (tokens[position - 1].norm == "الي" and not has_role_word(cue.lemma, "ila_report"))
                        or self._relative_clause_complement(cue_index, position, seen_relative)):
                    return _Zone(position, "complementizer")
                # قال بعد أن زار المدينة إن، أكد تمسكه به خاصة وأنه: a time or a reason, read past
            elif token.norm in SENTENCE_END and not self._abbreviation_point(position):
                return None
            relative = has_role(token, "relative", with_clitics=False)
            inside_modifier = inside_modifier or relative
            seen_relative = seen_relative or relative
            if cue.kind == "verb" and position <= cue_index + MAX_RELATIVE_SUBJECT_OFFSET and relative:
                # وأقر اللاعب الذي سجل ... في موسمه الأول (32 هدفا)، أنه: the subject's relative
                # clause may be long; the comma that ends it is followed by the report
                relative_clause = True
                reach = max(reach, MAX_CIRCUMSTANCE_REACH)
            if cue.kind == "verb" and self._occasion_phrase(position - 1):
                reach = max(reach, MAX_CIRCUMSTANCE_REACH)  # في تصريح لمراسل ... على هامش ندوة ... أن
            inside_modifier = inside_modifier or has_role(tokens[position - 1], "issued", with_clitics=False) \
                or has_role_before_pronoun(tokens[position - 1], "circumstance_noun") \
                or self._after_place(position)  # في تصريحات إلى مجلة، في مدينة جدة على البحر
            if has_role(token, "complement", with_clitics=False) and cue.kind != "relay" and not inside_modifier \
                    and not self.chunker.remote_field(position) \
                    and cue.lemma not in SAY_ABOUT \
                    and not (following is not None and is_complementizer(following)) \
                    and not self._quoted_complement(position + 1, cue) \
                    and not self._needed(token, cue):
                return None  # أعلن عن خطة: the verb's object, not a report
            if cue.kind == "verb" and (has_role(token, "speech_opener", with_clitics=False)
                                       or self._first_person_future(token)) \
                    and position > cue_index + 1 and tokens[position - 1].kind != "punct":
                return _Zone(position - 1, "bare")  # وقالت الوزيرة نحن لن نتراجع: speech with no marks
            if cue.kind == "verb" and position == cue_index + 1 and self._first_person_imperfect(token):
                return _Zone(cue_index, "bare")  # قال أؤكد أن ...: his own words right after the verb
            if has_role(token, "contrast") and tokens[position - 1].norm in COMMAS:
                return None  # ولم يكشف النادي قيمة الصفقة، لكن الموقع أشار: the next clause is another's
            following_cue = cue_of(token)
            if following_cue is not None and doubled_root_masdar(following_cue, following):
                following_cue = None
            if following_cue is not None and following_cue.kind == "masdar" and position == cue_index + 1 \
                    and token.norm.startswith("بال"):
                following_cue = None  # وتابع بالقول إن: how the verb's subject said it, no new clause
            if following_cue is not None and following_cue.kind == "masdar" and self._needed(token, cue):
                following_cue = None  # وجدد الرئيس القول إن: the masdar completes the verb's pattern
            if following_cue is not None and (following_cue.conjoined or following_cue.kind in ("participle", "masdar")
                                              or tokens[position - 1].norm in COMMAS
                                              or self._relative_report_opens(position)
                                              or self._subject_after_comma(position, cue_index)
                                              or (following_cue.kind == "verb" and position + 1 < len(tokens)
                                                  and self._document_pronoun(position + 1))) \
                    and not self._manner_participle(position, following_cue):
                return None  # "، وقالت ..."، "مضيفا أن"، "، وشهود يقولون"، "تصريحات ... قالت فيها": a later clause with its own cue
            position += 1
        return None

    def _subject_after_comma(self, position: int, cue_index: int) -> bool:
        """، وشهود يقولون إن، ، والسكان يؤكدون أن: after a comma, و + a noun phrase of a few words
        before a cue verb is that verb's subject, in a clause of its own."""
        return _fronted_subject_clause(self.tokens, position, cue_index)

    def _relative_clause_complement(self, cue_index: int, position: int, seen_relative: bool) -> bool:
        """وقال فلان، الذي صنف على أنه من المتعصبين، "…": على/إلى أنّ right after the verb of a
        relative clause is that verb's complement ("classified as"), not the cue's report."""
        tokens = self.tokens
        if not seen_relative or position - 3 <= cue_index or tokens[position - 1].norm not in OBJECT_PREPOSITIONS:
            return False
        return has_role(tokens[position - 3], "relative", with_clitics=False) and cue_of(tokens[position - 2]) is None

    def _relative_report_opens(self, position: int) -> bool:
        """الشتاء الذي يُتوقع أن ...: an impersonal passive right after a relative pronoun, with أن
        right after it, opens the relative clause's own complement; that أن is not the earlier
        cue's report (an active verb there, الذي يزعم أنه, is read as before)."""
        tokens = self.tokens
        cue = cue_of(tokens[position])
        pattern = cue_patterns().get(cue.lemma) if cue is not None else None
        return pattern is not None and pattern.speaker == "passive_imperfect" and cue is not None \
            and _impersonal_passive(cue) and position + 1 < len(tokens) \
            and has_role(tokens[position - 1], "relative", with_clitics=False) and is_complementizer(tokens[position + 1])

    @staticmethod
    def _first_person_future(token: Token) -> bool:
        """سأذكر، سأعمل: س + the first person's أ on an imperfect is said by the speaker himself, so
        after the cue it opens direct speech written without marks (سأل "asked" and its forms
        are no such verb)."""
        text = token.text
        return token.kind == "arabic" and text.startswith("سأ") and len(token.norm) >= 4 \
            and not token.norm.startswith("سال")

    def _first_person_imperfect(self, token: Token) -> bool:
        """أؤكد، أعتقد، أرى: a word written with أ that the corpus writes far more often with the
        third person's ي (يؤكد) and that is no noun or name is a verb in the first person."""
        text = token.text
        if token.kind != "arabic" or not text.startswith("أ") or len(token.norm) < 3 or token.norm in given_names() \
                or is_common_noun(token.norm) or self.mentions.covering(token.start, token.end, actors_only=False):
            return False
        frequencies = word_frequencies()
        third = frequencies.get(normalize_string("ي" + text[1:]), 0)
        return third >= per_million(FIRST_PERSON_MIN_PER_MILLION) \
            and third * FIRST_PERSON_RATIO >= frequencies.get(token.norm, 0)

    def _occasion_phrase(self, position: int) -> bool:
        """في تصريح، خلال ندوة: an indefinite circumstance noun after في/خلال names the occasion."""
        tokens = self.tokens
        return position > 0 and tokens[position - 1].norm in ("في", "خلال") \
            and not tokens[position].norm.startswith("ال") \
            and (has_role_before_pronoun(tokens[position], "circumstance_noun")
                 or has_role_before_pronoun(tokens[position], "study"))

    def _after_place(self, position: int) -> bool:
        """A preposition right after a place name (في مدينة جدة على البحر) goes on with the place,
        not with the verb's object."""
        previous = self.tokens[position - 1]
        mention = self.mentions.covering(previous.start, previous.end, actors_only=False)
        return mention is not None and mention.kind == "place" and mention.end == previous.end

    def _abbreviation_point(self, position: int) -> bool:
        """أو.سي.بي.سي، د.ب.أ: a point glued to letters on both sides abbreviates; it ends no sentence."""
        tokens = self.tokens
        if tokens[position].norm != "." or position == 0 or position + 1 >= len(tokens):
            return False
        before, after = tokens[position - 1], tokens[position + 1]
        if before.norm in ABBREVIATED_TITLES and after.sentence == before.sentence:
            return True  # مدير المستشفى د. سالم العلي
        return before.kind in ("arabic", "latin") and after.kind in ("arabic", "latin") \
            and len(before.norm) <= MAX_ABBREVIATED_LETTERS and len(after.norm) <= MAX_ABBREVIATED_LETTERS \
            and before.end == tokens[position].start and tokens[position].end == after.start

    def _coordinated_complement(self, cue_index: int, cue: Cue) -> _Zone | None:
        """حذر من العودة إلى المعاصي، وأن ذلك لا يليق: the verb's object first, then a report
        coordinated with it by وأن. The zone ends at the object's preposition."""
        tokens = self.tokens
        if cue.kind not in ("verb", "participle"):
            return None
        complement = None
        position = cue_index + 1
        while position < len(tokens) and position - cue_index <= MAX_COORDINATED_REACH \
                and tokens[position].sentence == tokens[cue_index].sentence:
            token = tokens[position]
            if token.norm in SENTENCE_END or token.norm in ('"', ":") \
                    or (cue_of(token) is not None and not self._direct_only_form(token.norm)):
                return None  # (طلب عمل: a noun, its verb reports only before a quotation)
            if complement is None and (has_role(token, "complement", with_clitics=False) or token.norm == "من"):
                complement = position
            if complement is None and position == cue_index + 1 and cue.kind == "participle" and _possessed_noun(token.norm):
                complement = position  # مؤكدا فخره بابنه، وأنه مستعد: the participle's own object, then the report
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if is_complementizer(token, following):
                conjoined = token.norm.startswith("و") and tokens[position - 1].norm in COMMAS
                return _Zone(position, "coordinated") if conjoined and complement is not None else None
            position += 1
        return None

    def _quoted_complement(self, opening: int, cue: Cue) -> bool:
        """مشيرا إلى "استمرار القصف في المدينتين": a quotation of a few words or more right after
        the verb's preposition is what the speaker said; a quoted name there (أعلن عن "خطة
        السلام") is the verb's object."""
        closing = self.closing_of.get(opening)
        return closing is not None and closing - opening - 1 >= MIN_POSTPOSED_TOKENS \
            and not self._skips_mark(opening, cue)

    def _skips_mark(self, opening: int, cue: Cue) -> bool:
        """Whether the zone reads past the quotation at `opening` (a quoted name) rather than
        taking it as the report; ندد بـ"الهمجية" is the phrase the speaker used."""
        closing = self.closing_of[opening]
        if any(has_role(token, "so_called") for token in self.tokens[max(0, opening - 3):opening]) \
                or self._work_title(opening):
            return True  # وكتب مذكراته بعنوان «…»، في مقاله «…»: a title, whatever its length
        saying = cue_of(self.tokens[opening - 1]) if opening > 0 else None
        if saying is not None and saying.lemma == SAY and saying.kind == "participle":
            return False  # قائلا "تعدد ثقافي ضئيل جدا" في الصورة: what قائلا opens is said, never a name
        after = self.tokens[closing + 1] if closing + 1 < len(self.tokens) else None
        if after is not None and after.sentence == self.tokens[opening].sentence and is_complementizer(after) \
                and not after.norm.startswith("و") and self.tokens[opening - 1].norm != "ب":
            return True  # في بيان «حصلت الجزيرة على نسخة منه» أن ...: an aside; the report follows
        then = self.tokens[closing + 2] if closing + 2 < len(self.tokens) else None
        if after is not None and then is not None and then.sentence == self.tokens[opening].sentence \
                and has_role(after, "complement", with_clitics=False) and is_complementizer(then):
            return True  # خلص في دورية "…" إلى أن ...: the report is the clause after the name
        short = closing > opening + 1 and closing - opening - 1 <= MAX_QUOTED_NAME_TOKENS
        if self._relayed_source(opening, closing):
            return True  # بحسب ما ذكرت "الوطن"، كما أوردت "عكاظ": the source the report was relayed from
        if short and self.tokens[opening - 1].norm == "ب":
            return self._is_name(opening, closing)
        direct_only = (cue_patterns().get(cue.lemma) or NO_PATTERN).speaker == "direct"
        return (self._is_quoted_name(opening) and not direct_only) or (short and self._is_name(opening, closing))

    def _work_title(self, opening: int) -> bool:
        """في مقاله "حتى لا يظلم الشاب"، كتابها «…»: a quotation right after a work's noun is its title."""
        return opening > 0 and has_role_before_pronoun(self.tokens[opening - 1], "work_title")

    def _relayed_source(self, opening: int, closing: int) -> bool:
        """بحسب ما ذكرت "الوطن"، على ما نشرته «عكاظ»: a short quotation after ما and a verb is the
        source the words came from, a name."""
        short = closing > opening + 1 and closing - opening - 1 <= MAX_QUOTED_NAME_TOKENS
        return short and opening > 1 and _without_wa(self.tokens[opening - 2].norm) in RELATIVE_MA | RELAY_WITH_MA

    @staticmethod
    def _needed(token: Token, cue: Cue) -> bool:
        pattern = cue_patterns().get(cue.lemma)
        return pattern is not None and any(matches_need(token.norm, need) for need in pattern.needs)

    def _manner_participle(self, position: int, cue: Cue) -> bool:
        """وأضاف قائلا: «…»: a participle right before the colon or quotation says how, not who."""
        following = self.tokens[position + 1] if position + 1 < len(self.tokens) else None
        return cue.kind == "participle" and following is not None \
            and (following.norm == ":" or position + 1 in self.closing_of)

    def starts(self) -> list[int]:
        """The token indices where a quote can start, in order: cue words (بين among them),
        relay words (بحسب ما ذكرته X، فإن) and opening marks: extract_quotes reads no other token."""
        cues = self.doc.tokens_with_stem("quotes:cues", cue_forms().keys(), _bayyana_forms)
        # A relay word is a token's stem (بحسب of وبحسب), so the stem index holds every relay start.
        relays = [index for index in self.doc.tokens_with_stem("quotes:relay_starts", RELAY_STARTS)
                  if _without_wa(self.tokens[index].norm) in RELAY_STARTS]
        return sorted(set(cues) | set(relays) | self.closing_of.keys())

    def cue_at(self, index: int) -> Cue | None:
        norm = self.tokens[index].norm
        if norm not in cue_forms() and not _is_bayyana_form(norm):
            return None  # what cue_of and _clause_initial_bayyana would say, without their work
        if norm == "ورد" and index > 0 and self.tokens[index - 1].norm in RELATIVE_MA:
            return None  # ما ورد في، كما ورد: the verb ورد "was stated", not و + ردّ
        person = self.mentions.starting_at(self.tokens[index].start)
        if person is not None and person.kind == "person" and person.end > self.tokens[index].end \
                and self._direct_only_form(norm):
            return None  # دان غولدبرغ: the first word of a person's name, not the verb دان of a quotation
        if index > 0 and text_noun_after_preposition(self.tokens[index], self.tokens[index - 1]):
            return None  # جاء في نص الوثيقة: the noun "text", not the verb نصّ "stipulated"
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        found = cue_of(self.tokens[index], following, self.doc.text)
        if found is None and self._clause_initial_bayyana(index):
            found = Cue("بين", "verb", "m", "sg", self.tokens[index].norm != "بين", "perfect")
        if found is not None and found.kind == "masdar" and self._verb_with_object_after_ma(index, found):
            found = Cue(found.lemma, "verb", "m", "sg", False, "perfect")
        if found is not None and doubled_root_masdar(found, following):
            return None
        if found is not None and found.kind == "participle" and self._opens_heading(index):
            return None  # سبق- متابعة: كشف ...: a byline's label; a حال follows a clause
        if found is not None and found.kind == "participle" and index > 0 \
                and self.tokens[index - 1].norm in PREDICATE_NEGATIONS:
            return None  # ليس مستبعدا أن: the participle is a negated predicate, no حال of a speaker
        return found

    def _verb_with_object_after_ma(self, index: int, cue: Cue) -> bool:
        """بسبب ما وصفه الرئيس بـ"الإهمال"، بما وصفها: after relative ما a word that reads as the
        masdar with a pronoun (وصفه) is the perfect verb with its object pronoun; a masdar takes no ما."""
        if index == 0 or _without_wa(self.tokens[index - 1].norm) not in MA_BEFORE_VERB:
            return False
        return self._object_pronoun_form(self.tokens[index].norm, cue)

    @staticmethod
    def _object_pronoun_form(norm: str, cue: Cue) -> bool:
        """وصفه، وصفتها، أسماه: the cue's perfect with an object pronoun after it."""
        word = norm[1:] if norm[:1] in ("و", "ف") and not cue.lemma.startswith(norm[:1]) else norm
        rest = word[len(cue.lemma):] if word.startswith(cue.lemma) else ""
        if not rest and cue.lemma.endswith("ي") and word.startswith(cue.lemma[:-1] + "ا"):
            rest = word[len(cue.lemma):]  # أسمى → أسماه
        return rest in OBJECT_ENDINGS

    def _opens_heading(self, index: int) -> bool:
        """The text's first word or one after a dash or colon (a sentence may open with a حال
        the writer cut off by a full stop: ... بممثل القنصلية. مشيرة إلى أن)."""
        tokens = self.tokens
        return index == 0 or (tokens[index - 1].kind == "punct" and tokens[index - 1].norm in HEADING_MARKS)

    def _clause_initial_bayyana(self, index: int) -> bool:
        """وبين التقرير أن ...، من جهته، بين البائع أن: بيّن with its shadda unwritten and its
        subject between it and أن. As "between" بين follows what it relates (الفرق بين، ما بين); at
        the head of a clause, with أن ahead before any punctuation, it is the verb."""
        tokens = self.tokens
        if not _is_bayyana_form(tokens[index].norm) or (index > 0 and tokens[index - 1].kind != "punct"
                                                        and tokens[index - 1].sentence == tokens[index].sentence
                                                        and not self._opens_clause_before(index)):
            return False
        for position in range(index + 1, min(len(tokens), index + 1 + MAX_BAYYANA_SUBJECT)):
            token = tokens[position]
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if token.norm in ADDRESSEE_COMMAS and position > index + 1 and following is not None \
                    and is_complementizer(following):
                continue  # وبين المهندس فلان، أن: the subject set off by a comma before its أن
            if token.kind == "punct" or token.sentence != tokens[index].sentence or token.norm.lstrip("و") == "بين":
                return False
            if has_role(token, "relative", with_clitics=False) or cue_of(token) is not None:
                return False  # بين الحضور الذين أكدوا أن: the أن is another verb's; بين relates
            if position > index + 1 and is_complementizer(token, following):
                return True
        return False

    def _opens_clause_before(self, index: int) -> bool:
        """و written apart (و بين الموقع أن), or a sentence adverb of side (من جانبه بين، من جهتها
        بين، بدوره بين): what comes before بين opens a clause, so "between" has nothing to relate."""
        previous = self.tokens[index - 1]
        if previous.norm in ("و", "ف"):
            return True
        if has_role(previous, "skippable", with_clitics=False) and previous.norm.startswith("بدور"):
            return True
        return index > 1 and self.tokens[index - 2].norm == "من" and previous.norm.endswith(PRONOUN_SUFFIXES) \
            and has_role_before_pronoun(previous, "side")

    def _feminine_adjective_at(self, index: int) -> bool:
        """في نشرة خاصة أن: خاصة right after an indefinite feminine noun of an occasion is its adjective ("special"),
        not the خاصة أن of a reason."""
        if index < 1 or self.tokens[index].norm != "خاصه":
            return False
        noun = self.tokens[index - 1]
        return noun.kind == "arabic" and noun.norm.endswith("ه") and not noun.norm.startswith(INDEFINITE_NOT) \
            and has_role(noun, "circumstance_noun")  # مقابلة خاصة، نشرة خاصة: the occasion's adjective

    def opens_report(self, index: int) -> bool:
        """Whether the cue at `index` has a zone of its own (used by the clause segmenter)."""
        cue = self.cue_at(index)
        if cue is None or self._inside_quotation(index):
            return False
        pattern = cue_patterns().get(cue.lemma)
        if pattern is not None and pattern.speaker == "passive_imperfect" and cue.aspect == "imperfect" \
                and index + 1 < len(self.tokens) and is_complementizer(self.tokens[index + 1]):
            return False  # …، حيث يتوقع أن تصل: "it is expected", the report's own content, nobody's new report
        zone = self.speaker_zone(index, cue)
        return zone is not None and self._pattern_allows(index, zone, pattern)

    def _inside_quotation(self, index: int) -> bool:
        """A cue inside quotation marks belongs to the quoted speaker's own words."""
        return any(first < index < second for first, second in self.closing_of.items())

    def _pattern_allows(self, cue_index: int, zone: _Zone, pattern: CuePattern | None) -> bool:
        if pattern is None or not pattern.needs:
            return True
        return self._needed_word(cue_index, zone, pattern) is not None

    def _needed_word(self, cue_index: int, zone: _Zone, pattern: CuePattern) -> int | None:
        return next((index for index in range(cue_index + 1, zone.end)
                     if any(matches_need(self.tokens[index].norm, need) for need in pattern.needs)), None)

    # --- the quote's text -----------------------------------------------------------------
    def _narrator_again(self, opening: int, last: int) -> int:
        """A quotation never closed ends before a comma and a conjoined cue verb of its own report
        (… الضغوط، وأضاف أن …): the narrator speaks again, in the third person."""
        tokens = self.tokens
        for position in range(opening + 2, last):
            if tokens[position].norm not in COMMAS:
                continue
            cue = self.cue_at(position + 1)
            if cue is not None and cue.conjoined and cue.kind == "verb" and cue.aspect == "perfect" \
                    and self.opens_report(position + 1):
                return position - 1
        return last

    def _strip(self, first: int, last: int) -> tuple[int, int]:
        tokens = self.tokens
        while first < last and tokens[first].norm in ('"', "'"):
            first += 1
        while last > first and tokens[last].norm in TRAILING_MARKS:
            last -= 1
        return first, last

    def continued_at(self, opening: int) -> int | None:
        """A paragraph that is one quotation, right after a paragraph whose quotation was never
        closed, goes on with the same speaker's words (a wire story's quote over two paragraphs)."""
        tokens = self.tokens
        closing = self.closing_of.get(opening)
        if closing is None or closing - opening - 1 < MIN_POSTPOSED_TOKENS or opening == 0 \
                or "\n" not in self.doc.text[tokens[opening - 1].end:tokens[opening].start] \
                or any(token.kind != "punct" for token in tokens[closing + 1:self._paragraph_last(closing) + 1]):
            return None
        speaker = self.unclosed_ending_at.get(opening - 1)
        if speaker is None:
            return None
        first, last = self._strip(opening + 1, closing - 1)
        self._record(opening, first, last, True, speaker, [])
        self.covered.append((opening, closing))
        return closing + 1

    def _unclosed_opening(self, position: int) -> bool:
        """وتابع "بعثت برسالة ... (¶): a mark that opens, with no other mark after it in its
        paragraph, is a quotation the writer never closed; it runs to the paragraph's end."""
        tokens = self.tokens
        if position in self.closing_marks or mark_direction(self.doc.text, tokens[position].start) != "open":
            return False
        last = self._paragraph_last(position)
        return last > position + 1 and not any(token.norm == '"' for token in tokens[position + 1:last + 1])

    def _paragraph_last(self, index: int) -> int:
        """Index of the last token of the paragraph that holds token `index`."""
        tokens, text = self.tokens, self.doc.text
        last = index
        while last + 1 < len(tokens) and "\n" not in text[tokens[last].end:tokens[last + 1].start]:
            last += 1
        return last

    def _bracket_close(self, opening: int) -> int | None:
        """The ) that closes a ( at `opening` in its paragraph, with words between."""
        tokens = self.tokens
        if tokens[opening].norm not in ("(", "﴿"):
            return None
        closer = ")" if tokens[opening].norm == "(" else "﴾"
        for position in range(opening + 1, min(len(tokens), opening + MAX_BRACKETED_TOKENS)):
            if tokens[position].norm in ("(", "﴿") or "\n" in self.doc.text[tokens[position - 1].end:tokens[position].start]:
                return None
            if tokens[position].norm == closer:
                return position if position > opening + 1 else None
        return None

    def _report_end(self, first: int) -> int:
        return report_end(self.doc, first, self.opens_report)

    def quote_text(self, zone: _Zone, pattern: CuePattern | None) -> tuple[int | None, int, bool]:
        tokens = self.tokens
        opening = zone.end
        if zone.how == "bare":
            first, last = self._strip(zone.end + 1, self._report_end(zone.end + 1))
            return first, last, True
        if zone.how == "colon":
            opening += 1
            if opening >= len(tokens) or tokens[opening].sentence != tokens[zone.end].sentence \
                    and tokens[opening].norm != '"':
                return None, 0, True
            bracketed = self._bracket_close(opening)
            if bracketed is not None:  # قال تعالى: (…): a quotation in brackets, as religious texts set them
                return opening + 1, bracketed - 1, True
            if opening not in self.closing_of:  # وقال: بلا علامات اقتباس: the rest of the paragraph's words
                first, last = self._strip(opening, statement_end(self.doc, opening, self.opens_report))
                return (first, last, True) if tokens[first].norm != '"' else (None, 0, True)
        if zone.how == "unclosed":
            first, last = self._strip(opening + 1, self._narrator_again(opening, self._paragraph_last(opening)))
            return (first, last, True) if last > first else (None, 0, True)
        if zone.how in ("colon", "quote"):
            closing = self.closing_of.get(opening)
            if closing is None or closing <= opening + 1:
                return None, 0, True
            last = closing - 1
            while last > opening + 1 and tokens[last].norm in COMMAS:
                last -= 1  # "الجيش سوري،"مشيرة: the comma before the closing mark is not quoted
            return opening + 1, last, True
        first = zone.end + 1
        if first >= len(tokens) or tokens[first].sentence != tokens[zone.end].sentence:
            return None, 0, False
        closing = self.closing_of.get(first)
        if closing is not None and closing > first + 1:
            goes_on = closing + 1 < len(tokens) and tokens[closing + 1].sentence == tokens[first].sentence \
                and tokens[closing + 1].kind == "arabic"
            label = pattern is not None and pattern.speaker == "label" and closing - first - 1 <= MAX_QUOTED_NAME_TOKENS
            if label:
                return first + 1, closing - 1, True  # وصفه بأنه «أسوأ يوم» للمدينة
            if not goes_on:
                return first + 1, closing - 1, False
        first, last = self._strip(first, self._through_open_quotation(first, self._report_end(first)))
        if last < first or all(token.kind == "punct" for token in self.tokens[first:last + 1]):
            return None, 0, False  # أن at the sentence's end: nothing was reported
        return first, last, False

    def _through_open_quotation(self, first: int, last: int) -> int:
        """كندا هي "الحليف الأقرب. نحن لا يمكن …": a quotation opened inside the report and closed
        after its end (a point inside the marks ended the sentence) runs on to its closing mark."""
        for opening in range(first, last + 1):
            closing = self.closing_of.get(opening)
            if closing is not None and closing > last \
                    and "\n" not in self.doc.text[self.tokens[opening].end:self.tokens[closing].start]:
                return closing
        return last

    # --- the speaker ----------------------------------------------------------------------
    def _relayed_speaker(self, cue_index: int, zone_end: int) -> tuple[Speaker, list[str]]:
        """نقلت وكالة رويترز عن مصدر أمني أن ...: the speaker after عن, the relay before it."""
        tokens = self.tokens
        source_word = RELAY_SOURCE.get((self.cue_at(cue_index) or NO_CUE).lemma, "عن")
        source_at = next((index for index in range(cue_index + 1, zone_end) if tokens[index].norm == source_word), None)
        if source_at is None:
            return self._post_verbal(cue_index, zone_end)
        via = [item.name for item in self.mentions.between(tokens[cue_index].end, tokens[source_at].start)
               if item.end <= tokens[source_at].start and item.kind != "place"]
        speaker = self.chunker.phrase(source_at + 1, zone_end - 1) if zone_end - 1 > source_at else NO_SPEAKER
        return speaker, list(dict.fromkeys(via))

    def _in_concession(self, cue_index: int) -> bool:
        """Whether the cue sits in a clause of concession or condition that opens its sentence (رغم
        أن، على الرغم من أن، إذا، لو), whose main clause فإنّ then opens."""
        tokens = self.tokens
        sentence = tokens[cue_index].sentence
        for position in range(cue_index - 1, max(-1, cue_index - 1 - CONCESSION_REACH), -1):
            if tokens[position].sentence != sentence or tokens[position].norm in CLAUSE_PUNCT:
                return False
            if tokens[position].norm.lstrip("وف") in CONCESSION_WORDS:
                return True
        return False

    def _relay_clause_source(self, verb_at: int, cue_index: int) -> Speaker:
        """The source after عن of a relay verb (نقلت الصحيفة عن راموس) in the clause before a cue."""
        if (self.cue_at(verb_at) or NO_CUE).kind != "relay":
            return NO_SPEAKER
        tokens = self.tokens
        end = next((index for index in range(verb_at + 1, cue_index)
                    if tokens[index].norm in CLAUSE_PUNCT | SENTENCE_END or tokens[index].sentence != tokens[verb_at].sentence),
                   cue_index)
        speaker, _ = self._relayed_speaker(verb_at, end)
        return speaker

    def _relayed_masdar(self, cue_index: int) -> tuple[Speaker, list[str]]:
        """نقلت الوكالة عن مصدر مسؤول قوله إن ...: the speaker between عن and the masdar."""
        tokens = self.tokens
        pronoun = RELAY_PRONOUNS.get(tokens[cue_index - 1].norm) if cue_index > 0 else None
        if pronoun is not None:
            return self._pronoun_relayed(cue_index, pronoun)
        position = cue_index - 1
        while position > 0 and cue_index - position <= MAX_SPEAKER_TOKENS \
                and tokens[position].sentence == tokens[cue_index].sentence and tokens[position].norm not in CLAUSE_PUNCT:
            if tokens[position].norm in RELAY_SOURCE.values():
                relay = next((index for index in range(position - 1, max(-1, position - MAX_SPEAKER_TOKENS), -1)
                              if (self.cue_at(index) or NO_CUE).kind == "relay"
                              and RELAY_SOURCE.get(self.cue_at(index).lemma, "عن") == tokens[position].norm), None)
                if relay is None or any(tokens[index].norm in CLAUSE_PUNCT - BRACKETS for index in range(relay, position)):
                    return NO_SPEAKER, []  # but نقلت وكالة الأنباء (سانا) عن: the outlet's short name in brackets
                return self._relayed_speaker(relay, cue_index)
            position -= 1
        return NO_SPEAKER, []

    def _pronoun_relayed(self, cue_index: int, gender: str) -> tuple[Speaker, list[str]]:
        """ونقلت وكالة فارس عنه القول إن: the pronoun after عن is the last speaker of its gender,
        and what the relay cue names is the relay."""
        tokens = self.tokens
        relay = next((index for index in range(cue_index - 2, max(-1, cue_index - 2 - MAX_SPEAKER_TOKENS), -1)
                      if (self.cue_at(index) or NO_CUE).kind == "relay"), None)
        if relay is None or any(tokens[index].norm in CLAUSE_PUNCT for index in range(relay, cue_index)):
            return NO_SPEAKER, []
        via = [item.name for item in self.mentions.between(tokens[relay].end, tokens[cue_index - 1].start)
               if item.kind != "place"]
        speaker = next((earlier for earlier in reversed(self.recent) if earlier.span is not None
                        and earlier.gender in (gender, None)), NO_SPEAKER)
        return speaker, list(dict.fromkeys(via))

    def _post_verbal(self, first: int, zone_end: int) -> tuple[Speaker, list[str]]:
        tokens = self.tokens
        relay_at = next((index for index in range(first + 1, zone_end)
                         if has_role(tokens[index], "relay", with_clitics=False)), zone_end)
        via: list[str] = []
        for item in self.mentions.between(tokens[relay_at].start if relay_at < zone_end else tokens[zone_end].start,
                                          tokens[zone_end - 1].end):
            if item.end <= tokens[zone_end - 1].end and item.kind != "place" and item.name not in via:
                via.append(item.name)
        if relay_at - 1 <= first or (self._prepositional_phrase(first + 1) and not self.chunker.manner_adverb(first + 1)):
            return NO_SPEAKER, via
        start = self._after_told_object(self.cue_at(first), self._after_addressee(first + 1, relay_at - 1), relay_at - 1)
        head = next((index for index in range(start, relay_at) if tokens[index].norm not in COMMAS), relay_at)
        if head < relay_at and (self._adverbial_accusative(tokens[head]) or self._own_talk(tokens[head])
                                or self._possessed_addressee(self.cue_at(first), tokens[head])):
            return NO_SPEAKER, via  # وأضاف، تعليقا على الانسحاب، أن: a subject is never in the accusative
        speaker = self.chunker.phrase(start, self._before_min_object(self.cue_at(first), start, relay_at - 1))
        speaker = self._without_told_body(self.cue_at(first), speaker)
        speaker = self._with_issuer(self._document_owner(speaker, relay_at - 1), relay_at - 1)
        return self._with_zone_person(self._with_appositive_person(speaker, relay_at - 1), relay_at - 1), via

    def _possessed_addressee(self, cue: Cue | None, token: Token) -> bool:
        """ويسأل ضيفه، وأبلغ مساعديه، وناشد أنصاره: after a verb of telling or asking, a noun with a
        pronoun is whom the subject addressed, the pronoun being the subject's own."""
        if cue is None or not has_role_word(cue.lemma, "told_object") or token.kind != "arabic" \
                or token.text.rstrip(DIACRITICS).endswith("ة") or token.norm in given_names() \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False  # نادية، رسالة: a ة is no pronoun
        bases = noun_bases(token.norm)
        return len(bases) > 1 and any(is_common_noun(base) for base in bases[1:])

    def _own_talk(self, token: Token) -> bool:
        """حديثه، كلامه، تصريحاته: a noun of spoken words with a pronoun, right after a verb, is its
        object (وختم حديثه قائلا، وتابع كلامه بالقول): whose words they are is the unspoken subject."""
        return token.kind == "arabic" and not has_role(token, "talk") and has_role_before_pronoun(token, "talk") \
            and self.mentions.starting_at(token.start) is None

    def _adverbial_accusative(self, token: Token) -> bool:
        """تعليقا، ردا، تعقيبا، ملوحا: an indefinite common noun or participle in the accusative (…ًا; the corpus writes
        it with the article) is an adverbial of the verb, never its subject. A nisba (روسيا: الروسي)
        and a word a name covers are left alone."""
        word = token.norm
        if token.kind != "arabic" or not word.endswith("ا") or word.startswith(("ال", "و", "ف")) or len(word) < 4 \
                or word.endswith(("اا", "ءا", "يا")) or word in given_names() or has_role(token, "skippable") \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False
        if word.startswith("م") and len(word) >= ACCUSATIVE_PARTICIPLE_MIN_LETTERS and not word.endswith(("نا", "ها")):
            return True  # وأضاف ملوحا بيده: a participle in the accusative is a حال (but مصادرنا، مصمموها: a pronoun's ا)
        return bare_masdar_word(word[:-1]) or (is_common_noun(word[:-1]) and word_frequencies().get(word, 0) > 0)

    def _prepositional_phrase(self, position: int) -> bool:
        """وأجابت ببرودة أعصاب: ب/ك before a common noun (برودة), in a word that is itself no noun
        and no name (براد، بيان), opens a prepositional phrase, not the subject, which is then
        unspoken."""
        token = self.tokens[position]
        if token.kind != "arabic" or token.norm[:1] not in PREPOSITION_CLITICS or token.norm in given_names() \
                or is_common_noun(token.norm) or self.mentions.covering(token.start, token.end, actors_only=False):
            return False
        frequencies, stem = word_frequencies(), token.norm[1:]
        # بشن الغارات: a masdar that seldom takes the article (شن) is still written far more often
        # bare than with the ب, which a name starting with ب (بيان، براد) never is
        return frequencies.get("ال" + stem, 0) >= per_million(ARTICLE_NOUN_MIN_PER_MILLION) \
            or (len(stem) >= 2 and frequencies.get(stem, 0) >= frequencies.get(token.norm, 0) > 0)

    def _after_addressee(self, position: int, last: int) -> int:
        """Where the subject starts when the verb names whom it was said to first (أكد لـ"الرياض"
        الشيخ فلان، قال للصحفيين أمس مدير المستشفى): past the addressee and any time word."""
        tokens = self.tokens
        start = position
        while position <= last:
            token = tokens[position]
            if has_role(token, "skippable", with_clitics=False):
                position += 1
            elif self.chunker.time_word(token) or (position > start and token.norm in ADDRESSEE_COMMAS):
                position += 1  # قال لـ"الرياض" أمس، المهندس فلان؛ وقال اليوم الاثنين العميد: the day, a comma
            elif token.norm == "ل" and position + 1 in self.closing_of:
                position = self.closing_of[position + 1] + 1  # لـ"الرياض"
            elif self.chunker.addressee(token):
                mention = self.mentions.covering(token.start, token.end, actors_only=False)
                position += 1
                if mention is not None:
                    position = max(position, self.doc.token_index_at(mention.end))
                elif position in self.closing_of and self.closing_of[position] - position <= MAX_QUOTED_NAME_TOKENS:
                    position = self.closing_of[position] + 1  # لصحيفة «الحياة»
                else:
                    position = self._outlet_name_end(token, position, last)
                while position <= last and tokens[position].kind == "arabic" \
                        and tokens[position].norm.startswith("ال") and not self._titled_or_named(position):
                    position += 1  # لوكالة الأنباء الفرنسية
            else:
                break
        moved = start < position <= last and self._titled_or_named(position)
        return position if moved else start

    def _outlet_name_end(self, addressee: Token, position: int, last: int) -> int:
        """لوكالة تونس إفريقيا للأنباء: an outlet noun without the article is in construct with the
        name after it, so the names there are the outlet's, not the subject's."""
        tokens = self.tokens
        if addressee.norm.startswith("لل") or not has_role(addressee, "addressee"):
            return position
        while position <= last:
            mention = self.mentions.starting_at(tokens[position].start)
            if mention is not None and mention.kind in ("place", "state", "media", "organization"):
                position = max(position + 1, self.doc.token_index_at(mention.end))
            elif tokens[position].norm.startswith("لل") and position > 0 \
                    and self.mentions.covering(tokens[position - 1].start, tokens[position - 1].end,
                                               actors_only=False) is not None:
                position += 1  # تونس إفريقيا للأنباء: the outlet's field after its place
            else:
                break
        return position

    def _titled_or_named(self, position: int) -> bool:
        """A subject after an addressee opens with a title (مدير، الشيخ) or a name."""
        token = self.tokens[position]
        if self.mentions.starting_at(token.start) is not None:
            return True
        words = {token.norm, token.norm[1:] if token.norm.startswith("و") else token.norm}  # وزير is no و + زير
        return token.kind == "arabic" and (any(word in definite_title_words() or "ال" + word in definite_title_words()
                                               for word in words)
                                           or has_role(token, "name_title", with_clitics=False))

    def _with_zone_person(self, speaker: Speaker, last: int) -> Speaker:
        """مراسل "الإذاعة" في المدينة عبد السلام ...: a person named later in the zone is the actor; so
        is one after a title and the institution it heads (رئيس ديوان المظالم الشيخ خالد اليوسف)."""
        if speaker.span is None or (speaker.actor is not None and not self._titled_institution(speaker)):
            return speaker
        person = next((item for item in self.mentions.between(speaker.span.end, self.tokens[last].end)
                       if item.kind == "person" and item.end <= self.tokens[last].end), None)
        if person is not None and self._masdar_between(speaker.span.end, person.start):
            return speaker  # أعلنت السلطات تجميد أصول فلان: the person is the masdar's object
        if person is not None and self.doc.token_index_holding(person.start) == self.doc.token_index_at(speaker.span.start) + 1 \
                and self.chunker.person_after_institution(self.doc.token_index_holding(person.start)):
            return speaker  # وتتهم النيابة فلانا: the person after the body is the verb's object
        return Speaker(speaker.span, person.name, speaker.gender, speaker.number, person.kind) if person else speaker

    def _masdar_between(self, start: int, end: int) -> bool:
        """Whether a bare masdar (تجميد، اعتقال، استهداف) stands between two offsets."""
        tokens = self.tokens[self.doc.token_index_at(start):self.doc.token_index_at(end)]
        return any(token.end <= end and token.kind == "arabic" and bare_masdar_word(token.norm) for token in tokens)

    def _document_owner(self, speaker: Speaker, last: int) -> Speaker:
        """جاء في بيان لوزارة الخارجية أن، في تصريح رسمي لغرفة العمليات: a text named with لـ and
        its owner; the owner, without the لـ, is who spoke."""
        tokens = self.tokens
        if speaker.span is None:
            return speaker  # an owner the NER already names (بيان لجمعية X) is still cut from its text noun
        first = self.doc.token_index_at(speaker.span.start)
        after = self.doc.token_index_at(speaker.span.end)
        if not has_role_before_pronoun(tokens[first], "circumstance_noun"):
            return speaker
        owner_at = next((index for index in range(first + 1, min(after, last) + 1) if self._owner_word(tokens[index])),
                        None)
        if owner_at is None:
            return speaker  # للصحفيين، لها: an addressee or a pronoun, no owner
        inner = owner_at
        while inner + 1 <= last and not self.chunker.stops_before(inner + 1, owner_at) \
                and not is_complementizer(tokens[inner + 1], tokens[inner + 2] if inner + 2 < len(tokens) else None):
            inner += 1
        span = self.doc.span(tokens[owner_at].start + 1, tokens[inner].end)
        return self.chunker.speaker_of(span, owner_at, inner)

    @staticmethod
    def _owner_word(token: Token) -> bool:
        """لوزارة، لغرفة: لـ before a common noun (not لل, whose article reads as an addressee's)."""
        return token.kind == "arabic" and token.norm.startswith("ل") and not token.norm.startswith("لل") \
            and len(token.norm) >= MIN_OWNER_LETTERS and is_common_noun(token.norm[1:])

    def _with_issuer(self, speaker: Speaker, last: int) -> Speaker:
        """بيان صادر عن وزارة الداخلية، تقرير صادر عن البنك الدولي: a text's issuer is the actor."""
        tokens = self.tokens
        if speaker.span is None or speaker.actor is not None:
            return speaker
        head = tokens[self.doc.token_index_at(speaker.span.start)]
        after = self.doc.token_index_at(speaker.span.end)
        if not has_role_before_pronoun(head, "circumstance_noun") or after + 2 > last \
                or not has_role(tokens[after], "issued", with_clitics=False) or tokens[after + 1].norm != "عن":
            return speaker
        issuer = self.mentions.starting_at(tokens[after + 2].start)
        if issuer is None or issuer.kind == "place" or issuer.end > tokens[last].end:
            return speaker
        return Speaker(speaker.span, issuer.name, speaker.gender, speaker.number, issuer.kind)

    def _titled_institution(self, speaker: Speaker) -> bool:
        """A phrase headed by a person's title whose actor is the institution after it (قائد شرطة الأنبار)."""
        head = self.tokens[self.doc.token_index_at(speaker.span.start)]
        mention = self.mentions.covering(speaker.span.start, speaker.span.end)
        return is_title_word(head) and mention is not None and mention.kind != "person" \
            and mention.start > head.start

    def _with_appositive_person(self, speaker: Speaker, last: int) -> Speaker:
        """مدير المستشفى، الطبيب حسان يوسف، في تصريح: the person in apposition is the actor."""
        if speaker.span is None or speaker.actor is not None:
            return speaker
        after = self.doc.token_index_at(speaker.span.end)
        if after > last or self.tokens[after].norm not in COMMAS:
            return speaker
        person = next((item for item in self.mentions.between(speaker.span.end, self.tokens[last].end)
                       if item.kind == "person" and item.end <= self.tokens[last].end), None)
        if person is not None and self._masdar_between(speaker.span.end, person.start):
            return speaker  # أعلنت السلطات تجميد أصول فلان: the person is the masdar's object
        return Speaker(speaker.span, person.name, speaker.gender, speaker.number, person.kind) if person else speaker

    def _clause_start(self, cue_index: int) -> int:
        """First token of the clause the cue ends: after a comma, a quotation, a contrast or a quote."""
        tokens = self.tokens
        position = cue_index
        lower = max([cue_index - MAX_PRE_VERBAL_TOKENS] + [quote_end for _, quote_end in self.covered
                                                           if quote_end < cue_index])
        while position > 0 and position - 1 > lower and tokens[position - 1].sentence == tokens[cue_index].sentence:
            previous = tokens[position - 1]  # (position > 0: tokens[-1] is the document's last token)
            if previous.kind == "punct" or has_role(previous, "contrast") or cue_of(previous) is not None \
                    or is_complementizer(previous):
                break
            position -= 1
        return max(position, lower + 1) if lower >= 0 else position

    def _pre_verbal(self, cue_index: int) -> Speaker:
        """The subject before the verb: لكن قوى الغرب تقول إن، وكانت البعثة قد كشفت، حملة X قالت."""
        tokens = self.tokens
        if (self.cue_at(cue_index) or NO_CUE).conjoined:
            return NO_SPEAKER  # … استقبله السفير وقال: a verb led by و opens its own clause, no subject before it
        verb_at = self._kana_after_comma(cue_index)  # الوزير، فلان، كان أعلن: the subject is set off before كان
        first, last = self._clause_start(verb_at), verb_at - 1
        accusative = False  # the noun of لكن, accusative however its head ends
        if first > last and verb_at > 1 and tokens[verb_at - 1].norm in COMMAS:
            first, last = self._clause_start(verb_at - 1), verb_at - 2
            if first <= last and self._subject_relative(first, cue_index) and first > 1 and tokens[first - 1].norm in COMMAS:
                # والمرزوقي، الذي رفض الاعتذار، قال: the subject before a relative clause set off by commas
                first, last = self._clause_start(first - 1), first - 2
            elif self._aside_only(first, last) and tokens[first - 1].norm in COMMAS:
                # والوزير، من جهته، قال: a sentence adverb set off by commas between the subject and its verb
                first, last = self._clause_start(first - 1), first - 2
            elif not self._set_off_name(first, last, cue_index):  # (ويذكر أن الرئيس، فلان، قال: the name)
                if not (first > 0 and has_role(tokens[first - 1], "contrast", with_clitics=False)
                        and tokens[first - 1].norm in CONTRAST_INNA):
                    return NO_SPEAKER
                accusative = True  # لكن مصدرا في الجيش، أكد: the noun of لكن, set off before its verb
        if first > last:
            return NO_SPEAKER
        accusative = accusative or (first > 0 and tokens[first - 1].norm in CONTRAST_INNA)
        if has_role(tokens[first], "kana", with_clitics=False):
            first += 1  # كان X قد قال، كان X يقول، كان X قال: the subject between كان and the verb
        while last >= first and has_role(tokens[last], "skippable", with_clitics=False):
            last -= 1
        if last > first and has_role(tokens[last], "kana", with_clitics=False):
            last -= 1  # أن الادعاء العام كان قد أعلن: the subject before كان
        while first <= last and (tokens[first].norm in ("و", "ف", "كما", "ثم")
                                 or (first < last and has_role(tokens[first], "relay", with_clitics=False))):
            first += 1  # حسب نشطاء مقربين منه أكدوا أن: the source named after حسب is the verb's subject
        if first > last:
            return NO_SPEAKER
        if any(has_role(tokens[first], role) for role in ("topic", "preposition")) \
                or tokens[first].norm.lstrip("وف") in FRONTED_PREPOSITIONS:
            return NO_SPEAKER  # وحول أهداف الائتلاف أشار: a fronted prepositional phrase, the subject unspoken
        if tokens[last].norm.lstrip("وف") in TEMPORAL_MA:
            return NO_SPEAKER  # وذلك بعدما اتهم: a time clause opens before its verb, whose subject is unspoken
        relative = next((index for index in range(first + 1, last + 1) if self._subject_relative(index, cue_index)), None)
        if relative is not None:
            if self._governed_or_verb(first):
                return NO_SPEAKER
            last = relative - 1  # وزير الخارجية الذي زار المدينة أمس قال: the subject ends at its relative clause
        speaker = self.chunker.phrase(first, last)
        if speaker.span is None or speaker.span.start != tokens[first].start or speaker.span.end != tokens[last].end:
            return NO_SPEAKER  # what precedes the verb is not one noun phrase
        head = tokens[first]
        if first == last and has_role(head, "continuation"):
            return NO_SPEAKER  # ومضى يقول إن: "went on saying", the subject unspoken
        if not accusative and head.norm.endswith("ا") and not head.norm.startswith(("ال", "وال")) \
                and speaker.actor is None and self.mentions.covering(head.start, head.end, actors_only=False) is None:
            return NO_SPEAKER  # وقديما قالوا: an accusative adverb, not a subject
        if head.norm[:1] in ("و", "ف") and self._looks_like_verb(head) \
                and self.mentions.covering(head.start, head.end, actors_only=False) is None:
            return NO_SPEAKER  # فأحضر زوجته وقال لها: a verb and its object, the subject unspoken
        if speaker.span.text[:1] in ("و", "ف") and (speaker.span.text[1:3] == "ال" or self._noun_after_wa(head)):
            # والشرطة قالت، ومصادر محلية تؤكد: the conjunction opens the sentence, the subject is the noun after it
            speaker = replace(speaker, span=self.doc.span(speaker.span.start + 1, speaker.span.end))
        return speaker

    def _subject_relative(self, index: int, cue_index: int) -> bool:
        """A relative pronoun (الذي، التي، الذين) that opens a clause describing the cue's subject
        before it: no cue of its own follows it (الذي قال is a report of its own), and it agrees
        with the cue (فلان، المدير التنفيذي لشركة هيرميس، التي تدير ...، يقول: التي is the company's)."""
        tokens = self.tokens
        if tokens[index].norm not in SUBJECT_RELATIVES or index + 1 >= len(tokens) or self.cue_at(index + 1) is not None:
            return False
        cue = self.cue_at(cue_index) or NO_CUE
        gender, number = RELATIVE_AGREEMENT[tokens[index].norm]
        return cue.gender is None or (cue.gender == gender and cue.number in (number, None)) \
            or (gender == "f" and number == "sg" and cue.gender == "f")

    def _governed_or_verb(self, first: int) -> bool:
        """عن جديده الذي يحضره، "بعض الدراسات التي ...، تضمن التقرير الذي: a noun after a preposition,
        an opening quotation mark or a verb is no subject before the cue."""
        tokens = self.tokens
        before = tokens[first - 1] if first > 0 else None
        governed = before is not None and before.sentence == tokens[first].sentence \
            and (has_role(before, "preposition") or before.norm in ('"', "«"))
        return governed or self._looks_like_verb(tokens[first])

    @staticmethod
    def _noun_after_wa(token: Token) -> bool:
        """ومصادر، وشهود: و + a common noun; وزير، وكالة are words of their own."""
        return token.norm[:1] in ("و", "ف") and len(token.norm) > 3 and is_common_noun(token.norm[1:]) \
            and not is_common_noun(token.norm)

    def _kana_after_comma(self, cue_index: int) -> int:
        """Where the verb group starts: at a كان (with قد) between a comma and the cue, else at the cue."""
        tokens = self.tokens
        position = cue_index - 1
        if position >= 0 and tokens[position].norm == "قد":
            position -= 1
        if position > 0 and has_role(tokens[position], "kana", with_clitics=False) and tokens[position - 1].norm in COMMAS:
            return position
        return cue_index

    def _set_off_name(self, first: int, last: int, cue_index: int) -> bool:
        """A person's name alone between two commas right before a verb with no و: the apposition
        of a fronted title, so the verb's subject (no conjoined verb: التقى الوزير بالرئيس، فلان، وقال)."""
        tokens = self.tokens
        cue = self.cue_at(cue_index)
        if cue is None or cue.conjoined or first > last or first < 1 or tokens[first - 1].norm not in COMMAS:
            return False
        mention = self.mentions.starting_at(tokens[first].start)
        return mention is not None and mention.kind == "person" and mention.end == tokens[last].end

    def _aside_only(self, first: int, last: int) -> bool:
        """من جهته، من جانبها، بدوره: the tokens first..last are a sentence adverb and nothing else."""
        tokens = self.tokens
        if first < 1 or last > first + 1:
            return False
        if last == first + 1:
            return tokens[first].norm == "من" and has_role_before_pronoun(tokens[last], "side")
        return has_role(tokens[first], "skippable", with_clitics=False)

    def _indefinite_antecedent(self, cue_index: int, cue: Cue) -> Speaker:
        """من قبل هكر قال إنه، انتقادات من ساسة معارضين قالوا إن: a cue right after an indefinite
        noun, with no و or punctuation between, is a relative clause (a صفة needs no الذي after an
        indefinite noun); the noun is who spoke."""
        tokens = self.tokens
        if cue.conjoined or cue.aspect != "perfect" or cue_index == 0:
            return NO_SPEAKER
        if cue_index + 1 < len(tokens) and self._document_pronoun(cue_index + 1):
            return self._document_author(cue_index)  # نشرت البعثة صورة ذكرت فيها أن: the text's author
        last = cue_index - 1
        first = cue_index
        while first - 1 >= max(0, cue_index - MAX_ANTECEDENT_TOKENS) and self._indefinite_noun(tokens[first - 1]):
            first -= 1
            if tokens[first].norm[:1] in ("و", "ف") and len(tokens[first].norm) > 3:
                break  # وساسة معارضين: the conjunction opens the phrase
        if first > last or tokens[first].sentence != tokens[cue_index].sentence:
            return NO_SPEAKER
        speaker = self.chunker.speaker_of(self.doc.span(tokens[first].start, tokens[last].end), first, last)
        if last > first and tokens[last].norm.endswith(("ين", "ون")):
            speaker = replace(speaker, gender=None, number="pl")  # ساسة معارضين: the adjective shows the plural
        # القبض على رجل زعمت أنه: a noun that disagrees with the verb is its object's antecedent, not its subject
        return speaker if agrees(cue, speaker) and speaker.number is not None else NO_SPEAKER

    def _indefinite_noun(self, token: Token) -> bool:
        word = token.norm.lstrip("وف") if len(token.norm) > 3 else token.norm
        if token.kind != "arabic" or word.startswith(("ال", "لل")) or len(word) < 3 \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None \
                or has_role_before_pronoun(token, "circumstance_noun") \
                or any(has_role(token, role) for role in ("particle", "preposition", "pronoun", "demonstrative",
                                                          "relative", "time", "circumstance", "kana", "contrast")):
            return False
        return is_common_noun(word) or (word.endswith(("ين", "ون")) and is_common_noun(word[:-2]))

    @staticmethod
    def _masdar_word(word: str) -> bool:
        """تحقيق، وتحقيق: a derived masdar, never a clause's perfect verb (لكن تحقيق خاص ... كشف)."""
        return bare_masdar_word(word) or (word[:1] in ("و", "ف") and bare_masdar_word(word[1:]))

    def _inna_subject(self, cue_index: int, cue: Cue) -> Speaker:
        """فإن زوجته أخطرت الشرطة بأن: after a clause-opening إنّ/فإنّ its noun, right before the verb and
        agreeing with it, is the verb's subject; the phrase after the verb is its object."""
        tokens = self.tokens
        first = self._clause_start(cue_index)
        if cue.conjoined or first < 1 or first >= cue_index or tokens[first - 1].text.lstrip("و") not in INNA_FORMS:
            return NO_SPEAKER
        speaker = self.chunker.phrase(first, cue_index - 1)
        if speaker.span is None or speaker.span.start != tokens[first].start \
                or speaker.span.end != tokens[cue_index - 1].end or not agrees(cue, speaker):
            return NO_SPEAKER
        return speaker

    def _kana_subject(self, cue_index: int) -> Speaker:
        """The subject between a clause-opening كان and the cue verb, if there is one."""
        first = self._clause_start(cue_index)
        if first >= cue_index - 1 or not has_role(self.tokens[first], "kana", with_clitics=False):
            return NO_SPEAKER
        return self._pre_verbal(cue_index)

    def _previous_clause_subject(self, cue: Cue, cue_index: int, sentences_back: int = 1) -> Speaker:
        """The subject of the nearest clause before that agrees with the cue: the noun phrase after
        its verb (ودعت الحكومة ...، وناشدت), in this sentence or the `sentences_back` before it.
        Clauses inside a quotation's text are its content."""
        tokens = self.tokens
        sentence = tokens[cue_index].sentence
        position = cue_index - 1
        lower = cue_index - MAX_CLAUSE_LOOKBACK * sentences_back
        while position >= max(0, lower) and tokens[position].sentence >= sentence - sentences_back:
            if self._in_quote_text(position) or self._inside_read_zone(position):
                position -= 1
                continue
            if self._heading_line(tokens[position].sentence):
                sentence -= 1  # a teaser or heading line between (وجهة نظر: تدويل ...): look past it
                position -= 1
                continue
            starts_clause = position == 0 or tokens[position - 1].sentence != tokens[position].sentence \
                or tokens[position - 1].norm in CLAUSE_PUNCT or (cue_of(tokens[position]) or NO_CUE).conjoined \
                or has_role(tokens[position - 1], "contrast", with_clitics=False)  # كما توجه الوالي ...، وأكد
            subject = self._complement_clause_subject(position, cue_index)
            if subject is None and has_role(tokens[position], "contrast", with_clitics=False) \
                    and position + 1 < cue_index and tokens[position].norm in CONTRAST_INNA:
                subject = self._titled_clause_subject(position + 1, cue_index)  # لكن أنصار البيئة طعنوا، قائلين
            if subject is not None and agrees(cue, subject):
                return subject
            if starts_clause and self._subordinate_clause(position):
                position -= 1
                continue
            if starts_clause and tokens[position].kind == "arabic":
                for verb_at in self._verb_candidates(position, cue_index):
                    speaker = self._subject_after_verb(verb_at, cue_index)
                    if speaker is not None:
                        fronted = self._sentence_topic(verb_at, cue_index)
                        if fronted.span is not None:
                            speaker = fronted  # الوزير فلان، من جهته، زار المكان: what follows زار is its object
                        if speaker.span is not None and agrees(cue, speaker):
                            return speaker
                        source = self._relay_clause_source(verb_at, cue_index)
                        if source.span is not None and agrees(cue, source):
                            return source  # ونقلت صحيفة ماركا عن راموس تعليقه. وتابع: the source, not the outlet
                        break
                topic = self._fronted_topic(position, cue_index)
                if topic.span is not None and agrees(cue, topic):
                    return topic
            position -= 1
        return NO_SPEAKER

    def _heading_line(self, sentence: int) -> bool:
        """A short line of its own with no closing point (a heading or a link to another story
        between paragraphs): it has no verb whose subject an unspoken subject after it takes."""
        if self.heading_sentences is None:
            self.heading_sentences = self._find_heading_sentences()
        return sentence in self.heading_sentences

    def _find_heading_sentences(self) -> set[int]:
        tokens, text = self.tokens, self.doc.text
        headings: set[int] = set()
        first = 0
        for index, token in enumerate(tokens):
            if index + 1 < len(tokens) and tokens[index + 1].sentence == token.sentence:
                continue
            line_before = first == 0 or "\n" in text[tokens[first - 1].end:tokens[first].start]
            line_after = index + 1 == len(tokens) or "\n" in text[token.end:tokens[index + 1].start]
            if line_before and line_after and index - first < MAX_HEADING_TOKENS and token.norm not in SENTENCE_POINTS \
                    and not self._opens_with_verb(first):
                headings.add(token.sentence)
            first = index + 1
        return headings

    def _opens_with_verb(self, index: int) -> bool:
        """أعلنت الوزارة اعتقال خمسة: a lede without its point is a clause of the story still."""
        token = self.tokens[index]
        if token.norm in attribution_forms() or cue_of(token) is not None:
            return True
        return self.mentions.covering(token.start, token.end) is None and self._looks_like_verb(token)

    def _subordinate_clause(self, position: int) -> bool:
        """A clause after حيث/عندما/إذ whose first word reports no speech: its subject is no
        antecedent of a later unspoken subject (the main clause's subject goes on)."""
        tokens = self.tokens
        if position == 0 or tokens[position - 1].sentence != tokens[position].sentence \
                or not has_role(tokens[position - 1], "subordinate"):
            return False
        cue = cue_of(tokens[position])
        return cue is None or cue.lemma in cue_patterns()

    def _sentence_topic(self, verb_at: int, cue_index: int) -> Speaker:
        """The fronted topic of the sentence the verb at `verb_at` is in, when it comes before that verb."""
        tokens = self.tokens
        start = verb_at
        while start > 0 and tokens[start - 1].sentence == tokens[verb_at].sentence:
            start -= 1
        if start == verb_at:
            return NO_SPEAKER
        topic = self._fronted_topic(start, cue_index)
        return topic if topic.span is not None and topic.span.end <= tokens[verb_at].start else NO_SPEAKER

    def _fronted_topic(self, position: int, cue_index: int) -> Speaker:
        """الكاتب سامي الكافي، بدوره، أجاب ...، وأوضح: a named phrase that opens its sentence and is
        set off by a comma is the subject of the verbs after it."""
        tokens = self.tokens
        if position > 0 and tokens[position - 1].sentence == tokens[position].sentence:
            return NO_SPEAKER
        if self.mentions.covering(tokens[position].start, tokens[position].end) is None \
                and not is_title_word(tokens[position]):
            return NO_SPEAKER
        topic = self.chunker.phrase(position, cue_index - 1)
        if topic.span is None or topic.actor is None or topic.span.start != tokens[position].start:
            return NO_SPEAKER
        after = self.doc.token_index_at(topic.span.end)
        if after + 1 < cue_index and self._place_at(after + 1):
            return NO_SPEAKER  # أتلانتا، الولايات المتحدة (CNN) - أكد: a dateline, its city and country
        return topic if after < cue_index and tokens[after].norm in COMMAS else NO_SPEAKER

    def _place_at(self, index: int) -> bool:
        start = self.tokens[index].start
        return any(item.kind == "place" for item in self.mentions.between(start, start + 1))

    def _complement_clause_subject(self, position: int, cue_index: int) -> Speaker | None:
        """واللافت أن العداءة تمتعت بالهدوء وأجابت: a person named right after an أن that opens
        no report (not inside a quote's text) is the subject of the clause that follows."""
        tokens = self.tokens
        following = tokens[position + 1] if position + 1 < cue_index else None
        if following is None or not is_complementizer(tokens[position], following):
            return None
        mention = self.mentions.starting_at(following.start)
        if (mention is None or mention.kind != "person") and (
                is_title_word(following) or tokens[position].text.lstrip("و") in INNA_FORMS):
            return self._titled_clause_subject(position + 1, cue_index)
        if mention is None or mention.kind != "person" or mention.end > tokens[cue_index].start:
            return None
        first = self.doc.token_index_at(mention.start)
        speaker = self.chunker.speaker_of(self.doc.span(mention.start, mention.end), first, first)
        after = self.doc.token_index_at(mention.end)
        if after < cue_index and self._looks_like_verb(tokens[after]) and tokens[after].norm.endswith("ت"):
            return replace(speaker, gender="f")  # أن مريم تمتعت: the verb after the name says its gender
        return speaker

    def _titled_clause_subject(self, first: int, cue_index: int) -> Speaker | None:
        """إلا أن العاهل الأردني أقر بوجود إهمال، مشيرا; فإن مسؤولين يتوقعون ...، ويقولون: a title's
        phrase right after that أن (any noun after إنّ), with its verb straight after it, is the
        subject of that verb."""
        tokens = self.tokens
        speaker = self.chunker.phrase(first, cue_index - 1)
        if speaker.span is None or speaker.span.start != tokens[first].start:
            return None
        after = self.doc.token_index_at(speaker.span.end)
        verb = after < cue_index and (cue_of(tokens[after]) is not None or tokens[after].norm in attribution_forms()
                                      or self._looks_like_verb(tokens[after]))
        return speaker if verb else None

    def _verb_candidates(self, position: int, cue_index: int) -> list[int]:
        """Where a clause's verb may stand: its first word, or after a fronted prepositional
        phrase (وفي خطبته الثانية تحدث فضيلته، ومن جهته أكد)."""
        tokens = self.tokens
        token = tokens[position]
        if token.norm.lstrip("و") in NEGATIONS and position + 1 < cue_index:
            verb = tokens[position + 1]  # ولم توضح الشركة ...، لكنها أشارت: the verb after the negation
            is_verb = verb.norm in attribution_forms() or self._looks_like_verb(verb)
            return [position + 1] if is_verb and not has_role(verb, "reason_an") else []  # لا سيما: no verb
        if (has_role(token, "preposition") or has_role(token, "circumstance", with_clitics=False)
                or self.chunker.time_word(token)) and position + 2 < cue_index \
                and has_role(tokens[position + 1], "demonstrative", with_clitics=False) \
                and tokens[position + 2].sentence == token.sentence:
            return [position + 2]  # بعد ذلك ألقى المدير كلمة: a sentence adverb of a preposition and ذلك, then the verb
        if has_role(token, "preposition"):
            return [position]
        if (has_role(token, "skippable", with_clitics=False) or self.chunker.time_word(token)) \
                and position + 1 < cue_index and tokens[position + 1].sentence == token.sentence:
            return [position + 1]  # فقد نصح الرئيس ...، عندها رد الوزير: the verb after قد or a time adverb
        if has_role(token, "temporal_an", with_clitics=False) and position + 2 < cue_index \
                and is_complementizer(tokens[position + 1]) and tokens[position + 2].sentence == token.sentence:
            return [position + 2]  # بعد أن أعلن الرئيس …، قال: the subject of the clause after بعد أن
        if token.norm.lstrip("و") not in ("في", "من", "خلال") and not has_role(token, "topic"):
            return [position]  # (وحول أهداف الحملة أشار: a fronted topic phrase, like في, before its verb)
        if position > 0 and tokens[position - 1].sentence == token.sentence:
            return []  # only a sentence may open with the phrase before its verb
        return [index for index in range(position + 1, min(cue_index - 1, position + 1 + MAX_FRONTED_TOKENS))
                if tokens[index].norm in attribution_forms()]

    def _subject_after_verb(self, verb_at: int, cue_index: int) -> Speaker | None:
        """The subject of the verb at `verb_at` (None when that word is no verb with a subject)."""
        tokens = self.tokens
        if verb_at + 1 >= cue_index:
            return None
        verb = cue_of(tokens[verb_at])
        given_name = tokens[verb_at].norm in given_names() and not self._verb_after_contrast(verb_at) \
            and not self._lede_verb_before_title(verb_at)  # كما نجا رجل; but وعد الرئيس: no name before a title
        if verb is None and (self.mentions.covering(tokens[verb_at].start, tokens[verb_at].end) is not None
                             or given_name or self._masdar_word(tokens[verb_at].norm) or event_noun(tokens[verb_at])
                             or tokens[verb_at].norm.lstrip("وف") in FRONTED_PREPOSITIONS):
            # (وبعد أقل من ساعة من بث النبأ، قال: a time phrase, no verb and subject)
            return None  # رئيس الهيئة، شوقي الطبيب: a name after a comma is no verb with a subject, named or not
        following = tokens[verb_at + 1]
        if following.kind == "punct" or self._in_quote_text(verb_at + 1):
            return None  # وتابع: أريد ...: the words after the colon are what was said, not who said it
        if self._function_word(following):
            return None  # لم يتدخلوا إلا بعد ...: a particle after the verb, no noun phrase
        if self._own_talk(following):
            return NO_SPEAKER  # وتابع حديثه، مضيفا: the speaker's own words are the object; look further back
        if verb is None and self._pronoun_subject_verb(tokens[verb_at]):
            return None  # حيث لم يتدخلوا ...، مضيفا: a verb before its subject is singular; its plural ending is the subject
        named = self.mentions.starting_at(following.start) is not None
        noun = following.norm.startswith("ال") or is_common_noun(following.norm) or construct_plural(following.norm) \
            or has_role_before_pronoun(following, "honorific")  # تحدث فضيلته، احتج موظفو الشركة
        kana = has_role(tokens[verb_at], "kana", with_clitics=False)  # كان المجلس رفع الفائدة، وقال
        if not ((verb is not None and verb.kind in ("verb", "relay")) or ((named or noun) and kana)
                or ((named or noun) and self._looks_like_verb(tokens[verb_at]))
                or ((named or noun) and (self._verb_after_contrast(verb_at) or self._conjoined_sentence_verb(verb_at)
                                         or self._after_qad(verb_at)))
                or self._lede_verb_before_title(verb_at)
                or self._verb_before_nominative_plural(tokens[verb_at], following)):
            return None
        if self._prepositional_phrase(verb_at + 1) and not self.chunker.manner_adverb(verb_at + 1):
            return None
        last = self._before_min_object(verb, verb_at + 1, min(cue_index - 1, verb_at + MAX_SPEAKER_TOKENS))
        if has_role(following, "demonstrative", with_clitics=False) and not named:
            return None  # جاء ذلك في كلمة ألقاها فلان: the event, not who spoke
        start = self._after_told_object(verb, self._after_addressee(verb_at + 1, last), last)
        speaker = self._with_appositive_person(self.chunker.phrase(start, last), last)
        if self._masdar_object(speaker):
            return NO_SPEAKER  # وأكد انتساب "…"، وأوضح: the masdar was its object; look further back
        if named and (self._feminine_verb(tokens[verb_at], verb) or self._feminine_imperfect(tokens[verb_at], verb)):
            speaker = speaker.with_verb_gender("f")  # وطالبت هناء العلي ...، وأضافت: the name has its verb's gender
        return speaker

    def _before_min_object(self, verb: Cue | None, start: int, last: int) -> int:
        """وحذر الحزب من انهيار الاقتصاد: after a verb whose object comes with من, the first من past
        the subject's first word opens that object, so the subject ends before it."""
        if verb is None or not has_role_word(verb.lemma, "min_verb"):
            return last
        return next((index - 1 for index in range(start + 1, last + 1) if self.tokens[index].norm == "من"), last)

    def _without_told_body(self, verb: Cue | None, speaker: Speaker) -> Speaker:
        """أبلغ الوزير البرلمان بأن، أخطرت الجارة الشرطة بأن: after a verb of telling, a named body
        right after a definite subject is whom it told (a definite word takes no genitive)."""
        if verb is None or not has_role_word(verb.lemma, "told_object") or speaker.span is None:
            return speaker
        tokens = self.tokens
        first, end = self.doc.token_index_holding(speaker.span.start), self.doc.token_index_at(speaker.span.end)
        for index in range(first + 1, end):
            token, previous = tokens[index], tokens[index - 1]
            body = self.mentions.starting_at(token.start)
            named_body = (body is not None and body.kind not in ("person", "place")) \
                or token.norm[2:] in institution_heads()
            if named_body and token.norm.startswith("ال") \
                    and previous.norm.startswith(("ال", "وال")) \
                    and self.mentions.covering(previous.start, previous.end, actors_only=False) is None:
                return self.chunker.speaker_of(self.doc.span(tokens[first].start, previous.end), first, index - 1)
        return speaker

    def _after_told_object(self, verb: Cue | None, position: int, last: int) -> int:
        """وأبلغ "الصحيفة" مصدر مسؤول أن: a verb of telling puts whom it told first when that is a
        short quoted name or a media outlet and a noun follows it; the subject starts after it."""
        if verb is None or not has_role_word(verb.lemma, "told_object") or position > last:
            return position
        tokens = self.tokens
        token = tokens[position]
        end = None
        if token.norm == '"' and position in self.closing_of \
                and self.closing_of[position] - position - 1 <= MAX_QUOTED_NAME_TOKENS:
            named = self.mentions.covering(tokens[position + 1].start, tokens[position + 1].end)
            # وأبلغ "الأهلي" المدرب: a club or a body in marks is the one that told
            end = self.closing_of[position] + 1 if named is None or named.kind == "media" else None
        else:
            mention = self.mentions.starting_at(token.start)
            if mention is not None and mention.kind == "media":
                end = self.doc.token_index_at(mention.end)
        if end is None or end > last:
            return position
        following = tokens[end]
        noun = following.kind == "arabic" and (is_common_noun(following.norm) or following.norm.startswith("ال")
                                               or self.mentions.starting_at(following.start) is not None)
        return end if noun and not is_complementizer(following) else position

    def _verb_after_contrast(self, verb_at: int) -> bool:
        """كما توجه الوالي: right after a clause-opening كما/فيما/بينما, a word without the article
        that is also a noun (توجه) is the clause's verb, since those words open clauses, not phrases."""
        token = self.tokens[verb_at]
        return verb_at > 0 and has_role(self.tokens[verb_at - 1], "contrast", with_clitics=False) \
            and token.kind == "arabic" and not token.norm.startswith("ال") and len(token.norm) >= 3 \
            and not is_complementizer(token) and not any(has_role(token, role) for role in
                                                         ("particle", "preposition", "relative", "pronoun"))

    def _lede_verb_before_title(self, verb_at: int) -> bool:
        """وعد نائب وزير الصحة فلان بدعم ...، مؤكدا: a bare word opening a sentence before a
        person's title is the sentence's verb (news sentences are verb first), even one that is a
        noun too (وعد "promise")."""
        tokens = self.tokens
        if verb_at + 1 >= len(tokens):
            return False
        token, following = tokens[verb_at], tokens[verb_at + 1]
        opens = verb_at == 0 or tokens[verb_at - 1].sentence != token.sentence
        # a doubled root is written in two letters (حثّ، شدّ، ردّ): no particle, pronoun or كل
        letters = len(token.norm) >= 3 or (len(token.norm) == 2 and not has_role(token, "emphatic", with_clitics=False))
        return opens and token.kind == "arabic" and not token.norm.startswith("ال") and letters \
            and (is_title_word(following) or self._nisba_before_person(verb_at + 1)) and not following.norm.startswith(("ل", "ب")) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None \
            and not any(has_role(token, role) for role in ("particle", "preposition", "relative", "pronoun",
                                                           "contrast", "relay", "kana", "time", "circumstance"))

    def _nisba_before_person(self, index: int) -> bool:
        """أثنى السويسري جياني إنفانتينو: a definite nisba (a nationality) right before a person's
        name stands as that person's title."""
        tokens = self.tokens
        word = tokens[index].norm
        if tokens[index].kind != "arabic" or not word.startswith("ال") or not word.endswith("ي") or len(word) < 6 \
                or index + 1 >= len(tokens):
            return False
        person = self.mentions.starting_at(tokens[index + 1].start)
        return person is not None and person.kind == "person"

    def _after_qad(self, verb_at: int) -> bool:
        """فقد نصح الرئيس: the word right after قد (وقد، فقد، لقد) is a perfect verb, even one that is a noun too."""
        return verb_at > 0 and self.tokens[verb_at - 1].norm.lstrip("وفل") == "قد" \
            and self.tokens[verb_at].kind == "arabic" and not self.tokens[verb_at].norm.startswith("ال")

    def _conjoined_sentence_verb(self, verb_at: int) -> bool:
        """ونشر الوزير: a sentence that opens with و/ف and a bare word before its subject opens with
        its verb (news sentences are verb first), even where that word is also a noun (نشر)."""
        token = self.tokens[verb_at]
        opens = verb_at == 0 or self.tokens[verb_at - 1].sentence != token.sentence
        return opens and token.kind == "arabic" and token.norm[:1] in ("و", "ف") and len(token.norm) >= 4 \
            and not token.norm[1:].startswith("ال") and not is_complementizer(token) \
            and not any(has_role(token, role) for role in ("particle", "preposition", "relative", "pronoun",
                                                           "contrast", "relay", "kana"))

    @staticmethod
    def _verb_before_nominative_plural(token: Token, following: Token) -> bool:
        """وعبر المواطنون، وتجمع المحتجون: a word a noun too (عبر، تجمع) is the verb when a definite
        plural in ون follows it, since a genitive after a noun would read ين."""
        word = following.norm
        return token.kind == "arabic" and word.startswith("ال") and word.endswith("ون") \
            and len(word) >= MIN_NOMINATIVE_PLURAL_LETTERS and not token.norm.lstrip("وف").startswith("ال") \
            and not any(has_role(token, role) for role in ("particle", "preposition", "relative", "pronoun"))

    @staticmethod
    def _feminine_verb(token: Token, cue: Cue | None) -> bool:
        """A cue or attributing verb whose generated form is marked for a feminine singular subject
        (قالت، طالبت); a final ت alone may be a root letter (أثبت، سكت)."""
        found = cue or attribution_forms().get(token.norm)
        return found is not None and found.gender == "f" and found.number == "sg"

    def _feminine_imperfect(self, token: Token, cue: Cue | None) -> bool:
        """لتقوم هيفاء، وتواصل الوزيرة: a verb read by its form (no cue) with the imperfect's ت
        before a named subject: the third person feminine, so the name is a woman's."""
        word = token.norm
        while word[:1] in ("و", "ف", "ل") and len(word) > 4:
            word = word[1:]
        return cue is None and word.startswith("ت") and len(word) >= 4 and self._looks_like_verb(token)

    def _inside_read_zone(self, index: int) -> bool:
        """A token after a quote's cue, up to its text's end: an aside there (وذكر السائق، وهو أب
        ...، وعرّفه موقع ...، أنه) is no clause whose subject a later cue takes; the cue itself is."""
        return any(cue < index <= end for cue, end in self.covered)

    def _in_quote_text(self, index: int) -> bool:
        offset = self.tokens[index].start
        return any(quote.start <= offset < quote.end for quote in self.quotes[-MAX_RECENT_SPEAKERS:])

    @staticmethod
    def _function_word(token: Token) -> bool:
        """A particle, preposition, relative pronoun or contrast word (إلا، التي، إلى): the article's
        letters at its start (إلا → الا) make no noun of it."""
        if token.kind != "arabic":
            return False
        word = token.norm
        bases = [word] + [word[:-len(suffix)] for suffix in PRONOUN_SUFFIXES if word.endswith(suffix) and len(word) > len(suffix) + 1]
        # معها، عليه، منهم: a preposition with its pronoun is no noun either
        return any(has_role(token, role, with_clitics=False) for role in FUNCTION_ROLES) \
            or any(has_role_word(base, role) for base in bases[1:] for role in ("particle", "preposition"))

    def _pronoun_subject_verb(self, token: Token) -> bool:
        """يتدخلوا، رفضوا، يقولون: a verb read by its form (no cue) with the plural ending وا/ون. A
        verb that opens its clause agrees only in gender with a subject after it, so a plural ending
        is the subject itself (a pronoun) and the noun after it is the verb's object."""
        word = token.norm.lstrip("وف") if len(token.norm) > 4 else token.norm
        if not word.endswith(("وا", "ون")) or len(word) < 4 or not self._looks_like_verb(token):
            return False
        return word.endswith("وا") or word[0] in ("ي", "ت")

    @staticmethod
    def _looks_like_verb(token: Token) -> bool:
        """No article, no particle, and not a word the corpus writes with the article (جامعة)."""
        word = token.norm[1:] if token.norm[:1] in ("و", "ف") and len(token.norm) > 3 else token.norm
        # لل is the preposition لـ before the article (وللأدب الشعبي); no verb opens with it
        return token.kind == "arabic" and len(word) >= 3 and (not word.startswith("ال") or _radical_lam(word)) \
            and not word.startswith("لل") \
            and not _possessed_noun(word) \
            and not has_role(token, "particle") and not has_role(token, "pronoun") \
            and not has_role(token, "relay") and not has_role(token, "circumstance") \
            and not SpeakerChunker.prepositional(token) \
            and not has_role(token, "demonstrative") and not is_common_noun(word) and not is_common_noun(token.norm) \
            and not _lam_noun(word)

    def _nearest_actor_before(self, cue_index: int, agreeing: Cue | None = None) -> Speaker:
        """The last actor named before `cue_index` in its sentence (since the last quote); with
        `agreeing`, the last one that agrees with that cue, if any does."""
        tokens = self.tokens
        sentence_start = next(index for index in range(cue_index, -1, -1)
                              if index == 0 or tokens[index - 1].sentence != tokens[cue_index].sentence)
        lower = max([tokens[sentence_start].start] + [quote.end for quote in self.quotes])
        candidates = [item for item in self.mentions.between(lower, tokens[cue_index].start)
                      if item.end <= tokens[cue_index].start and item.kind != "place"]
        if not candidates:
            return NO_SPEAKER
        speakers = [self.chunker.speaker_of(self.doc.span(item.start, item.end), first, first)
                    for item in candidates[-1 if agreeing is None else 0:]
                    for first in (self.doc.token_index_at(item.start),)]
        return next((speaker for speaker in reversed(speakers) if agreeing is not None and agrees(agreeing, speaker)),
                    speakers[-1])

    def resolve_unspoken(self, cue_index: int, cue: Cue) -> Speaker:
        """An unspoken subject: the previous clause's subject if it agrees, else the last speaker
        that agrees, else the last speaker."""
        if cue.kind == "masdar" and self._own_words_masdar(cue_index):
            subject = self._subject_before_masdar(cue_index)
            if subject.span is not None:
                return subject  # وهو ما علق عليه بوتين بقوله: the name between the verb and بقوله
            previous = self._without_object(self._previous_clause_subject(cue, cue_index), cue_index)
            if previous.span is not None:
                return next((speaker for speaker in reversed(self.recent) if speaker.span is not None
                             and speaker.span.start == previous.span.start), previous)
        if cue.kind == "masdar":
            nearest = self._nearest_actor_before(cue_index)
            if nearest.span is not None:
                return nearest
        if cue.kind == "participle" and self.recent and self._last_quote_in_sentence(cue_index):
            return self.recent[-1]  # قال إن ...، مضيفا أن: the same speaker goes on
        if cue.kind in ("verb", "participle"):
            previous = self._previous_clause_subject(cue, cue_index)
            woman = self._woman_named_before(cue_index) if cue.gender == "f" and cue.number == "sg" else NO_SPEAKER
            if woman.span is not None and (previous.span is None or woman.span.start > previous.span.end):
                return woman  # التقى زوجته فلانة التي ...، وتقول: the woman named since the last agreeing subject
            if previous.span is not None:
                # The same subject as an earlier quote's speaker: take that speaker, actor and all.
                return next((speaker for speaker in reversed(self.recent) if speaker.span is not None
                             and speaker.span.start == previous.span.start), previous)
        for speaker in reversed(self.recent):
            if agrees(cue, speaker):
                return speaker
        if cue.kind == "verb" and self._opens_sentence(cue_index):
            earlier = self._previous_clause_subject(cue, cue_index, EARLIER_SENTENCES)
            if earlier.span is not None:
                return earlier  # أعلنت الكلية عن ... . أما الاحتياج ... . وقالت إن: the lede's subject, no speaker yet
        nearest = self._nearest_actor_before(cue_index)
        return nearest if agrees(cue, nearest) else NO_SPEAKER  # ويرون after a lone woman: nobody known

    @staticmethod
    def _feminine_title(token: Token) -> bool:
        """الوزيرة، السيدة، الإعلامية، الناشطة: a feminine title or a definite feminine noun of
        occupation (a nisba or participle in ة) right before a name."""
        word = token.norm[1:] if token.norm.startswith(("وال", "فال")) else token.norm
        if not word.endswith("ه"):
            return False
        return word in definite_title_words() or word in title_words() or word[:-1] in title_words() \
            or ("ال" + word[:-1]) in definite_title_words() or (word.startswith("ال") and word.endswith("يه"))

    def _woman_named_before(self, cue_index: int) -> Speaker:
        """The nearest person before a feminine cue, within the clause lookback, whom the text shows
        to be a woman: a feminine noun right before the name (زوجته، ابنة، السيدة، الوزيرة) or a
        feminine relative or verb right after it (فلانة التي، فلانة قالت)."""
        tokens = self.tokens
        lower = tokens[max(0, cue_index - MAX_CLAUSE_LOOKBACK)].start
        persons = [item for item in self.mentions.between(lower, tokens[cue_index].start)
                   if item.kind == "person" and item.end <= tokens[cue_index].start]
        for person in reversed(persons):
            at, after = self.doc.token_index_holding(person.start), self.doc.token_index_at(person.end)
            before = tokens[at - 1] if at > 0 else None
            following = tokens[after] if after < cue_index else None
            feminine_before = before is not None and before.kind == "arabic" and not self.chunker.time_word(before) \
                and (self._feminine_title(before) or (before.norm.endswith("ته") and is_common_noun(before.norm[:-2] + "ه")))
            feminine_after = following is not None and following.norm.lstrip("و") in ("التي", "اللتي") \
                or (following is not None and following.norm == "التي")
            if feminine_before or feminine_after:
                return self.chunker.speaker_of(self.doc.span(person.start, person.end), at, after - 1)
        return NO_SPEAKER

    def _subject_before_masdar(self, cue_index: int) -> Speaker:
        """A person's name right before بقوله, itself right after a verb or a preposition with a
        pronoun (علق عليه بوتين بقوله، وعلق بوتين بقوله), is the verb's subject; after a noun it may
        be the verb's object (انتقد الوزير فلانا بقوله)."""
        tokens = self.tokens
        if cue_index < 2:
            return NO_SPEAKER
        person = self.mentions.covering(tokens[cue_index - 1].start, tokens[cue_index - 1].end)
        if person is None or person.kind != "person" or person.end != tokens[cue_index - 1].end:
            return NO_SPEAKER
        first = self.doc.token_index_at(person.start)
        if first < 1:
            return NO_SPEAKER
        before = tokens[first - 1]
        verb = self.cue_at(first - 1) is not None or before.norm in attribution_forms()
        pronoun_preposition = before.norm[:2] in ("عل", "عن", "ال") and before.norm.endswith(PRONOUN_SUFFIXES) \
            and has_role_before_pronoun(before, "preposition")
        if not (verb or pronoun_preposition):
            return NO_SPEAKER
        return self.chunker.speaker_of(self.doc.span(person.start, person.end), first, cue_index - 1)

    def _without_object(self, speaker: Speaker, cue_index: int) -> Speaker:
        """انتقد الوزير المعارضة بقوله: a subject phrase that runs up to the masdar has swallowed the
        verb's object, the name or the word right before it."""
        tokens = self.tokens
        if speaker.span is None or speaker.span.end != tokens[cue_index - 1].end:
            return speaker
        first = self.doc.token_index_at(speaker.span.start)
        if first >= cue_index - 1:
            return speaker  # وعلق الوزير بقوله: the subject alone
        last = cue_index - 2
        named = self.mentions.covering(tokens[cue_index - 1].start, tokens[cue_index - 1].end)
        if named is not None and named.start > tokens[first].end:
            last = self.doc.token_index_at(named.start) - 1  # انتقدت الوزيرة حركة النهضة بقولها
        if last < first:
            return NO_SPEAKER
        return self.chunker.phrase(first, last)

    def _time_antecedent(self, cue_index: int) -> bool:
        """في وقت قال فيه مسؤولون إن: the فيه after the cue refers to the time noun before it, so
        the subject is the phrase after فيه, not a text's author."""
        return cue_index > 0 and has_role(self.tokens[cue_index - 1], "time_antecedent")

    def _document_pronoun(self, position: int) -> bool:
        """فيه، فيها after جاء: the text just named (بيانا جاء فيه، تغريدة جاء فيها)."""
        token = self.tokens[position]
        return token.kind == "arabic" and token.norm.startswith("في") and token.norm.endswith(PRONOUN_SUFFIXES) \
            and token.norm != "في"

    def _document_author(self, cue_index: int) -> Speaker:
        """نشر الوزير تغريدة جاء فيها: the subject of the clause that brought the text out, whatever
        its gender (جاء agrees with the words, not with the author)."""
        voiced = self._voiced_by(cue_index)
        if voiced.span is not None:
            return voiced
        owner = self._text_owner_before(cue_index)
        if owner.span is not None:
            return owner  # تصريحات للحكومة الأفغانية قالت فيها إن: the text's owner wrote it
        neutral = replace(self.cue_at(cue_index) or NO_CUE, gender=None, number=None)
        author = self._previous_clause_subject(neutral, cue_index)
        return author if author.span is not None else NO_SPEAKER

    def _text_owner_before(self, cue_index: int) -> Speaker:
        """The لـ owner of a text noun right before the cue (تصريحات للحكومة الأفغانية قالت فيها)."""
        tokens = self.tokens
        for at in range(cue_index - 1, max(0, cue_index - 1 - MAX_OWNER_WORDS), -1):
            token = tokens[at]
            if token.kind != "arabic" or token.sentence != tokens[cue_index].sentence:
                return NO_SPEAKER
            definite = token.norm.startswith("لل") and len(token.norm) > MIN_OWNER_LETTERS
            if (definite or self._owner_word(token)) and has_role_before_pronoun(tokens[at - 1], "circumstance_noun"):
                start = token.start if definite else token.start + 1  # للحكومة keeps its لل, read as the article
                return self.chunker.speaker_of(self.doc.span(start, tokens[cue_index - 1].end), at, cue_index - 1)
        return NO_SPEAKER

    def _voiced_by(self, cue_index: int) -> Speaker:
        """نقلت الصحف تصريحات على لسان المدرب قال فيها: whose tongue the text was on is its author,
        not who carried it."""
        tokens = self.tokens
        for position in range(cue_index - 2, max(0, cue_index - MAX_VOICED_REACH) - 1, -1):
            if tokens[position].sentence != tokens[cue_index].sentence or tokens[position].kind == "punct":
                break
            if tokens[position].norm == "لسان" and position > 0 and tokens[position - 1].norm == "علي":
                return self.chunker.phrase(position + 1, cue_index - 1)
        return NO_SPEAKER

    def _own_words_masdar(self, cue_index: int) -> bool:
        """بقوله، وفق قوله، على حد قولها: the words of the clause's own subject (انتقد الوزير الخطة
        بقوله إن), where نسب إلى فلان قوله gives them to the person before it."""
        token = self.tokens[cue_index]
        before = self.tokens[cue_index - 1].norm if cue_index > 0 else ""
        return token.norm.lstrip("و").startswith("ب") or has_role_word(before, "own_words")

    def _last_quote_in_sentence(self, cue_index: int) -> bool:
        if not self.quotes:
            return False
        first = self.doc.token_index_at(self.quotes[-1].start)
        return first < len(self.tokens) and self.tokens[first].sentence == self.tokens[cue_index].sentence

    def _disagrees_as_subject(self, cue: Cue, speaker: Speaker) -> bool:
        """A definite masculine singular noun after a feminine verb is its object (وناشدت العالم), and
        so is a feminine country's name after a masculine verb (اتهم إسرائيل)."""
        if speaker.span is None or cue.number != "sg":
            return False
        head = self.tokens[self.doc.token_index_at(speaker.span.start)]
        covered = self.mentions.covering(head.start, head.end, actors_only=False)
        if cue.gender == "m" and cue.aspect == "perfect" and covered is not None and covered.kind == "place" \
                and covered.start == speaker.span.start:
            return head_agreement(head, covered)[0] == "f"
        if cue.gender != "f":
            return False
        return covered is None and head.norm.lstrip("وف").startswith("ال") \
            and speaker.gender == "m" and speaker.number == "sg"

    def _masdar_object(self, speaker: Speaker) -> bool:
        """وأكد انتساب "…": a lone indefinite derived masdar after the cue is what it stated; so is a lone
        demonstrative (واعتبر ذلك رافدا), which points back to what was said, and says nothing itself."""
        if speaker.span is None:
            return False
        first = self.doc.token_index_holding(speaker.span.start)
        if self.doc.token_index_at(speaker.span.end) != first + 1 \
                or self.mentions.covering(speaker.span.start, speaker.span.end, actors_only=False) is not None:
            return False
        return indefinite_derived_masdar(self.tokens[first]) or self._feeling_noun(first) \
            or self.tokens[first].norm in word_set("demonstrative")  # واعتبر ذلك رافدا جديدا: ذلك is the object

    def _feeling_noun(self, index: int) -> bool:
        """وأكد سعادته باختيار نصه: a courtesy title with a pronoun (سعادته) that a ب phrase follows is
        the noun "his happiness with", the verb's object; the title itself is followed by the verb's
        report (وأكد سعادته أن)."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return has_role_before_pronoun(token, "honorific") and not has_role(token, "honorific") \
            and following is not None and following.norm.startswith("ب") and not is_complementizer(following) \
            and self._prepositional_phrase(index + 1)

    def _label_object(self, speaker: Speaker, zone: _Zone, pattern: CuePattern | None) -> bool:
        """ووصفت الاتهامات بأنها "مفبركة": with one noun phrase before the label, it is the thing
        described, and the describer is unspoken."""
        if pattern is None or pattern.speaker != "label" or speaker.span is None:
            return False
        following = self.doc.token_index_at(speaker.span.end)
        alone = following >= zone.end or (following == zone.end - 1 and self.tokens[following].norm == "ب")
        if speaker.actor is None or not alone:
            return alone
        # ووصفت نيويورك تايمز بأنها "فاشلة": a named actor is the one described when the pronoun of
        # بأنه/بأنها agrees with it
        pronoun = self.tokens[zone.end].norm
        gender = "f" if pronoun.endswith("ها") else "m" if pronoun.endswith("ه") else None
        return gender is not None and speaker.gender == gender

    def find_speaker(self, cue_index: int, cue: Cue, zone: _Zone, pattern: CuePattern | None
                     ) -> tuple[Speaker, list[str]] | None:
        if cue.aspect == "passive":
            following = self.tokens[cue_index + 1].norm if cue_index + 1 < len(self.tokens) else ""
            if (cue_index > 0 and self.tokens[cue_index - 1].norm == "ما") or following == "ما":
                return None  # قد قيل ما قيل إنْ صدقا: "what was said", a saying, no report
            return NO_SPEAKER, []  # وقيل إن، وأُفيد بأن: reported, by nobody the text names
        earlier = self._sabaqa_subject(cue_index)
        if earlier is not None:
            return earlier, []
        if cue.kind == "relay":
            speaker, via = self._relayed_speaker(cue_index, zone.end)
        elif cue.kind == "verb" and cue_index + 1 < len(self.tokens) and self._document_pronoun(cue_index + 1) \
                and not self._time_antecedent(cue_index) \
                and (author := self._indefinite_antecedent(cue_index, cue)).span is not None:
            return author, []  # نشرت البعثة، الثلاثاء، صورة ذكرت فيها أن: before any subject the clause seems to have
        elif cue.kind == "verb":
            start = cue_index
            if pattern is not None and pattern.speaker == "after":
                start = self._needed_word(cue_index, zone, pattern) or cue_index
                if self._document_pronoun(start):
                    return self._document_author(cue_index), []
            zone_end = zone.end + 1 if zone.how == "bare" else zone.end
            if pattern is not None and pattern.speaker == "subject" and pattern.needs:
                needed = self._needed_word(cue_index, zone, pattern)
                zone_end = min(zone_end, needed) if needed is not None else zone_end  # جدد الوزير التأكيد على أن
            if zone.how == "coordinated":
                zone_end = next(index for index in range(cue_index + 1, zone.end)
                                if has_role(self.tokens[index], "complement", with_clitics=False)
                                or self.tokens[index].norm == "من")
            speaker, via = self._post_verbal(start, zone_end)
            labelled = self._label_object(speaker, zone, pattern) \
                and not self._object_pronoun_form(self.tokens[cue_index].norm, cue)  # ما وصفه الرئيس: the pronoun is the object
            if self._disagrees_as_subject(cue, speaker) or labelled \
                    or self._masdar_object(speaker):
                speaker = NO_SPEAKER
            fronted = self._kana_subject(cue_index)
            if fronted.span is None and speaker.span is not None:
                fronted = self._inna_subject(cue_index, cue)
            if fronted.span is not None:
                speaker = fronted  # وكان الرئيس وصف الاجتماع بأنه: what follows the verb is its object
        elif cue.kind == "masdar":
            speaker, via = self._relayed_masdar(cue_index)
            if speaker.span is None and self.tokens[cue_index].norm.lstrip("وف").startswith("ال"):
                return None  # ويمكن القول إن: the bare القول reports only as relayed (نقلت الوكالة عنه القول إن)
        else:
            speaker, via = NO_SPEAKER, []
        if speaker.span is None and cue.kind in ("verb", "relay"):
            speaker = self._pre_verbal(cue_index)
            if speaker.span is None and pattern is not None and pattern.speaker == "passive_imperfect" \
                    and _impersonal_passive(cue):
                return None  # يُذكر أن: nobody's speech
            if speaker.span is None:
                speaker = self._indefinite_antecedent(cue_index, cue)
        if speaker.span is None:
            speaker = self.resolve_unspoken(cue_index, cue)
        if cue.gender is not None and cue.number == "sg" and not (cue.kind == "relay" and via):
            # وقالت ليلى الساعدي، هيفاء ... قائلة: a named or unspoken subject has its verb's gender (but
            # نقلت الوكالة عن المتحدث: the relay verb agrees with the outlet, not with its source)
            speaker = speaker.with_verb_gender(cue.gender)
        return speaker, via

    # --- one quote --------------------------------------------------------------------------
    def quote_at(self, cue_index: int) -> int | None:
        """Record the quote introduced by the cue at `cue_index`; return the index to continue after."""
        tokens = self.tokens
        cue = self.cue_at(cue_index)
        if cue is None:
            return None
        if cue_index > 0 and not cue.conjoined and has_role(tokens[cue_index - 1], "relative", with_clitics=False):
            return self._relative_report(cue_index, cue)
        if cue_index > 0 and not cue.conjoined and cue.aspect == "perfect" \
                and has_role(tokens[cue_index - 1], "masdar_governor", with_clitics=False) \
                and not self._temporal_clause(cue_index, cue) and self._sabaqa_at(cue_index) is None:
            return None  # رفض ذكر اسمه: the masdar; فعلي أن أوضح: a first person after أنْ
        if cue.aspect == "imperfect" and self._without_an_before(cue_index):
            return None  # دون أن توضح أنها ...: "without stating", nothing was stated
        zone = self.speaker_zone(cue_index, cue)
        pattern = cue_patterns().get(cue.lemma)
        if zone is None and pattern is None:
            zone = self._coordinated_complement(cue_index, cue)
        if zone is None or not self._pattern_allows(cue_index, zone, pattern):
            return None
        if pattern is not None and pattern.speaker == "direct" \
                and (zone.how not in ("colon", "quote", "unclosed")
                     or (zone.end - cue_index > MAX_DIRECT_ONLY_REACH and not self._topic_phrase(cue_index, zone))):
            return None  # زاد أن ...: "increased", not "added"; تواصل عزلة المناطق ... "اف ام": "continuation"
        text_first, text_last, direct = self.quote_text(zone, pattern)
        if text_first is None:
            return None
        found = self.find_speaker(cue_index, cue, zone, pattern)
        if found is None:
            return None
        speaker, via = found
        if not direct:
            text_last = self._before_agreeing_participle(cue, speaker, text_first, text_last)
            text_last = self._before_main_clause(cue_index, text_first, text_last)
        colon = self._colon_before_quotation(text_first, text_last) if zone.how == "complementizer" else None
        if colon is not None:
            # وأضاف بأن الوضع مأساوي: "إنهم لم يأكلوا": the report, then the words it sums up
            closing = self.closing_of[colon + 1]
            self._record(cue_index, text_first, colon - 1, False, speaker, via)
            self._record(cue_index, colon + 2, closing - 1, True, speaker, via)
            self.covered.append((cue_index, closing))
            return closing + 1
        self._record(cue_index, text_first, text_last, direct, speaker, via)
        if zone.how == "unclosed":
            self.unclosed_ending_at[self._paragraph_last(text_last)] = speaker
        self.covered.append((cue_index, text_last))
        return text_last + 1

    def _before_main_clause(self, cue_index: int, first: int, last: int) -> int:
        """وبينما تقول السلطات السعودية إنه غادر، تنفي السلطات التركية أن ...: a report in a clause that
        بينما/فيما opens ends at the comma before the main clause, whose cue verb, an imperfect too,
        opens a report of its own."""
        tokens = self.tokens
        start = self._clause_start(cue_index)
        opener = start - 1  # the word before the clause, past a detached و/ف
        while opener >= 0 and tokens[opener].norm in ("و", "ف") and tokens[opener].sentence == tokens[cue_index].sentence:
            opener -= 1
        if all(position < 0 or tokens[position].norm.lstrip("وف") not in WHILE_WORDS for position in (start, opener)):
            return last
        for position in range(first + 1, last):
            if tokens[position].norm in COMMAS and self.cue_at(position + 1) is not None \
                    and not (self.cue_at(position + 1) or NO_CUE).conjoined and self.opens_report(position + 1):
                return position - 1
        return last

    def _before_agreeing_participle(self, cue: Cue, speaker: Speaker, first: int, last: int) -> int:
        """أعلنت المنظمة أن …، مؤكدة وجود …: after a comma, a cue's participle in ة is the حال of a
        feminine speaker (the narrator's words again), where elsewhere a word in ة may be a noun of
        the report (، ومتابعة …); the report ends before it."""
        feminine = (cue.gender == "f" and cue.number == "sg") or (speaker.gender == "f" and speaker.number == "sg")
        if not feminine:
            return last
        tokens = self.tokens
        for position in range(first + 2, last + 1):
            if tokens[position - 1].norm not in COMMAS or not tokens[position].norm.endswith("ه"):
                continue
            participle = self.cue_at(position)
            if participle is not None and participle.kind == "participle" and participle.gender == "f" \
                    and not self._in_open_quotation(first, position):
                return self._strip(first, position - 2)[1]
        return last

    def _in_open_quotation(self, first: int, position: int) -> bool:
        """A quotation mark opened after `first` and closed after `position`."""
        return any(first <= opening < position < closing for opening, closing in self.closing_of.items())

    def _without_an_before(self, cue_index: int) -> bool:
        """دون أن، بدون أن، قبل أن right before an imperfect cue: the subjunctive of a thing not done."""
        tokens = self.tokens
        return cue_index > 1 and tokens[cue_index - 1].norm == "ان" \
            and has_role(tokens[cue_index - 2], "reason_an", with_clitics=False) \
            and tokens[cue_index - 2].norm in WITHOUT_BEFORE

    def _colon_before_quotation(self, first: int, last: int) -> int | None:
        """The colon inside an indirect report's text that opens a quotation of a few words or
        more (…في وضع مأساوي: "إنهم …"): the report ends before it. A colon after a cue inside
        the report (أن أباها كان يردد: "…") opens someone else's words, nested in the report."""
        tokens = self.tokens
        for colon in range(first + MIN_POSTPOSED_TOKENS, last):
            if tokens[colon].norm == ":" and colon + 1 in self.closing_of \
                    and self.closing_of[colon + 1] - colon - 2 >= MIN_POSTPOSED_TOKENS:
                nested = any(cue_of(token) is not None for token in tokens[first:colon])
                return None if nested else colon
        return None

    def _topic_phrase(self, cue_index: int, zone: _Zone) -> bool:
        """وواصل حول مستقبل المنتخب ...: «…»: a topic phrase right after a direct-only cue lets the
        colon come further on, unbroken by commas (وتواصل الجدل حول ...: no cue, a noun's topic)."""
        tokens = self.tokens
        if zone.how != "colon" or any(tokens[index].norm in COMMAS for index in range(cue_index + 1, zone.end)):
            return False
        return has_role(tokens[cue_index + 1], "topic", with_clitics=False)

    def _sabaqa_at(self, cue_index: int) -> int | None:
        """Index of the سبق in سبق أن قال، سبق لـX أن قال: after it the perfect is a finite verb."""
        tokens = self.tokens
        if cue_index < 2 or tokens[cue_index - 1].norm != "ان":
            return None
        for at in range(cue_index - 2, max(-1, cue_index - 2 - MAX_HEADLINE_TOKENS), -1):
            if tokens[at].norm in ("سبق", "وسبق"):
                return at
            if tokens[at].kind == "punct" and tokens[at].norm != '"':
                return None
        return None

    def _sabaqa_subject(self, cue_index: int) -> Speaker | None:
        """وسبق لصحيفة "الأيام" أن قالت إن: the لـ phrase between سبق and أن is the verb's subject
        (a لل phrase keeps its لل, which matching reads as the article)."""
        tokens = self.tokens
        sabaqa = self._sabaqa_at(cue_index)
        if sabaqa is None or sabaqa + 1 >= cue_index - 1 or not tokens[sabaqa + 1].norm.startswith("ل"):
            return None
        owner, last = tokens[sabaqa + 1], cue_index - 2
        start = owner.start if owner.norm.startswith("لل") else owner.start + 1
        while start < tokens[last].end and self.doc.text[start] in "\u0640 ":
            start += 1  # لـ"ذا صن": the tatweel after the clitic
        return self.chunker.speaker_of(self.doc.span(start, tokens[last].end), sabaqa + 1, last)

    def _temporal_clause(self, cue_index: int, cue: Cue) -> bool:
        """بعد أن قال الوزير إن: after بعد/منذ/عقب أنْ a perfect is the clause's finite verb. A verb
        of judgment there (بعد أن رأت الرياض أن الوقت حان) gives the reason for an act, not a report."""
        return cue_index > 1 and self.tokens[cue_index - 1].norm == "ان" \
            and has_role(self.tokens[cue_index - 2], "temporal_an", with_clitics=False) \
            and not has_role_word(cue.lemma, "judgment")

    def _relative_report(self, cue_index: int, cue: Cue) -> int | None:
        """وكالة الأنباء، التي أشارت إلى أن ...: a relative clause that reports, its subject the
        antecedent. Only where the report opens right after the verb (or its needed إلى); التي يشير
        إليها is the verb's object, not a report."""
        zone = self.speaker_zone(cue_index, cue)
        if zone is None or zone.how != "complementizer":
            return None
        pattern = cue_patterns().get(cue.lemma)
        if pattern is not None and pattern.speaker == "passive_imperfect" and _impersonal_passive(cue) \
                and zone.end == cue_index + 1:
            return None  # الشتاء الذي يُتوقع أن ينتعش: the passive, nobody's report
        if zone.end - cue_index > 2 or (zone.end - cue_index == 2 and not self._needed(self.tokens[cue_index + 1], cue)
                                        and self.tokens[cue_index + 1].norm not in ("الي", "الى")):
            # التحقيق الذي تقول الشركة إنه ...: the clause has a subject of its own after its verb
            speaker, _ = self._post_verbal(cue_index, zone.end)
            if speaker.span is None or not _agrees_after_verb(cue, speaker) or self._prepositional_phrase(cue_index + 1):
                return None
        elif RELATIVE_GENDER.get(self.tokens[cue_index - 1].norm, cue.gender) != cue.gender:
            # الدول التي قال إنها ...: a verb that disagrees with the antecedent has an unspoken
            # subject, the antecedent being what the words are about
            speaker = self._without_antecedent(self.resolve_unspoken(cue_index, cue), cue_index - 2)
            if speaker.span is None:
                speaker = next((earlier for earlier in reversed(self.recent) if agrees(cue, earlier)), NO_SPEAKER)
        else:
            # شركة الجزيرة العقارية، الذي أشار: the antecedent agrees with the relative pronoun and its verb
            speaker = self._relative_antecedent(cue_index - 1, cue)
            if speaker.span is None:
                speaker = self._nearest_actor_before(cue_index - 1, cue)
        if speaker.span is None:
            return None
        text_first, text_last, direct = self.quote_text(zone, cue_patterns().get(cue.lemma))
        if text_first is None:
            return None
        self._record(cue_index, text_first, text_last, direct, speaker, [])
        self.covered.append((cue_index, text_last))
        return text_last + 1

    def _relative_antecedent(self, relative: int, cue: Cue) -> Speaker:
        """The definite noun phrase right before a relative pronoun, which is the relative clause's
        subject where it, the pronoun and the verb agree: وانتقد أوباما الوزير الذي قال إن: the
        minister spoke, not the verb's subject. It runs back over definite adjectives to its head, a
        definite common noun (words.definite_noun), with a title in construct before it (مدير
        المنظمة الذي). A named antecedent, or one set off by a comma (فلان، وزيرة العدل، التي), is
        left to the named actors."""
        tokens = self.tokens
        last = relative - 1
        if cue.kind != "verb" or (cue.gender, cue.number) != RELATIVE_AGREEMENT.get(tokens[relative].norm) \
                or last < 0 or tokens[last].kind != "arabic" or tokens[last].sentence != tokens[relative].sentence \
                or not tokens[last].norm.startswith("ال") \
                or self.mentions.covering(tokens[last].start, tokens[last].end, actors_only=False) is not None:
            return NO_SPEAKER
        first = last
        while first > 0 and not definite_noun(tokens[first].norm) and tokens[first - 1].kind == "arabic" \
                and tokens[first - 1].norm.startswith("ال") and tokens[first - 1].sentence == tokens[last].sentence:
            first -= 1
        if not definite_noun(tokens[first].norm) and not self._noun_as_often(tokens[first].norm):
            return NO_SPEAKER  # no head the corpus shows as a noun: leave it to the named actors
        before = tokens[first - 1] if first > 0 else None
        if before is not None and before.kind == "arabic" and is_title_word(before) \
                and head_agreement(before, None) == (cue.gender, cue.number):
            first -= 1  # مدير المنظمة الذي; but مدير المنظمة التي: the relative agrees with the organisation
        elif before is not None and not is_title_word(before) and self._construct_head(before):
            return NO_SPEAKER  # ممدوح شاهين منتج المسلسل الذي: the run is a genitive, its head a noun before it
        if head_agreement(tokens[first], None) != (cue.gender, cue.number):
            return NO_SPEAKER  # التصرف البعيد عن الاحترافية الذي: the head lies further back
        speaker = self.chunker.phrase(first, last)
        return speaker if speaker.span is not None and speaker.span.start == tokens[first].start else NO_SPEAKER

    def _construct_head(self, token: Token) -> bool:
        """منتج in منتج المسلسل: an indefinite word before a definite one that is no verb, name,
        title or function word, and so the head noun whose genitive the definite word is."""
        return token.kind == "arabic" and not token.norm.startswith(("ال", "وال", "فال")) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None \
            and cue_of(token) is None and not self._looks_like_verb(token) \
            and not any(has_role(token, role) for role in FUNCTION_ROLES)

    @staticmethod
    def _noun_as_often(word: str) -> bool:
        """الصحفي، المنظمة: a definite word the corpus writes after another definite word (as its
        adjective: المؤتمر الصحفي) less often than not, which heads a run of definite words."""
        shares = definite_word_shares().get(word)
        return shares is not None and shares[0] < ANTECEDENT_ADJECTIVE_SHARE

    def _without_antecedent(self, speaker: Speaker, antecedent: int) -> Speaker:
        """وانتقد الوزير الدول التي قال: a subject phrase that runs up to the relative clause's
        antecedent has swallowed the verb's object."""
        if speaker.span is None or antecedent < 0 or speaker.span.end != self.tokens[antecedent].end:
            return speaker
        first = self.doc.token_index_at(speaker.span.start)
        return self.chunker.phrase(first, antecedent - 1) if first < antecedent else NO_SPEAKER

    def _note_phrase(self, cue_index: int, first: int, last: int, direct: bool, speaker: Speaker) -> None:
        """Keep a short direct quote that a later phrase may join with و (يرددون «…» و«…»)."""
        tokens = self.tokens
        opened_by_colon = first > 1 and ":" in (tokens[first - 1].norm, tokens[first - 2].norm)
        if direct and last - first < MAX_PHRASE_TOKENS and not opened_by_colon:
            self.direct_ending_at[tokens[last].end] = (cue_index, speaker)

    def _record(self, cue_index: int, first: int, last: int, direct: bool, speaker: Speaker, via: list[str]) -> None:
        doc, tokens = self.doc, self.tokens
        speaker = self._titled_coreferent(speaker)
        self._note_phrase(cue_index, first, last, direct, speaker)
        if speaker.span is not None:
            self.recent = [item for item in self.recent if item.span != speaker.span][-MAX_RECENT_SPEAKERS:]
            self.recent.append(speaker)
        text = doc.span(tokens[first].start, tokens[last].end)
        self.quotes.append(Quote(text.text, text.start, text.end, direct,
                                 doc.span(tokens[cue_index].start, tokens[cue_index].end), speaker.span, speaker.actor,
                                 via))

    def _span_words(self, span: Span) -> list[str]:
        first, end = self.doc.token_index_holding(span.start), self.doc.token_index_at(span.end)
        return [token.norm.lstrip("و") if index == first else token.norm
                for index, token in enumerate(self.tokens[first:end], first) if token.kind != "punct"]

    def _person_named_after(self, span: Span) -> Mention | None:
        """A person named within a few words after a title phrase, in its clause (before any
        punctuation, complementizer or cue)."""
        tokens = self.tokens
        after = self.doc.token_index_at(span.end)
        for position in range(after, min(len(tokens), after + MAX_TITLE_TO_NAME_TOKENS)):
            token = tokens[position]
            if token.kind == "punct" or token.sentence != tokens[after - 1].sentence \
                    or is_complementizer(token) or self.cue_at(position) is not None \
                    or (token.norm in OBJECT_PREPOSITIONS and not self._participle_complement(position)):
                return None  # أعلنت الوزارة فرض عقوبات على الأمين العام فلان: a person in the object
            if has_role(token, "circumstance", with_clitics=False) or has_role(token, "circumstance_noun") \
                    or self.chunker.time_word(token):
                return None  # الوزير في كلمة ألقاها باسم الرئيس فلان: the occasion, and whoever it names
            mention = self.mentions.starting_at(token.start)
            if mention is not None and mention.kind == "person":
                return None if position == after and after - 1 == self.doc.token_index_at(span.start) \
                    and self.chunker.person_after_institution(position) else mention
        return None

    def _participle_complement(self, position: int) -> bool:
        """على/إلى right after a definite participle of a derived verb (المشرف على، القائم على، المنتدب
        إلى) is that participle's complement, part of the title, not the verb's object."""
        previous = self.tokens[position - 1].norm if position else ""
        return previous.startswith("الم") and len(previous) >= PARTICIPLE_MIN_LETTERS and previous[-1] not in "هت"

    def _names_person(self, span: Span) -> bool:
        return any(item.kind == "person" and item.end <= span.end for item in self.mentions.between(span.start, span.end))

    def _through_person(self, speaker: Speaker, person: Mention) -> Speaker:
        """The title phrase extended over the complements after it to the end of its person's name
        (the name read as a speaker phrase of its own, so a family name the NER layer cut off stays)."""
        at = self.doc.token_index_holding(person.start)
        name = self.chunker.phrase(at, min(len(self.tokens) - 1, at + MAX_SPEAKER_TOKENS))
        end = max(person.end, name.span.end) if name.span is not None and name.span.start == person.start else person.end
        span = self.doc.span(speaker.span.start, end)
        return replace(speaker, span=span, actor=person.name, kind="person")

    def _titled_coreferent(self, speaker: Speaker) -> Speaker:
        """وأوضح مدير عام المؤسسة ... after مدير عام المؤسسة المهندس فلان قال: a title phrase with no
        person of its own, said word for word inside an earlier speaker's phrase that names a person,
        is that person again."""
        if speaker.span is None or (speaker.kind == "person" and self._names_person(speaker.span)):
            return speaker
        words = self._span_words(speaker.span)
        said_again = self._said_again(speaker, words) if speaker.actor is None and words else None
        if said_again is not None:
            return said_again
        head = self.tokens[self.doc.token_index_holding(speaker.span.start)]
        if not words or not (is_title_word(head) or words[0] in title_words()
                             or has_role(head, "name_title", with_clitics=False)
                             or has_role(head, "office", with_clitics=False)):
            return speaker  # السلطات، الوزارة: a body, whose phrase may run on into a person in its object
        named_after = self._person_named_after(speaker.span)
        if named_after is not None:
            # النائب بمجلس الشعب عن حزب X فلان الفلاني أن: the phrase stopped before its own person,
            # which it runs on to (the title and the name are one speaker)
            return self._through_person(speaker, named_after)
        anaphor = _before_demonstrative(words)
        for quote in reversed(self.quotes):
            if quote.speaker is None or quote.speaker.start >= speaker.span.start:
                continue
            earlier = self._span_words(quote.speaker)
            if not _said_within(words, earlier) and not (anaphor and _said_within(anaphor, _without_articles(earlier))):
                continue
            persons = [item for item in self.mentions.between(quote.speaker.start, quote.speaker.end)
                       if item.kind == "person" and item.end <= quote.speaker.end]
            if persons:
                return replace(speaker, actor=persons[-1].name, kind="person")
        return self._bare_title_holder(speaker, words)

    def _said_again(self, speaker: Speaker, words: list[str]) -> Speaker | None:
        """أكد المرشد الإيراني، علي خامنئي، ... لفت المرشد الإيراني: the earlier phrase found its
        person after it (an apposition); the same phrase said again, word for word, is that person."""
        for quote in reversed(self.quotes):
            if quote.speaker is not None and quote.speaker.start < speaker.span.start \
                    and quote.speaker_actor is not None and self._span_words(quote.speaker) == words:
                return replace(speaker, actor=quote.speaker_actor, kind="person") \
                    if self._named_right_after(quote.speaker, quote.speaker_actor) else None
        return None

    def _named_right_after(self, phrase: Span, actor: str) -> bool:
        """The person `actor` is named within a few words after the phrase (its apposition)."""
        after = self.doc.token_index_at(phrase.end)
        if after >= len(self.tokens) or any(item.kind == "person" for item in self.mentions.between(phrase.start, phrase.end)):
            return False  # مفتاح ميسوري، مترجم معمر القذافي: a named speaker is no title of the person after it
        limit = self.tokens[min(len(self.tokens), after + APPOSITION_TOKENS) - 1].end
        return any(item.name == actor and item.kind == "person" and item.start >= phrase.end
                   for item in self.mentions.between(phrase.end, limit))

    def _bare_title_holder(self, speaker: Speaker, words: list[str]) -> Speaker:
        """وأكد الوزير after وزير الخارجية فلان: a bare definite title is the person last named with
        that title before it (the title's noun within a few words before the name)."""
        if len(words) > 1:
            return self._title_phrase_holder(speaker, words)
        if not words[0].startswith("ال") or words[0] not in definite_title_words():
            return speaker
        stem = words[0][2:]
        tokens = self.tokens
        persons = [item for item in self.mentions.between(0, speaker.span.start)
                   if item.kind == "person" and item.end <= speaker.span.start]
        for person in reversed(persons):
            at = self.doc.token_index_holding(person.start)
            before = tokens[max(0, at - MAX_TITLE_TO_NAME_TOKENS // 2):at]
            if any(token.norm in (stem, words[0], "و" + stem, "و" + words[0]) for token in before):
                return replace(speaker, actor=person.name, kind="person")
        return speaker

    def _title_phrase_holder(self, speaker: Speaker, words: list[str]) -> Speaker:
        """وقال رئيس الوزراء after اضطر رئيس الوزراء فلان, وأشار مستشار الأمن البريطاني after مستشار
        الأمن الوطني البريطاني سير فلان: a title phrase of several words is the person last named
        after those words, in their order, within a few words before the name, whether that
        person spoke then or not."""
        tokens = self.tokens
        persons = [item for item in self.mentions.between(0, speaker.span.start)
                   if item.kind == "person" and item.end <= speaker.span.start]
        ends = [item.end for item in persons]
        for person in reversed(persons):
            at = self.doc.token_index_holding(person.start)
            # the title's words after any other person named before this one (لقاء الرئيس الأميركي
            # فلان والزعيم الكوري كيم: the title is the first one's)
            lower = max([at - MAX_TITLE_TO_NAME_TOKENS] + [self.doc.token_index_at(end) for end in ends if end <= person.start])
            before = [token.norm.lstrip("و") for token in tokens[max(0, lower):at]
                      if token.kind != "punct" and token.sentence == tokens[at].sentence]
            if _said_in_order(words, before) and not (set(before) & FORMER_WORDS and not set(words) & FORMER_WORDS):
                return replace(speaker, actor=person.name, kind="person")  # but الرئيس الأميركي السابق فلان: a former one
        return speaker

    # --- the cue after the quotation ----------------------------------------------------------
    def postposed_at(self, opening: int) -> int | None:
        """«لن نتراجع»، قال الوزير: a quotation that opens its sentence, then the cue and speaker."""
        tokens = self.tokens
        closing = self.closing_of.get(opening)
        if closing is None or closing - opening - 1 < MIN_POSTPOSED_TOKENS or not self._opens_sentence(opening):
            return None
        cue_index = closing + 1
        while cue_index < len(tokens) and tokens[cue_index].norm in COMMAS:
            cue_index += 1
        if cue_index >= len(tokens) or tokens[cue_index].sentence != tokens[closing].sentence:
            return None
        cue = self.cue_at(cue_index)
        if cue is None or cue.kind not in ("verb", "relay") or cue.lemma in cue_patterns() \
                or self.speaker_zone(cue_index, cue) is not None:
            return None  # وقال: «…»: that cue opens a report of its own
        zone_end = cue_index + 1
        while zone_end < len(tokens) and tokens[zone_end].sentence == tokens[cue_index].sentence \
                and tokens[zone_end].norm not in SENTENCE_END and zone_end - cue_index <= MAX_SPEAKER_TOKENS:
            zone_end += 1
        speaker, via = self._post_verbal(cue_index, zone_end) if zone_end > cue_index + 1 else (NO_SPEAKER, [])
        if speaker.span is None or self._disagrees_as_subject(cue, speaker):
            speaker = self.resolve_unspoken(cue_index, cue)
        first, last = self._strip(opening + 1, closing - 1)
        while last > first and tokens[last].norm in COMMAS:
            last -= 1
        self._record(cue_index, first, last, True, speaker, via)
        self.covered.append((opening, zone_end - 1))
        return zone_end

    def these_words_at(self, opening: int) -> int | None:
        """«نحن مستعدون».. بهذه الكلمات ختم الوزير كلمته: a quotation, then بهذه/بتلك + a noun
        for words (الكلمات، العبارة) and a verb whose subject said them."""
        tokens = self.tokens
        closing = self.closing_of.get(opening)
        if closing is None:
            return None
        position = closing + 1
        while position < len(tokens) and position - closing <= MAX_THESE_WORDS_PUNCT and tokens[position].kind == "punct":
            position += 1
        verb = position + 2
        if verb + 1 >= len(tokens) or "\n" in self.doc.text[tokens[closing].end:tokens[position].start] \
                or not tokens[position].norm.startswith("ب") or not has_role(tokens[position], "demonstrative") \
                or not has_role(tokens[position + 1], "words_noun", with_clitics=False) \
                or tokens[verb].kind != "arabic" or tokens[verb].sentence != tokens[position].sentence:
            return None
        zone_end = verb + 1
        while zone_end < len(tokens) and tokens[zone_end].sentence == tokens[verb].sentence \
                and tokens[zone_end].norm not in SENTENCE_END and zone_end - verb <= MAX_SPEAKER_TOKENS:
            zone_end += 1
        speaker, via = self._post_verbal(verb, zone_end)
        if speaker.span is None:
            return None
        first, last = self._strip(opening + 1, closing - 1)
        if last < first:
            return None
        self._record(verb, first, last, True, speaker, via)
        self.covered.append((opening, zone_end - 1))
        return zone_end

    def headline_at(self, opening: int) -> int | None:
        """وزير الخارجية: «لن نقبل بأي تدخل»: a headline gives the speaker, a colon and the words,
        with no verb. The words before the colon must be one noun phrase opening the sentence."""
        tokens = self.tokens
        closing = self.closing_of.get(opening)
        colon = opening - 1
        if closing is None or closing - opening - 1 < MIN_POSTPOSED_TOKENS or colon < 1 \
                or tokens[colon].norm != ":" or tokens[colon].sentence != tokens[opening].sentence:
            return None
        first = colon - 1
        while first > 0 and tokens[first - 1].sentence == tokens[colon].sentence and colon - first < MAX_HEADLINE_TOKENS:
            first -= 1
        if not self._opens_sentence(first) or any(token.kind == "punct" or self.cue_at(first + offset) is not None
                                                  or is_complementizer(token)
                                                  for offset, token in enumerate(tokens[first:colon])):
            return None
        speaker = self.chunker.phrase(first, colon - 1)
        if speaker.span is None or speaker.span.start != tokens[first].start or speaker.span.end != tokens[colon - 1].end:
            return None  # a sentence with a verb before the colon
        head = tokens[first]
        if speaker.actor is None and not is_title_word(head) and head.norm not in given_names():
            return None  # عاجل: «…»، الوضع: «…»: a label, not who spoke
        text_first, text_last = self._strip(opening + 1, closing - 1)
        self._record(colon, text_first, text_last, True, speaker, [])
        self.covered.append((first, closing))
        return closing + 1

    def relayed_at(self, opening: int) -> int | None:
        """وبحسب الوزير «…»، «…»، حسب الوزير: a quotation with a speaker named by بحسب/حسب/وفق,
        no cue verb. The relay and its noun phrase open the sentence, or follow a quotation that
        does; the phrase must name somebody (an actor or a title), since بحسب التقرير "…" quotes a text
        and "بحسب/وفقا لـ X" without marks is no quote at all."""
        tokens = self.tokens
        closing = self.closing_of.get(opening)
        if closing is None or closing <= opening + 1 or self._is_name(opening, closing):
            return None
        found = self._postposed_cue_relay(closing)
        if found is None and closing - opening - 1 < MIN_POSTPOSED_TOKENS:
            return None
        found = found or self._fronted_relay(opening) or self._postposed_relay(opening, closing)
        if found is None:
            return None
        relay, last, speaker = found
        first_text, last_text = self._strip(opening + 1, closing - 1)
        while last_text > first_text and tokens[last_text].norm in COMMAS:
            last_text -= 1
        self._record(relay, first_text, last_text, True, speaker, [])
        self.covered.append((min(relay, opening), max(last, closing)))
        return max(last, closing) + 1

    def _fronted_relay(self, opening: int) -> tuple[int, int, Speaker] | None:
        tokens = self.tokens
        last = opening - 1
        while last > 0 and tokens[last].norm in COMMAS | {":"}:
            last -= 1
        relay = next((index for index in range(last - 1, max(-1, last - 1 - MAX_HEADLINE_TOKENS), -1)
                      if self._relay_word(tokens[index])), None)
        if relay is None or not self._opens_sentence(relay):
            return None
        speaker = self._relay_speaker(relay + 1, last)
        return (relay, last, speaker) if speaker is not None else None

    def _postposed_relay(self, opening: int, closing: int) -> tuple[int, int, Speaker] | None:
        tokens = self.tokens
        relay = closing + 1
        while relay < len(tokens) and tokens[relay].norm in COMMAS:
            relay += 1
        if relay >= len(tokens) or tokens[relay].sentence != tokens[closing].sentence \
                or not self._relay_word(tokens[relay]) or not self._opens_sentence(opening):
            return None
        last = relay + 1
        while last + 1 < len(tokens) and tokens[last + 1].sentence == tokens[relay].sentence \
                and tokens[last + 1].kind != "punct" and last - relay < MAX_HEADLINE_TOKENS:
            last += 1
        speaker = self._relay_speaker(relay + 1, last)
        return (relay, last, speaker) if speaker is not None else None

    @staticmethod
    def _direct_only_form(norm: str) -> bool:
        """A bare form of a cue that reports only before a quotation (دان، طلب، زاد)."""
        cue = cue_forms().get(norm)
        pattern = cue_patterns().get(cue.lemma) if cue is not None else None
        return cue is not None and not cue.conjoined and pattern is not None and pattern.speaker == "direct"

    def _opening_of(self, closing: int) -> int:
        return next((start for start, end in self.closing_of.items() if end == closing), closing)

    def _postposed_cue_relay(self, closing: int) -> tuple[int, int, Speaker] | None:
        """«…»، وفق ما يقول مدير المرصد؛ وضع "إنساني مأساوي" وفق ما قال مسؤولون: a relay with ما and
        a cue verb right after a quotation gives it to the verb's subject, wherever the quotation
        stands in its sentence and however short it is (the verb says it was spoken)."""
        tokens = self.tokens
        relay = closing + 1
        while relay < len(tokens) and tokens[relay].norm in COMMAS:
            relay += 1
        if relay + 2 >= len(tokens) or tokens[relay].sentence != tokens[closing].sentence:
            return None
        verb_at = relay + 1 if _without_wa(tokens[relay].norm) in RELAY_WITH_MA else \
            relay + 2 if self._relay_word(tokens[relay]) and tokens[relay + 1].norm == "ما" else None
        cue = self.cue_at(verb_at) if verb_at is not None and verb_at < len(tokens) else None
        pattern = cue_patterns().get(cue.lemma) if cue is not None else None
        if cue is None or cue.kind != "verb" or (pattern is not None and pattern.speaker != "passive_imperfect"):
            return None  # but وفق ما ذكرت الصحيفة: ذكر reports whenever it has a subject
        if closing - self._opening_of(closing) - 1 < MIN_PHRASE_WORDS:
            return None  # اتفاقات "المصالحة" وفق ما أفاد المرصد: one quoted word is a term, not what was said
        last = verb_at
        while last + 1 < len(tokens) and tokens[last + 1].sentence == tokens[relay].sentence \
                and (tokens[last + 1].kind != "punct" or tokens[last + 1].norm == '"') and last - verb_at < MAX_HEADLINE_TOKENS:
            last += 1  # وفق ما ذكرت صحيفة "الوطن": a quoted name is part of the speaker
        speaker, _ = self._post_verbal(verb_at, last + 1) if last > verb_at else (NO_SPEAKER, [])
        return (verb_at, last, speaker) if speaker.span is not None and not self._disagrees_as_subject(cue, speaker) \
            else None

    @staticmethod
    def _relay_word(token: Token) -> bool:
        return _without_wa(token.norm) in RELAY_BEFORE_NAME

    def _relay_speaker(self, first: int, last: int) -> Speaker | None:
        """The noun phrase from `first` that runs to `last`, when it names somebody."""
        tokens = self.tokens
        if first > last or any(token.kind == "punct" for token in tokens[first:last + 1]):
            return None
        speaker = self.chunker.phrase(first, last)
        if speaker.span is None or speaker.span.start != tokens[first].start or speaker.span.end != tokens[last].end:
            return None
        head = tokens[first]
        named = self.mentions.covering(head.start, head.end) is not None
        return speaker if named or is_title_word(head) or head.norm in given_names() else None

    def relay_clause_at(self, index: int) -> int | None:
        """وبحسب ما ذكرته الصحيفة، فإن ...؛ ووفق ما قاله الوزير فإن ...: a relay with a cue verb (its
        object pronoun refers to the words) names who said what follows فإن."""
        tokens = self.tokens
        relay = tokens[index]
        position = index + 1
        if _without_wa(relay.norm) in RELAY_WITH_MA:
            position = index + 1
        elif self._relay_word(relay) and position < len(tokens) and tokens[position].norm == "ما":
            position += 1
        else:
            return None
        if position >= len(tokens) or self._cue_with_object(tokens[position]) is None:
            return None
        cue_index = position
        fa_inna = next((at for at in range(cue_index + 2, min(len(tokens), cue_index + 2 + MAX_SPEAKER_TOKENS))
                        if tokens[at].norm in ("فان", "فانه", "فانها", "فانهم")), None)
        if fa_inna is None or any(tokens[at].sentence != relay.sentence for at in range(cue_index, fa_inna + 1)):
            return None
        last = fa_inna - 1
        while last > cue_index and tokens[last].norm in COMMAS:
            last -= 1
        speaker = self.chunker.phrase(cue_index + 1, last)
        if speaker.span is None or speaker.span.start != tokens[cue_index + 1].start:
            return None  # وبحسب ما ذكره في بيانه: the subject unspoken, left to the sentence before
        first, text_last = self._strip(fa_inna + 1, self._report_end(fa_inna + 1))
        if text_last <= first:
            return None
        self._record(cue_index, first, text_last, False, speaker, [])
        self.covered.append((index, text_last))
        return text_last + 1

    @staticmethod
    def _cue_with_object(token: Token) -> Cue | None:
        """ذكرته، قاله، أوردته: a cue verb with the object pronoun of the words it said."""
        for suffix in ("ته", "ه"):
            if token.norm.endswith(suffix):
                found = cue_forms().get(token.norm[:-len(suffix)] + ("ت" if suffix == "ته" else ""))
                if found is not None and found.kind in ("verb", "relay") and found.aspect == "perfect":
                    return found
        return None

    def _opens_sentence(self, index: int) -> bool:
        """Only punctuation or a paragraph break before it in its sentence."""
        tokens = self.tokens
        position = index - 1
        while position >= 0 and tokens[position].sentence == tokens[index].sentence:
            if tokens[position].kind != "punct" or tokens[position].norm == '"':
                return False
            position -= 1
        return True

    # --- short attributed phrases -------------------------------------------------------------
    def _is_name(self, opening: int, closing: int) -> bool:
        """A quoted name or title, not a phrase someone used (صحيفة "الوطن"، قمة "طهران"، "داعش")."""
        tokens, doc = self.tokens, self.doc
        inside = tokens[opening + 1:closing]
        if any(token.kind in ("latin", "number") or (token.norm == "." and self._glued_point(token)) for token in inside):
            return True  # CNN، "اللواء 55"، "إل.في.آم"; a point a space follows ends a quoted sentence
        around = [inside[0], inside[-1]] + tokens[max(0, opening - 1):opening]
        if any(has_role(token, "naming_head") for token in around):
            return True  # صحيفة "الوطن"، «أوشان كوميرشال بنك»
        if any(has_role(token, "so_called") for token in tokens[max(0, opening - 3):opening]):
            return True  # ما يُوصف إعلاميا بـ"...": a label nobody in the text is said to have used
        start, end = inside[0].start, inside[-1].end
        covered = sum(min(end, span.end) - max(start, span.start) for span in doc.entities
                      if span.start < end and start < span.end)
        covered_by_mentions = sum(min(end, item.end) - max(start, item.start)
                                  for item in self.mentions.between(start - 200, end)
                                  if item.start < end and start < item.end)
        return max(covered, covered_by_mentions) * 2 >= end - start

    def _glued_point(self, point: Token) -> bool:
        """إل.في.آم: a point with a letter right before and right after it abbreviates."""
        text = self.doc.text
        return 0 < point.start and point.end < len(text) and text[point.start - 1].isalnum() and text[point.end].isalnum()

    def _sentence_subject(self, opening: int) -> tuple[int, Speaker] | None:
        """The subject of the clause a phrase sits in: a name right after the clause's first word
        (the verb) or first, searching back clause by clause to the sentence's start."""
        tokens = self.tokens
        start = opening
        while start > 0 and tokens[start - 1].sentence == tokens[opening].sentence:
            start -= 1
            if start == 0 or tokens[start - 1].norm not in CLAUSE_PUNCT or start >= opening - 1:
                continue
            found = self._subject_at(start, opening)
            if found is not None:
                return found
        return self._subject_at(start, opening)

    def _subject_at(self, start: int, opening: int) -> tuple[int, Speaker] | None:
        """The subject of a clause that opens with a reporting or attributing verb (حملت، أعلنت،
        وصف): a phrase in quotation marks later in the clause is what that subject called it."""
        tokens = self.tokens
        participle = self.cue_at(start) if start + 1 < opening else None
        if participle is not None and participle.kind == "participle" and tokens[start].norm.endswith(("ا", "ه", "ين")):
            # ...، مؤكدة وجود "نقص حاد": the حال's subject is the clause's before it
            speaker = self._previous_clause_subject(participle, start)
            return (start, speaker) if speaker.span is not None else None
        if not self._attribution_verb(tokens[start]):
            return None
        for subject_first in (start + 1,):
            if subject_first >= opening:
                return None
            if subject_first == start + 1 and (tokens[start].norm.lstrip("وف").startswith("ال")
                                               or has_role(tokens[start], "particle", with_clitics=False)):
                return None  # the clause does not open with a verb
            subject = self.mentions.starting_at(tokens[subject_first].start)
            speech_verb = self._attribution_verb(tokens[start])  # هدد الرئيس بـ"الانفصال": its subject's word
            if subject is None:
                speaker = self._titled_subject(subject_first, opening, speech_verb) \
                    or (self._definite_subject(subject_first, opening) if self._unnamed_speaker_phrase(opening) else None)
                return (start, speaker) if speaker is not None else None
            if subject.end > tokens[opening].start \
                    or opening - self.doc.token_index_at(subject.end) > MAX_SUBJECT_DISTANCE:
                continue
            speaker = self.chunker.phrase(subject_first, opening - 1)
            if speaker.span is not None:
                return start, speaker
        return None

    @staticmethod
    def _attribution_verb(token: Token) -> bool:
        """A verb whose subject a quoted phrase in its clause is attributed to, with or without an
        object pronoun (واتهمه الوزير بـ"التهور"، ووصفها المعارضون بـ"المهزلة")."""
        word = token.norm
        if word in attribution_forms():
            return True
        # but قاله، ذكره: "said it", whose object is what was said, not whom a phrase describes
        bare = next((word[:-len(suffix)] for suffix in OBJECT_PRONOUNS
                     if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[:-len(suffix)] in attribution_forms()),
                    None)
        return bare is not None and attribution_forms()[bare].lemma not in SAYING_LEMMAS

    def _titled_subject(self, first: int, opening: int, speech_verb: bool = False) -> Speaker | None:
        """دعا الوزير أحمد سالم إلى "ضبط النفس": a title whose phrase holds a named actor is the
        verb's subject, as the bare name would be; after a verb of saying (هدد الرئيس الفلبيني
        بـ"الانفصال") the title alone is, with the quotation right after its phrase."""
        if not is_title_word(self.tokens[first]):
            return None
        speaker = self.chunker.phrase(first, opening - 1)
        if speaker.span is None or speaker.span.end > self.tokens[opening].start:
            return None
        if speaker.actor is None and not (speech_verb and self._phrase_then_quotation(speaker, opening)):
            return None
        end_at = self.doc.token_index_at(speaker.span.end)
        return speaker if opening - end_at <= MAX_SUBJECT_DISTANCE else None

    def _phrase_then_quotation(self, speaker: Speaker, opening: int) -> bool:
        """Only a preposition (بـ، إلى، على، من) between the subject's phrase and the quotation, or
        the verb's definite object and at most a preposition."""
        between = [token for token in self.tokens[self.doc.token_index_at(speaker.span.end):opening]
                   if token.start >= speaker.span.end]
        if all(token.norm in ("ب", "ل") or has_role(token, "particle", with_clitics=False) for token in between) \
                and len(between) <= 1:
            return True
        # وحمل المدير الحكومة "مسؤولية التأخير"، وأرجع الوزير التأخير إلى "ظروف قاهرة": the verb's
        # object (one definite word), then at most a preposition
        if between and between[-1].kind == "arabic" and (between[-1].norm in ("ب", "ل") or has_role(
                between[-1], "particle", with_clitics=False)):
            between = between[:-1]
        return len(between) == 1 and between[0].kind == "arabic" and between[0].norm.startswith("ال") \
            and cue_of(between[0]) is None

    def _unnamed_speaker_phrase(self, opening: int) -> bool:
        """ترى الذواقة «عنب»: one quoted word with no named speaker is a term, not speech."""
        return self.closing_of[opening] - opening - 1 >= 2

    def _definite_subject(self, first: int, opening: int) -> Speaker | None:
        """منعت السلطات "التظاهرات غير القانونية": a definite plural or feminine noun after the verb
        is its subject even where no actor is named (a masculine singular may be the object)."""
        token = self.tokens[first]
        if token.kind != "arabic" or not token.norm.startswith("ال") or len(token.norm) < 5 \
                or self.chunker.time_word(token):
            return None
        last = first
        while last + 1 < opening and self.tokens[last + 1].norm.startswith("ال") \
                and self.tokens[last + 1].norm.endswith(NISBA_ENDINGS):
            last += 1  # السلطات المغربية; the next definite noun is the verb's object
        speaker = self.chunker.phrase(first, last)
        if speaker.span is None or speaker.number == "sg" and speaker.gender == "m":
            return None
        end_at = self.doc.token_index_at(speaker.span.end)
        return speaker if opening - end_at <= MAX_SUBJECT_DISTANCE else None

    def _fronted_clause_subject(self, opening: int) -> tuple[int, Speaker] | None:
        """ولوضع حد لـ"التصرفات"، منعت السلطات ...: a phrase in a clause that opens the sentence
        without a verb belongs to the subject of the clause after the comma."""
        tokens = self.tokens
        sentence = tokens[opening].sentence
        start = opening
        while start > 0 and tokens[start - 1].sentence == sentence:
            if tokens[start - 1].norm in CLAUSE_PUNCT or opening - start > MAX_SUBJECT_DISTANCE:
                return None  # the phrase is not in the sentence's first clause
            start -= 1
        if tokens[start].norm in attribution_forms():
            return None
        closing = self.closing_of[opening]
        comma = next((index for index in range(closing + 1, min(len(tokens), closing + 1 + MAX_SUBJECT_DISTANCE))
                      if tokens[index].sentence != sentence or tokens[index].norm in CLAUSE_PUNCT), None)
        if comma is None or comma + 2 >= len(tokens) or tokens[comma].norm not in COMMAS \
                or tokens[comma + 1].sentence != sentence or comma - opening > MAX_SUBJECT_DISTANCE:
            return None
        verb = comma + 1
        if tokens[verb].norm not in attribution_forms() or tokens[verb].norm.lstrip("وف").startswith("ال"):
            return None
        if self.opens_report(verb):
            return None  # وبالنسبة لتهمة "اختلاس أموال"، أكد المحامي أن: the topic of a report of its own
        stop = next((index for index in range(verb + 1, min(len(tokens), verb + 1 + MAX_SPEAKER_TOKENS))
                     if tokens[index].sentence != sentence or tokens[index].kind == "punct"),
                    min(len(tokens), verb + 1 + MAX_SPEAKER_TOKENS))
        subject = self.mentions.starting_at(tokens[verb + 1].start)
        speaker = self.chunker.phrase(verb + 1, stop - 1) if subject is not None \
            else self._definite_subject(verb + 1, stop) if self._unnamed_speaker_phrase(opening) else None
        return (verb, speaker) if speaker is not None and speaker.span is not None else None

    def _coordinated_phrase(self, opening: int) -> tuple[int, Speaker] | None:
        """يردد المحتجون "…" … و"…": a phrase joined by و to a quoted phrase shortly before it has
        the same speaker."""
        tokens = self.tokens
        if opening == 0 or tokens[opening - 1].norm != "و":
            return None
        for position in range(opening - 2, max(-1, opening - 2 - MAX_COORDINATED_GAP), -1):
            token = tokens[position]
            if position == opening - 2 and token.norm in COMMAS and position > 0 and tokens[position - 1].norm == '"':
                continue  # بـ"…"، و"…"، و"…": a list of quoted phrases set off by commas
            if token.sentence != tokens[opening].sentence or token.norm in SENTENCE_END | CLAUSE_PUNCT \
                    or cue_of(token) is not None:
                return None
            if token.norm == '"' and position not in self.closing_of:
                found = self.direct_ending_at.get(self.tokens[position - 1].end)
                if found is None or found[1].span is None:
                    return None
                return found
        return None

    def attributed_phrases(self) -> None:
        taken = [(quote.start, quote.end) for quote in self.quotes] \
            + [(quote.speaker.start, quote.speaker.end) for quote in self.quotes if quote.speaker]
        taken += [(self.tokens[first].start, self.tokens[last].end) for first, last in self.covered]
        for opening, closing in sorted(self.closing_of.items()):
            if not 1 <= closing - opening - 1 <= MAX_PHRASE_TOKENS \
                    or sum(len(token.norm) for token in self.tokens[opening + 1:closing]) < MIN_PHRASE_LETTERS:
                continue
            start, end = self.tokens[opening].start, self.tokens[closing].end
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                continue
            if self._is_name(opening, closing) or self._addressee_after_occasion(opening) \
                    or self._work_title(opening) or self._relayed_source(opening, closing):
                continue  # في حديثه إلى "الوطن": the outlet the words were said to
            found = self._coordinated_phrase(opening) or self._sentence_subject(opening) \
                or self._fronted_clause_subject(opening)
            if found is None:
                continue
            verb, speaker = found
            self._record(verb, opening + 1, closing - 1, True, speaker, [])
            taken.append((start, end))
        self.quotes.sort(key=lambda quote: quote.start)


def _agrees_after_verb(cue: Cue, speaker: Speaker) -> bool:
    """A verb before its subject is singular whatever the subject's number (قال المحققون، قالت
    الحكومة): it agrees in gender only."""
    if agrees(cue, speaker):
        return True
    return cue.number == "sg" and speaker.number == "pl" and speaker.gender in (cue.gender, None)


def _impersonal_passive(cue: Cue) -> bool:
    """يُذكر أن، يُتوقع أن: the impersonal passive is an imperfect in the masculine singular; تذكر
    الكاتبة أن has a subject of its own, if unspoken."""
    return cue.aspect == "imperfect" and cue.gender == "m" and cue.number == "sg"


def _is_bayyana_form(norm: str) -> bool:
    """بين with any leading و/ف: the verb بيّن when its shadda is unwritten (cue_of decides)."""
    return norm.lstrip("وف") == "بين"


def _bayyana_forms(stems: Iterable[str]) -> list[str]:
    return [stem for stem in stems if stem.endswith("بين") and _is_bayyana_form(stem)]


def extract_quotes(doc: Document) -> Document:
    finder = _QuoteFinder(doc)
    starts = finder.starts()
    index = 0
    while True:
        next_start = bisect_left(starts, index)  # the tokens before it start nothing: index + 1 each
        if next_start == len(starts):
            break
        index = starts[next_start]
        following = finder.quote_at(index) if finder.cue_at(index) else None
        if following is None:
            following = finder.relay_clause_at(index)
        if following is None and index in finder.closing_of:
            following = finder.postposed_at(index)
        if following is None and index in finder.closing_of:
            following = finder.these_words_at(index)
        if following is None and index in finder.closing_of:
            following = finder.headline_at(index)
        if following is None and index in finder.closing_of:
            following = finder.relayed_at(index)
        if following is None and index in finder.closing_of:
            following = finder.continued_at(index)
        index = following if following is not None else index + 1
    finder.attributed_phrases()
    doc.fields["quotes"] = finder.quotes
    return doc


@register("quotes", requires=("tokens", "actors"), provides=("quotes",), reads=("places",))
def make_quotes():
    """Component: the `quotes` field."""
    return extract_quotes
