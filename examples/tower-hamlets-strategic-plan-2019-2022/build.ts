/**
 * "Tower Hamlets Council Strategic Plan 2019-2022" (seeds/003): three priorities, eleven numbered
 * outcomes, the numbered actions under each ("What actions will we take?") and every "What will
 * we measure?" item. The plan names no data sources and sets no targets for its measures.
 */
import type { IndicatorDirection } from '@changemap/core';
import { PlanBuilder } from '../lib/builder.js';

export const DOCUMENT = 'Tower Hamlets Council Strategic Plan 2019-2022';

interface OutcomeSpec {
  n: number;
  title: string;
  actions: string[];
  /** Measures, each with the direction its wording or its outcome makes plain (or none). */
  measures: [string, IndicatorDirection?][];
  /** Actions (1-based) the plan notes “also supports Outcome 4”. */
  alsoOutcome4?: number[];
  note?: string;
}

const PRIORITIES: { n: number; title: string; outcomes: OutcomeSpec[] }[] = [
  {
    n: 1,
    title: 'People are aspirational, independent and have equal access to opportunities',
    outcomes: [
      {
        n: 1,
        title: 'People access a range of education, training, and employment opportunities',
        actions: [
          'Agree common expectations with key stakeholders e.g. schools, New City College, Job Centre Plus, the business community.',
          'Develop action plans based on individual needs assessments for those young people and adults we are supporting into education, training and employment opportunities.',
          'Develop a careers education programme for young people in years 7-9 (aged 11 to 14).',
          'Identify key skills and training for employment support professionals.',
        ],
        alsoOutcome4: [2],
        measures: [
          ['Young people who are in education, employment or training', 'increase'],
          ['Pupils who are attending secondary school regularly', 'increase'],
          ['New enterprises created with support from the council’s business development programmes', 'increase'],
          ['Adult learners who complete a course successfully', 'increase'],
          ['Adults supported into sustainable employment by the WorkPath service', 'increase'],
        ],
      },
      {
        n: 2,
        title: 'Children and young people are protected so they get the best start in life and can realise their potential',
        actions: [
          'Provide high quality training for staff working in social care and early help services, linked closely with the training goals of our partners and, wherever possible, delivered jointly.',
          'Engage effectively with system partners such as health and the police to ensure that services are complementary and there is no duplication of services or resources.',
          'Create and map clear pathways into early help from social care and other universal services; and develop consistent understanding of thresholds across services and agencies.',
          'Use the new Safeguarding Children Partnership to establish partnerships between children; young people; families and schools, health staff and other stakeholders.',
          'Continue to offer Family Group Conferencing to families in need at the earliest stage.',
          'Collate data and feedback from children; young people; families and the wider community and further develop mechanisms for youth and parental voice.',
          'Provide varied high quality activities outside of school for children and young people.',
        ],
        note: 'The extracted text runs actions 2 to 5 together in one paragraph; they are split at their sentences, in order.',
        measures: [
          ['Long-term looked after children who are in stable placements', 'increase'],
          ['Families who are seeing the benefits of being supported before problems escalate', 'increase'],
          ['Pupils who are regularly attending school in reception year', 'increase'],
          ['Young people engaging with the youth service who achieve a recorded outcome', 'increase'],
        ],
      },
      {
        n: 3,
        title: 'People access joined-up services when they need them and feel healthier and more independent',
        actions: [
          'Run activities and programmes that encourage residents to have healthy lifestyles, including encouraging children’s healthy weight and nutrition.',
          'Provide evidence-based early intervention and prevention programmes, helping residents to be as healthy as possible for as long as possible.',
          'Change how we provide information to residents on health and care, making it easier for people to get advice and help at an early stage.',
          'Integrate health and care so that residents get a better, more joined-up experience of both systems.',
          'Make better use of technology and equipment in health and care, recognising its potential to improve how people manage their health conditions and care needs.',
          'Staff in adult social care will do more to empower people, focusing on the strengths and abilities of social care users as well as the things they need help with.',
          'Offer choice and personalised support to social care users, including the promotion of direct payments so that people have more control over the care they receive.',
        ],
        measures: [
          ['People who are more independent after being supported through reablement services', 'increase'],
          ['Delayed discharges from hospital attributable to council social care services', 'decrease'],
          ['Proportion of adult social care users who are receiving a direct payment', 'increase'],
          ['Residents’ self-reported level of physical activity', 'increase'],
          ['Residents’ self-reported level of health', 'increase'],
          ['Children’s participation in physical activity (Daily Mile)', 'increase'],
        ],
      },
      {
        n: 4,
        title: 'Inequality is reduced and people feel that they fairly share the benefits from growth',
        actions: [
          'Support households impacted by Universal Credit.',
          'Deliver initiatives to prevent homelessness and rough sleeping.',
          'Work with partners to deliver initiatives to tackle poverty.',
          'Develop Finance and Welfare advice provision in the borough.',
          'Review and improve local childcare offer.',
        ],
        measures: [
          ['Women and residents from BAME (black and minority ethnic) backgrounds supported into sustainable employment by the WorkPath service', 'increase'],
          ['Residents’ self-reported level of health for groups experiencing health inequalities', 'increase'],
          ['Residents who are better off financially after receiving advice on maximising their household income', 'increase'],
          ['Households prevented from becoming homeless', 'increase'],
        ],
      },
    ],
  },
  {
    n: 2,
    title: 'A borough that our residents are proud of and love to live in',
    outcomes: [
      {
        n: 5,
        title: 'People live in a borough that is clean and green',
        actions: [
          'Implement new arrangements to improve cleansing and the quality of the local environment.',
          'Deliver the council’s Waste Strategy with initiatives to encourage/enforce waste reduction and recycling amongst residents and businesses.',
          'Deliver the Mayor’s ambitious Love Your Neighbourhood programme to make our streets safer, cleaner and more sociable places to use and to deliver the new investment around street lighting, footways and carriageways throughout the borough.',
          'Deliver initiatives to maintain and improve existing parks and green spaces.',
          'Deliver the Air Quality Action Plan.',
          'Promote use of cleaner fuel types amongst residents and businesses.',
          'Take targeted action to reduce CO2 emissions across residential and community buildings.',
          'Agree and deliver a Biodiversity Action Plan to protect and enhance wildlife across the borough.',
        ],
        measures: [
          ['Level of public realm cleanliness', 'increase'],
          ['Level of recycling', 'increase'],
          ['Level of CO2 emissions generated by the council’s activities', 'decrease'],
          ['Primary school pupils benefiting from a school street at their school (traffic reduction outside the school)', 'increase'],
          ['Residents’ access to nature through biodiversity projects', 'increase'],
        ],
      },
      {
        n: 6,
        title: 'People live in good quality affordable homes and well-designed neighbourhoods',
        actions: [
          'Work with housing associations and other partners to improve the supply of affordable housing.',
          'Identify sites for new council homes and commence delivery.',
          'Adopt the Local Plan and produce robust development strategies and policy guidance.',
          'Develop and deliver a borough programme for regeneration.',
          'Deliver the council’s programme of estate renewal and initiatives to improve housing conditions.',
          'Negotiate and deliver strategic infrastructure.',
          'Continue to drive improvements to the planning process.',
          'Deliver the programme of Liveable Streets.',
        ],
        alsoOutcome4: [1, 5],
        measures: [
          ['Level of household overcrowding', 'decrease'],
          ['Level of homeless households moved into permanent accommodation', 'increase'],
          ['Level of affordable homes completed', 'increase'],
          ['Residents’ satisfaction with the local area as a place to live', 'increase'],
        ],
      },
      {
        n: 7,
        title: 'People feel safer in their neighbourhoods and anti-social behaviour is tackled',
        actions: [
          'Provide education and awareness-raising to prevent and tackle issues including violence against women and girls, safeguarding and exploitation.',
          'Run a new specialist substance misuse project and get more people into treatment programmes, so that more people get the help they need.',
          'Make it easier for residents to report ASB to the council.',
          'Continue partnership working with the Police to carry out geographic drugs operations (‘Operation Continuum’) so that drugs markets are continually disrupted.',
          'Invest in CCTV, Police personnel and other resources to proactively tackle crime and ASB, enabling us to identify hotspots and take swift action.',
          'Hold perpetrators of crime and abuse to account, using the full spectrum of our enforcement powers when needed.',
          'Work closely with the community to prevent, identify and tackle crime, ASB, abuse and community tensions.',
          'Provide personalised support for victims, including new specialist support to victims of knife crime at the Royal London Hospital.',
        ],
        measures: [
          ['Residents’ concern about crime and anti-social behaviour', 'decrease'],
          ['Young people entering the youth justice system for the first time', 'decrease'],
          ['Residents’ feeling of safety in their local area', 'increase'],
          ['Drug users successfully completing treatment', 'increase'],
          ['Victims of violence against women and girls or hate crime who feel safer after engaging with victim support', 'increase'],
        ],
      },
      {
        n: 8,
        title: 'People feel they are part of a cohesive and vibrant community',
        actions: [
          'Work with stakeholders and communities to tackle emerging tensions and issues within and between communities including those generated by hate crimes or extremism.',
          'Roll out community-led improvement projects and programmes including supporting the voluntary and community sector to deliver services and bring people together.',
          'Improve services for refugees and people fleeing harm.',
          'Deliver projects to support integration of new communities.',
          'Deliver initiatives to celebrate diverse cultures of our borough.',
        ],
        measures: [
          ['Level of hate crime', 'decrease'],
          ['Residents’ level of volunteering', 'increase'],
          ['Residents’ perception of people from different backgrounds getting on well', 'increase'],
        ],
      },
    ],
  },
  {
    n: 3,
    title: 'A dynamic, outcomes-based council using digital innovation and partnership working to respond to the changing needs of our borough',
    outcomes: [
      {
        n: 9,
        title: 'People say we are open and transparent putting residents at the heart of everything we do',
        actions: [
          'Work with internal and external stakeholders to deliver improvements in the council’s consultation and engagement approach.',
          'Develop a Digital Strategy which supports our work to improve customer services though digital platforms.',
          'Develop initiatives to increase democratic participation by local communities.',
          'Deliver a Communications Strategy to tell the story about the council.',
        ],
        measures: [
          ['Service user satisfaction with the council’s online service offer', 'increase'],
          ['Residents’ satisfaction with Idea Stores and libraries', 'increase'],
          ['Residents’ perception of being involved in council decision-making', 'increase'],
          ['Residents’ perception of council transparency', 'increase'],
          ['Residents’ perception of being kept informed by the council', 'increase'],
        ],
      },
      {
        n: 10,
        title: 'People say we work together across boundaries in a strong and effective partnership to achieve the best outcomes for our residents',
        actions: [
          'Understand public sector investment, commitments and resourcing across Tower Hamlets.',
          'Deliver a Tower Hamlets place-based campaign.',
          'Develop a clear set of priorities for partnership working.',
          'Work with partners to mitigate impact of Brexit on communities and stakeholders in Tower Hamlets.',
          'Improve collaborative working and integration with partners to drive improvements against the four priority areas of the Tower Hamlets Plan.',
        ],
        measures: [
          ['Residents’ satisfaction with council and partner response to antisocial behaviour (ASB)', 'increase'],
          ['Children and young people receiving support from mental health services', 'increase'],
          ['Older people who have not returned to hospital after being supported through reablement services', 'increase'],
          ['Residents supported into sustainable employment by the WorkPath partnership', 'increase'],
        ],
      },
      {
        n: 11,
        title: 'People say we continuously seek innovation and strive for excellence to embed a culture of sustainable improvement',
        actions: [
          'Deliver the Smarter Together Transformation Programme.',
          'Deliver improvements to how we use our land and buildings.',
          'Improve the IT infrastructure and modernise applications to enable innovation.',
          'Develop a modern workforce within the council through culture change.',
          'Embed Outcomes Based Budgeting across the council.',
          'Deliver a programme of service reviews to improve operational effectiveness.',
          'Review business intelligence processes and procedures to support better outcomes for local people.',
          'Change our approach to performance management to focus on better outcomes for residents.',
        ],
        note: 'The extracted text places these actions before the outcome’s heading and splits action 6 across a page break.',
        measures: [
          ['Council staff turnover rate', 'decrease'],
          ['Council staff sickness absence rate', 'decrease'],
          ['Media and press view of the council', 'increase'],
          ['Residents’ perception of the council doing a better job than last year', 'increase'],
        ],
      },
    ],
  },
];

