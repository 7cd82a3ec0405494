export const id = 730;
export const ids = [730];
export const modules = {

/***/ 4559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ Cancellation)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);

const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * The runner cancels a step with SIGINT, then SIGTERM about 7.5 s later, then kills it about 2.5 s
 * after that. Before the first write there is nothing to undo: the step exits at once. From the
 * first write on, a signal aborts `stop` and the write side restores what it wrote.
 */
class Cancellation {
    controller = new AbortController();
    writing = false;
    get stop() {
        return this.controller.signal;
    }
    listen() {
        for (const signal of SIGNALS)
            process.on(signal, () => this.receive(signal));
    }
    /** Writes may be sent from now on. */
    beginWrites() {
        this.writing = true;
    }
    receive(signal) {
        if (this.controller.signal.aborted) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${signal} received: still restoring after ${String(this.controller.signal.reason)}`);
            return;
        }
        if (!this.writing) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${signal} received before any write: nothing to restore, stopping.`);
            process.exit(1);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${signal} received: the job is being cancelled`);
        this.controller.abort(signal);
    }
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stoppedResult),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1561);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95);



/**
 * The outputs of action.yml (all but external-id, external-id-fingerprint and comment-url, which
 * are set where they become known). `changed-roles` and each role's `change` say what IAM holds
 * differently from the run's start: after a rollback, only the roles that could not be restored
 * or that another writer changed.
 */
function setOutputs(outcome) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('result', outcome.result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('changed-roles', JSON.stringify(outcome.changedRoles));
    const changed = new Set(outcome.changedRoles);
    const roles = outcome.plans.map((plan) => ({
        logicalRole: plan.role.logicalRole,
        callCenter: plan.role.callCenter,
        arn: plan.role.arn,
        change: plan.change === 'error' || changed.has(plan.role.arn) ? plan.change : 'unchanged'
    }));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('roles', JSON.stringify(roles));
    if (outcome.backupFile !== null)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('backup-file', outcome.backupFile);
}
/** The result of a run stopped by a thrown error, before any write: refused inputs or trust policies, or an error. */
function stoppedResult(error) {
    return error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz || error instanceof _policy_document_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyDocumentError */ .eO ? 'refused' : 'error';
}


/***/ }),

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ preloadCommentCode),
/* harmony export */   S: () => (/* binding */ publishReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8930);



const SUMMARY_LIMIT = 1_000_000;
/**
 * Writes the job summary and, where the run comments, the one sticky pull-request comment.
 * GitHub errors never fail the run: they become a warning annotation. Returns the comment URL.
 */
async function publishReport(report, context, token) {
    await writeSummary(report);
    if (context.commentOn === null || context.owner === null || context.repo === null)
        return null;
    const { commentMarker, upsertStickyComment } = await loadCommentCode();
    const marker = commentMarker({
        accountId: report.accountId,
        contactCenterType: report.contactCenterType,
        callCenters: report.callCenters
    });
    const outcome = await upsertStickyComment(token, { owner: context.owner, repo: context.repo, issueNumber: context.commentOn }, marker, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderReport */ .B1)(report, { marker }));
    if (outcome.status === 'failed') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(outcome.warning, { title: 'Pull-request comment not written' });
        return null;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Pull-request comment ${outcome.status}: ${outcome.url}`);
    return outcome.url;
}
// Octokit (with undici) is loaded only for a run that writes a comment.
const loadCommentCode = () => Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 1151));
/** A run that will comment loads Octokit while it waits for AWS, not after its last answer. */
function preloadCommentCode(context) {
    // A failure to load surfaces when the comment is written.
    if (context.commentOn !== null)
        loadCommentCode().catch(() => undefined);
}
/** The job summary may hold 1 MiB, so it keeps the diffs the comment may have to shorten. */
async function writeSummary(report) {
    // Outside a runner (a local run against the emulator) there is no summary file: not an error.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderReport */ .B1)(report, { limit: SUMMARY_LIMIT }), true).write();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`The job summary could not be written: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ Secrets),
/* harmony export */   t: () => (/* binding */ runnerLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _domain_external_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8683);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);



/**
 * Every external ID of the run (given, generated, held by the roles today), built once per run:
 * each is registered with the runner as soon as it is known, in the forms the runner could print
 * it (raw, URL-encoded, JSON-escaped), and `redact` replaces all of them in any text.
 */
class Secrets {
    known = [];
    redactor = (text) => text;
    add(...values) {
        const fresh = [...new Set(values)].filter((value) => value !== '' && !this.known.includes(value));
        if (fresh.length === 0)
            return;
        for (const value of fresh) {
            // The placeholder of a plan with generate-external-id is no secret, only rendered like one.
            if (value !== _domain_external_id_js__WEBPACK_IMPORTED_MODULE_1__/* .ID_GENERATED_AT_APPLY */ .v9)
                for (const form of runnerForms(value))
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(form);
            this.known.push(value);
        }
        // Rebuilt only when an ID is added (a handful of times per run), not per text.
        this.redactor = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .createRedactor */ .lY)(this.known);
    }
    redact = (text) => this.redactor(text);
    get values() {
        return this.known;
    }
}
/** The runner masks exact strings: each way an ID can be spelled in a log line is registered. */
function runnerForms(value) {
    return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}
/** The job log as the layers below action/ see it: every line redacted, then written by @actions/core. */
function runnerLog(secrets) {
    return {
        info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(secrets.redact(line)),
        debug: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(secrets.redact(line))
    };
}


/***/ }),

/***/ 3175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ STATE_JOURNAL),
/* harmony export */   Z: () => (/* binding */ STATE_FINISHED)
/* harmony export */ });
/**
 * What the main step leaves the post step (core.saveState; the runner passes it as STATE_<name>):
 * where the write journal is, and whether the main step finished, leaving nothing to undo.
 */
const STATE_JOURNAL = 'journal';
const STATE_FINISHED = 'finished';


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

/***/ 5127:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ detectDrift),
/* harmony export */   Lp: () => (/* binding */ stagedRotation),
/* harmony export */   jo: () => (/* binding */ finishHint)
/* harmony export */ });
/* harmony import */ var _external_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8683);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1561);
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(424);
/* harmony import */ var _policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(805);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5431);
/* harmony import */ var _policy_canary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1748);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_decision_js__WEBPACK_IMPORTED_MODULE_2__]);
_decision_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];







/** Pure: every way a role differs from "its Salesforce statements require exactly these IDs". */
function detectDrift(roles, options) {
    return roles.flatMap((role) => roleDrift(role, options));
}
function roleDrift(role, options) {
    const finding = (kind, detail) => ({
        role: role.target,
        kind,
        detail
    });
    if (role.document === null)
        return [finding('missing-role', `${role.target.roleName} does not exist.`)];
    const canary = (0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_4__/* .hasCanary */ .lj)(role.document)
        ? [
            finding('leftover-canary', `the temporary statement ${_policy_canary_js__WEBPACK_IMPORTED_MODULE_4__/* .CANARY_SID */ .gg} of an interrupted verify: assume run is still there: an apply removes it.`)
        ]
        : [];
    return [...canary, ...conditionDrift(role, role.document, options, finding)];
}
function conditionDrift(role, document, options, finding) {
    const { statements, conditioned, lacking, extra, keep } = idState(role, document, options);
    if (statements.length === 0) {
        return [finding('missing-condition', 'No statement trusts the Salesforce account any more.')];
    }
    const findings = [];
    const unconditioned = statements.length - conditioned.length;
    if (unconditioned > 0) {
        findings.push(finding('missing-condition', `${unconditioned} of ${statements.length} Salesforce statements have no sts:ExternalId condition: any caller in the Salesforce account can assume the role.`));
    }
    const wrongOperator = conditioned.filter((statement) => statement.operator !== 'StringEquals');
    if (wrongOperator.length > 0 || lacking.length > 0) {
        const operators = [...new Set(wrongOperator.map((statement) => statement.operator))];
        findings.push(finding('different-id', [
            lacking.length > 0 ? lackingDetail(lacking, options.externalIds) : '',
            operators.length > 0 ? `the condition uses ${operators.join(', ')} instead of StringEquals` : ''
        ]
            .filter(Boolean)
            .join('; ') + '.'));
    }
    findings.push(...decisionDrift(role, document, options, findings, finding));
    const runIds = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIds */ .Sh)(options.externalIds);
    if (lacking.length === 0 && extra.length > 0 && options.rotation === 'replace') {
        findings.push(finding('extra-ids', `also accepts ${extra.map(_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj).join(', ')}: ${finishHint(keep, runIds)}`));
    }
    const staged = extra.length > 0 && lacking.length === 0;
    const tooOld = ageDetail(role, options, staged ? finishHint(keep, runIds) : null);
    if (tooOld !== null)
        findings.push(finding('too-old', tooOld));
    return findings;
}
/**
 * Why the role's ID is too old under max-age, or null when it is not (or no max-age is set).
 * `stagedHint`: how to finish the rotation staged on the role, when one is.
 */
function ageDetail(role, options, stagedHint) {
    if (options.maxAgeSeconds === null)
        return null;
    const appliedAt = Date.parse(role.tags[_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_APPLIED_AT */ .Vj] ?? '');
    if (Number.isNaN(appliedAt))
        return `no valid ${_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_APPLIED_AT */ .Vj} tag: the age of the ID is unknown.`;
    if (options.now.getTime() - appliedAt <= options.maxAgeSeconds * 1000)
        return null;
    const days = Math.floor((options.now.getTime() - appliedAt) / 86_400_000);
    return stagedHint !== null
        ? `the rotation was staged ${days} days ago, longer than max-age: ${stagedHint}`
        : `the ID was applied ${days} days ago, longer than max-age: rotate it.`;
}
/**
 * What the guard's decision finds in the role as it is: a Salesforce caller let in without the
 * run's ID (e.g. through a wildcard statement), or one that could assume the role but not with the
 * run's ID (e.g. a Deny). Kinds the statement checks above already report are not repeated.
 */
function decisionDrift(role, document, options, found, finding) {
    const analysis = (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .analyseTrustPolicy */ .kS)(document, options.scope);
    // Who may use the role: whom its Allow statements let in, with some ID or none, before any Deny.
    const allows = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_6__/* .statementsOf */ .GX)(document).filter((statement) => statement.Effect !== 'Deny');
    const reachable = (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .analyseTrustPolicy */ .kS)({ ...document, Statement: allows }, options.scope);
    const runIds = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .idsOf */ .UX)(options.externalIds);
    const kept = analysis.acceptedIds.filter((id) => !runIds.includes(id));
    const problems = (0,_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .decideRole */ .L)({
        roleName: role.target.roleName,
        before: reachable,
        after: analysis,
        required: options.rotation === 'overlap' ? [...runIds, ...kept] : runIds,
        newIds: runIds,
        // IDs the Salesforce statements accept beside the run's are the extra-ids finding's.
        tolerated: analysis.acceptedIds
    });
    const prefix = `${role.target.roleName}: `;
    const byKind = new Map();
    for (const problem of problems) {
        const detail = problem.startsWith(prefix) ? problem.slice(prefix.length) : problem;
        // Others' answers compare the policy with itself less its Deny statements: no finding of a check.
        if (detail.startsWith('no statement trusts') || / is (now|no longer) allowed/.test(detail))
            continue;
        const kind = / is not allowed /.test(detail) ? 'different-id' : 'missing-condition';
        // One finding per kind, the first answer (no ID before a wrong one) standing for the rest.
        if (!byKind.has(kind) && !found.some((existing) => existing.kind === kind))
            byKind.set(kind, finding(kind, detail));
    }
    return [...byKind.values()];
}
/**
 * Pure: the staged rotation the roles are in, or null when no role accepts more than the run's IDs.
 * A role that lacks one of the run's IDs is drift, not a stage, and is left to detectDrift.
 */
function stagedRotation(roles, options) {
    const runIds = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIds */ .Sh)(options.externalIds);
    const staged = roles.flatMap((role) => {
        if (role.document === null)
            return [];
        const { lacking, extra, keep } = idState(role, role.document, options);
        if (extra.length === 0 || lacking.length > 0)
            return [];
        return [{ extra, keep, appliedAt: Date.parse(role.tags[_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_APPLIED_AT */ .Vj] ?? '') }];
    });
    if (staged.length === 0)
        return null;
    const times = staged.map((role) => role.appliedAt).filter((time) => !Number.isNaN(time));
    const keep = staged.find((role) => role.keep !== runIds)?.keep ?? runIds;
    const accepted = [runIds, ...staged.flatMap((role) => role.extra).map(_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)];
    return {
        since: times.length === 0 ? null : new Date(Math.min(...times)),
        keep,
        others: [...new Set(accepted)].filter((id) => id !== keep)
    };
}
/** What to do about a stage, naming the ID to keep: a bare "replace" with an old secret would drop the new ID. */
function finishHint(keep, runIds) {
    if (keep === runIds) {
        return `to finish the rotation, keep only ${keep}: apply with rotation: replace and this ID (while Salesforce still switches, check with rotation: overlap).`;
    }
    return `the roles were last given ${keep}, not this run's ${runIds}, so the secret may hold the old ID. To finish the rotation, keep ${keep}: apply with rotation: replace and the ID of ${keep}; a replace with this run's ID would drop it.`;
}
function idState(role, document, options) {
    const statements = (0,_policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredExternalIds */ .pd)(document, options.scope);
    const expectedIds = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .idsOf */ .UX)(options.externalIds);
    const conditioned = statements.filter((statement) => statement.ids !== null);
    return {
        statements,
        conditioned,
        lacking: conditioned.filter((statement) => expectedIds.some((id) => !(statement.ids ?? []).includes(id))),
        extra: extraIds(conditioned, expectedIds),
        keep: idToKeep(role, conditioned, options.externalIds)
    };
}
function extraIds(conditioned, expectedIds) {
    return [
        ...new Set(conditioned.flatMap((statement) => statement.ids ?? []).filter((id) => !expectedIds.includes(id)))
    ];
}
/**
 * With one ID, the roles' fingerprint tag names the ID applied last (the new one of a stage) while
 * the role still accepts it; several orgs keep their own set.
 */
