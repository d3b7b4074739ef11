// The largest file an import accepts, whatever the way in: the imports page's upload action, the FEC
// mapping screen and POST /api/v1/imports. Pure, so forms can check a file before sending it.
export const IMPORT_MAX_MB = 20;
export const IMPORT_MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;

/**
 * Room for the multipart envelope around the file (boundary lines, part headers, the period id). A
 * request body larger than IMPORT_MAX_BYTES plus this cannot hold an acceptable file. next.config.ts sets
 * the server-action and proxy body limits above this sum (checked by lib/imports/limits.test.ts).
 */
export const UPLOAD_ENVELOPE_BYTES = 64 * 1024;
export const IMPORT_MAX_REQUEST_BYTES = IMPORT_MAX_BYTES + UPLOAD_ENVELOPE_BYTES;
