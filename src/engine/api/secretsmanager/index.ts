import { CreateSecret } from './CreateSecret';
import { DeleteSecret } from './DeleteSecret';
import { DescribeSecret } from './DescribeSecret';
import { GetSecretValue } from './GetSecretValue';
import { ListSecrets } from './ListSecrets';
import { PutSecretValue } from './PutSecretValue';
import { RestoreSecret } from './RestoreSecret';
import { UpdateSecret } from './UpdateSecret';

/** The Secrets Manager operations the simulator answers. */
export const secretsManagerOperations = {
  CreateSecret,
  PutSecretValue,
  GetSecretValue,
  DescribeSecret,
  ListSecrets,
  UpdateSecret,
  DeleteSecret,
  RestoreSecret,
} as const;