function idToKeep(role, conditioned, required) {
    const runIds = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIds */ .Sh)(required);
    if (required.kind !== 'single')
        return runIds;
    const tagged = role.tags[_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_FINGERPRINT */ .kr];
    const accepted = new Set(conditioned.flatMap((statement) => statement.ids ?? []).map(_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj));
    return tagged !== undefined && accepted.has(tagged) ? tagged : runIds;
}
/** One ID: what the role requires instead. Several orgs: which of their IDs it does not accept. */
function lackingDetail(lacking, required) {
    if (required.kind === 'single') {
        const found = [...new Set(lacking.flatMap((statement) => statement.ids ?? []).map(_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj))];
        return `requires ${found.join(', ') || 'no ID'} instead of ${(0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(required.id)}`;
    }
    const missing = required.orgs.filter((org) => lacking.some((statement) => !(statement.ids ?? []).includes(org.id)));
    return `does not accept ${missing.map((org) => (0,_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .describeId */ .p4)(required, org.id)).join(', ')}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isWrite),
/* harmony export */   i: () => (/* binding */ isReady)
/* harmony export */ });
const isWrite = (plan) => plan.change !== 'unchanged' && plan.change !== 'error';
const isReady = (plan) => plan.change !== 'error';


/***/ }),

/***/ 2517:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b0: () => (/* binding */ planRoles),
/* harmony export */   dX: () => (/* binding */ previousExternalIds)
/* harmony export */ });
/* unused harmony exports planRole, missingRoleMessage */
/* harmony import */ var _contact_centers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8935);
/* harmony import */ var _external_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8683);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1561);
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5686);
/* harmony import */ var _policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(805);
/* harmony import */ var _simulate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/* harmony import */ var _policy_canary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1748);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5431);
/* harmony import */ var _policy_iam_acceptance_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2339);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_simulate_js__WEBPACK_IMPORTED_MODULE_4__]);
_simulate_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









/** Pure: what the run would do to every role. */
function planRoles(roles, options) {
    return roles.map((role) => planRole(role, options));
}
function planRole(current, options) {
    const failed = (error) => ({
        role: current.target,
        before: current.document,
        change: 'error',
        error
    });
    const before = current.document;
    if (before === null)
        return failed(missingRoleMessage(current.target));
    const roleName = current.target.roleName;
    // A canary statement left by an interrupted `verify: assume` run goes with the change.
    const analysis = (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseTrustPolicy */ .kS)((0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_5__/* .withoutCanary */ .vQ)(before), options.scope);
    if (analysis.unjudgeable.length > 0) {
        // Fail closed: a condition the evaluator cannot judge might let Salesforce in without the ID.
        return failed(`${roleName}: the trust policy tests what this action cannot evaluate for Salesforce's principals ` +
            `(${analysis.unjudgeable.join('; ')}), so it cannot prove the change safe. Remove or rewrite those conditions, then run again.`);
    }
    if (options.rotation === 'overlap' && options.mode !== 'disable') {
        // An ID held under StringLike & co. may be a pattern: an overlap cannot carry it over as is.
        const other = analysis.salesforce.find(({ required }) => required !== null && !(0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .isStringEquals */ .fb)(required.operator));
        if (other?.required) {
            return failed(`${roleName} accepts its current external ID under ${other.required.operator}, which a staged overlap cannot keep. Use rotation: replace, or change the condition to StringEquals first.`);
        }
    }
    let transformed;
    try {
        transformed = transform(analysis, options);
    }
    catch (error) {
        if (error instanceof _policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__/* .TransformRefusedError */ .jb)
            return failed(`${roleName}: ${error.message}.`);
        throw error;
    }
    const after = transformed.document;
    const size = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_6__/* .policySize */ .o2)(after);
    if (size > options.maxPolicySize) {
        return failed(`The new trust policy of ${roleName} would be ${size} characters (minified), over max-policy-size ${options.maxPolicySize} (was ${(0,_policy_document_js__WEBPACK_IMPORTED_MODULE_6__/* .policySize */ .o2)(before)}).`);
    }
    // A change that would leave Salesforce able to assume the role without the ID (e.g. another
    // statement trusting "*"), or unable to with it, protects nothing: refuse it before anything is written.
    const afterAnalysis = (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseTrustPolicy */ .kS)(after, options.scope);
    const simulation = {
        scope: options.scope,
        externalIds: options.externalIds === null ? [] : (0,_external_id_js__WEBPACK_IMPORTED_MODULE_1__/* .idsOf */ .UX)(options.externalIds)
    };
    const problems = (0,_simulate_js__WEBPACK_IMPORTED_MODULE_4__/* .simulate */ .JV)([(0,_simulate_js__WEBPACK_IMPORTED_MODULE_4__/* .simulationCase */ .IA)(current.target, analysis, afterAnalysis, simulation)]);
    if (problems.length > 0)
        return failed(problems.join(' '));
    const change = classify(before, analysis, afterAnalysis, options);
    const written = change === 'unchanged' ? null : writtenDocument(roleName, after, options.maxPolicySize);
    if (written !== null && 'refusal' in written)
        return failed(written.refusal);
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .tagChanges */ .qM)(current.tags, options.externalIds === null ? null : (0,_external_id_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprintsOf */ .tm)(options.externalIds), options.now);
    const tagProblem = tags === null ? null : (0,_tags_js__WEBPACK_IMPORTED_MODULE_7__/* .tagLimitProblem */ .VO)(current.tags, tags);
    if (tagProblem !== null)
        return failed(`${roleName}: ${tagProblem}`);
    return {
        role: current.target,
        before,
        after: written === null ? before : written.document,
        change,
        notes: [
            ...transformed.notes,
            ...(written === null ? [] : written.notes),
            ...((0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_5__/* .hasCanary */ .lj)(before) ? [LEFTOVER_CANARY_NOTE] : [])
        ],
        tagChanges: tags
    };
}
/**
 * The document as it will be sent: what IAM would refuse for a reason the document shows is a plan
 * error naming the role (so apply writes nothing), and an outdated Version is brought up to date.
 */
function writtenDocument(roleName, after, maxPolicySize) {
    const accepted = (0,_policy_iam_acceptance_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareForIam */ .U)(after);
    if ('refusal' in accepted)
        return { refusal: `${roleName}: ${accepted.refusal}` };
    const size = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_6__/* .policySize */ .o2)(accepted.document);
    if (size > maxPolicySize) {
        return {
            refusal: `The new trust policy of ${roleName} would be ${size} characters (minified) with "Version": "2012-10-17", over max-policy-size ${maxPolicySize}.`
        };
    }
    return accepted;
}
/**
 * NoSuchEntity, with where the name came from: a call center gives `<name>-ConnectCallRole` and
 * `<name>-SCVS3Role`, in the lower case Salesforce's templates use; a role name passed as a call
 * center is spotted.
 */
function missingRoleMessage(target) {
    const missing = `Role ${target.roleName} does not exist in this account (NoSuchEntity).`;
    if (target.logicalRole === _contact_centers_js__WEBPACK_IMPORTED_MODULE_0__/* .EXTRA_ROLE */ .q5)
        return `${missing} The name comes from extra-roles; check it there.`;
    const template = (0,_contact_centers_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultRoleName */ .xK)(target.logicalRole);
    const center = target.callCenter;
    if (center === null || target.roleName !== template.split(_contact_centers_js__WEBPACK_IMPORTED_MODULE_0__/* .CALL_CENTER_PLACEHOLDER */ .Bc).join(center)) {
        return target.callCenter === null && target.roleName === template
            ? `${missing} It is the default name of ${target.logicalRole}; if yours has another name, set it in role-arns (${target.logicalRole}=name-or-arn).`
            : `${missing} The name comes from role-arns (${target.logicalRole}); check it there.`;
    }
    const suffix = /-(ConnectCallRole|SCVS3Role)$/i.exec(center);
    const rule = `The name comes from call-center-api-name '${center}': each CallCenterApiName gives <name>-ConnectCallRole and <name>-SCVS3Role, ` +
        `with the name in the lower case Salesforce's templates use (acme gives acme-ConnectCallRole).`;
    if (suffix) {
        const name = center.slice(0, suffix.index);
        return `${missing} ${rule} '${center}' is already a role name: pass the call center '${name.toLowerCase()}' instead.`;
    }
    if (center !== center.toLowerCase())
        return `${missing} ${rule} Try '${center.toLowerCase()}'.`;
    return `${missing} ${rule} Check the CallCenterApiName in Salesforce, or name the role in role-arns.`;
}
const LEFTOVER_CANARY_NOTE = `Removes the statement ${_policy_canary_js__WEBPACK_IMPORTED_MODULE_5__/* .CANARY_SID */ .gg} that an interrupted verify: assume run left behind.`;
function transform(analysis, options) {
    if (options.externalIds === null)
        return (0,_policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__/* .removeExternalIdCondition */ .gt)(analysis);
    const required = (0,_external_id_js__WEBPACK_IMPORTED_MODULE_1__/* .idsOf */ .UX)(options.externalIds);
    const ids = options.rotation === 'overlap'
        ? [...required, ...analysis.acceptedIds.filter((id) => !required.includes(id))]
        : required;
    return (0,_policy_external_id_condition_js__WEBPACK_IMPORTED_MODULE_3__/* .requireExternalIds */ .v)(analysis, ids);
}
/** `original`: the document as read, a leftover canary included (its removal is a change too). */
function classify(original, before, after, options) {
    if ((0,_policy_document_js__WEBPACK_IMPORTED_MODULE_6__/* .policiesEquivalent */ .DK)(original, after.document))
        return 'unchanged';
    if (options.mode === 'disable')
        return 'remove-condition';
    const hadCondition = before.salesforce.some(({ required }) => required !== null);
    if (!hadCondition)
        return 'add-condition';
    // More IDs than the run requires: the previous ones are kept beside the new set.
    const required = options.externalIds === null ? 0 : (0,_external_id_js__WEBPACK_IMPORTED_MODULE_1__/* .idsOf */ .UX)(options.externalIds).length;
    return after.acceptedIds.length > required ? 'stage-overlap' : 'replace-id';
}
/** Every external ID the roles hold for Salesforce today, accepted or pinned: masked and redacted like the new one. */
function previousExternalIds(roles, scope) {
    const ids = new Set();
    for (const role of roles) {
        if (role.document === null)
            continue;
        const analysis = (0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .analyseTrustPolicy */ .kS)(role.document, scope);
        for (const { entries } of analysis.salesforce) {
            for (const entry of entries)
                if ((0,_policy_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .isStringOperator */ .cH)(entry.operator))
                    entry.ids.forEach((id) => ids.add(id));
        }
        for (const deny of analysis.externalIdDenies)
            if (deny.kind === 'pin')
                deny.entry.ids.forEach((id) => ids.add(id));
    }
    return [...ids];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 0:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ simulationCase),
/* harmony export */   JV: () => (/* binding */ simulate),
/* harmony export */   jb: () => (/* binding */ storedSimulationCase)
/* harmony export */ });
/* harmony import */ var _policy_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5686);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(424);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_decision_js__WEBPACK_IMPORTED_MODULE_1__]);
_decision_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


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
 * Decides, for all requests at once, that Salesforce's callers need exactly the required IDs and
 * that everyone else is answered as before. Returns the problems found (empty: verified); texts
 * name roles, principals and statements, never an ID.
 */
function simulate(cases) {
    return cases.flatMap(({ target, before, after, required, newIds }) => (0,_decision_js__WEBPACK_IMPORTED_MODULE_1__/* .decideRole */ .L)({ roleName: target.roleName, before, after, required, newIds, tolerated: [] }));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ restoringTags),
/* harmony export */   VO: () => (/* binding */ tagLimitProblem),
/* harmony export */   Vj: () => (/* binding */ TAG_APPLIED_AT),
/* harmony export */   W6: () => (/* binding */ cloudFormationStacks),
/* harmony export */   kr: () => (/* binding */ TAG_FINGERPRINT),
/* harmony export */   qM: () => (/* binding */ tagChanges),
/* harmony export */   yi: () => (/* binding */ appliedTimes)
/* harmony export */ });
/**
 * Role tags that record which external ID was applied and when: never the ID itself. One ID is one
 * `scv-external-id:fingerprint` tag; several Salesforce orgs get one tag per org,
 * `scv-external-id:fingerprint:LABEL` (a label is at most 40 characters, so the key stays under
 * IAM's 128), leaving the 50-tag budget to grow by one per org instead of one value per org
 * growing past IAM's 256 characters.
 */
const TAG_FINGERPRINT = 'scv-external-id:fingerprint';
const TAG_APPLIED_AT = 'scv-external-id:applied-at';
/** Set by CloudFormation on what a stack creates: a stack update can put the template's trust policy back. */
const TAG_CLOUDFORMATION_STACK = 'aws:cloudformation:stack-name';
/** IAM allows 50 tags per role; AWS's own `aws:` tags do not count. */
const MAX_ROLE_TAGS = 50;
/** The fingerprint tag of one ID, or one per label. */
function fingerprintTags(fingerprints) {
    if (typeof fingerprints === 'string')
        return { [TAG_FINGERPRINT]: fingerprints };
    return Object.fromEntries(Object.entries(fingerprints).map(([label, value]) => [`${TAG_FINGERPRINT}:${label}`, value]));
}
const isFingerprintTag = (key) => key === TAG_FINGERPRINT || key.startsWith(`${TAG_FINGERPRINT}:`);
/**
 * The tag writes a role needs: after an apply, the fingerprint tag(s) of the ID(s) the role requires
 * (stale ones removed) and the time they were first applied (kept when they are already there, so
 * finishing a staged rotation does not reset the age); after a disable, none of them. Null when
 * nothing changes.
 */
function tagChanges(current, fingerprints, now) {
    const wanted = fingerprints === null ? {} : fingerprintTags(fingerprints);
    const stale = Object.keys(current).filter((key) => isFingerprintTag(key) && !(key in wanted));
    if (fingerprints === null) {
        const present = [...stale, ...(TAG_APPLIED_AT in current ? [TAG_APPLIED_AT] : [])];
        return present.length === 0 ? null : Object.fromEntries(present.map((key) => [key, null]));
    }
    const same = Object.entries(wanted).every(([key, value]) => current[key] === value);
    if (same && stale.length === 0 && current[TAG_APPLIED_AT])
        return null;
    return {
        ...wanted,
        ...Object.fromEntries(stale.map((key) => [key, null])),
        [TAG_APPLIED_AT]: same && current[TAG_APPLIED_AT] ? current[TAG_APPLIED_AT] : now.toISOString()
    };
}
/** IAM's Tag structure (API reference, "Tag"): keys 1-128 and values 0-256 of these characters. */
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_KEY_LENGTH = 128;
const MAX_VALUE_LENGTH = 256;
/** Why TagRole would refuse one tag this run writes, or null. Never quotes the value. */
function tagRuleProblem(key, value) {
    if (key.length < 1 || key.length > MAX_KEY_LENGTH || !TAG_CHARACTERS.test(key))
        return `the tag key ${JSON.stringify(key)} is not 1 to ${MAX_KEY_LENGTH} letters, digits, spaces or _.:/=+-@, as IAM requires.`;
    if (/^aws:/i.test(key))
        return `the tag key ${JSON.stringify(key)} starts with aws:, which IAM reserves.`;
    if (value.length > MAX_VALUE_LENGTH || !TAG_CHARACTERS.test(value))
        return `the value of tag ${JSON.stringify(key)} is not at most ${MAX_VALUE_LENGTH} letters, digits, spaces or _.:/=+-@, as IAM requires.`;
    return null;
}
/**
 * Why TagRole would refuse the tags of the change (a key or value IAM does not accept, or more
 * than IAM's 50 tags per role), or null.
 */
function tagLimitProblem(current, changes) {
    for (const [key, value] of Object.entries(changes)) {
        const problem = value === null ? null : tagRuleProblem(key, value);
        if (problem !== null)
            return problem;
    }
    const after = { ...current, ...changes };
    const counted = Object.entries(after).filter(([key, value]) => value !== null && !key.startsWith('aws:'));
    if (counted.length <= MAX_ROLE_TAGS)
        return null;
    return `the role would carry ${counted.length} tags, over IAM's quota of ${MAX_ROLE_TAGS} per role (one fingerprint tag per Salesforce org): remove unused tags or orgs.`;
}
/** The tag values to write back on rollback: the original ones, or removal where there were none. */
function restoringTags(original, changed) {
    return Object.fromEntries(Object.keys(changed).map((key) => [key, original[key] ?? null]));
}
/** The CloudFormation stack of each role that has one, by ARN. */
function cloudFormationStacks(roles) {
    return Object.fromEntries(roles.flatMap((role) => {
        const stack = role.tags[TAG_CLOUDFORMATION_STACK];
        return stack ? [[role.target.arn, stack]] : [];
    }));
}
/** When the ID of each role that carries a valid applied-at tag was applied, by ARN. */
function appliedTimes(roles) {
    return Object.fromEntries(roles.flatMap((role) => {
        const time = Date.parse(role.tags[TAG_APPLIED_AT] ?? '');
        return Number.isNaN(time) ? [] : [[role.target.arn, new Date(time)]];
    }));
}


/***/ }),

