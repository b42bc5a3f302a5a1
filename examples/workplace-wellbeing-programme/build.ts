/**
 * A programme theory of change for one public-health intervention in the Partnership Plan
 * (seeds/001, call to action 2): workplace mental wellbeing support for the borough's small
 * employers. It is drawn as a logic model — inputs → activities → outputs → outcomes → impact —
 * and checked with the `programme` profile. What the plan states is marked with its section;
 * what the modeller had to phrase (outputs and short-term outcomes the plan implies) is marked
 * derived, with a note saying why. The evidence is the research the plan itself cites.
 */
import { PlanBuilder } from '../lib/builder.js';

export const DOCUMENT = 'A Tower Hamlets for All — Partnership Plan 2023-2028';
const WHY = 'Call to action 2 > Everyone in Tower Hamlets should be able to enjoy good mental health and wellbeing';
const WHAT = 'Call to action 2 > What we will do together > 2.1';

export function buildWorkplaceWellbeing() {
  const b = new PlanBuilder(
    {
      id: 'workplace-wellbeing-programme',
      title: 'Workplace mental wellbeing in small employers — a programme theory of change',
      period: '2023-2024',
      description:
        'More than 90% of businesses in Tower Hamlets are micro, small or medium-sized enterprises with little HR capacity to support wellbeing. The council has trained over 1,800 people working in them for free and plans further support in 2023-2024; partners will promote the Good Work Standard. This logic model traces how that support is meant to reduce workplace stress and, through it, improve residents’ mental health.',
      levels: [
        { id: 'inputs', title: 'Inputs', description: 'What the programme draws on.' },
        { id: 'activities', title: 'Activities', description: 'What the partners do.' },
        { id: 'outputs', title: 'Outputs', description: 'What the activities directly produce.' },
        { id: 'short-term', title: 'Short-term outcomes', description: 'Changes in what employers and managers know and do.' },
        { id: 'medium-term', title: 'Medium-term outcomes', description: 'Changes in workplaces.' },
        { id: 'long-term', title: 'Long-term outcomes', description: 'Changes for staff and employers.' },
        { id: 'impact', title: 'Impact', description: 'The change for residents the programme serves.' },
      ],
      checker: { profile: 'programme' },
    },
    DOCUMENT,
  );

  // ── Inputs ───────────────────────────────────────────────────────────────────────────────────
  b.section(WHY);
  b.add('action', 'in-training-offer', 'Council-funded free workplace wellbeing training for small organisations', {
    level: 'inputs',
    actor: 'Tower Hamlets Council',
  });
  b.add('action', 'in-nice', 'NICE guidance for mental wellbeing at work (2022)', {
    level: 'inputs',
    description: 'The plan names the guidance NICE released in 2022 (NG212, “Mental wellbeing at work”).',
  });
  b.section(WHAT);
  b.add('action', 'in-good-work-standard', 'The Mayor of London’s Good Work Standard', {
    level: 'inputs',
    description:
      'An accreditation scheme that provides a framework for action to help employers build good practice in workplace wellbeing and work as a determinant of mental health.',
  });

  // ── Activities ───────────────────────────────────────────────────────────────────────────────
  b.section(WHY);
  const train = b.add('action', 'act-train', 'Train people working in micro, small and medium-sized enterprises in workplace wellbeing', {
    level: 'activities',
    actor: 'Tower Hamlets Council',
  });
  const support = b.add('action', 'act-further-support', 'Give small employers further support with workplace wellbeing in 2023-2024', {
    level: 'activities',
    actor: 'Tower Hamlets Council',
    status: 'planned',
  });
  b.section(WHAT);
  const signUp = b.add('action', 'act-good-work', 'Encourage partners, businesses and supply chains to sign up to the Good Work Standard', {
    level: 'activities',
    actor: 'partners',
  });
  b.link('in-training-offer', train);
  b.link('in-training-offer', support);
  b.link('in-nice', support, { note: 'The plan cites the NICE guidance beside the further support; the support is read as following it.' });
  b.link('in-good-work-standard', signUp);

  // ── Outputs ──────────────────────────────────────────────────────────────────────────────────
  b.section(WHY);
  const trained = b.add('output', 'out-trained', 'Over 1,800 people working in small organisations trained', { level: 'outputs' });
  const supported = b.derive(
    'output',
    'out-employers-supported',
    'Small employers given wellbeing support in 2023-2024',
    'The plan says it will provide further support to this cohort; it states no number, so none is given.',
    { level: 'outputs' },
  );
  b.section(WHAT);
  const accredited = b.derive(
    'output',
    'out-accredited',
    'Partners, businesses and suppliers accredited to the Good Work Standard',
    'What signing up produces; the plan sets no number of accreditations.',
    { level: 'outputs' },
  );
  const sme = b.derive(
    'assumption',
    'as-sme-release',
    'Small employers can release staff for training despite their lower HR capacity',
    'The plan notes SMEs’ lower HR capacity as a challenge; that they can still take up the offer is what the training assumes.',
    { uncertainty: 'medium' },
  );
  b.link(sme, b.link(train, trained, { fields: { confidence: 80, rationale: 'The council has already trained over 1,800 people this way.' } }), {
    kind: 'underlies',
  });
  b.link(support, supported, { fields: { confidence: 70 } });
  b.link(signUp, accredited, { fields: { confidence: 55, rationale: 'Sign-up is voluntary; the plan encourages it but cannot require it.' } });

  // ── Short-term outcomes ──────────────────────────────────────────────────────────────────────
  b.section(WHY);
  const managers = b.derive(
    'outcome',
    'oc-managers-able',
    'Managers in small organisations can recognise stress and support their staff’s wellbeing',
    'Phrased from the plan’s reason for the training: smaller organisations have unique challenges supporting wellbeing because of their lower HR capacity.',
    { horizon: 'short', level: 'short-term' },
  );
  b.section(WHAT);
  const practice = b.add('outcome', 'oc-good-practice', 'Employers build good practice in workplace wellbeing', { horizon: 'short', level: 'short-term' });
  b.link(trained, managers, { fields: { confidence: 65 } });
  b.link(supported, managers, { fields: { confidence: 60 } });
  b.link(accredited, practice, { fields: { confidence: 70, rationale: 'The standard is a framework for exactly this practice.' } });

  // ── Medium-term outcomes ─────────────────────────────────────────────────────────────────────
  b.section(WHAT);
  const workplaces = b.derive(
    'outcome',
    'oc-workplaces',
    'Workplaces support staff wellbeing',
    'The partnership plan’s outcome for its workplace actions, as in the flagship example (o2-workplaces).',
    { horizon: 'medium', level: 'medium-term' },
  );
  b.section(WHY);
  const lessStress = b.derive(
    'outcome',
    'oc-less-stress',
    'Less workplace stress among staff of small employers',
    'The change the plan’s cited research starts from (“reducing workplace stress improves…”).',
    { horizon: 'medium', level: 'medium-term' },
  );
  b.link(managers, workplaces, { fields: { confidence: 60 } });
  b.link(practice, workplaces, { fields: { confidence: 70 } });
  b.link(workplaces, lessStress, { fields: { confidence: 60 } });

  // ── Long-term outcomes, with the evidence the plan cites ─────────────────────────────────────
  b.section(WHY);
  const performance = b.add('outcome', 'oc-performance', 'Better individual and team performance', { horizon: 'long', level: 'long-term' });
  const absence = b.add('outcome', 'oc-absence', 'Lower absenteeism', { horizon: 'long', level: 'long-term' });
  const turnover = b.add('outcome', 'oc-turnover', 'Staff less likely to intend to leave', { horizon: 'long', level: 'long-term' });
  const mentalHealth = b.derive(
    'outcome',
    'oc-staff-mental-health',
    'Staff of small employers have better mental health and wellbeing',
    'The plan: work influences mental health through time spent working, finances, physical health, purpose and relationships.',
    { horizon: 'long', level: 'long-term' },
  );
  const hse = b.add('evidence', 'ev-hse', 'Reducing workplace stress improves performance, lowers absenteeism and reduces turnover intention', {
    citation: 'Health and Safety Executive research, as cited in A Tower Hamlets for All — Partnership Plan 2023-2028, call to action 2',
    evidenceType: 'study',
    strength: 'moderate',
  });
  for (const outcome of [performance, absence, turnover])
    b.link(hse, b.link(lessStress, outcome, { fields: { confidence: 75 } }), { kind: 'supports', fields: { strength: 'moderate' } });
  const nice = b.add(
    'evidence',
    'ev-nice',
    'NICE guideline NG212: employers should support mental wellbeing at work through organisation-wide approaches and trained managers',
    {
      citation: 'National Institute for Health and Care Excellence (2022). Mental wellbeing at work (NG212)',
      url: 'https://www.nice.org.uk/guidance/ng212',
      strength: 'strong',
    },
  );
  b.link(nice, b.link(lessStress, mentalHealth, { fields: { confidence: 70 } }), { kind: 'supports', fields: { strength: 'strong' } });

  // ── Impact ───────────────────────────────────────────────────────────────────────────────────
  b.section(WHY);
  const impact = b.add('aim', 'impact', 'More people in Tower Hamlets have good wellbeing and fewer have symptoms of poor mental health', { level: 'impact' });
  b.link(mentalHealth, impact, {
    fields: { confidence: 60, rationale: 'Most working residents work in small organisations: more than 90% of the borough’s businesses are SMEs.' },
  });
  b.link(absence, impact, { fields: { confidence: 45 } });

  return b.plan;
}
