import type { CSSProperties } from 'react';

import type { SliderBand } from './to-slider-bands';

/**
 * The stretch of a slider's track where the current #1 stays #1, drawn under the thumb (the
 * slider's description says it in words). data-low / data-high: its ends in slider units;
 * data-busy: a newer interval is being computed and this one is the last known.
 */
export function StabilityBand({ band, busy }: { band: SliderBand; busy: boolean }) {
  const style = { '--band-start': band.start, '--band-end': band.end } as CSSProperties;
  return (
    <span
      className="weight-band"
      aria-hidden="true"
      data-low={band.low}
      data-high={band.high}
      data-busy={busy}
      style={style}
    />
  );
}
