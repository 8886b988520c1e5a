/**
 * Word lists for Chinese sample sheets: surnames weighted roughly by frequency (2020 census order),
 * the given names that most often repeat nationwide (张伟, 王芳, 李娜 …), homophones that typists
 * confuse, East-China-heavy cities with their landline area codes, company naming parts and
 * the mobile prefixes in use. Pinyin is stored with each character so e-mail local parts stay
 * consistent without a pinyin library.
 */

/** [surname, pinyin, weight] */
export const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 72], ['李', 'li', 70], ['张', 'zhang', 66], ['刘', 'liu', 52], ['陈', 'chen', 46],
  ['杨', 'yang', 33], ['黄', 'huang', 25], ['赵', 'zhao', 21], ['吴', 'wu', 20], ['周', 'zhou', 19],
  ['徐', 'xu', 15], ['孙', 'sun', 14], ['马', 'ma', 13], ['朱', 'zhu', 12], ['胡', 'hu', 11],
  ['郭', 'guo', 11], ['何', 'he', 10], ['林', 'lin', 10], ['高', 'gao', 10], ['罗', 'luo', 9],
  ['郑', 'zheng', 9], ['梁', 'liang', 8], ['谢', 'xie', 7], ['宋', 'song', 6], ['唐', 'tang', 6],
  ['许', 'xu', 6], ['韩', 'han', 5], ['冯', 'feng', 5], ['邓', 'deng', 5], ['曹', 'cao', 5],
  ['彭', 'peng', 5], ['曾', 'zeng', 4], ['肖', 'xiao', 4], ['田', 'tian', 4], ['董', 'dong', 4],
  ['袁', 'yuan', 4], ['潘', 'pan', 4], ['蒋', 'jiang', 4], ['蔡', 'cai', 4], ['余', 'yu', 4],
  ['杜', 'du', 3], ['叶', 'ye', 3], ['程', 'cheng', 3], ['苏', 'su', 3], ['魏', 'wei', 3],
  ['吕', 'lv', 3], ['丁', 'ding', 3], ['沈', 'shen', 3], ['姚', 'yao', 3], ['卢', 'lu', 3],
  ['姜', 'jiang', 2], ['崔', 'cui', 2], ['钟', 'zhong', 2], ['谭', 'tan', 2], ['陆', 'lu', 2],
  ['汪', 'wang', 2], ['范', 'fan', 2], ['金', 'jin', 2], ['石', 'shi', 2], ['廖', 'liao', 2],
  ['贾', 'jia', 2], ['夏', 'xia', 2], ['方', 'fang', 2], ['邹', 'zou', 2], ['孟', 'meng', 2],
  ['熊', 'xiong', 2], ['秦', 'qin', 2], ['江', 'jiang', 2], ['顾', 'gu', 2], ['钱', 'qian', 1],
  ['欧阳', 'ouyang', 1], ['司马', 'sima', 0.3], ['上官', 'shangguan', 0.3],
];

/** Single characters for composed given names: [char, pinyin]. */
export const GIVEN_CHARS_M: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['刚', 'gang'], ['辉', 'hui'],
  ['鹏', 'peng'], ['华', 'hua'], ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['斌', 'bin'],
  ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'], ['帆', 'fan'],
  ['旭', 'xu'], ['宁', 'ning'], ['峰', 'feng'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'],
  ['文', 'wen'], ['海', 'hai'], ['晨', 'chen'], ['博', 'bo'], ['子', 'zi'], ['轩', 'xuan'],
  ['宏', 'hong'], ['亮', 'liang'], ['东', 'dong'], ['成', 'cheng'], ['立', 'li'], ['振', 'zhen'],
  ['家', 'jia'], ['豪', 'hao'], ['天', 'tian'], ['泽', 'ze'], ['睿', 'rui'], ['铭', 'ming'],
];
export const GIVEN_CHARS_F: readonly (readonly [string, string])[] = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'],
  ['娟', 'juan'], ['霞', 'xia'], ['秀', 'xiu'], ['英', 'ying'], ['兰', 'lan'], ['玲', 'ling'],
  ['燕', 'yan'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['颖', 'ying'], ['琳', 'lin'],
  ['晶', 'jing'], ['佳', 'jia'], ['欣', 'xin'], ['倩', 'qian'], ['悦', 'yue'], ['萍', 'ping'],
  ['红', 'hong'], ['梅', 'mei'], ['莉', 'li'], ['洁', 'jie'], ['琴', 'qin'], ['云', 'yun'],
  ['璐', 'lu'], ['雯', 'wen'], ['露', 'lu'], ['瑶', 'yao'], ['怡', 'yi'], ['蕾', 'lei'],
  ['思', 'si'], ['梦', 'meng'], ['涵', 'han'], ['诗', 'shi'], ['雨', 'yu'], ['晓', 'xiao'],
];

