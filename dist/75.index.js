export const id = 75;
export const ids = [75];
export const modules = {

/***/ 6075:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ unmanagedRoleFindings),
/* harmony export */   findUnmanagedOpenRoles: () => (/* binding */ findUnmanagedOpenRoles),
/* harmony export */   sR: () => (/* binding */ auditRefusal)
/* harmony export */ });
/* unused harmony exports AUDIT_PERMISSION, openToSalesforce */
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5686);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(424);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_decision_js__WEBPACK_IMPORTED_MODULE_1__]);
_decision_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** The permission the audit needs beyond the ones on the managed roles. */
const AUDIT_PERMISSION = 'iam:ListRoles';
/**
 * Pure: the roles, in the order given, that are not managed by the run (by name; IAM role names are
 * unique regardless of case) and that let a Salesforce principal assume them with no external ID.
 */
function findUnmanagedOpenRoles(roles, managedRoleNames, scope) {
    const managed = new Set(managedRoleNames.map((name) => name.toLowerCase()));
    return roles
        .filter((role) => !managed.has(role.roleName.toLowerCase()))
        .filter((role) => role.document !== null && openToSalesforce(role.document, scope))
        .map(({ arn, roleName }) => ({ arn, roleName }));
}
/**
 * Whether any caller of a Salesforce account (its root, any user, role session or federated user,
 * on any path, inside or outside any organization) is allowed sts:AssumeRole without an external
 * ID: decided for all of them at once, as the guard does.
 */
function openToSalesforce(document, scope) {
    return (0,_decision_js__WEBPACK_IMPORTED_MODULE_1__/* .openToSalesforceWithoutId */ .s)((0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseTrustPolicy */ .kS)(document, scope)) !== null;
}
/** `audit: fail` in check: each role found is drift. */
function unmanagedRoleFindings(audit) {
    if (audit.status !== 'done')
        return [];
    return audit.roles.map((role) => ({
        role,
        kind: 'unmanaged-role',
        detail: "Salesforce's account can assume this role without an external ID, and the run does not manage it: add it to extra-roles or remove its Salesforce statement."
    }));
}
/** Why `audit: fail` stops a plan, apply or disable before any write; null when it does not. */
function auditRefusal(mode, audit) {
    if (mode !== 'fail')
        return null;
    if (audit.status === 'unavailable')
        return `audit: fail: ${audit.reason}`;
    if (audit.status !== 'done' || audit.roles.length === 0)
        return null;
    const names = audit.roles.map((role) => role.roleName).join(', ');
    return `audit: fail: ${audit.roles.length} role${audit.roles.length === 1 ? '' : 's'} outside this run let Salesforce's account assume them without an external ID (${names}). Nothing was changed: add them to extra-roles, remove their Salesforce statement, or set audit: warn.`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 424:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decideRole),
/* harmony export */   s: () => (/* binding */ openToSalesforceWithoutId)
/* harmony export */ });
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2863);
/* harmony import */ var _policy_request_space_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9624);
/* harmony import */ var _policy_regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1367);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_request_space_js__WEBPACK_IMPORTED_MODULE_1__, _policy_regions_js__WEBPACK_IMPORTED_MODULE_2__]);
([_policy_request_space_js__WEBPACK_IMPORTED_MODULE_1__, _policy_regions_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** The problems of one role's change, one line per wrong answer, naming a witness and the deciding statements. */
function decideRole(question) {
    const { roleName, before, after } = question;
    const problems = [];
    if (after.salesforce.length === 0) {
        problems.push(`${roleName}: no statement trusts the Salesforce account(s) ${after.scope.salesforceAccountIds.join(', ')}.`);
    }
    const space = spaceOf(before, after, [...question.required, ...question.tolerated]);
    if (typeof space === 'string') {
        return [...problems, `${roleName}: the trust policies are too complex to decide (${space}); refused.`];
    }
    const byAnswer = new Map();
    const report = (caller, context, answer) => {
        const who = `${caller.label}${context['aws:principalorgid'] === undefined ? '' : ' (in an organization)'}`;
        byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), who]);
    };
    const salesforce = new Set(before.scope.salesforceAccountIds);
    for (const caller of space.callers) {
        const own = caller.account !== null && salesforce.has(caller.account);
        for (const context of space.contexts) {
            if (own)
                salesforceAnswers(question, space, caller, context, report);
            else
                otherAnswers(space, caller, context, report);
        }
    }
    for (const [answer, [first, ...more]] of byAnswer) {
        const others = more.length === 0 ? '' : ` (and ${more.length} more such requests)`;
        problems.push(`${roleName}: ${first}${others} ${answer}.`);
    }
    return problems;
}
function answer(document, caller, context, id) {
    const explained = (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .explainDecision */ .el)(document, {
        principal: caller.principal,
        context: { ...context, ...caller.context },
        ...(id === undefined ? {} : { externalId: id })
    });
    return { allowed: explained.decision === 'allow', statements: explained.statements };
}
const allowed = (document, caller, context, id) => answer(document, caller, context, id).allowed;
function by(statements) {
    return statements.length === 0 ? '' : ` by statement ${statements.map((index) => index + 1).join(', ')}`;
}
function salesforceAnswers(question, space, caller, context, report) {
    const { required, newIds, tolerated, before } = question;
    // This caller could use the role before if the old policy let it in with some ID, or none.
    const reachable = space.externalIds.some((id) => allowed(space.before, caller, context, id));
    if (required.length === 0) {
        const now = answer(space.after, caller, context);
        if (reachable && !now.allowed)
            report(caller, context, `is not allowed without an external ID${by(now.statements)}`);
        return;
    }
    if (reachable) {
        for (const id of required) {
            const now = answer(space.after, caller, context, id);
            if (now.allowed)
                continue;
            const which = newIds.includes(id) ? 'the new external ID' : 'a previous external ID during the overlap';
            report(caller, context, `is not allowed with ${which}${by(now.statements)}`);
        }
    }
    for (const id of space.externalIds) {
        if (id !== undefined && (required.includes(id) || tolerated.includes(id)))
            continue;
        const now = answer(space.after, caller, context, id);
        if (!now.allowed)
            continue;
        const how = id === undefined
            ? 'without an external ID'
            : before.namedIds.includes(id)
                ? 'with an external ID it no longer accepts'
                : 'with a wrong external ID';
        report(caller, context, `is allowed ${how}${by(now.statements)}`);
    }
}
function otherAnswers(space, caller, context, report) {
    for (const id of space.externalIds) {
        const [was, now] = [answer(space.before, caller, context, id), answer(space.after, caller, context, id)];
        if (was.allowed === now.allowed)
            continue;
        const change = now.allowed
            ? `is now allowed${by(now.statements)}`
            : `is no longer allowed${by(now.statements)}`;
        report(caller, context, `${change}, with the same request (${id === undefined ? 'no' : 'some'} external ID)`);
    }
}
/** The request space of two analyses, or why it is too large to decide. */
function spaceOf(before, after, externalIds) {
    try {
        return (0,_policy_request_space_js__WEBPACK_IMPORTED_MODULE_1__/* .requestSpace */ .O6)({ before: before.document, after: after.document }, { partition: before.partition, salesforceAccountIds: before.scope.salesforceAccountIds, externalIds });
    }
    catch (error) {
        if (error instanceof _policy_request_space_js__WEBPACK_IMPORTED_MODULE_1__/* .UndecidableRequestSpaceError */ .wj || error instanceof _policy_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .TooManyRegionsError */ .f2)
            return error.message;
        throw error;
    }
}
/**
 * The first Salesforce caller (as a message) that `analysis` lets in without an external ID; null
 * when none. A policy too complex to decide counts as open: the audit fails closed.
 */
