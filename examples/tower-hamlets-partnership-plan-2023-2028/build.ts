/**
 * "A Tower Hamlets for All — Partnership Plan 2023-2028" (seeds/001) as a Changemap plan.
 * Everything stated in the plan is here with its section; what the modeller had to phrase
 * (outcomes the text implies, research questions from the HDRC commitments, which aim each call
 * to action serves) is marked derived, with a note saying why.
 */
import { DEFAULT_LEVELS, type IndicatorNode, type Measurement } from '@changemap/core';
import { PlanBuilder } from '../lib/builder.js';

type IndicatorFields = Partial<Omit<IndicatorNode, 'id' | 'kind' | 'title' | 'provenance'>>;

export const DOCUMENT = 'A Tower Hamlets for All — Partnership Plan 2023-2028';

/** The plan's two shared outcomes sit between its aims and its vision. */
export const SHARED_OUTCOMES_LEVEL = {
  id: 'shared-outcome',
  title: 'Shared outcomes',
  description: 'The two outcomes the whole partnership shares, between the aims and the vision.',
};

export function buildPartnershipPlan() {
  const b = new PlanBuilder(
    {
      id: 'tower-hamlets-partnership-plan-2023-2028',
      title: 'A Tower Hamlets for All — Partnership Plan 2023-2028',
      period: '2023-2028',
      // A partnership plan (vision, calls to action, priorities): said here so the checker need not infer it.
      checker: { profile: 'partnershipPlan' },
      description:
        'The Tower Hamlets Partnership’s plan: a shared vision, two shared outcomes, two aims and five calls to action, each with priorities, the actions partners and residents will take, and the indicators that show progress.',
      // Declared so the file says how it reads: actions → outcomes by horizon → priorities →
      // calls to action → aims → shared outcomes → vision. These are the default levels plus one:
      // the plan puts its two shared outcomes beside the vision, above the aims that serve them
      // (aim 1 → shared outcome 1), so they get a level of their own there; on the default
      // long-term outcome level the aim → shared outcome links would run backwards (level-order).
      levels: [
        ...DEFAULT_LEVELS.filter((level) => level.id !== 'vision'),
        SHARED_OUTCOMES_LEVEL,
        ...DEFAULT_LEVELS.filter((level) => level.id === 'vision'),
      ].map((level) => ({ ...level })),
    },
    DOCUMENT,
  );

  // ── Vision, shared outcomes, aims ────────────────────────────────────────────────────────────
  b.section('A new shared vision');
  b.add('vision', 'vision', 'Residents and partners working together to improve quality of life, advance equality, opportunity, and empowered communities.', {
    description:
      'The introduction words it “…promote equality, opportunity, and empowered communities”; the vision page says “advance”. The vision page is used.',
  });
  b.section('A new shared vision > Our shared outcomes');
  b.add(
    'outcome',
    'shared-1',
    'Address inequalities between residents from different backgrounds reducing gaps in health, earnings, education, housing, and opportunity',
    { horizon: 'long', level: SHARED_OUTCOMES_LEVEL.id },
  );
  b.add(
    'outcome',
    'shared-2',
    'Improve our neighbourhoods, ensuring they are places for living, shopping and entertainment, where communities feel safe and get on well together, and climate change is tackled',
    { horizon: 'long', level: SHARED_OUTCOMES_LEVEL.id },
  );
  b.linkAll(['shared-1', 'shared-2'], 'vision');
  b.section('A new shared vision > Aims');
  b.add('aim', 'aim-1', 'More people are able to live, work, learn and play in ways that meet their needs in the borough');
  b.add(
    'aim',
    'aim-2',
    'Tower Hamlets has better neighbourhoods which support good health and wellbeing, and where all people feel safe, belong and get on well',
  );
  b.link('aim-1', 'shared-1', {
    note: 'The plan lists the aims beside the shared outcomes without linking them; aim 1 (meeting needs) is read as serving the inequalities outcome.',
  });
  b.link('aim-2', 'shared-2', { note: 'Aim 2 (better, safe neighbourhoods) restates the neighbourhoods outcome.' });

  // ── Calls to action ──────────────────────────────────────────────────────────────────────────
  const ctaAim = 'The plan does not map calls to action to aims; this link follows the wording of both.';
  b.section('Call to action 1');
  b.add('callToAction', 'cta-1', 'Tower Hamlets will be a fair, inclusive and anti-racist borough', {
    number: 1,
    description:
      'We want a borough where everyone feels valued and included, and where poverty does not dictate health or economic outcomes. 87% of residents say people from different backgrounds get on well together, yet residents want greater equality, less segregation and strong anti-discrimination and anti-racism work; Covid-19 and the cost of living hit the most deprived hardest; food insecurity, homelessness and digital exclusion stand in the way of equal life chances.',
  });
  b.section('Call to action 2');
  b.add('callToAction', 'cta-2', 'Everyone in Tower Hamlets should be able to enjoy good mental health and wellbeing', {
    number: 2,
    description:
      'Poor mental health and wellbeing is common: only two-thirds of primary and under half of secondary pupils say they are happy with their life, over 22,000 adults live with a common mental illness and nearly 5,000 with a serious one. Prevention means access to activities that improve wellbeing, support and services, and tackling risk factors such as trauma, loneliness, substance misuse, housing, money and work.',
  });
  b.section('Call to action 3');
  b.add('callToAction', 'cta-3', 'Everyone in Tower Hamlets should feel safe and live in good-quality homes and healthy, inviting neighbourhoods', {
    number: 3,
    description:
      'Everyone has the right to be safe at home and in their area. The ambition is to make Tower Hamlets one of the safest boroughs in London, to meet housing need and tackle overcrowding, to protect green spaces, clean the air, reach net zero by 2045 and tackle waste.',
  });
  b.section('Call to action 4');
  b.add('callToAction', 'cta-4', 'Everyone in Tower Hamlets should have access to good work and skills and an income that meets their needs', {
    number: 4,
    description:
      'A strong, dynamic and equitable local economy that creates opportunities, with a Community Wealth Building approach so that wealth flows back to local people. Many households struggle with the cost of living, 13.7% of residents have never worked or are long-term unemployed, and women and Bangladeshi residents face gaps in employment and healthy life expectancy.',
  });
  b.section('Call to action 5');
  b.add(
    'callToAction',
    'cta-5',
    'A child-friendly borough where children and young people from all backgrounds thrive, achieve their best, have opportunities, and are listened to',
    {
      number: 5,
      description:
        'Children and young people are the borough’s greatest asset. A great start in the first 1001 days, support for children with SEND, a codesigned youth service, universal free school meals and help into education and work, with children’s voices shaping services.',
    },
  );
  b.link('cta-1', 'aim-1', { note: ctaAim });
  b.link('cta-2', 'aim-2', { note: ctaAim });
  b.link('cta-3', 'aim-2', { note: ctaAim });
  b.link('cta-4', 'aim-1', { note: ctaAim });
  b.link('cta-5', 'aim-1', { note: ctaAim });

  // ── Principles ───────────────────────────────────────────────────────────────────────────────
  b.section('Our Partnership commitments and system-wide improvement principles');
  const principle = (id: string, title: string, description: string) => b.add('principle', id, title, { description });
  principle(
    'pr-research',
    'Research-led and evidence-informed',
    'Strengthening our research and evidence-based approaches and collaborations to shape policy, address inequalities and improve outcomes with a focus on prevention.',
  );
  principle(
    'pr-data',
    'Data sharing',
    'As part of the No Wrong Door agenda, to understand trends, needs, and how the system is working, supporting better targeting, closer partnerships, and better policy and outcomes.',
  );
  principle('pr-targeting', 'Better targeting', 'Identifying those at greatest risk and targeting support.');
  principle(
    'pr-networks',
    'Stronger networks',
    'Supporting open information (for example, service directories) and networks to ensure collaboration amongst services to target support.',
  );
  principle(
    'pr-equalities',
    'Equalities and anti-racism',
    'Putting equalities at the heart of everything we do. Members working towards a workforce to reflect the community.',
  );
  principle(
    'pr-community',
    'Community first and coproduction',
    'Everything we do is driven by community needs and has coproduction and co-design at its core – supported by resources and built on trust, power sharing, and effective communications.',
  );
  principle(
    'pr-open',
    'Open and transparent',
    'Sharing information about how we work, our decision-making processes, the services we provide, and our performance. We encourage active participation by residents in influencing decisions.',
  );
  principle(
    'pr-assets',
    'Best use of assets and resources',
    'Making the most of the assets we have (including our buildings and community spaces, leisure facilities, parks, and open spaces), sharing resources, and ensuring value for money and social value.',
  );
  principle(
    'pr-place',
    'Celebrating place and promoting the borough (TH_IS)',
    'To showcase and advocate the campaign and embed TH_IS as an umbrella campaign for anything that promotes or markets Tower Hamlets.',
  );
  principle(
    'pr-climate',
    'Sustainability and climate change',
    'Net zero 2045 - Reduce carbon emissions and ensure environmental protection, embedding environmental considerations (society and planet) in procurement, commissioning, and decision-making processes.',
  );

  // ── Partners and thematic boards ─────────────────────────────────────────────────────────────
  b.section('Working together: our Tower Hamlets Partnership');
  b.add('partner', 'peg', 'Partnership Executive Group', {
    description:
      'Chaired by the Mayor; receives updates from the thematic boards at least annually; its sub-groups progress research, the place campaign, anti-racism commitments and digital inclusion.',
  });
  b.add('partner', 'hdrc', 'Health Determinants Research Collaboration (HDRC)', {
    description: 'Helps the Partnership build evidence and define a research agenda and research questions linked to the plan’s objectives.',
  });
  b.derive(
    'partner',
    'hwb',
    'Health and Wellbeing Board',
    'The plan commits to implement the Health and Wellbeing Strategy (priority 1.1) but does not name the board; the strategy is owned by the borough’s statutory Health and Wellbeing Board, one of the six thematic boards.',
  );
  b.section('Call to action 1');
  b.add('partner', 'equalities-hub', 'Equalities Hub', {
    description: 'A partnership of community organisations, Tower Hamlets Council for Voluntary Service, Healthwatch Tower Hamlets and the Council.',
  });
  b.add('partner', 'digital-inclusion', 'Digital Inclusion partnership', { description: 'Delivers the Digital Inclusion partnership action plan (2021).' });
  b.add('partner', 'business-leaders', 'Business Leaders Forum', { description: 'Provides a career pipeline for young people from diverse backgrounds.' });
  b.section('Call to action 3');
  b.add('partner', 'csp', 'Community Safety Partnership', {
    description: 'Leads the journey to make Tower Hamlets one of the safest boroughs in London; new strategic plan in 2025.',
  });
  b.add('partner', 'cdp', 'Combating Drugs Partnership', {
    description: 'Sits under the Community Safety Partnership; needs assessment and strategy on drug supply, treatment and recovery, and demand.',
  });
  b.add('partner', 'yjp', 'Youth Justice Partnership', {
    description: 'Prevents crime and antisocial behaviour and reduces offending and reoffending by children and young people.',
  });
  b.add('partner', 'met', 'Metropolitan Police', { description: 'Partner in building trust and confidence in policing (A New Met for London, 2023-25).' });
  b.section('Call to action 4');
  b.add('partner', 'health-employment', 'Health and employment partnership', {
    description: 'Fills local NHS workforce vacancies through training, employment and apprenticeship pathways.',
  });
  b.section('Call to action 5');
  b.add('partner', 'cfp', 'Children and Families Partnership', { description: 'Owns the Children and Families Partnership Plan 2024-2029.' });

  cta1(b);
  cta2(b);
  cta3(b);
  cta4(b);
  cta5(b);
  research(b);
  assumptionsAndEvidence(b);
  return b.plan;
}

