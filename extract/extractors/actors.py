"""Actors: ORG and PER entities merged across aliases into one item per real-world actor.

- A mention that is an alias in the actor lexicon takes that actor's canonical name and kind.
- A person's later short mention (دوريان، جون دوريان) joins the full name seen earlier (الكولونيل جون
  دوريان) when its words come in the same order and it starts where the name starts or is its family
  name; a nasab chain (سعود بن عبدالعزيز) inside a longer one names the father, not the same person.
- A shorter organisation name that starts the longer one (آي اتش اس → آي اتش اس كونفليكت مونيتور)
  joins it; so does a mention written with a proclitic (للقوات البرية → القوات البرية) or as a
  hashtag (البنك_المركزي_المصري).
- A short name quoted or in brackets right after an organisation (وكالة الأنباء الفلسطينية "وفا")
  is its acronym or short name: one actor.
- Definite head nouns (الصحيفة، المركز، المنظمة، الوكالة) resolve to the last actor of that kind.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from functools import lru_cache

from extract.document import Document, Span
from extract.extractors.entities import EntityCollector, alias_index, lexicon_key, link_mention
from extract.items import Actor
from extract.lexicons import actor_lexicon, per_million, read_tsv, word_frequencies
from extract.normalize import normalize_string
from extract.tokenize import clitic_stems
from extract.registry import register
from extract.words import (MAQSURA_FUNCTION_WORDS, ORG_HEADS, RADIO_BANDS, country_places, name_compounds, place_heads, given_names, institution_kind, is_definite_adjective,
                           is_given_name, is_title_word, nationality_countries, person_descriptors, place_words, title_words, word_set)

# Anaphoric head nouns (normalized, with the article) and the kinds of actor they refer back to.
ANAPHORS = {"ال" + head: kind for head, kind in ORG_HEADS.items() if kind in ("media", "organization")}


@lru_cache(maxsize=1)
def anaphor_heads() -> frozenset[str]:
    """The definite heads that refer back to an actor named with them: ANAPHORS and word set anaphor_head."""
    return frozenset(ANAPHORS) | word_set("anaphor_head")


@lru_cache(maxsize=1)
def actor_index() -> dict[str, dict]:
    return alias_index(actor_lexicon())


def link_actor(mention_text: str) -> dict | None:
    return link_mention(mention_text, actor_index())


MINISTRY_HEAD = "وزاره"

# Words that chain a person's name to a parent's (سطام بن سعود بن عبدالعزيز).
NASAB_WORDS = frozenset({"بن", "ابن", "بنت"})


def written_name(text: str) -> str:
    """The name a mention gives a new actor: its text, with the article restored where ل joined it
    (للقوات البرية → القوات البرية، للسيسي → السيسي: after ل the article's alif is not written, so the
    mention cannot leave the ل out); a word the corpus knows in its لل form keeps it (للغاية)."""
    first, space, rest = text.partition(" ")
    if not first.startswith("لل") or len(first) < 5:
        return text
    whole = normalize_string(first)
    if word_frequencies().get("ال" + whole[2:], 0) <= word_frequencies().get(whole, 0):
        return text
    return "ال" + first[2:] + space + rest


def mention_key(text: str) -> str:
    """How a mention is compared with earlier names: as a lexicon key, with hashtag underscores as
    spaces and a radio band in one spelling (موزاييك FM = موزاييك أف أم)."""
    words = lexicon_key(text.replace("_", " ")).split()
    for band in RADIO_BANDS:
        if len(words) > len(band) and tuple(word.lower() for word in words[-len(band):]) == band:
            words = words[:-len(band)] + list(RADIO_BANDS[0])
            break
    return " ".join(words)


def key_readings(key: str) -> list[str]:
    """The key and the key with its first word read without proclitics (للقوات البرية → القوات البرية)."""
    first, _, rest = key.partition(" ")
    readings = [f"{stem} {rest}".strip() for _, stem in clitic_stems(first)] if first else []
    return list(dict.fromkeys([key, *readings]))


# A word this frequent that no given-name list holds (أشاد، أكد: about 270 uses) is an ordinary word,
# not a first name (روميلو: 85, مارتن is a listed name).
COMMON_WORD_MIN_PER_MILLION = 15


def is_common_word(word: str) -> bool:
    return word not in given_names() and word_frequencies().get(word, 0) >= per_million(COMMON_WORD_MIN_PER_MILLION)


# A foreign name's g is written غ or ج (غريفيث، جريفيث): one person however the article spells it.
FOREIGN_G = str.maketrans({"ج": "غ"})


def foreign_sound(word: str) -> str:
    """How a name word is compared: g as غ, and a given name written with the article as without it
    (المنصف ذويب = منصف ذويب; the definite given names of given_names_definite_ar.tsv)."""
    if word.startswith("ال") and word in given_names():
        word = word[2:]
    return word.translate(FOREIGN_G)


def _government_country(words: list[str]) -> str | None:
    """The country of a government named by a government word and its nationality (الحكومة الصينية,
    السلطات الصينية, النظام الصيني: CN), else None."""
    heads = state_actor_words().get(("السلطات",), ("", frozenset()))[1]
    if len(words) != 2:
        return None
    if words[0] not in heads:  # للقيادة الفلسطينية: the head after its proclitic
        words = next((reading.split() for reading in key_readings(" ".join(words)) if reading.split()[0] in heads), words)
    return nationality_countries().get(words[1]) if words[0] in heads else None


def _nisba(word: str) -> bool:
    """الألماني، الإماراتي، الجداوي: a definite relative adjective (normalized)."""
    return word in nationality_countries() or (word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6)


def club_core(words: list[str]) -> tuple[str, ...]:
    """A club's bare name: its words without a club head before them or a nisba of where it is from
    after them (نادي شالكه الألماني، النادي الأهلي → شالكه، الأهلي); other names stay as they are."""
    core = words[1:] if len(words) > 1 and words[0] in word_set("club_head") else words
    if len(core) < len(words) and len(core) > 1 and _nisba(core[-1]):
        core = core[:-1]
    return tuple(core)


def _in_order(words: list[str], name: list[str]) -> bool:
    remaining = iter(name)
    return all(word in remaining for word in words)


def _bare_readings(word: str) -> set[str]:
    """A word's readings without its proclitics and without the article (للحرس → الحرس، حرس)."""
    readings = {stem for _, stem in clitic_stems(word)} | {word}
    return readings | {reading[2:] for reading in readings if reading.startswith("ال") and len(reading) > 4}


def _same_word(first: str, second: str) -> bool:
    return bool(_bare_readings(first) & _bare_readings(second))


def _in_order_by_stem(words: list[str], name: list[str]) -> bool:
    remaining = iter(name)
    return all(any(_same_word(word, other) for other in remaining) for word in words)