function openToSalesforceWithoutId(analysis) {
    const space = spaceOf(analysis, analysis, []);
    if (typeof space === 'string')
        return `the trust policy is too complex to decide (${space})`;
    const salesforce = new Set(analysis.scope.salesforceAccountIds);
    for (const caller of space.callers) {
        if (caller.account === null || !salesforce.has(caller.account))
            continue;
        for (const context of space.contexts) {
            const now = answer(space.before, caller, context);
            if (now.allowed)
                return `${caller.label} is allowed without an external ID${by(now.statements)}`;
        }
    }
    return null;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ isSalesforcePrincipal),
/* harmony export */   W6: () => (/* binding */ conditionStrings),
/* harmony export */   Wk: () => (/* binding */ STRING_EQUALS),
/* harmony export */   _X: () => (/* binding */ EXTERNAL_ID_KEY),
/* harmony export */   aO: () => (/* binding */ ASSUME_ROLE),
/* harmony export */   cH: () => (/* binding */ isStringOperator),
/* harmony export */   fb: () => (/* binding */ isStringEquals),
/* harmony export */   hO: () => (/* binding */ externalIdEntries),
/* harmony export */   kS: () => (/* binding */ analyseTrustPolicy)
/* harmony export */ });
/* unused harmony export isSalesforceTrustStatement */
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6185);
/* harmony import */ var _condition_operators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8635);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/**
 * One reading of a trust policy against the Salesforce account(s): which statements let Salesforce
 * assume the role and which IDs they accept under which operator, the Deny statements that pin an
 * external ID, the other principals, and what the evaluator cannot judge for Salesforce. Transform,
 * plan, drift and simulation read this value instead of scanning the statements again.
 */




const EXTERNAL_ID_KEY = 'sts:ExternalId';
const ASSUME_ROLE = 'sts:AssumeRole';
const STRING_EQUALS = 'StringEquals';
/**
 * The condition keys whose values the simulation knows for Salesforce's request: the external ID is
 * what the run decides, and IAM sets the aws:Principal* keys from the caller. A statement that may
 * apply to Salesforce and tests any other key cannot be judged.
 */
const SIMULATED_KEYS = new Set([
    'sts:externalid',
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principalorgid'
]);
function analyseTrustPolicy(document, scope) {
    const salesforce = [];
    const externalIdDenies = [];
    const unjudgeable = [];
    const trusted = new Set();
    const named = [];
    (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .statementsOf */ .GX)(document).forEach((statement, index) => {
        const entries = externalIdEntries(statement.Condition);
        // Values under Null (true/false) are no IDs.
        for (const { operator, ids } of entries)
            if (isStringOperator(operator))
                named.push(...ids);
        if (statement.Effect === 'Allow')
            for (const id of trustedBy(statement))
                trusted.add(id);
        if (isSalesforceTrustStatement(statement, scope)) {
            const required = entries.find(({ operator }) => isStringEquals(operator)) ?? entries[0] ?? null;
            salesforce.push({ index, statement, entries, required });
        }
        if (!mayApplyToSalesforce(statement, scope))
            return;
        if (statement.Effect === 'Deny' && entries.length > 0)
            externalIdDenies.push(classifyDeny(index, statement, entries));
        unjudgeable.push(...unjudgeableConditions(statement, index));
    });
    const accepted = acceptedBy(salesforce, externalIdDenies);
    return {
        document,
        scope,
        partition: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .documentPartition */ .oS)(document),
        salesforce,
        externalIdDenies,
        acceptedIds: [...new Set(accepted)],
        namedIds: [...new Set(named)],
        otherPrincipals: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .principalsOf */ .dV)(document).filter((principal) => !(principal.type === 'AWS' && isSalesforcePrincipal(principal.id, scope))),
        trusted: [...trusted],
        unjudgeable
    };
}
function acceptedBy(salesforce, denies) {
    const allowed = salesforce.flatMap(({ entries }) => entries.filter(({ operator }) => isStringEquals(operator)).flatMap(({ ids }) => ids));
    const pinned = denies.flatMap((deny) => (deny.kind === 'pin' ? [deny.entry.ids] : []));
    const open = salesforce.some(({ required }) => required === null);
    const candidates = open ? [...allowed, ...pinned.flat()] : allowed;
    return candidates.filter((id) => pinned.every((ids) => ids.includes(id)));
}
/**
 * An Allow statement whose action covers sts:AssumeRole and whose `Principal.AWS` names a principal
 * of a Salesforce account (account ID, `:root` ARN or any ARN in the account; `"*"` is not Salesforce's).
 */
