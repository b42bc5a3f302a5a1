import type { NodeBase } from '../model/nodes.js';
import { choice, decimal, idRef, longText, text } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

export const RESEARCH_STATUSES = ['proposed', 'prioritised', 'inProgress', 'answered'] as const;
export type ResearchStatus = (typeof RESEARCH_STATUSES)[number];

/** A question the research agenda will answer. */
export interface ResearchQuestionNode extends NodeBase<'researchQuestion'> {
  status?: ResearchStatus;
  theme?: string;
  method?: string;
  /** Higher is more urgent; 1 to 5 by convention. */
  priorityScore?: number;
  /** Id of the partner leading the question. */
  leadPartner?: string;
  /** The finding, once the question is answered. */
  finding?: string;
}

export const researchQuestionSpec: NodeKindSpec<ResearchQuestionNode> = {
  kind: 'researchQuestion',
  label: 'Research question',
  pluralLabel: 'Research questions',
  description: 'A question the research agenda will answer.',
  icon: '?',
  colour: { light: '#be185d', dark: '#ff7eb6' },
  shape: 'diamond',
  links: { starts: ['investigates'], ends: [] },
  fields: {
    status: choice('Status', RESEARCH_STATUSES),
    theme: text('Theme', 200),
    method: text('Method', 1_000),
    priorityScore: decimal('Priority score (0-100)', { minimum: 0, maximum: 100 }),
    leadPartner: idRef('Lead partner (id)'),
    finding: longText('Finding'),
  },
};
