import { can, type EffectiveRole } from "@/lib/permissions";

// Who sees a data request (and may add files to it): whoever manages requests, and its assignee. The
// requests page, the request's files and their download route all ask this one question.
export function mayViewRequest(viewer: { role: EffectiveRole; userId: string }, request: { assigneeId: string }) {
  return can(viewer.role, "requests.manage") || request.assigneeId === viewer.userId;
}
