import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-ZGIKIXWA.js";
import "./chunk-EJVUHTN2.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
