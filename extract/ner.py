"""The NER layer: PER, LOC, ORG spans in `doc.entities`.

Backends:
- "lexicon" (default, ships with the project): gazetteer places (LOC), the actor lexicon and
  organisation head nouns followed by a quoted name (ORG), and title + name patterns (PER).
- "model": the spaCy NER trained by `make train-ner` (models/ner); "lexicon+model": the lexicon's
  spans, plus the model's where they do not overlap.
- "camel": camel-tools' NERecognizer, when the user has installed its data (CAMELTOOLS_DATA).
- "stanza": a stanza Arabic pipeline from a model directory the user names (`stanza_dir`).
Neither optional backend ever downloads anything; without their data they fail with a message
that says how to install it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

from extract.document import Document, Span, Token
from extract.lexicons import actor_lexicon, place_gazetteer, person_titles, read_tsv, word_frequencies
from extract.matcher import TRANSPARENT, Match, PhraseMatcher
from extract.normalize import normalize_string
from extract.registry import register

LABELS = ("PER", "LOC", "ORG", "MISC")
# Head nouns that introduce an organisation's name, and the kind of actor they make.
ORG_HEADS = {"صحيفه": "media", "جريده": "media", "وكاله": "media", "قناه": "media", "شبكه": "media",
             "موقع": "media", "مجله": "media", "اذاعه": "media", "مركز": "organization", "منظمه": "organization",
             "معهد": "organization", "جمعيه": "organization", "مرصد": "organization", "هيئه": "organization",
             "تنظيم": "armed_group", "جماعه": "armed_group", "حركه": "armed_group", "فصيل": "armed_group",
             "لواء": "armed_group", "كتائب": "armed_group", "جيش": "armed_group", "حزب": "organization"}
MAX_QUOTED_NAME_TOKENS = 6
# A quotation after these is what someone said, not an organisation's name (لوكالة فرانس برس إن "...").
COMPLEMENTIZER_WORDS = frozenset({"ان", "انه", "انها", "بان", "بانه"})
MAX_NAME_TOKENS = 4


class BackendUnavailable(RuntimeError):
    """An optional NER backend whose library or data is not installed."""


@lru_cache(maxsize=1)
def _place_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, place) for place in place_gazetteer() for alias in place["aliases"])


# Normalized, a two-letter name collides with common words (إب and آب، أب): require the spelling.
SHORT_NAME_LENGTH = 2


def _spelled_as_listed(match: Match) -> bool:
    if len(match.key) > 1 or len(match.key[0]) > SHORT_NAME_LENGTH:
        return True
    return match.text in match.payload["aliases"]


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, actor) for actor in actor_lexicon() for alias in actor["aliases"])


@lru_cache(maxsize=1)
def _title_matcher() -> PhraseMatcher:
    return PhraseMatcher((title, title) for title in person_titles())


def is_function_word(token: Token) -> bool:
    """A function, reporting or time word; على counts too, though its normalized form is a name."""
    return token.norm in function_words() or (token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(row["name"] for row in read_tsv("given_names_ar.tsv"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Function words, reporting verbs and time words (extract/data/name_stopwords_ar.tsv)."""
    return frozenset(row["word"] for row in read_tsv("name_stopwords_ar.tsv"))


@lru_cache(maxsize=1)
def _name_particles() -> frozenset[str]:
    return frozenset(normalize_string(row["word"]) for row in read_tsv("name_particles_ar.tsv"))


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(normalize_string(alias) for place in place_gazetteer() for alias in place["aliases"])


# How common a word may be and still be part of a name: a surname after a given name
# (الأسد) may be fairly common; a word standing for a name after a bare title must be rare.
SURNAME_MAX_FREQUENCY = 8000
NAME_MAX_FREQUENCY = 1500
UNLISTED_FIRST_NAME_MAX_FREQUENCY = 300
NAME_ARTICLE_RATIO = 0.05
MIN_NAME_PART_LENGTH = 3
# Function words spelled with ى that normalize onto a name (على → علي).
MAQSURA_FUNCTION_WORDS = frozenset({"علي", "الي", "حتي", "لدي", "متي"})
NATIONALITY_MIN_ARTICLE_FREQUENCY = 100
CLITIC_STEM_MIN_FREQUENCY = 50
PRONOUN_STEM_MIN_FREQUENCY = 100
ARTICLE_SURNAME_BARE_RATIO = 0.3


def _plain_word(token: Token) -> bool:
    return token.kind == "arabic" and len(token.norm) >= 2 and token.norm not in function_words()


