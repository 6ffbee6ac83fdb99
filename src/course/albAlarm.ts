import type { Simulation } from '../engine/index';
import { call } from './steps';
import type { Step } from './types';

/** `app/<name>/<id>`: the LoadBalancer dimension of an ALB's CloudWatch metrics, cut from its ARN. */
export const loadBalancerDimension = (loadBalancerArn: string): string =>
  loadBalancerArn.slice(loadBalancerArn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);

/**
 * PutMetricAlarm `alarmName`: more than `threshold` 5xx answers from the targets behind the load balancer named
 * `loadBalancerName` in one minute (missing data counts as fine) — what a canary's rollback alarm watches.
 */
export const targets5xxAlarm = (alarmName: string, loadBalancerName: string, threshold = 5): Step =>
  call('cloudwatch', 'PutMetricAlarm', (sim: Simulation) => {
    const lb = Object.values(sim.state.elbv2.loadBalancers).find(
      (l) => l.LoadBalancerName === loadBalancerName,
    );
    return {
      AlarmName: alarmName,
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Dimensions: [{ Name: 'LoadBalancer', Value: loadBalancerDimension(lb?.LoadBalancerArn ?? '') }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    };
  });
