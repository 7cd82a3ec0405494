export const id = 140;
export const ids = [140];
export const modules = {

/***/ 6844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ writeTrustPolicy),
/* harmony export */   OH: () => (/* binding */ listRoles),
/* harmony export */   eY: () => (/* binding */ readRoleArn),
/* harmony export */   fP: () => (/* binding */ readRole),
/* harmony export */   p: () => (/* binding */ writeTags)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3836);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6095);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7488);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5839);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8835);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1561);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);



/** One IAM call under the action's retry policy, each attempt limited as `retry` says. */
function retried(label, retry, call) {
    const options = () => retry.requestTimeoutMs === undefined
        ? undefined
        : { abortSignal: AbortSignal.timeout(retry.requestTimeoutMs) };
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetry */ .bD)(() => call(options()), { ...retry, label });
}
/** GetRole, URL-decoded and parsed; null when the role does not exist. */
async function readRole(iam, target, retry = {}) {
    let role;
    try {
        ;
        ({ Role: role } = await retried(`GetRole ${target.roleName}`, retry, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .GetRoleCommand */ .k({ RoleName: target.roleName }), options)));
    }
    catch (error) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'NoSuchEntity')
            return null;
        throw namingRole(error, target.roleName);
    }
    const tags = Object.fromEntries((role?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
    try {
        const json = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePolicyDocument */ .au)(role?.AssumeRolePolicyDocument ?? '');
        return { target, json, document: (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicyDocument */ .X)(json), tags, readAt: Date.now() };
    }
    catch (error) {
        // The document says what is wrong but not where it came from: name the role the account holds it on.
        if (error instanceof _policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDocumentError */ .eO) {
            throw new _policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDocumentError */ .eO(`Role ${target.roleName}: ${error.message}`);
        }
        throw error;
    }
}
/** AWS's messages do not always say which role: prefix it, keeping the error's code and status. */
function namingRole(error, roleName) {
    if (error instanceof Error && !error.message.startsWith(`${roleName}: `))
        error.message = `${roleName}: ${error.message}`;
    return error;
}
/** The role's ARN with its path, as a trust policy must name it; null when IAM does not say. */
async function readRoleArn(iam, roleName) {
    const { Role } = await retried(`GetRole ${roleName}`, {}, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .GetRoleCommand */ .k({ RoleName: roleName }), options));
    return Role?.Arn ?? null;
}
/** Sends plain (not URL-encoded), minified JSON, as IAM expects. */
async function writeTrustPolicy(iam, roleName, policyJson, retry = {}) {
    await retried(`UpdateAssumeRolePolicy ${roleName}`, retry, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_3__/* .UpdateAssumeRolePolicyCommand */ .t({ RoleName: roleName, PolicyDocument: policyJson }), options));
}
/** Sets the given tags and removes the keys given as null; one call for each kind that is needed. */
async function writeTags(iam, roleName, tags, retry = {}) {
    const set = Object.entries(tags).filter((entry) => entry[1] !== null);
    const unset = Object.entries(tags)
        .filter(([, value]) => value === null)
        .map(([key]) => key);
    if (set.length > 0) {
        const Tags = set.map(([Key, Value]) => ({ Key, Value }));
        await retried(`TagRole ${roleName}`, retry, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_4__/* .TagRoleCommand */ .W({ RoleName: roleName, Tags }), options));
    }
    if (unset.length > 0) {
        await retried(`UntagRole ${roleName}`, retry, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_5__/* .UntagRoleCommand */ .H({ RoleName: roleName, TagKeys: unset }), options));
    }
}
/** Every role of the account: ListRoles page by page (Marker, IsTruncated), each page retried on its own. */
async function listRoles(iam, retry = {}) {
    const roles = [];
    let marker;
    do {
        const page = await retried('ListRoles', retry, (options) => iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_6__/* .ListRolesCommand */ .J({ Marker: marker }), options));
        for (const role of page.Roles ?? []) {
            if (role.Arn === undefined || role.RoleName === undefined)
                continue;
            roles.push({ arn: role.Arn, roleName: role.RoleName, document: listedDocument(role) });
        }
        marker = page.IsTruncated === true ? page.Marker : undefined;
    } while (marker !== undefined);
    return roles;
}
/** A policy IAM holds but this parser refuses is left out of the audit rather than stopping it. */
function listedDocument(role) {
    try {
        return (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicyDocument */ .X)((0,_policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePolicyDocument */ .au)(role.AssumeRolePolicyDocument ?? ''));
    }
    catch (error) {
        if (error instanceof _policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDocumentError */ .eO)
            return null;
        throw error;
    }
}