/***/ 1730:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _action_cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4559);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95);
/* harmony import */ var _action_state_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3175);
/* harmony import */ var _action_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8948);
/* harmony import */ var _action_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4001);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9378);
/* harmony import */ var _domain_audit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6075);
/* harmony import */ var _domain_drift_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5127);
/* harmony import */ var _domain_tags_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5431);
/* harmony import */ var _domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8683);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2517);
/* harmony import */ var _domain_settings_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7519);
/* harmony import */ var _policy_canary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1748);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6472);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7911);
/* harmony import */ var _transaction_change_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1534);
/* harmony import */ var _transaction_journal_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7691);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_domain_audit_js__WEBPACK_IMPORTED_MODULE_6__, _domain_drift_js__WEBPACK_IMPORTED_MODULE_7__, _domain_plan_js__WEBPACK_IMPORTED_MODULE_9__, _transaction_change_js__WEBPACK_IMPORTED_MODULE_13__]);
([_domain_audit_js__WEBPACK_IMPORTED_MODULE_6__, _domain_drift_js__WEBPACK_IMPORTED_MODULE_7__, _domain_plan_js__WEBPACK_IMPORTED_MODULE_9__, _transaction_change_js__WEBPACK_IMPORTED_MODULE_13__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);


















/** A cancelled run gives its report this long before it exits, inside the runner's grace. */
const CANCELLED_PUBLISH_MS = 1_000;
/**
 * (inputs -> credentials, in src/action/start.ts) -> read roles -> plan -> apply -> verify -> report.
 * Every secret is masked as soon as it is known, and every text shown passes the redactor.
 */
async function main(started) {
    // Masked before anything is logged, and before the inputs are validated: a refused run cannot show them either.
    const secrets = new _action_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .Secrets */ .S();
    secrets.add(...(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .givenExternalIds */ .VA)());
    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_11__/* .installLogSink */ .d)((0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_12__/* .runnerLog */ .t)(secrets));
    const redact = secrets.redact;
    // Signals are handled from here on; before this, nothing has been written and exiting is right.
    const cancellation = new _action_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancellation */ .m();
    cancellation.listen();
    const journal = (0,_transaction_journal_js__WEBPACK_IMPORTED_MODULE_14__/* .journalPath */ .H)();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_action_state_js__WEBPACK_IMPORTED_MODULE_15__/* .STATE_JOURNAL */ .Y, journal);
    let resultSet = false;
    try {
        if ('refused' in started)
            throw started.refused;
        const { settings, context } = started;
        (0,_action_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .preloadCommentCode */ .E)(context);
        const externalIds = chooseExternalIds(settings, secrets);
        // One log group per phase, so that a long run folds into its steps.
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('AWS credentials', () => logConnection(started.connection));
        // Sent by src/action/start.ts as soon as STS answered, while this module loaded.
        const read = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Reading the roles', async () => {
            const account = await started.reading;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Read ${account.roles.current.length} roles`);
            return account;
        });
        const { aws, roles } = read;
        maskPreviousIds(roles.current, (0,_domain_settings_js__WEBPACK_IMPORTED_MODULE_16__/* .trustScope */ .d1)(settings), secrets);
        const options = planOptions(settings, externalIds);
        // Only audit: fail acts on the audit. Otherwise it reports: the change does not wait for its
        // ListRoles pages (one per 100 roles of the account) and analysis.
        const auditFirst = settings.audit === 'fail' ? await read.audit : null;
        const refusal = auditFirst === null ? null : (0,_domain_audit_js__WEBPACK_IMPORTED_MODULE_6__/* .auditRefusal */ .sR)(settings.audit, auditFirst);
        const outcome = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(PHASES[settings.mode], async () => options.mode === 'check'
            ? checkDrift(settings, options, roles, auditFirst)
            : refusal !== null
                ? refuse(options, roles, refusal)
                : (0,_transaction_change_js__WEBPACK_IMPORTED_MODULE_13__/* .change */ .Z)(settings, options, aws, roles, {
                    journalPath: journal,
                    stop: cancellation.stop,
                    writing: () => cancellation.beginWrites()
                }));
        const audit = auditFirst ?? (await auditUnlessStopped(read.audit, cancellation.stop));
        const auditWarnings = reportAudit(settings, audit);
        const errors = outcome.errors.map(redact);
        const report = {
            result: outcome.result,
            mode: settings.mode,
            accountId: aws.identity.accountId,
            contactCenterType: settings.contactCenterType,
            callCenters: settings.callCenters,
            fingerprint: externalIds === null ? null : shownFingerprints(externalIds),
            rotation: settings.rotation,
            callerArn: aws.identity.arn,
            roles: outcome.plans,
            stacks: (0,_domain_tags_js__WEBPACK_IMPORTED_MODULE_17__/* .cloudFormationStacks */ .W6)(roles.current),
            drift: outcome.drift,
            audit,
            warnings: [...auditWarnings, ...outcome.warnings],
            errors,
            secrets: [...secrets.values],
            run: {
                sha: context.sha,
                runUrl: context.runUrl,
                time: new Date(),
                workflow: context.workflow,
                environment: context.environment
            }
        };
        (0,_action_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n)(outcome);
        resultSet = true;
        if (audit.status === 'done') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('unmanaged-roles', JSON.stringify(audit.roles.map((role) => role.arn)));
        }
        const publishing = _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Job summary and pull-request comment', () => (0,_action_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishReport */ .S)(report, context, settings.githubToken));
        const commentUrl = cancellation.stop.aborted
            ? await Promise.race([publishing, timeout(CANCELLED_PUBLISH_MS)])
            : await publishing;
        if (commentUrl)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('comment-url', commentUrl);
        await keepDriftIssueOf(settings, report, context, roles.current, cancellation.stop);
        if (errors.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(errors.join('\n'));
        else if (outcome.result === 'drift')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed('Drift detected: see the annotations and the job summary.');
    }
    catch (error) {
        // Thrown before the outcome's outputs: nothing was written (a write's failure is an outcome).
        if (!resultSet)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('result', (0,_action_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stoppedResult */ .F)(error));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(redact((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)));
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_action_state_js__WEBPACK_IMPORTED_MODULE_15__/* .STATE_FINISHED */ .Z, 'true');
    // Reads or timers of the abandoned verification must not keep a cancelled step alive.
    if (cancellation.stop.aborted)
        process.exit(1);
}
/** drift-issue: a check keeps its issue open or closes it; other runs make no issue call. */
async function keepDriftIssueOf(settings, report, context, current, stop) {
    if (settings.mode !== 'check' || !settings.driftIssue || stop.aborted)
        return;
    // Octokit is loaded only for a check that keeps the issue.
    const { keepDriftIssue } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 1671));
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Drift issue', () => keepDriftIssue(report, settings, context, (0,_domain_tags_js__WEBPACK_IMPORTED_MODULE_17__/* .appliedTimes */ .yi)(current)));
}
const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
const PHASES = {
    plan: 'Plan',
    apply: 'Apply: back up, write, read back, verify, tag',
    check: 'Drift check',
    disable: 'Disable: back up, write, read back, verify, untag'
};
/** As the report shows them: a plan with generate-external-id has no fingerprint yet. */
function shownFingerprints(required) {
    return required.kind === 'single' ? (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .shownFingerprint */ .cO)(required.id) : (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprintsOf */ .tm)(required);
}
/** Every mode but disable has an ID by now: the inputs refuse a run without one. */
function planOptions(settings, externalIds) {
    const common = {
        rotation: settings.rotation,
        scope: (0,_domain_settings_js__WEBPACK_IMPORTED_MODULE_16__/* .trustScope */ .d1)(settings),
        maxPolicySize: settings.maxPolicySize,
        now: new Date()
    };
    if (settings.mode === 'disable')
        return { ...common, mode: 'disable', externalIds: null };
    if (externalIds === null)
        throw new Error(`mode ${settings.mode} needs an external ID`);
    return { ...common, mode: settings.mode, externalIds };
}
/**
 * The ID(s) of the run: given (already masked) or generated here and masked first. A plan only
 * shows where a generated ID would go: a throwaway ID would change on every run.
 */
function chooseExternalIds(settings, secrets) {
    const input = settings.externalId;
    let required;
    switch (input.kind) {
        case 'none':
            return null;
        case 'generate': {
            if (settings.mode === 'plan') {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('External ID: a new one will be generated at apply');
                return { kind: 'single', id: _domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .ID_GENERATED_AT_APPLY */ .v9 };
            }
            const id = (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .generateExternalId */ .g9)();
            secrets.add(id);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('external-id', id);
            required = { kind: 'single', id };
            break;
        }
        case 'given':
            required = { kind: 'single', id: input.id };
            break;
        case 'orgs':
            required = { kind: 'orgs', orgs: input.orgs };
            break;
    }
    secrets.add(...(0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .idsOf */ .UX)(required));
    const fingerprints = (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .fingerprintsOf */ .tm)(required);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('external-id-fingerprint', typeof fingerprints === 'string' ? fingerprints : JSON.stringify(fingerprints));
    const generated = input.kind === 'generate' ? ' (generated)' : '';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`External ID${required.kind === 'orgs' ? 's' : ''} ${(0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .describeIds */ .Sh)(required)}${generated}`);
    return required;
}
/** Logged once main is loaded; the credentials were checked in src/action/start.ts. */
async function logConnection(connection) {
    const { identity } = await connection;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`AWS account ${identity.accountId} as ${identity.arn}`);
}
/** The IDs the roles accept today are as secret as the new one, and so is a leftover canary's. */
function maskPreviousIds(current, scope, secrets) {
    const canaryIds = current.flatMap((role) => role.document !== null && (0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_10__/* .hasCanary */ .lj)(role.document) ? (0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_10__/* .externalIdValues */ .TF)(role.document) : []);
    secrets.add(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .previousExternalIds */ .dX)(current, scope), ...canaryIds);
}
/**
 * mode: check — read only; every difference is an error annotation on its role. `audit` is given
 * with audit: fail, whose findings drift too; null otherwise.
 */
function checkDrift(settings, options, roles, audit) {
    const driftOptions = {
        externalIds: options.externalIds,
        rotation: settings.rotation,
        scope: options.scope,
        maxAgeSeconds: settings.maxAgeSeconds,
        now: options.now
    };
    const drift = [
        ...(0,_domain_drift_js__WEBPACK_IMPORTED_MODULE_7__/* .detectDrift */ .D9)(roles.current, driftOptions),
        ...(audit === null ? [] : (0,_domain_audit_js__WEBPACK_IMPORTED_MODULE_6__/* .unmanagedRoleFindings */ .$1)(audit))
    ];
    for (const finding of drift) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`${finding.role.roleName}: ${finding.detail}`, { title: `Drift (${finding.kind})` });
    }
    const warnings = [];
    const stage = settings.rotation === 'overlap' ? (0,_domain_drift_js__WEBPACK_IMPORTED_MODULE_7__/* .stagedRotation */ .Lp)(roles.current, driftOptions) : null;
    if (stage !== null) {
        const since = stage.since === null ? 'an unknown time' : stage.since.toISOString();
        warnings.push(`Rotation in progress since ${since}: the roles accept ${stage.keep} and still ${stage.others.join(', ')}; ${(0,_domain_drift_js__WEBPACK_IMPORTED_MODULE_7__/* .finishHint */ .jo)(stage.keep, (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_8__/* .describeIds */ .Sh)(options.externalIds))}`);
    }
    for (const warning of warnings)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(warning, { title: 'Rotation in progress' });
    if (drift.length === 0 && stage === null)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`All ${roles.current.length} roles require exactly the external ID`);
    const plans = (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planRoles */ .b0)(roles.current, options);
    return {
        result: drift.length > 0 ? 'drift' : 'in-sync',
        plans,
        changedRoles: [],
        drift,
        warnings,
        errors: audit?.status === 'unavailable' ? [`audit: fail: ${audit.reason}`] : [],
        backupFile: null
    };
}
/** audit: fail found a reason to stop: the plan is shown, nothing is written. */
function refuse(options, roles, reason) {
    return {
        result: 'refused',
        plans: (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .planRoles */ .b0)(roles.current, options),
        changedRoles: [],
        drift: [],
        warnings: [],
        errors: [reason],
        backupFile: null
    };
}
/** A cancelled run does not wait for the audit's last ListRoles pages; one that settled is kept. */
function auditUnlessStopped(audit, stop) {
    const stopped = {
        status: 'unavailable',
        reason: `The run was cancelled (${String(stop.reason)}) before the audit had listed every role.`
    };
    return new Promise((resolve) => {
        void audit.then(resolve);
        // Queued after the audit's own reaction: an audit already settled wins.
        if (stop.aborted)
            queueMicrotask(() => resolve(stopped));
        else
            stop.addEventListener('abort', () => resolve(stopped), { once: true });
    });
}
/**
 * The audit's line in the log, and a warning annotation per role found; one when the audit could
 * not run (with fail, that is an error instead). Returns the warnings for the report.
 */
function reportAudit(settings, audit) {
    if (audit.status === 'done')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Audit: ${audit.listed} roles in the account, ${audit.roles.length} open to Salesforce outside this run`);
    if (audit.status === 'unavailable') {
        if (settings.audit === 'fail')
            return [];
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(audit.reason, { title: 'Audit not run' });
        return [audit.reason];
    }
    if (audit.status === 'done') {
        for (const role of audit.roles) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`${role.arn}: Salesforce's account can assume this role without an external ID, and this run does not manage it. Add it to extra-roles to require the ID.`, { title: 'Role open to Salesforce without an external ID' });
        }
    }
    return [];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 1748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ externalIdValues),
/* harmony export */   gg: () => (/* binding */ CANARY_SID),
/* harmony export */   lj: () => (/* binding */ hasCanary),
/* harmony export */   vQ: () => (/* binding */ withoutCanary)
/* harmony export */ });
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5686);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1561);
/**
 * The temporary statement of `verify: assume` (Sid ScvExternalIdCanary): recognised in any trust
 * policy, so that a canary left behind by an interrupted run is reported and removed.
 */


const CANARY_SID = 'ScvExternalIdCanary';
const isCanary = (statement) => statement.Sid === CANARY_SID;
function hasCanary(doc) {
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc).some(isCanary);
}
/** The document without its canary statements; the document itself when it has none. */
function withoutCanary(doc) {
    if (!hasCanary(doc))
        return doc;
    return { ...doc, Statement: (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc).filter((statement) => !isCanary(statement)) };
}
/**
 * Every value an sts:ExternalId condition key holds in any statement (whatever its principal or
 * operator): the canary's and a journal's documents hold IDs to mask that no Salesforce statement names.
 */
function externalIdValues(doc) {
    const values = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc).flatMap((statement) => (0,_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .externalIdEntries */ .hO)(statement.Condition).flatMap((entry) => entry.ids));
    return [...new Set(values)];
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

/***/ 805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jb: () => (/* binding */ TransformRefusedError),
  gt: () => (/* binding */ removeExternalIdCondition),
  v: () => (/* binding */ requireExternalIds),
  pd: () => (/* binding */ requiredExternalIds)
});

// UNUSED EXPORTS: NoSalesforceTrustError, acceptedExternalIds, isSalesforceTrustStatement

// EXTERNAL MODULE: ./src/policy/analysis.ts
var policy_analysis = __webpack_require__(5686);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
;// CONCATENATED MODULE: ./src/policy/single-or-list.ts
/** The shortest way to write `items`: one item alone, none or several as a list. */
function singleOrList(items) {
    const [only, ...rest] = items;
    return only !== undefined && rest.length === 0 ? only : items;
}
/**
 * `items` written the way `like` was: a list stays a list, a single value stays single (its first
 * item; undefined when none is left), so an edited policy keeps the shape its author chose.
 */
function inFormOf(like, items) {
    return Array.isArray(like) ? items : items[0];
}

;// CONCATENATED MODULE: ./src/policy/external-id-condition.ts
/**
 * Adds, replaces and removes the `sts:ExternalId` condition on the statements of a trust policy
 * that let Salesforce's principals assume the role. Every other statement, principal, condition
 * and field is kept as it was: a trust policy is customer data.
 */




/** The policy cannot be changed safely as asked; the message says which statement and why. */
class TransformRefusedError extends Error {
    name = 'TransformRefusedError';
}
/** The role has no statement trusting Salesforce: there is nothing to protect. */
class NoSalesforceTrustError extends TransformRefusedError {
    name = 'NoSalesforceTrustError';
    constructor(analysis) {
        const trusted = analysis.trusted.map((id) => (id === '*' ? '"*" (everyone)' : id));
        super(`No statement of the trust policy allows a principal of the Salesforce account(s) ` +
            `${analysis.scope.salesforceAccountIds.join(', ')} to ${policy_analysis/* ASSUME_ROLE */.aO}; it trusts ` +
            (trusted.length > 0 ? trusted.join(', ') : 'no principal') +
            '. Check salesforce-account-id, and that this is a role Salesforce assumes');
    }
}
/**
 * Makes every Salesforce statement require `StringEquals sts:ExternalId` = one of `externalIds`
 * (one ID is written as a string, several as a list in the given order), and moves the Deny
 * statements that pin an ID to the same list. Throws NoSalesforceTrustError when no statement
 * trusts Salesforce, TransformRefusedError for a Deny on sts:ExternalId it cannot carry over.
 */
function requireExternalIds(analysis, externalIds) {
    const ids = [...new Set(externalIds)];
    if (ids.length === 0)
        throw new Error('requireExternalIds needs at least one external ID');
    const value = singleOrList(ids);
    return transformSalesforceStatements(analysis, {
        allow: (statement, number, notes) => withRequiredExternalIds(statement, value, number, notes),
        deny: (deny, notes) => withPinnedIds(deny, value, notes)
    });
}
/**
 * Removes the `sts:ExternalId` condition, under any operator, from the Salesforce statements, and
 * the Deny statements whose only condition pins or requires an ID (left alone, they would lock
 * Salesforce out).
 */