def compounds_joined(words: list[str]) -> list[str]:
    """نصر الله → نصرالله، عبد الله → عبدالله: a compound name's two words as one, however the
    article writes it (a second element from name_compounds_ar.tsv, or the particle عبد before a word)."""
    joined: list[str] = []
    for word in words:
        if joined and (word in name_compounds() or joined[-1] == "عبد") and joined[-1] not in NASAB_WORDS:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def same_person(mention: list[str], name: list[str]) -> bool:
    """Whether a mention's words name the person `name` names. A nasab chain must start the name
    (سلمان بن عبدالعزيز of سلمان بن عبدالعزيز آل سعود; سعود بن عبدالعزيز inside سطام بن سعود بن
    عبدالعزيز is the father); other words come in the name's order and keep its first or last word
    (جون دوريان، دوريان، محمد الخزيم of محمد بن ناصر الخزيم)."""
    mention, name = compounds_joined(mention), compounds_joined(name)
    if not mention or len(mention) > len(name):
        return False
    if mention[0] in NASAB_WORDS and len(mention) == 2 and len(name) > 2:
        return name[-2:] == mention  # بن دغر of أحمد عبيد بن دغر: a family name with its بن
    if NASAB_WORDS & set(mention):
        return name[:len(mention)] == mention
    return _in_order(mention, name) and (mention[0] == name[0] or mention[-1] == name[-1])


LONG_VOWELS = str.maketrans("", "", "اوي")
# Shorter words are too little to go on: جون and جين are two names (John and Jane Seymour).
MIN_TRANSCRIBED_LETTERS = 4


def _consonants(word: str) -> str:
    """جيسون، جايسن → جسن: a transcribed word without its long vowels, which transcriptions vary."""
    return word.translate(LONG_VOWELS)


def _spelled_otherwise(known: str, word: str) -> bool:
    """The same word in two transcriptions (جيسون، جايسن); two listed given names are two names (محمد،
    محمود), and so are two short ones (جون، جين)."""
    if known == word:
        return True
    return min(len(known), len(word)) >= MIN_TRANSCRIBED_LETTERS and _consonants(known) == _consonants(word) \
        and not (known in given_names() and word in given_names())


def _foreign_name_word(word: str) -> bool:
    return not word.startswith("ال") and word not in ORG_HEADS and institution_kind(word) is None


ADDRESSEE_PROCLITIC = "ل"
QUOTE_MARKS = frozenset('"«“”')


def _head_kind(doc: Document, span: Span) -> str:
    """The kind suggested by an organisation head noun just before the span (صحيفة "..."), or by a
    bare لـ and a quotation mark (قال لـ"الوطن": the outlet spoken to)."""
    before = doc.tokens_before(span.start, 4)
    if len(before) >= 2 and before[-2].norm == ADDRESSEE_PROCLITIC and before[-1].text in QUOTE_MARKS:
        return "media"
    for token in reversed(before):
        for _, stem in token.stems:
            if stem in ORG_HEADS:
                return ORG_HEADS[stem]
    return "organization"


# قيادة القوات البرية الملكية السعودية: a force's command speaks for the force; its name without the
# head is the force's name, and the force's shorter names (القوات البرية) join it.
COMMAND_HEADS = frozenset({"قياده"})


MIN_CLIPPED_LETTERS = 3  # مان of مانشستر


