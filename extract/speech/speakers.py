"""The speaker's noun phrase, and who an unspoken subject is.

The chunker reads a noun phrase from its first word: the head with its adjectives and genitives,
a لـ/لل complement where one belongs to it (المرصد السوري لحقوق الإنسان، التابعة للمعارضة) and
a في phrase that is not a place or a circumstance (المصدر في الاستخبارات). It stops at punctuation,
a relay (بحسب), a preposition that starts the verb's complement (على لسان، عن، إلى), an addressee
(للصحافيين، لوكالة ...، a media outlet after لـ), a time (أمس، يوم الخميس، في مارس), a place
(في جنيف), a circumstance (في بيان، خلال مؤتمر), a relative clause (الذي، التي), the end of a
person's name, or the end of a quoted name.

Gender and number are guessed from the phrase's head (ة/ات feminine, ون/ين plural, a broken
plural or a state agrees with a feminine verb), so that an unspoken subject goes to a previous
subject that agrees with the cue verb (قالت vs قال vs قالوا).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.document import Document, Span, Token
from extract.extractors.events import trigger_lexicon
from extract.timex import ordinal_words
from extract.lexicons import per_million, word_frequencies
from extract.normalize import normalize_string
from extract.speech.cues import Cue, cue_of, perfect_forms, text_noun_after_preposition
from extract.speech.words import (PRONOUN_SUFFIXES, has_role, has_role_before_pronoun, has_role_word,
                                  is_complementizer, speech_words)
from extract.words import (COMMON_NOUN_MIN_PER_MILLION, ORG_HEADS, construct_plural, definite_noun, definite_title_words, given_names,
                           has_pronoun_suffix, is_title_word, measure_words, nationality_countries, person_descriptors, place_heads,
                           place_words, title_words, word_set, writes_alif_maqsura)
from extract.words import institution_heads as institution_head_rows

DASHES = frozenset("\u0640\u2013\u2014")  # a run of tatweel, an en or em dash: no token of their own
FATHATAN = "\u064b"
MAX_MENTION_LENGTH = 200  # characters: how far back a mention covering a point may start
FEMININE_KINDS = frozenset({"state", "government"})
FEMININE_ONE = "احدي"  # إحدى (normalized), the feminine of أحد "one of"
MAX_QUOTED_NAME_TOKENS = 6
NAMING_HEAD_REACH = 4  # words between a naming noun and the quoted name it introduces
MAX_CONSTRUCT_NAME_TOKENS = 3  # ضيف "الحصاد": a programme's or paper's name after a noun
ROOT_WAW_RATIO = 2  # الوكيل (211) against الكيل (38): a و-word this much commoner with the article keeps its و
UNLISTED_NAME_MAX_PER_MILLION = 5.0  # about 90 uses: a rarer word no list holds may be a name
FEMININE_PERFECT_MIN_LETTERS = 4  # three root letters + ت
PLURAL_PERFECT_MIN_COUNT = 10  # corpus uses of the plural perfect (زرعوا) that make the ت form a verb
NISBA_FORM_ENDINGS = ("ي", "يه", "يين", "يون", "يات")  # a nisba in any gender and number: الشمالية، الأمنيين
FEMININE_NOUN_RATIO = 20  # المدينة 680 times المدين; adjectives in ة stay under 10 (المعنية 4)
MIN_PLURAL_LETTERS = 7  # ال + a stem of three letters + ين
ABBREVIATED_TITLES = frozenset({"د", "م", "ا"})  # د. دكتور، م. مهندس، أ. أستاذ (normalized)
MASCULINE_COUNTRIES = frozenset({"لبنان"})  # a country name without the article that is masculine
CONJOINED_PREPOSITIONS = frozenset({"في", "من", "ضمن", "عبر", "خلال", "مع", "عن", "علي", "الي", "عند", "بعد", "قبل"})
MAX_PORTFOLIO_TOKENS = 4  # words from a title's لـ complement to the person's name
CLAUSE_MARKS = frozenset({"،", ",", "؛", ";", ":", "."})
GENERAL_WORDS = frozenset({"عام", "العام"})  # مدير عام: part of the title, before its body
FU3LA_LETTERS = 4  # فعلى: دعوى، شكوى، ذكرى، فتوى
AFAL_LETTERS = 5  # أفعال: أ, three root letters, the long ا before the last
NISBA_ENDINGS = ("ي", "يه")  # normalized: العراقي، الالمانيه
LAM_PRONOUNS = frozenset({"ه", "ها", "هم", "هن", "نا", "ك", "كم", "ي"})  # له، لها، لنا، لك، لي
COMPOUND_NAME_PARTS = frozenset({"عبد", "ابو", "ابن", "بن", "الله", "الدين"})  # normalized
SCALE_WORDS = frozenset({"الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مليار", "مليارا", "مليارات"})
PERCENT_WORDS = frozenset({"بالمئه", "بالمائه"})  # normalized: بالمئة، بالمائة
QUANTIFIERS = frozenset({"اكثر", "عده", "بعض", "كل", "احدي", "احد"})  # normalized: أكثر، عدة، إحدى
PARTICIPLE_WITH_ARTICLE = 6  # ال + فاعل: الشاهد، الحاكم
FAMILY_NAME_MAX_PER_MILLION = 11.25  # rate (about 200) under which an ال- word after a person's name is a family name


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str  # an actor kind, or "place"
    place_kind: str | None = None  # a place's kind (country, city ...)


class Mentions:
    """Actor and place mentions of a document, by start offset."""

    def __init__(self, doc: Document):
        items = [Mention(m.start, m.end, actor.name, actor.kind)
                 for actor in doc.fields.get("actors", []) for m in actor.mentions]
        items += [Mention(m.start, m.end, place.name, "place", place.kind)
                  for place in doc.fields.get("places", []) for m in place.mentions]
        self.items = sorted(items, key=lambda item: (item.start, -item.end))
        self.starts = [item.start for item in self.items]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end), in order."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def covering(self, start: int, end: int, actors_only: bool = True) -> Mention | None:
        """The first mention overlapping [start, end)."""
        return next((item for item in self.between(start - MAX_MENTION_LENGTH, end)
                     if item.start < end and start < item.end and (item.kind != "place" or not actors_only)), None)

    def starting_at(self, offset: int) -> Mention | None:
        found = self.between(offset, offset + 1)
        return max(found, key=lambda item: item.end) if found else None


@dataclass(frozen=True)
class Speaker:
    """A speaker as found: the phrase (or None), the actor it resolves to, its agreement."""

    span: Span | None
    actor: str | None
    gender: str | None = None
    number: str | None = None
    kind: str | None = None  # the kind of the actor it resolves to (person, organization ...)

    def with_verb_gender(self, gender: str) -> Speaker:
        """The speaker as the subject of a verb of `gender`: a person (or an unresolved name) has
        the gender its verb shows; a body named with a feminine verb is written with either after
        (وتقول المنظمة ... وأضاف)."""
        if gender != "f" or self.gender != "m" or self.number != "sg":
            return self
        return replace(self, gender="f" if self.kind == "person" or self.actor is None else None)


NO_SPEAKER = Speaker(None, None)


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """Nouns that head an institution's name (مجلس، وزارة، منظمة), without the article."""
    heads = {_stem_without_article(head) for head in ORG_HEADS}
    heads |= {_stem_without_article(normalize_string(row["head"])) for row in institution_head_rows()}
    return frozenset(heads)


def is_common_noun(word: str) -> bool:
    """A word the corpus also writes with the article often enough to be a common noun (بيان:
    البيان), not a verb (أعلنت) or a name."""
    return word_frequencies().get("ال" + word, 0) >= per_million(COMMON_NOUN_MIN_PER_MILLION)


