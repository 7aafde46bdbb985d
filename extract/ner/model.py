"""The trained spaCy NER (extract/data/ner_model) as a backend, run on our own tokens."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from extract.document import Document, Span, Token
from extract.lexicons import per_million, word_frequencies
from extract.ner.base import non_overlapping
from extract.ner.persons import dual_imperfect, is_accusative_common_word, is_fathers_month_name, is_lone_surname, is_mined_name, is_titled_family_name, looks_like_verb, takes_article
from extract.ner.registry import spacy_model_path
from extract.timex import month_names, ordinal_words
from extract.normalize import normalize_string
from extract.words import (COMMON_NOUN_MIN_PER_MILLION, person_descriptors, ORG_HEADS, context_role, country_places, given_names, institution_heads, is_definite_adjective,
                           is_function_word, is_given_name, is_title_word, name_particles, nationality_countries,
                           place_heads, place_words, construct_plural, starts_with_conjunction, word_set)



def model_norm(token: Token) -> str:
    """The NORM feature of the trained model: our normalized, clitic-stripped stem."""
    return token.stems[-1][1] if token.stems else token.norm


@lru_cache(maxsize=2)
def _load_model(model_dir: str):
    path = Path(model_dir)
    import spacy

    return spacy.load(path)


def spacy_sentence(vocab, tokens: list[Token], entities: list[str] | None = None):
    """A spaCy Doc of our tokens (their spacing kept, NORM set to `model_norm`), optionally with BIO tags."""
    from spacy.tokens import Doc

    spaces = [following.start > token.end for token, following in zip(tokens, tokens[1:])] + [False]
    spacy_doc = Doc(vocab, words=[token.text for token in tokens], spaces=spaces, ents=entities)
    for spacy_token, token in zip(spacy_doc, tokens):
        spacy_token.norm_ = model_norm(token)
    return spacy_doc


def model_entities(doc: Document, model) -> list[Span]:
    """Spans from the trained spaCy model, run on our own tokens sentence by sentence."""
    sentences = doc.sentence_tokens()
    spans = []
    for tokens, spacy_doc in zip(sentences, model.pipe(spacy_sentence(model.vocab, tokens) for tokens in sentences)):
        spans += [doc.tokens_span(tokens[entity.start].index, tokens[entity.end - 1].index, entity.label_)
                  for entity in spacy_doc.ents]
    return spans


# Beside the lexicon, a model span must look like a name. The model learned the lexicon's contexts
# and generalizes from them, but it also tags ordinary words there (بيان، كانت تتجه، تأتي زيارة).
# A word is name-like when the corpus rarely writes it with the article (ترامب, not زيارة), or,
# for a word with the article, rarely without it (الموصل, not المدينة).
ARTICLE_FORM_MAX_RATIO = 0.05
BARE_FORM_MAX_RATIO = 0.2


@lru_cache(maxsize=1)
def _head_nouns() -> dict[str, frozenset[str]]:
    """Head nouns that start a name of their label whatever words follow (حزب الخير، مطار هارتسفيلد)."""
    def bare(word: str) -> str:
        word = normalize_string(word)
        return word[2:] if word.startswith("ال") else word

    organisation_heads = {bare(row["head"]) for row in institution_heads()} | set(ORG_HEADS)
    return {"ORG": frozenset(organisation_heads), "LOC": frozenset(map(bare, place_heads())), "PER": frozenset()}


# A token's stems are its form's (extract.tokenize.clitic_stems), so its reading is its form's: kept
# per form, and the table emptied when it is this full (a bound on a long run's memory).
_READINGS: dict[str, str] = {}
READINGS_MAX = 1 << 14  # about 150 bytes an entry with its form: 2.5 MB full (10 MB at 1 << 16)


def _reading(token: Token) -> str:
    """The token's most frequent clitic reading: بيان stays بيان, بالموصل is الموصل."""
    reading = _READINGS.get(token.norm)
    if reading is None:
        candidates = [stem for _, stem in token.stems] or [token.norm]
        if len(candidates) == 1:  # most words have no clitic reading: nothing to weigh
            reading = candidates[0]
        else:
            frequencies = word_frequencies()
            reading = max(candidates, key=lambda stem: (frequencies.get(stem, 0), -len(stem)))
        if len(_READINGS) >= READINGS_MAX:
            _READINGS.clear()
        _READINGS[token.norm] = reading
    return reading


def readings(tokens: Iterable[Token]) -> list[str]:
    """`_reading` of each token; the forms already read by a dict lookup (a document asks for all its tokens')."""
    known = _READINGS.get
    return [known(token.norm) or _reading(token) for token in tokens]


# An accusative ending or a pronoun suffix on an ordinary word (اتفاقا، عسكريا، بلاده).
WORD_ENDINGS = ("ها", "هم", "نا", "ا", "ه")
ENDING_STEM_MIN_PER_MILLION = 2.8  # a stem seen about 50 times is a word, so the ending is inflection


def _article_test(word: str) -> bool:
    frequencies = word_frequencies()
    if word.startswith("ال"):
        return frequencies.get(word[2:], 0) <= BARE_FORM_MAX_RATIO * frequencies.get(word, 0)
    return frequencies.get("ال" + word, 0) <= ARTICLE_FORM_MAX_RATIO * max(frequencies.get(word, 0), 1)


