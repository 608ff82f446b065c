// Turns off zod's compiled validators in the renderer. zod probes for eval with `new Function` before its first parse;
// the CSP refuses eval, so the probe could only fail, and under Trusted Types each failure reports a violation.
import { z } from 'zod';

z.config({ jitless: true });
