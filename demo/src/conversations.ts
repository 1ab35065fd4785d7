/**
 * Conversations written for the Deskmate demo console (not from any dataset).
 * `messages` are already in the log when the page opens; `live` arrive one by
 * one while the page is open, like a real chat.
 */
export type DemoRole = 'end-user' | 'agent' | 'internal';

export interface DemoMessage {
  role: DemoRole;
  author: string;
  text: string;
  /** Minutes before page load (initial messages); live messages get the arrival time. */
  minutesAgo?: number;
}

export interface DemoTicket {
  id: string;
  subject: string;
  requester: { name: string; email: string; userId: string };
  status: 'new' | 'open' | 'pending' | 'solved';
  priority: '' | 'low' | 'normal' | 'high' | 'urgent';
  type: '' | 'question' | 'incident' | 'problem' | 'task';
  tags: string[];
  custom: Record<string, string>;
  messages: DemoMessage[];
  live: DemoMessage[];
}

export const AGENT_NAME = 'Alex Chen';

export const DEMO_TICKETS: DemoTicket[] = [
  {
    id: '1001',
    subject: '订单迟迟未送达',
    requester: { name: 'Wang Min', email: 'wangmin@example.com', userId: '90001' },
    status: 'open',
    priority: 'normal',
    type: 'question',
    tags: ['web_widget'],
    custom: {},
    messages: [
      { role: 'end-user', author: 'Wang Min', minutesAgo: 42, text: '你好，我的订单 240312598746 已经下单五天了还没送到，物流一直没更新。' },
      { role: 'agent', author: AGENT_NAME, minutesAgo: 40, text: '王女士您好，很抱歉让您久等了，我马上帮您查询。' },
      { role: 'end-user', author: 'Wang Min', minutesAgo: 38, text: '顺丰单号 SF1234567890123，我叫王敏，电话 138-1234-5678。' },
      { role: 'internal', author: AGENT_NAME, minutesAgo: 37, text: '已联系仓库，包裹在分拣中心滞留。' },
      { role: 'agent', author: AGENT_NAME, minutesAgo: 35, text: '查到包裹在中转站滞留，已经催促物流，预计明天送达。' },
      { role: 'end-user', author: 'Wang Min', minutesAgo: 20, text: '上周也是这么说的！到底什么时候能送到？？' },
    ],
    live: [
      { role: 'end-user', author: 'Wang Min', text: '已经第三次联系你们了，再不解决我就投诉到12315！' },
      { role: 'end-user', author: 'Wang Min', text: '你们客服都是SB吗，垃圾服务' },
    ],
  },
  {
    id: '1002',
    subject: 'Refund for damaged blender',
    requester: { name: 'Sarah Connor', email: 'sarah.connor@example.com', userId: '90002' },
    status: 'open',
    priority: 'normal',
    type: 'problem',
    tags: ['email'],
    custom: {},
    messages: [
      { role: 'end-user', author: 'Sarah Connor', minutesAgo: 75, text: 'Hi, my blender from order ORD-2024-00123 arrived with a cracked jar. I would like a refund please.' },
      { role: 'agent', author: AGENT_NAME, minutesAgo: 70, text: 'Hello Sarah, I am sorry about the jar. Could you share a photo and the best number to reach you?' },
      { role: 'end-user', author: 'Sarah Connor', minutesAgo: 64, text: 'Sure, photo attached. You can call me on (415) 555-0199. The return label can go to sarah.connor@example.com.' },
    ],
    live: [
      { role: 'end-user', author: 'Sarah Connor', text: 'Also, the UPS tracking for the box I already sent back is 1Z999AA10123456784.' },
      { role: 'end-user', author: 'Sarah Connor', text: 'Thanks for the quick help, much appreciated!' },
    ],
  },
  {
    id: '1003',
    subject: '想退货',
    requester: { name: '138****5678', email: '', userId: '90003' },
    status: 'new',
    priority: '',
    type: '',
    tags: [],
    custom: {},
    messages: [
      { role: 'end-user', author: '访客', minutesAgo: 8, text: '你好，上个月买的空气炸锅想退货，订单号 240311777123。' },
      { role: 'agent', author: AGENT_NAME, minutesAgo: 7, text: '您好，请问怎么称呼？方便留个联系电话吗？' },
      { role: 'end-user', author: '访客', minutesAgo: 6, text: '我姓王，手机 +86 138 1234 5678' },
    ],
    live: [{ role: 'end-user', author: '访客', text: '退款什么时候能到账？' }],
  },
];
