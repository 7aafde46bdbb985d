"""Events: who did what to whom, where, when, how many, with what, according to whom (RECORD.md §4.2).

Triggers (extract/data/event_triggers_ar.tsv) are verbs and nouns typed into the ten classes; their
inflected forms are generated here and compiled into one trie-shaped regular expression, so a
document is scanned for triggers in C and Python only looks at the few tokens that matched.
Arguments come from the trigger's clause and its stretch of the sentence (up to the next trigger):
- actor: an agent phrase (من قبل، على يد X), the subject of an active verb (قصفت الطائرات الروسية،
  داعش استخدم), the genitive of an attack noun (هجوم داعش), the subject of a light verb before a
  noun (شنت طائرات التحالف غارة), the one who claims it (تبنى), the accused (اتهم X Y بـ...);
- target: the على/ضد phrase, the object of the verb, the genitive of an arrest or killing noun, a
  description of people (مدنيين، ناشطين);
- places, agents, the nearest resolvable date, times (52 مرة) and casualties from the other fields;
- modality from negation and denial (denied), accusation and مزعوم (alleged), threats (threatened)
  and hedges (possible); a trigger in a conditional (إذا، لو) is no reported event;
- source: the speaker of the quote it stands in, a بحسب phrase, the accuser or the denier.
A killing trigger in the sentence of another violent event, or after أسفر/أدى, gives that event's
casualties instead of an event of its own; mentions of one event in an article are merged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from extract.document import Document, Token
from extract.items import Amount, Count, Date, EventDate, EventItem, Quote
from extract.items import Mention as ItemMention
from extract.lexicons import cached_derived, compiled_regex, per_million, read_tsv, word_frequencies
from extract.normalize import normalize_string
from extract.registry import register
from extract.words import (CLITIC_STEM_MIN_PER_MILLION, has_preposition, is_definite_adjective, is_function_word, is_sport_article,
                           is_title_word, nationality_countries, title_words, word_set)

EVENT_TYPES = ("chemical_attack", "airstrike", "shelling", "bombing", "armed_clash", "attack", "killing",
               "arrest", "protest", "displacement")
VIOLENT_TYPES = frozenset({"chemical_attack", "airstrike", "shelling", "bombing", "armed_clash", "attack", "killing"})
# Retyping refines these; a clash or an arrest stays what it is.
REFINABLE_TYPES = frozenset({"attack", "shelling", "bombing", "airstrike", "killing"})
CHEMICAL_REFINABLE = VIOLENT_TYPES - {"armed_clash"}
# The genitive of these nouns is who suffers it (اعتقال الناشطين), not who does it.
GENITIVE_IS_TARGET = frozenset({"arrest", "killing", "displacement"})
CASUALTY_TRIGGERS = word_set("casualty_trigger")
CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ":", "(", ")", "«", "»"})
NOUN_PREFIXES = ("ال", "لل")
PREPOSITION_CLITICS = frozenset("بلك")
VERB_WINDOW = 3  # tokens between a verb and its subject
OBJECT_STARTERS = word_set("object_starter")
SPEAKER_PRONOUNS = word_set("speaker_pronoun")
# A generic verb right beside a specific trigger is that trigger's predicate (غارات استهدفت سوقا،
# استهدفت غارة سيارة): one event.
PREDICATE_LEMMAS = word_set("predicate_lemma")
PREDICATE_GAP = 3
PARTICIPANT = "participant"  # متظاهرين: a protest took place, whatever else the sentence says
KILLING_COUNT_REACH = 4
ATTACK_NOUN_GAP = 5  # استخدم غاز الخردل في 3 هجمات
RETYPE_BEFORE, RETYPE_AFTER, CHEMICAL_WINDOW = 4, 2, 6
LIGHT_VERB_WINDOW = 6
MODALITY_PRIORITY = {"denied": 4, "alleged": 3, "threatened": 2, "possible": 1, "asserted": 0}
KILLED_CUES = word_set("killed_cue")
INJURED_CUES = word_set("injured_cue")
TOLL_HEADS = word_set("toll_head")
DUAL_PERSON_NOUNS = word_set("dual_person")
CUMULATIVE = word_set("cumulative")
SINCE_WORDS = frozenset({"منذ"})
TIMES_UNITS = word_set("times_unit")
ADVERB_ACCUSATIVES = word_set("adverb_accusative")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str  # verb or noun
    type: str
    needs: str
    possessive: bool = False  # غاراته، هجماتها: the actor is the pronoun's antecedent


POSSESSIVE_ENDINGS = ("ه", "ها", "هم")


# --- the trigger lexicon: generated forms, one regular expression ---

def verb_forms(perfect: str, imperfect: str) -> set[str]:
    """Inflections of a verb from its perfect and imperfect (3rd person) stems."""
    forms = {perfect + ending for ending in ("", "ت", "تا", "ا", "وا", "ن", "نا", "تم")}
    forms |= {perfect + ending for ending in ("ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "وهم")}
    core = imperfect[1:] if imperfect[:1] in "يتنا" else imperfect
    for prefix in ("ي", "ت", "ن", "ا"):
        for ending in ("", "ون", "ان", "ن", "ين", "وا", "ا", "ه", "ها", "هم"):
            forms.add(prefix + core + ending)
            if prefix != "ا":
                forms.add("س" + prefix + core + ending)
    return forms


def noun_forms(singular: str, plurals: list[str]) -> set[str]:
    """A noun with the article (ال، لل), the dual, tanwin alif and pronoun suffixes; its plurals likewise.

    A two-word noun (ضربة جوية) inflects its head; the article goes on both words."""
    head, _, rest = singular.partition(" ")
    stem = head[:-1] + "ت" if head.endswith("ه") else head
    forms = _with_article({head, head + "ا", stem + "ان", stem + "ين"}, rest)
    if not rest and not head.startswith("ال"):  # القبض takes no pronoun: القبضة is a grip
        forms |= {stem + ending for ending in POSSESSIVE_ENDINGS}
    for plural in plurals:
        plural_head, _, plural_rest = plural.partition(" ")
        forms |= _with_article({plural_head}, plural_rest)
        if not plural_rest:
            forms |= {plural_head + ending for ending in POSSESSIVE_ENDINGS}
    return forms


def _with_article(heads: set[str], rest: str) -> set[str]:
    forms = {(word + " " + rest).strip() for word in heads}
    for word in heads:
        if not word.startswith("ال"):
            definite_rest = ("ال" + rest) if rest else ""
            forms.add(("ال" + word + " " + definite_rest).strip())
            forms.add(("لل" + word + " " + definite_rest).strip())
    return forms


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[str, TriggerEntry]:
    """Normalized surface form -> its trigger entry (a verb reading wins over a noun reading)."""
    lexicon: dict[str, TriggerEntry] = {}
    for row in read_tsv("event_triggers_ar.tsv"):
        parts = [normalize_string(part) for part in row["forms"].split("|")]
        entry = TriggerEntry(parts[0], "verb" if row["pos"] == "form" else row["pos"], row["type"], row["needs"])
        if row["pos"] == "verb":
            forms = verb_forms(parts[0], parts[1] if len(parts) > 1 else "ي" + parts[0])
        elif row["pos"] == "form":
            forms = set(parts)
        else:
            forms = noun_forms(parts[0], parts[1:])
        plain = noun_forms(parts[0], parts[1:]) - _suffixed(parts) if row["pos"] == "noun" else forms
        for form in forms:
            if form not in lexicon or (entry.pos == "verb" and lexicon[form].pos != "verb"):
                lexicon[form] = entry if form in plain else replace(entry, possessive=True)
    return lexicon


def _suffixed(parts: list[str]) -> set[str]:
    """The possessive forms of a noun and its plurals (غارته، غاراتها)."""
    suffixed: set[str] = set()
    for word in parts:
        if " " not in word:
            stem = word[:-1] + "ت" if word.endswith("ه") else word
            suffixed |= {stem + ending for ending in POSSESSIVE_ENDINGS}
    return suffixed


@lru_cache(maxsize=1)
def noun_readings() -> dict[str, TriggerEntry]:
    """Forms that are also nouns (قصف، قتل): read as nouns after a preposition or the article."""
    readings: dict[str, TriggerEntry] = {}
    for row in read_tsv("event_triggers_ar.tsv"):
        if row["pos"] == "noun":
            parts = [normalize_string(part) for part in row["forms"].split("|")]
            for form in noun_forms(parts[0], parts[1:]):
                readings[form] = TriggerEntry(parts[0], "noun", row["type"], row["needs"])
    return readings


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly `words`, shaped as a trie so it runs in linear time."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def trigger_regex() -> re.Pattern:
    words = sorted(form.replace(" ", "\0") for form in trigger_lexicon())  # the trie does not depend on the order
    # Building the trie of the 3,700 forms was a twentieth of a one-file run's start-up.
    body = cached_derived("trigger-trie", lambda: trie_pattern(words))
    body = body.replace("\0", r"\s+").replace(re.escape("\0"), r"\s+")
    return compiled_regex(rf"(?<![\u0621-\u064a])(?P<clitic>[وف]?[بلك]?)(?P<core>{body})(?![\u0621-\u064a])")


# --- cue words ---

@lru_cache(maxsize=1)
def event_cues() -> dict[str, dict[tuple[str, ...], str]]:
    """First normalized word -> {whole phrase: role}."""
    return cached_derived("event-cues", _read_event_cues)


def _read_event_cues() -> dict[str, dict[tuple[str, ...], str]]:
    cues: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_tsv("event_cues_ar.tsv"):
        words = tuple(normalize_string(row["phrase"]).split())
        cues.setdefault(words[0], {})[words] = row["role"]
    return cues


@lru_cache(maxsize=1)
def _cues_longest_first() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """event_cues' phrases of each first word, longest first (ties in file order)."""
    return {first: sorted(cues.items(), key=lambda item: -len(item[0])) for first, cues in event_cues().items()}


@lru_cache(maxsize=1)
def _cue_index() -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]]:
    """One-word cues by their word, longer ones by their first two words, longest first: the token
    after a cue's first word picks the few phrases worth reading on."""
    single: dict[str, tuple[str, ...]] = {}
    by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for first, phrases in _cues_longest_first().items():
        for words, role in phrases:
            if len(words) == 1:
                single.setdefault(first, (words, role))
            else:
                by_two.setdefault(words[:2], []).append((words, role))
    return single, by_two


def cue_at(doc: Document, index: int) -> tuple[str, int] | None:
    """(role, last token index) of a cue phrase starting at token `index` (its first word may carry و/ف)."""
    tokens = doc.tokens
    single, by_two = _cue_index()
    second = tokens[index + 1].norm if index + 1 < len(tokens) else None
    for _, stem in tokens[index].stems[:2]:
        for words, role in by_two.get((stem, second), ()) if second is not None else ():
            last = index + len(words) - 1
            if last < len(tokens) and all(tokens[index + k].norm == words[k] for k in range(2, len(words))):
                return role, last
        if stem in single:
            return single[stem][1], index
    return None


def document_cues(doc: Document) -> dict[int, tuple[str, int]]:
    """Token index -> cue_at's (role, last token) for every cue phrase of the document, read once at
    the tokens whose stem starts one: the rules ask for the cue or role of hundreds of tokens
    around each trigger. Kept with the document for its tokens."""
    cached = doc.scan_cache.get("events:cues")
    if cached is None or cached[0] is not doc.tokens:
        cues = {index: cue_at(doc, index) for index in doc.tokens_with_stem("events:cue_starts", event_cues().keys())}
        cached = doc.scan_cache["events:cues"] = (doc.tokens, {index: found for index, found in cues.items()
                                                              if found is not None})
    return cached[1]


# --- mentions of the other fields, by token ---

@dataclass(frozen=True)
class Mention:
    first: int
    last: int
    start: int
    end: int
    name: str
    clitic: str  # the text between the token start and the mention (ب in بالقوات)
    kind: str = ""  # the item's kind (person, military, city ...)


def field_mentions(doc: Document, field_name: str) -> list[Mention]:
    mentions = []
    for item in doc.fields.get(field_name, []):
        for mention in item.mentions:
            first = _token_at(doc, mention.start)
            last = _token_at(doc, max(mention.end - 1, mention.start))
            if first is None or last is None:
                continue
            clitic = doc.text[doc.tokens[first].start:mention.start]
            mentions.append(Mention(first, last, mention.start, mention.end, item.name, clitic,
                                    getattr(item, "kind", None) or ""))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def _token_at(doc: Document, offset: int) -> int | None:
    index = doc.token_index_at(offset)
    if index < len(doc.tokens) and doc.tokens[index].start <= offset < doc.tokens[index].end:
        return index
    if index > 0 and doc.tokens[index - 1].start <= offset < doc.tokens[index - 1].end:
        return index - 1
    return None


@dataclass
class Event:
    type: str
    trigger: int  # token index
    trigger_start: int
    trigger_end: int
    pos: str
    lemma: str
    sentence: int
    definite: bool
    possessive: bool = False
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: EventDate | None = None
    times: Amount | None = None
    killed: Amount | None = None
    injured: Amount | None = None
    modality: str = "asserted"
    source: str | None = None
    actor_text: str | None = None  # the perpetrator as written, named or not (مسلحون مقنعون)
    # الهجوم الدامي، اشتباكات عنيفة: the words after a noun that takes no genitive describe the event;
    # the merging rules still read them as what follows the trigger, the record leaves them out
    actor_text_describes: bool = False
    target_text: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    trigger_first: int | None = None  # a predicate verb folded in before the trigger
    folded: bool = False  # another trigger beside it was folded in (غارات استهدفت)
    date_inherited: bool = False  # the date comes from an earlier sentence, not the event's own
    date_of_report: bool = False  # ذكرت الشرطة أمس أنه ...: the day it was told, maybe not the day it happened
    conjoined: bool = False  # written with و/ف (واستهدف): it opens a clause of its own
    separate: bool = False  # told as another incident (في حادث منفصل): never merged into an earlier one
    pointed: bool = False  # after a demonstrative (هذا الهجوم): the event already told, whatever it adds
    deed: bool = False  # a killing undertaken (أقدم المسلحون على قتل): its own event, never another's toll
    aim: bool = False  # احتجاجا على: an indefinite accusative masdar, the aim of an action, not an action told
    plural: bool = False  # a noun trigger in a plural form (هجمات، الغارات): a series, not one event
    kind_told: bool = False  # a word beside the trigger says by what (مدفعي، جوي، بعبوة): its type is not a default
    latest_sentence: int = -1  # once merged: the sentence of its latest mention
    # في البلدة: the town its kind noun points back to; given only after merging, as a mention that
    # points back still joins the event told before
    anaphoric_place: str | None = None

    @property
    def own_date(self) -> EventDate | None:
        return None if self.date_inherited else self.date

    @property
    def firm_date(self) -> EventDate | None:
        """The event's own date when the text ties it to the event, not only to its report."""
        return None if self.date_inherited or self.date_of_report else self.date

    @property
    def first_token(self) -> int:
        return self.trigger if self.trigger_first is None else min(self.trigger_first, self.trigger)

    def item(self, doc: Document) -> EventItem:
        return EventItem(self.type, doc.span(self.trigger_start, self.trigger_end), self.actors, self.targets,
                         self.agents, self.places, self.date, self.times, self.killed, self.injured, self.modality,
                         self.source, None if self.actor_text_describes else self.actor_text, self.target_text,
                         [ItemMention(doc.text[start:end], start, end) for start, end in self.mentions])


class _SentenceBounds(dict):
    """Sentence index -> (first, last) token index, found by bisection when first asked for, so
    that no per-token loop runs over documents with few triggers."""

    def __init__(self, doc: Document):
        super().__init__()
        self.doc = doc

    def __missing__(self, sentence: int) -> tuple[int, int]:
        tokens = self.doc.tokens
        span = self.doc.sentences[sentence]
        first = self.doc.token_index_at(span.start)
        last = max(first, self.doc.token_index_at(span.end) - 1)
        while first > 0 and tokens[first - 1].sentence == sentence:
            first -= 1
        while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
            last += 1
        while last > first and tokens[last].sentence != sentence:
            last -= 1
        self[sentence] = (first, last)
        return first, last


class EventContext:
    """One document's tokens, cues and field mentions, looked up by token index."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.actors = field_mentions(doc, "actors")
        self.places = field_mentions(doc, "places")
        self.agents = field_mentions(doc, "agents")
        self.actor_starts = [mention.first for mention in self.actors]
        self._cues = document_cues(doc)
        self._roles = {index: found[0] for index, found in self._cues.items()}
        # Role -> its token indices in order: whether a stretch holds a role is two bisections,
        # not a look-up per token of the stretch.
        self._role_positions: dict[str, list[int]] = {}
        for index in sorted(self._roles):
            self._role_positions.setdefault(self._roles[index], []).append(index)
        self.trigger_tokens: set[int] = set()
        self.violent_tokens: set[int] = set()  # triggers of violence that need no context themselves
        self.date_tokens: set[int] = set()
        self.count_tokens: set[int] = set()
        self.sentence_bounds = _SentenceBounds(doc)
        self.count_positions: list[tuple[int, int, Count]] | None = None
        self.count_keys: list[int] = []
        self.events_by_sentence: tuple[list[Event], dict[int, list[Event]]] | None = None
        self._clauses: dict[int, tuple[int, int]] = {}  # the rules ask for a trigger's clause again and again

    def cue(self, index: int) -> tuple[str, int] | None:
        """(role, last token index) of the cue phrase that starts at token `index`, or None."""
        return self._cues.get(index)

    def role(self, index: int) -> str | None:
        return self._roles.get(index)

    def first_with_role(self, role: str, stretch: range) -> int | None:
        """The first token index of `stretch` (a range with step 1) whose role is `role`, or None."""
        positions = self._role_positions.get(role)
        if not positions:
            return None
        at = bisect_left(positions, stretch.start)
        return positions[at] if at < len(positions) and positions[at] < stretch.stop else None

    def role_in(self, role: str, stretch: range) -> bool:
        """Whether a token of `stretch` (a range with step 1) has the role `role`."""
        return self.first_with_role(role, stretch) is not None

    def clause(self, index: int) -> tuple[int, int]:
        """Token range [first, last] of the clause around token `index` (inside its sentence)."""
        found = self._clauses.get(index)
        if found is None:
            found = self._clauses[index] = self._clause(index)
        return found

    def _clause(self, index: int) -> tuple[int, int]:
        first, last = self.sentence_bounds[self.doc.tokens[index].sentence]
        left = index
        while left > first and self.doc.tokens[left - 1].norm not in CLAUSE_BREAKS:
            left -= 1
        right = index
        while right < last and self.doc.tokens[right + 1].norm not in CLAUSE_BREAKS:
            right += 1
        return left, right

    def actor_from(self, first: int, last: int, allow_clitic: bool = False) -> Mention | None:
        """The first actor mention starting in tokens [first, last]."""
        position = bisect_right(self.actor_starts, first - 1)
        while position < len(self.actors) and self.actors[position].first <= last:
            mention = self.actors[position]
            if allow_clitic or not any(char in PREPOSITION_CLITICS for char in mention.clitic):
                return mention
            position += 1
        return None

    def _behind_preposition(self, mention: Mention) -> bool:
        """بالحركة، للحركة: a preposition's clitic before the mention, or inside it where the mention
        holds the whole word (an anaphor found on its لل form)."""
        return any(char in PREPOSITION_CLITICS for char in mention.clitic) \
            or self.doc.text[mention.start:mention.end].startswith(("لل", "بال"))

    def actor_ending(self, first: int, last: int, unprepositioned: bool = False) -> Mention | None:
        """The last actor mention ending in tokens [first, last]; with `unprepositioned`, the last not
        behind a preposition's clitic (مواقع للحركة names whose positions, not who acts)."""
        found = None
        for mention in self.actors:
            if mention.first > last:
                break
            if first <= mention.last <= last and mention.first >= first \
                    and not (unprepositioned and self._behind_preposition(mention)):
                found = mention
        return found


# --- finding triggers ---

def find_triggers(doc: Document, context: EventContext) -> list[Event]:
    assert doc.normalized is not None
    normalized = doc.normalized.text
    covered = _covered_by_names(context)
    # اغتيل كرامي read as one name: a trigger verb is no first name, the event stands.
    name_starts = {mention.first for mention in context.actors if mention.first < mention.last}
    covered |= doc.covered_tokens([(date.start, date.end) for date in doc.fields.get("dates", [])])  # فجر الثلاثاء
    events = []
    for match in trigger_regex().finditer(normalized):
        index = doc.token_index_at(doc.normalized.starts[match.start()])
        if index >= len(doc.tokens) or doc.tokens[index].norm_start != match.start():
            continue
        core, clitic = match.group("core"), match.group("clitic")
        core_key = " ".join(core.split())
        entry = _reading(doc, index, core_key, clitic)
        if entry is None or index in covered and not (index in name_starts and entry.pos == "verb"):
            continue
        last = index + core_key.count(" ")
        start = doc.normalized.to_original(match.start("core"), match.end("core"))[0]
        end = doc.tokens[min(last, len(doc.tokens) - 1)].end
        definite = core_key.startswith(NOUN_PREFIXES)
        events.append(Event(entry.type, index, start, end, entry.pos, entry.lemma, doc.tokens[index].sentence,
                            definite, entry.possessive, mentions=[(start, end)], conjoined=clitic[:1] in ("و", "ف")))
    events.extend(_split_shootings(doc, covered, {event.trigger for event in events}))
    events.sort(key=lambda event: event.trigger)
    return events


FIRE_VERB_STEMS = ("اطلق", "يطلق", "تطلق", "فتح", "يفتح", "تفتح")
FIRE_OBJECTS = frozenset({"النار", "الرصاص", "النيران", "نار", "رصاص", "نيران"})  # فتحت القوات نيران رشاشاتها
FIRE_REACH = 4  # أطلق مسلحون مجهولون النار


def _split_shootings(doc: Document, covered: set[int], taken: set[int]) -> list[Event]:
    """أطلق مسلحون النار، فتح جندي النار: a shooting whose verb and object stand apart (the subject
    between them), as a verbal trigger on the verb. Looked for from the object back, objects being rare."""
    found: dict[int, Event] = {}
    for position in doc.tokens_with_stem("events:fire_objects", FIRE_OBJECTS):
        token = doc.tokens[position]
        if token.norm not in FIRE_OBJECTS:
            continue  # النار behind a clitic (بالنار) is no object of the verb
        for index in range(position - 2, max(-1, position - FIRE_REACH - 1), -1):
            verb = doc.tokens[index]
            if verb.sentence != token.sentence or verb.norm in CLAUSE_BREAKS:
                break
            bare = verb.norm[1:] if verb.norm[:1] in "وف" and verb.norm[1:] in fire_verb_forms() else verb.norm
            if bare in fire_verb_forms() and index not in taken and index not in covered and index not in found:
                start = verb.start + (1 if bare != verb.norm else 0)
                found[index] = Event("attack", index, start, verb.end, "verb", "اطلق", verb.sentence, False,
                                     mentions=[(start, verb.end)])
                break
    return list(found.values())


@lru_cache(maxsize=1)
def fire_verb_forms() -> frozenset[str]:
    return frozenset(stem + ending for stem in FIRE_VERB_STEMS for ending in ("", "ت", "وا", "ون"))


def _role_of(doc: Document, index: int) -> str | None:
    found = document_cues(doc).get(index)
    return found[0] if found else None


def _covered_by_names(context: EventContext) -> set[int]:
    covered: set[int] = set()
    for mention in (*context.actors, *context.places, *context.agents):
        covered.update(range(mention.first, mention.last + 1))
    return covered


# Words after which a verb-or-noun form is the masdar: prepositions, and على (أقدم المسلح على قتل
# الصحفي: the name after قتل is whom he killed, not who killed). على is matched as written, with its
# alif maqsura: normalised it would also be the name علي (محمد علي قتل في غارة).
MASDAR_AFTER = frozenset({"في", "من", "عن", "بعد", "اثر", "خلال", "جراء"})
MASDAR_AFTER_MAQSURA = frozenset({"علي", "وعلي"})


