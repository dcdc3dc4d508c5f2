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
} from "./chunk-FOQ3LNET.js";
import "./chunk-IWEGNAVN.js";
import "./chunk-PUMP4OJ4.js";
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