def _definite_nisba(word: str) -> bool:
    """العراقي، الألمانية: a definite adjective of relation."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(NISBA_ENDINGS)


def _conjunction_readings(word: str) -> tuple[str, ...]:
    """A word as written and, where it opens with و, without it: وزير is the noun itself, والوزير
    the conjunction and the noun (lstrip("و") would cut وزير to زير)."""
    return (word, word[1:]) if word.startswith("و") and len(word) > 3 else (word,)


def _stem_without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def head_agreement(head: Token, mention: Mention | None) -> tuple[str | None, str | None]:
    """(gender, number) of a noun phrase from its head word; None where it cannot be told."""
    if mention is not None and mention.kind in FEMININE_KINDS and not _masculine_institution(head):
        return "f", "sg"
    if mention is not None and mention.kind == "place":
        if mention.place_kind == "country" and mention.start == head.start:
            # سوريا، مصر، إسرائيل are feminine; with the article (العراق، المغرب) and لبنان masculine
            word = normalize_string(mention.name)
            return ("m" if word.startswith("ال") or word in MASCULINE_COUNTRIES else "f"), "sg"
        return None, "sg"
    word = head.norm.lstrip("و")
    if mention is not None and mention.kind == "person" and mention.start < head.end and head.start < mention.end:
        return "m", "sg"  # a person's name, whatever its last word ends in (شاهين، بممدوح شاهين)
    stem = _stem_without_article(word)
    if stem == FEMININE_ONE:
        return "f", "sg"  # إحدى الناشطات: "one of" agrees with its feminine plural
    if not has_role(head, "honorific") and has_role_before_pronoun(head, "honorific"):
        # فضيلته، سماحتها: the courtesy title agrees with the person its pronoun names
        return ("f", "sg") if stem.endswith("ها") else (("m", "pl") if stem.endswith("هم") else ("m", "sg"))
    if stem.endswith(("ون", "يين")) or (stem.endswith("ين") and len(stem) > 4) or construct_plural(stem):
        return "m", "pl"
    if stem.endswith("ات"):
        return "f", "pl"
    if stem.endswith("ه") or _feminine_maqsura(head):
        return "f", "sg"
    if _derived_masdar(stem):
        return "m", "sg"  # اختفاء، استياء: the masdar of a derived verb, no plural
    if stem.endswith("اء") or (len(stem) >= 5 and stem[2] == "ا") or _afal_plural(head):
        return None, "pl"  # خبراء، مصادر، تقارير، الأبحاث: a broken plural agrees either way
    return "m", "sg"


def _feminine_maqsura(head: Token) -> bool:
    """الدعوى، الشكوى، الذكرى: a noun written with a final ى that opens with no م (مستشفى، مبنى،
    مستوى are places and masdars in مفعل, masculine) is feminine (فعلى)."""
    written = head.text.lstrip("وف")
    written = written[2:] if written.startswith("ال") else written
    return len(written) == FU3LA_LETTERS and written.endswith("ى") and not written.startswith("م")


def _afal_plural(head: Token) -> bool:
    """الأبحاث، أخبار: the pattern أفعال written with its hamza above is a broken plural; the same
    letters with the hamza below are the masdar إفعال (الإنتاج، إعلان), a masculine singular."""
    written = head.text.lstrip("وف")
    written = written[2:] if written.startswith("ال") else written
    return len(written) == AFAL_LETTERS and written[0] == "أ" and written[3] == "ا"


def noun_bases(word: str) -> list[str]:
    """The word and its readings without a possessive pronoun, the ة restored before it
    (حمايته: حماية؛ حسابه: حساب؛ ضرورة: ضرورة itself)."""
    bases = [word]
    for suffix in PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)]
            bases.append(base[:-1] + "ه" if base.endswith("ت") else base)
            if base.endswith(("ئ", "ؤ")):
                bases.append(base[:-1] + "ء")  # هدوئه: هدوء، the hamza on a seat before the pronoun
            break
    return bases


def _outlet_noun(token: Token) -> bool:
    """An addressee noun with or without the article (صحيفة، الموقع، للوكالة)."""
    words = speech_words().get("addressee", frozenset())
    return any(stem in words or (stem.startswith("ال") and stem[2:] in words) for _, stem in token.stems)


def _feminine_adjective(head: Token, token: Token) -> bool:
    """A definite head whose next word is a definite adjective in ة (الأسر المتضررة، المصادر
    المطلعة): the head is feminine or a non-human plural, whatever its own form says."""
    if head.kind == "arabic" and not head.norm.lstrip("و").startswith("ال") and token.kind == "arabic" \
            and not token.norm.startswith("ال") and token.norm.endswith("يه") and len(token.norm) >= 5:
        return True  # صحف يونانية، مصادر طبية: an indefinite head and its feminine nisba
    return head.norm.lstrip("و").startswith("ال") and token.kind == "arabic" and token.norm.startswith("ال") \
        and token.norm.endswith("ه") and len(token.norm) >= 5


def _feminine_after_masculine_head(head: Token, token: Token) -> bool:
    """A definite feminine singular (المدينة) right after a definite masculine singular head
    (الوزير) disagrees with it, so it starts the verb's object; a nisba adjective (الوزير
    السابق، الخارجية الأمريكية) or a broken plural head (الجنود) is left alone."""
    before, word = head.norm.lstrip("و"), token.norm
    if head.kind != "arabic" or token.kind != "arabic" or not before.startswith("ال") or not word.startswith("ال"):
        return False
    stem = _stem_without_article(before)
    masculine = not stem.endswith(("ه", "ات", "ون", "ين", "اء", "ي")) and not (len(stem) >= 5 and stem[2] == "ا")
    if masculine and word.endswith("ات") and len(word) >= 6 and not word.endswith("يات"):
        return True  # وتناول اللقاء العلاقات الثنائية: no adjective of a masculine singular ends in ات
    if not (masculine and word.endswith("ه") and not word.endswith(("يه", "ويه")) and len(word) >= 5):
        return False
    # A feminine adjective (المتضررة) has a masculine form in common use; a feminine noun
    # (المدينة، الشرطة) is written far more often than any word without its ة.
    frequencies = word_frequencies()
    return frequencies.get(word, 0) >= FEMININE_NOUN_RATIO * (frequencies.get(word[:-1], 0) + 1)


def _second_title(previous: Token, token: Token) -> bool:
    """استقبل الوزير السفيرة الفرنسية: a definite title right after a definite title of the other
    gender names a second person, the verb's object."""
    before, word = previous.norm.lstrip("و"), token.norm
    if previous.kind != "arabic" or token.kind != "arabic" or not before.startswith("ال") or not word.startswith("ال"):
        return False
    if before.endswith("ه") == word.endswith("ه"):
        return False
    return _title_with_article(before) and _title_with_article(word)


def _title_with_article(word: str) -> bool:
    """الوزير، السفيرة: a title with the article, the feminine read through its masculine."""
    bare = word[2:]
    return word in definite_title_words() or bare in title_words() \
        or (bare.endswith("ه") and bare[:-1] in title_words())


def _definite_circumstance(token: Token) -> bool:
    """في البيان، في التغريدة: the occasion of the words, named again with the article."""
    return token.norm.startswith("ال") and has_role_word(token.norm[2:], "circumstance_noun")


def _sound_plural_noun(word: str) -> bool:
    """المشرعين، المواطنون: a sound masculine plural of a noun the corpus also writes in the
    singular with the article. No family name has that form (الحسين is too short to be one)."""
    return len(word) >= MIN_PLURAL_LETTERS and word.startswith("ال") and word.endswith(("ين", "ون")) \
        and is_common_noun(word[2:-2])


def indefinite_derived_masdar(token: Token) -> bool:
    """انتساب، انسحاب، استخدام: the masdar of a form VII, VIII or X verb without the article, after
    a cue the thing stated (أكد انتساب "…"), not who stated it; a body named so (ائتلاف) is left out."""
    word = token.norm.lstrip("وف") if token.norm[:1] in ("و", "ف") and len(token.norm) > 6 else token.norm
    return token.kind == "arabic" and derived_masdar_word(word)


def event_noun(token: Token) -> bool:
    """مقتل، مصرع، اشتباكات: an event noun without the article that has no verb reading (قتل and قصف
    are verbs too), the event triggers' nouns. After a definite word it is no genitive and no
    adjective: it starts the verb's object (أعلن الجيش اليمني مقتل القيادي)."""
    word = token.norm[1:] if token.norm[:1] in ("و", "ف") and len(token.norm) > 4 else token.norm
    if token.kind != "arabic" or word.startswith(("ال", "لل")):
        return False
    entry = trigger_lexicon().get(word)
    return entry is not None and entry.pos == "noun" and not entry.possessive


def derived_masdar_word(word: str) -> bool:
    """افتعال، انفعال، استفعال and the assimilated اتّفعال (اتخاذ، اتهام), normalized, no article."""
    if word in institution_heads():
        return False
    form_seven_eight = len(word) == 6 and word[0] == "ا" and word[4] == "ا" and (word[2] == "ت" or word[1] == "ن")
    assimilated = len(word) == 5 and word.startswith("ات") and word[3] == "ا"
    form_ten = len(word) == 7 and word.startswith("است") and word[5] == "ا"
    return form_seven_eight or assimilated or form_ten


def _field_masdar_word(word: str) -> bool:
    """مكافحة، متابعة (مفاعلة); تطوير، تنظيم (تفعيل); تنمية، تربية (تفعلة), normalized."""
    mufaala = len(word) == 6 and word[0] == "م" and word[2] == "ا" and word.endswith("ه")
    tafiil = len(word) == 5 and word[0] == "ت" and word[3] == "ي" and not word.endswith("ه")
    tafila = len(word) == 5 and word[0] == "ت" and word.endswith("يه") and not _feminine_nisba(word)
    return mufaala or tafiil or tafila


def _feminine_nisba(word: str) -> bool:
    """تركية: the feminine of a nisba the corpus writes in the masculine with the article (التركي)."""
    return word.endswith("يه") and word_frequencies().get("ال" + word[:-1], 0) >= per_million(COMMON_NOUN_MIN_PER_MILLION)


def form_two_masdar_word(word: str) -> bool:
    """تفعيل (تجميد، تسليم، تعزيز), normalized, no article: a masdar whatever the corpus's count of
    its definite form; given names of that shape (تيسير) are ruled out by the caller."""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word[1] not in "اوي" and word[2] not in "اوي"


def _form_four_masdar(word: str) -> bool:
    """إفعال (إنزال، إعلان، إصدار), normalized, no article."""
    return len(word) == 5 and word[0] == "ا" and word[3] == "ا" and word[1] not in "اوي"


@lru_cache(maxsize=1)
def _ba_verb_forms() -> frozenset[str]:
    """قام، قامت، وقاموا، فطالبت: the third-person perfects of the verbs whose complement takes بـ
    (word set ba_verb), with و/ف."""
    return frozenset(prefix + form for lemma in word_set("ba_verb") for form, _, _ in perfect_forms(lemma)
                     for prefix in ("", "و", "ف"))


def bare_masdar_word(word: str) -> bool:
    """A masdar of form II (تجميد) or of forms VII, VIII, X (اعتقال، استهداف), normalized, no article."""
    return form_two_masdar_word(word) or derived_masdar_word(word)


def _derived_masdar(stem: str) -> bool:
    """The masdar of a form VIII or X verb ending in اء (اختفاء، انتهاء، استياء), where a broken
    plural of that length has no ت after its first radical (أصدقاء، أقرباء)."""
    return stem.endswith("اء") and ((len(stem) == 6 and stem[0] == "ا" and stem[2] == "ت")
                                    or (len(stem) >= 6 and stem.startswith("است")))


def _plural_after_singular(previous: Token, token: Token) -> bool:
    """A definite sound masculine plural (الموظفين) right after a definite singular (المدير): an
    adjective agrees in number and a definite noun takes no genitive, so it starts a new phrase.
    A nisba plural (الأمريكيين) after a broken plural (الجنود) is an adjective, so both are left."""
    before, word = previous.norm.lstrip("و"), token.norm
    if token.kind != "arabic" or previous.kind != "arabic" or not word.startswith("ال") or len(word) < 6 \
            or not word.endswith(("ين", "ون")) or word.endswith(("يين", "يون")):
        return False
    if not before.startswith("ال") or before.endswith(("ين", "ون", "ات", "اء")):
        return False
    stem = _stem_without_article(before)
    return not (len(stem) >= 5 and stem[2] == "ا")  # الجنود المصابين? a broken plural head is left as it was


def _form_six_shape(word: str) -> bool:
    """تفاقم، تزايد، تراجع (تفاعل), normalized: a masdar or a verb, after a definite word no part of
    its noun phrase either way (كشفت الدراسة تفاقم التجارة)."""
    return len(word) == 5 and word[0] == "ت" and word[2] == "ا" and word[1] not in "اوي" and word[3] not in "اوي"


def _feminine_after_masculine_plural(previous: Token, token: Token) -> bool:
    """A definite feminine word (الجهات، الحكومة) right after a definite sound masculine plural of
    people (المحتجون: a participle's, whose singular the corpus seldom writes with the article, or a
    noun's): no adjective of it, and a definite noun takes no genitive, so it starts the
    verb's object."""
    before, word = previous.norm.lstrip("و"), token.norm
    participle_plural = before.startswith("الم") and before.endswith("ون") and len(before) > MIN_PLURAL_LETTERS
    if previous.kind != "arabic" or token.kind != "arabic" or not (_sound_plural_noun(before) or participle_plural) \
            or before.endswith(("يين", "يون")) or not word.startswith("ال") or len(word) < 5:
        return False
    return word.endswith("ات") or (word.endswith("ه") and not word.endswith("يه"))


def _root_waw(word: str) -> bool:
    """وكيله، وزيره: a و that is the noun's first root letter, not the conjunction (the corpus
    writes الوكيل far more often than الكيل; والوكتاب is no word, so وكتابه keeps its و)."""
    if not word.startswith("و"):
        return False
    bases = noun_bases(word)
    if len(bases) < 2 or not is_common_noun(bases[1]):
        return False
    frequencies = word_frequencies()
    return frequencies.get("ال" + bases[1], 0) > ROOT_WAW_RATIO * frequencies.get("ال" + bases[1][1:], 0)


