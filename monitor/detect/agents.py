"""Who a noun phrase names, and who acts or speaks in a clause.

A noun phrase is classed as the actor, the target, another party, an anaphor ("it", "we",
"the ministry") or a generic subject; `resolve_agent` then settles an anaphor or a missing
subject on a name: the speaker, the nearest name before it, or the discourse actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.detect.demonyms import PARTY_WORDS
from monitor.detect.lexicon import (CARRIERS, GENERIC_AGENTS, PARTY_PLURALS, RELATION_NOUNS, REQUEST_NOUNS, SHARE_NOUNS,
                                    TIME_WORDS, TITLE_WORDS, TRADE_PARTIES)
from monitor.detect.leaders import is_known_official
from monitor.detect.polarity import PREDICATES, op_of, outer_report
from monitor.detect.tagging import (NUMBER_WORDS, Unit, abbreviated_month, after_opening_quotes, dateline_dash,
                                    place_owner)

if TYPE_CHECKING:
    from monitor.detect.frame import Frame

# Generic nouns that name a person or a vague group, not a deciding government body.
_NOT_BODIES = frozenset({"source", "official", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor",
                         "leader", "country", "nation", "military", "embassy", "consulate"})  # a mission abroad


@dataclass
class Agent:
    """Someone a noun phrase names, and how we know they are the one acting."""

    cls: str  # actor | other | target | anaphor | generic
    how: str
    index: int
    first_person: bool = False


def np_class(units: list[Unit], k: int) -> Agent | None:
    """Who the unit at `k` names on its own: a tracked name, a pronoun or a generic subject."""
    unit = units[k]
    if unit.ent in ("actor", "target", "other"):
        return Agent(unit.ent, unit.how, k)
    if "FIRSTP" in unit.tags and unit.low != "us":
        return Agent("anaphor", "first-person", k, first_person=True)
    if unit.tags & {"PRON", "POSSPRON"} and unit.low not in ("i",):
        return Agent("anaphor", "pronoun", k)
    if "GENERIC" in unit.tags:
        return Agent("generic", "generic", k)
    return None


def object_of_preposition(units: list[Unit], name: int) -> bool:
    """Is the name the object of a preposition ("sent to Ukraine")?"""
    k = name - 1
    while k >= 0 and "DET" in units[k].tags:
        k -= 1
    return k >= 0 and "PREP" in units[k].tags


def finite_after(units: list[Unit], i: int) -> bool:
    """Does a finite verb or auxiliary follow the noun phrase ending at i ("… and Denmark has no plan")?"""
    return i + 1 < len(units) and bool(units[i + 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "REPORT"}) and \
        "POSS" not in units[i + 1].tags


# Untagged words that open a clause or a comparison: never a plain modifier inside a noun phrase
# ("… for Ukraine since the government froze …")
_CLAUSE_LINKS = frozenset({"since", "as", "than", "whilst", "lest"})


def noun_phrase(units: list[Unit], i: int) -> tuple[int, Agent | None]:
    """The noun phrase ending at unit i, and who it names (its first name wins)."""
    start = i
    k = i
    if "PRON" in units[i].tags:
        return i, np_class(units, i)  # a pronoun has no modifiers: "told Ukraine it cannot …"
    while k - 1 >= 0:
        prev = units[k - 1]
        named_here = units[k].ent or ("DET" in units[k].tags and k + 1 <= i and units[k + 1].ent)
        if prev.ent or prev.tags & {"DET", "POSS", "POSSPRON", "GENERIC", "ROLE"} or \
                (prev.low in ("and", ",", "or", "nor") and k - 2 >= 0 and units[k - 2].ent and named_here and
                 not (prev.low == "," and k - 1 in (leading_condition_end(units), _leading_question_end(units))) and
                 not (prev.low == "," and _ends_of_opener(units, k - 1)) and
                 not (prev.low == "," and k + 1 < len(units) and "POSS" in units[k + 1].tags) and
                 not (prev.low in ("and", ",") and object_of_preposition(units, k - 2) and finite_after(units, i))):
            # ("after talks in Brussels, Japan's defence minister said": a possessive after a comma opens the
            # subject; the place before the comma ends an opening phrase, listed with no one)
            # (a name ending a leading "If/Should …," clause is not listed with the main subject, nor one ending a
            # prepositional phrase when a verb follows: "… to Armenia, the Department has not transferred …")
            k -= 1
            start = k
            continue
        if not prev.tags and not prev.obj and prev.low.isalpha() and not prev.cap and k - 2 >= 0 and \
                prev.low not in _CLAUSE_LINKS and (units[k - 2].ent or units[k - 2].tags & {"DET", "POSS", "POSSPRON"}):
            k -= 1
            continue
        m = _plain_modifiers(units, k) if units[k].tags & {"GENERIC", "ROLE"} and not units[k].ent else k - 1
        if m < k - 1:
            k = m + 1  # "a senior defence ministry official": plain words between a determiner and the head
            continue
        if _counted(prev) and (units[k].ent or units[k].tags & {"GENERIC", "ROLE"}):
            k -= 1  # "Two Iranian officials told …": a number counts the noun phrase, it is no one
            start = k
            continue
        if prev.low in ("at", "in", "from", "for") and k - 2 >= 0 and units[k - 2].low in _PLACED_VOICES and \
                any(u.ent for u in units[k:i + 1]):
            k -= 2  # "Officials at the Montenegrin defence ministry", "sources in Riyadh", "a spokesman for the Italian
            # defence ministry": who speaks from there, or for it
            start = k
            continue
        if "OF" in prev.tags and k - 2 >= 0 and ("GENERIC" in units[k - 2].tags or
                                                  units[k - 2].low in GENERIC_AGENTS):
            k -= 1  # "the government of South Korea", "the Government of the Republic of Korea"
            if "GENERIC" not in units[k - 1].tags:
                k -= 1  # a capitalised "Government" carries no tag of its own
            continue
        break
    start = min(start, k)
    if possessed_relation(units, i):
        return start, Agent("other", "relation", i + 2)  # "Japan's neighbour has sent …"
    agent = None
    for m in range(start, i + 1):
        candidate = np_class(units, m)
        if candidate is None:
            continue
        if candidate.cls in ("actor", "target", "other") and m + 2 <= i and possessed_relation(units, m):
            # "Finland's neighbour Estonia", "Japan's allies": the possessor's relation is another party
            later = next((np_class(units, n) for n in range(m + 3, i + 1) if units[n].ent), None)
            return start, later if later is not None else Agent("other", "relation", m + 2)
        if candidate.cls == "other" and m + 2 <= i and "POSS" in units[m + 1].tags and units[m + 2].ent == "target":
            agent = np_class(units, m + 2)  # "Sudan's Rapid Support Forces": a place owning the target names it
            break
        if candidate.cls in ("actor", "target", "other"):
            agent = candidate
            break
        if agent is None:
            agent = candidate
    if agent is not None and agent.cls != "actor" and any(u.low in ("and", ",", "nor", "or") for u in units[start:i + 1]):
        for m in range(start, i + 1):
            if units[m].ent == "actor":
                return start, Agent("actor", "joint", m)  # "The United States and South Korea have …"
    return start, agent


_COMPANY_NOUNS = frozenset("maker makers manufacturer manufacturers firm firms company companies producer producers "
                           "contractor contractors exporter exporters start-up start-ups startup startups".split())


def _company_after(units: list[Unit], k: int) -> bool:
    """Does the adjective at `k` modify a firm ("Estonian rifle maker", "a Czech ammunition producer")?"""
    for j in range(k + 1, min(len(units), k + 4)):
        if units[j].low in _COMPANY_NOUNS:
            return True
        if units[j].ent or units[j].tags - {"OBJ", "NSHEAD"} or not units[j].low.isalpha():
            return False
    return False


# People who speak for the body or place they are "at", "in", "from" or "for".
_PLACED_VOICES = frozenset("officials official sources source spokesperson spokesman spokeswoman diplomats".split())


def _plain_modifiers(units: list[Unit], k: int) -> int:
    """Over up to three plain lower-case words before unit k, the index of the determiner, possessive or name
    that opens the noun phrase ("a senior defence ministry official"); k - 1 when there is none."""
    m = k - 1
    while m >= 0 and k - m <= 3 and not units[m].tags and not units[m].obj and not units[m].ent and \
            units[m].low.isalpha() and not units[m].cap:
        m -= 1
    if m >= 0 and (units[m].ent or units[m].tags & {"DET", "POSS", "POSSPRON"}):
        return m
    return k - 1


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several".split())


def _counted(unit: Unit) -> bool:
    """Is the unit a number that counts the noun after it ("Two officials", "3 diplomats")?"""
    return not unit.tags and not unit.ent and (unit.low in _COUNT_WORDS or unit.low.isdigit())


# Pronouns that stand for a class of people before "who": "those who send weapons", "all who have sent …".
_CLASS_PRONOUNS = frozenset({"those", "all", "everyone", "everybody", "others"})


def relative_antecedent(units: list[Unit], rel: int) -> Agent | None:
    """Who the relative pronoun at `rel` stands for: the noun phrase before it ("Seoul, which …")."""
    k = rel - 1
    while k >= 0 and units[k].low == ",":
        k -= 1
    if k >= 0 and units[k].low in _CLASS_PRONOUNS and (k == 0 or units[k - 1].low != "of"):
        return Agent("other", "relative", k)  # "only those who send weapons are helping": a class, no party
    if k >= 0:
        _, agent = noun_phrase(units, k)
        if not units[k].ent and not units[k].tags & {"GENERIC", "ROLE", "PRON", "FIRSTP"} and (
                agent is None or units[k].low in TRADE_PARTIES or units[k].low in PARTY_PLURALS or
                units[k].low in _FACTIONS):
            # "the countries that supply …", "German firms that sell …": parties of their own, whatever names
            # the words before them ("Brazil's army, which …" stays Brazil's)
            common = common_subject(units, k, k + 1)
            if common is not None:
                return common
        if agent is not None:
            agent.how = "relative"
        return agent
    return None


# Subjects that are no one: "a great many things become possible": the speaker's side is the agent.
_IMPERSONAL = frozenset({"things", "everything", "anything", "nothing", "something"})


# Parts of a country that speak for themselves: "Germany's Left party, which wants to halt …".
_FACTIONS = frozenset({"party", "parties", "opposition", "faction", "factions", "coalition", "movement", "union",
                       "unions", "lawmakers", "senators"})


def common_subject(units: list[Unit], start: int, end: int) -> Agent | None:
    """ "The new treaty … provides", "a retired general writes": a subject that names no one we track."""
    if any(unit.low in _IMPERSONAL for unit in units[start:end]) or _topic_subject(units, start, end):
        return None
    if start > 0 and "ADDRESS" in units[start - 1].tags:
        while start < end and units[start].tags <= {"DET"} and units[start].low.isalpha() and not units[start].ent:
            start += 1  # "told a background briefing there were …": the one told is no subject
    if start > 0 and units[start - 1].low in ("what", "which") and \
            any(u.tags & {"PRON", "FIRSTP"} or u.ent for u in units[start:min(end, start + 4)]):
        return None  # "reassess what air defence it can offer": the object asked about, its subject after it
    for k in range(start, end):
        unit = units[k]
        if unit.cap and unit.text in TITLE_WORDS:
            if unit.low in GENERIC_AGENTS and not (k + 1 < end and units[k + 1].cap and
                                                  units[k + 1].text in TITLE_WORDS):
                return Agent("generic", "generic", k)  # "The National Security Council approved …"
            continue  # the title words of a body's name
        if unit.tags & {"DET", "ADV", "QUOTE"} or unit.low == "," or unit.low in TIME_WORDS or unit.low in NUMBER_WORDS \
                or abbreviated_month(units, k):
            continue  # ("Twelve drones and a consignment of …": a count is a determiner of the object, no one)
        if unit.low == "else" and k > 0 and units[k - 1].low == "what":
            continue  # "what else we can give": the thing given, the subject comes after
        if k > 0 and units[k - 1].low == "how":
            return None  # "weighing how best to strengthen …": "how best", "how soon" ask the manner, no one
        if unit.obj or unit.ent or not unit.low.isalpha() or unit.low.endswith(("ing", "ed")):
            return None
        if unit.cap and not unit.tags and _model_before_object(units, k, end):
            continue  # "Bayraktar TB2 drones": a model name modifies the object, it is no subject of its own
        if not unit.tags and not unit.cap and k + 1 < end and units[k + 1].ent and units[k + 1].how != "name" and \
                k > start and (units[k - 1].low in NUMBER_WORDS or "DET" in units[k - 1].tags):
            continue  # "Two senior Saudi officials told …": a modifier before the demonym that owns the noun
        if _titled_ministers(units, k, start):
            return Agent("generic", "generic", k)  # "Federal ministers approved …": the government sitting
        if not unit.tags and not unit.cap and \
                any("GENERIC" in u.tags and not u.cap for u in units[k + 1:min(end, k + 3)]):
            continue  # "the national security council approved …": a modifier of the body's noun
        if unit.low == "executive" and k > start and units[k - 1].low == "the" and k + 1 < len(units) and \
                units[k + 1].tags & (PREDICATES | {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG", "REPORT"}):
            return Agent("generic", "generic", k)  # "The executive is studying …": the government, as in French
        if unit.low in CARRIERS and k + 1 < end and units[k + 1].low in ("carrying", "loaded", "laden"):
            return None  # "Trucks carrying Vietnamese-made rifles crossed into …": the vehicle is no party
        if unit.low in CARRIERS:
            # "A convoy of eight Colombian army trucks crossed the bridge carrying rifles": the vehicles' owner
            owner = next((j for j in range(k - 1, max(start, k - 5) - 1, -1) if units[j].ent in ("actor", "other", "target")),
                         None)
            return Agent(units[owner].ent, "adj", owner) if owner is not None else None
        if not unit.tags or unit.tags <= {"NSHEAD", "WAR", "NONWEAPON", "GENREC", "AIDN"}:
            member = _members_of_actor(units, k, end)
            return member if member is not None else Agent("other", "common-np", k)
        return None
    return None


# Adjectives that rank a share of goods: "the final aircraft", "the first batch", "the remaining units".
_RANKING_WORDS = frozenset({"first", "last", "final", "remaining", "next"})


def _nominal_source(units: list[Unit], k: int, anchor: int) -> bool:
    """Is the name at `k` the "by" / "from" of the anchor's own supply noun just before it ("the delivery by X",
    "the first delivery of weapons from X")?"""
    if k < 2 or units[k - 1].low not in ("by", "from"):
        return False
    j = k - 2
    while j >= 0 and k - j <= 5 and (units[j].obj or units[j].tags & {"OF"} and "SUPN" not in units[j].tags):
        j -= 1  # "of weapons", "of naval ammunition"
    own = j <= anchor < k or k + 1 < len(units) and units[k + 1].low == "of" and k < anchor <= k + 4  # ("… of rifles")
    i = j - 1
    while i >= 0 and (units[i].tags & {"DET", "ADV"} or units[i].low in ("first", "last", "latest", "final", "new")):
        i -= 1
    # ("The draft law on the transfer of rifles from Japan to Ukraine failed": the topic of another noun)
    return j >= 0 and "SUPN" in units[j].tags and "PRESS" not in units[j].tags and own and \
        not (i >= 0 and units[i].low in ("on", "about", "regarding", "concerning", "over"))


def _share_of_object(units: list[Unit], k: int) -> bool:
    """Does `k` rank a share whose "in / of" phrase holds the object ("the final aircraft in the
    package of F-16s")? Such a subject is the goods themselves, no party acting: who pledged them supplies."""
    if units[k].low not in _RANKING_WORDS:
        return False
    head = k + 1
    while head < len(units) and not units[head].tags and not units[head].ent and units[head].low.isalpha():
        head += 1  # the ranked noun: "aircraft", "few launchers"
    return head > k + 1 and _holds_object(units, head)


# Containers and measures of goods: "crates of Saudi-supplied rifles" are the rifles, no party acting.
_MEASURES = frozenset(("crate crates box boxes pallet pallets container containers case cases load loads truckload "
                       "truckloads planeload planeloads shipload shiploads stock stocks stockpile stockpiles").split()) | \
    SHARE_NOUNS  # parts of them: "the remaining part of the package of weapons will not be delivered"


def _measure_of_object(units: list[Unit], k: int) -> bool:
    return units[k].low in _MEASURES and k + 1 < len(units) and _holds_object(units, k + 1)


def _holds_object(units: list[Unit], head: int) -> bool:
    """Does the "in / of" phrase at `head` hold the object ("of the package of F-16s")?"""
    if head >= len(units) or units[head].low not in ("in", "of"):
        return False
    j = head + 1
    while j < len(units) and j - head <= 5 and not units[j].obj and \
            (not units[j].tags - {"DET", "OF", "PREP", "SUPN"} or units[j].how == "supplied"):
        j += 1  # through "the package of", "Saudi-supplied"
    return j < len(units) and bool(units[j].obj)


def _titled_ministers(units: list[Unit], k: int, start: int) -> bool:
    """ "Federal ministers", "Cabinet ministers": "ministers" right after a capitalised government title
    word names the government's own members acting together, a body like "the cabinet", not an outsider."""
    return units[k].low == "ministers" and k > start and units[k - 1].cap and units[k - 1].text in TITLE_WORDS \
        and not units[k - 1].ent


# Heads that name people who sit in a body: "the core ministers of Japan's National Security Council".
_MEMBER_NOUNS = frozenset({"ministers", "members", "leaders", "heads", "chiefs"})


def _government_after(units: list[Unit], n: int, end: int) -> bool:
    """After the actor's name: its government body ("'s National Security Council", "cabinet") or no noun
    at all; "the Japanese opposition", "Japan's parliament" are other people."""
    if n < end and "POSS" in units[n].tags:
        n += 1
    if n >= end:
        return True
    unit = units[n]
    if "GENERIC" in unit.tags or unit.cap and unit.text in TITLE_WORDS:
        return True
    return bool(unit.tags) and not unit.tags & {"OUTSIDER", "ROLE"} and not unit.cap


def _members_of_actor(units: list[Unit], k: int, end: int) -> Agent | None:
    """ "The core ministers of Japan's National Security Council": over up to two plain modifiers, a
    member noun with "of" and (after a determiner) the actor is the actor's own body acting, not
    an outsider ("critics of Japan" keep their own voice: only member nouns qualify)."""
    for j in range(k, min(end - 2, k + 3)):
        if units[j].low in _MEMBER_NOUNS:
            m = j + 2 if "OF" in units[j + 1].tags else -1
            if 0 < m < end and units[m].tags == {"DET"}:
                m += 1
            if 0 < m < end and units[m].ent == "actor" and _government_after(units, m + 1, end):
                return Agent("actor", "members-of", m)
            return None
        if units[j].tags or units[j].ent or units[j].obj or not units[j].low.isalpha():
            return None
    return None


# Head nouns of a subject that only names a topic: "the (separate) question of the tanks remained under review".
_TOPIC_HEADS = frozenset({"question", "issue", "matter"})


def _topic_subject(units: list[Unit], start: int, end: int) -> bool:
    """Does the subject open (over a determiner and up to two modifiers) on a topic noun with "of"? Then
    it names what is weighed, no party: its predicate decides, like an object in the subject."""
    for k in range(start, min(end - 1, start + 4)):
        if units[k].low in _TOPIC_HEADS and "OF" in units[k + 1].tags:
            return True
        if units[k].ent or units[k].obj or units[k].tags - {"DET"}:
            return False
    return False


def _model_before_object(units: list[Unit], k: int, end: int) -> bool:
    """Is the capitalised word at k followed, over a model number ("TB2") and capitalised words, by the object?"""
    numbered = False
    for j in range(k + 1, min(end + 1, k + 4, len(units))):
        if units[j].obj:
            return numbered
        numbered = numbered or any(ch.isdigit() for ch in units[j].text)
        if units[j].tags or units[j].ent or not (units[j].cap or any(ch.isdigit() for ch in units[j].text)):
            return False
    return False


def speaker_class(units: list[Unit], frame: Frame, main: Agent | None) -> str:
    """Who says it: the governing clause's subject, with "it"/"the ministry" resolved."""
    speaker = frame.speaker
    if speaker is None:
        return ""
    if speaker.cls in ("actor", "other", "target"):
        return speaker.cls
    nearest = nearest_named(units, speaker.index)
    if nearest is not None:
        return nearest.cls
    return main.cls if main is not None and main.cls in ("actor", "other") else ""


def reporting_subject(units: list[Unit], main: Agent | None, ops: list[tuple[str, int, float]]) -> Agent | None:
    """The subject of the reporting verb the anchor's clause hangs from, when it is the sentence's
    first subject: "Medvedev, now deputy chairman of …, said Israel …" → Medvedev."""
    report = outer_report(ops)
    if report is None or main is None or main.index >= report:
        return None
    saying = next((i for op, i, level in ops if op == "REPORT" and level >= 1 and units[i].low.endswith("ing") and
                   units[i - 1].low == ","), None)
    if saying is not None and saying > main.index:
        return office_owner(units, main, saying)  # "The EU added four firms to its list, saying they had supplied …"
    between = units[main.index + 1:report]
    if any(u.tags & (PREDICATES | {"REPORT", "MODAL", "NEG", "COMP", "HARD", "CONTRAST"}) or u.obj for u in between):
        return None
    return office_owner(units, main, report)


def relative_reporter(units: list[Unit], ops: list[tuple[str, int, float]]) -> Agent | None:
    """ "… responding to Russia's intelligence assessment, published last week, which said Tokyo may be
    preparing …": a reporting verb whose subject is a relative pronoun reports the words of its
    antecedent (over a participle phrase between commas); that report's owner is the speaker."""
    report = outer_report(ops)
    if report is None or report < 2 or units[report - 1].low not in ("which", "that"):
        return None
    k = report - 2
    if units[k].low == ",":
        start = next((j for j in range(k - 1, max(0, k - 8), -1) if units[j].low == ","), None)
        if start is not None and start + 1 < k and units[start + 1].low.endswith("ed") and not units[start + 1].tags:
            k = start  # ", published last week, which said": the participle modifies the same noun
        while k >= 0 and units[k].low == ",":
            k -= 1
    for j in range(k, max(-1, k - 6), -1):  # "Russia's annual intelligence assessment": its owner's name
        if units[j].ent in ("actor", "other", "target"):
            return Agent(units[j].ent, "report-owner", j)
        if units[j].tags & {"PREP", "TO", "COMMA", "HARD", "REPORT", "REL", "COMP", "CONJ"}:
            break
    return None


def office_owner(units: list[Unit], main: Agent, end: int) -> Agent:
    """ "An official in the Russian foreign ministry said …": an official is whoever owns the office
    named right after "in / at / from"; with no name there, still an unnamed official."""
    role = main.index
    if main.cls == "generic" and "ROLE" in units[role].tags and role + 1 < end and \
            units[role + 1].low in ("in", "at", "from"):
        for k in range(role + 2, min(end, role + 6)):
            if units[k].ent in ("actor", "other", "target"):
                return Agent(units[k].ent, "office", k)
    return main


def quoted_speaker(units: list[Unit], ops: list[tuple[str, int, float]]) -> Agent | None:
    """ "The daily quoted a Saudi official as saying that …": the one quoted is the speaker, whoever
    the quotation names as its subject."""
    report = outer_report(ops)
    if report is None:
        return None
    saying = next((k for k in range(report + 1, len(units)) if units[k].low == "saying" and units[k - 1].low == "as"),
                  None)
    if saying is None:
        return None
    for k in range(report + 1, saying - 1):
        agent = np_class(units, k)
        if agent is not None and agent.cls in ("actor", "other", "target"):
            return agent
    return None


def possessed_relation(units: list[Unit], k: int) -> bool:
    """Does the name at k own a noun of relation ("Japan's neighbour", "Germany's allies")?"""
    return k + 2 < len(units) and "POSS" in units[k + 1].tags and units[k + 2].low in RELATION_NOUNS


def _names_a_country(text: str) -> bool:
    """ "Russia", "Moscow", "the Kremlin", "the Russian Defence Minister": a country named as a party."""
    words = text.lower().split()
    return any(" ".join(words[i:i + n]) in PARTY_WORDS for n in (1, 2, 3) for i in range(len(words)))


def foreign_official(units: list[Unit], speaker: Agent) -> bool:
    """ "Russian foreign ministry spokeswoman Maria Zakharova", "Russia", "the Kremlin": another
    country or an office of it, or another country's leader known by name, whose word about the actor is that
    party's claim. A bare "NATO" or an unknown "Defence Secretary John Smith" (perhaps the actor's own) is not
    enough to say so."""
    if speaker.cls != "other" or speaker.index < 0:
        return False
    if _names_a_country(units[speaker.index].text) or is_known_official(units[speaker.index].text):
        return True  # (a leader or minister of another country the detector knows by name: "President Erdogan")
    for unit in units[speaker.index + 1:speaker.index + 5]:
        if unit.tags & {"ROLE", "GENERIC"}:
            return True
        if unit.ent or unit.tags & {"REPORT", "COMMA", "HARD"}:
            return False
    return False


_MISSIONS = frozenset({"embassy", "consulate"})


def continued_speaker(units: list[Unit], speaker: Agent, salient: str | None) -> Agent:
    """ "Russia's foreign ministry accused Japan … "Japan is supplying …," spokeswoman Maria Zakharova
    told a briefing": a named official whose party is not given speaks for the other party the
    sentence before was about."""
    k = speaker.index
    while 0 <= k < speaker.index + 2 and k + 1 < len(units) and "ROLE" not in units[k].tags and \
            "GENERIC" in units[k].tags and "GENERIC" in units[k + 1].tags:
        k += 1  # "foreign ministry spokesman Ivan Petrov": the office before the title
    mission = 0 < k and units[k].low in _MISSIONS and units[k - 1].low == "the"
    if speaker.cls == "generic" and (salient == "other" and (_institution(units, k) or _bare_role(units, k)) or
                                     mission) and 0 <= k and \
            _after_quote(units, k) and not any(u.ent == "actor" for u in units[k:]):
        # '"… Oslo is readying a shipment of rockets for Kyiv," the ministry added' right after "Iran's
        # foreign ministry said …": a definite body closing a quotation continues the party named before;
        # "the embassy" unowned is a foreign mission, never the actor's word
        return Agent("other", "continued", k)
    if speaker.cls != "generic" or salient != "other" or k < 0 or "ROLE" not in units[k].tags or \
            k + 1 >= len(units) or not units[k + 1].cap or units[k + 1].tags or units[k + 1].ent or \
            any(u.ent == "actor" for u in units[k:]):
        return speaker
    return Agent("other", "continued", k)


def _bare_role(units: list[Unit], k: int) -> bool:
    """ "the minister", "the spokesman": a role of no named holder, the one the sentences before introduced."""
    return "ROLE" in units[k].tags and k > 0 and units[k - 1].low == "the" and \
        not (k + 1 < len(units) and (units[k + 1].cap or units[k + 1].ent))


def _after_quote(units: list[Unit], k: int) -> bool:
    """Does the body at `k` close a quotation ('…," the ministry said')?"""
    j = k - 1
    while j >= 0 and (units[j].low == "the" or units[j].low in _OFFICE_WORDS or units[j].text in TITLE_WORDS):
        j -= 1
    return j >= 0 and "QUOTE" in units[j].tags


def pronoun_actor_speaker(units: list[Unit], salient: str | None) -> bool:
    """ "…, he said, Seoul might have to …" where "he" is the actor's speaker of the sentence before."""
    if salient != "actor":
        return False
    return any("PRON" in units[i].tags and "REPORT" in units[i + 1].tags and
               (i == 0 or "COMMA" in units[i - 1].tags) for i in range(len(units) - 1))


def own_directive(units: list[Unit], frame: Frame, actor_body: bool = False) -> bool:
    """The actor (itself, not "Germany's opposition") directs its own officials to act. With `actor_body`
    (the clause's agent resolved to the actor), an unnamed government body ("The Council directed …") is it."""
    controlled, controller = frame.agent, frame.controller
    if controlled is None or controlled.how != "controlled" or controller is None or frame.controlled_by < 0:
        return False
    body = actor_body and controller.cls == "generic" and controller.index >= 0 and \
        units[controller.index].low not in _NOT_BODIES
    if "DIRECTIVE" not in units[frame.controlled_by].tags or controller.cls != "actor" and not body or \
            controller.index < 0:
        return False
    after = controller.index + 1
    if after < len(units) and "POSS" in units[after].tags:
        head = units[after + 1] if after + 1 < len(units) else None
        if head is None or "GENERIC" not in head.tags:
            return False  # "Germany's opposition …" is not Germany
    return controlled.cls == "actor" or (controlled.cls in ("anaphor", "generic") and
                                         "FIRSTP" not in units[controlled.index].tags)


def directs_own_role(units: list[Unit], ops: list[tuple[str, int, float]], actor_agent: bool) -> bool:
    """ "van Houten has asked the chief of defence to assess whether …": the actor directing an unnamed
    office holder of its own ("the chief of defence", "the army") is the actor instructing itself, even
    when the role's "of" phrase kept it from being read as the one controlled. A named party is not."""
    if not actor_agent:
        return False
    press = next((i for op, i, _ in ops if op == "PRESS" and "DIRECTIVE" in units[i].tags), None)
    if press is not None and _directs_own_body(units, press):
        return True
    if press is None or press + 2 >= len(units) or "DET" not in units[press + 1].tags or \
            not units[press + 2].tags & {"ROLE", "GENERIC"}:
        return False
    for k in range(press + 3, min(len(units), press + 8)):
        if "TO" in units[k].tags:
            return True
        if units[k].ent or units[k].cap or units[k].low not in ("of", "for") and units[k].tags:
            return False
    return False


def orders_weighing(units: list[Unit], ops: list[tuple[str, int, float]], actor_agent: bool) -> bool:
    """ "Japan has ordered a review of its refusal": a directive whose object is a weighing noun (over
    determiners) names no one pressed; the actor commissions its own weighing. "urged a review" is no
    directive and stays another's wish."""
    if not actor_agent:
        return False
    press = next((i for op, i, _ in ops if op == "PRESS" and "DIRECTIVE" in units[i].tags), None)
    if press is None or any(unit.ent and unit.ent != "actor" for unit in units[:press]):
        return False  # ("Russia ordered a review of Japan's refusal": another's review)
    k = press + 1
    while k < len(units) and k - press <= 3 and units[k].tags == {"DET"}:
        k += 1
    return k < len(units) and units[k].tags == {"CONS"} and not units[k].low.endswith(("ing", "ed"))


def _directs_own_body(units: list[Unit], press: int) -> bool:
    """ "instructed the Swedish Armed Forces / its armed forces to assess whether …": the one directed is
    the actor's own body (its name or adjective, or "its"), so the actor commissions the weighing itself;
    "The president has asked us to look at it again" said for the actor directs the speaker's own side.
    Any other party named before the "to" ("urged Norway's army to …") is not the actor's own."""
    own = False
    if directs_departments(units, press):
        return True  # "instructed the Ministry of Defence to …": its own administration
    for k in range(press + 1, min(len(units), press + 7)):
        unit = units[k]
        if "TO" in unit.tags:
            return own
        if unit.ent == "actor" or k == press + 1 and unit.low in ("its", "their") or \
                k == press + 1 and unit.low == "us" and _own_director(units, press):
            own = True
        elif unit.ent or unit.obj or unit.tags & {"COMMA", "PRON", "REPORT"} or unit.low == ",":
            return False
    return False


_DEPARTMENT_WORDS = ("ministry", "department", "office", "secretariat", "state secretariat", "directorate", "agency")


def _unowned_department(units: list[Unit], k: int) -> bool:
    """ "instructed the defence ministry to assess …": a definite department that no name owns, right before
    "to", is the director's own administration, as if named in full."""
    if k < 1 or units[k - 1].low != "the":
        return False
    j = k
    while j < len(units) and j - k < 2 and not units[j].tags and not units[j].ent and not units[j].cap:
        j += 1  # "the defence ministry", "the foreign affairs ministry"
    return j + 1 < len(units) and "GENERIC" in units[j].tags and units[j].low.startswith(_DEPARTMENT_WORDS) and \
        "TO" in units[j + 1].tags


def directs_departments(units: list[Unit], press: int) -> bool:
    """ "has instructed the Federal Department of Economic Affairs, Education and Research (EAER) and the
    Ministry of Defence to examine …": the ones directed are departments of a government, named in full
    (their "of" phrases, lists and abbreviations are part of the names), so the director commissions the work
    from its own administration. A country, a possessive or the target among them is someone else."""
    k = press + 1
    if k < len(units) and "DET" in units[k].tags:
        k += 1
    if _unowned_department(units, k):
        return True
    if k < len(units) and units[k].low == "federal" and k + 1 < len(units):
        k += 1  # "the Federal Department of …" (one unit or two)
    head = units[k].low.removeprefix("federal ") if k < len(units) else ""
    if not units[k].cap and units[k - 1].low != "federal" or not head.startswith(_DEPARTMENT_WORDS):
        return False
    for j in range(k + 1, min(len(units), k + 40)):
        unit = units[j]
        if "TO" in unit.tags:
            return True
        if "POSS" in unit.tags or unit.ent in ("target", "actor") or unit.obj or \
                not (unit.cap or unit.tags & {"OF", "DET", "CONJ", "COMMA"}):
            return False
    return False


def directing_actor(units: list[Unit], named: int) -> Agent | None:
    """The actor (or its government body) who directs the departments that hold the name at `named`."""
    press = next((i for i in range(named - 1, max(-1, named - 40), -1) if "DIRECTIVE" in units[i].tags), None)
    if press is None or not directs_departments(units, press):
        return None
    k = press - 1
    while k >= 0 and units[k].tags & {"AUX", "HAS", "ADV", "NEG"}:
        k -= 1
    if k >= 0 and units[k].ent == "actor":
        return Agent("actor", "directive", k)
    if k > 0 and "GENERIC" in units[k].tags and units[k - 1].ent == "actor":
        return Agent("actor", "directive", k - 1)  # "The Japanese government has instructed …"
    return None


def _own_director(units: list[Unit], press: int) -> bool:
    """The subject of "has asked us" is the speaker's own side: the actor's name or a government body
    ("The president"), never an outsider ("Senators have asked us …") or a named other party."""
    k = press - 1
    while k >= 0 and units[k].tags & {"AUX", "HAS", "ADV", "NEG"}:
        k -= 1
    if k < 0:
        return False
    subject = units[k]
    if subject.ent:
        return subject.ent == "actor"
    return "GENERIC" in subject.tags and "OUTSIDER" not in subject.tags and subject.low not in _NOT_BODIES


# Nouns a closing appositive files the sentence under: ", a deal Tokyo approved in December".
_DEAL_NOUNS = frozenset({"deal", "deals", "agreement", "arrangement", "contract", "sale", "transfer"})


def approving_appositive(units: list[Unit]) -> Agent | None:
    """ "Patriots are being shipped to Kyiv, a deal Tokyo approved in December": the closing
    appositive names who approved the passive supply before it ("a deal Tokyo criticised" does not)."""
    for k in range(len(units) - 4, 0, -1):
        if units[k].low != ",":
            continue
        if "DET" in units[k + 1].tags and units[k + 2].low in _DEAL_NOUNS:
            name, verb = units[k + 3], units[k + 4]
            if name.ent and name.how == "name" and verb.tags & {"COMMIT", "DECIDE"} and verb.low.endswith("ed"):
                return Agent(name.ent, "name", k + 3)
        return None
    return None


def contracting_supplier(units: list[Unit], anchor: int) -> Agent | None:
    """ "The jets were handed over to the Saudi air force under an agreement between the United Kingdom and
    Saudi Arabia": a passive supply done under a deal between exactly the actor and the target is the actor's
    (the target cannot supply itself); a deal between any other pair names no supplier of ours."""
    for k in range(anchor + 1, len(units) - 5):
        if units[k].low == "under" and units[k + 1].ent == "actor" and "POSS" in units[k + 2].tags:
            # "howitzers built under South Korea's 2022 contract with Egypt were handed to …": the actor's own deal
            # with the target
            j = next((j for j in range(k + 3, min(len(units), k + 6)) if units[j].low in _DEAL_NOUNS), None)
            if j is not None and j + 2 < len(units) and units[j + 1].low == "with" and units[j + 2].ent == "target":
                return Agent("actor", "name", k + 1)
            continue
        if units[k].low != "under" or "DET" not in units[k + 1].tags:
            continue
        j = next((j for j in range(k + 2, min(len(units), k + 6)) if units[j].low in _DEAL_NOUNS), None)
        if j is None or j + 1 >= len(units) or units[j + 1].low != "between":
            continue  # "built under the X programme": another "under", no deal between parties
        return _deal_between_parties(units, j)
    return None


def _deal_between_parties(units: list[Unit], j: int) -> Agent | None:
    """The actor, when the deal noun at j is "between" exactly the actor and the target."""
    names = [u for u in units[j + 2:j + 7] if u.ent]
    parties = [u.ent for u in names]
    if len(parties) == 2 and set(parties) == {"actor", "target"} and \
            any(u.low == "and" for u in units[j + 2:j + 7]):
        index = next(i for i in range(j + 2, j + 7) if units[i].ent == "actor")
        return Agent("actor", "name", index)
    return None


_PERMISSION_NOUNS = frozenset({"permission", "approval", "consent", "authorisation", "authorization", "blessing"})
# "under a contract approved by the Israeli defence ministry", "licensed by Japan": a participle of permitting
# with the actor as its agent
_PERMITTED_BY = frozenset({"approved", "licensed", "authorised", "authorized", "cleared", "sanctioned"})


def permitting_actor(units: list[Unit]) -> Agent | None:
    """ "ammunition passed on by Denmark with Bern's permission", "with the approval of Bern": the
    actor permits another party's supply, a re-export it authorises ("without" is no permission)."""
    for k, unit in enumerate(units[:-2]):
        if unit.low in _PERMITTED_BY and "BY" in units[k + 1].tags:
            # "a company delivered … under a contract approved by the Japanese defence ministry": the actor
            # licenses another party's supply, as "with Bern's approval"
            m = k + 2 + ("DET" in units[k + 2].tags)
            if m < len(units) and units[m].ent == "actor":
                return Agent("actor", "authorises-others", m)
            continue
        if unit.low != "with":
            continue
        if units[k + 1].ent == "actor" and "POSS" in units[k + 2].tags and k + 3 < len(units) and \
                units[k + 3].low in _PERMISSION_NOUNS:
            return Agent("actor", "authorises-others", k + 1)
        if k + 4 < len(units) and units[k + 2].low in _PERMISSION_NOUNS and "OF" in units[k + 3].tags and \
                units[k + 4].ent == "actor":
            return Agent("actor", "authorises-others", k + 4)
    return None


def _supply_noun_heads(frame: Frame) -> bool:
    """Does a supply noun open the anchor's clause, no verb of that clause before it ("said deliveries of
    shells … would continue"; not "is weighing whether to resume licences for …")?"""
    nouns = [i for op, i, level in frame.ops if op == "SUPN" and level == 0]
    return bool(nouns) and not any(level == 0 and i < min(nouns) for _, i, level in frame.ops)


def placed_owner(units: list[Unit], agent: Agent) -> Agent:
    """ "the government in Seoul", "the ministry in The Hague": a body placed in or of a named country or
    capital is that party's; any other agent stays itself."""
    owner = agent.index + 2
    if owner < len(units) and units[agent.index + 1].low in ("in", "of") and units[owner].ent and \
            not (units[agent.index].low in _MISSIONS and units[agent.index + 1].low == "in"):
        return Agent(units[owner].ent, "name", owner)
    return agent  # ("the embassy in Vienna" is another country's mission there)


def _placed_body(units: list[Unit], body: Agent) -> Agent:
    """A government body placed by "in <capital>" after it, or by an opening "In <capital>," before it."""
    owner = placed_owner(units, body)
    if owner is not body:
        return owner
    opener = after_dateline(units)
    if opener + 2 < body.index and units[opener].low == "in" and units[opener + 1].ent and units[opener + 2].low == ",":
        return Agent(units[opener + 1].ent, "name", opener + 1)
    return body


def continued_reporter(units: list[Unit], reporter: Agent, salient: str | None) -> Agent:
    """ "Russia accused Austria of arming Ukraine. The ministry said that Vienna was delivering arms …": a
    definite body with no owner of its own, reporting right after sentences about another party, speaks for
    that party, as when it closes a quotation; "the embassy" unowned is a foreign mission unless the sentences
    before were about the actor ("US Ambassador Bridget Brink met … The embassy said …")."""
    k = reporter.index
    if reporter.cls != "generic" or k < 0:
        return reporter
    verb = next((j for j in range(k + 1, len(units)) if "REPORT" in units[j].tags), len(units))
    if any(u.ent for u in units[k:verb]):
        return reporter  # "the ministry in Vienna", "the embassy of Austria": owned
    mission = units[k].low in _MISSIONS and k > 0 and units[k - 1].low == "the" and salient != "actor"
    return Agent("other", "continued", k) if mission or salient == "other" and _institution(units, k) else reporter


def _supplied_by(units: list[Unit], anchor: int, frame: Frame) -> str | None:
    """Who the goods name as their supplier: "US-supplied", or "by" after a supply participle right after
    them ("launchers supplied by North Korea"); "the purchase of arms by Kyiv" names the buyer."""
    glued = next((cls for how, cls, _ in reversed(frame.ties) if how == "supplied"), None)
    if glued is not None:
        return glued
    k = anchor + 1
    if k + 2 < len(units) and "SUP" in units[k].tags and units[k].low.endswith("ed") and units[k + 1].low == "by":
        return units[k + 2].ent or None
    return None


def _arrived_elsewhere(units: list[Unit], frame: Frame) -> bool:
    """Is the clause's verb an arrival at a place of a party other than the target ("arrived at the port of
    Mombasa")?"""
    arrival = next((i for _, i, level in frame.ops if level == 0 and "ARRIVE" in units[i].tags), None)
    return arrival is not None and place_owner(units, arrival + 1) == "other"


def _relative_supplier(units: list[Unit], anchor: int) -> Agent | None:
    """The party a relative clause right after the object makes the subject of a supply verb ("rifles that Japan
    delivered", "the launchers Norway is transferring")."""
    k = anchor + 1 + (anchor + 1 < len(units) and units[anchor + 1].low in ("that", "which"))
    if k >= len(units) or units[k].ent not in ("actor", "other", "target"):
        return None
    j = k + 1
    while j < len(units) and j <= k + 3 and units[j].tags & {"AUX", "HAS", "HAD", "ADV"}:
        j += 1
    if j < len(units) and "SUP" in units[j].tags and "SUPN" not in units[j].tags:
        return Agent(units[k].ent, "relative", k)
    return None


def _reduced_supply_participle(units: list[Unit], anchor: int) -> bool:
    """Is the object at anchor followed by a past participle of supplying with no "by" after it ("vehicles
    delivered this year")?"""
    k = anchor + 1
    return k < len(units) and "SUP" in units[k].tags and "SUPN" not in units[k].tags and \
        units[k].low.endswith("ed") and (k + 1 == len(units) or units[k + 1].low != "by")


def resolve_agent(units: list[Unit], anchor: int, frame: Frame, main: Agent | None, trailing: Agent | None,
                  salient: str | None) -> Agent:
    """Who the agent is: a name, or what a pronoun or "the ministry" stands for."""
    agent = frame.agent
    recv = any(op == "RECV" for op, _, level in frame.ops if level == 0)
    ties = {("by" if how == "supplied" else how): cls for how, cls, _ in reversed(frame.ties)}
    if ties.get("from") == "target" and units[anchor].low in _PROPOSAL_NOUNS:
        # "the proposal from Manila is being considered": the target made it; it names no one who weighs it
        del ties["from"]
        frame.requester_target = True
    if ties.get("adj") == "target" and units[anchor].low in _PROPOSAL_NOUNS:
        # "the Ukrainian request is being examined": the target's adjective on the request names who asks
        del ties["adj"]
        frame.requester_target = True
    # (only for a plain supply: "reviewing its policy on the re-export of ammunition by EU states" is the
    # reviewer's weighing)
    plain = not any(op in ("CONS", "REFU", "COMMIT", "DECIDE", "NEG", "MODAL", "END") for op, _, _ in frame.ops)
    nominal = next((k for how, cls, k in frame.ties if plain and _nominal_source(units, k, anchor) and (
        how == "by" and cls in ("actor", "other") or
        # ("from X to Y": a route named by the two countries, not "from Soviet-era depots")
        how == "from" and cls == "actor" and units[k].how == "name" and k + 2 < len(units) and
        units[k + 1].low == "to" and units[k + 2].ent == "target")), None)
    if nominal is not None:
        # "its appreciation for the delivery by the Czech Republic of air-defence systems", "Its cargo was the first
        # delivery of weapons from Türkiye to Armenia": the supply noun's own "by" or "from" names who delivers,
        # whoever the clause's subject is
        return Agent(units[nominal].ent, units[nominal - 1].low, nominal)
    relative = _relative_supplier(units, anchor)
    if relative is not None and all(op == "SUPN" for op, _, level in frame.ops if level == 0 and op in PREDICATES):
        # "Marles attended the handover of rifles that Japan delivered to Papua New Guinea": the relative clause on
        # the goods names who supplies them; the one attending a handover (a supply noun) supplies nothing
        return relative
    if ties.get("adj") == "other" and _reduced_supply_participle(units, anchor):
        # "enough equipment, including Brazilian armoured vehicles delivered this year": a participle right after
        # another party's goods says they were supplied, by their owner, whoever governs the clause
        return Agent("other", "adj", -1)
    if agent is not None and agent.how == "common-np" and "by" in ties and \
            (_share_of_object(units, agent.index) or _measure_of_object(units, agent.index)):
        return Agent(ties["by"], "by", -1)  # "The final aircraft in the package of F-16s pledged by Norway are …"
    if agent is not None and agent.how == "common-np" and _measure_of_object(units, agent.index):
        agent = None  # "the rest of the package of weapons will not be delivered": the goods themselves, no party
    if agent is not None and agent.how == "common-np" and "from" in ties and not recv and \
            _instrument(units, agent.index):
        # "The decree authorising the transfer of weapons from Chile to Ukraine was signed": an instrument that
        # enacts the transfer is no party; the one the goods go from supplies them
        return Agent(ties["from"], "from", -1)
    if recv:
        # "Ukraine received ATACMS from the United States": the subject is the recipient.
        if agent is None and frame.inherit and not frame.existential and main is not None:
            agent = main  # "Serbia, …, is an EU candidate but has also bought …": the buyer is the shared subject
        if agent is not None and agent.cls == "target":
            frame.recipient = "target"
        elif agent is not None and agent.cls in ("other", "generic") and agent.how in ("name", "subject", "relative"):
            # "Poland, which bought the shells from Japan, asked Tokyo to let them pass to Kyiv": the buyer is
            # the recipient; the target named elsewhere in the sentence receives nothing from this purchase
            frame.recipient = "other"
        if "from" in ties:
            return Agent(ties["from"], "from", -1)
        supplier = _supplied_by(units, anchor, frame)
        if supplier is not None:
            return Agent(supplier, "by", -1)  # "received howitzers supplied by Japan", "Japanese-supplied howitzers"
        if "adj" in ties:
            return Agent(ties["adj"], "adj", -1)
        return Agent("unknown", "", -1)
    other_source = next((how for how in ("by", "from", "adj") if ties.get(how) == "other"), None)
    if other_source is not None and frame.passive and agent is not None and agent.how in ("governor", "speaker") and \
            not any(op in ("CONS", "REFU", "COMMIT", "DECIDE") for op, _, _ in frame.ops):
        # "Japan's ambassador said British missiles were delivered to Ukraine": the one who reports an agentless
        # supply of another party's goods is no supplier; the goods' owner or source is (one who weighs or
        # permits it, "re-examining whether rounds held by the German army may be passed on", still acts)
        return Agent("other", other_source, -1)
    if agent is not None and agent.how == "governor" and ties.keys() & {"by", "from", "adj"} and \
            _supply_noun_heads(frame):
        # "he stressed that the flow of shells from Latvia would carry on", "said deliveries of Estonian
        # shells would continue": the supply noun heads the clause, its source or owner names the supplier;
        # the one who reports it is only the speaker
        how = next(h for h in ("by", "from", "adj") if h in ties)
        return Agent(ties[how], how, -1)
    if agent is None and frame.inherit and main is None and not frame.existential:
        agent = _colon_subject(units, -1, anchor)  # "The outcome was announced: Britain has lifted … and has approved …"
    if agent is None and "from" in ties and any("ARRIVE" in units[i].tags for op, i, level in frame.ops if level == 0):
        return Agent(ties["from"], "from", -1)  # "When new K9s arrive from Korea, we will …": Korea's goods arrive
    if agent is None and frame.inherit and main is not None and not frame.existential and \
            not (main.cls == "target" and units[anchor].low in _PROPOSAL_NOUNS):
        # ("Kyiv asked Japan for arms, and the request is under review": the one who asked does not review it)
        agent = Agent(main.cls, "inherited" if main.cls in ("actor", "other", "target") else
                      "inherited-generic", main.index, main.first_person)
        inner = _complement_subject(units, main.index, anchor) or _colon_subject(units, main.index, anchor)
        if inner is not None:
            agent = inner  # "The ministry said Israel would sign … and will deliver …": Israel delivers
    if agent is None:
        outsiders = _outsider_subject(units, min((i for _, i, level in frame.ops if level == 0), default=anchor)) \
            if ties else -1
        if outsiders >= 0:
            # "67 percent of respondents were against 'Italian howitzers being sold to Georgia'": the poll's view,
            # whoever owns the goods
            return Agent("other", "outsider", outsiders)
        for how in ("by", "from", "adj"):
            if how in ties:
                return Agent(ties[how], how, -1)
        approver = approving_appositive(units) if frame.passive else None
        if approver is None and (frame.passive or frame.subject_supply) and frame.recipient in ("target", "target-in"):
            # only a delivery to the target itself ("the first batch of jets was handed over to …" too)
            approver = contracting_supplier(units, anchor)
        if approver is not None:
            return approver
        speaker = frame.speaker or trailing
        # (the recipient reporting a delivery to itself names no supplier: "… were delivered to Nigeria's army,
        # the defence headquarters in Abuja said")
        if "origin" in ties and not (speaker is not None and speaker.cls in ("actor", "other", "target") and
                                     not (speaker.cls == "target" and (frame.passive or frame.subject_supply) and
                                          frame.recipient in ("target", "target-in"))):
            body = _home_government(units, anchor, salient) if ties["origin"] == "actor" else None
            if body is not None:
                return body  # "Shipments of Norwegian-made shells to Chile have resumed, the government confirmed"
            return Agent(ties["origin"], "origin", -1)  # a named speaker outranks where the weapon was made
        fallback = _fallback(units, frame, anchor, trailing, salient)
        if fallback.how == "speaker" and not ties and _arrived_elsewhere(units, frame):
            # "Forty containers of rifles destined for Somalia's army arrived at the port of Mombasa, Kenyan
            # officials said": goods that reached another party's place on their way were not sent by the one
            # who reports it
            return Agent("unknown", "", -1)
        return fallback
    if agent.cls in ("actor", "other", "target"):
        return agent
    if agent.cls == "generic" and frame.addressee == "actor" and _institution(units, agent.index) and \
            _informs(units, agent.index):
        return Agent("actor", "institution", agent.index)  # "The Federal Government has informed the German Bundestag"
    if agent.first_person:
        above = frame.speaker if frame.speaker is not None and not frame.speaker.first_person else None
        speaker = _quote_speaker(units, agent.index) or trailing or above or \
            (main if main is not None and _colon_quotation(units, main.index, agent.index) else None)
        if speaker is not None and speaker.cls in ("actor", "other", "target"):
            return Agent(speaker.cls, "speaker", speaker.index)
        if speaker is not None and speaker.cls == "generic" and salient == "actor" and \
                not any(u.ent == "actor" or u.how == "outsider" for u in units[speaker.index:]) and \
                not any("OUTSIDER" in u.tags for u in units):
            # '"… we would examine every option," the official told reporters' in a story about
            # the actor: the unnamed official's "we" is the actor, not a name inside the quote.
            return Agent("actor", "spokesman", speaker.index)
        if speaker is not None and speaker.cls == "anaphor" and salient in ("actor", "other") and \
                speaker.index > agent.index and units[speaker.index].low in ("he", "she") and \
                "QUOTE" not in units[0].tags and "QUOTE" in units[speaker.index - 1].tags:
            # '"… Army, and we won't be sending them," he said' after a quotation opened sentences before: the
            # "we" is the closing "he", who continues the discourse party, never a name earlier in the quote
            return Agent(salient, "pronoun", speaker.index)
        return _fallback(units, frame, agent.index, trailing, salient)
    if agent.how == "challenged":
        # "a challenge to the government's suspension": the government of the story, not the court
        return Agent("other" if salient == "other" else "actor", "challenged", agent.index)
    if "PRON" in units[agent.index].tags and _outsiders_say(units, agent.index):
        return Agent("other", "outsider", agent.index)  # "Senators said they would block …": the senators
    speaker = frame.speaker
    if agent.cls == "anaphor" and speaker is not None and speaker.cls == "generic" and speaker.index >= 0 and \
            units[agent.index].low in ("it", "its"):
        # "the defence ministry in Tokyo confirmed that it had handed …", "In Tokyo, the ministry said it …": the
        # body placed in a party's capital speaks and acts for that party
        speaker = _placed_body(units, speaker)
    if agent.cls == "anaphor" and speaker is not None and speaker.cls in ("actor", "other", "target"):
        return Agent(speaker.cls, "pronoun", speaker.index)
    owner = _placed_body(units, agent) if agent.cls == "generic" and agent.index >= 0 else placed_owner(units, agent)
    if owner is not agent:
        return owner  # "the government in Seoul", "In Naypyidaw, a military spokesman dismissed …"
    # "… in Gaza, but it kept supplying …": a body or a subject pronoun takes a name that was a
    # subject, never one inside a prepositional phrase
    pronoun = bool(units[agent.index].tags & {"PRON", "POSSPRON"})  # "…, but its cabinet approved …" too
    institution = _institution(units, agent.index) or _reported_country(units, agent.index)
    nearest = _nearest_subject_name(units, agent.index) if institution or pronoun else \
        nearest_named(units, agent.index)
    if nearest is not None:
        # "Britain …, but the government confirmed …": the body or pronoun stands for that subject
        return Agent(nearest.cls, "pronoun" if pronoun else "institution", nearest.index) \
            if pronoun or institution else nearest
    if agent.cls == "anaphor" and salient == "other" and agent.index == _first_np(units):
        # "North Korea has shipped shells … It will also deliver missiles, South Korean officials
        # said": a sentence-opening pronoun continues the previous subject, not the one quoted.
        return Agent("other", "salient", -1)
    fallback = _fallback(units, frame, agent.index, trailing, salient)
    if fallback.how == "salient" and "PRON" in units[agent.index].tags:
        # "he pledged …" after a sentence about Pistorius: the pronoun continues the discourse actor.
        return Agent(fallback.cls, "pronoun", fallback.index)
    if fallback.how == "salient" and (_institution(units, agent.index) or _its_body(units, agent.index)):
        # "The National Security Council approved …", "the cabinet decided …" in a story about the
        # actor: a definite government body is the current discourse actor's.
        return Agent(fallback.cls, "institution", fallback.index)
    return fallback


def _its_body(units: list[Unit], k: int) -> bool:
    """ "Its defence ministry confirmed …": "its" before a government body is the discourse actor's
    possessive, like "the defence ministry" (the noun phrase's first word is the pronoun)."""
    if units[k].low != "its":
        return False
    head = next((j for j in range(k + 1, min(len(units), k + 5)) if "GENERIC" in units[j].tags), -1)
    return head > 0 and _institution(units, head)


_LEGISLATURES = frozenset({"parliament", "bundestag", "diet", "congress", "knesset", "sejm", "riksdag", "storting",
                           "assembly", "legislature", "lawmakers", "committee"})


def _informs(units: list[Unit], body: int) -> bool:
    """Is the body the subject of "informed / notified / briefed" the actor's parliament ("the German
    Bundestag", "Japan's parliament")? A government informs its own parliament, so it is the actor's."""
    for k in range(body + 1, min(len(units), body + 5)):
        if "ADDRESS" in units[k].tags and units[k].low.startswith(("inform", "notif", "brief")):
            words = [u.low.split()[-1] for u in units[k + 1:k + 5] if u.low.isalpha() or u.ent]
            return any(word in _LEGISLATURES for word in words)
    return False


def _outsiders_say(units: list[Unit], pronoun: int) -> bool:
    """Is the pronoun the subject of what outsiders say: "lawmakers said (that) they …"?"""
    k = pronoun - 1
    if k >= 0 and units[k].low == "that":
        k -= 1
    if k < 1 or "REPORT" not in units[k].tags:
        return False
    subject = units[max(0, k - 3):k]
    return any("OUTSIDER" in u.tags for u in subject) and not any(u.ent for u in subject)


def _first_np(units: list[Unit]) -> int:
    """Index of the first unit that is not a determiner, adverb or quote: the sentence's opening word."""
    for k, unit in enumerate(units):
        if not unit.tags & {"DET", "ADV", "QUOTE"}:
            return k
    return -1


def _body_spokesperson(units: list[Unit], k: int) -> bool:
    """ "a spokeswoman for the economy ministry": someone speaking for a government body."""
    if "ROLE" not in units[k].tags or k + 3 >= len(units) or units[k + 1].low not in ("for", "of") or \
            units[k + 2].low != "the":
        return False
    body = next((j for j in range(k + 3, min(len(units), k + 6)) if units[j].tags or units[j].ent), -1)
    return body > 0 and units[body].low in GENERIC_AGENTS and units[body].low not in _NOT_BODIES


# Lowercase words naming a government department's field: "the defence ministry", "the foreign office".
_OFFICE_WORDS = frozenset({"defence", "defense", "foreign", "economy", "trade", "interior", "finance", "justice",
                           "national", "federal"})


def _reported_country(units: list[Unit], k: int) -> bool:
    """ "an Israeli defence official said the country continues to …": "the country" right after the
    reporting verb is the speaker's own, like "the government"; so is "the kingdom" (a state's form) there
    or after the reported "that" ("told parliament that the kingdom would not …")."""
    if units[k].low in _STATE_FORM_NOUNS and k >= 2 and units[k - 1].low == "the" and units[k - 2].low == "that":
        return True
    return units[k].low in ("country", "nation") + tuple(_STATE_FORM_NOUNS) and k >= 2 and \
        units[k - 1].low == "the" and "REPORT" in units[k - 2].tags


_STATE_FORM_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "principality"})


