/** ECS capacity providers: FARGATE, FARGATE_SPOT and Auto Scaling group providers, strategies and managed scaling. */
export { chooseLaunch, launchTypeOf, type LaunchChoice } from './providers';
export { launchWithStrategy } from './launch';
export { associate, checkAssociation } from './associate';
export { distribute, shares, type StrategyItem } from './strategy';
export { capacityProviderReservation, instancesNeeded } from './reservation';
export { placeWaitingTasks, PROVISIONING_QUOTA, PROVISIONING_TIMEOUT } from './provisioning';
export { syncManagedScaling } from './managedScaling';
