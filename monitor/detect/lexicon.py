"""The English the detector reads with: verbs of supplying, weighing and refusing,
negators, modal verbs, reporting verbs, weapon and aid vocabulary.

This is linguistic knowledge shared by every stance; a stance file only adds names.
Word classes are tags on single lowercase words (`WORDS`); multi-word expressions are
regular expressions (`PHRASES`) matched before single words. Each tag is one role in
`claims.py`: how a word changes what a sentence says about supplying.
"""

from __future__ import annotations


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# -- predicates --------------------------------------------------------------------------------

# Giving something to someone. "arms" as a verb is handled in claims.py (it is also a noun).
SUPPLY_VERBS = _forms(
    "send sends sent sending supply supplies supplied supplying provide provides provided providing",
    "deliver delivers delivered delivering transfer transfers transferred transferring",
    "ship ships shipped shipping give gives gave giving hand hands handed handing donate donates donated donating",
    "export exports exported exporting sell sells sold selling offer offers offered offering",
    "dispatch dispatches dispatched dispatching lend lends lent lending lease leases leased leasing",
    "equip equips equipped equipping furnish furnishes furnished furnishing pledge pledges pledged pledging",
    "rush rushes rushed rushing funnel funnels funnelled funneled",
    "re-export re-exports re-exported re-exporting include includes included",
)
SUPPLY_NOUNS = _forms(
    "supply supplies delivery deliveries transfer transfers shipment shipments provision provisions",
    "export exports re-export re-exports sale sales donation donations package packages consignment consignments",
    "pledge pledges",
    "handover handovers",  # "the handover of such a system to Ukraine is not planned"
    "flow flows",  # "the flow of ammunition from Latvia to Ukraine": supplies on their way
)
LICENCE_NOUNS = _forms("licence licences license licenses")
# The trade as a whole ("South Korea's arms exports hit a record"): no one recipient is implied.
# Plural only: "approved the export of …" is one transaction, and its recipient may be implied.
TRADE_NOUNS = frozenset({"exports", "sales"})
# Receiving: the subject is the recipient and the supplier comes with "from".
RECEIVE_VERBS = _forms(
    "receive receives received receiving obtain obtains obtained obtaining acquire acquires acquired",
    "buy buys bought buying purchase purchases purchased purchasing procure procures procured",
)
# "reached Ukraine": the destination is the direct object, so it is read as a recipient.
ARRIVE_VERBS = _forms("arrive arrives arrived arriving reach reaches reached reaching")
# "shells are flowing (moving) to Ukraine": after the object, its own travel is an arrival. Not
# tagged: "Tokyo is moving toward …" governs nothing.
MOTION_VERBS = _forms("flow flows flowed flowing move moves moved moving")
# The actor's own weighing of the option.
CONSIDER = _forms(
    "consider considers considered considering consideration reconsider reconsiders reconsidered",
    "reconsidering reconsideration weigh weighs weighed weighing mull mulls mulled mulling",
    "review reviews reviewed reviewing contemplate contemplates contemplated contemplating contemplation",
    "evaluate evaluates evaluated evaluating evaluation examine examines examined examining examination",
    "study studies studied studying explore explores explored exploring assess assesses assessed",
    "assessing assessment deliberate deliberates deliberated deliberating deliberation deliberations",
    "debate debates debated debating discuss discusses discussed discussing discussion discussions",
    "ponder ponders pondered pondering revisit revisits revisited revisiting rethink rethinks rethinking",
    "talks negotiating negotiate negotiates negotiated conversation",
    "reassess reassesses reassessed reassessing reassessment re-examine re-examines re-examined re-examining",
    "re-evaluate re-evaluates re-evaluated re-evaluating re-evaluation reexamine reexamines reexamined reexamining",
    "analyse analysed analysing analyze analyzes analyzed analyzing",  # not "analysis": a paper's genre too
)
# Refusing the option.
REFUSE = _forms(
    "refuse refuses refused refusing refusal refusals decline declines declined declining",
    "reject rejects rejected rejecting rejection refrain refrains refrained refraining",
    "resist resists resisted resisting withhold withholds withheld withholding",
    "oppose opposes opposed opposing avoid avoids avoided avoiding",
    "rebuff rebuffs rebuffed rebuffing veto vetoes vetoed vetoing block blocks blocked blocking",
    "forbid forbids forbade forbidden ban bans banned banning prohibit prohibits prohibited prohibiting",
    "prohibition reluctant reluctance unwilling unwillingness hesitant exclude excludes excluded excluding",
    "hesitate hesitates hesitated hesitating",  # "would not hesitate to …": the negation lifts the reluctance
    "bar bars barred barring restriction restrictions curb curbs moratorium",
    "embargo embargoes",  # "its embargo on arms exports to Israel": a refusal like "its ban on"
    "taboo taboos off-limits",  # "sending jets is not a taboo": a prohibition denied, like "not excluded"
)
# Choosing: "has not decided" leaves the option open, "decided not to" closes it.
DECIDE = _forms("decide decides decided deciding decision decisions")
# Permission to a third party: "allowing Germany to pass the rounds to Ukraine" is the actor's re-export;
# "the United States allowed Japan to send …" is no decision of Japan's.
PERMIT = _forms("allow allows allowed allowing permit permits permitted permitting")
# Committing to a course: transparent, the inner polarity stands.
COMMIT = _forms(
    "approve approves approved approving approval agree agrees agreed agreeing authorize authorizes",
    "authorized authorizing authorise authorises authorised authorising authorization authorisation",
    "promise promises promised promising commit commits committed committing commitment",
    "plan plans planned planning intend intends intended intending intention intentions",
    "prepare prepares prepared preparing preparation preparations announce announces announced announcing",
    "vow vows vowed vowing choose chooses chose chosen opt opts opted clear clears cleared",
    "greenlight greenlights greenlighted move moves moved",
    "granted granting",
) | PERMIT
# Beginning or going on: transparent.
ASPECT = _forms(
    "begin begins began begun beginning start starts started starting continue continues continued",
    "continuing resume resumes resumed resuming restart restarts restarted restarting",
    "revive revives revived reviving reinstate reinstates reinstated reinstating restore restores restored restoring",
    "keep keeps kept keeping maintain maintains maintained",
    "maintaining remain remains remained remaining stick sticks stuck uphold upholds upheld",
    "reaffirm reaffirms reaffirmed reaffirming reiterate reiterates reiterated reiterating",
)
# "has withdrawn its approval of the sale" (not "withdrawn from service": see tagging.py)
WITHDRAW = _forms("withdraw withdraws withdrew withdrawn withdrawing")
# Ending, dropping or going back on something: flips the polarity of what it ends.
END = _forms(
    "end ends ended ending halt halts halted halting stop stops stopped stopping suspend suspends",
    "suspended suspending suspension suspensions pause pauses paused pausing freeze freezes froze frozen freezing",
    "abandon abandons abandoned abandoning scrap scraps scrapped scrapping shelve shelves shelved",
    "shelving drop drops dropped dropping lift lifts lifted lifting reverse reverses reversed",
    "reversing reversal overturn overturns overturned departure depart departs departed cancel",
    "cancels cancelled canceled cancelling relax relaxes relaxed relaxing ease eases eased easing loosen loosens",
    "loosened loosening",
    "revoke revokes revoked revoking revocation rescind rescinds rescinded rescinding annul annuls annulled annulling",
    "repeal repeals repealed repealing",
) | WITHDRAW
# A change of position whose direction the sentence does not give: the option is open.
CHANGE = _forms("change changes shift shifts rethink overhaul revision u-turn")
# Others asking, pressing or warning: their wish is not the actor's position.
PRESSURE = _forms(
    "urge urges urged urging press presses pressed pressing pressure pressures pressured pressuring",
    "call calls called calling ask asks asked asking request requests requested requesting",
    "appeal appeals appealed appealing demand demands demanded demanding plead pleads pleaded",
    "beg begs begged lobby lobbies lobbied lobbying push pushes pushed pushing encourage encourages",
    "encouraged persuade persuades persuaded warn warns warned warning warnings caution cautions",
    "cautioned threaten threatens threatened threatening advise advises advised want wants wanted",
    "plea pleas seek seeks sought seeking order orders ordered instruct instructs instructed directed",
    "task tasks tasked hope hopes hoped hoping wish wishes wished expect expects expected",
)
# Of those, the subject's own wish for itself ("hopes to receive", "wants to buy"), no pressure on another.
OWN_WISHES = _forms("want wants wanted hope hopes hoped hoping expect expects expected wish wishes wished",
                    "seek seeks sought seeking")
