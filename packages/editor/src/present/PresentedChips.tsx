import type { BoxAnnotations, Chip } from '../picture/annotations.js';
import { BADGES, ChipStatus, chipsOf, describeChip } from '../picture/BoxChips.js';

/** On a slide there is room for a few more chips than on the canvas; the rest are counted. */
export const PRESENTED_CHIPS = 3;
export const PRESENTED_PRINCIPLES = 2;

/**
 * A box's chips and badges as the picture draws them, read only: on a slide nothing opens the
 * inspector, so they are text, not buttons (no tab stops inside the presentation), and their
 * names wrap instead of being cut. Badges say in words, for screen readers, what their icon counts.
 */
export function PresentedChips({ annotations }: { annotations: BoxAnnotations }) {
  const chips = chipsOf(annotations);
  const shown = chips.slice(0, PRESENTED_CHIPS);
  const rest = chips.slice(PRESENTED_CHIPS).map((c) => c.chip);
  const principles = annotations.principles;
  return (
    <>
      {principles.length > 0 && (
        <div className="box-strip" data-testid="presented-principles">
          {principles.slice(0, PRESENTED_PRINCIPLES).map((chip) => (
            <span key={chip.id} className="chip chip-principle">
              <span className="visually-hidden">Principle: </span>
              {chip.title}
            </span>
          ))}
          <More chips={principles.slice(PRESENTED_PRINCIPLES)} words="more principles" />
        </div>
      )}
      <div className="box-annotations">
        {shown.length > 0 && (
          <ul className="box-chips">
            {shown.map(({ chip, kind, label }) => (
              <li key={chip.id}>
                <span className={`chip chip-${kind}${chip.status ? ' chip-with-status' : ''}`} data-testid="presented-chip">
                  <span className="visually-hidden">{label}: </span>
                  {chip.status ? (
                    <>
                      <span className="chip-title">{chip.title}</span>
                      <ChipStatus status={chip.status} />
                    </>
                  ) : (
                    chip.title
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {(rest.length > 0 || BADGES.some((b) => annotations[b.group].length > 0)) && (
          <div className="box-badges">
            <More chips={rest} words="more indicators and partners" />
            {BADGES.map(({ group, icon, one, many }) => {
              const count = annotations[group].length;
              if (count === 0) return null;
              return (
                <span key={group} className={`badge badge-${group}`} title={annotations[group].map((c) => c.title).join('; ')}>
                  <span aria-hidden="true">{icon}</span> {count}
                  <span className="visually-hidden"> {count === 1 ? one : many}</span>
                </span>
              );
            })}
          </div>
        )}
      </div>
    </>
  );
}

function More({ chips, words }: { chips: Chip[]; words: string }) {
  if (chips.length === 0) return null;
  return (
    <span className="badge badge-more" title={chips.map(describeChip).join('; ')}>
      +{chips.length}
      <span className="visually-hidden"> {words}</span>
    </span>
  );
}
