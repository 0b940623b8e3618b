// Labels of the leads' review queue; merged by i18n/index.ts.
export const en = {
  resources: {
    'audit-reviews': {
      name: 'Review |||| Review queue',
      fields: { at: 'When', actorName: 'Who', action: 'What, on which account', reasons: 'Why it is here', status: 'Show' },
    },
  },
  guichet: {
    reviews: {
      status: { pending: 'Left to review', reviewed: 'Reviewed' },
      waiting: 'Waiting',
      hours: '%{smart_count} hour |||| %{smart_count} hours',
      days: '%{smart_count} day |||| %{smart_count} days',
      reasons: {
        override: 'Lock overridden',
        repeat_account: 'Same account many times',
        after_hours: 'Outside working hours',
        many_accounts: 'Many accounts quickly',
        random: 'Random sample',
      },
      outcome: { title: 'Outcome', fine: 'Fine', follow_up: 'Follow up' },
      follow_up_title: 'Follow up: %{action} by %{who}',
      note: 'What needs following up',
      record: 'Record',
      done: 'Review recorded in the audit log',
    },
  },
};

export const fr: typeof en = {
  resources: {
    'audit-reviews': {
      name: 'Revue |||| File de revue',
      fields: { at: 'Quand', actorName: 'Qui', action: 'Quoi, sur quel compte', reasons: 'Pourquoi', status: 'Afficher' },
    },
  },
  guichet: {
    reviews: {
      status: { pending: 'À revoir', reviewed: 'Revues' },
      waiting: 'En attente depuis',
      hours: '%{smart_count} heure |||| %{smart_count} heures',
      days: '%{smart_count} jour |||| %{smart_count} jours',
      reasons: {
        override: 'Verrou levé',
        repeat_account: 'Même compte, souvent',
        after_hours: 'Hors des heures de travail',
        many_accounts: 'Nombreux comptes en peu de temps',
        random: 'Échantillon aléatoire',
      },
      outcome: { title: 'Décision', fine: 'Conforme', follow_up: 'À suivre' },
      follow_up_title: 'À suivre : %{action} par %{who}',
      note: 'Ce qui doit être suivi',
      record: 'Enregistrer',
      done: 'Revue consignée dans le journal d’audit',
    },
  },
};
