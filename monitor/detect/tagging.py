"""Sentence → units: words, names and multi-word expressions, each with its roles.

A unit is one token or one matched expression ("South Korea", "air-defence systems",
"not ruling out" is three units: "not", "ruling out"). The stance's names are compiled
into regular expressions once per stance (`matcher_for`), so reading an article costs a
few regex scans per sentence and dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from monitor.detect import lexicon as lx
from monitor.detect.demonyms import COUNTRY_WORDS, PLACE_NAMES
from monitor.detect.stance import Stance

# Tags: what a unit can do in a sentence (see claims.py for how each one is used).
_WORD_TAGS: dict[str, set[str]] = {}


def _tag(words: frozenset[str], *tags: str) -> None:
    for word in words:
        _WORD_TAGS.setdefault(word, set()).update(tags)


_tag(lx.SUPPLY_VERBS, "SUP")
_tag(lx.SUPPLY_NOUNS, "SUPN")
_tag(lx.RECEIVE_VERBS, "RECV")
_tag(lx.ARRIVE_VERBS, "ARRIVE")
_tag(lx.CONSIDER, "CONS")
_tag(lx.CONSIDER_DIRECT, "CONSD")
_tag(lx.REFUSE, "REFU")
_tag(lx.DECIDE, "DECIDE")
_tag(lx.COMMIT, "COMMIT")
_tag(lx.ASPECT, "ASPECT")
_tag(lx.END, "END")
_tag(lx.CHANGE, "CHANGE")
_tag(lx.PRESSURE, "PRESS")
_tag(lx.DIRECTIVE, "DIRECTIVE")
_tag(lx.DEONTIC, "DEONT")
_tag(lx.MODAL, "MODAL")
_tag(lx.NEGATORS, "NEG")
_tag(lx.CONDITIONAL, "COND")
_tag(lx.REPORT, "REPORT")
_tag(lx.DISTANCE, "DIST")
_tag(lx.DENY, "DENY")
_tag(lx.DOUBT, "DOUBT")
_tag(lx.POLICY, "POLICY")
_tag(lx.AUXILIARIES, "AUX")
_tag(lx.PAST_PERFECT, "HAD")
_tag(frozenset({"has", "have", "'ve"}), "HAS")
_tag(lx.FUTURE, "FUT")
_tag(lx.COMPLEMENTIZERS, "COMP")
_tag(lx.RELATIVES, "REL")
_tag(lx.CONTRAST, "CONTRAST")
_tag(lx.SUBORDINATORS, "SUB")
_tag(lx.PREPOSITIONS, "PREP")
_tag(lx.DETERMINERS, "DET")
_tag(lx.ADVERBS, "ADV")
_tag(lx.HISTORY, "HIST")
_tag(lx.PRONOUNS, "PRON")
_tag(lx.POSSESSIVE_PRONOUNS, "POSSPRON")
_tag(lx.FIRST_PERSON, "FIRSTP")
_tag(lx.GENERIC_AGENTS, "GENERIC")
_tag(lx.ROLE_NOUNS, "ROLE")
_tag(lx.NON_ACTOR_ROLES, "OUTSIDER")
_tag(lx.GENERIC_RECIPIENTS, "GENREC")
_tag(lx.WAR_NOUNS, "WAR")
_tag(lx.NON_WEAPONS, "NONWEAPON")
_tag(lx.AID_NOUNS, "AIDN")
_tag(lx.NON_SUPPLY_HEADS, "NSHEAD")
_tag(lx.HINDER, "HINDER")
_tag(frozenset({"and", "or", "&"}), "CONJ")
_tag(frozenset({"arm", "arms", "armed", "arming"}), "ARMV")
_tag(frozenset({"by"}), "BY")
_tag(frozenset({"from"}), "FROM")
_tag(frozenset({"to"}), "TO")
_tag(frozenset({"with"}), "WITH")
_tag(frozenset({"in", "into", "inside"}), "IN")
_tag(frozenset({"for"}), "FOR")
_tag(frozenset({"of"}), "OF")
_tag(frozenset({"there"}), "THERE")
_tag(frozenset({"available"}), "AVAILABLE")
_tag(frozenset({"told", "tell", "tells", "telling", "informed", "assured", "reassured"}), "ADDRESS")
_tag(frozenset({"made", "built", "produced", "manufactured", "designed", "developed"}), "ORIGIN")
_tag(frozenset({"'s", "’s", "'", "’"}), "POSS")
_tag(frozenset({",", "(", ")"}), "COMMA")
_tag(frozenset({";", ":", "—", "–", "--"}), "HARD")
_tag(frozenset({'"', "“", "”", "‘", "«", "»"}), "QUOTE")
_tag(frozenset({"?"}), "QMARK")
WORD_TAGS: dict[str, frozenset[str]] = {word: frozenset(tags) for word, tags in _WORD_TAGS.items()}

# Multi-word expressions, matched before single words; longest match wins. Each is tried
# only at a token that can start it (the first field), so a sentence costs a dict look-up
# per token rather than a scan of every pattern at every character.
# A finite "keep" not after a preposition ("no argument for keeping them" keeps nothing), and the end of its
# clause right after the object: "we are keeping them.", "…, keeping them," he said'.
KEEPING = r"(?<!for\s)(?<!of\s)(?:keep|keeps|kept|keeping)"
CLAUSE_END = r"\s*(?:[.;!\"”]|,\s*[\"”]|,\s+(?-i:[A-Z])|$)"
_SERVICES = "|".join(sorted(lx.SERVICE_NOUNS, key=len, reverse=True))
# Right after a determiner: "the proposed sale" (an adjective), never "has proposed sales" (a verb)
_AFTER_DETERMINER = "(?:" + "|".join(rf"(?<=\b{d}\s)" for d in ("a", "an", "the", "its", "this", "that", "their",
                                                                   "his", "her")) + ")"

_PHRASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("rule rules ruled ruling", r"rul(?:e|es|ed|ing)\s+(?:it\s+|this\s+|that\s+|them\s+|anything\s+)?out", ("REFU",)),
    ("stop stops stopped stopping", r"stop(?:s|ped|ping)?\s+short\s+of", ("REFU",)),
    ("hold holds held holding", r"(?:hold|holds|held|holding)\s+(?:off|back)(?:\s+on)?", ("REFU",)),
    # "placed a hold on deliveries", "the hold on F-16 deliveries": the noun, a halt like "pause"
    ("hold holds", r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))holds?(?=\s+on\b)", ("END",)),
    # "support that army, including with weapons", "helped Kyiv with shells": supporting a party with goods
    # gives them to it, like "supply it with"; what it is given (money, training, arms) the object decides
    ("support supports supported supporting help helps helped helping assist assists assisted assisting",
     r"(?:support|help|assist)(?:s|ed|ing)?(?=\s+(?:[\w'’-]+,?\s+){1,4}?(?:(?:including|especially|notably)\s+)?"
     rf"with\s(?!(?:the\s+|its\s+|their\s+)?(?:{_SERVICES})\b))", ("SUP",)),
    # "will pay for 18 new howitzers for Ukraine", "bought the shells for Kyiv": goods a party buys for a named
    # party are given to it, a supply by the buyer (not "bought … for SEK 2 billion": a price; not "allow
    # the EU to buy arms for Ukraine": an infinitive's buyer is someone else, read as before)
    ("buy buys bought buying purchase purchases purchased purchasing pay pays paid paying",
     r"(?<!to )(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing)|(?:pay|pays|paid|paying)\s+for)"
     rf"(?!\s+(?:the\s+|its\s+|their\s+)?(?:{_SERVICES})\b)(?=\s+(?:[\w'’-]+\s+){{1,6}}?for\s+(?-i:[A-Z][a-z]))",
     ("SUP",)),
    # "countries it believes supply Russia", "the firms which they say sell drones": a reporting clause inside a
    # relative, before its present verb; the noun before it is the verb's subject, the clause an aside
    ("it they he she",
     r"(?:(?<=[a-z]s\s)|(?<=which\s)|(?<=that\s)|(?<=who\s))(?:it|they|he|she)\s+"
     r"(?:believes?|says?|thinks?|suspects?|alleges?|claims?)"
     r"(?=\s+(?:supply|send|sell|deliver|provide|ship|arm|export|transfer)s?\b)", ("REL",)),
    # "has turned them down": a pronoun object may split the particle verb, as in "ruled it out"
    ("turn turns turned turning", r"turn(?:s|ed|ing)?\s+(?:it\s+|them\s+|this\s+|that\s+)?down", ("REFU",)),
    # "will keep all of its batteries on its own territory / at home", "to keep the last tranche … in Greek depots":
    # keeping the object at home or in store withholds it
    ("keep keeps kept keeping retain retains retained retaining",
     # (not "halted deliveries … to keep them for its own defence": a pronoun object is the anchor itself)
     r"(?:keep|keeps|kept|keeping|retain|retains|retained|retaining)(?!\s+(?:them|it)\b)(?=\s+(?:[\w'’-]+\s+){1,10}?"
     r"(?:at\s+home|on\s+home\s+soil|on\s+(?:its|their|our)\s+(?:own\s+)?(?:soil|territory)"
     r"|in\s+(?:(?:its|their|our)\s+(?:own\s+)?|(?-i:[A-Z])[\w-]+\s+)?(?:depots?|storage|stores|warehouses?)"
     r"|for\s+(?:its|their|our)\s+own\s+(?:defen[cs]e|protection|needs|use))(?![\w-]))", ("REFU",)),
    # "the answer is that we are keeping them", "Berlin kept its tanks.": the owner keeping the goods, with
    # nothing after them in the clause, withholds them ("keeps the tanks clean", "keep sending them" and a
    # gerund after a preposition, "no argument for keeping them", do not)
    ("keep keeps kept keeping",
     rf"{KEEPING}(?=\s+(?:them|(?:its|their|our)\s+(?:own\s+)?[\w-]+){CLAUSE_END})", ("REFU",)),
    # "has not closed the door on supplying weapons": closing a door refuses; not closing it keeps it open.
    ("close closes closed closing shut shuts shutting slam slams slammed slamming",
     r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|slam(?:s|med|ming)?)\s+(?:(?:the|any|a|every|that)\s+)?doors?"
     r"[\"”’]?\s+(?:on|to)", ("REFU",)),  # 'was "not closing any door" on …': any door, quoted or not
    ("decide decides decided deciding decision vote votes voted voting opt opts opted",
     r"(?:decide[sd]?|deciding|decision|vote[sd]?|voting|opt(?:s|ed)?)\s+against", ("REFU",)),
    ("balk balks balked balking", r"balk(?:s|ed|ing)?\s+at", ("REFU",)),
    ("walk walks walked walking back backs backed backing pull pulls pulled pulling",
     r"(?:walk(?:s|ed|ing)?|back(?:s|ed|ing)?|pull(?:s|ed|ing)?)\s+(?:back|away|out)(?:\s+(?:from|on|of))?", ("END",)),
    ("no not", r"no\s+longer|not\s+any\s+longer", ("NEG",)),
    # "has yet to decide", "is yet to send": not yet done, like "has not yet decided"
    ("yet", r"yet\s+to(?=\s+\w)", ("NEG",)),
    # "0 — British rifles, machine guns or mortars supplied": a fact box's count of none, like "No …"
    ("0 zero", r"(?<=^)(?:0|zero)\s*[—–:-](?=\s)", ("NEG",)),
    ("not no", r"not\s+(?:only|just|merely|least)|no\s+doubt", ("NOOP",)),
    ("so thus to until for at right", r"(?:so|thus)\s+far|to\s+date|until\s+now|(?:for|right)\s+now|at\s+present"
     r"|at\s+(?:this|the)\s+(?:moment|stage|point)|at\s+this\s+time|at\s+the\s+time\s+of\s+writing"
     r"|for\s+the\s+time\s+being", ("ADV",)),
    ("according", r"according\s+to", ("REPORT",)),
    # "warned on Thursday that the UAE might …": a warning with a "that" clause reports a statement; the
    # pressure of "warned Seoul against / not to …" needs a person warned
    ("warn warns warned warning caution cautions cautioned",
     r"(?:warn|caution)(?:s|ed|ing)?(?=\s+(?:(?:on|this|last|late|earlier)\s+\w+\s+)?that\b)", ("REPORT",)),
    ("as such including in especially namely",
     r"as\s+well\s+as|such\s+as|including|in\s+particular|especially|namely", ("LIST",)),
    # "military equipment …, comprising mortar ammunition and grenade launchers": what follows is the content
    # of the noun before, listed like ", including" (so is ", made up of …", ", composed of …" set off after it)
    ("comprising consisting made composed",
     r"comprising|consisting\s+of|(?<=,\s)(?:made\s+up|composed)\s+of", ("LIST",)),
    # "the first consignment … crossed into Ukraine": crossing into a country is reaching it, an arrival
    ("cross crosses crossed crossing", r"cross(?:es|ed|ing)?\s+into", ("ARRIVE",)),
    # "A convoy carrying rifles … rolled into Pemba", "trucks drove into the base": a vehicle reaching a place
    ("roll rolls rolled rolling drive drives drove driving pull pulls pulled pulling",
     r"(?:roll(?:s|ed|ing)?|drive|drives|drove|driving|pull(?:s|ed|ing)?)\s+into", ("ARRIVE",)),
    # "drawing a line under a programme": ending it
    ("draw draws drew drawn drawing", r"(?:draw(?:s|n|ing)?|drew)\s+a\s+line\s+under", ("END",)),
    # "crates of rifles were unloaded at Georgetown airport": goods unloaded at a place have arrived there
    ("unloaded offloaded", r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:un|off)loaded(?=\s+(?:at|in)\b)", ("ARRIVE",)),
    ("instead rather in", r"instead\s+of|rather\s+than|in\s+place\s+of", ("NEG", "PREP")),
    # "Together with the defence ministry, we are examining …": a prepositional phrase, no party of its own
    ("together", r"together\s+with", ("PREP",)),
    # "leaving a final consignment of shells sitting at Karachi": goods left waiting were not delivered
    ("leave leaves leaving left", r"(?:leave|leaves|leaving|left)(?=\s+(?:[\w'’-]+\s+){1,8}?(?:sitting|stuck|stranded|"
     r"undelivered|idle|in\s+limbo)\b)", ("NEG",)),
    # "In November of that year, a convoy …": a time of a year the story has already left behind
    ("of in during by that the", r"(?:(?:of|in|during|by)\s+)?that\s+year\b|the\s+(?:following|previous)\s+year\b",
     ("HIST",)),
    # "Argentina already armed Ecuador once, illegally": "once" closing its clause is one time in the past (not
    # "once again", nor "once the deal is signed")
    ("once", r"once(?=\s*[,.;:\"”)]|\s*$)", ("HIST",)),
    ("in until used last earlier years months decades decade during before",
     # "last week", "earlier this month" date the news itself; only older spans are the story's past.
     # ("in the past week / few days / two months" dates the news itself)
     r"in\s+the\s+past(?!\s+(?:(?:few|couple|two|three|\d+)\s+)?(?:days?|weeks?|months?|hours?|fortnight)\b)"
     r"|until\s+recently|used\s+to|last\s+(?:year|summer|winter|spring|autumn|fall)"
     # "in the 1990s", "in those years": a past decade or the period just recounted
     r"|in\s+the\s+(?:early\s+|late\s+|mid-?\s*)?(?:1[89]|20)\d0s|in\s+those\s+(?:years|days)"
     r"|earlier\s+this\s+year|(?:years|months|decades|decade)\s+ago"  # ("a decade ago")
     r"|in\s+(?:recent|past)\s+decades"  # ("the only known delivery in recent decades")
     # "sold to the Sudanese government years before the war": long before an event already past
     r"|(?:years|decades)\s+before\s+the\s+(?:war|conflict|invasion|coup|fighting)"
     # "during the early phase of the full-scale invasion": the war's first stage, long past
     r"|(?:before\s+and\s+)?(?:in|during)\s+the\s+(?:early|first|initial|opening)\s+(?:phase|stage|months|weeks|days|year)\s+of\s+the\s+"
     r"(?:full-scale\s+)?(?:war|invasion|conflict)", ("HIST",)),
    # "At the time, officials said they would review it": back then ("at the time of writing" is now)
    ("at", r"at\s+the\s+time(?!\s+of\b)", ("HIST",)),
    # "Earlier this month", "earlier today": the news itself, dated like "this month"
    ("earlier", r"earlier\s+(?:this\s+(?:week|month)|today|on\s+\w+day)", ("ADV",)),
    # "It would be wrong to say that X will never …": the clause said is denied, like "it is not true that"
    ("wrong false untrue incorrect inaccurate misleading mistaken",
     r"(?:wrong|false|untrue|incorrect|inaccurate|misleading|mistaken)\s+to\s+"
     r"(?:say|suggest|claim|think|assume|believe|conclude|argue)", ("NEG",)),
    # "The report that … is not correct": a verdict on the report, like "incorrect"
    ("not", r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s))not\s+(?:true|correct|accurate)(?=\s*[.,;\"”])", ("DENY",)),
    # "might find it impossible to keep refusing": "impossible to / that" is "cannot", a negation of what follows
    ("impossible", r"impossible(?=\s+(?:to\s+\w|that\b))", ("NEG",)),
    # "is once more being delivered", "once again": an adverb of repetition, not "once" opening a clause
    ("once", r"once\s+(?:more|again)", ("ADV",)),
    # "China was once one of Venezuela's leading suppliers": "once" after a past "be" is "formerly"
    ("once", r"(?:(?<=\bwas\s)|(?<=\bwere\s))once\b(?!\s+(?:more|again)\b)", ("HIST",)),
    ("for", r"for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:a|an|two|three|several|many)\s+"
     r"(?:years?|months?|weeks?|decades?)|for\s+(?:years|months|weeks|decades)"
     r"|for\s+(?:most|much|all)\s+of\s+the\s+(?:war|conflict|invasion|fighting)", ("DUR",)),
    ("after following",
     r"(?:after|following)\s+(?:more\s+than\s+)?(?:a\s+|an\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|decades?|days?)\s+of",
     ("SUB", "HIST")),
    # "a sale to the manufacturer, in the knowledge that the vehicles would be passed on to Ukraine, would amount to
    # …": what is supposed, like an "if" clause
    ("in on knowing", r"in\s+the\s+knowledge\s+that|on\s+the\s+understanding\s+that|knowing\s+that", ("COND",)),
    # "urges its partners to find a way to let the carriers reach …": a way still to be found, an option
    ("find finds found finding", r"(?:find|finds|finding)\s+(?:a|some|another)\s+way\s+to", ("MODAL",)),
    # 'saying no" to Israeli requests', "said no to the request": refusing it
    ("say says said saying", r"(?:say|says|said|saying)\s+no(?=\s*[\"”’']?\s+to\s)", ("REFU",)),
    # "would not object to letting Turkey buy": the verb "object to" opposes ("military objects" is a noun).
    ("object objects objected objecting", r"object(?:s|ed|ing)?\s+to", ("REFU",)),
    # ("the strongest openness yet … to arming a country": the noun of "open to")
    ("open opens opened opening leave leaves left leaving keep keeps kept keeping openness",
     r"open(?:ness)?\s+(?:(?:yet|so\s+far)\s+)?(?:(?:from|of|by)\s+(?:a\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?to"
     r"(?=\s+\w+ing\b)|open\s+to|(?:leave|leaves|left|leaving|keep|keeps|kept|keeping)\s+(?:the\s+)?(?:door|option|options)\s+open"
     r"|(?:open|opens|opened|opening)\s+the\s+door\s+to", ("MODAL",)),
    ("is are was were", r"(?:is|are|was|were)\s+(?:set|poised|due|scheduled|slated|on\s+track)\s+to", ("COMMIT", "AUX")),
    ("is are was were", r"(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|likely)\s+to", ("MODAL", "AUX")),
    ("is are was were", r"(?:is|are|was|were)\s+unlikely\s+to", ("NEG", "MODAL", "AUX")),
    # "would be prepared to send": an offer, not a decision; "is now allowed to send": permitted, not decided;
    # "is minded / inclined / keen to send": a leaning, not a decision
    ("is are was were am be", r"(?:is|are|was|were|am|be)\s+(?:now\s+)?[\"“]?(?:ready|prepared|willing|open|allowed|permitted"
     r"|minded|inclined|disposed|keen|eager)[\"”]?\s+to", ("MODAL", "AUX")),
    ("lean leans leaning leaned", r"lean(?:s|ing|ed)?\s+towards?", ("MODAL",)),
    # "we are taking it seriously": a request taken seriously is being weighed
    ("take takes taking took taken",
     r"(?:take|takes|taking|took|taken)(?=\s+(?:it|them|this|that|the\s+request|the\s+requests)\s+(?:very\s+)?seriously\b)",
     ("CONS",)),
    # "whether we can free up more systems": making goods available is supplying them
    ("free frees freed freeing", r"(?:free|frees|freed|freeing)\s+up", ("SUP",)),
    # "will decide on weapons for Niger", "meets today to decide on …": a decision still to take weighs
    # ("decided on" took it)
    ("decide deciding", r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bshall\s)|(?<=\bis\s)|(?<=\bare\s)|(?<!\byet\sto\s)(?<=\bto\s))"
     r"(?:decide|deciding)\s+(?:on|about)", ("CONS",)),
    ("favour favours favoured favouring favor favors favored favoring",
     r"favou?r(?:s|ed|ing)?(?=\s+(?:\w+ly\s+)?\w+ing\b)", ("MODAL",)),
    ("is are was were", r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|rumou?red|alleged)\s+to",
     ("DIST", "AUX")),
    # "Israel appeared to be getting ready to send …": an impression, not a reported decision.
    ("appear appears appeared seem seems seemed purport purports purported",
     r"(?:appear|appears|appeared|seem|seems|seemed|purport|purports|purported)\s+to", ("DIST",)),
    # "taken by the media as a sign that Oslo was preparing to …": an inference from signs, no one's statement
    ("sign signs", r"signs?(?=[\"”’']?\s+that\b)", ("DIST", "DOUBT")),
    # '"…," read the caption': the words a caption, post or placard carries, quoted like a statement
    ("read", r"read(?=\s+(?:the|a|an|its|his|her|their|one)\s+(?:[\w-]+\s+)?(?:caption|post|tweet|message|headline"
     r"|banner|placard|slogan|text)s?\b)", ("REPORT",)),
    # "it did not mean any weapons would be sent", "does not imply that …": a consequence denied, no position stated
    ("mean imply", r"(?:(?<=\bnot\s)|(?<=n't\s)|(?<=\bnever\s))(?:mean|imply)(?=\s)(?!\s+to\b)", ("DIST", "DOUBT")),
    # 'ran the headline "Berlin to arm Kenya"', 'posted with the caption "…"': the paper's or the post's wording
    ("headline headlines caption captions captioned", r"(?:headlines?|captions?|captioned)(?=\s*[:,]?\s*[\"“])",
     ("DIST",)),
    # "has reopened an application to export …": a case taken up again is under review
    ("reopen reopens reopened reopening",
     r"(?<!been\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)reopen(?:s|ed|ing)?(?=\s+(?:an?|the|its|their)\s+"
     r"(?:[\w-]+\s+)?(?:application|request|case|file|question|review|licen[cs]e)s?\b)", ("CONS",)),
    # "who promised during the election campaign to send rifles": a candidate's pledge, no government's decision
    ("promised pledged vowed", r"(?:promised|pledged|vowed)(?=\s+(?:during|in|on)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
     r"(?:[\w-]+\s+){0,2}campaign\b)", ("DIST",)),
    # "I read on the internet that Slovakia will arm Armenia", "we heard that …": hearsay passed on, no one's statement
    ("read hear heard", r"(?:read|hear|heard)(?=\s+(?:(?:on|in)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?that\b)",
     ("DIST", "REPORT")),
    # "posts have described the testimony as a promise to send …", "accounts describing the train as the first
    # sign of a weapons handover": a characterisation, the describer's word
    ("describe describes described describing",
     r"describ(?:e|es|ed|ing)(?=\s+(?:[\w'’-]+\s+){1,12}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
     r"(?:promise|pledge|commitment|decision|green\s+light|offer|approval|sign|signal|evidence|proof)\b)", ("DIST",)),
    # "Rep. Michael Darbinian said", "Sen. Ruth Vance": a legislator's title, abbreviated
    ("rep sen", r"(?-i:Rep|Sen)\.(?=\s+(?-i:[A-Z]))", ("OUTSIDER",)),
    # "I have it from very good sources: …", "we have it on good authority that …": hearsay too
    ("have has had", r"(?:have|has|had)\s+it\s+(?:from|on)\s+(?:[\w-]+\s+){0,3}(?:sources?|authority)\b",
     ("DIST", "REPORT")),
    ("need needs has have", r"(?:need|needs|has|have)\s+to", ("DEONT",)),
    # "cannot afford to give away a single missile": a necessity weighed, like "need to"
    ("afford", r"afford\s+to", ("DEONT",)),
    ("call calls called calling", r"call(?:s|ed|ing)?\s+(?:on|for|upon)", ("PRESS",)),
    # 'the motion "invites the government" to examine …': an invitation to act presses for it
    ("invite invites invited inviting", r"invit(?:e|es|ed|ing)(?=\s+(?:[\w'’\"”-]+\s+){1,5}?to\s+[a-z])",
     ("PRESS",)),
    # "a manufacturer applied for a licence to export …", "submitted an application … for an export licence": a
    # licence asked for, not granted
    ("apply applies applied applying application applications",
     r"(?:apply|applies|applied|applying|applications?)(?=\s+(?:[\w'’-]+\s+){0,8}?for\s+(?:an?\s+|the\s+)?"
     r"(?:[\w-]+\s+)?licen[cs]es?\b)", ("PRESS",)),
    # "Denel's application to export mortars", "applied to sell rifles": permission asked, no supply yet
    ("apply applies applied applying application applications",
     r"(?:apply|applies|applied|applying|applications?)(?=\s+to\s+(?:export|sell|supply|transfer|ship|deliver)\b)",
     ("PRESS",)),
    ("off", r"off\s+limits", ("REFU",)),  # "fighter jets are (not) off limits": (not) forbidden, like "taboo"
    # "We fully support the transfer of F-16s to Ukraine", "welcomed the delivery": endorsing a supply (often
    # someone else's) is a wish about it, like "encourage", never a decision to make it
    ("support supports supported supporting welcomes welcomed welcoming endorse endorses endorsed endorsing back "
     "backs backed backing",
     r"(?:support(?:s|ed|ing)?|welcom(?:es|ed|ing)|endors(?:e|es|ed|ing)|back(?:s|ed|ing)?)(?=\s+(?:(?:the|a|an|any"
     r"|further|more|new|continued|planned|such)\s+){0,2}(?:transfers?|deliver(?:y|ies|ing)|suppl(?:y|ies|ying)"
     r"|shipments?|shipping|sending|providing|provision|exports?|exporting|re-exports?|sales?|selling|donations?"
     r"|donating|handover)\b)", ("PRESS",)),
    ("think think-tank think-tanks", r"think[\s-]tanks?", ("NOOP",)),
    # "would force Warsaw to think again about sending weapons": to weigh anew, like "reconsider"
    ("think thinks thought thinking", r"(?:think|thinks|thought|thinking)\s+(?:again|twice|anew)(?=\s+(?:about|on|over)\b)",
     ("CONS",)),
    # "thanked Argentina on Thursday for the shells": thanks to a named party for goods acknowledge their
    # receipt from it, like "received … from" (the subject is the recipient); thanks for words or support
    # stay plain words, as the goods must follow "for"
    ("thank thanks thanked thanking",
     r"thank(?:s|ed|ing)?(?=\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s+on\s+\w+)?\s+for\s)", ("RECV",)),
    # "The Executive has begun to study …": in translated European news the capitalised noun is the government
    # itself, a body like "the cabinet" (not "the Executive Board", "chief executive")
    ("executive", r"(?<=the\s)(?-i:Executive)(?!\s+(?-i:[A-Z]))", ("GENERIC",)),
    # "told a press conference", "a press release": the noun "press", no one pressing anyone
    ("press", r"press\s+(?:conferences?|releases?|briefings?|secretar(?:y|ies)|offices?|statements?|officers?)\b",
     ("NOOP",)),
    # "told Russian state TV", "state media reported": the noun "state" owning the outlet, no one stating anything
    ("state", r"state(?:[\s-](?:run|owned|controlled))?\s+(?:tv|television|media|broadcasters?|radio|news|"
     r"agency|channels?|newspapers?|outlets?)\b", ("NOOP",)),
    # "Egypt's state defence industry", "the state arms exporter": the state owning a maker, no one stating
    ("state", r"state(?=\s+(?:defen[cs]e|arms|military|industry|industries|compan(?:y|ies)|firms?|enterprises?|"
     r"corporations?|manufacturers?|producers?|exporters?|factor(?:y|ies)|workshops?)\b)", ("NOOP",)),
    ("asked asking ask asks questioned wondered wondering question questions",
     # "asked by a Turkish reporter whether": whoever asks, in up to four words (not "asked by X to examine")
     r"(?:asked|asking|ask|asks|questioned|wondered|wondering)\s+"
     r"(?:by\s+(?:(?!to\b)[\w'-]+\s+){1,4}?|reporters\s+|journalists\s+)?"
     # how it was asked: "Asked explicitly about", "asked directly whether"
     r"(?:(?:explicitly|directly|specifically|repeatedly|pointedly|separately|twice)\s+)?"
     # when it was asked: "Asked last week whether", "asked again on Friday if"
     r"(?:(?:yesterday|today|again|earlier|recently|last\s+\w+|this\s+\w+)\s+){0,2}"
     # the setting of the question, a short prepositional phrase, possibly with a second one hung on it:
     # "at a press conference in Oslo", "at a press conference after a ministers' dinner"
     r"(?:(?:in|during|at|on|after|before)\s+(?:(?!(?:whether|if)\b)[\w'-]+\s+){1,5}?){0,2}"
     r"(?:whether|if|about|what|when|how)|questions?\s+(?:of|about|on|over)\s+(?:whether|if)", ("QUESTION",)),
    # 'wanted to know "whether Portugal is quietly arming …"': a question someone puts, like "asked whether"
    ("want wants wanted wanting",
     r"want(?:s|ed|ing)?\s+to\s+know(?=\s+[\"“]?(?:whether|if)\b)", ("QUESTION",)),
    # "Pressed by reporters on Tuesday about whether …": a question put to the speaker, like "Asked whether".
    ("pressed questioned quizzed challenged grilled",
     r"(?:pressed|questioned|quizzed|challenged|grilled)\s+(?:by\s+\w+(?:\s+\w+)?\s+)?(?:(?:on|at|during)\s+\w+\s+)?"
     r"(?:about|on|over)\s+(?:whether|if|what|when|how)|(?:pressed|quizzed|grilled)\s+(?:by\s+\w+\s+)?"
     r"(?:(?:on|at|during)\s+\w+\s+)?(?:whether|if)", ("QUESTION",)),
    ("depend depends depended depending contingent provided providing on only in",
     # ", provided deliveries stay on schedule": a conjunction after a comma, not a supply verb
     r"depend(?:s|ed|ing)?\s+on|contingent\s+on|provid(?:ed|ing)\s+that"
     r"|(?<=,\s)provid(?:ed|ing)(?=\s+(?!by\b|to\b|for\b|with\b|in\b|as\b|via\b|under\b|through\b|since\b|last\b|earlier\b)\w)"
     r"|on\s+condition\s+that|only\s+if|in\s+case"
     r"|in\s+the\s+event", ("COND",)),
    # "Suppose Ottawa signed off tomorrow on …", "Imagine Japan sent …": opening a sentence, a supposition like "If"
    ("suppose supposing imagine", r"(?:(?<=^)|(?<=^[\"“‘']))(?:suppose|supposing|imagine)\b(?!\s*[:,])", ("COND",)),
    ("take takes taken taking took", r"(?:take|takes|taken|taking|took)\s+delivery\s+of", ("RECV",)),
    # "was going through the list of rounds": combing a list or request is examining it (not "shells going
    # through Poland", a transit)
    ("go goes went going gone",
     r"(?:go|goes|went|going|gone)\s+through(?=\s+(?:the|a|its|their|our|this|that|(?-i:[A-Z])[\w-]*['’]s)\s+"
     r"(?:[\w'’-]+\s+)?"
     r"(?:list|lists|request|requests|options|inventory|inventories)\b)", ("CONS",)),
    ("look looks looked looking think thinks thinking thought",
     # "look seriously at", "looked hard at", "look again / afresh very closely at": adverbs before the particle,
     # also inside a quoted fragment ('"looking very seriously" at selling')
     r"look(?:s|ed|ing)?[\"”']?\s+(?:[\"“']?(?:again|afresh|anew|hard|very|really|quite|so|\w+ly)[\"”']?\s+){0,3}(?:into|at)"
     r"|think(?:s|ing)?\s+about|thought\s+about"
     # "was looking for ways to resume deliveries": a way to do it sought, not yet found
     r"|look(?:s|ed|ing)?\s+for\s+(?:a\s+)?ways?\s+to", ("CONS",)),
    # "nothing would stand in the way of the CAESARs", "I see no obstacle in principle to resuming deliveries",
    # "nothing would prevent us from examining an offer": a hindrance denied lets the goods go, a possibility
    ("nothing no", r"nothing\s+(?:would|could|will|can|should)\s+(?:stand\s+in\s+the\s+way\s+of|prevent(?=\s+\w+\s+from\b))"
                   r"|no\s+obstacles?(?:\s+in\s+principle)?\s+to", ("SUP", "MODAL")),
    # "could place some of its rocket artillery at Lithuania's disposal", "put … at the disposal of Kyiv": handed over
    ("place places placed placing put puts putting",
     r"(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)(?=\s+(?:[\w'’-]+\s+){1,8}?at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}disposal\b)",
     ("SUP",)),
    ("hand hands handed handing pass passes passed passing",
     r"hand(?:s|ed|ing)?\s+over|pass(?:es|ed|ing)?\s+(?:on|along)"
     # a split particle verb: "pass T-72 and PT-91 tanks on to Ukraine", "hand the jets over to Kyiv"
     # ("pass some 12,000 rounds on to Kyiv": a number with separators is one word)
     r"|(?:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?)(?=\s+(?:(?:\d[\d,.]*\d|[\w'-]+)\s+){1,6}?(?:on|over|along)\s+to\b)"
     # "pass several dozen of them to Kyiv": passing goods to a named party hands them over ("passed the
     # bill to the Senate" names no party right after "to"; "passed a resolution on jets to Kyiv's dismay" has a
     # topic and a possessor, no recipient)
     r"|pass(?:es|ed|ing)?(?=\s+(?:(?!(?:on|about|over|regarding|concerning|against|with)\s)[\w'’-]+\s+){1,6}?"
     r"to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?(?!['’]s\b|[\w-]))", ("SUP",)),
    # "will not be a source of arms to any party", "is a major supplier of drones to X": being the
    # supplier of the goods, after a copula, is supplying them (the copula carries tense and negation)
    ("a an the",
     r"(?:(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbecome\s))"
     r"(?:a|an|the)\s+(?:(?:main|major|key|leading|principal|significant|\w+est)\s+)?(?:source|supplier|provider)\s+of"
     r"(?=\s+(?:\w+\s+){0,3}?(?:arms|weapons?|munitions|ammunition|military)\b)", ("SUP",)),
    # "whether it can part with one system": giving up what one holds, a supply with the recipient implied
    ("part parts parted parting", r"part(?:s|ed|ing)?\s+with", ("SUP",)),
    # "can be made available to Ukraine", "will make two batteries available to Kyiv": giving, as "provide"
    ("make makes made making",
     r"(?:make|makes|made|making)\s+available(?=\s+(?:to|for)\b)"
     r"|(?:make|makes|made|making)(?=\s+(?:[\w'-]+\s+){1,5}?available\s+to\b)", ("SUP",)),
    # "will contribute two frigates to Peru": with an object of its own, a supply verb ("contributed to
    # the victory" is not)
    ("contribute contributes contributed contributing",
     r"contribut(?:e|es|ed|ing)\b(?!\s+(?:\w+ly\s+|much\s+|more\s+|most\s+)?(?:to|towards?|in|on)\b)", ("SUP",)),
    ("in first", r"in\s+response|first\s+time", ("NOOP",)),
    # "It is not the first time Chinese weapons have reached …": it happened before, no negation of it
    ("not", r"not\s+the\s+first\s+time", ("NOOP",)),
    # "to help clear unexploded ordnance": clearing explosives removes them; no clearance of a sale
    ("clear clears cleared clearing", r"clear(?:s|ed|ing)?\s+(?:(?!(?:sales?|transfers?|exports?|deliver(?:y|ies)|shipments?)\b)[\w-]+\s+){0,5}?(?:of\s+)?"
     r"(?:(?:unexploded|abandoned|leftover|buried)\s+)?"
     r"(?:ordnance|explosives|mines|landmines|munitions|bombs|shells)\b", ("NOOP",)),
    # "the disposal of unexploded ordnance", "destruction of old munitions": getting rid of them, no goods given
    ("disposal destruction clearance removal", r"(?:disposal|destruction|clearance|removal)\s+of\s+(?:[\w-]+\s+){0,2}?"
     r"(?:ordnance|munitions|explosives|mines|landmines|shells|stockpiles?)\b", ("NOOP",)),
    # "according to people familiar with the deliberations", "officials briefed on the talks": who the sources
    # are, no weighing
    ("familiar briefed involved", r"(?:familiar\s+with|briefed\s+on|involved\s+in)\s+(?:the|these|those)\s+"
     r"(?:[\w-]+\s+)?(?:deliberations|discussions?|talks|review|negotiations|assessment|consultations)\b", ("NOOP",)),
    # "handed them back at the end of the course": returned to the owner, no supply
    ("hand hands handed handing give gives gave giving send sends sent sending",
     r"(?:hand(?:s|ed|ing)?|give|gives|gave|giving|send|sends|sent|sending)(?=\s+(?:them|it|these|those)\s+back\b)",
     ("NOOP",)),
    ("on", r"on\s+(?:hold|ice)|on\s+the\s+(?:back\s+)?(?:shelf|back\s+burner)", ("END", "POSTPOSED")),
    # "A plan to … pass them on to Ukraine has fallen through": the plan failed
    ("fall falls fell fallen falling", r"(?:fall|falls|fell|fallen|falling)\s+through", ("END", "POSTPOSED")),
    # Phrasal verbs of abandoning: "set aside the idea of arming Ukraine", "gave up on", "called off".
    ("set sets setting put puts putting lay lays laid laying",
     r"(?:set|sets|setting|put|puts|putting|lay|lays|laid|laying)\s+aside", ("END",)),
    ("give gives gave given giving", r"(?:give|gives|gave|given|giving)\s+up\s+on", ("END",)),
    # "will not be given (away) to Kyiv", "has given": the participle after an auxiliary is the supply verb;
    # a bare "given" is the preposition ("given the risks"), never tagged
    ("given", r"(?:(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)"
              r"|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|(?<=\balready\s))given", ("SUP",)),
    # "asked whether, given reports of renewed shelling, …": the preposition and the news it cites, no one reporting
    ("given", r"given\s+(?:the\s+|recent\s+|new\s+|fresh\s+)?(?:reports?|claims?|warnings?)\s+(?:of|that|about)\b",
     ("PREP",)),
    # "Six Rafale jets landed at Tanagra air base", "touched down in Kyiv": aircraft arriving (not "landed a contract")
    ("land lands landed landing", r"land(?:s|ed|ing)?(?=\s+(?:at|in|on)\s)", ("ARRIVE",)),
    ("touch touches touched touching", r"touch(?:es|ed|ing)?\s+down", ("ARRIVE",)),
    # "The package consists of / comprises an IRIS-T fire unit …": what a package holds, like "includes"
    ("consist consists consisted comprise comprises comprised",
     r"consist(?:s|ed)?\s+of|comprise[sd]?(?=\s)", ("SUP",)),
    # "Canadair water bombers", "firefighting aircraft": planes that fight fires are no weapons
    ("water firefighting fire-fighting", r"(?:water[\s-]+bombers?|(?:fire-?fighting|fire-fighting)\s+(?:aircraft|planes?))",
     ("NONWEAPON",)),
    # "report by the end of June", "at the end of the year": a date, no ending of anything
    ("end", r"(?<=the\s)end\s+of(?=\s+(?:the\s+|this\s+|next\s+)?(?:month|year|week|quarter|decade|summer|winter|spring|"
            r"autumn|fall|January|February|March|April|May|June|July|August|September|October|November|December|"
            r"\d{4})\b)", ("ADV",)),
    # "No further Rafales will be released to the air force": a passive release to someone hands goods over
    # ("released a statement" stays a plain word)
    ("released", r"(?:(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bis\s))"
                 r"released(?=\s+(?:to|for)\s)", ("SUP",)),
    ("call calls called calling", r"call(?:s|ed|ing)?\s+off", ("END",)),
    # "the parts end up in munitions": where something lands, no ending of anything
    ("end ends ended ending", r"end(?:s|ed|ing)?\s+up\b", ("NOOP",)),
    # "to make sure that no shell leaves", "ensure that none are sent": seeing to an outcome embeds no
    # statement; what governs the verb ("urged X to", "will") governs the outcome, as without "that"
    ("ensure ensures ensured ensuring make makes made making",
     r"(?:ensur(?:e|es|ed|ing)|(?:make|makes|made|making)\s+(?:sure|certain))\s+that\b", ("NOOP",)),
    # "Taipei is still waiting for American deliveries", "awaits the jets": the one who waits for goods is
    # their recipient ("awaited a decision from Washington on Tomahawks" waits for no goods)
    ("wait waits waited waiting await awaits awaited awaiting",
     r"(?:wait(?:s|ed|ing)?\s+for|await(?:s|ed|ing)?)\b(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:final\s+|formal\s+)?"
     r"(?:decisions?|answers?|responses?|ruling|approval|green\s+light|word|reply|verdict|outcome|results?)\b)",
     ("RECV",)),
    # "slapped down fresh speculation that …", "pushed back against a report", "brushed aside suggestions that …",
    # "poured cold water on reports":
    # a denial in other words
    ("slap slaps slapped slapping shoot shoots shot shooting pour pours poured pouring push pushes pushed pushing "
     "brush brushes brushed brushing",
     r"(?:(?:slap(?:s|ped|ping)?|shoot(?:s|ing)?|shot)\s+down|push(?:es|ed|ing)?\s+back\s+(?:against|on)"
     r"|brush(?:es|ed|ing)?\s+aside)"
     r"(?=\s+(?:[\w-]+\s+){0,4}(?:speculation|reports?|rumou?rs?|claims?|suggestions?|allegations?|findings)\b)"
     r"|pour(?:s|ed|ing)?\s+cold\s+water\s+on", ("DENY",)),
    # "the flow of shells would carry on": going on, like "continue"
    ("carry carries carried carrying", r"carr(?:y|ies|ied|ying)\s+on\b(?!\s+(?:with|about|board|a|an|his|her|their|its|our|foot|trucks?|ships?)\b)", ("ASPECT",)),
    ("out off", r"out\s+of\s+the\s+question|off\s+the\s+(?:table|agenda(?!\s+(?:of|for|at)\b))",
     ("REFU", "POSTPOSED")),
    # "will keep its tanks out of Ukraine", "kept the weapons away from the front": holding what one owns
    # back from a place is withholding it, a refusal (the recipient is read after "out of" as after "to")
    ("keep keeps kept keeping",
     # (a place by name only: "out of the hands of Russia", "out of solidarity" are no withholding; a
     # gerund after "keep" is going on: "kept supplying arms out of solidarity")
     r"(?:keep|keeps|kept|keeping)(?=\s+(?![\w-]+ing\b)(?:[\w'’-]+\s+){1,5}?(?:out\s+of|away\s+from)"
     r"\s+(?:the\s+)?(?-i:[A-Z])"
     # "will keep its ammunition out of any assistance to Kyiv": kept out of the aid, i.e. excluded from it
     r"|\s+(?![\w-]+ing\b)(?:[\w'’-]+\s+){1,5}?out\s+of\s+(?:any|all|its|their|our|the)\s+(?:[\w-]+\s+)?"
     r"(?:aid|assistance|help|support|packages?)\b"
     # "keeping the tanks in port", "kept the missiles in storage": held where goods wait to be shipped
     r"|\s+(?![\w-]+ing\b)(?:[\w'’-]+\s+){1,5}?in\s+(?:the\s+)?(?:port|storage|depots?|warehouses?)\b"
     # "keep our weapons locked away", "kept the shells under lock and key": held back the same way
     r"|\s+(?![\w-]+ing\b)(?:[\w'’-]+\s+){1,5}?(?:locked\s+(?:away|up)|under\s+lock)\b)", ("REFU",)),
    # "the batteries will stay at home", "They stay where they are": the object kept by its owner, a verdict
    ("stay stays stayed remain remains remained",
     # ("do not stay where they are sent": where arms end up, no owner keeping them)
     r"(?:stay|stays|stayed|remain|remains|remained)\s+(?:at\s+home|where\s+(?:they|it)\s+(?:are|is)(?!\s+(?:\w+ed|sent|sold|given)\b)"
     r"|in\s+the\s+country|on\s+home\s+soil|on\s+(?:its|our|their)\s+(?:own\s+)?(?:soil|territory))",
     ("REFU", "POSTPOSED")),
    # "the batteries are not going anywhere", "will not go anywhere": the owner keeps them, like "stay at home"
    ("not n't n’t", r"(?:not|n['’]t)\s+(?:be\s+)?go(?:ing)?\s+anywhere", ("REFU", "POSTPOSED")),
    # "Weapons are not part of it", "Patriots are not part of that contribution": the object left out of
    # what is given is withheld, like "stays at home" (a review's "not part of the assessment" is not)
    ("not n't n’t",
     # ("not part of this, and …": a bare demonstrative is the aid just named; "not part of what Russia is
     # doing with Iran": a free relative on the actor's own dealings is what it gives)
     r"(?:not|n['’]t)\s+(?:be\s+|been\s+)?part\s+of\s+(?:it\b|(?:this|that)(?=\s*[,.;\"”’]|\s+and\b)"
     r"|what\s+(?:(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were|will\s+be|has\s+been|have\s+been)|\w+['’](?:re|s))\s+"
     r"(?:doing|giving|offering|providing|sending|contributing)\b"  # ("what we're providing")
     # ("the UK's support", "the Netherlands' aid": a possessive name after the article is a modifier too)
     r"|(?:the|this|that|our|its|their|his|her|(?-i:[A-Z])[\w-]+['’]s)"
     r"\s+(?:[\w'’-]+\s+){0,2}?(?:package|packages|aid|assistance|contribution|contributions|support|help|shipments?"
     r"|consignments?|deliveries|convoys?|offer|pledge))", ("REFU", "POSTPOSED")),
    # "whether the tanks can become part of our help to Ukraine": goods becoming part of what is given are
    # handed over (a change of state only; "are part of the package" stays a description)
    ("become becomes became becoming",
     r"(?:become|becomes|became|becoming)\s+part\s+of\s+(?:the|this|that|our|its|their|his|her|(?-i:[A-Z])[\w-]+['’]s)"
     r"\s+(?:[\w-]+\s+){0,2}?(?:package|packages|aid|assistance|contribution|support|help|shipments?|deliveries)\b",
     ("SUP",)),
    # "ATACMS had not been taken off the table": the taking-off is the refusal, as "off the table"
    ("take takes taken taking took", r"(?:take|takes|taken|taking|took)\s+off\s+the\s+table", ("REFU", "POSTPOSED")),
    # "… on the table …, and it has been taken off": a passive "taken off" ending its clause has its place
    # elided; what was removed from consideration is ruled out like "taken off the table"
    ("taken", r"(?<=been\s)taken\s+off(?=\s*(?:[,.;]|[\"”’]|again\b|for\s+now\b))", ("REFU", "POSTPOSED")),
    ("to", r"to\s+spare", ("AVAILABLE",)),
    # "All twelve of our guns are at their home base": present at the owner's own base, kept like "at home"
    ("at", r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bremain\s)|(?<=\bremains\s))at\s+(?:their|its|our)\s+(?:own\s+)?home\s+bases?",
     ("REFU", "POSTPOSED")),
    # "would be able to send", "is able to send": an ability, a modal like "could" (not "was / had been able
    # to send", which tells what was done)
    ("able", r"(?<!was\s)(?<!were\s)(?<!been\s)able\s+to(?=\s+\w)", ("MODAL",)),
    # "the political appetite to arm a partner", "has every right to sell them", "the capacity to supply": what the
    # subject could or may do (read as no position: see clauses._CAPABILITY_NOUNS)
    ("appetite capacity capability ability wherewithal right freedom",
     r"(?:appetite|capacity|capability|ability|wherewithal|right|freedom)\s+to(?=\s+[a-z])",
     ("MODAL",)),
    # "wary of being seen to arm a government": how an act would look, not the act
    ("seen", r"(?:(?<=\bbe\s)|(?<=\bbeing\s)|(?<=\bbeen\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))seen\s+to"
     r"(?=\s+[a-z])", ("DIST",)),
    # "release part of its fleet to Ukraine": releasing equipment to a recipient hands it over ("release a
    # statement", "released footage" name no recipient and stay plain words); "for Ukraine" names one too
    ("release releases released releasing",
     # (never over a message, a film, money or people released: "released a statement to Kyiv about …")
     r"releas(?:e|es|ed|ing)(?!\s+(?:an?\s+|the\s+|its\s+|their\s+|new\s+)*(?:statements?|footage|videos?|images|photos"
     r"|details|data|figures|reports?|funds|money|prisoners|hostages|detainees|information)\b)"
     r"(?=\s+(?:[\w'’-]+(?:,\d[\w-]*)?\s+){1,6}?(?:to|for)\s+(?!the\s+(?:press|public|media)\b)[A-Z])", ("SUP",)),
    # … and the passive with the recipient right after it: "whether the howitzers can be released to Ukraine"
    # (the subject is the goods; "released to the press" names no party)
    ("released",
     r"(?:(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))"
     r"released(?=\s+to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?(?!['’]s\b|[\w-]))", ("SUP",)),
    ("draw draws drew drawn drawing work works worked working contingency",
     r"(?:draw(?:s|n|ing)?|drew|work(?:s|ed|ing)?)\s+(?:up|on)\s+(?:\w+\s+)?(?:plans?|scenarios?|options)|contingency\s+plans?",
     ("CONS",)),
    ("sign signs signed signing", r"sign(?:s|ed|ing)?\s+off(?:\s+on)?", ("COMMIT",)),
    # Going on with a course: "will go ahead with delivering", "pressed ahead with", "proceed with the sale".
    ("go goes went gone going press presses pressed pressing push pushes pushed pushing move moves moved moving "
     "proceed proceeds proceeded proceeding",
     r"(?:go|goes|went|gone|going|press|presses|pressed|pressing|push|pushes|pushed|pushing)\s+ahead\s+with"
     r"|(?:move|moves|moved|moving)\s+forward\s+with|proceed(?:s|ed|ing)?\s+with", ("COMMIT",)),
    ("say says said saying", r"(?:say|says|said|saying)\s+no\s+to", ("REFU",)),
    # "it was prepared by the ministry's armaments section": a paper or plan drawn up, no course committed to
    ("prepared", r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bis\s)|(?<=\bare\s))prepared"
     r"(?=\s+by\b)", ()),
    # "watched an Apache lift off with its new missiles": an aircraft taking off, no ban lifted
    ("lift lifts lifted lifting", r"(?:lift|lifts|lifted|lifting)\s+off\b", ()),
    # "fitted with a cannon and provision for missiles": room made for goods, no supply of them ("the provision of")
    ("provision provisions", r"provisions?(?=\s+for\b)", ()),
    # "declined to give a view on …", "gave no details of …": a comment withheld or given, no goods handed over
    ("give gives gave given giving", r"(?:give|gives|gave|given|giving)\s+(?:(?:a|an|any|no|his|her|their|its|further)\s+)?"
     r"(?:view|views|opinion|opinions|comment|details|assessment|timeline|figures|date|dates|breakdown)\b", ("COMMENT",)),
    # "We can confirm the transfer", "I can tell you that …": a statement made now, no possibility
    ("can", r"can\s+(?:now\s+|also\s+)?(?:confirm|say|tell\s+you|announce|report|reveal|disclose)(?=\s)", ("REPORT",)),
    # "It is time Islamabad started selling …": what it is time someone did is advice, like "should"
    # (not "It is time Moscow accepted that Japan has delivered …": what someone should accept is a fact stated)
    ("it", r"it\s+is\s+(?:high\s+|about\s+|now\s+)?time(?:\s+that)?(?=\s+(?-i:[A-Z]))"
     r"(?!\s+(?:[\w-]+\s+){1,3}?(?:accept|recogni[sz]|understo|understand|reali[sz]|acknowledg|admit|knew|learn)\w*)",
     ("DEONT", "COMP")),
    # "It is time for Brasilia to sell …", "it is time to send …": the same advice, its doer after "for"
    ("it", r"it\s+is\s+(?:high\s+|about\s+|now\s+)?time(?=\s+(?:for|to)\s)", ("DEONT",)),
    # "have prepared a plan to hand over …", "drew up a preliminary offer for the sale of …": a plan or offer drafted
    # is an option worked out, not a decision (a government that "plans to" send has decided)
    ("prepare prepares prepared preparing draw draws drew drawn drawing draft drafts drafted drafting",
     r"(?:prepar(?:e|es|ed|ing)|(?:draw|draws|drew|drawn|drawing)\s+up|draft(?:s|ed|ing)?)\s+(?:a|an|the)\s+"
     r"(?:(?:draft|contingency|detailed|preliminary|possible|formal)\s+)?(?:plans?|offers?|proposals?)\b", ("MODAL",)),
    # "has formally offered Vietnam a package of fighters": a package or deal put to a buyer awaits its answer, an
    # option open, not yet a supply ("offered Ukraine 12 tanks" gives them)
    ("offer offers offered offering",
     r"offer(?:s|ed|ing)?(?=\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:package|deal|proposal|contract)s?\b)", ("MODAL",)),
    # "a proposed sale of jets", "the prospective transfer": put forward, not yet decided, like "a possible sale"
    ("proposed prospective", _AFTER_DETERMINER + r"(?:proposed|prospective)(?=\s+(?:[a-z-]+\s+)?"
     r"(?:sales?|transfers?|deliver(?:y|ies)|exports?|shipments?|supply|supplies|handovers?|deals?)\b)", ("MODAL",)),
    # "the ministry has proposed transferring 20 vehicles", "proposes to sell": a transfer put forward, awaiting a
    # decision, like "a proposed sale"
    ("propose proposes proposed proposing", r"propos(?:e|es|ed|ing)(?=\s+(?:to\s+)?(?:send|sell|transferr?|suppl|"
     r"deliver|provid|giv|donat|export|hand|ship|lend|lent)\w*\b)", ("MODAL",)),
    # "recommend that the UK offer …": a mandative "that" clause is advice, like "should"
    ("recommend recommends recommended recommending propose proposes proposed proposing advise advises advised "
     "advising", r"(?:recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|advis(?:e|es|ed|ing))(?=\s+that\b)", ("DEONT",)),
    # "the authors project that Baku would …": a forecast, its maker's word (not "the project", a noun)
    ("project projects projected", r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bthis\s)project(?:s|ed)?(?=\s+that\b)",
     ("REPORT",)),
    # "moved a motion calling on the government to …": a parliamentary proposal, no decision to go ahead
    ("move moves moved moving", r"(?:move|moves|moved|moving)\s+(?:a|an|the)\s+(?:motion|amendment|resolution)", ()),
    # "firms have moved into the gaps", "moved closer to Moscow": a change of place or position, no decision
    ("move moves moved moving", r"(?:move|moves|moved|moving)(?=\s+(?:into|in|out|away|from|closer|towards?|around|"
     r"through|back|up|down)\b)", ()),
    # "They move cocaine and weapons through Misiones": a verb with goods for its object carries them, no decision
    ("move moves moved moving", r"(?:move|moves|moved|moving)(?=\s+(?!(?:to|ahead|forward|quickly|swiftly|fast|rapidly|"
     r"decisively|on|toward|towards|was|is|would|will|could|came|comes|has|had|by|of|in|at|very|more|further|faster|"
     r"slowly|now|immediately|cautiously|carefully|beyond|past)\b)[a-z])", ()),
    # "remains under (active) consideration": an adjective of manner does not change the weighing
    ("on under", r"on\s+the\s+(?:table|agenda(?!\s+(?:of|for|at)\b))|under\s+(?:(?:active|careful|serious|close)\s+)?"
     r"(?:consideration|review|discussion|study|examination|assessment|evaluation)",
     ("CONS", "POSTPOSED")),
    # "that examination covers the Patriot interceptors as well": what a weighing takes in is weighed
    ("review examination assessment analysis evaluation study deliberations reassessment",
     r"(?:review|examination|assessment|analysis|evaluation|study|deliberations|reassessment)\s+(?:also\s+|now\s+)?"
     r"(?:covers|covered|includes|included|extends\s+to|extended\s+to|encompasses)", ("CONS", "CONSD")),
    # "the bombs are still the subject of talks with Israel": what talks are about is under discussion
    ("the", r"the\s+subject\s+of\s+(?:(?:ongoing|active|continuing|further|intense|internal)\s+)?"
                r"(?:talks|discussions?|negotiations?|deliberations|review)\b", ("CONS", "POSTPOSED")),
    # "Drones are part of the same review": what a weighing takes in is under it, like "under review"
    ("part", r"part\s+of\s+(?:the|this|that|our|its|their)\s+(?:(?:same|ongoing|current|wider|broader)\s+)?"
             r"(?:review|assessment|deliberations|consideration|evaluation)\b", ("CONS", "POSTPOSED")),
    # "Arms deliveries are not part of this memorandum": left out of what was agreed, like "not on the table"
    ("part", r"(?<=\bnot\s)part\s+of\s+(?:the|this|that|our|its|their|any)\s+(?:[\w-]+\s+)?(?:agreement|memorandum|"
             r"deal|accord|package|programme|program|plan|partnership|cooperation|talks)\b", ("CONS", "POSTPOSED")),
]


def _index(entries: list[tuple[str, re.Pattern[str], str, object]]) -> dict[str, tuple[tuple[re.Pattern[str], str, object], ...]]:
    """First word → the patterns that may start there."""
    table: dict[str, list[tuple[re.Pattern[str], str, object]]] = {}
    for keys, pattern, kind, detail in entries:
        for key in keys.split():
            table.setdefault(key, []).append((pattern, kind, detail))
    return {key: tuple(value) for key, value in table.items()}


_PHRASE_INDEX = _index([
    (keys, re.compile(f"(?:{pattern})(?![\\w-])", re.IGNORECASE), "phrase", frozenset(tags))
    for keys, pattern, tags in _PHRASES
])

_TOKEN = re.compile(
    r"\w+(?:[-–]\w+)*(?:(?:(?<=\d)[,.]\d+)+|\.(?:[A-Za-z]\.)+)?"  # words, air-defence, 12,000, 2.5, U.S.
    r"|['’](?:s|re|ve|ll|d|t)\b"
    r"|[^\w\s]"
)
# Sentence-opening capitalised words that are not names.
_COMMON_OPENERS = frozenset(
    "the a an in on at for but and it its this that these those there their they he she we our his her as after "
    "before while when if any no some many most several asked officials deliveries offensive defensive "
    "portable new older heavy long short analysts critics experts diplomats sources observers one two three "
    "under despite amid following since until what why how however meanwhile yet still also such each during "
    "should were had turning speaking pressed given with without from by to everything anything something "
    "fewer more less half all both few late early together yes well indeed look back".split()
    # ("Late on Tuesday, …": a time adverb, no name; '"Yes, the first vehicles …"': an answer word; "Back in
    # 2009, …")
)
_FUNCTION_TAGS = frozenset({"DET", "PREP", "AUX", "COMP", "CONJ", "REL", "SUB", "NEG", "MODAL", "PRON", "POSSPRON",
                            "CONTRAST", "COND", "HAS", "HAD", "FUT", "DEONT"})


@dataclass(slots=True)
class Unit:
    """A token or a matched expression, with its roles."""

    text: str
    low: str
    start: int  # offsets into the sentence
    end: int
    tags: frozenset[str]
    ent: str = ""  # "actor" | "target" | "other" when the unit names someone
    how: str = ""  # for entities: "name" | "adj" | "speaker"; for compounds: "supplied" | "origin"
    obj: str = ""  # "strong" | "weak" | "beyond" when the unit names an object
    cap: bool = False


Trigger = tuple[re.Pattern[str], str, object]  # pattern, kind ("ent" | "obj" | "phrase"), detail


@dataclass(frozen=True)
class Matcher:
    """A stance's names compiled once: who is actor or target, and what is the object.

    `folded` is keyed by a token's lowercase form, `exact` by its exact form (acronyms and
    system names match case-sensitively: "US" is not "us", "Patriot" is not "patriot")."""

    folded: dict[str, tuple[Trigger, ...]]
    exact: dict[str, tuple[Trigger, ...]]
    anchors: frozenset[str]  # lowercase words that can start an object mention, or "arm"
    kind: str
    heads: frozenset[str]  # lowercase first words of all triggers, for "German-supplied"
    object_names: re.Pattern[str]  # the stance's own object names, for finding them in a whole text
    target_names: re.Pattern[str] = re.compile(r"(?!x)x")  # the target's names: is the article about it?
    cache: dict[str, tuple[bool, str, frozenset[str], str, bool]] = field(default_factory=dict, compare=False,
                                                                         repr=False)

    @cached_property
    def anchor_forms(self) -> frozenset[str]:
        """The anchors and their plurals in "s": one set test per sentence for `may_anchor`."""
        return self.anchors | frozenset(anchor + "s" for anchor in self.anchors)

    @cached_property
    def name_keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """The `folded` and `exact` keys that can start an actor's or target's name."""
        def named(table: dict[str, tuple[Trigger, ...]]) -> frozenset[str]:
            return frozenset(key for key, triggers in table.items() if any(kind == "ent" for _, kind, _ in triggers))
        return named(self.folded), named(self.exact)


def _case_sensitive(name: str) -> bool:
    return name.isupper() or any(ch.isdigit() for ch in name) or "." in name or name in lx.NAMED_SYSTEMS


# "South Sudan" is not "Sudan", nor "North Korea" "Korea": a compass word before a name makes another country
_COMPASS = ("South", "North", "East", "West")
_OTHER_COUNTRY_BEFORE = "".join(f"(?<!{word}\\s)(?<!{word}-)" for word in _COMPASS)


# After a family name, another model's designation or name: "Leopard 1" is not the "Leopard 2A6" a stance names,
# "Bayraktar Akinci" not its "Bayraktar TB2" (a capitalised word that is no weapon noun in a title's case)
_OTHER_MODEL_AFTER = r"(?![\s-]+(?:\d|[A-Z]{1,3}\d*\b|Mk\s*\d|(?!(?:Jets?|Fighters?|Tanks?|Drones?|Missiles?|Systems?)\b)[A-Z][a-z]{2,}\b))"


def _name_pattern(name: str, plural: bool = False, cased: bool = False, family: bool = False) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in name.split())
    suffix = r"(?:s|es)?" if plural else ""
    if family:
        suffix += _OTHER_MODEL_AFTER
    before = "" if name.split()[0] in _COMPASS else _OTHER_COUNTRY_BEFORE
    return re.compile(f"{before}{body}{suffix}(?!\\w)", 0 if cased or _case_sensitive(name) else re.IGNORECASE)


_WEAPON_MODIFIERS = ("air-defence air-defense air coastal-defence coastal-defense coastal anti-aircraft anti-tank "
                     "anti-ship anti-missile missile rocket artillery weapons weapon armoured armored fighting lethal combat surface-to-air anti-drone counter-drone")
_WEAPON_MOD = (r"(?:(?:air|coastal)[- ]defen[cs]e|anti-aircraft|anti-tank|anti-ship|anti-missile|anti-drone|counter-drone"
               r"|missile(?:[- ]defen[cs]e)?|rocket"
               r"|artillery|weapons?|armou?red|fighting|lethal|combat|surface-to-air|air)")
# Multi-word weapon phrases (one-word weapon nouns and named systems are looked up directly).
# Goods that are never weapons, as nouns ("only statements and medicine", "only food"): the non-weapon words
# less the adjectives, which need a noun of their own.
_CIVIL_GOODS = "|".join(sorted(lx.NON_WEAPONS - {"humanitarian", "non-lethal", "nonlethal", "medical", "financial",
                                                 "economic", "demining", "mine-clearing", "reconstruction"},
                               key=len, reverse=True))
_GENERIC_PHRASES: list[tuple[str, str, str]] = [
    ("lethal", r"lethal\s+(?:military\s+)?(?:aid|assistance|support|equipment|supplies|weapons?|arms|materiel|material)",
     "strong"),
    (_WEAPON_MODIFIERS, rf"{_WEAPON_MOD}\s+(?:systems?|batter(?:y|ies)|vehicles?|equipment|hardware|carriers?)"
                        r"|armou?red\s+personnel\s+carriers?", "strong"),
    ("air air-defence air-defense air-defences air-defenses", r"air[- ]defen[cs]es?", "strong"),
    # drones by their long name: "unmanned aerial vehicles", "uncrewed surface vessels"
    ("unmanned uncrewed", r"(?:unmanned|uncrewed)\s+(?:(?:aerial|surface|underwater|ground|combat)\s+)?"
                          r"(?:vehicles?|vessels?|boats?|aircraft)", "strong"),
    ("fighter combat", r"(?:fighter|combat)\s+(?:jets?|aircraft|planes?)", "strong"),
    # warships by their class: "fast attack craft", "missile boats", "patrol boats armed with missiles" are not
    ("attack missile", r"(?:(?<=fast\s)attack|missile)\s+(?:craft|boats?)", "strong"),
    # Ammunition counted in rounds: "artillery rounds", "not a single round" (never "a round of talks").
    # Counted in thousands: "tens of thousands of rounds", "millions of rounds", "155mm rounds".
    ("round rounds", r"(?:(?<=single\s)round|(?:(?<=lery\s)|(?<=tank\s)|(?<=rtar\s)|(?<=ammo\s)|(?<=\d\s)|(?<=\dmm\s)|"
                     r"(?<=sands\sof\s)|(?<=lions\sof\s)|(?<=dreds\sof\s))rounds)(?!\s+of\b)", "strong"),
    # Under export control "military goods" are arms: "export licences for military items", "exports
    # of military equipment". Elsewhere "military equipment" may be trucks or radios (weak below).
    # ("defence material" is the same legal term: "export licences for defence material")
    ("military defence defense",
     (r"(?:(?<=exports\sof\s)|(?<=export\sof\s)|(?<=licences\sfor\s)|(?<=licence\sfor\s)"
      r"|(?<=licenses\sfor\s)|(?<=license\sfor\s)|(?<=permits\sfor\s)|(?<=permit\sfor\s))"
      r"(?:military\s+(?:goods|items|equipment|hardware)|defen[cs]e\s+materi[ae]ls?)"), "strong"),
    # "war material" is the legal term for arms in export law ("re-export of Swiss war material");
    # keyed on the noun so that "war" alone never makes a sentence worth reading. "the War Material
    # Act" names the law, not the arms.
    ("material materials materiel", r"(?<=war\s)materi[ae]ls?(?!\s+(?-i:[A-Z]))", "strong"),
    # "defence exports", "defence-industry sales": the trade in arms, like "arms exports" (the noun after
    # it stays the supply noun)
    ("defence defense defence-industry defense-industry",
     r"defen[cs]e(?:[- ]industry)?(?=\s+(?:exports?|sales?)\b)", "strong"),
    ("military defence defense security", lx.WEAK_OBJECT_PHRASE, "weak"),
    ("only", r"only\s+(?:\w+\s+)?(?:(?:political|diplomatic|moral)\s+(?:and|or)\s+)?"
             r"(?:humanitarian|non-lethal|nonlethal|economic|financial|medical|political|diplomatic|moral)"
             r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:aid|assistance|support|help|equipment|supplies)"
             # "only words and medicine": a short list that ends in goods that are never weapons
             rf"|only\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:{_CIVIL_GOODS})", "only-aid"),
    # "could not confine itself to humanitarian aid", "limits its help (for Kyiv) to financial support": only aid.
    ("confine confines confined confining limit limits limited limiting restrict restricts restricted restricting",
     r"(?:confin|limit|restrict)(?:e|es|ed|ing|s)?\s+(?:itself\s+|themselves\s+|ourselves\s+|(?:its|their|our)\s+[\w-]+\s+"
     r"(?:(?:for|to)\s+(?-i:[A-Z])[\w-]+\s+)?)?to\s+"
     r"(?:(?:\w+\s+)?(?:(?:political|diplomatic|moral)\s+(?:and|or)\s+)?"
     r"(?:humanitarian|non-lethal|nonlethal|economic|financial|medical|political|diplomatic|moral|relief)"
     # "will not confine itself to relief convoys": relief goods carried, still aid only; "to diplomatic
     # statements": words, no goods
     r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:aid|assistance|support|help|equipment|supplies|convoys|statements|measures"
     r"|means|pressure|protests)"
     # "to limit its help to Ukraine to generators and demining kits": goods that are never weapons
     rf"|(?:{_CIVIL_GOODS})(?:\s+(?:and|or)\s+(?:demining|mine-clearing|medical|{_CIVIL_GOODS})(?:\s+[\w-]+)?)?)",
     "only-aid"),
    ("beyond", r"beyond\s+(?:\w+\s+){0,2}?(?:humanitarian|non-lethal|nonlethal|economic|financial|medical)"
               r"(?:[\s,]+(?:and|or|[\w-]+)){0,4}?\s+(?:aid|assistance|support|help)", "beyond"),
]
_GENERIC_TRIGGERS = [(keys, re.compile(f"(?:{pattern})(?![\\w-])", re.IGNORECASE), "obj", kind)
                     for keys, pattern, kind in _GENERIC_PHRASES]
_ENTITY_OF = {"A": ("actor", "name"), "AA": ("actor", "adj"), "AS": ("actor", "speaker"),
              "T": ("target", "name"), "TA": ("target", "adj")}


@lru_cache(maxsize=256)
def matcher_for(stance: Stance) -> Matcher:
    """Compile a stance's names once (stances are frozen and hashable)."""
    folded: dict[str, list[Trigger]] = {}
    exact: dict[str, list[Trigger]] = {}

    def add(name: str, kind: str, detail: object, plural: bool = False, cased: bool = False,
            family: bool = False) -> None:
        table = exact if cased or _case_sensitive(name) else folded
        for key in _lookup_keys(name, plural):
            key = key if table is exact else key.lower()
            table.setdefault(key, []).append((_name_pattern(name, plural, cased, family), kind, detail))

    groups = [("A", stance.actor_names), ("AA", stance.actor_adjectives), ("AS", stance.actor_speakers),
              ("T", stance.target_names), ("TA", stance.target_adjectives)]
    for group, names in groups:
        for name in names:
            if group == "AS" and name[:1].isupper():
                # a person's name as written or in capitals ("TUSK:" in a transcript): "tusk", "gallant" and
                # "cleverly" in lower case are words, not the minister
                add(name, "ent", _ENTITY_OF[group], cased=True)
                add(name.upper(), "ent", _ENTITY_OF[group], cased=True)
            else:
                add(name, "ent", _ENTITY_OF[group])
    for name in _object_spellings(stance.object_names):
        add(name, "obj", "strong", plural=True, cased=name not in stance.object_names)
    for name in family_names(stance.object_names):
        add(name, "obj", "strong", plural=True, cased=True, family=True)
    anchors = {key.lower() for n in stance.object_names for key in _lookup_keys(n, plural=True)}
    if stance.object_kind == "weapons":
        for keys, pattern, kind, detail in _GENERIC_TRIGGERS:
            for key in keys.split():
                folded.setdefault(key, []).append((pattern, kind, detail))
                anchors.add(key)
        anchors |= lx.WEAPON_NOUNS | {n.lower() for n in lx.NAMED_SYSTEMS} | lx.LICENCE_NOUNS | {"arm", "arms", "armed", "arming"}
        anchors |= _PERMIT_NOUNS  # "export permits for Israel"
    for table in (folded, exact):
        for key, triggers in list(table.items()):
            phrases = _PHRASE_INDEX.get(key, ()) if table is folded else ()
            table[key] = list(triggers) + list(phrases)
    for key, phrases in _PHRASE_INDEX.items():
        folded.setdefault(key, list(phrases))
    names = "|".join(p.pattern if p.flags & re.IGNORECASE == 0 else f"(?i:{p.pattern})"
                     for p in (_name_pattern(n, plural=True, cased=n not in stance.object_names)
                               for n in sorted(_object_spellings(stance.object_names), key=len, reverse=True)))
    heads = frozenset(folded) | frozenset(k.lower() for k in exact)
    # (its cities name the target as a unit of a sentence; whether a text names the target at all, the country,
    # its capital and its adjectives say, at a fraction of the cost of searching for every city)
    targets = "|".join(p.pattern if p.flags & re.IGNORECASE == 0 else f"(?i:{p.pattern})"
                       for p in (_name_pattern(n) for n in (*stance.target_names, *stance.target_adjectives)
                                 if n.lower() not in PLACE_NAMES))
    return Matcher({k: tuple(v) for k, v in folded.items()}, {k: tuple(v) for k, v in exact.items()},
                   frozenset(anchors), stance.object_kind, heads,
                   re.compile(rf"(?<!\w)(?:{names})" if names else r"(?!x)x"),
                   re.compile(rf"(?<!\w)(?:{targets})" if targets else r"(?!x)x"))


