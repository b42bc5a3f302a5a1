import type { Plan } from '@changemap/core';
import { importModel } from '@changemap/schemas';
import flagshipText from '../../../../examples/tower-hamlets-partnership-plan-2023-2028/plan.changemap.json?raw';

/** The flagship example, opened through the same import pipeline as any file. */
export function loadFlagship(): Plan {
  const result = importModel(flagshipText);
  if (!result.ok) throw new Error(`The bundled example does not open: ${result.errors[0]?.message}`);
  return result.model;
}
