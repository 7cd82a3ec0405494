export const id = 151;
export const ids = [151];
export const modules = {

/***/ 1151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENTS_QUERY: () => (/* binding */ COMMENTS_QUERY),
/* harmony export */   commentMarker: () => (/* reexport safe */ _report_marker_js__WEBPACK_IMPORTED_MODULE_1__.Ql),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6339);
/* harmony import */ var _report_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(990);



/**
 * The comment lookup: who the token is, and the comments with their authors and whether they are
 * minimized (hidden), which only GraphQL tells.
 */
const COMMENTS_QUERY = `query ScvStickyComment($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $cursor) { ...CommentPage } }
      ... on Issue { comments(first: 100, after: $cursor) { ...CommentPage } }
    }
  }
}
fragment CommentPage on IssueCommentConnection {
  nodes { databaseId body isMinimized author { login } }
  pageInfo { hasNextPage endCursor }
}`;
/**
 * Finds the comment carrying `marker` (an HTML comment string like `<!-- scv-external-id:KEY -->`) among
 * the comments the token's own identity wrote and did not hide (all pages, 100 per page), updates it in
 * place, or creates it. A marker in anyone else's comment is ignored: it cannot be edited, and it must not
 * stand in for the review. Rate limits and 5xx are retried; other GitHub errors come back as a `failed`
 * outcome with a warning, because a missing comment must not fail the run.
 */
async function upsertStickyComment(token, target, marker, body, pacing = _github_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_PACING */ .bC) {
    // The marker is what finds the comment next time, so the body must carry it.
    const markedBody = (0,_report_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .withMarker */ .Pe)(body, marker);
    const { owner, repo, issueNumber } = target;
    try {
        const octokit = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .githubClient */ .$f)(token, pacing);
        const existingId = await findMarkedComment(octokit, target, marker);
        if (existingId !== null) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existingId,
                body: markedBody
            });
            return { status: 'updated', url: data.html_url, id: data.id };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body: markedBody
        });
        return { status: 'created', url: data.html_url, id: data.id };
    }
    catch (error) {
        return { status: 'failed', warning: describeFailure(error, target) };
    }
}
/**
 * The id of the earliest comment by the token's own identity that carries the marker and is not
 * minimized, reading page by page until it is found.
 */
async function findMarkedComment(octokit, target, marker) {
    let cursor = null;
    for (;;) {
        const page = await octokit.graphql(COMMENTS_QUERY, {
            owner: target.owner,
            repo: target.repo,
            number: target.issueNumber,
            cursor
        });
        const comments = page.repository?.issueOrPullRequest?.comments;
        if (!comments)
            return null;
        const found = comments.nodes.find((comment) => comment !== null &&
            comment.databaseId !== null &&
            !comment.isMinimized &&
            comment.author !== null &&
            (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .sameActor */ .CM)(comment.author.login, page.viewer.login) &&
            (0,_report_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .carriesMarker */ .GN)(comment.body, marker));
        if (found?.databaseId != null)
            return found.databaseId;
        if (!comments.pageInfo.hasNextPage || comments.pageInfo.endCursor === null)
            return null;
        cursor = comments.pageInfo.endCursor;
    }
}
function describeFailure(error, target) {
    const where = `pull request #${target.issueNumber} of ${target.owner}/${target.repo}`;
    return (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubFailure */ .Po)(error, `Could not write the comment on ${where}`, {
        may: 'write pull request comments',
        scope: 'pull-requests: write',
        note: 'Pull requests from forks always get a read-only token, so no comment can be written for them.'
    });
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
