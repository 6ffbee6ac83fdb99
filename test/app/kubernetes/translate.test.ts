import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kubernetesInput, kubernetesSources } from '../../../src/app/kubernetes/fromSimulation';
import { k8sName, millicores, translate } from '../../../src/app/kubernetes/translate';
import type { K8sObject, Translation } from '../../../src/app/kubernetes/translate';
import { toYaml } from '../../../src/app/kubernetes/yaml';
import { launchContainerInstances, loadBalancerWithTargetGroup } from '../../../src/course/fixtures';
import { createSimulation, type Simulation } from '../../../src/engine';

/**
 * The ECS → Kubernetes translator on real engine shapes (DescribeTaskDefinition / DescribeServices of a built
 * simulation): the objects it makes, the fields they carry, the notes for what has no field, and the YAML text.
 */

const CLUSTER = 'shop';

function ec2World(seed = 1): Simulation {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
  for (const az of ['us-east-1a', 'us-east-1b'])
    launchContainerInstances(sim, { cluster: CLUSTER, instanceType: 'm5.large', availabilityZone: az });
  sim.advance(120);
  return sim;
}

const subnets = (sim: Simulation) => Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);

function register(sim: Simulation, input: Record<string, unknown>): string {
  return sim.call('ecs', 'RegisterTaskDefinition', input as never).taskDefinition.taskDefinitionArn;
}

const kinds = (t: Translation) => t.objects.map((o) => o.object.kind);
const obj = (t: Translation, kind: string): K8sObject =>
  t.objects.find((o) => o.object.kind === kind)!.object;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const podSpecOf = (o: K8sObject): any => (o.kind === 'Pod' ? o.spec : (o.spec as any).template.spec);
const noteFor = (t: Translation, ecs: RegExp) => t.notes.find((n) => ecs.test(n.ecs));

describe('units', () => {
  it.each([
    [1024, '1000m'],
    [256, '250m'],
    [512, '500m'],
    [128, '125m'],
    [2048, '2000m'],
  ])('turns %i CPU units into %s', (units, expected) => {
    expect(millicores(units)).toBe(expected);
  });

  it.each([
    ['web', 'web'],
    ['Orders_API', 'orders-api'],
    ['--x--', 'x'],
    ['a'.repeat(80), 'a'.repeat(63)],
  ])('makes a Kubernetes name of %s', (name, expected) => {
    expect(k8sName(name)).toBe(expected);
  });
});

describe('a task definition without a service', () => {
  it('is a bare Pod with the containers, command/args swapped names and no Service', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, {
      family: 'report',
      containerDefinitions: [
        {
          name: 'report',
          image: 'busybox:latest',
          memory: 256,
          entryPoint: ['sh', '-c'],
          command: ['echo hi'],
          environment: [{ name: 'MODE', value: 'daily' }],
        },
      ],
    });
    const t = translate(kubernetesInput(sim, { kind: 'taskDefinition', taskDefinition: 'report' }));
    expect(kinds(t)).toEqual(['Pod']);
    const c = podSpecOf(obj(t, 'Pod')).containers[0];
    expect(c).toMatchObject({
      name: 'report',
      image: 'busybox:latest',
      command: ['sh', '-c'],
      args: ['echo hi'],
      env: [{ name: 'MODE', value: 'daily' }],
      resources: { requests: { memory: '256Mi' }, limits: { memory: '256Mi' } },
    });
    expect(noteFor(t, /entryPoint/)?.kubernetes).toBe('command / args');
    expect(noteFor(t, /no service/)?.kubernetes).toBe('Pod spec');
  });
});

