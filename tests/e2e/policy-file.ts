/**
 * What the two policy tests share (policy.test.ts for Chromium's managed
 * policy files, firefox-policy.test.ts for Firefox's policies.json): the
 * policy an administrator deploys, what the locked settings say, and the check
 * that the browser's policy folder can be written (root), with the reason to
 * skip when it cannot.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';

/** The organisation's policy, as the managed schema (public/managed-schema.json) describes it. */
export const POLICY = {
  organisation: 'Example Corp IT',
  settings: { badge: 'off', markMode: 'first' },
  vendorNotes: { kaspersky: 'Do not procure: policy 12' },
};

/** What a setting the policy gives says beside its locked controls. */
export const LOCKED_NOTE = 'Set by Example Corp IT; you cannot change it.';

/**
 * Null when `dir` can be written (made if missing) and `keep`, a file of the
 * machine's own, does not exist; else why the test is skipped.
 */
export function policyDirProblem(dir: string, keep?: string): string | null {
  if (keep && existsSync(keep)) return `${keep} exists (the machine's own policies are left alone)`;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write ${dir} (${(e as Error).message}); run as root to test the browser's policy mechanism`;
  }
}
