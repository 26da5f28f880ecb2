// The main job: build the bundles, lint the shipped examples (findings expected: exit 0 or 1 is fine,
// 2 or a crash is not), then package the VS Code extension.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const steps = [
  ['npm', ['run', 'build']],
  ['node', ['dist/cli.js', 'examples/']],
  ['npm', ['run', 'package']],
];
for (const [cmd, args] of steps) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const { status, error } = run(cmd, args);
  const lintFindings = cmd === 'node' && status === 1;
  if (error || (status !== 0 && !lintFindings)) {
    console.error(`demo: "${cmd} ${args.join(' ')}" failed (${error?.message ?? `exit ${status}`})`);
    process.exit(1);
  }
}
console.log('\ndemo: examples linted and extension packaged');
