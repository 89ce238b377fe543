import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * V8 runs a regular expression in its interpreter first and in compiled code afterwards, and the two can disagree: with
 * a lookahead opening a repeated group, Node 20's compiled code found no match in "you're a fucking a lowlife" where the
 * interpreter did (measured in the thirty-third session, docs/policy-speed.md). A comment's verdict would then hang on
 * whether its patterns had run before. The rules' patterns must give the same verdicts under both engines.
 */
describe('the policy under V8’s two regular expression engines', () => {
  it('gives the same verdicts interpreted as compiled, on the dev set and the naughty strings', async () => {
    const verdicts = async (flag: string) =>
      (
        await run(process.execPath, [flag, '--import', 'tsx', 'tests/support/verdicts.ts'], {
          cwd: ROOT,
          maxBuffer: 64 * 1024 * 1024,
        })
      ).stdout.split('\n');
    const [interpreted, compiled] = await Promise.all([
      verdicts('--regexp-interpret-all'),
      verdicts('--no-regexp-tier-up'),
    ]);
    assert.ok(interpreted.length > 38000, `${interpreted.length} verdicts`);
    const differ = interpreted.flatMap((line, i) => (line === compiled[i] ? [] : [i]));
    assert.deepEqual(differ, [], `verdicts that differ: ${differ.slice(0, 5).join(', ')}`);
  });
});
