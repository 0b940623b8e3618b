// Labels of the staff screens; merged into the console's messages by i18n/index.ts.
export const en = {
  resources: {
    staff: {
      name: 'Staff member |||| Staff',
      fields: {
        email: 'E-mail',
        displayName: 'Name',
        role: 'Role',
        isActive: 'Active',
        lockedUntil: 'Locked until',
        createdAt: 'Created',
        password: 'Initial password',
      },
    },
  },
  guichet: {
    staff: {
      password_hint: 'Hand it over through a secure channel, never by e-mail.',
      locked: 'locked',
    },
  },
};

export const fr: typeof en = {
  resources: {
    staff: {
      name: 'Employé |||| Équipe',
      fields: {
        email: 'E-mail',
        displayName: 'Nom',
        role: 'Rôle',
        isActive: 'Actif',
        lockedUntil: "Verrouillé jusqu'au",
        createdAt: 'Créé le',
        password: 'Mot de passe initial',
      },
    },
  },
  guichet: {
    staff: {
      password_hint: 'Transmettez-le par un canal sûr, jamais par e-mail.',
      locked: 'verrouillé',
    },
  },
};
