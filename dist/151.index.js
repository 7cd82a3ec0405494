export const id = 151;
export const ids = [151];
export const modules = {

/***/ 1151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

const MARKER_PREFIX = 'scv-external-id:';
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
/**
 * Finds the comment carrying `marker` (an HTML comment string like `<!-- scv-external-id:KEY -->`) among ALL
 * comments (paginated, 100 per page), updates it in place, or creates it. GitHub errors come back as a
 * `failed` outcome with a warning, because a missing comment must not fail the run.
 */
async function upsertStickyComment(token, target, marker, body) {
    if (!isSingleHtmlComment(marker)) {
        throw new TypeError('The sticky comment marker must be one complete HTML comment (<!-- ... -->)');
    }
    // The marker is what finds the comment next time, so the body must carry it.
    const markedBody = carriesMarker(body, marker) ? body : `${marker}\n${body}`;
    const { owner, repo, issueNumber } = target;
    try {
        const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
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
/** The hidden marker for a comment key (account, contact center type, call centers). Pure. */
function commentMarker(key) {
    // Encoding keeps separators and '-->' out of the parts, so distinct keys never produce overlapping markers.
    const callCenters = [...new Set(key.callCenters)].sort().map(encodeURIComponent).join(',');
    const account = key.accountId === null ? 'unknown-account' : encodeURIComponent(key.accountId);
    return `<!-- ${MARKER_PREFIX}${account}/${encodeURIComponent(key.contactCenterType)}/${callCenters} -->`;
}
/** The id of the earliest comment carrying the marker, reading page by page until it is found. */
async function findMarkedComment(octokit, target, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
    });
    for await (const { data } of pages) {
        const found = data.find((comment) => carriesMarker(comment.body ?? '', marker));
        if (found)
            return found.id;
    }
    return null;
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
function describeFailure(error, target) {
    const where = `pull request #${target.issueNumber} of ${target.owner}/${target.repo}`;
    const prefix = `Could not write the comment on ${where}`;
    const status = httpStatus(error);
    const message = gitHubMessage(error);
    if (status === 403 && message.startsWith(NOT_ACCESSIBLE)) {
        return (`${prefix}: the token may not write pull request comments (403 ${NOT_ACCESSIBLE}). ` +
            'Give the job `permissions: pull-requests: write`. Pull requests from forks always get a read-only ' +
            'token, so no comment can be written for them.');
    }
    if (status === 401) {
        return `${prefix}: the GitHub token is invalid or expired (401 ${message}). Check the github-token input.`;
    }
    return status === null ? `${prefix}: ${message}` : `${prefix}: GitHub answered ${status}: ${message}`;
}
/** The status GitHub answered; null when no answer came (Octokit reports network failures as 500). */
function httpStatus(error) {
    const { status, response } = (error ?? {});
    return typeof status === 'number' && response !== undefined ? status : null;
}
/** GitHub's own message (with validation details), falling back to the error's message. */
function gitHubMessage(error) {
    const data = error?.response?.data;
    if (typeof data === 'object' &&
        data !== null &&
        typeof data.message === 'string') {
        const { message, errors } = data;
        const details = Array.isArray(errors)
            ? errors.map((e) => e.message).filter((m) => typeof m === 'string')
            : [];
        return details.length > 0 ? `${message}: ${details.join('; ')}` : message;
    }
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