def _reading(doc: Document, index: int, core: str, clitic: str) -> TriggerEntry | None:
    entry = trigger_lexicon().get(core)
    if entry is None:
        return None
    noun = noun_readings().get(core)
    if entry.pos == "verb" and noun is not None:
        previous = doc.tokens[index - 1] if index > 0 else None
        if any(char in PREPOSITION_CLITICS for char in clitic) or previous is not None \
                and (previous.norm in MASDAR_AFTER or previous.norm in MASDAR_AFTER_MAQSURA and previous.text.endswith("ى")):
            entry = noun
    if entry.pos == "noun" and clitic.endswith("ل") and not core.startswith("ال") \
            and _undergo_verb(doc, index) is None:
        return None  # لقتل، لاعتقال: a purpose, not an event that happened (but تعرضت لهجوم: it did)
    last = index + core.count(" ")
    if last + 1 < len(doc.tokens) and _role_of(doc, last + 1) == "cancel_after":
        return None  # ضربة حرة، ضربة جزاء: a football kick
    if entry.needs != PARTICIPANT and \
            any(_role_of(doc, before) == "cancel_before" for before in range(max(0, index - 2), index)):
        return None  # حكم بالإعدام: a sentence passed, not an execution
    if index > 0 and _role_of(doc, index - 1) == "cancel_head" or _coordinated_under_cancel_head(doc, index, clitic):
        return None  # قواعد الاشتباك، جبهات القتال، بتهمة التفريط والفرار: a compound that names no event
    if entry.pos == "verb" and any(char in "بك" for char in clitic):
        return None  # كفروا is no فروا: a verb takes no ب or ك before it
    if entry.needs == "not_argued" and _cue_follows(doc, last, ("argued",)):
        return None  # احتج المحامي بأن: he argued that, no protest
    if entry.needs in LEXICAL_NEEDS and not _cue_follows(doc, last, LEXICAL_NEEDS[entry.needs]):
        return None  # فجر أمس: dawn; فجر الأزمة: a crisis set off; أصيب بفيروس: no attack
    if core in CAREER_READINGS:
        return None  # مسيرته في الملاعب، مسيرتها الفنية: a career, not a march
    if entry.lemma == "مسيره" and not _plural_core(core) and _career_adjective_after(doc, last):
        return None  # كانت لها مسيرة حافلة، أنهى مسيرة ميسي الدولية: a career, not a march
    if entry.lemma == "مسيره" and any(AIRCRAFT_END.search(token.norm) for token in doc.tokens[max(0, index - 2):index]):
        return None  # طائرة (إسرائيلية) مسيرة، بطائراتنا المسيرة is a drone, not a march
    if entry.lemma == "مسيره" and not _plural_core(core) and not _march_context(doc, index):
        return None  # بعد مسيرة امتدت 22 عاما، مسيرة الفريق في البطولة: a career or a course, not a march
    if entry.lemma == "برميل" and _measured_barrel(doc, index, last):
        return None  # 40 ألف برميل يوميا: oil measured, not a barrel bomb
    if (noun or entry).lemma == "تظاهره" and not _plural_core(core) and (
            last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm in QUOTE_MARKS
            or not _march_context(doc, index, MILITARY_CONTEXT)):
        # تظاهرة "أيام قرطاج"، خلال تظاهرة انتظمت السبت بالضيعة: a festival or a fair, not a demonstration
        return None
    return entry


MARCH_CONTEXT = word_set("march_context")
# before برميل: a number's word (ألف برميل) or a price (51 دولارا للبرميل، سعر البرميل)
MEASURE_WORDS = frozenset({"الف", "الاف", "مليون", "ملايين", "مليار", "دولار", "دولارا", "دولارات", "سعر", "اسعار"})


def _measured_barrel(doc: Document, index: int, last: int) -> bool:
    """برميل after a number or a price (40 ألف برميل، 51 دولارا للبرميل) is a measure of oil, unless an explosive
    word follows it (20 برميلا متفجرا)."""
    if index == 0 or last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm.startswith(("متفجر", "المتفجر")):
        return False
    previous = doc.tokens[index - 1]
    return previous.kind == "number" or previous.norm in MEASURE_WORDS


def _plural_core(core: str) -> bool:
    """مسيرات، المسيرات، تظاهراتهم: the plural of a feminine noun."""
    return "ات" in core[-5:]


def _march_context(doc: Document, index: int, more: frozenset[str] = frozenset()) -> bool:
    """A word of a march in the sentence of مسيرة (people taking part, a crowd, an aim, a protest word):
    then it is a march; else a career or a course (مسيرة الوزير الراحل، بعد مسيرة عرفت النجاحات)."""
    tokens, sentence = doc.tokens, doc.tokens[index].sentence
    first = index
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    for position in range(first, len(tokens)):
        token = tokens[position]
        if token.sentence != sentence:
            break
        if position == index:
            continue
        stems = _stems(token)
        if stems & MARCH_CONTEXT or stems & more:
            return True
        lexicon = trigger_lexicon()
        if any(lexicon[stem].type == "protest" and lexicon[stem].lemma != "مسيره" for stem in stems if stem in lexicon):
            return True
    return False


CAREER_READINGS = word_set("career_reading")
CAREER_ADJECTIVES = word_set("career_adjective")
CAREER_ADJECTIVE_REACH = 2  # مسيرة ميسي الدولية: the genitive, then the adjective


def _career_adjective_after(doc: Document, last: int) -> bool:
    """مسيرة حافلة، مسيرة ميسي الدولية: an adjective of a career right after مسيرة or after its genitive."""
    sentence = doc.tokens[last].sentence
    return any(doc.tokens[index].sentence == sentence and doc.tokens[index].norm in CAREER_ADJECTIVES
               for index in range(last + 1, min(len(doc.tokens), last + 1 + CAREER_ADJECTIVE_REACH)))
AIRCRAFT_END = re.compile(r"طائر(?:ه|ات|ت(?:ين|ان|نا|ها|ه|هم|كم|ي)|ات(?:نا|ها|ه|هم|كم|ي))$")  # a craft, with an owner's pronoun
# needs (see the trigger file) checked on the words right after the trigger: need -> cue role
LEXICAL_NEEDS = {"explosive": ("explosive",), "wound": ("wound", "agent_phrase"), "blade": ("blade",)}
# أصيب، إصابة: a wounding, the toll of another violent event in its sentence
WOUND_LEMMAS = frozenset({"اصيب", "اصابه"})


def _coordinated_under_cancel_head(doc: Document, index: int, clitic: str) -> bool:
    """بتهمة التفريط والفرار: a noun joined by و to the genitive of a head that names no event shares it."""
    if not clitic.startswith("و") or index < 2 or doc.tokens[index - 1].sentence != doc.tokens[index].sentence:
        return False
    head = index - 2
    while head > 0 and doc.tokens[head].norm in QUOTE_MARKS:
        head -= 1  # بتهمة "التفريط والفرار"
    return doc.tokens[index - 1].norm.startswith("ال") and _role_of(doc, head) == "cancel_head"


QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _cue_follows(doc: Document, last: int, roles: tuple[str, ...]) -> bool:
    sentence = doc.tokens[last].sentence
    for index in range(last + 1, min(len(doc.tokens), last + EXPLOSIVE_REACH + 1)):
        if doc.tokens[index].sentence != sentence or doc.tokens[index].norm in CLAUSE_BREAKS:
            return False
        if _role_of(doc, index) in roles:
            return True
    return False


def _is_toll(event: Event) -> bool:
    """A killing or a wounding: told beside another violent event, it is that event's casualties."""
    return (event.type == "killing" or event.lemma in WOUND_LEMMAS) and not event.deed


def _can_host(event: Event) -> bool:
    return event.type in VIOLENT_TYPES and not _is_toll(event)


UNDERGO_REACH = 14  # تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي، لقصف جوي
COMMAS = frozenset({"،", ","})


def _undergo_verb(doc: Document, index: int) -> int | None:
    """The index of تعرض (and its forms) before an event noun, past the places of its subject set off
    by commas: its subject suffers it."""
    sentence = doc.tokens[index].sentence
    for before in range(index - 1, max(-1, index - UNDERGO_REACH - 1), -1):
        norm = doc.tokens[before].norm
        if doc.tokens[before].sentence != sentence or norm in CLAUSE_BREAKS and norm not in COMMAS:
            return None
        if _role_of(doc, before) == "undergo":
            return before
    return None


def _undergoer(event: Event, context: EventContext) -> None:
    """تعرضت ثكنة الغلاوية لاعتداء، 55 سفينة تعرضت للهجوم: the subject of تعرض is the target."""
    verb = _undergo_verb(context.doc, event.trigger)
    if verb is None:
        return
    first, _ = context.sentence_bounds[event.sentence]
    mention = context.actor_from(verb + 1, event.trigger - 1, allow_clitic=True) \
        or context.actor_ending(max(first, verb - VERB_WINDOW), verb - 1)
    if mention:
        _add(event.targets, mention.name)
    phrase = _content_phrase(context, verb + 1, event.trigger - 1)
    event.target_text = event.target_text or (phrase[0] if phrase else None) \
        or _preverbal_phrase(context, replace(event, trigger=verb, trigger_first=None))


# --- arguments ---

def _segment(events: list[Event], position: int, context: EventContext) -> tuple[int, int]:
    """Token range of the stretch of the sentence that belongs to event `position`."""
    event = events[position]
    first, last = context.sentence_bounds[event.sentence]
    # متظاهرين after اعتقلت is its object: participants do not end another trigger's stretch.
    if context.events_by_sentence is None or context.events_by_sentence[0] is not events:
        grouped: dict[int, list[Event]] = {}
        for other in events:
            grouped.setdefault(other.sentence, []).append(other)
        context.events_by_sentence = (events, grouped)  # one grouping per list, not one scan per event
    same = [other for other in context.events_by_sentence[1][event.sentence]
            if other is event or trigger_needs().get(other.lemma) != PARTICIPANT]
    order = same.index(event)
    start = first if order == 0 else _stretch_first(context, same[order - 1], event)
    end = _stretch_first(context, event, same[order + 1]) - 1 if order + 1 < len(same) else last
    for index in range(event.trigger + 1, end + 1):
        if context.role(index) == "hypothetical":
            return start, index - 1  # هدد بقصف ... إذا واصلت إسرائيل: the condition is not the event's
    return start, end


DATELINE_WORDS = 8  # دبي، الإمارات العربية المتحدة (CNN) --
DATELINE_SOURCE_WORDS = 4


def _dateline(doc: Document) -> set[int]:
    """The tokens of an opening dateline, places then the agency in brackets (دبي، الإمارات العربية
    المتحدة (CNN)--): where the story was filed, not where its events happened."""
    tokens = doc.tokens
    opening = next((index for index in range(min(DATELINE_WORDS, len(tokens))) if tokens[index].norm == "("), None)
    if not opening or any(token.kind == "number" for token in tokens[:opening]):
        return set()
    closing = next((index for index in range(opening + 1, min(opening + DATELINE_SOURCE_WORDS, len(tokens)))
                    if tokens[index].norm == ")"), None)
    if closing is None or not any(token.kind == "latin" for token in tokens[opening + 1:closing]) \
            and not all(token.norm in DATELINE_AGENCIES for token in tokens[opening + 1:closing]):
        return set()
    return set(range(0, closing + 1))


DATELINE_AGENCIES = word_set("dateline_agency")


def _stretch_first(context: EventContext, previous: Event, event: Event) -> int:
    """Where `event`'s stretch begins: its first token, or the تعرض whose subject suffers it
    (اشتباكات في القلمون، فيما تعرضت مناطق في دوما لقصف: Douma is the shelling's)."""
    if event.pos == "noun":
        verb = _undergo_verb(context.doc, event.trigger)
        if verb is not None and verb > previous.trigger:
            return min(verb, event.first_token)
        toll = _toll_before(context, event, previous.trigger)
        if toll is not None:
            return toll
    light = _light_verb_before(context, event)
    if light is not None and light > previous.trigger:
        return light  # وردا على الهجوم شنت الولايات المتحدة غارات: the countries are the raid's
    return event.first_token


TOLL_REACH = 8  # بينما قتل 9 من ميليشيات الحوثي وقوات صالح في هجوم
TOLL_LINKS = frozenset({"في", "خلال", "جراء", "اثر", "بعد", "اثناء"})


def _toll_before(context: EventContext, event: Event, previous: int) -> int | None:
    """قصفت الطائرات مواقع، بينما قتل 9 في هجوم للمقاومة: a toll word that a preposition ties to the
    noun after it is that noun's toll, not the stretch of the event before."""
    doc, first = context.doc, event.first_token
    if first < 1 or doc.tokens[first - 1].norm not in TOLL_LINKS and not has_preposition(doc.tokens[first]):
        return None
    for index in range(first - 1, max(previous, first - TOLL_REACH - 1), -1):
        token = doc.tokens[index]
        if token.sentence != event.sentence or token.norm in CLAUSE_BREAKS or index in context.trigger_tokens:
            return None
        if {stem for _, stem in token.stems} & (KILLED_CUES | INJURED_CUES):
            return index
    return None


def attach_arguments(events: list[Event], context: EventContext) -> None:
    doc = context.doc
    context.trigger_tokens = {event.trigger for event in events}
    context.violent_tokens = {event.trigger for event in events if event.type in VIOLENT_TYPES
                              and trigger_needs().get(event.lemma) not in CONTEXT_NEEDS}
    context.date_tokens = doc.covered_tokens([(date.start, date.end) for date in doc.fields.get("dates", [])])
    context.count_tokens = doc.covered_tokens([(count.start, count.end) for count in doc.fields.get("counts", [])])
    dateline = _dateline(doc)
    for position, event in enumerate(events):
        segment = _segment(events, position, context)
        clause = context.clause(event.trigger)
        _attach_actors_and_targets(event, context, clause, segment)
        _attach_phrases(event, context, min(clause[1], segment[1]))
        if event.pos == "noun":
            _undergoer(event, context)
        event.places = _names_in(context.places, segment,
                                 exclude=_actor_tokens(context, segment) | _subject_tokens(context, segment, event)
                                 | _light_verb_subject(context, event) | dateline | _bracketed(doc, segment))
        event.anaphoric_place = None if event.places else _anaphoric_town(context, segment)
        event.agents = _names_in(context.agents, segment)
        _refine_type(event, context, clause)
        _attach_numbers(event, doc, segment, _counts_in(context, segment))
        event.date = _nearest_date(doc, event)
        _attach_modality_and_source(event, context, clause)


def _bracketed(doc: Document, segment: tuple[int, int]) -> set[int]:
    """Tokens inside round brackets: a gloss on a name (قوات سوريا الديموقراطية (تحالف عربي كردي تدعمه
    واشنطن)), whose places say who backs or where one is from, not where the event took place."""
    inside, depth = set(), 0
    for index in range(segment[0], min(segment[1], len(doc.tokens) - 1) + 1):
        norm = doc.tokens[index].norm
        if norm == "(":
            depth += 1
        elif norm == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(index)
    return inside


TOWN_ANAPHORS = word_set("town_anaphor")


def _anaphoric_town(context: EventContext, segment: tuple[int, int]) -> str | None:
    """وقتل ثلاثة في البلدة، قصف على المدينة: a town named only by its kind noun with the article is the
    last place the text introduced with the same noun (بلدة بيبلا ... في البلدة)."""
    doc = context.doc
    named = {index for mention in context.places for index in range(mention.first, mention.last + 1)}
    for index in range(segment[0], min(segment[1], len(doc.tokens) - 1) + 1):
        anaphor = {stem for _, stem in doc.tokens[index].stems} & TOWN_ANAPHORS
        if index in named or not anaphor:
            continue
        if index + 1 < len(doc.tokens) and doc.tokens[index + 1].norm in DEMONSTRATIVES:
            continue
        return _last_introduced(context, index, next(iter(anaphor)).removeprefix("ال"))
    return None


def _last_introduced(context: EventContext, index: int, kind_noun: str) -> str | None:
    """The last place before token `index` written after its kind noun (بلدة بيبلا، ومدينة دوما)."""
    doc = context.doc
    before = [mention for mention in context.places if mention.last < index
              and any(kind_noun in _bare_stems(doc.tokens[at]) for at in (mention.first - 1, mention.first) if at >= 0)]
    return max(before, key=lambda mention: mention.last).name if before else None


def _actor_tokens(context: EventContext, segment: tuple[int, int]) -> set[int]:
    tokens: set[int] = set()
    for mention in context.actors:
        if segment[0] <= mention.first <= segment[1]:
            tokens.update(range(mention.first, mention.last + 1))
    return tokens


SPEAKER_REACH = 8
COMPLEMENTIZERS = word_set("complementizer")
SUBJECT_CUES = frozenset({"accusation", "denial", "threat", "claim", "report", "source"})


def _subject_tokens(context: EventContext, segment: tuple[int, int], event: Event) -> set[int]:
    """Tokens just after a reporting or accusing word before the trigger (اتهمت فرنسا ...): a country
    there is who speaks, not where the event happened."""
    tokens: set[int] = set()
    doc = context.doc
    for index in range(segment[0], event.trigger):
        found = context.cue(index)
        if found and found[0] in SUBJECT_CUES:
            for position in range(found[1] + 1, min(event.trigger, found[1] + SPEAKER_REACH + 1)):
                if doc.tokens[position].norm in COMPLEMENTIZERS:
                    break
                tokens.add(position)
                if found[0] in ("accusation", "threat"):
                    break  # اتهمت فرنسا الحكومة ...: only the accuser
    return tokens


def _names_in(mentions: list[Mention], segment: tuple[int, int], exclude: set[int] = frozenset()) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        if segment[0] <= mention.first <= segment[1] and mention.first not in exclude and mention.name not in names:
            names.append(mention.name)
    return names


def _add(names: list[str], name: str | None) -> None:
    if name and name not in names:
        names.append(name)


def _attach_actors_and_targets(event: Event, context: EventContext, clause: tuple[int, int],
                               segment: tuple[int, int]) -> None:
    doc, trigger = context.doc, event.trigger
    right = min(clause[1], segment[1])
    # من قبل X، على يد X
    passive = False
    for index in range(trigger + 1, min(right, trigger + 8) + 1):
        found = context.cue(index)
        if found and found[0] == "agent_phrase":
            passive = True
            mention = context.actor_from(found[1] + 1, min(right, found[1] + AGENT_PHRASE_WORDS))
            if mention:
                _add(event.actors, mention.name)
            break
    after = trigger + (event.lemma.count(" ") or 0) + 1
    _add(event.actors, _fire_owner(context, after, right))
    if event.pos == "verb":
        before = context.actor_ending(max(clause[0], trigger - VERB_WINDOW), trigger - 1)
        subject = context.actor_from(after, min(right, _subject_reach(context, after)))
        if subject and subject.name in event.actors:
            subject = None  # قتل برصاص الجيش: the owner of the fire, no subject or object
        if subject and subject.first > after and after in context.trigger_tokens and not event.actors:
            _add(event.targets, subject.name)  # استهدفت غارتان مكتب الرئاسة: the strike is the subject
            subject = None
        if passive and subject is None and doc.tokens[trigger - 1].norm in SPEAKER_PRONOUNS:
            _add(event.targets, _pronoun_subject(context, event))  # قال إنه اعتقل من قبل الشرطة: he suffered it
            before = None
        elif before is None and not event.actors and not (subject and _pronoun_disagrees(doc, trigger)):
            _add(event.actors, _pronoun_subject(context, event))
        if before and any(token.norm in COMPLEMENTIZERS for token in doc.tokens[before.last + 1:trigger]):
            before = None  # قالت المنظمة إن الشرطة احتجزت: the speaker, not the subject
            if not event.actors and doc.tokens[trigger - 1].norm in SPEAKER_PRONOUNS \
                    and not _pronoun_disagrees(doc, trigger):
                _add(event.actors, _pronoun_subject(context, event))  # قال الجيش إنه قصف مواقع داعش
        if subject and trigger > 0 and doc.tokens[trigger - 1].norm in SPEAKER_PRONOUNS \
                and not _pronoun_disagrees(doc, trigger):
            _add(event.targets, subject.name)  # قال الجيش إنه قصف مواقع داعش: the pronoun is the subject
        elif subject and (event.lemma in PASSIVE_LEMMAS or event.lemma in WOUND_LEMMAS):
            _add(event.targets, subject.name)  # اغتيل القاضي: the passive's subject suffers it
        elif subject and before is None and subject.kind == "person" and event.type in ("arrest", "killing") \
                and not has_plural_agreement(doc.tokens[trigger]):
            _add(event.targets, subject.name)  # اعتقل محمد العلي، قتل القيادي أبو محمد: unvowelled, the passive
        elif subject and has_plural_agreement(doc.tokens[trigger]):
            # اغتالوا العميد، هاجموا المواطنين: a verb that agrees in number has its subject before
            # it (or in its ending); the name after it is its object.
            if before and not event.actors and not _object_of_other_verb(context, before, trigger):
                _add(event.actors, before.name)
            if subject.name not in event.actors:
                _add(event.targets, subject.name)
        elif before and not event.actors and not _object_of_other_verb(context, before, trigger):
            _add(event.actors, before.name)
            if subject:
                _add(event.targets, subject.name)
        elif subject and not event.actors and _preverbal_phrase(context, event):
            _add(event.targets, subject.name)  # إن قوات الاحتلال اعتقلت فلانا: the subject came first
        elif subject and not event.actors:
            _add(event.actors, subject.name)
            obj = context.actor_from(subject.last + 1, min(right, subject.last + VERB_WINDOW), allow_clitic=True)
            if obj and obj.first == subject.last + 1 and obj.clitic == "و":
                _add(event.actors, obj.name)  # قصفت ميليشيات الحوثي وقوات صالح الأحياء: two subjects
            elif obj and not any(char in PREPOSITION_CLITICS for char in obj.clitic):
                _add(event.targets, obj.name)
        elif subject:
            _add(event.targets, subject.name)
        if not event.actors and after <= right and _owned_force(doc.tokens[after]):
            sentence_first, _ = context.sentence_bounds[event.sentence]
            # وقصفت مقاتلاتها البلدة: the owner named before, as a subject (ورد الجيش بقصف مواقع للحركة، كما شنت طائراته)
            owner = context.actor_ending(sentence_first, trigger - 1, unprepositioned=True)
            if owner and owner.name not in event.targets:
                _add(event.actors, owner.name)
    else:
        genitive = context.actor_from(after, after)
        if genitive and _takes_no_genitive(doc, event, genitive):
            if event.trigger_first is not None and event.trigger_first < trigger:
                _add(event.targets, genitive.name)  # استهدفت الغارة مكتب الرئاسة: the folded verb's object
            genitive = None
        if genitive is None and after < len(doc.tokens) and (_stems(doc.tokens[after]) & FIGHTERS
                                                           or _bare_stems(doc.tokens[after]) & FORCE_OWNER_NOUNS):
            genitive = context.actor_from(after + 1, after + 1)  # استهداف ميليشيات الحوثي، طيران التحالف: the force's name
        obj = _masdar_object(context, genitive, right) if genitive and event.type in GENITIVE_IS_TARGET else None
        if genitive and obj is None and event.type not in GENITIVE_IS_TARGET:
            following = context.actor_from(genitive.last + 1, min(right, genitive.last + 1))
            obj = following.name if following else None  # استهداف طيران التحالف مكتب الرئاسة: then its object
        if obj:
            _add(event.actors, genitive.name)  # اعتقال القوات الروسية عناصر من ...: subject, then object
            _add(event.targets, obj)
        elif genitive:
            _add(event.targets if event.type in GENITIVE_IS_TARGET else event.actors, genitive.name)
        if not event.actors:
            _light_verb_actor(event, context, clause)
        if not event.actors:
            _relative_light_verb_actor(event, context, clause)
        if not event.actors and not genitive and not event.definite and not event.possessive \
                and event.type in LAM_AGENT_TYPES and event.lemma not in LAM_OBJECT_LEMMAS \
                and not _has_light_verb(event, context, clause):
            _add(event.actors, _lam_agent(context, after, right))
        if not event.actors and event.possessive:
            sentence_first, _ = context.sentence_bounds[event.sentence]
            antecedent = context.actor_ending(sentence_first, trigger - 1)
            if _possessor_suffers(event, context, after, right):
                held = _last_victim(context, event, sentence_first, trigger - 1)
                _add(event.targets, held.name if held else None)  # أفرج عن الصحفي بعد احتجازه: the one held
            elif antecedent:
                _add(event.actors, antecedent.name)
    _claim_actor(event, context)
    if event.type == "armed_clash":
        _clash_parties(event, context, right)
    # على / ضد X
    for index in range(after, min(right, after + 6) + 1):
        if context.role(index) == "target_prep" and not _is_at_least(doc, index):
            mention = context.actor_from(index + 1, index + 3, allow_clitic=True)
            if mention and event.type == "armed_clash":
                _add(event.actors, mention.name)  # المعارك ضد تنظيم داعش: the other side fights too
            elif mention and mention.name not in event.actors:
                _add(event.targets, mention.name)
            else:
                noun = _target_noun(context, index + 1, index + 3)
                _add(event.targets, noun)
            break
    if event.type in ("armed_clash", "protest"):
        return  # both sides of a clash are its actors; who protests is no target
    if event.type in GENITIVE_IS_TARGET and not event.targets:
        _victims(event, context, after, right)
    if not event.targets:
        _add(event.targets, _target_noun(context, after, min(right, after + 5)))
    if not event.targets and event.pos == "verb":
        mention = context.actor_from(after, min(right, after + 4))
        if mention and mention.name not in event.actors:
            _add(event.targets, mention.name)


