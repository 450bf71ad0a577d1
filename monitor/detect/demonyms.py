"""Countries: the other names the press gives them and the adjectives it forms from them.

A stance file may name its actor and target by the country alone ("Japan"); the press also
writes "Tokyo", "Japanese officials", "a Japanese shipment". So the other names and the
adjectives of every country the file names are added to the ones it gives. Names shared by
two countries ("Korea", "Congo", "Guinea") are left out, and so are adjectives that are the
name itself ("New Zealand").
"""

from __future__ import annotations

from collections.abc import Iterable

# One country a line: its names (the country, short forms, the capital, the government seats the press
# uses as metonyms, and national bodies named without the country that decide or announce arms transfers:
# "DAPA", "the Supreme Council of National Defence") | its adjectives. A descriptive name the press uses for one country only
# ("the Islamic Republic", "the Jewish state") is a short form; one shared by several ("the Kingdom",
# "the Republic") is not.
_TABLE = """
Afghanistan, Kabul | Afghan
Albania, Tirana | Albanian
Algeria, Algiers | Algerian
Angola, Luanda | Angolan
Argentina, Buenos Aires, Casa Rosada | Argentine, Argentinian
Armenia, Yerevan | Armenian
Australia, Canberra | Australian
Austria, Vienna | Austrian
Azerbaijan, Baku | Azerbaijani
Bahrain, Manama | Bahraini
Bangladesh, Dhaka | Bangladeshi
Belarus, Minsk, State Authority for Military Industry | Belarusian
Belgium, Brussels | Belgian
Belize, Belmopan | Belizean
Benin, Porto-Novo, Cotonou | Beninese
Bhutan, Thimphu | Bhutanese
Bolivia | Bolivian
Bosnia and Herzegovina, Bosnia, Sarajevo | Bosnian
Botswana, Gaborone | Botswanan
Brazil, Brasilia, Brasília, Planalto, Itamaraty | Brazilian
Brunei, Bandar Seri Begawan | Bruneian
Bulgaria, Sofia | Bulgarian
Burkina Faso, Ouagadougou | Burkinabe, Burkinabè
Burundi, Gitega, Bujumbura | Burundian
Cambodia, Phnom Penh | Cambodian
Cameroon | Cameroonian
Canada, Ottawa | Canadian
Central African Republic, CAR, Bangui | Central African
Chad | Chadian
Chile, Santiago | Chilean
China, People's Republic of China, PRC, Beijing | Chinese
Colombia, Bogota, Bogotá | Colombian
DR Congo, Democratic Republic of the Congo, Democratic Republic of Congo, DRC, D.R. Congo, Kinshasa, FARDC
Costa Rica | Costa Rican
Côte d'Ivoire, Cote d'Ivoire, Ivory Coast, Yamoussoukro, Abidjan | Ivorian
Croatia, Zagreb | Croatian
Cuba, Havana | Cuban
Cyprus, Nicosia | Cypriot
Czech Republic, Czechia, Prague | Czech
Denmark, Copenhagen | Danish
Djibouti | Djiboutian
Dominican Republic, Santo Domingo | Dominican
Ecuador, Quito | Ecuadorian
Egypt, Cairo | Egyptian
El Salvador, San Salvador | Salvadoran, Salvadorean
Equatorial Guinea, Malabo | Equatorial Guinean
Eritrea, Asmara | Eritrean
Estonia, Tallinn | Estonian
Ethiopia, Addis Ababa | Ethiopian
Fiji, Suva | Fijian
Finland, Helsinki | Finnish
France, Paris, Elysee, Élysée, Quai d'Orsay | French
Gabon, Libreville | Gabonese
Gambia, The Gambia, Banjul | Gambian
Georgia, Tbilisi | Georgian
Germany, Berlin, Bundeswehr | German
Ghana, Accra | Ghanaian
Greece, Athens, Maximos Mansion | Greek
Guatemala, Guatemala City | Guatemalan
Guyana | Guyanese
Haiti, Port-au-Prince | Haitian
Honduras, Tegucigalpa | Honduran
Hungary, Budapest | Hungarian
Iceland, Reykjavik | Icelandic
India, New Delhi, South Block, Ministry of External Affairs, Cabinet Committee on Security | Indian
Indonesia, Jakarta | Indonesian
Iran, Islamic Republic of Iran, Islamic Republic, Tehran, IRGC, Islamic Revolutionary Guard Corps | Iranian
Iraq, Baghdad | Iraqi
Ireland, Dublin | Irish
Israel, Jewish state, Jerusalem | Israeli
Italy, Rome, Palazzo Chigi, Farnesina | Italian
Jamaica | Jamaican
Japan, Tokyo, Kantei | Japanese
Jordan, Amman | Jordanian
Kazakhstan, Astana | Kazakh
Kenya, Nairobi | Kenyan
Kosovo, Pristina | Kosovar
Kuwait | Kuwaiti
Kyrgyzstan, Bishkek | Kyrgyz
Laos, Vientiane | Lao, Laotian
Latvia, Riga | Latvian
Lebanon, Beirut | Lebanese
Liberia, Monrovia | Liberian
Libya, Tripoli | Libyan
Lithuania, Vilnius | Lithuanian
Luxembourg | Luxembourgish
Madagascar, Antananarivo | Malagasy
Malawi, Lilongwe | Malawian
Malaysia, Kuala Lumpur | Malaysian
Maldives, Malé | Maldivian
Mali, Bamako | Malian
Malta, Valletta | Maltese
Mauritania, Nouakchott | Mauritanian
Mexico, Mexico City | Mexican
Moldova, Chisinau, Chișinău | Moldovan
Mongolia, Ulaanbaatar | Mongolian
Montenegro, Podgorica | Montenegrin
Morocco, Rabat | Moroccan
Mozambique, Maputo | Mozambican
Myanmar, Naypyidaw
Namibia, Windhoek | Namibian
Nepal, Kathmandu | Nepali, Nepalese
Netherlands, The Netherlands, The Hague, Amsterdam | Dutch
New Zealand, Wellington
Nicaragua, Managua | Nicaraguan
Niger, Niamey | Nigerien
Nigeria, Abuja | Nigerian
North Korea, DPRK, Pyongyang | North Korean
North Macedonia, Skopje | North Macedonian
Norway, Oslo | Norwegian
Oman, Muscat | Omani
Pakistan, Islamabad | Pakistani
Palestine, State of Palestine, Palestinian Authority, Ramallah | Palestinian
Panama | Panamanian
Papua New Guinea, PNG, Port Moresby | Papua New Guinean
Paraguay, Asuncion, Asunción | Paraguayan
Peru, Lima | Peruvian
Philippines, The Philippines, Manila | Philippine, Filipino
Poland, Warsaw, MON | Polish
Portugal, Lisbon | Portuguese
Qatar, Doha | Qatari
Romania, Bucharest, Cotroceni, MApN, CSAT, Supreme Council of National Defence | Romanian
Russia, Russian Federation, Moscow, Kremlin, Rosoboronexport, Federal Service for Military-Technical Cooperation | Russian
Rwanda, Kigali | Rwandan
Saudi Arabia, Riyadh | Saudi
Senegal, Dakar | Senegalese
Serbia, Belgrade | Serbian
Sierra Leone, Freetown | Sierra Leonean
Singapore | Singaporean
Slovakia, Bratislava | Slovak
Slovenia, Ljubljana | Slovenian, Slovene
Somalia, Mogadishu | Somali
South Africa, Pretoria, NCACC, National Conventional Arms Control Committee | South African
South Korea, Republic of Korea, ROK, Seoul, DAPA, Defense Acquisition Program Administration | South Korean
South Sudan, Juba | South Sudanese
Spain, Madrid, Moncloa, La Moncloa, JIMDDU | Spanish
Sri Lanka, Colombo | Sri Lankan
Sudan, Khartoum | Sudanese
Sweden, Stockholm, Rosenbad, Inspectorate of Strategic Products | Swedish
Switzerland, Bern, Berne, SECO | Swiss
Syria, Damascus | Syrian
Taiwan, Taipei | Taiwanese
Tajikistan, Dushanbe | Tajik
Tanzania, Dodoma | Tanzanian
Thailand, Bangkok | Thai
Timor-Leste, East Timor, Dili | Timorese
Togo, Lomé | Togolese
Trinidad and Tobago, Port of Spain | Trinidadian
Tunisia, Tunis | Tunisian
Turkey, Türkiye, Turkiye, Ankara, SSB, Presidency of Defence Industries, Presidency of Defense Industries | Turkish
Turkmenistan, Ashgabat | Turkmen
Uganda, Kampala | Ugandan
Ukraine, Kyiv, Kiev, Bankova | Ukrainian
United Arab Emirates, UAE, Abu Dhabi | Emirati
United Kingdom, UK, U.K., Britain, Great Britain, London, Downing Street, Whitehall | British
United States, United States of America, US, U.S., USA, America, Washington, White House, Pentagon, State Department, Defense Security Cooperation Agency, DSCA | American
Uruguay, Montevideo | Uruguayan
Uzbekistan, Tashkent | Uzbek
Venezuela, Caracas | Venezuelan
Vietnam, Viet Nam, Hanoi | Vietnamese
Yemen, Sanaa | Yemeni
Zambia, Lusaka | Zambian
Zimbabwe, Harare | Zimbabwean
"""