function isSalesforceTrustStatement(statement, scope) {
    return (statement.Effect === 'Allow' &&
        (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .statementCoversAction */ .OC)(statement, ASSUME_ROLE) &&
        awsPrincipalsOf(statement.Principal).some((id) => isSalesforcePrincipal(id, scope)));
}
function isSalesforcePrincipal(id, scope) {
    const account = (0,_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .accountOfAwsPrincipal */ .OW)(id);
    return account !== null && scope.salesforceAccountIds.includes(account);
}
function isStringEquals(operator) {
    return operator.toLowerCase() === STRING_EQUALS.toLowerCase();
}
/** StringEquals, StringNotLike, ForAnyValue:StringLike, StringEqualsIfExists and the like. */
function isStringOperator(operator) {
    return operator
        .toLowerCase()
        .replace(/^for(any|all)values:/, '')
        .startsWith('string');
}
function trustedBy(statement) {
    const principal = statement.Principal;
    if (principal === undefined || principal === '*')
        return principal === '*' ? ['*'] : [];
    return Object.entries(principal).flatMap(([type, ids]) => (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .asList */ .DD)(ids).map((id) => (type === 'AWS' && id !== '*' ? ((0,_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .accountOfAwsPrincipal */ .OW)(id) ?? id) : id)));
}
function awsPrincipalsOf(principal) {
    if (principal === undefined)
        return [];
    if (principal === '*')
        return ['*'];
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .asList */ .DD)(principal.AWS);
}
/**
 * Whether the statement can decide a Salesforce request: it covers sts:AssumeRole and names a
 * Salesforce principal, everyone (`*`), or everyone but some (NotPrincipal).
 */
function mayApplyToSalesforce(statement, scope) {
    if (!(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .statementCoversAction */ .OC)(statement, ASSUME_ROLE))
        return false;
    if (statement.NotPrincipal !== undefined)
        return true;
    return awsPrincipalsOf(statement.Principal).some((id) => id === '*' || isSalesforcePrincipal(id, scope));
}
function classifyDeny(index, statement, entries) {
    const [entry, ...more] = entries;
    if (entry === undefined)
        throw new Error('classifyDeny needs an sts:ExternalId entry');
    const operator = entry.operator.toLowerCase();
    if (more.length === 0 && operator === 'stringnotequals')
        return { index, statement, kind: 'pin', entry };
    if (more.length === 0 &&
        operator === 'null' &&
        entry.ids.every((value) => value.toLowerCase() === 'true')) {
        return { index, statement, kind: 'require-id', entry };
    }
    return { index, statement, kind: 'unsupported', entry };
}
function unjudgeableConditions(statement, index) {
    return Object.entries(statement.Condition ?? {}).flatMap(([operator, block]) => {
        const where = `statement ${index + 1}`;
        if (!(0,_condition_operators_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownOperator */ ._)(operator))
            return [`${where}: condition operator ${operator}`];
        return Object.keys(block)
            .filter((key) => !SIMULATED_KEYS.has(key.toLowerCase()))
            .map((key) => `${where}: condition key ${key}`);
    });
}
/** Every (operator, key) where the key is sts:ExternalId in any spelling, with its values. */
function externalIdEntries(condition) {
    return Object.entries(condition ?? {}).flatMap(([operator, block]) => Object.entries(block)
        .filter(([key]) => key.toLowerCase() === EXTERNAL_ID_KEY.toLowerCase())
        .map(([key, values]) => ({ operator, key, ids: conditionStrings(values) })));
}
/** A condition value as IAM reads it: one string or a list of them. */
function conditionStrings(value) {
    if (value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).map((item) => String(item));
}


/***/ }),

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ conditionHolds),
/* harmony export */   _: () => (/* binding */ isKnownOperator)
/* harmony export */ });
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6185);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2930);
/**
 * IAM condition operators, evaluated for one condition key against the request context.
 * Supported: String*, Bool, Null, Arn*, Numeric*, Date*, IpAddress/NotIpAddress, each with
 * `IfExists` and the `ForAnyValue:` / `ForAllValues:` set operators. Anything else is false.
 */


const positive = (matches) => ({ negated: false, matches });
const negated = (matches) => ({ negated: true, matches });
const stringEquals = (value, policy) => value === policy;
const stringEqualsIgnoreCase = (value, policy) => value.toLowerCase() === policy.toLowerCase();
const stringLike = (value, policy) => (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatches */ .w)(policy, value, { ignoreCase: false });
const numericEquals = compareWith(parseNumber, (a, b) => a === b);
const dateEquals = compareWith(parseDate, (a, b) => a === b);
const BASE_OPERATORS = {
    stringequals: positive(stringEquals),
    stringnotequals: negated(stringEquals),
    stringequalsignorecase: positive(stringEqualsIgnoreCase),
    stringnotequalsignorecase: negated(stringEqualsIgnoreCase),
    stringlike: positive(stringLike),
    stringnotlike: negated(stringLike),
    bool: positive(boolEquals),
    // AWS matches ArnEquals like ArnLike: each of the six ARN fields with wildcards.
    arnequals: positive(arnLike),
    arnlike: positive(arnLike),
    arnnotequals: negated(arnLike),
    arnnotlike: negated(arnLike),
    numericequals: positive(numericEquals),
    numericnotequals: negated(numericEquals),
    numericlessthan: positive(compareWith(parseNumber, (a, b) => a < b)),
    numericlessthanequals: positive(compareWith(parseNumber, (a, b) => a <= b)),
    numericgreaterthan: positive(compareWith(parseNumber, (a, b) => a > b)),
    numericgreaterthanequals: positive(compareWith(parseNumber, (a, b) => a >= b)),
    dateequals: positive(dateEquals),
    datenotequals: negated(dateEquals),
    datelessthan: positive(compareWith(parseDate, (a, b) => a < b)),
    datelessthanequals: positive(compareWith(parseDate, (a, b) => a <= b)),
    dategreaterthan: positive(compareWith(parseDate, (a, b) => a > b)),
    dategreaterthanequals: positive(compareWith(parseDate, (a, b) => a >= b)),
    ipaddress: positive(ipInRange),
    notipaddress: negated(ipInRange)
};
/**
 * Whether `operator` (as spelled in the policy, any case) holds for a key whose request value is
 * `contextValue` (undefined: the key is not in the request) against the policy's value(s).
 */
