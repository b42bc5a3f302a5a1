import { SEVERITIES } from '../validation/types.js';
import { CHECKER_PROFILES, type CheckerSettings } from './checker-settings.js';
import { choice, decimal, group, groupList, idRef, longText, record, text, type GroupFields } from './fields.js';
import type { PlanLevel } from './levels.js';
import type { Plan } from './plan.js';

/** A level of the plan (one `$defs` entry of the schema). */
export const LEVEL_FIELD = group<PlanLevel>(
  'Level',
  { id: idRef('Id'), title: text('Title', 200), description: text('Description', 2_000, { multiline: true }) },
  { required: ['id', 'title'], schemaName: 'level' },
);

/** Rule codes are lower-case words joined by hyphens, as in "outcome-without-indicator". */
export const RULE_CODE_PATTERN = /^[a-z][a-z0-9-]{0,79}$/;

/** The fields of the plan itself that `setPlanInfo` may change. */
export const PLAN_FIELDS: GroupFields<Pick<Plan, 'title' | 'period' | 'description' | 'levels' | 'checker'>> = {
  title: text('Title', 1_000, { multiline: true }),
  period: text('Period', 100, { help: 'The years the plan covers, e.g. 2023-2028.' }),
  description: longText('Description'),
  levels: groupList('Levels', LEVEL_FIELD, 50),
  checker: group<CheckerSettings>(
    'Checker settings',
    {
      profile: choice('Profile', CHECKER_PROFILES),
      rules: record('Rules', RULE_CODE_PATTERN, 'rule codes are lower-case words joined by hyphens', choice('Severity', [...SEVERITIES, 'off']), 200),
      lowConfidenceThreshold: decimal('Report links with confidence below', { minimum: 0, maximum: 100 }),
    },
    { schemaName: 'checkerSettings' },
  ),
};
