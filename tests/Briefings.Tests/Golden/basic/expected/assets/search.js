// Search without a server, from any host or from disk: the index files are classic scripts that call
// window.__briefingsSearch(name, data), loaded by <script> elements (file:// refuses fetch, modules and wasm).
// keys() must give exactly what Briefings.Search.SearchKeys gives in C#: the tests run both on shared vectors.
(() => {
  "use strict";
  const MAX_KEY = 64;
  const SPELT = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ς": "σ" };
  const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);
  const APOSTROPHES = new Set(["'", "\u2019", "\u02BC"]);
  const MARK = /^\p{M}$/u;
  const SKIPPED = /^[\p{M}\p{Cf}]$/u;
  const WORD = /^[\p{L}\p{N}]$/u;
  const folds = new Map();

  // One character: "" separates words, null is nothing (an accent, an invisible character), else its folded letters.
  const fold = (ch) => {
    if (APOSTROPHES.has(ch)) return "";
    if (SKIPPED.test(ch)) return null;
    let cached = folds.get(ch);
    if (cached !== undefined) return cached;
    cached = "";
    for (const part of ch.toLowerCase().normalize("NFD")) {
      if (MARK.test(part)) continue;
      const spelt = SPELT[part];
      if (spelt !== undefined) cached += spelt;
      else if (WORD.test(part)) cached += part.toLowerCase();
    }
    folds.set(ch, cached);
    return cached;
  };

  const stem = (word) => {
    let n = word.length;
    if (n > 3 && (word[n - 1] === "s" || word[n - 1] === "x")) n--;
    if (n > 3 && word[n - 1] === "e") n--;
    if (n > 3 && word[n - 1] === "e") n--;
    return word.slice(0, n);
  };

  const emit = (word, keys) => {
    let key = word.length > MAX_KEY + 8 ? word : stem(word);
    if (key.length > MAX_KEY) key = key.slice(0, MAX_KEY);
    const last = key.charCodeAt(key.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) key = key.slice(0, -1);
    if (key.length > 0) keys.push(key);
  };

  // The keys of a text, in order, repeats included.
  const keys = (text) => {
    const out = [];
    let word = "";
    let afterApostrophe = false;
    const end = (apostrophe) => {
      if (word.length > 0) {
        const dropped = (apostrophe && ELISIONS.has(word)) || (afterApostrophe && word === "s");
        if (!dropped) emit(word, out);
      }
      afterApostrophe = apostrophe;
      word = "";
    };
    for (const ch of text) {
      const folded = fold(ch);
      if (folded === null) continue;
      if (folded.length > 0) {
        // C# keeps at most MAX_KEY + 8 characters of a word, then never stems it.
        word += folded;
        if (word.length > MAX_KEY + 8) word = word.slice(0, MAX_KEY + 8) + "\u0000";
        continue;
      }
      end(APOSTROPHES.has(ch));
    }
    end(false);
    return out;
  };

  // Script loading: one promise per file, resolved by the file's own call.
  const pending = new Map();
  window.__briefingsSearch = (name, data) => {
    const entry = pending.get(name);
    if (entry) entry.resolve(data);
  };
  const load = (name, src) => {
    let entry = pending.get(name);
    if (entry) return entry.promise;
    entry = {};
    entry.promise = new Promise((resolve, reject) => {
      entry.resolve = resolve;
      const script = document.createElement("script");
      script.src = src;
      script.async = true;
      script.onerror = () => { pending.delete(name); reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
    pending.set(name, entry);
    return entry.promise;
  };

  const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  // The index named by meta.js (its URL relative to the page), and the queries run against it.
  const open = (metaUrl) => {
    const base = metaUrl.slice(0, metaUrl.lastIndexOf("/") + 1);
    const meta = load("meta", metaUrl);

    // The key files whose ranges hold keys that start with key (all keys from key to the last that starts with it).
    const keyFiles = (m, key) => {
      const firsts = m.k;
      let lo = 0, hi = firsts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firsts[mid] <= key) lo = mid; else hi = mid - 1;
      }
      const files = [lo];
      for (let i = lo + 1; i < firsts.length && firsts[i].startsWith(key); i++) files.push(i);
      return files;
    };
    const keyFile = (i) => load("i" + i, base + "i/" + i + ".js");

    const textFileOf = (m, doc) => {
      let start = 0, file = 0;
      for (let kind = 0; kind < m.n.length; kind++) {
        if (doc < start + m.n[kind]) return file + Math.floor((doc - start) / m.f[kind]);
        file += Math.ceil(m.n[kind] / m.f[kind]);
        start += m.n[kind];
      }
      return -1;
    };
    const textStart = (m, doc) => {
      let start = 0;
      for (let kind = 0; kind < m.n.length; kind++) {
        if (doc < start + m.n[kind]) return doc - ((doc - start) % m.f[kind]);
        start += m.n[kind];
      }
      return -1;
    };
    const text = async (doc) => {
      const m = await meta;
      const file = textFileOf(m, doc);
      const docs = await load("f" + file, base + "f/" + file + ".js");
      const [url, title, kind, body, lang] = docs[doc - textStart(m, doc)];
      return { doc, url, title, kind, text: body, lang };
    };

    // Documents that match every word of the query (each word a prefix of a key when it has three letters or more),
    // best first: words in titles, then how often, then the site's order (newest briefings first).
    const search = async (query) => {
      const words = [...new Set(keys(query))];
      if (words.length === 0) return { words, docs: [] };
      const m = await meta;
      const total = m.n.reduce((a, b) => a + b, 0);
      let scores = null;
      for (const word of words) {
        const prefix = word.length >= 3;
        const files = await Promise.all(keyFiles(m, word).map(keyFile));
        const wordScores = new Map();
        for (const entries of files) {
          for (const [key, postings] of entries) {
            if (!(prefix ? key.startsWith(word) : key === word)) continue;
            const exact = key === word ? 2 : 1;
            let doc = 0;
            for (const value of postings) {
              doc += value >> 2;
              const score = ((value & 3) + 1) * exact;
              const before = wordScores.get(doc);
              if (before === undefined || before < score) wordScores.set(doc, score);
            }
          }
        }
        if (scores === null) scores = wordScores;
        else {
          const both = new Map();
          for (const [doc, score] of scores) {
            const other = wordScores.get(doc);
            if (other !== undefined) both.set(doc, score + other);
          }
          scores = both;
        }
        if (scores.size === 0) break;
      }
      const docs = [...scores].filter(([doc]) => doc < total).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
      return { words, docs };
    };

    return { meta, search, text };
  };

  // A few words around the first that matches, each matching word marked.
  const snippet = (body, words, size = 30) => {
    const parts = body.split(/\s+/).filter((p) => p.length > 0);
    const matches = (part) => keys(part).some((k) => words.some((w) => (w.length >= 3 ? k.startsWith(w) : k === w)));
    const first = parts.findIndex(matches);
    const from = Math.max(0, first - 8);
    const shown = parts.slice(from, from + size);
    const html = shown.map((p) => (matches(p) ? "<mark>" + escapeHtml(p) + "</mark>" : escapeHtml(p))).join(" ");
    return (from > 0 ? "… " : "") + html + (from + size < parts.length ? " …" : "");
  };

  window.BriefingsSearch = { keys, open, snippet };

  const boxes = () => {
    for (const box of document.querySelectorAll(".search-box")) {
      const form = box.querySelector("form");
      const fallback = box.querySelector(".search-box-fallback");
      if (form) form.hidden = false;
      if (fallback) fallback.hidden = true;
    }
  };

  const page = () => {
    const app = document.getElementById("search-app");
    if (!app) return;
    const d = app.dataset;
    const root = d.root.slice(0, d.root.length - "index.html".length);
    const index = open(d.index);
    const input = app.querySelector(".search-input");
    const status = app.querySelector(".search-status");
    const list = app.querySelector(".search-results");
    const more = app.querySelector(".search-more");
    const pageSize = 10;
    let run = 0;
    let found = { words: [], docs: [] };
    let shown = 0;

    const show = async (mine) => {
      const slice = found.docs.slice(shown, shown + pageSize);
      const items = await Promise.all(slice.map((doc) => index.text(doc)));
      if (mine !== run) return;
      for (const item of items) {
        const li = document.createElement("li");
        li.className = "search-result search-result-" + item.kind;
        if (item.lang) li.lang = item.lang;
        li.innerHTML = '<p class="search-result-kind">' + escapeHtml(d["kind" + item.kind.toUpperCase()] || "") + "</p>"
          + '<h2 class="search-result-title"><a href="' + escapeHtml(root + item.url) + '">' + escapeHtml(item.title) + "</a></h2>"
          + '<p class="search-result-snippet">' + snippet(item.text, found.words) + "</p>";
        list.appendChild(li);
      }
      shown += slice.length;
      more.hidden = shown >= found.docs.length;
    };

    const query = async (q) => {
      const mine = ++run;
      list.textContent = "";
      more.hidden = true;
      shown = 0;
      if (keys(q).length === 0) { status.textContent = q.trim() ? d.short : ""; return; }
      status.textContent = d.loading;
      try {
        found = await index.search(q);
        if (mine !== run) return;
        const n = found.docs.length;
        status.textContent = n === 0 ? d.none : n === 1 ? d.one : d.many.replace("{0}", n.toLocaleString(document.documentElement.lang || undefined));
        await show(mine);
      } catch (e) {
        if (mine === run) status.textContent = d.failed;
      }
    };

    more.addEventListener("click", () => show(run));
    app.querySelector(".search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      query(input.value);
    });
    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (e) { /* some file:// setups refuse it */ }
        query(input.value);
      }, 150);
    });
    const q = new URLSearchParams(location.search).get("q");
    if (q) {
      input.value = q;
      query(q);
    }
  };

  const start = () => { boxes(); page(); };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
