import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { GuichetAppBar } from './GuichetAppBar';

export function GuichetLayout({ children }: { children: ReactNode }) {
  return <Layout appBar={GuichetAppBar}>{children}</Layout>;
}
