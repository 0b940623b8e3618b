// Labels of the customer page's summary strip, by the item codes the server sends
// (server/modules/customer-summary). A capability adding items adds its codes in its own i18n.ts.
export const en = {
  guichet: {
    summary: {
      title: 'Account at a glance',
      loading: 'Loading the account summary…',
      load_error: 'Could not load the account summary: %{message}',
      state: {
        active: 'Active',
        suspended: 'Suspended (no reason on record)',
        suspended_overdue: 'Suspended · invoice overdue since %{since}',
        erased: 'Erased',
      },
      processing_restricted: 'Processing restricted (GDPR)',
      two_factor: { on: '2FA: %{methods}', none: 'No 2FA' },
      backup_email: { present: 'Backup e-mail on file', missing: 'No backup e-mail', new_required: 'New backup e-mail required' },
      invoices: {
        none: 'No unpaid invoice',
        overdue:
          '%{smart_count} unpaid invoice, %{amount}, overdue since %{since} |||| %{smart_count} unpaid invoices, %{amount}, %{overdue} overdue, oldest due %{since}',
        unpaid: '%{smart_count} unpaid invoice, %{amount}, due %{due} |||| %{smart_count} unpaid invoices, %{amount}, next due %{due}',
      },
      orders: { pending: '%{smart_count} pending order |||| %{smart_count} pending orders' },
      credit: { some: 'Prepaid credit %{amount}', none: 'No prepaid credit' },
      services: { active: '%{smart_count} active service of %{total} |||| %{smart_count} active services of %{total}' },
      last_login: {
        never: 'Never signed in',
        known_device: 'Last sign-in %{at}, %{country}',
        new_device: 'Last sign-in %{at}, %{country}, new device',
      },
      failed_logins: {
        last_24h: '%{smart_count} failed sign-in in the last 24 h |||| %{smart_count} failed sign-ins in the last 24 h',
        before_last: '%{smart_count} failed sign-in in the 24 h before it |||| %{smart_count} failed sign-ins in the 24 h before it',
      },
    },
  },
};

export const fr: typeof en = {
  guichet: {
    summary: {
      title: 'Le compte en un coup d’œil',
      loading: 'Chargement du résumé du compte…',
      load_error: 'Impossible de charger le résumé du compte : %{message}',
      state: {
        active: 'Actif',
        suspended: 'Suspendu (aucun motif enregistré)',
        suspended_overdue: 'Suspendu · facture en retard depuis le %{since}',
        erased: 'Effacé',
      },
      processing_restricted: 'Traitement limité (RGPD)',
      two_factor: { on: 'Double authentification : %{methods}', none: 'Pas de double authentification' },
      backup_email: { present: 'E-mail de secours enregistré', missing: 'Pas d’e-mail de secours', new_required: 'Nouvel e-mail de secours requis' },
      invoices: {
        none: 'Aucune facture impayée',
        overdue:
          '%{smart_count} facture impayée, %{amount}, en retard depuis le %{since} |||| %{smart_count} factures impayées, %{amount}, %{overdue} en retard, la plus ancienne échue le %{since}',
        unpaid: '%{smart_count} facture impayée, %{amount}, échéance le %{due} |||| %{smart_count} factures impayées, %{amount}, prochaine échéance le %{due}',
      },
      orders: { pending: '%{smart_count} commande en attente |||| %{smart_count} commandes en attente' },
      credit: { some: 'Crédit prépayé %{amount}', none: 'Pas de crédit prépayé' },
      services: { active: '%{smart_count} service actif sur %{total} |||| %{smart_count} services actifs sur %{total}' },
      last_login: {
        never: 'Jamais connecté',
        known_device: 'Dernière connexion %{at}, %{country}',
        new_device: 'Dernière connexion %{at}, %{country}, nouvel appareil',
      },
      failed_logins: {
        last_24h: '%{smart_count} échec de connexion ces dernières 24 h |||| %{smart_count} échecs de connexion ces dernières 24 h',
        before_last: '%{smart_count} échec de connexion dans les 24 h qui précèdent |||| %{smart_count} échecs de connexion dans les 24 h qui précèdent',
      },
    },
  },
};
