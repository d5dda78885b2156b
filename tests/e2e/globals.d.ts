/** The extension API global as seen from code evaluated inside extension contexts by the tests. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, msg: unknown, options?: { frameId?: number }): Promise<{ host?: string } | null>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
