/** How many random sequences each property file runs (RUNDE_PROPERTY_RUNS, default 10,000). */
export const NUM_RUNS = Number(process.env.RUNDE_PROPERTY_RUNS ?? 10_000);
/** fast-check's seed for them (RUNDE_PROPERTY_SEED): one seed, so both files meet the same sequences. */
export const SEED = Number(process.env.RUNDE_PROPERTY_SEED ?? 20_261_122);
