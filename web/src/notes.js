// The sentences the isolation list and a member's page build from the
// API's answers: evidence, reasons and the introduction note. No DOM, so
// that tests/words.test.js checks their English in node.
import { fmt, handleOf, professionOf } from './dom.js';
import { count, listOf, whoTheyAre } from './words.js';

/** What a report's evidence says, counted in words: "1 post in 1 chat; no reply or mention received; ...". */
export function evidenceText(e) {
  const active = e.active === false
    ? `no post in the window (before it: ${count(e.postsBefore, 'post')}, ${count(e.repliesReceivedBefore, 'reply or mention')} received)`
    : `${count(e.posts, 'post')} in ${count(e.chats, 'chat')}; ${count(e.repliesReceived, 'reply or mention')} received`;
  const days = e.daysSinceLastChat === undefined ? '' : `; last chat ${count(Math.round(e.daysSinceLastChat), 'day')} before the window's end`;
  return `${active}; ${count(e.partners, 'partner')}, ${e.crossProfessionPartners} in other professions${e.newcomer ? '; new to the community' : ''}; last seen ${fmt.date(e.lastSeen)}${days}.`;
}

/**
 * Why a peer was suggested, as clauses with no subject that follow "you"
 * ("you both talk with Ann and share an interest in sleep").
 */
export function reasonClauses(reasons) {
  const out = [];
  if (reasons.mutualPartners.length) out.push(`both talk with ${listOf(partnerNames(reasons.mutualPartners))}`);
  if (reasons.sharedChats.length) out.push(`both joined ${reasons.sharedChats.length === 1 ? 'the chat' : 'the chats'} on ${listOf(reasons.sharedChats.slice(0, 3).map((c) => `“${c.topic}” (${fmt.date(c.startsAt)})`))}`);
  if (reasons.sharedTopics.length) out.push(`share an interest in ${listOf(reasons.sharedTopics.slice(0, 3))}`);
  if (!out.length) out.push('are both members of the same community');
  return out;
}

/** The reasons as a list entry shows them, with the responsiveness part when there is one. */
export function reasonText(reasons, parts) {
  const out = reasonClauses(reasons);
  if (parts && parts.responsiveness > 0) out.push('answers others often');
  return out.join('; ');
}

/** Mutual partners by name, those whose names are withheld counted instead. */
export function partnerNames(ps) {
  const known = ps.filter((m) => m.name !== null).map((m) => m.name);
  const hidden = ps.length - known.length;
  return hidden ? [...known, `${count(hidden, known.length ? 'other' : 'partner')} whose name${hidden === 1 ? ' is' : 's are'} withheld`] : known;
}

/** A note the coordinator can paste into a message, built only from what the API said. */
export function introduction(p, s, community) {
  const q = s.professional;
  const who = whoTheyAre(p.name, professionOf(p), q.name, professionOf(q));
  return `Hello ${p.name} (${handleOf(p)}) and ${q.name} (${handleOf(q)}),\n\n` +
    `I help run ${community}. I'd like to introduce you: ${who ? `${who}, and ` : ''}you ${listOf(reasonClauses(s.reasons))}.\n\n` +
    `I think you would have a lot to share. Why not say hello to each other at the next ${community} chat?`;
}

