import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type SetAgentConnectedInput = Record<string, unknown>;
export type SetAgentConnectedOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const SetAgentConnected = defineOperation<SetAgentConnectedInput, SetAgentConnectedOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'sim SetAgentConnected is not simulated yet.');
  },
});
