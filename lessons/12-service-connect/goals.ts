import { goal, met, notYet } from '../../src/course/goals';
import type { Service, Simulation } from '../../src/engine/index';
import { tallyCalls } from '../../src/engine/views';
import { CLUSTER, INVENTORY, NAMESPACE, ORDERS, serviceNamed } from './scenario';

/** The window the call goals look back over. */
export const WINDOW = 300;

/** The namespace named `shop`'s ARN, if it exists. */
const namespaceArn = (sim: Simulation) =>
  Object.values(sim.state.serviceDiscovery.namespaces).find((n) => n.Name === NAMESPACE)?.Arn;

/** inventory tasks ECS began to stop in (since, now]: the replacements the calls had to survive. */
function inventoryStops(sim: Simulation, since: number): number {
  return Object.values(sim.state.ecs.tasks).filter((t) => {
    if (t.group !== `service:${INVENTORY}` || !t.clusterArn.endsWith(`:cluster/${CLUSTER}`)) return false;
    const at = t.stoppingAt ?? t.stoppedAt;
    return at !== undefined && at > since;
  }).length;
}

/** The primary deployment's Service Connect settings of a service. */
const settingsOf = (service: Service | undefined) => service?.deployments[0]?.serviceConnect;

/** Internal load balancers in the account (the goal is to need none). */
const internalBalancers = (sim: Simulation) =>
  Object.values(sim.state.elbv2.loadBalancers).filter((lb) => lb.Scheme === 'internal');

export default [
  goal({
    id: 'calls-by-name',
    description:
      'Over the last 5 minutes orders made ≥ 500 calls to inventory by name, ≥ 99 % succeeded, and at least one inventory task was replaced meanwhile',
    holdFor: 60,
    check(sim) {
      const orders = serviceNamed(sim, ORDERS);
      if (!orders) return notYet('There is no ACTIVE service orders in shop.');
      const since = sim.now - WINDOW;
      const byName = tallyCalls(sim.state, orders.serviceArn, since, { host: INVENTORY });
      const all = tallyCalls(sim.state, orders.serviceArn, since);
      const sent = byName.ok + byName.failed;
      if (sent === 0) {
        return notYet(
          all.ok + all.failed === 0
            ? 'orders has made no calls in the last 5 minutes.'
            : `orders made ${all.ok + all.failed} calls in the last 5 minutes, none of them to the name inventory ` +
                `(${all.failed} failed).`,
        );
      }
      const pct = Math.floor((byName.ratio ?? 0) * 1000) / 10;
      if (byName.ratio! < 0.99) {
        return notYet(
          `${byName.ok} of ${sent} calls to inventory by name succeeded in the last 5 minutes (${pct} %).`,
        );
      }
      if (sent < 500)
        return notYet(`Only ${sent} calls to inventory by name in the last 5 minutes; keep the traffic on.`);
      if (inventoryStops(sim, since) === 0) {
        return notYet(
          `${pct} % of ${sent} calls by name succeeded, but no inventory task was replaced in the last 5 minutes: ` +
            'stop one while orders calls, to show the calls survive it.',
        );
      }
      return met;
    },
    hints: {
      nudge:
        'Open orders’ Service Connect section: what does it call, and why do the calls fail? Then look at ' +
        'inventory’s task definition: does its port mapping have a name?',
      pointer:
        'Create a Cloud Map namespace, give inventory’s 8080 port mapping a name and make inventory a ' +
        'client-server Service Connect service with the client alias inventory:8080; make orders a client and ' +
        'point INVENTORY_URL at http://inventory:8080. Clients only learn the names that exist when their tasks ' +
        'start, so configure inventory first. Then stop one inventory task while orders keeps calling.',
      bottomOut:
        '`servicediscovery create-http-namespace --name shop`; register inventory with portMappings ' +
        '`[{"containerPort": 8080, "name": "api", "appProtocol": "http"}]` and update inventory with ' +
        '`serviceConnectConfiguration {"enabled": true, "namespace": "shop", "services": [{"portName": "api", ' +
        '"clientAliases": [{"port": 8080, "dnsName": "inventory"}]}]}`; register orders with INVENTORY_URL = ' +
        'http://inventory:8080 and update orders with `{"enabled": true, "namespace": "shop"}`; wait until both ' +
        'rollouts finish, then `ecs stop-task` one inventory task and wait 5 minutes.',
    },
  }),
  goal({
    id: 'service-connect-no-lb',
    description:
      'inventory serves inventory:8080 in namespace shop, orders is a Service Connect client there, and no internal load balancer exists',
    holdFor: 60,
    check(sim) {
      const ns = namespaceArn(sim);
      if (!ns) return notYet('There is no Cloud Map namespace named shop.');
      const inv = settingsOf(serviceNamed(sim, INVENTORY));
      const alias = inv?.services
        .flatMap((e) => e.clientAliases)
        .find((a) => a.dnsName === INVENTORY && a.port === 8080);
      if (!inv?.enabled || inv.namespace !== ns || !alias) {
        return notYet('inventory does not announce the client alias inventory:8080 in namespace shop.');
      }
      const ord = settingsOf(serviceNamed(sim, ORDERS));
      if (!ord?.enabled || ord.namespace !== ns)
        return notYet('orders has no Service Connect configuration in namespace shop.');
      const internal = internalBalancers(sim);
      if (internal.length > 0) {
        return notYet(
          `There is an internal load balancer (${internal.map((lb) => lb.LoadBalancerName).join(', ')}): Service ` +
            'Connect balances in the clients’ proxies, so none is needed. Delete it.',
        );
      }
      return met;
    },
    hints: {
      nudge: 'Which parts does the Service Connect setup need, and which does it make unnecessary?',
      pointer:
        'Service Connect needs a namespace and a configuration on both services: client-server for inventory, ' +
        'client-only for orders. The proxies balance requests, so an internal load balancer only adds cost.',
      bottomOut:
        'Give inventory `{"enabled": true, "namespace": "shop", "services": [{"portName": "api", "clientAliases": ' +
        '[{"port": 8080, "dnsName": "inventory"}]}]}` and orders `{"enabled": true, "namespace": "shop"}`; if you ' +
        'created an internal load balancer, `elbv2 delete-load-balancer` it.',
    },
  }),
];
