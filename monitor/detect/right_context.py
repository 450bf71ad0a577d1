"""What follows an anchor in its clause.

A passive verb when the object is the subject ("No weapons … have been sent"), the
recipient ("to Kyiv"), a passive agent or source ("by Seoul", "from Seoul"), a verdict
("… is off the table") and a condition ("if …").
"""

from __future__ import annotations

from monitor.detect.agents import Agent
from monitor.detect.demonyms import COUNTRY_WORDS
from monitor.detect.frame import Frame
from monitor.detect.lexicon import (ARMED_OPPONENTS, BE_FORMS, DEPARTURES_FROM, MONTH_NAMES, MOTION_VERBS, ONWARD_WORDS,
                                    RELATION_NOUNS, REQUEST_NOUNS, TIME_WORDS, TITLE_WORDS, TRADE_PARTIES)
from monitor.detect.object_phrases import DEAL_NOUNS, set_off_participle_end, withdrawn_after
from monitor.detect.polarity import PREDICATES, op_of
from monitor.detect.tagging import OWN_FORCES, Unit
from monitor.detect.tense import IRREGULAR_PARTICIPLES

# Copulas that carry a verdict like "is": "… remained on the table".
_COPULAS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
# Words of scarcity on an object ("fewer tanks to spare", "few modern guns to spare"): a measure of stocks, not an
# offer ("a few tanks to spare" has some).
_SCARCE = frozenset({"fewer", "less", "few", "little"})


def _scarce_object(units: list[Unit], anchor: int) -> bool:
    k = next((j for j in range(anchor - 1, max(-1, anchor - 4), -1) if units[j].low in _SCARCE), None)
    return k is not None and not (k > 0 and units[k - 1].low == "a") and \
        all(not u.tags and not u.ent for u in units[k + 1:anchor])


# What a record is declared to be when what it shows never happened; the records that show something.
_ERROR_NOUNS = frozenset({"error", "errors", "mistake", "mistakes", "forgery", "forgeries", "fabrication", "misprint",
                          "lie", "lies", "fake", "hoax"})
_RECORD_NOUNS = frozenset({"entry", "entries", "record", "records", "data", "figure", "figures", "statistics",
                           "document", "documents", "paperwork", "filing", "filings", "listing", "report", "reports",
                           "slide", "slides"})
_SHOWING = frozenset({"showing", "indicating", "suggesting", "recording", "listing"})
_SHOWED = frozenset({"showed", "shows", "indicated", "suggested", "recorded", "listed", "lists"})


def _record_declared_error(units: list[Unit], last: int, k: int) -> int | None:
    """ "A customs entry showing … was a registration error", "a slide that listed … is a lie": the error noun at
    `k` is the predicate of a copula (after an article, up to two modifiers and an opening quotation mark) whose
    subject is a record noun with a participle of showing before `last`; where that record noun is, or None."""
    j = k - 1
    while j > last and k - j <= 2 and not units[j].tags and not units[j].cap:
        j -= 1
    if j > last and units[j].low in ("a", "an"):
        j -= 1
    if j > last and "QUOTE" in units[j].tags:
        j -= 1  # 'is "a lie from the first letter to the last"'
    if j <= last or units[j].low not in ("was", "were", "is", "are"):
        return None
    return next((i for i in range(last - 1, -1, -1) if units[i].low in _RECORD_NOUNS and i + 1 < len(units) and
                 (units[i + 1].low in _SHOWING or  # "a slide that listed …" too
                  units[i + 1].low in ("that", "which") and i + 2 < len(units) and units[i + 2].low in _SHOWED)), None)


def made_by(units: list[Unit], by: int) -> bool:
    """ "the missile, developed jointly by India and Russia", "tanks built by X": a participle of origin
    with its "by" agent names who made the object, not who supplies it."""
    k = by - 1
    while k >= 0 and by - k <= 3 and ("ADV" in units[k].tags or (not units[k].tags and units[k].low.endswith("ly"))):
        k -= 1
    return k >= 0 and "ORIGIN" in units[k].tags


# Participles of taking part in an event: "a ceremony attended by the defence minister".
_ATTENDING = frozenset({"attended", "witnessed", "hosted", "chaired", "presided", "accompanied", "watched"})


def _attended_by(units: list[Unit], by: int) -> bool:
    """ "handed over at a ceremony attended by Defence Minister Khrenin": the "by" agent of an event's participle
    took part in the event; it supplies nothing."""
    return by >= 1 and units[by - 1].low in _ATTENDING


def _listed_object(units: list[Unit], k: int) -> bool:
    """Is the unit at k (over "and" and determiners) another object of a list?"""
    while k < len(units) and (units[k].tags & {"DET"} or units[k].low in ("and", "or")):
        k += 1
    while k < len(units) and not units[k].tags and not units[k].ent and not units[k].obj and \
            units[k].low[:1].isalpha() and (not units[k].low.endswith(("ed", "ing")) or "-" in units[k].low):
        k += 1  # "the anti-aircraft guns", "rocket-propelled grenades": plain modifiers (compounds too)
    return k < len(units) and bool(units[k].obj)


def _member_of_group(units: list[Unit], k: int) -> int | None:
    """ "is among the systems under consideration", "is one of the options being studied": after the copula,
    membership in a plain group noun hands the subject the predicate that follows the group (the index of
    that predicate), when the group names no party or object of its own."""
    if units[k].low == "among":
        j = k + 1
    elif units[k].low == "one" and k + 1 < len(units) and units[k + 1].low == "of":
        j = k + 2
    else:
        return None
    if j >= len(units) or "DET" not in units[j].tags:
        return None
    j += 1
    start = j
    while j < len(units) and j - start < 3 and not units[j].ent and \
            (not units[j].tags and not units[j].obj or units[j].obj == "echo"):  # "the systems": the object's class
        j += 1
    if j == start or j >= len(units):
        return None
    return j if "POSTPOSED" in units[j].tags or units[j].low == "being" else None


_POSSIBILITY = frozenset({"option", "options", "possibility", "possible", "conceivable"})


def _possibility_after_copula(units: list[Unit], k: int) -> int | None:
    """The index of "option" / "possible" right after a copula ("is an option", "is one of the options",
    "is possible"), or None. A cheap check on the next few words only."""
    if units[k].low == "one" and k + 2 < len(units) and units[k + 1].low == "of":
        k += 2  # "one of the options"
    if "DET" in units[k].tags and k + 1 < len(units):
        k += 1
    return k if units[k].low in _POSSIBILITY else None


def _among_options(units: list[Unit], k: int) -> bool:
    """ "… among them": is "them" the options the sentence named before ("considering options …")?"""
    return k + 1 < len(units) and units[k + 1].low == "them" and any(u.low in _POSSIBILITY for u in units[:k])


def _contact_relative_end(units: list[Unit], k: int) -> int | None:
    """ "the howitzer Kyiv has asked for", "the jets Ukraine wanted": a relative clause without "that", opened
    by another party as its subject, with one verb (after auxiliaries) and perhaps a preposition left
    stranded; where the main clause's copula or auxiliary after it is, or None."""
    if units[k].ent not in ("target", "other"):
        return None
    j = k + 1
    while j < len(units) and units[j].tags & {"AUX", "HAS", "HAD"} and units[j].low not in ("not", "never"):
        j += 1
    if j >= len(units) or j == k + 1 and not units[j].low.endswith("ed") or units[j].cap or units[j].ent or \
            units[j].obj or units[j].tags & {"AUX", "NEG", "COMMA", "DET", "PREP"}:
        return None
    j += 1
    if j < len(units) and "PREP" in units[j].tags:
        j += 1  # "asked for", "pleaded about"
    return j if j < len(units) and units[j].low in ("is", "are", "was", "were", "will", "would", "has", "have",
                                                     "remains", "remain", "stays", "stay") else None


def _passive_relative_end(units: list[Unit], k: int) -> int | None:
    """ "vehicles that were written off as scrap could be sent": a subject relative in the passive whose verb
    is no predicate of ours; where the main clause's modal or auxiliary after it is, or None."""
    if units[k].low not in ("that", "which") or k + 2 >= len(units) or units[k + 1].low not in BE_FORMS:
        return None
    verb = k + 2 + (units[k + 2].low == "been")
    head = units[verb].low.split()[0] if verb < len(units) else ""
    if not (head.endswith(("ed", "en", "wn")) or head in IRREGULAR_PARTICIPLES) or units[verb].tags & _SUPPLY_OPS or \
            units[verb].obj:
        return None
    for j in range(verb + 1, min(verb + 7, len(units))):
        if units[j].tags & {"AUX", "HAS", "FUT", "MODAL"}:
            return j
        if units[j].ent and "BY" not in units[j - 1].tags or units[j].obj or \
                units[j].tags & (_SUPPLY_OPS | _CLAUSE_MARKS) or not any(ch.isalnum() for ch in units[j].low):
            return None  # (the relative's own agent may be named: "that were promised by Germany")
    return None


_SUPPLY_OPS = frozenset({"SUP", "SUPN", "RECV", "ARRIVE"})
_CLAUSE_MARKS = frozenset({"NEG", "COMMA", "HARD", "COMP", "REL", "SUB", "CONTRAST", "QUOTE"})


def _committed_contact_relative(units: list[Unit], k: int) -> int | None:
    """ "the battery Germany promised has arrived", "the launchers Berlin handed over are in service": a
    relative clause without "that" whose named subject promised or sent the object. Returns where the main
    clause's auxiliary is, or None."""
    if k < 1 or (units[k].ent not in ("actor", "other", "target") or not units[k].cap) and not _titled_subject(units, k):
        return None
    end = _relative_end(units, k - 1)
    if end is None or op_of(units[end[1]]) not in ("SUP", "COMMIT"):
        return None
    after = end[1] + 1 + (end[1] + 1 < len(units) and "DET" in units[end[1] + 1].tags)
    if after < len(units) and units[after].ent and units[after].ent != "target":
        return None  # "the missiles Japan promised the US": promised to another party, whoever passes them on
    return end[0]


def _joins_the_aid(unit: Unit) -> bool:
    """ "The tanks can become part of our help to Ukraine": goods that become part of what is given are
    handed over, a passive in meaning with the goods as subject."""
    return "SUP" in unit.tags and unit.low.startswith(("become ", "becomes ", "became ", "becoming ")) and \
        " part of " in unit.low


def _quoted_conjunct(units: list[Unit], anchor: int, k: int) -> bool:
    """Is the quotation mark at k one of a pair, after the anchor, that closes right before "and" (a quoted
    predicate coordinated with the verb after it), so that the words inside read as unquoted?"""
    marks = [j for j in range(anchor + 1, min(len(units), anchor + 20)) if "QUOTE" in units[j].tags]
    if len(marks) < 2 or k not in marks[:2]:
        return False
    close = marks[1]
    return close + 1 < len(units) and "CONJ" in units[close + 1].tags and close - marks[0] > 1


def _quoted_subject(units: list[Unit], anchor: int) -> bool:
    """Does a quotation open within the noun phrase the anchor ends ('"not one tank, not one shell"'),
    so that the mark after the anchor closes a quoted subject, not the clause?"""
    for j in range(anchor - 1, max(-1, anchor - 10), -1):
        if "QUOTE" in units[j].tags:
            return j > 0 and units[j - 1].tags & {"COMP", "REPORT"} != set()
        if units[j].tags & (PREDICATES | {"AUX", "HAS", "HAD", "FUT", "MODAL", "REPORT", "COMP", "PREP"}) - {"SUPN"}:
            return False
    return False


