import type { NodeBase } from '../model/nodes.js';
import { choice, text, url } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

export const EVIDENCE_TYPES = ['study', 'evaluation', 'dataset', 'localInsight'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_STRENGTHS = ['weak', 'moderate', 'strong'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** A study, dataset or evaluation that backs (or challenges) a box or a link. */
export interface EvidenceNode extends NodeBase<'evidence'> {
  citation?: string;
  url?: string;
  evidenceType?: EvidenceType;
  strength?: EvidenceStrength;
}

export const evidenceSpec: NodeKindSpec<EvidenceNode> = {
  kind: 'evidence',
  label: 'Evidence',
  pluralLabel: 'Evidence',
  description: 'A study, dataset or evaluation.',
  icon: '✓',
  colour: { light: '#0e7490', dark: '#39d0d8' },
  shape: 'trapezoid',
  links: { starts: ['supports'], ends: [] },
  fields: {
    citation: text('Citation', 2_000, { multiline: true }),
    url: url('Link'),
    evidenceType: choice('Type', EVIDENCE_TYPES),
    strength: choice('Strength', EVIDENCE_STRENGTHS),
  },
};
