import {
  CHECKER_PROFILES,
  DEFAULT_LOW_CONFIDENCE_THRESHOLD,
  PROFILE_LABELS,
  PROFILE_RULES,
  SEVERITIES,
  commands,
  getRules,
  resolveCheckerSettings,
} from '@changemap/core';
import type { CheckerProfile, CheckerSettings as Settings, Severity } from '@changemap/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useEditor, useEditorStore } from '../state/use-editor.js';

type Grade = Severity | 'off';
const GRADE_LABELS: Record<Grade, string> = { error: 'Error', warning: 'Warning', info: 'Note', off: 'Off' };
const GRADES: readonly Grade[] = [...SEVERITIES, 'off'];

/** "Partnership plan": a profile's name for a menu. */
function profileName(profile: CheckerProfile): string {
  const label = PROFILE_LABELS[profile];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The plan's checker settings, in a disclosure under the problems: which profile checks it, how
 * serious each rule is (or off), and below which confidence a causal link is reported. Every
 * change is one undoable edit of the plan (`commands.setCheckerSettings`), saved with it.
 */
export function CheckerSettings() {
  const store = useEditorStore();
  const settings = useEditor((s) => s.plan.checker);
  const nodes = useEditor((s) => s.plan.nodes);
  const hasCallsToAction = useMemo(() => nodes.toArray().some((node) => node.kind === 'callToAction'), [nodes]);
  const resolved = resolveCheckerSettings(settings, hasCallsToAction);
  const profileDefaults = PROFILE_RULES[resolved.profile];

  const write = (next: Settings | undefined) => store.apply(commands.setCheckerSettings(next));
  // The profile says what kind of plan this is; what departs from the profile's defaults is the rules and the threshold.
  const changed = Object.keys(settings?.rules ?? {}).length + (settings?.lowConfidenceThreshold !== undefined ? 1 : 0);
  const without = <K extends keyof Settings>(key: K): Settings => {
    const { [key]: _removed, ...rest } = settings ?? {};
    return rest;
  };

  const setProfile = (value: string) => write(value === '' ? without('profile') : { ...settings, profile: value as CheckerProfile });
  const setGrade = (code: string, value: string) => {
    const { [code]: _previous, ...others } = settings?.rules ?? {};
    const rules = value === '' ? others : { ...others, [code]: value as Grade };
    write(Object.keys(rules).length > 0 ? { ...without('rules'), rules } : without('rules'));
  };

  // Ids unique to this editor: a second editor on the page has its own settings.
  const prefix = useId();
  return (
    <details className="checker-settings">
      <summary>Checker settings{changed > 0 && <span className="checker-changed"> · {changed} changed for this plan</span>}</summary>
      <div className="checker-settings-body">
        <p className="checker-help">Saved with the plan, so everyone who opens it sees the same problems. Undo reverses each change.</p>
        <div className="checker-field">
          <label htmlFor={`${prefix}-profile`}>Profile</label>
          <select id={`${prefix}-profile`} value={settings?.profile ?? ''} onChange={(e) => setProfile(e.target.value)}>
            <option value="">From the plan (now: {PROFILE_LABELS[resolved.profile]})</option>
            {CHECKER_PROFILES.map((profile) => (
              <option key={profile} value={profile}>
                {profileName(profile)}
              </option>
            ))}
          </select>
        </div>
        <ThresholdField
          value={settings?.lowConfidenceThreshold}
          onCommit={(value) => write(value === undefined ? without('lowConfidenceThreshold') : { ...settings, lowConfidenceThreshold: value })}
        />
        <table className="checker-rules">
          <caption>Rules</caption>
          <thead>
            <tr>
              <th scope="col">What it checks</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {getRules().map((rule) => {
              const fallback = profileDefaults[rule.code] ?? rule.defaultSeverity;
              const id = `${prefix}-rule-${rule.code}`;
              return (
                <tr key={rule.code} data-rule={rule.code} className={settings?.rules?.[rule.code] !== undefined ? 'is-changed' : undefined}>
                  <td>
                    <label htmlFor={id}>{rule.description}</label>
                    <code>{rule.code}</code>
                  </td>
                  <td>
                    <select id={id} value={settings?.rules?.[rule.code] ?? ''} onChange={(e) => setGrade(rule.code, e.target.value)}>
                      <option value="">Default ({GRADE_LABELS[fallback].toLowerCase()})</option>
                      {GRADES.map((grade) => (
                        <option key={grade} value={grade}>
                          {GRADE_LABELS[grade]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          className="checker-reset"
          disabled={changed === 0}
          onClick={() => write(settings?.profile !== undefined ? { profile: settings.profile } : undefined)}
        >
          Rules back to the defaults
        </button>
      </div>
    </details>
  );
}

/** The confidence threshold: typed freely, written when it is a number from 0 to 100 and the field is left or Enter pressed; empty goes back to the default. */
function ThresholdField({ value, onCommit }: { value: number | undefined; onCommit: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const parsed = text.trim() === '' ? undefined : Number(text);
  const invalid = parsed !== undefined && (!Number.isFinite(parsed) || parsed < 0 || parsed > 100);
  const commit = () => {
    if (invalid || parsed === value) return;
    onCommit(parsed);
  };
  const fieldId = useId();
  return (
    <div className="checker-field">
      <label htmlFor={fieldId}>Report causal links with confidence below</label>
      <input
        id={fieldId}
        type="number"
        min={0}
        max={100}
        inputMode="numeric"
        placeholder={String(DEFAULT_LOW_CONFIDENCE_THRESHOLD)}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={`${fieldId}-help`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span id={`${fieldId}-help`} className={invalid ? 'field-error' : 'checker-help'}>
        {invalid ? 'Enter a number from 0 to 100.' : `0–100; ${DEFAULT_LOW_CONFIDENCE_THRESHOLD} when empty.`}
      </span>
    </div>
  );
}