def _name_like_word(word: str) -> bool:
    if word in given_names() or word in place_words() or word in name_particles():
        return True
    return (word.startswith("ال") and word[2:] in given_names()) or _article_test(word)  # الحسن


def name_like(token: Token) -> bool:
    if token.kind == "latin":
        return True
    if token.kind != "arabic":
        return False
    word = _reading(token)
    if not _name_like_word(word):
        return False
    stems = [word[:-len(ending)] for ending in WORD_ENDINGS if word.endswith(ending) and len(word) - len(ending) >= 3]
    return all(_name_like_word(stem) for stem in stems if word_frequencies().get(stem, 0) >= per_million(ENDING_STEM_MIN_PER_MILLION))


# فان، فون، دي: particles of foreign surnames (روبن فان بيرسي), one of them (فان) also the
# normalized فإن. Inside a person's name, between two of its words, it is the particle.
NAME_CONTINUERS = word_set("name_continuer")
CONTINUERS_IN_NAMES = True


def _function_words_in(tokens: list[Token], label: str) -> bool:
    """Whether the span holds a function word or punctuation, a surname particle inside a person's name apart."""
    def inner_particle(position: int) -> bool:
        return CONTINUERS_IN_NAMES and label == "PER" and 0 < position < len(tokens) - 1 \
            and tokens[position].norm in NAME_CONTINUERS

    def fathers_month(position: int) -> bool:
        return label == "PER" and is_fathers_month_name(tokens, position)  # بن رمضان
    return any((is_function_word(token) and not inner_particle(position) and not fathers_month(position))
               or token.kind == "punct" for position, token in enumerate(tokens))


def plausible_model_span(tokens: list[Token], label: str) -> bool:
    """Whether a model span can stand beside the lexicon's: no function words, no titles in a
    person's name, and name-like words after any head noun of its label."""
    if _function_words_in(tokens, label):
        return False
    if label == "PER" and any(is_title_word(token) for token in tokens):
        return False
    head = _reading(tokens[0])
    head = head[2:] if head.startswith("ال") else head
    if head in _head_nouns().get(label, frozenset()):
        # القوات المسلحة، الجيش الموالي: a head with generic words is no name.
        return any(name_like(token) for token in tokens[1:])
    if len(tokens) == 1:
        # A lone given name (صالح) is as often an ordinary word; the article test decides.
        return _article_test(_reading(tokens[0])) and name_like(tokens[0])
    return all(name_like(token) for token in tokens)


def _tokens_of(doc: Document, span: Span) -> list[Token]:
    return doc.tokens[doc.token_index_at(span.start):doc.token_index_at(span.end)]


def _extends(doc: Document, model_span: Span, inner: list[Span]) -> bool:
    """Whether a model span that covers lexicon spans of its label may replace them: a person's name
    the lexicon cut short (عبد الحميد → عبد الحميد الدبيبة), an institution with its adjective (وزارة
    الصحة → وزارة الصحة السورية). The words it adds must fit that."""
    if model_span.label not in ("PER", "ORG") or any(span.label != model_span.label for span in inner):
        return False
    covered = {token.index for span in inner for token in _tokens_of(doc, span)}
    added = [token for token in _tokens_of(doc, model_span) if token.index not in covered]
    if not added or any((is_function_word(token) and not (model_span.label == "PER" and is_fathers_month_name(doc.tokens, token.index)))
                        or is_title_word(token) or token.kind == "punct" for token in added):
        return False
    if model_span.label == "PER":
        return all(token.kind == "arabic" and _name_like_word(_reading(token)) and not _inflected_common_word(token)
                   for token in added)
    return all(is_definite_adjective(token) for token in added)


# How sure a learned model must be of a span (its lowest per-token tag probability) for the span to
# stand where the corpus tests would reject its words (حسام غالي، صلاح البدير: names that are also
# ordinary words), to extend a lexicon span with such words, or to replace lexicon spans of other
# labels that it covers with a longer name (جامعة الملك فيصل over فيصل, ريال مدريد over مدريد).
CONFIDENT_ADDITION = 0.95
CONFIDENT_EXTENSION = 0.5
CONFIDENT_REPLACEMENT = 0.85
CONFIDENT_ORGANISATION_ADDITION = 0.85


# A new organisation the model doubts more than it believes (للقاء خليفة حفتر، ميسي ودي ماريا) is
# words the name tests let through, not a name: organisations have no given-name evidence.
UNSURE_ORGANISATION = 0.5
DOUBTED_ADDITION = 0.5


# A word with the article rarer than this in the corpus reads as a family name (البدير، الشريم), a
# frequent one as a common noun (الوفد، الجوار), even where the bare form makes the article test doubt it.
RARE_DEFINITE_FREQUENCY = 300


def _family_name_or_not_definite(token: Token) -> bool:
    word = _reading(token)
    return not word.startswith("ال") or _name_like_word(word) or word_frequencies().get(word, 0) < RARE_DEFINITE_FREQUENCY


