import { CreateAutoScalingGroup } from './CreateAutoScalingGroup';
import { DeleteAutoScalingGroup } from './DeleteAutoScalingGroup';
import { DeletePolicy } from './DeletePolicy';
import { DescribeAutoScalingGroups } from './DescribeAutoScalingGroups';
import { DescribePolicies } from './DescribePolicies';
import { DescribeScalingActivities } from './DescribeScalingActivities';
import { PutScalingPolicy } from './PutScalingPolicy';
import { SetDesiredCapacity } from './SetDesiredCapacity';
import { SetInstanceProtection } from './SetInstanceProtection';
import { TerminateInstanceInAutoScalingGroup } from './TerminateInstanceInAutoScalingGroup';
import { UpdateAutoScalingGroup } from './UpdateAutoScalingGroup';

/** The EC2 Auto Scaling operations the simulator answers. */
export const autoscalingOperations = {
  CreateAutoScalingGroup,
  UpdateAutoScalingGroup,
  DeleteAutoScalingGroup,
  DescribeAutoScalingGroups,
  SetDesiredCapacity,
  SetInstanceProtection,
  TerminateInstanceInAutoScalingGroup,
  DescribeScalingActivities,
  PutScalingPolicy,
  DescribePolicies,
  DeletePolicy,
} as const;
