import { findOperation, type OperationName, type ServiceName } from '../../api/registry';
import type { JsonSchema } from '../jsonSchema';
import { deleteAttributesDocs, listAttributesDocs, putAttributesDocs } from './attributes';
import {
  createClusterDocs,
  deleteClusterDocs,
  describeClustersDocs,
  listClustersDocs,
  updateClusterSettingsDocs,
} from './clusters';
import {
  deregisterContainerInstanceDocs,
  describeContainerInstancesDocs,
  listContainerInstancesDocs,
  setAgentConnectedDocs,
  updateContainerInstancesStateDocs,
} from './containerInstances';
import {
  describeInstancesDocs,
  describeInstanceTypesDocs,
  describeSubnetsDocs,
  runInstancesDocs,
  terminateInstancesDocs,
} from './ec2';
import {
  createSubnetDocs,
  createRouteTableDocs,
  describeRouteTablesDocs,
  createRouteDocs,
  deleteRouteDocs,
  associateRouteTableDocs,
  disassociateRouteTableDocs,
  describeInternetGatewaysDocs,
  describeNatGatewaysDocs,
  createVpcEndpointDocs,
  describeVpcEndpointsDocs,
  deleteVpcEndpointsDocs,
} from './ec2Network';
import {
  listAccountSettingsDocs,
  putAccountSettingDefaultDocs,
  putAccountSettingDocs,
} from './ecsAccountSettings';
import { elbv2Docs } from './elbv2';
import { cloudwatchDocs } from './cloudwatch';
import { ssmDocs } from './ssm';
import { secretsManagerDocs } from './secretsManager';
import { s3apiDocs } from './s3api';
import { ecrDocs, pushImageDocs } from './ecr';
import { logsDocs } from './logs';
import { callServiceDocs, servicediscoveryDocs, setTrafficDocs } from './serviceConnect';
import { iamDocs } from './iam';
import { applicationAutoScalingDocs } from './applicationAutoScaling';
import { autoscalingDocs } from './autoscaling';
import {
  createLaunchTemplateDocs,
  createLaunchTemplateVersionDocs,
  deleteLaunchTemplateDocs,
  describeLaunchTemplatesDocs,
  describeLaunchTemplateVersionsDocs,
  modifyLaunchTemplateDocs,
} from './launchTemplates';
import { runTaskDocs, startTaskDocs } from './runTask';
import {
  createCapacityProviderDocs,
  deleteCapacityProviderDocs,
  describeCapacityProvidersDocs,
  putClusterCapacityProvidersDocs,
  updateCapacityProviderDocs,
} from './capacityProviders';
import {
  createServiceDocs,
  deleteServiceDocs,
  describeServicesDocs,
  listServicesDocs,
  updateServiceDocs,
} from './services';
import { withDocs, type SchemaDocs } from './schemaDocs';
import { registerTaskDefinitionDocs } from './taskDefinition';
import {
  exitContainerDocs,
  failAvailabilityZoneDocs,
  failInstanceDocs,
  interruptSpotDocs,
  restoreAvailabilityZoneDocs,
} from './simControls';
import { setLoadDocs } from './load';
import { callAwsDocs } from './callAws';
import { efsDocs, readFileDocs, writeFileDocs } from './efs';
import {
  deleteTaskDefinitionsDocs,
  deregisterTaskDefinitionDocs,
  describeTaskDefinitionDocs,
  listTaskDefinitionFamiliesDocs,
  listTaskDefinitionsDocs,
} from './taskDefinitionQueries';
import { describeTasksDocs, listTasksDocs, stopTaskDocs } from './tasks';

/**
 * The request schemas with their hover text, for the editor (Monaco) and the console's help. Only those lazy
 * screens import this module: the engine validates with the bare schemas, so the text never reaches the first
 * page. Every registered operation must have an entry (the type says so).
 */

