import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { INVENTORY, ORDERS, servingTasks } from '../../lessons/12-service-connect/scenario';
import solution, {
  createNamespace,
  inventoryServer,
  killInventory,
  ordersClient,
  registerInventory,
  registerOrders,
} from '../../lessons/12-service-connect/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 12, in the shape of ./naiveAttempts.ts: what a learner who has not got the
 * idea yet would try (a copied address, a name without Service Connect, half the configuration, an extra load
 * balancer), and the goals each must leave unmet.
 */

/** The address of a serving inventory task, as a naive learner would copy it from DescribeTasks. */
const copyCurrentIp: Step = call('ecs', 'RegisterTaskDefinition', (sim) => {
  const ip = servingTasks(sim, INVENTORY)[0]!.eni!.privateIPv4Address;
  return {
    family: ORDERS,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: ORDERS,
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        portMappings: [{ containerPort: 8080 }],
        environment: [{ name: 'INVENTORY_URL', value: `http://${ip}:8080` }],
      },
    ],
  };
});

const internalAlb: Step = call('elbv2', 'CreateLoadBalancer', (sim) => ({
  Name: 'inventory-internal',
  Scheme: 'internal',
  Subnets: Object.values(sim.state.ec2.subnets)
    .slice(0, 2)
    .map((s) => s.SubnetId),
}));

export const serviceConnect12Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'waits', steps: [wait(900)], mustMiss: ['calls-by-name', 'service-connect-no-lb'] },
  {
    name: 'copies the address of a task that runs now, then a task is killed',
    steps: [
      copyCurrentIp,
      ordersClient(false),
      wait(300),
      killInventory,
      wait(120),
      killInventory,
      wait(240),
    ],
    mustMiss: ['calls-by-name', 'service-connect-no-lb'],
  },
  {
    name: 'calls the name without Service Connect on orders',
    steps: [
      createNamespace,
      registerInventory,
      inventoryServer(),
      wait(240),
      registerOrders(),
      ordersClient(false),
      wait(240),
      killInventory,
      wait(240),
    ],
    mustMiss: ['calls-by-name', 'service-connect-no-lb'],
  },
  {
    name: 'configures orders before inventory and never replaces orders’ tasks',
    steps: [
      createNamespace,
      registerOrders(),
      ordersClient(),
      wait(240),
      registerInventory,
      inventoryServer(),
      wait(240),
      killInventory,
      wait(240),
    ],
    mustMiss: ['calls-by-name'],
  },
  {
    name: 'does everything right but never kills a task',
    steps: [
      createNamespace,
      registerInventory,
      inventoryServer(),
      wait(240),
      registerOrders(),
      ordersClient(),
      wait(600),
    ],
    mustMiss: ['calls-by-name'],
  },
  {
    name: 'does it right and also adds an internal load balancer',
    steps: [...solution, internalAlb, wait(120)],
    mustMiss: ['service-connect-no-lb'],
  },
];
