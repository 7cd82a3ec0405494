/**
 * The shape of src/ as the TypeScript parser sees it: which module imports which (static, type-only,
 * re-exports, `import()` and `import('…')` types alike), how long each function is, and its casts.
 * Tests hold src/ free of import circles; `npx tsx scripts/source-shape.ts [lines]` lists the
 * functions over 50 (or `lines`) lines, any circle, and every cast.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const SOURCE_ROOT = resolve(import.meta.dirname, '..', 'src')

/** Every .ts file under `root` (declaration files included: they can import too). */
export function sourceFiles(root: string = SOURCE_ROOT): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
}

/** The module specifiers a file names, whatever the form of the import. */
export function importedSpecifiers(source: ts.SourceFile): string[] {
  const specifiers: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      if (argument !== undefined && ts.isStringLiteralLike(argument)) specifiers.push(argument.text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const { literal } = node.argument
      if (ts.isStringLiteral(literal)) specifiers.push(literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}

/** The files of src/ each file imports (relative imports only; packages cannot import back). */
export function importGraph(root: string = SOURCE_ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const targets = importedSpecifiers(parse(file))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'))
    graph.set(relative(root, file), [...new Set(targets.map((target) => relative(root, target)))])
  }
  return graph
}

/**
 * The import circles: each strongly connected group of modules (Tarjan's algorithm), as the
 * sorted list of its files, and every module that imports itself.
 */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (file: string): void => {
    index.set(file, index.size)
    lowLink.set(file, index.get(file) ?? 0)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next)
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, lowLink.get(next) ?? 0))
      } else if (onStack.has(next)) {
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, index.get(next) ?? 0))
      }
    }
    if (lowLink.get(file) !== index.get(file)) return
    const group: string[] = []
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member)
      group.push(member)
      if (member === file) break
    }
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) connect(file)
  return cycles
}

export interface FunctionLength {
  file: string
  name: string
  lines: number
}

/** Calls `visit` with every node of every file under `root`, the file's path relative to it and its parse. */
function eachNode(root: string, visit: (node: ts.Node, source: ts.SourceFile, file: string) => void): void {
  for (const path of sourceFiles(root)) {
    const source = parse(path)
    const file = relative(root, path)
    const walk = (node: ts.Node): void => {
      visit(node, source, file)
      ts.forEachChild(node, walk)
    }
    walk(source)
  }
}

const lineOf = (source: ts.SourceFile, position: number): number =>
  source.getLineAndCharacterOfPosition(position).line + 1

/** Every function, method and arrow function of src/ with its length in lines, longest first. */
export function functionLengths(root: string = SOURCE_ROOT): FunctionLength[] {
  const lengths: FunctionLength[] = []
  eachNode(root, (node, source, file) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const lines = lineOf(source, node.getEnd()) - lineOf(source, node.getStart(source)) + 1
      lengths.push({ file, name: functionName(node, source), lines })
    }
  })
  return lengths.sort((a, b) => b.lines - a.lines)
}

export interface Cast {
  file: string
  line: number
  text: string
}

/** Every type assertion of src/ (`x as T`, `<T>x`) but `as const`, which asserts nothing. */
export function casts(root: string = SOURCE_ROOT): Cast[] {
  const found: Cast[] = []
  eachNode(root, (node, source, file) => {
    const isCast = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)
    if (isCast && !(ts.isTypeReferenceNode(node.type) && node.type.getText(source) === 'const')) {
      found.push({ file, line: lineOf(source, node.getStart(source)), text: node.getText(source) })
    }
  })
  return found
}

/** The declared name, or that of the variable or property an anonymous function is assigned to. */
function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name !== undefined) return node.name.getText(source)
  const { parent } = node
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name !== undefined) {
    return parent.name.getText(source)
  }
  return `(anonymous, line ${lineOf(source, node.getStart(source))})`
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const limit = Number(process.argv[2] ?? 50)
  for (const { file, name, lines } of functionLengths().filter((entry) => entry.lines > limit)) {
    console.log(`${String(lines).padStart(4)}  ${file}  ${name}`)
  }
  for (const cycle of importCycles(importGraph())) console.log(`import circle: ${cycle.join(' <-> ')}`)
  for (const { file, line, text } of casts())
    console.log(`cast: ${file}:${line}  ${text.replace(/\s+/g, ' ')}`)
}
