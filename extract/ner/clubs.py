"""Sports clubs: ORG spans for club names mined from the corpus (clubs_mined_ar.tsv, see
scripts/mine_clubs.py), taken where the text says a team is meant.

Many clubs are named after a place (ريال مدريد، بايرن ميونخ، أريس ليماسول) or are a place or a
common word themselves (برشلونة، العين، الجزيرة، الاتحاد، الهلال). A name is a club here:
- a name of several words (the miner keeps only collocations: ريال مدريد، بايرن ميونخ) anywhere;
  a one-word name where the corpus nearly always uses it for a team (share of team contexts ≥
  STRONG_SHARE) and it is not also a listed place or a common word;
- after a noun only a team takes (لاعب العين، مهاجم برشلونة، فريق الجزيرة), as the subject of a
  match verb (فاز الهلال على …) or its opponent (… على الفجيرة), or before a score (الهلال بهدفين);
- elsewhere in an article where one of those cues has already made it a club.
A listed city that is no mined club (نابولي، بريمن) is a club only where such a cue stands right by
it, or after a match noun (مباراة بريمن), after a score (2 - 1 هامبورغ) or joined by و to a team
(مباراة بريمن وهامبورغ، برشلونة البطل وأتليتيكو مدريد), but not after a preposition of place (في ميلانو: the venue); a country
or a region is left alone (its team is named after the nation: إنكلترا).
It is never a club when a definite word other than a nationality adjective continues it: that is
another organisation (الاتحاد الأوروبي، الهلال الأحمر، الجزيرة العربية).

`with_clubs` puts club spans into a backend's entities: a club replaces the places and the shorter
names inside it (ميونخ in بايرن ميونخ), and gives way to a longer organisation around it
(الاتحاد الإفريقي لكرة القدم).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.lexicons import per_million, read_tsv, word_frequencies
from extract.matcher import Match, PhraseMatcher
from extract.ner.base import non_overlapping
from extract.ner.persons import looks_like_verb
from extract.ner.places import place_matcher
from extract.normalize import normalize_string
from extract.timex import ordinal_words
from extract.words import (context_role, function_words, has_preposition, has_pronoun_suffix, is_function_word, is_title_word,
                           construct_plural, definite_noun, nationality_countries, place_heads, word_set)

STRONG_SHARE = 0.2
STANDINGS_WINDOW = 4  # بفارق الأهداف عن الشباب، بفارق 7 نقاط عن موناكو
MATCH_VERB_WINDOW = 6  # فاز الأهلي المصري على مضيفه الفجيرة: the verb a few words before the opponent
# A one-word name whose other form (with the article added or removed) is this common is also an
# ordinary word (عين/العين، هلال/الهلال): never a club without a cue.
OTHER_FORM_MIN_PER_MILLION = 1.1  # about 20


@lru_cache(maxsize=1)
def club_context() -> dict[str, dict[str, str]]:
    """role -> normalized word -> detail (a team noun's group, a match verb's preposition)."""
    roles: dict[str, dict[str, str]] = {}
    for row in read_tsv("club_context_ar.tsv"):
        roles.setdefault(row["role"], {})[normalize_string(row["word"])] = normalize_string(row["detail"])
    return roles


@lru_cache(maxsize=1)
def club_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["name"], {"share": float(row["share"])}) for row in read_tsv("clubs_mined_ar.tsv"))


def _stem_in(doc: Document, index: int, role: str) -> str | None:
    """The stem of token `index` (with or without proclitics) that has `role`, if any."""
    if not 0 <= index < len(doc.tokens):
        return None
    words = club_context().get(role, {})
    return next((stem for _, stem in doc.tokens[index].stems if stem in words), None)


def _same_sentence(doc: Document, index: int, other: int) -> bool:
    return 0 <= other < len(doc.tokens) and doc.tokens[other].sentence == doc.tokens[index].sentence


def _after_team_noun(doc: Document, match: Match) -> bool:
    return _same_sentence(doc, match.first, match.first - 1) and _stem_in(doc, match.first - 1, "team_noun") is not None


def _in_match_clause(doc: Document, match: Match) -> bool:
    """فاز X على Y: X right after the verb, or Y after the verb's preposition (فاز الأهلي المصري على
    مضيفه الفجيرة)."""
    if match.start == doc.tokens[match.first].start and _same_sentence(doc, match.first, match.first - 1) \
            and _stem_in(doc, match.first - 1, "match_verb") is not None:
        return True
    seen: set[str] = set()
    for index in range(match.first - 1, max(-1, match.first - 1 - MATCH_VERB_WINDOW), -1):
        if not _same_sentence(doc, match.first, index):
            return False
        verb = _stem_in(doc, index, "match_verb")
        if verb is not None:
            return club_context()["match_verb"][verb] in seen
        seen.add(doc.tokens[index].norm)
    return False


def _before_score(doc: Document, match: Match) -> bool:
    after = match.last + 1
    if not _same_sentence(doc, match.last, after):
        return False
    if doc.tokens[after].norm in club_context().get("score_word", {}):
        return True
    # الأهلي 4 - 1
    return doc.tokens[after].kind == "number" and _same_sentence(doc, match.last, after + 2) \
        and doc.tokens[after + 1].norm == "-" and doc.tokens[after + 2].kind == "number"


def _after_score(doc: Document, match: Match) -> bool:
    """بريمن 2 - 1 هامبورغ: the name right after a score is the other team."""
    before = match.first - 1
    if match.start != doc.tokens[match.first].start or before < 2 or not _same_sentence(doc, match.first, before - 2):
        return False
    return doc.tokens[before].kind == "number" and doc.tokens[before - 1].norm == "-" \
        and doc.tokens[before - 2].kind == "number"


def _opponent_of_verb(doc: Document, match: Match) -> bool:
    """تعادل X مع Y، فاز X على ضيفه Y: the city right after the verb's preposition (or after it and one
    word), the verb a few words before; farther from the preposition it is where the match was."""
    if not _in_match_clause(doc, match):
        return False
    for index in range(match.first - 1, max(-1, match.first - 3), -1):
        if _same_sentence(doc, match.first, index) and doc.tokens[index].norm in club_context()["match_verb"].values():
            return True
    return False


def _city_cue(doc: Document, match: Match) -> bool:
    """A cue close enough to make a listed city a team (see the module docstring)."""
    right_after_verb = match.start == doc.tokens[match.first].start and _same_sentence(doc, match.first, match.first - 1) \
        and _stem_in(doc, match.first - 1, "match_verb") is not None
    after_noun = _same_sentence(doc, match.first, match.first - 1) and _stem_in(doc, match.first - 1, "match_noun") is not None
    return _after_team_noun(doc, match) or right_after_verb or after_noun or _opponent_of_verb(doc, match) \
        or _before_score(doc, match) or _after_score(doc, match)


def _token_of(doc: Document, offset: int) -> int:
    """Index of the token holding original `offset` (a span may start after a proclitic: وأتليتيكو)."""
    index = doc.token_index_at(offset)
    return index if index < len(doc.tokens) and doc.tokens[index].start == offset else index - 1


LIST_COMMAS = frozenset("،,")


def _with_and(doc: Document, index: int) -> bool:
    return 0 <= index < len(doc.tokens) and doc.tokens[index].kind == "arabic" and doc.tokens[index].norm.startswith("و")


def _between(doc: Document, first: int, last: int) -> bool:
    """Nothing between tokens `first` and `last` of one sentence but at most one definite word
    (برشلونة البطل وأتليتيكو: the champion)."""
    if last <= first or last - first > 2 or not _same_sentence(doc, first, last):
        return False
    middle = doc.tokens[first + 1]
    return last - first == 1 or middle.kind == "arabic" and middle.norm.startswith("ال") \
        or middle.text in LIST_COMMAS  # ومانشستر يونايتد، وليفربول: a list's comma before its و


def _coordinated_with_a_club(doc: Document, match: Match, clubs: list[Span]) -> bool:
    """مباراة بريمن وهامبورغ، بجانب برشلونة البطل وأتليتيكو مدريد: a city joined by و to a team, before
    or after it, is one more team of the list."""
    if match.start > doc.tokens[match.first].start and _with_and(doc, match.first) \
            and any(_between(doc, _token_of(doc, club.end - 1), match.first) for club in clubs if club.end <= match.start):
        return True
    return any(_with_and(doc, _token_of(doc, club.start)) and club.start > doc.tokens[_token_of(doc, club.start)].start
               and _between(doc, match.last, _token_of(doc, club.start)) for club in clubs if club.start >= match.end)


# A country or a region (إنكلترا) names a national team, which stays its place; a city or a town names a club.
CLUB_CITY_KINDS = ("city", "town")


def _after_preposition_of_place(doc: Document, match: Match) -> bool:
    """تعادل الفريقان في ميلانو بهدف، فاز بميلانو: the city where the match was played."""
    token = doc.tokens[match.first]
    if match.start > token.start:
        return token.norm.startswith("ب")
    return _same_sentence(doc, match.first, match.first - 1) and context_role(doc.tokens[match.first - 1]) == "locative"


MASCULINE_NISBA_ENDING = "ي"


def _before_a_masculine_nationality(doc: Document, match: Match) -> bool:
    """من برشلونة الإسباني إلى باريس: a city's name is feminine (برشلونة الإسبانية), so its country's
    masculine nisba right after it agrees with the club (النادي) it names, even after a preposition."""
    after = match.last + 1
    if match.end != doc.tokens[match.last].end or not _same_sentence(doc, match.last, after):
        return False
    norm = doc.tokens[after].norm
    return norm.startswith("ال") and norm.endswith(MASCULINE_NISBA_ENDING) \
        and nationality_countries().get(norm) == match.payload.get("country")


def city_clubs(doc: Document, clubs: list[Span]) -> list[Span]:
    """Listed cities read as teams (ORG), beside the mined `clubs`, by the rules of the module docstring."""
    found: list[Span] = []
    for match in place_matcher().find(doc):
        if match.payload.get("kind") not in CLUB_CITY_KINDS:
            continue
        if _before_a_masculine_nationality(doc, match):
            found.append(doc.span(match.start, match.end, "ORG"))
            continue
        if _continued_by_a_name(doc, match) or _after_preposition_of_place(doc, match):
            continue
        if _city_cue(doc, match) or _coordinated_with_a_club(doc, match, clubs + found):
            found.append(doc.span(match.start, match.end, "ORG"))
    return found


def _behind_in_the_standings(doc: Document, match: Match) -> bool:
    """بفارق نقطتين عن الرائد: the name after عن, a gap counted in points or goals a few words before."""
    before = match.first - 1
    if match.start != doc.tokens[match.first].start or not _same_sentence(doc, match.first, before) \
            or doc.tokens[before].norm != "عن":
        return False
    words = range(before - 1, max(-1, before - 1 - STANDINGS_WINDOW), -1)
    gap = next((index for index in words if _same_sentence(doc, match.first, index)
                and _stem_in(doc, index, "standings_gap") is not None), None)
    return gap is not None and any(_stem_in(doc, index, "points_word") is not None for index in range(gap + 1, before))


STANDING_NOUNS = frozenset({"المركز", "بالمركز"})


def _in_a_standing(doc: Document, match: Match) -> bool:
    """وظل ميلان في المركز السادس، يحتل روما المركز الثالث: a place in the table (المركز and an ordinal
    or a number) right after the name, or after في or صاحب."""
    position = match.last + 1
    if position < len(doc.tokens) and doc.tokens[position].norm in ("في", "صاحب"):
        position += 1
    if not _same_sentence(doc, match.last, position + 1) or doc.tokens[position].norm not in STANDING_NOUNS:
        return False
    rank = doc.tokens[position + 1]
    return rank.kind == "number" or rank.norm in ordinal_words()


def has_cue(doc: Document, match: Match) -> bool:
    return _after_team_noun(doc, match) or _in_match_clause(doc, match) or _before_score(doc, match) \
        or _behind_in_the_standings(doc, match) or _in_a_standing(doc, match)


def _continued_by_a_name(doc: Document, match: Match) -> bool:
    """الاتحاد الأوروبي، الهلال الأحمر: a definite word goes on with another name; a nationality
    adjective (الهلال السعودي) only says where the club is from."""
    after = match.last + 1
    if not _same_sentence(doc, match.last, after) or doc.tokens[after].kind != "arabic":
        return False
    norm = doc.tokens[after].norm
    # إلى، التي are written with a leading ال but continue no name, nor does السابق (مدرب برشلونة السابق),
    # nor a common noun, the verb's object (وسجل لاعب باريس الهدف الأول; words.definite_noun)
    return norm.startswith("ال") and norm not in nationality_countries() and norm not in function_words() \
        and norm not in word_set("tenure_adjective") and not definite_noun(norm) and not _in_a_standing(doc, match)


def _is_also_other_word(match: Match) -> bool:
    """A name that is a listed place (لوس أنجلوس، برشلونة), or a one-word name whose other form is
    common (عين/العين)."""
    if " ".join(match.key) in place_matcher():
        return True
    if len(match.key) > 1:
        return False
    word = match.key[0]
    other = word[2:] if word.startswith("ال") else "ال" + word
    return " ".join(match.key) in place_matcher() or word_frequencies().get(other, 0) >= per_million(OTHER_FORM_MIN_PER_MILLION)


def _is_strong(match: Match) -> bool:
    """A longer mined name (ريال مدريد، باريس سان جرمان) is a club wherever it occurs, unless it is a
    listed place too (لوس أنجلوس); a one-word name only when the corpus nearly always uses it for a
    team and it is nothing else."""
    if _is_also_other_word(match):
        return False
    return len(match.key) > 1 or match.payload["share"] >= STRONG_SHARE


NATION_KINDS = frozenset({"country", "region"})


def _names_a_nation(doc: Document, match: Match) -> bool:
    """إنجلترا، ويلز: a listed country or region written without the article is the nation its team
    is named after, a place (RECORD.md: a country standing for its team); a club named after a
    region takes the article (الخليج)."""
    return not match.key[0].startswith("ال") and any(
        place.start == match.start and place.end == match.end and place.payload.get("kind") in NATION_KINDS
        for place in place_matcher().matches_at(doc, match.first))


CLUB_SUFFIXES = word_set("club_suffix")


def _name_word_before(doc: Document, index: int, suffix: int) -> bool:
    """Whether token `index` can be a word of the town a club suffix follows: an Arabic word of the
    suffix's sentence, no function word, title, pronoun form or definite common noun."""
    if index < 0 or not _same_sentence(doc, suffix, index):
        return False
    token = doc.tokens[index]
    return token.kind == "arabic" and not token.norm.startswith("ال") and not is_function_word(token) \
        and not is_title_word(token) and not has_pronoun_suffix(token) and not looks_like_verb(token.norm)