def _is_given_name(token: Token) -> bool:
    # على and إلى normalize to علي and الي: the original ى says they are not names; نظيره is
    # نظير + a pronoun, not the name نظيرة.
    if not _plain_word(token) or token.norm not in given_names():
        return False
    if token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS:
        return False
    return not (token.text.endswith("ه") and word_frequencies().get(token.norm[:-1], 0) >= PRONOUN_STEM_MIN_FREQUENCY)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    words = set()
    for title in person_titles():
        first = normalize_string(title).split()[0]
        words.update({first, first[2:] if first.startswith("ال") else first})
    return frozenset(words)


def _is_title_word(token: Token) -> bool:
    return token.norm in _title_words()


def _has_preposition(token: Token) -> bool:
    """A ب/ل/و/ف proclitic before a known word (بمواجهات، للصحفيين); ك is left alone (كيري)."""
    if token.norm.startswith("لل") and word_frequencies().get("ا" + token.norm[1:], 0) >= CLITIC_STEM_MIN_FREQUENCY:
        return True
    return any(word_frequencies().get(stem, 0) >= CLITIC_STEM_MIN_FREQUENCY and not token.norm[:offset].endswith("ك")
               for offset, stem in token.stems if offset)


def _is_name_part(token: Token, previous_is_name: bool, after_particle: bool = False) -> bool:
    if token.kind == "arabic" and token.norm in _name_particles():
        return True
    if not _plain_word(token) or len(token.norm) < MIN_NAME_PART_LENGTH or _is_title_word(token):
        return False
    if after_particle and token.norm.startswith("ال"):
        return True  # عبد الكريم، أبو الفضل
    if _has_preposition(token) and token.norm not in given_names():
        return False  # بمواجهات
    if not token.norm.startswith("ال") and token.norm.endswith("ي") \
            and word_frequencies().get("ال" + token.norm, 0) >= NATIONALITY_MIN_ARTICLE_FREQUENCY:
        return False  # سمير روسي: a nationality adjective, not a surname
    if _is_given_name(token):
        return True
    if any(stem in _name_particles() for offset, stem in token.stems if offset):  # بأبي: another name
        return False
    if token.norm in place_words() or token.text.endswith(("ة", "ى")):  # verbs like أعطى end in ى
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.startswith("ال"):
        # الأسد، الروسي: yes; الهجمات: no, the corpus uses هجمات as an ordinary word.
        bare_frequency = word_frequencies().get(token.norm[2:], 0)
        return previous_is_name and frequency < SURNAME_MAX_FREQUENCY \
            and (bare_frequency < ARTICLE_SURNAME_BARE_RATIO * max(frequency, 1) or token.norm[2:] in given_names())
    if token.norm.startswith(("و", "ف")):
        return False
    # A frequent word may still be a surname (بوتين) if the corpus never writes it with the article.
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < NAME_MAX_FREQUENCY or (previous_is_name and name_like and frequency < SURNAME_MAX_FREQUENCY)


def _can_start_name(token: Token, after_title: bool) -> bool:
    if any(stem in _name_particles() for offset, stem in token.stems if offset):
        return False  # بأبي سمير: a nickname after a preposition
    if _has_preposition(token) and token.norm not in given_names() or _is_title_word(token):
        return False
    if _is_given_name(token) or (token.kind == "arabic" and token.norm in _name_particles()):
        return True
    if not after_title or not _plain_word(token) or token.norm.startswith(("ال", "و", "ف")):
        return False
    if token.norm in place_words() or token.text.endswith("ة"):
        return False
    frequency = word_frequencies().get(token.norm, 0)
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < UNLISTED_FIRST_NAME_MAX_FREQUENCY or (name_like and frequency < NAME_MAX_FREQUENCY)


def person_name_after(doc: Document, index: int, after_title: bool = True) -> tuple[int, int] | None:
    """(first, last) token indices of a personal name starting at `index`, or None.

    After a title one unlisted rare word will do (الكولونيل دوريان); without a title the name must
    start with a listed given name and have at least two parts (بشار الأسد).
    """
    tokens = doc.tokens
    if index >= len(tokens) or not _can_start_name(tokens[index], after_title):
        return None
    last = index
    position = index + 1
    while position < len(tokens) and position - index < MAX_NAME_TOKENS \
            and tokens[position].sentence == tokens[index].sentence \
            and tokens[position].start - tokens[position - 1].end <= 1 \
            and _is_name_part(tokens[position], previous_is_name=True,
                              after_particle=tokens[position - 1].norm in _name_particles()):
        last = position
        position += 1
        # An article surname (الأسد، المجيد) ends a name unless it completes عبد/أبو (عبد الكريم).
        if tokens[last].norm.startswith("ال") and tokens[last - 1].norm not in _name_particles():
            break
    while last > index and tokens[last].norm in _name_particles():
        last -= 1
    if tokens[last].norm in _name_particles() or (not after_title and last == index):
        return None
    return index, last


