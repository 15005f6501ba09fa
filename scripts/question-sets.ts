/**
 * The labelled question sets beside tests/fixtures/matching-questions.json (whose `locked` and
 * `tuning` splits come first), each in tests/fixtures/matching-<split>.json with that split, in
 * the order the writers delivered them. One list for the evaluation (eval-matching.ts) and the
 * crisis model's ordinary questions (train-crisis-model.ts), so a new set is added once.
 */
export const questionSets = [
	'fresh',
	'tuning2',
	'blind5',
	'blind6',
	'train8q',
	'blind7',
	'train9q',
	'blind8',
	'train10q',
	'blind9',
	'train11q',
	'blind10',
	'train11r',
	'train12q',
	'train12r',
	'blind11',
	'train13q',
	'train13r',
	'blind12',
	'train14q',
	'train14r',
	'blind13',
	'train15r',
	'train15q',
	'blind14',
	'train16q',
	'train16r',
	'blind15',
	'train17r',
	'train17q',
	'blind16',
	'train18q',
	'train18r',
	'blind17',
	'train19q',
	'train19r',
	'blind18',
	'train20q',
	'train20r',
	'blind19',
	'train21q',
	'train21r',
	'blind20',
	'train22q',
	'train22r',
	'blind21',
	'train23q',
	'train23r',
	'blind22',
	'train23s',
	'train24q',
	'train24s',
	'blind23',
	'train24r'
] as const;

/**
 * Never tuned or trained on, and never looked at question by question: `locked` and `fresh`
 * always; a newest writer's set (`blind23`, round 21) for one round, measured at its start and
 * end, then handed over (blind22, held out in round 20, is trained on from round 21).
 */
export const heldOut: readonly string[] = ['locked', 'fresh', 'blind23'];

export const questionSetFile = (split: string) =>
	new URL(`../tests/fixtures/matching-${split}.json`, import.meta.url);
