import { clusterDoc } from './clusters';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for sim SetLoad (schema/load.ts). */
export const setLoadDocs: SchemaDocs = {
  '':
    'Simulator control: how many requests per second reach a service from now on. Sandbox model: requests are ' +
    'shared evenly by the tasks that take traffic (behind a load balancer, the healthy targets); each request per ' +
    'second costs a task 2 CPU units on top of 2 % idle, so CPU utilization follows the load; requests beyond what ' +
    'the tasks can take fail. CloudWatch publishes the result every minute (AWS/ECS CPUUtilization, ' +
    'Sandbox/Load, and the load balancer metrics).',
  cluster: clusterDoc,
  service: "The service's name or ARN.",
  requestsPerSecond: 'A constant rate. Give this or `shape`.',
  shape: 'A rate that changes over time. Give this or `requestsPerSecond`.',
  'shape.kind':
    '`constant` (requestsPerSecond), `ramp` (from → to over durationSeconds), `spike` (base, then peak for ' +
    'durationSeconds), or `daily` (a wave between low and high that peaks at peakHour every 24 h).',
  'shape.requestsPerSecond': 'constant: the rate.',
  'shape.from': 'ramp: the rate before the ramp.',
  'shape.to': 'ramp: the rate after it.',
  'shape.base': 'spike: the rate outside the spike.',
  'shape.peak': 'spike: the rate during the spike.',
  'shape.low': 'daily: the lowest rate of the day.',
  'shape.high': 'daily: the highest rate of the day.',
  'shape.startInSeconds': 'ramp and spike: seconds from now until the change begins (default 0).',
  'shape.durationSeconds': 'ramp: how long the ramp takes; spike: how long the peak lasts.',
  'shape.peakHour': 'daily: the hour of the day (0–23, virtual time) with the most traffic.',
  noise: 'Up to this fraction (0–0.5) of random variation per minute, replayable from `seed`. Default 0.',
  seed: 'The seed of the noise: the same seed gives the same wobble. Default 1.',
};
