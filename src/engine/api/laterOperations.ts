import { registerApplicationAutoScaling } from '../applicationAutoScaling/register';
import { instanceStateChanged } from '../autoscaling';
import { autoScalingSentence } from '../autoscaling/narrate';
import { syncManagedScaling } from '../capacityProviders/managedScaling';
import {
  checkProvisioningQuota,
  placeWaitingTasks,
  storeWaitingTasks,
} from '../capacityProviders/provisioning';
import { faultSentence, type FaultEvent } from '../faults/narrate';
import { installLaterHooks } from '../laterHooks';
import { installShiftHooks } from '../services/shiftHooks';
import { advanceShift, planShift, shiftWake } from '../services/blueGreen';
import type { AutoScalingEvent, SimEvent } from '../model/events';
import { registerAutoScaling } from '../autoscaling/timers';
import { registerCapacityProviders } from '../capacityProviders/register';
import { registerAlarmEvaluation } from '../cloudwatch/alarms';
import { registerMetricPublication } from '../cloudwatch/publish';
import { registerFaultTimers } from '../faults/spot';
import { applicationAutoScalingOperations } from './applicationAutoScaling/index';
import { autoscalingOperations } from './autoscaling/index';
import { cloudwatchOperations } from './cloudwatch/index';
import { ssmOperations } from './ssm/index';
import { secretsManagerOperations } from './secretsmanager/index';
import { s3apiOperations } from './s3api/index';
import { ecrOperations } from './ecr/index';
import { PushImage } from './sim/PushImage';
import { logsOperations } from './logs/index';
import { iamOperations } from './iam/index';
import { installManagedPolicies } from '../iam/roles';
import { MANAGED_POLICY_DOCUMENTS } from '../iam/managedPolicies';
import { conditionHolds } from '../iam/conditions';
import { installConditionCheck } from '../iam/evaluate';
import { deliverTaskLogs, registerLogDelivery } from '../logs/delivery';
import { CreateLaunchTemplate } from './ec2/CreateLaunchTemplate';
import { CreateLaunchTemplateVersion } from './ec2/CreateLaunchTemplateVersion';
import { DeleteLaunchTemplate } from './ec2/DeleteLaunchTemplate';
import { DescribeLaunchTemplates } from './ec2/DescribeLaunchTemplates';
import { DescribeLaunchTemplateVersions } from './ec2/DescribeLaunchTemplateVersions';
import { ModifyLaunchTemplate } from './ec2/ModifyLaunchTemplate';
import { CreateService } from './ecs/CreateService';
import { UpdateService } from './ecs/UpdateService';
import { DeleteService } from './ecs/DeleteService';
import { DescribeServices } from './ecs/DescribeServices';
import { ListServices } from './ecs/ListServices';
import { CreateCapacityProvider } from './ecs/CreateCapacityProvider';
import { DeleteCapacityProvider } from './ecs/DeleteCapacityProvider';
import { DescribeCapacityProviders } from './ecs/DescribeCapacityProviders';
import { PutClusterCapacityProviders } from './ecs/PutClusterCapacityProviders';
import { UpdateCapacityProvider } from './ecs/UpdateCapacityProvider';
import { FailAvailabilityZone } from './sim/FailAvailabilityZone';
import { InterruptSpot } from './sim/InterruptSpot';
import { RestoreAvailabilityZone } from './sim/RestoreAvailabilityZone';
import { SetLoad } from './sim/SetLoad';
import { CallAws } from './sim/CallAws';
import { ReadFile } from './sim/ReadFile';
import { WriteFile } from './sim/WriteFile';
import { efsOperations } from './efs/index';
import { servicediscoveryOperations } from './servicediscovery/index';
import { CallService } from './sim/CallService';
import { SetTraffic } from './sim/SetTraffic';
import { registerTraffic } from '../serviceConnect/traffic';
import { startTask } from '../startup/start';

