// A small fake of the electron module. It records what the main bundle asks of Electron, then probes the window's
// guards and IPC handlers the way a hostile page would, and writes a JSON report to $FAKE_ELECTRON_REPORT.
// FAKE_ELECTRON_LOCK=refused makes requestSingleInstanceLock() answer false, as when another Pathboard is running.
// FAKE_ELECTRON_PACKAGED=1 makes app.isPackaged true; FAKE_ELECTRON_DISPLAYS is a JSON array of work areas (the first
// is the primary display).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const lockRefused = process.env.FAKE_ELECTRON_LOCK === 'refused';
const displays = JSON.parse(process.env.FAKE_ELECTRON_DISPLAYS ?? '[{"x":0,"y":0,"width":1920,"height":1040}]');
let readyAsked = false;

const report = {
  handledChannels: [],
  windows: [],
  singleInstanceLockRequested: false,
  openedExternally: [],
  appEvents: [],
  permissionHandlersSet: 0,
  permissionCheckHandlersSet: 0,
  errors: [],
  /** Events the main process sent to a window: [channel, payload]. */
  sent: [],
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
  on(name, fn) {
    report.appEvents.push(name);
    appEvents.on(name, fn);
    return this;
  },
  once(name, fn) {
    return this.on(name, fn);
  },
  isPackaged: process.env.FAKE_ELECTRON_PACKAGED === '1',
  getVersion: () => JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version,
  whenReady: () => {
    readyAsked = true;
    return Promise.resolve();
  },
  requestSingleInstanceLock: () => {
    report.singleInstanceLockRequested = true;
    return !lockRefused;
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

// The main process sets themeSource when the learner picks a theme.
export const nativeTheme = { themeSource: 'system' };

export const shell = {
  openExternal: async (url) => {
    report.openedExternally.push(url);
  },
  showItemInFolder: (path) => {
    report.revealed = [...(report.revealed ?? []), path];
  },
};

let menuTemplate = [];
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    menuTemplate = menu.template;
    report.menu = menu.template.map((item) => ({
      label: item.label ?? item.role,
      items: (item.submenu ?? []).map((sub) => sub.label ?? sub.role ?? sub.type),
    }));
  },
};

export const dialog = {
  showErrorBox: (title, message) => report.errors.push(`${title}: ${message}`),
  showMessageBox: async (...args) => {
    const options = args.length > 1 ? args[1] : args[0];
    report.messageBoxes = [...(report.messageBoxes ?? []), { title: options.title, message: options.message, hasParent: args.length > 1 }];
    return { response: 0 };
  },
};

// The app:// handler the app installs is kept and probed with real and hostile requests.
const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => {
    report.privilegedSchemes = [...(report.privilegedSchemes ?? []), ...schemes];
    if (readyAsked) report.errors.push('registerSchemesAsPrivileged called after whenReady');
  },
  handle: (scheme, fn) => {
    if (!readyAsked) report.errors.push('protocol.handle called before whenReady');
    protocolHandlers.set(scheme, fn);
    report.handledSchemes = [...(report.handledSchemes ?? []), scheme];
  },
};

export const screen = {
  getAllDisplays: () => displays.map((workArea, id) => ({ id, workArea, bounds: workArea })),
  getPrimaryDisplay: () => ({ id: 0, workArea: displays[0], bounds: displays[0] }),
};

// Every permission handler the app installs, on any session, is kept and probed.
const permissionHandlers = [];
const permissionCheckHandlers = [];
function fakeSession() {
  return {
    setPermissionRequestHandler: (fn) => {
      report.permissionHandlersSet++;
      permissionHandlers.push(fn);
    },
    setPermissionCheckHandler: (fn) => {
      report.permissionCheckHandlersSet++;
      permissionCheckHandlers.push(fn);
    },
  };
}
export const session = { defaultSession: fakeSession() };

