import type { RegionSource } from './pool-types.js';

// Polish surnames in -ski/-cki agree with the bearer's gender: `Kowalski/Kowalska`.
export const poland: RegionSource = {
  region: 'PL',
  country: 'PL',
  language: 'pl',
  share: 4,
  subsidiaries: [['PL', 1]],
  femaleFirstNames:
    'Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, ' +
    'Aleksandra, Monika, Zofia, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Weronika, ' +
    'Julia, Alicja, Halina, Jadwiga, Grażyna, Iwona, Urszula',
  maleFirstNames:
    'Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Grzegorz, ' +
    'Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Jacek, ' +
    'Sławomir, Bartosz, Szymon, Dawid, Przemysław, Stanisław, Tadeusz',
  lastNames:
    'Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, ' +
    'Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, ' +
    'Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Wojciechowski/Wojciechowska, ' +
    'Kwiatkowski/Kwiatkowska, Krawczyk, Kaczmarek, Piotrowski/Piotrowska, Grabowski/Grabowska, Zając, ' +
    'Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, Wróbel, ' +
    'Nowakowski/Nowakowska, Majewski/Majewska, Olszewski/Olszewska, Stępień, Malinowski/Malinowska, ' +
    'Jaworski/Jaworska, Adamczyk, Dudek, Nowicki/Nowicka, Pawlak, Górski/Górska, Witkowski/Witkowska, ' +
    'Walczak, Sikora, Baran, Rutkowski/Rutkowska, Michalak, Szewczyk, Ostrowski/Ostrowska, ' +
    'Tomaszewski/Tomaszewska, Pietrzak, Zalewski/Zalewska, Wróblewski/Wróblewska, Jasiński/Jasińska, ' +
    'Marciniak, Bąk, Sadowski/Sadowska, Zawadzki/Zawadzka, Duda, Chmielewski/Chmielewska, Włodarczyk, ' +
    'Czarnecki/Czarnecka, Sawicki/Sawicka, Sokołowski/Sokołowska, Kubiak, Maciejewski/Maciejewska, ' +
    'Szczepański/Szczepańska, Wilk, Lis, Mazurek, Wysocki/Wysocka, Kaźmierczak, Ziółkowski/Ziółkowska, ' +
    'Przybylski/Przybylska',
  secondLastNameChance: 0,
  cities:
    '00-950|Warszawa; 02-495|Warszawa; 31-042|Kraków; 90-410|Łódź; 50-077|Wrocław; 61-772|Poznań; ' +
    '80-831|Gdańsk; 70-419|Szczecin; 85-064|Bydgoszcz; 20-072|Lublin; 15-277|Białystok; 40-098|Katowice; ' +
    '81-366|Gdynia; 42-217|Częstochowa; 26-600|Radom; 87-100|Toruń; 41-200|Sosnowiec; 25-303|Kielce; ' +
    '44-100|Gliwice; 45-068|Opole; 10-512|Olsztyn; 35-064|Rzeszów; 65-075|Zielona Góra; ' +
    '43-300|Bielsko-Biała; 33-100|Tarnów; 81-701|Sopot; 34-500|Zakopane; 62-800|Kalisz; 76-200|Słupsk',
  streets:
    'ul. Długa; ul. Krótka; ul. Polna; ul. Leśna; ul. Słoneczna; ul. Ogrodowa; ul. Lipowa; ul. Kościuszki; ' +
    'ul. Mickiewicza; ul. Sienkiewicza; ul. Piłsudskiego; ul. Marszałkowska; ul. Floriańska; ' +
    'ul. Piotrkowska; ul. Świętojańska; al. Jerozolimskie; al. Niepodległości; ul. Kwiatowa; ul. Szkolna; ' +
    'ul. Kolejowa; ul. 3 Maja; ul. Wojska Polskiego; pl. Wolności; os. Tysiąclecia; ul. Jana Pawła II; ' +
    'ul. Reymonta',
  houseNumberPlacement: 'after',
  addressLine2: 'm. #; lok. #; m. ##; lok. ##',
  phoneFormats: '+48 5## ### ###, +48 6## ### ###, +48 7## ### ###, +48 8## ### ###, +48 22 ### ## ##, +48 12 ### ## ##',
  emailDomains: [
    ['gmail.com', 30],
    ['wp.pl', 18],
    ['o2.pl', 14],
    ['onet.pl', 12],
    ['interia.pl', 10],
    ['op.pl', 5],
    ['poczta.fm', 3],
    ['gazeta.pl', 3],
    ['outlook.com', 3],
    ['icloud.com', 2],
  ],
  domainTlds: [
    ['pl', 70],
    ['com', 15],
    ['eu', 6],
    ['net', 4],
    ['org', 3],
    ['info', 2],
  ],
  companyForms: ['Sp. z o.o.', 'Sp. z o.o.', 'Sp. z o.o.', 'S.A.', 'Sp.j.', 'Sp.k.'],
  companyActivities:
    'Budownictwo, Transport, Informatyka, Usługi, Handel, Doradztwo, Nieruchomości, Instalacje, ' +
    'Elektronika, Logistyka, Media, Reklama, Meble, Serwis, Piekarnia, Stolarstwo, Ogrody, Fotografia, ' +
    'Tłumaczenia, Księgowość, Consulting, Systemy, Technologie',
  // Nominative-only patterns: Polish declension of town names is out of this generator's reach.
  associationNames:
    'Klub Sportowy {city}; Uczniowski Klub Sportowy {city}; Ochotnicza Straż Pożarna {city}; ' +
    'Stowarzyszenie „Razem {city}”; Chór Kameralny {city}; Klub Szachowy {city}',
  publicBodyNames:
    'Gmina {city}; Miasto {city}; Zarząd Dróg Miejskich – {city}; Miejska Biblioteka Publiczna – {city}; ' + 'Miejski Ośrodek Pomocy Społecznej – {city}',
  ipPrefixes: '83.24, 89.72, 31.61, 77.112, 87.205, 37.47, 178.36, 46.205, 91.193, 188.146, 5.173, 213.158',
};