AGENT_PHRASE_WORDS = 4  # من قبل نظام الرئيس السوري بشار الأسد: the name may follow a title
FIRE_INSTRUMENTS = word_set("fire_instrument")
FIRE_OWNER_REACH = 3  # أصيب شاب في رأسه برصاص الاحتلال


def _fire_owner(context: EventContext, after: int, right: int) -> str | None:
    """قتل برصاص الجيش، أصيب بنيران قوات الأمن: ب + the fire or shell noun + a named force: the force fired."""
    doc = context.doc
    for index in range(after, min(right, after + FIRE_OWNER_REACH) + 1):
        token = doc.tokens[index]
        if any(offset and token.norm[:offset].endswith("ب") and stem in FIRE_INSTRUMENTS for offset, stem in token.stems):
            mention = context.actor_from(index + 1, min(right, index + 1))
            return mention.name if mention else None
    return None
MEMBER_NOUNS = word_set("member_noun")
MEMBER_REACH = 4  # هجوم شنه عناصر من حركة «الشباب»: من, a head and a guillemet, then the name


def _possessor_suffers(event: Event, context: EventContext, after: int, right: int) -> bool:
    """احتجازه، مقتلها، نزوحهم: the owner of an arrest, killing or flight noun is who suffers it, unless an
    object follows the noun (أعلنت الشرطة اعتقالها ثلاثة أشخاص: then the owner did it)."""
    if event.type not in GENITIVE_IS_TARGET:
        return False
    if after > right:
        return True
    return context.actor_from(after, after) is None and not _looks_like_object(context, after) \
        and after not in context.count_tokens


RULING_KINDS = frozenset({"government", "state"})


def _last_victim(context: EventContext, event: Event, first: int, last: int) -> Mention | None:
    """The last actor named in tokens [first, last] that a pronoun on an arrest, killing or flight noun can
    stand for: a person for an arrest (a government or force named closer is who arrests: إن السلطات اعتقلت
    الزعيم ... بناء على طلب اعتقاله), no government for a killing (عناصر الميليشيا لقوا مصرعهم)."""
    found = None
    for mention in context.actors:
        if mention.first > last:
            break
        fits = mention.kind == "person" if event.type == "arrest" else mention.kind not in RULING_KINDS
        if mention.first >= first and mention.last <= last and fits:
            found = mention
    return found


def _member_of(context: EventContext, index: int, last: int) -> str | None:
    """The group named after a members noun at token `index` (عناصر تنظيم داعش، مسلحين من حركة الشباب)."""
    if not _stems(context.doc.tokens[index]) & MEMBER_NOUNS:
        return None
    mention = context.actor_from(index + 1, min(last, index + MEMBER_REACH), allow_clitic=True)
    return mention.name if mention else None
# Strike nouns whose ل-phrase is who struck (غارة جوية لطيران التحالف، هجوم للمقاومة): not the
# arrest, killing or flight nouns, whose ل-phrase is rather whom it befell; and not the targeting noun
# (استهداف للجيش: the army is targeted).
LAM_AGENT_TYPES = frozenset({"airstrike", "shelling", "bombing", "attack", "chemical_attack"})
LAM_OBJECT_LEMMAS = frozenset({"استهداف"})
LAM_AGENT_REACH = 2  # غارة جوية لطيران التحالف: one adjective between


def _lam_agent(context: EventContext, after: int, right: int) -> str | None:
    """An indefinite strike noun, an adjective at most, then ل + a named force: the force struck."""
    for index in range(after, min(right, after + LAM_AGENT_REACH - 1) + 1):
        mention = context.actor_from(index, index, allow_clitic=True)
        if mention is not None:
            return mention.name if mention.clitic.endswith("ل") else None
        if _has_lam(context.doc.tokens[index]):
            return _member_of(context, index, right)  # هجوم فاشل لعناصر التنظيم
        if not _is_adjective_like(context.doc.tokens[index]):
            return None
    return None


def _has_lam(token: Token) -> bool:
    """لعناصر، للمسلحين: the word carries the preposition ل."""
    return any(offset and token.norm[:offset].endswith("ل") for offset, _ in token.stems)


def _is_adjective_like(token: Token) -> bool:
    """جوية، صاروخية، عنيف: a nisba or a bare word, no preposition or number before the name."""
    return token.kind != "number" and token.norm not in CLAUSE_BREAKS and not has_preposition(token)


FEMININE_PERFECT = "ت"
MASCULINE_SPEAKER_PRONOUNS = frozenset({"انه", "بانه", "وانه"})


def _pronoun_disagrees(doc: Document, trigger: int) -> bool:
    """أنه قصفت قوات النظام: a masculine أنه before a feminine verb is no subject (the pronoun of the
    matter); the name after the verb is."""
    before = doc.tokens[trigger - 1].norm if trigger > 0 else ""
    return before in MASCULINE_SPEAKER_PRONOUNS and doc.tokens[trigger].norm.endswith(FEMININE_PERFECT)


# Passive forms listed in the trigger file (hollow and Form VIII passives differ in writing).
PASSIVE_LEMMAS = frozenset({"اغتيل"})
PLURAL_VERB_ENDINGS = ("وا", "ون", "وه", "وها", "وهم")


def has_plural_agreement(token: Token) -> bool:
    """A verb inflected for a plural subject (قتلوا، يهاجمون، خطفوهم): in Arabic a verb before its
    subject stays singular, so this one's subject came before it or is its ending."""
    return token.norm.endswith(PLURAL_VERB_ENDINGS)


def _preverbal_phrase(context: EventContext, event: Event) -> str | None:
    """The subject written before a verb, right after a complementizer or at the start of its
    clause (قالت المصادر إن وحدة إسرائيلية خاصة اغتالت ...): the participant as written."""

    doc, index = context.doc, event.first_token - 1
    first, _ = context.sentence_bounds[event.sentence]
    words: list[int] = []
    while index >= first and len(words) < PREVERBAL_WORDS:
        token = doc.tokens[index]
        if token.norm in COMPLEMENTIZERS or token.norm in CLAUSE_BREAKS:
            break
        if token.kind != "arabic" or is_function_word(token) or context.role(index) not in PHRASE_ROLES \
                or index in context.trigger_tokens or index in context.date_tokens:
            return None
        words.insert(0, index)
        index -= 1
    # Only after a complementizer or an opening quote is a noun before the verb surely its subject
    # (at the start of a sentence it is as often a fronted adverbial: وفي واقعة منفصلة استهدف).
    bounded = index >= first and (doc.tokens[index].norm in COMPLEMENTIZERS or doc.tokens[index].norm == "«")
    if not words or not bounded:
        return None
    return doc.text[doc.tokens[words[0]].start:doc.tokens[words[-1]].end]


def _light_verb_phrase(context: EventContext, event: Event) -> str | None:
    """قام مسلحون مقنعون بخطف ...، شنت طائرات حربية غارات: the light verb's subject as written."""
    clause = context.clause(event.trigger)
    for index in range(event.trigger - 1, max(clause[0], event.trigger - LIGHT_VERB_WINDOW) - 1, -1):
        if context.role(index) == "light_verb":
            found = _content_phrase(context, context.cue(index)[1] + 1, event.trigger - 1)
            if found:
                return found[0]
            light = replace(event, trigger=index, trigger_first=None)
            return _preverbal_phrase(context, light)  # إن الطائرات الإسرائيلية أطلقت صواريخ
    last = event.trigger + event.lemma.count(" ")
    for index in range(last + 1, min(clause[1], last + 4) + 1):
        if context.role(index) == "light_verb_after":  # هجوم شنه مسلحون مجهولون، الذي نفذته طالبان
            found = _content_phrase(context, index + 1, clause[1])
            return found[0] if found else None
    return None


PREVERBAL_WORDS = 3


def _subject_reach(context: EventContext, after: int) -> int:
    """The last token where a verb's subject may start: the next two, unless a preposition,
    a number or a description of people comes first (استهدف عنصرين من حزب الله has no named subject)."""
    doc = context.doc
    for index in range(after, min(after + 2, len(doc.tokens))):
        token = doc.tokens[index]
        if token.kind == "number" or token.norm in OBJECT_STARTERS or _is_target_noun(token) \
                or context.role(index) == "target_prep":
            return index - 1
    return after + 1


def _pronoun_subject(context: EventContext, event: Event) -> str | None:
    """قال الجيش إنه استهدف ...: the subject pronoun of reported speech is its speaker."""
    index = event.trigger - 1
    if index < 0 or context.doc.tokens[index].norm not in SPEAKER_PRONOUNS:
        return None
    quote = _quote_around(context.doc, event.trigger_start)
    return quote.speaker_actor if quote else None


PHRASE_WORDS = 2
PHRASE_ROLES = frozenset({None, "cancel_after", "cancel_before", "target_noun"})  # cue roles a phrase may contain
PHRASE_STOPS = frozenset({"النار", "الرصاص", "بينهم", "بينها", "منهم", "منها", "فيها", "فيه", "عليهم", "عليها", "امس", "اليوم", "الاسبوع",
                          "الشهر", "العام", "صباح", "مساء", "فجر", "ليل", "ليله", "يوم"})


def _content_phrase(context: EventContext, first: int, last: int, stop_at_count: bool = False) -> tuple[str, int] | None:
    """Up to two content words from token `first` (no function word, number, cue or trigger): the
    text of a described participant (مسلحون مقنعون، وحدة إسرائيلية), and the index after it."""
    doc, words, index = context.doc, [], first
    mention = context.actor_from(first, first, allow_clitic=True)
    if mention is not None:
        return doc.text[mention.start:mention.end], mention.last + 1
    while index <= min(last, len(doc.tokens) - 1) and len(words) < PHRASE_WORDS:
        token = doc.tokens[index]
        if token.kind != "arabic" or is_function_word(token) or context.role(index) not in PHRASE_ROLES \
                or index in context.trigger_tokens \
                or index in context.date_tokens or token.norm in OBJECT_STARTERS or token.norm in PHRASE_STOPS:
            break
        if index in context.count_tokens and words:
            break  # السلطات ثلاثة مدانين: the count starts the next phrase
        if words and token.norm.startswith(LAM_ARTICLE) and len(token.norm) > len(LAM_ARTICLE) + 2 \
                and doc.tokens[words[-1]].norm.startswith("ال"):
            break  # قصف الجيش للأحياء: after a definite word ل + ال opens the object (مواقع للتنظيم is one phrase)
        if words and doc.tokens[words[-1]].norm.startswith("ال") and _is_target_noun(token) \
                and not any(stem.startswith("ال") for _, stem in token.stems):
            break  # قصف الجيش مسلحين: an indefinite noun of people after a definite one is the object
        if index in context.count_tokens and stop_at_count:
            return None  # قتل 18 شخصا: a number says who suffered it, see _looks_like_object
        words.append(index)
        index += 1
    if not words:
        return None
    return doc.text[doc.tokens[words[0]].start:doc.tokens[words[-1]].end], index


LAM_ARTICLE = "لل"


def _skip_count(doc: Document, index: int) -> int:
    while index < len(doc.tokens) and doc.tokens[index].kind == "number":
        index += 1
    return index


def _attach_phrases(event: Event, context: EventContext, right: int) -> None:
    """actor_text and target_text: the participants as written, for coders and for event sets whose
    actors are descriptions (مسلحون) rather than names."""
    after = event.trigger + event.lemma.count(" ") + 1
    while after <= right and (after in context.date_tokens or context.doc.tokens[after].norm in ADVERB_ACCUSATIVES):
        after += 1  # اغتالت قبل ظهر أمس ناشطا، احتجزت أيضا صحفيين: the time or adverb before the object
    if after > right:
        return
    first = _content_phrase(context, after, right, stop_at_count=event.type in GENITIVE_IS_TARGET)
    if first is None and after in context.count_tokens and event.type in GENITIVE_IS_TARGET:
        count = next((item for item in context.doc.fields.get("counts", [])
                      if _token_at(context.doc, item.start) == after), None)
        event.target_text = count.text if count else None
        if event.pos == "verb" and not event.actors and event.lemma not in PASSIVE_LEMMAS | WOUND_LEMMAS:
            event.actor_text = _preverbal_phrase(context, event)  # الشرطة اعتقلت 5 أشخاص
        return
    if event.pos == "verb":
        if event.lemma in PASSIVE_LEMMAS or event.lemma in WOUND_LEMMAS:
            # اغتيل القاضي، أصيب شاب / أن شابا أصيب: the passive's subject suffers it
            event.target_text = (first[0] if first else None) or _preverbal_phrase(context, event)
            return
        preverbal = None if event.actors else _preverbal_phrase(context, event)
        if preverbal or has_plural_agreement(context.doc.tokens[event.trigger]):
            # the subject stood before the verb: what follows is the object (مسلحون اغتالوا العميد)
            event.actor_text = preverbal
            if first and event.type != "protest":
                event.target_text = first[0]
            return
        if event.actors and first and event.type not in GENITIVE_IS_TARGET | {"protest"} \
                and context.actor_from(after, after) is None:
            event.target_text = first[0]  # داعش قصف القرية: what follows is the object
            return
        if first is None:
            return
        if event.type in GENITIVE_IS_TARGET and not event.actors and _looks_like_object(context, after):
            event.target_text = first[0]
            return
        event.actor_text = first[0]
        second = _content_phrase(context, _skip_count(context.doc, first[1]), right)
        if second:
            event.target_text = second[0]
    else:
        light = _light_verb_phrase(context, event)
        if light:
            event.actor_text = light
            if first and event.type != "protest":
                event.target_text = first[0]
        elif first and event.type in GENITIVE_IS_TARGET:
            event.target_text = first[0]
        elif first and event.type != "protest" and not _instrument_at(context, after):
            event.actor_text = first[0]
            event.actor_text_describes = not _genitive_phrase(context, event, after)


INSTRUMENT_NOUNS = word_set("instrument_noun")


def _instrument_at(context: EventContext, index: int) -> bool:
    """استخدام الأسلحة الكيميائية، إطلاق الصواريخ، استخدام غاز السارين: a weapon or an agent right after a
    noun trigger is the thing used, not who used it."""
    token = context.doc.tokens[index]
    if {stem for _, stem in token.stems} & INSTRUMENT_NOUNS:
        return True
    return any(mention.first <= index <= mention.last for mention in context.agents)


def _genitive_phrase(context: EventContext, event: Event, after: int) -> bool:
    """Whether the words after a noun trigger can name who did it. A name or a nationality can
    (هجوم داعش، الغارات الروسية); a definite word after an indefinite noun is its genitive (قصف الجيش);
    but a noun with the article or a dual in ن takes no genitive, and after an indefinite noun an
    indefinite word agrees with it: what follows them is an adjective (الهجوم الدامي، هجوم مسلح،
    اشتباكات عنيفة) or a verb (اعتداءات استهدفت)."""
    if context.actor_from(after, after, allow_clitic=True) is not None:
        return True
    token = context.doc.tokens[after]
    if token.norm in nationality_countries():
        return True
    noun = context.doc.tokens[event.trigger].norm
    in_construct = not event.definite and not event.possessive \
        and not (event.lemma.count(" ") == 0 and noun.endswith(DUAL_ENDINGS))
    if not in_construct:
        return False
    # قصف طيران النظام: an indefinite word in construct with a definite one is the genitive's head
    following = after + 1
    chain = following < len(context.doc.tokens) and context.doc.tokens[following].text.startswith("ال") \
        and following not in context.date_tokens and not is_definite_adjective(context.doc.tokens[following])
    return token.text.startswith("ال") or chain


DUAL_ENDINGS = ("تان", "تين")


def _takes_no_genitive(doc: Document, event: Event, mention: Mention) -> bool:
    """A noun with the article, or a dual that keeps its ن (غارتان), is in no construct: a name after it
    without the article is no genitive (an adjective-like name with ال may still describe it: الهجوم الحوثي)."""
    noun = doc.tokens[event.trigger].norm
    no_construct = event.definite or event.lemma.count(" ") == 0 and noun.endswith(DUAL_ENDINGS)
    return no_construct and not doc.tokens[mention.first].norm.startswith("ال")


def _looks_like_object(context: EventContext, index: int) -> bool:
    """After قتل/اعتقل, a description of people or a number is who suffers it (قتل 18 شخصا)."""
    token = context.doc.tokens[index]
    return token.kind == "number" or _is_target_noun(token)


def _masdar_object(context: EventContext, genitive: Mention, right: int) -> str | None:
    """The object right after a masdar's genitive (اعتقال الشرطة ناشطين، اعتقال القوات الروسية عناصر):
    an actor or a description of people; with one, the genitive is who does it."""
    index = genitive.last + 1
    if index > right:
        return None
    mention = context.actor_from(index, index)
    if mention is not None:
        return mention.name
    token = context.doc.tokens[index]
    return _target_text(token) if _is_target_noun(token) and not has_preposition(token) else None


def _victims(event: Event, context: EventContext, after: int, right: int) -> None:
    """Who is killed or arrested: a named person right after the trigger (اعتقال الصحفي أحمد ...) or a
    description just before a passive-looking verb (أن شابا قتل برصاص ...)."""
    doc = context.doc
    mention = context.actor_from(after, min(right, after + 2)) or _titled_person(context, after, right)
    if mention and mention.name not in event.actors:
        _add(event.targets, mention.name)
        return
    before = event.trigger - 1
    if event.pos == "verb" and before >= 0 and doc.tokens[before].sentence == event.sentence \
            and _is_target_noun(doc.tokens[before]):
        _add(event.targets, _target_text(doc.tokens[before]))


# على + these is an adverbial (على الأقل، على إثر، على خلفية، على الرغم من، على طول), never whom it befell.
ALA_ADVERBIAL_NOUNS = word_set("ala_adverbial")


TITLE_REACH = 4  # اعتقال رجل الدين الشيخ علي الحسن: a title of up to four words before the name


def _titled_person(context: EventContext, after: int, right: int) -> Mention | None:
    """A person named after a title of plain words (no preposition, number, function word or cue)."""
    doc = context.doc
    for index in range(after, min(right, after + TITLE_REACH) + 1):
        mention = context.actor_from(index, index)
        if mention is not None:
            return mention if mention.kind == "person" else None
        token = doc.tokens[index]
        if token.kind != "arabic" or is_function_word(token) or has_preposition(token) \
                or context.role(index) not in PHRASE_ROLES:
            return None
    return None


def _is_at_least(doc: Document, index: int) -> bool:
    return index + 1 < len(doc.tokens) and doc.tokens[index + 1].norm in ALA_ADVERBIAL_NOUNS


@lru_cache(maxsize=1)
def target_nouns() -> frozenset[str]:
    """Descriptions of people and facilities that can be targets, without the article."""
    return frozenset(words[0].removeprefix("ال") for cues in event_cues().values()
                     for words, role in cues.items() if role == "target_noun")


def _is_target_noun(token: Token) -> bool:
    return any(stem.removeprefix("ال") in target_nouns() for _, stem in token.stems)


def _target_noun(context: EventContext, first: int, last: int) -> str | None:
    for index in range(first, min(last, len(context.doc.tokens) - 1) + 1):
        role = context.role(index)
        if role in ("light_verb_after", "claim"):
            break  # هجوم شنه عناصر من حركة الشباب: who struck follows
        token = context.doc.tokens[index]
        if _is_target_noun(token) and _has_lam(token) and _stems(token) & MEMBER_NOUNS:
            break  # هجوم لعناصر التنظيم: the members struck
        if _is_target_noun(token):
            return _target_text(token)
        if token.kind not in ("number", "arabic") or role in ("target_prep", "agent_phrase"):
            break
    return None


def _target_text(token: Token) -> str:
    """The description as a name: without a leading conjunction, preposition or article (والمدنيين → مدنيين)."""
    for offset, stem in reversed(token.stems):
        if stem.removeprefix("ال") in target_nouns():
            return stem.removeprefix("ال")
    return token.norm


def _object_of_other_verb(context: EventContext, mention: Mention, trigger: int) -> bool:
    """True when the actor before the trigger is the object of an accusing or reporting word (اتهم X بـ)."""
    return any(context.role(index) in ("accusation", "denial") for index in range(max(0, mention.first - 3), mention.first))


def _light_verb_actor(event: Event, context: EventContext, clause: tuple[int, int]) -> None:
    for index in range(event.trigger - 1, max(clause[0], event.trigger - LIGHT_VERB_WINDOW) - 1, -1):
        if context.role(index) == "light_verb":
            _add(event.actors, _light_verb_subject_name(context, event, index, clause[0]))
            return
    index = _light_verb_before(context, event)  # شنت طائرات التحالف ... الخميس، غارات: past the comma
    if index is not None:
        first, _ = context.sentence_bounds[event.sentence]
        _add(event.actors, _light_verb_subject_name(context, event, index, first))


def _light_verb_subject_name(context: EventContext, event: Event, index: int, first: int) -> str | None:
    mention = context.actor_from(index + 1, event.trigger - 1)
    if mention is None:
        mention = context.actor_ending(max(first, index - VERB_WINDOW), index - 1)
    if mention is None and index + 1 < event.trigger and _owned_force(context.doc.tokens[index + 1]):
        sentence_first, _ = context.sentence_bounds[event.sentence]
        mention = context.actor_ending(sentence_first, index - 1, unprepositioned=True)  # ورد الجيش بقصف، كما شنت طائراته غارات
    return mention.name if mention else None


FORCE_OWNER_NOUNS = word_set("force_noun")


def _owned_force(token: Token) -> bool:
    """طائراته، قواتها، مقاتلاته: a force noun with the pronoun of who owns it."""
    return any(token.norm.endswith(ending) and token.norm[:-len(ending)] in FORCE_OWNER_NOUNS
               for ending in POSSESSIVE_ENDINGS)


LIGHT_SUBJECT_REACH = 10  # شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات


def _light_verb_subject(context: EventContext, event: Event) -> set[int]:
    """The tokens between a light verb and its noun (شنت الولايات المتحدة، وبريطانيا غارات، وجهت كل من
    فرنسا وبريطانيا ضربة): the countries there struck, they are not where. A list's commas do not end it."""
    doc = context.doc  # the noun may read as a verb too (ضربة)
    index = _light_verb_before(context, event)
    if index is None:
        return set()
    return {mention.first for mention in context.places if index < mention.first < event.trigger
            and not any(char in PREPOSITION_CLITICS for char in mention.clitic)
            and (doc.tokens[mention.first - 1].norm not in OBJECT_STARTERS or _each_of(doc, mention.first - 1))}


def _each_of(doc: Document, index: int) -> bool:
    """كل من فرنسا وبريطانيا: 'each of' lists a subject, its من is no preposition."""
    return doc.tokens[index].norm == "من" and index > 0 and doc.tokens[index - 1].norm in ("كل", "وكل")


def _light_verb_before(context: EventContext, event: Event) -> int | None:
    """The light verb before the trigger in its sentence, past a list's commas, with no trigger between."""
    doc = context.doc
    for index in range(event.trigger - 1, max(-1, event.trigger - LIGHT_SUBJECT_REACH - 1), -1):
        token = doc.tokens[index]
        if token.sentence != event.sentence or token.norm in CLAUSE_BREAKS and token.norm not in COMMAS \
                or index in context.trigger_tokens:
            return None
        if context.role(index) == "light_verb":
            return index
    return None


def _has_light_verb(event: Event, context: EventContext, clause: tuple[int, int]) -> bool:
    """نفذت الطائرات قصفا للجيش: the light verb's subject struck, the ل-phrase is struck."""
    return any(context.role(index) == "light_verb"
               for index in range(max(clause[0], event.trigger - LIGHT_VERB_WINDOW), event.trigger))


def _relative_light_verb_actor(event: Event, context: EventContext, clause: tuple[int, int]) -> None:
    """غارة جوية نفذتها طائرات التحالف: the subject of the light verb after the noun."""
    last = event.trigger + event.lemma.count(" ")
    for index in range(last + 1, min(clause[1], last + 3) + 1):
        if context.role(index) == "light_verb_after":
            mention = context.actor_from(index + 1, index + 3)
            if mention:
                _add(event.actors, mention.name)
            elif index + 1 < len(context.doc.tokens):
                _, sentence_last = context.sentence_bounds[event.sentence]
                end = _quoted_name_end(context, index + 1, sentence_last)
                _add(event.actors, _member_of(context, index + 1, end) or _owner_after(context, index + 1, end))
            return


OWNED_WORDS = word_set("owned_by")
OWNER_REACH = 3  # غارة شنتها طائرة مسيرة تابعة للتحالف: the craft, an adjective, then تابعة


