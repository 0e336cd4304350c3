// Every method of /api/* paths no other route serves – a JSON 404 in the error envelope instead of Next's HTML
// page. Answered with or without a session: nothing here reads it, nothing goes upstream.
import { HttpError } from '@/lib/server/errors';
import { errorResponse } from '@/lib/server/route';

function notFound(): Response {
  return errorResponse(new HttpError(404, 'not_found', 'This is not an operation of the console.'));
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
