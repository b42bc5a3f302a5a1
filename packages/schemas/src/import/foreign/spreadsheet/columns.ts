/**
 * The columns Changemap reads, by the names spreadsheets give them (matched in lower case with
 * punctuation as spaces). Kumu's own columns come first; the rest are common synonyms.
 */
export const ELEMENT_COLUMNS = {
  label: ['label', 'name', 'title'],
  type: ['type', 'element type', 'kind', 'category'],
  description: ['description', 'details', 'text', 'notes'],
  tags: ['tags', 'tag', 'keywords'],
  id: ['id', 'element id', 'identifier', 'key'],
  level: ['level', 'layer', 'stage', 'section', 'column'],
  url: ['url', 'link', 'website', 'web link', 'web address'],
  citation: ['citation', 'reference'],
  actor: ['actor', 'owner', 'lead', 'who', 'responsible'],
  status: ['status'],
  horizon: ['horizon', 'timeframe', 'time frame', 'term'],
  unit: ['unit', 'units'],
  critical: ['critical'],
} as const;

export const CONNECTION_COLUMNS = {
  from: ['from', 'source'],
  to: ['to', 'target'],
  type: ['type', 'connection type', 'kind'],
  direction: ['direction'],
  label: ['label', 'description', 'name'],
  tags: ['tags', 'tag'],
  id: ['id', 'connection id'],
  confidence: ['confidence', 'confidence %', 'certainty'],
  rationale: ['rationale', 'why', 'mechanism', 'reason'],
  stance: ['stance'],
} as const;

/** Columns whose values may be a link's sign or strength ("+", "Strong Negative"). */
export const SIGN_COLUMNS = ['sign', 'polarity', 'effect', 'influence', 'strength', 'valence', 'relationship', 'weight'];

/**
 * Kumu's display and computed columns: how a map is drawn or what Kumu measured on it, not what
 * the plan says. They are dropped (and said once each).
 */
export const DISPLAY_COLUMNS = new Set([
  'image',
  'color',
  'colour',
  'size',
  'shape',
  'layout',
  'x',
  'y',
  'font',
  'font size',
  'icon',
  'position',
  'hidden',
  'label visibility',
  'width',
  'style',
  'pattern',
  'curvature',
  'flow',
  'degree',
  'indegree',
  'outdegree',
  'in degree',
  'out degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'reach',
  'leverage',
  'harmonic centrality',
  'pagerank',
]);

/** Every column name one of these tables reads, so the rest can be told apart. */
export function knownColumns(columns: Readonly<Record<string, readonly string[]>>): Set<string> {
  return new Set(Object.values(columns).flat());
}
