import { AppBar, Logout, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { MyAccountMenuItem } from './MyAccountMenuItem';
import { QuickFind } from './QuickFind';
import { TimeZoneMenuItem } from './TimeZoneMenuItem';

// The default toolbar (language switcher, theme, loading indicator) is kept; the user menu adds
// the time zone every date-time is shown in.
export function GuichetAppBar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the person's name: its accessible name must contain it (WCAG 2.5.3).
  const userMenuLabel = identity?.fullName ? translate('guichet.user_menu', { name: identity.fullName }) : 'ra.auth.user_menu';
  return (
    // alwaysOn: the quick find stays in view when a long page scrolls (react-admin hides it by default).
    <AppBar
      alwaysOn
      userMenu={
        <UserMenu label={userMenuLabel}>
          <MyAccountMenuItem />
          <TimeZoneMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
      <QuickFind />
    </AppBar>
  );
}
