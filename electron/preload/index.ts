import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { DROP_CHANNEL, type RaaderumHost } from '../../shared/ipc/contract.ts';
import { createPreloadHost } from './host.ts';

const host = createPreloadHost(ipcRenderer) satisfies RaaderumHost;
contextBridge.exposeInMainWorld('raaderum', host);

// A file dropped anywhere the page did not claim it (a drop zone calls preventDefault) is opened by the
// host. The path goes straight to the main process and never reaches the page.
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
window.addEventListener('drop', (event) => {
  if (event.defaultPrevented) return;
  event.preventDefault();
  for (const file of Array.from(event.dataTransfer?.files ?? [])) {
    const path = webUtils.getPathForFile(file);
    if (path) void ipcRenderer.invoke(DROP_CHANNEL, path);
  }
});
