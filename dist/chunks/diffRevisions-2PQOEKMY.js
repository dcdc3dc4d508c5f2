import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  defaultBranch,
  diffRevisions,
  mergeBaseWithDefault
} from "./chunk-SO7NEQMP.js";
import "./chunk-F3SNSMB3.js";
import "./chunk-KPMUO7AQ.js";
import "./chunk-FQ7QZTUU.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";
export {
  defaultBranch,
  diffRevisions,
  mergeBaseWithDefault
};