class _ActorResolver:
    """Merges mentions into actors. Earlier actors are found through indexes by word and by
    word-prefix of their names, so merging stays near-linear in the number of mentions; among
    several that fit, the first one seen wins, as a scan in order of first mention would give."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.collector = EntityCollector(Actor)
        self.kinds_by_name: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._names_by_word: dict[str, list[str]] = {}
        self._names_by_sound: dict[str, list[str]] = {}
        self._names_by_key: dict[str, list[str]] = {}
        self._names_by_key_prefix: dict[str, list[str]] = {}

    def add(self, name: str, attributes: dict, span: Span) -> None:
        self.collector.add(name, attributes, span)
        self.kinds_by_name[name] = attributes["kind"]
        if name not in self._order:
            self._index(name)

    def _index(self, name: str) -> None:
        self._order[name] = len(self._order)
        key = mention_key(name)
        self._words[name] = tuple(key.split())
        for word in dict.fromkeys(self._words[name]):
            self._names_by_word.setdefault(word, []).append(name)
            self._names_by_sound.setdefault(foreign_sound(word), []).append(name)
        for word in set(compounds_joined(list(self._words[name]))) - set(self._words[name]):
            self._names_by_sound.setdefault(foreign_sound(word), []).append(name)  # نصرالله of نصر الله
        readings = key_readings(key)
        if len(self._words[name]) > 2 and self._words[name][0] in COMMAND_HEADS:
            readings += key_readings(" ".join(self._words[name][1:]))
        for reading in readings:
            words = reading.split()
            self._names_by_key.setdefault(reading, []).append(name)
            for length in range(1, len(words)):
                self._names_by_key_prefix.setdefault(" ".join(words[:length]), []).append(name)

    def forget(self, merged: str, into: str) -> None:
        """Item `merged` is now part of `into`: the indexes that named it name `into`."""
        del self.kinds_by_name[merged]
        self._order.pop(merged, None)
        self._words.pop(merged, None)
        for index in (self._names_by_word, self._names_by_sound, self._names_by_key, self._names_by_key_prefix):
            for key, names in index.items():
                if merged in names:
                    index[key] = list(dict.fromkeys(into if other == merged else other for other in names))

    def index_alias(self, alias: str, name: str) -> None:
        for reading in key_readings(mention_key(alias)):
            self._names_by_key.setdefault(reading, []).append(name)

    def person(self, span: Span) -> str:
        words = mention_key(span.text).split()
        if words:
            sounds = [foreign_sound(word) for word in words]
            first_sounds = dict.fromkeys([sounds[0], foreign_sound(compounds_joined(words)[0])])
            for name in (name for sound in first_sounds for name in self._names_by_sound.get(sound, ())):
                if self.kinds_by_name[name] == "person" \
                        and same_person(sounds, [foreign_sound(word) for word in self._words[name]]):
                    self.collector.add(name, {}, span)
                    return name
            shorter = self._shorter_earlier_person(sounds)
            if shorter is not None:
                self.collector.add(shorter, {}, span)
                return shorter
            surname = self._surname_after_common_word(words, span)
            if surname is not None:
                return surname
            spelled = self._same_person_spelled_otherwise(sounds)
            if spelled is not None:
                self.collector.add(spelled, {}, span)
                return spelled
            pair = self._two_known_surnames(words, span)
            if pair is not None:
                return pair
            misread = self._person_read_as_organisation(words)
            if misread is not None:
                self.collector.add(misread, {}, span)
                return misread
        name = written_name(span.text)
        self.add(name, {"name_en": None, "kind": "person"}, span)
        return name

    def _surname_after_common_word(self, words: list[str], span: Span) -> str | None:
        """أشاد غريفيث after مارتن غريفيث: a two-word person whose first word is a common word (no
        given name: a verb, a noun) and whose last is an earlier person's family name is that person,
        named by the family name alone."""
        if len(words) != 2 or words[0] in given_names() or not is_common_word(words[0]):
            return None
        known = [name for name in self._names_by_sound.get(foreign_sound(words[1]), ())
                 if self.kinds_by_name[name] == "person" and len(self._words[name]) > 1
                 and foreign_sound(self._words[name][-1]) == foreign_sound(words[1])]
        if not known:
            return None
        last = self.doc.tokens[self.doc.token_index_at(span.end) - 1]
        name = min(known, key=self._order.__getitem__)
        self.collector.add(name, {}, self.doc.span(last.start, span.end))
        return name

    def _same_person_spelled_otherwise(self, sounds: list[str]) -> str | None:
        """جايسن غرينبلات after جيسون غرينبلات: the one earlier person with the same family name and as
        many words, whose other words differ only in their long vowels, is a foreign name transcribed
        two ways; so is a family name alone (بوتن after فلاديمير بوتين)."""
        if len(sounds) == 1:
            return self._family_name_spelled_otherwise(sounds[0])
        found = {name for name in self._names_by_sound.get(sounds[-1], ())
                 if self.kinds_by_name[name] == "person" and len(self._words[name]) == len(sounds)
                 and foreign_sound(self._words[name][-1]) == sounds[-1]
                 and all(_spelled_otherwise(foreign_sound(word), sound)
                         for word, sound in zip(self._words[name][:-1], sounds[:-1]))}
        return found.pop() if len(found) == 1 else None

    def _family_name_spelled_otherwise(self, sound: str) -> str | None:
        """بوتن after فلاديمير بوتين: one word that is the family name of exactly one earlier person
        transcribed otherwise (its long vowels differ) is that person."""
        found = {name for name, kind in self.kinds_by_name.items()
                 if kind == "person" and len(self._words[name]) > 1
                 and _spelled_otherwise(foreign_sound(self._words[name][-1]), sound)}
        return found.pop() if len(found) == 1 else None

    def _two_known_surnames(self, words: list[str], span: Span) -> str | None:
        """وخير غرينبلات عباس: a two-word "person" whose words are the family names of two different
        earlier persons is those two persons side by side (subject and object); each takes its word."""
        if len(words) != 2:
            return None
        first, last = self.doc.token_index_holding(span.start), self.doc.token_index_at(span.end) - 1
        if last != first + 1:
            return None
        owners, offset = [], 0
        for position, word in enumerate(words):
            # the second may carry a proclitic: بلاتر لبوتين (Blatter to Putin)
            readings = [(0, word)] if position == 0 else list(self.doc.tokens[last].stems)
            for reading_offset, reading in readings:
                known = {name for name in self._names_by_sound.get(foreign_sound(reading), ())
                         if self.kinds_by_name[name] == "person" and len(self._words[name]) > 1
                         and foreign_sound(self._words[name][-1]) == foreign_sound(reading)}
                if len(known) == 1:
                    owners.append(known.pop())
                    offset = reading_offset
                    break
            else:
                return None
        if owners[0] == owners[1]:
            return None
        second = self.doc.tokens[last]
        start = self.doc.normalized.to_original(second.norm_start + offset, second.norm_end)[0]
        self.collector.add(owners[0], {}, self.doc.span(span.start, self.doc.tokens[first].end))
        self.collector.add(owners[1], {}, self.doc.span(start, span.end))
        return owners[0]

    def _person_read_as_organisation(self, words: list[str]) -> str | None:
        """لوكاكو after روميلو لوكاكو read as an organisation: a one-word person that is the last word of
        the one earlier two-word foreign name (no article, no head noun) of another kind is that name,
        a person."""
        if len(words) != 1:
            return None
        found = [name for name in self._names_by_word.get(words[0], ())
                 if self.kinds_by_name[name] == "organization" and len(self._words[name]) == 2
                 and self._words[name][1] == words[0] and all(map(_foreign_name_word, self._words[name]))]
        if len(found) != 1:
            return None
        self.kinds_by_name[found[0]] = self.collector.items[found[0]].kind = "person"
        return found[0]

    def _shorter_earlier_person(self, sounds: list[str]) -> str | None:
        """The one earlier person whose shorter name this longer mention spells out (بندر حجار, then
        بندر بن محمد حجار; صلاح, then محمد صلاح): the earlier name's words in the mention's order,
        keeping its first or last word."""
        found = {name for word in dict.fromkeys(sounds) for name in self._names_by_sound.get(word, ())
                 if self.kinds_by_name[name] == "person" and len(self._words[name]) < len(sounds)
                 and same_person([foreign_sound(word) for word in self._words[name]], sounds)}
        return found.pop() if len(found) == 1 else None

    def _same_head_of_the_place(self, words: list[str]) -> list[str]:
        """شرطة المنطقة after شرطة منطقة جازان: a head with a place noun that points back (المنطقة،
        المحافظة، المدينة) is the body of that head the article named with its place."""
        if len(words) < 2 or words[1] not in word_set("place_anaphor"):
            return []
        return [name for name in self._names_by_word.get(words[0], ())
                if self.kinds_by_name[name] != "person" and len(self._words[name]) > 2 and self._words[name][0] == words[0]]

    def _same_name_with_inserted_words(self, words: list[str]) -> list[str]:
        """Earlier organisations that are this one with words inserted or left out inside it, the
        first and last words kept (مجلس الشعب، مجلس نواب الشعب; الجيش السوري، الجيش العربي السوري)."""
        if len(words) < 2:
            return []
        found = []
        for name in self._names_by_word.get(words[0], ()):
            known = list(self._words[name])
            shorter, longer = sorted((words, known), key=len)
            if self.kinds_by_name[name] != "person" and len(shorter) >= 2 and 0 < len(longer) - len(shorter) <= 2 \
                    and shorter[0] == longer[0] and shorter[-1] == longer[-1] and _in_order(shorter, longer):
                found.append(name)
            elif self.kinds_by_name[name] != "person" and len(shorter) >= 3 and 0 <= len(longer) - len(shorter) <= 2 \
                    and shorter != longer and shorter[0] == longer[0] and _same_word(shorter[-1], longer[-1]) \
                    and _in_order_by_stem(shorter, longer):
                found.append(name)  # مديرية سجون جازان، مديرية السجون بمنطقة جازان: the same words read off their clitics
        return found

    def _same_ministry(self, words: list[str]) -> list[str]:
        """Earlier organisations that are this ministry with or without its head (الداخلية المغربية،
        وزارة الداخلية المغربية; الخارجية الأمريكية after وزارة الخارجية الأمريكية): news names a
        ministry by its portfolio alone."""
        found: list[str] = []
        for reading in key_readings(" ".join(words)):
            words = reading.split()
            if len(words) < 2:
                continue
            if words[0] == MINISTRY_HEAD:
                found += [name for name in self._names_by_key.get(" ".join(words[1:]), ()) if self.kinds_by_name[name] != "person"]
            else:
                found += [name for name in self._names_by_word.get(words[0], ())
                          if self.kinds_by_name[name] != "person" and list(self._words[name]) == [MINISTRY_HEAD, *words]]
        return found

    def _same_body_of_a_known_actor(self, words: list[str]) -> list[str]:
        """مجلس الجامعة العربية after مجلس جامعة الدول العربية: the same head before two aliases of one
        lexicon actor names one body of it."""
        if len(words) < 2:
            return []
        actor = link_actor(" ".join(words[1:]))
        if actor is None:
            return []
        return [name for name in self._names_by_word.get(words[0], ())
                if self.kinds_by_name[name] != "person" and len(self._words[name]) > 1 and self._words[name][0] == words[0]
                and (link_actor(" ".join(self._words[name][1:])) or {}).get("name") == actor["name"]]

    def _short_foreign_name(self, words: list[str]) -> list[str]:
        """وست بروميتش after بروميتش, بروميتش after وست بروميتش: a two-word foreign name (no article, no
        head noun) and its last word alone are one organisation, where only one such name fits."""
        if len(words) == 2 and all(_foreign_name_word(word) for word in words):
            return [name for name in self._names_by_key.get(words[1], ()) if len(self._words[name]) == 1]
        if len(words) == 1 and _foreign_name_word(words[0]):
            longer = [name for name in self._names_by_word.get(words[0], ())
                      if len(self._words[name]) == 2 and self._words[name][1] == words[0]
                      and all(_foreign_name_word(word) for word in self._words[name])]
            return longer if len(longer) == 1 else []
        return []

    def _same_government(self, words: list[str]) -> list[str]:
        """Earlier governments of the same country: الحكومة الصينية، السلطات الصينية and النظام الصيني
        are one actor (RECORD.md, state actors)."""
        country = _government_country(words)
        if country is None:
            return []
        return [name for name, kind in self.kinds_by_name.items()
                if kind == "government" and _government_country(list(self._words[name])) == country]

    def _same_country_body(self, words: list[str]) -> list[str]:
        """Earlier organisations that are the same head named by its country's adjective or by the
        country's name (المنتخب النيجيري، منتخب نيجيريا; الحكومة السورية، حكومة سوريا)."""
        key = country_body_key(words)
        if key is None:
            return []
        return [name for name in [*self._names_by_word.get(words[0], ()), *self._names_by_word.get(_other_head_form(words[0]), ())]
                if self.kinds_by_name[name] != "person" and country_body_key(list(self._words[name])) == key]

    def earlier_with_head(self, kind: str, lexicon_name: str) -> str | None:
        """The first earlier actor of the same kind that a lexicon actor named by a head noun alone
        (التحالف, also read in قوات التحالف) shortens (التحالف العربي): a bare head names the body the
        article has named."""
        words = mention_key(lexicon_name).split()
        if len(words) != 1:
            return None
        heads = {reading.split()[0] for reading in key_readings(words[0])}
        known = [name for name, known_kind in self.kinds_by_name.items()
                 if known_kind == kind and name != lexicon_name and len(self._words[name]) > 1 and self._words[name][0] in heads]
        return min(known, key=self._order.__getitem__) if known else None

    def _same_club(self, words: list[str]) -> list[str]:
        """Earlier organisations that are this club with or without its club head and nationality (شالكه
        after نادي شالكه الألماني, النادي الأهلي after الأهلي)."""
        core = club_core(words)
        if not core:
            return []
        candidates = self._names_by_word.get(core[0], ())
        return [name for name in candidates if self.kinds_by_name[name] != "person"
                and (core != tuple(words) or club_core(list(self._words[name])) != self._words[name])
                and club_core(list(self._words[name])) == core]

    def _short_name_of_an_earlier_one(self, words: list[str]) -> list[str]:
        """الريال after ريال مدريد, سان جيرمان after باريس سان جيرمان: an earlier organisation's first word
        written with the article (no head noun: الاتحاد after اتحاد الكرة is left to the heads), or its
        name without the city it starts with."""
        found = []
        if len(words) == 1 and words[0].startswith("ال") and words[0][2:] not in ORG_HEADS \
                and institution_kind(words[0]) is None and (words[0],) not in state_actor_words():
            found = [name for name in self._names_by_word.get(words[0][2:], ())
                     if self.kinds_by_name[name] == "organization" and len(self._words[name]) > 1
                     and self._words[name][0] == words[0][2:]]
        if not found and len(words) > 1:  # سيتي alone is the end of many clubs' names
            found = [name for name in self._names_by_word.get(words[0], ())
                     if self.kinds_by_name[name] == "organization" and self._words[name][1:] == tuple(words)
                     and self._words[name][0] in place_words()]
        if not found and len(words) == 2 and len(words[0]) >= MIN_CLIPPED_LETTERS:
            # مان سيتي after مانشستر سيتي: the town clipped before the same last word
            found = [name for name in self._names_by_word.get(words[1], ())
                     if self.kinds_by_name[name] == "organization" and len(self._words[name]) == 2
                     and self._words[name][1] == words[1] and self._words[name][0] != words[0]
                     and self._words[name][0].startswith(words[0])]
        return found if len(set(found)) == 1 else []  # two clubs that fit: neither

    def known_person(self, span: Span) -> str | None:
        """The person an organisation span names where its words are a known person's name or family
        name (the NER read مورينيو as a club where the article names the coach)."""
        words = [foreign_sound(word) for word in mention_key(span.text).split()]
        for name in self._names_by_sound.get(words[0], ()) if words else ():
            name_words = [foreign_sound(word) for word in self._words[name]]
            if self.kinds_by_name[name] == "person" and len(name_words) > 1 \
                    and words in (name_words, name_words[-1:]):
                return name
        return None

    def organisation(self, span: Span) -> str:
        person = self.known_person(span)
        if person is not None:
            self.collector.add(person, {}, span)
            return person
        candidates: list[str] = []
        for key in key_readings(mention_key(span.text)):
            words = key.split()
            # Earlier names that are this one, continue it (key + " " starts them) or that it continues.
            candidates += self._names_by_key.get(key, ())
            candidates += self._names_by_key_prefix.get(key, ())
            for length in range(1, len(words)):
                candidates += self._names_by_key.get(" ".join(words[:length]), ())
            candidates += self._short_foreign_name(words)
        fitting = [name for name in candidates if self.kinds_by_name[name] != "person"]
        fitting = fitting or self._same_head_of_the_place(mention_key(span.text).split()) \
            or self._same_name_with_inserted_words(mention_key(span.text).split()) \
            or self._same_government(mention_key(span.text).split()) or self._same_club(mention_key(span.text).split()) \
            or self._same_country_body(mention_key(span.text).split()) or self._same_ministry(mention_key(span.text).split()) \
            or self._same_body_of_a_known_actor(mention_key(span.text).split()) \
            or self._short_name_of_an_earlier_one(mention_key(span.text).split())
        if fitting:
            name = min(fitting, key=self._order.__getitem__)
            self.collector.add(name, {}, span)
            return name
        readings = key_readings(lexicon_key(self.doc.normalized_text_of(span.start, span.end)))
        kind = next(filter(None, map(institution_kind, readings)), None) or _head_kind(self.doc, span)
        name = written_name(span.text)
        self.add(name, {"name_en": None, "kind": kind}, span)
        return name

    def anaphors(self) -> None:
        """Attach الصحيفة، الوزارة، الصندوق... to the last actor mentioned before them that a mention
        names with the same head (وزارة التجارة الصينية، وكالة "فيتش"), or, for the heads of media and
        organisations (ANAPHORS), to the last actor of that kind."""
        inside_entity = self.doc.covered_tokens([(span.start, span.end) for span in self.doc.entities])
        mentions_by_kind = self._mentions_by_kind()
        mentions_by_head = self._mentions_by_head()
        for index in self.doc.tokens_with_stem("actors:anaphors", anaphor_heads()):
            if index in inside_entity:
                continue
            token = self.doc.tokens[index]
            offset, stem = next((offset, stem) for offset, stem in token.stems if stem in anaphor_heads())
            start = self.doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            lists = [mentions_by_head.setdefault(stem[2:], [])]
            if stem in ANAPHORS:
                lists.append(mentions_by_kind.setdefault(ANAPHORS[stem], []))
            # the latest mention before `start`; on a tie of starts, the actor seen first
            latest = [mentions[position - 1] for mentions in lists if (position := bisect_left(mentions, (start,)))]
            if latest:
                target = max(latest)[2]
                self.collector.add(target, {}, self.doc.span(start, token.end))
                for mentions in lists:
                    insort(mentions, (start, -self._order[target], target))

    def _mentions_by_head(self) -> dict[str, list[tuple[int, int, str]]]:
        """(start, -order, name) of every mention so far, sorted, per anaphor head a mention begins with
        (وزاره of وزارة التجارة، وكاله of وكالة "فيتش")."""
        by_head: dict[str, list[tuple[int, int, str]]] = {}
        heads = anaphor_heads()
        for name, item in self.collector.items.items():
            for mention in item.mentions:
                words = lexicon_key(mention.text).split()
                head = _bare_word(words[0]) if words else ""
                if head in heads:
                    by_head.setdefault(head[2:], []).append((mention.start, -self._order[name], name))
        for mentions in by_head.values():
            mentions.sort()
        return by_head

    def _mentions_by_kind(self) -> dict[str, list[tuple[int, int, str]]]:
        """(start, -order, name) of every mention so far, sorted, per actor kind."""
        by_kind: dict[str, list[tuple[int, int, str]]] = {}
        for name, item in self.collector.items.items():
            by_kind.setdefault(self.kinds_by_name[name], []).extend(
                (mention.start, -self._order[name], name) for mention in item.mentions)
        for mentions in by_kind.values():
            mentions.sort()
        return by_kind


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Normalized one-word country names and nationality adjectives -> country code."""
    words = dict(nationality_countries())
    for code, place in country_places().items():
        for alias in place["aliases"]:
            if " " not in normalize_string(alias):
                words.setdefault(normalize_string(alias), code)
    return words


def article_countries(doc: Document) -> dict[str, int]:
    """How often the article names each country, by its name or nationality (اليمن، اليمني)."""
    counts: dict[str, int] = {}
    words = _country_words()
    for index in doc.tokens_with_stem("actors:country_words", words.keys()):
        code = next(words[stem] for _, stem in doc.tokens[index].stems if stem in words)
        counts[code] = counts.get(code, 0) + 1
    return counts


def _other_head_form(head: str) -> str:
    """A head noun with the article dropped or added (المنتخب ↔ منتخب)."""
    return head[2:] if head.startswith("ال") else "ال" + head


def country_body_key(words: list[str]) -> tuple[str, str] | None:
    """(head without the article, country code) of a two-word name made of a head noun and a country's
    adjective or name (المنتخب النيجيري، منتخب نيجيريا: (منتخب, NG)), else None. The adjective goes with
    a definite head, the country's name with an indefinite one (its construct state)."""
    if len(words) != 2 or words[0] in _country_words():
        return None
    head, country = words
    if head.startswith("ال") != (country in nationality_countries()):
        return None
    code = _country_words().get(country)
    return (head[2:] if head.startswith("ال") else head, code) if code else None


