/** The extension API global as seen from code evaluated inside extension contexts by the tests. */
interface TestStorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  get(key: string | null): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}
declare const chrome: {
  storage: { local: TestStorageArea; sync: TestStorageArea };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, msg: unknown, options?: { frameId?: number }): Promise<{ host?: string } | null>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};
