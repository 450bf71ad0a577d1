"""One sentence (or two) per rule: what the detector must read, and why.

Each case is (stance, text, expected state). They are grouped by the phenomenon from the
issue: agent and target, object, polarity and modality, time, attribution, boilerplate.
Several stances here were never used to tune the rules (Japan, Germany→Israel, Abrams).
"""

from __future__ import annotations

from .cases import reading_tests

KR, US, DE, JP, IL, AB = (
    "kr-arms-ukraine", "us-atacms-ukraine", "de-taurus-ukraine", "jp-arms-ukraine", "de-arms-israel",
    "us-abrams-ukraine",
)

AGENT_AND_TARGET = [
    (KR, "North Korea sends shells to Russia, South Korea's spy agency said.", "none"),
    (KR, "Putin warned Seoul against arming Ukraine.", "none"),
    (KR, "Poland hands tanks to Kyiv.", "none"),
    (KR, "Japan is considering sending air-defence missiles to Ukraine, officials in Tokyo said.", "none"),
    (KR, "Seoul must send shells to Ukraine now, a columnist argues.", "none"),
    (KR, "Weapons from South Korea are being delivered to Ukraine, the defence ministry said.", "supplies"),
    (KR, "No South Korean weapons have been sent to Ukraine, the ministry said.", "refrains"),
    (KR, "South Korea has sold K9 howitzers to Poland, which has sent its own older guns to Ukraine.", "none"),
    (KR, "Russia's foreign ministry urged Seoul not to supply weapons to Kyiv.", "none"),
    (KR, "Kyiv has asked Seoul to send artillery shells.", "none"),
    (KR, "Ukrainian officials want South Korea to provide air-defence systems.", "none"),
    (KR, "The United States and South Korea have sent weapons to Ukraine, NATO said.", "supplies"),
    (DE, "Germany will send Taurus cruise missiles to Ukraine, Chancellor Friedrich Merz announced on Wednesday.",
     "supplies"),
    (DE, "Sweden is considering sending Taurus missiles to Ukraine.", "none"),
    (DE, "Britain has sent Storm Shadow missiles to Ukraine.", "none"),
    (DE, "Opposition leader Friedrich Merz urged the government to send Taurus missiles to Kyiv.", "none"),
    (DE, "Russia warned Germany against sending Taurus missiles to Ukraine.", "none"),
    (DE, "Ukraine has received its first Taurus missiles from Germany.", "supplies"),
    (DE, "Taurus missiles from Germany are now being delivered to Ukraine.", "supplies"),
    (DE, "German-supplied Taurus missiles struck a bridge in Crimea, Ukraine's air force said.", "supplies"),
    (JP, "Japan is considering supplying Patriot missiles to the United States, which would free up stocks "
         "for Ukraine.", "none"),
    (IL, "Germany will resume arms deliveries to Israel, the government said.", "supplies"),
    (IL, "The United States has approved a new weapons package for Israel; Germany has not commented.", "none"),
]

OBJECT = [
    (KR, "South Korea will send helmets, bulletproof vests and demining equipment to Ukraine.", "none"),
    (KR, "Seoul has pledged 100 million dollars in humanitarian aid to Kyiv.", "none"),
    (KR, "South Korea delivered ambulances and generators to Ukraine on Monday.", "none"),
    (US, "The United States will send HIMARS launchers to Ukraine.", "none"),
    (US, "Washington has delivered Abrams tanks to Ukraine but is still withholding ATACMS.", "refrains"),
    (DE, "Germany has delivered Leopard tanks and IRIS-T air-defence systems to Ukraine.", "none"),
    (DE, "Germany will send more IRIS-T air-defence systems to Ukraine but still refuses to provide Taurus "
         "missiles.", "refrains"),
    (AB, "The United States will send 31 Abrams tanks to Ukraine, President Biden said.", "supplies"),
    (AB, "The Pentagon is sending Bradley fighting vehicles to Ukraine.", "none"),
    (JP, "Japan will provide Ukraine with ambulances and generators but not weapons.", "refrains"),
    (JP, "Japan's arms industry is lobbying for looser export rules.", "none"),
    (KR, "South Korea has signed deals to sell K2 tanks to Poland.", "none"),
]

