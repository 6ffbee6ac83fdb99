import { wait } from '../../src/course/steps';
import type { QuizItem, Step } from '../../src/course/types';
import { isAwsError, type Simulation } from '../../src/engine/index';
import scenario, { CLUSTER, INVENTORY, ORDERS, serviceNamed, setUpServiceConnect } from './scenario';
import {
  createNamespace,
  inventoryServer,
  killInventory,
  ordersClient,
  registerInventory,
  registerOrders,
} from './solution';

/** The lesson's start on a fresh simulation. */
function lessonStart(newSim: (seed: number) => Simulation): Simulation {
  const sim = newSim(scenario.seed);
  scenario.build(sim);
  return sim;
}

/** The share of orders' by-name calls that succeeded after `from` (undefined: none made). */
function byNameRatio(sim: Simulation, from: number): number | undefined {
  let ok = 0;
  let failed = 0;
  for (const b of sim.state.serviceDiscovery.calls[serviceNamed(sim, ORDERS)!.serviceArn]?.buckets ?? []) {
    if (b.at <= from || !/^http:\/\/inventory:/.test(b.url)) continue;
    ok += b.ok;
    failed += b.failed;
  }
  return ok + failed === 0 ? undefined : ok / (ok + failed);
}

/** The namespace, inventory on its named port, orders on http://inventory:8080; orders with `ordersConfig`. */
const ordersVariant = (ordersServiceConnect: boolean): Step[] => [
  createNamespace,
  registerInventory,
  inventoryServer(),
  wait(240),
  registerOrders(),
  ordersClient(ordersServiceConnect),
  wait(240),
  killInventory,
];

const SC = ['SAA-C03', 'DVA-C02', 'DOP-C02'] as const;

