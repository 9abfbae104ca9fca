// Progress of a conformance run, one line per channel as it starts and as its checks are judged.
// Plain CommonJS so Jest loads it in any setting; the summary and reports come after Jest ends.
const { basename } = require('node:path');

const channelOf = (path) => basename(path).replace(/\.test\.ts$/, '');

class ConformanceProgress {
  constructor() {
    this.done = new Map();
  }

  onTestFileStart(test) {
    process.stderr.write(`  ${channelOf(test.path)}: driving the scenarios...\n`);
  }

  onTestCaseResult(test) {
    const channel = channelOf(test.path);
    this.done.set(channel, (this.done.get(channel) ?? 0) + 1);
  }

  onTestFileResult(test, result) {
    const channel = channelOf(test.path);
    const total = result.testResults.length;
    const failed = result.numFailingTests;
    const error = result.testExecError
      ? ` (suite error: ${result.testExecError.message.split('\n')[0]})`
      : '';
    process.stderr.write(
      `  ${channel}: ${this.done.get(channel) ?? 0}/${total} checks judged, ${failed} failing${error}\n`,
    );
  }

  getLastError() {
    return undefined;
  }
}

module.exports = ConformanceProgress;