def _object_spellings(names: tuple[str, ...]) -> tuple[str, ...]:
    """The object's names, and a model name in capitals also as the press writes it in running text
    ("CAESAR" as "Caesar", "HIMARS" as "Himars"); short acronyms ("US") keep their one spelling."""
    titled = tuple(n.capitalize() for n in names if n.isalpha() and n.isupper() and len(n) >= 4)
    return names + tuple(t for t in titled if t not in names)


# Capitalised words that open a designation without naming a family: "Type 03", "Model 1", "Block 5"
_NOT_FAMILIES = frozenset({"type", "model", "block", "mark", "series", "project", "version", "batch"})


def family_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """ "Mirage 2000", "Gripen E": a family word followed only by a model designation; the press calls the
    system by that word alone ("no Mirage has been sent", "the Gripens")."""
    families = []
    for name in names:
        first, *rest = name.split()
        if rest and first[:1].isupper() and first.isalpha() and len(first) >= 4 and \
                first.lower() not in _NOT_FAMILIES and all(_designation(part) for part in rest) and \
                first not in names and first not in families:
            families.append(first)
    return tuple(families)


def _designation(part: str) -> bool:
    return any(ch.isdigit() for ch in part) or part.isupper() and len(part) <= 3


def _lookup_keys(name: str, plural: bool) -> tuple[str, ...]:
    """The tokens a name can start with: its first ("SAMP/T" is looked up by "SAMP"), and for a
    one-token name matched in the plural, that token's plural too ("F-35s" is one token)."""
    tokens = tokens_of(name)
    first = tokens[0][2]
    return (first, first + "s", first + "es") if plural and len(tokens) == 1 else (first,)


