import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);
import {
  eds_common_schema_default,
  require_ucs2length
} from "./chunk-KPMUO7AQ.js";
import {
  baselineRunSql
} from "./chunk-APGHLKAF.js";
import {
  closest
} from "./chunk-PIUJR427.js";
import {
  ConfigError,
  EtkError,
  UsageError,
  __commonJS,
  __require,
  __toESM
} from "./chunk-3UJG7U6Z.js";

// node_modules/kind-of/index.js
var require_kind_of = __commonJS({
  "node_modules/kind-of/index.js"(exports2, module2) {
    var toString = Object.prototype.toString;
    module2.exports = function kindOf2(val) {
      if (val === void 0) return "undefined";
      if (val === null) return "null";
      var type2 = typeof val;
      if (type2 === "boolean") return "boolean";
      if (type2 === "string") return "string";
      if (type2 === "number") return "number";
      if (type2 === "symbol") return "symbol";
      if (type2 === "function") {
        return isGeneratorFn(val) ? "generatorfunction" : "function";
      }
      if (isArray(val)) return "array";
      if (isBuffer(val)) return "buffer";
      if (isArguments(val)) return "arguments";
      if (isDate(val)) return "date";
      if (isError(val)) return "error";
      if (isRegexp(val)) return "regexp";
      switch (ctorName(val)) {
        case "Symbol":
          return "symbol";
        case "Promise":
          return "promise";
        // Set, Map, WeakSet, WeakMap
        case "WeakMap":
          return "weakmap";
        case "WeakSet":
          return "weakset";
        case "Map":
          return "map";
        case "Set":
          return "set";
        // 8-bit typed arrays
        case "Int8Array":
          return "int8array";
        case "Uint8Array":
          return "uint8array";
        case "Uint8ClampedArray":
          return "uint8clampedarray";
        // 16-bit typed arrays
        case "Int16Array":
          return "int16array";
        case "Uint16Array":
          return "uint16array";
        // 32-bit typed arrays
        case "Int32Array":
          return "int32array";
        case "Uint32Array":
          return "uint32array";
        case "Float32Array":
          return "float32array";
        case "Float64Array":
          return "float64array";
      }
      if (isGeneratorObj(val)) {
        return "generator";
      }
      type2 = toString.call(val);
      switch (type2) {
        case "[object Object]":
          return "object";
        // iterators
        case "[object Map Iterator]":
          return "mapiterator";
        case "[object Set Iterator]":
          return "setiterator";
        case "[object String Iterator]":
          return "stringiterator";
        case "[object Array Iterator]":
          return "arrayiterator";
      }
      return type2.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
    function ctorName(val) {
      return typeof val.constructor === "function" ? val.constructor.name : null;
    }
    function isArray(val) {
      if (Array.isArray) return Array.isArray(val);
      return val instanceof Array;
    }
    function isError(val) {
      return val instanceof Error || typeof val.message === "string" && val.constructor && typeof val.constructor.stackTraceLimit === "number";
    }
    function isDate(val) {
      if (val instanceof Date) return true;
      return typeof val.toDateString === "function" && typeof val.getDate === "function" && typeof val.setDate === "function";
    }
    function isRegexp(val) {
      if (val instanceof RegExp) return true;
      return typeof val.flags === "string" && typeof val.ignoreCase === "boolean" && typeof val.multiline === "boolean" && typeof val.global === "boolean";
    }
    function isGeneratorFn(name, val) {
      return ctorName(name) === "GeneratorFunction";
    }
    function isGeneratorObj(val) {
      return typeof val.throw === "function" && typeof val.return === "function" && typeof val.next === "function";
    }
    function isArguments(val) {
      try {
        if (typeof val.length === "number" && typeof val.callee === "function") {
          return true;
        }
      } catch (err) {
        if (err.message.indexOf("callee") !== -1) {
          return true;
        }
      }
      return false;
    }
    function isBuffer(val) {
      if (val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// node_modules/is-extendable/index.js
var require_is_extendable = __commonJS({
  "node_modules/is-extendable/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function isExtendable(val) {
      return typeof val !== "undefined" && val !== null && (typeof val === "object" || typeof val === "function");
    };
  }
});

// node_modules/extend-shallow/index.js
var require_extend_shallow = __commonJS({
  "node_modules/extend-shallow/index.js"(exports2, module2) {
    "use strict";
    var isObject = require_is_extendable();
    module2.exports = function extend(o) {
      if (!isObject(o)) {
        o = {};
      }
      var len = arguments.length;
      for (var i = 1; i < len; i++) {
        var obj = arguments[i];
        if (isObject(obj)) {
          assign(o, obj);
        }
      }
      return o;
    };
    function assign(a, b) {
      for (var key in b) {
        if (hasOwn(b, key)) {
          a[key] = b[key];
        }
      }
    }
    function hasOwn(obj, key) {
      return Object.prototype.hasOwnProperty.call(obj, key);
    }
  }
});

// node_modules/section-matter/index.js
var require_section_matter = __commonJS({
  "node_modules/section-matter/index.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var extend = require_extend_shallow();
    module2.exports = function(input, options2) {
      if (typeof options2 === "function") {
        options2 = { parse: options2 };
      }
      var file = toObject(input);
      var defaults = { section_delimiter: "---", parse: identity };
      var opts = extend({}, defaults, options2);
      var delim = opts.section_delimiter;
      var lines = file.content.split(/\r?\n/);
      var sections = null;
      var section = createSection();
      var content = [];
      var stack = [];
      function initSections(val) {
        file.content = val;
        sections = [];
        content = [];
      }
      function closeSection(val) {
        if (stack.length) {
          section.key = getKey(stack[0], delim);
          section.content = val;
          opts.parse(section, sections);
          sections.push(section);
          section = createSection();
          content = [];
          stack = [];
        }
      }
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var len = stack.length;
        var ln = line.trim();
        if (isDelimiter(ln, delim)) {
          if (ln.length === 3 && i !== 0) {
            if (len === 0 || len === 2) {
              content.push(line);
              continue;
            }
            stack.push(ln);
            section.data = content.join("\n");
            content = [];
            continue;
          }
          if (sections === null) {
            initSections(content.join("\n"));
          }
          if (len === 2) {
            closeSection(content.join("\n"));
          }
          stack.push(ln);
          continue;
        }
        content.push(line);
      }
      if (sections === null) {
        initSections(content.join("\n"));
      } else {
        closeSection(content.join("\n"));
      }
      file.sections = sections;
      return file;
    };
    function isDelimiter(line, delim) {
      if (line.slice(0, delim.length) !== delim) {
        return false;
      }
      if (line.charAt(delim.length + 1) === delim.slice(-1)) {
        return false;
      }
      return true;
    }
    function toObject(input) {
      if (typeOf(input) !== "object") {
        input = { content: input };
      }
      if (typeof input.content !== "string" && !isBuffer(input.content)) {
        throw new TypeError("expected a buffer or string");
      }
      input.content = input.content.toString();
      input.sections = [];
      return input;
    }
    function getKey(val, delim) {
      return val ? val.slice(delim.length).trim() : "";
    }
    function createSection() {
      return { key: "", data: "", content: "" };
    }
    function identity(val) {
      return val;
    }
    function isBuffer(val) {
      if (val && val.constructor && typeof val.constructor.isBuffer === "function") {
        return val.constructor.isBuffer(val);
      }
      return false;
    }
  }
});

// etk-stub:gray-matter-js-yaml
var require_gray_matter_js_yaml = __commonJS({
  "etk-stub:gray-matter-js-yaml"(exports2, module2) {
    var unused = () => {
      throw new Error("etk passes gray-matter its own YAML engine");
    };
    module2.exports = { safeLoad: unused, safeDump: unused };
  }
});

// node_modules/gray-matter/lib/engines.js
var require_engines = __commonJS({
  "node_modules/gray-matter/lib/engines.js"(exports, module) {
    "use strict";
    var yaml = require_gray_matter_js_yaml();
    var engines = exports = module.exports;
    engines.yaml = {
      parse: yaml.safeLoad.bind(yaml),
      stringify: yaml.safeDump.bind(yaml)
    };
    engines.json = {
      parse: JSON.parse.bind(JSON),
      stringify: function(obj, options2) {
        const opts = Object.assign({ replacer: null, space: 2 }, options2);
        return JSON.stringify(obj, opts.replacer, opts.space);
      }
    };
    engines.javascript = {
      parse: function parse(str, options, wrap) {
        try {
          if (wrap !== false) {
            str = "(function() {\nreturn " + str.trim() + ";\n}());";
          }
          return eval(str) || {};
        } catch (err) {
          if (wrap !== false && /(unexpected|identifier)/i.test(err.message)) {
            return parse(str, options, false);
          }
          throw new SyntaxError(err);
        }
      },
      stringify: function() {
        throw new Error("stringifying JavaScript is not supported");
      }
    };
  }
});

// node_modules/strip-bom-string/index.js
var require_strip_bom_string = __commonJS({
  "node_modules/strip-bom-string/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(str4) {
      if (typeof str4 === "string" && str4.charAt(0) === "\uFEFF") {
        return str4.slice(1);
      }
      return str4;
    };
  }
});

// node_modules/gray-matter/lib/utils.js
var require_utils = __commonJS({
  "node_modules/gray-matter/lib/utils.js"(exports2) {
    "use strict";
    var stripBom = require_strip_bom_string();
    var typeOf = require_kind_of();
    exports2.define = function(obj, key, val) {
      Reflect.defineProperty(obj, key, {
        enumerable: false,
        configurable: true,
        writable: true,
        value: val
      });
    };
    exports2.isBuffer = function(val) {
      return typeOf(val) === "buffer";
    };
    exports2.isObject = function(val) {
      return typeOf(val) === "object";
    };
    exports2.toBuffer = function(input) {
      return typeof input === "string" ? Buffer.from(input) : input;
    };
    exports2.toString = function(input) {
      if (exports2.isBuffer(input)) return stripBom(String(input));
      if (typeof input !== "string") {
        throw new TypeError("expected input to be a string or buffer");
      }
      return stripBom(input);
    };
    exports2.arrayify = function(val) {
      return val ? Array.isArray(val) ? val : [val] : [];
    };
    exports2.startsWith = function(str4, substr, len) {
      if (typeof len !== "number") len = substr.length;
      return str4.slice(0, len) === substr;
    };
  }
});

// node_modules/gray-matter/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/gray-matter/lib/defaults.js"(exports2, module2) {
    "use strict";
    var engines2 = require_engines();
    var utils = require_utils();
    module2.exports = function(options2) {
      const opts = Object.assign({}, options2);
      opts.delimiters = utils.arrayify(opts.delims || opts.delimiters || "---");
      if (opts.delimiters.length === 1) {
        opts.delimiters.push(opts.delimiters[0]);
      }
      opts.language = (opts.language || opts.lang || "yaml").toLowerCase();
      opts.engines = Object.assign({}, engines2, opts.parsers, opts.engines);
      return opts;
    };
  }
});

// node_modules/gray-matter/lib/engine.js
var require_engine = __commonJS({
  "node_modules/gray-matter/lib/engine.js"(exports2, module2) {
    "use strict";
    module2.exports = function(name, options2) {
      let engine = options2.engines[name] || options2.engines[aliase(name)];
      if (typeof engine === "undefined") {
        throw new Error('gray-matter engine "' + name + '" is not registered');
      }
      if (typeof engine === "function") {
        engine = { parse: engine };
      }
      return engine;
    };
    function aliase(name) {
      switch (name.toLowerCase()) {
        case "js":
        case "javascript":
          return "javascript";
        case "coffee":
        case "coffeescript":
        case "cson":
          return "coffee";
        case "yaml":
        case "yml":
          return "yaml";
        default: {
          return name;
        }
      }
    }
  }
});

// node_modules/gray-matter/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/gray-matter/lib/stringify.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(file, data, options2) {
      if (data == null && options2 == null) {
        switch (typeOf(file)) {
          case "object":
            data = file.data;
            options2 = {};
            break;
          case "string":
            return file;
          default: {
            throw new TypeError("expected file to be a string or object");
          }
        }
      }
      const str4 = file.content;
      const opts = defaults(options2);
      if (data == null) {
        if (!opts.data) return file;
        data = opts.data;
      }
      const language = file.language || opts.language;
      const engine = getEngine(language, opts);
      if (typeof engine.stringify !== "function") {
        throw new TypeError('expected "' + language + '.stringify" to be a function');
      }
      data = Object.assign({}, file.data, data);
      const open = opts.delimiters[0];
      const close = opts.delimiters[1];
      const matter2 = engine.stringify(data, options2).trim();
      let buf = "";
      if (matter2 !== "{}") {
        buf = newline(open) + newline(matter2) + newline(close);
      }
      if (typeof file.excerpt === "string" && file.excerpt !== "") {
        if (str4.indexOf(file.excerpt.trim()) === -1) {
          buf += newline(file.excerpt) + newline(close);
        }
      }
      return buf + newline(str4);
    };
    function newline(str4) {
      return str4.slice(-1) !== "\n" ? str4 + "\n" : str4;
    }
  }
});

// node_modules/gray-matter/lib/excerpt.js
var require_excerpt = __commonJS({
  "node_modules/gray-matter/lib/excerpt.js"(exports2, module2) {
    "use strict";
    var defaults = require_defaults();
    module2.exports = function(file, options2) {
      const opts = defaults(options2);
      if (file.data == null) {
        file.data = {};
      }
      if (typeof opts.excerpt === "function") {
        return opts.excerpt(file, opts);
      }
      const sep2 = file.data.excerpt_separator || opts.excerpt_separator;
      if (sep2 == null && (opts.excerpt === false || opts.excerpt == null)) {
        return file;
      }
      const delimiter = typeof opts.excerpt === "string" ? opts.excerpt : sep2 || opts.delimiters[0];
      const idx = file.content.indexOf(delimiter);
      if (idx !== -1) {
        file.excerpt = file.content.slice(0, idx);
      }
      return file;
    };
  }
});

// node_modules/gray-matter/lib/to-file.js
var require_to_file = __commonJS({
  "node_modules/gray-matter/lib/to-file.js"(exports2, module2) {
    "use strict";
    var typeOf = require_kind_of();
    var stringify = require_stringify();
    var utils = require_utils();
    module2.exports = function(file) {
      if (typeOf(file) !== "object") {
        file = { content: file };
      }
      if (typeOf(file.data) !== "object") {
        file.data = {};
      }
      if (file.contents && file.content == null) {
        file.content = file.contents;
      }
      utils.define(file, "orig", utils.toBuffer(file.content));
      utils.define(file, "language", file.language || "");
      utils.define(file, "matter", file.matter || "");
      utils.define(file, "stringify", function(data, options2) {
        if (options2 && options2.language) {
          file.language = options2.language;
        }
        return stringify(file, data, options2);
      });
      file.content = utils.toString(file.content);
      file.isEmpty = false;
      file.excerpt = "";
      return file;
    };
  }
});

// node_modules/gray-matter/lib/parse.js
var require_parse = __commonJS({
  "node_modules/gray-matter/lib/parse.js"(exports2, module2) {
    "use strict";
    var getEngine = require_engine();
    var defaults = require_defaults();
    module2.exports = function(language, str4, options2) {
      const opts = defaults(options2);
      const engine = getEngine(language, opts);
      if (typeof engine.parse !== "function") {
        throw new TypeError('expected "' + language + '.parse" to be a function');
      }
      return engine.parse(str4, opts);
    };
  }
});

