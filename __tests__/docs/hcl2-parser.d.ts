/** hcl2-parser: HashiCorp's HCL v2 parser compiled to JavaScript (dev dependency of the docs tests). */
declare module 'hcl2-parser' {
  /** `[body, null]`, or `[null, error]` when the text is not valid HCL. */
  export function parseToObject(text: string): [unknown, unknown]
  const hcl: { parseToObject: typeof parseToObject }
  export default hcl
}
