import type { Box, Chart, Connection } from './chart.js';

const box = (section: string, id: string, title: string, ...to: Connection[]): Box => ({ id, title, section, to });
const c = (to: string, confidence: number, evidence: string[] = [], assumptions: string[] = []): Connection => ({ to, confidence, evidence, assumptions });

/**
 * A charity's whole-school mental wellbeing programme, drawn as activities → outputs →
 * intermediate and final outcomes → one goal (which the importer makes the vision), 64 boxes.
 */
export const SCHOOL_WELLBEING: Chart = {
  title: 'Thriving Minds — whole-school wellbeing programme',
  sections: [
    { id: 'activities', title: 'Activities', kind: 'action' },
    { id: 'outputs', title: 'Outputs', kind: 'output' },
    { id: 'intermediate-outcomes', title: 'Intermediate outcomes', kind: 'outcome', horizon: 'short' },
    { id: 'final-outcomes', title: 'Final outcomes', kind: 'outcome', horizon: 'long' },
    { id: 'goal', title: 'Goal', kind: 'vision' },
  ],
  boxes: [
    box('activities', 'mhfa-training', 'Train staff in youth mental health first aid', c('staff-trained', 90)),
    box('activities', 'senior-lead', 'Appoint and coach a senior mental health lead in each school', c('leads-in-post', 85)),
    box('activities', 'audit', 'Whole-school wellbeing audit with pupils and parents', c('audits-done', 85)),
    box(
      'activities',
      'curriculum',
      'Provide a wellbeing curriculum for years 7 to 9',
      c('lessons-taught', 80, ['Universal social and emotional learning programmes improve skills']),
    ),
    box('activities', 'peer-mentors', 'Recruit and train older pupils as peer mentors', c('mentors-trained', 80)),
    box(
      'activities',
      'group-work',
      'Run small-group sessions for pupils with low mood or anxiety',
      c('groups-run', 75, ['Group cognitive behavioural work reduces anxiety symptoms in adolescents']),
    ),
    box('activities', 'counselling', 'Offer one-to-one school counselling', c('counselling-given', 80)),
    box('activities', 'parent-workshops', 'Hold parent workshops on anxiety and sleep', c('parents-attend', 65, [], ['Parents can attend after work'])),
    box('activities', 'transition', 'Transition support for pupils moving to secondary school', c('transition-plans', 70)),
    box(
      'activities',
      'referral-route',
      'Agree a fast referral route with the children’s mental health service',
      c('route-agreed', 70, [], ['The service has capacity to take referrals']),
    ),
    box('activities', 'staff-wellbeing', 'Staff wellbeing supervision groups', c('supervision-groups', 70)),
    box('activities', 'behaviour-policy', 'Revise behaviour policies to be trauma-informed', c('policies-revised', 65)),
    box('activities', 'screen-use', 'Sessions on sleep, screens and social media', c('screen-sessions', 70)),
    box('activities', 'youth-voice', 'Pupil wellbeing councils in each school', c('councils-formed', 75)),
    box('activities', 'data-review', 'Termly review of attendance and wellbeing survey data', c('reviews-held', 75)),
    box('activities', 'community-links', 'Link schools with youth clubs and sports programmes', c('activities-mapped', 60)),
    box('activities', 'bereavement', 'Bereavement support training for pastoral staff', c('pastoral-trained', 70)),
    box('activities', 'attendance-team', 'Joint work with attendance officers on anxiety-related absence', c('absence-plans', 65)),
    box(
      'outputs',
      'staff-trained',
      '600 staff trained in mental health first aid',
      c('staff-spot', 80, ['Trained staff report more confidence in responding']),
    ),
    box('outputs', 'leads-in-post', 'A trained senior lead in all 30 schools', c('whole-school', 85)),
    box('outputs', 'audits-done', 'Audit and action plan in every school', c('whole-school', 75)),
    box('outputs', 'lessons-taught', '12 wellbeing lessons a year per class', c('pupil-skills', 70)),
    box('outputs', 'mentors-trained', '200 trained peer mentors', c('pupils-ask', 65, [], ['Younger pupils trust older peers'])),
    box('outputs', 'groups-run', '150 small groups a year', c('symptoms-reduce', 75)),
    box(
      'outputs',
      'counselling-given',
      '2,500 counselling sessions a year',
      c('symptoms-reduce', 70, ['School counselling reduces psychological distress in the short term']),
    ),
    box('outputs', 'parents-attend', '1,200 parents attend workshops', c('parents-confident', 65)),
    box('outputs', 'transition-plans', 'Transition plans for every vulnerable year 6 pupil', c('settle-well', 70)),
    box('outputs', 'route-agreed', 'A referral route with a two-week response', c('timely-help', 65)),
    box('outputs', 'supervision-groups', 'Half-termly supervision for pastoral staff', c('staff-wellbeing-better', 70)),
    box('outputs', 'policies-revised', 'Revised behaviour policies in 25 schools', c('fewer-exclusions', 60)),
    box('outputs', 'screen-sessions', 'Every year 8 class has a sleep and screens session', c('better-sleep', 55)),
    box('outputs', 'councils-formed', 'A pupil wellbeing council in each school', c('pupils-heard', 80)),
    box('outputs', 'reviews-held', 'Three data reviews a year per school', c('early-identification', 70)),
    box('outputs', 'activities-mapped', 'A map of local activities for every tutor group', c('belonging', 55)),
    box('outputs', 'pastoral-trained', '90 pastoral staff trained in bereavement support', c('staff-spot', 70)),
    box('outputs', 'absence-plans', 'Return plans for pupils absent because of anxiety', c('attendance-up', 65)),
    box('intermediate-outcomes', 'staff-spot', 'Staff notice pupils who are struggling earlier', c('early-identification', 75)),
    box('intermediate-outcomes', 'whole-school', 'Wellbeing is part of how the whole school works', c('belonging', 65), c('staff-wellbeing-better', 55)),
    box('intermediate-outcomes', 'pupil-skills', 'Pupils can name feelings and use coping strategies', c('resilience', 70)),
    box('intermediate-outcomes', 'pupils-ask', 'Pupils ask for help sooner', c('timely-help', 70)),
    box('intermediate-outcomes', 'symptoms-reduce', 'Pupils in groups and counselling have fewer symptoms', c('fewer-referrals', 65)),
    box('intermediate-outcomes', 'parents-confident', 'Parents feel able to support anxious children', c('resilience', 60)),
    box('intermediate-outcomes', 'settle-well', 'Vulnerable pupils settle well in year 7', c('attendance-up', 70)),
    box('intermediate-outcomes', 'timely-help', 'Pupils who need specialist help get it quickly', c('fewer-crises', 70)),
    box('intermediate-outcomes', 'staff-wellbeing-better', 'Staff feel supported and stay', c('whole-school-sustained', 60)),
    box('intermediate-outcomes', 'fewer-exclusions', 'Fewer suspensions and exclusions', c('attainment', 65)),
    box('intermediate-outcomes', 'better-sleep', 'Pupils sleep longer on school nights', c('resilience', 50)),
    box('intermediate-outcomes', 'pupils-heard', 'Pupils shape how the school supports wellbeing', c('belonging', 70)),
    box(
      'intermediate-outcomes',
      'early-identification',
      'Problems are picked up before they become serious',
      c('fewer-crises', 75, ['Early intervention prevents escalation in many young people']),
    ),
    box(
      'intermediate-outcomes',
      'belonging',
      'Pupils feel they belong at school',
      c('attendance-up', 70, ['School belonging predicts attendance and wellbeing']),
    ),
    box('intermediate-outcomes', 'resilience', 'Pupils cope better with setbacks', c('wellbeing-improves', 70)),
    box('intermediate-outcomes', 'attendance-up', 'Attendance improves among anxious pupils', c('attainment', 70)),
    box('intermediate-outcomes', 'fewer-referrals', 'Fewer pupils need a specialist referral', c('waits-fall', 60)),
    box('final-outcomes', 'wellbeing-improves', 'Pupils’ mental wellbeing improves across the school', c('goal', 80)),
    box('final-outcomes', 'fewer-crises', 'Fewer young people reach crisis or A&E', c('goal', 75)),
    box('final-outcomes', 'attainment', 'Pupils’ attainment improves', c('goal', 65)),
    box(
      'final-outcomes',
      'whole-school-sustained',
      'Schools keep the approach after funding ends',
      c('goal', 55, [], ['Head teachers keep wellbeing a priority']),
    ),
    box('final-outcomes', 'waits-fall', 'Waiting times for specialist services fall', c('goal', 50)),
    box('final-outcomes', 'inequality-narrows', 'The gap in wellbeing between disadvantaged pupils and others narrows', c('goal', 70)),
    box('final-outcomes', 'fewer-neet', 'Fewer young people leave school not in education, employment or training', c('goal', 60)),
    box('goal', 'goal', 'Every young person in the city grows up mentally healthy and able to thrive'),
  ],
};

// Outcomes that several earlier boxes lead to, drawn last on the chart.
for (const [from, to, confidence] of [
  ['attainment', 'fewer-neet', 70],
  ['wellbeing-improves', 'inequality-narrows', 55],
  ['attendance-up', 'inequality-narrows', 60],
] as const) {
  SCHOOL_WELLBEING.boxes.find((b) => b.id === from)!.to.push(c(to, confidence));
}
