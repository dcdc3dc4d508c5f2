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
  /** Experiments with a comparison section on the index's report (the most recent runs first); their own pages show more. */
  comparisons: 8,
  /** Runs in each of those sections (the latest). */
  comparisonRuns: 40,
  /** Charts per comparison section on the index's report (metrics, then parameter views). */
  comparisonCharts: 4,
  /** Experiments (rows, most recent results first) and metrics (columns, most reported first) in the grid of latest results. */
  resultRows: 30,
  resultMetrics: 8,
  /** Runs drawn in one metric's chart across the runs (the best by the metric's direction), on either page. */
  chartRuns: 25,
  /**
   * An experiment's own page (`--experiment`), so that one with hundreds of runs and metrics still
   * makes a page under 2 MB: runs in its grid (the latest), metric columns of the grid (the most
   * reported), charts across the runs (parameter views first), metrics over time (the most
   * reported) and values per such chart (above: monthly median and spread).
   */
  pageRuns: 100,
  pageMetrics: 12,
  pageComparisonCharts: 8,
  pageTrendCharts: 6,
  pageTrendPoints: 300,
  /** Recent activity on the overview. */
  recent: 12,
} as const;
