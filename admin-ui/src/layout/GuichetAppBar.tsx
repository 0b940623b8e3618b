import { AppBar, Logout, TitlePortal, UserMenu } from 'react-admin';
import { QuickFind } from './QuickFind';
import { TimeZoneMenuItem } from './TimeZoneMenuItem';

// The default toolbar (language switcher, theme, loading indicator) is kept; the user menu adds
// the time zone every date-time is shown in.
export function GuichetAppBar() {
  return (
    // alwaysOn: the quick find stays in view when a long page scrolls (react-admin hides it by default).
    <AppBar
      alwaysOn
      userMenu={
        <UserMenu>
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
