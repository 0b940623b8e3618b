import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { GuichetLayout } from './layout/GuichetLayout';
import { darkTheme, lightTheme } from './layout/themes';
import { LoginPage } from './login/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { queryClient } from './providers/queryClient';
import { store } from './providers/store';
import auditLog, { auditChain } from './resources/audit-log';
import auditReviews from './resources/audit-reviews';
import customers, { CustomerByHandle } from './resources/customers';
import emailClaims from './resources/email-claims';
import flags from './resources/flags';
import gdprRequests from './resources/gdpr-requests';
import messages from './resources/messages';
import staff from './resources/staff';
import staffApprovals from './resources/staff-approvals';
import { MyAccountPage } from './staff-self/MyAccountPage';
import { SetPasswordPage } from './staff-self/SetPasswordPage';

const { Route } = reactRouterProvider;

// Records shown only inside the customer page: declared so references resolve, no menu entry.
const customerSubResources = ['services', 'invoices', 'orders', 'customer-users', 'login-events', 'email-history'];

export function App() {
  return (
    <Admin
      title="Guichet"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      store={store}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={GuichetLayout}
      theme={lightTheme}
      darkTheme={darkTheme}
      requireAuth
      disableTelemetry
    >
      <Resource name="customers" {...customers} />
      <Resource name="email-claims" {...emailClaims} />
      <Resource name="flags" {...flags} />
      <Resource name="gdpr-requests" {...gdprRequests} />
      <Resource name="messages" {...messages} />
      <Resource name="staff" {...staff} />
      <Resource name="audit-log" {...auditLog} />
      <Resource name="audit-checkpoints" {...auditChain} />
      <Resource name="audit-reviews" {...auditReviews} />
      <Resource name="staff-approvals" {...staffApprovals} />
      <CustomRoutes>
        <Route path="/my-account" element={<MyAccountPage />} />
        <Route path="/customers/handle/:handle" element={<CustomerByHandle />} />
      </CustomRoutes>
      {/* Public: reached from an invitation or reset e-mail, before any session exists. */}
      <CustomRoutes noLayout>
        <Route path="/set-password/:token" element={<SetPasswordPage />} />
      </CustomRoutes>
      {customerSubResources.map((name) => (
        <Resource key={name} name={name} />
      ))}
    </Admin>
  );
}