def suffixed_clubs(doc: Document) -> list[Span]:
    """سوانسي سيتي، وست هام يونايتد، وست بروميتش ألبيون: an English club's town and its suffix (سيتي،
    يونايتد، ألبيون) name the club; the town's second word counts where the corpus never writes it with
    the article (وست, not مضيفه or لاعب)."""
    found = []
    for index in doc.tokens_with_stem("clubs:suffix", CLUB_SUFFIXES):
        if doc.tokens[index].norm not in CLUB_SUFFIXES or not _name_word_before(doc, index - 1, index):
            continue
        first = index - 1
        if f"{doc.tokens[first].stems[-1][1]} {doc.tokens[index].norm}" in club_matcher():
            continue  # مانشستر سيتي: a mined club, read as such
        before = doc.tokens[first - 1] if first > 0 else None
        if before is not None and _name_word_before(doc, first - 1, index) and not doc.tokens[first].norm.startswith("و") \
                and not any(offset and looks_like_verb(stem) for offset, stem in before.stems) \
                and not any(offset and before.norm[0] in PREPOSITION_LETTERS for offset, _ in before.stems) \
                and not construct_plural(before.norm) \
                and before.norm not in CLUB_SUFFIXES and _never_definite(before.norm):
            first -= 1
        if first > 0 and _same_sentence(doc, index, first - 1) and any(stem in place_heads() for _, stem in doc.tokens[first - 1].stems):
            continue  # مدينة كانساس سيتي: a city's name after its head
        start = doc.tokens[first].start
        if first == index - 1 and doc.tokens[first].norm.startswith("و") and len(doc.tokens[first].stems) > 1 \
                and word_frequencies().get(doc.tokens[first].norm, 0) <= word_frequencies().get(doc.tokens[first].stems[1][1], 0):
            start = doc.normalized.to_original(doc.tokens[first].norm_start + 1, doc.tokens[first].norm_end)[0]
        found.append(doc.span(start, doc.tokens[index].end, "ORG"))
    return found


