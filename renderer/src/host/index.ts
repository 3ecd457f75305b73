import type { RaaderumHost } from '../../../shared/ipc/index.ts';
import { createWebHost } from './web-host.ts';

declare global {
  interface Window {
    raaderum?: RaaderumHost;
  }
}

/** The Electron preload's host when present, else the browser's. Chosen once at start-up. */
export function chooseHost(): RaaderumHost {
  return window.raaderum ?? createWebHost();
}
