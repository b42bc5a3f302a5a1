import { FILTER_FACETS, getFilterOptions, getPlanLevels, NODE_STATUS_LABELS } from '@changemap/core';
import type { FilterFacet, FilterOption, NodeFilter, Plan } from '@changemap/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { getViewMembers } from '../adapter/view-members.js';
import { useEditor } from '../state/use-editor.js';
import { useLens, useLensStore } from './use-lens.js';

const FACET_TITLES: Record<FilterFacet, string> = { partner: 'Partner', tag: 'Tag', level: 'Level', status: 'Status' };

/**
 * Filters by partner, tag, level and status. Boxes that do not pass are dimmed, not removed, so
 * the layout never jumps. Only facets the open view has values for are offered (a view with no
 * statuses has no Status list). "n filters on · Clear" says when any is on, even with the menu shut.
 */
export function FilterMenu() {
  const lens = useLensStore();
  const plan = useEditor((s) => s.plan);
  const viewId = useEditor((s) => s.viewId);
  const filter = useLens((s) => s.filter);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Counted only while the menu is open: a layout or a drag changes the plan on every move, and
  // counting a large view's partners and tags each time was a tenth of a 1,000-box layout's work.
  const options = useMemo(
    () => (open ? withChosen(getFilterOptions(plan, getViewMembers(plan, viewId).nodeIds), filter, plan) : undefined),
    [open, plan, viewId, filter],
  );
  const on = FILTER_FACETS.reduce((sum, facet) => sum + (filter[facet]?.length ?? 0), 0);

  // The menu closes on a click elsewhere, like any menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const facets = options ? FILTER_FACETS.filter((facet) => options[facet].length > 0).map((facet) => [facet, options[facet]] as const) : [];
  return (
    <div className="lens-filter" ref={root}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} data-action="filters" onClick={() => setOpen((o) => !o)}>
        Filter{on > 0 ? ` (${on})` : ''} ▾
      </button>
      {on > 0 && (
        <span className="lens-filter-note" data-testid="filters-on">
          {on} filter{on === 1 ? '' : 's'} on ·{' '}
          <button type="button" className="link-button" onClick={() => lens.clearFilters()}>
            Clear
          </button>
        </span>
      )}
      <div
        id={panelId}
        className="lens-filter-panel"
        role="group"
        aria-label="Filter boxes"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }}
      >
        {options && facets.length === 0 && <p className="muted">This view has no partners, tags, levels or statuses to filter by.</p>}
        {facets.map(([facet, facetOptions]) => (
          <fieldset key={facet}>
            <legend>{FACET_TITLES[facet]}</legend>
            {facetOptions.map((option) => (
              <label key={option.value}>
                <input
                  type="checkbox"
                  checked={filter[facet]?.includes(option.value) ?? false}
                  onChange={(e) => lens.toggleFilter(facet, option.value, e.target.checked)}
                />
                {option.label} <span className="muted">({option.count})</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}

/**
 * Values chosen on another view stay in the filter: they are listed here too (with no boxes), so
 * they can be unticked where they are, not only cleared.
 */
function withChosen(options: Record<FilterFacet, FilterOption[]>, filter: NodeFilter, plan: Plan): Record<FilterFacet, FilterOption[]> {
  const result = { ...options };
  for (const facet of FILTER_FACETS) {
    const missing = (filter[facet] ?? []).filter((value) => !options[facet].some((o) => o.value === value));
    if (missing.length === 0) continue;
    const label = (value: string) =>
      (facet === 'partner'
        ? plan.nodes.get(value)?.title
        : facet === 'level'
          ? getPlanLevels(plan).find((l) => l.id === value)?.title
          : facet === 'status'
            ? NODE_STATUS_LABELS[value]
            : undefined) ?? value;
    result[facet] = [...options[facet], ...missing.map((value) => ({ value, label: label(value), count: 0 }))];
  }
  return result;
}
