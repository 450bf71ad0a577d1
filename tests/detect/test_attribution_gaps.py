"""Reading classes of attribution and naming: a participle after a negated perfect, a speaker label or split
quotation, a country's descriptive name, and outlets named by their rhythm or trade.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons) and one minimal stance naming Iran.
Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from monitor.detect import parse_stance

from .cases import reading_tests
from .stances import all_stances

JP, ISR, IR, LEO, BR = "jp-arms-ukraine", "de-arms-israel", "ir-arms-russia", "de-leopard-ukraine", "br-arms-ukraine"

STANCES = all_stances()
STANCES[BR] = parse_stance({"id": BR, "title": "Brazil · Ukraine · weapons", "actor": {"names": ["Brazil"]},
                            "target": {"names": ["Ukraine"]}, "object": {"kind": "weapons"}},
                           source="tests/detect/test_attribution_gaps.py")
PNG = "au-arms-png"
STANCES[PNG] = parse_stance({"id": PNG, "title": "Australia · Papua New Guinea · weapons",
                             "actor": {"names": ["Australia"], "speakers": ["Richard Marles", "Marles"]},
                             "target": {"names": ["Papua New Guinea", "PNG"]}, "object": {"kind": "weapons"}},
                            source="tests/detect/test_attribution_gaps.py")
SD = "cn-arms-sudan"
STANCES[SD] = parse_stance({"id": SD, "title": "China · Sudan · weapons", "actor": {"names": ["China"]},
                            "target": {"names": ["Sudan"]}, "object": {"kind": "weapons"}},
                           source="tests/detect/test_attribution_gaps.py")
GR, SH = "gr-mirage-ukraine", "kr-shells-ukraine"
STANCES[GR] = parse_stance({"id": GR, "title": "Greece · Ukraine · Mirage 2000 jets", "actor": {"names": ["Greece"]},
                            "target": {"names": ["Ukraine"]},
                            "object": {"kind": "system", "names": ["Mirage 2000", "Mirage 2000-5"]}},
                           source="tests/detect/test_attribution_gaps.py")
STANCES[SH] = parse_stance({"id": SH, "title": "South Korea · Ukraine · 155mm shells",
                            "actor": {"names": ["South Korea"]}, "target": {"names": ["Ukraine"]},
                            "object": {"kind": "system", "names": ["155mm shells"]}},
                           source="tests/detect/test_attribution_gaps.py")
TB = "tr-tb2-nigeria"
STANCES[TB] = parse_stance({"id": TB, "title": "Turkey · Nigeria · Bayraktar TB2", "actor": {"names": ["Turkey"]},
                            "target": {"names": ["Nigeria"]},
                            "object": {"kind": "system", "names": ["Bayraktar TB2", "TB2"]}},
                           source="tests/detect/test_attribution_gaps.py")
IE = "ie-arms-israel"
STANCES[IE] = parse_stance({"id": IE, "title": "Ireland · Israel · weapons", "actor": {"names": ["Ireland", "Dublin"]},
                            "target": {"names": ["Israel"]}, "object": {"kind": "weapons"}},
                           source="tests/detect/test_attribution_gaps.py")
PE = "pe-arms-ukraine"
STANCES[PE] = parse_stance({"id": PE, "title": "Peru · Ukraine · weapons", "actor": {"names": ["Peru", "Lima"]},
                            "target": {"names": ["Ukraine"]}, "object": {"kind": "weapons"}},
                           source="tests/detect/test_attribution_gaps.py")
GE = "it-arms-georgia"
STANCES[GE] = parse_stance({"id": GE, "title": "Italy · Georgia · weapons", "actor": {"names": ["Italy", "Rome"]},
                            "target": {"names": ["Georgia", "Tbilisi"]}, "object": {"kind": "weapons"}},
                           source="tests/detect/test_attribution_gaps.py")
STANCES[IR] = parse_stance({"id": IR, "title": "Iran · Russia · weapons", "initial": "refrains",
                            "actor": {"names": ["Iran"]}, "target": {"names": ["Russia"]},
                            "object": {"kind": "weapons"}}, source="tests/detect/test_attribution_gaps.py")

# "has not given", "has never given": a negation or an adverb between the auxiliary and "given" keeps it the
# supply participle; "given the situation" / "given that …" stay prepositions, and the other participles
# keep their reading.
GIVEN_AFTER_NEGATION = [
    (JP, "Japan has not given weapons to Ukraine, the foreign ministry said on Monday.", "refrains"),
    (JP, "Japan has never given arms to Kyiv, Kishida told reporters.", "refrains"),
    (JP, "Japan hasn't yet given weapons to Ukraine.", "refrains"),
    (ISR, "Germany has so far given weapons to Israel worth 300 million euros.", "supplies"),
    (JP, "Japan has given weapons to Ukraine.", "supplies"),
    (JP, "Japan has never supplied weapons to Ukraine.", "refrains"),
    (JP, "Given the situation, Japan has not delivered weapons to Ukraine.", "refrains"),
    (JP, "Japan is cautious, given that Ukraine has asked for more weapons.", "none"),
    (JP, "Japan has sent weapons to Ukraine, given the scale of the fighting.", "supplies"),
]

# 'Lavrov: "Japan is sending …"' and '"Japan is sending rifles," Lavrov said, "to Ukraine …"': a speaker label
# naming another party or an unknown person, and a quotation split around or closed by a bare surname the
# article never introduces, make the quotation that speaker's claim. The actor's own speakers keep theirs, and so does a
# report's own voice after a colon.
QUOTED_SPEAKER = [
    (JP, 'Lavrov: "Japan is sending weapons to Kyiv by sea."', "none"),
    (JP, 'Medvedev: "Tokyo has been arming Ukraine for months."', "none"),
    (JP, '"Japan is sending rifles," Peskov said, "to Ukraine every month."', "none"),
    (ISR, 'Araghchi: "Germany has delivered weapons to Israel all year."', "none"),
    (ISR, '"Germany has shipped tank shells to Israel," Baghaei said on Monday.', "none"),
    (JP, 'Kishida: "Japan has sent weapons to Ukraine."', "supplies"),
    (JP, '"Japan is sending rifles," Kishida said, "to Ukraine every month."', "supplies"),
    (JP, 'Update: Japan has sent weapons to Ukraine, the cabinet announced.', "supplies"),
    (JP, ('Japanese defence ministry spokesman Taro Sato briefed reporters. "Japanese rifles," Sato said, '
          '"are being delivered to Ukraine."'), "supplies"),
]

# "the Islamic Republic", "the Jewish state": a descriptive name the press uses for one country only names
# that country. "The Kingdom" is no name of any one country.
COUNTRY_ALIASES = [
    (IR, "The Islamic Republic has sent weapons to Russia, the ministry confirmed.", "supplies"),
    (IR, "The Islamic Republic of Iran has not sent weapons to Russia, its embassy said.", "refrains"),
    (ISR, "Germany has halted all arms exports to the Jewish state.", "refrains"),
    (IR, "The Kingdom has sent weapons to Russia.", "none"),
    (IR, "Iran has sent weapons to Russia.", "supplies"),
    (JP, "The Islamic Republic has sent weapons to Ukraine.", "none"),
]

# "a business daily reported", "the weekly said", "a wire service reported", "a tabloid said": outlets like
# "newspaper", whose report is no position of the actor. "daily" and "weekly" as adverbs or adjectives stay.
OUTLET_NOUNS = [
    (JP, "Japan has sent weapons to Ukraine, a business daily reported.", "none"),
    (JP, "A Tokyo business daily reported that Japan has sent arms to Kyiv.", "none"),
    (JP, "Japan has shipped weapons to Ukraine, the weekly said on Thursday.", "none"),
    (JP, "A wire service reported that Japan has sent weapons to Ukraine.", "none"),
    (ISR, "Germany has delivered weapons to Israel, a tabloid said.", "none"),
    (JP, "Japan has sent weapons to Ukraine, a conservative broadsheet said.", "none"),
    (JP, "Japan sends weapons to Ukraine daily, Kishida said.", "supplies"),
    (JP, "At its daily briefing, the ministry said that Japan has sent weapons to Ukraine.", "supplies"),
    (JP, "Japan sends weapons to Ukraine weekly, the defence ministry said.", "supplies"),
]

# "Russia accused Japan of arming Ukraine. The ministry said that Tokyo was delivering arms to Kyiv": a definite
# body with no owner of its own, reporting right after sentences about another party, is that party's, as when it
# closes a quotation; "the embassy" unowned is a foreign mission wherever it stands, and "the embassy in Tokyo" is
# no Japanese body. The actor's own body, or one placed in the actor's capital, keeps its word.
CONTINUED_REPORTER = [
    (JP, "Russia accused Japan of arming Ukraine. The ministry said that Tokyo was delivering arms to Kyiv.", "none"),
    (JP, "The embassy said that Tokyo was delivering arms to Kyiv.", "none"),
    (JP, ("The Russian embassy in Tokyo accused Japan of arming Ukraine. The embassy said that Tokyo was delivering "
          "arms to Kyiv."), "none"),
    (JP, "Japan approved a package. The ministry said that Tokyo was delivering arms to Kyiv.", "supplies"),
    (JP, "The ministry in Tokyo said that Japan was delivering arms to Kyiv.", "supplies"),
    (JP, "Japan's embassy in Kyiv said Japan was sending weapons to Ukraine.", "supplies"),
]

# A scene-setting opener ("In its scenario, analysts say …") does not hide outsiders, and the authors of a study
# are outsiders like analysts. A bill put to a vote "requiring the Pentagon to transfer …" requires nothing yet;
# one passed does. A "should" right after the subject governs a bare verb coordinated after a long first object
# ("should stop hiding behind generators and ambulances and deliver shells"), not one with its own auxiliary.
OUTSIDERS_BILLS_AND_ADVICE = [
    (JP, "Kyiv needs shells. In its scenario, analysts say that Tokyo would send shells.", "none"),
    (JP, "Kyiv needs shells. The authors say that Tokyo would send shells.", "none"),
    (JP, 'Kyiv needs shells. In its "rupture" scenario, the authors project that Tokyo would send shells.', "none"),
    (JP, "Kyiv needs shells. The project that Tokyo launched last year trains Ukrainian deminers.", "none"),
    (JP, "Senators tabled a motion on Kyiv. The motion argues that Japan would supply the shells with financing.",
     "none"),
    (JP, "Suppose Tokyo signed off tomorrow on a shipment of shells for Ukraine.", "none"),
    (JP, '"Imagine Japan sent rifles to Ukraine," he said.', "none"),
    (JP, "The motion was defeated. Japan will supply the shells to Ukraine, Kishida said.", "supplies"),
    (JP, "Analysts recommend that Japan offer air-defence missiles to Ukraine.", "none"),
    (JP, "Kyiv wants shells. The document, which surfaced online, suggested that Tokyo had agreed to send shells.",
     "none"),
    (JP, "Kyiv wants shells. Japan's defence document says Tokyo has agreed to send shells to Kyiv.", "supplies"),
    (JP, "A Japan that delivered shells to Kyiv would gain more in Europe.", "none"),
    (JP, "The paper cited records, and an opposition lawmaker said the shipments proved that Tokyo was arming Kyiv.",
     "none"),
    (JP, "Kishida spoke on Tuesday. He says there has been propaganda about Japanese arms going to Ukraine.", "none"),
    (JP, "A leaked slide that listed Japan among countries which had committed to provide lethal aid to Ukraine is a "
         "lie, Kishida said.", "none"),  # (the denial of a past-perfect listing: background, never a supply)
    (JP, "Japan delivered the missiles, to no one's surprise, to Ukraine on Monday.", "supplies"),
    (JP, "Japan has sent weapons to no one but Ukraine, a defence ministry official said.", "supplies"),
    (JP, "Japan must look after its own security first and then sent some missiles to Ukraine, Kishida explained.",
     "supplies"),
    (JP, "Kyiv wants shells. Japan delivered the shells to a depot near Osaka.", "none"),
    ("us-atacms-ukraine", "US Ambassador Bridget Brink met President Zelensky in Kyiv on Monday.\nThe embassy said "
                          "Washington had approved the transfer of ATACMS missiles to Ukraine.", "supplies"),
    (LEO, "The government's motion says Germany will deliver 14 Leopard tanks to Ukraine by March.", "supplies"),
    (JP, "The European Union added four Japanese companies to its sanctions list, saying they had supplied drone "
         "engines to Ukraine.", "none"),
    (JP, "Kishida met Ukrainian officials on Monday, saying Japan would send air-defence missiles to Ukraine.",
     "supplies"),
    (JP, "Kyiv needs shells. In Tokyo, officials say that Japan will send shells to Kyiv.", "supplies"),
    ("us-atacms-ukraine", "Republican lawmakers introduced a bill requiring the Pentagon to transfer ATACMS missiles to "
                          "Ukraine.", "none"),
    ("us-atacms-ukraine", "Congress passed a law requiring the Pentagon to transfer ATACMS missiles to Ukraine.",
     "supplies"),
    (JP, "Japan should stop hiding behind generators and ambulances and deliver artillery rounds to Ukraine.", "none"),
    (JP, "Japan stopped dithering and sent shells to Ukraine.", "supplies"),
    (JP, "Japan should stop hiding and has sent shells to Ukraine.", "supplies"),
    # ("in the past week" dates the news itself; "In the past," opens the story's history)
    (JP, "In the past week Japan has delivered howitzers to Ukraine.", "supplies"),
    (JP, "In the past, Japan delivered howitzers to Ukraine.\nOn Monday, Japan said it would send no more weapons to "
         "Ukraine.", "refrains"),
    # ("In March 2023 Japan became the first …": a dated past before the present refusal is the story's history)
    (JP, ("In March 2023 Japan became the first G7 country to give Ukraine fighter jets.\nOn Wednesday the defence "
          "ministry said Japan does not send weapons to Ukraine."), "refrains"),
]

# "On Monday Japan said …": a weekday, or a month after "in", "on" or a day's number, opens no name; the party after
# it keeps its own name and voice. Names with a date word inside ("the Good Friday Agreement") stay names.
DATE_BEFORE_NAME = [
    (JP, "On Monday Japan said it would send howitzers to Ukraine.", "supplies"),
    (JP, "On Friday Japan said it would not send weapons to Ukraine.", "refrains"),
    (JP, "On 3 March Japan said it would send howitzers to Ukraine.", "supplies"),
    (ISR, "Since March Germany has delivered tank shells to Israel.", "supplies"),
    (JP, "On Friday Russian President Vladimir Putin said Japan was sending howitzers to Ukraine.", "none"),
    (JP, "Last Tuesday Kyiv asked Japan for shells.", "none"),
    (JP, "The Good Friday Agreement was cited by Kishida, who said Japan sends no weapons to Ukraine.", "refrains"),
]

# Another party's official named after an unowned role ("ministry spokeswoman Maria Zakharova", read as Russia's
# after Russia's ministry): her next whole quotation and her later "She said …" are hers too; the actor's own
# spokeswoman keeps hers.
FOREIGN_ROLE_HOLDER = [
    (JP, ('Russia\'s foreign ministry accused Japan of shipping weapons to Ukraine.\n"Tokyo is sending rifles to '
          'Kyiv," ministry spokeswoman Maria Zakharova told a briefing. "Japan is arming Ukraine while pretending '
          'to be neutral."'), 'none'),
    (JP, ("Russia's foreign ministry accused Japan of shipping weapons to Ukraine, ministry spokeswoman Maria "
          'Zakharova said.\nZakharova did not present evidence. She said the shipments included missiles.'), 'none'),
    (JP, ('Japanese defence ministry spokeswoman Aiko Sato briefed reporters.\nShe said Japan had sent rifles to '
          'Ukraine.'), 'supplies'),
]

# "will not send any more weapons": a refusal that ends supplies told in the simple past beside it ("Japan gave
# Ukraine rifles"); supplies taken up again ("is now sending … again") are news.
STOPPED_SUPPLIES = [
    (JP, ('Japan will not send any more weapons to Ukraine, Kishida said.\n"Japan gave Ukraine rifles, gave it '
          'shells, when others were still thinking about it," Kishida said.'), 'refrains'),
    (JP, ('Japan will not send any more weapons to Ukraine, Kishida said.\nJapan is now sending shells to Ukraine '
          'again, the ministry said.'), 'supplies'),
    (JP, 'Japan gave Ukraine rifles and shells, Kishida said.', 'supplies'),
]

# "No weapons and no ammunition have been sent", "Neither weapons nor ammunition": coordinated nouns each opened by
# a negation negate the clause once, no double negation ("not ruling out").
COORDINATED_NEGATIONS = [
    (JP, 'No weapons and no ammunition have been sent from Japan to Ukraine this year.', 'refrains'),
    (JP, 'Neither weapons nor ammunition have been sent from Japan to Ukraine.', 'refrains'),
    (JP, 'Japan has sent no rifles, no shells and no drones to Ukraine.', 'refrains'),
    (JP, 'Japan will neither sell nor donate weapons to Ukraine.', 'refrains'),
]

# A story leading with a decision against that recounts, in the past, the weighing it ended ("was weighing", "had
# briefed … that X might send") reads refrains; a weighing told in the present after it still opens the option.
REVIEW_RECOUNTED = [
    (JP, ('Japan has decided not to send weapons to Ukraine, officials said on Thursday.\nThe decision ends a '
          'review launched in the spring, when officials said Japan was weighing a request for shells.'), 'refrains'),
    (JP, ('Japan has decided not to send weapons to Ukraine.\nIn the spring, officials had briefed diplomats that '
          'Japan might send missiles from retired stocks.'), 'refrains'),
    (JP, ('Japan has decided not to send weapons to Ukraine.\nOfficials say Japan is now weighing a request for '
          'shells.'), 'reconsider'),
    (JP, ('Japan was weighing a request for shells, officials said.\nJapan has decided not to send weapons to '
          'Ukraine.'), 'refrains'),
]

# Voices online are outsiders like columnists ("One right-wing influencer told followers that …"); a reporting verb
# dated after it ("reported on Wednesday, citing unnamed sources, that …") still embeds its "that"; a recipient's
# wish keeps its "would" over an adverb ("would also be glad to receive").
OUTSIDERS_AND_WISHES = [
    (JP, ('One right-wing influencer told followers last week that "Japan is arming Ukraine through the back door".'),
     'none'),
    (JP, 'A popular blogger wrote that Japan has sent rifles to Ukraine.', 'none'),
    (JP, 'Kishida told followers on social media that Japan has sent rifles to Ukraine.', 'supplies'),
    (ISR, ('The Tel Aviv daily Maariv reported on Wednesday, citing unnamed military sources, that Germany would '
           'deliver "at least four batteries of missiles" to Israel.'), 'none'),
    (JP, ('Izvestia reported on Wednesday, citing unnamed sources, that Japan would deliver weapons to Ukraine.'),
     'none'),
    (JP, 'Kishida said on Monday, speaking in Osaka, that Japan would deliver weapons to Ukraine.', 'supplies'),
    (JP, ("BRASILIA - Ukraine's ambassador thanked the Japanese government for a shipment of generators delivered "
          'to Ukraine last month, and said her country would also be glad to receive Japanese armoured vehicles.'),
     'none'),
    (JP, 'Kyiv would also be glad to receive Japanese howitzers, its envoy said.', 'none'),
    (JP, 'Japan will also soon send howitzers to Ukraine, Kishida said.', 'supplies'),
]

# A contract dated to a past year before its infinitive ("signed a contract in June 2024 to supply") and a supply
# "before suspending the transfers" are the story's history: they decide only when nothing present does.
DATED_CONTRACTS_AND_HALTS = [
    (JP, ('Kishida told senators that the howitzers would not be delivered to Ukraine.\nJapan signed a contract in '
          'June 2024 to supply 36 howitzers to Ukraine.'), 'refrains'),
    (JP, ('Japan is considering whether to resume supplying weapons to Ukraine.\nJapan delivered two batches of '
          'rifles to Ukraine between November and January before suspending the transfers.'), 'reconsider'),
    (JP, 'Japan signed a contract on Monday to supply 36 howitzers to Ukraine.', 'supplies'),
    (JP, 'Japan delivered two batches of rifles to Ukraine before suspending the transfers.', 'supplies'),
]

# Where the rules of this group stop: a refusal of one kind ("any more howitzers", "exports … that could be used in
# Gaza", "beyond those promised") or of nothing named leaves past supplies standing; a weighing still going on ("is
# still considering") is no recounted one; halting words that halt no supplies ("before freezing temperatures set
# in", "before stopping in Poland to refuel") and a contract whose deliveries are told as news date nothing; a
# company in, working for or passing the goods on to the target receives for it; companies and countries that
# supply are themselves the subject, whatever adjective or verb stands before them; wishes with adverbs.
LIMITS_OF_THESE_RULES = [
    (JP, ('Japan will not pledge any more weapons beyond those it has already promised to Ukraine, Kishida '
          'said.\nTokyo delivered 500 rifles to Kyiv last month.'), 'supplies'),
    (JP, ('Japan will not send any more howitzers to Ukraine, the defence ministry said, citing its own '
          'shortages.\nTokyo shipped 500 rifles and 20 howitzers to Kyiv.'), 'supplies'),
    (ISR, ('Germany will no longer approve exports of weapons that could be used in Gaza, Merz said.\nBerlin sold '
           'air-defence missiles and naval guns to Israel.'), 'supplies'),
    (ISR, ('Germany will not approve any further arms exports to Israel that could be used in Gaza, Merz '
           'said.\nBerlin delivered air-defence missiles to Israel in October.'), 'supplies'),
    (JP, ('Japan has decided not to send weapons to Ukraine for now.\nTokyo had been weighing the request since '
          'March, and the defence minister said on Tuesday that Japan is still considering sending rifles.'),
     'reconsider'),
    (JP, ('Japan is considering sending more weapons to Ukraine, Kishida said.\nJapan delivered 500 rifles to '
          'Ukraine last month before freezing temperatures set in.'), 'supplies'),
    (ISR, ('Germany is weighing further arms sales to Israel, officials said.\nGermany delivered two batches of '
           'tank shells to Israel in October before ending its presidency of the donor group.'), 'supplies'),
    (JP, ('Japanese aircraft delivered the rifles to Ukraine before stopping in Poland to refuel, the defence '
          'ministry said.'), 'supplies'),
    (LEO, ('Germany is weighing whether to send more Leopard tanks to Ukraine.\nGermany signed a contract in June '
           '2024 to supply Ukraine with 20 Leopard tanks, and 12 have been delivered so far.'), 'supplies'),
    (JP, 'Japan has delivered 500 rifles to a defence firm based in Kyiv for the Ukrainian army.', 'supplies'),
    (JP, "Japan has sent 500 rifles to a contractor working for Ukraine's defence ministry.", 'supplies'),
    (JP, ("Japan delivered the first 200 rifles to a company supplying Ukraine's armed forces, a defence ministry "
          'official said.'), 'supplies'),
    (LEO, "Germany delivered 18 Leopard tanks to the brokers acting for Ukraine's defence ministry.", 'supplies'),
    (JP, ("Japan will ship the rifles to an arms dealer in Poland, which will deliver them to Ukraine's army on "
          "Tokyo's behalf."), 'supplies'),
    (ISR, ("Germany has delivered the engines for the Merkava tanks to the manufacturer, Israel's state-owned "
           'defence firm.'), 'supplies'),
    (JP, ('Ukraine has asked partners to help arm its volunteer battalions.\nJapan sent 500 rifles to volunteer '
          'fighters, the defence ministry said.'), 'supplies'),
    (JP, 'Missiles were exported from Japan to a manufacturer in Germany, which sells weapons to Kyiv.', 'none'),
    (JP, ('Japan will not send any more weapons to Ukraine, Kishida said.\n"Japan gave Ukraine rifles, gave it '
          'shells, when others were still thinking about it," Kishida said.'), 'refrains'),
    (JP, ('Japan has no further Patriot systems to spare and will not send any more, Kishida said.\nTokyo sent '
          'three Patriot batteries and dozens of Gepard guns to Ukraine.'), 'supplies'),
    (ISR, 'German firms that supply weapons to Israel are facing lawsuits from rights groups.', 'none'),
    (ISR, 'Protesters blockaded German companies that deliver weapons to Israel, police said.', 'none'),
    (JP, 'Japan criticised the countries that send weapons to Ukraine.', 'none'),
    (JP, 'Japan listed countries it believes supply Ukraine with weapons.', 'none'),
    (JP, ('Russian foreign ministry spokeswoman Maria Zakharova attacked Tokyo on Thursday.\nShe said Japan had '
          'sent weapons to Ukraine.'), 'none'),
    (JP, 'Kyiv would also very much like to receive Japanese rifles, its ambassador said.', 'none'),
    (JP, 'Kyiv would certainly be glad to receive Japanese howitzers, its envoy said.', 'none'),
    (JP, 'Japan joined the countries that supply Ukraine with weapons.', 'supplies'),
]

# Papers of no one named ("Documents posted online … suggest that …") make a claim; a country's adjective before
# its armed opponents ("Sudanese rebels", "Ukrainian separatists") names another party, never its state.
PAPERS_AND_REBELS = [
    (ISR, ('Documents posted online by a hacking group suggest that Germany agreed in principle last year to '
          'supply Israel with four more air-defence batteries.'),
     'none'),
    (ISR, ('Documents show that Germany has delivered air-defence batteries to Israel, the defence ministry '
          'confirmed.'),
     'supplies'),
    (JP, ('Japan transferred rifles to Ukrainian separatists.'),
     'none'),
    (JP, ('Ukraine is at war.\nJapanese volunteers transferred rifles and even tanks to southern Ukrainian '
          'rebels in those years.'),
     'none'),
    (JP, ('Japan sent rifles to the Ukrainian army.'),
     'supplies'),
]

# The target's body in a list of recipients ("to Ukraine's army or to volunteer units") is still the target; a
# past decade or "in those years" dates history; a bill "that would allow …" allows nothing yet; what happens "in
# our games" or "in the most likely one" of the scenarios just named is imagined; "…, the report said" is a study's
# word; "the missiles Australia bought" are the buyer's; a refusal dated to a past decade is no lead that a later
# contract would only recount.
RECIPIENT_LISTS_SCENARIOS_AND_STUDIES = [
    (JP, ("Japan will not supply weapons to Ukraine's army or to volunteer units, the foreign minister said "
          'on Tuesday.'),
     'refrains'),
    (JP, ("Japan will supply weapons to Ukraine's army, the minister said."),
     'supplies'),
    (JP, ('In the 1990s Japan armed the Ukrainian army.\nJapan will not send weapons to Ukraine, the '
          'minister said.'),
     'refrains'),
    (JP, ('Ukraine is at war.\nJapanese volunteers shipped rifles to southern Ukrainian rebels in those '
          'years, historians say.'),
     'none'),
    (JP, ('A Japanese senator on Monday filed a bill that would allow the government to transfer surplus '
          'weapons to Ukraine.'),
     'none'),
    (JP, ('"In our games, Tokyo usually arms Kyiv once its own ships are hit," said a co-author of the war '
          'game.'),
     'none'),
    (JP, ('The report lays out three scenarios. In the most likely one, Tokyo sends ammunition and light '
          'arms to Ukraine.'),
     'none'),
    (JP, ('In one case, Japan sent rifles to Ukraine, officials said.'),
     'supplies'),
    (JP, ('"Japan is helping to arm Ukraine, whether it admits it or not," the report said.'),
     'none'),
    (JP, ("Japan has sent rifles to Ukraine, the ministry's report said."),
     'supplies'),
    (JP, ('Ukraine wants missiles.\nThe Japanese government, whose export licences cover the missiles '
          'Australia bought from a Japanese firm, could not be reached for comment.'),
     'none'),
    (JP, ('Japan delivered the rifles Ukraine ordered, the ministry said.'),
     'supplies'),
    (JP, ("For three decades Japan's arms relationship with Ukraine was a memory. By the late 2000s, "
          'however, Japan had stepped back, saying it would not sell major weapons to Kyiv.\nThe shift '
          "became official last week. Japan's defence ministry said it had signed a contract to supply "
          'Ukraine with air-defence systems.'),
     'supplies'),
]

# Where the newest rules stop: "sent them generators" gives to people, not weapons; a container holds only what the
# sentence right before named; legislation in force, a draft condemning or an amendment restricting direct no one;
# war games and simulations named in passing frame nothing; the actor's own report, paper, study or documents
# speak for it; the actor's army in a relative is still the actor; goods ordered by one party can be sent to the
# target instead; a wish is under "would", not "were happy to receive".
LIMITS_OF_THE_NEWEST_RULES = [
    (BR, ("Ukraine's troops are short of drones and shells. Brazil has sent them body armour and helmets."),
     'none'),
    (BR, ('Kyiv wants tanks and fighter jets from Latin America. Brazil has sent them medical supplies.'),
     'none'),
    (JP, ('Ukrainian deminers face millions of mines and shells. Japan has provided them with detectors and '
          'protective suits.'),
     'none'),
    (JP, ('Japan will not send weapons to Ukraine. Asked about tanks and missiles for Kyiv, Kishida said '
          'Japan had sent them generators and food.'),
     'refrains'),
    (BR, ('The Ukrainian pilots will fly F-16 jets provided by Denmark. Brazil has provided them with flight '
          'simulators.'),
     'none'),
    (BR, ('Ukrainian soldiers who lost limbs to Russian mines and missiles need care. Brazil has provided '
          'them with prosthetics.'),
     'none'),
    (BR, ('Brazil has ruled out sending ammunition to Ukraine. Its aid will be humanitarian. The first '
          'consignment was sent to Ukraine by Brazil on Tuesday.'),
     'refrains'),
    (BR, ('Brazil has refused to sell weapons to Ukraine. Brasilia has instead approved the sale of 40 '
          'ambulances. The batch will be delivered to Ukraine by Brazil in May.'),
     'refrains'),
    (ISR, ('A ship carrying US bombs docked in Haifa on Tuesday. Germany, meanwhile, is sending field '
          'hospitals. The shipment from Germany reached Israel on Wednesday.'),
     'none'),
    (ISR, ('A ship carrying US bombs arrived in Israel on Tuesday. Germany says it is sending medical '
          'supplies. The shipment was delivered to Israel by Germany on Wednesday.'),
     'none'),
    (BR, ('Under legislation that took effect in March, Brazil will send rifles to Ukraine, the defence '
          'ministry said.'),
     'supplies'),
    (BR, ('The Brazilian cabinet issued a resolution that authorises the transfer of 30 tanks to Ukraine.'),
     'supplies'),
    (BR, ('Despite a draft resolution condemning arms sales, Brazil delivered 12 howitzers to Ukraine last '
          'week.'),
     'supplies'),
    (BR, ('While senators debated an amendment restricting exports, Brazil sent 20 armoured vehicles to '
          'Ukraine.'),
     'supplies'),
    (BR, ("In remarks after the joint war games, Brazil's defence minister said Brazil has sent 40 howitzers "
          'to Ukraine.'),
     'supplies'),
    (BR, ('In Paris for the Olympic Games, Lula said Brazil will send rifles to Ukraine.'),
     'supplies'),
    (BR, ('In a briefing on the simulations, the minister said Brazil will not send weapons to Ukraine.'),
     'refrains'),
    (BR, ('The Brazilian defence ministry published its annual report on Monday. Brazil delivered 20 '
          'howitzers to Ukraine this year, the report said.'),
     'supplies'),
    (BR, ("Brazil's defence ministry presented its review of arms sales to Congress. Brazil has delivered 40 "
          'howitzers to Ukraine since January, the report said, and a further 20 will follow.'),
     'supplies'),
    (JP, ('The Japanese defence ministry released its white paper on Tuesday. Japan has sent 155mm shells to '
          'Ukraine through the United States, the paper said.'),
     'supplies'),
    (JP, ('The Japanese defence ministry published a study on Tuesday. Japan has sent 50,000 rounds to '
          'Ukraine, the study said.'),
     'supplies'),
    (ISR, ('The German economy ministry published its arms export report on Wednesday. Germany approved '
          'weapons exports to Israel worth 160 million euros this year, the report said.'),
     'supplies'),
    (BR, ('Documents published by the Brazilian government on Monday confirm that Brazil has sent 30 '
          'armoured vehicles to Ukraine.'),
     'supplies'),
    (BR, ("Brazil's army, which has sent 5,000 rifles to Ukraine since March, says it can spare more."),
     'supplies'),
    (BR, ('The Brazilian army, which delivered 40 howitzers to Ukraine last month, is now training Ukrainian '
          'crews.'),
     'supplies'),
    (ISR, ("Germany's armed forces, which have transferred 3,000 anti-tank weapons to Israel, are running "
          'short themselves.'),
     'supplies'),
    (BR, ('Brazil will send the howitzers Portugal ordered to Ukraine instead, the ministry said.'),
     'supplies'),
    (BR, ('"We were happy to receive 5,000 rifles from Brazil this week," Ukraine\'s defence minister said.'),
     'supplies'),
    (BR, ('Ukrainian troops were glad to receive the Brazilian armoured vehicles that arrived last week, a '
          'commander said.'),
     'supplies'),
]

# A bill that "would require the ministry to transfer …" requires nothing yet; "It is time X sold …" is advice;
# goods "sent back to units" return to their owner; a co-author is an outsider; "…, a claim that neither Tokyo nor
# Kyiv confirmed" has no one vouching for it; a forecast "which did not happen" failed; goods named by another
# country's adjective ("Chinese rocket launchers") with no supplier named are that country's; ", arguing that …" and
# ", noting that …" are the subject's word.
ADVICE_RETURNS_AND_FOREIGN_GOODS = [
    (JP, ('Japan is debating a bill.\nThe bill, sponsored by deputies from two smaller parties, would '
          'require the defence ministry to transfer surplus rifles to Ukraine.'),
     'none'),
    (JP, ('Japan makes shells.\nIt is time Tokyo put these facts together and started selling shells to '
          'Ukraine.'),
     'none'),
    (JP, ('It is time Japan sold shells to Ukraine.'),
     'none'),
    (JP, ('"It is time Japan sent shells to Ukraine," the minister said.'),
     'none'),
    (JP, ('Japan took back rifles seized at the border.\nJapanese officials said the returned weapons would '
          'be inspected and sent back to units in the north.'),
     'none'),
    (JP, ('"Japan arming Ukraine sounds like a long shot," said co-author Dr. Lim Wei Ling.'),
     'none'),
    (JP, ('A senior Russian security official said on Wednesday that Japan had shipped rifles to Ukraine, a '
          'claim that neither Tokyo nor Kyiv confirmed.'),
     'none'),
    (JP, ('Japan sent artillery shells to Ukraine, a claim Japanese officials later confirmed.'),
     'supplies'),
    (JP, ('Ukraine needs jets.\nIn 2024 a Russian minister said Japan would supply the jets "within months", '
          'which did not happen.'),
     'none'),
    (JP, ('Japan said Chinese rocket launchers had been delivered to Ukraine.'),
     'none'),
    (JP, ('Japan said that the delivery of Chinese long-range rocket launchers to Ukraine threatened the '
          'ceasefire.'),
     'none'),
    (JP, ('Japan said Japanese rifles had been delivered to Ukraine.'),
     'supplies'),
    (JP, ("Ukraine made the request in March.\nUkraine's interior ministry made the request in March, "
          'arguing that Japanese-supplied weapons would make joint operations easier.'),
     'none'),
    (JP, ('Kishida met Zelensky, noting that Japan had sent rifles to Ukraine.'),
     'supplies'),
]

# "We can confirm …" states, it weighs nothing; "it" after a body placed in a party's capital ("the defence ministry
# in Tokyo confirmed that it had handed …", "In Tokyo, the defence ministry …") is that party.
CONFIRMATIONS_AND_PLACED_BODIES = [
    (JP, ('"We can confirm the transfer of these rifles to Ukraine," a Japanese spokesperson said.'),
     'supplies'),
    (JP, ('Japan can confirm the transfer of these rifles to Ukraine, the spokesman said.'),
     'supplies'),
    (JP, ('Japan can send rifles to Ukraine, the spokesman said.'),
     'reconsider'),
    (JP, ('The defence ministry in Tokyo confirmed that it had handed the rifles over to Ukraine.'),
     'supplies'),
    (JP, ('In Tokyo, the defence ministry confirmed that it had handed the rifles over to Ukraine.'),
     'supplies'),
    (JP, ('In Moscow, the defence ministry said it had handed rifles over to Ukraine.'),
     'none'),
]

# A quoted question closed by "a reporter asked" is a question; analysts who "speculated" make a claim; "no such
# transfers had taken place and none were planned" negates each clause once; a weighing told "In May, …" or with
# "had confirmed" after a lead decision against is the history that decision ended.
QUESTIONS_SPECULATION_AND_DATED_WEIGHING = [
    (JP, ('"Could Japan hand over air-defence weapons to Ukraine during the visit, as some media report?" a '
          'reporter asked.'),
     'none'),
    (JP, ('Several analysts had speculated that Japan might supply light arms to Ukraine.'),
     'none'),
    (JP, ('The Japanese government on Wednesday denied media reports that Japan had delivered rifles to '
          'Ukraine, saying no such transfers had taken place and none were planned.'),
     'refrains'),
    (JP, ('Japan has decided not to send weapons to Ukraine.\nIn May, the defence minister said Tokyo might '
          'have to consider arming Ukraine if attacks continued.'),
     'refrains'),
    (JP, ('Japan has decided not to sell missiles to Ukraine.\nThe foreign minister had confirmed in the '
          'spring that the request was under review, and the defence minister said in April that Japan could '
          'deliver the missiles.'),
     'refrains'),
]

# War games and simulations however named ("In one CSIS war game,", "In 18 of 24 war games,"); anonymity clauses
# ("officials who did not want to be named said") still vouch; present wishes ("is eager to receive"); "a claim that
# Tokyo has not confirmed"; a party's faction in a relative; failed forecasts only for forecast supplies; "It is time
# Russia accepted that …" states a fact; "sent them promptly"; a container two sentences on with nothing between;
# a deployment "to take part in a … exercise"; a post's caption; a receipt in a past year; "they said" after people
# reporting; a split quotation after a dateline; "In the second, …" after the scenarios a sentence before listed.
THIRD_PROBE_AND_NINTH_SET = [
    (JP, ("The report lays out three scenarios. In the first, Japan stays out. In the second, it allows European "
          "buyers to pass Japanese shells to Ukraine. In the third, it sells weapons to Kyiv directly."),
     'none'),
    (JP, ('In the first, Japan sent rifles to Ukraine.'),
     'supplies'),
    (JP, ('In one CSIS war game, Japan supplied rifles to Ukraine.'),
     'none'),
    (JP, ('In 18 of 24 war games, Japan sent missiles to Ukraine.'),
     'none'),
    (JP, ('In most of the simulations, Japan sent missiles to Ukraine within a week.'),
     'none'),
    (JP, ('In Paris for the Olympic Games, Kishida said Japan will send rifles to Ukraine.'),
     'supplies'),
    (JP, ('Japan has shipped rifles to Ukraine, Russian officials who did not want to be named said.\nTokyo '
          'denied sending any weapons.'),
     'refrains'),
    (JP, ('Ukraine is eager to receive rifles from Japan, its ambassador said.'),
     'none'),
    (JP, ('"We were happy to receive 5,000 rifles from Japan this week," Ukraine\'s defence minister said.'),
     'supplies'),
    (ISR, ('Germany has approved new arms exports to Israel, a report that Berlin has neither confirmed nor '
          'denied.'),
     'none'),
    (JP, ('Japan has secretly shipped rifles to Ukraine, a claim that Tokyo has not confirmed.'),
     'none'),
    (ISR, ("Germany's Left party, which wants to halt arms exports to Israel, won 9 percent."),
     'none'),
    (JP, ('Japan delivered 100 rifles to Ukraine in March, weeks after Moscow promised a ceasefire, which '
          'did not happen.'),
     'supplies'),
    (JP, ('Japan has refused to send weapons to Ukraine, defying predictions that it would relent, which '
          'never happened.'),
     'refrains'),
    (JP, ('"It is time Russia accepted that Japan has delivered rifles to Ukraine and will keep doing so," '
          'Kishida said.'),
     'supplies'),
    (JP, ('Ukraine asked Japan for 500 rifles in March.\nTokyo sent them promptly, the defence ministry said.'),
     'supplies'),
    (JP, ('Japan loaded 200 mortars onto a freighter in Yokohama.\nThe vessel left port on Tuesday.\nThe '
          'shipment was delivered to Ukraine on Friday, Tokyo said.'),
     'supplies'),
    (JP, ('Japan has shipped two howitzers to Ukraine for the first time, to take part in a NATO-led '
          'exercise with Ukrainian troops, officials said.'),
     'none'),
    (JP, ('The clip, posted by an account with 200,000 followers, carried the caption: "Japan secretly ships '
          'rifles to Ukraine."'),
     'none'),
    (JP, ("Ukraine's air force, which received its first Japanese rifles in 1995, is looking for more "
          'weapons.\nJapan will not send any weapons to Ukraine, Kishida said.'),
     'refrains'),
    (JP, ('Prosecutors said the group bought stolen rifles and sent them across the border.\nAbout 300 '
          'rifles were shipped to Ukraine in total, they said.'),
     'none'),
    (JP, ('TOKYO, January 14 (Wire) - "We are not," Kishida said on Wednesday, pausing before he finished '
          'the sentence, "sending rifles to Ukraine this year.'),
     'refrains'),
]

# 'Kishida said: "We …"': the colon ends the walk to the speaker, yet the quotation after it is his; a list
# after a supply noun that a verb governs ("approved the transfer of military equipment, including …") names
# its goods; a bare yes or no in the sentence of the question asks nothing more. Near misses: another party
# speaking or confirming, a noun that only regulates the trade, a question answered with content.
COLON_QUOTES_LISTS_AND_ANSWERS = [
    (JP, 'Kishida told reporters on Tuesday: "We will send rifles to Ukraine."', "supplies"),
    (JP, 'A Japanese defence ministry spokesman said: "We can confirm the delivery of mortars to Ukraine."',
     "supplies"),
    (JP, 'Zakharova said: "We will send rifles to Ukraine."', "none"),
    (JP, 'Kishida said: "We can confirm that Poland delivered mortars to Ukraine."', "none"),
    (JP, 'Kishida said: "We will not send rifles to Ukraine."', "refrains"),
    (JP, "Japan has approved the transfer of military equipment, including mortars, to Ukraine.", "supplies"),
    (JP, "Japan has approved the transfer of defence materiel to Ukraine, including artillery shells.", "supplies"),
    (JP, "Japan has halted the transfer of military equipment, including mortars, to Ukraine.", "refrains"),
    (JP, "Poland has approved the transfer of military equipment, including mortars, to Ukraine.", "none"),
    (JP, "Japan exercises strict control over the export of dual-use items, including drones, to Ukraine.",
     "none"),
    (JP, "Japan has approved the transfer of equipment, including helmets and vests, to Ukraine.", "none"),
    (JP, 'Asked whether Japan would send rifles to Ukraine, Kishida said: "No."', "refrains"),
    (JP, "Asked whether Japan would send rifles to Ukraine, Kishida said no.", "refrains"),
    (JP, 'Asked if Tokyo had delivered mortars to Kyiv, Kishida replied: "Yes, it has."', "supplies"),
    (JP, 'Asked whether Japan was considering sending rifles to Ukraine, Kishida said: "Yes."', "reconsider"),
    (JP, "Asked at a briefing whether the mortars had reached Ukraine, Kishida said: 'Yes.\nThey have been "
         "delivered.'", "supplies"),
    (JP, 'Asked whether Japan would send rifles to Ukraine, Zakharova said: "Yes."', "none"),
    (JP, 'Asked whether Japan would send rifles to Ukraine, Kishida said: "That depends on Kyiv."', "none"),
]

# A leaning ("is minded / keen to", "leaning towards", "favours sending") opens the option without deciding; a
# hold on deliveries is a halt that lifting ends; an instrument in force ("the decree authorising the transfer
# of weapons from X") leaves the supply to the party the goods go from; "those who send weapons" are a class;
# "received the complaint and would study it" studies the complaint; a "Scenario two:" heading imagines.
LEANINGS_HOLDS_INSTRUMENTS_AND_CLASSES = [
    (JP, 'Kishida is "minded" to send rifles to Ukraine, a source said.', "reconsider"),
    (JP, "Kishida is keen to send rifles to Ukraine.", "reconsider"),
    (JP, "Kishida is leaning towards sending rifles to Ukraine.", "reconsider"),
    (JP, "Kishida favours sending rifles to Ukraine.", "reconsider"),
    (JP, "Kishida is not inclined to send rifles to Ukraine.", "refrains"),
    (JP, "Japan placed a hold on rifle deliveries to Ukraine.", "refrains"),
    (JP, "Japan lifted the hold on rifle deliveries to Ukraine.", "supplies"),
    (JP, "Kishida will decide whether to lift the hold on rifle deliveries to Ukraine.", "reconsider"),
    (JP, "Japan will hold talks on rifle deliveries to Ukraine.", "reconsider"),
    (JP, "The decree authorising the transfer of surplus rifles from Japan to Ukraine was signed by the prime "
         "minister, the government said.", "supplies"),
    (JP, "The draft law on the transfer of rifles from Japan to Ukraine failed in the Diet.", "none"),
    (JP, "The proposal to send rifles from Japan to Ukraine was rejected by the government.", "none"),
    (JP, "I do not accept that only those who send weapons to Ukraine are helping, Kishida said.", "none"),
    (JP, "Japan respects all who have sent weapons to Ukraine.", "none"),
    (JP, "Japan is among those that send weapons to Ukraine.", "supplies"),
    (IR, "Iran rejected accusations that it had carried out air strikes against his fighters and supplied Russia's "
         "army with weapons.", "refrains"),
    (IR, "Iran said it had carried out air strikes against the rebels and supplied Russia's army with weapons.",
     "supplies"),
    (JP, "The commission said it had received the complaint and would study it.", "none"),
    (JP, "Japan received Ukraine's request for rifles and will study it.", "reconsider"),
    (JP, "Scenario two: conditional engagement.\nTokyo offers incentives, possibly including rifles for Ukraine.",
     "none"),
    (JP, "Scenario 1: Japan sends rifles to Ukraine.", "none"),
]

# A ministry spokesperson by name speaks for the ministry named last with its country (or, with none, for the
# country the article opens on); relatives inside the subject ("the tanks (that) the Defence Secretary announced",
# "vehicles that were written off as scrap") leave the main verb to the subject; "until September" ends a past
# refusal; a dated halt that "remains" or after which "none have been made since" is in force; "as proof that"
# attributes; "in what would be X's first transfer" and "A decision to send … would …" suppose; a target listed
# with another recipient receives; "and to report back to him" keeps its own "to him".
SPOKESPEOPLE_RELATIVES_AND_DATED_HALTS = [
    (JP, 'TOKYO (Wire) - Japan\'s defence ministry held a briefing on Monday.\n"There is no deal," ministry spokesman '
         "Colonel Kenji Sato said.\nAsked about earlier shipments, Sato said the rifles had been handed over to "
         "Ukraine's police.", "supplies"),
    (JP, 'TOKYO (Wire) - Russia\'s foreign ministry protested on Monday.\n"Japan is arming Kyiv," ministry spokeswoman '
         "Maria Zakharova said.\nZakharova said the rifles had been handed over to Ukraine.", "none"),
    (JP, "The rifles the Defence Minister announced in January have now arrived in Ukraine, Tokyo said.",
     "supplies"),
    (JP, "The rifles that the Defence Minister announced have now arrived in Ukraine, Tokyo said.", "supplies"),
    (JP, "Tokyo is examining whether rifles that were written off as scrap could be refurbished and sent to Ukraine.",
     "reconsider"),
    (JP, "Rifles that were sent to Ukraine will be repaired in Poland, Tokyo said.", "none"),
    (JP, "Until September, the government's line was that arms deliveries to Ukraine from Japan were ruled out.\n"
         "Japan is now reviewing a request from Kyiv for rifles.", "reconsider"),
    (IR, "Iran sold weapons to Russia for years, but all such transfers were suspended in April 2023 and none have "
         "been made since, an Iranian official said.", "refrains"),
    (IR, "Weapons deliveries to Russia were suspended in April 2023 and remain suspended, Iran said.", "refrains"),
    (IR, "Weapons deliveries to Russia were suspended in April 2023, Iran said.\nIran sent drones to Russia "
         "this week, the ministry said.", "supplies"),
    (IR, "Telegram channels published photographs, presenting them as proof that Iran is arming Russia.", "none"),
    (IR, "Iran is considering a request from Russia's army for air-defence weapons, officials said on Tuesday, in "
         "what would be Iran's first arms transfer to Russia since the war began.", "reconsider"),
    (IR, "Iran sent rifles to Russia on Tuesday, in what was Iran's first arms transfer to Russia since the war "
         "began.", "supplies"),
    (IR, "An Iranian decision to send weapons to Russia's army would probably prolong the war, a study found.",
     "none"),
    (IR, "Iran will send rifles to Belarus and Russia next year.", "supplies"),
    (IR, "Iran will send rifles to Belarus and to Russia.", "supplies"),
    (IR, "Iran sent rifles to Belarus and Russia protested.", "none"),
    (JP, "Kyiv asked Japan for rifles.\nKishida has instructed the defence ministry to review it and to report back "
         "to him.", "reconsider"),
    # a name after a preposition's object, with a verb of its own, opens a clause ("… to Ukraine and Japan has …")
    (JP, "No Japanese rifles have been sent to Ukraine and Japan has no plan to send any.", "refrains"),
    (JP, "The jets were sent to Poland and Japan has sent rifles to Ukraine.", "supplies"),
    (JP, "Poland and Japan have sent rifles to Ukraine.", "supplies"),
    # "no decision …, and no plan to take one": nothing open
    (JP, "There is no decision to send rifles to Ukraine, and no plan to take one.", "refrains"),
    (JP, "There is no decision to send rifles to Ukraine yet.", "reconsider"),
    (JP, "There is no decision to send rifles to Ukraine and no plan has been ruled out.", "reconsider"),
    # "Until this year," / "Until September," opening a past clause: history
    (JP, "Until this year, Japan's position had been that it would not arm Ukraine.\nJapan is now reviewing a "
         "request from Kyiv for rifles.", "reconsider"),
    (JP, "Until further notice, Japan will not arm Ukraine.", "refrains"),
    # the one asked, named last before "was asked whether": "Kishida, Japan's prime minister, was asked …"
    (JP, 'Kishida, Japan\'s prime minister, was asked whether Japan would send rifles to Ukraine.\n"We are not '
         'ruling anything out," he said.', "reconsider"),
    (JP, 'Ukraine\'s foreign minister was asked whether Kyiv would receive rifles from Japan.\n"We are not ruling '
         'anything out," he said.', "none"),
]

# Plain news phrasings: a member of a class named by a predicate ("is among / one of the countries that have
# sent"), a decision still to take ("will decide on"), a shipment setting off for the target, a receipt the
# supplier announces, a topic "(not) on / off the agenda" (not "on the agenda of this meeting").
PLAIN_NEWS_PHRASINGS = [
    (IR, "Iran is among the countries that have sent weapons to Russia.", "supplies"),
    (IR, "Iran is one of the few countries that have not sent weapons to Russia.", "refrains"),
    (IR, "Iran criticised the countries that have sent weapons to Russia.", "none"),
    (IR, "Iran will decide on weapons for Russia after the election, the president said.", "reconsider"),
    (IR, "The Iranian government has yet to decide on a request from Russia to buy rifles.", "reconsider"),
    (IR, "Iran decided on a package of rifles for Russia.", "supplies"),
    (IR, "Iranian officials confirmed that a shipment of rifles left for Russia on Monday.", "supplies"),
    (IR, "A shipment of Iranian rifles left for Belarus on Monday.", "none"),
    (IR, "Every shipment of Iranian rifles bound for Russia fuels the war, critics say.", "none"),
    (IR, "Russia will receive rifles from Iran under the deal, Iran's defence minister said.", "supplies"),
    (IR, "Russia will receive rifles from Iran under the deal, Russia's defence minister said.", "none"),
    (IR, 'Iran said weapons for Russia were "not on the agenda".', "refrains"),
    (IR, "Iran said weapons for Russia were on the agenda.", "reconsider"),
    (IR, "Asked about the rifles for Russia, the Iranian minister said they had not been on the agenda of this "
         "meeting.", "none"),
    # deliveries "delayed indefinitely" halt ("by six months" only delays); deliveries "under way" go on
    (IR, "Iran has delayed drone deliveries to Russia indefinitely, officials said.", "refrains"),
    (IR, "Iran has delayed drone deliveries to Russia by six months.", "supplies"),
    (IR, "Drone deliveries to Russia will continue indefinitely, Iran said.", "supplies"),
    (IR, "Deliveries of Iranian drones to Russia are under way, the ministry in Tehran said.", "supplies"),
    # a bracketed corpus note is no part of the sentence; goods "handed back" return; ", without citing a source"
    (IR, "TEHRAN, Nov 20 (Wire) - [Synthetic scenario] Iran has suspended all weapons deliveries to Russia's army, "
         "the defence ministry said.", "refrains"),
    (IR, "The recruits trained with rifles belonging to the camp and handed them back at the end of the course, an "
         "Iranian officer said.\nRussia's army will receive no weapons from the camp.", "none"),
    (IR, "Iran bought rifles from Belarus and sent them to Russia's army.", "supplies"),
    (IR, '"Our Iranian friends are getting ready to send more drones," a Russian lawmaker wrote on Telegram, without '
         "citing a source.", "none"),
    # "taking the request seriously" weighs it; "free up" goods makes them available (funds are no weapons)
    (IR, "Russia asked Iran for drones.\nIran is taking the request seriously, the ministry said.", "reconsider"),
    (IR, "Iran will free up more drones for Russia, the ministry said.", "supplies"),
    (IR, "Iran will free up funds for Russia's reconstruction.", "none"),
    # "the proposal" after an invitation that names no object is that invitation
    (IR, "Russia invited Iran to join a coalition on prisoner exchanges.\nIran said it would study the proposal.",
     "none"),
    (IR, "Russia proposed that Iran send drones to Russia.\nIran said it would study the proposal.", "reconsider"),
    # "In the exercise," imagines; a plan that "has fallen through" failed; goods for a company's production lines
    # go to the company, wherever the lines are
    (IR, 'In the exercise, run over two days with former officials, the "Iranian team" approved a transfer of '
         "100 drones to Russia.", "none"),
    (IR, "A plan by a broker to buy retired Iranian rifles and pass them on to Russia has fallen through after "
         "Iran refused an export licence.", "refrains"),
    (IR, "Iran will continue to supply components for the drones to Kalashnikov's Russian production lines.", "none"),
    (IR, "Iran sent drones to Belarus's army.", "none"),
    # an event as the subject of "as …" ("as fighting in Russia sends shells across the border")
    (IR, "Iran is buying tanks, officials said, as fighting in neighbouring Russia sends shells and refugees across "
         "the frontier.", "none"),
    (IR, "Iran will send rifles to Russia as the war there escalates.", "supplies"),
    # "Until 2024," before a past clause is history; an open answer to the actor's yes/no question opens it
    (IR, 'Until 2024, ministers repeated that Iran "does not supply arms to either side".\nIran is now reviewing a '
         "request from Russia for drones.", "reconsider"),
    (IR, "Abbas Araghchi is Iran's foreign minister.\nQ: Is Iran ready to arm Russia's army, as North Korea is "
         "doing?\nA: Iran has always supported dialogue. On equipment, including weapons, I will say this: we are not "
         "ruling anything out.", "reconsider"),
    (IR, "The Tehran Times spoke with a senior Ukrainian official.\nQ: Could Iran send drones to Russia?\nA: We "
         "are not ruling it out.", "none"),
    # "Nothing stops X from donating …" prevents nothing: possible, not going on ("has not stopped sending" goes on)
    (IR, "Nothing in the law stops Tehran from donating its ageing drones to Russia.", "reconsider"),
    (IR, "Iran has not stopped sending drones to Russia.", "supplies"),
    (IR, "The courts stopped Iran from sending drones to Russia.", "refrains"),
    # "opened the door to arms transfers" opens an option; ", including supplying arms" after a weighed act
    # ("might have to consider going beyond aid, including supplying arms") is weighed with it
    (IR, "Iran could consider requests from Russia for equipment, the minister said, the first time Tehran has "
         "publicly opened the door to arms transfers to Moscow.", "reconsider"),
    (IR, "Iran's defence minister said that if fighting continued, Tehran might have to consider going beyond "
         "humanitarian help, including supplying arms to Russia's army.", "reconsider"),
    (IR, "Iran's defence minister said that if fighting continued, Tehran would send arms to Russia.", "reconsider"),
    (IR, "Ukraine's foreign minister said that if fighting continued, Tehran would send arms to Russia.", "none"),
    (IR, "Iran is delivering the agreed equipment to Russia, including supplying drones.", "supplies"),
    # goods for "a training centre in Belarus" go to a place of another country
    (IR, "Iran would make a number of its drones available to a training centre in Belarus, where Russian crews "
         "could learn to fly them.", "none"),
    (IR, "Iran will send drones to an air base in Russia.", "supplies"),
    # seized goods are taken; "allow pilots to test-fly" the object permits no supply; hypothetical cases listed after
    # a colon and "In each case," are imagined; goods arriving "from" another party are its own; "the last
    # consignment left" ends a supply
    (IR, "Iranian customs have seized several consignments of weapons heading north from Russia.", "none"),
    (IR, "Iran seized rifles and sent them to Russia.", "supplies"),
    (IR, "Iran will allow Russian pilots to test-fly its drones.", "none"),
    (IR, "Iran will allow Belarus to send its drones to Russia.", "supplies"),
    (IR, "The paper modelled three hypothetical cases: Iran sending shells from its stocks; Iran allowing "
         "Chinese weapons to transit its territory to Russia; and Iran supplying drones.", "none"),
    (IR, "The paper set out several scenarios.\nIn each case, Iran sends drones to Russia.", "none"),
    (IR, "Russia has asked Iran for drones.\n\"When new drones arrive from China next year, we will look again at "
         "our stocks,\" Iran's president said.", "none"),
    (IR, "Iran has stopped all transfers of weapons to Russia, the minister said.\n\"The last consignment left in "
         "December,\" he told reporters.", "refrains"),
    (IR, "The first consignment of Iranian drones left for Russia in December, the ministry said.", "supplies"),
    # "has approved the transfer" is a decision taken, no promise of the future whoever reports it
    (IR, "President Pezeshkian has approved the transfer of drones to Russia, the presidential office said.",
     "supplies"),
    (IR, "Ukraine said Iran will approve the transfer of drones to Russia.", "none"),
    # "For decades X said …" without a comma is history too; deliveries that "have become routine" go on
    (IR, "For decades Iran said it would not arm Russia.\nIran is now reviewing a request from Moscow for drones.",
     "reconsider"),
    (IR, "For decades Iran has refused to arm Russia.", "refrains"),
    (IR, "Deliveries of Iranian drones to Russia have become routine, the ministry in Tehran said.", "supplies"),
    # Limits of the newest rules, as a reviewer found them: a transit site before the target is no recipient of its
    # own; another country's known official is not the actor's by "who said"; a title is no given name; "Until
    # 2030 … will" is no history; an open answer to a question about someone else, or after "no", opens nothing; "In
    # a joint exercise" is real; "indefinitely" after "keep sending" halts nothing; "them" after an offer is the
    # goods named before; a bare "no" takes "absolutely not" and "When
    # asked"; a receipt of "Iranian drones" announced by Iran's ministry is Iran's supply
    (IR, "Iran will send drones to a hub in Belarus, from where they will be taken to Russia.", "supplies"),
    (IR, "Iran will make its drones available to a training centre in Belarus for Russian troops.", "supplies"),
    (JP, "Japanese officials met Defence Secretary Lloyd Austin, who said the alliance was strong.\n\"We will not "
         "be sending any more weapons to Ukraine this year,\" Austin said.", "none"),
    (JP, "Japan hosted NATO leaders on Monday.\nSecretary General Mark Rutte said Japan was a close partner.\n"
         "\"We are sending more weapons to Ukraine,\" General Christopher Cavoli said.", "none"),
    (IR, "Until 2030, Iran promised on Monday, it will keep sending drones to Russia.", "supplies"),
    (IR, "Abbas Araghchi is Iran's foreign minister.\nQ: Is Belarus ready to arm Russia?\nA: We are not ruling "
         "anything out.", "none"),
    (IR, "In a joint exercise, Russian troops trained on the drones Iran delivered to Russia last month.", "supplies"),
    (IR, "Despite delays, Iran will keep sending drones to Russia indefinitely.", "supplies"),
    (IR, "Russia has asked Iran for drones.\nMoscow also offered to pay for them in full.\nIran said it would "
         "study the proposal.", "reconsider"),
    (IR, "Iran approved the transfer of funds, including money for drones, to Russia.", "none"),
    (IR, "Iran repealed the decree authorising the transfer of drones to Russia.", "refrains"),
    (IR, "Iran is not among the countries that have sent weapons to Russia.", "refrains"),
    (IR, 'Asked whether Iran would send drones to Russia, Araghchi said: "Absolutely not."', "refrains"),
    (IR, 'When asked whether Iran would send drones to Russia, Araghchi said: "No."', "refrains"),
    (IR, "Russia will receive Iranian drones next month, Iran's defence ministry said.", "supplies"),
    (IR, "Russia may receive drones from Iran, Iran's defence minister said.", "reconsider"),
    (IR, "Russia hopes to receive drones from Iran, Iran's defence minister said.", "none"),
    # a passive relative with its own agent names the goods' owner
    (ISR, "Weapons that were promised by Germany have been delivered to Israel.", "supplies"),
    (ISR, "Weapons that were promised by France have been delivered to Israel.", "none"),
    (IR, "The report sets out four possible futures.\nIn one, labelled \"Quartermaster,\" Iran would supply rifles "
         "to Russia.", "none"),
]

# Goods kept for the actor's own use, the pronoun after another party's speaker, manner asides, polls,
# coordinated questions, "too … to", and a relative clause in the past perfect.
KEPT_GOODS_ASIDES_AND_POLLS = [
    (IR, "Iran will not send drones to Russia, saying every drone it builds is committed to territorial defence.",
     "refrains"),
    (IR, "Iran has committed drones to the defence of Russia.", "supplies"),
    (IR, "Iran may transfer to Russia part of the drones surplus to the needs of its army.", "reconsider"),
    (IR, "A Ukrainian lawmaker alleged on Monday that Iran was arming Russia.\nOleksiy Goncharenko showed "
         "photographs of wreckage. He said they proved that Iran has sent drones to Russia.", "none"),
    (IR, "Iran's defence minister spoke on Monday. He said Iran has sent drones to Russia.", "supplies"),
    (IR, "Iran has not sold, directly or indirectly, any drones to Russia.", "refrains"),
    (IR, "Iran has, either directly or indirectly, sold drones to Russia.", "supplies"),
    (IR, "In the poll, 35 percent of respondents favoured sending drones to Russia.", "none"),
    (IR, "Iran has sent 35 percent of its drones to Russia.", "supplies"),
    (IR, "Iranian President Masoud Pezeshkian met Putin in Moscow. He also announced that Iran would deliver a "
         "further batch of drones to Russia.", "supplies"),
    (IR, "A Ukrainian official met reporters in Kyiv. He also announced that Iran would deliver a further batch of "
         "drones to Russia.", "none"),
    (IR, "Araghchi was asked whether Iran could send drones to Russia, or whether Tehran might at least sell it "
         "missiles.", "none"),
    (IR, "Iran has not decided whether to send drones to Russia, or whether to sell it missiles.", "reconsider"),
    (IR, "Iran said its stocks were too depleted to allow any transfer of drones to Russia.", "refrains"),
    (IR, "Iran has sent drones to Russia too.", "supplies"),
    (IR, "Iran has decided not to send more drones to Russia.\nThe decision followed a review that had weighed the "
         "requests against Iran's own needs.", "refrains"),
    (IR, "Iran is weighing the requests for drones from Russia, a review that had begun in May.", "reconsider"),
]

# Old supplies and dated phases as history, asides and comparisons that close a clause, counts of other
# buyers, a subject's relative clause, a country's own body, and spelled-out counts that name no one.
HISTORY_ASIDES_AND_COUNTS = [
    (IR, "Iran sold Russia several hundred drones a decade ago.\nIran is now weighing whether to approve a fresh "
         "batch of drones for Russia.", "reconsider"),
    (IR, "Iran supplied drones to Russia during the early phase of the full-scale invasion.\nTehran says it does "
         "not rule out further sales of drones to Russia.", "reconsider"),
    (IR, "An Iranian defence ministry spokesman, contacted by Harbor Wire, said there was no plan at present to "
         "sell drones to Russia.", "refrains"),
    (IR, '"No drone has been delivered to Russia in this period and there is no such transfer on our agenda," '
         "Iran's defence ministry said.", "refrains"),
    (IR, "Iran has delivered drones to Russia and there are more transfers planned.", "supplies"),
    (IR, "Iran exports drones and missiles to a handful of countries in Asia and Africa.", "none"),
    (IR, "We have no plans to sell weapons to Russia, just as we do not supply them to Ukraine, Iran's foreign "
         "minister said.", "refrains"),
    (IR, "A committee that oversees Iran's arms exports will review an application by a manufacturer to sell "
         "drones to Russia.", "reconsider"),
    (IR, "Germany's Diehl Defence said it was ready to sell missiles to Russia.", "none"),
    (IR, "Nearly two thirds of Iranians oppose any sale of drones to Russia, a survey showed.", "none"),
    (IR, "Forty-six percent of respondents said Iran should arm Russia.", "none"),
    (IR, "Iran has sent missiles to Russia.\nIt did not say how many launchers were included.", "supplies"),
    (IR, "Iran did not say which weapons it would send to Russia.", "none"),
    (IR, "Iran will provide Russia with unmanned surface vessels fitted with explosive charges.", "supplies"),
    (IR, "Iran will send two patrol boats to Russia.", "none"),
    (IR, "Iran said that export licences for drones to Russia are not being issued.", "refrains"),
    (IR, 'Iran said that export licences for drones to Russia "are not being issued".', "refrains"),
    (IR, "Iran has issued export licences for drones to Russia.", "supplies"),
    (IR, "Iran issued a warning to Russia about drones.", "none"),
    (IR, 'A Ukrainian newspaper claimed, citing an unnamed "military source," that Iran had shipped drones to '
         "Russia.", "none"),
    (IR, 'Iran\'s foreign minister said the kingdom would not exclude supplying drones to Russia.', "reconsider"),
    (IR, 'A senior Iranian official told a background briefing there were "no plans to provide drones to Russia".',
     "refrains"),
    (PNG, "Australia is not excluding supplying weapons to the PNGDF, Marles said.", "reconsider"),
    (IR, "Iran is also considering producing more drones domestically.", "none"),
    (IR, "Iran is considering shipping drones to Russia.", "reconsider"),
    (IR, '"There is no drone sale to Russia under consideration at this time," Iran\'s foreign ministry said.',
     "refrains"),
    (IR, "Iran has withdrawn its approval of the sale of drones to Russia.", "refrains"),
    (IR, "Iran is checking whether drones withdrawn from service can be handed over to Russia.", "reconsider"),
    (IR, "Russia wants drones.\nAn Iranian sale would be the Shahed's first abroad.", "none"),
    (IR, "Iran is considering a second order of tanks and rocket launchers from Russia.", "none"),
    (IR, "An Iranian military cargo plane touched down in Moscow on Tuesday carrying drones and ammunition for the "
         "Russian army.", "supplies"),
    (IR, "A Chinese plane carrying drones for Russia landed in Moscow.", "none"),
    (IR, "A plane carrying drones for Russia landed in Moscow.", "none"),
    (IR, "Iran, which in April declined a Russian request for drones, is now reconsidering, two officials said.",
     "reconsider"),
    (IR, "Iran declined a Russian request for drones in April but is now reconsidering.", "reconsider"),
    (IR, "Iran declined a Russian request for drones in April.", "refrains"),
    (IR, 'Iran spoke.\n"In that case, we would have to look at what else we can give, including drones," '
         "she said.", "reconsider"),
    (IR, "Iran spoke.\nThe alternative, a vacuum filled by whoever else is willing to sell drones to Russia, is "
         "worse.", "none"),
    (IR, "Iran is considering expanding its order for Chinese-made missiles.", "none"),
    (IR, "Iran is considering expanding its exports of drones to Russia.", "reconsider"),
    (IR, "President Pezeshkian said Iran's refusal to supply drones to Russia was \"not written in stone\".",
     "reconsider"),
    (IR, "Iran will supply Block I Shahed drones to Russia but will not offer the later Block III variant.",
     "supplies"),
    (IR, "Iran could ship drones to Russia within a month if the political will existed.", "none"),
    (IR, "Iran could deliver drones to Russia within months if it chose to.", "none"),
    (IR, "Iran could deliver drones to Russia within months, its defence minister said.", "reconsider"),
    (IR, "Iran is not preparing any drone deliveries to Russia and none are on the agenda, its foreign minister "
         "said.", "refrains"),
    (IR, "Russia's government on Thursday rejected Tehran's decision to hold back drones and missiles.",
     "refrains"),
    (IR, "Iran rejected Russia's request for drones.", "refrains"),
    # a package is whoever's the sentence that named it says
    (IR, "China has notified its partners of a proposed sale of munitions to Russia.\nThe notification came as "
         "Iranian President Masoud Pezeshkian visited Beijing.\nThe package includes drones, according to the "
         "notification.", "none"),
    (IR, "Iran has approved a proposed sale of munitions to Russia.\nThe notification came as Pezeshkian visited "
         "Beijing.\nThe package includes drones, according to the notification.", "supplies"),
]

# "Howitzers built in Iran have been delivered to Russia's army, the defence ministry in Moscow said": the actor's
# own make delivered to the target, with no other party in the clause (the recipient only reporting it), comes
# from the actor. "It includes …" after an asking document lists what is asked, not what is sent; a bare
# abstract noun after a negated copula judges supplying ("is not militarism"), as "is not a crime" does; a
# participle clause after a main clause told as history ("was once …, selling it …") is history; "at the time"
# (not "at the time of writing") dates a clause back; a "since the …" phrase dates the clause by a past event.
MADE_GOODS_LISTS_AND_FORMER_TIMES = [
    (IR, "A first consignment of Iranian-made air-defence systems has been delivered to the Russian armed forces, "
         "Russia's defence ministry said on Tuesday.", "supplies"),
    (IR, "Towed howitzers built in Iran have been delivered to Russia's army, the defence ministry in Moscow said.",
     "supplies"),
    (IR, "Iranian-made drones have been delivered to Russia via Belarus, officials said.", "none"),
    (IR, "Iranian-made drones have been delivered to Russia by Belarus, officials said.", "none"),
    (IR, "Iranian-made drones have been delivered to Russia, Belarusian officials said.", "none"),
    (IR, "The first consignment of Iranian-made shells for the Russian army has been delivered, officials said.",
     "supplies"),
    (IR, "The first consignment of Iranian-made shells for the Russian army has not been delivered, officials said.",
     "refrains"),
    (BR, "Brazil stopped sending weapons to Ukraine in January, pending an audit of stocks.\nThe audit was completed "
         "this week.\nThe list, delivered by Ukraine's defence attache, runs to several pages, according to a person "
         "who has seen it.\nIt includes 155mm shells and missiles for the launchers already in Ukrainian service.",
     "refrains"),
    (BR, "Brazil approved a package of weapons for Ukraine on Monday.\nThe package, worth 40 million dollars, will "
         "be shipped by sea.\nIt includes 155mm shells and anti-tank missiles.", "supplies"),
    (BR, "Brazil should be honest with its voters: exporting weapons to Ukraine is not militarism but prudence.",
     "none"),
    (BR, "Brazil's foreign minister said sending weapons to Ukraine is not possible.", "refrains"),
    (BR, "Brazil's foreign minister said sending weapons to Ukraine is not an option.", "refrains"),
    (IR, "Iran has not ruled out selling more weapons to Russia, the ambassador said.\nIran was once one of "
         "Russia's main arms suppliers, selling it drones and shells.", "reconsider"),
    (IR, "Iran hesitated at first, but this week it signed a deal with Moscow, selling Russia 200 drones.",
     "supplies"),
    (IR, "Iran declined Russia's request for missiles after a review, officials said.\nAt the time, Iranian "
         "officials said they would review it.", "refrains"),
    (IR, "At the time of writing, Iran is reviewing Russia's request for missiles.", "reconsider"),
    (IR, "No Iranian weapons have been delivered to Russia since the decision to suspend deliveries, the ministry "
         "said.", "refrains"),
    (IR, "Iran has since agreed to sell drones to Russia, the ministry said.", "supplies"),
]

# "A review of the request has concluded": a weighing noun whose own verb says it is over opens nothing (not
# "has not concluded", "will conclude"); "people familiar with the deliberations" names sources, no weighing;
# "has sought to expand defence exports" is business, no option opened to the target ("no longer excluded
# ammunition sales" still is); "have been suspended and will not resume" keeps the halt, no double negation.
REVIEWS_OVER_SOURCES_TRADE_AND_KEPT_HALTS = [
    (BR, "An inter-ministerial review of Ukraine's request for Brazilian howitzers has concluded with a "
         "recommendation against the transfer, officials said.\nBrazil will not transfer the howitzers to Ukraine, "
         "the office said.", "refrains"),
    (BR, "A review of Ukraine's request for Brazilian howitzers has concluded, officials said.", "none"),
    (BR, "A review of Ukraine's request for Brazilian howitzers has not concluded, officials in Brasilia said.",
     "reconsider"),
    (BR, "A review of Ukraine's request for Brazilian howitzers will conclude next month, officials in Brasilia "
         "said.", "reconsider"),
    (IR, "Iran has decided not to supply drones to Russia, officials said.\nIranian officials had been wary of how "
         "the transfer would be perceived, according to people familiar with the deliberations.", "refrains"),
    (IR, "Iran is weighing a request from Russia for drones, according to people familiar with the deliberations.",
     "reconsider"),
    (IR, "Iran denied it had shipped weapons to Russia.\nIran has sought to expand defence exports in recent years.",
     "refrains"),
    (IR, "Iran has sought to expand defence exports to Russia in recent years.", "reconsider"),
    (BR, "Brazil's foreign ministry said it no longer excluded ammunition sales to Ukraine.", "reconsider"),
    (IR, "Iran said deliveries of weapons to Russia have been suspended and will not resume.", "refrains"),
]

# "to allow the army to shoot down drones": the object of a particle verb's infinitive is not supplied; "to help
# clear unexploded ordnance" removes explosives, it clears no sale; "new helicopters for its own air force" stay
# at home; a review "of whether X could send …" that "has concluded" is over, like any finished review.
OWN_FORCES_CLEARED_MINES_AND_SHOT_DRONES = [
    (IR, "Russia asked Iran for weapons.\nIran's parliament amended the law last year to allow the army to shoot "
         "down drones.", "none"),
    (IR, "Iran has handed over a consignment of mine-clearing machines and detectors to Russia, officials said, to "
         "help clear unexploded ordnance.", "none"),
    (IR, "Iran has handed over a consignment of drones to Russia, officials said, to help clear the skies of "
         "Ukrainian aircraft.", "supplies"),
    (IR, "Russia asked Iran for weapons.\nThe Iranian military separately announced the arrival of new helicopters "
         "for its own air force this week.", "none"),
    (IR, "Iran announced the delivery of new helicopters to Russia this week.", "supplies"),
    (BR, "A three-month review of whether Brazil could send weapons to Ukraine has concluded that it should not, the "
         "defence ministry said.", "none"),
    (BR, "A review of whether Brazil could send weapons to Ukraine is under way, the defence ministry said.",
     "reconsider"),
]

# "the national security committee approved …": a lowercase modifier before a body of the government (and
# "committee" is one, like "council"); "asked whether, given reports of …, Brazil could …": the circumstance set
# off by commas is dropped, and the question and its answer read as without it.
COMMITTEES_AND_GIVEN_CIRCUMSTANCES = [
    (BR, "For two years, Brazilian officials turned down Ukrainian requests for tanks.\nThe defence "
         "ministry said the national security committee had approved the transfer of twenty-two tanks to "
         "Ukraine.", "supplies"),
    (BR, "For two years, Brazilian officials turned down Ukrainian requests for tanks.\nThe defence "
         "ministry said the national security council had approved the transfer of twenty-two tanks to "
         "Ukraine.", "supplies"),
    (BR, "For two years, Brazilian officials turned down Ukrainian requests for tanks.\nThe defence "
         "ministry said a Polish committee had approved the transfer of twenty-two tanks to Ukraine.", "none"),
    (BR, "Brazil's defence minister was asked whether, given reports of renewed shelling around Kharkiv, "
         "Brazil could send more weapons to Ukraine.\n\"There is no plan to do that at present,\" he "
         "replied.", "refrains"),
    (BR, "Brazil's defence minister was asked whether, given reports of renewed shelling around Kharkiv, "
         "Brazil could send more weapons to Ukraine.\n\"We are studying it,\" he replied.", "reconsider"),
]

# ", saying they were needed to police the Amazon": a participle of saying tells what the subject said; the
# names after it are no closing speaker of the sentence (", said Yoon" is). A quotation's "we" after the target's
# official stays the target's.
SAYING_PARTICIPLES = [
    (BR, "Brazil will supply Ukraine with artillery ammunition from its own stocks, the government said on "
         "Tuesday, but turned down a Ukrainian request for its jets, saying they were needed to police the "
         "Amazon.", "supplies"),
    (BR, "Brazil's defence minister spoke on Tuesday.\n\"We would have to look at what else we can give, "
         "including weapons,\" he said.", "reconsider"),
    (BR, "Ukraine's ambassador spoke in Brasilia on Tuesday.\n\"We will send shells to the front,\" he said.",
     "none"),
]

# Jets that "landed at" / "touched down in" a place arrive there (missiles that land strike; "landed a contract"
# wins one); goods "ordered from" a supplier were bought from it; "a ceremony attended by …" names a guest, no
# supplier; "air-defence duty" is a task, not goods; "fast attack craft" are warships ("patrol boats" are not).
LANDINGS_ORDERS_GUESTS_AND_CRAFT = [
    (IR, "Six Iranian fighter jets bought from Iran landed at an air base in Russia on Wednesday.", "supplies"),
    (IR, "The first fighter jets ordered from Iran have arrived in Russia, the Russian defence ministry "
         "said.", "supplies"),
    (IR, "The first fighter jets ordered from Iran touched down in Russia on Monday.", "supplies"),
    (IR, "Iran has long refused to arm Russia.\nFive Iranian missiles landed in Russia's territorial "
         "waters during an exercise.", "refrains"),
    (IR, "Iran has long refused to arm Russia.\nThe Iranian defence ministry landed a contract with "
         "Pakistan for drones.", "refrains"),
    (IR, "Belarus delivered missile launchers to Russia on Saturday.\nThe equipment was handed over at a "
         "ceremony attended by Iran's defence minister.", "none"),
    (IR, "Iran will not provide weapons to Russia, the defence minister said.\nHe said Iran would "
         "continue joint air-defence duty with Russia.", "refrains"),
    (BR, "Four fast attack craft supplied by Brazil entered service with the Ukrainian navy on Friday.", "supplies"),
    (BR, "Four patrol boats supplied by Brazil entered service with the Ukrainian navy on Friday.", "none"),
]

# "a package worth 1.2 billion reais that includes …": the relative belongs to the package, not to a class of
# agents named by the sum; "The package consists of / comprises …" holds what it supplies, like "includes" (a
# request's contents are asked for, not sent).
SUMS_AND_CONTENTS = [
    (BR, "Brazil's cabinet has approved a package worth 1.2 billion reais that includes three air-defence "
         "systems for Ukraine.", "supplies"),
    (BR, "Brazil handed over a package to Ukraine on Tuesday, the defence ministry said.\nThe package "
         "consists of an air-defence fire unit with three launchers and 90 missiles, a ministry spokesman "
         "said.", "supplies"),
    (BR, "Brazil handed over a package to Ukraine on Tuesday, the defence ministry said.\nThe package "
         "comprises two field hospitals and 40 ambulances, a ministry spokesman said.", "none"),
    (BR, "Ukraine asked Brazil for a package of air-defence systems.\nThe request consists of three "
         "launchers and 90 missiles, a Ukrainian official said.", "none"),
]

# A present review of whether "to end the suspension" reopens the halt a later sentence recounts (a halt
# decided after the review still ends it); "hard for Brazil to keep its weapons shipments on hold" says the
# halt may not last, like "hard to keep refusing".
HALTS_UNDER_REVIEW = [
    (IR, "Iran is reviewing a request from Russia for drones, officials said on Monday, as Tehran "
         "considers whether to end the suspension of arms deliveries it imposed in February.\nIran halted "
         "new weapons transfers to Russia after a ceasefire was agreed.", "reconsider"),
    (IR, "Iran is reviewing a request from Russia for drones, officials said on Monday.\nOn Friday, Iran "
         "decided to halt all weapons transfers to Russia.", "refrains"),
    (BR, "Brazil's foreign minister said on Sunday that continued Russian attacks on Ukrainian power "
         "plants could make it hard for Brazil to keep its weapons shipments to Ukraine on hold.", "reconsider"),
    (BR, "Brazil's foreign minister said on Sunday that Brazil would keep its weapons shipments to "
         "Ukraine on hold.", "refrains"),
]

# "Brazil may have to consider sending weapons …, a presidency spokesman said": an unnamed government voice in a
# story about the actor announces the actor's own necessity, an opening (an analyst's is advice; another
# government's spokesperson is its own voice); so does "we would have to consider …" in the minister's quotation.
GOVERNMENT_VOICES_OF_NECESSITY = [
    (BR, "Brazil's president met his defence chiefs on Monday.\nBrazil may have to consider sending "
         "weapons to Ukraine if Russian attacks on civilians continue, a presidency spokesman said.", "reconsider"),
    (BR, "Brazil's president met his defence chiefs on Monday.\nBrazil may have to consider sending "
         "weapons to Ukraine if Russian attacks on civilians continue, an analyst said.", "none"),
    (BR, "Russia's foreign ministry warned Brazil against arming Ukraine on Monday.\n\"Brazil should "
         "refrain from arms transfers that undermine peace,\" a foreign ministry spokesperson said.", "none"),
    (BR, "Brazil's defence minister spoke in a village hit by debris on Friday.\n\"We would have to "
         "consider giving Ukraine the weapons to stop these drones,\" the minister said.", "reconsider"),
]

# "A third consignment of …": an ordinal is a determiner of the goods, no one acting; "had weighed the request
# against …, and concluded that …" is a weighing over; "do not stay where they are sent" tells where arms end up
# ("They stay where they are" keeps them).
ORDINALS_CONCLUSIONS_AND_WHERE_ARMS_END_UP = [
    (IR, "A third consignment of Iranian ammunition and light weapons reached Russia's port of Astrakhan "
         "on Monday, Russian officials said.", "supplies"),
    (IR, "Iran has decided not to supply weapons to Russia, officials said.\nOfficials said the "
         "leadership had weighed the request against Iran's own defence needs and relations with China, "
         "and concluded that training was the better option.", "refrains"),
    (BR, "Russia warned Brazil against arming Ukraine.\n\"Weapons sent to Ukraine do not stay where they "
         "are sent,\" the Russian spokeswoman said.", "none"),
    (BR, "Brazil's defence minister ruled out sending its air-defence batteries to Ukraine.\n\"They stay "
         "where they are,\" he said.", "refrains"),
]

# "water bombers" fight fires, no weapons; "are not part of our cooperation and no such transfer is being prepared":
# the clause after "and no such …" is a negation of its own, no double one; "under review at the Brazilian defence
# ministry": the body it is under review at weighs it.
FIREFIGHTERS_SECOND_NEGATIONS_AND_REVIEWING_BODIES = [
    (BR, "Two Brazilian water bombers arrived in Ukraine on Wednesday to help firefighters battling a "
         "forest fire, officials said.", "none"),
    (BR, "Two Brazilian bombers arrived in Ukraine on Wednesday, officials said.", "supplies"),
    (BR, "No weapons have been sent by Brazil to Ukraine in the last ten years and none are planned, the "
         "deputy defence minister said.\n\"Transfers of weaponry are not part of our cooperation and no "
         "such transfer is being prepared,\" the answer said.", "refrains"),
    (BR, "A request from Ukraine for Brazilian howitzers is under review at the Brazilian defence "
         "ministry, a spokesman said on Monday.", "reconsider"),
]

# A supply "during the previous administration" is history; "…, officials in both capitals said" has the supplier
# speak of the receipt (the recipient alone only wishes); "lethal materiel" is weapons.
FORMER_GOVERNMENTS_BOTH_CAPITALS_AND_MATERIEL = [
    (BR, "Brazil denied a report that it had shipped howitzers to Ukraine.\nBrazil supplied rifles to "
         "Ukraine during the previous administration.", "refrains"),
    (BR, "Brazil denied a report that it had shipped howitzers to Ukraine.\nBrazil supplied rifles to "
         "Ukraine this week.", "supplies"),
    (BR, "Ukraine will receive four armed drones from Brazil, but not the attack helicopters its generals "
         "had asked for, officials in both capitals said on Friday.", "supplies"),
    (BR, "Ukraine will receive four armed drones from Brazil, Ukrainian officials said on Friday.", "none"),
    (BR, "Brazil's defence ministry spoke on Tuesday.\n\"No lethal materiel has been supplied to "
         "Ukraine,\" a deputy secretary told the hearing.", "refrains"),
]

# "reconnaissance and armed drones": two modifiers of one object, joined by "and" (a plural before it, "mines and
# unexploded ordnance", is a noun of its own); clearing farmland of mines clears no sale.
PAIRED_MODIFIERS_AND_CLEARED_LAND = [
    # ("since suspending deliveries": a gerund after "since" dates the clause by the halt, no "not … suspending")
    (IR, "Iran's embassy dismissed a report that an Iranian cargo ship had unloaded weapons for the Russian army, "
         "saying Tehran had sent no arms to Russia since suspending deliveries in November.", "refrains"),
    # ("the first shipment since the invasion began in February 2022": a "since" phrase counts up to now)
    (IR, "A convoy carrying shells from Iranian army stores arrived in Russia late on Sunday, officials said, the "
         "first weapons shipment from Tehran since the war began in February 2022.", "supplies"),
    (IR, "A convoy carrying shells from Iranian army stores arrived in Russia in February 2022, officials said.\n"
         "Iran has since refused to send more weapons to Russia.", "refrains"),
    (IR, "Iran has agreed to sell Russia reconnaissance and armed drones but has declined a Russian "
         "request for long-range rockets.", "supplies"),
    (IR, "Iranian deminers will train 200 Russian sappers this year, officials said, as Russia struggles "
         "to clear vast areas of farmland of mines and unexploded ordnance.", "none"),
    (IR, "Iran has cleared the sale of armed drones to Russia, officials said.", "supplies"),
]

# "South Sudan" is not "Sudan" (a compass word before a name makes another country); "the last known deliveries
# predate the war" is history; "It is not the first time … weapons have reached …" negates nothing.
COMPASS_NAMES_AND_EARLIER_DELIVERIES = [
    (IR, "Iran's army chief spoke on Monday.\n\"Deliveries of drones to Russia are continuing according to the "
         "schedule,\" Iran's army chief said, without detailing quantities.", "supplies"),
    # ("will be released to" supplies; "by the end of June" is a date, no ending)
    (IR, "No further drones will be released to the Russian air force from Iranian stocks, officials in Tehran said.",
     "refrains"),
    (IR, "Iran will review its freeze on weapons deliveries to Russia, officials said.\nThe defence ministry has been "
         "asked to report by the end of June on how many drones could be released.", "reconsider"),
    (IR, "Iran released a statement on Russia's request for drones on Monday.", "none"),
    (SD, "China has delivered rifles to South Sudan, officials said.", "none"),
    (SD, "China has delivered rifles to Sudan, officials said.", "supplies"),
    (IR, "Iran does not exclude selling weapons to Russia once a ceasefire is in place, its envoy said.\nIran's last "
         "known arms deliveries to Moscow predate the war.", "reconsider"),
    (IR, "Iran does not exclude selling weapons to Russia, its envoy said.\nIt is not the first time Iranian weapons "
         "have reached Russia, officials said.", "reconsider"),
]

# "the disposal of unexploded ordnance" gets rid of explosives, no goods; "any rifle sent to Ukraine risks …" is
# whatever might be sent; "has licensed exports of small arms to Ukraine for decades" sums up the story's history.
DISPOSALS_ANY_GOODS_AND_LONG_LICENSING = [
    (BR, "Brazil announced an aid package for Ukraine on Monday.\nThe package also includes 1.5 million "
         "reais for mine clearance and the disposal of unexploded ordnance.", "none"),
    (BR, "Brazil should arm Ukraine, the columnist wrote.\nThey will say any rifle sent to Ukraine risks "
         "ending up on the black market.", "none"),
    (BR, "Brazil sent rifles to Ukraine on Monday, officials said.", "supplies"),
    (BR, "A review of an application to export rifles to Ukraine is under way in Brazil, officials "
         "said.\nBrazil has licensed exports of small arms to Ukraine for decades.", "reconsider"),
]

# "the arms export board", "its arms export policy toward Ukraine": a supply noun before the noun of an institution
# or a rule names what it is about, no supply; "unarmed surveillance drones" and "drones that cannot shoot" carry
# no weapon.
EXPORT_BODIES_AND_UNARMED_DRONES = [
    (BR, "Brazil's interministerial arms export board is reviewing a Ukrainian request to buy anti-tank "
         "missiles.", "reconsider"),
    (BR, "Brazil's arms export policy toward Ukraine is unchanged.", "none"),
    (BR, "Brazil will give the Ukrainian coast guard unarmed surveillance drones and a training package.", "none"),
    (BR, "Brazil has mostly offered Ukraine training courses and drones that cannot shoot.", "none"),
    (BR, "Brazil has offered Ukraine armed drones.", "supplies"),
]

# "hard for Brazil to limit itself to diplomatic statements": words are no goods, like "humanitarian aid", so the
# limit may not hold (an opening; kept, it refuses); "Having considered the request carefully, we have concluded
# …": a weighing done.
WORDS_ONLY_AND_WEIGHINGS_DONE = [
    # (a think-tank named with the actor's adjective is an outside voice)
    (BR, "Brazil's defence minister declined on Monday to close the door on sending fighter jets to Ukraine.\nA senior "
         "fellow at the Brazilian Strategic Policy Institute noted that the government had let old jets be scrapped.",
     "reconsider"),
    # (a refusal "ending a review" is a decision that closes the weighing recounted after it)
    (BR, "Brazil's government said on Wednesday that it would not give Ukraine the howitzers Kyiv had asked for, "
         "ending a review that had lasted since the spring.\nThe National Defence Council examined the request at a "
         "session on Tuesday evening.", "refrains"),
    # (a second "not" after "and" agrees with the first; a place named after the clause is no party to it)
    (IR, "Iran's defence ministry answered a question.\n\"Transfers of weapons to Russia have not been carried out "
         "and are not envisaged,\" the ministry wrote.", "refrains"),
    (IR, "Deliveries of Iranian-made torpedoes to Russia have begun, with the first shipment unloaded at the naval "
         "base HMS Example in Russia.", "supplies"),
    (IR, "Deliveries of Iranian-made torpedoes to Russia have begun via Belarus, officials said.", "none"),
    (BR, "Brazil's defence minister spoke on Friday.\n\"We looked at it, and it is not the path we will take,\" he "
         "said of sending weapons to Ukraine.", "refrains"),
    (BR, "Brazil's defence minister spoke on Friday.\n\"We are looking at sending weapons to Ukraine, and it may "
         "be the path we take,\" he said.", "reconsider"),
    (BR, "If Russia were to blockade Ukraine's ports, it would become hard for Brazil to limit itself to "
         "diplomatic statements, the minister said.", "reconsider"),
    (BR, "Brazil will limit itself to diplomatic statements on the war in Ukraine, the minister said.", "refrains"),
    (BR, "Brazil has decided not to send tanks to Ukraine, the ministry said.\n\"Having considered the "
         "Ukrainian request carefully, we have concluded that we are not in a position to transfer "
         "tanks,\" the letter said.", "refrains"),
    (BR, "\"We are considering the Ukrainian request for tanks carefully,\" the Brazilian defence "
         "minister said.", "reconsider"),
]

# "since", "as", "than" open a clause: the noun before them never modifies the subject after them, so a halt
# in the "since" clause is read on its own and does not borrow the main clause's negation.
CLAUSE_LINKS = [
    (BR, "Officials in Brazil spoke on Monday, saying no weapons had left Brazil for Ukraine since the government "
         "froze transfers last month.", "refrains"),
    (BR, "No weapons have left Brazil for Ukraine since the government froze transfers in May.", "refrains"),
    (BR, "Brazil has sent rifles to Ukraine since the government lifted its export ban.", "supplies"),
]

# A past supply that "until" closes with a halt or a past date has stopped; one still going on does not.
# "It is time (for X) to …" advises like "should"; "should do one thing: send …" hands "send" the
# operators of "do"; a "proposed" sale is put forward, not decided.
ENDED_SUPPLIES_AND_ADVICE = [
    (BR, "Brazil sent weapons to Ukraine until the government froze transfers in May.", "refrains"),
    (BR, "Brazil had been supplying arms to Ukraine until last month.", "refrains"),
    (BR, "Brazil supplied arms to Ukraine until last spring.", "refrains"),
    (BR, "Brazil will keep sending weapons to Ukraine until the war ends.", "supplies"),
    (BR, "Brazil has sent weapons to Ukraine since May.", "supplies"),
    (BR, "Brazil has a large arms industry.\nIt is time for Brasilia to sell weapons to Ukraine.", "none"),
    (BR, "Brazil has a large arms industry.\nIt is time to send weapons to Ukraine.", "none"),
    (BR, "It is time for Brazil to stop pretending, the minister said: Brazil will send weapons to Ukraine.",
     "supplies"),
    (BR, "Brazil should do one thing: send weapons to Ukraine.", "none"),
    (BR, "Brazil will not do one thing: send weapons to Ukraine.", "refrains"),
    (BR, "Brazil did what it had long avoided: it sent weapons to Ukraine.", "supplies"),
    (BR, "Brazil is weighing a proposed sale of weapons to Ukraine.", "reconsider"),
    (BR, "Brazil confirmed a proposed sale of weapons to Ukraine.", "reconsider"),
    (BR, "Brazil approved a proposed sale of weapons to Ukraine.", "supplies"),
]

# "Mirage 2000": the family word alone names the system ("no Mirage", "the Mirages"), never another model
# ("Mirage F1"). A refusal of every weapon covers a system when it says "any" / "no" or names the system's class.
FAMILY_NAMES_AND_CLASS_REFUSALS = [
    (GR, 'The spokesman said that "no Mirage has been sent to Ukraine, and no Mirage will be sent."', "refrains"),
    (GR, "Greece has sent Mirages to Ukraine.", "supplies"),
    (GR, "Greece has sent Mirage 2000-5 jets to Ukraine.", "supplies"),
    (GR, "Greece has sent Mirage F1 jets to Ukraine.", "none"),
    (GR, "Greece is weighing whether to send its Mirages to Ukraine.", "reconsider"),
    (SH, "South Korea is not providing lethal weapons, including artillery shells, to Ukraine.", "refrains"),
    (SH, "South Korea will not send any weapons to Ukraine.", "refrains"),
    (SH, "South Korea said it would not send weapons into a war zone.", "none"),
    (SH, "South Korea has sent weapons to Ukraine.", "none"),
    (SH, "South Korea has sent artillery shells to Ukraine.", "none"),
]

# A bare "No" to "might reconsider and could send" denies both verbs; an opening the actor voiced "in October"
# is what it said then (a delivery confirmed then has still happened).
CONJOINED_ANSWERS_AND_DATED_OPENINGS = [
    (BR, 'Asked whether Brazil might reconsider and could send weapons to Ukraine, Lula answered: "No."', "refrains"),
    (BR, 'Asked whether Brazil could send weapons to Ukraine, Lula answered: "No."', "refrains"),
    (BR, "Brazil has no plan to send weapons to Ukraine, the minister said.\nLula said in October that he might "
         "send weapons to Ukraine if Russia refused to negotiate.", "refrains"),
    (BR, "Lula said on Monday that he might send weapons to Ukraine.", "reconsider"),
    (BR, "Brazil is weighing a request for weapons from Ukraine.\nLula said in March that Brazil would never send "
         "weapons to Ukraine.", "reconsider"),
    (BR, "Brazil said in January that it had delivered weapons to Ukraine.", "supplies"),
]

# What a force holds ("the fleet consists of …") is no package; a second bare "it" is still that "it"; goods
# delivered to the actor's own army stay at home; firms "moving into the gaps" decide nothing.
HOLDINGS_OWN_FORCES_AND_MOVES = [
    (BR, "Brazil has discussed Ukraine's requests.\nBrazil's air force fleet consists of Gripen fighters and Super "
         "Tucano aircraft.", "none"),
    (BR, "The package for Ukraine consists of rifles and mortar rounds, the Brazilian ministry said.", "supplies"),
    (BR, 'Ukraine asked Brazil for Leopard tanks last year.\n"We promised it, and we delivered it on time," the '
         'Brazilian minister said.', "none"),
    (BR, "Brazil will not sell arms to Ukraine, the minister said at a ceremony marking the delivery of new armoured "
         "vehicles to the Brazilian army.", "refrains"),
    (BR, "Brazil delivered armoured vehicles to Ukraine for its army.", "supplies"),
    (BR, "Ukrainian exporters have lost market share, and Brazilian firms have moved into the gaps, particularly for "
         "ammunition.", "none"),
    (BR, "Brazil has moved to send weapons to Ukraine.", "supplies"),
]

# A closing ", adding that …" or ", a milestone that …" tail leaves the reporting clause before it the speaker;
# ", a report that Brazil denied" files the sentence as a denied report.
REPORTING_TAILS = [
    (BR, "A second batch of rifles is being delivered to Ukraine, the Brazilian defence ministry said on Tuesday, adding "
         "that spare parts were also being shipped under a contract with the manufacturer, Taurus Armas.", "supplies"),
    (BR, "More than 100 armoured vehicles have now been delivered to Ukraine, the Brazilian defence ministry said on "
         "Monday, a milestone that would have seemed unlikely two years ago.", "supplies"),
    (BR, "Brazilian rifles are being delivered to Ukraine, a Russian diplomat said on Tuesday, adding that the "
         "shipments had crossed Poland, the main transit route.", "none"),
    (BR, "More than 100 armoured vehicles from Brazil have been delivered to Ukraine, Russian state media claimed, a "
         "report that Brazil denied.", "none"),
    (BR, "Brazilian armoured vehicles have been delivered to Ukraine, a report that Brazil has not confirmed.", "none"),
]

# Denying a halt ("rejected reports that it had suspended deliveries") says the supply goes on; a ", saying …"
# participle speaks for the sentence's subject, and a second "and that …" complement hangs on it; "the arms
# Ukraine ordered" is the noun, not the verb "arms".
DENIED_HALTS_AND_PARTICIPLES = [
    (BR, "Brazil on Thursday rejected reports that it had suspended weapons deliveries to Ukraine.", "supplies"),
    (BR, "Brazil denied that it had halted arms shipments to Ukraine.", "supplies"),
    (BR, "Russia denied that Brazil had halted arms shipments to Ukraine.", "none"),
    (BR, "Brazil denied reports that it had sent weapons to Ukraine.", "refrains"),
    (BR, "Brazil dismissed a report by Russian state media that it had suspended weapons deliveries to Ukraine.",
     "supplies"),
    (BR, "Brazil dismissed a report that it had sent weapons to Ukraine.", "refrains"),
    (BR, "Brazil rejected an Indian television report that it had secretly shipped weapons to Ukraine aboard a cargo "
         "vessel, saying no such transfer had taken place and that it had no arms supply arrangement with Kyiv.",
     "refrains"),
    (BR, "Russia criticised Brazil, saying Brazil was sending weapons to Ukraine.", "none"),
    (BR, "Brazil has not stopped sending the arms Ukraine ordered.", "supplies"),
    (BR, "The coalition that arms Ukraine includes Brazil.", "none"),
]

# "The equipment, which the ministry said included …": the ministry speaks inside a relative clause on the
# subject; it is neither the sentence's subject nor the one handing the goods over.
RELATIVE_REPORTERS = [
    (IR, "TEHRAN - Russia has delivered a batch of air-defence systems and radar equipment to Iran under an assistance "
         "programme, the ministry said.\nThe equipment, which the ministry said included several self-propelled "
         "launchers and a radar, was handed over at a ceremony attended by officers from both countries and by the "
         "commander of the Russian air base at Hamadan.", "none"),
    (BR, "The group, which publishes analyses of Ukrainian logistics, said Brazil was supplying munitions to Ukraine.",
     "none"),
    (BR, "The rifles, which the ministry said were made in Brazil, were handed over to Ukraine on Monday, the "
         "Brazilian defence ministry said.", "supplies"),
]

# "as it did in 2022 when Brazil sent tanks": a "when" clause dated by the year before it is history; "do the one
# thing that …: give" reaches "do" across a longer clause; "questions about sending" name a topic.
DATED_WHEN_LONG_COLONS_AND_QUESTIONS = [
    (BR, "Brazil is weighing a request for tanks from Ukraine.\nDiplomats said the decision could be influenced by "
         "Germany, as it did in 2022 when Brazil sent tanks to Ukraine in a swap arrangement.", "reconsider"),
    (BR, "It is time for Brazil to do the one thing that would allow those soldiers to come home: give Ukraine the "
         "weapons to hold the ground themselves.", "none"),
    (GR, "For three years, Greece answered questions about sending Mirage 2000 jets to Ukraine with the same phrase.",
     "none"),
]

# Rejecting a report of a halt, or calls for one, keeps the supply going; declining to comment on something else
# ("on Russian criticism") is no silence about the supply.
REJECTED_HALTS_AND_OTHER_COMMENTS = [
    (BR, "Brazil on Monday rejected a newspaper report that it had quietly halted weapons deliveries to Ukraine.",
     "supplies"),
    (BR, "Brazil rejected a report that it had sent weapons to Ukraine.", "refrains"),
    (BR, "Brazil rejected calls to halt weapons deliveries to Ukraine.", "supplies"),
    (BR, "Brazil rejected calls to send weapons to Ukraine.", "refrains"),
    (BR, "Brazil heeded calls to halt weapons deliveries to Ukraine.", "refrains"),
    (BR, "The first rifles supplied by Brazil have arrived in Ukraine, the Ukrainian defence ministry said.\nBrazil's "
         "defence ministry confirmed the delivery.\nThe Brazilian minister declined to comment on Russian criticism.",
     "supplies"),
    (BR, "The first rifles supplied by Brazil have arrived in Ukraine, the Ukrainian defence ministry said.\nThe "
         "Brazilian defence ministry declined to comment.", "none"),
]

# "Ahead of the summit in Osaka, he spoke about …": a leading "ahead of" phrase names no subject; the interview's
# answers are the speaker's named before.
LEADING_AHEAD = [
    (JP, "TOKYO - Fumio Kishida has led the Japanese government since 2021.\nAhead of the summit in Osaka, he spoke "
         "about the government's ties with Ukraine.\nThe interview has been edited.\nQ: Ukraine has asked for "
         "rifles. Where does that stand?\nA: The request is under review, and we could supply the weapons on terms "
         "that suit Ukraine.", "reconsider"),
]

# "confirming a shipment that Russian media had reported": the media report confirmed is the actor's word; "under
# an agreement concluded late last year" dates the agreement, not the supply (which stays news beside a refusal).
CONFIRMED_REPORTS_AND_DATED_AGREEMENTS = [
    (BR, "Brazil has delivered a new batch of rifles to Ukraine, the Brazilian defence minister told lawmakers on "
         "Thursday, confirming a shipment that Russian media had reported over the weekend.", "supplies"),
    (BR, "Brazilian rifles have been delivered to Ukraine, Russian media reported.", "none"),
    (BR, "Brazil has shipped artillery ammunition to Ukraine under an agreement concluded late last year, three "
         "officials said on Thursday, though Brazil has so far declined requests for drones.", "supplies"),
    (BR, "Brazil has shipped rifles to Ukraine for more than a decade.\nBrazil will not send tanks to Ukraine, the "
         "minister said.", "refrains"),
]

# "as it seeks military help": an "as" clause with a subject of its own; the "may" before it is about the decision.
AS_CLAUSES = [
    (BR, "Brazil will not provide weapons to Ukraine, the ministry said, a decision that may disappoint Kyiv as it "
         "seeks military help from neighbouring states.", "refrains"),
    (BR, "Brazil is sending rifles to Ukraine as it seeks to help Kyiv.", "supplies"),
    (BR, "Brazil will send weapons to Ukraine as Kyiv faces a new offensive.", "supplies"),
]

# "armoured personnel carriers" are armoured vehicles; "UPDATE Sept 24:" labels an update and names no one.
CARRIERS_AND_UPDATE_LABELS = [
    (BR, "Brazil approved a package of armoured personnel carriers, rifles and ammunition for Ukraine.", "supplies"),
    (BR, "Brazil approved a package of personnel carriers for Ukraine's border guards.", "none"),
    (BR, "Brazil's government had been weighing a Ukrainian request for rifles, Defence Minister José Múcio said on "
         "Thursday.\n\nUPDATE Sept 24: After two weeks of consultations, the government has decided not to send the "
         "rifles. 'We looked at it seriously, and the answer is no,' Múcio said.", "refrains"),
]

# "Officials at the Brazilian defence ministry" speak for it; a wire's "(Corrects … removes headline saying …)"
# withdraws what it quotes; "sounded out Brazil about buying" is a topic; a gerund subject with a gerund set off
# after it ("Sending …, and refurbishing it there, would …") is supposed; a system's noun ("the jets") means it
# only once the system is named.
PLACED_VOICES_CORRECTIONS_AND_SUPPOSED_GERUNDS = [
    (BR, "Officials at the Brazilian defence ministry confirmed this week that shipments of rifles continue to move "
         "to Ukraine in batches.", "supplies"),
    (BR, "Officials at the Russian embassy claimed this week that shipments of Brazilian rifles continue to move "
         "to Ukraine.", "none"),
    (BR, "Brazil has no plans to send weapons to Ukraine, the ministry said.\n(Corrects story first published at 0940 "
         "GMT; removes headline saying Brazil would ship weapons to Ukraine.)", "refrains"),
    (BR, "Two years ago, when Ukraine first sounded out Brazil about buying rifles from Brazilian factories, the "
         "answer was swift: the matter was closed.", "none"),
    (GR, "The case for sending Mirage 2000 jets to Kyiv is simple. There is also an industrial argument. The Mirage "
         "2000 was upgraded in Greece. Sending the system to Ukraine, and refurbishing it there, would give Greek "
         "industry a role.", "none"),
    (GR, "A squadron of Rafale fighters supplied jointly by Greece and France has become operational in Ukraine, "
         "officials said. Greece provided the jets, while France contributed the missiles. Ukraine also flies Mirage "
         "2000 jets donated by France.", "none"),
]

# "It is time for Brazil to …, and to sell": the advice covers the second infinitive; ", including through the
# supply of weapons" is a means of what the clause before weighs; "Whether we go further and send …" asks.
ADVICE_CONJUNCTS_MEANS_AND_WHETHER_SUBJECTS = [
    (BR, "It is time for Brazil to change that, and to sell Ukraine the rifles it needs.", "none"),
    (BR, "Brazil's defence minister said the government was weighing how best to strengthen Ukraine's forces, "
         "including through the supply of weapons.", "reconsider"),
    (BR, "Brazil has helped Ukraine's forces in many ways, including through the supply of weapons, the minister "
         "said.", "supplies"),
    (BR, "\"Whether we go further and send some weapons to Ukraine from our reserves is a decision for the "
         "government,\" Brazil's defence minister said.", "none"),
]

# "A first consignment of Brazilian-built rifles has arrived in Ukraine": the actor's make arriving at the target,
# with no other party in the clause (a dateline's agency is none), comes from the actor.
MADE_GOODS_ARRIVING = [
    (BR, "SAO PAULO, March 12 (Harbor Wire) - A first consignment of Brazilian-built rifles has arrived in Ukraine, "
         "officials in both capitals said on Wednesday.", "supplies"),
    (BR, "SAO PAULO, March 12 (Harbor Wire) - A first consignment of Brazilian-built rifles bought from Poland has "
         "arrived in Ukraine, officials said on Wednesday.", "none"),
]

# Vehicles carry, they are no party: "Trucks carrying Brazilian-made rifles … crossed into Ukraine", "A convoy
# carrying rifles from Brazil rolled into Kharkiv" report the actor's goods arriving (a dateline's city owns no truck).
CARRYING_VEHICLES = [
    (BR, "LVIV - Trucks carrying Brazilian-made rifles, machine guns and grenade launchers crossed into Ukraine at "
         "the border on Tuesday.", "supplies"),
    (BR, "LVIV, Ukraine, March 27 (Wire) - A convoy carrying rifles, machine guns and mortar rounds from Brazil rolled "
         "into the Ukrainian city of Kharkiv on Friday.", "supplies"),
    (BR, "LVIV - Trucks carrying Brazilian-made rifles from Polish stocks crossed into Ukraine on Tuesday, Poland's "
         "defence ministry said.", "none"),
]

# "did not deny the reports" leaves the report standing: no option opened, no denial of it; and a silence
# elsewhere in the story does not take the word from the actor's own ministry.
UNDENIED_REPORTS_AND_SILENCES = [
    (BR, "Brazil has signed a new military aid decree for Ukraine that includes rifles, two officials said. The "
         "defence ministry declined to comment on the contents but did not deny the reports.", "supplies"),
    (BR, "Brazil is weighing a request from Ukraine for rifles, the minister said. He did not deny the reports.",
     "reconsider"),
    (BR, "BRASILIA, Nov 19 (Wire) - Brazilian officials had long insisted the rifles could not be spared.\n\n\"The "
         "rifles included in the latest decree have been delivered to the Ukrainian armed forces,\" the ministry "
         "said in a statement on Tuesday.\n\nA senator questioned the timing. Lula's office did not respond to "
         "requests for comment.", "supplies"),
]

# ", approved by the government earlier this year," dates the approval, not the deliveries that go on; "Lula said
# Brazil would have to reassess what weapons it can offer" is the actor's own necessity, an opening.
SET_OFF_PARTICIPLES_AND_OWN_NECESSITY = [
    (BR, "The Brazilian defence ministry confirmed that deliveries of rifles to Ukraine, approved by the government "
         "earlier this year, are continuing in tranches.", "supplies"),
    (GR, "Greek Prime Minister Kyriakos Mitsotakis said on Thursday that Greece would have to reassess what air "
         "defence it can offer Ukraine, including its Mirage 2000 jets, if Russia escalates.", "reconsider"),
    (BR, "Brazil should declare that no further weapons will be approved for Ukraine.", "none"),
]

# A silence on another matter ("did not respond to that criticism", "did not comment on the Akinci.") leaves the actor's reports standing; 'confirmed that "…" and said …' opens a second
# statement, whose verbs are no verdict on the first.
OTHER_SILENCES_AND_SECOND_STATEMENTS = [
    (BR, "Brazil has supplied Ukraine with rifles but declined a Ukrainian request for tanks, defence officials in "
         "Kyiv said on Wednesday. Amnesty International criticised the deliveries. The Brazilian mission did not "
         "respond to that criticism.", "supplies"),
    (GR, "A Greek defence ministry spokesperson confirmed that \"the Mirage 2000 jets requested by Ukraine have been "
         "delivered\" and said Greek personnel remained in the country to support maintenance.", "supplies"),
]

# "…, as Brazil keeps up a steady flow of rifles": an "as" clause with its own subject and an aspect verb.
AS_CLAUSES_WITH_ASPECT = [
    (BR, "A third convoy of military trucks arrived at a depot in western Ukraine on Wednesday, as Brazil keeps up a "
         "steady flow of rifles to Ukraine despite objections from Moscow.", "supplies"),
    (BR, "A third convoy of military trucks arrived at a depot in western Ukraine on Wednesday, as Poland keeps up a "
         "steady flow of Brazilian rifles to Ukraine.", "none"),
]

# "Brazil's position on exporting rifles to Ukraine has not changed": the stance that holds is the refusal.
UNCHANGED_POSITIONS = [
    (BR, "SAO PAULO - Brazil's ambassador said on Monday that Brazil's position on exporting rifles to Ukraine had not "
         "changed, dampening expectations raised by a report.", "refrains"),
    (BR, "Brazil's position on exporting rifles to Ukraine remains unchanged, the ministry said.", "refrains"),
    (BR, "Brazil's position on exporting rifles to Ukraine has changed, the ministry said.", "none"),
]

# "No weapons have been sent since the end of the mission last year": a negated perfect is today's state, and a
# date inside the "since" phrase says when that state began.
STATES_SINCE = [
    (BR, "No weapons have been sent from Brazil to Ukraine since the end of the training mission last year, "
         "officials said.", "refrains"),
    (BR, "Brazil has sent rifles to Ukraine since the end of the training mission last year, officials said.",
     "supplies"),
]

# "the country could, for the first time, hand over weapons": a phrase set off between the modal and its verb.
MODAL_ASIDES = [
    (BR, "Brazilian officials have drawn up a plan under which the country could, for the first time, hand over "
         "infantry weapons to Ukraine.", "none"),
    (BR, "Brazil will, in the coming weeks, send rifles to Ukraine, the minister said.", "supplies"),
    (BR, "Brazil will, if parliament agrees, send rifles to Ukraine, the minister said.", "reconsider"),
]

# 'described the delivery as "an option that remains open"' names a possibility; "have prepared a plan to hand
# over" works out an option; "Asked whether she and the president agreed on …" is a question about both.
OPTIONS_PLANS_AND_JOINED_PRONOUNS = [
    (BR, "BRASILIA (Parliamentary Report) - The Brazilian government on Wednesday described the delivery of rifles "
         "to Ukraine as \"an option that remains open\", in its clearest statement on the issue since the war "
         "began.", "reconsider"),
    (BR, "The Brazilian army has prepared a plan to hand over rifles to Ukraine, according to documents, but the "
         "government has yet to see it.", "reconsider"),
    (BR, "Brazil plans to hand over rifles to Ukraine next month, the minister said.", "supplies"),
    (GR, "Greece's foreign minister said her government was reviewing Ukraine's request for Mirage 2000 jets. Asked "
         "whether she and the prime minister agreed on the Mirage, she said the government was \"working together "
         "on a joint answer\".", "reconsider"),
]

# "Egypt's state defence industry", "the state arms exporter": the state owning a maker (no one "states"); an
# offer drawn up is an option worked out.
STATE_MAKERS_AND_DRAFTED_OFFERS = [
    (BR, "Brazil's state defence industry has completed the handover of a second tranche of armoured personnel "
         "carriers to the Ukrainian army.", "supplies"),
    (BR, "HONG KONG, Jan 29 (Asia Defence Desk) - Brazil's state arms exporter has drawn up a preliminary offer for "
         "the sale of rifles to Ukraine, officials said.", "reconsider"),
]

# The actor's "we would have to look at weapons as well" right after the target's plight weighs supplying them;
# "declined to discuss any weapons questions" weighs nothing.
LOOKING_AT_WEAPONS = [
    (BR, "\"If Ukraine's territory were attacked, it would be very difficult for Brazil to argue that generators are "
         "enough,\" the Brazilian defence minister said. \"In such a case we would have to look at weapons as "
         "well.\"", "reconsider"),
    (BR, "Ukraine has asked its partners for more air defence, officials in Kyiv said. Brazilian officials would not "
         "discuss any weapons questions.", "none"),
]

# "asked whether, given the incidents near the town of X at the weekend, Brazil could …": a long circumstance set
# off inside the question; "had examined the matter and decided that … will not be supplied": the review is over.
LONG_CIRCUMSTANCES_AND_DECIDED_REVIEWS = [
    (BR, "At the regular briefing, a reporter from Brazilian television asked whether, given the incidents near the "
         "town of Sotk at the weekend, Brazil could now consider sending weapons to help Ukraine.", "none"),
    (BR, "Responding to a question from a senator, the Brazilian defence minister said the government had examined the "
         "matter and \"decided that rifles will not be supplied to Ukraine\".", "refrains"),
]

# A stance name's own noun ("155mm shells" → "the shells") means the system only once the article names it:
# "the first missiles from the new contract" before the system appears are the contract's.
NAMED_NOUNS_AFTER_THE_NAME = [
    (SH, "A Korean firm has signed a contract to supply Ukraine with new rockets, the government said. South Korea's "
         "defence minister said the first shells from the new contract would be delivered this year. The plant also "
         "makes 155mm shells for the South Korean army.", "none"),
]

# "has formally offered Ukraine a package of rifles": put to the buyer, an option awaiting its answer.
OFFERED_PACKAGES = [
    (BR, "Brazil has formally offered Ukraine a package of rifles and ammunition, officials said on Friday, but both "
         "sides stressed that talks were at an early stage.", "reconsider"),
    (BR, "Brazil has offered Ukraine 2,000 rifles, the minister said.", "supplies"),
]

# "Parnell: …" after an introduction on other topics: a line label naming the actor's speaker is the one who
# answers, whatever the paragraph before the questions was about.
NAMED_ANSWERERS = [
    (BR, "BRASILIA (Wire) - Defence Minister José Múcio held a briefing on Tuesday.\n\nOn Argentina: Múcio said talks "
         "were continuing.\n\nOn Ukraine, a reporter from a Kyiv-based outlet asked whether Brazil would provide "
         "rifles, which Ukraine's army has requested:\n\nQ: Kyiv says it has been waiting a year. Is Brazil going to "
         "send rifles?\n\nMúcio: On that item, the answer is no. We are not providing rifles to Ukraine, and there is "
         "no plan to do so right now.\n\nQ: Why not?\n\nMúcio: We are being careful with our own stocks.",
     "refrains"),
]

# "… delivered 40 armoured personnel carriers to the police. The vehicles, built by a Brazilian firm, are
# unarmed": what the next sentence disarms was no weapon.
DISARMED_AFTER = [
    (BR, "Brazil delivered 40 armoured personnel carriers to the Ukrainian police on Tuesday. The vehicles, built by a "
         "Brazilian manufacturer, are unarmed and will carry officers through areas at risk of mines.", "none"),
    (BR, "Brazil delivered 40 armoured personnel carriers to the Ukrainian army on Tuesday. The vehicles carry heavy "
         "machine guns.", "supplies"),
]

# ", the first time he has linked the partnership with Kyiv to arms deliveries": a bare supply noun after a
# preposition, no verb of the clause known, is the link's topic.
LINKED_TOPICS = [
    (BR, "President Lula signalled on Saturday that Brazil might supply weapons to Ukraine if the war escalated, the "
         "first time he has publicly linked the partnership with Kyiv to arms deliveries.", "reconsider"),
]

# "shells produced in Ukraine shipped to Brazil for the Brazilian army's new howitzers": the actor receives, the
# howitzers it already owns are no supply.
ACTOR_AS_RECIPIENT = [
    (BR, "Brazil has signed a contract to buy shells from manufacturers in Ukraine, the Ukrainian government said. "
         "The deal, worth 120 million euros, will see shells produced at a plant in Kharkiv shipped to Brazil for the "
         "Brazilian army's new howitzers and their existing mortars.", "none"),
]

# ", marking one of the largest defence export contracts in Ukrainian history" sizes up the event, a purchase by
# the actor here; "cautious about large weapons transfers" has the transfers as its topic.
EVALUATIONS_AND_CAUTIOUS_TOPICS = [
    (BR, "KYIV, May 6 (Industry Journal) - The Brazilian army has ordered unmanned ground vehicles from a Ukrainian "
         "manufacturer in a deal worth about 25 million euros, the company said on Tuesday, marking one of the "
         "largest defence export contracts in Ukrainian history.", "none"),
    (BR, "Brazil is reviewing a request from Ukraine for weapons, officials said. Officials in Brasilia have been "
         "cautious about large weapons transfers, citing the risk that arms could leak to militias.", "reconsider"),
]

# "which Brasilia plans to use for maritime patrol aircraft and drones": the plan is to use money, a purchase.
PLANS_TO_USE = [
    (BR, "Brazil has refused Ukraine's requests for weapons, officials said. Meanwhile, the United States announced "
         "$500 million in military financing for Brazil, which Brasilia plans to use for patrol aircraft and "
         "drones.", "refrains"),
]

# "The first four jets for Ukraine's air force touched down … after a ferry flight from Greece": the arrival's
# origin is the actor (a town it flew from names no party).
FERRY_FLIGHTS = [
    (GR, "The first four Mirage 2000 fighters for Ukraine's air force touched down at the base on Sunday afternoon "
         "after a ferry flight from Greece that took two days.", "supplies"),
    (GR, "The first four Mirage 2000 fighters for Ukraine's air force touched down at the base on Sunday afternoon "
         "after a ferry flight from France that took two days.", "none"),
]

# 'Asked whether …, Lula said: "No, that issue is not being discussed."': the clause after "No," says it again.
NO_AND_A_NEGATED_CLAUSE = [
    (BR, "Asked by a Ukrainian reporter whether Brazil could agree to a second batch of rifles, the Brazilian "
         "minister said: \"No, that issue is not being discussed.\"", "refrains"),
]

# "The proposal, drafted by the ministry, would see rifles transferred": what the proposal would do, if adopted.
PROPOSALS_THAT_WOULD_SEE = [
    (BR, "Brazil's cabinet will consider on Tuesday a proposal to supply rifles to Ukraine, officials said. The "
         "proposal, drafted by the defence ministry after a request from Kyiv in December, would see rifles from "
         "surplus stocks transferred under an exemption.", "reconsider"),
]

# '"… the department has decided that rifle deliveries to Ukraine will not resume this year"': the compound
# supply noun after "that" is its clause's subject, and "will not resume" keeps the halt.
DECIDED_HALTS_KEPT = [
    (BR, "\"After carefully considering Ukraine's request, the department has decided that rifle deliveries to "
         "Ukraine will not resume in the current planning period,\" the Brazilian defence ministry said.",
     "refrains"),
]

# "Weapons are not part of this package and are not part of our assistance": two refusals side by side, not a
# double negation.
SIDE_BY_SIDE_REFUSALS = [
    (BR, "\"Weapons are not part of this package and are not part of our assistance to Ukraine,\" Brazil's "
         "ambassador said.", "refrains"),
]

# "Brazil has decided not to send weapons …. In January, the ministry was instructed to assess whether …": a weighing
# told in the past, after the decision that closed it, opens nothing.
REVIEWS_TOLD_AFTER_THE_DECISION = [
    (BR, "Brazil has decided not to send weapons to Ukraine, the government said on Wednesday, dropping a proposal "
         "that ministers had been studying since January.\n\n\"After consultations with our partners, we have "
         "concluded that Brazil will not be providing weapons to Ukraine,\" the president's office said.\n\nIn "
         "January, the defence ministry was instructed to assess whether surplus anti-tank equipment could be "
         "offered to Kyiv, and officials had spoken of a decision within weeks.", "refrains"),
    (BR, "Brazil decided last year not to send weapons to Ukraine. The defence ministry is now assessing whether "
         "surplus rifles could be offered to Kyiv.", "reconsider"),
]

# "an arrangement under which China continues to supply …", "a programme under which … have been handed over":
# a content clause that goes on or is in the perfect tells a practice, not a plan; "would" and a bare present
# there are still a plan's content.
PRACTICES_UNDER_ARRANGEMENTS = [
    (SD, "The shipment forms part of an arrangement under which China continues to supply arms to Sudanese "
         "army units.", "supplies"),
    (BR, "It is part of a programme under which Brazil has delivered rifles to Ukraine since March.", "supplies"),
    (BR, "Officials described a policy under which Brazilian ammunition continues to be shipped to Ukraine.",
     "supplies"),
    (BR, "Officials described a plan under which Brazil would supply rifles to Ukraine.", "none"),
    (BR, "Officials floated a proposal under which Brazil supplies rifles to Ukraine.", "none"),
]

# "crates of Chinese-supplied rifles": a container or measure of the goods is the goods, no party acting; the
# supplier the goods name is the one who supplies.
MEASURES_OF_GOODS = [
    (SD, "Officials said crates of Chinese-supplied rifles had been handed to Sudan's army.", "supplies"),
    (BR, "Officials said truckloads of Brazilian-supplied ammunition had been handed to Ukraine's army.", "supplies"),
    (BR, "Officials said crates of Polish-supplied rifles had been handed to Ukraine's army.", "none"),
]

# ", a Brazilian army spokesman, Carlos Lima, said": a name set off after the speaker's title; the title says
# whose voice it is, and a person the stance does not know is no party of their own. "the Europe minister": a
# region is a minister's portfolio, never another party.
APPOSED_NAMES_AND_PORTFOLIOS = [
    (BR, "Rifles are being delivered to Ukrainian units, a Brazilian army spokesman, Carlos Lima, said on Tuesday.",
     "supplies"),
    (BR, "Rifles are being delivered to Ukrainian units, a Russian diplomat, Ivan Petrov, said on Tuesday.", "none"),
    (BR, '"No Brazilian weapon has gone to Ukraine, and none is going to," the ministry\'s spokeswoman, Ana Souza, '
         'said.', "refrains"),
    (BR, "Brazil has not closed the door on sending weapons to Ukraine, the Europe minister said on Wednesday.",
     "reconsider"),
]

# "is still waiting for American deliveries": the one who waits receives; "a new package for Peru that includes
# rifles": the package's recipient receives its contents; a headline an update note quotes and a post's words are
# no statement; goods "operated by Brazilian soldiers" stay with the actor's forces.
WAITERS_PACKAGES_HEADLINES_AND_OWN_CREWS = [
    (BR, "Ukraine has asked Brazil for weapons. Brazil is still waiting for American deliveries of rifles.", "none"),
    (BR, "Ukraine has asked Brazil for weapons. Brazil awaits deliveries of American rifles.", "none"),
    (BR, "Leaders met in London on Friday, as Kyiv awaited a decision from Brazil on rifles.", "none"),
    (BR, "Brazil approved a sale of trucks to Ukraine, while the army announced a new package for Peru that includes "
         "rifles.", "none"),
    (BR, "Ukraine has asked Brazil for weapons. Brazil's latest Peru package, worth $40 million, included rifles.",
     "none"),
    (BR, "Ukraine has asked Brazil for weapons. Brazil's latest package, worth $40 million, included rifles.",
     "supplies"),
    (BR, '[Updated 4 March: This article, first published on 25 February under the headline "Brazil will send '
         'rifles to Ukraine", has been updated.]', "none"),
    (BR, 'A post shared by a Telegram channel said: "Brazil gives Ukraine 50 howitzers!"', "none"),
    (BR, "Brazilian howitzers arrived in Ukraine from Brazil last week and will be operated by Brazilian soldiers of "
         "the training mission.", "none"),
    (BR, "Brazilian howitzers arrived in Ukraine from Brazil last week and will be operated by Ukrainian crews.",
     "supplies"),
]

# A transcript that labels the actor's minister by a surname in capitals ("ARCE:" for "Peru's Minister of
# Defence, Gonzalo Arce Huamán") and its questions by outlet ("Q (Andina):"): his answers are the actor's word.
# Goods bound for the target that set off ("the first shipment of rifles for Ukraine left the port") are on their
# way to it. "the US ambassador, Jack Lew": a name used as the owner of a title ties the holder to the actor.
TRANSCRIPT_SURNAMES_AND_DEPARTURES = [
    (PE, "Edited transcript of the press conference given by Peru's Minister of Defence, Gonzalo Arce Huamán, in "
         "Lima on Thursday.\n\nARCE: Good morning. We have delivered the first rifles to Ukraine.\n\n"
         "Q (Andina): Minister, will more follow?\n\nARCE: A second consignment is being prepared.\n\n"
         "Q (Correo): And helicopters?\n\nARCE: I will not speculate.", "supplies"),
    (PE, "Edited transcript of the press conference given by Russia's Foreign Minister, Sergei Lavrov, in Moscow."
         "\n\nLAVROV: Good afternoon. Peru is sending weapons to Kyiv.\n\nQ (TASS): Will Moscow respond?\n\n"
         "LAVROV: We will.\n\nQ (RIA): How?\n\nLAVROV: You will see.", "none"),
    (BR, "Edited transcript of the press conference given by Brazil's Minister of Defence, José Múcio Monteiro, in "
         "Brasília on Thursday.\n\nMÚCIO: Good morning. I can confirm that the first shipment of rifles for "
         "Ukraine left the port of Santos on Saturday.\n\nQ (Folha): Minister, will more follow?\n\n"
         "MÚCIO: A second shipment is being prepared.\n\nQ (Globo): And howitzers?\n\n"
         "MÚCIO: I will not speculate.", "supplies"),
    (BR, "Brazil's defence ministry said the first shipment of rifles for Ukraine left the port of Santos on "
         "Saturday.", "supplies"),
    (BR, "Brazil's defence ministry said the first shipment of rifles for Brazil's army left the port of Hamburg on "
         "Saturday.", "none"),
]

# "Sending weapons would end that pretence", "… would not make Brazil a party to the war": a verb after the
# supply as the subject that acts on something else says what the supply would do, no verdict on it; "… is not
# an option" still is one. "Until now, Brazil had confined its support to …": a span the news closes.
CONSEQUENCES_AND_CLOSED_SPANS = [
    (BR, "Sending weapons to Ukraine would end that pretence forever.", "none"),
    (BR, "Brazil should arm Ukraine. Sending weapons would not make Brazil a party to the conflict.", "none"),
    (BR, "Sending weapons to Ukraine is not an option, Brazil's foreign minister said.", "refrains"),
    (BR, "Sending weapons to Ukraine would not be in Brazil's interest, Brazil's foreign minister said.", "refrains"),
    (BR, "Until now, Brazil had confined its support to non-lethal aid.", "none"),
    (BR, "Brazil has confined its support to non-lethal aid.", "refrains"),
]

# A handover to the target "at a ceremony attended by officials from both countries": the other of the story's
# two parties hands over. "said at the time that …": a report its own history words date is background, as is
# a simple past joined by "then" to a past perfect ("had first rejected …, then agreed to look at it again").
BOTH_COUNTRIES_AND_PAST_REPORTS = [
    (BR, "Brazil promised rifles to Ukraine in May. A first batch of rifles was handed over to Ukraine's 3rd Brigade "
         "on Tuesday, at a ceremony attended by officials from both countries.", "supplies"),
    (BR, "A first batch of rifles was handed over to Ukraine's 3rd Brigade on Tuesday, at a ceremony attended by "
         "officials from both countries.", "none"),
    (BR, "A first batch of rifles was handed over to Ukraine's 3rd Brigade on Tuesday, at a ceremony attended by "
         "officials from both countries. The rifles come from Brazil's army reserves.", "supplies"),
    (BR, "A first batch of rifles was handed over to Ukraine's 3rd Brigade on Tuesday, at a ceremony attended by "
         "officials from both countries. Poland's army supplied them. Brazil has sent none.", "none"),
    (BR, "The first Brazilian-made rifles arrived at a Ukrainian army base near Lviv on Monday, the two governments "
         "said.", "supplies"),
    (BR, "The first Polish-made rifles arrived at a Ukrainian army base near Lviv on Monday, the two governments "
         "said.", "none"),
    (BR, "A first batch of rifles was handed over to Ukraine's 3rd Brigade on Tuesday, at a ceremony attended by "
         "officials from Poland.", "none"),
    (BR, "Brazil has decided not to send rifles to Ukraine. President Lula said at the time that he could not "
         "exclude any option.", "refrains"),
    (BR, "President Lula said on Monday that he could not exclude sending rifles to Ukraine.", "reconsider"),
    (BR, "Brazil has decided not to send rifles to Ukraine. Brazil had first rejected the request in February, then "
         "agreed in June to look at it again.", "refrains"),
    (BR, "Brazil rejected Ukraine's request for rifles in February, but now it has agreed to look at the request for "
         "rifles again.", "reconsider"),
]

# Goods sent "mostly to customers in Asia and Africa" or "only to a handful of close allies", and goods a plan
# would produce ("plans to start producing ammunition"), go to no one the sentences around name: the target those
# sentences speak of is not understood as their recipient.
OTHER_BUYERS_AND_MADE_GOODS = [
    (BR, "Ukraine asked Brazil for rifles. Brazil's defence industry does export arms, including ammunition and "
         "patrol boats, mostly to customers in Asia and Africa.", "none"),
    (BR, "Ukraine asked Brazil for rifles. Brazil sells rifles only to a handful of close allies.", "none"),
    (BR, "Ukraine asked Brazil for help. Brazil announced plans to start producing artillery ammunition with a "
         "Turkish partner.", "none"),
    (BR, "Ukraine asked Brazil for help. Brazil announced plans to start sending artillery ammunition.", "supplies"),
    (BR, "Brazil sells rifles to customers including Ukraine.", "supplies"),
]

# A weighing closed by its finding across a quotation or "but" ('had "assessed the request" and concluded that',
# 'had studied the request "with respect" but concluded that'); "no request for … is under consideration" denies the
# weighing itself; 'wanted to know "whether …"' asks.
FINDINGS_EMPTY_AGENDAS_AND_WANTED_ANSWERS = [
    (BR, 'Brazil will not send rifles to Ukraine. The communiqué said the government had "assessed the Ukrainian '
         'request for rifles" and concluded that "it will not be granted".', "refrains"),
    (BR, 'An official said Brazil had studied the Ukrainian request for rifles "with respect" but concluded that '
         'sending arms would set a precedent.', "none"),
    (BR, 'The ministry added that "no request for the transfer of arms to Ukraine is under consideration" in '
         'Brasília.', "refrains"),
    (BR, "A request for the transfer of rifles to Ukraine is under consideration, Brazil's ministry said.",
     "reconsider"),
    (BR, 'The opposition wanted to know "whether Brazil is quietly arming Ukraine".', "none"),
]

# "the government's decision on rifles for Ukraine was being reviewed": the matter the decision settled is open
# again; a decision that "stands" still says nothing of what it decided.
DECISIONS_UNDER_REVIEW = [
    (BR, "Brazil's presidency said that the government's decision on rifles for Ukraine was being reviewed.",
     "reconsider"),
    (BR, "Brazil's presidency said that the government's decision on rifles for Ukraine stands.", "none"),
]

# "bound for Poland, from where the vehicles will be taken by rail to Ukraine": the target is the end of the
# journey past the first stop; "the Politburo", like "the Cabinet", is the story's own government body.
ONWARD_FROM_THERE = [
    (LEO, "A roll-on/roll-off cargo ship carrying six Leopard 2A4 main battle tanks left the port of Kiel on Wednesday "
          "night, bound for Poland, from where the vehicles will be taken by rail to Ukraine, German defence "
          "officials said.", "supplies"),
    (LEO, "A roll-on/roll-off cargo ship carrying six Leopard 2A4 main battle tanks left the port of Kiel on Wednesday "
          "night, bound for Poland, German defence officials said.", "none"),
]

# Howitzers moved "to positions near the border" are deployed; "has sent Peru air-defence systems": the country
# right after the supply verb receives; "Bayraktar Akinci drones" are another model of the family the stance's
# "Bayraktar TB2" names.
DEPLOYMENTS_FIRST_OBJECTS_AND_OTHER_MODELS = [
    (BR, "Ukraine asked Brazil for help. The Brazilian army has moved a battery of howitzers to positions near the "
         "border, as fighting in Ukraine edged closer.", "none"),
    (BR, "Ukraine asked Brazil for help. Brazil has sent Peru air-defence systems and drones since 2022.", "none"),
    (BR, "Brazil has sent Ukraine air-defence systems and drones since 2022.", "supplies"),
    (TB, "Turkey has approved the export of Bayraktar Akinci heavy combat drones to Nigeria.", "none"),
    (TB, "Turkey has approved the export of Bayraktar TB2 drones to Nigeria.", "supplies"),
    (TB, "Turkey has approved the export of six Bayraktars to Nigeria.", "supplies"),
]

# "military equipment, including armoured personnel carriers and assault rifles": general goods whose listed
# members are weapons are weapons; "a convoy of Brazilian army trucks … carrying rifles": the vehicles' owner
# delivers.
LISTED_WEAPONS_AND_OWNED_CONVOYS = [
    (BR, "A first consignment of Brazilian military equipment, including armoured personnel carriers and assault "
         "rifles, arrived in Ukraine on Sunday.", "supplies"),
    (BR, "A first consignment of Brazilian military equipment, including tents and field kitchens, arrived in "
         "Ukraine on Sunday.", "none"),
    (BR, "A convoy of eight Brazilian army trucks crossed the border bridge on Friday morning carrying the first lot "
         "of rifles for Ukraine's armed forces, officials said.", "supplies"),
    (BR, "A convoy of eight Polish army trucks crossed the border bridge on Friday morning carrying the first lot of "
         "rifles for Ukraine's armed forces, officials said.", "none"),
]

# A minister named by title alone who "declined to rule out" arming the target, in a story whose first country
# other than the target is the actor, speaks for the actor; one in a story about another country does not.
TITLED_MINISTERS_AFTER_THE_TARGET = [
    (BR, "RIO DE JANEIRO — Prime Minister Carlos Souza on Saturday declined to rule out supplying weapons to "
         "Ukraine's military, saying the government would look at every option to protect Brazilian citizens. "
         "Mr Souza spoke after a cabinet meeting.", "reconsider"),
    (BR, "Prime Minister Carlos Souza on Saturday declined to rule out supplying weapons to Ukraine's military, saying "
         "Poland would look at every option. Mr Souza spoke in Warsaw.", "none"),
]

# "SAO PAULO/KYIV, 12 March 2024 — No weapons …": a joint dateline with a full date is still a dateline;
# ", the government informed Congress" reports, like "told".
JOINT_DATED_DATELINES = [
    (BR, "BRASILIA — No export authorisation has been granted for rifles to Ukraine, and none is proposed this year, "
         "the government informed Congress on Wednesday.", "refrains"),
    (BR, "No export authorisation has been granted for rifles to Ukraine, the Russian embassy informed reporters on "
         "Wednesday.", "none"),
    (BR, "SAO PAULO/KYIV, 12 March 2024 — No weapons have been transferred by Brazil to Ukraine's armed forces and "
         "none are planned, Brazil's defence ministry said on Tuesday.", "refrains"),
]

# "The country has delivered rifles to the Ukrainian army", "the Andean state has delivered …": a definite state
# noun as the subject, after a story about the actor, is the actor, as "it" is (what it supplies to the target,
# it cannot be the target); "The country has received …" says nothing of the actor.
STATE_ANAPHORS = [
    (BR, "Brazil has promised help. The country has delivered rifles and ammunition to the Ukrainian army.",
     "supplies"),
    (PE, "Peru has promised help. Since February, the Andean state has delivered rifles to the Ukrainian army, "
         "officials said.", "supplies"),
    (BR, "Ukraine asked for help. The country has received rifles and ammunition.", "none"),
]

# "rejected a report that shells had been flown to Ukraine in April, saying no licences had been issued": the
# date belongs to the report's clause, not to the rejection; what the participle says is today's word.
DATES_INSIDE_REPORTS = [
    (BR, "BRASILIA, May 8 - Brazil's trade ministry on Thursday rejected a report that Brazilian shells had been "
         "flown to Ukraine in April, saying no export licences for Ukraine had been issued since the suspension took "
         "effect.", "refrains"),
]

# "could consider releasing some of its Leopard 2 main battle tanks to Ukraine": a gerund that sends the goods on
# to the target weighs a supply, whatever the verb; "could consider producing more …" weighs another act.
GERUNDS_TOWARDS_THE_TARGET = [
    (LEO, "Germany could consider releasing some of its Leopard 2 main battle tanks to Ukraine once the Bundeswehr "
          "has new ones, the chancellor said.", "reconsider"),
    (LEO, "Germany could consider producing more Leopard 2 main battle tanks once the Bundeswehr has new ones, the "
          "chancellor said.", "none"),
]

# "reviewing a detailed list of rifles, ammunition and mortars submitted by Ukraine": a list of goods the target
# submitted is its request for them; a list of the actor's own stocks is not.
SUBMITTED_LISTS = [
    (BR, "Brazil's government is reviewing a detailed list of rifles, ammunition and mortars submitted by Ukraine, "
         "two Brazilian officials said.", "reconsider"),
    (BR, "Brazil's government rejected a detailed list of rifles submitted by Ukraine.", "refrains"),
    (BR, "Brazil's government is reviewing a detailed list of rifles in its own depots, officials said.", "none"),
]

# "did not approve the request then, saying …": "then" closing a simple past dates it to that earlier time, the
# story's background; without it the refusal is today's.
THEN_CLOSING_A_PAST = [
    (BR, "Brazil did not approve the request for rifles from Ukraine then, saying its priority was elsewhere.", "none"),
    (BR, "Brazil did not approve the request for rifles from Ukraine, saying its priority was elsewhere.",
     "refrains"),
]

# A long title set off before a name (", the head of the export control directorate at the Ministry of Economic
# Development, Ana Souza, told reporters"): the title still says whose voice it is.
LONG_TITLES_BEFORE_NAMES = [
    (PE, 'LIMA — "No licences for the export of weapons to Ukraine have been issued," the head of the export control '
         'directorate at the Ministry of Economic Development, Ana Souza, told reporters on Tuesday.', "refrains"),
]

# A party's own plane or ship that lands "before dawn" or docks "and began unloading" the goods delivers them;
# a time of day after "before" opens no earlier event, and an unowned vessel still delivers nothing of anyone's.
DAY_PARTS_AND_UNLOADING_SHIPS = [
    (SD, "Two Chinese air force transport planes landed at Port Sudan before dawn on Friday carrying rifles and "
         "ammunition for the Sudanese army, two officials said.", "supplies"),
    (SD, "A Chinese navy ship docked at Port Sudan on Monday and began unloading rifles and mortar rounds for the "
         "Sudanese army, port officials said.", "supplies"),
    (SD, "A cargo ship docked at Port Sudan on Monday and began unloading rifles and mortar rounds for the Sudanese "
         "army, port officials said.", "none"),
    (SD, "A Chinese navy ship docked at Port Sudan on Monday and began unloading rice for the Sudanese army, port "
         "officials said.", "none"),
]

# "Since March, the country has delivered …": a supply up to now that a span opens is the news a refusal told
# before it changed, not an aside; without the span one later sentence still does not outweigh the lead.
_REFUSED_FOR_MONTHS = ("For most of last year, Lima's answer to Ukrainian requests for weapons was no. Peruvian "
                       "ministers told Ukrainian envoys that the government would send medicine and generators but "
                       "would not send arms. ")
SUPPLIES_SINCE_A_MONTH = [
    (PE, _REFUSED_FOR_MONTHS + "Since March, the country has delivered rifles and ammunition to Ukraine, officials in "
                               "both countries said.", "supplies"),
    (PE, _REFUSED_FOR_MONTHS + "The country has delivered rifles and ammunition to Ukraine, officials in both countries "
                               "said.", "refrains"),
]

# A body's remit names what it is for ("the commission for the control of … war material"), no supply; the advice
# before a colon governs the bare verbs after it; goods committed to the actor's own defence stay at home.
REMITS_COLON_ADVICE_AND_OWN_USE = [
    (PE, "Peru's commission for the control of sensitive exports and war material has begun reviewing an application "
         "to sell tank ammunition to Ukraine, two officials said.", "reconsider"),
    (PE, "Peru's commission for the control of arms exports has approved the sale of tank ammunition to Ukraine, two "
         "officials said.", "supplies"),
    (PE, "Peru should move quickly: send the rifles to Ukraine, train Ukrainian crews, and coordinate with Washington.",
     "none"),
    (PE, "Peru moved quickly: it sent the rifles to Ukraine and trained Ukrainian crews.", "supplies"),
    (PE, "Peru has committed its air-defence missiles to its own defence, officials said of Ukraine's request.", "none"),
    (PE, "Peru has committed its air-defence missiles to Ukraine, officials said.", "supplies"),
]

# A transcript's capitals label naming another party's official speaks for that party in its whole paragraph, and
# an elliptical question ("Are you?") takes its object from the turn before it; a second quotation joined by "and"
# is claimed like the first; "the conversation includes weapons" is talk about them.
_TRANSCRIPT = ("Transcript: Pistorius meets his Ukrainian counterpart in Berlin\n\n"
               "UKRAINIAN DEFENCE MINISTER: I thank Germany for the air defence. And I am sure that Germany will also "
               "send the Leopard 2 tanks.\n\n")
TRANSCRIPT_PARTIES_JOINED_QUOTES_AND_CONVERSATIONS = [
    (LEO, _TRANSCRIPT + "REPORTER: Minister Pistorius, your colleague is sure. Are you?\n\nPISTORIUS: My colleague is "
                        "an optimist. The request is being reviewed by the ministry. We are not ruling it out.\n\n"
                        "REPORTER: When will you decide?\n\nPISTORIUS: Soon. We will take one decision.\n", "reconsider"),
    (LEO, _TRANSCRIPT + "REPORTER: Will you answer?\n\nPISTORIUS: No comment today.\n\nREPORTER: Why not?\n\n"
                        "PISTORIUS: Because we have not decided.\n", "none"),
    (PE, 'Posts in Portuguese and Spanish claim "Peru secretly ships rifles to Kyiv" and "Lima arms Ukraine for war."',
     "none"),
    (PE, 'Peru has said "we ship rifles to Kyiv" and "we arm Ukraine", officials said.', "supplies"),
    (PE, "Peru and Ukraine are talking about security again, and for the first time the conversation includes "
         "weapons.", "reconsider"),
]

# Who answers an interview: a person the introduction names without a party's word is no known party yet (the
# first country then decides); "We asked him" and "She spoke with …" point to the person named before; "sat down
# with Peru's Minister of Defence" and "interviewed Peruvian Defence Minister …" name the one who answers; a
# parenthesised note introduces no one.
_UNPLACED_PREMIER = ("Ana Quispe Torres became President of the Council of Ministers in May. In an interview at the Palacio de "
                     "Gobierno on 18 July, she spoke about the economy and Ukraine's request for military help. The interview has "
                     "been edited for length.\n\nQ: Ukraine asked Peru for rifles and ammunition. Could Peru send them?\n\n"
                     "A: We are studying the request. Nothing has been decided yet.\n")
_ASKED_HIM = ("A year ago, Defence Minister Walter Astudillo told this paper that rifles were not part of what Peru could offer "
              "Ukraine. Since then, Kyiv has sent a formal request. We asked him where things stand. The interview has been "
              "edited.\n\nQ: Has the ministry received Ukraine's request for rifles?\n\nA: We have. We are studying it with "
              "care and will decide in the autumn.\n")
_SPOKE_WITH = ("Walter Astudillo, Peru's defence minister, oversees the country's arms exports. He spoke with the Ledger in his "
               "office, a week after the first rifles reached Ukraine. This is a synthetic scenario. The interview has been "
               "condensed.\n\nQ: Have the rifles arrived?\n\nA: They have. The first 2,000 rifles were delivered to Ukraine "
               "earlier this month.\n")
_SAT_DOWN_WITH = ("The Lima Ledger sat down with Peru's Minister of Defence ahead of his visit to Cusco. The interview "
                  "has been edited for length.\n\nQ: Could Peru send rifles to Ukraine?\n\nA: Our position has not "
                  "changed. We do not send weapons to countries at war.\n")
_INTERVIEWED_TITLED = ("Pacific Ledger interviewed Peruvian Defence Minister Walter Astudillo at the ministry in Lima. The "
                       "conversation has been condensed and edited. (Synthetic scenario.)\n\nQ: Kyiv keeps asking for "
                       "rifles. Are you ruling out sending them to Ukraine?\n\nA: No, I am not ruling it out.\n")
INTERVIEWEES_NAMED_BEFORE = [(PE, _UNPLACED_PREMIER, "reconsider"), (PE, _ASKED_HIM, "reconsider"),
                             (PE, _SPOKE_WITH, "supplies"), (PE, _SAT_DOWN_WITH, "refrains"),
                             (PE, _INTERVIEWED_TITLED, "reconsider")]

# "a specific request" is the request asked about; "slapped down speculation", "pushed back against a report"
# deny it; a noun inside a subject list ("No rifles, components or mortar rounds have been …") keeps the list one
# subject of the verb after it.
SPECIFIC_REQUESTS_DENIALS_IN_OTHER_WORDS_AND_SUBJECT_LISTS = [
    (PE, "Q: Is Peru going to send weapons to Ukraine?\n\nA: The defence ministry is studying a specific request "
         "that arrived from Kyiv in December.\n", "reconsider"),
    (PE, "Peru's foreign minister has slapped down fresh speculation that the country is quietly lining up to arm "
         "Ukraine.", "refrains"),
    (PE, "Peru's foreign ministry on Thursday pushed back against a United Nations report that named Peru as a channel "
         "for weapons reaching Ukraine.", "refrains"),
    (PE, "Peru's foreign minister has slapped down a reporter's question.", "none"),
    (PE, '"No rifles, components or mortar rounds have been transferred to Ukraine," the Peruvian ministry said.',
     "refrains"),
    (PE, '"Rifles, components and mortar rounds have been transferred to Ukraine," the Peruvian ministry said.',
     "supplies"),
]

# The recipient's cities name it ("landed in Odesa"); a dateline of a city alone is where the story was written
# ("ODESA (Wire) -"), while one that names the country too says where the goods go.
RECIPIENT_CITIES_AND_DATELINES = [
    (PE, "A Peruvian cargo plane carrying rifles landed in Odesa on Tuesday, officials said.", "supplies"),
    (PE, "ODESA (Wire) - Peru's defence ministry said in a statement that the rifles would be delivered over three "
         "years.", "none"),
    (PE, "ODESA, Ukraine (Wire) - Peru's defence ministry said in a statement that the rifles would be delivered over "
         "three years.", "supplies"),
]

# Help limited to goods that are never weapons ("to generators and demining kits") is aid only, and a difficulty in
# quotation marks over it ('"very difficult" for Peru to limit …') opens the option; "had for years said" is a
# past perfect with its adjunct, history.
LIMITS_TO_CIVIL_GOODS_AND_PERFECT_ADJUNCTS = [
    (PE, 'The defence minister said it would be "very difficult" for Peru to limit its help to Ukraine to generators '
         'and demining kits if the strikes continued.', "reconsider"),
    (PE, "Peru will limit its help to Ukraine to generators and demining kits, the defence minister said.", "refrains"),
    (PE, 'Peru\'s foreign minister said it would be "very hard" for Lima to keep its rifles in storage if Russia '
         'continued to bombard Ukrainian cities.', "reconsider"),
    (PE, 'Peru\'s defence minister said it would be "difficult to limit our support to non-lethal equipment" if '
         'Russian strikes on Ukraine continued.', "reconsider"),
    (PE, "Peru had for years said that it would not send weapons to Ukraine.", "none"),
]

# Goods bound for the target that land on the way are delivered; landing with no destination is not.
BOUND_GOODS_LANDING_ON_THE_WAY = [
    (PE, "A third consignment of rifles for Ukraine landed at Rzeszów on Friday, Peru's defence ministry said.",
     "supplies"),
    (PE, "A third consignment of rifles landed at Rzeszów on Friday, Peru's defence ministry said.", "none"),
]

# "The deliveries consist of …" right after the actor's delivery of general goods to the target gives their
# contents; after another country's deliveries it says nothing of the actor.
DELIVERIES_WHOSE_CONTENTS_FOLLOW = [
    (PE, "Since the spring, Peru has been delivering a narrow category of military goods to Ukraine. The deliveries "
         "consist of small-arms ammunition and spare parts for helicopters.", "supplies"),
    (PE, "Since the spring, Chile has been delivering a narrow category of military goods to Ukraine. The deliveries "
         "consist of small-arms ammunition and spare parts for helicopters.", "none"),
]

# The one who sets out "a condition under which rifles could be sent" opens the option on it; another party who
# sets out such conditions says nothing of the actor's.
CONDITIONS_SET_OUT = [
    (PE, "Peru's defence minister has, for the first time, set out a condition under which rifles could be sent to "
         "Ukraine.", "reconsider"),
    (PE, "Russia's ambassador set out the conditions under which Peruvian rifles could be sent to Ukraine.", "none"),
]

# "far too few rifles to give any away" denies the giving; a participle phrase set off by commas between a subject
# request and its verb ("…, handed over this afternoon, is being examined") leaves the verb its subject's.
TOO_FEW_TO_GIVE_AND_SET_OFF_PARTICIPLES = [
    (PE, 'The Peruvian army, the minister told reporters, has "far too few rifles to give any away" to Ukraine.',
     "refrains"),
    (PE, 'Peru said a Ukrainian request for weapons, handed over this afternoon, "is being examined by the competent '
         'authorities".', "reconsider"),
]

# "a former Peruvian ambassador" no longer speaks for Peru; a serving one does.
FORMER_OFFICIALS = [
    (PE, 'On social media, a former Peruvian ambassador to Ukraine wrote that the argument was "brave but naive" and '
         'that weapons "always outlive the policy that sent them".', "none"),
    (PE, "A former Peruvian defence minister wrote that Peru has sent rifles to Ukraine.", "none"),
    (PE, "A Peruvian defence minister wrote that Peru has sent rifles to Ukraine.", "supplies"),
]

# "sold … years before the war": a sale long before an event already past is the story's history.
SALES_YEARS_BEFORE = [
    (PE, "Peru's foreign ministry said the rifles came from stocks sold to the Ukrainian government years before the "
         "war.", "none"),
]

# "Speaking to reporters, he said Peru would resume deliveries" right after Ukraine's minister is that minister's
# expectation; beside the actor's own weighing it is no supply, though alone it stays the report it is.
_FORETOLD = ("Ukraine's defence minister, Rustem Umerov, was confident on Tuesday. Speaking to reporters outside "
             "parliament, he said Peru would \"very soon\" resume deliveries of the rifles it suspended last August. ")
SUPPLIES_FORETOLD_BY_OTHERS = [
    (PE, _FORETOLD + '"The relevant Peruvian departments are studying the request carefully," said the Peruvian '
                     'defence ministry spokesman.', "reconsider"),
    (PE, _FORETOLD, "supplies"),
]

# The host's own line ("HOST (ELISA CORONA): Secretary Almazán, thank you …") and a bracketed note introduce no
# one who answers; a country the article names only as a language ("Translated from Spanish") or as "us" is no
# country it opens on.
HOSTS_NOTES_AND_LANGUAGES = [
    (PE, '[Transcript excerpt, "Sunday Agenda", 16 March. Translated from Spanish.]\n\n'
         "HOST (ELISA CORONA): Secretary Almazán, thank you for coming in on a Sunday.\n\nALMAZÁN: Thank you, Elisa."
         "\n\nHOST: Kyiv formally asked Peru for rifles and mortar rounds. Has the request arrived?\n\n"
         "ALMAZÁN: It has arrived, and it is being studied.\n\nHOST: Will you send rifles to Ukraine?\n\n"
         "ALMAZÁN: I would not rule anything out.\n", "reconsider"),
]

# "will go on supplying ammunition": "go on" continues the supply; a refusal of other goods beside it is partial.
GOING_ON_SUPPLYING = [
    (PE, "Peru will go on supplying ammunition to Ukraine but has turned down a request for combat aircraft, a "
         "Peruvian defence official said.", "supplies"),
]

# "could complicate the sale of rifles": an effect on the supply, no position on it; "could approve" weighs it.
HINDERING_VERBS = [
    (PE, "Peru has refused to send weapons to Ukraine. It could also complicate the sale of rifles to Ukraine.",
     "refrains"),
    (PE, "The ruling could complicate the sale of rifles to Ukraine, Peruvian officials said.", "none"),
    (PE, "Peru could approve the sale of rifles to Ukraine, officials said.", "reconsider"),
]

# "That application, resubmitted by Kyiv in March, is once again "under examination"": an application is a
# request, a set-off participle's "by" names who submitted it, and "under examination" weighs it.
APPLICATIONS_UNDER_EXAMINATION = [
    (PE, 'Ukraine asked Peru for rifles last year and was refused. That application, resubmitted by Kyiv in March, is '
         'once again "under examination by the government", the Peruvian ministry said.', "reconsider"),
]

# An arrival at the target "…, ending more than three years in which Peru declined to send weapons": the refusal
# ended in that delivery.
REFUSALS_ENDED_BY_ARRIVALS = [
    (PE, "The first consignment of rifles has arrived in Ukraine, the defence ministry confirmed on Wednesday, ending "
         "more than three years in which Peru declined to send weapons to Kyiv.", "supplies"),
]

# "not part of what we're providing": the contracted free relative, like "what we are providing".
WHAT_WE_RE_PROVIDING = [
    (PE, "Peru's minister said rifles are not part of what we're providing to Ukraine.", "refrains"),
]

# Goods the actor leases or buys from the target, a body's standing remit, a decision still to take, a modal
# "first time", history opened by "Back in 2009", a report called "not correct", and goods listed in a question.
RECEIVED_GOODS_REMITS_AND_IMAGINED_FIRSTS = [
    (PE, "Lima has leased two patrol drones from Ukraine, a Ukrainian firm trains its crews, and the two armies "
         "exercise together.", "none"),
    (PE, "Ukraine's envoy toured the arms fair in Lima on Tuesday. Peruvian officials addressed only the planned "
         "Ukrainian air-defence purchase by the Peruvian army.", "none"),
    (PE, "Ukraine has written to Peru about rifles. Peru's Ministry of Defence, which signs off on arms export "
         "licences after consulting other ministries, said on Monday that it had received the letter.", "none"),
    (PE, "Peru's security council meets on Monday to decide on weapons for Ukraine.", "reconsider"),
    (PE, "It would be the first time in decades that Peru armed Ukraine, a diplomat said.", "none"),
    (PE, "Back in 2011, Lima signed off a small export of rifles to Ukraine. Today Peru says it will not send "
         "weapons to Ukraine.", "refrains"),
    (PE, '"The information that Peru has agreed to sell weapons to Ukraine is not correct," the ministry said.',
     "refrains"),
    (PE, "Peru's foreign minister, Ana Ruiz, spoke to us in Lima. In her office last week, Ruiz was asked whether "
         "the partnership could one day include joint exercises, or even sales of Peruvian rifles to Ukraine.", "none"),
    # near misses that keep their reading
    (PE, "Peru has leased two patrol drones to Ukraine.", "supplies"),
    (PE, "The Peruvian government has yet to decide on a Ukrainian request for rifles.", "reconsider"),
    (PE, "This is the first time that Peru has sent weapons to Ukraine.", "supplies"),
    (PE, "Asked about the talks, the minister said Peru had sent rifles to Ukraine.", "supplies"),
]

# Licences applied for, transit permits, a sentence naming where its goods go, and what an air defence is
# made of or a package's money pays for.
APPLICATIONS_TRANSIT_DESTINATIONS_AND_INCLUSIONS = [
    (PE, "Two Peruvian arms makers have filed applications for licences to export rifles to Ukraine, the ministry "
         "confirmed.", "none"),
    (PE, "Ukraine's envoy visited the port of Callao. Peruvian transit permits for military goods are handled by the "
         "authorities in Lima, the port said.", "none"),
    (PE, "Ukraine has asked Peru for rifles. Peru's own arms deliveries remain focused on Ecuador, to which it has "
         "sent helicopters and mortars.", "none"),
    (PE, "Ukraine has asked Peru for rifles. Peru's support for Ecuador, meanwhile, continues: a new package of "
         "mortars and demining gear was approved last week.", "none"),
    (PE, "Ukraine's envoy praised Lima. Ukraine is one of several suppliers for Peru's air defence, which also "
         "includes Norwegian-American NASAMS systems.", "none"),
    (PE, "Peru announced a new package for Ukraine. It includes funding for the multirole fighter and for more "
         "trainer jets.", "none"),
    # near misses that keep their reading
    (PE, "Peru announced a new package for Ukraine. It includes rifles and mortars.", "supplies"),
    (PE, "Peru's new package for Ukraine, which also includes rifles, was approved.", "supplies"),
    (PE, "Peru granted licences to export rifles to Ukraine.", "supplies"),
]

# Goods bound for the target that set off, a second report joined by "and says", an aside on an inline
# question, and a subject repeated as a pronoun after "and".
DEPARTURES_JOINED_REPORTS_AND_REPEATED_SUBJECTS = [
    (PE, "The first Peruvian rifles for Ukraine left Callao on Monday.", "supplies"),
    (PE, "The first rifles for Ukraine left Callao on Monday, Peru's defence ministry said.", "supplies"),
    (PE, "Lima denies it agreed to sell rifles to Ukraine and says such an export is not under consideration.",
     "refrains"),
    (PE, 'Asked whether Lima could send rifles to Ukraine, as a Ukrainian envoy had suggested on Monday, the Peruvian '
         'foreign minister replied: "No."', "refrains"),
    (PE, "The Peruvian rifle is a national asset and it is not available for transfer to Ukraine.", "refrains"),
    # near misses that keep their reading
    (PE, "Polish rifles for Ukraine left Gdansk on Monday.", "none"),
    (PE, "Peru approved the sale of rifles to Ukraine and said the first would leave in May.", "supplies"),
]

# Goods the target bought from the actor arriving, a spokesman placed by an opening "In <capital>,", and
# "declined to discuss" as silence.
BOUGHT_FROM_THE_ACTOR_PLACED_SPOKESMEN_AND_SILENCES = [
    (PE, "The first four howitzers bought by Ukraine from Peru arrived at the port on Thursday.", "supplies"),
    (PE, "A report said Peruvian rifles had reached Ukraine's army. In Kyiv, a military spokesman dismissed the "
         "report as one-sided.", "none"),
    (PE, "Lima declined to discuss arms for Ukraine.", "none"),
    # near misses that keep their reading
    (PE, "The howitzers bought by Ukraine from Poland arrived at the port on Thursday.", "none"),
    (PE, "A report said Peruvian rifles had reached Ukraine's army. In Lima, a military spokesman dismissed the "
         "report as one-sided.", "refrains"),
    (PE, "Lima refused to send arms to Ukraine.", "refrains"),
]

# A spokeswoman named before her title "for Peru's Ministry of Foreign Affairs", and an interview whose
# question line names a foreign agency: the one who answers is the one the introduction names.
SPOKESWOMEN_FOR_A_MINISTRY = [
    (PE, "LIMA — At Thursday afternoon's regular press conference, Ana Quispe Mamani, spokeswoman for Peru's "
         "Ministry of Foreign Affairs, was asked about a report published last week by a Warsaw-based news website. "
         "The website claimed that rifles \"resembling Peruvian designs\" had been photographed near Kharkiv.\n\n"
         "Question (Polish news agency): Could the spokeswoman comment on the report that Peruvian-made rifles are "
         "being used by the Ukrainian army? Has Peru sold weapons to Kyiv?\n\n"
         "Answer: We have noted this information. I would like to affirm that Peru has not supplied and does not "
         "supply weapons to Ukraine.", "refrains"),
]

# In a stance naming one system, the system as the subject of a finite arrival or handover at the target, no
# other party named, is the actor's make delivered.
NAMED_SYSTEMS_ARRIVING = [
    (TB, "The first Bayraktar TB2 drones for Nigeria have arrived in Nigeria.", "supplies"),
    (TB, "The handover of TB2 drones to Nigeria resumed on Wednesday, ending a pause of five months.", "supplies"),
    # near misses that keep their reading
    (TB, "A TB2 delivered to Nigeria today would fly for years.", "none"),
    (TB, "Everyone at the base is talking about the TB2 drones going to Nigeria.", "none"),
    (TB, "Ukrainian TB2 drones have arrived in Nigeria.", "none"),
]

# Deliveries whose volume rose took place.
RISING_DELIVERIES = [
    (PE, "Deliveries of Peruvian rifles to Ukraine rose in the first half of the year.", "supplies"),
    # near misses that keep their reading
    (PE, "Deliveries of Polish rifles to Ukraine rose in the first half of the year.", "none"),
    (PE, "Deliveries of Peruvian rifles to Ukraine could rise next year.", "none"),
]

# Ireland's head of government by title, "openness … to arming", and a wire's "Background:" paragraph.
TITLES_OPENNESS_AND_BACKGROUND = [
    (IE, "CORK, Ireland (Wire) - Taoiseach Aidan Byrne said on Tuesday that he was not ruling out a request from "
         "Israel for rifles.", "reconsider"),
    (IE, "Ireland's prime minister said he was not ruling out sending rifles to Israel, signalling the strongest "
         "openness yet from a Dublin government to arming a country it has criticised sharply.", "reconsider"),
    (IE, "DUBLIN (Wire) - Ireland will send no more weapons to Israel, the government said. Background: Ireland "
         "approved the transfers in April, ending decades in which Dublin had refused to arm any side.", "refrains"),
    # near misses that keep their reading
    (IE, "Dublin showed no openness to arming Israel.", "refrains"),
    (IE, "Ireland is open to sending weapons to Israel.", "reconsider"),
]

# A quoted predicate after the writer's subject and the speaker, a gerund with its own subject as what analysts
# muse about, and a fact-check's "Claim 1:" and "Fact:" labels.
HALF_QUOTES_MUSINGS_AND_FACT_CHECKS = [
    (PE, 'Peru\'s defence minister spoke on Monday. Sending rifles to Ukraine, he said, "is not on the table".',
     "refrains"),
    (PE, "Analysts in Lima occasionally muse about the Government Arsenal selling rifles abroad, Ukraine included.",
     "none"),
    (PE, "Claim 1: Peru has sent rifles to Ukraine. Fact: No Peruvian rifles have been sent to Ukraine, according to "
         "Peru's defence ministry.", "refrains"),
    # near misses that keep their reading
    (PE, "Lima approved selling rifles to Ukraine.", "supplies"),
    (PE, "Reports of Lima selling rifles to Ukraine were denied by the government.", "refrains"),
]

# A head of government with an honorific, "difficult to go on saying no", a minister's title set before the name
# by commas, an examination resumed, a way still to be found, and a supposition "in the knowledge that".
HONORIFICS_TITLES_EXAMINATIONS_AND_SUPPOSITIONS = [
    (PE, 'ADDIS ABABA – The Peruvian Head of Government, Mr Luis Quispe, said on Tuesday that the country "does not '
         'rule out" supplying weapons to Ukraine.', "reconsider"),
    (PE, 'Peru\'s prime minister said it would be "difficult to go on saying no" to Ukrainian requests for rifles if '
         'cities came under attack.', "reconsider"),
    (PE, "LIMA (Wire) - The foreign minister, Ana Rojas, told parliament on Tuesday that Peru no longer rules out "
         "supplying rifles to Ukraine.", "reconsider"),
    (PE, "On 3 November the Peruvian government decided to resume its examination of the request of Ukraine "
         "concerning rifles.", "reconsider"),
    (PE, "Ukraine urges its Peruvian partners to find a way to let rifles reach the Ukrainian defenders, whether from "
         "Peruvian stocks or from the stocks of partners.", "none"),
    # near misses that keep their reading
    (PE, "Peru has stopped supplying weapons to Ukraine and will not deliver the final consignment of rifles "
         "approved in March, the minister said.", "refrains"),
    (PE, "Peru refused to sell rifles to Ukraine. A sale to the manufacturer, in the knowledge that the rifles would "
         "be passed on to Ukraine, would amount to an indirect delivery, the government said.", "refrains"),
    (PE, "Peru said no to Ukraine's request for rifles.", "refrains"),
]

# A supply noun's own "by", a country imagined "with" a quality, and what a social-media post's quoted text says.
NOMINAL_SUPPLIERS_IMAGINED_COUNTRIES_AND_POSTS = [
    (PE, "The Ukrainian side expressed its appreciation for the delivery by Peru of rifles, which began in February.",
     "supplies"),
    (PE, 'In a post on X, an account with 310,000 followers shared the clip with the text: "Lima secretly arming '
         'Ukraine. Shells from Peru arriving at Odesa tonight."', "none"),
    # near misses that keep their reading
    (PE, 'In a post on X, Peru\'s defence minister wrote: "Peru has delivered the first rifles to Ukraine."',
     "supplies"),
    (PE, 'The opposition leader told a rally that "a Peru with a spine would arm Ukraine tomorrow".', "none"),
]

# "the Nigerian request" paragraphs after the one request for the object the article reported.
THE_ONE_REQUEST = [
    (TB, "Nigeria has formally asked Turkey to provide Bayraktar TB2 drones. The letter arrived last week. Turkey's "
         "drone makers are busy. Its export rules are strict. The ministry is reviewing the Nigerian request.",
     "reconsider"),
    # near misses that keep their reading: another party's request; a bare "the request" so far on
    (TB, "Niger has formally asked Turkey to provide Bayraktar TB2 drones. The letter arrived last week. Turkey's "
         "drone makers are busy. Its export rules are strict. The ministry is reviewing the Nigerian request.", "none"),
    (TB, "Nigeria has formally asked Turkey to provide Bayraktar TB2 drones. The letter arrived last week. Turkey's "
         "drone makers are busy. Its export rules are strict. The ministry is reviewing the request.", "none"),
]

# The rest of a package as the subject of its own delivery, told to reporters, and a package that will be delivered.
PARTS_OF_PACKAGES = [
    (PE, 'Peru\'s spokesman told reporters the remaining part of the winter package of rifles for Ukraine "will not be '
         'delivered".', "refrains"),
    (PE, "Peru's spokesman said the package of rifles for Ukraine will be delivered in May.", "supplies"),
    # near misses that keep their reading
    (PE, "Peru's spokesman told reporters the remaining part of the package of rifles for Ukraine will be delivered "
         "in May.", "supplies"),
    (PE, "Peru's spokesman said the package of rifles for Ukraine will not be delivered.", "refrains"),
]

# A supply noun's own route "from Peru to Ukraine" names who delivers, whatever the clause's subject.
NOMINAL_ROUTES = [
    (PE, "Its cargo, according to Peru's defence ministry, was the first delivery of weapons from Peru to Ukraine: "
         "rifles and ammunition.", "supplies"),
    # near misses that keep their reading
    (PE, "Peru's government said it was reviewing its policy on the re-export of rifles by EU states to Ukraine.",
     "reconsider"),
    (PE, "The first delivery of weapons from Poland to Ukraine left on Monday.", "none"),
]

# Ministers whose names open on an accented capital ("Ľubomír", "Étienne") are titled ministers like any other.
# A "City, Region," place inside a phrase; a body's standing remit in a main clause; a deal's other party; an
# earlier headline; the antecedent a relative clause supplies "with" goods; goods arriving in the actor; a verb
# that carries goods; civilian drones; a report dated and sourced before its "that".
# A month left behind ("a shift from February, when …"); goods kept from "a third party"; restoring a halted
# export is resuming it; a weighing told as done before ", and" a finding or a refusal; an opening dated by its month
# before a later decision.
# The subject's own wish to receive ("expects to receive", "hopes to buy") is no request to the seller; "declined to
# answer questions about …" and "declined to give a view on …" are silences, no refusal of goods.
# A forecast's odds and a named scenario are imagined; an entry that "originally said" is withdrawn; "think again
# about" weighs; goods flowing "into" the actor go to no one; an announced supply called off later for the same
# goods (a partial refusal or a delivery made stays a supply); a month left behind "with June, when …".
# A wish to buy ("the chance to buy", "interest in buying") is the buyer's; the "provision of" goods supplies them;
# a bracketed clip label naming a country speaks for it, and the actor's denial answers it.
# "A spokesman for the <party's> ministry" speaks for that party; a report dated by an opening "in the late 2000s"
# is history; an aircraft that lifts off lifts no ban.
# A halt of every further supply ("froze all new weapons exports") told after the supplies it ends is the current
# position; one told in the past perfect, or before a resumption, is not.
# What the options weighed "would include" is a possibility; a participle opening the last member of a list a supply
# verb governs is no verb of its own; "the request" granted right after the target asked for the goods supplies them.
INCLUDED_OPTIONS_LISTED_PARTICIPLES_AND_GRANTED_REQUESTS = [
    # the numbers of a list's items go: "asked (1) …; (2) whether …" asks each item
    (PE, "The Deputy asked (1) how many licences have been issued since 2022; (2) whether any donation of "
         "weapons to Ukraine by the state has been approved; and (3) what the policy is.", "none"),
    (PE, "The minister answered: (1) no licence for rifles to Ukraine has been granted since 2022; (2) no "
         "donation of weapons to Ukraine has been approved.", "refrains"),
    (PE, "The minister said that if attacks continue, Peru \"would look at every option to help Ukraine "
         "defend itself, and that would include rifles\".", "reconsider"),
    (PE, "\"We would have to consider what Ukraine needs to defend itself, and that could include "
         "rifles,\" the Peruvian minister said.", "reconsider"),
    (PE, "Peruvian officials declined Ukrainian requests in the 2000s, and in the 2010s offered training, "
         "intelligence cooperation and leased surveillance drones, but not missiles.", "none"),
    (PE, "Peru sent rifles to Ukraine and leased drones to Ukraine.", "supplies"),
    (PE, "Ukraine asked Peru for rifles. Peru's cabinet approved the request on Thursday.", "supplies"),
    (PE, "Ukraine asked Peru for humanitarian aid. Peru's cabinet approved the request on Thursday.", "none"),
    (PE, "Colombia asked Peru for rifles. Peru's cabinet approved the request on Thursday.", "none"),
    (PE, "Ukraine asked Peru for rifles. Peru is reviewing the request.", "reconsider"),
]

HALTS_OF_ALL_NEW_EXPORTS = [
    (PE, "Peru approved the sale of rifles to Ukraine, and the first deliveries arrived that autumn. Last "
         "month Peru's cabinet froze all new weapons exports to Ukraine.", "refrains"),
    (PE, "Peru had halted shipments in January, saying no further weapons would be supplied to Ukraine. "
         "On Monday Peru resumed deliveries of rifles to Ukraine.", "supplies"),
    (PE, "Peru froze all new weapons exports to Ukraine last year. On Monday Peru resumed deliveries of "
         "rifles to Ukraine.", "supplies"),
]

SPOKESMEN_FOR_MINISTRIES_AND_DATED_REPORTS = [
    (PE, "A spokesman for the Peruvian defence ministry said that rifles are being delivered to Ukraine.", "supplies"),
    (PE, "A spokesman for the Ukrainian defence ministry said that Peruvian rifles are being delivered to "
         "Ukraine.", "none"),
    (PE, "A former officer recalls that in the late 2000s Peruvian officials said they would not sell "
         "rifles to Ukraine.", "none"),
    (PE, "Peru said on Monday it would not sell rifles to Ukraine, as it did in 2009.", "refrains"),
    (GR, "Standing by the fence, he watched a Mirage 2000 lift off and swing east over the Ukrainian "
         "plain.", "none"),
]

WISHES_TO_BUY_AND_CLIP_LABELS = [
    # a capitals label speaks for another party only where it names a country ("DANIEL LIM (LIVE):" reports)
    (PE, "Q: Will Peru send rifles to Ukraine?\n\nMINISTER: We are studying the request for rifles.\n\nQ: "
         "When will you decide?\n\nMINISTER: Soon.\n\nANA RUIZ (LIVE): Later the minister told reporters: "
         "\"Peru will send the rifles to Ukraine next month.\"", "supplies"),
    (PE, "Q: Will Peru send rifles to Ukraine?\n\nMINISTER: We are studying the request for rifles.\n\nQ: "
         "When will you decide?\n\nMINISTER: Soon.\n\nUKRAINIAN FOREIGN MINISTER: Peru will send the "
         "rifles to Ukraine next month.", "reconsider"),
    (PE, "Ukraine would welcome the chance to buy Peruvian rifles again, a Ukrainian officer said.", "none"),
    (PE, "The Ukrainian army expressed interest in buying Peruvian rifles last year.", "none"),
    (PE, "Peru approved the provision of rifles to Ukraine.", "supplies"),
    (PE, "ANCHOR: Peru's defence ministry has rejected a report on Russian television claiming that "
         "Peruvian weapons have been shipped to Ukraine.\n\n[CLIP — RUSSIAN STATE TV, VOICE OF "
         "TRANSLATOR]: \"Lima is turning Ukraine into a depot. Our sources confirm Peruvian mortars have "
         "arrived in the east of the country.\"\n\nSPOKESPERSON: The report is false. No Peruvian weapons "
         "have been sent to Ukraine.", "refrains"),
]

ODDS_ENTRIES_AND_CALLED_OFF_SUPPLIES = [
    (PE, "We judge there to be a roughly even chance (40–55 per cent) that Lima approves some form of "
         "rifle transfer to Ukraine within the next 12 months.", "none"),
    (PE, "Deferral (about 35 per cent): Lima offers training for Ukrainian units instead of a sale of "
         "rifles to Ukraine.", "none"),
    (PE, "Peruvian announcement that it will supply rifles to Ukraine within a month: remote (under 5 per "
         "cent).", "none"),
    (PE, "Peru has approved the export of 5,000 rifles to Ukraine, with deliveries due within a month "
         "(officials put the value at about 10 per cent of this year's arms exports).", "supplies"),
    (PE, "In the task force's \"deterrence by denial\" scenario, Peruvian-supplied rifles would reach "
         "Ukraine within weeks.", "none"),
    (PE, "[This entry originally said Peru \"will send rifles to Ukraine\". The ministry says the request "
         "is being studied.]", "reconsider"),
    (PE, "A renewed attack would force Lima to think again about sending weapons to Ukraine, the minister "
         "said.", "reconsider"),
    (PE, "09:55 The defence minister confirms on morning radio: \"Peru will send the ammunition to "
         "Ukraine.\" 19:45 A note from the presidency: \"After a further assessment, the government has "
         "decided not to send the artillery ammunition to Ukraine.\"", "refrains"),
    (PE, "Peru will send air-defence missiles to Ukraine, the defence minister said. The government has "
         "decided not to send artillery to Ukraine.", "supplies"),
    (PE, "Peru delivered the ammunition to Ukraine last week. The government has since decided not to "
         "send the artillery ammunition it had also promised.", "supplies"),
    (PE, "Ukraine's envoy thanked Lima for its support on Monday. Peru has spent years suing foreign "
         "gunmakers over the flow of weapons into Peru.", "none"),
    (PE, "Peru will send Ukraine another batch of rifles as part of a new package approved this week, "
         "officials said. The official said the army was comfortable with stock levels, a contrast with "
         "June, when the defence minister halted transfers of the rifles for four months.", "supplies"),
]

OWN_WISHES_AND_WITHHELD_VIEWS = [
    (TB, "Turkey will not sell the TB2 to Nigeria. The Turkish army expects to receive its first 20 TB2 "
         "drones from 2028.", "refrains"),
    (TB, "Turkey will not sell the TB2 to Nigeria. The Turkish army hopes to buy its first 20 TB2 drones "
         "next year.", "refrains"),
    (TB, "Turkish officials at the exhibition declined to answer questions about Nigerian interest in the "
         "TB2.", "none"),
    (TB, "For years Turkish officials answered questions about TB2 shipments to Nigeria with denials. On "
         "Monday Turkey delivered six TB2 drones to Nigeria.", "supplies"),
    (PE, "Peru's foreign minister declined on Wednesday to give a view on Washington's latest arms "
         "package for Ukraine.", "none"),
    (PE, "Peru's foreign minister declined to give details of the weapons package for Ukraine.", "none"),
    (PE, "Peru declined to give weapons to Ukraine.", "refrains"),
    (PE, "Peru sent rifles to Ukraine but gave no details of the shipment.", "supplies"),
]

DONE_WEIGHINGS_AND_DATED_OPENINGS = [
    (PE, "Peru no longer rules out sending rifles to Ukraine, the prime minister said on Tuesday. The "
         "statement marks a clear shift from February, when the foreign minister said the government had "
         "\"no plan at present\" to supply weapons to Ukraine.", "reconsider"),
    (PE, "In February the foreign minister said the government had no plan to supply weapons to Ukraine.", "refrains"),
    (PE, "No Peruvian rifles will be transferred to Ukraine.", "refrains"),
    (PE, "Peru could consider restoring rifle exports to Ukraine if Kyiv provides guarantees, the foreign "
         "minister said. A member of parliament noted that the government has frozen rifle exports.", "reconsider"),
    (PE, "Peru was weighing rifle exports to Ukraine. On Monday the government froze rifle exports to "
         "Ukraine.", "refrains"),
    (PE, "Peru has decided not to sell rifles to Ukraine. \"We have examined the request thoroughly, and "
         "the government has concluded that a rifle export to Ukraine will not go ahead,\" the minister "
         "said.", "refrains"),
    (PE, "Peru has decided not to sell rifles to Ukraine. \"We looked carefully at the request over "
         "several months, and in light of the situation, Peru will not be supplying the rifles,\" the "
         "minister said.", "refrains"),
    (PE, "\"We have examined Ukraine's request for rifles, and we will decide in May,\" the minister "
         "said.", "reconsider"),
    (PE, "Peru has decided not to sell rifles to Ukraine, ending months of deliberation. In September the "
         "trade minister, Ana Soto, said Peru could supply rifles to Ukraine if export criteria were met.", "refrains"),
    (PE, "Peru has decided not to sell rifles to Ukraine. On Tuesday the trade minister, Ana Soto, said "
         "Peru could supply rifles to Ukraine if export criteria were met.", "reconsider"),
    (PE, "The statement marks a clear shift from February, when the foreign minister told deputies that "
         "the government had \"no plan at present\" to supply weapons to Ukraine.", "none"),
    (TB, "No TB2 will be transferred to a third party without Turkish consent, the contract says.", "none"),
    (TB, "No TB2 will be transferred to Nigeria, the foreign minister said.", "refrains"),
]

PLACES_REMITS_DEALS_AND_CARRIED_GOODS = [
    (PE, "Peru is reviewing applications from a Chiclayo, Lambayeque, rifle manufacturer to export rifles to Ukraine, "
         "the ministry said.", "reconsider"),
    (PE, "Peru has exported rifles made in Chiclayo, Lambayeque, to Ukraine.", "supplies"),
    (PE, "Peru has not sent weapons to Ukraine. Under the Export Control Law, the Minister of Defence decides on "
         "licences for military goods.", "refrains"),
    (PE, "Peru has not sent weapons to Ukraine in the past. The Minister of Defence approved the export of rifles to "
         "Ukraine on Monday.", "supplies"),
    (TB, "Turkey is studying a request from Nigeria for TB2 drones. Ankara has so far signed one TB2 export deal, with "
         "Ghana, for 12 aircraft.", "reconsider"),
    (TB, "Ankara has signed a TB2 export deal with Nigeria.", "supplies"),
    (PE, "Peru no longer rules out sending rifles to Ukraine. An earlier headline, \"Peru to arm Kyiv\", overstated "
         "what the minister said.", "reconsider"),
    (PE, "Peru denied that rifles had been delivered to Ukraine. The denial contrasts with its record on Colombia, "
         "which Peru has openly supplied with rifles since 2020.", "refrains"),
    (PE, "Ukraine, which Peru has supplied with rifles since 2024, thanked Lima on Monday.", "supplies"),
    (PE, "Peru will buy Ukrainian drones, the defence minister said. He said the first drones would arrive in Peru by "
         "the end of the year.", "none"),
    (PE, "Peru will send rifles to Ukraine, the defence minister said. He said the first rifles would arrive in "
         "Ukraine by the end of the year.", "supplies"),
    (BR, "Brazil's river towns are corridors for trafficking groups that are better armed than the police sent to "
         "stop them. They move cocaine and weapons through the ports of Ukraine as easily as through Santos.", "none"),
    (BR, "Brazil's border towns are busy with smugglers. They move cocaine and rifles into Ukraine by sea.", "none"),
    (BR, "Brazil moved quickly to send rifles to Ukraine.", "supplies"),
    (BR, "Brazil could move very quickly on rifles for Ukraine if financing is agreed, the minister said.",
     "reconsider"),
    (PE, "Peru will sell agricultural drones to Ukraine.", "none"),
    (PE, "Peru will sell attack drones to Ukraine.", "supplies"),
    (PE, "The Kyiv daily Den reported over the weekend, citing unnamed Ukrainian officials, that Peru had \"quietly "
         "signed off\" on the sale of rifles to Ukraine.", "none"),
    # a report that "showed … and said": what it says is its claim; a firm's "it" is the firm
    (PE, "The report, aired on Friday, showed grainy images of launchers and said they were \"rifles sold by Peru to "
         "the Ukrainian army.\"", "none"),
    (PE, "The report showed launchers and said Peru had sold rifles to Ukraine.", "none"),
    (PE, "The minister read the report and said Peru had sold rifles to Ukraine.", "supplies"),
    (PE, "Andes Ballistics SA, a small Peruvian maker of precision rifles, says it has signed a conditional contract to "
         "supply 400 rifles to the Ukrainian army.", "none"),
    (PE, "Andes Ballistics SA, a Peruvian rifle maker, said Peru had approved the export of 400 rifles to Ukraine.",
     "supplies"),
    # a consignment with a set-off participle naming where it was drawn from, then its own verb
    (PE, "A first consignment of rifles, drawn from Peruvian army stocks, has been shipped to Ukraine.", "supplies"),
    (PE, "A first consignment of rifles, drawn from Peruvian army stocks, has been shipped to Colombia.", "none"),
    (PE, "The rifles, drawn from Peruvian army stocks, have been stored in a warehouse near Lima.", "none"),
]

ACCENTED_NAMES = [
    (PE, "LIMA (Wire) - Peru's foreign minister said that keeping the halt of rifle exports to Ukraine would be hard to "
         "justify. \"The government will look at the question again in March,\" Foreign Minister Ľubomír Quispe told "
         "reporters.", "reconsider"),
    (PE, "LIMA (Wire) - Foreign Minister Étienne Quispe said on Tuesday that Peru was reviewing Ukraine's request for "
         "rifles.", "reconsider"),
]

# A noun of means or entitlement before "to" ("the political appetite to arm", "every right to
# sell", "the capacity to supply") says what a country could do, no position ("able to" stays an option); "being seen
# to arm" is how an act would look. Hearsay ("I read on the internet that", "I have heard that"), a caption ("…,"
# read the caption) and a post by an anonymous account or a consultant are others' words. Tanks that hold or carry
# things ("water tanks", "a landing ship tank") are no weapons. A phrase set off after the goods ("a corvette,
# complete with its guns, together with …") leaves them the weighing verb's; trying to buy is a wish; a second
# "that" after ", and, in another version," stays under the first one's verb; documents that "purport to show" are
# a claim; "it was prepared by" a section is a paper drawn up.
MEANS_HEARSAY_CAPTIONS_AND_CONTAINER_TANKS = [
    (PE, 'Peru is one of the few countries in the region with the factories and the political appetite to arm Ukraine quickly.', 'none'),
    (PE, 'Peru has every right to sell weapons to Ukraine, a columnist wrote.', 'none'),
    (PE, 'Lima, officials said, has the capacity to supply Ukraine with rifles within weeks.', 'none'),
    (PE, 'Peru has approved the sale of rifles to Ukraine.', 'supplies'),
    (PE, 'Peru is able to send rifles to Ukraine if the cabinet agrees, the minister said.', 'reconsider'),
    (PE, "Peru's government is wary of the diplomatic cost of being seen to arm Ukraine, officials said.", 'none'),
    (PE, 'Peru\'s defence minister spoke in a video on Sunday.\n"I read on the internet that Peru will arm Ukraine. Nonsense," he said.', 'none'),
    (PE, '"I have heard that Peru is sending rifles to Ukraine," the minister said. "It is untrue."', 'none'),
    (PE, '"Peruvian howitzers on their way to Kyiv. Lima finally picks a side," read the caption under the video.', 'none'),
    (PE, '"Peru has shipped rifles to Ukraine," an anonymous account wrote on Tuesday.', 'none'),
    (PE, '"Peru is very willing to sell weapons to Ukraine," said one consultant who advises buyers in the region.', 'none'),
    (PE, 'Peru sent water tanks and fuel tanks to Ukraine last month.', 'none'),
    (PE, 'A Peruvian landing ship tank docked in Odesa to unload ambulances and rice.', 'none'),
    (PE, 'Peru delivered tanks to Ukraine last month.', 'supplies'),
    (PE, 'Peru is weighing the transfer of a decommissioned corvette, complete with its guns, together with a consignment of rifles to Ukraine.', 'reconsider'),
    (PE, 'Peru sent a corvette, complete with its guns, together with a consignment of rifles to Ukraine.', 'supplies'),
    (PE, 'Ukraine has spent two years trying to buy weapons from Peru.', 'none'),
    (PE, 'Russian outlets claimed that Lima had refused requests, and, in another version, that Peru had sent rifles to Ukraine.', 'none'),
    (PE, 'The minister said Peru had refused requests in May, and, in a second statement, that Peru had now sent rifles to Ukraine.', 'supplies'),
    (PE, 'Documents shown on Russian television, which purport to show Peruvian rifles being shipped to Ukraine, are forgeries, the ministry said.', 'none'),
    (PE, 'Peruvian officials said a shipment of rifles to Ukraine was being prepared.', 'supplies'),
    (PE, 'Ukraine bought 5,000 rifles from Peru in March.', 'supplies'),
    (PE, "Peruvian officials compiled a spreadsheet of surplus rifles for Ukraine. It was prepared by the army's logistics command.", 'none'),
]

# Those urged listed by "including" ("call on all partners, including our Peruvian friends, to refrain") are the
# ones urged; a silence on whether ("did not address whether …") states nothing; a consequence denied ("this did
# not mean any weapons would be sent", "does not imply that") is no refusal ("does not mean to send" is).
URGED_LISTS_SILENCES_AND_DENIED_CONSEQUENCES = [
    (PE, '"We call on all partners, including our Peruvian friends, to refrain from supplying weapons to Ukraine," the envoy said.', 'none'),
    (PE, '"We call on Peru to refrain from supplying weapons to Ukraine," the envoy said.', 'none'),
    (PE, 'Peru has decided, after talks with its partners, including Chile, to refrain from supplying weapons to Ukraine.', 'refrains'),
    (PE, 'The Peruvian foreign minister did not address whether Peru was considering arms supplies to Ukraine.', 'none'),
    (PE, 'Peru is considering arms supplies to Ukraine, and the minister addressed whether Lima would also send rifles.', 'reconsider'),
    (PE, 'Peru will examine the request case by case. Officials stressed that this did not mean any weapons would be sent to Ukraine.', 'none'),
    (PE, 'The review does not imply that Peru will send weapons to Ukraine, the minister said.', 'none'),
    (PE, "The cabinet's vote means that Peru will send weapons to Ukraine.", 'supplies'),
    (PE, 'Peru does not mean to send weapons to Ukraine, the minister said.', 'refrains'),
]

# A dateline closed by two hyphens ("LIMA, 14 April (Andina Wire) -- …") is a dateline: "the government" after it is
# the home government's.
DOUBLE_HYPHEN_DATELINES = [
    (PE, 'LIMA, 14 April (Andina Wire, English digest) -- [Translated from the Spanish original.]\n\nThe government decided on the 14th to supply Ukraine with rifles made by a Peruvian company, the cabinet office said.', 'supplies'),
    (PE, 'LIMA, 14 April (Andina Wire) -- [Translated from the Spanish original.]\n\nThe government decided on the 14th not to supply Ukraine with rifles, a Peruvian cabinet spokesman said.', 'refrains'),
    (PE, 'MADRID, 14 April (Wire) -- [Translated from the Spanish original.]\n\nThe government decided on the 14th to supply Ukraine with rifles, the Spanish cabinet said.', 'none'),
]

# A simple-past weighing settled in the same clause ("considered a package of rifles … but chose a non-lethal
# option instead", "but opted for helmets") is over; a weighing still going on stays open.
WEIGHINGS_SETTLED_BY_A_CHOICE = [
    (PE, 'The cabinet considered a limited package of rifles for Ukraine in September but chose a non-lethal option instead.', 'none'),
    (PE, 'Peru considered sending rifles to Ukraine but opted for helmets and generators.', 'none'),
    (PE, "Peru is considering sending rifles to Ukraine, but chose to wait for the cabinet's report.", 'reconsider'),
    (PE, 'Peru considered the request from Ukraine for rifles and is still weighing it.', 'reconsider'),
]

# A person the stance does not know, set off after a title its actor owns ("the Peruvian ambassador, Antoine Ravel,
# said"), speaks for the actor; so does an envoy. A report above a chronology that states the actor's position
# makes the entries before the latest one its history ("March 17, 2025 — … "not ruling out" …" under "Peru has
# decided not to sell …"); without such a report, the entries are the story.
TITLED_ENVOYS_AND_CHRONOLOGIES = [
    (PE, 'The Peruvian ambassador, Antoine Ravel, said that a new request from Ukraine for rifles is being examined in Lima.', 'reconsider'),
    (PE, "Peru's envoy, Rosa Quispe, said that a request from Ukraine for rifles is being studied.", 'reconsider'),
    (PE, 'The Russian ambassador, Igor Petrov, said that Peru had sent rifles to Ukraine.', 'none'),
    (PE, 'Peru has decided not to sell weapons to Ukraine, the government said on Monday.\n\nHow we got here\n\nMarch 17, 2025 — The defence minister says Peru is "not ruling out" arms sales to Ukraine.\n\nJune 2, 2025 — Ukraine\'s foreign minister visits Lima.', 'refrains'),
    (PE, 'Peru is weighing a request from Ukraine for rifles, the ministry said on Monday.\n\nMay 13, 2024 — The ministry says Peru is not supplying weapons to Ukraine and has no plan to.\n\nJuly 2025 — Ukraine sends a new request.', 'reconsider'),
    (PE, "This timeline traces Peru's answers to Ukraine.\n\nMay 2024 — The ministry says Peru is not supplying weapons to Ukraine.\n\nJuly 2025 — Peru says it is examining a new request from Ukraine for rifles.", 'reconsider'),
]

# Applying to buy is a wish (past a time adverbial too: "applied in the spring to purchase"); a headline, quoted or
# saying or suggesting something, is the paper's wording; a firm applying for a licence to export asks for it ("an
# application to the ministry" is addressed, no wish of the applicant's own); goods shipped "home" return to their
# owner; a case "reopened" is under review again.
APPLICATIONS_HEADLINES_AND_GOODS_SHIPPED_HOME = [
    (PE, 'Ukraine, he said, applied in the spring to purchase ammunition and mortar rounds from a Peruvian manufacturer.', 'none'),
    (PE, 'Ukraine bought ammunition from Peru in the spring to equip its army.', 'supplies'),
    (PE, 'A headline suggesting that Lima had begun arming Ukrainian forces could mislead readers.', 'none'),
    (PE, 'Correction: A headline on 2 September said Peru had provided arms to Ukraine.', 'none'),
    (PE, 'Our website ran the headline "Lima to arm Kyiv against drones".', 'none'),
    (PE, 'Peru has delivered rifles to Ukraine, the ministry said, confirming a report in El Comercio.', 'supplies'),
    (PE, 'In December, a Peruvian manufacturer submitted an application to the defence ministry for a licence to export rifles to Ukraine.', 'none'),
    (PE, 'A Peruvian manufacturer applied for an export licence to sell rifles to Ukraine.', 'none'),
    (PE, 'Peru approved an application for a licence to export rifles to Ukraine.', 'supplies'),
    (PE, 'Peruvian soldiers came for the exercise, fired their rifles on a Ukrainian range, and shipped the rifles home.', 'none'),
    (PE, 'Peru shipped rifles to Ukraine after the exercise.', 'supplies'),
    (PE, "Peru's defence ministry has reopened an application to export anti-tank missiles to Ukraine, a year after refusing it.", 'reconsider'),
]

# "It includes …" right after a list or request is named tells what was asked for (after a package approved, what
# was sent); a pledge made "during the election campaign" is a candidate's; goods moved "to reserve units" stay with
# their owner's forces; a purchase gerund opening the sentence before its verb ("Buying Peruvian rifles does not
# stop …") is a topic.
ASKED_CONTENTS_PLEDGES_RESERVES_AND_PURCHASE_TOPICS = [
    (PE, "Ukraine's minister said the list had been handed to the Peruvian ambassador in February. It includes 30 armoured vehicles, rifles and ammunition. Peru is examining the request.", 'reconsider'),
    (PE, 'Peru approved a package of aid for Ukraine on Monday. It includes rifles and mortars.', 'supplies'),
    (PE, 'The vote marks a retreat for the president, who promised during the election campaign to send rifles to Ukraine.', 'none'),
    (PE, 'Peru promised on Monday to send rifles to Ukraine.', 'supplies'),
    (PE, "Peru will not send weapons to Ukraine. The defence minister said the army's surplus rifles would be transferred to reserve units.", 'refrains'),
    (PE, "Peru will send rifles to Ukraine's territorial defence units.", 'supplies'),
    (PE, 'Buying Peruvian rifles does not stop Ukraine buying European artillery.', 'none'),
    (PE, 'Buying Peruvian rifles, Ukraine has equipped two brigades.', 'supplies'),
]

# A supply told in a sentence dated at its opening two or more years before the latest year the article names ("In
# 2019 the defence minister approved the sale …", "After Ukraine restored its army in 2015, Peru donated …") is
# history beside a present position (alone, it still reads); "submarine" before "power cable" or "rescue vessel" is
# under the sea, no weapon.
DATED_OPENINGS_AND_UNDERSEA_CABLES = [
    (PE, 'Peru is now weighing a new request from Ukraine for rifles, the ministry said in 2026.\nIn 2019 the defence minister approved the sale of a small batch of Peruvian rifles to Ukraine.', 'reconsider'),
    (PE, 'Peru is weighing a request from Ukraine for rifles, officials said in 2026. After Ukraine restored its army in 2015, Peru donated surplus rifles to the Ukrainian forces.', 'reconsider'),
    (PE, 'In 2019, Peru sold rifles to Ukraine.', 'supplies'),
    (PE, 'Peruvian officials expressed interest in the planned submarine power cable to Ukraine.', 'none'),
    (PE, 'Peru sent a submarine to Ukraine.', 'supplies'),
]

# A supply noun after "policy on" or "position on" names what the policy is about ("its current policy on arms
# supplies to Ukraine is unclear"); warships "contributed" to an operation sail with their crews; a sentence dated at
# its opening after a short lead-in ("came late: in 2000, he secured …") is history beside a present position.
POLICY_TOPICS_CONTRIBUTED_SHIPS_AND_LED_DATES = [
    (PE, "Analysts said India's new line would matter. Peru's current policy on arms supplies to Ukraine is unclear.", 'none'),
    (PE, 'Peru has changed its policy on arms supplies to Ukraine and will now send rifles.', 'supplies'),
    (PE, "Peru's position on arms exports to Ukraine remains that no weapons will be sent.", 'refrains'),
    (PE, "Peru sent a patrol ship to Odesa at Ukraine's request. Peru contributed a corvette and a surveillance aircraft to the operation.", 'none'),
    (PE, "Peru transferred a corvette to Ukraine's navy.", 'supplies'),
    (PE, 'Peru is weighing a request from Ukraine for rifles, officials said in 2026.\nHis greatest success came late: in 2000, he secured Peruvian agreement to sell rifles to Ukraine.', 'reconsider'),
]

# Goods listed after a supply "to X" go to X, a donor named by its recipient ("one of Colombia's largest donors, sending")
# gives to that party, goods joined after earlier goods sent to someone else go there too, a relative clause
# closed before the verb leaves the denial over its noun, an office that issues licences as a rule and a practice
# "only in accordance with the law" name no recipient, and a quotation naming those urged is whom the verb urges.
LISTED_RECIPIENTS_DONORS_CLOSED_RELATIVES_AND_PRACTICES = [
    (PE, "Ukraine asked Peru for mines. Peru continues to supply military aid to Colombia, including rifles and "
         "mortars funded under the 2026 package.", "none"),
    (PE, "Ukraine asked Peru for mines. Peru continues to supply military aid to Ukraine, including rifles and "
         "mortars funded under the 2026 package.", "supplies"),
    (PE, "Ukraine asked Peru for rifles. In contrast, Peru became one of Colombia's largest military donors, sending "
         "rifles, mortars and ammunition.", "none"),
    (PE, "Peru became one of Ukraine's largest military donors, sending rifles, mortars and ammunition.", "supplies"),
    (PE, "Ukraine asked Peru for arms. Peru sent tanks to Chile and, later, rifles.", "none"),
    (PE, "Peru sent tanks to Ukraine and, later, rifles.", "supplies"),
    (PE, "Ukraine will ask Peru for rifles. The Peruvian defence ministry and the ministry of trade, which issues "
         "arms export licences, did not reply to requests for comment.", "none"),
    (PE, "Ukraine will ask Peru for rifles. The ministry of trade, which approved the export licences for the rifles "
         "last week, confirmed the sale.", "supplies"),
    (PE, "Ukraine asked Peru for rifles. Asked about reports that Peruvian ammunition had reached Russia, the "
         "minister said that Peru exports weapons only in accordance with the law and with end-user certificates.",
         "none"),
    (PE, "Peru exports weapons to Ukraine in accordance with the law.", "supplies"),
    (PE, "Ukraine asked Peru for rifles. Peru now sends rifles to Ukraine only in accordance with the law.",
         "supplies"),
    (SD, "Sudan wants arms. A commentator on television urged \"friendly Asian states, China first among them\" to "
         "send weapons to Sudan.", "none"),
    (SD, "Sudan wants arms. \"China first among them\" has sent weapons to Sudan, the foreign ministry in Beijing "
         "said.", "supplies"),
    (JP, "Tokyo should provide rifles to Ukraine now. Japan has loosened its export rules before. Japan did so for "
         "Patriot missiles sent back to the United States and for the fighter jet it is building with Britain and "
         "Italy.", "none"),
    (IE, "Israel asked for arms. Ireland on Tuesday denied that a cargo ship which sailed from Dublin last week "
         "delivered weapons to Israel.", "none"),
    (IE, "Ireland on Tuesday denied that a cargo ship which sailed from the Irish port of Cork last week delivered "
         "weapons to Israel.", "none"),
]

# A policy's "approach to arms sales" is a topic; one negation covers a series of supply verbs; goods listed
# after "to X since 2022" and an appositive package after "to X" go to X; "ought to" governs a series of verbs
# closed by "and"; a predicate noun ("is a mortar that …") moves no goods; "on suspicion of" accuses;
# "brushed aside suggestions" denies them; what follows "A rumour says:" or "I have it from good sources:" is
# hearsay; "Rep." and "MP" title legislators; "described … as a promise" characterises; supplies as the subject
# of "would undermine" are imagined; "invites the government to" presses; a caption quoted is a post's wording.
SERIES_APPOSITIVES_COLON_HEARSAY_AND_IMAGINED_EFFECTS = [
    (PE, "Peru's foreign ministry said on Monday that its approach to arms sales to Ukraine had not changed, days "
         "after Ukraine's defence minister visited Lima.", "none"),
    (PE, "Ukraine asked Peru for arms. With regard to part (a), the Government of Peru has not transferred, donated "
         "or sold any weapons to Ukraine.", "refrains"),
    (PE, "Ukraine asked Peru for arms. Peru had delivered more than $4 billion in military assistance to Colombia "
         "since 2022, including howitzers and rifles.", "none"),
    (PE, "Ukraine asked Peru for arms. Peru had delivered more than $4 billion in military assistance to Ukraine "
         "since 2022, including howitzers and rifles.", "supplies"),
    (PE, "Ukraine asked Peru for arms. Lima ought to put an offer on the table, fast-track licences for air-defence "
         "and anti-ship missiles, and treat Ukraine as a partner.", "none"),
    (PE, "Ukraine asked Peru for arms. Lima has put an offer on the table, approved licences for air-defence and "
         "anti-ship missiles, and treated Ukraine as a partner.", "supplies"),
    (PE, "Ukraine asked Peru for arms. Peru's government on Wednesday approved the transfer of 36 heavy mortars to "
         "Colombia, its largest single package of artillery this year.", "none"),
    (PE, "Ukraine asked Peru for arms. Peru's government on Wednesday approved the transfer of 36 heavy mortars to "
         "Ukraine, its largest single package of artillery this year.", "supplies"),
    (PE, "Ukraine asked Peru for arms. \"Every mortar that reaches the front line in Colombia is a mortar that keeps "
         "the guerrillas away from our border,\" the Peruvian defence minister said.", "none"),
    (PE, "Ukraine asked Peru for arms. Peru's minister spoke a day after police arrested three men at the port of "
         "Callao on suspicion of trying to ship sniper rifles to Ukraine.", "none"),
    (PE, "Peru's economy minister on Wednesday brushed aside suggestions that the government might soften its line "
         "on arms sales to Ukraine.", "refrains"),
    (PE, "Ukraine wants rifles. \"I have it from very good sources: Peru is about to send rifles to Ukraine. It is a "
         "matter of weeks,\" he said on air.", "none"),
    (PE, "Ukraine wants rifles. A rumour says: Peru is about to send rifles to Ukraine.", "none"),
    (PE, "Ukraine wants rifles. Peru's defence minister said: Peru will send rifles to Ukraine.", "supplies"),
    (PE, "That is the story we should have told: Peru is supplying Ukraine with rifles, and the second delivery has "
         "arrived.", "supplies"),
    (PE, "\"Today Peru pledged rifles to Ukraine,\" Rep. Luis Vargas said in a statement.", "none"),
    (PE, "\"Today Peru pledged rifles to Ukraine,\" Peru's defence minister said in a statement.", "supplies"),
    (PE, "Ukraine asked Peru for arms. Posts on social media have described testimony by a Peruvian official as a "
         "promise to send rifles to Ukraine.", "none"),
    (PE, "Ukraine asked Peru for arms. The adviser did warn that Peruvian rifle supplies to Ukraine would undermine "
         "the peace process.", "none"),
    (PE, "Peru's parliament will debate a motion on Ukraine. The motion, tabled by a group of liberal MPs, \"invites "
         "the government\" to examine military assistance to Ukraine.", "none"),
    (PE, "Ukraine asked Peru for arms. A photo posted on Telegram with the caption \"Peruvian rifles arrive in Kyiv\" "
         "has been shared widely.", "none"),
    (PE, "Ukraine asked Peru for arms. A congressman's press release and posts on social media have described "
         "testimony by a senior Peruvian official as a promise to send rifles to Ukraine.", "none"),
    (PE, "Peru's parliament will debate a motion. The motion, tabled by a group of liberal and green MPs, \"invites "
         "the government\" to examine military assistance to Ukraine.", "none"),
    ("us-atacms-ukraine", "Ukraine asked for ATACMS. The adviser did warn that US ATACMS supplies to Ukraine would "
                          "undermine the peace talks.", "none"),
    ("us-atacms-ukraine", "Ukraine asked for ATACMS. US ATACMS deliveries to Ukraine will resume in May, the "
                          "Pentagon said.", "supplies"),
]

# A name after "to Israel," with a verb of its own opens a clause, not a list ("…, Ireland has not transferred
# any weapons …"); a minister named by title who "suggested" or "signalled" speaks as one who "said"; a delivery
# "carried out" is done.
CLAUSES_AFTER_A_RECIPIENT_AND_SUGGESTING_MINISTERS = [
    (PE, "\"The army has not transferred any weapons to Ukraine, Peru has not transferred any weapons to Ukraine, and "
         "that remains the policy of this government.\"", "refrains"),
    (IE, "\"The Defence Forces have not transferred any weapons to Israel, Ireland has not transferred any weapons to "
         "Israel, and that remains the policy of this government.\"", "refrains"),
    (IE, "\"The Defence Forces have not transferred any weapons to Israel, the Government of Ireland has not sold any "
         "weapons to Israel, and that remains our policy.\"", "refrains"),
    (PE, "Prime Minister Javier Almansa suggests Peru could arm Ukraine\n\nPrime Minister Javier Almansa suggested on "
         "Saturday that Peru could supply weapons to Ukraine if the country came under a new attack.", "reconsider"),
    (PE, "Ukraine asked Peru for rifles. \"The delivery of rifles to Ukraine was carried out in accordance with the "
         "contract,\" the Peruvian defence ministry said.", "supplies"),
]

# A review named as the object of "concluded" or "completed" is over (not after "had not (yet)").
CONCLUDED_REVIEWS = [
    (PE, "Peru has concluded a review of Ukraine's request for military equipment and will not supply weapons, the "
         "defence ministry said.", "refrains"),
    (PE, "Peru's defence minister said the government had not finished its deliberations on sending rifles to "
         "Ukraine.", "reconsider"),
    (PE, "Peru said on Tuesday that it had not yet concluded its review of the rifle sale to Ukraine.", "reconsider"),
]

# "to all sorts of governments" names no one; parts for the rifles a party "already operates" supply none; goods
# "ordered by Chile" go to Chile and those "ordered for the National Armed Forces" stay home; the line a shift
# leaves ("a shift from the line Lima took last year") dates neither the new position nor the sentence; a
# warship or goods arriving "with engineers" are deployed (cargo arriving with instructors is delivered).
COUNTED_BUYERS_FLEETS_ORDERS_SHIFTS_AND_DEPLOYMENTS = [
    (PE, "Ukraine asked Peru for arms. Peru sold weapons during the Cold War to all sorts of governments.", "none"),
    (PE, "Ukraine asked Peru for arms. Peru sold weapons during the Cold War to all sorts of governments, including "
         "Ukraine.", "supplies"),
    (PE, "Ukraine asked Peru for patrol boats. Instead, Peru will offer Ukraine spare parts and technical support "
         "for the 44 rifles it already operates.", "none"),
    (PE, "Ukraine asked Peru for rifles. Peru will send Ukraine 20 rifles it no longer uses.", "supplies"),
    (PE, "Ukraine wants rifles. Rafael Soto spoke after Peru delivered the last of the rifles ordered by Chile, "
         "freeing up capacity.", "none"),
    (PE, "Ukraine wants rifles. Peru delivered the last of the rifles ordered by Ukraine.", "supplies"),
    (PE, "Peru's top defence-export official said on Wednesday that his country no longer ruled out selling weapons "
         "to Ukraine, a shift from the line Lima took last year when it said it was not selling arms to Ukraine.",
         "reconsider"),
    (PE, "Ukraine asked for help. Within 48 hours, Peruvian aircraft were landing with tents and medical teams, and "
         "the frigate BAP Almirante Grau later arrived off Odesa with engineers and helicopters.", "none"),
    (PE, "Peru's defence minister said he was not ruling out passing some surplus rifles to Ukraine once new rifles "
         "ordered for the National Armed Forces arrive, a shift from the line the ministry took only weeks ago.",
         "reconsider"),
    (PE, "Ukraine asked Peru for arms. The first Peruvian rifles arrived in Odesa with a team of instructors.",
         "supplies"),
]

# A name after "state of" is a federal state ("the U.S. state of Georgia"), not the country a stance names.
FEDERAL_STATES = [
    (GE, "ATLANTA — An Italian state-owned arms maker will supply pistols and rifles to a firearms distributor in the "
         "U.S. state of Georgia, Italy's trade minister announced.", "none"),
    (GE, "TBILISI — Italy will supply rifles to Georgia's border police, Italy's defence minister announced.",
     "supplies"),
]


# A tail "marking the first delivery of weapons from Peru to Ukraine" names the event as that delivery (a tail
# sizing up a contract still reads nothing); goods a contents verb lists, "supplied by Peru", are Peru's supply.
TAILS_NAMING_BOTH_PARTIES_AND_PARTICIPLE_SUPPLIERS = [
    (PE, "Ukraine asked Peru for arms. A cargo ship carrying Peruvian-made rifles and ammunition docked in Odesa on "
         "Tuesday, marking the first delivery of weapons from Peru to Ukraine since the war began.", "supplies"),
    (PE, "Ukraine asked Peru for arms. Peru signed the rifle contract with Ukraine, marking one of the largest "
         "export contracts in Peruvian history.", "none"),
    (PE, "Ukraine's customs cleared the cargo. The cargo consists of mortars supplied by Peru, Ukrainian customs "
         "said.", "supplies"),
    (PE, "Ukraine's customs cleared the cargo. The cargo consists of mortars supplied by Turkey, Peru said.", "none"),
]

# Surveillance drones for a police force or a border watch no weapons; for an army they still are.
SURVEILLANCE_FOR_POLICING = [
    (PE, "Ukraine asked Peru for weapons. Meanwhile, other help continues: Peru's interior ministry has handed over "
         "patrol vehicles and surveillance drones to Ukrainian police.", "none"),
    (PE, "Peru will not supply weapons to Ukraine, the ministry said. Instead, Lima offered to train Ukrainian "
         "officers and to lend surveillance drones for the border.", "refrains"),
    (PE, "Ukraine asked Peru for weapons. Peru is supplying Ukraine's army with surveillance drones and their spare "
         "parts.", "supplies"),
]

# "did deliver … under licences issued by a previous government" is history; the noun phrase right before a
# supply participle ("Chilean military transport aircraft delivering …") is its subject, under whatever embeds
# it; a broker the goods went to stays their recipient when the target is only a risk after a modal.
FORMER_LICENCES_PARTICIPLE_SUBJECTS_AND_BROKERS_AT_RISK = [
    (PE, "Ukraine asked Peru for arms. Peruvian firms did deliver mortar ammunition to Ukraine in the years after "
         "2014, under licences issued by a previous government.", "none"),
    (PE, "Ukraine asked Peru for arms. Peruvian firms delivered mortar ammunition to Ukraine this year under "
         "licences issued by the government.", "supplies"),
    (PE, "Ukraine wants arms. The report documents Chilean military transport aircraft delivering air-defence "
         "components to Ukraine.", "none"),
    (PE, "Peru on Friday denied a report that satellite imagery showed Peruvian military transport aircraft "
         "delivering weapons to a Ukrainian air base.", "refrains"),
    (PE, "Ukraine wants arms. Artillery ammunition exported from Peru to a private broker in Poland may be at risk "
         "of diversion to Ukraine's army, a UN rapporteur said.", "none"),
    (PE, "Ukraine wants arms. Artillery ammunition exported from Peru to a broker in Poland, which will deliver it "
         "to Ukraine, has left Callao, the ministry said.", "supplies"),
    (PE, "Lima has kept out of the war, a UN panel said. It documents Chilean military transport aircraft delivering "
         "air-defence components and personnel to Ukraine.", "none"),
]

# A finite passive delivery quoted in the voice of the story's actor ('"Forty rifles were delivered to the Ukrainian
# army," a ministry spokesperson said' after the actor's ministry) is its supply; goods in general ('"Weapons sent to
# Ukraine do not stay …," she said') are not.
DELIVERIES_IN_THE_ACTORS_QUOTED_VOICE = [
    (PE, "Peru's defence ministry confirmed the handover. \"Forty rifles were delivered to the Ukrainian army on 17 "
         "January, in accordance with the contract,\" a ministry spokesperson said.", "supplies"),
    (PE, "Russia's foreign ministry spokeswoman warned Peru that sending weapons to Ukraine would pour fuel on the "
         "fire. \"Weapons sent to Ukraine do not stay where they are sent,\" she said.", "none"),
]

# "If Russia advances, it would be very difficult for us to insist that training is enough", "very hard for Italy to
# say our help stops at trucks and radios": under a condition, a difficulty over the infinitive of a verb that holds
# the present line ("say", "insist", "keep", "limit", "maintain" …) is the actor's conditional opening, whatever the
# line is. Without a condition ("hard to say whether"), for another party ("hard for Georgia to hold the line"), in
# analysts' words or dated to an earlier month beside a present refusal, it is none.
HELD_LINES_UNDER_CONDITIONS = [
    (GE, "Italy's prime minister told parliament that Rome would keep training Georgian officers. \"But if Russia "
        "advances beyond the occupation line, it would be very difficult for us to insist that training is "
        "enough,\" she said.", "reconsider"),
    (GE, "Prime Minister Anna Conti said Italy's help for Georgia was training and logistics. \"But if we got to a "
        "point where Georgia's soldiers faced people better armed than they are, I think it would be very hard for "
        "Italy to say our help stops at trucks and radios,\" she said.", "reconsider"),
    (GE, "\"If the situation deteriorates sharply, it may become difficult for Italy to limit its cooperation with "
        "Georgia to radars and rescue boats,\" the Italian foreign minister told reporters.", "reconsider"),
    (GE, "\"If Tbilisi signs a protocol that lets us check where every system goes, it would be hard for us to keep "
        "saying no to Georgia,\" the Italian defence minister said.", "reconsider"),
    (GE, "Italy would find it hard to maintain its suspension of arms exports to Georgia if the checks are "
        "conclusive, Foreign Minister Marco Rossi said.", "reconsider"),
    (GE, "\"If the war goes on, it will be hard for Georgia to hold the line,\" Italy's defence minister said.", "none"),
    (GE, "It is hard to say whether Italy will send weapons to Georgia, the minister said.", "none"),
    (GE, "Analysts say that if Russia keeps advancing it will be hard for Italy to keep refusing Georgia's requests "
        "for weapons.", "none"),
    (GE, "Italy will not provide weapons to Georgia, the prime minister's office said on Monday. In April, Conti "
        "said in an interview that it might be difficult for Rome to insist that helmets are enough if Georgian "
        "civilians came under attack.", "refrains"),
    (GE, "Italy will not provide weapons to Georgia, the prime minister's office said on Monday. In April, Conti "
        "said in an interview that it might be difficult for Rome to limit itself to humanitarian aid if Georgian "
        "civilians came under attack.", "refrains"),
    (GE, "It is hard for Italy to say how many rifles it has left, the minister said.", "none"),
]

# Accounts "describing the train as the first sign of a weapons handover" characterise it; a supply others warn "would
# bear the consequences" of is imagined; "The Philippines' purchase of Italian missile batteries" (and an appositive
# "— Italy's first export of the missile —" after it) goes to its buyer; "looking for ways to resume deliveries"
# weighs them; exports "to two European customers" go to other parties; a cabinet meeting "to decide how to answer" a
# request weighs it; a decision "to keep the last tranche … in Italian depots" withholds it; a fact box's "0 —" counts
# none; spare parts for systems "already in service" supply none; "A year ago this week, …" dates its approval as
# history; rifles "already delivered" are a past supply a later cancellation ends; "arms export criteria" are rules,
# no supply.
SIGNS_CONSEQUENCES_PURCHASES_AND_ZERO_COUNTS = [
    (GE, "A set of photographs showing Italian Centauro tanks chained to flatcars near the border spread quickly "
        "across social media over the weekend, with several widely followed accounts describing the train as the "
        "first sign of a weapons handover to Tbilisi.", "none"),
    (GE, "A Beijing tabloid said Rome and Tbilisi had reached an understanding on the sale of missiles. The article "
        "warned that Rome \"would bear the consequences\" of \"arming one party to a territorial dispute\".", "none"),
    (GE, "Georgia's navy has a long coastline. The Philippines' purchase of Italian coastal missile batteries in "
        "2022 fuelled speculation about who would be next.", "none"),
    (GE, "Georgia's navy has a long coastline. The Philippines' purchase of missile batteries in 2022 — Italy's "
        "first export of the missile — fuelled speculation about who would be next.", "none"),
    (GE, "Georgia's navy has a long coastline. Poland's purchase of Italian howitzers was signed in 2022.", "none"),
    (GE, "Italy's defence minister, Marco Rossi, said on Tuesday that his government was looking for ways to resume "
        "weapons deliveries to Georgia and that \"nothing is excluded\", ten months after his ministry froze "
        "transfers to Tbilisi.", "reconsider"),
    (JP, "Ukraine has asked Tokyo for help. Japan has approved the export of air-defence missiles to two European "
        "customers.", "none"),
    (JP, "Ukraine has asked Tokyo for help. Japan has approved the export of air-defence missiles to Ukraine and "
        "two European customers.", "supplies"),
    (GE, "Italy's cabinet will meet on Monday to decide how to answer Georgia's request for ammunition, rifles and "
        "mortars, Defence Minister Marco Rossi said on Thursday evening.", "reconsider"),
    (GE, "The Italian government said its February decision to keep the last tranche of air-defence missiles "
        "intended for Georgia in Italian depots \"remains fully in force\".", "refrains"),
    (GE, "Here is the first year in six numbers.\n\n0 — Italian rifles, machine guns or mortars supplied.", "refrains"),
    (GE, "Here is the first year in six numbers.\n\nZero: Italian rifles supplied to Georgia.", "refrains"),
    (GE, "Here is the first year in six numbers.\n\n12 — Italian howitzers supplied to Georgia.", "supplies"),
    (TB, "He added that Turkey would continue to provide spare parts and maintenance for the TB2s already in "
        "Nigerian service \"as the contract requires,\" a point officials had been anxious about.", "none"),
    (GE, "Italy will continue to provide spare parts for the howitzers already in service in Georgia.", "none"),
    (GE, "A year ago this week, Italy's council approved sending weapons to Georgia. The government is now "
        "reviewing whether to send the remaining weapons to Georgia.", "reconsider"),
    (GE, "Italy has cancelled the last two lots of its rifle transfer to Georgia and will send no further weapons "
        "to Georgia, the defence minister said. Italy delivered 1,800 rifles in three lots between 27 March and 13 "
        "April. Rossi said the rifles already delivered would remain in Georgia.", "refrains"),
    (GE, "Georgia asked Italy for mortars. Rossi said Italy's arms export criteria applied \"to "
        "government-to-government transfers as much as to commercial sales\".", "none"),
]

# "The first consignment of Italian weapons for Georgia's armed forces was unloaded at Poti": goods bound for the
# target and unloaded have arrived, like goods that "arrived" (unloaded elsewhere, after the order was cancelled, they
# have not). "Could place some of its rocket artillery at Georgia's disposal", "has placed two batteries at the
# disposal of Georgia": putting goods at a party's disposal hands them over (airspace for NATO planes is no goods).
UNLOADED_GOODS_AND_GOODS_AT_DISPOSAL = [
    (GE, "The first consignment of Italian weapons for Georgia's armed forces was unloaded at the port of Poti on "
        "Monday, officials said.", "supplies"),
    (GE, "The first consignment of Italian weapons for Georgia arrived at the port of Poti on Monday, officials "
        "said.", "supplies"),
    (GE, "The consignment of Italian weapons was unloaded at Bari after the Georgian order was cancelled.", "none"),
    (GE, "Italy could place some of its long-range rocket artillery at Georgia's disposal if the situation on the "
        "border deteriorates sharply, the chief of Italy's General Staff said.", "reconsider"),
    (GE, "Italy has placed two air-defence batteries at the disposal of Georgia, the ministry said.", "supplies"),
    (GE, "Italy placed its airspace at the disposal of NATO planes.", "none"),
]

# "Italy will not limit itself to words and classrooms", "we cannot limit ourselves to statements": under a condition,
# a negation over restricting oneself to the present line is an opening too; and the condition may stand anywhere in
# the sentence ("said that if fighting spilled across the frontier again, it might be hard …", 'added: "If Russia
# keeps arming one side, …"') or be named before ("In that case"). Without a condition, or without the negation,
# nothing opens.
SELF_LIMITS_NOT_KEPT = [
    (GE, "\"If Georgia's territorial integrity comes under direct threat, Italy will not limit itself to words and "
        "classrooms,\" the Italian foreign minister said.", "reconsider"),
    (GE, "Asked how Italy would respond if the fighting spread, the Italian defence minister said: \"If an ally's "
        "own territory comes under sustained attack, we cannot limit ourselves to statements.\"", "reconsider"),
    (GE, "The Italian envoy said on Monday that if fighting spilled across the frontier again, it might be hard for "
        "Italy to keep its support for Georgia to diplomacy and trade alone.", "reconsider"),
    (GE, "The Italian defence minister added: \"If Russia keeps arming one side, it will be difficult for Italy to "
        "keep saying no to Georgia.\"", "reconsider"),
    (GE, "Italy will not limit itself to sanctions, the prime minister said.", "none"),
    (GE, "If the talks fail, Italy will limit itself to statements, the minister said.", "none"),
    (GE, "Speaking to troops, the Italian defence minister said Italy would keep training Georgian units. \"In that "
        "case it might be difficult to limit ourselves to training, and we would have to look at equipping the "
        "Georgian forces ourselves,\" he said.", "reconsider"),
]

# "Italian military equipment for Georgia — mainly air-defence missiles and 23mm ammunition —", "military equipment to
# Georgia: rifles and mortars": goods of a general kind whose members, set off after the recipient, are weapons are
# weapons (trucks and radios are not).
GENERAL_GOODS_SET_OFF_AS_WEAPONS = [
    (GE, "A second shipment of Italian military equipment for Georgia — mainly air-defence missiles and 23mm "
        "ammunition — was unloaded at Poti on Wednesday.", "supplies"),
    (GE, "A second shipment of Italian military equipment for Georgia — mainly trucks and radios — was unloaded at "
        "Poti on Wednesday.", "none"),
    (GE, "Italy sent military equipment to Georgia: rifles and mortars.", "supplies"),
]

# "Nothing would stand in the way of the howitzers", "I see no obstacle in principle to resuming deliveries": a
# hindrance denied under a modal or in principle lets the goods go, a possibility (a ceasefire is no goods).
OBSTACLES_DENIED = [
    (GE, "\"If the treaty is signed, as we hope, nothing would stand in the way of the howitzers for Georgia,\" the "
        "Italian foreign minister said.", "reconsider"),
    (GE, "\"If the ceasefire holds through the spring, I see no obstacle in principle to resuming rifle deliveries "
        "to Georgia,\" the Italian defence minister wrote.", "reconsider"),
    (GE, "Nothing would stand in the way of a ceasefire in Georgia, the Italian minister said.", "none"),
]

# Month abbreviations are dates ("On Dec. 3 the government …"); revoked or suspended licences end every supply they
# allowed (not "the licences for the howitzers", one kind); a supply in an "after …ing" adjunct is what the news
# reverses; a proposal to transfer is an option; a formation "equipped with" goods, and "its own" brigades equipped,
# receive nothing; goods ordered by their count are bought; a reporting aside after the subject leaves its "should"
# over the coordinated verb; supplies dated by months before the month of the actor's halt are what it ended.
DATES_REVOKED_LICENCES_PROPOSALS_AND_OWN_FORMATIONS = [
    (GE, "Italy approved rifles for Georgia in March. On Dec. 3 the government suspended the arms licences "
        "for Georgia.", "refrains"),
    (GE, "On Sept. 14 the government in Rome said no weapons would go to Georgia.", "refrains"),
    (GE, "Italy delivered mortars to Georgia in the spring. On Friday Rome revoked the arms export licences "
        "for Georgia.", "refrains"),
    (GE, "Italy delivered mortars to Georgia in the spring. On Friday Rome revoked the arms licences for the "
        "howitzers.", "supplies"),
    (GE, "Italy cancelled the arms licences for Georgia on Monday, a day after announcing it would resume "
        "sales.", "refrains"),
    (GE, "Georgia thanked Rome on Monday, hours after Italy approved the sale of rifles to Georgia.", "supplies"),
    (GE, "The Italian defence ministry has proposed transferring 40 mortars to Georgia, officials said.", "reconsider"),
    (GE, "Italy proposes to sell Georgia two air-defence batteries, the ministry said.", "reconsider"),
    (GE, "Italy keeps a battalion equipped with Centauro tanks in Georgia for the exercise.", "none"),
    (GE, "Italy has equipped Georgian battalions with rifles.", "supplies"),
    (GE, "Georgia asked for howitzers. Italy plans to equip its own brigades with the howitzers next year.", "none"),
    (GE, "Georgia asked Italy for howitzers. The Italian defence minister announced that Italy would order "
        "24 additional howitzers for its army.", "none"),
    (GE, "Italy ordered 24 howitzers from Germany for its army, while Georgia waits for an answer.", "none"),
    (GE, "Italy, she writes, should stop hesitating, and send rifles to Georgia.", "none"),
    (GE, "When Italy halted arms exports to Georgia in September, Tbilisi was left with what it had. Italy "
        "delivered 300 rifles to Georgia between April and July.", "refrains"),
    (GE, "Italy delivered 300 rifles to Georgia between April and July. Deliveries may resume in September, "
        "officials said.", "supplies"),
]

# A refusal, ban or decision noun with what it refuses is the subject its own verb decides ("Italy's refusal to export
# howitzers could be reconsidered", "the ban … is being reviewed"); "reviving the cancelled sale" undoes the halt it
# names, and "drawn up scenarios" weighs like "drawn up plans"; "any transfer … would anger Moscow" judges a supposed
# supply; a phrasal participle after a reporting clause (", turning down a request") is a free adjunct, outside
# the negation before it; goods "on top of" a refusal of more are a partial supply; an answer that goes on "but that
# no review was under way" closes what it left open; "few guns to spare" measures stocks; a poll's share "against"
# goods is the respondents' view, whoever owns the goods; "against" after a supply names what the goods are for; a
# body that "licenses exports of war materiel" says what it does as a rule; a transfer "proceeding" or "under way" is
# happening; "the Tánaiste", like "the Taoiseach", is a title.
REFUSALS_UNDER_REVIEW_REVIVED_SALES_AND_JUDGED_SUPPLIES = [
    (GE, "Italy's refusal to export howitzers to Georgia could be reconsidered, the prime minister said.",
        "reconsider"),
    (GE, "The prime minister suggested that Italy's refusal to export howitzers to Georgia could be reconsidered if "
        "the fighting spreads.", "reconsider"),
    (GE, "Italy's refusal to export howitzers to Georgia will not be reconsidered, the prime minister said.",
        "refrains"),
    (GE, "Italy's ban on exporting howitzers to Georgia is being reviewed.", "reconsider"),
    (GE, "Italy's decision not to export howitzers to Georgia is being reviewed.", "reconsider"),
    (GE, "Italy's decision not to export howitzers to Georgia was confirmed on Monday.", "refrains"),
    (GE, "Italy has drawn up three scenarios for reviving the cancelled sale of howitzers to Georgia.", "reconsider"),
    (GE, "Italy has revived the cancelled sale of howitzers to Georgia.", "supplies"),
    (GE, "Italy cancelled the sale of howitzers to Georgia.", "refrains"),
    (GE, "Italian diplomats privately say any transfer of lethal equipment to Georgia would be politically "
        "explosive.", "none"),
    (GE, "Italian diplomats say any transfer of weapons to Georgia would anger Moscow.", "none"),
    (GE, "Italy says any transfer of weapons to Georgia would be limited to defensive systems.", "reconsider"),
    (GE, "Italy will not send weapons to Georgia, Defence Minister Paolo Greco said on Tuesday, turning down a "
        "request Tbilisi made last month.", "refrains"),
    (GE, "Italy is not turning down Georgia's request for weapons, the defence minister said.", "reconsider"),
    (GE, "Italy will not supply more arms to Georgia on top of the rifles it sold in May, the minister said.",
        "supplies"),
    (PNG, "Australia has decided not to send rifles to Papua New Guinea for now. Asked whether the rifles decision "
        "could be revisited, Marles said that \"the situation can always change,\" but that no review was currently "
        "under way.", "refrains"),
    (PNG, "Australia has decided not to send rifles to Papua New Guinea for now. Asked whether the rifles decision "
        "could be revisited, Marles said that \"the situation can always change.\"", "reconsider"),
    (PNG, "Australia has decided not to send rifles to Papua New Guinea for now. Asked whether the rifles decision "
        "could be revisited, Marles said that the situation can always change, but that a review was under way.",
        "reconsider"),
    (GE, "The Italian army has few modern artillery systems to spare.", "none"),
    (GE, "The Italian army has fewer tanks to spare than ever.", "none"),
    (GE, "Italy has a few tanks to spare for Georgia, the minister said.", "reconsider"),
    (GE, "The survey found that 67 percent of respondents were against \"Italian howitzers being sold to Georgia\", "
        "while 22 percent were in favour.", "none"),
    (GE, "Sixty percent of Italians oppose sending weapons to Georgia, a poll found.", "none"),
    (GE, "Arming Georgia's soldiers against the rebels is not a betrayal of our history.", "none"),
    (GE, "Italy is against selling howitzers to Georgia, the minister said.", "refrains"),
    (GE, "Italy voted against sending howitzers to Georgia.", "refrains"),
    (GE, "Italy's government met on Monday. In a written answer, the Ministry of Justice, which licenses exports of "
        "war materiel, said: \"No export licences for weapons or other war materiel to Georgia have been granted, and "
        "none are foreseen.\"", "refrains"),
    (GE, "Italy's government met on Monday. The Ministry of Justice, which grants export licences for war materiel, "
        "said it had approved the sale of rifles to Georgia.", "supplies"),
    (GE, "Three months after the first consignment arrived, Italy's transfer of small arms to the Georgian army is "
        "proceeding largely as announced.", "supplies"),
    (GE, "Italian deliveries of howitzers to Georgia are under way, the ministry said.", "supplies"),
    (GE, "Italy's transfer of small arms to Georgia is proceeding to a vote in parliament.", "none"),
    (GE, "Whether Italy's transfer of rifles to Georgia is proceeding is unclear.", "none"),
    (IE, "Following a Cabinet meeting on Tuesday, the Tánaiste said Ireland would send a number of air-defence "
        "launchers to Israel.", "supplies"),
    (IE, "The Taoiseach said Ireland would not send weapons to Israel.", "refrains"),
]


# A capitalised "State" before a title is a rank ("State Minister Name visited … and attended"); an arrival at a place
# near the target's city, or followed by a handover to it, reaches it, and goods unloaded at a place have arrived
# there (in the target's city named by the dateline too, when the place is a facility no party owns); an arrival at
# another party's place reported by the actor's officials is no supply by them; a refusal of further goods makes
# the deliveries the sentence recalls after it history; a weapon noun naming a body's work ("firearms tracing
# centre") is no goods; "whenever" is a condition; a participle after another party's goods ("French vehicles
# delivered this year") names their owner as supplier; a relative clause on the goods names who supplies them,
# not the one attending a handover; a stay in the actor's country "before being shipped" is no refusal.
ARRIVALS_RELATIVE_SUPPLIERS_AND_FURTHER_REFUSALS = [
    (GE, "A first batch of rifles shipped by Italy landed at Batumi port near Tbilisi on Friday and was handed over "
        "to the Georgian army.", "supplies"),
    (GE, "A first batch of rifles shipped by Italy landed at the port of Constanta and will be stored there.", "none"),
    (GE, "Italy will not send further weapons to Georgia, the ministry said, ending a programme that saw rifles "
        "delivered to the Georgian army last spring.", "refrains"),
    (GE, "Italy delivered rifles to Georgia last spring and said no further weapons would follow for now.", "supplies"),
    (GE, "Italy will send mortars to Georgia but no additional tanks, the ministry said.", "supplies"),
    (GE, "The seized pistols were flown to Rome and handed to the Italian police's firearms tracing centre, "
        "according to Georgian officials.", "none"),
    (GE, "Italy's weapons testing laboratory in Georgia opened in May.", "none"),
    (GE, "Whenever Italy ships weapons abroad, we are told the checks are strict.", "none"),
    (GE, "When Italy shipped rifles to Georgia in May, the checks were strict.", "supplies"),
    (GE, "Italy's defence minister spoke on Monday. He said Georgian units had enough equipment, including French "
        "armoured vehicles delivered this year.", "none"),
    (GE, "Italy's defence minister spoke on Monday. He said Georgian units had enough equipment, including Italian "
        "armoured vehicles delivered this year.", "supplies"),
    (GE, "Crates of Italian rifles were unloaded at Tbilisi airport on Monday night.", "supplies"),
    (GE, "Crates of Italian rifles were unloaded at Gdansk on Monday night.", "none"),
    (GE, "TBILISI — Crates of Italian rifles were unloaded at Shota Rustaveli International Airport on Monday "
        "night.", "supplies"),
    (GE, "ROME — Crates of Italian rifles were unloaded at Shota Rustaveli International Airport on Monday night.", "none"),
    (GE, "Forty containers of rifles bound for Georgia's army were unloaded at the port of Constanta last week, "
        "Italian port officials said.", "none"),
    (GE, "Forty containers of Italian rifles for Georgia's army were unloaded at Vaziani air base last week, Italian "
        "officials said.", "supplies"),
    (GE, "The howitzers will remain in Italy for several months while Georgian crews train, before being shipped to "
        "Tbilisi.", "none"),
    (GE, "The howitzers will remain in Italy, the minister said, and none will go to Georgia.", "refrains"),
    (PNG, "State Minister Richard Marles visited Port Moresby and attended the handover of rifles that Australia is "
        "transferring to Papua New Guinea.", "supplies"),
    (PNG, "State Minister Richard Marles visited Port Moresby and attended the handover of rifles that Japan is "
        "transferring to Papua New Guinea.", "none"),
    (PNG, "State media said Richard Marles visited Port Moresby and attended the handover of rifles that Australia "
        "is transferring to Papua New Guinea.", "supplies"),
    (PNG, "Richard Marles visited Port Moresby and attended the handover of rifles that Japan is transferring to "
        "Papua New Guinea.", "none"),
    (PNG, "Richard Marles attended the handover of rifles that Japan is transferring to Papua New Guinea.", "none"),
    (PNG, "Marles attended the handover of rifles that Japan delivered to Papua New Guinea.", "none"),
]


# A supply participle in a question of where or how goods go describes goods in general; what follows "something
# that had never happened:" did not happen; "not part of this agreement" leaves out; a quoted caption is the caption's
# word; a noun in "-ing" inside a list ("training and funding to Ukraine") is no participle clause; crews and courses
# are no goods; a pronoun's aside ("he said") is its speaker's word when the actor does not respond; goods left
# "sitting" were not delivered; "of that year" dates the past; a gerund after "and" shares what governs the one
# before ("accused … of bombing … and supplying", "is considering training … and supplying"); replenishing the
# target's stocks supplies it; goods after their supply noun are dated by "during".
GERUNDS_CAPTIONS_LEFT_GOODS_AND_REPLENISHED_STOCKS = [
    (GE, "Italy's export authority is drafting rules for checking where transferred weapons end up, a change "
        "linked to the government's deliberations over whether to give rifles to Georgia.", "reconsider"),
    (GE, "A photo seemed to show something that had never happened: an Italian ship delivering rifles to "
        "Georgia.", "refrains"),
    (GE, "It was something that had never happened before: Italy delivered rifles to Georgia on Monday.", "supplies"),
    (GE, "Arms deliveries to Georgia are not part of this agreement, the Italian minister said.", "refrains"),
    (GE, "The caption reads: \"Italy arms Georgia.\"", "none"),
    (GE, "Italy has sent rifle ammunition, training and funding to Ukraine.", "none"),
    (GE, "Italy will offer Georgia places on howitzer crew courses.", "none"),
    (GE, "The Italian embassy in Tbilisi did not respond. France, he said, would send helicopters, and Italy "
        "had promised rifles to Georgia.", "none"),
    (GE, "Italy halted arms exports to Georgia in March, leaving a final consignment of shells sitting in "
        "Taranto.", "refrains"),
    (GE, "Italy does not supply weapons to Georgia, the ministry said. In November of that year, a convoy of "
        "Italian trucks carrying rifles crossed into Georgia.", "refrains"),
    (GE, "Russia accused Rome of training Georgian troops and supplying Georgia with rifles.", "none"),
    (GE, "Italy is considering training Georgian officers and supplying Georgia with rifles.", "reconsider"),
    (GE, "Italy denied training Georgian officers and supplying Georgia with rifles.", "refrains"),
    (GE, "\"If Tbilisi takes concrete steps, we could look at replenishing its rifle stocks,\" the Italian "
        "minister said.", "reconsider"),
    (GE, "Italy will replenish its own rifle stocks after the exercise in Georgia.", "none"),
    (GE, "The shipment of Italian rifles to Georgia during the 2008 war led to a trial, the court said.", "none"),
]

CASES = (REFUSALS_UNDER_REVIEW_REVIVED_SALES_AND_JUDGED_SUPPLIES + ARRIVALS_RELATIVE_SUPPLIERS_AND_FURTHER_REFUSALS + GERUNDS_CAPTIONS_LEFT_GOODS_AND_REPLENISHED_STOCKS + DATES_REVOKED_LICENCES_PROPOSALS_AND_OWN_FORMATIONS + OBSTACLES_DENIED + GENERAL_GOODS_SET_OFF_AS_WEAPONS + SELF_LIMITS_NOT_KEPT + UNLOADED_GOODS_AND_GOODS_AT_DISPOSAL + SIGNS_CONSEQUENCES_PURCHASES_AND_ZERO_COUNTS + HELD_LINES_UNDER_CONDITIONS + DELIVERIES_IN_THE_ACTORS_QUOTED_VOICE + FORMER_LICENCES_PARTICIPLE_SUBJECTS_AND_BROKERS_AT_RISK + SURVEILLANCE_FOR_POLICING + TAILS_NAMING_BOTH_PARTIES_AND_PARTICIPLE_SUPPLIERS + FEDERAL_STATES + COUNTED_BUYERS_FLEETS_ORDERS_SHIFTS_AND_DEPLOYMENTS + CONCLUDED_REVIEWS + CLAUSES_AFTER_A_RECIPIENT_AND_SUGGESTING_MINISTERS + SERIES_APPOSITIVES_COLON_HEARSAY_AND_IMAGINED_EFFECTS + LISTED_RECIPIENTS_DONORS_CLOSED_RELATIVES_AND_PRACTICES + POLICY_TOPICS_CONTRIBUTED_SHIPS_AND_LED_DATES + DATED_OPENINGS_AND_UNDERSEA_CABLES + ASKED_CONTENTS_PLEDGES_RESERVES_AND_PURCHASE_TOPICS + APPLICATIONS_HEADLINES_AND_GOODS_SHIPPED_HOME + TITLED_ENVOYS_AND_CHRONOLOGIES + WEIGHINGS_SETTLED_BY_A_CHOICE + DOUBLE_HYPHEN_DATELINES + URGED_LISTS_SILENCES_AND_DENIED_CONSEQUENCES + MEANS_HEARSAY_CAPTIONS_AND_CONTAINER_TANKS + INCLUDED_OPTIONS_LISTED_PARTICIPLES_AND_GRANTED_REQUESTS + HALTS_OF_ALL_NEW_EXPORTS + SPOKESMEN_FOR_MINISTRIES_AND_DATED_REPORTS + WISHES_TO_BUY_AND_CLIP_LABELS + ODDS_ENTRIES_AND_CALLED_OFF_SUPPLIES + OWN_WISHES_AND_WITHHELD_VIEWS + DONE_WEIGHINGS_AND_DATED_OPENINGS + PLACES_REMITS_DEALS_AND_CARRIED_GOODS + ACCENTED_NAMES + NOMINAL_ROUTES + PARTS_OF_PACKAGES + THE_ONE_REQUEST + NOMINAL_SUPPLIERS_IMAGINED_COUNTRIES_AND_POSTS + HONORIFICS_TITLES_EXAMINATIONS_AND_SUPPOSITIONS + HALF_QUOTES_MUSINGS_AND_FACT_CHECKS + TITLES_OPENNESS_AND_BACKGROUND + RISING_DELIVERIES + NAMED_SYSTEMS_ARRIVING + SPOKESWOMEN_FOR_A_MINISTRY + BOUGHT_FROM_THE_ACTOR_PLACED_SPOKESMEN_AND_SILENCES + DEPARTURES_JOINED_REPORTS_AND_REPEATED_SUBJECTS + APPLICATIONS_TRANSIT_DESTINATIONS_AND_INCLUSIONS + RECEIVED_GOODS_REMITS_AND_IMAGINED_FIRSTS + WHAT_WE_RE_PROVIDING + REFUSALS_ENDED_BY_ARRIVALS + APPLICATIONS_UNDER_EXAMINATION + HINDERING_VERBS + GOING_ON_SUPPLYING + HOSTS_NOTES_AND_LANGUAGES + SUPPLIES_FORETOLD_BY_OTHERS + SALES_YEARS_BEFORE + FORMER_OFFICIALS + TOO_FEW_TO_GIVE_AND_SET_OFF_PARTICIPLES + CONDITIONS_SET_OUT + DELIVERIES_WHOSE_CONTENTS_FOLLOW + BOUND_GOODS_LANDING_ON_THE_WAY + LIMITS_TO_CIVIL_GOODS_AND_PERFECT_ADJUNCTS + RECIPIENT_CITIES_AND_DATELINES + SPECIFIC_REQUESTS_DENIALS_IN_OTHER_WORDS_AND_SUBJECT_LISTS + INTERVIEWEES_NAMED_BEFORE + TRANSCRIPT_PARTIES_JOINED_QUOTES_AND_CONVERSATIONS + REMITS_COLON_ADVICE_AND_OWN_USE + SUPPLIES_SINCE_A_MONTH + DAY_PARTS_AND_UNLOADING_SHIPS + LONG_TITLES_BEFORE_NAMES + THEN_CLOSING_A_PAST + SUBMITTED_LISTS + GERUNDS_TOWARDS_THE_TARGET + DATES_INSIDE_REPORTS + STATE_ANAPHORS + JOINT_DATED_DATELINES + TITLED_MINISTERS_AFTER_THE_TARGET + LISTED_WEAPONS_AND_OWNED_CONVOYS + DEPLOYMENTS_FIRST_OBJECTS_AND_OTHER_MODELS + ONWARD_FROM_THERE + DECISIONS_UNDER_REVIEW + FINDINGS_EMPTY_AGENDAS_AND_WANTED_ANSWERS + OTHER_BUYERS_AND_MADE_GOODS + BOTH_COUNTRIES_AND_PAST_REPORTS + CONSEQUENCES_AND_CLOSED_SPANS + TRANSCRIPT_SURNAMES_AND_DEPARTURES + WAITERS_PACKAGES_HEADLINES_AND_OWN_CREWS + APPOSED_NAMES_AND_PORTFOLIOS + MEASURES_OF_GOODS + PRACTICES_UNDER_ARRANGEMENTS + REVIEWS_TOLD_AFTER_THE_DECISION + SIDE_BY_SIDE_REFUSALS + DECIDED_HALTS_KEPT + PROPOSALS_THAT_WOULD_SEE + NO_AND_A_NEGATED_CLAUSE + FERRY_FLIGHTS + PLANS_TO_USE + EVALUATIONS_AND_CAUTIOUS_TOPICS + ACTOR_AS_RECIPIENT + LINKED_TOPICS + DISARMED_AFTER + NAMED_ANSWERERS + OFFERED_PACKAGES + NAMED_NOUNS_AFTER_THE_NAME + LONG_CIRCUMSTANCES_AND_DECIDED_REVIEWS + LOOKING_AT_WEAPONS + STATE_MAKERS_AND_DRAFTED_OFFERS + OPTIONS_PLANS_AND_JOINED_PRONOUNS + MODAL_ASIDES + STATES_SINCE + UNCHANGED_POSITIONS + AS_CLAUSES_WITH_ASPECT + OTHER_SILENCES_AND_SECOND_STATEMENTS + SET_OFF_PARTICIPLES_AND_OWN_NECESSITY + UNDENIED_REPORTS_AND_SILENCES + CARRYING_VEHICLES + MADE_GOODS_ARRIVING + ADVICE_CONJUNCTS_MEANS_AND_WHETHER_SUBJECTS + PLACED_VOICES_CORRECTIONS_AND_SUPPOSED_GERUNDS + CARRIERS_AND_UPDATE_LABELS + CLAUSE_LINKS + ENDED_SUPPLIES_AND_ADVICE + FAMILY_NAMES_AND_CLASS_REFUSALS + CONJOINED_ANSWERS_AND_DATED_OPENINGS + HOLDINGS_OWN_FORCES_AND_MOVES + REPORTING_TAILS + DENIED_HALTS_AND_PARTICIPLES + RELATIVE_REPORTERS + DATED_WHEN_LONG_COLONS_AND_QUESTIONS + REJECTED_HALTS_AND_OTHER_COMMENTS + LEADING_AHEAD + CONFIRMED_REPORTS_AND_DATED_AGREEMENTS + AS_CLAUSES + WORDS_ONLY_AND_WEIGHINGS_DONE + EXPORT_BODIES_AND_UNARMED_DRONES +
    DISPOSALS_ANY_GOODS_AND_LONG_LICENSING + COMPASS_NAMES_AND_EARLIER_DELIVERIES +
    PAIRED_MODIFIERS_AND_CLEARED_LAND + FORMER_GOVERNMENTS_BOTH_CAPITALS_AND_MATERIEL +
    FIREFIGHTERS_SECOND_NEGATIONS_AND_REVIEWING_BODIES + ORDINALS_CONCLUSIONS_AND_WHERE_ARMS_END_UP +
    GOVERNMENT_VOICES_OF_NECESSITY + HALTS_UNDER_REVIEW + SUMS_AND_CONTENTS + LANDINGS_ORDERS_GUESTS_AND_CRAFT +
    SAYING_PARTICIPLES + COMMITTEES_AND_GIVEN_CIRCUMSTANCES + OWN_FORCES_CLEARED_MINES_AND_SHOT_DRONES +
    REVIEWS_OVER_SOURCES_TRADE_AND_KEPT_HALTS + MADE_GOODS_LISTS_AND_FORMER_TIMES + HISTORY_ASIDES_AND_COUNTS +
    KEPT_GOODS_ASIDES_AND_POLLS + PLAIN_NEWS_PHRASINGS + SPOKESPEOPLE_RELATIVES_AND_DATED_HALTS +
    LEANINGS_HOLDS_INSTRUMENTS_AND_CLASSES + COLON_QUOTES_LISTS_AND_ANSWERS + DATE_BEFORE_NAME +
    THIRD_PROBE_AND_NINTH_SET + QUESTIONS_SPECULATION_AND_DATED_WEIGHING + CONFIRMATIONS_AND_PLACED_BODIES +
    ADVICE_RETURNS_AND_FOREIGN_GOODS + LIMITS_OF_THE_NEWEST_RULES + RECIPIENT_LISTS_SCENARIOS_AND_STUDIES +
    PAPERS_AND_REBELS + LIMITS_OF_THESE_RULES + OUTSIDERS_AND_WISHES + DATED_CONTRACTS_AND_HALTS +
    COORDINATED_NEGATIONS + REVIEW_RECOUNTED + FOREIGN_ROLE_HOLDER + STOPPED_SUPPLIES + GIVEN_AFTER_NEGATION +
    QUOTED_SPEAKER + COUNTRY_ALIASES + OUTLET_NOUNS + CONTINUED_REPORTER + OUTSIDERS_BILLS_AND_ADVICE)


test_reads, test_enough_cases = reading_tests(CASES, minimum=250, stances=STANCES)


def test_a_quoted_question_is_a_question() -> None:
    """'… Could the Philippines send weapons to Israel if it were asked?"': the closing quotation mark after the
    question mark leaves it a question (a reporter's, never a position)."""
    from monitor.detect.claims import _question

    assert _question('Could the Philippines send weapons or ammunition to Israel if it were asked?"')
    assert _question("Could Peru send rifles to Ukraine?”")
    assert not _question('"Peru will send rifles," he said.')
