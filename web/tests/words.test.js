// The English of the sentences built from the API's answers (no browser
// needed): counts agree with their nouns, a/an with the sound that follows,
// and the introduction note reads as a sentence whatever the reasons and
// professions. The issue's finds were "and you active in the same
// community", "1 posts in 1 chats" and "a unknown".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, withArticle, listOf, whoTheyAre } from '../src/words.js';
import { evidenceText, introduction, reasonClauses } from '../src/notes.js';

test('counts agree with their nouns', () => {
  const table = [
    [0, 'post', '0 posts'], [1, 'post', '1 post'], [2, 'post', '2 posts'],
    [1, 'chat', '1 chat'], [3, 'chat', '3 chats'],
    [1, 'reply or mention', '1 reply or mention'], [2, 'reply or mention', '2 replies or mentions'],
    [1, 'partner', '1 partner'], [0, 'partner', '0 partners'], [1, 'day', '1 day'], [2, 'person', '2 people'],
  ];
  for (const [n, noun, want] of table) assert.equal(count(n, noun), want);
});

test('a or an by the sound that follows', () => {
  const table = [
    ['nurse', 'a nurse'], ['occupational therapist', 'an occupational therapist'], ['allied health professional', 'an allied health professional'],
    ['unknown', 'an unknown'], ['pharmacist', 'a pharmacist'], ['university lecturer', 'a university lecturer'],
    ['hour', 'an hour'], ['eu official', 'a eu official'], ['optometrist', 'an optometrist'], ['midwife', 'a midwife'],
  ];
  for (const [phrase, want] of table) assert.equal(withArticle(phrase), want);
});

test('lists and who two people are', () => {
  assert.equal(listOf([]), '');
  assert.equal(listOf(['a']), 'a');
  assert.equal(listOf(['a', 'b']), 'a and b');
  assert.equal(listOf(['a', 'b', 'c']), 'a, b and c');
  const table = [
    ['nurse', 'occupational therapist', 'Ann is a nurse and Bob an occupational therapist'],
    ['nurse', 'unknown', 'Ann is a nurse'],
    ['unknown', 'allied health professional', 'Bob is an allied health professional'],
    ['unknown', 'withheld', ''],
  ];
  for (const [a, b, want] of table) assert.equal(whoTheyAre('Ann', a, 'Bob', b), want);
});

test('evidence in words', () => {
  const e = { posts: 1, chats: 1, repliesReceived: 0, partners: 1, crossProfessionPartners: 0, lastSeen: '2026-06-01T00:00:00Z', active: true, newcomer: true, daysSinceLastChat: 1.2 };
  const text = evidenceText(e);
  assert.match(text, /^1 post in 1 chat; 0 replies or mentions received; 1 partner, 0 in other professions; new to the community; /);
  assert.match(text, /last chat 1 day before/);
  assert.doesNotMatch(text, /\b1 (posts|chats|partners|days)\b/);
  const lapsed = evidenceText({ ...e, active: false, newcomer: false, posts: 0, chats: 0, postsBefore: 2, repliesReceivedBefore: 1, partners: 0, daysSinceLastChat: 200 });
  assert.match(lapsed, /^no post in the window \(before it: 2 posts, 1 reply or mention received\); 0 partners/);
});

const person = (name, prof) => ({ name, accounts: [{ key: `x:${name.toLowerCase()}` }], professions: [{ profession: prof }] });
const noReasons = { mutualPartners: [], sharedChats: [], sharedTopics: [] };

test('the introduction note reads as English whatever it is built from', () => {
  const chat = { id: 'c1', topic: 'sleep', startsAt: '2026-05-01T20:00:00Z' };
  const table = [
    // [p's profession, q's profession, reasons, what the note says]
    ['nurse', 'pharmacist', noReasons, 'introduce you: Ann is a nurse and Bob a pharmacist, and you are both members of the same community.'],
    ['nurse', 'unknown', noReasons, 'introduce you: Ann is a nurse, and you are both members of the same community.'],
    ['unknown', 'unknown', noReasons, 'introduce you: you are both members of the same community.'],
    ['occupational therapist', 'nurse', { mutualPartners: [{ name: 'Cy' }, { name: null }], sharedChats: [chat], sharedTopics: ['sleep'] },
      'introduce you: Ann is an occupational therapist and Bob a nurse, and you both talk with Cy and 1 other whose name is withheld, ' +
      'both joined the chat on “sleep” (1 May 2026) and share an interest in sleep.'],
    ['nurse', 'nurse', { mutualPartners: [{ name: null }, { name: null }], sharedChats: [], sharedTopics: [] },
      'introduce you: Ann is a nurse and Bob a nurse, and you both talk with 2 partners whose names are withheld.'],
  ];
  for (const [pp, qp, reasons, want] of table) {
    const text = introduction(person('Ann', pp), { professional: person('Bob', qp), reasons }, 'WeCare');
    assert.ok(text.includes(want), `${text}\n  wants: ${want}`);
    assert.doesNotMatch(text, /\ba [aeiou]|\byou active\b|\b1 \w+s\b|\ban? (unknown|withheld)\b/, text);
  }
  assert.deepEqual(reasonClauses(noReasons), ['are both members of the same community']);
});
