/**
 * Keyword rules for the ticket category, shipped as data so managers can edit
 * them. The customer's main problem is the one first stated: the first
 * customer message with any keyword decides, by count, ties going to the
 * rule listed first (complaints before the logistics words they mention).
 */
import type { CategoryRule } from './rules';

export const DEFAULT_CATEGORY_RULES: CategoryRule[] = [
  {
    // Complaints are about how the customer was treated, what was promised, food
    // safety or a service that keeps failing; an angry word about a product
    // (垃圾 App, "useless") is a tone, not a complaint, and is not listed.
    category: 'complaint',
    keywords: [
      '态度', '投诉', '服务太差', '服务差', '不理人', '没人理', '挂我电话', '骂人', '虚假宣传', '虚假广告', '货不对板', '吃出', '异物', '头发', '馊', '变质', '拉肚子', '食物中毒', '发霉', '虫子', '又坏了', '修了好几次', '一直修不好', '欺骗消费者', '会不会干活', '服务态度', '敷衍', '不作为', '差点吞', '扔在', '起火', '冒烟', '爆炸', '鼓包', '漏电', '过敏', '起疹子', '医院', '受伤', '烫伤', '中毒', '玻璃渣', '乱收', '强制', '捆绑', '诱导', '歧视',
      'rude', 'attitude', 'complain', 'complaint', 'unprofessional', 'false advertising', 'misleading', 'hung up', 'worst service', 'terrible service', 'food poisoning', 'hair in', 'spoiled', 'undercooked', 'raw in the middle', 'moldy', 'mouldy', 'keeps breaking', 'broke again', 'nobody fixes', 'your staff', 'staff member', 'your agent', 'the driver was', 'was treated', 'treated me', 'humiliat', 'discriminat', 'bait and switch', 'same problem', 'same issue', 'broke down again', 'caught fire', 'smoke', 'exploded', 'sparks', 'hospital', 'allergic', 'glass in', 'injur',
    ],
  },
  {
    category: 'payment_billing',
    keywords: [
      '扣款', '扣了', '扣费', '多扣', '扣钱', '付款', '支付', '发票', '开票', '抬头', '账单', '收费', '话费', '优惠券', '优惠码', '差价', '付不了', '重复扣', '自动续费', '月租', '盗刷', '信用卡', '专票', '普票', '增值税', '分期', '年费', '手续费', '利息', '滞纳金', '欠费', '还款', '转账', '汇款', '交易', '消费记录', '代扣', '续费', '充值',
      'charged', 'charges', 'charge me', 'charge on', 'billing', 'billed', 'my card', 'used my card', "didn't make", 'bill', 'invoice', 'payment', 'pay ', 'paid', 'receipt', 'vat', 'overcharg', 'promo', 'coupon', 'discount code', 'fee', 'auto-renew', 'renewal', 'transaction', 'transfer', 'direct debit', 'statement', 'interest rate', 'interest charge', 'declined', 'withdraw', 'top up', 'top-up', 'exchange rate', 'credit card', 'debit card', 'apple pay', 'paypal',
    ],
  },
  {
    category: 'account_access',
    keywords: ['登录', '登陆', '账号', '账户', '注销', '积分', '会员', '登不上', '登不进', '密码', '被盗', '冻结', '封号', '解绑', '实名', '换绑', '验证码收不到', '收不到验证码', '锁定', '找回账号', '盗号', 'log in', 'login', 'log into', 'sign in', 'password', 'locked out', 'locked', '2fa', 'two-factor', 'mfa', 'sso', "can't access", 'cannot access', 'hacked', 'username', 'reset link', 'verification code', 'authenticator', 'account access', 'account', 'delete my data'],
  },
  {
    category: 'technical_issue',
    keywords: ['报错', '错误', '闪退', '崩溃', '死机', '打不开', '卡顿', '黑屏', '白屏', '不能用', '用不了', '加载不出', '转圈', '失灵', '没反应', '断网', '宽带', '网络', '没信号', '信号', '网速', '上不了网', '连不上', 'wifi', '蓝牙', '系统', '同步', '接口', '升级后', '更新后', 'bug',
      'crash', 'error', 'not working', "doesn't work", "won't let me", 'the app', 'app ', 'website', 'web site', 'site is', 'page', 'glitch', "won't connect", "can't connect", 'bluetooth', 'wifi', 'firmware', 'freez', 'api', 'endpoint', 'integration', 'webhook', 'sync', 'outage', 'is down', 'downtime', 'http', 'server error', 'forbidden', 'status code', 'timeout', 'timed out', 'no signal', 'no service', 'broadband', 'internet', 'slow speed', 'dropped calls', 'wiped', 'lost my files', 'files deleted', 'update broke', 'loading'],
  },
  {
    // Damaged, defective, missing or wrong items are refunds and returns even
    // when the parcel is what brought them (see CATEGORY_PRECEDENCE).
    category: 'refund_return',
    keywords: [
      '退款', '退货', '退钱', '寄回', '换货', '退换', '仅退款', '七天无理由', '没到账', '换大', '换小', '换一个', '退票', '退订', '坏了', '破损', '损坏', '摔坏', '压坏', '碎了', '裂了', '裂开', '划痕', '少发', '漏发', '缺件', '少了', '发错', '错发', '质量问题', '瑕疵', '次品', '不制冷', '不加热', '漏水', '充不进电', '不充电', '开不了机', '异响', '坏掉', '不亮', '掉漆', '起球', '褪色',
      'refund', 'return', 'send it back', 'sent it back', 'money back', 'exchange', 'rma', 'damaged', 'damage', 'broken', 'crushed', 'cracked', 'crack', 'shattered', 'smashed', 'dented', 'in pieces', 'defective', 'faulty', 'missing from', 'missing item', 'item missing', 'was missing', 'wrong item', 'wrong size', 'wrong colour', 'wrong color', 'not what i ordered', 'leaking', 'leaks', "won't turn on", 'stopped working', 'dead on arrival', 'torn', 'stained', 'noise', 'grinding', 'rattl', 'overheat', 'burning smell',
    ],
  },
  {
    category: 'order_change',
    keywords: ['改地址', '修改地址', '地址写错', '地址填错', '收货地址', '改一下', '能改吗', '修改订单', '取消订单', '换个颜色', '换尺码', '改时间', '改日期', '改签', '改成', '拦截', '安装时间', '改到', '预约时间', '换套餐', '改套餐', '升级套餐', '降级', '加购', '合并', '换座', '选座', '升舱', '改名', '改期', '延期',
      'change the address', 'delivery address', 'shipping address', 'cancel my subscription', 'cancel my order', 'change my order', 'cancel', 'modify', 'change the date', 'change my flight', 'change my booking', 'rebook', 'reschedule', 'change the size', 'update the address', 'add an item', 'combine', 'upgrade my plan', 'downgrade', 'switch plan', 'change plan', 'change my plan', 'add seats', 'add users', 'remove seats', 'seat', 'add a bag', 'name on the ticket', 'change the name'],
  },
  {
    category: 'logistics',
    keywords: ['快递', '物流', '发货', '没收到', '还没到', '签收', '配送', '派送', '运单', '快递单', '到哪了', '到哪里了', '查下订单', '查一下订单', '到货', '送货', '包裹', '丢件', '运输', '揽收', '驿站', '外卖', '海关', '清关', '转运', '滞留', '催件', '行李', '托运', '没送到', '超时',
      'customs', 'package', 'parcel', 'delivery', 'delivered', 'shipping', 'shipped', 'tracking', 'courier', 'arrive', "hasn't moved", 'in transit', 'carrier', 'where is my order', 'where is my', 'not received', 'lost in', 'returned to sender', 'baggage', 'luggage', 'suitcase', 'bag didn', 'lost bag', 'still waiting for my', 'late', 'delayed', 'replacement'],
  },
  {
    category: 'other',
    keywords: ['表扬', '点赞', '好评', '非常满意', '服务很好', '太棒了', '感谢你们', '冒充', '诈骗', '骗子', '营业时间', '几点开门', '网点', '批发', '合作', '加盟',
      'say thanks', 'wanted to thank', 'great job', 'super helpful', 'very helpful', 'compliment', 'kudos', 'shout-out', 'opening hours', 'branch hours', 'open on', 'wholesale', 'bulk order', 'partnership', 'scam call', 'pretending to be', 'claiming to be'],
  },
  {
    category: 'product_question',
    keywords: ['是否', '支持', '能不能', '可不可以', '尺码', '尺寸', '参数', '型号', '配置', '兼容', '适合', '材质', '保修', '有货', '现货', '多少瓦', '怎么用', '如何使用', '国行', '正品', '带得动', '推荐', '有没有', '套餐', '区别', '续航', '想问下', '想问一下', '功能',
      'does it', 'does the', 'do you have', 'is it', 'compatible', 'fit', 'size', 'spec', 'material', 'warranty', 'in stock', 'waterproof', 'how do i use', 'which model', 'is the', 'does this', 'can it', 'will it', 'how many', 'what size', 'come with', 'come in', 'dishwasher', 'units', 'difference between', 'do you sell', 'do you ship', 'is there a', 'feature', 'does your', 'can i use', 'plan include', 'what plans', 'which plan', 'pricing'],
  },
];

/**
 * When one message names two problems, the one that decides the ticket even
 * against more keyword hits: a damaged, missing or wrong item is a
 * refund/return although a parcel brought it ("the box arrived crushed"), and
 * a call from someone posing as the company is a scam report whatever it
 * asked for. `when`: the winner's words that trigger the override (plain
 * "return" in "returned to sender" does not).
 */
export interface CategoryPrecedence {
  winner: string;
  /** Categories it overrides; empty = any. */
  over: readonly string[];
  when: readonly string[];
}

export const CATEGORY_PRECEDENCE: readonly CategoryPrecedence[] = [
  {
    winner: 'refund_return',
    over: ['logistics'],
    when: ['坏了', '破损', '损坏', '摔坏', '压坏', '碎了', '裂了', '少发', '漏发', '缺件', '发错', '错发', '质量问题', 'damaged', 'broken', 'crushed', 'cracked', 'shattered', 'smashed', 'dented', 'in pieces', 'defective', 'faulty', 'missing from', 'missing item', 'item missing', 'was missing', 'wrong item', 'not what i ordered'],
  },
  { winner: 'other', over: [], when: ['冒充', '假冒', '自称是', '诈骗电话', 'pretending to be', 'claiming to be', 'posing as', 'scam call'] },
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
