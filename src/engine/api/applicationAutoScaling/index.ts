import { DeleteScalingPolicy } from './DeleteScalingPolicy';
import { DeleteScheduledAction } from './DeleteScheduledAction';
import { DeregisterScalableTarget } from './DeregisterScalableTarget';
import { DescribeScalableTargets } from './DescribeScalableTargets';
import { DescribeScalingActivities } from './DescribeScalingActivities';
import { DescribeScalingPolicies } from './DescribeScalingPolicies';
import { DescribeScheduledActions } from './DescribeScheduledActions';
import { PutScalingPolicy } from './PutScalingPolicy';
import { PutScheduledAction } from './PutScheduledAction';
import { RegisterScalableTarget } from './RegisterScalableTarget';

/** The application-autoscaling operations the simulator answers (ECS services only: ecs:service:DesiredCount). */
export const applicationAutoScalingOperations = {
  RegisterScalableTarget,
  DeregisterScalableTarget,
  DescribeScalableTargets,
  PutScalingPolicy,
  DeleteScalingPolicy,
  DescribeScalingPolicies,
  PutScheduledAction,
  DeleteScheduledAction,
  DescribeScheduledActions,
  DescribeScalingActivities,
} as const;