@lru_cache(maxsize=1024)
def lowered(tokens: tuple[tuple[int, int, str], ...]) -> tuple[str, ...]:
    """The tokens' texts in lower case (looked at by every stance's cheap tests)."""
    return tuple(text.lower() for _, _, text in tokens)


@lru_cache(maxsize=1024)  # an article is read once per stance: tokenise each sentence once
def tokens_of(sentence: str) -> tuple[tuple[int, int, str], ...]:
    tokens = [(*m.span(), m.group()) for m in _TOKEN.finditer(sentence)]
    if "'t" in sentence or "’t" in sentence:
        tokens = _split_negation(tokens)
    return tuple(tokens)


def _split_negation(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "don't" → "do" + "n't", "won't" → "wo" + "n't": the negation becomes its own token."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in tokens:
        if text in ("'t", "’t") and out and out[-1][2].endswith("n") and out[-1][1] == start:
            p_start, p_end, p_text = out.pop()
            if len(p_text) > 1:
                out.append((p_start, p_end - 1, p_text[:-1]))
            out.append((p_end - 1, end, "n" + text))
            continue
        out.append((start, end, text))
    return out


def may_anchor(tokens: tuple[tuple[int, int, str], ...], matcher: Matcher) -> bool:
    """Cheap test: can this sentence mention the object at all? Most sentences cannot."""
    lows = lowered(tokens)
    if not matcher.anchor_forms.isdisjoint(lows):
        return True
    for k, ((_, _, text), low) in enumerate(zip(tokens, lows)):
        if low in lx.DESIGNATED_NOUNS and _designated([text for _, _, text in tokens[max(0, k - 3):k]]):
            return True  # "F-35 components", "F-35 stealth fighters"; "part of the talks" is not worth reading
        if low in lx.PART_NOUNS and matcher.kind == "weapons" and \
                _weapon_compound([text for _, _, text in tokens[max(0, k - 2):k]]):
            return True  # "missile-engine components"
        if "-" in text and matcher.kind == "weapons" and _BARE_DESIGNATION.fullmatch(text):
            return True  # "sell 48 F-35s"
    return False


def units_for(sentence: str, matcher: Matcher, tokens: Sequence[tuple[int, int, str]] | None = None) -> list[Unit]:
    """Tokenise a sentence and merge names, objects and expressions into units."""
    tokens = tokens if tokens is not None else tokens_of(sentence)
    units = _merge(sentence, tokens, matcher)
    _mark_other_names(units)
    if any(text in _STATE_FORMS for _, _, text in tokens):
        _mark_bare_state_forms(units)
    _fix_arms(units, matcher.kind)
    words = {text.lower() for _, _, text in tokens}  # the rarer passes run only when their words occur
    if words & lx.DESIGNATED_NOUNS:
        _mark_weapon_parts(units, matcher.kind)
    if words & lx.LICENCE_NOUNS or words & _PERMIT_NOUNS and "export" in words:
        _mark_licences(units, matcher.kind)
    if words & _OBJECT_PRONOUNS:
        _split_phrase_pronoun(units)
    if matcher.kind == "weapons" and any("-" in word and word[:1].isalpha() for word in words):
        _mark_bare_designations(units)
    _mark_inverted_condition(units)
    if words & _COMPLETION_VERBS:
        _unmark_unfinished_weighing(units)
    if any(text in _LAW_WORDS for _, _, text in tokens):
        _unmark_law_names(units)
    if words & _STAY_VERBS:
        _mark_kept_by_actor(units)
    if words & _CLOSED_WORDS:
        _mark_kept_closed(units)
    if words & _DIVEST_VERBS:
        _mark_divesting(units)
    if words & _STATE_FORM_WORDS:
        _mark_reported_state_forms(units)
    if words & _DIFFICULTY:
        _mark_hard_to_keep_refusing(units)
    if words & _OUTLET_WORDS:
        _mark_outlet_nouns(units)
    if "given" in words:
        _mark_given_after_adverb(units)
    if words & _SERIES_NUMERALS or any(word.isdigit() for word in words):
        _unmark_series_words(units)
    if "for" in words and "," in words and not words.isdisjoint(lx.REQUEST_NOUNS):
        _join_set_off_request_object(units)
    if "," in words:
        _join_place_regions(units)
    if "(" in words:
        _drop_enumerators(units)
    if words & _SHIP_NOUNS:
        _unmark_ship_nouns(units)
    if words & _REBEL_NOUNS:
        _mark_rebels(units)
    if words & _POSSESSIVE_MARKS:
        _unmark_possessor_objects(units)
    if "of" in words and words & _PROMISE_NOUNS:
        _unmark_promised_content(units)
    if "that" in words and words & _POINTED_NOUNS:
        _mark_demonstrative_that(units)
    if "that" in words:
        _mark_relative_that(units)
        _mark_included_option(units)
    if "and" in words or "," in words:
        _unmark_listed_participles(units)
    if "State" in (text for _, _, text in tokens):
        _join_state_titles(units)
    if "against" in words:
        _unmark_used_against(units)
    if words & _UNDOING:
        _unmark_undone_halts(units)
    if "block" in words:
        _unmark_block_names(units)
    if "state" in words:
        _unmark_federal_states(units)
    if words & _DAY_PARTS:
        _unmark_times_of_day(units)
    if words & _CARRYING and words & lx.CARRIERS:
        _mark_carrying_vehicles(units)
    if "from" in words and ("order" in words or "orders" in words or "ordered" in words):
        _mark_purchase_orders(units)
    if words & _ORDERING:
        _mark_counted_orders(units)
    if "list" in words and words & _SUBMITTED:
        _mark_submitted_lists(units)
    if "from" in words and words & lx.WITHDRAW:
        _unmark_withdrawn_from(units)
    if "too" in words:
        _mark_too_to(units)
    if words & _INSTITUTE_HEADS:
        _mark_named_institutes(units)
    if words & _LANDING:
        _unmark_landing_munitions(units)
    if words & _SUPPLY_NOUN_HEADS:
        _unmark_supply_modifiers(units)
    if words & _REMIT_BODIES and ("for" in words or "on" in words):
        _unmark_remits(units)
    if "which" in words or "the" in words:
        _unmark_habitual_remits(units)
    if words & _DEPARTURES and ("for" in words or "to" in words):
        _mark_bound_departures(units)
    if words & _UNARMING or "surveillance" in words and words & _POLICING:
        _unmark_unarmed(units)
    if "equipped" in words and "with" in words:
        _unmark_equipped_units(units)
    if words & _REPLENISHING:
        _mark_replenished_stocks(units)
    if "where" in words or "how" in words:
        _unmark_questioned_participles(units)
    if "," in words and ("by" in words and words & _REACHED or words & _SOURCING or "given" in words or
                         words & _MODAL_WORDS or
                         ("or" in words or "and" in words) and any(word.endswith("ly") for word in words)):
        units = _without_asides(units)
    return units


_LANDING = frozenset({"land", "lands", "landed", "landing", "touch", "touches", "touched", "touching"})
_MUNITIONS = frozenset({"missile", "missiles", "rocket", "rockets", "shell", "shells", "bomb", "bombs", "round", "rounds",
                        "debris", "warhead", "warheads"})


# Nouns a supply noun only modifies: "the arms export board", "its arms export policy toward Morocco"
_SUPPLY_NOUN_HEADS = frozenset({"board", "boards", "agency", "agencies", "authority", "authorities", "office", "offices",
                                "policy", "policies", "regime", "regimes", "rules", "law", "laws", "guidelines",
                                "committee", "council", "department", "official", "officials", "data", "figures",
                                "statistics", "record", "records", "strategy", "strategies", "system"})


def _unmark_supply_modifiers(units: list[Unit]) -> None:
    """ "Spain's arms export board is reviewing …": a supply noun before a noun of an institution or a rule names
    what that thing is about; it reports no supply."""
    for k in range(len(units) - 1):
        unit = units[k]
        if "SUPN" in unit.tags and units[k + 1].low in _SUPPLY_NOUN_HEADS and \
                units[k + 1].tags <= {"POLICY", "GENERIC"}:
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"SUP", "SUPN"}, cap=unit.cap)


