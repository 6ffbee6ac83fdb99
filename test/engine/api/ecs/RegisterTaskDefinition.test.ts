import { describe, expect, it } from 'vitest';
import { AwsError, createSimulation } from '../../../../src/engine';
import {
  aContainer,
  aFargateDefinition,
  anEc2Definition,
  awslogs,
  ECR_IMAGE,
  EXECUTION_ROLE,
} from '../../taskDefinitions/fixtures';

const register = (sim: ReturnType<typeof createSimulation>, input: Record<string, unknown>) =>
  sim.callByName('ecs', 'RegisterTaskDefinition', input) as {
    taskDefinition: Record<string, unknown> & { containerDefinitions: Array<Record<string, unknown>> };
    tags: unknown[];
  };

const attributeNames = (out: ReturnType<typeof register>) =>
  (out.taskDefinition.requiresAttributes as Array<{ name: string }>).map((a) => a.name);

describe('ecs RegisterTaskDefinition', () => {
  it('registers revision 1 with ECS defaults filled in and an ISO timestamp', () => {
    const sim = createSimulation({ seed: 1 });
    sim.advance(61);
    const out = register(
      sim,
      anEc2Definition({ containerDefinitions: [aContainer({ portMappings: [{ containerPort: 80 }] })] }),
    );
    expect(out.taskDefinition).toMatchObject({
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
      family: 'web',
      revision: 1,
      status: 'ACTIVE',
      networkMode: 'bridge',
      compatibilities: ['EC2', 'EXTERNAL'],
      registeredAt: '2026-01-01T00:01:01Z',
      placementConstraints: [],
      volumes: [],
    });
    expect(out.taskDefinition.containerDefinitions[0]).toMatchObject({
      essential: true,
      cpu: 0,
      portMappings: [{ containerPort: 80, protocol: 'tcp' }],
    });
    expect(out.taskDefinition.containerDefinitions[0]!.portMappings).toEqual([
      { containerPort: 80, protocol: 'tcp' },
    ]);
    expect(out.tags).toEqual([]);
    expect(sim.events.at(-1)).toEqual({
      type: 'TaskDefinitionRegistered',
      at: 61,
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
    });
  });

  it('stores cpu and memory strings as integer strings', () => {
    const out = register(createSimulation(), aFargateDefinition({ cpu: '1 vCPU', memory: '2 GB' }));
    expect(out.taskDefinition).toMatchObject({ cpu: '1024', memory: '2048' });
  });

  it('fills hostPort = containerPort for awsvpc', () => {
    const out = register(
      createSimulation(),
      aFargateDefinition({
        containerDefinitions: [{ name: 'app', image: 'nginx', portMappings: [{ containerPort: 8080 }] }],
      }),
    );
    expect(out.taskDefinition.containerDefinitions[0]!.portMappings).toEqual([
      { containerPort: 8080, hostPort: 8080, protocol: 'tcp' },
    ]);
  });

  it.each([
    ['a Fargate definition', aFargateDefinition(), ['EC2', 'FARGATE']],
    [
      'an awsvpc definition that would fit Fargate',
      aFargateDefinition({ requiresCompatibilities: undefined }),
      ['EC2', 'FARGATE'],
    ],
    ['a bridge definition (external instances run bridge tasks too)', anEc2Definition(), ['EC2', 'EXTERNAL']],
    ['a host definition', anEc2Definition({ networkMode: 'host' }), ['EC2', 'EXTERNAL']],
    [
      'an awsvpc definition with an odd size',
      aFargateDefinition({ requiresCompatibilities: ['EC2'], cpu: '300' }),
      ['EC2'],
    ],
    [
      'an EXTERNAL definition',
      anEc2Definition({ requiresCompatibilities: ['EXTERNAL'] }),
      ['EC2', 'EXTERNAL'],
    ],
  ])('reports compatibilities for %s', (_, input, compatibilities) => {
    expect(register(createSimulation(), input).taskDefinition.compatibilities).toEqual(compatibilities);
  });

  it('derives requiresAttributes from the features used', () => {
    const out = register(
      createSimulation(),
      aFargateDefinition({
        executionRoleArn: EXECUTION_ROLE,
        taskRoleArn: 'arn:aws:iam::123456789012:role/app',
        containerDefinitions: [
          {
            name: 'app',
            image: ECR_IMAGE,
            logConfiguration: awslogs(),
            healthCheck: { command: ['CMD', 'true'], startPeriod: 10 },
            dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }],
          },
          { name: 'init', image: 'busybox', essential: false, memoryReservation: 64 },
        ],
      }),
    );
    expect(attributeNames(out).sort()).toEqual(
      [
        'com.amazonaws.ecs.capability.logging-driver.awslogs',
        'com.amazonaws.ecs.capability.docker-remote-api.1.18',
        'com.amazonaws.ecs.capability.docker-remote-api.1.19',
        'com.amazonaws.ecs.capability.docker-remote-api.1.21',
        'com.amazonaws.ecs.capability.docker-remote-api.1.24',
        'com.amazonaws.ecs.capability.docker-remote-api.1.29',
        'com.amazonaws.ecs.capability.ecr-auth',
        'com.amazonaws.ecs.capability.task-iam-role',
        'ecs.capability.container-health-check',
        'ecs.capability.container-ordering',
        'ecs.capability.execution-role-awslogs',
        'ecs.capability.execution-role-ecr-pull',
        'ecs.capability.task-eni',
      ].sort(),
    );
  });

  it('requires nothing of a plain bridge definition', () => {
    expect(attributeNames(register(createSimulation(), anEc2Definition()))).toEqual([]);
  });

  it('echoes the tags and keeps them out of the taskDefinition', () => {
    const out = register(createSimulation(), anEc2Definition({ tags: [{ key: 'team', value: 'web' }] }));
    expect(out.tags).toEqual([{ key: 'team', value: 'web' }]);
    expect(out.taskDefinition).not.toHaveProperty('tags');
  });

  it('never reuses a revision number, even after deregister and delete', () => {
    const sim = createSimulation();
    register(sim, anEc2Definition());
    register(sim, anEc2Definition());
    sim.callByName('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:2' });
    sim.callByName('ecs', 'DeleteTaskDefinitions', { taskDefinitions: ['web:2'] });
    expect(register(sim, anEc2Definition()).taskDefinition.revision).toBe(3);
    expect(register(sim, anEc2Definition({ family: 'api' })).taskDefinition.revision).toBe(1);
    expect(sim.state.ecs.families).toEqual({ web: 3, api: 1 });
  });

  it('throws the first problem with its name, message and field', () => {
    const sim = createSimulation();
    expect(() => register(sim, aFargateDefinition({ networkMode: 'bridge' }))).toThrow(
      expect.objectContaining({
        name: 'ClientException',
        message: "Fargate only supports network mode 'awsvpc'.",
        field: 'networkMode',
      }),
    );
  });

  it.each([
    ['a semantic problem', aFargateDefinition({ memory: '4096' })],
    ['a schema violation', anEc2Definition({ networkMode: 'nat' })],
  ])('leaves the state unchanged when rejected for %s', (_, input) => {
    const sim = createSimulation();
    register(sim, anEc2Definition());
    const before = JSON.stringify(sim.state);
    expect(() => register(sim, input)).toThrow(AwsError);
    expect(JSON.stringify(sim.state)).toBe(before);
  });

  it.each([
    ['a missing image', { name: 'app', memory: 256 }, 'Container.image should not be null or empty.'],
    ['an empty image', aContainer({ image: '' }), 'Container.image should not be null or empty.'],
    [
      'an image with invalid characters',
      aContainer({ image: 'nginx latest' }),
      'Container.image repository contains invalid characters.',
    ],
  ])('answers %s with ECS’s ClientException, not a schema pattern', (_, container, message) => {
    expect(() =>
      register(createSimulation(), anEc2Definition({ containerDefinitions: [container] })),
    ).toThrow(
      expect.objectContaining({ name: 'ClientException', message, field: 'containerDefinitions[0].image' }),
    );
  });

  it('accepts a startTimeout above the old 600 s schema ceiling', () => {
    const out = register(
      createSimulation(),
      anEc2Definition({ containerDefinitions: [aContainer({ startTimeout: 3600 })] }),
    );
    expect(out.taskDefinition.containerDefinitions[0]!.startTimeout).toBe(3600);
  });

  it('requires the FireLens capabilities a log router needs', () => {
    const out = register(
      createSimulation(),
      anEc2Definition({
        containerDefinitions: [
          aContainer({
            name: 'router',
            firelensConfiguration: {
              type: 'fluentd',
              options: { 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::b/f.conf' },
            },
          }),
          aContainer({ name: 'app', logConfiguration: { logDriver: 'awsfirelens' } }),
        ],
      }),
    );
    expect(attributeNames(out)).toEqual(
      expect.arrayContaining([
        'ecs.capability.firelens.fluentd',
        'ecs.capability.firelens.options.config.s3',
        'com.amazonaws.ecs.capability.logging-driver.awsfirelens',
      ]),
    );
  });
});