def _inflected_common_word(token: Token) -> bool:
    """A verb or an accusative adverb in any clitic reading (وبدأنا، عاجلا): no part of a new
    person's name, however sure the model is. Listed given names are names (أحمد، يزيد)."""
    if token.kind != "arabic" or is_given_name(token):
        return False
    # Readings of one or two letters after a proclitic (كيم → ك + يم) are too short to judge.
    return any(looks_like_verb(stem) or is_accusative_common_word(stem) or _first_person_perfect(stem)
               or _negated_imperfect(stem) or dual_imperfect(stem) for _, stem in token.stems if len(stem) >= 4)


# A noun this common (about 100 uses) before the pronoun ك is a common noun, not a name part.
ADDRESSED_NOUN_MIN_PER_MILLION = 5.63


def _noun_addressed(token: Token) -> bool:
    """رأيك، حسابكم: a common noun with the second-person pronoun (اكتب رأيك): no one-word name. Asked
    of a lone word only, since a family name may end so (نزار بريك هنيدي)."""
    if token.kind != "arabic" or is_given_name(token):
        return False
    word = token.norm
    for suffix in ("كم", "ك"):
        rest = word[: -len(suffix)]
        if word.endswith(suffix) and len(rest) >= 3 and takes_article(rest) \
                and word_frequencies().get(rest, 0) >= per_million(ADDRESSED_NOUN_MIN_PER_MILLION):
            return True
    return False


# The document-consistency decoder makes the model surer of a name it read elsewhere in the article,
# and sure enough to draw the verb before it into the span (فاز كروتوني، حافظت إكسون، أجاب كيري):
# Arabic puts the verb before its subject. A span whose first word reads as a verb is not added.
VERB_FIRST_TEST = True


# A perfect verb's imperfect (فاز → يفوز، حافظ → يحافظ، دعا → يدعو) is at least this common beside it,
# and seen at least this often per million words.
IMPERFECT_SHARE = 0.2
IMPERFECT_MIN_PER_MILLION = 1.1


def _imperfects(perfect: str) -> set[str]:
    """The third-person imperfects a perfect stem can have: يفتح، ينفصل (ا dropped), يفوز/يسير
    (hollow), يدعو/يلقي (defective)."""
    stems = {perfect} | ({perfect[1:]} if perfect.startswith("ا") and len(perfect) >= 4 else set())
    forms = {"ي" + stem for stem in stems}
    for stem in stems:
        if len(stem) == 3 and stem[1] == "ا":
            forms |= {"ي" + stem[0] + vowel + stem[2] for vowel in "وي"}
        if stem[-1] in "اي":
            forms |= {"ي" + stem[:-1] + vowel for vowel in "وي"}
    return forms


def perfect_verb(word: str) -> bool:
    """فاز، حافظت، انفصلت، دعا، التقى: a perfect verb, by its imperfect in the corpus, and no noun (فتح
    takes the article as often as a noun does: الفتح)."""
    stem = word[:-1] if word.endswith("ت") and len(word) >= 4 else word
    if len(stem) < 3 or takes_article(stem):
        return False
    frequencies = word_frequencies()
    imperfect = max(frequencies.get(form, 0) for form in _imperfects(stem))
    return imperfect >= max(per_million(IMPERFECT_MIN_PER_MILLION), IMPERFECT_SHARE * frequencies.get(word, 0))


def _starts_with_verb(tokens: list[Token]) -> bool:
    """Whether a span's first word is a verb (فاز، أجاب، حافظت), read whole or after a proclitic;
    the whole word from three letters (فاز), a clitic reading from four (كيم is no ك + يم)."""
    first = tokens[0] if tokens else None
    if not VERB_FIRST_TEST or first is None or first.kind != "arabic" or is_given_name(first) \
            or any(stem in given_names() for _, stem in first.stems):  # ويزيد، وأشرف: listed names first
        return False
    whole = first.stems[0][1] if first.stems else first.norm
    return (len(whole) >= 3 and (looks_like_verb(whole) or perfect_verb(whole))) or _inflected_common_word(first) \
        or any(perfect_verb(stem) for offset, stem in first.stems if offset and len(stem) >= 4)


def _negated_imperfect(word: str) -> bool:
    """لايستطيع، لايمكن: the negation لا written joined to an imperfect verb."""
    rest = word[2:]
    return word.startswith("لا") and len(rest) >= 4 and rest[0] in "يتنا" and looks_like_verb(rest)


def _plural_in_construct(token: Token) -> bool:
    """لاعبو مورينيو، وموظفو: a sound plural noun before its genitive heads no person's name; also where
    the corpus shows the plural mostly in its oblique form (طيارو: الطيارين far more than الطيارون)."""
    return token.kind == "arabic" and not is_given_name(token) and any(
        construct_plural(stem) or _oblique_construct_plural(stem) for _, stem in token.stems)


def _oblique_construct_plural(word: str) -> bool:
    if len(word) < 4 or not word.endswith("و") or word.startswith("ال"):
        return False
    frequencies = word_frequencies()
    plural = frequencies.get("ال" + word[:-1] + "ون", 0) + frequencies.get("ال" + word[:-1] + "ين", 0)
    return plural >= per_million(COMMON_NOUN_MIN_PER_MILLION)


