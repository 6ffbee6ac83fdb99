import { clusterMember } from './clusters';
import { obj, str } from './taskDefinitionBuilders';

/** The sandbox's file view controls (`sim WriteFile`, `sim ReadFile`): not AWS operations. */

const fileMembers = {
  cluster: clusterMember,
  /** the task's id or full ARN, as StopTask takes it */
  task: str({ minLength: 1, maxLength: 1600 }),
  /** the container's name in the task definition */
  container: str({ minLength: 1, maxLength: 255 }),
  /** an absolute path inside the container, e.g. /data/notes.txt */
  path: str({ minLength: 1, maxLength: 1024, pattern: '^/' }),
};

export const writeFileSchema = obj({ ...fileMembers, content: str({ maxLength: 65_536 }) }, [
  'task',
  'container',
  'path',
  'content',
]);

export const readFileSchema = obj(fileMembers, ['task', 'container', 'path']);
