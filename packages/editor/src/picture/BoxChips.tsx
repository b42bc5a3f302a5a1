import type { TargetStatus } from '@changemap/core';
import type { MouseEvent } from 'react';
import { targetLook } from '../results/status-look.js';
import { useEditorStore } from '../state/use-editor.js';
import type { BoxAnnotations, Chip } from './annotations.js';
import { getPictureStore } from './picture-store.js';
import type { BoxPicture } from './to-picture.js';

const MAX_CHIPS = 1;
const MAX_PRINCIPLES = 1;

/** Badges: research questions, assumptions and evidence, as an icon and a count. */
export const BADGES = [
  { group: 'research', icon: '?', one: 'research question', many: 'research questions' },
  { group: 'assumptions', icon: '!', one: 'assumption', many: 'assumptions' },
  { group: 'evidence', icon: '✓', one: 'piece of evidence', many: 'pieces of evidence' },
] as const;

/**
 * What a box carries instead of separate boxes: indicator and partner chips, the principles strip
 * (on a call to action) and badges. Every chip and badge is a button that opens what it stands for
 * in the inspector; a badge standing for several opens the next one at each press.
 */
export function BoxChips({ picture }: { picture: BoxPicture }) {
  const store = useEditorStore();
  const { annotations, unfolded } = picture;
  const open = (chips: Chip[], event: MouseEvent) => {
    // The box under the chip must not take the selection back.
    event.stopPropagation();
    const selected = store.getSnapshot().selectedNodeId;
    const at = chips.findIndex((c) => c.id === selected);
    store.select(chips[(at + 1) % chips.length]!.id);
  };
  return (
    <>
      {annotations && annotations.principles.length > 0 && (
        <div className="box-strip" role="group" aria-label="Principles">
          {annotations.principles.slice(0, MAX_PRINCIPLES).map((chip) => (
            <button
              key={chip.id}
              type="button"
              className="chip chip-principle nodrag"
              onClick={(event) => open([chip], event)}
              aria-label={`Principle: ${chip.title}`}
              title={chip.title}
            >
              {chip.title}
            </button>
          ))}
          {annotations.principles.length > MAX_PRINCIPLES && (
            <button
              type="button"
              className="badge badge-more nodrag"
              onClick={(event) => open(annotations.principles.slice(MAX_PRINCIPLES), event)}
              aria-label={`${annotations.principles.length - MAX_PRINCIPLES} more principles: ${annotations.principles
                .slice(MAX_PRINCIPLES)
                .map((c) => c.title)
                .join('; ')}`}
              title={annotations.principles
                .slice(MAX_PRINCIPLES)
                .map((c) => c.title)
                .join('; ')}
            >
              +{annotations.principles.length - MAX_PRINCIPLES}
            </button>
          )}
        </div>
      )}
      <div className="box-annotations">
        {annotations && <ChipRow annotations={annotations} open={open} />}
        {annotations && (BADGES.some((b) => annotations[b.group].length > 0) || chipsOf(annotations).length > MAX_CHIPS) && (
          <div className="box-badges" role="group" aria-label="More on this box">
            <MoreChips annotations={annotations} open={open} />
            {BADGES.map(({ group, icon, one, many }) => {
              const chips = annotations[group];
              if (chips.length === 0) return null;
              const names = chips.map((c) => c.title).join('; ');
              return (
                <button
                  key={group}
                  type="button"
                  className={`badge badge-${group} nodrag`}
                  onClick={(event) => open(chips, event)}
                  aria-label={`${chips.length} ${chips.length === 1 ? one : many}: ${names}`}
                  title={names}
                >
                  <span aria-hidden="true">{icon}</span> {chips.length}
                </button>
              );
            })}
          </div>
        )}
      </div>
      {unfolded && (
        <button
          type="button"
          className="group-toggle nodrag"
          aria-expanded="true"
          onClick={(event) => {
            event.stopPropagation();
            getPictureStore(store).setFolded(store.getSnapshot().viewId, unfolded.groupId, true);
          }}
        >
          ◂ Fold {unfolded.count} {unfolded.noun}
        </button>
      )}
    </>
  );
}

/** Indicators first, then partners: the named chip and the rest behind "+n". */
export function chipsOf(annotations: BoxAnnotations) {
  return [
    ...annotations.indicators.map((chip) => ({ chip, kind: 'indicator', label: 'Indicator' })),
    ...annotations.partners.map((chip) => ({ chip, kind: 'partner', label: 'Delivered by' })),
  ];
}

/** "Title — On track" for a chip with a status, else the title: what a chip's name and tooltip say. */
export function describeChip(chip: Chip): string {
  return chip.status ? `${chip.title} — ${targetLook(chip.status).words}` : chip.title;
}

function ChipRow({ annotations, open }: { annotations: BoxAnnotations; open: (chips: Chip[], event: MouseEvent) => void }) {
  const shown = chipsOf(annotations).slice(0, MAX_CHIPS);
  if (shown.length === 0) return null;
  return (
    <ul className="box-chips" aria-label="Indicators and partners">
      {shown.map(({ chip, kind, label }) => (
        <li key={chip.id}>
          <button
            type="button"
            className={`chip chip-${kind} nodrag${chip.status ? ' chip-with-status' : ''}`}
            onClick={(event) => open([chip], event)}
            aria-label={`${label}: ${describeChip(chip)}`}
            title={describeChip(chip)}
          >
            {chip.status ? (
              <>
                <span className="chip-title">{chip.title}</span>
                <ChipStatus status={chip.status} />
              </>
            ) : (
              chip.title
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The status in words with a mark and a colour (never colour alone). */
export function ChipStatus({ status }: { status: TargetStatus }) {
  const look = targetLook(status);
  return (
    <span className={`chip-status tone-${look.tone}`}>
      <span aria-hidden="true">{look.mark}</span> {look.words}
    </span>
  );
}

function MoreChips({ annotations, open }: { annotations: BoxAnnotations; open: (chips: Chip[], event: MouseEvent) => void }) {
  const rest = chipsOf(annotations).slice(MAX_CHIPS);
  if (rest.length === 0) return null;
  return (
    <button
      type="button"
      className="badge badge-more nodrag"
      onClick={(event) =>
        open(
          rest.map((r) => r.chip),
          event,
        )
      }
      aria-label={`${rest.length} more indicators and partners: ${rest.map((r) => describeChip(r.chip)).join('; ')}`}
      title={rest.map((r) => describeChip(r.chip)).join('; ')}
    >
      +{rest.length}
    </button>
  );
}