/** The given names shared by the most people in China: these make same-name strangers common. */
export const COMMON_GIVEN: readonly (readonly [string, string, 'm' | 'f'])[] = [
  ['伟', 'wei', 'm'], ['芳', 'fang', 'f'], ['娜', 'na', 'f'], ['秀英', 'xiuying', 'f'], ['敏', 'min', 'f'],
  ['静', 'jing', 'f'], ['丽', 'li', 'f'], ['强', 'qiang', 'm'], ['磊', 'lei', 'm'], ['军', 'jun', 'm'],
  ['洋', 'yang', 'm'], ['勇', 'yong', 'm'], ['艳', 'yan', 'f'], ['杰', 'jie', 'm'], ['娟', 'juan', 'f'],
  ['涛', 'tao', 'm'], ['明', 'ming', 'm'], ['超', 'chao', 'm'], ['秀兰', 'xiulan', 'f'], ['霞', 'xia', 'f'],
  ['平', 'ping', 'm'], ['刚', 'gang', 'm'], ['桂英', 'guiying', 'f'],
];

/** Same-sounding characters (tone aside) that an IME or a hurried typist swaps: 张伟 / 张玮. */
export const HOMOPHONES: Readonly<Record<string, readonly string[]>> = {
  伟: ['玮', '炜'], 芳: ['方'], 娜: ['纳'], 静: ['婧', '靖'], 丽: ['莉', '俐'], 敏: ['闽', '旻'],
  磊: ['蕾', '垒'], 军: ['君', '钧'], 洋: ['阳', '扬'], 勇: ['永', '涌'], 艳: ['燕', '雁'], 杰: ['洁', '捷'],
  涛: ['韬', '滔'], 明: ['鸣', '铭'], 超: ['朝'], 霞: ['侠'], 平: ['萍', '苹'], 刚: ['钢', '纲'],
  辉: ['晖'], 华: ['桦', '骅'], 鹏: ['朋'], 飞: ['菲', '非'], 鑫: ['欣', '新'], 斌: ['彬', '滨'],
  宇: ['雨', '羽'], 浩: ['昊', '皓'], 凯: ['恺', '楷'], 健: ['建', '剑'], 俊: ['骏', '峻'], 帆: ['凡'],
  峰: ['锋', '丰'], 婷: ['亭'], 慧: ['惠', '蕙'], 颖: ['莹'], 琳: ['林', '霖'], 佳: ['嘉'],
  欣: ['馨', '心'], 倩: ['茜'], 悦: ['月', '越'], 梅: ['玫'], 莉: ['丽'], 洁: ['杰'], 琴: ['芹'],
  云: ['芸', '韵'], 璐: ['露', '路'], 雯: ['文'], 瑶: ['遥'], 怡: ['宜', '仪'], 英: ['瑛'], 兰: ['岚'],
  玲: ['铃', '龄'], 燕: ['艳'], 晨: ['辰', '宸'], 轩: ['萱', '宣'], 睿: ['瑞', '锐'], 东: ['冬'],
  志: ['智'], 文: ['雯'], 张: ['章'], 王: ['汪'], 李: ['黎'], 刘: ['柳'], 徐: ['许'], 许: ['徐'], 吴: ['伍'],
};

export interface CityZh {
  province: string;
  city: string;
  /** Pinyin initials, for company e-mail domains (hz, sh …). */
  code: string;
  /** Long-distance area code including the leading 0. */
  area: string;
  /** Digits of a local number when not 8 (Xiamen's are 7: 0592-5123456). */
  localDigits?: 7;
  districts: readonly string[];
  weight: number;
}