def _skip_modifiers(doc: Document, index: int) -> int:
    """Skip adjectives after a title (وزير الخارجية الأمريكي جون كيري، الرئيس العراقي الراحل صدام حسين)."""
    skipped = 0
    while index < len(doc.tokens) and skipped < 3 and doc.tokens[index].norm.startswith("ال") \
            and not _is_title_word(doc.tokens[index]) \
            and not _is_given_name(doc.tokens[index]) and person_name_after(doc, index) is None:
        index += 1
        skipped += 1
    return index


def _title_persons(doc: Document) -> list[Span]:
    persons = []
    for match in _title_matcher().find(doc):
        position = _skip_modifiers(doc, match.last + 1)
        if match.key[-1] == "باسم":  # المتحدث باسم الجيش X: the organisation, then the name
            position = _skip_modifiers(doc, position + 1)
        skipped = doc.tokens[match.last + 1:position]
        only_adjectives = all(_is_definite_adjective(token) for token in skipped)
        if skipped and not only_adjectives \
                and (position >= len(doc.tokens) or not _is_given_name(doc.tokens[position])):
            continue  # past other words, only a listed given name is trusted to start the name
        name = person_name_after(doc, position)
        if name and doc.tokens[name[0]].sentence == doc.tokens[match.first].sentence:
            persons.append(doc.tokens_span(name[0], name[1], "PER"))
    return persons


def _named_persons(doc: Document) -> list[Span]:
    """Persons without a title: a listed given name and at least one more name part."""
    persons, index = [], 0
    while index < len(doc.tokens):
        name = person_name_after(doc, index, after_title=False)
        if name is None:
            index += 1
            continue
        persons.append(doc.tokens_span(name[0], name[1], "PER"))
        index = name[1] + 1
    return persons


def _closing_quote(doc: Document, start: int) -> int | None:
    for position in range(start, min(start + MAX_QUOTED_NAME_TOKENS + 1, len(doc.tokens))):
        if doc.tokens[position].norm in TRANSPARENT:
            return position if position > start else None
        if doc.tokens[position].kind == "punct":
            return None
    return None


def _quoted_organisations(doc: Document) -> list[Span]:
    """صحيفة "نيويورك تايمز", مركز الأبحاث "آي اتش اس": the quoted name after an organisation head noun."""
    found = []
    for index, token in enumerate(doc.tokens):
        if not any(stem in ORG_HEADS for _, stem in token.stems):
            continue
        position = index + 1
        while position < min(index + 4, len(doc.tokens)) and doc.tokens[position].kind == "arabic" \
                and doc.tokens[position].norm not in COMPLEMENTIZER_WORDS:
            position += 1
        if position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
            closing = _closing_quote(doc, position + 1)
            if closing is not None:
                found.append(doc.tokens_span(position + 1, closing - 1, "ORG"))
    return found


@lru_cache(maxsize=1)
def place_heads() -> dict[str, tuple[str, str]]:
    """Normalized head noun -> (naming, place kind), from extract/data/place_heads_ar.tsv."""
    return {normalize_string(row["head"]): (row["naming"], row["kind"]) for row in read_tsv("place_heads_ar.tsv")}


# A place name after a head noun is a rare-ish word; a common adjective (عسكرية، كبيرة) is not one.
PLACE_NAME_MAX_FREQUENCY = 1500
ARTICLE_PLACE_NAME_MAX_FREQUENCY = 3000
NISBA_MAX_FREQUENCY = 100


def _is_place_name_token(token: Token) -> bool:
    if not _plain_word(token) or token.norm.startswith(("و", "ف")) or token.norm in place_heads():
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.endswith(("ي", "يه", "يا")) and (frequency >= NISBA_MAX_FREQUENCY
                                             or word_frequencies().get("ال" + token.norm, 0) >= NISBA_MAX_FREQUENCY):
        return False  # an adjective (شعبي، عسكرية), which the corpus also writes with the article
    limit = ARTICLE_PLACE_NAME_MAX_FREQUENCY if token.norm.startswith("ال") else PLACE_NAME_MAX_FREQUENCY
    return frequency < limit


