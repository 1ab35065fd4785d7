/**
 * Keyword rules for the ticket category, shipped as data so managers can edit
 * them. The customer's main problem is the one first stated: the first
 * customer message with any keyword decides, by count, ties going to the
 * rule listed first (complaints before the logistics words they mention).
 */
import type { CategoryRule } from './rules';

export const DEFAULT_CATEGORY_RULES: CategoryRule[] = [
  {
    category: 'complaint',
    keywords: [
      '态度', '投诉', '服务太差', '服务差', '不理人', '没人理', '挂我电话', '骂人', '虚假宣传', '虚假广告', '货不对板', '吃出', '异物', '头发', '馊', '变质', '拉肚子', '食物中毒', '发霉', '起火', '冒烟', '爆炸', '鼓包', '漏电', '又坏了', '修了好几次', '一直修不好', '欺骗消费者', '会不会干活', '服务态度', '敷衍', '不作为', '垃圾', '破产品', '什么破', '过敏', '起疹子', '医院', '受伤', '烫伤', '中毒', '差点吞',
      'rude', 'attitude', 'complain', 'unprofessional', 'false advertising', 'misleading', 'hung up', 'useless', 'worst service', 'terrible service', 'food poisoning', 'hair in', 'spoiled', 'undercooked', 'moldy', 'caught fire', 'smoke', 'exploded', 'sparks', 'keeps breaking', 'broke again', 'nobody fixes', 'your support is', 'your staff', 'your agent', 'ridiculous', 'same problem', 'same issue', 'has broken down', 'broke down again', 'hospital', 'allergic',
    ],
  },
  {
    category: 'payment_billing',
    keywords: [
      '扣款', '扣了', '扣费', '多扣', '扣钱', '付款', '支付', '发票', '开票', '抬头', '账单', '收费', '话费', '优惠券', '优惠码', '价格', '差价', '付不了', '余额', '重复扣', '自动续费', '月租', '盗刷', '信用卡', '银行卡', '专票', '普票', '增值税', '分期',
      'charged', 'charges', 'charge me', 'billing', 'billed', 'my card', 'used my card', "didn't make", 'bill', 'invoice', 'payment', 'pay ', 'paid', 'receipt', 'vat', 'price', 'overcharg', 'promo', 'coupon', 'discount', 'fee', 'auto-renew', 'renewal',
    ],
  },
  {
    category: 'refund_return',
    keywords: ['退款', '退货', '退钱', '寄回', '换货', '退换', '仅退款', '七天无理由', '没到账', '换大', '换小', '换一个', 'refund', 'return', 'send it back', 'sent it back', 'money back', 'exchange', 'rma', 'damaged'],
  },
  {
    category: 'account_access',
    keywords: ['登录', '登陆', '登不上', '密码', '账号', '账户', '被盗', '冻结', '封号', '注销', '解绑', '实名', '换绑', '绑定', '积分', '会员', 'log in', 'login', 'sign in', 'password', 'account', 'locked out', '2fa', 'two-factor', "can't access", 'cannot access', 'hacked', 'username'],
  },
  {
    category: 'order_change',
    keywords: ['改地址', '修改地址', '收货地址', '改一下', '修改订单', '取消订单', '换个颜色', '换尺码', '改时间', '改日期', '改成', '拦截', '安装时间', '改到', '预约时间', 'change the address', 'delivery address', 'shipping address', 'cancel my subscription', 'cancel my order', 'change my order', 'cancel', 'modify', 'change the date', 'reschedule', 'change the size', 'update the address', 'add an item', 'combine'],
  },
  {
    category: 'technical_issue',
    keywords: ['报错', '错误', '闪退', '崩溃', '死机', '打不开', '开不了机', '开机', '连不上', '蓝牙', '卡顿', '黑屏', '不工作', '坏了', '故障', '不能用', '用不了', '失灵', '漏水', '充不进电', '不充电', '不制冷', '不加热', '没反应', '异响', '噪音', '断网', '宽带', '网络', '没信号', 'bug', 'crash', 'error', 'not working', "doesn't work", "won't turn on", "won't let me", 'the app', 'stopped working', 'leak', 'noise', 'grinding', 'overheat', 'freez', 'glitch', "won't connect", "can't connect", 'bluetooth', 'wifi', 'firmware', 'broken'],
  },
  {
    category: 'logistics',
    keywords: ['快递', '物流', '发货', '没收到', '还没到', '签收', '配送', '派送', '运单', '快递单', '到哪了', '到哪里了', '查下订单', '查一下订单', '到货', '送货', '包裹', '丢件', '运输', '揽收', '驿站', '外卖', '海关', '清关', 'customs', 'package', 'parcel', 'delivery', 'delivered', 'shipping', 'shipped', 'tracking', 'courier', 'arrive', "hasn't moved", 'in transit', 'carrier', 'where is my order', 'not received', 'lost in', 'replacement', 'returned to sender'],
  },
  {
    category: 'product_question',
    keywords: ['是否', '支持', '能不能', '可不可以', '尺码', '尺寸', '参数', '型号', '配置', '兼容', '适合', '材质', '保修', '有货', '现货', '多少瓦', '怎么用', '如何使用', 'does it', 'does the', 'do you have', 'is it', 'compatible', 'fit', 'size', 'spec', 'material', 'warranty', 'in stock', 'waterproof', 'how do i use', 'which model', 'is the', 'does this', 'can it', 'will it', 'how many', 'what size', 'come with', 'come in', 'dishwasher', 'units', 'bulk', 'wholesale', 'quote for'],
  },
  {
    category: 'other',
    keywords: ['表扬', '点赞', '好评', '非常满意', '服务很好', '太棒了', '感谢你们', 'say thanks', 'wanted to thank', 'great job', 'super helpful', 'very helpful', 'compliment', 'kudos', 'shout-out', 'appreciate', '冒充', '诈骗', '骗子'],
  },
];

export interface CompiledCategoryRule {
  category: string;
  /** Lowercased keywords; `wordStart` for ASCII ones ("app" must not match "happy"). */
  keywords: Array<{ text: string; wordStart: boolean }>;
}

export function compileCategoryRules(rules: readonly CategoryRule[]): CompiledCategoryRule[] {
  return rules
    .filter((r) => r.keywords.length > 0)
    .map((r) => ({
      category: r.category,
      keywords: r.keywords.map((k) => ({ text: k.toLowerCase(), wordStart: /^[\x20-\x7e]+$/.test(k) })),
    }));
}

const isLetter = (ch: string | undefined) => ch !== undefined && ch >= 'a' && ch <= 'z';

/**
 * Keyword hits per category in one message, in rule order. Plain indexOf per
 * keyword: several times faster than one big alternation regex per category,
 * and this runs on every message. Each keyword counts once per occurrence, so
 * a specific phrase ("cancel my order") also counts its general word ("cancel").
 */
export function categoryHits(text: string, rules: readonly CompiledCategoryRule[]): Array<{ category: string; count: number; start: number; end: number }> {
  const lower = text.toLowerCase();
  const out = [];
  for (const r of rules) {
    let count = 0;
    let start = -1;
    let end = -1;
    for (const k of r.keywords) {
      for (let at = lower.indexOf(k.text); at >= 0; at = lower.indexOf(k.text, at + k.text.length)) {
        if (k.wordStart && isLetter(lower[at - 1])) continue;
        if (count++ === 0 || at < start) [start, end] = [at, at + k.text.length];
      }
    }
    if (count) out.push({ category: r.category, count, start, end });
  }
  return out;
}