const docsByOperation: { readonly [S in ServiceName]: Readonly<Record<OperationName<S>, SchemaDocs>> } = {
  ecs: {
    PutAccountSetting: putAccountSettingDocs,
    PutAccountSettingDefault: putAccountSettingDefaultDocs,
    ListAccountSettings: listAccountSettingsDocs,
    CreateCluster: createClusterDocs,
    DeleteCluster: deleteClusterDocs,
    UpdateClusterSettings: updateClusterSettingsDocs,
    DescribeClusters: describeClustersDocs,
    ListClusters: listClustersDocs,
    RegisterTaskDefinition: registerTaskDefinitionDocs,
    DeregisterTaskDefinition: deregisterTaskDefinitionDocs,
    DeleteTaskDefinitions: deleteTaskDefinitionsDocs,
    DescribeTaskDefinition: describeTaskDefinitionDocs,
    ListTaskDefinitions: listTaskDefinitionsDocs,
    ListTaskDefinitionFamilies: listTaskDefinitionFamiliesDocs,
    RunTask: runTaskDocs,
    CreateCapacityProvider: createCapacityProviderDocs,
    DescribeCapacityProviders: describeCapacityProvidersDocs,
    UpdateCapacityProvider: updateCapacityProviderDocs,
    DeleteCapacityProvider: deleteCapacityProviderDocs,
    PutClusterCapacityProviders: putClusterCapacityProvidersDocs,
    StartTask: startTaskDocs,
    StopTask: stopTaskDocs,
    DescribeTasks: describeTasksDocs,
    ListTasks: listTasksDocs,
    DescribeContainerInstances: describeContainerInstancesDocs,
    ListContainerInstances: listContainerInstancesDocs,
    UpdateContainerInstancesState: updateContainerInstancesStateDocs,
    DeregisterContainerInstance: deregisterContainerInstanceDocs,
    PutAttributes: putAttributesDocs,
    DeleteAttributes: deleteAttributesDocs,
    ListAttributes: listAttributesDocs,
    CreateService: createServiceDocs,
    UpdateService: updateServiceDocs,
    DeleteService: deleteServiceDocs,
    DescribeServices: describeServicesDocs,
    ListServices: listServicesDocs,
  },
  ec2: {
    RunInstances: runInstancesDocs,
    TerminateInstances: terminateInstancesDocs,
    DescribeInstances: describeInstancesDocs,
    DescribeSubnets: describeSubnetsDocs,
    CreateSubnet: createSubnetDocs,
    CreateRouteTable: createRouteTableDocs,
    DescribeRouteTables: describeRouteTablesDocs,
    CreateRoute: createRouteDocs,
    DeleteRoute: deleteRouteDocs,
    AssociateRouteTable: associateRouteTableDocs,
    DisassociateRouteTable: disassociateRouteTableDocs,
    DescribeInternetGateways: describeInternetGatewaysDocs,
    DescribeNatGateways: describeNatGatewaysDocs,
    CreateVpcEndpoint: createVpcEndpointDocs,
    DescribeVpcEndpoints: describeVpcEndpointsDocs,
    DeleteVpcEndpoints: deleteVpcEndpointsDocs,
    DescribeInstanceTypes: describeInstanceTypesDocs,
    CreateLaunchTemplate: createLaunchTemplateDocs,
    CreateLaunchTemplateVersion: createLaunchTemplateVersionDocs,
    DescribeLaunchTemplates: describeLaunchTemplatesDocs,
    DeleteLaunchTemplate: deleteLaunchTemplateDocs,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersionsDocs,
    ModifyLaunchTemplate: modifyLaunchTemplateDocs,
  },
  elbv2: elbv2Docs,
  cloudwatch: cloudwatchDocs,
  ssm: ssmDocs,
  secretsmanager: secretsManagerDocs,
  s3api: s3apiDocs,
  ecr: ecrDocs,
  iam: iamDocs,
  logs: logsDocs,
  efs: efsDocs,
  servicediscovery: servicediscoveryDocs,
  'application-autoscaling': applicationAutoScalingDocs,
  autoscaling: autoscalingDocs,
  sim: {
    SetAgentConnected: setAgentConnectedDocs,
    FailInstance: failInstanceDocs,
    ExitContainer: exitContainerDocs,
    FailAvailabilityZone: failAvailabilityZoneDocs,
    RestoreAvailabilityZone: restoreAvailabilityZoneDocs,
    InterruptSpot: interruptSpotDocs,
    SetLoad: setLoadDocs,
    PushImage: pushImageDocs,
    CallAws: callAwsDocs,
    WriteFile: writeFileDocs,
    ReadFile: readFileDocs,
    CallService: callServiceDocs,
    SetTraffic: setTrafficDocs,
  },
};

/** The hover text of one operation's request, keyed by member path; undefined for an unknown operation. */
export function operationDocs(service: string, operation: string): SchemaDocs | undefined {
  if (!findOperation(service, operation)) return undefined;
  return (docsByOperation[service as ServiceName] as Readonly<Record<string, SchemaDocs>>)[operation];
}

const documented = new Map<string, JsonSchema>();

/**
 * The operation's request schema with `description`/`markdownDescription` on its members: the same structure
 * ajv validates against, plus the text. Built once per operation and then shared, so callers must not mutate
 * it; undefined for an unknown operation.
 */
export function documentedSchema<S extends ServiceName>(service: S, operation: OperationName<S>): JsonSchema;
export function documentedSchema(service: string, operation: string): JsonSchema | undefined;
export function documentedSchema(service: string, operation: string): JsonSchema | undefined {
  const key = `${service}:${operation}`;
  const known = documented.get(key);
  if (known) return known;
  const op = findOperation(service, operation);
  const docs = operationDocs(service, operation);
  if (!op || !docs) return undefined;
  const schema = withDocs(op.schema, docs);
  documented.set(key, schema);
  return schema;
}
