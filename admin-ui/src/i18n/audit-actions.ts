// Every audit action as words (`guichet.audit.actions.<module>.<verb>`), for the audit log, the
// record histories, the review queue and a message's cause: no screen shows `backup-email.promote`.
// GDPR's own actions are labelled with its screens (resources/gdpr-requests/i18n.ts).
// test/code-labels.test.ts fails when a server module records an action that has no label.
export const en = {
  guichet: {
    audit: {
      actions: {
        audit: {
          export: 'Exported the audit log',
          reveal: 'Revealed personal values',
          review: 'Reviewed an action',
          checkpoint: 'Signed a checkpoint',
          checkpoint_export: 'Exported a checkpoint',
        },
        auth: {
          login: 'Signed in',
          logout: 'Signed out',
          login_failed: 'Failed sign-in',
          password_changed: 'Changed their password',
          reauth_failed: 'Failed to confirm their identity',
          reauthenticated: 'Confirmed their identity',
          session_ended: 'Ended a session',
        },
        'backup-email': { promote: 'Promoted the backup e-mail' },
        customers: { promote_backup_email: 'Promoted the backup e-mail', send_security_advice: 'Sent security advice' },
        claim_documents: {
          upload: 'Added claim documents',
          view: 'Viewed a claim document',
          download: 'Downloaded a claim document',
          purge: 'Purged old claim documents',
        },
        claim_letters: { retry: 'Retried a claim letter' },
        'email-claims': { apply: 'Applied an e-mail claim' },
        email_claims: {
          record: 'Recorded a mailed claim',
          match: 'Matched a claim to an account',
          start_review: 'Started reviewing a claim',
          request_documents: 'Asked for claim documents',
          decide_document: 'Decided on a claim document',
          upload: 'Added claim documents',
          approve: 'Approved a claim',
          reject: 'Rejected a claim',
          object: 'Recorded an objection to a claim',
          apply: 'Applied an e-mail claim',
        },
        flags: {
          raise: 'Raised a flag',
          triage: 'Triaged a flag',
          note: 'Added a note to a flag',
          resolve: 'Resolved a flag',
          detect: 'Detected suspicious activity',
          detect_all: 'Scanned for suspicious activity',
        },
        login_events: { ingest: 'Received sign-in events' },
        messages: { retry: 'Re-queued an e-mail' },
        staff: {
          create: 'Created a staff account',
          update: 'Changed a staff account',
          unlock: 'Unlocked a staff account',
          password_set: 'Set a password through a link',
          password_reset: 'Reset a staff password',
          two_factor_reset: "Reset a staff member's 2FA",
        },
        staff_approvals: { approve: 'Approved a staff request', reject: 'Rejected a staff request' },
        two_factor: {
          enrolment_started: 'Started setting up an authenticator app',
          enrolled: 'Set up an authenticator app',
          recovery_codes_replaced: 'Replaced their recovery codes',
        },
      },
    },
  },
};

export const fr: typeof en = {
  guichet: {
    audit: {
      actions: {
        audit: {
          export: 'A exporté le journal d’audit',
          reveal: 'A révélé des données personnelles',
          review: 'A contrôlé une action',
          checkpoint: 'A signé un point de contrôle',
          checkpoint_export: 'A exporté un point de contrôle',
        },
        auth: {
          login: 'Connexion',
          logout: 'Déconnexion',
          login_failed: 'Connexion refusée',
          password_changed: 'A changé son mot de passe',
          reauth_failed: 'N’a pas confirmé son identité',
          reauthenticated: 'A confirmé son identité',
          session_ended: 'A fermé une session',
        },
        'backup-email': { promote: 'A promu l’adresse de secours' },
        customers: { promote_backup_email: 'A promu l’adresse de secours', send_security_advice: 'A envoyé des conseils de sécurité' },
        claim_documents: {
          upload: 'A ajouté des pièces à une demande',
          view: 'A consulté une pièce d’une demande',
          download: 'A téléchargé une pièce d’une demande',
          purge: 'A purgé les anciennes pièces',
        },
        claim_letters: { retry: 'A relancé le courrier d’une demande' },
        'email-claims': { apply: 'A appliqué une demande de changement d’e-mail' },
        email_claims: {
          record: 'A enregistré une demande postale',
          match: 'A rattaché une demande à un compte',
          start_review: 'A commencé l’examen d’une demande',
          request_documents: 'A demandé des pièces',
          decide_document: 'A statué sur une pièce',
          upload: 'A ajouté des pièces à une demande',
          approve: 'A approuvé une demande',
          reject: 'A rejeté une demande',
          object: 'A enregistré une opposition',
          apply: 'A appliqué une demande de changement d’e-mail',
        },
        flags: {
          raise: 'A ouvert un signalement',
          triage: 'A trié un signalement',
          note: 'A annoté un signalement',
          resolve: 'A clos un signalement',
          detect: 'Activité suspecte détectée',
          detect_all: 'Recherche d’activité suspecte',
        },
        login_events: { ingest: 'Événements de connexion reçus' },
        messages: { retry: 'A relancé un e-mail' },
        staff: {
          create: 'A créé un compte du personnel',
          update: 'A modifié un compte du personnel',
          unlock: 'A débloqué un compte du personnel',
          password_set: 'A défini un mot de passe par un lien',
          password_reset: 'A réinitialisé un mot de passe du personnel',
          two_factor_reset: 'A réinitialisé la 2FA d’un membre du personnel',
        },
        staff_approvals: { approve: 'A approuvé une demande du personnel', reject: 'A rejeté une demande du personnel' },
        two_factor: {
          enrolment_started: 'A commencé à configurer une application d’authentification',
          enrolled: 'A configuré une application d’authentification',
          recovery_codes_replaced: 'A remplacé ses codes de secours',
        },
      },
    },
  },
};
