import { useEditorStore } from '../state/use-editor.js';
import type { BoxAnnotations, Chip } from './annotations.js';
import { getPictureStore } from './picture-store.js';
import type { BoxPicture } from './to-picture.js';

const MAX_CHIPS = 2;

/** Badges: research questions, assumptions and evidence, as an icon and a count. */
const BADGES = [
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
  const open = (chips: Chip[]) => {
    const selected = store.getSnapshot().selectedNodeId;
    const at = chips.findIndex((c) => c.id === selected);
    store.select(chips[(at + 1) % chips.length]!.id);
  };
  return (
    <>
      {annotations && annotations.principles.length > 0 && (
        <div className="box-strip" role="group" aria-label="Principles">
          {annotations.principles.map((chip) => (
            <button key={chip.id} type="button" className="chip chip-principle nodrag" onClick={() => open([chip])} aria-label={`Principle: ${chip.title}`}>
              {chip.title}
            </button>
          ))}
        </div>
      )}
      {annotations && <ChipRow annotations={annotations} open={open} />}
      {annotations && BADGES.some((b) => annotations[b.group].length > 0) && (
        <div className="box-badges">
          {BADGES.map(({ group, icon, one, many }) => {
            const chips = annotations[group];
            if (chips.length === 0) return null;
            const names = chips.map((c) => c.title).join('; ');
            return (
              <button key={group} type="button" className={`badge badge-${group} nodrag`} onClick={() => open(chips)} aria-label={`${chips.length} ${chips.length === 1 ? one : many}: ${names}`} title={names}>
                <span aria-hidden="true">{icon}</span> {chips.length}
              </button>
            );
          })}
        </div>
      )}
      {unfolded && (
        <button
          type="button"
          className="group-toggle nodrag"
          aria-expanded="true"
          onClick={() => getPictureStore(store).setFolded(store.getSnapshot().viewId, unfolded.groupId, true)}
        >
          ◂ Fold {unfolded.count} actions
        </button>
      )}
    </>
  );
}

function ChipRow({ annotations, open }: { annotations: BoxAnnotations; open: (chips: Chip[]) => void }) {
  const chips = [
    ...annotations.indicators.map((chip) => ({ chip, kind: 'indicator', label: 'Indicator' })),
    ...annotations.partners.map((chip) => ({ chip, kind: 'partner', label: 'Delivered by' })),
  ];
  if (chips.length === 0) return null;
  const shown = chips.slice(0, MAX_CHIPS);
  const rest = chips.slice(MAX_CHIPS);
  return (
    <ul className="box-chips" aria-label="Indicators and partners">
      {shown.map(({ chip, kind, label }) => (
        <li key={chip.id}>
          <button type="button" className={`chip chip-${kind} nodrag`} onClick={() => open([chip])} aria-label={`${label}: ${chip.title}`} title={chip.title}>
            {chip.title}
          </button>
        </li>
      ))}
      {rest.length > 0 && (
        <li>
          <button type="button" className="chip chip-more nodrag" onClick={() => open(rest.map((r) => r.chip))} aria-label={`${rest.length} more: ${rest.map((r) => r.chip.title).join('; ')}`}>
            +{rest.length} more
          </button>
        </li>
      )}
    </ul>
  );
}