def _never_definite(word: str) -> bool:
    frequency = word_frequencies().get(word, 0)
    return frequency > 0 and word_frequencies().get("ال" + word, 0) < NEVER_DEFINITE_SHARE * frequency


NEVER_DEFINITE_SHARE = 0.05
PREPOSITION_LETTERS = frozenset("بلك")  # للاعبي، بلقاء: a preposition before a noun, no town's word


def club_spans(doc: Document) -> list[Span]:
    """The club names of a document (ORG), by the rules of the module docstring."""
    matches = [match for match in club_matcher().find(doc) if not _continued_by_a_name(doc, match)
               and not _names_a_nation(doc, match)]
    cued = [match for match in matches if has_cue(doc, match)]
    cued_spans = [doc.span(match.start, match.end, "ORG") for match in cued]
    # الشباب والفتح after بفارق الأهداف عن: a mined name joined by و to a cued one is one more team of the list
    # a strong name stands for a team anywhere, so a city joined by و to it is one more team too
    listed = cued_spans + [doc.span(match.start, match.end, "ORG") for match in matches if _is_strong(match)]
    established = {match.key for match in cued} | {match.key for match in matches
                                                   if _coordinated_with_a_club(doc, match, listed)}
    mined = [doc.span(match.start, match.end, "ORG") for match in matches
             if match.key in established or _is_strong(match)]
    return non_overlapping(sorted(mined + city_clubs(doc, mined) + suffixed_clubs(doc), key=lambda span: span.start - span.end))