def _home_government(units: list[Unit], anchor: int, salient: str | None) -> Agent | None:
    """ "Shipments of Norwegian-made shells to Chile have resumed, the government confirmed", "… under
    permits the government approved": an unowned government body beside an agentless supply of goods
    made in the actor's country, no other party named outside a clause after the supply ("after a court
    lifted …"), is that country's own government: the made-in adjective then names the supplier."""
    if salient not in (None, "actor"):
        return None
    start = after_dateline(units)  # "OSLO (Wire) -": the dateline names no party
    subordinate = False
    for k in range(start, len(units)):
        if "SUB" in units[k].tags and k > anchor:
            subordinate = True
        elif "COMMA" in units[k].tags:
            subordinate = False
        if units[k].ent == "other" and not subordinate:
            return None  # "… resumed via Poland, the government said": whose government is unsaid
    for k, unit in enumerate(units):
        if unit.low in _GOVERNMENTS and _institution(units, k):
            return Agent("actor", "adj", k)
    return None


_GOVERNMENTS = frozenset({"government", "administration", "cabinet"})


def after_dateline(units: list[Unit]) -> int:
    """Where the sentence proper begins: after "KYIV, June 23 (Wire) -", whose city is no subject."""
    for k in range(min(12, len(units))):
        if dateline_dash(units, k):
            return k + 1
    return 0


