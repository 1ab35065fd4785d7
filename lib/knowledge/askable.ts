/**
 * Whether a customer line is worth logging as an unanswered question. Chat is
 * full of lines no knowledge base should answer ("在吗", "ok thanks", "好的",
 * an order number alone); logging them buried the real gaps the KB owners read.
 * Hand-written: a few patterns, no model, so the log stays explainable.
 */
const ACKNOWLEDGEMENT = new RegExp(
  [
    // Chinese greetings, thanks, acknowledgements and waiting noises.
    '^(在吗|在不在|你好|您好|哈喽|嗨|谢谢|多谢|谢了|感谢|好的|好吧|好|嗯+|哦+|噢+|行|可以|收到|知道了|明白了?|没事了?|没问题|ok|okay|稍等|等一下|再见|拜拜)',
    // English ones.
    '^(hi|hello|hey|thanks|thank you|thx|ty|ok|okay|k|sure|yes|yeah|yep|no|nope|fine|great|cool|got it|bye|goodbye|anyone there|are you there|hello\\?)',
  ].join('|') + '[\\s\\p{P}\\p{S}]*$',
  'iu',
);

const QUESTION = /[?？]|[吗呢么嘛]\s*[\p{P}]*$|怎么|怎样|如何|为什么|为何|什么|哪|几|多少|能否|能不能|可不可以|是否|有没有|\b(how|what|why|when|where|which|who|can|could|would|will|is|are|do|does|did|should)\b/iu;

/** Han characters and Latin words carrying content (ids and numbers do not count). */
function contentSize(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[a-z]{2,}/giu)?.length ?? 0;
  return han + 2 * words;
}

export function isAskable(line: string): boolean {
  const text = line.trim();
  if (!text || ACKNOWLEDGEMENT.test(text)) return false;
  const size = contentSize(text);
  // A question or a request needs a few words; a question mark lowers the bar.
  return size >= (QUESTION.test(text) ? 4 : 8);
}
