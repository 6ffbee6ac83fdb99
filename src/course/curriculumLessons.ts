/**
 * The 24 lessons of the curriculum (../shared/curriculum.md §2): slug (the lesson folder's name), title and
 * module. The coverage test holds the course to this list.
 */
export const CURRICULUM_LESSONS = [
  { slug: '01-four-nouns', title: 'Cluster, task definition, task, service', module: 'A · Foundations' },
  { slug: '02-task-definitions', title: 'Anatomy and revisions', module: 'A · Foundations' },
  { slug: '03-fargate', title: 'Serverless tasks', module: 'B · Compute' },
  { slug: '04-ec2-instances', title: 'Container instances; reserved vs used', module: 'B · Compute' },
  { slug: '05-choosing-compute', title: 'Choosing compute', module: 'B · Compute' },
  { slug: '06-capacity-strategies', title: 'Fargate Spot and strategies', module: 'B · Compute' },
  {
    slug: '07-three-roles',
    title: 'Instance, execution, task roles',
    module: 'C · Identity, configuration, images',
  },
  {
    slug: '08-config-secrets',
    title: 'Configuration and secrets',
    module: 'C · Identity, configuration, images',
  },
  { slug: '09-ecr', title: 'Push, pull, keep clean', module: 'C · Identity, configuration, images' },
  { slug: '10-network-modes', title: 'Networking modes', module: 'D · Networking and traffic' },
  { slug: '11-load-balancing', title: 'ALB and dynamic ports', module: 'D · Networking and traffic' },
  {
    slug: '12-service-connect',
    title: 'Service Connect and Cloud Map',
    module: 'D · Networking and traffic',
  },
  { slug: '13-placement-strategies', title: 'binpack, spread, random, chains', module: 'E · Placement' },
  { slug: '14-constraints-daemons', title: 'Constraints and daemons', module: 'E · Placement' },
  { slug: '15-service-auto-scaling', title: 'Application Auto Scaling', module: 'F · Scaling' },
  { slug: '16-cluster-capacity', title: 'ASG scaling vs capacity providers', module: 'F · Scaling' },
  { slug: '17-rolling-deployments', title: 'Bounds and circuit breaker', module: 'G · Deployments' },
  { slug: '18-blue-green-canary', title: 'Blue/green, linear, canary', module: 'G · Deployments' },
  { slug: '19-storage', title: 'EFS, EBS, bind mounts, S3', module: 'H · Storage' },
  {
    slug: '20-observability',
    title: 'Logs, metrics, events, traces',
    module: 'I · Observability and operations',
  },
  {
    slug: '21-troubleshooting-exec',
    title: 'Troubleshooting and ECS Exec',
    module: 'I · Observability and operations',
  },
  { slug: '22-copilot-successors', title: 'Copilot and successors', module: 'J · Tooling and alternatives' },
  { slug: '23-eks-alternative', title: 'EKS', module: 'J · Tooling and alternatives' },
  { slug: '24-capstone-ticketing', title: 'Ticketing platform', module: 'Capstone' },
] as const;

export type CurriculumSlug = (typeof CURRICULUM_LESSONS)[number]['slug'];
