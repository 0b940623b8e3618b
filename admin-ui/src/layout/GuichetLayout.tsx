import type { ReactNode } from 'react';
import { Layout, useLocation } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { currentStaff } from '../providers/authProvider';
import { GuichetAppBar } from './GuichetAppBar';
import { ReauthDialog } from './ReauthDialog';

export function GuichetLayout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  // 2FA enforced and not set up: the server answers only the set-up, so the console shows only it.
  const mustEnrol = currentStaff()?.mustEnrolTwoFactor === true && pathname !== '/my-account';
  return (
    <Layout appBar={GuichetAppBar}>
      {mustEnrol ? <Navigate to="/my-account" replace /> : children}
      <ReauthDialog />
    </Layout>
  );
}