/***/ }),

/***/ 6075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ unmanagedRoleFindings),
/* harmony export */   Dk: () => (/* binding */ findUnmanagedOpenRoles),
/* harmony export */   kk: () => (/* binding */ AUDIT_PERMISSION),
/* harmony export */   sR: () => (/* binding */ auditRefusal)
/* harmony export */ });
/* unused harmony export openToSalesforce */
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5686);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/* harmony import */ var _simulate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(0);



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
 * Whether any caller of a Salesforce account is allowed sts:AssumeRole without an external ID, asked
 * for every caller the guard simulates (the account root, its roles and sessions, the principals the
 * policy names, inside and outside an organization).
 */
function openToSalesforce(document, scope) {
    return (0,_simulate_js__WEBPACK_IMPORTED_MODULE_2__/* .salesforcePrincipals */ .N0)([(0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseTrustPolicy */ .kS)(document, scope)]).some(({ principal, context }) => (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateTrustPolicy */ .y1)(document, { principal, context }) === 'allow');
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


/***/ }),

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ simulationCase),
/* harmony export */   JV: () => (/* binding */ simulate),
/* harmony export */   N0: () => (/* binding */ salesforcePrincipals),
/* harmony export */   jb: () => (/* binding */ storedSimulationCase)
/* harmony export */ });
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5686);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/* harmony import */ var _policy_arn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6185);



/**
 * The case for one role: the new ID, and in a staged overlap also every other ID the intended
 * policy accepts. `intended` is the policy the plan computed; `after` the one to judge (the same
 * in the plan, what IAM holds in verification).
 */
function simulationCase(target, before, after, options, intended = after) {
    const { externalIds } = options;
    const required = externalIds.length === 0
        ? []
        : [...externalIds, ...intended.acceptedIds.filter((id) => !externalIds.includes(id))];
    return { target, before, after, required, newIds: externalIds };
}
/** A verification case from documents: what IAM holds judged against what the plan intended. */
function storedSimulationCase(target, documents, options) {
    const analyse = (doc) => (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analyseTrustPolicy */ .kS)(doc, options.scope);
    const intended = analyse(documents.intended);
    const stored = documents.stored === documents.intended ? intended : analyse(documents.stored);
    return simulationCase(target, analyse(documents.before), stored, options, intended);
}
/**
 * Evaluates each trust policy with the action's own evaluator. Returns the problems found (empty:
 * verified); texts name roles, principals and statements, never an ID.
 */
function simulate(cases) {
    return cases.flatMap(simulateRole);
}
/** An organization Salesforce's account may belong to: none of those a policy names, since we cannot know it. */
const SIMULATED_SALESFORCE_ORG = 'o-scvsimulated0';
const SIMULATED_ROLE = 'scv-simulated-role';
const SIMULATED_SESSION = 'scv-simulated-session';
/** An account that is neither the role's nor Salesforce's: how a stranger is answered must not change. */
const OUTSIDER_ACCOUNT = '000000000000';
/**
 * Every caller of a Salesforce account that a trust policy can tell apart: the account root, an IAM
 * role the policy does not name, a session of that role, and every user, role or session of the
 * account that the policy names in a principal or an aws:PrincipalArn condition (wildcards filled
 * in), each with its role's sessions; each outside any organization and inside one the policy does
 * not name. IAM decides on the caller's ARN, aws:PrincipalArn (a session's role),
 * aws:PrincipalAccount and aws:PrincipalOrgID, so these stand for every request Salesforce can make.
 */