import { DescribeInstances } from './ec2/DescribeInstances';
import { DescribeSubnets } from './ec2/DescribeSubnets';
import { CreateSubnet } from './ec2/CreateSubnet';
import { CreateRouteTable } from './ec2/CreateRouteTable';
import { DescribeRouteTables } from './ec2/DescribeRouteTables';
import { CreateRoute } from './ec2/CreateRoute';
import { DeleteRoute } from './ec2/DeleteRoute';
import { AssociateRouteTable } from './ec2/AssociateRouteTable';
import { DisassociateRouteTable } from './ec2/DisassociateRouteTable';
import { DescribeInternetGateways } from './ec2/DescribeInternetGateways';
import { DescribeNatGateways } from './ec2/DescribeNatGateways';
import { CreateVpcEndpoint } from './ec2/CreateVpcEndpoint';
import { DescribeVpcEndpoints } from './ec2/DescribeVpcEndpoints';
import { DeleteVpcEndpoints } from './ec2/DeleteVpcEndpoints';
import { PutAccountSetting } from './ecs/PutAccountSetting';
import { PutAccountSettingDefault } from './ecs/PutAccountSettingDefault';
import { ListAccountSettings } from './ecs/ListAccountSettings';
import { trunkInterface } from '../network/accountSettings';
import { pickEniSubnet, releaseSubnetAddress, takeSubnetAddress } from '../network/addresses';
import { DescribeInstanceTypes } from './ec2/DescribeInstanceTypes';
import { DeleteCluster } from './ecs/DeleteCluster';
import { UpdateClusterSettings } from './ecs/UpdateClusterSettings';
import { DescribeClusters } from './ecs/DescribeClusters';
import { ListClusters } from './ecs/ListClusters';
import { DeregisterTaskDefinition } from './ecs/DeregisterTaskDefinition';
import { DeleteTaskDefinitions } from './ecs/DeleteTaskDefinitions';
import { DescribeTaskDefinition } from './ecs/DescribeTaskDefinition';
import { ListTaskDefinitions } from './ecs/ListTaskDefinitions';
import { ListTaskDefinitionFamilies } from './ecs/ListTaskDefinitionFamilies';
import { StartTask } from './ecs/StartTask';
import { DescribeTasks } from './ecs/DescribeTasks';
import { ListTasks } from './ecs/ListTasks';
import { DescribeContainerInstances } from './ecs/DescribeContainerInstances';
import { ListContainerInstances } from './ecs/ListContainerInstances';
import { DeregisterContainerInstance } from './ecs/DeregisterContainerInstance';
import { PutAttributes } from './ecs/PutAttributes';
import { DeleteAttributes } from './ecs/DeleteAttributes';
import { ListAttributes } from './ecs/ListAttributes';
import { CreateLoadBalancer } from './elbv2/CreateLoadBalancer';
import { DescribeLoadBalancers } from './elbv2/DescribeLoadBalancers';
import { DeleteLoadBalancer } from './elbv2/DeleteLoadBalancer';
import { CreateTargetGroup } from './elbv2/CreateTargetGroup';
import { DescribeTargetGroups } from './elbv2/DescribeTargetGroups';
import { DeleteTargetGroup } from './elbv2/DeleteTargetGroup';
import { ModifyTargetGroup } from './elbv2/ModifyTargetGroup';
import { DescribeTargetGroupAttributes } from './elbv2/DescribeTargetGroupAttributes';
import { ModifyTargetGroupAttributes } from './elbv2/ModifyTargetGroupAttributes';
import { CreateListener } from './elbv2/CreateListener';
import { DescribeListeners } from './elbv2/DescribeListeners';
import { DeleteListener } from './elbv2/DeleteListener';
import { CreateRule } from './elbv2/CreateRule';
import { DescribeRules } from './elbv2/DescribeRules';
import { ModifyRule } from './elbv2/ModifyRule';
import { DeleteRule } from './elbv2/DeleteRule';
import { RegisterTargets } from './elbv2/RegisterTargets';
import { DeregisterTargets } from './elbv2/DeregisterTargets';
import { DescribeTargetHealth } from './elbv2/DescribeTargetHealth';

/**
 * The operations that load after the first page, in their own chunk with the later request checks (later.ts):
 * ECS services, Elastic Load Balancing, scaling (CloudWatch, Application Auto Scaling, EC2 Auto Scaling), capacity providers, launch templates and the
 * scaling and fault sim controls. No first-screen request needs them.
 */
