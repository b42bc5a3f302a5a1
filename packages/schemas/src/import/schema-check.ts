import { EDGE_KINDS, NODE_KINDS } from '@changemap/core';
import validatePlan, { type SchemaError } from '../generated/validate-plan.js';
import type { ImportError } from './types.js';

/** At most this many schema problems are listed; more would bury the first. */
const MAX_ERRORS = 20;

/** Checks a document of the current version against the precompiled schema; returns plain-English problems. */
export function checkSchema(document: unknown): ImportError[] {
  if (validatePlan(document)) return [];
  const errors = simplify(validatePlan.errors ?? []);
  const listed = errors.slice(0, MAX_ERRORS).map((error): ImportError => ({
    code: 'schema',
    message: describe(error, document),
    path: error.instancePath || '/',
  }));
  if (errors.length > MAX_ERRORS) {
    listed.push({ code: 'schema', message: `…and ${errors.length - MAX_ERRORS} more problems of the same kinds.`, path: '/' });
  }
  return listed;
}

/** Drops ajv's knock-on errors (e.g. "must match a schema in oneOf") that add nothing for a reader. */
function simplify(errors: SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'allOf') return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names the place like a person would: "node 4 (“Healthy weight”), field “title”". */
function place(pointer: string, document: unknown): string {
  const parts = pointer.split('/').slice(1);
  if (parts.length === 0) return 'The file';
  const [section, index, ...rest] = parts;
  const item = (section === 'nodes' || section === 'edges') && index !== undefined ? getItem(document, section, Number(index)) : undefined;
  if (item && (section === 'nodes' || section === 'edges')) {
    const label = section === 'nodes' ? 'Node' : 'Link';
    const title = typeof item['title'] === 'string' ? ` (“${item['title'].slice(0, 40)}”)` : typeof item['id'] === 'string' ? ` (“${item['id']}”)` : '';
    const field = rest.length > 0 ? `, field “${rest.join('.')}”,` : '';
    return `${label} ${Number(index) + 1}${title}${field}`;
  }
  return `The field “${parts.join('.')}”`;
}

function getItem(document: unknown, section: string, index: number): Record<string, unknown> | undefined {
  const list = (document as Record<string, unknown> | null)?.[section];
  const item = Array.isArray(list) ? list[index] : undefined;
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
}

function describe(error: SchemaError, document: unknown): string {
  const where = place(error.instancePath, document);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `${where} is missing the required field “${String(p['missingProperty'])}”.`;
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const field = String(p['additionalProperty'] ?? p['unevaluatedProperty']);
      return `${where} has a field “${field}” that this kind of item does not have.`;
    }
    case 'type':
      return `${where} should be ${article(String(p['type']))}.`;
    case 'enum':
      return `${where} should be one of: ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'const':
      return `${where} should be ${JSON.stringify(p['allowedValue'])}.`;
    case 'maxLength':
      return `${where} is too long: at most ${String(p['limit'])} characters.`;
    case 'minLength':
      return `${where} is too short: at least ${String(p['limit'])} characters.`;
    case 'maxItems':
      return `${where} has too many items: at most ${String(p['limit'])}.`;
    case 'maxProperties':
      return `${where} has too many entries: at most ${String(p['limit'])}.`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${where} is out of range: it must be ${String(p['comparison'])} ${String(p['limit'])}.`;
    case 'pattern':
      return error.schemaPath.includes('checkerSettings')
        ? `${where} is not a rule code: lower-case words joined by hyphens, e.g. “orphan-node”.`
        : `${where} is not a valid id: use letters, digits and . _ : - (starting with a letter, digit or _).`;
    case 'propertyNames':
      return `${where} has an entry whose name is not valid.`;
    case 'discriminator': {
      const kinds = error.instancePath.startsWith('/edges/') ? EDGE_KINDS : NODE_KINDS;
      return p['error'] === 'mapping'
        ? `${where} has an unknown kind; the kinds are: ${kinds.join(', ')}.`
        : `${where} needs a “kind” (one of: ${kinds.join(', ')}).`;
    }
    default:
      return `${where} is not valid (${error.message ?? error.keyword}).`;
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object ({…})',
    array: 'a list ([…])',
  };
  return names[type] ?? type;
}
