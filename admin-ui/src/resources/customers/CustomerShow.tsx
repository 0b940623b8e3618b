import { Show, TabbedShowLayout, TabbedShowLayoutTabs, useCanAccess, useRecordContext } from 'react-admin';
import { RecordHistory } from '../audit-log/RecordHistory';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';
import { CustomerBanners, CustomerHeader } from './CustomerHeader';
import { CustomerLoadProblem } from './CustomerLoadProblem';
import { BillingTab } from './tabs/BillingTab';
import { EmailHistoryTab } from './tabs/EmailHistoryTab';
import { IdentityTab } from './tabs/IdentityTab';
import { FlagsTab } from './tabs/FlagsTab';
import { LoginEventsTab } from './tabs/LoginEventsTab';
import { MessagesTab } from './tabs/MessagesTab';
import { ClaimsTab } from '../email-claims/ClaimsTab';
import { GdprTab } from '../gdpr-requests/GdprTab';
import { SummaryStrip } from './summary/SummaryStrip';
import { ServicesTab } from './tabs/ServicesTab';
import { SubUsersTab } from './tabs/SubUsersTab';
import { TwoFactorTab } from './tabs/TwoFactorTab';

/** Distinguishes the page's getOne cache entry from the list rows react-admin copies into the cache. */
const fullCustomerRecord = { view: 'full' } as const;

function CustomerTitle() {
  const customer = useRecordContext<Customer>();
  return <>{customer ? `${customer.nicHandle} — ${customer.displayName}` : ''}</>;
}

const Tab = TabbedShowLayout.Tab;

/** The account's audit entries (SPEC §4.7), for the roles that read the audit log. */
function CustomerHistory() {
  const customer = useRecordContext<Customer>();
  return customer ? <RecordHistory customerId={customer.id} /> : null;
}

/** Everything about one account on one page (SPEC §4.2); each tab has its own URL. */
export function CustomerShow() {
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show<Customer>
      title={<CustomerTitle />}
      // A missing or failing account is explained where the agent is, not bounced to the list.
      redirectOnError={false}
      // A key of its own: the list seeds react-admin's getOne cache with its rows, which lack the page's
      // fields (blockedActions…); with this meta the page waits for the full record instead.
      queryOptions={{ onError: () => undefined, meta: fullCustomerRecord }}
      error={<CustomerLoadProblem />}
    >
      <CustomerHeader />
      <SummaryStrip />
      <CustomerBanners />
      {/* Tighter tabs: all eight fit at 1440 px in French too, none behind a scroll arrow. */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" sx={{ '& .MuiTab-root': { px: 1, minWidth: 0 } }} />}>
        <Tab label="guichet.customer.tabs.identity">
          <IdentityTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.two_factor" path="2fa">
          <TwoFactorTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.services" path="services">
          <ServicesTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.sub_users" path="sub-users">
          <SubUsersTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.billing" path="billing">
          <BillingTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.login_events" path="login-events">
          <LoginEventsTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.flags" path="flags">
          <FlagsTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.email_history" path="email-history">
          <EmailHistoryTab label={false} />
        </Tab>
        <Tab label="guichet.customer.tabs.messages" path="messages">
          <MessagesTab label={false} />
        </Tab>
        <Tab label="guichet.claims.tab" path="claims">
          <ClaimsTab label={false} />
        </Tab>
        <Tab label="guichet.gdpr.tab" path="gdpr">
          <GdprTab label={false} />
        </Tab>
        {canReadAudit && (
          <Tab label="guichet.audit.history.title" path="history">
            <CustomerHistory />
          </Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
