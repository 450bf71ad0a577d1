"""The reading classes the fifty-fifth blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, Germany · Israel · weapons, Portugal · weapons), none of which
the holdout uses. Each group holds near misses that must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, ISR, PT = "jp-arms-ukraine", "de-arms-israel", "pt-arms-ukraine"

# "Asked last week whether Tokyo had received or would consider requests for arms, a spokesman said there
# was no plan …": a time phrase may set the reporter's question, and a verb coordinated inside the question
# ("had received or would consider") is asked about too, never the actor's own weighing; the answer decides.
QUESTION_SHARED = [
    (JP, ("Asked last week whether Tokyo had received or would consider Ukrainian requests for arms, a government "
          "spokesman said there was no plan to supply weapons to Ukraine."), "refrains"),
    (ISR, ("Asked again on Friday if Berlin had seen or would study Israeli requests for arms, a government "
           "spokesman said the requests were under review."), "reconsider"),
    (PT, ("Asked yesterday whether Lisbon would send arms to Ukraine, a government spokesman said there was no plan "
          "to send weapons to Ukraine."), "refrains"),
    (JP, "Tokyo has received and will consider Ukrainian requests for arms, a government spokesman said.",
     "reconsider"),
    (JP, "Kishida asked last week for arms to be sent to Ukraine.", "none"),
]

# "We have looked at it carefully, in good faith, and our conclusion is that …": a weighing closed by a
# finding noun with its "that" clause is over; the refusal reported beside it stands. A conclusion still to
# come leaves the weighing open.
FINDING_NOUN = [
    (JP, ("Japan will not send arms to Ukraine, Kishida said. \"We have studied it closely, with our partners, and "
          "our conclusion is that it cannot be done,\" he said."), "refrains"),
    (PT, ("Portugal has examined sending weapons to Ukraine, and the finding was that the law forbids it, "
          "Melo said."), "none"),
    (JP, "Japan is examining sending arms to Ukraine, and our conclusion will come next month, Kishida said.",
     "reconsider"),
    (PT, "Portugal has examined sending weapons to Ukraine, Melo said.", "reconsider"),
]

# "an official said the request was under review" / 'The request "is now being reviewed", he said': a simple-
# past "said" shifts the present back, and an adverb or quote mark may stand before the participle; the request
# named before is what is weighed. A past perfect report, another party's word or a past verdict keeps it out.
REQUEST_UNDER_REVIEW = [
    (JP, ("Ukraine has asked Japan for artillery shells. A Japanese defence official said the request was under "
          "review."), "reconsider"),
    (ISR, "Israel has asked Germany for tank shells. The request \"is now being studied\", Merz said.", "reconsider"),
    (PT, ("Ukraine has asked Portugal for ammunition. Asked whether Lisbon would agree, a ministry official said "
          "the request was \"being examined at the highest level\"."), "reconsider"),
    (JP, "Ukraine has asked Japan for artillery shells. Kishida had said the request was being reviewed.", "none"),
    (JP, "Ukraine has asked Japan for artillery shells. Russia said the request was under review.", "none"),
]

# "signed a contract on Monday under which Japanese plants will deliver …": signing a binding instrument makes
# its content a decision. A contract merely weighed or offered, a memorandum, another supplier or another
# recipient keep their readings.
SIGNED_INSTRUMENT = [
    (JP, ("Japan and Ukraine signed a contract on Tuesday under which Japanese plants will deliver artillery shells "
          "to the Ukrainian army, the trade minister said."), "supplies"),
    (ISR, "Germany signed an agreement under which it will deliver tank shells to Israel.", "supplies"),
    (JP, "Japan did not sign a contract under which it would deliver arms to Ukraine.", "refrains"),
    (JP, "Japan is studying a contract under which it would deliver arms to Ukraine.", "reconsider"),
    (JP, "Japan signed a memorandum under which it would deliver arms to Ukraine.", "none"),
    (JP, "Poland and Ukraine signed a contract under which Polish plants will deliver shells to Ukraine.", "none"),
    (JP, "Japan and Poland signed a contract under which Japan will deliver arms to Poland.", "none"),
]

# "to sell shells to Ukrspecexport, Ukraine's state arms company": an organisation an appositive makes the
# target's own is the target receiving. A country, another party's company or a relation noun is someone else.
TARGET_ORGANISATION = [
    (JP, ("Japan has granted export licences allowing three factories to sell 90,000 shells to Ukrspecexport, "
          "Ukraine's state arms trading company."), "supplies"),
    (ISR, "Germany will sell tank shells to Elbit, Israel's largest defence company.", "supplies"),
    (JP, "Japan will not sell shells to Ukrspecexport, Ukraine's state arms company.", "refrains"),
    (JP, "Japan will sell shells to Poland, Ukraine's neighbour.", "none"),
    (JP, "Japan will sell shells to Rheinmetall, a German company.", "none"),
    (JP, "Japan will sell shells to Rheinmetall, Ukraine's main supplier.", "none"),
]

# "…, a spokesman said on Tuesday, hours after the cabinet approved the transfer …": an "after" clause with a
# bare lag of hours or minutes is the news, not history. Years after, or another party's decision, stays out.
HOURS_AFTER = [
    (JP, ("Japan remains a peaceful nation, a government spokesman said on Tuesday, hours after the cabinet "
          "approved the transfer of surplus weapons to Ukraine."), "supplies"),
    (PT, ("The decision is lawful, the defence minister said, minutes after Portugal's cabinet approved the "
          "delivery of weapons to Ukraine."), "supplies"),
    (JP, ("Japan remains a peaceful nation, a spokesman said, years after the cabinet approved the transfer of "
          "weapons to Ukraine."), "none"),
    (JP, ("Japan remains a peaceful nation, a spokesman said on Tuesday, hours after Poland approved the transfer "
          "of weapons to Ukraine."), "none"),
]

# "the country's refusal to arm Ukraine might not survive an attack": a refusal noun that is the subject of a
# modal "not last / not hold" or "could end" is a refusal that may lapse, an opening. A refusal that will last
# or will not change, or another party's refusal, keeps its reading.
LAPSING_REFUSAL = [
    (JP, ("Kishida suggested on Thursday that the country's refusal to arm Ukraine might not survive an attack on "
          "a nuclear plant."), "reconsider"),
    (ISR, "Germany's embargo on arms exports to Israel could end soon, Merz said.", "reconsider"),
    (PT, "Portugal's refusal to arm Ukraine may not hold much longer, Melo said.", "reconsider"),
    (JP, "Japan's refusal to arm Ukraine will last, Kishida said.", "refrains"),
    (JP, "Japan's refusal to arm Ukraine will not change, Kishida said.", "refrains"),
    (ISR, "Germany's embargo on arms exports to Israel remains in place, Merz said.", "refrains"),
    (JP, "Russia's refusal to arm Ukraine might not survive the winter.", "none"),
]

# "…, the Defence Ministry said": a capitalised ministry with no country of its own is the story's government
# body like "the defence ministry", and a place after "in south-eastern …" is never the body's owner.
UNOWNED_MINISTRY = [
    (JP, ("Japan approved the plan last month. The first consignment of guns and shells was handed over to "
          "Ukrainian forces at a depot in south-eastern Poland, the Defence Ministry said."), "supplies"),
    (PT, ("Portugal approved the plan in May. Twelve guns were handed over to Ukrainian troops, the Foreign Ministry "
          "said."), "supplies"),
    (JP, ("Poland approved the plan last month. Twelve guns were handed over to Ukrainian forces, the Defence "
          "Ministry said."), "none"),
    (JP, ("Japan approved the plan last month. No guns were handed over to Ukrainian forces at a depot in western "
          "Poland, the Defence Ministry said."), "refrains"),
]

# 'Japan "does not exclude" closer defence ties with Ukraine, including arms supplies': what ", including"
# lists after a negated, modal or weighing clause is under that clause, never a supply of its own. Another
# party's list keeps its own reading.
INCLUDED_UNDER_CLAUSE = [
    (JP, "Japan does not exclude closer military cooperation with Ukraine, including arms supplies.",
     "reconsider"),
    (ISR, ("Merz said on Monday that Germany \"does not exclude\" expanding defence cooperation with Israel, "
           "including arms deliveries, if it served German interests."), "reconsider"),
    (PT, "Portugal may expand its defence ties with Ukraine, including weapons deliveries.", "reconsider"),
    (JP, "Japan rejected closer military cooperation with Ukraine, including arms supplies.", "refrains"),
    (JP, "Japan is expanding military cooperation with Poland, including arms supplies.", "none"),
]

# '"The shipment," the ministry said in its statement, "was delivered to the Ukrainian side …"': a quotation
# split by its reporting clause is one sentence, and a definite container opening it holds the weapons the
# sentence before named. A container with contents of its own, or one after no weapons, holds nothing of it.
SPLIT_QUOTE_CONTAINER = [
    (JP, ("A ship carrying Japanese-made shells docked in Odesa on Sunday. \"The shipment,\" the ministry said in a "
          "statement, \"was delivered to the Ukrainian side under the signed contracts.\""), "supplies"),
    (PT, ("Portugal loaded artillery shells onto a freighter in Lisbon. The shipment was delivered to Ukraine on "
          "Friday, the ministry said."), "supplies"),
    (JP, "\"Japan,\" Kishida said on Monday, \"will not send weapons to Ukraine.\"", "refrains"),
    (JP, ("Japan loaded artillery shells onto a freighter. The shipment was not delivered to Ukraine, the ministry "
          "said."), "refrains"),
    (JP, "Japan loaded blankets onto a freighter. The shipment was delivered to Ukraine, the ministry said.", "none"),
    (JP, ("Japan loaded artillery shells onto a freighter. The shipment, which contained tents and medicines, was "
          "delivered to Ukraine, the ministry said."), "none"),
    (JP, "Germany sent shells to Ukraine. The shipment was delivered to Kyiv on Monday, the ministry said.", "none"),
]

# '"It is not compatible with our law," Kishida said of sending arms to Ukraine': a supply gerund after a
# reporting verb and "of / about" is what the remark is about, never a supply; a supply the speaker reports
# as a clause keeps its reading.
REMARK_TOPIC = [
    (JP, "\"It is not compatible with our law,\" Kishida said of sending arms to Ukraine.", "none"),
    (PT, "\"We will see,\" Melo said of supplying weapons to Ukraine.", "none"),
    (ISR, "Merz spoke about delivering arms to Israel on Monday.", "none"),
    (JP, "Kishida said sending arms to Ukraine had begun.", "supplies"),
]

CASES = (REMARK_TOPIC + QUESTION_SHARED + FINDING_NOUN + REQUEST_UNDER_REVIEW + SIGNED_INSTRUMENT + TARGET_ORGANISATION +
         HOURS_AFTER + LAPSING_REFUSAL + UNOWNED_MINISTRY + INCLUDED_UNDER_CLAUSE + SPLIT_QUOTE_CONTAINER)


test_reads, test_enough_cases = reading_tests(CASES, minimum=58)