def _masculine_institution(head: Token) -> bool:
    """مجلس الاحتياطي، البنك المركزي: a state body named by a masculine noun agrees with قال; the
    state itself and its government (سوريا، الحكومة) with قالت."""
    return any(stem in institution_heads() and not stem.endswith(("ه", "ات"))
               for stem in map(_stem_without_article, _conjunction_readings(head.norm)))


def _collective_phrase(span: Span) -> bool:
    """A phrase headed by a noun for a group of people (عائلة الضحية، أسرة الشهيد، أهالي القرية),
    which a plural verb may take by sense."""
    words = normalize_string(span.text).split()
    if not words:
        return False
    head = words[0][1:] if words[0].startswith("و") and len(words[0]) > 3 else words[0]
    head = _stem_without_article(head)
    if has_role_word(head, "collective"):
        return True
    for suffix in ("هم", "ها", "ه"):  # عائلته، أسرتها: the noun with its possessor's pronoun
        if head.endswith(suffix) and len(head) > len(suffix) + 2:
            bare = head[:-len(suffix)]
            return has_role_word(bare[:-1] + "ه" if bare.endswith("ت") else bare, "collective")
    return False


def agrees(cue: Cue, speaker: Speaker) -> bool:
    """Whether a cue verb's person marking fits the speaker (unknowns agree)."""
    if cue.gender is None or speaker.span is None:
        return True
    if speaker.number == "pl" and speaker.gender is None:
        return True  # broken plurals: قالت المصادر and قال مسؤولون both occur
    if cue.number == "pl":
        return speaker.number in ("pl", None) or _collective_phrase(speaker.span)
    if cue.gender == "f":
        return speaker.gender in ("f", None) or speaker.number == "pl"
    return speaker.gender in ("m", None) and speaker.number != "pl" or speaker.number is None