SECOND_PLACE_WORD_MAX_FREQUENCY = 300


def _is_second_place_word(token: Token) -> bool:
    """A second word of a place name (دار سعد): rare, and not a word with a preposition (للجانب)."""
    return _is_place_name_token(token) and not token.norm.startswith(("ال", "ل", "ب", "ك")) \
        and word_frequencies().get(token.norm, 0) < SECOND_PLACE_WORD_MAX_FREQUENCY


def _headed_places(doc: Document) -> list[Span]:
    """قاعدة العند، سوق الشعارين، حي الصلول، ناحية القيارة → القيارة: names after a place head noun."""
    tokens, found = doc.tokens, []
    for index, token in enumerate(tokens[:-1]):
        head = next(((offset, stem) for offset, stem in token.stems if stem in place_heads()), None)
        name = index + 1
        if head is None or tokens[name].sentence != token.sentence or not _is_place_name_token(tokens[name]):
            continue
        last = name
        if last + 1 < len(tokens) and tokens[last + 1].sentence == token.sentence \
                and (tokens[last + 1].kind == "number" or _is_second_place_word(tokens[last + 1])):
            last += 1
        if place_heads()[head[1]][0] == "with_head":
            start = doc.normalized.to_original(token.norm_start + head[0], token.norm_end)[0]
            found.append(doc.span(start, tokens[last].end, "LOC"))
        else:
            found.append(doc.tokens_span(name, last, "LOC"))
    return found


@lru_cache(maxsize=1)
def _institution_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["head"], (row["takes"], row["kind"])) for row in read_tsv("institution_heads_ar.tsv"))


def _is_definite_adjective(token: Token) -> bool:
    return token.kind == "arabic" and token.norm.startswith("ال") and token.norm.endswith(("ي", "يه")) \
        and token.norm not in function_words()


MAX_INDEFINITE_GENITIVES = 2


def _starts_with_conjunction(token: Token) -> bool:
    """وتحديد is و + تحديد; وزير is a word that happens to start with و."""
    if token.kind != "arabic" or not token.norm.startswith("و") or len(token.stems) < 2:
        return False
    return word_frequencies().get(token.stems[1][1], 0) > word_frequencies().get(token.norm, 0)


def _genitive_chain_end(tokens: list[Token], head: int) -> int | None:
    """Last token of the genitive phrase after a head: up to two indefinite nouns, then a definite
    one, optionally coordinated once (فريق التحقيق وتحديد الهوية). None when there is none."""
    position, indefinite = head + 1, 0
    while position < len(tokens) and tokens[position].sentence == tokens[head].sentence \
            and tokens[position].kind == "arabic":
        token = tokens[position]
        if _is_title_word(token) or _is_given_name(token):
            return None  # حكومة الرئيس ...، حكومة بشار الأسد: a person's government, named by the person
        if token.norm.startswith("ال"):
            end = position
            if position + 2 < len(tokens) and _starts_with_conjunction(tokens[position + 1]) \
                    and tokens[position + 2].norm.startswith("ال"):
                end = position + 2
            return end
        if indefinite == MAX_INDEFINITE_GENITIVES or token.norm in function_words() or _has_preposition(token):
            return None
        indefinite += 1
        position += 1
    return None


def _institutions(doc: Document) -> list[Span]:
    """الجيش الإيراني، وزارة الداخلية السعودية، وكالة الأنباء العراقية: a head and its adjectives."""
    tokens, found = doc.tokens, []
    for match in _institution_matcher().find(doc):
        takes, _ = match.payload
        last = match.last
        if match.start != tokens[match.first].start:
            continue  # بقيادة الولايات المتحدة: "led by", not an institution
        if match.first > 0 and _is_title_word(tokens[match.first - 1]):
            continue  # وزير الخارجية الروسي: part of a title
        if takes == "noun":
            end = _genitive_chain_end(tokens, last)
            if end is None:
                continue
            last = end
        adjectives = 0
        while last + 1 < len(tokens) and adjectives < 2 and _is_definite_adjective(tokens[last + 1]) \
                and tokens[last + 1].sentence == tokens[last].sentence:
            last += 1
            adjectives += 1
        if takes == "adjective" and adjectives == 0:
            continue
        found.append(doc.span(match.start, tokens[last].end, "ORG"))
    return found


@lru_cache(maxsize=1)
def _institution_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((normalize_string(row["head"]) + " ", row["kind"]) for row in read_tsv("institution_heads_ar.tsv"))


