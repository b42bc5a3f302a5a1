import { resolve } from 'node:path';
import type { Plan } from '@changemap/core';
import { buildPartnershipPlan } from '../tower-hamlets-partnership-plan-2023-2028/build.js';
import { buildTowerHamletsPlan2018 } from '../tower-hamlets-plan-2018-2023/build.js';
import { buildStrategicPlan2019 } from '../tower-hamlets-strategic-plan-2019-2022/build.js';
import { buildWorkplaceWellbeing } from '../workplace-wellbeing-programme/build.js';

/** One example: its folder (under examples/) and the function that builds it from the source text. */
export interface Example {
  folder: string;
  build: () => Plan;
}

export const EXAMPLES: Example[] = [
  { folder: 'tower-hamlets-partnership-plan-2023-2028', build: buildPartnershipPlan },
  { folder: 'tower-hamlets-plan-2018-2023', build: buildTowerHamletsPlan2018 },
  { folder: 'tower-hamlets-strategic-plan-2019-2022', build: buildStrategicPlan2019 },
  { folder: 'workplace-wellbeing-programme', build: buildWorkplaceWellbeing },
];

/** The committed file of an example. */
export function examplePath(example: Example): string {
  return resolve(import.meta.dirname, '..', example.folder, 'plan.changemap.json');
}
