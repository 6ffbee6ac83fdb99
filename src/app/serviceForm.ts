import type { InputOf, Simulation } from '../engine/index';

/** The placement choices the form offers; the JSON view takes any strategy the API does. */
export type PlacementPreset = 'default' | 'binpack-memory' | 'spread-instance' | 'az-then-binpack';

export const PLACEMENT_PRESETS: ReadonlyArray<{ readonly id: PlacementPreset; readonly label: string }> = [
  { id: 'default', label: 'None (the service default: spread across AZs, then instances)' },
  { id: 'az-then-binpack', label: 'spread by AZ, then binpack memory' },
  { id: 'binpack-memory', label: 'binpack memory' },
  { id: 'spread-instance', label: 'spread by instance' },
];

const PRESET_STRATEGIES: Readonly<
  Record<PlacementPreset, NonNullable<InputOf<'ecs', 'CreateService'>['placementStrategy']>>
> = {
  default: [],
  'az-then-binpack': [
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
    { type: 'binpack', field: 'memory' },
  ],
  'binpack-memory': [{ type: 'binpack', field: 'memory' }],
  'spread-instance': [{ type: 'spread', field: 'instanceId' }],
};

/** What the create-service form holds. */
export interface ServiceForm {
  readonly cluster: string;
  readonly serviceName: string;
  readonly taskDefinition: string;
  readonly schedulingStrategy: 'REPLICA' | 'DAEMON';
  readonly desiredCount: number;
  readonly launchType: 'EC2' | 'FARGATE';
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly circuitBreaker: boolean;
  readonly rollback: boolean;
  readonly healthCheckGracePeriodSeconds: number;
  /** `''` for none */
  readonly targetGroupArn: string;
  /** `container:port` of the task definition's port mapping to register, `''` for none */
  readonly loadBalancedPort: string;
  readonly placement: PlacementPreset;
  /** the subnets of an awsvpc service (all of the default VPC's, as RunTask's form does) */
  readonly subnets: ReadonlyArray<string>;
}

/** The CreateService request the form describes, with only the members the learner set. */
export function createServiceInput(form: ServiceForm): InputOf<'ecs', 'CreateService'> {
  const daemon = form.schedulingStrategy === 'DAEMON';
  const [containerName, port] = splitPort(form.loadBalancedPort);
  const strategies = daemon ? [] : PRESET_STRATEGIES[form.placement];
  return {
    cluster: form.cluster,
    serviceName: form.serviceName,
    taskDefinition: form.taskDefinition,
    launchType: form.launchType,
    schedulingStrategy: form.schedulingStrategy,
    ...(daemon ? {} : { desiredCount: form.desiredCount }),
    deploymentConfiguration: {
      minimumHealthyPercent: form.minimumHealthyPercent,
      maximumPercent: form.maximumPercent,
      deploymentCircuitBreaker: {
        enable: form.circuitBreaker,
        rollback: form.circuitBreaker && form.rollback,
      },
    },
    ...(strategies.length ? { placementStrategy: strategies } : {}),
    ...(form.targetGroupArn && containerName
      ? {
          loadBalancers: [{ targetGroupArn: form.targetGroupArn, containerName, containerPort: port }],
          healthCheckGracePeriodSeconds: form.healthCheckGracePeriodSeconds,
        }
      : {}),
    ...(form.subnets.length
      ? { networkConfiguration: { awsvpcConfiguration: { subnets: [...form.subnets] } } }
      : {}),
  };
}

function splitPort(value: string): [string, number] {
  const at = value.lastIndexOf(':');
  return at < 0 ? ['', 0] : [value.slice(0, at), Number(value.slice(at + 1))];
}

/**
 * The deployment defaults ECS fills in (ecs-reference §5.3): a REPLICA service keeps 100 % healthy and may
 * double; a DAEMON service may not run more than one task per instance, so it stops before it starts.
 */
export function defaultBounds(strategy: 'REPLICA' | 'DAEMON'): { min: number; max: number } {
  return strategy === 'DAEMON' ? { min: 0, max: 100 } : { min: 100, max: 200 };
}

/** A request as the `aws` command that sends it, so learners see what they would type against AWS. */
export function cliInputCommand(command: string, input: unknown, service = 'ecs'): string {
  const json = JSON.stringify(input, null, 2).replaceAll("'", "'\\''");
  return `aws ${service} ${command} --cli-input-json '${json}'`;
}

/** The `container:port` pairs of a task definition's port mappings, for a load balancer to send traffic to. */
export function containerPorts(sim: Simulation, taskDefinition: string): string[] {
  const [family, revision] = taskDefinition.split(':');
  const td = Object.values(sim.state.ecs.taskDefinitions).find(
    (d) => d.family === family && String(d.revision) === revision,
  );
  return (td?.containerDefinitions ?? []).flatMap((c) =>
    (c.portMappings ?? []).map((p) => `${c.name}:${p.containerPort}`),
  );
}

/** Whether a task definition revision runs in awsvpc mode (its service then needs subnets). */
export function usesAwsvpc(sim: Simulation, taskDefinition: string, launchType: 'EC2' | 'FARGATE'): boolean {
  if (launchType === 'FARGATE') return true;
  const [family, revision] = taskDefinition.split(':');
  return Object.values(sim.state.ecs.taskDefinitions).some(
    (d) => d.family === family && String(d.revision) === revision && d.networkMode === 'awsvpc',
  );
}

/** The fields a draft holds (the ServiceForm without what is read off the simulation). */
export type ServiceFormFields = Omit<ServiceForm, 'subnets'>;

/**
 * The form as the request needs it: the load balancer gets the task definition's first port mapping unless
 * the learner picked one, and an awsvpc service gets all the default subnets.
 */
export function completeServiceForm(sim: Simulation, fields: ServiceFormFields): ServiceForm {
  const subnets = usesAwsvpc(sim, fields.taskDefinition, fields.launchType)
    ? Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId)
    : [];
  return {
    ...fields,
    loadBalancedPort: fields.loadBalancedPort || (containerPorts(sim, fields.taskDefinition)[0] ?? ''),
    subnets,
  };
}
