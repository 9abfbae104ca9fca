// Progress of the judging, one line per channel: checks judged and how many fail.
// Plain CommonJS so Jest loads it in any setting; the summary and reports come after Jest ends.
class ConformanceProgress {
  constructor() {
    this.channels = new Map();
  }

  onTestCaseResult(_test, result) {
    const channel = result.ancestorTitles[0] ?? 'checks';
    const c = this.channels.get(channel) ?? { done: 0, failing: 0 };
    c.done++;
    if (result.status === 'failed') c.failing++;
    this.channels.set(channel, c);
  }

  onTestFileResult(_test, result) {
    for (const [channel, c] of this.channels) {
      process.stderr.write(`  ${channel}: ${c.done} checks judged, ${c.failing} failing\n`);
    }
    if (result.testExecError) {
      process.stderr.write(`  suite error: ${result.testExecError.message.split('\n')[0]}\n`);
    }
  }

  getLastError() {
    return undefined;
  }
}

module.exports = ConformanceProgress;
