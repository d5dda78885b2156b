/**
 * What the content script answers the extension's messages: its status (the
 * host, whether marking is on, the vendors found) for the popup, and the
 * keyboard command's "next mention" and the popup's "show this vendor".
 */
import { onMessage } from '../shared/browser-api.ts';
import { parseMessage, type StatusReply } from '../shared/messages.ts';
import type { App } from './app.ts';

export function answerMessages(app: App, host: string): void {
  onMessage((raw: unknown): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'status':
        return Promise.resolve({ host, active: app.active, vendors: app.counts() } satisfies StatusReply);
      case 'next':
        app.next();
        return Promise.resolve(true);
      case 'reveal':
        return Promise.resolve(app.reveal(msg.id));
      default:
        return undefined;
    }
  });
}
