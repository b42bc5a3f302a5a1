/**
 * The template officers fill in to bring a plan in from a spreadsheet: Kumu's columns (Label,
 * Type, Description, Tags; From, To, Type, Direction, Label) plus Changemap's (Id, Level, Owner,
 * URL; Confidence), filled with a small worked example so each column shows what it is for.
 */
export const ELEMENT_HEADER = ['Label', 'Type', 'Description', 'Tags', 'Id', 'Level', 'Owner', 'URL'];

export const ELEMENT_ROWS: string[][] = [
  [
    'Weekly family cooking classes',
    'Activity',
    "Two-hour sessions in six children's centres, with a crèche.",
    'food|families',
    'classes',
    'Actions',
    'Public health team',
    '',
  ],
  ['Fruit and vegetable vouchers', 'Activity', 'A £5 voucher each week for families who attend.', 'food', 'vouchers', 'Actions', 'Local food bank', ''],
  ['300 families complete the course each year', 'Output', '', 'families', 'families-complete', 'Outputs', '', ''],
  ['Parents cook healthy meals from scratch', 'Outcome', '', 'families', 'parents-cook', 'Short-term outcomes', '', ''],
  ['Children eat more fruit and vegetables', 'Outcome', '', '', 'children-eat', 'Medium-term outcomes', '', ''],
  ['Children grow up a healthy weight', 'Vision', '', '', 'healthy-weight', 'Vision', '', ''],
  ['Share of children eating five a day', 'Indicator', 'From the annual school health survey.', '', 'five-a-day', '', '', ''],
  ['Families can afford the ingredients', 'Assumption', 'If food prices rise, families may stop cooking what they learnt.', '', 'afford', '', '', ''],
  [
    'Pilot survey, 2023',
    'Evidence',
    '64% of families cooked a new recipe at home within a month.',
    '',
    'pilot-survey',
    '',
    '',
    'https://example.org/pilot-survey-2023',
  ],
  ["Children's centres", 'Partner', 'The six centres that host the classes.', '', 'centres', '', '', ''],
];

export const CONNECTION_HEADER = ['From', 'To', 'Type', 'Direction', 'Label', 'Confidence'];

export const CONNECTION_ROWS: string[][] = [
  ['Weekly family cooking classes', '300 families complete the course each year', '', 'directed', '', '80'],
  ['Fruit and vegetable vouchers', '300 families complete the course each year', '', 'directed', 'Vouchers bring families back each week', '55'],
  ['300 families complete the course each year', 'Parents cook healthy meals from scratch', '', 'directed', '', '70'],
  ['Parents cook healthy meals from scratch', 'Children eat more fruit and vegetables', '', 'directed', '', '60'],
  ['Children eat more fruit and vegetables', 'Children grow up a healthy weight', '', 'directed', '', '45'],
  ['Share of children eating five a day', 'Children eat more fruit and vegetables', 'measures', 'directed', '', ''],
  ['Families can afford the ingredients', 'Parents cook healthy meals from scratch', 'underlies', 'directed', '', ''],
  ['Pilot survey, 2023', 'Parents cook healthy meals from scratch', 'supports', 'directed', '', ''],
  ['Weekly family cooking classes', "Children's centres", 'delivered by', 'directed', '', ''],
];

/** The third sheet: what each column means, for the officer filling the template in. */
export const INSTRUCTIONS: string[][] = [
  ['How to fill in this template'],
  [''],
  ['Elements: one row for each box of the plan.'],
  ['Label (required): the words in the box. Each label must be different, because connections name boxes by their label.'],
  [
    'Type: Activity, Input, Output, Outcome, Goal, Impact, Vision, Indicator, Assumption, Evidence or Partner. Other words are read as outcomes, and the import says so.',
  ],
  ['Description: more words about the box. Tags: words to group boxes by, separated by |.'],
  ['Id (optional): a short name without spaces, such as classes. Connections may use it instead of the label.'],
  ['Level (optional): the column or band the box sits in, such as Actions, Outputs, Short-term outcomes, Vision, or your own names.'],
  ['Owner (optional): who carries out an activity. URL (optional): a web link for evidence or a partner.'],
  ['Any other column is kept as a line of the box description.'],
  [''],
  ['Connections: one row for each arrow.'],
  ['From and To (required): the label (or Id) of the box the arrow starts at, and of the box it points to.'],
  [
    'Type (optional): left empty, Changemap chooses the kind of link from the two boxes (an indicator measures, evidence supports, an activity contributes to an output).',
  ],
  ['Direction: directed (the usual), undirected or mutual. Label: words about the link; + or - marks a link that raises or lowers what it points to.'],
  ['Confidence (optional): how sure you are the arrow holds, from 0 to 100.'],
  [''],
  ['Open the filled-in workbook with Open… in the Changemap editor, or run: changemap import plan.xlsx'],
];

/** CSV as Excel reads it: a byte-order mark (so Excel reads UTF-8), CRLF, quotes where needed. */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
