"""Sentence-wide facts read once per sentence, whatever the anchor.

The subject of the first main clause, a closing speaker (", a senior official said."),
a closing doubt (", Moscow claimed.") or media report (", the New York Times reported.").
The leading condition ("If Pyongyang deepens its role, …") is in `agents`, which needs it too.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.detect.agents import Agent, after_dateline, np_class, possessed_relation
from monitor.detect.lexicon import WEAPON_NOUNS
from monitor.detect.polarity import PREDICATES, outer_report
from monitor.detect.tagging import Unit, after_opening_quotes

# What is alleged: "a claim Paris has not answered", and as the head of a subject that is no party ("Claims …").
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "assertion", "charge", "rumour", "rumor", "suggestion"})
_CLAIM_HEADS = _CLAIM_NOUNS | {noun + "s" for noun in _CLAIM_NOUNS}
_EVIDENCE_NOUNS = frozenset({"evidence", "proof", "proofs", "source", "sources"})  # ", without citing a source"


# Things handed over, never a subject that speaks or acts: "The equipment, which …, was handed over"
_GOODS = frozenset({"equipment", "materiel", "hardware", "aid", "package", "systems", "vehicles"}) | WEAPON_NOUNS


def main_subject(units: list[Unit]) -> Agent | None:
    """The subject of the first main clause (after "Asked whether …," or "On Friday,")."""
    start = after_dateline(units)
    first = units[start] if start < len(units) else None
    if first is not None and (first.tags & {"SUB", "PREP", "QUESTION", "COND", "HIST", "LIST"} or
                              first.low.endswith("ing") or first.low in ("asked", "ahead", "prior")):
        for k in range(start, len(units)):
            if units[k].low == ",":
                start = k + 1
                break
        if start + 1 < len(units) and units[start].low == "and" and "PREP" in units[start + 1].tags:
            # "Under the treaty, and in line with the contract signed in Tehran, the drones …": a second opening
            # phrase joined to the first; its names are no subject either
            start = next((k + 1 for k in range(start, len(units)) if units[k].low == ","), start)
    for k in range(start, len(units)):
        unit = units[k]
        if unit.tags & (PREDICATES | {"AUX", "MODAL", "NEG", "REPORT", "HARD", "COMP"}) or unit.obj:
            return None
        if "REL" in unit.tags and k > start:
            # "The group, which publishes analyses …, said": a body no one tracks; "The equipment, which the ministry
            # said …": a thing. Whoever the relative clause names is neither.
            head = k - 1 - (units[k - 1].low == ",")
            plain = head >= start and not units[head].tags and not units[head].ent and units[head].low.isalpha() and \
                units[head].low not in _GOODS
            return Agent("other", "common-np", head) if plain else None
        agent = np_class(units, k)
        if agent is None and "OUTSIDER" in unit.tags and k + 1 < len(units) and "OF" in units[k + 1].tags:
            return Agent("other", "outsider", k)  # "Fifty-one percent of French people oppose …": a poll's share
        if agent is None and unit.low in _CLAIM_HEADS:
            return None  # "Claims circulating on Telegram channels that …": a claim is the subject, no party
        if agent is not None and agent.how == "origin":
            continue  # "Trucks carrying Vietnamese-made rifles crossed …": a maker's mark on goods names no subject
        if agent is not None and possessed_relation(units, k):
            return Agent("other", "relation", k + 2)  # "Japan's partner, Australia, has sent …"
        if agent is not None and agent.cls == "actor" and k > start and units[k - 1].low in ("former", "retired"):
            return Agent("other", "outsider", k)  # "a former Kenyan ambassador wrote …": no longer its voice
        if agent is not None:
            return agent
    return None


def media_report(units: list[Unit]) -> bool:
    """ ", the New York Times reported." / ", Axios reported, citing officials.": someone else's
    report of the actor's supply, not the actor's word (it supports no `supplies` on its own)."""
    for k in range(len(units) - 1, max(0, len(units) - 14), -1):
        if units[k].low in ("reported", "reports", "reporting") and k > 0:
            j = k - 1
            while j >= 0 and units[j].low != "," and k - j <= 8:
                j -= 1
            span = units[j + 1:k]
            if j < 0:
                return False
            if span and span[0].low in _TIME_SUBORDINATORS and _reported_before(units, j):
                return False  # ", an official confirmed, after a newspaper first reported it": the confirmation is the source
            if span and span[0].low.startswith("confirm") and _reported_before(units, j):
                return False  # ", Austin said, confirming a shipment that Israeli media had reported": confirmed
            if any("OUTSIDER" in u.tags for u in span):
                return True  # "a Dutch newspaper reported": media, whatever its nationality
            return not any(u.ent == "actor" for u in span) and any(u.ent in ("other", "target") for u in span)
        if units[k].obj or units[k].tags & PREDICATES:
            return False
    return False


_TIME_SUBORDINATORS = frozenset({"after", "following", "since", "when", "days", "weeks", "hours"})


def _reported_before(units: list[Unit], comma: int) -> bool:
    """Does a reporting clause (", a ministry official confirmed on Monday") end at the comma?"""
    k = comma - 1
    while k >= 0 and units[k].low != "," and comma - k <= 10:
        if "REPORT" in units[k].tags:
            return True
        k -= 1
    return False


# A country's own official media: "state media", "state-run television", "the official news agency".
_STATE_MEDIA_OWNERS = frozenset({"state", "state-run", "state-owned", "official"})
_STATE_MEDIA_WORDS = frozenset({"media", "television", "tv", "radio", "broadcaster", "news", "agency", "press"})
_STATE_MEDIA_VERBS = frozenset({"reported", "reports", "said", "says", "announced", "announces"})


def unowned_state_media(units: list[Unit]) -> int:
    """ ", state media reported on Friday" closing a clause, the media owned by no one named: the index of
    "state", else -1. Whose media they are is the sentence subject's to say (the caller's)."""
    for k in range(len(units) - 4, 0, -1):
        if units[k].low != ",":
            continue
        j = k + 1
        if "DET" in units[j].tags:
            j += 1
        if j + 2 < len(units) and units[j].low in _STATE_MEDIA_OWNERS and units[j + 1].low in _STATE_MEDIA_WORDS:
            verb = j + 2 if units[j + 2].low not in _STATE_MEDIA_WORDS else j + 3
            if verb < len(units) and units[verb].low in _STATE_MEDIA_VERBS:
                return j
    return -1


def trailing_doubt(units: list[Unit]) -> bool:
    """ ", Russian state media alleged." / ", Moscow claimed on Monday." closing the sentence."""
    for k in range(len(units) - 2, max(0, len(units) - 14), -1):
        # ", a claim Israeli officials did not address." / ", an allegation Paris has not answered.":
        # an appositive that files what came before as someone's claim, unless it is confirmed.
        if units[k].low == "," and units[k + 1].low in ("a", "an", "the") and k + 2 < len(units) and \
                units[k + 2].low in _CLAIM_NOUNS:
            return not any(u.low.startswith("confirm") or u.obj for u in units[k + 2:])
        if units[k].low == "," and units[k + 1].low in ("a", "an", "the") and k + 2 < len(units) and \
                units[k + 2].low == "report" and any(u.tags & {"DENY", "NEG"} for u in units[k + 3:]):
            return True  # ", a report that Brasilia denied", ", a report Seoul has not confirmed"
    for k in range(len(units) - 3, max(0, len(units) - 8), -1):
        # ", … claimed on television, without offering any proof.": a claim its speaker does not support
        if units[k].low == "," and units[k + 1].low == "without" and \
                any(u.low in _EVIDENCE_NOUNS for u in units[k + 2:k + 5]):
            return True
    for k in range(len(units) - 1, max(0, len(units) - 10), -1):
        unit = units[k]
        verb = unit.low.endswith("ed") or (unit.low in ("claims", "alleges") and not units[k - 1].tags & {"PREP", "DET"})
        if "DOUBT" in unit.tags and verb:
            comma = next((j for j in range(k - 1, max(0, k - 8) - 1, -1) if units[j].low == ","), -1)
            # ", confirming a practice that Moscow had alleged": the allegation sits in what the speaker
            # confirms, so it is no doubt on the sentence
            return comma >= 0 and not any(u.low.startswith(("confirm", "verif")) for u in units[comma + 1:k])
        if units[k].obj or units[k].tags & PREDICATES:
            return False
    return False


_TRUTH_WORDS = frozenset({"confirmed", "true", "accurate", "correct", "verified", "authentic", "genuine"})


def truth_condition(units: list[Unit]) -> bool:
    """ "If confirmed, …", "If the report is true, …": a leading condition on whether a report is true
    leaves what follows unconfirmed, never the actor's own conditional opening."""
    lead = after_opening_quotes(units)
    if lead >= len(units) or "COND" not in units[lead].tags:
        return False
    for k in range(lead + 1, min(len(units), lead + 7)):
        if units[k].low == ",":
            return units[k - 1].low in _TRUTH_WORDS
    return False


