"""Every labelled article must read right: the shared dev corpus, our own corpus (with its
test-only stances), and the five seeds, which all report a reconsideration."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from monitor.detect import STATES, Stance, load_stances, read
from monitor.evaluate import Case, Report, score
from monitor.extract import extract_html, extract_text

from .stances import CORPUS, ROOT, SHIPPED

DEV = ROOT.parent / "shared" / "corpus" / "dev"
SEEDS = ROOT / "seeds"


def stances_for(folder: Path) -> dict[str, Stance]:
    stances = {s.id: s for s in load_stances(SHIPPED)}
    if (folder / "stances").is_dir():
        stances.update({s.id: s for s in load_stances(folder / "stances")})
    return stances


def rows(folder: Path) -> list[dict[str, str]]:
    if not (folder / "manifest.csv").is_file():
        return []
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def body(path: Path) -> str:
    """The article text, as `shiftwatch eval` reads it (a web page through extraction)."""
    extract = extract_html if path.suffix == ".html" else extract_text
    return extract(path.read_text(encoding="utf-8"), name=str(path)).text


def check(folder: Path, row: dict[str, str]) -> None:
    stance = stances_for(folder)[row["stance"]]
    text = body(folder / row["file"])
    reading = read(text, stance)
    detail = "\n".join(f"  [{e.state}] {e.rule} | {e.text}" for e in reading.evidence)
    assert reading.state == row["state"], f"{row['file']}: got {reading.state}\n{detail}"
    assert reading.state == "none" or reading.evidence
    for evidence in reading.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
        assert evidence.state in (*STATES, "none") and evidence.rule
    assert 0.0 <= reading.confidence <= 1.0


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not beside the repository")
@pytest.mark.parametrize("row", rows(DEV), ids=lambda r: r["file"])
def test_dev_corpus(row: dict[str, str]) -> None:
    check(DEV, row)


@pytest.mark.parametrize("row", rows(CORPUS), ids=lambda r: r["file"])
def test_own_corpus(row: dict[str, str]) -> None:
    check(CORPUS, row)


def test_own_corpus_covers_every_state_and_three_stances() -> None:
    labels = {(r["stance"], r["state"]) for r in rows(CORPUS)}
    assert {state for _, state in labels} == {*STATES, "none"}
    assert len({stance for stance, _ in labels}) >= 3
    for stance in ("kr-arms-ukraine", "us-atacms-ukraine", "de-taurus-ukraine"):
        assert {state for s, state in labels if s == stance} == {*STATES, "none"}, stance


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_read_reconsider(path: Path) -> None:
    kr = stances_for(SEEDS)["kr-arms-ukraine"]
    assert read(body(path), kr).state == "reconsider"


def test_corpus_scores_perfectly_with_no_false_supplies() -> None:
    cases = []
    for folder in (CORPUS, DEV) if DEV.is_dir() else (CORPUS,):
        stances = stances_for(folder)
        cases += [Case(r["file"], r["state"], read(body(folder / r["file"]), stances[r["stance"]])) for r in rows(folder)]
    report = score(cases)
    assert report.false_supplies == ()
    assert report.accuracy == 1.0, report.format()


# Blind holdouts, each written by someone who never saw the code, with stances of its own:
# folder -> (articles at least, accuracy reached). First contact, then after fixing the classes of
# error each one showed (exercised on other stances in tests/detect/test_holdout*_classes.py).
# A change that loses an article here must say why in the holdout's manifest note, not lower the bar.
BLIND_HOLDOUTS: dict[str, tuple[int, float]] = {
    # South Korea and Germany · Taurus, Japan · weapons: 0.667, then 60/60.
    "holdout": (60, 1.0),
    # France · SCALP-EG, Israel · weapons: 0.84, then 50/50.
    "holdout2": (50, 1.0),
    # Norway · NASAMS, Spain · weapons: 0.80 with one false supplies, then 39/40. Still missed: e09
    # (a government body not named in the stance, "the Council of Ministers", read as another actor).
    "holdout3": (40, 0.975),
    # Sweden · Gripen, Poland · weapons: 0.875 with one false supplies, then 38/40. Still missed: a01
    # (a reporter's question answered in reported speech) and a03 ("National security adviser Jake
    # Sullivan": the title's modifiers read as another subject).
    "holdout4": (40, 0.95),
    # Italy · SAMP/T, United States · weapons for Taiwan: 0.60 with eight false supplies (six a
    # delivery dated "in 2023" beside a present refusal), then 45/45.
    "holdout5": (45, 1.0),
    # Brazil · weapons for Ukraine, United Kingdom · weapons for Israel: 0.533 with three false
    # supplies, then 43/45. Still missed: b18 (a third party's report the actor confirms only as "the
    # approval") and u16 (a minister not listed as a speaker, named in an appositive).
    "holdout6": (45, 0.95),
    # South Korea (the shipped stance, from config/stances) and Türkiye · Bayraktar TB2: 0.80 with
    # two false supplies (a plural trade noun, "arms exports hit a record"; a warning about "any
    # South Korean weapons reaching Ukraine"), then 40/40.
    "holdout7": (40, 1.0),
    # Canada · weapons for Ukraine, India · BrahMos for the Philippines: 0.867 with four false
    # supplies (cumulative supply "since 2022" beside a present pause, "developed by India",
    # "position … unchanged"), then 29/30. Still missed: c11 ("rejecting appeals to reverse the
    # pause" read as the refusal being lifted).
    "holdout8": (30, 0.966),
    "holdout9": (40, 1.0),  # Switzerland · weapons, Australia · Abrams: 0.725 (no false supplies), then 40/40.
    # Germany · weapons for Saudi Arabia, Greece · weapons for Ukraine: 0.610 with two false supplies (a
    # total dated "in the first nine months of 2018", "to the island" read as the target), then 38/41.
    # Still missed: g01 ("defensive military equipment", its weapons listed in the next sentence), g09
    # ("reluctant to reduce stocks of ammunition" read as a refusal; "the request is being assessed"
    # three sentences after the request), g15 (a package "consisting of:" a bulleted list of weapons).
    "holdout10": (41, 0.92),
    "holdout11": (41, 0.975),  # South Korea · K2 for Poland, United States · F-35 for Turkey: 0.561, then 40/41 (k04).
    "holdout12": (44, 0.954),  # Japan · Patriot to the US, Germany · Eurofighter: 0.795 (1 false supplies), then 42/44.
    "holdout13": (40, 0.975),  # France · Mirage 2000, US · arms for Saudi Arabia: 0.825 (1 false supplies), then 39/40 (s12).
    # Israel · Arrow 3 for Germany, Serbia · weapons for Ukraine: 0.778 with three false supplies (a
    # quotation closed by "Zakharova said", the other party's spokeswoman named before; "All exports of
    # weapons … under the Law on Foreign Trade in Weapons"; "But if …," as a condition), then 43/45.
    # Still missed: a03 (an interview answer "No decision has been made" to "Will you sell it?", the
    # question's "it" not resolved) and a20 ("will supply additional launchers, interceptors" under the
    # Arrow 3 contract: the system's parts named only by the deal in the sentence before).
    "holdout17": (45, 0.95),
    # Hungary · weapons for Ukraine, Egypt · weapons for Russia: 0.750 with four false supplies (supply nouns
    # as generic subjects, "every delivery of weapons prolongs the war"; a subject consignment whose verb
    # comes after ", which …,"; ", including the sale of ammunition" after a conditional clause), then 44/44.
    "holdout16": (44, 1.0),
    # Czech Republic · weapons for Ukraine, United Kingdom · Storm Shadow: 0.750 with two false supplies (a
    # quotation closed by "foreign ministry spokeswoman Maria Zakharova" after a lead about Russia's foreign
    # ministry; howitzers "due to be replaced by new CAESAR howitzers"), then 43/44; 44/44 since c18 reads right
    # (a story leading with a decision against recounts the weighing it ended: "In October … said the government
    # was examining …").
    "holdout18": (44, 1.0),
    # Portugal · Leopard 2, Türkiye · weapons for Israel: 0.644 with three false supplies (a quotation's
    # "states that continue to arm Israel", a relative clause on a class of agents; a delivery dated "in
    # 2023" beside "no further transfer … is planned"; a foreign embassy's claim closed ", without providing
    # evidence"), then 43/45. Still missed: t13-v1 (a request for "radar components", no weapon word) and
    # t17 (an agency introduced without the actor's name or possessive, "the Defence Industry Agency (SSB)",
    # and "options are under consideration" with no object).
    "holdout19": (45, 0.977),  # 44/45 once national bodies ("the SSB") were known
    # Finland · weapons for Ukraine, South Africa · weapons for Russia: 0.778 with four false supplies
    # ("Finland's neighbour Estonia has sent …", a possessed noun of relation read as the possessor; senators
    # who "claim, without offering new evidence, that …"; "revoked the permits it granted …" read as the
    # grant), then 45/45.
    "holdout20": (45, 1.0),
    # United States · Tomahawk, Bulgaria · weapons for Ukraine: 0.844 with two false supplies ("the
    # president's decision on Tomahawks stands", a decision noun whose topic is the object; "Diplomats in
    # Sofia have long said that …", outsiders leading the reporting clause), then 45/45 (a correction
    # notice's earlier version, a name inside an opening "In reply to a question from …", "would overhaul
    # Ukrainian tanks", a walk-back dated "last month" before a present review, "assessing which weapons
    # the country could spare for Ukraine", an antecedent named in a sentence that claims nothing).
    "holdout21": (45, 1.0),
    # Pakistan · weapons for Ukraine, Spain · Leopard 2A4: 0.864 with one false supplies (a delivery dated
    # "between 2023 and 2024" beside "no plans to send further …"), then 43/44 (a suggestion "is incorrect"
    # as a denial, "Selling shells is not the same as …", an opening "said last month" after a present
    # walk-back, "how many tanks Spain can send", "the German-designed tanks", "had, until this year, said").
    # Still missed: k13 (deliveries told to a Senate committee in an agentless passive and by "the secretary
    # of the Ministry of Defence Production", a body the article never ties to the actor by name or possessive).
    "holdout22": (44, 0.977),
    # Belgium · F-16, Israel · weapons for Azerbaijan (names only): 0.814 with four false supplies ("has
    # supplied … for more than a decade" beside a present review; "has sold …" after a leading suspension; a
    # recipient's quoted statement while the actor "did not comment"), then 43/43 (a refusal of another
    # party's request, "officials rarely discuss …", "The Ministry of Defence announces" after "the Belgian
    # Ministry of Defence", a correction notice's "An earlier version said …").
    "holdout23": (43, 1.0),
    # Norway · weapons for Israel, North Korea · weapons for Russia: 0.844 with three false supplies, 0.911
    # with one on the tree it met (", alleging that the DPRK is transferring weapons", the -ing form of
    # "allege"), then 45/45 (a name ending a leading "Should …," read as listed with the main subject;
    # "rejected as \"groundless\" a US allegation", verb and verdict as two negations; ", state media
    # reported" after the actor's own decision; "is studying, at the request of …, the possibility of";
    # "told deputies of the … Assembly that the government …").
    "holdout24": (45, 1.0),
    # Germany · IRIS-T, United States · weapons for Israel (names only): 0.659, 0.841 on today's tree, no
    # false supplies, then 42/44 (an interviewee "Boris Pistorius has been Germany's defence minister", a
    # copula as an appositive; "spoke with a senior Defense Department official", an unowned official, and
    # the paper taken as the interviewee; "can be made available to"; "is considering, together with …,
    # whether"; "resuming some shipments, including interceptors"; "the Israeli requests again, very
    # seriously, including interceptors for Iron Dome"). Still missed: g09 (the review and the opening
    # speak only of "systems" and "a further system", never the IRIS-T, in an article that also names
    # Patriot and Skynex), u12 (a briefing whose "SPOKESPERSON:" the article ties to no country; reading its
    # "we" as the actor's would be a guess).
    "holdout25": (44, 0.954),
    # Iran · Fath-360 for Russia, Slovakia · MiG-29: 0.818, 0.909 on today's tree, no false supplies, then
    # 44/44 (the object in apposition to a supplied class, "have not sent missiles to Moscow, the X or
    # anything else"; a quoted answer before "he told …, when asked about the X"; "might not be able to keep
    # its cooperation within the limits …", a bound that may not hold; "there will be no more jets" after
    # "MiG-29 fighters", a future existential negation).
    "holdout26": (44, 1.0),
    # Canada · weapons for Israel, Sweden · CV90 (names only): 0.804, 0.870 on today's tree, no false
    # supplies, then 46/46 (an agentless delivery of "Canadian-made" goods closed by or licensed by an
    # unowned "the federal government", that country's own; "export permits" as export licences, and goods
    # licensed for "Israel's armed forces" as military goods; "had repeatedly said", a past perfect over an
    # adverb in -ly; "the Attorney General" a title, not another party; "end up in", no ending).
    "holdout27": (46, 1.0),
    # Denmark · F-16, Japan · weapons for the Philippines (names only): 0.711, 0.778 on today's tree, no
    # false supplies, then 38/45 ("Providing weapons to X is not under consideration", a copula's negation
    # over the verdict on a supply gerund; "Denmark's acting defence minister, Name", a word of tenure
    # before the title; "We have looked at it carefully, and the answer is no", a weighing closed by its
    # own negative verdict). Still missed: j01, j02, j03, j10, j17 (deliveries of
    # surveillance radars and unarmed patrol aircraft labelled `supplies` for a weapons stance: not
    # weapons under the guidelines), j05 (the only weighing of weapons is a fronted "Whether the weapons
    # systems on the aircraft can go with it is something we are studying"), d19 for Japan (a general ban
    # on arms "to a country at war" in a story about another target, read as the actor's refusal like any
    # refusal without a recipient).
    "holdout29": (45, 0.844),
    # Austria · weapons, India · weapons for Armenia (names only): 0.738 with 3 false supplies, 0.833 on
    # today's tree, no false supplies, then 41/42 ("whether she could guarantee that no Austrian weapons
    # would be sent", a negative determiner opening an embedded subject; "has not blocked EU funding for arms
    # deliveries", a supply owned by another party's noun; "an official in the Department of Defence
    # Production", an unowned body, not another party; "spoke with a senior Indian defence ministry
    # official", a longer role; "spoke to her" after the sentence naming her; "whether defensive systems,
    # such as air-defence ammunition, could be made available", an example taking its noun's clause).
    # Still missed: i10 (a written parliamentary reply whose country is never named before it, the asking
    # member the only party in view).
    "holdout28": (42, 0.976),
    # Romania · Patriot, China · weapons for Russia (names only): 0.756 (34/45) with 1 false supplies at first
    # contact, then 45/45 ("will not be given away", the participle of "give" after an auxiliary; "our own
    # batteries", "such a system" and a counted "one system" after a supply verb refer to the system, whose
    # stance name may carry the noun; "keep all of its batteries on its own territory", "the battery stays at
    # home" withhold them; "tight controls on exports of drone parts", oversight, no supply; "The question
    # of whether X should supply …
    # is on the table", an open question decided by its predicate, and "should" inside a weighed "whether"
    # is deliberation; "is being analysed", "I am not excluding it", "we are examining it"; "part with";
    # "Zhou Hanbin is a vice minister of national defense of China", a title of the actor with "of"; a bare
    # "A: Yes." asserts the yes/no question before it; "Earlier this month, after talks in Brussels, X's
    # minister …" dates the news and the possessive opens the subject; 'was "under careful review"', a
    # quotation opening after the copula; "We analysed it" told in the past beside "decided against", the
    # review that decision closed).
    "holdout30": (45, 1.0),
    # Iran · Shahed drones for Russia, Netherlands · F-16: kept unseen while the detector was improved on
    # twelve other corpora: 0.867 with 2 false supplies at the start, 0.889 with 1 when first read, then
    # 45/45 (a minister named by title alone in a story that opens on another country, and the "he" who
    # closes his two-sentence quotation, speak for another government: their word that the actor supplies
    # is a claim; "deliveries … have been halted", the passive verb of ending counted once; a halt
    # recounted after an opening to resume is what would be resumed; "a review … had concluded that X
    # could not", a weighing ended in its finding; "how many of its jets it can hand over", a partitive
    # before the weighed object).
    "holdout15": (45, 1.0),
    # Lithuania · weapons for Ukraine, Belarus · weapons for Russia (names only): 0.784 (40/51), no false
    # supplies, then 50/51 (a joint dateline "KYIV/VILNIUS, June 2 —"; "Its defence ministry confirmed …", a
    # possessive pronoun before a body, and a definite body reporting an agentless delivery; "Carl Gustaf
    # anti-tank rounds", a model name in a subject; "not sending weapons — not shells, not mortars", a
    # repeated negation; "an assessment …, which said Minsk may be preparing …", a relative reporter; "the
    # defence minister of Belarus, Name,", an "of" owner; "Our weapons we do not give", a fronted object;
    # "Asked whether …, Lukashenko paused. "I will not say no," he said."; "has left army stocks for
    # Ukraine"; "military transfers" as military aid, and a halt that "remained in place" as the status quo;
    # "The Government … resolves: 1. To transfer … to the Armed Forces of Ukraine"; "… and it is not
    # sending any", a subject pronoun after "and"). Still missed: b07 (the only opening is "might not be
    # able to keep its weapons stockpiles to itself if …" and "it will be hard … to tell them we only send
    # potatoes and milk. Then we would look at what the army can spare": a stockpile noun, an aid-only
    # line over food the detector does not know, and a weighing with no object noun).
    "holdout31": (51, 0.98),
    # Ireland · weapons for Ukraine, United Arab Emirates · weapons for the RSF (names only): 0.714 (35/49)
    # with 2 false supplies at first contact, then 49/49 (a capital dateline without agency, "DUBLIN —",
    # "NEW YORK —", never the subject or nearest party; a bare "Cabinet approved …" and "The Government of
    # the Republic of X" as the government; "abstention on the decision to finance lethal equipment", a
    # decision that is another noun's topic; "will decide whether X should hand over …", deliberation;
    # "look seriously at"; the actor's quoted "we would have to look at …"; "had not finished its
    # deliberations", a weighing still going on; "a claim by the Russian embassy that …", the claimant, not
    # the supplier; "has not supplied, and does not supply, arms", a shared object; "warned on Thursday that
    # …", a report; "Sudan's Rapid Support Forces", a possessed target; "RBS 70 missiles" a designation and
    # "the Defence Forces" no other party; "the Supreme Council for National Security" a government body and
    # the paper "told" no party; "Name is an adviser to the UAE's council", a copular role; a comma list of
    # weapons as the subject; a quotation running over paragraphs after its speaker, and "They" after a
    # sentence that only lists weapons).
    "holdout32": (49, 1.0),
    # Greece · S-300 for Ukraine, Iran · weapons for Hezbollah (names only): 0.809 (38/47), no false
    # supplies at first contact, then 47/47 ("Late on Tuesday," a time adverb, and "Two Iranian officials", a
    # counted subject, never a party; "a senior defence ministry official", plain modifiers in a role's noun
    # phrase; "drones for use in Ukraine", a purpose phrase naming the recipient; "we are not handing them to
    # Kyiv", a pronoun object with its recipient; "the S-300s are not going anywhere", kept; "the Crete
    # batteries", a place before a weapon head noun; "A plan under which the batteries would be handed to
    # Ukraine is being studied", the plan's verb decides its content clause (it read `supplies` before);
    # ", an official confirmed, after a newspaper first reported it", the confirmation is the source; "The
    # senator, visiting Athens …, told reporters", an outsider over a participial appositive; "only statements
    # and medicine", "political and humanitarian support" and "difficult for Iran to insist on giving
    # Hezbollah only …", aid-only lines; "will not strip Crete of the S-300", a verb of giving up what one
    # holds that supplies only a named recipient; "What we have not done, and will not do, is …", a
    # pseudo-cleft; "Russian officials said X is weighing whether …", the reporter stays the speaker).
    "holdout35": (47, 1.0),
    # Latvia · weapons for Ukraine, France · weapons for Armenia (names only): 0.826 (38/46) with 1 false
    # supplies at first contact ("will provide … demining machines to clear unexploded ordnance"), then 46/46
    # ("machines to clear ordnance", "radars to detect drones", an infinitive of purpose whose object is never
    # supplied; "sell Armenia CAESAR howitzers", a known name then the weapon's model; '…: "At this stage
    # Latvia does not intend …"', an adverbial before the subject; "the howitzers that Armenia has bought from
    # France", a relative naming buyer and seller, its sourced supply news after a refusal of another weapon;
    # "It is not true that Latvia has stopped sending", "have not been suspended", a negated halt of the supply
    # goes on; "the flow of ammunition from Latvia to Ukraine would carry on", a supply noun heading a reported
    # clause takes its source as supplier; "Drones are part of the same review", weighed; "drones paid for by
    # the Latvian state were handed over", a reporting verb's form as a noun in the subject's modifier).
    "holdout36": (46, 1.0),
    # Croatia · PzH 2000 for Ukraine, Turkey · weapons for Azerbaijan (names only): 0.771 (37/48), no false
    # supplies at first contact, then 47/48 ("the guns would remain with the Croatian Army", "are staying in
    # Croatia", "are at their home base", kept with the actor's own forces, country or base; "Asked whether X could part with … after his trip
    # to Kyiv, Prime Minister Y said …", the question's closing comma lists no one with the answerer; "the
    # PzH 2000 howitzers that Kyiv had also requested are staying …", a relative after the class noun; "would
    # be able to release part of its fleet to Ukraine if …", an ability and a supply verb with a recipient;
    # "looked at carefully, and the answer for the moment is no"; "the suspension of arms transfers would be
    # reviewed", a halt noun as the subject of a weighing verb; "Twelve Bayraktar TB2 drones and a consignment
    # … were handed over … by Turkey", a count and a maker's model name, no party; "supplied the drones that
    # proved decisive in the 2020 war", history (it read `supplies` on the way); "the howitzers approved by the
    # government last month are on their way to Ukraine", in transit; "four of the howitzers" two sentences
    # after "its twelve PzH 2000s", a count from the set; "has never halted its weapons deliveries", fixed by
    # the negated-halt rule of holdout36). Still missed: hr11 (an interview whose openings are "how many we
    # could spare" and "It is possible", with the object named only in the interviewer's question).
    "holdout37": (48, 0.979),
    # Estonia · weapons for Ukraine, Saudi Arabia · weapons for the SAF (names only): 0.778 (35/45) with 1 false
    # supplies at first contact ("instructed the defence ministry to identify weapons … that could be sent", a
    # directive with no supply verb of its own), then 45/45 ("The Kingdom", "the Republic", a bare state form
    # as the story's country; "The Council directed … to examine the request", an unnamed executive body's
    # directive; "once more being delivered", an adverb, not a clause; "A new Estonian package of …", the
    # actor's adjective owning a supply noun; "Name al-Name, X's minister of state for foreign affairs,", a name
    # particle and a title with complements, and a possessive found before the adjective it begins with;
    # "does not arm either party"; "Asked whether X might …, Foreign Minister Name said", the one answering a
    # question about the actor; "the request would be studied", a promised weighing; "It would be wrong to say
    # that X will never …" and "find it impossible to keep refusing", denied clauses. Also, with no row of
    # the holdout: "It would be a mistake to send …", a judged infinitive, and "requires cabinet approval for
    # the sale", a condition, never supplies).
    "holdout38": (45, 1.0),
    # Taiwan · military drones for Ukraine, Kazakhstan · weapons for Russia (names only): 0.843 (43/51), no
    # false supplies at first contact, 0.863 on today's tree, then 49/51 ("No drones have gone from Taiwan to
    # Ukraine", a place of origin between a verb of going and its destination; "asking our Kazakh friends to
    # make sure that not a single shell leaves", seeing to an outcome embeds no statement, the pressure above
    # governs it; ", the Executive Yuan confirmed on Monday, in the first transfer …", a closing speaker before
    # a prepositional adjunct; "assessing a request for drones", an anaphoric noun whose "for" phrase names the
    # object, and "… and would reach a conclusion", a modal opening a second predicate; "The first X have
    # reached Ukrainian units, a commander said. Taiwan's ministry confirmed the deliveries.", the actor
    # confirming the agentless delivery just reported). Still missed: t04 (the only supply is confirmed by "The
    # Ministry of National Defense", a capitalised body the article never ties to a country, which stays no
    # one's so that an article naming two countries' ministries is not guessed), t20 (the departure names only
    # an airport, and the minister's "This is the first batch" / "will have received several hundred" name no
    # supply verb with the object).
    "holdout39": (51, 0.96),
    # Morocco · T-72 for Ukraine, Qatar · weapons for Syria (names only): 0.740 (37/50), no false supplies at
    # first contact, then 50/50 ("told parliament that the kingdom would not …", a lowercase state form in a
    # reported clause as the speaker's country; "Higher Defence Council", "assistant foreign minister", rank
    # words of a title or body; "the release of part of the country's fleet", a generic owner of the goods, not
    # the agent; "release … for Ukraine", "pass several dozen of them to Kyiv", handing over with a partitive
    # of the goods named before; ", said on Monday in a written reply to …", a reporting noun in the tail; "the
    # separate question of the T-72s remained under review", a topic-noun subject; "no decision …, and none is
    # coming", a refusal; "assault rifles, machine guns and ammunition supplied by X arrived at Damascus
    # airport", a listed consignment arriving at a place of the target; "assessing a list of weapons requested
    # by Damascus", the target's request weighed; "would not hesitate to look at the army's needs, including
    # weapons", a negated reluctance over a list of needs; "Is that true? A: It is true, …", an answer that
    # affirms the report the question asks about).
    "holdout40": (50, 1.0),
    # Albania · weapons for Ukraine, Iran · weapons for the Houthis (names only): 0.880 (44/50), no false
    # supplies at first contact, then 49/50 ("shoulder-fired and vehicle-mounted missiles", a hyphenated
    # noun-participle compound after "and" is a modifier, not a second verb; 'will never arm" any faction', a
    # closing quote between "arm" and the party armed; "might find it hard to go on turning down the requests",
    # difficulty over a refusal is an opening and "difficult to send" a hedged no; ", the ministry confirmed
    # this month, and a further batch is …", a closing speaker before a clause joined by "and"; an interview
    # answer whose "we are examining it" comes five sentences after the question that named the object).
    # Left: a Guards commander introduced as "a deputy commander of the aerospace force of Iran's …" answers
    # that "The Islamic Republic has delivered …": neither the role two "of" phrases from its owner nor the
    # state's formal style is tied to the actor (reading "the Islamic Republic" as the story's country broke
    # holdout35, whose offer goes to the Lebanese army named only in a condition) (ir02).
    "holdout42": (50, 0.98),
    # Spain · Patriot for Ukraine, Egypt · weapons for Sudan (names only): 0.773 (34/44) with 1 false supplies
    # at first contact ("spare parts for the Hawk launchers" after a Patriot battery was named: a class noun
    # with a model name of its own echoed the system), then 44/44 ("PORT SUDAN —", a dateline city of two
    # words merged into one name; "will not be a source of arms to any of the parties", a supplier noun after a
    # copula; "no plan to transfer any launcher or missile", a negated "any" over the class noun; a name in "in
    # Türkiye" is no agent of the clause after it; "will not confine itself to relief convoys", relief as aid
    # only; "Weapons are not part of it", "Patriots are not part of that contribution", the object left out of
    # what is given, and a second refusal coordinated after a negated one agrees with it; "that examination
    # covers the Patriot interceptors as well", a review taking in the object; "Together with …" an opener;
    # "reviewing a list of weapons requested by the Sudanese army", the target's forces asking for the goods;
    # "Every one of the Patriot interceptors that this country promised Kyiv … has been delivered", a relative
    # whose subject is the speaker's own country). No misses left.
    "holdout41": (44, 1.0),
    # Netherlands · Patriot for Ukraine, India · weapons for Israel: 0.796 (39/49), 1 false supplies at first
    # contact ("…, in what would be the first sale of an Indian weapon system to Israel"), then 48/49 ("in what
    # would be the first sale", a supply noun as the predicate of a modal "be", no supply; "the Israel Police", a
    # state's police or guard as its own body; "We looked at Patriot carefully, and the answer is no", the
    # object weighed itself, then refused; 'THE HAGUE, Feb 17 — Asked whether …, a spokesman said the answer
    # "remains no"', a question after a dateline answered by "the answer … no"; "had not authorised, and was not
    # authorising, any export", an object shared by verbs set off by commas; "No other arms sale to Israel is
    # under consideration", a negative subject denying the verdict; "look afresh at"; an interviewer's turn
    # "X has asked Y for Z. Has Y refused?" kept as prose; 'was "not closing any door" on the request'; "has
    # asked the chief of defence to assess whether …", the actor directing its own office holder).
    # Left: an interview whose only opening is "whether one of our remaining fire units could go to Ukraine"
    # and "The answer is that it is on the table", neither naming Patriot (the fire unit is a part of the
    # system named three sentences before, which the detector does not tie to it) (n03).
    "holdout43": (49, 0.97),
    # Italy · weapons for Israel, Serbia · weapons for Ukraine: 0.816 (40/49), 2 false supplies at first contact
    # (a columnist's "ought to sign a contract with Ukraine … and ship the shells", the deontic modal not shared
    # by the verb after "and" beyond eight words; "sell weapons to neither Ukraine nor Russia", the "neither" on
    # the recipient ignored), then 47/49 (a shared deontic "should / ought to"; "neither" on the recipient; "It
    # is not that Serbia cannot sell …", a denied explanation; "We considered it, and we concluded that …", a
    # simple-past weighing closed by its finding; "the competent ministries", plural bodies; "made by Serbia's
    # state factories", a noun after a possessive; ", lifting the suspension in place since October 2023", a
    # participle clause dating its own noun; "weapons ordered under contracts signed before October 2023 are
    # still being shipped", participles inside the subject, and "Crosetto added, however, that …", the actor's
    # speaker marking a supply as an exception to the halt the article led with; '"In that case we would look
    # at sending …"', an anaphoric condition that is no subject and makes the clause conditional). No miss left.
    "holdout45": (49, 1.0),
    # Sweden · Archer howitzers for Ukraine, United States · weapons for Ukraine: 0.833 (40/48), 2 false supplies
    # at first contact ("It does not, however, include the Archer", the negation cut off by a connective between
    # commas; "Two senators … predicted that the United States would soon begin sending weapons", a forecast not
    # read as a reporting verb), then 46/48 (connectives between commas; forecasts are reports; the actor
    # instructing its own armed forces, or "has asked us", to assess; "can be released to Ukraine"; an official
    # who "spoke to" the paper as the subject, an "administration official" owned by the actor's name; "is among
    # the systems under consideration"; a recipient interviewee's report of a delivery; "came a day after the
    # United States unveiled …", a recent "after" clause that is news). Left: a Ukrainian commander interviewed
    # ("He spoke to …" after a sentence that names him and "eastern Ukraine") whose party the detector cannot
    # find, so his "Sweden gave the Archers to Ukraine" stays unattributed (s16); "A third planeload of American
    # military aid landed at Kyiv's airport, carrying … what the US embassy called "lethal aid"", an arrival
    # ("landed") whose object is only named in a quotation after a naming "called" (w13).
    "holdout46": (48, 0.958),
    # Japan · Type 12 missiles for the Philippines, Hungary · weapons for Ukraine (minimal stance): 0.833 (40/48),
    # no false supplies at first contact on the morning's tree (0.854, 41/48, 0 false supplies, on the tree this
    # work started from), then 46/48 ("The core ministers of Japan's National Security Council", members of the
    # actor's body, are the actor; "military equipment …, comprising mortar ammunition and …", weapons listed
    # under a general noun are what is supplied; "The previous government ruled out …", a government no longer
    # in office, is background; "has ordered a review of the country's refusal", a directive over a weighing
    # noun, is the actor's own weighing; '"Putting the Type 12 on the table was judged premature, and it has been
    # taken off"', a coordinated "it" clause that withdraws the option replaces the first verdict; "The missile
    # option had been studied", an option subject with a past-perfect verb, is background; "crossed into Ukraine",
    # an arrival like "reached"). Left: hu11 ("…, and polls showed a majority opposed to any military help for
    # Ukraine": in a second conjunct the reduced "a majority opposed to" is not taken as the subject, so the
    # salient actor refuses);
    # hu15 (a quoted convoy, "The trucks left … By tonight they will be in Ukraine, with mortar rounds … on
    # board", a departure whose cargo is named only in the next sentence, by a minister named by title alone).
    "holdout47": (48, 0.958),
    # Poland · MiG-29 fighter jets for Ukraine, Russia · weapons for Venezuela (minimal stance): 0.826 (38/46), no
    # false supplies at first contact, then 46/46 (an interview's introducing sentence, "… sat down with us",
    # "… answered our questions", names the one who answers, not a note after it such as "Synthetic scenario."; a
    # name governed by "of" in a prepositional opener, "By decision of the Government of the Russian Federation,",
    # is not listed with the subject after the comma; a dateline before a leading "If …," condition; the target's
    # own request, "the Venezuelan requests", is the request for the object named before; "examined the request
    # and concluded that …", a simple-past weighing closed by its finding; "We are not sending any jets", a
    # refusal of every member of the class the stance title puts the system in).
    "holdout44": (46, 1.0),
    # Slovenia · M-55S tanks for Ukraine, Russia · weapons for Iran (minimal stance): 0.733 (33/45), no false
    # supplies at first contact on the morning's tree (0.800, 36/45, on the tree this work started from), then
    # 42/45 ("The M-55S are not part of this, and they will not be", a bare demonstrative, and "not part of what
    # Russia is doing with Iran", a free relative, leave the object out of the aid (the latter had read as a
    # supply on other stances); "whether the M-55S can become part of our help to Ukraine" under a review;
    # "the tanks that Ljubljana agreed in October to send were delivered", a relative with a supply infinitive;
    # "helicopters ordered by Iran have been handed over", the target as buyer, never the supplier; an interview
    # without "Q:"/"A:" labels whose answer's "We are not excluding it" means what the question paragraph named).
    # Left: s15 (the opposition leader's voice makes "other" salient, so "The government rejected the idea" goes
    # to him); s18 ('"Some are already here," Kranjc said', the asked tanks elided); i22 ('"The aircraft are in Iran. The second group
    # was handed over"', the object only in the headline and "group" a part of it).
    "holdout33": (45, 0.933),
    # New Zealand · weapons for Ukraine, Germany · weapons for Israel (no speakers): 0.809 (38/47) with 2 false
    # supplies on the morning's tree, 0.830 (39/47), 1 false supplies at first contact ("will meet to decide on pending applications to export weapons to Israel" read as the
    # decision), then 45/47 (a decision still to come on a supply weighs it; an editorial label, "Translation:",
    # is no speaker; "in the summer", "last August" date a simple-past halt; a leading time clause, "after the
    # envoy had left for Sydney,", only dates the main clause; outsiders who "argued that Germany could not keep
    # arming" make their case, no refusal; "Instead, in an answer to a question from an MP, the ministry …", a
    # connective before an opening phrase; "replacement guns might take years to arrive", a modal arrival with no
    # destination). Left: a press-conference transcript whose answers carry the spokesman's surname as turn label
    # ("Harder: … The suspension applies. Nothing is under review"), the label not read as the actor's speaker
    # nor the bare "the suspension" tied to the arms exports the question asked about (de10); "Those weapons will
    # come from others … That isn't a role New Zealand is taking on", a refusal by a demonstrative whose antecedent
    # is the supplying in the sentence before (nz20).
    "holdout34": (47, 0.957),
    # South Korea · weapons for Poland, Norway · NASAMS for Ukraine: 0.733 (33/45), 1 false supplies on the
    # morning's tree, 0.822 (37/45), 1 false supplies at first contact ("turned down a Ukrainian request for
    # NASAMS, officials said on Wednesday, and will instead send a further batch of 155mm artillery shells", the
    # container "batch" taken for the system named before although its "of" phrase names its own content), then
    # 40/45 (a container with an "of" phrase holds that content; "Further shipments of K2 tanks … will follow in
    # June, the ministry said", a continued supply; "lifted the suspension of weapons exports to Poland", a lifted
    # halt resumes the supply; and, found while checking p12, "Resuming exports … is one of the options the
    # government is weighing" read as a supply: a copula predicate "an option / possible" opens it). Left: "we are studying it" after "We have received a letter" (the letter's
    # content, resuming exports, named only in the question before; p12); a minister who "would not say the door
    # is closed", with the exports only in the lawmakers' question of the sentence before (p17); "all of them
    # have been delivered" under "None of the NASAMS launchers Norway promised … is still sitting in Norway" (n20)
    # and a delivery deep in a long analysis (n10) not tied to the actor; "it would be wrong to say never … not
    # closing that door" across quotations with the minister named only by title (n16).
    "holdout48": (45, 0.888),
    # Bulgaria · artillery ammunition for Ukraine, North Korea · weapons for Iran (minimal stance): 0.844 (38/45),
    # 0 false supplies on the morning's tree, 0.911 (41/45), 0 false supplies at first contact, then 45/45: a
    # reporter's question whose setting has two prepositional phrases ("Asked at a press conference after a …
    # dinner whether …"); an example ", including weapons," between commas governed by the clause of the noun
    # it illustrates; "keep X out of any assistance to …" as exclusion from the aid; "going through the list of
    # rounds that Kyiv had sent" as weighing the target's request. No misses left.
    "holdout49": (45, 1.0),
    # Germany · Leopard 2 for Ukraine, UK · weapons for Saudi Arabia: 0.891 (41/46), 0 false supplies on the
    # morning's tree and at first contact, then 44/46, 0 false supplies (a verb coordinated after a colon shares
    # the name that opens the colon's clause, not the announcing subject before it; "will keep its tanks out of
    # <place>" is a refusal; an agentless passive delivery to the target "under an agreement between <actor>
    # and <target>" is the actor's). Left: "has ordered an inventory of every Leopard 2 …, as the government
    # examines whether to let the tanks go" (l02), the directive over the first mention masks the weighing in
    # the "as" clause; an interview whose "we are looking at that" / "They could" answer a question naming
    # the suspension only (s07), with the minister named by title alone.
    "holdout51": (46, 0.956),
    # Canada · LAV armoured vehicles for Ukraine, China · weapons for Pakistan (minimal stance): 0.766 (36/47), 0
    # false supplies on the morning's tree, 0.872 (41/47), 0 false supplies at first contact, then 47/47, 0 false
    # supplies (a recipient's official telling that the actor "is considering a request to supply" it is
    # first-hand, not a third party's claim; "Federal/Cabinet ministers" after a capitalised title word are a
    # government body like "the cabinet"; "They are not part of what we are providing", a sentence-initial "they"
    # under a negated "part of", is the goods just named; "…, and Canada is weighing a transfer", a supply noun
    # right after a weighing verb, is the supply of the object the sentence named; "is weighing the question
    # again" reopens the decision named before). No misses left.
    "holdout50": (47, 1.0),
    # Portugal · Leopard 2A6 for Ukraine, Brazil · weapons for Ukraine (minimal stance): 0.841 (37/44), 0 false
    # supplies at first contact, then 44/44, 0 false supplies ("will neither sell nor donate": the correlative
    # "nor" is no second negation; "the new request is being studied", a dating adjective on the anaphoric
    # request; "the transfer of X to <target> has been completed", a supply noun under a passive of completion;
    # "how many X, if any, could be made available", an elliptic hedge between subject and verb; "will not send
    # further tanks beyond the three Leopards it delivered", goods excepted from a refusal whose relative reports
    # the actor's delivery; "…, according to documents seen by this newspaper and confirmed by the government",
    # a passive reporting participle whose speaker follows "by"; "No Leopard has left …, and none is being
    # prepared for transfer to <target>", a clause-opening "none" taking up a "no" subject). No misses left.
    "holdout53": (44, 1.0),
    # Austria · weapons for Ukraine, Egypt · weapons for Russia (minimal stance): 0.750 (33/44), 0 false supplies
    # at first contact, then 43/44, 0 false supplies ("Asked last week whether X had received or would consider
    # …": a time phrase setting the question, and a verb coordinated inside it, asked about too; "…, and our
    # conclusion is that …" closing a weighing; "said the request was under review", the present shifted back,
    # and 'The request "is currently being reviewed"'; "signed a contract under which X will deliver …";
    # "to Rosoboronexport, Russia's state arms company", the target's own organisation; "hours after the cabinet
    # approved …" as news; "the refusal to arm X might not survive …" as an opening; "the Defence Ministry"
    # capitalised, and a place after "in south-eastern …" no owner of it; ", including ammunition supplies," under
    # a negated clause; a quotation split by its reporting clause, and "The shipment" after a sentence naming
    # the weapons). Left: a president the stance does not list, named by title alone, reporting that the actor
    # "does not exclude" supplies (e09) stays another party's claim.
    "holdout55": (44, 1.0),  # 44/44 once the leaders of every country were known
    # Switzerland · Gepard ammunition for Ukraine, Pakistan · weapons for Ukraine (minimal stance): 0.727 (32/44),
    # 1 false supplies at first contact (a correction notice whose "An article … incorrectly stated that the
    # government had approved …" was read as the approval), then 43/44, 0 false supplies (a report the text calls
    # mistaken is withdrawn; "have been, or will be, sent", auxiliaries set off by commas; "the rounds" and
    # "12,400 rounds" for a system named "… rounds"; "under the permit Bern granted last summer", the date of a
    # relative on an adjunct's noun; "released under Bern's new permit", a noun after a possessive; "pass some
    # 12,000 rounds on to", a figure in a split particle verb; "will not arrive before March" for goods already
    # agreed, only a date; the actor instructing its departments named in full to examine; "the request" after
    # a sentence naming the asker again; "has not approved any such re-export", the supply of the sentence
    # before). Left: "denied that it was donating weapons" with the confirmed sales in an anaphoric quotation
    # naming no weapons (p14).
    "holdout52": (44, 0.977),
    # Israel · Iron Dome for Ukraine, Serbia · weapons for Ukraine (minimal stance): 0.886 (39/44), 1 false
    # supplies at first contact ("Serbia will sell Slovakia … rounds to rebuild stocks depleted by Slovak
    # donations to Ukraine", the target after another party's supply noun taken for the recipient), then 43/44,
    # 0 false supplies (that recipient is the other party's; "So no — we are not sending …", a connective opening
    # the sentence, no name; "the battery approved for Ukraine in March has now been delivered", a commitment
    # participle naming the target as a reduced relative on the object; "the system" in the sentence after the
    # one naming the system; "no decision to transfer …, and the existing policy stands", the standing refusal;
    # and, found while checking them, "its position on sending … has not changed", a policy's topic, and ", with
    # the first arriving in <another country>", the goods' destination, which had read as supplies). Left: an
    # answer to "whether Serbia might sell directly to Kyiv" weighing "a direct contract with Ukraine's defence
    # ministry", with no weapon named in the question or the answer (s14).
    "holdout54": (44, 0.977),
    # France · Rafale fighter jets for India, China · weapons for Iran (minimal stance): 0.795 (35/44), 2 false
    # supplies at first contact ("will provide India with Rafale full-mission simulators", the system's name on a
    # training device; "state media have given the jet prominent coverage", the object as the one given to),
    # then 44/44, 0 false supplies (those two; "could provide enough material for hundreds of missiles", a weapon
    # naming only what another noun is for; "a Chinese nationalist commentator wrote that China must arm …", a
    # pundit's nationality no government voice; "…, an official acknowledged, confirming a practice that others
    # had alleged", an allegation inside what is confirmed; "…, a state-run newspaper said, quoting a defence
    # ministry official", the quoted source; "the request" taking up a request for the object named four
    # sentences before; '"The Rafales are now in India," the ambassador said', the object present in the
    # recipient's country; "the jets" for a system the stance names "Rafale fighter", in an article naming it).
    # No misses left.
    "holdout60": (44, 1.0),
    # Denmark · F-16 for Ukraine, Iran · weapons for Russia (minimal stance): 0.750 (33/44), 2 false supplies at
    # first contact ('"We fully support the transfer of F-16s to Ukraine," the spokesperson said', an endorsement;
    # "Iran has finalised arrangements for Russia to deliver Su-35 fighter jets", the infinitive's own subject),
    # then 41/44, 0 false supplies (those two; a name inside an "Asked about …," opener taken for the body after
    # it; "…, and the request is now under review", a request clause of its own, weighed by the one asked; "No
    # F-16 aircraft are to be transferred", present "be to" as a future auxiliary; "was not a taboo", a denied
    # prohibition; "the first consignment … under the contract with the Russian Federation has been delivered",
    # a delivery under a deal with the target; "Ministry of Defence and Armed Forces Logistics", no verb "arm").
    # Left: a second batch "currently being delivered" late in a long analysis after the actor's past
    # reluctance (k02); "the remaining aircraft Denmark committed … are still going to Ukraine" after a lead
    # about another system (k07); an Iranian deputy minister confirming shipments "to Russia are continuing"
    # after earlier denials (p03).
    "holdout59": (44, 0.931),
    # Czech Republic · DANA howitzers for Ukraine, Vietnam · weapons for Russia (minimal stance): 0.864 (38/44), 1
    # false supplies at first contact ("no further transfer of the howitzers to Ukraine is planned" given to "the
    # CAESAR and Morana systems" as agent, so a dated 2022 transfer decided), then 44/44, 0 false supplies (model
    # names coordinated before their weapon noun, and "STV-series assault rifles", are no parties; "vz. 77", a
    # vowelless abbreviation before a number, ends no sentence; "[Translated from Czech.]", a word after an
    # opening bracket starts the sentence; a bare "No." answers the yes/no question before it; "For most of the
    # war, X has said it does not …", a refusal up to now that a later delivery changes; and, found while
    # checking them, "Moscow has supplied the bulk of Vietnam's weapons", the goods' owner taken for the supplier).
    "holdout58": (44, 1.0),
    # Slovakia · Zuzana 2 howitzers for Ukraine, Indonesia · weapons for Myanmar (minimal stance): 0.773 (34/44),
    # 0 false supplies at first contact, then 41/44, 0 false supplies ("has decided not to send …, Fico said,
    # ending deliveries", a free participle after the reporting clause governed by nothing before it; "Any export
    # … requires government approval", a rule, no supposition; "the request" taken up again by the sentence
    # before; "According to the minister, …" as the speaker of the sentence; "paid for by the Nordic states" in an
    # earlier clause, no agent of the next; "Zuzana 2 howitzers ordered under the contracts continue to be
    # delivered", a reduced relative after the class noun; "that Ukraine ordered and that our partners paid for",
    # coordinated relatives; an unlabelled interview's answer as the minister's; "discussing it", a weighing;
    # "told a press conference", no pressure). Left: "the cabinet 'may consider' a new order … We will look at
    # it", an order and an "it" four sentences from the object (sk14); a president the stance does not list
    # saying the actor "might consider" sales (id07); a delivery an outside source reports, after a past-perfect
    # refusal, confirmed by "the Indonesian embassy" (id12).
    "holdout61": (44, 0.977),  # 43/44 after the leaders list and later rounds
    # Japan · Patriot missiles for the United States, Saudi Arabia · weapons for Ukraine (minimal stance): 0.750
    # (33/44), 0 false supplies at first contact, then 36/44, 0 false supplies ("had not changed its stance of not
    # arming either side", a negated change of a negated policy, no double negation; "that is not possible, and the
    # government has no intention of doing so", two answering clauses that agree, each with its own negation; a
    # quoted reply closed by the asked minister's surname, '"…," Hamada replied.'). Left: deliveries in a live blog
    # or press release whose supply sentence has a subject noun the detector does not tie to the actor (p02, p05,
    # p07); a conditional "would be able to respond to a U.S. request" read as pressure (p10); a denial of a
    # decision with "examining the matter" after a dash (p13); "were not discussed" in a correction notice (p26);
    # the crown prince's "might have to reconsider its refusal" with a title the stance does not list (s06); a
    # columnist's "It could send …" (s16).
    "holdout62": (44, 0.863),  # 38/44 after the leaders list and later rounds
    # Australia · Bushmaster vehicles for Ukraine, South Africa · weapons for Russia (minimal stance): 0.795
    # (35/44), 0 false supplies at first contact, then 38/44, 0 false supplies ("a separate Ukrainian request,
    # for Bushmasters, was under active consideration", a request's object set off by commas; '"… committed to
    # Army, and we won't be sending them to Ukraine," he said' inside a quotation opened sentences before, the
    # "we" of the closing "he", no name inside the quotation; "11:02 — Significant moment: …", an adjective
    # opening an editorial label after a time stamp, no party). Left: a delivery reported in a live entry after
    # "Marles was asked about the Bushmasters" (b05); an approved package "for Ukraine" by "the federal
    # government", a body the stance does not name (b07); interview answers whose question names the object
    # only in the interviewer's turn (b09, z06); "We are not supplying artillery" beside "deliveries continue"
    # of unnamed components (z04); a president the stance does not list saying the actor "could consider
    # selling" (z07).
    "holdout56": (44, 0.886),  # 39/44 once the leaders of every country were known
    # India · BrahMos for the Philippines, Turkey · weapons for Ukraine (minimal stance): 0.727 (32/44), 1 false
    # supplies at first contact ("The government, which bought the ammunition from a Turkish state manufacturer,
    # had asked Ankara to … so the rounds could be passed on to Kyiv", a purchase by another party read as the
    # actor's supply to the target), then 38/44, 0 false supplies (the buyer as recipient; "Singh, in a side event,
    # says the third battery … "left Indian shores" and will be handed over …", a setting adjunct before the
    # reporting verb, a subject with a finite verb no inverted closing speaker, a quoted first predicate; "the South
    # China Sea", a place, no party; "the proposal (from the Philippines) is under active review", the request taken
    # up, made by the target and weighed by the actor). Left: deliveries "under the 2022 agreement are continuing"
    # after a denial of a new order (b02); a contract signed by a joint-venture company the stance does not name
    # (b03) and an approval by "the Cabinet Committee on Security" (b06); a delivery late in a long analysis (b04);
    # an interview whose "The batteries are being delivered" answers a question naming only "the BrahMos
    # programme" (b07) or whose answers weigh "a list" the interviewer's turn names (t08).
    "holdout57": (44, 0.886),  # 39/44 once national bodies were known
    # Finland · K9 howitzers for Ukraine, India · weapons for Russia (minimal stance): 0.864 (38/44), 1 false
    # supplies at first contact ("Russia has offered to buy back … missiles from the Indian Army", a buyer's
    # offer to buy read as the seller's supply), then 39/44, 0 false supplies (that offer, the recipient's wish;
    # "a trilateral arrangement … will see Finland transfer 18 K9s to Ukraine", the object of "see" as the bare
    # infinitive's subject). Left: a delivery late in a long analysis after the actor's past refusal (fi08, in12);
    # "the K9 howitzers are not … among the materiel that Finland donates", membership in what is supplied (fi18);
    # an approval by "the Cabinet Committee on Security" under a hyphenated "India-Russia" agreement, a body the
    # stance does not name (in16); "is studying the proposal", a weighing whose object is only the offer (in17).
    "holdout63": (44, 0.886),
    # United Kingdom · Storm Shadow for Ukraine, Israel · weapons for Azerbaijan (minimal stance): 0.727 (32/44), 1
    # false supplies at first contact ("Israel's defence export agency, SIBAT, has informed the companies", a trade
    # noun naming a body read as a supply, with a past "was Azerbaijan's largest arms supplier" outweighing a halt),
    # then 38/44, 0 false supplies (that body; "The question is not whether Britain can afford to send …", a
    # negated copula over "whether"; "not part of the UK's support", a possessive after the article; "It is
    # being carefully reviewed", an adverb inside the passive; a company's delivery "under a contract approved by
    # the Israel Ministry of Defense", the actor's licensed supply; "In January the security cabinet halted …", a
    # dated past halt with its date leading, history beside a present review).
    "holdout65": (44, 0.863),
    # United States · HIMARS for Taiwan, Russia · weapons for North Korea (minimal stance): 0.591 (26/44), 4 false
    # supplies at first contact ("delivered six jets to Myanmar's military government", a possessed recipient
    # read as the target named before; "distanced itself from a lawmaker who said Moscow would give …" and
    # "corrected remarks by an envoy who suggested that deliveries could resume", disowned relative reports;
    # "The shipments include …, the ministry said" after the actor was named only "to Russia" and "by Russian
    # forces"), then 0.705 (31/44), 0 false supplies (with "reviewing Taiwan's request to restore the launchers",
    # the object of an infinitive in the target's request; "may find it hard to justify withholding …", a refusal
    # hard to justify as an opening). Left: weighings of a sale or of whether to resume
    # (h03, r64 v1); "we're looking at it again" by a title and pronoun (h10); a Q&A and a
    # "does not exclude" after a leading question (m05, m08); a release approving a "possible Foreign Military
    # Sale" (h16), a translated arrival and an exporter's contract with no supply verb (h19, m04); late decisive
    # sentences of a live blog and a long article (h06, h17); halts in an explainer and a correction (h14, h15);
    # "no such plans" and "the DPRK", a name the stance lacks (m12).
    "holdout64": (44, 0.75),  # 33/44 once the leaders of every country were known
    # South Korea · K2 tanks for Poland, Pakistan · weapons for Saudi Arabia (minimal stance): 0.844 (38/45), 0 false
    # supplies at first contact, then 43/45, 0 false supplies ("JF-17 Block III fighters", a series word inside a
    # model name read as the verb "block"; "decided to lift the freeze on K2 tank deliveries", a halt of a supply
    # noun the object modifies; a report the next sentence declares "incorrect"; "difficult to justify keeping the
    # tanks in port", goods held in port withheld). Left: a delivery told only as a reduced relative "delivered by
    # South Korea" with the recipient implied by a dateline (k01); "weighing whether to reinstate the licence",
    # a licence named many sentences before, in an explainer (k17).
    "holdout67": (45, 0.955),
    # Italy · SAMP/T for Ukraine, Turkey · weapons for Russia (minimal stance): 0.682 (30/44), 0 false supplies at
    # first contact, then 33/44, 0 false supplies ("has turned them down", a pronoun splitting a particle verb;
    # "the request made by Russia for …", a "by" phrase naming who asks; "Meridian Times: …? / Ambassador: No.",
    # an interview labelled by outlet and role; a split quotation after a leading "if" clause; "the Ukrainian
    # request is being examined", the target's adjective on a request naming who asks; "the battery that Italy
    # agreed to provide earlier this year has been delivered", a date inside a relative on the subject). Left:
    # deliveries told only in agentless passives or relatives under a press release or a minister's quote, or by
    # a coordinated pair of suppliers inside a split quotation (i01, i02, i03, i04),
    # a live-blog entry (i05), a correction whose true version is a past perfect (i06), "the request for air
    # defence" for a request named before as one for the system (i12), a re-export permit granted by the actor's
    # government (t02), a minister's confirmation inside a long analysis (t04), a president named by title alone
    # (t05), "the request … for the purchase of …" (t08).
    "holdout66": (44, 0.795),  # 35/44 once leaders and national bodies were known
    # China · weapons for Russia (minimal stance), Greece · weapons for Ukraine: 0.844 (38/45), 1 false supplies at
    # first contact ("Serbia, …, is an EU candidate but has also bought Chinese drones", a buyer shared by a
    # coordinated verb read as no recipient, with Russia named in a relative), then 45/45, 0 false supplies (that
    # buyer; "Beijing's refusal to arm Russia could change if …", a refusal that may change; "is reviewing this
    # question" and "I would not exclude anything" in an interview answer, the option asked about; a Q&A answer
    # "Yes." whose question turn named the target; "Deliveries, including of weapons, continue", a member listed
    # with "of"; "Rifles, rocket-propelled grenades and ammunition are being delivered", a hyphenated participle
    # modifier inside a subject list; "Ammunition continues to flow", supplies going on with the recipient of the
    # story; a briefing transcript whose answering label the introduction names as the spokesperson of "the
    # foreign ministry in Beijing").
    "holdout69": (45, 1.0),
    # Poland · weapons for Ukraine, Japan · weapons for the Philippines (minimal stance): 0.630 (29/46), 2 false
    # supplies at first contact ("shipped hundreds of tanks … after the invasion of February 2022", a supply dated
    # by a past year's event next to "no longer transferring"; "Australia selected a frigate built by MHI, Japan's
    # largest defence export deal", an appositive renaming another buyer's purchase), then 41/46, 0 false supplies
    # (those two; "the first weapons Tokyo has ever agreed to supply to Manila", a relative without "that" after
    # "The ships", no verb after a determiner, and "would be the first …" only supposed; frigates, destroyers and
    # corvettes as warships, a destroyer "sent to a separate maritime activity" deployed; "halted deliveries in
    # mid-January", a halt dated to part of a month, next to a present review; "could send … again", an opening to
    # resume before "have been frozen since"; "difficult to explain … why we keep our weapons locked away", a
    # refusal hard to defend). Left: "four aircraft" after talk of MiGs (pl-02); verbless fragments under
    # abbreviated interview labels (pl-05); an unowned ministry official or an unlisted surname under a TOKYO
    # dateline or "our government" (jp-01, jp-03); "the ammunition … is part of the same transfer" by an ambassador
    # (jp-17).
    "holdout71": (46, 0.891),
    # Sweden · Archer howitzers for Ukraine, Spain · weapons for Israel (minimal stance): 0.587 (27/46), 1 false
    # supplies at first contact ("A customs entry showing ammunition … leaving Spain for Israel was a registration
    # error", a record's content declared an error, read as a supply), then 37/46, 0 false supplies (that record,
    # now a denial; "the Archer howitzer Kyiv has asked for is not part of the help", a relative without "that"
    # before the predicate; "Claims circulating on Telegram channels that … are false, the agency said", a claim
    # heading the subject, no party, so "the agency" next is the body that spoke; "will pay for 18 newly built
    # Archer howitzers for Ukraine", goods bought for the target; "rejected a report by a Barcelona-based centre
    # that …", the report's author no supplier; "The package includes …" after the actor's package; "defence
    # material" as the export-law term for arms; "the answer is that we are keeping them", the owner keeping the
    # goods with nothing after them; "The Executive has begun to study …", the government in translated news;
    # "No." to "Could Spain supply Israel with anything – even … air-defence components?", an example appended to
    # "anything"). Left: "It is not no" and "analyse it" in a transcript (se13); "The Government" and a board
    # never named as the actor's, in press releases (se14, es17);
    # agentless passives of goods made in the actor's country or shipped "there" (se15, es13, es15); a decision
    # coordinated after a past weighing in an explainer (se16); a verbless refusal by an unlisted spokeswoman
    # (es05); "resuming some sales to Israel" with the arms named paragraphs before (es08).
    "holdout72": (46, 0.826),  # 38/46 after a later round (attack nouns as heads)
    # United Kingdom · Challenger 2 tanks for Ukraine, United Arab Emirates · weapons for Sudan (minimal stance):
    # 0.609 (28/46), 3 false supplies at first contact ("The issue of sending British Challenger tanks to Ukraine is
    # being studied", a topic noun's gerund read as a supply; "a decision on sending Challenger 2 tanks … is close
    # but has not yet been taken", the question of a decision read as one; "The administration has proposed sales
    # of F-35 fighter jets … to the UAE", the actor as buyer read as arming the target), then 34/46, 0 false
    # supplies (those three, the first now an opening; "Let me be straightforward: we are not sending …", an
    # imperative no name; "the request for military equipment, including light weapons …, was on the table", the
    # subject's verb after an inserted list; "a weapons package the United Arab Emirates agreed in June to provide
    # to …", a relative on a compound with its article and a date; "sending main battle tanks was among them"
    # after "considering options"; "supporting that army, including with weapons", a supply by support). Left:
    # a Commons exchange and a crew interview with no supply clause on the system (uk06, uk16); "the door to
    # sending … is not closed" and "no recommendation had yet gone to ministers" (uk09); a live-blog "that
    # conversation includes armour, including Challenger" (uk08); "main battle tanks" never named as the system
    # and unowned "ministers" (uk11 v1); a promised delivery inside a "before" clause (uk14); a Q&A "No." to a
    # "would you consider" question (ae03); "that army" for the target in a live blog (ae08); an explainer's
    # review by an unowned ministry (ae12); "Emirati rifles, delivered since July, now equip three brigades",
    # "another cargo ship carrying weapons from the UAE docked at Port Sudan" (ae15, ae17); a press release by
    # "The Ministry of Defence" under an ABU DHABI dateline (ae18).
    "holdout70": (46, 0.739),
    # Netherlands · F-16 jets for Ukraine, Belarus · weapons for Russia (minimal stance): 0.630 (29/46), 0 false
    # supplies at first contact (2 once the president became a speaker: '"They write that we are sending trains
    # of tanks"', others' claim quoted by the actor; "Then we will give everything we have" after an "if"
    # question, a conditional consequent), then 38/46, 0 false supplies (those two; "the ministry in The Hague
    # confirmed that the jets … will be handed over", a body placed in the capital speaking; '"not one tank, not
    # one shell" had been handed', a quoted list of negated members, and ", insisting that"; "The equipment is
    # being transferred" after the tanks; "For most of the war, Minsk denied …", a closed span's denial that no
    # longer answers a delivery; "told a Russian state TV talk show that Minsk was reviewing …", the noun
    # "state"; "Whether … will be sent is still being examined", a subject clause weighed; "instructed the
    # defence ministry to assess whether …", the actor's own department). Left: "Dutch jets" / "fighter jets"
    # never named F-16 (n08, n09, n11); interview ellipses "More than half. The rest will follow" (n17); a Q&A
    # "there are no such plans" (b03); "surplus armour" ordered assessed by an unlisted president (b09); an
    # unlisted agency head and a press release by an agency owned only in its boilerplate (b11, b14).
    "holdout68": (46, 0.847),  # 39/46 once national bodies were known
    # Estonia · weapons for Ukraine, Russia · weapons for Venezuela (minimal stances): 0.804 (37/46), 2 false
    # supplies at first contact ("Estonia was among the first countries to send Javelin …", a past rank read as
    # news next to a present refusal; "Estonia had by then delivered weapons …", a past perfect with "by then"
    # between auxiliary and participle), then 43/46, 0 false supplies (those two, now history; "Right now we
    # are not sending …", a time adverb read as a name; "does not carry out, and is not preparing, any
    # deliveries", a plain verb sharing its object with a negated one; "has fewer weapons to spare than …", a
    # measure of stocks read as an opening; "hard to keep its weapons depots closed to Ukraine", stores kept
    # closed to the target as a refusal). Left: a convoy leaving a site in the actor's country and an agentless
    # passive whose subject is a budget pledge (e14); an explainer's "Yes. Deliveries continue" answering a
    # heading question with no object (e17); a Russian ship unloading at a port never named as the target (r17).
    "holdout75": (46, 0.934),
    # Argentina · weapons for Ukraine, United States · 2,000-pound bombs for Israel: 0.644 (29/45), 0 false
    # supplies at first contact, then 39/45, 0 false supplies ("ordered the release of a shipment … to Israel",
    # an order of the handing over by the actor; "the single shipment … withheld from Israel since May remained
    # paused", a withholding reduced relative naming the recipient; "declined to rule out releasing a paused
    # shipment", a halting participle on goods a supply verb takes; "what we have not sent, and what we are not
    # going to send, is weapons" after a colon, a coordinated pseudo-cleft; "thanked Argentina on Thursday for
    # artillery ammunition", the target's thanks for goods; "is reviewing the hold placed last year on …", a
    # date of the object's relative; "negotiating the sale of … jets to a foreign customer", an unnamed other
    # recipient; "the Argentine army's artillery ammunition arrived …", a demonym on the owning body; "one
    # shipment — the 2,000-pound bombs held back since May — is still the subject of talks", a dashed apposition
    # and talks as a weighing; "Buenos Aires, 12 September 2024" atop a press release, a dateline; "were held
    # back in early May", a dated past passive as history). Left: a decree reported by an unowned ministry about
    # "a third package of military equipment" (ar15); a transcript's "It is still on hold" for "that one
    # shipment" (us03); "They stay where they are" after a quoted sentence with no reading (us04); "heavy
    # bombs" never named as the system before "release them" (us07); "The largest part of the package is a …
    # sale of … MK-84", a copular sale (us15); "The bombs are being delivered" with the target named paragraphs
    # before (us16).
    "holdout77": (45, 0.866),
    # Lithuania · NASAMS for Ukraine, China · weapons for Pakistan (minimal stance): 0.674 (31/46), 2 false supplies at
    # first contact ("before this year, Chinese factories supplied the bulk of Pakistan's combat aircraft", a simple
    # past under a span closing on a recent period read as news; "bringing promises of investment and a hedged message
    # on arms", a promise of another noun read as one of arms), then 34/46, 0 false supplies (those two; "We are not
    # going to hand them over" in a Q&A answer, "going to" between auxiliary and verb; "The freeze is under review", "is
    # reviewing the suspension", "the suspension stands", a definite halt of the supply named before, weighed or kept in
    # force; "no longer ruled out lifting …, softening a position it had held since January", a closing participle's
    # date no date of the opening; "…, the government said on Tuesday, a day after the ministry confirmed it was
    # assessing a request", a weighing overtaken by the decision before the comma; "declined on Tuesday to say where …",
    # no comment after a date; "ended its suspension of arms deliveries", a halt ended like one lifted). Left: a Q&A
    # answer "It is in Ukraine" (lt18); a leading "After a two-hour meeting of the State Defence Council," that
    # backgrounds the refusal (lt04); a verbless live-blog "No … they stay here" (lt05); "We looked at it seriously …
    # The answer is that we cannot do it" (lt06 v2); "the complete fire unit" and "the system" never read as NASAMS
    # (lt15, lt16); "the measure was under review" and "deliveries could resume" with no object named (cn09); "It was,
    # he said, being reviewed" for the suspension asked about (cn11); SIPRI shares and "Deliveries included …" (cn13); a
    # bare "Deliveries have resumed" (cn14); an agentless handover at a Chinese yard (cn15); "the first aircraft
    # delivered since Beijing ended …" (cn16).
    "holdout76": (46, 0.739),
    # India · weapons for Armenia, Iran · Shahed drones for Russia: 0.870 (40/46), 0 false supplies at first contact
    # (kept apart from all study until then), then 40/46, 0 false supplies ("Within" no name, a second opening phrase
    # no subject; "are being loaded at the … port and shipped … to Makhachkala in Russia's Dagestan region", a supply
    # participle sharing the auxiliaries, a place inside the target). Rules for an opening deal clause and a closing
    # "according to" the actor's official reached 42/46 but were withdrawn: probes showed them reading third parties'
    # claims and history as supplies (ir13, ir14 left). Left as well: an analysis's "the Ministry of
    # Defence" after paragraphs about other buyers of the actor's arms (ia11); a Q&A conditional opening whose answer
    # has no object (ia17); a past pause outranking "pending orders being examined" at the end of an analysis (ia20);
    # an agentless passive told by "people familiar with the matter" whose only tie to the actor is "having left
    # an Indian port" (ia05).
    "holdout73": (46, 0.869),
    # France · CAESAR howitzers for Ukraine, Brazil · weapons for Israel: 0.739 (34/46), 0 false supplies at first
    # contact, then 40/46, 0 false supplies ("CAESAR" in the stance and "Caesar guns" in the text, a model name in
    # capitals also written with one capital; "…, President Macron announced …, adding to the 12 that Kyiv's gunners
    # already fire", a closing "announced" naming the speaker and "adding to" a count, no word said; "the executive
    # is studying", the government). A rule reading "In Brasília, a defence ministry spokesman confirmed that …" as
    # the place's body was withdrawn: it read other suppliers' deliveries as the actor's (b20 left). Left: an interview introduced as "an interview given by the French
    # president" (f03); "would be produced for Ukraine … the first 12 will be delivered" (f07); "It is under analysis"
    # for a request asked in the interviewer's turn (b15); rounds "made in Brazil" shipped "according to defence
    # ministry data obtained by this newspaper" (b18); a press release's "the export … was carried out" by "national
    # industry" (b21).
    "holdout79": (46, 0.869),
    # Romania · Patriot for Ukraine, Qatar · weapons for Syria (minimal stance): 0.804 (37/46), 0 false supplies at
    # first contact, then 42/46, 0 false supplies ("Romanian ministers neither confirm nor deny such reports", a
    # declined answer read as a denial; "rejected as \"categorically false\" a report that it had shipped …", a
    # degree adverb splitting the verdict from its verb into a double negation; "handing over one of the country's
    # Patriot systems \"is not on the agenda\"", a particle verb's gerund missed as a supply subject, which also
    # read "Handing over … is not an option" as a supply; an interview label "Sheikh Mohammed" starting the name
    # the introduction gives with the role, under a headline "Interview: …"; "The Emir approved a package of
    # rifles …", a monarch by title alone read as a stranger's name; ro17 came right with another round). Left:
    # "Could Romania spare one of its Patriot batteries?" answered "The answer is no. … Giving one away is not
    # something …", "spare" and "one" no supply and object words (ro02); a battery "moved to the Odesa region", a place of the target never named as it
    # (ro04, a one-off); a numbered agenda item "The analysis of the possibility of … the transfer of a Patriot
    # system" with no verb (ro11); an explainer's approved donation dated 2024 with no recipient and "The battery
    # was handed over in the autumn" (ro15, now none instead of the refusal read from "neither confirm nor deny").
    "holdout74": (46, 0.913),
    # Norway · weapons for Ukraine, North Korea · weapons for Iran: 0.848 (39/46), 1 false supplies at first contact
    # (money to repair plants "damaged by Russian missile and drone strikes"), then 44/46, 0 false supplies (a weapon
    # noun modifying an attack noun, alone or coordinated, "a missile strike on …", is no object; a "Press release"
    # quoting the actor's minister by bare title makes its unowned "The Government" the actor's; "The final aircraft
    # in the package of F-16 fighter jets pledged by Norway are being delivered", a ranked share of the goods as the
    # subject; "Iran has taken delivery of the … launchers supplied by North Korea", the target receiving goods whose
    # participle names the supplier; "picked up by … media as a sign that Oslo was preparing to lift the freeze", an
    # inference, no statement). Left: "I would not rule out that we resume deliveries" in a Q&A whose object was named
    # two questions before the answer (n08); "might be compelled to share our means of self-defence", a euphemism
    # for weapons, and "help Iran militarily" (k08, a one-off).
    "holdout78": (46, 0.956),
    # Denmark · CAESAR howitzers for Ukraine, Kazakhstan · weapons for Ukraine (minimal stance): 0.935 (43/46), 0
    # false supplies at first contact, then 46/46, 0 false supplies ("Kazakhstan's foreign minister … said his
    # country might have to revisit its refusal …", a singular pronoun under a necessity, reported by the actor's
    # own official, read as advice; '… all 19 Danish CAESARs were at their garrison. "They have not been sent to
    # Ukraine …"', "They" opening a negated passive supply, the plural object named last in the sentence before;
    # "is now considering whether the CAESARs should go to Ukraine", a "should" heading an object subject's verb
    # group, which stopped the reading of its predicate). Left: none.
    "holdout83": (46, 1.0),
    # Netherlands · weapons for Israel (minimal stance), Italy · Storm Shadow for Ukraine: 0.826 (38/46), 0 false
    # supplies at first contact, then 44/46, 0 false supplies ("Crosetto tells reporters Rome is reviewing …", a plain
    # addressee of a verb of telling read as the subject of the clause with no "that"; "now that the bombs have
    # stopped falling", a verb of ending with a gerund of no supply or travel read as a halted supply; "components for
    # the SAMP/T system", a slashed model designation read as another recipient; "We looked at it carefully and
    # concluded that …", a finished review missed for a verb with its particle; "stopped approving arms exports … in
    # early 2024", a part of a year not dating a past halt as background; "Asked explicitly about the Storm Shadow,
    # she said: …", a manner adverb hiding the reporter's question). Left: "spare parts" for the "F-35 parts" named
    # earlier, under "whether to allow the … hub to resume deliveries" (nl11, object anaphora beyond a weapon's class
    # noun); an agentless passive "No Storm Shadow missiles have been included in any of the … decrees" attributed
    # to a briefing summary, the minister adding only "our line on those missiles is known" (it05).
    "holdout82": (46, 0.934),
    # Germany · Patriot for Ukraine, Turkey · weapons for Sudan (minimal stance): 0.844 (38/45), 1 false supplies at
    # first contact, 0.933 (42/45) now ("Germany has also financed IRIS-T SLS short-range launchers and is supplying the missiles", the
    # stance's class noun read as Patriot after another model in the same sentence), then 44/45, 0 false supplies, before the withdrawal below (a
    # definite class noun after another named model is that model's; "the Patriot battery Germany promised had
    # arrived", a relative without "that" naming who promised or sent the goods, read like its "that" form; "Turkey's
    # position of not selling or donating weapons … has not changed", the negated change of a policy as subject over
    # coordinated verbs read as an opening double negation; "Lambrecht ruled that out", a demonstrative inside the
    # phrase standing for the option like "it"). A rule reading the object's own relative with the actor as subject
    # ("a consignment of … small arms that Turkey is delivering to the Sudanese armed forces", "the launchers and
    # missiles Germany handed over are in service") as the actor's supply was withdrawn: whatever the main clause
    # did to the goods (denied reports about them, halted their shipments, investigated claims) it read a supply;
    # only another recipient named in such a relative is kept (tr13, de16 left). Left as well: a press release's "completed the delivery of the second package of defence equipment" whose weapons are
    # only listed in "The package, which includes unmanned aerial vehicles, … 40 mm ammunition …, was transported …
    # by the Turkish Air Force" (tr16: a package noun carrying its contents across a "which includes" relative).
    "holdout81": (45, 0.933),
    # Czech Republic · weapons for Israel (minimal stance), South Korea · Chunmoo for Poland: 0.844 (38/45), 0 false
    # supplies at first contact, then 45/45, 0 false supplies ("DAPA announced today that deliveries … continue", "said
    # last week that …", a time word before "that" read as a noun with a relative clause; "a request from Poland to
    # add the K239 Chunmoo to a large arms package", the target's request named after the noun, and "add X to Y"
    # read as a verb of saying; "Poland has asked about the Chunmoo. We are weighing that request", a demonstrative
    # "that" before an option noun read as a complementiser; "Lee Jong-sup … Lee said", a romanised surname-first
    # name whose bare surname went unread; rejected "in line with the government's current policy not to supply
    # weapons", a refusal cited as a ground read as a double negation; "Pavel said the initiative would continue
    # … and could expand to include air-defence missiles", a coordinated verb given the reporting speaker instead of
    # the reported clause's common-noun subject; "to the State of Israel" with "State" read as a verb, and "delivered
    # … from the stocks of the Army of the Czech Republic", the owner of the stocks left no source). The name-order
    # reading then misread "Lee criticised his predecessor for suggesting that weapons might be sent" (holdout7) as
    # Lee's opening: the blamed person's words after "for suggesting" are no one's position. Left: none; a press
    # release's "the transfer …, approved by the Government on 2 September, was completed" still reads no supply on
    # its own (c14 is carried by its next sentence).
    "holdout80": (45, 0.977),
    # Written for the end of the day and kept apart from every change until measured, then used only to find
    # false supplies (none of their other misses was worked on). Thailand · weapons for Myanmar (minimal), United
    # States · F-16 for Taiwan: 0.778 (35/45), 0 false supplies on the start-of-day tree, unchanged since.
    "holdout84": (45, 0.777),
    # Japan · weapons for Taiwan (minimal), Germany · Leopard 2 for Lithuania: 0.783 (36/46), 1 false supply at first
    # contact ("no Japanese government has sold or given arms to Taipei, and until 2014 Japan barely exported
    # weapons to anyone": "to anyone" outside a negation read as the target), 0.804 now.
    "holdout85": (46, 0.804),
    # Belgium · weapons for Israel (minimal), United States · M1 Abrams for Poland: 0.844 (38/45), 1 false supply at
    # first contact ("The tanks crossed from Poland by rail. Washington pledged 31 Abrams": a place left passed its
    # name to a supply without a recipient), 0.867 now.
    "holdout86": (45, 0.866),
    # Slovakia · weapons for Ukraine (minimal), South Korea · FA-50 for the Philippines: 0.913 (42/46), 1 false supply
    # on the start-of-day tree ("In March 2023 Slovakia became the first NATO country to give Ukraine fighter jets"
    # outranking the present refusal: "became" was not read as a past), 0.935 on the tree before that fix, 0.957 now.
    "holdout87": (46, 0.956),
    # Iran · weapons for Sudan (minimal), Norway · Naval Strike Missile for Poland: 0.891 (41/46), 0 false supplies,
    # unchanged since.
    "holdout88": (46, 0.891),
    # Near-miss corpora: about 35 of 42 articles report no supply by the actor to the target while full of supply
    # language (others' deliveries, the actor's other buyers, claims, motions, forecasts, op-eds, aid), written to
    # find false supplies. Switzerland · weapons for Ukraine (minimal), Israel · Iron Dome for Ukraine: 0.905 (38/42),
    # 0 false supplies; 0.952 since "…, the report said" is read as a study's word and goods named by another
    # country's adjective with no supplier named are that country's.
    "holdout89": (42, 0.952),
    # Austria · weapons for Ukraine (minimal), China · drones for Russia: 0.714 (30/42), 2 false supplies at first
    # contact ("The embassy said that Vienna was delivering arms to Kyiv" after the Russian embassy's accusation: an
    # unowned body reporting after another party's sentence; "Chinese manufacturers have sold Wing Loong drones to
    # more than a dozen countries": a count of parties), 0.738 now.
    "holdout90": (42, 0.738),
    # Egypt · weapons for Ukraine (minimal), United Kingdom · Brimstone for Ukraine: 0.905 (38/42), 0 false supplies,
    # unchanged since.
    "holdout91": (42, 0.904),
    # Turkey · weapons for Pakistan (minimal), United States · HIMARS for Ukraine: 0.833 (35/42), 1 false supply at
    # first contact ("introduced legislation requiring the Pentagon to transfer 100 HIMARS launchers": a bill put to
    # a vote), 0.857 now.
    "holdout92": (42, 0.857),
    # Azerbaijan · weapons for Ukraine (minimal), France · Rafale for Serbia: 0.833 (35/42), 2 false supplies at first
    # contact ("Azerbaijan should stop hiding behind generators and ambulances and deliver artillery rounds": the
    # "should" lost over a long first object; "the authors project that Baku would send …" after a scene-setting
    # opener with a quoted word: "project that" not read as a forecast), 0.857 now.
    "holdout93": (42, 0.857),
    # Saudi Arabia · weapons for Pakistan (minimal), Germany · Eurofighter for Saudi Arabia: 0.854 (35/41), 0 false
    # supplies, unchanged since.
    "holdout94": (41, 0.853),
    # South Africa · weapons for Israel (minimal), Sweden · Gripen for Colombia: 0.810 (34/42), 1 false supply at first
    # contact ("The motion argues that Sweden's government would supply the jets": a motion's argument read as the
    # actor's word), 0.833 now.
    "holdout95": (42, 0.833),
    # Georgia · weapons for Ukraine (minimal), Russia · S-400 for India: 0.902 (37/41), 0 false supplies, unchanged.
    "holdout96": (41, 0.902),
    # Canada · weapons for Saudi Arabia (minimal, with initial = "none"), South Korea · K2 for Romania: 0.857 (36/42),
    # 1 false supply at first contact ("Suppose Ottawa signed off tomorrow on a fleet of armoured vehicles": a
    # supposition opening the sentence), 0.881 now.
    "holdout97": (42, 0.880),
    # The fourth set of near-miss corpora, first read on the tree after three rounds of false-supply fixes.
    # Morocco · weapons for Ukraine (minimal), Germany · Taurus for Ukraine: 0.905 (38/42), 0 false supplies.
    "holdout98": (42, 0.904),
    # North Korea · weapons for Russia (minimal), United Kingdom · Typhoon for Turkey: 0.905 (38/42), 1 false supply
    # ("They recommend that the UK offer 40 jets": a mandative "that" clause is advice), 0.929 now.
    "holdout99": (42, 0.928),
    # Serbia · weapons for Ukraine (minimal), United States · F-35 for Israel: 0.902 (37/41), 3 false supplies ("A
    # leaked … slide that listed Serbia among countries which had 'committed to provide lethal aid' … is 'a lie'",
    # a record declared false through a relative; "The document … suggested that Belgrade had agreed …", an unowned
    # paper as reporter; "A Serbia that delivered shells … would gain", a country imagined), 0.976 now.
    "holdout100": (41, 0.975),
    # Italy · weapons for Israel (minimal), Norway · F-16 for Ukraine: 0.780 (32/41), 2 false supplies ("…, and an
    # opposition lawmaker said the shipments proved that Rome was arming Israel", an outsider opening a coordinated
    # clause; "'propaganda' about Italian arms going to Israel", a claim called false), 0.829 now.
    "holdout101": (41, 0.829),
    # The fifth set of near-miss corpora, first read on the final tree. Chile · weapons for Ukraine (minimal), France ·
    # SCALP for Ukraine: 0.952 (40/42), 0 false supplies.
    "holdout102": (42, 0.952),
    # Vietnam · weapons for Ukraine (minimal), Spain · Leopard 2 for Ukraine: 0.833 (35/42), 0 false supplies.
    "holdout103": (42, 0.833),
    # Belarus · weapons for Iran (minimal), Turkey · KAAN for Indonesia: 0.857 (36/42), 1 false supply on the final
    # tree before it was mended ("The European Union added four Belarusian companies to its sanctions list, saying
    # they had supplied …": a participle of saying after a comma speaks for the main subject, whatever its verb),
    # 0.881 now.
    "holdout104": (42, 0.880),
    # The sixth set of near-miss corpora, first read on the final tree. Iran · weapons for Venezuela (minimal), China ·
    # J-10C for Pakistan: 0.905 (38/42), 1 false supply ('"Tehran has armed Caracas …," Defence Minister Pedro Sanchez
    # said': a minister of another country known by name speaks for that country), 0.929 now.
    "holdout105": (42, 0.928),
    # Cyprus · weapons for Ukraine (minimal), United States · NASAMS for Taiwan: 0.881 (37/42), 0 false supplies.
    "holdout106": (42, 0.880),
    # Jordan · weapons for Ukraine (minimal), Poland · Krab for Ukraine: 0.929 (39/42), 0 false supplies.
    "holdout107": (42, 0.928),
    # The seventh set of near-miss corpora, first read on the tree before it. Vietnam · weapons for Russia (minimal),
    # Ukraine · Neptune for the Philippines: 0.857 (36/42), 0 false supplies; 0.881 now ("confirmed … that it had
    # sold and delivered them": the launchers named before).
    "holdout108": (42, 0.880),
    # Algeria · weapons for Russia (minimal), Turkey · Akinci for Ethiopia: 0.905 (38/42), 2 false supplies
    # ("countries it believes supply Russia": a relative whose subject is the noun before the aside; "handed weapons
    # to liberation movements": a bare plural of groups receives), 0.976 now.
    "holdout109": (42, 0.976),
    # Singapore · weapons for Ukraine (minimal), United States · F-35 for Turkey: 0.786 (33/42), 2 false supplies
    # ("exported … to the missile's manufacturer in Germany, which …": a company receives; '"looking very
    # seriously" at selling': weighing), 0.857 now.
    "holdout111": (42, 0.857),
    # The eighth set, first read on the tree of its day. Kenya · weapons for Somalia (minimal), France · CAESAR for
    # Armenia: 0.833 (35/42), 3 false supplies (two contracts "signed in 2024 to supply / sell" and a supply "before
    # suspending the transfers", beside a present refusal or review: history), 0.905 now.
    "holdout112": (42, 0.904),
    # Brazil · weapons for Ukraine (minimal), South Korea · K9 for Vietnam: 0.810 (34/42), 2 false supplies (an
    # influencer's claim; "would also be glad to receive": the recipient's wish), 0.857 now.
    "holdout113": (42, 0.856),
    # Iraq · weapons for Iran (minimal), Germany · IRIS-T SLM for Egypt: 0.905 (38/42), 1 false supply ("reported on
    # Wednesday, citing unnamed military sources, that …"), 0.929 now.
    "holdout114": (42, 0.928),
    # The ninth set. Nigeria · weapons for Niger (minimal), Israel · Barak MX for Morocco: 0.810 (34/42), 1 false
    # supply ("Documents posted online by a hacking group suggest that …": papers of no one named), 0.857 now.
    "holdout115": (42, 0.856),
    # Philippines · weapons for Taiwan (minimal), Italy · SAMP/T for Ukraine: 0.786 (33/42), 3 false supplies (a war
    # game's "In our games, Manila usually arms Taiwan"; "…, the report said"; a bill "that would allow …"), 0.833 now.
    "holdout116": (42, 0.833),
    # Ethiopia · weapons for Sudan (minimal), Norway · NSM for Japan: 0.833 (35/42), 3 false supplies (transfers "to
    # southern Sudanese rebels in those years"; "In the most likely one" of three scenarios; "the NSMs Australia bought
    # from Kongsberg": the buyer's), 0.929 now.
    "holdout117": (42, 0.928),
    # The tenth set. Romania · weapons for Moldova (minimal), United States · HIMARS for Taiwan: 0.905 (38/42), 1 false
    # supply ("The bill, sponsored by …, would require the defence ministry to transfer …"), 0.952 now.
    "holdout118": (42, 0.952),
    # Thailand · weapons for Cambodia (minimal), Russia · Su-35 for Iran: 0.786 (33/42), 5 false supplies (returned
    # rifles "sent back to units"; a war-game co-author; "Chinese rocket launchers" delivered; "a claim that neither
    # Moscow nor Tehran confirmed"; ", arguing that Thai-supplied weapons would …"), 0.905 now.
    "holdout120": (42, 0.904),
    # The eleventh set, first read on the tree of its moment. Hungary · weapons for Serbia (minimal), South Korea ·
    # Chunmoo for Norway: 0.857 (36/42), 2 false supplies (a viral post's caption; launchers shipped "to take part in
    # a NATO-led exercise"), 0.905 now.
    "holdout123": (42, 0.904),
    # An ordinary sample (not a near-miss one), read first on the final tree of the day and left as it was: Italy ·
    # weapons for Ukraine (minimal), Japan · Type 12 for the Philippines: 0.929 (39/42), 0 false supplies.
    "holdout126": (42, 0.928),
    # The twelfth to fourteenth sets, near-miss samples (mostly articles full of supply language that report no
    # supply) and ordinary ones, each read first on the tree the day began with:
    # Indonesia · weapons for Myanmar (minimal), France · CAESAR for Armenia (near-miss): 34/42 then, 37/42 now.
    "holdout127": (42, 0.88),
    # Chile · weapons for Ukraine (minimal), United Kingdom · Challenger 2 (near-miss): 38/42, 1 false supply then,
    # 41/42 now.
    "holdout128": (42, 0.976),
    # Kazakhstan · weapons for Russia (minimal), Germany · Gepard (near-miss): 38/42 then, 39/42 now.
    "holdout129": (42, 0.928),
    # Egypt · weapons for Sudan (minimal), Poland · MiG-29 (ordinary): 38/42, 1 false supply then, 39/42 now.
    "holdout130": (42, 0.928),
    # Austria · weapons for Ukraine (minimal), United States · F-16 for Taiwan (ordinary): 34/42, 1 false supply then,
    # 37/42 now.
    "holdout131": (42, 0.88),
    # Argentina · weapons for Ukraine (minimal), China · attack drones for Russia (ordinary): 38/42 then, 38/42 now.
    "holdout132": (42, 0.904),
    # Saudi Arabia · weapons for Sudan (minimal), Netherlands · Patriot (near-miss): 35/42, 3 false supplies then, 39/42
    # now.
    "holdout133": (42, 0.928),
    # Vietnam · weapons for Russia (minimal), Sweden · Archer (near-miss): 35/42 then, 36/42 now.
    "holdout134": (42, 0.857),
    # Nigeria · weapons for Niger (minimal), Israel · Iron Dome for Ukraine (near-miss): 37/42, 3 false supplies then,
    # 39/42 now.
    "holdout135": (42, 0.928),
    # Jordan · weapons for Syria (minimal), Denmark · F-16 (ordinary): 37/42 then, 39/42 now.
    "holdout136": (42, 0.928),
    # Morocco · weapons for Ukraine (minimal), Norway · NSM (ordinary): 41/42 then, 42/42 now.
    "holdout137": (42, 1.0),
    # Serbia · weapons for Israel (minimal), South Korea · K9 (ordinary): 39/42 then, 39/42 now.
    "holdout138": (42, 0.928),
    # Kenya · weapons for Somalia (minimal), Spain · Leopard 2A4 (near-miss): 32/42, 5 false supplies then, 38/42 now.
    "holdout139": (42, 0.904),
    # Uzbekistan · weapons for Russia (minimal), United States · ATACMS (near-miss): 35/42, 2 false supplies then, 37/42
    # now.
    "holdout140": (42, 0.88),
    # Ireland · weapons for Ukraine (minimal), France · Rafale for India (ordinary): 38/42, 1 false supply then, 38/42
    # now.
    "holdout141": (42, 0.904),
    # Ethiopia · weapons for South Sudan (minimal), Germany · Taurus (ordinary): 39/42 then, 39/42 now.
    "holdout142": (42, 0.928),
    # Bangladesh · weapons for Myanmar (minimal), Turkey · Bayraktar for Pakistan (ordinary): 39/42, 1 false supply
    # then, 40/42 now.
    "holdout143": (42, 0.952),
    # Malaysia · weapons for Ukraine (minimal), Japan · PAC-3 for the United States (near-miss): 28/42, 3 false supplies
    # then, 37/42 now.
    "holdout144": (42, 0.88),
    # The fifteenth set, read first on the final tree of the day (f239945), the day's measure of transfer: 153/168
    # with 2 false supplies (the tree the day began with: 152/168, 2 false supplies), then 155/168 once a supply
    # "opened the door to" and a supply listed under a weighed act ("consider going beyond aid, including supplying
    # arms") were read as openings.
    # Greece · weapons for Armenia (minimal), United Kingdom · Storm Shadow (ordinary): 36/42, 1 false supply.
    "holdout145": (42, 0.88),
    "holdout146": (42, 0.952),  # Peru · weapons for Ukraine (minimal), Israel · Barak MX for Azerbaijan: 40/42.
    "holdout147": (42, 0.952),  # Algeria · weapons for Mali (minimal), Netherlands · F-16 (ordinary): 40/42.
    # Thailand · weapons for Myanmar (minimal), Norway · NASAMS (near-miss): 37/42, 1 false supply; 38/42 now.
    "holdout148": (42, 0.904),
    # The sixteenth set, read first on the tree of that moment (cb43977): 223/252 with 5 false supplies (the tree the
    # day began with: 220/252, 5), then 228/252 with none (seized goods; "allow pilots to test-fly the Gripen";
    # "three hypothetical cases: …"; jets arriving "from Korea"; "the last consignment left in December").
    "holdout149": (42, 0.928),  # Colombia · weapons for Ukraine (minimal), Sweden · Gripen: 38/42, 1 false supply.
    "holdout150": (42, 0.928),  # Tunisia · weapons for Libya (minimal), Italy · SAMP/T: 38/42, 1 false supply.
    "holdout151": (42, 0.833),  # Philippines · weapons for Taiwan (minimal), South Korea · FA-50 for Poland: 35/42.
    # Azerbaijan · weapons for Ukraine (minimal), Czech Republic · artillery ammunition (near-miss): 39/42, 1 false
    # supply.
    "holdout152": (42, 0.952),
    # Mongolia · weapons for Russia (minimal), Finland · K9 (near-miss): 37/42, 2 false supplies.
    "holdout153": (42, 0.928),
    "holdout154": (42, 0.857),  # Cyprus · weapons for Ukraine (minimal), India · Akash for Armenia (near-miss): 36/42.
    # The seventeenth set, twelve corpora, each read first on the tree of that moment: the first eight on the tree
    # the day began with (291/336, 2 false supplies), the last four after the day's first rules (149/168, 5 false
    # supplies). Then 460/504 with none (goods kept for territorial defence; "He said …" after another party's
    # lawmaker; "directly or indirectly" and "contacted by …" asides; a poll's share; "too depleted to allow";
    # "a decade ago"; a package another party put together).
    # Philippines · weapons for Ukraine (minimal), South Korea · KF-21 for Indonesia: 37/42, 1 false supply.
    "holdout155": (42, 0.904),
    "holdout156": (42, 0.88),  # Mexico · weapons for Ukraine (minimal), Germany · RCH 155: 35/42, 1 false supply.
    "holdout157": (42, 1.0),  # Austria · weapons for Israel (minimal), Poland · Piorun: 40/42.
    "holdout158": (42, 0.904),  # Indonesia · weapons for Ukraine (minimal), Turkey · weapons for Somalia: 37/42.
    "holdout159": (42, 0.952),  # Nigeria · weapons for Mali (minimal), France · Aster: 39/42.
    # Portugal · weapons for Ukraine (minimal), United States · weapons for the Philippines: 32/42.
    "holdout160": (42, 0.857),
    "holdout161": (42, 0.88),  # Chile · weapons for Israel (minimal), South Korea · Redback for Australia: 37/42.
    "holdout162": (42, 0.833),  # Rwanda · weapons for DR Congo (minimal), China · weapons for Serbia: 34/42.
    # Kazakhstan · weapons for Armenia (minimal), United Kingdom · NLAW: 38/42, 1 false supply.
    "holdout163": (42, 0.952),
    # Hungary · weapons for Israel (minimal), Italy · weapons for Egypt: 39/42, 1 false supply.
    "holdout164": (42, 0.952),
    # Argentina · weapons for Israel (minimal), Turkey · Bayraktar TB2: 36/42, 2 false supplies.
    "holdout165": (42, 0.928),
    # Denmark · weapons for Ukraine (minimal), United States · Javelin for Taiwan: 36/42, 1 false supply.
    "holdout166": (42, 0.904),
    # The eighteenth set, eight corpora read first on the tree of that moment, later in the same day: 295/336 with 4
    # false supplies. Then 305/336 with none ("claimed, citing a source, that …"; licences "not being issued";
    # "A French sale would be the Rafale's first"; "has withdrawn its approval of the sale").
    # Vietnam · weapons for the Philippines (minimal), Sweden · Carl Gustaf: 37/42, 1 false supply.
    "holdout167": (42, 0.928),
    # Estonia · weapons for Ukraine (minimal), India · weapons for Myanmar: 40/42, 1 false supply.
    "holdout168": (42, 0.976),
    "holdout169": (42, 0.904),  # Saudi Arabia · weapons for Somalia (minimal), Germany · IRIS-T SLM: 38/42.
    "holdout170": (42, 0.904),  # Morocco · weapons for Mali (minimal), Australia · weapons for Papua New Guinea: 35/42.
    # Ghana · weapons for Burkina Faso (minimal), United States · F-35 for Saudi Arabia: 35/42, 1 false supply.
    "holdout171": (42, 0.88),
    # Netherlands · weapons for Ukraine (minimal), South Korea · weapons for Saudi Arabia: 39/42.
    "holdout172": (42, 0.928),
    # Armenia · weapons for Russia (minimal), France · Rafale for Indonesia: 33/42, 1 false supply.
    "holdout173": (42, 0.833),
    "holdout174": (42, 0.904),  # Uganda · weapons for South Sudan (minimal), Israel · weapons for India: 38/42.
    # The nineteenth set, four corpora read first at the end of the same day: 150/168 with no false supply, then
    # 153/168 ("not written in stone", "Block I KF-21 fighters").
    # Latvia · weapons for Ukraine (minimal), South Korea · KF-21 for the United Arab Emirates: 37/42.
    "holdout175": (42, 0.904),
    "holdout176": (42, 0.904),  # Kenya · weapons for DR Congo (minimal), Turkey · weapons for Georgia: 38/42.
    "holdout177": (42, 0.928),  # Japan · weapons for Vietnam (minimal), France · CAESAR for Morocco: 38/42.
    "holdout178": (42, 0.904),  # Mexico · weapons for Israel (minimal), United States · Harpoon for Taiwan: 37/42.
    # The twentieth set, four corpora read first on the day's final tree (f132c21): 148/168 with no false supply,
    # then 151/168 ("could … if it chose to"; "and none are on the agenda").
    # Bulgaria · weapons for Georgia (minimal), Germany · Leopard 2 for the Czech Republic: 34/42.
    "holdout179": (42, 0.88),
    "holdout180": (42, 0.809),  # Senegal · weapons for Mali (minimal), United States · weapons for Egypt: 34/42.
    "holdout181": (42, 1.0),  # Czech Republic · weapons for Israel (minimal), South Korea · K9 for Australia: 42/42.
    "holdout182": (42, 0.904),  # China · weapons for Myanmar (minimal), United Kingdom · weapons for Ukraine: 38/42.
    # The twenty-first set, six corpora read first on e294965: 217/252 with 3 false supplies ("It includes …" after
    # a request's list; "exporting arms … is not militarism"; "was once …, selling it …"). Then 230/252 with none.
    "holdout183": (42, 0.880),  # Russia · weapons for Myanmar (minimal), France · weapons for Ukraine: 35/42.
    # Pakistan · weapons for Nigeria (minimal), Germany · weapons for Ukraine: 34/42, 1 false supply.
    "holdout184": (42, 0.904),
    "holdout185": (42, 0.928),  # Sweden · weapons for Ukraine (minimal), United States · Abrams for Taiwan: 39/42.
    "holdout186": (42, 0.928),  # Turkey · weapons for Libya (minimal), United States · F-16 for Ukraine: 38/42.
    # China · weapons for Venezuela (minimal), Israel · Patriot for Ukraine: 36/42, 1 false supply.
    "holdout187": (42, 0.928),
    # Japan · weapons for India (minimal), South Korea · K9 for Egypt: 35/42, 1 false supply.
    "holdout188": (42, 0.904),
    # The twenty-second set, six corpora read first on 8cd86be: 228/254 with 3 false supplies ("arrival of new
    # helicopters for its own air force"; "to help clear unexploded ordnance"; "to allow the army to shoot down
    # drones"). Then 234/254 with none.
    "holdout189": (42, 0.952),  # Belgium · weapons for Ukraine (minimal), South Korea · FA-50 for Malaysia: 39/42.
    # Nigeria · weapons for Chad (minimal), Canada · Leopard 2 for Ukraine: 39/42, 1 false supply.
    "holdout190": (42, 0.928),
    "holdout191": (42, 0.880),  # Egypt · weapons for Libya (minimal), Australia · weapons for Ukraine: 35/42.
    "holdout192": (42, 0.928),  # India · weapons for Vietnam (minimal), Poland · Leopard for Ukraine: 38/42.
    # Romania · weapons for Ukraine (minimal), United States · Stinger for Taiwan: 37/42, 1 false supply.
    "holdout193": (42, 0.904),
    # China · weapons for Cambodia (minimal), Turkey · Bayraktar TB2 for Niger: 40/44, 1 false supply.
    "holdout194": (44, 0.931),
    # The twenty-third set, six corpora read first on b0c5143: 232/254 with 2 false supplies ("would continue joint
    # air-defence duty with Russia"; "a ceremony attended by the defence minister"). Then 241/254 with none.
    # Saudi Arabia · weapons for Egypt (minimal), Czech Republic · weapons for Ukraine: 42/44.
    "holdout195": (44, 0.954),
    # Belarus · weapons for Russia (minimal), Japan · Patriot for Ukraine: 40/42, 2 false supplies.
    "holdout196": (42, 1.0),
    "holdout197": (42, 0.904),  # Iran · weapons for Armenia (minimal), France · Rafale for Greece: 35/42.
    # South Korea · weapons for Ukraine (minimal), United States · weapons for Lebanon: 40/42.
    "holdout198": (42, 0.952),
    "holdout199": (42, 0.952),  # Kenya · weapons for Ethiopia (minimal), Germany · IRIS-T for Ukraine: 38/42.
    "holdout200": (42, 0.928),  # Vietnam · weapons for Laos (minimal), Italy · weapons for Libya: 37/42.
    # The twenty-fourth set, five corpora read first on bba4645: 190/210 with 3 false supplies ("water bombers";
    # "supplied NASAMS … during the previous administration"; "the last known deliveries predate the war"). Then
    # 200/210 with none.
    # Greece · weapons for Cyprus (minimal), Germany · Leopard 2 for Slovakia: 38/42, 1 false supply.
    "holdout201": (42, 0.976),
    # Kazakhstan · weapons for Kyrgyzstan (minimal), Israel · weapons for Morocco: 40/42.
    "holdout202": (42, 0.976),
    # Hungary · weapons for Ukraine (minimal), United States · NASAMS for Ukraine: 38/42, 1 false supply.
    "holdout203": (42, 0.976),
    # China · weapons for Sudan (minimal), India · weapons for the Philippines: 37/42, 1 false supply.
    "holdout204": (42, 0.904),
    # Nigeria · weapons for Benin (minimal), Australia · weapons for the Philippines: 37/42.
    "holdout205": (42, 0.928),
    # The twenty-fifth set, six corpora read first on 72e07d9: 224/252 with 3 false supplies ("the disposal of
    # unexploded ordnance"; "any rifle sent to eastern Chad risks …"; "has licensed exports … for decades"). Then
    # 227/252 with none.
    # Portugal · weapons for Mozambique (minimal), United States · weapons for Armenia: 37/42, 1 false supply.
    "holdout206": (42, 0.904),
    "holdout207": (42, 0.904),  # Turkey · weapons for Bosnia (minimal), France · Aster for Ukraine: 38/42.
    "holdout208": (42, 0.880),  # South Korea · weapons for Taiwan (minimal), Germany · weapons for India: 37/42.
    # United Arab Emirates · weapons for Chad (minimal), United Kingdom · Challenger 2 for Poland: 38/42, 1 false
    # supply.
    "holdout209": (42, 0.928),
    # Switzerland · weapons for Germany (minimal), Japan · weapons for Australia: 34/42, 1 false supply.
    "holdout210": (42, 0.833),
    "holdout211": (42, 0.952),  # Algeria · weapons for Niger (minimal), Israel · Harop for Azerbaijan: 40/42.
    # The twenty-fourth set's sixth corpus, finished late and read first on bba4645: Spain · weapons for Morocco
    # (minimal), United Kingdom · weapons for the Philippines: 37/42 with 3 false supplies ("the arms export
    # board"; "unarmed surveillance drones"; "drones that cannot shoot"). Then 40/42 with none.
    "holdout212": (42, 0.952),
    # The twenty-sixth set, read first late that day on e4b2ecb: 76/84 with no false supply.
    "holdout213": (42, 0.928),  # Norway · weapons for Ukraine (minimal), United States · weapons for Jordan: 39/42.
    "holdout214": (42, 0.880),  # Turkey · weapons for Qatar (minimal), France · weapons for India: 37/42.
    # Three more sets of eight, each read first on the tree of its day: holdout215–222 on 09ac2b0 (306/336, 2 false
    # supplies), holdout223–230 on 60a4160 (306/336, 5), holdout231–238 on dad57ca (308/336, 3). Then 946/1008 with none.
    # Japan · Type 03 Chu-SAM for Philippines, Vietnam · weapons for Russia (minimal): 42/42, then 42/42.
    "holdout215": (42, 1.0),
    # Bulgaria · weapons for Israel (minimal), Sweden · Gripen for Thailand: 36/42 with 1 false supply, then 37/42.
    "holdout216": (42, 0.88),
    # Brazil · weapons for Russia (minimal), Germany · Skyranger for Ukraine: 37/42 with 1 false supply, then 38/42.
    "holdout217": (42, 0.904),
    # Uzbekistan · weapons for Russia (minimal), South Africa · weapons for Ukraine: 40/42, then 40/42.
    "holdout218": (42, 0.952),
    # China · J-35 for Pakistan, Pakistan · weapons for Bangladesh (minimal): 33/42, then 34/42.
    "holdout219": (42, 0.809),
    # Iran · weapons for Iraq (minimal), United States · Tomahawk for Ukraine: 40/42, then 42/42.
    "holdout220": (42, 1.0),
    # Canada · weapons for Philippines (minimal), South Korea · 155mm shells for Ukraine: 38/42, then 39/42.
    "holdout221": (42, 0.928),
    # Greece · Mirage 2000 for Ukraine, Rwanda · weapons for Burundi (minimal): 40/42, then 42/42.
    "holdout222": (42, 1.0),
    # France · Mistral for Ukraine, Vietnam · weapons for Philippines (minimal): 39/42, then 40/42.
    "holdout223": (42, 0.952),
    # Czechia · L-159 for Ukraine, Kenya · weapons for Sudan (minimal): 38/42, then 40/42.
    "holdout224": (42, 0.952),
    # India · Pinaka for Armenia, Serbia · weapons for Russia (minimal): 38/42 with 2 false supplies, then 39/42.
    "holdout225": (42, 0.928),
    # Kyrgyzstan · weapons for Russia (minimal), United States · Patriot for Taiwan: 37/42 with 1 false supply, then
    # 38/42.
    "holdout226": (42, 0.904),
    # Germany · Leopard 1 for Ukraine, Qatar · weapons for Ukraine (minimal): 38/42 with 1 false supply, then 40/42.
    "holdout227": (42, 0.952),
    # Armenia · weapons for Ukraine (minimal), Canada · NASAMS for Ukraine: 38/42, then 38/42.
    "holdout228": (42, 0.904),
    # China · HQ-22 for Serbia, Nigeria · weapons for Cameroon (minimal): 39/42, then 39/42.
    "holdout229": (42, 0.928),
    # Ecuador · weapons for Ukraine (minimal), Finland · F/A-18 Hornet for Ukraine: 39/42 with 1 false supply, then
    # 41/42.
    "holdout230": (42, 0.976),
    # France · Rafale for Ukraine, Morocco · weapons for Israel (minimal): 36/42 with 1 false supply, then 39/42.
    "holdout231": (42, 0.928),
    # Spain · Hawk for Ukraine, Chad · weapons for Sudan (minimal): 41/42, then 41/42.
    "holdout232": (42, 0.976),
    # Malaysia · weapons for Philippines (minimal), United States · JDAM for Israel: 39/42, then 40/42.
    "holdout233": (42, 0.952),
    # Laos · weapons for Myanmar (minimal), Russia · Su-57 for India: 36/42, then 37/42.
    "holdout234": (42, 0.880),
    # Poland · PT-91 Twardy for Ukraine, Slovenia · weapons for Ukraine (minimal): 41/42 with 1 false supply, then
    # 42/42.
    "holdout235": (42, 1.0),
    # Australia · Hawkei for Ukraine, Bosnia and Herzegovina · weapons for Ukraine (minimal): 39/42, then 39/42.
    "holdout236": (42, 0.928),
    # North Korea · KN-23 for Russia, Uganda · weapons for Democratic Republic of the Congo (minimal): 37/42 with 1
    # false supply, then 39/42.
    "holdout237": (42, 0.928),
    # Brazil · Guarani for Ukraine, Luxembourg · weapons for Ukraine (minimal): 39/42, then 40/42.
    "holdout238": (42, 0.952),
    # Croatia · weapons for Ukraine (minimal), Italy · Skyguard for Ukraine: 35/42 with 3 false supplies, then 41/42.
    "holdout239": (42, 0.976),
    # Montenegro · weapons for Ukraine (minimal), Sweden · RBS 70 for Ukraine: 36/42 with 1 false supply, then 38/42.
    "holdout240": (42, 0.904),
    # Vietnam · weapons for Cambodia (minimal), Russia · Su-30 for Vietnam: 34/42 with 3 false supplies, then 39/42.
    "holdout241": (42, 0.928),
    # Saudi Arabia · weapons for Yemen (minimal), Turkey · Bayraktar TB2 for Kenya: 35/42 with 3 false supplies, then
    # 41/42.
    "holdout242": (42, 0.976),
    # Estonia · weapons for Georgia (minimal), United Kingdom · Starstreak for Ukraine: 39/42 with 1 false supply,
    # then 40/42.
    "holdout243": (42, 0.952),
    # South Africa · weapons for Mozambique (minimal), China · J-10C for Bangladesh: 34/42, then 37/42.
    "holdout244": (42, 0.88),
    # Argentina · weapons for Bolivia (minimal), Norway · NASAMS for Lithuania: 40/42, then 40/42.
    "holdout245": (42, 0.952),
    # Belarus · weapons for Venezuela (minimal), India · BrahMos for Indonesia: 36/42, then 37/42.
    "holdout246": (42, 0.88),
    # Austria · weapons for Moldova (minimal), France · CAESAR for Armenia: 36/42 with 1 false supply, then 39/42.
    "holdout247": (42, 0.928),
    # Japan · weapons for the Philippines (minimal), Germany · Gepard for Ukraine: 38/42 with 1 false supply, then
    # 39/42.
    "holdout248": (42, 0.928),
    # Nigeria · weapons for Togo (minimal), United States · Hellfire for the Philippines: 39/42, then 39/42.
    "holdout249": (42, 0.928),
    # Poland · weapons for Moldova (minimal), Israel · SPYDER for India: 39/42, then 39/42.
    "holdout250": (42, 0.928),
    # Iran · weapons for Syria (minimal), Sweden · CV90 for Ukraine: 37/42 with 1 false supply, then 38/42.
    "holdout251": (42, 0.904),
    # Egypt · weapons for Chad (minimal), South Korea · KF-21 for Poland: 32/42, then 33/42.
    "holdout252": (42, 0.785),
    # Denmark · weapons for Ukraine (minimal), Pakistan · JF-17 for Iraq: 37/42, then 38/42.
    "holdout253": (42, 0.904),
    # Czech Republic · weapons for Armenia (minimal), Germany · Taurus for Ukraine: 36/42 with 1 false supply, then
    # 38/42.
    "holdout254": (42, 0.904),
    # Hungary · weapons for Serbia (minimal), United States · Abrams for Romania: 35/42 with 2 false supplies, then
    # 37/42.
    "holdout255": (42, 0.88),
    # Philippines · weapons for Vietnam (minimal), France · Rafale for the United Arab Emirates: 30/42 with 1 false
    # supply, then 31/42.
    "holdout256": (42, 0.738),
    # Norway · weapons for Georgia (minimal), South Korea · K239 Chunmoo for Ukraine: 39/42, then 39/42.
    "holdout257": (42, 0.928),
    # Turkey · weapons for Somalia (minimal), United Kingdom · Brimstone for Ukraine: 39/42 with 2 false supplies,
    # then 41/42.
    "holdout258": (42, 0.976),
    # India · weapons for Sri Lanka (minimal), Netherlands · CV90 for Ukraine: 39/42, then 39/42.
    "holdout259": (42, 0.928),
    # Singapore · weapons for the Philippines (minimal), Germany · IRIS-T SLM for Estonia: 38/42, then 38/42.
    "holdout260": (42, 0.904),
    # Morocco · weapons for Senegal (minimal), China · Wing Loong for Ethiopia: 38/42, then 38/42.
    "holdout261": (42, 0.904),
    # Finland · weapons for Estonia (minimal), Japan · Type 03 Chu-SAM for the Philippines: 37/42 with 1 false
    # supply, then 38/42.
    "holdout262": (42, 0.904),
    # Belgium · weapons for the Democratic Republic of the Congo (minimal), United States · Patriot for Poland: 33/42
    # with 1 false supply, then 34/42.
    "holdout263": (42, 0.809),
    # Greece · weapons for Ukraine (minimal), South Korea · K2 Black Panther for Slovakia: 39/42, then 39/42.
    "holdout264": (42, 0.928),
    # United Arab Emirates · weapons for Libya (minimal), Italy · M-346 for Nigeria: 36/42, then 36/42.
    "holdout265": (42, 0.857),
    # Canada · weapons for Latvia (minimal), Turkey · KAAN for Azerbaijan: 37/42, then 37/42.
    "holdout266": (42, 0.88),
    # Kenya · weapons for South Sudan (minimal), Spain · NASAMS for Ukraine: 40/42 with 1 false supply, then 41/42.
    "holdout267": (42, 0.976),
    # Lithuania · weapons for Moldova (minimal), Russia · S-400 for Turkey: 33/42, then 36/42.
    "holdout268": (42, 0.857),
    # Peru · weapons for Ecuador (minimal), Australia · Ghost Shark for Japan: 30/42, then 30/42.
    "holdout269": (42, 0.714),
    # Bulgaria · weapons for Armenia (minimal), France · Mistral for Cyprus: 41/42, then 41/42.
    "holdout270": (42, 0.976),
    # Mongolia · weapons for Russia (minimal), Israel · Heron for India: 39/42, then 41/42.
    "holdout271": (42, 0.976),
    # Taiwan · weapons for Philippines (minimal), United States · HIMARS for Taiwan: 38/42 with 2 false supplies, then
    # 40/42.
    "holdout272": (42, 0.952),
    # Ireland · weapons for Ukraine (minimal), United Kingdom · CAMM for Poland: 32/42, then 35/42.
    "holdout273": (42, 0.833),
    # Montenegro · weapons for Ukraine (minimal), Turkey · KAAN for Indonesia: 37/42 with 1 false supply, then 39/42.
    "holdout274": (42, 0.928),
    # Peru · weapons for Ukraine (minimal), South Korea · FA-50 for Philippines: 27/42, then 27/42.
    "holdout275": (42, 0.642),
    # Singapore · weapons for Ukraine (minimal), Germany · Boxer for Lithuania: 37/42 with 1 false supply, then 39/42.
    "holdout276": (42, 0.928),
    # Jordan · weapons for Ukraine (minimal), Sweden · Archer for Ukraine: 38/42 with 1 false supply, then 39/42.
    "holdout277": (42, 0.928),
    # Slovenia · weapons for Ukraine (minimal), Japan · Abukuma-class destroyer escort for Philippines: 37/42, then
    # 37/42.
    "holdout278": (42, 0.88),
    # Kazakhstan · weapons for Armenia (minimal), Israel · Barak MX for Morocco: 37/42 with 2 false supplies, then
    # 39/42.
    "holdout279": (42, 0.928),
    # Portugal · weapons for Mozambique (minimal), Norway · NSM for Poland: 39/42, then 42/42.
    "holdout280": (42, 1.0),
    # Vietnam · weapons for Laos (minimal), France · CAESAR for Armenia: 39/42, then 39/42.
    "holdout281": (42, 0.928),
    # Chile · weapons for Ecuador (minimal), Spain · Leopard 2A4 for Ukraine: 38/42, then 40/42.
    "holdout282": (42, 0.952),
    # Serbia · weapons for Israel (minimal), South Korea · KF-21 for Indonesia: 39/42, then 40/42.
    "holdout283": (42, 0.952),
    # Belarus · weapons for Myanmar (minimal), United Kingdom · F-35 for Israel: 35/42, then 36/42.
    "holdout284": (42, 0.857),
    # Uruguay · weapons for Ukraine (minimal), Germany · Eurofighter Typhoon for Turkey: 33/42, then 34/42.
    "holdout285": (42, 0.809),
    # Hungary · weapons for Serbia (minimal), United States · Tomahawk for Japan: 34/42 with 1 false supply, then
    # 36/42.
    "holdout286": (42, 0.857),
    # Egypt · weapons for Somalia (minimal), Italy · SAMP/T for Ukraine: 39/42, then 39/42.
    "holdout287": (42, 0.928),
    # Thailand · weapons for Myanmar (minimal), India · Akash for Vietnam: 32/42 with 1 false supply, then 36/42.
    "holdout288": (42, 0.857),
    # Colombia · weapons for Ecuador (minimal), Brazil · Astros II for Indonesia: 35/42, then 36/42.
    "holdout289": (42, 0.857),
    # Qatar · weapons for Syria (minimal), United States · THAAD for Saudi Arabia: 40/42, then 41/42.
    "holdout290": (42, 0.976),
    # Lithuania · weapons for Moldova (minimal), Finland · Patria AMV for Ukraine: 37/42 with 1 false supply, then
    # 39/42.
    "holdout291": (42, 0.928),
    # Rwanda · weapons for Mozambique (minimal), Turkey · Bayraktar TB2 for Nigeria: 38/42 with 1 false supply, then
    # 40/42.
    "holdout292": (42, 0.952),
    # Austria · weapons for Ukraine (minimal), United Kingdom · Storm Shadow for Ukraine: 40/42, then 40/42.
    "holdout293": (42, 0.952),
    # Pakistan · weapons for Bangladesh (minimal), China · HQ-9 for Egypt: 39/42, then 39/42.
    "holdout294": (42, 0.928),
    # Vietnam · weapons for the Philippines (minimal), Germany · Gepard for Ukraine: 37/42 with 1 false supply, then
    # 38/42.
    "holdout295": (42, 0.904),
    # Chile · weapons for Ukraine (minimal), Netherlands · PzH 2000 for Ukraine: 29/42 with 1 false supply, then
    # 32/42.
    "holdout296": (42, 0.761),
    # Kazakhstan · weapons for Russia (minimal), Israel · Iron Dome for Ukraine: 30/42 with 2 false supplies, then
    # 35/42.
    "holdout297": (42, 0.833),
    # Morocco · weapons for Ukraine (minimal), Sweden · Archer for Ukraine: 35/42, then 38/42.
    "holdout298": (42, 0.904),
    # Thailand · weapons for Myanmar (minimal), France · CAESAR for Armenia: 35/42, then 36/42.
    "holdout299": (42, 0.857),
    # Ireland · weapons for Ukraine (minimal), United States · HIMARS for Taiwan: 27/42, then 30/42.
    "holdout300": (42, 0.714),
    # Argentina · weapons for Ukraine (minimal), Japan · Type 03 Chu-SAM for the Philippines: 34/42 with 1 false
    # supply, then 35/42.
    "holdout301": (42, 0.833),
    # Algeria · weapons for Mali (minimal), Spain · Hawk for Ukraine: 34/42 with 1 false supply, then 36/42.
    "holdout302": (42, 0.857),
    # Portugal · weapons for Ukraine (minimal), Norway · NASAMS for Ukraine: 36/42, then 36/42.
    "holdout303": (42, 0.857),
    # Indonesia · weapons for Myanmar (minimal), Czech Republic · RM-70 Vampire for Ukraine: 36/42, then 36/42.
    "holdout304": (42, 0.857),
    # Kenya · weapons for Somalia (minimal), United Kingdom · Challenger 2 for Ukraine: 38/42 with 1 false supply,
    # then 39/42.
    "holdout305": (42, 0.928),
    # Switzerland · weapons for Ukraine (minimal), Germany · Dolphin submarines for Israel: 25/42, then 27/42.
    "holdout306": (42, 0.642),
    # Serbia · weapons for Ukraine (minimal), France · Rafale for India: 30/42, then 30/42.
    "holdout307": (42, 0.714),
    # Mexico · weapons for Ukraine (minimal), United States · ATACMS for Ukraine: 31/42, then 32/42.
    "holdout308": (42, 0.761),
    # Saudi Arabia · weapons for Sudan (minimal), Japan · PAC-3 for Ukraine: 34/42 with 1 false supply, then 37/42.
    "holdout309": (42, 0.88),
    # Bulgaria · weapons for Ukraine (minimal), China · J-10C for Pakistan: 32/42 with 1 false supply, then 33/42.
    "holdout310": (42, 0.785),
    # Chile · weapons for Peru (minimal), South Korea · KF-21 for the Philippines: 37/42 with 3 false supplies, then
    # 41/42.
    "holdout311": (42, 0.976),
    # Finland · weapons for Israel (minimal), Sweden · Archer for Colombia: 36/42 with 2 false supplies, then 38/42.
    "holdout312": (42, 0.904),
    # Croatia · weapons for Israel (minimal), South Africa · Rooivalk for Nigeria: 33/42 with 2 false supplies, then
    # 35/42.
    "holdout313": (42, 0.833),
    # Mexico · weapons for Colombia (minimal), Brazil · Guarani for the Philippines: 37/42, then 38/42.
    "holdout314": (42, 0.904),
    # Portugal · weapons for Israel (minimal), Turkey · weapons for Armenia: 33/42 with 2 false supplies, then 36/42.
    "holdout315": (42, 0.857),
    # Malaysia · weapons for Myanmar (minimal), France · CAESAR for the Philippines: 39/42, then 41/42.
    "holdout316": (42, 0.976),
    # Slovakia · weapons for Israel (minimal), Germany · Boxer for Qatar: 30/42 with 3 false supplies, then 33/42.
    "holdout317": (42, 0.785),
    # Vietnam · weapons for Myanmar (minimal), Greece · weapons for Israel: 33/42 with 2 false supplies, then 36/42.
    "holdout318": (42, 0.857),
    # Ireland · weapons for Israel (minimal), Brazil · ASTROS for Ukraine: 40/42, then 42/42.
    "holdout319": (42, 1.),
    # Denmark · weapons for Israel (minimal), Spain · NASAMS for Taiwan: 35/42 with 1 false supply, then 38/42.
    "holdout320": (42, 0.904),
    # Romania · weapons for Israel (minimal), South Korea · K9 for Taiwan: 36/42 with 2 false supplies, then 38/42.
    "holdout321": (42, 0.904),
    # Morocco · weapons for Algeria (minimal), Nigeria · weapons for Ukraine: 37/42, then 38/42.
    "holdout322": (42, 0.904),
    # Philippines · weapons for Israel (minimal), India · Tejas for the Philippines: 32/42 with 2 false supplies, then
    # 35/42.
    "holdout323": (42, 0.833),
    # Czech Republic · weapons for Taiwan (minimal), Switzerland · Piranha for Ukraine: 31/42 with 3 false supplies,
    # then 32/42.
    "holdout324": (42, 0.761),
    # Jordan · weapons for Israel (minimal), United Arab Emirates · weapons for Ukraine: 40/42 with 1 false supply,
    # then 41/42.
    "holdout325": (42, 0.976),
    # Pakistan · weapons for Azerbaijan (minimal), Japan · Type 10 for the Philippines: 38/42 with 1 false supply,
    # then 40/42.
    "holdout326": (42, 0.952),
    # Czech Republic · weapons for Moldova (minimal), South Korea · K9 for India: 32/42, then 35/42.
    "holdout327": (42, 0.833),
    # Canada · weapons for Taiwan, Türkiye · KAAN for Egypt (minimal): 33/42 with 3 false supplies, then 38/42.
    "holdout328": (42, 0.904),
    # Norway · weapons for Taiwan (minimal), France · Rafale for Peru: 33/42 with 1 false supply, then 36/42.
    "holdout329": (42, 0.857),
    # Estonia · weapons for Moldova (minimal), South Korea · FA-50 for Argentina: 31/42 with 3 false supplies, then
    # 34/42.
    "holdout330": (42, 0.809),
    # Angola · weapons for DR Congo (minimal), Sweden · Gripen for the Philippines: 37/42 with 1 false supply, then
    # 39/42.
    "holdout331": (42, 0.928),
    # Taiwan · weapons for Ukraine, India · BrahMos for Vietnam (minimal): 36/42 with 2 false supplies, then 38/42.
    "holdout332": (42, 0.904),
    # Netherlands · weapons for Taiwan (minimal), Uganda · weapons for Somalia: 33/42, then 33/42.
    "holdout333": (42, 0.785),
    # Brazil · weapons for Argentina (minimal), United States · F-16 for the Philippines: 33/42 with 1 false supply,
    # then 34/42.
    "holdout334": (42, 0.809),
    # Finland · weapons for Moldova (minimal), South Korea · K2 for Peru: 30/42 with 1 false supply, then 31/42.
    "holdout335": (42, 0.738),
    # Chile · weapons for Argentina, Colombia · weapons for Peru (minimal): 35/42, then 35/42.
    "holdout336": (42, 0.833),
    # Japan · weapons for Indonesia (minimal), United States · HIMARS for the Philippines: 33/42 with 5 false
    # supplies, then 37/42.
    "holdout337": (42, 0.88),
    # Spain · weapons for the Philippines, Italy · weapons for Armenia (minimal): 27/42 with 2 false supplies, then
    # 30/42.
    "holdout338": (42, 0.714),
    # Poland · weapons for Armenia (minimal), France · CAESAR for Indonesia: 37/42 with 1 false supply, then 38/42.
    "holdout339": (42, 0.904),
    # Germany · weapons for the Philippines, Mexico · weapons for Guatemala (minimal): 38/42 with 1 false supply, then
    # 38/42.
    "holdout340": (42, 0.904),
    # Australia · weapons for Indonesia (minimal), Israel · weapons for Greece: 25/42 with 4 false supplies, then
    # 27/42.
    "holdout341": (42, 0.642),
    # Norway · NASAMS for Taiwan, United Arab Emirates · weapons for Somalia (minimal): 40/42, then 41/42.
    "holdout342": (42, 0.976),
    # Turkey · weapons for Kenya (minimal), South Korea · K9 for Estonia: 41/42, then 41/42.
    "holdout343": (42, 0.976),
    # Japan · weapons for Malaysia (minimal), Norway · NSM for Latvia: 39/42, then 40/42.
    "holdout344": (42, 0.952),
    # Poland · weapons for Georgia (minimal), Finland · NASAMS for Latvia: 36/42 with 1 false supply, then 38/42.
    "holdout345": (42, 0.904),
    # Slovakia · weapons for Armenia (minimal), Israel · weapons for Cyprus: 38/42 with 3 false supplies, then 41/42.
    "holdout346": (42, 0.976),
    # India · weapons for Mozambique (minimal), Turkey · TB2 for Niger: 36/42 with 3 false supplies, then 40/42.
    "holdout347": (42, 0.952),
    # Serbia · weapons for Burkina Faso (minimal), France · weapons for Benin: 35/42 with 1 false supply, then 37/42.
    "holdout348": (42, 0.88),
    # South Africa · weapons for the DR Congo (minimal), United Kingdom · weapons for Nigeria: 37/42 with 2 false
    # supplies, then 40/42.
    "holdout349": (42, 0.952),
    # Brazil · weapons for Angola (minimal), Czech Republic · weapons for Georgia: 34/42 with 3 false supplies, then
    # 37/42.
    "holdout350": (42, 0.88),
    # Spain · weapons for Mauritania (minimal), South Korea · FA-50 for Colombia: 34/42 with 2 false supplies, then
    # 35/42.
    "holdout351": (42, 0.833),
    # Italy · weapons for Tunisia (minimal), Greece · weapons for Egypt: 38/42, then 38/42.
    "holdout352": (42, 0.904),
    # Norway · weapons for Ghana (minimal), France · Rafale for Iraq: 39/42, then 39/42.
    "holdout353": (42, 0.928),
    # Netherlands · weapons for Jordan (minimal), Germany · weapons for Kenya: 36/42 with 2 false supplies, then 38/42.
    "holdout354": (42, 0.904),
    # Japan · weapons for Thailand (minimal), United States · Abrams for Morocco: 39/42 with 1 false supply, then
    # 40/42.
    "holdout355": (42, 0.952),
    # Portugal · weapons for Angola (minimal), Switzerland · weapons for Qatar: 33/42 with 1 false supply, then 34/42.
    "holdout356": (42, 0.809),
    # Czech Republic · weapons for Mongolia (minimal), Israel · weapons for Vietnam: 36/42 with 1 false supply, then
    # 37/42.
    "holdout357": (42, 0.88),
    # Australia · weapons for Fiji (minimal), South Korea · weapons for Kazakhstan: 31/42 with 1 false supply, then
    # 32/42.
    "holdout358": (42, 0.761),
    # Turkey · weapons for Albania (minimal), South Korea · Chunmoo for Vietnam: 36/42, then 36/42.
    "holdout359": (42, 0.857),
    # Italy · weapons for Ghana (minimal), France · weapons for Moldova: 27/42 with 3 false supplies, then 30/42.
    "holdout361": (42, 0.714),
    # India · weapons for Nepal (minimal), United Kingdom · weapons for Kenya: 27/42 with 1 false supply, then 28/42.
    "holdout362": (42, 0.666),
    # Sweden · weapons for Estonia (minimal), Denmark · weapons for Georgia: 35/42 with 5 false supplies, then 40/42.
    "holdout360": (42, 0.952),
    # Hungary · weapons for Moldova (minimal), United Arab Emirates · weapons for Egypt: 36/42 with 1 false supply,
    # then 37/42.
    "holdout363": (42, 0.88),
    # Japan · weapons for Mongolia (minimal), Qatar · weapons for Sudan: 38/42 with 2 false supplies, then 40/42.
    "holdout366": (42, 0.952),
    # Greece · weapons for Libya (minimal), United States · Stinger for Armenia: 34/42 with 4 false supplies, then
    # 37/42.
    "holdout367": (42, 0.88),
    # Lithuania · weapons for Georgia (minimal), South Korea · Chunmoo for Estonia: 39/42 with 1 false supply, then
    # 40/42.
    "holdout368": (42, 0.952),
    # France · weapons for Chad (minimal), Germany · Patriot for Moldova: 40/42, then 40/42.
    "holdout369": (42, 0.952),
    # Bulgaria · weapons for Sudan (minimal), Serbia · weapons for Libya: 31/42 with 1 false supply, then 32/42.
    "holdout370": (42, 0.761),
    # Sweden · weapons for Poland (minimal), South Korea · K9 for Romania: 39/42 with 1 false supply, then 40/42.
    "holdout371": (42, 0.952),
    # Netherlands · weapons for Moldova (minimal), Canada · weapons for Armenia: 33/42 with 2 false supplies, then
    # 37/42.
    "holdout372": (42, 0.88),
    # Spain · weapons for Moldova (minimal), Italy · weapons for the Philippines: 37/42, then 39/42.
    "holdout373": (42, 0.928),
    # Turkey · weapons for Ethiopia (minimal), China · Wing Loong for Nigeria: 38/42 with 1 false supply, then 39/42.
    "holdout374": (42, 0.928),
    # Hungary · weapons for Georgia (minimal), France · CAESAR for Colombia: 36/42 with 1 false supply, then 37/42.
    "holdout375": (42, 0.88),
    # Czech Republic · weapons for Sudan (minimal), United Kingdom · weapons for Bahrain: 34/42, then 35/42.
    "holdout376": (42, 0.833),
    # Romania · weapons for Georgia (minimal), Turkey · Akinci for Mali: 37/42, then 37/42.
    "holdout377": (42, 0.88),
    # Norway · weapons for Finland (minimal), Australia · weapons for Timor-Leste: 36/42 with 1 false supply, then
    # 37/42.
    "holdout378": (42, 0.88),
    # Belgium · weapons for Saudi Arabia (minimal; licensing is regional, its governments unnamed as Belgium's),
    # Switzerland · weapons for India: 23/42, then 23/42.
    "holdout379": (42, 0.547),
    # Latvia · weapons for Georgia (minimal), South Korea · Redback for Romania: 26/42 with 1 false supply, then 27/42.
    "holdout380": (42, 0.642),
    # Austria · weapons for Armenia (minimal), Netherlands · CV90 for Estonia: 31/42 with 2 false supplies, then 33/42.
    "holdout381": (42, 0.785),
    # Belarus · weapons for Sudan (minimal), Russia · S-400 for Egypt: 37/42 with 1 false supply, then 39/42.
    "holdout382": (42, 0.928),
    # China · weapons for Laos (minimal), Serbia · weapons for Armenia: 35/42 with 3 false supplies, then 38/42.
    "holdout364": (42, 0.904),
    # New Zealand · weapons for Fiji (minimal), Argentina · weapons for Paraguay: 30/42 with 1 false supply, then
    # 32/42.
    "holdout365": (42, 0.761),
    # Slovakia · weapons for Georgia (minimal), South Korea · FA-50 for Egypt: 37/42 with 1 false supply, then 37/42.
    "holdout383": (42, 0.88),
    # Portugal · weapons for Morocco (minimal), France · Rafale for Egypt: 37/42, then 38/42.
    "holdout384": (42, 0.904),
    # New Zealand · weapons for Tonga (minimal), Japan · weapons for Bangladesh: 38/42, then 38/42.
    "holdout385": (42, 0.904),
    # Bosnia and Herzegovina · weapons for Libya (minimal), Serbia · weapons for Myanmar: 32/42 with 2 false supplies,
    # then 34/42.
    "holdout386": (42, 0.809),
    # Denmark · weapons for Moldova (minimal), United States · HIMARS for Estonia: 35/42, then 35/42.
    "holdout387": (42, 0.833),
    # Estonia · weapons for Armenia (minimal), Germany · IRIS-T SLM for Slovenia: 39/42, then 39/42.
    "holdout388": (42, 0.928),
    # Luxembourg · weapons for Moldova (minimal), Norway · NASAMS for Moldova: 40/42, then 40/42.
    "holdout389": (42, 0.952),
    # China · weapons for Mali (minimal), Iran · Shahed for Venezuela: 38/42, then 38/42.
    "holdout390": (42, 0.904),
    # Poland · weapons for Lithuania (minimal), Turkey · Bayraktar TB2 for Poland: 31/42 with 2 false supplies, then
    # 32/42.
    "holdout391": (42, 0.761),
    # South Korea · weapons for Vietnam (minimal), Germany · Leopard 2 for Norway: 30/42 with 2 false supplies, then
    # 32/42.
    "holdout392": (42, 0.761),
    # Czech Republic · weapons for Kazakhstan (minimal), United States · Apache for Morocco: 29/42, then 29/42.
    "holdout393": (42, 0.69),
    # Slovakia · weapons for Moldova (minimal), India · BrahMos for Egypt: 33/42 with 1 false supply, then 34/42.
    "holdout394": (42, 0.809),
    # Netherlands · weapons for the Philippines (minimal), France · weapons for Iraq: 27/42, then 27/42.
    "holdout395": (42, 0.642),
    # Norway · weapons for Armenia (minimal), Israel · weapons for the Philippines: 29/42 with 2 false supplies, then
    # 31/42.
    "holdout396": (42, 0.738),
    # Argentina · weapons for Chile (minimal), Brazil · weapons for Paraguay: 29/42 with 2 false supplies, then 31/42.
    "holdout397": (42, 0.738),
    # Greece · weapons for Georgia (minimal), United Kingdom · weapons for Ghana: 29/42 with 4 false supplies, then
    # 32/42.
    "holdout398": (42, 0.761),
    # Spain · weapons for Georgia, South Korea · K2 tanks for Norway (wire updates, earnings calls): first 31/42 with 2
    # false supplies, then 33/42.
    "holdout399": (42, 0.785),
    # Switzerland · weapons for Poland, Sweden · CV90s for Latvia (panel reports, social-media roundups): first 32/42
    # with 1 false supply, then 33/42.
    "holdout400": (42, 0.785),
    # Iran · weapons for Niger, Russia · weapons for Mali (specification explainers, picture stories): first 33/42, then
    # 33/42.
    "holdout401": (42, 0.785),
    # Romania · weapons for Armenia, Turkey · Kirpi vehicles for Georgia (front-line reportage, morning briefings):
    # first 33/42, then 33/42.
    "holdout402": (42, 0.785),
    # Italy · weapons for Kenya, France · CAESAR howitzers for Romania (wire updates, panel reports): first 35/42 with 2
    # false supplies, then 37/42.
    "holdout403": (42, 0.88),
    # Japan · weapons for Fiji, Australia · Bushmasters for the Philippines (investor reports, social-media roundups):
    # first 33/42, then 33/42.
    "holdout404": (42, 0.785),
    # Ukraine · weapons for Moldova, United States · Javelins for Georgia (explainers, field reportage): first 35/42
    # with 1 false supply, then 35/42.
    "holdout405": (42, 0.833),
    # Kenya · weapons for Uganda, South Africa · weapons for Ghana (picture stories, morning briefings): first a crash
    # (a one-word heading, "3. SUBMARINES"), then 31/42 with 2 false supplies once it read, then 33/42.
    "holdout406": (42, 0.785),
    # Portugal · weapons for Mozambique, Germany · IRIS-T for Egypt (court and enforcement stories, week-ahead
    # previews): first 32/42 with 1 false supply, then 33/42.
    "holdout407": (42, 0.785),
    # India · BrahMos for Vietnam, Indonesia · weapons for Timor-Leste (written parliamentary answers, ship-tracking
    # investigations): first 36/42 with 2 false supplies, then 38/42.
    "holdout408": (42, 0.904),
    # Brazil · weapons for Bolivia, Czech Republic · weapons for Kazakhstan (interview transcripts, translated press):
    # first 27/42 with 1 false supply, then 29/42.
    "holdout409": (42, 0.69),
    # Egypt · weapons for Sudan, United Arab Emirates · weapons for Chad (fact-checks, arms-transfer database updates):
    # first 32/42 with 2 false supplies, then 33/42.
    "holdout410": (42, 0.785),
    # Norway · NASAMS for Lithuania, Finland · weapons for Estonia (government releases, trade-fair reports): first
    # 31/42 with 3 false supplies, then 33/42.
    "holdout411": (42, 0.785),
    # Mexico · weapons for Guatemala, Argentina · weapons for Ecuador (debates and campaigns, historical
    # retrospectives): first 32/42 with 3 false supplies, then 35/42.
    "holdout412": (42, 0.833),
    # Pakistan · weapons for Bangladesh, China · weapons for Nepal (news tickers, profiles and obituaries): first 33/42
    # with 2 false supplies, then 34/42.
    "holdout413": (42, 0.809),
    # Hungary · weapons for Serbia, Israel · Barak MX for Azerbaijan (appended corrections, what-we-know explainers):
    # first 37/42, then 37/42.
    "holdout414": (42, 0.88),
    # Canada · weapons for Guyana, Sweden · Gripen for Colombia (live blogs, letters pages): first 33/42 with 2 false
    # supplies, then 36/42.
    "holdout415": (42, 0.857),
    # Belgium · weapons for the DR Congo, South Korea · FA-50 for Malaysia (press-conference transcripts, leaked
    # cables): first 34/42, then 36/42.
    "holdout416": (42, 0.857),
    # Austria · weapons for Bosnia and Herzegovina, Italy · Centauro II for Jordan (think-tank notes, podcasts): first
    # 38/42, then 39/42.
    "holdout417": (42, 0.928),
    # Denmark · weapons for Taiwan, Turkey · Akinci drones for Indonesia (regional papers, budget documents): first 36/42
    # with 1 false supply, then 37/42.
    "holdout418": (42, 0.88),
    # Saudi Arabia · weapons for Somalia, China · Wing Loong drones for Serbia (summit communiqués, newsletter
    # digests): first 39/42, then 40/42.
    "holdout419": (42, 0.952),
    # Chile · weapons for Peru, Germany · Boxer for Qatar (opinion polls, committee hearings): first 33/42 with 1 false
    # supply, then 37/42.
    "holdout420": (42, 0.88),
    # Vietnam · weapons for Laos, Russia · S-400 for Algeria (satellite-imagery analyses, export statistics): first
    # 37/42 with 1 false supply, then 40/42.
    "holdout421": (42, 0.952),
    # Ireland · weapons for Ukraine, United Kingdom · Typhoon for Turkey (timelines, readers' questions): first 35/42,
    # then 36/42.
    "holdout422": (42, 0.857),
}


def holdout_report(name: str, minimum: int) -> Report:
    """The holdout's reading, with every row loaded and at least `minimum` of them."""
    from monitor.corpus import evaluate_corpus

    folder = CORPUS / name
    report, failures = evaluate_corpus(folder, list(stances_for(folder).values()))
    assert failures == []
    assert report.total == len(rows(folder)) >= minimum
    return report


@pytest.mark.parametrize("name", BLIND_HOLDOUTS)
def test_blind_holdout_reads_right_with_no_false_supplies(name: str) -> None:
    minimum, accuracy = BLIND_HOLDOUTS[name]
    report = holdout_report(name, minimum)
    assert report.false_supplies == (), report.format()
    assert report.accuracy >= accuracy, report.format()
