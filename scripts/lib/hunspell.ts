/**
 * A hunspell affix expander, for development scripts only: reads a dictionary's .aff rules and
 * expands .dic entries into the inflected forms they stand for (prefixes, suffixes, one suffix on a
 * suffix by continuation class, and prefix with suffix where both allow it). `unmunch` from
 * hunspell-tools does the same but crashes on the Turkish (FLAG num, 2,478 flags), Arabic (AF
 * aliases) and Armenian (FLAG long) dictionaries, so the project expands them itself.
 */
import { readFileSync } from 'node:fs';

interface Rule {
  kind: 'PFX' | 'SFX';
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  cont: string[];
  cond: RegExp;
}

export interface Dictionary {
  entries: { word: string; flags: string[] }[];
  /** withPrefixes: whether prefix rules apply (they are clitics in Arabic, other words in Spanish). */
  expand(word: string, flags: readonly string[], withPrefixes?: boolean): string[];
}

export function loadDictionary(affPath: string, dicPath: string): Dictionary {
  const aff = readFileSync(affPath, 'utf8').split(/\r?\n/);
  let flagMode = 'char';
  const aliases: string[] = [];
  const rules = new Map<string, Rule[]>();
  const headers = new Map<string, { kind: 'PFX' | 'SFX'; cross: boolean }>();
  let needAffix = '';
  let onlyInCompound = '';
  let forbidden = '';
  let ignore = '';
  const parseFlags = (s: string): string[] => {
    if (!s) return [];
    if (aliases.length > 0 && /^\d+$/.test(s)) return parseFlags(aliases[Number(s) - 1] ?? '');
    if (flagMode === 'long') return s.match(/../gu) ?? [];
    if (flagMode === 'num') return s.split(',').filter(Boolean);
    return [...s];
  };
  for (const line of aff) {
    const f = line.trim().split(/\s+/);
    switch (f[0]) {
      case 'FLAG':
        flagMode = f[1] === 'UTF-8' ? 'char' : f[1]!;
        break;
      case 'AF':
        if (f.length === 2 && /^\d+$/.test(f[1]!)) break;
        aliases.push(f[1] ?? '');
        break;
      case 'NEEDAFFIX':
        needAffix = f[1]!;
        break;
      case 'ONLYINCOMPOUND':
        onlyInCompound = f[1]!;
        break;
      case 'FORBIDDENWORD':
        forbidden = f[1]!;
        break;
      case 'IGNORE':
        ignore = f[1]!;
        break;
      case 'PFX':
      case 'SFX': {
        const kind = f[0];
        const flag = f[1]!;
        if (!headers.has(kind + flag) && f.length >= 4 && (f[2] === 'Y' || f[2] === 'N')) {
          headers.set(kind + flag, { kind, cross: f[2] === 'Y' });
          break;
        }
        const head = headers.get(kind + flag);
        if (!head || f.length < 5) break;
        const [add, cont = ''] = f[3]!.split('/');
        const strip = f[2] === '0' ? '' : f[2]!;
        const cond = f[4] === '.' ? '' : f[4]!;
        let re: RegExp;
        try {
          re = new RegExp(kind === 'SFX' ? `${cond}$` : `^${cond}`, 'u');
        } catch {
          continue;
        }
        const rule: Rule = { kind, flag, cross: head.cross, strip, add: add === '0' ? '' : add!, cont: parseFlags(cont), cond: re };
        const list = rules.get(flag) ?? [];
        list.push(rule);
        rules.set(flag, list);
        break;
      }
    }
  }
  const clean = (w: string) => (ignore ? [...w].filter((c) => !ignore.includes(c)).join('') : w);

  const dic = readFileSync(dicPath, 'utf8').split(/\r?\n/).slice(1);
  const entries: Dictionary['entries'] = [];
  for (const line of dic) {
    if (!line.trim()) continue;
    // A slash inside a word is written "\/"; the flags follow the first bare one.
    const body = line.split(/\s+/)[0]!;
    const slash = body.search(/(?<!\\)\//);
    const word = (slash < 0 ? body : body.slice(0, slash)).replaceAll('\\/', '/');
    const flags = slash < 0 ? [] : parseFlags(body.slice(slash + 1));
    if (forbidden && flags.includes(forbidden)) continue;
    if (onlyInCompound && flags.includes(onlyInCompound)) continue;
    entries.push({ word, flags });
  }

  function apply(rule: Rule, w: string): string | null {
    if (rule.kind === 'SFX') {
      if (!rule.cond.test(w) || !w.endsWith(rule.strip)) return null;
      return w.slice(0, w.length - rule.strip.length) + rule.add;
    }
    if (!rule.cond.test(w) || !w.startsWith(rule.strip)) return null;
    return rule.add + w.slice(rule.strip.length);
  }

  function expand(word: string, flags: readonly string[], withPrefixes = true): string[] {
    const out = new Set<string>();
    const ok = (cont: readonly string[]) => !(onlyInCompound && cont.includes(onlyInCompound));
    if (!(needAffix && flags.includes(needAffix))) out.add(word);
    const suffixed: { w: string; cross: boolean; cont: string[] }[] = [{ w: word, cross: true, cont: [...flags] }];
    for (const flag of flags) {
      for (const r of rules.get(flag) ?? []) {
        if (r.kind !== 'SFX' || !ok(r.cont)) continue;
        const w = apply(r, word);
        if (w === null) continue;
        if (!(needAffix && r.cont.includes(needAffix))) out.add(w);
        suffixed.push({ w, cross: r.cross, cont: r.cont });
        // A suffix on a suffix (continuation class).
        for (const c of r.cont) {
          for (const r2 of rules.get(c) ?? []) {
            if (r2.kind !== 'SFX' || !ok(r2.cont)) continue;
            const w2 = apply(r2, w);
            if (w2 !== null) out.add(w2);
          }
        }
      }
    }
    for (const s of withPrefixes ? suffixed : []) {
      const pflags = s.w === word ? flags : [...new Set([...flags, ...s.cont])];
      for (const flag of pflags) {
        for (const r of rules.get(flag) ?? []) {
          if (r.kind !== 'PFX' || !ok(r.cont) || (s.w !== word && !(s.cross && r.cross))) continue;
          const w = apply(r, s.w);
          if (w !== null) out.add(w);
        }
      }
    }
    return [...out].map(clean);
  }

  return { entries, expand };
}