function removeExternalIdCondition(analysis) {
    return transformSalesforceStatements(analysis, {
        allow: (statement, number, notes) => withoutExternalId(statement, number, notes),
        deny: (deny, notes) => withoutDeny(deny, notes),
        // Principals outside Salesforce keep their condition, so they only move out when there is one.
        splitWhen: (statement) => (0,policy_analysis/* externalIdEntries */.hO)(statement.Condition).length > 0
    });
}
function transformSalesforceStatements(analysis, transforms) {
    if (analysis.salesforce.length === 0)
        throw new NoSalesforceTrustError(analysis);
    const { scope } = analysis;
    const splitWhen = transforms.splitWhen ?? (() => true);
    const source = structuredClone(analysis.document);
    const salesforce = new Set(analysis.salesforce.map(({ index }) => index));
    const denies = new Map(analysis.externalIdDenies.map((deny) => [deny.index, deny]));
    const notes = [];
    const usedSids = new Set((0,policy_document/* statementsOf */.GX)(source).flatMap((statement) => statement.Sid ?? []));
    const result = [];
    (0,policy_document/* statementsOf */.GX)(source).forEach((statement, index) => {
        const number = index + 1;
        const deny = denies.get(index);
        if (deny !== undefined) {
            const kept = transforms.deny({ ...deny, statement }, notes);
            if (kept !== null)
                result.push(kept);
            return;
        }
        if (!salesforce.has(index)) {
            result.push(statement);
            return;
        }
        const split = splitWhen(statement) ? splitPrincipals(statement, scope) : null;
        if (split === null) {
            result.push(transforms.allow(statement, number, notes));
            return;
        }
        const salesforcePart = split.salesforce;
        if (statement.Sid !== undefined)
            salesforcePart.Sid = uniqueSid(`${statement.Sid}Salesforce`, usedSids);
        notes.push(`Statement ${number}: split in two; the principals outside the Salesforce account(s) stay in the original ` +
            'statement, the Salesforce principals move to a new statement right after it');
        result.push(split.others, transforms.allow(salesforcePart, number, notes));
    });
    const document = {
        ...source,
        Statement: Array.isArray(source.Statement) ? result : singleOrList(result)
    };
    return { document, notes, salesforceStatements: analysis.salesforce.length };
}
function unsupportedDeny(deny, purpose) {
    return new TransformRefusedError(`Statement ${deny.index + 1} denies sts:AssumeRole on a condition on ${policy_analysis/* EXTERNAL_ID_KEY */._X} (${deny.entry.operator}) ` +
        `that cannot be ${purpose} safely; only a Deny whose sole ${policy_analysis/* EXTERNAL_ID_KEY */._X} condition is StringNotEquals ` +
        '(or Null "true") is. Remove or rewrite that statement, then run again.');
}
/** A Deny pinning the accepted IDs follows the new list; one requiring an ID stays as it is. */
function withPinnedIds(deny, value, notes) {
    if (deny.kind === 'unsupported')
        throw unsupportedDeny(deny, 'carried over to the new external ID');
    if (deny.kind === 'require-id')
        return deny.statement;
    const { operator, key } = deny.entry;
    const current = deny.statement.Condition?.[operator]?.[key];
    if (sameIds(current, value))
        return deny.statement;
    const condition = structuredClone(deny.statement.Condition ?? {});
    const block = (condition[operator] ??= {});
    block[key] = value;
    notes.push(`Statement ${deny.index + 1} (Deny): the ${policy_analysis/* EXTERNAL_ID_KEY */._X} values it pins follow the accepted ones`);
    return { ...deny.statement, Condition: condition };
}
/** Without the Allow's condition, a Deny pinning or requiring an ID must go too; other conditions beside it make that unsafe. */
function withoutDeny(deny, notes) {
    if (deny.kind === 'unsupported')
        throw unsupportedDeny(deny, 'removed');
    const keys = Object.values(deny.statement.Condition ?? {}).flatMap((block) => Object.keys(block));
    if (keys.length > 1) {
        throw new TransformRefusedError(`Statement ${deny.index + 1} denies sts:AssumeRole on ${policy_analysis/* EXTERNAL_ID_KEY */._X} together with other conditions: ` +
            'disabling would have to remove it with them. Remove or rewrite that statement, then run again.');
    }
    notes.push(`Statement ${deny.index + 1} (Deny on ${policy_analysis/* EXTERNAL_ID_KEY */._X}) removed`);
    return null;
}
/**
 * A statement naming Salesforce and other principals (other accounts, services, federated
 * providers) as two statements: the original with the others only, a copy with Salesforce's only.
 * Null when every principal is Salesforce's.
 */
function splitPrincipals(statement, scope) {
    const principal = statement.Principal;
    if (principal === undefined || principal === '*')
        return null;
    const aws = principal.AWS ?? [];
    const salesforceIds = (0,policy_document/* asList */.DD)(aws).filter((id) => (0,policy_analysis/* isSalesforcePrincipal */.Qd)(id, scope));
    const otherIds = (0,policy_document/* asList */.DD)(aws).filter((id) => !(0,policy_analysis/* isSalesforcePrincipal */.Qd)(id, scope));
    const otherTypes = Object.keys(principal).filter((type) => type !== 'AWS');
    if (otherIds.length === 0 && otherTypes.length === 0)
        return null;
    const { AWS: _aws, ...otherPrincipal } = principal;
    const otherAws = inFormOf(aws, otherIds);
    if (otherAws !== undefined && otherIds.length > 0)
        otherPrincipal.AWS = otherAws;
    const salesforceAws = inFormOf(aws, salesforceIds);
    const salesforcePrincipal = salesforceAws === undefined ? {} : { AWS: salesforceAws };
    return {
        others: { ...statement, Principal: otherPrincipal },
        salesforce: structuredClone({ ...statement, Principal: salesforcePrincipal })
    };
}
function uniqueSid(wanted, used) {
    const base = wanted.replace(/[^A-Za-z0-9]/g, '');
    let sid = base;
    for (let suffix = 2; used.has(sid); suffix += 1)
        sid = `${base}${suffix}`;
    used.add(sid);
    return sid;
}
function withRequiredExternalIds(statement, value, number, notes) {
    const condition = structuredClone(statement.Condition ?? {});
    const entries = (0,policy_analysis/* externalIdEntries */.hO)(condition);
    const previous = entries.find(({ operator }) => (0,policy_analysis/* isStringEquals */.fb)(operator));
    for (const { operator, key } of entries) {
        if (!(0,policy_analysis/* isStringEquals */.fb)(operator)) {
            notes.push(`Statement ${number}: ${policy_analysis/* EXTERNAL_ID_KEY */._X} under ${operator} replaced by ${policy_analysis/* STRING_EQUALS */.Wk}`);
        }
        else if (key !== policy_analysis/* EXTERNAL_ID_KEY */._X) {
            notes.push(`Statement ${number}: condition key ${key} written as ${policy_analysis/* EXTERNAL_ID_KEY */._X}`);
        }
        deleteConditionKey(condition, operator, key);
    }
    if (entries.length === 0) {
        notes.push(`Statement ${number}: now requires ${policy_analysis/* EXTERNAL_ID_KEY */._X} (${policy_analysis/* STRING_EQUALS */.Wk})`);
    }
    else if (previous !== undefined &&
        !sameIds(statement.Condition?.[previous.operator]?.[previous.key], value)) {
        notes.push(`Statement ${number}: accepted ${policy_analysis/* EXTERNAL_ID_KEY */._X} values replaced`);
    }
    // An existing StringEquals block (with its other keys) takes the condition.
    const blockName = Object.keys(condition).find(policy_analysis/* isStringEquals */.fb) ?? policy_analysis/* STRING_EQUALS */.Wk;
    const block = (condition[blockName] ??= {});
    block[policy_analysis/* EXTERNAL_ID_KEY */._X] = value;
    return { ...statement, Condition: condition };
}
function sameIds(before, after) {
    return JSON.stringify((0,policy_analysis/* conditionStrings */.W6)(before)) === JSON.stringify((0,policy_analysis/* conditionStrings */.W6)(after));
}
function withoutExternalId(statement, number, notes) {
    const entries = (0,policy_analysis/* externalIdEntries */.hO)(statement.Condition);
    if (entries.length === 0)
        return statement;
    const condition = structuredClone(statement.Condition ?? {});
    for (const { operator, key } of entries) {
        deleteConditionKey(condition, operator, key);
        notes.push(`Statement ${number}: ${policy_analysis/* EXTERNAL_ID_KEY */._X} condition (${operator}) removed`);
    }
    const { Condition: _condition, ...rest } = statement;
    return Object.keys(condition).length > 0 ? { ...statement, Condition: condition } : rest;
}
/** Removes one key, then the operator block if it is left empty. */
function deleteConditionKey(condition, operator, key) {
    const block = condition[operator];
    if (block === undefined)
        return;
    delete block[key];
    if (Object.keys(block).length === 0)
        delete condition[operator];
}
/**
 * The IDs each Salesforce statement requires, by its index in the Statement list: null for a
 * statement without an sts:ExternalId condition. A statement with the key under several operators
 * reports the StringEquals one, else the first.
 */
function requiredExternalIds(doc, scope) {
    return (0,policy_analysis/* analyseTrustPolicy */.kS)(doc, scope).salesforce.map(({ index, required }) => ({
        statementIndex: index,
        operator: required?.operator ?? null,
        ids: required?.ids ?? null
    }));
}
/**
 * The IDs the Salesforce statements accept today through StringEquals, in first-seen order:
 * what a staged rotation has to keep accepting.
 */
function acceptedExternalIds(doc, scope) {
    return analyseTrustPolicy(doc, scope).acceptedIds;
}


/***/ }),

/***/ 2339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ prepareForIam)
/* harmony export */ });
/* unused harmony export CURRENT_VERSION */
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/**
 * What IAM's UpdateAssumeRolePolicy refuses for a reason the document itself shows, found before
 * anything is written: a principal IAM shows by its unique ID (deleted since the policy was
 * written), a principal value IAM's grammar does not accept, and a Version older than 2012-10-17.
 * The one mechanical fix (the Version, when no policy variable changes meaning with it) is made here.
 */

const CURRENT_VERSION = '2012-10-17';
/**
 * IAM's unique-ID prefixes (IAM identifiers, "Understanding unique ID prefixes"). GetRole shows one
 * in place of a principal deleted after the policy named it; IAM refuses to store it again.
 */
const UNIQUE_ID = /^(AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ASCA|ASIA|AKIA|ABIA|ACCA)[A-Z0-9]{12,}$/;
/** The AWS principal values IAM accepts: everyone, an account, its root, a user, a role, an STS session. */
const AWS_PRINCIPAL = [
    /^\d{12}$/,
    /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/[\x21-\x7e]*[\w+=,.@-]|role\/[\x21-\x7e]*[\w+=,.@-])$/,
    /^arn:aws[a-z-]*:sts::\d{12}:(assumed-role|federated-user)\/[\w+=,.@/-]+$/
];
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.[a-z0-9.-]+$/;
const POLICY_VARIABLE = /\$\{[^}]*\}/;
function prepareForIam(document) {
    const principalProblems = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .statementsOf */ .GX)(document).flatMap(principalProblemsOf);
    if (principalProblems.length > 0)
        return { refusal: principalProblems.join(' ') };
    if (document.Version === CURRENT_VERSION)
        return { document, notes: [] };
    const was = document.Version === undefined ? 'no Version' : `Version "${document.Version}"`;
    const withVariables = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .statementsOf */ .GX)(document).findIndex((statement) => POLICY_VARIABLE.test(JSON.stringify(statement)));
    if (withVariables >= 0) {
        const statement = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .statementsOf */ .GX)(document)[withVariables];
        return {
            refusal: `the trust policy has ${was}, which IAM refuses on update ("Policy document must be version ${CURRENT_VERSION} or greater"), ` +
                `and ${describeStatement(statement, withVariables)} uses a policy variable (\${...}), which Version ${CURRENT_VERSION} evaluates where the older version reads it as text. ` +
                `Check what that statement should mean, set "Version": "${CURRENT_VERSION}" yourself, then run again.`
        };
    }
    // Without policy variables the two versions mean the same, so no one's access changes.
    const { Version: _old, ...rest } = document;
    return {
        document: { Version: CURRENT_VERSION, ...rest },
        notes: [
            `Sets "Version": "${CURRENT_VERSION}" (the policy had ${was}): IAM refuses updates of older documents; without policy variables nothing else changes.`
        ]
    };
}
function principalProblemsOf(statement, index) {
    const problems = [];
    for (const field of ['Principal', 'NotPrincipal']) {
        const principal = statement[field];
        if (principal === undefined || principal === '*')
            continue;
        for (const [type, values] of Object.entries(principal)) {
            for (const value of Array.isArray(values) ? values : [values]) {
                const problem = principalProblem(type, value);
                if (problem !== null)
                    problems.push(`${capitalised(describeStatement(statement, index))} ${problem(field, type)}`);
            }
        }
    }
    return problems;
}
function principalProblem(type, value) {
    if (type === 'AWS' && UNIQUE_ID.test(value)) {
        return (field) => `names ${value} in ${field}: IAM shows a principal by this unique ID once the role or user it named was deleted, and refuses every update of a document holding it ("MalformedPolicyDocument: Invalid principal in policy"). Remove ${value} from the statement (or name the principal again by its ARN if it was recreated), then run again.`;
    }
    if (validPrincipal(type, value))
        return null;
    return (field) => `has "${type}": "${value}" in ${field}, which IAM refuses ("MalformedPolicyDocument: Invalid principal in policy"): an AWS principal is "*", an account ID or an IAM or STS ARN without wildcards. Correct or remove it, then run again.`;
}
function validPrincipal(type, value) {
    if (type === 'AWS')
        return value === '*' || (!value.includes('*') && AWS_PRINCIPAL.some((pattern) => pattern.test(value)));
    if (type === 'Service')
        return SERVICE_PRINCIPAL.test(value);
    return value.length > 0 && !value.includes('*');
}
/** `statement 2 (Sid "Old")`: how an error names a statement. */
function describeStatement(statement, index) {
    const sid = typeof statement?.Sid === 'string' && statement.Sid !== '' ? ` (Sid "${statement.Sid}")` : '';
    return `statement ${index + 1}${sid}`;
}
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   jD: () => (/* binding */ tableRow)
/* harmony export */ });
/** Text made safe for GitHub's Markdown: it renders as itself, in tables and code spans too. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** Inline code that survives any content: its fence is longer than any backtick run inside. */
function codeSpan(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    if (flat === '')
        return '—';
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A fenced code block's fence: longer than any backtick run inside, and at least three. */
function codeFence(text) {
    return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}
/** In a table a pipe ends the cell even inside code; GitHub reads `\|` there as a literal pipe. */
function cellCode(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}
function longestRun(text, character) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === character ? run + 1 : 0;
        longest = Math.max(longest, run);
    }
    return longest;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Plain text as Markdown lines that render as the text itself: no HTML, emphasis, links, code, table
 * cell breaks, or block structure (headings, lists, quotes) at a line start.
 */
