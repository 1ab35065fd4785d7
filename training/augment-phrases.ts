/**
 * Phrase lists for the SYNTHETIC customer-service augmentation (augment.ts).
 * Written for this project; the public corpora are Weibo/Zhihu comments,
 * tweets and reviews, which lack service-chat register, masked insults and
 * polite-but-angry complaints. The hand-written dev set
 * (data/cs-chat-dev.jsonl) was written separately and shares no sentences.
 */
export const ZH_INSULTS = [
  '傻逼', 'SB', 'sb', '煞笔', '傻b', '沙比', '傻.逼', 'sha bi', '脑残', '智障', '废物', '蠢货', '狗东西', '贱人', '畜生', '白痴',
  '垃圾东西', '死全家', '去死吧', '你妈死了', 'NMSL', 'nmsl', '草泥马', 'cnm', '操你妈', 'tmd', '他妈的', '妈卖批', 'mmp', '滚蛋', '王八蛋', '神经病',
  '狗日的', '杂种', '你算什么东西', '猪脑子', '弱智', '人渣', '贱货', '没脑子的东西', '蠢猪', '废柴', '饭桶', '混蛋', '婊子', '龟儿子', '瓜娃子', '二百五', '脑子被驴踢了', '狗娘养的',
];
export const ZH_ABUSE_TEMPLATES = [
  '{x}客服', '你们客服都是{x}吗', '{x}，赶紧退款', '滚，{x}', '你个{x}', '{x}，听不懂人话？', '{ctx}，你们就是一群{x}', '客服是{x}吧，问三遍了',
  '{x}，老子不买了', '你们全家都是{x}', '客服{x}，去死', '{x}客服，滚远点', '再不退钱，我骂死你们这些{x}', '你是{x}吗，{ctx}都搞不定', '你{x}啊，我说的是退货', '{ctx}还没处理，{x}', '一群{x}，什么破店', '别跟我扯，{x}', '{x}{x}', '你脑子进水了吧{x}',
];
export const EN_INSULTS = [
  'idiot', 'idiots', 'moron', 'stupid bitch', 'b!tch', 'asshole', 'a$$hole', 'f*cking idiot', 'dumbass', 'piece of shit', 'piece of sh1t',
  'retard', 'scumbag', 'loser', 'jerk', 'clown', 'f**king morons', 'useless bastard', 'dickhead', 'pathetic losers',
  'imbecile', 'halfwit', 'lowlife', 'cretin', 'dimwit', 'brainless idiots', 'incompetent fools', 'garbage humans', 'dumb f*cks', 'scum', 'trash people', 'sh*theads', 'pig', 'degenerate',
];
export const EN_ABUSE_TEMPLATES = [
  'you {x}', 'are you a {x} or what', '{ctx}. you {x}', 'listen here you {x}', 'what a bunch of {x}', 'f*ck you and your company', 'fuck off {x}',
  'shut up you {x}', '{ctx} and you keep lying, {x}', 'go to hell you {x}', 'screw you, {x}', 'this is bullsh*t, {x}', 'stfu {x}', 'wtf is wrong with you {x}',
  'get me a real person not this {x}', 'kill yourself {x}', 'you people are {x}', '{x}, all of you', 'I hope you get fired, {x}', 'nobody cares, {x}', 'do your job {x}', 'are you brain damaged or just a {x}',
];
export const ZH_CONTEXT = ['订单号 20261105338', '我昨天买的耳机', '快递一周了', '退款申请第三次了', '我的订单', '发票', '这个充电器', '外卖送错了', '会员扣费', '退货'];
export const EN_CONTEXT = ['order #A12345', 'my refund', 'the parcel', 'three days waiting', 'my account', 'this charger', 'the invoice', 'my subscription', 'the delivery'];

