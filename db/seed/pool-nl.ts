import type { RegionSource } from './pool-types.js';

export const netherlands: RegionSource = {
  region: 'NL',
  country: 'NL',
  language: 'nl',
  share: 4,
  subsidiaries: [['NL', 1]],
  femaleFirstNames:
    'Emma, Julia, Sophie, Anna, Lotte, Fleur, Eva, Sanne, Lisa, Anouk, Femke, Iris, Lieke, Marieke, Esther, ' +
    'Ingrid, Anja, Monique, Petra, Wilma, Marloes, Noor, Tess, Saskia, Mirjam, Ilse, Joke, Linda, Renée',
  maleFirstNames:
    'Jan, Pieter, Dirk, Kees, Henk, Willem, Bram, Daan, Sem, Lucas, Thijs, Ruben, Sven, Joost, Maarten, ' +
    'Jeroen, Bas, Tim, Niels, Koen, Stefan, Martijn, Gerrit, Hans, Sjoerd, Floris, Jesse, Mees, Wouter, Teun',
  lastNames:
    'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, ' +
    'Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, ' +
    'de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, ' +
    'van der Veen, van den Broek, de Bruijn, de Bruin, van der Heijden, Schouten, van Beek, Willems, ' +
    'van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, ' +
    "Huisman, de Lange, Kuipers, van Wijk, Postma, Kuiper, Veenstra, Kramer, van den Brink, Scholten, 't Hart",
  secondLastNameChance: 0,
  cities:
    '1012 JS|Amsterdam; 1071 DJ|Amsterdam; 3011 AD|Rotterdam; 2511 CV|Den Haag; 3511 LA|Utrecht; ' +
    '5611 EM|Eindhoven; 9711 LM|Groningen; 5038 TC|Tilburg; 1315 RB|Almere; 4811 XJ|Breda; ' +
    '6511 KL|Nijmegen; 7311 AV|Apeldoorn; 2011 RD|Haarlem; 6811 CG|Arnhem; 3811 HN|Amersfoort; ' +
    "5211 CM|'s-Hertogenbosch; 2311 EZ|Leiden; 3311 BA|Dordrecht; 8011 PK|Zwolle; 6211 CS|Maastricht; " +
    '7511 JE|Enschede; 8911 BK|Leeuwarden; 2611 PR|Delft; 1811 KH|Alkmaar; 9401 HX|Assen; ' +
    '4331 MC|Middelburg; 1211 BM|Hilversum; 5911 AB|Venlo; 6411 HR|Heerlen',
  streets:
    'Kerkstraat; Dorpsstraat; Molenweg; Stationsweg; Schoolstraat; Hoofdstraat; Julianastraat; ' +
    'Wilhelminastraat; Beatrixlaan; Prinsengracht; Keizersgracht; Herengracht; Nieuwe Binnenweg; ' +
    'Oudegracht; Marktplein; Lindenlaan; Eikenlaan; Parkweg; Industrieweg; Kanaalweg; Havenstraat; ' +
    'Zuidwal; Noordeinde; Voorstraat; Spoorlaan',
  houseNumberPlacement: 'after',
  addressLine2: '#e verdieping; t.a.v. administratie; Postbus ###; #-hoog',
  phoneFormats: '+31 6 ########, +31 6 ## ## ## ##, +31 20 ### ####, +31 10 ### ####, +31 30 ### ####, +31 70 ### ####',
  emailDomains: [
    ['gmail.com', 32],
    ['hotmail.com', 15],
    ['outlook.com', 10],
    ['ziggo.nl', 12],
    ['kpnmail.nl', 8],
    ['live.nl', 6],
    ['xs4all.nl', 5],
    ['hetnet.nl', 3],
    ['planet.nl', 3],
    ['icloud.com', 4],
    ['home.nl', 2],
  ],
  domainTlds: [
    ['nl', 65],
    ['com', 18],
    ['eu', 6],
    ['net', 4],
    ['org', 3],
    ['amsterdam', 2],
    ['frl', 1],
    ['io', 1],
  ],
  companyForms: ['B.V.', 'B.V.', 'B.V.', 'V.O.F.', 'N.V.', 'Holding B.V.'],
  companyActivities:
    'Bouw, Installatietechniek, Advies, ICT, Webdesign, Fotografie, Makelaardij, Transport, Logistiek, ' +
    'Schilderwerken, Hoveniers, Bakkerij, Administratie, Accountants, Media, Communicatie, Interieur, ' +
    'Fietsen, Autobedrijf, Software, Consultancy, Evenementen',
  associationNames:
    'Voetbalvereniging {city}; Stichting Vrienden van {city}; Tennisvereniging {city}; ' +
    'Muziekvereniging {city}; Vereniging Dorpsbelang {city}; Zwemvereniging {city}; ' +
    'Stichting Buurthuis {city}; Schaakclub {city}; Hockeyclub {city}; Roeivereniging {city}',
  publicBodyNames: 'Gemeente {city}; Openbare Bibliotheek {city}; GGD {city}; Veiligheidsregio {city}; Omgevingsdienst {city}',
  ipPrefixes: '77.170, 84.26, 86.88, 94.212, 31.21, 62.194, 77.249, 84.83, 83.84, 31.151, 80.101, 82.95, 83.161, 145.53',
};
