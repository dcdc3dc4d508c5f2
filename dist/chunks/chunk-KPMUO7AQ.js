import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-3UJG7U6Z.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// schema/eds-common.schema.json
var eds_common_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/common.json",
  title: "EDS v1.0 shared definitions",
  description: "Fields every EDS v1.0 artifact carries. Type schemas combine `#/definitions/artifact` with their own fields.",
  definitions: {
    adsVersion: {
      type: "string",
      pattern: "^[0-9]+\\.[0-9]+$",
      "x-expected": "a MAJOR.MINOR version string",
      "x-fix": 'write the EDS version as a quoted MAJOR.MINOR string, e.g. ads_version: "1.0"'
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "active",
        "complete",
        "deprecated"
      ]
    },
    dateTime: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$",
      "x-expected": `a date-time: RFC 3339 ("2025-12-17T02:43:00+09:00") or the spec's form ("2025-12-17 02:43 (KST)")`,
      "x-fix": `write the time as "2025-12-17 02:43 (KST)" (the spec's form) or "2025-12-17T02:43:00+09:00" (RFC 3339), in quotes`
    },
    tag: {
      type: "string",
      pattern: "^[a-z0-9-]+$",
      "x-expected": "lowercase letters, digits and hyphens",
      "x-fix": "tags are lowercase letters, digits and hyphens, e.g. perspective-correction"
    },
    tags: {
      type: "array",
      items: {
        $ref: "#/definitions/tag"
      }
    },
    experimentId: {
      type: "string",
      pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$",
      "x-expected": "an experiment id (YYYYMMDD_HHMMSS_name)",
      "x-fix": "an experiment id is YYYYMMDD_HHMMSS_name, e.g. 20251217_024343_image_enhancements"
    },
    stringList: {
      type: "array",
      items: {
        type: "string"
      }
    },
    artifact: {
      type: "object",
      required: [
        "ads_version",
        "type",
        "experiment_id",
        "status",
        "created",
        "updated",
        "tags"
      ],
      properties: {
        ads_version: {
          $ref: "#/definitions/adsVersion"
        },
        type: {
          type: "string"
        },
        status: {
          $ref: "#/definitions/status"
        },
        created: {
          $ref: "#/definitions/dateTime"
        },
        updated: {
          $ref: "#/definitions/dateTime"
        },
        tags: {
          $ref: "#/definitions/tags"
        },
        artifact_id: {
          type: "string",
          minLength: 1,
          "x-fix": "give the artifact a non-empty id that is unique in the repository"
        },
        experiment_id: {
          $ref: "#/definitions/experimentId"
        },
        title: {
          type: "string"
        }
      }
    }
  }
};

export {
  eds_common_schema_default,
  require_ucs2length
};