def trailing_speaker(units: list[Unit]) -> Agent | None:
    """ ", a senior official said." / ", Kyiv said on Monday." / ", said Yoon." closing the sentence,
    also before a tail about the speaker (", …said, while declining to …", ", … said, adding that …")."""
    end = len(units)
    for h, unit in enumerate(units):
        # "…has been abandoned, the prime minister told parliament; Norway will …": the reporting
        # clause closes the first half; what follows the semicolon is a sentence of its own.
        if "HARD" in unit.tags and unit.low == ";" and \
                any("REPORT" in units[j].tags and is_report_verb(units, j) and "COMMA" in units[j - 2].tags | units[j - 1].tags
                    for j in range(max(2, h - 3), h)):
            end = h
            break
    for k in range(end - 2, 0, -1):
        nxt = units[k + 1]
        # (", the ministry confirmed this month, and a further batch is …": a clause joined by "and" after
        # the reporting clause is one more statement; the reporting clause still closes the first)
        if units[k].low == "," and (nxt.tags & {"CONTRAST", "SUB"} or nxt.low in ("as", "adding", "saying", "with", "without") or
                                    nxt.low == "and" and k + 2 < len(units) and units[k + 2].low != "that" or
                                    (nxt.low.endswith("ing") and not nxt.tags & {"PREP"}) or _time_span(units, k + 1) or
                                    nxt.low in _ADJUNCT_PREPOSITIONS or _summing_apposition(units, k + 1)):
            if any("REPORT" in units[j].tags and is_report_verb(units, j) or _closing_announcement(units, j)
                   for j in range(max(0, k - 8), k)):
                end = k
                break
        if units[k].low == "," and any("REPORT" in u.tags for u in units[k + 1:k + 8]):
            break  # the reporting clause itself (", Jonson said."): no tail after it
    for k in range(end - 1, 0, -1):
        unit = units[k]
        if "REPORT" in unit.tags and is_report_verb(units, k) and not _report_noun(units, k) or \
                _closing_announcement(units, k):
            j = k - 1
            while j >= 0 and units[j].low not in (",", "”", '"') and k - j <= 10:
                j -= 1
            span: Sequence[int] = range(j + 1, k) if j >= 0 and units[j].low in (",", "”", '"') else range(0)
            if j == k - 1 and unit.low.endswith("ing"):
                continue  # ", saying they were needed …": what the subject said, no speaker after it
            apposed = _apposed_name_before(units, j) if j == k - 1 else None
            if apposed is not None:
                # ", a Pentagon spokesman, Mark Dorsey, said": the title says whose voice it is; the name only
                # when it is one of the stance's own (a person it does not know is no party of their own)
                title, name = apposed
                span = [*range(title, name), *(m for m in range(name + 1, j) if units[m].ent in ("actor", "target"))]
            elif j == k - 1:
                span = range(k + 1, min(len(units), k + 8))  # ", said Yoon."
            elif k + 2 < len(units) and "BY" in units[k + 1].tags and unit.low.endswith("ed"):
                # "…, according to documents seen by this paper and confirmed by the government": a passive
                # reporting participle names its speaker after "by", not in the words before it
                span = range(k + 2, min(len(units), k + 8))
            best: Agent | None = None
            if span and span[0] < k and any(units[m].low in ("neither", "nor") for m in span):
                return None  # "…, a claim that neither Moscow nor Tehran confirmed": no one vouches for it
            if any("OUTSIDER" in units[m].tags for m in span):
                quoted = _quoted_source(units, k)
                if quoted is not None:
                    return quoted  # "…, a newspaper said, quoting a defence ministry official": the one quoted
                return Agent("other", "outsider", span[0])  # "an opposition lawmaker in Seoul"
            for m in span:
                agent = np_class(units, m)
                if agent is not None and agent.cls in ("actor", "target", "other"):
                    return _joint_speaker(units, span) or agent
                best = best or agent
            return best
        if unit.obj or unit.tags & (PREDICATES - {"PRESS", "DIST"}):
            return None
    return None