_REMIT_BODIES = frozenset({"commission", "committee", "council", "board", "agency", "authority", "office",
                           "directorate", "bureau", "secretariat"})
_REMIT_WORDS = frozenset({"DET", "PREP", "OF", "FOR", "CONJ", "SUPN", "SUP", "OBJ", "WAR", "NSHEAD", "POLICY"})


def _unmark_remits(units: list[Unit]) -> None:
    """ "Argentina's commission for the control of sensitive exports and war material has begun reviewing …": the
    exports and goods a body's remit names say what the body is for, no supply of them."""
    for k in range(len(units) - 2):
        if units[k].low not in _REMIT_BODIES or units[k + 1].low not in ("for", "on"):
            continue
        for j in range(k + 2, min(len(units), k + 12)):
            unit = units[j]
            if unit.ent or unit.tags - _REMIT_WORDS or "SUP" in unit.tags and "SUPN" not in unit.tags:
                break  # the body's own verb, or another party
            if unit.obj or "SUPN" in unit.tags:
                units[j] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"SUP", "SUPN", "OBJ"},
                                cap=unit.cap)


_DEPARTURES = frozenset({"left", "departed", "sailed"})


def _mark_bound_departures(units: list[Unit]) -> None:
    """ "The first Peruvian rifles for Ukraine left Callao on Monday": goods the subject binds for the target set
    off towards it, an arrival under way (a container noun, "a shipment of …", is read in object_phrases)."""
    for k, unit in enumerate(units):
        if unit.low not in _DEPARTURES or "ARRIVE" in unit.tags:
            continue
        subject = units[max(0, k - 8):k]
        if any(u.tags & {"COMMA", "HARD", "SUB", "REL", "COMP", "SUP"} for u in subject):
            continue
        bound = [j for j in range(1, len(subject)) if subject[j].ent == "target" and subject[j - 1].low in ("for", "to")]
        if bound and any(u.obj for u in subject[:bound[0]]):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"ARRIVE"}, cap=unit.cap)


