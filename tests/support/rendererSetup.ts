// Renderer tests run side by side with the other Vitest projects on a 2-core machine: give findBy/waitFor room.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout, so no scrolling: the app's scrollIntoView calls become no-ops here.
const element = (globalThis as { Element?: { prototype: { scrollIntoView?: () => void } } }).Element;
if (element && !element.prototype.scrollIntoView) element.prototype.scrollIntoView = () => undefined;