function escapeMarkdown(text) {
    return text.split(/\r?\n/).map((line) => escapeHtml(line)
        .replace(/[\\`*_[\]~|]/g, '\\$&')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'));
}


/***/ }),

/***/ 8930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sm: () => (/* binding */ DRIFT_LABELS),
  U9: () => (/* binding */ count),
  B1: () => (/* binding */ renderReport),
  Pl: () => (/* binding */ safeUrl)
});

// UNUSED EXPORTS: COMMENT_LIMIT, reportTitle

// EXTERNAL MODULE: ./src/domain/plan-types.ts
var plan_types = __webpack_require__(6382);
// EXTERNAL MODULE: ./src/domain/external-id.ts
var external_id = __webpack_require__(8683);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/report/diff.ts
/**
 * Text diffs of trust policies for reviewers: a stable pretty printer (so that key order in the
 * document AWS returns never shows up as a change) and a line-based unified diff (jsdiff's hunks).
 */

const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'Condition'
];
const INDENT = '  ';
/**
 * The document as 2-space JSON with a fixed key order: Version, Id, Statement first; in each statement
 * Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, Condition; every other key, and
 * every key of nested objects, alphabetically. Arrays keep their order. '' for null.
 */
function stablePolicyJson(doc) {
    return doc === null ? '' : printValue(doc, '', 'document');
}
function printValue(value, indent, level) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const inner = indent + INDENT;
        const items = value.map((item) => inner + (item === undefined ? 'null' : printValue(item, inner, level)));
        return `[\n${items.join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        return printObject(Object.fromEntries(Object.entries(value)), indent, level);
    }
    return JSON.stringify(value) ?? 'null';
}
function printObject(object, indent, level) {
    const keys = orderedKeys(Object.keys(object).filter((key) => object[key] !== undefined), level);
    if (keys.length === 0)
        return '{}';
    const inner = indent + INDENT;
    const entries = keys.map((key) => {
        const childLevel = level === 'document' && key === 'Statement' ? 'statement' : 'nested';
        return `${inner}${JSON.stringify(key)}: ${printValue(object[key], inner, childLevel)}`;
    });
    return `{\n${entries.join(',\n')}\n${indent}}`;
}
function orderedKeys(keys, level) {
    const known = level === 'document' ? DOCUMENT_KEYS : level === 'statement' ? STATEMENT_KEYS : [];
    const first = known.filter((key) => keys.includes(key));
    // Code-unit order, not localeCompare: the output must not depend on the runner's locale.
    const rest = keys.filter((key) => !known.includes(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return [...first, ...rest];
}
/**
 * A unified diff of two texts, line by line, in the format of `diff -u` / git: `@@ -a,b +c,d @@`
 * hunk headers (",1" omitted, start 0 for an empty side), then ' ', '-' and '+' lines, each line
 * ending in a newline. '' when no line differs. A final newline does not count as a line.
 */
function unifiedDiff(before, after, options = {}) {
    const context = options.context ?? 3;
    if (!(context >= 0))
        throw new RangeError('context must be zero or more lines');
    const { hunks } = (0,create/* structuredPatch */.YB)('', '', withFinalNewline(before), withFinalNewline(after), '', '', {
        context: Math.floor(context)
    });
    if (hunks.length === 0)
        return '';
    const output = [];
    if (options.beforeLabel !== undefined || options.afterLabel !== undefined) {
        output.push(`--- ${options.beforeLabel ?? 'before'}`, `+++ ${options.afterLabel ?? 'after'}`);
    }
    for (const hunk of hunks) {
        output.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`);
        output.push(...hunk.lines);
    }
    return output.join('\n') + '\n';
}
/** Without this, a text that only lacks its final newline would differ in its last line. */
function withFinalNewline(text) {
    return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
/**
 * `start,count` as diff writes it: ",1" omitted, and for an empty range the line before it, where
 * jsdiff's hunks give the line after.
 */
function range(start, count) {
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}

;// CONCATENATED MODULE: ./src/report/fit.ts
/**
 * Fitting a report into a size limit, apart from what the report says: diffs are shortened or
 * dropped (largest first), then the last sections are left out, then the last rows of the tables,
 * then everything but what the fallback keeps. The report only has to grow with each part of the
 * layout; the result never exceeds the limit.
 */
/** A diff cut shorter than this is dropped instead: a stub helps no reviewer. */
const MIN_DIFF_LENGTH = 400;
/** Room for the truncation note when a diff is shortened. */
const TRUNCATION_NOTE_ALLOWANCE = 160;
function fitToLimit(content, limit) {
    const layout = {
        diffLengths: content.diffs.map((diff) => diff.length),
        sections: content.diffs.length,
        rows: content.rows
    };
    let body = content.compose(layout);
    while (body.length > limit && shortenLargestDiff(content.diffs, layout, body.length - limit)) {
        body = content.compose(layout);
    }
    if (body.length <= limit)
        return body;
    // The table is the overview: the per-section details go before any of its rows do.
    layout.sections = mostThatFit(content, layout, 'sections', limit);
    body = content.compose(layout);
    if (body.length <= limit)
        return body;
    layout.rows = mostThatFit(content, layout, 'rows', limit);
    body = content.compose(layout);
    if (body.length <= limit)
        return body;
    return content.fallback(limit);
}
/**
 * Cuts the largest diff still shown, at a line end, by about `excess` characters, or drops it when
 * too little would remain. False when no diff is left to cut.
 */
function shortenLargestDiff(diffs, layout, excess) {
    let largest = -1;
    layout.diffLengths.forEach((length, index) => {
        if (length > 0 && (largest < 0 || length > (layout.diffLengths[largest] ?? 0)))
            largest = index;
    });
    const diff = diffs[largest];
    if (diff === undefined)
        return false;
    const current = layout.diffLengths[largest] ?? 0;
    const target = current - excess - TRUNCATION_NOTE_ALLOWANCE;
    layout.diffLengths[largest] = target >= MIN_DIFF_LENGTH ? Math.max(0, diff.lastIndexOf('\n', target)) : 0;
    return true;
}
/** The body grows with the count of sections or rows shown, so the largest that fits is found by bisection. */
function mostThatFit(content, layout, part, limit) {
    let low = 0;
    let high = layout[part];
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (content.compose({ ...layout, [part]: middle }).length <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/redact.ts
var report_redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown body of the pull-request comment and of the job summary, in the manner of Terraform
 * plan comments: a title, a table of roles, a collapsible masked diff per role, and a footer. The
 * body never exceeds the size limit and never contains an external ID.
 */






/** GitHub's limit for the body of an issue or pull-request comment, in characters. */
const COMMENT_LIMIT = 65536;
/** A trust policy is short; showing all of it tells reviewers which statement the change is in. */
const DIFF_CONTEXT = Number.POSITIVE_INFINITY;
/** One runaway message (a long error) must not crowd out the rest of the report. */
const MAX_MESSAGE_LENGTH = 2000;
const CHANGE_LABELS = {
    'add-condition': 'add condition',
    'replace-id': 'replace ID',
    'stage-overlap': 'stage overlap',
    'remove-condition': 'remove condition',
    unchanged: 'unchanged',
    error: 'error'
};
const DRIFT_LABELS = {
    'missing-condition': 'missing condition',
    'different-id': 'different ID',
    'extra-ids': 'extra IDs',
    'missing-role': 'missing role',
    'too-old': 'ID too old',
    'unmanaged-role': 'unmanaged role',
    'leftover-canary': 'leftover canary'
};
const CLOUDFORMATION_NOTE = "A CloudFormation stack update puts the template's trust policy back, without the external ID: the scheduled `check` (mode: check) is what finds that.";
const AUDIT_NOTE = "Not managed by this run, yet Salesforce's account can assume them without an external ID. Add them to `extra-roles` to require the ID there too (Salesforce does not document whether it sends the ID for them), or remove the Salesforce statement if it is not used.";
function reportTitle(report) {
    switch (report.result) {
        case 'planned':
            return `Plan: ${count(changedRoles(report.roles), 'role')} to change`;
        case 'changed':
            return `Applied: ${count(changedRoles(report.roles), 'role')} changed`;
        case 'no-change':
            return 'No changes';
        case 'rolled-back':
            return 'Rolled back';
        case 'rollback-failed':
            return `Rollback failed: ${count(report.roles.filter((plan) => plan.change === 'error').length, 'role')} not restored`;
        case 'conflict':
            return 'Conflict: another writer changed roles after this run';
        case 'drift':
            return `Drift: ${count(new Set(report.drift.map((finding) => finding.role.arn)).size, 'role')}`;
        case 'in-sync':
            return 'In sync';
        case 'disabled':
            return 'Disabled';
        case 'refused':
            return 'Refused';
        case 'error':
            return 'Failed';
    }
}
/**
 * The report as Markdown, at most `limit` characters. When too long: diffs are shortened or dropped
 * (largest first), then the last roles' details are left out, then the last rows of the tables,
 * then everything but the title, the marker and the footer.
 */
function renderReport(report, options = {}) {
    const parts = prepare(report, options.marker);
    return fitToLimit({
        diffs: parts.sections.map((section) => section.diff),
        rows: Math.max(parts.roleRows.length, parts.driftRows.length, parts.auditRows.length),
        compose: (layout) => compose(parts, layout),
        fallback: (limit) => fallback(parts, limit)
    }, options.limit ?? COMMENT_LIMIT);
}
function prepare(report, marker) {
    const stackColumn = Object.keys(report.stacks).length > 0;
    const redact = (0,report_redact/* createRedactor */.lY)(report.secrets);
    const message = (text) => clip(redact(text));
    const label = (plan) => changeLabel(report, plan);
    return {
        marker: marker ?? null,
        changeHeader: report.mode === 'check' ? 'State' : 'Change',
        heading: [
            `### ${reportTitle(report)} (${(0,markdown_escape/* codeSpan */.SS)(report.mode)})`,
            contextLine(report),
            mergeLine(report),
            runLine(report)
        ]
            .filter((line) => line !== null)
            .join('\n\n'),
        alerts: [
            ...report.errors.map((error) => markdown_alert('CAUTION', message(error))),
            ...report.warnings.map((warning) => markdown_alert('WARNING', message(warning)))
        ],
        roleRows: report.roles.map((plan) => roleRow(plan, label(plan), message, stackColumn ? report.stacks : null)),
        stackColumn,
        driftRows: report.drift.map((finding) => (0,markdown_escape/* tableRow */.jD)([
            (0,markdown_escape/* cellCode */.GA)(finding.role.roleName),
            DRIFT_LABELS[finding.kind],
            (0,markdown_escape/* escapeMarkdown */.FV)(message(finding.detail)).join('<br>')
        ])),
        auditRows: report.audit.status === 'done'
            ? report.audit.roles.map((role) => (0,markdown_escape/* tableRow */.jD)([(0,markdown_escape/* cellCode */.GA)(role.roleName), (0,markdown_escape/* cellCode */.GA)(role.arn)]))
            : [],
        sections: collapseIdentical(renderedOnce(report.roles, label, (plan, planLabel) => section(plan, planLabel, redact, message))),
        footer: footer(report)
    };
}
function contextLine(report) {
    const items = [
        'Service Cloud Voice external ID',
        `AWS account ${report.accountId === null ? 'unknown' : (0,markdown_escape/* codeSpan */.SS)(report.accountId)}`,
        `contact center type ${(0,markdown_escape/* codeSpan */.SS)(report.contactCenterType)}`
    ];
    if (report.callCenters.length > 0) {
        const label = report.callCenters.length === 1 ? 'call center' : 'call centers';
        items.push(`${label} ${report.callCenters.map(markdown_escape/* codeSpan */.SS).join(', ')}`);
    }
    if (typeof report.fingerprint === 'string')
        items.push(`external ID ${(0,markdown_escape/* codeSpan */.SS)(report.fingerprint)}`);
    else if (report.fingerprint !== null) {
        items.push(`external IDs ${labelledFingerprints(report.fingerprint)}`);
    }
    return items.join(' · ');
}
/** `LABEL sha256:…` for each org. */
const labelledFingerprints = (byLabel) => Object.entries(byLabel)
    .map(([label, value]) => `${label} ${(0,markdown_escape/* codeSpan */.SS)(value)}`)
    .join(', ');
/** What merging the reviewed pull request does; only a plan that can be applied has one. */
function mergeLine(report) {
    if (report.mode !== 'plan' ||
        report.result === 'refused' ||
        report.result === 'error' ||
        report.fingerprint === null)
        return null;
    const shown = report.fingerprint;
    const id = typeof shown !== 'string'
        ? `the external IDs ${labelledFingerprints(shown)}`
        : (0,external_id/* isFingerprint */.Zv)(shown)
            ? `external ID ${(0,markdown_escape/* codeSpan */.SS)(shown)}`
            : 'a new external ID, generated at apply,';
    const account = `account ${report.accountId === null ? 'unknown' : (0,markdown_escape/* codeSpan */.SS)(report.accountId)}`;
    const workflow = report.run.workflow === null ? '' : ` through workflow ${(0,markdown_escape/* codeSpan */.SS)(report.run.workflow)}`;
    const environment = report.run.environment === null ? '' : ` (environment ${(0,markdown_escape/* codeSpan */.SS)(report.run.environment)})`;
    const changes = changedRoles(report.roles);
    if (changes === 0)
        return `**Merging changes no role** of ${account}${workflow}: each already requires ${id}.`;
    return `**Merging applies ${id} to ${count(changes, 'role')}** of ${account}${workflow}${environment}.`;
}
/** The rotation mode (what happens to the IDs accepted today) and who read the roles. */
function runLine(report) {
    const items = [];
    if (report.mode === 'plan' || report.mode === 'apply') {
        items.push(report.rotation === 'overlap'
            ? `Rotation ${(0,markdown_escape/* codeSpan */.SS)('overlap')}: the IDs accepted today stay accepted beside the new one until a ${(0,markdown_escape/* codeSpan */.SS)('replace')} run`
            : `Rotation ${(0,markdown_escape/* codeSpan */.SS)('replace')}: the roles accept only this ID`);
    }
    else if (report.mode === 'check' && report.rotation === 'overlap') {
        items.push(`Rotation ${(0,markdown_escape/* codeSpan */.SS)('overlap')}: a staged rotation is accepted until ${(0,markdown_escape/* codeSpan */.SS)('max-age')}`);
    }
    if (report.callerArn !== null)
        items.push(`${items.length === 0 ? 'Read' : 'read'} as ${(0,markdown_escape/* codeSpan */.SS)(report.callerArn)}`);
    return items.length === 0 ? null : items.join(' · ');
}
/** check reads only: its table says what an apply would do, and which roles drifted. */
function changeLabel(report, plan) {
    if (report.mode !== 'check' || plan.change === 'error')
        return CHANGE_LABELS[plan.change];
    const drifted = report.drift.some((finding) => finding.role.arn === plan.role.arn);
    const prospect = plan.change === 'unchanged' ? 'in sync' : `would ${CHANGE_LABELS[plan.change]}`;
    return drifted ? `drift (${prospect === 'in sync' ? 'policy as planned' : prospect})` : prospect;
}
function markdown_alert(kind, text) {
    return [`> [!${kind}]`, ...(0,markdown_escape/* escapeMarkdown */.FV)(text).map((line) => `> ${line}`)].join('\n');
}
function roleRow(plan, label, message, stacks) {
    const change = plan.change === 'error' ? `error: ${(0,markdown_escape/* escapeMarkdown */.FV)(message(plan.error)).join('<br>')}` : label;
    const stack = stacks?.[plan.role.arn];
    return (0,markdown_escape/* tableRow */.jD)([
        plan.role.logicalRole,
        (0,markdown_escape/* cellCode */.GA)(plan.role.roleName),
        plan.role.callCenter === null ? '—' : (0,markdown_escape/* cellCode */.GA)(plan.role.callCenter),
        ...(stacks === null ? [] : [stack === undefined ? '—' : (0,markdown_escape/* cellCode */.GA)(stack)]),
        change
    ]);
}
function section(plan, label, redact, message) {
    const blocks = [];
    const base = { roleNames: [plan.role.roleName], label, blocks, diff: '', fence: '' };
    if (plan.change === 'error') {
        blocks.push(`**Error:** ${(0,markdown_escape/* escapeMarkdown */.FV)(message(plan.error)).join('<br>')}`);
        return base;
    }
    if (plan.notes.length > 0) {
        blocks.push(plan.notes.map((note) => `- ${(0,markdown_escape/* escapeMarkdown */.FV)(message(note)).join('<br>')}`).join('\n'));
    }
    if (plan.change === 'unchanged') {
        blocks.push('Trust policy unchanged.');
        return base;
    }
    const ids = idChanges(plan);
    if (ids !== null)
        blocks.push(ids);
    const diff = policyDiff(plan, redact);
    if (diff === '')
        blocks.push('No difference in the trust policy text.');
    return { ...base, diff, fence: (0,markdown_escape/* codeFence */.d6)(diff) };
}
/** Which IDs the change adds, keeps and removes, by fingerprint: the diff shows only masked values. */
function idChanges(plan) {
    const before = (0,report_redact/* externalIdFingerprints */.Ew)(plan.before);
    const after = (0,report_redact/* externalIdFingerprints */.Ew)(plan.after);
    const parts = [
        ['added', after.filter((id) => !before.includes(id))],
        ['kept', after.filter((id) => before.includes(id))],
        ['removed', before.filter((id) => !after.includes(id))]
    ];
    const shown = parts.filter(([, ids]) => ids.length > 0);
    if (shown.length === 0)
        return null;
    return `External IDs: ${shown.map(([verb, ids]) => `${verb} ${ids.map(markdown_escape/* codeSpan */.SS).join(', ')}`).join(' · ')}`;
}
/**
 * The section of each role, rendered once per distinct change: roles that Salesforce's templates gave
 * the same trust policy share the costly part (masking and diffing both documents).
 */
function renderedOnce(plans, label, render) {
    const rendered = new Map();
    return plans.map((plan) => {
        const planLabel = label(plan);
        // The label and everything of the plan but the role itself decide the section.
        const key = JSON.stringify([planLabel, { ...plan, role: null }]);
        const section = rendered.get(key) ?? render(plan, planLabel);
        rendered.set(key, section);
        return { ...section, roleNames: [plan.role.roleName] };
    });
}
/**
 * Roles with the same change, notes and diff (the usual case: Salesforce's templates give the roles
 * the same trust policy) share one section that names them all.
 */
function collapseIdentical(sections) {
    const groups = new Map();
    for (const current of sections) {
        const key = JSON.stringify([current.label, current.blocks, current.diff]);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { ...current, roleNames: [...current.roleNames] });
        else
            group.roleNames.push(...current.roleNames);
    }
    return [...groups.values()];
}
function sectionSummary(section) {
    const names = section.roleNames.map((name) => `<code>${(0,markdown_escape/* escapeHtml */.ZD)(name)}</code>`);
    const label = (0,markdown_escape/* escapeHtml */.ZD)(section.label);
    return names.length === 1
        ? `${names[0]}: ${label}`
        : `${label}: the same change on ${names.length} roles: ${names.join(', ')}`;
}
/** Condition values are masked before printing and the printed text is redacted: two independent nets. */
function policyDiff(plan, redact) {
    const before = redact(stablePolicyJson((0,report_redact/* maskExternalIdConditions */.rH)(plan.before)));
    const after = redact(stablePolicyJson((0,report_redact/* maskExternalIdConditions */.rH)(plan.after)));
    return unifiedDiff(before, after, { context: DIFF_CONTEXT }).replace(/\n$/, '');
}
function footer(report) {
    const items = [];
    if (report.run.sha !== null)
        items.push(`Commit ${commitReference(report.run.sha, report.run.runUrl)}`);
    const runUrl = safeUrl(report.run.runUrl);
    if (runUrl !== null)
        items.push(`[Workflow run](${runUrl})`);
    items.push(report.run.time.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return `<sub>${items.join(' · ')}</sub>`;
}
function commitReference(sha, runUrl) {
    const short = (0,markdown_escape/* codeSpan */.SS)(sha.slice(0, 7));
    const repository = safeUrl(runUrl)?.match(/^(.+)\/actions\/runs\/\d+/)?.[1];
    return repository !== undefined && /^[0-9a-f]{7,64}$/i.test(sha)
        ? `[${short}](${repository}/commit/${sha})`
        : short;
}
/** An http(s) URL usable as a Markdown link target, or null. */
function safeUrl(url) {
    if (url === null || !/^https?:\/\/[^\s<>]+$/.test(url))
        return null;
    return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function compose(parts, layout) {
    const blocks = [];
    if (parts.marker !== null)
        blocks.push(parts.marker);
    blocks.push(parts.heading, ...parts.alerts);
    if (parts.roleRows.length > 0) {
        const headers = [
            'Logical role',
            'Role',
            'Call center',
            ...(parts.stackColumn ? ['Stack'] : []),
            parts.changeHeader
        ];
        blocks.push(table(headers, parts.roleRows, layout.rows, 'role'));
        if (parts.stackColumn)
            blocks.push(CLOUDFORMATION_NOTE);
    }
    if (parts.driftRows.length > 0) {
        blocks.push(table(['Role', 'Drift', 'Detail'], parts.driftRows, layout.rows, 'finding'));
    }
    if (parts.auditRows.length > 0) {
        blocks.push(`**Roles Salesforce can assume without an external ID** (audit). ${AUDIT_NOTE}`);
        blocks.push(table(['Role', 'ARN'], parts.auditRows, layout.rows, 'role'));
    }
    parts.sections.slice(0, layout.sections).forEach((section, index) => {
        blocks.push(renderSection(section, layout.diffLengths[index] ?? 0));
    });
    const hiddenRoles = parts.sections
        .slice(layout.sections)
        .reduce((sum, section) => sum + section.roleNames.length, 0);
    if (hiddenRoles > 0) {
        blocks.push(`_Details left out for ${count(hiddenRoles, 'role')}; see the job summary._`);
    }
    blocks.push(parts.footer);
    return blocks.join('\n\n') + '\n';
}
function table(headers, rows, shown, noun) {
    const lines = [(0,markdown_escape/* tableRow */.jD)(headers), (0,markdown_escape/* tableRow */.jD)(headers.map(() => '---')), ...rows.slice(0, shown)];
    const hidden = rows.length - shown;
    if (hidden > 0) {
        lines.push((0,markdown_escape/* tableRow */.jD)([`… and ${count(hidden, `more ${noun}`)}`, ...headers.slice(1).map(() => '')]));
    }
    return lines.join('\n');
}
function renderSection(section, diffLength) {
    const blocks = [`<details><summary>${sectionSummary(section)}</summary>`, ...section.blocks];
    if (section.diff !== '') {
        const { diff, fence } = section;
        if (diffLength > 0)
            blocks.push(`${fence}diff\n${diff.slice(0, diffLength)}\n${fence}`);
        const hidden = diff.length - diffLength;
        if (hidden > 0) {
            blocks.push(`_Diff truncated: ${hidden.toLocaleString('en-US')} characters not shown; see the job summary or the backup file._`);
        }
    }
    blocks.push('</details>');
    return blocks.join('\n\n');
}
/** The title, the marker and the footer always stay; past them, only what still fits. */
function fallback(parts, limit) {
    const notice = '_The report is too large to show here; see the job summary._';
    const head = parts.marker === null ? [] : [parts.marker];
    const candidates = [
        [...head, parts.heading, ...parts.alerts, notice, parts.footer],
        [...head, parts.heading, notice, parts.footer],
        [...head, parts.heading, parts.footer]
    ].map((blocks) => blocks.join('\n\n') + '\n');
    return candidates.find((body) => body.length <= limit) ?? (candidates[2] ?? '').slice(0, limit);
}
function changedRoles(roles) {
    return roles.filter(plan_types/* isWrite */.a).length;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function clip(text) {
    return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH)}…`;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ externalIdFingerprints),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   rH: () => (/* binding */ maskExternalIdConditions)
/* harmony export */ });
/* unused harmony export redactionToken */
/* harmony import */ var _domain_external_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8683);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1561);
/**
 * Masking of external IDs in anything meant for display: every ID becomes a token carrying its
 * fingerprint, so a reviewer can still tell IDs apart without seeing them.
 */


/** Shorter values would match everywhere and tell nothing about the ID. */
const MIN_SECRET_LENGTH = 2;
/** What stands in the text where the ID was. */
function redactionToken(secret) {
    return secret === _domain_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .ID_GENERATED_AT_APPLY */ .v9 ? GENERATED_TOKEN : `<external-id ${(0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprint */ .Rj)(secret)}>`;
}
const GENERATED_TOKEN = '<external-id generated at apply>';
/** Tokens already in the text are matched first and kept, so redacting twice changes nothing. */
const TOKEN_PATTERN = '<external-id (?:sha256:[0-9a-f]{12}|generated at apply)>';
const WHOLE_TOKEN = new RegExp(`^${TOKEN_PATTERN}$`);
/**
 * Replaces every occurrence of each secret with `<external-id sha256:xxxxxxxxxxxx>`, also where the
 * secret appears JSON-escaped (`\/`, `\u002f`) or URL-encoded (`%2F`, `%2f`), even mixed.
 * Longer secrets win over shorter ones they contain. Secrets shorter than 2 characters are ignored.
 */
function createRedactor(secrets) {
    const ordered = [...new Set(secrets)]
        .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length);
    if (ordered.length === 0)
        return (text) => text;
    const tokens = ordered.map(redactionToken);
    // One pass over the text: group 1 is an existing token, group k + 2 is secret k.
    const pattern = new RegExp([`(${TOKEN_PATTERN})`, ...ordered.map((secret) => `(${secretPattern(secret)})`)].join('|'), 'g');
    return (text) => text.replace(pattern, (match, ...groups) => {
        if (groups[0] !== undefined)
            return match;
        const index = groups.slice(1, ordered.length + 1).findIndex((group) => group !== undefined);
        return tokens[index] ?? match;
    });
}
function secretPattern(secret) {
    // for...of walks code points, so a surrogate pair stays one character.
    return Array.from(secret, characterPattern).join('');
}
/** The character itself or any of the ways JSON or a URL may spell it. */
function characterPattern(character) {
    const forms = new Set([escapeRegExp(character)]);
    const json = JSON.stringify(character).slice(1, -1);
    forms.add(escapeRegExp(json));
    if (character === '/')
        forms.add(escapeRegExp('\\/'));
    if (!/^\w$/.test(character) && character.length === 1) {
        const unicode = character.charCodeAt(0).toString(16).padStart(4, '0');
        forms.add(`\\\\u${caseInsensitiveHex(unicode)}`);
    }
    const encoded = percentEncoded(character);
    if (encoded !== character)
        forms.add(caseInsensitiveHex(encoded));
    return forms.size === 1 ? [...forms].join('') : `(?:${[...forms].join('|')})`;
}
function percentEncoded(character) {
    try {
        return encodeURIComponent(character);
    }
    catch {
        return character; // a lone surrogate has no UTF-8 form
    }
}
function caseInsensitiveHex(text) {
    return text.replace(/[a-fA-F]/g, (digit) => `[${digit.toLowerCase()}${digit.toUpperCase()}]`);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const EXTERNAL_ID_KEY = 'sts:externalid';
/**
 * A copy of the document with every value of an `sts:ExternalId` condition replaced by its token:
 * an ID the caller did not list as a secret (an unknown earlier one) is masked all the same.
 */
function maskExternalIdConditions(doc) {
    if (doc === null)
        return null;
    const copy = structuredClone(doc);
    forEachExternalIdCondition(copy, (operator, key) => {
        operator[key] = maskValue(operator[key]);
    });
    return copy;
}
/** Every `sts:ExternalId` key under any condition operator, any case. */
function forEachExternalIdCondition(doc, visit) {
    // Every level is checked rather than trusted to the type: a missed ID would leak into the report.
    const statements = (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(doc);
    for (const statement of statements) {
        if (!isRecord(statement) || !isRecord(statement.Condition))
            continue;
        for (const operator of Object.values(statement.Condition)) {
            if (!isRecord(operator))
                continue;
            for (const key of Object.keys(operator)) {
                if (key.toLowerCase() === EXTERNAL_ID_KEY)
                    visit(operator, key);
            }
        }
    }
}
function maskValue(value) {
    if (Array.isArray(value))
        return value.map(maskValue);
    if (typeof value === 'string' || typeof value === 'number') {
        const text = String(value);
        return WHOLE_TOKEN.test(text) ? text : redactionToken(text);
    }
    return value;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * The fingerprints of the `sts:ExternalId` condition values of a document, in order, each once:
 * what a reviewer compares between before and after.
 */
function externalIdFingerprints(doc) {
    if (doc === null)
        return [];
    const found = new Set();
    // Read only: each value is masked on its own, the document is not copied.
    forEachExternalIdCondition(doc, (operator, key) => {
        const value = maskValue(operator[key]);
        for (const token of Array.isArray(value) ? value : [value]) {
            const shown = /^<external-id (.+)>$/.exec(String(token))?.[1];
            if (shown !== undefined)
                found.add(shown);
        }
    });
    return [...found];
}


/***/ }),

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ runCanary)
});

// EXTERNAL MODULE: ./src/aws/bounded.ts
var bounded = __webpack_require__(1908);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/aws/roles.ts
var roles = __webpack_require__(6844);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleCommand.js
var AssumeRoleCommand = __webpack_require__(7265);
;// CONCATENATED MODULE: ./src/aws/sts.ts


/**
 * One sts:AssumeRole of the role, with the given external ID or none. The session is not used:
 * only STS's decision matters. Retryable errors are retried as everywhere; the retry options can
 * also make AccessDenied retryable (while IAM propagates a change).
 */
async function probeAssumeRole(sts, roleArn, externalId, retry = {}) {
    const request = new AssumeRoleCommand/* AssumeRoleCommand */.Q({
        RoleArn: roleArn,
        RoleSessionName: 'scv-external-id-canary',
        DurationSeconds: 900,
        ...(externalId === undefined ? {} : { ExternalId: externalId })
    });
    return (0,aws_retry/* withRetry */.bD)(() => sts.send(request), { ...retry, label: `AssumeRole ${roleArn}` }).then(() => 'allowed', (error) => (0,aws_retry/* errorCode */.CA)(error));
}

// EXTERNAL MODULE: ./src/policy/arn.ts
var arn = __webpack_require__(6185);
// EXTERNAL MODULE: ./src/policy/canary.ts
var policy_canary = __webpack_require__(1748);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/transaction/errors.ts
var transaction_errors = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/transaction/read-back.ts
var read_back = __webpack_require__(5348);
;// CONCATENATED MODULE: ./src/transaction/canary.ts










/**
 * A real sts:AssumeRole check. A temporary statement (Sid ScvExternalIdCanary) lets the caller assume
 * each written role under the same external ID condition as Salesforce; the caller then assumes the
 * role with the new ID (must work), a wrong ID and none (must be denied). The canary is removed in
 * every case, and its removal read back.
 */
async function runCanary(clients, transaction, plans, options) {
    const principal = await callerRolePrincipal(clients.iam, options.callerArn);
    const withCanary = plans.map((plan) => ({
        plan,
        document: addCanary(plan.after, principal, options.externalId)
    }));
    checkRoomForCanary(withCanary, options.maxPolicySize);
    let failure = null;
    try {
        await (0,bounded/* mapBounded */.yJ)(withCanary, options.concurrency, ({ plan, document }) => writeNamed(transaction, plan.role.roleName, document));
        await (0,bounded/* mapBounded */.yJ)(withCanary, options.concurrency, ({ plan }) => probe(clients.sts, plan.role.arn, options));
    }
    catch (error) {
        failure = error;
    }
    finally {
        try {
            await (0,bounded/* mapBounded */.yJ)(plans, options.concurrency, (plan) => writeNamed(transaction, plan.role.roleName, plan.after));
            // The run's last read: it confirms that every role holds this run's document, canary removed.
            await (0,read_back/* readBack */.e)(clients.iam, withCanary.map(({ plan, document }) => ({
                target: plan.role,
                document: plan.after,
                earlier: [plan.before, document]
            })), { deadline: options.deadline, ...(options.sleep ? { sleep: options.sleep } : {}) });
        }
        catch (error) {
            failure ??=
                error instanceof transaction_errors/* ConflictError */.fK || error instanceof transaction_errors/* CancelledError */.cc
                    ? error
                    : new transaction_errors/* VerificationError */.mk(`Could not remove the canary statement: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (failure !== null)
        throw failure;
}
/** Before anything is written: every role's policy with the canary must stay within the quota. */
function checkRoomForCanary(withCanary, maxPolicySize) {
    for (const { plan, document } of withCanary) {
        if ((0,policy_document/* policySize */.o2)(document) > maxPolicySize) {
            throw new transaction_errors/* VerificationError */.mk(`verify: assume needs room for a temporary statement in ${plan.role.roleName} (${(0,policy_document/* policySize */.o2)(document)} characters, over max-policy-size ${maxPolicySize}). Use verify: simulate for this role set.`);
        }
    }
}
/** AWS's write errors do not name the role: a WriteError does. */
async function writeNamed(transaction, roleName, document) {
    await transaction.writePolicy(roleName, document).catch((error) => {
        throw error instanceof transaction_errors/* CancelledError */.cc ? error : new transaction_errors/* WriteError */.QM([{ roleName, error }]);
    });
}
/** The principal a trust policy needs for the caller: the role ARN (with its path) behind a session. */
async function callerRolePrincipal(iam, callerArn) {
    const role = (0,arn/* sessionRole */.ZH)(callerArn);
    if (role === null)
        return callerArn;
    // Without iam:GetRole on its own role the caller falls back to the path-less ARN.
    const withPath = await (0,roles/* readRoleArn */.eY)(iam, role.roleName).catch(() => null);
    return withPath ?? role.arn;
}
function addCanary(document, principal, externalId) {
    const canary = {
        Sid: policy_canary/* CANARY_SID */.gg,
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(externalId === null ? {} : { Condition: { StringEquals: { 'sts:ExternalId': externalId } } })
    };
    return { ...JSON.parse((0,policy_document/* serializePolicy */.TM)(document)), Statement: [...(0,policy_document/* statementsOf */.GX)(document), canary] };
}
async function probe(sts, roleArn, options) {
    // Right after a change IAM may still deny: retry AccessDenied until the deadline (propagation).
    const expected = options.externalId ?? undefined;
    const answer = await probeAssumeRole(sts, roleArn, expected, {
        maxAttempts: 1000,
        baseDelayMs: 500,
        maxDelayMs: 4000,
        deadline: options.deadline,
        ...(options.sleep ? { sleep: options.sleep } : {}),
        retryable: (error) => (0,aws_retry/* isRetryable */.r3)(error) || (0,aws_retry/* errorCode */.CA)(error) === 'AccessDenied'
    });
    if (answer !== 'allowed') {
        throw new transaction_errors/* VerificationError */.mk(`verify: assume: ${roleArn} cannot be assumed ${expected === undefined ? 'without an external ID' : 'with the new external ID'} (${answer}).`);
    }
    if (options.externalId === null)
        return;
    for (const [label, id] of [
        ['a wrong external ID', `scv-wrong-${Date.now().toString(36)}`],
        ['no external ID', undefined]
    ]) {
        const outcome = await probeAssumeRole(sts, roleArn, id);
        if (outcome !== 'AccessDenied') {
            throw new transaction_errors/* VerificationError */.mk(`verify: assume: ${roleArn} answered ${outcome} for ${label}; expected AccessDenied.`);
        }
    }
}


/***/ }),

/***/ 1534:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ change)
/* harmony export */ });
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6472);
/* harmony import */ var _aws_bounded_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1908);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _domain_external_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8683);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2517);
/* harmony import */ var _domain_plan_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7673);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7691);
/* harmony import */ var _transaction_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9221);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5527);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_domain_plan_js__WEBPACK_IMPORTED_MODULE_3__, _verify_js__WEBPACK_IMPORTED_MODULE_7__]);
([_domain_plan_js__WEBPACK_IMPORTED_MODULE_3__, _verify_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










const DISABLE_WARNING = 'Disable removes the sts:ExternalId condition: any principal of the Salesforce account can assume these roles again (the confused-deputy problem). Set a new external ID soon.';
/**
 * mode: plan, apply or disable. Writes only in apply and disable, all or nothing: journal ->
 * write policies and tags -> verify (whose read-back is the final confirmation), and on any
 * failure or cancellation a rollback of every role touched that still holds this run's change.
 */
async function change(settings, options, aws, roles, control) {
    const plans = (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planRoles */ .b0)(roles.current, options);
    const outcome = (result, extra = {}) => ({
        result,
        plans,
        changedRoles: [],
        drift: [],
        warnings: settings.mode === 'disable' ? [DISABLE_WARNING] : [],
        errors: [],
        backupFile: null,
        ...extra
    });
    for (const plan of plans)
        _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${plan.role.roleName}: ${plan.change}${plan.change === 'error' ? ` (${plan.error})` : ''}`);
    const errors = plans.flatMap((plan) => (plan.change === 'error' ? [plan.error] : []));
    // A trust policy the plan refused makes it a refusal; a missing role alone is an error.
    const refusedPolicy = plans.some((plan) => plan.change === 'error' && plan.before !== null);
    if (errors.length > 0)
        return outcome(refusedPolicy ? 'refused' : 'error', { errors });
    const ready = plans.filter(_domain_plan_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isReady */ .i);
    const changed = ready.filter(_domain_plan_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isWrite */ .a);
    const changedArns = changed.map((plan) => plan.role.arn);
    if (settings.mode === 'plan')
        return outcome(changed.length > 0 ? 'planned' : 'no-change', { changedRoles: changedArns });
    const tagged = ready.filter((plan) => plan.tagChanges !== null);
    if (changed.length === 0 && tagged.length === 0)
        return outcome('no-change');
    const touched = roles.stored.filter((role) => [...changed, ...tagged].some((plan) => plan.role.arn === role.target.arn));
    control.writing();
    if (control.stop.aborted)
        return outcome('error', { errors: [new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc(String(control.stop.reason)).message] });
    const journal = _journal_js__WEBPACK_IMPORTED_MODULE_5__/* .Journal */ .C.create(control.journalPath, aws.identity.accountId, touched);
    const backupFile = journal.path;
    _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`Original trust policies saved to ${backupFile}`);
    const rollbackWindowMs = Math.max(settings.verifyTimeoutSeconds, 30) * 1000;
    const transaction = new _transaction_js__WEBPACK_IMPORTED_MODULE_6__/* .TrustTransaction */ .Dk(aws.clients.iam, touched, {
        concurrency: _aws_bounded_js__WEBPACK_IMPORTED_MODULE_9__/* .AWS_CONCURRENCY */ .MK,
        deadline: () => Date.now() + rollbackWindowMs,
        journal
    });
    const work = (async () => {
        await transaction.write(changed);
        await (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyApplied */ .B)(aws.clients, transaction, plans, {
            mode: settings.verify,
            scope: options.scope,
            externalIds: options.externalIds === null ? [] : (0,_domain_external_id_js__WEBPACK_IMPORTED_MODULE_2__/* .idsOf */ .UX)(options.externalIds),
            timeoutSeconds: settings.verifyTimeoutSeconds,
            maxPolicySize: settings.maxPolicySize,
            callerArn: aws.identity.arn
        });
        // Tags only once IAM shows the policy: they must never describe an ID another writer replaced.
        await transaction.writeTags(tagged);
        await (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyTags */ .v)(aws.clients.iam, tagged, touched, {
            mode: settings.verify,
            timeoutSeconds: settings.verifyTimeoutSeconds
        });
    })();
    const cancelled = cancellation(control.stop, transaction);
    // A cancellation after the commit has nobody left to tell.
    cancelled.catch(() => undefined);
    try {
        await Promise.race([work, cancelled]);
        transaction.commit();
    }
    catch (error) {
        // Settled elsewhere when the cancellation won the race: never an unhandled rejection.
        work.catch(() => undefined);
        const emergency = control.stop.aborted;
        // The reason is reported once, redacted, when the run fails; here only what happens next.
        _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(emergency
            ? 'Restoring every role this run touched (within the runner’s grace after a cancellation)'
            : 'Apply failed: restoring every role written so far');
        const accounts = await transaction.rollback({ emergency });
        for (const account of accounts) {
            if (account.state !== 'untouched')
                _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${account.roleName}: ${account.state}${account.detail ? ` (${account.detail})` : ''}`);
        }
        return outcome(rollbackResult(error, accounts), {
            plans: (0,_transaction_js__WEBPACK_IMPORTED_MODULE_6__/* .markRestoreFailures */ .vz)(plans, accounts),
            changedRoles: accounts
                .filter(_transaction_js__WEBPACK_IMPORTED_MODULE_6__/* .leftChanged */ .y2)
                .flatMap((account) => plans.filter((plan) => plan.role.roleName === account.roleName))
                .map((plan) => plan.role.arn),
            errors: [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error), ...(0,_transaction_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackErrors */ .Us)(accounts, backupFile)],
            backupFile
        });
    }
    const result = settings.mode === 'disable' ? 'disabled' : 'changed';
    if (control.stop.aborted) {
        const late = new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc(String(control.stop.reason));
        return outcome(result, {
            changedRoles: changedArns,
            backupFile,
            errors: [`${late.message} The change had been confirmed before: the roles keep it.`]
        });
    }
    return outcome(result, { changedRoles: changedArns, backupFile });
}
/** Rejects once the run is cancelled, after stopping every new write. */
function cancellation(stop, transaction) {
    return new Promise((_resolve, reject) => {
        const onAbort = () => {
            const signal = String(stop.reason);
            _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`${signal}: sending no new write; waiting for the writes in flight`);
            transaction.cancel(signal);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc(signal));
        };
        if (stop.aborted)
            onAbort();
        else
            stop.addEventListener('abort', onAbort, { once: true });
    });
}
function rollbackResult(error, accounts) {
    if (accounts.some((account) => account.state === 'restore-failed'))
        return 'rollback-failed';
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConflictError */ .fK || accounts.some((account) => account.state === 'other-writer'))
        return 'conflict';
    return 'rolled-back';
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ WriteError),
/* harmony export */   _b: () => (/* binding */ ConcurrentModificationError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   mk: () => (/* binding */ VerificationError)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

/** A role changed between the plan's read and this run's write: someone else is editing it. */
class ConcurrentModificationError extends Error {
    name = 'ConcurrentModificationError';
}
/** Writes failed: every failure is named, with AWS's code and what to do about it. */
class WriteError extends Error {
    failures;
    name = 'WriteError';
    constructor(failures) {
        super(failures.map((failure) => `${failure.roleName}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAwsError */ .Ni)(failure.error)}`).join('\n'));
        this.failures = failures;
    }
}
/** IAM does not hold, or does not enforce, what the run wrote. */
class VerificationError extends Error {
    name = 'VerificationError';
}
/** After this run's write, IAM holds a trust policy this run never wrote: another writer's. */
class ConflictError extends Error {
    roleNames;
    name = 'ConflictError';
    constructor(roleNames) {
        super(`${roleNames.join(', ')}: changed by another writer after this run's write. This run does not overwrite that change; find out who else writes these trust policies (a second run, CloudFormation, Salesforce) and rerun.`);
        this.roleNames = roleNames;
    }
}
/** The job was cancelled (SIGINT/SIGTERM): no new write is sent. */
class CancelledError extends Error {
    signal;
    name = 'CancelledError';
    constructor(signal) {
        super(`Cancelled (${signal}): no new write was sent after it.`);
        this.signal = signal;
    }
}


/***/ }),

