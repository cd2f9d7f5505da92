// zod (used by @dvcq/report and @dvcq/core) probes `new Function("")` once to decide
// on its JIT; under a CSP without 'unsafe-eval' the browser reports that probe as a
// violation even though zod catches it. `jitless` skips the probe. It is zod's
// page-wide setting, so the page sets it (first import of the page), not the library.
import { config } from 'zod';

config({ jitless: true });
