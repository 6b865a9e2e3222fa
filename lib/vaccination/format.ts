/** "14:05:09" → "14:05", as slot times are shown. */
export function clockTime(time: string): string {
  return time.slice(0, 5);
}