function conditionHolds(operator, policyValues, contextValue) {
    const parsed = parseOperator(operator);
    if (parsed === null)
        return false;
    const values = (Array.isArray(policyValues) ? policyValues : [policyValues]).map((value) => String(value));
    if (parsed.kind === 'null')
        return values.some((value) => value.toLowerCase() === String(contextValue === undefined));
    const { base, set, ifExists } = parsed;
    // Several policy values are ORed; for a negated operator, NORed.
    const holdsFor = (requestValue) => {
        const anyMatch = values.some((policyValue) => base.matches(requestValue, policyValue));
        return base.negated ? !anyMatch : anyMatch;
    };
    if (contextValue === undefined) {
        // AWS: a missing key fails a condition, except IfExists, ForAllValues and the negated operators.
        if (ifExists)
            return true;
        return set === null ? base.negated : set === 'all';
    }
    if (set === null) {
        // A multivalued key needs a set operator (IAM user guide, "Single-valued vs. multivalued context keys").
        return typeof contextValue === 'string' && holdsFor(contextValue);
    }
    const requestValues = typeof contextValue === 'string' ? [contextValue] : contextValue;
    return set === 'any' ? requestValues.some(holdsFor) : requestValues.every(holdsFor);
}
/** Whether the evaluator understands the operator; an unknown one must not be judged at all. */
function isKnownOperator(operator) {
    return parseOperator(operator) !== null;
}
function parseOperator(operator) {
    let rest = operator.toLowerCase();
    let set = null;
    if (rest.startsWith('foranyvalue:'))
        set = 'any';
    else if (rest.startsWith('forallvalues:'))
        set = 'all';
    if (set !== null)
        rest = rest.slice(rest.indexOf(':') + 1);
    if (rest === 'null')
        return set === null ? { kind: 'null' } : null;
    const ifExists = rest.endsWith('ifexists');
    if (ifExists)
        rest = rest.slice(0, -'ifexists'.length);
    const base = BASE_OPERATORS[rest];
    return base === undefined ? null : { kind: 'compare', base, set, ifExists };
}
function boolEquals(value, policy) {
    const isBool = (text) => text === 'true' || text === 'false';
    const [a, b] = [value.toLowerCase(), policy.toLowerCase()];
    return isBool(a) && isBool(b) && a === b;
}
function arnLike(value, policy) {
    const [pattern, arn] = [(0,_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArn */ .Lw)(policy), (0,_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArn */ .Lw)(value)];
    if (pattern === null || arn === null)
        return false;
    const fields = ['partition', 'service', 'region', 'account', 'resource'];
    return fields.every((field) => (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardMatches */ .w)(pattern[field], arn[field], { ignoreCase: false }));
}
function compareWith(parse, compare) {
    return (value, policy) => {
        const [a, b] = [parse(value), parse(policy)];
        return a !== null && b !== null && compare(a, b);
    };
}
function parseNumber(text) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()))
        return null;
    return Number(text);
}
/** ISO 8601 date-time, or epoch seconds. */
function parseDate(text) {
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const time = Date.parse(text);
    return Number.isNaN(time) ? null : time;
}
function ipInRange(value, policy) {
    const [address, range] = [parseIp(value), parseCidr(policy)];
    if (address === null || range === null || address.width !== range.width)
        return false;
    const shift = BigInt(range.width - range.prefix);
    return address.bits >> shift === range.bits >> shift;
}
function parseCidr(text) {
    const [addressText = '', prefixText, ...extra] = text.split('/');
    const address = parseIp(addressText);
    if (address === null || extra.length > 0)
        return null;
    if (prefixText === undefined)
        return { ...address, prefix: address.width };
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > address.width)
        return null;
    return { ...address, prefix: Number(prefixText) };
}
function parseIp(text) {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        const octets = text.split('.').map(Number);
        if (octets.some((octet) => octet > 255))
            return null;
        return { bits: octets.reduce((bits, octet) => (bits << 8n) | BigInt(octet), 0n), width: 32 };
    }
    return parseIpv6(text);
}
function parseIpv6(text) {
    const halves = text.toLowerCase().split('::');
    if (halves.length > 2)
        return null;
    const groupsOf = (part) => (part ? part.split(':') : []);
    const head = groupsOf(halves[0]);
    const tail = groupsOf(halves[1]);
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return null;
    const groups = [...head, ...Array(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
    if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group)))
        return null;
    return { bits: groups.reduce((bits, group) => (bits << 16n) | BigInt(parseInt(group, 16)), 0n), width: 128 };
}


/***/ }),

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ statementCoversAction),
/* harmony export */   dV: () => (/* binding */ principalsOf),
/* harmony export */   el: () => (/* binding */ explainDecision),
/* harmony export */   oS: () => (/* binding */ documentPartition)
/* harmony export */ });
/* unused harmony export evaluateTrustPolicy */
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6185);
/* harmony import */ var _condition_operators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8635);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1561);
/* harmony import */ var _wildcard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2930);
/**
 * Decides what a trust policy, on its own, answers to one sts:AssumeRole request: the action's
 * own check that Salesforce's principals need the external ID and everyone else is answered as before.
 */