def _nationality_left_out(mention: str, name: str) -> str | None:
    """The country of the nationality a lexicon name adds at its end to the mention (الجيش الوطني of
    الجيش الوطني السوري: SY), else None."""
    mention_words, name_words = lexicon_key(mention).split(), lexicon_key(name).split()
    if len(name_words) != len(mention_words) + 1 or name_words[:-1] != mention_words:
        return None
    return nationality_countries().get(name_words[-1])


NATIONALITY_DESCRIBED_KINDS = frozenset({"armed_group", "organization", "media"})


def _known_actor_with_nationality(mention: str) -> dict | None:
    """حركة طالبان الأفغانية، حزب الله اللبناني: a known group, organisation or outlet with the nationality
    that describes it is that actor (a state body's nationality names another body: الجيش السوري)."""
    words = lexicon_key(mention).split()
    if len(words) < 2 or words[-1] not in nationality_countries():
        return None
    actor = link_actor(" ".join(words[:-1]))
    if actor is None or actor["kind"] not in NATIONALITY_DESCRIBED_KINDS:
        return None
    # الدفاع المدني السعودي is not الدفاع المدني السوري: the lexicon name's own nationality must agree
    own = _nationality_left_out(" ".join(words[:-1]), actor["name"])
    return actor if own is None or own == nationality_countries()[words[-1]] else None


