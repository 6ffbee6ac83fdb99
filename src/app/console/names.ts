/**
 * The AWS CLI's spelling of API names: `RunTask` → `run-task`, `taskDefinition` → `task-definition`,
 * `IamInstanceProfile` → `iam-instance-profile`, `enableECSManagedTags` → `enable-ecs-managed-tags`.
 * Same rules as botocore's name transform: a capital that starts a lowercase run, and a capital after a
 * lowercase letter or digit, each begin a new word; a trailing plural acronym (`ARNs`) is one word.
 */
export function kebab(name: string): string {
  if (name.includes('-')) return name;
  const plural = /[A-Z]{2,}s$/.exec(name);
  const base = plural ? `${name.slice(0, -plural[0].length)}-${plural[0].toLowerCase()}` : name;
  return base
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** The API name whose CLI spelling is `cliName`, among `names`; undefined when none matches. */
export function fromKebab(cliName: string, names: ReadonlyArray<string>): string | undefined {
  return names.find((n) => kebab(n) === cliName);
}