function evaluateTrustPolicy(doc, request) {
    return explainDecision(doc, request).decision;
}
/** The decision and the statements behind it, so that a refusal can name them. */
function explainDecision(doc, request) {
    const action = request.action ?? 'sts:AssumeRole';
    const context = requestContext(request);
    const applying = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc).flatMap((statement, index) => principalMatches(statement, request.principal) &&
        statementCoversAction(statement, action) &&
        conditionsHold(statement, context)
        ? [{ statement, index }]
        : []);
    const of = (effect) => applying.filter(({ statement }) => statement.Effect === effect).map(({ index }) => index);
    const denies = of('Deny');
    if (denies.length > 0)
        return { decision: 'explicit-deny', statements: denies };
    const allows = of('Allow');
    return { decision: allows.length > 0 ? 'allow' : 'implicit-deny', statements: allows };
}
/** Context keys by lower-cased name (IAM context keys are case-insensitive). */
function requestContext(request) {
    const context = new Map();
    if (request.principal.type === 'AWS') {
        const account = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(request.principal.id)?.account;
        if (account !== undefined)
            context.set('aws:principalaccount', account);
        context.set('aws:principalarn', principalArnOf(request.principal.id));
    }
    for (const [key, value] of Object.entries(request.context ?? {}))
        context.set(key.toLowerCase(), value);
    if (request.externalId !== undefined)
        context.set('sts:externalid', request.externalId);
    return context;
}
/** aws:PrincipalArn of a role session is the role's ARN. */
function principalArnOf(id) {
    return (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .sessionRole */ .ZH)(id)?.arn ?? id;
}
function principalMatches(statement, principal) {
    if (statement.Principal !== undefined)
        return principalElementMatches(statement.Principal, principal);
    if (statement.NotPrincipal !== undefined)
        return !principalElementMatches(statement.NotPrincipal, principal);
    return false;
}
function principalElementMatches(element, principal) {
    // AWS documents `"*"` and `{"AWS": "*"}` as the same: everyone.
    if (element === '*' || (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)(element.AWS).includes('*'))
        return true;
    const named = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)(element[principal.type]);
    if (principal.type !== 'AWS')
        return named.includes(principal.id);
    return named.some((entry) => awsPrincipalMatches(entry, principal.id));
}
function awsPrincipalMatches(entry, requestArn) {
    if (entry === requestArn)
        return true;
    const request = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(requestArn);
    if (request === null)
        return false;
    // An account ID or `:root` ARN stands for every principal of the account.
    const account = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOfRootPrincipal */ .d4)(entry);
    if (account !== null) {
        const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(entry);
        return account === request.account && (arn === null || arn.partition === request.partition);
    }
    // A role ARN also stands for its sessions, whose ARN drops the role's path.
    const role = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(entry);
    if (role?.service !== 'iam' || !role.resource.startsWith('role/') || request.service !== 'sts')
        return false;
    const roleName = role.resource.split('/').pop();
    return (role.partition === request.partition &&
        role.account === request.account &&
        request.resource.startsWith(`assumed-role/${roleName}/`));
}
/** Whether the statement's Action (or, inverted, NotAction) covers `action`; IAM action names ignore case. */
function statementCoversAction(statement, action) {
    const matches = (patterns) => (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)(patterns).some((pattern) => (0,_wildcard_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardMatches */ .w)(pattern, action, { ignoreCase: true }));
    if (statement.Action !== undefined)
        return matches(statement.Action);
    if (statement.NotAction !== undefined)
        return !matches(statement.NotAction);
    return false;
}
/** Operators and the keys under each are ANDed. */
function conditionsHold(statement, context) {
    return Object.entries(statement.Condition ?? {}).every(([operator, block]) => Object.entries(block).every(([key, values]) => (0,_condition_operators_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionHolds */ .C)(operator, values, context.get(key.toLowerCase()))));
}
/** Every distinct principal the policy names, in Principal or NotPrincipal; wildcards are not principals. */
function principalsOf(doc) {
    const partition = documentPartition(doc);
    const seen = new Map();
    for (const statement of (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc)) {
        for (const element of [statement.Principal, statement.NotPrincipal]) {
            if (element === undefined || element === '*')
                continue;
            for (const type of ['AWS', 'Service', 'Federated']) {
                for (const named of (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)(element[type])) {
                    if (named === '*')
                        continue;
                    // A bare account ID is the account's root principal.
                    const id = type === 'AWS' && _arn_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCOUNT_ID */ .W_.test(named) ? `arn:${partition}:iam::${named}:root` : named;
                    seen.set(`${type} ${id}`, { type, id });
                }
            }
        }
    }
    return [...seen.values()];
}
/** The partition of the first ARN in the policy's principals: where its bare account IDs live. */
function documentPartition(doc) {
    for (const statement of (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc)) {
        for (const element of [statement.Principal, statement.NotPrincipal]) {
            if (element === undefined || element === '*')
                continue;
            for (const named of Object.values(element).flatMap(_document_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)) {
                const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(named);
                if (arn !== null)
                    return arn.partition;
            }
        }
    }
    return 'aws';
}


/***/ }),

/***/ 7597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ STRING_DOMAIN),
/* harmony export */   IS: () => (/* binding */ arnGlob),
/* harmony export */   TI: () => (/* binding */ glob),
/* harmony export */   Ux: () => (/* binding */ accountCallers),
/* harmony export */   YB: () => (/* binding */ principalArnDomain),
/* harmony export */   _x: () => (/* binding */ literalIgnoreCase),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   j6: () => (/* binding */ principalAccountIn),
/* harmony export */   mc: () => (/* binding */ SESSION_NAME_DOMAIN),
/* harmony export */   ud: () => (/* binding */ roleNamed)
/* harmony export */ });
/* unused harmony export ANY_CHAR */
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/**
 * The languages (sets of strings) that trust-policy conditions and principals test a value
 * against, written as regular-expression sources for the automata in regions.ts. Each builder
 * follows the evaluator exactly: `*` and `?` as in wildcard.ts, ARN patterns field by field as in
 * condition-operators.ts (`*` in the first five fields cannot cross a colon).
 */

/** Any character: `*` and `?` of StringLike also cross newlines. */
const ANY_CHAR = '[\\s\\S]';
const FIELD_CHAR = '[^:]';
/** One UTF-16 unit, escaped so that no character of a policy value is read as regex syntax. */
function escapeUnit(code) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
}
function literal(text) {
    let source = '';
    for (let i = 0; i < text.length; i += 1)
        source += escapeUnit(text.charCodeAt(i));
    return source;
}
/**
 * StringEqualsIgnoreCase compares lower-cased values: an ASCII letter stands for both its cases.
 * Null beyond ASCII, where lower-casing may join several characters: such a value is not modelled.
 */
function literalIgnoreCase(text) {
    if ([...text].some((char) => char.charCodeAt(0) > 0x7f))
        return null;
    let source = '';
    for (const char of text) {
        const [lower, upper] = [char.toLowerCase(), char.toUpperCase()];
        source += lower === upper ? literal(char) : `[${literal(lower)}${literal(upper)}]`;
    }
    return source;
}
/** IAM's `*` and `?` over the given character class; everything else literal. */
function glob(pattern, anyChar = ANY_CHAR) {
    let source = '';
    for (const char of pattern) {
        if (char === '*')
            source += `${anyChar}*`;
        else if (char === '?')
            source += anyChar;
        else
            source += literal(char);
    }
    return source;
}
/** ArnLike: six fields, each matched on its own; null when the pattern is no ARN (it matches nothing). */
function arnGlob(pattern) {
    const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(pattern);
    if (arn === null)
        return null;
    const fields = [arn.partition, arn.service, arn.region, arn.account].map((field) => glob(field, FIELD_CHAR));
    return ['arn', ...fields, glob(arn.resource)].join(':');
}
/** Values of aws:PrincipalArn whose account field is in `account`: aws:PrincipalAccount is a function of the ARN. */
function principalAccountIn(account) {
    return `arn:${FIELD_CHAR}*:${FIELD_CHAR}*:${FIELD_CHAR}*:(?:${account}):${ANY_CHAR}*`;
}
/** The caller ARNs in a role ARN's name: any path, any session (the session's ARN drops the path). */
function roleNamed(partition, account, roleName) {
    return `${literal(`arn:${partition}:iam::${account}:role/`)}(?:${ANY_CHAR}*/)?${literal(roleName)}`;
}
/** Callers of an account: its root, users, roles' sessions and federated users. */
function accountCallers(partition, account) {
    const prefix = partition === null ? `arn:${FIELD_CHAR}*` : literal(`arn:${partition}`);
    return `${prefix}:(?:iam|sts)::${literal(account)}:${ANY_CHAR}*`;
}
/** IAM names ([\w+=,.@-]) and path segments (printable ASCII but `/`): an over-approximation is conservative. */
const NAME = '[\\w+=,.@-]+';
const PATH = '(?:[\\x20-\\x2e\\x30-\\x7e]+/)*';
/**
 * Every value aws:PrincipalArn takes for a caller in `partition`: an account root, a user, a role
 * (standing for its sessions) or a federated user, in any 12-digit account, on any path.
 */
