/** What the plan page knows of each rubric, from its content at build time. */
export interface PlanRubric {
  id: string;
  title: string;
  resultsHref: string;
  /** Level names, 0 to 4. */
  levels: string[];
  /** Dimension names by id. */
  dimensions: Record<string, string>;
  /** Item texts by id. */
  items: Record<string, string>;
}