def passive_right(units: list[Unit], anchor: int, frame: Frame, verdict_only: bool = False) -> bool:
    """ "No weapons made in South Korea have been transferred", "batteries supplied by Seoul".

    `verdict_only`: the supply is already read (a supply or request noun); accept only a
    verb that weighs, refuses or decides it ("… is being examined", "… were not discussed")."""
    saved = list(frame.ops)
    k = anchor + 1
    seen_aux = False
    before_predicate = list(frame.ops)
    while k < len(units):
        unit = units[k]
        if "POSS" in unit.tags and not seen_aux:
            k += 1  # "the batteries in the country's own inventory": a possessive, not a verb
            continue
        if k == anchor + 1 and "QUOTE" in unit.tags and not units[anchor].obj:
            k += 1  # 'said the request "is being examined"': the quotation opens on the predicate
            continue
        if k > anchor + 1 and not seen_aux and "QUOTE" in unit.tags and k + 1 < len(units) and \
                units[k + 1].tags & {"AUX", "FUT", "MODAL", "HAS"} and "POSS" not in units[k + 1].tags:
            k += 1  # 'licences for military items to Myanmar "are not being issued"': a quotation of the predicate
            continue
        if k == anchor + 1 and "QUOTE" in unit.tags and _quoted_subject(units, anchor):
            k += 1  # 'insisted that "not one tank" had been handed over': the quotation closes on the subject
            continue
        opens_relative = k == anchor + 1 or k == anchor + 2 and _class_noun(units[anchor + 1])
        committed = _committed_contact_relative(units, k) if opens_relative and not verdict_only else None
        if committed is not None:
            # "the battery Germany promised has arrived": read as its "that" form, whoever
            # committed or sent the goods is their supplier ("the tanks the Defence Secretary announced": a
            # title names no party; the clause's speaker or agent says whose they are)
            if units[k].ent:
                frame.ties.append(("by", units[k].ent, k))
            k = committed
            continue
        relative = _contact_relative_end(units, k) if opens_relative else None
        if relative is None and not seen_aux:
            relative = _passive_relative_end(units, k)
            if relative is not None:  # "weapons that were promised by Germany have been delivered": Germany's
                frame.ties += [("by", units[j + 1].ent, j + 1) for j in range(k, relative - 1)
                               if "BY" in units[j].tags and units[j + 1].ent]
        if relative is not None:
            k = relative  # "the howitzer Kyiv has asked for is not part of the package": the predicate is after it
            continue
        if not seen_aux and _closing_dash(units, anchor, k):
            k += 1  # "that one shipment — the bombs held back since May — is still under review": the subject's verb
            continue
        if seen_aux and "QUOTE" in unit.tags and k + 1 < len(units) and "QUOTE" not in units[k + 1].tags:
            k += 1  # 'the request was "under careful review"': the quotation opens after the copula
            continue
        if not seen_aux and "QUOTE" in unit.tags and _quoted_conjunct(units, anchor, k):
            k += 1  # 'the battery "left port last week" and will be handed over': a quoted first predicate
            continue
        aside = set_off_participle_end(units, k) if not seen_aux else None
        if aside is not None:
            k = aside  # "a Ukrainian request for weapons, handed over this afternoon, is being examined"
            continue
        listed = _subject_list_end(units, k) if not seen_aux else None
        if listed is not None:
            k = listed  # "No Iron Dome batteries, components or Tamir interceptors have been …": one subject
            continue
        member = _member_of_group(units, k) if seen_aux else None
        if member is not None:
            k = member  # "the Archer is among the systems under consideration": the group's predicate is its own
            continue
        if seen_aux and "TO" in unit.tags and units[k - 1].low in ("is", "are") and k + 1 < len(units) and \
                units[k + 1].low == "be":
            k += 1  # "No jets are to be transferred": present "be to" is an auxiliary of the future, like "will"
            continue
        if unit.tags & {"AUX", "HAS", "HAD", "FUT"} or unit.low in _COPULAS:
            if not seen_aux:
                before_predicate = list(frame.ops)
            seen_aux = True
            if "HAD" in unit.tags:
                frame.ops.append(("HAD", k, 0))  # history, unless a denial or report embeds it
            for op in ("MODAL", "NEG"):
                if op in unit.tags:
                    frame.ops.insert(0, (op, k, 0))  # "are expected to arrive", "are unlikely to be sent"
            k += 1
            continue
        if "DEONT" in unit.tags and k + 1 < len(units) and (units[k + 1].tags & {"AUX", "NEG", "SUP"} or
                                                             _travels(units, k + 1)):
            # "whether the howitzers should go to Kyiv", "the jets must not be sent": "should / must" heading the
            # subject's verb group, like "can"; whose advice it is (or the question around it) decides
            if not seen_aux:
                before_predicate = list(frame.ops)
            seen_aux = True
            frame.ops.insert(0, ("DEONT", k, 0))
            k += 1
            continue
        if "ASPECT" in unit.tags and k + 1 < len(units) and "TO" in units[k + 1].tags:
            seen_aux = True  # "would continue to be supplied": the aspect keeps the passive's polarity
            k += 2
            continue
        if "ASPECT" in unit.tags and k + 1 < len(units) and _travels(units, k + 1) and \
                units[k + 1].low.endswith("ing"):
            seen_aux = True  # "have begun arriving", "keep flowing": the arrival itself, under way
            k += 1
            continue
        if "POSTPOSED" in unit.tags and (seen_aux or unit.low.startswith(("stay", "remain"))):  # "stays at home": its own verb
            # "ATACMS are not on the table": the negation scopes over the verdict, not the supply
            frame.ops = [(op, i, 0.6 if anchor < i < k and op in ("NEG", "MODAL") else level)
                         for op, i, level in frame.ops]
            _raise_subject_no(units, anchor, frame)
            frame.ops.insert(0, ("SUP", anchor, 0))
            frame.ops.append((op_of(unit) or "END", k, 0.5))
            frame.verdict = True
            return True
        possible = _possibility_after_copula(units, k) if seen_aux else None
        if possible is not None:
            # "Resuming arms exports is one of the options (we are weighing)", "… is possible": the supply is
            # an option, never a report of it; "… is not an option" refuses it (the negation over the verdict)
            frame.ops = [(op, i, 0.6 if anchor < i < k and op in ("NEG", "MODAL") else level)
                         for op, i, level in frame.ops]
            frame.ops.insert(0, ("SUP", anchor, 0))
            frame.ops.append(("MODAL", possible, 0.5))
            frame.verdict = True
            return True
        if "AVAILABLE" in unit.tags and _scarce_object(units, anchor):
            frame.no_comment = True  # "has fewer weapons to spare than ever": a measure of stocks, no position
            return True
        if "AVAILABLE" in unit.tags:
            frame.ops.insert(0, ("SUP", k, 0))
            frame.ops.insert(1, ("MODAL", k, 0))  # "had no F-16s available for Ukraine"
            frame.available = True
            return True
        if unit.tags & {"NEG", "MODAL", "ADV"}:
            op = "NEG" if "NEG" in unit.tags else ("MODAL" if "MODAL" in unit.tags else None)
            if op:
                frame.ops.insert(0, (op, k, 0))
            k += 1
            continue
        if seen_aux and not unit.tags and not unit.cap and unit.low.endswith("ly") and unit.low.isalpha() and \
                k + 1 < len(units) and (units[k + 1].low.endswith("ed") or units[k + 1].low in IRREGULAR_PARTICIPLES):
            k += 1  # "is being carefully reviewed": a manner adverb between the auxiliary and its participle
            continue
        head = unit.low.split()[0] if unit.low else unit.low
        participle = head.endswith("ed") or head in IRREGULAR_PARTICIPLES or _joins_the_aid(unit)  # "handed over"
        role = "ARRIVE" if _travels(units, k) else op_of(unit)
        if verdict_only and role in ("SUP", "ARRIVE"):
            break
        if role == "ARRIVE" and k + 2 < len(units) and "FROM" in units[k + 1].tags and units[k + 2].ent:
            frame.ties.append(("from", units[k + 2].ent, k + 2))  # "new K9s arrive from Korea": Korea's goods
        if role == "END" and participle and _halts_own_activity(units, k):
            frame.ops[:] = saved  # "the bombs have stopped falling": what ends is their use, not a supply
            return False
        if role in ("SUP", "CONS", "REFU", "COMMIT", "DECIDE", "END") and participle:
            # ("pledged" supplies as a verb, but "the tanks pledged by X" only names who promised them)
            promised = role == "COMMIT" or role == "SUP" and head == "pledged"
            source = _reduced_relative_source(units, k) if promised and not seen_aux and not verdict_only else None
            if source is None and role == "COMMIT" and not seen_aux and not verdict_only:
                source = _approved_by_body(units, k)
                if source is not None:
                    k = source + 1  # "the howitzers approved by the government last month are on their way to …"
                    continue
                committed = _committed_to_target(units, k)
                if committed is not None:
                    # "the battery approved for Ukraine in March has been delivered": a reduced relative naming
                    # the recipient (and its date) modifies the object; the clause's own verb follows and decides
                    k = committed
                    continue
            withheld = _withheld_from_party(units, k) if role == "REFU" and not seen_aux else None
            if withheld is not None:
                # "the shipment withheld from Israel since May remained paused": a reduced relative naming who
                # is denied the goods, the recipient; the clause's own verb follows and decides
                frame.recipient = frame.recipient or withheld[1]
                k = withheld[0]
                continue
            if source is not None:
                # "The first SCALP missiles promised by France have arrived in Ukraine": a reduced
                # relative names who promised them; the clause's own verb comes after it.
                frame.ties.append(("by", units[source].ent, source))
                k = source + 1
                continue
            if role != "SUP" and not seen_aux:
                break
            if role != "SUP":
                # "… were not being discussed": the negation and modals scope over the verdict.
                frame.ops = [(op, i, 0.6 if anchor < i < k and op in ("NEG", "MODAL") else level)
                             for op, i, level in frame.ops]
            frame.ops.insert(0, (role, k, 0))
            if role != "SUP" and not verdict_only:
                frame.ops.insert(0, ("SUP", anchor, 0))
            return True
        if role == "ARRIVE":
            if _undirected_modal_arrival(units, anchor, k, frame.ops[:len(frame.ops) - len(saved)]):
                frame.ops = saved
                return False
            frame.ops.insert(0, ("SUP", k, 0))
            if not frame.recipient and _reaches_another(units, k):
                frame.recipient = "other"  # "continues to reach European buyers": the destination is someone else
            return True
        if role == "RECV" and participle and not seen_aux and not verdict_only:
            source = _reduced_relative_source(units, k)
            if source is not None and "BY" in units[source - 1 - ("DET" in units[source - 1].tags)].tags:
                # "howitzers bought by the Philippines from France arrived at Subic Bay": the buyer receives
                # them, the seller named after it is the source
                if units[source].ent == "target" and not frame.recipient:
                    frame.recipient = "target"
                if source + 2 < len(units) and units[source + 1].low == "from" and units[source + 2].ent:
                    frame.ties.append(("from", units[source + 2].ent, source + 2))
                    source += 2
                k = source + 1
                continue
            if source is not None:
                # "HIMARS launchers bought from the United States have arrived in Taiwan": the seller
                # is the source; the clause's own verb (an arrival) comes after it.
                frame.ties.append(("from", units[source].ent, source))
                k = source + 1
                continue
        if seen_aux:
            inserted = _inserted_auxiliaries(units, k) if unit.low == "," else None
            if inserted is not None:
                k = inserted + 1  # "have been, or will be, sent": the set-off auxiliaries share the participle
                continue
            shared = _shared_supply_participle(units, k) if participle else None
            if shared is not None:
                k = shared  # "are being loaded at the port and shipped to …": the auxiliaries govern both participles
                continue
            conj = _next_conjunct(units, k)
            if conj is None:
                break
            # "… are not part of the package and will not be handed over": the object is the
            # subject of both predicates; the first one's negation stays with the first.
            frame.ops = list(before_predicate)
            seen_aux = False
            k = conj + 1
            continue
        if unit.low == "," and not seen_aux and _listed_object(units, k + 1):
            k += 1  # "Rifles, ammunition, the anti-aircraft guns are reaching …": one list as the subject
            continue
        if unit.low == "," and not seen_aux and _closing_inclusion(units, anchor, k):
            k += 1  # "the request for equipment, including rifles and mortars, was …": the noun's own verb follows
            continue
        inclusion = _inclusion_end(units, k) if unit.low == "," and not seen_aux else None
        if inclusion is not None:
            k = inclusion  # the same, from the noun the list illustrates
            continue
        close = _parenthetical_end(units, k) if not seen_aux else None
        if close is not None:
            k = close + 1  # "The pledged batch of rifles, which the army had set aside, has been cancelled"
            continue
        if unit.low in ("that", "which") and not verdict_only and all(u.obj or _class_noun(u) for u in units[anchor + 1:k]):
            end = _relative_end(units, k)
            if end is not None:
                # "the howitzers that Chile promised to Peru have been handed over to …": a
                # relative clause with its own subject; who committed or sent them is the supplier
                if op_of(units[end[1]]) in ("SUP", "COMMIT") and units[k + 1].ent:
                    frame.ties.append(("by", units[k + 1].ent, k + 1))
                k = end[0]
                continue
        ordered_by = _ordered_by_target(units, anchor, k, seen_aux)
        if ordered_by is not None:
            k = ordered_by  # "helicopters ordered by Iran have been handed over": the buyer, never the supplier
            continue
        if _ordered_modifier(units, anchor, k, seen_aux):
            k += 1  # "weapons ordered under contracts signed in 2023 are still being shipped": a modifier
            continue
        dated = _dated_participle(units, k) if not seen_aux else None
        if dated is not None:
            k = dated  # "… under contracts signed before October 2023 are …": the date is the contracts'
            continue
        # Modifiers of the object before its verb: "made in South Korea", "from Seoul", "of this type".
        if k == anchor + 2 and "GENREC" in unit.tags and "DET" in units[anchor + 1].tags:
            k += 1  # "the weapons the kingdom used in Yemen are not being sold": a relative without "that"
            continue
        if unit.tags & {"ORIGIN", "PREP", "DET", "GENERIC", "NSHEAD"} or unit.ent or unit.obj or (not unit.tags and not unit.cap) \
                or "CONJ" in unit.tags or _model_name(units, k) or _noun_after_owner(units, k) \
                or (not seen_aux and not participle and _noun_in_adjunct(units, anchor, k)):
            if unit.ent and k > 0:
                prev = units[k - 2] if k > 1 and units[k - 1].low == "the" else units[k - 1]  # "by the Latvian state"
                if "BY" in prev.tags and not made_by(units, k - 1):
                    frame.ties.append(("by", unit.ent, k))
                elif "FROM" in prev.tags:
                    frame.ties.append(("from", unit.ent, k))
                elif "IN" in prev.tags and k > 1 and "ORIGIN" in units[k - 2].tags:
                    frame.ties.append(("origin", unit.ent, k))
            k += 1
            continue
        break
    if verdict_only:
        frame.ops[:] = saved  # nothing decides the noun: leave the frame as it was
    return False


def _closing_inclusion(units: list[Unit], anchor: int, comma: int) -> bool:
    """Does the comma at `comma` close a ", including …" list that holds the object, right before an
    auxiliary (the verb of the noun the list illustrates)?"""
    j = anchor - 1
    while j > 1 and anchor - j <= 4 and "LIST" not in units[j].tags:
        j -= 1
    return j >= 1 and "LIST" in units[j].tags and units[j - 1].low == "," and \
        all(u.low != "," for u in units[j + 1:comma]) and comma + 1 < len(units) and \
        bool(units[comma + 1].tags & {"AUX", "HAS", "FUT"})


def _inclusion_end(units: list[Unit], comma: int) -> int | None:
    """After the comma at `comma`, a ", including …," list closed by a comma right before an auxiliary:
    the index of that auxiliary."""
    if comma + 1 >= len(units) or "LIST" not in units[comma + 1].tags:
        return None
    close = next((j for j in range(comma + 2, min(len(units), comma + 12)) if units[j].low == ","), None)
    return close + 1 if close is not None and _closing_inclusion(units, close - 1, close) else None


def _ordered_modifier(units: list[Unit], anchor: int, k: int, seen_aux: bool) -> bool:
    """ "weapons ordered / requested under old contracts": a request participle right after the subject
    object, before a preposition other than "by" / "from", is a reduced relative on it, not its verb."""
    unit = units[k]
    # (after the class noun of a named system too: "Leopard 2 tanks ordered under …")
    return not seen_aux and all(_class_noun(u) for u in units[anchor + 1:k]) and k - anchor <= 2 and \
        "PRESS" in unit.tags and unit.low.endswith("ed") and \
        k + 1 < len(units) and "PREP" in units[k + 1].tags and not units[k + 1].tags & {"BY", "FROM"}


def _asked_by_target(units: list[Unit], by: int, ent: str) -> bool:
    """Is the target after "by" at `by` the agent of a request participle ("ordered / requested by Iran")?
    Then it names who asked for the goods, never who hands them over."""
    return ent == "target" and by >= 1 and "PRESS" in units[by - 1].tags and units[by - 1].low.endswith(("ed", "ght"))