/** Adds an action under `section`, linked to the outcome it changes. */
function actions(b: PlanBuilder, prefix: string, outcomeOf: (i: number) => string, titles: string[], actor = 'partners'): string[] {
  return titles.map((title, i) => {
    const id = `${prefix}-${i + 1}`;
    b.add('action', id, title, { actor });
    b.link(id, outcomeOf(i));
    return id;
  });
}

function indicator(b: PlanBuilder, id: string, title: string, fields: IndicatorFields, measures: string[]): void {
  b.add('indicator', id, title, fields);
  for (const target of measures) b.link(id, target);
}

const ARS = { name: 'Annual Residents Survey', publisher: 'Tower Hamlets Council' };
/** The area the plan's indicators are for (its ONS code), so imported data and comparators line up. */
const TOWER_HAMLETS = { code: 'E09000030', name: 'Tower Hamlets' };
const STATE_OF_THE_BOROUGH = `${DOCUMENT}, State of the borough`;

/** A reading the plan itself states, with where it says it; no reading is added that the plan does not state. */
function stated(value: number, date: string, source: string): Measurement {
  return { value, date, source };
}
const LONDON_ENGLAND = ['London', 'England'];

function cta1(b: PlanBuilder): void {
  b.section('Call to action 1 > What we will do together > 1.1');
  b.add('priority', 'p1.1', 'Work in partnership to reduce unequal life chances', { number: '1.1' });
  b.link('p1.1', 'cta-1');
  const o = {
    health: b.derive(
      'outcome',
      'o1.1-health',
      'Health inequalities between residents are reduced',
      'Phrased from “tackle health inequalities” and “the underlying causes of health inequalities” in priority 1.1.',
      { horizon: 'long' },
    ),
    homes: b.derive(
      'outcome',
      'o1.1-homeless',
      'No one in the borough is left homeless or sleeping rough',
      'Phrased from “Our ambition is that housing needs are met and that no one is left homeless” (call to action 1 narrative).',
      { horizon: 'long' },
    ),
    cohesion: b.derive(
      'outcome',
      'o1.1-cohesion',
      'Communities are cohesive and residents experience equality of access, outcomes and respect',
      'Phrased from the equality and cohesion actions of priority 1.1.',
      { horizon: 'medium' },
    ),
    digital: b.derive(
      'outcome',
      'o1.1-digital',
      'Every resident can get online and use the information and services they need',
      'Phrased from “make sure that every resident is able to get the information and services they need” (call to action 1 narrative).',
      { horizon: 'medium' },
    ),
    vcs: b.derive(
      'outcome',
      'o1.1-vcs',
      'A stronger voluntary and community sector delivers better outcomes for communities',
      'Phrased from the action on the Mayor’s community grants programmes.',
      { horizon: 'medium' },
    ),
    work: b.derive(
      'outcome',
      'o1.1-employers',
      'Partners are inclusive employers whose workforce reflects the community at every level',
      'Phrased from the employer-of-choice action of priority 1.1.',
      { horizon: 'medium' },
    ),
    food: b.derive(
      'outcome',
      'o1.1-food',
      'Fewer households experience food insecurity',
      'Phrased from “We are committed to reducing food insecurity and improving access to affordable, healthy food” (call to action 1 narrative).',
      { horizon: 'medium' },
    ),
  };
  b.linkAll(Object.values(o), 'p1.1');
  const order = [o.health, o.health, o.health, o.health, o.homes, o.cohesion, o.cohesion, o.cohesion, o.cohesion, o.digital, o.vcs, o.work, o.food];
  const a = actions(b, 'a1.1', (i) => order[i]!, [
    'We will implement our Health and Wellbeing Strategy to tackle health inequalities and promote a healthy borough for residents of all ages.',
    'We will support public service reform by aligning health and social care systems to wider public services such as education, skills, work and housing. Locality working and our family and residents’ hubs will also help residents get the right support at the right time.',
    'We will develop priorities for a new research strategy and use our Health Determinants Research Collaboration and Act Early partnerships to accelerate our efforts to tackle the underlying causes of health inequalities.',
    'We will assess the health impacts and social value of new development in the borough, focusing on the needs of the most vulnerable to ensure health inequalities are addressed in the built environment.',
    'We will be ambitious in working together towards an end to homelessness and rough sleeping in our borough offering holistic services for residents affected.',
    'We will work with the equality hub and equality networks to maximise their impact and put residents’ voices at the heart of our equality and cohesion work.',
    'Every partner will fulfil their duties to eliminate unlawful discrimination, harassment and victimisation, advance equality of opportunity, foster good relations, and work hard to address inequalities, particularly those faced by our Bangladeshi and Somali communities and our LGBT+ communities.',
    'We will raise awareness and support campaigns that tackle the discrimination that our LGBT+ communities face, we will accelerate their rights and help them live safe and fulfilling lives.',
    'We will build cohesive communities, bringing communities together to promote understanding, build a sense of community, friendships, neighbourliness and tackle hate crime.',
    'We will deliver the priorities of our digital inclusion action plan, maximise the impact of digital buddying programmes, and develop volunteering opportunities across sectors for digital inclusion support.',
    'We will work with and empower our Voluntary and Community Sector organisations to ensure the Mayor’s community programmes are delivering better outcomes for our communities, with transparency, accountability and reporting on impact.',
    'Every partner will strive to become an employer of choice for Tower Hamlets’ diverse residents, sign up to the Mayor of London’s Good Work Standard, and open up progression and leadership opportunities so that our workforce reflects the community at every level.',
    'Together we will tackle food insecurity in the borough, improving access to affordable, healthy food for households experiencing severe food insecurity, people with health conditions and people in the most deprived areas, and build resilience through evidence-based models that work.',
  ]);
  b.link(a[0]!, 'hwb');
  b.link(a[2]!, 'hdrc');
  b.link(a[5]!, 'equalities-hub');
  b.link(a[9]!, 'digital-inclusion');
  b.link('pr-research', a[2]!);
  b.link('pr-networks', a[5]!);
  b.link('pr-equalities', a[11]!);
  b.link('pr-open', a[10]!);
  b.link('pr-targeting', a[12]!);
  b.link('pr-equalities', 'cta-1');

  b.section('Call to action 1 > What we will do together > 1.2');
  b.add('priority', 'p1.2', 'Fulfil our partnership ambition to make Tower Hamlets an anti-racist borough', { number: '1.2' });
  b.link('p1.2', 'cta-1');
  const antiRacist = b.derive(
    'outcome',
    'o1.2-institutions',
    'Partner institutions are anti-racist in employment, procurement and services',
    'Phrased from the Anti-Racist Pledge and health anti-racism plan actions of priority 1.2.',
    { horizon: 'medium' },
  );
  const bameJobs = b.derive(
    'outcome',
    'o1.2-opportunity',
    'Young people and residents from BAME backgrounds get jobs, progress and take up leadership positions',
    'Phrased from “supporting more women from BAME communities into work and ensuring that young people from BAME backgrounds have the opportunity to get jobs and progress” (call to action 1 narrative).',
    { horizon: 'medium' },
  );
  b.linkAll([antiRacist, bameJobs], 'p1.2');
  const a2 = actions(b, 'a1.2', (i) => (i < 2 ? antiRacist : bameJobs), [
    'As anchor institutions, we will implement our commitments under the Anti-Racist Pledge, including in employment and procurement.',
    'We will deliver our health anti-racism plan and implement the NHS England-funded Equity Programme to reduce health inequalities facing BAME residents.',
    'We will make sure young people from diverse backgrounds get their careers off to a good start, with careers information, a mentoring programme, a career pipeline through our Business Leaders Forum, and the “I Can Be...” leadership campaign.',
    'We will develop a Community Leadership programme so that residents from BAME backgrounds take up leadership positions in the community and institutions.',
  ]);
  b.link(a2[0]!, 'peg');
  b.link(a2[2]!, 'business-leaders');
  b.link('pr-equalities', a2[0]!);

  b.section('Call to action 1 > Performance Indicators – Making a difference');
  indicator(
    b,
    'i1-get-on',
    'Percentage of adult residents agreeing that the local area is a place where people from different backgrounds get on well together',
    {
      unit: '%',
      direction: 'increase',
      dataSource: ARS,
      frequency: 'annual',
      baseline: { value: 87, date: '2022', note: 'Up from 78% in 2019 (call to action 1 narrative).' },
      area: TOWER_HAMLETS,
      measurements: [
        stated(78, '2019', `${DOCUMENT}, call to action 1 narrative (Annual Residents Survey, 2019)`),
        stated(87, '2022', `${DOCUMENT}, call to action 1 narrative (Annual Residents Survey, 2022)`),
      ],
    },
    [o.cohesion],
  );
  indicator(
    b,
    'i1-grants',
    'Outputs delivered through the Mayor’s community grants programmes',
    {
      direction: 'increase',
      dataSource: { name: 'Tower Hamlets Council' },
      frequency: 'annual',
    },
    [o.vcs],
  );
  indicator(
    b,
    'i1-hle-men',
    'Healthy life expectancy for men (at birth) compared to London and England',
    {
      unit: 'years',
      direction: 'increase',
      comparators: LONDON_ENGLAND,
      dataSource: { name: 'Fingertips, public health data' },
      baseline: { value: 65, date: '2018-20', note: 'State of the borough.' },
      area: TOWER_HAMLETS,
      measurements: [stated(65, '2018-20', STATE_OF_THE_BOROUGH)],
    },
    [o.health],
  );
  indicator(
    b,
    'i1-hle-women',
    'Healthy life expectancy for women (at birth) compared to London and England',
    {
      unit: 'years',
      direction: 'increase',
      comparators: LONDON_ENGLAND,
      dataSource: { name: 'Fingertips, public health data' },
      baseline: { value: 58, date: '2018-20', note: 'State of the borough.' },
      area: TOWER_HAMLETS,
      measurements: [stated(58, '2018-20', STATE_OF_THE_BOROUGH)],
    },
    [o.health],
  );
  indicator(
    b,
    'i1-good-work',
    'Number of partner organisations that have achieved the Mayor of London’s Good work Standard accreditation',
    {
      unit: 'organisations',
      direction: 'increase',
      dataSource: { name: 'Local data' },
    },
    [o.work],
  );
}

