export const id = 275;
export const ids = [275];
export const modules = {

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAccount: () => (/* binding */ readAccount)
});

// EXTERNAL MODULE: ./src/action/inputs.ts + 6 modules
var inputs = __webpack_require__(95);
// EXTERNAL MODULE: ./src/aws/bounded.ts
var bounded = __webpack_require__(1908);
// EXTERNAL MODULE: ./src/aws/clients.ts + 10 modules
var aws_clients = __webpack_require__(519);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/debug-log.ts


/**
 * One debug line per AWS call and one per answer, shown with ACTIONS_STEP_DEBUG. Only the
 * operation and the role it names: inputs carry policy documents, external IDs and OIDC tokens.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one middleware for every command's types
const debugLog = (next, context) => async (args) => {
    const operation = `${context.clientName ?? 'AWS'} ${context.commandName ?? 'call'}`;
    const role = roleOf(args.input);
    const label = role === null ? operation : `${operation} ${role}`;
    const started = Date.now();
    log/* log */.R.debug(`AWS call: ${label}`);
    try {
        const output = await next(args);
        log/* log */.R.debug(`AWS answer: ${label}: ok in ${Date.now() - started} ms`);
        return output;
    }
    catch (error) {
        log/* log */.R.debug(`AWS answer: ${label}: ${(0,retry/* errorCode */.CA)(error)} after ${Date.now() - started} ms`);
        throw error;
    }
};
/** The role a call is about, by name or ARN; nothing else of the input. */
function roleOf(input) {
    if (typeof input !== 'object' || input === null)
        return null;
    for (const key of ['RoleName', 'RoleArn']) {
        const value = Reflect.get(input, key);
        if (typeof value === 'string')
            return value;
    }
    return null;
}
/**
 * Only when the runner has debug logging on (RUNNER_DEBUG=1, what core.isDebug() reads): the lines
 * would be hidden otherwise.
 */
function logCallsForDebug(clients, env = process.env) {
    if (env.RUNNER_DEBUG !== '1')
        return;
    const options = { step: 'initialize', name: 'scvDebugLog' };
    clients.iam.middlewareStack.add(debugLog, options);
    clients.sts.middlewareStack.add(debugLog, options);
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/roles.ts
var aws_roles = __webpack_require__(6844);
// EXTERNAL MODULE: ./src/domain/contact-centers.ts
var contact_centers = __webpack_require__(8935);
// EXTERNAL MODULE: ./src/domain/settings.ts
var domain_settings = __webpack_require__(7519);
// EXTERNAL MODULE: ./src/policy/arn.ts
var policy_arn = __webpack_require__(6185);
;// CONCATENATED MODULE: ./src/action/read-account.ts










/**
 * The reads of every run, sent as soon as the connection's account is checked: one GetRole per role
 * and, unless audit is off, ListRoles beside them, on the IAM connections `warm` opened meanwhile;
 * resolves once the roles are read. They need no @actions/core, so src/action/start.ts sends them
 * while main.ts and core still load. Logging is main's, once they are done.
 */
async function readAccount(settings, connection, warm = null) {
    (0,aws_clients/* preloadIamClient */.O6)();
    const { sts, credentials, identity } = await connection;
    const iam = await (0,aws_clients/* createIamClient */.L7)({ region: settings.awsRegion, credentials, warm });
    const clients = { sts, iam };
    logCallsForDebug(clients);
    const aws = { clients, identity };
    const targets = resolveTargets(settings, identity);
    const reading = readRoles(clients, targets);
    const audit = auditAccount(settings, clients, targets);
    return { aws, roles: await reading, audit };
}
/** IAM reaches only the caller's own account: a role ARN of another account is refused here. */
function resolveTargets(settings, identity) {
    return settings.roles.map((spec) => {
        if (spec.arn === null)
            return { ...spec, arn: (0,contact_centers/* roleArn */.w3)(identity.partition, identity.accountId, spec.roleName) };
        const arn = (0,policy_arn/* parseArn */.Lw)(spec.arn);
        if (arn?.account !== identity.accountId || arn.partition !== identity.partition) {
            throw new inputs/* InputError */.dz((0,inputs/* roleInput */.Bt)(spec), `${spec.arn} is not in the account of the credentials (${identity.accountId}, partition ${identity.partition}). Run the action once per account.`);
        }
        return { ...spec, arn: spec.arn };
    });
}
async function readRoles(clients, targets) {
    const read = await (0,bounded/* mapBounded */.yJ)(targets, bounded/* AWS_CONCURRENCY */.MK, (target) => (0,aws_roles/* readRole */.fP)(clients.iam, target));
    return {
        stored: read.filter((role) => role !== null),
        current: targets.map((target, index) => ({
            target,
            document: read[index]?.document ?? null,
            tags: read[index]?.tags ?? {}
        }))
    };
}
/**
 * The audit (unless off): every role of the account from ListRoles, less the run's own, that
 * Salesforce's account can assume without an ID. Never fails the run by itself.
 */
async function auditAccount(settings, clients, targets) {
    if (settings.audit === 'off')
        return { status: 'off' };
    try {
        const listed = await (0,aws_roles/* listRoles */.OH)(clients.iam);
        // When ListRoles answers with the GetRoles, the plan and the writes they lead to go first.
        await new Promise((resolve) => setImmediate(resolve));
        const managed = targets.map((target) => target.roleName);
        // Loaded here, not with the reads: the decision's automata must not hold the first IAM requests.
        const { findUnmanagedOpenRoles } = await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 6075));
        const roles = findUnmanagedOpenRoles(listed, managed, (0,domain_settings/* trustScope */.d1)(settings));
        return { status: 'done', roles, listed: listed.length };
    }
    catch (error) {
        const reason = (0,retry/* errorCode */.CA)(error) === 'AccessDenied'
            ? `The audit needs iam:ListRoles, which the credentials lack: grant it (see "Permissions of the automation role" in docs/permissions.md) or set audit: off.`
            : `The audit could not list the roles of the account: ${(0,errors/* explainAwsError */.Ni)(error)}`;
        return { status: 'unavailable', reason };
    }
}


/***/ }),

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


/***/ })

};
