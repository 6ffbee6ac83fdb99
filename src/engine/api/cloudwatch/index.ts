/** The CloudWatch operations the simulator answers (metrics and metric alarms). */
export const cloudwatchOperations = {} as const;