export function buildStrategicPlan2019() {
  const b = new PlanBuilder(
    {
      id: 'tower-hamlets-strategic-plan-2019-2022',
      title: 'Tower Hamlets Council Strategic Plan 2019-2022',
      period: '2019-2022',
      // A partnership plan (vision, calls to action, priorities): said here so the checker need not infer it.
      checker: { profile: 'partnershipPlan' },
      description:
        'The council’s main strategic business plan: three priorities, eleven outcomes, the actions for the coming year and what will be measured. It sets out how the council delivers the Tower Hamlets Plan.',
    },
    DOCUMENT,
  );
  b.section('Priority 2: A borough that our residents are proud of and love to live in');
  b.add(
    'vision',
    'vision',
    'Tower Hamlets is clean and well looked after, where our air quality is better and our streets and estates safer, a fairer place with more access to affordable housing and where more of our residents achieve their potential.',
    {
      description: 'Stated as “Our vision for Tower Hamlets” in the Priority 2 introduction.',
    },
  );
  // Links to Outcome 4 wait until it exists: outcome 1's actions come first.
  const alsoOutcome4: string[] = [];
  for (const priority of PRIORITIES) {
    b.section(`Priority ${priority.n}`);
    const pid = `priority-${priority.n}`;
    b.add(
      'callToAction',
      pid,
      priority.title,
      { number: priority.n },
      { note: 'The plan calls these its priorities; each top-level priority is modelled as a call to action with its own theory of change.' },
    );
    b.link(pid, 'vision');
    for (const o of priority.outcomes) {
      b.section(`Priority ${priority.n} > Outcome ${o.n}`);
      const oid = `outcome-${o.n}`;
      b.add('outcome', oid, o.title, { tags: [`Outcome ${o.n}`] });
      b.link(oid, pid);
      b.section(`Priority ${priority.n} > Outcome ${o.n} > What actions will we take?`);
      o.actions.forEach((title, i) => {
        const aid = `action-${o.n}.${i + 1}`;
        b.add('action', aid, title, { actor: 'council', tags: [`Action ${o.n}.${i + 1}`] }, o.note ? { note: o.note } : {});
        b.link(aid, oid);
        if (o.alsoOutcome4?.includes(i + 1)) alsoOutcome4.push(aid);
      });
      b.section(`Priority ${priority.n} > Outcome ${o.n} > What will we measure?`);
      o.measures.forEach(([title, direction], i) => {
        const iid = `measure-${o.n}.${i + 1}`;
        b.add('indicator', iid, title, direction ? { direction } : {});
        b.link(iid, oid);
      });
    }
  }
  b.section('Notes “this action also supports Outcome 4”');
  for (const aid of alsoOutcome4) b.link(aid, 'outcome-4');
  return b.plan;
}
