import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError, type Simulation } from '../../../src/engine';

/** Fargate cluster `c`, namespace `ns1`, service `api` (2 tasks, port 8080 named `web`) and service `app`. */
function world(options: { apiServiceConnect?: boolean; appServiceConnect?: boolean } = {}): Simulation {
  const sim = createSimulation({ seed: 5 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'c' });
  sim.call('servicediscovery', 'CreateHttpNamespace', { Name: 'ns1' });
  const subnets = Object.keys(sim.state.ec2.subnets).slice(0, 2);
  for (const family of ['api', 'app']) {
    sim.call('ecs', 'RegisterTaskDefinition', {
      family,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: family,
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          portMappings: [{ containerPort: 8080, name: 'web', appProtocol: 'http' }],
        },
      ],
    });
  }
  sim.call('ecs', 'CreateService', {
    cluster: 'c',
    serviceName: 'api',
    taskDefinition: 'api',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets } },
    ...(options.apiServiceConnect === false
      ? {}
      : {
          serviceConnectConfiguration: {
            enabled: true,
            namespace: 'ns1',
            services: [{ portName: 'web', clientAliases: [{ port: 80, dnsName: 'api' }] }],
          },
        }),
  });
  sim.call('ecs', 'CreateService', {
    cluster: 'c',
    serviceName: 'app',
    taskDefinition: 'app',
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets } },
    ...(options.appServiceConnect === false
      ? {}
      : { serviceConnectConfiguration: { enabled: true, namespace: 'ns1' } }),
  });
  sim.advance(180);
  return sim;
}

const running = (sim: Simulation, group: string) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => t.group === `service:${group}` && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
  );

describe('Service Connect: names, proxies and the endpoint pool', () => {
  it('spreads calls by name over the server tasks round-robin', () => {
    const sim = world();
    const out = sim.call('sim', 'CallService', {
      cluster: 'c',
      fromService: 'app',
      url: 'http://api:80',
      requests: 10,
    });
    expect(out.succeeded).toBe(10);
    expect(out.viaServiceConnect).toBe(true);
    expect(out.answeredBy.map((a) => a.requests).sort()).toEqual([5, 5]);
  });

  it('does not resolve names in a task without the proxy', () => {
    const sim = world({ appServiceConnect: false });
    const out = sim.call('sim', 'CallService', { cluster: 'c', fromService: 'app', url: 'http://api:80' });
    expect(out.failed).toBe(10);
    expect(out.failures[0]).toMatchObject({ reason: 'NAME_NOT_RESOLVED' });
    expect(out.failures[0]!.detail).toMatch(/no Service Connect proxy/);
  });

  it('refuses a known name on another port, and answers 503 when no task serves', () => {
    const sim = world();
    expect(
      sim.call('sim', 'CallService', { cluster: 'c', fromService: 'app', url: 'http://api:8080' })
        .failures[0]!.reason,
    ).toBe('CONNECTION_REFUSED');
    for (const t of running(sim, 'api')) sim.call('ecs', 'StopTask', { cluster: 'c', task: t.taskArn });
    const out = sim.call('sim', 'CallService', { cluster: 'c', fromService: 'app', url: 'http://api:80' });
    expect(out.failures[0]).toMatchObject({ reason: 'NO_HEALTHY_UPSTREAM', count: 10 });
  });

  it('takes a stopping task out of the pool at once; its address times out once it has stopped', () => {
    const sim = world();
    const [first] = running(sim, 'api');
    const ip = first!.eni!.privateIPv4Address;
    sim.call('ecs', 'StopTask', { cluster: 'c', task: first!.taskArn });
    const out = sim.call('sim', 'CallService', { cluster: 'c', fromService: 'app', url: 'http://api:80' });
    expect(out.answeredBy.map((a) => a.taskArn)).not.toContain(first!.taskArn);
    sim.advance(120);
    const direct = sim.call('sim', 'CallService', {
      cluster: 'c',
      fromService: 'app',
      url: `http://${ip}:8080`,
    });
    expect(direct.failures[0]!.reason).toBe('CONNECT_TIMEOUT');
  });

  it('shows the proxy container in DescribeTasks, and registers the tasks in Cloud Map', () => {
    const sim = world();
    const [task] = running(sim, 'api');
    const described = sim.call('ecs', 'DescribeTasks', { cluster: 'c', tasks: [task!.taskArn] }).tasks[0]!;
    expect(described.containers.map((c) => c.name)).toEqual([
      'api',
      expect.stringMatching(/^ecs-service-connect-/),
    ]);
    const ns = sim.call('servicediscovery', 'ListNamespaces', {}).Namespaces[0]!;
    expect(ns).toMatchObject({ Name: 'ns1', Type: 'HTTP', ServiceCount: 1 });
    const found = sim.call('servicediscovery', 'DiscoverInstances', {
      NamespaceName: 'ns1',
      ServiceName: 'web',
    });
    expect(found.Instances).toHaveLength(2);
    expect(found.Instances[0]!.Attributes.AWS_INSTANCE_PORT).toBe('8080');
  });

  it('refuses host network mode, a duplicate alias and a second namespace of the same name', () => {
    const sim = world();
    const refused = (f: () => unknown) => {
      try {
        f();
        return '';
      } catch (e) {
        return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
      }
    };
    expect(refused(() => sim.call('servicediscovery', 'CreateHttpNamespace', { Name: 'ns1' }))).toMatch(
      /^NamespaceAlreadyExists/,
    );
    expect(
      refused(() =>
        sim.call('ecs', 'UpdateService', {
          cluster: 'c',
          service: 'app',
          serviceConnectConfiguration: {
            enabled: true,
            namespace: 'ns1',
            services: [
              { portName: 'web', discoveryName: 'other', clientAliases: [{ port: 80, dnsName: 'api' }] },
            ],
          },
        }),
      ),
    ).toMatch(/api:80 is already a client alias in namespace ns1 \(service api\)/);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'hosty',
      networkMode: 'host',
      containerDefinitions: [
        {
          name: 'h',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          memory: 256,
          portMappings: [{ containerPort: 80, name: 'p' }],
        },
      ],
    });
    expect(
      refused(() =>
        sim.call('ecs', 'CreateService', {
          cluster: 'c',
          serviceName: 'hosty',
          taskDefinition: 'hosty',
          desiredCount: 1,
          serviceConnectConfiguration: { enabled: true, namespace: 'ns1', services: [{ portName: 'p' }] },
        }),
      ),
    ).toMatch(/awsvpc or bridge network mode/);
  });

  it('records steady traffic in a bounded ring, and stops when asked', () => {
    const sim = world();
    sim.call('sim', 'SetTraffic', {
      cluster: 'c',
      service: 'app',
      urlVariable: 'NOPE',
      requestsPerSecond: 2,
    });
    sim.advance(60);
    // the variable is missing: nothing is sent
    expect(
      sim.state.serviceDiscovery.calls[
        Object.values(sim.state.ecs.services).find((s) => s.serviceName === 'app')!.serviceArn
      ],
    ).toBeUndefined();
    sim.call('sim', 'SetTraffic', {
      cluster: 'c',
      service: 'app',
      urlVariable: 'NOPE',
      requestsPerSecond: 0,
    });
    sim.advance(30);
    expect(sim.state.serviceDiscovery.clock.running).toBe(false);
  });
});
