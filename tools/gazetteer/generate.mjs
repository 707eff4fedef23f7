#!/usr/bin/env node
// Pacta gazetteer generator.
//
// Writes, from pinned npm packages (see package.json / package-lock.json):
//   data/lexicons/<lang>/countries.tsv          (12 languages)
//   data/lexicons/en/capitals.generated.tsv
//   data/lexicons/{en,fr}/demonyms.generated.tsv
//
// Sources:
//   cldr-localenames-full@48.2.0  (Unicode-3.0)  territory display names, incl. -alt-short / -alt-variant
//   world-countries@5.1.0         (ODbL-1.0)     cca2 -> cca3 mapping, name.common/official, altSpellings,
//                                                translations.<iso639-3>, capital, demonyms
//
// Re-run:  cd tools/gazetteer && npm ci && node generate.mjs
//
// The output is deterministic: rows are sorted by code, then by form (code-point order).
// Nothing outside data/lexicons/<lang>/countries.tsv and the *.generated.tsv files is written.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const lexiconRoot = join(repoRoot, 'data', 'lexicons');
const nm = join(here, 'node_modules');

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

// ---------------------------------------------------------------------------------------------
// Pinned sources (refuse to run against anything else, so the output is reproducible)
// ---------------------------------------------------------------------------------------------
const PINNED = {
  'cldr-localenames-full': { version: '48.2.0', licence: 'Unicode-3.0' },
  'world-countries': { version: '5.1.0', licence: 'ODbL-1.0' },
};
for (const [pkg, { version }] of Object.entries(PINNED)) {
  const v = readJson(join(nm, pkg, 'package.json')).version;
  if (v !== version) {
    console.error(`error: ${pkg}@${v} is installed but ${version} is pinned; run "npm ci"`);
    process.exit(1);
  }
}
const CLDR_TAG = `cldr-localenames-full@${PINNED['cldr-localenames-full'].version} (${PINNED['cldr-localenames-full'].licence})`;
const WC_TAG = `world-countries@${PINNED['world-countries'].version} (${PINNED['world-countries'].licence})`;
const SCRIPT = 'tools/gazetteer/generate.mjs';

const countries = readJson(join(nm, 'world-countries', 'countries.json'));

// ---------------------------------------------------------------------------------------------
// Code mapping
// ---------------------------------------------------------------------------------------------
// Kosovo has no ISO 3166-1 alpha-3 code. world-countries gives the user-assigned "UNK" (UNMIK);
// Pacta uses the widely used user-assigned code XKX instead (EU / IMF / ICAO practice).
const CCA3_OVERRIDE = { XK: 'XKX' };

const cca2to3 = new Map();
const byCca3 = new Map();
for (const c of countries) {
  const a3 = CCA3_OVERRIDE[c.cca2] ?? c.cca3;
  cca2to3.set(c.cca2, a3);
  byCca3.set(a3, c);
}

