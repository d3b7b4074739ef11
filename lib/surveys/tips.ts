import type { TFootprint } from "@/lib/surveys/footprint";
import type { TSurveyAnswer } from "@/lib/surveys/schemas";

// Two or three concrete tips for the respondent, picked from their own answer, most effective first. Pure.
export const TIPS = ["bike", "carpool", "transit", "remote", "videoDevice", "links", "cleanup", "keepItUp"] as const;
export type TTip = (typeof TIPS)[number];

export function tipsFor(answer: TSurveyAnswer, footprint: TFootprint): TTip[] {
  const cars = answer.legs.filter((l) => l.mode === "car" || l.mode === "motorbike");
  const soloCars = cars.filter((l) => (l.carOccupancy ?? 1) === 1);
  const tips: TTip[] = [];
  if (cars.some((l) => l.distanceKm <= 8)) tips.push("bike");
  if (soloCars.length > 0) tips.push("carpool");
  if (cars.some((l) => l.distanceKm > 8)) tips.push("transit");
  if (answer.remoteDaysPerWeek < 2 && footprint.commuteKg > 100) tips.push("remote");
  const digital = answer.digital;
  if (digital && digital.videoHours.smartphone > 0) tips.push("videoDevice");
  if (digital && digital.attachments !== "mostly_links" && digital.emailsPerDay > 0) tips.push("links");
  if (digital && digital.cloudStorageGb > 20) tips.push("cleanup");
  if (tips.length === 0) tips.push("keepItUp");
  return tips.slice(0, 3);
}
