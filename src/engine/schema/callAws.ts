import { clusterMember } from './clusters';
import { obj, str } from './taskDefinitionBuilders';

/**
 * `sim CallAws`: the application in a running task makes one AWS call with the credentials its container has
 * (startup/callAws.ts). Members follow the sim service's camelCase.
 */
export const callAwsSchema = obj(
  {
    cluster: clusterMember,
    /** the task's id or full ARN, as StopTask takes it */
    task: str({ minLength: 1, maxLength: 1600 }),
    /** the container making the call; default: the task's first essential container */
    container: str({ minLength: 1, maxLength: 255 }),
    /** `service:Action`, as IAM names it: s3:GetObject, s3:PutObject, ssm:GetParameter, secretsmanager:GetSecretValue, … */
    action: str({
      minLength: 3,
      maxLength: 128,
      pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9]+$',
      examples: ['s3:GetObject'],
    }),
    /** the ARN the call is on (`*` for actions without a resource) */
    resource: str({ minLength: 1, maxLength: 2048, examples: ['arn:aws:s3:::my-bucket/report.csv'] }),
    /** s3:PutObject only: the object's content */
    body: str({ maxLength: 65536 }),
  },
  ['task', 'action', 'resource'],
);
