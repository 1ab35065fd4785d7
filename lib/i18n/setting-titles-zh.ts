/**
 * Chinese titles for settings (English titles and descriptions live on the
 * settings schema itself, where managed_schema.json is generated from).
 * A test checks every setting has one.
 */
export const settingTitlesZh: Record<string, string> = {
  'features.autofill': '自动填单',
  'features.sentiment': '情绪识别',
  'features.abuseMasking': '辱骂消息遮挡',
  'features.knowledge': '知识推荐',
  'features.history': '处理记录',
  'features.lookups': '订单查询',
  'classification.abuseThreshold': '辱骂判定阈值',
  'classification.negativeThreshold': '负面情绪阈值',
  'classification.maskingStyle': '遮挡方式',
  'classification.maskWaitMs': '遮挡等待时间（毫秒）',
  'classification.unclassified': '尚未分类的消息',
  'classification.negativeRunForEscalation': '触发升级的连续负面消息数',
  'classification.modelMirrorUrl': '模型镜像地址',
  'classification.sentimentModelId': '情绪模型 ID',
  'classification.abuseModelId': '辱骂模型 ID',
  'autofill.orderPatterns': '额外的订单号格式',
  'autofill.trackingPatterns': '额外的运单号格式',
  'autofill.categoryRules': '分类关键词规则',
  'autofill.fieldMapping': '字段映射',
  'knowledge.minScore': '最低匹配分',
  'knowledge.minRelated': '最低语义相似度',
  'knowledge.maxSuggestions': '显示推荐条数',
  'knowledge.synonyms': '同义词',
  'knowledge.kbUrl': '知识库文件地址',
  'knowledge.kbRefreshMinutes': '知识库刷新间隔（分钟）',
  'knowledge.embeddingModelId': '向量模型 ID',
  'history.retentionDays': '保留天数',
  'history.hashContactKeys': '联系方式仅存哈希',
  'consoles.zendesk': 'Zendesk',
  'consoles.definitions': '控制台定义',
  'lookups.connectors': '查询连接器',
  'ui.language': '界面语言',
};
