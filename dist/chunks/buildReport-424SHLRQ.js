import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-F5NB4XK4.js";
import "./chunk-GCU5GTV7.js";
import "./chunk-XXX3UFKQ.js";
import "./chunk-2YQUU2N3.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
