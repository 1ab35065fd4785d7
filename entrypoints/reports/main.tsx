import { mountReports } from '@/components/reports/mount';

mountReports(document.getElementById('root')!);
