import type { Severity } from '../validation/types.js';

/**
 * Which set of checker rules suits a plan: `partnershipPlan` (a shared vision, calls to action,
 * priorities — the rules Changemap started with) or `programme` (a logic model or results chain:
 * inputs → activities → outputs → outcomes → impact, with no vision or calls to action required).
 */
export const CHECKER_PROFILES = ['partnershipPlan', 'programme'] as const;
export type CheckerProfile = (typeof CHECKER_PROFILES)[number];

/** The checker's settings, saved in the plan so that everyone who opens it sees the same findings. */
export interface CheckerSettings {
  profile?: CheckerProfile;
  /** Rules switched off or regraded, by code. */
  rules?: Record<string, Severity | 'off'>;
  /** A causal link with a confidence below this (0–100) is reported as weak; 40 when absent. */
  lowConfidenceThreshold?: number;
}