function principalArnDomain(partition) {
    const p = literal(partition);
    return (`arn:${p}:iam::\\d{12}:(?:root|(?:user|role)/${PATH}${NAME})` +
        `|arn:${p}:sts::\\d{12}:federated-user/${NAME}`);
}
/** A role session's name. */
const SESSION_NAME_DOMAIN = NAME;
/** Any string: organization IDs, external IDs and other keys (absent is a region of its own). */
const STRING_DOMAIN = `${ANY_CHAR}*`;


/***/ }),

/***/ 1367:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ek: () => (/* binding */ regionWitnesses),
/* harmony export */   f2: () => (/* binding */ TooManyRegionsError)
/* harmony export */ });
/* unused harmony export MAX_REGIONS */
/**
 * Splits a variable's domain into the regions no language tells apart, with one witness string per
 * region: any two values of a region belong to the same languages, so every condition answers them
 * alike. Finite automata from `refa` (intersection, complement, emptiness) do the work; the module
 * is its own chunk, loaded with the code that plans (see docs/architecture.md for the cost).
 */
const { DFA, JS, NFA, visitAst } = await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 5168));
/**
 * Characters are UTF-16 units. Where every character a policy names is ASCII, all others are
 * alike to every language, and 0x80 stands for them: a far smaller alphabet.
 */
const ASCII_AND_ONE_MORE = 0x80;
const UTF16 = 0xffff;
const STANDS_FOR_OTHERS = 'é';
/** Readable witnesses: these characters first, in this order, when a region allows them. */
const PREFERRED = 'x0sabcdefghijklmnopqrtuvwyz123456789';
/** More regions than this on one variable: the decision is refused (fail closed) rather than slow. */
const MAX_REGIONS = 256;
class TooManyRegionsError extends Error {
    name = 'TooManyRegionsError';
}
const compiled = new Map();
const COMPILED_LIMIT = 4096;
/** The automaton of a regex source (no anchors: a language matches whole strings). */
function automaton(source, maxCharacter) {
    const key = `${maxCharacter} ${source}`;
    const cached = compiled.get(key);
    if (cached !== undefined)
        return cached;
    const { expression } = JS.Parser.fromLiteral({ source, flags: '' }).parse();
    // Every class of the UTF-16 parse onto the smaller alphabet; the code 0x80 keeps what lies beyond.
    visitAst(expression, {
        onCharacterClassEnter(node) {
            node.characters = node.characters.resize(maxCharacter);
        }
    });
    const dfa = DFA.fromFA(NFA.fromRegex(expression, { maxCharacter }));
    dfa.minimize();
    if (compiled.size >= COMPILED_LIMIT)
        compiled.clear();
    compiled.set(key, dfa);
    return dfa;
}
function complementOf(source, maxCharacter) {
    const key = `${maxCharacter} complement ${source}`;
    const cached = compiled.get(key);
    if (cached !== undefined)
        return cached;
    const dfa = automaton(source, maxCharacter).copy();
    dfa.complement();
    compiled.set(key, dfa);
    return dfa;
}
/** The alphabet: ASCII and one more unless a source names a character beyond ASCII (escaped as \\uXXXX). */
function alphabetOf(sources) {
    const beyondAscii = sources.some((source) => [...source.matchAll(/\\u([0-9a-f]{4})/g)].some((match) => parseInt(match[1] ?? '0', 16) > 0x7f));
    return beyondAscii ? UTF16 : ASCII_AND_ONE_MORE;
}
function intersection(left, right) {
    const dfa = DFA.fromIntersection(left, right);
    dfa.minimize();
    return dfa;
}
/** A shortest word of a non-empty automaton (breadth first), of readable characters where it can. */
function witnessOf(dfa, maxCharacter) {
    const reachedBy = new Map([[dfa.initial, null]]);
    const queue = [dfa.initial];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        if (dfa.finals.has(next))
            return wordTo(next, reachedBy);
        for (const [range, to] of readableFirst(next.out)) {
            if (reachedBy.has(to))
                continue;
            reachedBy.set(to, { from: next, char: charOf(range, maxCharacter) });
            queue.push(to);
        }
    }
    throw new Error('witnessOf needs a non-empty automaton');
}
/** Transitions over a readable character first, so that witnesses read as names where they can. */
function readableFirst(out) {
    const readable = (range) => [...PREFERRED].some((char) => range.min <= char.charCodeAt(0) && char.charCodeAt(0) <= range.max);
    const entries = [...out];
    return [...entries.filter(([range]) => readable(range)), ...entries.filter(([range]) => !readable(range))];
}
function wordTo(node, reachedBy) {
    const chars = [];
    for (let step = reachedBy.get(node); step !== undefined && step !== null; step = reachedBy.get(step.from)) {
        chars.unshift(step.char);
    }
    return chars.join('');
}
function charOf(range, maxCharacter) {
    const preferred = [...PREFERRED].find((char) => {
        const code = char.charCodeAt(0);
        return range.min <= code && code <= range.max;
    });
    if (preferred !== undefined)
        return preferred;
    return maxCharacter === ASCII_AND_ONE_MORE && range.min === ASCII_AND_ONE_MORE
        ? STANDS_FOR_OTHERS
        : String.fromCharCode(range.min);
}
/** Regions by domain and languages so far: policies share most of their languages. */
const splits = new Map();
const witnesses = new Map();
const SPLITS_LIMIT = 8192;
/**
 * One witness per non-empty Boolean combination of `languages` within `domain` (regex sources).
 * Throws TooManyRegionsError past MAX_REGIONS.
 */
