import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { GuichetAppBar } from './GuichetAppBar';
import { ReauthDialog } from './ReauthDialog';

export function GuichetLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={GuichetAppBar}>
      {children}
      <ReauthDialog />
    </Layout>
  );
}