class SpeakerChunker:
    """Reads speaker noun phrases over a document's tokens."""

    def __init__(self, doc: Document, mentions: Mentions, quoted_pairs: dict[int, int]):
        self.doc = doc
        self.mentions = mentions
        self.quoted_pairs = quoted_pairs  # token index of an opening mark -> of its closing mark

    def addressee(self, token: Token, head: Token | None = None) -> bool:
        """لـ/لل + an addressee noun or a media outlet: who it was said to. Inside a phrase whose
        `head` is itself an outlet noun (الموقع الإلكتروني للصحيفة), للصحيفة is its owner."""
        if not token.norm.startswith("ل") or token.kind != "arabic":
            return False
        if self._name_with_lam(token):
            return False  # لانديس، لبنان: a name, not لـ + a name
        if has_role(token, "addressee"):
            # الموقع الإلكتروني لإذاعة "…": an outlet's site or page belongs to the outlet after it
            return head is None or not (_outlet_noun(head) and _outlet_noun(token) and head.norm.startswith("ال"))
        if self._definite_outlet(token):
            return head is None or not _outlet_noun(head)
        mention = self.mentions.covering(token.start, token.end)
        return mention is not None and mention.kind in ("media", "person")

    def _definite_outlet(self, token: Token) -> bool:
        """للصحيفة، للوكالة: the outlet named before, said to. With a modifier or a name after it
        (المدير التنفيذي للشبكة السورية) it is the genitive of the speaker's title instead."""
        if not token.norm.startswith("لل"):
            return False
        if not _outlet_noun(token):
            return False
        index = self.doc.token_index_at(token.start) + 1
        following = self.doc.tokens[index] if index < len(self.doc.tokens) else None
        return following is None or following.kind != "arabic" \
            or not (following.norm.startswith("ال") or self.mentions.starting_at(following.start) is not None)

    def _lam_belongs(self, previous: Token, token: Token, head: Token, index: int) -> bool:
        """Whether a لـ/لل word after `previous` is a complement of the phrase."""
        if has_role(previous, "affiliation", with_clitics=False) or has_role(previous, "affiliation"):
            return True
        if token.norm in ("للشؤون", "لشؤون"):
            return True  # وزير الدولة للشؤون الخارجية، مساعد المدير لشؤون الطلاب: a portfolio, nobody spoken to
        if _stem_without_article(token.norm[1:]) in institution_heads() \
                or _stem_without_article("ا" + token.norm[1:]) in institution_heads():
            return True  # الأمين العام لمجلس التعاون، المتحدث لوزارة الصحة: the body the title belongs to
        if self._construct_complement(token, head, index) or self._portfolio_before_name(head, index) \
                or self._title_body(token, head, index) or self._field_masdar(previous, token, index):
            return True
        if "ا" + token.norm[1:] in place_words() or token.norm[1:] in place_words():
            return True  # المركز الإعلامي للغوطة
        mention = self.mentions.covering(token.start, token.end)
        if mention is not None and mention.kind not in ("media", "person"):
            return True  # المرصد السوري لحقوق الإنسان, فرع وزارة الصحة التابعة للمعارضة
        if token.norm.startswith("لل") and any(has_role_word(_stem_without_article(word), "body_head")
                                               for body in self._bodies_headed(head, index)
                                               for word in _conjunction_readings(body.norm)):
            return True  # المديرية العامة للشؤون الصحية، رئيس الهيئة العامة للرياضة: the body's field
        return any(_stem_without_article(word) in institution_heads() for word in _conjunction_readings(head.norm)) \
            and token.norm.startswith("لل")

    def _field_masdar(self, previous: Token, token: Token, index: int) -> bool:
        """المراكز الأمريكية لمكافحة الأمراض، المعهد الوطني لتطوير المناهج: after a definite nisba or
        an institution's head, لـ + a masdar of a derived verb (مفاعلة، تفعيل، تفعلة، افتعال) with a
        definite genitive names the field the body serves; nobody is spoken to with a masdar."""
        stem = token.norm[1:]
        following = self.doc.tokens[index + 1] if index + 1 < len(self.doc.tokens) else None
        if token.norm.startswith("لل") or following is None or following.kind != "arabic" \
                or not following.norm.startswith("ال"):
            return False
        if not any(_definite_nisba(before) or _stem_without_article(before) in institution_heads()
                   for before in _conjunction_readings(previous.norm)):
            return False
        return _field_masdar_word(stem) or derived_masdar_word(stem)

    def _title_body(self, token: Token, head: Token, index: int) -> bool:
        """المدير العام للشركة، الرئيس التنفيذي للبنك، مساعد الوزير للشؤون الأفريقية: a title with a
        word after it, then لل + a common noun, names the body or portfolio of the title; a people's
        plural (للمواطنين) or a person (للرئيس) is whom it was said to. Right after a bare title
        (قال الرئيس للوفد) the لل word is still the addressee."""
        word = token.norm
        first = self.doc.token_index_at(head.start)
        if not word.startswith("لل") or index - first < 2 or word.endswith("ين") \
                or not (is_title_word(head) or any(word in definite_title_words() for word in _conjunction_readings(head.norm))):
            return False
        adjective = self.doc.tokens[index - 1].norm
        if not (_definite_nisba(adjective) or adjective in GENERAL_WORDS):
            return False  # قال رئيس الوزراء للبرلمان: after the title's genitive, لل is whom it was said to
        stem = word[2:]
        return is_common_noun(stem) and "ال" + stem not in definite_title_words() and not is_title_word(token)

    def _bodies_headed(self, head: Token, index: int) -> list[Token]:
        """The phrase's head, and after a person's title the body it is the title of (رئيس الهيئة)."""
        after = self.doc.token_index_at(head.start) + 1
        if after < index and self.doc.tokens[after].norm in GENERAL_WORDS:
            after += 1  # مدير عام الهيئة الوطنية للمياه: the title's عام, then its body
        if not is_title_word(head) or after >= index or not self.doc.tokens[after].norm.startswith("ال"):
            return [head]
        return [head, self.doc.tokens[after]]

    def _inside_person(self, previous: Token, token: Token) -> bool:
        mention = self.mentions.covering(token.start, token.end, actors_only=False)
        return mention is not None and mention.kind == "person" and mention.start <= previous.start \
            and mention.end >= token.end

    def _one_name(self, previous: Token, token: Token) -> bool:
        """Both words inside one mention (الأمم المتحدة)."""
        mention = self.mentions.covering(token.start, token.end, actors_only=False)
        return mention is not None and mention.start <= previous.start

    def _members_of_institution(self, first: int, index: int) -> bool:
        """An institution's head with its adjective, then لل + a plural (الاتحاد الدولي للصحفيين،
        النقابة الوطنية للمحامين): the members it is named for. Right after the head
        (وقال الاتحاد للصحفيين) it is still whom it spoke to."""
        tokens = self.doc.tokens
        word = tokens[index].norm
        return index - first >= 2 and word.startswith("لل") and word.endswith(("ين", "ون")) \
            and any(_stem_without_article(word) in institution_heads() for word in _conjunction_readings(tokens[first].norm))

    def _portfolio_before_name(self, head: Token, index: int) -> bool:
        """وزير الدولة للشؤون الخارجية أنور قرقاش، المستشار الاقتصادي للرئيس فلان: after a title,
        a لـ complement with the person's name close behind it, unbroken, is the title's portfolio
        (who it was said to comes after the name or stands alone)."""
        tokens = self.doc.tokens
        if not any(word in definite_title_words() or "ال" + word in definite_title_words()
                   for word in _conjunction_readings(head.norm)) and not self._construct_title(head):
            return False
        for position in range(index + 1, min(len(tokens), index + 1 + MAX_PORTFOLIO_TOKENS)):
            token = tokens[position]
            mention = self.mentions.starting_at(token.start)
            if mention is not None and mention.kind == "person" and not self.nisba_alone(mention):
                return True
            if has_role(token, "name_title", with_clitics=False) and position + 1 < len(tokens) \
                    and tokens[position + 1].kind == "arabic":
                return True  # وكيل الوزارة للتعليم الدكتورة فلانة: the name's own title follows
            if token.kind != "arabic" or cue_of(token) is not None or is_complementizer(token) \
                    or has_role(token, "preposition", with_clitics=False) or self.time_word(token):
                return False
        return False

    def _construct_title(self, head: Token) -> bool:
        """وكيل الوزارة، مساعد الوزير: a bare noun in construct with a ministry or a title names an
        office even where the title list lacks it."""
        after = self.doc.token_index_at(head.start) + 1
        if head.kind != "arabic" or head.norm.startswith("ال") or after >= len(self.doc.tokens):
            return False
        following = self.doc.tokens[after].norm
        return following in definite_title_words() or (following.startswith("ال")
                                                        and _stem_without_article(following) in institution_heads())

    def nisba_alone(self, mention: Mention) -> bool:
        """A person mention that is one nationality adjective (الإماراتي، المصري) names nobody on its
        own; after a title it is the title's adjective. A family name of that form (الغامدي) is no
        nationality and still names its person."""
        if normalize_string(self.doc.text[mention.start:mention.end]) not in nationality_countries():
            return False
        index = self.doc.token_index_at(mention.start)
        return index == 0 or not has_role(self.doc.tokens[index - 1], "name_title", with_clitics=False)

    def _construct_complement(self, token: Token, head: Token, index: int) -> bool:
        """An institution's لـ + noun + definite genitive (الجامعة التونسية لكرة القدم، المفوضية
        العليا لشؤون اللاجئين): the field it serves, part of its name."""
        tokens = self.doc.tokens
        stem = token.norm[1:]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        first = self.doc.token_index_at(head.start)
        institution = any(_stem_without_article(word.norm.lstrip("ول")) in institution_heads()
                          or _stem_without_article("ا" + word.norm[1:]) in institution_heads()
                          for word in tokens[first:index])
        person = stem in definite_title_words() or "ال" + stem in definite_title_words()  # لرئيس الوزراء: said to someone
        return institution and not person and not stem.startswith("ل") and len(stem) >= 3 and is_common_noun(stem) \
            and following is not None and following.kind == "arabic" and following.norm.startswith("ال")

    def _name_in_phrase(self, opening: int, previous: Token, first: int | None = None) -> bool:
        """A quoted name inside the phrase: after a naming noun (منظمة "اير وورز"), or a few words after
        one, its genitive and adjectives between (شركة الشحن "بحري"، شركة النفط الإيطالية العملاقة
        "إيني"), or a short quoted name that the phrase goes on after (مراسل "الإذاعة" في المدينة)."""
        if has_role(previous, "naming_head"):
            return True
        closing = self.quoted_pairs[opening]
        tokens = self.doc.tokens
        if first is not None and closing - opening - 1 <= MAX_QUOTED_NAME_TOKENS \
                and any(has_role(tokens[position], "naming_head")
                        for position in range(max(first, opening - NAMING_HEAD_REACH), opening)):
            return True
        named = self.mentions.covering(previous.start, previous.end)
        if named is not None and named.end >= tokens[closing].end:
            return True  # الإذاعة "إف إم": the marks are inside the outlet's name
        if closing - opening >= 2:
            person = self.mentions.starting_at(tokens[opening + 1].start)
            if person is not None and person.kind == "person" and person.end >= tokens[closing - 1].end:
                return True  # محامية الهيئة «حنان الخطيب»: the person the title names, set off in marks
        after = tokens[closing + 1] if closing + 1 < len(tokens) else None
        if after is not None and is_complementizer(after) and closing - opening - 1 <= MAX_CONSTRUCT_NAME_TOKENS \
                and previous.kind == "arabic" and not previous.norm.lstrip("و").startswith("ال") \
                and (is_common_noun(previous.norm) or has_role(previous, "reporter")):
            return True  # وقال ضيف "الحصاد" إن، وأفاد موفد "العربية" أن: a name in construct with the noun, the report after it
        return closing - opening <= 7 and after is not None and after.norm in ("في", "من") \
            and after.sentence == tokens[opening].sentence

    def _bracketed_name(self, opening: int, previous: Token | None) -> bool:
        """A short bracketed name right after a bare naming noun (دورية (لانسيت)، صحيفة (الوطن))."""
        tokens = self.doc.tokens
        if opening < 1 or tokens[opening].norm != "(":
            return False
        before = previous or tokens[opening - 1]
        if not has_role(before, "naming_head", with_clitics=False):
            return False
        closing = next((index for index in range(opening + 1, min(len(tokens), opening + 2 + MAX_QUOTED_NAME_TOKENS))
                        if tokens[index].norm == ")"), None)
        return closing is not None and closing > opening + 1 \
            and all(token.kind in ("arabic", "latin") for token in tokens[opening + 1:closing])

    def _inside_bracketed_name(self, index: int, first: int) -> bool:
        opening = self._opening_bracket(index + 1)
        return first < opening < index and self._bracketed_name(opening, None) \
            and all(self.doc.tokens[between].norm != ")" for between in range(opening + 1, index + 1))

    def _opening_bracket(self, closing: int) -> int:
        tokens = self.doc.tokens
        return next((index for index in range(closing - 1, max(-1, closing - 2 - MAX_QUOTED_NAME_TOKENS), -1)
                     if tokens[index].norm == "("), 0)

    def _imperfect_verb(self, token: Token) -> bool:
        """وقال يجب أن ...: a word in يـ that is no name and no noun is a verb, never a subject."""
        word = token.norm
        return word.startswith("ي") and len(word) >= 3 and word != "يوم" and word not in given_names() \
            and not is_common_noun(word) and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _plural_perfect_verb(self, token: Token) -> bool:
        """طعنوا، رفضوا: a bare word ending in the plural perfect's وا that is no noun or name."""
        word = token.norm
        return token.kind == "arabic" and word.endswith("وا") and len(word) >= 4 and not word.startswith("ال") \
            and word not in given_names() and not is_common_noun(word) and not is_common_noun(word[:-1]) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _feminine_perfect_verb(self, token: Token) -> bool:
        """زرعت، كشفت، نفذت: a bare word in ت that is no common noun, whose plural perfect (زرعوا) the
        corpus writes too, is the feminine perfect verb after its subject."""
        word = token.norm
        return token.kind == "arabic" and word.endswith("ت") and len(word) >= FEMININE_PERFECT_MIN_LETTERS \
            and not word.startswith("ال") and not is_common_noun(word) and word not in given_names() \
            and word_frequencies().get(word[:-1] + "وا", 0) >= PLURAL_PERFECT_MIN_COUNT \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _noun_after_name(self, previous: Token, token: Token) -> bool:
        """An institution noun after a complete name starts the verb's object (حملت وزارة الخارجية
        الأمريكية الحكومة ...), where an adjective would go on (معهد الإدارة العامة)."""
        word = token.norm
        if token.kind != "arabic" or not word.startswith("ال") \
                or _stem_without_article(word) not in institution_heads():
            return False
        mention = self.mentions.covering(previous.start, previous.end)
        return mention is not None and mention.end == previous.end and mention.kind != "person" \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _definite_noun_after_name(self, previous: Token, token: Token) -> bool:
        """وأكدت طالبان السيطرة على الإقليم: a definite common noun right after a complete name that
        is no adjective (a nisba: طالبان الأفغانية; a participle: المتشددة) starts the object."""
        word = token.norm
        if token.kind != "arabic" or not word.startswith("ال") or len(word) < 5 or word.startswith("الم") \
                or word.endswith(NISBA_FORM_ENDINGS) or word in ordinal_words() \
                or _title_with_article(word) or not is_common_noun(word[2:]) \
                or word[3] == "ا" or has_role(token, "affiliation", with_clitics=False):
            # فريق برشلونة الأول: an ordinal is an adjective too; مدير المعهد الدكتور: a title, a name
            # next; وزارة الصحة التابعة للمعارضة: a فاعل participle is an adjective
            return False
        mention = self.mentions.covering(previous.start, previous.end)
        # a person's family name may have the article (يوسف الشاهد): only a body's name is complete
        return mention is not None and mention.end == previous.end and mention.kind not in ("place", "person") \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _indefinite_after_name(self, previous: Token, token: Token) -> bool:
        """An indefinite common noun right after a body's complete name (نداء تونس وجود علاقة): a
        name takes no genitive and its adjectives are definite, so the noun starts the object."""
        word = token.norm
        if token.kind != "arabic" or word.startswith(("ال", "لل")) or len(word) < 3 or word in given_names() \
                or is_title_word(token) or not is_common_noun(word):
            return False
        mention = self.mentions.covering(previous.start, previous.end)
        return mention is not None and mention.end == previous.end and mention.kind not in ("person", "place") \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def time_word(self, token: Token) -> bool:
        """A time word, unless a place or a person is named so (آب the month, إب the city; ماي
        the month, تيريزا ماي)."""
        if not has_role(token, "time"):
            return False
        mention = self.mentions.covering(token.start, token.end, actors_only=False)
        return mention is None or mention.kind not in ("place", "person")

    def _new_name(self, previous: Token, token: Token) -> bool:
        """A name after a definite word or another name starts a new phrase (the verb's object:
        حملت الخارجية الأمريكية روسيا), except a person's name after the title (الرئيس السوري بشار الأسد)."""
        mention = self.mentions.starting_at(token.start)
        if mention is None or mention.kind == "person" or token.norm.startswith("ل"):
            return False
        previous_mention = self.mentions.covering(previous.start, previous.end, actors_only=False)
        ends_name = previous_mention is not None and previous_mention.end == previous.end
        return ends_name or previous.norm.startswith(("ال", "وال")) \
            or (mention.kind == "place" and previous_mention is None and self._unlisted_name_word(previous))

    @staticmethod
    def _unlisted_name_word(token: Token) -> bool:
        """صفوي in واتهم صفوي الولايات المتحدة: a word that is no common noun, title or head noun is a
        name the lists lack, and a name takes no genitive: a place after it is the verb's object."""
        word = token.norm
        return token.kind == "arabic" and len(word) >= 3 and len(token.stems) == 1 and not word.startswith("ال") \
            and word_frequencies().get(word, 0) < per_million(UNLISTED_NAME_MAX_PER_MILLION) \
            and not is_common_noun(word) and not any(is_common_noun(base) for base in noun_bases(word)) \
            and not is_title_word(token) and word not in institution_heads() and word not in place_heads() \
            and word not in ORG_HEADS and not has_role(token, "preposition") and not has_role(token, "particle")

    def _accusative_object(self, previous: Token, token: Token) -> bool:
        """An indefinite accusative (…ًا) after a definite phrase or a nominative sound plural is the
        verb's object (أصدرت الوزارة بيانا، اعتبره مراقبون غيابا كاملا)."""
        word = token.norm
        if token.kind != "arabic" or not word.endswith("ا") or word.startswith("ال") or len(word) < 4 \
                or word.endswith(("اا", "ءا")) or self.mentions.covering(token.start, token.end, actors_only=False) \
                or has_role_before_pronoun(token, "affiliation"):
            return False  # باسمها: the ا of the pronoun ها, no accusative
        # A common noun takes the article too (بيانا: البيان); a name ending in ا does not (رافينا),
        # and one the NER layer missed (شابيا) is no accusative the corpus has seen, whatever الشابي is.
        frequencies = word_frequencies()
        # after a sound plural in the nominative (مراقبون غيابا كاملا) the accusative is no adjective of it
        nominative_plural = previous.kind == "arabic" and previous.norm.endswith("ون") and len(previous.norm) > 4 \
            and previous.norm not in given_names()
        return (previous.norm.lstrip("و").startswith("ال") or nominative_plural) and "ال" + word[:-1] in frequencies \
            and frequencies.get(word, 0) > 0

    def _indefinite_after_definite(self, previous: Token, token: Token) -> bool:
        """An indefinite common noun cannot follow a definite word inside one noun phrase (it is no
        adjective, and a definite noun takes no genitive): معهد الإدارة العامة استمرار استقباله."""
        word = token.norm
        if token.kind != "arabic" or word.startswith(("ال", "وال", "لل")) or len(word) < 3 \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None \
                or word in given_names() or not previous.norm.lstrip("و").startswith(("ال", "لل")) \
                or has_role(token, "honorific", with_clitics=False) or previous.norm.lstrip("و") in definite_title_words() \
                or has_role(previous, "name_title", with_clitics=False):
            return False  # الشيخ فالح: after a title comes a name, even one that is also a noun
        return word_frequencies().get("ال" + word, 0) >= per_million(COMMON_NOUN_MIN_PER_MILLION) \
            or bare_masdar_word(word) or _form_six_shape(word)

    @staticmethod
    def prepositional(token: Token) -> bool:
        """بـ/كـ + a common noun is a prepositional phrase (بشكل قاطع، بدعوة من); المتحدث باسم
        is an affiliation and stays."""
        word = token.norm
        if token.kind != "arabic" or word[:1] not in ("ب", "ك") or word.startswith(("بال", "كال")) \
                or len(word) < 4 or has_role(token, "affiliation", with_clitics=False) or word in given_names() \
                or has_role_before_pronoun(token, "affiliation"):  # المتحدث باسمها: of the body named before
            return False  # بسام، كمال: a given name, not ب/ك and a noun
        stem = word[1:]
        if stem in institution_heads() or stem in place_heads() or has_role_word(stem, "body_head"):
            return False  # النائبة بمجلس الشعب، مجلس التنمية بمنطقة عسير، الناطق بفرع الهيئة: the body, or where it sits
        # بحسابه، بضرورة، بحمايته; باتخاذ: a derived masdar is rarely written with the article
        return any(is_common_noun(base) for base in noun_bases(stem)) or derived_masdar_word(stem)

    def _possessed_object(self, previous: Token, token: Token) -> bool:
        """A noun with a possessive pronoun (اعتقادهم، تمسكه) after a definite word cannot be its
        genitive (a definite noun takes none), so it is the verb's object."""
        word = token.norm
        clitic = word[:1] in ("و", "ف", "ب", "ل", "ك") and not _root_waw(word)
        if token.kind != "arabic" or clitic or word in given_names() \
                or has_role_before_pronoun(token, "honorific") or is_common_noun(word) \
                or not previous.norm.lstrip("و").startswith("ال") \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False
        bases = noun_bases(word)
        if len(bases) < 2 or not is_common_noun(bases[1]):
            return False
        bare = next(word[:-len(suffix)] for suffix in PRONOUN_SUFFIXES if word.endswith(suffix))
        return not has_role_word(bare, "emphatic")  # النائب نفسه، الوزراء أنفسهم

    def _plural_object_after_name(self, previous: Token, token: Token) -> bool:
        """An indefinite feminine plural common noun (انتقادات، تحذيرات) right after a name (a word
        the corpus does not write with the article, no title) is the verb's object."""
        word = token.norm
        if token.kind != "arabic" or previous.kind != "arabic" or word.startswith(("ال", "و", "ل", "ب")) \
                or not word.endswith("ات") or len(word) < 5 or not is_common_noun(word):
            return False
        name = previous.norm
        readings = {name, *(stem for _, stem in previous.stems)}  # لغرفة: the noun غرفة after its clitic
        return previous.norm[:1] not in ("و", "ل", "ب", "ف", "ك") and not name.startswith("ال") \
            and not any(is_common_noun(reading) for reading in readings) and name not in title_words() \
            and name not in word_set("nasab") and not has_role(previous, "name_title", with_clitics=False)

    def _fi_belongs(self, index: int) -> bool:
        """في + a noun that is not a place name, a time or a circumstance (المصدر في الاستخبارات)."""
        tokens = self.doc.tokens
        if index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if has_role_word(following.norm, "emphatic") and index + 2 < len(tokens):
            following = tokens[index + 2]  # في نفس التغريدة، في ذات البيان: the noun after the emphatic
        elif following.norm in QUANTIFIERS:
            # في أكثر من مناسبة، في عدة تصريحات: the noun after the quantifier (and its من)
            after = index + 3 if index + 2 < len(tokens) and tokens[index + 2].norm == "من" else index + 2
            following = tokens[after] if after < len(tokens) else following
        if following.kind != "arabic" or has_role(following, "circumstance") or self.time_word(following) \
                or has_role(following, "adverbial", with_clitics=False) \
                or has_role_before_pronoun(following, "circumstance_noun") or _definite_circumstance(following):
            return False
        if has_role(following, "locality", with_clitics=False) and self._phrase_ends_after(index + 1):
            return False  # فرع الوزارة في المدينة: where it is, the city named before
        mention = self.mentions.starting_at(following.start)
        if mention is not None and mention.kind == "place":
            # مراسلنا في دمشق فلان الفلاني: a place between a title and the person's name belongs
            name_at = self.doc.token_index_at(mention.end)
            person = self.mentions.starting_at(tokens[name_at].start) if name_at < len(tokens) else None
            return person is not None and person.kind == "person"
        if mention is None and self._indefinite_occasion(index + 1):
            return False  # وأكدت الحركة في وثيقة سياسية جديدة أن: an occasion, where في وزارة الخارجية names a body
        return True

    def _indefinite_occasion(self, index: int) -> bool:
        """An indefinite common noun with no genitive after it (وثيقة سياسية، رسالة مطولة): a thing
        the words came in. A body in construct (في وزارة الخارجية) has its definite genitive."""
        tokens = self.doc.tokens
        token = tokens[index]
        if token.kind != "arabic" or token.norm.startswith("ال") or not is_common_noun(token.norm) \
                or _stem_without_article(token.norm) in institution_heads() or has_role_word(token.norm, "body_head"):
            return False
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return after is None or after.kind != "arabic" or not (
            after.norm.startswith("ال") or self.mentions.starting_at(after.start) is not None)

    def _phrase_ends_after(self, index: int) -> bool:
        """Nothing of the phrase follows the word at `index`: a clause mark, a complementizer, a cue
        or a time word comes next (في المدينة، أن / في المدينة إن / في المدينة أمس)."""
        tokens = self.doc.tokens
        if index + 1 >= len(tokens):
            return True
        following = tokens[index + 1]
        return following.kind == "punct" or is_complementizer(following) or cue_of(following) is not None \
            or self.time_word(following)

    def stops_before(self, index: int, first: int) -> bool:
        """Whether the phrase that started at `first` ends before token `index`."""
        tokens = self.doc.tokens
        token, previous = tokens[index], tokens[index - 1]
        if any(char in DASHES for char in self.doc.text[previous.end:token.start]):
            return True  # الحسن البصري ــ رحمه الله: a dash sets off an aside
        if token.kind == "arabic" and FATHATAN in token.text and FATHATAN not in tokens[first].text:
            # أجاب مورينيو ضاحكًا: an accusative with its tanween written is no part of a subject, unless
            # the head is accusative itself (لكن مصدرًا بارزًا): then its adjectives agree with it
            return True
        if token.kind != "punct" and self._inside_bracketed_name(index, first):
            return False  # the words of دورية (لانسيت): a name in brackets
        if token.kind == "punct":
            if token.norm == "%" and previous.kind == "number":
                return False  # قال 13,8٪: the percent sign of the number
            if token.norm == "#" and index + 1 < len(tokens) and tokens[index + 1].start == token.end \
                    and tokens[index + 1].kind == "arabic":
                return False  # بطل مسلسل #سيلفي: a hashtag is a word of the phrase
            if token.norm == '"' and index not in self.quoted_pairs:
                opening = next((start for start, end in self.quoted_pairs.items() if end == index), None)
                return opening is None or opening < first  # تنظيم "داعش": the closing mark of a name inside
            if token.norm == "(" and self._bracketed_name(index, previous):
                return False  # دورية (لانسيت) الطبية: a name in brackets after a naming noun
            if token.norm == ")" and index > first + 1 and self._bracketed_name(self._opening_bracket(index), None):
                return False
            # A quoted name continues the phrase only after a naming noun: منظمة "اير وورز".
            return token.norm != '"' or not self._name_in_phrase(index, previous, first)
        if previous.norm == '"' and index - 1 in self.quoted_pairs.values() and index - 1 not in self.quoted_pairs \
                and token.norm not in ("في", "من") and not self._person_after_quoted_outlet(index, first):
            return True  # after a quoted name: منظمة "اير وورز" غير الحكومية
        if token.kind == "number":
            # وفحص الباحثون 139 عينة: a number after a definite plural counts the verb's object
            return previous.kind == "arabic" and previous.norm.lstrip("و").startswith("ال") \
                and previous.norm.endswith(("ون", "ين"))
        if index - 1 > first and self._emphatic_with_pronoun(previous):
            return True  # واتهم المصدر ذاته الأطباء: نفسه، ذاته close the phrase they confirm
        if self.remote_field(index) or (index - 1 > first and self.remote_field(index - 1)):
            return False  # عميد التعليم عن بعد الدكتور فلان: عن بعد is part of the field's name
        if token.norm == "علي" and previous.norm in word_set("nasab"):
            return False  # سامر بن علي العنيني: the name علي, not the preposition على written with ي
        if self._ali_after_given_name(index):
            return False  # المهندس عبدالله علي سابق: the father's name علي, written with ي, after a given name
        if token.norm in ("ل", "ب"):
            return True  # لـ"وكالة الأنباء"، لـCNN: who it was said to
        if token.kind == "arabic" and token.norm.startswith("ب") and len(token.norm) > 4 \
                and (token.norm.startswith("بال") or len(noun_bases(token.norm[1:])) > 1) \
                and token.norm not in given_names() and token.norm not in word_set("nasab") \
                and (previous.norm in given_names() or self._unlisted_name_word(previous)) and index - 1 == first \
                and self.mentions.covering(token.start, token.end, actors_only=False) is None:
            return True  # وأضافت نادين باللهجة اللبنانية، وسألت نادية بصوتها: how she said it, after her name
        found = cue_of(token)
        if found is not None and found.kind == "participle" and token.norm.endswith(("ا", "ين")):
            return True  # وأكد دي ماريا قائلا: a حال of speech in the accusative ends the subject, even one the NER ran on into
        if found is not None and not self._inside_person(previous, token) \
                and not text_noun_after_preposition(token, previous):
            return True  # but كريستوفر راي: a name's word that is also a cue (رأى) goes on with the name
        if is_complementizer(token):
            return True
        if has_role(token, "relay", with_clitics=False) or has_role(token, "relative", with_clitics=False) \
                or has_role(token, "issued", with_clitics=False) \
                or (token.norm.startswith("و") and has_role(token, "relative")):
            return True  # المسؤول ... والذي طلب عدم نشر اسمه: a relative clause joined by و
        if index > first and token.norm.startswith("و") and token.norm[1:] in CONJOINED_PREPOSITIONS:
            return True  # ناشطون من عدة دول وضمن حملة: و before a preposition joins an adverbial to the clause
        if has_role(token, "kana", with_clitics=False):
            return True  # رجل كان متوقفا: كان opens the clause that describes the noun, no part of it
        if token.norm == "لدي":
            following = self.mentions.starting_at(tokens[index + 1].start) if index + 1 < len(tokens) else None
            return following is None  # المندوب الدائم لدى الأمم المتحدة
        if token.norm == "عن" and index + 1 < len(tokens) and tokens[index + 1].kind == "arabic" and any(
                has_role(word, "representative", with_clitics=False) for word in tokens[first:index]):
            return False  # النائبة عن حزب العمال، عضو البرلمان عن البصرة: whom the member represents
        if has_role(previous, "responsible", with_clitics=False) and (token.norm == "عن" or (
                token.norm.startswith("ب") and len(token.norm) > 3 and not self.time_word(token))):
            return False  # الهيئة المسؤولة عن حماية المستهلك، الوزير المكلف بالملف
        if index > first and self._ba_complement(index, first):
            return True  # وقام الشرطي بالدخول، وأفاد مراسل القناة بمقتل: the verb's بـ complement follows its subject
        if (has_role(token, "preposition", with_clitics=False) and not self._person_named_at(token)) \
                or (self.time_word(token) and not self._time_head_alone(index)) \
                or has_role(token, "circumstance", with_clitics=False) \
                or has_role(token, "circumstance_noun", with_clitics=False):
            return True
        if index > first and token.norm.endswith(PRONOUN_SUFFIXES) and token.norm[:1] not in ("و", "ف", "ب", "ل") \
                and has_role_before_pronoun(token, "circumstance_noun") and not self._indefinite_before(previous):
            return True  # وختم الوزير حديثه: "…": the speaker's own words are the verb's object
        if self._new_name(previous, token) or self._noun_after_name(previous, token) \
                or (index - 1 == first and self.person_after_institution(index)):
            return True
        if self._imperfect_verb(token) and not has_role(token, "honorific"):
            return True  # كان الرجل يجلس وحده: the subject ends at its verb
        if self._plural_perfect_verb(token) or (index > first and self._feminine_perfect_verb(token)):
            return True  # لكن أنصار البيئة طعنوا في القرار، الأحجار زرعت داخلها: the subject ends at its verb
        if has_role(token, "addressee", with_clitics=False) and token.norm.startswith("ال") \
                and token.norm.endswith(("ين", "ون", "ور")):
            return True  # أبلغ مارسيلو الصحفيين بأن: who it was said to (but كاتب في صحيفة الشعب)
        if index > first and has_role(token, "guest", with_clitics=False):
            return True  # المنسق فلان ضيف برنامج "الأحد": the show he was a guest of, set off after him
        if index > first and token.kind == "arabic" and not token.norm.startswith("ال") and index + 1 < len(tokens) \
                and tokens[index + 1].norm == "عدم":
            return True  # مسؤول في الوزارة فضل عدم الكشف عن هويته: a verb asking not to be named
        if self._manner_after_definite(previous, token):
            return True  # وأدان الرئيس الأفغاني بشدة الاعتداء: بشدة says how, the object follows
        if self._met_with(token) or self._place_noun_after_definite(previous, token) \
                or self._masdar_after_definite(previous, token) or self._event_after_definite(previous, token) \
                or self._noun_after_definite(previous, token):
            return True  # والتقى المدرب بالصحفيين، وزار المبعوث الأممي المخيم: the verb's object
        if self._outlet_after_definite(previous, token):
            return True  # أبلغ المدرب موقع النادي: a definite word takes no genitive, so the outlet is the object
        if has_role(token, "reporter", with_clitics=False) and index > first and self._unnamed_indefinite(first):
            return True  # أفاد مصدر أمني مراسل الإذاعة أن: the reporter told, bare, is the object
        if self._possessed_object(previous, token):
            return True  # أبدى الخبراء الاقتصاديون اعتقادهم بأن: the subject's own noun is the object
        if self._plural_object_after_name(previous, token):
            return True  # وجه الرئيس دونالد ترامب انتقادات لاذعة: a name takes no genitive
        if index - 1 == first and (_feminine_after_masculine_head(previous, token) or _second_title(previous, token)) \
                and not self._one_name(previous, token):
            return True  # زار الوزير المدينة: a feminine noun is no adjective of a masculine head
        if _feminine_after_masculine_plural(previous, token) or self._indefinite_after_name(previous, token) \
                or self._definite_noun_after_name(previous, token):
            return True  # وطالب المحتجون الجهات المعنية، لم ينكر رئيس كتلة نداء تونس وجود علاقة: the verb's object
        if _plural_after_singular(previous, token):
            return True  # أبلغ المدير الموظفين بأن: a plural is no adjective of a singular, but the object
        if self._accusative_object(previous, token) or (self.prepositional(token) and not self._named_by(previous)):
            return True
        if self._indefinite_after_definite(previous, token) and not self._name_after_title(first, index):
            return True
        if self._demonstrative_genitive(previous, index):
            return False  # الناطق باسم هذه الهيئة، مدير هذا المشروع: "of this body", the genitive of the head
        if token.norm not in ("في", "من") and not self._person_named_at(token) \
                and any(has_role(token, role, with_clitics=False)
                        for role in ("particle", "demonstrative", "pronoun", "skippable")):
            return True  # الوزير هذا الأسبوع، الموكلي وهو الباحث، الزائر فلان فقد
        if token.norm == "في":
            return not self._fi_belongs(index)
        if token.norm == "من" and index + 1 < len(tokens) and (is_complementizer(tokens[index + 1])
                                                              or has_role_before_pronoun(tokens[index + 1], "side")):
            return True  # الوزير من جهة أخرى: a sentence adverb, no part of the subject
        if token.norm.startswith("ل") and token.kind == "arabic" and len(token.stems) > 1 \
                and not self._name_with_lam(token) and not self._name_word_with_lam(previous, token) \
                and not self._inside_person(previous, token):  # سيرغي لافروف: a name's word in ل
            if self._members_of_institution(first, index):
                return False  # الاتحاد الدولي للصحفيين: the body's members, not whom it spoke to
            return self.addressee(token, tokens[first]) or not self._lam_belongs(previous, token, tokens[first], index)
        return False

    def person_after_institution(self, index: int) -> bool:
        """وتتهم النيابة رونالدو بأنه، واتهمت الشرطة فلانا: a person's name right after the definite
        head of an institution (institution_heads: النيابة، الشرطة، الحكومة، الوزارة) that opens the
        phrase is no apposition of it: a body is no person, and a definite noun takes no genitive, so
        the name starts the verb's object (but وزير الداخلية فلان: there the body is the title's
        genitive; callers ask only of a body that opens its phrase)."""
        if index == 0:
            return False
        previous, token = self.doc.tokens[index - 1], self.doc.tokens[index]
        if previous.kind != "arabic":
            return False
        word = previous.norm[1:] if previous.norm.startswith(("وال", "فال")) else previous.norm
        if not word.startswith("ال") or _stem_without_article(word) not in institution_heads() \
                or is_title_word(previous) or word in person_descriptors():
            return False
        mention = self.mentions.starting_at(token.start)
        return mention is not None and mention.kind == "person" \
            and self.mentions.covering(previous.start, previous.end, actors_only=False) is None

    def _ba_complement(self, index: int, first: int) -> bool:
        """بـ + a definite noun or a masdar (بالدخول، بإنزال، بمقتل) after the subject of a verb whose
        complement takes بـ (word set ba_verb: قام، طالب، أفاد، ندد): the complement, no word of the
        subject; a place or a body after بـ (مدير الصحة بالإدارة الجهوية) stays in the phrase."""
        tokens = self.doc.tokens
        token = tokens[index]
        if token.kind != "arabic" or not token.norm.startswith("ب") or len(token.norm) < 5 \
                or token.norm in given_names() or token.norm.startswith("باسم") \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False
        stem = token.norm[1:]
        trigger = trigger_lexicon().get(stem)
        if not (stem.startswith("ال") or bare_masdar_word(stem) or _form_four_masdar(stem)
                or (trigger is not None and trigger.pos == "noun")):
            return False
        if stem.startswith("ال") and (_stem_without_article(stem) in institution_heads()
                                      or _stem_without_article(stem) in place_heads()):
            return False
        return any(tokens[position].norm in _ba_verb_forms() for position in range(max(0, first - 2), first))

    def _demonstrative_genitive(self, previous: Token, index: int) -> bool:
        """هذه الهيئة after باسم or after an indefinite common noun in construct (مدير هذا المشروع):
        a demonstrative with its definite noun is the genitive, not a word after the subject."""
        tokens = self.doc.tokens
        token = tokens[index]
        if not has_role(token, "demonstrative", with_clitics=False) or index + 1 >= len(tokens):
            return False
        noun = tokens[index + 1]
        if noun.kind != "arabic" or not noun.norm.startswith("ال") or noun.sentence != token.sentence:
            return False
        if previous.norm == "باسم":
            return True
        return previous.kind == "arabic" and not previous.norm.lstrip("و").startswith("ال") \
            and is_title_word(previous) and self.mentions.covering(previous.start, previous.end) is None

    @staticmethod
    def _emphatic_with_pronoun(token: Token) -> bool:
        """ذاته، نفسها، أنفسهم: an emphatic noun with the pronoun of the phrase it follows."""
        word = token.norm
        return token.kind == "arabic" and any(word.endswith(suffix) and has_role_word(word[:-len(suffix)], "emphatic")
                                              for suffix in PRONOUN_SUFFIXES if len(word) > len(suffix) + 1)

    @staticmethod
    def _named_by(previous: Token) -> bool:
        """جمعية بوصلة، منظمة بلادي: right after a bare naming head the word is the body's name, even
        one that reads as ب + a noun."""
        return has_role(previous, "naming_head", with_clitics=False) and not previous.norm.startswith("ال")

    def _met_with(self, token: Token) -> bool:
        """بالصحفيين، بالسفير: بـ before whom the words were said to or a person's title is whom the
        subject met or told, not the body it belongs to (النائبة بالبرلمان)."""
        word = token.norm
        if token.kind != "arabic" or not word.startswith("بال") or self._person_named_at(token):
            return False
        stem = word[1:]
        return has_role_word(stem, "addressee") or stem in definite_title_words()

    def _place_noun_after_definite(self, previous: Token, token: Token) -> bool:
        """المبعوث الأممي المخيم: a place's head noun with the article after a definite word is no
        genitive (a definite word takes none) and no adjective, so it starts the verb's object."""
        word = token.norm
        return token.kind == "arabic" and word.startswith("ال") and word[2:] in place_heads() \
            and previous.kind == "arabic" and previous.norm.lstrip("و").startswith("ال") \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _noun_after_definite(self, previous: Token, token: Token) -> bool:
        """ووصف الوزير الهجوم بأنه، واتهم الرئيس المعارضة: a definite noun (the corpus seldom writes it
        after a definite word) right after a definite word is neither its genitive (a definite word
        takes none) nor its adjective, so it starts the verb's object. Titles (الشيخ الدكتور) and
        family names (الرئيس الأسد) stand beside the head instead; a nisba is an adjective wherever it
        stands, its noun use elided (السياسة الخارجية as وزارة الخارجية، الكورية الشمالية)."""
        word = token.norm
        if token.kind != "arabic" or previous.kind != "arabic" or not previous.norm.lstrip("و").startswith("ال") \
                or word.endswith(NISBA_FORM_ENDINGS):
            return False
        return definite_noun(word) and not _title_with_article(word) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _manner_after_definite(self, previous: Token, token: Token) -> bool:
        """بشدة، بقوة، بسرعة: بـ + an indefinite noun in ة that the corpus writes often so, right
        after a definite word, is an adverb of manner, no genitive or adjective of the phrase."""
        word = token.norm
        if token.kind != "arabic" or previous.kind != "arabic" or not previous.norm.lstrip("و").startswith("ال") \
                or not word.startswith("ب") or word.startswith("بال") or len(word) < 4 or not word.endswith("ه") \
                or word in given_names() or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False
        stem = word[1:]
        if stem in institution_heads() or stem in place_heads() or has_role_word(stem, "body_head") \
                or has_role(token, "affiliation", with_clitics=False):
            return False  # المدير التنفيذي بشركة أرامكو، رئيس المجلس بمدينة جدة: the body, or where it sits
        return word_frequencies().get(word, 0) >= per_million(COMMON_NOUN_MIN_PER_MILLION)

    def _event_after_definite(self, previous: Token, token: Token) -> bool:
        """وأعلن الجيش اليمني مقتل القيادي: an event noun after a definite word starts the object."""
        return previous.kind == "arabic" and previous.norm.lstrip("و").startswith("ال") and event_noun(token) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _masdar_after_definite(self, previous: Token, token: Token) -> bool:
        """أدان الوزير الانفجار، أكد المجلس الاتفاق: a definite masdar of a derived verb after a definite
        word is neither its genitive (a definite word takes none) nor its adjective, so it starts the
        verb's object."""
        word = token.norm
        return token.kind == "arabic" and word.startswith("ال") and bare_masdar_word(word[2:]) \
            and not word.endswith("ه") \
            and previous.kind == "arabic" and previous.norm.lstrip("و").startswith("ال") \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _outlet_after_definite(self, previous: Token, token: Token) -> bool:
        """A media noun without the article (موقع، صحيفة، قناة) right after a definite word cannot
        be its genitive or its adjective, even after a title (المدرب موقع النادي): it starts the
        verb's object, whom the words were told to."""
        return token.kind == "arabic" and has_role(token, "addressee", with_clitics=False) \
            and not token.norm.startswith("ال") and previous.kind == "arabic" \
            and previous.norm.lstrip("و").startswith("ال") and not previous.norm.startswith("لل") \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None

    def _name_after_title(self, first: int, index: int) -> bool:
        """وزير النفط العراقي جبار اللعيبي، أن: after a title and the nisba of its country or body, two
        words the NER layer missed and a clause mark are the person's name, not the verb's object
        (طالب الوزير العراقي حكومة الإقليم: a common definite word after the noun is its genitive)."""
        tokens = self.doc.tokens
        if not is_title_word(tokens[first]) or index + 2 >= len(tokens) \
                or not _definite_nisba(tokens[index - 1].norm):
            return False
        following, after = tokens[index + 1], tokens[index + 2]
        surname = self._family_name(index + 1) or (
            following.kind == "arabic" and not following.norm.startswith(("ال", "وال", "لل"))
            and not is_common_noun(following.norm) and not self.stops_before(index + 1, index))
        return surname and (after.norm in CLAUSE_MARKS or cue_of(after) is not None or is_complementizer(after))

    def _person_after_quoted_outlet(self, index: int, first: int) -> bool:
        """مبعوثة الإذاعة "إف إم" سلمى الكافي: a title whose outlet is written in marks goes on
        with the person's name after them."""
        person = self.mentions.starting_at(self.doc.tokens[index].start)
        return person is not None and person.kind == "person" and index - first <= MAX_QUOTED_NAME_TOKENS \
            and (has_role(self.doc.tokens[first], "reporter", with_clitics=False)
                 or self.doc.tokens[first].norm in definite_title_words()
                 or "ال" + self.doc.tokens[first].norm in definite_title_words())

    def _unnamed_indefinite(self, first: int) -> bool:
        """مصدر أمني، مسؤول حكومي: a head without the article that no name covers."""
        head = self.doc.tokens[first]
        return head.kind == "arabic" and not head.norm.startswith("ال") \
            and self.mentions.covering(head.start, head.end, actors_only=False) is None

    def _name_word_with_lam(self, previous: Token, token: Token) -> bool:
        """سارة ليا ويتسن: after a person's name, a word in ل whose rest is too short to be a noun and
        no pronoun (له، لها) is the next word of the name."""
        stem = token.norm[1:]
        person = self.mentions.covering(previous.start, previous.end, actors_only=False)
        named = (person is not None and person.kind == "person" and person.end == previous.end) \
            or (previous.kind == "arabic" and previous.norm in given_names())
        return named and len(stem) <= 2 and stem not in LAM_PRONOUNS and not token.norm.startswith("لل")

    def _name_with_lam(self, token: Token) -> bool:
        """A name that starts with ل (لندن، ليبيا، لبنان): the letter is no preposition."""
        mention = self.mentions.starting_at(token.start)
        # لل is always the preposition and the article (للصحيفة): no name starts so
        return mention is not None and mention.start == token.start and mention.end >= token.end \
            and not token.norm.startswith("لل")

    def phrase(self, first: int, last: int) -> Speaker:
        """The noun phrase that starts at or after `first` (within `last`), as a Speaker."""
        tokens = self.doc.tokens
        while first <= last and (tokens[first].kind not in ("arabic", "latin")
                                 or has_role(tokens[first], "skippable", with_clitics=False)):
            if (tokens[first].norm == '"' and first in self.quoted_pairs) or self._counted_head(first):
                break
            first += 1
        if first < last and self.manner_adverb(first):
            first += 1  # وتساءل باستنكار الدكتور فلان: بـ + a bare noun says how, the subject follows
        if first > last:
            return NO_SPEAKER
        token = tokens[first]
        if token.kind == "arabic" and (has_role(token, "circumstance", with_clitics=False) or self.time_word(token)
                                       or (has_role(token, "preposition", with_clitics=False)
                                           and not self._person_named_at(token))
                                       or token.norm in ("في", "من") or self.addressee(token)
                                       or (cue_of(token) is not None and not self._person_named_at(token)
                                           and not text_noun_after_preposition(token, tokens[first - 1] if first else None))
                                       or is_complementizer(token)
                                       or token.norm.startswith(("بال", "كال", "لل", "وبال", "ولل"))
                                       or token.norm in ("ل", "ب") or has_role(token, "pronoun", with_clitics=False)
                                       or (has_role(token, "particle") and not self._person_named_at(token))
                                       or self._imperfect_verb(token)
                                       or self.prepositional(token) or has_role(token, "relative")
                                       or has_role(token, "kana", with_clitics=False)):
            return NO_SPEAKER  # وقال للصحافيين / في بيان / أمس: no subject after the verb
        end = first
        if token.norm == '"' and first in self.quoted_pairs:
            if self.quoted_pairs[first] - first - 1 > MAX_QUOTED_NAME_TOKENS:
                return NO_SPEAKER  # a quotation, not a quoted name, follows the verb
            end = min(self.quoted_pairs[first], last)
        while end + 1 <= last and not self.stops_before(end + 1, first):
            end += 1
        end = self._indefinite_name_tail(self._end_at_person(first, end), end, last)
        end = self._abbreviated_title_name(end, last)
        while end > first and ((tokens[end].kind == "punct" and not (tokens[end].norm == '"'
                                                                    and end in self.quoted_pairs.values())
                                and not (tokens[end].norm == "%" and tokens[end - 1].kind == "number")
                                and not (tokens[end].norm == ")" and first < self._opening_bracket(end)))
                               or tokens[end].norm in ("في", "من")):
            end -= 1  # but 13,8٪: the percent sign of a number that heads the phrase stays
        span = self.doc.span(tokens[first].start, tokens[end].end)
        return self.speaker_of(span, first, end)

    def manner_adverb(self, index: int) -> bool:
        """باستنكار، بغضب، بحزن: بـ + an indefinite masdar right after the verb, with a title or a name
        after it, is the manner of speaking, not the start of the subject."""
        tokens = self.doc.tokens
        token = tokens[index]
        if token.kind != "arabic" or not token.norm.startswith("ب") or index + 1 >= len(tokens) \
                or not self.prepositional(token):
            return False
        stem = token.norm[1:]
        following = tokens[index + 1]
        masdar = bare_masdar_word(stem) or _field_masdar_word(stem) or is_common_noun(stem)
        subject = is_title_word(following) or has_role(following, "name_title", with_clitics=False) \
            or has_role(following, "office", with_clitics=False) \
            or (self.mentions.starting_at(following.start) is not None
                and self.mentions.starting_at(following.start).kind != "place")
        return masdar and subject

    def _counted_head(self, index: int) -> bool:
        """وقال 39 في المئة من الناخبين، قال 12 نائبا: a number with a percentage or a counted noun
        after it heads the phrase (a date's number has a month after it, a time word)."""
        tokens = self.doc.tokens
        if tokens[index].kind != "number" or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if following.norm == "%" or following.norm in PERCENT_WORDS:
            return True
        if following.norm == "في" and index + 2 < len(tokens):
            return tokens[index + 2].norm in ("المئه", "المائه")
        word = following.norm
        if following.kind != "arabic" or self.time_word(following) or word in SCALE_WORDS or word in measure_words():
            return False  # 6 مليارات ريال، 12 مارس، 20 طنا: an amount or a date, nobody who speaks
        # the counted noun of 3-10 is a plural (مسؤولين), of 11-99 an accusative singular (نائبا)
        return word.endswith(("ين", "ون")) and is_common_noun(word[:-2]) \
            or word.endswith("ا") and is_common_noun(word[:-1])

    def _time_head_alone(self, index: int) -> bool:
        """مصدر مطلع على، مصدر مطلع إن: a time head with no genitive after it (a definite word, a
        number, a month) is no time word but an adjective of the noun before it."""
        tokens = self.doc.tokens
        if not has_role(tokens[index], "time_head", with_clitics=False) or tokens[index - 1].kind != "arabic":
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return following is not None and following.kind == "arabic" and not following.norm.startswith("ال") \
            and not self.time_word(following)

    def remote_field(self, index: int) -> bool:
        """عن at `index` between a definite common noun, no title, and a remote word (التعليم عن بعد)
        names a field."""
        tokens = self.doc.tokens
        if not 0 < index < len(tokens) - 1 or tokens[index].norm != "عن" or tokens[index - 1].kind != "arabic":
            return False
        noun = tokens[index - 1].norm.lstrip("و")  # التعليم، الاستشعار; no title (الوزير عن بعد المسافة)
        return noun.startswith("ال") and is_common_noun(noun[2:]) and noun not in definite_title_words() \
            and not is_title_word(tokens[index - 1]) and has_role(tokens[index + 1], "remote", with_clitics=False)

    def _person_named_at(self, token: Token) -> bool:
        """قال علي الحربي: the given name علي normalizes to the preposition على; a person's name
        starting at the word says which it is."""
        mention = self.mentions.starting_at(token.start)
        return mention is not None and mention.kind == "person" and mention.end > token.end

    def _abbreviated_title_name(self, end: int, last: int) -> int:
        """رئيس البلدية د. حاتم طه: a title abbreviated to one letter and a point (د. م. أ.) goes on
        with the person's name after the point, which the sentence splitter took for an end."""
        tokens = self.doc.tokens
        if end + 2 > last or tokens[end].norm not in ABBREVIATED_TITLES or tokens[end + 1].norm != "." \
                or (end > 0 and tokens[end - 1].end == tokens[end].start):
            return end
        mention = self.mentions.starting_at(tokens[end + 2].start)
        if mention is not None and mention.kind == "person":
            name_end = self.doc.token_index_at(mention.end) - 1
            return name_end if name_end <= last else end
        if tokens[end + 2].kind != "arabic" or self.stops_before(end + 2, end + 2):
            return end
        name_end = end + 2  # وأضاف م. جديع أن: a name the NER layer missed is still the title's name
        while name_end + 1 <= last and not self.stops_before(name_end + 1, end + 2):
            name_end += 1
        return name_end

    def _indefinite_before(self, previous: Token) -> bool:
        """تحقيق خاص نشرته الصحيفة: after an indefinite noun or adjective a word read as a noun with
        its pronoun is the verb of a صفة clause (نشرته "published it"), not the subject's own text."""
        return previous.kind == "arabic" and not previous.norm.lstrip("وف").startswith("ال") \
            and self.mentions.covering(previous.start, previous.end, actors_only=False) is None

    def _ali_after_given_name(self, index: int) -> bool:
        """علي written with ي right after a given name: the next name of the person, where the article
        writes the preposition على with ى; elsewhere only with no definite word after it (على
        الهواء, على أن are the preposition)."""
        tokens = self.doc.tokens
        token, previous = tokens[index], tokens[index - 1]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        named = previous.norm in given_names() or self.mentions.covering(previous.start, previous.end,
                                                                         actors_only=False) is not None
        if not (token.norm == "علي" and token.text.endswith("ي") and named and previous.kind == "arabic"
                and following is not None and following.kind == "arabic"):
            return False
        if writes_alif_maqsura(self.doc):
            return not has_pronoun_suffix(following)  # محمد علي الرواحي: the article writes على with ى
        return not following.norm.startswith("ال") and not is_complementizer(following)

    def _indefinite_name_tail(self, cut: int, end: int, last: int) -> int:
        """وأكد طلعت سابق أن: one word without the article between a person's name and the end of the
        subject (a complementizer, a colon or a comma next) is the rest of the name, which the NER
        layer cut short: a proper name, definite in itself, takes no indefinite adjective, and an
        accusative (ضاحكا) or a plural object (صحفيين) is left out."""
        tokens = self.doc.tokens
        if end != cut + 1 or cut + 1 > last:
            return cut
        person = self.mentions.covering(tokens[cut].start, tokens[cut].end, actors_only=False)
        token = tokens[cut + 1]
        word = token.norm
        if person is None or person.kind != "person" or person.end != tokens[cut].end or token.kind != "arabic" \
                or word.startswith("ال") or word[:1] in ("و", "ف", "ب", "ل", "ك") or len(word) < 3 \
                or word.endswith(("ا", "ين", "ون", "ات")) or FATHATAN in token.text or self.time_word(token) \
                or cue_of(token) is not None or is_complementizer(token) \
                or any(has_role(token, role, with_clitics=False)
                       for role in ("particle", "pronoun", "demonstrative", "preposition", "circumstance", "skippable")) \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return cut
        following = tokens[cut + 2] if cut + 2 < len(tokens) else None
        closes = following is None or following.norm in (":", "،", ",") or is_complementizer(following)
        return cut + 1 if closes else cut

    def _end_at_person(self, first: int, end: int) -> int:
        """A person's name ends the phrase (رئيس المجلس محمد الناصر إقرار القانون: the object follows)."""
        tokens = self.doc.tokens
        for mention in self.mentions.between(tokens[first].start, tokens[end].end):
            if mention.kind in ("person", "place", "state") and mention.end <= tokens[end].end \
                    and mention.end > tokens[first].start and not self.nisba_alone(mention):
                if mention.kind != "person" and mention.start != tokens[first].start:
                    continue  # وزارة الداخلية السعودية: a place inside an institution's name
                cut = max(first, self.doc.token_index_at(mention.end) - 1)
                if mention.kind == "person" and self._title_closes_name(mention, cut, end):
                    cut -= 1  # رضا طورمان القاضي السابق في المحكمة: the title starts an apposition
                if mention.kind == "person" and cut < end and not self._surname_mention(mention) \
                        and (self._family_name(cut + 1) or self._repeated_surname(mention, cut + 1)
                             or self._second_given_name(mention, cut + 1) or self._participle_surname(mention, cut + 1)
                             or tokens[cut + 1].norm == "الله"  # حسن نصر الله: a theophoric name ends in الله
                             or self._surname_named_alone(mention, cut + 1)):
                    cut += 1  # الدكتور سعود الشريم: a rare ال- word after a name is its family name
                    if tokens[cut].norm == "الله" and cut < end and (self._family_name(cut + 1)
                                                                      or _definite_nisba(tokens[cut + 1].norm)):
                        cut += 1  # عبد الرحمن بن رجاء الله السلمي: the family name after the theophoric one
                return cut
        return end

    def _title_closes_name(self, mention: Mention, last: int, end: int) -> bool:
        """A person mention of three words or more whose last word is a definite common noun (القاضي،
        المحامي) that a definite adjective or في follows: the NER layer took the head of an
        apposition (القاضي السابق في المحكمة) for a family name."""
        tokens = self.doc.tokens
        first = self.doc.token_index_at(mention.start)
        if last - first < 2 or last >= end or tokens[last + 1].kind != "arabic" \
                or any(token.norm in COMPOUND_NAME_PARTS for token in tokens[first:last]):
            return False  # عبد الله الحكيم: a compound given name makes the family name the third word
        word, following = tokens[last].norm, tokens[last + 1].norm
        return word.startswith("ال") and (word in definite_title_words() or is_common_noun(word[2:])) \
            and (following == "في" or (following.startswith("ال") and following not in ("الله",)))

    def _surname_mention(self, mention: Mention) -> bool:
        """أوباما for باراك أوباما: a mention that is already the person's last name has no family
        name after it (حذر أوباما المشرعين: the object follows)."""
        text = normalize_string(self.doc.text[mention.start:mention.end])
        words = normalize_string(mention.name).split()
        return len(words) > 1 and words[-1] == text

    def _second_given_name(self, mention: Mention, index: int) -> bool:
        """د. حاتم طه: a one-word name the NER layer stopped at goes on with a given name that is no
        common noun (the father's or family name)."""
        token = self.doc.tokens[index]
        return len(normalize_string(self.doc.text[mention.start:mention.end]).split()) == 1 \
            and token.kind == "arabic" and token.norm in given_names() and not is_common_noun(token.norm) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None \
            and not self.stops_before(index, index - 1)

    def _participle_surname(self, mention: Mention, index: int) -> bool:
        """يوسف الشاهد، نبيل الحاكم: an active participle الفاعل right after a lone given name is the
        family name however common the word (the verb's object after a named subject is a masdar or a
        name, rarely a participle with the article)."""
        token = self.doc.tokens[index]
        given = normalize_string(self.doc.text[mention.start:mention.end])
        word = token.norm
        return len(given.split()) == 1 and given in given_names() and token.kind == "arabic" \
            and len(word) == PARTICIPLE_WITH_ARTICLE and word.startswith("ال") and word[3] == "ا" \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None \
            and not self.stops_before(index, index - 1)

    def _surname_named_alone(self, mention: Mention, index: int) -> bool:
        """كريستوفر راي ... وأضاف راي: the word after a one-word name is its family name when the
        article makes it alone the subject of a cue verb elsewhere (the NER layer cut the name short,
        and the word may be a common noun too: راي "opinion")."""
        tokens = self.doc.tokens
        token = tokens[index]
        if len(normalize_string(self.doc.text[mention.start:mention.end]).split()) != 1 \
                or token.kind != "arabic" or len(token.norm) < 2 or self.stops_before(index, index - 1) \
                or self.mentions.covering(token.start, token.end, actors_only=False) is not None:
            return False
        return any(other.norm == token.norm and position != index and position > 0
                   and cue_of(tokens[position - 1]) is not None
                   and (position + 1 >= len(tokens) or tokens[position + 1].kind == "punct"
                        or is_complementizer(tokens[position + 1]))
                   for position, other in enumerate(tokens))

    def _repeated_surname(self, mention: Mention, index: int) -> bool:
        """الدكتور ظافر الشهري ... وأضاف الشهري: a nisba after a one-word given name is its family name
        when the article names the person by it alone elsewhere (the NER layer cut the name short)."""
        tokens = self.doc.tokens
        token = tokens[index]
        if len(normalize_string(self.doc.text[mention.start:mention.end]).split()) != 1 \
                or token.kind != "arabic" or not token.norm.startswith("ال") or not token.norm.endswith("ي") \
                or self.stops_before(index, index - 1):
            return False
        return any(other.norm.lstrip("و") == token.norm and position != index
                   and (position == 0 or tokens[position - 1].norm != tokens[index - 1].norm)
                   for position, other in enumerate(tokens))

    def _family_name(self, index: int) -> bool:
        token = self.doc.tokens[index]
        return token.kind == "arabic" and token.norm.startswith("ال") \
            and word_frequencies().get(token.norm, 0) < per_million(FAMILY_NAME_MAX_PER_MILLION) \
            and self.mentions.covering(token.start, token.end, actors_only=False) is None \
            and not _sound_plural_noun(token.norm) and not self.stops_before(index, index - 1)

    def speaker_of(self, span: Span, first: int, last: int) -> Speaker:
        tokens = self.doc.tokens
        persons = [item for item in self.mentions.between(span.start, span.end)
                   if item.end <= span.end and item.kind == "person" and not self.nisba_alone(item)]
        mention = persons[0] if persons else self.mentions.covering(span.start, span.end)
        if mention is not None and mention.kind == "person" and self.nisba_alone(mention):
            mention = None
        if mention is None:
            place = self.mentions.covering(span.start, span.end, actors_only=False)
            mention = place if place is not None and place.start == span.start else None
        head_mention = self.mentions.covering(tokens[first].start, tokens[first].end, actors_only=False)
        gender, number = head_agreement(tokens[first], head_mention)
        if gender == "m" and number == "sg" and last > first and _feminine_adjective(tokens[first], tokens[first + 1]):
            gender, number = None, None  # الأسر المتضررة: a head its adjective shows to be feminine or a plural
        actor = mention.name if mention is not None and mention.kind != "place" else None
        return Speaker(span, actor, gender, number, mention.kind if actor is not None else None)
