import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-ZCBFXI6B.js";
import "./chunk-2SRXGOD7.js";
import "./chunk-TYSI2RHP.js";
import "./chunk-2YQUU2N3.js";
import "./chunk-3ENTEOR6.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
