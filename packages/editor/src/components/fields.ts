import { COMMON_LINK_FIELDS, COMMON_NODE_FIELDS, LINK_KIND_SPECS, NODE_KIND_SPECS, PLAN_FIELDS } from '@changemap/core';
import type { EdgeKind, FieldSpec as CoreFieldSpec, NodeKind } from '@changemap/core';

/** One input of the inspector: `path` is the field's place in the box or link, e.g. ["baseline", "value"]. */
export interface FieldSpec {
  path: string[];
  label: string;
  type: 'text' | 'textarea' | 'integer' | 'number' | 'date' | 'select' | 'url' | 'boolean' | 'list' | 'level';
  options?: readonly string[];
  help?: string;
  /** Bounds the core checks on every write, so the inspector can say them first. */
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/**
 * The inputs for some fields of a spec, in order: a field with parts (a baseline, a data source)
 * becomes one input per part; fields edited elsewhere (measurements) have none.
 */
function inputsOf(fields: Readonly<Record<string, CoreFieldSpec>>, names: readonly string[] = Object.keys(fields)): FieldSpec[] {
  return names.flatMap((name) => {
    const field = fields[name]!;
    if (field.shape.type === 'group') return inputsOf(field.shape.fields).map((part) => ({ ...part, path: [name, ...part.path] }));
    if (field.input === 'none' || field.input === 'group') return [];
    return [
      {
        path: [name],
        label: field.label,
        type: field.input,
        ...(field.shape.type === 'enum' && { options: field.shape.values }),
        ...(field.shape.type === 'number' && { minimum: field.shape.minimum, maximum: field.shape.maximum }),
        ...(field.shape.type === 'string' && { maxLength: field.shape.maxLength }),
        ...(field.help !== undefined && { help: field.help }),
      },
    ];
  });
}

/** Every field of each kind, from its spec: the numbering first, then title, description, tags, the kind's own fields and the level. */
export const FIELDS: { readonly [K in NodeKind]: FieldSpec[] } = Object.fromEntries(
  NODE_KIND_SPECS.map((spec) => {
    const own = spec.fields as Record<string, CoreFieldSpec>;
    const names = Object.keys(own);
    return [
      spec.kind,
      [
        ...inputsOf(
          own,
          names.filter((name) => own[name]!.leading),
        ),
        ...inputsOf(COMMON_NODE_FIELDS, ['title', 'description', 'tags']),
        ...inputsOf(
          own,
          names.filter((name) => !own[name]!.leading),
        ),
        ...inputsOf(COMMON_NODE_FIELDS, ['level']),
      ],
    ];
  }),
) as { [K in NodeKind]: FieldSpec[] };

/** Where a box comes from: the parts of its provenance. */
export const PROVENANCE_FIELDS: FieldSpec[] = inputsOf(COMMON_NODE_FIELDS, ['provenance']);

/** The fields of each kind of link: its description, then its own (confidence and rationale, or strength and stance). */
export const LINK_FIELDS: { readonly [K in EdgeKind]: FieldSpec[] } = Object.fromEntries(
  Object.values(LINK_KIND_SPECS).map((spec) => [spec.kind, [...inputsOf(COMMON_LINK_FIELDS, ['description']), ...inputsOf(spec.fields)]]),
) as { [K in EdgeKind]: FieldSpec[] };

/** The plan's own title, period and description, edited in the inspector when nothing is selected. */
export const PLAN_INFO_FIELDS: FieldSpec[] = inputsOf(PLAN_FIELDS as Readonly<Record<string, CoreFieldSpec>>, ['title', 'period', 'description']);
