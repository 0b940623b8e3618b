import type { Database_ } from '../../../db/client.js';
import { staff, staffRoles, type StaffRole } from '../../../db/schema/staff.js';
import { hashPassword } from '../auth/password.js';

export const demoStaff: ReadonlyArray<{ email: string; displayName: string; role: StaffRole }> = staffRoles.map((role) => ({
  email: `${role}@guichet.test`,
  displayName: { agent: 'Alice Agent', lead: 'Louis Lead', compliance: 'Camille Compliance', admin: 'Adam Admin' }[role],
  role,
}));

/** One staff account per role, all with `password`. Only ever called in demo mode. */
export async function seedDemoStaff(database: Database_, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  database.db
    .insert(staff)
    .values(demoStaff.map((member) => ({ ...member, passwordHash })))
    .onConflictDoNothing()
    .run();
}
