import { createRequire as __etkCreateRequire } from 'node:module';
const require = __etkCreateRequire(import.meta.url);

// src/util/distance.ts
function editDistance(a, b, max = 3) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return Math.min(rows[a.length][b.length], max + 1);
}
var memo = /* @__PURE__ */ new Map();
function closest(word, candidates) {
  const list = [...candidates];
  const key = `${word}\0${list.join("\0")}`;
  if (memo.has(key)) return memo.get(key);
  const found = closestUncached(word, list);
  if (memo.size < 1e4) memo.set(key, found);
  return found;
}
function closestUncached(word, candidates) {
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

export {
  closest
};
