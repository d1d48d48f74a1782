/**
 * The shape of the code as the TypeScript compiler reads it, for the convention test (and by hand:
 * `npx tsx tests/support/code-shape.ts` prints the longest functions and the unused exports).
 * - `longFunctions`: every function (declaration, expression, arrow, method, accessor) longer than a
 *   limit, counted from its first line to its last, nested functions included in their parent.
 * - `unusedExports`: every name a file in src/ exports that no other file in the repository uses
 *   (imports, re-exports, `import()` types and namespace accesses all count, tests and scripts too).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The .ts and .tsx files under a folder of the repository, relative paths, sorted. */
export function sourceFiles(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (ext.test(name)) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}

/** The repository's own program, as `tsc --noEmit` compiles it (tsconfig.json). */
export function repositoryProgram(): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath);
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

export interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function functionName(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isPrivateIdentifier(named.name))) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isExportAssignment(parent)) return 'default export';
  return '(anonymous)';
}

/** Every function in the files longer than `limit` lines, longest first. */
export function longFunctions(files: readonly string[], limit: number): FunctionSize[] {
  const out: FunctionSize[] = [];
  for (const file of files) {
    const text = ts.sys.readFile(join(ROOT, file)) ?? '';
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > limit) out.push({ file, name: functionName(node), line: first + 1, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out.sort((a, b) => b.lines - a.lines);
}

/** Where a name is declared (or only passed on, by a re-export), which is no use of it. */
const declarationKinds = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.ExportSpecifier,
]);

export interface UnusedExport {
  file: string;
  name: string;
}

/**
 * The exports of the files under `dirs` (relative folders) that no other file of the program uses.
 * A use is any identifier elsewhere that the checker resolves (through imports and re-exports) to the
 * exported declaration. A default export is left to the tool that loads it (WXT's entrypoints).
 */
export function unusedExports(program: ts.Program, dirs: readonly string[]): UnusedExport[] {
  const checker = program.getTypeChecker();
  const inScope = (fileName: string) => {
    const r = relative(ROOT, fileName);
    return !r.startsWith('..') && !r.startsWith('node_modules') && !r.startsWith('.wxt');
  };
  const own = program.getSourceFiles().filter((f) => inScope(f.fileName));
  const target = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

  // Every declaration some file uses, with the files it is used from (by declaration, not symbol:
  // the checker may hand out a different symbol for a member seen through an instance's type).
  const usedFrom = new Map<ts.Node, Set<string>>();
  const note = (symbol: ts.Symbol | undefined, file: string) => {
    if (!symbol) return;
    for (const d of [...(symbol.declarations ?? []), ...(target(symbol).declarations ?? [])]) {
      let files = usedFrom.get(d);
      if (!files) usedFrom.set(d, (files = new Set()));
      files.add(file);
    }
  };
  const usersOf = (declarations: readonly ts.Node[] | undefined) => new Set((declarations ?? []).flatMap((d) => [...(usedFrom.get(d) ?? [])]));
  for (const source of own) {
    const visit = (node: ts.Node) => {
      const declares = (node.parent as { name?: ts.Node } | undefined)?.name === node && declarationKinds.has(node.parent.kind);
      if ((ts.isIdentifier(node) || ts.isStringLiteral(node)) && !declares) note(checker.getSymbolAtLocation(node), source.fileName);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // A class member may be used through an interface the class meets only by its shape (the page's
  // Lifecycle interface and PageLifecycle): a used member of that name anywhere counts.
  const memberKinds = new Set([ts.SyntaxKind.PropertySignature, ts.SyntaxKind.MethodSignature, ts.SyntaxKind.PropertyDeclaration, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.GetAccessor]);
  const usedMemberNames = new Set<string>();
  for (const d of usedFrom.keys()) {
    const name = (d as { name?: ts.Node }).name;
    if (memberKinds.has(d.kind) && name && ts.isIdentifier(name)) usedMemberNames.add(name.text);
  }

  const out: UnusedExport[] = [];
  for (const source of own) {
    const file = relative(ROOT, source.fileName);
    if (!dirs.some((d) => file.startsWith(`${d}/`))) continue;
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (exported.escapedName === 'default') continue;
      const declared = target(exported);
      const declaredHere = (declared.declarations ?? []).some((d) => d.getSourceFile() === source);
      if (!declaredHere) continue; // a re-export: its own file answers for it
      const users = usersOf(declared.declarations);
      users.delete(source.fileName);
      if (users.size === 0) out.push({ file, name: exported.name });
      // A class's public members: used anywhere at all, or not needed.
      for (const d of declared.declarations ?? []) {
        if (!ts.isClassDeclaration(d)) continue;
        for (const m of d.members) {
          const isPrivate = ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
          if (isPrivate || ts.isConstructorDeclaration(m) || !m.name || ts.isPrivateIdentifier(m.name)) continue;
          if (usersOf([m]).size === 0 && !usedMemberNames.has(m.name.getText())) out.push({ file, name: `${exported.name}.${m.name.getText()}` });
        }
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const limit = Number(process.argv[2] ?? 60);
  for (const f of longFunctions([...sourceFiles('src'), ...sourceFiles('entrypoints')], limit)) console.log(`${f.lines}\t${f.file}:${f.line}\t${f.name}`);
  console.log('--- unused exports');
  for (const u of unusedExports(repositoryProgram(), ['src', 'entrypoints'])) console.log(`${u.file}\t${u.name}`);
}