export class BrowserWindow {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  constructor(options) {
    const self = emitter();
    Object.assign(this, self);
    this.options = options;
    this.windowOpenHandler = null;
    this.minimized = false;
    this.maximized = false;
    this.calls = [];
    const contents = emitter();
    contents.session = fakeSession();
    contents.setWindowOpenHandler = (fn) => (this.windowOpenHandler = fn);
    contents.send = (channel, payload) => report.sent.push([channel, payload]);
    this.webContents = contents;
    BrowserWindow.all.push(this);
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }
  focus() {
    this.calls.push('focus');
  }
  maximize() {
    this.calls.push('maximize');
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    const { x, y, width, height } = this.options;
    return { x, y, width, height };
  }
  show() {
    this.calls.push('show');
  }
  async loadURL(url) {
    this.loadedUrl = url;
    // Let the composition root finish wiring before probing.
    setTimeout(() => probe(this).catch((e) => report.errors.push(String(e?.stack ?? e))).finally(finish), 10);
  }
}

function guard(win, event, url) {
  let prevented = false;
  win.webContents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented ? 'prevented' : 'allowed';
}

async function probe(win) {
  const app_ = new URL(win.loadedUrl);
  const sibling = new URL('other.html', app_).href;
  const w = { options: win.options, loadedUrl: win.loadedUrl, navigation: [], redirects: [], windowOpen: {}, permissions: {} };
  report.windows.push(w);
  // [url, what the app must do]: its own page may reload or change its hash; everything else stays out.
  const urls = [
    [win.loadedUrl, 'allowed'],
    [`${win.loadedUrl}#/board`, 'allowed'],
    ['https://evil.example/', 'prevented'],
    ['http://evil.example/', 'prevented'],
    ['file:///etc/passwd', 'prevented'],
    [sibling, 'prevented'],
    ['javascript:alert(1)', 'prevented'],
    ['data:text/html,<script>alert(1)</script>', 'prevented'],
    ['http://127.0.0.1:9/x', 'prevented'],
    ['http://localhost:5173/', 'prevented'],
    ['http://localhost:8080/index.html', 'prevented'],
    ['about:blank', 'prevented'],
    ['chrome://settings', 'prevented'],
    ['devtools://devtools/bundled/inspector.html', 'prevented'],
    ['not a url', 'prevented'],
  ];
  for (const [url, expected] of urls) {
    w.navigation.push({ url, expected, got: guard(win, 'will-navigate', url) });
    w.redirects.push({ url, expected, got: guard(win, 'will-redirect', url) });
  }
  let webviewPrevented = false;
  win.webContents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) }, { preload: '/evil.js' }, {
    src: 'https://evil.example/',
  });
  w.webviewAttach = webviewPrevented ? 'prevented' : 'allowed';

  for (const url of ['https://example.org/docs', 'http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org/', 'data:text/html,x']) {
    const answer = win.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' });
    w.windowOpen[url] = answer?.action ?? 'no handler';
  }
  const permissionNames = ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'pointerLock', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'display-capture', 'idle-detection', 'unknown'];
  for (const permission of permissionNames) {
    const answers = permissionHandlers.map((fn) => {
      let granted = 'no answer';
      fn(win.webContents, permission, (v) => (granted = v), { requestingUrl: 'https://evil.example/' });
      return granted;
    });
    w.permissions[permission] = answers;
  }
  w.permissionChecks = permissionNames.flatMap((p) => permissionCheckHandlers.map((fn) => fn(win.webContents, p, 'https://evil.example/', {})));

  win.emit('ready-to-show');
  w.shown = [...win.calls];
  await probeProtocol(w);
  await probeMenu();
  win.calls = [];

  // A second launch: Electron emits 'second-instance' in the first; a minimised window must come back and take focus.
  win.minimized = true;
  app.emit('second-instance', { preventDefault() {} }, ['pathboard'], process.cwd(), {});
  w.secondInstance = [...win.calls];

  const trusted = { sender: win.webContents, senderFrame: { url: win.loadedUrl } };
  const foreignFrame = { sender: win.webContents, senderFrame: { url: 'https://evil.example/' } };
  const foreignSender = { sender: {}, senderFrame: { url: win.loadedUrl } };
  const noFrame = { sender: win.webContents, senderFrame: null };
  const list = await handlers.get('roadmaps:list')?.(trusted, {});
  report.trustedCall = { ok: list?.ok, count: list?.data?.length };
  report.foreignFrameCall = await handlers.get('roadmaps:list')?.(foreignFrame, {});
  report.foreignSenderCall = await handlers.get('roadmaps:list')?.(foreignSender, {});
  report.foreignAnswers = {};
  for (const channel of handlers.keys()) {
    const answers = [];
    for (const event of [foreignFrame, foreignSender, noFrame]) {
      const answer = await handlers.get(channel)(event, {});
      answers.push(answer?.error?.code ?? 'answered');
    }
    report.foreignAnswers[channel] = answers;
  }
  report.badPayloadCall = await handlers.get('progress:setStatus')?.(trusted, { milestoneId: 42 });

  // Quitting: the first before-quit is held while queued writes finish, then the app quits by itself.
  const quitBefore = report.quit;
  const pending = handlers.get('progress:setStatus')?.(trusted, { milestoneId: 'docker', status: 'done' });
  let held = false;
  app.emit('before-quit', { preventDefault: () => (held = true) });
  await pending;
  await new Promise((done) => setTimeout(done, 50));
  report.beforeQuit = { held, quitAfterWrites: report.quit === true };
  report.quit = quitBefore;

  // Closing the window saves where it was.
  win.maximized = true;
  win.emit('close', { preventDefault() {} });
  const stateFile = join(process.env.FAKE_ELECTRON_USERDATA, 'window-state.json');
  w.savedState = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : null;
}

