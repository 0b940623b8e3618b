import type { RegionSource } from './pool-types.js';

// Great Britain and Ireland are served by the GB subsidiary in this demo.
export const greatBritain: RegionSource = {
  region: 'GB',
  country: 'GB',
  language: 'en',
  share: 4,
  subsidiaries: [['GB', 1]],
  femaleFirstNames:
    'Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Lily, Charlotte, Jessica, Hannah, Chloe, Emma, Sarah, ' +
    'Rebecca, Rachel, Laura, Claire, Helen, Karen, Susan, Gemma, Kirsty, Lucy, Eleanor, Harriet, Imogen, ' +
    'Freya, Niamh, Priya',
  maleFirstNames:
    'Oliver, George, Harry, Jack, Jacob, Charlie, Thomas, James, William, Oscar, Henry, Alfie, Daniel, ' +
    'Matthew, Christopher, Andrew, David, Paul, Mark, Richard, Stephen, Gareth, Rhys, Callum, Jamie, Ewan, ' +
    'Hamish, Alistair, Nigel, Graham, Mohammed',
  lastNames:
    'Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, ' +
    'Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Jackson, ' +
    'Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, ' +
    'Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell, ' +
    'Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Khan, ' +
    'Marshall, Anderson, Simpson, Ellis, Adams, Singh, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, ' +
    'Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, ' +
    "Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, O'Brien, McDonald, " +
    'MacLeod, Fraser, Ffrench-Constant',
  secondLastNameChance: 0,
  cities:
    'EC1V 9HX|London; SE1 7PB|London; N1 9GU|London; E2 8DY|London; M1 1AE|Manchester; M20 2RN|Manchester; ' +
    'B1 1BB|Birmingham; LS1 4DY|Leeds; L1 8JQ|Liverpool; S1 2HE|Sheffield; BS1 4DJ|Bristol; ' +
    'NE1 7RU|Newcastle upon Tyne; NG1 5FS|Nottingham; LE1 6ZG|Leicester; CF10 1EP|Cardiff; SA1 3SN|Swansea; ' +
    'EH1 1YZ|Edinburgh; G1 3SL|Glasgow; AB10 1XG|Aberdeen; DD1 4QB|Dundee; BT1 5GS|Belfast; OX1 2JD|Oxford; ' +
    'CB2 1TN|Cambridge; YO1 7HH|York; BA1 1LZ|Bath; BN1 1UG|Brighton; PL1 2AA|Plymouth; SO14 7DU|Southampton; ' +
    'RG1 1LZ|Reading; MK9 2FP|Milton Keynes; CV1 5RR|Coventry; NR2 1NH|Norwich; EX1 1GA|Exeter; IP1 1DH|Ipswich',
  streets:
    'High Street; Station Road; Main Street; Park Road; Church Road; Church Street; London Road; ' +
    'Victoria Road; Green Lane; Manor Road; Church Lane; Park Avenue; The Avenue; The Crescent; ' +
    'Queens Road; New Road; Grange Road; Kings Road; Mill Lane; Albert Road; School Lane; North Street; ' +
    'Springfield Road; George Street; Windsor Road; Highfield Road; Chester Road; Broadway; Market Place; ' +
    'Orchard Close; Meadow Way; Elm Grove',
  houseNumberPlacement: 'before',
  addressLine2: 'Flat #; Flat ##; Unit #; Apartment #; Suite #0#',
  phoneFormats:
    '+44 7### ######, +44 7### ######, +44 7700 9#####, +44 20 #### ####, +44 161 ### ####, ' + '+44 121 ### ####, +44 131 ### ####, +44 1### ######',
  emailDomains: [
    ['gmail.com', 30],
    ['hotmail.co.uk', 12],
    ['outlook.com', 12],
    ['yahoo.co.uk', 10],
    ['btinternet.com', 10],
    ['icloud.com', 6],
    ['sky.com', 6],
    ['live.co.uk', 5],
    ['aol.com', 3],
    ['virginmedia.com', 4],
    ['talktalk.net', 2],
  ],
  domainTlds: [
    ['co.uk', 50],
    ['com', 25],
    ['uk', 10],
    ['org.uk', 5],
    ['net', 4],
    ['io', 3],
    ['scot', 1],
    ['wales', 1],
  ],
  companyForms: ['Ltd', 'Ltd', 'Ltd', 'Limited', 'PLC', 'LLP'],
  companyActivities:
    'Consulting, Builders, Plumbing & Heating, Electrical, Property, Lettings, Accountants, Solicitors, ' +
    'Design, Media, Digital, Software, IT Services, Logistics, Haulage, Landscaping, Catering, Bakery, ' +
    'Photography, Studio, Marketing, Engineering, Roofing, Joinery, Motors, Travel, Events, Recruitment',
  associationNames:
    '{city} Cricket Club; {city} Rugby Football Club; {city} Community Trust; {city} Allotment Society; ' +
    'Friends of {city} Library; {city} Choral Society; {city} Running Club; {city} Civic Society; ' +
    '{city} Food Bank',
  publicBodyNames:
    '{city} City Council; {city} Borough Council; {city} District Council; {city} Parish Council; ' +
    '{city} Library Services; {city} Academy Trust; {city} Fire and Rescue Service',
  ipPrefixes: '86.140, 86.176, 81.151, 109.150, 31.52, 82.31, 86.12, 62.31, 81.106, 2.100, 90.210, 5.70, 92.16, 78.147, 89.242',
};

