"""Who speaks for a country: its leaders and ministers, as the press names them.

A stance file may name its actor by the country alone ("Belarus"); the press quotes the
country's president, ministers and spokespeople by name ("Lukashenko said …", "We will not
send tanks," Khrenin told reporters), and their words are the actor's. So the people below, the
heads of state and government, foreign and defence ministers and government spokespeople of about
110 countries in office since 2020, are added to the speakers a stance file gives for its actor.
Opposition leaders are left out: their words are not the government's position.

A full name is enough where the surname is common or names something else ("Israel Katz",
"Pedro Sánchez", "Lloyd Austin"): once an article has named the person in full, a later bare
surname is theirs anyway. A distinctive surname is listed alone too, for headlines and leads
that never give the full name ("Erdogan", "Lukashenko").
"""

from __future__ import annotations

from collections.abc import Iterable

from monitor.detect.demonyms import country_of, merged

# One country a line, named as in the demonyms table: the people who speak for it.
_TABLE = """
Afghanistan | Hibatullah Akhundzada, Akhundzada, Amir Khan Muttaqi, Muttaqi, Zabihullah Mujahid, Ashraf Ghani
Albania | Edi Rama, Bajram Begaj, Niko Peleshi, Igli Hasani
Algeria | Abdelmadjid Tebboune, Tebboune, Ahmed Attaf, Attaf, Ramtane Lamamra, Lamamra, Saïd Chanegriha, \
Said Chanegriha, Chanegriha, Nadir Larbaoui, Aymen Benabderrahmane
Argentina | Javier Milei, Milei, Luis Petri, Diana Mondino, Gerardo Werthein, Alberto Fernández
Armenia | Nikol Pashinyan, Pashinyan, Ararat Mirzoyan, Mirzoyan, Suren Papikyan, Papikyan
Australia | Anthony Albanese, Richard Marles, Marles, Penny Wong, Scott Morrison, Marise Payne
Austria | Karl Nehammer, Nehammer, Christian Stocker, Klaudia Tanner, Alexander Schallenberg, Schallenberg, \
Beate Meinl-Reisinger, Meinl-Reisinger, Alexander Van der Bellen, Van der Bellen
Azerbaijan | Ilham Aliyev, Aliyev, Jeyhun Bayramov, Bayramov, Zakir Hasanov, Hikmet Hajiyev
Bahrain | Hamad bin Isa Al Khalifa, Salman bin Hamad Al Khalifa, Abdullatif bin Rashid Al Zayani, Al Zayani
Bangladesh | Sheikh Hasina, Hasina, Muhammad Yunus, Touhid Hossain, Hasan Mahmud, A. K. Abdul Momen
Belarus | Alexander Lukashenko, Aleksandr Lukashenko, Alyaksandr Lukashenka, Lukashenko, Lukashenka, Viktor Khrenin, \
Khrenin, Maxim Ryzhenkov, Ryzhenkov, Sergei Aleinik, Aleinik, Natalya Eismont, Eismont, Roman Golovchenko, \
Golovchenko, Vladimir Makei, Makei
Belgium | Alexander De Croo, De Croo, Bart De Wever, De Wever, Ludivine Dedonder, Dedonder, Theo Francken, Francken, \
Hadja Lahbib, Lahbib, Maxime Prévot, Prévot
Bolivia | Luis Arce, Rodrigo Paz
Brazil | Luiz Inácio Lula da Silva, Lula da Silva, Lula, José Múcio, Jose Mucio, Múcio, Mucio, Mauro Vieira, \
Celso Amorim, Amorim, Jair Bolsonaro, Bolsonaro
Bulgaria | Rumen Radev, Radev, Nikolai Denkov, Denkov, Rosen Zhelyazkov, Zhelyazkov, Todor Tagarev, Tagarev, \
Atanas Zapryanov, Zapryanov, Kiril Petkov, Dimitar Glavchev
Cambodia | Hun Sen, Hun Manet, Tea Banh, Tea Seiha, Prak Sokhonn
Canada | Justin Trudeau, Trudeau, Mark Carney, Carney, Anita Anand, Bill Blair, Mélanie Joly, Melanie Joly, Joly, \
David McGuinty, McGuinty, Chrystia Freeland, Freeland
Chile | Gabriel Boric, Boric
China | Xi Jinping, Xi, Li Qiang, Li Keqiang, Wang Yi, Qin Gang, Dong Jun, Li Shangfu, Wei Fenghe, Wang Wenbin, \
Mao Ning, Lin Jian, Guo Jiakun, Zhao Lijian, Hua Chunying, Wu Qian, Zhang Xiaogang, Jiang Bin, Tan Kefei
Colombia | Gustavo Petro, Iván Duque, Ivan Duque, Iván Velásquez, Ivan Velasquez, Álvaro Leyva, \
Alvaro Leyva, Luis Gilberto Murillo, Laura Sarabia, Diego Molano
Croatia | Andrej Plenković, Andrej Plenkovic, Plenković, Plenkovic, Zoran Milanović, Zoran Milanovic, Milanović, \
Milanovic, Ivan Anušić, Ivan Anusic, Anušić, Anusic, Gordan Grlić Radman, Grlić Radman
Cuba | Miguel Díaz-Canel, Miguel Diaz-Canel, Díaz-Canel, Diaz-Canel, Bruno Rodríguez Parrilla, \
Bruno Rodriguez Parrilla, Manuel Marrero
Cyprus | Nikos Christodoulides, Christodoulides, Vasilis Palmas, Constantinos Kombos
Czech Republic | Petr Fiala, Fiala, Petr Pavel, Jana Černochová, Jana Cernochova, Černochová, Cernochova, \
Jan Lipavský, Jan Lipavsky, Lipavský, Lipavsky, Andrej Babiš, Andrej Babis, Babiš, Babis
Denmark | Mette Frederiksen, Frederiksen, Troels Lund Poulsen, Lund Poulsen, Lars Løkke Rasmussen, \
Lars Lokke Rasmussen, Løkke Rasmussen, Jakob Ellemann-Jensen, Ellemann-Jensen, Morten Bødskov, Bødskov
Ecuador | Daniel Noboa, Guillermo Lasso, Gabriela Sommerfeld
Egypt | Abdel Fattah el-Sisi, Abdel Fattah al-Sisi, el-Sisi, al-Sisi, Sisi, Sameh Shoukry, Shoukry, \
Badr Abdelatty, Abdelatty, Mostafa Madbouly, Madbouly, Abdel Mageed Saqr
Eritrea | Isaias Afwerki, Afwerki, Osman Saleh
Estonia | Kristen Michal, Hanno Pevkur, Pevkur, Margus Tsahkna, Tsahkna, Alar Karis, Urmas Reinsalu, Reinsalu
Ethiopia | Abiy Ahmed, Abiy, Sahle-Work Zewde, Taye Atske Selassie, Demeke Mekonnen, Abraham Belay
Finland | Sanna Marin, Petteri Orpo, Orpo, Sauli Niinistö, Sauli Niinisto, Niinistö, Niinisto, Alexander Stubb, \
Stubb, Antti Häkkänen, Antti Hakkanen, Häkkänen, Hakkanen, Elina Valtonen, Valtonen, Antti Kaikkonen, Kaikkonen, \
Pekka Haavisto, Haavisto
France | Emmanuel Macron, Macron, Sébastien Lecornu, Sebastien Lecornu, Lecornu, Catherine Colonna, Colonna, \
Stéphane Séjourné, Séjourné, Jean-Noël Barrot, Jean-Noel Barrot, Florence Parly, Gabriel Attal, Élisabeth Borne, \
Michel Barnier, Barnier, François Bayrou, Francois Bayrou, Bayrou, Catherine Vautrin
Georgia | Irakli Kobakhidze, Kobakhidze, Irakli Garibashvili, Garibashvili, Salome Zourabichvili, Zourabichvili
Germany | Olaf Scholz, Scholz, Friedrich Merz, Merz, Boris Pistorius, Pistorius, Annalena Baerbock, Baerbock, \
Christine Lambrecht, Lambrecht, Johann Wadephul, Wadephul, Frank-Walter Steinmeier, Steinmeier, \
Steffen Hebestreit, Hebestreit, Stefan Kornelius
Greece | Kyriakos Mitsotakis, Mitsotakis, Nikos Dendias, Dendias, Giorgos Gerapetritis, Gerapetritis, \
Pavlos Marinakis, Nikos Panagiotopoulos, Panagiotopoulos
Hungary | Viktor Orbán, Viktor Orban, Orbán, Orban, Péter Szijjártó, Peter Szijjarto, Szijjártó, Szijjarto, \
Kristóf Szalay-Bobrovniczky, Kristof Szalay-Bobrovniczky, Szalay-Bobrovniczky
India | Narendra Modi, Modi, Rajnath Singh, Subrahmanyam Jaishankar, S. Jaishankar, Jaishankar, Randhir Jaiswal, \
Jaiswal, Arindam Bagchi, Droupadi Murmu, Vikram Misri
Indonesia | Joko Widodo, Jokowi, Prabowo Subianto, Prabowo, Sjafrie Sjamsoeddin, Retno Marsudi
Iran | Ebrahim Raisi, Raisi, Masoud Pezeshkian, Pezeshkian, Ali Khamenei, Khamenei, Hossein Amir-Abdollahian, \
Amir-Abdollahian, Abbas Araghchi, Araghchi, Mohammad Reza Ashtiani, Ashtiani, Aziz Nasirzadeh, Nasirzadeh, \
Nasser Kanaani, Kanaani, Esmaeil Baghaei, Baghaei
Iraq | Mohammed Shia al-Sudani, Mohammed Shia' al-Sudani, al-Sudani, Mustafa al-Kadhimi, al-Kadhimi, Kadhimi, \
Fuad Hussein, Thabet al-Abbasi, Abdul Latif Rashid, Barham Salih
Ireland | Leo Varadkar, Varadkar, Micheál Martin, Micheal Martin, Simon Harris, Simon Coveney, Coveney, \
Michael D. Higgins, Catherine Connolly, Helen McEntee
Israel | Benjamin Netanyahu, Netanyahu, Yoav Gallant, Israel Katz, Gideon Saar, Gideon Sa'ar, Eli Cohen, \
Yair Lapid, Lapid, Naftali Bennett, Benny Gantz, Gantz, Isaac Herzog, Herzog
Italy | Giorgia Meloni, Meloni, Guido Crosetto, Crosetto, Antonio Tajani, Tajani, Mario Draghi, Draghi, \
Sergio Mattarella, Mattarella, Lorenzo Guerini
Japan | Fumio Kishida, Kishida, Shigeru Ishiba, Ishiba, Sanae Takaichi, Takaichi, Yoshihide Suga, \
Yasukazu Hamada, Minoru Kihara, Kihara, Gen Nakatani, Nakatani, Shinjiro Koizumi, Koizumi, Yoshimasa Hayashi, \
Yoko Kamikawa, Kamikawa, Takeshi Iwaya, Iwaya, Toshimitsu Motegi, Motegi, Hirokazu Matsuno, Nobuo Kishi
Jordan | Ayman Safadi, Safadi, King Abdullah II, Bisher Khasawneh, Jafar Hassan
Kazakhstan | Kassym-Jomart Tokayev, Tokayev, Alikhan Smailov, Olzhas Bektenov, Bektenov, Mukhtar Tileuberdi, \
Tileuberdi, Murat Nurtleu, Nurtleu, Yermek Kosherbayev, Kosherbayev, Ruslan Zhaksylykov, Zhaksylykov, Dauren Kosanov, \
Aibek Smadiyarov, Smadiyarov, Berik Uali
Kenya | William Ruto, Ruto, Uhuru Kenyatta, Kenyatta, Musalia Mudavadi, Mudavadi, Aden Duale
Kosovo | Albin Kurti, Kurti, Vjosa Osmani, Donika Gërvalla, Donika Gervalla
Kyrgyzstan | Sadyr Japarov, Japarov, Zheenbek Kulubaev, Akylbek Japarov
Latvia | Evika Siliņa, Evika Silina, Edgars Rinkēvičs, Edgars Rinkevics, Rinkēvičs, Rinkevics, Andris Sprūds, \
Andris Spruds, Krišjānis Kariņš, Krisjanis Karins, Baiba Braže, Baiba Braze
Lebanon | Najib Mikati, Mikati, Nawaf Salam, Joseph Aoun, Michel Aoun, Aoun, Abdallah Bou Habib, Youssef Rajji, \
Maurice Slim, Michel Menassa
Libya | Abdul Hamid Dbeibah, Abdulhamid Dbeibah, Dbeibah, Mohamed al-Menfi, Najla Mangoush
Lithuania | Gitanas Nausėda, Gitanas Nauseda, Nausėda, Nauseda, Ingrida Šimonytė, Ingrida Simonyte, \
Gintautas Paluckas, Arvydas Anušauskas, Arvydas Anusauskas, Laurynas Kasčiūnas, Laurynas Kasciunas, \
Dovilė Šakalienė, Dovile Sakaliene, Gabrielius Landsbergis, Landsbergis, Kęstutis Budrys, Kestutis Budrys
Luxembourg | Xavier Bettel, Bettel, Luc Frieden, Yuriko Backes, François Bausch, Francois Bausch
Malaysia | Anwar Ibrahim, Mohamed Khaled Nordin, Ismail Sabri Yaakob, Mohamad Hasan, Zambry Abdul Kadir
Mali | Assimi Goïta, Assimi Goita, Goïta, Goita, Sadio Camara, Abdoulaye Diop
Malta | Robert Abela, Ian Borg, Byron Camilleri
Mexico | Claudia Sheinbaum, Sheinbaum, Andrés Manuel López Obrador, Andres Manuel Lopez Obrador, López Obrador, \
Lopez Obrador, Marcelo Ebrard, Ebrard
Moldova | Maia Sandu, Sandu
Montenegro | Milojko Spajić, Milojko Spajic, Spajić, Spajic, Jakov Milatović, Jakov Milatovic, Milatović, Milatovic, \
Dragan Krapović, Dragan Krapovic
Morocco | Nasser Bourita, Bourita, Aziz Akhannouch, Akhannouch, Abdellatif Loudiyi
Myanmar | Min Aung Hlaing, Zaw Min Tun, Than Swe, Wunna Maung Lwin, Soe Win
Netherlands | Mark Rutte, Rutte, Dick Schoof, Schoof, Kajsa Ollongren, Ollongren, Ruben Brekelmans, Brekelmans, \
Wopke Hoekstra, Hoekstra, Hanke Bruins Slot, Caspar Veldkamp, Veldkamp, David van Weel
New Zealand | Christopher Luxon, Luxon, Chris Hipkins, Hipkins, Jacinda Ardern, Ardern, Judith Collins, \
Winston Peters, Andrew Little
Nicaragua | Daniel Ortega, Rosario Murillo, Denis Moncada
Niger | Abdourahamane Tchiani, Tchiani, Mohamed Bazoum, Bazoum, Salifou Mody
Nigeria | Bola Tinubu, Tinubu, Muhammadu Buhari, Yusuf Tuggar, Mohammed Badaru, Christopher Musa
North Korea | Kim Jong Un, Kim Jong-un, Kim Yo Jong, Kim Yo-jong, Choe Son Hui, Choe Son-hui, No Kwang Chol
North Macedonia | Hristijan Mickoski, Mickoski, Stevo Pendarovski, Pendarovski, Gordana Siljanovska-Davkova, \
Timčo Mucunski, Timco Mucunski, Vlado Misajlovski
Norway | Jonas Gahr Støre, Jonas Gahr Store, Gahr Støre, Gahr Store, Støre, Bjørn Arild Gram, Bjorn Arild Gram, \
Tore O. Sandvik, Tore Sandvik, Espen Barth Eide, Barth Eide, Anniken Huitfeldt, Huitfeldt, Odd Roger Enoksen, Enoksen
Oman | Haitham bin Tarik, Sultan Haitham, Badr Albusaidi, Badr al-Busaidi
Pakistan | Shehbaz Sharif, Asif Ali Zardari, Zardari, Khawaja Muhammad Asif, Khawaja Asif, Ishaq Dar, \
Bilawal Bhutto Zardari, Asim Munir, Mumtaz Zahra Baloch
Peru | Dina Boluarte, Boluarte, Pedro Castillo, José Jerí, Jose Jeri
Philippines | Ferdinand Marcos, Bongbong Marcos, Marcos, Gilberto Teodoro, Teodoro, \
Enrique Manalo, Manalo, Theresa Lazaro
Poland | Andrzej Duda, Duda, Karol Nawrocki, Nawrocki, Donald Tusk, Tusk, Mateusz Morawiecki, Morawiecki, \
Mariusz Błaszczak, Mariusz Blaszczak, Błaszczak, Blaszczak, Władysław Kosiniak-Kamysz, Wladyslaw Kosiniak-Kamysz, \
Kosiniak-Kamysz, Radosław Sikorski, Radoslaw Sikorski, Sikorski, Zbigniew Rau, Paweł Wroński, Pawel Wronski
Portugal | Luís Montenegro, Luis Montenegro, Nuno Melo, Paulo Rangel, Marcelo Rebelo de Sousa, Rebelo de Sousa, \
Helena Carreiras, João Gomes Cravinho, Joao Gomes Cravinho
Qatar | Tamim bin Hamad Al Thani, Tamim bin Hamad, Sheikh Tamim, Mohammed bin Abdulrahman Al Thani, \
Mohammed bin Abdulrahman, Khalid bin Mohammed Al Attiyah, Khalid Al Attiyah, Saoud bin Abdulrahman Al Thani, \
Majed al-Ansari, Majed Al Ansari
Romania | Klaus Iohannis, Iohannis, Nicușor Dan, Nicusor Dan, Marcel Ciolacu, Ciolacu, Ilie Bolojan, Bolojan, \
Angel Tîlvăr, Angel Tilvar, Tîlvăr, Tilvar, Ionuț Moșteanu, Ionut Mosteanu, Luminița Odobescu, Oana Țoiu, Oana Toiu
Russia | Vladimir Putin, Putin, Dmitry Peskov, Peskov, Sergei Lavrov, Sergey Lavrov, Lavrov, Sergei Shoigu, \
Sergey Shoigu, Shoigu, Andrei Belousov, Andrey Belousov, Belousov, Maria Zakharova, Zakharova, Dmitry Medvedev, \
Medvedev, Mikhail Mishustin, Mishustin, Sergei Ryabkov, Sergey Ryabkov, Ryabkov, Vasily Nebenzya, Nebenzya
Rwanda | Paul Kagame, Kagame, Vincent Biruta, Olivier Nduhungirehe, Nduhungirehe, Juvenal Marizamunda
Saudi Arabia | Mohammed bin Salman, King Salman, Faisal bin Farhan, Khalid bin Salman, Adel al-Jubeir
Serbia | Aleksandar Vučić, Aleksandar Vucic, Vučić, Vucic, Ana Brnabić, Ana Brnabic, Brnabić, Brnabic, \
Miloš Vučević, Milos Vucevic, Vučević, Vucevic, Bratislav Gašić, Bratislav Gasic, Gašić, Gasic, Marko Đurić, \
Marko Djuric
Singapore | Lawrence Wong, Lee Hsien Loong, Ng Eng Hen, Vivian Balakrishnan, Balakrishnan, Chan Chun Sing
Slovakia | Robert Fico, Fico, Zuzana Čaputová, Zuzana Caputova, Čaputová, Caputova, Peter Pellegrini, \
Jaroslav Naď, Jaroslav Nad, Robert Kaliňák, Robert Kalinak, Kaliňák, Kalinak, Juraj Blanár, Juraj Blanar, \
Blanár, Blanar, Eduard Heger, Ľudovít Ódor, Ludovit Odor
Slovenia | Robert Golob, Golob, Tanja Fajon, Marjan Šarec, Marjan Sarec
Somalia | Hassan Sheikh Mohamud, Hamza Abdi Barre, Ahmed Moallim Fiqi
South Africa | Cyril Ramaphosa, Ramaphosa, Naledi Pandor, Pandor, Ronald Lamola, Lamola, Thandi Modise, \
Angie Motshekga, Motshekga, Vincent Magwenya, Magwenya
South Korea | Yoon Suk Yeol, Yoon Suk-yeol, Yoon, Lee Jae-myung, Lee Jae Myung, Han Duck-soo, Han Duck Soo, \
Lee Jong-sup, Shin Won-sik, Kim Yong-hyun, Ahn Gyu-back, Cho Tae-yul, Park Jin, Chang Ho-jin, Cho Hyun, \
Moon Jae-in
Spain | Pedro Sánchez, Pedro Sanchez, Margarita Robles, José Manuel Albares, Jose Manuel Albares, Albares, \
Pilar Alegría, Pilar Alegria, Carlos Cuerpo
Sri Lanka | Anura Kumara Dissanayake, Ranil Wickremesinghe, Wickremesinghe, Gotabaya Rajapaksa, Vijitha Herath
Sudan | Abdel Fattah al-Burhan, Abdel-Fattah al-Burhan, al-Burhan, Burhan, Kamil Idris, Ali Youssef, \
Hussein Awad, Yassin Ibrahim
Sweden | Ulf Kristersson, Kristersson, Magdalena Andersson, Pål Jonson, Pal Jonson, Peter Hultqvist, Hultqvist, \
Tobias Billström, Tobias Billstrom, Billström, Billstrom, Maria Malmer Stenergard, Malmer Stenergard, Ann Linde
Switzerland | Viola Amherd, Amherd, Ignazio Cassis, Cassis, Martin Pfister, Guy Parmelin, Parmelin, \
Karin Keller-Sutter, Keller-Sutter
Syria | Bashar al-Assad, al-Assad, Assad, Ahmed al-Sharaa, al-Sharaa, Asaad al-Shaibani, Asaad Hassan al-Shaibani, \
al-Shaibani, Faisal Mekdad, Mekdad, Murhaf Abu Qasra, Ali Mahmoud Abbas
Taiwan | Tsai Ing-wen, Lai Ching-te, William Lai, Wellington Koo, Joseph Wu, Lin Chia-lung, Chiu Kuo-cheng
Tajikistan | Emomali Rahmon, Rahmon, Sirojiddin Muhriddin
Thailand | Prayut Chan-o-cha, Prayuth Chan-ocha, Prayut, Prayuth, Srettha Thavisin, Srettha, Paetongtarn Shinawatra, \
Paetongtarn, Anutin Charnvirakul, Anutin, Prawit Wongsuwon, Prawit, Don Pramudwinai, Parnpree Bahiddha-nukara, \
Parnpree, Maris Sangiampongsa, Sihasak Phuangketkeow, Sihasak, Sutin Klungsang, Phumtham Wechayachai, Phumtham, \
Natthaphon Narkphanit, Nikorndej Balankura, Nikorndej, Jirayu Houngsub, Chai Wacharonke, Maha Vajiralongkorn
Tunisia | Kais Saied, Kaïs Saïed, Nabil Ammar, Mohamed Ali Nafti
Turkey | Recep Tayyip Erdoğan, Recep Tayyip Erdogan, Erdoğan, Erdogan, Hakan Fidan, Fidan, Yaşar Güler, Yasar Guler, \
Hulusi Akar, Mevlüt Çavuşoğlu, Mevlut Cavusoglu, Çavuşoğlu, Cavusoglu, İbrahim Kalın, Ibrahim Kalin
Turkmenistan | Serdar Berdimuhamedow, Gurbanguly Berdimuhamedow, Berdimuhamedow, Rashid Meredov
Uganda | Yoweri Museveni, Museveni, Jeje Odongo
Ukraine | Volodymyr Zelensky, Volodymyr Zelenskyy, Volodymyr Zelenskiy, Zelensky, Zelenskyy, Zelenskiy, \
Dmytro Kuleba, Kuleba, Andrii Sybiha, Andriy Sybiha, Sybiha, Oleksii Reznikov, Oleksiy Reznikov, Reznikov, \
Rustem Umerov, Umerov, Denys Shmyhal, Shmyhal, Yulia Svyrydenko, Svyrydenko, Andriy Yermak, Andrii Yermak, Yermak, \
Mykhailo Podolyak, Podolyak
United Arab Emirates | Mohamed bin Zayed, Mohammed bin Zayed, Abdullah bin Zayed, Anwar Gargash, Gargash, \
Mohammed bin Rashid
United Kingdom | Keir Starmer, Starmer, Rishi Sunak, Sunak, Liz Truss, Boris Johnson, Ben Wallace, \
Grant Shapps, Shapps, John Healey, Healey, James Cleverly, David Cameron, David Lammy, Lammy, \
Yvette Cooper, Dominic Raab
United States | Joe Biden, Biden, Donald Trump, Trump, Kamala Harris, JD Vance, J.D. Vance, Antony Blinken, Blinken, \
Marco Rubio, Rubio, Lloyd Austin, Pete Hegseth, Hegseth, Jake Sullivan, John Kirby, Karine Jean-Pierre, \
Matthew Miller, Karoline Leavitt, Mike Waltz, Tammy Bruce
Uruguay | Luis Lacalle Pou, Lacalle Pou, Yamandú Orsi, Yamandu Orsi
Uzbekistan | Shavkat Mirziyoyev, Mirziyoyev, Bakhtiyor Saidov, Abdulaziz Komilov
Venezuela | Nicolás Maduro, Nicolas Maduro, Maduro
Vietnam | To Lam, Tô Lâm, Pham Minh Chinh, Phan Van Giang, Bui Thanh Son
Zimbabwe | Emmerson Mnangagwa, Mnangagwa
"""


def _parse(table: str) -> dict[str, tuple[str, ...]]:
    people: dict[str, tuple[str, ...]] = {}
    for line in table.replace("\\\n", "").strip().splitlines():
        country, _, names = line.partition("|")
        people[country.strip().lower()] = tuple(n.strip() for n in names.split(",") if n.strip())
    return people


_PEOPLE = _parse(_TABLE)


def speakers_for(names: Iterable[str], given: Iterable[str] = ()) -> tuple[str, ...]:
    """`given`, then the leaders of the countries among `names` it lacks."""
    return merged(given, (person for name in names for person in _PEOPLE.get((country_of(name) or "").lower(), ())))


_EVERYONE = frozenset(person for people in _PEOPLE.values() for person in people)


def is_known_official(name: str) -> bool:
    """Does a name as the text gives it ("Defence Minister Pedro Sanchez", "President Erdogan") end with one of the
    people above? A stance's own actor's are matched as the actor before this is asked, so here it means another
    country's official, whose word about the actor is that country's claim."""
    words = name.split()
    return any(" ".join(words[-size:]) in _EVERYONE for size in range(1, min(4, len(words)) + 1))
