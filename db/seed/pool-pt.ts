import type { RegionSource } from './pool-types.js';

// Portuguese people usually carry two family names (`Silva Santos`).
export const portugal: RegionSource = {
  region: 'PT',
  country: 'PT',
  language: 'pt',
  share: 3,
  subsidiaries: [['PT', 1]],
  femaleFirstNames:
    'Maria, Ana, Joana, Inês, Beatriz, Mariana, Sofia, Catarina, Rita, Sara, Marta, Carolina, Leonor, ' +
    'Matilde, Francisca, Teresa, Helena, Patrícia, Cláudia, Sandra, Susana, Margarida, Filipa, Raquel, ' +
    'Diana, Luísa, Conceição, Fátima',
  maleFirstNames:
    'João, José, António, Manuel, Francisco, Pedro, Tiago, Rui, Miguel, Luís, Paulo, Carlos, Nuno, ' +
    'Ricardo, Bruno, André, Diogo, Gonçalo, Rodrigo, Duarte, Afonso, Tomás, Martim, Vasco, Hugo, Sérgio, ' +
    'Fernando, Jorge, Vítor, Joaquim',
  lastNames:
    'Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, ' +
    'Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, ' +
    'Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cruz, Cunha, Pires, ' +
    'Ramos, Reis, Simões, Antunes, Matos, Fonseca, Machado, Araújo, Barbosa, Tavares, Lourenço, Castro, ' +
    'Figueiredo, Azevedo, Freitas, Magalhães, Brandão, Baptista, Conceição, Leite, Faria, Guerreiro, Loureiro',
  secondLastNameChance: 0.8,
  cities:
    '1100-148|Lisboa; 1250-096|Lisboa; 4000-322|Porto; 4050-262|Porto; 4400-136|Vila Nova de Gaia; ' +
    '4450-208|Matosinhos; 2700-367|Amadora; 4700-312|Braga; 3000-143|Coimbra; 2780-066|Oeiras; ' +
    '2750-642|Cascais; 2900-065|Setúbal; 4800-011|Guimarães; 8000-078|Faro; 3800-200|Aveiro; ' +
    '2400-118|Leiria; 6000-085|Castelo Branco; 7000-511|Évora; 3500-001|Viseu; 8500-510|Portimão; ' +
    '9000-064|Funchal; 9500-150|Ponta Delgada; 2000-123|Santarém; 4900-321|Viana do Castelo; ' +
    '5000-603|Vila Real; 6300-559|Guarda; 7800-467|Beja; 8600-315|Lagos; 2710-590|Sintra',
  streets:
    'Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Rua do Comércio; Avenida da República; ' +
    'Rua Direita; Praça do Comércio; Rua da Prata; Rua Garrett; Avenida dos Aliados; Rua de Cedofeita; ' +
    'Rua das Flores; Largo do Chiado; Travessa do Carmo; Rua 25 de Abril; Avenida Almirante Reis; ' +
    'Rua Sá da Bandeira; Rua do Carmo; Rua Miguel Bombarda; Rua da Boavista; Calçada do Combro; ' +
    'Rua Dom Manuel I; Avenida de Roma',
  houseNumberPlacement: 'after-comma',
  addressLine2: '#º Esq.; #º Dto.; R/C; #º andar; Loja #',
  phoneFormats: '+351 91# ### ###, +351 93# ### ###, +351 96# ### ###, +351 92# ### ###, +351 21# ### ###, +351 22# ### ###',
  emailDomains: [
    ['gmail.com', 40],
    ['hotmail.com', 18],
    ['sapo.pt', 14],
    ['outlook.pt', 6],
    ['outlook.com', 6],
    ['yahoo.com', 4],
    ['iol.pt', 3],
    ['netcabo.pt', 3],
    ['icloud.com', 3],
    ['live.com.pt', 3],
  ],
  domainTlds: [
    ['pt', 60],
    ['com', 25],
    ['eu', 5],
    ['net', 4],
    ['org', 3],
    ['com.pt', 3],
  ],
  companyForms: [', Lda.', ', Lda.', ', Lda.', ', Unipessoal Lda.', ', S.A.'],
  companyActivities:
    'Construções, Imobiliária, Informática, Consultoria, Transportes, Contabilidade, Restauração, ' +
    'Fotografia, Design, Serviços, Comércio, Electricidade, Canalizações, Carpintaria, Padaria, Viagens, ' +
    'Advogados, Marketing, Engenharia, Seguros, Vinhos, Cortiça, Têxteis, Mobiliário',
  associationNames:
    'Associação Cultural de {city}; Clube Desportivo de {city}; Associação de Moradores de {city}; ' +
    'Grupo Desportivo de {city}; Banda Filarmónica de {city}; Rancho Folclórico de {city}; ' +
    'Sociedade Recreativa de {city}',
  publicBodyNames:
    'Câmara Municipal de {city}; Junta de Freguesia de {city}; Biblioteca Municipal de {city}; ' +
    'Serviços Municipalizados de {city}; Agrupamento de Escolas de {city}',
  ipPrefixes: '2.82, 85.243, 188.81, 87.196, 85.139, 89.180, 94.61, 213.22, 89.155, 148.63, 95.94, 188.250',
};
