/**
 * "Tower Hamlets Plan 2018-2023: our borough, our plan" (seeds/000, full plan) with its one-page
 * Strategic Framework (seeds/004). The framework graphic that listed each theme's key outcomes did
 * not survive text extraction, so every outcome here is phrased from the theme's narrative and
 * marked derived. The plan set no indicators: it left them to the thematic boards.
 */
import { PlanBuilder } from '../lib/builder.js';

export const DOCUMENT = 'Tower Hamlets Plan 2018-2023: our borough, our plan';
const FRAMEWORK = 'Tower Hamlets Strategic Framework 2018-2023 (one-page summary)';

export function buildTowerHamletsPlan2018() {
  const b = new PlanBuilder(
    {
      id: 'tower-hamlets-plan-2018-2023',
      title: 'Tower Hamlets Plan 2018-2023: our borough, our plan',
      period: '2018-2023',
      // A partnership plan (vision, calls to action, priorities): said here so the checker need not infer it.
      checker: { profile: 'partnershipPlan' },
      description:
        'The Tower Hamlets Partnership’s plan before 2023: one key objective, four themes with key outcomes, the ways of working that achieve it, and the next steps for the first year.',
    },
    DOCUMENT,
  );

  b.section('Our vision > key objective');
  b.add('vision', 'objective', 'Tackling inequality by building a strong, inclusive and fair borough', {
    description:
      'The plan’s key objective, at the centre of the Strategic Framework (which words it “building a stronger, more inclusive and fairer borough”).',
  });

  const themes: [string, string, string][] = [
    [
      'theme-1',
      'A better deal for children and young people: aspiration, education and skills',
      'High quality education is a stepping stone to high quality employment; children and young people supported in and outside education.',
    ],
    [
      'theme-2',
      'Good jobs and employment',
      'Help residents capitalise on the dynamic employment growth around them, because being in work improves outcomes in many areas of life.',
    ],
    [
      'theme-3',
      'Strong, resilient and safe communities',
      'Strong and resilient communities are happier and healthier; focus on crime prevention, fear of crime, fire safety and cohesion.',
    ],
    [
      'theme-4',
      'Better health and well-being',
      'Person-centred, joined-up health and care, prevention and early intervention, and the wider determinants of health.',
    ],
  ];
  themes.forEach(([id, title, description], i) => {
    b.section(`Tackling inequality > theme (${['i', 'ii', 'iii', 'iv'][i]})`);
    b.add(
      'callToAction',
      id,
      title,
      { number: i + 1, description },
      { note: 'The plan calls these “themes”; each is modelled as a call to action with its own theory of change.' },
    );
    b.link(id, 'objective');
  });

  const outcome = (theme: string, id: string, title: string, from: string) => {
    b.derive('outcome', id, title, `The framework graphic listing key outcomes was lost in extraction; phrased from the theme narrative: “${from}”.`, {
      horizon: 'medium',
    });
    b.link(id, theme);
    return id;
  };
  b.section('Tackling inequality > theme (i) A better deal for children and young people');
  outcome(
    'theme-1',
    'o1-school',
    'Children and young people do well at school and go on to reach their full potential',
    'help our children and young people do well at school and go on to reach their full potential',
  );
  outcome(
    'theme-1',
    'o1-routes',
    'Young people have the skills and confidence to succeed, whether through work, apprenticeships or higher education',
    'Whatever route our young people choose we want to equip them with the skills and confidence to succeed in the modern economy',
  );
  outcome(
    'theme-1',
    'o1-positive-role',
    'Children and young people play a positive role in the borough through youth facilities and sports clubs',
    'supported outside of education to play a positive role in the borough, for example through youth facilities and sports clubs',
  );
  b.section('Tackling inequality > theme (ii) Good jobs and employment');
  outcome(
    'theme-2',
    'o2-employment',
    'Local residents benefit from the employment growth around them',
    'help local residents to capitalise on the dynamic employment growth occurring around them',
  );
  outcome(
    'theme-2',
    'o2-skills',
    'Education and skills training meets the needs of the job market',
    'ensure that the education and skills training available supports the needs of the job market',
  );
  outcome(
    'theme-2',
    'o2-employers',
    'Employers, partners included, recruit inclusively and give fair access to jobs',
    'inclusive recruitment, responsible employment and fair access to jobs',
  );
  outcome(
    'theme-2',
    'o2-investment',
    'Coordinated investment makes the borough a dynamic place for innovation and new businesses',
    'a borough that is a dynamic place for innovation and those who want to set up a business',
  );
  b.section('Tackling inequality > theme (iii) Strong, resilient and safe communities');
  outcome('theme-3', 'o3-crime', 'Less crime and anti-social behaviour, and less fear of crime', 'focus more on crime prevention and reducing fear of crime');
  outcome(
    'theme-3',
    'o3-homes-safe',
    'Residents are safe and secure in their homes, including from fire',
    'residents are concerned about the safety and security of their home … fire safety',
  );
  outcome(
    'theme-3',
    'o3-cohesion',
    'Communities are integrated and cohesive, and fewer people are socially isolated',
    'support greater integration and cohesion … tackling social isolation',
  );
  b.section('Tackling inequality > theme (iv) Better health and well-being');
  outcome(
    'theme-4',
    'o4-joined-up',
    'People get person-centred, joined-up health and care with more independence and control',
    'co-ordinated, joined-up services that enable people to have greater independence and more control over their care',
  );
  outcome(
    'theme-4',
    'o4-inequalities',
    'Health inequalities are tackled through prevention and early intervention',
    'Through further close partnership working, prevention, early intervention … we will tackle health inequalities',
  );
  outcome(
    'theme-4',
    'o4-wider',
    'People are healthier in body and mind, with good housing and spaces to be active',
    'from good quality housing to accessible parks and open spaces … spaces for people to be active',
  );

  b.section('How will we achieve our objective?');
  const ways: [string, string, string][] = [
    [
      'pr-whole-system',
      'A whole system approach to change',
      'Working together in new ways, building better alignments and putting the interests of the borough above those of our individual organisations.',
    ],
    ['pr-reform', 'Public service reform', 'Focusing on outcomes and assets, rather than organisations, services or process.'],
    ['pr-early', 'Early intervention', 'Improving outcomes and managing demand by intervening early.'],
    [
      'pr-partnership',
      'Increase partnership working',
      'Working together to provide more integrated services that respond to the complexity of people’s needs.',
    ],
    [
      'pr-active',
      'Active communities',
      'We need to work alongside and with local people, both in the formal voluntary sector and more informally, to encourage and support the daily interactions and relationships that can make such a difference to people’s lives.',
    ],
  ];
  for (const [id, title, description] of ways) {
    b.add('principle', id, title, { description }, { document: FRAMEWORK });
    for (const theme of themes) b.link(id, theme[0], { note: 'The plan applies its ways of working to the whole plan, so each guides every theme.' });
  }

  b.section('Our next steps');
  const system = b.derive(
    'outcome',
    'o-one-system',
    'Partners work as one system, speak with one voice and share accountability for the borough’s outcomes',
    'Phrased from the next steps, which are about how the Partnership works rather than any one theme.',
    { horizon: 'short' },
  );
  const image = b.derive(
    'outcome',
    'o-perceptions',
    'Perceptions of Tower Hamlets reflect its many successes, not inner-city stereotypes',
    'Phrased from the next step “Changing perceptions of Tower Hamlets”.',
    { horizon: 'medium' },
  );
  b.link(system, 'objective');
  b.link(image, 'objective');
  const step = (id: string, title: string, description: string, outcomeId: string, source = FRAMEWORK) => {
    b.add('action', id, title, { actor: 'partners', description }, { document: source });
    b.link(id, outcomeId);
  };
  step(
    'ns-perceptions',
    'Changing perceptions of Tower Hamlets',
    'We will lead a high-profile positive communications campaign about the borough, to tackle negative perceptions and inner city stereotypes.',
    image,
  );
  step(
    'ns-one-voice',
    'Speaking with one voice on behalf of Tower Hamlets',
    'Setting up a Brexit Commission to examine the impacts that Brexit will have on the council, our local economy and residents.',
    system,
  );
  step(
    'ns-movement',
    'Building the movement for change in Tower Hamlets',
    'We will host a programme of summits throughout the year with local citizens and organisations.',
    system,
  );
  step(
    'ns-budgets',
    'Joining up budgets and services',
    'Following the first ever analysis of total public sector spend in the borough, explore more effective alignment of budgets where possible.',
    system,
  );
  step(
    'ns-codesign',
    'Co-design and co-production',
    'Using the principles of co-design and co-production so the community and local partners have a voice in shaping the design of local services.',
    system,
  );
  step(
    'ns-jobs',
    'Bridging the gap between local people and good local jobs',
    'Strengthening connections locally, between people, education services and employers; partners review their own mentoring, apprenticeship, recruitment and employment practices.',
    'o2-employment',
  );
  step(
    'ns-accountability',
    'Building shared local accountability',
    'All the organisations in the Partnership sign up to playing their part in achieving the shared outcomes, and continue to share data among partners.',
    system,
  );
  step(
    'ns-culture',
    'Culture change and people development',
    'Partners lead culture change and staff development in their own organisations to enable the new ways of working set out in the Plan.',
    system,
  );
  step(
    'ns-summit-ideas',
    'Taking forward the ideas from the first Tower Hamlets Summit',
    'Share the summit’s ideas and discuss them with the thematic partnerships so they are built into their own plans.',
    system,
    DOCUMENT,
  );
  step(
    'ns-nhs',
    'Future-proofing the NHS in Tower Hamlets',
    'Direct Section 106 and Community Infrastructure Levy money to high quality health infrastructure where it is needed most.',
    'o4-joined-up',
    DOCUMENT,
  );
  step(
    'ns-brexit',
    'Understanding the impact of Brexit',
    'WorkPath will work with local employers to identify potential skills shortages as a result of Brexit and put schemes in place to meet them.',
    'o2-skills',
    DOCUMENT,
  );
  b.link('pr-partnership', 'ns-budgets');
  b.link('pr-active', 'ns-codesign');

  b.section('Taking forward the ideas from the first Tower Hamlets Summit');
  const boards: [string, string, string, string][] = [
    ['hwb', 'Health and Wellbeing Board', 'theme-4', 'Health and well-being is the board’s remit.'],
    ['tht', 'Tower Hamlets Together', 'theme-4', 'The plan says the theme is delivered “through the Tower Hamlets Together (THT) partnership”.'],
    ['gedp', 'Growth and Economic Development Partnership', 'theme-2', 'Jobs and employment is the partnership’s remit.'],
    ['cfp', 'Children and Families Partnership', 'theme-1', 'Children and young people are the partnership’s remit.'],
    ['housing-forum', 'Tower Hamlets Housing Forum', 'theme-3', 'Safety and security of homes sits with housing providers.'],
    ['csp', 'Community Safety Partnership', 'theme-3', 'Crime and anti-social behaviour is the partnership’s remit.'],
  ];
  for (const [id, title, theme, why] of boards) {
    b.add('partner', id, title);
    b.link(theme, id, {
      note: `“The bulk of the delivery will be undertaken by the existing partnership thematic boards”; the plan does not say which board takes which theme. ${why}`,
    });
  }
  b.section('Introduction from the Mayor John Biggs');
  b.add('partner', 'peg', 'Tower Hamlets Partnership Executive Group', { description: 'Chaired by the Mayor.' });
  b.link('ns-accountability', 'peg', { note: 'Shared accountability for the plan sits with the Partnership, led by its Executive Group.' });
  return b.plan;
}