def _institution(units: list[Unit], k: int) -> bool:
    """ "the cabinet", "the National Security Council": a definite, singular government body."""
    if _named_body(units, k) or _titled_ministers(units, k, 0) or \
            k + 1 < len(units) and _titled_ministers(units, k + 1, 0):
        return True  # ("Federal ministers", "Cabinet ministers" sit as the cabinet does)
    if units[k].low not in GENERIC_AGENTS or units[k].low.endswith("s") or units[k].low in _NOT_BODIES:
        return False
    j = k - 1
    while j >= 0 and (units[j].text in TITLE_WORDS or units[j].low in _OFFICE_WORDS) and k - j <= 4:
        j -= 1  # "the National Security Council", "the defence ministry"
    # "Its defence ministry confirmed …": the possessive pronoun owns the body as the discourse actor does
    return j >= 0 and units[j].low in ("the", "its") or _bare_capital_body(units, k)


def _named_body(units: list[Unit], k: int) -> bool:
    """ "the Supreme Council for National Security", "the Department of Defence Production": a capitalised
    body that names no country (one unit, tagged as a generic agent) is a definite government body."""
    unit = units[k]
    return unit.cap and "GENERIC" in unit.tags and " " in unit.low and not unit.ent and k >= 1 and \
        units[k - 1].low == "the" and unit.low.split()[-1] not in ("forces", "force", "army", "navy")


