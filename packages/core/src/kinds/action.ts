import type { NodeBase } from '../model/nodes.js';
import { choice, group, groupList, isoDate, text } from '../model/fields.js';
import type { NodeKindSpec } from './spec.js';

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'paused'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Something partners (or residents) will do: an activity. */
export interface ActionNode extends NodeBase<'action'> {
  /** Who does it: "partners", "residents" or a named organisation. */
  actor?: string;
  status?: ActionStatus;
  /** What partners reported, oldest first: the board's record of delivery. */
  delivery?: DeliveryUpdate[];
}

/** One dated report on an action: its status then, what happened, and who said so. */
export interface DeliveryUpdate {
  /** YYYY-MM-DD. */
  date: string;
  status: ActionStatus;
  note?: string;
  /** Who reported it: a person, a partner or a board. */
  by?: string;
}

/** The most updates one action keeps: one a week for ten years. */
export const MAX_DELIVERY_UPDATES = 520;

export const actionSpec: NodeKindSpec<ActionNode> = {
  kind: 'action',
  label: 'Action',
  pluralLabel: 'Actions',
  description: 'Something partners or residents will do.',
  icon: '▶',
  colour: { light: '#a16207', dark: '#e3b341' },
  shape: 'parallelogram',
  levels: [{ id: 'action', title: 'Actions' }],
  defaultLevel: 'action',
  // An action may lead to another (an input that makes an activity possible, as logic models and
  // ToC-Maker charts draw them), so actions both start and end causal links.
  links: { starts: ['contributesTo', 'deliveredBy'], ends: ['contributesTo', 'measures', 'guides', 'investigates', 'underlies', 'supports'] },
  fields: {
    actor: text('Who does it', 200),
    status: choice('Status', ACTION_STATUSES),
    delivery: groupList(
      'Delivery updates',
      group<DeliveryUpdate>(
        'Delivery update',
        {
          date: isoDate('Date'),
          status: choice('Status', ACTION_STATUSES),
          note: text('What happened', 5_000, { multiline: true }),
          by: text('Reported by', 200),
        },
        { required: ['date', 'status'], schemaName: 'deliveryUpdate' },
      ),
      MAX_DELIVERY_UPDATES,
    ),
  },
};
