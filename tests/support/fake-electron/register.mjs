// Node --import hook: resolves the specifier "electron" to the fake in this folder, so the real main bundle runs under plain Node.
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