# Verbs of an office handing out papers: "…, which issues arms export licences, …".
# A body's verbs of issuing in the simple present: "which grants licences", "which licenses exports of war materiel".
_REMIT_ISSUING = frozenset({"issues", "grants", "awards", "licenses", "licences", "authorises", "authorizes"})


def _unmark_habitual_remits(units: list[Unit]) -> None:
    """ "the Ministry of Economy, which signs off on arms export licences after consulting …, said …", "Under the
    Act, the Minister of Foreign Affairs decides on permits for military goods": a body or office in the simple
    present over goods named in general (no article, no party) says what it does as a rule, no decision of the
    moment."""
    for k in range(1, len(units) - 2):
        verb = units[k + 1]
        first = verb.low.split()[0]
        if not (units[k].low == "which" and units[k - 1].low == "," or _body_subject(units, k)) or \
                not (verb.tags & {"COMMIT", "DECIDE"} or first in _REMIT_ISSUING) or not first.endswith("s") or \
                first in ("is", "has", "was", "does", "says") or first.endswith("ss"):
            continue
        clause = []
        for j in range(k + 2, len(units)):
            if units[j].tags & {"COMMA", "SUB", "HARD", "REL"}:
                break
            clause.append(j)
        if any(units[j].ent or units[j].tags & {"DET", "NUM", "POSS"} for j in clause):
            continue  # "which approves the sale to Israel": one matter, one party
        for j in clause:
            unit = units[j]
            if unit.obj or unit.tags & {"SUP", "SUPN"}:
                units[j] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"SUP", "SUPN", "OBJ"},
                                cap=unit.cap)


def _body_subject(units: list[Unit], k: int) -> bool:
    """Does the clause open at "the" and name a body or office ending at `k` ("the Minister of Foreign Affairs",
    "the export control board")?"""
    if not (units[k].cap or units[k].low in _REMIT_BODIES):
        return False
    j = k
    while j > 0 and units[j - 1].low not in (",", ";", ":") and k - j < 8:
        j -= 1
    span = units[j:k + 1]
    return (j == 0 or units[j - 1].low in (",", ";", ":")) and span[0].low == "the" and \
        all(u.cap and not u.ent or u.tags <= {"DET", "OF", "PREP"} or u.low in _REMIT_BODIES for u in span)


# "water tanks", "a think tank", "a landing ship tank", "tank trucks": tanks that hold, carry or land things
_TANK_HOLDING = frozenset({"think", "water", "fuel", "storage", "oil", "gas", "septic", "fish", "oxygen", "petrol",
                           "diesel", "ship", "holding"})
_TANK_CARRIER = frozenset({"landing", "truck", "trucks", "wagon", "wagons", "farm"})


# "a submarine power cable", "the submarine rescue vessel": "submarine" as an adjective, under the sea
_UNDERSEA = frozenset({"cable", "cables", "power", "internet", "fibre", "fiber", "pipeline", "pipelines", "rescue",
                       "telecommunications", "data"})


def _undersea(tokens: Sequence[tuple[int, int, str]], ti: int) -> bool:
    return ti + 1 < len(tokens) and tokens[ti + 1][2].lower() in _UNDERSEA


def _container_tank(tokens: Sequence[tuple[int, int, str]], ti: int) -> bool:
    return ti > 0 and tokens[ti - 1][2].lower() in _TANK_HOLDING or \
        ti + 1 < len(tokens) and tokens[ti + 1][2].lower() in _TANK_CARRIER


# Modifiers that make drones or aircraft civilian goods: "unarmed surveillance drones", "agricultural drones"
_CIVIL_MODIFIERS = frozenset({"unarmed", "civilian", "agricultural", "crop-spraying", "firefighting", "hobby", "toy",
                              "racing", "surveying", "mapping"})
_UNARMING = _CIVIL_MODIFIERS | {"cannot"}
# Who watches rather than fights: "surveillance drones to Lao police", "surveillance drones for the border".
_POLICING = frozenset({"police", "border", "borders", "coastguard", "gendarmerie", "customs"})
_ARMING_VERBS = frozenset({"shoot", "fire", "strike", "attack", "kill"})


def _unmark_unarmed(units: list[Unit]) -> None:
    """ "unarmed surveillance drones", "agricultural drones", "drones that cannot shoot", "surveillance drones to
    Lao police": goods said to carry no weapon, or to watch for the police, are none."""
    for k, unit in enumerate(units):
        if not unit.obj:
            continue
        after = [u.low for u in units[k + 1:k + 4]]
        before = [u.low for u in units[max(0, k - 3):k]]
        if any(w in _CIVIL_MODIFIERS for w in before) or \
                after[:2] in (["that", "cannot"], ["which", "cannot"]) and after[2:] and after[2] in _ARMING_VERBS or \
                "surveillance" in before and any(u.low in _POLICING for u in units[k + 1:k + 7]):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"OBJ"} | {"NONWEAPON"}, unit.ent,
                            unit.how, "", unit.cap)


_FORMATIONS = frozenset({"battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "unit", "units",
                         "company", "companies", "division", "divisions", "squadron", "squadrons", "battlegroup",
                         "battlegroups", "contingent", "contingents", "troops", "soldiers", "crews"})


def _unmark_equipped_units(units: list[Unit]) -> None:
    """ "Sweden has a mechanised battalion equipped with CV90s in Latvia": a formation "equipped with" goods is
    described by its kit, no supply (not the target's own: "Latvian battalions equipped with Swedish CV90s")."""
    for k in range(1, len(units) - 1):
        unit = units[k]
        if unit.low != "equipped" or "SUP" not in unit.tags or units[k + 1].low != "with" or \
                units[k - 1].low not in _FORMATIONS:
            continue
        if any(u.ent == "target" for u in units[max(0, k - 4):k - 1]):
            continue
        units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"SUP"}, cap=unit.cap)


_REPLENISHING = frozenset({"replenish", "replenishes", "replenished", "replenishing"})
_STOCKS = frozenset({"stock", "stocks", "stockpile", "stockpiles", "arsenal", "arsenals", "inventory", "inventories"})


def _mark_replenished_stocks(units: list[Unit]) -> None:
    """ "If Tbilisi takes concrete steps, we could look at replenishing its Javelin stocks", "replenish Georgian
    stocks": refilling the target's own stocks supplies it (not "replenish its own stocks", the supplier's)."""
    for k in range(len(units) - 2):
        if units[k].low not in _REPLENISHING:
            continue
        owner = units[k + 1]
        nearest = next((u.ent for u in reversed(units[:k]) if u.ent in ("actor", "target", "other")), None)
        owned = owner.ent == "target" or owner.low in ("its", "their") and nearest == "target"
        if owned and units[k + 2].low != "own" and any(u.low in _STOCKS for u in units[k + 2:k + 5]):
            units[k] = Unit(units[k].text, units[k].low, units[k].start, units[k].end, units[k].tags | {"SUP"},
                            cap=units[k].cap)


def _unmark_questioned_participles(units: list[Unit]) -> None:
    """ "rules for checking where transferred weapons end up", "how supplied arms are used": a supply participle
    before its goods, in a question of where or how they go, describes goods in general; it reports no supply."""
    for k in range(1, len(units) - 1):
        unit = units[k]
        if units[k - 1].low in ("where", "how") and "SUP" in unit.tags and unit.low.endswith("ed") and units[k + 1].obj:
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"SUP"}, cap=unit.cap)


# The last word of a named body that is no government: "the Australian Strategic Policy Institute".
_INSTITUTE_HEADS = frozenset({"institute", "university", "centre", "center", "foundation", "society", "association",
                              "academy", "forum", "school", "college", "museum", "observatory"})


def _unmark_federal_states(units: list[Unit]) -> None:
    """ "a distributor in the U.S. state of Georgia": a name after "state of" is a federal state, not the country
    the stance names."""
    for k in range(2, len(units)):
        unit = units[k]
        if unit.ent in ("actor", "target") and units[k - 1].low == "of" and units[k - 2].low == "state":
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags, "other", "name", unit.obj, unit.cap)


def _mark_named_institutes(units: list[Unit]) -> None:
    """ "A senior fellow at the Australian Strategic Policy Institute noted …": a name that opens on the actor's
    adjective and ends on "Institute" names a think-tank or a school, an outside voice, not the actor (a bare
    "American Institute (in Taiwan)" can be a government's office abroad)."""
    for k, unit in enumerate(units):
        words = unit.low.split()
        if unit.ent == "actor" and unit.how == "adj" and len(words) > 2 and words[-1] in _INSTITUTE_HEADS:
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"OUTSIDER"}, "other", "name",
                            unit.obj, unit.cap)


def _unmark_landing_munitions(units: list[Unit]) -> None:
    """ "five Chinese missiles landed in Japan's economic zone": what a munition's landing tells is a strike,
    not an arrival (jets that land at an air base arrive)."""
    for k, unit in enumerate(units):
        if "ARRIVE" in unit.tags and unit.low.split()[0] in _LANDING:
            before = next((u for u in reversed(units[max(0, k - 6):k]) if u.obj or u.low in _MUNITIONS), None)
            if before is not None and before.low.split()[-1] in _MUNITIONS:
                units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"ARRIVE"}, cap=unit.cap)


def _unmark_block_names(units: list[Unit]) -> None:
    """ "Block I KF-21 fighters", "Block 70 F-16s": a production block names a variant, it blocks nothing."""
    for k, unit in enumerate(units[:-1]):
        if unit.text == "Block" and (units[k + 1].text in ("I", "II", "III", "IV", "V") or units[k + 1].low.isdigit()):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset(), cap=unit.cap)


_DAY_PARTS = frozenset({"dawn", "daybreak", "sunrise", "noon", "midday", "dusk", "sunset", "midnight"})


def _unmark_times_of_day(units: list[Unit]) -> None:
    """ "landed before dawn": "before" or "after" a time of day is a preposition; it opens no earlier event."""
    for k, unit in enumerate(units[:-1]):
        if unit.low in ("before", "after") and units[k + 1].low in _DAY_PARTS:
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"PREP"}), cap=unit.cap)


_CARRYING = frozenset({"carrying", "carried", "carries", "carry", "unloading", "unloaded", "unloads", "unload",
                       "offloading", "offloaded", "offloads", "offload"})


def _second_verb(units: list[Unit], k: int) -> bool:
    """ "docked at the port and began unloading": "and" before a past verb gives the same subject a second verb."""
    return units[k].low == "and" and k + 1 < len(units) and not units[k + 1].ent and \
        (units[k + 1].low.endswith("ed") or units[k + 1].low in ("began", "begun"))


def _mark_carrying_vehicles(units: list[Unit]) -> None:
    """ "A Saudi military cargo plane touched down … carrying assault rifles …": a party's own plane, convoy or ship
    carrying the goods delivers them, like "shipping"; a vehicle no one owns carries nothing of anyone's."""
    for k, unit in enumerate(units):
        if unit.low not in _CARRYING or unit.tags:
            continue
        vehicle = next((j for j in range(k - 1, max(-1, k - 12), -1) if units[j].low in lx.CARRIERS), None)
        if vehicle is None or units[k - 1].low != "," and \
                any(u.tags & {"COMMA", "REL", "SUB", "CONJ"} and not _second_verb(units, j)
                    for j, u in enumerate(units[vehicle + 1:k], vehicle + 1)):
            continue  # ("…, carrying": the participle of the vehicle's own clause)
        opening = next((j + 1 for j in range(min(12, vehicle)) if dateline_dash(units, j)), 0)  # no dateline city
        if any(u.ent for u in units[max(opening, vehicle - 5):vehicle]):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"SUP"}), cap=unit.cap)


_SUBMITTED = frozenset({"submitted", "sent", "presented", "handed"})


def _mark_submitted_lists(units: list[Unit]) -> None:
    """ "a detailed list of rifles, ammunition and mortars submitted by Ecuador": a list of goods that a party
    submitted is its request for them, like "a request from Ecuador for …"."""
    for k in range(len(units) - 4):
        if units[k].low != "list" or units[k + 1].low != "of":
            continue
        for j in range(k + 2, min(len(units) - 2, k + 14)):
            if units[j].low in _SUBMITTED and units[j + 1].low == "by" and units[j + 2].ent == "target":
                units[k] = Unit(units[k].text, units[k].low, units[k].start, units[k].end, frozenset({"PRESS"}),
                                cap=units[k].cap)
                break
            if units[j].tags & {"REL", "SUB", "HARD"}:
                break


def _mark_purchase_orders(units: list[Unit]) -> None:
    """ "a second order of howitzers from India", "the tanks ordered from the United States": an order of goods
    from a supplier is a purchase, like "buying" ("ordered the army to", "an order to send" and "orders from
    European armies" are not)."""
    for k in range(1, len(units) - 2):
        unit = units[k]
        if unit.low in ("order", "orders") and units[k + 1].low == "of" and \
                (units[k - 1].tags & {"DET", "POSSPRON"} or not units[k - 1].tags and units[k - 1].low.isalpha()) and \
                any(u.low == "from" for u in units[k + 2:k + 10]):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"RECV"}), cap=unit.cap)
        elif unit.low == "ordered" and units[k + 1].low == "from" and \
                (units[k - 1].obj or k >= 2 and units[k - 2].obj and not units[k - 1].tags):
            # "the first 38 Abrams tanks ordered from the United States": goods ordered from a supplier, bought
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"RECV"}), cap=unit.cap)


_ORDERING = frozenset({"order", "orders", "ordered", "ordering"})
_COUNTED_MORE = frozenset({"additional", "more", "further", "extra", "another", "new"})


def _mark_counted_orders(units: list[Unit]) -> None:
    """ "France would order 30 additional CAESAR Mk II", "ordered a further 18 K9s": goods ordered by their count
    are bought by the one who orders them ("ordered the army to send", "ordered 30 soldiers to" are commands)."""
    for k in range(len(units) - 2):
        if units[k].low not in _ORDERING or "DIRECTIVE" not in units[k].tags:
            continue
        j = k + 1 + (units[k + 1].low in ("a", "an"))
        counted = j < len(units) and (units[j].low[:1].isdigit() or units[j].low in _COUNTED_MORE)
        goods = next((g for g in range(j, min(j + 4, len(units))) if units[g].obj), None)
        if counted and goods is not None and not any(u.tags & {"TO", "COMMA"} for u in units[j:goods]):
            units[k] = Unit(units[k].text, units[k].low, units[k].start, units[k].end, frozenset({"RECV"}),
                            cap=units[k].cap)


def _unmark_withdrawn_from(units: list[Unit]) -> None:
    """ "weapons withdrawn from service": taken out of use, no supply ended (unlike "withdrew its approval")."""
    for k, unit in enumerate(units[:-1]):
        if unit.low in lx.WITHDRAW and units[k + 1].low == "from":
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags - {"END"}, unit.ent, unit.how,
                            unit.obj, unit.cap)


def _mark_too_to(units: list[Unit]) -> None:
    """ "stocks are too depleted to allow any transfer", "has far too few Archer units to give any away": "too"
    with an adjective (or "few" and what there is too little of) denies the infinitive after it, like "not"."""
    for k, unit in enumerate(units[:-3]):
        if unit.low != "too":
            continue
        counted = units[k + 1].low in ("few", "little")
        for j in (k + 2, k + 3, k + 4) if counted else (k + 2, k + 3):
            if j + 1 < len(units) and units[j].low == "to" and \
                    all(not u.ent and (u.obj and counted or u.low.isalpha() and not u.obj and not u.tags - {"ADV", "DET"})
                        for u in units[k + 1:j]):
                units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"NEG"}, unit.ent, unit.how,
                                unit.obj, unit.cap)
                break


_REACHED = frozenset({"contacted", "reached", "interviewed"})
_SOURCING = frozenset({"citing", "quoting"})


def _without_asides(units: list[Unit]) -> list[Unit]:
    """ "has not transferred, directly or indirectly, any weapons": two adverbs of manner set off by commas
    only qualify the verb; "a spokesperson, contacted by Harbor Wire, said": how the speaker was reached;
    "claimed, citing a source, that": where the claim came from. Dropped, the verb meets its object, its
    subject or its clause."""
    for k in range(len(units) - 5):
        if units[k].low != ",":
            continue
        j = k + 2 if units[k + 1].low == "either" else k + 1
        if j + 3 < len(units) and _manner_adverb(units[j]) and units[j + 1].low in ("or", "and") and \
                _manner_adverb(units[j + 2]) and units[j + 3].low == ",":
            return units[:k] + units[j + 4:]
        if units[k + 1].low in _REACHED and units[k + 2].low == "by":
            close = next((c for c in range(k + 3, min(len(units), k + 9)) if units[c].low == ","), None)
            if close is not None and not any(u.obj for u in units[k + 3:close]):
                return units[:k] + units[close + 1:]
        if units[k + 1].low.split()[0] == "given" and not units[k + 1].tags - {"PREP"}:
            # "asked whether, given reports of renewed shelling, Australia could …": the circumstance only
            close = next((c for c in range(k + 2, min(len(units), k + 16)) if units[c].low == ","), None)
            if close is not None and not any(u.obj or u.ent == "actor" for u in units[k + 2:close]):
                return units[:k] + units[close + 1:]  # ("given Japan's stated interest": the target's, a circumstance)
        if k > 0 and units[k - 1].tags & {"MODAL", "AUX", "FUT"}:
            # "the country could, for the first time, hand over …": a time or manner phrase between the modal
            # and its verb (never a condition: "will, if approved, send" keeps its "if")
            close = next((c for c in range(k + 2, min(len(units) - 1, k + 7)) if units[c].low == ","), None)
            if close is not None and not any(u.obj or u.ent or u.tags - _ASIDE_TAGS for u in units[k + 1:close]):
                return units[:k] + units[close + 1:]
        if units[k + 1].low in _SOURCING and k > 0 and units[k - 1].tags & {"REPORT", "DOUBT"}:
            # "claimed, citing an unnamed military source, that …": the report goes on after its source
            close = next((c for c in range(k + 2, min(len(units), k + 12)) if units[c].low == ","), None)
            if close is not None and close + 1 < len(units) and "QUOTE" in units[close + 1].tags:
                close += 1  # 'citing an unnamed "military source," that'
            if close is not None and close + 1 < len(units) and units[close + 1].low == "that" and \
                    not any(u.obj for u in units[k + 2:close]):
                return units[:k] + units[close + 1:]
    return units