def _team_phrase(doc: Document, span: Span) -> bool:
    """فريق العين الإماراتي: a phrase a team noun heads names the club inside it, not an organisation
    of its own."""
    index = doc.token_index_at(span.start)
    return index < len(doc.tokens) and _stem_in(doc, index, "team_noun") is not None


def _yields_to(club: Span, span: Span, doc: Document) -> bool:
    """Does the backend's span win over the club? Only a longer organisation or person around it."""
    overlaps = span.start < club.end and club.start < span.end
    inside = club.start <= span.start and span.end <= club.end
    return overlaps and not inside and span.label != "LOC" and not _team_phrase(doc, span)


def _sporting_club_start(doc: Document, index: int) -> tuple[int, bool] | None:
    """(start offset, whether the word is a mined club) of token `index` read without proclitics as a
    club noun or a one-word mined club (النجم، الترجي، بالنادي), else None."""
    token = doc.tokens[index]
    for offset, stem in token.stems:
        mined = stem in club_matcher()
        if mined or stem in word_set("sporting_club_noun"):
            return doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0], mined
    return None


def _town_after(doc: Document, index: int, entities: list[Span]) -> int | None:
    """The end of the place a token with ب opens (ببن قردان، بالمتلوي), else None."""
    token = doc.tokens[index]
    if not has_preposition(token) or not token.norm.startswith("ب"):
        return None
    found = next((span.end for span in entities if span.label == "LOC" and token.start < span.start < token.end), None)
    if found is not None:
        return found
    # The places layer leaves out a club's seat (its _seat_of_a_club): the gazetteer still knows it.
    return next((match.end for match in place_matcher().find(doc) if token.start < match.start < token.end), None)