_BARE_BODIES = frozenset({"cabinet", "government"})


def _bare_capital_body(units: list[Unit], k: int) -> bool:
    """ "DUBLIN — Cabinet this afternoon approved …", "…, and Government agreed": a capitalised
    "Cabinet" / "Government" opening its clause without a determiner is the proper name of the one
    body, like "the cabinet" ("Government sources" is a modifier: a plain noun follows)."""
    if not units[k].cap or units[k].low not in _BARE_BODIES or k + 1 >= len(units) or not units[k + 1].tags:
        return False
    return k == after_dateline(units) or units[k - 1].low in ("and", "but", ",", "that")


def _quote_speaker(units: list[Unit], inside: int) -> Agent | None:
    """Who says "we": the name next to the reporting verb after the closing quote."""
    close = next((k for k in range(inside + 1, len(units)) if units[k].low in ("”", '"')), None)
    if close is None:
        return None
    for k in range(close + 1, min(len(units), close + 12)):
        agent = np_class(units, k)
        if agent is not None and agent.cls in ("actor", "target", "other"):
            return agent
        if "REPORT" in units[k].tags and k > close + 1:
            break
    return None


# Instruments that enact what they name: "the decree authorising the transfer …" (a plan or proposal does not).
_INSTRUMENTS = frozenset({"decree", "decrees", "law", "laws", "order", "orders", "ordinance", "directive", "licence",
                          "license", "licences", "licenses", "permit", "permits", "treaty", "agreement", "contract"})