function salesforcePrincipals(analyses) {
    const [first] = analyses;
    if (first === undefined)
        return [];
    const partition = first.partition;
    const named = analyses.flatMap(({ namedCallerArns }) => namedCallerArns);
    const result = new Map();
    for (const account of first.scope.salesforceAccountIds) {
        const arns = new Set([
            `arn:${partition}:iam::${account}:root`,
            `arn:${partition}:iam::${account}:role/${SIMULATED_ROLE}`
        ]);
        for (const arn of named)
            if ((0,_policy_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(arn)?.account === account)
                arns.add(arn);
        for (const arn of [...arns]) {
            const parsed = (0,_policy_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(arn);
            if (parsed?.service === 'iam' && parsed.resource.startsWith('role/')) {
                const roleName = parsed.resource.slice(parsed.resource.lastIndexOf('/') + 1);
                arns.add(`arn:${parsed.partition}:sts::${account}:assumed-role/${roleName}/${SIMULATED_SESSION}`);
            }
        }
        for (const arn of arns) {
            for (const org of [null, SIMULATED_SALESFORCE_ORG]) {
                const context = org === null ? {} : { 'aws:PrincipalOrgID': org };
                const label = `${arn}${org === null ? '' : ' (in an organization)'}`;
                result.set(label, { principal: { type: 'AWS', id: arn }, context, label });
            }
        }
    }
    return [...result.values()];
}
function simulateRole({ target, before, after, required, newIds }) {
    const problems = [];
    // One line per wrong answer and deciding statements, naming the first principal it was found for.
    const byAnswer = new Map();
    const report = (label, answer) => {
        byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), label]);
    };
    const ask = (analysis, caller, externalId) => {
        const request = {
            principal: caller.principal,
            context: caller.context,
            ...(externalId === undefined ? {} : { externalId })
        };
        return (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .explainDecision */ .el)(analysis.document, request);
    };
    const statements = (numbers) => numbers.length === 0 ? '' : ` by statement ${numbers.map((index) => index + 1).join(', ')}`;
    if (after.salesforce.length === 0) {
        problems.push(`${target.roleName}: no statement trusts the Salesforce account(s) ${after.scope.salesforceAccountIds.join(', ')}.`);
    }
    const probeIds = [...new Set([...before.namedIds, ...after.namedIds, ...required])];
    const wrongId = unusedId(probeIds);
    const disabling = required.length === 0;
    for (const caller of salesforcePrincipals([before, after])) {
        const who = caller.label;
        // Salesforce could use the role before if the old policy let it in with some ID, or none.
        const reachable = [undefined, wrongId, ...before.namedIds].some((id) => ask(before, caller, id).decision === 'allow');
        if (disabling) {
            const now = ask(after, caller);
            if (reachable && now.decision !== 'allow')
                report(who, `is not allowed without an external ID${statements(now.statements)}`);
            continue;
        }
        if (reachable) {
            required.forEach((id) => {
                const now = ask(after, caller, id);
                if (now.decision === 'allow')
                    return;
                const which = newIds.includes(id)
                    ? 'the new external ID'
                    : 'a previous external ID during the overlap';
                report(who, `is not allowed with ${which}${statements(now.statements)}`);
            });
        }
        const forbidden = [
            [undefined, 'without an external ID'],
            [wrongId, 'with a wrong external ID'],
            ...probeIds
                .filter((id) => !required.includes(id))
                .map((id) => [id, 'with an external ID it no longer accepts'])
        ];
        for (const [id, how] of forbidden) {
            const now = ask(after, caller, id);
            if (now.decision === 'allow')
                report(who, `is allowed ${how}${statements(now.statements)}`);
        }
    }
    for (const [answer, [first, ...more]] of byAnswer) {
        const others = more.length === 0 ? '' : ` (and ${more.length} more simulated Salesforce principals)`;
        problems.push(`${target.roleName}: ${first}${others} ${answer}.`);
    }
    // Everyone else is answered as before, whatever ID they bring.
    const outsider = {
        type: 'AWS',
        id: `arn:${before.partition}:iam::${OUTSIDER_ACCOUNT}:role/${SIMULATED_ROLE}`
    };
    const others = uniquePrincipals([...before.otherPrincipals, ...after.otherPrincipals, outsider]);
    for (const principal of others) {
        const caller = { principal, context: {}, label: `${principal.type} ${principal.id}` };
        const changed = [undefined, wrongId, ...probeIds].some((id) => ask(before, caller, id).decision !== ask(after, caller, id).decision);
        if (changed)
            problems.push(`${target.roleName}: the answer for ${caller.label} changed.`);
    }
    return problems;
}
/** An ID that no policy names: what a caller with a wrong ID sends. */
function unusedId(named) {
    let id = 'scv-simulated-wrong-id';
    while (named.includes(id))
        id += '-x';
    return id;
}
function uniquePrincipals(principals) {
    const seen = new Map();
    for (const principal of principals)
        seen.set(`${principal.type} ${principal.id}`, principal);
    return [...seen.values()];
}


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
        namedCallerArns: [...new Set((0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .statementsOf */ .GX)(document).flatMap(namedCallerArns))],
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
function namedCallerArns(statement) {
    const named = [statement.Principal, statement.NotPrincipal].flatMap((element) => element === undefined || element === '*' ? [] : (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .asList */ .DD)(element.AWS));
    for (const block of Object.values(statement.Condition ?? {})) {
        for (const [key, values] of Object.entries(block)) {
            if (key.toLowerCase() !== 'aws:principalarn')
                continue;
            for (const value of Array.isArray(values) ? values : [values]) {
                if (typeof value === 'string')
                    named.push(value.replace(/[*?]/g, 'x'));
            }
        }
    }
    return named.filter((arn) => {
        const parsed = (0,_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArn */ .Lw)(arn);
        return (parsed !== null && (parsed.service === 'iam' || parsed.service === 'sts') && parsed.resource !== 'root');
    });
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

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   OW: () => (/* binding */ accountOfAwsPrincipal),
/* harmony export */   W_: () => (/* binding */ ACCOUNT_ID),
/* harmony export */   ZH: () => (/* binding */ sessionRole),
/* harmony export */   d4: () => (/* binding */ accountOfRootPrincipal)
/* harmony export */ });
/** ARNs and account IDs as they appear in the Principal element of a trust policy. */
const ACCOUNT_ID = /^\d{12}$/;
function parseArn(value) {
    const parts = value.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return null;
    const [, partition = '', service = '', region = '', account = ''] = parts;
    return { partition, service, region, account, resource: parts.slice(5).join(':') };
}
/** The account an AWS principal belongs to: a bare account ID, or the account field of its ARN. */
function accountOfAwsPrincipal(value) {
    if (ACCOUNT_ID.test(value))
        return value;
    const arn = parseArn(value);
    return arn && ACCOUNT_ID.test(arn.account) ? arn.account : null;
}
/** The account ID when the principal stands for a whole account (`123456789012` or `arn:P:iam::123456789012:root`). */
function accountOfRootPrincipal(value) {
    if (ACCOUNT_ID.test(value))
        return value;
    const arn = parseArn(value);
    if (arn && arn.service === 'iam' && arn.resource === 'root' && ACCOUNT_ID.test(arn.account))
        return arn.account;
    return null;
}
/** The role behind a role session (arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION); null for any other ARN. */
function sessionRole(value) {
    const arn = parseArn(value);
    const roleName = arn?.service === 'sts' ? /^assumed-role\/([^/]+)\/.+$/.exec(arn.resource)?.[1] : undefined;
    if (arn === null || roleName === undefined)
        return null;
    // The path-less ARN: a session's ARN does not carry the role's path.
    return { roleName, arn: `arn:${arn.partition}:iam::${arn.account}:role/${roleName}` };
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

/***/ 1561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   DK: () => (/* binding */ policiesEquivalent),
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   TM: () => (/* binding */ serializePolicy),
/* harmony export */   X: () => (/* binding */ parsePolicyDocument),
/* harmony export */   au: () => (/* binding */ decodePolicyDocument),
/* harmony export */   eO: () => (/* binding */ PolicyDocumentError),
/* harmony export */   o2: () => (/* binding */ policySize)
/* harmony export */ });
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6185);
/**
 * IAM trust policy documents: types, parsing (GetRole returns them URL-encoded), minified
 * serialisation, and semantic comparison.
 */

