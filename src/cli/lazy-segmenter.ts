// Intl.Segmenter made on first use, for the command line's start-up: the text-width
// modules under yargs each construct one when they load, which loads ICU's break rules
// (20 to 30 ms), though only the help text measures any text. The stand-in takes the same
// arguments and has the same methods; the real segmenter is constructed by its first call.

type SegmenterArguments = ConstructorParameters<typeof Intl.Segmenter>;

let installed = false;

/** Replaces Intl.Segmenter, once, by a class whose instances construct the real one when first used. */
export function lazySegmenter(): void {
  if (installed || typeof Intl.Segmenter !== 'function') return;
  installed = true;
  const Real = Intl.Segmenter;
  const real = new WeakMap<object, Intl.Segmenter>();
  const given = new WeakMap<object, SegmenterArguments>();
  const of = (segmenter: object): Intl.Segmenter => {
    let made = real.get(segmenter);
    if (!made) {
      // An invalid locale or option throws here, at first use, instead of at construction.
      made = new Real(...(given.get(segmenter) ?? []));
      real.set(segmenter, made);
    }
    return made;
  };
  class Segmenter {
    constructor(...args: SegmenterArguments) {
      given.set(this, args);
    }

    segment(input: string): Intl.Segments {
      return of(this).segment(input);
    }

    resolvedOptions(): Intl.ResolvedSegmenterOptions {
      return of(this).resolvedOptions();
    }

    static supportedLocalesOf(...args: Parameters<typeof Intl.Segmenter.supportedLocalesOf>): string[] {
      return Real.supportedLocalesOf(...args);
    }
  }
  Object.defineProperty(Intl, 'Segmenter', { value: Segmenter, writable: true, configurable: true, enumerable: false });
}
