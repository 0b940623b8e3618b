// Labels of the flag screens and of the customer page's flag actions; merged by i18n/index.ts.
export const en = {
  resources: {
    flags: {
      name: 'Flag |||| Flags',
      fields: {
        id: 'No.',
        customerId: 'Account',
        nicHandle: 'Account',
        rule: 'Rule',
        kind: 'Reported',
        severity: 'Severity',
        status: 'Status',
        resolution: 'Outcome',
        assigneeName: 'Assignee',
        assigneeId: 'Assignee',
        summary: 'What was seen',
        ticketRef: 'Ticket',
        raisedAt: 'Raised',
        raisedByName: 'Raised by',
        lastEvidenceAt: 'Latest evidence',
        isActive: 'Open or investigating',
        note: 'Note',
      },
    },
  },
  guichet: {
    summary: {
      open_flags: '%{smart_count} open flag, %{severity} |||| %{smart_count} open flags, most severe %{severity}',
    },
    flags: {
      summary: {
        new_country_device:
          'Unknown device from a country not seen in the last %{days} days (%{countries}): %{smart_count} login, %{succeeded} successful. |||| Unknown device from a country not seen in the last %{days} days (%{countries}): %{smart_count} logins, %{succeeded} successful.',
        failed_login_burst:
          '%{smart_count} failed logins with at least %{failures} within %{minutes} minutes (%{countries}). |||| %{smart_count} failed logins with at least %{failures} within %{minutes} minutes (%{countries}).',
        impossible_travel: 'Successful logins %{km} km apart, %{speed} (limit %{limit} km/h).',
        email_change_after_unknown_login:
          'E-mail changed (%{cause}) within %{hours} hours after a successful login from an unknown device. |||| E-mail changed (%{cause}) within %{hours} hours after %{smart_count} successful logins from an unknown device.',
        same_instant: 'at the same instant',
        cause: { backup_promotion: 'backup e-mail promoted', claim_applied: 'mailed claim applied' },
      },
      title: 'Flag #%{id}',
      automatic: 'Raised by the detection rules',
      evidence: 'Evidence: login events',
      no_evidence: 'No login event is linked (raised by hand).',
      notes: 'Notes',
      no_notes: 'No note yet.',
      add_note: 'Add note',
      note_added: 'Note added.',
      triage: 'Triage',
      triage_title: 'Triage flag #%{id}',
      triaged: 'The flag is being investigated.',
      resolve: 'Resolve',
      resolve_title: 'Resolve flag #%{id}',
      resolved: 'The flag is resolved.',
      raise: 'Raise a flag',
      raise_title: 'Raise a flag on %{handle}',
      raise_intro: 'For a caller who reports something they do not recognise (a login notification, a change).',
      raised: 'Flag raised.',
      security_advice: 'Send security advice',
      security_advice_title: 'Send the security advice to %{handle}',
      security_advice_intro: 'The customer receives, in their language, the guide’s advice: change the password now and enable two-factor authentication.',
      security_advice_sent: 'Security advice queued for the customer.',
      no_flags: 'No flag on this account.',
      open_high_banner: 'Open high-severity flag #%{id}: sensitive actions are locked (a lead may override with a reason).',
      see_flag: 'See the flag',
      unassigned: 'Unassigned',
    },
    dashboard: {
      tiles: {
        flags: {
          raised_by_me: { title: 'Open flags I raised' },
          queue: { title: 'Open flags by severity', stale: 'Open for over a week' },
        },
      },
    },
    lock_override: {
      label: 'Override reason (lead)',
      hint: 'You are passing a lock: say why. The override is recorded in the audit log.',
    },
  },
};