function cta2(b: PlanBuilder): void {
  b.section('Call to action 2 > What we will do together > 2.1');
  b.add(
    'priority',
    'p2.1',
    'Promote good mental health for adults, children and young people and our staff',
    { number: '2.1' },
    {
      note: 'The source numbers this priority 1.1, a slip repeated from call to action 1; it is the only priority of call to action 2, so it is numbered 2.1 here.',
    },
  );
  b.link('p2.1', 'cta-2');
  const wellbeing = b.derive(
    'outcome',
    'o2-wellbeing',
    'More residents have good wellbeing and fewer have symptoms of poor mental health',
    'Phrased from “We want to increase the share of people in Tower Hamlets who have good wellbeing and reduced symptoms of poor mental health.”',
    { horizon: 'long' },
  );
  const prevention = b.derive(
    'outcome',
    'o2-prevention',
    'Mental ill-health is prevented through evidence-based, trauma-informed approaches across the life course',
    'Phrased from the Prevention Concordat, trauma-informed and “what works” actions of priority 2.1.',
    { horizon: 'medium' },
  );
  const workplaces = b.derive(
    'outcome',
    'o2-workplaces',
    'Workplaces support staff wellbeing',
    'Phrased from the Good Work Standard action and the narrative on workplace wellbeing in SMEs.',
    { horizon: 'medium' },
  );
  const selfCare = b.derive(
    'outcome',
    'o2-self-care',
    'Residents look after their mental health and seek support early',
    'Phrased from “Residents: What can you do?” for call to action 2.',
    { horizon: 'short' },
  );
  b.link(prevention, wellbeing);
  b.link(workplaces, wellbeing);
  b.link(selfCare, wellbeing);
  b.link(wellbeing, 'p2.1');
  const a = actions(b, 'a2.1', (i) => (i === 2 ? workplaces : prevention), [
    'We will become a signatory to the Prevention Concordat for Better Mental Health and use it to inform an action plan to implement a prevention-based approach to improving mental health and wellbeing for all age groups.',
    'We will identify ways to apply and scale up the lessons from our borough-wide trauma-informed programme of work and community of practice to support residents and staff.',
    'We will encourage and support our partners, businesses, and supply chains to sign up to the Mayor of London’s Good Work Standard, a framework for workplace wellbeing and work as a determinant of mental health.',
    'We will identify and apply the best evidence of what works to improve mental health and wellbeing and prevent mental ill-health throughout people’s lives.',
  ]);
  b.link('pr-research', a[3]!);
  b.link('pr-networks', a[1]!);

  b.section('Call to action 2 > Residents: What can you do?');
  actions(
    b,
    'r2',
    () => selfCare,
    [
      'Take action to improve your mental health and well-being',
      'Access support early – learn about which services are best suited for your needs speaking to your GP or using Tower Hamlets Connect',
      'Connect with the people around you like family, friends, colleagues and neighbours',
      'Get active by working out, dancing, gardening or going for a walk or run – and check out the leisure and cultural offers in the borough',
      'Keep learning – try a new recipe, learn a new language, set yourself a challenge',
      'Give to others by volunteering, listening, or helping out a neighbour',
      'Take notice of your thoughts, feelings, senses and surroundings through prayer, reflection, mindfulness or therapy',
      'Start a supportive conversation with someone you care about, using the SIGNSS tool or advice from the NHS for parents',
    ],
    'residents',
  );

  b.section('Call to action 2 > Performance Indicators – Making a difference');
  const wellbeingNote =
    'The plan names no data source. The 0-10 happiness, anxiety and life satisfaction ratings compared with London and England match the ONS annual personal well-being estimates; check before filling it in.';
  indicator(
    b,
    'i2-happiness',
    'Residents’ happiness rating compared to London and England (score 0 to 10)',
    { unit: 'score 0-10', direction: 'increase', comparators: LONDON_ENGLAND, description: wellbeingNote },
    [wellbeing],
  );
  indicator(
    b,
    'i2-anxiety',
    'Residents’ ratings for anxiety compared to London and England (score 0 to 10)',
    { unit: 'score 0-10', direction: 'decrease', comparators: LONDON_ENGLAND, description: wellbeingNote },
    [wellbeing],
  );
  indicator(
    b,
    'i2-life-satisfaction',
    'Residents’ life satisfaction ratings compared to London and England (score 0 to 10)',
    { unit: 'score 0-10', direction: 'increase', comparators: LONDON_ENGLAND, description: wellbeingNote },
    [wellbeing],
  );
}

