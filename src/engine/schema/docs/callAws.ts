import { clusterDoc } from './clusters';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for `sim CallAws` (schema/callAws.ts). */
export const callAwsDocs: SchemaDocs = {
  '':
    'Simulator control: the application inside a running task makes one AWS call, as its SDK would. The SDK ' +
    'finds credentials in this order: the task role, through the credentials endpoint the agent gives each ' +
    'container (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI); on EC2 without a task role, the instance role through ' +
    'instance metadata (169.254.169.254), unless the instance blocks it (ECS_AWSVPC_BLOCK_IMDS=true for awsvpc ' +
    'tasks, an iptables DROP rule for bridge tasks); on Fargate without a task role, no credentials at all. IAM ' +
    'decides the call and the answer names the role, the decision and the statement that made it. s3:GetObject ' +
    'and s3:PutObject really read and write the object; ssm:GetParameter and secretsmanager:GetSecretValue return ' +
    'the current value.',
  cluster: clusterDoc,
  task: 'The running task: its id or full ARN.',
  container: "One of the task's running containers. Default: its first essential container.",
  action:
    'The IAM action, service:Action, e.g. s3:GetObject, s3:PutObject, ssm:GetParameter, secretsmanager:GetSecretValue.',
  resource:
    'The resource ARN, e.g. arn:aws:s3:::my-bucket/report.csv, arn:aws:ssm:us-east-1:123456789012:parameter/db-url, or * for actions that take none.',
  body: 's3:PutObject only: the text to store as the object.',
};
