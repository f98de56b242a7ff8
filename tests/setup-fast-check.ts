// Property tests run with a fixed seed so that CI is reproducible (ARCHITECTURE rule 6);
// explore new random cases locally with FC_SEED=<n> npm run test:unit.
import fc from 'fast-check';

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261123),
  numRuns: Number(process.env.FC_RUNS ?? 100),
});