// Hostile and honest requests to the app:// handler: status, headers and whether a body leaked anything outside.
const HOSTILE = [
  'app://pathboard/../../etc/passwd',
  'app://pathboard/%2e%2e/%2e%2e/etc/passwd',
  'app://pathboard/..%2f..%2fetc%2fpasswd',
  'app://pathboard/..%252f..%252fetc%252fpasswd',
  'app://pathboard/..%5c..%5cpackage.json',
  'app://pathboard//etc/passwd',
  'app://pathboard/%2fetc%2fpasswd',
  'app://pathboard/C:/Windows/win.ini',
  'app://pathboard/../main/index.js',
  'app://pathboard/..%2fmain%2findex.js',
  'app://pathboard/../../package.json',
  'app://other-host/index.html',
  'file:///etc/passwd',
];

async function probeProtocol(w) {
  const handler = protocolHandlers.get('app');
  if (!handler) return;
  const fetchApp = async (url) => {
    const response = await handler(new Request(url));
    const body = await response.text();
    return { url, status: response.status, csp: response.headers.get('content-security-policy'), type: response.headers.get('content-type'), body };
  };
  const page = await fetchApp(w.loadedUrl);
  // Every script and stylesheet the page names must come through the same handler.
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], w.loadedUrl).href);
  const served = await Promise.all(assets.map(fetchApp));
  const hostile = await Promise.all(HOSTILE.map(fetchApp));
  report.protocol = {
    page: { status: page.status, csp: page.csp, type: page.type, hasRoot: page.body.includes('<div id="root">') },
    assets: served.map(({ url, status, type }) => ({ url, status, type })),
    hostile: hostile.map(({ url, status, body }) => ({ url, status, leaked: /root:|"name": "pathboard"|import\s|require\(/.test(body) })),
  };
}

async function probeMenu() {
  const items = menuTemplate.flatMap((menu) => menu.submenu ?? []);
  const click = (label) => items.find((item) => item.label === label)?.click?.();
  click('Open data folder');
  click('About Pathboard');
  click('Undo');
  click('Dark theme');
  await new Promise((done) => setTimeout(done, 0));
}

function finish() {
  report.windowsCreated = BrowserWindow.all.length;
  writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2));
  process.exit(0);
}

// With the lock refused no window ever loads, so nothing else would end the run: report once the bundle settles.
if (lockRefused) setTimeout(finish, 300);

export const contextBridge = {};
export const ipcRenderer = {};
export default { app, ipcMain, shell, dialog, session, BrowserWindow, Menu, protocol, screen, contextBridge, ipcRenderer };
