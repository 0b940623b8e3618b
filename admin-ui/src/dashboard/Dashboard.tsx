import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import PeopleIcon from '@mui/icons-material/People';
import BadgeIcon from '@mui/icons-material/Badge';
import { Link, Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import type { StaffRole } from '../../../db/schema/staff';
import { en } from '../i18n/en';
import { DashboardTiles } from './tiles/DashboardTiles';

// The fixture account from the customer guide; the seed guarantees it exists.
const exampleHandle = 'xx11111-ovh';

function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && Object.hasOwn(en.guichet.enums.role, value);
}

/** A per-role welcome, then the tiles of what needs this person now (SPEC §4.10, server/modules/dashboard). */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { canAccess: canSeeCustomers } = useCanAccess({ resource: 'customers', action: 'list' });
  const { canAccess: canManageStaff } = useCanAccess({ resource: 'staff', action: 'list' });
  const role = isStaffRole(identity?.role) ? identity.role : null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('guichet.appName')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('guichet.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          {role && <Typography sx={{ mb: 2 }}>{translate(`guichet.dashboard.roles.${role}`)}</Typography>}
          {canSeeCustomers && (
            <>
              <Typography color="text.secondary">{translate('guichet.dashboard.quick_find_hint')}</Typography>
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {translate('guichet.dashboard.example')}
                <Box component="code" sx={{ fontFamily: 'monospace', bgcolor: 'action.hover', px: 0.5 }}>
                  {exampleHandle}
                </Box>
              </Typography>
              <Button component={Link} to="/customers" startIcon={<PeopleIcon />} sx={{ mt: 2 }}>
                {translate('guichet.dashboard.open_customers')}
              </Button>
            </>
          )}
          {canManageStaff && (
            <Button component={Link} to="/staff" startIcon={<BadgeIcon />} sx={{ mt: 2 }}>
              {translate('guichet.dashboard.open_staff')}
            </Button>
          )}
        </CardContent>
      </Card>
      <DashboardTiles />
    </Box>
  );
}
