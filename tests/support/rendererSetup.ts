// Renderer tests run side by side with the other Vitest projects on a 2-core machine: give findBy/waitFor room.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