def link_by_country(mention: str, countries: dict[str, int]) -> dict | None:
    """The lexicon actor of a mention. An alias that is a country's body without its nationality (الجيش
    الوطني) names that country's body only in an article about that country; in an article about
    another it names the body of that other country where the lexicon has one (الجيش الوطني اليمني),
    else no known actor. The article's country is the one it names most; on a tie the body's own."""
    actor = link_actor(mention)
    if actor is None:
        return None
    own = _nationality_left_out(mention, actor["name"])
    if own is None or not countries or countries.get(own, 0) == max(countries.values()):
        return actor
    country = max(countries, key=countries.__getitem__)
    for adjective, code in nationality_countries().items():
        if code == country and adjective.startswith("ال"):
            other = link_actor(f"{mention} {adjective}")
            if other is not None and other["name"] != actor["name"]:
                return other
    return None


def extract_actors(doc: Document) -> Document:
    resolver = _ActorResolver(doc)
    previous: tuple[Span, str] | None = None  # the last organisation span and the actor it went to
    countries = article_countries(doc)
    for span in (span for span in doc.entities if span.label in ("ORG", "PER")):
        actor = link_by_country(doc.normalized_text_of(span.start, span.end), countries)
        if actor is None and span.label == "ORG":
            actor = _known_actor_after_head(doc.normalized_text_of(span.start, span.end), countries) \
                or _known_actor_with_nationality(doc.normalized_text_of(span.start, span.end))
        shortened = None if actor is None else resolver.earlier_with_head(actor["kind"], actor["name"])
        if shortened is not None:
            name = shortened
            resolver.collector.add(name, {}, span)
        elif actor is not None:
            name = actor["name"]
            resolver.add(name, {"name_en": actor["name_en"], "kind": actor["kind"]}, span)
            if span.label == "ORG" and previous is not None and is_apposed_short_name(doc, previous[0], span):
                _description_joins_its_name(resolver, previous, name)
        elif span.label == "ORG" and previous is not None and is_apposed_short_name(doc, previous[0], span):
            name = previous[1]
            resolver.collector.add(name, {}, span)
            resolver.index_alias(span.text, name)  # later bare mentions of the short name join it too
        elif span.label == "PER":
            name = resolver.person(without_titles(doc, span))
        elif (joined := _state_actor_joined(doc, span, resolver)) is not None:
            name = joined
            resolver.collector.add(name, {}, span)
        else:
            name = resolver.organisation(with_place_worked_in(doc, span))
        previous = (span, name) if span.label == "ORG" else None
    _dateline_outlet(doc, resolver)
    _surname_mentions(doc, resolver)
    _elided_coordinations(doc, resolver)
    _bare_state_mentions(doc, resolver)
    _generic_coalition_joined(resolver)
    _common_word_aliases_alone(resolver)
    resolver.anaphors()
    _honorific_pronouns(resolver)
    _parts_before_full_names(resolver)
    doc.fields["actors"] = resolver.collector.result()
    return doc