POLARITY_AND_MODALITY = [
    (KR, "South Korea will not provide lethal weapons to Ukraine, the foreign ministry said.", "refrains"),
    (KR, "Seoul is not ruling out sending weapons to Ukraine.", "reconsider"),
    (KR, "Seoul no longer rules out arming Ukraine.", "reconsider"),
    (KR, "South Korea no longer refuses to consider weapons for Ukraine.", "reconsider"),
    (KR, "The defence ministry is reviewing Kyiv's request for artillery shells, South Korean officials said.",
     "reconsider"),
    (KR, "South Korea may consider supplying weapons to Ukraine.", "reconsider"),
    (KR, "Seoul could first consider defensive weapons for Kyiv.", "reconsider"),
    (KR, "South Korea said on Monday it would keep its policy of not supplying weapons to Ukraine. "
         "The decision may disappoint Kyiv.", "refrains"),
    (KR, "Asked whether South Korea could send shells to Ukraine, the minister said the policy had not changed.",
     "none"),
    (KR, "Will Seoul send weapons to Ukraine?", "none"),
    (DE, "Scholz did not rule out sending Taurus missiles to Ukraine.", "reconsider"),
    (DE, "Germany is not considering sending Taurus to Ukraine, a government spokesman said.", "refrains"),
    (DE, "There are no plans to deliver Taurus missiles to Ukraine, a German government spokesman said.",
     "refrains"),
    (DE, "Germany could supply Taurus missiles to Ukraine if allies agree to a joint approach, the chancellor said.",
     "reconsider"),
    (DE, "The German government may reconsider its refusal to deliver Taurus missiles to Kyiv.", "reconsider"),
    (DE, "Germany is open to sending Taurus missiles to Ukraine under certain conditions.", "reconsider"),
    (DE, "Berlin is weighing whether to send Taurus missiles to Ukraine.", "reconsider"),
    (DE, "Scholz has ruled out delivering Taurus cruise missiles to Kyiv.", "refrains"),
    (DE, "The German government has decided not to supply Taurus missiles to Ukraine.", "refrains"),
    (DE, "Berlin continues to refuse Kyiv's requests for Taurus missiles.", "refrains"),
    (DE, "Germany has not yet decided whether to send Taurus missiles to Ukraine.", "reconsider"),
    (DE, "Germany has agreed to supply Ukraine with Taurus cruise missiles.", "supplies"),
    (DE, "Berlin has begun shipping Taurus missiles to Kyiv.", "supplies"),
    (DE, "The German cabinet approved the delivery of Taurus missiles to Ukraine on Friday.", "supplies"),
    (JP, "Japan has eased its export rules but still does not allow lethal weapons to be sent to Ukraine.",
     "refrains"),
    (JP, "If Russia uses nuclear weapons, Japan would consider sending arms to Ukraine, Kishida said.", "reconsider"),
    (IL, "Germany has halted approvals of arms exports to Israel.", "refrains"),
    (IL, "Berlin will no longer approve weapons exports to Israel that could be used in Gaza.", "refrains"),
]

TIME = [
    (KR, "South Korea, which had long refused to arm Ukraine, delivered its first air-defence missiles to Kyiv "
         "this week.", "supplies"),
    (KR, "Seoul has decided not to send weapons to Ukraine, after weeks of weighing whether to do so.", "refrains"),
    (KR, "South Korea had been considering sending weapons to Ukraine but decided against it on Friday.",
     "refrains"),
    (DE, "Germany, which had long refused to send Taurus missiles to Ukraine, delivered the first batch this week.",
     "supplies"),
    (US, "The United States, which for months refused to provide ATACMS, has now sent them to Ukraine.", "supplies"),
]

ATTRIBUTION = [
    (KR, "Russian media claimed that South Korean shells had reached Ukraine. Seoul denied the report, saying it "
         "does not supply weapons to countries at war.", "refrains"),
    (KR, "Moscow accused Seoul of secretly shipping artillery shells to Kyiv.", "none"),
    (DE, "Germany denied a report that it had secretly delivered Taurus missiles to Kyiv.", "refrains"),
    (DE, "Russian state media claimed that German Taurus missiles had been delivered to Ukraine.", "none"),
    (KR, "South Korea denied reports that it is preparing to send artillery shells to Ukraine.", "refrains"),
]

BOILERPLATE = [
    (KR, "South Korea said it will not send weapons to Ukraine.\nRelated Articles\n"
         "South Korea sends first shells to Ukraine\nSeoul approves arms transfer\nBack to top button",
     "refrains"),
    (KR, "Officials met on Monday to discuss trade.\nRead more: Seoul ships howitzers to Kyiv\n"
         "© 2025 Example News. All rights reserved.", "none"),
]

# Every phrase GUIDELINES.md gives as an example of a state, in a plain sentence.
GUIDELINE_PHRASES = [
    (KR, "South Korea approved the transfer of artillery shells to Ukraine.", "supplies"),
    (KR, "South Korea will send air-defence missiles to Ukraine, the president said.", "supplies"),
    (KR, "South Korea has begun supplying howitzers to Ukraine.", "supplies"),
    (KR, "Seoul delivered anti-tank weapons to Kyiv last week.", "supplies"),
    (KR, "South Korean shells are being delivered to Ukraine.", "supplies"),
    (KR, "South Korea continues to deliver weapons to Ukraine.", "supplies"),
    (KR, "South Korea has sent air-defence missiles to Ukraine, but no artillery.", "supplies"),
    (KR, "South Korea will reconsider supplying weapons to Ukraine.", "reconsider"),
    (KR, "Seoul is weighing sending arms to Kyiv.", "reconsider"),
    (KR, "South Korea could send weapons to Ukraine, the minister said.", "reconsider"),
    (KR, "Seoul is reviewing Ukraine's request for weapons.", "reconsider"),
    (KR, "South Korea no longer rules out arms supplies to Ukraine.", "reconsider"),
    (KR, "If civilians are attacked, South Korea might send weapons to Ukraine, Yoon said.", "reconsider"),
    (KR, "South Korea said its position of not sending arms to Ukraine was unchanged.", "refrains"),
    (KR, "South Korea has no plan at present to send weapons to Ukraine.", "refrains"),
    (KR, "Seoul has ruled out arming Ukraine.", "refrains"),
    (KR, "No weapons have been sent to Ukraine, South Korea's defence ministry said.", "refrains"),
    (KR, "Seoul denied a report that it had shipped shells to Ukraine.", "refrains"),
]

CASES = AGENT_AND_TARGET + OBJECT + POLARITY_AND_MODALITY + TIME + ATTRIBUTION + BOILERPLATE + GUIDELINE_PHRASES


test_reads, test_enough_cases = reading_tests(CASES, minimum=93)
