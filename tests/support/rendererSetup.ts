// Renderer tests run side by side with the other Vitest projects on a 2-core machine: give findBy/waitFor room.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout, so no scrolling: the app's scrollIntoView calls become no-ops here.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