def _first_person_perfect(word: str) -> bool:
    """بدأنا، قررنا: a perfect verb with the first-person plural ending."""
    return len(word) >= 5 and word.endswith("نا") and looks_like_verb(word[:-2])


def _addition_bar(tokens: list[Token], label: str) -> float:
    """How sure the model must be of a new span. A person that starts with a listed given name and
    goes on with more words (أحمد عيد، نايف السعدي: family names that are also words) has the given
    name's evidence besides the model's, so a fair confidence is enough."""
    if label == "PER" and len(tokens) > 1 and is_given_name(tokens[0]) and not any(
            (token.norm.startswith("ال") and not token.norm.endswith("ي")) or token.norm in nationality_countries()
            for token in tokens[1:]):
        return CONFIDENT_EXTENSION  # a definite family name is a nisba (السعدي): not فيدرر المحبط، سمير روسي
    if label == "ORG":
        return CONFIDENT_ORGANISATION_ADDITION
    return CONFIDENT_ADDITION


def _hard_filters(tokens: list[Token], label: str) -> bool:
    """What no span may hold whatever the model's confidence: function words, punctuation, and in a
    person's name titles, definite common nouns (وحسن الجوار، تميم بن حمد الوفد) and verbs (سمير
    العلوي لايستطيع)."""
    if _function_words_in(tokens, label):
        return False
    if label != "PER":
        return True
    return not any(is_title_word(token) or _inflected_common_word(token) for token in tokens) \
        and all(map(_family_name_or_not_definite, tokens))


# A sure model person over a lexicon place and more words is a person named like a place (جون باردو،
# سليم بالكاف), unless the words are a place's own: a place head (ولاية سيدي بوزيد) or a word that starts
# place names (سيدي بوزيد، بيت لحم).
PERSON_OVER_PLACE = True
JOINED_ORGANISATION = True
PLACE_NAME_STARTS = word_set("place_name_start")


def _person_over_place(doc: Document, model_span: Span, inner: list[Span]) -> bool:
    places = [span for span in inner if span.label == "LOC"]
    if not places:
        return True
    if not PERSON_OVER_PLACE or any(_after_a_prepositional_proclitic(doc, place) for place in places):
        return False
    heads = _head_nouns()["LOC"]
    if any((_reading(token)[2:] if _reading(token).startswith("ال") else _reading(token)) in heads
           for token in _tokens_of(doc, model_span)):
        return False
    return not any(normalize_string(place.text).split()[:1] in ([word] for word in PLACE_NAME_STARTS)
                   for place in places)


PREPOSITIONAL_PROCLITICS = frozenset("بلك")


def _after_a_prepositional_proclitic(doc: Document, place: Span) -> bool:
    """المصراطي بالكاف: a place written with a preposition on its word (ب، ل، ك) is where someone or
    something is, never a word of a person's name."""
    token = doc.tokens[doc.token_index_holding(place.start)]
    return place.start > token.start and bool(PREPOSITIONAL_PROCLITICS & set(doc.text[token.start:place.start]))


def _person_with_family_name(doc: Document, model_span: Span, inner: list[Span],
                             confidence: Callable[[Span], float]) -> bool:
    """سعد عابس + الشهري، يوسف + الشاهد: a model person that adds to one lexicon person only its last
    word, a definite word no nationality, adds a family name (family names are common words too:
    الشهري "monthly"). A nisba needs the extension's fair confidence, a rare definite word or a regnal
    ordinal a sure model; a frequent definite noun stays out however sure (تميم بن حمد الوفد)."""
    tokens = _tokens_of(doc, model_span)
    if model_span.label != "PER" or len(inner) != 1 or len(tokens) < 2:
        return False
    if inner[0].label == "ORG":
        return _group_family_name(doc, tokens, inner[0], confidence)
    if inner[0].label != "PER" or [token.index for token in _tokens_of(doc, inner[0])] != [token.index for token in tokens[:-1]]:
        return False
    last = tokens[-1]
    if last.kind != "arabic" or not last.norm.startswith("ال") or len(last.norm) < 5 or last.norm in nationality_countries() \
            or is_function_word(last) or is_title_word(last) or _inflected_common_word(last):
        return False
    nisba = last.norm.endswith("ي") and len(last.norm) >= 6 and len(tokens) >= 3
    # A rare definite word (الحصين) or a regnal ordinal (عبد الله الثاني), not a frequent noun (الوفد).
    named = _family_name_or_not_definite(last) or last.norm in ordinal_words()
    return nisba or (named and confidence(model_span) >= CONFIDENT_REPLACEMENT)


def _group_family_name(doc: Document, tokens: list[Token], group: Span, confidence: Callable[[Span], float]) -> bool:
    """عبد الملك الحوثي، عبدالملك الحوثي: a listed given name (or one that opens with a name particle,
    عبد، أبو) before a one-word group or tribe the lexicon knows (الحوثي) is a person whose family
    name the group shares, where the model is sure."""
    first = tokens[0].norm
    given = is_given_name(tokens[0]) or first in name_particles() or (first.startswith("عبد") and len(first) > 4)
    return given and [token.index for token in _tokens_of(doc, group)] == [tokens[-1].index] \
        and not any(is_title_word(token) and not (at and tokens[at - 1].norm in name_particles())
                    for at, token in enumerate(tokens)) \
        and confidence(doc.span(tokens[0].start, tokens[-1].end, "PER")) >= CONFIDENT_REPLACEMENT  # عبد الملك: no king


