import type { RegionSource } from './pool-types.js';

export const germany: RegionSource = {
  region: 'DE',
  country: 'DE',
  language: 'de',
  share: 10,
  subsidiaries: [['DE', 1]],
  femaleFirstNames:
    'Anna, Lena, Laura, Julia, Sarah, Lisa, Katharina, Sophie, Hannah, Lea, Johanna, Marie, Sabine, Petra, ' +
    'Claudia, Andrea, Monika, Ursula, Susanne, Birgit, Stefanie, Nicole, Jana, Jessica, Maike, Anja, Ilse, ' +
    'Jutta, Gisela, Emilia, Mia, Annegret, Bärbel, Jördis',
  maleFirstNames:
    'Jürgen, Klaus, Hans, Wolfgang, Thomas, Michael, Andreas, Stefan, Christian, Markus, Frank, Peter, ' +
    'Matthias, Sebastian, Tobias, Jan, Lukas, Felix, Maximilian, Jonas, Florian, Dieter, Uwe, Horst, ' +
    'Günter, Björn, Sören, Jörg, Lars, Moritz, Tim, Niklas, Karl-Heinz, Hans-Jürgen',
  lastNames:
    'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, ' +
    'Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, ' +
    'Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, ' +
    'König, Walter, Mayer, Huber, Kaiser, Fuchs, Peters, Möller, Weiß, Jäger, Groß, Günther, Vogel, ' +
    'Friedrich, Keller, Böhm, Dietrich, Jung, Hahn, Vogt, Voß, Lorenz, Ludwig, Otto, Brandt, Haas, ' +
    'Schuster, Berger, Sommer, von Bülow, Yılmaz, Kowalczyk',
  secondLastNameChance: 0,
  cities:
    '10115|Berlin; 10437|Berlin; 12043|Berlin; 20095|Hamburg; 22767|Hamburg; 80331|München; ' +
    '81541|München; 50667|Köln; 60311|Frankfurt am Main; 70173|Stuttgart; 40213|Düsseldorf; ' +
    '44135|Dortmund; 45127|Essen; 04109|Leipzig; 28195|Bremen; 01067|Dresden; 30159|Hannover; ' +
    '90402|Nürnberg; 47051|Duisburg; 44787|Bochum; 42103|Wuppertal; 33602|Bielefeld; 53111|Bonn; ' +
    '48143|Münster; 76133|Karlsruhe; 68159|Mannheim; 86150|Augsburg; 65183|Wiesbaden; 52062|Aachen; ' +
    '38100|Braunschweig; 24103|Kiel; 06108|Halle (Saale); 39104|Magdeburg; 79098|Freiburg im Breisgau; ' +
    '23552|Lübeck; 99084|Erfurt; 18055|Rostock; 55116|Mainz; 34117|Kassel; 66111|Saarbrücken; ' +
    '93047|Regensburg; 69117|Heidelberg; 97070|Würzburg; 89073|Ulm; 14467|Potsdam; 37073|Göttingen; ' +
    '54290|Trier; 78462|Konstanz; 83022|Rosenheim',
  streets:
    'Hauptstraße; Bahnhofstraße; Schulstraße; Gartenstraße; Dorfstraße; Bergstraße; Lindenstraße; ' +
    'Goethestraße; Schillerstraße; Kirchstraße; Waldstraße; Ringstraße; Mozartstraße; Friedrichstraße; ' +
    'Wiesenweg; Birkenweg; Am Markt; Marktplatz; Königsallee; Berliner Allee; Kastanienallee; Rosenweg; ' +
    'Mühlenweg; Am Sonnenhang; Beethovenstraße; Feldstraße; Parkstraße; Heinrich-Heine-Straße; ' +
    'Am Kirchplatz; Talstraße; Kaiserstraße; Lessingstraße',
  houseNumberPlacement: 'after',
  addressLine2: 'Hinterhaus; #. OG; c/o Praxis Dr. Weber; Wohnung #; Aufgang B',
  phoneFormats:
    '+49 151 ########, +49 160 #######, +49 170 ########, +49 176 ########, +49 30 ########, ' + '+49 89 ########, +49 40 ########, +49 221 #######',
  emailDomains: [
    ['gmail.com', 22],
    ['web.de', 20],
    ['gmx.de', 20],
    ['t-online.de', 12],
    ['outlook.de', 6],
    ['yahoo.de', 5],
    ['posteo.de', 4],
    ['freenet.de', 4],
    ['icloud.com', 4],
    ['mailbox.org', 3],
  ],
  domainTlds: [
    ['de', 65],
    ['com', 15],
    ['eu', 5],
    ['net', 5],
    ['org', 3],
    ['info', 3],
    ['berlin', 2],
    ['bayern', 1],
  ],
  companyForms: ['GmbH', 'GmbH', 'GmbH', 'UG (haftungsbeschränkt)', 'GmbH & Co. KG', 'KG', 'AG', 'OHG'],
  companyActivities:
    'Bau, Elektrotechnik, Sanitär, Immobilien, Steuerberatung, IT-Service, Software, Medien, Fotografie, ' +
    'Beratung, Logistik, Transporte, Druckerei, Bäckerei, Metallbau, Gartenbau, Dachdeckerei, Tischlerei, ' +
    'Autohaus, Reisen, Werbeagentur, Consulting, Handel, Haustechnik, Solartechnik, Optik',
  associationNames:
    'Sportverein {city} e.V.; Förderverein der Grundschule {city} e.V.; Heimatverein {city} e.V.; ' +
    'Turnverein {city} e.V.; Schützenverein {city} e.V.; Freiwillige Feuerwehr {city}; ' +
    'Musikverein {city} e.V.; Kleingartenverein {city} e.V.; Tennisclub {city} e.V.; Chor {city} e.V.',
  publicBodyNames:
    'Stadt {city}; Gemeinde {city}; Stadtverwaltung {city}; Landratsamt {city}; Stadtwerke {city}; ' +
    'Stadtbibliothek {city}; Volkshochschule {city}; Bürgeramt {city}',
  ipPrefixes: '79.200, 79.241, 84.150, 87.160, 91.40, 93.200, 217.230, 80.140, 188.192, 95.88, 178.24, 2.240, ' + '77.183, 109.40, 46.114',
};