# Of those, the ones a leader uses towards his own officials ("asked his team to study …").
DIRECTIVE = _forms("ask asks asked order orders ordered instruct instructs instructed directed task tasks tasked")
# Deontic modality: someone says what the actor ought to do. Advocacy, not a position.
DEONTIC = _forms("must should ought")
# Nouns for weapons of every kind: refusing them all, with the system's class named, refuses the system
EVERY_WEAPON = frozenset({"weapons", "arms"})
# Weighing verbs that can take the object itself ("considering lethal aid"); the others
# need a supply verb or a request to weigh ("studying North Korean weapons" is not weighing).
CONSIDER_DIRECT = _forms(
    "consider considers considered considering reconsider reconsiders reconsidered reconsidering",
    "weigh weighs weighed weighing mull mulls mulled mulling contemplate contemplates contemplated contemplating",
)
# Possibility: the option is open.
MODAL = _forms(
    "may might could can possibly perhaps potential potentially possible possibility possibilities",
    "option options prospect prospects likely likelihood",
)
NEGATORS = _forms("not n't never no none neither nor without against cannot nobody nothing")
CONDITIONAL = _forms("if unless whenever")  # ("whenever": every time that, a condition of habit)
REPORT = _forms(
    "say says said saying tell tells told telling add adds added adding state states stated",
    "confirm confirms confirmed confirming note notes noted write writes wrote written reply replies",
    "replied insist insists insisted stress stresses stressed explain explains explained declare",
    "declares declared disclose discloses disclosed reveal reveals revealed acknowledge acknowledged",
    "hint hints hinted signal signals signalled signaled suggest suggests suggested indicate indicates",
    "indicated according quoted argue argues argued inform informs informed informing",
    "insisting stressing explaining declaring stating arguing noting suggesting",  # ", insisting that …": the subject's word
    "predict predicts predicted predicting forecast forecasts",  # a forecast is its maker's word, not the actor's
)
# Someone else's unconfirmed assertion.
DISTANCE = _forms(
    "claim claims claimed claiming allege alleges alleged alleging allegedly allegation allegations reportedly",
    "purported purportedly rumour rumours rumor rumors speculation accuse accuses accused accusing",
    "speculate speculates speculated speculating",  # "analysts had speculated that X might supply …"
    "accusation accusations report reports reported",
    "indication indications evidence proof",  # "saw no evidence that Oslo was sending …", "as proof that …"
    "propaganda disinformation misinformation",  # "propaganda about Italian arms going to Israel": a claim called false
    "leak leaks leaked",  # "a leaked intelligence slide listed …": unconfirmed
    "suggestion suggestions insinuation insinuations",  # "any suggestion that Oslo is weighing … is incorrect"
    "information",  # "The information that Vietnam has signed a contract … is not correct"
    "suspicion suspicions suspected",  # "arrested on suspicion of trying to ship rifles": an accusation
)
# Of those, the ones that put the content in doubt, not merely attribute it.
DOUBT = _forms(
    "claim claims claimed claiming allege alleges alleged alleging allegedly allegation allegations purported purportedly",
    "rumour rumours rumor rumors speculation speculated speculate accuse accuses accused accusing accusation",
    "accusations suspicion suspicions suspected",
)
DENY = _forms(
    "deny denies denied denying denial denials dismiss dismisses dismissed dismissing refute refutes",
    "refuted false untrue baseless groundless unfounded fabricated fake incorrect inaccurate",
)
# Speaking about a topic, or not: "did not address questions about arms", "declined to comment on",
# "does not publish details of its arms exports".
COMMENT_VERBS = _forms("address addresses addressed addressing comment comments commented commenting",
                       "publish publishes published publishing disclose discloses disclosed disclosing")
