import { AwsError } from '../errors';

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/**
 * Load balancer and target group names: 1–32 letters, digits or hyphens, not starting or ending with a hyphen;
 * a load balancer's may not start with `internal-` (its DNS name does when it is internal). ValidationError.
 */
export function checkName(name: string, what: 'load balancer' | 'target group', field = 'Name'): void {
  if (!NAME.test(name)) {
    throw new AwsError(
      'ValidationError',
      `The ${what} name '${name}' is not valid: use 1 to 32 letters, digits or hyphens, not starting or ending with a hyphen.`,
      field,
    );
  }
  if (what === 'load balancer' && name.startsWith('internal-')) {
    throw new AwsError(
      'ValidationError',
      `The load balancer name '${name}' cannot start with 'internal-': that prefix is for the DNS names of internal load balancers.`,
      field,
    );
  }
}

/** Refuses a request that gives two members only one of which may be given. ValidationError. */
export function checkExclusive(
  given: Readonly<Record<string, unknown>>,
  members: ReadonlyArray<string>,
): void {
  const present = members.filter((m) => given[m] !== undefined);
  if (present.length > 1) {
    throw new AwsError(
      'ValidationError',
      `${present.join(' and ')} cannot be used together: give only one of ${members.join(', ')}.`,
      present[1],
    );
  }
}

/** The simulated protocols of ALB target groups and listeners; others belong to Network or Gateway Load Balancers. */
export function requireHttpProtocol(
  protocol: string,
  field: string,
  where: 'target group' | 'listener' | 'health check',
): 'HTTP' | 'HTTPS' {
  if (protocol === 'HTTP' || protocol === 'HTTPS') return protocol;
  throw new AwsError(
    'InvalidConfigurationRequest',
    `${field} ${protocol} is not an Application Load Balancer protocol: a ${where} of an ALB uses HTTP or HTTPS. The sandbox simulates Application Load Balancers only.`,
    field,
  );
}