function cta3(b: PlanBuilder): void {
  b.section('Call to action 3 > What we will do together > 3.1');
  b.add('priority', 'p3.1', 'Support safer communities', { number: '3.1' });
  b.add('priority', 'p3.2', 'A Public Health approach using guidance and insight', { number: '3.2' });
  b.add('priority', 'p3.3', 'Address housing needs and improve our neighbourhoods', { number: '3.3' });
  b.linkAll(['p3.1', 'p3.2', 'p3.3'], 'cta-3');
  b.link('cta-3', 'csp', { kind: 'deliveredBy' });
  const safer = b.derive(
    'outcome',
    'o3-safer',
    'Crime, violence and anti-social behaviour fall and residents feel safe',
    'Phrased from “Our ambition is to make Tower Hamlets one of the safest boroughs in London.”',
    { horizon: 'long' },
  );
  const trust = b.derive(
    'outcome',
    'o3-trust',
    'Communities trust the police and take part in setting priorities',
    'Phrased from the action with the Metropolitan Police and the narrative on A New Met for London.',
    { horizon: 'medium' },
  );
  const youth = b.derive(
    'outcome',
    'o3-youth-justice',
    'Fewer children and young people offend or reoffend',
    'Phrased from the Youth Justice Partnership narrative and action.',
    { horizon: 'medium' },
  );
  b.link(trust, safer);
  b.link(youth, safer);
  b.link(safer, 'p3.1');
  const a31 = actions(b, 'a3.1', (i) => [safer, safer, safer, safer, trust, safer, youth][i]!, [
    'Through our Community Safety Partnership, we will work together with residents and the police to develop a new community safety partnership plan and deliver on commitments to address the drivers of crime, violence against women and girls, hate crime, drug use, anti-social behaviour, and serious violence and exploitation. We will co-produce a charter to tackle crime and improve safety in the borough.',
    'We will produce robust and community-centred partnership action plans that focus on how our partnerships can best work together to tackle the issues of drugs, violence and exploitation within the borough.',
    'We will work towards white ribbon accreditation as employers helping to end men’s violence against women and girls, with a three-year Action Plan.',
    'We will strive to achieve the Borough of Sanctuary status to recognise our work to welcome those seeking a safe place to live, new migrants and those fleeing war, violence and persecution.',
    'We will work with the Metropolitan Police to find ways to build trust and confidence in the police within our community, encourage active citizen participation in priority setting, and strengthen accountability.',
    'We will improve fire safety across domestic and commercial sectors, promote the #ChargeSafe campaign on e-bike and e-scooter safety, and lobby for more support for residents affected by building safety issues such as unsafe cladding.',
    'We will implement the priorities of the Tower Hamlets & City of London Youth Justice Plan 2023-2025, provide the right service at the right time, invest in skills development and roll out the Child First Effective Practice Award across the Youth Justice Service.',
  ]);
  b.link(a31[0]!, 'csp');
  b.link(a31[1]!, 'cdp');
  b.link(a31[4]!, 'met');
  b.link(a31[6]!, 'yjp');
  b.link('pr-community', a31[0]!);
  b.link('pr-open', a31[4]!);

  b.section('Call to action 3 > What we will do together > 3.2');
  const healthier = b.derive(
    'outcome',
    'o3-healthy-places',
    'Residents live healthier, more active lives in neighbourhoods with cleaner air',
    'Phrased from the narrative on green spaces, air quality and active travel, and the 3.2 actions.',
    { horizon: 'long' },
  );
  const prevention = b.derive(
    'outcome',
    'o3-prevention',
    'The wider factors that put people at risk of crime and poor health are understood and prevented',
    'Phrased from the public health approach actions of priority 3.2.',
    { horizon: 'medium' },
  );
  b.link(prevention, 'p3.2');
  b.link(healthier, 'p3.2');
  b.link(prevention, safer);
  const a32 = actions(b, 'a3.2', (i) => [prevention, prevention, prevention, healthier, healthier][i]!, [
    'Working together across the partnership and with our health partners, police and residents we will explore the benefits of a public health approach tackling crime and violence, taking an evidence-based approach to understand what wider factors put people at the greatest risk of poor outcomes and what works to support them.',
    'We will include a strong focus on prevention within our strategy work, such as within the Combating Drugs Partnership strategy and action plan to reduce future demand.',
    'We will develop a housing and health work programme to embed the role of housing in joined-up action on improving health, using evidence of what works, and through our Health Determinants Research Collaboration co-design research on tackling health inequalities and evaluating new interventions.',
    'We will support residents and those working in the borough to be active, promoting walking and cycling, and ensure that our built environment is supportive of those using wheelchairs, mobility scooters and buggies.',
    'We will implement the council’s Air Quality Action Plan and create a borough-wide approach to addressing poor air quality, focusing on the protection of vulnerable groups.',
  ]);
  b.link(a32[1]!, 'cdp');
  b.link(a32[2]!, 'hdrc');
  b.link('pr-research', a32[0]!);
  b.link('pr-research', a32[2]!);

  b.section('Call to action 3 > What we will do together > 3.3');
  const homes = b.derive(
    'outcome',
    'o3-homes',
    'More residents live in affordable, good-quality homes that are not overcrowded',
    'Phrased from the narrative on affordable homes and overcrowding and the 3.3 housing actions.',
    { horizon: 'long' },
  );
  const green = b.derive(
    'outcome',
    'o3-green',
    'The borough cuts carbon emissions and waste and has more, better green space',
    'Phrased from the net zero 2045, green space and waste actions of priority 3.3.',
    { horizon: 'long' },
  );
  const voice = b.derive(
    'outcome',
    'o3-voice',
    'Services and neighbourhoods improve in response to what residents say',
    'Phrased from the action to listen to residents’ concerns, ideas and suggestions.',
    { horizon: 'short' },
  );
  b.linkAll([homes, green, voice], 'p3.3');
  const a33 = actions(b, 'a3.3', (i) => [homes, homes, green, green, voice, green][i]!, [
    'We will work together as landlords and also as a planning and licensing authority (the council) to explore a range of housing options, deliver more social and affordable homes for rent, improve housing conditions and services provided to tenants.',
    'With our housing, health, community safety, children and families partnerships and through planning policy and supporting research, we will develop a partnership action plan to tackle overcrowding and address its broader indicators and impacts – including health, wellbeing and studies.',
    'Each partner will embed climate change and sustainability considerations in decision-making and implement our net zero carbon partnership action plan, reducing direct and indirect emissions and adapting to climate change, and work with residents and business to adopt greener behaviours.',
    'We will work as partners to continue to ensure access and improvements to the borough’s green spaces and look to create new spaces wherever possible.',
    'We will work in partnership to listen to our residents’ concerns, ideas and suggestions on how we can improve services and neighbourhoods and meet the needs of residents.',
    'We will explore new ways of reducing the waste that we produce and improve re-use and recycling, and support the council in implementing the Tower Hamlets reduction and recycling plan for 2023-2025.',
  ]);
  b.link('pr-climate', a33[2]!);
  b.link('pr-assets', a33[3]!);
  b.link('pr-community', a33[4]!);

  b.section('Call to action 3 > Residents: What can you do?');
  const involved = b.derive(
    'outcome',
    'o3-residents',
    'Residents take an active part in keeping their neighbourhood safe, clean and green',
    'Phrased from “Residents: What can you do?” for call to action 3.',
    { horizon: 'short' },
  );
  b.link(involved, 'p3.1');
  b.link(involved, 'p3.3');
  actions(
    b,
    'r3',
    () => involved,
    [
      'Complete the home fire safety checker',
      'Follow these tips to take action to keep our communities safe – prevent and report crime and anti-social behaviour, take care of your neighbourhood and get involved',
      'Make Tower Hamlets no place for hate – sign the pledge',
      'For housing related queries, please go to the council website or visit us at an idea store or a resident hub',
      'Learn more about what you can do to support a better environment, reduce your waste, improve reuse and recycling, climate change and sustainability',
    ],
    'residents',
  );

  b.section('Call to action 3 > Performance Indicators – making a difference');
  const lga = ['Great Britain (LGA Residents Satisfaction Survey)'];
  const council = { name: 'Local data', publisher: 'Tower Hamlets Council' };
  indicator(
    b,
    'i3-satisfied',
    'Percentage of residents satisfied with their area as a place to live',
    {
      unit: '%',
      direction: 'increase',
      dataSource: { name: 'LBTH - Annual Residents Survey', publisher: 'Tower Hamlets Council' },
      comparators: lga,
      frequency: 'annual',
    },
    [voice, 'cta-3'],
  );
  indicator(b, 'i3-affordable', 'Number of affordable homes delivered', { unit: 'homes', direction: 'increase', dataSource: council }, [homes]);
  indicator(b, 'i3-overcrowded-lets', 'Lets to overcrowded households', { unit: 'lets', direction: 'increase', dataSource: council }, [homes]);
  indicator(
    b,
    'i3-lack-bedrooms',
    'Percentage of households on the common housing register that lack two or more bedrooms',
    { unit: '%', direction: 'decrease', dataSource: council },
    [homes],
  );
  indicator(
    b,
    'i3-dwellings-per-child',
    'Ratio of dwellings to child population',
    { unit: 'ratio', dataSource: { name: 'Dwelling stock data and mid-year population estimates', publisher: 'Office for National Statistics' } },
    [homes],
  );
  indicator(
    b,
    'i3-crime-concern',
    'Percentage of residents personally concerned about crime and anti-social behaviour',
    {
      unit: '%',
      direction: 'decrease',
      dataSource: { name: 'LBTH Annual Residents Survey', publisher: 'Tower Hamlets Council' },
      frequency: 'annual',
      description:
        'State of the borough gives a related figure — 47% cite crime and anti-social behaviour as a top concern (2021) — but not this measure, so no baseline is set.',
    },
    [safer],
  );
  indicator(
    b,
    'i3-feel-safe',
    'Percentage of adult residents feeling safe during the day and after dark in Tower Hamlets',
    {
      unit: '%',
      direction: 'increase',
      dataSource: { name: 'LBTH - Annual Residents Survey', publisher: 'Tower Hamlets Council' },
      comparators: lga,
      frequency: 'annual',
    },
    [safer, trust],
  );
  indicator(
    b,
    'i3-co2',
    'Level of CO2 emissions in Tower Hamlets',
    {
      direction: 'decrease',
      dataSource: { name: 'London Energy and Greenhouse Gas Inventory (LEGGI)', publisher: 'Greater London Authority' },
      target: { date: '2045', description: 'Net zero borough by 2045' },
    },
    [green],
  );
  indicator(
    b,
    'i3-no2',
    'Percentage of population exposed to annual average NO2 concentration above the Air Quality Strategy objective of 40µg/m3',
    {
      unit: '% of population',
      direction: 'decrease',
      dataSource: { name: 'London Atmospheric Emissions Inventory (LAEI) 2019', publisher: 'Greater London Authority' },
      target: { description: 'Threshold: the Air Quality Strategy objective of 40µg/m3 annual average NO2' },
    },
    [healthier],
  );
  indicator(
    b,
    'i3-pm25',
    'PM2.5 concentration above the interim WHO Guideline of 10µg/m3',
    {
      unit: 'µg/m3',
      direction: 'decrease',
      dataSource: { name: 'London Atmospheric Emissions Inventory (LAEI) 2019', publisher: 'Greater London Authority' },
      target: { value: 10, description: 'Interim WHO Guideline of 10µg/m3' },
    },
    [healthier],
  );
}

