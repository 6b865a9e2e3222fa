import type { SmsSender } from "./types";

export interface HttpSenderConfig {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** JSON template; {{to}} and {{text}} are replaced by JSON-escaped values. */
  bodyTemplate: string;
  timeoutMs: number;
  retries: number;
}

export class SmsGatewayError extends Error {}

/** Fills the template; values are escaped for a JSON string so a message cannot break the body. */
export function renderBody(template: string, values: { to: string; text: string }): string {
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  return template.replaceAll("{{to}}", escape(values.to)).replaceAll("{{text}}", escape(values.text));
}

const retryable = (status: number) => status === 429 || status >= 500;

/**
 * Any HTTP SMS gateway. Retries network errors, 429 and 5xx with a short backoff; a 4xx is final.
 * Failures are logged with the masked number and the status — never the message, which holds the code.
 */
export function httpSender(config: HttpSenderConfig, log: (line: string) => void = console.error): SmsSender {
  return {
    name: "http",
    async send(message) {
      const masked = `${message.to.slice(0, 3)}…${message.to.slice(-2)}`;
      for (let attempt = 1; attempt <= config.retries + 1; attempt++) {
        let problem: string;
        try {
          const response = await fetch(config.url, {
            method: config.method,
            headers: { "content-type": "application/json", ...config.headers },
            body: renderBody(config.bodyTemplate, message),
            signal: AbortSignal.timeout(config.timeoutMs),
          });
          if (response.ok) return;
          problem = `HTTP ${response.status}`;
          if (!retryable(response.status)) {
            log(`[sms:http] to ${masked} failed: ${problem} (not retried)`);
            throw new SmsGatewayError(problem);
          }
        } catch (error) {
          if (error instanceof SmsGatewayError) throw error;
          problem = (error as Error).name === "TimeoutError" ? "timeout" : "network error";
        }
        log(`[sms:http] to ${masked} failed: ${problem} (attempt ${attempt} of ${config.retries + 1})`);
        if (attempt <= config.retries) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
      throw new SmsGatewayError("SMS gateway unavailable");
    },
  };
}
