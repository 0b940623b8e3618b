import type { Language } from './pool-types.js';

/** Words the generator needs in the customer's own language. */
export interface LanguageWords {
  /** Used in personal domain names (`famille-dupont.fr`). */
  family: string;
  /** Order descriptions: `VPS Comfort 12 mois`. */
  months: string;
  /** Sub-user login suffixes (`xx11111-ovh/compta`). */
  subUserNames: readonly string[];
  /** Extra words for personal domain names (`dupont-photo.fr`). */
  hobbies: readonly string[];
}

export const languageWords: Record<Language, LanguageWords> = {
  fr: {
    family: 'famille',
    months: 'mois',
    subUserNames: ['webmaster', 'compta', 'dev', 'support', 'agence', 'stagiaire', 'admin', 'marketing'],
    hobbies: ['photo', 'blog', 'immo', 'voyages', 'cuisine', 'rando', 'musique', 'velo', 'jardin', 'conseil'],
  },
  nl: {
    family: 'familie',
    months: 'maanden',
    subUserNames: ['webmaster', 'boekhouding', 'dev', 'support', 'bureau', 'stagiair', 'beheer'],
    hobbies: ['foto', 'blog', 'reizen', 'koken', 'fietsen', 'muziek', 'tuin', 'advies'],
  },
  de: {
    family: 'familie',
    months: 'Monate',
    subUserNames: ['webmaster', 'buchhaltung', 'dev', 'support', 'agentur', 'praktikant', 'admin'],
    hobbies: ['foto', 'blog', 'reisen', 'kochen', 'wandern', 'musik', 'garten', 'beratung'],
  },
  es: {
    family: 'familia',
    months: 'meses',
    subUserNames: ['webmaster', 'contabilidad', 'dev', 'soporte', 'agencia', 'becario', 'admin'],
    hobbies: ['foto', 'blog', 'viajes', 'cocina', 'musica', 'futbol', 'jardin', 'asesoria'],
  },
  it: {
    family: 'famiglia',
    months: 'mesi',
    subUserNames: ['webmaster', 'contabilita', 'dev', 'supporto', 'agenzia', 'stagista', 'admin'],
    hobbies: ['foto', 'blog', 'viaggi', 'cucina', 'musica', 'calcio', 'giardino', 'consulenza'],
  },
  pl: {
    family: 'rodzina',
    months: 'mies.',
    subUserNames: ['webmaster', 'ksiegowosc', 'dev', 'wsparcie', 'agencja', 'stazysta', 'admin'],
    hobbies: ['foto', 'blog', 'podroze', 'kuchnia', 'muzyka', 'rower', 'ogrod', 'doradztwo'],
  },
  pt: {
    family: 'familia',
    months: 'meses',
    subUserNames: ['webmaster', 'contabilidade', 'dev', 'suporte', 'agencia', 'estagiario', 'admin'],
    hobbies: ['foto', 'blog', 'viagens', 'cozinha', 'musica', 'surf', 'jardim', 'consultoria'],
  },
  en: {
    family: 'family',
    months: 'months',
    subUserNames: ['webmaster', 'accounts', 'dev', 'support', 'agency', 'intern', 'admin', 'marketing'],
    hobbies: ['photo', 'blog', 'travel', 'kitchen', 'music', 'cycling', 'garden', 'consulting'],
  },
};
