/**
 * Workshops: a team's responses to one rubric, gathered on the facilitator's device, revealed all at once,
 * and agreed item by item. No server is involved: a response is a participant's share link (or code, or
 * exported file), read with the same decoder as any other. Stored per rubric under
 * "dcsa:workshop:<rubric>" as (version 1):
 *
 *   { "version": 1,
 *     "workshop": {
 *       "rubric": "coaching-conditions",
 *       "startedAt": "2026-11-23T14:00:00.000Z",
 *       "revealed": false,
 *       "lastNumber": 1,
 *       "responses": [ { "id": "m3k9x2ab", "number": 1, "addedAt": "2026-11-23T14:05:00.000Z",
 *                        "role": "principal",
 *                        "assessment": { …the assessment shape of lib/saved.ts… } } ],
 *       "consensus": { "peer-meetings": { "level": 2, "dissent": "Two principals see it at 3" },
 *                      "schools-per-coach": { "count": 2 } } } }
 *
 * - `revealed`: whether the ratings are on the board. Until then the board renders none of them.
 * - `responses[].number`: given in the order responses arrive and never reused (`lastNumber` is the last one
 *   given; when absent, the highest number present), so "response 7" names the same person's answers for
 *   the whole session, even after removals.
 * - `responses[].role`: one of ROLES, chosen by the facilitator for the breakdown by role; absent when unknown.
 * - `responses[].assessment.school`: the school the participant typed (or the facilitator corrected), for the
 *   roll-up by school (./rollup.ts); absent when not given.
 * - `anonymous`: true in anonymous mode (names, schools and roles hidden on the board and in exports);
 *   absent when off. Added without a new version: a workshop without it reads as before.
 * - `consensus`: by item id, the level (or "unsure", or "na" for an item that allows it) or number the team agreed on, and any dissent in words.
 *
 * Lifecycle: started on /team/<rubric>/; changed by every action there and by "Add to the current workshop"
 * on a results page opened from a response link; removed by "Reset". Migration: as for saved assessments
 * (lib/saved.ts): one step for every version ever shipped; version 1 is the first, so there are none yet.
 * The roll-up by school and role (./rollup.ts), its CSV (./rollup-csv.ts) and workshop files (./file.ts)
 * are imported on their own, so the board's first script carries none of them.
 *
 * Reading never throws; unreadable data is reported, never overwritten (the store sets it aside).
 */
export * from './types';
export * from './stored';
export * from './candidates';
export * from './responses';
export * from './editing';
export * from './statistics';
export * from './consensus';
