"""Country names and the adjectives the press forms from them.

A stance file may name its actor and target without their adjectives ("Japan", not
"Japanese"); the adjective still ties "Japanese officials", "a Japanese shipment" and
"Japanese-made shells" to them. So the adjective of every country the file names is added
to the ones it gives. Names shared by two countries ("Korea", "Congo", "Guinea") are left
out, and so are adjectives that are the name itself ("Myanmar", "New Zealand").
"""

from __future__ import annotations

from collections.abc import Iterable

# name (lowercase) → adjectives. Short forms the press uses as names ("US", "UK") map too.
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "afghanistan": ("Afghan",), "albania": ("Albanian",), "algeria": ("Algerian",), "angola": ("Angolan",),
    "argentina": ("Argentine", "Argentinian"), "armenia": ("Armenian",), "australia": ("Australian",),
    "austria": ("Austrian",), "azerbaijan": ("Azerbaijani",), "bahrain": ("Bahraini",),
    "bangladesh": ("Bangladeshi",), "belarus": ("Belarusian",), "belgium": ("Belgian",), "benin": ("Beninese",),
    "bolivia": ("Bolivian",), "bosnia": ("Bosnian",), "bosnia and herzegovina": ("Bosnian",),
    "botswana": ("Botswanan",), "brazil": ("Brazilian",), "bulgaria": ("Bulgarian",),
    "burkina faso": ("Burkinabe",), "cambodia": ("Cambodian",), "cameroon": ("Cameroonian",),
    "canada": ("Canadian",), "chad": ("Chadian",), "chile": ("Chilean",), "china": ("Chinese",),
    "people's republic of china": ("Chinese",), "colombia": ("Colombian",), "croatia": ("Croatian",),
    "cuba": ("Cuban",), "cyprus": ("Cypriot",), "czech republic": ("Czech",), "czechia": ("Czech",),
    "denmark": ("Danish",), "ecuador": ("Ecuadorian",), "egypt": ("Egyptian",), "eritrea": ("Eritrean",),
    "estonia": ("Estonian",), "ethiopia": ("Ethiopian",), "finland": ("Finnish",), "france": ("French",),
    "georgia": ("Georgian",), "germany": ("German",), "ghana": ("Ghanaian",), "greece": ("Greek",), "hungary": ("Hungarian",),
    "iceland": ("Icelandic",), "india": ("Indian",), "indonesia": ("Indonesian",), "iran": ("Iranian",), "iraq": ("Iraqi",),
    "ireland": ("Irish",), "israel": ("Israeli",), "italy": ("Italian",), "japan": ("Japanese",),
    "jordan": ("Jordanian",), "kazakhstan": ("Kazakh",), "kenya": ("Kenyan",), "kosovo": ("Kosovar",),
    "kuwait": ("Kuwaiti",), "kyrgyzstan": ("Kyrgyz",), "laos": ("Lao", "Laotian"), "latvia": ("Latvian",),
    "lebanon": ("Lebanese",), "libya": ("Libyan",), "lithuania": ("Lithuanian",),
    "luxembourg": ("Luxembourgish",), "malaysia": ("Malaysian",), "mali": ("Malian",), "malta": ("Maltese",),
    "mexico": ("Mexican",), "moldova": ("Moldovan",), "mongolia": ("Mongolian",),
    "montenegro": ("Montenegrin",), "morocco": ("Moroccan",), "mozambique": ("Mozambican",),
    "namibia": ("Namibian",), "nepal": ("Nepali", "Nepalese"),
    "netherlands": ("Dutch",), "the netherlands": ("Dutch",),
    "nicaragua": ("Nicaraguan",), "niger": ("Nigerien",), "nigeria": ("Nigerian",),
    "north korea": ("North Korean",), "dprk": ("North Korean",), "north macedonia": ("North Macedonian",),
    "norway": ("Norwegian",), "oman": ("Omani",), "pakistan": ("Pakistani",), "panama": ("Panamanian",),
    "paraguay": ("Paraguayan",), "peru": ("Peruvian",), "philippines": ("Philippine", "Filipino"),
    "the philippines": ("Philippine", "Filipino"), "poland": ("Polish",), "portugal": ("Portuguese",),
    "qatar": ("Qatari",), "romania": ("Romanian",), "russia": ("Russian",),
    "russian federation": ("Russian",), "rwanda": ("Rwandan",), "saudi arabia": ("Saudi",),
    "senegal": ("Senegalese",), "serbia": ("Serbian",), "singapore": ("Singaporean",),
    "slovakia": ("Slovak",), "slovenia": ("Slovenian", "Slovene"), "somalia": ("Somali",),
    "south africa": ("South African",), "south korea": ("South Korean",), "republic of korea": ("South Korean",),
    "rok": ("South Korean",), "south sudan": ("South Sudanese",), "spain": ("Spanish",),
    "sri lanka": ("Sri Lankan",), "sudan": ("Sudanese",), "sweden": ("Swedish",), "switzerland": ("Swiss",),
    "syria": ("Syrian",), "taiwan": ("Taiwanese",), "tajikistan": ("Tajik",), "tanzania": ("Tanzanian",),
    "thailand": ("Thai",), "tunisia": ("Tunisian",), "turkey": ("Turkish",), "türkiye": ("Turkish",),
    "turkiye": ("Turkish",), "turkmenistan": ("Turkmen",), "uganda": ("Ugandan",), "ukraine": ("Ukrainian",),
    "united arab emirates": ("Emirati",), "uae": ("Emirati",), "united kingdom": ("British",),
    "uk": ("British",), "u.k.": ("British",), "britain": ("British",), "great britain": ("British",),
    "united states": ("American",), "united states of america": ("American",), "us": ("American",),
    "u.s.": ("American",), "usa": ("American",), "america": ("American",), "uruguay": ("Uruguayan",),
    "uzbekistan": ("Uzbek",), "venezuela": ("Venezuelan",), "vietnam": ("Vietnamese",),
    "viet nam": ("Vietnamese",), "yemen": ("Yemeni",), "zambia": ("Zambian",), "zimbabwe": ("Zimbabwean",),
}


def adjectives_for(names: Iterable[str], given: Iterable[str] = ()) -> tuple[str, ...]:
    """`given`, then the adjectives of the countries among `names` it lacks (case-insensitive)."""
    out = list(given)
    seen = {a.lower() for a in out}
    for name in names:
        for adjective in _DEMONYMS.get(name.lower(), ()):
            if adjective.lower() not in seen:
                seen.add(adjective.lower())
                out.append(adjective)
    return tuple(out)


# Every country name and adjective above, lowercase: what names a country in running text.
COUNTRY_WORDS = frozenset({name for name in _DEMONYMS if len(name) > 2 or name == "uk"} |
                          {adjective.lower() for adjectives in _DEMONYMS.values() for adjective in adjectives})
