"""Ministers an article names without saying whose they are.

A report about one government names that government's ministers by title alone: "Australia
will send the tanks, Defence Minister Richard Marles said". When the actor is the first
country the article names, a minister named by title who speaks there ("…, Defence Minister
Richard Marles said") and whom the article never ties to
another country ("Ukrainian Defence Minister Rustem Umerov", "Umerov, Ukraine's defence
minister") and who is not a former one is the actor's minister, even if the stance does not
list them. Presidents are left out: the target's president is named by title alone as often
as the actor's. When another country is the first one named, a minister named by title alone who
speaks, introduced in a sentence that does not name the actor, is another government's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.detect.demonyms import COUNTRY_WORDS
from monitor.detect.leaders import is_known_official, speakers_for
from monitor.detect.lexicon import TITLE_WORDS
from monitor.detect.stance import Stance

# A word of a person's name after the first, with any lower-case particle: "al-Harbi", "bin Farhan",
# "von der Leyen".
# A name's initial: a capital, accented ones too ("Ľubomír Tóth", "Étienne", "Øystein")
CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
NAME_WORD = rf"(?:(?:bin|ibn|bint|abu|von|van|der|den|de|da|di|du|del|le|la)[ \t]+)*(?:(?:al|el)-)?{CAPITAL}[\w'’-]+"
# "Defence Minister Richard Marles", "Prime Minister Anthony Albanese", "Foreign Secretary David Lammy"
# ("Minister for Defence Niall Cafferkey", "Minister of Foreign Affairs Ana Souza": the portfolio after the title)
_TITLED = re.compile(
    r"\b(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Economy|Trade|Finance|State|Armed|Forces|Affairs)[ \t]+){0,3}"
    r"(?:Minister|Secretary|Chancellor|Premier|Taoiseach|T[áa]naiste)"  # (Ireland's prime minister and deputy)
    r"(?:[ \t]+(?:for|of)[ \t]+(?:Foreign[ \t]+Affairs|Defen[cs]e|Foreign[ \t]+Trade|Trade|Finance|the[ \t]+Armed[ \t]+Forces))?"
    rf"[ \t]+({CAPITAL}[\w'’-]+(?:[ \t]+{NAME_WORD}){{0,2}})")
# "The foreign minister, Anders Kjærgaard, told …", "the Minister for Defence, Rikke Vestergaard, said": the title
# first, the name set off by commas.
_TITLED_APPOSED = re.compile(
    r"\b(?i:the)[ \t]+(?i:(?:(?:prime|foreign|defen[cs]e|deputy|economy|trade|finance)[ \t]+){0,2}"
    r"(?:minister|secretary|chancellor|premier)(?:[ \t]+(?:for|of)[ \t]+(?:foreign[ \t]+affairs|defen[cs]e|trade|finance))?)"
    rf",[ \t]+({CAPITAL}[\w'’-]+(?:[ \t]+{NAME_WORD}){{0,2}})(?=,)")
# What the minister does right after the name: speaks ("said on Thursday", "told reporters") or takes a position.
_SPEAKS = re.compile(r"(?:,?[ \t]+who)?[ \t]+(?:(?:on|in|at|last|this)[ \t]+[\w-]+[ \t]+)?(?:said|says|told|tells|announced|added|stated|"
                     r"declared|insisted|confirmed|wrote|noted|stressed|explained|replied|answered|"
                     r"signall?ed|signals|suggested|hinted|indicated|acknowledged|conceded|admitted|"
                     r"declined|refused|pledged|promised|vowed)\b")  # (or takes a position: "declined to rule out")
# Or speaks right before the title, after a quotation: '"…," said State Secretary Dejan Marjanović.'
_SAID_BEFORE = re.compile(r"[,\"”][ \t]+(?:said|says|added|told|stressed|noted|explained|insisted|replied)[ \t]+$")
_FORMER = re.compile(r"\b(?:former|ex-?)[ \t]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country() -> str:
    words = sorted(COUNTRY_WORDS, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + ")"


_ROLE = (r"(?:minister|secretary|chancellor|premier|president|spokes(?:man|woman|person)|ambassador|envoy|"
         r"official|advis[eo]r|chief|head|leader|commander)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    country = _country()
    any_country = re.compile(rf"(?<![\w-]){country}(?![\w-])", re.IGNORECASE)
    # a country owning the title right before the name: "Ukrainian Defence Minister Rustem Umerov",
    # "Ukraine's defence minister, Rustem Umerov"
    # ("Lithuania's Minister of National Defence, Tomas Vaitkus": the portfolio after the title)
    owner_before = re.compile(rf"(?<![\w-])({country})(?:'s|’s)?[ \t]+(?:[A-Za-z]+[ \t]+){{0,3}}{_ROLE}"
                              r"(?:[ \t]+(?:of|for)(?:[ \t]+[A-Z][\w'’-]+){1,4})?[ \t,]+"
                              r"(?:[A-Z][\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)
    # an appositive owned by a country right after the name: "Umerov, Ukraine's defence minister"
    owner_after = re.compile(rf",[ \t]+(?:the[ \t]+)?({country})(?:'s|’s)?[ \t]+(?:[A-Za-z]+[ \t]+){{0,3}}{_ROLE}\b",
                             re.IGNORECASE)
    return any_country, owner_before, owner_after


def actor_words(stance: Stance) -> set[str]:
    """The actor's names and adjectives, lowercase."""
    return {w.lower() for w in (*stance.actor_names, *stance.actor_adjectives)}


