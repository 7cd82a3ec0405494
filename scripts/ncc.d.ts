/** The part of @vercel/ncc's programmatic API that scripts/bundle.ts uses (the package ships no types). */
declare module '@vercel/ncc' {
  interface NccOptions {
    target?: string
    minify?: boolean
    quiet?: boolean
    cache?: boolean
    /** package.json fields to resolve a package by, in order (ncc's default: main only). */
    mainFields?: string[]
  }
  interface NccAsset {
    source: string | Buffer
    permissions?: number
  }
  interface NccStatsModule {
    name?: string
    modules?: NccStatsModule[]
  }
  interface NccStatsChunk {
    id: string | number
    initial: boolean
    files: string[]
    modules?: NccStatsModule[]
  }
  interface NccResult {
    code: string
    assets: Record<string, NccAsset>
    stats: {
      toJson(options: { chunks: true; chunkModules: true; modules: true }): { chunks: NccStatsChunk[] }
    }
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>
}
