import type { Plan } from '@changemap/core';
import { exportJson } from '@changemap/schemas';

/** The id of the JSON block that holds the plan; the viewer page reads the same id (editor's src/viewer/page/page-format.ts). */
export const PLAN_ELEMENT_ID = 'changemap-plan';

/** The viewer page's code and styles (`pnpm --filter @changemap/editor build:viewer`). */
export interface ViewerPageBundle {
  js: string;
  css: string;
}

/**
 * One self-contained HTML page: the viewer's styles and script inline, and the plan as canonical
 * JSON in a data block. Nothing is fetched, so it opens from a file, an e-mail attachment or any
 * static host. The page follows the reader's light or dark setting.
 */
export function buildHtmlPage(plan: Plan, bundle: ViewerPageBundle, generator = 'changemap'): string {
  const title = plan.title.trim() || 'Theory of change';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${escapeHtml(generator)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${inlineCss(bundle.css)}</style>
</head>
<body>
<div id="root"><noscript><p>This page shows the theory of change “${escapeHtml(title)}”; it needs JavaScript to draw the diagram.</p></noscript></div>
<script type="application/json" id="${PLAN_ELEMENT_ID}">${jsonForScript(exportJson(plan))}</script>
<script>${inlineJs(bundle.js)}</script>
</body>
</html>
`;
}

/**
 * JSON that can sit inside a `<script>` element: every `<`, `>` and `&` and the two line
 * separators JavaScript once treated as line ends become `\uXXXX` escapes, which JSON reads back
 * as the same characters. So no text in the plan (`</script>`, `<!--`) can end or change the block.
 */
export function jsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Script text that cannot end its element early: `</script` and `<!--` are split by an escape that means the same in JavaScript. */
export function inlineJs(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Stylesheet text that cannot end its element early (`\/` is a slash in CSS). */
export function inlineCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The JSON text of the plan block, found as a browser finds it: from the block's start tag to the
 * first `</script` after it. For tests and tools that read a published page back.
 */
export function readEmbeddedPlanJson(html: string): string | undefined {
  const start = html.indexOf(`<script type="application/json" id="${PLAN_ELEMENT_ID}">`);
  if (start < 0) return undefined;
  const from = html.indexOf('>', start) + 1;
  const end = html.slice(from).search(/<\/script/i);
  return end < 0 ? undefined : html.slice(from, from + end);
}
