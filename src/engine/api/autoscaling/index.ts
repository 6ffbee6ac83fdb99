/** The EC2 Auto Scaling operations the simulator answers. */
export const autoscalingOperations = {} as const;