# A destination past the first buyer: "to Germany for onward delivery to Ukraine", "send on to".
ONWARD_WORDS = _forms("onward on re-export re-exported re-exporting destined bound final end-user")
# Halts named after the object: "its arms suspension", "the weapons freeze".
HALT_NOUNS = _forms("suspension suspensions freeze freezes halt ban bans moratorium restrictions curbs")
# A refusal named as a noun with what it refuses: "its refusal to export Boxers", "a veto on the sale".
REFUSAL_NOUNS = _forms("refusal refusals rejection veto vetoes")
# A court case against a decision: "a challenge to the ban", "a lawsuit against the export licences".
LEGAL_CHALLENGES = _forms("challenge challenges lawsuit lawsuits suit suits appeal appeals case cases")
POLICY = _forms(
    "policy policies position positions stance stances line principle principles rule rules",
    "question questions issue issues matter",
)

# -- grammar -------------------------------------------------------------------------------------

AUXILIARIES = _forms(
    "is are was were be been being am has have having had do does did will would shall 's 're 've 'll 'd",
    "wo",  # "won't" is split into "wo" + "n't": the auxiliary "will"
)
PAST_PERFECT = frozenset({"had"})
FUTURE = _forms("will would shall wo")
COMPLEMENTIZERS = _forms("that whether how what why")
RELATIVES = _forms("which who whom whose")
CONTRAST = _forms("but while whereas although though however")
SUBORDINATORS = _forms("because after before when whenever until once unless if")
PREPOSITIONS = _forms(
    "to of for on in at by from with about into onto over under through via toward towards amid among",
    "against without beyond including during despite throughout unlike within upon regarding",
)
DETERMINERS = _forms(
    "the a an its their his her our my your this these those any some such more other another",
    "each every all both several many most few first second third fourth fifth sixth new further additional same",
)
# Between the subject and the verb these change nothing: "Seoul has so far not…".
ADVERBS = _forms(
    "also already now still currently first yet just finally soon officially formally secretly directly",
    "further again then instead quickly publicly outright actively seriously openly reportedly",
    "even only ultimately eventually immediately swiftly quietly largely broadly fully partly",
    "indeed thus therefore meanwhile reluctantly effectively",
    "so hence consequently accordingly",  # "So we are not sending …": a connective, never a subject
)
# Markers that put a clause into the past of the story: history, not the current state.
HISTORY = _forms("previously formerly initially originally earlier",
                 "predate predates predated")  # "the last known deliveries predate the war"
