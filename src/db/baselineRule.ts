/**
 * The one baseline rule, shared by the `metrics` view and `etk compare`: a metric's baseline is the
 * value its report declares (`hmean: {value: 0.91, baseline: 0.88}`), else the same metric in the
 * **latest run** (report) of the report's baseline experiment that has it as a number (a value that is
 * not one, `hmean: high`, is skipped), latest by created time then path. A report is never its own baseline: when the baseline experiment is the report's own, only its
 * runs before the report count (the first run of a self-baselined experiment has no baseline).
 */

/** The metric's rows in experiment `exp` that are numbers: each condition below adds a range over idx_metrics_experiment. */
const candidates = (m: string, exp: string) =>
  `FROM metric_values b WHERE b.experiment_id = ${exp} AND b.metric_name = ${m}.metric_name AND b.metric_value IS NOT NULL`;
const LATEST = 'ORDER BY b.timestamp DESC, b.file_path DESC LIMIT 1';

/**
 * The metric_id of the baseline run's row for the metric row `m` (any alias over metric_values
 * columns), or NULL. "Before the report" is (created, path) < the report's, a run without a created
 * time (NULL) counting as the earliest, as `ORDER BY timestamp` sorts it. Each branch is an equality on
 * (experiment_id, metric_name) plus at most a range on timestamp or file_path, read backwards along
 * idx_metrics_experiment (experiment_id, metric_name, timestamp, file_path), so the first numeric row
 * it meets is the answer: a lookup per metric row, not a scan of the runs after it.
 */
function baselineIdSql(m: string): string {
  const own = `${m}.experiment_id`;
  return `CASE
    WHEN ${m}.baseline_experiment IS NOT ${own} THEN (SELECT b.metric_id ${candidates(m, `${m}.baseline_experiment`)} ${LATEST})
    WHEN ${m}.timestamp IS NULL THEN (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp IS NULL AND b.file_path < ${m}.file_path ${LATEST})
    ELSE COALESCE(
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp = ${m}.timestamp AND b.file_path < ${m}.file_path ${LATEST}),
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp < ${m}.timestamp ${LATEST}),
      (SELECT b.metric_id ${candidates(m, own)} AND b.timestamp IS NULL ${LATEST}))
  END`;
}

/**
 * A scalar subquery choosing the baseline run's row for the metric row `m` (any alias over
 * metric_values columns), selecting `what` over that row as `b` (e.g. `b.metric_value`, `b.file_path`).
 */
export function baselineRunSql(m: string, what: string): string {
  return `(SELECT ${what} FROM metric_values b WHERE b.metric_id = ${baselineIdSql(m)})`;
}
