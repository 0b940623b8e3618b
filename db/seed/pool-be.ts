import type { RegionSource } from './pool-types.js';

// Belgium has two language communities with their own names, towns and street words, so it is
// two regions. Some French-speaking Belgians sign up on the French site (FR subsidiary).
export const belgiumFrench: RegionSource = {
  region: 'BE-fr',
  country: 'BE',
  language: 'fr',
  share: 3,
  subsidiaries: [
    ['BE', 80],
    ['FR', 20],
  ],
  femaleFirstNames:
    'Marie, Julie, Sarah, Laura, Camille, Émilie, Charlotte, Manon, Léa, Chloé, Élise, Nathalie, Isabelle, ' +
    'Véronique, Anne, Catherine, Amélie, Justine, Pauline, Aurélie, Noémie, Mélanie, Marie-Hélène',
  maleFirstNames:
    'Jean, Pierre, Luc, Michel, Philippe, Thomas, Nicolas, Maxime, Antoine, Julien, Olivier, Benoît, ' +
    'François, Christophe, Arnaud, Sébastien, Quentin, Cédric, Grégory, Gilles, Didier, Jérôme, Jean-Marc',
  lastNames:
    'Dubois, Lambert, Martin, Dupont, Simon, Laurent, Leclercq, Lejeune, Renard, Lemaire, Dumont, François, ' +
    'Mathieu, Denis, Hubert, Collard, Leroy, Michel, Noël, Fontaine, Charlier, Henrard, Gérard, Piron, ' +
    'Lefebvre, Wauters, Jacquet, Dethier, Delvaux, Hardy, Lemmens, Remacle, Gillet, Degrelle',
  secondLastNameChance: 0,
  cities:
    '1000|Bruxelles; 1050|Ixelles; 1060|Saint-Gilles; 1180|Uccle; 1200|Woluwe-Saint-Lambert; ' +
    '1030|Schaerbeek; 1080|Molenbeek-Saint-Jean; 4000|Liège; 6000|Charleroi; 5000|Namur; 7000|Mons; ' +
    '1300|Wavre; 1348|Louvain-la-Neuve; 7500|Tournai; 4800|Verviers; 6700|Arlon; 5500|Dinant; ' +
    "1400|Nivelles; 6900|Marche-en-Famenne; 4500|Huy; 7100|La Louvière; 1410|Waterloo; 1420|Braine-l'Alleud",
  streets:
    'Rue de la Station; Avenue Louise; Chaussée de Waterloo; Rue Neuve; Rue du Midi; Avenue de Tervueren; ' +
    "Rue de l'Église; Place Saint-Lambert; Rue des Prés; Boulevard d'Avroy; Rue Haute; Chaussée de Louvain; " +
    'Rue du Marché; Avenue des Cerisiers; Rue de Namur; Rue Royale; Rue de Bruxelles; Place du Marché; ' +
    'Rue Saint-Gilles; Rue du Château; Rue des Écoles; Quai de la Batte; Drève des Châtaigniers',
  houseNumberPlacement: 'after',
  addressLine2: 'Boîte #; Bte ##; Appartement #; Bloc B',
  phoneFormats: '+32 470 ## ## ##, +32 475 ## ## ##, +32 486 ## ## ##, +32 496 ## ## ##, +32 2 ### ## ##, ' + '+32 4 ### ## ##, +32 81 ## ## ##',
  emailDomains: [
    ['gmail.com', 30],
    ['skynet.be', 12],
    ['hotmail.com', 12],
    ['outlook.be', 8],
    ['proximus.be', 6],
    ['voo.be', 6],
    ['yahoo.fr', 5],
    ['live.be', 5],
    ['icloud.com', 3],
    ['telenet.be', 3],
  ],
  domainTlds: [
    ['be', 55],
    ['com', 20],
    ['eu', 10],
    ['net', 5],
    ['org', 4],
    ['brussels', 2],
  ],
  companyForms: ['SRL', 'SRL', 'SRL', 'SA', 'SC'],
  companyActivities:
    'Boulangerie, Informatique, Conseil, Immobilier, Construction, Chauffage, Électricité, Menuiserie, ' +
    'Transports, Traiteur, Fiduciaire, Architecture, Design, Web, Communication, Garage, Friterie, ' +
    'Brasserie, Chocolaterie, Services, Rénovation, Toiture',
  associationNames:
    'Les Amis {deCity} ASBL; Royal Football Club {deCity}; Maison de jeunes {deCity}; ' +
    "Cercle d'histoire {deCity}; Comité de quartier {deCity} ASBL; Club de badminton {deCity}; " +
    'Chorale Sainte-Cécile {deCity}; Ludothèque {deCity} ASBL',
  publicBodyNames:
    'Commune {deCity}; Ville {deCity}; CPAS {deCity}; Administration communale {deCity}; ' + 'Bibliothèque communale {deCity}; Zone de police {deCity}',
  ipPrefixes: '81.241, 109.129, 91.180, 87.66, 91.86, 84.194, 94.224, 178.116, 81.82, 213.49, 62.235, 195.238',
};