function cta4(b: PlanBuilder): void {
  b.section('Call to action 4 > What we will do together > 4.1');
  b.add('priority', 'p4.1', 'Promote inward investment and create wealth', { number: '4.1' });
  b.add('priority', 'p4.2', 'Support skills development, good work and financial security', { number: '4.2' });
  b.linkAll(['p4.1', 'p4.2'], 'cta-4');
  const wealth = b.derive(
    'outcome',
    'o4-wealth',
    'More of the wealth the borough’s economy creates stays with local people, businesses and communities',
    'Phrased from the Community Wealth Building ambition: “redirect wealth back into the local economy and create opportunities for local people”.',
    { horizon: 'long' },
  );
  const highStreets = b.derive(
    'outcome',
    'o4-high-streets',
    'High streets and town centres are competitive and attract business, shoppers and visitors',
    'Phrased from the recovery plan action of priority 4.1.',
    { horizon: 'medium' },
  );
  b.linkAll([wealth, highStreets], 'p4.1');
  const a41 = actions(b, 'a4.1', (i) => (i === 4 ? highStreets : wealth), [
    'Together we will celebrate Tower Hamlets as a place and promote the borough through the TH_IS campaign, marketing the borough as a place to visit, study, work, do business and invest.',
    'We will adopt a local Community Wealth Building (CWB) approach for Tower Hamlets, delivering employment, training and skills opportunities, embedding the good work standard, championing London Living Wage, and working towards becoming a Living Wage Place.',
    'We will work towards a progressive procurement approach embedding social value in our procurement practices, strengthening local supply and promoting ethical and sustainable practices across our supply chains.',
    'We will ensure our land and assets work in the best interest of our communities, enable the creation of affordable homes and workspaces and empower our communities to own and develop land for public benefit.',
    'We will develop a recovery plan to help our local economy through the next 2-3 years, and renew and re-imagine our high streets and town centres.',
  ]);
  b.link('pr-place', a41[0]!);
  b.link('pr-climate', a41[2]!);
  b.link('pr-assets', a41[3]!);

  b.section('Call to action 4 > What we will do together > 4.2');
  const jobs = b.derive(
    'outcome',
    'o4-jobs',
    'More residents, especially women, young people and those facing barriers, are in good, sustainable work',
    'Phrased from “empowering our women, young people, vulnerable residents and those needing specific support into sustainable employment”.',
    { horizon: 'long' },
  );
  const skills = b.derive(
    'outcome',
    'o4-skills',
    'Residents gain the skills and visible pathways to good careers',
    'Phrased from the skills, pathways and training actions of priority 4.2.',
    { horizon: 'medium' },
  );
  const money = b.derive(
    'outcome',
    'o4-income',
    'Households have an income that meets their needs and fewer live in poverty',
    'Phrased from the call to action title and “We are tackling poverty by working with families to access financial support and helping them to increase their incomes”.',
    { horizon: 'long' },
  );
  const research = b.derive(
    'outcome',
    'o4-research',
    'The Partnership and the borough have the skills and capacity for applied research',
    'Phrased from the research skills action of priority 4.2.',
    { horizon: 'medium' },
  );
  b.link(skills, jobs);
  b.linkAll([jobs, money, research], 'p4.2');
  b.link(jobs, money);
  const a42 = actions(b, 'a4.2', (i) => [skills, skills, jobs, skills, jobs, wealth, money, money, research][i]!, [
    'We will continue to influence national, regional and sub-regional skills policy, secure additional resources, and promote good work and pay.',
    'Together we will work with industry and growth sectors - including life sciences, low carbon, and creative and digital - educational and cultural institutions, idea stores learning and the voluntary, faith and public sectors to increase social capital and social mobility, supporting good careers through training, development and agile employment support.',
    'Together we will empower our most vulnerable residents and those in need of specific support – including those with SEND, young people, care experienced young people, the over 50s, women, and peoples of global majority – and work with employers to change recruitment, retention and progression pathways.',
    'We will collaborate to create and deliver opportunities so that pathways are more visible and accessible, and maximise the local employment opportunities that insourcing projects offer.',
    'Our health and employment partnership will work together to fill local NHS workforce vacancies, through training, employment and apprenticeship pathways and through the Healthcare Horizons programme.',
    'Together we will continue the strong collaboration to deliver Queen Mary University of London’s and other university partners’ civic agreement strategies, supporting our local communities economically, socially, culturally and environmentally.',
    'We will tackle poverty, low pay and poor employment prospects, help people with early financial intervention, build financial resilience and address financial exclusion amid the cost of living crisis.',
    'We will continue our holistic and no-wrong-door approach to support people with early intervention and prevention including through Tower Hamlets Connect.',
    'We will build research skills and capacity in the Partnership and across the borough, including in our voluntary and community sector, aiming to make Tower Hamlets a ‘go to’ place for high quality, collaborative, applied and impactful research.',
  ]);
  b.link(a42[4]!, 'health-employment');
  b.link(a42[8]!, 'hdrc');
  b.link('pr-targeting', a42[2]!);
  b.link('pr-data', a42[7]!);
  b.link('pr-research', a42[8]!);

  b.section('Call to action 4 > Residents: What can you do?');
  actions(
    b,
    'r4',
    () => money,
    [
      'Find out about the cost-of-living support, employment and training initiatives available, our WorkPath and business support offer on the council website or at one of the council’s resident hubs and idea stores; go to the council’s school finance and support page for information on grants and funding options available to support children and families.',
    ],
    'residents',
  );

  b.section('Call to action 4 > Performance Indicators – making a difference');
  indicator(
    b,
    'i4-employment',
    'Employment rate and subcategories (including female, BAME (incl. Bangladeshi), disability, young people, over 50’s)',
    { unit: '%', direction: 'increase', dataSource: { name: 'Labour Supply, ONS annual population Survey', publisher: 'Office for National Statistics' } },
    [jobs],
  );
  indicator(
    b,
    'i4-jobs',
    'Total Employee jobs and subcategories',
    { unit: 'jobs', direction: 'increase', dataSource: { name: 'ONS Business Register and Employment Survey', publisher: 'Office for National Statistics' } },
    [wealth],
  );
  indicator(b, 'i4-neet', 'Percentage of young people not in education, employment or training', { unit: '%', direction: 'decrease' }, [skills]);
  indicator(b, 'i4-level-1', 'Residents with a Level 1 qualification (% with NVQ1 only - aged 16-64)', { unit: '%' }, [skills]);
  indicator(
    b,
    'i4-child-poverty',
    'Percentage of children in relative low-income families, aged 0-15 years',
    {
      unit: '%',
      direction: 'decrease',
      dataSource: { name: 'DWP; Children in low income families, local area statistics', publisher: 'Department for Work and Pensions' },
      baseline: { value: 26.7, date: '2022', note: 'State of the borough: children living in relative low-income families before housing costs.' },
      area: TOWER_HAMLETS,
      measurements: [stated(26.7, '2022', STATE_OF_THE_BOROUGH)],
    },
    [money],
  );
  indicator(
    b,
    'i4-gdhi',
    'Gross disposable household income per head',
    {
      unit: '£ per head',
      direction: 'increase',
      dataSource: { name: 'ONS, Annual estimates of UK regional gross disposable household income', publisher: 'Office for National Statistics' },
    },
    [money],
  );
}

