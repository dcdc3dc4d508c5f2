import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-QIIEJF7F.js";
import "./chunk-3VZMNHHN.js";
import "./chunk-TYSI2RHP.js";
import "./chunk-2YQUU2N3.js";
import "./chunk-APGHLKAF.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
