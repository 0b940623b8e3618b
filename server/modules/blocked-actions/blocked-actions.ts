import { z } from 'zod';
import type { StaffRole } from '../../../db/schema/staff.js';
import { AppError } from '../../http/errors.js';
import { policy } from '../../http/policy.js';
import { viewSchema } from '../../http/views.js';

/**
 * Actions that other capabilities can lock on an account. Each capability that adds a guarded action
 * names it here; each that can lock one adds a rule below (through `blockedActions.add`).
 */
export const guardedActions = ['backup-email.promote', 'email-claims.apply', 'gdpr.erase'] as const;
export type GuardedAction = (typeof guardedActions)[number];

export interface Blocker {
  /** Stable machine code, also the 409's `code` (e.g. `backup_email.no_backup`). */
  code: string;
  /** What the agent reads, on the disabled button and in the refusal. */
  message: string;
  /** A lead may act anyway, giving an override reason (SPEC §4.3, §4.6); the override is audited. */
  overridable?: boolean;
  /** Values the UI's translation of `code` may quote (e.g. the flag's number). */
  params?: Record<string, string | number>;
}

/** A blocker as answers carry it (the customer record, a claim's locks), for the OpenAPI document. */
export const blockerSchema = viewSchema<Blocker>()(
  z.object({
    code: z.string(),
    message: z.string(),
    overridable: z.boolean().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);
/** Every guarded action with what blocks it now (an empty list: allowed). */
export const blockedActionsSchema = z.object(
  Object.fromEntries(guardedActions.map((action) => [action, z.array(blockerSchema)])) as Record<GuardedAction, z.ZodArray<typeof blockerSchema>>,
);

export interface BlockerSubject {
  customerId: number;
}

/** Reads the database synchronously: rules run inside the change's transaction. */
export type BlockerRule = (subject: BlockerSubject) => Blocker | null;

export interface EnforceInput extends BlockerSubject {
  action: GuardedAction;
  actorRole: StaffRole;
  overrideReason?: string | null;
}

const overrideRoles: readonly StaffRole[] = policy['locks.override'];

/**
 * One place where the reasons an action is blocked are composed (STYLE.md, "One source for each
 * concept"): the same reasons drive the 409 and the disabled button on the customer page.
 */
export function createBlockedActions() {
  const rules: { actions: readonly GuardedAction[]; rule: BlockerRule }[] = [];

  function reasons(action: GuardedAction, subject: BlockerSubject): Blocker[] {
    return rules.filter((entry) => entry.actions.includes(action)).flatMap((entry) => entry.rule(subject) ?? []);
  }

  return {
    /** A capability contributes a rule for the actions it can lock. */
    add(actions: readonly GuardedAction[], rule: BlockerRule): void {
      rules.push({ actions, rule });
    },
    reasons,
    /** Every guarded action's blockers for one account: what the customer page shows. */
    all(subject: BlockerSubject): Record<GuardedAction, Blocker[]> {
      return Object.fromEntries(guardedActions.map((action) => [action, reasons(action, subject)])) as Record<GuardedAction, Blocker[]>;
    },
    /**
     * Call inside the change: refuses (409) on the first blocker the actor may not pass. Returns the
     * blockers a lead overrode, for the change's audit entry.
     */
    enforce({ action, actorRole, overrideReason, ...subject }: EnforceInput): Blocker[] {
      const found = reasons(action, subject);
      const mayOverride = overrideRoles.includes(actorRole) && Boolean(overrideReason?.trim());
      const stopping = found.find((blocker) => !(blocker.overridable && mayOverride));
      if (stopping) {
        const hint = stopping.overridable && !mayOverride ? ' A lead may override it with a reason.' : '';
        throw new AppError(409, stopping.code, `${stopping.message}${hint}`);
      }
      return found;
    },
  };
}

export type BlockedActions = ReturnType<typeof createBlockedActions>;