_MODAL_WORDS = frozenset({"could", "would", "will", "may", "might", "can", "should", "must"})
_ASIDE_TAGS = frozenset({"PREP", "DET", "ADV", "FOR", "IN", "NOOP"})


def _manner_adverb(unit: Unit) -> bool:
    return unit.low.endswith("ly") and not unit.ent and not unit.obj and not unit.tags - {"ADV"}


_PREP_ONLY = frozenset({"PREP"})


def _unmark_used_against(units: list[Unit]) -> None:
    """ "Arming Georgia's soldiers against the rebels", "missiles to defend against drones": "against" after a
    supply and its object names what the goods are for, no opposition to supplying them ("is against selling",
    "voted against sending" keep it before the supply)."""
    for i in range(1, len(units)):
        if units[i].low != "against" or "NEG" not in units[i].tags:
            continue
        before = units[max(0, i - 5):i]
        if any(u.obj or "SUP" in u.tags and "SUPN" not in u.tags for u in before) and \
                units[i - 1].low not in lx.PASSIVE_BE and not units[i - 1].tags & {"REFU", "AUX", "ADV"}:
            units[i] = Unit(units[i].text, units[i].low, units[i].start, units[i].end, _PREP_ONLY, cap=units[i].cap)


_UNDOING = frozenset({"resume", "resumes", "resumed", "resuming", "restart", "restarts", "restarted", "restarting",
                      "revive", "revives", "revived", "reviving", "reinstate", "reinstates", "reinstated", "reinstating",
                      "restore", "restores", "restored", "restoring"})


def _unmark_undone_halts(units: list[Unit]) -> None:
    """ "reviving the cancelled sale", "resumed the suspended deliveries": a halt named before the supply noun
    that a verb of resuming takes is what is undone, no halt the sentence reports."""
    for i in range(2, len(units)):
        unit = units[i]
        if "END" in unit.tags and unit.low.endswith("ed") and units[i - 1].low in ("the", "its", "their") and \
                units[i - 2].low in _UNDOING:
            units[i] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=unit.cap)


def _join_state_titles(units: list[Unit]) -> None:
    """ "to the State of Israel", "the State of Qatar": a capitalised "State of" before a party's name is part of
    that name (no verb "state"); the three units become the party. So is a capitalised "State" before a title
    ("State Secretary Eirik Tvedt visited …", "State Minister Lee"): a rank, not a verb of saying."""
    for k in range(len(units) - 2, -1, -1):
        unit, title = units[k], units[k + 1]
        if unit.text == "State" and title.text.split()[0] in lx.TITLE_WORDS:
            units[k:k + 2] = [Unit(f"{unit.text} {title.text}", f"state {title.low}", unit.start, title.end,
                                   title.tags, title.ent, title.how, title.obj, cap=True)]
    for k in range(len(units) - 3, 0, -1):
        unit, name = units[k], units[k + 2]
        if unit.text == "State" and units[k + 1].low == "of" and name.ent and "DET" in units[k - 1].tags:
            units[k:k + 3] = [Unit(f"{unit.text} of {name.text}", f"state of {name.low}", unit.start, name.end,
                                   name.tags, name.ent, name.how, name.obj, cap=True)]


# Singular nouns for an option named before, which "that" can point to like "the".
_POINTED_NOUNS = frozenset({"request", "option", "idea", "proposal", "plan", "possibility", "step", "move"})
_DET = frozenset({"DET"})


def _mark_demonstrative_that(units: list[Unit]) -> None:
    """ "We are weighing that request and will …", "ruled that option out": after a verb, "that" before a
    singular option noun that ends its phrase is a determiner, no complementiser ("said that request was
    made" has a verb after the noun and keeps the clause; after a verb of saying "that" always opens one:
    "said that request, for German missiles, had been granted")."""
    for index in range(1, len(units) - 2):
        unit, noun, after = units[index], units[index + 1], units[index + 2]
        if unit.low == "that" and "COMP" in unit.tags and noun.low in _POINTED_NOUNS and not noun.ent and \
                not noun.obj and units[index - 1].tags - {"DET", "PREP", "COMMA", "CONJ"} and \
                "REPORT" not in units[index - 1].tags and \
                (after.low in (".", ",", ";", ":", "and", "out") or after.tags & {"QUOTE", "PREP"}):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _DET, cap=unit.cap)


_RELATIVE_VERB_TAGS = frozenset({"SUP", "AUX", "HAS", "MODAL", "FUT"})
# Parties that can be the subject of a supply verb (not "contracts that will deliver …": the actor's own means).
_PARTY_SUBJECTS = lx.PARTY_PLURALS | lx.TRADE_PARTIES
_REL = frozenset({"REL"})


def _mark_relative_that(units: list[Unit]) -> None:
    """ "firms that sell drones to Russia", "countries that have armed Kyiv": "that" between a common noun and
    a finite verb is a relative pronoun, the noun the verb's subject; a complementiser opens a clause with a
    subject of its own ("told reporters that Japan …")."""
    for index in range(1, len(units) - 1):
        unit, noun, verb = units[index], units[index - 1], units[index + 1]
        if unit.low == "that" and "COMP" in unit.tags and verb.tags & _RELATIVE_VERB_TAGS and \
                not verb.low.endswith("ing") and noun.low in _PARTY_SUBJECTS and not noun.cap and \
                not (index + 2 < len(units) and units[index + 2].low == "of") and not _membership(units, index - 1):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _REL, cap=unit.cap)


def _mark_included_option(units: list[Unit]) -> None:
    """ "would look at every option …, and that would include long-range fires such as HIMARS": what "that" (the
    options just weighed) "would include" is a possibility, like "could include", no decision announced."""
    for index in range(1, len(units) - 2):
        if units[index].low == "that" and units[index - 1].low == "and" and units[index + 1].low == "would" and \
                units[index + 2].low in ("include", "includes"):
            would = units[index + 1]
            units[index + 1] = Unit(would.text, would.low, would.start, would.end, frozenset({"MODAL"}), cap=would.cap)


def _unmark_listed_participles(units: list[Unit]) -> None:
    """ "offered training, intelligence cooperation and leased surveillance drones": a past participle opening the
    last member of a list that a supply verb just before governs modifies its noun; it is no second verb."""
    for k in range(3, len(units) - 1):
        unit = units[k]
        if "SUP" not in unit.tags or "SUPN" in unit.tags or not unit.low.endswith("ed") or \
                units[k - 1].low not in ("and", ",") or units[k - 2].ent or units[k - 2].tags - {"NSHEAD", "OBJ"}:
            continue
        noun = next((j for j in range(k + 1, min(len(units), k + 4)) if units[j].obj), None)
        if noun is None or any(u.tags or u.ent for u in units[k + 1:noun]):
            continue
        if any("SUP" in units[j].tags and "SUPN" not in units[j].tags for j in range(max(0, k - 8), k - 2)):
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=unit.cap)


def _membership(units: list[Unit], noun: int) -> bool:
    """ "one of the few US allies that has not sent …", "among / joined the countries that …": the subject
    before is one of the parties the relative describes; its verb stays that subject's."""
    words = [u.low for u in units[max(0, noun - 5):noun]]
    return "among" in words or any(a == "one" and b == "of" for a, b in zip(words, words[1:])) or \
        any(w in ("join", "joins", "joined", "joining") for w in words)  # "joined the countries that …"


def _join_set_off_request_object(units: list[Unit]) -> None:
    """ "a separate Ukrainian request, for Bushmasters, was under consideration": a "for" phrase set off by
    commas right after a request noun still names what is asked for; the commas go, so the request and
    its object form one subject for the verb after them."""
    k = 0
    while k + 3 < len(units):
        if units[k].low in lx.REQUEST_NOUNS and units[k + 1].low == "," and units[k + 2].low == "for":
            m = k + 3
            while m < len(units) and m - k <= 8 and units[m].low not in (",", ";", ":", '"', "“", "”"):
                m += 1
            if m < len(units) and m - k <= 8 and units[m].low == "," and m > k + 3:
                del units[m]
                del units[k + 1]
        k += 1


# Before a "City, Region," place: a determiner or a preposition. After it: the rest of the phrase, not
# a new clause, a list or a relative.
_PLACE_OPENERS = frozenset({"a", "an", "the", "in", "from", "at", "of", "near", "outside", "based"})
_PLACE_CLOSERS = frozenset({"and", "or", "but", "nor", "the", "a", "an", "which", "who", "where", "whose", "its",
                            "his", "her", "their", "he", "she", "it", "they", "we", "i", "according"})


_ENUMERATOR = re.compile(r"\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3}|ix|x")


def _drop_enumerators(units: list[Unit]) -> None:
    """ "asked (1) how many licences …; (2) whether any donation … has been approved": the numbers of a list's items
    go, so an item's "whether" or "how" is read as what it is, not as a bracket's aside; after "asked", each item
    opening on "whether" is a question asked."""
    items = [k for k in range(len(units) - 2)
             if units[k].low == "(" and units[k + 2].low == ")" and _ENUMERATOR.fullmatch(units[k + 1].low)]
    if not items:
        return
    asked = any(u.low in ("asked", "ask", "asks", "asking") for u in units[max(0, items[0] - 3):items[0]])
    for k in reversed(items):
        del units[k:k + 3]
        if asked and k < len(units) and units[k].low == "whether":
            unit = units[k]
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"QUESTION"}, cap=unit.cap)


def _place_word(unit: Unit) -> bool:
    return unit.cap and (unit.ent == "other" or not unit.tags)


def _join_place_regions(units: list[Unit]) -> None:
    """ "applications from a Kitchener, Ontario, rifle manufacturer to export …", "a plant in Lima, Ohio, to
    build …": a city and its region set off by commas are one place name inside a phrase; the commas go, so
    the phrase is not cut into clauses."""
    k = 1
    while k + 3 < len(units):
        if units[k - 1].low in _PLACE_OPENERS and _place_word(units[k]) and units[k + 1].low == ",":
            end = next((m for m in range(k + 2, min(k + 5, len(units))) if units[m].low == ","), -1)
            region = units[k + 2:end]
            if end > 0 and end + 1 < len(units) and region and all(map(_place_word, region)) and \
                    units[end + 1].low.isalpha() and units[end + 1].text[:1].islower() and \
                    units[end + 1].low not in _PLACE_CLOSERS:
                del units[end]
                del units[k + 1]
        k += 1


# "JF-17 Block III fighters", "F-16 Block 70": a capitalised word inside a name, between a model (a weapon or a
# designation with a digit) and a roman numeral or a number, counts the model's series; it is no verb ("block")
# of the clause.
_SERIES_NUMERALS = frozenset("ii iii iv vi vii viii ix xi xii".split())


def _unmark_series_words(units: list[Unit]) -> None:
    for index in range(1, len(units) - 1):
        unit = units[index]
        if not unit.tags or not unit.text[:1].isupper():
            continue
        numeral = units[index + 1].text
        if (numeral.isdigit() or numeral.isupper() and numeral.lower() in _SERIES_NUMERALS) and \
                (units[index - 1].obj or any(c.isdigit() for c in units[index - 1].text)):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=True)


_REBEL_NOUNS = lx.ARMED_OPPONENTS | {"opposition"}


def _mark_rebels(units: list[Unit]) -> None:
    """ "to southern Sudanese rebels", "Ukrainian separatists": a country's adjective before a word for its armed
    opponents names another party, never the country's state."""
    for index in range(len(units) - 1):
        unit = units[index]
        if unit.ent in ("actor", "target") and unit.how == "adj" and units[index + 1].low in _REBEL_NOUNS:
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags, ent="other", how="adj",
                                cap=unit.cap)


_POSSESSIVE_MARKS = frozenset({"'s", "’s"})


def _unmark_possessor_objects(units: list[Unit]) -> None:
    """ "to the missile's manufacturer": a weapon owning a company is no goods of the clause (its parts are:
    "a Patriot battery's radar and launchers")."""
    for index in range(len(units) - 2):
        unit, owned = units[index], units[index + 2]
        if unit.obj and "POSS" in units[index + 1].tags and owned.low in lx.TRADE_PARTIES:
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=unit.cap)


_SHIP_NOUNS = frozenset({"ship", "ships"})


def _unmark_ship_nouns(units: list[Unit]) -> None:
    """ "The ships are …", "two ships", "its ship": after a determiner, a possessive or a number "ship" is the
    vessel, no verb of supplying ("Japan ships arms" keeps the verb)."""
    for index in range(1, len(units)):
        unit, before = units[index], units[index - 1]
        if unit.low in _SHIP_NOUNS and "SUP" in unit.tags and (
                before.tags & {"DET", "POSS"} or before.low.isdigit() or before.low in NUMBER_WORDS):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=unit.cap)


_PROMISE_NOUNS = frozenset({"promise", "promises", "pledge", "pledges", "commitment", "commitments"})


def _unmark_promised_content(units: list[Unit]) -> None:
    """ "bringing promises of investment and a message on arms": a promise noun whose "of" names a plain noun
    promises that, not the weapon of a later phrase; "promises of weapons", "promises of investment and
    arms" keep the promise of the weapon."""
    for index in range(len(units) - 2):
        unit, content = units[index], units[index + 2]
        if unit.low not in _PROMISE_NOUNS or not unit.tags & {"COMMIT", "SUPN"} or units[index + 1].low != "of":
            continue
        if content.tags - {"NONWEAPON"} or content.obj or content.ent or not content.low.isalpha():
            continue
        if index + 4 < len(units) and units[index + 3].low in ("and", "or") and units[index + 4].obj:
            continue
        units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=unit.cap)


# The phrase table tags "given" only right after an auxiliary ("has given"); a negation or an adverb in
# between ("has not given", "has never given", "have so far given") keeps it the participle of the
# auxiliary, not the preposition of "given the risks" / "given that …", which no auxiliary precedes.
_GIVEN_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had"})
_GIVEN_BETWEEN = frozenset({"yet", "also", "ever", "never", "already", "so", "far", "still", "since", "long"})


def _mark_given_after_adverb(units: list[Unit]) -> None:
    for k, unit in enumerate(units):
        if unit.low != "given" or unit.tags or unit.ent or unit.obj:
            continue
        j = k - 1
        while j >= 0 and k - j <= 3 and (units[j].tags & {"NEG", "ADV"} or units[j].low in _GIVEN_BETWEEN) \
                and units[j].low not in _GIVEN_AUXILIARIES:
            j -= 1
        if j < k - 1 and j >= 0 and units[j].low in _GIVEN_AUXILIARIES:
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"SUP"}), unit.ent, unit.how,
                            unit.obj, unit.cap)


# "a business daily reported", "the weekly said", "a wire service reported": newspapers named by
# their rhythm or trade are outlets like "newspaper". Only as a noun: after a determiner or a
# possessive (with at most two modifiers between) and before a reporting verb or a comma, so that
# "sends weapons daily" and "a daily briefing" stay as they are.
_OUTLET_WORDS = frozenset({"daily", "dailies", "weekly", "weeklies", "service"})
_OUTLET_NEXT = frozenset({",", "quoting", "citing", "that", "reported", "reports", "reporting"})


def _mark_outlet_nouns(units: list[Unit]) -> None:
    for k, unit in enumerate(units):
        if unit.low not in _OUTLET_WORDS or unit.ent or unit.obj or k + 1 >= len(units):
            continue
        nxt = units[k + 1]
        if not ("REPORT" in nxt.tags or nxt.low in _OUTLET_NEXT):
            continue
        if unit.low == "service":
            if k == 0 or units[k - 1].low not in ("wire", "news"):
                continue
        else:
            before = units[max(0, k - 3):k]
            if not any(u.tags & {"DET", "POSS", "POSSPRON"} for u in before) or \
                    any(u.obj or u.tags & {"REPORT", "COMMA", "HARD"} - {"POSS"} for u in before[-1:]):
                continue
        units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"OUTSIDER"}, unit.ent, unit.how,
                        unit.obj, unit.cap)


_DIFFICULTY = frozenset({"hard", "difficult"})
_GOING_ON = frozenset({"go", "carry"})


_JUSTIFYING = frozenset({"justify", "defend", "explain", "sustain"})


def _mark_hard_to_keep_refusing(units: list[Unit]) -> None:
    """ "might find it hard to go on turning down the requests", "difficult to keep refusing": difficulty
    over a refusal (kept up or not) says the refusal may not last, like "impossible to keep refusing"; the
    difficulty word negates it; right before a supply verb ("difficult to send") it is a hedged "not". Before
    anything else ("hard to keep sending", "difficult to insist only on aid") it stays an untagged word."""
    for i, unit in enumerate(units):
        if unit.low not in _DIFFICULTY or unit.tags:
            continue
        k = i + 1
        if k < len(units) and "QUOTE" in units[k].tags:
            k += 1  # 'would be "very hard" for Madrid to …': the quotation closes on the difficulty
        if k + 2 < len(units) and "FOR" in units[k].tags and (units[k + 1].ent or units[k + 1].tags & {"PRON"}):
            k += 2  # "hard for Tehran to …"
        if k >= len(units) or "TO" not in units[k].tags:
            continue
        k += 1
        if k < len(units) and "SUP" in units[k].tags:  # right after "to", "supply" is the verb
            # "would find it difficult to send weapons": a hedged no, never a supply
            units[i] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"NEG"}), cap=unit.cap)
            continue
        if k + 1 < len(units) and units[k].low in _GOING_ON and units[k + 1].low == "on":
            k += 2  # "go on turning down", "carry on refusing"
        elif k < len(units) and "ASPECT" in units[k].tags:
            k += 1  # "keep refusing", "continue rejecting"
        elif k < len(units) and units[k].low in _JUSTIFYING:
            k += 1  # "hard to justify withholding": a refusal that is hard to defend may not last either
            k = _why_clause(units, k)  # "hard to explain to voters why we keep the shells locked away"
        if k < len(units) and ("REFU" in units[k].tags or _kept_halted(units, k)):
            units[i] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"NEG"}), cap=unit.cap)


def _kept_halted(units: list[Unit], k: int) -> bool:
    """After "hard to keep": the goods kept halted ("its weapons shipments on hold", "deliveries suspended"),
    a halt that may not last, like "hard to keep refusing"."""
    if k == 0 or "ASPECT" not in units[k - 1].tags:
        return False
    for j in range(k, min(len(units), k + 7)):
        if "END" in units[j].tags:
            return j > k
        if not (units[j].obj or units[j].ent or units[j].tags & {"DET", "POSSPRON", "SUPN", "TO", "PREP"}):
            return False
    return False


def _why_clause(units: list[Unit], k: int) -> int:
    """After "explain (to voters) why we …": the verb of the "why" clause, whose refusal is the one hard to
    explain; k itself when no "why" clause with a pronoun or name for its subject follows."""
    for m in range(k, min(len(units) - 2, k + 4)):
        if units[m].low == "why":
            subject = units[m + 1]
            return m + 2 if subject.ent or subject.low in lx.PRONOUNS else k
        if units[m].tags - {"TO", "PREP", "DET"} and not units[m].ent:
            return k
    return k


_STATE_FORM_WORDS = frozenset({"kingdom", "emirate", "sultanate", "principality"})


def _mark_reported_state_forms(units: list[Unit]) -> None:
    """ "told parliament that the kingdom would not release …": a lowercase state form opening a reported
    "that" clause is the reporting speaker's own country, a definite body like "the country" (see
    agents._reported_country), not another party named by a common noun."""
    for k in range(2, len(units)):
        unit = units[k]
        if unit.low in _STATE_FORM_WORDS and not unit.ent and unit.tags <= {"GENREC"} and units[k - 1].low == "the" and \
                units[k - 2].low == "that":
            units[k] = Unit(unit.text, unit.low, unit.start, unit.end, unit.tags | {"GENERIC"}, cap=unit.cap)


# "will not strip Crete of the S-300": taking the object away from one's own place or forces is giving it
# up, a supply verb whose recipient must be named (see clauses: never a supply on its own).
_DIVEST_VERBS = frozenset("strip strips stripped stripping".split())


def _mark_divesting(units: list[Unit]) -> None:
    for i, unit in enumerate(units):
        if unit.low not in _DIVEST_VERBS or unit.tags:
            continue
        of = next((j for j in range(i + 2, min(len(units), i + 5)) if units[j].low == "of"), None)
        if of is None or not any(u.obj for u in units[of + 1:of + 4]):
            continue
        middle = units[i + 1:of]
        if any(u.ent == "target" or u.obj or u.tags & {"COMMA", "HARD", "CONJ"} for u in middle):
            continue  # "strip Hezbollah of its weapons" disarms the target: no supply
        unit.tags = frozenset({"SUP", "DIVEST"})
        for j in range(i + 1, of):
            if units[j].ent == "other":
                units[j].ent, units[j].how = "", ""  # the place that keeps the object is no party