// node_modules/gray-matter/index.js
var require_gray_matter = __commonJS({
  "node_modules/gray-matter/index.js"(exports2, module2) {
    "use strict";
    var fs = __require("fs");
    var sections = require_section_matter();
    var defaults = require_defaults();
    var stringify = require_stringify();
    var excerpt = require_excerpt();
    var engines2 = require_engines();
    var toFile = require_to_file();
    var parse2 = require_parse();
    var utils = require_utils();
    function matter2(input, options2) {
      if (input === "") {
        return { data: {}, content: input, excerpt: "", orig: input };
      }
      let file = toFile(input);
      const cached = matter2.cache[file.content];
      if (!options2) {
        if (cached) {
          file = Object.assign({}, cached);
          file.orig = cached.orig;
          return file;
        }
        matter2.cache[file.content] = file;
      }
      return parseMatter(file, options2);
    }
    function parseMatter(file, options2) {
      const opts = defaults(options2);
      const open = opts.delimiters[0];
      const close = "\n" + opts.delimiters[1];
      let str4 = file.content;
      if (opts.language) {
        file.language = opts.language;
      }
      const openLen = open.length;
      if (!utils.startsWith(str4, open, openLen)) {
        excerpt(file, opts);
        return file;
      }
      if (str4.charAt(openLen) === open.slice(-1)) {
        return file;
      }
      str4 = str4.slice(openLen);
      const len = str4.length;
      const language = matter2.language(str4, opts);
      if (language.name) {
        file.language = language.name;
        str4 = str4.slice(language.raw.length);
      }
      let closeIndex = str4.indexOf(close);
      if (closeIndex === -1) {
        closeIndex = len;
      }
      file.matter = str4.slice(0, closeIndex);
      const block = file.matter.replace(/^\s*#[^\n]+/gm, "").trim();
      if (block === "") {
        file.isEmpty = true;
        file.empty = file.content;
        file.data = {};
      } else {
        file.data = parse2(file.language, file.matter, opts);
      }
      if (closeIndex === len) {
        file.content = "";
      } else {
        file.content = str4.slice(closeIndex + close.length);
        if (file.content[0] === "\r") {
          file.content = file.content.slice(1);
        }
        if (file.content[0] === "\n") {
          file.content = file.content.slice(1);
        }
      }
      excerpt(file, opts);
      if (opts.sections === true || typeof opts.section === "function") {
        sections(file, opts.section);
      }
      return file;
    }
    matter2.engines = engines2;
    matter2.stringify = function(file, data, options2) {
      if (typeof file === "string") file = matter2(file, options2);
      return stringify(file, data, options2);
    };
    matter2.read = function(filepath, options2) {
      const str4 = fs.readFileSync(filepath, "utf8");
      const file = matter2(str4, options2);
      file.path = filepath;
      return file;
    };
    matter2.test = function(str4, options2) {
      return utils.startsWith(str4, defaults(options2).delimiters[0]);
    };
    matter2.language = function(str4, options2) {
      const opts = defaults(options2);
      const open = opts.delimiters[0];
      if (matter2.test(str4)) {
        str4 = str4.slice(open.length);
      }
      const language = str4.slice(0, str4.search(/\r?\n/));
      return {
        raw: language,
        name: language ? language.trim() : ""
      };
    };
    matter2.cache = {};
    matter2.clearCache = function() {
      matter2.cache = {};
    };
    module2.exports = matter2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml3, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml3);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str4) => str4.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str4, indent, comment) => str4.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str4.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str4) => /^(%|---|\.\.\.)/m.test(str4);
    function lineLengthOverLimit(str4, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str4.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str4[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json3 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json3;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str4 = "";
      let start = 0;
      for (let i = 0, ch = json3[i]; ch; ch = json3[++i]) {
        if (ch === " " && json3[i + 1] === "\\" && json3[i + 2] === "n") {
          str4 += json3.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json3[i + 1]) {
            case "u":
              {
                str4 += json3.slice(start, i);
                const code = json3.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str4 += "\\0";
                    break;
                  case "0007":
                    str4 += "\\a";
                    break;
                  case "000b":
                    str4 += "\\v";
                    break;
                  case "001b":
                    str4 += "\\e";
                    break;
                  case "0085":
                    str4 += "\\N";
                    break;
                  case "00a0":
                    str4 += "\\_";
                    break;
                  case "2028":
                    str4 += "\\L";
                    break;
                  case "2029":
                    str4 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str4 += "\\x" + code.substr(2);
                    else
                      str4 += json3.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json3[i + 2] === '"' || json3.length < minMultiLineLength) {
                i += 1;
              } else {
                str4 += json3.slice(start, i) + "\n\n";
                while (json3[i + 2] === "\\" && json3[i + 3] === "n" && json3[i + 4] !== '"') {
                  str4 += "\n";
                  i += 2;
                }
                str4 += indent;
                if (json3[i + 2] === " ")
                  str4 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str4 = start ? str4 + json3.slice(start) : json3;
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str4 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str4);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str4 : foldFlowLines.foldFlowLines(str4, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str4 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str4;
      return identity.isScalar(node) || str4[0] === "{" || str4[0] === "[" ? `${props} ${str4}` : `${props}
${ctx.indent}${str4}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str4 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str4.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str4 === "" ? "?" : explicitKey ? `? ${str4}` : str4;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str4 = `? ${str4}`;
        if (keyComment && !keyCommentDone) {
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str4;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
        str4 = `? ${str4}
${indent}:`;
      } else {
        str4 = `${str4}:`;
        if (keyComment)
          str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str4.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str4 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str4 += stringifyComment.lineComment(str4, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str4;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify2();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str5 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str5 += stringifyComment.lineComment(str5, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str5);
      }
      let str4;
      if (lines.length === 0) {
        str4 = flowChars.start + flowChars.end;
      } else {
        str4 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str4 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str4 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str4;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str4 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str4.includes("\n"));
        if (i < items.length - 1) {
          str4 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str4.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str4 += ",";
          }
        }
        if (comment)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment));
        lines.push(str4);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str4 = start;
          for (const line of lines)
            str4 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str4}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports2.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports2.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str4) => str4,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str4) => new Scalar.Scalar(str4[0] === "t" || str4[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4));
        const dot = str4.indexOf(".");
        if (dot !== -1 && str4[str4.length - 1] === "0")
          node.minFractionDigits = str4.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float2;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str4, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int3;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int3 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports2.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str4) => str4,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str4) => str4 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str4, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str4) : parseInt(str4, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str4) => parseFloat(str4),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str4, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str4)}`);
        return str4;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str4 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str4.length);
          for (let i = 0; i < str4.length; ++i)
            buffer[i] = str4.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str4;
        if (typeof node_buffer.Buffer === "function") {
          str4 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str4 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str4.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str4.substr(o, lineWidth);
          }
          str4 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str4 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs2;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str4) => str4.slice(-3).toLowerCase() === "nan" ? NaN : str4[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str4) => parseFloat(str4.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str4) {
        const node = new Scalar.Scalar(parseFloat(str4.replace(/_/g, "")));
        const dot = str4.indexOf(".");
        if (dot !== -1) {
          const f = str4.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float2;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str4, offset, radix, { intAsBigInt }) {
      const sign = str4[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str4 = str4.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str4 = `0b${str4}`;
            break;
          case 8:
            str4 = `0o${str4}`;
            break;
          case 16:
            str4 = `0x${str4}`;
            break;
        }
        const n2 = BigInt(str4);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str4, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str4 = value.toString(radix);
        return value < 0 ? "-" + prefix + str4.substr(1) : prefix + str4;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int3 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str4, _onError, opt) => intResolve(str4, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int3;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str4, asBigInt) {
      const sign = str4[0];
      const parts = sign === "-" || sign === "+" ? str4.substring(1) : str4;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str4, _onError, { intAsBigInt }) => parseSexagesimal(str4, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str4) => parseSexagesimal(str4, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str4) {
        const match = str4.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int3 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports2.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int3 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify2();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json3, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json3,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos2, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos2;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLParseError", pos2, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLWarning", pos2, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos2) => lc.linePos(pos2));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos2 = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos2 = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos2;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos2) {
      if (before) {
        pos2 ?? (pos2 = before.length);
        for (let i = pos2 - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos2, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos2),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos2 = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos2, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos2, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos2 = getErrorPos(token);
              pos2[0] += offset;
              this.onError(pos2, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos2, code, message) => {
          const offset = typeof pos2 === "number" ? pos2 : Array.isArray(pos2) ? pos2[0] : pos2.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM2;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument3(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument3;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema2.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// src/discover/worktree.ts
import { lstatSync as lstatSync2, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

// schema/profiles/eds-1.0.json
var eds_1_0_default = {
  $comment: "The EDS v1.0 standard as published (eds-v1.0-spec.yaml, with compliance-checker.py where the spec is silent), as data etk reads. Diff it against the spec; etk.config.json can pick another profile and override any part.",
  name: "eds-1.0",
  description: "EDS v1.0 as published: what the spec and its compliance checker accept",
  types: {
    assessment: { schema: "../assessment.schema.json", folder: "assessments" },
    report: { schema: "../report.schema.json", folder: "reports" },
    guide: { schema: "../guide.schema.json", folder: "guides" },
    plan: { schema: "../plan.schema.json", folder: "plans" },
    script: { schema: "../script.schema.json", folder: "scripts" },
    manifest: { schema: "../manifest.schema.json", folder: null },
    experiment_manifest: { schema: "../experiment_manifest.schema.json", folder: null }
  },
  statuses: ["draft", "active", "complete", "deprecated"],
  layout: {
    metadataFolder: ".metadata",
    documentFolders: ["artifacts", "outputs", "scripts", "docs"],
    metadataFiles: ["manifest.json", ".metadata/manifest.json", "state.json"]
  },
  experimentMetadata: {
    $comment: "eds-v1.0-spec.yaml metadata_requirements: .metadata/ present, .metadata/manifest.json with these fields",
    requiredManifest: { file: ".metadata/manifest.json", fields: ["experiment_id", "created", "updated", "phase", "status", "success_rate"] }
  },
  naming: {
    pattern: "YYYYMMDD_HHMM_{type}_{slug}.md",
    slug: "^[a-z0-9]+(-[a-z0-9]+)*$",
    slugMax: 50
  },
  rules: {}
};

// src/artifacts/layout.ts
var EXPERIMENT_ID = /^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$/;
var DEFAULT_LAYOUT = eds_1_0_default.layout;
function classifyPath(path, root, layout = DEFAULT_LAYOUT) {
  const prefix = root === "" || root === "." ? "" : `${root}/`;
  if (prefix !== "" && !path.startsWith(prefix)) return { kind: "ignored", reason: `outside the experiments root ${root}/` };
  const parts = path.slice(prefix.length).split("/");
  const base = parts[parts.length - 1];
  if (!/\.md$/i.test(base)) {
    if (parts.length >= 2 && layout.metadataFiles.includes(parts.slice(1).join("/"))) return { kind: "metadata", experimentDir: parts[0], file: parts.slice(1).join("/") };
    return { kind: "ignored", reason: "not a Markdown or metadata file" };
  }
  if (parts.length === 1) {
    return base === "README.md" ? { kind: "document", experimentDir: null, known: true } : { kind: "misplaced", experimentDir: null };
  }
  const experimentDir = parts[0];
  if (parts.length === 2) return base === "README.md" ? { kind: "manifest", experimentDir } : { kind: "misplaced", experimentDir };
  if (base === "README.md") return { kind: "document", experimentDir, known: true };
  if (parts[1] === layout.metadataFolder) return { kind: "artifact", experimentDir, folder: parts.length >= 4 ? parts[2] : null };
  return { kind: "document", experimentDir, known: layout.documentFolders.includes(parts[1]) };
}
var SLUG_MAX = eds_1_0_default.naming.slugMax;
function parseArtifactName(basename2, knownTypes) {
  const m = /^(\d{8})_(\d{4})_(.+)\.md$/.exec(basename2);
  if (!m) return null;
  const rest = m[3];
  const sorted = [...knownTypes].sort((a, b) => b.length - a.length);
  for (const type2 of sorted) {
    if (rest.startsWith(`${type2}_`) && rest.length > type2.length + 1) {
      return { date: m[1], time: m[2], type: type2, slug: rest.slice(type2.length + 1) };
    }
  }
  if (knownTypes.includes(rest) || rest.startsWith("_") || rest.endsWith("_")) return null;
  return { date: m[1], time: m[2], type: null, slug: rest };
}
var SLUG = new RegExp(eds_1_0_default.naming.slug);
function slugProblem(slug) {
  if (SLUG.test(slug)) return slug.length > SLUG_MAX ? `slug is ${slug.length} characters long (at most ${SLUG_MAX})` : null;
  const why = [];
  if (/\s/.test(slug)) why.push("spaces");
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(slug)) why.push("camelCase capitals");
  else if (/[A-Z]/.test(slug)) why.push("capitals");
  if (slug.includes("_")) why.push("underscores");
  if (/[^A-Za-z0-9_\s-]/.test(slug)) why.push("characters other than a-z, 0-9 and -");
  if (slug.includes("--")) why.push("a double hyphen");
  if (/^-|-$/.test(slug)) why.push("a hyphen at its start or end");
  if (why.length === 0) why.push("no letters or digits");
  return `slug "${slug}" has ${why.join(", ")} (use lowercase words joined by single hyphens, e.g. failure-cluster-analysis)`;
}
function nameStyle(basename2) {
  const stem = basename2.replace(/\.md$/i, "");
  if (/\s/.test(basename2)) return "has spaces";
  if (/^[A-Z0-9_-]+$/.test(stem) && /[A-Z]/.test(stem)) return "is ALL-CAPS";
  if (/^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)+$/.test(stem)) return "is PascalCase";
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(stem)) return "is camelCase";
  return null;
}
function artifactStamp(iso) {
  if (typeof iso !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}_${m[4]}${m[5]}` : null;
}
function isRealDateTime(date, time) {
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(4, 6));
  const d = Number(date.slice(6, 8));
  const h = Number(time.slice(0, 2));
  const mi = Number(time.slice(2, 4));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}
var LETTERS = { ß: "ss", "ẞ": "SS", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", Ð: "D", ł: "l", Ł: "L", þ: "th", Þ: "TH", ı: "i", ħ: "h", Ħ: "H" };
var LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");
function slugify(text, max = SLUG_MAX, splitCamel = true) {
  const split = splitCamel ? text.replace(/([a-z0-9])([A-Z][a-z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2") : text;
  const folded = split.replace(LETTER_RE, (c) => LETTERS[c] ?? c).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

// src/discover/readRegularFile.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync } from "node:fs";

// src/git/blobId.ts
import { createHash } from "node:crypto";
function blobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

// src/discover/readRegularFile.ts
function specialKind(st) {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isDirectory()) return "a folder";
  return "not a regular file";
}
var FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var stampOf = (st) => `${st.size}:${st.mtimeMs}:${st.ino}`;
function readRegularFile(abs, maxBytes) {
  let st;
  try {
    st = lstatSync(abs);
    if (st.isSymbolicLink()) return { kind: "symlink", target: readlinkSync(abs, "utf8") };
  } catch (err) {
    return { kind: "unreadable", code: err.code ?? "EIO" };
  }
  if (!st.isFile()) return { kind: "special", what: specialKind(st) };
  if (st.size > maxBytes) return { kind: "too-large", size: st.size, stamp: stampOf(st) };
  let fd;
  try {
    fd = openSync(abs, FLAGS);
  } catch (err) {
    const code = err.code ?? "EIO";
    if (code === "ELOOP") {
      try {
        return { kind: "symlink", target: readlinkSync(abs, "utf8") };
      } catch {
        return { kind: "unreadable", code };
      }
    }
    return { kind: "unreadable", code };
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) return { kind: "special", what: specialKind(now) };
    if (now.size > maxBytes) return { kind: "too-large", size: now.size, stamp: stampOf(now) };
    const bytes = readFileSync(fd);
    if (bytes.byteLength > maxBytes) return { kind: "too-large", size: bytes.byteLength, stamp: stampOf(now) };
    return { kind: "file", bytes };
  } catch (err) {
    return { kind: "unreadable", code: err.code ?? "EIO" };
  } finally {
    closeSync(fd);
  }
}
function outcomeId(o) {
  switch (o.kind) {
    case "file":
      return blobId(o.bytes);
    case "symlink":
      return `${LINK}${blobId(Buffer.from(o.target))}`;
    case "too-large":
      return `${UNREAD}${blobId(Buffer.from(`too large ${o.stamp}`))}`;
    case "special":
      return `${UNREAD}${blobId(Buffer.from(`special ${o.what}`))}`;
    case "unreadable":
      return `${UNREAD}${blobId(Buffer.from(`unreadable ${o.code}`))}`;
  }
}
var LINK = "link:";
var UNREAD = "unread:";

// src/discover/unreadFinding.ts
import { posix } from "node:path";

// src/util/shellQuote.ts
function shellQuote(word) {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(word)) return word;
  if (/[\x00-\x1f\x7f-\x9f]/.test(word)) {
    const escape = (c) => {
      const code = c.charCodeAt(0);
      if (c === "\n" || c === "	" || c === "\r") return c === "\n" ? "\\n" : c === "	" ? "\\t" : "\\r";
      return code < 128 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    };
    return `$'${word.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\x00-\x1f\x7f-\x9f]/g, escape)}'`;
  }
  return `'${word.replaceAll("'", "'\\''")}'`;
}

// src/discover/unreadFinding.ts
function linkTargetInRepo(path, target) {
  if (target === "" || /^([\\/]|[A-Za-z]:)/.test(target)) return null;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target.replaceAll("\\", "/")));
  return resolved === ".." || resolved.startsWith("../") ? null : resolved;
}
function symlinkFinding(path, target) {
  const inside = linkTargetInRepo(path, target);
  return {
    line: 1,
    column: 1,
    rule: "symlink",
    message: inside === null ? "is a symbolic link to a path outside the repository; etk follows no links, so nothing it points to was read or indexed" : `is a symbolic link to ${inside}; etk follows no links, so that file is not read through it`,
    hint: `remove the link (rm -- ${shellQuote(path)}) and put the document itself there`
  };
}
function linkedFolderFinding(path, folder) {
  return {
    line: 1,
    column: 1,
    rule: "symlink",
    message: `is inside ${folder}, a symbolic link; etk follows no links, so the file was not read`,
    hint: `make ${folder} a real folder, or remove the link: rm -- ${shellQuote(folder)}`
  };
}
var CODES = {
  ENOENT: "disappeared while etk was reading it",
  EACCES: "cannot be read: permission denied",
  EPERM: "cannot be read: operation not permitted",
  EIO: "cannot be read: input/output error"
};
function unreadFinding(path, o) {
  if (o.kind === "symlink") return symlinkFinding(path, o.target);
  if (o.kind === "special") {
    return { line: 1, column: 1, rule: "not-regular-file", message: `is ${o.what}, not a regular file; etk reads only regular files, so it was not opened`, hint: `remove it or give it a name that does not end in .md: rm -- ${shellQuote(path)}` };
  }
  return {
    line: 1,
    column: 1,
    rule: "unreadable",
    message: CODES[o.code] ?? `cannot be read (${o.code})`,
    hint: o.code === "ENOENT" ? "run the command again" : `make it readable (chmod u+r -- ${shellQuote(path)}) and run the command again`
  };
}

// src/discover/worktree.ts
var METADATA_NAMES = new Set(DEFAULT_LAYOUT.metadataFiles.map((f) => f.slice(f.lastIndexOf("/") + 1)));
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function walkMarkdown(dir) {
  const out = [];
  const visit = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw err;
    }
    for (const e of entries) {
      if (e.isDirectory()) visit(`${d}/${e.name}`);
      else if (/\.md$/i.test(e.name) || METADATA_NAMES.has(e.name)) out.push(`${d}/${e.name}`);
    }
  };
  visit(dir.replace(/[\\/]+$/, ""));
  return out.sort();
}
function linkedFolder(top, path, seen = /* @__PURE__ */ new Map()) {
  const parts = path.split("/");
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    let linked = seen.get(dir);
    if (linked === void 0) {
      try {
        linked = lstatSync2(join(top, dir)).isSymbolicLink();
      } catch {
        linked = false;
      }
      seen.set(dir, linked);
    }
    if (linked) return dir;
  }
  return null;
}
function readWorktreeFile(absPath, top, maxBytes, folders) {
  const path = toPosix(relative(top, absPath));
  const folder = linkedFolder(top, path, folders);
  if (folder !== null) return { path, bytes: new Uint8Array(0), size: 0, unread: linkedFolderFinding(path, folder), id: `unread:linked ${folder}` };
  const o = readRegularFile(absPath, maxBytes);
  if (o.kind === "file") return { path, bytes: o.bytes };
  if (o.kind === "too-large") return { path, bytes: new Uint8Array(0), size: o.size, id: outcomeId(o) };
  return { path, bytes: new Uint8Array(0), size: o.kind === "symlink" ? Buffer.byteLength(o.target) : 0, unread: unreadFinding(path, o), id: outcomeId(o) };
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// src/artifacts/validateMany.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";

// src/artifacts/decode.ts
import { isUtf8 } from "node:buffer";
var BOM = [239, 187, 191];
function positionOfByte(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 10) {
      line++;
      column = 1;
    } else if ((b & 192) !== 128) {
      column++;
    }
  }
  return { line, column };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & 255 >> need + 2;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function decodeArtifact(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOfByte(bytes, nul);
    return {
      text: null,
      hadBom: false,
      findings: [{ ...at, rule: "binary", message: "file contains a NUL byte: this is not a text file", hint: "artifacts are UTF-8 Markdown; move binary files out of the experiments tree or out of .metadata/" }]
    };
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const at = positionOfByte(bytes, Math.max(bad, 0));
    const byte = bytes[bad];
    return {
      text: null,
      hadBom: false,
      findings: [{
        ...at,
        rule: "encoding",
        message: `file is not valid UTF-8 (byte 0x${(byte ?? 0).toString(16).padStart(2, "0")} at offset ${bad})`,
        hint: "re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8 FILE > FILE.new && mv FILE.new FILE"
      }]
    };
  }
  const hadBom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + (hadBom ? 3 : 0), bytes.byteLength - (hadBom ? 3 : 0)).toString("utf8");
  const findings = [];
  if (hadBom) {
    findings.push({ line: 1, column: 1, rule: "bom", message: "file starts with a UTF-8 byte order mark", hint: "save the file as UTF-8 without BOM" });
  }
  return { text, hadBom, findings };
}

// src/artifacts/timestamp.ts
var ZONE_ABBREVIATIONS = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  KST: 540,
  JST: 540,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  ICT: 420,
  WIB: 420,
  PKT: 300,
  MSK: 180,
  EET: 120,
  EEST: 180,
  CET: 60,
  CEST: 120,
  WET: 0,
  WEST: 60,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600
};
var FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?: ?([Zz])| ?([+-])(\d{2}):?(\d{2})| \(([A-Za-z][A-Za-z0-9/_+-]*)\))?)?$/;
function realDate(y, mo, d) {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}
var formatters = /* @__PURE__ */ new Map();
function zoneOffsetAt(zone, ms) {
  if (zone === "UTC") return 0;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((wall - Math.floor(ms / 1e3) * 1e3) / 6e4);
}
function isTimeZone(zone) {
  try {
    zoneOffsetAt(zone, 0);
    return true;
  } catch {
    return false;
  }
}
function wallClockIn(zone, wallMs) {
  let offset = zoneOffsetAt(zone, wallMs);
  offset = zoneOffsetAt(zone, wallMs - offset * 6e4);
  return wallMs - offset * 6e4;
}
function readTimestamp(text, timezone = "UTC") {
  if (typeof text !== "string") return null;
  const m = FORM.exec(text.trim());
  if (!m) return null;
  const h = m[4];
  const frac = m[7] ?? "";
  const zulu = m[8];
  const sign = m[9];
  const oh = m[10];
  const om = m[11];
  const abbr = m[12];
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(h ?? "0");
  const minute = Number(m[5] ?? "0");
  const second = Number(m[6] ?? "0");
  if (!realDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, frac === "" ? 0 : Math.floor(Number(`0${frac}`) * 1e3));
  const hasTime = h !== void 0;
  if (zulu !== void 0) return { ms: wall, zone: "offset", hasTime };
  if (sign !== void 0) {
    const off = Number(oh) * 60 + Number(om);
    if (Number(oh) > 23 || Number(om) > 59) return null;
    return { ms: wall - (sign === "-" ? -off : off) * 6e4, zone: "offset", hasTime };
  }
  if (abbr !== void 0) {
    const upper = abbr.toUpperCase();
    if (Object.hasOwn(ZONE_ABBREVIATIONS, upper)) return { ms: wall - ZONE_ABBREVIATIONS[upper] * 6e4, zone: "abbreviation", hasTime };
    if (abbr.includes("/") && isTimeZone(abbr)) return { ms: wallClockIn(abbr, wall), zone: "abbreviation", hasTime };
    return { ms: wallClockIn(timezone, wall), zone: "assumed", hasTime, unknownAbbreviation: abbr };
  }
  return { ms: wallClockIn(timezone, wall), zone: "assumed", hasTime };
}
var pad2 = (n) => n < 10 ? `0${n}` : `${n}`;
function sqlTime(ms) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (!(y >= 1e3 && y <= 9999)) return d.toISOString().slice(0, 19).replace("T", " ");
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

// src/artifacts/nestingTooDeep.ts
var MAX_NESTING = 64;
function jsonTooDeep(text, max = MAX_NESTING) {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      line++;
      lineStart = i + 1;
    } else if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (ch === "]" || ch === "}") depth--;
  }
  return null;
}
var VALUE_START = /* @__PURE__ */ new Set([":", "-", "[", "{", ",", "?", ""]);
function yamlTooDeep(text, max = MAX_NESTING) {
  return yamlDepthBound(text) <= max ? null : yamlTooDeepScan(text, max);
}
function yamlTooDeepScan(text, max) {
  const lines = text.split("\n");
  const indents = [];
  let flow = 0;
  let quote = null;
  let scalarParent = null;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, "");
    const indent = /^ */.exec(raw)[0].length;
    const blank = raw.trim() === "";
    if (scalarParent !== null) {
      if (blank || indent > scalarParent) continue;
      scalarParent = null;
    }
    let i = 0;
    let block = indents.length;
    if (quote === null && flow === 0) {
      if (blank || raw[indent] === "#") continue;
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      block = indents.length;
      i = indent;
      if (block > max) return { line: n + 1, column: i + 1 };
      while (raw[i] === "-" && (raw[i + 1] === " " || i + 1 === raw.length)) {
        if (++block > max) return { line: n + 1, column: i + 1 };
        i += 1;
        while (raw[i] === " ") i++;
      }
    }
    let prev = "";
    for (; i < raw.length; i++) {
      const ch = raw[i];
      if (quote === '"') {
        if (ch === "\\") i++;
        else if (ch === '"') quote = null;
        continue;
      }
      if (quote === "'") {
        if (ch === "'" && raw[i + 1] === "'") i++;
        else if (ch === "'") quote = null;
        continue;
      }
      if (ch === " " || ch === "	") continue;
      if (ch === "#" && (i === 0 || raw[i - 1] === " " || raw[i - 1] === "	")) break;
      if ((ch === '"' || ch === "'") && VALUE_START.has(prev)) quote = ch;
      else if (ch === "[" || ch === "{") {
        if (block + ++flow > max) return { line: n + 1, column: i + 1 };
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      prev = ch;
    }
    if (quote === null && flow === 0 && /(?:^|[:\-]\s)\s*[|>][0-9+-]*\s*(?:#.*)?$/.test(raw.slice(indent))) scalarParent = indent;
  }
  return null;
}
function yamlDepthBound(text) {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 91 || c === 123) n++;
    else if (c === 45) {
      const next = text.charCodeAt(i + 1);
      if (next !== next || next === 32 || next === 10 || next === 13) n++;
    }
  }
  return n;
}

// src/artifacts/experimentMetadata.ts
var PRECEDENCE = {
  describe: ["README.md", ".metadata/manifest.json", "manifest.json", "state.json"],
  live: ["state.json", ".metadata/manifest.json", "manifest.json", "README.md"]
};
var FACT_KEYS = {
  experiment_id: ["experiment_id", "id"],
  name: ["name", "title", "experiment_name"],
  description: ["description", "intention", "goal", "summary", "objective"],
  status: ["status", "state"],
  phase: ["phase", "current_phase", "stage"],
  created: ["created", "created_at", "timestamp", "started_at", "start_time"],
  updated: ["updated", "updated_at", "last_updated", "modified", "last_reconciled"]
};
var MANIFEST_REQUIREMENTS = eds_1_0_default.experimentMetadata.requiredManifest;
function metadataTime(v, timezone = "UTC") {
  const epoch = typeof v === "number" ? v : typeof v === "string" && /^\d{9,13}$/.test(v.trim()) ? Number(v) : null;
  if (epoch !== null) {
    const ms = epoch > 1e11 ? epoch : epoch * 1e3;
    return Number.isFinite(ms) && Math.abs(ms) <= 864e13 ? sqlTime(ms) : null;
  }
  const t = readTimestamp(v, timezone);
  return t === null || t.unknownAbbreviation !== void 0 ? null : sqlTime(t.ms);
}
var written = (v) => {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
};
function pick(obj, keys) {
  for (const k of keys) {
    const v = written(obj[k]);
    if (v !== null) return v;
  }
  return null;
}
function rawPick(obj, keys) {
  for (const k of keys) if (written(obj[k]) !== null) return obj[k];
  return void 0;
}
function factsOf(obj, source) {
  const created = rawPick(obj, FACT_KEYS.created);
  const updated = rawPick(obj, FACT_KEYS.updated);
  return {
    source,
    describeRank: PRECEDENCE.describe.indexOf(source) + 1,
    liveRank: PRECEDENCE.live.indexOf(source) + 1,
    experimentId: pick(obj, FACT_KEYS.experiment_id),
    name: pick(obj, FACT_KEYS.name),
    description: pick(obj, FACT_KEYS.description),
    status: pick(obj, FACT_KEYS.status),
    phase: pick(obj, FACT_KEYS.phase),
    created: written(created),
    updated: written(updated),
    data: JSON.stringify(obj)
  };
}
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - start + 1 };
}
function jsonErrorAt(text, message) {
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s+in JSON at position \d+/, "").replace(/^JSON\.parse: /, "");
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason };
  const pos2 = /at position (\d+)/.exec(message);
  return { ...lineColumn(text, pos2 ? Number(pos2[1]) : text.length), reason };
}
function readMetadataFile(bytes, source) {
  const decoded = decodeArtifact(bytes);
  const findings = decoded.findings.filter((f) => f.rule !== "line-endings");
  if (decoded.text === null) return { facts: null, findings };
  const text = decoded.text;
  const deep = jsonTooDeep(text);
  if (deep) {
    findings.push({ ...deep, rule: "metadata-json", message: `${source} nests deeper than ${MAX_NESTING} levels here; etk does not parse it`, hint: "flatten the JSON: experiment metadata is a flat object of fields; until then the experiment's other metadata files are used" });
    return { facts: null, findings };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorAt(text, err.message);
    findings.push({ line: at.line, column: at.column, rule: "metadata-json", message: `${source} is not valid JSON: ${at.reason}`, hint: "fix the JSON at this position (a missing comma or quote, a trailing comma); until then the experiment's other metadata files are used" });
    return { facts: null, findings };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const first = /\S/.exec(text);
    findings.push({ ...lineColumn(text, first ? first.index : 0), rule: "metadata-json", message: `${source} holds ${Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`}, not an object of fields`, hint: 'write one JSON object: { "experiment_id": "...", "status": "...", ... }' });
    return { facts: null, findings };
  }
  const obj = value;
  if (source === MANIFEST_REQUIREMENTS.file) {
    const aliases = FACT_KEYS;
    const missing = MANIFEST_REQUIREMENTS.fields.filter((f) => !(aliases[f] ?? [f]).some((k) => Object.hasOwn(obj, k)));
    if (missing.length > 0) {
      const first = /\S/.exec(text);
      findings.push({
        ...lineColumn(text, first ? first.index : 0),
        rule: "manifest-fields",
        message: `${source} lacks ${missing.length === 1 ? "a field" : "fields"} EDS v1.0 requires: ${missing.join(", ")}`,
        hint: `add ${missing.map((f) => `"${f}"`).join(", ")} (the spec's metadata_requirements)`
      });
    }
  }
  return { facts: factsOf(obj, source), findings };
}
function mergedLiveFacts(sources, timezone = "UTC") {
  const live = [...sources].sort((a, b) => a.liveRank - b.liveRank);
  const status = live.find((f) => f.status !== null)?.status ?? null;
  let updatedAt = null;
  for (const f of live) {
    const t = metadataTime(f.updated, timezone);
    if (t !== null && (updatedAt === null || t > updatedAt)) updatedAt = t;
  }
  return { status, updatedAt };
}

// src/db/rows.ts
function toSqlTime(v, timezone = "UTC") {
  const t = readTimestamp(v, timezone);
  return t === null ? null : sqlTime(t.ms);
}
var str2 = (v) => typeof v === "string" ? v : null;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var int = (v) => typeof v === "number" && Number.isInteger(v) ? v : null;
var json = (v) => v === void 0 ? null : JSON.stringify(v);
function artifactKey(path, root) {
  const prefix = root === "" || root === "." ? "" : `${root}/`;
  return prefix !== "" && path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function sourceRow(result, timezone) {
  const e = result.experiment;
  if (!e || result.placement.experimentDir === null) return null;
  return {
    file_path: result.path,
    experiment_id: result.placement.experimentDir,
    source: e.source,
    describe_rank: e.describeRank,
    live_rank: e.liveRank,
    declared_experiment_id: e.experimentId,
    name: e.name,
    status: e.status,
    description: e.description,
    phase: e.phase,
    created: e.created,
    updated: e.updated,
    created_at: metadataTime(e.created, timezone),
    updated_at: metadataTime(e.updated, timezone),
    data: e.data
  };
}
function rowsFor(result, blob, diagnostics, root, timezone = "UTC") {
  const experimentId = result.placement.experimentDir;
  if (result.placement.kind === "metadata") {
    return { file: { path: result.path, blob, size: result.size, kind: "metadata", experiment_id: experimentId }, artifact: null, metadata: null, source: sourceRow(result, timezone), tags: [], metrics: [], diagnostics };
  }
  const d = result.data ?? {};
  const artifactId = artifactKey(result.path, root);
  const type2 = str2(d.type);
  const parseError = result.data === null ? diagnostics.find((x) => x.severity === "error")?.rule ?? result.findings[0]?.rule ?? "unreadable" : null;
  let errors = 0;
  let warnings = 0;
  for (const x of diagnostics) {
    if (x.severity === "error") errors++;
    else warnings++;
  }
  const artifact = {
    artifact_id: artifactId,
    experiment_id: experimentId,
    type: type2,
    title: result.title,
    file_path: result.path,
    status: str2(d.status),
    created_at: toSqlTime(d.created, timezone),
    updated_at: toSqlTime(d.updated, timezone),
    ads_version: str2(d.ads_version) ?? (typeof d.ads_version === "number" ? String(d.ads_version) : null),
    content: result.body,
    body_line: result.bodyStartLine,
    frontmatter: result.data === null ? null : JSON.stringify(result.data),
    frontmatter_yaml: result.yaml,
    yaml_line: result.yamlStartLine,
    declared_artifact_id: str2(d.artifact_id),
    baseline: type2 === "report" ? str2(d.baseline) : null,
    parse_error: parseError,
    errors,
    warnings
  };
  const metadata = result.data === null ? null : {
    file_path: result.path,
    artifact_id: artifactId,
    phase: str2(d.phase),
    priority: str2(d.priority),
    evidence_count: int(d.evidence_count),
    metrics: d.metrics !== void 0 ? json(d.metrics) : null,
    baseline: str2(d.baseline),
    comparison: str2(d.comparison),
    commands: d.commands !== void 0 ? json(d.commands) : null,
    prerequisites: d.prerequisites !== void 0 ? json(d.prerequisites) : null,
    dependencies: d.dependencies !== void 0 ? json(d.dependencies) : null,
    name: str2(d.name),
    description: str2(d.description)
  };
  const tags = [];
  if (Array.isArray(d.tags)) {
    const seen = /* @__PURE__ */ new Set();
    const scope = result.placement.kind === "manifest" ? "experiment" : "artifact";
    for (const t of d.tags) {
      if (typeof t !== "string" || seen.has(t)) continue;
      seen.add(t);
      tags.push({ experiment_id: experimentId, tag_name: t, artifact_id: artifactId, scope });
    }
  }
  const metrics = [];
  if (type2 === "report" && d.metrics !== null && typeof d.metrics === "object" && !Array.isArray(d.metrics)) {
    for (const [name, m] of Object.entries(d.metrics)) {
      const obj = m !== null && typeof m === "object" && !Array.isArray(m) ? m : null;
      metrics.push({
        artifact_id: artifactId,
        experiment_id: experimentId,
        metric_name: name,
        metric_value: obj ? num(obj.value) : num(m),
        baseline_declared: obj ? num(obj.baseline) : null,
        unit: obj ? str2(obj.unit) : null,
        timestamp: artifact.created_at,
        // the artifact's created, read once
        baseline_experiment: str2(d.baseline),
        file_path: result.path
      });
    }
  }
  return {
    file: { path: result.path, blob, size: result.size, kind: result.placement.kind, experiment_id: experimentId },
    artifact,
    metadata,
    source: sourceRow(result, timezone),
    tags,
    metrics,
    diagnostics
  };
}

// src/artifacts/severity.ts
function applySeverity(path, findings, rules) {
  const out = [];
  for (const f of findings) {
    const setting = rules[f.rule] ?? "error";
    if (setting === "off") continue;
    out.push({ file: path, line: f.line, column: f.column, rule: f.rule, severity: setting === "warn" ? "warning" : "error", message: f.message, ...f.hint ? { hint: f.hint } : {} });
  }
  return out;
}

// schema/experiment_manifest.schema.json
var experiment_manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/experiment_manifest.json",
  title: "EDS v1.0 experiment manifest (the experiment's README.md)",
  allOf: [
    { $ref: "common.json#/definitions/artifact" },
    {
      type: "object",
      required: ["experiment_id", "name"],
      properties: {
        type: { const: "experiment_manifest" },
        experiment_id: { $ref: "common.json#/definitions/experimentId" },
        name: { type: "string", minLength: 1 },
        description: { type: "string" }
      }
    }
  ]
};

// schema/assessment.schema.json
var assessment_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/assessment.json",
  title: "EDS v1.0 assessment",
  allOf: [
    { $ref: "common.json#/definitions/artifact" },
    {
      type: "object",
      required: ["phase", "priority", "evidence_count"],
      properties: {
        type: { const: "assessment" },
        phase: { type: "string", enum: ["phase_0", "phase_1", "phase_2", "phase_3", "phase_4"] },
        priority: { type: "string", enum: ["critical", "high", "medium", "low"] },
        evidence_count: { type: "integer", minimum: 0 }
      }
    }
  ]
};

// schema/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/report.json",
  title: "EDS v1.0 report",
  allOf: [
    {
      $ref: "common.json#/definitions/artifact"
    },
    {
      type: "object",
      properties: {
        type: {
          const: "report"
        },
        subtype: {
          type: "string"
        },
        metrics: {
          type: "object"
        },
        baseline: {
          $ref: "common.json#/definitions/experimentId"
        },
        comparison: {
          type: "string",
          enum: [
            "improvement",
            "regression",
            "neutral"
          ]
        }
      },
      if: {
        properties: {
          subtype: {
            const: "handoff"
          }
        },
        required: [
          "subtype"
        ]
      },
      else: {
        properties: {
          metrics: true,
          baseline: true,
          comparison: true
        },
        required: [
          "metrics",
          "baseline",
          "comparison"
        ]
      }
    }
  ],
  $comment: "subtype: handoff relaxes metrics, baseline and comparison, as compliance-checker.py does"
};

// schema/guide.schema.json
var guide_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/guide.json",
  title: "EDS v1.0 guide",
  allOf: [
    { $ref: "common.json#/definitions/artifact" },
    {
      type: "object",
      required: ["commands", "prerequisites"],
      properties: {
        type: { const: "guide" },
        commands: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          "x-fix": 'list at least one command, e.g. commands: ["python train.py --config base.yaml"]'
        },
        prerequisites: { $ref: "common.json#/definitions/stringList" }
      }
    }
  ]
};

// schema/script.schema.json
var script_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/script.json",
  title: "EDS v1.0 script",
  allOf: [
    { $ref: "common.json#/definitions/artifact" },
    {
      type: "object",
      required: ["dependencies"],
      properties: {
        type: { const: "script" },
        dependencies: { $ref: "common.json#/definitions/stringList" }
      }
    }
  ]
};

// schema/plan.schema.json
var plan_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/plan.json",
  title: "EDS v1.0 plan (the spec's universal fields; no fields of its own)",
  allOf: [
    {
      $ref: "common.json#/definitions/artifact"
    },
    {
      type: "object",
      properties: {
        type: {
          const: "plan"
        }
      }
    }
  ]
};

// schema/manifest.schema.json
var manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/manifest.json",
  title: "EDS v1.0 manifest (the spec's universal fields; no fields of its own)",
  allOf: [
    {
      $ref: "common.json#/definitions/artifact"
    },
    {
      type: "object",
      properties: {
        type: {
          const: "manifest"
        }
      }
    }
  ]
};

