/**
 * The engine's third public file: what lazily loaded panels and lessons read about parts of the simulation the
 * first screen never shows. Kept apart from index.ts so the first page does not bundle it (a re-export from
 * index.ts would put the module, and everything it imports, in the first page's chunk).
 */
// Service Connect and Cloud Map (serviceConnect/*): the call record, the endpoint pool, a task's settings
export { tallyCalls, type CallTally } from './serviceConnect/record';
export { endpointsOf, type Endpoint } from './serviceConnect/endpoints';
export { settingsOfTask } from './serviceConnect/tasks';
export { proxyName } from './serviceConnect/proxy';
export { TRAFFIC_TICK } from './serviceConnect/traffic';
export { serviceConnectFacts, type ServiceConnectFacts } from './serviceConnect/view';
// Listener rules (elbv2/listenerRules.ts): which rule forwards where, for the traffic-shift form and view
export { defaultRuleArn, findRule, forwardShares, listenerRuleRefs } from './elbv2/listenerRules';
