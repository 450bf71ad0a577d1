"""A bare verb coordinated with another shares its auxiliaries, negation and "to": "Germany will
not follow Poland and send tanks" is a refusal to send. A verb with its own auxiliary, or a past
form after a verb of its own ("rejected calls to halt exports and sent tanks"), is read alone."""

from __future__ import annotations

from .cases import reading_tests

JP, LEO, CH = "jp-arms-ukraine", "de-leopard-ukraine", "uk-challenger-ukraine"

CASES = [
    (LEO, "Germany will not follow the United States and send Leopard 2 tanks to Ukraine, Scholz said.", "refrains"),
    (LEO, "Berlin refused to bow to pressure and send Leopard 2 tanks to Ukraine.", "refrains"),
    (LEO, "Germany may follow Poland and send Leopard 2 tanks to Ukraine, Scholz said.", "reconsider"),
    (LEO, ("Asked whether Germany would follow Poland and Finland and send Leopard 2 tanks to Ukraine, Scholz "
           "said it would not."), "refrains"),
    (JP, "Japan would not abandon its principles and start supplying weapons to Ukraine, Kishida said.", "refrains"),
    (LEO, "Germany has not followed Poland and sent Leopard 2 tanks to Ukraine, Scholz said.", "refrains"),
    (CH, "Britain will not wait for Germany and will send Challenger 2 tanks to Ukraine, Sunak said.", "supplies"),
    # near misses that keep their reading
    (LEO, "Germany will follow Poland and send Leopard 2 tanks to Ukraine, Scholz said.", "supplies"),
    (LEO, "Germany has followed Poland and sent Leopard 2 tanks to Ukraine, Scholz said.", "supplies"),
    (LEO, "Germany rejected calls to halt arms exports and sent Leopard 2 tanks to Ukraine last week.", "supplies"),
    (LEO, "Germany met Ukraine's request and sent Leopard 2 tanks to Kyiv last week.", "supplies"),
    (CH, "Britain did not wait for Germany and sent Challenger 2 tanks to Ukraine last week.", "supplies"),
]


test_reads, test_enough_cases = reading_tests(CASES, minimum=12)
