/**
 * The words of the workshop's roll-up by school and role, in English. They load with the roll-up itself
 * (components/workshop/rollup/), only when the facilitator opens it, so the board's first script carries
 * none of them. Its shape is the `RollupUi` type every other language must match.
 */
export const rollupEn = {
  heading: 'Roll-up by school and role',
  intro:
    'Every response grouped by the school its participant gave and by the role you gave it. Medians are of levels 0 to 4; the spread is the highest level reached minus the lowest.',
  views: 'Views',
  heatmap: 'Items by school',
  groups: 'Dimensions by group',
  gaps: 'Perception gaps',
  loading: 'Loading the roll-up…',
  heatmapCaption: 'Median level of each item, by school',
  heatmapHint:
    'Each cell is the median of that school’s ratings: the number, and the colour, darker for a higher level. An empty cell: nobody from that school gave the item a level.',
  itemCol: 'Item',
  noSchool: 'No school given',
  anonymousSchool: (n: number) => `School ${n}`,
  responsesIn: (n: number) => (n === 1 ? '1 response' : `${n} responses`),
  noLevel: 'no level given',
  bySchoolCaption: 'Median and spread of each dimension, by school',
  byRoleCaption: 'Median and spread of each dimension, by role',
  groupCol: 'Group',
  median: 'median',
  spread: 'spread',
  medianSpread: (median: string, spread: string) => `${median} (spread ${spread})`,
  gapsIntro:
    'Items where the district office’s median and the schools’ (principals and coaches together) differ by a level or more, the largest gap first. Give responses their roles in the list above.',
  gapsNone:
    'No perception gap: on every item, the district office and the schools are less than a level apart.',
  gapsNeedRoles:
    'A perception gap needs responses from district staff and from principals or coaches: give responses those roles in the list above.',
  gapsCaption: 'Perception gaps, largest first',
  districtCol: 'District office',
  schoolsCol: 'Schools',
  gapCol: 'Gap',
  higherDistrict: 'the district office rates it higher',
  higherSchools: 'the schools rate it higher',
  anonymousNote:
    'Anonymous mode: schools are shown by number, in an order that says nothing of their names; nothing names a person, a school or a role.',
  downloadCsv: 'Download the roll-up (CSV)',
  csv: {
    response: 'Response',
    school: 'School',
    role: 'Role',
    dimension: 'Dimension',
    item: 'Item',
    level: 'Level',
    levelName: 'Level name',
  },
};

export type RollupUi = typeof rollupEn;
