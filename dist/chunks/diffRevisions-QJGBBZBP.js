import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  defaultBranch,
  diffRevisions,
  mergeBaseWithDefault
} from "./chunk-XF3DBVUL.js";
import "./chunk-FHX5CIFV.js";
import "./chunk-KPMUO7AQ.js";
import "./chunk-APGHLKAF.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";
export {
  defaultBranch,
  diffRevisions,
  mergeBaseWithDefault
};
