import { useI18n } from '@/lib/i18n';
import type { ClassifyState } from '@/lib/content/features/classify/state';

const Y = { positive: 6, neutral: 20, negative: 34 } as const;
const COLOR = { positive: '#038153', neutral: '#87929d', negative: '#cc3340' } as const;

/**
 * The customer's mood message by message. A few dozen points of SVG: a chart
 * library would add hundreds of kilobytes to a content script injected into
 * every console tab, for a sparkline.
 */
export function MoodTrend({ points }: { points: ClassifyState['trend'] }) {
  const { t } = useI18n();
  const known = points.filter((p) => p.sentiment);
  if (points.length === 0) return <p className="dm-empty">{t('classify.trend.empty')}</p>;
  const width = 300;
  const step = known.length > 1 ? (width - 12) / (known.length - 1) : 0;
  const xy = known.map((p, i) => [6 + i * step, Y[p.sentiment!]] as const);
  const label = known.map((p) => t(`classify.sentiment.${p.sentiment!}`)).join(', ');
  return (
    <figure className="dm-trend" data-testid="dm-trend">
      <figcaption>{t('classify.trend')}</figcaption>
      <svg viewBox={`0 0 ${width} 40`} width="100%" height="40" role="img" aria-label={`${t('classify.trend')}: ${label}`}>
        <line x1="0" x2={width} y1={Y.neutral} y2={Y.neutral} stroke="#e9ebed" strokeDasharray="3 3" />
        {xy.length > 1 && <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke="#68737d" strokeWidth="1.5" />}
        {known.map((p, i) => (
          <circle key={p.id} cx={xy[i]![0]} cy={xy[i]![1]} r="3.5" fill={COLOR[p.sentiment!]} data-sentiment={p.sentiment}>
            <title>{t(`classify.sentiment.${p.sentiment!}`)}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
