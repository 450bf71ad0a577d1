"""The reading classes the eleventh blind holdout exposed, on stances it never saw.

Each case is (stance, text, expected state), written fresh for the inline stances of
tests/detect/stances.py (Japan · weapons, UK · Challenger 2, Germany · Leopard, Poland · MiG-29,
Netherlands · F-16, US · Abrams), none of which the holdout uses. Each group holds near misses that
must keep their reading.
"""

from __future__ import annotations

from .cases import reading_tests

JP, CH, LEO, MIG = "jp-arms-ukraine", "uk-challenger-ukraine", "de-leopard-ukraine", "pl-mig29-ukraine"
NL, ABR = "nl-f16-ukraine", "us-abrams-ukraine"

# "a rule that would apply to any Leopard transfer": a supply noun under "any" might happen; it is
# never a supply. A negation before it still refuses.
ANY_SUPPLY_NOUN = [
    (LEO, ("Ukraine has asked Germany for Leopard 2 tanks. German export law sets conditions that officials "
           "say would apply to any Leopard 2 transfer to Ukraine."), "none"),
    (CH, ("Britain's export rules cover any transfer of Challenger 2 tanks to Ukraine, "
          "lawmakers in London said."), "none"),
    (MIG, "Poland will not approve any MiG-29 transfer to Ukraine, Duda said.", "refrains"),
    (LEO, "Germany has approved the Leopard 2 transfer to Ukraine, Pistorius said.", "supplies"),
]

# "Asked by a Dutch reporter whether …, Rutte said: "…"": whoever asks, the answer after the colon
# is read over the asked supply. Another party's answer stays theirs.
ASKED_BY_SOMEONE = [
    (NL, ("Asked by a Ukrainian journalist whether the Netherlands could send F-16s to Ukraine, Rutte said: "
          "\"I am not ruling anything out.\""), "reconsider"),
    (ABR, ("Asked by a reporter from Kyiv whether Washington would send Abrams tanks to Ukraine, Biden said: "
           "\"We have ruled that out.\""), "refrains"),
    (NL, ("Asked by a Ukrainian journalist whether the Netherlands could send F-16s to Ukraine, Zelensky said: "
          "\"I am not ruling anything out.\""), "none"),
]

# "open to letting Poland buy MiG-29s", "allow Ukraine to purchase": leave for the target to buy is
# the permitter's sale to it. Another buyer, or another permitter, is not the stance.
PERMITTED_PURCHASE = [
    (MIG, "Duda said he was open to letting Ukraine buy MiG-29 jets from Polish stocks.", "reconsider"),
    (CH, "Britain has decided to allow Ukraine to buy Challenger 2 tanks, Sunak said.", "supplies"),
    (ABR, "The United States will not let Ukraine buy Abrams tanks, Lloyd Austin said.", "refrains"),
    (MIG, "Duda said he was open to letting Slovakia buy MiG-29 jets.", "none"),
    (CH, "Russia will never allow Ukraine to buy Challenger 2 tanks, the Kremlin said.", "none"),
    (ABR, "Biden said he would not object to letting Ukraine buy Abrams tanks.", "reconsider"),
    (ABR, "The Pentagon objected to letting Ukraine buy Abrams tanks, Lloyd Austin said.", "refrains"),
]

# "Senators said they would block …": the pronoun after what outsiders (lawmakers, senators, analysts)
# say is those outsiders, never the actor; after the actor's own reporting verb it stays the actor.
OUTSIDERS_PRONOUN = [
    (ABR, ("The White House wants a deal with Kyiv. Senators said they would block any attempt to let Ukraine "
           "buy Abrams tanks."), "none"),
    (CH, "Britain is reviewing its policy. Lawmakers said they would block Challenger 2 deliveries to Ukraine.",
     "none"),
    (CH, "Britain is reviewing its policy. Sunak said it would block Challenger 2 deliveries to Ukraine.",
     "refrains"),
    (LEO, "Pistorius told lawmakers that they would see no Leopard 2 deliveries to Ukraine this year.", "refrains"),
]

# "dismissed a challenge by Rheinmetall to the government's halt of …": the court rules on a company's
# challenge; the government's decision it leaves standing is the actor's refusal.
CHALLENGE_BY_A_PARTY = [
    (LEO, ("A Berlin court on Tuesday dismissed a challenge by Rheinmetall to the government's halt of "
           "Leopard 2 exports to Ukraine."), "refrains"),
    (CH, ("The High Court rejected an appeal by a defence firm against the government's suspension of "
          "Challenger 2 deliveries to Ukraine."), "refrains"),
    (LEO, "Rheinmetall has filed a challenge to the Leopard 2 export licences for Ukraine.", "none"),
    (CH, ("The High Court dismissed an appeal by a defence firm against the government's approval of "
          "Challenger 2 deliveries to Ukraine."), "supplies"),
]

