import { importModel } from '@changemap/schemas';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { boardViews, makeBoardPictures, type BoardPicture } from './board-pictures.js';

/**
 * The board-paper pictures for the command line (`changemap export --to svg`), built into one
 * self-contained Node module (`pnpm build:board`) that the CLI loads. The plan comes in as file
 * text and goes through the import pipeline here, so the module shares no objects with its caller.
 * `viewIds` empty: every call to action (or the whole plan when it has none).
 */
export async function boardPicturesFromText(planText: string, options: { viewIds?: readonly string[]; date: string }): Promise<BoardPicture[]> {
  const result = importModel(planText);
  if (!result.ok) throw new Error(`The plan could not be read: ${result.errors.map((e) => e.message).join(' ')}`);
  const elk = new ElkBundled();
  const layout = (graph: ElkNode) => elk.layout(graph);
  const viewIds = options.viewIds && options.viewIds.length > 0 ? options.viewIds : boardViews(result.model);
  return makeBoardPictures(result.model, viewIds, { date: options.date, layout });
}

export type { BoardPicture };
