export const id = 671;
export const ids = [671];
export const modules = {

/***/ 1671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepDriftIssue: () => (/* binding */ keepDriftIssue)
});

// UNUSED EXPORTS: syncDriftIssue

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/report/markdown.ts + 2 modules
var markdown = __webpack_require__(8930);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/marker.ts
var marker = __webpack_require__(990);
// EXTERNAL MODULE: ./src/report/redact.ts
var report_redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/report/drift-issue.ts




/** GitHub refuses longer issue titles. */
const TITLE_LIMIT = 256;
/** An issue body is limited like a comment; a table this long says enough. */
const MAX_ROWS = 200;
const FIRST_FOUND = /<!-- scv-external-id:first-found:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) -->/;
const DAY_MS = 86_400_000;
/** The issue for these findings: its title names the key, its body starts with the marker. */
function renderDriftIssue(facts) {
    const redact = (0,report_redact/* createRedactor */.lY)(facts.secrets);
    const roles = new Set(facts.findings.map((finding) => finding.role.arn)).size;
    const blocks = [
        (0,marker/* driftIssueMarker */.T7)(facts.key),
        `<!-- scv-external-id:first-found:${isoSeconds(facts.firstFound)} -->`,
        `### Service Cloud Voice external ID: drift on ${(0,markdown/* count */.U9)(roles, 'role')}`,
        `The drift check found roles of ${describeKey(facts.key)} that do not require exactly the external ID it was given. Every check updates this issue while the drift lasts and closes it once every role is in sync.`,
        facts.findings.length === 0 ? '' : summaryList(facts),
        findingsTable(facts, redact),
        ...remedies(facts),
        footer(facts)
    ].filter((block) => block !== '');
    return { title: driftIssueTitle(facts.key), body: redact(blocks.join('\n\n') + '\n') };
}
/** The title: the key, never an ID; at most GitHub's 256 characters. */
function driftIssueTitle(key) {
    const account = key.accountId ?? 'unknown account';
    const centers = key.callCenters.length === 0 ? '' : `, ${key.callCenters.join(', ')}`;
    const title = `SCV external ID drift: account ${account}, ${key.contactCenterType}${centers}`;
    return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1)}…`;
}
/** The short comment that closes the issue once a check finds every role in sync. */
function renderInSyncComment(facts) {
    const run = (0,markdown/* safeUrl */.Pl)(facts.runUrl);
    const by = run === null ? 'A drift check' : `[A drift check](${run})`;
    return `${by} found every role in sync at ${isoSeconds(facts.now)}: closing. A new finding reopens this issue.\n`;
}
/** When the drift was first found, as the issue body records it; null when it does not. */
function firstFoundOf(body) {
    const found = FIRST_FOUND.exec(body)?.[1];
    return found === undefined ? null : new Date(found);
}
function describeKey(key) {
    const parts = [
        `AWS account ${key.accountId === null ? 'unknown' : (0,markdown_escape/* codeSpan */.SS)(key.accountId)}`,
        `contact center type ${(0,markdown_escape/* codeSpan */.SS)(key.contactCenterType)}`
    ];
    if (key.callCenters.length > 0) {
        const label = key.callCenters.length === 1 ? 'call center' : 'call centers';
        parts.push(`${label} ${key.callCenters.map(markdown_escape/* codeSpan */.SS).join(', ')}`);
    }
    return parts.join(', ');
}
function summaryList(facts) {
    const keep = facts.fingerprint === null
        ? '**External ID to keep:** the ID in the secret the check was given'
        : typeof facts.fingerprint === 'string'
            ? `**External ID to keep:** ${(0,markdown_escape/* codeSpan */.SS)(facts.fingerprint)}, the ID in the secret the check was given`
            : `**External IDs to keep:** ${Object.entries(facts.fingerprint)
                .map(([label, value]) => `${(0,markdown_escape/* escapeMarkdown */.FV)(label).join(' ')} ${(0,markdown_escape/* codeSpan */.SS)(value)}`)
                .join(', ')}, the IDs in the secret the check was given`;
    const maxAge = facts.maxAgeSeconds === null
        ? `**${(0,markdown_escape/* codeSpan */.SS)('max-age')}:** not set, so the age of the ID is not checked`
        : `**${(0,markdown_escape/* codeSpan */.SS)('max-age')}:** ${(0,markdown_escape/* codeSpan */.SS)(duration(facts.maxAgeSeconds))}`;
    const since = `**Drift first found:** ${isoSeconds(facts.firstFound)}; last checked ${isoSeconds(facts.now)}`;
    return [keep, since, maxAge].map((line) => `- ${line}`).join('\n');
}
/** One row per finding: the role, what drifts, when its ID was applied (from its tags) and its age. */
function findingsTable(facts, redact) {
    const rows = facts.findings.slice(0, MAX_ROWS).map((finding) => {
        const applied = facts.appliedAt[finding.role.arn];
        return (0,markdown_escape/* tableRow */.jD)([
            (0,markdown_escape/* cellCode */.GA)(finding.role.roleName),
            markdown/* DRIFT_LABELS */.sm[finding.kind],
            applied === undefined ? 'unknown' : isoSeconds(applied),
            applied === undefined ? '—' : age(facts.now, applied),
            (0,markdown_escape/* escapeMarkdown */.FV)(redact(finding.detail)).join('<br>')
        ]);
    });
    const hidden = facts.findings.length - rows.length;
    if (hidden > 0)
        rows.push((0,markdown_escape/* tableRow */.jD)([`… and ${(0,markdown/* count */.U9)(hidden, 'more finding')}`, '', '', '', '']));
    const headers = ['Role', 'Drift', 'ID applied', 'Age of the ID', 'Detail'];
    return [(0,markdown_escape/* tableRow */.jD)(headers), (0,markdown_escape/* tableRow */.jD)(headers.map(() => '---')), ...rows].join('\n');
}
/** What to do: re-apply for a role that lost the ID, rotate for an ID past max-age. */
function remedies(facts) {
    const kinds = new Set(facts.findings.map((finding) => finding.kind));
    const blocks = [];
    if ([...kinds].some((kind) => kind !== 'too-old')) {
        blocks.push([
            '#### Put the ID back',
            '',
            `Run the workflow that applies the ID (${(0,markdown_escape/* codeSpan */.SS)('mode: apply')}) with the secret the check uses: it gives every role the condition again and leaves the other statements as they are. If a CloudFormation stack update put the template's trust policy back, the next stack update will do it again: add the condition to the template too.`
        ].join('\n'));
    }
    blocks.push([
        kinds.has('too-old') ? '#### Rotate the ID (it is older than `max-age`)' : '#### Rotate the ID',
        '',
        '1. In Salesforce: Setup > Service Cloud Voice > Configure External ID > Generate. Do not paste the new ID anywhere but the secret.',
        `2. Update the repository or environment secret passed as ${(0,markdown_escape/* codeSpan */.SS)('external-id')} with the new ID.`,
        `3. Open a pull request that sets ${(0,markdown_escape/* codeSpan */.SS)('expected-fingerprint')} to the new ID's fingerprint (the plan comment shows it). Merging it applies the ID; with ${(0,markdown_escape/* codeSpan */.SS)('rotation: overlap')} the roles accept the old ID too until a ${(0,markdown_escape/* codeSpan */.SS)('replace')} run finishes the rotation.`
    ].join('\n'));
    return blocks;
}
function footer(facts) {
    const items = ['Kept by the drift check of scv-external-id-action'];
    if (facts.workflow !== null)
        items.push(`workflow ${(0,markdown_escape/* codeSpan */.SS)(facts.workflow)}`);
    const run = (0,markdown/* safeUrl */.Pl)(facts.runUrl);
    if (run !== null)
        items.push(`[last run](${run})`);
    return `<sub>${items.join(' · ')}</sub>`;
}
function age(now, applied) {
    const days = Math.max(0, Math.floor((now.getTime() - applied.getTime()) / DAY_MS));
    return (0,markdown/* count */.U9)(days, 'day');
}
/** max-age as the input writes it: the largest unit that divides it. */
function duration(seconds) {
    const units = [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60]
    ];
    const unit = units.find(([, size]) => seconds % size === 0);
    return unit === undefined ? `${seconds}s` : `${seconds / unit[1]}${unit[0]}`;
}
function isoSeconds(time) {
    return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
;// CONCATENATED MODULE: ./src/action/issues.ts
/**
 * The repository's issues as the drift issue needs them, through Octokit: the label, a lookup of the
 * token's own issues by marker (GraphQL, which names the token's identity), and the REST writes.
 */



/** The label every drift issue carries: how people filter for them, and how the lookup narrows. */
const DRIFT_LABEL = 'scv-external-id';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Service Cloud Voice external ID drift, kept by scv-external-id-action';
/** An unlabelled lookup reads every open issue: beyond this many pages (of 100) it gives up. */
const MAX_PAGES = 10;
/** The lookup: who the token is, and the repository's issues newest first, with their authors. */
const ISSUES_QUERY = `query ScvDriftIssue($owner: String!, $repo: String!, $labels: [String!], $states: [IssueState!], $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $cursor, labels: $labels, states: $states, orderBy: {field: CREATED_AT, direction: DESC}) {
      nodes { number body state url author { login } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
function octokitIssueStore(octokit, repository) {
    const { owner, repo } = repository;
    const found = (issue) => ({
        number: issue.number,
        state: issue.state === 'closed' ? 'closed' : 'open',
        body: issue.body ?? '',
        url: issue.html_url
    });
    return {
        labelAvailable: (create) => labelAvailable(octokit, repository, create),
        findOwn: (marker, state, labelled) => findOwn(octokit, repository, { marker, state, labelled }),
        create: async (text, labelled) => {
            const labels = labelled ? { labels: [DRIFT_LABEL] } : {};
            const { data } = await octokit.rest.issues.create({ owner, repo, ...text, ...labels });
            return found(data);
        },
        update: async (issueNumber, change) => {
            const { stateReason, ...rest } = change;
            const reason = stateReason === undefined ? {} : { state_reason: stateReason };
            const { data } = await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: issueNumber,
                ...rest,
                ...reason
            });
            return found(data);
        },
        comment: async (issueNumber, body) => {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        }
    };
}
/**
 * A missing label is created when asked; a refusal (no permission, a policy) only means the issue is
 * written without it, so it is logged, not raised.
 */
async function labelAvailable(octokit, { owner, repo }, create) {
    try {
        await octokit.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL });
        return true;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) !== 404 || !create)
            return false;
    }
    try {
        await octokit.rest.issues.createLabel({
            owner,
            repo,
            name: DRIFT_LABEL,
            color: LABEL_COLOR,
            description: LABEL_DESCRIPTION
        });
        core.info(`Created the label ${DRIFT_LABEL}`);
        return true;
    }
    catch (error) {
        // 422: another run created it in the meantime.
        if ((0,github/* httpStatus */.nG)(error) === 422)
            return true;
        core.info(`The label ${DRIFT_LABEL} could not be created (${(0,github/* gitHubMessage */.RG)(error)}): the issue goes without it`);
        return false;
    }
}
async function findOwn(octokit, { owner, repo }, wanted) {
    let cursor = null;
    for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await octokit.graphql(ISSUES_QUERY, {
            owner,
            repo,
            states: [wanted.state.toUpperCase()],
            cursor,
            ...(wanted.labelled ? { labels: [DRIFT_LABEL] } : {})
        });
        const issues = answer.repository?.issues;
        if (!issues)
            return null;
        const match = issues.nodes.find((issue) => issue !== null &&
            issue.author !== null &&
            (0,github/* sameActor */.CM)(issue.author.login, answer.viewer.login) &&
            (0,marker/* carriesMarker */.GN)(issue.body, wanted.marker));
        if (match) {
            const state = match.state === 'CLOSED' ? 'closed' : 'open';
            return { number: match.number, state, body: match.body, url: match.url };
        }
        if (!issues.pageInfo.hasNextPage || issues.pageInfo.endCursor === null)
            return null;
        cursor = issues.pageInfo.endCursor;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/action/drift-issue.ts
/**
 * `drift-issue: true`: a scheduled check keeps one issue open per account, contact center type and
 * call centers while it finds drift, and closes it once the roles are in sync. Writing the issue
 * never changes the check's result: a failure is a warning.
 */






/**
 * Finds the token's own issue by `marker` and brings it to the wanted state: drift creates it,
 * updates the open one or reopens the newest closed one; in sync closes the open one with a comment.
 * Issues anyone else wrote are never looked at. The label is created when missing; without it the
 * issue is written unlabelled and only an open one can be found again.
 */
async function syncDriftIssue(store, marker, wanted) {
    try {
        const labelled = await store.labelAvailable(wanted.kind === 'drift');
        const open = await store.findOwn(marker, 'open', labelled);
        if (wanted.kind === 'in-sync') {
            if (open === null)
                return { status: 'none' };
            await store.comment(open.number, wanted.comment);
            const closed = await store.update(open.number, { state: 'closed', stateReason: 'completed' });
            return { status: 'closed', issue: closed };
        }
        if (open !== null) {
            const text = wanted.render(firstFoundOf(open.body));
            return { status: 'updated', issue: await store.update(open.number, text) };
        }
        // A closed issue without the label cannot be told from the rest of the repository's history.
        const closed = labelled ? await store.findOwn(marker, 'closed', true) : null;
        const text = wanted.render(null);
        if (closed !== null) {
            const reopened = await store.update(closed.number, { ...text, state: 'open', stateReason: 'reopened' });
            return { status: 'reopened', issue: reopened };
        }
        return { status: 'created', issue: await store.create(text, labelled) };
    }
    catch (error) {
        return { status: 'failed', error };
    }
}
/**
 * The check's issue, from its report: drift (an ID past max-age included) keeps it open; in sync
 * closes it. A check that could not judge every role (errors) leaves it as it is.
 */
async function keepDriftIssue(report, settings, context, appliedAt) {
    const inSync = report.result === 'in-sync' && report.errors.length === 0;
    if (report.result !== 'drift' && !inSync) {
        core.info('The drift issue is left as it is: this check could not judge every role.');
        return;
    }
    const { owner, repo } = context;
    if (owner === null || repo === null) {
        core.warning('GITHUB_REPOSITORY is not set, so there is no repository for the drift issue.', {
            title: 'Drift issue not written'
        });
        return;
    }
    const key = {
        accountId: report.accountId,
        contactCenterType: report.contactCenterType,
        callCenters: report.callCenters
    };
    const now = report.run.time;
    const wanted = inSync
        ? { kind: 'in-sync', comment: renderInSyncComment({ now, ...context }) }
        : {
            kind: 'drift',
            render: (firstFound) => renderDriftIssue({
                key,
                fingerprint: report.fingerprint,
                maxAgeSeconds: settings.maxAgeSeconds,
                findings: report.drift,
                appliedAt,
                firstFound: firstFound ?? now,
                now,
                runUrl: context.runUrl,
                workflow: context.workflow,
                secrets: report.secrets
            })
        };
    const store = octokitIssueStore((0,github/* githubClient */.$f)(settings.githubToken), { owner, repo });
    const outcome = await syncDriftIssue(store, (0,marker/* driftIssueMarker */.T7)(key), wanted);
    logOutcome(outcome, `${owner}/${repo}`, (0,report_redact/* createRedactor */.lY)(report.secrets));
}
function logOutcome(outcome, repository, redact) {
    switch (outcome.status) {
        case 'none':
            core.info('No drift issue is open: nothing to close.');
            return;
        case 'failed':
            core.warning(redact((0,github/* describeGitHubFailure */.Po)(outcome.error, `Could not write the drift issue in ${repository}`, {
                may: 'write issues',
                scope: 'issues: write'
            })), { title: 'Drift issue not written' });
            return;
        default:
            core.info(`Drift issue ${outcome.status}: ${outcome.issue.url}`);
    }
}


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   CM: () => (/* binding */ sameActor),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   bC: () => (/* binding */ GITHUB_PACING),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports NOT_ACCESSIBLE, hasField */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4475);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/**
 * What every GitHub write of the action shares: one Octokit set up to retry rate limits and 5xx
 * briefly, the token's own identity, and GitHub's errors explained. A GitHub failure never fails a
 * run: callers turn it into a warning.
 */






const NOT_ACCESSIBLE = 'Resource not accessible by integration';
/** Retries of one request after a rate limit or a 5xx: a comment is worth a short wait, not a long one. */
const MAX_RETRIES = 2;
/** Longer waits than this (seconds) are not worth holding the job for: the write is given up. */
const MAX_RETRY_AFTER = 60;
/** Client errors are final; 429 is the throttling plugin's to retry (it honours retry-after). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const GITHUB_PACING = { millisecondsPerSecond: 1000 };
/** Octokit that waits out GitHub's rate limits (retry-after) and retries 5xx with backoff. */
function githubClient(token, pacing = GITHUB_PACING) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const retrying = retryCount < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retrying;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // A run sends a lookup and a few writes: GitHub's one second between writes is for bursts,
            // and the plugin would count a GraphQL lookup as a write and hold every write a second.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            retryAfterBaseValue: pacing.millisecondsPerSecond,
            ...(pacing.notificationSpacingMs === undefined
                ? {}
                : {
                    notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: pacing.notificationSpacingMs })
                })
        },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: MAX_RETRIES,
            retryAfterBaseValue: pacing.millisecondsPerSecond
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** A bot is `name[bot]` to REST and to GraphQL's viewer, but `name` as an author in GraphQL. */
const sameActor = (a, b) => a.replace(/\[bot\]$/, '') === b.replace(/\[bot\]$/, '');
/**
 * Why a GitHub write failed, for a warning: `prefix` says what was not written; a 403 "not
 * accessible" names what the token may not do and the workflow permission that allows it.
 */
function describeGitHubFailure(error, prefix, permission) {
    const status = httpStatus(error);
    const message = gitHubMessage(error);
    if (status === 403 && message.startsWith(NOT_ACCESSIBLE)) {
        const note = permission.note === undefined ? '' : ` ${permission.note}`;
        return `${prefix}: the token may not ${permission.may} (403 ${NOT_ACCESSIBLE}). Give the job \`permissions: ${permission.scope}\`.${note}`;
    }
    if (status === 401) {
        return `${prefix}: the GitHub token is invalid or expired (401 ${message}). Check the github-token input.`;
    }
    return status === null ? `${prefix}: ${message}` : `${prefix}: GitHub answered ${status}: ${message}`;
}
/** The status GitHub answered; null when no answer came (Octokit reports network failures as 500). */
function httpStatus(error) {
    // A RequestError without an answer still has the field `response`, set to undefined.
    const answered = hasField(error, 'response') && error.response !== undefined;
    return answered && hasField(error, 'status') && typeof error.status === 'number' ? error.status : null;
}
/** GitHub's own message (with validation details), falling back to the error's message. */
function gitHubMessage(error) {
    const data = hasField(error, 'response') && hasField(error.response, 'data') ? error.response.data : null;
    if (!hasField(data, 'message') || typeof data.message !== 'string')
        return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
    const errors = hasField(data, 'errors') && Array.isArray(data.errors) ? data.errors : [];
    const details = errors.flatMap((detail) => hasField(detail, 'message') && typeof detail.message === 'string' ? [detail.message] : []);
    return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message;
}
/** Whether `value` is an object with a field `key` (perhaps undefined): Octokit's errors and GitHub's answers are untyped. */
function hasField(value, key) {
    return typeof value === 'object' && value !== null && key in value;
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ carriesMarker),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   T7: () => (/* binding */ driftIssueMarker)
/* harmony export */ });
/* unused harmony export isSingleHtmlComment */
/**
 * The hidden markers by which the action finds what it wrote on GitHub (the sticky pull-request
 * comment, the drift issue) again: one HTML comment per key of account, contact center type and call
 * centers. Pure.
 */