def sporting_clubs(doc: Document, entities: list[Span]) -> list[Span]:
    """الترجي الرياضي التونسي، النادي الرياضي الصفاقسي، الاتحاد الرياضي ببن قردان: a club noun (or a
    mined club) before الرياضي and its nisba or ب and its town names a sports club; a mined club
    before الرياضي alone (الترجي الرياضي) too. Other nouns before الرياضي are no club (الإعلام الرياضي)."""
    found = []
    for index in doc.tokens_with_stem("clubs:sporting", word_set("sporting_adjective")):
        token = doc.tokens[index]
        if index == 0 or token.norm not in word_set("sporting_adjective") or not _same_sentence(doc, index, index - 1) \
                or token.start - doc.tokens[index - 1].end > 1:
            continue
        start = _sporting_club_start(doc, index - 1)
        if start is None:
            continue
        end = None
        after = index + 1
        if _same_sentence(doc, index, after) and doc.tokens[after].start - token.end <= 1:
            following = doc.tokens[after]
            if following.norm.startswith("ال") and following.norm.endswith(("ي", "يه")) and len(following.norm) >= 6:
                end = following.end  # التونسي، الصفاقسي، الساحلي
            else:
                end = _town_after(doc, after, entities)
        if end is None and start[1]:
            end = token.end
        if end is not None:
            found.append(doc.span(start[0], end, "ORG"))
    return found


