import type { RegionSource } from './pool-types.js';

export const spain: RegionSource = {
  region: 'ES',
  country: 'ES',
  language: 'es',
  share: 7,
  subsidiaries: [['ES', 1]],
  femaleFirstNames:
    'María, Carmen, Ana, Laura, Isabel, Lucía, Marta, Elena, Cristina, Paula, Sara, Raquel, Nuria, ' +
    'Beatriz, Silvia, Rocío, Pilar, Sofía, Inés, Alba, Irene, Patricia, Mónica, Alicia, Begoña, ' +
    'Montserrat, Ainhoa, Noelia, María José, Ana Belén',
  maleFirstNames:
    'José, Antonio, Manuel, Francisco, David, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel, Rafael, ' +
    'Pablo, Sergio, Fernando, Jorge, Luis, Alberto, Álvaro, Adrián, Diego, Raúl, Iván, Rubén, Óscar, ' +
    'Andrés, Jordi, Iñaki, Íñigo, Ángel, José Luis, Juan Carlos',
  lastNames:
    'García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, ' +
    'Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, ' +
    'Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, ' +
    'Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano, ' +
    'Guerrero, Cano, Prieto, Méndez, Cruz, Calvo, Gallego, Vidal, León, Herrera, Peña, Flores, Cabrera, ' +
    'Campos, Vega, Fuentes, Carrasco, Díez, Caballero, Reyes, Nieto, Aguilar, Pascual, Santana, Herrero, ' +
    'Lorenzo, Montero, Hidalgo, Giménez, Ibáñez, Ferrer, Durán, Sáez, Vicente, Benítez, Mora, Arias, ' +
    'Vargas, Carmona, Crespo, Román, Pastor, Soto, Puig, Etxeberria',
  secondLastNameChance: 0.9,
  cities:
    '28013|Madrid; 28004|Madrid; 28045|Madrid; 08001|Barcelona; 08015|Barcelona; 46002|Valencia; ' +
    '41001|Sevilla; 50001|Zaragoza; 29001|Málaga; 30001|Murcia; 07001|Palma; ' +
    '35001|Las Palmas de Gran Canaria; 48001|Bilbao; 03001|Alicante; 14001|Córdoba; 47001|Valladolid; ' +
    "36201|Vigo; 33201|Gijón; 08901|L'Hospitalet de Llobregat; 15001|A Coruña; 01001|Vitoria-Gasteiz; " +
    '18001|Granada; 15701|Santiago de Compostela; 20001|San Sebastián; 39001|Santander; 31001|Pamplona; ' +
    '11001|Cádiz; 37001|Salamanca; 24001|León; 45001|Toledo; 43001|Tarragona; 17001|Girona; ' +
    '12001|Castellón de la Plana; 06001|Badajoz; 26001|Logroño; 10001|Cáceres; 22001|Huesca; ' +
    '02001|Albacete; 38001|Santa Cruz de Tenerife; 25001|Lleida',
  streets:
    'Calle Mayor; Calle Real; Avenida de la Constitución; Gran Vía; Plaza Mayor; Calle de Alcalá; ' +
    'Paseo de la Castellana; Calle San Francisco; Avinguda Diagonal; Carrer de Balmes; Calle Nueva; ' +
    'Calle del Sol; Calle de la Iglesia; Avenida de Andalucía; Calle Cervantes; Paseo Marítimo; ' +
    'Calle Larios; Ronda de Valencia; Calle de Serrano; Calle Colón; Avenida de América; Calle de la Paz; ' +
    'Travesía del Carmen; Calle Luna; Rambla de Catalunya; Calle Goya',
  houseNumberPlacement: 'after-comma',
  addressLine2: '#º A; #º B; #º izq.; #º dcha.; Bajo; Ático; Portal #, #º C',
  phoneFormats: '+34 6## ### ###, +34 6## ### ###, +34 7## ### ###, +34 91# ### ###, +34 93# ### ###, +34 96# ### ###',
  emailDomains: [
    ['gmail.com', 40],
    ['hotmail.com', 20],
    ['hotmail.es', 8],
    ['yahoo.es', 8],
    ['outlook.es', 8],
    ['telefonica.net', 5],
    ['icloud.com', 4],
    ['movistar.es', 3],
    ['ono.com', 2],
    ['live.com', 2],
  ],
  domainTlds: [
    ['es', 55],
    ['com', 25],
    ['net', 5],
    ['eu', 4],
    ['org', 4],
    ['cat', 4],
    ['eus', 1],
    ['gal', 1],
  ],
  companyForms: ['S.L.', 'S.L.', 'S.L.', 'S.L.U.', 'S.A.', 'S.Coop.'],
  companyActivities:
    'Construcciones, Reformas, Inmobiliaria, Asesoría, Informática, Transportes, Consultoría, Fotografía, ' +
    'Diseño, Electricidad, Fontanería, Carpintería, Panadería, Restaurante, Viajes, Abogados, ' +
    'Clínica Dental, Distribuciones, Logística, Marketing, Ingeniería, Seguros, Energía Solar, Gestoría, Bodegas',
  associationNames:
    'Asociación Cultural {city}; Club Deportivo {city}; Asociación de Vecinos de {city}; ' +
    'Peña Flamenca de {city}; Club de Baloncesto {city}; Asociación Juvenil {city}; ' +
    'Banda de Música de {city}; Club de Montaña {city}; Cofradía de Pescadores de {city}',
  publicBodyNames:
    'Ayuntamiento de {city}; Diputación de {city}; Biblioteca Municipal de {city}; ' +
    'Mancomunidad de {city}; Policía Local de {city}; Patronato Municipal de Deportes de {city}',
  ipPrefixes: '79.148, 83.45, 88.12, 81.36, 80.30, 90.167, 2.139, 62.83, 212.170, 37.11, 85.48, 95.16, 188.77, 47.62',
};