# Cities, ports and bases where goods for a country arrive: "landed in Odesa", "unloaded at
# Chattogram". Only names that are no common word or surname elsewhere ("Santos", "Clark", "Darwin",
# "Valencia" and "Brest", a city in two countries, are left out). A place names the recipient, like its capital.
_PLACES = """
Algeria | Oran
Argentina | Rosario, Mendoza, Bahía Blanca
Armenia | Gyumri, Vanadzor
Australia | Sydney, Melbourne, Brisbane, Adelaide
Azerbaijan | Sumgait
Bangladesh | Chattogram, Chittagong, Khulna, Sylhet
Belarus | Gomel, Vitebsk
Belgium | Antwerp, Liège, Ghent
Brazil | São Paulo, Sao Paulo, Rio de Janeiro, Manaus, Recife
Chile | Valparaíso, Valparaiso, Iquique, Antofagasta
China | Shanghai, Guangzhou, Shenzhen, Tianjin, Wuhan, Chengdu, Xiamen, Dalian, Qingdao
Colombia | Medellín, Medellin, Barranquilla
Czech Republic | Brno, Ostrava, Plzeň, Plzen
Denmark | Aarhus, Aalborg
Ecuador | Guayaquil
Egypt | Alexandria, Port Said, Ismailia
Estonia | Tartu
Finland | Tampere, Turku
France | Marseille, Lyon, Toulouse, Bordeaux, Toulon, Cherbourg, Lille
Georgia | Batumi, Kutaisi
Germany | Munich, Hamburg, Frankfurt, Cologne, Stuttgart, Düsseldorf, Kiel, Bremen, Ramstein, Leipzig, Dresden, Kassel
Greece | Thessaloniki, Piraeus, Souda Bay
India | Mumbai, Bengaluru, Bangalore, Chennai, Kolkata, Hyderabad, Pune, Visakhapatnam
Indonesia | Surabaya, Bandung, Medan, Batam
Iran | Isfahan, Bandar Abbas, Shiraz, Tabriz, Mashhad
Iraq | Basra, Mosul, Erbil
Israel | Tel Aviv, Haifa, Eilat, Ashdod, Beersheba
Italy | Milan, Naples, Turin, Genoa, La Spezia, Taranto, Sigonella, Aviano
Japan | Osaka, Yokohama, Yokosuka, Nagoya, Kobe, Sasebo, Kure, Maizuru, Okinawa, Naha, Fukuoka
Jordan | Aqaba, Zarqa
Kazakhstan | Almaty, Karaganda, Shymkent
Libya | Benghazi, Misrata
Lithuania | Kaunas, Klaipėda, Klaipeda, Rukla
Malaysia | Penang, Johor Bahru
Mali | Timbuktu, Kidal, Mopti
Morocco | Casablanca, Tangier, Marrakesh, Kenitra
Myanmar | Yangon, Rangoon, Mandalay
Netherlands | Rotterdam, Den Helder, Eindhoven
Nigeria | Lagos, Kano, Kaduna, Port Harcourt, Maiduguri
Norway | Trondheim, Stavanger
Pakistan | Karachi, Lahore, Rawalpindi, Peshawar, Quetta
Peru | Callao, Arequipa, Cusco
Philippines | Subic, Subic Bay, Cebu, Davao, Quezon City, Zamboanga
Poland | Kraków, Krakow, Rzeszów, Rzeszow, Gdańsk, Gdansk, Gdynia, Wrocław, Wroclaw, Poznań, Poznan, Łódź, Szczecin, Lublin
Portugal | Porto
Romania | Constanța, Constanta, Cluj-Napoca, Timișoara, Timisoara
Russia | St Petersburg, St. Petersburg, Saint Petersburg, Novosibirsk, Yekaterinburg, Kaliningrad, Vladivostok, Novorossiysk, Rostov-on-Don, Murmansk
Saudi Arabia | Jeddah, Dammam, Dhahran
Serbia | Novi Sad, Niš
Slovakia | Košice, Kosice
Somalia | Kismayo, Baidoa, Bosaso
South Korea | Busan, Pusan, Incheon, Daegu, Changwon, Gwangju, Sacheon, Pyeongtaek, Jinhae
Spain | Barcelona, Seville, Zaragoza, Bilbao
Sudan | Port Sudan, Omdurman, El Fasher
Sweden | Gothenburg, Göteborg, Malmö, Malmo, Karlskrona, Karlskoga
Syria | Aleppo, Latakia, Tartus, Homs
Taiwan | Kaohsiung, Taichung, Tainan, Hsinchu, Penghu, Keelung, Hualien
Thailand | Chiang Mai, Phuket, Sattahip, U-Tapao, Mae Sot
Turkey | Istanbul, Izmir, İzmir, Incirlik, İncirlik, Adana
Ukraine | Lviv, Lvov, Odesa, Odessa, Kharkiv, Dnipro, Zaporizhzhia, Mykolaiv, Kherson, Kramatorsk, Vinnytsia, Poltava, Chernihiv, Sumy, Rivne, Lutsk, Uzhhorod, Ivano-Frankivsk, Zhytomyr
United Kingdom | Manchester, Glasgow, Edinburgh, Belfast, Cardiff
Venezuela | Maracaibo
Vietnam | Ho Chi Minh City, Saigon, Da Nang, Haiphong, Cam Ranh
Yemen | Aden, Hodeidah
"""


