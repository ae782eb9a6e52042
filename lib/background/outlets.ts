/** The outlet lookup for the background, loaded once per dataset. */
import type { Outlet } from '../dataset/types';
import { outletLookup, resolveOutlet, type OutletLookup, type ResolvedOutlet } from '../scan/outlet';
import type { OutletHintsPayload } from '../scan/types';

/** Keeps the outlet lookup in memory, loaded once per dataset version. */
export class OutletDirectory {
  private lookup: Promise<OutletLookup> | null = null;

  constructor(private readonly load: () => Promise<Outlet[]>) {}

  /** The lookup tables, loading them on first use. */
  get(): Promise<OutletLookup> {
    if (!this.lookup) {
      const loading = this.load().then(outletLookup);
      loading.catch(() => {
        if (this.lookup === loading) this.lookup = null;
      });
      this.lookup = loading;
    }
    return this.lookup;
  }

  /** The outlet a page belongs to. */
  async resolve(hints: OutletHintsPayload): Promise<ResolvedOutlet | null> {
    return resolveOutlet(await this.get(), hints);
  }

  /** Forgets the tables after the dataset changed. */
  invalidate(): void {
    this.lookup = null;
  }
}