def _confident_extension(doc: Document, model_span: Span, inner: list[Span],
                         confidence: Callable[[Span], float]) -> bool:
    """A confident model span that covers lexicon spans with more words: a person's name with words the
    corpus tests doubt (صلاح → صلاح البدير; a lower bar, names rarely run on into other words), or a
    longer organisation name (فيصل → جامعة الملك فيصل)."""
    if not _hard_filters(_tokens_of(doc, model_span), model_span.label or "") \
            and not _person_with_family_name(doc, model_span, inner, confidence):
        return False
    covered = sum(len(_tokens_of(doc, span)) for span in inner)
    if model_span.label == "PER" and all(span.label == "PER" for span in inner) and len(inner) > 1:
        # عمر بن أحمد + أبو هاشم: one name the lexicon cut at a kunya; joining two names needs a sure model.
        return confidence(model_span) >= CONFIDENT_REPLACEMENT
    # بايرن ميونيخ over the lexicon's بايرن (a person) and ميونيخ (a place): one organisation the
    # lexicon read as two names joins them however few words it adds.
    joined = JOINED_ORGANISATION and model_span.label == "ORG" and len(inner) > 1
    # كيرك دوغلاس، دنزل واشنطن over the lexicon's كيرك (a person) and دوغلاس (a place): a person whose
    # family name is a place's name, which a sure model joins however few words it adds
    surname_place = model_span.label == "PER" and [span.label for span in inner] == ["PER", "LOC"] \
        and confidence(model_span) >= CONFIDENT_ADDITION
    if len(_tokens_of(doc, model_span)) <= covered and not joined and not surname_place:
        return False
    if model_span.label == "PER" and all(span.label == "PER" for span in inner):
        return confidence(model_span) >= CONFIDENT_EXTENSION
    if model_span.label == "PER" and all(span.label in ("PER", "LOC") for span in inner):
        return _person_over_place(doc, model_span, inner) and confidence(model_span) >= CONFIDENT_REPLACEMENT
    if model_span.label == "PER" and len(inner) == 1 and inner[0].label == "ORG":
        return _group_family_name(doc, _tokens_of(doc, model_span), inner[0], confidence)
    return model_span.label == "ORG" and all(span.label in ("PER", "LOC", "ORG") for span in inner) \
        and confidence(model_span) >= CONFIDENT_REPLACEMENT


# Below this confidence the model is sure a word is no part of a person's name. The lexicon's person
# rules read a given name and the next word (يزيد عمر، أم دينيا، ابن جلدته) or run a name on into the
# next word (فلاديمير بوتين الأسبوع); the model, which sees the lexicon's tag among its features and
# still rejects the words, is right there far more often than not. (0.05 suited the BIO model; the
# BIOES model with word vectors spreads its probability more, and gives ابن جلدته 0.07; 0.2 suited it.
# The model with the larger name lists is less sure of some listed persons (a given name and a
# definite family name after أن: 0.14), and 0.1 keeps them: on 300 fresh articles 0.1 against 0.2
# changed 15 persons, about as many for the better as for the worse, models/README.md.)
REJECTED_PERSON = 0.1
OTHER_LABELS = ("ORG", "LOC", "MISC")


# The model's doubt of a lexicon person is its belief that the words are no name. Where its best path
# runs a longer name of another label on through the person's title and name (وزير الشؤون البلدية
# والقروية المهندس عبداللطيف آل الشيخ read as one organisation), it reads a name there, of the wrong
# extent, and the lexicon's person stays. Not where that name starts at the title (دارة الملك عبدالعزيز:
# the person is the name of the institution).
PERSON_INSIDE_OTHER_NAME = True
PERSON_HONORIFICS = word_set("person_honorific")  # المهندس، الدكتور: titles that are also family names


def _inside_longer_name(doc: Document, span: Span, model_spans: list[Span]) -> bool:
    """Whether a model span of another label covers the lexicon person, its title and a word before that."""
    first = doc.token_index_at(span.start)
    if not PERSON_INSIDE_OTHER_NAME or first == 0 or not (
            is_title_word(doc.tokens[first - 1]) or doc.tokens[first - 1].norm in PERSON_HONORIFICS):
        return False
    title = doc.tokens[first - 1]
    return any(other.label not in ("PER", "MISC") and other.start < title.start and span.end <= other.end
               for other in model_spans)


