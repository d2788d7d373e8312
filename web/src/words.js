// English for sentences built from the API's numbers and names: counts with
// the right plural, a/an, and lists joined with commas and "and". Pure
// functions (no DOM), so that tests/words.test.js checks them in node.

const IRREGULAR = { reply: 'replies', 'reply or mention': 'replies or mentions', person: 'people', chat: 'chats' };

/** The plural of a noun: the irregular ones listed, else with an s. */
export function plural(noun) {
  return IRREGULAR[noun] || `${noun}s`;
}

/** "1 post", "0 posts", "2 replies or mentions": a count and its noun. */
export function count(n, noun) {
  return `${n} ${n === 1 ? noun : plural(noun)}`;
}

// Words starting with a vowel letter but a consonant sound, and the reverse.
const CONSONANT_SOUND = /^(uni|use|usu|ure|eu|one\b|once\b)/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir|mp\b|rn\b|nhs\b)/i;

/** "a nurse", "an occupational therapist", "an hour", "a university lecturer". */
export function withArticle(phrase) {
  const vowel = (/^[aeiou]/i.test(phrase) && !CONSONANT_SOUND.test(phrase)) || VOWEL_SOUND.test(phrase);
  return `${vowel ? 'an' : 'a'} ${phrase}`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(xs) {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** A profession worth saying: null for one not known or withheld. */
export function knownProfession(prof) {
  return prof && prof !== 'unknown' && prof !== 'withheld' ? prof : null;
}

/**
 * Who two people are, for an introduction: "Ann is a nurse and Bob an
 * occupational therapist", "Ann is a nurse" when Bob's profession is not
 * known, "" when neither is.
 */
export function whoTheyAre(a, aProf, b, bProf) {
  const pa = knownProfession(aProf);
  const pb = knownProfession(bProf);
  if (pa && pb) return `${a} is ${withArticle(pa)} and ${b} ${withArticle(pb)}`;
  if (pa) return `${a} is ${withArticle(pa)}`;
  if (pb) return `${b} is ${withArticle(pb)}`;
  return '';
}
