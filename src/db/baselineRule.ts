/**
 * The one baseline rule, shared by the `metrics` view and `etk compare`: a metric's baseline is the
 * value its report declares (`hmean: {value: 0.91, baseline: 0.88}`), else the same metric in the
 * **latest run** (report) of the report's baseline experiment that has it as a number (a value that is
 * not one, `hmean: high`, is skipped), latest by created time then path. A report is never its own baseline: when the baseline experiment is the report's own, only its
 * runs before the report count (the first run of a self-baselined experiment has no baseline).
 */

/**
 * A correlated subquery over metric_values `b` choosing the baseline run's row for the metric row
 * `m` (any alias over metric_values columns), selecting `what` (e.g. `b.metric_value`, `b.file_path`).
 */
export function baselineRunSql(m: string, what: string): string {
  return `(SELECT ${what} FROM metric_values b
    WHERE b.experiment_id = ${m}.baseline_experiment AND b.metric_name = ${m}.metric_name AND b.metric_value IS NOT NULL AND b.file_path <> ${m}.file_path
      AND (b.experiment_id IS NOT ${m}.experiment_id
        OR COALESCE(b.timestamp, '') < COALESCE(${m}.timestamp, '')
        OR (COALESCE(b.timestamp, '') = COALESCE(${m}.timestamp, '') AND b.file_path < ${m}.file_path))
    ORDER BY b.timestamp DESC, b.file_path DESC LIMIT 1)`;
}
