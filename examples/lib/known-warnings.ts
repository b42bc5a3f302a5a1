import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Example } from './examples.js';

/** A warning the source document itself causes, kept on purpose, with the reason. */
export interface KnownWarning {
  code: string;
  nodeId: string;
  reason: string;
}

export function knownWarnings(example: Example): KnownWarning[] {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '..', example.folder, 'known-warnings.json'), 'utf8'));
}
