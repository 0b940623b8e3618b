// Labels of the promote-backup-e-mail dialog (SPEC §4.3).
export const en = {
  guichet: {
    promote_backup_email: {
      action: 'Promote backup e-mail',
      title: 'Promote the backup e-mail of %{handle}',
      intro:
        "The backup address becomes the account's primary e-mail address. The account is then left without a backup, and the customer is asked to set a new one. Both addresses receive a message.",
      current_primary: 'Current primary — will be replaced',
      backup: 'Backup — becomes primary',
      fields: {
        ticketRef: 'Ticket reference',
        identityCheck: "How the caller's identity was checked",
        identityCheckNote: 'Describe the identity check',
        reason: 'Reason',
      },
      hints: {
        ticketRef: 'The helpdesk ticket of this call, e.g. TCK-2024-0042',
        identityCheckNote: 'What the caller proved, and how',
        reason: 'What the caller asked for and why the primary address can no longer be used',
      },
      rules: {
        ticketRef: 'Enter the helpdesk ticket reference: 3 to 64 letters, digits or # _ - . /',
        identityCheck: "Choose how the caller's identity was checked",
        identityCheckNote: 'Describe how the identity was checked (at least 3 characters)',
        reason: 'Explain why, in 5 to 2,000 characters',
        overrideReason: 'Explain why you override the lock, in 5 to 2,000 characters',
      },
      confirm: "I checked the caller's identity and understand the old address stops receiving messages",
      submit: 'Promote',
      submitting: 'Promoting…',
      done: 'Backup e-mail promoted: %{address} is now the primary address. Both messages are queued.',
      reload: 'Reload the account',
      discard_title: 'Discard what you typed?',
      discard_content: 'The ticket reference and the reason you typed will be lost.',
      discard: 'Discard',
      keep_editing: 'Keep editing',
    },
  },
};

export const fr: typeof en = {
  guichet: {
    promote_backup_email: {
      action: 'Promouvoir l’e-mail de secours',
      title: 'Promouvoir l’e-mail de secours de %{handle}',
      intro:
        'L’adresse de secours devient l’adresse e-mail principale du compte. Le compte n’a alors plus d’adresse de secours, et le client est invité à en renseigner une nouvelle. Les deux adresses reçoivent un message.',
      current_primary: 'Principale actuelle — sera remplacée',
      backup: 'Secours — devient principale',
      fields: {
        ticketRef: 'Référence du ticket',
        identityCheck: 'Vérification de l’identité de l’appelant',
        identityCheckNote: 'Décrivez la vérification',
        reason: 'Motif',
      },
      hints: {
        ticketRef: 'Le ticket d’assistance de cet appel, p. ex. TCK-2024-0042',
        identityCheckNote: 'Ce que l’appelant a prouvé, et comment',
        reason: 'Ce que l’appelant demande et pourquoi l’adresse principale n’est plus utilisable',
      },
      rules: {
        ticketRef: 'Saisissez la référence du ticket : 3 à 64 lettres, chiffres ou # _ - . /',
        identityCheck: 'Choisissez comment l’identité de l’appelant a été vérifiée',
        identityCheckNote: 'Décrivez comment l’identité a été vérifiée (au moins 3 caractères)',
        reason: 'Expliquez pourquoi, en 5 à 2 000 caractères',
        overrideReason: 'Expliquez pourquoi vous passez outre le verrou, en 5 à 2 000 caractères',
      },
      confirm: 'J’ai vérifié l’identité de l’appelant et je comprends que l’ancienne adresse ne recevra plus de messages',
      submit: 'Promouvoir',
      submitting: 'Promotion…',
      done: 'E-mail de secours promu : %{address} est désormais l’adresse principale. Les deux messages sont en file d’envoi.',
      reload: 'Recharger le compte',
      discard_title: 'Abandonner la saisie ?',
      discard_content: 'La référence du ticket et le motif saisis seront perdus.',
      discard: 'Abandonner',
      keep_editing: 'Continuer la saisie',
    },
  },
};
