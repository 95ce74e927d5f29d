// Mocha's spec reporter plus one closing line `unit: N passed, N failed` that CI tooling reads.
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || { passes: 0, failures: 0, pending: 0 };
      const label = process.env.GONGWEN_TEST_LABEL || 'mocha';
      console.log(`${label}: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  }
}
module.exports = SummaryReporter;
