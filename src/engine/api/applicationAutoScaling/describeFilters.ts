import { validation } from '../../applicationAutoScaling/resource';

/**
 * What the Describe* operations share: a namespace other than ecs has nothing registered in the sandbox (an
 * empty answer, as AWS gives for a namespace you use nothing in), and a ScalableDimension needs a resource.
 */
export function describeScope(input: {
  readonly ServiceNamespace: string;
  readonly ScalableDimension?: string;
  readonly ResourceId?: string;
  readonly ResourceIds?: ReadonlyArray<string>;
}): boolean {
  if (
    input.ScalableDimension !== undefined &&
    input.ResourceId === undefined &&
    input.ResourceIds === undefined
  ) {
    throw validation(
      'ScalableDimension was given without a resource: name the resource too (ResourceId, or ResourceIds for DescribeScalableTargets).',
      'ScalableDimension',
    );
  }
  return (
    input.ServiceNamespace === 'ecs' &&
    (input.ScalableDimension ?? 'ecs:service:DesiredCount') === 'ecs:service:DesiredCount'
  );
}