/** The document cannot be read as a policy. Messages say what is wrong, never which values are in it. */
class PolicyDocumentError extends Error {
    name = 'PolicyDocumentError';
}
function decodePolicyDocument(urlEncoded) {
    try {
        return decodeURIComponent(urlEncoded);
    }
    catch {
        throw new PolicyDocumentError('The trust policy is not valid URL-encoded text');
    }
}
function parsePolicyDocument(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        // JSON.parse quotes the text around the error, which may hold an external ID: keep the position only.
        const position = /position (\d+)/.exec(String(error))?.[1];
        throw new PolicyDocumentError(`The trust policy is not valid JSON${position === undefined ? '' : ` (at position ${position})`}`);
    }
    assertPolicyShape(value);
    return value;
}
function assertPolicyShape(value) {
    if (!isPlainObject(value))
        throw new PolicyDocumentError('The trust policy is not a JSON object');
    if (value.Version !== undefined && typeof value.Version !== 'string') {
        throw new PolicyDocumentError('The trust policy Version is not a string');
    }
    const statement = value.Statement;
    if (statement === undefined)
        throw new PolicyDocumentError('The trust policy has no Statement');
    if (Array.isArray(statement)) {
        if (statement.length === 0)
            throw new PolicyDocumentError('The trust policy Statement list is empty');
        statement.forEach((entry, index) => assertStatementShape(entry, index + 1));
    }
    else {
        assertStatementShape(statement, 1);
    }
}
function assertStatementShape(value, number) {
    const where = `Statement ${number}`;
    if (!isPlainObject(value))
        throw new PolicyDocumentError(`${where} is not a JSON object`);
    if (value.Effect !== 'Allow' && value.Effect !== 'Deny') {
        throw new PolicyDocumentError(`${where}: Effect must be "Allow" or "Deny"`);
    }
    for (const field of ['Principal', 'NotPrincipal']) {
        const principal = value[field];
        if (principal === undefined || principal === '*')
            continue;
        if (!isPlainObject(principal) || !Object.values(principal).every(isStringOrStringList)) {
            throw new PolicyDocumentError(`${where}: ${field} must be "*" or an object of strings or string lists`);
        }
    }
    for (const field of ['Action', 'NotAction']) {
        if (value[field] !== undefined && !isStringOrStringList(value[field])) {
            throw new PolicyDocumentError(`${where}: ${field} must be a string or a list of strings`);
        }
    }
    const condition = value.Condition;
    if (condition !== undefined &&
        (!isPlainObject(condition) || !Object.values(condition).every(isPlainObject))) {
        throw new PolicyDocumentError(`${where}: Condition must map operators to objects of condition keys`);
    }
}
function statementsOf(doc) {
    return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
}
/** Minified JSON: what is sent to AWS, and what the trust policy size quota counts. */
function serializePolicy(doc) {
    return JSON.stringify(doc);
}
function policySize(doc) {
    return serializePolicy(doc).length;
}
/** Object keys sorted at every depth, so that equal content gives equal JSON. */
function sortKeysDeep(value) {
    if (Array.isArray(value))
        return value.map(sortKeysDeep);
    if (!isPlainObject(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeysDeep(value[key])]));
}
/**
 * Whether two policies mean the same, in the way AWS may hand back what it was given: statements
 * in any order, lists in any order and without duplicates, a string equal to a one-element list,
 * an account ID equal to its `:root` ARN, `"*"` equal to `{"AWS": "*"}`, action names, condition
 * operators and condition keys in any case, `true` equal to `"true"`. Sid and every value count.
 */