function cta5(b: PlanBuilder): void {
  b.section('Call to action 5 > What we will do together > 5.1');
  b.add('priority', 'p5.1', 'Improve the life chances and outcomes of our children and young people', { number: '5.1' });
  b.link('p5.1', 'cta-5');
  b.link('cta-5', 'cfp', { kind: 'deliveredBy' });
  const healthy = b.derive(
    'outcome',
    'o5-healthy',
    'Children and young people are healthy, active and have good mental health and emotional wellbeing',
    'Phrased from the call to action 5 narrative on healthy childhoods, healthy weight and wellbeing.',
    { horizon: 'long' },
  );
  const safe = b.derive(
    'outcome',
    'o5-safe',
    'Children and young people are safe at home, at school, in their neighbourhoods and online',
    'Phrased from the safeguarding, anti-bullying and online safety actions of priority 5.1.',
    { horizon: 'medium' },
  );
  const achieve = b.derive(
    'outcome',
    'o5-achieve',
    'Children and young people achieve their best in education and move on to further study, training and work',
    'Phrased from the attainment, careers and employment actions of priority 5.1.',
    { horizon: 'long' },
  );
  const send = b.derive(
    'outcome',
    'o5-send',
    'Children and young people with SEND and care experience get the right support at the right time',
    'Phrased from “every child with SEND and their family receives the right support at the right time”.',
    { horizon: 'medium' },
  );
  const voice = b.derive(
    'outcome',
    'o5-voice',
    'Children and young people’s voices shape services and decisions',
    'Phrased from “uplift the voices and experiences of children and young people”.',
    { horizon: 'medium' },
  );
  b.linkAll([healthy, safe, achieve, send, voice], 'p5.1');
  const a = actions(b, 'a5.1', (i) => [healthy, safe, voice, safe, healthy, healthy, send, achieve, voice, achieve, achieve, safe, send, achieve][i]!, [
    'We will implement the priorities of the Children and Families Partnership Plan 2024-2029, tackling inequalities, supporting children’s development, achievement, mental health and emotional wellbeing, meeting the needs of SEND and care experienced young people, keeping children safe and increasing family resilience in the cost of living and child poverty crisis.',
    'We will strive to achieve the ambitions of ‘Young Tower Hamlets’, providing safe accessible spaces and positive activities for young people, working with the council’s Integrated Detached Team, and supporting the youth sports offer.',
    'We will embed child-friendly principles into our work to put children’s rights and the rights of our care experienced young people into practice, across education, safety, place and services.',
    'We will continue to support schools to deliver effective work around anti-bullying; child protection and safeguarding; mental health and emotional wellbeing and inclusion.',
    'We will ensure that our built environment supports children and young people’s physical and mental health, protecting them from poor air quality, ensuring high-quality, safe and inclusive play spaces, and making it safe and easy for them to be active.',
    'We will develop a holistic approach to promote comprehensive well-being among young people, tackling social media usage, promoting physical and mental health at the earliest stage and strengthening access to services.',
    'We will champion the needs of children and young people with SEND in all areas of their lives, rooted in an understanding of the link between poverty, SEND and ethnicity, and ensure equity of provision.',
    'We will improve the employment and training offer for all young people including our care experienced and people with SEND, with holistic support packages for both young people and employers.',
    'We will do more to ensure all children and families’ voices tangibly shape services in Tower Hamlets, and these are responsive to their diverse needs and contexts.',
    'We will double down on our efforts to raise young people’s ambitions and give them tools to lift themselves out of poverty, through meaningful education, impactful careers guidance and high-quality employment opportunities.',
    'We will strive to be the best and lead attainment scoreboards, supporting young people to go on to Further and Higher Education and into Russell Group universities.',
    'We will collaborate to safeguard children and young people, educate young people and parents about online safety and social media usage, and strengthen support for children and families affected by domestic abuse.',
    'We will implement the five priorities of the Tower Hamlets Corporate Parenting Strategy 2023-2028, sign up to a new pledge and embed care experienced as a protected characteristic.',
    'We will evaluate new interventions and use the best evidence of what works; our Health Determinants Research Collaboration will develop schools as ‘research active settings’ so children and young people co-design and evaluate interventions.',
  ]);
  b.link(a[0]!, 'cfp');
  b.link(a[13]!, 'hdrc');
  b.link('pr-community', a[8]!);
  b.link('pr-research', a[13]!);

  b.section('Call to action 5 > Children and Young People: What can you do?');
  actions(
    b,
    'r5',
    (i) => (i === 0 ? healthy : send),
    [
      'Visit the Young Peoples Service on the Tower Hamlets Council Website to find out about the activities and support on offer.',
      'Visit one of our Family Hubs or find out more online about our Family Hubs offer – all the support a family may need, from pregnancy through to young people turning 19 (or 25 with SEND).',
    ],
    'children and young people',
  );

  b.section('Call to action 5 > Performance indicators – making a difference');
  indicator(
    b,
    'i5-obesity',
    'Overweight and Obese at year 6',
    {
      unit: '%',
      direction: 'decrease',
      dataSource: { name: 'National Child Measurement Programme' },
      baseline: { value: 45, date: '2021/22', note: 'State of the borough: children aged 10-11 (school year 6) overweight or obese.' },
      area: TOWER_HAMLETS,
      measurements: [stated(45, '2021/22', STATE_OF_THE_BOROUGH)],
    },
    [healthy],
  );
  indicator(
    b,
    'i5-happy',
    'Percentage of children that feel happy in their lives',
    {
      unit: '%',
      direction: 'increase',
      dataSource: { name: 'Pupil Attitude Survey' },
      description:
        'In 2022 about two-thirds of primary and under half of secondary pupils said they were happy with their life (call to action 2); the plan gives no single figure for this measure.',
    },
    [healthy],
  );
  indicator(
    b,
    'i5-gcse',
    'Percentage of pupils achieving grades 9-5 or above in English and Mathematics GCSEs – all children; and Children eligible means tested Free School Meals',
    { unit: '%', direction: 'increase', dataSource: { name: 'DfE: Key stage 4 performance', publisher: 'Department for Education' } },
    [achieve],
  );
  indicator(
    b,
    'i5-ehc',
    'Percentage of ongoing education, health and care (EHC) assessments that are in timescales',
    { unit: '%', direction: 'increase', dataSource: { name: 'Council, cumulative', publisher: 'Tower Hamlets Council' } },
    [send],
  );
  indicator(
    b,
    'i5-neet-send',
    'Reduced percentage of care experienced young people and young people with SEND who are not in education, employment or training',
    { unit: '%', direction: 'decrease' },
    [send, achieve],
  );
  indicator(b, 'i5-ks5', 'Improved key stage 5 outcomes', { direction: 'increase' }, [achieve]);
}

