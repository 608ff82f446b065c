// Polls until `probe` gives something other than null (a file watcher acting, a debounced check ending), for up to 5 s.
export async function waitFor<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
