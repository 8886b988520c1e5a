/**
 * A grade column named for the store's member ladder (会员等级, 会员卡等级, VIP等级, Membership Level,
 * Loyalty Tier): the store's own levels (普通会员 / 银卡 / 金卡 / 钻石卡), earned by its own points and
 * rules, not the value tier Sheet Keeper makes from what a customer spent. Compared with that tier,
 * most members "changed class" for no reason the user could act on (tester h70).
 */
const LOYALTY = /会员|卡|vip|member|loyalty/iu;

export const namesLoyaltyLevel = (header: unknown): boolean => typeof header === 'string' && LOYALTY.test(header);
