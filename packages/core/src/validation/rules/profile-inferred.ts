import { PROFILE_LABELS } from '../settings.js';
import type { PlanRule } from '../types.js';

/** A plan that names no checker profile is checked by the one its contents suggest; the reader is told which, and why. */
export const profileInferred: PlanRule = {
  code: 'profile-inferred',
  scope: 'plan',
  defaultSeverity: 'info',
  description: 'Says which checker profile is used when the plan names none.',
  hint: 'Choose the profile in the checker settings (Problems panel) to make it part of the plan.',
  linkKinds: [],
  check({ settings, facts }) {
    if (!settings.profileInferred) return [];
    const why = facts.hasCallsToAction
      ? 'it has calls to action, so the vision, calls to action and priorities are checked'
      : 'it has no calls to action, so it is read as a logic model (activities → outputs → outcomes → impact) and no vision or calls to action are required';
    return [{ message: `The plan names no checker profile; the checker uses “${PROFILE_LABELS[settings.profile]}”, because ${why}.` }];
  },
};
