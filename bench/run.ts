// `npm run bench` builds the app, then runs every section in order; `npm run bench -- import`
// (or any list of section names) runs only those. Each section prints its own figures; a missed
// target is reported, not an error, but for the first load's size: over budget fails the run.
import { agreementBench } from './agreement-bench';
import { backupBench } from './backup-bench';
import { corpusBench } from './corpus-bench';
import { importBench } from './import-bench';
import { labelingBench } from './labeling-bench';
import { packetsBench } from './packets-bench';
import { sizeBench } from './size-bench';
import { syncBench } from './sync-bench';

const SECTIONS: Record<string, () => Promise<unknown>> = {
  size: sizeBench,
  agreement: agreementBench,
  corpus: corpusBench,
  import: importBench,
  labeling: labelingBench,
  backup: backupBench,
  packets: packetsBench,
  sync: syncBench,
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length) {
    console.error(`bench: unknown section(s) ${unknown.join(', ')}; sections are: ${Object.keys(SECTIONS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const names = Object.keys(SECTIONS).filter((name) => asked.length === 0 || asked.includes(name));
  for (const name of names) {
    const start = performance.now();
    process.stderr.write(`\n== bench: ${name} ==\n`);
    await SECTIONS[name]!();
    process.stderr.write(`== bench: ${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s ==\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
