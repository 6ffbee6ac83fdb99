import { requireRepository } from '../../ecr/repositories';
import { putImageScanningConfigurationSchema } from '../../schema/ecrSettings';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutImageScanningConfigurationInput = Infer<typeof putImageScanningConfigurationSchema>;

export interface PutImageScanningConfigurationOutput {
  readonly registryId: string;
  readonly repositoryName: string;
  readonly imageScanningConfiguration: { readonly scanOnPush: boolean };
}

/**
 * ecr PutImageScanningConfiguration: basic scanning on push for one repository (the repository-level setting
 * AWS now calls deprecated in favour of registry scanning rules; enhanced scanning with Amazon Inspector is a
 * registry setting). The sandbox records the setting; it does not produce findings.
 */
export const PutImageScanningConfiguration = defineOperation<
  PutImageScanningConfigurationInput,
  PutImageScanningConfigurationOutput
>({
  schema: putImageScanningConfigurationSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    const imageScanningConfiguration = { scanOnPush: input.imageScanningConfiguration.scanOnPush ?? false };
    ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, { ...repo, imageScanningConfiguration });
    return { registryId: repo.registryId, repositoryName: repo.repositoryName, imageScanningConfiguration };
  },
});