def _ordered_by_target(units: list[Unit], anchor: int, k: int, seen_aux: bool) -> int | None:
    """ "The first helicopters ordered / requested by Iran have been handed over": a request participle
    with the target as its "by" agent is a reduced relative naming the buyer; the clause's own verb
    follows and the target is no supplier. The index after the target, or None."""
    if seen_aux or k <= anchor or not all(u.obj or _class_noun(u) for u in units[anchor + 1:k]) or \
            k + 2 >= len(units) or "PRESS" not in units[k].tags or \
            not units[k].low.endswith(("ed", "ght")) or units[k + 1].low != "by":
        return None
    j = k + 2 + (units[k + 2].low == "the" and k + 3 < len(units))
    return j + 1 if units[j].ent == "target" else None


_DATING = frozenset({"before", "after", "since", "until"})


def _dated_participle(units: list[Unit], k: int) -> int | None:
    """ "contracts signed before October 2023": a time phrase right after an untagged participle inside the
    subject dates that participle; the index after the date, or None."""
    if units[k].low not in _DATING or k < 1 or units[k - 1].tags or not units[k - 1].low.endswith("ed"):
        return None
    j = k + 1
    while j < len(units) and j - k <= 3 and (units[j].low in MONTH_NAMES or units[j].low.isdigit()):
        j += 1
    return j if j > k + 1 else None


def _noun_after_owner(units: list[Unit], k: int) -> bool:
    """ "paid for by the Latvian state were handed over": a reporting verb's form right after the actor's
    adjective or a determiner ("the Latvian state", "the statement") is a noun inside the subject's modifier."""
    # (and after a possessive: "made by Japan's state factories", a noun, no reporting verb)
    return "REPORT" in units[k].tags and k > 0 and (units[k - 1].how == "adj" or units[k - 1].tags & {"DET", "POSS"})


_GOING = frozenset({"go", "goes", "going", "went", "gone", "head", "heads", "heading", "headed"})


def _past_origin(units: list[Unit], k: int) -> int:
    """ "have gone from Taiwan to Ukraine": a named place of origin between the verb of going and its
    destination is skipped (the index of its last word); without one, `k` itself."""
    if k + 2 < len(units) and units[k + 1].low == "from" and units[k + 2].ent:
        return k + 2
    return k


def _model_name(units: list[Unit], k: int) -> bool:
    """ "drones and Carl Gustaf anti-tank rounds had been handed over": capitalised words the detector
    does not know, right before a weapon noun, name its model; they modify it, they are no verb."""
    if not units[k].cap or units[k].tags or units[k].ent:
        return False
    for j in range(k + 1, min(len(units), k + 4)):
        if units[j].obj:
            return True
        if units[j].tags or units[j].ent or not units[j].low.replace("-", "").isalnum():
            return False
    return False


def _second_predicate(units: list[Unit], modal: int, frame: Frame) -> bool:
    """ "was assessing a request for drones and would reach a conclusion": a modal right after "and" opens
    a second predicate of the clause's subject; it does not make the object's own clause a supposition.
    (A supply in the subject keeps it: "Sending X and would …" does not occur; its verdicts come later.)"""
    return modal >= 1 and "CONJ" in units[modal - 1].tags and not frame.subject_supply


def _modal_supply(units: list[Unit], modal: int) -> bool:
    """ "(missiles …) could be delivered": the modal's own verb is a supply, the subject's predicate, not a
    judgement on it."""
    for k in range(modal + 1, min(modal + 4, len(units))):
        if units[k].tags & {"SUP", "ARRIVE"}:
            return True
        if not (units[k].low in ("be", "been", "have") or "ADV" in units[k].tags):
            return False
    return False


def _undirected_modal_arrival(units: list[Unit], anchor: int, k: int, added: list[tuple[str, int, float]]) -> bool:
    """ "Replacement guns might take years to arrive": a modal arrival that names no destination is
    talk of timing (where to is unknown), never a supply to the target; "could arrive in Kyiv" still is."""
    if "ARRIVE" not in units[k].tags or not any(op == "MODAL" for op, _, _ in added):
        return False
    return not any(u.ent or u.low in ("in", "at", "into", "there", "here") for u in units[anchor + 1:k + 4])


def _travels(units: list[Unit], k: int) -> bool:
    """ "… arrived", "… are flowing to Ukraine": the object's own arrival or travel to a place."""
    if "ARRIVE" in units[k].tags:
        return True
    if units[k].low == "in" and k >= 2 and units[k - 1].low in ("now", "already") and \
            units[k - 2].low in ("is", "are") and k + 1 < len(units) and units[k + 1].ent == "target":
        return True  # "The jets are now in India": present in the recipient's country by now, i.e. arrived
    if units[k].low in _GOING:
        # "The Abrams are not going to Ukraine": travel to a named place ("going to be sent" is a future)
        k = _past_origin(units, k)
        return k + 2 < len(units) and units[k + 1].low in ("to", "into") and bool(units[k + 2].ent)
    if units[k].low in _LEAVING:
        return _bound_for(units, k)
    if _on_the_way(units, k):
        return True
    if units[k].low in MOTION_VERBS and _goes_on(units, k) and \
            (k + 1 == len(units) or units[k + 1].low in (",", ".", ";")):
        return True  # "Ammunition continues to flow": goods still on their way, to the recipient of the story
    if units[k].low in MOTION_VERBS:
        k = _past_origin(units, k)  # "are flowing from Taiwan to Ukraine"
        return k + 1 < len(units) and units[k + 1].low in ("to", "into")
    return False


def _halts_own_activity(units: list[Unit], k: int) -> bool:
    """ "the bombs have stopped falling", "the rockets ceased exploding": a verb of ending with a gerund of no
    supply or travel ends what the weapons themselves do; "stopped arriving / flowing / coming" still ends a supply."""
    if k + 1 >= len(units):
        return False
    gerund = units[k + 1]
    return gerund.low.endswith("ing") and gerund.low.isalpha() and not gerund.tags and not gerund.obj and \
        not gerund.ent and gerund.low not in MOTION_VERBS | _GOING | _LEAVING | {"coming"} and not _travels(units, k + 1)


def _goes_on(units: list[Unit], k: int) -> bool:
    """ "continue to flow", "keep flowing": the verb at k under a verb of going on."""
    return k >= 1 and "ASPECT" in units[k - 1].tags or k >= 2 and "TO" in units[k - 1].tags and \
        "ASPECT" in units[k - 2].tags


def _on_the_way(units: list[Unit], k: int) -> bool:
    """ "are on their way to Ukraine", "is en route to Kyiv": in transit to a named party, like "heading to"."""
    j = k
    if units[j].low == "on" and j + 2 < len(units) and units[j + 1].low in ("their", "its", "the") and \
            units[j + 2].low == "way":
        j += 3
    elif units[j].low == "en" and j + 1 < len(units) and units[j + 1].low == "route":
        j += 2
    else:
        return False
    return j + 1 < len(units) and units[j].low in ("to", "into") and bool(units[j + 1].ent)


_LEAVING = frozenset({"leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing"})


def _bound_for(units: list[Unit], k: int) -> bool:
    """ "Not one weapon has left army stocks for Ukraine": leaving a place "for" a named party is travel
    to it, like "gone to"; "left for" with no party named ("left for the front") is not."""
    for j in range(k + 1, min(len(units) - 1, k + 7)):
        if units[j].low == "for":
            return bool(units[j + 1].ent) or (j + 2 < len(units) and units[j + 1].low == "the" and
                                              bool(units[j + 2].ent))
        if units[j].tags & {"COMMA", "HARD", "CONJ", "REPORT"} or units[j].low in (",", ";"):
            return False
    return False


def _class_noun(unit: Unit) -> bool:
    """ "the PzH 2000 howitzers that Kyiv requested": a plain lowercase noun after the system's name is
    its class noun, still the object the relative clause hangs on."""
    return not unit.tags and not unit.ent and not unit.cap and unit.low.isalpha()


def _subject_list_end(units: list[Unit], k: int) -> int | None:
    """At k, a comma after the subject noun: the auxiliary that follows the rest of a coordinated list of nouns
    ("…, components or Tamir interceptors have been"), else None."""
    if units[k].low != ",":
        return None
    j, joined = k, False
    while j < len(units) and (units[j].low == "," or units[j].obj or units[j].tags <= {"DET", "CONJ"} and
                              not units[j].ent and units[j].low.isalpha() and not units[j].low.endswith(("ed", "ing"))):
        joined = joined or units[j].low in ("and", "or", "nor")
        j += 1
    return j if joined and j < len(units) and units[j].tags & {"AUX", "HAS", "FUT", "MODAL"} else None


def _object_end(units: list[Unit], last: int) -> int:
    """The first unit after the object's coordinated phrase ("the CAESAR howitzers and Mistral missiles")."""
    k = last + 1
    while k < len(units) and (units[k].obj or units[k].tags <= {"DET", "CONJ"} and (units[k].cap or units[k].tags)
                              and not units[k].ent and units[k].low.isalpha()):
        k += 1
    return k


def _bought_relative(units: list[Unit], rel: int) -> tuple[int, int, int] | None:
    """ "that Armenia (has already) bought / ordered / received (from France)": a relative clause on the
    object whose subject acquires it. Returns (the first unit after it, the buyer, the seller or -1)."""
    buyer = rel + 1
    if buyer >= len(units) or units[buyer].ent not in ("actor", "other", "target"):
        return None
    k = buyer + 1
    while k < len(units) and units[k].tags & {"HAS", "HAD", "ADV"} and not units[k].tags & {"NEG", "MODAL"}:
        k += 1
    ordered = k + 1 < len(units) and units[k].low == "ordered" and "FROM" in units[k + 1].tags  # a purchase order
    if k >= len(units) or not ordered and ("RECV" not in units[k].tags or not units[k].low.endswith(("ed", "ught"))):
        return None
    k += 1
    seller = -1
    if k + 1 < len(units) and "FROM" in units[k].tags and units[k + 1].ent:
        seller, k = k + 1, k + 2
    return k, buyer, seller


def _own_country_subject(units: list[Unit], k: int) -> int:
    """ "that this country promised Kyiv", "that we promised": the speaker's own country as a relative's
    subject (no name: whose it is, the speaker decides). Returns how many units it takes (1 or 2), else 0."""
    if k + 1 < len(units) and units[k].low in ("this", "our") and units[k + 1].low in ("country", "nation"):
        return 2
    return 1 if k < len(units) and units[k].low == "we" else 0


def _titled_subject(units: list[Unit], k: int) -> int:
    """ "the Defence Secretary", "the Foreign Ministry": "the" and one to three capitalised title words. Returns
    how many units it takes, else 0."""
    if k >= len(units) or units[k].low != "the":
        return 0
    j = k + 1
    while j < len(units) and j - k <= 3 and units[j].cap and units[j].text in TITLE_WORDS and \
            units[j].low not in MONTH_NAMES and units[j].low not in TIME_WORDS:
        j += 1
    return j - k if j > k + 1 else 0


def _determined_subject(units: list[Unit], k: int) -> int:
    """ "that our partners paid for", "that the allies ordered": a determiner and a plain noun as the
    relative's subject ("that the Defence Secretary announced": a title). Returns how many units it takes."""
    titled = _titled_subject(units, k)
    if titled:
        return titled
    noun = units[k + 1] if k + 1 < len(units) else None
    if noun is not None and k + 2 < len(units) and units[k].low in ("our", "their", "its", "the") and \
            noun.tags <= {"GENREC", "GENERIC"} and not noun.ent and not noun.cap and noun.low.endswith("s") and \
            not units[k + 2].tags & {"AUX", "HAS", "HAD", "FUT"}:
        return 2
    return 0


def _relative_end(units: list[Unit], rel: int) -> tuple[int, int] | None:
    """ "that Chile (had) promised to Peru": a relative pronoun, a named subject and a past verb,
    ended by the auxiliary of the main clause's verb. Returns (that auxiliary, the relative's verb)."""
    own = _own_country_subject(units, rel + 1) or _determined_subject(units, rel + 1)
    k = rel + 1 + (own or 1)
    if k >= len(units) or units[rel + 1].ent not in ("actor", "other", "target") and not own:
        return None
    if units[k].tags & {"HAS", "HAD"}:
        k += 1
    while k < len(units) - 1 and ("ADV" in units[k].tags or not units[k].tags and units[k].low.endswith("ly")):
        k += 1  # "that Kyiv had also / repeatedly requested": an adverb before the relative's verb
    head = units[k].low.split()[0] if k < len(units) and units[k].low else ""
    if not (head.endswith("ed") or head in IRREGULAR_PARTICIPLES):
        return None
    verb = k
    k += 1
    while k < len(units) and k - verb <= 6:
        if units[k].tags & {"AUX", "HAS", "FUT"} or units[k].low in _COPULAS:
            return k, verb
        if units[k].low == "and" and k + 1 < len(units) and units[k + 1].low in ("that", "which"):
            second = _relative_end(units, k + 1)  # "that Kyiv ordered and that our partners paid for are …"
            return (second[0], verb) if second is not None else None
        if not (units[k].ent or units[k].tags & {"PREP", "TO", "DET", "ADV", "HIST"} or
                not units[k].tags and units[k].low.isalpha() or _relative_infinitive(units, k)):
            return None
        k += 1
    return None


def _relative_infinitive(units: list[Unit], k: int) -> bool:
    """ "that Berlin agreed in October to send": the relative's verb may take a supply infinitive; it stays
    inside the relative, and the main clause's own verb still follows."""
    return k > 0 and "TO" in units[k - 1].tags and "SUP" in units[k].tags and " " not in units[k].low


_DASHES = frozenset({"—", "–"})


def _closing_dash(units: list[Unit], anchor: int, k: int) -> bool:
    """Is the dash at k the close of a pair set around the object's noun phrase, in apposition to a noun
    before the opening dash ("one shipment — the bombs … —")? The verb after it is that noun's and the
    object's."""
    if units[k].low not in _DASHES or k + 1 >= len(units) or not units[k + 1].tags & {"AUX", "HAS", "FUT"}:
        return False
    start = anchor - 1
    while start >= 0 and anchor - start <= 3 and (units[start].tags == {"DET"} or not units[start].tags and
                                                 not units[start].cap and units[start].low not in _DASHES):
        start -= 1  # "the", "heavy": the object's own determiner and modifiers
    if start < 1 or units[start].low not in _DASHES or units[start - 1].tags - {"SUPN"}:
        return False
    # (an owner on that noun, "the Polish package — the tanks —", is not the object's: leave it to the walk)
    return not any(u.ent or "POSS" in u.tags for u in units[max(0, start - 4):start - 1])


