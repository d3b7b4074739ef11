// Evidence follows its owner (lib/evidence/owners.ts): a line's documents whoever may edit the line, a
// request's whoever sees the request (removal: its uploader or a request manager). Same limits for both.
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES_PER_OWNER = 20;
