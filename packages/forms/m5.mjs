import { build } from 'esbuild';
const r = await build({ entryPoints: ['../../examples/forms-vanilla/src/main.ts'], bundle: true, minify: true, format: 'esm', splitting: true, target: 'es2020', charset: 'utf8', conditions: ['@dvcq/source'], write: false, outdir: '/tmp/o5', logLevel: 'error', metafile: true });
console.log(r.outputFiles.find(f => f.path.endsWith('main.js')).text);