MIN_LINEUP_ENTRIES = 2  # one bracketed name after a name is an aside (العاصمة الفرنسية (باريس)); two are a list
MAX_LINEUP_NAME_TOKENS = 3
LIST_SEPARATORS = frozenset("،,:؛;.-()")
OPENING_BRACKET = frozenset("(")


def _bracketed_club(doc: Document, opening: int, clubs: list[Span], entities: list[Span]) -> tuple[int, int] | None:
    """(first, last) tokens inside the brackets opened at token `opening` when they are just a club's
    name: a mined club, a listed city or an organisation the NER found."""
    tokens = doc.tokens
    closing = next((index for index in range(opening + 1, min(opening + 5, len(tokens))) if tokens[index].text == ")"), None)
    if closing is None or closing == opening + 1 or any(token.kind != "arabic" for token in tokens[opening + 1:closing]):
        return None
    start, end = tokens[opening + 1].start, tokens[closing - 1].end
    if any(span.start == start and span.end == end and span.label in ("ORG", "LOC") for span in clubs + entities) \
            or " ".join(token.norm for token in tokens[opening + 1:closing]) in club_matcher():
        return opening + 1, closing - 1
    return None


def _player_before(doc: Document, opening: int) -> tuple[int, int] | None:
    """The one to three words of the name before a bracket, back to a list separator, without the
    conjunction and a nationality adjective (والأرجنتيني نيكولاس أوتامندي), else None."""
    tokens = doc.tokens
    first = opening
    while first > 0 and opening - first < MAX_LINEUP_NAME_TOKENS and tokens[first - 1].kind == "arabic" \
            and tokens[first - 1].sentence == tokens[opening].sentence and not tokens[first - 1].norm.startswith("و"):
        first -= 1
    if first > 0 and tokens[first - 1].kind == "arabic" and tokens[first - 1].norm.startswith("و") \
            and opening - first < MAX_LINEUP_NAME_TOKENS and tokens[first - 1].sentence == tokens[opening].sentence:
        first -= 1  # ومارسيلو: the list's conjunction, read off below
    elif first > 0 and tokens[first - 1].text not in LIST_SEPARATORS:
        return None
    if first == opening:
        return None
    if any(token.norm in function_words() or len(token.norm) < 2 for token in tokens[first:opening]):
        return None  # a lone و before the bracket (في (مول الإمارات) و(باي أفينيو)) is no name
    return first, opening - 1


