/** Chart palette: the console's teal and blue, with red kept for negative figures so it reads as a warning. */
export const COLORS = {
  primary: '#1f73b7',
  calm: '#228f67',
  mixed: '#e6a23c',
  negative: '#cc3340',
  abusive: '#6b2c91',
  muted: '#b0b8be',
  series: ['#1f73b7', '#228f67', '#e6a23c', '#cc3340', '#6b2c91', '#03363d', '#5293c7', '#ad5918', '#b0b8be'],
} as const;
