/**
 * What falls due by a recurring service, done each cycle by the business itself: a vet's vaccine and
 * 驱虫, a garage's service and yearly inspection (年检, 年审, MOT), a clinic's check-up, a boiler's
 * service. A customer with one due ahead is in that cycle, not gone quiet (stale.ts). A card or a
 * membership that runs (会员卡, 保险) is no such service: it runs whether he comes or not.
 */
const SERVICE_WORDS = /疫苗|免疫|驱虫|体内驱虫|体外驱虫|保养|年检|年审|审车|检测|体检|复查|洗牙|洁牙|vaccin|jab|booster|worm|flea|service|servicing|inspection|\bmot\b|check-?up|recall/iu;

export function isServiceCycle(label: string | undefined): boolean {
  return label !== undefined && SERVICE_WORDS.test(label);
}