/** East China first (the samples are an East-China sales team's list), then the big cities elsewhere. */
export const CITIES: readonly CityZh[] = [
  { province: '上海', city: '上海', code: 'sh', area: '021', districts: ['浦东新区', '徐汇区', '静安区', '闵行区', '长宁区'], weight: 12 },
  { province: '浙江', city: '杭州', code: 'hz', area: '0571', districts: ['西湖区', '滨江区', '上城区', '余杭区'], weight: 10 },
  { province: '浙江', city: '宁波', code: 'nb', area: '0574', districts: ['鄞州区', '海曙区', '江北区'], weight: 5 },
  { province: '浙江', city: '温州', code: 'wz', area: '0577', districts: ['鹿城区', '瓯海区'], weight: 3 },
  { province: '江苏', city: '南京', code: 'nj', area: '025', districts: ['鼓楼区', '玄武区', '建邺区', '江宁区'], weight: 8 },
  { province: '江苏', city: '苏州', code: 'sz', area: '0512', districts: ['工业园区', '姑苏区', '吴中区', '虎丘区'], weight: 8 },
  { province: '江苏', city: '无锡', code: 'wx', area: '0510', districts: ['梁溪区', '滨湖区', '新吴区'], weight: 4 },
  { province: '江苏', city: '常州', code: 'cz', area: '0519', districts: ['天宁区', '武进区'], weight: 2 },
  { province: '安徽', city: '合肥', code: 'hf', area: '0551', districts: ['蜀山区', '包河区', '庐阳区'], weight: 4 },
  { province: '福建', city: '福州', code: 'fz', area: '0591', districts: ['鼓楼区', '台江区', '仓山区'], weight: 3 },
  { province: '福建', city: '厦门', code: 'xm', area: '0592', localDigits: 7, districts: ['思明区', '湖里区'], weight: 3 },
  { province: '山东', city: '济南', code: 'jn', area: '0531', districts: ['历下区', '市中区'], weight: 3 },
  { province: '山东', city: '青岛', code: 'qd', area: '0532', districts: ['市南区', '崂山区', '黄岛区'], weight: 3 },
  { province: '江西', city: '南昌', code: 'nc', area: '0791', districts: ['东湖区', '红谷滩区'], weight: 2 },
  { province: '北京', city: '北京', code: 'bj', area: '010', districts: ['朝阳区', '海淀区', '东城区', '丰台区'], weight: 5 },
  { province: '广东', city: '深圳', code: 'sz', area: '0755', districts: ['南山区', '福田区', '宝安区', '龙岗区'], weight: 5 },
  { province: '广东', city: '广州', code: 'gz', area: '020', districts: ['天河区', '越秀区', '番禺区'], weight: 4 },
  { province: '四川', city: '成都', code: 'cd', area: '028', districts: ['武侯区', '锦江区', '高新区'], weight: 2 },
  { province: '湖北', city: '武汉', code: 'wh', area: '027', districts: ['江汉区', '洪山区', '武昌区'], weight: 2 },
  { province: '陕西', city: '西安', code: 'xa', area: '029', districts: ['雁塔区', '碑林区'], weight: 1 },
  { province: '天津', city: '天津', code: 'tj', area: '022', districts: ['和平区', '南开区'], weight: 1 },
  { province: '重庆', city: '重庆', code: 'cq', area: '023', districts: ['渝中区', '江北区'], weight: 1 },
];

/** Municipalities are written 上海市, provinces 浙江省. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['北京', '上海', '天津', '重庆']);

export const STREETS: readonly string[] = [
  '人民路', '中山路', '解放路', '建设路', '和平路', '长江路', '文三路', '科技路', '新华路', '延安路',
  '学院路', '创业路', '东风路', '工业园路', '滨江大道', '世纪大道', '黄河路', '淮海路', '天目山路',
  '湖滨路', '青年路', '高新路', '金鸡路', '星湖街',
];
export const BUILDINGS: readonly string[] = [
  '华星大厦', '国际金融中心', '科技大厦', '创业园', '时代广场', '中心大厦', '商务中心', '世贸大厦',
  '财富中心', '软件园', '汇金大厦', '嘉华中心', '数码港',
];
export const ESTATES: readonly string[] = [
  '阳光花园', '绿城小区', '金色家园', '翠苑小区', '幸福里', '锦绣华庭', '紫金苑', '香樟园', '和平新村',
  '枫林湾', '名都花园', '滨江花园',
];

export interface IndustryZh {
  name: string;
  /** Words a company in this industry puts between its brand and its legal form. */
  words: readonly string[];
}

