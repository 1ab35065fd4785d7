import type { IndexableArticle } from '../search/knowledge-index';
import { seededRandom } from '../../seeded/random';

export { seededRandom } from '../../seeded/random';

/*
 * A synthetic help-desk knowledge base of any size, half Chinese, half English,
 * for the bench and load tests: no real articles are needed to measure import
 * and query cost. Deterministic for a seed, so runs compare.
 */

const EN = (
  'account order refund payment card invoice delivery parcel courier address password login email phone subscription plan upgrade ' +
  'cancel return exchange warranty repair battery screen charger app update install error crash sync backup restore cloud storage ' +
  'coupon discount voucher gift points membership shipping tracking delay customs tax price bill charge fee bank transfer wallet ' +
  'verify identity security privacy notification settings language region store pickup size colour stock preorder damaged missing ' +
  'wrong item receipt statement limit balance overdue instalment interest contract renew expire activate deactivate delete profile'
).split(' ');
const EN_GLUE = 'how to do I can my the a for with when after before if not your we will please change get check find see'.split(' ');
const ZH = (
  '账户 订单 退款 付款 银行卡 发票 快递 包裹 物流 地址 密码 登录 邮箱 手机 会员 套餐 升级 取消 退货 换货 保修 维修 电池 屏幕 充电器 ' +
  '应用 更新 安装 报错 闪退 同步 备份 恢复 云盘 优惠券 折扣 礼品卡 积分 配送 运单 延迟 海关 税费 价格 账单 扣费 手续费 转账 钱包 ' +
  '实名 认证 安全 隐私 通知 设置 语言 门店 自提 尺码 颜色 库存 预售 破损 缺件 错发 收据 对账单 额度 余额 逾期 分期 利息 合同 续费 过期 激活 注销 花呗 借呗'
).split(' ');
const ZH_GLUE = '怎么 如何 我的 为什么 可以 需要 已经 还没 一下 能否 请问 多久 哪里 什么时候 不能'.split(' ');

const pick = <T>(rnd: () => number, xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;

/**
 * Real knowledge bases have a long tail of rare words (product names, feature
 * names, error codes): a few hundred common words alone would make every term
 * occur in half the articles and every query touch them all. So the common
 * words are followed by made-up rare words, drawn with Zipf-like frequency.
 */
function vocabulary(common: string[], zh: boolean, rare: number, rnd: () => number): string[] {
  const syllables = 'ka lo mi ne tra pix zen vo dra lu fen sor tek qui bel mar ost rin'.split(' ');
  const hanzi = '云星光盾极速智联享付宝卡券仓驿途鲸岚柚澜栈橙曜翎';
  const out = [...common];
  for (let i = 0; i < rare; i++) {
    out.push(zh ? pick(rnd, [...hanzi]) + pick(rnd, [...hanzi]) + pick(rnd, ZH) : pick(rnd, syllables) + pick(rnd, syllables) + (rnd() < 0.3 ? String(Math.floor(rnd() * 100)) : ''));
  }
  return out;
}

/** Index with P(rank r) ∝ 1/(r+1): common words often, the tail rarely. */
function zipf(rnd: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
}

function sentence(rnd: () => number, zh: boolean, words: number, vocab: { en: string[]; zh: string[] }): string {
  const out: string[] = [];
  const v = zh ? vocab.zh : vocab.en;
  for (let i = 0; i < words; i++) out.push(rnd() < 0.3 ? pick(rnd, zh ? ZH_GLUE : EN_GLUE) : v[zipf(rnd, v.length)]!);
  return zh ? out.join('') + '。' : out.join(' ') + '.';
}

export function generateArticles(n: number, seed = 1): IndexableArticle[] {
  const rnd = seededRandom(seed);
  const vocab = { en: vocabulary(EN, false, 4000, rnd), zh: vocabulary(ZH, true, 4000, rnd) };
  return Array.from({ length: n }, (_, i) => {
    const zh = i % 2 === 0;
    const sentences = 4 + Math.floor(rnd() * 8);
    return {
      id: `gen-${i}`,
      title: sentence(rnd, zh, 4 + Math.floor(rnd() * 5), vocab).slice(0, -1),
      body: Array.from({ length: sentences }, () => sentence(rnd, zh, 8 + Math.floor(rnd() * 10), vocab)).join(zh ? '' : ' '),
      tags: [pick(rnd, ['billing', 'shipping', 'account', 'technical', 'returns'])],
    };
  });
}

/** Queries in the customers' style: a few words of an article's title and body plus chatter. */
export function generateQueries(articles: IndexableArticle[], n: number, seed = 2): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const a = pick(rnd, articles);
    const zh = /\p{Script=Han}/u.test(a.title);
    const words = zh ? (`${a.title}${a.body}`.match(/\p{Script=Han}{2,3}/gu) ?? []) : `${a.title} ${a.body}`.toLowerCase().split(/\W+/).filter(Boolean);
    const chosen = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => (rnd() < 0.25 ? pick(rnd, zh ? ZH_GLUE : EN_GLUE) : pick(rnd, words)));
    return chosen.join(zh ? '' : ' ');
  });
}