export const laterOperations = {
  ecs: {
    PutAccountSetting,
    PutAccountSettingDefault,
    ListAccountSettings,
    DeleteCluster,
    UpdateClusterSettings,
    DescribeClusters,
    ListClusters,
    DeregisterTaskDefinition,
    DeleteTaskDefinitions,
    DescribeTaskDefinition,
    ListTaskDefinitions,
    ListTaskDefinitionFamilies,
    StartTask,
    DescribeTasks,
    ListTasks,
    DescribeContainerInstances,
    ListContainerInstances,
    DeregisterContainerInstance,
    PutAttributes,
    DeleteAttributes,
    ListAttributes,
    CreateService,
    UpdateService,
    DeleteService,
    DescribeServices,
    ListServices,
    CreateCapacityProvider,
    DescribeCapacityProviders,
    UpdateCapacityProvider,
    DeleteCapacityProvider,
    PutClusterCapacityProviders,
  },
  ec2: {
    DescribeInstances,
    DescribeSubnets,
    CreateSubnet,
    CreateRouteTable,
    DescribeRouteTables,
    CreateRoute,
    DeleteRoute,
    AssociateRouteTable,
    DisassociateRouteTable,
    DescribeInternetGateways,
    DescribeNatGateways,
    CreateVpcEndpoint,
    DescribeVpcEndpoints,
    DeleteVpcEndpoints,
    DescribeInstanceTypes,
    CreateLaunchTemplate,
    CreateLaunchTemplateVersion,
    DescribeLaunchTemplates,
    DeleteLaunchTemplate,
    DescribeLaunchTemplateVersions,
    ModifyLaunchTemplate,
  },
  elbv2: {
    CreateLoadBalancer,
    DescribeLoadBalancers,
    DeleteLoadBalancer,
    CreateTargetGroup,
    DescribeTargetGroups,
    DeleteTargetGroup,
    ModifyTargetGroup,
    DescribeTargetGroupAttributes,
    ModifyTargetGroupAttributes,
    CreateListener,
    DescribeListeners,
    DeleteListener,
    CreateRule,
    DescribeRules,
    ModifyRule,
    DeleteRule,
    RegisterTargets,
    DeregisterTargets,
    DescribeTargetHealth,
  },
  cloudwatch: cloudwatchOperations,
  ssm: ssmOperations,
  secretsmanager: secretsManagerOperations,
  s3api: s3apiOperations,
  ecr: ecrOperations,
  iam: iamOperations,
  logs: logsOperations,
  'application-autoscaling': applicationAutoScalingOperations,
  autoscaling: autoscalingOperations,
  efs: efsOperations,
  servicediscovery: servicediscoveryOperations,
  sim: {
    SetLoad,
    FailAvailabilityZone,
    RestoreAvailabilityZone,
    InterruptSpot,
    PushImage,
    CallAws,
    WriteFile,
    ReadFile,
    CallService,
    SetTraffic,
  },
} as const;

/**
 * Registers the timers and minute work of the later modules. Their timers can only exist once one of the later
 * operations ran (a load, an alarm, a policy, a group, a provider, a Spot interruption), which needs this chunk.
 */
const FAULT_EVENTS: ReadonlySet<string> = new Set([
  'AvailabilityZoneFailed',
  'AvailabilityZoneRestored',
  'SpotTaskInterrupted',
  'SpotInstanceInterruptionNotice',
]);

export function registerLaterEngine(): void {
  // the whole AWS managed policy catalog (the first page knows only the starting roles' two)
  installManagedPolicies(MANAGED_POLICY_DOCUMENTS);
  installConditionCheck(conditionHolds);
  // blue/green, linear and canary deployments (services/blueGreen.ts) step inside the scheduler
  installShiftHooks({ advanceShift, planShift, shiftWake });
  installLaterHooks({
    trunkInterface,
    takeSubnetAddress,
    releaseSubnetAddress,
    pickEniSubnet,
    instanceStateChanged,
    syncManagedScaling,
    placeWaitingTasks,
    waitForCapacity(ctx, launch, count, provider, constraints, strategies, asked) {
      checkProvisioningQuota(ctx.state, launch.cluster.clusterArn, count);
      return storeWaitingTasks(ctx, launch, count, provider, constraints, strategies, asked);
    },
    sentence: (state, event: SimEvent) =>
      FAULT_EVENTS.has(event.type)
        ? faultSentence(state, event as FaultEvent)
        : event.type.startsWith('AutoScaling')
          ? autoScalingSentence(event as AutoScalingEvent)
          : undefined,
    // the task start-up checks (startup/*): tasks that need them start only now
    startTask,
    guardStartup: () => undefined,
    // the awslogs driver: what the containers print goes to their log streams (logs/delivery.ts)
    taskWritten: deliverTaskLogs,
  });
  registerMetricPublication();
  registerAlarmEvaluation();
  registerApplicationAutoScaling();
  registerAutoScaling();
  registerCapacityProviders();
  registerFaultTimers();
  registerLogDelivery();
  registerTraffic();
}