export const INDUSTRIES: readonly IndustryZh[] = [
  { name: '互联网', words: ['网络科技', '信息科技', '数字科技'] },
  { name: '软件与信息服务', words: ['软件', '信息技术', '计算机系统'] },
  { name: '电子制造', words: ['电子', '电子科技', '光电'] },
  { name: '批发零售', words: ['贸易', '商贸', '进出口'] },
  { name: '物流运输', words: ['物流', '供应链管理', '货运代理'] },
  { name: '餐饮', words: ['餐饮管理', '餐饮'] },
  { name: '医疗健康', words: ['医疗器械', '健康管理'] },
  { name: '教育培训', words: ['教育科技', '培训'] },
  { name: '文化传媒', words: ['文化传媒', '广告'] },
  { name: '生物医药', words: ['生物科技', '医药'] },
  { name: '新能源', words: ['新能源', '能源科技'] },
  { name: '机械制造', words: ['机械', '机械设备', '精密机械'] },
  { name: '食品饮料', words: ['食品', '饮品'] },
  { name: '纺织服装', words: ['服饰', '纺织'] },
  { name: '家居建材', words: ['家居', '建材'] },
  { name: '汽车', words: ['汽车服务', '汽车零部件'] },
  { name: '金融服务', words: ['投资咨询', '融资租赁'] },
  { name: '房地产', words: ['置业', '房地产开发'] },
  { name: '咨询服务', words: ['企业管理咨询', '管理咨询'] },
  { name: '环保', words: ['环保科技', '环境工程'] },
];

/** Made-up trade names ("字号"): [brand, pinyin]. */
export const BRANDS: readonly (readonly [string, string])[] = [
  ['星辰', 'xingchen'], ['华信', 'huaxin'], ['博远', 'boyuan'], ['鼎盛', 'dingsheng'], ['恒通', 'hengtong'],
  ['天润', 'tianrun'], ['金桥', 'jinqiao'], ['远航', 'yuanhang'], ['瑞丰', 'ruifeng'], ['明德', 'mingde'],
  ['宏图', 'hongtu'], ['海纳', 'haina'], ['卓越', 'zhuoyue'], ['中科', 'zhongke'], ['东方', 'dongfang'],
  ['云帆', 'yunfan'], ['蓝海', 'lanhai'], ['正泰', 'zhengtai'], ['立信', 'lixin'], ['嘉禾', 'jiahe'],
  ['旭日', 'xuri'], ['青藤', 'qingteng'], ['乐途', 'letu'], ['安泰', 'antai'], ['聚源', 'juyuan'],
  ['德馨', 'dexin'], ['凯越', 'kaiyue'], ['思创', 'sichuang'], ['华锐', 'huarui'], ['启明', 'qiming'],
  ['锦程', 'jincheng'], ['长风', 'changfeng'], ['易达', 'yida'], ['融汇', 'ronghui'], ['百川', 'baichuan'],
  ['新世纪', 'xinshiji'], ['同创', 'tongchuang'], ['银河', 'yinhe'], ['绿源', 'lvyuan'], ['万象', 'wanxiang'],
];

/**
 * Characters that trade names are built from, for sheets larger than the curated list allows
 * (the benches make 100,000 rows): [char, pinyin].
 */
export const BRAND_HEADS: readonly (readonly [string, string])[] = [
  ['星', 'xing'], ['华', 'hua'], ['博', 'bo'], ['鼎', 'ding'], ['恒', 'heng'], ['天', 'tian'], ['金', 'jin'], ['远', 'yuan'],
  ['瑞', 'rui'], ['明', 'ming'], ['宏', 'hong'], ['海', 'hai'], ['卓', 'zhuo'], ['中', 'zhong'], ['东', 'dong'], ['云', 'yun'],
  ['蓝', 'lan'], ['正', 'zheng'], ['立', 'li'], ['嘉', 'jia'], ['旭', 'xu'], ['青', 'qing'], ['乐', 'le'], ['安', 'an'],
  ['聚', 'ju'], ['德', 'de'], ['凯', 'kai'], ['思', 'si'], ['启', 'qi'], ['锦', 'jin'], ['长', 'chang'], ['易', 'yi'],
  ['融', 'rong'], ['百', 'bai'], ['同', 'tong'], ['银', 'yin'], ['绿', 'lv'], ['万', 'wan'], ['新', 'xin'], ['永', 'yong'],
];
export const BRAND_TAILS: readonly (readonly [string, string])[] = [
  ['辰', 'chen'], ['信', 'xin'], ['远', 'yuan'], ['盛', 'sheng'], ['通', 'tong'], ['润', 'run'], ['桥', 'qiao'], ['航', 'hang'],
  ['丰', 'feng'], ['德', 'de'], ['图', 'tu'], ['纳', 'na'], ['越', 'yue'], ['科', 'ke'], ['方', 'fang'], ['帆', 'fan'],
  ['泰', 'tai'], ['禾', 'he'], ['日', 'ri'], ['藤', 'teng'], ['途', 'tu'], ['源', 'yuan'], ['馨', 'xin'], ['创', 'chuang'],
  ['锐', 'rui'], ['程', 'cheng'], ['风', 'feng'], ['达', 'da'], ['汇', 'hui'], ['川', 'chuan'], ['象', 'xiang'], ['诚', 'cheng'],
  ['邦', 'bang'], ['力', 'li'], ['鸿', 'hong'], ['晟', 'sheng'],
];

