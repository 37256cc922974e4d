/**
 * A one-line progress bar for `referral-lint audit` on a terminal: share of
 * the file read, narratives per second and the time left. Shows counts
 * only, never text.
 */

/** Draws the bar at most every `interval` milliseconds. */
export class Progress {
  private last = 0
  private shown = false
  private readonly started = Date.now()

  /**
   * @param write - Writes to the terminal (stderr).
   * @param total - File size in bytes.
   * @param interval - Milliseconds between redraws.
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly interval = 150,
  ) {}

  /** Redraw if due. */
  update(bytes: number, done: number, bad: number, force = false): void {
    const now = Date.now()
    if (!force && now - this.last < this.interval) return
    this.last = now
    this.shown = true
    const seconds = Math.max(0.001, (now - this.started) / 1000)
    const fraction = this.total > 0 ? Math.min(1, bytes / this.total) : 1
    const width = 28
    const filled = Math.round(fraction * width)
    const rate = done / seconds
    const eta = fraction > 0 && fraction < 1 ? (seconds * (1 - fraction)) / fraction : 0
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
    const badText = bad > 0 ? ` · ${bad.toLocaleString('en-GB')} bad` : ''
    this.write(
      `\r\u001B[2K${bar} ${(fraction * 100).toFixed(0).padStart(3)}% · ${done.toLocaleString('en-GB')} narratives${badText} · ${Math.round(rate).toLocaleString('en-GB')}/s · ETA ${clock(eta)}`,
    )
  }

  /** Clear the bar. */
  done(): void {
    if (this.shown) this.write('\r\u001B[2K')
  }
}

/** `m:ss` or `h:mm:ss`. */
export function clock(seconds: number): string {
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
