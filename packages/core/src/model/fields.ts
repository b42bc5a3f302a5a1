/**
 * Field specs: what one field of a box, a link or the plan may hold, said once. The core checks
 * every write against them, the schemas package turns them into the JSON Schema, and the editor's
 * inspector draws its inputs from them. Like tldraw's validators, each builder also carries the
 * field's TypeScript type, so a kind's spec is checked against its node type by the compiler.
 */

/** How the inspector edits a field; `none` keeps it out of the inspector (edited some other way). */
export type InputType = 'text' | 'textarea' | 'integer' | 'number' | 'date' | 'select' | 'url' | 'boolean' | 'list' | 'level' | 'group' | 'none';

/** What a value may be. Strings count their length in characters (code points), as JSON Schema does. */
export type Shape =
  | { readonly type: 'string'; readonly maxLength: number; readonly format?: 'url' | 'id' | 'isoDate' }
  | { readonly type: 'number'; readonly minimum: number; readonly maximum: number; readonly integer: boolean }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'list'; readonly items: FieldSpec; readonly maxItems: number }
  | { readonly type: 'group'; readonly fields: Readonly<Record<string, FieldSpec>>; readonly required: readonly string[] }
  | { readonly type: 'record'; readonly keyPattern: RegExp; readonly keyHelp: string; readonly values: FieldSpec; readonly maxEntries: number };

declare const VALUE_TYPE: unique symbol;

/** One field: its shape, and how people see it. `V` is the field's TypeScript type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- `any` is the "some field" of a heterogeneous list
export interface FieldSpec<V = any> {
  /** Carries the value type for the compiler only (invariant, so a spec matches its type exactly); never set. */
  readonly [VALUE_TYPE]?: (value: V) => V;
  readonly shape: Shape;
  /** The field's name in the inspector and in messages: "Baseline value". */
  readonly label: string;
  /** A hint under the input. */
  readonly help?: string;
  readonly input: InputType;
  /** Shown before the title in the inspector (a call to action's number). */
  readonly leading?: boolean;
  /** The name of a shared `$defs` entry of the JSON Schema, so fields of one shape share one definition. */
  readonly schemaName?: string;
}

/** The specs of an object's fields, one per property of `O`, no more and no fewer. */
export type GroupFields<O> = { readonly [K in keyof O]-?: FieldSpec<NonNullable<O[K]>> };

/** Most numbers in a plan are within ±10¹⁵, so they survive JSON and spreadsheets exactly. */
export const NUMBER_LIMIT = 1e15;

interface Look {
  help?: string;
  leading?: boolean;
  schemaName?: string;
}

function look(options: Look): Pick<FieldSpec, 'help' | 'leading' | 'schemaName'> {
  return {
    ...(options.help !== undefined && { help: options.help }),
    ...(options.leading !== undefined && { leading: options.leading }),
    ...(options.schemaName !== undefined && { schemaName: options.schemaName }),
  };
}

/** Text of at most `maxLength` characters; `multiline` gives it a text area. */
export function text(label: string, maxLength: number, options: Look & { multiline?: boolean } = {}): FieldSpec<string> {
  return { shape: { type: 'string', maxLength }, label, input: options.multiline ? 'textarea' : 'text', ...look(options) };
}

/** A description-sized text (20,000 characters). */
export function longText(label: string, options: Look = {}): FieldSpec<string> {
  return text(label, 20_000, { multiline: true, schemaName: 'longText', ...options });
}

/** A date or period as a source states it: 2023, 2021/22, 2023-03-31. */
export function date(label: string, options: Look = {}): FieldSpec<string> {
  return { shape: { type: 'string', maxLength: 40 }, label, input: 'date', schemaName: 'date', ...look(options) };
}

/** A calendar date written YYYY-MM-DD (the first or last day of a measurement's period); any other text is refused. */
export function isoDate(label: string, options: Look = {}): FieldSpec<string> {
  return { shape: { type: 'string', maxLength: 10, format: 'isoDate' }, label, input: 'date', schemaName: 'isoDate', ...look(options) };
}

/** A web (http, https) or email (mailto) address; anything else is refused. */
export function url(label: string, options: Look = {}): FieldSpec<string> {
  return { shape: { type: 'string', maxLength: 2048, format: 'url' }, label, input: 'url', schemaName: 'url', ...look(options) };
}

/** The id of something in the plan (see ID_PATTERN). */
export function idRef(label: string, options: Look & { input?: InputType } = {}): FieldSpec<string> {
  return { shape: { type: 'string', maxLength: 128, format: 'id' }, label, input: options.input ?? 'text', schemaName: 'id', ...look(options) };
}

/** A number in [minimum, maximum] (±10¹⁵ by default). */
export function decimal(label: string, options: Look & { minimum?: number; maximum?: number } = {}): FieldSpec<number> {
  const bounded = options.minimum !== undefined || options.maximum !== undefined;
  return {
    shape: { type: 'number', minimum: options.minimum ?? -NUMBER_LIMIT, maximum: options.maximum ?? NUMBER_LIMIT, integer: false },
    label,
    input: 'number',
    ...look({ ...(bounded ? {} : { schemaName: 'number' }), ...options }),
  };
}

/** A whole number in [minimum, maximum]. */
export function whole(label: string, minimum: number, maximum: number, options: Look = {}): FieldSpec<number> {
  return { shape: { type: 'number', minimum, maximum, integer: true }, label, input: 'integer', ...look(options) };
}

/** Yes or no. */
export function flag(label: string, options: Look = {}): FieldSpec<boolean> {
  return { shape: { type: 'boolean' }, label, input: 'boolean', ...look(options) };
}

/** One of a fixed list of words. */
export function choice<const T extends readonly string[]>(label: string, values: T, options: Look = {}): FieldSpec<T[number]> {
  return { shape: { type: 'enum', values }, label, input: 'select', ...look(options) };
}

/** A list of short texts (tags, comparators), typed comma-separated in the inspector. */
export function textList(label: string, maxItems: number, itemMaxLength: number, options: Look = {}): FieldSpec<string[]> {
  return { shape: { type: 'list', items: text(label, itemMaxLength), maxItems }, label, input: 'list', ...look(options) };
}

/** An object with named parts; the inspector shows one input per part. */
export function group<O>(label: string, fields: GroupFields<O>, options: Look & { required?: readonly (keyof O & string)[] } = {}): FieldSpec<O> {
  return { shape: { type: 'group', fields, required: options.required ?? [] }, label, input: 'group', ...look(options) };
}

/** A list of objects (measurements, external ids), edited elsewhere than the inspector's simple inputs. */
export function groupList<O>(label: string, item: FieldSpec<O>, maxItems: number, options: Look = {}): FieldSpec<O[]> {
  return { shape: { type: 'list', items: item, maxItems }, label, input: 'none', ...look(options) };
}

/** Entries by key (a rule's code, say): keys must match `keyPattern`. */
export function record<V>(
  label: string,
  keyPattern: RegExp,
  keyHelp: string,
  values: FieldSpec<V>,
  maxEntries: number,
  options: Look = {},
): FieldSpec<Record<string, V>> {
  return { shape: { type: 'record', keyPattern, keyHelp, values, maxEntries }, label, input: 'none', ...look(options) };
}
