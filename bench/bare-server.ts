/**
 * The machine's limit for the public API's bytes: a bare Node HTTP server that sends one fixed body (a median
 * district calendar, read from BODY_FILE) with the same headers, and does nothing else.
 *   PORT=… BODY_FILE=… node --import tsx bench/bare-server.ts
 */
import fs from "node:fs";
import http from "node:http";

const body = fs.readFileSync(process.env.BODY_FILE!);
const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache", "access-control-allow-origin": "*", "content-length": String(body.length) };

http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.error(`bare server: ${body.length} bytes on ${process.env.PORT}`));