// States, for conflict resolution and for capitals: world-countries "independent", plus the
// partially recognised states that Pacta treats as parties (Kosovo, Palestine, Taiwan).
const PARTIAL_STATES = new Set(['XKX', 'PSE', 'TWN']);
const isState = (a3) => byCca3.get(a3)?.independent === true || PARTIAL_STATES.has(a3);

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------
const clean = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ') // no-break spaces -> space
    .replace(/[\t\r\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

// Typographic apostrophes: keep the original row and add one with the ASCII apostrophe.
const APOSTROPHES = /[\u2019\u02BC]/g; // ’ (RIGHT SINGLE QUOTATION MARK), ʼ (MODIFIER LETTER APOSTROPHE)
const apostropheVariants = (form) => {
  const ascii = form.replace(APOSTROPHES, "'");
  return ascii === form ? [form] : [form, ascii];
};

// English altSpellings: world-countries mixes English names with native-language names,
// romanisations, IPA and two-letter codes. Keep only Latin-script names of 3+ letters, and drop a
// few entries that are ordinary English words / personal names (they would be false positives).
const LATIN_ONLY = /^[\p{Script=Latin}\p{Mark}0-9 .,'’()\-&]+$/u;
const IPA_CHARS = /[\u0250-\u02AF]/u;
const EN_ALT_DENY = new Set([
  'Island', // Icelandic/Danish name of Iceland; an English common noun
  'Mann', // Manx name of the Isle of Man; a common surname
  'Dominique', // French name of Dominica; a common given name
  'Prathet', // Thai for "country", not a name
  'the Abode of Peace', // epithet of Brunei
]);
const skippedAlt = [];
function englishAltOk(s) {
  if (/^[A-Z]{2}$/.test(s)) return false; // ISO alpha-2 code
  if (EN_ALT_DENY.has(s) || !LATIN_ONLY.test(s) || IPA_CHARS.test(s)) {
    skippedAlt.push(s);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Row collection with conflict handling
// ---------------------------------------------------------------------------------------------
// A form may not map to two codes in one file. If a form maps to several codes:
//  1. if exactly one of the codes has it from CLDR (the primary source), that code keeps it
//     (fr "Saint-Martin" is CLDR's name of MAF; world-countries also gives it to SXM);
//  2. else if exactly one of the codes is a state (see isState), the state keeps it
//     (en demonym "American": USA, not MNP);
//  3. otherwise the form is dropped (en "Congolese": COD / COG).
// Every such case is printed.
class Table {
  constructor(name) {
    this.name = name;
    this.map = new Map(); // form -> Set(code)
    this.cldr = new Set(); // "form\tcode" pairs that come from CLDR
  }
  add(form, code, fromCldr = false) {
    form = clean(form);
    if (!form || !code) return;
    for (const f of apostropheVariants(form)) {
      if (!this.map.has(f)) this.map.set(f, new Set());
      this.map.get(f).add(code);
      if (fromCldr) this.cldr.add(`${f}\t${code}`);
    }
  }
  rows(report) {
    const out = [];
    for (const [form, codes] of this.map) {
      if (codes.size === 1) {
        out.push([form, [...codes][0]]);
        continue;
      }
      const all = [...codes].sort();
      const fromCldr = all.filter((c) => this.cldr.has(`${form}\t${c}`));
      const states = all.filter(isState);
      if (fromCldr.length === 1) {
        out.push([form, fromCldr[0]]);
        report.resolved.push(`${this.name}: "${form}" -> ${fromCldr[0]} (also ${all.filter((c) => c !== fromCldr[0]).join(', ')}; kept for the CLDR name)`);
      } else if (states.length === 1) {
        out.push([form, states[0]]);
        report.resolved.push(`${this.name}: "${form}" -> ${states[0]} (also ${all.filter((c) => c !== states[0]).join(', ')}; kept for the state)`);
      } else {
        report.dropped.push(`${this.name}: "${form}" -> ${all.join(', ')} (dropped)`);
      }
    }
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return out.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]));
  }
}

const report = { resolved: [], dropped: [], written: [] };

function writeTsv(lang, file, header, comments, table) {
  const rows = table.rows(report);
  const dir = join(lexiconRoot, lang);
  mkdirSync(dir, { recursive: true });
  const lines = [...comments.map((c) => `# ${c}`), header.join('\t'), ...rows.map((r) => r.join('\t'))];
  for (const l of lines) {
    if (l.normalize('NFC') !== l) throw new Error(`not NFC: ${l}`);
    if (!l.startsWith('#') && l.split('\t').length !== header.length) throw new Error(`bad columns: ${l}`);
  }
  const path = join(dir, file);
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
  report.written.push({ lang, file, rows: rows.length, path: relative(repoRoot, path) });
}

const REGEN = 'do not edit: re-run with "cd tools/gazetteer && npm ci && node generate.mjs"';
const ODBL_NOTE = 'rows derived from world-countries are available under ODbL-1.0 (see data/SOURCES.md)';

// ---------------------------------------------------------------------------------------------
// 1. countries.tsv for every language
// ---------------------------------------------------------------------------------------------
// Pacta language folder -> world-countries translation key (null: CLDR only).
// world-countries 5.1.0 has no Ukrainian ("ukr") or Kazakh translations.
const LANGS = {
  en: 'eng', // English uses name.common / name.official / altSpellings
  fr: 'fra',
  es: 'spa',
  pt: 'por',
  de: 'deu',
  it: 'ita',
  ru: 'rus',
  uk: null,
  tr: 'tur',
  ar: 'ara',
  fa: 'per',
  kk: null,
};

// Known errors in world-countries 5.1.0 translations, skipped (language:code -> fields, reason).
const WC_SKIP = {
  'fa:GIN': { fields: ['common', 'official'], reason: 'Persian names of Guinea are those of Papua New Guinea' },
  'it:BLM': { fields: ['common'], reason: '"Antille Francesi" (French Antilles) is not Saint-Barthélemy' },
  'fa:ISR': { fields: ['common', 'official'], reason: '"فلسطين اشغالی" (occupied Palestine) is a political epithet, not a name' },
};
const wcSkipped = [];

const TERRITORY_KEY = /^([A-Z]{2})(?:-alt-(short|variant))?$/;
const skippedCldr = new Set();

for (const [lang, wcKey] of Object.entries(LANGS)) {
  const cldr = readJson(join(nm, 'cldr-localenames-full', 'main', lang, 'territories.json'));
  const territories = cldr.main[lang].localeDisplayNames.territories;
  const table = new Table(`${lang}/countries.tsv`);

  for (const [key, name] of Object.entries(territories)) {
    const m = TERRITORY_KEY.exec(key);
    if (!m) {
      // numeric macro-regions (001, 150 ...) and other alt types (e.g. IO-alt-chagos)
      if (!/^\d{3}$/.test(key)) skippedCldr.add(key);
      continue;
    }
    const a3 = cca2to3.get(m[1]);
    if (!a3) {
      // EU EZ UN QO XA XB ZZ and CLDR-only territories without ISO alpha-3 (AC CP CQ DG EA IC TA)
      skippedCldr.add(key);
      continue;
    }
    table.add(name, a3, true);
  }

  if (wcKey) {
    for (const c of countries) {
      const a3 = CCA3_OVERRIDE[c.cca2] ?? c.cca3;
      if (lang === 'en') {
        table.add(c.name.common, a3);
        table.add(c.name.official, a3);
        for (const alt of c.altSpellings ?? []) if (englishAltOk(clean(alt))) table.add(alt, a3);
      } else {
        const t = c.translations?.[wcKey];
        const skip = WC_SKIP[`${lang}:${a3}`];
        for (const field of ['common', 'official']) {
          if (!t?.[field]) continue;
          if (skip?.fields.includes(field)) {
            wcSkipped.push(`${lang} ${a3} ${field} "${t[field]}": ${skip.reason}`);
            continue;
          }
          table.add(t[field], a3);
        }
      }
    }
  }

  const sources = wcKey ? `${CLDR_TAG} and ${WC_TAG}` : CLDR_TAG;
  const comments = [`generated by ${SCRIPT} from ${sources}`, REGEN];
  if (wcKey) comments.push(ODBL_NOTE);
  if (lang === 'uk' || lang === 'kk') comments.push('CLDR only: world-countries has no translations for this language');
  comments.push('XKX = Kosovo (user-assigned code; Kosovo has no ISO 3166-1 alpha-3)');
  writeTsv(lang, 'countries.tsv', ['form', 'code'], comments, table);
}

// ---------------------------------------------------------------------------------------------
// 2. en/capitals.generated.tsv (states only: world-countries independent + XKX, PSE, TWN)
// ---------------------------------------------------------------------------------------------
{
  const table = new Table('en/capitals.generated.tsv');
  for (const c of countries) {
    const a3 = CCA3_OVERRIDE[c.cca2] ?? c.cca3;
    if (!isState(a3)) continue;
    for (const cap of c.capital ?? []) table.add(cap, a3);
  }
  writeTsv('en', 'capitals.generated.tsv', ['form', 'code'], [
    `generated by ${SCRIPT} from ${WC_TAG}`,
    REGEN,
    ODBL_NOTE,
    'capitals of states (world-countries "independent", plus Kosovo XKX, Palestine PSE, Taiwan TWN); dependent territories are not included',
  ], table);
}

// ---------------------------------------------------------------------------------------------
// 3. demonyms: en (capitalised, as given) and fr (lowercase, with plurals)
// ---------------------------------------------------------------------------------------------
{
  const en = new Table('en/demonyms.generated.tsv');
  const fr = new Table('fr/demonyms.generated.tsv');
  const frPlural = (w) => (/[sx]$/.test(w) ? w : w + 's');
  // world-countries joins the demonyms of two-part states: "Antiguan, Barbudan", "Kittitian or
  // Nevisian", "antiguaise et barbudien", "Saint-Pierrais, Miquelonnais". Split them into forms.
  const parts = (s) => s.split(/, | or | et /).map((p) => p.trim()).filter(Boolean);
  for (const c of countries) {
    const a3 = CCA3_OVERRIDE[c.cca2] ?? c.cca3;
    const d = c.demonyms ?? {};
    for (const g of ['m', 'f']) {
      for (const e of parts(clean(d.eng?.[g]))) en.add(e, a3);
      for (const f of parts(clean(d.fra?.[g]).toLocaleLowerCase('fr'))) {
        fr.add(f, a3);
        fr.add(frPlural(f), a3);
      }
    }
  }
  writeTsv('en', 'demonyms.generated.tsv', ['form', 'code'], [
    `generated by ${SCRIPT} from ${WC_TAG}`, REGEN, ODBL_NOTE,
  ], en);
  writeTsv('fr', 'demonyms.generated.tsv', ['form', 'code'], [
    `generated by ${SCRIPT} from ${WC_TAG}`, REGEN, ODBL_NOTE,
    'lowercase (French writes demonym adjectives lowercase); plurals formed by adding -s unless the form ends in s or x',
  ], fr);
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
console.log('written:');
for (const w of report.written) console.log(`  ${w.path.padEnd(44)} ${String(w.rows).padStart(5)} rows`);
console.log(`\nskipped CLDR territory keys (no ISO alpha-3 / not a territory name): ${[...skippedCldr].sort().join(' ')}`);
console.log(`skipped English altSpellings (non-Latin, IPA or deny-listed): ${skippedAlt.length}`);
console.log(`  ${skippedAlt.join(' | ')}`);
if (wcSkipped.length) {
  console.log(`\nskipped world-countries translations (known errors):`);
  for (const r of wcSkipped) console.log(`  ${r}`);
}
if (report.resolved.length) {
  console.log(`\nwarning: ${report.resolved.length} form(s) mapped to several codes; resolved to one code:`);
  for (const r of report.resolved) console.log(`  ${r}`);
}
if (report.dropped.length) {
  console.log(`\nwarning: ${report.dropped.length} form(s) mapped to several codes and were dropped:`);
  for (const r of report.dropped) console.log(`  ${r}`);
}