def _parse(table: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    countries: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for line in table.strip().splitlines():
        names, _, adjectives = line.partition("|")
        entry = (tuple(n.strip() for n in names.split(",")), tuple(a.strip() for a in adjectives.split(",") if a.strip()))
        for name in entry[0]:
            countries[name.lower()] = entry
    return countries


def _parse_places(table: str) -> dict[str, tuple[str, ...]]:
    return {country.strip().lower(): tuple(p.strip() for p in names.split(","))
            for country, _, names in (line.partition("|") for line in table.strip().splitlines())}


_COUNTRIES = _parse(_TABLE)
_PLACES_OF = _parse_places(_PLACES)
PLACE_NAMES = frozenset(place.lower() for places in _PLACES_OF.values() for place in places)

# Every country name and adjective, lowercase: what names a country in running text. Capitals and
# government seats are left out: "in Berlin" is a place more often than a country.
COUNTRY_WORDS = frozenset(
    word.lower() for names, adjectives in _COUNTRIES.values() for word in (names[0], *adjectives)
) | {"us", "u.s.", "uk", "u.k.", "britain", "america", "usa", "türkiye", "czechia", "uae", "dprk"}


def merged(given: Iterable[str], more: Iterable[str]) -> tuple[str, ...]:
    out = list(given)
    seen = {n.lower() for n in out}
    for name in more:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return tuple(out)


def names_for(names: Iterable[str], places: bool = False) -> tuple[str, ...]:
    """`names`, then the other names of the countries among them (case-insensitive), with their cities when
    `places` (a recipient's: goods "flown to Lviv" reach Ukraine; a supplier's own cities are where its forces
    and factories are), then the armed forces an acronym names by its usual suffix ("PNG" → "PNGDF")."""
    given = tuple(names)
    found = merged(given, (other for n in given for other in _COUNTRIES.get(n.lower(), ((), ()))[0]))
    if places:
        found = merged(found, (place for n in found for place in _PLACES_OF.get(n.lower(), ())))
    return merged(found, (n + suffix for n in found if n.isalpha() and n.isupper() and 2 <= len(n) <= 4
                          for suffix in _FORCE_SUFFIXES))


# Defence Force, Air Force: "PNGDF", "SANDF", "USAF".
_FORCE_SUFFIXES = ("DF", "AF")


def country_of(name: str) -> str | None:
    """The country a name or capital stands for, as the table names it first ("Minsk" → "Belarus")."""
    entry = _COUNTRIES.get(name.lower())
    return entry[0][0] if entry else None


def adjectives_for(names: Iterable[str], given: Iterable[str] = ()) -> tuple[str, ...]:
    """`given`, then the adjectives of the countries among `names` it lacks (case-insensitive)."""
    return merged(given, (a for n in names for a in _COUNTRIES.get(n.lower(), ((), ()))[1]))


# Every word that names a country as a party: its names, capital and seats, and its adjectives
# ("Russia", "Moscow", "the Kremlin", "Russian"), lowercase.
PARTY_WORDS = frozenset(
    word.lower() for names, adjectives in _COUNTRIES.values() for word in (*names, *adjectives)
)