def _checked_person(doc: Document, span: Span, confidence: Callable[[Span], float],
                    model_spans: list[Span] = ()) -> Span | None:
    """A lexicon person span as the model reads it: cut after its last word the model accepts (two
    words at least), or relabelled where it is sure they name something else, else None."""
    if span.label != "PER" or is_mined_name(doc, span) or is_lone_surname(doc, span) or is_titled_family_name(doc, span) \
            or _inside_longer_name(doc, span, model_spans):
        return span  # a full name the corpus introduces with titles again and again stays a person
    tokens = _tokens_of(doc, span)
    kept = 0
    while kept < len(tokens) and confidence(doc.span(span.start, tokens[kept].end, "PER")) >= REJECTED_PERSON:
        kept += 1
    if kept == len(tokens) or (kept == len(tokens) - 1 and kept > 1 and _unseen_family_name(tokens[-1])
                               and not _before_title(doc, tokens[-1])):
        return span  # محمد نجيب كحيلة: the model has hardly seen the family name, nor has the corpus as a word
    if kept > 1:  # a lone given name left of a longer span is no evidence of a person
        return doc.span(span.start, tokens[kept - 1].end, "PER")
    if kept == 1 and confidence(doc.span(span.start, tokens[0].end, "PER")) >= CONFIDENT_ADDITION:
        return span  # هارون كمارا: sure of the person, not of a foreign family name it has not seen
    # كامبريدج أناليتيكا: the words are a name, of another kind the model is sure of.
    other = max(OTHER_LABELS, key=lambda label: confidence(doc.span(span.start, span.end, label)))
    if confidence(doc.span(span.start, span.end, other)) >= CONFIDENT_REPLACEMENT:
        return doc.span(span.start, span.end, other)
    return None


# A word rarer than this (about 50 uses) that the corpus never writes with the article is no common
# word: the learned model's doubt of it, as a person's last word, is only that it has not seen it.
UNSEEN_FAMILY_NAME_MAX_PER_MILLION = 2.8


def _before_title(doc: Document, token: Token) -> bool:
    """كاهية مدير: a word right before a title is a title of its own (a local one), no family name."""
    following = doc.tokens[token.index + 1] if token.index + 1 < len(doc.tokens) else None
    return following is not None and following.sentence == token.sentence and is_title_word(following)


def _unseen_family_name(token: Token) -> bool:
    """كحيلة after محمد نجيب: a rare indefinite word, never written with the article, no verb or adverb."""
    word = token.norm
    if token.kind != "arabic" or word.startswith(("ال", "و", "ف")) or is_function_word(token) or is_title_word(token) \
            or _inflected_common_word(token) or token.norm in place_words():
        return False
    frequencies = word_frequencies()
    if any(offset and word[0] in PREPOSITIONAL_PROCLITICS and frequencies.get("ال" + stem, 0) >= max(frequencies.get(stem, 0), 1)
           for offset, stem in token.stems):
        return False  # بخشونة: a preposition before a noun the corpus writes with the article (الخشونة)
    return 0 < frequencies.get(word, 0) < per_million(UNSEEN_FAMILY_NAME_MAX_PER_MILLION) and frequencies.get("ال" + word, 0) == 0


# A listed given name before a title word (شوقي الطبيب، فؤاد الحداد: family names that are also
# professions, where the lexicon's person stops) that the model's best path leaves out is a person
# where the model gives a person's name at least this probability: the list's evidence and the
# model's together.
GIVEN_NAME_ADDITION = 0.3


def _given_names_the_model_half_reads(doc: Document, judged: list[Span],
                                      confidence: Callable[[Span], float]) -> list[Span]:
    """Given names before a title word, outside every span in `judged`, that the model half reads as persons."""
    covered = {token.index for span in judged for token in _tokens_of(doc, span)}
    spans = []
    for token, after in zip(doc.tokens, doc.tokens[1:]):
        if not is_title_word(after) or token.index in covered or token.kind != "arabic" \
                or not is_given_name(token) or after.sentence != token.sentence \
                or is_function_word(token) or is_title_word(token) or _inflected_common_word(token):
            continue
        span = doc.span(token.start, token.end, "PER")
        if confidence(span) >= GIVEN_NAME_ADDITION:
            spans.append(span)
    return spans


def _joined_names(doc: Document, lexicon_spans: list[Span], model_spans: list[Span]) -> list[Span]:
    """Model persons joined where nothing separates them and the lexicon's reading runs into the
    model's: two adjacent model spans a lexicon person runs across (عبد ربه | منصور هادي under the
    lexicon's عبد ربه منصور), or a model span that goes straight on from a lexicon person (the
    lexicon's نور الدين, the model's بوزيد). Two names side by side with no و or comma between them
    are one name; the joined span still goes through the rules, with the model's confidence in it."""
    persons = sorted((span for span in model_spans if span.label == "PER"), key=lambda span: span.start)
    lexicon_persons = [span for span in lexicon_spans if span.label == "PER"]
    replaced: set[int] = set()
    joined: list[Span] = []
    for left, right in zip([None, *persons], persons):
        first = doc.token_index_at(right.start)
        if starts_with_conjunction(doc.tokens[first]):
            continue
        if left is not None and left.end <= right.start and doc.token_index_at(left.end) == first and any(
                item.start < left.end and right.start < item.end for item in lexicon_persons):
            base = joined.pop() if joined and joined[-1].end == left.end else left
            joined.append(doc.span(base.start, right.end, "PER"))
            replaced.update((id(left), id(right)))
            continue
        before = next((item for item in lexicon_persons
                       if item.end <= right.start and doc.token_index_at(item.end) == first), None)
        if before is not None:
            joined.append(doc.span(before.start, right.end, "PER"))
            replaced.add(id(right))
    kept = [span for span in model_spans if id(span) not in replaced] + joined
    return sorted(kept, key=lambda span: (span.start, span.end))


