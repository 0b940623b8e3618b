import type { GuichetMessages } from './en';

export const fr: GuichetMessages = {
  guichet: {
    load_error: 'Impossible de charger cette liste : %{message}',
    appName: 'Guichet',
    tagline: 'Console du support client',
    auth: {
      email: 'E-mail',
      password: 'Mot de passe',
      sign_in: 'Se connecter',
      signing_in: 'Connexion…',
      failed: 'Échec de la connexion',
      session_ended: 'Votre session a expiré. Veuillez vous reconnecter.',
    },
    reauth: {
      title: 'Confirmez votre identité',
      intro_password: 'Cette action demande une confirmation récente. Saisissez votre mot de passe pour continuer.',
      intro_code: 'Cette action demande une confirmation récente. Saisissez le code de votre application d’authentification pour continuer.',
      code: 'Code d’authentification',
      confirm: 'Confirmer',
    },
    user_menu: 'Profil : %{name}',
    time_zone: {
      menu: 'Fuseau horaire',
      title: 'Fuseau horaire des dates affichées',
      label: 'Fuseau horaire',
      hint: 'Toutes les dates et heures de la console sont affichées dans ce fuseau, avec son nom. Conservé dans ce navigateur.',
    },
    quick_find: {
      label: 'Recherche rapide',
      placeholder: 'Identifiant, code client, e-mail…',
      searching: 'Recherche en cours…',
      shortcut_hint: 'Appuyez sur / ou %{shortcut} depuis n’importe quel écran pour revenir ici',
      network_error: 'Le serveur est injoignable : vérifiez la connexion, puis appuyez de nouveau sur Entrée.',
    },
    dashboard: {
      welcome: 'Bonjour, %{name}',
      quick_find_hint:
        'Saisissez un identifiant client, un code client ou un e-mail dans « Recherche rapide » en haut (ou appuyez sur / depuis n’importe quel écran) puis sur Entrée : une correspondance exacte ouvre le compte, sinon la liste des clients est filtrée.',
      example: 'Essayez avec le compte du guide : ',
      roles: {
        agent: "Vous traitez les appels et les tickets : retrouvez le compte de l'appelant et tout ce qui le concerne sur une seule page.",
        lead: "Vous traitez les appels difficiles : trouver le compte de l'appelant, tout vérifier sur une seule page, agir.",
        compliance: 'Vous consultez les comptes clients pour répondre de la façon dont leurs données sont traitées.',
        admin: "Vous gérez les comptes et les rôles de l'équipe. Les données clients ne sont pas montrées aux administrateurs.",
      },
      open_customers: 'Parcourir les clients',
      open_staff: "Gérer l'équipe",
    },
    server_errors: {
      auth: {
        reauth_failed: 'Ce mot de passe ou ce code n’est pas correct ; réessayez.',
        reauth_required: 'Confirmez votre identité avant cette action.',
        invalid_credentials: 'E-mail ou mot de passe incorrect. Après plusieurs échecs, attendez quelques minutes avant de réessayer.',
        rate_limited: 'Trop d’échecs de connexion depuis cette adresse ; attendez quelques minutes puis réessayez.',
        forbidden: 'Votre rôle ne permet pas cette action.',
        required: 'Votre session a expiré. Veuillez vous reconnecter.',
        csrf: 'Cette page n’est plus à jour : rechargez-la, puis réessayez.',
        bad_origin: 'Cette requête ne vient pas de la console : rechargez la page, puis réessayez.',
      },
      customers: {
        not_found: 'Aucun client avec cet identifiant.',
        no_exact_match: 'Aucun compte ne correspond exactement.',
      },
      network: 'Le serveur est injoignable : vérifiez la connexion, puis réessayez.',
      backup_email: {
        no_backup: 'Aucun e-mail de secours enregistré.',
        account_erased: 'Ce compte a été effacé.',
      },
      request: {
        stale_version: "Quelqu'un a modifié ce compte depuis que vous l'avez ouvert. Rechargez-le, vérifiez de nouveau les deux adresses, puis confirmez.",
      },
      messages: {
        not_retryable: "Seul un message dont l'envoi a échoué peut être renvoyé.",
      },
    },
    enums: {
      state: { active: 'Actif', suspended: 'Suspendu', erased: 'Effacé' },
      legalForm: {
        individual: 'Particulier',
        company: 'Entreprise',
        association: 'Association',
        public_body: 'Organisme public',
      },
      twoFactor: { sms: 'SMS', totp: "Application d'authentification", security_key: 'Clé de sécurité' },
      serviceKind: {
        domain: 'Nom de domaine',
        web_hosting: 'Hébergement web',
        vps: 'VPS',
        dedicated_server: 'Serveur dédié',
        email_pro: 'E-mail Pro',
        public_cloud: 'Public Cloud',
      },
      serviceStatus: { active: 'Actif', suspended: 'Suspendu', expired: 'Expiré', terminated: 'Résilié' },
      invoiceStatus: { paid: 'Payée', unpaid: 'Impayée' },
      orderStatus: { pending: 'En attente', paid: 'Payée', cancelled: 'Annulée' },
      rights: { read: 'Lecture', write: 'Lecture et écriture' },
      loginResult: { success: 'Réussie', wrong_password: 'Mot de passe erroné', twofa_failed: 'Échec 2FA' },
      slot: { primary: 'Principal', backup: 'Secours' },
      cause: {
        signup: 'Inscription',
        customer: 'Client',
        promotion: 'Promotion du secours',
        claim: 'Demande postale',
        erasure: 'Effacement',
      },
      messageStatus: { queued: 'En file', sent: 'Envoyé', failed: 'Échec' },
      identityCheck: {
        security_questions: 'Réponses aux questions de sécurité',
        callback_on_file_phone: 'Rappel au numéro de téléphone enregistré',
        sms_code_to_phone: 'Code envoyé par SMS au téléphone enregistré',
        id_document_video: "Pièce d'identité montrée en visioconférence",
        other: 'Autre (à décrire)',
      },
      role: { agent: 'Agent', lead: "Responsable d'équipe", compliance: 'Conformité', admin: 'Administrateur' },
    },
  },
};
