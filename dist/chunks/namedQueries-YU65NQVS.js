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
} from "./chunk-C64QB7OX.js";
import "./chunk-3S5IC3JV.js";
import "./chunk-TYSI2RHP.js";
import "./chunk-2YQUU2N3.js";
import "./chunk-PIUJR427.js";
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
