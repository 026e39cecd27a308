/**
 * A GraphQL validation rule that bounds how much work one operation can ask for. Depth is already
 * capped (`depthLimit` in config/plugins.ts), but a flat operation can still repeat a field under
 * aliases: ten `newsImportPreview` aliases parse ten 200,000-character stories in one request. So
 * each operation may use a few aliases, and the expensive fields (the import plugin's) only a
 * couple of times.
 *
 * Fragments are counted where they are spread, each fragment once (memoised): a chain of fragments
 * spreading each other twice would otherwise make this rule itself exponential.
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

export type OperationLimits = {
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Fields whose every occurrence is costly (parsing a story, an import). */
  expensiveFields: readonly string[];
  /** Occurrences of those fields per operation, all together. */
  maxExpensiveFields: number;
};

type Counts = { aliases: number; expensive: number };

const ZERO: Counts = { aliases: 0, expensive: 0 };
const add = (a: Counts, b: Counts): Counts => ({ aliases: a.aliases + b.aliases, expensive: a.expensive + b.expensive });

export const operationLimits = (limits: OperationLimits) => {
  const expensive = new Set(limits.expensiveFields);

  return (context: ValidationContext): ASTVisitor => {
    const memo = new Map<string, Counts>();
    const inProgress = new Set<string>();

    const countSet = (selectionSet: SelectionSetNode | undefined): Counts => {
      let counts = ZERO;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          counts = add(counts, {
            aliases: selection.alias ? 1 : 0,
            expensive: expensive.has(selection.name.value) ? 1 : 0,
          });
          counts = add(counts, countSet(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          counts = add(counts, countSet(selection.selectionSet));
        } else {
          counts = add(counts, countFragment(selection.name.value));
        }
      }
      return counts;
    };

    // A cycle is reported by graphql's own NoFragmentCycles rule; here it just counts nothing.
    const countFragment = (name: string): Counts => {
      const known = memo.get(name);
      if (known) return known;
      const fragment = context.getFragment(name);
      if (!fragment || inProgress.has(name)) return ZERO;
      inProgress.add(name);
      const counts = countSet(fragment.selectionSet);
      inProgress.delete(name);
      memo.set(name, counts);
      return counts;
    };

    return {
      OperationDefinition(operation) {
        const counts = countSet(operation.selectionSet);
        const name = operation.name ? `"${operation.name.value}"` : 'This operation';
        if (counts.expensive > limits.maxExpensiveFields) {
          context.reportError(
            new GraphQLError(
              `${name} asks for ${limits.expensiveFields.join('/')} ${counts.expensive} times; at most ${limits.maxExpensiveFields} are allowed per operation. Send one request per story.`,
              { nodes: [operation] }
            )
          );
        }
        if (counts.aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(
              `${name} uses ${counts.aliases} aliases; at most ${limits.maxAliases} are allowed per operation.`,
              { nodes: [operation] }
            )
          );
        }
      },
    };
  };
};