def _apposed_name_before(units: list[Unit], comma: int) -> tuple[int, int] | None:
    """ ", a Pentagon spokesman, Mark Dorsey, said": before the comma that closes a name set off by commas, the
    speaker's title; where that title starts (after the comma before it) and the comma before the name."""
    name = comma - 1
    while name > 0 and units[name].cap and comma - name <= 3:
        name -= 1
    if name == comma - 1 or units[name].low != ",":
        return None
    start = name - 1
    while start > 0 and units[start].low != "," and name - start <= 12:
        start -= 1
    if units[start].low != "," or start == name - 1:
        return None
    return start + 1, name


def _summing_apposition(units: list[Unit], k: int) -> bool:
    """ ", a milestone that …", ", a move which …": a noun phrase summing up the sentence before it."""
    return units[k].low in ("a", "an") and any(u.low in ("that", "which") for u in units[k + 2:k + 4])


def quoted_attribution(units: list[Unit]) -> Agent | None:
    """ 'Lavrov: "Japan is sending …"': a speaker label before a quotation names whose word it is. A label
    naming another party or a person the stance does not list makes the quotation that speaker's claim
    (how "quoted"); the actor's own speakers ("Kishida: …") keep theirs, and a report's own voice
    ("Update: Japan is …") has no quotation after its colon."""
    colon = next((j for j in range(min(len(units), 7)) if units[j].low == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(units) or "QUOTE" not in units[colon + 1].tags or \
            any(u.tags & {"REPORT", "QUOTE", "COMMA"} for u in units[:colon]):
        return None  # 'Lavrov said: "…"' and 'Update: Japan …' are read as they are
    named = [j for j in range(colon) if units[j].ent]
    if not named or any(units[j].ent == "actor" for j in named):
        return None  # "Kishida: …": the actor's own speaker
    k = named[-1]
    return Agent(units[k].ent if units[k].ent in ("other", "target") else "other", "quoted", k)


def _quoted_source(units: list[Unit], report: int) -> Agent | None:
    """ "…, a state-run newspaper said on Thursday, quoting a defence ministry official.": the source a
    medium quotes after its reporting verb is the speaker; an outsider quoted stays an outsider."""
    at = next((j for j in range(report + 1, len(units) - 1) if units[j].low == "quoting" and units[j - 1].low == ","),
              None)
    if at is None:
        return None
    span = []
    for m in range(at + 1, min(len(units), at + 9)):
        if units[m].low in (",", ".", ";"):
            break
        span.append(m)
    if any("OUTSIDER" in units[m].tags for m in span):
        return None
    best: Agent | None = None
    for m in span:
        agent = np_class(units, m)
        if agent is not None and agent.cls in ("actor", "target", "other"):
            return agent
        best = best or agent
    return best


def leading_attribution(units: list[Unit]) -> Agent | None:
    """ "According to the minister, another twelve howitzers will be handed over …": a leading attribution
    names the speaker of the whole sentence, as a closing ", the minister said" would."""
    lead = after_opening_quotes(units)
    if lead >= len(units) or units[lead].low != "according to":
        return None
    comma = next((k for k in range(lead + 1, min(len(units), lead + 10)) if units[k].low == ","), None)
    if comma is None:
        return None
    best: Agent | None = None
    for m in range(lead + 1, comma):
        if "OUTSIDER" in units[m].tags:
            return None
        agent = np_class(units, m)
        if agent is not None and agent.cls in ("actor", "target", "other"):
            return agent
        best = best or agent
    return best


def _closing_announcement(units: list[Unit], k: int) -> bool:
    """ "…, President Macron announced on Thursday.": "announced" after a comma and a short subject
    reports what came before like "said"; elsewhere it commits to what follows."""
    if units[k].low not in ("announced", "announces"):
        return False
    j = next((j for j in range(k - 1, max(-1, k - 7), -1) if units[j].low == ","), None)
    return j is not None and all(not u.tags & (PREDICATES | {"REPORT"}) and not u.obj for u in units[j + 1:k])


def _report_noun(units: list[Unit], k: int) -> bool:
    """ "… said on Monday in a written reply to …": a reporting word after a determiner (over one
    participle) is a noun of the tail, not the reporting verb that closes the sentence."""
    j = k - 1
    if j >= 1 and "REPORT" in units[j].tags and units[j].low.endswith(("ed", "en")):
        j -= 1  # "a written reply", "a published statement"
    if units[k].low == "states" and j >= 1 and units[j].ent:
        j -= 1  # "paid for by the Nordic states": countries, not "states" as a verb
    return j >= 0 and "DET" in units[j].tags


# ", in the first transfer of its kind", ", at a briefing in Taipei": a prepositional adjunct after the
# reporting clause says where or how it was said; the clause before it still closes the sentence.
_ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "during", "amid", "despite", "under"})


