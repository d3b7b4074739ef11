// Evidence follows its line: whoever may edit the line (lib/activity/edit-rights.ts) may attach to it or
// remove from it.
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES_PER_LINE = 20;
