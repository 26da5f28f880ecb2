import { setFlagsFromString } from 'node:v8';

// The phrase families are a few hundred large regular expressions, each compiled on its first use. By default
// V8 first compiles a pattern to bytecode for its interpreter and compiles it again to machine code once it runs
// a second time; for these patterns the bytecode step costs about four times the machine-code one (0.7 s of CPU
// against 0.17 s for all of them on the bench machine), paid again in every process. Compiling straight to
// machine code cuts the warm-up of the CLI and the language server (bench: docs/performance.md). The flag is
// process-wide, so worker threads get it too; it changes how patterns run, never what they match.
setFlagsFromString('--no-regexp-tier-up');
