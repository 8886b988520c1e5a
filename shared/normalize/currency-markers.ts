/**
 * How amounts name their currency in Chinese and English sheets, per ISO 4217 code. The sheet's
 * own currency's markers are removed when an amount becomes a number; any other currency's marker
 * leaves the value alone (amounts are never converted). ¥ belongs to both CNY and JPY, and a bare
 * $ to USD and to whichever dollar currency is the sheet's own.
 */
export const CURRENCY_MARKERS: Readonly<Record<string, readonly string[]>> = {
  CNY: ['人民币', '人民幣', 'RMB¥', 'RMB', 'CNY', 'CN¥', '¥', '元', '圆', '块', 'yuan'],
  USD: ['US$', 'USD', '美元', '美金', '$', 'dollars', 'dollar'],
  EUR: ['€', 'EUR', '欧元', 'euros', 'euro'],
  GBP: ['£', 'GBP', '英镑', 'pounds'],
  HKD: ['HK$', 'HKD', '港币', '港幣', '港元'],
  JPY: ['JP¥', 'JPY', '日元', '円', '¥', 'yen'],
  TWD: ['NT$', 'TWD', '新台币', '新台幣', '台币', '台幣'],
  MOP: ['MOP$', 'MOP', '澳门元', '澳门币', '澳門元', '澳門幣', 'patacas', 'pataca'],
  SGD: ['S$', 'SGD', '新加坡元', '新币', '新幣'],
  MYR: ['RM', 'MYR', '马币', '馬幣', '令吉', 'ringgit'],
  AUD: ['A$', 'AU$', 'AUD', '澳元'],
  CAD: ['C$', 'CA$', 'CAD', '加元'],
  NZD: ['NZ$', 'NZD', '纽元'],
  KRW: ['₩', 'KRW', '韩元', '원'],
  INR: ['₹', 'INR', 'Rs.', 'Rs', 'rupees'],
  // Bangladesh's taka: ৳1,25,000, Tk. 25,000, BDT 5,000 (Tk is how its English sheets write it).
  BDT: ['৳', 'BDT', 'Tk.', 'Tk', 'taka', '孟加拉塔卡'],
  CHF: ['CHF', '瑞郎'],
  RUB: ['₽', 'RUB', '卢布'],
  ZAR: ['ZAR', 'rand', '南非兰特', '兰特'],
  BRL: ['R$', 'BRL', '雷亚尔'],
  // South-East Asia's: the Philippine peso (₱250,000.00, PHP 156,000), the baht, the dong, the rupiah.
  PHP: ['₱', 'PHP', 'pesos', 'peso', '菲律宾比索'],
  THB: ['฿', 'THB', 'baht', '泰铢'],
  VND: ['₫', 'VNĐ', 'VND', 'đồng', 'dong', 'đ', '越南盾'],
  IDR: ['Rp', 'IDR', 'rupiah', '印尼盾'],
};

/**
 * Markers a currency's own sheet writes that name no currency anywhere else: South Africa's R
 * (R 1 500,00, R45 000). A lone R is also the first letter of R$, Rs and RM, so it is read only
 * in a rand sheet, and those longer markers still win there (R$ 500 is no rand amount).
 */
const OWN_ONLY_MARKERS: Readonly<Record<string, readonly string[]>> = {
  ZAR: ['R'],
};

const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'HKD', 'TWD', 'MOP', 'SGD', 'AUD', 'CAD', 'NZD']);

export interface CurrencyMarkers {
  /** The markers that mean the sheet's currency, longest first so that RMB¥ wins over ¥. */
  own: readonly string[];
  /** Every other currency's markers with their code, longest first. */
  foreign: ReadonlyArray<{ marker: string; code: string }>;
  /**
   * The same markers lower-cased, index for index (`ownLower[i]` is `own[i].toLowerCase()`), and the
   * foreign markers alone with theirs: an amount's text is matched against 130 markers, and lower-casing
   * each one per cell cost more than reading the amount.
   */
  ownLower: readonly string[];
  foreignMarkers: readonly string[];
  foreignLower: readonly string[];
}

/** Built once per currency code: amounts are cleaned by the hundred thousand. */
const cache = new Map<string, CurrencyMarkers>();

export function markersFor(currency: string): CurrencyMarkers {
  const code = currency.toUpperCase();
  const hit = cache.get(code);
  if (hit) return hit;
  const list = [...(CURRENCY_MARKERS[code] ?? [code]), ...(OWN_ONLY_MARKERS[code] ?? [])];
  if (DOLLAR_CURRENCIES.has(code)) list.push('$');
  const own = [...new Set(list)].sort((a, b) => b.length - a.length);
  const ownLower = new Set(own.map((m) => m.toLowerCase()));
  const foreign: Array<{ marker: string; code: string }> = [];
  for (const [other, markers] of Object.entries(CURRENCY_MARKERS)) {
    for (const marker of markers) if (!ownLower.has(marker.toLowerCase())) foreign.push({ marker, code: other });
  }
  foreign.sort((a, b) => b.marker.length - a.marker.length);
  const foreignMarkers = foreign.map((f) => f.marker);
  const result = { own, foreign, ownLower: own.map((m) => m.toLowerCase()), foreignMarkers, foreignLower: foreignMarkers.map((m) => m.toLowerCase()) };
  cache.set(code, result);
  return result;
}