/** Research questions the HDRC would ask, derived from the plan's own research commitments. */
function research(b: PlanBuilder): void {
  b.section('How the Partnership will work in future > Health Determinants Research Collaboration');
  const rq = (id: string, title: string, note: string, theme: string, links: string[], lead = 'hdrc') => {
    b.derive('researchQuestion', id, title, note, { status: 'proposed', theme, leadPartner: lead });
    for (const target of links) b.link(id, target);
  };
  rq(
    'rq-fsm',
    'What difference does universal free school meals make to children’s diet, healthy weight, attainment and family finances?',
    'From “we will ensure this pioneering policy is evaluated so we can share what we learn with others” (call to action 5).',
    'Children and young people',
    ['o5-healthy', 'o5-achieve', 'i5-obesity', 'i5-gcse'],
  );
  rq(
    'rq-housing-health',
    'How does the housing and health work programme, including action on overcrowding, change residents’ physical and mental health?',
    'From the housing and health work programme and “supporting research” on overcrowding (priorities 3.2 and 3.3).',
    'Housing and health',
    ['o3-homes', 'i3-lack-bedrooms', 'a3.2-3'],
  );
  rq(
    'rq-mental-health',
    'What works to improve mental health and wellbeing and prevent mental ill-health across the life course in Tower Hamlets?',
    'From “identify and apply the best evidence of what works to … prevent mental ill-health throughout people’s lives” (priority 2.1).',
    'Mental health',
    ['o2-prevention', 'o2-wellbeing', 'i2-happiness'],
  );
  rq(
    'rq-health-inequalities',
    'What are the underlying causes of the gaps in healthy life expectancy between residents, and which interventions narrow them?',
    'From “tackle the underlying causes of health inequalities” (priority 1.1) and the healthy life expectancy indicators.',
    'Health inequalities',
    ['o1.1-health', 'i1-hle-men', 'i1-hle-women'],
  );
  rq(
    'rq-violence',
    'Does a public health approach to crime and violence reduce serious violence, and which wider risk factors does it change?',
    'From “explore the benefits of a public health approach … what wider factors put people at the greatest risk of poor outcomes and what works” (priority 3.2).',
    'Community safety',
    ['o3-prevention', 'o3-safer'],
  );
  rq(
    'rq-food',
    'Which evidence-based food support models reduce households’ reliance on food support and build resilience?',
    'From “build resilience through evidence-based models that work” (priority 1.1).',
    'Food insecurity',
    ['o1.1-food'],
  );
  rq(
    'rq-activity',
    'How does the whole-systems approach to physical activity change activity among women from Black and Multi-Ethnic backgrounds and children with SEND?',
    'From “We will ensure our innovative work is evaluated” on the whole-systems physical activity approach (call to action 2 narrative).',
    'Physical activity',
    ['o3-healthy-places', 'o5-healthy'],
  );
  rq(
    'rq-schools',
    'How can schools work as research-active settings in which children and young people co-design and evaluate interventions?',
    'From “develop schools as ‘research active settings’” (priority 5.1).',
    'Children and young people',
    ['a5.1-14', 'o5-voice'],
  );
}