def _owner_after(context: EventContext, first: int, last: int) -> str | None:
    """طائرة مسيرة تابعة للتحالف الدولي: the force a described craft or unit belongs to."""
    for index in range(first, min(last, first + OWNER_REACH) + 1):
        if _bare_stems(context.doc.tokens[index]) & OWNED_WORDS:
            mention = context.actor_from(index + 1, min(last, index + 1), allow_clitic=True)
            lam = mention and (mention.clitic.endswith("ل") or context.doc.tokens[mention.first].norm.startswith("ل"))
            return mention.name if lam else None  # للتحالف: the mention's text holds the ل
    return None


QUOTE_BREAKS = frozenset({"«", "»"})


def _quoted_name_end(context: EventContext, first: int, last: int) -> int:
    """The last token before a clause break from `first`, guillemets around a name not counting (حركة «الشباب»)."""
    index = first
    while index < last and (context.doc.tokens[index + 1].norm not in CLAUSE_BREAKS
                            or context.doc.tokens[index + 1].norm in QUOTE_BREAKS):
        index += 1
    return index


CLASH_WITH = frozenset({"مع", "ومع"})


def _clash_parties(event: Event, context: EventContext, right: int) -> None:
    """اشتباكات بين X و Y، مواجهات مع X: both sides are actors."""
    doc = context.doc
    for index in range(event.trigger + 1, min(right, event.trigger + 4) + 1):
        if doc.tokens[index].norm == "بين":
            for mention in context.actors:
                if index < mention.first <= min(right, index + 12):
                    _add(event.actors, mention.name)
            return
        if doc.tokens[index].norm in CLASH_WITH:
            mention = context.actor_from(index + 1, min(right, index + 2))
            if mention:
                _add(event.actors, mention.name)  # خاضت القوات مواجهات مسلحة مع الحوثيين: the other side
            return


CLAIM_AFTER_VERBS = frozenset({"اعلن", "اعلنت", "واعلن", "واعلنت"})
CLAIM_AFTER_REACH = 2  # هجوم أعلن، الهجوم الذي أعلن
RESPONSIBILITY = "مسؤوليت"  # مسؤوليته، مسؤوليتها


def _claim_after(event: Event, context: EventContext) -> str | None:
    """هجوم أعلن تنظيم داعش مسؤوليته عنه: who claims the attack told just before."""
    doc, last = context.doc, event.trigger + event.lemma.count(" ")
    _, sentence_last = context.sentence_bounds[event.sentence]
    for index in range(last + 1, min(sentence_last, last + CLAIM_AFTER_REACH + 1) + 1):
        if doc.tokens[index].norm in CLAIM_AFTER_VERBS:
            mention = context.actor_from(index + 1, index + 3)  # أعلن تنظيم #داعش: a hashtag sign between
            if mention and mention.last + 1 <= sentence_last \
                    and doc.tokens[mention.last + 1].norm.startswith(RESPONSIBILITY):
                return mention.name
            return None
    return None


CLAIM_BEFORE_REACH = 12  # وكان تنظيم داعش أعلن في بيان أوردته وكالة أعماق مسؤوليته عن الهجوم


def _claim_before(event: Event, context: EventContext) -> str | None:
    """أعلن تنظيم داعش مسؤوليته عن الهجوم، وكان التنظيم أعلن في بيان مسؤوليته عن التفجير: who claims it
    is the subject of أعلن, after it or just before it."""
    doc, trigger = context.doc, event.trigger
    if trigger < 2 or doc.tokens[trigger - 1].norm != "عن" or not doc.tokens[trigger - 2].norm.startswith(RESPONSIBILITY):
        return None
    first, _ = context.sentence_bounds[event.sentence]
    for index in range(trigger - 3, max(first, trigger - CLAIM_BEFORE_REACH) - 1, -1):
        if doc.tokens[index].norm in CLAIM_AFTER_VERBS:
            mention = context.actor_from(index + 1, index + 3) or context.actor_ending(max(first, index - 3), index - 1)
            return mention.name if mention else None
        if doc.tokens[index].norm in CLAUSE_BREAKS and doc.tokens[index].norm not in COMMAS:
            return None
    return None


def _claim_actor(event: Event, context: EventContext) -> None:
    if not event.actors and event.pos == "noun" and event.type in VIOLENT_TYPES:
        _add(event.actors, _claim_after(event, context) or _claim_before(event, context))
    first, _ = context.sentence_bounds[event.sentence]
    for index in range(event.trigger - 1, max(first, event.trigger - 10) - 1, -1):
        if index in context.trigger_tokens:
            return  # تبنى الحزب هجوما ردا على الغارات التركية: the claim is of the first event only
        if context.role(index) == "claim":
            mention = context.actor_from(index + 1, index + 3)
            if mention and not event.actors:
                _add(event.actors, mention.name)
            return


def _refine_type(event: Event, context: EventContext, clause: tuple[int, int]) -> None:
    # Tear gas against a crowd is riot control, not a chemical attack.
    agent_classes = {item.name: item.agent_class for item in context.doc.fields.get("agents", [])}
    retypes = [role.split(":", 1)[1] for index in range(clause[0], clause[1] + 1)
               if (role := context.role(index)) and role.startswith("retype:")]
    weapons = [name for name in event.agents if agent_classes.get(name) != "riot_control"]
    chemical = "chemical_attack" in retypes or bool(weapons)
    if event.type == "chemical_attack":
        return
    if chemical and event.type in CHEMICAL_REFINABLE and (
            weapons or _near(context, event, "retype:chemical_attack", clause, CHEMICAL_WINDOW, CHEMICAL_WINDOW)):
        event.type, event.kind_told = "chemical_attack", True
        return
    if event.type == "attack" and event.trigger > 0 and \
            any(stem.startswith(EXCHANGE_STEM) for _, stem in context.doc.tokens[event.trigger - 1].stems):
        event.type = "armed_clash"  # تبادل إطلاق النار: both sides fire
        return
    if event.type in REFINABLE_TYPES - {"killing"}:
        for wanted in ("airstrike", "bombing", "shelling"):
            if wanted in retypes and _near(context, event, f"retype:{wanted}", clause, RETYPE_BEFORE, RETYPE_AFTER):
                if wanted == "airstrike" and _near(context, event, "ground", clause, RETYPE_BEFORE, RETYPE_AFTER):
                    return  # الهجمات الجوية والبرية: by air and by land, an attack
                event.type, event.kind_told = wanted, True
                return
        if event.type == "shelling" and _aircraft_subject(event, context):
            event.type, event.kind_told = "airstrike", True


AIRCRAFT_SUBJECT_REACH = 20  # إن ثلاث مقاتلات أقلعت من قاعدة ... في الساعات الأولى من صباح اليوم وقصفت
SUBJECT_WORDS = 3  # إن ثلاث مقاتلات إف-16: a count, then the aircraft
SUBORDINATORS = frozenset({"بينما", "فيما", "حيث", "عندما", "حين", "بعد", "قبل", "بينها", "لكن", "لكنها", "ولكن"})


def _aircraft_subject(event: Event, context: EventContext) -> bool:
    """إن مقاتلات إف-16 أقلعت من قاعدة ... وقصفت مقرين: a verb joined by و to the verb before it shares its
    subject, aircraft named first after the complementizer (or at the sentence's start), with no other trigger,
    subordinator or subject cue between."""
    doc = context.doc
    if event.pos != "verb" or not event.conjoined or context.actor_from(event.trigger + 1, event.trigger + 1):
        return False
    first, _ = context.sentence_bounds[event.sentence]
    anchor = first - 1
    for index in range(event.trigger - 1, max(first, event.trigger - AIRCRAFT_SUBJECT_REACH) - 1, -1):
        norm = doc.tokens[index].norm
        if index in context.trigger_tokens or norm in SUBORDINATORS or context.role(index) in ("ground", "light_verb"):
            return False
        if norm in COMPLEMENTIZERS:
            anchor = index
            break
    else:
        if event.trigger - AIRCRAFT_SUBJECT_REACH > first:
            return False
    return any(context.role(index) == "retype:airstrike" and not has_preposition(doc.tokens[index])
               for index in range(anchor + 1, min(event.trigger, anchor + SUBJECT_WORDS + 1)))
    first, _ = context.sentence_bounds[event.sentence]
    for index in range(event.trigger - 1, max(first, event.trigger - AIRCRAFT_SUBJECT_REACH) - 1, -1):
        if index in context.trigger_tokens or doc.tokens[index].norm in COMPLEMENTIZERS:
            return False
        if context.role(index) == "retype:airstrike" and not has_preposition(doc.tokens[index]):
            return True
    return False


def _near(context: EventContext, event: Event, role: str, clause: tuple[int, int], before: int, after: int) -> bool:
    last = event.trigger + event.lemma.count(" ")
    return any(context.role(index) == role
               for index in range(max(clause[0], event.trigger - before), min(clause[1], last + after) + 1))


MILITARY_CONTEXT = word_set("military_context")
POPULATION = word_set("population")
PERSON_WORDS = word_set("person")
IMPERFECT_PREFIXES = ("ي", "ت", "سي", "ست")
CONTEXT_NEEDS = frozenset({"military", "aim"})


PLAN_NOUNS = word_set("plan_noun")
PLAN_NOUN_REACH = 2  # البرنامج استهدف الطالبات، استهدف البرنامج الطالبات، إعلانات تستهدف المستخدمين


def _planned_for(event: Event, context: EventContext) -> bool:
    """استهدف beside a programme, a campaign or an advertisement: whom it is meant for, no attack."""
    first, last = context.clause(event.trigger)
    tokens = context.doc.tokens
    return any(_stems(tokens[index]) & PLAN_NOUNS
               for index in range(max(first, event.trigger - PLAN_NOUN_REACH), min(last, event.trigger + PLAN_NOUN_REACH) + 1)
               if index != event.trigger)


def _needs_met(event: Event, entry_needs: str, context: EventContext) -> bool:
    if entry_needs == "aim" and _planned_for(event, context):
        return False
    if entry_needs == "military" or entry_needs == "aim" and (_is_imperfect(context.doc, event) or event.pos == "noun"):
        return _military_sentence(event, context)
    if entry_needs == "population":
        return _population_in_clause(event, context)
    if entry_needs == "held":
        return _held_by_authority(event, context)
    if entry_needs in ("person", "captive"):
        return _person_follows(event, context, strict=entry_needs == "captive")
    clause = context.clause(event.trigger)
    if entry_needs == "agent":  # a use folded with an attack noun (تستخدم ... أثناء هجوم) still needs its agent
        return bool(_weapon_agents(event, context)) or any(context.role(index) == "retype:chemical_attack"
                                         for index in range(event.trigger + 1, min(clause[1], event.trigger + 5) + 1))
    if not entry_needs or entry_needs in (PARTICIPANT, "aim", "not_argued") or entry_needs in LEXICAL_NEEDS or event.folded:
        return True  # lexical needs were checked when the trigger was read
    return bool(event.targets or event.killed or event.injured) or any(
        context.role(index) in ("target_prep",) for index in range(event.trigger + 1, clause[1] + 1))


def _is_imperfect(doc: Document, event: Event) -> bool:
    """تستهدف، يستهدفون: the present, which also says what a plan or a budget aims at."""
    core = doc.text[event.trigger_start:event.trigger_end]
    return event.pos == "verb" and normalize_string(core).startswith(IMPERFECT_PREFIXES)


def _stems(token: Token) -> set[str]:
    return {stem for _, stem in token.stems} | {token.norm}


def _military_sentence(event: Event, context: EventContext) -> bool:
    """A word of armed force, weapons or casualties, a weapon agent, or another violent trigger in the
    sentence: معركة there is fighting; without them (معركة الرئاسة، مواجهات صعبة) a contest."""
    first, last = context.sentence_bounds[event.sentence]
    tokens = context.doc.tokens
    for index in range(first, last + 1):
        if index != event.trigger and (index in context.violent_tokens or _stems(tokens[index]) & MILITARY_CONTEXT):
            return True
    return bool(event.agents or event.killed or event.injured)


def _weapon_agents(event: Event, context: EventContext) -> list[str]:
    """The event's agents less riot control: استعمال الغاز المسيل للدموع is no chemical attack."""
    riot = {item.name for item in context.doc.fields.get("agents", []) if item.agent_class == "riot_control"}
    return [name for name in event.agents if name not in riot]


SUSPENSION_PREP = "عن"
PERSON_REACH = 2  # توقيف الملازم مراد، إيقاف 6 عناصر، احتجاز عشرات المحتجين


def _person_follows(event: Event, context: EventContext, strict: bool = False) -> bool:
    """An arrest noun holds a person: a name, a title, a count or a description of people right after
    it, or its pronoun (توقيفه), or the state that arrests (توقيف السعودية لناشطين); إيقاف النشاط،
    احتجاز جوازات السفر hold none. A seizure noun (ضبط) holds goods as often as people (ضبط 3 أطنان من
    المخدرات، ضبط الأسعار، بضبطه إيقاع اللعب): strictly, only as a masdar after تم، من، بعد with a person's
    name, a title or a word of people after it (تم ضبط شخص، من ضبط 3 متهمين), or its pronoun caught in
    the act (بعد ضبطه متلبسا), is it an arrest."""
    if strict:
        return _captive_follows(event, context)
    doc, index = context.doc, event.trigger + event.lemma.count(" ") + 1
    if index < len(doc.tokens) and doc.tokens[index].norm == SUSPENSION_PREP:
        return False  # إيقافه عن العمل: a suspension from something, not an arrest
    if event.possessive:
        return True
    start = _past_authority_subject(doc, event, index)
    for position in range(start, min(len(doc.tokens), start + PERSON_REACH)):
        token = doc.tokens[position]
        if token.sentence != event.sentence or token.norm in CLAUSE_BREAKS:
            return False
        if position in context.date_tokens:
            continue
        if context.actor_from(position, position, allow_clitic=True) or position in context.count_tokens \
                or any(mention.first == position for mention in context.places) \
                or _is_target_noun(token) or is_title_word(token) or _stems(token) & (POPULATION | PERSON_WORDS) \
                or start > index and _accusative_title(token):
            return True
        if is_function_word(token):
            continue
        return False
    return False


ARRESTING_AUTHORITIES = word_set("arresting_authority")
NISBA = re.compile(r"^ال.+ي(?:ه|ين|ون)?$")  # الإيرانية، الأمنية، المغربي
AUTHORITY_NISBAS = 2  # السلطات الأمنية المغربية


def _past_authority_subject(doc: Document, event: Event, index: int) -> int:
    """أوقفت السلطات الإيرانية نائبا: a verb's subject that is an arresting authority (with its nisbas)
    stands between the verb and the one held; the person is looked for after it."""
    tokens = doc.tokens
    if event.pos != "verb" or index >= len(tokens) or not _bare_stems(tokens[index]) & ARRESTING_AUTHORITIES:
        return index
    index += 1
    for _ in range(AUTHORITY_NISBAS):  # قوات الأمن، السلطات الأمنية المغربية
        if index < len(tokens) and (NISBA.match(tokens[index].norm) or _bare_stems(tokens[index]) & ARRESTING_AUTHORITIES):
            index += 1
    return index


def _accusative_title(token: Token) -> bool:
    """نائبا، مسؤولا: a title in the indefinite accusative, the object of the verb."""
    return token.norm.endswith("ا") and token.norm[:-1] in title_words()


def _held_by_authority(event: Event, context: EventContext) -> bool:
    """أوقف (stopped, or arrested) is an arrest only with an arresting authority as its subject and the
    one held after it (أوقفت الشرطة ثلاثة أشخاص); أوقفت الحكومة المشروع stops something."""
    after = event.trigger + 1
    return _past_authority_subject(context.doc, event, after) > after and _person_follows(event, context)


# (وقع ضبطه، يقع ضبطه: the Maghrebi passive, like تم)
MASDAR_GOVERNORS = frozenset({"تم", "يتم", "من", "بعد", "اثر", "عند", "خلال", "وتم", "ليتم", "قبل", "وقع", "يقع", "ووقع"})
FLAGRANTE = re.compile(r"^متلبس(?:ا|ين|ه|ات)?$")  # ضبطه متلبسا: caught in the act


def _captive_follows(event: Event, context: EventContext) -> bool:
    doc, index = context.doc, event.trigger + event.lemma.count(" ") + 1
    if event.trigger == 0 or doc.tokens[event.trigger - 1].norm not in MASDAR_GOVERNORS:
        return False  # ضبط فريق الجودة 35 كرتونا، لعدم ضبطه لمسار الأمور: a verb, or a controlling
    if event.possessive:
        return index < len(doc.tokens) and bool(FLAGRANTE.match(doc.tokens[index].norm))
    index = _skip_count(doc, index) if index in context.count_tokens else index
    if index >= len(doc.tokens) or doc.tokens[index].sentence != event.sentence:
        return False
    token = doc.tokens[index]
    mention = context.actor_from(index, index, allow_clitic=True)
    return mention is not None and mention.kind == "person" or _is_target_noun(token) or is_title_word(token) \
        or bool(_stems(token) & PERSON_WORDS)


def _population_in_clause(event: Event, context: EventContext) -> bool:
    """فر آلاف السكان، نزوح عائلات: a group flees; لاذ السائق بالفرار is one man escaping."""
    clause = context.clause(event.trigger)
    tokens = context.doc.tokens
    if _fighters_fled(event, context, clause):
        return False
    if _read_off_waw(event, context):
        return _bare_population(context, clause)
    return any(index in context.count_tokens or _stems(tokens[index]) & POPULATION
               for index in range(clause[0], clause[1] + 1))


def _read_off_waw(event: Event, context: EventContext) -> bool:
    """وفرت، وفر: the verb read as و + فر 'and fled', which is also the whole verb وفّر 'provided'."""
    token = context.doc.tokens[event.trigger]
    return event.pos != "noun" and token.start < event.trigger_start \
        and context.doc.text[event.trigger_start - 1] == "و"


def _bare_population(context: EventContext, clause: tuple[int, int]) -> bool:
    """وفر آلاف السكان، وفرت 200 عائلة من البلدة: people who flee are the verb's bare subject. 'Provided' takes
    what is given and to whom: a count of no people (وفرت 66% من الطلب) or people after ل (وفر للأسر المال)."""
    tokens = context.doc.tokens
    for index in range(clause[0], clause[1] + 1):
        word = tokens[index].norm.removeprefix("و")
        if word in POPULATION:
            return True
        if index in context.count_tokens and index < clause[1] and _counts_people(tokens[index + 1]):
            return True
    return False


def _counts_people(token: Token) -> bool:
    stems = _stems(token)
    return bool(stems & (POPULATION | PERSON_WORDS)) or _is_target_noun(token) or token.norm.startswith("عائل")


FIGHTERS = word_set("fighter")
QUANTITY_WORDS = word_set("quantity")


def _fighters_fled(event: Event, context: EventContext, clause: tuple[int, int]) -> bool:
    """فر مسلحو الحوثي، فر العشرات من مسلحي الحوثي: armed men withdrew (but فر السكان من المسلحين:
    the people fled from them)."""
    tokens = context.doc.tokens
    for index in range(event.trigger + 1, clause[1] + 1):
        if not _stems(tokens[index]) & FIGHTERS:
            continue
        if index == event.trigger + 1 or tokens[index - 1].kind == "number":
            return True  # فر مسلحون، فرار أكثر من 600 أسير
        if tokens[index - 1].norm == "من" and index - 2 > event.trigger \
                and (tokens[index - 2].kind == "number" or _stems(tokens[index - 2]) & QUANTITY_WORDS):
            return True
    return False


def _count_token_index(doc: Document, count: Count) -> int | None:
    return _token_at(doc, count.start)


def _counts_in(context: EventContext, segment: tuple[int, int]) -> list[Count]:
    """The counts whose first token lies in the segment, in text order (indexed once per document,
    so that a long document with many events does not compare every event with every count)."""
    if context.count_positions is None:
        positions = [(_count_token_index(context.doc, count), order, count)
                     for order, count in enumerate(context.doc.fields.get("counts", []))]
        context.count_positions = sorted((index, order, count) for index, order, count in positions
                                         if index is not None)
        context.count_keys = [index for index, _, _ in context.count_positions]
    low = bisect_left(context.count_keys, segment[0])
    high = bisect_right(context.count_keys, segment[1])
    return [count for _, _, count in sorted(context.count_positions[low:high], key=lambda item: item[1])]


def _attach_numbers(event: Event, doc: Document, segment: tuple[int, int],
                    counts: list[Count] | None = None) -> None:
    whole: tuple[int, Amount, str | None] | None = None  # the latest count: its last token, value and kind
    for count in doc.fields.get("counts", []) if counts is None else counts:
        index = _count_token_index(doc, count)
        if index is None or not segment[0] <= index <= segment[1]:
            continue
        value = Amount(count.value, count.qualifier)
        last = _token_at(doc, max(count.end - 1, count.start)) or index
        unit = "" if _unit_opens_next(doc, last) else normalize_string(count.unit or "")
        if unit in TIMES_UNITS or unit.removeprefix("ال") in TIMES_UNITS:
            event.times = event.times or value
            continue
        if _event_noun_unit(unit):
            continue  # قتل انفجاران 26 شخصا: two blasts, not two dead (nor a count of the event's own)
        casualty = _casualty_kind(doc, index, last, unit, (segment[0], _sentence_last(doc, index)))
        if casualty is None and event.type == "killing" and event.trigger < index <= event.trigger + KILLING_COUNT_REACH:
            casualty = "killed"  # قتل مسلحون ثلاثة صحفيين: the killing's own victims
        part_of = whole if whole is not None and _is_part(doc, whole[0], index) else None
        whole = (last, value, casualty)
        if part_of is not None:
            if part_of[2] is not None:
                continue  # قتل 30 شخصا بينهم 5 نساء وأصيب 40: the 30 are the toll, the 5 some of them
            value = part_of[1]  # أكثر من 100 بينهم 13 طفلا قتلوا: the 13 are some of the 100 dead
        if casualty == "killed":
            event.killed = event.killed or value
        elif casualty == "injured":
            event.injured = event.injured or value
    if event.killed is None or event.injured is None:
        _attach_duals(event, doc, segment)


def _unit_opens_next(doc: Document, last: int) -> bool:
    """عدد القتلى 25 والجرحى 40: a noun with و after the number opens the next toll; it is not the
    number's own noun (the 25 are the dead named before it)."""
    token = doc.tokens[last]
    return token.kind != "number" and token.norm.startswith("و") \
        and bool(_bare_stems(token) & (INJURED_CUES | KILLED_CUES))


PART_WORDS = word_set("part_of")
PART_REACH = 2  # 50 شخصا بينهم 12 طفلا: the count's noun, then بينهم


def _is_part(doc: Document, whole_last: int, index: int) -> bool:
    """A count right after بينهم/منهم that follows another count counts some of its people, not more
    (the other count may have taken بينهم for its noun: أكثر من 100 بينهم)."""
    return 0 < index - whole_last <= PART_REACH and doc.tokens[index - 1].norm in PART_WORDS


def _attach_duals(event: Event, doc: Document, segment: tuple[int, int]) -> None:
    """فقتل جنديين، أصيب طفلان: a dual of a person noun beside a casualty word is a toll of two."""
    for index in range(segment[0], min(segment[1], len(doc.tokens) - 1) + 1):
        if not _bare_stems(doc.tokens[index]) & dual_persons():
            continue
        casualty = _casualty_kind(doc, index, index, "", (segment[0], _sentence_last(doc, index)))
        if casualty == "killed" and event.killed is None:
            event.killed = Amount(2, None)
        elif casualty == "injured" and event.injured is None:
            event.injured = Amount(2, None)


@lru_cache(maxsize=1)
def dual_persons() -> frozenset[str]:
    """The duals of person nouns whose plural is broken (جندي → جنود), so that -ين/-ان is only the dual
    (nisba nouns with a sound plural, مدنيين، صحفيين, are left out: their -ين is also the plural)."""
    forms: set[str] = set()
    for noun in DUAL_PERSON_NOUNS:
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        forms.update(stem + ending for ending in ("ين", "ان"))
    return frozenset(forms)


def _event_noun_unit(unit: str) -> bool:
    """قتل انفجاران 26 شخصا: the dual of an event noun counts the events, not the dead (but people who
    take part, ثلاثة محتجين، are the dead)."""
    entry = noun_readings().get(unit)
    return entry is not None and entry.type != "killing" and entry.needs != PARTICIPANT \
        and unit.endswith(("ان", "ين")) and not {unit, unit.removeprefix("ال")} & (KILLED_CUES | INJURED_CUES)


def _sentence_last(doc: Document, index: int) -> int:
    sentence = doc.tokens[index].sentence
    while index + 1 < len(doc.tokens) and doc.tokens[index + 1].sentence == sentence:
        index += 1
    return index


