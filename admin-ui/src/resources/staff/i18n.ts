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
        lockedUntil: 'Waiting after failed sign-ins',
        failedLogins: 'Failed sign-ins',
        twoFactorEnabled: 'Authenticator app',
        pendingApprovals: 'Awaiting approval',
        createdAt: 'Created',
      },
    },
    'staff-approvals': {
      name: 'Approval |||| Approvals',
      fields: {
        staffDisplayName: 'Staff member',
        staffEmail: 'E-mail',
        currentRole: 'Current role',
        kind: 'Request',
        role: 'Role asked for',
        status: 'Status',
        requestedByName: 'Asked by',
        requestedAt: 'Asked on',
        decidedByName: 'Decided by',
        decidedAt: 'Decided on',
      },
    },
  },
  guichet: {
    staff: {
      locked: 'waiting',
      no_password_yet: 'invitation not used yet',
      create_hint:
        'The person chooses their own password through a one-time link. For a role that reads customer data (agent, lead, compliance), a team lead or compliance officer must approve first.',
      pending: { 'role-grant': 'role grant', 'password-reset': 'password reset', 'two-factor-reset': '2FA reset' },
      actions: {
        reset_password: 'Send a password reset link',
        reset_two_factor: 'Reset the authenticator app',
        unlock: 'Unlock sign-in',
      },
      done: {
        approval_requested: 'Request recorded: a team lead or compliance officer must approve it (Approvals).',
        unlocked: 'Sign-in unlocked: every address may try again now.',
        two_factor_reset: 'The authenticator app was reset: the person enrols again at next sign-in.',
        saved: 'Saved.',
      },
      link: {
        title: 'One-time link for %{name}',
        mailed: 'The link was also sent by e-mail to %{email}.',
        not_mailed: 'No mail server is configured: hand this link to the person yourself, through a channel only they read.',
        once: 'This link is shown only now. It works once, until %{until}. Nobody but the person should open it.',
        copy: 'Copy the link',
        copied: 'Copied',
      },
    },
    approvals: {
      approve: 'Approve',
      reject: 'Reject',
      approved: 'Approved.',
      approved_mailed: 'Approved: the one-time link was e-mailed to the person.',
      rejected: 'Rejected.',
      kinds: { 'role-grant': 'Role grant', 'password-reset': 'Password reset', 'two-factor-reset': 'Authenticator reset' },
      statuses: { pending: 'pending', approved: 'approved', rejected: 'rejected' },
    },
    set_password: {
      title: 'Choose your password',
      intro: 'At least 12 characters. A sentence of several words is easy to remember and hard to guess.',
      password: 'New password',
      confirm: 'Type it again',
      mismatch: 'The two passwords differ',
      submit: 'Set my password',
      done: 'Your password is set. You can sign in now.',
      sign_in: 'Go to sign-in',
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
        lockedUntil: 'Attente après échecs de connexion',
        failedLogins: 'Échecs de connexion',
        twoFactorEnabled: "Application d'authentification",
        pendingApprovals: 'En attente d’approbation',
        createdAt: 'Créé le',
      },
    },
    'staff-approvals': {
      name: 'Approbation |||| Approbations',
      fields: {
        staffDisplayName: 'Employé',
        staffEmail: 'E-mail',
        currentRole: 'Rôle actuel',
        kind: 'Demande',
        role: 'Rôle demandé',
        status: 'Statut',
        requestedByName: 'Demandé par',
        requestedAt: 'Demandé le',
        decidedByName: 'Décidé par',
        decidedAt: 'Décidé le',
      },
    },
  },
  guichet: {
    staff: {
      locked: 'en attente',
      no_password_yet: 'invitation pas encore utilisée',
      create_hint:
        'La personne choisit elle-même son mot de passe grâce à un lien à usage unique. Pour un rôle qui voit les données clients (agent, responsable, conformité), un responsable d’équipe ou un responsable conformité doit d’abord approuver.',
      pending: { 'role-grant': 'attribution de rôle', 'password-reset': 'réinitialisation du mot de passe', 'two-factor-reset': 'réinitialisation 2FA' },
      actions: {
        reset_password: 'Envoyer un lien de réinitialisation',
        reset_two_factor: "Réinitialiser l'application d'authentification",
        unlock: 'Débloquer la connexion',
      },
      done: {
        approval_requested: 'Demande enregistrée : un responsable d’équipe ou un responsable conformité doit l’approuver (Approbations).',
        unlocked: 'Connexion débloquée : toutes les adresses peuvent réessayer maintenant.',
        two_factor_reset: "L'application d'authentification est réinitialisée : la personne l’enregistrera à nouveau à sa prochaine connexion.",
        saved: 'Enregistré.',
      },
      link: {
        title: 'Lien à usage unique pour %{name}',
        mailed: 'Le lien a aussi été envoyé par e-mail à %{email}.',
        not_mailed: 'Aucun serveur de messagerie n’est configuré : remettez vous-même ce lien à la personne, par un canal qu’elle seule lit.',
        once: 'Ce lien n’est affiché que maintenant. Il fonctionne une fois, jusqu’au %{until}. Seule la personne doit l’ouvrir.',
        copy: 'Copier le lien',
        copied: 'Copié',
      },
    },
    approvals: {
      approve: 'Approuver',
      reject: 'Refuser',
      approved: 'Approuvé.',
      approved_mailed: 'Approuvé : le lien à usage unique a été envoyé par e-mail à la personne.',
      rejected: 'Refusé.',
      kinds: { 'role-grant': 'Attribution de rôle', 'password-reset': 'Réinitialisation du mot de passe', 'two-factor-reset': 'Réinitialisation 2FA' },
      statuses: { pending: 'en attente', approved: 'approuvée', rejected: 'refusée' },
    },
    set_password: {
      title: 'Choisissez votre mot de passe',
      intro: 'Au moins 12 caractères. Une phrase de plusieurs mots se retient facilement et se devine difficilement.',
      password: 'Nouveau mot de passe',
      confirm: 'Saisissez-le à nouveau',
      mismatch: 'Les deux mots de passe diffèrent',
      submit: 'Enregistrer mon mot de passe',
      done: 'Votre mot de passe est enregistré. Vous pouvez vous connecter.',
      sign_in: 'Aller à la connexion',
    },
  },
};