/***/ 7691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ Journal),
/* harmony export */   H: () => (/* binding */ journalPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Where this run's journal goes: decided (and saved for the post step) before any AWS call. */
function journalPath(env = process.env) {
    const directory = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, `scv-external-id-backup-${env.GITHUB_RUN_ID ?? 'local'}-${Date.now()}.json`);
}
/**
 * The run's write journal, which is also its backup file: the original trust policies and tags of
 * every role the run is about to touch, and each write recorded before it is sent, so that a post
 * step can undo a main step that was killed. Readable by the runner's user only: it holds the
 * previous and new external IDs.
 */
class Journal {
    path;
    content;
    constructor(path, content) {
        this.path = path;
        this.content = content;
    }
    static create(path, accountId, originals) {
        const journal = new Journal(path, {
            accountId,
            createdAt: new Date().toISOString(),
            state: 'writing',
            roles: originals.map((role) => ({
                arn: role.target.arn,
                roleName: role.target.roleName,
                logicalRole: role.target.logicalRole,
                callCenter: role.target.callCenter,
                trustPolicy: role.json,
                tags: role.tags,
                written: [],
                taggedWith: null
            }))
        });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        journal.save();
        return journal;
    }
    /** The journal a main step left; null when it wrote none (it stopped before any write). */
    static read(path) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return null;
        return new Journal(path, JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')));
    }
    get accountId() {
        return this.content.accountId;
    }
    get state() {
        return this.content.state;
    }
    /** The roles a write was sent for (or is about to be). */
    get touched() {
        return this.content.roles.filter((role) => role.written.length > 0 || role.taggedWith !== null);
    }
    /** What is about to be sent for a role (its policy, its tags or both): saved once, before sending. */
    record(roleName, write) {
        const role = this.role(roleName);
        const { policyJson } = write;
        const newPolicy = policyJson !== undefined && !role.written.includes(policyJson);
        if (newPolicy)
            role.written.push(policyJson);
        if (write.tags !== undefined)
            role.taggedWith = { ...role.taggedWith, ...write.tags };
        // A policy recorded before (the canary's removal sends the planned one again) needs no save.
        if (newPolicy || write.tags !== undefined)
            this.save();
    }
    /** The trust policies (minified JSON) this run sent for a role so far. */
    sentPolicies(roleName) {
        return this.role(roleName).written;
    }
    settle() {
        this.content.state = 'settled';
        this.save();
    }
    role(roleName) {
        const role = this.content.roles.find((item) => item.roleName === roleName);
        if (!role)
            throw new Error(`No original trust policy kept for ${roleName}`);
        return role;
    }
    /** Written whole and renamed into place, so that a kill mid-write never leaves half a journal. */
    save() {
        const partial = `${this.path}.partial`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(partial, JSON.stringify(this.content, null, 2) + '\n', { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(partial, 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(partial, this.path);
    }
}


/***/ }),

/***/ 5348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readBack)
/* harmony export */ });
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6472);
/* harmony import */ var _aws_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6844);
/* harmony import */ var _aws_bounded_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1908);
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _policy_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1561);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7673);