def _instrument(units: list[Unit], start: int) -> bool:
    """Does the noun phrase at `start` name an instrument in force ("the supreme decree"; not "the draft law")?"""
    head = next((k for k in range(start, min(start + 3, len(units))) if units[k].low in _INSTRUMENTS), None)
    return head is not None and not any(u.low in ("draft", "proposed") for u in units[start:head])


def _colon_quotation(units: list[Unit], speaker: int, inside: int) -> bool:
    """ 'Yoon told reporters: "We will …"': the quotation holding `inside` opens after a colon that closes
    the speaker's reporting verb (the colon ends the walk to the left, so no speaker is found there)."""
    opening = next((k for k in range(inside - 1, speaker, -1) if "QUOTE" in units[k].tags), None)
    if opening is None or opening < 2 or units[opening - 1].low != ":":
        return False
    return any("REPORT" in units[k].tags for k in range(max(speaker + 1, opening - 6), opening - 1))


def _complement_subject(units: list[Unit], main: int, anchor: int) -> Agent | None:
    """The named subject of the clause reported right after the main subject's reporting verb ("The
    ministry said Israel would …"): a verb coordinated inside that clause shares its subject."""
    k = main + 1
    if k >= anchor or "REPORT" not in units[k].tags:
        return None
    k += 1
    if k < anchor and units[k].low == "that":
        k += 1
    return _clause_subject(units, k, anchor) or _common_clause_subject(units, k, anchor)