def _description_joins_its_name(resolver: _ActorResolver, previous: tuple[Span, str], name: str) -> None:
    """وكالة الأنباء التركية "الأناضول": an organisation named only by a description, right before the
    quoted name of an actor the lexicon knows, is that actor (the description becomes its alias)."""
    described = previous[1]
    items = resolver.collector.items
    if described == name or described not in items or link_actor(described) is not None \
            or len(items[described].mentions) != 1 or resolver.kinds_by_name.get(described) != resolver.kinds_by_name.get(name):
        return
    items[name].mentions.extend(items.pop(described).mentions)
    resolver.collector.merge_starts(described, name)
    resolver.forget(described, name)
    resolver.index_alias(previous[0].text, name)


def without_titles(doc: Document, span: Span) -> Span:
    """المهندس الوهيبي، ركن سعيد الغامدي (after اللواء): a person span that starts with a title or an
    honorific, or with the word that completes a rank after a title, is the name after it (RECORD.md: a person's aliases are
    the name with and without title)."""
    first, last = doc.token_index_holding(span.start), doc.token_index_at(span.end) - 1
    index = first
    while index < last:
        token = doc.tokens[index]
        after_title = index > 0 and is_title_word(doc.tokens[index - 1])
        if not (is_title_word(token) or token.norm in word_set("person_honorific")
                or (after_title and token.norm in word_set("rank_complement"))) or _given_name_after_description(doc, index):
            break
        index += 1
    return span if index == first else doc.tokens_span(index, last, span.label)


def _given_name_after_description(doc: Document, index: int) -> bool:
    """المحلل السياسي أمين قمورية: a given name that is also a title (أمين، أمير) right after words that
    describe the person (words.person_descriptors, with a definite adjective) is the name's first word."""
    token = doc.tokens[index]
    if index == 0 or not is_given_name(token):
        return False
    previous = doc.tokens[index - 1]
    return previous.norm in person_descriptors() or (
        index > 1 and is_definite_adjective(previous) and doc.tokens[index - 2].norm in person_descriptors())


def with_place_worked_in(doc: Document, span: Span) -> Span:
    """بعثة الأمم المتحدة في ليبيا: a body named by a mission's head goes on with في and the place it
    works in; the place stays a place entity of its own."""
    index = doc.token_index_holding(span.start)
    if index == len(doc.tokens) or not any(stem in word_set("mission_head") for _, stem in doc.tokens[index].stems):
        return span
    place = next((entity for entity in doc.entities if entity.label == "LOC" and entity.start > span.end), None)
    if place is None or doc.text[span.end:place.start] != " في ":
        return span
    return doc.span(span.start, place.end, "ORG")


OPENING_MARKS = frozenset('"«(“')
CLOSING_MARKS = frozenset('"»)”')


def is_apposed_short_name(doc: Document, name: Span, short: Span) -> bool:
    """وكالة الأنباء الفلسطينية "وفا"، قوات سوريا الديمقراطية (قسد): a shorter name in quotation marks
    or brackets right after an organisation's name is that organisation's acronym or short name."""
    between = doc.text[name.end:short.start]
    after = doc.text[short.end:short.end + 2].lstrip()
    return (len(short.text.split()) < len(name.text.split()) and between.strip() in OPENING_MARKS
            and after[:1] in CLOSING_MARKS)


@lru_cache(maxsize=1)
def state_actor_words() -> dict[tuple[str, ...], tuple[str, frozenset[str]]]:
    """Normalized words of a bare state-actor phrase (السلطات، قوات الامن) -> its actor kind and the
    first words of the names it may join."""
    return {tuple(normalize_string(row["phrase"]).split()): (row["kind"], frozenset(normalize_string(row["joins"]).split()))
            for row in read_tsv("state_actor_words_ar.tsv")}


def _known_actor_after_head(mention: str, countries: dict[str, int]) -> dict | None:
    """منظمة الأمم المتحدة، حركة طالبان: an organisation head noun before a listed actor's alias names
    that actor (RECORD.md: one item per real-world actor)."""
    words = mention_key(mention).split()
    if len(words) < 2 or words[0] not in ORG_HEADS:
        return None
    return link_by_country(" ".join(words[1:]), countries)


def _state_actor_joined(doc: Document, span: Span, resolver: _ActorResolver) -> str | None:
    """القوات الحكومية read as a name by the NER after قوات النظام السوري: a bare state-actor phrase
    joins the article's first actor of its kind named like one, as a bare mention the NER left does."""
    words = tuple(lexicon_key(doc.normalized_text_of(span.start, span.end)).split())
    if words not in state_actor_words():
        return None
    kind, joins = state_actor_words()[words]
    known = [name for name, known_kind in resolver.kinds_by_name.items()
             if known_kind == kind and resolver._words[name][:1] and resolver._words[name][0] in joins]
    return min(known, key=resolver._order.__getitem__) if known else None


def _country_state_actor(phrase: tuple[str, ...], kind: str, countries: dict[str, int]) -> tuple[str, str | None] | None:
    """(name, name_en) of the state actor a bare phrase names in an article about one country: the
    lexicon's actor for the phrase with the country's nationality (الحكومة → الحكومة اليمنية), else the
    phrase with that nationality (الجيش → الجيش المغربي), else None when the article names no country."""
    if not countries:
        return None
    country = max(countries, key=countries.__getitem__)
    feminine = phrase[-1].endswith(("ه", "ات")) or phrase[0] in STATE_FEMININE_PLURALS
    adjectives = sorted(adjective for adjective, code in nationality_countries().items()
                        if code == country and adjective.startswith("ال") and adjective.endswith("يه" if feminine else "ي"))
    for adjective in adjectives:
        actor = link_actor(f"{' '.join(phrase)} {adjective}")
        if actor is not None and actor["kind"] == kind:
            return actor["name"], actor["name_en"]
    if not adjectives:
        return None
    written = [word[:-1] + "ة" if word.endswith("ه") else word for word in (*phrase, adjectives[0])]
    return " ".join(written), None


STATE_FEMININE_PLURALS = frozenset({"قوات"})


SEAT_PREPOSITION = "في"


def _seat_after(doc: Document, last: int, places: dict[int, int]) -> int | None:
    """السلطات في دمشق، الحكومة في طرابلس: the end of the place a government phrase names as its
    seat (the phrase and the place are one mention), else None."""
    if last + 2 >= len(doc.tokens) or doc.tokens[last + 1].norm != SEAT_PREPOSITION:
        return None
    return places.get(doc.tokens[last + 2].start)