export const belgiumDutch: RegionSource = {
  region: 'BE-nl',
  country: 'BE',
  language: 'nl',
  share: 2,
  subsidiaries: [['BE', 1]],
  femaleFirstNames:
    'Emma, Lotte, Lien, Sofie, Elke, Annelies, Femke, Hanne, Ine, Lore, Nele, Eline, Katrien, Griet, An, ' +
    'Els, Marleen, Inge, Tine, Fien, Jolien, Julie, Laura, Charlotte',
  maleFirstNames:
    'Jan, Pieter, Wout, Bart, Koen, Tom, Joris, Stijn, Tim, Dries, Jens, Thomas, Kevin, Filip, Geert, ' +
    'Jeroen, Maarten, Bram, Lukas, Arne, Sander, Wim, Dirk, Luc',
  lastNames:
    'Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen, ' +
    'Van den Bossche, De Clercq, Van Damme, Hermans, Michiels, Aerts, Pauwels, Desmet, Verstraete, ' +
    'De Backer, Coppens, Van de Velde, Lemmens, Cools, Smets, Verhaegen, De Vos, Martens, Van Acker, ' +
    "Vandenberghe, Claeys, D'Hondt, Vanhoutte, Dewulf",
  secondLastNameChance: 0,
  cities:
    '2000|Antwerpen; 2018|Antwerpen; 9000|Gent; 8000|Brugge; 3000|Leuven; 2800|Mechelen; 3500|Hasselt; ' +
    '8500|Kortrijk; 9300|Aalst; 8400|Oostende; 3600|Genk; 9100|Sint-Niklaas; 2300|Turnhout; ' +
    '8800|Roeselare; 9200|Dendermonde; 2500|Lier; 3800|Sint-Truiden; 1500|Halle; 1800|Vilvoorde; ' +
    '9700|Oudenaarde; 8900|Ieper; 2440|Geel; 3200|Aarschot; 9400|Ninove',
  streets:
    'Kerkstraat; Stationsstraat; Dorpsstraat; Molenstraat; Nieuwstraat; Kapelstraat; Schoolstraat; ' +
    'Veldstraat; Meir; Grote Markt; Korenmarkt; Kortrijksesteenweg; Brusselsesteenweg; Lange Leemstraat; ' +
    'Bondgenotenlaan; Diestsestraat; Koningin Astridlaan; Leopoldlaan; Populierenlaan; Beekstraat; ' +
    'Hoogstraat; Steenweg op Antwerpen; Sint-Jansplein; Lindenlaan',
  houseNumberPlacement: 'after',
  addressLine2: 'bus #; bus ##; Blok A; bus #0#',
  phoneFormats: '+32 470 ## ## ##, +32 476 ## ## ##, +32 478 ## ## ##, +32 494 ## ## ##, +32 3 ### ## ##, ' + '+32 9 ### ## ##, +32 16 ## ## ##',
  emailDomains: [
    ['gmail.com', 30],
    ['telenet.be', 22],
    ['hotmail.com', 10],
    ['skynet.be', 8],
    ['outlook.be', 8],
    ['proximus.be', 6],
    ['icloud.com', 4],
    ['live.be', 5],
    ['yahoo.com', 3],
  ],
  domainTlds: [
    ['be', 55],
    ['com', 18],
    ['eu', 10],
    ['vlaanderen', 3],
    ['gent', 2],
    ['net', 5],
    ['org', 4],
  ],
  companyForms: ['BV', 'BV', 'BV', 'NV', 'CV', 'VOF'],
  companyActivities:
    'Bouw, Schrijnwerkerij, Bakkerij, Elektro, Transport, Advies, Immo, Verzekeringen, Tuinaanleg, ICT, ' +
    'Webdesign, Architecten, Boekhouding, Fietsen, Slagerij, Dakwerken, Loodgieterij, Consult, Media, ' +
    'Events, Interieur, Garage',
  associationNames:
    'Voetbalclub {city} vzw; Chiro {city}; Harmonie {city} vzw; Tennisclub {city}; Davidsfonds {city}; ' +
    'Oudervereniging {city}; Buurtcomité {city}; Jeugdhuis {city} vzw; Toneelgroep {city}; Wielerclub {city}',
  publicBodyNames: 'Stad {city}; Gemeente {city}; OCMW {city}; Politiezone {city}; Stedelijke Bibliotheek {city}',
  ipPrefixes: '84.195, 94.225, 81.82, 81.165, 81.241, 109.130, 91.177, 213.119, 178.117, 141.134, 91.183',
};
