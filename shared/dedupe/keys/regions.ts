/**
 * Chinese place names that prefix company names and addresses (北京星辰科技有限公司, 广东省深圳市…):
 * provinces, municipalities and the larger prefecture cities, with and without 省 / 市 / 自治区.
 * Only used to fold keys, so a missing small city costs a key, never a wrong merge.
 */
const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海',
  '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];
const CITIES = [
  '石家庄', '唐山', '保定', '太原', '大同', '沈阳', '大连', '长春', '吉林', '哈尔滨', '南京', '苏州', '无锡',
  '常州', '南通', '徐州', '扬州', '杭州', '宁波', '温州', '嘉兴', '绍兴', '金华', '台州', '湖州', '合肥',
  '芜湖', '福州', '厦门', '泉州', '南昌', '赣州', '济南', '青岛', '烟台', '潍坊', '临沂', '淄博', '郑州',
  '洛阳', '武汉', '宜昌', '襄阳', '长沙', '株洲', '岳阳', '广州', '深圳', '珠海', '汕头', '佛山', '东莞',
  '中山', '惠州', '江门', '湛江', '海口', '三亚', '成都', '绵阳', '贵阳', '遵义', '昆明', '西安', '兰州',
  '西宁', '呼和浩特', '包头', '南宁', '柳州', '桂林', '拉萨', '银川', '乌鲁木齐', '常熟', '昆山', '义乌',
];

/** Longest first, so 黑龙江省 wins over a shorter match. */
export const PLACE_PREFIXES: readonly string[] = [
  ...new Set([
    ...PROVINCES.flatMap((p) => [`${p}省`, `${p}市`, `${p}自治区`, p]),
    '广西壮族自治区', '宁夏回族自治区', '新疆维吾尔自治区', '西藏自治区', '内蒙古自治区',
    '香港特别行政区', '澳门特别行政区',
    ...CITIES.flatMap((c) => [`${c}市`, c]),
  ]),
].sort((a, b) => b.length - a.length);

export const PLACE_SET: ReadonlySet<string> = new Set(PLACE_PREFIXES);

/** Place names by first character, longest first: a prefix test looks at a handful, not all. */
const BY_FIRST = new Map<string, string[]>();
for (const p of PLACE_PREFIXES) {
  const list = BY_FIRST.get(p[0]) ?? [];
  list.push(p);
  BY_FIRST.set(p[0], list);
}

/** The longest place name `s` starts with, or ''. */
export function placePrefix(s: string): string {
  const list = BY_FIRST.get(s[0]);
  if (list) for (const p of list) if (s.startsWith(p)) return p;
  return '';
}

/** Removes any run of place names at the start of `s` (广东省深圳市… → …), keeping at least `keepAtLeast` characters. */
export function stripPlacePrefixes(s: string, keepAtLeast = 2): string {
  let out = s;
  for (;;) {
    const p = placePrefix(out);
    if (p === '' || out.length - p.length < keepAtLeast) return out;
    out = out.slice(p.length);
  }
}