def _after_title(tokens: list, index: int, stem: str) -> bool:
    """رئيس الحكومة، قائد الجيش: the phrase completes a title before it."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return is_title_word(before) or any(f"{reading} {stem}" in title_words() or reading in title_words()
                                        for _, reading in before.stems)


def _bare_state_mentions(doc: Document, resolver: _ActorResolver) -> None:
    """السلطات، الجيش، قوات الأمن with no country named: a mention of the article's government or
    armed forces (its first actor of that kind named like one: الحكومة المغربية, not وزارة
    الداخلية). Where no such actor is named, a bare government phrase (السلطات، الحكومة) is the
    government of the country the article names most (RECORD.md "State actors": السلطات in an article
    on Morocco is الحكومة المغربية), with the seat it is placed in (السلطات في دمشق); after a title
    (رئيس الحكومة) it is part of the title. A bare force (الجيش، قوات الأمن) alone makes no actor: the
    samples' gold leaves an unnamed army out."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]] = {}
    for words, (kind, joins) in state_actor_words().items():
        by_first_word.setdefault(words[0], []).append((words, kind, joins))
    tokens = doc.tokens
    positions = doc.stem_positions()
    countries = article_countries(doc)
    places = {span.start: span.end for span in doc.entities if span.label == "LOC"}
    found = sorted({(index, stem) for stem in by_first_word for index in positions.get(stem, ())})
    taken = doc.covered_tokens([(span.start, span.end) for span in doc.entities]) if found else set()
    for index, stem in found:
        token = tokens[index]
        if index in taken:
            continue
        offset = next(offset for offset, reading in token.stems if reading == stem)
        for words, kind, joins in by_first_word[stem]:
            last = index + len(words) - 1
            if last >= len(tokens) or any(tokens[index + step].norm != word for step, word in enumerate(words[1:], 1)) \
                    or any(position in taken for position in range(index, last + 1)):
                continue
            if last + 1 < len(tokens) and is_definite_adjective(tokens[last + 1]):
                continue  # الحكومة المنتخبة، الجيش الحر: an adjective the NER did not read as a name
            known = [name for name, known_kind in resolver.kinds_by_name.items()
                     if known_kind == kind and resolver._words[name][:1] and resolver._words[name][0] in joins]
            start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            if known:
                resolver.collector.add(min(known, key=resolver._order.__getitem__), {}, doc.span(start, tokens[last].end))
            elif kind == "government" and not _after_title(tokens, index, stem) \
                    and (named := _country_state_actor(words, kind, countries)) is not None:
                end = _seat_after(doc, last, places) or tokens[last].end
                resolver.add(named[0], {"name_en": named[1], "kind": kind}, doc.span(start, end))
            break


GENERIC_COALITION = "التحالف"
INTERNATIONAL_WORD = "الدولي"


def _generic_coalition_joined(resolver: _ActorResolver) -> None:
    """التحالف، قوات التحالف، طيران التحالف in an article that names one other coalition (التحالف
    العربي): the bare word is that coalition, not the lexicon's default reading (the international
    one), unless a mention says الدولي."""
    generic = link_actor(GENERIC_COALITION)
    items = resolver.collector.items
    if generic is None or generic["name"] not in items:
        return
    others = [name for name, kind in resolver.kinds_by_name.items() if kind == "coalition" and name != generic["name"]]
    mentions = items[generic["name"]].mentions
    if len(others) != 1 or any(INTERNATIONAL_WORD in lexicon_key(mention.text).split() for mention in mentions):
        return
    for mention in mentions:
        resolver.collector.add(others[0], {}, Span(mention.start, mention.end, mention.text, "ORG"))
    del items[generic["name"]]
    del resolver.kinds_by_name[generic["name"]]


def _common_word_aliases_alone(resolver: _ActorResolver) -> None:
    """حجم الحشد، لنصرة الشعب، الحلفاء الأوروبيون: an alias that is also a common noun (word set
    common_word_alias) names the actor only in an article that names it another way too (الحشد after
    الحشد الشعبي); alone it is the common noun. After a demonstrative or before a definite adjective
    (هذه القاعدة، القاعدة الجوية، الحشد العسكري) such a word, القاعدة too, is the common noun anyway,
    and after a place head the name of a place (مدينة القاعدة)."""
    common = word_set("common_word_alias")
    common_in_context = common | word_set("common_word_alias_in_context")
    doc, items = resolver.doc, resolver.collector.items
    for name in list(items):
        item = items[name]
        item.mentions = [mention for mention in item.mentions
                         if not (_bare_word(lexicon_key(mention.text)) in common_in_context
                                 and _read_as_the_common_noun(doc, mention))]
        if not item.mentions or all(_bare_word(lexicon_key(mention.text)) in common for mention in item.mentions):
            del items[name]
            del resolver.kinds_by_name[name]


def _read_as_the_common_noun(doc: Document, mention: Span) -> bool:
    before, after = doc.tokens_before(mention.start, 1), doc.token_index_at(mention.end)
    # مدينة القاعدة: after a place head the word names a town
    return bool(before) and (before[0].norm in word_set("demonstrative") or before[0].norm in place_heads()) \
        or after < len(doc.tokens) and doc.tokens[after].sentence == doc.tokens[after - 1].sentence \
        and is_definite_adjective(doc.tokens[after])


HONORIFIC_TITLE_REACH = 3  # صاحب السمو الملكي الأمير فلان: the title within the three words before the name


def _honorific_pronouns(resolver: _ActorResolver) -> None:
    """رفع صاحب السمو الأمير فلان شكره للملك … وقال سموه: an honorific with the pronoun (سموه، معاليه،
    فخامته) is the first person named with a title of rank (الأمير، الوزير، الرئيس …, word set
    honorific_title) in the nearest sentence before it that names one: that sentence's subject, not
    whoever it named last."""
    doc, items, kinds = resolver.doc, resolver.collector.items, resolver.kinds_by_name
    titles = word_set("honorific_title")
    first_by_sentence: dict[int, tuple[int, str]] = {}
    for name, item in items.items():
        if kinds.get(name) != "person":
            continue
        for mention in item.mentions:
            if any(stem in titles for token in doc.tokens_before(mention.start, HONORIFIC_TITLE_REACH)
                   for _, stem in token.stems):
                sentence = doc.tokens[doc.token_index_holding(mention.start)].sentence
                first_by_sentence[sentence] = min(first_by_sentence.get(sentence, (mention.start, name)), (mention.start, name))
    sentences = sorted(first_by_sentence)
    for index in doc.tokens_with_stem("actors:honorific_pronouns", word_set("honorific_pronoun")):
        token = doc.tokens[index]
        earlier = [sentence for sentence in sentences if sentence < token.sentence]
        if not earlier:
            continue
        offset = next(offset for offset, stem in token.stems if stem in word_set("honorific_pronoun"))
        start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
        resolver.collector.add(first_by_sentence[earlier[-1]][1], {}, doc.span(start, token.end))


def _bare_word(key: str) -> str:
    """والقاعده → القاعده، للحشد → الحشد، وزاره → الوزاره: a one-word key without its conjunction and
    preposition, with the article."""
    if " " in key:
        return key
    definite = ("ال", "لل", "بال")
    key = key[1:] if key[:1] in "وف" and key[1:].startswith(definite) else key  # وزاره keeps its و
    if not key.startswith(definite):
        return "ال" + key
    if key.startswith("لل"):
        return "ا" + key[1:]
    return key[1:] if key[:1] == "ب" and key[1:3] == "ال" else key


DATELINE_DASHES = "-–—"
DATELINE_MAX_CHARS = 60  # a dateline is a short first line: outlet, place, reporter
OUTLET_MAX_WORDS = 3