def lineup_entries(doc: Document, clubs: list[Span], entities: list[Span]) -> tuple[list[Span], list[Span]]:
    """Team sheets and award lists: كاسيميرو (ريال مدريد)، وإيسكو (ريال مدريد)، وليونيل ميسي (برشلونة). Where
    an article lists several names each with a bracketed club, the brackets hold clubs (a city there is
    the team: برشلونة، موناكو) and the words before each are a player. Returns (clubs, players)."""
    openings = [index for index in doc.tokens_with_stem("clubs:brackets", OPENING_BRACKET) if index > 0]
    entries = []
    places = [(span.start, span.end) for span in entities if span.label == "LOC"]
    for opening in openings:
        club = _bracketed_club(doc, opening, clubs, entities)
        player = _player_before(doc, opening) if club is not None else None
        if player is not None and any(start <= doc.tokens[player[0]].end and doc.tokens[player[1]].start < end
                                      for start, end in places):
            continue  # وبودابست (المجر) وبروكسل (بلجيكا): places, each with its country
        if club is not None and player is not None:
            entries.append((club, player))
    if len(entries) < MIN_LINEUP_ENTRIES:
        return [], []
    found_clubs = [doc.tokens_span(first, last, "ORG") for (first, last), _ in entries]
    players = []
    for _, (first, last) in entries:
        # والمدافع، البلجيكي: a role or a nationality before the name describes the player
        while first < last and doc.tokens[first].stems[-1][1].startswith("ال"):
            first += 1
        token = doc.tokens[first]
        if token.stems[-1][1].startswith("ال"):
            continue
        start = token.start
        if token.norm.startswith("و") and len(token.stems) > 1:
            start = doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0]
        players.append(doc.span(start, doc.tokens[last].end, "PER"))
    return found_clubs, players


def with_clubs(doc: Document, entities: list[Span]) -> list[Span]:
    """A backend's entities with the document's clubs put in (see the module docstring)."""
    named = sporting_clubs(doc, entities)
    mined = [club for club in club_spans(doc) if not any(club.start < span.end and span.start < club.end for span in named)]
    clubs = [club for club in named + mined if not any(_yields_to(club, span, doc) for span in entities)]
    listed_clubs, players = lineup_entries(doc, clubs, entities)
    clubs += [club for club in listed_clubs if not any(club.start < other.end and other.start < club.end for other in clubs)]
    players = [player for player in players if not any(player.start < span.end and span.start < player.end
                                                        for span in entities + clubs if span.label != "LOC")]
    entities = sorted([span for span in entities
                       if not any(span.start < player.end and player.start < span.end for player in players)] + players,
                      key=lambda span: (span.start, span.end))
    if not clubs:
        return entities
    clubs = [_with_club_noun(doc, club) for club in clubs]
    kept = [span for span in entities if not any(span.start < club.end and club.start < span.end for club in clubs)]
    return sorted(kept + clubs, key=lambda span: (span.start, span.end))


CLUB_NOUN = "نادي"


def _with_club_noun(doc: Document, club: Span) -> Span:
    """نادي حمام الأنف: the indefinite noun نادي right before a club's name is the first word of its
    formal name (فريق, "the team of", stays out)."""
    index = doc.token_index_holding(club.start)
    if index == 0 or index >= len(doc.tokens) or doc.tokens[index].start != club.start:
        return club
    before = doc.tokens[index - 1]
    if before.norm != CLUB_NOUN or not _same_sentence(doc, index - 1, index) or club.start - before.end > 1:
        return club
    return doc.span(before.start, club.end, "ORG")
