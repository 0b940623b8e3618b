import type { Database_ } from '../../db/client.js';
import { fixtures } from '../../db/seed/fixtures.js';
import type { StaffRole } from '../../db/schema/staff.js';
import type { AuditActor } from '../modules/audit/audit.service.js';
import type { EmailClaims } from '../modules/email-claims/email-claims.module.js';
import type { Gdpr } from '../modules/gdpr/gdpr.module.js';
import { createStaffRepository } from '../modules/staff/staff.repository.js';

/** A calendar date `days` before `now`, as the forms take it (YYYY-MM-DD). */
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Work in progress for a first demo start, so that each role's dashboard and queues show what the
 * console is for instead of empty tiles: GDPR requests at every point of the legal clock (overdue,
 * due within the week, fresh, unmatched) and mailed claims waiting for an agent. They are filed
 * through the services as the demo staff would file them, so each has its audit entry. Dates are
 * relative to the first start, and the customers are the documented fixtures (docs/DEMO-DATA.md).
 */
export function openDemoCases({ database, gdpr, claims, now }: { database: Database_; gdpr: Gdpr; claims: EmailClaims; now: Date }): number {
  const staffRepository = createStaffRepository(database);
  const actorOf = (role: StaffRole): AuditActor => {
    const member = staffRepository.findByEmail(`${role}@guichet.test`);
    if (!member) throw new Error(`demo staff ${role} is missing`);
    return { id: member.id, role };
  };
  const agent = actorOf('agent');
  const compliance = actorOf('compliance');
  const full = (f: { firstName: string; lastName: string }) => `${f.firstName} ${f.lastName}`;
  const { guideExample, erasable, english, withoutBackupEmail } = fixtures;

  const requests = [
    // Received forty days ago and never answered: overdue, red everywhere.
    {
      right: 'access',
      channel: 'email_primary',
      receivedOn: daysAgo(now, 40),
      customerId: guideExample.id,
      requesterName: full(guideExample),
      requesterEmail: guideExample.primaryEmail,
      language: 'fr',
      ticketRef: 'GDPR-1001',
    },
    // The erasable fixture asks to be forgotten; due within the week.
    {
      right: 'erasure',
      channel: 'web_form',
      receivedOn: daysAgo(now, 28),
      customerId: erasable.id,
      requesterName: full(erasable),
      requesterEmail: erasable.primaryEmail,
      language: 'fr',
      ticketRef: 'GDPR-1002',
    },
    {
      right: 'portability',
      channel: 'email_primary',
      receivedOn: daysAgo(now, 3),
      customerId: english.id,
      requesterName: full(english),
      requesterEmail: english.primaryEmail,
      language: 'en',
      ticketRef: 'GDPR-1003',
    },
    // A letter that names no account yet: compliance matches it after checking identity.
    {
      right: 'objection',
      channel: 'post',
      receivedOn: daysAgo(now, 9),
      requesterName: 'Martine Lebrun',
      requesterAddress: '12 rue des Lilas\n69003 Lyon',
      language: 'fr',
      ticketRef: 'GDPR-1004',
      details: 'Refuse la prospection commerciale par e-mail.',
    },
  ] as const;
  for (const body of requests) gdpr.service.intake(body.right === 'objection' ? compliance : agent, body);

  const letters = [
    // The guide's own situation: the customer lost access to both e-mail addresses and wrote in.
    {
      receivedOn: daysAgo(now, 2),
      postmarkOn: daysAgo(now, 4),
      claimedHandle: guideExample.nicHandle,
      claimedCode: guideExample.customerCode,
      newPrimaryEmail: 'jean.dupont.nouveau@example.fr',
      senderName: full(guideExample),
      senderAddress: '8 avenue Foch\n75016 Paris',
      ticketRef: 'CLM-2001',
    },
    {
      receivedOn: daysAgo(now, 1),
      claimedHandle: withoutBackupEmail.nicHandle,
      newPrimaryEmail: 'h.lefevre@example.org',
      senderName: full(withoutBackupEmail),
      senderAddress: '3 quai Saint-Vincent\n69001 Lyon',
      ticketRef: 'CLM-2002',
    },
    // A handle mistyped in the letter: recorded unmatched, for an agent to match.
    {
      receivedOn: daysAgo(now, 1),
      claimedHandle: 'pd12345-ovh',
      newPrimaryEmail: 'p.durand@example.fr',
      senderName: 'Paul Durand',
      senderAddress: '5 place Bellecour\n69002 Lyon',
      ticketRef: 'CLM-2003',
    },
  ];
  for (const body of letters) claims.service.record(agent, body);
  return requests.length + letters.length;
}