# "the guns would remain with the Croatian Army", "are staying in Croatia": the object staying with the
# actor's own country or forces is kept by its owner, a verdict like "stays at home" (never the target's).
_STAY_VERBS = frozenset("stay stays stayed staying remain remains remained remaining".split())
OWN_FORCES = frozenset("army armed forces force military navy forces troops units".split())


def _mark_kept_by_actor(units: list[Unit]) -> None:
    for i, unit in enumerate(units):
        if unit.low not in _STAY_VERBS or i + 2 >= len(units) or units[i + 1].low not in ("in", "with"):
            continue
        j = i + 2 + (units[i + 2].low == "the")
        if j >= len(units) or units[j].ent != "actor":
            continue
        end = j + 1
        if units[j].how == "adj" and units[j].low.split()[-1] not in OWN_FORCES:
            # "with the Croatian Army": the actor's adjective must own a forces noun
            while end < len(units) and units[end].low in OWN_FORCES:
                end += 1
            if end == j + 1:
                continue
        elif units[j].how not in ("name", "adj"):
            continue  # a speaker: "stay with Duda" keeps nothing at home
        if any(u.low == "before" and v.low in ("being", "they", "it") for u, v in zip(units[end:], units[end + 1:])):
            continue  # "will remain in Sweden for several months … before being ferried": a stay on the way
        last = units[end - 1]
        text = " ".join(u.text for u in units[i:end])
        units[i:end] = [Unit(text, text.lower(), unit.start, last.end, frozenset({"REFU", "POSTPOSED"}))]
        return


_KEEP_FORMS = frozenset({"keep", "keeps", "kept", "keeping"})
_CLOSED_WORDS = frozenset({"closed", "shut", "locked"})


def _mark_kept_closed(units: list[Unit]) -> None:
    """ "keeps its weapons closed to Kyiv", "kept the arms depots shut to Ukraine": weapons (or the stores
    holding them) the owner keeps closed to a party are withheld from it, a refusal at "keep" (the recipient
    after "to" decides whose)."""
    for i, unit in enumerate(units):
        if unit.low not in _KEEP_FORMS:
            continue
        shut = next((j for j in range(i + 2, min(len(units) - 1, i + 6)) if units[j].low in _CLOSED_WORDS), None)
        if shut is None or units[shut].tags or "TO" not in units[shut + 1].tags or \
                not any(u.obj for u in units[i + 1:shut]):
            continue
        units[i] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"REFU"}), cap=unit.cap)
        for k in range(i + 1, shut):
            if "NSHEAD" in units[k].tags:  # "weapons depots": the store stands for the weapons it holds
                units[k] = Unit(units[k].text, units[k].low, units[k].start, units[k].end, _EMPTY, cap=units[k].cap)


_COMPLETION_VERBS = frozenset(f"{stem}{end}" for stem in ("finish", "complete", "conclude", "wrap")
                              for end in ("", "ed", "es", "s", "d"))


def _unmark_unfinished_weighing(units: list[Unit]) -> None:
    """ "had not finished its deliberations on sending …", "has not yet completed its review": a negated
    verb of completion over a weighing noun says the weighing goes on; its negation is not a refusal."""
    for i, unit in enumerate(units):
        if unit.low not in _COMPLETION_VERBS or i < 1:
            continue
        neg = i - 1
        while neg > 0 and units[neg].low in ("yet", "fully", "quite", "entirely"):
            neg -= 1
        head = next((k for k in range(i + 1, min(len(units), i + 4)) if "CONS" in units[k].tags), None)
        if "NEG" in units[neg].tags and head is not None and \
                all(units[k].tags & {"DET", "POSSPRON"} or units[k].low.isalpha() and not units[k].tags
                    for k in range(i + 1, head)):
            first = units[neg]
            units[neg] = Unit(first.text, first.low, first.start, first.end, frozenset({"ADV"}), cap=first.cap)


# "the Law on Foreign Trade in Weapons", "the Arms Trade Treaty": a capitalised weapon word inside the
# name of a law or treaty names the law, never the arms.
_LAW_WORDS = frozenset({"Law", "Act", "Treaty", "Convention", "Code", "Statute", "Regulation", "Regulations"})
_LAW_LINKS = frozenset({"on", "in", "of", "for", "and", "the", ","})


def _unmark_law_names(units: list[Unit]) -> None:
    for index, unit in enumerate(units):
        if not unit.obj or not unit.text[:1].isupper() or unit.text in _LAW_WORDS:
            continue
        left = index - 1
        while left >= max(0, index - 8) and (units[left].text[:1].isupper() or units[left].low in _LAW_LINKS):
            if units[left].text in _LAW_WORDS:
                break
            left -= 1
        right = index + 1
        while right < min(len(units), index + 4) and units[right].text[:1].isupper():
            if units[right].text in _LAW_WORDS:
                break
            right += 1
        if (left >= 0 and units[left].text in _LAW_WORDS) or (right < len(units) and units[right].text in _LAW_WORDS):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _EMPTY, cap=True)


# A hyphenated model designation used as a noun on its own is the aircraft or system it names: "sell 48
# F-35s", "a request to buy the F-35."; "the F-35 programme" and "H-1B visas" name something else, and
# "to / at the G-20" is a place to go.
_BARE_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,2}-\d+[A-Z]?s?")
_AFTER_BARE = frozenset({"PREP", "CONJ", "TO", "FOR", "SUPN", "COMMA"})


def _mark_bare_designations(units: list[Unit]) -> None:
    for index, unit in enumerate(units):
        if unit.obj or unit.ent or unit.tags or not _BARE_DESIGNATION.fullmatch(unit.text):
            continue
        before = [u.low for u in units[max(0, index - 2):index] if u.low != "the"]
        if before and before[-1] in ("to", "at", "in", "into"):
            continue
        nxt = units[index + 1] if index + 1 < len(units) else None
        if nxt is None or nxt.low in (".", ";", ")", ":") or (nxt.tags & _AFTER_BARE and "POSS" not in nxt.tags):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _OBJ_TAGS, obj="strong")


_INVERTING = frozenset({"should", "were", "had"})
_COND_TAGS = frozenset({"COND", "SUB"})


def place_owner(units: list[Unit], prep: int) -> str | None:
    """Whose place the phrase opened by "in"/"at" at `prep` names ("in Syria", "at Muuga harbour near Tallinn": the
    target; "at the port of Mombasa": another party), up to its next verb, comma or conjunction; a facility under a
    name of no party ("Cheddi Jagan International Airport", "Al Dhafra air base") is a place of no one. None when it
    names no party."""
    if prep >= len(units) or not ("IN" in units[prep].tags or units[prep].low == "at"):
        return None
    for k in range(prep + 1, min(len(units), prep + 7)):
        unit = units[k]
        if unit.low in (",", ";", ".", "and", "but", "from") or unit.tags - {"DET", "OF", "PREP", "IN", "TO", "ENT"}:
            return None
        if unit.ent and not (unit.ent == "other" and named_facility(units, k)):
            return unit.ent  # ("Mogadishu port" is the target's)
    return None


def named_facility(units: list[Unit], k: int) -> bool:
    """Is the name at k a facility ("King Abdullah II Air Base", "Al Dhafra air base"), a place and no party?"""
    after = [u.low for u in units[k + 1:k + 3]]
    return units[k].low.split()[-1] in lx.FACILITY_NOUNS or bool(after) and after[0] in lx.FACILITY_NOUNS or \
        len(after) == 2 and after[0] in ("air", "naval", "military", "army") and after[1] in lx.FACILITY_NOUNS


def dateline_dash(units: list[Unit], i: int) -> bool:
    """ "WASHINGTON (Wire) - The first consignment …": the dash ends the dateline, whose city is no
    subject or owner of what follows."""
    if units[i].low not in ("-", "–", "—") or i == 0:
        return False
    return units[i - 1].low == ")" or _capital_dateline(units, i)


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_MONTHS = lx.FULL_MONTH_NAMES | _MONTH_ABBREVIATIONS | {f"{a}." for a in _MONTH_ABBREVIATIONS}


def _capital_dateline(units: list[Unit], i: int) -> bool:
    """ "DUBLIN — Ministers …", "NEW YORK — Not a …", "KYIV, June 3 — The …": a city in capitals opening
    the text, perhaps with a date, then a dash, is a dateline without an agency."""
    if i > 9 or not _all_caps(units[0].text) or len(units[0].text) < 3:
        return False
    # "KYIV/VILNIUS, June 2 —": a joint dateline names its cities with a slash between; "PUERTO CABELLO,
    # Venezuela —" its country after a comma
    return all(_all_caps(u.text) or u.low in (",", "/") or u.text.isdigit() or u.low in _MONTHS or
               u.cap and units[k - 1].low == "," for k, u in enumerate(units[1:i], start=1))


def _all_caps(text: str) -> bool:
    # "PORT SUDAN —": a city of several words may be one unit when it holds a known name
    return text.isupper() and text.replace(".", "").replace("-", "").replace(" ", "").isalpha()


def after_opening_quotes(units: list[Unit]) -> int:
    """The index of the first unit after the quotation marks opening the sentence."""
    lead = 0
    while lead < len(units) and "QUOTE" in units[lead].tags:
        lead += 1
    return lead


def _mark_inverted_condition(units: list[Unit]) -> None:
    """ "Should North Korea join the fighting, …", "Were Seoul to send …", "Had Berlin acted, …":
    a sentence-initial auxiliary before its subject, closed by a comma, is an "if" clause."""
    # '"Should North Korean units take part in combat, we would …," the official said'
    lead = after_opening_quotes(units)
    if len(units) - lead < 4 or units[lead].low not in _INVERTING or not units[lead].cap:
        return
    subject = units[lead + 1]
    if not (subject.ent or subject.cap or subject.tags & {"DET", "PRON", "POSSPRON", "GENERIC"}):
        return
    if not any(u.low == "," for u in units[lead + 2:]) or units[-1].low == "?":
        return
    first = units[lead]
    units[lead] = Unit(first.text, first.low, first.start, first.end, _COND_TAGS, cap=True)


_PRIORITY = {"ent": 0, "obj": 1, "phrase": 2}
_EMPTY: frozenset[str] = frozenset()
_OBJ_TAGS = frozenset({"OBJ"})
_SUPN_TAGS = frozenset({"SUPN"})
_PARTICIPLE_SUPPLY = frozenset({"supplied", "provided", "donated", "delivered", "sent", "gifted", "given", "funded"})
_PARTICIPLE_ORIGIN = frozenset({"made", "built", "produced", "manufactured", "designed", "developed"})


def _best_match(sentence: str, start: int, text: str, matcher: Matcher) -> tuple[int, str, object] | None:
    """The match starting at this token: names before objects before expressions, then the longest."""
    best: tuple[int, int, str, object] | None = None
    keys = [(matcher.folded, text.lower()), (matcher.exact, text)]
    if "-" in text:  # "German-supplied", "US-made": the name is the first part
        head = text.split("-", 1)[0]
        keys += [(matcher.folded, head.lower()), (matcher.exact, head)]
    for table, key in keys:
        for pattern, kind, detail in table.get(key, ()):
            m = pattern.match(sentence, start)
            if m is None:
                continue
            rank = (_PRIORITY[kind], -(m.end() - start))
            if best is None or rank < (best[0], best[1]):
                best = (rank[0], rank[1], kind, detail)
    if best is None:
        return None
    return start - best[1], best[2], best[3]


def _merge(sentence: str, tokens: Sequence[tuple[int, int, str]], matcher: Matcher) -> list[Unit]:
    units: list[Unit] = []
    folded, exact, heads = matcher.folded, matcher.exact, matcher.heads
    weapons = matcher.kind == "weapons"
    ti = 0
    n = len(tokens)
    cache = matcher.cache
    while ti < n:
        start, end, text = tokens[ti]
        info = cache.get(text)
        if info is None:
            info = _token_info(text, folded, exact, heads, weapons)
            if len(cache) > 100_000:
                cache.clear()  # bounded: a long-running daemon sees many distinct words
            cache[text] = info
        triggered, low, tags, obj, title = info
        match = _best_match(sentence, start, text, matcher) if triggered else None
        if match is not None:
            span_end, kind, detail = match
            last = ti
            while last + 1 < n and tokens[last + 1][1] <= span_end:
                last += 1
            if tokens[last][1] == span_end:
                units.append(_span_unit(sentence[start:span_end], start, span_end, kind, detail))
                ti = last + 1
                continue
            compound = _compound(sentence, span_end, kind, detail, tokens[ti]) if last == ti else None
            if compound:
                units.append(compound)
                ti += 1
                continue
        if title and ti > 0:
            tags = _EMPTY  # "May" in a date is not "may"
        if obj and (low in ("tank", "tanks") and _container_tank(tokens, ti) or low == "submarine" and _undersea(tokens, ti)):
            obj = ""
        if obj:
            units.append(Unit(text, low, start, end, _OBJ_TAGS, "", "", obj, False))
        else:
            units.append(Unit(text, low, start, end, tags, "", "", "", title or text[:1].isupper()))
        ti += 1
    return units


def _token_info(text: str, folded: dict, exact: dict, heads: frozenset[str], weapons: bool
                ) -> tuple[bool, str, frozenset[str], str, bool]:
    """What a token is regardless of its neighbours: may it start a match, its tags, is it a weapon,
    is it a title or date word."""
    low = text.lower()
    triggered = low in folded or text in exact or ("-" in text and text.split("-", 1)[0].lower() in heads)
    tags = _EMPTY if len(text) > 1 and text.isupper() else WORD_TAGS.get(low, _EMPTY)  # "US" is not "us"
    obj = "strong" if weapons and (low in lx.WEAPON_NOUNS or _named_system(text)) else ""
    return triggered, low, tags, obj, text in lx.TITLE_WORDS


def _named_system(text: str) -> bool:
    return text in lx.NAMED_SYSTEMS or (text.endswith("s") and text[:-1] in lx.NAMED_SYSTEMS)


def _span_unit(text: str, start: int, end: int, kind: str, detail: object) -> Unit:
    if kind == "ent":
        ent, how = detail  # type: ignore[misc]
        return Unit(text, text.lower(), start, end, frozenset({"ENT"}), ent=ent, how=how, cap=True)
    if kind == "obj":
        return Unit(text, text.lower(), start, end, frozenset({"OBJ"}), obj=str(detail))
    return Unit(text, text.lower(), start, end, detail)  # type: ignore[arg-type]


def _compound(sentence: str, end: int, kind: str, detail: object, token: tuple[int, int, str]) -> Unit | None:
    """ "US-supplied", "South Korean-made": a name glued to a participle by a hyphen."""
    if kind != "ent" or sentence[end:end + 1] not in "-–":
        return None
    rest = sentence[end + 1:token[1]].lower()
    ent, _ = detail  # type: ignore[misc]
    if rest in _PARTICIPLE_SUPPLY:
        return Unit(token[2], token[2].lower(), token[0], token[1], frozenset({"ENT", "BYENT"}), ent=ent, how="supplied")
    if rest in _PARTICIPLE_ORIGIN:
        return Unit(token[2], token[2].lower(), token[0], token[1], frozenset({"ENT", "ORIGENT"}), ent=ent, how="origin")
    return None


_GEOGRAPHIC_HEADS = frozenset({"Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Channel", "Peninsula"})
REGION_WORDS = frozenset({"East", "Africa", "Europe", "Asia", "Pacific", "Indo-Pacific", "Americas", "Balkans",
                          "Caribbean", "Sahel", "Arctic", "Gulf", "Baltic", "Balkan", "Nordic", "Andean", "Caucasus"})
_PORTFOLIO_TITLES = frozenset({"minister", "envoy", "commissioner", "secretary"})


def _mark_other_names(units: list[Unit]) -> None:
    """Capitalised words that are not the actor's or target's names are someone else.

    A run of capitalised words and titles is one name ("Russian President Vladimir Putin");
    it belongs to the actor or target when it contains one of their names."""
    i = 0
    n = len(units)
    while i < n:
        if not _capital_candidate(units, i):
            i += 1
            continue
        j = i
        while j + 1 < n:
            if _capital_candidate(units, j + 1, inside=True):
                j += 1
            elif _title_of(units, j) or _state_form(units, j):
                j += 2  # "Secretary of State", "Minister for Foreign Affairs": one title; "Republic of Türkiye"
            else:
                break
        run = units[i:j + 1]
        named = [u for u in run if u.ent]
        if j > i and not named and run[-1].text in _GEOGRAPHIC_HEADS:
            i = j + 1
            continue  # "the South China Sea", "the Taiwan Strait": a sea or strait is a place, never a party
        first = run.index(named[0]) if named else -1
        if named and first == 0 and len(named) == 1 and j > i and _model_of_weapon(units, j) and \
                all(not u.tags for u in run[1:]):
            i = j + 1  # "sell Armenia CAESAR howitzers": the party, then the weapon's own model name
            continue
        if named and named[0].how == "name" and first + 1 < len(run) and not run[first + 1].ent \
                and run[first + 1].text not in lx.TITLE_WORDS | lx.ARMED_SERVICES and not run[first + 1].tags:
            ent, how = "other", "name"  # "Washington Post", "Kyiv Independent": an organisation, not the country
        elif named:
            ent, how = named[0].ent, named[0].how
        elif i > 0 and units[i - 1].low == "the" and j + 1 < n and units[j + 1].low in _PORTFOLIO_TITLES and \
                any(u.text in REGION_WORDS for u in run):
            i = j + 1
            continue  # "the Middle East minister", "the Africa envoy": a region is the portfolio, never a party
        elif not named and _slashed_designation(units, j):
            i = j + 3
            continue  # "the SAMP/T system": a model designation with a one- or two-letter variant, never a party
        elif _names_weapon(units, j) and not (i > 0 and units[i - 1].tags & {"ROLE", "GENERIC"}) and \
                not (i > 0 and "SUP" in units[i - 1].tags and " ".join(u.low for u in run) in COUNTRY_WORDS):
            # ("has sent Ukraine air-defence systems": after the supply verb, a country is the one it goes to)
            i = j + 1
            continue  # "Meteor missiles", "Paveway laser-guided bombs": the weapon's own name, never a party
        elif j == i and i > 0 and units[i - 1].low == "the" and run[0].text in _EXECUTIVE_HEADS and \
                not (j + 1 < n and (units[j + 1].low in ("of", "for") or units[j + 1].cap)):
            # "The Council directed …", "the Cabinet": a capitalised executive body with no name of its own is
            # the story's government, a definite body like "the cabinet", never left as a bare word
            units[i] = _body_unit(run[:1])
            i += 1
            continue
        elif i > 0 and units[i - 1].low == "the" and j > i and run[-1].text in _BODY_HEADS and \
                all(u.text in lx.TITLE_WORDS and u.text not in _BODY_HEADS for u in run[:-1]) and \
                not (j + 1 < n and (units[j + 1].low in ("of", "for") or units[j + 1].cap)):
            # "the Defence Ministry said": capitalised, an unowned ministry is still "the defence ministry",
            # the body of the government the story is about, never a bare pair of words
            units[i:j + 1] = [_body_unit(run)]
            n = len(units)
            i += 1
            continue
        elif all(u.text in lx.TITLE_WORDS or u.low in ("of", "for") for u in run) and \
                not (i > 0 and units[i - 1].low == "the" and run[0].text not in _BODY_HEADS | _COUNCILS and
                     _unowned_body_head(run)):  # "the Supreme Council for National Security" is one body
            i = j + 1
            continue  # "Defence Minister" alone: a generic agent, left as words
        elif i > 0 and units[i - 1].low == "the" and j > i + 1 and _unowned_body_head(run):
            # "the Department of Defence Production", "the Office for Arms Exports": a government body
            # that names no country, unowned like "the defence ministry", never another party
            units[i:j + 1] = [_body_unit(run)]
            n = len(units)
            i += 1
            continue
        elif i > 0 and units[i - 1].low == "the" and run[-1].text in _SERVICE_HEADS and \
                all(u.text in lx.TITLE_WORDS | lx.ARMED_SERVICES | _SERVICE_HEADS or u.low in _FORCE_WORDS for u in run):
            # "the Defence Forces", "the Armed Forces": a country's military that names no country is
            # unowned like "the defence ministry", never another party
            units[i:j + 1] = [_body_unit(run)]
            n = len(units)
            i += 1
            continue
        elif i > 1 and units[i - 1].text == "Armed" and units[i - 2].low == "the" and run[-1].text in _SERVICE_HEADS \
                and all(u.text in _SERVICE_HEADS for u in run):
            # "the Armed Forces (of Ukraine)": "Armed" names the forces, it is no verb of arming; unowned like
            # "the Armed Forces" above (an "of" owner after it still names the country)
            units[i - 1:j + 1] = [_body_unit(units[i - 1:j + 1])]
            n = len(units)
            continue
        elif i > 2 and "POSS" in units[i - 1].tags and "GENERIC" in units[i - 2].tags and units[i - 3].low == "the":
            # "the department's Bureau of Political-Military Affairs": an office of the body just named,
            # a generic body like it, never another party
            units[i:j + 1] = [_body_unit(run)]
            n = len(units)
            i += 1
            continue
        elif i > 1 and "POSS" in units[i - 1].tags and units[i - 2].ent in ("actor", "target") and \
                units[i - 2].how == "name" and run[0].text in _STATE_BODIES:
            # "Indonesia's House of Representatives": the country's own body (a company it owns is no body of
            # the state: "Germany's Diehl Defence")
            while j + 2 < n and units[j + 1].low == "of" and units[j + 2].cap and not units[j + 2].ent:
                j += 2  # "House of Representatives": one body
            run = units[i:j + 1]
            ent, how = units[i - 2].ent, "role"
        elif i > 0 and units[i - 1].tags & {"ROLE", "GENERIC"}:
            # "government spokesman Steffen Hebestreit", "its adviser Chang Ho-jin": the name is the
            # role's holder, so it is whoever the role belongs to (an earlier name, or the words).
            owner = _role_owner(units, i - 1)
            if owner is None:
                i = j + 1
                continue
            ent, how = owner, "role"
        else:
            ent, how = "other", "name"
        if j > i or not run[0].ent:
            merged = Unit(" ".join(u.text for u in run), " ".join(u.low for u in run), run[0].start, run[-1].end,
                          frozenset({"ENT"}), ent=ent, how=how, cap=True)
            units[i:j + 1] = [merged]
            n = len(units)
        i += 1


