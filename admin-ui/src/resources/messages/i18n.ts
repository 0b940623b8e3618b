import type { EmailTemplateName } from '../../../../templates/emails/index';
// Labels of the messages screens; merged into the console's messages by i18n/index.ts.
export const en = {
  resources: {
    messages: {
      name: 'Message |||| Messages',
      fields: {
        customerId: 'Customer',
        toAddress: 'To',
        template: 'Template',
        locale: 'Language',
        subject: 'Subject',
        textBody: 'Text version',
        htmlBody: 'HTML version',
        status: 'Status',
        transport: 'Delivered through',
        attempts: 'Attempts',
        lastError: 'Last error',
        nextAttemptAt: 'Next attempt',
        causeAction: 'Caused by',
        createdAt: 'Queued',
        sentAt: 'Left the queue', // sent by SMTP or kept in the outbox: not always "sent"
      },
    },
  },
  guichet: {
    messages: {
      in_outbox: 'In outbox',
      in_outbox_hint: "No mail server is configured: the message was kept in the console's outbox instead of being sent.",
      transport: { smtp: 'Mail server (SMTP)', outbox: 'Console outbox (no mail server configured)' },
      next_attempt: 'Next try at %{when}',
      last_error: 'Last error: %{error}',
      retry: 'Retry',
      retried: 'The message is queued for delivery again.',
      html_frame_title: 'HTML version of "%{subject}"',
      templates: {
        'backup-promoted': 'Backup e-mail promoted (to the new primary address)',
        'primary-replaced': 'Primary e-mail replaced (to the old address)',
        'gdpr-notice': 'Data-protection request notice',
        'claim-change-requested': 'E-mail change requested by post',
        'claim-applied': 'E-mail change by post applied',
        'security-advice': 'Security advice',
      } satisfies Record<EmailTemplateName, string>,
    },
  },
};

export const fr: typeof en = {
  resources: {
    messages: {
      name: 'Message |||| Messages',
      fields: {
        customerId: 'Client',
        toAddress: 'Destinataire',
        template: 'Modèle',
        locale: 'Langue',
        subject: 'Objet',
        textBody: 'Version texte',
        htmlBody: 'Version HTML',
        status: 'Statut',
        transport: 'Acheminé par',
        attempts: 'Tentatives',
        lastError: 'Dernière erreur',
        nextAttemptAt: 'Prochaine tentative',
        causeAction: 'Origine',
        createdAt: 'Mis en file le',
        sentAt: 'Sorti de la file',
      },
    },
  },
  guichet: {
    messages: {
      in_outbox: 'Dans la boîte d’envoi',
      in_outbox_hint: 'Aucun serveur de messagerie n’est configuré : le message a été conservé dans la boîte d’envoi de la console au lieu d’être envoyé.',
      transport: { smtp: 'Serveur de messagerie (SMTP)', outbox: 'Boîte d’envoi de la console (aucun serveur configuré)' },
      next_attempt: 'Prochain essai à %{when}',
      last_error: 'Dernière erreur : %{error}',
      retry: 'Réessayer',
      retried: 'Le message est remis en file d’envoi.',
      html_frame_title: 'Version HTML de « %{subject} »',
      templates: {
        'backup-promoted': 'E-mail de secours promu (à la nouvelle adresse principale)',
        'primary-replaced': 'E-mail principal remplacé (à l’ancienne adresse)',
        'gdpr-notice': 'Avis sur une demande RGPD',
        'claim-change-requested': 'Changement d’e-mail demandé par courrier',
        'claim-applied': 'Changement d’e-mail par courrier appliqué',
        'security-advice': 'Conseils de sécurité',
      },
    },
  },
};
