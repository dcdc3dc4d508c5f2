import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  buildReport,
  checkExperiment,
  renderReport
} from "./chunk-QFQU37Y2.js";
import "./chunk-DL7KR22K.js";
import "./chunk-PIUJR427.js";
import "./chunk-3UJG7U6Z.js";
export {
  buildReport,
  checkExperiment,
  renderReport
};