export default [
  {
    id: 'least-overhead-by-name',
    kind: 'single',
    prompt:
      'A company runs a dozen microservices as ECS services on Fargate. They call each other by hard-coded ' +
      'addresses, which break whenever tasks are replaced. The team wants short names, retries and per-call ' +
      'metrics with the LEAST operational overhead and no extra load balancers. What should they do?',
    options: [
      {
        id: 'service-connect',
        text: 'Create a Cloud Map namespace and enable ECS Service Connect on every service.',
        explanation:
          'Right: ECS adds a proxy to each task that resolves the short names, balances, retries and reports metrics.',
      },
      {
        id: 'internal-alb',
        text: 'Put an internal Application Load Balancer in front of each service.',
        explanation:
          'It works, but that is a dozen load balancers to pay for and configure: not the least overhead.',
      },
      {
        id: 'app-mesh',
        text: 'Deploy AWS App Mesh with Envoy sidecars in every task definition.',
        explanation:
          'App Mesh reaches end of support on 30 September 2026, and hand-managed sidecars are more work; AWS points to Service Connect.',
      },
      {
        id: 'route53',
        text: 'Create Route 53 A records for the tasks and update them from a Lambda function on task events.',
        explanation:
          'A home-made discovery system: code to run, DNS caching to fight, no retries or metrics.',
      },
    ],
    correct: ['service-connect'],
    tags: {
      concepts: ['Service Connect', 'App Mesh', 'internal load balancer'],
      exams: [...SC],
      tasks: ['SAA-2.1', 'DVA-1.1', 'DOP-3.2'],
      facts: ['F35', 'F37'],
    },
  },
  {
    id: 'port-name-required',
    kind: 'single',
    prompt:
      'You enable Service Connect on inventory with services [{"portName": "api", "clientAliases": [{"port": ' +
      '8080}]}], but its task definition maps containerPort 8080 without a name. What happens?',
    options: [
      {
        id: 'refused',
        text: 'ECS refuses the update: portName must match the name of a port mapping in the task definition.',
        explanation:
          'Right: Service Connect finds the port by its name. Register a revision that names the mapping.',
      },
      {
        id: 'by-number',
        text: 'ECS matches the alias port 8080 to containerPort 8080 and carries on.',
        explanation: 'ECS never matches by number here; the name is the link.',
      },
      {
        id: 'no-proxy',
        text: 'The update succeeds but the tasks start without a proxy.',
        explanation: 'The configuration is checked when you submit it, not silently dropped.',
      },
    ],
    correct: ['refused'],
    tags: {
      concepts: ['port mapping name', 'Service Connect'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-1.1', 'DOP-3.2'],
      facts: ['F35'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      sim.call('servicediscovery', 'CreateHttpNamespace', { Name: 'shop' });
      try {
        sim.call('ecs', 'UpdateService', {
          cluster: CLUSTER,
          service: INVENTORY,
          serviceConnectConfiguration: {
            enabled: true,
            namespace: 'shop',
            services: [{ portName: 'api', clientAliases: [{ port: 8080 }] }],
          },
        });
        return false;
      } catch (e) {
        return isAwsError(e) && /portName/.test(e.message);
      }
    },
  },
  {
    id: 'client-needs-proxy',
    kind: 'single',
    prompt:
      'inventory is a client-server Service Connect service with the alias inventory:8080 in namespace shop. ' +
      'orders gets a new revision calling http://inventory:8080 but no serviceConnectConfiguration. Which ' +
      'configuration of orders makes its calls succeed with the LEAST change?',
    options: [
      {
        id: 'client-only',
        text: 'serviceConnectConfiguration {"enabled": true, "namespace": "shop"} on orders (a client service).',
        explanation:
          'Right: only a task with the proxy resolves the short names; a client needs no services list.',
        runIt: {
          steps: ordersVariant(true),
          advance: 180,
          look: 'orders’ calls in its Service Connect section',
        },
      },
      {
        id: 'nothing',
        text: 'Nothing more: inventory is announced in the namespace, so every task in the VPC can resolve it.',
        explanation:
          'An HTTP namespace has no DNS records; the name exists only inside the proxies of Service Connect tasks.',
        runIt: {
          steps: ordersVariant(false),
          advance: 180,
          look: 'orders’ calls in its Service Connect section',
        },
      },
      {
        id: 'server',
        text: 'Make orders client-server too, with its own alias orders:8080.',
        explanation:
          'Publishing orders does not help it call others; being a client is what gives it the proxy.',
      },
    ],
    correct: ['client-only'],
    tags: {
      concepts: ['client service', 'Service Connect proxy'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-1.1', 'DOP-3.2'],
      facts: ['F35'],
    },
    engineCheck(newSim) {
      const ratioFor = (sc: boolean) => {
        const sim = lessonStart(newSim);
        for (const step of ordersVariant(sc)) {
          if ('advance' in step) sim.advance(step.advance);
          else {
            const [service, operation, input] = step.call;
            sim.callByName(service, operation, typeof input === 'function' ? input(sim) : input);
          }
        }
        const from = sim.now;
        sim.advance(180);
        return byNameRatio(sim, from) ?? 0;
      };
      return ratioFor(true) >= 0.99 && ratioFor(false) === 0;
    },
  },
  {
    id: 'replacement-keeps-calls',
    kind: 'single',
    prompt:
      'With Service Connect, orders calls inventory (2 tasks) steadily. One inventory task is stopped and ' +
      'replaced. In the sandbox’s model, what happens to orders’ calls?',
    options: [
      {
        id: 'continue',
        text: 'They keep succeeding: the stopping task leaves the pool at once and the other task answers.',
        explanation:
          'Right: the client proxies update their endpoint list; the replacement joins when it runs.',
      },
      {
        id: 'ttl',
        text: 'Half fail until the DNS TTL of inventory’s record expires.',
        explanation: 'Service Connect clients do not cache DNS answers; the proxy tracks endpoints itself.',
      },
      {
        id: 'redeploy',
        text: 'All fail until orders is redeployed to learn the new task’s address.',
        explanation:
          'Clients learn new names at start, but endpoints of known names change under them all the time.',
      },
    ],
    correct: ['continue'],
    twinOfPrediction: true,
    tags: {
      concepts: ['Service Connect', 'endpoint pool', 'draining'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F35'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      setUpServiceConnect(sim);
      const from = sim.now;
      const task = Object.values(sim.state.ecs.tasks).find(
        (t) => t.group === 'service:inventory' && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
      )!;
      sim.call('ecs', 'StopTask', { cluster: CLUSTER, task: task.taskArn });
      sim.advance(180);
      return (byNameRatio(sim, from) ?? 0) >= 0.99;
    },
  },
  {
    id: 'srv-for-bridge',
    kind: 'single',
    prompt:
      'A legacy client outside ECS must find the tasks of an ECS service on EC2 that uses bridge network mode ' +
      'with dynamic host ports, by DNS. Which Cloud Map setup lets the client learn both address and port?',
    options: [
      {
        id: 'srv',
        text: 'Service discovery (serviceRegistries) in a private DNS namespace with SRV records.',
        explanation: 'Right: SRV records carry the port, which bridge tasks with dynamic host ports need.',
      },
      {
        id: 'a',
        text: 'Service discovery with A records only.',
        explanation: 'An A record holds an address but no port; it suits awsvpc tasks, whose port is fixed.',
      },
      {
        id: 'http-ns',
        text: 'An HTTP namespace with Service Connect.',
        explanation:
          'HTTP namespaces have no DNS records, and Service Connect names work only in ECS tasks with the proxy.',
      },
    ],
    correct: ['srv'],
    tags: {
      concepts: ['Cloud Map', 'service discovery', 'SRV record', 'bridge'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F36'],
    },
  },
  {
    id: 'two-true',
    kind: 'multiple',
    prompt: 'Which TWO statements about ECS Service Connect are true?',
    options: [
      {
        id: 'new-deployment',
        text: 'Changing a service’s Service Connect configuration starts a new deployment.',
        explanation: 'Right: only new tasks get the new proxy configuration.',
      },
      {
        id: 'start-time',
        text: 'A client task resolves only the names that existed in its namespace when it started.',
        explanation: 'Right: configure servers first, or replace the clients’ tasks afterwards.',
      },
      {
        id: 'any-client',
        text: 'Any EC2 instance in the VPC can resolve Service Connect names.',
        explanation: 'Only tasks with the Service Connect proxy resolve them.',
      },
      {
        id: 'host-mode',
        text: 'It needs the host network mode so the proxy can bind the instance’s ports.',
        explanation:
          'The proxy runs inside the task; the sandbox accepts awsvpc and bridge and refuses host.',
      },
    ],
    correct: ['new-deployment', 'start-time'],
    tags: {
      concepts: ['Service Connect', 'deployment'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-1.1', 'DOP-3.2'],
      facts: ['F35'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      sim.call('servicediscovery', 'CreateHttpNamespace', { Name: 'shop' });
      const before = serviceNamed(sim, ORDERS)!.deployments.length;
      sim.call('ecs', 'UpdateService', {
        cluster: CLUSTER,
        service: ORDERS,
        serviceConnectConfiguration: { enabled: true, namespace: 'shop' },
      });
      return serviceNamed(sim, ORDERS)!.deployments.length === before + 1;
    },
  },
  {
    id: 'app-mesh-currency',
    kind: 'single',
    prompt:
      'An older practice question asks for "a service mesh for ECS with traffic routing between microservices". ' +
      'A company is starting a new ECS design in 2026. Which choice is MOST appropriate?',
    options: [
      {
        id: 'sc',
        text: 'ECS Service Connect.',
        explanation:
          'Right: App Mesh ends on 30 September 2026 and AWS names Service Connect as the way forward.',
      },
      {
        id: 'mesh',
        text: 'AWS App Mesh with virtual services and virtual routers.',
        explanation:
          'The older exam answer; for a new design it would be built on a service that is going away.',
      },
      {
        id: 'nlb',
        text: 'A Network Load Balancer per service.',
        explanation: 'Balancing, but no mesh features and a load balancer per service to pay for.',
      },
    ],
    correct: ['sc'],
    tags: {
      concepts: ['App Mesh', 'Service Connect'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F37'],
    },
  },
  {
    id: 'namespace-missing',
    kind: 'single',
    prompt:
      'You update a service with serviceConnectConfiguration {"enabled": true, "namespace": "shop"} before any ' +
      'namespace exists. What does ECS answer?',
    options: [
      {
        id: 'not-found',
        text: 'NamespaceNotFoundException: create the Cloud Map namespace first.',
        explanation: 'Right: ECS does not create the namespace for an API call; create it, then refer to it.',
      },
      {
        id: 'creates',
        text: 'ECS creates an HTTP namespace named shop and carries on.',
        explanation: 'The console can create one for you; the UpdateService API does not.',
      },
    ],
    correct: ['not-found'],
    tags: {
      concepts: ['Cloud Map namespace', 'Service Connect'],
      exams: ['DVA-C02'],
      tasks: ['DVA-1.1'],
      facts: ['F35'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      try {
        sim.call('ecs', 'UpdateService', {
          cluster: CLUSTER,
          service: ORDERS,
          serviceConnectConfiguration: { enabled: true, namespace: 'shop' },
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.name === 'NamespaceNotFoundException';
      }
    },
  },
] satisfies QuizItem[];