function regionWitnesses(domain, languages) {
    // A canonical order, so that two policies with the same languages share every step.
    const sources = [...new Set(languages)].sort();
    const maxCharacter = alphabetOf([domain, ...sources]);
    let key = `${maxCharacter} ${domain}`;
    let regions = splits.get(key) ?? [automaton(domain, maxCharacter)];
    for (const language of sources) {
        key += `\n${language}`;
        const known = splits.get(key);
        regions = known ?? split(regions, language, maxCharacter);
        if (known === undefined) {
            if (splits.size >= SPLITS_LIMIT)
                splits.clear();
            splits.set(key, regions);
        }
    }
    const known = witnesses.get(key);
    if (known !== undefined)
        return known;
    const found = regions.map((region) => witnessOf(region, maxCharacter));
    if (witnesses.size >= SPLITS_LIMIT)
        witnesses.clear();
    witnesses.set(key, found);
    return found;
}
function split(regions, language, maxCharacter) {
    const inside = automaton(language, maxCharacter);
    const outside = complementOf(language, maxCharacter);
    const parts = regions.flatMap((region) => [intersection(region, inside), intersection(region, outside)].filter((part) => !part.isEmpty));
    if (parts.length > MAX_REGIONS)
        throw new TooManyRegionsError(`more than ${MAX_REGIONS} regions`);
    return parts;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9624:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ requestSpace),
/* harmony export */   wj: () => (/* binding */ UndecidableRequestSpaceError)
/* harmony export */ });
/* unused harmony export MAX_REQUESTS */
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6185);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1561);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2863);
/* harmony import */ var _languages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7597);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1367);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_regions_js__WEBPACK_IMPORTED_MODULE_1__]);
_regions_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Every sts:AssumeRole request a pair of trust policies can tell apart, as a finite product of
 * witnesses: the caller's ARN as aws:PrincipalArn sees it (its account, kind, path and name), the
 * session name, aws:PrincipalOrgID, sts:ExternalId and each other condition key, each absent or in
 * one of the regions the policies' languages cut its domain into (regions.ts). Two requests whose
 * values share every region are answered alike by both policies, so evaluating the witnesses
 * decides a question for all requests. Conditions outside the model (numeric, date and IP
 * operators, set operators on other keys, policy variables) become a key of their own, free to be
 * true or false: more requests than IAM can send, never fewer.
 */






const PRINCIPAL_ARN = 'aws:principalarn';
const PRINCIPAL_ACCOUNT = 'aws:principalaccount';
const EXTERNAL_ID = 'sts:externalid';
/** Keys with one value per request: set operators on them are exact on a witness. */
const SINGLE_VALUED = new Set([PRINCIPAL_ARN, PRINCIPAL_ACCOUNT, 'aws:principalorgid', EXTERNAL_ID]);
/** Keys of the conditions outside the model: one per distinct condition, true ("1") or false (absent). */
const OPAQUE_PREFIX = 'scv:condition-';
/** More evaluations than this per document: refused rather than slow. */
const MAX_REQUESTS = 60_000;
const FIELD_CHAR = '[^:]';
/** ForAnyValue: and ForAllValues: (IAM spells the first in the singular). */
const SET_OPERATOR = /^for(anyvalue|allvalues):/;
/**
 * The decision cannot be made: it would need more evaluations than MAX_REQUESTS, or a condition on
 * sts:ExternalId is outside the model (a free Boolean there would stand for an ID the question varies).
 */
class UndecidableRequestSpaceError extends Error {
    name = 'UndecidableRequestSpaceError';
}
/**
 * The request space of `before` and `after` (in `partition`), with `externalIds` (each its own
 * region) and the Salesforce accounts' callers told apart from everyone else's.
 */
function requestSpace(documents, options) {
    const languages = {
        principal: new Set(options.salesforceAccountIds.map((account) => (0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .accountCallers */ .Ux)(options.partition, account))),
        session: new Set(),
        keys: new Map([[EXTERNAL_ID, new Set(options.externalIds.map(_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu))]]),
        services: new Set(),
        federated: new Set(),
        opaque: new Map()
    };
    const before = modelled(documents.before, languages);
    const after = modelled(documents.after, languages);
    const contexts = keyCombinations(languages);
    const externalIds = [undefined, ...(0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionWitnesses */ .ek)(_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .STRING_DOMAIN */ .HR, languages.keys.get(EXTERNAL_ID) ?? [])];
    const callers = [...awsCallers(options.partition, languages), ...otherCallers(languages)];
    const requests = callers.length * contexts.length * externalIds.length;
    if (requests > MAX_REQUESTS) {
        throw new UndecidableRequestSpaceError(`${requests} distinct requests, more than ${MAX_REQUESTS}`);
    }
    return { before, after, callers, contexts, externalIds };
}
/** The document with opaque conditions replaced, every language it uses recorded in `languages`. */
function modelled(document, languages) {
    const statements = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .statementsOf */ .GX)(document).map((statement) => {
        if (!(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .statementCoversAction */ .OC)(statement, 'sts:AssumeRole'))
            return statement;
        for (const element of [statement.Principal, statement.NotPrincipal])
            recordPrincipal(element, languages);
        return statement.Condition === undefined ? statement : withModelledConditions(statement, languages);
    });
    return { ...document, Statement: statements };
}
function recordPrincipal(element, languages) {
    if (element === undefined || element === '*')
        return;
    for (const service of (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .asList */ .DD)(element.Service))
        languages.services.add(service);
    for (const provider of (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .asList */ .DD)(element.Federated))
        languages.federated.add(provider);
    for (const entry of (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .asList */ .DD)(element.AWS)) {
        if (entry !== '*')
            principalEntryLanguages(entry, languages);
    }
}
/** What the evaluator's principal match tests of the caller, as languages over aws:PrincipalArn and the session name. */
function principalEntryLanguages(entry, languages) {
    const account = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .accountOfRootPrincipal */ .d4)(entry);
    if (account !== null) {
        languages.principal.add((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .accountCallers */ .Ux)(_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .ACCOUNT_ID */ .W_.test(entry) ? null : ((0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(entry)?.partition ?? null), account));
        return;
    }
    const arn = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(entry);
    const session = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionRole */ .ZH)(entry);
    if (arn !== null && session !== null) {
        languages.principal.add((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .roleNamed */ .ud)(arn.partition, arn.account, session.roleName));
        languages.session.add((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(entry.slice(entry.indexOf(`/${session.roleName}/`) + session.roleName.length + 2)));
        return;
    }
    if (arn?.service === 'iam' && arn.resource.startsWith('role/')) {
        languages.principal.add((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .roleNamed */ .ud)(arn.partition, arn.account, arn.resource.split('/').pop() ?? ''));
        return;
    }
    languages.principal.add((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(entry));
}
function withModelledConditions(statement, languages) {
    const condition = {};
    const opaque = {};
    for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
        for (const [key, values] of Object.entries(block)) {
            const strings = (Array.isArray(values) ? values : [values]).map((value) => String(value));
            if (recordCondition(operator, key.toLowerCase(), strings, languages)) {
                ;
                (condition[operator] ??= {})[key] = values;
            }
            else if (key.toLowerCase() === EXTERNAL_ID ||
                strings.some((value) => /\$\{sts:externalid\}/i.test(value))) {
                throw new UndecidableRequestSpaceError(`${operator} on ${key} is outside the model`);
            }
            else {
                opaque[opaqueKey(operator, key, strings, languages)] = '1';
            }
        }
    }
    if (Object.keys(opaque).length > 0)
        condition['StringEquals'] = { ...condition['StringEquals'], ...opaque };
    return { ...statement, Condition: condition };
}
function opaqueKey(operator, key, values, languages) {
    const signature = JSON.stringify([operator.toLowerCase(), key.toLowerCase(), [...values].sort()]);
    let name = languages.opaque.get(signature);
    if (name === undefined) {
        name = `${OPAQUE_PREFIX}${languages.opaque.size + 1}`;
        languages.opaque.set(signature, name);
    }
    return name;
}
/** Records the languages of one condition; false when it is outside the model. */
function recordCondition(operator, key, values, languages) {
    let base = operator.toLowerCase();
    const set = SET_OPERATOR.test(base);
    base = base.replace(SET_OPERATOR, '').replace(/ifexists$/, '');
    if (set && !SINGLE_VALUED.has(key))
        return false;
    if (base === 'null')
        return !set && recordKey(key, [], languages);
    if (values.some((value) => value.includes('${')))
        return false;
    const built = values.map((value) => valueLanguage(base, key, value));
    if (built.some((language) => language === undefined))
        return false;
    return recordKey(key, built.filter((language) => typeof language === 'string'), languages);
}
function recordKey(key, sources, languages) {
    if (key === PRINCIPAL_ARN || key === PRINCIPAL_ACCOUNT) {
        for (const source of sources)
            languages.principal.add(source);
        return true;
    }
    const set = languages.keys.get(key) ?? new Set();
    for (const source of sources)
        set.add(source);
    languages.keys.set(key, set);
    return true;
}
/**
 * The language a value stands for under a base operator, over aws:PrincipalArn for the principal
 * keys: undefined outside the model, null for a value that matches nothing.
 */
