import { applyCommand, commands, createPlan, type Plan, type PlanEdge, type PlanNode } from '@changemap/core';

const source = 'A Tower Hamlets for All — Partnership Plan 2023-2028';

/**
 * A small plan built in code with `@changemap/core`: part of call to action 4 of the Tower Hamlets
 * Partnership Plan (the repository's flagship example), as a host app might build one from its own data.
 * No positions are given, so the editor lays the view out when it opens.
 */
export function buildPlan(): Plan {
  const nodes: PlanNode[] = [
    {
      id: 'vision',
      kind: 'vision',
      title: 'Residents and partners working together to improve quality of life, advance equality, opportunity, and empowered communities.',
      provenance: { document: source, section: 'A new shared vision' },
    },
    {
      id: 'shared-1',
      kind: 'outcome',
      horizon: 'long',
      title: 'Address inequalities between residents from different backgrounds reducing gaps in health, earnings, education, housing, and opportunity',
      provenance: { document: source, section: 'A new shared vision > Our shared outcomes' },
    },
    {
      id: 'aim-1',
      kind: 'aim',
      title: 'More people are able to live, work, learn and play in ways that meet their needs in the borough',
      provenance: { document: source, section: 'A new shared vision > Aims' },
    },
    {
      id: 'cta-4',
      kind: 'callToAction',
      number: 4,
      title: 'Everyone in Tower Hamlets should have access to good work and skills and an income that meets their needs',
      provenance: { document: source, section: 'Call to action 4' },
    },
    {
      id: 'p4.2',
      kind: 'priority',
      number: '4.2',
      title: 'Support skills development, good work and financial security',
      provenance: { document: source, section: 'Call to action 4 > What we will do together > 4.2' },
    },
    {
      id: 'o4-jobs',
      kind: 'outcome',
      horizon: 'long',
      title: 'More residents, especially women, young people and those facing barriers, are in good, sustainable work',
      provenance: { document: source, section: 'Call to action 4 > What we will do together > 4.2', derived: true },
    },
    {
      id: 'o4-skills',
      kind: 'outcome',
      horizon: 'medium',
      title: 'Residents gain the skills and visible pathways to good careers',
      provenance: { document: source, section: 'Call to action 4 > What we will do together > 4.2', derived: true },
    },
    {
      id: 'a4.2-5',
      kind: 'action',
      actor: 'partners',
      title:
        'Our health and employment partnership will work together to fill local NHS workforce vacancies, through training, employment and apprenticeship pathways and through the Healthcare Horizons programme.',
      provenance: { document: source, section: 'Call to action 4 > What we will do together > 4.2' },
    },
    {
      id: 'i4-employment',
      kind: 'indicator',
      direction: 'increase',
      unit: '%',
      title: 'Employment rate and subcategories (including female, BAME (incl. Bangladeshi), disability, young people, over 50’s)',
      dataSource: { name: 'Labour Supply, ONS annual population Survey', publisher: 'Office for National Statistics' },
      provenance: { document: source, section: 'Call to action 4 > Performance Indicators – making a difference' },
    },
  ];
  const links: [PlanEdge['kind'], string, string][] = [
    ['contributesTo', 'shared-1', 'vision'],
    ['contributesTo', 'aim-1', 'shared-1'],
    ['contributesTo', 'cta-4', 'aim-1'],
    ['contributesTo', 'p4.2', 'cta-4'],
    ['contributesTo', 'o4-jobs', 'p4.2'],
    ['contributesTo', 'o4-skills', 'o4-jobs'],
    ['contributesTo', 'a4.2-5', 'o4-skills'],
    ['measures', 'i4-employment', 'o4-jobs'],
  ];
  const plan = createPlan({
    id: 'tower-hamlets-cta-4-extract',
    title: 'Good work and skills (an extract of the Tower Hamlets Partnership Plan)',
    period: '2023-2028',
  });
  return applyCommand(
    plan,
    commands.batch(
      ...nodes.map((node) => commands.addNode(node)),
      ...links.map(([kind, source, target]) => commands.connect({ id: `${kind}:${source}:${target}`, kind, source, target })),
    ),
  );
}
