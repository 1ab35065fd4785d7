/**
 * Traditional → simplified for the characters that matter in service chats
 * (insults, complaints, orders, delivery). Hand-written on purpose: opencc-js
 * is ~1 MB of dictionaries, far beyond what a classifier front end should ship,
 * and the model only needs the frequent characters to line up with its
 * simplified-Chinese training data. Pairs are written "繁简" in one string.
 */
const PAIRS =
  '們们說说這这個个來来時时會会對对發发貨货單单號号錢钱買买賣卖務务題题問问為为麼么還还沒没過过後后給给讓让' +
  '爛烂騙骗態态經经話话電电機机進进開开關关門门見见覺觉親亲愛爱請请謝谢幫帮嗎吗應应該该處处辦办東东質质壞坏' +
  '樣样點点實实際际現现頭头長长邊边車车馬马媽妈罵骂豬猪雞鸡鳥鸟腦脑殘残廢废滾滚屍尸殺杀禮礼筆笔逼逼傻傻' +
  '垃垃圾圾臺台灣湾體体區区國国華华萬万與与無无種种將将進进從从裡里裏里聽听說说讀读寫写認认識识記记錯错' +
  '難难壓压氣气當当樂乐歡欢惡恶醜丑髒脏錄录換换訂订寄寄運运輸输遞递郵邮費费價价質质款款帳账戶户碼码驗验' +
  '證证碼码聯联繫系員员絡络線线網网頁页總总統统計计劃划願愿歲岁數数據据離离鐘钟鍾钟級级極极樓楼廳厅飯饭' +
  '餐餐麵面菜菜湯汤飲饮熱热涼凉衝冲動动靜静慢慢變变興兴頭头臉脸嘴嘴隻只條条張张兩两幾几塊块雙双紅红綠绿藍蓝' +
  '黃黄護护報报紙纸鬧闹傷伤瘋疯狀状況况倆俩儘尽盡尽層层屬属廠厂廣广慶庆憑凭憤愤懶懒戲戏擊击據据擔担擾扰' +
  '敗败敵敌斷断暫暂歷历殼壳滿满漲涨潔洁灑洒燒烧爭争犧牺獎奖獨独產产畫画療疗發发盤盘碼码確确禍祸稱称窮穷' +
  '競竞筆笔節节糧粮係系紀纪約约級级細细終终組组結结絕绝給给統统絲丝維维緊紧緒绪練练績绩續续罰罚習习聞闻' +
  '職职膽胆藥药蘋苹虧亏衛卫補补裝装複复規规視视親亲觀观訊讯許许詐诈評评詢询試试誇夸誠诚誤误說说課课誰谁' +
  '調调談谈請请論论謊谎講讲謝谢證证譽誉讚赞貝贝負负貪贪貴贵貸贷費费賠赔賬账質质贈赠趕赶躺躺較较輕轻輛辆' +
  '轉转辦办農农這这連连週周進进遊游運运過过達达違违遠远適适選选遲迟還还邊边郵邮醫医釋释針针鈔钞銀银銷销' +
  '鋪铺錯错鍋锅鎖锁鐵铁長长閉闭問问閒闲間间闆板隊队陽阳陰阴際际險险隨随雖虽雜杂難难電电靠靠響响順顺須须' +
  '師师預预頓顿領领頻频顏颜願愿顧顾風风飛飞飯饭飽饱餓饿騷骚驗验鬥斗魚鱼麗丽黨党齊齐齒齿龍龙幹干乾干';

/** Lookup built once at module load: a Map is faster than scanning PAIRS. */
const TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i]!, chars[i + 1]!);
  }
  return map;
})();

/** Replace the traditional characters in the table by their simplified form; others pass through. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}
