import { getStoriesOf } from '@changemap/core';
import type { Plan, PlanNode, Story } from '@changemap/core';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';
import { KIND_LOOK } from './kinds.js';
import { viewFor } from './Outline.js';

/** Stories shown before "Show all": a call to action can have dozens. */
const FIRST_STORIES = 3;

/**
 * The selected box's story: each pathway through it told in words ("If we …, then …, so that …,
 * because …; we will know by …"), with the box's own words marked. The other boxes a story names
 * are links that select them on the canvas.
 */
export function NarrativePanel({ node }: { node: PlanNode }) {
  // Only what a story reads: moving boxes (a change of views) does not retell it. Deferred, so
  // typing in a title of a large plan stays quick and the story catches up a moment later.
  const nodes = useDeferredValue(useEditor((s) => s.plan.nodes));
  const edges = useDeferredValue(useEditor((s) => s.plan.edges));
  const checker = useEditor((s) => s.plan.checker);
  const stories = useMemo(
    () => getStoriesOf({ id: '', title: '', nodes, edges, views: {}, checker } satisfies Plan, node.id),
    [nodes, edges, checker, node.id],
  );
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const shown = showAll ? stories : stories.slice(0, FIRST_STORIES);
  const kind = KIND_LOOK[node.kind].label.toLowerCase();

  return (
    <section className="story" aria-labelledby={headingId}>
      <h3 id={headingId}>Story</h3>
      {stories.length === 0 ? (
        <p className="muted">{emptyMessage(node, kind)}</p>
      ) : (
        <>
          <p className="muted story-count">
            {stories.length === 1 ? `One pathway runs through this ${kind}.` : `${stories.length} pathways run through this ${kind}.`}
          </p>
          <ol className="story-list">
            {shown.map((story) => (
              <li key={story.id}>
                <StoryText story={story} selectedId={node.id} />
              </li>
            ))}
          </ol>
          {stories.length > FIRST_STORIES && (
            <button type="button" className="story-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer' : `Show all ${stories.length} pathways`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function StoryText({ story, selectedId }: { story: Story; selectedId: string }) {
  const store = useEditorStore();
  const go = (id: string) => {
    const { plan, viewId } = store.getSnapshot();
    store.focusNode(id, viewFor(plan, id, viewId));
  };
  return (
    <p className="story-text">
      {story.segments.map((segment, i) =>
        segment.nodeId === undefined ? (
          segment.text
        ) : segment.nodeId === selectedId ? (
          <mark key={i}>{segment.text}</mark>
        ) : (
          // A link, not a button: a button is a box of its own and would break the sentence into lines.
          <a
            key={i}
            href={`#${encodeURIComponent(segment.nodeId)}`}
            className="story-box"
            data-node-id={segment.nodeId}
            onClick={(event) => {
              event.preventDefault();
              go(segment.nodeId!);
            }}
          >
            {segment.text}
          </a>
        ),
      )}
    </p>
  );
}

function emptyMessage(node: PlanNode, kind: string): string {
  switch (node.kind) {
    case 'action':
      return 'This action leads nowhere yet. Link it to the output or outcome it brings about to make it part of the story.';
    case 'output':
    case 'outcome':
    case 'priority':
    case 'callToAction':
    case 'aim':
    case 'vision':
      return `No pathway runs through this ${kind} yet. Link it to what leads to it and to what it leads to.`;
    case 'indicator':
    case 'assumption':
    case 'evidence':
    case 'researchQuestion':
    case 'principle':
    case 'partner':
      return `This ${kind} is not linked to a box on any pathway yet.`;
  }
}
