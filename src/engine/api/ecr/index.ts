import { BatchDeleteImage } from './BatchDeleteImage';
import { CreateRepository } from './CreateRepository';
import { DeleteRepository } from './DeleteRepository';
import { DescribeImages } from './DescribeImages';
import { DescribeRepositories } from './DescribeRepositories';
import { GetLifecyclePolicy } from './GetLifecyclePolicy';
import { DeleteLifecyclePolicy } from './DeleteLifecyclePolicy';
import { StartLifecyclePolicyPreview } from './StartLifecyclePolicyPreview';
import { GetLifecyclePolicyPreview } from './GetLifecyclePolicyPreview';
import { PutLifecyclePolicy } from './PutLifecyclePolicy';
import { PutImageTagMutability } from './PutImageTagMutability';
import { PutImageScanningConfiguration } from './PutImageScanningConfiguration';

/** The Amazon ECR operations the simulator answers (private repositories; images arrive with sim PushImage). */
export const ecrOperations = {
  CreateRepository,
  DescribeRepositories,
  DeleteRepository,
  DescribeImages,
  BatchDeleteImage,
  PutLifecyclePolicy,
  GetLifecyclePolicy,
  DeleteLifecyclePolicy,
  StartLifecyclePolicyPreview,
  GetLifecyclePolicyPreview,
  PutImageTagMutability,
  PutImageScanningConfiguration,
} as const;