def _casualty_kind(doc: Document, first: int, last: int, unit: str, segment: tuple[int, int]) -> str | None:
    """killed or injured, by the count's own noun or the nearest casualty word around it."""
    if unit in KILLED_CUES:
        return "killed"
    if unit in INJURED_CUES:
        return "injured"
    toll = _toll_head_kind(doc, first)
    if toll:
        return toll
    before, after = _unquoted_neighbours(doc, first, -1), _unquoted_neighbours(doc, last, 1)
    for distance in (0, 1):
        for side in (before, after):  # 15 مسلحا حوثيا قتلوا: two words after
            index = side[distance] if distance < len(side) else -1
            if not segment[0] <= index <= segment[1]:
                continue
            words = _bare_stems(doc.tokens[index])  # والجرحى 30: the conjunction and the article off
            if words & KILLED_CUES:
                return "killed"
            if words & INJURED_CUES:
                return "injured"
    return None


def _unquoted_neighbours(doc: Document, start: int, step: int) -> list[int]:
    """The two token indexes next to `start` in one direction, quotation marks skipped: a casualty word
    in scare quotes (عن «استشهاد» 26 شخصا) is still the count's neighbour."""
    found: list[int] = []
    index = start + step
    while 0 <= index < len(doc.tokens) and len(found) < 2:
        if doc.tokens[index].norm not in QUOTE_MARKS:
            found.append(index)
        index += step
    return found


TOLL_HEAD_REACH = 10  # ارتفع عدد قتلى الهجوم على السوق في مدينة الحلة إلى 15 شخصا


def _toll_head_kind(doc: Document, first: int) -> str | None:
    """بلغت حصيلة القتلى ... 12، ارتفع عدد الجرحى إلى 30: the count is the toll named before it in its
    clause, by a toll noun with a casualty word right after it. Another count or casualty word
    between them (حصيلة القتلى 12 والجرحى 30) is the nearer toll's."""
    for index in range(first - 1, max(-1, first - TOLL_HEAD_REACH - 1), -1):
        token = doc.tokens[index]
        if token.norm in CLAUSE_BREAKS or token.sentence != doc.tokens[first].sentence or token.kind == "number":
            return None
        words = _bare_stems(token)
        if words & TOLL_HEADS and index + 1 < first:
            if index > 0 and _bare_stems(doc.tokens[index - 1]) & CUMULATIVE or any(
                    token.norm in SINCE_WORDS for token in doc.tokens[index + 1:first]):
                return None  # إجمالي عدد القتلى، عدد القتلى منذ بدء الحرب: a running total, no one event's
            following = _bare_stems(doc.tokens[index + 1])
            if following & KILLED_CUES:
                return "killed"
            if following & INJURED_CUES:
                return "injured"
        elif words & (KILLED_CUES | INJURED_CUES) and not (
                index > 0 and _bare_stems(doc.tokens[index - 1]) & TOLL_HEADS):
            return None
    return None


def _bare_stems(token: Token) -> set[str]:
    """A token's stems, each also without the article (القتلى is read as قتلى)."""
    return {form for _, stem in token.stems for form in (stem, stem.removeprefix("ال"))}


def _frames_report(doc: Document, date: Date, event: Event) -> bool:
    """A date before a complementizer before the trigger (ذكرت الشرطة أمس أنه تم القبض) dates the report;
    so does one after the trigger in the attribution that closes its clause (غارة ...، بحسب ما ذكرته وسائل
    إعلام السبت)."""
    if date.start >= event.trigger_end:
        return _in_attribution(doc, date, event)
    if date.end > event.trigger_start or event.trigger_start - date.end > REPORT_FRAME_CHARS:
        return False
    if _in_attribution(doc, date, None):
        return True
    if any(word in COMPLEMENTIZERS for word in normalize_string(doc.text[date.end:event.trigger_start]).split()):
        return True
    return _after_report_verb(doc, date)


REPORT_VERB_REACH = 6  # أعلن الديوان الملكي الأردني، الأحد، تنكيس العلم حدادا على ... قتلوا أثناء هجوم


def _after_report_verb(doc: Document, date: Date) -> bool:
    """أعلن الديوان، الأحد، ...: a date a few words after a verb of reporting, before the trigger, dates the
    announcement (the event told in it may be a day or more older)."""
    index = _token_at(doc, date.start)
    if index is None:
        return False
    sentence = doc.tokens[index].sentence
    return any(doc.tokens[before].sentence == sentence and _role_of(doc, before) == "report"
               for before in range(max(0, index - REPORT_VERB_REACH), index))


ATTRIBUTION_WORDS = word_set("attribution")


def _in_attribution(doc: Document, date: Date, event: Event | None) -> bool:
    """A date a few words after a reporting verb or an attribution word (بحسب، حسبما، نقلا عن), past the
    event's trigger when there is one: the day the source told it."""
    index = _token_at(doc, date.start)
    trigger = -1 if event is None else _token_at(doc, event.trigger_start)
    if index is None or trigger is None:
        return False
    sentence = doc.tokens[index].sentence
    for before in range(index - 1, max(trigger, index - REPORT_VERB_REACH - 1), -1):
        token = doc.tokens[before]
        if token.sentence != sentence or token.norm in CLAUSE_BREAKS and before < index - 1 \
                or token.norm in COMPLEMENTIZERS:
            # (a comma right before the date is the verb's: قالت الشرطة، الأحد; past أن the date is the content's)
            return False
        if _role_of(doc, before) in ("report", "source") or _bare_stems(token) & ATTRIBUTION_WORDS:
            return True
    return False


def _in_relative_clause_after(doc: Document, date: Date, event: Event) -> bool:
    """غارة ...، والغارة جاءت عشية تشييع الصماد، الذي قتل في غارة في 19 نيسان: a date past a relative
    pronoun that follows the trigger dates the relative clause's own deed."""
    index, trigger = _token_at(doc, date.start), _token_at(doc, event.trigger_end - 1)
    if index is None or trigger is None or index <= trigger:
        return False
    tokens = doc.tokens
    # The first relative pronoun between them, and a second one only where it decides: the scans stop
    # at what they look for, as every event asks this of every date of the document.
    first = next((between for between in range(trigger + 1, index) if tokens[between].norm in RELATIVES), None)
    if first is None:
        return False
    # الهجوم الإرهابي الذي استهدف المتحف في مارس 2015: a relative clause on the event noun itself (right
    # after it or its adjective) tells that event, and its date is the event's
    if event.pos != "noun" or first - trigger > OWN_RELATIVE_REACH:
        return True
    return any(tokens[between].norm in RELATIVES for between in range(first + 1, index))


OWN_RELATIVE_REACH = 2  # الهجوم الإرهابي الذي: the noun, one adjective, the pronoun


WAR_DATE_GAP = 2  # حرب عام 1948، الحرب في 1967: the war noun, then عام or في


def _names_a_war(doc: Document, date: Date) -> bool:
    """في حرب عام 1948: a date right after a war noun names that war, not the day of an event told beside it."""
    index = _token_at(doc, date.start)
    if index is None:
        return False
    for before in range(index - 1, max(-1, index - WAR_DATE_GAP - 1), -1):
        token = doc.tokens[before]
        if _stems(token) & WAR_NOUNS:
            return True
        if token.norm not in ("عام", "في", "سنه"):
            return False
    return False


def _nearest_date(doc: Document, event: Event) -> EventDate | None:
    """The resolvable date nearest the trigger in its sentence, else the article's first full date
    before it (a report's later sentences keep the day its lead gave, not a background year)."""
    sentence = doc.sentences[event.sentence] if event.sentence < len(doc.sentences) else None
    best, best_distance, earlier = None, None, None
    for date in doc.fields.get("dates", []):
        if date.value is None or date.kind == "duration" or _names_a_war(doc, date) \
                or _in_relative_clause_after(doc, date, event):
            continue
        if sentence is None or not sentence.start <= date.start < sentence.end:
            if earlier is None and date.start < event.trigger_start and len(date.value) == len("2017-04-04"):
                earlier = date
            continue
        distance = abs(date.start - event.trigger_start)
        if date.end <= event.trigger_start and _frames_report(doc, date, event):
            # any date of the event itself comes first (one after it in the attribution stays the nearest: a
            # date further on may be another event's, as in صالح الذي قتل في غارة في 19 نيسان)
            distance += len(doc.text)
        if best_distance is None or distance < best_distance:
            best, best_distance = date, distance
    event.date_inherited = best is None and earlier is not None
    event.date_of_report = best is not None and _frames_report(doc, best, event)
    best = best or earlier
    return EventDate(best.value, best.kind) if best else None


def _attach_modality_and_source(event: Event, context: EventContext, clause: tuple[int, int]) -> None:
    doc, trigger = context.doc, event.trigger
    first, _ = context.sentence_bounds[event.sentence]
    modality = "asserted"
    presupposed = _presupposed(doc, event)

    def raise_to(new: str) -> None:
        nonlocal modality
        if MODALITY_PRIORITY[new] > MODALITY_PRIORITY[modality] and not presupposed:
            modality = new

    # لم تسجل أي اشتباكات: a quantifier before the trigger widens the negation's reach by its word
    reach = (trigger - 1, trigger - 2, trigger - 3) if context.role(trigger - 1) == "generic" else (trigger - 1, trigger - 2)
    for index in reach:
        if index >= first and context.role(index) == "negation":
            raise_to("denied")  # لم تقصف، دون أي مواجهات
    for index in range(trigger + 1, min(len(doc.tokens) - 1, trigger + 3) + 1):
        role = context.role(index)
        if role == "alleged_after" or role == "suspected_after" and event.type in VIOLENT_TYPES:
            raise_to("alleged")
    if event.pos == "noun" and _scheduled_after(doc, event):
        raise_to("threatened")  # الإضراب المزمع تنفيذه، مسيرة مرتقبة: planned, not held yet
    if _future(event, context):
        raise_to("threatened")  # ستقصف، سوف تشن هجمات: said to come, not done
    scope = first
    for index in range(first, trigger):
        if context.role(index) == "report":
            scope = index  # وقالت إن ...: what follows is a new statement
    for index in range(scope, trigger):
        role = context.role(index)
        if role == "denial":
            raise_to("denied")
            event.source = event.source or _subject_after(context, index, trigger)
        elif role == "accusation":
            raise_to("alleged")
            _accusation_arguments(event, context, index, trigger)
        elif role == "threat" and not presupposed:
            raise_to("threatened")
            if not event.actors:
                _add(event.actors, _subject_after(context, index, trigger))
        elif role == "hedge" and _is_hedge(doc, index) and trigger - index <= 8:
            raise_to("possible")
        elif role == "plan" and trigger - index <= PLAN_REACH and not _is_considered(doc, index, trigger) or \
                role == "call" and event.type == "protest" and trigger - index <= PLAN_REACH or \
                role == "postpone" and trigger - index <= POSTPONE_REACH:
            raise_to("threatened")  # تستعد النقابة لتنفيذ إضراب، دعت إلى مظاهرة: not held yet
            if not event.actors and not presupposed:
                _add(event.actors, _subject_after(context, index, trigger))
    event.modality = modality
    quote = _quote_around(doc, event.trigger_start)
    if quote is not None:
        event.source = event.source or quote.speaker_actor or (quote.speaker.text if quote.speaker else None)
    if event.source is None:
        event.source = _according_to(context, event)


PLAN_ADJECTIVES = word_set("plan_adjective")
POSTPONE_REACH = 2  # تأجيل الإضراب، أرجأت النقابة الإضراب; not تأجيل النظر في قضية الاعتداء (a hearing put off)
PLAN_ADJECTIVE_REACH = 2  # الإضراب العام المزمع: the noun, an adjective, then the schedule


def _scheduled_after(doc: Document, event: Event) -> bool:
    """الإضراب المزمع تنفيذه، وقفة احتجاجية مرتقبة، الهجوم المقبل: an adjective of a schedule right after the noun."""
    after = event.trigger + event.lemma.count(" ") + 1
    return any(doc.tokens[index].sentence == event.sentence and doc.tokens[index].norm in PLAN_ADJECTIVES
               for index in range(after, min(len(doc.tokens), after + PLAN_ADJECTIVE_REACH)))


PRESUPPOSING_HEADS = word_set("presupposing_head")


def _presupposed(doc: Document, event: Event) -> bool:
    """توعدت الوزارة بملاحقة منفذي الهجوم، هددت بالانتقام لضحايا القصف: an event noun that is the
    genitive of who did or suffered it happened; the threat or plan is about what comes after it."""
    before = event.first_token - 1
    if event.pos != "noun" or before < 0 or doc.tokens[before].sentence != event.sentence:
        return False
    return bool(_bare_stems(doc.tokens[before]) & PRESUPPOSING_HEADS)


def _is_considered(doc: Document, index: int, trigger: int) -> bool:
    """يعد هذا التفجير الأعنف، ويعد هذا أول احتجاج، ويعد القبض عليه أحدث حادثة: يُعدّ 'is counted as'
    before a demonstrative or right before the definite or owned event noun (its subject), not يُعِدّ 'prepares'
    (يعد الجيش لهجوم، تعد القوات هجوما)."""
    if index + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[index + 1]
    definite = after.norm.startswith(NOUN_PREFIXES[0]) or after.text.endswith(POSSESSIVE_ENDINGS)  # القبض، اعتقاله
    return after.norm in DEMONSTRATIVES or trigger == index + 1 and definite


FUTURE_REACH = 3  # سوف تشن الطائرات غارات


def _future(event: Event, context: EventContext) -> bool:
    """A verb in the future (س before its imperfect: سيقصف، ستهاجم) or سوف a few words before."""
    first, _ = context.sentence_bounds[event.sentence]
    if context.role_in("future", range(max(first, event.first_token - FUTURE_REACH),
                                       event.first_token)):
        return True
    if event.pos != "verb":
        return _future_governor(event, context)
    core = normalize_string(context.doc.text[event.trigger_start:event.trigger_end])
    return core[:1] == "س" and core[1:2] in ("ي", "ت", "ن")


def _future_governor(event: Event, context: EventContext) -> bool:
    """ستوسع هجومها، ستواصل غاراتها: the noun is the object of a verb in the future, said to come. The
    word after س must itself be a common imperfect (توسع، تواصل), so سيارة، ستة، سنة are no verbs."""
    before = event.first_token - 1
    if before < 0 or context.doc.tokens[before].sentence != event.sentence or before in context.count_tokens:
        return False
    word = context.doc.tokens[before].norm.removeprefix("و").removeprefix("ف")
    return word[:1] == "س" and word[1:2] in IMPERFECT_LETTERS and len(word) >= 4 \
        and word_frequencies().get(word[1:], 0) >= per_million(CLITIC_STEM_MIN_PER_MILLION)


def _is_hedge(doc: Document, index: int) -> bool:
    # قد hedges only before an imperfect (قد يقصف "may strike"); before a perfect it asserts (وقد قصفت
    # "has struck"), also with the conjunctions و/ف glued to it (وقد، فقد)
    if doc.tokens[index].norm not in ("قد", "وقد", "فقد"):
        return True
    following = doc.tokens[index + 1].norm if index + 1 < len(doc.tokens) else ""
    return following[:1] in ("ي", "ت") and following != "تم"


def _subject_after(context: EventContext, index: int, trigger: int) -> str | None:
    mention = context.actor_from(index + 1, min(trigger - 1, index + 3))
    return mention.name if mention else None


def _accusation_arguments(event: Event, context: EventContext, index: int, trigger: int) -> None:
    """اتهمت المعارضة النظام باستخدام ...: the accuser is the source, the accused the actor."""
    mentions = [mention for mention in context.actors if index < mention.first < trigger]
    if not mentions:
        return
    if len(mentions) >= 2:
        event.source = event.source or mentions[0].name
        accused = mentions[1]
    else:
        accused = mentions[0]
        if trigger - accused.last > 2:
            event.source = event.source or accused.name
            return
    if accused.name not in event.actors:
        event.actors.insert(0, accused.name)
    if event.source in event.actors:
        event.actors.remove(event.source)


def _quoted_generic(event: Event, context: EventContext) -> bool:
    """"إسرائيل تقتل وتهدد"، "هم يهددون ويقتلون": a bare present in a direct quote, with no place, toll
    or day of its own, says what someone does, not an event the report tells."""
    doc = context.doc
    if event.pos != "verb" or event.modality != "asserted" or not _is_imperfect(doc, event):
        return False
    quote = _quote_around(doc, event.trigger_start)
    return quote is not None and quote.direct and _only_countries(doc, event.places) and event.killed is None \
        and event.injured is None and event.firm_date is None


WIDE_PLACE_KINDS = frozenset({"country", "region"})


def _only_countries(doc: Document, places: list[str]) -> bool:
    """"فهم يستهدفون الأكراد في تركيا": a country or a region beside a quoted present is where the habit
    holds; a town (يقصفون حلب الآن) makes it the fighting told."""
    kinds = {item.name: item.kind for item in doc.fields.get("places", [])}
    return all(kinds.get(name) in WIDE_PLACE_KINDS for name in places)


def _quote_around(doc: Document, offset: int) -> Quote | None:
    for quote in doc.fields.get("quotes", []):
        if quote.start is not None and quote.start <= offset < quote.end:
            return quote
    return None


def _according_to(context: EventContext, event: Event) -> str | None:
    first, last = context.sentence_bounds[event.sentence]
    for index in range(first, last + 1):
        found = context.cue(index)
        if found and found[0] == "source":
            mention = context.actor_from(found[1] + 1, found[1] + 3, allow_clitic=True)
            if mention:
                return mention.name
    return None


# --- casualty triggers, hypotheticals, merging ---

EXPLOSIVE_REACH = 4  # فجر انتحاري يرتدي حزاما
EXCHANGE_STEM = "تبادل"
PLAN_REACH = 6  # دعت النقابة منخرطيها إلى الاستعداد لتنفيذ تحرك احتجاجي
SIMILE_REACH = 3  # يشبه "قتل أخطبوط"
PREVENT_REACH = 6  # منعت السلطات مطلع الأسبوع الحالي التظاهرات
SPORT_FIGURATIVE_TYPES = VIOLENT_TYPES | {"arrest"}
SPORT_REACH = 10  # words either side: a match report, not a security story that names a tournament


def _in_match_report(event: Event, context: EventContext) -> bool:
    first, last = context.sentence_bounds[event.sentence]
    near = range(max(first, event.trigger - SPORT_REACH), min(last, event.trigger + SPORT_REACH) + 1)
    after = event.trigger + event.lemma.count(" ") + 1
    if after <= last and context.doc.tokens[after].norm in LABEL_COLONS:
        near = range(first, last + 1)  # للوسط: ...، للهجوم: أنتوان غريزمان: a line-up's heading, its team named far off
    # مسيرة التانغو في المونديال: a team's run, not a march; احتجاجه على قرار الحكم: a complaint, not a rally
    # اعتقال 5 لاعبين: an arrest in sport is still an arrest; إيقاف اللاعب is a suspension
    figurative = event.type in SPORT_FIGURATIVE_TYPES and (event.type != "arrest" or event.lemma in SUSPENSION_LEMMAS) \
        or event.lemma == "مسيره" \
        or event.type == "protest" and event.lemma not in RALLY_LEMMAS and trigger_needs().get(event.lemma) != PARTICIPANT
    if figurative and context.role_in("sport", near):
        return True
    return _playing_position(event, context) or _player_suspended(event, context) or _setback_blow(event, context) \
        or _team_attack(event, context) or _entered_domain(event, context) or _goal_snatched(event, context)


PLAY_VERBS = word_set("play_verb")
ROLE_NOUNS = word_set("role_noun")
PLAY_REACH = 8  # يتوق للعب بجوار نجم آخر في الهجوم
BLOW_ADJECTIVES = word_set("blow_adjective")
BLOW_LEMMA = "ضربه"
PLAYER_NOUNS = word_set("player_noun")


def _playing_position(event: Event, context: EventContext) -> bool:
    """سيلعب ميسي في الهجوم، يتوق للعب بجوار نجم آخر في الهجوم: an event noun after في in a clause whose verb is
    'to play' is where a player plays; لعب دورا في الهجوم (a part in an attack) keeps the attack."""
    tokens = context.doc.tokens
    before = event.first_token - 1
    if event.pos != "noun" or before < 1 or tokens[before].norm != "في":
        return False
    first, _ = context.clause(event.trigger)
    for index in range(before - 1, max(first, before - PLAY_REACH) - 1, -1):
        stems = _stems(tokens[index])
        if stems & ROLE_NOUNS:
            return False
        if stems & PLAY_VERBS:
            return True
    return False


SCORING_WORDS = word_set("scoring_word")
GOAL_NOUNS = word_set("goal_noun")
TEAM_ATTACK_LEMMA = "هجوم"
GOAL_REACH = 5  # أهدر مدافعه سلطان الغنام هدفا: the scorer may come between


def _team_attack(event: Event, context: EventContext) -> bool:
    """كثف الرائد هجومه ونجح بتسجيل هدفين، لم يتوقف هجوم الفيصلي وأهدر مدافعه هدفا: an attack noun with its
    owner (a pronoun or a name after it), in a sentence where a goal is scored or missed, is a team's play."""
    if event.lemma != TEAM_ATTACK_LEMMA or event.pos != "noun" or event.definite:
        return False
    first, last = context.sentence_bounds[event.sentence]
    tokens = context.doc.tokens
    after = event.trigger + 1
    owned = event.possessive or after <= last and tokens[after].norm.startswith("ال") \
        and not context.doc.text[event.trigger_start:event.trigger_end].endswith("ا")  # هجوم الفيصلي, not هجوما
    if not owned:
        return False
    for index in range(first, last + 1):
        if tokens[index].norm.removeprefix("و") in SCORING_WORDS and any(
                tokens[later].norm in GOAL_NOUNS for later in range(index + 1, min(last, index + GOAL_REACH) + 1)):
            return True
    return False


ENTRY_LEMMAS = frozenset({"اقتحم", "اقتحام"})
ENTERED_DOMAINS = word_set("entered_domain")


def _entered_domain(event: Event, context: EventContext) -> bool:
    """اقتحمت الممثلة التمثيل، اقتحام الشركة السوق الأوروبية، اقتحم عالم الغناء: a field or a market right after
    the verb or its subject, in a sentence with no word of armed force, is entered, not stormed (اقتحمت القوات السوق
    بعد اشتباكات stays a storming)."""
    if event.lemma not in ENTRY_LEMMAS:
        return False
    tokens = context.doc.tokens
    entered = any(tokens[index].sentence == event.sentence and tokens[index].norm in ENTERED_DOMAINS
                  for index in range(event.trigger + 1, min(len(tokens), event.trigger + 3)))
    return entered and not _military_sentence(event, context)


SNATCH_LEMMAS = frozenset({"خطف", "اختطف"})
SNATCH_REACH = 3  # وخطف البديل هدفا


def _goal_snatched(event: Event, context: EventContext) -> bool:
    """خطف هدف الفوز، وخطف البديل هدفا ثمينا: a goal snatched (its subject may come between), in a sentence with no
    word of armed force, is no kidnapping."""
    tokens = context.doc.tokens
    if event.lemma not in SNATCH_LEMMAS:
        return False
    goal = any(tokens[index].sentence == event.sentence and tokens[index].norm in GOAL_NOUNS
               for index in range(event.trigger + 1, min(len(tokens), event.trigger + 1 + SNATCH_REACH)))
    return goal and not _military_sentence(event, context)


def _player_suspended(event: Event, context: EventContext) -> bool:
    """زيادة فترة إيقاف المهاجم غيريرو: إيقاف with a player right after it is a suspension, not an arrest."""
    after = event.trigger + 1
    tokens = context.doc.tokens
    return event.lemma in SUSPENSION_LEMMAS and after < len(tokens) and tokens[after].sentence == event.sentence \
        and bool(_stems(tokens[after]) & PLAYER_NOUNS)


def _setback_blow(event: Event, context: EventContext) -> bool:
    """تعرض الفريق لضربة موجعة، لضربة قاسية أخرى: a blow called painful or hard, in a sentence with no word of
    armed force, is a setback (وجهت الطائرات ضربة موجعة للمسلحين is a blow struck)."""
    if event.lemma != BLOW_LEMMA:
        return False
    tokens = context.doc.tokens
    called = any(_stems(tokens[index]) & BLOW_ADJECTIVES
                 for index in range(event.trigger + 1, min(len(tokens), event.trigger + 3))
                 if tokens[index].sentence == event.sentence)
    return called and not _military_sentence(event, context)


LABEL_COLONS = frozenset({":"})
SUSPENSION_LEMMAS = frozenset({"ايقاف", "توقيف"})


ONSET_NOUNS = word_set("onset_noun")
WARNING_REACH = 6  # حذر حزب حراك تونس الإرادة من اندلاع احتجاجات: the warner's name between