def _time_span(units: list[Unit], k: int) -> bool:
    """ ", nearly two years after Tokyo agreed …": a measure of time opening a tail clause."""
    j = k
    while j < len(units) and j - k < 4 and units[j].tags <= {"DET"} and not units[j].ent and units[j].low.isalnum():
        j += 1
    return k < j < len(units) and units[j - 1].low in _TIME_UNITS and "SUB" in units[j].tags


_TIME_UNITS = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year"})


def _joint_speaker(units: list[Unit], span: Sequence[int]) -> Agent | None:
    """ ", the Pentagon and Japan's defence ministry said": a statement made jointly with the actor
    is the actor's word too."""
    if not any(units[m].low == "and" for m in span):
        return None
    return next((Agent("actor", "joint", m) for m in span if units[m].ent == "actor"), None)


def is_report_verb(units: list[Unit], i: int) -> bool:
    """ "said", "told" as a verb introducing a clause (not "a report", not "according")."""
    unit = units[i]
    if unit.low in ("add", "adds", "added", "adding") and i + 2 < len(units) and units[i + 1].low == "to" and \
            units[i + 2].low not in _AUDIENCES:
        return False  # ", adding to the 12 guns already there": adding to a count, not a word said
    if unit.low in ("add", "adds", "added", "adding") and _added_to_something(units, i):
        return False  # "to add the launchers to the package": an inclusion, not a word said
    if unit.low.startswith("inform") and any(u.low == "of" for u in units[i + 1:i + 6]):
        return False  # "informed the Riksdag of its decision to approve …": a decision made known, not a word said
    return unit.low not in ("report", "reports", "according to") and "DIST" not in unit.tags