/**
 * What the plan takes for granted (assumptions) and what it cites (evidence): each assumption is a
 * belief the text states, linked to the outcome that depends on it; each piece of evidence is a
 * study, dataset or case study the text reports, linked to the outcome it backs.
 */
function assumptionsAndEvidence(b: PlanBuilder): void {
  const assume = (
    id: string,
    section: string,
    title: string,
    quote: string,
    fields: { critical: boolean; uncertainty: 'low' | 'medium' | 'high' },
    underlies: string,
    questions: string[] = [],
  ) => {
    b.section(section);
    b.add('assumption', id, title, fields, {
      derived: true,
      quote,
      note: 'Phrased as an assumption from a belief the plan states; how critical and how uncertain it is are the modeller’s reading of the wording.',
    });
    b.link(id, underlies);
    for (const q of questions) b.link(q, id);
  };
  assume(
    'as-housing-health',
    'Call to action 3 > narrative',
    'Safe, affordable, good-quality housing leads to better health and wellbeing',
    'We know that safe, affordable and high-quality housing is linked to better health and wellbeing, improved livelihoods, and greater resilience in the face of climate change.',
    { critical: true, uncertainty: 'low' },
    'o3-homes',
    ['rq-housing-health'],
  );
  assume(
    'as-work-health',
    'Call to action 4 > narrative',
    'Being in work helps people live longer in good health',
    'We know that there is correlation between a higher employment rate and how long people are likely to live and in good health.',
    { critical: true, uncertainty: 'medium' },
    'o4-jobs',
  );
  assume(
    'as-activity-reach',
    'Call to action 2 > narrative',
    'Activity and leisure offers reach women from Black and Multi-Ethnic backgrounds and children with SEND',
    'There is also a strong need to reach all residents including women from Black and Multi-Ethnic backgrounds and children with Special Education Needs and Disabilities.',
    { critical: true, uncertainty: 'high' },
    'o3-healthy-places',
    ['rq-activity'],
  );
  assume(
    'as-know-support',
    'Call to action 2 > narrative',
    'Residents use mental health support once they know what is available',
    'We hear that more residents of all ages need to know what support can be accessed for different types and levels of mental health and wellbeing.',
    { critical: true, uncertainty: 'medium' },
    'o2-self-care',
    ['rq-mental-health'],
  );
  assume(
    'as-green-health',
    'Call to action 3 > narrative',
    'Green space close to home improves physical and mental health',
    'Green spaces close to home are related to higher reported levels of physical and mental health for all ages and socio-economic groups.',
    { critical: false, uncertainty: 'low' },
    'o3-green',
  );

  const evidence = (
    id: string,
    section: string,
    title: string,
    fields: { citation: string; evidenceType: 'study' | 'evaluation' | 'dataset' | 'localInsight'; strength: 'weak' | 'moderate' | 'strong' },
    supports: string,
  ) => {
    b.section(section);
    b.add('evidence', id, title, fields);
    b.link(id, supports);
  };
  const plan = 'A Tower Hamlets for All — Partnership Plan 2023-2028';
  evidence(
    'ev-ars-cohesion',
    'Call to action 1 > narrative',
    '87% of residents say people from different backgrounds get on well together (78% in 2019)',
    { citation: 'Tower Hamlets Council, Annual Residents Survey 2022, as reported in the plan', evidenceType: 'dataset', strength: 'moderate' },
    'o1.1-cohesion',
  );
  evidence(
    'ev-haf',
    'Call to action 1 > case study',
    'Holiday Activities and Food programme: about 100,000 free sessions for 12,000 children over three holidays',
    {
      citation: `${plan}, case study “The Holiday Activities and Food programme” (Christmas 2022 to Summer 2023)`,
      evidenceType: 'localInsight',
      strength: 'weak',
    },
    'o1.1-food',
  );
  evidence(
    'ev-hse',
    'Call to action 2 > narrative',
    'Reducing workplace stress improves performance and lowers absenteeism and turnover intention',
    { citation: 'Health and Safety Executive research, as cited in the plan (call to action 2)', evidenceType: 'study', strength: 'moderate' },
    'o2-workplaces',
  );
  evidence(
    'ev-nice',
    'Call to action 2 > narrative',
    'NICE guidance for mental wellbeing at work',
    {
      citation: 'National Institute for Health and Care Excellence (2022), guidance on mental wellbeing at work, as cited in the plan',
      evidenceType: 'study',
      strength: 'strong',
    },
    'o2-workplaces',
  );
  evidence(
    'ev-bmhf',
    'Call to action 2 > case study',
    'Better Mental Health Fund programme: 500+ residents engaged, 2,000 SME staff and 1,800 public sector and VCS staff trained',
    {
      citation: `${plan}, case study “Improving Awareness and Reducing Stigma around Mental Health” (2021 onwards)`,
      evidenceType: 'localInsight',
      strength: 'weak',
    },
    'o2-prevention',
  );
  evidence(
    'ev-crime-team',
    'Call to action 3 > case study',
    'Crime Reduction Team, first year: drug treatment take-up rose from 58% to 73%, engagement with education, training and employment from 37% to 59%',
    { citation: `${plan}, case study “A systems-based approach to reducing crime” (from November 2021)`, evidenceType: 'localInsight', strength: 'weak' },
    'o3-prevention',
  );
  evidence(
    'ev-careers-live',
    'Call to action 4 > case study',
    'Careers Live: 1,268 pupils met 91 employers and training providers in five events',
    { citation: `${plan}, case study “Getting careers off to a great start” (October 2022 to July 2023)`, evidenceType: 'localInsight', strength: 'weak' },
    'o5-achieve',
  );
  evidence(
    'ev-yth',
    'Call to action 5 > case study',
    '400 young people designed the new youth service in four hackathons',
    { citation: `${plan}, case study “Accelerate Education - Young Tower Hamlets” (May 2023)`, evidenceType: 'localInsight', strength: 'weak' },
    'o5-voice',
  );
}