describe('an EC2 service in bridge mode behind an ALB', () => {
  function world() {
    const sim = ec2World();
    const tg = loadBalancerWithTargetGroup(sim, { name: 'web-alb', targetGroupName: 'web-tg' });
    register(sim, {
      family: 'web',
      networkMode: 'bridge',
      containerDefinitions: [
        {
          name: 'web',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          cpu: 256,
          memory: 512,
          memoryReservation: 256,
          portMappings: [{ containerPort: 8080, hostPort: 0 }],
          healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'], retries: 2 },
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs/web',
              'awslogs-region': 'us-east-1',
              'awslogs-stream-prefix': 'web',
            },
          },
        },
      ],
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 3,
      loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
      placementStrategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
      placementConstraints: [{ type: 'distinctInstance' }],
      deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 },
    });
    return sim;
  }
  const t = () => translate(kubernetesInput(world(), { kind: 'service', cluster: CLUSTER, service: 'web' }));

  it('makes a Deployment with the desired count and a LoadBalancer Service from listener to container port', () => {
    const tr = t();
    expect(kinds(tr)).toEqual(['Deployment', 'Service']);
    const d = obj(tr, 'Deployment') as K8sObject & { spec: Record<string, unknown> };
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '100%', maxUnavailable: '50%' },
    });
    expect(obj(tr, 'Service').spec).toMatchObject({
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ port: 80, targetPort: 8080 }],
    });
  });

  it('drops the dynamic host port, maps memoryReservation/memory to requests/limits and cpu to millicores', () => {
    const c = podSpecOf(obj(t(), 'Deployment')).containers[0];
    expect(c.ports).toEqual([{ containerPort: 8080 }]);
    expect(c.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } });
  });

  it('turns the health check into a liveness probe and the target group check into a readiness probe', () => {
    const c = podSpecOf(obj(t(), 'Deployment')).containers[0];
    expect(c.livenessProbe).toEqual({
      exec: { command: ['sh', '-c', 'curl -f http://localhost:8080/ || exit 1'] },
      periodSeconds: 30,
      timeoutSeconds: 5,
      failureThreshold: 2,
    });
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/', port: 8080 } });
  });

  it('spreads by zone, forbids two per node, and says binpack and logging have no field', () => {
    const tr = t();
    const spec = podSpecOf(obj(tr, 'Deployment'));
    expect(spec.topologySpreadConstraints).toEqual([
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { app: 'web' } },
      },
    ]);
    expect(spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey).toBe(
      'kubernetes.io/hostname',
    );
    expect(noteFor(tr, /binpack/)).toMatchObject({ fit: 'none' });
    expect(noteFor(tr, /logConfiguration/)).toMatchObject({ fit: 'none' });
    expect(noteFor(tr, /dynamic/)?.kubernetes).toBe('containerPort only');
  });

  it('writes YAML that parses back to the same objects, with comments on the non-obvious fields', () => {
    const tr = t();
    const text = toYaml(tr.objects);
    const docs = parseAllDocuments(text);
    expect(Array.isArray(docs) && docs.map((d) => d.toJS())).toEqual(tr.objects.map((o) => o.object));
    expect(text).toMatch(/# service web running web:1/);
    expect(text).toMatch(/# 1024 CPU units = 1000m/);
    expect(text).toMatch(/# from spread\(attribute:ecs.availability-zone\)/);
    expect(text).toMatch(/# bridge with hostPort 0 \(dynamic\)/);
    expect(text.split('\n---\n')).toHaveLength(2);
    // no anchors or aliases, and comments wrapped for reading
    expect(text).not.toMatch(/[&*]a\d/);
    for (const line of text.split('\n').filter((l) => l.trim().startsWith('#')))
      expect(line.length, line).toBeLessThanOrEqual(120);
  });
});

describe('a fixed host port, memberOf and a custom attribute', () => {
  it('keeps the hostPort and turns the constraints into a node selector and node affinity', () => {
    const sim = ec2World();
    register(sim, {
      family: 'edge',
      networkMode: 'bridge',
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.large' }],
      containerDefinitions: [
        {
          name: 'edge',
          image: 'nginx:latest',
          memory: 128,
          portMappings: [{ containerPort: 80, hostPort: 80 }],
        },
      ],
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: 'edge',
      taskDefinition: 'edge',
      desiredCount: 1,
      placementConstraints: [
        { type: 'memberOf', expression: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]' },
        { type: 'memberOf', expression: 'attribute:stack == prod or attribute:stack == qa' },
      ],
    });
    const t = translate(kubernetesInput(sim, { kind: 'service', cluster: CLUSTER, service: 'edge' }));
    const spec = podSpecOf(obj(t, 'Deployment'));
    expect(spec.containers[0].ports).toEqual([{ containerPort: 80, hostPort: 80 }]);
    expect(spec.nodeSelector).toEqual({ 'node.kubernetes.io/instance-type': 'm5.large' });
    expect(
      spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms,
    ).toEqual([
      {
        matchExpressions: [
          { key: 'topology.kubernetes.io/zone', operator: 'In', values: ['us-east-1a', 'us-east-1b'] },
        ],
      },
    ]);
    expect(noteFor(t, /stack == prod or/)).toMatchObject({ fit: 'none' });
    // no load balancer, but a port: a ClusterIP Service
    expect(obj(t, 'Service').spec).toMatchObject({
      type: 'ClusterIP',
      ports: [{ port: 80, targetPort: 80 }],
    });
  });
});

describe('a DAEMON service', () => {
  it('is a DaemonSet without replicas, and gets no autoscaler', () => {
    const sim = ec2World();
    register(sim, {
      family: 'agent',
      networkMode: 'host',
      containerDefinitions: [
        { name: 'agent', image: 'busybox:latest', memory: 64, command: ['sleep', '3600'] },
      ],
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: 'agent',
      taskDefinition: 'agent',
      schedulingStrategy: 'DAEMON',
    });
    const t = translate(kubernetesInput(sim, { kind: 'service', cluster: CLUSTER, service: 'agent' }));
    expect(kinds(t)).toEqual(['DaemonSet']);
    const ds = obj(t, 'DaemonSet') as K8sObject & { spec: Record<string, unknown> };
    expect(ds.spec.replicas).toBeUndefined();
    expect(podSpecOf(ds).hostNetwork).toBe(true);
    expect(noteFor(t, /DAEMON/)?.why).toMatch(/do not run on Fargate/);
  });
});

describe('a Fargate service with a task role, secrets, a sidecar and scaling', () => {
  function world() {
    const sim = createSimulation({ seed: 3 });
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    register(sim, {
      family: 'orders',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      taskRoleArn: 'arn:aws:iam::123456789012:role/orders-app',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      containerDefinitions: [
        {
          name: 'migrate',
          image: 'busybox:latest',
          essential: false,
          cpu: 128,
          memory: 256,
          command: ['echo', 'migrated'],
        },
        {
          name: 'orders',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          cpu: 256,
          memory: 512,
          portMappings: [{ containerPort: 8080 }],
          dependsOn: [{ containerName: 'migrate', condition: 'SUCCESS' }],
          secrets: [
            {
              name: 'DB_PASSWORD',
              valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
            },
          ],
          mountPoints: [{ sourceVolume: 'scratch', containerPath: '/tmp/scratch' }],
        },
      ],
      volumes: [{ name: 'scratch' }],
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: 'orders',
      taskDefinition: 'orders',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim).slice(0, 2) } },
    });
    const target = {
      ServiceNamespace: 'ecs',
      ResourceId: `service/${CLUSTER}/orders`,
      ScalableDimension: 'ecs:service:DesiredCount',
    };
    sim.call('application-autoscaling', 'RegisterScalableTarget', {
      ...target,
      MinCapacity: 2,
      MaxCapacity: 6,
    } as never);
    sim.call('application-autoscaling', 'PutScalingPolicy', {
      ...target,
      PolicyName: 'cpu60',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 60,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      },
    } as never);
    return sim;
  }
  const t = () =>
    translate(kubernetesInput(world(), { kind: 'service', cluster: CLUSTER, service: 'orders' }));

  it('adds a ServiceAccount with the IRSA annotation and the pod uses it', () => {
    const tr = t();
    expect(kinds(tr)).toEqual(['Deployment', 'ServiceAccount', 'Service', 'HorizontalPodAutoscaler']);
    expect(obj(tr, 'ServiceAccount').metadata).toMatchObject({
      name: 'orders',
      annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/orders-app' },
    });
    expect(podSpecOf(obj(tr, 'Deployment')).serviceAccountName).toBe('orders');
    expect(noteFor(tr, /^taskRoleArn$/)?.why).toMatch(/pods\.eks\.amazonaws\.com/);
    expect(noteFor(tr, /executionRoleArn/)).toMatchObject({ fit: 'none' });
  });

  it('sets requests equal to limits (EKS Fargate), arm64 nodes, and says a Fargate profile selects the namespace', () => {
    const tr = t();
    const spec = podSpecOf(obj(tr, 'Deployment'));
    expect(spec.containers[0].resources).toEqual({
      requests: { cpu: '250m', memory: '512Mi' },
      limits: { cpu: '250m', memory: '512Mi' },
    });
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64', 'kubernetes.io/os': 'linux' });
    expect(noteFor(tr, /FARGATE/)?.kubernetes).toMatch(/Fargate profile/);
    expect(toYaml(tr.objects)).toMatch(/Fargate profile must select namespace "default"/);
  });

  it('runs the SUCCESS dependency as an init container and reads secrets from a Kubernetes Secret', () => {
    const spec = podSpecOf(obj(t(), 'Deployment'));
    expect(spec.initContainers.map((c: { name: string }) => c.name)).toEqual(['migrate']);
    expect(spec.containers.map((c: { name: string }) => c.name)).toEqual(['orders']);
    expect(spec.containers[0].env).toEqual([
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-secrets', key: 'DB_PASSWORD' } } },
    ]);
    expect(spec.containers[0].volumeMounts).toEqual([{ name: 'scratch', mountPath: '/tmp/scratch' }]);
    expect(spec.volumes).toEqual([{ name: 'scratch', emptyDir: {} }]);
  });

  it('comments where the secret lives in AWS', () => {
    const comments = toYaml(t().objects).replace(/\n\s*#/g, '');
    expect(comments).toMatch(
      /ECS reads arn:aws:secretsmanager:\S*secret:db-AbCdEf \(Secrets Manager \/ SSM\)/,
    );
  });

  it('makes an HPA from the scalable target and the CPU target tracking policy', () => {
    expect(obj(t(), 'HorizontalPodAutoscaler').spec).toMatchObject({
      scaleTargetRef: { kind: 'Deployment', name: 'orders' },
      minReplicas: 2,
      maxReplicas: 6,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } },
        },
      ],
    });
  });

  it('notes the non-essential container and the awsvpc mode', () => {
    const tr = t();
    expect(noteFor(tr, /essential: false/)).toMatchObject({ fit: 'none' });
    expect(noteFor(tr, /awsvpc$/)?.kubernetes).toMatch(/VPC CNI/);
  });
});

