/**
 * Registers the service worker that keeps the app and its data for offline use (built by
 * vite-plugin-pwa with Workbox) and reports what the user needs to know: ready to work offline,
 * or a newer build waiting to be loaded.
 */
import { registerSW } from 'virtual:pwa-register';

export type OfflineStatus = {
  /** every file of the app and its data is cached: the next visit works without a network */
  offlineReady: boolean;
  /** a newer build is installed and waits for the user's word to take over */
  updateWaiting: boolean;
};

export function registerOffline(onChange: (status: OfflineStatus) => void): { update: () => Promise<void> } {
  const status: OfflineStatus = { offlineReady: false, updateWaiting: false };
  const update = registerSW({
    immediate: true,
    onOfflineReady() {
      status.offlineReady = true;
      onChange({ ...status });
    },
    onNeedRefresh() {
      status.updateWaiting = true;
      onChange({ ...status });
    },
    onRegisteredSW(_url, registration) {
      // An already-controlled page was cached on an earlier visit.
      if (registration?.active && navigator.serviceWorker.controller) {
        status.offlineReady = true;
        onChange({ ...status });
      }
    },
  });
  return { update: () => update(true) };
}
