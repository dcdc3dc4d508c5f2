import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-VKBNDKUP.js";
import "./chunk-GSC4WQON.js";
import "./chunk-OM4J62EW.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
