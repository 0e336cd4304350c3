// Every method of /api/* paths no other route serves – a JSON 404 in the error envelope instead of Next's HTML
// page. Answered with or without a session: nothing here reads it, nothing goes upstream.
import { ApiError, envelope } from '@/lib/server/errors';
import { json } from '@/lib/server/route';

function notFound(): Response {
  return json(envelope(new ApiError(404, 'not_found', 'This is not an operation of the console.')), 404);
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