def target_words(stance: Stance) -> frozenset[str]:
    """The target's names and adjectives, lowercase."""
    return frozenset(w.lower() for w in (*stance.target_names, *stance.target_adjectives))


def first_country_word(text: str, skip: frozenset[str] = frozenset()) -> str | None:
    """The first word naming a country in the article, lowercase, past those in `skip` and languages
    ("Translated from Spanish")."""
    for found in _patterns()[0].finditer(text):
        if found.group(0)[0].isupper() and found.group(0).lower() not in skip and \
                not _TRANSLATED_FROM.search(text, max(0, found.start() - 20), found.start()):  # (not "told us")
            return found.group(0).lower()
    return None


_TRANSLATED_FROM = re.compile(r"\btranslat\w*\s+(?:from\s+)?(?:the\s+)?$", re.IGNORECASE)


def titled_ministers(text: str, stance: Stance) -> tuple[tuple[str, ...], frozenset[str]]:
    """Ministers named by title alone who speak (see the module): the actor's when the article opens
    on the actor, never tied to another country; another government's when it opens on another
    country, unless the sentence that introduces them names the actor. Listed speakers are left out."""
    if _TITLED.search(text) is None and _TITLED_APPOSED.search(text) is None:
        return (), frozenset()
    own = actor_words(stance)
    # (the target's name opens a story about supplying it: "Prime Minister X declined to rule out arming Myanmar's
    # military" is about the actor as much as one opening on the actor)
    first = first_country_word(text, target_words(stance))
    if first is None:
        return (), frozenset()
    speakers = _titled_speakers(text)
    if first in own:
        listed = speakers_for(stance.actor_names)
        found = [name for surname, full in speakers.items()
                 if surname not in stance.target_names and not _tied_to_another(text, surname, own) and
                 not (is_known_official(full) and full not in listed)
                 for name in (full, surname, *_given_name(full))]  # (a Thai minister is "Natthaphon" again)
        return tuple(n for n in dict.fromkeys(found) if n not in stance.actor_speakers), frozenset()
    others = {name for surname, full in speakers.items() if not _speaks_of_actor(text, full, stance)
              for name in (full, surname)}
    # "Asked whether Saudi Arabia might reconsider …, Foreign Minister Name said …": the minister who answers
    # a question about the actor, and whom the article never ties to another country, answers for it
    answering = [name for surname, full in speakers.items()
                 if _answers_about_actor(text, full, stance) and not _tied_to_another(text, surname, own)
                 for name in (full, surname)]
    return tuple(n for n in dict.fromkeys(answering) if n not in stance.actor_speakers), \
        frozenset(others - set(stance.actor_speakers))


def _answers_about_actor(text: str, full: str, stance: Stance) -> bool:
    """Is the minister introduced as answering a leading "Asked … whether/if <actor> …," question?"""
    at = text.find(full)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    opening = text[start:at].lstrip(" \t\"“")
    question = re.match(r"Asked\b[^.?!]*?\b(?:whether|if)\b([^.?!]*),[^,]*$", opening)
    return question is not None and _actor_pattern(stance).search(question.group(1)) is not None


@lru_cache(maxsize=256)
def _actor_pattern(stance: Stance) -> re.Pattern[str]:
    names = sorted({*stance.actor_names, *stance.actor_adjectives}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![\w-])")