def _sure_of_words_before(model_span: Span, inner: list[Span], confidence: Callable[[Span], float] | None) -> bool:
    """Words a model span adds after a lexicon span are a family name the lexicon cut off (عبد ربه
    منصور → ... هادي); words it adds before one are as often a role or a nationality that passes the
    name tests (المدافع البرازيلي ماركينيوس), so where the model's confidence is known it must
    believe those."""
    return confidence is None or model_span.start >= inner[0].start or confidence(model_span) >= CONFIDENT_EXTENSION


def _description_before(doc: Document, model_span: Span, inner: list[Span]) -> bool:
    """A definite nisba or nationality adjective a model span adds before a lexicon name describes
    the person whose name follows (المهاجم الأوروغوياني أرسيمندي، القاضي), however sure the model is."""
    if model_span.start >= inner[0].start:
        return False
    tokens = _tokens_of(doc, model_span)
    return bool(tokens) and (is_definite_adjective(tokens[0]) or tokens[0].norm in nationality_countries())


# A club or company named after its city (برشلونة، ميلان، العين) is a place to the gazetteer and an
# organisation to a model that reads the context (فاز برشلونة، مدرب ميلان). Where the model is sure of
# the organisation over the very words of a lexicon place, the organisation stands; not over a
# country's name, which RECORD.md keeps a place when it stands for a team or a government.
PLACE_AS_ORGANISATION = True


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(normalize_string(alias) for place in country_places().values() for alias in place["aliases"])


def _place_by_context(doc: Document, first: Token) -> bool:
    """After a preposition of place (في ميونخ، من جدة) the name is the place; after punctuation or at a
    sentence's start (a dateline, واس - جدة:) the context says nothing of an organisation."""
    before = doc.tokens[first.index - 1] if first.index > 0 else None
    return before is None or before.sentence != first.sentence or before.kind == "punct" \
        or context_role(before) == "locative" or context_role(first) == "locative"


def _organisation_over_place(doc: Document, model_span: Span, inner: list[Span],
                             confidence: Callable[[Span], float] | None) -> bool:
    """A sure model organisation on exactly the words of one lexicon place that is no country."""
    if not PLACE_AS_ORGANISATION or confidence is None or model_span.label != "ORG" or len(inner) != 1 \
            or inner[0].label != "LOC":
        return False
    tokens, place = _tokens_of(doc, model_span), _tokens_of(doc, inner[0])
    if [token.index for token in tokens] != [token.index for token in place] or _place_by_context(doc, tokens[0]):
        return False
    words = " ".join(_reading(token) if position == 0 else token.norm for position, token in enumerate(tokens))
    return words not in _country_names() and confidence(model_span) >= CONFIDENT_REPLACEMENT


# A model person right after a word that describes a person (الصحافية صوفيا روسوفا، المحلل السياسي
# أمين قمورية، رجل الأعمال لارون دافيدسون: words.person_descriptors) has that word's evidence besides
# the model's: at this confidence it stands where the corpus tests of its words would doubt them
# (foreign names read as verbs, given names that are also titles, rare nisbas).
DESCRIBED_PERSON = 0.85


def _described_person(doc: Document, model_span: Span, confidence: Callable[[Span], float] | None) -> bool:
    """A confident model person after a person descriptor, or after one and a definite adjective."""
    if model_span.label != "PER" or confidence is None or confidence(model_span) < DESCRIBED_PERSON:
        return False
    tokens = _tokens_of(doc, model_span)
    if not tokens or _function_words_in(tokens, "PER") or (len(tokens) > 1 and _reading(tokens[0]).startswith("ال")) \
            or any((is_title_word(token) and not is_given_name(token)) or token.norm in person_descriptors()
                   for token in tokens):
        return False  # الفارس العربي دريد، آية الله الخميني: a title or the article opens no name after a descriptor
    first = tokens[0].index
    before = [doc.tokens[index] for index in range(max(0, first - 2), first)]
    if before and before[-1].norm in person_descriptors():
        return True
    return len(before) == 2 and before[0].norm in person_descriptors() and is_definite_adjective(before[1])


# A model person joined by و (or a comma and و) to the person before it is one more name of a list
# (طارق حامد ومحمد شعبان وخالد قمر، رنا مغربل، وسمية شعبان): the list is the evidence, at the
# descriptor's confidence, where the word tests doubt a name that is also a word or a month.
LISTED_PERSON = DESCRIBED_PERSON


def _without_family_month(tokens: list[Token]) -> list[Token]:
    """محمد شعبان، أحمد رمضان: a month's name after a given name ends a name as the family's name."""
    if len(tokens) >= 2 and tokens[-1].norm in month_names() and _reading(tokens[-2]) in given_names():
        return tokens[:-1]
    return tokens