# Past forms that do not end in "-ed": a verb in one is no bare verb under a "should".
_PAST_VERBS = frozenset({"sent", "gave", "sold", "lent", "made", "took", "brought", "began", "handed"})


def _after_reporting_aside(units: list[Unit], k: int) -> int:
    """At k: ", she writes," or ", the minister said," set off after a subject; where the clause goes on."""
    if k >= len(units) or units[k].low != ",":
        return k
    close = next((j for j in range(k + 1, min(len(units), k + 6)) if units[j].low == ","), None)
    if close is None or "REPORT" not in units[close - 1].tags or \
            any(u.obj or u.tags - {"PRON", "DET", "ROLE", "GENERIC", "ENT", "REPORT"} for u in units[k + 1:close]):
        return k
    return close + 1


def share_subjects_advice(units: list[Unit], main: int, anchor: int, frame: Frame) -> None:
    """ "Azerbaijan should stop hiding behind generators and ambulances and deliver shells": a "should / must"
    right after the subject governs every verb coordinated under it (or listed in a series closed by "and"),
    however long the first one's object ("Kenya, she writes, should …": a reporting aside stands between)."""
    k = _after_reporting_aside(units, main + 1)
    joint = max((j for j in range(k + 1, anchor) if "CONJ" in units[j].tags), default=None)
    if joint is None and any("CONJ" in u.tags for u in units[anchor + 1:]):
        # "ought to put an offer on the table, fast-track licences for missiles, and treat …": a series
        joint = max((j for j in range(k + 1, anchor) if units[j].low == ","), default=None)
    if joint is None or any(op == "DEONT" for op, _, _ in frame.ops):
        return
    advice = main - 2 if main >= 2 and units[main - 1].low == "for" else main - 1  # ("It is time for Ankara to …")
    if advice >= 0 and op_of(units[advice]) == "DEONT" and \
            not any(u.tags & {"HARD", "CONTRAST", "REPORT"} or u.low in (";", ":") for u in units[k:anchor]):
        frame.ops.append(("DEONT", advice, 0))  # "It is time Islamabad put … together and started selling …"
        return
    if op_of(units[k]) != "DEONT":
        return
    if any(u.tags & {"HARD", "CONTRAST", "REPORT"} or u.low in (";", ":") for u in units[k:anchor]) or \
            any(u.tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"} or u.low.split()[0].endswith("ed") or
                u.low.split()[0] in _PAST_VERBS for u in units[joint + 1:anchor]):
        return  # ("should stop hiding and has sent …", "must look after … and then sent": a verb of its own)
    frame.ops.append(("DEONT", k, 0))