def _warned_of(event: Event, context: EventContext) -> bool:
    """حذر الحزب من اندلاع احتجاجات، تحذيرات من هجوم: the event a warning is of, right after its من (or after
    an onset noun: اندلاع، وقوع، تجدد), is feared; a warning farther off (حذرت من كارثة بعد القصف) leaves it told."""
    tokens = context.doc.tokens
    before = event.first_token - 1
    if before >= 0 and tokens[before].sentence == event.sentence and _stems(tokens[before]) & ONSET_NOUNS:
        before -= 1
    if before < 1 or tokens[before].sentence != event.sentence or tokens[before].norm != "من":
        return False
    first, _ = context.clause(event.trigger)
    return context.role_in("warning", range(max(first, before - WARNING_REACH), before))


def _prevented(event: Event, context: EventContext) -> bool:
    clause = context.clause(event.trigger)
    return context.role_in("prevent", range(max(clause[0], event.trigger - PREVENT_REACH), event.trigger))


def _drop_hypotheticals(events: list[Event], context: EventContext) -> list[Event]:
    kept = []
    armed = {event.sentence for event in events if event.type in WEAPON_TYPES}
    violent = {event.sentence for event in events if event.type in VIOLENT_TYPES - {"killing"}}
    for event in events:
        if event.type in HAZARD_READINGS and event.sentence not in armed and _natural_cause(event, context):
            continue  # قتل ثلاثة في زلزال ضرب البلاد، شرد الفيضان آلاف السكان: a disaster, not violence
        if event.type == "killing" and event.sentence not in violent and _fire_death(event, context):
            continue  # أسفر الحريق عن مقتل 64 شخصا: the fire's toll (حريق أضرمه مستوطنون stays one)
        if event.type in WAR_TOLL_TYPES and event.sentence not in armed and _war_toll(event, context):
            continue  # أدت الحرب في البلاد إلى مقتل الآلاف وتشريد الملايين: a war's running toll
        if _over_years(event, context):
            continue  # تعرضت المدينة طوال سنوات لقصف: what went on for years, no event told
        if _accident_blast(event, context):
            continue  # تحطمت الطائرة وانفجرت عند ارتطامها بالأرض: the crash's fire, not a bomb
        if _generic(event, context):
            continue  # أي استخدام للأسلحة الكيماوية، كل هجوم: any such event, none told
        if _in_match_report(event, context):
            continue  # هجمات المنتخب، إيقاف اللاعب: a match told, not violence
        if _in_fiction(event, context) or _criticism(event, context) or _animal_violence(event, context) \
                or _heading(event, context) or _cited(event, context) or _emotion_burst(event, context) \
                or _kind_judged(event, context) or _parade(event, context) or _almanac_entry(event, context) \
                or _breach(event, context) or _aimed_at(event, context):
            continue  # قتل شرطي في الكليب; خطابات هاجموا فيها الحكومة; هاجمت قرود طفلا: no violent event told
        if _prevented(event, context):
            continue  # أحبطت الشرطة هجوما، منعت السلطات التظاهرات: it did not happen
        if _warned_of(event, context) or _stopped(event, context):
            continue  # حذر الحزب من اندلاع احتجاجات، توقفت الطائرات عن قصف المواقع: feared or stopped, not told
        clause = context.clause(event.trigger)
        if context.role_in("simile", range(max(clause[0], event.first_token - SIMILE_REACH),
                                           event.first_token)):
            continue  # يشبه "قتل أخطبوط"، بمثابة اعتداء على الوطن: a comparison, not violence done
        if not event.conjoined and context.role_in("copula", range(
                max(clause[0], event.first_token - SIMILE_REACH), event.first_token)):
            continue  # تمثل الخطة ضربة قوية للشركة: a figure (but يمثل تهديدا وقصفت: a new clause)
        first, _ = context.sentence_bounds[event.sentence]
        if context.role_in("hypothetical", range(max(first, clause[0] - 1), event.trigger)):
            continue
        if _unrealized(event, context) or _background(event, context):
            continue
        if context.role_in("footer", range(first, event.trigger)):
            continue  # رابط الخبر بصحيفة ...: the headline repeated under the article
        kept.append(event)
    return kept


# A death, a blow (ضرب) or a flight can be a disaster's; a strike, a shelling or a bombing cannot.
HAZARD_READINGS = frozenset({"killing", "attack", "displacement"})
WEAPON_TYPES = frozenset({"chemical_attack", "airstrike", "shelling", "bombing", "armed_clash"})


WAR_TOLL_TYPES = frozenset({"killing", "displacement"})
WAR_NOUNS = word_set("war_noun")
RESULT_VERBS = word_set("result_verb")


def _war_toll(event: Event, context: EventContext) -> bool:
    """A war noun and a verb of result before the death or flight in its sentence (أدت الحرب إلى
    مقتل، دخلت البلاد في النزاع، ما أدى إلى نزوح): the war's toll, no one event."""
    first, _ = context.sentence_bounds[event.sentence]
    before = [_stems(context.doc.tokens[index]) for index in range(first, event.first_token)]
    return any(stems & WAR_NOUNS for stems in before) and any(stems & RESULT_VERBS for stems in before)


SPAN_HEADS = word_set("span_head")
SPAN_UNITS = word_set("span_unit")
SUPERLATIVE = re.compile(r"^(?:ال)?ا[^ا\s]{3}$")  # أعنف، الأكبر، أسوأ: the span after it is a comparison
SUPERLATIVE_REACH = 3  # أعنف هجوم تشهده المدينة خلال السنوات


def _over_years(event: Event, context: EventContext) -> bool:
    """طوال سنوات، على مدى عقود، خلال الأشهر الماضية before the event in its clause: a span of
    years or months over which it went on, no event of the report."""
    first = context.clause(event.trigger)[0]
    tokens = context.doc.tokens
    before = event.first_token - 1
    if event.pos == "noun" and before - 1 >= first and tokens[before].norm == "من" \
            and _stems(tokens[before - 1]) & (SPAN_UNITS | DURATION_UNITS):
        return True  # بعد تسع سنوات من القتال، تسعة أشهر من المعارك: how long it lasted
    for index in range(first, event.first_token - 1):
        if _stems(tokens[index]) & SPAN_HEADS and _stems(tokens[index + 1]) & SPAN_UNITS \
                and not any(SUPERLATIVE.match(token.norm) for token in tokens[max(first, index - SUPERLATIVE_REACH):index]):
            return True
    return False


# A bare explosion (انفجار، انفجر), with nothing detonated named, can be an accident's.
BLAST_LEMMAS = frozenset({"انفجار", "انفجر"})


def _accident_blast(event: Event, context: EventContext) -> bool:
    """انفجار in a sentence with a crash or an accident (تحطم، حادث سير) and no explosive in it
    (عبوة، سيارة مفخخة) is the accident's; with an explosive named it stays a bombing."""
    if event.lemma not in BLAST_LEMMAS or not _natural_cause(event, context):
        return False
    first, last = context.sentence_bounds[event.sentence]
    return not context.role_in("explosive", range(first, last + 1))


def _natural_cause(event: Event, context: EventContext) -> bool:
    """A natural hazard or an accident in the sentence (زلزال، فيضان، حادث سير): with no
    weapon's event beside it, the deaths, the blow and the flight are the disaster's."""
    first, last = context.sentence_bounds[event.sentence]
    if context.role_in("natural_cause", range(first, last + 1)):
        return True
    # اصطدمت سيارة بجرار. وأسفر الحادث عن مصرع ثلاثة: the accident named just before
    if event.sentence == 0 or not any(_stems(context.doc.tokens[index]) & ACCIDENT_ANAPHORS for index in range(first, last + 1)):
        return False
    before_first, before_last = context.sentence_bounds[event.sentence - 1]
    return context.role_in("natural_cause", range(before_first, before_last + 1))


ACCIDENT_ANAPHORS = frozenset({"الحادث", "الحادثه"})


def _fire_death(event: Event, context: EventContext) -> bool:
    """A fire in the death's sentence and no word saying it was set (أضرم، أشعل، متعمد): a fire is as
    often set as not, so only the absence of arson makes the deaths the fire's."""
    first, last = context.sentence_bounds[event.sentence]
    stretch = range(first, last + 1)
    return context.role_in("fire", stretch) and not context.role_in("arson", stretch)


HEADING_OPENERS = frozenset({"في", "وفي"})


def _heading(event: Event, context: EventContext) -> bool:
    """وفي الهجوم: محمد صلاح: a line-up's heading (a noun after في, right before a colon), no event."""
    tokens, after = context.doc.tokens, event.trigger + event.lemma.count(" ") + 1
    return event.pos == "noun" and after < len(tokens) and tokens[after].norm in LABEL_COLONS \
        and event.trigger > 0 and tokens[event.trigger - 1].norm in HEADING_OPENERS


CITE_LEMMAS = frozenset({"استشهد"})
CITE_REACH = 3  # استشهد في ذلك بحالة مواطن


def _cited(event: Event, context: EventContext) -> bool:
    """استشهد بمقطع فيديو، استشهد في ذلك بحالة: 'cited', not 'was martyred'; a ب-word of force after it
    (استشهد برصاص قناص، بنيران القوات) keeps the death."""
    if event.lemma not in CITE_LEMMAS or event.pos != "verb":
        return False
    tokens = context.doc.tokens
    for index in range(event.trigger + 1, min(len(tokens), event.trigger + CITE_REACH + 1)):
        token = tokens[index]
        if token.sentence != event.sentence or token.norm in CLAUSE_BREAKS:
            return False
        if token.norm.startswith("ب") and not token.norm.startswith("بعد") and len(token.norm) > 3:
            return not (_stems(token) & MILITARY_CONTEXT or index in context.violent_tokens
                        or context.role(index) in ("wound", "agent_phrase"))
    return False


def _emotion_burst(event: Event, context: EventContext) -> bool:
    """انفجر في البكاء، الأوضاع انفجرت، البطاريات تنفجر: a feeling, a state or a device bursts, no bomb."""
    if event.lemma not in BLAST_LEMMAS:
        return False
    first, last = context.clause(event.trigger)
    return context.role_in("emotion", range(first, last + 1))


STANCE_REACH = 2  # لا يمكن قبول الهجمات، تجريم الاعتداء
JUDGMENT_REACH = 6  # إن الاعتداء على رجال الأمن جريمة
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def _kind_judged(event: Event, context: EventContext) -> bool:
    """A kind of act, not an act: a stance on it just before its noun (تجريم الاعتداء، يحرم قتل النفس، مكافحة
    التفجيرات), or a definite noun judged by a predicate (الاعتداء على رجال الأمن جريمة، القتل حرام) in a
    clause that names no place, no date and no relative clause (الهجوم الذي استهدف المسجد جريمة is one told)."""
    first, last = context.clause(event.trigger)
    # (a verb joined by و after it opens a clause of its own: يواصل مكافحة الإرهاب وقصفت طائراته)
    opens_clause = event.conjoined and event.pos == "verb"
    if not opens_clause and any(context.role(index) == "stance"
                                for index in range(max(first, event.first_token - STANCE_REACH), event.first_token)):
        return True
    if event.pos != "noun" or not event.definite:
        return False
    tokens = context.doc.tokens
    reach = range(event.trigger + 1, min(last, event.trigger + JUDGMENT_REACH) + 1)
    if not any(context.role(index) == "judgment" for index in reach):
        return False
    return not any(tokens[index].norm in RELATIVES or index in context.date_tokens
                   or any(mention.first <= index <= mention.last for mention in context.places)
                   for index in range(first, last + 1))


FESTIVE_LEMMAS = frozenset({"مسيره", "تظاهره"})


def _breach(event: Event, context: EventContext) -> bool:
    """قال المسؤولون إن المتسللين استهدفوا مئات الضحايا: hackers' attacks in their sentence are breaches."""
    if event.type != "attack":
        return False
    first, last = context.sentence_bounds[event.sentence]
    return context.role_in("cyber", range(first, last + 1))


AIM_VERB_STEMS = ("استهدف", "يستهدف", "تستهدف", "يهدف", "تهدف")
AIMED_TYPES = frozenset({"arrest", "displacement"})  # what an operation aims at (القبض، تهجير السكان)


def _aimed_at(event: Event, context: EventContext) -> bool:
    """عملية عسكرية استهدفت القبض على قيادي، تهدف تهجير السكان: an arrest or a flight right after a verb of
    aiming is the aim, not done."""
    tokens = context.doc.tokens
    if event.lemma == "استهدف" and event.trigger + 1 < len(tokens) and any(
            noun_readings()[stem].type in AIMED_TYPES for stem in _stems(tokens[event.trigger + 1]) if stem in noun_readings()):
        return True  # استهدفت القبض على قيادي: the verb of that aim
    if event.pos != "noun" or event.type not in AIMED_TYPES or event.first_token == 0:
        return False  # (استهدفت غارة القصر: a strike after the verb is its subject)
    before = tokens[event.first_token - 1]
    return before.sentence == event.sentence and any(stem.startswith(AIM_VERB_STEMS) for stem in _stems(before))


def _parade(event: Event, context: EventContext) -> bool:
    """وتضمنت الاحتفالات مسيرات، على هامش التظاهرة عروض ومسرحيات: a march or an event (تظاهرة) in a
    celebration, with no other protest word in its sentence, is a parade or a festival."""
    if event.lemma not in FESTIVE_LEMMAS:
        return False
    first, last = context.sentence_bounds[event.sentence]
    if not context.role_in("festivity", range(first, last + 1)):
        return False
    lexicon, tokens = trigger_lexicon(), context.doc.tokens
    return not any(lexicon[stem].type == "protest" and lexicon[stem].lemma not in FESTIVE_LEMMAS
                   for index in range(first, last + 1) for stem in _stems(tokens[index]) if stem in lexicon)


YEAR = re.compile(r"^[12][0-9]{3}$")
ALMANAC_DASHES = ("-", "–", "—")
ALMANAC_REACH = 8  # 1965 - الرئيس المصري جمال عبد الناصر يأمر باعتقال


def _almanac_entry(event: Event, context: EventContext) -> bool:
    """1948 - اعتقال قادة الحزب، 1973- الموساد يغتال نادلا: an entry of a this-day-in-history list (a year and a
    dash before the trigger in its sentence), no event of the report."""
    tokens = context.doc.tokens
    first, _ = context.sentence_bounds[event.sentence]
    return any(tokens[index].norm.startswith(ALMANAC_DASHES) and YEAR.match(tokens[index - 1].norm)
               and tokens[index + 1].kind != "number"  # 2015 - 2016: a span of years
               for index in range(max(first + 1, event.first_token - ALMANAC_REACH), event.first_token))


def _in_fiction(event: Event, context: EventContext) -> bool:
    """A work of fiction named earlier in the sentence with a word of what it shows (تدور فكرة الكليب حول ...
    واقعة قتل): the work's killing, no event reported; one named after a real killing (صدم بمقتل العقيد ...
    حلقات مسلسل) or only as who spoke (ندد أبطال مسرحية بالتفجير) leaves the event told."""
    first, _ = context.sentence_bounds[event.sentence]
    work = context.first_with_role("fiction", range(first, event.first_token))
    return work is not None and context.role_in("depiction", range(first, event.first_token))


CRITICISM_LEMMAS = frozenset({"هاجم", "هجوم"})
SPEECH_REACH = 6  # ألقوا خطابات هاجموا فيها الحكومة، شن هجوما حادا على الوزير في تغريدة على حسابه


def _criticism(event: Event, context: EventContext) -> bool:
    """هاجم/هجوم with a word of speaking or writing near it in its clause: a verbal attack."""
    if event.lemma not in CRITICISM_LEMMAS:
        return False
    first, last = context.clause(event.trigger)
    if context.role_in("speech", range(max(first, event.trigger - SPEECH_REACH),
                                       min(last, event.trigger + SPEECH_REACH) + 1)):
        return True
    return _person_attacked_in_words(event, context) or event.pos == "noun" and _attack_on_an_abstraction(event, context)


ABSTRACT_TARGETS = word_set("abstract_target")
ABSTRACT_TARGET_REACH = 4  # هجوما شنته أحزاب المعارضة ضد سياسة: a light verb and its subject may come between


def _attack_on_an_abstraction(event: Event, context: EventContext) -> bool:
    """هجوما خطيرا على التجارة الدولية، هجوما شنته المعارضة ضد سياسة الحكومة: an attack noun whose first على/ضد
    is a policy, a trade or a law is criticism, not violence (هجوما على القرية ضد سياسة التهجير stays one)."""
    tokens = context.doc.tokens
    for index in range(event.trigger + 1, min(len(tokens) - 1, event.trigger + 1 + ABSTRACT_TARGET_REACH)):
        if tokens[index].sentence != event.sentence:
            return False
        if tokens[index].norm == "ضد" or tokens[index].text == "على":
            return bool(_stems(tokens[index + 1]) & ABSTRACT_TARGETS) and not _military_sentence(event, context)
    return False


def _person_attacked_in_words(event: Event, context: EventContext) -> bool:
    """هاجم المساعد السابق لمدير المكتب، هجومهم على ميسي: a named person (or a title) attacked, in a sentence
    with no word of armed force, weapons or casualties: criticism."""
    after = event.trigger + event.lemma.count(" ") + 1
    tokens = context.doc.tokens
    if event.pos == "noun":  # هجومهم على ميسي; منفذ الهجوم نواز names who attacked
        if after >= len(tokens) or not (tokens[after].norm == "ضد" or tokens[after].text == "على"):
            return False
        after += 1
    if after >= len(tokens) or tokens[after].sentence != event.sentence:
        return False
    mention = context.actor_from(after, after)
    if not (mention is not None and mention.kind == "person" or is_title_word(tokens[after])):
        return False
    return not _military_sentence(event, context)


ANIMAL_REACH = 3  # هاجمت مجموعة من أسماك القرش، هاجمت قرود البابون طفلا
ANIMAL_SUBJECT_REACH = 6  # حية كوبرا ربما تكون قد عضت صاحبها وقتلته


def _animal_violence(event: Event, context: EventContext) -> bool:
    """An animal right beside a violent trigger or a flight, as its doer or its victim (تهجير القردة): no event
    of RECORD.md."""
    if event.type not in VIOLENT_TYPES and event.type != "displacement":
        return False
    first, last = context.clause(event.trigger)
    return context.role_in("animal", range(max(first, event.trigger - ANIMAL_SUBJECT_REACH),
                                           min(last, event.trigger + ANIMAL_REACH) + 1))


def _generic(event: Event, context: EventContext) -> bool:
    """أي، كل right before the trigger: any event of the kind, not one that happened (but دون أي
    مواجهات، لم تسجل أي اشتباكات deny that one did: a denied event)."""
    quantifier = event.first_token - 1
    tokens = context.doc.tokens
    if quantifier >= 1 and tokens[quantifier].norm == "من" and tokens[quantifier - 1].norm in ("كل", "وكل") \
            and event.pos == "verb":
        return True  # عاقبت المادة كل من اقتحم ملعبا: anyone who did, none told
    if quantifier >= 1 and event.pos == "noun" and tokens[quantifier].norm in DEMONSTRATIVES \
            and tokens[quantifier - 1].norm.lstrip("و") in SUCH_WORDS and tokens[quantifier - 1].sentence == event.sentence:
        return True  # مثل هذا الهجوم قد يسفر، بمثل هذه الهجمات: an event of the kind, none told
    if quantifier < 0 or context.role(quantifier) != "generic" \
            or context.doc.tokens[quantifier].sentence != event.sentence:
        return False
    return not context.role_in("negation", range(max(0, quantifier - NEGATION_REACH), quantifier))


NEGATION_REACH = 2  # لم تسجل أي اشتباكات: لم two words before أي
SUCH_WORDS = frozenset({"مثل", "بمثل", "لمثل"})


ABILITY_REACH = 5  # قدرة النظام على شن هجمات
INTENT_REACH = 2  # التحريض بارتكاب اعتداء: the intention's noun governs the trigger or its verbal noun
HISTORY_REACH = 8  # سبق وأن تعرض منذ سنتين إلى الاعتداء
SUBJUNCTIVE_REACH = 2  # أن يتسبب هجوم، أن تشن إسرائيل هجمات
SUBJUNCTIVE_PARTICLES = frozenset({"ان", "بان"})
FACTUAL_BEFORE = frozenset({"بعد", "قبل", "منذ", "وبعد", "وقبل", "ومنذ"})  # بعد أن يقصف: it did happen
IMPERFECT_LETTERS = ("ي", "ت", "ن")


def _unrealized(event: Event, context: EventContext) -> bool:
    """An event only able, or meant, to happen: a capability (قدرة النظام على شن هجمات) or a
    subjunctive (يخشى أن يتسبب هجوم، يريد أن يهاجم): أن right before an imperfect verb, which is
    the trigger or has it as subject or object. أنّ before a noun (أن الطائرات قصفت) reports a fact."""
    clause = context.clause(event.trigger)
    if any(context.role(index) == "ability"
           for index in range(max(clause[0], event.first_token - ABILITY_REACH), event.first_token)):
        return True
    if context.role_in("intent", range(max(clause[0], event.first_token - INTENT_REACH), event.first_token)):
        return True  # أنكر نيته قتل المصلين، التحريض بارتكاب اعتداء: meant or urged, not done
    tokens = context.doc.tokens
    for verb in range(max(clause[0] + 1, event.first_token - SUBJUNCTIVE_REACH), event.first_token + 1):
        particle = tokens[verb - 1]
        if particle.norm not in SUBJUNCTIVE_PARTICLES or verb - 2 >= 0 and tokens[verb - 2].norm in FACTUAL_BEFORE:
            continue
        # أن يتوقف وأحسست بانفجار: a clause opened with و between them is no longer the verb's
        joined = all(not tokens[index].norm.startswith("و") for index in range(verb + 1, event.first_token))
        if _looks_imperfect(tokens[verb], context, verb) and (verb == event.first_token or event.pos == "noun" and joined):
            return True
    return False


def _looks_imperfect(token: Token, context: EventContext, index: int) -> bool:
    """A word read as an imperfect verb: ي/ت/ن first, not part of a name (أن تركيا قصفت)."""
    if token.kind != "arabic" or not token.norm.startswith(IMPERFECT_LETTERS) or len(token.norm) < 3:
        return False
    return not any(mention.first <= index <= mention.last for mention in (*context.actors, *context.places))


def _background(event: Event, context: EventContext) -> bool:
    """A past event the report recalls rather than tells: after سبق أن (had before), or an event noun
    after a time connective (عقب، إثر، أعقبت، منذ) in a clause dated only by a year or a month
    (عقب هجوم العام الماضي، خلال الفوضى التي أعقبت هجوم التنظيم في يونيو 2014)."""
    first, _ = context.sentence_bounds[event.sentence]
    if context.role_in("history", range(max(first, event.first_token - HISTORY_REACH),
                                        event.first_token)):
        return True
    if _lasting_since(event, context):
        return True
    if _pluperfect(event, context):
        return _coarse_dated_clause(event, context)
    if event.pos != "noun" or not any(context.role(index) == "time_connective"
                                      for index in range(max(first, event.first_token - 2), event.first_token)):
        return False
    return _coarse_dated_clause(event, context)


def _coarse_dated_clause(event: Event, context: EventContext) -> bool:
    clause = context.clause(event.trigger)
    doc = context.doc
    low, high = doc.tokens[clause[0]].start, doc.tokens[clause[1]].end
    return any(low <= date.start < high and _coarse_past(date) for date in doc.fields.get("dates", []))


PLUPERFECT_REACH = 6  # كان before قد: وكان مسلحون من التنظيم قد هاجموا، وكانت الطائرات قد شنت غارات
KANA_FORMS = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"})
QAD_FORMS = frozenset({"قد", "وقد"})


def _pluperfect(event: Event, context: EventContext) -> bool:
    """وكان مسلحون قد هاجموا في العام الماضي مسجدا: كان ... قد before the trigger (or its light verb)
    tells what had happened before; dated only by a year or a month, it is a recalled past."""
    doc = context.doc
    first, _ = context.clause(event.trigger)  # ... قد هاجموا مسجدا فقتلوا: the whole clause is recalled
    for index in range(event.first_token - 1, first - 1, -1):
        if doc.tokens[index].norm in COMPLEMENTIZERS or context.role(index) == "report":
            return False  # وكانت المنظمة قد أكدت أن الغاز استخدم: the report is recalled, not the event
        if doc.tokens[index].norm in QAD_FORMS:
            return any(doc.tokens[before].norm in KANA_FORMS
                       for before in range(max(first, index - PLUPERFECT_REACH), index))
    return False


