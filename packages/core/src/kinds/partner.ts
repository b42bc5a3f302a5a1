import type { NodeBase } from '../model/nodes.js';
import { url } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

/** An organisation or thematic board that delivers. */
export interface PartnerNode extends NodeBase<'partner'> {
  url?: string;
}

export const partnerSpec: NodeKindSpec<PartnerNode> = {
  kind: 'partner',
  label: 'Partner',
  pluralLabel: 'Partners',
  description: 'An organisation or thematic board that delivers.',
  icon: '⌂',
  colour: { light: '#57534e', dark: '#c9c3bd' },
  shape: 'circle',
  links: { starts: [], ends: ['deliveredBy'] },
  fields: { url: url('Website') },
};