def _added_to_something(units: list[Unit], add: int) -> bool:
    """Does the verb of adding at `add` take a plain noun phrase and then "to / into" ("add the K9 to the
    package")? A clause after it ("added the decision was final") has a verb before any "to"."""
    k = add + 1
    while k < len(units) and k - add <= 6 and (units[k].obj or "DET" in units[k].tags or
                                                not units[k].tags and not units[k].ent and units[k].low.isalnum()):
        k += 1
    return k > add + 1 and k < len(units) and units[k].low in ("to", "into")


_AUDIENCES = frozenset({"reporters", "journalists"})


# Groups who speak for no government unless the sentence ties them to one ("Japanese diplomats").
_UNTIED_GROUPS = frozenset({"diplomat", "diplomats", "partners"})  # "Coalition partners argued …": no owner


def argued_view(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Critics argued that Japan could not keep arming …": the clause hangs on a verb of arguing, so
    even a refusal in it is the arguers' case for a policy, never the actor's own."""
    first = min((i for _, i, level in ops if level == 0), default=0)
    # the verb of arguing before the clause ("argued the opposite: that …" leaves it outside the walk)
    report = next((k for k in range(first) if units[k].low.startswith("argu") and "REPORT" in units[k].tags), None)
    if report is None:
        return False
    subject = units[after_dateline(units):report]
    return not any(u.ent == "actor" for u in subject) and \
        any(u.ent == "other" or "OUTSIDER" in u.tags or u.low in _UNTIED_GROUPS for u in subject)


def _outsider_after(units: list[Unit], k: int, end: int) -> bool:
    """Is units[k] (over up to two plain lowercase modifiers) a noun of a speaker who is never the actor?"""
    for j in range(k, min(end, k + 3)):
        if "OUTSIDER" in units[j].tags:
            return True
        if units[j].tags or units[j].cap or units[j].ent:
            return False
    return False


def leading_outsider(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """ "Analysts have said that …", "Diplomats in Rome say …": outsiders open the sentence as the
    subject of the reporting verb the clause hangs on; what follows is their view, not a position.
    A place after a preposition ("in Rome") is where they sit, not whom they speak for."""
    report = outer_report(ops)
    start = after_dateline(units)
    if report is None or report <= start:
        return False
    if "PREP" in units[start].tags:  # "In its 'rupture' scenario, the authors project …": the opener sets the scene
        start = next((j + 1 for j in range(start, report) if units[j].low == ","), start)
    # "The daily cited customs records, and an opposition lawmaker said that …": a clause of its own
    for j in range(start, report):
        if units[j].low == ";":
            start = j + 1
        elif units[j].low == "," and j + 1 < report and units[j + 1].tags & {"CONJ", "CONTRAST"}:
            start = j + 2
    outsiders = False
    k = start - 1
    while k + 1 < report:
        k += 1
        unit = units[k]
        if outsiders and unit.low == "," and k + 1 < report and units[k + 1].low.endswith("ing") and \
                not units[k + 1].tags:
            # "The senator, visiting Athens with a delegation, told …": what the outsider is doing, not who
            # they speak for
            close = next((j for j in range(k + 1, report) if units[j].low == ","), None)
            if close is not None:
                k = close
                continue
        if "POSS" in unit.tags and k > start and "GENERIC" in units[k - 1].tags:
            return False  # "The government's motion says …", "The government's answer to the petition": its own
        if "OUTSIDER" in unit.tags or unit.low in _UNTIED_GROUPS:
            outsiders = True
        elif unit.ent and unit.how == "adj" and _outsider_after(units, k + 1, report):
            continue  # "a Japanese nationalist commentator": a nationality does not make a pundit a government voice
        elif unit.ent and not (k > start and "PREP" in units[k - 1].tags):
            return False  # "Japanese diplomats": the actor's own
        elif unit.obj or unit.tags & (PREDICATES | {"COMMA", "HARD", "COMP", "SUB", "QUOTE", "NEG", "MODAL"}):
            return False
    return outsiders
