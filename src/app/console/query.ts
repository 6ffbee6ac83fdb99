import { compile, TreeInterpreter, type JSONValue } from '@jmespath-community/jmespath';
import { err, ok, type Result } from '../../lib/result';

/**
 * `--query`: a JMESPath expression, compiled once when the line is parsed and applied to the response. The
 * AWS CLI accepts legacy backtick literals that are not JSON (`` [?lastStatus==`RUNNING`] `` reads RUNNING as a
 * string, as AWS docs often write it), so this console does too.
 */
export type Query = (data: unknown) => Result<unknown, string>;

const OPTIONS = { enable_legacy_literals: true } as const;

/** The library's own message; a stack overflow (absurd nesting) becomes a sentence instead. */
function describe(e: unknown): string {
  if (e instanceof RangeError) return 'the expression nests too deeply to evaluate';
  return e instanceof Error ? e.message : String(e);
}

/** Compiles `expr`, or says why it is not a JMESPath expression (the message names the token). */
export function compileQuery(expr: string): Result<Query, string> {
  let ast: ReturnType<typeof compile>;
  try {
    ast = compile(expr, OPTIONS);
  } catch (e) {
    return err(describe(e));
  }
  return ok((data) => {
    try {
      // a response member left undefined reads as null, as in the JSON the CLI would have received
      return ok(TreeInterpreter.search(ast, data as JSONValue) ?? null);
    } catch (e) {
      // a type error at run time: `length(`5`)`, `sort` of objects, an unknown function
      return err(describe(e));
    }
  });
}