function valueLanguage(base, key, value) {
    const account = key === PRINCIPAL_ACCOUNT;
    const over = (source) => source === null ? null : account ? (0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .principalAccountIn */ .j6)(source) : source;
    if (base === 'stringequals' || base === 'stringnotequals')
        return over((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(value));
    if (base === 'stringequalsignorecase' || base === 'stringnotequalsignorecase') {
        const source = (0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literalIgnoreCase */ ._x)(value);
        return source === null ? undefined : over(source);
    }
    if (base === 'stringlike' || base === 'stringnotlike')
        return over((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(value, account ? FIELD_CHAR : undefined));
    if (['arnequals', 'arnlike', 'arnnotequals', 'arnnotlike'].includes(base))
        return account ? null : (0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .arnGlob */ .IS)(value);
    if (base === 'bool') {
        const truth = value.toLowerCase();
        return account || (truth !== 'true' && truth !== 'false') ? null : (0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .literalIgnoreCase */ ._x)(truth);
    }
    return undefined;
}
/** Every combination of the other keys: each absent or one witness per region. */
function keyCombinations(languages) {
    let combinations = [{}];
    const variables = [
        ...[...languages.keys]
            .filter(([key]) => key !== EXTERNAL_ID)
            .map(([key, sources]) => [key, (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionWitnesses */ .ek)(_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .STRING_DOMAIN */ .HR, sources)]),
        ...[...languages.opaque.values()].map((key) => [key, ['1']])
    ];
    for (const [key, witnesses] of variables) {
        combinations = combinations.flatMap((context) => [
            context,
            ...witnesses.map((witness) => ({ ...context, [key]: witness }))
        ]);
        if (combinations.length > MAX_REQUESTS)
            throw new UndecidableRequestSpaceError(`more than ${MAX_REQUESTS} contexts`);
    }
    return combinations;
}
/** One caller per region of aws:PrincipalArn; a role's region once per region of the session name. */
function awsCallers(partition, languages) {
    const sessions = (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionWitnesses */ .ek)(_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .SESSION_NAME_DOMAIN */ .mc, languages.session);
    return (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionWitnesses */ .ek)((0,_languages_js__WEBPACK_IMPORTED_MODULE_2__/* .principalArnDomain */ .YB)(partition), languages.principal).flatMap((arn) => {
        const parsed = (0,_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(arn);
        const account = parsed?.account ?? null;
        const context = { 'aws:PrincipalArn': arn };
        if (parsed === null || !parsed.resource.startsWith('role/')) {
            return [{ principal: { type: 'AWS', id: arn }, context, account, label: arn }];
        }
        const roleName = parsed.resource.split('/').pop() ?? '';
        return sessions.map((session) => ({
            principal: {
                type: 'AWS',
                id: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${session}`
            },
            context,
            account,
            label: sessions.length === 1 ? `a session of ${arn}` : `session ${session} of ${arn}`
        }));
    });
}
/** Each service and identity provider the policies name, and one they do not. */
function otherCallers(languages) {
    const unnamed = (named, base) => {
        let name = base;
        while (named.has(name))
            name = `x${name}`;
        return name;
    };
    const of = (type, named, base) => [...named, unnamed(named, base)].map((id) => ({
        principal: { type, id },
        context: {},
        account: null,
        label: `${type} ${id}`
    }));
    return [
        ...of('Service', languages.services, 'scv-unnamed.amazonaws.com'),
        ...of('Federated', languages.federated, 'scv-unnamed-provider')
    ];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ wildcardMatches)
/* harmony export */ });
/**
 * IAM's wildcard matching: `*` matches any run of characters (also none), `?` exactly one,
 * and the pattern has to match the whole value.
 */
function wildcardMatches(pattern, value, options) {
    if (!pattern.includes('*') && !pattern.includes('?')) {
        return options.ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
    }
    return wildcardRegExp(pattern, options.ignoreCase).test(value);
}
function wildcardRegExp(pattern, ignoreCase) {
    let source = '';
    for (const char of pattern) {
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else
            source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    // `s`: values may contain newlines, which `*` must cross as well.
    return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
}


/***/ })

};
