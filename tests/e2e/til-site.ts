/** The TIL fixture wiki (tests/fixtures/til-site): daily logs, ISO week boundaries, tags, issues. */
export const TIL_SITE = `http://127.0.0.1:${process.env.LABBOOK_E2E_TIL_PORT ?? 4398}`;