// src/artifacts/precompiled.ts
var _generic = validate10;
var schema13 = { "type": "object", "required": ["ads_version", "type", "experiment_id", "status", "created", "updated", "tags"], "properties": { "ads_version": { "$ref": "#/definitions/adsVersion" }, "type": { "type": "string" }, "status": { "$ref": "#/definitions/status" }, "created": { "$ref": "#/definitions/dateTime" }, "updated": { "$ref": "#/definitions/dateTime" }, "tags": { "$ref": "#/definitions/tags" }, "artifact_id": { "type": "string", "minLength": 1, "x-fix": "give the artifact a non-empty id that is unique in the repository" }, "experiment_id": { "$ref": "#/definitions/experimentId" }, "title": { "type": "string" } } };
var schema14 = { "type": "string", "pattern": "^[0-9]+\\.[0-9]+$", "x-expected": "a MAJOR.MINOR version string", "x-fix": 'write the EDS version as a quoted MAJOR.MINOR string, e.g. ads_version: "1.0"' };
var schema15 = { "type": "string", "enum": ["draft", "active", "complete", "deprecated"] };
var schema16 = { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", "x-expected": `a date-time: RFC 3339 ("2025-12-17T02:43:00+09:00") or the spec's form ("2025-12-17 02:43 (KST)")`, "x-fix": `write the time as "2025-12-17 02:43 (KST)" (the spec's form) or "2025-12-17T02:43:00+09:00" (RFC 3339), in quotes` };
var schema20 = { "type": "string", "pattern": "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", "x-expected": "an experiment id (YYYYMMDD_HHMMSS_name)", "x-fix": "an experiment id is YYYYMMDD_HHMMSS_name, e.g. 20251217_024343_image_enhancements" };
var pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
var pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", "u");
var pattern4 = new RegExp("^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", "u");
var schema18 = { "type": "array", "items": { "$ref": "#/definitions/tag" } };
var schema19 = { "type": "string", "pattern": "^[a-z0-9-]+$", "x-expected": "lowercase letters, digits and hyphens", "x-fix": "tags are lowercase letters, digits and hyphens, e.g. perspective-correction" };
var pattern3 = new RegExp("^[a-z0-9-]+$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern3.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/tag/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema19, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var func2 = require_ucs2length().default;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate12(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
    errors = vErrors.length;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var experiment_manifest = validate16;
var schema21 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/experiment_manifest.json", "title": "EDS v1.0 experiment manifest (the experiment's README.md)", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "required": ["experiment_id", "name"], "properties": { "type": { "const": "experiment_manifest" }, "experiment_id": { "$ref": "common.json#/definitions/experimentId" }, "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" } } }] };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate17(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.experiment_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema21.allOf[1].required, parentSchema: schema21.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema21.allOf[1].required, parentSchema: schema21.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("experiment_manifest" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "experiment_manifest" }, message: "must be equal to constant", schema: "experiment_manifest", parentSchema: schema21.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data1 = data.experiment_id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err3 = { instancePath: instancePath + "/experiment_id", schemaPath: "common.json#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/experiment_id", schemaPath: "common.json#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.allOf[1].properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.allOf[1].properties.name.type, parentSchema: schema21.allOf[1].properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/allOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.allOf[1].properties.description.type, parentSchema: schema21.allOf[1].properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.allOf[1].type, parentSchema: schema21.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var assessment = validate20;
var schema29 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/assessment.json", "title": "EDS v1.0 assessment", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "required": ["phase", "priority", "evidence_count"], "properties": { "type": { "const": "assessment" }, "phase": { "type": "string", "enum": ["phase_0", "phase_1", "phase_2", "phase_3", "phase_4"] }, "priority": { "type": "string", "enum": ["critical", "high", "medium", "low"] }, "evidence_count": { "type": "integer", "minimum": 0 } } }] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.phase === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "phase" }, message: "must have required property 'phase'", schema: schema29.allOf[1].required, parentSchema: schema29.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.priority === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property 'priority'", schema: schema29.allOf[1].required, parentSchema: schema29.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.evidence_count === void 0) {
      const err2 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "evidence_count" }, message: "must have required property 'evidence_count'", schema: schema29.allOf[1].required, parentSchema: schema29.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("assessment" !== data0) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "assessment" }, message: "must be equal to constant", schema: "assessment", parentSchema: schema29.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.phase !== void 0) {
      let data1 = data.phase;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/phase", schemaPath: "#/allOf/1/properties/phase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.allOf[1].properties.phase.type, parentSchema: schema29.allOf[1].properties.phase, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "phase_0" || data1 === "phase_1" || data1 === "phase_2" || data1 === "phase_3" || data1 === "phase_4")) {
        const err5 = { instancePath: instancePath + "/phase", schemaPath: "#/allOf/1/properties/phase/enum", keyword: "enum", params: { allowedValues: schema29.allOf[1].properties.phase.enum }, message: "must be equal to one of the allowed values", schema: schema29.allOf[1].properties.phase.enum, parentSchema: schema29.allOf[1].properties.phase, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data2 = data.priority;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/priority", schemaPath: "#/allOf/1/properties/priority/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.allOf[1].properties.priority.type, parentSchema: schema29.allOf[1].properties.priority, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err7 = { instancePath: instancePath + "/priority", schemaPath: "#/allOf/1/properties/priority/enum", keyword: "enum", params: { allowedValues: schema29.allOf[1].properties.priority.enum }, message: "must be equal to one of the allowed values", schema: schema29.allOf[1].properties.priority.enum, parentSchema: schema29.allOf[1].properties.priority, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.evidence_count !== void 0) {
      let data3 = data.evidence_count;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/evidence_count", schemaPath: "#/allOf/1/properties/evidence_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.allOf[1].properties.evidence_count.type, parentSchema: schema29.allOf[1].properties.evidence_count, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/evidence_count", schemaPath: "#/allOf/1/properties/evidence_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema29.allOf[1].properties.evidence_count, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.allOf[1].type, parentSchema: schema29.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var report = validate24;
var schema36 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/report.json", "title": "EDS v1.0 report", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "properties": { "type": { "const": "report" }, "subtype": { "type": "string" }, "metrics": { "type": "object" }, "baseline": { "$ref": "common.json#/definitions/experimentId" }, "comparison": { "type": "string", "enum": ["improvement", "regression", "neutral"] } }, "if": { "properties": { "subtype": { "const": "handoff" } }, "required": ["subtype"] }, "else": { "properties": { "metrics": true, "baseline": true, "comparison": true }, "required": ["metrics", "baseline", "comparison"] } }], "$comment": "subtype: handoff relaxes metrics, baseline and comparison, as compliance-checker.py does" };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  const _errs4 = errors;
  let valid1 = true;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.subtype === void 0 && (missing0 = "subtype")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.subtype !== void 0) {
        if ("handoff" !== data.subtype) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.metrics === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema36.allOf[1].else.required, parentSchema: schema36.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.baseline === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'", schema: schema36.allOf[1].else.required, parentSchema: schema36.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.comparison === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "comparison" }, message: "must have required property 'comparison'", schema: schema36.allOf[1].else.required, parentSchema: schema36.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema36.allOf[1].if, parentSchema: schema36.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("report" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "report" }, message: "must be equal to constant", schema: "report", parentSchema: schema36.allOf[1].properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.subtype !== void 0) {
      let data2 = data.subtype;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/subtype", schemaPath: "#/allOf/1/properties/subtype/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.allOf[1].properties.subtype.type, parentSchema: schema36.allOf[1].properties.subtype, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data3 = data.metrics;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/allOf/1/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.allOf[1].properties.metrics.type, parentSchema: schema36.allOf[1].properties.metrics, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data4 = data.baseline;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err9 = { instancePath: instancePath + "/baseline", schemaPath: "common.json#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/baseline", schemaPath: "common.json#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.comparison !== void 0) {
      let data5 = data.comparison;
      if (typeof data5 !== "string") {
        const err11 = { instancePath: instancePath + "/comparison", schemaPath: "#/allOf/1/properties/comparison/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.allOf[1].properties.comparison.type, parentSchema: schema36.allOf[1].properties.comparison, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data5 === "improvement" || data5 === "regression" || data5 === "neutral")) {
        const err12 = { instancePath: instancePath + "/comparison", schemaPath: "#/allOf/1/properties/comparison/enum", keyword: "enum", params: { allowedValues: schema36.allOf[1].properties.comparison.enum }, message: "must be equal to one of the allowed values", schema: schema36.allOf[1].properties.comparison.enum, parentSchema: schema36.allOf[1].properties.comparison, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.allOf[1].type, parentSchema: schema36.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var guide = validate28;
var schema44 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/guide.json", "title": "EDS v1.0 guide", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "required": ["commands", "prerequisites"], "properties": { "type": { "const": "guide" }, "commands": { "type": "array", "items": { "type": "string" }, "minItems": 1, "x-fix": 'list at least one command, e.g. commands: ["python train.py --config base.yaml"]' }, "prerequisites": { "$ref": "common.json#/definitions/stringList" } } }] };
var schema51 = { "type": "array", "items": { "type": "string" } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.commands === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'", schema: schema44.allOf[1].required, parentSchema: schema44.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.prerequisites === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "prerequisites" }, message: "must have required property 'prerequisites'", schema: schema44.allOf[1].required, parentSchema: schema44.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("guide" !== data0) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "guide" }, message: "must be equal to constant", schema: "guide", parentSchema: schema44.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.commands !== void 0) {
      let data1 = data.commands;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/commands", schemaPath: "#/allOf/1/properties/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema44.allOf[1].properties.commands, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/allOf/1/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.allOf[1].properties.commands.items.type, parentSchema: schema44.allOf[1].properties.commands.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/commands", schemaPath: "#/allOf/1/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.allOf[1].properties.commands.type, parentSchema: schema44.allOf[1].properties.commands, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.prerequisites !== void 0) {
      let data3 = data.prerequisites;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/prerequisites/" + i1, schemaPath: "common.json#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/prerequisites", schemaPath: "common.json#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.allOf[1].type, parentSchema: schema44.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var plan = validate32;
var schema52 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/plan.json", "title": "EDS v1.0 plan (the spec's universal fields; no fields of its own)", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "properties": { "type": { "const": "plan" } } }] };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate33(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("plan" !== data0) {
        const err0 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "plan" }, message: "must be equal to constant", schema: "plan", parentSchema: schema52.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.allOf[1].type, parentSchema: schema52.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var script = validate36;
var schema59 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/script.json", "title": "EDS v1.0 script", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "required": ["dependencies"], "properties": { "type": { "const": "script" }, "dependencies": { "$ref": "common.json#/definitions/stringList" } } }] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate37(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dependencies === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "dependencies" }, message: "must have required property 'dependencies'", schema: schema59.allOf[1].required, parentSchema: schema59.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("script" !== data0) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "script" }, message: "must be equal to constant", schema: "script", parentSchema: schema59.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data1 = data.dependencies;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err2 = { instancePath: instancePath + "/dependencies/" + i0, schemaPath: "common.json#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/dependencies", schemaPath: "common.json#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.allOf[1].type, parentSchema: schema59.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var manifest = validate40;
var schema67 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/eds-1.0/manifest.json", "title": "EDS v1.0 manifest (the spec's universal fields; no fields of its own)", "allOf": [{ "$ref": "common.json#/definitions/artifact" }, { "type": "object", "properties": { "type": { "const": "manifest" } } }] };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ads_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ads_version" }, message: "must have required property 'ads_version'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.experiment_id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "experiment_id" }, message: "must have required property 'experiment_id'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property 'created'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.updated === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ads_version !== void 0) {
      let data0 = data.ads_version;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"', schema: "^[0-9]+\\.[0-9]+$", parentSchema: schema14, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ads_version", schemaPath: "#/definitions/adsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "draft" || data2 === "active" || data2 === "complete" || data2 === "deprecated")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created !== void 0) {
      let data3 = data.created;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/created", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      let data4 = data.updated;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?([Zz]|[+-][0-9]{2}:?[0-9]{2})| \\([A-Za-z][A-Za-z0-9/_+-]*\\))?)?$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/updated", schemaPath: "#/definitions/dateTime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate13(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_id !== void 0) {
      let data6 = data.artifact_id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err16 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.artifact_id, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/artifact_id", schemaPath: "#/properties/artifact_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.artifact_id.type, parentSchema: schema13.properties.artifact_id, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.experiment_id !== void 0) {
      let data7 = data.experiment_id;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$" }, message: 'must match pattern "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$"', schema: "^[0-9]{8}_[0-9]{6}_[a-z0-9_]+$", parentSchema: schema20, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/experiment_id", schemaPath: "#/definitions/experimentId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 !== "string") {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.title.type, parentSchema: schema13.properties.title, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate41(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("manifest" !== data0) {
        const err0 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/const", keyword: "const", params: { allowedValue: "manifest" }, message: "must be equal to constant", schema: "manifest", parentSchema: schema67.allOf[1].properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.allOf[1].type, parentSchema: schema67.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var config = validate44;
var schema74 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://etk.invalid/schema/etk.config.json", "title": 'etk configuration (etk.config.json, or the "etk" key of package.json)', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "root": { "type": "string", "minLength": 1, "description": "Experiments root, relative to the directory of the config file. Default: experiment_manager/experiments" }, "database": { "type": "string", "minLength": 1, "description": "SQLite index, relative to the directory of the config file. Default: data/ops/tracking.db" }, "profile": { "type": "string", "enum": ["eds-1.0", "strict"], "description": "The built-in rule set: eds-1.0 (default; what the published standard and its checker accept) or strict (validation-rules.json to the letter). Any other key here overrides the profile." }, "timezone": { "type": "string", "minLength": 1, "description": "IANA time zone (e.g. Asia/Seoul) that a timestamp without a zone is read in, and that etk validate --fix adds. Default: UTC" }, "statuses": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9_-]+$" }, "minItems": 1, "uniqueItems": true, "description": "Allowed values of `status`. Default (eds-1.0): draft, active, complete, deprecated" }, "types": { "type": "object", "description": "Extra artifact types: name -> { schema: path to a JSON Schema, relative to the config file }", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["schema"], "properties": { "schema": { "type": "string", "minLength": 1 } } } }, "rules": { "type": "object", "description": "Severity per rule id: error | warn | off", "additionalProperties": { "enum": ["error", "warn", "off"] } }, "templates": { "type": "object", "description": "etk new: your own template per type (experiment_manifest, assessment, report, guide, script, or a configured type) -> path of a Markdown file with frontmatter, relative to the config file", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "metrics": { "type": "object", "description": 'Per metric name, which way is better and how much worse it may get, for the verdicts and the metric gate of etk ci check and the GitHub check: name -> { direction?: higher | lower, tolerance?: number | "<n>%" }; "*" -> { tolerance } is the default tolerance of every metric not listed (none: 0). Unlisted directions: lower for names with latency, time, duration, error, err, loss, cer, wer, fpr, mae, mse, rmse, memory or size, else higher', "properties": { "*": { "type": "object", "additionalProperties": false, "required": ["tolerance"], "properties": { "tolerance": { "description": 'How much worse than its reference the metric may get before `--gate` fails: an absolute amount in the metric\'s unit (2), or a share of the reference ("0.5%")', "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?%$" }] } } } }, "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "direction": { "enum": ["higher", "lower"] }, "tolerance": { "description": 'How much worse than its reference the metric may get before `--gate` fails: an absolute amount in the metric\'s unit (2), or a share of the reference ("0.5%")', "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?%$" }] } } } }, "parameters": { "type": "array", "description": 'Which report frontmatter fields are run parameters, in the order etk compare, etk query runs and the report show them (e.g. ["backbone", "lr"]). Default: every scalar field the EDS standard does not define', "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "maxFileSize": { "type": "integer", "minimum": 1, "description": "Largest artifact in bytes. Default: 5242880 (5 MB)" }, "queries": { "type": "object", "description": "Named queries for `etk query run <name>` (CI publishes each): name -> { sql } or { from, ...filters }", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "additionalProperties": { "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["sql"], "properties": { "description": { "type": "string" }, "sql": { "type": "string", "minLength": 1, "description": "One read-only statement (SELECT, WITH ... SELECT)" } } }, { "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "description": { "type": "string" }, "from": { "enum": ["experiments", "artifacts", "metrics", "tags"], "description": "The listing of etk query <from>" }, "status": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "tag": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "experiment": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "type": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "name": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "since": { "type": "string" }, "until": { "type": "string" }, "recent": { "type": "string" }, "latest": { "type": "boolean" }, "where": { "type": "string" }, "sort": { "type": "string" }, "limit": { "type": "integer", "minimum": 1 } } }] } } } };
var func11 = Object.prototype.hasOwnProperty;
var pattern35 = new RegExp("^[a-z0-9_-]+$", "u");
var pattern36 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern38 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
var pattern40 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func11.call(schema74.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.$schema.type, parentSchema: schema74.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data1 = data.root;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.root, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.root.type, parentSchema: schema74.properties.root, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.database !== void 0) {
      let data2 = data.database;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err4 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.database, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.database.type, parentSchema: schema74.properties.database, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data3 = data.profile;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.profile.type, parentSchema: schema74.properties.profile, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data3 === "eds-1.0" || data3 === "strict")) {
        const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema74.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema74.properties.profile.enum, parentSchema: schema74.properties.profile, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data4 = data.timezone;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err8 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.timezone, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.timezone.type, parentSchema: schema74.properties.timezone, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.statuses !== void 0) {
      let data5 = data.statuses;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err10 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.statuses, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (!pattern35.test(data6)) {
              const err11 = { instancePath: instancePath + "/statuses/" + i0, schemaPath: "#/properties/statuses/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]+$" }, message: 'must match pattern "^[a-z0-9_-]+$"', schema: "^[a-z0-9_-]+$", parentSchema: schema74.properties.statuses.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/statuses/" + i0, schemaPath: "#/properties/statuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.statuses.items.type, parentSchema: schema74.properties.statuses.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema74.properties.statuses, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/statuses", schemaPath: "#/properties/statuses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.statuses.type, parentSchema: schema74.properties.statuses, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      let data7 = data.types;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (!pattern36.test(key1)) {
              const err15 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema74.properties.types.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          var valid4 = _errs18 === errors;
          if (!valid4) {
            const err16 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema74.properties.types.propertyNames, parentSchema: schema74.properties.types, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.schema === void 0) {
              const err17 = { instancePath: instancePath + "/types/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/types/additionalProperties/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema74.properties.types.additionalProperties.required, parentSchema: schema74.properties.types.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "schema")) {
                const err18 = { instancePath: instancePath + "/types/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/types/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74.properties.types.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8.schema !== void 0) {
              let data9 = data8.schema;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err19 = { instancePath: instancePath + "/types/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/schema", schemaPath: "#/properties/types/additionalProperties/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.types.additionalProperties.properties.schema, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/types/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/schema", schemaPath: "#/properties/types/additionalProperties/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.types.additionalProperties.properties.schema.type, parentSchema: schema74.properties.types.additionalProperties.properties.schema, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/types/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/types/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.types.additionalProperties.type, parentSchema: schema74.properties.types.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.types.type, parentSchema: schema74.properties.types, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data10 = data.rules;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key4 in data10) {
          let data11 = data10[key4];
          if (!(data11 === "error" || data11 === "warn" || data11 === "off")) {
            const err23 = { instancePath: instancePath + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema74.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema74.properties.rules.additionalProperties.enum, parentSchema: schema74.properties.rules.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.rules.type, parentSchema: schema74.properties.rules, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data12 = data.templates;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key5 in data12) {
          const _errs31 = errors;
          if (typeof key5 === "string") {
            if (!pattern36.test(key5)) {
              const err25 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema74.properties.templates.propertyNames, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          var valid8 = _errs31 === errors;
          if (!valid8) {
            const err26 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema74.properties.templates.propertyNames, parentSchema: schema74.properties.templates, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        for (const key6 in data12) {
          let data13 = data12[key6];
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err27 = { instancePath: instancePath + "/templates/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/templates/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.templates.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/templates/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/templates/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.templates.additionalProperties.type, parentSchema: schema74.properties.templates.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.templates.type, parentSchema: schema74.properties.templates, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data14 = data.metrics;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key7 in data14) {
          if (!(key7 === "*")) {
            let data15 = data14[key7];
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
              if (Object.keys(data15).length < 1) {
                const err30 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema74.properties.metrics.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              for (const key8 in data15) {
                if (!(key8 === "direction" || key8 === "tolerance")) {
                  const err31 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74.properties.metrics.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data15.direction !== void 0) {
                let data16 = data15.direction;
                if (!(data16 === "higher" || data16 === "lower")) {
                  const err32 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/properties/metrics/additionalProperties/properties/direction/enum", keyword: "enum", params: { allowedValues: schema74.properties.metrics.additionalProperties.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema74.properties.metrics.additionalProperties.properties.direction.enum, parentSchema: schema74.properties.metrics.additionalProperties.properties.direction, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data15.tolerance !== void 0) {
                let data17 = data15.tolerance;
                const _errs43 = errors;
                let valid12 = false;
                let passing0 = null;
                const _errs44 = errors;
                if (typeof data17 == "number" && isFinite(data17)) {
                  if (data17 < 0 || isNaN(data17)) {
                    const err33 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", schemaPath: "#/properties/metrics/additionalProperties/properties/tolerance/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[0], data: data17 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", schemaPath: "#/properties/metrics/additionalProperties/properties/tolerance/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[0].type, parentSchema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[0], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                var _valid0 = _errs44 === errors;
                if (_valid0) {
                  valid12 = true;
                  passing0 = 0;
                }
                const _errs46 = errors;
                if (typeof data17 === "string") {
                  if (!pattern38.test(data17)) {
                    const err35 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", schemaPath: "#/properties/metrics/additionalProperties/properties/tolerance/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[1], data: data17 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                } else {
                  const err36 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", schemaPath: "#/properties/metrics/additionalProperties/properties/tolerance/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[1].type, parentSchema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf[1], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                var _valid0 = _errs46 === errors;
                if (_valid0 && valid12) {
                  valid12 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid0) {
                    valid12 = true;
                    passing0 = 1;
                  }
                }
                if (!valid12) {
                  const err37 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", schemaPath: "#/properties/metrics/additionalProperties/properties/tolerance/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.metrics.additionalProperties.properties.tolerance.oneOf, parentSchema: schema74.properties.metrics.additionalProperties.properties.tolerance, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                } else {
                  errors = _errs43;
                  if (vErrors !== null) {
                    if (_errs43) {
                      vErrors.length = _errs43;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.metrics.additionalProperties.type, parentSchema: schema74.properties.metrics.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data14["*"] !== void 0) {
          let data18 = data14["*"];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.tolerance === void 0) {
              const err39 = { instancePath: instancePath + "/metrics/*", schemaPath: "#/properties/metrics/properties/*/required", keyword: "required", params: { missingProperty: "tolerance" }, message: "must have required property 'tolerance'", schema: schema74.properties.metrics.properties["*"].required, parentSchema: schema74.properties.metrics.properties["*"], data: data18 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            for (const key9 in data18) {
              if (!(key9 === "tolerance")) {
                const err40 = { instancePath: instancePath + "/metrics/*", schemaPath: "#/properties/metrics/properties/*/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74.properties.metrics.properties["*"], data: data18 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data18.tolerance !== void 0) {
              let data19 = data18.tolerance;
              const _errs52 = errors;
              let valid15 = false;
              let passing1 = null;
              const _errs53 = errors;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err41 = { instancePath: instancePath + "/metrics/*/tolerance", schemaPath: "#/properties/metrics/properties/*/properties/tolerance/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[0], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/metrics/*/tolerance", schemaPath: "#/properties/metrics/properties/*/properties/tolerance/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[0].type, parentSchema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[0], data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              var _valid1 = _errs53 === errors;
              if (_valid1) {
                valid15 = true;
                passing1 = 0;
              }
              const _errs55 = errors;
              if (typeof data19 === "string") {
                if (!pattern38.test(data19)) {
                  const err43 = { instancePath: instancePath + "/metrics/*/tolerance", schemaPath: "#/properties/metrics/properties/*/properties/tolerance/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[1], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/metrics/*/tolerance", schemaPath: "#/properties/metrics/properties/*/properties/tolerance/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[1].type, parentSchema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              var _valid1 = _errs55 === errors;
              if (_valid1 && valid15) {
                valid15 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid15 = true;
                  passing1 = 1;
                }
              }
              if (!valid15) {
                const err45 = { instancePath: instancePath + "/metrics/*/tolerance", schemaPath: "#/properties/metrics/properties/*/properties/tolerance/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.metrics.properties["*"].properties.tolerance.oneOf, parentSchema: schema74.properties.metrics.properties["*"].properties.tolerance, data: data19 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              } else {
                errors = _errs52;
                if (vErrors !== null) {
                  if (_errs52) {
                    vErrors.length = _errs52;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/metrics/*", schemaPath: "#/properties/metrics/properties/*/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.metrics.properties["*"].type, parentSchema: schema74.properties.metrics.properties["*"], data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.metrics.type, parentSchema: schema74.properties.metrics, data: data14 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data20 = data.parameters;
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data21 = data20[i2];
          if (typeof data21 === "string") {
            if (func2(data21) < 1) {
              const err48 = { instancePath: instancePath + "/parameters/" + i2, schemaPath: "#/properties/parameters/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.parameters.items, data: data21 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/parameters/" + i2, schemaPath: "#/properties/parameters/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.parameters.items.type, parentSchema: schema74.properties.parameters.items, data: data21 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        let i3 = data20.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data20[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err50 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema74.properties.parameters, data: data20 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.parameters.type, parentSchema: schema74.properties.parameters, data: data20 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data22 = data.maxFileSize;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err52 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.maxFileSize.type, parentSchema: schema74.properties.maxFileSize, data: data22 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 < 1 || isNaN(data22)) {
          const err53 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema74.properties.maxFileSize, data: data22 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
    }
    if (data.queries !== void 0) {
      let data23 = data.queries;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key10 in data23) {
          const _errs65 = errors;
          if (typeof key10 === "string") {
            if (!pattern40.test(key10)) {
              const err54 = { instancePath: instancePath + "/queries", schemaPath: "#/properties/queries/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema74.properties.queries.propertyNames, data: key10, propertyName: key10 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          var valid19 = _errs65 === errors;
          if (!valid19) {
            const err55 = { instancePath: instancePath + "/queries", schemaPath: "#/properties/queries/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema74.properties.queries.propertyNames, parentSchema: schema74.properties.queries, data: data23 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        for (const key11 in data23) {
          let data24 = data23[key11];
          const _errs68 = errors;
          let valid21 = false;
          let passing2 = null;
          const _errs69 = errors;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.sql === void 0) {
              const err56 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/0/required", keyword: "required", params: { missingProperty: "sql" }, message: "must have required property 'sql'", schema: schema74.properties.queries.additionalProperties.oneOf[0].required, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0], data: data24 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key12 in data24) {
              if (!(key12 === "description" || key12 === "sql")) {
                const err57 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data24.description !== void 0) {
              let data25 = data24.description;
              if (typeof data25 !== "string") {
                const err58 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/queries/additionalProperties/oneOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[0].properties.description.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0].properties.description, data: data25 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data24.sql !== void 0) {
              let data26 = data24.sql;
              if (typeof data26 === "string") {
                if (func2(data26) < 1) {
                  const err59 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sql", schemaPath: "#/properties/queries/additionalProperties/oneOf/0/properties/sql/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0].properties.sql, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sql", schemaPath: "#/properties/queries/additionalProperties/oneOf/0/properties/sql/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[0].properties.sql.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0].properties.sql, data: data26 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.queries.additionalProperties.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[0], data: data24 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid2 = _errs69 === errors;
          if (_valid2) {
            valid21 = true;
            passing2 = 0;
          }
          const _errs76 = errors;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.from === void 0) {
              const err62 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema74.properties.queries.additionalProperties.oneOf[1].required, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1], data: data24 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key13 in data24) {
              if (!func11.call(schema74.properties.queries.additionalProperties.oneOf[1].properties, key13)) {
                const err63 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data24.description !== void 0) {
              let data27 = data24.description;
              if (typeof data27 !== "string") {
                const err64 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.description.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.description, data: data27 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data24.from !== void 0) {
              let data28 = data24.from;
              if (!(data28 === "experiments" || data28 === "artifacts" || data28 === "metrics" || data28 === "tags")) {
                const err65 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/from/enum", keyword: "enum", params: { allowedValues: schema74.properties.queries.additionalProperties.oneOf[1].properties.from.enum }, message: "must be equal to one of the allowed values", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.from.enum, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.from, data: data28 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data24.status !== void 0) {
              let data29 = data24.status;
              const _errs83 = errors;
              let valid24 = false;
              let passing3 = null;
              const _errs84 = errors;
              if (typeof data29 === "string") {
                if (func2(data29) < 1) {
                  const err66 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[0], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[0], data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              var _valid3 = _errs84 === errors;
              if (_valid3) {
                valid24 = true;
                passing3 = 0;
              }
              const _errs86 = errors;
              if (Array.isArray(data29)) {
                if (data29.length < 1) {
                  const err68 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1], data: data29 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                const len2 = data29.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data30 = data29[i4];
                  if (typeof data30 === "string") {
                    if (func2(data30) < 1) {
                      const err69 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status/" + i4, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1].items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status/" + i4, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1].items.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1].items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf[1], data: data29 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              var _valid3 = _errs86 === errors;
              if (_valid3 && valid24) {
                valid24 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid3) {
                  valid24 = true;
                  passing3 = 1;
                }
              }
              if (!valid24) {
                const err72 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/status/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status.oneOf, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.status, data: data29 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              } else {
                errors = _errs83;
                if (vErrors !== null) {
                  if (_errs83) {
                    vErrors.length = _errs83;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data24.tag !== void 0) {
              let data31 = data24.tag;
              const _errs91 = errors;
              let valid27 = false;
              let passing4 = null;
              const _errs92 = errors;
              if (typeof data31 === "string") {
                if (func2(data31) < 1) {
                  const err73 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[0], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[0], data: data31 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              var _valid4 = _errs92 === errors;
              if (_valid4) {
                valid27 = true;
                passing4 = 0;
              }
              const _errs94 = errors;
              if (Array.isArray(data31)) {
                if (data31.length < 1) {
                  const err75 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len3 = data31.length;
                for (let i5 = 0; i5 < len3; i5++) {
                  let data32 = data31[i5];
                  if (typeof data32 === "string") {
                    if (func2(data32) < 1) {
                      const err76 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag/" + i5, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1].items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag/" + i5, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1].items.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1].items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf[1], data: data31 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              var _valid4 = _errs94 === errors;
              if (_valid4 && valid27) {
                valid27 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid27 = true;
                  passing4 = 1;
                }
              }
              if (!valid27) {
                const err79 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tag", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/tag/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag.oneOf, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.tag, data: data31 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              } else {
                errors = _errs91;
                if (vErrors !== null) {
                  if (_errs91) {
                    vErrors.length = _errs91;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data24.experiment !== void 0) {
              let data33 = data24.experiment;
              const _errs99 = errors;
              let valid30 = false;
              let passing5 = null;
              const _errs100 = errors;
              if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                  const err80 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[0], data: data33 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              var _valid5 = _errs100 === errors;
              if (_valid5) {
                valid30 = true;
                passing5 = 0;
              }
              const _errs102 = errors;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err82 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                const len4 = data33.length;
                for (let i6 = 0; i6 < len4; i6++) {
                  let data34 = data33[i6];
                  if (typeof data34 === "string") {
                    if (func2(data34) < 1) {
                      const err83 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment/" + i6, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1].items, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment/" + i6, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1].items.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1].items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf[1], data: data33 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              var _valid5 = _errs102 === errors;
              if (_valid5 && valid30) {
                valid30 = false;
                passing5 = [passing5, 1];
              } else {
                if (_valid5) {
                  valid30 = true;
                  passing5 = 1;
                }
              }
              if (!valid30) {
                const err86 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/experiment", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/experiment/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment.oneOf, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.experiment, data: data33 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              } else {
                errors = _errs99;
                if (vErrors !== null) {
                  if (_errs99) {
                    vErrors.length = _errs99;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data24.type !== void 0) {
              let data35 = data24.type;
              const _errs107 = errors;
              let valid33 = false;
              let passing6 = null;
              const _errs108 = errors;
              if (typeof data35 === "string") {
                if (func2(data35) < 1) {
                  const err87 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[0], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[0], data: data35 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              var _valid6 = _errs108 === errors;
              if (_valid6) {
                valid33 = true;
                passing6 = 0;
              }
              const _errs110 = errors;
              if (Array.isArray(data35)) {
                if (data35.length < 1) {
                  const err89 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                const len5 = data35.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data36 = data35[i7];
                  if (typeof data36 === "string") {
                    if (func2(data36) < 1) {
                      const err90 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type/" + i7, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1].items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type/" + i7, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1].items.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1].items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf[1], data: data35 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              var _valid6 = _errs110 === errors;
              if (_valid6 && valid33) {
                valid33 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid6) {
                  valid33 = true;
                  passing6 = 1;
                }
              }
              if (!valid33) {
                const err93 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/type/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type.oneOf, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.type, data: data35 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              } else {
                errors = _errs107;
                if (vErrors !== null) {
                  if (_errs107) {
                    vErrors.length = _errs107;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data24.name !== void 0) {
              let data37 = data24.name;
              const _errs115 = errors;
              let valid36 = false;
              let passing7 = null;
              const _errs116 = errors;
              if (typeof data37 === "string") {
                if (func2(data37) < 1) {
                  const err94 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[0].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[0], data: data37 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
              var _valid7 = _errs116 === errors;
              if (_valid7) {
                valid36 = true;
                passing7 = 0;
              }
              const _errs118 = errors;
              if (Array.isArray(data37)) {
                if (data37.length < 1) {
                  const err96 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                const len6 = data37.length;
                for (let i8 = 0; i8 < len6; i8++) {
                  let data38 = data37[i8];
                  if (typeof data38 === "string") {
                    if (func2(data38) < 1) {
                      const err97 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name/" + i8, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1].items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name/" + i8, schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1].items.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1].items, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf[1], data: data37 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              var _valid7 = _errs118 === errors;
              if (_valid7 && valid36) {
                valid36 = false;
                passing7 = [passing7, 1];
              } else {
                if (_valid7) {
                  valid36 = true;
                  passing7 = 1;
                }
              }
              if (!valid36) {
                const err100 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/name/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name.oneOf, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.name, data: data37 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              } else {
                errors = _errs115;
                if (vErrors !== null) {
                  if (_errs115) {
                    vErrors.length = _errs115;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data24.since !== void 0) {
              let data39 = data24.since;
              if (typeof data39 !== "string") {
                const err101 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/since", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.since.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.since, data: data39 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data24.until !== void 0) {
              let data40 = data24.until;
              if (typeof data40 !== "string") {
                const err102 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/until", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.until.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.until, data: data40 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data24.recent !== void 0) {
              let data41 = data24.recent;
              if (typeof data41 !== "string") {
                const err103 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/recent", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/recent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.recent.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.recent, data: data41 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data24.latest !== void 0) {
              let data42 = data24.latest;
              if (typeof data42 !== "boolean") {
                const err104 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/latest", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/latest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.latest.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.latest, data: data42 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data24.where !== void 0) {
              let data43 = data24.where;
              if (typeof data43 !== "string") {
                const err105 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/where/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.where.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.where, data: data43 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data24.sort !== void 0) {
              let data44 = data24.sort;
              if (typeof data44 !== "string") {
                const err106 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sort", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/sort/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.sort.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.sort, data: data44 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data24.limit !== void 0) {
              let data45 = data24.limit;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err107 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema74.properties.queries.additionalProperties.oneOf[1].properties.limit.type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.limit, data: data45 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 1 || isNaN(data45)) {
                  const err108 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/properties/queries/additionalProperties/oneOf/1/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1].properties.limit, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.queries.additionalProperties.oneOf[1].type, parentSchema: schema74.properties.queries.additionalProperties.oneOf[1], data: data24 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          var _valid2 = _errs76 === errors;
          if (_valid2 && valid21) {
            valid21 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid21 = true;
              passing2 = 1;
            }
          }
          if (!valid21) {
            const err110 = { instancePath: instancePath + "/queries/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/queries/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema74.properties.queries.additionalProperties.oneOf, parentSchema: schema74.properties.queries.additionalProperties, data: data24 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/queries", schemaPath: "#/properties/queries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.properties.queries.type, parentSchema: schema74.properties.queries, data: data23 };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
  } else {
    const err112 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
var PRECOMPILED = { "$generic": _generic, "experiment_manifest": experiment_manifest, "assessment": assessment, "report": report, "guide": guide, "plan": plan, "script": script, "manifest": manifest, "config": config };

// src/artifacts/schemaSet.ts
var BUILTIN_SCHEMAS = {
  experiment_manifest: experiment_manifest_schema_default,
  assessment: assessment_schema_default,
  report: report_schema_default,
  guide: guide_schema_default,
  plan: plan_schema_default,
  script: script_schema_default,
  manifest: manifest_schema_default
};
var COMMON_SCHEMA = eds_common_schema_default;
var COMMON_SCHEMA_ID = eds_common_schema_default.$id;
var DEFAULT_STATUSES = eds_common_schema_default.definitions.status.enum;
var GENERIC_SCHEMA = {
  $id: COMMON_SCHEMA_ID.replace(/common\.json$/, "generic.json"),
  $ref: `${COMMON_SCHEMA_ID}#/definitions/artifact`
};
var GENERIC_KEY = "$generic";
function knownKeysOf(schema2, depth = 0, out = /* @__PURE__ */ new Set()) {
  if (depth > 8 || schema2 === null || typeof schema2 !== "object") return out;
  const s = schema2;
  if (s.properties && typeof s.properties === "object") for (const k of Object.keys(s.properties)) out.add(k);
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = s[key];
    if (Array.isArray(list)) for (const sub of list) knownKeysOf(sub, depth + 1, out);
  }
  if (typeof s.$ref === "string" && s.$ref.endsWith("#/definitions/artifact")) knownKeysOf(eds_common_schema_default.definitions.artifact, depth + 1, out);
  return out;
}
function builtinsOf(options2) {
  const out = { ...BUILTIN_SCHEMAS };
  for (const [name, schema2] of Object.entries(options2.profile?.types ?? {})) {
    if (schema2 === null) delete out[name];
    else out[name] = schema2;
  }
  return out;
}
var sameList = (a, b) => a === void 0 || a.length === b.length && a.every((x, i) => x === b[i]);
var SchemaSet = class _SchemaSet {
  types = /* @__PURE__ */ new Map();
  generic;
  /** Loads Ajv (a separate chunk of the bundle) only when something must be compiled. */
  static async load(options2 = {}) {
    const extra = options2.extraTypes ?? {};
    const builtin = builtinsOf(options2);
    if (PRECOMPILED !== null && sameList(options2.statuses, DEFAULT_STATUSES) && Object.keys(extra).length === 0 && options2.profile === void 0) {
      return new _SchemaSet(PRECOMPILED, extra, builtin);
    }
    const { compileSchemas } = await import("./compileSchemas-NYBKNKWK.js");
    const validators = compileSchemas({
      statuses: options2.statuses,
      definitions: options2.profile?.definitions,
      schemas: {
        [GENERIC_KEY]: { schema: GENERIC_SCHEMA, source: "shared EDS fields" },
        ...Object.fromEntries(Object.entries(builtin).map(([n, s]) => [n, { schema: s, source: `built-in ${n} schema` }])),
        ...extra
      }
    });
    return new _SchemaSet(validators, extra, builtin);
  }
  constructor(validators, extra, builtin) {
    this.generic = { validate: validators[GENERIC_KEY], knownKeys: knownKeysOf(GENERIC_SCHEMA) };
    for (const name of [...Object.keys(builtin), ...Object.keys(extra)]) {
      const schema2 = builtin[name] ?? extra[name].schema;
      this.types.set(name, { validate: validators[name], knownKeys: knownKeysOf(schema2) });
    }
  }
  get(type2) {
    return this.types.get(type2);
  }
  typeNames() {
    return [...this.types.keys()];
  }
};

// schema/content/eds-1.0.json
var eds_1_0_default2 = {
  $comment: "Content rules of EDS v1.0 (spec sections 'Prohibited Content' and 'Document Structure Requirements'), read by src/artifacts/contentRules.ts. Phrases match as whole words in any case, on one line, outside code; the value is the rewrite hint. Sections are heading names (see the README for how a heading matches); the spec's 'frontmatter' section is the YAML metadata, checked by the schema rules, so it is not listed.",
  phrases: {
    "prohibited-phrase": {
      "you should": 'state the step itself ("Run X"), not what a reader should do',
      "you can": 'state the option as a fact ("X accepts --flag"), not what a reader can do',
      "you will": 'state the result ("X writes Y"), not what a reader will see',
      "for example": "give the cases as a list or table rows, without the lead-in",
      "it is important": 'state the requirement itself ("X must Y")',
      "let's": 'state the step itself ("Run X")',
      "ready to begin": "drop the lead-in and start with the first command",
      "for more information": 'put the reference in a list of links ("References: <link>")'
    },
    "tutorial-phrase": {
      tutorial: "record commands and results, not a tutorial",
      walkthrough: "replace the walkthrough with a numbered list of commands",
      "guide to understanding": "state the facts or commands directly",
      "introduction to": "drop the introduction and start with the content"
    }
  },
  sections: {
    assessment: {
      required: {
        failure_clusters: "categorized failure modes (a table)",
        evidence_samples: "representative sample ids (a list)",
        root_cause_analysis: "the hypothesis (structured data)",
        next_actions: "commands to execute (a list)"
      },
      prohibited: ["background", "motivation", "conceptual_overview"]
    },
    report: {
      required: {
        metrics_table: "quantitative results (a Markdown table)",
        baseline_comparison: "side-by-side metrics (a table)",
        statistical_analysis: "significance tests (structured)"
      },
      exemptSubtypes: ["handoff"]
    },
    guide: {
      required: {
        command_sequence: "ordered commands (a numbered list)",
        expected_outputs: "output patterns (a list)",
        validation_steps: "verification commands (a list)"
      }
    }
  }
};

// src/artifacts/ruleCatalog.ts
var RULES = {
  "file-too-large": { severity: "error", description: "file is larger than maxFileSize (default 5 MB)" },
  symlink: { severity: "error", description: "a file named like an artifact or metadata file is a symbolic link (or sits in a linked folder): never followed, only the link is indexed; the target is named only when it is inside the repository" },
  "not-regular-file": { severity: "error", description: "a FIFO, socket, device or folder is named like an artifact or metadata file: never opened" },
  unreadable: { severity: "error", description: "a file could not be read (permission denied, or gone while etk read it): indexed with this diagnostic, the other files are still read" },
  binary: { severity: "error", description: "file contains NUL bytes (not text)" },
  encoding: { severity: "error", description: "file is not valid UTF-8" },
  bom: { severity: "warn", description: "file starts with a UTF-8 byte order mark" },
  "line-endings": { severity: "warn", description: "file uses CRLF line endings" },
  "frontmatter-missing": { severity: "error", description: "file does not start with a --- frontmatter fence" },
  "frontmatter-language": { severity: "error", description: "opening fence names a language (---js); only YAML is read, nothing is evaluated" },
  "frontmatter-unclosed": { severity: "error", description: "no closing --- fence" },
  "frontmatter-empty": { severity: "error", description: "frontmatter has no fields" },
  "frontmatter-not-mapping": { severity: "error", description: "frontmatter is a list or a scalar, not key: value fields" },
  "yaml-syntax": { severity: "error", description: "frontmatter is not valid YAML" },
  "yaml-duplicate-key": { severity: "error", description: "a key appears twice in the frontmatter" },
  "yaml-depth": { severity: "error", description: "frontmatter nests deeper than 64 levels (measured before parsing)" },
  "yaml-alias-limit": { severity: "error", description: "YAML aliases expand to too many values (alias bomb)" },
  schema: { severity: "error", description: "a field is missing or has the wrong type or value (JSON Schema of the type)" },
  "unknown-type": { severity: "error", description: "`type` is not a known artifact type" },
  "unknown-key": { severity: "warn", description: 'an unknown field is one typo away from a known one ("did you mean priority?")' },
  "file-name": { severity: "error", description: "an artifact's file name is not YYYYMMDD_HHMM_{type}_{slug}.md with a known type and a slug ^[a-z0-9]+(-[a-z0-9]+)*$ of at most 50 characters (ALL-CAPS, camelCase, PascalCase, spaces named)" },
  placement: { severity: "error", description: "Markdown at an experiment's root other than README.md, or loose in the experiments root; an experiment_manifest outside README.md" },
  "type-folder": { severity: "warn", description: "an artifact is not in its type's folder under .metadata/ (reports in .metadata/reports/, …)" },
  "document-folder": { severity: "warn", description: "Markdown in an experiment folder EDS does not name (only .metadata/, artifacts/, outputs/, scripts/, docs/)" },
  "experiment-folder": { severity: "warn", description: "experiment folder name is not an experiment id (YYYYMMDD_HHMMSS_name)" },
  "experiment-id-mismatch": { severity: "warn", description: "frontmatter experiment_id differs from the folder the file is in" },
  "type-mismatch": { severity: "warn", description: "the type in the file name differs from `type`" },
  "duplicate-artifact-id": { severity: "warn", description: "artifact_id is used by another file in the repository" },
  "updated-before-created": { severity: "warn", description: "`updated` is earlier than `created`" },
  "timestamp-offset": { severity: "warn", description: "`created`/`updated` has a time but no zone (or an unknown abbreviation): read in the configured timezone" },
  "metric-value": { severity: "warn", description: "a report metric is neither a number nor {value: number} (indexed with no value)" },
  "metadata-json": { severity: "error", description: "an experiment metadata file (manifest.json, .metadata/manifest.json, state.json) is not a JSON object; its other metadata files still count" },
  "manifest-fields": { severity: "warn", description: ".metadata/manifest.json lacks a field the spec requires (experiment_id, created, updated, phase, status, success_rate)" },
  "metadata-folder": { severity: "warn", description: "an experiment has no .metadata/ folder (reported at its README.md, else its first file)" },
  "baseline-missing": { severity: "warn", description: "a report's baseline names an experiment that does not exist" },
  "prohibited-phrase": { severity: "warn", description: `an artifact's text has a user-oriented phrase ("you should", "for example", "let's", ...)` },
  "tutorial-phrase": { severity: "warn", description: `an artifact's text has a tutorial phrase ("tutorial", "walkthrough", "introduction to", ...)` },
  emoji: { severity: "off", description: "an artifact's text has an emoji" },
  "required-section": { severity: "off", description: "an assessment, report or guide lacks a section the spec requires (a heading)" },
  "prohibited-section": { severity: "off", description: "an assessment has a Background, Motivation or Conceptual Overview section" }
};
function isRuleId(id) {
  return Object.hasOwn(RULES, id);
}

// src/artifacts/contentRules.ts
var EDS_CONTENT = eds_1_0_default2;
var EMOJI = String.raw`(?:\p{Regional_Indicator}{2}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[#*0-9]\uFE0F?\u20E3)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*`;
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function phrasePattern(phrase) {
  return phrase.trim().split(/\s+/).map((w) => escapeRe(w).replace(/'/g, "['’]")).join("[ \\t]+");
}
var DEFAULTS = Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, info.severity]));
var compiled = /* @__PURE__ */ new WeakMap();
function contentCheckFor(rules = DEFAULTS, profile = EDS_CONTENT) {
  const cacheable = profile === EDS_CONTENT;
  if (cacheable && compiled.has(rules)) return compiled.get(rules);
  const on = (id) => (rules[id] ?? "error") !== "off";
  const phrases = [];
  for (const rule of ["prohibited-phrase", "tutorial-phrase"]) {
    if (!on(rule)) continue;
    for (const [phrase, hint] of Object.entries(profile.phrases[rule] ?? {})) phrases.push({ rule, phrase, hint });
  }
  const emoji = on("emoji");
  const parts = phrases.map((p) => `(${phrasePattern(p.phrase)})`);
  const words = parts.length > 0 ? `\\b(?:${parts.join("|")})\\b` : "";
  const source = emoji ? words ? `${words}|(${EMOJI})` : `(${EMOJI})` : words;
  const check = source === "" && !on("required-section") && !on("prohibited-section") ? null : { pattern: source === "" ? null : new RegExp(source, emoji ? "giu" : "gi"), phrases, emojiGroup: emoji ? phrases.length + 1 : 0, required: on("required-section"), prohibited: on("prohibited-section"), profile };
  if (cacheable) compiled.set(rules, check);
  return check;
}
function sectionKey(text) {
  return text.toLowerCase().replace(/[*`]+/g, "").trim().replace(/^\d+(?:\.\d+)*[.)]?\s+/, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/\s*:\s*$/, "").replace(/[\s_-]+/g, "_").replace(/^_+|_+$/g, "");
}
var sectionTitle = (name) => name.replace(/_/g, " ").replace(/\b[a-z]/g, (c) => c.toUpperCase());
function maskInlineCode(line) {
  let out = "";
  let last = 0;
  let i = line.indexOf("`");
  while (i !== -1) {
    let end = i;
    while (line.charCodeAt(end) === 96) end++;
    const run = end - i;
    let close = -1;
    for (let j = line.indexOf("`", end); j !== -1; ) {
      let k = j;
      while (line.charCodeAt(k) === 96) k++;
      if (k - j === run) {
        close = k;
        break;
      }
      j = line.indexOf("`", k);
    }
    if (close === -1) {
      i = line.indexOf("`", end);
      continue;
    }
    out += line.slice(last, i) + " ".repeat(close - i);
    last = close;
    i = line.indexOf("`", close);
  }
  return last === 0 ? line : out + line.slice(last);
}
var FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
var FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
var HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t]*$/;
function contentFindings(body, bodyStartLine, data, check) {
  const type2 = typeof data?.type === "string" ? data.type : void 0;
  const subtype = typeof data?.subtype === "string" ? data.subtype : void 0;
  const spec2 = type2 === void 0 || !Object.hasOwn(check.profile.sections, type2) ? void 0 : check.profile.sections[type2];
  const required = check.required && spec2?.required && !(subtype !== void 0 && spec2.exemptSubtypes?.includes(subtype)) ? spec2.required : void 0;
  const prohibited = check.prohibited && spec2?.prohibited && spec2.prohibited.length > 0 ? new Set(spec2.prohibited.map(sectionKey)) : void 0;
  const re = check.pattern;
  const wantHeadings = required !== void 0 || prohibited !== void 0;
  if (!wantHeadings) {
    if (re === null) return [];
    re.lastIndex = 0;
    if (!re.test(body)) return [];
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let fence = null;
  let line = bodyStartLine - 1;
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf("\n", start);
    const end = nl === -1 ? body.length : nl;
    let text = body.slice(start, end);
    start = end + 1;
    line++;
    if (nl === -1 && text === "") break;
    if (text.endsWith("\r")) text = text.slice(0, -1);
    const f = FENCE_OPEN.exec(text);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && FENCE_CLOSE.test(text)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (wantHeadings) {
      const h = HEADING.exec(text);
      if (h && h[1] !== void 0) {
        const title = h[1].replace(/(?:^|[ \t]+)#+$/, "").trim();
        const key = sectionKey(title);
        seen.add(key);
        if (prohibited?.has(key)) {
          out.push({
            line,
            column: text.indexOf("#") + 1,
            rule: "prohibited-section",
            message: `"${title}" section: EDS v1.0 does not allow it in ${/^[aeiou]/.test(type2) ? "an" : "a"} ${type2}`,
            hint: "state the findings as tables and lists under the required sections and drop background or conceptual prose"
          });
        }
      }
    }
    if (re === null) continue;
    const prose = text.includes("`") ? maskInlineCode(text) : text;
    re.lastIndex = 0;
    let reported = null;
    let emojiAt = -1;
    let emojiText = "";
    let emojiMore = 0;
    for (let m = re.exec(prose); m !== null; m = re.exec(prose)) {
      if (check.emojiGroup !== 0 && m[check.emojiGroup] !== void 0) {
        if (emojiAt === -1) {
          emojiAt = m.index;
          emojiText = m[0];
        } else emojiMore++;
        continue;
      }
      let g = 1;
      while (m[g] === void 0) g++;
      if (reported?.includes(g)) continue;
      (reported ??= []).push(g);
      const p = check.phrases[g - 1];
      out.push({
        line,
        column: m.index + 1,
        rule: p.rule,
        message: p.rule === "prohibited-phrase" ? `user-oriented phrase "${m[0]}": EDS documents state facts and commands, not advice to a reader` : `tutorial phrase "${m[0]}": EDS documents are records, not tutorials`,
        hint: p.hint
      });
    }
    if (emojiAt !== -1) {
      out.push({
        line,
        column: emojiAt + 1,
        rule: "emoji",
        message: `emoji ${emojiText}${emojiMore > 0 ? ` (and ${emojiMore} more on this line)` : ""}: EDS v1.0 allows no emoji in artifacts`,
        hint: "write the word instead (done, failed, warning) or drop it"
      });
    }
  }
  if (required !== void 0) {
    for (const [name, what] of Object.entries(required)) {
      if (seen.has(sectionKey(name))) continue;
      const title = sectionTitle(name);
      out.push({ line: 1, column: 1, rule: "required-section", message: `${type2} has no "${title}" section`, hint: `add a heading "## ${title}" with ${what}` });
    }
  }
  return out;
}

// src/artifacts/fixedFileName.ts
function parseName(name, knownTypes) {
  const parsed = parseArtifactName(name, knownTypes);
  if (parsed === null || parsed.type !== null) return parsed;
  const rest = parsed.slug;
  const type2 = [...knownTypes].sort((a, b) => b.length - a.length).find((t) => rest.toLowerCase().startsWith(`${t}_`) && rest.length > t.length + 1);
  if (type2 !== void 0) return { ...parsed, type: type2, slug: rest.slice(type2.length + 1) };
  const cut = rest.lastIndexOf("_");
  return cut > 0 && cut < rest.length - 1 ? { ...parsed, slug: rest.slice(cut + 1) } : parsed;
}
function fixedFileName(name, data, title, knownTypes) {
  const type2 = typeof data.type === "string" && knownTypes.includes(data.type) && data.type !== "experiment_manifest" ? data.type : null;
  const parsed = /\.md$/.test(name) ? parseName(name, knownTypes) : null;
  const fromCreated = artifactStamp(data.created);
  if (parsed) {
    const dateOk = isRealDateTime(parsed.date, parsed.time);
    const slugOk = SLUG.test(parsed.slug) && parsed.slug.length <= SLUG_MAX;
    const typeKnown = parsed.type !== null;
    if (dateOk && slugOk && typeKnown && `${parsed.date}_${parsed.time}_${parsed.type}_${parsed.slug}.md` === name) return null;
    const stamp2 = dateOk ? `${parsed.date}_${parsed.time}` : fromCreated;
    const nameType = typeKnown ? parsed.type : type2;
    const slug2 = slugify(parsed.slug) || slugify(title);
    if (stamp2 === null || nameType === null || slug2 === "") return null;
    const fixed = `${stamp2}_${nameType}_${slug2}.md`;
    return fixed === name ? null : fixed;
  }
  const slug = slugify(title);
  if (fromCreated === null || type2 === null || slug === "") return null;
  return `${fromCreated}_${type2}_${slug}.md`;
}

// src/artifacts/freeName.ts
function freeName(dir, name, exists, self) {
  if (exists === void 0) return name;
  const at = (n) => dir === "" ? n : `${dir}/${n}`;
  const taken = (n) => at(n) !== self && exists(at(n));
  if (!taken(name)) return name;
  const stem = name.replace(/\.md$/, "");
  for (let i = 2; i < 1e3; i++) {
    const candidate = `${stem}-${i}.md`;
    if (!taken(candidate)) return candidate;
  }
  return name;
}

// schema/profiles/strict.json
var strict_default = {
  $comment: "validation-rules.json read to the letter: RFC 3339 timestamps (format date-time), at least one tag, the schema's five types (no plan), no handoff relaxation, and the checks etk adds as errors.",
  name: "strict",
  extends: "eds-1.0",
  description: "EDS v1.0 by validation-rules.json to the letter",
  types: {
    plan: null,
    report: {
      schema: "../strict/report.schema.json",
      folder: "reports"
    }
  },
  definitions: {
    dateTime: {
      type: "string",
      format: "date-time",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
      "x-expected": "an RFC 3339 date-time with offset",
      "x-fix": 'use an RFC 3339 date-time with offset in quotes, e.g. "2025-12-17T02:43:00+09:00" (etk validate --fix rewrites other forms)'
    },
    tags: {
      type: "array",
      items: {
        $ref: "#/definitions/tag"
      },
      uniqueItems: true,
      minItems: 1
    }
  },
  rules: {
    "type-mismatch": "error",
    "experiment-id-mismatch": "error",
    "experiment-folder": "error",
    "duplicate-artifact-id": "error",
    "updated-before-created": "error",
    "timestamp-offset": "error",
    "type-folder": "error",
    "document-folder": "error"
  }
};

// schema/strict/report.schema.json
var report_schema_default2 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://etk.invalid/schema/eds-1.0/strict-report.json",
  title: "EDS v1.0 report (strict: metrics, baseline and comparison always required)",
  allOf: [
    {
      $ref: "common.json#/definitions/artifact"
    },
    {
      type: "object",
      properties: {
        type: {
          const: "report"
        },
        subtype: {
          type: "string"
        },
        metrics: {
          type: "object"
        },
        baseline: {
          $ref: "common.json#/definitions/experimentId"
        },
        comparison: {
          type: "string",
          enum: [
            "improvement",
            "regression",
            "neutral"
          ]
        }
      },
      required: [
        "metrics",
        "baseline",
        "comparison"
      ]
    }
  ]
};

// src/artifacts/profile.ts
var TYPE_FOLDERS = Object.fromEntries(
  Object.entries(eds_1_0_default.types).map(([type2, t]) => [type2, t.folder])
);
var SCHEMA_FILES = { "../strict/report.schema.json": report_schema_default2 };
var PROFILES = {
  "eds-1.0": { statuses: DEFAULT_STATUSES, rules: eds_1_0_default.rules, schemas: void 0 },
  strict: {
    statuses: DEFAULT_STATUSES,
    rules: strict_default.rules,
    schemas: {
      types: Object.fromEntries(Object.entries(strict_default.types).map(([type2, t]) => [type2, t === null ? null : SCHEMA_FILES[t.schema]])),
      definitions: strict_default.definitions
    }
  }
};

// src/artifacts/fileRules.ts
var DATE_TIME_SHAPE = new RegExp(eds_common_schema_default.definitions.dateTime.pattern);
var pos = (l) => ({ line: l.line, column: l.column });
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirname(path) {
  return path.slice(0, path.lastIndexOf("/"));
}
function suggestedName(data, title, fallbackStamp) {
  const stamp2 = artifactStamp(data.created) ?? fallbackStamp;
  const type2 = typeof data.type === "string" ? data.type : null;
  const slug = slugify(title);
  if (!stamp2 || !type2 || !slug) return null;
  return `${stamp2}_${type2}_${slug}.md`;
}
function fileRules(input) {
  const { path, placement, data } = input;
  const out = [];
  const top = { line: 1, column: 1 };
  const name = basename(path);
  const type2 = typeof data.type === "string" ? data.type : void 0;
  if (placement.kind === "misplaced") {
    const where = placement.experimentDir === null ? "directly in the experiments root" : `at the root of ${placement.experimentDir}/`;
    const target = type2 !== void 0 && TYPE_FOLDERS[type2] ? `.metadata/${TYPE_FOLDERS[type2]}` : ".metadata/<type folder>";
    out.push({
      ...top,
      rule: "placement",
      message: `Markdown ${where}: README.md is the only Markdown allowed there; EDS artifacts belong in <experiment>/.metadata/<type>s/, other documents in artifacts/, outputs/, scripts/ or docs/`,
      hint: placement.experimentDir === null ? "move the file into an experiment folder's .metadata/ directory" : `git mv -- ${shellQuote(path)} ${shellQuote(`${dirname(path)}/${type2 !== void 0 && TYPE_FOLDERS[type2] ? target : "docs"}/${name}`)}`
    });
  }
  if (placement.kind === "document" && !placement.known) {
    out.push({ ...top, rule: "document-folder", message: `Markdown in a folder EDS does not name: an experiment holds .metadata/ (artifacts) and ${DEFAULT_LAYOUT.documentFolders.join("/, ")}/ (other documents)`, hint: `move it to one of those folders, or set the rule document-folder to "off" in etk.config.json` });
  }
  if (placement.kind === "artifact" && type2 !== void 0 && Object.hasOwn(TYPE_FOLDERS, type2)) {
    const want = TYPE_FOLDERS[type2];
    if (want && placement.folder !== want) {
      const here = placement.folder === null ? "directly in .metadata/" : `in .metadata/${placement.folder}/`;
      const owner = Object.entries(TYPE_FOLDERS).find(([, f]) => f === placement.folder)?.[0];
      const meta2 = path.slice(0, path.indexOf("/.metadata/") + "/.metadata/".length);
      out.push({ ...pos(input.locateValue(["type"])), rule: "type-folder", message: `a ${type2} ${here}${owner ? ` (the ${owner} folder)` : ""}: ${type2}s belong in .metadata/${want}/`, hint: `git mv -- ${shellQuote(path)} ${shellQuote(`${meta2}${want}/${name}`)}` });
    }
  }
  const experimentDir = placement.experimentDir;
  if (experimentDir !== null && !EXPERIMENT_ID.test(experimentDir)) {
    out.push({
      ...top,
      rule: "experiment-folder",
      message: `experiment folder "${experimentDir}" is not an experiment id (YYYYMMDD_HHMMSS_name, lowercase)`,
      hint: "rename the folder, e.g. 20251217_024343_image_enhancements, and set experiment_id to match"
    });
  }
  if (placement.kind !== "manifest" && type2 === "experiment_manifest") {
    out.push({ ...pos(input.locateValue(["type"])), rule: "placement", message: "an experiment_manifest must be the experiment's README.md", hint: `move it to <experiment>/README.md, or give it an artifact type (${input.knownTypes.filter((t) => t !== "experiment_manifest").join(", ")})` });
  }
  if (placement.kind === "artifact" || placement.kind === "misplaced") {
    const parsed = parseArtifactName(name, input.knownTypes);
    const suggest = () => suggestedName(data, input.title, parsed ? `${parsed.date}_${parsed.time}` : null);
    const renameHint = (suggestion = suggest()) => {
      if (!suggestion || suggestion === name) return "rename it to YYYYMMDD_HHMM_{type}_{slug}.md";
      const free = freeName(dirname(path), suggestion, input.exists, path);
      return `git mv -- ${shellQuote(path)} ${shellQuote(`${dirname(path)}/${free}`)}`;
    };
    const nameHint = () => {
      const fixed = fixedFileName(name, data, input.title, input.knownTypes);
      const hint = renameHint(fixed ?? suggest());
      const fixable = fixed !== null && freeName(dirname(path), fixed, input.exists, path) === fixed;
      return fixable ? `${hint}, or etk validate --fix renames it` : hint;
    };
    if (!parsed) {
      const style = nameStyle(name);
      out.push({ ...top, rule: "file-name", message: `file name "${name}" ${style ? `${style}; EDS names are` : "does not follow"} YYYYMMDD_HHMM_{type}_{slug}.md`, hint: nameHint() });
    } else {
      const problems = [];
      if (!isRealDateTime(parsed.date, parsed.time)) problems.push(`${parsed.date}_${parsed.time} is not a real date and time`);
      if (parsed.type === null) {
        problems.push(`no known type follows ${parsed.date}_${parsed.time}_ (types: ${input.knownTypes.filter((t) => t !== "experiment_manifest").join(", ")})`);
      } else {
        const slugWrong = slugProblem(parsed.slug);
        if (slugWrong) problems.push(slugWrong);
      }
      if (problems.length > 0) {
        out.push({ ...top, rule: "file-name", message: `file name "${name}": ${problems.join("; ")}`, hint: nameHint() });
      }
      if (type2 !== void 0 && parsed.type !== null && input.knownTypes.includes(type2) && parsed.type !== type2) {
        out.push({ ...pos(input.locateValue(["type"])), rule: "type-mismatch", message: `the file name says type ${parsed.type} but the frontmatter says ${type2}`, hint: suggest() ? `fix whichever is wrong: ${renameHint()}` : `make the file name's type and \`type\` agree` });
      }
    }
  }
  const expId = data.experiment_id;
  if (typeof expId === "string" && EXPERIMENT_ID.test(expId) && experimentDir !== null && EXPERIMENT_ID.test(experimentDir) && expId !== experimentDir) {
    out.push({ ...pos(input.locateValue(["experiment_id"])), rule: "experiment-id-mismatch", message: `experiment_id is ${expId} but the file is in the experiment folder ${experimentDir}`, hint: `set experiment_id: ${experimentDir}` });
  }
  const read = { created: readTimestamp(data.created), updated: readTimestamp(data.updated) };
  for (const key of ["created", "updated"]) {
    const t = read[key];
    if (t === null || t.zone !== "assumed" || !t.hasTime) continue;
    out.push({
      ...pos(input.locateValue([key])),
      rule: "timestamp-offset",
      message: t.unknownAbbreviation !== void 0 ? `${key}: the zone "${t.unknownAbbreviation}" is not one etk knows, so the time is read in the configured timezone` : `${key} has no time zone (${String(data[key])}), so it is read in the configured timezone`,
      hint: t.unknownAbbreviation !== void 0 ? 'write an offset ("2025-12-17T02:43:00+09:00") or a known abbreviation such as (KST), (UTC), (CET)' : 'add the zone, e.g. "2025-12-17 02:43 (KST)" or "2025-12-17T02:43:00+09:00"; etk validate --fix adds the configured timezone'
    });
  }
  for (const key of ["created", "updated"]) {
    const v = data[key];
    if (typeof v === "string" && read[key] === null && /^\d{4}-\d{2}-\d{2}/.test(v) && DATE_TIME_SHAPE.test(v)) {
      out.push({ ...pos(input.locateValue([key])), rule: "schema", message: `${key} is not a real date and time (found "${v}")`, hint: "check the month (01-12), the day of that month, the hour (00-23) and the minute (00-59)" });
    }
  }
  const metrics = data.metrics;
  if (type2 === "report" && metrics !== null && typeof metrics === "object" && !Array.isArray(metrics)) {
    for (const [name2, m] of Object.entries(metrics)) {
      const ok = typeof m === "number" && Number.isFinite(m) || m !== null && typeof m === "object" && typeof m.value === "number";
      if (!ok) {
        out.push({ ...pos(input.locateValue(["metrics", name2])), rule: "metric-value", message: `metric ${name2} is not a number nor {value: number}, so it is indexed with no value (metric_value NULL): listed, but neither compared nor charted, and never a baseline`, hint: `write it as ${name2}: 0.91, or ${name2}: {value: 0.91, baseline: 0.85, unit: ratio}` });
      }
    }
  }
  const { created, updated } = read;
  if (created !== null && updated !== null && updated.ms < created.ms) {
    out.push({ ...pos(input.locateValue(["updated"])), rule: "updated-before-created", message: `updated (${String(data.updated)}) is before created (${String(data.created)})`, hint: "set updated to the time of the last change, on or after created" });
  }
  if (input.knownKeys) {
    for (const key of Object.keys(data)) {
      if (input.knownKeys.has(key)) continue;
      const near = closest(key, input.knownKeys);
      if (near !== void 0) {
        out.push({ ...pos(input.locateKey([key])), rule: "unknown-key", message: `unknown field ${key}: did you mean ${near}?`, hint: `rename ${key} to ${near}` });
      }
    }
  }
  return out;
}

// src/artifacts/parseFrontmatter.ts
var import_gray_matter = __toESM(require_gray_matter(), 1);

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options2) {
    options2 = Object.create(options2 || null);
    if (!mark.buffer) return null;
    if (!options2.maxLength) options2.maxLength = 79;
    if (typeof options2.indent !== "number") options2.indent = 1;
    if (typeof options2.linesBefore !== "number") options2.linesBefore = 3;
    if (typeof options2.linesAfter !== "number") options2.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options2.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options2.maxLength - (options2.indent + lineNoLength + 3);
    for (let i = 1; i <= options2.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options2.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options2.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options2.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options2.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options2.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options2) {
    options2 = options2 || {};
    Object.keys(options2).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options2;
    this.tag = tag;
    this.kind = options2["kind"] || null;
    this.resolve = options2["resolve"] || function() {
      return true;
    };
    this.construct = options2["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options2["instanceOf"] || null;
    this.predicate = options2["predicate"] || null;
    this.represent = options2["represent"] || null;
    this.representName = options2["representName"] || null;
    this.defaultStyle = options2["defaultStyle"] || null;
    this.multi = options2["multi"] || false;
    this.styleAliases = compileStyleAliases(options2["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str3;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str3;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str3 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str3;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int2;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int2;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json2;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json2;
  hasRequiredJson = 1;
  json2 = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json2;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options2) {
    this.input = input;
    this.filename = options2["filename"] || null;
    this.schema = options2["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options2["onWarning"] || null;
    this.legacy = options2["legacy"] || false;
    this.json = options2["json"] || false;
    this.listener = options2["listener"] || null;
    this.maxDepth = typeof options2["maxDepth"] === "number" ? options2["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options2["maxTotalMergeKeys"] === "number" ? options2["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options2) {
    input = String(input);
    options2 = options2 || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options2);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options2) {
    if (iterator !== null && typeof iterator === "object" && typeof options2 === "undefined") {
      options2 = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options2);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options2) {
    const documents = loadDocuments(input, options2);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options2) {
    this.schema = options2["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options2["indent"] || 2);
    this.noArrayIndent = options2["noArrayIndent"] || false;
    this.skipInvalid = options2["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options2["flowLevel"]) ? -1 : options2["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options2["styles"] || null);
    this.sortKeys = options2["sortKeys"] || false;
    this.lineWidth = options2["lineWidth"] || 80;
    this.noRefs = options2["noRefs"] || false;
    this.noCompatMode = options2["noCompatMode"] || false;
    this.condenseFlow = options2["condenseFlow"] || false;
    this.quotingType = options2["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options2["forceQuotes"] || false;
    this.replacer = typeof options2["replacer"] === "function" ? options2["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str22) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str22)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos2) {
    const first = string.charCodeAt(pos2);
    let second;
    if (first >= 55296 && first <= 56319 && pos2 + 1 < string.length) {
      second = string.charCodeAt(pos2 + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep2 = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep2 ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options2) {
    options2 = options2 || {};
    const state = new State(options2);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml2 = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml2;

// src/artifacts/parseFrontmatter.ts
var import_yaml = __toESM(require_dist(), 1);

// src/artifacts/yamlMistakes.ts
var KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"[\]{}&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):[ \t]+(.*)$/;
function spacesFor(lines, i, lead) {
  for (let j = i - 1; j >= 0; j--) {
    const above = lines[j].replace(/\r$/, "");
    if (above.trim() === "" || above.trim().startsWith("#")) continue;
    const indent = /^ */.exec(above)[0].length;
    if (above.includes("	")) break;
    return /:\s*(#.*)?$/.test(above) ? indent + 2 : indent;
  }
  return lead.replace(/\t/g, "  ").length;
}
function tabIndent(yaml3) {
  const lines = yaml3.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lead = /^[ \t]*/.exec(lines[i])[0];
    if (!lead.includes("	") || lines[i].trim() === "") continue;
    const spaces = spacesFor(lines, i, lead);
    const fixed = `${" ".repeat(spaces)}${lines[i].slice(lead.length).replace(/\r$/, "")}`;
    return {
      line: i + 1,
      column: lead.indexOf("	") + 1,
      message: "a tab indents this line; YAML indents with spaces only",
      hint: spaces === 0 ? `remove the tab: \`${fixed}\`` : `indent with ${spaces} spaces instead: \`${fixed}\``
    };
  }
  return void 0;
}
function colonInPlainValue(yaml3) {
  const lines = yaml3.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const m = KEY_VALUE.exec(line);
    if (!m) continue;
    const value = m[3].replace(/\s+#.*$/, "").trimEnd();
    if (/^["'[{|>&*!]/.test(value) || !/:(\s|$)/.test(value)) continue;
    const key = m[2].trimEnd();
    return {
      line: i + 1,
      column: line.length - m[3].length + 1,
      message: `the value of ${key} holds ": ", which YAML reads as the start of another field`,
      hint: `quote the value: ${m[1].trimStart()}${key}: ${JSON.stringify(value)}`
    };
  }
  return void 0;
}
function closingEdit(line, valueColumn) {
  const text = line.replace(/\r$/, "").trimEnd();
  const value = text.slice(valueColumn - 1);
  const open = value[0];
  const close = open === '"' ? '"' : open === "'" ? "'" : open === "[" ? "]" : open === "{" ? "}" : void 0;
  if (close === void 0) return void 0;
  return `${text.trimStart()}${close}`;
}

// src/artifacts/parseFrontmatter.ts
var MAX_FRONTMATTER_VALUES = 1e4;
var FENCE = /^---[ \t]*$/;
function refuseLanguage(language) {
  return () => {
    throw new Error(`frontmatter language ${language} is not allowed`);
  };
}
var MATTER_OPTIONS = {
  language: "yaml",
  excerpt: false,
  engines: {
    yaml: (source) => yaml2.load(source, { schema: yaml2.CORE_SCHEMA }),
    js: refuseLanguage("js"),
    javascript: refuseLanguage("javascript"),
    coffee: refuseLanguage("coffee"),
    coffeescript: refuseLanguage("coffeescript"),
    json: refuseLanguage("json"),
    toml: refuseLanguage("toml")
  }
};
function countValues(root, limit) {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return count;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === "object") {
      for (const x of Object.values(v)) stack.push(x);
    }
  }
  return count;
}
function lineColumnOf(text, offset) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
function unclosedOpening(source) {
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?[^\s:#][^:#]*:\s+|\s*-\s+)(.*)$/.exec(lines[i].replace(/\r$/, ""));
    if (!m) continue;
    const value = m[2];
    const col = m[1].length + 1;
    if (value.startsWith('"')) {
      const body = value.slice(1).replace(/\\./g, "");
      if (!body.includes('"')) return { line: i + 1, column: col, message: "this double-quoted value is never closed" };
    } else if (value.startsWith("'")) {
      const body = value.slice(1).replace(/''/g, "");
      if (!body.includes("'")) return { line: i + 1, column: col, message: "this single-quoted value is never closed" };
    } else if (value.startsWith("[") || value.startsWith("{")) {
      const text = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, "");
      const opens = (text.match(/[[{]/g) ?? []).length;
      const closes = (text.match(/[\]}]/g) ?? []).length;
      if (opens > closes) {
        let depth = opens - closes;
        for (let j = i + 1; j < lines.length && depth > 0; j++) {
          if (/^\S/.test(lines[j])) break;
          const t = lines[j].replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, "");
          depth += (t.match(/[[{]/g) ?? []).length - (t.match(/[\]}]/g) ?? []).length;
        }
        if (depth > 0) return { line: i + 1, column: col, message: `this ${value[0] === "[" ? "list [" : "mapping {"} is never closed` };
      }
    }
  }
  return void 0;
}
function tagPosition(source, reason) {
  if (!reason || !/unknown tag/i.test(reason)) return void 0;
  const m = /!{1,2}[^\s,\]}]*/.exec(source);
  if (!m) return void 0;
  const at = lineColumnOf(source, m.index);
  return { line: at.line, column: at.column, message: `the YAML tag ${m[0]} is not allowed; etk reads plain YAML values only` };
}
function firstYamlError(source) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const err = doc.errors[0];
  if (!err) return void 0;
  const at = lineCounter.linePos(err.pos[0]);
  return { line: at.line, column: at.col, message: err.message.replace(/ at line \d+, column \d+.*$/s, "") };
}
function parseFrontmatter(text) {
  const findings = [];
  const empty = (body2) => ({ data: null, yaml: "", yamlStartLine: 2, body: body2, bodyStartLine: 1, findings });
  const crlf = text.indexOf("\r\n");
  if (crlf !== -1) {
    findings.push({
      ...lineColumnOf(text, crlf),
      rule: "line-endings",
      message: "file uses CRLF (Windows) line endings",
      hint: "convert to LF, e.g. set `* text=auto eol=lf` in .gitattributes, or run dos2unix on the file"
    });
  }
  const firstBreak = text.indexOf("\n");
  const firstLine = (firstBreak === -1 ? text : text.slice(0, firstBreak)).replace(/\r$/, "");
  if (!FENCE.test(firstLine)) {
    const language = /^---\s*([A-Za-z][\w-]*)\s*$/.exec(firstLine)?.[1];
    if (language !== void 0) {
      findings.push({
        line: 1,
        column: 4,
        rule: "frontmatter-language",
        message: `frontmatter fence names the language "${language}"; etk reads YAML only and never evaluates frontmatter`,
        hint: "write the opening fence as a bare --- and the fields as YAML"
      });
    } else {
      findings.push({
        line: 1,
        column: 1,
        rule: "frontmatter-missing",
        message: "file has no YAML frontmatter (the first line must be ---)",
        hint: "start the file with a --- line, the fields (ads_version, type, status, created, updated, tags, ...), and a closing --- line"
      });
    }
    return empty(text);
  }
  let lineNo = 1;
  let closeStart = -1;
  let closeEnd = -1;
  let pos2 = firstBreak;
  while (pos2 !== -1) {
    const start = pos2 + 1;
    const next = text.indexOf("\n", start);
    lineNo++;
    const line = (next === -1 ? text.slice(start) : text.slice(start, next)).replace(/\r$/, "");
    if (FENCE.test(line)) {
      closeStart = start;
      closeEnd = next === -1 ? text.length : next + 1;
      break;
    }
    pos2 = next;
  }
  if (closeStart === -1) {
    findings.push({
      line: 1,
      column: 1,
      rule: "frontmatter-unclosed",
      message: "frontmatter opened at line 1 is never closed",
      hint: "add a line with --- after the last frontmatter field"
    });
    return empty(text);
  }
  const closeLine = lineNo;
  const yamlText = firstBreak === -1 ? "" : text.slice(firstBreak + 1, closeStart);
  const body = text.slice(closeEnd);
  const result = { data: null, yaml: yamlText, yamlStartLine: 2, body, bodyStartLine: closeLine + 1, findings };
  if (!/^[ \t]*[^\s#]/m.test(yamlText)) {
    findings.push({
      line: 1,
      column: 1,
      rule: "frontmatter-empty",
      message: "frontmatter is empty",
      hint: "add the EDS fields between the fences: ads_version, type, status, created, updated, tags"
    });
    return result;
  }
  const marker = /^(---|\.\.\.)(?=[^\n]*\S)[^\n]*$/m.exec(yamlText);
  if (marker) {
    const at = lineColumnOf(yamlText, marker.index);
    findings.push({
      line: at.line + 1,
      column: 1,
      rule: "yaml-syntax",
      message: `"${marker[0].trim()}" inside the frontmatter starts a new YAML document`,
      hint: "close the frontmatter with a line that is exactly ---, and indent or quote text that begins with ---"
    });
    return result;
  }
  const deep = yamlTooDeep(yamlText);
  if (deep) {
    findings.push({
      line: deep.line + 1,
      column: deep.column,
      rule: "yaml-depth",
      message: `frontmatter nests deeper than ${MAX_NESTING} levels here; etk does not parse it`,
      hint: "flatten the frontmatter: fields, lists and small maps; put deep data in a file the artifact links to"
    });
    return result;
  }
  let data;
  try {
    data = (0, import_gray_matter.default)(text.slice(0, closeEnd), MATTER_OPTIONS).data;
  } catch (err) {
    const e = err;
    if (e.name === "YAMLException" && e.mark) {
      const duplicate = /duplicated mapping key/.test(e.reason ?? "");
      const unclosed = duplicate ? void 0 : unclosedOpening(yamlText);
      const mistake = duplicate || unclosed ? void 0 : tabIndent(yamlText) ?? colonInPlainValue(yamlText);
      const precise = duplicate ? void 0 : unclosed ?? mistake ?? tagPosition(yamlText, e.reason) ?? firstYamlError(yamlText);
      const closing = unclosed ? closingEdit(yamlText.split("\n")[unclosed.line - 1] ?? "", unclosed.column) : void 0;
      findings.push({
        line: precise ? precise.line + 1 : e.mark.line + 1,
        column: precise ? precise.column : e.mark.column + 1,
        rule: duplicate ? "yaml-duplicate-key" : "yaml-syntax",
        message: duplicate ? "this key appears twice in the frontmatter" : `YAML syntax error: ${precise?.message ?? e.reason ?? "cannot parse"}`,
        hint: duplicate ? "keep one of the two entries (YAML keys must be unique)" : mistake !== void 0 ? mistake.hint : closing !== void 0 ? `close it on this line: ${closing}` : /tag/.test(precise?.message ?? "") ? "remove the !tag and write the value as plain YAML" : 'check indentation, unbalanced quotes and brackets, and a missing space after ":" on this line'
      });
    } else {
      findings.push({ line: 2, column: 1, rule: "yaml-syntax", message: `frontmatter cannot be read: ${e.message ?? String(err)}`, hint: "write the frontmatter as plain YAML key: value fields" });
    }
    return result;
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length === 0) data = null;
  if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
    findings.push({
      line: 2,
      column: 1,
      rule: data === null || data === void 0 ? "frontmatter-empty" : "frontmatter-not-mapping",
      message: data === null || data === void 0 ? "frontmatter is empty" : `frontmatter must be key: value fields, found ${Array.isArray(data) ? "a list" : `a ${typeof data}`}`,
      hint: "write each field on its own line as key: value"
    });
    return result;
  }
  if (countValues(data, MAX_FRONTMATTER_VALUES) > MAX_FRONTMATTER_VALUES) {
    const anchors = new Set([...yamlText.matchAll(/&([^\s,\[\]{}]+)/g)].map((m) => m[1]));
    const alias = [...yamlText.matchAll(/\*([^\s,\[\]{}]+)/g)].find((m) => anchors.has(m[1]));
    const at = alias?.index !== void 0 ? lineColumnOf(yamlText, alias.index) : { line: 1, column: 1 };
    findings.push({
      line: at.line + 1,
      column: at.column,
      rule: "yaml-alias-limit",
      message: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values through YAML aliases`,
      hint: "write the values out instead of nesting aliases (&anchor / *alias)"
    });
    return result;
  }
  result.data = data;
  return result;
}

// src/artifacts/schemaMessages.ts
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function fieldName(path) {
  let out = "";
  for (const seg of path) {
    if (/^\d+$/.test(seg) && out !== "") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}
function isPlaceholder(value) {
  return typeof value === "string" && /^<[^<>\n]+>$/.test(value);
}
function describe(value, source) {
  if (isPlaceholder(value)) return `the placeholder ${value}`;
  if (typeof value !== "string" && typeof value !== "object" && source !== void 0 && source !== "") {
    return source.length > 60 ? `${source.slice(0, 57)}...` : source;
  }
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
function kindOf(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object (key: value fields)",
  null: "empty"
};
var NOISE = /* @__PURE__ */ new Set(["if", "allOf", "anyOf", "oneOf", "$ref"]);
var PROBE_VALUE = "\0etk-probe";
function expectedFor(path, probe) {
  if (probe === void 0) return void 0;
  const pointer = `/${path.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
  const errs = probe(path).filter((e) => e.instancePath === pointer && !NOISE.has(e.keyword));
  const enumErr = errs.find((e) => e.keyword === "enum");
  if (enumErr) return `one of: ${enumErr.params.allowedValues.map(String).join(", ")}`;
  const typeErr = errs.find((e) => e.keyword === "type");
  if (typeErr) return String(typeErr.params.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or ");
  const shaped = errs.find((e) => e.keyword === "pattern" || e.keyword === "format");
  const expected = shaped?.parentSchema?.["x-expected"];
  return typeof expected === "string" ? expected : void 0;
}
function fixNote(path, keyword, data) {
  const [field] = path;
  if (field === "ads_version" && path.length === 1 && (keyword === "required" || keyword === "type" && typeof data === "number")) return "etk validate --fix does this";
  if (field === "tags" && path.length === 2 && keyword === "pattern" && typeof data === "string" && slugify(data, Number.MAX_SAFE_INTEGER) !== "") {
    return `etk validate --fix rewrites it as ${slugify(data, Number.MAX_SAFE_INTEGER)}`;
  }
  if (field === "tags" && path.length === 1 && keyword === "uniqueItems") return "etk validate --fix removes it";
  if ((field === "created" || field === "updated") && path.length === 1 && keyword === "pattern") return "etk validate --fix rewrites a date it can read (2025/12/17 14:30, Dec 17 2025) as ISO 8601";
  return void 0;
}
function schemaFindings(errors, ctx) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of errors) {
    if (NOISE.has(err.keyword)) continue;
    const path = pointerToPath(err.instancePath);
    const parent = err.parentSchema;
    const hintFromSchema = parent?.["x-fix"];
    const expected = parent?.["x-expected"];
    let hint = typeof hintFromSchema === "string" ? hintFromSchema : void 0;
    let message;
    let at;
    if (err.keyword === "required") {
      const missing = err.params.missingProperty;
      const full = [...path, missing];
      const key2 = `required:${full.join("\0")}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      if (path.length === 0) {
        at = { line: 1, column: 1 };
        message = `missing required field ${missing} (required for type ${ctx.type})`;
      } else {
        at = ctx.locate(path);
        message = `${fieldName(path)} is missing required field ${missing}`;
      }
      const expected2 = expectedFor(full, ctx.probe);
      hint = `add a line \`${missing}: ${expected2 === void 0 ? "..." : "<value>"}\`${path.length === 0 ? " to the frontmatter" : ` under ${fieldName(path)}`}${expected2 === void 0 ? "" : `, where <value> is ${expected2}`}`;
      const fix2 = fixNote(full, "required", void 0);
      if (fix2 !== void 0) hint += `; ${fix2}`;
      findings.push({ ...at, rule: "schema", message, hint });
      continue;
    }
    const key = `value:${path.join("\0")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const located = ctx.locate(path);
    at = { line: located.line, column: located.column };
    const name = fieldName(path) || "frontmatter";
    const found = describe(err.data, located.source);
    const p = err.params;
    switch (err.keyword) {
      case "enum": {
        const allowed = p.allowedValues.map(String);
        message = `${name} must be one of ${allowed.join(", ")} (found ${found})`;
        hint ??= `use one of: ${allowed.join(", ")}`;
        break;
      }
      case "const":
        message = `${name} must be ${JSON.stringify(p.allowedValue)} (found ${found})`;
        break;
      case "type": {
        const want = String(p.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or ");
        message = typeof err.data === "object" || err.data === void 0 ? `${name} must be ${want} (found ${kindOf(err.data)})` : isPlaceholder(err.data) ? `${name} must be ${want} (found ${found})` : `${name} must be ${want} (found ${found}, ${kindOf(err.data)})`;
        if (!hint && String(p.type) === "string" && located.source !== void 0 && typeof err.data !== "object") {
          hint = `quote the value: ${path[path.length - 1] ?? name}: "${located.source}"`;
        }
        if (!hint && String(p.type) === "array") hint = `write ${name} as a list, e.g. ${name}: [a, b] or one "- item" per line`;
        if (!hint && String(p.type) === "integer") hint = `write a whole number, e.g. ${path[path.length - 1] ?? name}: ${Math.max(0, Math.round(Number(err.data)) || 0)}`;
        hint ??= `write ${name} as ${want}`;
        break;
      }
      case "pattern":
      case "format":
        message = typeof expected === "string" ? `${name} must be ${expected} (found ${found})` : `${name} has an invalid format (found ${found})`;
        if (err.keyword === "pattern" && !hint) hint = `match the pattern ${String(p.pattern)}`;
        break;
      case "uniqueItems": {
        const first = Math.min(p.i, p.j);
        const later = Math.max(p.i, p.j);
        message = `${name} lists ${describe(err.data[first], void 0)} twice (items ${first + 1} and ${later + 1})`;
        at = ctx.locate([...path, String(later)]);
        hint ??= "remove the duplicate";
        break;
      }
      case "minItems":
        message = `${name} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
        break;
      case "maxItems":
        message = `${name} must have at most ${String(p.limit)} items`;
        break;
      case "minLength":
        message = p.limit === 1 ? `${name} must not be empty` : `${name} must be at least ${String(p.limit)} characters long`;
        break;
      case "maxLength":
        message = `${name} must be at most ${String(p.limit)} characters long`;
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        message = `${name} must be ${String(p.comparison)} ${String(p.limit)} (found ${found})`;
        hint ??= `use a value ${String(p.comparison)} ${String(p.limit)}`;
        break;
      case "additionalProperties":
        message = `${name} has an unexpected field ${String(p.additionalProperty)}`;
        at = ctx.locate([...path, String(p.additionalProperty)]);
        break;
      default:
        message = `${name} ${err.message ?? "is invalid"}${err.data !== void 0 ? ` (found ${found})` : ""}`;
    }
    hint ??= "see the EDS v1.0 schema for this type in etk's schema/ folder";
    const fix = fixNote(path, err.keyword, err.data);
    if (fix !== void 0 && !hint.includes("etk validate --fix")) hint += `; ${fix}`;
    if (isPlaceholder(err.data)) hint = `fill in the placeholder: ${hint}`;
    findings.push({ ...at, rule: "schema", message, hint });
  }
  return findings;
}

// src/artifacts/withValueAt.ts
function withValueAt(data, path, value) {
  if (path.length === 0) return null;
  const copy = structuredClone(data);
  let at = copy;
  for (const step of path.slice(0, -1)) {
    if (at === null || typeof at !== "object") return null;
    at = at[step];
  }
  if (at === null || typeof at !== "object") return null;
  at[path[path.length - 1]] = value;
  return copy;
}

// src/artifacts/yamlPositions.ts
var import_yaml2 = __toESM(require_dist(), 1);
var YamlPositions = class {
  constructor(yamlText, startLine) {
    this.yamlText = yamlText;
    this.startLine = startLine;
    this.doc = (0, import_yaml2.parseDocument)(yamlTooDeep(yamlText) ? "" : yamlText, { lineCounter: this.counter, uniqueKeys: false, prettyErrors: false });
  }
  yamlText;
  startLine;
  doc;
  counter = new import_yaml2.LineCounter();
  at(offset) {
    const p = this.counter.linePos(offset);
    return { line: p.line + this.startLine - 1, column: p.col };
  }
  walk(path) {
    let node = this.doc.contents;
    let key = null;
    for (const seg of path) {
      if ((0, import_yaml2.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml2.isPair)(p) && String((0, import_yaml2.isScalar)(p.key) ? p.key.value : p.key) === seg);
        if (!pair) return { value: null, key: null };
        key = pair.key ?? null;
        node = pair.value;
      } else if ((0, import_yaml2.isSeq)(node)) {
        const item = node.items[Number(seg)];
        if (item === void 0) return { value: null, key: null };
        key = null;
        node = item;
      } else {
        return { value: null, key: null };
      }
    }
    return { value: node ?? null, key };
  }
  /** Position of the value at `path` (falls back to its key, then to the nearest ancestor that exists). */
  value(path) {
    for (let n = path.length; n >= 0; n--) {
      const { value, key } = this.walk(path.slice(0, n));
      const node = value?.range ? value : key;
      if (node?.range) {
        const [start, end] = node.range;
        return { ...this.at(start), source: this.yamlText.slice(start, end).trimEnd() };
      }
      if (n === 0) break;
    }
    return { line: this.startLine - 1, column: 1 };
  }
  /** Position of the key at `path`. */
  key(path) {
    const { key } = this.walk(path);
    if (key?.range) return this.at(key.range[0]);
    return this.value(path);
  }
};

// src/artifacts/validateFile.ts
var HUMANIZE = (s) => s.replace(/[-_]+/g, " ").trim();
function firstHeading(body) {
  let fence = null;
  for (const raw of body.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^ {0,3}#(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
    if (!m || m[1] === void 0) continue;
    const text = m[1].replace(/(?:^|[ \t]+)#+$/, "").trim();
    if (text !== "") return text;
  }
  return void 0;
}
function deriveTitle(data, body, path) {
  const t = data?.title;
  if (typeof t === "string" && t.trim() !== "") return t.trim();
  const heading = firstHeading(body);
  if (heading) return heading;
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  const m = /^\d{8}_\d{4}_[a-z0-9_]+?_([^_]+)$/.exec(base);
  return HUMANIZE(m ? m[1] : base);
}
function validateFile(file, env) {
  const placement = classifyPath(file.path, env.root);
  if (placement.kind === "ignored") return null;
  const result = { path: file.path, size: file.size ?? file.bytes.byteLength, placement, data: null, body: "", bodyStartLine: 1, yaml: "", yamlStartLine: 2, title: deriveTitle(null, "", file.path), findings: [] };
  if (file.unread) {
    result.findings.push(file.unread);
    if (placement.kind === "metadata") {
      result.title = placement.file;
      result.experiment = null;
    }
    return result;
  }
  if (placement.kind === "metadata") return metadataResult(file, result, placement.file, env.maxFileSize);
  const size = result.size;
  if (size > env.maxFileSize) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    result.findings.push({ line: 1, column: 1, rule: "file-too-large", message: `file is ${mb(size)}, over the limit of ${mb(env.maxFileSize)}`, hint: "move data out of the Markdown (link to it instead), or raise maxFileSize in etk.config.json" });
    return result;
  }
  const decoded = decodeArtifact(file.bytes);
  result.findings.push(...decoded.findings);
  if (decoded.text === null) return result;
  const parsed = parseFrontmatter(decoded.text);
  const exempt = placement.kind === "manifest" || placement.kind === "document";
  const declaresEds = (d) => d !== null && (placement.kind === "manifest" ? d.type === "experiment_manifest" : "ads_version" in d || "type" in d);
  if (exempt && !declaresEds(parsed.data)) {
    result.body = parsed.data === null ? decoded.text : parsed.body;
    result.bodyStartLine = parsed.data === null ? 1 : parsed.bodyStartLine;
    result.yaml = parsed.data === null ? "" : parsed.yaml;
    result.yamlStartLine = parsed.yamlStartLine;
    result.data = parsed.data;
    result.title = deriveTitle(parsed.data, result.body, file.path);
    if (placement.kind === "manifest" && parsed.data !== null) result.experiment = factsOf(parsed.data, "README.md");
    return result;
  }
  result.findings.push(...parsed.findings);
  result.body = parsed.body;
  result.bodyStartLine = parsed.bodyStartLine;
  result.yaml = parsed.yaml;
  result.yamlStartLine = parsed.yamlStartLine;
  result.title = deriveTitle(parsed.data, parsed.body, file.path);
  if (placement.kind === "artifact") {
    const check = contentCheckFor(env.rules);
    if (check) result.findings.push(...contentFindings(parsed.body, parsed.bodyStartLine, parsed.data, check));
  }
  result.data = parsed.data;
  if (placement.kind === "manifest" && parsed.data !== null) result.experiment = factsOf(parsed.data, "README.md");
  const data = parsed.data ?? {};
  let positions;
  const located = () => positions ??= new YamlPositions(parsed.yaml, parsed.yamlStartLine);
  const locateValue = (path) => located().value(path);
  const locateKey = (path) => located().key(path);
  const type2 = typeof data.type === "string" ? data.type : void 0;
  let schema2 = type2 === void 0 ? void 0 : env.schemas.get(type2);
  if (type2 !== void 0 && schema2 === void 0) {
    const names = env.schemas.typeNames();
    const near = closest(type2, names);
    result.findings.push({
      ...locateValue(["type"]),
      rule: "unknown-type",
      message: `unknown artifact type "${type2}"${near ? `: did you mean ${near}?` : ""}`,
      hint: `use one of ${names.join(", ")}, or declare the type with its schema under "types" in etk.config.json`
    });
  }
  const typeSchema = schema2 ?? env.schemas.generic;
  if (parsed.data !== null && !typeSchema.validate(data)) {
    const errors = [...typeSchema.validate.errors ?? []];
    const probe = (path) => {
      const copy = withValueAt(data, path, PROBE_VALUE);
      if (copy === null || typeSchema.validate(copy)) return [];
      return typeSchema.validate.errors ?? [];
    };
    const found = schemaFindings(errors, { type: type2 ?? "(none)", locate: locateValue, probe });
    for (const f of found) result.findings.push({ line: f.line, column: f.column, rule: f.rule, message: f.message, ...f.hint ? { hint: f.hint } : {} });
  }
  result.findings.push(
    ...fileRules({
      path: file.path,
      placement,
      data,
      title: result.title,
      knownTypes: env.schemas.typeNames(),
      knownKeys: schema2 ? schema2.knownKeys : type2 === void 0 ? env.schemas.generic.knownKeys : null,
      locateValue,
      locateKey,
      exists: env.exists
    })
  );
  for (const f of result.findings) delete f.source;
  return result;
}
function metadataResult(file, result, source, maxFileSize) {
  result.title = source;
  if (result.size > maxFileSize) {
    result.findings.push({ line: 1, column: 1, rule: "file-too-large", message: `file is ${(result.size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(maxFileSize / 1024 / 1024).toFixed(1)} MB`, hint: "keep experiment metadata small, or raise maxFileSize in etk.config.json" });
    result.experiment = null;
    return result;
  }
  const read = readMetadataFile(file.bytes, source);
  result.findings.push(...read.findings);
  result.experiment = read.facts;
  return result;
}

// src/artifacts/validateMany.ts
var VANISHED = outcomeId({ kind: "unreadable", code: "ENOENT" });
var BATCH = 250;
async function judgeInBatches(job, schemas, onBatch, yieldBetween) {
  const env = { root: job.root, schemas, maxFileSize: job.maxFileSize, rules: job.rules, exists: (path) => existsSync(`${job.base}/${path}`) };
  const hash = new Set(job.hashPaths ?? []);
  const folders = /* @__PURE__ */ new Map();
  let batch = [];
  for (const path of job.paths) {
    const file = readWorktreeFile(`${job.base}/${path}`, job.base, job.maxFileSize, folders);
    if (job.missingToCaller && file.id === VANISHED && !hash.has(path)) continue;
    const r = validateFile(file, env);
    if (r) {
      if (hash.has(path)) r.blob = file.id ?? blobId(file.bytes);
      if (!job.keepBody) r.body = "";
      batch.push(job.rows ? rowsFor(r, r.blob ?? "", applySeverity(r.path, r.findings, job.rules), job.rows.root, job.rows.timezone) : r);
    }
    if (batch.length === BATCH) {
      onBatch(batch);
      batch = [];
      if (yieldBetween) await yieldToEvents();
    }
  }
  if (batch.length > 0) onBatch(batch);
}
var workerEntry = null;
function enableWorkers(entry) {
  workerEntry = entry;
}
var MIN_FILES_PER_THREAD = 1500;
function threadCount(files, env = process.env) {
  const forced = env.ETK_THREADS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.max(1, Math.min(Number(forced), files));
  return Math.max(1, Math.min(4, availableParallelism(), Math.floor(files / MIN_FILES_PER_THREAD)));
}
function runInWorker(entry, job, onBatch) {
  return new Promise((resolve2, reject) => {
    const message = { etkWorker: "validate", job };
    const worker = new Worker(entry, { workerData: message, stdout: false, stderr: false });
    let finished = false;
    worker.on("message", (m) => {
      if ("batch" in m) onBatch(m.batch);
      else {
        finished = true;
        resolve2();
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!finished) reject(new Error(`validation worker exited with code ${code} before finishing`));
    });
  });
}
async function validateWorktreeStream(job, schemas, onBatch, options2 = { callerShare: "even" }) {
  const threads = workerEntry ? threadCount(job.paths.length) : 1;
  if (process.env.ETK_DEBUG?.includes("threads")) process.stderr.write(`etk: ${job.paths.length} files on ${threads} thread(s)
`);
  if (threads === 1) return judgeInBatches(job, schemas, onBatch, false);
  const ownShare = options2.callerShare === "none" ? 0 : Math.ceil(job.paths.length / threads * 1.1);
  const workers = options2.callerShare === "none" ? threads - 1 : threads - 1;
  const own = job.paths.slice(0, ownShare);
  const size = Math.ceil((job.paths.length - ownShare) / workers);
  const pending = Array.from({ length: workers }, (_, i) => job.paths.slice(ownShare + i * size, ownShare + (i + 1) * size)).filter((paths) => paths.length > 0).map((paths) => runInWorker(workerEntry, { ...job, paths }, onBatch));
  await judgeInBatches({ ...job, paths: own }, schemas, onBatch, true);
  await Promise.all(pending);
}
async function validateWorktreeParallel(job, schemas) {
  const byPath = /* @__PURE__ */ new Map();
  const { rows: _rows, ...plain } = job;
  await validateWorktreeStream(plain, schemas, (batch) => {
    for (const r of batch) byPath.set(r.path, r);
  });
  const out = [];
  for (const p of job.paths) {
    const r = byPath.get(p);
    if (r) out.push(r);
  }
  return out;
}
async function workerMain(message, post) {
  const schemas = await SchemaSet.load(message.job.schemaOptions);
  await judgeInBatches(message.job, schemas, (batch) => post({ batch }), false);
  post({ done: true });
}

// src/db/openDb.ts
import { existsSync as existsSync3, mkdirSync, rmSync, statSync as statSync3 } from "node:fs";
import { dirname as dirname3 } from "node:path";
import { DatabaseSync as DatabaseSync3 } from "node:sqlite";
import { pathToFileURL } from "node:url";

// src/db/databaseError.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname2 } from "node:path";
var SQLITE_PERM = 3;
var SQLITE_BUSY = 5;
var SQLITE_LOCKED = 6;
var SQLITE_NOMEM = 7;
var SQLITE_READONLY = 8;
var SQLITE_IOERR = 10;
var SQLITE_CORRUPT = 11;
var SQLITE_FULL = 13;
var SQLITE_CANTOPEN = 14;
var SQLITE_NOTADB = 26;
var WHERE = '--db (or "database" in etk.config.json)';
var UNCHANGED = "the index is as it was before (a sync applies all or nothing)";
function checkDatabasePath(path) {
  let kind = null;
  try {
    const s = statSync2(path);
    if (s.isFile()) return;
    kind = s.isDirectory() ? "a folder" : s.isCharacterDevice() ? "a character device" : s.isFIFO() ? "a named pipe" : s.isSocket() ? "a socket" : "not a regular file";
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return;
    if (code === "ENOTDIR") kind = `under ${dirname2(path)}, which is not a folder`;
    else throw databaseError(path, err, "open");
  }
  throw new ConfigError(`the index ${path} is ${kind}; etk keeps its index in a regular file`, `point ${WHERE} at a file path, e.g. data/ops/tracking.db`);
}
function isSqliteError(err) {
  return err?.code === "ERR_SQLITE_ERROR" && typeof err.errcode === "number";
}
function databaseError(path, err, doing) {
  if (err instanceof EtkError) return err;
  if (isSqliteError(err)) {
    const detail = err.message;
    switch (err.errcode & 255) {
      case SQLITE_FULL:
        return new ConfigError(`cannot ${doing} the index ${path}: the disk is full (${detail})`, `free some space and run it again; ${UNCHANGED}`);
      case SQLITE_IOERR:
        return new ConfigError(
          `cannot ${doing} the index ${path}: the file system reported an I/O error (${detail}); the disk may be full, a file size limit reached, or the file gone`,
          `check free space and the file, then run it again; ${UNCHANGED}`
        );
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return new ConfigError(
          `cannot ${doing} the index ${path}: another process holds it locked, for longer than etk waits (${detail})`,
          "let the other etk (a sync, a hook, etk dashboard) finish and run it again; ETK_BUSY_TIMEOUT=SECONDS waits longer"
        );
      case SQLITE_READONLY:
        return new ConfigError(
          `cannot ${doing} the index ${path}: it is read-only (the file, its folder or the file system) (${detail})`,
          `make the file and its folder writable, or point ${WHERE} at a writable path; etk query and etk search still read it`
        );
      case SQLITE_PERM:
        return new ConfigError(`cannot ${doing} the index ${path}: permission denied (${detail})`, `give etk access to the file and its folder, or point ${WHERE} elsewhere`);
      case SQLITE_CANTOPEN:
        return new ConfigError(`cannot open the index ${path} (${detail})`, `check that the path is a file in a folder etk may write, or point ${WHERE} elsewhere`);
      case SQLITE_NOMEM:
        return new ConfigError(`cannot ${doing} the index ${path}: out of memory (${detail})`, "close other programs or narrow what you asked for");
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        return new ConfigError(`the index ${path} is damaged or not an SQLite database (${detail})`, "it is a cache of the Markdown: rebuild it with `etk sync --force`");
      default:
        return new ConfigError(`cannot ${doing} the index ${path}: ${detail}`, `check the file, or point ${WHERE} elsewhere`);
    }
  }
  const code = err?.code;
  if (typeof code === "string" && err.syscall !== void 0) {
    const at = err.path ?? path;
    switch (code) {
      case "EACCES":
      case "EPERM":
        return new ConfigError(`cannot ${doing} the index ${path}: permission denied on ${at}`, `give etk access to it, or point ${WHERE} elsewhere`);
      case "ENOTDIR":
      case "EEXIST":
        return new ConfigError(`cannot ${doing} the index ${path}: ${at} is a file, not a folder`, `point ${WHERE} at a path whose folders are folders`);
      case "ENOSPC":
      case "EDQUOT":
        return new ConfigError(`cannot ${doing} the index ${path}: no space left on the device`, `free some space and run it again; ${UNCHANGED}`);
      case "EROFS":
        return new ConfigError(`cannot ${doing} the index ${path}: ${at} is on a read-only file system`, `point ${WHERE} at a writable path`);
      default:
        return new ConfigError(`cannot ${doing} the index ${path}: ${err.message}`, `check the path, or point ${WHERE} elsewhere`);
    }
  }
  return err;
}

// src/db/dbObjects.ts
import { DatabaseSync } from "node:sqlite";

// src/db/runParameters.ts
var STANDARD_REPORT_FIELDS = [
  "ads_version",
  "type",
  "status",
  "created",
  "updated",
  "tags",
  "artifact_id",
  "experiment_id",
  "title",
  "subtype",
  "metrics",
  "baseline",
  "comparison"
];
var quoted = STANDARD_REPORT_FIELDS.map((f) => `'${f}'`).join(", ");
var RUN_PARAMETERS_SQL = `(SELECT json_group_object(j.key, CASE j.type WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') ELSE j.value END)
    FROM json_each(a.frontmatter) j
    WHERE j.type IN ('text', 'integer', 'real', 'true', 'false') AND j.key NOT IN (${quoted}))`;

// src/db/schema.ts
var SCHEMA_VERSION = 8;
var DDL = `
CREATE TABLE etk_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Every file etk indexed, with git's blob id of the content it read (the sync plan diffs these).
CREATE TABLE files (
  path          TEXT PRIMARY KEY,
  blob          TEXT NOT NULL,
  size          INTEGER NOT NULL,
  kind          TEXT NOT NULL,            -- manifest | artifact | document | metadata | misplaced
  experiment_id TEXT,                     -- the experiment folder, or NULL when loose in the root
  dirty         INTEGER NOT NULL DEFAULT 0 -- 1: content differs from etk_meta.base_tree (uncommitted)
) WITHOUT ROWID;
CREATE INDEX idx_files_experiment ON files(experiment_id, kind);
CREATE INDEX idx_files_dirty ON files(path) WHERE dirty = 1;

-- One row per indexed Markdown file, manifests included; a file that does not parse is a row too.
CREATE TABLE artifacts (
  id            INTEGER PRIMARY KEY,      -- explicit rowid: the FTS key, stable across VACUUM
  artifact_id   TEXT NOT NULL UNIQUE,     -- the file's path under the experiments root (unique, per file)
  experiment_id TEXT,                     -- the folder the file is in
  type          TEXT,
  title         TEXT NOT NULL,
  file_path     TEXT NOT NULL UNIQUE REFERENCES files(path) ON DELETE CASCADE,
  status        TEXT,
  created_at    TIMESTAMP,              -- UTC 'YYYY-MM-DD HH:MM:SS' (sorts and compares with datetime())
  updated_at    TIMESTAMP,
  ads_version   TEXT,
  declared_artifact_id TEXT,              -- frontmatter artifact_id as written, NULL when absent (may repeat)
  baseline      TEXT,                     -- report baseline experiment id, if any
  parse_error   TEXT,                     -- rule id when the file could not be read or parsed
  errors        INTEGER NOT NULL,         -- per-file error count (cross-file ones: see diagnostics)
  warnings      INTEGER NOT NULL,
  body_line     INTEGER NOT NULL,         -- file line where content starts
  yaml_line     INTEGER NOT NULL,         -- file line where frontmatter_yaml starts
  -- Large columns last: reading the small ones above never walks their overflow pages.
  frontmatter   TEXT,                     -- the whole frontmatter as JSON (NULL if it did not parse)
  frontmatter_yaml TEXT NOT NULL,         -- its YAML text, for positions of cross-file findings
  content       TEXT NOT NULL             -- the Markdown body (full-text indexed with title)
);
CREATE INDEX idx_artifacts_experiment ON artifacts(experiment_id);
CREATE INDEX idx_artifacts_type ON artifacts(type);
CREATE INDEX idx_artifacts_status ON artifacts(status);
CREATE INDEX idx_artifacts_created ON artifacts(created_at);
-- Covers etk query artifacts (its columns in its default order): the listing never reads the table,
-- whose rows are large because the body is stored inline.
CREATE INDEX idx_artifacts_listing ON artifacts(created_at DESC, file_path, artifact_id, declared_artifact_id, experiment_id, type, status, title, updated_at, errors, warnings);
-- Cross-file rules look these up for the files a sync touched.
CREATE INDEX idx_artifacts_declared_id ON artifacts(declared_artifact_id) WHERE declared_artifact_id IS NOT NULL;
CREATE INDEX idx_artifacts_baseline ON artifacts(baseline) WHERE baseline IS NOT NULL;

CREATE TABLE artifact_metadata (
  file_path      TEXT PRIMARY KEY REFERENCES artifacts(file_path) ON DELETE CASCADE,
  artifact_id    TEXT NOT NULL,
  phase          TEXT,
  priority       TEXT,
  evidence_count INTEGER,
  metrics        TEXT,   -- JSON object, as written
  baseline       TEXT,
  comparison     TEXT,
  commands       TEXT,   -- JSON array
  prerequisites  TEXT,   -- JSON array
  dependencies   TEXT,   -- JSON array
  name           TEXT,   -- experiment_manifest
  description    TEXT    -- experiment_manifest
) WITHOUT ROWID;

-- Experiment metadata, one row per file that holds some: state.json, .metadata/manifest.json,
-- manifest.json, and the README.md frontmatter. The experiments view merges them by rank
-- (src/artifacts/experimentMetadata.ts PRECEDENCE; 1 wins): describe_rank for name, description and
-- created, live_rank for status, phase and updated.
CREATE TABLE experiment_sources (
  file_path     TEXT PRIMARY KEY REFERENCES files(path) ON DELETE CASCADE,
  experiment_id TEXT NOT NULL,            -- the folder the file is in
  source        TEXT NOT NULL,            -- README.md | .metadata/manifest.json | manifest.json | state.json
  describe_rank INTEGER NOT NULL,
  live_rank     INTEGER NOT NULL,
  declared_experiment_id TEXT,            -- experiment_id (or id) as written
  name          TEXT,
  status        TEXT,                     -- as written (not limited to the profile's statuses)
  description   TEXT,                     -- description, intention, goal, ...
  phase         TEXT,
  created       TEXT,                     -- as written
  updated       TEXT,
  created_at    TIMESTAMP,                -- UTC 'YYYY-MM-DD HH:MM:SS', when the written form could be read
  updated_at    TIMESTAMP,
  data          TEXT NOT NULL             -- the whole object as JSON
) WITHOUT ROWID;
CREATE INDEX idx_experiment_sources ON experiment_sources(experiment_id);

CREATE TABLE tags (
  tag_id        INTEGER PRIMARY KEY,
  experiment_id TEXT,
  tag_name      TEXT NOT NULL,
  file_path     TEXT NOT NULL REFERENCES artifacts(file_path) ON DELETE CASCADE,
  artifact_id   TEXT NOT NULL,
  scope         TEXT NOT NULL,            -- 'experiment' (the manifest's tags) or 'artifact'
  UNIQUE(file_path, tag_name)
);
-- Both cover the tag counts and an experiment's tag list (no lookups into the table).
CREATE INDEX idx_tags_experiment ON tags(experiment_id, tag_name, scope);
CREATE INDEX idx_tags_name ON tags(tag_name, experiment_id, scope);

-- One row per report metric, as written in that report.
CREATE TABLE metric_values (
  metric_id           INTEGER PRIMARY KEY,
  artifact_id         TEXT NOT NULL,
  experiment_id       TEXT,
  metric_name         TEXT NOT NULL,
  metric_value        REAL,
  baseline_declared   REAL,               -- the metric's own {baseline: ...}
  unit                TEXT,
  timestamp           TIMESTAMP,          -- the report's created
  baseline_experiment TEXT,               -- the report's baseline
  file_path           TEXT NOT NULL REFERENCES artifacts(file_path) ON DELETE CASCADE
);
CREATE INDEX idx_metrics_experiment ON metric_values(experiment_id, metric_name, timestamp, file_path);
CREATE INDEX idx_metrics_artifact ON metric_values(artifact_id);
CREATE INDEX idx_metrics_file ON metric_values(file_path);

CREATE TABLE file_diagnostics (
  id        INTEGER PRIMARY KEY,
  file_path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
  line      INTEGER NOT NULL,
  "column"  INTEGER NOT NULL,
  rule      TEXT NOT NULL,
  severity  TEXT NOT NULL,                -- error | warning
  message   TEXT NOT NULL,
  hint      TEXT,
  scope     TEXT NOT NULL                 -- 'file' (from the file alone) or 'cross' (duplicate ids, baselines)
);
CREATE INDEX idx_diagnostics_file ON file_diagnostics(file_path);

-- Per file of the last commit (not uncommitted edits), its first and last change in git's history
-- (renames followed; src/history/provenance.ts): commit, author name, author date as written (ISO
-- 8601 with its zone), committer time (Unix seconds, orders changes). NULL commit: unknown, the
-- change is older than what a shallow clone holds. Filled by the sync's own walk of git log.
CREATE TABLE provenance (
  path          TEXT PRIMARY KEY,
  first_commit  TEXT,
  first_author  TEXT,
  first_date    TEXT,
  first_time    INTEGER,
  last_commit   TEXT,
  last_author   TEXT,
  last_date     TEXT,
  last_time     INTEGER
) WITHOUT ROWID;
CREATE INDEX idx_provenance_last_author ON provenance(last_author);

-- Porter stems of unicode61 tokens: English word forms match (correct, correction); other scripts are
-- stored as unicode61 reads them (search matches Hangul and CJK words as prefixes).
CREATE VIRTUAL TABLE artifacts_fts USING fts5(
  title, content,
  content='artifacts', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
-- Kept in step by etk's writer (src/db/writeRows.ts), not by triggers: a large sync refills the
-- whole index with one 'rebuild' command, several times faster than row by row.

-- Experiments: one per folder that holds indexed files (Markdown or metadata), with or without
-- metadata. Each fact comes from the best-ranked source that has it (experiment_sources); updated
-- is the latest any source names (a README edited after state.json was written is newer).
CREATE VIEW experiments AS
SELECT
  f.experiment_id                                   AS experiment_id,
  COALESCE((SELECT s.name FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.name IS NOT NULL ORDER BY s.describe_rank LIMIT 1), f.experiment_id) AS name,
  (SELECT s.description FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.description IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS description,
  (SELECT s.status FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.status IS NOT NULL ORDER BY s.live_rank LIMIT 1) AS status,
  (SELECT s.created_at FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.created IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS created_at,
  (SELECT s.updated_at FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.updated IS NOT NULL ORDER BY s.updated_at IS NULL, s.updated_at DESC, s.live_rank LIMIT 1) AS updated_at,
  a.ads_version                                     AS ads_version,
  a.file_path                                       AS manifest_path,
  a.frontmatter                                     AS frontmatter,
  (SELECT s.phase FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.phase IS NOT NULL ORDER BY s.live_rank LIMIT 1) AS phase,
  (SELECT s.created FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.created IS NOT NULL ORDER BY s.describe_rank LIMIT 1) AS created,
  (SELECT s.updated FROM experiment_sources s WHERE s.experiment_id = f.experiment_id AND s.updated IS NOT NULL ORDER BY s.updated_at IS NULL, s.updated_at DESC, s.live_rank LIMIT 1) AS updated,
  (SELECT group_concat(s.source, ', ') FROM (SELECT source FROM experiment_sources WHERE experiment_id = f.experiment_id ORDER BY describe_rank) s) AS metadata_sources
FROM (SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL) f
LEFT JOIN files fm ON fm.experiment_id = f.experiment_id AND fm.kind = 'manifest'
LEFT JOIN artifacts a ON a.file_path = fm.path;

-- Metrics with the effective baseline (src/db/baselineRule.ts): the metric's own declared
-- baseline, else the same metric in the baseline experiment's latest run, never the report itself
-- (a report that names its own experiment is compared with that experiment's run before it).
CREATE VIEW metrics AS
SELECT
  m.metric_id, m.artifact_id, m.experiment_id, m.metric_name, m.metric_value,
  COALESCE(m.baseline_declared, ${baselineRunSql("m", "b.metric_value")}) AS baseline_value,
  m.unit, m.timestamp, m.baseline_experiment, m.file_path
FROM metric_values m;

-- Runs: every report is a run of its experiment, with its parameters (the frontmatter's scalar
-- fields the standard does not define, as a JSON object: backbone, lr, gpu ...).
CREATE VIEW report_runs AS
SELECT
  a.artifact_id                                     AS run_id,
  a.experiment_id                                   AS experiment_id,
  a.title                                           AS title,
  a.file_path                                       AS file_path,
  a.created_at                                      AS created_at,
  a.status                                          AS status,
  a.baseline                                        AS baseline_experiment,
  (SELECT COUNT(*) FROM metric_values v WHERE v.file_path = a.file_path) AS metric_count,
  ${RUN_PARAMETERS_SQL}                             AS parameters
FROM artifacts a
WHERE a.type = 'report';

CREATE VIEW diagnostics AS
SELECT file_path AS file, line, "column", rule, severity, message, hint, scope FROM file_diagnostics;

CREATE VIEW active_experiments AS
SELECT e.*, (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS artifact_count
FROM experiments e WHERE e.status = 'active';

-- The latest value of each metric per experiment.
CREATE VIEW latest_metrics AS
SELECT experiment_id, metric_name, metric_value, baseline_value, unit, timestamp, artifact_id, file_path
FROM (
  SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.experiment_id, m.metric_name ORDER BY m.timestamp DESC, m.file_path DESC) AS rn
  FROM metrics m
) WHERE rn = 1;

-- The views of the seed repository's schema.sql (database/schema.sql of the EDS v1.0 tooling), over
-- etk's tables, so queries written for it keep working where the meaning is the same.
-- artifact_tags: every tag of every indexed file (schema.sql: artifact_id, tag_name).
CREATE VIEW artifact_tags AS
SELECT artifact_id, tag_name FROM tags;

CREATE VIEW v_active_experiments AS
SELECT
  e.experiment_id, e.name, e.description, e.created_at, e.updated_at,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS artifact_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'assessment') AS assessment_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'report') AS report_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'guide') AS guide_count,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id AND a.type = 'script') AS script_count
FROM experiments e WHERE e.status = 'active';

CREATE VIEW v_recent_activity AS
SELECT a.experiment_id, e.name, a.artifact_id, a.title, a.type, a.updated_at
FROM artifacts a JOIN experiments e ON e.experiment_id = a.experiment_id
ORDER BY a.updated_at DESC LIMIT 50;

CREATE VIEW v_experiment_stats AS
SELECT
  COUNT(*) AS total_experiments,
  COUNT(CASE WHEN status = 'active' THEN 1 END) AS active_count,
  COUNT(CASE WHEN status = 'complete' THEN 1 END) AS complete_count,
  COUNT(CASE WHEN status = 'deprecated' THEN 1 END) AS deprecated_count
FROM experiments;

-- One row per experiment; unlike schema.sql's join, counts do not multiply by tags.
CREATE VIEW v_artifact_stats AS
SELECT
  e.experiment_id, e.name,
  (SELECT COUNT(*) FROM artifacts a WHERE a.experiment_id = e.experiment_id) AS total_artifacts,
  (SELECT AVG(m.evidence_count) FROM artifacts a JOIN artifact_metadata m ON m.file_path = a.file_path WHERE a.experiment_id = e.experiment_id AND a.type = 'assessment') AS avg_evidence_count,
  (SELECT COUNT(DISTINCT t.tag_name) FROM tags t WHERE t.experiment_id = e.experiment_id) AS tag_count
FROM experiments e;

-- Marks the file as etk's from its creation on (a sync adds the rest of etk_meta).
INSERT INTO etk_meta (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}');
`;

// src/db/dbObjects.ts
var neededCache = null;
function etkNames() {
  if (neededCache) return neededCache;
  const mem = new DatabaseSync(":memory:");
  try {
    mem.exec(DDL);
    neededCache = new Map(mem.prepare("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all().map((r) => [r.name.toLowerCase(), r.type]));
  } finally {
    mem.close();
  }
  return neededCache;
}
function historicEtkName(raw) {
  const name = raw.toLowerCase();
  if (["etk_meta", "files", "artifacts", "artifact_metadata", "experiment_sources", "tags", "metric_values", "file_diagnostics", "artifacts_fts", "experiments", "metrics", "diagnostics", "active_experiments", "latest_metrics"].includes(name)) return true;
  if (/^artifacts_fts_(data|idx|content|docsize|config)$/.test(name)) return true;
  return /^idx_(experiments|artifacts|tags|metrics|diagnostics|files|experiment_sources)(_|$)/.test(name);
}
var SHADOW_SUFFIXES = ["data", "idx", "content", "docsize", "config", "segments", "segdir", "stat", "node", "rowid", "parent"];
var quoteName = (name) => `"${name.replace(/"/g, '""')}"`;
function userVersion(db) {
  return Number(db.prepare("PRAGMA user_version").get().user_version);
}
function isEtkIndex(db) {
  if (userVersion(db) < 1) return false;
  const has = (n) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(n) !== void 0;
  return has("etk_meta") && has("files");
}
function countRows(db, name) {
  try {
    return Number(db.prepare(`SELECT COUNT(*) AS n FROM ${quoteName(name)}`).get().n);
  } catch {
    return null;
  }
}
function foreignKeysOf(db, table) {
  let rows;
  try {
    rows = db.prepare(`PRAGMA foreign_key_list(${quoteName(table)})`).all();
  } catch {
    return [];
  }
  const byId = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const fk = byId.get(r.id) ?? { from: [], table: r.table, to: [], onDelete: r.on_delete };
    fk.from.push(r.from);
    if (r.to !== null) fk.to.push(r.to);
    byId.set(r.id, fk);
  }
  return [...byId.values()];
}
function inspectDb(db) {
  const version = userVersion(db);
  const etkIndex = isEtkIndex(db);
  const needed = etkNames();
  const owned = (name) => etkIndex && (needed.has(name.toLowerCase()) || version < SCHEMA_VERSION && historicEtkName(name));
  const isNeeded = (name) => needed.has(name.toLowerCase());
  const master = db.prepare("SELECT name, type, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 1 WHEN 'index' THEN 2 ELSE 3 END, name").all();
  const virtuals = /* @__PURE__ */ new Map();
  for (const o of master) {
    const m = o.type === "table" && o.sql ? /^\s*CREATE\s+VIRTUAL\s+TABLE\s+.*?\bUSING\s+(\w+)/is.exec(o.sql) : null;
    if (m) virtuals.set(o.name, m[1].toLowerCase());
  }
  const shadowOf = (name) => {
    for (const v of virtuals.keys()) if (name.startsWith(`${v}_`) && SHADOW_SUFFIXES.includes(name.slice(v.length + 1))) return v;
    return null;
  };
  const taken = new Set(master.map((o) => o.name.toLowerCase()));
  const legacyName = (name) => {
    let candidate = `legacy_${name}`;
    for (let i = 2; taken.has(candidate.toLowerCase()) || isNeeded(candidate); i++) candidate = `legacy_${name}_${i}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  const objects = master.map((o) => {
    const shadow = o.type === "table" ? shadowOf(o.name) : null;
    const mine = owned(o.name) && (o.type === "table" || o.type === "view" || owned(o.tbl_name));
    let action = mine ? "etk" : "keep";
    if (!mine && shadow !== null) action = "with-table";
    else if (!mine && isNeeded(o.name) && o.type !== "trigger") action = "move";
    return {
      name: o.name,
      type: o.type,
      table: o.tbl_name,
      rows: o.type === "table" ? countRows(db, o.name) : null,
      foreignKeys: o.type === "table" ? foreignKeysOf(db, o.name) : [],
      virtual: virtuals.get(o.name) ?? null,
      shadowOf: shadow,
      owner: mine ? "etk" : "other",
      action,
      movesTo: null,
      sql: o.sql
    };
  });
  for (const o of objects) {
    if (o.virtual === null || o.rows !== null) continue;
    const docsize = objects.find((s) => s.shadowOf === o.name && /_(docsize|content)$/.test(s.name));
    if (docsize) o.rows = docsize.rows;
  }
  for (const o of objects) if (o.action === "move") o.movesTo = legacyName(o.name);
  const moving = new Set(objects.filter((o) => o.action === "move" && (o.type === "table" || o.type === "view")).map((o) => o.name));
  for (const o of objects) if ((o.type === "index" || o.type === "trigger") && o.action === "keep" && moving.has(o.table)) o.action = "with-table";
  return { userVersion: version, etkIndex, objects };
}
function movesOf(inspection) {
  return inspection.objects.filter((o) => o.action === "move").map((o) => ({ name: o.name, type: o.type, to: o.movesTo, rows: o.rows }));
}
function blockingMoves(moves) {
  return moves.filter((m) => m.type === "table" && m.rows !== 0 || m.type === "view");
}
function keysIntoEtk(inspection) {
  const moving = new Set(inspection.objects.filter((o) => o.action === "move").map((o) => o.name.toLowerCase()));
  const needed = etkNames();
  const out = [];
  for (const o of inspection.objects) {
    if (o.owner !== "other" || o.action === "move" || o.type !== "table") continue;
    for (const fk of o.foreignKeys) {
      const parent = fk.table.toLowerCase();
      if (needed.get(parent) === "table" && !moving.has(parent)) out.push({ table: o.name, parent: fk.table });
    }
  }
  return out;
}
function keptObjects(inspection) {
  return inspection.objects.filter((o) => o.owner === "other" && o.action !== "move");
}

// src/db/moveAside.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { DatabaseSync as DatabaseSync2 } from "node:sqlite";
var ForeignDatabaseError = class extends EtkError {
  constructor(path, blocking, kept) {
    const what = blocking.map((m) => `${m.name} (${m.type === "view" ? "a view" : m.rows === null ? "rows that cannot be counted" : `${m.rows} row${m.rows === 1 ? "" : "s"}`})`).join(", ");
    const others = kept.filter((o) => o.type === "table" && o.shadowOf === null).length;
    super(
      `${path} was made by another tool: its ${blocking.some((m) => m.type === "view") ? "object" : "table"}${blocking.length === 1 ? "" : "s"} ${what} use${blocking.length === 1 ? "s a name" : " names"} etk needs${others > 0 ? ` (and ${others} more of its tables are there)` : ""}; nothing was written`,
      2,
      'see what it holds with `etk db inspect`; keep etk\'s index in a file of its own (--db, or "database" in etk.config.json), which is best while that tool still writes this one; or run `etk db migrate` to back the file up and move those tables aside as legacy_* with every row'
    );
  }
};
function renamedStatement(sql, type2, to) {
  const head = new RegExp(`^(\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?(?:UNIQUE\\s+)?${type2}\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?)("(?:[^"]|"")*"|\\[[^\\]]*\\]|\`[^\`]*\`|[^\\s(/]+)`, "i");
  if (!head.test(sql)) throw new Error(`cannot read the name in: ${sql.slice(0, 80)}`);
  return sql.replace(head, (_m, start) => `${start}${quoteName(to)}`);
}
function onOtherTable(sql, to) {
  const on = /(\bON\s+)("(?:[^"]|"")*"|\[[^\]]*\]|`[^`]*`|[^\s(/]+)/i;
  if (!on.test(sql)) throw new Error(`cannot read the table of: ${sql.slice(0, 80)}`);
  return sql.replace(on, (_m, start) => `${start}${quoteName(to)}`);
}
function applyMoves(db, moves) {
  db.exec("PRAGMA legacy_alter_table = OFF");
  for (const m of moves.filter((x) => x.type === "table")) {
    try {
      db.exec(`ALTER TABLE ${quoteName(m.name)} RENAME TO ${quoteName(m.to)}`);
    } catch (err) {
      throw new EtkError(`cannot move table ${m.name} aside as ${m.to}: ${err.message}`, 2, "SQLite checks every view and trigger when a table is renamed: fix or drop the broken one it names (with the tool that made it), then run etk again");
    }
  }
  for (const m of moves.filter((x) => x.type !== "table")) {
    const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = ? AND type = ?").get(m.name, m.type);
    if (!row?.sql) continue;
    const triggers = m.type === "view" ? db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql IS NOT NULL").all(m.name).map((t) => t.sql) : [];
    db.exec(`DROP ${m.type.toUpperCase()} ${quoteName(m.name)}`);
    db.exec(renamedStatement(row.sql, m.type, m.to));
    for (const sql of triggers) db.exec(onOtherTable(sql, m.to));
  }
}
function foreignKeyViolations(db) {
  const out = /* @__PURE__ */ new Map();
  const etk = etkNames();
  const add = (rows) => {
    for (const r of rows) if (!etk.has(r.parent.toLowerCase())) out.set(r.table, (out.get(r.table) ?? 0) + 1);
  };
  try {
    add(db.prepare("PRAGMA foreign_key_check").all());
  } catch {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()) {
      try {
        add(db.prepare(`PRAGMA foreign_key_check(${quoteName(name)})`).all());
      } catch {
      }
    }
  }
  return out;
}
function newViolations(before, after) {
  return [...after].filter(([t, n]) => n > (before.get(t) ?? 0)).map(([t, n]) => `${t} (${n})`);
}
function stamp() {
  return (/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
}
function backupName(path, kind = "bak") {
  const base = `${path}.${kind}-${stamp()}`;
  let name = base;
  for (let i = 2; existsSync2(name); i++) name = `${base}-${i}`;
  return name;
}
function asStandalone(bytes) {
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return bytes;
}
function writeBackup(path, bytes, inspection) {
  writeFileSync(path, asStandalone(bytes), { flag: "wx" });
  verifyBackup(path, inspection);
}
function standaloneFile(path) {
  writeFileSync(path, asStandalone(readFileSync2(path)));
}
function verifyBackup(path, inspection) {
  const copy = new DatabaseSync2(path, { readOnly: true });
  try {
    const check = copy.prepare("PRAGMA quick_check").all().map((r) => r.quick_check);
    if (check.length !== 1 || check[0] !== "ok") throw new Error(`quick_check says ${check.slice(0, 3).join("; ")}`);
    for (const o of inspection.objects) {
      if (o.type !== "table" || o.rows === null || o.virtual !== null) continue;
      const n = Number(copy.prepare(`SELECT COUNT(*) AS n FROM ${quoteName(o.name)}`).get().n);
      if (n !== o.rows) throw new Error(`table ${o.name} has ${n} rows in the copy, ${o.rows} in the original`);
    }
  } catch (err) {
    throw new EtkError(`the backup ${path} does not read back whole (${err.message}); nothing was changed`, 2, "check the free space and the folder, then run etk again");
  } finally {
    copy.close();
  }
}

// src/db/openDb.ts
var CorruptDatabaseError = class extends EtkError {
  constructor(path, detail) {
    super(`the index ${path} is damaged or not an SQLite database (${detail})`, 2, "it is a cache of the Markdown: rebuild it with `etk sync --force`");
  }
};
var BUSY_TIMEOUT_MS = 6e4;
var PAGE_SIZE = 16384;
function busyTimeoutMs(env = process.env) {
  const v = env.ETK_BUSY_TIMEOUT;
  return v !== void 0 && /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1e3) : BUSY_TIMEOUT_MS;
}
function isCorruption(err) {
  const m = err?.message ?? "";
  return /file is not a database|database disk image is malformed|malformed database schema|file is encrypted/i.test(m);
}
function resetEtkSchema(db, inspection = inspectDb(db)) {
  const ownTables = new Set(inspection.objects.filter((o) => o.owner === "etk" && o.type === "table").map((o) => o.name.toLowerCase()));
  const attached = inspection.objects.filter((o) => o.owner === "other" && (o.type === "index" || o.type === "trigger") && o.sql !== null && ownTables.has(o.table.toLowerCase()));
  let previous;
  if (ownTables.has("etk_meta")) {
    try {
      previous = db.prepare("SELECT value FROM etk_meta WHERE key = 'previous_user_version'").get()?.value;
    } catch {
    }
  }
  const order = { trigger: 0, view: 1, index: 2, table: 3 };
  const mine = inspection.objects.filter((o) => o.owner === "etk" && !(o.type === "table" && o.shadowOf !== null)).sort((a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9));
  for (const o of mine) {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(o.name)) continue;
    db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS ${quoteName(o.name)}`);
  }
  db.exec(DDL);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  if (previous !== void 0) db.prepare("INSERT INTO etk_meta (key, value) VALUES ('previous_user_version', ?)").run(previous);
  for (const o of attached) {
    try {
      db.exec(o.sql);
    } catch (err) {
      throw new EtkError(`cannot put back ${o.type} ${o.name} of another tool on etk's table ${o.table}: ${err.message}; nothing was changed`, 2, `etk rebuilds its tables; drop that ${o.type}, or put it on a table of that tool's own`);
    }
  }
}
function keysIntoEtkQuick(db) {
  const names = etkNames();
  const out = [];
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()) {
    if (names.has(name.toLowerCase())) continue;
    for (const fk of db.prepare(`PRAGMA foreign_key_list(${quoteName(name)})`).all()) {
      if (names.get(fk.table.toLowerCase()) === "table") out.push({ table: name, parent: fk.table });
    }
  }
  return out;
}
function keysIntoEtkError(path, keys) {
  const list = [...new Set(keys.map((k) => `${k.table} -> ${k.parent}`))].join(", ");
  return new ConfigError(`${path}: another tool's table${keys.length === 1 ? " has a foreign key" : "s have foreign keys"} to etk's tables (${list}); etk deletes and rewrites its rows on every sync, which would delete or break those rows; nothing was written`, `etk's tables are a cache of the Markdown: point those keys at a table of that tool's own, or keep etk's index in a file of its own (--db, or "database" in etk.config.json)`);
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function useWal(db, path) {
  const mode = String(db.prepare("PRAGMA journal_mode").get().journal_mode);
  if (mode.toLowerCase() === "wal") return;
  const err = walOrError(db);
  if (err === null) return;
  db.close();
  if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
  throw err;
}
function walOrError(db) {
  const deadline = Date.now() + busyTimeoutMs();
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      db.exec("PRAGMA journal_mode = WAL");
      return null;
    } catch (err) {
      if (!/locked|busy/i.test(err.message) || Date.now() > deadline) return err;
      Atomics.wait(sleeper, 0, 0, wait);
    }
  }
}
function switchToWal(opened) {
  if (!opened.walPending) return;
  if (walOrError(opened.db) !== null) return;
  opened.db.exec("PRAGMA synchronous = NORMAL");
  delete opened.walPending;
}
function configure(db) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = NORMAL");
}
function openRaw(path, readOnly) {
  try {
    return new DatabaseSync3(path, { timeout: busyTimeoutMs(), readOnly });
  } catch (err) {
    if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
    throw new ConfigError(`cannot open the index ${path}: ${err.message}`, "check the path (database in etk.config.json, or --db) and its permissions");
  }
}
function inspectOrCorrupt(db, path) {
  try {
    return inspectDb(db);
  } catch (err) {
    db.close();
    if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
    throw err;
  }
}
function refusal(path, i, options2 = {}) {
  const keys = keysIntoEtk(i);
  if (keys.length > 0) return keysIntoEtkError(path, keys);
  if (options2.migrate === "explicit" || i.etkIndex) return null;
  const blocking = blockingMoves(movesOf(i));
  if (blocking.length > 0) return new ForeignDatabaseError(path, blocking, keptObjects(i));
  if (i.userVersion !== 0) return new ConfigError(`${path} was made by another tool, which keeps its own schema version ${i.userVersion} in PRAGMA user_version; etk needs that pragma for its own; nothing was written`, 'keep etk\'s index in a file of its own (--db, or "database" in etk.config.json); or run `etk db migrate` to take the file over (after a backup; the old value is kept in etk_meta.previous_user_version)');
  return null;
}
function readOnlyLookError(path, err) {
  if (!/readonly|read-only/i.test(err?.message ?? "")) return null;
  let journal = 0;
  try {
    journal = statSync3(`${path}-journal`).size;
  } catch {
    journal = 0;
  }
  return journal > 0 ? new ConfigError(`${path} cannot be read without writing: another program left an unfinished transaction in ${path}-journal, which only a writer may roll back; nothing was written`, "open it once with the program that made it (or run a command that writes it, such as etk sync, which rolls it back first), then try again") : new ConfigError(`${path} cannot be read here (${err.message}); nothing was written`, "check the permissions of the file and its folder");
}
function previewOpen(path, options2 = {}) {
  try {
    return preview(path, options2);
  } catch (err) {
    throw readOnlyLookError(path, err) ?? err;
  }
}
function preview(path, options2) {
  if (!existsSync3(path) || statSync3(path).size === 0) return { state: "missing", inspection: null, moves: [] };
  const db = openRaw(path, true);
  try {
    const inspection = inspectOrCorrupt(db, path);
    if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) return { state: "newer", inspection, moves: [] };
    if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) return { state: "current", inspection, moves: [] };
    const moves = movesOf(inspection);
    const refused = refusal(path, inspection, options2);
    return { state: refused ? "refuse" : "migrate", inspection, moves, refused };
  } finally {
    if (db.isOpen) db.close();
  }
}
function readOnlyError(path, err) {
  const m = err?.message ?? "";
  if (!/readonly|read-only|attempt to write/i.test(m)) return null;
  return new ConfigError(`cannot write the index ${path}: it is read-only (${m}); nothing was changed`, "make the file and its folder writable, or point --db at another file");
}
function openForWrite(path, options2 = {}) {
  try {
    checkDatabasePath(path);
    return openWritable(path, options2);
  } catch (err) {
    if (err instanceof EtkError) throw err;
    if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
    throw readOnlyError(path, err) ?? databaseError(path, err, "write");
  }
}
function openWritable(path, options2) {
  const fresh = !existsSync3(path);
  let current = false;
  if (!fresh && statSync3(path).size > 0) {
    let ro = null;
    try {
      ro = openRaw(path, true);
      ro.exec("BEGIN");
      const version = Number(ro.prepare("PRAGMA user_version").get().user_version);
      if (version === SCHEMA_VERSION && isEtkIndex(ro)) {
        const keys = keysIntoEtkQuick(ro);
        if (keys.length > 0) throw keysIntoEtkError(path, keys);
        current = true;
      } else {
        const inspection = inspectDb(ro);
        if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) {
          throw new ConfigError(`the index ${path} has schema version ${inspection.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, "upgrade etk, or point --db at another file");
        }
        const refused = refusal(path, inspection, options2);
        if (refused) throw refused;
      }
    } catch (err) {
      if (err instanceof EtkError) throw err;
      if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
      if (!readOnlyError(path, err)) throw err;
    } finally {
      if (ro?.isTransaction) ro.exec("COMMIT");
      if (ro?.isOpen) ro.close();
    }
  }
  if (fresh) mkdirSync(dirname3(path), { recursive: true });
  const db = openRaw(path, false);
  try {
    if (current) {
      useWal(db, path);
      configure(db);
      return { db, path };
    }
    return migrateOpen(db, path, options2);
  } catch (err) {
    if (db.isOpen) db.close();
    throw readOnlyError(path, err) ?? err;
  }
}
function migrateOpen(db, path, options2) {
  db.exec("BEGIN");
  let inspection;
  try {
    inspection = inspectOrCorrupt(db, path);
  } finally {
    if (db.isOpen && db.isTransaction) db.exec("COMMIT");
  }
  if (inspection.etkIndex && inspection.userVersion > SCHEMA_VERSION) {
    throw new ConfigError(`the index ${path} has schema version ${inspection.userVersion}, newer than this etk supports (${SCHEMA_VERSION}); nothing was written`, "upgrade etk, or point --db at another file");
  }
  if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) {
    useWal(db, path);
    configure(db);
    return { db, path };
  }
  const refuseIfBlocked = (i) => {
    const refused = refusal(path, i, options2);
    if (refused) throw refused;
  };
  refuseIfBlocked(inspection);
  let early = null;
  if (typeof db.serialize !== "function" && inspection.objects.length > 0) {
    early = backupName(path);
    db.exec(`VACUUM INTO '${early.replace(/'/g, "''")}'`);
  }
  const dropEarly = () => {
    if (early !== null) rmSync(early, { force: true });
  };
  if (inspection.objects.length === 0 && inspection.userVersion === 0) db.exec(`PRAGMA page_size = ${PAGE_SIZE}`);
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("BEGIN IMMEDIATE");
  let backup = null;
  let moves = [];
  try {
    inspection = inspectDb(db);
    if (inspection.etkIndex && inspection.userVersion === SCHEMA_VERSION) {
      db.exec("COMMIT");
      dropEarly();
      configure(db);
      return { db, path };
    }
    refuseIfBlocked(inspection);
    moves = movesOf(inspection);
    if (inspection.objects.length > 0) {
      if (early !== null) {
        backup = early;
        standaloneFile(backup);
        verifyBackup(backup, inspection);
      } else {
        backup = backupName(path);
        writeBackup(backup, db.serialize(), inspection);
      }
    } else dropEarly();
    const before = foreignKeyViolations(db);
    applyMoves(db, moves);
    resetEtkSchema(db, inspection);
    if (!inspection.etkIndex && inspection.userVersion !== 0) {
      db.prepare("INSERT INTO etk_meta (key, value) VALUES ('previous_user_version', ?)").run(String(inspection.userVersion));
    }
    const worse = newViolations(before, foreignKeyViolations(db));
    if (worse.length > 0) throw new EtkError(`moving tables aside in ${path} would leave rows pointing at missing parents in ${worse.join(", ")}; nothing was changed`, 2, "run `etk db inspect` and report this with its output");
    db.exec("COMMIT");
  } catch (err) {
    try {
      if (db.isTransaction) db.exec("ROLLBACK");
    } catch {
    }
    for (const b of [backup, early]) if (b !== null) rmSync(b, { force: true });
    throw err;
  }
  if (options2.walLater && inspection.objects.length === 0 && inspection.userVersion === 0) {
    configure(db);
    db.exec("PRAGMA synchronous = FULL");
    return { db, path, walPending: true };
  }
  useWal(db, path);
  configure(db);
  const kept = keptObjects(inspection).filter((o) => o.type === "table" && o.shadowOf === null).map((o) => o.name);
  return { db, path, ...inspection.objects.length > 0 ? { migrated: { from: inspection.userVersion, etkIndex: inspection.etkIndex, backup, moved: moves, kept } } : {} };
}
function isEtkIndexFile(path) {
  let db = null;
  try {
    db = new DatabaseSync3(path, { readOnly: true });
    return isEtkIndex(db);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
function openImmutable(path, err) {
  const code = isSqliteError(err) ? err.errcode & 255 : 0;
  if (code !== 8 && code !== 14) throw err;
  if (isSqliteError(err) && err.errcode === 776) {
    throw new ConfigError(`cannot read the index ${path}: a sync that was building it was interrupted, and ${path}-journal holds what only a writer can roll back`, "run etk sync (it rolls the journal back and completes the index)");
  }
  let walBytes = 0;
  try {
    walBytes = statSync3(`${path}-wal`).size;
  } catch {
    walBytes = 0;
  }
  if (walBytes > 0) {
    throw new ConfigError(`cannot read the index ${path}: its folder is read-only and ${path}-wal holds changes only a writer can fold in`, "run etk sync once where the folder is writable, or copy the index (all its files) to a writable folder and pass --db");
  }
  return new DatabaseSync3(`${pathToFileURL(path).href}?immutable=1`, { readOnly: true });
}
function openForRead(path) {
  checkDatabasePath(path);
  if (!existsSync3(path) || statSync3(path).size === 0) {
    throw new ConfigError(`there is no index at ${path} yet`, "build it with `etk sync`");
  }
  let db;
  try {
    let first = null;
    try {
      first = new DatabaseSync3(path, { readOnly: true, timeout: busyTimeoutMs() });
      first.prepare("PRAGMA user_version").get();
      db = first;
    } catch (err) {
      first?.close();
      db = openImmutable(path, err);
    }
    db.exec("PRAGMA mmap_size = 268435456");
    const version = Number(db.prepare("PRAGMA user_version").get().user_version);
    if (!isEtkIndex(db)) {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => r.name);
      db.close();
      throw new ConfigError(
        tables.length === 0 ? `${path} is an empty SQLite database, not an etk index yet` : `${path} is not an etk index: it holds another tool's tables (${tables.slice(0, 6).join(", ")}${tables.length > 6 ? `, and ${tables.length - 6} more` : ""})`,
        tables.length === 0 ? "build the index with `etk sync`" : "see what it holds with `etk db inspect`; `etk sync` adds etk's tables beside them when their names are free, `etk db migrate` moves the ones in the way aside; or use a file of its own with --db"
      );
    }
    if (version !== SCHEMA_VERSION) {
      db.close();
      throw new ConfigError(
        version > SCHEMA_VERSION ? `the index ${path} has schema version ${version}, newer than this etk supports (${SCHEMA_VERSION})` : `the index ${path} has schema version ${version}; this etk needs ${SCHEMA_VERSION}`,
        version > SCHEMA_VERSION ? "upgrade etk" : "update it with `etk sync`"
      );
    }
  } catch (err) {
    if (err instanceof EtkError) throw err;
    if (isCorruption(err)) throw new CorruptDatabaseError(path, err.message);
    throw databaseError(path, err, "read");
  }
  return db;
}

// src/git/execGit.ts
import { execFileSync } from "node:child_process";
var GitError = class extends ConfigError {
};
function execGit(args, options2) {
  try {
    return execFileSync("git", ["--literal-pathspecs", "-c", "core.quotePath=false", ...args], {
      cwd: options2.cwd,
      input: options2.input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: options2.optionalLocks ? "1" : "0", LC_ALL: "C" }
    });
  } catch (err) {
    const e = err;
    if (e.code === "ENOENT") throw new GitError("git is not installed or not on PATH", "install git, or run etk without --staged outside a repository");
    if (e.status !== void 0 && e.status !== null && options2.okCodes?.includes(e.status)) return e.stdout ?? Buffer.alloc(0);
    const stderr = e.stderr?.toString("utf8").trim() ?? "";
    throw new GitError(`git ${args[0] ?? ""} failed${e.status ? ` (exit ${e.status})` : ""}: ${stderr || String(err)}`);
  }
}
function repoTop(cwd) {
  try {
    return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, LC_ALL: "C" } }).toString("utf8").replace(/\n$/, "");
  } catch {
    return null;
  }
}
function gitSucceeds(args, cwd) {
  try {
    execFileSync("git", [...args], { cwd, stdio: "ignore", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } });
    return true;
  } catch {
    return false;
  }
}

// src/history/provenance.ts
import { existsSync as existsSync4, readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute, join as join2 } from "node:path";

// src/history/parseLog.ts
var LOG_FORMAT = "%x01%H%x00%an%x00%ae%x00%aI%x00%ct%x00%P";
function parseLog(out) {
  const text = typeof out === "string" ? out : out.toString("utf8");
  const parts = text.split("\0");
  const commits = [];
  let i = 0;
  while (i < parts.length) {
    const tok = parts[i].replace(/^\n+/, "");
    if (tok.startsWith("")) {
      const [commit, author, email, date, time, parents] = [tok.slice(1), parts[i + 1] ?? "", parts[i + 2] ?? "", parts[i + 3] ?? "", parts[i + 4] ?? "0", parts[i + 5] ?? ""];
      commits.push({ commit, author, email, date, time: Number(time), parents: parents.split(" ").filter(Boolean), changes: [] });
      i += 6;
      continue;
    }
    const current = commits[commits.length - 1];
    if (tok === "" || current === void 0) {
      i++;
      continue;
    }
    if (tok.startsWith(":")) {
      const [, , , newBlob = "", st = ""] = tok.slice(1).split(" ");
      const status2 = st[0] ?? "M";
      if (status2 === "R" || status2 === "C") {
        current.changes.push({ status: status2, from: parts[i + 1] ?? "", path: parts[i + 2] ?? "", blob: newBlob });
        i += 3;
      } else {
        current.changes.push({ status: status2, path: parts[i + 1] ?? "", blob: newBlob });
        i += 2;
      }
      continue;
    }
    const status = tok[0];
    if (status === "R" || status === "C") {
      current.changes.push({ status, from: parts[i + 1] ?? "", path: parts[i + 2] ?? "" });
      i += 3;
    } else {
      current.changes.push({ status, path: parts[i + 1] ?? "" });
      i += 2;
    }
  }
  return commits;
}

// src/history/provenance.ts
var newer = (a, b) => a === null ? b : b === null ? a : b.time > a.time || b.time === a.time && b.commit > a.commit ? b : a;
function applyLog(commits, records, get, keep2, shallow) {
  const read = (p) => records.has(p) ? records.get(p) : get(p);
  for (const c of commits) {
    const change = { commit: c.commit, author: c.author, date: c.date, time: c.time };
    const edge = shallow.has(c.commit);
    for (const ch of c.changes) {
      if (ch.status === "D") {
        if (keep2(ch.path)) records.set(ch.path, null);
        continue;
      }
      if (ch.status === "R" && ch.from !== void 0) {
        const old = read(ch.from);
        if (keep2(ch.from)) records.set(ch.from, null);
        if (keep2(ch.path)) records.set(ch.path, { first: old ? old.first : change, last: newer(old?.last ?? null, change) });
        continue;
      }
      if (!keep2(ch.path)) continue;
      if (ch.status === "A" || ch.status === "C") {
        records.set(ch.path, edge ? { first: null, last: null } : { first: change, last: change });
      } else {
        const had = read(ch.path);
        records.set(ch.path, { first: had ? had.first : null, last: newer(had?.last ?? null, change) });
      }
    }
  }
}
function shallowCommits(top) {
  const out = execGit(["rev-parse", "--git-path", "shallow"], { cwd: top }).toString("utf8").trim();
  const file = isAbsolute(out) ? out : join2(top, out);
  if (!existsSync4(file)) return /* @__PURE__ */ new Set();
  return new Set(readFileSync3(file, "utf8").split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}
function walkLog(top, root, range) {
  const pathspec = root === "" ? "." : root;
  return parseLog(execGit(["log", "--reverse", "--topo-order", "-z", "--name-status", "-M", `--format=${LOG_FORMAT}`, ...range, "--", pathspec], { cwd: top }));
}
function metaValue(db, key) {
  return db.prepare("SELECT value FROM etk_meta WHERE key = ?").get(key)?.value ?? "";
}
function updateProvenance(db, repo, head, full) {
  const recorded = metaValue(db, "provenance_head");
  const setMeta = db.prepare("INSERT INTO etk_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (repo === null || head === null) {
    db.exec("DELETE FROM provenance");
    setMeta.run("provenance_head", "");
    setMeta.run("provenance_shallow", "");
    return "none";
  }
  const shallow = shallowCommits(repo.top);
  const shallowKey = [...shallow].sort().join(" ");
  const sameEdge = metaValue(db, "provenance_shallow") === shallowKey;
  if (!full && recorded === head && sameEdge) return "current";
  const incremental = !full && recorded !== "" && sameEdge && gitSucceeds(["merge-base", "--is-ancestor", recorded, head], repo.top);
  const commits = walkLog(repo.top, repo.root, incremental ? [`${recorded}..${head}`] : [head]);
  const keep2 = (p) => classifyPath(p, repo.root).kind !== "ignored";
  const records = /* @__PURE__ */ new Map();
  const select = db.prepare("SELECT first_commit, first_author, first_date, first_time, last_commit, last_author, last_date, last_time FROM provenance WHERE path = ?");
  const get = (p) => {
    if (!incremental) return null;
    const r = select.get(p);
    if (!r) return null;
    const change = (k) => r[`${k}_commit`] === null ? null : { commit: String(r[`${k}_commit`]), author: String(r[`${k}_author`]), date: String(r[`${k}_date`]), time: Number(r[`${k}_time`]) };
    return { first: change("first"), last: change("last") };
  };
  applyLog(commits, records, get, keep2, shallow);
  if (!incremental) db.exec("DELETE FROM provenance");
  const del = db.prepare("DELETE FROM provenance WHERE path = ?");
  const put = db.prepare("INSERT OR REPLACE INTO provenance (path, first_commit, first_author, first_date, first_time, last_commit, last_author, last_date, last_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const [path, r] of records) {
    if (r === null) del.run(path);
    else put.run(path, r.first?.commit ?? null, r.first?.author ?? null, r.first?.date ?? null, r.first?.time ?? null, r.last?.commit ?? null, r.last?.author ?? null, r.last?.date ?? null, r.last?.time ?? null);
  }
  setMeta.run("provenance_head", head);
  setMeta.run("provenance_shallow", shallowKey);
  return incremental ? "incremental" : "full";
}

// src/sync/syncIndex.ts
import { existsSync as existsSync8, renameSync } from "node:fs";

// src/artifacts/crossFileRules.ts
var EMPTY_CATALOG = { experiments: /* @__PURE__ */ new Set(), artifactIds: /* @__PURE__ */ new Map() };
function crossEntryOf(r) {
  const d = r.data;
  const s = (v) => typeof v === "string" ? v : null;
  return { path: r.path, isManifest: r.placement.kind === "manifest", experimentDir: r.placement.experimentDir, artifactId: s(d?.artifact_id), type: s(d?.type), baseline: s(d?.baseline) };
}
function locateInResults(results) {
  const byPath = new Map(results.map((r) => [r.path, r]));
  return (path, key) => {
    const r = byPath.get(path);
    if (!r) return { line: 1, column: 1 };
    const at = new YamlPositions(r.yaml, r.yamlStartLine).value([key]);
    return { line: at.line, column: at.column };
  };
}
function crossFileFindings(entries, catalog, locate) {
  const out = /* @__PURE__ */ new Map();
  const push = (path, f) => {
    const list = out.get(path);
    if (list) list.push(f);
    else out.set(path, [f]);
  };
  const owners = /* @__PURE__ */ new Map();
  for (const [id, paths] of catalog.artifactIds) owners.set(id, [...paths]);
  for (const e of entries) {
    if (e.artifactId === null || e.artifactId === "") continue;
    const list = owners.get(e.artifactId);
    if (list) {
      if (!list.includes(e.path)) list.push(e.path);
    } else owners.set(e.artifactId, [e.path]);
  }
  for (const e of entries) {
    if (e.artifactId === null || e.artifactId === "") continue;
    const others = (owners.get(e.artifactId) ?? []).filter((p) => p !== e.path).sort();
    if (others.length > 0) {
      push(e.path, {
        ...locate(e.path, "artifact_id"),
        rule: "duplicate-artifact-id",
        message: `artifact_id "${e.artifactId}" is also used by ${others.slice(0, 3).join(", ")}${others.length > 3 ? ` and ${others.length - 3} more` : ""}`,
        hint: "give one of them a new, unique artifact_id"
      });
    }
  }
  const known = new Set(catalog.experiments);
  for (const e of entries) if (e.experimentDir !== null) known.add(e.experimentDir);
  for (const e of entries) {
    if (e.type !== "report" || e.baseline === null || !EXPERIMENT_ID.test(e.baseline)) continue;
    if (!known.has(e.baseline)) {
      push(e.path, {
        ...locate(e.path, "baseline"),
        rule: "baseline-missing",
        message: `baseline experiment ${e.baseline} does not exist (no folder ${e.baseline}/ with Markdown or metadata under the experiments root)`,
        hint: "name an existing experiment id as baseline, or create that experiment"
      });
    }
  }
  return out;
}

// src/artifacts/experimentRules.ts
var EXPERIMENT_RULES = ["metadata-folder"];
function experimentAnchor(files) {
  const readme = files.find((f) => f.kind === "manifest");
  if (readme) return readme.path;
  return [...files].map((f) => f.path).sort()[0];
}
function experimentFindings(files, layout = DEFAULT_LAYOUT) {
  const byExperiment = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.experimentDir === null || !EXPERIMENT_ID.test(f.experimentDir)) continue;
    const list = byExperiment.get(f.experimentDir);
    if (list) list.push(f);
    else byExperiment.set(f.experimentDir, [f]);
  }
  const out = /* @__PURE__ */ new Map();
  const folder = `/${layout.metadataFolder}/`;
  for (const [id, list] of byExperiment) {
    if (list.some((f) => f.path.includes(`${id}${folder}`))) continue;
    const anchor = experimentAnchor(list);
    const finding = {
      line: 1,
      column: 1,
      rule: "metadata-folder",
      message: `experiment ${id} has no ${layout.metadataFolder}/ folder (EDS v1.0 keeps every experiment's artifacts and manifest there)`,
      hint: `create ${id}/${layout.metadataFolder}/ with its artifacts (etk new assessment ...) or a ${layout.metadataFolder}/manifest.json`
    };
    const found = out.get(anchor);
    if (found) found.push(finding);
    else out.set(anchor, [finding]);
  }
  return out;
}

// src/artifacts/validateRepo.ts
import { existsSync as existsSync7 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join5, relative as relative3, resolve } from "node:path";

// src/discover/catalog.ts
import { existsSync as existsSync5, readdirSync as readdirSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/git/parseZ.ts
function splitZ(out) {
  const text = typeof out === "string" ? out : out.toString("utf8");
  if (text === "") return [];
  const parts = text.split("\0");
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}
function parseLsFilesStage(out) {
  return splitZ(out).map((rec) => {
    const tab = rec.indexOf("	");
    const [mode = "", oid = "", stage = "0"] = rec.slice(0, tab).split(" ");
    return { mode, oid, stage: Number(stage), path: rec.slice(tab + 1) };
  });
}
function parseGrepZ(out) {
  const text = typeof out === "string" ? out : out.toString("utf8");
  const hits = [];
  let i = 0;
  while (i < text.length) {
    const a = text.indexOf("\0", i);
    if (a === -1) break;
    const b = text.indexOf("\0", a + 1);
    if (b === -1) break;
    let nl = text.indexOf("\n", b + 1);
    if (nl === -1) nl = text.length;
    hits.push({ path: text.slice(i, a), line: Number(text.slice(a + 1, b)), text: text.slice(b + 1, nl) });
    i = nl + 1;
  }
  return hits;
}
function parseCatFileBatch(out) {
  const objects = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < out.length) {
    const nl = out.indexOf(10, i);
    if (nl === -1) break;
    const header = out.toString("utf8", i, nl).split(" ");
    if (header[1] === "missing" || header.length < 3) {
      i = nl + 1;
      continue;
    }
    const size = Number(header[2]);
    objects.set(header[0], out.subarray(nl + 1, nl + 1 + size));
    i = nl + 1 + size + 1;
  }
  return objects;
}

// src/discover/gitIndex.ts
function stagedPaths(top, pathspecs) {
  return splitZ(execGit(["diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", "--", ...pathspecs], { cwd: top }));
}
function stagedChanges(top, pathspecs) {
  const parts = splitZ(execGit(["diff", "--cached", "--name-status", "-z", "--no-renames", "--", ...pathspecs], { cwd: top }));
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i][0];
    out.set(parts[i + 1], status === "A" || status === "C" ? "A" : status === "D" ? "D" : "M");
  }
  return out;
}
function indexEntries(top, pathspecs) {
  return parseLsFilesStage(execGit(["ls-files", "-s", "-z", "--", ...pathspecs], { cwd: top }));
}
var LINK_MODE = "120000";
function parseBatchCheck(out) {
  const sizes = /* @__PURE__ */ new Map();
  for (const line of out.toString().split("\n")) {
    const [oid, type2, size] = line.split(" ");
    if (oid && type2 && type2 !== "missing" && size !== void 0) sizes.set(oid, Number(size));
  }
  return sizes;
}
function readBlobs(top, oids, maxBytes = Number.POSITIVE_INFINITY) {
  const tooLarge = /* @__PURE__ */ new Map();
  if (oids.length === 0) return { bytes: /* @__PURE__ */ new Map(), tooLarge };
  let wanted = oids;
  if (Number.isFinite(maxBytes)) {
    const sizes = parseBatchCheck(execGit(["cat-file", "--batch-check"], { cwd: top, input: `${oids.join("\n")}
` }));
    for (const [oid, size] of sizes) if (size > maxBytes) tooLarge.set(oid, size);
    wanted = oids.filter((o) => !tooLarge.has(o));
  }
  const bytes = wanted.length === 0 ? /* @__PURE__ */ new Map() : parseCatFileBatch(execGit(["cat-file", "--batch"], { cwd: top, input: `${wanted.join("\n")}
` }));
  return { bytes, tooLarge };
}
function blobFile(path, oid, link, blobs) {
  const size = blobs.tooLarge.get(oid);
  if (link) {
    const text = size === void 0 ? (blobs.bytes.get(oid) ?? Buffer.alloc(0)).toString("utf8") : "";
    return { path, bytes: new Uint8Array(0), size: size ?? Buffer.byteLength(text), unread: symlinkFinding(path, text) };
  }
  if (size !== void 0) return { path, bytes: new Uint8Array(0), size };
  return { path, bytes: blobs.bytes.get(oid) ?? Buffer.alloc(0) };
}
function readIndexFiles(top, paths, maxBytes = Number.POSITIVE_INFINITY) {
  if (paths.length === 0) return { files: [], unmerged: [] };
  const entries = indexEntries(top, paths);
  const wanted = new Set(paths);
  const unmerged = [...new Set(entries.filter((e) => e.stage !== 0 && wanted.has(e.path)).map((e) => e.path))];
  const clean = entries.filter((e) => e.stage === 0 && wanted.has(e.path) && e.mode !== "160000");
  const blobs = readBlobs(top, [...new Set(clean.map((e) => e.oid))], maxBytes);
  const files = clean.map((e) => blobFile(e.path, e.oid, e.mode === LINK_MODE, blobs));
  return { files, unmerged };
}

// src/discover/catalog.ts
function idFromLine(line) {
  try {
    const v = yaml2.load(line, { schema: yaml2.CORE_SCHEMA })?.artifact_id;
    return typeof v === "string" ? v : null;
  } catch {
    return null;
  }
}
function frontmatterId(file) {
  const text = decodeArtifact(file.bytes).text;
  if (text === null) return null;
  const v = parseFrontmatter(text).data?.artifact_id;
  return typeof v === "string" ? v : null;
}
function buildCatalog(req) {
  const experiments = /* @__PURE__ */ new Set();
  const artifactIds = /* @__PURE__ */ new Map();
  const addId = (id, path) => {
    const list = artifactIds.get(id);
    if (list) list.push(path);
    else artifactIds.set(id, [path]);
  };
  const rootSpec = req.root === "" ? "." : req.root;
  if (req.top === null) {
    const rootAbs = join3(req.base, req.root);
    for (const abs of walkMarkdown(rootAbs)) {
      const file = readWorktreeFile(abs, req.base, req.maxFileSize);
      const placement = classifyPath(file.path, req.root);
      if (placement.kind !== "ignored" && placement.experimentDir !== null) experiments.add(placement.experimentDir);
      if (req.ids.size === 0 || file.size !== void 0) continue;
      const id = frontmatterId(file);
      if (id !== null && req.ids.has(id)) addId(id, file.path);
    }
    return { experiments, artifactIds };
  }
  if (req.source === "index") {
    for (const path of splitZ(execGit(["ls-files", "-z", "--", rootSpec], { cwd: req.top }))) {
      const p = classifyPath(path, req.root);
      if (p.kind !== "ignored" && p.experimentDir !== null) experiments.add(p.experimentDir);
    }
  } else {
    const rootAbs = join3(req.top, req.root);
    let dirs = [];
    try {
      dirs = readdirSync2(rootAbs);
    } catch {
      dirs = [];
    }
    for (const d of dirs) {
      const dir = join3(rootAbs, d);
      if (["README.md", "state.json", "manifest.json"].some((f) => existsSync5(join3(dir, f))) || walkMarkdown(dir).length > 0) experiments.add(d);
    }
  }
  if (req.ids.size > 0) {
    const grep = execGit(
      ["grep", req.source === "index" ? "--cached" : "--untracked", "-z", "-n", "-I", "-E", "^artifact_id[[:space:]]*:", "--", rootSpec],
      { cwd: req.top, okCodes: [1] }
    );
    const candidates = /* @__PURE__ */ new Set();
    for (const hit of parseGrepZ(grep)) {
      const id = idFromLine(hit.text);
      if (id !== null && req.ids.has(id) && classifyPath(hit.path, req.root).kind !== "ignored") candidates.add(hit.path);
    }
    const paths = [...candidates].sort();
    const files = req.source === "index" ? readIndexFiles(req.top, paths, req.maxFileSize).files : paths.map((p) => readWorktreeFile(join3(req.top, p), req.top, req.maxFileSize));
    for (const file of files) {
      const id = frontmatterId(file);
      if (id !== null && req.ids.has(id)) addId(id, file.path);
    }
  }
  return { experiments, artifactIds };
}

// src/sync/catalogFromIndex.ts
import { existsSync as existsSync6 } from "node:fs";
import { DatabaseSync as DatabaseSync5 } from "node:sqlite";

// src/sync/sourceFiles.ts
import { join as join4, relative as relative2 } from "node:path";

// bin/statusPrefetch.js
var STATUS_ARGS = ["-c", "core.untrackedCache=true", "status", "--porcelain=v2", "--branch", "-z", "--untracked-files=normal", "--no-renames"];
var KEY = /* @__PURE__ */ Symbol.for("etk.statusPrefetch");
function takeStatusPrefetch() {
  var p = globalThis[KEY];
  globalThis[KEY] = void 0;
  return p || null;
}

// src/sync/sourceFiles.ts
function listedId(mode, oid) {
  return mode === LINK_MODE ? `${LINK}${oid}` : oid;
}
var EMPTY_BLOB = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
var VANISHED2 = outcomeId({ kind: "unreadable", code: "ENOENT" });
var spec = (s) => s.scope === "" ? "." : s.scope;
function keep(path, root) {
  return classifyPath(path, root).kind !== "ignored";
}
function resolveRev(top, rev) {
  try {
    return execGit(["rev-parse", "--verify", "-q", `${rev}^{commit}`], { cwd: top }).toString("utf8").trim();
  } catch {
    throw new UsageError(`--rev ${rev} is not a commit in this repository`, "name a branch, tag or commit id (git log shows them); in a shallow clone, fetch it first");
  }
}
function listSource(s) {
  const listing = /* @__PURE__ */ new Map();
  const hashed = /* @__PURE__ */ new Set();
  if (s.top === null) {
    if (s.kind !== "worktree") throw new UsageError(`--${s.kind === "index" ? "staged" : "rev"} needs a git repository, and this is not inside one`);
    const folders = /* @__PURE__ */ new Map();
    for (const abs of walkMarkdown(join4(s.base, s.scope))) {
      const path = toPosix(relative2(s.base, abs));
      if (!keep(path, s.root)) continue;
      const file = readWorktreeFile(abs, s.base, s.maxFileSize, folders);
      listing.set(path, file.id ?? blobId(file.bytes));
    }
    for (const p of listing.keys()) hashed.add(p);
    return { listing, state: { kind: "worktree", commit: null, tree: null, dirty: true }, hashed, overlay: { baseTree: null, differs: /* @__PURE__ */ new Map() } };
  }
  const top = s.top;
  if (s.kind === "rev") {
    const commit = resolveRev(top, s.rev ?? "HEAD");
    const out = execGit(["ls-tree", "-r", "-z", "--full-tree", commit, "--", spec(s)], { cwd: top });
    for (const rec of splitZ(out)) {
      const tab = rec.indexOf("	");
      const [mode, type2, oid] = rec.slice(0, tab).split(" ");
      const path = rec.slice(tab + 1);
      if (type2 === "blob" && keep(path, s.root)) listing.set(path, listedId(mode, oid));
    }
    const tree = execGit(["rev-parse", `${commit}^{tree}`], { cwd: top }).toString("utf8").trim();
    return { listing, state: { kind: "rev", commit, tree, dirty: false }, hashed, overlay: { baseTree: tree, differs: /* @__PURE__ */ new Map() } };
  }
  for (const e of parseLsFilesStage(execGit(["ls-files", "-s", "-z", "--", spec(s)], { cwd: top }))) {
    if (e.stage === 0 && e.mode !== "160000" && keep(e.path, s.root)) listing.set(e.path, listedId(e.mode, e.oid));
  }
  const head = headAndTree(top);
  if (s.kind === "index") {
    const empty = [...listing].filter(([, oid]) => oid === EMPTY_BLOB).map(([p]) => p);
    if (empty.length > 0) {
      for (const p of splitZ(execGit(["diff-files", "-z", "--name-only", "--diff-filter=A", "--", ...empty], { cwd: top }))) listing.delete(p);
    }
    const differs2 = /* @__PURE__ */ new Map();
    if (head) {
      for (const p of stagedVsHead(top, spec(s)).keys()) if (keep(p, s.root)) differs2.set(p, listing.get(p) ?? null);
    }
    return { listing, state: { kind: "index", commit: head?.commit ?? null, tree: null, dirty: false }, hashed, overlay: { baseTree: head?.tree ?? null, differs: differs2 } };
  }
  const wt = worktreeStatus(s, top);
  const differs = /* @__PURE__ */ new Map();
  for (const [path, change] of wt.changes) {
    if (change === null) listing.delete(path);
    else if (typeof change === "string") listing.set(path, change);
    differs.set(path, listing.get(path) ?? null);
  }
  for (const p of wt.hashed) hashed.add(p);
  return { listing, state: { kind: "worktree", commit: head?.commit ?? null, tree: null, dirty: wt.changes.size > 0 }, hashed, overlay: { baseTree: head?.tree ?? null, differs } };
}
function headAndTree(top) {
  const out = execGit(["rev-parse", "HEAD", "HEAD^{tree}"], { cwd: top, okCodes: [128] }).toString("utf8").trim().split("\n");
  return out.length === 2 && /^[0-9a-f]{40,64}$/.test(out[0]) && /^[0-9a-f]{40,64}$/.test(out[1]) ? { commit: out[0], tree: out[1] } : null;
}
function stagedVsHead(top, pathspec) {
  return parseRawDiff(execGit(["diff-index", "--cached", "-z", "--raw", "--no-renames", "HEAD", "--", pathspec], { cwd: top }));
}
function parseRawDiff(out) {
  const parts = splitZ(out);
  const changes = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [, , newMode, , newOid, status] = parts[i].split(/[: ]/);
    const path = parts[i + 1];
    if (newMode === "160000") continue;
    changes.set(path, status === "D" || /^0+$/.test(newOid ?? "") ? null : listedId(newMode, newOid));
  }
  return changes;
}
function parseStatusV2(rec) {
  const dot = (c) => c === "." ? " " : c;
  if (rec.startsWith("? ")) return { x: "?", y: "?", path: rec.slice(2), indexMode: "", indexOid: "" };
  const fields = rec[0] === "1" ? 8 : rec[0] === "u" ? 10 : 0;
  if (fields === 0) return null;
  let at = 0;
  for (let i = 0; i < fields; i++) at = rec.indexOf(" ", at) + 1;
  if (at === 0) return null;
  const f = rec.slice(0, at - 1).split(" ");
  return { x: dot(f[1][0]), y: dot(f[1][1]), path: rec.slice(at), indexMode: rec[0] === "1" ? f[4] : "", indexOid: rec[0] === "1" ? f[7] : "" };
}
var primed = null;
function primeWorktreeStatus(top, output) {
  primed = { top, output };
}
function worktreeStatus(s, top) {
  const primedOutput = primed?.top === top ? primed.output : null;
  primed = null;
  const status = splitZ(primedOutput ?? execGit(STATUS_ARGS, { cwd: top, optionalLocks: true }));
  const inScope = (p) => s.scope === "" || p === s.scope || p.startsWith(`${s.scope}/`);
  let head = null;
  const records = [];
  for (const raw of status) {
    if (raw.startsWith("# branch.oid ")) {
      const oid = raw.slice("# branch.oid ".length);
      head = /^[0-9a-f]{40,64}$/.test(oid) ? oid : null;
      continue;
    }
    const rec = parseStatusV2(raw);
    if (rec === null) continue;
    if (rec.x === "?" && rec.path.endsWith("/")) {
      const dir = rec.path.slice(0, -1);
      const within = inScope(dir) ? dir : s.scope === "" || s.scope.startsWith(`${dir}/`) ? spec(s) : null;
      if (within === null) continue;
      for (const f of splitZ(execGit(["ls-files", "-z", "--others", "--exclude-standard", "--", within], { cwd: top }))) records.push({ x: "?", y: "?", path: f, indexMode: "", indexOid: "" });
    } else if (inScope(rec.path)) records.push(rec);
  }
  const changes = /* @__PURE__ */ new Map();
  const hashed = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Map();
  const hash = (path) => {
    const file = readWorktreeFile(join4(top, path), top, s.maxFileSize, folders);
    if (file.id === VANISHED2) changes.set(path, null);
    else {
      changes.set(path, file.id ?? blobId(file.bytes));
      hashed.add(path);
    }
  };
  for (const { x, y, path, indexMode, indexOid } of records) {
    if (!keep(path, s.root)) continue;
    if (y === "D" || x === "D" && y === " ") changes.set(path, null);
    else if (x === "?" || y === "M" || y === "T" || y === "A") hash(path);
    else if (x === "U" || y === "U" || x === "A" && y === "A" || x === "D" && y === "D") hash(path);
    else if (indexMode === "160000") continue;
    else changes.set(path, { fromIndex: listedId(indexMode, indexOid) });
  }
  return { changes, hashed, head };
}
function treeBlobs(top, tree, paths) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  for (const rec of splitZ(execGit(["ls-tree", "-z", "--full-tree", tree, "--", ...paths], { cwd: top }))) {
    const tab = rec.indexOf("	");
    const [mode, type2, oid] = rec.slice(0, tab).split(" ");
    if (type2 === "blob" && mode !== "160000") out.set(rec.slice(tab + 1), listedId(mode, oid));
  }
  return out;
}
function quickSourceFromIndex(s, meta2, dirtyRows2) {
  const base = meta2.get("base_tree") ?? "";
  if (base === "") return null;
  return quickSource(s, base, [...dirtyRows2(), ...JSON.parse(meta2.get("dirty_absent") ?? "[]")], meta2.get("commit") || void 0);
}
function quickSource(s, previousBase, previouslyDiffering, previousCommit) {
  if (s.top === null || s.scope !== s.root) return null;
  const top = s.top;
  let commit;
  let tree;
  const differs = /* @__PURE__ */ new Map();
  const hashed = /* @__PURE__ */ new Set();
  if (s.kind === "rev" && s.revTree !== void 0 && s.rev !== void 0 && /^[0-9a-f]{40,64}$/.test(s.rev)) {
    commit = s.rev;
    tree = s.revTree;
  } else if (s.kind === "rev") {
    commit = resolveRev(top, s.rev ?? "HEAD");
    tree = execGit(["rev-parse", `${commit}^{tree}`], { cwd: top }).toString("utf8").trim();
  } else if (s.kind === "worktree") {
    const wt = worktreeStatus(s, top);
    if (wt.head === null) return null;
    commit = wt.head;
    tree = previousCommit !== void 0 && commit === previousCommit ? previousBase : execGit(["rev-parse", `${commit}^{tree}`], { cwd: top }).toString("utf8").trim();
    for (const [p, c] of wt.changes) differs.set(p, c !== null && typeof c === "object" ? c.fromIndex : c);
    for (const p of wt.hashed) hashed.add(p);
  } else {
    const head = headAndTree(top);
    if (!head) return null;
    ({ commit, tree } = head);
  }
  const candidates = /* @__PURE__ */ new Map();
  if (tree !== previousBase) {
    let diff;
    try {
      diff = execGit(["diff-tree", "-r", "-z", "--raw", "--no-renames", previousBase, tree, "--", spec(s)], { cwd: top });
    } catch (err) {
      if (!gitSucceeds(["cat-file", "-e", `${previousBase}^{tree}`], top)) return null;
      throw err;
    }
    for (const [p, oid] of parseRawDiff(diff)) {
      if (keep(p, s.root)) candidates.set(p, oid);
    }
  }
  if (s.kind === "index") {
    for (const [p, oid] of stagedVsHead(top, spec(s))) {
      if (!keep(p, s.root)) continue;
      if (oid === EMPTY_BLOB) return null;
      differs.set(p, oid);
    }
  }
  for (const [p, blob] of differs) candidates.set(p, blob);
  const back = previouslyDiffering.filter((p) => !differs.has(p) && !candidates.has(p));
  const inTree = treeBlobs(top, tree, back);
  for (const p of back) candidates.set(p, inTree.get(p) ?? null);
  const listing = /* @__PURE__ */ new Map();
  for (const [p, b] of candidates) if (b !== null) listing.set(p, b);
  return {
    candidates,
    listing,
    hashed,
    state: { kind: s.kind, commit, tree: s.kind === "rev" ? tree : null, dirty: s.kind === "worktree" && differs.size > 0 },
    overlay: { baseTree: tree, differs }
  };
}
function readSourceFiles(s, paths, listing) {
  if (s.kind === "worktree") {
    const folders = /* @__PURE__ */ new Map();
    return paths.map((p) => readWorktreeFile(join4(s.base, p), s.base, s.maxFileSize, folders));
  }
  const oid = (p) => listing.get(p).replace(LINK, "");
  const blobs = readBlobs(s.top, [...new Set(paths.map(oid))], s.maxFileSize);
  return paths.map((p) => blobFile(p, oid(p), listing.get(p).startsWith(LINK), blobs));
}

// src/db/inspect.ts
import { DatabaseSync as DatabaseSync4 } from "node:sqlite";
function counts(db) {
  const one = (sql) => Number(db.prepare(sql).get().n);
  const byType = db.prepare("SELECT COALESCE(type, '(none)') AS type, COUNT(*) AS n FROM artifacts GROUP BY 1 ORDER BY 1").all();
  return {
    files: one("SELECT COUNT(*) AS n FROM files"),
    experiments: one("SELECT COUNT(*) AS n FROM experiments"),
    artifacts: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
    tags: one("SELECT COUNT(DISTINCT tag_name) AS n FROM tags"),
    metrics: one("SELECT COUNT(*) AS n FROM metric_values"),
    errors: one("SELECT COUNT(*) AS n FROM file_diagnostics WHERE severity = 'error'"),
    warnings: one("SELECT COUNT(*) AS n FROM file_diagnostics WHERE severity = 'warning'"),
    unparsed: one("SELECT COUNT(*) AS n FROM artifacts WHERE parse_error IS NOT NULL")
  };
}
function meta(db) {
  return Object.fromEntries(db.prepare("SELECT key, value FROM etk_meta ORDER BY key").all().map((r) => [r.key, r.value]));
}
function checkDatabase(db) {
  const checks = [];
  const integrity = db.prepare("PRAGMA integrity_check").all().map((r) => r.integrity_check);
  checks.push({ name: "integrity_check", ok: integrity.length === 1 && integrity[0] === "ok", detail: integrity.slice(0, 5).join("; ") });
  const names = etkNames();
  const fk = db.prepare("PRAGMA foreign_key_check").all();
  const ours = fk.filter((r) => names.has(r.table.toLowerCase()));
  const theirs = fk.length - ours.length;
  checks.push({ name: "foreign_key_check", ok: ours.length === 0, detail: `${ours.length === 0 ? "ok" : `${ours.length} rows of etk's tables point at missing parents`}${theirs > 0 ? ` (${theirs} rows of other tools' tables do too; left to them)` : ""}` });
  let writable = null;
  try {
    writable = new DatabaseSync4(db.location() ?? ":memory:", { timeout: busyTimeoutMs() });
    writable.exec("BEGIN");
    writable.exec("INSERT INTO artifacts_fts(artifacts_fts, rank) VALUES ('integrity-check', 1)");
    checks.push({ name: "full-text index", ok: true, detail: "matches artifacts" });
  } catch (err) {
    const readOnly = isSqliteError(err) && [8, 14].includes(err.errcode & 255);
    checks.push({ name: "full-text index", ok: readOnly, detail: readOnly ? "not checked: the index is read-only here" : err.message });
  } finally {
    if (writable?.isTransaction) writable.exec("ROLLBACK");
    writable?.close();
  }
  const n = db.prepare("SELECT (SELECT COUNT(*) FROM files WHERE kind <> 'metadata') AS files, (SELECT COUNT(*) FROM artifacts) AS artifacts").get();
  checks.push({ name: "files vs artifacts", ok: n.files === n.artifacts, detail: `${n.files} Markdown files, ${n.artifacts} artifact rows` });
  return { problems: checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`), checks };
}
function dirtyRows(db) {
  return db.prepare("SELECT path FROM files WHERE dirty = 1").all().map((r) => r.path);
}

// src/sync/catalogFromIndex.ts
var MAX_STALE = 500;
function catalogFromIndex(req) {
  if (req.spec.top === null || !existsSync6(req.dbPath)) return null;
  let db;
  try {
    db = new DatabaseSync5(req.dbPath, { readOnly: true });
  } catch {
    return null;
  }
  try {
    const version = Number(db.prepare("PRAGMA user_version").get().user_version);
    if (version !== SCHEMA_VERSION) return null;
    const hash = db.prepare("SELECT value FROM etk_meta WHERE key = 'config_hash'").get();
    if (hash?.value !== req.configHash) return null;
    const meta2 = new Map(db.prepare("SELECT key, value FROM etk_meta").all().map((r) => [r.key, r.value]));
    const quick = quickSourceFromIndex(req.spec, meta2, () => dirtyRows(db));
    const listing = quick ? quick.listing : listSource(req.spec).listing;
    const indexed = /* @__PURE__ */ new Map();
    const experiments = /* @__PURE__ */ new Set();
    const stale = [];
    let sourceBlob;
    if (quick) {
      const candidates = quick.candidates;
      const paths = [...candidates.keys()];
      for (const r of db.prepare("SELECT path, blob FROM files WHERE path IN (SELECT value FROM json_each(?))").all(JSON.stringify(paths))) indexed.set(r.path, r.blob);
      const gone = [...candidates].filter(([, b]) => b === null).map(([p]) => p);
      for (const r of db.prepare("SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path NOT IN (SELECT value FROM json_each(?))").all(JSON.stringify(gone))) experiments.add(r.experiment_id);
      for (const [path, blob] of candidates) {
        const placement = classifyPath(path, req.spec.root);
        if (blob !== null && placement.kind !== "ignored" && placement.experimentDir !== null) experiments.add(placement.experimentDir);
        if (blob !== null && !req.judged.has(path) && indexed.get(path) !== blob) stale.push(path);
      }
      sourceBlob = (path) => candidates.has(path) ? candidates.get(path) ?? void 0 : "(unchanged)";
    } else {
      const filesStmt = db.prepare("SELECT path, blob FROM files");
      filesStmt.setReturnArrays(true);
      for (const [path, blob] of filesStmt.all()) indexed.set(path, blob);
      for (const [path, blob] of listing) {
        const placement = classifyPath(path, req.spec.root);
        if (placement.kind !== "ignored" && placement.experimentDir !== null) experiments.add(placement.experimentDir);
        if (!req.judged.has(path) && indexed.get(path) !== blob) stale.push(path);
      }
      sourceBlob = (path) => listing.get(path);
    }
    if (stale.length > MAX_STALE) return null;
    const artifactIds = /* @__PURE__ */ new Map();
    const addId = (id, path) => {
      const list = artifactIds.get(id);
      if (list) list.push(path);
      else artifactIds.set(id, [path]);
    };
    if (req.ids.size > 0) {
      const holders = db.prepare("SELECT file_path FROM artifacts WHERE declared_artifact_id IS NOT NULL AND declared_artifact_id = ?");
      for (const id of req.ids) {
        for (const { file_path: p } of holders.all(id)) {
          const now = sourceBlob(p);
          if (!req.judged.has(p) && now !== void 0 && (now === "(unchanged)" || now === indexed.get(p))) addId(id, p);
        }
      }
      for (const file of readSourceFiles(req.spec, stale, listing)) {
        const text = decodeArtifact(file.bytes).text;
        const id = text === null ? void 0 : parseFrontmatter(text).data?.artifact_id;
        if (typeof id === "string" && req.ids.has(id)) addId(id, file.path);
      }
    }
    return { experiments, artifactIds };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

// src/config/configHash.ts
import { createHash as createHash2 } from "node:crypto";
function configHash(config2) {
  const material = {
    root: config2.root,
    profile: config2.profile,
    timezone: config2.timezone,
    statuses: config2.statuses ?? null,
    types: config2.extraTypes,
    rules: config2.rules,
    maxFileSize: config2.maxFileSize,
    schemas: [COMMON_SCHEMA, BUILTIN_SCHEMAS],
    content: EDS_CONTENT
  };
  return createHash2("sha256").update(JSON.stringify(material)).digest("hex").slice(0, 16);
}

// src/artifacts/diagnostic.ts
function compareDiagnostics(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// src/artifacts/validateRepo.ts
var cachedSchemas;
function schemasFor(config2) {
  const key = JSON.stringify([config2.statuses, config2.extraTypes, config2.profile]);
  if (cachedSchemas?.key !== key) cachedSchemas = { key, set: SchemaSet.load({ statuses: config2.statuses, extraTypes: config2.extraTypes, profile: config2.schemaProfile }) };
  return cachedSchemas.set;
}
async function validateRepo(req) {
  const { config: config2 } = req;
  const base = config2.top ?? config2.projectDir;
  const notes = [];
  const wholeTree = req.paths.length === 0 && !req.staged;
  const requested = [];
  const folders = wholeTree ? [""] : [];
  for (const p of req.paths) {
    const abs = isAbsolute2(p) ? p : resolve(req.cwd, p);
    const rel = toPosix(relative3(base, abs));
    if (rel.startsWith("..") || isAbsolute2(rel)) {
      notes.push({ level: "info", path: p, message: "skipped: outside the repository" });
      continue;
    }
    if (req.staged) {
      requested.push(rel === "" ? "." : rel);
      continue;
    }
    if (!existsSync7(abs)) {
      notes.push({ level: "error", path: p, message: "no such file or folder" });
      continue;
    }
    if (isDirectory(abs)) {
      folders.push(rel);
      for (const f of walkMarkdown(abs)) requested.push(toPosix(relative3(base, f)));
    } else requested.push(rel);
  }
  const schemas = await schemasFor(config2);
  const env = { root: config2.root, schemas, maxFileSize: config2.maxFileSize, rules: config2.rules, exists: (path) => existsSync7(join5(base, path)) };
  let results;
  const judgedBytes = /* @__PURE__ */ new Map();
  if (req.staged) {
    if (config2.top === null) throw new UsageError("--staged needs a git repository, and this is not inside one", "run etk validate without --staged, or inside a git work tree");
    const specs = requested.length > 0 ? requested : [config2.root === "" ? "." : config2.root];
    const staged = stagedPaths(config2.top, specs).filter((p) => classifyPath(p, config2.root).kind !== "ignored");
    const { files, unmerged } = readIndexFiles(config2.top, staged, config2.maxFileSize);
    for (const p of unmerged) notes.push({ level: "error", path: p, message: "has unresolved merge conflicts in the index" });
    results = [];
    for (const file of files) {
      const r = validateFile(file, env);
      if (r) results.push(r);
      if (file.size === void 0) judgedBytes.set(file.path, file.bytes);
    }
  } else {
    const paths = wholeTree ? walkMarkdown(config2.rootAbs).map((f) => toPosix(relative3(base, f))) : [...new Set(requested)];
    const judged = [];
    for (const rel of paths) {
      const placement = classifyPath(rel, config2.root);
      if (placement.kind === "ignored") {
        if (!wholeTree) notes.push({ level: "info", path: rel, message: `skipped: ${placement.reason}` });
        continue;
      }
      judged.push(rel);
    }
    results = await validateWorktreeParallel(
      { base, root: config2.root, maxFileSize: config2.maxFileSize, rules: config2.rules, schemaOptions: { statuses: config2.statuses, extraTypes: config2.extraTypes, profile: config2.schemaProfile }, keepBody: false, paths: judged },
      schemas
    );
  }
  const ids = /* @__PURE__ */ new Set();
  for (const r of results) if (typeof r.data?.artifact_id === "string") ids.add(r.data.artifact_id);
  const fromIndex = wholeTree ? null : catalogFromIndex({
    dbPath: config2.databaseAbs,
    configHash: configHash(config2),
    spec: { kind: req.staged ? "index" : "worktree", top: config2.top, base, root: config2.root, scope: config2.root, maxFileSize: config2.maxFileSize },
    judged: new Set(results.map((r) => r.path)),
    ids
  });
  const catalog = wholeTree ? EMPTY_CATALOG : fromIndex ?? buildCatalog({ top: config2.top, base, root: config2.root, source: req.staged ? "index" : "worktree", ids, maxFileSize: config2.maxFileSize });
  const catalogSource = wholeTree ? "judged files" : fromIndex ? "tracking.db" : "scan";
  const cross = crossFileFindings(results.map(crossEntryOf), catalog, locateInResults(results));
  const prefix = config2.root === "" ? "" : `${config2.root}/`;
  const whole = (id) => folders.some((d) => d === "" || `${prefix}${id}` === d || `${prefix}${id}`.startsWith(`${d}/`));
  const ofExperiments = experimentFindings(results.filter((r) => r.placement.experimentDir !== null && whole(r.placement.experimentDir)).map((r) => ({ path: r.path, kind: r.placement.kind, experimentDir: r.placement.experimentDir })));
  const diagnostics = [];
  for (const r of results) {
    diagnostics.push(...applySeverity(r.path, [...r.findings, ...cross.get(r.path) ?? [], ...ofExperiments.get(r.path) ?? []], config2.rules));
  }
  diagnostics.sort(compareDiagnostics);
  const texts = /* @__PURE__ */ new Map();
  return {
    diagnostics,
    results,
    checked: results.length,
    catalogSource,
    notes,
    text: (path) => {
      if (!texts.has(path)) {
        let bytes = judgedBytes.get(path);
        if (bytes === void 0 && !req.staged) {
          try {
            const file = readWorktreeFile(join5(base, path), base, config2.maxFileSize);
            bytes = file.size === void 0 ? file.bytes : void 0;
          } catch {
            bytes = void 0;
          }
        }
        texts.set(path, bytes ? Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "") : void 0);
      }
      return texts.get(path);
    }
  };
}

// src/sync/syncIndex.ts
import { DatabaseSync as DatabaseSync6 } from "node:sqlite";

// src/db/canonicalDump.ts
var TABLES = [
  { table: "files", key: "path", columns: "path, blob, size, kind, experiment_id" },
  { table: "artifacts", key: "file_path", columns: "file_path, artifact_id, experiment_id, type, title, status, created_at, updated_at, ads_version, content, body_line, frontmatter, frontmatter_yaml, yaml_line, declared_artifact_id, baseline, parse_error, errors, warnings" },
  { table: "artifact_metadata", key: "file_path", columns: "*" },
  { table: "experiment_sources", key: "file_path", columns: "*" },
  { table: "tags", key: "file_path", columns: "file_path, experiment_id, tag_name, artifact_id, scope" },
  { table: "metric_values", key: "file_path", columns: "file_path, artifact_id, experiment_id, metric_name, metric_value, baseline_declared, unit, timestamp, baseline_experiment" },
  { table: "file_diagnostics", key: "file_path", columns: 'file_path, line, "column", rule, severity, message, hint, scope' },
  { table: "provenance", key: "path", columns: "*" }
];
function dumpByFile(db) {
  const out = /* @__PURE__ */ new Map();
  for (const { table, key, columns } of TABLES) {
    const rows = db.prepare(`SELECT ${columns} FROM ${table}`).all();
    const lines = rows.map((r) => [String(r[key]), `${table} ${JSON.stringify(r)}`]);
    lines.sort((a, b) => a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    for (const [path, line] of lines) {
      const list = out.get(path);
      if (list) list.push(line);
      else out.set(path, [line]);
    }
  }
  return out;
}
var isFileRow = (line) => line.startsWith("files ");
function compareDumps(indexed, fresh) {
  const drift = [];
  const tablesOf = (lines) => new Set(lines.map((l) => l.slice(0, l.indexOf(" "))));
  for (const [path, lines] of fresh) {
    const had = indexed.get(path);
    if (!had || !had.some(isFileRow) && lines.some(isFileRow)) drift.push({ path, kind: "missing", tables: [...tablesOf(lines)] });
    else if (had.join("\n") !== lines.join("\n")) {
      const a = new Set(had);
      const b = new Set(lines);
      const tables = /* @__PURE__ */ new Set();
      for (const l of had) if (!b.has(l)) tables.add(l.slice(0, l.indexOf(" ")));
      for (const l of lines) if (!a.has(l)) tables.add(l.slice(0, l.indexOf(" ")));
      drift.push({ path, kind: "differs", tables: [...tables].sort() });
    }
  }
  for (const [path, lines] of indexed) if (!fresh.has(path) || lines.some(isFileRow) && !fresh.get(path).some(isFileRow)) drift.push({ path, kind: "stale", tables: [...tablesOf(lines)] });
  return drift.sort((x, y) => x.path < y.path ? -1 : 1);
}

// src/db/writeRows.ts
var ARTIFACT_COLUMNS = ["artifact_id", "experiment_id", "type", "title", "file_path", "status", "created_at", "updated_at", "ads_version", "content", "body_line", "frontmatter", "frontmatter_yaml", "yaml_line", "declared_artifact_id", "baseline", "parse_error", "errors", "warnings"];
var METADATA_COLUMNS = ["file_path", "artifact_id", "phase", "priority", "evidence_count", "metrics", "baseline", "comparison", "commands", "prerequisites", "dependencies", "name", "description"];
var SOURCE_COLUMNS = ["file_path", "experiment_id", "source", "describe_rank", "live_rank", "declared_experiment_id", "name", "status", "description", "phase", "created", "updated", "created_at", "updated_at", "data"];
var METRIC_COLUMNS = ["artifact_id", "experiment_id", "metric_name", "metric_value", "baseline_declared", "unit", "timestamp", "baseline_experiment", "file_path"];
var insert = (table, cols) => `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`;
var RowWriter = class {
  /**
   * @param bulk leave the full-text index alone row by row and refill it once in finish(): for
   *   syncs that touch a large share of the files.
   */
  constructor(db, bulk = false) {
    this.db = db;
    this.bulk = bulk;
    this.deleteFile = db.prepare("DELETE FROM files WHERE path = ?");
    this.ftsDelete = db.prepare("INSERT INTO artifacts_fts (artifacts_fts, rowid, title, content) SELECT 'delete', id, title, content FROM artifacts WHERE file_path = ?");
    this.ftsInsert = db.prepare("INSERT INTO artifacts_fts (rowid, title, content) VALUES (?, ?, ?)");
    this.insertFile = db.prepare("INSERT INTO files (path, blob, size, kind, experiment_id) VALUES (?, ?, ?, ?, ?)");
    this.insertArtifact = db.prepare(insert("artifacts", ARTIFACT_COLUMNS));
    this.insertMetadata = db.prepare(insert("artifact_metadata", METADATA_COLUMNS));
    this.insertSource = db.prepare(insert("experiment_sources", SOURCE_COLUMNS));
    this.insertTag = db.prepare("INSERT INTO tags (experiment_id, tag_name, file_path, artifact_id, scope) VALUES (?, ?, ?, ?, ?)");
    this.insertMetric = db.prepare(insert("metric_values", METRIC_COLUMNS));
    this.insertDiagnostic = db.prepare('INSERT INTO file_diagnostics (file_path, line, "column", rule, severity, message, hint, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }
  db;
  bulk;
  deleteFile;
  insertFile;
  insertArtifact;
  insertMetadata;
  insertSource;
  insertTag;
  insertMetric;
  insertDiagnostic;
  ftsDelete;
  ftsInsert;
  /** Removes a file and, through foreign keys, every row it contributed (FTS via trigger). */
  remove(path) {
    if (!this.bulk) this.ftsDelete.run(path);
    this.deleteFile.run(path);
  }
  add(rows) {
    const f = rows.file;
    this.insertFile.run(f.path, f.blob, f.size, f.kind, f.experiment_id);
    if (rows.artifact) {
      const artifact = rows.artifact;
      const { lastInsertRowid } = this.insertArtifact.run(...ARTIFACT_COLUMNS.map((c) => artifact[c] ?? null));
      if (!this.bulk) this.ftsInsert.run(lastInsertRowid, artifact.title ?? null, artifact.content ?? null);
    }
    if (rows.source) this.insertSource.run(...SOURCE_COLUMNS.map((c) => rows.source[c] ?? null));
    if (rows.metadata) this.insertMetadata.run(...METADATA_COLUMNS.map((c) => rows.metadata[c] ?? null));
    for (const t of rows.tags) this.insertTag.run(t.experiment_id, t.tag_name, f.path, t.artifact_id, t.scope);
    for (const m of rows.metrics) this.insertMetric.run(...METRIC_COLUMNS.map((c) => m[c] ?? null));
    for (const d of rows.diagnostics) this.diagnostic(d, "file");
  }
  diagnostic(d, scope) {
    this.insertDiagnostic.run(d.file, d.line, d.column, d.rule, d.severity, d.message, d.hint ?? null, scope);
  }
  /** Refills the full-text index from `artifacts` after a bulk write. */
  finish() {
    if (this.bulk) this.db.exec("INSERT INTO artifacts_fts (artifacts_fts) VALUES ('rebuild')");
  }
  clearCross() {
    this.db.exec("DELETE FROM file_diagnostics WHERE scope = 'cross'");
  }
};

// src/sync/planSync.ts
function planSync(indexed, source, scope = "", rereadAll = false) {
  const inScope = (p) => scope === "" || p === scope || p.startsWith(`${scope}/`);
  const added = [];
  const changed = [];
  const removed = [];
  let unchanged = 0;
  for (const [path, blob] of source) {
    if (!inScope(path)) continue;
    const had = indexed.get(path);
    if (had === void 0) added.push(path);
    else if (had !== blob || rereadAll) changed.push(path);
    else unchanged++;
  }
  for (const path of indexed.keys()) if (inScope(path) && !source.has(path)) removed.push(path);
  added.sort();
  changed.sort();
  removed.sort();
  const addedByBlob = /* @__PURE__ */ new Map();
  for (const p of added) {
    const b = source.get(p);
    const list = addedByBlob.get(b);
    if (list) list.push(p);
    else addedByBlob.set(b, [p]);
  }
  const renamed = [];
  for (const from of removed) {
    const to = addedByBlob.get(indexed.get(from))?.shift();
    if (to !== void 0) renamed.push({ from, to });
  }
  return { added, changed, removed, renamed, unchanged };
}
function isEmptyPlan(p) {
  return p.added.length === 0 && p.changed.length === 0 && p.removed.length === 0;
}

// src/sync/syncIndex.ts
function readMeta(db) {
  return new Map(db.prepare("SELECT key, value FROM etk_meta").all().map((r) => [r.key, r.value]));
}
function writeMeta(db, entries) {
  const st = db.prepare("INSERT INTO etk_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  for (const [k, v] of Object.entries(entries)) st.run(k, v);
}
var CROSS_COLUMNS = "a.file_path, f.kind, f.experiment_id, a.declared_artifact_id, a.type, a.baseline";
function crossFacts(db, paths) {
  const ids = /* @__PURE__ */ new Set();
  const experiments = /* @__PURE__ */ new Set();
  if (paths.length === 0) return { ids, experiments };
  const rows = db.prepare(`SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.file_path IN (SELECT value FROM json_each(?))`).all(JSON.stringify(paths));
  for (const r of rows) if (r.declared_artifact_id) ids.add(r.declared_artifact_id);
  for (const r of db.prepare("SELECT DISTINCT experiment_id FROM files WHERE experiment_id IS NOT NULL AND path IN (SELECT value FROM json_each(?))").all(JSON.stringify(paths))) experiments.add(r.experiment_id);
  return { ids, experiments };
}
function recomputeCrossFile(db, writer, config2, scope) {
  const json3 = (xs) => JSON.stringify([...xs]);
  let recompute = null;
  let touchedExperiments = null;
  let rows;
  if (scope === null) {
    writer.clearCross();
    rows = db.prepare(`
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.declared_artifact_id IN (
              SELECT declared_artifact_id FROM artifacts WHERE declared_artifact_id IS NOT NULL AND declared_artifact_id <> '' GROUP BY declared_artifact_id HAVING COUNT(*) > 1)
         OR (a.type = 'report' AND a.baseline IS NOT NULL
             AND a.baseline NOT IN (SELECT experiment_id FROM files WHERE experiment_id IS NOT NULL))`).all();
  } else {
    const after = crossFacts(db, scope.touched);
    const ids = /* @__PURE__ */ new Set([...scope.ids, ...after.ids]);
    const experiments2 = /* @__PURE__ */ new Set([...scope.experiments, ...after.experiments]);
    touchedExperiments = experiments2;
    const targets = db.prepare(`
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.file_path IN (SELECT value FROM json_each(?1))
      UNION
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.declared_artifact_id IS NOT NULL AND a.declared_artifact_id IN (SELECT value FROM json_each(?2))
      UNION
      SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path
      WHERE a.baseline IS NOT NULL AND a.baseline IN (SELECT value FROM json_each(?3)) AND +a.type = 'report'`).all(json3(scope.touched), json3(ids), json3(experiments2));
    recompute = new Set(targets.map((r) => r.file_path));
    const clear = db.prepare("DELETE FROM file_diagnostics WHERE scope = 'cross' AND file_path = ? AND rule NOT IN (SELECT value FROM json_each(?))");
    for (const p of [...scope.touched, ...recompute]) clear.run(p, JSON.stringify(EXPERIMENT_RULES));
    const targetIds = [...new Set(targets.map((r) => r.declared_artifact_id).filter((x) => !!x))];
    const holders = targetIds.length === 0 ? [] : db.prepare(`SELECT ${CROSS_COLUMNS} FROM artifacts a JOIN files f ON f.path = a.file_path WHERE a.declared_artifact_id IS NOT NULL AND a.declared_artifact_id IN (SELECT value FROM json_each(?))`).all(json3(targetIds));
    const byPath = /* @__PURE__ */ new Map();
    for (const r of [...targets, ...holders]) byPath.set(r.file_path, r);
    rows = [...byPath.values()];
  }
  rows.sort((a, b) => a.file_path < b.file_path ? -1 : 1);
  const entries = rows.map((r) => ({ path: r.file_path, isManifest: r.kind === "manifest", experimentDir: r.experiment_id, artifactId: r.declared_artifact_id, type: r.type, baseline: r.baseline }));
  const baselines = [...new Set(rows.map((r) => r.baseline).filter((x) => !!x))];
  const experiments = new Set(db.prepare("SELECT DISTINCT experiment_id FROM files WHERE experiment_id IN (SELECT value FROM json_each(?))").all(json3(baselines)).map((r) => r.experiment_id));
  const yamlOf = db.prepare("SELECT frontmatter_yaml, yaml_line FROM artifacts WHERE file_path = ?");
  const locate = (path, key) => {
    const r = yamlOf.get(path);
    if (!r) return { line: 1, column: 1 };
    const at = new YamlPositions(r.frontmatter_yaml, r.yaml_line).value([key]);
    return { line: at.line, column: at.column };
  };
  const found = crossFileFindings(entries, { experiments, artifactIds: /* @__PURE__ */ new Map() }, locate);
  for (const [path, findings] of [...found].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
    if (recompute !== null && !recompute.has(path)) continue;
    for (const d of applySeverity(path, findings, config2.rules)) writer.diagnostic(d, "cross");
  }
  recomputeExperimentRules(db, writer, config2, touchedExperiments);
}
function recomputeExperimentRules(db, writer, config2, experiments) {
  let files;
  if (experiments === null) {
    files = db.prepare("SELECT path, kind, experiment_id FROM files WHERE experiment_id IS NOT NULL").all().map((r) => ({ path: r.path, kind: r.kind, experimentDir: r.experiment_id }));
  } else {
    if (experiments.size === 0) return;
    const ids = JSON.stringify([...experiments]);
    db.prepare(`DELETE FROM file_diagnostics WHERE scope = 'cross' AND rule IN (SELECT value FROM json_each(?2)) AND file_path IN (SELECT path FROM files WHERE experiment_id IN (SELECT value FROM json_each(?1)))`).run(ids, JSON.stringify(EXPERIMENT_RULES));
    files = db.prepare("SELECT path, kind, experiment_id FROM files WHERE experiment_id IN (SELECT value FROM json_each(?))").all(ids).map((r) => ({ path: r.path, kind: r.kind, experimentDir: r.experiment_id }));
  }
  const found = experimentFindings(files);
  for (const path of [...found.keys()].sort()) for (const d of applySeverity(path, found.get(path), config2.rules)) writer.diagnostic(d, "cross");
}
function moveDamagedAside(path) {
  const to = backupName(path, "damaged");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) if (existsSync8(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${to}${suffix}`);
  return to;
}
function openForDryRun(path) {
  const preview2 = previewOpen(path);
  if (preview2.state === "newer") openForRead(path);
  if (preview2.state === "refuse") throw preview2.refused;
  if (preview2.state === "current") return { db: openForRead(path), preview: preview2 };
  const db = new DatabaseSync6(":memory:");
  db.exec(DDL);
  return { db, preview: preview2 };
}
async function syncIndex(req) {
  const started = performance.now();
  const { config: config2 } = req;
  if (config2.top === null) {
    throw new UsageError(`the index is built from git, and ${config2.projectDir} is not inside a git repository; nothing was written`, "cd into your repository (or run git init there), then run it again");
  }
  if (req.experiment !== void 0 && !EXPERIMENT_ID.test(req.experiment)) {
    throw new UsageError(`"${req.experiment}" is not an experiment id (YYYYMMDD_HHMMSS_name)`, "etk sync <experiment_id>, e.g. etk sync 20251217_024343_image_enhancements");
  }
  const base = config2.top ?? config2.projectDir;
  const scope = req.experiment === void 0 ? config2.root : config2.root === "" ? req.experiment : `${config2.root}/${req.experiment}`;
  const spec2 = { kind: req.source, top: config2.top, base, root: config2.root, scope, maxFileSize: config2.maxFileSize, ...req.rev !== void 0 ? { rev: req.rev } : {} };
  if (req.dryRun) {
    let dry;
    try {
      dry = openForDryRun(req.dbPath);
    } catch (err) {
      throw isSqliteError(err) ? databaseError(req.dbPath, err, "read") : err;
    }
    const { db, preview: preview2 } = dry;
    try {
      const result = await syncInto(db, req, spec2, listSourceFor(db, req, spec2));
      return { ...result, ...preview2.state === "migrate" && preview2.inspection.objects.length > 0 ? { wouldMigrate: preview2 } : {}, ms: performance.now() - started };
    } finally {
      db.close();
    }
  }
  let opened;
  let damaged = null;
  try {
    opened = openForWrite(req.dbPath, { walLater: true });
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError) || !req.force) throw err;
    damaged = moveDamagedAside(req.dbPath);
    opened = openForWrite(req.dbPath, { walLater: true });
  }
  try {
    const source = listSourceFor(opened.db, req, spec2);
    if (req.force) opened.db.exec("PRAGMA foreign_keys = OFF");
    const result = await syncInto(opened.db, req, spec2, source);
    if (req.force) opened.db.exec("PRAGMA foreign_keys = ON");
    return { ...result, ...opened.migrated ? { migrated: opened.migrated } : {}, ...damaged !== null ? { damagedMovedTo: damaged } : {}, ms: performance.now() - started };
  } catch (err) {
    throw isSqliteError(err) ? databaseError(req.dbPath, err, "write") : err;
  } finally {
    switchToWal(opened);
    opened.db.close();
  }
}
function listSourceFor(db, req, spec2) {
  const meta2 = readMeta(db);
  const base = meta2.get("base_tree") ?? "";
  const usable = !req.force && !req.all && req.experiment === void 0 && meta2.get("config_hash") === configHash(req.config) && meta2.get("etk_version") === req.etkVersion;
  if (usable) {
    const quick = quickSourceFromIndex(spec2, meta2, () => dirtyRows(db));
    if (quick) return { ...quick, quickFrom: base };
  }
  return { ...listSource(spec2), candidates: null, quickFrom: null };
}
async function syncInto(db, req, spec2, source) {
  const { state } = source;
  let listedHow = "full";
  const { config: config2 } = req;
  const base = spec2.base;
  const hash = configHash(config2);
  db.exec(req.dryRun ? "BEGIN" : "BEGIN IMMEDIATE");
  try {
    if (req.force && !req.dryRun) resetEtkSchema(db);
    const meta2 = readMeta(db);
    let rebuild = null;
    if (req.force) rebuild = "--force";
    else if (!meta2.has("config_hash")) rebuild = "new index";
    else if (meta2.get("config_hash") !== hash) rebuild = "the configuration or schemas changed";
    else if (meta2.get("etk_version") !== req.etkVersion) rebuild = `etk changed (${meta2.get("etk_version")} -> ${req.etkVersion})`;
    const full = rebuild !== null;
    if (!full && req.all) rebuild = "--all";
    const effective = full && req.experiment !== void 0 ? { ...spec2, scope: config2.root } : spec2;
    let src = source;
    if (src.candidates !== null && (full || meta2.get("base_tree") !== src.quickFrom)) src = { ...listSource(effective), candidates: null, quickFrom: null };
    else if (src.candidates === null && effective !== spec2) src = { ...listSource(effective), candidates: null, quickFrom: null };
    const fullListing = src.listing;
    const fullHashed = src.hashed;
    listedHow = src.candidates !== null ? "quick" : "full";
    let plan2;
    let indexedCount;
    if (src.candidates !== null) {
      const paths = [...src.candidates.keys()];
      const had = new Map(db.prepare("SELECT path, blob FROM files WHERE path IN (SELECT value FROM json_each(?))").all(JSON.stringify(paths)).map((r) => [r.path, r.blob]));
      const wanted = /* @__PURE__ */ new Map();
      for (const [p, b] of src.candidates) if (b !== null) wanted.set(p, b);
      plan2 = planSync(had, wanted, "");
      indexedCount = Number(db.prepare("SELECT COUNT(*) AS n FROM files").get().n);
      plan2.unchanged = indexedCount - plan2.changed.length - plan2.removed.length;
    } else {
      const indexed = /* @__PURE__ */ new Map();
      const filesStmt = db.prepare("SELECT path, blob FROM files");
      filesStmt.setReturnArrays(true);
      for (const [path, blob] of filesStmt.all()) indexed.set(path, blob);
      plan2 = planSync(indexed, fullListing, full ? "" : effective.scope, rebuild !== null);
      indexedCount = indexed.size;
    }
    if (req.dryRun) {
      db.exec("ROLLBACK");
      return outcome(plan2, rebuild, 0, 0, 0, true);
    }
    const touched = plan2.added.length + plan2.changed.length + plan2.removed.length;
    const bulk = touched > 200 && touched * 4 > indexedCount + plan2.added.length;
    const writer = new RowWriter(db, bulk);
    const before = rebuild === null && !bulk ? crossFacts(db, [...plan2.removed, ...plan2.changed]) : null;
    for (const p of plan2.removed) writer.remove(p);
    for (const p of plan2.changed) writer.remove(p);
    const toRead = [...plan2.added, ...plan2.changed].sort();
    req.onProgress?.(0, toRead.length);
    const schemas = await schemasFor(config2);
    let done = 0;
    const stored = /* @__PURE__ */ new Set();
    const storeRows = (batch) => {
      for (const rows of batch) {
        if (rows.file.blob === "") rows.file.blob = fullListing.get(rows.file.path);
        writer.add(rows);
        stored.add(rows.file.path);
      }
      done += batch.length;
      if (req.onProgress && done % 1e3 < batch.length) req.onProgress(done, toRead.length);
    };
    const store = (batch) => storeRows(batch.map((r) => rowsFor(r, r.blob ?? "", applySeverity(r.path, r.findings, config2.rules), config2.root, config2.timezone)));
    if (req.source === "worktree" && config2.top !== null) {
      const job = { base, root: config2.root, maxFileSize: config2.maxFileSize, rules: config2.rules, schemaOptions: { statuses: config2.statuses, extraTypes: config2.extraTypes, profile: config2.schemaProfile }, keepBody: true, paths: toRead, hashPaths: toRead.filter((p) => fullHashed.has(p)), missingToCaller: true, rows: { root: config2.root, timezone: config2.timezone } };
      await validateWorktreeStream(job, schemas, (batch) => storeRows(batch), { callerShare: "none" });
      const missing = toRead.filter((p) => !stored.has(p) && !fullHashed.has(p));
      if (missing.length > 0) {
        const env = { root: config2.root, schemas, maxFileSize: config2.maxFileSize, rules: config2.rules };
        const batch = [];
        for (const f of readSourceFiles({ ...effective, kind: "index" }, missing, fullListing)) {
          const r = validateFile(f, env);
          if (r) batch.push(r);
        }
        store(batch);
      }
    } else {
      const env = { root: config2.root, schemas, maxFileSize: config2.maxFileSize, rules: config2.rules };
      for (let i = 0; i < toRead.length; i += 500) {
        const batch = [];
        for (const f of readSourceFiles(effective, toRead.slice(i, i + 500), fullListing)) {
          const r = validateFile(f, env);
          if (r) batch.push(r);
        }
        store(batch);
      }
    }
    writer.finish();
    if (!isEmptyPlan(plan2) || rebuild !== null) {
      recomputeCrossFile(db, writer, config2, before === null ? null : { touched: [...plan2.removed, ...plan2.changed, ...plan2.added], ids: before.ids, experiments: before.experiments });
    }
    updateProvenance(db, config2.top === null || req.provenance === false ? null : { top: config2.top, root: config2.root }, state.commit, rebuild !== null);
    const overlay = src.overlay;
    const wholeIndex = effective.scope === config2.root && overlay.baseTree !== null && config2.top !== null;
    db.exec("UPDATE files SET dirty = 0 WHERE dirty = 1");
    const markDirty = db.prepare("UPDATE files SET dirty = 1 WHERE path = ?");
    const absent = [];
    for (const [p, b] of overlay.differs) {
      if (b === null) absent.push(p);
      else markDirty.run(p);
    }
    writeMeta(db, {
      base_tree: wholeIndex ? overlay.baseTree : "",
      dirty_absent: JSON.stringify(wholeIndex ? absent.sort() : []),
      etk_version: req.etkVersion,
      schema_version: String(SCHEMA_VERSION),
      config_hash: hash,
      source: state.kind,
      commit: state.commit ?? "",
      tree: state.tree ?? "",
      dirty: state.dirty ? "1" : "0",
      synced_at: (/* @__PURE__ */ new Date()).toISOString()
    });
    const totals = db.prepare("SELECT (SELECT COUNT(*) FROM files) AS files, (SELECT COUNT(*) FROM file_diagnostics WHERE severity = 'error') AS errors, (SELECT COUNT(*) FROM file_diagnostics WHERE severity = 'warning') AS warnings").get();
    if (req.beforeCommit && !req.beforeCommit(db)) {
      db.exec("ROLLBACK");
      return { ...outcome(plan2, rebuild, totals.files, totals.errors, totals.warnings, false), rolledBack: true };
    }
    db.exec("COMMIT");
    return outcome(plan2, rebuild, totals.files, totals.errors, totals.warnings, false);
  } catch (err) {
    try {
      if (db.isTransaction) db.exec("ROLLBACK");
    } catch {
    }
    throw err;
  }
  function outcome(plan2, rebuild, files, errors, warnings, dryRun) {
    return { plan: plan2, rebuild, state, dbPath: req.dbPath, dryRun, rolledBack: false, listed: listedHow, files, errors, warnings, ms: 0 };
  }
}
async function checkConflicts(req) {
  const { config: config2 } = req;
  const base = config2.top ?? config2.projectDir;
  const spec2 = { kind: req.source, top: config2.top, base, root: config2.root, scope: config2.root, maxFileSize: config2.maxFileSize, ...req.rev !== void 0 ? { rev: req.rev } : {} };
  const source = { ...listSource(spec2), candidates: null, quickFrom: null };
  const indexedDb = openForRead(req.dbPath);
  const memory = new DatabaseSync6(":memory:");
  try {
    memory.exec(DDL);
    memory.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    await syncInto(memory, { ...req, force: false, all: false, dryRun: false }, spec2, source);
    const meta2 = readMeta(indexedDb);
    let staleConfig = null;
    if (meta2.get("config_hash") !== configHash(config2)) staleConfig = "the index was built with another configuration or schemas";
    else if (meta2.get("etk_version") !== req.etkVersion) staleConfig = `the index was built by etk ${meta2.get("etk_version")}, this is ${req.etkVersion}`;
    const drift = compareDumps(dumpByFile(indexedDb), dumpByFile(memory));
    return { drift, staleConfig, files: source.listing.size };
  } finally {
    memory.close();
    indexedDb.close();
  }
}

export {
  EXPERIMENT_ID,
  classifyPath,
  SLUG_MAX,
  artifactStamp,
  slugify,
  readRegularFile,
  toPosix,
  walkMarkdown,
  readWorktreeFile,
  decodeArtifact,
  zoneOffsetAt,
  isTimeZone,
  PRECEDENCE,
  metadataTime,
  factsOf,
  readMetadataFile,
  mergedLiveFacts,
  rowsFor,
  applySeverity,
  PRECOMPILED,
  BUILTIN_SCHEMAS,
  COMMON_SCHEMA,
  DEFAULT_STATUSES,
  RULES,
  isRuleId,
  fixedFileName,
  TYPE_FOLDERS,
  PROFILES,
  yaml2 as yaml,
  require_dist,
  parseFrontmatter,
  YamlPositions,
  deriveTitle,
  validateFile,
  enableWorkers,
  workerMain,
  isSqliteError,
  SCHEMA_VERSION,
  DDL,
  inspectDb,
  movesOf,
  blockingMoves,
  keptObjects,
  CorruptDatabaseError,
  busyTimeoutMs,
  readOnlyLookError,
  previewOpen,
  openForWrite,
  isEtkIndexFile,
  openForRead,
  execGit,
  repoTop,
  gitSucceeds,
  splitZ,
  parseLsFilesStage,
  parseGrepZ,
  compareDiagnostics,
  stagedPaths,
  stagedChanges,
  LINK_MODE,
  readBlobs,
  blobFile,
  readIndexFiles,
  takeStatusPrefetch,
  listSource,
  parseRawDiff,
  primeWorktreeStatus,
  quickSourceFromIndex,
  counts,
  meta,
  checkDatabase,
  dirtyRows,
  configHash,
  crossEntryOf,
  locateInResults,
  crossFileFindings,
  schemasFor,
  validateRepo,
  LOG_FORMAT,
  parseLog,
  shallowCommits,
  updateProvenance,
  planSync,
  syncIndex,
  syncInto,
  checkConflicts
};
