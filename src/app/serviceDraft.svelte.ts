import type { OutputOf } from '../engine/index';
import type { PlacementPreset, ServiceFormFields } from './serviceForm';
import type { CallOutcome } from './session.svelte';

/**
 * What the learner has typed into the Services panel's create form, and which service is open. It lives with
 * the session, not in the panel, so switching tabs (which unmounts the panel) keeps every field.
 */
export class ServiceDraft {
  cluster = $state('');
  serviceName = $state('web-svc');
  taskDefinition = $state('');
  /** set once the learner chooses a task definition; until then the form follows the newest revision */
  taskDefinitionPicked = $state(false);
  schedulingStrategy = $state<'REPLICA' | 'DAEMON'>('REPLICA');
  desiredCount = $state(3);
  launchType = $state<'EC2' | 'FARGATE'>('EC2');
  minimumHealthyPercent = $state(100);
  maximumPercent = $state(200);
  circuitBreaker = $state(false);
  rollback = $state(false);
  healthCheckGracePeriodSeconds = $state(0);
  targetGroupArn = $state('');
  loadBalancedPort = $state('');
  placement = $state<PlacementPreset>('default');
  showCli = $state(false);
  /** 'form' or the create-service JSON in Monaco */
  view = $state<'form' | 'json'>('form');
  /** the service whose details are open, by ARN */
  openServiceArn = $state<string | undefined>(undefined);
  /** what the last create answered */
  outcome = $state.raw<CallOutcome<OutputOf<'ecs', 'CreateService'>> | undefined>(undefined);

  /** the form's fields as a plain object (a $state class's fields are accessors, which spreading would miss) */
  fields(): ServiceFormFields {
    return {
      cluster: this.cluster,
      serviceName: this.serviceName,
      taskDefinition: this.taskDefinition,
      schedulingStrategy: this.schedulingStrategy,
      desiredCount: this.desiredCount,
      launchType: this.launchType,
      minimumHealthyPercent: this.minimumHealthyPercent,
      maximumPercent: this.maximumPercent,
      circuitBreaker: this.circuitBreaker,
      rollback: this.rollback,
      healthCheckGracePeriodSeconds: this.healthCheckGracePeriodSeconds,
      targetGroupArn: this.targetGroupArn,
      loadBalancedPort: this.loadBalancedPort,
      placement: this.placement,
    };
  }
}
