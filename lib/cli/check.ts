/**
 * Entry of `npm run check -- [--json] [--lang fr|en] <file.txt|.html|.pdf>`; see run-check.ts.
 */
import { runCheck } from './run-check';

// Piping into `head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

const crash = (error: unknown): never => {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`Paraphe : erreur interne (${reason}). Merci de signaler ce document.\n`);
  process.exit(4);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

runCheck(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
}, crash);