def _slashed_designation(units: list[Unit], j: int) -> bool:
    """Is the name ending at j a model designation whose variant follows a slash ("SAMP/T")? Pairs of parties
    ("US/UK", "CDU/CSU", "MOSCOW/TEHRAN") put a name of their own after the slash, never one or two letters."""
    if j + 2 >= len(units) or units[j + 1].text != "/" or not units[j].text.isupper():
        return False
    variant = units[j + 2]
    return len(variant.text) <= 2 and variant.text.isalnum() and variant.text.isupper() and not variant.ent and \
        units[j + 2].start == units[j + 1].end == units[j].end + 1


def _body_unit(run: Sequence[Unit]) -> Unit:
    """Capitalised words merged into one unowned body ("the Defence Ministry", "the Armed Forces"): the
    government the story is about, like the lower-case "the defence ministry", never another party."""
    return Unit(" ".join(u.text for u in run), " ".join(u.low for u in run), run[0].start, run[-1].end,
                frozenset({"GENERIC"}), cap=True)


def _model_of_weapon(units: list[Unit], j: int) -> bool:
    """Is the run ending at j followed by a weapon noun over at most two lowercase modifiers ("CAESAR
    self-propelled howitzers", "Kormoran patrol drones")?"""
    k = j + 1
    while k < len(units) and k - j <= 2 and not units[k].tags and not units[k].obj and not units[k].cap and \
            units[k].low.replace("-", "").isalnum():
        k += 1
    return k < len(units) and bool(units[k].obj)


def _names_weapon(units: list[Unit], j: int) -> bool:
    """Is the name ending at j followed by a weapon noun, over one hyphenated modifier ("laser-guided")?"""
    k = j + 1
    if k + 1 < len(units) and (units[k].text.isdigit() or _DESIGNATION.fullmatch(units[k].text)) and not units[k].tags:
        k += 1  # "RBS 70 missiles", "Bayraktar TB2 drones": a model number between the maker and the weapon noun
    if k + 2 < len(units) and units[k].low in ("and", "or"):
        # "the CAESAR and Morana systems": a model name coordinated with another before their weapon noun
        m = k + 1
        while m < len(units) and m - k <= 3 and not units[m].tags and not units[m].ent and \
                (units[m].cap or units[m].text.isdigit()):
            m += 1
        if m > k + 1:
            return _names_weapon(units, m - 1)
    if k + 1 < len(units) and "-" in units[k].low and not units[k].tags and units[k].low.islower():
        k += 1
    elif k + 1 < len(units) and "-" in units[j].text and units[j].text.rsplit("-", 1)[1].islower() and \
            not units[k].tags and units[k].low.isalpha() and units[k].low == units[k].text and units[k + 1].obj:
        k += 1  # "STV-series assault rifles", "K9-class attack boats": a hyphened model name, one plain modifier
    # "the Crete batteries", "Rhodes launchers": a place or maker before a weapon head noun modifies it even
    # where that noun is not the stance's object
    return k < len(units) and (bool(units[k].obj) or units[k].low in lx.WEAPON_HEADS | lx.WEAPON_NOUNS)


def _unowned_body_head(run: list[Unit]) -> bool:
    """ "Department of …", "Office for …", "Supreme Council for National Security": a body's head noun
    (after title adjectives such as "Supreme", "National") right before "of"/"for"."""
    k = 0
    while k < len(run) - 1 and run[k].text in lx.TITLE_WORDS and run[k].text not in _BODY_HEADS | _COUNCILS:
        k += 1
    return k + 1 < len(run) and (run[k].text in _BODY_HEADS or k > 0 and run[k].text in _COUNCILS) and \
        run[k + 1].low in ("of", "for") and (run[k].text in _COUNCILS or run[0].text in _BODY_HEADS)


_COUNCILS = frozenset({"Council", "Committee", "Commission"})
_STATE_BODIES = frozenset({"House", "Parliament", "Senate", "Assembly", "Congress", "Cabinet", "Council", "Committee",
                           "National", "Federal", "Supreme", "Constitutional", "Presidential"})
_EXECUTIVE_HEADS = frozenset({"Council", "Cabinet", "Government", "Presidency", "Ministry", "Chancellery", "Politburo"})
_SERVICE_HEADS = frozenset({"Forces", "Force", "Army", "Navy"})
_FORCE_WORDS = frozenset({"armed", "defence", "defense", "self-defense", "self-defence", "military"})
_BODY_HEADS = frozenset({"Ministry", "Department", "Office", "Agency", "Directorate", "Bureau", "Secretariat"})
_STATE_FORMS = frozenset({"Republic", "Kingdom", "Federation", "Commonwealth", "Principality", "Emirate", "Sultanate"})


_PARTY_DETERMINERS = frozenset({"the", "either", "any", "both", "neither", "one"})
_PARTY_NOUNS = frozenset({"side", "party", "faction", "belligerent"})


def _determined_party(units: list[Unit], k: int) -> bool:
    """ "arm the SAF", "arm either party": a determiner, then a party, is the one armed."""
    return k + 1 < len(units) and units[k].low in _PARTY_DETERMINERS and (
        bool(units[k + 1].ent) or "GENREC" in units[k + 1].tags or units[k + 1].low in _PARTY_NOUNS)


def _mark_bare_state_forms(units: list[Unit]) -> None:
    """ "The Kingdom has not supplied …", "The Government of the Republic instructs …": a capitalised state
    form after "the" with no "of <country>" is the story's own country by its short formal name, a definite
    body like "the government", never another party. ("to the Kingdom" stays a generic recipient.)"""
    for k in range(1, len(units)):
        unit = units[k]
        if unit.text not in _STATE_FORMS or unit.text == "Commonwealth" or units[k - 1].low != "the" or \
                unit.ent not in ("", "other") or (k + 1 < len(units) and (units[k + 1].low == "of" or units[k + 1].cap)):
            continue  # ("the Commonwealth" is a group of nations; "the Federation Council" a body's name)
        units[k] = Unit(unit.text, unit.low, unit.start, unit.end, (unit.tags - {"ENT"}) | {"GENERIC"}, cap=True)


def _state_form(units: list[Unit], j: int) -> bool:
    """ "the Republic of Türkiye", "the Kingdom of Saudi Arabia": the country's formal name."""
    return units[j].text in _STATE_FORMS and j + 2 < len(units) and units[j + 1].low == "of" and \
        bool(units[j + 2].ent)


def _title_of(units: list[Unit], j: int) -> bool:
    """Does "of"/"for" after the title word at j continue the title ("Secretary of State")?"""
    return units[j].text in lx.TITLE_WORDS and j + 2 < len(units) and units[j + 1].low in ("of", "for") and \
        units[j + 2].cap and not units[j + 2].tags & _FUNCTION_TAGS and _capital_candidate(units, j + 2, inside=True)


def _role_owner(units: list[Unit], role: int) -> str | None:
    """The actor or target a role noun belongs to: "South Korean national security adviser" → actor."""
    k = role
    while k >= 0 and role - k <= 5:
        unit = units[k]
        if unit.ent:
            return unit.ent
        if not (unit.tags <= {"ROLE", "GENERIC", "DET", "POSS", "POSSPRON"} or not unit.tags) or \
                (unit.cap and not unit.tags and k < role):
            return None
        k -= 1
    return None


# Model designations ("F-35", "Su-27", "A400M") name equipment, never a party.
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]*")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred hundreds dozen dozens several".split())


_LABEL_NOUNS = frozenset("update note background context summary correction translation editor fact facts claim verdict".split())


def _label_noun(low: str) -> bool:
    """Is a word before a colon at a sentence's start an editorial label ("Translation:", "Clarification:",
    "Update:") rather than a speaker's name ("Harder:")? Abstract-noun endings never end a surname here."""
    return low in _LABEL_NOUNS or len(low) > 5 and low.endswith(("tion", "sion", "ment", "ness", "ity"))


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _date_opening(units: list[Unit], i: int) -> bool:
    """A weekday, or a month after a preposition or a day's number, followed by another capitalised word."""
    unit = units[i]
    if i + 1 >= len(units) or not units[i + 1].cap:
        return False
    if unit.text in _WEEKDAYS:
        return True
    return unit.low in lx.FULL_MONTH_NAMES and i > 0 and (units[i - 1].text.isdigit() or
                                                          units[i - 1].low in ("in", "on", "since", "until", "by"))


def abbreviated_month(units: list[Unit], i: int) -> bool:
    """ "Dec. 3", "Sept 14": a month's abbreviation before its point or a day's number."""
    nxt = units[i + 1].low if i + 1 < len(units) else ""
    return units[i].low in _MONTH_ABBREVIATIONS and (nxt == "." or nxt.isdigit())


def _count_word(low: str) -> bool:
    """ "twelve", "forty-six": a number spelled out."""
    return all(part in NUMBER_WORDS for part in low.split("-"))


def _capital_candidate(units: list[Unit], i: int, inside: bool = False) -> bool:
    unit = units[i]
    if unit.ent:
        return unit.how in ("name", "adj", "speaker")
    if not unit.cap or unit.obj or not unit.text[:1].isalpha() or _DESIGNATION.fullmatch(unit.text):
        return False
    if _count_word(unit.low) and not (i + 1 < len(units) and units[i + 1].ent):
        return False  # "Twelve Bayraktar TB2 drones", "Forty-six percent": a spelled-out count names no one
    if unit.low.endswith("ly") and i + 1 < len(units) and \
            (_count_word(units[i + 1].low) or units[i + 1].low[:1].isdigit() or units[i + 1].low in ("half", "all")):
        return False  # "Nearly two thirds of Chileans", "Roughly 60 percent": an adverb before a count
    if not inside and _date_opening(units, i):
        return False  # "On Monday Japan said …", "in May Seoul …": the date is no part of the name after it
    if abbreviated_month(units, i):
        return False  # "On Dec. 3 the government …": a date, no one's name
    if unit.text in lx.TITLE_WORDS:
        return True
    if inside and not unit.tags & _FUNCTION_TAGS:
        return True  # "United States", "National Security Council" inside a name
    if unit.tags and unit.tags - {"GENERIC", "ROLE"}:
        return False  # a lexicon word ("The", "Deliveries", "If")
    # (an opening bracket, "[Translated from …", starts the sentence like a quotation mark)
    first = i == 0 or (i == 1 and ("QUOTE" in units[0].tags or units[0].text in ("[", "("))) or \
        (i >= 2 and dateline_dash(units, i - 1)) or _after_clock_time(units, i)  # after "LONDON (Wire) -", "11:02 —"
    if first and not inside:
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.low in _COMMON_OPENERS or unit.low in lx.TIME_WORDS or "GENERIC" in unit.tags:
            return False
        if nxt is not None and nxt.text == ":" and _label_noun(unit.low):
            return False  # "Translation: "…"", "Update: …": an editorial label, no speaker's name
        if nxt is not None and not nxt.cap and not nxt.ent and i + 2 < len(units) and units[i + 2].text == ":" and \
                _label_noun(nxt.low):
            return False  # "Key moment: …", "Significant development: …": an adjective opening a label, no name
        if nxt is not None and unit.low.endswith(("ing", "ed")) and len(unit.low) > 4 and \
                nxt.tags & {"PREP", "DET", "TO", "BY", "COMP"} and not nxt.cap:
            return False  # "Turning to …", "Pressed by …", "Speaking at …": a participle opening, not a name
        if nxt is not None and not (nxt.cap or ("POSS" in nxt.tags)) and unit.low.endswith("s") and len(unit.low) > 4:
            return False  # "Analysts say…", "Deliveries are…": a plural common noun
        if nxt is not None and nxt.low in ("me", "us"):
            return False  # "Let me be clear: …", "Believe me, …": an imperative verb, no name
    return not unit.tags or inside or unit.text in lx.TITLE_WORDS


def _after_clock_time(units: list[Unit], i: int) -> bool:
    """ "11:02 — Key moment: …": a live entry's time stamp and its dash open the entry like a dateline."""
    return i == 4 and units[1].low == ":" and units[0].text.isdigit() and units[2].text.isdigit() and \
        units[3].low in ("-", "–", "—")


def _mark_weapon_parts(units: list[Unit], kind: str) -> None:
    """ "F-35 components", "tank parts": the parts of a weapon or of a model designation are weapons
    themselves; "car parts" and "spare parts for generators" are not."""
    if kind != "weapons":
        return
    for index in range(1, len(units)):
        unit, before = units[index], units[index - 1]
        if unit.low in lx.PART_NOUNS and (before.obj or _DESIGNATION.fullmatch(before.text) or
                                          _weapon_compound([u.text for u in units[max(0, index - 2):index]])):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _OBJ_TAGS, obj=before.obj or "strong")
        elif unit.low in lx.DESIGNATED_NOUNS and _designated([u.text for u in units[max(0, index - 3):index]]):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _OBJ_TAGS, obj="strong")


def _weapon_compound(before: list[str]) -> bool:
    """Does a hyphenated compound naming a weapon stand right before, or before one lowercase modifier
    ("missile-engine", "fighting-vehicle spare")? Its parts are the weapon's parts ("car-engine" is not)."""
    if len(before) == 2 and before[-1].islower() and "-" not in before[-1]:
        before = before[:1]  # "fighting-vehicle spare parts"
    if not before or "-" not in before[-1]:
        return False
    words = before[-1].lower().split("-")
    return any(word in lx.WEAPON_NOUNS for word in words) or \
        len(words) == 2 and words[0] in lx.WEAPON_MODIFIERS and words[1] in lx.WEAPON_HEADS


def _designated(before: list[str]) -> bool:
    """Does a model designation stand right before, or before one lowercase modifier ("F-35 stealth")?"""
    if len(before) >= 3 and before[-2][:1].isupper() and _DESIGNATION.fullmatch(before[-3]) and \
            (before[-1].isdigit() or before[-1].isupper() and before[-1].lower() in _SERIES_NUMERALS):
        return True  # "JF-17 Block III fighters", "F-16 Block 70 fighters": the series stays the model's
    before = before[-2:]
    return bool(before) and (_DESIGNATION.fullmatch(before[-1]) is not None or len(before) == 2 and
                             before[-1].islower() and _DESIGNATION.fullmatch(before[0]) is not None)


_PHRASE_PRONOUN = re.compile(r"\s(it|them|that|this)\s")
_OBJECT_PRONOUNS = frozenset({"it", "them", "that", "this"})


def _split_phrase_pronoun(units: list[Unit]) -> None:
    """ "I am not ruling it out": the pronoun inside the phrase is its object, the option asked about
    before; it follows the phrase as a unit of its own so it can stand for that option."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        found = _PHRASE_PRONOUN.search(unit.low) if "REFU" in unit.tags and " " in unit.low else None
        if found:
            start = unit.start + found.start(1)
            # "ruled that out": a demonstrative object of the phrase stands for the option like "it"
            low = "it" if found.group(1) in ("that", "this") else found.group(1)
            pronoun = Unit(unit.text[found.start(1):found.end(1)], low, start, start + len(found.group(1)),
                           WORD_TAGS.get(low, _EMPTY))
            units.insert(index + 1, pronoun)


_PERMIT_NOUNS = frozenset({"permit", "permits"})


def _mark_licences(units: list[Unit], kind: str) -> None:
    """ "licences for weapons": a licence for the object is an export licence, read like the export
    it permits ("No licences for tank shells have been granted"); "a driving licence" is not. For
    weapons in general, "the licences for Saudi Arabia" carry the object themselves, like "arms Kyiv"."""
    for index in range(len(units) - 2):
        unit = units[index]
        plain_before = index > 0 and not units[index - 1].tags and units[index - 1].low.isalpha()
        # "export permits for …" is an export licence ("the law permits exports for …" is a verb)
        permit = unit.low in _PERMIT_NOUNS and index > 0 and units[index - 1].low == "export"
        if not (unit.low in lx.LICENCE_NOUNS and not unit.tags or permit) or "FOR" not in units[index + 1].tags \
                or plain_before:
            continue  # "fishing licences for Norway" is some other licence
        if any(u.obj for u in units[index + 2:index + 5] if not u.tags - {"DET", "ADV", "OBJ"}):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _SUPN_TAGS, cap=unit.cap)
        elif kind == "weapons" and (units[index + 2].ent in ("target", "other") or _for_armed_forces(units, index + 2)):
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, _SUPN_TAGS, obj="arm")
        else:
            continue
        for k, verb in enumerate(units):
            if verb.low in _ISSUING and not verb.tags:
                # "licences for … are not being issued": issuing the licence commits to the export, like granting it
                units[k] = Unit(verb.text, verb.low, verb.start, verb.end, frozenset({"COMMIT"}), cap=verb.cap)


_ISSUING = frozenset({"issue", "issues", "issued", "issuing"})


_FORCES = frozenset({"armed forces", "military", "army", "navy", "air force", "defence forces", "defense forces"})


def _for_armed_forces(units: list[Unit], start: int) -> bool:
    """ "export permits for radios and spare parts destined for Chile's armed forces": goods licensed
    for a party's armed forces are military goods, whatever they are called."""
    for k in range(start, min(len(units) - 2, start + 10)):
        if units[k].ent and "POSS" in units[k + 1].tags:
            return units[k].ent == "target" and (units[k + 2].low in _FORCES or
                                                 f"{units[k + 2].low} {units[k + 3].low if k + 3 < len(units) else ''}"
                                                 in _FORCES)
        if units[k].tags - {"CONJ", "FOR", "PREP"} or units[k].ent:
            return False  # a verb, a comma or a name of its own ends the goods
    return False


# Words that only open a noun phrase ("that" may open a clause: "the coalition that arms Kyiv")
_NOUN_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "our", "his", "her", "your", "my", "such",
                               "own"})


def _fix_arms(units: list[Unit], kind: str) -> None:
    """ "arms" is a noun (weapons) or a verb ("arms Ukraine"); "armed" before a noun is an adjective.

    As a verb followed by a recipient it means supplying weapons: a supply predicate that
    carries its own object, for stances about weapons in general."""
    for index, unit in enumerate(units):
        if "ARMV" not in unit.tags and not (unit.obj and unit.low == "arms"):
            continue
        nxt = index + 1
        # 'will never arm" any faction': a closing quotation mark ends the quoted words, not the verb phrase
        while nxt < len(units) and ("ADV" in units[nxt].tags or "QUOTE" in units[nxt].tags and nxt == index + 1):
            nxt += 1
        following = units[nxt] if nxt < len(units) else None
        # ("sending the arms Iraq ordered": after a determiner, the noun)
        determined = index > 0 and (units[index - 1].low in _NOUN_DETERMINERS or "POSS" in units[index - 1].tags)
        recipient = not determined and following is not None and (
            bool(following.ent) or "GENREC" in following.tags or following.low in ("a", "kyiv", "them", "it")
        ) or _determined_party(units, nxt) and not (unit.cap and index > 0) and \
            not (index > 0 and units[index - 1].tags & {"DET", "POSS", "POSSPRON", "SUP", "OBJ"})
        if recipient and unit.low == "armed" and index > 0 and unit.text[:1].isupper() and following.text[:1].isupper():
            recipient = False  # "Ministry of Defence and Armed Forces Logistics": a word of a body's name, no verb
        if recipient and kind == "weapons":
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset({"SUP", "ARMV"}), obj="arm")
        elif "ARMV" in unit.tags and not unit.obj:
            units[index] = Unit(unit.text, unit.low, unit.start, unit.end, frozenset(), cap=unit.cap)
