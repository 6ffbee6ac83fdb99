/**
 * The concept map of the Kubernetes tab and lesson 23: each ECS idea beside its EKS / Kubernetes counterpart,
 * and when each platform fits. Our words; facts from ecs-reference §15.2 and the EKS user guide.
 */

export interface ConceptPair {
  readonly ecs: string;
  readonly eks: string;
  readonly note: string;
}

export const CONCEPT_MAP: ReadonlyArray<ConceptPair> = [
  {
    ecs: 'Cluster',
    eks: 'Cluster',
    note: 'ECS: a regional grouping with no fee and no versions. EKS: a managed Kubernetes control plane, billed per hour, whose version you upgrade.',
  },
  {
    ecs: 'Task definition',
    eks: 'Pod spec',
    note: 'Containers scheduled together, with their resources, ports and volumes.',
  },
  {
    ecs: 'Task',
    eks: 'Pod',
    note: 'One running copy; in awsvpc mode and with the VPC CNI each has its own VPC IP.',
  },
  {
    ecs: 'Service',
    eks: 'Deployment + Service',
    note: 'The Deployment keeps N copies and rolls them; the Service gives them one name and, as LoadBalancer, a load balancer. DAEMON ↔ DaemonSet.',
  },
  { ecs: 'Container instance', eks: 'Node', note: 'An EC2 instance running an agent (ECS agent / kubelet).' },
  {
    ecs: 'ASG capacity provider',
    eks: 'Managed node group / Karpenter',
    note: 'Managed node groups are EKS-run Auto Scaling groups; Karpenter (and EKS Auto Mode) picks instances for pending pods.',
  },
  {
    ecs: 'Fargate',
    eks: 'Fargate profile',
    note: 'A profile’s selectors (namespace, labels) send matching pods to Fargate, one pod per Fargate node; no DaemonSets there.',
  },
  {
    ecs: 'Task role',
    eks: 'IRSA / EKS Pod Identity',
    note: 'AWS permissions through the pod’s service account; the role trusts the cluster’s OIDC provider or pods.eks.amazonaws.com instead of ecs-tasks.',
  },
  {
    ecs: 'Service Connect / Cloud Map',
    eks: 'Service DNS name',
    note: 'Other workloads find it by a name inside the cluster.',
  },
  {
    ecs: 'Application Auto Scaling',
    eks: 'HorizontalPodAutoscaler',
    note: 'Keeps a metric near a target by changing the number of copies.',
  },
];

export interface Fit {
  readonly topic: string;
  readonly ecs: string;
  readonly eks: string;
}

export const WHEN_EACH_FITS: ReadonlyArray<Fit> = [
  {
    topic: 'Control-plane fee',
    ecs: 'None: you pay for Fargate or the instances.',
    eks: 'A fee per cluster-hour, higher in extended version support.',
  },
  {
    topic: 'Ecosystem',
    ecs: 'AWS tools: the console, CloudFormation, CDK.',
    eks: 'Helm charts, operators and the wider Kubernetes tooling.',
  },
  {
    topic: 'Portability',
    ecs: 'AWS only (ECS Anywhere extends it to your servers).',
    eks: 'The same manifests run on any conformant cluster.',
  },
  {
    topic: 'Team skills',
    ecs: 'A handful of concepts; quick for a small AWS team.',
    eks: 'Kubernetes knowledge; a good fit where the team has it.',
  },
  {
    topic: 'Operations',
    ecs: 'No versions to upgrade; least overhead, especially on Fargate.',
    eks: 'Version upgrades, add-ons and node updates to plan (Auto Mode takes some away).',
  },
];
