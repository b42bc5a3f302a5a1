import { NODE_KIND_SPECS } from '@changemap/core';

/**
 * The kinds' colours as CSS, from their specs: a custom property per kind (light, and dark when
 * the system or the officer picks dark), and `.kind-<kind>` setting `--kind` for boxes, icons and
 * legend swatches. Written to kinds.css by `pnpm --filter @changemap/editor generate`; a test
 * fails while the file is stale, so a new kind needs no hand-written colour.
 */
export function kindStyleSheet(): string {
  const vars = (theme: 'light' | 'dark', indent: string) => NODE_KIND_SPECS.map((spec) => `${indent}--${spec.kind}: ${spec.colour[theme]};`).join('\n');
  return [
    '/* Generated from the kind specs in @changemap/core by scripts/kind-styles.ts. Do not edit. */',
    `:where(.changemap-root) {\n${vars('light', '  ')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :where(.changemap-root):not([data-theme='light']) {\n${vars('dark', '    ')}\n  }\n}`,
    `:where(.changemap-root)[data-theme='dark'] {\n${vars('dark', '  ')}\n}`,
    ...NODE_KIND_SPECS.map((spec) => `.kind-${spec.kind} { --kind: var(--${spec.kind}); }`),
    '',
  ].join('\n');
}
