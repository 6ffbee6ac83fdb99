import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import {
  BY_NAME,
  CLUSTER,
  fargateDefinition,
  INVENTORY,
  killInventoryTask,
  NAMESPACE,
  ORDERS,
  URL_VARIABLE,
} from './scenario';

export const createNamespace = call('servicediscovery', 'CreateHttpNamespace', { Name: NAMESPACE });

/** inventory:2: the 8080 mapping named `api` (Service Connect finds the port by its name). */
export const registerInventory = call(
  'ecs',
  'RegisterTaskDefinition',
  fargateDefinition(INVENTORY, { portName: 'api' }),
);

/** inventory as a client-server service: alias inventory:8080 in `namespace`. */
export const inventoryServer = (namespace = NAMESPACE, taskDefinition = INVENTORY): Step =>
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: INVENTORY,
    taskDefinition,
    serviceConnectConfiguration: {
      enabled: true,
      namespace,
      services: [{ portName: 'api', clientAliases: [{ port: 8080, dnsName: INVENTORY }] }],
    },
  });

/** orders:N calling `url`. */
export const registerOrders = (url = BY_NAME): Step =>
  call(
    'ecs',
    'RegisterTaskDefinition',
    fargateDefinition(ORDERS, { environment: [{ name: URL_VARIABLE, value: url }] }),
  );

/** orders on its newest revision, as a Service Connect client (or without Service Connect). */
export const ordersClient = (serviceConnect = true): Step =>
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: ORDERS,
    taskDefinition: ORDERS,
    ...(serviceConnect ? { serviceConnectConfiguration: { enabled: true, namespace: NAMESPACE } } : {}),
  });

export const killInventory = call('ecs', 'StopTask', killInventoryTask);

/** Namespace, inventory client-server, orders client by name; then an inventory task is killed under traffic. */
export default [
  createNamespace,
  registerInventory,
  inventoryServer(),
  wait(240),
  registerOrders(),
  ordersClient(),
  wait(240),
  killInventory,
  wait(120),
  killInventory,
  wait(240),
] satisfies Step[];

export const alternatives: Step[][] = [
  // orders first (it cannot resolve the name yet), then inventory, then orders' tasks replaced to learn the alias
  [
    createNamespace,
    registerOrders(),
    ordersClient(),
    registerInventory,
    inventoryServer(),
    wait(240),
    call('ecs', 'UpdateService', { cluster: CLUSTER, service: ORDERS, forceNewDeployment: true }),
    wait(300),
    killInventory,
    wait(120),
    killInventory,
    wait(240),
  ],
  // a private DNS namespace instead of an HTTP one
  [
    call('servicediscovery', 'CreatePrivateDnsNamespace', {
      Name: NAMESPACE,
      Vpc: 'vpc-0a1b2c3d4e5f60718',
    }),
    registerInventory,
    inventoryServer(),
    wait(240),
    registerOrders(),
    ordersClient(),
    wait(300),
    killInventory,
    wait(120),
    killInventory,
    wait(240),
  ],
];