DURATION_UNITS = _forms("years months weeks decades year month week decade")

PRONOUNS = _forms("it they he she we i")
BE_FORMS = _forms("is are was were be")  # the finite forms (and "be") before a "not"
# The forms of "be" before a passive participle: "is delivered", "had been sent", "being shipped".
PASSIVE_BE = _forms("be been being is are was were")
# What a party puts to the one it asks ("the request … is being studied").
REQUEST_NOUNS = _forms("request requests plea pleas appeal appeals")
POSSESSIVE_PRONOUNS = _forms("its their his her our")
FIRST_PERSON = _forms("we our us i")
# Common nouns that stand for a government: resolved like pronouns.
GENERIC_AGENTS = _forms(
    "country nation government administration ministry officials official spokesperson spokesman",
    "spokeswoman authorities military cabinet leadership president minister adviser advisor council",
    "presidency office agency department leader leaders chancellor secretary sources source",
    "embassy consulate",  # a country's mission speaks for it: "Iran's embassy in Oslo said"
    "ambassador ambassadors envoy envoys",  # and so does its envoy: "the French ambassador, Antoine Ravel, said"
    "committee",  # "the national security committee approved …": a body of the government, like "council"
    "ministries departments",  # "the competent ministries will consider …": bodies, like "officials"
    "emir king sultan",  # a monarch by title alone heads the state like "the president"
    "kingdom",  # "the kingdom would not exclude …": the country, like "the country"
)
# Speakers who are never the actor, wherever they sit ("an opposition lawmaker in Seoul").
NON_ACTOR_ROLES = _forms(
    "lawmaker lawmakers legislator legislators opposition analyst analysts expert experts critic critics",
    "columnist commentator commentators scholar scholars professor researcher researchers activist activists",
    "author authors co-author co-authors",  # of a study: "the authors project that …"
    "motion motions petition petitions",  # put to a vote: "the motion argues that …"
    "observer observers editorial newspaper newspapers media retired former lobbyist lobbyists",
    "senator senators congressman congressmen congresswoman",  # legislators: "senators vowed to block …"
    "mp mps",  # "Conservative MP Tom Kovacs asked" (the abbreviations "Rep." and "Sen." are phrases in tagging)
    "tabloid tabloids broadsheet broadsheets",  # outlets, like "newspaper": "a tabloid said that …"
    "influencer influencers blogger bloggers pundit pundits podcaster podcasters",  # voices online, like columnists
    "consultant consultants",  # hired advice: "said one Istanbul-based consultant"
    "account accounts caption captions",  # posts online: "an anonymous account wrote", "read the caption"
    "respondents percent cent",  # a poll's: "35 percent favoured sending more to Ukraine"
)
# A possessed noun of relation names another party: "Japan's neighbour", "Germany's allies".
RELATION_NOUNS = _forms(
    "neighbour neighbours neighbor neighbors ally allies partner partners rival rivals",
    "adversary adversaries enemy enemies foe foes",
    "occupier occupiers invader invaders aggressor aggressors",  # "Ukraine's occupiers": its enemy
)
# Role nouns before an appositive name: "its national security adviser, Chang Ho-jin,".
ROLE_NOUNS = _forms(
    "adviser advisor minister president secretary spokesperson spokesman spokeswoman chancellor leader",
    "official envoy ambassador chief head commander premier director",
)
# Capitalised words that are not names when they open a sentence or precede one.
TITLE_WORDS = _forms(
    "President Prime Minister Foreign Defence Defense Secretary Chancellor Chairman Mr Mrs Ms Dr",
    "Senior National Security Adviser Advisor Spokesperson Ambassador Deputy Vice Chief Supreme Leader",
    "Former General Gen Lt Col Admiral Senator Sen Rep Representative Governor King Queen Premier",
    "Ministry Council Office Department Agency Cabinet Parliament Assembly Committee Command Staff Joint",
    "Ministers Federal Government Commission Directorate Bureau Chancellery Secretariat Affairs Export Control",
    "Attorney Solicitor Auditor Inspector Comptroller",  # law officers: "the Attorney General"
    "High Higher",  # rank adjectives like "Supreme": "the Higher Defence Council", "High Commissioner"
    "Assistant",  # a rank like "Deputy": "Qatar's assistant foreign minister", "Assistant Secretary"
    "Emir Amir Sultan",  # monarchs' titles, like "King": "the Emir approved …"
    "Taoiseach Tánaiste Tanaiste",  # Ireland's prime minister and deputy: titles, no names
    "Head",  # "the Moroccan Head of Government, Mr Mohamed Lahlou"
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June",
    "July August September October November December",
)
# The first word of an armed service after a country's name: "US Army", "US Air Force" act for it.
# A state's police and guard forces are its own bodies too: "the Israel Police", "the Border Police".
ARMED_SERVICES = _forms("Army Navy Air Marines Marine Coast", "Police Gendarmerie Border Guard")
# Full names only where an abbreviation would be another word ("mar", "dec" in running text).
MONTHS_IN_ORDER = tuple("january february march april may june july august september october november december".split())
FULL_MONTH_NAMES = frozenset(MONTHS_IN_ORDER)
MONTH_NAMES = FULL_MONTH_NAMES | _forms("jan feb mar apr jun jul aug sep sept oct nov dec")
TIME_WORDS = _forms(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday week weekend month year",
    "morning afternoon evening night earlier later recently last this on",
)
# "to the island", "to the kingdom": a place named before by a definite description, which may be
# any country of the story; never the target by name, so it implies no supply to the target.
GENERIC_RECIPIENTS = _forms("countries nations states parties sides belligerents combatants regions zones",
                            "allies partners island kingdom emirate")
