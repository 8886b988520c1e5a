/**
 * A grade column named for credit (用友's 信用等级, 信用评级, 资信评级, Credit Rating): it rates whether
 * the customer pays on time, not what he is worth. Its grades are compared with the tier the amounts
 * give, but never stand in for them (classify/stated-tier.ts).
 */
const CREDIT = /信用|資信|资信|credit/iu;

export const namesCreditGrade = (header: unknown): boolean => typeof header === 'string' && CREDIT.test(header);
