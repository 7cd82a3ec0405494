import { seededRandom } from '../seeded-random.js'
export interface FaultRule {
  action: string // e.g. 'UpdateAssumeRolePolicy', or '*' for any action
  roleName?: string // match only calls about this role (RoleName parameter, or the role in RoleArn)
  principal?: string // match only calls signed by this caller ARN (tells two runs with different credentials apart)
  nth?: number // 1-based: only the nth matching call (counted per rule); omitted = every matching call
  times?: number // at most this many firings (default: unlimited, or 1 when nth is set)
  error?: { code: string; status: number; message?: string } // answer this AWS error
  latencyMs?: number // add latency before handling (combine with error or alone)
  drop?: boolean // destroy the socket without answering (connection reset)
  respond?: 'previous-policy' // GetRole only: answer with the trust policy as it was before the last update
  probability?: number // 0..1: fire on this share of the matching calls, drawn at random (default 1)
  seed?: number // seed of the rule's own random draws, so a run can be repeated (default 1)
}

/** What the rules that fire on one request add up to. */
export interface FaultEffect {
  latencyMs: number
  error: { code: string; status: number; message?: string } | undefined
  drop: boolean
  previousPolicy: boolean
}

interface ActiveRule {
  rule: FaultRule
  matched: number
  fired: number
  random: () => number
}

/** The injected faults; every rule counts the calls it matches on its own. */
export class FaultPlan {
  private rules: ActiveRule[] = []

  add(rule: FaultRule): void {
    this.rules.push({ rule, matched: 0, fired: 0, random: seededRandom(rule.seed ?? 1) })
  }

  clear(): void {
    this.rules = []
  }

  /** Counts the call against each matching rule and combines the effects of those that fire. */
  apply(action: string, roleName: string | null, principal: string | null = null): FaultEffect {
    const effect: FaultEffect = { latencyMs: 0, error: undefined, drop: false, previousPolicy: false }
    for (const active of this.rules) {
      if (!this.matches(active.rule, action, roleName, principal)) continue
      active.matched++
      if (!this.fires(active)) continue
      active.fired++
      const { rule } = active
      effect.latencyMs += rule.latencyMs ?? 0
      effect.error ??= rule.error
      effect.drop ||= rule.drop === true
      effect.previousPolicy ||= rule.respond === 'previous-policy' && action === 'GetRole'
    }
    return effect
  }

  private matches(
    rule: FaultRule,
    action: string,
    roleName: string | null,
    principal: string | null
  ): boolean {
    if (rule.action !== '*' && rule.action !== action) return false
    if (rule.principal !== undefined && rule.principal !== principal) return false
    return rule.roleName === undefined || rule.roleName.toLowerCase() === roleName?.toLowerCase()
  }

  /** From the nth matching call on (or from the first), up to `times` firings, each with `probability`. */
  private fires({ rule, matched, fired, random }: ActiveRule): boolean {
    if (rule.nth !== undefined && matched < rule.nth) return false
    const limit = rule.times ?? (rule.nth !== undefined ? 1 : Infinity)
    if (fired >= limit) return false
    return rule.probability === undefined || random() < rule.probability
  }
}
