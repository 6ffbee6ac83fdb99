import { DeleteParameter } from './DeleteParameter';
import { DescribeParameters } from './DescribeParameters';
import { GetParameter } from './GetParameter';
import { GetParameters } from './GetParameters';
import { PutParameter } from './PutParameter';

/** The Systems Manager Parameter Store operations the simulator answers. */
export const ssmOperations = {
  PutParameter,
  GetParameter,
  GetParameters,
  DescribeParameters,
  DeleteParameter,
} as const;
