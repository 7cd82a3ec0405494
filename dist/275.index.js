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
// EXTERNAL MODULE: ./src/domain/audit.ts
var audit = __webpack_require__(6075);
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
        const roles = (0,audit/* findUnmanagedOpenRoles */.Dk)(listed, managed, (0,domain_settings/* trustScope */.d1)(settings));
        return { status: 'done', roles, listed: listed.length };
    }
    catch (error) {
        const reason = (0,retry/* errorCode */.CA)(error) === 'AccessDenied'
            ? `The audit needs ${audit/* AUDIT_PERMISSION */.kk}, which the credentials lack: grant it (see "Permissions of the automation role" in docs/permissions.md) or set audit: off.`
            : `The audit could not list the roles of the account: ${(0,errors/* explainAwsError */.Ni)(error)}`;
        return { status: 'unavailable', reason };
    }
}


/***/ })

};