def _full_conjoined_name(tokens: list[Token]) -> bool:
    """وسلطان البلوي، وعبد الله حامد: و + a listed given name (or a name particle, عبد، أبو, and the
    word it takes), and at least one name word more; a lone given name in a list of kings (وفهد
    وعبد الله) is no full name, and و of وهاب is the name's own letter."""
    stem = tokens[0].norm[1:]
    if stem in name_particles():
        return len(tokens) >= 3
    return stem in given_names() and len(tokens) >= 2


def _listed_persons(doc: Document, model_spans: list[Span], chosen: list[Span],
                    confidence: Callable[[Span], float]) -> list[Span]:
    """The model persons that continue a list of persons, left to right, none over a chosen span."""
    occupied = [(span.start, span.end) for span in chosen]
    person_ends = {span.end for span in chosen if span.label == "PER"}
    listed: list[Span] = []
    for span in sorted(model_spans, key=lambda item: item.start):
        tokens = _tokens_of(doc, span)
        if span.label != "PER" or not tokens or any(start < span.end and span.start < end for start, end in occupied) \
                or not tokens[0].norm.startswith("و") or len(tokens[0].norm) < 4 or _function_words_in(_without_family_month(tokens), "PER") \
                or any(is_title_word(token) or token.norm in person_descriptors() for token in tokens) \
                or confidence(span) < LISTED_PERSON:
            continue
        if not _full_conjoined_name(tokens):
            continue
        before = tokens[0].index - 1
        if before >= 0 and doc.tokens[before].norm in ("،", ","):
            before -= 1
        if before < 0 or doc.tokens[before].end not in person_ends:
            continue
        listed.append(doc.span(tokens[0].start + 1, span.end, "PER"))  # the و is the list's
        person_ends.add(span.end)
        occupied.append((span.start, span.end))
    return listed


def combine_with_model(doc: Document, lexicon_spans: list[Span], model_spans: list[Span],
                       confidence: Callable[[Span], float] | None = None) -> list[Span]:
    """The lexicon's spans, extended where the model read a longer name of the same label, plus the
    model's plausible spans where the lexicon found nothing. With `confidence` (the model's own
    probability of a span), confident spans pass where the corpus tests alone would stop them, and
    lexicon persons lose the words the model is sure are no part of a name."""
    lexicon_spans = non_overlapping(lexicon_spans)  # sorted, so the spans a model span meets are neighbours
    model_spans = _joined_names(doc, lexicon_spans, model_spans)
    starts = [span.start for span in lexicon_spans]
    replaced: set[int] = set()
    added: list[Span] = []
    for model_span in model_spans:
        first = bisect_left(starts, model_span.start)
        if first and lexicon_spans[first - 1].end > model_span.start:
            first -= 1
        meeting = [index for index in range(first, bisect_left(starts, model_span.end)) if index not in replaced]
        tokens = _tokens_of(doc, model_span)
        if not meeting:
            if ((plausible_model_span(tokens, model_span.label)
                 and (confidence is None or confidence(model_span) >= DOUBTED_ADDITION)) or (
                    confidence is not None and _hard_filters(tokens, model_span.label)
                    and confidence(model_span) >= _addition_bar(tokens, model_span.label))) \
                    and not (model_span.label == "PER" and (any(map(_inflected_common_word, tokens))
                                                            or _plural_in_construct(tokens[0])
                                                            or (len(tokens) == 1 and _noun_addressed(tokens[0])))) \
                    and not (model_span.label == "ORG" and confidence is not None
                             and confidence(model_span) < UNSURE_ORGANISATION) \
                    and not _starts_with_verb(tokens):
                added.append(model_span)
            elif _described_person(doc, model_span, confidence):
                added.append(model_span)
            continue
        inner = [lexicon_spans[index] for index in meeting]
        inside = model_span.start <= inner[0].start and inner[-1].end <= model_span.end
        verb_before = model_span.start < inner[0].start and _starts_with_verb(tokens)
        if inside and not verb_before and not _description_before(doc, model_span, inner) and (
                (_extends(doc, model_span, inner) and _sure_of_words_before(model_span, inner, confidence)) or (
                confidence is not None and _confident_extension(doc, model_span, inner, confidence)) or
                _organisation_over_place(doc, model_span, inner, confidence)):
            replaced.update(meeting)
            added.append(model_span)
    kept = [span for index, span in enumerate(lexicon_spans) if index not in replaced]
    if confidence is not None:  # after the model's extensions, which may take over a person it doubts
        kept = [span for span in (_checked_person(doc, span, confidence, model_spans) for span in kept)
                if span is not None]
        # only words neither reading took up: a span either one proposed and the rules dropped stays dropped
        added += _given_names_the_model_half_reads(doc, lexicon_spans + model_spans + added, confidence)
        added += _listed_persons(doc, model_spans, non_overlapping(kept + added), confidence)
    return non_overlapping(kept + added)


def model_entities_function(model_dir: str | None,
                            first: Callable[[Document], list[Span]] | None = None) -> Callable[[Document], list[Span]]:
    """The model's spans; with `first` (the lexicon), `combine_with_model` of the two."""
    model = _load_model(str(spacy_model_path(model_dir)))
    if first is None:
        return lambda doc: model_entities(doc, model)
    return lambda doc: combine_with_model(doc, first(doc), model_entities(doc, model))
