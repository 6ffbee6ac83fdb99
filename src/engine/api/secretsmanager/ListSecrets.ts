import type { Secret } from '../../model/storage';
import { paginate } from '../../schema/pagination';
import { listSecretsSchema } from '../../schema/secretsManager';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { secretMetadata, versionsToStages } from '../../secretsManager/store';
import { findSecret } from '../../secretsManager/valueFrom';
import { defineOperation } from '../operation';

export type ListSecretsInput = Infer<typeof listSecretsSchema>;

/** A filter value matches the start of the field, case-insensitively; a leading `!` negates it (as in AWS). */
function matches(field: string | undefined, value: string): boolean {
  const negate = value.startsWith('!');
  const prefix = (negate ? value.slice(1) : value).toLowerCase();
  const hit = field !== undefined && field.toLowerCase().startsWith(prefix);
  return negate ? !hit : hit;
}

function passes(s: Secret, key: string, values: ReadonlyArray<string>): boolean {
  const tags = s.Tags ?? [];
  const fields: ReadonlyArray<string | undefined> =
    key === 'name'
      ? [s.Name]
      : key === 'description'
        ? [s.Description]
        : key === 'tag-key'
          ? tags.map((t) => t.Key)
          : key === 'tag-value'
            ? tags.map((t) => t.Value)
            : key === 'all'
              ? [s.Name, s.Description, ...tags.flatMap((t) => [t.Key, t.Value])]
              : [];
  return values.some((v) => fields.some((f) => matches(f, v)));
}

/** secretsmanager ListSecrets: the account's secrets (metadata only), filtered and sorted. */
export const ListSecrets = defineOperation({
  schema: listSecretsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: ListSecretsInput) {
    const all = Object.values(ctx.state.secretsManager.secrets)
      .filter((s) => findSecret(ctx.state, s.ARN, input.IncludePlannedDeletion === true) === s)
      .filter((s) => (input.Filters ?? []).every((f) => passes(s, f.Key, f.Values)));
    const by = input.SortBy ?? 'created-date';
    const key = (s: Secret): string | number =>
      by === 'name' ? s.Name : by === 'last-changed-date' ? s.LastChangedDate : s.CreatedDate;
    all.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c = x < y ? -1 : x > y ? 1 : a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0;
      return input.SortOrder === 'asc' ? c : -c;
    });
    const { page, nextToken } = paginate(all, input.MaxResults, input.NextToken, 100);
    return {
      SecretList: page.map((s) => ({
        ...secretMetadata(ctx, s),
        SecretVersionsToStages: versionsToStages(s),
      })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  },
});
