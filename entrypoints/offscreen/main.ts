import { startOffscreen } from '@/lib/offscreen';

startOffscreen();