function policiesEquivalent(a, b) {
    // AWS fills in no Version, so a missing one says nothing; two different ones do.
    if (a.Version !== undefined && b.Version !== undefined && a.Version !== b.Version)
        return false;
    if (a.Id !== b.Id)
        return false;
    if (canonicalJson(otherFields(a)) !== canonicalJson(otherFields(b)))
        return false;
    const statementsA = statementsOf(a).map(canonicalStatement).sort();
    const statementsB = statementsOf(b).map(canonicalStatement).sort();
    return (statementsA.length === statementsB.length && statementsA.every((entry, i) => entry === statementsB[i]));
}
function otherFields(doc) {
    const { Version: _version, Id: _id, Statement: _statement, ...rest } = doc;
    return rest;
}
function canonicalStatement(statement) {
    const canonical = {};
    for (const [field, value] of Object.entries(statement)) {
        if (value === undefined)
            continue;
        if (field === 'Effect' && typeof value === 'string')
            canonical[field] = value.toLowerCase();
        else if (field === 'Action' || field === 'NotAction')
            setIfNotEmpty(canonical, field, valueSet(value, true));
        else if (field === 'Resource' || field === 'NotResource')
            setIfNotEmpty(canonical, field, valueSet(value));
        else if (field === 'Principal' || field === 'NotPrincipal')
            canonical[field] = canonicalPrincipal(value);
        else if (field === 'Condition')
            setIfNotEmpty(canonical, field, canonicalCondition(value));
        else
            canonical[field] = value;
    }
    return canonicalJson(canonical);
}
function canonicalPrincipal(principal) {
    if (principal === '*')
        return { AWS: ['*'] };
    if (!isPlainObject(principal))
        return principal;
    const canonical = {};
    for (const [type, values] of Object.entries(principal)) {
        const normalised = type === 'AWS' ? valueSet(values).map((id) => (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .accountOfRootPrincipal */ .d4)(id) ?? id) : valueSet(values);
        setIfNotEmpty(canonical, type, [...new Set(normalised)].sort());
    }
    return canonical;
}
function canonicalCondition(condition) {
    const canonical = {};
    if (!isPlainObject(condition))
        return canonical;
    for (const [operator, block] of Object.entries(condition)) {
        if (!isPlainObject(block))
            continue;
        for (const [key, values] of Object.entries(block)) {
            const keys = (canonical[operator.toLowerCase()] ??= {});
            const merged = [...(keys[key.toLowerCase()] ?? []), ...valueSet(values)];
            keys[key.toLowerCase()] = [...new Set(merged)].sort();
        }
    }
    return canonical;
}
/** A value or list as a sorted set of strings; scalars of other types by their JSON text. */
function valueSet(value, ignoreCase = false) {
    const list = Array.isArray(value) ? value : [value];
    const strings = list.map((item) => {
        const text = typeof item === 'string' ? item : canonicalJson(item);
        return ignoreCase ? text.toLowerCase() : text;
    });
    return [...new Set(strings)].sort();
}
function setIfNotEmpty(target, key, value) {
    if (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0)
        target[key] = value;
}
function canonicalJson(value) {
    return JSON.stringify(sortKeysDeep(value)) ?? 'undefined';
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringOrStringList(value) {
    return (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')));
}
/** Policy grammar lets one value stand where a list may: a string, a list, or nothing. */
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}


/***/ }),

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ statementCoversAction),
/* harmony export */   dV: () => (/* binding */ principalsOf),
/* harmony export */   el: () => (/* binding */ explainDecision),
/* harmony export */   oS: () => (/* binding */ documentPartition),
/* harmony export */   y1: () => (/* binding */ evaluateTrustPolicy)
/* harmony export */ });
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
