/**
 * A run's parameters: the scalar fields of a report's frontmatter (text, number, true/false) that
 * the EDS v1.0 standard does not define (`backbone: resnet50`, `lr: 0.001`, `gpu: T4`). The standard's
 * own fields (the common artifact fields and the report's) are never parameters; a unit test holds
 * this list to schema/eds-common.schema.json and schema/report.schema.json.
 */
export const STANDARD_REPORT_FIELDS = [
  'ads_version', 'type', 'status', 'created', 'updated', 'tags', 'artifact_id', 'experiment_id', 'title',
  'subtype', 'metrics', 'baseline', 'comparison',
] as const;

const quoted = STANDARD_REPORT_FIELDS.map((f) => `'${f}'`).join(', ');

/** SQL over artifacts `a`: the candidate parameters as a JSON object in the frontmatter's order ('{}' when none). */
export const RUN_PARAMETERS_SQL = `(SELECT json_group_object(j.key, CASE j.type WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') ELSE j.value END)
    FROM json_each(a.frontmatter) j
    WHERE j.type IN ('text', 'integer', 'real', 'true', 'false') AND j.key NOT IN (${quoted}))`;
