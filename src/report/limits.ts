/**
 * How much the report embeds, so that a 10,000-artifact index still makes a file under 2 MB that
 * paints in well under a second. Whatever a limit leaves out, the page says so (and how to see it).
 */
export const LIMITS = {
  /** Experiments drawn as bars in the timeline (the most recently active); all are counted per month. */
  timelineBars: 60,
  /** Metrics with a trend chart (the most reported first). */
  trendCharts: 12,
  /** Up to this many values, a metric's chart shows every value; above, monthly median and spread. */
  trendPoints: 200,
  /** Experiments in the compliance heatmap (the most problems first). */
  heatmapRows: 40,
  /** Tags in the cloud (the most used first). */
  cloudTags: 150,
  /** Rows embedded per table (the most recent first; problems: errors first). */
  experimentRows: 2000,
  artifactRows: 5000,
  metricRows: 2000,
  problemRows: 2000,
  /** Recent activity on the overview. */
  recent: 12,
} as const;
