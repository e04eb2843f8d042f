/**
 * The instrument's versions. A rubric's layout is its dimension ids and item ids (and which items are
 * counts), in content order: what share codes' positions and fingerprints, stored answers, snapshots,
 * workshop responses and exported files refer to. Every released layout is kept in
 * src/content/versions/<rubric>.json, oldest first, the last being the content files' own:
 *
 *   { "rubric": "coaching-conditions",
 *     "layouts": [
 *       { "layout": 1, "released": "2026-11-23",
 *         "dimensions": [ { "id": "peer-collaboration", "items": ["peer-meetings", …], "counts": […] }, … ] },
 *       { "layout": 2, "released": "2027-01-10",
 *         "dimensions": [ … ],
 *         "changes": [ { "kind": "renamed", "from": "peer-meetings", "to": ["coach-meetings"] },
 *                      { "kind": "split", "from": "leader-buy-in", "to": ["leader-time", "leader-voice"] },
 *                      { "kind": "merged", "from": ["a", "b"], "to": ["ab"] },
 *                      { "kind": "removed", "from": "old-item", "to": [] } ] } ] }
 *
 * `changes` say how the previous layout's ids became this one's (kinds in ./history.ts); an id in both
 * layouts with no entry is kept as it is; an item of the new layout that nothing leads to is new. Anything
 * made with any released layout opens in the current one (./upgrade.ts): answers move by the changes, new
 * and changed items are listed in the assessment's `review` until answered, and answers with no home are
 * kept in its `earlier`, shown with the results and never scored. Share codes find their layout by
 * fingerprint; stored and exported assessments carry `layout` (absent: 1). How to release a layout:
 * docs/content-review.md.
 */
export * from './history';
export * from './upgrade';
export { historyProblems } from './problems';
