import { appWithSidecar } from './appWithSidecar';
import { daemonAgent } from './daemonAgent';
import { ec2BridgeWeb } from './ec2BridgeWeb';
import { fargateWeb } from './fargateWeb';
import type { TaskDefinitionTemplate } from './template';

export type { TaskDefinitionTemplate } from './template';
export { templateText } from './template';

/** The templates offered in the editor's menu, in menu order. */
export const taskDefinitionTemplates: ReadonlyArray<TaskDefinitionTemplate> = [
  ec2BridgeWeb,
  fargateWeb,
  appWithSidecar,
  daemonAgent,
];
