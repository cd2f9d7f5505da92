import type { FormValue } from '../definition/value';

/** Tùy chọn gửi — options of {@link postReport}. */
export interface PostReportOptions {
  /** Bearer token sent as `Authorization: Bearer …`. */
  token?: string;
  /** `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * Gửi báo cáo lên máy chủ — an `onSubmit` for {@link createFormState} /
 * `renderReportForm` that POSTs the submission as JSON to `url`. A response that is
 * not 2xx rejects with an error carrying it (`error.response`), so the form shows
 * "Gửi không thành công (mã …)" and keeps the draft; a network failure rejects as
 * `fetch` does.
 * @param url - where to POST (e.g. `/api/reports`)
 * @param options - token and fetch
 * @returns the submit function (resolves to the response)
 */
export function postReport(url: string, options: PostReportOptions = {}): (submission: FormValue) => Promise<Response> {
  return async (submission) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await (options.fetch ?? fetch)(url, { method: 'POST', headers, body: JSON.stringify(submission) });
    if (!response.ok) throw Object.assign(new Error(`forms.submit-failed: HTTP ${response.status}`), { response });
    return response;
  };
}
