import type { PlacementCheckName } from '../../model/trace';
import type { CandidateView, FilterPlugin, TaskNeeds } from '../types';

export const RESOURCE_PORTS = 'RESOURCE:PORTS';
/** UDP analogue of RESOURCE:PORTS (the exact ECS text is unverified, ecs-reference §3.4). */
export const RESOURCE_PORTS_UDP = 'RESOURCE:PORTS_UDP';

type Protocol = 'tcp' | 'udp';

const wanted = (need: TaskNeeds, protocol: Protocol) => (protocol === 'tcp' ? need.ports : need.portsUdp);
const held = (view: CandidateView, i: number, protocol: Protocol) =>
  protocol === 'tcp'
    ? view.records[i]!.remainingResources.ports
    : view.records[i]!.remainingResources.portsUdp;

function firstTaken(need: TaskNeeds, view: CandidateView, i: number, protocol: Protocol): number | undefined {
  const taken = held(view, i, protocol);
  for (const port of wanted(need, protocol)) if (taken.includes(port)) return port;
  return undefined;
}

/** Static host ports (bridge/host mode) must not be reserved or held by another task on the instance. */
function portFilter(name: PlacementCheckName, protocol: Protocol, reason: string) {
  return {
    name,
    appliesTo: (need) => wanted(need, protocol).length > 0,
    passes: (need, view, i) => firstTaken(need, view, i, protocol) === undefined,
    reasonFor: () => reason,
    check(need, view, i) {
      const port = firstTaken(need, view, i, protocol);
      const list = wanted(need, protocol).join(', ');
      return {
        check: name,
        required: `host port${wanted(need, protocol).length > 1 ? 's' : ''} ${list}/${protocol} free`,
        available:
          port === undefined ? `${list}/${protocol} free` : `port ${port}/${protocol} already reserved`,
        passed: port === undefined,
        ...(port === undefined ? {} : { reason }),
      };
    },
  } satisfies FilterPlugin;
}

export const portsFilter = portFilter('ports', 'tcp', RESOURCE_PORTS);
export const portsUdpFilter = portFilter('portsUdp', 'udp', RESOURCE_PORTS_UDP);
