import type { CheckerProfile, CheckerSettings } from '../model/checker-settings.js';
import type { Severity } from './types.js';

/** A causal link with a confidence below this is reported as weak when the plan sets no threshold. */
export const DEFAULT_LOW_CONFIDENCE_THRESHOLD = 40;

/**
 * What each profile changes from the rules' own defaults. A programme (logic model, results
 * chain) has no shared vision or calls to action, so the rules that ask for them are off.
 */
export const PROFILE_RULES: { readonly [P in CheckerProfile]: Readonly<Record<string, Severity | 'off'>> } = {
  partnershipPlan: {},
  programme: { 'missing-vision': 'off', 'empty-call-to-action': 'off' },
};

/** Plain-words names of the profiles, for messages and settings screens. */
export const PROFILE_LABELS: { readonly [P in CheckerProfile]: string } = {
  partnershipPlan: 'partnership plan',
  programme: 'programme',
};

/** The settings a run of the checker uses: the plan's own, filled in with the profile's and the rules' defaults. */
export interface ResolvedCheckerSettings {
  profile: CheckerProfile;
  /** True when the plan names no profile, so it was chosen from what the plan contains. */
  profileInferred: boolean;
  lowConfidenceThreshold: number;
  /** Severities by rule code, from the profile, then the plan, then the caller (later wins). */
  rules: Record<string, Severity | 'off'>;
}

/**
 * The profile for a plan that names none: a plan with calls to action is a partnership plan,
 * anything else a programme (inputs → activities → outputs → outcomes → impact).
 */
export function inferProfile(hasCallsToAction: boolean): CheckerProfile {
  return hasCallsToAction ? 'partnershipPlan' : 'programme';
}

/** Combines a plan's checker settings with the defaults and the caller's overrides. */
export function resolveCheckerSettings(
  settings: CheckerSettings | undefined,
  hasCallsToAction: boolean,
  overrides: Readonly<Record<string, Severity | 'off'>> = {},
): ResolvedCheckerSettings {
  const profile = settings?.profile ?? inferProfile(hasCallsToAction);
  const threshold = settings?.lowConfidenceThreshold;
  return {
    profile,
    profileInferred: settings?.profile === undefined,
    lowConfidenceThreshold: typeof threshold === 'number' && Number.isFinite(threshold) ? threshold : DEFAULT_LOW_CONFIDENCE_THRESHOLD,
    rules: { ...PROFILE_RULES[profile], ...ownRules(settings?.rules), ...ownRules(overrides) },
  };
}

/** Own entries only, so a rule code such as "constructor" never reads a prototype's value. */
function ownRules(rules: Readonly<Record<string, Severity | 'off'>> | undefined): Record<string, Severity | 'off'> {
  return rules ? Object.fromEntries(Object.entries(rules)) : {};
}
