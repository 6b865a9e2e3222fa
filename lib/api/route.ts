import { unstable_rethrow } from "next/navigation";
import { apiError } from "./responses";

/**
 * The one error boundary of every route handler: an unexpected failure (database down, a bug) answers the
 * API's own 500 `{errorCode, error}` with its CORS headers, never Next's bare page or a stack trace. The
 * detail goes to the server log only.
 */
export function apiRoute<Context>(handler: (request: Request, context: Context) => Response | Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return apiError("INTERNAL_ERROR", "Something went wrong on our side: try again later", 500, { "cache-control": "no-store" });
    }
  };
}