def _common_clause_subject(units: list[Unit], k: int, anchor: int) -> Agent | None:
    """ "Pavel said the initiative would continue … and could expand to include …": a common noun phrase
    opening the reported clause before its verb group is the subject a coordinated verb shares too."""
    verb = next((j for j in range(k + 1, min(anchor, k + 5)) if units[j].tags & {"AUX", "FUT", "MODAL"}), None)
    if verb is None or units[k].low != "the" or any(u.tags & {"CONJ", "COMMA"} for u in units[k:verb]):
        return None
    return common_subject(units, k, verb)


def _clause_subject(units: list[Unit], k: int, anchor: int) -> Agent | None:
    """A named party opening a clause at k (before the anchor) as the subject of its verb group."""
    if k < anchor and units[k].low == "the":
        k += 1  # "the Netherlands"
    if k + 1 < anchor and units[k].ent in ("actor", "other", "target") and \
            units[k + 1].tags & {"AUX", "FUT", "MODAL", "NEG"}:
        return Agent(units[k].ent, "inherited", k)
    return None


def _colon_subject(units: list[Unit], main: int, anchor: int) -> Agent | None:
    """The named subject opening the clause after a colon ("The outcome was announced: Britain has lifted …
    and has approved …"): the colon starts a clause of its own, so a verb coordinated in it shares that
    subject, not the one of the announcing clause."""
    colon = next((k for k in range(anchor - 1, main, -1) if units[k].low == ":"), None)
    return None if colon is None else _clause_subject(units, colon + 1, anchor)


def _dateline_name(units: list[Unit], k: int) -> bool:
    """Is the name at k the city or agency of a dateline ("LISBON (Wire) -", "KYIV, June 3 (Wire) -")?"""
    for j in range(k + 1, min(len(units) - 1, k + 8)):
        if dateline_dash(units, j + 1):
            return True
    return False


def _earlier_passive_agent(units: list[Unit], k: int, before: int) -> bool:
    """Is the name at k the "by" agent of a passive in an earlier clause, one that ", and" or "; " closes
    before `before`? It did what its own verb says ("paid for by X"), not what the next clause reports."""
    lead = k - 1 if k < 1 or "DET" not in units[k - 1].tags else k - 2
    if lead < 0 or units[lead].low != "by":
        return False
    return any(units[j].low == ";" or units[j].low == "," and units[j + 1].low in ("and", "but")
               for j in range(k + 1, before - 1))


def _report_author(units: list[Unit], k: int) -> bool:
    """ "rejected a report by Amnesty that …", "a claim by a Barcelona-based research centre": the name at k
    wrote the report; it answers for the claim, not for any supply in it."""
    j = k - 1
    if j >= 0 and "DET" in units[j].tags:
        j -= 1
    return j >= 1 and "BY" in units[j].tags and "DIST" in units[j - 1].tags and not units[j - 1].low.endswith("ed")


def _in_prepositional_phrase(units: list[Unit], k: int) -> bool:
    """Is the name at k the object of a preposition of place ("in Türkiye", "at the base in Poland")?
    ("a spokesperson for Minister X" owns the speaker: not a place.)"""
    lead = k - 1 if k < 1 or "DET" not in units[k - 1].tags else k - 2
    return lead >= 0 and units[lead].low in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "near", "inside", "within", "across"})


def _nearest_subject_name(units: list[Unit], before: int) -> Agent | None:
    """ "No battery has left Italy since the one sent with France, and the government has …": a
    definite government body is the nearest actor or party named outside a prepositional phrase."""
    condition = leading_condition_end(units)
    for k in range(before - 1, -1, -1):
        if k < condition < before:
            break  # '"Should North Korea attack, the government could …"': the condition's own subject
        if _dateline_name(units, k):
            break  # "LISBON (Wire) - …": the dateline's city and agency are no party
        lead = k - 1 if k < 1 or "DET" not in units[k - 1].tags else k - 2  # "told deputies of the Assembly"
        while lead >= 0 and k - lead <= 3 and not units[lead].tags and not units[lead].ent and \
                not units[lead].cap and units[lead].low[:1].isalpha():
            lead -= 1  # "at a depot in south-eastern Poland": a modifier between the preposition and the place
        if units[k].ent in ("actor", "other") and not (lead >= 0 and units[lead].tags & {"PREP", "ADDRESS"}) and \
                not in_opener(units, k, before):
            if units[k].ent == "actor" and units[k].how == "adj" and _company_after(units, k):
                continue  # "Saare Ballistics AS, a small Estonian maker of rifles, says it …": the firm's own name
            return Agent(units[k].ent, "nearest", k)  # "Scholz told MPs that the government …": MPs are told
    return None