export const fr: typeof en = {
  resources: {
    flags: {
      name: 'Signalement |||| Signalements',
      fields: {
        id: 'N°',
        customerId: 'Compte',
        nicHandle: 'Compte',
        rule: 'Règle',
        kind: 'Signalé',
        severity: 'Gravité',
        status: 'Statut',
        resolution: 'Issue',
        assigneeName: 'Responsable',
        assigneeId: 'Responsable',
        summary: 'Ce qui a été vu',
        ticketRef: 'Ticket',
        raisedAt: 'Ouvert le',
        raisedByName: 'Ouvert par',
        lastEvidenceAt: 'Dernier indice',
        isActive: 'Ouverts ou en cours',
        note: 'Note',
      },
    },
  },
  guichet: {
    summary: {
      open_flags: '%{smart_count} signalement ouvert, %{severity} |||| %{smart_count} signalements ouverts, le plus grave : %{severity}',
    },
    flags: {
      summary: {
        new_country_device:
          'Appareil inconnu depuis un pays jamais vu ces %{days} derniers jours (%{countries}) : %{smart_count} connexion, %{succeeded} réussie(s). |||| Appareil inconnu depuis un pays jamais vu ces %{days} derniers jours (%{countries}) : %{smart_count} connexions, %{succeeded} réussie(s).',
        failed_login_burst:
          '%{smart_count} échec de connexion, au moins %{failures} en %{minutes} minutes (%{countries}). |||| %{smart_count} échecs de connexion, dont au moins %{failures} en %{minutes} minutes (%{countries}).',
        impossible_travel: 'Connexions réussies à %{km} km l’une de l’autre, %{speed} (limite %{limit} km/h).',
        email_change_after_unknown_login:
          'E-mail modifié (%{cause}) moins de %{hours} heures après une connexion réussie depuis un appareil inconnu. |||| E-mail modifié (%{cause}) moins de %{hours} heures après %{smart_count} connexions réussies depuis un appareil inconnu.',
        same_instant: 'au même instant',
        cause: { backup_promotion: 'e-mail de secours promu', claim_applied: 'demande postale appliquée' },
      },
      title: 'Signalement n° %{id}',
      automatic: 'Ouvert par les règles de détection',
      evidence: 'Indices : connexions',
      no_evidence: 'Aucune connexion liée (ouvert à la main).',
      notes: 'Notes',
      no_notes: 'Pas encore de note.',
      add_note: 'Ajouter une note',
      note_added: 'Note ajoutée.',
      triage: 'Prendre en charge',
      triage_title: 'Prendre en charge le signalement n° %{id}',
      triaged: 'Le signalement est en cours d’analyse.',
      resolve: 'Clore',
      resolve_title: 'Clore le signalement n° %{id}',
      resolved: 'Le signalement est clos.',
      raise: 'Ouvrir un signalement',
      raise_title: 'Ouvrir un signalement sur %{handle}',
      raise_intro: 'Pour un client qui signale quelque chose qu’il ne reconnaît pas (notification de connexion, modification).',
      raised: 'Signalement ouvert.',
      security_advice: 'Envoyer les conseils de sécurité',
      security_advice_title: 'Envoyer les conseils de sécurité à %{handle}',
      security_advice_intro:
        'Le client reçoit, dans sa langue, les conseils du guide : modifier immédiatement son mot de passe et activer la double authentification.',
      security_advice_sent: 'Conseils de sécurité envoyés au client.',
      no_flags: 'Aucun signalement sur ce compte.',
      open_high_banner: 'Signalement grave n° %{id} ouvert : les actions sensibles sont verrouillées (un responsable peut passer outre en motivant).',
      see_flag: 'Voir le signalement',
      unassigned: 'Non attribué',
    },
    dashboard: {
      tiles: {
        flags: {
          raised_by_me: { title: 'Mes signalements ouverts' },
          queue: { title: 'Signalements ouverts par gravité', stale: 'Ouverts depuis plus d’une semaine' },
        },
      },
    },
    lock_override: {
      label: 'Motif du passage outre (responsable)',
      hint: 'Vous passez outre un verrou : dites pourquoi. Ce passage est inscrit au journal d’audit.',
    },
  },
};
