import type { RegionSource } from './pool-types.js';

export const italy: RegionSource = {
  region: 'IT',
  country: 'IT',
  language: 'it',
  share: 7,
  subsidiaries: [['IT', 1]],
  femaleFirstNames:
    'Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessandra, Federica, Elena, Silvia, Paola, ' +
    'Laura, Anna, Maria, Giovanna, Roberta, Cristina, Simona, Elisa, Alice, Sofia, Aurora, Beatrice, ' +
    'Ilaria, Noemi, Lucia, Greta, Gaia',
  maleFirstNames:
    'Marco, Giuseppe, Giovanni, Antonio, Luca, Andrea, Francesco, Alessandro, Matteo, Lorenzo, Davide, ' +
    'Simone, Federico, Stefano, Paolo, Roberto, Massimo, Fabio, Gianluca, Riccardo, Niccolò, Tommaso, ' +
    'Leonardo, Emanuele, Salvatore, Vincenzo, Pietro, Daniele, Mattia, Gianmarco',
  lastNames:
    'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, ' +
    'De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, ' +
    'Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, ' +
    "Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Bianco, " +
    'Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, ' +
    'Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone, ' +
    'Giuliani, Benedetti, Barone, Caputo, Montanari, Guerra, Palmieri, Bernardi, Fiore, De Rosa, ' +
    "Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Neri, D'Amico, Orlando",
  secondLastNameChance: 0,
  cities:
    '00184|Roma; 00153|Roma; 20121|Milano; 20144|Milano; 80133|Napoli; 10121|Torino; 90133|Palermo; ' +
    '16121|Genova; 40121|Bologna; 50122|Firenze; 70121|Bari; 95131|Catania; 30121|Venezia; 37121|Verona; ' +
    '98122|Messina; 35122|Padova; 34121|Trieste; 25121|Brescia; 43121|Parma; 74121|Taranto; 59100|Prato; ' +
    '41121|Modena; 89127|Reggio Calabria; 42121|Reggio Emilia; 06121|Perugia; 57123|Livorno; ' +
    '48121|Ravenna; 09124|Cagliari; 71121|Foggia; 47921|Rimini; 84121|Salerno; 44121|Ferrara; 56125|Pisa; ' +
    '24121|Bergamo; 38122|Trento; 39100|Bolzano; 33100|Udine; 60121|Ancona; 73100|Lecce; 22100|Como; ' +
    '55100|Lucca; 53100|Siena',
  streets:
    'Via Roma; Via Garibaldi; Via Mazzini; Via Cavour; Corso Vittorio Emanuele II; Via Dante Alighieri; ' +
    'Piazza del Duomo; Via Verdi; Via Marconi; Via Matteotti; Corso Italia; Via XX Settembre; ' +
    'Via Nazionale; Via della Repubblica; Viale Europa; Via San Francesco; Via dei Mille; Via Manzoni; ' +
    'Via Colombo; Largo Augusto; Via Milano; Via Torino; Viale dei Pini; Via Leopardi; Vicolo Stretto; ' +
    'Piazza Garibaldi',
  houseNumberPlacement: 'after-comma',
  addressLine2: 'Scala B; Interno #; Piano #; Scala A, int. ##',
  phoneFormats: '+39 3## ### ####, +39 3## ### ####, +39 3## ### ###, +39 06 #### ####, +39 02 #### ####, +39 011 ### ####',
  emailDomains: [
    ['gmail.com', 35],
    ['libero.it', 18],
    ['hotmail.it', 8],
    ['yahoo.it', 8],
    ['virgilio.it', 7],
    ['alice.it', 6],
    ['outlook.it', 5],
    ['tiscali.it', 4],
    ['icloud.com', 4],
    ['fastwebnet.it', 3],
  ],
  domainTlds: [
    ['it', 65],
    ['com', 20],
    ['eu', 5],
    ['net', 4],
    ['org', 3],
    ['info', 3],
  ],
  companyForms: ['S.r.l.', 'S.r.l.', 'S.r.l.', 'S.r.l.s.', 'S.p.A.', 'S.n.c.', 'S.a.s.'],
  companyActivities:
    'Costruzioni, Impianti, Informatica, Consulenze, Immobiliare, Trasporti, Edilizia, Studio Tecnico, ' +
    'Grafica, Fotografia, Ristorazione, Pasticceria, Arredamenti, Abbigliamento, Elettronica, Servizi, ' +
    'Logistica, Assicurazioni, Viaggi, Enoteca, Oleificio, Meccanica, Termoidraulica, Web Agency, Comunicazione',
  associationNames:
    'Associazione Culturale {city}; ASD Calcio {city}; Pro Loco {city}; Circolo Tennis {city}; ' +
    'Associazione Volontari {city}; Banda Musicale di {city}; Polisportiva {city}; ' +
    'Coro Polifonico di {city}; Club Alpino {city}',
  publicBodyNames:
    'Comune di {city}; Provincia di {city}; Biblioteca Comunale di {city}; Istituto Comprensivo {city}; ' +
    'Consorzio di Bonifica {city}; Polizia Municipale di {city}',
  ipPrefixes: '79.20, 79.47, 87.10, 93.40, 151.38, 2.40, 93.57, 2.228, 151.15, 5.170, 82.55, 95.235, 37.182, 62.98',
};
