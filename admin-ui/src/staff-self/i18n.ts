// Labels of the sign-in code step and of the authenticator app set-up (My account).
export const en = {
  guichet: {
    auth: {
      code: 'Authenticator code',
      code_intro: 'Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.',
      start_over: 'Use another account',
    },
    two_factor: {
      title: 'Authenticator app (two-step sign-in)',
      required: 'Your organisation requires an authenticator app. Set it up to start using the console.',
      off: 'Not set up. With it, signing in and confirming dangerous actions ask for a code from your phone.',
      on: 'On since %{when}. Recovery codes left: %{count}.',
      set_up: 'Set up an authenticator app',
      scan: '1. Scan this QR code with your authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…).',
      qr_alt: 'QR code to scan with an authenticator app',
      or_type: 'Or type this key into the app:',
      enter_code: '2. Enter the 6-digit code the app now shows.',
      confirm: 'Confirm',
      recovery_title: 'Your recovery codes',
      recovery_intro:
        'Save these codes now (print them or keep them in a password manager): they are shown only this once. Each one signs you in once in place of a code if you lose your phone.',
      saved: 'I have saved them',
      new_codes: 'New recovery codes',
      enrolled: 'Your authenticator app is set up.',
    },
    server_errors: {
      auth: {
        code_required: 'Enter the code from your authenticator app.',
        invalid_code: 'That code is not right, or was already used. Enter the code now shown, or a recovery code.',
        two_factor_enrolment_required: 'Set up your authenticator app (My account) before using the console.',
      },
      two_factor: {
        wrong_code: 'That code is not right: check the clock of your phone and enter the code now shown.',
        already_enrolled: 'An authenticator app is already set up for you; an administrator can reset it if you lost it.',
        not_started: 'Start the set-up again: no authenticator app is waiting for its first code.',
      },
    },
  },
};

export const fr: typeof en = {
  guichet: {
    auth: {
      code: 'Code d’authentification',
      code_intro: 'Saisissez le code à 6 chiffres que votre application d’authentification affiche, ou l’un de vos codes de secours.',
      start_over: 'Utiliser un autre compte',
    },
    two_factor: {
      title: 'Application d’authentification (connexion en deux étapes)',
      required: 'Votre organisation exige une application d’authentification. Configurez-la pour commencer à utiliser la console.',
      off: 'Non configurée. Une fois configurée, la connexion et la confirmation des actions sensibles demandent un code de votre téléphone.',
      on: 'Activée depuis le %{when}. Codes de secours restants : %{count}.',
      set_up: 'Configurer une application d’authentification',
      scan: '1. Scannez ce QR code avec votre application d’authentification (Google Authenticator, Microsoft Authenticator, FreeOTP…).',
      qr_alt: 'QR code à scanner avec une application d’authentification',
      or_type: 'Ou saisissez cette clé dans l’application :',
      enter_code: '2. Saisissez le code à 6 chiffres que l’application affiche maintenant.',
      confirm: 'Confirmer',
      recovery_title: 'Vos codes de secours',
      recovery_intro:
        'Conservez ces codes maintenant (imprimez-les ou gardez-les dans un gestionnaire de mots de passe) : ils ne sont affichés que cette fois. Chacun remplace une fois un code si vous perdez votre téléphone.',
      saved: 'Je les ai conservés',
      new_codes: 'Nouveaux codes de secours',
      enrolled: 'Votre application d’authentification est configurée.',
    },
    server_errors: {
      auth: {
        code_required: 'Saisissez le code de votre application d’authentification.',
        invalid_code: 'Ce code est incorrect ou a déjà servi. Saisissez le code affiché maintenant, ou un code de secours.',
        two_factor_enrolment_required: 'Configurez votre application d’authentification (Mon compte) avant d’utiliser la console.',
      },
      two_factor: {
        wrong_code: 'Ce code est incorrect : vérifiez l’heure de votre téléphone et saisissez le code affiché maintenant.',
        already_enrolled: 'Une application d’authentification est déjà configurée pour vous ; un administrateur peut la réinitialiser si vous l’avez perdue.',
        not_started: 'Recommencez la configuration : aucune application d’authentification n’attend son premier code.',
      },
    },
  },
};
