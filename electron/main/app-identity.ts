/**
 * The app's identity, shared with build/electron-builder.json (a test keeps them equal). On Windows the
 * AppUserModelID ties the running window, the taskbar and the `.raaderum` association to the installed app.
 */
export const APP_ID = 'dk.raaderum.desktop';
export const PRODUCT_NAME = 'Råderum';
