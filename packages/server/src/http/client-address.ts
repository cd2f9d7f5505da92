/**
 * Tiêu đề địa chỉ máy khách — the header the Node adapter (`toNodeListener`, and the
 * Express and Fastify adapters built on it) sets to the socket's remote address,
 * after removing any value a client sent under that name.
 */
export const REMOTE_ADDRESS_HEADER = 'x-dvcq-remote-address';

/**
 * Địa chỉ máy khách — where a request came from, for the audit log and login rate
 * limiting: the address the adapter recorded. `X-Forwarded-For` is not read (a
 * client can send anything); behind a reverse proxy, have the proxy connect from
 * its own address and log clients there.
 * @param request - a request built by the adapter
 * @returns the address, or undefined when the request did not come through an adapter
 */
export function clientAddress(request: Request): string | undefined {
  const v = request.headers.get(REMOTE_ADDRESS_HEADER);
  return v === null || v === '' || v.length > 64 ? undefined : v;
}