def _lasting_since(event: Event, context: EventContext) -> bool:
    """يحتجز الرجال منذ مايو 2016، تقصف القوات المدينة منذ عام 2015: the imperfect with منذ a year or a
    month (or a span of years) is a state lasting since, not an event the report tells (the perfect
    tallies events since: استخدمت الكلور 85 مرة منذ 2013، نزح 120 ألفا منذ يونيو); so is a habit."""
    clause = context.clause(event.trigger)
    if _habit(event, context, clause):
        return True
    carried = event.pos == "noun" and any(_present_carrier(context, index) for index in range(clause[0], event.trigger))
    if not _is_imperfect(context.doc, event) and not carried:
        return False  # (التي تشن هجمات في سوريا منذ عام 2015: the present light verb lasts since, as an imperfect does)
    doc = context.doc
    low, high = doc.tokens[clause[0]].start, doc.tokens[clause[1]].end
    return any(low <= date.start < high and date.kind == "since" and _coarse_past(date)
               for date in doc.fields.get("dates", [])) or _since_years(context, clause)


def _habit(event: Event, context: EventContext, clause: tuple[int, int]) -> bool:
    """يتعرض اليمن للقصف يوميا، عادة ما يشن التحالف غارات: an adverb of habit with the present, of the
    trigger or of the verb that carries its noun."""
    tokens = context.doc.tokens
    if _habit_verb_governs(event, context, clause):
        return True
    if not any(tokens[index].norm in HABITUAL_WORDS or _every_span(tokens, index, clause[1])
               or _habit_phrase_at(tokens, index, clause[1]) for index in range(clause[0], clause[1] + 1)):
        return False
    if _is_imperfect(context.doc, event):
        return True
    return event.pos == "noun" and (any(_present_carrier(context, index) for index in range(clause[0], event.trigger))
                                    or _present_light_verb_after(context, event))


HABIT_PHRASES = frozenset(tuple(phrase.split()) for phrase in word_set("habit_phrase"))
HABIT_PHRASE_LENGTHS = frozenset(len(phrase) for phrase in HABIT_PHRASES)
HABIT_PHRASE_FIRSTS = frozenset(phrase[0] for phrase in HABIT_PHRASES)  # the only words worth reading on from
HABIT_VERBS = word_set("habit_verb")
CESSATION_VERBS = word_set("cessation_verb")
CESSATION_REACH = 14  # توقفت الطائرات الروسية، التي تشن هجمات في سوريا منذ عام 2015، عن قصف


def _habit_phrase_at(tokens: list[Token], index: int, last: int) -> bool:
    """على الدوام، بين الحين والآخر: an adverb of habit in two or three words, starting at `index`."""
    if tokens[index].norm not in HABIT_PHRASE_FIRSTS:
        return False
    return any(index + length - 1 <= last
               and tuple(token.norm for token in tokens[index:index + length]) in HABIT_PHRASES
               for length in HABIT_PHRASE_LENGTHS)


def _habit_verb_governs(event: Event, context: EventContext, clause: tuple[int, int]) -> bool:
    """دأبت قوات الأمن والجيش على استهداف مواقع الحزب: a verb of habit earlier in the clause whose على is
    right before the event noun (its subject may come between): what they do, no event told."""
    return _governed_through(event, context, clause, HABIT_VERBS, "على")


def _stopped(event: Event, context: EventContext) -> bool:
    """توقفت الطائرات الروسية عن قصف مواقع المعارضة، امتنع الجيش عن اقتحام المدينة: a verb of stopping or
    refraining whose عن is right before the event noun: stopped or not done, no event told."""
    first, _ = context.sentence_bounds[event.sentence]  # a relative clause between commas may part them
    return _governed_through(event, context, (max(first, event.first_token - CESSATION_REACH), event.trigger),
                             CESSATION_VERBS, "عن")


def _governed_through(event: Event, context: EventContext, clause: tuple[int, int], verbs: frozenset[str],
                      preposition: str) -> bool:
    """One of `verbs` earlier in the clause, `preposition` (as written) right before the event noun."""
    tokens = context.doc.tokens
    before = event.first_token - 1
    if event.pos != "noun" or before <= clause[0] or tokens[before].text != preposition:
        return False
    return any(tokens[index].norm.removeprefix("و") in verbs for index in range(clause[0], before))


OBJECT_PRONOUN = re.compile(r"(?:ها|هما|هم|ه)$")


def _present_light_verb_after(context: EventContext, event: Event) -> bool:
    """هجمات ينفذها الحزب بين الحين والآخر: the noun's light verb after it, in the present, with its pronoun."""
    after = event.trigger + event.lemma.count(" ") + 1
    if after >= len(context.doc.tokens):
        return False
    word = context.doc.tokens[after].norm
    verb = OBJECT_PRONOUN.sub("", word)
    return verb != word and verb.startswith(("ي", "ت")) and event_cues().get(verb, {}).get((verb,)) == "light_verb"


def _every_span(tokens: list[Token], index: int, last: int) -> bool:
    """كل يوم، كل ليلة: 'every' before a span of time is an adverb of habit."""
    return tokens[index].norm in ("كل", "وكل") and index < last and tokens[index + 1].norm in HABIT_SPANS


def _present_carrier(context: EventContext, index: int) -> bool:
    """يشن، تنفذ، يتعرض، تتعرض: a light verb or تعرض in the present (تعرضت، تعرض are past)."""
    role = context.role(index)
    word = context.doc.tokens[index].norm.removeprefix("و").removeprefix("ف")
    if role == "undergo":
        return word.startswith(("يت", "تت"))
    return role == "light_verb" and word.startswith(("ي", "ت")) and not word.endswith("ت")


SINCE_REACH = 4  # منذ أكثر من 70 عاما


def _since_years(context: EventContext, clause: tuple[int, int]) -> bool:
    """منذ أكثر من 70 عاما، منذ عقود: a span of years, told as a duration rather than a date."""
    tokens = context.doc.tokens
    for index in range(clause[0], clause[1] + 1):
        if tokens[index].norm in ("منذ", "ومنذ"):
            return any(tokens[later].norm in DURATION_UNITS
                       for later in range(index + 1, min(clause[1], index + SINCE_REACH) + 1))
    return False


DURATION_UNITS = word_set("duration_unit")
HABITUAL_WORDS = word_set("habitual")  # يتعرض اليمن للقصف يوميا، عادة ما يشن التحالف غارات
HABIT_SPANS = word_set("habit_span")  # كل يوم، كل ليلة


COARSE_DATE_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "سنوات", "سنتين", "اعوام", "عامين"})


def _coarse_past(date: Date) -> bool:
    """A date no finer than a month: a year (2014، العام الماضي) or a month of a year (يونيو 2014)."""
    if date.kind not in ("date", "relative", "since"):
        return False
    if date.value is not None:
        return len(date.value) in (4, 7)
    return bool(set(normalize_string(date.text).split()) & COARSE_DATE_WORDS)


def _drop_casualty_triggers(events: list[Event]) -> list[Event]:
    """قتل 9 مدنيين في غارة: the killing is the strike's toll; its words stay in the strike's stretch."""
    hosts: dict[int, Event] = {}
    for event in events:
        if _can_host(event):
            hosts.setdefault(event.sentence, event)
    kept = []
    for event in events:
        if _is_toll(event) and event.sentence in hosts:
            hosts[event.sentence].folded = True  # a toll is evidence enough that the weapon was used
            continue
        kept.append(event)
    return kept


def _absorb_casualty_triggers(events: list[Event], context: EventContext) -> list[Event]:
    """مقتل 10 في غارة: the killing is the air strike's toll, not an event of its own."""
    kept: list[Event] = []
    for event in events:
        if _is_toll(event):
            host = next((other for other in events if other is not event and other.sentence == event.sentence
                         and _can_host(other)), None)
            if host is None and kept and _after_result_verb(event, context) and kept[-1].type in VIOLENT_TYPES:
                host = kept[-1]
            if host is None and event.lemma in WOUND_LEMMAS:
                # قتل 34 وأصيب 2800 آخرون: the wounded are the killing's other toll
                host = next((other for other in events if other is not event and other.sentence == event.sentence
                             and other.type == "killing"), None)
            if host is not None:
                host.killed = host.killed or event.killed
                host.injured = host.injured or event.injured
                for name in ("places", "agents", "actors"):
                    for value in getattr(event, name):
                        _add(getattr(host, name), value)
                host.date = host.date or event.date
                continue
        kept.append(event)
    return kept


def join_predicates(events: list[Event], context: EventContext) -> list[Event]:
    """Fold a generic verb (استهدف) that stands right beside a specific trigger into it."""
    kept: list[Event] = []
    for event in events:
        previous = kept[-1] if kept else None
        if previous is not None and (event.lemma in WOUND_LEMMAS or previous.lemma in WOUND_LEMMAS):
            kept.append(event)  # قتل شاب وأصيب آخر: two people, two tolls; never one folded in the other
            continue
        if previous is not None and PARTICIPANT in (trigger_needs().get(event.lemma), trigger_needs().get(previous.lemma)):
            kept.append(event)  # المتظاهرين لم يهاجموا: the protesters are who, not what happened
            continue
        if previous is not None and _is_instrument(event) and previous.sentence == event.sentence \
                and context.clause(previous.trigger) == context.clause(event.trigger) and previous.type in VIOLENT_TYPES:
            previous.mentions.extend(event.mentions)  # قصف ... بقذائف محملة بغاز الخردل: the weapon of the shelling
            previous.folded = True
            _take_weapon_type(previous, event, context)
            _death_by_weapon(previous, event, context)
            continue
        if previous is not None and _coordinated_strike_nouns(previous, event, context):
            previous.mentions.extend(event.mentions)  # القصف والغارات الإسرائيلية: the air strikes, named twice
            previous.folded = True
            previous.type = "airstrike"
            continue
        if previous is not None and previous.sentence == event.sentence \
                and event.trigger - previous.trigger <= (ATTACK_NOUN_GAP if event.type == "attack" else PREDICATE_GAP) \
                and context.clause(previous.trigger) == context.clause(event.trigger):
            instrument = trigger_needs().get(event.lemma) == "violence" and previous.type == "attack"
            if _is_predicate(event) or instrument or \
                    (event.type == previous.type or event.type == "attack") and not _is_predicate(previous):
                previous.mentions.extend(event.mentions)
                previous.folded = True
                if instrument:
                    _take_weapon_type(previous, event, context)
                continue
            if _is_predicate(previous) or previous.type == "attack" and not trigger_needs().get(event.lemma):
                event.mentions[:0] = previous.mentions
                event.trigger_first = previous.trigger
                event.folded = True
                kept[-1] = event
                continue
        kept.append(event)
    return kept


STRIKE_PAIR = frozenset({"shelling", "airstrike"})


def _coordinated_strike_nouns(previous: Event, event: Event, context: EventContext) -> bool:
    """Two nouns joined by و, one a bare قصف and the other an air strike (القصف والغارات، الغارات والقصف):
    one bombardment from the air named by near-synonyms. A word that types the قصف (القصف المدفعي
    والغارات، الغارات والقصف المدفعي) keeps two events."""
    if previous.pos != "noun" or event.pos != "noun" or {previous.type, event.type} != STRIKE_PAIR \
            or previous.sentence != event.sentence or not event.conjoined:
        return False
    if event.trigger != previous.trigger + previous.lemma.count(" ") + 1:
        return False
    after = event.trigger + event.lemma.count(" ") + 1
    typed = after < len(context.doc.tokens) and (context.role(after) or "").startswith("retype:shelling")
    return not (event.type == "shelling" and typed)


def _take_weapon_type(attack: Event, weapon: Event, context: EventContext) -> None:
    """هجوم بقنبلة يدوية is a bombing, هجوم بالصواريخ a shelling: the weapon after ب types a generic
    attack (but الضربة استهدفت مخزنا للعبوات الناسفة: what was hit, not what hit it)."""
    token = context.doc.tokens[weapon.trigger]
    with_ba = "ب" in context.doc.text[token.start:weapon.trigger_start]
    if attack.type == "attack" and weapon.type in WEAPON_TYPES and with_ba:
        attack.type = weapon.type


# words that tell a death, not a deliberate killing (اغتال بعبوة ناسفة stays an assassination)
DEATH_LEMMAS = frozenset({"مقتل", "مصرع", "قتل", "استشهد", "استشهاد"})
CAUSE_WORDS = frozenset({"جراء", "اثر", "في", "بفعل", "بسبب"})
CAUSE_REACH = 3  # مقتل فلسطينيين من جراء إصابتهما بشظايا صاروخ
LAUNCHER_REACH = 3  # صاروخ أطلقته طائرة إسرائيلية


def _death_by_weapon(killing: Event, weapon: Event, context: EventContext) -> None:
    """مقتل فلسطينيين من جراء إصابتهما بشظايا صاروخ، مصرع جندي في انفجار قذيفة: a death caused by a weapon
    is the weapon's event, with the death its toll (a missile fired by an aircraft, an air strike)."""
    if killing.lemma not in DEATH_LEMMAS or killing.deed or trigger_needs().get(weapon.lemma) != "violence" \
            or weapon.type not in WEAPON_TYPES:
        return
    tokens = context.doc.tokens
    before = range(max(killing.trigger + 1, weapon.trigger - CAUSE_REACH), weapon.trigger + 1)
    if not any(tokens[index].norm in CAUSE_WORDS or "ب" in context.doc.text[tokens[index].start:tokens[index].start + 2]
               for index in before):
        return
    killing.type = weapon.type
    last = min(context.clause(weapon.trigger)[1], weapon.trigger + LAUNCHER_REACH)
    if context.role_in("retype:airstrike", range(weapon.trigger + 1, last + 1)):
        killing.type = "airstrike"
    killing.kind_told = True


def _is_instrument(event: Event) -> bool:
    """A weapon noun (قذائف، براميل، عبوة ناسفة) or استخدام: a trigger only where nothing else is."""
    return event.pos == "noun" and trigger_needs().get(event.lemma) in ("violence", "agent")


def _is_predicate(event: Event) -> bool:
    return event.lemma in PREDICATE_LEMMAS and event.pos == "verb"


def _after_result_verb(event: Event, context: EventContext) -> bool:
    first, _ = context.sentence_bounds[event.sentence]
    return context.role_in("result", range(max(first, event.trigger - 4), event.trigger))


def _compatible(left: list[str], right: list[str]) -> bool:
    return not left or not right or bool(set(left) & set(right))


REPORT_LAG_DAYS = 7  # an event is told on its day or within the week after
REPORT_FRAME_CHARS = 120  # ذكرت الشرطة أمس أنه تم إلقاء القبض: the report's date stands close to its complementizer


def _dates_agree(earlier: Event, later: Event) -> bool:
    """Own dates agree when equal; a day of report agrees with an event day up to a week before it
    (ذكرت الشرطة أمس أنه تم القبض ... وألقي القبض عليه الثلاثاء: one arrest)."""
    first, second = earlier.own_date, later.own_date
    if not first or not second or first.value == second.value or _month_holds_day(first.value, second.value):
        return True
    if earlier.date_of_report == later.date_of_report:
        return False
    report, event_day = (first, second) if earlier.date_of_report else (second, first)
    try:
        lag = (dt.date.fromisoformat(report.value) - dt.date.fromisoformat(event_day.value)).days
    except ValueError:
        return False
    return 0 <= lag <= REPORT_LAG_DAYS


MONTH_LENGTH = len("2018-04")


def _month_holds_day(first: str, second: str) -> bool:
    """في نيسان and في 19 نيسان: a month agrees with a day inside it (a year, too wide, does not)."""
    short, long = sorted((first, second), key=len)
    return len(short) == MONTH_LENGTH and len(long) > MONTH_LENGTH and long.startswith(short + "-")


