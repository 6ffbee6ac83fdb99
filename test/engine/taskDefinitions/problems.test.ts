import { describe, expect, it } from 'vitest';
import { taskDefinitionProblems } from '../../../src/engine/taskDefinitions';
import {
  aContainer,
  aFargateDefinition,
  anEc2Definition,
  awslogs,
  ECR_IMAGE,
  EXECUTION_ROLE,
} from './fixtures';

const first = (input: unknown) => taskDefinitionProblems(input)[0];

describe('taskDefinitionProblems: the observed ECS rejections (ecs-reference §1.6)', () => {
  const rows: Array<{ condition: string; input: Record<string, unknown>; field: string; message: string }> = [
    {
      condition: 'FARGATE without task cpu',
      input: aFargateDefinition({ cpu: undefined }),
      field: 'cpu',
      message: "Fargate requires that 'cpu' be defined at the task level.",
    },
    {
      condition: 'FARGATE without task memory',
      input: aFargateDefinition({ memory: undefined }),
      field: 'memory',
      message: "Fargate requires that 'memory' be defined at the task level.",
    },
    {
      condition: 'FARGATE with networkMode bridge',
      input: aFargateDefinition({ networkMode: 'bridge' }),
      field: 'networkMode',
      message: "Fargate only supports network mode 'awsvpc'.",
    },
    {
      condition: 'FARGATE without networkMode (bridge by default)',
      input: aFargateDefinition({ networkMode: undefined }),
      field: 'networkMode',
      message: "Fargate only supports network mode 'awsvpc'.",
    },
    {
      condition: 'FARGATE with placement constraints',
      input: aFargateDefinition({
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:x == y' }],
      }),
      field: 'placementConstraints',
      message: 'Fargate does not support task placement constraints.',
    },
    {
      condition: 'FARGATE with ipcMode',
      input: aFargateDefinition({ ipcMode: 'task' }),
      field: 'ipcMode',
      message: 'Tasks using the Fargate launch type do not support ipcMode.',
    },
    {
      condition: 'FARGATE, awslogs, no execution role',
      input: aFargateDefinition({
        containerDefinitions: [{ name: 'app', image: 'nginx', logConfiguration: awslogs() }],
      }),
      field: 'containerDefinitions[0].logConfiguration',
      message: 'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    },
    {
      condition: 'FARGATE, ECR image, no execution role',
      input: aFargateDefinition({ containerDefinitions: [{ name: 'app', image: ECR_IMAGE }] }),
      field: 'containerDefinitions[0].image',
      message: 'Fargate requires task definition to have execution role ARN to support ECR images.',
    },
    {
      condition: 'awsvpc with hostPort ≠ containerPort',
      input: anEc2Definition({
        networkMode: 'awsvpc',
        containerDefinitions: [aContainer({ portMappings: [{ containerPort: 80, hostPort: 8080 }] })],
      }),
      field: 'containerDefinitions[0].portMappings[0].hostPort',
      message: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
    },
    {
      condition: 'awsvpc with hostname',
      input: anEc2Definition({
        networkMode: 'awsvpc',
        containerDefinitions: [aContainer({ hostname: 'web' })],
      }),
      field: 'containerDefinitions[0].hostname',
      message: 'hostname is not supported on container when networkMode=awsvpc.',
    },
    {
      condition: 'no memory anywhere on EC2',
      input: anEc2Definition({ containerDefinitions: [aContainer({ memory: undefined })] }),
      field: 'containerDefinitions[0]',
      message:
        "Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified.",
    },
    {
      condition: 'container memory > task memory',
      input: anEc2Definition({ memory: '512', containerDefinitions: [aContainer({ memory: 1024 })] }),
      field: 'containerDefinitions[0].memory',
      message: "The 'memory' setting for container 'app' is greater than for the task.",
    },
    {
      condition: 'Σ container cpu > task cpu',
      input: anEc2Definition({
        cpu: '512',
        containerDefinitions: [aContainer({ cpu: 256 }), aContainer({ name: 'side', cpu: 512 })],
      }),
      field: 'cpu',
      message: "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
    },
    {
      condition: 'no essential container',
      input: anEc2Definition({ containerDefinitions: [aContainer({ essential: false })] }),
      field: 'containerDefinitions',
      message: "Task definition doesn't have any essential container.",
    },
    {
      condition: 'COMPLETE dependency on an essential container',
      input: anEc2Definition({
        containerDefinitions: [
          aContainer({ dependsOn: [{ containerName: 'init', condition: 'COMPLETE' }] }),
          aContainer({ name: 'init' }),
        ],
      }),
      field: 'containerDefinitions[0].dependsOn[0].condition',
      message: 'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
    },
    {
      condition: 'distinctInstance in a task definition',
      input: anEc2Definition({ placementConstraints: [{ type: 'distinctInstance' }] }),
      field: 'placementConstraints[0].type',
      message: "constraint.type 'distinctInstance' is not supported.",
    },
    {
      condition: 'awslogs without group and region',
      input: anEc2Definition({
        containerDefinitions: [aContainer({ logConfiguration: { logDriver: 'awslogs' } })],
      }),
      field: 'containerDefinitions[0].logConfiguration.options',
      message: 'Log driver awslogs requires options: awslogs-region, awslogs-group',
    },
    {
      condition: 'an empty container list',
      input: anEc2Definition({ containerDefinitions: [] }),
      field: 'containerDefinitions',
      message: 'Container list cannot be empty.',
    },
    {
      condition: 'an empty tags list',
      input: anEc2Definition({ tags: [] }),
      field: 'tags',
      message: 'Tags can not be empty.',
    },
    {
      condition: 'a container without an image',
      input: anEc2Definition({ containerDefinitions: [{ name: 'app', memory: 256 }] }),
      field: 'containerDefinitions[0].image',
      message: 'Container.image should not be null or empty.',
    },
    {
      condition: 'an empty image',
      input: anEc2Definition({ containerDefinitions: [aContainer({ image: '  ' })] }),
      field: 'containerDefinitions[0].image',
      message: 'Container.image should not be null or empty.',
    },
    {
      condition: 'an image with a space in it',
      input: anEc2Definition({ containerDefinitions: [aContainer({ image: 'my app:1' })] }),
      field: 'containerDefinitions[0].image',
      message: 'Container.image repository contains invalid characters.',
    },
    {
      condition: 'an image with a character outside letters, digits and - _ : . / #',
      input: anEc2Definition({ containerDefinitions: [aContainer({ image: 'nginx:latest!' })] }),
      field: 'containerDefinitions[0].image',
      message: 'Container.image repository contains invalid characters.',
    },
    {
      condition: 'an unknown awslogs option',
      input: anEc2Definition({
        containerDefinitions: [aContainer({ logConfiguration: awslogs({ log_key: 'log', tag: 'x' }) })],
      }),
      field: 'containerDefinitions[0].logConfiguration.options',
      message: 'Log driver awslogs disallows options: log_key, tag',
    },
    {
      condition: 'a FireLens log router that no container logs through',
      input: anEc2Definition({
        containerDefinitions: [
          aContainer({ name: 'router', firelensConfiguration: { type: 'fluentbit' } }),
          aContainer({ name: 'app', logConfiguration: awslogs() }),
        ],
      }),
      field: 'containerDefinitions[0].firelensConfiguration',
      message:
        'When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver.',
    },
    {
      condition: 'the awsfirelens log driver without a log router',
      input: anEc2Definition({
        containerDefinitions: [aContainer({ logConfiguration: { logDriver: 'awsfirelens' } })],
      }),
      field: 'containerDefinitions[0].logConfiguration.logDriver',
      message:
        'When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers.',
    },
    {
      condition: 'FARGATE with stopTimeout above 120 s',
      input: aFargateDefinition({
        containerDefinitions: [{ name: 'app', image: 'nginx', stopTimeout: 121 }],
      }),
      field: 'containerDefinitions[0].stopTimeout',
      message: "On Fargate 'stopTimeout' can be at most 120 seconds, not 121.",
    },
  ];

  it.each(rows)('rejects $condition with ECS’s message', ({ input, field, message }) => {
    const problems = taskDefinitionProblems(input);
    expect(problems).toContainEqual({ field, message, errorName: 'ClientException' });
    expect(problems).toHaveLength(1);
  });

  it('appends the valid memory values for the chosen cpu to the Fargate size message', () => {
    const p = first(aFargateDefinition({ cpu: '256', memory: '4096' }));
    expect(p?.field).toBe('memory');
    expect(p?.message).toBe(
      "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide. With cpu 256, Fargate accepts memory 512, 1024 or 2048 MiB, not 4096.",
    );
  });

  it('lists the Fargate cpu sizes when the cpu itself is not one', () => {
    const p = first(aFargateDefinition({ cpu: '300', memory: '1024' }));
    expect(p?.field).toBe('cpu');
    expect(p?.message).toMatch(
      /^Invalid 'cpu' setting for task\. .* accept cpu 256, 512, 1024, 2048, 4096, 8192 or 16384 /,
    );
  });

  it('refuses cpu below 1 vCPU for Windows tasks on Fargate', () => {
    const windows = { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } };
    expect(first(aFargateDefinition({ ...windows, cpu: '512', memory: '1024' }))?.message).toMatch(
      /Windows tasks on Fargate accept cpu 1024, 2048 or 4096/,
    );
    expect(taskDefinitionProblems(aFargateDefinition({ ...windows, cpu: '1024', memory: '2048' }))).toEqual(
      [],
    );
  });

  it.each([
    ['a pinned digest', `nginx@sha256:${'a'.repeat(64)}`],
    ['a registry with a port and a # in the tag', 'registry.example.com:5000/team/app:v1#2'],
    ['upper-case letters (Docker refuses them later, at pull time)', 'MyApp:latest'],
  ])('accepts an image with %s', (_, image) => {
    expect(
      taskDefinitionProblems(anEc2Definition({ containerDefinitions: [aContainer({ image })] })),
    ).toEqual([]);
  });

  it('accepts every awslogs option ECS documents', () => {
    const options = {
      'awslogs-create-group': 'true',
      'awslogs-datetime-format': '%Y-%m-%d',
      mode: 'non-blocking',
      'max-buffer-size': '25m',
    };
    const input = anEc2Definition({
      containerDefinitions: [aContainer({ logConfiguration: awslogs(options) })],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('accepts a FireLens pair: a log router and a container that logs through it', () => {
    const input = anEc2Definition({
      containerDefinitions: [
        aContainer({ name: 'router', firelensConfiguration: { type: 'fluentbit' } }),
        aContainer({
          name: 'app',
          logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } },
        }),
      ],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('leaves startTimeout uncapped on Fargate (only stopTimeout has the 120 s cap)', () => {
    const input = aFargateDefinition({
      containerDefinitions: [{ name: 'app', image: 'nginx', startTimeout: 900 }],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('accepts a Fargate definition with an execution role, ECR image and awslogs', () => {
    const input = aFargateDefinition({
      executionRoleArn: EXECUTION_ROLE,
      containerDefinitions: [{ name: 'app', image: ECR_IMAGE, logConfiguration: awslogs() }],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });
});

describe('taskDefinitionProblems: memory and cpu', () => {
  it('rejects memory below memoryReservation and accepts them equal', () => {
    const below = anEc2Definition({
      containerDefinitions: [aContainer({ memory: 256, memoryReservation: 512 })],
    });
    expect(first(below)?.field).toBe('containerDefinitions[0].memoryReservation');
    expect(first(below)?.message).toMatch(/must not be greater than 'memory'/);
    const equal = anEc2Definition({
      containerDefinitions: [aContainer({ memory: 512, memoryReservation: 512 })],
    });
    expect(taskDefinitionProblems(equal)).toEqual([]);
  });

  it('accepts containers without memory when the task sets memory', () => {
    expect(
      taskDefinitionProblems(
        anEc2Definition({ memory: '1 GB', containerDefinitions: [aContainer({ memory: undefined })] }),
      ),
    ).toEqual([]);
  });

  it('accepts a memoryReservation alone', () => {
    const input = anEc2Definition({
      containerDefinitions: [aContainer({ memory: undefined, memoryReservation: 128 })],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('accepts container cpu adding up exactly to the task cpu', () => {
    const input = anEc2Definition({
      cpu: '1 vCPU',
      containerDefinitions: [aContainer({ cpu: 512 }), aContainer({ name: 'side', cpu: 512 })],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('rejects a task cpu outside 128–196608 units on EC2', () => {
    expect(first(anEc2Definition({ cpu: '64' }))?.message).toMatch(/between 128 and 196608/);
    expect(taskDefinitionProblems(anEc2Definition({ cpu: '128' }))).toEqual([]);
  });
});

describe('taskDefinitionProblems: ports and network modes', () => {
  const withPorts = (networkMode: string, ...portMappings: unknown[]) =>
    anEc2Definition({ networkMode, containerDefinitions: [aContainer({ portMappings })] });

  it.each([
    ['awsvpc', { containerPort: 80 }],
    ['awsvpc', { containerPort: 80, hostPort: 80 }],
    ['host', { containerPort: 80 }],
    ['host', { containerPort: 80, hostPort: 80 }],
    ['bridge', { containerPort: 80, hostPort: 8080 }],
    ['bridge', { containerPort: 80, hostPort: 0 }],
    ['bridge', { containerPortRange: '8000-8009' }],
  ])('accepts %s mapping %j', (mode, mapping) => {
    expect(taskDefinitionProblems(withPorts(mode, mapping))).toEqual([]);
  });

  it('rejects a host-mode hostPort that differs from containerPort', () => {
    expect(first(withPorts('host', { containerPort: 80, hostPort: 8080 }))).toEqual({
      field: 'containerDefinitions[0].portMappings[0].hostPort',
      message: 'When networkMode=host, the host ports and container ports in port mappings must match.',
      errorName: 'ClientException',
    });
  });

  it('rejects port mappings in none mode', () => {
    expect(first(withPorts('none', { containerPort: 80 }))?.field).toBe(
      'containerDefinitions[0].portMappings',
    );
  });

  it('rejects links outside bridge mode and links to unknown containers', () => {
    const awsvpc = anEc2Definition({
      networkMode: 'awsvpc',
      containerDefinitions: [aContainer({ links: ['db:database'] }), aContainer({ name: 'db' })],
    });
    expect(first(awsvpc)?.message).toMatch(/links are supported only when networkMode=bridge/);
    const unknown = anEc2Definition({ containerDefinitions: [aContainer({ links: ['db'] })] });
    expect(first(unknown)).toMatchObject({ field: 'containerDefinitions[0].links[0]' });
  });

  it('rejects the same container port twice in one container, also for two protocols', () => {
    const twice = withPorts('bridge', { containerPort: 53 }, { containerPort: 53 });
    expect(first(twice)?.field).toBe('containerDefinitions[0].portMappings[1].containerPort');
    const protocols = withPorts('bridge', { containerPort: 53 }, { containerPort: 53, protocol: 'udp' });
    expect(first(protocols)?.message).toMatch(/can't be exposed for two protocols/);
  });

  it('rejects two containers on one awsvpc port but allows it in bridge mode with dynamic ports', () => {
    const containers = [
      aContainer({ portMappings: [{ containerPort: 80 }] }),
      aContainer({ name: 'side', portMappings: [{ containerPort: 80 }] }),
    ];
    const awsvpc = anEc2Definition({ networkMode: 'awsvpc', containerDefinitions: containers });
    expect(first(awsvpc)?.field).toBe('containerDefinitions[1].portMappings[0].containerPort');
    expect(taskDefinitionProblems(anEc2Definition({ containerDefinitions: containers }))).toEqual([]);
  });
});

describe('taskDefinitionProblems: containers referring to each other', () => {
  it('rejects duplicate container names', () => {
    const input = anEc2Definition({ containerDefinitions: [aContainer(), aContainer()] });
    expect(first(input)?.field).toBe('containerDefinitions[1].name');
  });

  it('rejects more than 10 containers', () => {
    const many = Array.from({ length: 11 }, (_, i) => aContainer({ name: `c${i}` }));
    expect(first(anEc2Definition({ containerDefinitions: many }))?.message).toMatch(/^Too many containers\./);
  });

  it.each([
    [
      'a missing container',
      { containerName: 'ghost', condition: 'START' },
      /not a container of this task definition/,
    ],
    ['itself', { containerName: 'app', condition: 'START' }, /cannot depend on itself/],
    ['HEALTHY without a health check', { containerName: 'db', condition: 'HEALTHY' }, /has no healthCheck/],
  ])('rejects a dependency on %s', (_, dependency, message) => {
    const input = anEc2Definition({
      containerDefinitions: [aContainer({ dependsOn: [dependency] }), aContainer({ name: 'db' })],
    });
    expect(first(input)?.message).toMatch(message);
  });

  it('accepts HEALTHY on a container with a health check and SUCCESS on a non-essential one', () => {
    const input = anEc2Definition({
      containerDefinitions: [
        aContainer({
          dependsOn: [
            { containerName: 'db', condition: 'HEALTHY' },
            { containerName: 'migrate', condition: 'SUCCESS' },
          ],
        }),
        aContainer({ name: 'db', healthCheck: { command: ['CMD', 'true'] } }),
        aContainer({ name: 'migrate', essential: false }),
      ],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });

  it('rejects a mount point naming an undeclared volume', () => {
    const input = anEc2Definition({
      containerDefinitions: [aContainer({ mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] })],
    });
    expect(first(input)?.field).toBe('containerDefinitions[0].mountPoints[0].sourceVolume');
    expect(taskDefinitionProblems({ ...input, volumes: [{ name: 'data' }] })).toEqual([]);
  });
});

describe('taskDefinitionProblems: memberOf expressions', () => {
  it('passes the query error position through for a malformed expression', () => {
    const expression = 'attribute:ecs.instance-type ==';
    const p = first(anEc2Definition({ placementConstraints: [{ type: 'memberOf', expression }] }));
    expect(p?.field).toBe('placementConstraints[0].expression');
    expect(p?.errorName).toBe('InvalidParameterException');
    expect(p?.offset).toBeGreaterThanOrEqual(0);
    expect(p!.offset! + p!.length!).toBeLessThanOrEqual(expression.length + 1);
  });

  it('accepts a well-formed expression naming an attribute no instance has', () => {
    const input = anEc2Definition({
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:team == payments' }],
    });
    expect(taskDefinitionProblems(input)).toEqual([]);
  });
});

describe('taskDefinitionProblems: ordering and robustness', () => {
  it('orders problems by member path, list indexes numerically', () => {
    const containers = Array.from({ length: 11 }, (_, i) => aContainer({ name: `c${i}`, memory: undefined }));
    const fields = taskDefinitionProblems(
      anEc2Definition({ networkMode: 'awsvpc', cpu: '64', containerDefinitions: containers }),
    ).map((p) => p.field);
    expect(fields[0]).toBe('containerDefinitions');
    expect(fields.indexOf('containerDefinitions[2]')).toBeLessThan(
      fields.indexOf('containerDefinitions[10]'),
    );
    expect(fields[fields.length - 1]).toBe('cpu');
  });

  it.each([null, 42, 'text', [], { family: 'x', containerDefinitions: 'nope' }])(
    'reports nothing it cannot understand for %j',
    (input) => {
      expect(taskDefinitionProblems(input)).toEqual([]);
    },
  );
});
