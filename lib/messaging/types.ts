export interface OutgoingSms {
  /** E.164 */
  to: string;
  text: string;
}

export interface SmsSender {
  readonly name: "dev" | "http";
  /** Resolves when the gateway accepted the message; rejects when it could not be sent. */
  send(message: OutgoingSms): Promise<void>;
}