# Companies named by their trade: goods sold or shipped to one go to a customer, never a country armed; a
# weapon owning one ("the missile's manufacturer") is no goods of the clause.
TRADE_PARTIES = _forms("manufacturer manufacturers maker makers company companies firm firms contractor contractors",
                       "producer producers assembler distributor distributors broker brokers dealer dealers",
                       "intermediary intermediaries middleman middlemen trader traders developer designer builder")
# Armed opponents of a state: "Sudanese rebels" fight Sudan's government, they are no part of it.
ARMED_OPPONENTS = _forms("rebel rebels insurgent insurgents separatist separatists guerrillas militants")
# Parties named by a plural common noun, subjects of their own verbs: "the countries that supply Russia".
PARTY_PLURALS = _forms("countries states nations governments allies partners members neighbours neighbors donors",
                       "groups networks buyers suppliers exporters")
WAR_NOUNS = _forms("war conflict fighting invasion front battlefield frontline")

# -- objects -------------------------------------------------------------------------------------

# Nouns that name weapons by themselves (singular and plural).
WEAPON_NOUNS = _forms(
    "weapon weapons arms armament armaments weaponry ammunition ammo munition munitions",
    "shell shells missile missiles rocket rockets howitzer howitzers artillery tank tanks",
    "warplane warplanes jet jets bomber bombers helicopter helicopters gunship gunships",
    "drone drones interceptor interceptors launcher launchers mortar mortars grenade grenades",
    "rifle rifles gun guns firearm firearms ordnance explosives bomb bombs warship warships",
    "submarine submarines torpedo torpedoes",
    "frigate frigates destroyer destroyers corvette corvettes",  # warships by class; patrol vessels are not
)
# Nouns that are weapons only with a weapon modifier: "air-defence systems", "armoured vehicles".
WEAPON_HEADS = _forms("system systems battery batteries vehicle vehicles equipment hardware carriers carrier")
WEAPON_MODIFIERS = _forms(
    "air-defence air-defense anti-aircraft anti-tank anti-ship anti-missile missile rocket artillery",
    "weapons weapon armoured armored fighting lethal combat military-grade air defence defense",
)
# Parts of the weapon they follow: "F-35 components", "missile parts".
PART_NOUNS = _forms("component components part parts")
# A share of goods named before them: "the rest of the package", "the remaining part of the deliveries".
SHARE_NOUNS = _forms("part rest remainder balance portion")
# Nouns that are weapons only after a model designation: "F-35 stealth fighters" (but "Houthi fighters").
DESIGNATED_NOUNS = PART_NOUNS | _forms("fighter fighters")
# Well-known systems often named without a head noun.
NAMED_SYSTEMS = _forms(
    "HIMARS ATACMS Patriot Patriots Leopard Leopards Abrams Challenger Javelin Javelins Stinger Stingers",
    "NASAMS IRIS-T Taurus Gepard Bradley Bradleys Stryker Strykers Gripen Mirage F-16 F-16s MiG-29",
    "K2 K9 Chunmoo KM-SAM Cheongung",
)
# Nouns that can stand for one another when an article names a system once and then
# says "the aircraft": a class is learned per article from the noun after the name.
WEAPON_CLASSES = (
    _forms("jet jets aircraft warplane warplanes plane planes fighter fighters fighter-jets"),
    _forms("missile missiles rocket rockets"),
    _forms("tank tanks"),
    _forms("howitzer howitzers gun guns artillery"),
    _forms("system systems battery batteries launcher launchers"),
    _forms("drone drones"),
    _forms("vehicle vehicles"),
)
# "military aid" may or may not be weapons: good enough for refusing, never for supplying. So are
# "military transfers / deliveries", the supply of such aid named by its verb's noun.
WEAK_OBJECT_PHRASE = (
    r"(?:military|defen[cs]e|security) (?:aid|assistance|support|help|equipment|supplies|materiel|material|gear"
    r"|transfers|deliveries|shipments)"
)
# Never weapons.
NON_WEAPONS = _forms(
    "humanitarian non-lethal nonlethal helmet helmets vest vests body-armour demining mine-clearing",
    "ambulance ambulances generator generators medical medicine medicines food money cash dollars",
    "financial economic fuel blankets reconstruction loan loans grant grants",
)
AID_NOUNS = _forms("aid assistance support help")
# Work done on weapons rather than the weapons: "helped Kyiv with the maintenance of its tanks", "pays for
# the repair of …" give the service, not the goods.
SERVICE_NOUNS = _forms("maintenance repair repairs servicing upkeep overhaul overhauls refurbishment training",
                       "transport storage logistics advice planning intelligence insurance")