def _withheld_from_party(units: list[Unit], k: int) -> tuple[int, str] | None:
    """ "withheld from Israel (since May)", "held back since May": a withholding participle whose "from" names
    the party kept without the goods, not their source, or whose date tells since when; the index after the
    party and the date, and the party ("" when none is named)."""
    if units[k].low not in ("withheld", "held back", "kept back") or k + 2 >= len(units):
        return None
    m, party = k + 1, ""
    if units[m].low == "from":
        m += 1 + (units[m + 1].low == "the" and m + 2 < len(units))
        party = units[m].ent
        if not party:
            return None
        m += 1
    if m + 1 < len(units) and units[m].low in ("in", "since") and \
            (units[m + 1].low in MONTH_NAMES or units[m + 1].low.isdigit()):
        m += 2
    return (m, party) if m > k + 1 else None


def _reduced_relative_source(units: list[Unit], k: int) -> int | None:
    """The name after "promised by" / "bought from" (over a determiner): its index. A purpose
    between ("approved for export by South Africa's committee") does not change who approved."""
    if k + 3 < len(units) and units[k + 1].low == "for" and not units[k + 2].obj and not units[k + 2].ent and \
            units[k + 2].low.isalpha() and "BY" in units[k + 3].tags:
        k += 2
    if k + 1 >= len(units) or not units[k + 1].tags & {"BY", "FROM"}:
        return None
    m = k + 2
    if m < len(units) and "DET" in units[m].tags:
        m += 1
    return m if m < len(units) and units[m].ent else None


def _committed_to_target(units: list[Unit], k: int) -> int | None:
    """ "approved for Ukraine (in March)", "promised to Kyiv": a commitment participle whose "for / to" names
    the target; the index after the recipient and a date of the participle ("in March", "in 2024")."""
    if k + 2 >= len(units) or units[k + 1].low not in ("for", "to"):
        return None
    m = k + 2 + (units[k + 2].low == "the" and k + 3 < len(units))
    if units[m].ent != "target":
        return None
    m += 1
    if m + 1 < len(units) and units[m].low == "in" and (units[m + 1].low in MONTH_NAMES or units[m + 1].low.isdigit()):
        m += 2
    return m


def _approved_by_body(units: list[Unit], k: int) -> int | None:
    """ "approved by the government": a reduced relative whose agent is an unowned body; it modifies the
    object and names no party (who the body is, the discourse decides), so the clause's own verb follows."""
    if k + 2 >= len(units) or "BY" not in units[k + 1].tags:
        return None
    m = k + 2 + ("DET" in units[k + 2].tags)
    return m if m < len(units) and "GENERIC" in units[m].tags and not units[m].ent else None


def _reaches_another(units: list[Unit], k: int) -> bool:
    """ "reach European buyers": "reach" takes its destination as its object; one that names no target up to the
    end of the clause ("reached the front in eastern Ukraine" does) is another destination."""
    if not units[k].low.startswith("reach"):
        return False
    clause = []
    for unit in units[k + 1:]:
        if unit.tags & {"COMMA", "SUB", "CONJ", "REL"} or unit.low in (".", ";", ":"):
            break
        clause.append(unit)
    # ("reached them": a pronoun stands for a destination named before)
    return bool(clause) and "PRON" not in clause[0].tags and not any(u.ent == "target" for u in clause)


_DRILLS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers"})
_EVENT_NOUNS = _DRILLS | {"activity", "activities", "patrol", "patrols", "parade", "show", "exhibition", "expo",
                           "positions"}  # ("moved howitzers to positions near Mae Sot": a deployment)


# What goods are kept for at home: "committed to territorial defence", "allocated to its own needs".
_OWN_USES = frozenset({"defence", "defense", "needs", "reserve", "reserves", "stockpile", "stockpiles", "storage",
                       "disposal"})


_OBJECT_STARTS = frozenset({"that", "this", "the", "a", "an", "any", "its", "their", "our", "his", "her", "it", "them"})
_TIME_NOUNS = frozenset({"week", "month", "year", "day", "morning", "spring", "summer", "autumn", "winter", "time"})


def _consequence_of_supply(units: list[Unit], k: int) -> bool:
    """ "Sending weapons would end that pretence", "… would not make Ireland a party to the conflict", "an arms
    transfer could be used by others to justify …": after a supply as the subject, a verb acting on something
    else says what the supply would do; its ending, negation or modal is no verdict on the supply ("… is not an
    option", "… has ended", "… could be approved", "… would not be sent" are)."""
    verb = k
    if units[k].tags & {"NEG", "MODAL"}:
        verb = k + 1
        while verb < len(units) and units[verb].tags & {"ADV", "NEG"} and verb - k <= 2:
            verb += 1  # "would not necessarily make"
        if "MODAL" in units[k].tags and verb + 1 < len(units) and units[verb].low == "be" and \
                not units[verb + 1].tags and units[verb + 1].low.endswith("ed"):
            return True  # "an arms transfer could be used by other powers to justify …"
        if verb >= len(units) or units[verb].tags or not units[verb].low.isalpha() or units[verb].low in BE_FORMS or \
                units[verb].low in ("be", "been", "being", "have", "has"):
            return False
    elif "END" not in units[k].tags:
        return False
    after = units[verb + 1] if verb + 1 < len(units) else None
    if after is None or not (after.ent or after.low in _OBJECT_STARTS):
        return False
    return not (verb + 2 < len(units) and units[verb + 2].low in _TIME_NOUNS)  # ("ended this week")


# Who keeps and uses the goods: "operated by German soldiers", "crewed by its navy".
_OPERATED = frozenset({"operated", "crewed", "manned"})  # ("flown by Swedish crews" to Ukraine: a ferry flight)
_SOLDIERS = OWN_FORCES | {"soldiers", "personnel", "crews", "pilots", "sailors"}


_RESERVE_FORCES = frozenset({"reserve", "reserves", "reservist", "territorial"})


def _reserve_units(units: list[Unit], j: int) -> bool:
    """At j: "reserve units", "the territorial forces": a force that stays at home, never a foreign recipient."""
    j += j < len(units) and units[j].low == "the"
    return j + 1 < len(units) and units[j].low in _RESERVE_FORCES and not units[j].ent and \
        units[j + 1].low in ("units", "unit", "forces", "battalions", "brigades")


def _own_forces_at(units: list[Unit], j: int) -> bool:
    """At j: the actor's own forces ("the Serbian army", "its navy", "German soldiers")."""
    j += j < len(units) and units[j].low == "the"
    if j + 1 >= len(units):
        return False
    own = units[j].ent == "actor" and units[j].how == "adj" or units[j].low in ("its", "our")
    return own and units[j + 1].low in _SOLDIERS


def _own_use(units: list[Unit], j: int) -> bool:
    """At j: "its own …", "Israel's own …": what the actor keeps for itself."""
    if j + 1 < len(units) and units[j].low in ("its", "their", "our") and units[j + 1].low == "own":
        return True
    return j + 2 < len(units) and units[j].ent == "actor" and "POSS" in units[j + 1].tags and units[j + 2].low == "own"


def _to_event(units: list[Unit], k: int) -> bool:
    """ "to the annual exercise", "to a separate maritime activity", "to territorial defence": "to" naming an
    event or a use, not a party ("to the defence of Ukraine" names the target: it receives)."""
    for j, unit in enumerate(units[k + 1:k + 5], start=k + 1):
        if unit.low in _EVENT_NOUNS:
            return True
        if unit.low in _OWN_USES and units[k - 1].low not in ("surplus", "excess"):
            # heading its phrase ("a defence firm" is a party); "surplus to the needs of" says which goods
            modifier = j + 1 < len(units) and units[j + 1].low.isalpha() and not units[j + 1].tags & {"PREP", "CONJ", "OF"}
            return not modifier and not any(u.ent == "target" for u in units[j + 1:j + 4])
        if unit.ent or unit.obj or unit.tags - {"DET", "ADV"}:
            return False
    return False


# A party "to" may name without naming it ("a foreign customer", "a third country"), and the words saying it
# is another one.
_PARTY_NOUNS = frozenset({"customer", "customers", "buyer", "buyers", "client", "clients", "country", "countries",
                          "allies", "partners", "party", "parties", "state", "states", "governments", "regimes",
                          "nations"})
_ANOTHER = frozenset({"foreign", "third", "another", "other", "unnamed", "undisclosed", "unidentified"})


# Places goods are taken to, no party: "delivered to a training ground near Nis" (unless the target is named after).
_FACILITIES = frozenset({"base", "airbase", "ground", "range", "depot", "warehouse", "port", "airfield", "factory",
                         "plant", "site", "barracks", "garrison"})
