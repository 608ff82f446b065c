// A small fake of the electron module. It records what the main bundle asks of Electron, then probes the window's
// guards and IPC handlers the way a hostile page would, and writes a JSON report to $FAKE_ELECTRON_REPORT.
import { writeFileSync } from 'node:fs';

const report = {
  handledChannels: [],
  windows: [],
  singleInstanceLockRequested: false,
  openedExternally: [],
  errors: [],
};
const handlers = new Map();

function emitter() {
  const events = new Map();
  return {
    on(name, fn) {
      events.set(name, [...(events.get(name) ?? []), fn]);
      return this;
    },
    once(name, fn) {
      return this.on(name, fn);
    },
    emit(name, ...args) {
      for (const fn of events.get(name) ?? []) fn(...args);
    },
    has(name) {
      return (events.get(name) ?? []).length > 0;
    },
  };
}

const appEvents = emitter();
export const app = {
  ...appEvents,
  on: appEvents.on.bind(appEvents),
  once: appEvents.once.bind(appEvents),
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => {
    report.singleInstanceLockRequested = true;
    return true;
  },
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`fake electron: getPath(${name}) not expected`);
    return process.env.FAKE_ELECTRON_USERDATA;
  },
  getAppPath: () => process.cwd(),
  setPath: (name, value) => {
    report.setPaths = { ...(report.setPaths ?? {}), [name]: value };
  },
  quit: () => {
    report.quit = true;
  },
};

export const ipcMain = {
  handle(channel, fn) {
    if (handlers.has(channel)) report.errors.push(`channel ${channel} registered twice`);
    handlers.set(channel, fn);
    report.handledChannels.push(channel);
  },
};

export const shell = {
  openExternal: async (url) => {
    report.openedExternally.push(url);
  },
};

export const dialog = {
  showErrorBox: (title, message) => report.errors.push(`${title}: ${message}`),
};

export class BrowserWindow {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  constructor(options) {
    const self = emitter();
    Object.assign(this, self);
    this.options = options;
    this.permissionHandler = null;
    this.permissionCheckHandler = null;
    this.windowOpenHandler = null;
    const contents = emitter();
    contents.session = {
      setPermissionRequestHandler: (fn) => (this.permissionHandler = fn),
      setPermissionCheckHandler: (fn) => (this.permissionCheckHandler = fn),
    };
    contents.setWindowOpenHandler = (fn) => (this.windowOpenHandler = fn);
    this.webContents = contents;
    BrowserWindow.all.push(this);
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  async loadURL(url) {
    this.loadedUrl = url;
    // Let the composition root finish wiring before probing.
    setTimeout(() => probe(this).catch((e) => report.errors.push(String(e?.stack ?? e))).finally(finish), 10);
  }
}

async function probe(win) {
  const w = { options: win.options, loadedUrl: win.loadedUrl, navigation: {}, windowOpen: {}, permissions: {} };
  report.windows.push(w);
  for (const url of [win.loadedUrl, 'https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:9/x']) {
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    w.navigation[url] = prevented ? 'prevented' : 'allowed';
  }
  for (const url of ['https://example.org/docs', 'http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)']) {
    const answer = win.windowOpenHandler?.({ url });
    w.windowOpen[url] = answer?.action ?? 'no handler';
  }
  for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
    let granted = 'no answer';
    win.permissionHandler?.(win.webContents, permission, (v) => (granted = v));
    w.permissions[permission] = granted;
  }
  w.permissionCheck = win.permissionCheckHandler?.(win.webContents, 'media') ?? 'no handler';

  const trusted = { sender: win.webContents, senderFrame: { url: win.loadedUrl } };
  const foreignFrame = { sender: win.webContents, senderFrame: { url: 'https://evil.example/' } };
  const foreignSender = { sender: {}, senderFrame: { url: win.loadedUrl } };
  const list = await handlers.get('roadmaps:list')?.(trusted, {});
  report.trustedCall = { ok: list?.ok, count: list?.data?.length };
  report.foreignFrameCall = await handlers.get('roadmaps:list')?.(foreignFrame, {});
  report.foreignSenderCall = await handlers.get('roadmaps:list')?.(foreignSender, {});
  report.foreignAnswers = {};
  for (const channel of handlers.keys()) {
    const answer = await handlers.get(channel)(foreignFrame, {});
    report.foreignAnswers[channel] = answer?.error?.code ?? 'answered';
  }
  report.badPayloadCall = await handlers.get('progress:setStatus')?.(trusted, { milestoneId: 42 });
}

function finish() {
  writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2));
  process.exit(0);
}

export const contextBridge = {};
export const ipcRenderer = {};
export default { app, ipcMain, shell, dialog, BrowserWindow, contextBridge, ipcRenderer };
