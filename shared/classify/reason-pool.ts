/**
 * One object per distinct reason, one array per distinct list of a row's reasons and one object per
 * distinct set of labels, for a run of the classifier. A 100,000-row sheet gives 400,000 reasons but about 40,000 distinct ones (the
 * same "no purchase yet", "amount < 10,000", "contacted 14 days ago" on many rows), and half its
 * rows repeat another's whole list. Each reason built per row would live as long as the plan, and
 * every object that outlives a young-generation collection is copied by it: sharing them spares the
 * copying, and lets the reason column render each distinct list once (analyze.ts).
 *
 * Reasons and lists are values nobody changes once classified; two that are equal here (the same
 * dimension, level, code and parameters, names and values in the same order) serialize alike.
 */
import type { Reason } from './reason';
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';
import type { RowLabels } from './classify';

/**
 * A trie over the parts of a reason (dimension, level, code, then each parameter's name and value),
 * or over the reasons of a list. Keys compare as Map keys do (SameValueZero), so 1 and '1' stay
 * apart. Most nodes have one child: it is kept in the node, and a Map is made only for a second.
 */
interface Node<T> {
  value?: T;
  key?: unknown;
  child?: Node<T>;
  next?: Map<unknown, Node<T>>;
}

const sameKey = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

function step<T>(node: Node<T>, key: unknown): Node<T> {
  if (node.child === undefined) {
    node.key = key;
    return (node.child = {});
  }
  if (sameKey(node.key, key)) return node.child;
  const next = (node.next ??= new Map());
  let child = next.get(key);
  if (!child) next.set(key, (child = {}));
  return child;
}

export class ReasonPool {
  private readonly reasons: Node<Reason> = {};
  private readonly lists: Node<Reason[]> = {};
  private readonly labelSets: Node<RowLabels> = {};

  /**
   * The pooled reason of these parts, made (with `params` itself) the first time. Given as parts, not
   * as a Reason: most are met before, and a Reason built for each would be garbage at once.
   */
  reason(dimension: string, level: string, code: MessageKey, params: Params): Reason {
    let node = step(step(step(this.reasons, dimension), level), code);
    for (const name in params) node = step(step(node, name), params[name]);
    // The end of the parameters: {a: 1} is not a prefix of {a: 1, b: 2}.
    node = step(node, END);
    return (node.value ??= { dimension, level, code, params });
  }

  /** The pooled list equal to `reasons` (pooled reasons), a copy of it the first time. */
  list(reasons: readonly Reason[]): Reason[] {
    let node = this.lists;
    for (let k = 0; k < reasons.length; k++) node = step(node, reasons[k]);
    return (node.value ??= reasons.slice());
  }

  /** The pooled labels equal to `labels` (a sheet gives a few dozen combinations), a copy the first time. */
  labels(labels: RowLabels): RowLabels {
    let node = step(step(step(step(this.labelSets, labels.lifecycle), labels.activity), labels.tier), labels.vip);
    const { custom } = labels;
    for (const id in custom) node = step(step(node, id), custom[id]);
    node = step(node, END);
    return (node.value ??= { lifecycle: labels.lifecycle, activity: labels.activity, tier: labels.tier, vip: labels.vip, custom: { ...custom } });
  }
}

/** A key no parameter name or value can be. */
const END = Symbol('end');
