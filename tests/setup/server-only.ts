// Stands in for the `server-only` package under Vitest: the real one throws outside a React Server
// Components build, which would stop tests from importing server-side lib code.
export {};
