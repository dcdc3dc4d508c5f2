import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  BUILTIN_QUERIES,
  findNamedQuery,
  listOptionsOf,
  namedQueries,
  namedQuerySql,
  runNamedQueries,
  runNamedQuery
} from "./chunk-YXNSMRAI.js";
import "./chunk-LSET5Q56.js";
import "./chunk-OM4J62EW.js";
import "./chunk-3UJG7U6Z.js";
export {
  BUILTIN_QUERIES,
  findNamedQuery,
  listOptionsOf,
  namedQueries,
  namedQuerySql,
  runNamedQueries,
  runNamedQuery
};
