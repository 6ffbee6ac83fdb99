import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  CLUSTER,
  CONFIG_ARN,
  EXECUTION_ROLE,
  EXECUTION_ROLE_ARN,
  ordersContainer,
  ORDERS_V1,
  PARAMETER_NAME,
  PASSWORD_V1,
  PASSWORD_V2,
  policy,
  READ_FILE,
  READ_PARAMETER,
  READ_SECRET,
  SECRET_NAME,
  SERVICE,
} from './config';

export { PARAMETER_NAME, SECRET_NAME };

/** The steps lesson 8's solutions, probes and naive attempts are made of. */

const dbSecret = (password: string) => JSON.stringify({ username: 'orders', password });

/** The secret's ARN (it ends in six random characters, so it is read from the state). */
export const secretArn = (sim: Simulation) =>
  Object.values(sim.state.secretsManager.secrets).find((s) => s.Name === SECRET_NAME)!.ARN;

export const createSecret = call('secretsmanager', 'CreateSecret', {
  Name: SECRET_NAME,
  SecretString: dbSecret(PASSWORD_V1),
});

export const rotateSecret = call('secretsmanager', 'PutSecretValue', {
  SecretId: SECRET_NAME,
  SecretString: dbSecret(PASSWORD_V2),
});

export const createParameter = call('ssm', 'PutParameter', {
  Name: PARAMETER_NAME,
  Type: 'SecureString',
  Value: PASSWORD_V1,
});

export const rotateParameter = call('ssm', 'PutParameter', {
  Name: PARAMETER_NAME,
  Type: 'SecureString',
  Value: PASSWORD_V2,
  Overwrite: true,
});

/** The execution role may read the secret (or the parameter) and, with `file`, the settings file. */
export const allowExecution = (source: 'secret' | 'parameter', file = true) =>
  call('iam', 'PutRolePolicy', {
    RoleName: EXECUTION_ROLE,
    PolicyName: 'orders-config',
    PolicyDocument: policy(source === 'secret' ? READ_SECRET : READ_PARAMETER, ...(file ? READ_FILE : [])),
  });

interface Revision {
  /** where DB_PASSWORD comes from (`none`: the container gets no DB_PASSWORD of its own) */
  readonly password: 'secret' | 'parameter' | 'plain' | 'none';
  /** read orders.env */
  readonly file: boolean;
  /** keep LOG_LEVEL=info in `environment` (it then wins over the file) */
  readonly keepLogLevel?: boolean;
}

/** A new orders revision: the execution role named, the password's source, the settings file. */
export const registerOrders = (revision: Revision) =>
  call('ecs', 'RegisterTaskDefinition', (sim: Simulation) => {
    const environment = [
      ...ordersContainer.environment,
      ...(revision.password === 'plain' ? [{ name: 'DB_PASSWORD', value: PASSWORD_V1 }] : []),
      ...(revision.keepLogLevel ? [{ name: 'LOG_LEVEL', value: 'info' }] : []),
    ];
    const valueFrom =
      revision.password === 'secret'
        ? `${secretArn(sim)}:password::`
        : revision.password === 'parameter'
          ? PARAMETER_NAME
          : undefined;
    return {
      ...ORDERS_V1,
      executionRoleArn: EXECUTION_ROLE_ARN,
      containerDefinitions: [
        {
          ...ordersContainer,
          environment,
          ...(valueFrom === undefined ? {} : { secrets: [{ name: 'DB_PASSWORD', valueFrom }] }),
          ...(revision.file ? { environmentFiles: [{ value: CONFIG_ARN, type: 's3' as const }] } : {}),
        },
      ],
    };
  });

export const deployLatest = call('ecs', 'UpdateService', {
  cluster: CLUSTER,
  service: SERVICE,
  taskDefinition: SERVICE,
});

export const redeploy = call('ecs', 'UpdateService', {
  cluster: CLUSTER,
  service: SERVICE,
  forceNewDeployment: true,
});

/** The password into a Secrets Manager secret and orders onto it, with the settings file; 5 minutes to roll out. */
export const toSecret: ReadonlyArray<Step> = [
  createSecret,
  allowExecution('secret'),
  registerOrders({ password: 'secret', file: true }),
  deployLatest,
  wait(300),
];