# "Q: …" / "A: …": the interviewer's words are no position; the answers are the word of the one
# introduced before the first question, so their "we" and their agentless passives are the actor's —
# unless the one interviewed is another party.
INTERVIEW_TURNS = [
    (NL, ("Dutch defence minister Kajsa Ollongren spoke to reporters in The Hague.\n\n"
          "Q: Are the jets on their way?\n\n"
          "A: Twelve F-16s have been handed over to Ukraine so far. More will follow."), "supplies"),
    (MIG, ("Polish president Andrzej Duda spoke to our correspondent in Warsaw.\n\n"
           "Q: Kyiv says it needs more jets.\n\n"
           "A: We understand that. But there is no plan to send MiG-29s to Ukraine at present."), "refrains"),
    (LEO, ("Pistorius spoke to the paper in Berlin.\n\n"
           "Q: Germany has halted Leopard 2 deliveries to Ukraine. Is that final?\n\n"
           "A: Should Kyiv agree to the new maintenance terms for the Leopard 2, we could restart deliveries "
           "within weeks."), "reconsider"),
    (NL, ("Ukrainian air force spokesman Yuriy Ihnat spoke to reporters in Kyiv.\n\n"
          "Q: Have the Dutch jets arrived?\n\n"
          "A: Twelve F-16s have been handed over to Ukraine so far."), "none"),
    (NL, ("Ukraine's defence minister spoke to us in Kyiv about the Dutch F-16s.\n\n"
          "Q: Have the jets arrived?\n\n"
          "A: Twelve F-16s have been handed over to Ukraine so far."), "none"),
    (MIG, ("Our correspondent spoke to Polish president Andrzej Duda.\n\n"
           "Q: Poland has sent MiG-29s to Ukraine, has it not?"), "none"),
]

# "…, and there is no plan to deliver": an existential clause has no subject to inherit from the
# clause before; it is the word of whoever says the sentence.
EXISTENTIAL_CLAUSE = [
    (ABR, ("Ukraine asked for tanks in January, and there is no plan to send Abrams tanks to Ukraine, "
           "Lloyd Austin said."), "refrains"),
    (CH, ("Kyiv has made its request, and there is no plan to send Challenger 2 tanks to Ukraine, "
          "a Kremlin spokesman claimed."), "none"),
    (JP, "Japan sent helmets to Ukraine, and there are plans to send more aid, Kishida said.", "none"),
]

# "… could pass its MiG-29s on to Moldova, saying the terms did not allow it": "it" is the supply named
# before in the sentence and goes where that one goes; to the target, the refusal stands.
ANAPHORIC_RECIPIENT = [
    (MIG, ("Poland on Tuesday rejected a suggestion by a Slovak lawmaker that Bratislava could pass some of its "
           "MiG-29 jets on to Moldova, saying the contract terms did not allow it."), "none"),
    (JP, "Tokyo rejected a plan to send weapons to Taiwan, saying its export rules did not allow it.", "none"),
    (JP, "Tokyo rejected a plan to send weapons to Ukraine, saying its export rules did not allow it.", "refrains"),
    (LEO, "Germany said Spain may pass its Leopard 2 tanks on to Chile, and Berlin has approved it.", "none"),
]

# "Germany's Federal Office for … Export Control (BAFA)": a body the article introduces with the actor's
# possessive and a short name; "a BAFA spokesperson" then speaks for the actor. Without that
# introduction, or introduced as another party's, the body stays someone else.
ACTOR_BODIES = [
    (ABR, ("The United States' Defense Security Cooperation Agency (DSCA) oversees arms sales. \"The United "
           "States will deliver 31 Abrams tanks to Ukraine this autumn,\" a DSCA official told reporters."),
     "supplies"),
    (LEO, ("Germany's Federal Office for Economic Affairs and Export Control (BAFA) handles licences. \"Germany "
           "has approved the export of Leopard 2 tanks to Ukraine,\" a BAFA spokesperson said."), "supplies"),
    (ABR, ("The United States' Defense Security Cooperation Agency (DSCA) oversees arms sales. \"Abrams tanks "
           "will not be sent to Ukraine,\" a DSCA official told reporters."), "refrains"),
    (LEO, "\"Germany has approved the export of Leopard 2 tanks to Ukraine,\" a BAFA spokesperson said.", "none"),
    (ABR, ("Russia's Federal Security Service (FSB) monitors arms sales. \"The United States will deliver 31 "
           "Abrams tanks to Ukraine this autumn,\" an FSB official told reporters."), "none"),
    (LEO, ("Ukraine's Ministry of Defence (MOD) has asked for tanks. \"Germany has approved the export of "
           "Leopard 2 tanks to Ukraine,\" an MOD spokesperson said."), "none"),
]

CASES = ANY_SUPPLY_NOUN + ASKED_BY_SOMEONE + PERMITTED_PURCHASE + CHALLENGE_BY_A_PARTY + INTERVIEW_TURNS + \
    EXISTENTIAL_CLAUSE + ANAPHORIC_RECIPIENT + ACTOR_BODIES + OUTSIDERS_PRONOUN


test_reads, test_enough_cases = reading_tests(CASES, minimum=24)
