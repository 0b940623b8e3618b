import type { emailChangeCauses, emailSlots, loginResults } from '../../../db/schema/activity';
import type { invoiceStatuses, orderStatuses } from '../../../db/schema/billing';
import type { CustomerState, LegalForm, serviceKinds, serviceStatuses, subUserRights, TwoFactorMethod } from '../../../db/schema/customers';
import type { MessageStatus } from '../../../db/schema/messages';
import type { StaffRole } from '../../../db/schema/staff';
import type { identityChecks } from '../../../server/modules/backup-email/backup-email.schemas';

/** One label per value of a server enum: a value added on the server fails to compile here until labelled. */
type Labels<Value extends string> = Record<Value, string>;

// Labels shared by every screen (sign-in, app bar, dashboard, server errors, enum values). Each
// resource owns its own labels in resources/<name>/i18n.ts; i18n/index.ts merges them.
// fr.ts must have exactly the same keys (its type checks that).
export const en = {
  guichet: {
    load_error: 'Could not load this list: %{message}',
    device: { on: '%{browser} on %{system}', app: '%{name} app' },
    list: {
      past_the_end_of: 'Page %{page} is past the end: this list has %{results} on %{pages}.',
      results: '%{smart_count} result |||| %{smart_count} results',
      pages: 'one page |||| %{smart_count} pages',
      past_the_end: 'Page %{page} is past the end of this list.',
      go_to_last_page: 'Go to the last page (%{page})',
      go_to_first_page: 'Go to page 1',
    },
    appName: 'Guichet',
    tagline: 'Customer support console',
    auth: {
      email: 'E-mail',
      password: 'Password',
      sign_in: 'Sign in',
      signing_in: 'Signing in…',
      failed: 'Sign-in failed',
      session_ended: 'Your session has ended. Please sign in again.',
    },
    reauth: {
      title: 'Confirm it is you',
      intro_password: 'This action needs a recent confirmation. Enter your password to continue.',
      intro_code: 'This action needs a recent confirmation. Enter the code from your authenticator app to continue.',
      code: 'Authenticator code',
      confirm: 'Confirm',
    },
    user_menu: 'Profile: %{name}',
    time_zone: {
      menu: 'Time zone',
      title: 'Time zone of the dates shown',
      label: 'Time zone',
      hint: 'Every date and time in the console is shown in this zone, with its name. Kept in this browser.',
    },
    quick_find: {
      label: 'Quick find',
      placeholder: 'Handle, customer code, e-mail…',
      searching: 'Searching…',
      shortcut_hint: 'Press / or %{shortcut} from anywhere to come back here',
      network_error: 'The server could not be reached: check the connection, then press Enter again.',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      quick_find_hint:
        'Type a NIC-handle, a customer code or an e-mail in "Quick find" at the top (or press / from anywhere) and press Enter: an exact match opens the account, anything else searches the customer list.',
      example: "Try it with the guide's own account: ",
      roles: {
        agent: "You handle calls and tickets: find the caller's account, check everything about it on one page.",
        lead: "You handle escalated calls: find the caller's account, check everything about it on one page, act on it.",
        compliance: "You look up customers' accounts to answer for how their data is handled.",
        admin: 'You manage staff accounts and roles. Customer data is not shown to administrators.',
      },
      open_customers: 'Browse customers',
      open_staff: 'Manage staff',
    },
    // Server refusals by code (the server's English message is shown when a code is not here).
    server_errors: {
      auth: {
        reauth_failed: 'That password or code is not right; try again.',
        reauth_required: 'Confirm it is you before this action.',
        invalid_credentials: 'Wrong e-mail or password. After several failed tries, wait a few minutes before the next one.',
        rate_limited: 'Too many failed sign-ins from this address; wait a few minutes and try again.',
        forbidden: 'Your role does not allow this.',
        required: 'Your session has ended. Please sign in again.',
        csrf: 'This page is out of date: reload it, then try again.',
        bad_origin: 'This request did not come from the console: reload it, then try again.',
      },
      customers: {
        not_found: 'No customer with this id.',
        no_exact_match: 'No account matches exactly.',
      },
      network: 'The server could not be reached: check the connection, then try again.',
      backup_email: {
        no_backup: 'No backup e-mail on file.',
        account_erased: 'This account has been erased.',
      },
      request: {
        stale_version: 'Someone changed this account since you opened it. Reload it, check both addresses again, then confirm.',
      },
      messages: {
        not_retryable: 'Only a message that failed to send can be retried.',
      },
    },
    enums: {
      flagSeverity: { low: 'Low', medium: 'Medium', high: 'High' },
      flagStatus: { open: 'Open', investigating: 'Investigating', resolved: 'Resolved' },
      flagRule: {
        new_country_device: 'Unknown device, new country',
        failed_login_burst: 'Burst of failed logins',
        impossible_travel: 'Impossible travel',
        email_change_after_unknown_login: 'E-mail change after unknown login',
        manual: 'Reported by the customer',
      },
      flagResolution: { confirmed_fraud: 'Confirmed fraud', false_positive: 'False positive', customer_secured: 'Customer secured' },
      flagKind: {
        unrecognised_login_notification: 'Login notification not recognised',
        unrecognised_change: 'Change not made by the customer',
        suspicious_contact: 'Suspicious contact',
        other: 'Other',
      },
      state: { active: 'Active', suspended: 'Suspended', erased: 'Erased' } satisfies Labels<CustomerState>,
      legalForm: {
        individual: 'Individual',
        company: 'Company',
        association: 'Association',
        public_body: 'Public body',
      } satisfies Labels<LegalForm>,
      twoFactor: { sms: 'SMS', totp: 'Authenticator app', security_key: 'Security key' } satisfies Labels<TwoFactorMethod>,
      serviceKind: {
        domain: 'Domain',
        web_hosting: 'Web hosting',
        vps: 'VPS',
        dedicated_server: 'Dedicated server',
        email_pro: 'E-mail Pro',
        public_cloud: 'Public Cloud',
      } satisfies Labels<(typeof serviceKinds)[number]>,
      serviceStatus: { active: 'Active', suspended: 'Suspended', expired: 'Expired', terminated: 'Terminated' } satisfies Labels<
        (typeof serviceStatuses)[number]
      >,
      invoiceStatus: { paid: 'Paid', unpaid: 'Unpaid' } satisfies Labels<(typeof invoiceStatuses)[number]>,
      orderStatus: { pending: 'Pending', paid: 'Paid', cancelled: 'Cancelled' } satisfies Labels<(typeof orderStatuses)[number]>,
      rights: { read: 'Read', write: 'Read & write' } satisfies Labels<(typeof subUserRights)[number]>,
      loginResult: { success: 'Success', wrong_password: 'Wrong password', twofa_failed: '2FA failed' } satisfies Labels<(typeof loginResults)[number]>,
      slot: { primary: 'Primary', backup: 'Backup' } satisfies Labels<(typeof emailSlots)[number]>,
      cause: {
        signup: 'Sign-up',
        customer: 'Customer',
        promotion: 'Backup promotion',
        claim: 'Postal claim',
        erasure: 'Erasure',
      } satisfies Labels<(typeof emailChangeCauses)[number]>,
      messageStatus: { queued: 'Queued', sent: 'Sent', failed: 'Failed' } satisfies Labels<MessageStatus>,
      identityCheck: {
        security_questions: 'Security questions answered',
        callback_on_file_phone: 'Called back on the phone number on file',
        sms_code_to_phone: 'Code sent by SMS to the phone on file',
        id_document_video: 'ID document shown on video call',
        other: 'Other (describe)',
      } satisfies Labels<(typeof identityChecks)[number]>,
      role: { agent: 'Agent', lead: 'Team lead', compliance: 'Compliance', admin: 'Administrator' } satisfies Labels<StaffRole>,
    },
  },
};

export type GuichetMessages = typeof en;
