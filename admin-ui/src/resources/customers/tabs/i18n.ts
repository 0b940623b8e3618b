// Labels of the customer page's related records (services, invoices, orders, sub-users, sign-ins, e-mail changes).
export const en = {
  resources: {
    services: {
      name: 'Service |||| Services',
      fields: {
        kind: 'Kind',
        name: 'Name',
        status: 'Status',
        createdAt: 'Created',
        expiresAt: 'Expires',
        adminContact: 'Admin contact',
        techContact: 'Technical contact',
        billingContact: 'Billing contact',
        contacts: 'Contacts',
      },
    },
    invoices: {
      name: 'Invoice |||| Invoices',
      fields: {
        number: 'Number',
        issuedAt: 'Issued',
        dueAt: 'Due',
        amountCents: 'Amount',
        status: 'Status',
        paidAt: 'Paid on',
      },
    },
    orders: {
      name: 'Order |||| Orders',
      fields: {
        number: 'Number',
        description: 'Description',
        createdAt: 'Ordered',
        amountCents: 'Amount',
        status: 'Status',
      },
    },
    'customer-users': {
      name: 'Sub-user |||| Sub-users',
      fields: {
        login: 'Login',
        email: 'E-mail',
        rights: 'Rights',
        createdAt: 'Created',
        lastLoginAt: 'Last sign-in',
      },
    },
    'login-events': {
      name: 'Login event |||| Login events',
      fields: {
        occurredAt: 'When',
        ip: 'IP address',
        country: 'Country',
        device: 'Device',
        result: 'Result',
        isNewDevice: 'New device',
      },
    },
    'email-history': {
      name: 'E-mail change |||| E-mail history',
      fields: {
        changedAt: 'When',
        slot: 'Address',
        oldValue: 'Before',
        newValue: 'After',
        cause: 'Cause',
        staffId: 'By',
      },
    },
  },
};

export const fr: typeof en = {
  resources: {
    services: {
      name: 'Service |||| Services',
      fields: {
        kind: 'Type',
        name: 'Nom',
        status: 'Statut',
        createdAt: 'Créé le',
        expiresAt: 'Expire le',
        adminContact: 'Contact administrateur',
        techContact: 'Contact technique',
        billingContact: 'Contact facturation',
        contacts: 'Contacts',
      },
    },
    invoices: {
      name: 'Facture |||| Factures',
      fields: {
        number: 'Numéro',
        issuedAt: 'Émise le',
        dueAt: 'Échéance',
        amountCents: 'Montant',
        status: 'Statut',
        paidAt: 'Payée le',
      },
    },
    orders: {
      name: 'Commande |||| Commandes',
      fields: {
        number: 'Numéro',
        description: 'Description',
        createdAt: 'Commandée le',
        amountCents: 'Montant',
        status: 'Statut',
      },
    },
    'customer-users': {
      name: 'Utilisateur délégué |||| Utilisateurs délégués',
      fields: {
        login: 'Identifiant',
        email: 'E-mail',
        rights: 'Droits',
        createdAt: 'Créé le',
        lastLoginAt: 'Dernière connexion',
      },
    },
    'login-events': {
      name: 'Connexion |||| Connexions',
      fields: {
        occurredAt: 'Date',
        ip: 'Adresse IP',
        country: 'Pays',
        device: 'Appareil',
        result: 'Résultat',
        isNewDevice: 'Nouvel appareil',
      },
    },
    'email-history': {
      name: 'Changement d’e-mail |||| Historique des e-mails',
      fields: {
        changedAt: 'Date',
        slot: 'Adresse',
        oldValue: 'Avant',
        newValue: 'Après',
        cause: 'Origine',
        staffId: 'Par',
      },
    },
  },
};
