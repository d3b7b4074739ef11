import { randomBytes } from "node:crypto";

// The public page's unguessable address: 32 random bytes (256 bits) in base64url, always 43 characters.
export const newPageToken = () => randomBytes(32).toString("base64url");
export const TOKEN_LENGTH = 43;