const MARKER_PREFIX = 'scv-external-id:';
const DRIFT_ISSUE_PREFIX = `${MARKER_PREFIX}drift-issue:`;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** `ACCOUNT/TYPE/CALLCENTERS`, the same for every marker of one key. */
function keyText(key) {
    // Encoding keeps separators and '-->' out of the parts, so distinct keys never produce overlapping markers.
    const callCenters = [...new Set(key.callCenters)].sort().map(encodeURIComponent).join(',');
    const account = key.accountId === null ? 'unknown-account' : encodeURIComponent(key.accountId);
    return `${account}/${encodeURIComponent(key.contactCenterType)}/${callCenters}`;
}
/** The sticky pull-request comment's marker. */
function commentMarker(key) {
    return `<!-- ${MARKER_PREFIX}${keyText(key)} -->`;
}
/** The drift issue's marker: the comment's key, told apart so that neither is taken for the other. */
function driftIssueMarker(key) {
    return `<!-- ${DRIFT_ISSUE_PREFIX}${keyText(key)} -->`;
}
/** True when one of the body's HTML comments is exactly the marker (not merely contains it). */
function carriesMarker(body, marker) {
    const comments = body.match(HTML_COMMENT) ?? [];
    return comments.includes(marker);
}
function isSingleHtmlComment(marker) {
    const comments = marker.match(HTML_COMMENT);
    return comments?.length === 1 && comments[0] === marker;
}
/** The body with the marker first, unless it already carries it. */
function withMarker(body, marker) {
    if (!isSingleHtmlComment(marker)) {
        throw new TypeError('A marker must be one complete HTML comment (<!-- ... -->)');
    }
    return carriesMarker(body, marker) ? body : `${marker}\n${body}`;
}


/***/ })

};