function shownPolicy(document, expectation) {
    if ((0,_policy_document_js__WEBPACK_IMPORTED_MODULE_4__/* .policiesEquivalent */ .DK)(document, expectation.document))
        return 'ours';
    return expectation.earlier.some((doc) => (0,_policy_document_js__WEBPACK_IMPORTED_MODULE_4__/* .policiesEquivalent */ .DK)(document, doc)) ? 'pending' : 'foreign';
}
/** A tag still at its value from before this run may not show the write yet; any other value is someone else's. */
function shownTags(tags, expectation) {
    if (expectation.tags === undefined)
        return 'ours';
    const { written, original } = expectation.tags;
    let shown = 'ours';
    for (const [key, value] of Object.entries(written)) {
        const now = tags[key] ?? null;
        if (now === value)
            continue;
        if (now !== (original[key] ?? null))
            return 'foreign';
        shown = 'pending';
    }
    return shown;
}
/**
 * Reads every written role until IAM returns what was written, policy and tags (IAM is eventually
 * consistent: a change can take seconds to show). Returns the documents as IAM holds them, by role
 * name. Fails with ConflictError as soon as a role holds a document or tag value this run never
 * wrote (another writer's: waiting cannot bring this run's back), and with VerificationError for
 * the roles still showing an earlier state at the deadline.
 */
async function readBack(iam, expectations, options) {
    const sleep = options.sleep ?? _aws_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk;
    const stored = new Map();
    const retry = { deadline: options.deadline, requestTimeoutMs: options.requestTimeoutMs };
    const started = Date.now();
    const budget = Math.max(0, Math.round((options.deadline - started) / 1000));
    let pending = [...expectations];
    for (let attempt = 1; pending.length > 0; attempt++) {
        const stillDiffering = [];
        const foreign = [];
        await (0,_aws_bounded_js__WEBPACK_IMPORTED_MODULE_5__/* .mapBounded */ .yJ)(pending, _aws_bounded_js__WEBPACK_IMPORTED_MODULE_5__/* .AWS_CONCURRENCY */ .MK, async (expectation) => {
            const role = await (0,_aws_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .readRole */ .fP)(iam, expectation.target, retry);
            const shown = role === null
                ? ['pending']
                : [shownPolicy(role.document, expectation), shownTags(role.tags, expectation)];
            if (shown.includes('foreign'))
                foreign.push(expectation.target.roleName);
            else if (shown.includes('pending') || role === null)
                stillDiffering.push(expectation);
            else
                stored.set(expectation.target.roleName, role.document);
        });
        if (foreign.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConflictError */ .fK(foreign.sort());
        pending = stillDiffering;
        // A long propagation wait must not look like a hang.
        _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`Read-back: ${expectations.length - pending.length}/${expectations.length} roles show the change, ${Math.round((Date.now() - started) / 1000)} s of ${budget} s`);
        if (pending.length === 0)
            return stored;
        const delay = (0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(attempt, {
            baseDelayMs: 250,
            maxDelayMs: 4000,
            random: options.random ?? Math.random
        });
        if (Date.now() + delay > options.deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerificationError */ .mk(`Read-back: IAM still returns another trust policy for ${pending.map((e) => e.target.roleName).join(', ')} after verify-timeout.`);
        }
        await sleep(Math.max(delay, 100));
    }
    return stored;
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dk: () => (/* binding */ TrustTransaction),
  y2: () => (/* reexport */ leftChanged),
  vz: () => (/* reexport */ markRestoreFailures),
  Us: () => (/* reexport */ rollbackErrors)
});

// UNUSED EXPORTS: GUARD_MAX_AGE_MS

// EXTERNAL MODULE: ./src/aws/bounded.ts
var bounded = __webpack_require__(1908);
// EXTERNAL MODULE: ./src/aws/roles.ts
var roles = __webpack_require__(6844);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/policy/document.ts
var policy_document = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/transaction/errors.ts
var errors = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/domain/restore.ts
/**
 * Compare before restore, decided: what a rollback or the post step does to one role, given what
 * the run wrote and what IAM holds now. Pure; `transaction/restore.ts` reads, writes and reports it.
 */

/** The roles whose trust policy IAM holds differently from the run's start after a rollback. */
const leftChanged = (account) => account.state === 'other-writer' || account.state === 'restore-failed';
function restoreDecision(role) {
    const { current, written } = role;
    // A role that cannot be read is restored without comparing: IAM has no conditional write.
    const unread = current === undefined;
    // A deleted role (null) holds neither.
    const document = current?.document;
    const holdsOriginal = document !== undefined && (0,policy_document/* policiesEquivalent */.DK)(document, role.original);
    const holdsOurs = document !== undefined && written.some((doc) => (0,policy_document/* policiesEquivalent */.DK)(document, doc));
    if (written.length > 0 && !unread && !holdsOriginal && !holdsOurs)
        return { action: 'leave-to-other-writer' };
    const writeOriginal = written.length > 0 && (holdsOurs || unread || role.rewriteOriginal);
    // Tags follow the policy: with the original policy back, every tag this run wrote goes back too.
    // Otherwise only the values this run set and nobody changed since go back.
    const ourTags = Object.entries(role.taggedWith ?? {}).filter(([key, value]) => written.length > 0 || unread || (current?.tags[key] ?? null) === value);
    return { action: 'restore', writeOriginal, ourTags: Object.fromEntries(ourTags) };
}

