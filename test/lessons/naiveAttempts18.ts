import { wait } from '../../src/course/steps';
import { alarmOn5xx, CANARY_10, deploy } from '../../lessons/18-blue-green-canary/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 18, in the shape of ./naiveAttempts.ts: rolling, all at once, a canary
 * without an alarm, no bake; and the goals each must leave unmet.
 */

const ALARMS = CANARY_10.alarms;
const ship = (taskDefinition: string, deploymentConfiguration: Record<string, unknown>) =>
  deploy({ taskDefinition, deploymentConfiguration });

const { alarms: _none, ...noAlarm } = CANARY_10;

export const blueGreen18Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'rolling v2 then v3 (traffic by task count)',
    steps: [
      alarmOn5xx(),
      ship('web:2', { strategy: 'ROLLING' }),
      wait(900),
      ship('web:3', { strategy: 'ROLLING' }),
      wait(1500),
    ],
    mustMiss: ['canary-caught', 'blue-after-bake'],
  },
  {
    name: 'all at once with the alarm',
    steps: [
      alarmOn5xx(),
      ship('web:2', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5, alarms: ALARMS }),
      wait(900),
      ship('web:3', CANARY_10),
      wait(1500),
    ],
    mustMiss: ['canary-caught'],
  },
  {
    name: 'a 10 % canary without an alarm',
    steps: [ship('web:2', noAlarm), wait(900), ship('web:3', noAlarm), wait(1500)],
    mustMiss: ['canary-caught'],
  },
  {
    name: 'v3 without a bake time',
    steps: [
      alarmOn5xx(),
      ship('web:2', CANARY_10),
      wait(900),
      ship('web:3', { ...CANARY_10, bakeTimeInMinutes: 0 }),
      wait(1500),
    ],
    mustMiss: ['blue-after-bake'],
  },
];
