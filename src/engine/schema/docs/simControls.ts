import { clusterDoc } from './clusters';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the sim service's teaching controls (schema/simControls.ts). */

export const failInstanceDocs: SchemaDocs = {
  '':
    'Simulator control: the hardware under an EC2 instance fails. EC2 stops the instance, its ECS agent ' +
    'disconnects (the container instance stays registered, so placement skips it with AGENT), and every task ' +
    'on it stops with stopCode TerminationNotice and the reason "Host EC2 (instance …) stopped.". Services ' +
    'then start replacements elsewhere. Sandbox model: AWS stops a failed instance after a status check ' +
    'failure or a retirement notice; here it happens at once, and the stop code is our choice (AWS documents ' +
    'none for a stopped host).',
  instanceId: 'The EC2 instance id (i-…) of a pending or running instance.',
};

export const exitContainerDocs: SchemaDocs = {
  '': 'Simulator control: one container of a RUNNING task exits now, as if its process had crashed. An essential container\'s exit stops the task (stopCode EssentialContainerExited, "Essential container in task exited"); any other container\'s exit leaves the task running.',
  cluster: clusterDoc,
  task: 'The RUNNING task: its id or full ARN.',
  containerName: "The name of one of the task's containers that is still running.",
  exitCode: 'The exit code the container reports (0–255). Default 1.',
  reason: 'The container-level reason DescribeTasks shows. Default: a note that the sandbox made it exit.',
};