// EXTERNAL MODULE: ./src/domain/tags.ts
var tags = __webpack_require__(5431);
;// CONCATENATED MODULE: ./src/report/rollback.ts
/** Why a rollback left a role as it found it. */
const OTHER_WRITER_DETAIL = "changed by another writer after this run's write; left as is";
/** A role that could not be restored, as its read failed or its write was refused. */
const restoreFailedDetail = (code, message) => `${code}: ${message}`;
/** What the report says after a rollback: restored roles, roles left to another writer, failures. */
function rollbackErrors(accounts, backupFile) {
    const failed = accounts.filter((account) => account.state === 'restore-failed');
    const others = accounts.filter((account) => account.state === 'other-writer');
    const lines = others.map((account) => `${account.roleName}: ${account.detail}.`);
    if (failed.length === 0) {
        const restored = accounts
            .filter((account) => account.state === 'restored')
            .map((account) => account.roleName);
        const what = restored.length > 0 ? `${restored.join(', ')} restored` : 'no role had been written';
        const rest = others.length > 0 ? 'every other role' : 'every role';
        return [`Rolled back: ${what}; ${rest} has its original trust policy.`, ...lines];
    }
    return [
        ...failed.map((account) => `${account.roleName} could NOT be restored (${account.detail}). Its original trust policy is in ${backupFile}: restore it with aws iam update-assume-role-policy.`),
        ...lines
    ];
}
/** Roles whose restore failed are errors in the report; the others are as they were. */
function markRestoreFailures(plans, accounts) {
    return plans.map((plan) => {
        const account = accounts.find((item) => item.roleName === plan.role.roleName);
        if (account?.state !== 'restore-failed')
            return plan;
        return {
            change: 'error',
            role: plan.role,
            before: plan.before,
            error: `restore failed: ${account.detail}`
        };
    });
}

// EXTERNAL MODULE: ./src/transaction/read-back.ts
var read_back = __webpack_require__(5348);
;// CONCATENATED MODULE: ./src/transaction/restore.ts










/**
 * Restores every role the journal says this run wrote (of the policies, those in `policiesTouched`
 * when given), then marks the journal settled: the main step's rollback and the post step.
 */
async function restoreJournal(iam, journal, options, policiesTouched) {
    const targets = journal.touched.map((role) => restoreTarget(role, policiesTouched));
    const accounts = await restoreRoles(iam, targets, options);
    journal.settle();
    return accounts;
}
function restoreTarget(role, policiesTouched) {
    const sent = policiesTouched === undefined || policiesTouched.has(role.roleName);
    return {
        target: {
            logicalRole: role.logicalRole,
            callCenter: role.callCenter,
            roleName: role.roleName,
            arn: role.arn
        },
        original: { json: role.trustPolicy, document: (0,policy_document/* parsePolicyDocument */.X)(role.trustPolicy), tags: role.tags },
        written: sent ? role.written.map(policy_document/* parsePolicyDocument */.X) : [],
        taggedWith: role.taggedWith
    };
}
/**
 * Compare before restore: reads each role and restores its original trust policy (and the tag
 * values this run set) only while IAM holds what this run wrote or the original. A role that holds
 * anything else was changed by another writer after this run's write: it is left as it is.
 */
async function restoreRoles(iam, targets, options) {
    const retry = {
        maxAttempts: 10,
        deadline: options.deadline,
        requestTimeoutMs: options.requestTimeoutMs
    };
    return (0,bounded/* mapBounded */.yJ)(targets, options.concurrency, async (target) => {
        const roleName = target.target.roleName;
        try {
            return { roleName, ...(await restoreRole(iam, target, options, retry)) };
        }
        catch (error) {
            if (error instanceof errors/* ConflictError */.fK)
                return { roleName, state: 'other-writer', detail: OTHER_WRITER_DETAIL };
            const detail = restoreFailedDetail((0,aws_retry/* errorCode */.CA)(error), (0,aws_errors/* errorMessage */.gJ)(error));
            return { roleName, state: 'restore-failed', detail };
        }
    });
}
async function restoreRole(iam, { target, original, written, taggedWith }, options, retry) {
    const current = await (0,roles/* readRole */.fP)(iam, target, retry).catch(() => undefined);
    const decision = restoreDecision({
        original: original.document,
        written,
        taggedWith,
        current,
        rewriteOriginal: options.rewriteOriginal
    });
    if (decision.action === 'leave-to-other-writer')
        return { state: 'other-writer', detail: OTHER_WRITER_DETAIL };
    if (decision.writeOriginal) {
        await (0,roles/* writeTrustPolicy */.C6)(iam, target.roleName, original.json, retry);
        await (0,read_back/* readBack */.e)(iam, [{ target, document: original.document, earlier: written }], {
            deadline: options.deadline,
            requestTimeoutMs: options.requestTimeoutMs
        });
    }
    const restoresTags = Object.keys(decision.ourTags).length > 0;
    if (restoresTags) {
        await (0,roles/* writeTags */.p)(iam, target.roleName, (0,tags/* restoringTags */.Bz)(original.tags, decision.ourTags), retry);
    }
    return { state: decision.writeOriginal || restoresTags ? 'restored' : 'untouched', detail: null };
}

;// CONCATENATED MODULE: ./src/transaction/transaction.ts






// What change.ts reads of a rollback, from where it lives now.


/** A first read older than this is repeated right before the write (the concurrent-modification guard). */
const GUARD_MAX_AGE_MS = 5_000;
/** A cancelled run waits this long for the writes in flight before it restores. */
const IN_FLIGHT_WAIT_MS = 2_000;
/** The runner kills a cancelled step about 10 s after SIGINT: the restore must be done well before. */
const EMERGENCY_RESTORE_MS = 4_500;
const EMERGENCY_REQUEST_TIMEOUT_MS = 1_500;
/**
 * All-or-nothing changes to the trust policies (and tags) of the run's roles. Every role a write
 * was sent for counts as touched, even when the answer was lost, so a rollback covers it.
 */
class TrustTransaction {
    iam;
    options;
    touchedPolicies = new Set();
    originals;
    inFlight = new Set();
    cancelled = null;
    constructor(iam, originals, options) {
        this.iam = iam;
        this.options = options;
        this.originals = new Map(originals.map((role) => [role.target.roleName, role]));
    }
    get touched() {
        return this.options.journal.touched.length > 0;
    }
    /**
     * Writes each changed role's new policy. A role whose first read is older than GUARD_MAX_AGE_MS
     * is read again first: when it changed since, nothing is written to it and the whole run aborts
     * (someone else is editing it). Its tags follow once IAM shows the policy (`writeTags`).
     */
    async write(changed) {
        await this.run(changed, async ({ role, after }) => {
            await this.guard(role);
            if (this.cancelled)
                throw this.cancelled;
            const policyJson = (0,policy_document/* serializePolicy */.TM)(after);
            this.options.journal.record(role.roleName, { policyJson });
            await this.sendPolicy(role.roleName, policyJson);
        });
    }
    /**
     * Writes the tags of each role, after its policy was confirmed: tags written beside a policy
     * another writer then replaced would describe an ID the role does not hold. A role whose policy
     * this run did not write gets the guard's fresh read first.
     */
    async writeTags(tagged) {
        await this.run(tagged, async ({ role, tagChanges }) => {
            if (tagChanges === null)
                return;
            if (!this.touchedPolicies.has(role.roleName))
                await this.guard(role);
            if (this.cancelled)
                throw this.cancelled;
            this.options.journal.record(role.roleName, { tags: tagChanges });
            await this.track((0,roles/* writeTags */.p)(this.iam, role.roleName, tagChanges));
        });
    }
    /** A policy write outside the plan (the verification canary): journaled and tracked like the others. */
    async writePolicy(roleName, document) {
        if (this.cancelled)
            throw this.cancelled;
        const policyJson = (0,policy_document/* serializePolicy */.TM)(document);
        this.options.journal.record(roleName, { policyJson });
        await this.sendPolicy(roleName, policyJson);
    }
    /** Sends a journaled policy; the role counts as touched unless IAM refused the write outright. */
    async sendPolicy(roleName, policyJson) {
        const touchedBefore = this.touchedPolicies.has(roleName);
        this.touchedPolicies.add(roleName);
        try {
            await this.track((0,roles/* writeTrustPolicy */.C6)(this.iam, roleName, policyJson, {
                beforeRetry: (error) => this.recheckBeforeRetry(roleName, error)
            }));
        }
        catch (error) {
            // IAM answered 4xx: the write was refused and the role is as it was. Re-sending its original
            // could only fail the same way (e.g. a principal IAM no longer accepts) and cry wolf.
            if (!touchedBefore && isRefusal(error))
                this.touchedPolicies.delete(roleName);
            throw error;
        }
    }
    /** From now on no write is sent; the ones in flight finish. */
    cancel(signal) {
        this.cancelled ??= new errors/* CancelledError */.cc(signal);
    }
    /** The run's change is confirmed: a post step must not undo it. */
    commit() {
        this.options.journal.settle();
    }
    /**
     * Puts every touched role back to its exact original document and tags, unless another writer
     * changed it after this run's write (that change is left as is), then reads back until IAM shows
     * the originals. `emergency`: inside a cancellation's grace, with short timeouts. Returns what
     * became of each role of the run.
     */
    async rollback(options = {}) {
        await Promise.race([Promise.allSettled([...this.inFlight]), (0,aws_retry/* realSleep */.uk)(IN_FLIGHT_WAIT_MS)]);
        const restored = await restoreJournal(this.iam, this.options.journal, {
            concurrency: this.options.concurrency,
            rewriteOriginal: true,
            ...(options.emergency
                ? { deadline: Date.now() + EMERGENCY_RESTORE_MS, requestTimeoutMs: EMERGENCY_REQUEST_TIMEOUT_MS }
                : { deadline: this.options.deadline() })
        }, this.touchedPolicies);
        return [...this.originals.keys()].map((roleName) => restored.find((account) => account.roleName === roleName) ?? {
            roleName,
            state: 'untouched',
            detail: null
        });
    }
    async guard(role) {
        const original = this.original(role.roleName);
        if (Date.now() - original.readAt <= GUARD_MAX_AGE_MS)
            return;
        const now = await (0,roles/* readRole */.fP)(this.iam, role);
        if (now === null || !(0,policy_document/* policiesEquivalent */.DK)(now.document, original.document)) {
            throw new errors/* ConcurrentModificationError */._b(`${role.roleName} was changed by someone else since it was read; nothing of this run is kept. Rerun the workflow.`);
        }
    }
    /**
     * IAM's ConcurrentModification means another write raced this one: the retry is sent only while
     * the role holds its original or this run's own document, never over the other writer's.
     */
    async recheckBeforeRetry(roleName, error) {
        if (!(0,aws_retry/* isConcurrentModification */.q0)(error))
            return;
        const original = this.original(roleName);
        const now = await (0,roles/* readRole */.fP)(this.iam, original.target);
        const ours = [original.json, ...this.options.journal.sentPolicies(roleName)].map(policy_document/* parsePolicyDocument */.X);
        if (now === null || !ours.some((document) => (0,policy_document/* policiesEquivalent */.DK)(now.document, document))) {
            throw new errors/* ConcurrentModificationError */._b(`${roleName} was changed by someone else while this run wrote it (IAM answered ConcurrentModification); nothing of this run is kept. Rerun the workflow.`);
        }
    }
    async track(request) {
        this.inFlight.add(request);
        try {
            return await request;
        }
        finally {
            this.inFlight.delete(request);
        }
    }
    original(roleName) {
        const original = this.originals.get(roleName);
        if (!original)
            throw new Error(`No original trust policy kept for ${roleName}`);
        return original;
    }
    async run(items, write) {
        const results = await (0,bounded/* mapSettledBounded */.VP)(items, this.options.concurrency, write);
        const failures = results.flatMap((result, index) => {
            const item = items[index];
            return result.status === 'rejected' && item
                ? [{ roleName: item.role.roleName, error: result.reason }]
                : [];
        });
        if (failures.length === 0)
            return;
        const special = failures.find((failure) => failure.error instanceof errors/* ConcurrentModificationError */._b || failure.error instanceof errors/* CancelledError */.cc);
        if (special)
            throw special.error;
        throw new errors/* WriteError */.QM(failures);
    }
}
/** An answer from IAM that it did not apply the request (a timeout or 5xx leaves that unknown). */
function isRefusal(error) {
    const status = (0,aws_retry/* httpStatus */.nG)(error);
    return status !== undefined && status >= 400 && status < 500;
}


/***/ }),

/***/ 5527:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ verifyApplied),
/* harmony export */   v: () => (/* binding */ verifyTags)
/* harmony export */ });
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6472);
/* harmony import */ var _aws_bounded_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1908);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(997);
/* harmony import */ var _domain_plan_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6382);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7673);
/* harmony import */ var _policy_canary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1748);
/* harmony import */ var _read_back_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5348);
/* harmony import */ var _domain_simulate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(0);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_domain_simulate_js__WEBPACK_IMPORTED_MODULE_5__]);
_domain_simulate_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];








/**
 * After the writes, before anything is reported as done: IAM shows every written policy
 * (read-back), each stored policy does what it should for every principal (simulation), and, with
 * `verify: assume`, a real sts:AssumeRole agrees. Throws VerificationError (or ConflictError when
 * another writer changed a role after this run's write); the caller rolls back.
 */
async function verifyApplied(clients, transaction, plans, options) {
    const changed = plans.filter(_domain_plan_types_js__WEBPACK_IMPORTED_MODULE_6__/* .isWrite */ .a);
    if (options.mode === 'none' || changed.length === 0)
        return;
    const deadline = Date.now() + options.timeoutSeconds * 1000;
    // With the tags written beside the policies, this is also the run's last read (unless a canary
    // follows): every written role must hold this run's document.
    const stored = await (0,_read_back_js__WEBPACK_IMPORTED_MODULE_4__/* .readBack */ .e)(clients.iam, changed.map((plan) => ({ target: plan.role, document: plan.after, earlier: [plan.before] })), { deadline });
    // The plan already evaluated the documents it computed (and the unchanged roles as read); this
    // evaluates what IAM now holds for each written role.
    const simulation = { scope: options.scope, externalIds: options.externalIds };
    const problems = (0,_domain_simulate_js__WEBPACK_IMPORTED_MODULE_5__/* .simulate */ .JV)(changed.map((plan) => (0,_domain_simulate_js__WEBPACK_IMPORTED_MODULE_5__/* .storedSimulationCase */ .jb)(plan.role, {
        // A leftover canary's principal losing access is the change, not a regression.
        before: (0,_policy_canary_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutCanary */ .vQ)(plan.before),
        intended: plan.after,
        stored: stored.get(plan.role.roleName) ?? plan.after
    }, simulation)));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(`Verification failed: ${problems.join(' ')}`);
    _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`Verified ${changed.length} written trust policies by simulation`);
    if (options.mode === 'assume') {
        await (0,_canary_js__WEBPACK_IMPORTED_MODULE_1__/* .runCanary */ .i)(clients, transaction, changed, {
            callerArn: options.callerArn,
            // The canary proves the write took effect; one of the IDs is enough for that.
            externalId: options.externalIds[0] ?? null,
            maxPolicySize: options.maxPolicySize,
            deadline,
            concurrency: _aws_bounded_js__WEBPACK_IMPORTED_MODULE_7__/* .AWS_CONCURRENCY */ .MK
        });
        _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`Verified ${changed.length} roles with a real sts:AssumeRole`);
    }
}
/**
 * The run's last read: every role whose tags this run wrote shows this run's policy and those tags.
 * A policy or tag value of another writer is a ConflictError (the caller rolls back, leaving it).
 */
async function verifyTags(iam, tagged, originals, options) {
    if (options.mode === 'none')
        return;
    const expectations = tagged.flatMap((plan) => {
        if (plan.tagChanges === null)
            return [];
        const original = originals.find((role) => role.target.roleName === plan.role.roleName);
        const tags = { written: plan.tagChanges, original: original?.tags ?? {} };
        return [{ target: plan.role, document: plan.after, earlier: [plan.before], tags }];
    });
    if (expectations.length === 0)
        return;
    await (0,_read_back_js__WEBPACK_IMPORTED_MODULE_4__/* .readBack */ .e)(iam, expectations, { deadline: Date.now() + options.timeoutSeconds * 1000 });
    _report_log_js__WEBPACK_IMPORTED_MODULE_0__/* .log */ .R.info(`Verified the tags of ${expectations.length} roles beside their trust policies`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