def _same_event(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    if _is_predicate(later) and later.sentence == earlier.sentence and _can_host(earlier) \
            and _shares_subject(earlier, later) and _dates_agree(earlier, later):
        # غارات شنها طيران التحالف، استهدفت تجمعا: the strike's predicate past the comma, not a second attack
        return True
    if trigger_needs().get(later.lemma) == PARTICIPANT and earlier.type == "protest":
        # المتظاهرين after a protest was told are its protesters, wherever in the town they are
        return _dates_agree(earlier, later)
    return _same_event_by_arguments(earlier, later, facts)


def _shares_subject(earlier: Event, later: Event) -> bool:
    """The predicate has the same named subject, or none of its own: written without و right after the
    strike's phrase (غارات شنها الطيران، استهدفت ...) it is the strike's; with و (واستهدف مسلحون) only
    when no subject stands after it."""
    if later.actors:
        return bool(set(earlier.actors) & set(later.actors))
    return not later.conjoined or not later.actor_text


def _same_toll(earlier: Event, later: Event) -> bool:
    """انفجرت سيارة ملغومة فقتلت 5 وأصابت 16 ... وتبنت طالبان الهجوم الذي قتل 5 وأصاب 16: an attack of no named
    kind with the same dead and the same wounded as a strike told before is that strike."""
    return all(getattr(earlier, name) is not None and getattr(later, name) is not None
               and not _amounts_differ(getattr(earlier, name), getattr(later, name)) for name in ("killed", "injured"))


def _same_event_by_arguments(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    # الهجوم، القصف after a specific strike is that strike told again; so is a later unplaced attack.
    anaphor = (later.type == "attack" or later.definite and later.type == "shelling") \
        and earlier.type in VIOLENT_TYPES - {"killing"}
    # هجوم دوما after the chemical attack on Douma: a generic mention in the earlier event's places is it
    types_agree = earlier.type == later.type \
        or (anaphor and not later.own_date
            and (not later.places or later.type == "attack" and later.definite and later.pos == "noun"
                 and set(later.places) <= set(earlier.places))) \
        or anaphor and _same_doer_place_and_day(earlier, later)
    if not types_agree or _strike_and_rally(earlier, later):
        return False
    if _same_person_suffers(earlier, later, facts):
        return not _moods_differ(earlier, later)  # القبض على سون ... وجاء القبض على سون بعد ثمانية أشهر
    if not _dates_agree(earlier, later):
        return False
    if {earlier.modality, later.modality} & {"threatened", "possible"} and earlier.modality != later.modality:
        return False  # a threat or a possibility is not the strike already told
    bare = not later.places and not later.own_date and not later.times
    if not _compatible(earlier.agents, later.agents) or not _compatible(earlier.targets, later.targets):
        return False
    if not _compatible(earlier.actors, later.actors) and (not bare or earlier.type != later.type):
        return False  # قصفت طائرات التحالف ...، بينما قتل 9 في هجوم للمقاومة: another attacker, another attack
    if earlier.places and later.places:
        return bool(set(earlier.places) & set(later.places)) or _inside_its_countries(earlier, later, facts)
    if later.places:  # a headline told again with its place; تظاهرات الجمعة من مسيرة العودة على الحدود: one sentence
        return earlier.type == later.type and (not earlier.own_date or later.sentence == earlier.sentence)
    return not later.times and (not later.firm_date or not earlier.firm_date or later.firm_date == earlier.firm_date)


def _same_doer_place_and_day(earlier: Event, later: Event) -> bool:
    """غارة شنها التحالف على صنعاء مساء الجمعة ... ومساء الجمعة استهدف التحالف مبنى في صنعاء: an attack of
    no named kind by the strike's perpetrator, in its places, on its day, is the strike told again."""
    if later.type != "attack" or not later.actors or not later.places or not later.firm_date or not earlier.firm_date:
        return False
    return later.firm_date.value == earlier.firm_date.value and bool(set(later.actors) & set(earlier.actors)) \
        and set(later.places) <= set(earlier.places)


PERSONAL_TYPES = frozenset({"arrest", "killing"})


def _same_person_suffers(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    """An arrest or a killing of the same named person, told twice (on the day it was reported and on the
    day it happened): one event, whatever the two dates."""
    if earlier.type != later.type or later.type not in PERSONAL_TYPES:
        return False
    return bool(set(earlier.targets) & set(later.targets) & facts.persons)


def _definite_antecedent(merged: list[Event], later: Event) -> Event | None:
    """الاشتباكات، الغارة with the article after an event of its type is that event told again, even
    where it names the quarters (اندلعت مواجهات في المديرية ... وأوضحت أن الاشتباكات تركزت في القرى):
    the latest event of the type, when nothing in the mention (a day, a count, another perpetrator, a
    modality) sets it apart."""
    if later.pos != "noun" or not later.definite or later.possessive or later.times or later.own_date:
        return None
    earlier = next((event for event in reversed(merged) if event.type == later.type), None)
    if earlier is None or _moods_differ(earlier, later) or not _compatible(earlier.actors, later.actors) \
            or _strike_and_rally(earlier, later):
        return None
    return earlier


UNREAL_MODALITIES = frozenset({"threatened", "possible"})


def _moods_differ(earlier: Event, later: Event) -> bool:
    """A threat or a possibility is not the event done; an alleged or denied one told again as done
    (يشتبه في أنه ضحية اغتيال ... وقعت جريمة القتل في حي هادئ) is the same event."""
    return earlier.modality != later.modality and bool({earlier.modality, later.modality} & UNREAL_MODALITIES)


SPECIFIC_TYPES = WEAPON_TYPES - {"armed_clash"}
STRIKE_TYPES = frozenset({"airstrike", "shelling"})  # a force's weapons, often its answer to an attack
SPECIFIED_SENTENCES = 1  # استهدف هجوم إرهابي مسجدا ... وفجر الانتحاري نفسه: the next sentence says how


def _specified_antecedent(merged: list[Event], later: Event, last_sentence: dict[int, int],
                          countries: frozenset[str]) -> Event | None:
    """An attack of no named kind told just before a bombing, a strike or a chemical attack, with no
    other place or perpetrator: the same event, now told with its weapon (it takes the weapon's type)."""
    if later.type not in SPECIFIC_TYPES or later.separate or not merged:
        return None
    host = merged[-1]
    if not _told_more_exactly(host, later) or later.sentence - last_sentence.get(id(host), host.sentence) > SPECIFIED_SENTENCES \
            or _moods_differ(host, later) or not _compatible(host.actors, later.actors):
        return None
    if host.pos == later.pos == "noun" and host.plural != later.plural:
        return None  # تعرضت عدن لهجمات ... حصيلة الهجوم الذي استهدف بسيارة مفخخة: one of a series, not the series
    if host.actor_text and later.pos == "verb" and (
            host.pos == "verb" or host.type == "attack" and later.type in STRIKE_TYPES):
        return None  # هاجم مسلحون القرية ... وقصفت الطائرات القرية: a doer told, then a new clause of a strike
    # the countries a sentence names beside an attack are often its parties, not its place
    return host if _compatible(_towns(host.places, countries), _towns(later.places, countries)) else None


def _told_more_exactly(host: Event, later: Event) -> bool:
    """An attack of no named kind, then its weapon (a bombing, a strike); a bombardment (قصف) with no
    word of what fired, then the aircraft (قصف إسرائيلي استهدف المركز ... طائرات الاحتلال قصفت المبنى)."""
    if host.type == "attack":
        return later.type in SPECIFIC_TYPES
    # (a verb's subject says who fired: قصفت قوات النظام ... وشنت الطائرات غارات are two)
    return host.type == "shelling" and host.pos == "noun" and not host.kind_told and later.type == "airstrike"


def _towns(places: list[str], countries: frozenset[str]) -> list[str]:
    return [name for name in places if name not in countries]


STRIKE_LEMMAS = word_set("strike_lemma")
RALLY_LEMMAS = word_set("rally_lemma")


def _pointed_antecedent(merged: list[Event], later: Event) -> Event | None:
    """هذا الهجوم، تلك الغارات: the latest event told of its type, or for a generic attack noun the
    latest violent one (لقي 12 مصرعهم في قصف صاروخي ... ألقى الحزب اللوم في هذا الهجوم على إيران),
    even where the mention names a place or a mood of its own: the pointing word says it is told again."""
    if not later.pointed or later.separate:
        return None
    generic = later.type == "attack"
    return next((earlier for earlier in reversed(merged) if earlier.type == later.type
                 or generic and earlier.type in VIOLENT_TYPES - {"killing"}), None)


TOLL_SENTENCES = 2  # وقع هجوم على مسجد ... وأسفر الاعتداء عن سقوط قتلى. وأعلنت الوزارة مقتل 20 شخصا


def _toll_antecedent(merged: list[Event], later: Event, last_sentence: dict[int, int]) -> Event | None:
    """مقتل 20 شخصا told a sentence or two after a strike with no toll yet, with no place, perpetrator
    or day of its own: the strike's dead, not another killing."""
    if later.type != "killing" or later.pos != "noun" or later.killed is None or later.separate \
            or later.places or later.actors or later.own_date or not merged:
        return None
    host = merged[-1]
    if host.type not in VIOLENT_TYPES - {"killing"} or host.killed is not None and host.killed.value != later.killed.value:
        return None
    return host if later.sentence - last_sentence.get(id(host), host.sentence) <= TOLL_SENTENCES else None


def _aim_host(merged: list[Event], later: Event, last_sentence: dict[int, int]) -> Event | None:
    """ثارت التظاهرات في عدة مناطق احتجاجا على نقل السفارة: the accusative masdar says what the
    protest told just before it in its sentence was against; it is that protest, whatever places follow."""
    if not later.aim or later.separate or not merged:
        return None
    host = merged[-1]
    return host if host.type == later.type and last_sentence.get(id(host)) == later.sentence else None


COUNTRY_TOWN_SENTENCES = 1  # the next sentence


def _inside_its_countries(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    """انفجار سيارة مفخخة جنوب شرق تركيا ... سيارة مفخخة انفجرت في منطقة ليجي: one names only a country,
    the other only places inside it, told close together; the mention that names the town says where in
    it (further apart, a strike in the country long ago and one in its capital now may be two)."""
    if later.sentence - max(earlier.latest_sentence, earlier.sentence) > COUNTRY_TOWN_SENTENCES:
        return False
    for wide, narrow in ((earlier.places, later.places), (later.places, earlier.places)):
        codes = {facts.country_code.get(name) for name in wide}
        if set(wide) <= facts.countries and None not in codes and not set(narrow) & facts.countries \
                and all(facts.country_code.get(name) in codes for name in narrow):
            return True
    return False


def _strike_and_rally(earlier: Event, later: Event) -> bool:
    """A strike (إضراب) and a rally (وقفة احتجاجية، مسيرة، مظاهرة) are two protests, even on one day in
    one town: one stops work, the other takes to the street."""
    lemmas = {earlier.lemma, later.lemma}
    return earlier.type == later.type == "protest" and bool(lemmas & STRIKE_LEMMAS) and bool(lemmas & RALLY_LEMMAS)


@dataclass(frozen=True)
class PlaceFacts:
    """What merging needs to know of the article's places (which are countries, where the towns lie) and
    of its actors (which are persons)."""
    countries: frozenset[str] = frozenset()
    located: dict[str, tuple[float, float]] = field(default_factory=dict)
    regions: frozenset[str] = frozenset()
    country_code: dict[str, str] = field(default_factory=dict)  # every place's country (ISO code)
    persons: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Document) -> PlaceFacts:
        items = doc.fields.get("places", [])
        towns = {item.name: (item.lat, item.lon) for item in items
                 if item.kind == "city" and item.coordinates == "point" and item.lat is not None and item.lon is not None
                 and not _named_as_region(doc, item)}
        # a quarter (حي جوبر) placed at a town the text names is in that town; one placed at its
        # country's centre could be anywhere
        quarters = {item.name: (item.lat, item.lon) for item in items
                    if item.kind == "district" and (item.lat, item.lon) in set(towns.values())}
        located = towns | quarters
        return cls(frozenset(item.name for item in items if item.kind == "country"), located,
                   frozenset(item.name for item in items if item.kind == "region"),
                   {item.name: item.country for item in items if item.country},
                   frozenset(item.name for item in doc.fields.get("actors", []) if item.kind == "person"))


REGION_HEADS = word_set("region_head")


def _named_as_region(doc: Document, item: Any) -> bool:
    """محافظة درعا، ريف حلب: the province or the countryside of the town, wider than the town."""
    for mention in item.mentions:
        index = doc.token_index_at(mention.start)
        if index > 0 and doc.tokens[index - 1].norm in REGION_HEADS:
            return True
    return False


TOWNS_APART_KM = 3.0  # Harasta and Douma (4 km) are two towns; a quarter and its town are one


def _far_apart(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    """Each names a town, they share no place, and every town of one lies far from every town of the
    other: two fights told in one report (الاشتباكات in Jobar, then الاشتباكات in Zabadani)."""
    if set(earlier.places) & set(later.places):
        return False
    first = [facts.located[name] for name in earlier.places if name in facts.located]
    second = [facts.located[name] for name in later.places if name in facts.located]
    return bool(first and second) and all(_km(a, b) > TOWNS_APART_KM for a in first for b in second)


def _towns_in_one_region(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    """قصف على حرستا بالغوطة الشرقية ... قصف على دوما بالغوطة الشرقية: they meet only in a region,
    each in a town of its own far from the other's."""
    shared = set(earlier.places) & set(later.places)
    if not shared or not shared <= facts.regions | facts.countries:
        return False
    return _far_apart(replace(earlier, places=[name for name in earlier.places if name not in shared]),
                      replace(later, places=[name for name in later.places if name not in shared]), facts)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    north = (a[0] - b[0]) * 111.2
    east = (a[1] - b[1]) * 111.2 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(north, east)


def _distinct(earlier: Event, later: Event, facts: PlaceFacts) -> bool:
    """Two events whatever else they share: they meet only in a country while each names a place inside
    it (a bombing in Diyarbakir, one in Suruc, both in Turkey), they name towns far apart, or a new,
    indefinite mention gives a toll of its own (أصيب سبعة في هجوم بقنبلة ... أصيب ثلاثة في هجوم بقنبلة)."""
    countries = facts.countries
    shared = set(earlier.places) & set(later.places)
    if shared and shared <= countries and set(earlier.places) - countries and set(later.places) - countries:
        return True
    if later.type in VIOLENT_TYPES and (_far_apart(earlier, later, facts) or _towns_in_one_region(earlier, later, facts)):
        return True  # (a man's arrest told with the capital that ordered it and the town that holds him is one)
    if later.definite or later.pos != "noun":
        return False
    return any(_amounts_differ(getattr(earlier, name), getattr(later, name)) for name in ("killed", "injured"))


def _amounts_differ(left: Amount | None, right: Amount | None) -> bool:
    return left is not None and right is not None and left.value != right.value


def merge_mentions(events: list[Event], facts: PlaceFacts = PlaceFacts()) -> list[Event]:
    """One item per event: each mention joins the latest earlier event it tells again, unless a
    discourse cue (في حادث منفصل) or its own place or toll sets it apart."""
    merged: list[Event] = []
    last_sentence: dict[int, int] = {}  # id of a merged event -> the sentence of its latest mention
    for event in events:
        candidates = [] if event.separate else \
            [earlier for earlier in reversed(merged) if not _distinct(earlier, event, facts)]
        host = _pointed_antecedent(merged, event) or _toll_antecedent(merged, event, last_sentence) \
            or _aim_host(merged, event, last_sentence) or _specified_antecedent(merged, event, last_sentence, facts.countries)
        if host is None:
            host = next((earlier for earlier in candidates if _same_event(earlier, event, facts)), None)
        if host is None and candidates:
            # the latest event of its type, if that one is not set apart (not one further back)
            host = _definite_antecedent(merged, event)
            host = host if any(host is candidate for candidate in candidates) else None
        if host is None:
            merged.append(event)
            last_sentence[id(event)] = event.latest_sentence = event.sentence
            continue
        last_sentence[id(host)] = host.latest_sentence = event.sentence
        _fold(host, event)
    return _merge_same_tolls(merged)


def _fold(host: Event, event: Event) -> None:
    """The mention `event` told again of `host`: its arguments fill what the host lacks."""
    if _told_more_exactly(host, event):
        host.type = event.type  # the weapon told after the attack says what kind it was
    for name in ("actors", "targets", "agents", "places"):
        for value in getattr(event, name):
            _add(getattr(host, name), value)
    if event.own_date and not host.own_date or event.firm_date and not host.firm_date:
        host.date, host.date_inherited, host.date_of_report = event.date, False, event.date_of_report
    for name in ("date", "times", "killed", "injured", "source", "actor_text", "target_text"):
        if getattr(host, name) is None:
            setattr(host, name, getattr(event, name))
    if host.actor_text_describes and event.actor_text is not None and not event.actor_text_describes:
        host.actor_text, host.actor_text_describes = event.actor_text, False  # a later mention says who
    elif host.actor_text is event.actor_text:
        host.actor_text_describes = event.actor_text_describes
    host.mentions.extend(event.mentions)


def _merge_same_tolls(merged: list[Event]) -> list[Event]:
    """انفجرت سيارة ملغومة ... مقتل خمسة وإصابة 16 ... وأعلنت طالبان المسؤولية عن هجوم امس ... قتل خمسة وأصيب 16:
    an attack of no named kind whose mentions give the same dead and the same wounded as a strike, a shelling,
    a bombing or a clash told before it, on a day that agrees, is that event told again."""
    kept: list[Event] = []
    for event in merged:
        host = None
        if event.type == "attack" and event.modality == "asserted" and not event.separate:
            host = next((earlier for earlier in reversed(kept) if earlier.type in WEAPON_TYPES
                         and earlier.modality == "asserted" and _same_toll(earlier, event)
                         and _dates_agree(earlier, event)), None)
        if host is None:
            kept.append(event)
        else:
            _fold(host, event)
    return kept


def extract_events(doc: Document) -> Document:
    context = EventContext(doc)
    candidates = find_triggers(doc, context)
    candidates = _drop_hypotheticals(candidates, context)
    candidates = join_predicates(candidates, context)
    _mark_deeds(candidates, context)
    candidates = _drop_casualty_triggers(candidates)
    attach_arguments(candidates, context)
    kept = [event for event in candidates if _needs_met(event, trigger_needs().get(event.lemma, ""), context)
            and not _quoted_generic(event, context)]
    kept = _absorb_casualty_triggers(kept, context)
    _type_deadly_shootings(kept, context)
    kept = [event for event in kept if not _play_in_a_sport_article(event, context)]
    kept = [event for event in kept if not _kind_in_a_list(event, context) and not _riot_control(event, context)
            and not _habitual_series(event, context) and not _superlative_description(event, context)]
    _mark_told_apart(kept, context)
    _mark_pointed(kept, context)
    _mark_aims_and_number(kept, context)
    kept = [event for event in kept if not _aim_of_other_act(event, kept, context) and not _sting(event, kept, context)]
    merged = merge_mentions(kept, PlaceFacts.of(doc))
    for event in merged:
        if not event.places:
            _add(event.places, event.anaphoric_place)
    doc.fields["events"] = [event.item(doc) for event in merged]
    return doc


# Nouns whose sense in sport is play: الهجوم (the attack line, an attacking move), القتال (fighting
# spirit), الخطف (the snatch lift); not اعتداء, which in a sport article is still an assault on a team bus.
SPORT_PLAY_LEMMAS = frozenset({"هجوم", "قتال", "خطف"})


def _play_in_a_sport_article(event: Event, context: EventContext) -> bool:
    """كان الجزيرة المبادر إلى الهجوم، الاعتماد على الهجمات المرتدة، هدفنا هو القتال: in an article about
    sport, such a noun with no target, no victims and nothing of armed force in its sentence is play
    (a threat of attacks by fans stays)."""
    if event.pos != "noun" or event.lemma not in SPORT_PLAY_LEMMAS or event.modality not in ("asserted", "denied") \
            or event.targets or event.target_text or event.kind_told or event.folded or _military_sentence(event, context):
        return False
    doc = context.doc
    after = event.trigger + 1
    if after < len(doc.tokens) and {stem.removeprefix("ال") for _, stem in doc.tokens[after].stems} & VIOLENCE_KINDS:
        return False  # هجوم الطعن: the genitive names the harm
    # the match told around it: a sport word in its sentence or the two before (an opinion piece that
    # mentions a race or a round is no match report)
    near = {sentence for sentence in range(event.sentence - SPORT_SENTENCES_BEFORE, event.sentence + 1)}
    return is_sport_article(doc) and any(doc.tokens[index].sentence in near for index in
                                         doc.tokens_with_stem("places:sport", word_set("sport_word")))


SPORT_SENTENCES_BEFORE = 2


HABIT_ADJECTIVES = word_set("habit_adjective")
HABIT_ADJECTIVE_REACH = 2  # عمليات القتل الإسرائيلية اليومية: the trigger's noun, a nisba, then the habit


def _habitual_series(event: Event, context: EventContext) -> bool:
    """عمليات القتل اليومية، الاعتداءات المتكررة على المصلين: an event noun called daily or repeated is a
    habit, not one event told (الاعتداء الأخير on the same people is)."""
    if event.pos != "noun":
        return False
    tokens, after = context.doc.tokens, event.trigger + event.lemma.count(" ") + 1
    for index in range(after, min(len(tokens), after + HABIT_ADJECTIVE_REACH)):
        if tokens[index].sentence != event.sentence or tokens[index].norm in CLAUSE_BREAKS:
            return False
        if tokens[index].norm in HABIT_ADJECTIVES:
            return True
    return False


DESCRIBED_REACH = 4  # أكبر مسؤول في الجماعة يقتل: the superlative, its noun and a phrase


def _superlative_description(event: Event, context: EventContext) -> bool:
    """الصماد هو أكبر مسؤول حوثي يقتل منذ بداية النزاع: a present verb describing a superlative noun
    ranks someone among those it befell, no event told (the killing itself is told elsewhere)."""
    if event.pos != "verb" or not _is_imperfect(context.doc, event):
        return False
    first = context.clause(event.trigger)[0]
    tokens = context.doc.tokens
    return any(_superlative(tokens[index]) for index in range(max(first, event.trigger - DESCRIBED_REACH), event.trigger))


def _superlative(token: Token) -> bool:
    """أكبر، أعنف, not أنهم، إنها (the pattern's four letters with a pronoun) nor أمس."""
    return bool(SUPERLATIVE.match(token.norm)) and not token.norm.startswith("ان") \
        and token.norm not in COMPLEMENTIZERS | SPEAKER_PRONOUNS | {"امس"}


AMBUSH_LEMMAS = frozenset({"كمين"})
FIGHTER_WORDS = FIGHTERS | {"مسلحون", "مسلحين", "مجهولون", "مجهولين"}


def _sting(event: Event, events: list[Event], context: EventContext) -> bool:
    """نصب الأعوان كمينا للمشتبه به قبل أن يقع ضبطه: an ambush with no one hurt, before an arrest told in
    its sentence, is how the police caught the suspect (a sting), not an attack."""
    if event.lemma not in AMBUSH_LEMMAS or event.killed is not None or event.injured is not None \
            or event.actors or _fighters_before(event, context):
        return False  # نصب مسلحون كمينا لدورية ... واعتقلوا جنديين: fighters' ambush, then an abduction
    return any(other.type == "arrest" and other.sentence == event.sentence and other.trigger > event.trigger
               for other in events)


def _fighters_before(event: Event, context: EventContext) -> bool:
    first, _ = context.sentence_bounds[event.sentence]
    return any(_stems(context.doc.tokens[index]) & FIGHTER_WORDS for index in range(first, event.trigger))


SHOOTING_LEMMAS = frozenset({"اطلاق النار", "اطلاق نار", "اطلق النار", "اطلق"})


def _type_deadly_shootings(events: list[Event], context: EventContext) -> None:
    """أسفرت العملية عن إطلاق النار على سيارة مما انجر عنه مقتل فتاتين، أطلق مهاجمان النار عليه فأردياه
    قتيلا: a shooting that kills is a killing (RECORD.md's class for the deliberate taking of lives); one
    that only wounds stays an attack."""
    for event in events:
        if event.type == "attack" and event.lemma in SHOOTING_LEMMAS and (
                event.killed is not None or _death_follows(event, context)):
            event.type = "killing"


def _death_follows(event: Event, context: EventContext) -> bool:
    """، فأردياه قتيلا: a word of death a few words after the shooting in its sentence, with no count,
    up to a clause opened by و (، ولم يسجل سقوط قتلى is another statement) and not negated."""
    tokens = context.doc.tokens
    last = min(_sentence_last(context.doc, event.trigger), event.trigger + DEATH_REACH)
    for index in range(event.trigger + 1, last + 1):
        if tokens[index - 1].norm in COMMAS and tokens[index].norm.startswith("و"):
            return False
        if _bare_stems(tokens[index]) & KILLED_CUES:
            return not any(context.role(before) == "negation" for before in range(max(0, index - 2), index))
    return False


DEATH_REACH = 10  # أطلق مهاجمان النار على معتمد من مسافة قريبة، فأردياه قتيلا


GAS_WORDS = frozenset({"غاز", "الغاز"})


def _riot_control(event: Event, context: EventContext) -> bool:
    """قنابل الغاز المسيل للدموع، قنابل غاز فوق المحتجين: a grenade of tear gas (an agent of the riot-control
    class, or غاز with no chemical agent named) is crowd control, not a bombing."""
    if event.type != "bombing" or event.pos != "noun":
        return False
    classes = {item.name: item.agent_class for item in context.doc.fields.get("agents", [])}
    if event.agents and all(classes.get(name) == "riot_control" for name in event.agents):
        return True
    after = event.trigger + event.lemma.count(" ") + 1
    return not event.agents and after < len(context.doc.tokens) and context.doc.tokens[after].norm in GAS_WORDS


def _mark_deeds(events: list[Event], context: EventContext) -> None:
    """أقدم المسلحون على قتل شرطيين، بعد إقدام عناصر الحزب على قتل ...: a light verb with على before a
    killing makes it a deed with its own doer, not the toll of a strike told beside it."""
    doc = context.doc
    for event in events:
        before = event.first_token - 1
        event.deed = event.type == "killing" and before > 0 and doc.tokens[before].norm in MASDAR_AFTER_MAQSURA \
            and doc.tokens[before].text.endswith("ى") and _light_verb_before(context, event) is not None


def _mark_told_apart(events: list[Event], context: EventContext) -> None:
    """وفي حادث منفصل، في هجوم آخر، وسبق ذلك before a trigger in its sentence: the first event after the
    cue is a new one, not one told again (the mentions after it in the sentence may still be it)."""
    previous_end = -1
    for event in events:
        first, _ = context.sentence_bounds[event.sentence]
        start = max(first, previous_end + 1)
        event.separate = context.role_in("separate", range(start, event.first_token)) \
            or _called_other(context, event) or _response_to(context, event, start)
        previous_end = event.trigger


OTHER_WORDS = frozenset({"اخر", "اخري", "اخرين", "اخريات"})
RESPONSE_WORDS = word_set("response_verb")
RESPONSE_REACH = 3  # وتم الرد عليه بضربات جوية، ورد الجيش بقصف


def _response_to(context: EventContext, event: Event, start: int) -> bool:
    """وتم الرد عليه بضربات جوية، ردت القوات بقصف مواقعهم: a strike told with ب after a verb or noun of responding
    answers the event before it, so it is another event (ردا على الهجوم names the event answered, no ب)."""
    token = context.doc.tokens[event.first_token]
    if not token.norm.startswith(("ب", "وب")) or event.pos != "noun":
        return False
    return any(context.doc.tokens[index].norm in RESPONSE_WORDS
               for index in range(max(start, event.first_token - RESPONSE_REACH), event.first_token))


def _called_other(context: EventContext, event: Event) -> bool:
    """شنت الحركة هجمات أخرى، في غارة أخرى: a noun called 'other' is not the event told before."""
    after = event.trigger + event.lemma.count(" ") + 1
    return event.pos == "noun" and after < len(context.doc.tokens) and context.doc.tokens[after].norm in OTHER_WORDS


DEMONSTRATIVES = word_set("demonstrative")


def _mark_pointed(events: list[Event], context: EventContext) -> None:
    """A definite event noun right after a demonstrative (هذا التفجير، تلك الهجمات) points back; a noun
    whose genitive is a place's name (هجمات لييج، اعتداء باريس) is definite like one with the article."""
    named = {mention.first for mention in context.places if not mention.clitic}
    for event in events:
        last = event.trigger + event.lemma.count(" ")
        if event.pos == "noun" and not event.definite and not event.possessive and last + 1 in named:
            event.definite = True
        before = event.first_token - 1
        event.pointed = event.pos == "noun" and event.definite and before >= 0 \
            and context.doc.tokens[before].sentence == event.sentence \
            and (context.doc.tokens[before].norm in DEMONSTRATIVES or _after_the_event(event, context, before, last))


def _after_the_event(event: Event, context: EventContext, before: int, last: int) -> bool:
    """وإثر الهجوم، أطلقت قوات الأمن عملية: a definite event noun alone between a time connective and a comma
    is the event told before (the places of the clause after it are the new action's)."""
    tokens = context.doc.tokens
    return context.role(before) == "time_connective" and last + 1 < len(tokens) and tokens[last + 1].norm in COMMAS \
        and (before == 0 or tokens[before - 1].sentence != event.sentence or tokens[before - 1].norm in CLAUSE_BREAKS)


@lru_cache(maxsize=1)
def plural_forms() -> frozenset[str]:
    """The plural forms of the noun triggers (هجمات، الغارات، لغارات، هجماتها), two-word ones included."""
    forms: set[str] = set()
    for row in read_tsv("event_triggers_ar.tsv"):
        if row["pos"] == "noun":
            for plural in [normalize_string(part) for part in row["forms"].split("|")][1:]:
                head, _, rest = plural.partition(" ")
                forms |= _with_article({head}, rest)
                if not rest:
                    forms |= {head + ending for ending in POSSESSIVE_ENDINGS}
    return frozenset(forms)


AIM_LEMMAS = word_set("aim_lemma")


def _mark_aims_and_number(events: list[Event], context: EventContext) -> None:
    """احتجاجا، تنديدا: a masdar of protest with the accusative's alif (tanwin) and no article is an adverb
    of purpose (خرجوا احتجاجا على), the aim of the action it follows (but نظموا إضرابا: the strike is the
    object); هجمات، الغارات: a noun in a plural form."""
    for event in events:
        core = normalize_string(context.doc.text[event.trigger_start:event.trigger_end])
        event.aim = event.lemma in AIM_LEMMAS and event.pos == "noun" and not event.definite \
            and core.endswith("ا") and not event.lemma.endswith("ا") and " " not in core
        event.plural = event.pos == "noun" and core in plural_forms()


def _aim_of_other_act(event: Event, events: list[Event], context: EventContext) -> bool:
    """كانت الاستقالات احتجاجا على التدخل، استدعت الخارجية السفير احتجاجا: احتجاجا with no protest before it
    in its sentence and no word of a street action (خرجوا، غلق الطريق، أضربوا) is why something else was done,
    no protest held."""
    if not event.aim:
        return False
    if any(other.type == "protest" and other.sentence == event.sentence and other.trigger < event.trigger
           and not other.aim for other in events):
        return False
    return not _march_context(context.doc, event.trigger)


VIOLENCE_KINDS = word_set("violence_kind")
SPEECH_KINDS = word_set("speech_kind")  # تعرض للانتقاد والهجوم: an attack in words
KIND_LIST_REACH = 2  # القتل والقمع، من قتل وبطش وعنف


def _comma_between(doc: Document, index: int, first: int, last: int) -> bool:
    """The word two before or two after the trigger, with a comma between them."""
    return index == first - 2 and first >= 1 and doc.tokens[first - 1].norm in COMMAS \
        or index == last + 2 and last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm in COMMAS


def _kind_in_a_list(event: Event, context: EventContext) -> bool:
    """A bare noun coordinated with words for kinds of harm (حجم الخراب والقتل، من قتل وبطش وعنف،
    عمليات القتل والقمع) names violence in general: no participant, place or count, so no event told."""
    doc, first, last = context.doc, event.first_token, event.trigger + event.lemma.count(" ")
    # قتل written bare between commas reads as the noun as well as the verb
    noun_like = event.pos == "noun" or _stems(doc.tokens[event.trigger]) & noun_readings().keys() \
        and any(_comma_between(doc, index, first, last) for index in (first - 2, last + 2))
    if not noun_like or event.actors or event.targets or event.places or event.agents \
            or event.killed or event.injured or event.times:
        return False
    for index in (*range(first - KIND_LIST_REACH, first), *range(last + 1, last + KIND_LIST_REACH + 1)):
        if 0 <= index < len(doc.tokens) and doc.tokens[index].sentence == event.sentence:
            token = doc.tokens[index]
            coordinated = token.norm.startswith("و") or index < first and doc.tokens[first].norm.startswith("و") \
                or _comma_between(doc, index, first, last)  # احتلال، قتل، اغتصاب، تشريد: a comma list of woes
            kinds = VIOLENCE_KINDS | SPEECH_KINDS if event.type == "attack" else VIOLENCE_KINDS
            if coordinated and {stem.removeprefix("ال") for _, stem in token.stems} & kinds:
                return True
    return False


@lru_cache(maxsize=1)
def trigger_needs() -> dict[str, str]:
    """Lemma -> what its clause must hold for it to be a trigger (see the data file's header)."""
    return {entry.lemma: entry.needs for entry in trigger_lexicon().values()}


@register("events", requires=("tokens", "places", "actors", "agents", "counts", "quotes", "dates"),
          provides=("events",))
def make_events():
    """Component: the `events` field (needs places, actors, agents, counts, quotes and dates before it)."""
    return extract_events