export const ireland: RegionSource = {
  region: 'IE',
  country: 'IE',
  language: 'en',
  share: 1,
  subsidiaries: [['GB', 1]],
  femaleFirstNames:
    'Aoife, Siobhán, Niamh, Saoirse, Ciara, Caoimhe, Róisín, Orla, Sinéad, Áine, Emma, Sarah, Aisling, ' +
    'Clodagh, Gráinne, Mairéad, Deirdre, Fiona, Eimear, Laura',
  maleFirstNames:
    'Seán, Conor, Cian, Darragh, Oisín, Liam, Patrick, Pádraig, Ciarán, Eoin, Fionn, Cathal, Declan, Colm, ' + 'Dónal, Niall, Ronan, Kevin, Michael, John',
  lastNames:
    "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, " +
    "McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, O'Carroll, " +
    "Connolly, Daly, O'Connell, Dunne, Brennan, Burke, Collins, Campbell, Clarke, Johnston, Hughes, " +
    "O'Farrell, Fitzgerald, Maguire, Nolan, Flynn, Callaghan, O'Donnell, Duffy, Mahony, Boyle, Healy, Ó Briain",
  secondLastNameChance: 0,
  cities:
    'D02 X285|Dublin; D04 C932|Dublin; D08 VF8H|Dublin; D15 R2K7|Dublin; T12 R5CP|Cork; H91 F8NT|Galway; ' +
    'V94 T9PX|Limerick; X91 K7P2|Waterford; A91 R2X4|Dundalk; W23 F854|Maynooth; V92 N2W3|Tralee; ' +
    'F91 H9X5|Sligo; R93 E8W2|Carlow; R95 A7F1|Kilkenny; N37 K6C4|Athlone; A92 WN21|Drogheda; ' +
    'Y35 R6K2|Wexford; F92 X6C2|Letterkenny; E91 X8R6|Clonmel',
  streets:
    "Main Street; O'Connell Street; Grafton Street; Patrick Street; Shop Street; Church Road; Strand Road; " +
    'Dublin Road; Castle Street; Mill Road; Green Road; Bridge Street; Quay Street; Parnell Square; ' +
    'Abbey Street; The Mall; Cathedral Road',
  houseNumberPlacement: 'before',
  addressLine2: 'Apartment #; Unit #; Apartment ##',
  phoneFormats: '+353 8# ### ####, +353 8# ### ####, +353 1 ### ####, +353 21 ### ####, +353 91 ### ###',
  emailDomains: [
    ['gmail.com', 35],
    ['hotmail.com', 15],
    ['eircom.net', 12],
    ['outlook.com', 10],
    ['yahoo.ie', 6],
    ['icloud.com', 6],
    ['live.ie', 6],
    ['outlook.ie', 5],
    ['vodafone.ie', 3],
  ],
  domainTlds: [
    ['ie', 55],
    ['com', 30],
    ['eu', 5],
    ['net', 5],
    ['org', 3],
    ['io', 2],
  ],
  companyForms: ['Ltd', 'Ltd', 'Limited', 'DAC', 'Teoranta'],
  companyActivities:
    'Consulting, Builders, Plumbing, Electrical, Property, Auctioneers, Accountants, Solicitors, Design, ' +
    'Media, Digital, Software, Logistics, Haulage, Landscaping, Catering, Bakery, Photography, Motors, ' +
    'Travel, Pharmacy, Veterinary',
  associationNames:
    '{city} GAA Club; {city} Tidy Towns; {city} Rugby Club; {city} Athletics Club; {city} Drama Society; ' + "{city} Men's Shed; {city} Comhaltas",
  publicBodyNames: '{city} County Council; {city} City Council; {city} Library; {city} Education and Training Board; ' + '{city} Municipal District',
  ipPrefixes: '86.44, 79.97, 89.101, 87.198, 109.78, 37.228, 46.7, 83.70, 95.44, 213.233',
};