/** [legal form, weight] */
export const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['有限公司', 60], ['有限责任公司', 15], ['股份有限公司', 10], ['集团有限公司', 5],
];

export const TITLES: readonly string[] = [
  '总经理', '副总经理', '采购经理', '采购专员', '销售总监', '市场经理', '财务主管', '行政主管', '技术总监',
  '项目经理', '董事长', '经理', '主管', '店长', '人事经理', '运营经理', '工程师', '总经理助理',
];

/** The eight sales reps who own the customers. */
export const OWNERS: readonly string[] = ['陈晓明', '林婷婷', '赵磊', '孙悦', '吴倩', '郑浩', '黄丽华', '马骏'];

/** In use mobile prefixes (MIIT allocations incl. 16x/17x/19x), roughly by share. */
export const MOBILE_PREFIXES: readonly (readonly [string, number])[] = [
  ['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 2], ['135', 5], ['136', 5], ['137', 5], ['138', 6],
  ['139', 6], ['147', 1], ['150', 4], ['151', 4], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 2],
  ['158', 4], ['159', 4], ['166', 1], ['173', 1], ['175', 1], ['176', 1], ['177', 1], ['178', 1], ['180', 2],
  ['181', 2], ['182', 2], ['183', 2], ['185', 2], ['186', 3], ['187', 2], ['188', 2], ['189', 3], ['191', 1],
  ['193', 1], ['195', 1], ['198', 1], ['199', 1],
];

/** [domain, weight] for personal mailboxes. */
export const MAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['qq.com', 40], ['163.com', 25], ['126.com', 10], ['foxmail.com', 5], ['sina.com', 4], ['hotmail.com', 3],
  ['gmail.com', 3], ['139.com', 2], ['aliyun.com', 1],
];

/** Domain misspellings seen in hand-typed lists. */
export const DOMAIN_TYPOS: Readonly<Record<string, readonly string[]>> = {
  'qq.com': ['qq.con', 'qq.cm', 'qq.co'],
  '163.com': ['163.cmo', '163.con', '136.com'],
  '126.com': ['126.cm', '126.con'],
  'gmail.com': ['gmial.com', 'gmai.com'],
  'hotmail.com': ['hotmial.com', 'hotmail.co'],
  'sina.com': ['sian.com'],
  'foxmail.com': ['foxmial.com'],
};

/** Customer type as the team writes it, with the spellings that drift in. */
export const CUSTOMER_TYPES: Readonly<Record<'lead' | 'prospect' | 'won' | 'loyal' | 'vip' | 'lost', readonly string[]>> = {
  lead: ['潜在客户', '潜在'],
  prospect: ['意向客户', '意向'],
  won: ['成交客户', '已成交'],
  loyal: ['老客户', '老客户 '],
  vip: ['VIP客户', 'VIP', 'vip'],
  lost: ['流失客户', '流失'],
};

export const NOTES: readonly string[] = [
  '展会认识，对新品感兴趣', '老客户转介绍', '已报价，等待回复', '要求月底前回电', '电话无人接听',
  '需要开增值税专用发票', '预算有限，下季度再联系', '微信同号', '已寄样品', '决策人是老板',
  '只在下午联系', '合同续签中', '对价格敏感', '年底有采购计划', '客户说"下周再说"', '上次投诉过物流，注意',
  '3月拜访过一次\n对售后满意', '-VIP-', '+微信 同号', '重复录入？', '发票抬头：见合同',
];