# Counts of parties: "to more than a dozen countries", "to dozens of buyers", "to 40 customers", "to two European
# customers", "to all sorts of governments".
_COUNTING = frozenset({"dozen", "dozens", "several", "many", "numerous", "various", "multiple", "scores", "handful",
                       "number", "sorts", "kinds", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten"})


def _unnamed_other_party(units: list[Unit], k: int) -> bool:
    """ "to a foreign customer", "to another country", "to more than a dozen countries": "to" before an
    unnamed party said to be another one, or before a count of parties, in a sentence that names the target
    nowhere after it (not "to a third country such as Ukraine", "to several countries, including Russia")."""
    words = [u.low for u in units[k + 1:k + 6]]
    if words[:1] in (["a"], ["an"]) and any(w in _FACILITIES for w in words[1:4]):
        return not any(u.ent == "target" for u in units[k:])  # "to a training ground near Nis": a place
    if _bare_groups(units[k + 1:k + 4]):
        return not any(u.ent == "target" for u in units[k:])  # "to liberation movements", "to armed groups"
    if _trade_party(units, k + 1):
        return True  # "to a manufacturer in Germany, which …": a company, whatever it does with the goods
    head = next((j for j, w in enumerate(words) if w in _PARTY_NOUNS), None)
    # (a bare plural is parties in general: "exports arms mostly to customers in Asia and Africa")
    if head is None or not any(w in _ANOTHER for w in words[:head][-2:]) and \
            not (words[head].endswith("s") and any(w in _COUNTING or w.isdigit() for w in words[:head])) and \
            not (head == 0 and words[0] in ("customers", "buyers", "clients")):
        return False
    return not any(u.ent == "target" for u in units[k:])


# Armed groups named in the plural: "to rebel groups", "to liberation movements across Africa".
_GROUP_NOUNS = frozenset({"groups", "movements", "militias", "factions"}) | \
    {word for word in ARMED_OPPONENTS if word.endswith("s")}


_BOUGHT = frozenset({"bought", "buys", "ordered", "orders", "purchased", "acquired", "received", "receives"})


def _trade_party(units: list[Unit], start: int) -> bool:
    """ "a manufacturer in Germany", "the missile's maker", "an arms broker": a company named by its trade,
    in a noun phrase that names no party we track ("a Ukrainian manufacturer" and "a firm in Ukraine" are
    the target's)."""
    for k in range(start, min(start + 5, len(units))):
        unit = units[k]
        if unit.ent or unit.cap:
            return False
        if unit.low in TRADE_PARTIES:
            return not _serves_target(units, k + 1)
        if unit.tags - {"DET", "POSS", "AUX", "OBJ"} or not unit.low.replace("'", "").replace("’", "").isalpha():
            return False
    return False


def _serves_target(units: list[Unit], k: int) -> bool:
    """After a company named by its trade: does the sentence name the target as the one it is in, works for or
    passes the goods on to ("a firm based in Kyiv", "a contractor working for Ukraine's ministry", "…, which will
    deliver them to Ukraine")? A relative on what the company does with its own goods ("…, which sells weapons
    to Kyiv") is not that."""
    relative = False
    for j in range(k, len(units)):
        if units[j].tags & {"REL"} or units[j].low == "which":
            relative = True
        if "MODAL" in units[j].tags and not relative:
            return False  # "… to a broker in Thailand may be at risk of diversion to Myanmar": only a risk
        if units[j].ent == "target":
            return not relative or any(u.low in ("them", "it") for u in units[k:j])
    return False


def _bare_groups(phrase: list[Unit]) -> bool:
    """A bare plural of armed groups, with no determiner ("liberation movements", "armed groups", "Sudanese
    rebels"): groups in general, never one party the story names (not "the militia", "its fighters")."""
    for unit in phrase:
        if unit.low in _GROUP_NOUNS:
            return True
        if unit.ent == "other" and unit.how == "adj":
            continue  # "to southern Sudanese rebels"
        if unit.ent or unit.cap or unit.tags & {"DET", "POSSPRON", "PREP", "COMMA", "CONJ"}:
            return False
    return False


def _to_nobody(units: list[Unit], k: int) -> bool:
    """ "sold weapons to no one", "to nobody": the recipient is itself the negation, as in "sold no weapons"
    (not "to no one's surprise", nor "to no one but Ukraine", which names the one recipient)."""
    words = [u.low for u in units[k + 1:k + 6]]
    size = 1 if words[:1] == ["nobody"] else 2 if words[:2] == ["no", "one"] else 0
    after = words[size:size + 2]
    return size > 0 and not (after[:1] and (after[0] in ("'s", "’s", "but", "except", "else", "besides") or
                                             after[0].endswith(("'s", "’s")) or after == ["other", "than"]))


def _to_anybody_unnegated(units: list[Unit], k: int, frame: Frame) -> bool:
    """ "barely exported weapons to anyone", "will sell to anyone who pays": "anyone" outside a negation is
    anybody at all, never the target by itself (a negated "will not sell to anyone" refuses the target too);
    not when the target is named after it ("to anyone, Ukraine included")."""
    if k + 1 >= len(units) or units[k + 1].low not in ("anyone", "anybody"):
        return False
    return not any(op == "NEG" for op, _, _ in frame.ops) and not any(u.ent == "target" for u in units[k:])


# Events a sender's own forces take part in ("for joint drills", "on a goodwill visit", "for a port call").
_ATTENDED_EVENTS = _DRILLS | {"visit"}


_JOINING = ("take part in", "join", "participate in", "attend", "train in", "train at")


def _joined_event(units: list[Unit], k: int) -> bool:
    """ "to take part in a NATO-led cold-weather exercise", "to join joint drills": a purpose of taking part in an
    event the sender's forces attend."""
    words = " ".join(u.low for u in units[k + 1:k + 4])
    return any(words.startswith(phrase) for phrase in _JOINING) and \
        any(u.low in _EVENT_NOUNS for u in units[k + 2:k + 10])


def _attended_event(units: list[Unit], k: int) -> bool:
    """A "for / on" phrase naming an event the sender attends with what it sends: a deployment, no supply;
    "joint" makes any event one ("for joint patrols"), "port call" is one."""
    joint = False
    for m in range(k + 1, min(len(units), k + 5)):
        unit = units[m]
        if unit.low in _ATTENDED_EVENTS or joint and unit.low in _EVENT_NOUNS or \
                unit.low.split()[0] == "call" and units[m - 1].low == "port":
            return True
        joint = joint or unit.low == "joint"
        if unit.ent or unit.obj or unit.tags - {"DET", "ADV"}:
            return False
    return False


def _modal_copula(units: list[Unit], anchor: int) -> int | None:
    """The modal of "would be (the first) weapons …": the object is the complement of a supposed "be"."""
    k = anchor - 1
    while k > 0 and units[k].tags <= {"DET", "ADV"} and not units[k].ent and units[k].low.isalpha():
        k -= 1
    supposed = k > 0 and ("MODAL" in units[k - 1].tags or units[k - 1].low == "would")  # "would" is tagged future
    return k - 1 if supposed and units[k].low == "be" else None


def _after_verb(units: list[Unit], anchor: int) -> bool:
    """The object follows a verb of its clause ("are the first weapons …"); as the subject ("The tanks that
    Berlin promised … have not been delivered") the clause's own verb after it decides."""
    return any(unit.tags & (PREDICATES | {"AUX"}) for unit in units[:anchor])


# Adverbs inside a relative's verb chain that the tagger leaves bare ("has ever sent").
_RELATIVE_ADVERBS = frozenset({"ever", "already", "also", "since"})


def relative_supply(units: list[Unit], anchor: int, frame: Frame) -> bool:
    """ "has no SAMP/T battery to hand to Ukraine", "there is no F-16 that Warsaw can send": the
    object's own infinitive or relative clause holds the supply verb. It says what is available to
    give (a modal: "no F-16s available"); a relative's subject is the one who would give it."""
    k = anchor + 1
    while k < len(units) and k - anchor <= 2 and (units[k].obj or (not units[k].tags and units[k].low.isalpha())):
        k += 1  # the object's head noun: "SAMP/T battery"
    if k + 1 >= len(units):
        return False
    if "TO" in units[k].tags and _supply_verb(units[k + 1]):
        frame.ops[:0] = [("SUP", k + 1, 0), ("MODAL", k + 1, 0)]
        frame.available = True
        return True
    # "the first weapons Japan has ever agreed to supply": a relative with no "that" opens on its subject's name
    if units[k].low == "the" and units[k + 1].how == "name":
        k += 1  # "a package the United Arab Emirates agreed to provide": a name with its article
    subject = k + 1 if units[k].low in ("that", "which") else k if units[k].how == "name" else -1
    if subject < 0 or units[subject].ent not in ("actor", "other", "target"):
        return False
    j = subject + 1
    while j < len(units) and (units[j].tags & {"MODAL", "AUX", "FUT", "NEG", "ADV", "HAS"} or
                              units[j].low in _RELATIVE_ADVERBS):
        j += 1
    commitment = next(iter(units[j].tags & {"COMMIT", "DECIDE"}), None) if j < len(units) else None
    to = _after_date(units, j + 1) if commitment else j + 1
    committed = to + 1 < len(units) and commitment is not None and "TO" in units[to].tags and \
        "SUP" in units[to + 1].tags and _after_verb(units, anchor)  # "that Warsaw has agreed (in June) to send"
    if j >= len(units) or not (_supply_verb(units[j]) or committed):
        return False
    between = [(op, m, 0) for m in range(subject + 1, j) if (op := op_of(units[m])) in ("NEG", "MODAL")]
    copula = _modal_copula(units, anchor)
    if copula is not None:
        between.append(("MODAL", copula, 0))  # "would be the first weapons Tokyo has sent": only supposed
    frame.ops[:0] = [("SUP", to + 1, 0), (commitment, j, 0), *between] if committed else [("SUP", j, 0), *between]
    frame.agent = Agent(units[subject].ent, "subject", subject)
    frame.available = True
    return True


def _after_date(units: list[Unit], k: int) -> int:
    """The index after a date at k ("in June", "last month", "on Monday"), or k when none is there."""
    if k + 1 < len(units) and units[k].low in ("in", "on", "last", "this") and \
            (units[k + 1].low in MONTH_NAMES or units[k + 1].low in TIME_WORDS or units[k + 1].low.isdigit()):
        return k + 2
    return k


_PROGRESSIVE_OR_PERFECT = frozenset({"is", "are", "was", "were", "has", "have", "had"})


def named_relative_delivery(units: list[Unit], anchor: int) -> tuple[int, int] | None:
    """ "rifles that Japan sold to Poland", "the launchers Germany handed over": the object's own relative clause
    (with or without "that/which"), whose subject is the actor by name and whose verb is a plain supply
    (progressive, perfect or past; no modal, no negation). Returns (the relative's subject, its verb)."""
    k = anchor + 1
    while k < len(units) and k - anchor <= 4 and (units[k].obj or (not units[k].tags and units[k].low.isalpha()) or
                                                  units[k].low in ("and", "or") and k + 1 < len(units) and
                                                  bool(units[k + 1].obj or not units[k + 1].tags)):
        k += 1  # the object's head noun and its conjuncts: "armoured carriers and small arms"
    if k + 2 >= len(units) or units[k].low not in ("that", "which") and units[k].ent != "actor":
        return None
    subject = k + 1 if units[k].low in ("that", "which") else k  # "the launchers Germany handed over": no "that"
    if units[subject].ent != "actor" or not units[subject].cap or units[subject].how != "name":
        return None  # (another party's relative is left to the main clause: "the list of rounds that Kyiv had sent")
    if _modal_copula(units, anchor) is not None or any("MODAL" in u.tags or u.low == "would" for u in units[:anchor]):
        return None  # "would be / could become the first weapons Japan has ever supplied": only supposed
    v = subject + 1
    if units[v].low in _PROGRESSIVE_OR_PERFECT:
        v += 1
    while v < len(units) and units[v].low in _RELATIVE_ADVERBS:
        v += 1
    if v >= len(units) or not _supply_verb(units[v]) or units[v].tags & {"NEG", "MODAL"}:
        return None
    head = units[v].low.split()[0]
    progressive = v > subject + 1 and units[subject + 1].low in ("is", "are", "was", "were") and head.endswith("ing")
    past = head.endswith("ed") or head in _PAST_SUPPLY
    return (subject, v) if progressive or past else None


def modal_relative_supply(units: list[Unit], anchor: int) -> bool:
    """ "weapons in reserve stocks that could be sent to Ukraine": within the object's own phrase, a
    "that/which" clause whose modal verb supplies it; what could be sent is an option, not a supply."""
    for k in range(anchor + 1, min(len(units) - 2, anchor + 7)):
        if units[k].tags & {"COMMA", "HARD", "QUOTE", "QMARK"} or units[k].low in (",", ";"):
            return False
        if units[k].low not in ("that", "which"):
            continue
        j = k + 1
        if "MODAL" not in units[j].tags:
            return False
        while j < len(units) and (units[j].tags & {"MODAL", "AUX", "ADV"} or units[j].low in ("be", "still")):
            j += 1
        return j < len(units) and _supply_verb(units[j])
    return False


# "beyond / besides / except the …" and the last word of "on top of / in addition to / apart from / other than".
_EXCEPTING = frozenset({"beyond", "besides", "except", "excluding"})
_EXCEPTING_PAIRS = {"of": "top", "to": "addition", "from": "apart", "than": "other"}
_PAST_SUPPLY = frozenset({"sent", "gave", "given", "sold", "lent"})


def excepted_delivery(units: list[Unit], anchor: int) -> tuple[int, int] | None:
    """ "will not send more tanks beyond the three Leopards it delivered in March": the goods set apart
    from a refusal of more ("beyond / besides / on top of / apart from …") and described by a relative clause
    whose subject (a pronoun or the actor) delivered them are a supply the sentence reports; the refusal's
    negation stops before the excepting preposition. Returns (the relative's subject, its verb)."""
    j = anchor - 1
    while j >= 1 and anchor - j <= 3 and (units[j].tags <= {"DET"} and not units[j].ent and not units[j].obj):
        j -= 1  # "the three", "the first"
    if j < 1:
        return None
    low = units[j].low
    if not (low in _EXCEPTING or _EXCEPTING_PAIRS.get(low) == units[j - 1].low):
        return None
    k = anchor + 1
    while k < len(units) and k - anchor <= 2 and (units[k].obj or (not units[k].tags and units[k].low.isalpha())
                                                  and units[k].low not in ("it", "they", "we")):
        k += 1  # the object's head noun: "main battle tanks"
    if k < len(units) and units[k].low in ("that", "which"):
        k += 1
    if k + 1 >= len(units) or not (units[k].low in ("it", "they", "we") or units[k].ent == "actor"):
        return None
    v = k + 1
    while v < len(units) and units[v].tags & {"HAS", "HAD", "ADV"} and not units[v].tags & {"NEG", "MODAL"}:
        v += 1  # "it has already delivered"
    if v >= len(units) or not _supply_verb(units[v]):
        return None
    head = units[v].low.split()[0]
    if not (head.endswith("ed") or head in _PAST_SUPPLY):
        return None
    for m in range(v + 1, min(len(units), v + 4)):
        if units[m].ent:
            # "beyond the tanks it sent to Slovakia": the relative's own recipient, if any, must be the target
            return (k, v) if units[m].ent == "target" else None
        if units[m].low == "," or units[m].tags & {"HARD", "CONJ"}:
            break
    return k, v


_HEDGES = frozenset({"any", "at", "ever"})


def _parenthetical_end(units: list[Unit], comma: int) -> int | None:
    """ ", which the cabinet approved in May, is now under review": a relative clause set off
    by commas between a subject and its verb. Returns the closing comma when a finite verb follows it."""
    if units[comma].low != "," or comma + 1 >= len(units):
        return None
    if units[comma + 1].low == "if" and comma + 3 < len(units) and units[comma + 2].low in _HEDGES:
        # "how many tanks, if any, could be sent": an elliptic hedge on the quantity, no condition on the verb
        k = comma + 3 + (units[comma + 3].low == "all")  # ", if at all,"
        if k + 1 < len(units) and units[k].low == "," and \
                units[k + 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"}:
            return k
        return None
    if "REL" not in units[comma + 1].tags:
        return None
    for k in range(comma + 2, min(len(units) - 1, comma + 20)):
        if units[k].tags & {"HARD", "QMARK", "QUOTE"}:
            return None
        if units[k].low == ",":
            verb = units[k + 1]
            return k if verb.tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"} or verb.low in _COPULAS else None
    return None


def _noun_in_adjunct(units: list[Unit], anchor: int, k: int) -> bool:
    """ "rounds released under Bern's new permit have arrived": after a preposition, a determiner or a
    possessive, the word that could be a verb ("permit", "order") is the phrase's noun."""
    if not units[k - 1].tags & {"DET", "POSS"}:
        return False
    for j in range(k - 2, max(anchor, k - 5), -1):
        if "PREP" in units[j].tags:
            return True
        if not (units[j].tags & {"DET", "POSS"} or units[j].ent):
            return False
    return False


def _relative_on_adjunct(units: list[Unit], k: int) -> bool:
    """Is the past form at k a (reduced) relative on the noun of a prepositional phrase ("under the permit
    granted …", "under the permit Bern granted …", "under the deal that Kyiv signed …")? The noun after the
    determiner is no verb, whatever its tags."""
    j = k - 1
    if units[j].ent:
        j -= 1
    if units[j].low in ("that", "which"):
        j -= 1
    return j >= 2 and not units[j].ent and "DET" in units[j - 1].tags and "PREP" in units[j - 2].tags


def _inserted_auxiliaries(units: list[Unit], comma: int) -> int | None:
    """ "No weapons have been, or will be, sent": a second auxiliary chain set off by commas after the
    first one ("or will be") shares the participle after the closing comma. Returns that comma."""
    if comma + 2 >= len(units) or units[comma + 1].low not in ("or", "and", "nor"):
        return None
    for k in range(comma + 2, min(len(units) - 1, comma + 7)):
        unit = units[k]
        if unit.low == ",":
            return k if k > comma + 2 else None
        if not (unit.tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"} or unit.low in _COPULAS):
            return None
    return None


def _described_as_option(units: list[Unit], as_: int) -> int | None:
    """The option noun of 'as "an option"' after the supply phrase: what the supply is called, a possibility."""
    k = as_ + 1
    while k < len(units) and units[k].tags & {"QUOTE", "DET"}:
        k += 1
    return k if k < len(units) and units[k].low in ("option", "possibility") else None


_JOURNEYS = frozenset({"flight", "flights", "voyage", "journey", "trip", "crossing", "sailing"})


def _journey_origin(units: list[Unit], after: int) -> int | None:
    """The actor, when an "after a (ferry) flight from X" phrase following an arrival says the goods came from it."""
    if units[after].low != "after" or not any("ARRIVE" in u.tags for u in units[max(0, after - 10):after]):
        return None
    k = after + 1
    while k < len(units) and k - after <= 4 and units[k].low not in _JOURNEYS:
        if units[k].tags - {"DET"} or units[k].ent:
            return None
        k += 1
    # (only the actor: "from Sacheon", a town, names no party)
    if k + 2 < len(units) and units[k].low in _JOURNEYS and units[k + 1].low == "from" and units[k + 2].ent == "actor":
        return k + 2
    return None


def _conjoined_gerund(units: list[Unit], comma: int) -> int | None:
    """ "Sending the system to Ukraine, and refurbishing it there, would …": a gerund set off by commas after
    a gerund subject belongs to that subject; the predicate follows the closing comma. Returns that comma."""
    if comma + 3 >= len(units) or units[comma + 1].low not in ("and", "or") or \
            not units[comma + 2].low.endswith("ing") or units[comma + 2].tags:
        return None
    for k in range(comma + 3, min(len(units) - 1, comma + 10)):
        if units[k].low == ",":
            return k
        if units[k].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "SUB", "REL", "QUOTE"}:
            return None
    return None


def _supply_verb(unit: Unit) -> bool:
    """A supply verb, not the noun ("transfer" is both)."""
    return "SUP" in unit.tags and "SUPN" not in unit.tags


def _shared_supply_participle(units: list[Unit], k: int) -> int | None:
    """The supply participle joined by a bare "and" to the participle at k ("loaded at the port and shipped"),
    which shares its auxiliaries; None when a clause boundary or another verb comes first."""
    for j in range(k + 1, min(len(units) - 1, k + 12)):
        tags = units[j].tags
        if tags & {"COMMA", "SUB", "REL", "REPORT", "HARD", "QUESTION", "COND", "AUX", "MODAL"} or units[j].obj:
            return None
        if units[j].low == "and":
            nxt = units[j + 1]
            head = nxt.low.split()[0] if nxt.low else nxt.low
            supplied = op_of(nxt) == "SUP" and (head.endswith("ed") or head in IRREGULAR_PARTICIPLES)
            return j + 1 if supplied else None
    return None


def _next_conjunct(units: list[Unit], k: int) -> int | None:
    """The "and" that opens a second predicate of the same subject ("… and will not be handed over")."""
    for j in range(k, min(len(units) - 1, k + 8)):
        tags = units[j].tags
        if tags & {"COMMA", "SUB", "REL", "REPORT", "HARD", "QUESTION", "COND"} or units[j].ent:
            return None
        if "CONJ" in tags and units[j].low in ("and", "or", "but") and \
                units[j + 1].tags & {"AUX", "FUT", "HAS", "MODAL", "NEG"}:
            return j
    return None


_GOING_ON = ("continu", "resum", "restart", "begun", "began", "start", "carr")  # "carry on"


_VERDICT_TAGS = PREDICATES | {"POSTPOSED", "MODAL", "POLICY", "FUT", "AUX", "DEONT", "PRESS", "NEG"}


def _second_negation(units: list[Unit], k: int, frame: Frame) -> bool:
    """ "… have not been carried out and are not envisaged": a "not" in a second predicate after "and" agrees
    with the first one; it does not undo it."""
    return "NEG" in units[k].tags and any(
        op == "NEG" and i < k and level > 0 and any("CONJ" in u.tags for u in units[i + 1:k]) for op, i, level in frame.ops)


def _halt_kept(units: list[Unit], k: int, frame: Frame) -> bool:
    """ "Deliveries … have been suspended and will not resume": a negated going-on verb coordinated after a
    halt says the halt holds; it does not undo it (no double negation)."""
    return "NEG" in units[k].tags and k + 1 < len(units) and "ASPECT" in units[k + 1].tags and \
        units[k + 1].low.startswith(_GOING_ON) and \
        any(op == "END" and i < k and any("CONJ" in u.tags for u in units[i + 1:k]) for op, i, _ in frame.ops)


def _negated_evaluation(units: list[Unit], k: int) -> bool:
    """ "Selling shells is not the same as going to war", "… was not a crime": a negated copula before a
    noun phrase that holds no verdict word judges supplying in general (the subject's own clause); it is
    no refusal ("… is not an option", "… is not on the agenda" still are)."""
    if "NEG" not in units[k].tags or k < 1 or units[k - 1].low not in BE_FORMS or \
            k + 1 >= len(units) or not ("DET" in units[k + 1].tags or _abstract_noun(units[k + 1])):
        return False
    for unit in units[k + 1:]:
        if unit.tags & {"HARD", "CONTRAST", "REL", "SUB", "COND", "QUOTE"} or unit.low in (",", ";"):
            break
        if unit.tags & _VERDICT_TAGS:
            return False
    return True


# (a bare abstract noun is a noun phrase too: "Exporting defensive weapons is not militarism but prudence")
_ABSTRACT_SUFFIXES = ("ism", "ion", "ment", "ness", "ance", "ence", "ity", "ship")


def _abstract_noun(unit: Unit) -> bool:
    word = unit.low[:-1] if unit.low.endswith("s") else unit.low  # "are not contradictions"
    return not unit.tags and not unit.obj and word.isalpha() and word.endswith(_ABSTRACT_SUFFIXES)


_SUBJECT_OPENERS = frozenset({",", ";", ":", "and", "but"})


def _raise_subject_no(units: list[Unit], last: int, frame: Frame) -> None:
    """ "No (other) arms sale to Israel is under consideration", "There is no sale … under consideration": "no"
    opening the subject denies the clause's verdict (nothing is being weighed), it does not negate the supply
    that is weighed."""
    for n, (op, i, level) in enumerate(frame.ops):
        if op == "NEG" and level == 0 and i < last and units[i].low == "no" and \
                (i == 0 or units[i - 1].low in _SUBJECT_OPENERS or units[i - 1].tags & {"QUOTE", "HARD", "COMP"} or
                 i >= 2 and units[i - 1].low in BE_FORMS and units[i - 2].low == "there") and \
                not any(units[j].tags & (PREDICATES | {"AUX", "MODAL", "NEG"}) - {"SUPN", "SUP"} and
                        units[j].low not in REQUEST_NOUNS for j in range(i + 1, last)):  # ("no request for …")
            frame.ops[n] = (op, i, 0.6)
            return


def _second_negated_predicate(units: list[Unit], last: int, k: int, frame: Frame) -> bool:
    """Is the verdict at k (a refusal of its own) in a predicate coordinated after a negated one ("… are not
    being provided to Ukraine and are not going anywhere")? The two agree; the first's "not" is not the
    second's, so they must not fold into a double negation."""
    if op_of(units[k]) != "REFU":
        return False
    conj = next((j for j in range(k - 2, last, -1) if units[j].low == "and" and
                 (units[j + 1].tags & {"AUX", "FUT", "HAS"} or units[j + 1].low in BE_FORMS)), None)
    # (or after a refusal of its own: "are not part of this package and are not part of our assistance")
    return conj is not None and any(op in ("NEG", "REFU") and i < conj for op, i, _ in frame.ops)


def _object_of_subject_relative(units: list[Unit], last: int) -> bool:
    """Does the noun phrase ending at `last` close a relative clause on the subject ("a committee that
    oversees Hungary's arms exports")? The verb after it is then the subject's, not the phrase's."""
    k = last
    while k > 0 and (units[k].obj or units[k].ent or units[k].tags & {"DET", "POSS", "SUPN", "SUP"} and
                     not units[k].low.endswith("ed") or not units[k].tags and units[k].low.isalpha() and
                     not units[k].low.endswith("s")):
        k -= 1
    return k >= 2 and units[k].low.endswith("s") and not units[k].tags and units[k - 1].low in ("that", "which", "who") \
        and not units[k - 2].tags & {"REPORT", "COMMA"}


def _relative_recipient(units: list[Unit], last: int) -> str:
    """ "the Philippines, which India has openly supplied with BrahMos batteries": in a relative clause whose verb
    supplies someone "with" the goods, the relative's antecedent receives them. Its class, or ""."""
    w = next((j for j in range(last - 1, max(-1, last - 5), -1) if units[j].low == "with"), -1)
    verb = w - 1
    if verb >= 0 and "ADV" in units[verb].tags:
        verb -= 1
    if verb < 2 or "SUP" not in units[verb].tags:
        return ""
    rel = next((j for j in range(verb - 1, max(-1, verb - 7), -1) if units[j].low in ("which", "whom")), -1)
    if rel < 1 or any(units[j].tags & {"COMMA", "HARD", "SUB", "COMP"} for j in range(rel + 1, verb)):
        return ""
    head = rel - 2 if units[rel - 1].low == "," else rel - 1
    return units[head].ent if head >= 0 and units[head].ent in ("other", "target") else ""


def _listed_noun(units: list[Unit], k: int) -> bool:
    """At k, after a comma: "…, training and funding to Ukraine": a noun in "-ing" in a list closed by "and",
    no participle clause."""
    return "NSHEAD" in units[k].tags and k + 2 < len(units) and units[k + 1].low in ("and", ",")


def read_right(units: list[Unit], last: int, frame: Frame) -> None:
    """Recipient, passive agent, source and condition in the rest of the clause."""
    if not frame.recipient and "with" in (u.low for u in units[max(0, last - 4):last]):
        frame.recipient = _relative_recipient(units, last)
    k = last + 1
    own_clause = True
    finite = False  # a verb of the clause met (the object's own predicate follows it)
    while k < len(units):
        unit = units[k]
        if unit.low == "and" and k + 2 < len(units) and units[k + 1].low == "none" and \
                units[k + 2].tags & {"AUX", "FUT", "MODAL", "HAS"}:
            break  # "… not preparing any deliveries to Georgia and none are on the agenda": a clause of its own
        if k == last + 1 and unit.tags & {"AUX", "FUT", "MODAL"} and "POSS" not in unit.tags and \
                _object_of_subject_relative(units, last):
            break  # "a committee that oversees Hungary's arms exports will review …": the main clause's verb
        if "CONTRAST" in unit.tags and k + 1 < len(units) and "COND" in units[k + 1].tags:
            frame.ops.append(("COND_CONS", k + 1, 0))  # "…, but only if other allies do the same"
            break
        aside = set_off_participle_end(units, k) if k == last + 1 else None
        if aside is not None:
            # "That application, resubmitted by Israel in March, is …": who resubmitted it decides nothing; "missiles,
            # drawn from Dutch navy stocks, have been shipped": where the goods were drawn from is their source
            frame.ties += [("from", units[j + 1].ent, j + 1) for j in range(k + 1, aside - 1)
                           if "FROM" in units[j].tags and units[j + 1].ent]
            k = aside
            continue
        bought = _bought_relative(units, k) if unit.low in ("that", "which") and k == _object_end(units, last) else None
        if bought is not None:
            # "Deliveries of the howitzers that Armenia has bought from France continue": the buyer is
            # the recipient, the seller the source; the clause's own verb comes after the relative
            end, buyer, seller = bought
            if units[buyer].ent == "target":
                frame.recipient = frame.recipient or "target"
            elif units[buyer].ent == "other" and frame.subject_supply and not frame.recipient:
                frame.recipient = "other"
            if seller >= 0 and units[buyer].ent != "actor":  # "the howitzers that Sweden bought": its own stock
                frame.ties.append(("from", units[seller].ent, seller))
            if not frame.subject_supply:
                break
            k = end
            continue
        relative = _relative_end(units, k) if unit.low in ("that", "which") and frame.passive and \
            all(u.obj or _class_noun(u) for u in units[last + 1:k]) else None
        if relative is not None:
            # "the tanks that Kyiv had requested are on their way to Lithuania": the relative's subject is
            # no recipient; the clause's own verb and its "to …" come after it
            k = relative[0]
            continue
        if unit.tags & {"HARD", "CONTRAST", "REL", "QMARK"} or unit.low in ("that", "which", "who"):
            break
        if "CONJ" in unit.tags and k + 1 < len(units) and "THERE" in units[k + 1].tags:
            break  # "… remain suspended and there is no plan to …": a clause with a subject of its own
        if "CONJ" in unit.tags and k + 1 < len(units) and (units[k + 1].low in ("none", "nothing", "neither") or
                                                          units[k + 1].low == "no" and k + 2 < len(units) and
                                                          units[k + 2].low == "such") and \
                frame.verdict:
            break  # "… were suspended in April 2023 and none have been made since": a negated clause of its own
        if "CONJ" in unit.tags and k + 1 < len(units) and "REPORT" in units[k + 1].tags:
            break  # "denies it agreed to sell … and says such an export is not under consideration": its own report
        if "CONJ" in unit.tags and _infinitive_after_and(units, k):
            break  # "to review it and to report back to him": the second infinitive's "to him" is its own
        if "COND" in unit.tags:
            frame.ops.append(("COND_CONS", k, 0))
            break
        if "POSTPOSED" in unit.tags and _second_negated_predicate(units, last, k, frame):
            break  # "are not being provided … and are not part of the package": both refuse; the first decides
        if "POSTPOSED" in unit.tags and not any(i == k or i > k and "POSTPOSED" in units[i].tags for _, i, _ in frame.ops):
            # (a later verdict already read replaced this one: "on the table …, and it has been taken off")
            # "put the sale of F-16s … on hold", "… was out of the question", "… is under review"
            frame.ops.append((op_of(unit) or "END", k, 0.5))
            frame.verdict = True
            _raise_subject_no(units, last, frame)
        if unit.low == "indefinitely" and any(u.low.startswith(_DELAYING) for u in units[max(0, k - 8):k]) and \
                not any(u.tags & {"ASPECT", "COMMA"} for u in units[max(0, k - 8):k]) and \
                not any(i == k for _, i, _ in frame.ops):
            frame.ops.append(("END", k, 0.5))  # "has delayed F-16 deliveries to Taiwan indefinitely": a halt
            frame.verdict = True
        if frame.subject_supply and "ASPECT" in unit.tags and unit.low.startswith(_GOING_ON) and \
                "TO" not in units[k - 1].tags:
            frame.verdict = True  # "Deliveries of tanks to Kyiv are continuing": the supply goes on
            if units[k - 1].low == "would":
                frame.right_modal = False  # "said the flow … would carry on": the future of a report, no supposition
        if frame.subject_supply and unit.low == "routine" and units[k - 1].low in ("become", "became", "is", "are"):
            frame.verdict = True  # "deliveries of weapons to the island have become routine": they go on
        if frame.subject_supply and unit.low in ("under", "underway") and units[k - 1].low in BE_FORMS and \
                (unit.low == "underway" or k + 1 < len(units) and units[k + 1].low == "way") and \
                not any(u.low == "until" for u in units[k + 1:k + 4]):  # ("were under way until Berlin halted them")
            frame.verdict = True  # "Deliveries of the jets to Taiwan are under way": the supply goes on
        if frame.subject_supply and frame.right_verb and unit.tags & {"NEG", "REFU", "CONS", "END", "MODAL"} \
                and "POSTPOSED" not in unit.tags and not _negated_evaluation(units, k) and \
                not _consequence_of_supply(units, k) and \
                not _halt_kept(units, k, frame) and not _second_negation(units, k, frame) and \
                not any(i == k for _, i, _ in frame.ops):  # "… have been halted": the passive verb counts once
            op = op_of(unit) or "NEG"
            # "… is not an option"; "… is not under consideration": the copula's negation scopes over the verdict
            frame.ops.append((op, k, 0.6 if op == "NEG" else 0.5))
            frame.verdict = True
        option = _described_as_option(units, k) if unit.low == "as" and k > last else None
        if option is not None and not any(i == option for _, i, _ in frame.ops):
            frame.ops.append(("MODAL", option, 0.5))  # 'described the delivery of X as "an option that remains open"'
            frame.verdict = True
        if frame.subject_supply and frame.right_verb and unit.low == "among" and _among_options(units, k):
            frame.ops.append(("MODAL", k + 1, 0.5))  # "weighing options …, and sending tanks was among them"
            frame.verdict = True
        if unit.low.endswith("ed") and k > last + 1 and (not unit.tags or units[k - 1].low == ","):
            # "… under an agreement signed last month", "deliveries …, approved by the government earlier this
            # year, are continuing": that date is the agreement's, the approval's
            own_clause = False
        elif k > last + 3 and (unit.low.endswith("ed") or unit.low in IRREGULAR_PARTICIPLES) and \
                _relative_on_adjunct(units, k):
            own_clause = False  # "… under the permit (Bern) granted last summer": the date is the permit's
        elif unit.low == "since" and k > last:
            own_clause = False  # "No weapons have been sent since the end of the mission last year": when the state began
        elif unit.low in DEPARTURES_FROM and k + 1 < len(units) and units[k + 1].low == DEPARTURES_FROM[unit.low]:
            own_clause = False  # "…, a shift from the line Minsk took last year": the date is the old line's
        if unit.tags & {"HIST", "DUR"} and "SUB" not in unit.tags and own_clause:
            frame.ops.append(("HIST" if "HIST" in unit.tags else "DUR", k, 0))
        if "DENY" in unit.tags and not unit.tags & PREDICATES - {"DENY"}:
            frame.ops.append(("DENY_CLAIM", k, 9))  # "Russia's claim that … is false"
        elif unit.low in _ERROR_NOUNS:
            record = _record_declared_error(units, last, k)
            if record is not None:
                # "A customs entry showing arms leaving X for Y was a registration error": what the record
                # shows is declared wrong, like "the report that … is false"
                frame.ops += [("DIST", record, 0), ("DENY_CLAIM", k, 9)]
        if unit.tags & {"MODAL", "FUT"} and unit.low in ("would", "could", "might", "may") and not finite and \
                not _second_predicate(units, k, frame) and not _modal_supply(units, k):
            frame.right_modal = True
        if unit.tags & {"AUX", "FUT", "MODAL", "HAS", "HAD"}:
            frame.right_verb = True
            finite = finite or "POSS" not in unit.tags  # ("Sudan's army" has no verb)
        if "SUB" in unit.tags and "PREP" not in unit.tags:
            origin = _journey_origin(units, k)
            if origin is not None:
                frame.ties.append(("from", units[origin].ent, origin))  # "… touched down after a ferry flight from X"
            break
        if "REPORT" in unit.tags and k > last + 2 and (units[k - 1].ent or units[k - 1].tags & {"GENERIC", "ROLE"} or
                                                       units[k - 1].low in ("he", "she", "they") and
                                                       units[k - 2].tags & {"COMMA", "QUOTE"}):
            # "…, Marles said on Friday, as allies debated sending Leopard 2 tanks", '…," he said, without detailing
            # quantities': the clause is over
            break
        if "REPORT" in unit.tags and k > last + 2 and units[k - 1].low == "and" and \
                any("QUOTE" in u.tags for u in units[last + 1:k - 1]):
            break  # 'confirmed that "the TB2s … have been delivered" and said …': a second statement begins
        if unit.low == "," and k + 2 < len(units) and units[k + 1].low in ("just", "much") and units[k + 2].low == "as":
            break  # "…, just as we do not supply them to Azerbaijan": a comparison, a clause of its own
        if unit.low == "," and k + 1 < len(units) and (units[k + 1].tags & {"CONTRAST", "REL", "CONJ"} or
                                                      units[k + 1].low.endswith("ing") and
                                                      not _listed_noun(units, k + 1)):
            inserted = _inserted_auxiliaries(units, k) if "CONJ" in units[k + 1].tags else None
            if inserted is None and frame.subject_supply and "CONJ" in units[k + 1].tags:
                inserted = _conjoined_gerund(units, k)
            if inserted is not None:
                k = inserted + 1  # "have been, or will be, sent to …": the clause goes on after the auxiliaries
                continue
            if frame.verdict:
                withdrawn_after(units, last, k, frame)
            break
        if k == last + 1 and unit.ent and not frame.recipient and k + 1 < len(units) and \
                units[k + 1].low in _BOUGHT and \
                not any("TO" in units[j].tags and units[j + 1].ent == "target" for j in range(k + 2, len(units) - 1)):
            # "the NSMs Australia bought from Kongsberg": goods a party bought are that party's ("will send the
            # howitzers Portugal ordered to Ukraine instead" diverts them)
            frame.recipient = "target" if unit.ent == "target" else "other"
        if "TO" in unit.tags and not frame.recipient and _reserve_units(units, k + 1):
            frame.recipient = "other"  # "surplus rifles would be transferred to reserve units": the owner's own forces
        if unit.low == "home" and k == last + 1 and not frame.recipient:
            frame.recipient = "other"  # "fire their rifles on a Thai range and ship the rifles home": back to the owner
        if unit.low == "back" and k == last + 1 and not frame.recipient and \
                not (k + 2 < len(units) and units[k + 1].low == "to" and units[k + 2].ent == "target"):
            frame.recipient = "other"  # "handed them back at the end of the course": returned to their owner
        if "TO" in unit.tags and not frame.recipient and units[k - 1].low == "back" and \
                not (k + 1 < len(units) and units[k + 1].ent == "target"):
            frame.recipient = "other"  # "sent back to units in the Second Army Region": returned to its owner
        if unit.low == "with" and not frame.recipient and k + 1 < len(units) and units[k + 1].ent in ("other", "target") \
                and units[k - (2 if units[k - 1].low == "," else 1)].low in DEAL_NOUNS:
            # "signed one KAAN export deal, with Indonesia, for 48 aircraft": the other party to a sale buys
            frame.recipient = units[k + 1].ent
        if unit.low in _OPERATED and k + 2 < len(units) and units[k + 1].low == "by" and _own_forces_at(units, k + 2):
            # "arrived in Lithuania and will be operated by German soldiers": deployed, the actor's forces keep them
            frame.recipient = "other"
        if unit.low in ("for", "to") and not frame.recipient and _own_use(units, k + 1):
            # "the arrival of new helicopters for its own air force", "committed to Israel's own defence": kept home
            frame.recipient = "other"
        if "TO" in unit.tags and not frame.recipient and (_to_event(units, k) or _own_forces_at(units, k + 1)):
            # "sent a destroyer to the exercise": a deployment, no one receives it; "the delivery of armoured
            # vehicles to the Serbian army": the actor's own forces receive them
            frame.recipient = "other"
        elif "TO" in unit.tags and not frame.recipient and (_unnamed_other_party(units, k) or
                                                          _to_anybody_unnegated(units, k, frame) or
                                                          _site_in_other_country(units, k)):
            frame.recipient = "other"  # "the sale of jets to a foreign customer": someone, but not the target
        elif "TO" in unit.tags and not frame.recipient and _to_nobody(units, k):
            frame.ops.append(("NEG", k + 1, 0))
        elif (unit.low in ("for", "on") and _attended_event(units, k) or unit.low == "to" and _joined_event(units, k)) \
                and frame.recipient in ("", "target", "target-in"):
            # "sent a frigate to Manila for joint drills", "shipped two launchers to Norway …, to take part in a
            # NATO exercise": they go there and come back
            frame.recipient = "other"
        if unit.ent and k > 0:
            p = k - 1
            while p > last + 1 and "DET" in units[p].tags and k - p <= 2:
                p -= 1
            prev = units[p]
            neither = _negated_recipient(units, p, last)
            if neither is not None and unit.ent == "target" and not frame.recipient:
                # "sell weapons to neither Ukraine nor Russia", "neither to Ukraine nor …": the "neither"
                # on the recipient negates the supply to it
                frame.ops.append(("NEG", neither, 0))
                frame.recipient = "target"
                k += 1
                continue
            if "POSS" in prev.tags or (k + 1 < len(units) and "POSS" in units[k + 1].tags):
                if "BY" in prev.tags and not made_by(units, p) and not _attended_by(units, p) and \
                        not _asked_by_target(units, p, unit.ent):
                    frame.ties.append(("by", unit.ent, k))  # "approved by South Africa's arms committee"
                elif prev.tags & {"TO", "FOR"} and not frame.recipient and _possessed_relation(units, k + 2):
                    frame.recipient = "other"  # "to Ukraine's (western) neighbour Poland": another party receives
                elif prev.tags & {"TO", "FOR"} and unit.ent == "other" and not frame.recipient and \
                        p == k - 1 and k + 1 < len(units) and units[k + 1].low in ("'s", "’s") and \
                        (not any(u.ent for u in units[k + 2:k + 6]) or _place_modifier(units, k + 2)):
                    # "to Myanmar's army": the body of another country receives; "to Lockheed Martin's U.S.
                    # production lines": a company's, wherever they are
                    frame.recipient = "other"
                elif prev.tags & {"TO", "FOR"} and unit.ent == "target" and not frame.recipient and p == k - 1 and \
                        k + 1 < len(units) and units[k + 1].low in ("'s", "’s"):
                    frame.recipient = "target"  # "to Sudan's army or to the Rapid Support Forces": the target's body
                k += 1
                continue
            if "POSSPRON" in units[k - 1].tags:
                k += 1  # "weapons for its Eurofighter fleet": a name modifying the owner's noun
                continue
            if _for_use(units, p):
                # "drones for use in Ukraine", "for use by Russia": where the weapons go, the recipient
                frame.recipient = frame.recipient or ("target" if unit.ent == "target" else "other")
            elif _others_supply_noun(units, p):
                # "… to refill stocks emptied by Polish donations to Ukraine": that party's recipient, which
                # neither receives the clause's supply nor lets it go to the target by default
                frame.recipient = frame.recipient or "other-supply"
            elif unit.ent == "target" and frame.recipient == "other" and _listed_recipient(units, p, k):
                frame.recipient = "target"  # "to Poland and (to) Ukraine": the target is one of the recipients
            elif prev.tags & {"TO", "FOR"} or prev.low == "into" or "ARRIVE" in prev.tags and prev.low.endswith(" into"):
                # ("crossed into Cambodia": the verb's own "into")
                if unit.ent == "target" and frame.recipient == "other" and _onward(units, p):
                    frame.recipient = "target"  # "to Germany for onward delivery to Ukraine": the end user
                elif unit.ent == "target":
                    frame.recipient = frame.recipient or "target"
                elif unit.ent == "other" and not frame.recipient and _target_body(units, k):
                    frame.recipient = "target"  # "to Rosoboronexport, Russia's state arms company": the target's own
                    k += 3
                    continue
                elif unit.ent == "other" and not frame.recipient and _place_in_target(units, k):
                    frame.recipient = "target"  # "to Makhachkala in Russia's Dagestan region": a place of the target
                elif unit.ent == "other" and not frame.recipient:
                    frame.recipient = "other"
                elif unit.ent == "actor" and not frame.recipient and _sold_to_actor(units, p, k, frame):
                    frame.recipient = "other"  # "proposed sales of F-35s to the UAE": the actor buys, no one it arms
                elif unit.ent == "actor" and not frame.recipient and prev.low == "into":
                    frame.recipient = "other"  # "the flow of weapons into Mexico": goods coming into the actor
            elif "IN" in prev.tags and unit.ent == "target" and not (k > 1 and units[k - 2].tags & {"WAR"}):
                if k > 1 and "ORIGIN" in units[k - 2].tags:
                    frame.ties.append(("origin", unit.ent, k))
                elif not frame.recipient:
                    frame.recipient = "target-in"
            elif prev.low == "at" and unit.ent == "target" and unit.how == "adj" and p > 0 and \
                    "ARRIVE" in units[p - 1].tags and not frame.recipient:
                frame.recipient = "target-in"  # "arrived at a Serbian army base": a place of the target's
            elif "IN" in prev.tags and unit.ent in ("other", "actor") and p > 0 and "ARRIVE" in units[p - 1].tags and \
                    not frame.recipient:
                # "…, with the first arriving in Britain in April": the goods go there ("would arrive in Taiwan"
                # under a Taiwan stance: the actor receives them)
                frame.recipient = "other"
            elif "BY" in prev.tags and _asked_by_target(units, p, unit.ent):
                pass  # "the helicopters ordered by Iran": the buyer, never the supplier
            elif "BY" in prev.tags and not made_by(units, p) and not _attended_by(units, p):
                frame.ties.append(("by", unit.ent, k))
            elif prev.low == "at" and frame.verdict and unit.ent == "actor" and \
                    any("GENERIC" in u.tags for u in units[k + 1:k + 4]):
                frame.ties.append(("by", unit.ent, k))  # "is under review at the German defence ministry": it reviews
            elif prev.low == "of" and _from_stocks_of(units, p):
                frame.ties.append(("from", unit.ent, k))  # "from the stocks of the Army of the Czech Republic"
            elif "FROM" in prev.tags and p > 0 and _withheld_from_party(units, p - 1) is not None:
                pass  # "the bombs withheld from Israel": the one denied them, never their source
            elif "FROM" in prev.tags:
                frame.ties.append(("from", unit.ent, k))
                if p > 0 and "PRESS" in units[p - 1].tags and unit.ent == "other" and not frame.recipient and \
                        not any(u.ent == "target" for u in units):
                    frame.recipient = "other"  # "a request from Kyiv" in a sentence without the target
            elif "IN" in prev.tags and k > 1 and "ORIGIN" in units[k - 2].tags:
                frame.ties.append(("origin", unit.ent, k))
            elif "SUP" in prev.tags or (prev.obj == "arm"):
                if unit.ent == "target":
                    frame.recipient = frame.recipient or "target"
                elif not frame.recipient:
                    frame.recipient = "other"
        elif "NONWEAPON" in unit.tags and k > 0 and "FOR" in units[k - 1].tags:
            frame.civil_use = True  # "drones for demining": equipment for a civilian purpose
        elif "GENREC" in unit.tags and (
                k > 0 and (units[k - 1].tags & {"TO", "DET"} or units[k - 1].obj == "arm" or units[k - 1].low in ("to", "for"))
                or k > 1 and "TO" in units[k - 2].tags):
            frame.recipient = frame.recipient or "generic"
        k += 1


def _listed_recipient(units: list[Unit], p: int, name: int) -> bool:
    """Is the name at `name` (after `p`) listed with a recipient before it ("to Poland and Ukraine", "to Poland
    and to Ukraine", "to Poland, Romania or Ukraine"), the list ending there ("… and Ukraine protested" is a
    clause of its own)?"""
    after = units[name + 1] if name + 1 < len(units) else None
    if after is not None and not (after.low in (".", ",", ";", ":", "and", "or", "next") or after.low in TIME_WORDS or
                                  after.low in MONTH_NAMES or after.tags & {"PREP", "QUOTE", "HIST"}):
        return False
    if "TO" in units[p].tags and p > 0:
        p -= 1  # "and to Ukraine"
    if units[p].low not in ("and", "or", ","):
        return False
    k = p - 1
    while k > 0 and (units[k].ent or units[k].low in ("and", "or", ",") or "DET" in units[k].tags or
                     not units[k].tags and units[k].low.isalpha() and p - k <= 6):
        k -= 1  # ("to Poland, the Baltic states and Ukraine")
    return "TO" in units[k].tags and k < p - 1


_DELAYING = ("delay", "postpon", "defer", "put off")


def _site_in_other_country(units: list[Unit], to: int) -> bool:
    """ "available to a training centre in Romania": a place or body named only by what it is, in another
    country, receives for that country (never the target)."""
    k = to + 1
    if k >= len(units) or "DET" not in units[k].tags:
        return False
    k += 1
    start = k
    while k < len(units) and k - start < 3 and units[k].tags <= {"NSHEAD"} and not units[k].ent and \
            units[k].low.isalpha():
        k += 1
    return start < k and k + 1 < len(units) and units[k].low in ("in", "at") and units[k + 1].ent == "other" and \
        not any(units[j].ent == "target" and units[j - 1 - ("DET" in units[j - 1].tags)].low in ("to", "for")
                for j in range(k + 2, len(units)))  # ("… to a hub in Poland, from where … to Ukraine")


def _place_modifier(units: list[Unit], k: int) -> bool:
    """Is the name at k a modifier of a site noun after it ("U.S. production lines", "Polish plants")?"""
    return k + 1 < len(units) and bool(units[k].ent) and units[k + 1].low in _SITE_NOUNS


_SITE_NOUNS = frozenset({"production", "assembly", "factory", "factories", "plant", "plants", "facility", "facilities",
                         "subsidiary", "subsidiaries", "site", "sites", "warehouse", "warehouses", "depot", "depots"})


def _infinitive_after_and(units: list[Unit], conj: int) -> bool:
    """ "… and to report back": "to" and a plain word that is no noun phrase (no name, object, determiner or
    pronoun) start a coordinated infinitive."""
    if conj + 2 >= len(units) or units[conj + 1].low != "to":
        return False
    verb = units[conj + 2]
    return not (verb.ent or verb.obj or verb.cap or verb.tags & {"DET", "POSS", "POSSPRON", "PRON", "FIRSTP"}) and \
        verb.low.isalpha()


def _possessed_relation(units: list[Unit], k: int) -> bool:
    """A noun of relation after a possessive, over up to two plain adjectives: "neighbour", "former ally",
    "western neighbour"."""
    for j in range(k, min(k + 3, len(units))):
        if units[j].low in RELATION_NOUNS:
            return True
        if units[j].tags or units[j].ent or units[j].obj or not units[j].low.isalpha():
            return False
    return False


def _sold_to_actor(units: list[Unit], to: int, k: int, frame: Frame) -> bool:
    """ "sales of F-35 jets to the UAE": the actor named right after the goods or the supply verb as their
    recipient is the buyer, when no request or report turns "to" into an address ("appealed to Berlin for
    tanks", "wrote to London") and no other verb owns the "to" ("belonging to the Royal Armed Forces")."""
    if units[to].low != "to" or to < 1 or any(op in ("PRESS", "REPORT", "QUESTION") for op, _, _ in frame.ops):
        return False
    if not (units[to - 1].obj or units[to - 1].tags & {"SUP", "SUPN"}):
        return False
    after = units[k + 1] if k + 1 < len(units) else None
    return after is None or bool(after.tags) or after.cap or not after.low.isalpha()  # not "to British crews"


# A refusal noun that may be the subject of its own predicate, and the verbs that say it lasts.
_REFUSAL_NOUNS = frozenset({"refusal", "ban", "embargo", "veto", "moratorium"})
_LASTING = frozenset({"survive", "last", "hold", "endure", "stand", "persist", "continue", "remain"})


def lapsing_refusal(units: list[Unit], anchor: int, frame: Frame) -> list[tuple[str, int, float]]:
    """'the country's refusal to arm Ukraine might not survive …', '… ban on arms exports could end': a
    refusal noun that is the subject of a modal "not last" or "end" predicate is a refusal that may lapse,
    an opening. The operators over the refusal (level 1, after it in the fold); none when no such predicate."""
    refusal = next((i for op, i, level in frame.ops if op == "REFU" and level == 0 and i < anchor and
                    units[i].low in _REFUSAL_NOUNS), None)
    if refusal is None or refusal > 0 and not units[refusal - 1].tags & {"POSS", "POSSPRON", "DET"}:
        return []
    k = anchor + 1
    while k < len(units) and k - anchor <= 6 and not units[k].tags & {"MODAL", "FUT"}:
        if units[k].tags & {"COMMA", "HARD", "REL", "COMP", "CONJ", "SUB", "REPORT"} or \
                units[k].tags & PREDICATES and not units[k].obj and "SUPN" not in units[k].tags:
            return []  # another verb first: the object phrase has ended
        k += 1
    if k >= len(units) or k - anchor > 6 or k + 2 >= len(units) or not units[k].tags & {"MODAL", "FUT"}:
        return []
    negated = units[k + 1].low in ("not", "n't")
    verb = units[k + 2] if negated else units[k + 1]
    if negated and verb.low in _LASTING:
        return [("NEG", k + 1, 1), ("MODAL", k, 1.1)]  # "might not survive": the refusal may not last
    v = k + 1
    while not negated and v + 1 < len(units) and "ADV" in units[v].tags:
        v += 1  # "may soon change", "could eventually be lifted"
    if not negated and units[v].low == "be" and v + 1 < len(units):
        v += 1  # "could be lifted / reversed": the passive of ending it
    if not negated and (op_of(units[v]) == "END" or op_of(units[v]) == "CHANGE" and not _changes_something(units, v)):
        return [("END", v, 1), ("MODAL", k, 1.1)]  # "could end soon", "could change": a refusal that may go
    return []


def _changes_something(units: list[Unit], verb: int) -> bool:
    """ "could change the course of the war": a change verb with an object of its own changes that, not itself."""
    return verb + 1 < len(units) and bool(units[verb + 1].tags & {"DET", "POSS", "POSSPRON", "ENT"})


# Head nouns of an organisation an appositive may make a country's own: "Russia's state arms trading company".
_BODY_NOUNS = frozenset({"company", "agency", "firm", "corporation", "enterprise", "exporter", "importer",
                         "conglomerate", "holding", "intermediary", "ministry", "army", "military"})


def _place_in_target(units: list[Unit], k: int) -> bool:
    """Is the unknown name at k a place inside the target ("Odesa in southern Ukraine", "Makhachkala in
    Russia's Dagestan region")? A country is never inside another, and "in" a date or any other place is no tie."""
    if k + 2 >= len(units) or units[k].low in COUNTRY_WORDS or "IN" not in units[k + 1].tags:
        return False
    j = k + 2
    if not units[j].tags and not units[j].ent and not units[j].cap and j + 1 < len(units):
        j += 1  # "in southern Ukraine"
    return units[j].ent == "target" and units[j].how == "name"


def _target_body(units: list[Unit], k: int) -> bool:
    """Is the unknown name at k set off by an appositive that makes it the target's own organisation
    ("Rosoboronexport, Russia's state arms trading company", "Ukrspecexport, a Ukrainian state agency")? A
    country ("Poland, Ukraine's neighbour") or a relation noun keeps it another party."""
    if k + 3 >= len(units) or units[k + 1].low != "," or units[k].low in COUNTRY_WORDS:
        return False
    j = k + 2
    if "DET" in units[j].tags:
        j += 1
    if units[j].ent != "target":
        return False
    j += 2 if j + 1 < len(units) and "POSS" in units[j + 1].tags else 1 if units[j].how == "adj" else len(units)
    for m in range(j, min(len(units), j + 5)):
        if units[m].low in _BODY_NOUNS:
            return True
        if units[m].ent or units[m].low in RELATION_NOUNS or units[m].tags & {"COMMA", "CONJ", "HARD"}:
            return False
    return False


def _others_supply_noun(units: list[Unit], p: int) -> bool:
    """Does the "to / for" at p hang on another party's supply noun ("Polish donations to", "Poland's
    deliveries to")? The name after it receives that party's supply, not the clause's."""
    if p < 2 or "SUPN" not in units[p - 1].tags or not units[p].tags & {"TO", "FOR"}:
        return False
    owner = p - 3 if "POSS" in units[p - 2].tags else p - 2
    return owner >= 0 and units[owner].ent == "other"


def _negated_recipient(units: list[Unit], p: int, last: int) -> int | None:
    """The index of "neither" in "to neither Ukraine" / "neither to Ukraine" (p is the word before the name)."""
    if units[p].low == "neither" and p - 1 > last and units[p - 1].tags & {"TO", "FOR"}:
        return p
    if units[p].tags & {"TO", "FOR"} and p - 1 > last and units[p - 1].low == "neither":
        return p - 1
    return None


def _for_use(units: list[Unit], prep: int) -> bool:
    """Is the preposition at `prep` the "in"/"by" of a purpose phrase "for use in / by X"?"""
    return prep >= 2 and units[prep].low in ("in", "by") and units[prep - 1].low == "use" and \
        "FOR" in units[prep - 2].tags


def _onward(units: list[Unit], to: int) -> bool:
    """Do the words before "to Ukraine" make it the final destination past the first buyer
    ("for onward delivery to", "for re-export to", "intends to send on to", "destined for"; "bound for Poland,
    from where the vehicles will be taken by rail to Ukraine")?"""
    return any(unit.low in ONWARD_WORDS for unit in units[max(0, to - 3):to + 1]) or \
        any(units[j].low == "from" and units[j + 1].low in ("where", "there") for j in range(max(0, to - 14), to))


_PURCHASE_NOUNS = frozenset({"purchase", "purchases"})


def weighed_purchase(units: list[Unit], anchor: int, frame: Frame) -> int | None:
    """ "The purchase of Japanese weapons by Ukraine is being evaluated": a purchase noun whose buyer is the
    target (its "by" agent or its possessor), with the actor's goods, under a passive weighing verb. The sale
    is only weighed, not made: the weighing verb is the clause's verdict (an option, no supply). Returns
    its index."""
    if frame.verdict or not any(op == "RECV" and level == 0 and i < anchor and units[i].low in _PURCHASE_NOUNS
                                for op, i, level in frame.ops):
        return None
    by = next((k for how, cls, k in frame.ties if how == "by" and cls == "target" and k > anchor), None)
    if by is None and not (frame.agent is not None and frame.agent.cls == "target" and frame.agent.how == "possessor"):
        return None
    start = (by if by is not None else anchor) + 1
    k = start
    while k < len(units) and k < start + 3 and "AUX" in units[k].tags:
        k += 1
    return k if start < k < len(units) and "CONS" in units[k].tags else None


def weighed_whether(units: list[Unit], anchor: int, frame: Frame) -> int | None:
    """ "Whether Dutch jets will be sent to Kyiv is still being examined": a "whether" clause opening the
    sentence is its subject, and the weighing verb after it is the clause's verdict on the supply inside
    (an open option, like "is examining whether …"). Returns the weighing verb's index."""
    whether = next((i for op, i, level in frame.ops if op == "WHETHER" and i < anchor), None)
    if whether is None or any(not units[k].tags & {"QUOTE"} for k in range(whether)) or \
            units[whether].low != "whether":
        return None
    if any(units[k].ent == "other" for k in range(whether, anchor)):
        return None  # "Whether Belgian jets will be sent …": another party's goods, weighed by no one named
    verb = next((i for op, i, level in frame.ops if level == 0 and i > anchor and op in PREDICATES), None)
    k = (verb if verb is not None else anchor) + 1
    while k < len(units) and not (units[k].low in BE_FORMS or units[k].low in ("remains", "remain")):
        if units[k].tags & {"COMMA", "HARD", "QUOTE", "REPORT", "CONJ"} or units[k].obj:
            return None
        k += 1
    k += 1
    while k < len(units) and units[k].tags & {"AUX", "ADV"}:
        k += 1
    return k if k < len(units) and "CONS" in units[k].tags else None


# Holdings goods are taken from: "from the stocks of …", "from the reserves of the army of …".
_STOCK_NOUNS = frozenset({"stock", "stocks", "stockpile", "stockpiles", "reserves", "inventory", "inventories",
                          "arsenal", "arsenals", "depots", "warehouses", "holdings"})
_FORCE_WORDS = frozenset({"army", "armed", "forces", "force", "air", "navy", "military", "defence", "defense"})


def _from_stocks_of(units: list[Unit], of: int) -> bool:
    """Does the "of" at `of` close "from the stocks (of the army) of": a holding named after "from", whose
    owner the name after this "of" is (the source of the goods, like "from Czech army stocks")?"""
    stock = False
    k = of - 1
    while k >= 0 and of - k <= 7:
        unit = units[k]
        if "FROM" in unit.tags:
            return stock
        if unit.low in _STOCK_NOUNS:
            stock = True
        elif not (unit.tags & {"DET", "GENERIC"} or unit.low == "of" or unit.low in _FORCE_WORDS):
            return False
        k -= 1
    return False