def _speaks_of_actor(text: str, full: str, stance: Stance) -> bool:
    """Does the sentence that introduces the minister name the actor ("Germany will send the tanks,
    Defence Minister Name said")? Then whose minister it is stays open. So it does when that sentence
    opens on a quotation and the one before it, in the same paragraph, names the actor ("Serbia's ministry
    said it is reviewing the request. "The file is open," said State Secretary Name."): the quotation goes
    on with that report."""
    at = text.find(full)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    if _actor_pattern(stance).search(text, start, min(ends) if ends else len(text)) is not None:
        return True
    if text[start - 1:start] == "\n" or not text[start:at].lstrip(" \t").startswith(('"', "“")):
        return False
    before = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 2)) + 1
    return _actor_pattern(stance).search(text, before, start) is not None


def _titled_speakers(text: str) -> dict[str, str]:
    """Surname → full name of each minister named by title who speaks, never a former one."""
    candidates: dict[str, str] = {}  # surname → full name
    excluded: set[str] = set()
    for titled in (*_TITLED.finditer(text), *_TITLED_APPOSED.finditer(text)):
        name = titled.group(1).split()
        end = titled.end() + (text[titled.end():titled.end() + 1] == ",")  # (past the comma closing an apposition)
        if _FORMER.search(text, max(0, titled.start() - 12), titled.start()):
            excluded.add(name[-1])
        elif _SPEAKS.match(text, end) or _SAID_BEFORE.search(text, max(0, titled.start() - 12), titled.start()):
            # ("told Chancellor Scholz that …": spoken to, not speaking)
            candidates.setdefault(name[-1], " ".join(name))
    return {surname: full for surname, full in candidates.items() if surname not in excluded}


def _tied_to_another(text: str, surname: str, own: set[str]) -> bool:
    """Whether any mention of the person is owned by a country other than the actor."""
    _, owner_before, owner_after = _patterns()
    for mention in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        for owner in (owner_before.search(text, max(0, mention.start() - 60), mention.start()),
                      owner_after.match(text, mention.end(), mention.end() + 40)):
            if owner is not None and owner.group(1).lower() not in own:
                return True
    return False


# "ministry spokesman Brigadier General Frega Wenas": an unowned ministry's spokesperson, by name (ranks skipped).
_MINISTRY_SPOKESPERSON = re.compile(
    r"\b[Mm]inistry(?:[ \t]+of[ \t]+(?:Defen[cs]e|Foreign[ \t]+Affairs)(?:'s|’s)?)?[ \t]+spokes(?:man|woman|person)"
    r"[ \t,]+(?:(?:Brigadier|Major|Lieutenant|General|Colonel|Rear|"
    rf"Vice|Admiral|Captain|Commander|Dr\.?)[ \t]+){{0,3}}({CAPITAL}[\w'’-]+(?:[ \t]+{NAME_WORD}){{0,2}})")


@lru_cache(maxsize=1)
def _owned_ministry() -> re.Pattern[str]:
    """A ministry with its country: "Indonesia's defence ministry", "the Russian foreign ministry"."""
    return re.compile(rf"(?<![\w-])({_country()})(?:'s|’s)?[ \t]+(?:[A-Za-z]+[ \t]+){{0,2}}ministry\b", re.IGNORECASE)


def _given_name(full: str) -> tuple[str, ...]:
    """The first word of a full name, when it is one ("Natthaphon Narkphanit"; not "General Jens Stoltenberg")."""
    words = full.split()
    return (words[0],) if len(words) >= 2 and words[0] not in TITLE_WORDS else ()


def ministry_spokespeople(text: str, stance: Stance) -> tuple[tuple[str, ...], frozenset[str]]:
    """Spokespeople of a ministry the text does not own again ("…," ministry spokesman Frega Wenas said): that
    ministry is the one named last before them with its country ("Indonesia's defence ministry"), or, with none
    named, the one of the country the article opens on. Returns the actor's, and other countries'."""
    if _MINISTRY_SPOKESPERSON.search(text) is None:
        return (), frozenset()
    own = actor_words(stance)
    owned_ministry = _owned_ministry()
    found: list[str] = []
    others: set[str] = set()
    for spokesperson in _MINISTRY_SPOKESPERSON.finditer(text):
        owners = list(owned_ministry.finditer(text, 0, spokesperson.start()))
        owner = owners[-1].group(1).lower() if owners else first_country_word(text)
        name = spokesperson.group(1).split()
        if owner in own:
            found += [" ".join(name), name[-1], name[0]]
        elif owner is not None:
            others |= {" ".join(name), name[-1], name[0]}
    return tuple(n for n in dict.fromkeys(found) if n not in stance.actor_speakers), \
        frozenset(others - set(stance.actor_speakers))