def institution_kind(text: str) -> str | None:
    """The actor kind an institution phrase's head gives it, if it has one."""
    key = " ".join(normalize_string(text).split())
    return next((kind for head, kind in _institution_kinds() if key.startswith(head)), None)


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the earliest-listed span where spans overlap, then sort by position."""
    if not spans:
        return []
    occupied = bytearray(max(span.end for span in spans))
    kept: list[Span] = []
    for span in spans:
        if span.start < span.end and not any(occupied[span.start:span.end]):
            occupied[span.start:span.end] = b"\x01" * (span.end - span.start)
            kept.append(span)
    return sorted(kept, key=lambda span: (span.start, span.end))


def lexicon_entities(doc: Document) -> list[Span]:
    """PER/LOC/ORG spans from the shipped lexicons and patterns."""
    actors = [doc.span(match.start, match.end, "PER" if match.payload["kind"] == "person" else "ORG")
              for match in _actor_matcher().find(doc)]
    places = [doc.span(match.start, match.end, "LOC") for match in _place_matcher().find(doc)
              if _spelled_as_listed(match)]
    # Longer evidence first: a quoted organisation name or a known actor wins over a place inside it.
    return _non_overlapping(_quoted_organisations(doc) + actors + _title_persons(doc) + _institutions(doc)
                            + places + _named_persons(doc) + _headed_places(doc))


MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"


def model_norm(token: Token) -> str:
    """The NORM feature of the trained model: our normalized, clitic-stripped stem."""
    return token.stems[-1][1] if token.stems else token.norm


@lru_cache(maxsize=2)
def _load_model(model_dir: str):
    path = Path(model_dir)
    if not (path / "meta.json").is_file():
        raise BackendUnavailable(f"no trained NER model in {path}: run `make train-ner`, or set "
                                 f"EXTRACT_NER_MODEL to a model folder")
    import spacy

    return spacy.load(path)


def model_entities(doc: Document, model) -> list[Span]:
    """Spans from the trained spaCy model, run on our own tokens sentence by sentence."""
    from spacy.tokens import Doc

    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    sentences = list(by_sentence.values())
    spacy_docs = []
    for tokens in sentences:
        spaces = [tokens[i + 1].start > tokens[i].end if i + 1 < len(tokens) else False for i in range(len(tokens))]
        spacy_doc = Doc(model.vocab, words=[token.text for token in tokens], spaces=spaces)
        for spacy_token, token in zip(spacy_doc, tokens):
            spacy_token.norm_ = model_norm(token)
        spacy_docs.append(spacy_doc)
    spans = []
    for tokens, spacy_doc in zip(sentences, model.pipe(spacy_docs)):
        spans += [doc.tokens_span(tokens[entity.start].index, tokens[entity.end - 1].index, entity.label_)
                  for entity in spacy_doc.ents]
    return spans


def _model_entities_function(model_dir: str | None, with_lexicon: bool) -> Callable[[Document], list[Span]]:
    model = _load_model(model_dir or os.environ.get("EXTRACT_NER_MODEL") or str(MODEL_DIR))
    if not with_lexicon:
        return lambda doc: model_entities(doc, model)
    # The lexicon's spans come first; the model adds names no lexicon or pattern knows.
    return lambda doc: _non_overlapping(lexicon_entities(doc) + model_entities(doc, model))


def _camel_entities_function() -> Callable[[Document], list[Span]]:
    from extract.backends import camel_entities_function

    return camel_entities_function()


def _stanza_entities_function(stanza_dir: str | None) -> Callable[[Document], list[Span]]:
    from extract.backends import stanza_entities_function

    return stanza_entities_function(stanza_dir or os.environ.get("EXTRACT_STANZA_DIR"))


@register("ner", requires=("tokens",), provides=("entities",))
def make_ner(backend: str = "lexicon", stanza_dir: str | None = None, model_dir: str | None = None):
    """Component: fill `doc.entities` with the chosen backend."""
    if backend == "lexicon":
        find = lexicon_entities
    elif backend in ("model", "lexicon+model"):
        find = _model_entities_function(model_dir, with_lexicon=backend == "lexicon+model")
    elif backend == "camel":
        find = _camel_entities_function()
    elif backend == "stanza":
        find = _stanza_entities_function(stanza_dir)
    else:
        raise ValueError(f"unknown NER backend {backend!r}; choose lexicon, model, lexicon+model, camel or stanza")

    def ner(doc: Document) -> Document:
        doc.entities = find(doc)
        return doc

    return ner


__all__ = ["BackendUnavailable", "LABELS", "lexicon_entities", "make_ner", "person_name_after"]