# Nouns after a weapon word that make it a modifier, not the thing supplied: "arms industry".
NON_SUPPLY_HEADS = _forms(
    "industry industries maker makers manufacturer manufacturers firm firms company companies sector",
    "producer producers factory factories plant plants fair fairs exhibition race control controls",
    "dealer dealers trade programme program programs programmes stockpile stockpiles production",
    "business businesses deal deals contract contracts embargo embargoes test tests launch launches",
    "treaty agreement agreements inspector inspectors expert experts",
    "depot depots tech technology technologies sites site base bases",
    # "Abrams simulators", "F-16 pilot training": what trains crews on the system is not the system
    "simulator simulators training course courses instructor instructors",
    # "joint air-defence duty with Russia", "an air-defence exercise": a task done with the weapons, not goods
    "duty duties exercise exercises drill drills network networks umbrella",
    # "damaged by missile and drone strikes": an attack made with the weapon is no supply of it (the singular,
    # also a modifier in "attack drones", is read in claims.py)
    "strikes attacks raids barrages",
    # "the police's firearms tracing centre", "a weapons testing laboratory": a place named by its work on the goods
    "centre centres center centers laboratory laboratories lab labs database databases registry registries",
)
# A named place's last word (or the noun after it) that makes it a facility, no party: "Cheddi Jagan International
# Airport", "Al Dhafra air base".
FACILITY_NOUNS = frozenset({"airport", "airfield", "airbase", "port", "harbour", "harbor", "terminal", "base"})
# Vehicles that carry goods: "Trucks carrying rifles crossed into …" (no party of their own).
CARRIERS = frozenset({"plane", "planes", "aircraft", "convoy", "convoys", "truck", "trucks", "lorry", "lorries",
                      "ship", "ships", "vessel", "vessels", "freighter", "freighters", "flight", "flights"})
# Verbs of getting in the way: "the ruling could complicate the sale of tanks", "may delay deliveries". What they
# do to a supply is their subject's effect on it, never a position on supplying.
HINDER = _forms("complicate complicates complicated complicating hamper hampers hampered hampering hinder hinders",
                "hindered hindering jeopardise jeopardises jeopardised jeopardize jeopardizes jeopardized endanger",
                "endangers endangered undermine undermines undermined derail derails derailed obstruct obstructs",
                "obstructed")
# Nouns of leaving a position behind, with the preposition that names it: "a shift from the line Minsk took".
DEPARTURES_FROM = {"shift": "from", "departure": "from", "change": "from", "break": "with", "reversal": "of",
                   "u-turn": "from", "turnaround": "from"}
