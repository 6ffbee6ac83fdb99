/**
 * The name or id an ARN ends with: what follows its last `/`. That is a cluster's name, a task's or container
 * instance's id (their ARNs carry the cluster in between: `task/<cluster>/<id>`), a task definition's
 * `family:revision`, an instance profile's name under any path. Text with no `/` (a name or id already) comes
 * back as it is.
 */
export const arnName = (arnOrName: string): string => arnOrName.slice(arnOrName.lastIndexOf('/') + 1);

/** A long id cut to its first `keep` characters and an ellipsis ("0123abcd…"); short ones stay whole. */
export const shortId = (id: string, keep = 8): string =>
  id.length > keep + 2 ? `${id.slice(0, keep)}…` : id;