describe('a single-container Fargate definition with only task-level size', () => {
  it('gives the container the task’s CPU and memory', () => {
    const sim = createSimulation({ seed: 1 });
    register(sim, {
      family: 'tiny',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'tiny', image: 'nginx:latest', portMappings: [{ containerPort: 80 }] }],
    });
    const t = translate(kubernetesInput(sim, { kind: 'taskDefinition', taskDefinition: 'tiny:1' }));
    expect(podSpecOf(obj(t, 'Pod')).containers[0].resources).toEqual({
      requests: { cpu: '250m', memory: '512Mi' },
      limits: { cpu: '250m', memory: '512Mi' },
    });
  });
});

describe('the source list', () => {
  it('lists active services and the latest revision of each family', () => {
    const sim = ec2World();
    register(sim, { family: 'a', containerDefinitions: [{ name: 'a', image: 'nginx:latest', memory: 64 }] });
    register(sim, { family: 'a', containerDefinitions: [{ name: 'a', image: 'nginx:latest', memory: 96 }] });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: 'svc',
      taskDefinition: 'a:1',
      desiredCount: 1,
    });
    expect(kubernetesSources(sim).map((s) => s.label)).toEqual([
      'service svc (cluster shop)',
      'task definition a:2',
    ]);
  });
});