def _arabic_words_span(doc: Document, start: int, end: int) -> Span | None:
    """The span of the Arabic words between `start` and `end` (Latin words and spaces left out), or None
    when there are none, more than OUTLET_MAX_WORDS, or a digit among them."""
    tokens = [token for token in doc.tokens if start <= token.start and token.end <= end]
    words = [token for token in tokens if token.kind == "arabic"]
    if not words or len(words) > OUTLET_MAX_WORDS or any(token.kind == "number" for token in tokens):
        return None
    return doc.span(words[0].start, words[-1].end)


def _dateline_outlet(doc: Document, resolver: _ActorResolver) -> None:
    """سبق- الرياض:، عين اليوم – نجران، فهد العتيبي - سبق الطائف، سلوى المدني – عين اليوم: in a first line
    that is a dateline, the words beside the dash that are neither the place nor the reporter are the
    outlet (a media actor; RECORD.md counts media outlets)."""
    text = doc.text
    begin = len(text) - len(text.lstrip())
    line_end = min(position for position in (text.find("\n", begin), text.find(":", begin), len(text)) if position >= 0)
    dash = next((position for position in range(begin, min(line_end, begin + DATELINE_MAX_CHARS)) if text[position] in DATELINE_DASHES), None)
    if dash is None:
        return
    right_end = min(line_end, dash + 1 + DATELINE_MAX_CHARS)
    inside = [span for span in doc.entities if begin <= span.start and span.end <= right_end]
    places = [span for span in inside if span.label == "LOC"]
    persons = [span for span in inside if span.label == "PER"]
    if any(span.label == "ORG" for span in inside):
        return  # the NER named the outlet already
    left, right = (begin, dash), (dash + 1, right_end)
    left_person = any(left[0] <= span.start and span.end <= left[1] for span in persons)
    right_places = [span for span in places if right[0] <= span.start]
    if right_places and not left_person:
        outlet = _arabic_words_span(doc, *left)  # عين اليوم – نجران
    elif right_places and left_person:
        outlet = _arabic_words_span(doc, right[0], right_places[0].start)  # فهد العتيبي - سبق الطائف
    elif left_person and not places and right_end == line_end and line_end < len(text) and text[line_end] == "\n":
        outlet = _arabic_words_span(doc, *right)  # سلوى المدني – عين اليوم
    else:
        outlet = None
    if outlet is not None and normalize_string(outlet.text) in word_set("dateline_marker"):
        return  # عاجل - الرياض: a marker of the kind of news, not its outlet
    if outlet is not None and not any(span.start < outlet.end and outlet.start < span.end for span in inside):
        resolver.add(outlet.text, {"name_en": None, "kind": "media"}, outlet)


def _surname_mentions(doc: Document, resolver: _ActorResolver) -> None:
    """A known person's last name standing alone later in the text (كيري after جون كيري)."""
    surnames = {}
    for name, kind in resolver.kinds_by_name.items():
        words = lexicon_key(name).split()
        # not الله of نصر الله, الدين of صلاح الدين (half a name alone), nor the father's or grandfather's
        # name after بن (سلطان بن فهد بن عبدالله: a later عبدالله is another man)
        if kind == "person" and len(words) >= 2 and words[-1] not in name_compounds() \
                and not (len(words) >= 3 and words[-2] in word_set("nasab")):  # بن بلقاسم keeps its family name
            surnames[words[-1]] = name
    taken = doc.covered_tokens([(span.start, span.end) for span in doc.entities])
    # and the token a lineage starts inside, after its proclitic (و[سعود بن سعد]): a full name of its own
    nasab = word_set("nasab")
    taken |= {holding for span in doc.entities
              if (holding := doc.token_index_holding(span.start)) + 1 < len(doc.tokens)
              and span.end > doc.tokens[holding].end and doc.tokens[holding + 1].norm in nasab}
    positions = doc.stem_positions()
    for index in sorted({position for stem in surnames.keys() & positions.keys() for position in positions[stem]}):
        if index in taken:
            continue
        token = doc.tokens[index]
        if token.text.endswith("ى") and any(stem in MAQSURA_FUNCTION_WORDS for _, stem in token.stems):
            continue  # قصفها على الحوثيين: the preposition على, normalized as the family name علي
        for offset, stem in token.stems:
            if stem in surnames:
                start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
                resolver.collector.add(surnames[stem], {}, doc.span(start, token.end))
                break


MAX_SPLIT_GAP_TOKENS = 1  # الباجي قائد السبسي: the NER split the name at one common word (قائد)


def _parts_before_full_names(resolver: _ActorResolver) -> None:
    """الباجي قائد السبسي read as two persons, الباجي and السبسي, before the article names الباجي قايد
    السبسي whole: parts of one later full name (its first or last words, in order) that the NER split
    (every mention of each stands a word or so from a mention of another part) are that person. Parts
    named apart (تحدث سامي ثم تحدث نادر … سامي نادر) stay apart, as do parts two fuller names could hold."""
    doc, items, kinds = resolver.doc, resolver.collector.items, resolver.kinds_by_name
    persons = [name for name in items if kinds.get(name) == "person"]
    sounds = {name: [foreign_sound(word) for word in resolver._words.get(name, ())] for name in persons}
    owners: dict[str, str] = {}
    for part in persons:
        fuller = [name for name in persons if name != part and len(sounds[name]) > len(sounds[part])
                  and same_person(sounds[part], sounds[name])]
        if len(fuller) == 1 and items[fuller[0]].mentions[0].start > items[part].mentions[0].start:
            owners[part] = fuller[0]

    def token_range(mention) -> tuple[int, int]:
        return doc.token_index_holding(mention.start), doc.token_index_at(mention.end) - 1

    def split_mention(part: str, mention) -> bool:
        first, last = token_range(mention)
        return any(other != part and owner == owners[part] and any(
            0 < token_range(neighbour)[0] - last <= MAX_SPLIT_GAP_TOKENS + 1
            or 0 < first - token_range(neighbour)[1] <= MAX_SPLIT_GAP_TOKENS + 1
            for neighbour in items[other].mentions) for other, owner in owners.items())

    split = [part for part in owners if all(split_mention(part, mention) for mention in items[part].mentions)]
    for part in split:
        items[owners[part]].mentions.extend(items.pop(part).mentions)
        resolver.collector.merge_starts(part, owners[part])
        del kinds[part]


def _elided_coordinations(doc: Document, resolver: _ActorResolver) -> None:
    """القوات العراقية والأمريكية: the second adjective names a second actor (القوات الأمريكية)."""
    for span in doc.entities:
        words = lexicon_key(doc.normalized_text_of(span.start, span.end)).split()
        if span.label != "ORG" or len(words) != 2:
            continue
        index = doc.token_index_at(span.end)
        following = doc.tokens[index:index + 1]
        if not following or following[0].start - span.end > 1 or not following[0].norm.startswith("وال"):
            continue
        actor = actor_index().get(f"{words[0]} {following[0].norm[1:]}")
        if actor is not None:
            start = doc.normalized.to_original(following[0].norm_start + 1, following[0].norm_end)[0]
            resolver.add(actor["name"], {"name_en": actor["name_en"], "kind": actor["kind"]},
                         doc.span(start, following[0].end))


@register("actors", requires=("entities",), provides=("actors",))
def make_actors():
    """Component: the `actors` field."""
    return extract_actors