/** Clean but negative: complaints, threats to escalate, disappointment. Not abuse. */
export const ZH_NEGATIVE_CLEAN = [
  '{ctx}还没到，太慢了', '你们这服务太差了，我要投诉到12315', '再不处理我就去微博曝光', '我要找律师', '等了这么久没人回复，很失望', '质量太差，用了两天就坏了',
  '说好的三天发货，现在一周了', '你们到底能不能解决问题', '我非常不满意', '这已经是第三次出问题了', '退款到现在还没到账，什么情况', '客服一直在踢皮球',
  '东西跟图片完全不一样', '再这样我就给差评了', '太让人生气了，{ctx}又出问题', '真是服了，又延迟', '说了多少遍了还是没用', '我要投诉你们', '找你们领导来',
  '太好了，又延迟了，真是谢谢你们啊', '呵呵，你们效率真高，一个月还没发货', '包装破了，里面东西也碎了', '我对这次购物非常失望', '价格贵还难用',
  '{ctx}到底什么时候能到？都两个星期了', '一直没人处理，我很生气', '你们扣了我两次钱', '这不是我买的东西', '打了五次电话都没解决', '别再发模板回复了',
  '我要注销账号', '感觉被骗了', '等得我都烦死了', '又把{ctx}弄丢了', '说好的极速退款呢', '你们就是这么对待老客户的？', '为什么{ctx}还没退',
  '产品质量垃圾', '垃圾物流，慢死了', '骑手态度恶劣还骂我', '有人在群里骂我，怎么举报', '这破手机又卡了', '真他喵的倒霉，{ctx}又丢了',
];
export const EN_NEGATIVE_CLEAN = [
  '{ctx} still has not arrived, this is ridiculous', 'I will sue if this is not fixed', 'I am posting this everywhere', 'worst service I have ever had',
  'I am very disappointed with {ctx}', 'this is the third time I am asking', 'nobody replies, this is unacceptable', 'the product broke after two days',
  'I want to speak to a manager', 'I am filing a complaint with the bbb', 'great, another delay. thanks a lot', 'oh wonderful, charged twice again',
  'you promised a refund a week ago', 'I am extremely frustrated', 'this is a damn joke', 'what the hell is going on with {ctx}', 'I have wasted hours on this',
  'I will leave a one star review', 'the item looks nothing like the photo', 'cancel everything, I am done with you',
  'where is {ctx}??? it has been two weeks', 'I never received {ctx} and nobody helps', 'you charged me twice for {ctx}', 'I am not happy with {ctx} at all',
  'why is {ctx} taking so long', 'this is not what I ordered', 'I have called five times already', 'you keep giving me the runaround', 'stop sending me the same template',
  'I am going to cancel my account', 'I expected better from you', 'I feel cheated', 'nothing works and no one cares', 'I am sick of waiting', 'you lost {ctx} again',
  'so much for "fast shipping"', 'yeah right, "24 hour response"', 'thanks for nothing', 'brilliant, {ctx} is broken again. well done',
  'damn it, {ctx} is late again', 'oh hell, wrong item again', 'bloody annoying, {ctx} failed', 'this app is garbage', 'the product is crap', 'your driver swore at me', 'what the heck happened to {ctx}',
];
export const ZH_NEUTRAL = [
  '我的订单什么时候到', '{ctx}什么时候发货', '怎么申请退款', '发票怎么开', '能改一下收货地址吗', '请问还有货吗', '快递到哪了', '可以换颜色吗',
  '运费怎么算', '会员怎么取消', '我想查一下{ctx}', '请问支持货到付款吗', '收到了', '好的', '在吗', '请问人工客服在吗', '订单号是 20261105338', '我的手机号是 138 0000 0000',
  '能开专票吗', '{ctx}现在是什么状态', '麻烦发一下物流链接', '有哪些尺码', '发货了麻烦通知我', '我晚上六点后在家', '可以发顺丰吗', '好的，我再等等', '退货地址是哪里', '请问几点下班', '这个尺码偏大吗', '{ctx}的物流单号是多少', '麻烦帮我看一下',
];
export const EN_NEUTRAL = [
  'where is my order', 'when will {ctx} arrive', 'how do I request a refund', 'can I change the shipping address', 'is this item in stock', 'hi', 'ok',
  'can you check {ctx} for me', 'my order number is A12345', 'do you ship to canada', 'how do I cancel my subscription', 'what is the return address',
  'can I get an invoice', 'is there a phone number I can call', 'what is the status of {ctx}', 'could you send me the tracking link', 'which sizes are available',
  'please let me know when {ctx} ships', 'I will be home after 6pm', 'is express delivery possible', 'how much is shipping to germany', 'ok, I will wait', 'I would like to update my email', 'what are your opening hours', 'thanks, one more question',
];
export const ZH_POSITIVE = [
  '谢谢，问题解决了', '服务很好，点赞', '收到了，很满意', '客服小姐姐太耐心了', '速度很快，好评', '非常感谢你的帮助', '东西很好，下次还来', '太棒了，谢谢',
  '处理得很及时，满意', '辛苦了，谢谢你', '质量不错，物超所值',
];
export const EN_POSITIVE = [
  'thanks, that fixed it', 'great service, thank you', 'received it, love it', 'you have been very helpful', 'perfect, thanks a lot', 'awesome, really appreciate it',
  'the refund arrived, thank you', 'super fast delivery, great job', 'thank you so much for your patience',
];
