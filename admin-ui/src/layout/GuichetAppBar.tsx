import { AppBar, TitlePortal } from 'react-admin';
import { QuickFind } from './QuickFind';

// The default toolbar (language switcher, loading indicator) and user menu are kept.
export function GuichetAppBar() {
  return (
    <AppBar>
      <TitlePortal />
      <QuickFind />
    </AppBar>
  );
}
