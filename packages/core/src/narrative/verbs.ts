/**
 * Verbs that open the titles of actions in plans and theories of change ("Deliver the Air Quality
 * Action Plan", "Train community health workers", "Building the movement for change"). A title
 * whose first word is one of these reads as something we do; any other title reads as a thing we
 * deliver. A fixed list keeps the narrative predictable: the same title always reads the same way.
 */
const VERB_LIST = `
  access accelerate achieve act adapt address adopt advance advise advocate agree align allocate
  amplify analyse answer apply appoint approve arrange ask assess assist attend attract audit
  balance be become begin bid boost break bridge bring broaden build buy call campaign care carry
  celebrate challenge champion change check choose clarify clean close co-design co-produce coach
  collaborate collate collect combat combine commission commit communicate compile complete
  conduct connect consider consolidate construct consult continue contribute convene coordinate
  create cultivate cut decide deepen define deliver demonstrate deploy design develop devise
  digitise direct discover discuss distribute diversify do donate draft drive educate eliminate
  embed embrace empower enable encourage end enforce engage enhance enrol ensure establish evaluate
  examine expand explore extend facilitate find fix focus follow form formalise foster fund
  future-proof gather generate get give go grow guarantee guide help hire hold host identify
  implement improve include incorporate increase influence inform initiate innovate insist inspect
  install integrate introduce invest investigate invite involve join keep launch lead learn lift
  link listen lobby look lower maintain make manage map maximise measure meet mentor minimise
  mobilise model modernise monitor motivate move negotiate nurture offer open operate organise
  oversee partner pass pay pilot plan play pledge plant pool prepare present preserve prevent
  prioritise produce progress promote propose protect provide publish pursue put raise reach
  recognise recommend reconnect record recruit redesign reduce refer refresh register reinforce
  reimagine release remove renew repair replace report research reshape resource respond restore
  retain retrofit review revise roll run safeguard scale scope screen secure seek select send
  serve set shape share shift show sign signpost simplify speak sponsor stabilise start stay
  steer stop streamline strengthen strive study submit support sustain tackle take talk target
  teach test track trade train transform translate treat trial understand unlock update upgrade
  upskill use vaccinate visit volunteer welcome widen win work write
`;

/** Words that, followed straight by "to", name a thing rather than an action ("Access to services"). */
const NOUN_LIST_BEFORE_TO = `
  access answer challenge change guide link model pilot plan return support test visit
`;

/** Verbs that, followed straight by "for", still read as an action ("Campaign for fair pay"). */
const VERB_LIST_TAKING_FOR = `
  advocate apply ask bid call campaign care lobby look pay plan prepare push strive work
`;

/** Nouns that name doing something, with the verb: "Distribution of bed nets" reads "distribute bed nets". */
const NOMINALISATION_LIST = `
  delivery:deliver development:develop distribution:distribute establishment:establish creation:create
  expansion:expand implementation:implement improvement:improve introduction:introduce
  installation:install construction:construct production:produce provision:provide
  promotion:promote recruitment:recruit coordination:coordinate facilitation:facilitate
  organisation:organise organization:organize extension:extend renovation:renovate
  refurbishment:refurbish publication:publish review:review evaluation:evaluate
`;

const words = (list: string) => new Set(list.trim().split(/\s+/));

export const VERBS: ReadonlySet<string> = words(VERB_LIST);
const NOUNS_BEFORE_TO = words(NOUN_LIST_BEFORE_TO);
const TAKING_FOR = words(VERB_LIST_TAKING_FOR);

/**
 * True when a text opening with these words reads as a verb and its object or complement:
 * "Support families", "Work with schools" and "Review and improve" do; "Support for carers",
 * "Access to services" and "Co-design and co-production" are things.
 */
export function opensVerbPhrase(text: string): boolean {
  const [verb = '', next, third] = text.toLowerCase().split(/\s+/, 3);
  if (!VERBS.has(verb)) return false;
  if (next === 'of') return false;
  if (next === 'to') return !NOUNS_BEFORE_TO.has(verb);
  if (next === 'for') return TAKING_FOR.has(verb);
  if (next === 'and' || next === 'or') return third !== undefined && VERBS.has(third);
  return true;
}

const NOMINALISATIONS: ReadonlyMap<string, string> = new Map(
  NOMINALISATION_LIST.trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The verb a noun of doing names ("distribution" → "distribute"), else undefined. */
export function verbOfNominalisation(word: string): string | undefined {
  return NOMINALISATIONS.get(word);
}

/** The verb a gerund comes from when it is one of ours ("building" → "build", "changing" → "change"), else undefined. */
export function verbOfGerund(word: string): string | undefined {
  if (!word.endsWith('ing') || word.length < 5) return undefined;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  // A doubled last consonant: "planning" → "plan", "running" → "run".
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('y')) candidates.push(stem); // "studying" → "study"
  return candidates.find((candidate) => VERBS.has(candidate));
}

const IRREGULAR_THIRD_PERSON: Readonly<Record<string, string>> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/** A verb's present tense after a subject: "we deliver", "every partner delivers", "we are". */
export function presentTense(verb: string, singular: boolean): string {
  if (!singular) return verb === 'be' ? 'are' : verb;
  const irregular = IRREGULAR_THIRD_PERSON[verb];
  if (irregular) return irregular;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
