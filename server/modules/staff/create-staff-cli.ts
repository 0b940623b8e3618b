import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../../../db/client.js';
import { staffRoles } from '../../../db/schema/staff.js';
import { loadConfig } from '../../config.js';
import { parseOr400 } from '../../http/validate.js';
import { createAuditedChanges } from '../audit/audited-change.js';
import { createAuditLog } from '../audit/audit.service.js';
import { createStaffFromCliBody } from './staff.schemas.js';
import { createStaffService } from './staff.service.js';

// `npm run staff:create -- --email it@example.com --name "Ida Admin" --role admin < password.txt`
// Creates a staff account from the command line: how a production console gets its first
// administrator (demo accounts exist only in demo mode). The password is read from standard input
// so that it never appears in the shell history or the process list.
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

try {
  if (!values.role || !(staffRoles as readonly string[]).includes(values.role)) throw new Error(`--role must be one of ${staffRoles.join(', ')}`);
  const body = parseOr400(
    createStaffFromCliBody,
    { email: values.email, displayName: values.name, role: values.role, password: await readStdin() },
    'staff account',
  );
  const config = loadConfig();
  const database = openDatabase(config.databasePath);
  migrateDatabase(database);
  const changes = createAuditedChanges({ database, audit: createAuditLog(database), clock: () => new Date() });
  const service = createStaffService({ database, changes, revokeSessionsOfStaff: () => {} });
  // The command line acts as no staff member; the audit entry names it as the system.
  const created = await service.createFromCli(body);
  database.sqlite.close();
  console.log(`Created ${created.role} ${created.email} (id ${created.id}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
