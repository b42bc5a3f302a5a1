/**
 * Keeps tabs on the same plan in step: after a tab saves, it tells the others, which load the new
 * plan (with a notice) instead of later overwriting it with an older one. BroadcastChannel only
 * reaches tabs of the same origin on this device; nothing leaves the browser.
 */
export function createTabSync(onRemotePlan: (text: string) => void) {
  const tabId = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('changemap') : undefined;
  channel?.addEventListener('message', (event: MessageEvent<{ tabId: string; text: string }>) => {
    if (event.data?.tabId !== tabId && typeof event.data?.text === 'string') onRemotePlan(event.data.text);
  });
  return {
    announce(text: string) {
      channel?.postMessage({ tabId, text });
    },
    close() {
      channel?.close();
    },
  };
}
