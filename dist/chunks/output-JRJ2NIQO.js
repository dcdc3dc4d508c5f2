import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  OUTPUT_FORMATS,
  cellText,
  formatFromPath,
  formatRows,
  jsonRow,
  resolveFormat,
  toCsv,
  toCsvLine,
  toJson,
  toNdjson,
  toTable
} from "./chunk-3S5IC3JV.js";
import "./chunk-2YQUU2N3.js";
import "./chunk-3UJG7U6Z.js";
export {
  OUTPUT_FORMATS,
  cellText,
  formatFromPath,
  formatRows,
  jsonRow,
  resolveFormat,
  toCsv,
  toCsvLine,
  toJson,
  toNdjson,
  toTable
};
