import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const workflow = readFileSync(join(__dirname, '..', '..', 'examples', 'github-actions.yml'), 'utf8');

test('the example workflow passes secrets through the environment, never on a command line', () => {
  const runLines = workflow.split('\n').filter((l) => /^\s*(- )?run:/.test(l));
  expect(runLines.map((l) => l.trim())).toEqual([
    '- run: npm ci',
    'run: npm test',
    'run: cat reports/summary.md >> "$GITHUB_STEP_SUMMARY"',
  ]);
  for (const name of ['GWS_TARGET', 'GWS_USER', 'GWS_PASSWORD', 'GWS_CONTROL_TOKEN']) {
    expect(workflow).toContain(`${name}: \${{ secrets.${name} }}`);
  }
});

test('it uses Node 20 and keeps reports/ as an artifact whatever the outcome', () => {
  expect(workflow).toContain('node-version: 20');
  expect(workflow).toMatch(/if: always\(\)\n\s+uses: actions\/upload-artifact@v4\n[\s\S]*path: reports\//);
  expect(workflow).not.toMatch(/\t/);
});

test('it appends summary.md to the job summary whatever the outcome', () => {
  expect(workflow).toMatch(/if: always\(\)\n\s+run: cat reports\/summary\.md >> "\$GITHUB_STEP_SUMMARY"/);
});
