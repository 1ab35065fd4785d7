import { mountOptions } from '@/components/options/mount';

mountOptions(document.getElementById('root')!);
