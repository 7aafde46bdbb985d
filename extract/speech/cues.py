"""Cue words by morphology: every inflection of the cue lemmas in quote_cues_ar.tsv (a final ى or ا
of a defective root drops before the endings: نفت، دعت).

camel-tools' morphology database is not available here, so the forms are generated: for each
lemma the perfect and imperfect in the 3rd person (gender, number), the accusative participle
(the حال of مضيفا أن) and the masdar with a pronoun (قوله), each with و/ف and, before the
imperfect, س/ل. Every form carries what it says about its subject (gender, number), which the
speaker resolution checks for agreement.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache

from extract.document import Token
from extract.lexicons import cached_derived, read_tsv, word_frequencies
from extract.normalize import normalize_string
from extract.speech.words import is_complementizer, speech_words

CONJUNCTIONS = ("", "و", "ف")
IMPERFECT_PARTICLES = ("", "س", "ل")
SHADDA = "\u0651"
DAMMA = "\u064f"
TATWEEL = "\u0640"
HAMZA_ALEFS = ("أ", "إ", "آ")  # a written final hamza on alef: never the dual's bare ا
DOUBLED_ROOT_LETTERS = 2  # ردّ, its shadda dropped by normalization
FORM_FOUR_LETTERS = 4  # أفعل: أبان، أكد، أفاد
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # on a labelling verb: وصفه، وصفتها، وصفوهم
MASCULINE_ACCUSATIVE = frozenset({("m", "sg"), ("m", "pl")})  # مضيفا، مضيفين


@dataclass(frozen=True)
class Cue:
    """One inflected cue form: its lemma, kind, and what it says about its subject."""

    lemma: str
    kind: str  # "verb", "relay", "participle", "masdar"
    gender: str | None  # "m", "f" or None (either)
    number: str | None  # "sg", "du", "pl" or None (either)
    conjoined: bool  # led by و/ف: a new clause
    aspect: str = "perfect"  # "perfect", "imperfect", "passive" (قيل، أُفيد: nobody named), or "nominal" for participles and masdars


@dataclass(frozen=True)
class CuePattern:
    needs: tuple[str, ...]
    speaker: str  # "subject" or "after"


def perfect_forms(perfect: str) -> list[tuple[str, str, str]]:
    """(form, gender, number) of the 3rd person perfect; a final ى/ي (نفى) drops before endings."""
    if perfect.endswith("ي") and len(perfect) > 2:  # نفى، رأى، ادعى (normalized ى → ي)
        stem = perfect[:-1]
        return [(perfect, "m", "sg"), (stem + "ت", "f", "sg"), (stem + "وا", "m", "pl"),
                (stem + "يا", "m", "du"), (stem + "تا", "f", "du")]
    if perfect.endswith("ا") and len(perfect) == 3:  # دعا: دعت، دعوا، دعتا (a final و root)
        stem = perfect[:-1]
        return [(perfect, "m", "sg"), (stem + "ت", "f", "sg"), (stem + "وا", "m", "pl"),
                (stem + "وا", "m", "du"), (stem + "تا", "f", "du")]
    return [(perfect, "m", "sg"), (perfect + "ت", "f", "sg"), (perfect + "وا", "m", "pl"),
            (perfect + "ا", "m", "du"), (perfect + "تا", "f", "du")]


def _passive_perfect(perfect: str) -> str | None:
    """The impersonal passive of a hollow lemma, the one whose letters differ from the active:
    قال → قيل، أفاد → أُفيد، أشار → أُشير (ذُكر، نُقل are written as their actives)."""
    if perfect.endswith("ي"):
        return None  # رأى، نفى: a defective root, no hollow one
    if len(perfect) == 3 and perfect[1] == "ا":
        return perfect[0] + "ي" + perfect[2]
    if len(perfect) == FORM_FOUR_LETTERS and perfect[0] == "ا" and perfect[2] == "ا":
        return perfect[:2] + "ي" + perfect[3]
    return None


def _imperfect_forms(imperfect: str) -> list[tuple[str, str, str]]:
    """(form, gender, number) of the 3rd person imperfect, indicative and subjunctive plural."""
    stem = imperfect[1:]
    plural_stem = stem[:-1] if stem.endswith(("ي", "و")) else stem  # ينفي → ينفون، يدعو → يدعون
    return [("ي" + stem, "m", "sg"), ("ت" + stem, "f", "sg"), ("ي" + plural_stem + "ون", "m", "pl"),
            ("ي" + plural_stem + "وا", "m", "pl"), ("ي" + stem + "ان", "m", "du"), ("ت" + stem + "ان", "f", "du")]


# A feminine plural participle that the corpus writes with the article this often is a noun (لافتات
# "banners", ناقلات "tankers", مطالبات "demands"): a cue in that form is rare, the noun common.
PLURAL_NOUN_MIN_DEFINITE = 20
PLURAL_NOUN_DEFINITE_SHARE = 0.1


def _plural_noun(form: str) -> bool:
    definite = word_frequencies().get("ال" + form, 0)
    return definite >= PLURAL_NOUN_MIN_DEFINITE and definite >= PLURAL_NOUN_DEFINITE_SHARE * word_frequencies().get(form, 0)


def _participle_forms(participle: str) -> list[tuple[str, str, str]]:
    return [(participle + "ا", "m", "sg"), (participle + "ه", "f", "sg"), (participle + "ين", "m", "pl"),
            (participle + "تين", "f", "du"), (participle + "ات", "f", "pl")]


def _masdar_forms(masdar: str) -> list[tuple[str, str, str]]:
    stem = masdar[:-1] + "ت" if masdar.endswith("ه") else masdar  # إشارة → إشارته
    return [(stem + "ه", "m", "sg"), (stem + "ها", "f", "sg"), (stem + "هم", "m", "pl"), (stem + "هما", None, "du")]


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, Cue]:
    """Normalized word form (clitics included) -> its cue reading (reporting verbs only)."""
    return {form: cue for form, cue in _all_forms().items() if cue.kind != "attribution"}


@lru_cache(maxsize=1)
def attribution_forms() -> dict[str, Cue]:
    """Forms of every verb whose subject a quoted phrase in its clause is attributed to."""
    return {form: cue for form, cue in _all_forms().items() if cue.kind in ("verb", "relay", "attribution")}


@lru_cache(maxsize=1)
def _all_forms() -> dict[str, Cue]:
    """Every generated cue form. Generating the 7,000 forms was a twentieth of a one-file run's
    start-up, so they are kept in cache_dir() as plain data: each distinct reading once, and each
    form with the index of its reading."""
    readings, reading_of_form = cached_derived("cue-forms", _forms_as_data)
    cues = [Cue(*reading) for reading in readings]
    return {form: cues[index] for form, index in reading_of_form.items()}


def _forms_as_data() -> tuple[list[tuple], dict[str, int]]:
    index_of_reading: dict[tuple, int] = {}
    reading_of_form = {}
    for form, cue in _generated_forms().items():
        reading = tuple(getattr(cue, field.name) for field in fields(Cue))
        reading_of_form[form] = index_of_reading.setdefault(reading, len(index_of_reading))
    return list(index_of_reading), reading_of_form


def _generated_forms() -> dict[str, Cue]:
    forms: dict[str, Cue] = {}

    def add(form: str, lemma: str, kind: str, gender: str | None, number: str | None, prefixes: tuple[str, ...],
            aspect: str) -> None:
        for conjunction in CONJUNCTIONS:
            for particle in prefixes:
                forms.setdefault(conjunction + particle + form,
                                 Cue(lemma, kind, gender, number, bool(conjunction), aspect))

    for row in read_tsv("quote_cues_ar.tsv"):
        perfect, imperfect = normalize_string(row["perfect"]), normalize_string(row["imperfect"])
        kind = row["kind"]
        for form, gender, number in perfect_forms(perfect):
            add(form, perfect, kind, gender, number, ("",), "perfect")
        for form, gender, number in _imperfect_forms(imperfect):
            add(form, perfect, kind, gender, number, IMPERFECT_PARTICLES, "imperfect")
        # a lemma read only in a pattern (زاد، جاء) keeps its passive for other senses (زِيد "Zaid")
        passive = _passive_perfect(perfect) if kind == "verb" and perfect not in cue_patterns() else None
        if passive is not None:
            add(passive, perfect, kind, None, None, ("",), "passive")
        if row["participle"] != "-":
            accusative_only = row["participle"].endswith("!")  # ملاحظ!: ملاحظة، ملاحظات are nouns
            for form, gender, number in _participle_forms(normalize_string(row["participle"].rstrip("!"))):
                if (not accusative_only or (gender, number) in MASCULINE_ACCUSATIVE) \
                        and not ((gender, number) == ("f", "pl") and _plural_noun(form)):
                    add(form, perfect, "participle", gender, number, ("",), "nominal")
        if row["masdar"] != "-":
            masdar = normalize_string(row["masdar"])
            for form, gender, number in _masdar_forms(masdar):
                add(form, perfect, "masdar", gender, number, ("", "ب", "ل"), "nominal")
            if masdar in speech_words().get("definite_masdar", frozenset()):
                add("ال" + masdar, perfect, "masdar", None, None, ("", "ب"), "nominal")  # بالقول إن، عنه القول إن
        if perfect in _label_lemmas() or perfect in speech_words().get("object_cue", frozenset()):
            # ووصفتها بأنها «…»: a labelling verb with its object pronoun, after the masdar
            # forms so that وصفه، وصفها stay the masdar (على حد وصفه)
            for form, gender, number in perfect_forms(perfect):
                stem = form[:-1] if form.endswith("وا") else form
                if stem == perfect and perfect.endswith("ي"):
                    stem = perfect[:-1] + "ا"  # أسمى → أسماه: a final ى is written ا before a pronoun
                for pronoun in OBJECT_PRONOUNS:
                    add(stem + pronoun, perfect, kind, gender, number, ("",), "perfect")
    for ambiguous in speech_words()["not_cue"]:
        for conjunction in CONJUNCTIONS:
            forms.pop(conjunction + ambiguous, None)
    return forms


def _label_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, pattern in cue_patterns().items() if pattern.speaker == "label")


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, CuePattern]:
    """Lemma -> the words that must follow it for it to report speech."""
    patterns = {}
    for row in read_tsv("quote_cue_patterns_ar.tsv"):
        needs = tuple(normalize_string(word.rstrip("*")) + ("*" if word.endswith("*") else "")
                      for word in row["needs"].split("|") if word != "-")
        patterns[normalize_string(row["lemma"])] = CuePattern(needs, row["speaker"])
    return patterns


def cue_of(token: Token, following: Token | None = None, text: str = "") -> Cue | None:
    """The cue reading of a token, or None. بين is the verb بيّن when written with its shadda or
    when أن follows it (وبين أنه: "between that" is no Arabic). `text` is the document's text, where
    a shadda that ends the word (عدّ) is found."""
    if token.kind != "arabic":
        return None
    found = cue_forms().get(token.norm)
    # a final shadda follows the token: the text is read one character past it
    if found is not None and found.kind != "participle" and found.lemma in speech_words().get("shadda_cue", frozenset()) \
            and SHADDA not in (text[token.start:token.end + 1] if text else token.text):
        return None  # عدّ "considered" only with its shadda: عدا "except", عدت "returned", وعد "promised"
    if found is not None and _form_four_written_with_kasra(found, token):
        return None  # إبان "during" is no أبان "made clear": a form IV perfect opens with أ
    if found is not None and found.number == "du" and token.text.endswith(HAMZA_ALEFS):
        return None  # أقرأ "I read" is no أقرّا "the two admitted": a dual ends in a bare ا
    if found is not None and _written_passive(found, token):
        found = replace(found, aspect="passive", gender=None, number=None)  # كُتب عليها: written, by nobody named
    if found is None and token.norm.lstrip("وف") == "بين" and (SHADDA in token.text or _opens_clause(following)):
        found = Cue("بين", "verb", "m", "sg", token.norm != "بين", "perfect")
    return found


def _written_passive(cue: Cue, token: Token) -> bool:
    """كُتب، ذُكر، نُقل: a perfect whose first root letter carries a damma is the passive, written
    with the letters of the active (only the vowel tells them apart)."""
    if cue.kind != "verb" or cue.aspect != "perfect":
        return False
    letters = [index for index, char in enumerate(token.text) if "\u0621" <= char <= "\u064a" and char != TATWEEL]
    first = letters[1] if cue.conjoined and len(letters) > 1 else letters[0] if letters else None
    if first is None:
        return False
    following = token.text[first + 1:first + 3].replace(TATWEEL, "")
    return following[:1] == DAMMA


def doubled_root_masdar(cue: Cue, following: Token | None) -> bool:
    """وقال، ردا على سؤال، إن: a doubled root's dual perfect (ردّا "the two replied") is written as
    its masdar in the accusative (ردًّا "in reply"), which على follows."""
    return cue.number == "du" and cue.aspect == "perfect" and len(cue.lemma) == DOUBLED_ROOT_LETTERS \
        and following is not None and following.norm == "علي"


def _form_four_written_with_kasra(cue: Cue, token: Token) -> bool:
    """A form IV perfect (أفعل: أبان، أفاد، أكد) written with إ is another word (إبان)."""
    if cue.aspect != "perfect" or len(cue.lemma) != FORM_FOUR_LETTERS or not cue.lemma.startswith("ا"):
        return False
    written = token.text[1:] if cue.conjoined else token.text
    return written.startswith("إ")


def _opens_clause(following: Token | None) -> bool:
    return following is not None and is_complementizer(following)


def matches_need(word: str, need: str) -> bool:
    """A pattern word: exact (after a ب/ل clitic) or, with a trailing *, any ending."""
    candidates = {word, word[1:]} if word[:1] in ("ب", "ل", "و") else {word}
    if need.endswith("*"):
        return any(candidate.startswith(need[:-1]) for candidate in candidates)
    return need in candidates


TEXT_NOUN = "نص"
NOUN_GOVERNORS = frozenset({"في", "من", "عن", "حسب", "بحسب", "وفق", "الي", "علي", "مع"})


def text_noun_after_preposition(token: Token, previous: Token | None) -> bool:
    """جاء في نص الوثيقة: نص after a preposition is the noun "text", not the verb نصّ "stipulated"."""
    return token.norm == TEXT_NOUN and previous is not None and previous.norm in NOUN_GOVERNORS
