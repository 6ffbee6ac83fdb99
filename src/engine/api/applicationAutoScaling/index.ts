/** The application-autoscaling operations the simulator answers (ECS services only: ecs:service:DesiredCount). */
export const applicationAutoScalingOperations = {} as const;
