/** Plain JSON error answers for custom endpoints (401/403/404/409), in Payload's `errors[]` shape. */
export const errorResponse = (status: number, message: string, headers?: HeadersInit): Response =>
  Response.json({ errors: [{ message }] }, { headers, status })
