import { AppBar, TitlePortal } from 'react-admin';
import { QuickFind } from './QuickFind';

// The default toolbar (language switcher, loading indicator) and user menu are kept.
export function GuichetAppBar() {
  return (
    // alwaysOn: the quick find stays in view when a long page scrolls (react-admin hides it by default).
    <AppBar alwaysOn>
      <TitlePortal />
      <QuickFind />
    </AppBar>
  );
}