_PHRASE_OPENERS = frozenset({"after", "before", "during", "despite", "amid"})
# Sentence adverbs that link to the sentence before and may precede an opening phrase.
_CONNECTIVES = frozenset({"instead", "however", "meanwhile", "separately", "still", "then", "now", "moreover",
                          "indeed", "nevertheless", "nonetheless", "also", "finally", "later"})


_PROPOSAL_NOUNS = REQUEST_NOUNS | {"proposal", "proposals"}  # what the target puts to the one it asks


def in_opener(units: list[Unit], k: int, before: int) -> bool:
    """Is the name at k deep inside a phrase that opens the sentence before a comma ("In reply to a
    question from an opposition deputy, the minister said …", "After talks with Russia, the government …")?
    Its people are the phrase's, never the subject's after it; a place opening it ("In Lisbon, the
    government …") still is."""
    lead = after_opening_quotes(units)
    if lead + 2 < len(units) and units[lead].low in _CONNECTIVES and units[lead + 1].low == ",":
        lead += 2  # "Instead, in an answer to a question from an MP, the ministry …": the connective opens nothing
    # "Asked about Polish calls for jets, the ministry said …": a reporter's question opens a phrase too, with
    # every name in it the question's
    asked = lead < len(units) and "QUESTION" in units[lead].tags
    if lead >= len(units) or k <= lead + (not asked) or not (
            "PREP" in units[lead].tags or units[lead].low.endswith("ing") or units[lead].low in _PHRASE_OPENERS or asked):
        return False
    if not asked and (units[lead + 1].ent or units[lead + 1].tags & {"PRON", "AUX", "MODAL", "HAS", "HAD"}):
        return False  # "After Russia attacked, …": a clause of its own, not a phrase
    comma = next((j for j in range(lead + 1, before) if units[j].low == ","), None)
    return comma is not None and k < comma


def leading_condition_end(units: list[Unit]) -> int:
    """ "If Pyongyang deepens its role, Seoul will …": the main clause is conditional."""
    # a quotation opening with the condition; "MOSCOW — If …": a dateline before it is no part of the sentence
    lead = max(after_opening_quotes(units), after_dateline(units))
    if lead + 1 < len(units) and units[lead].low in ("but", "and", "yet") and "COND" in units[lead + 1].tags:
        lead += 1  # "But if Pyongyang deepens its role, …": a conjunction before the condition
    if lead < len(units) and "COND" in units[lead].tags:
        for k in range(lead, len(units)):
            if units[k].low == ",":
                return k
    words = tuple(u.low for u in units[lead:lead + 4])
    for phrase in _ANAPHORIC_CONDITIONS:
        if words[:len(phrase)] == phrase:
            # "In that case (,) we would look at …": the phrase stands for the condition named before
            end = lead + len(phrase) - 1
            return end + 1 if end + 1 < len(units) and units[end + 1].low == "," else end
    return -1


_TIME_SUBORDINATORS = frozenset({"after", "before", "once", "while", "when", "until", "since"})


def leading_time_clause(units: list[Unit]) -> tuple[int, int] | None:
    """ "(On Thursday evening,) after the envoy had left for Paris, Kishida confirmed …": a leading time
    clause with a subject of its own, closed by a comma, only dates the main clause. Its span (the
    subordinator to the comma) when it names neither the actor nor the object and holds no verdict, so
    its names and tenses stay out of the main clause; "When asked …" (no subject) is a question."""
    lead = max(after_opening_quotes(units), after_dateline(units))
    if lead < len(units) and "PREP" in units[lead].tags and units[lead].low not in _TIME_SUBORDINATORS:
        comma = next((k for k in range(lead + 1, min(len(units), lead + 6)) if units[k].low == ","), None)
        if comma is None:
            return None
        lead = comma + 1  # "On Thursday evening, after …"
    if lead + 2 >= len(units) or units[lead].low not in _TIME_SUBORDINATORS:
        return None
    subject = units[lead + 1]
    if not (subject.ent or subject.tags & {"DET", "PRON", "ROLE", "GENERIC"}):
        return None  # "After 2022, …", "When asked …"
    if subject.low in ("this", "last") and units[lead + 2].low in TIME_WORDS:
        return None  # "Until last year, …": a span of time, no clause, and it dates the main clause's verb
    for k in range(lead + 1, len(units)):
        unit = units[k]
        if unit.low == ",":
            return (lead, k) if k > lead + 2 else None
        if unit.ent == "actor" or unit.obj or "QUOTE" in unit.tags or \
                op_of(unit) in PREDICATES | {"REPORT", "MODAL", "NEG", "COND"}:
            return None
    return None


# Phrases that stand for an "if" clause named just before: "In that case we would …".
_ANAPHORIC_CONDITIONS = (("in", "that", "case"), ("in", "that", "event"), ("in", "such", "a", "case"),
                         ("in", "this", "case"), ("in", "such", "case"))


def _ends_of_opener(units: list[Unit], comma: int) -> bool:
    """ "By decision of the Government of the Russian Federation, Russia will …": a comma after a name that
    an "of" governs inside a phrase opening the sentence with a preposition closes that phrase; the name
    is the phrase's, never listed with the subject after the comma."""
    lead = after_opening_quotes(units)
    name = comma - 1
    before = name - 1
    if before >= 0 and "DET" in units[before].tags:
        before -= 1  # "of the Russian Federation"
    return 0 <= lead < before and "PREP" in units[lead].tags and "OF" in units[before].tags and \
        not any(u.low in ("and", "or", ",") for u in units[lead:before])


def _leading_question_end(units: list[Unit]) -> int:
    """ "Asked whether X could part with …, Prime Minister Y said …": the comma closing a leading reporter's
    question ends it; the name before that comma is the question's, never listed with the answerer."""
    if not units or "QUESTION" not in units[0].tags or not units[0].low.startswith("asked"):
        return -1
    return next((k for k, unit in enumerate(units) if unit.low == ","), -1)


def nearest_named(units: list[Unit], before: int) -> Agent | None:
    """The closest actor or other party named before `before`."""
    for k in range(before - 1, after_dateline(units) - 1, -1):  # "DUBLIN — …": the dateline names no party
        unit = units[k]
        if unit.ent in ("actor", "other"):
            return Agent(unit.ent, "nearest", k)
    return None


def _outsider_subject(units: list[Unit], before: int) -> int:
    """The outsiders right before the verb at `before` ("35 percent of respondents favoured"), else -1."""
    for k in range(before - 1, max(-1, before - 6), -1):
        if "OUTSIDER" in units[k].tags:
            return k
        if k == before - 1 and units[k].low in ("is", "are", "was", "were") and units[before].low == "against":
            continue  # "67 percent of respondents were against …"
        owned = units[k].ent and any("OF" in u.tags for u in units[max(0, k - 2):k])  # "percent of French people"
        if units[k].ent and not owned or units[k].obj or units[k].tags - {"OF", "DET", "ADV"} or \
                not units[k].low.isalnum():
            return -1
    return -1


def _fallback(units: list[Unit], frame: Frame, before: int, trailing: Agent | None, salient: str | None) -> Agent:
    """No subject of its own: the speaker, the nearest name before `before`, or the discourse actor."""
    outsiders = _outsider_subject(units, min((i for _, i, level in frame.ops if level == 0), default=before))
    if outsiders >= 0:
        return Agent("other", "outsider", outsiders)  # "35 percent (of respondents) favoured sending …": a poll's
    speaker = frame.speaker or trailing
    if speaker is not None and speaker.cls in ("actor", "other", "target"):
        return Agent(speaker.cls, "speaker", speaker.index)
    if speaker is not None and speaker.cls == "generic" and _institution(units, speaker.index):
        body = _nearest_subject_name(units, speaker.index)  # "Britain …, but the government confirmed that …"
        if body is not None:
            return Agent(body.cls, "institution", body.index)
    nearest = nearest_named(units, before)
    if nearest is not None and _in_prepositional_phrase(units, nearest.index):
        # "Spain's Patriots remain assigned to a mission in Türkiye, and there is no plan to …": a place
        # inside a prepositional phrase is no one's position; the subject named before it is
        nearest = _nearest_subject_name(units, before) or nearest
    if nearest is not None and _earlier_passive_agent(units, nearest.index, before):
        nearest = None  # "the contract paid for by the Nordic states remains valid, and twelve guns will be sent"
    told = -1 if nearest is None else nearest.index - 1
    if told >= 1 and "DET" in units[told].tags:
        told -= 1  # "told the Tokyo Courier"
    if told >= 0 and "ADDRESS" in units[told].tags:
        nearest = None  # "Three officials told Red Sea Dispatch that …": the one told is no party to it
    if nearest is not None and not nearest.index < leading_condition_end(units) < before and \
            not in_opener(units, nearest.index, before):
        if nearest.cls == "actor" and units[nearest.index].how == "origin":
            return _home_government(units, before, salient) or nearest  # "… under permits the government approved"
        return nearest  # a name inside a leading "If …," ("an agreement with Israel") acts in the condition only
    if speaker is not None and salient == "actor" and _body_spokesperson(units, speaker.index) and \
            not any(u.ent == "other" or "OUTSIDER" in u.tags for u in units):
        return Agent("actor", "spokesman", speaker.index)  # "a spokeswoman for the economy ministry confirmed"
    if salient in ("actor", "other"):
        if speaker is not None and speaker.index >= 0 and \
                (speaker.cls == "generic" and _institution(units, speaker.index) or _its_body(units, speaker.index)):
            # "The defence ministry confirmed that a batch of drones had been handed over …": the
            # discourse actor's definite body speaks for it, as when it is the subject
            return Agent(salient, "institution", speaker.index)
        return Agent(salient, "salient", -1)
    if salient is None and not any(u.ent == "other" and not _report_author(units, k) for k, u in enumerate(units)):
        return Agent("actor", "assumed", -1)  # "a government spokesman said", no one else named
    return Agent("unknown", "", -1)
