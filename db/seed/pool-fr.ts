import type { RegionSource } from './pool-types.js';

// France: the provider's home market and the largest share of customers.
export const france: RegionSource = {
  region: 'FR',
  country: 'FR',
  language: 'fr',
  share: 55,
  subsidiaries: [['FR', 1]],
  femaleFirstNames:
    'Marie, Jeanne, Camille, Léa, Chloé, Manon, Emma, Inès, Sarah, Julie, Pauline, Laura, Céline, Sandrine, ' +
    'Nathalie, Isabelle, Sylvie, Catherine, Christine, Valérie, Sophie, Stéphanie, Aurélie, Émilie, Élodie, ' +
    'Mélanie, Hélène, Françoise, Monique, Brigitte, Martine, Nicole, Anne, Claire, Cécile, Agnès, Béatrice, ' +
    'Géraldine, Véronique, Florence, Maëlle, Gaëlle, Anaïs, Noémie, Zoë, Clémence, Océane, Maëlys, Léonie, ' +
    'Margaux, Louise, Alice, Juliette, Lucie, Charlotte, Élise, Solène, Mathilde, Agathe, Lou, Rose, Jade, ' +
    'Yasmine, Fatima, Amina, Nadia, Linh, Marie-Claire, Anne-Sophie',
  maleFirstNames:
    'Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Patrick, Stéphane, Laurent, Frédéric, ' +
    'Sébastien, Julien, David, Thomas, Olivier, Éric, Daniel, Bernard, François, Jérôme, Thierry, Pascal, ' +
    'Didier, Benoît, Guillaume, Mathieu, Maxime, Alexandre, Antoine, Romain, Hugo, Lucas, Louis, Gabriel, ' +
    'Léo, Raphaël, Arthur, Jules, Nathan, Théo, Clément, Baptiste, Quentin, Loïc, Gaël, Noël, Joël, Hervé, ' +
    'Gérard, René, André, Yves, Cédric, Grégory, Anthony, Kévin, Mehdi, Karim, Youssef, Mohamed, Rachid, ' +
    'Samir, Bruno, Jacques, Henri, Étienne, Jérémy, Aurélien, Fabien, Yannick, Ludovic, Xavier, Jean-Pierre, ' +
    'Jean-François',
  lastNames:
    'Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, Simon, Michel, ' +
    'Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, ' +
    'Rousseau, Vincent, Muller, Lefebvre, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, ' +
    'François, Legrand, Gauthier, Garcia, Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel, Mathieu, ' +
    'Gautier, Masson, Marchand, Duval, Denis, Dumont, Lemaire, Noël, Meyer, Dufour, Meunier, Brun, ' +
    'Blanchard, Giraud, Joly, Rivière, Lucas, Brunet, Gaillard, Barbier, Arnaud, Martinez, Gérard, Roche, ' +
    'Renard, Schmitt, Roy, Leroux, Colin, Vidal, Caron, Picard, Roger, Fabre, Aubert, Lemoine, Renaud, ' +
    'Dumas, Lacroix, Olivier, Bourgeois, Benoît, Rey, Leclerc, Payet, Rolland, Leclercq, Guillaume, ' +
    'Lecomte, Lopez, Dupuy, Guillot, Hubert, Berger, Carpentier, Sanchez, Dupuis, Moulin, Deschamps, Huet, ' +
    'Vasseur, Perez, Boucher, Fleury, Royer, Klein, Jacquet, Adam, Poirier, Marty, Aubry, Guyot, Carré, ' +
    'Charpentier, Ménard, Maillard, Baron, Bertin, Bailly, Hervé, Schneider, Fernandez, Le Gall, Collet, ' +
    'Léger, Bouvier, Prévost, Millet, Perrot, Le Roux, Cousin, Germain, Breton, Besson, Langlois, Rémy, ' +
    'Le Goff, Pelletier, Lévêque, Perrier, Leblanc, Barré, Lebrun, Marchal, Weber, Mallet, Hamon, ' +
    'Boulanger, Monnier, Michaud, Guichard, Gillet, Étienne, Grondin, Poulain, Tessier, Chauvin, Da Silva, ' +
    'Bouchet, Lemaître, Bénard, Maréchal, Humbert, Reynaud, Hoarau, Perret, Barthélemy, Cordier, Pichon, ' +
    "Lejeune, Delaunay, Pasquier, Carlier, Laporte, Nguyen, Ferreira, Dos Santos, Diallo, N'Diaye, " +
    "Traoré, Benali, Haddad, Cohen, Saint-Martin, Delacroix, D'Almeida",
  secondLastNameChance: 0,
  cities:
    '75011|Paris; 75015|Paris; 75018|Paris; 75020|Paris; 75005|Paris; 13001|Marseille; 13008|Marseille; ' +
    '69003|Lyon; 69007|Lyon; 31000|Toulouse; 06000|Nice; 44000|Nantes; 67000|Strasbourg; 34000|Montpellier; ' +
    '33000|Bordeaux; 59000|Lille; 35000|Rennes; 51100|Reims; 42000|Saint-Étienne; 83000|Toulon; ' +
    '38000|Grenoble; 21000|Dijon; 49000|Angers; 30000|Nîmes; 63000|Clermont-Ferrand; 37000|Tours; ' +
    '87000|Limoges; 80000|Amiens; 57000|Metz; 25000|Besançon; 45000|Orléans; 68100|Mulhouse; 76000|Rouen; ' +
    '14000|Caen; 54000|Nancy; 92100|Boulogne-Billancourt; 93100|Montreuil; 92000|Nanterre; 94000|Créteil; ' +
    '78000|Versailles; 95000|Cergy; 29200|Brest; 56100|Lorient; 35400|Saint-Malo; 64000|Pau; ' +
    '64200|Biarritz; 17000|La Rochelle; 86000|Poitiers; 72000|Le Mans; 76600|Le Havre; 74000|Annecy; ' +
    '73000|Chambéry; 66000|Perpignan; 84000|Avignon; 13100|Aix-en-Provence; 06400|Cannes; 20000|Ajaccio; ' +
    '62000|Arras; 59100|Roubaix; 10000|Troyes; 41000|Blois; 24000|Périgueux; 46000|Cahors; 12000|Rodez; ' +
    '81000|Albi; 65000|Tarbes; 22000|Saint-Brieuc; 29000|Quimper; 61000|Alençon; 88000|Épinal; ' +
    '90000|Belfort; 26000|Valence; 05000|Gap; 11000|Carcassonne; 47000|Agen; 19100|Brive-la-Gaillarde; ' +
    '36000|Châteauroux; 18000|Bourges; 89000|Auxerre; 77300|Fontainebleau; 60200|Compiègne; 27000|Évreux; ' +
    '28000|Chartres; 53000|Laval; 85000|La Roche-sur-Yon; 79000|Niort; 16000|Angoulême; 01000|Bourg-en-Bresse',
  streets:
    'rue de la République; rue Victor Hugo; avenue Jean Jaurès; boulevard Gambetta; rue Pasteur; ' +
    'place de la Mairie; rue de la Gare; allée des Tilleuls; impasse des Lilas; chemin des Vignes; ' +
    'route de Paris; avenue du Général de Gaulle; rue Émile Zola; rue des Écoles; rue du Moulin; ' +
    "rue de l'Église; boulevard Voltaire; avenue Foch; rue Nationale; rue Jules Ferry; rue des Acacias; " +
    'rue du Château; place du Marché; quai des Célestins; cours Lafayette; rue Sainte-Catherine; ' +
    "rue d'Alsace; avenue de la Libération; rue Saint-Michel; rue des Roses; rue Pierre et Marie Curie; " +
    'rue du 8 Mai 1945; rue Anatole France; allée des Peupliers; chemin du Lavoir; rue de Verdun; ' +
    'rue Carnot; boulevard de la Liberté; rue Racine; rue Molière; rue de Bretagne; rue Jean Moulin; ' +
    'square Léon Blum; rue Lamartine; rue Condorcet; avenue des Marronniers; rue du Stade; ' +
    'chemin de la Fontaine; rue des Prés; rue de la Paix',
  houseNumberPlacement: 'before',
  addressLine2:
    'Appartement ##; Bâtiment B; Résidence Les Tilleuls; Escalier #, étage #; BP ###; ' + 'Lieu-dit Les Granges; Appt #0#; Bâtiment A, porte #; ZA du Moulin',
  phoneFormats:
    '+33 6 ## ## ## ##, +33 6 ## ## ## ##, +33 7 ## ## ## ##, +33 1 ## ## ## ##, ' +
    '+33 2 ## ## ## ##, +33 3 ## ## ## ##, +33 4 ## ## ## ##, +33 5 ## ## ## ##, +33 9 ## ## ## ##',
  emailDomains: [
    ['gmail.com', 30],
    ['orange.fr', 16],
    ['free.fr', 10],
    ['hotmail.fr', 8],
    ['sfr.fr', 6],
    ['laposte.net', 6],
    ['wanadoo.fr', 6],
    ['yahoo.fr', 5],
    ['outlook.fr', 5],
    ['icloud.com', 4],
    ['proton.me', 2],
    ['bbox.fr', 2],
  ],
  domainTlds: [
    ['fr', 55],
    ['com', 22],
    ['net', 6],
    ['eu', 5],
    ['org', 4],
    ['info', 2],
    ['io', 2],
    ['bzh', 1],
    ['paris', 1],
    ['shop', 2],
  ],
  companyForms: ['SARL', 'SARL', 'SAS', 'SAS', 'SAS', 'SASU', 'EURL', 'SA', 'SCI'],
  companyActivities:
    'Photo, Informatique, Conseil, Immobilier, Bâtiment, Plomberie, Boulangerie, Transports, Menuiserie, ' +
    'Électricité, Paysages, Architecture, Événements, Web, Design, Traiteur, Garage, Coiffure, Optique, ' +
    'Avocats, Expertise, Digital, Médias, Voyages, Vins, Fromagerie, Imprimerie, Sécurité, Formation, ' +
    'Rénovation, Logistique, Communication, Studio, Créations, Services, Énergie, Pâtisserie',
  associationNames:
    'Association sportive {deCity}; Comité des fêtes {deCity}; Les Amis du patrimoine {deCity}; ' +
    'Tennis Club {deCity}; Amicale laïque {deCity}; Chorale {deCity}; Football Club {deCity}; ' +
    "Association des parents d'élèves {deCity}; Club photo {deCity}; Association culturelle {deCity}; " +
    'Judo Club {deCity}; Harmonie municipale {deCity}; Association Les Jardins partagés {deCity}; ' +
    'Club informatique {deCity}; Association des commerçants {deCity}',
  publicBodyNames:
    "Mairie {deCity}; Ville {deCity}; Communauté de communes {deCity}; Communauté d'agglomération {deCity}; " +
    "Syndicat des eaux {deCity}; Office de tourisme {deCity}; Centre communal d'action sociale {deCity}; " +
    'Médiathèque municipale {deCity}; Conservatoire municipal {deCity}',
  ipPrefixes:
    '90.3, 90.12, 90.45, 86.195, 86.246, 92.154, 2.7, 2.13, 83.202, 81.250, 82.64, 82.65, 88.170, ' +
    '88.121, 78.193, 78.240, 109.210, 109.7, 93.22, 176.180, 89.86, 77.136, 37.165, 80.12, 91.160, 176.143',
};
