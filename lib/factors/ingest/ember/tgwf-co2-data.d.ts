// CO2.js ships no type declarations; this is the one export the Ember ingestion reads.
declare module "@tgwf/co2/data" {
  export const averageIntensity: { data: Record<string, number>; type: string };
}
