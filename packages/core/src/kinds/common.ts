import { group, idRef, longText, text, textList, type FieldSpec, whole, flag } from '../model/fields.js';
import type { NodeBase, Provenance } from '../model/nodes.js';

/** Where a box or link was taken from (one `$defs` entry of the schema). */
export const PROVENANCE_FIELD: FieldSpec<Provenance> = group<Provenance>(
  'Where this comes from',
  {
    document: text('Source document', 500),
    section: text('Section', 500),
    page: whole('Page', 0, 100_000),
    quote: text('Quote from the source', 5_000, { multiline: true }),
    derived: flag('Phrased by the modeller (derived)'),
    note: text('Note', 5_000, { multiline: true }),
  },
  { required: ['document'], schemaName: 'provenance' },
);

/** The fields every box has besides its id and kind, in the inspector's order. */
export const COMMON_NODE_FIELDS: { readonly [F in Exclude<keyof NodeBase<string>, 'id' | 'kind'>]-?: FieldSpec<NonNullable<NodeBase<string>[F]>> } = {
  title: text('Title', 1_000, { multiline: true }),
  description: longText('Description'),
  tags: textList('Tags (comma-separated)', 50, 100, { schemaName: 'tags' }),
  level: idRef('Level', { input: 'level', help: 'Where the box sits in the theory of change; empty means the default for its kind.' }),
  provenance: PROVENANCE_FIELD,
};

/** Fields a box must have. */
export const REQUIRED_NODE_FIELDS = ['id', 'kind', 'title'] as const;
