// The curated factor record is defined by the engine that consumes it (lib/calc must not import the rest
// of lib/); the factor library re-exports it under its historical path.
export * from "@/lib/calc/factor-record";
