import { describe } from 'vitest';
import { createMemoryReportStore } from './memory';
import { openStore } from './open';
import { type ContractDatabase, reportContract, storeContract } from './testing/contract';
import { mustOpen, setupTestDatabases } from './testing/databases';

const dbs = setupTestDatabases();

describe('memory report store', () => {
  reportContract(async () => createMemoryReportStore());
});

describe.each(dbs.names)('%s store', (name) => {
  storeContract((): ContractDatabase => {
    const kind = dbs.get(name);
    return {
      freshUrl: () => kind.freshUrl(),
      open: mustOpen,
      raw: (url, sql) => kind.raw(url, sql),
      async tryOpen(url) {
        const r = await openStore(url);
        if (r.ok) return { ok: true, store: r.value };
        const i = r.issues[0]!;
        return { ok: false, code: i.code, vi: i.text.vi, en: i.text.en };
      },
    };
  });
});
