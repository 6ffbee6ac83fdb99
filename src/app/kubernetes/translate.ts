import { translateContainers, k8sName } from './containers';
import { translatePlacement } from './placement';
import type {
  EcsService,
  EcsTaskDefinition,
  K8sObject,
  MappingNote,
  PathComment,
  TranslateInput,
  TranslatedObject,
  Translation,
} from './types';

export type * from './types';
export { millicores, k8sName } from './containers';

/**
 * Translates a task definition (and the service running it) into the Kubernetes objects that would do the same
 * job on EKS, with a note per field saying where it went, how close the match is and why. Pure: reads only its
 * input. What has no Kubernetes field (logging, execution role, capacity providers, binpack) is a note.
 */
export function translate(input: TranslateInput): Translation {
  const td = input.taskDefinition;
  const service = input.service;
  const namespace = input.namespace ?? 'default';
  const app = k8sName(service?.serviceName ?? td.family);
  const notes: MappingNote[] = [];
  const fargate = runsOnFargate(td, service);
  const lb = service?.loadBalancers.find((l) => l.containerName && l.containerPort);
  const pod = translateContainers(td, {
    app,
    fargate,
    ...(lb && input.loadBalancer?.healthCheckPath
      ? {
          readiness: {
            container: lb.containerName!,
            port: lb.containerPort!,
            path: input.loadBalancer.healthCheckPath,
          },
        }
      : {}),
  });
  const placement = translatePlacement(
    app,
    [...td.placementConstraints, ...(service?.placementConstraints ?? [])],
    service?.placementStrategy ?? [],
  );

  // the pod spec, and comments relative to it
  const podComments: PathComment[] = [...pod.comments, ...placement.comments];
  const nodeSelector: Record<string, string> = { ...placement.nodeSelector };
  const arch = td.runtimePlatform?.cpuArchitecture;
  if (arch) nodeSelector['kubernetes.io/arch'] = arch === 'ARM64' ? 'arm64' : 'amd64';
  const os = td.runtimePlatform?.operatingSystemFamily;
  if (os) nodeSelector['kubernetes.io/os'] = os === 'LINUX' ? 'linux' : 'windows';
  if (arch || os)
    notes.push({
      ecs: 'runtimePlatform',
      kubernetes: 'nodeSelector kubernetes.io/arch, kubernetes.io/os',
      fit: 'direct',
      why: 'Nodes carry their architecture and OS as well-known labels.',
    });
  const podSpec: Record<string, unknown> = {
    ...(td.taskRoleArn ? { serviceAccountName: app } : {}),
    ...(pod.hostNetwork ? { hostNetwork: true } : {}),
    ...(pod.terminationGracePeriodSeconds !== undefined
      ? { terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds }
      : {}),
    ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
    ...(Object.keys(placement.affinity).length ? { affinity: placement.affinity } : {}),
    ...(placement.topologySpreadConstraints.length
      ? { topologySpreadConstraints: placement.topologySpreadConstraints }
      : {}),
    ...(pod.initContainers.length ? { initContainers: pod.initContainers } : {}),
    containers: pod.containers,
    ...(pod.volumes.length ? { volumes: pod.volumes } : {}),
  };
  if (td.taskRoleArn)
    podComments.push({ path: ['serviceAccountName'], text: ' from taskRoleArn: the pod’s AWS identity' });
  if (pod.hostNetwork)
    podComments.push({ path: ['hostNetwork'], text: ' networkMode host: the pod uses the node’s network' });

  notes.push(...networkNotes(td), ...pod.notes, ...placement.notes);
  const objects: TranslatedObject[] = [];
  const labels = { app };
  const metadata = { name: app, namespace, labels };
  const fargateHeader = fargate
    ? `\nFargate: an EKS Fargate profile must select namespace "${namespace}" (optionally label app: ${app}); the profile is EKS API, not YAML.`
    : '';

  if (!service) {
    objects.push({
      object: { apiVersion: 'v1', kind: 'Pod', metadata, spec: podSpec },
      header:
        ` task definition ${td.family}:${td.revision} as a pod spec. A task started on its own (RunTask) is a bare Pod;` +
        ` run-to-completion work is usually a Job.${fargateHeader}`,
      comments: podComments.map((c) => ({ ...c, path: ['spec', ...c.path] })),
    });
    notes.unshift({
      ecs: 'task definition (no service)',
      kubernetes: 'Pod spec',
      fit: 'direct',
      why: 'A task definition describes one group of containers scheduled together, as a pod spec does.',
    });
  } else {
    objects.push(workload(service, td, podSpec, podComments, metadata, labels, fargateHeader, notes));
  }
  if (td.taskRoleArn) objects.push(serviceAccount(td.taskRoleArn, app, namespace, notes));
  if (service) {
    const svc = kubernetesService(service, td, app, namespace, input.loadBalancer, notes);
    if (svc) objects.push(svc);
    const hpa = autoscaler(service, app, namespace, input.scaling, notes);
    if (hpa) objects.push(hpa);
    notes.push(...serviceNotes(service));
  }
  if (td.executionRoleArn)
    notes.push({
      ecs: 'executionRoleArn',
      kubernetes: '(no field)',
      fit: 'none',
      why: 'The kubelet pulls images with the node’s IAM role (on Fargate, the profile’s pod execution role); nothing reads Secrets Manager on the pod’s behalf.',
    });
  if (fargate)
    notes.push({
      ecs: 'FARGATE launch type / capacity provider',
      kubernetes: 'Fargate profile selector (namespace, labels)',
      fit: 'close',
      why: 'On EKS, a pod runs on Fargate when a Fargate profile’s selector matches its namespace and labels. One pod per Fargate node; no DaemonSets, hostPort or hostNetwork there.',
    });
  return { objects, notes };
}

/** The task runs on Fargate: the service says so (launch type or providers) or, without one, the definition. */
function runsOnFargate(td: EcsTaskDefinition, service: EcsService | undefined): boolean {
  if (service)
    return (
      service.launchType === 'FARGATE' ||
      (service.capacityProviderStrategy ?? []).some((i) => i.capacityProvider.startsWith('FARGATE'))
    );
  return td.requiresCompatibilities?.includes('FARGATE') === true;
}

function networkNotes(td: EcsTaskDefinition): MappingNote[] {
  if (td.networkMode === 'awsvpc')
    return [
      {
        ecs: 'networkMode awsvpc',
        kubernetes: '(default: VPC CNI)',
        fit: 'direct',
        why: 'With the Amazon VPC CNI every pod gets an IP from the VPC, as an awsvpc task gets its own ENI. A security group per pod needs the Security Groups for Pods feature.',
      },
    ];
  if (td.networkMode === 'host')
    return [
      {
        ecs: 'networkMode host',
        kubernetes: 'hostNetwork: true',
        fit: 'direct',
        why: 'The containers use the node’s network namespace.',
      },
    ];
  return [];
}

function workload(
  service: EcsService,
  td: EcsTaskDefinition,
  podSpec: Record<string, unknown>,
  podComments: ReadonlyArray<PathComment>,
  metadata: Record<string, unknown>,
  labels: Record<string, string>,
  fargateHeader: string,
  notes: MappingNote[],
): TranslatedObject {
  const template = { metadata: { labels }, spec: podSpec };
  const inTemplate = podComments.map((c) => ({ ...c, path: ['spec', 'template', 'spec', ...c.path] }));
  if (service.schedulingStrategy === 'DAEMON') {
    notes.unshift({
      ecs: 'schedulingStrategy DAEMON',
      kubernetes: 'DaemonSet',
      fit: 'direct',
      why: 'One copy on every node that passes the constraints. DaemonSets do not run on Fargate, as DAEMON services do not.',
    });
    return {
      object: {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata,
        spec: { selector: { matchLabels: labels }, template },
      },
      header: ` service ${service.serviceName} (DAEMON) running ${td.family}:${td.revision}${fargateHeader}`,
      comments: inTemplate,
    };
  }
  const c = service.deploymentConfiguration;
  const maxSurge = Math.max(0, c.maximumPercent - 100);
  const maxUnavailable = Math.max(0, 100 - c.minimumHealthyPercent);
  notes.unshift(
    {
      ecs: 'service (REPLICA), desiredCount',
      kubernetes: 'Deployment, spec.replicas',
      fit: 'direct',
      why: 'Both keep a number of copies of one template running and replace the ones that stop.',
    },
    {
      ecs: 'deploymentConfiguration minimumHealthyPercent / maximumPercent',
      kubernetes: 'strategy.rollingUpdate maxUnavailable / maxSurge',
      fit: 'direct',
      why: `ECS gives the floor and ceiling of running tasks; Kubernetes gives how far below and above replicas it may go: ${maxUnavailable}% and ${maxSurge}% here.`,
    },
  );
  if (c.deploymentCircuitBreaker.enable)
    notes.push({
      ecs: 'deploymentCircuitBreaker',
      kubernetes: 'progressDeadlineSeconds (no automatic rollback)',
      fit: 'close',
      why: 'A stuck rollout is marked failed after the deadline; rolling back is kubectl rollout undo or a tool such as Argo Rollouts, not built in.',
    });
  return {
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        replicas: service.desiredCount,
        selector: { matchLabels: labels },
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: `${maxSurge}%`, maxUnavailable: `${maxUnavailable}%` },
        },
        template,
      },
    },
    header: ` service ${service.serviceName} running ${td.family}:${td.revision}${fargateHeader}`,
    comments: [
      { path: ['spec', 'replicas'], text: ' desiredCount' },
      {
        path: ['spec', 'strategy'],
        text: ` minimumHealthyPercent ${c.minimumHealthyPercent} → maxUnavailable, maximumPercent ${c.maximumPercent} → maxSurge`,
      },
      ...inTemplate,
    ],
  };
}

function serviceAccount(
  role: string,
  app: string,
  namespace: string,
  notes: MappingNote[],
): TranslatedObject {
  notes.push({
    ecs: 'taskRoleArn',
    kubernetes: 'ServiceAccount (IRSA annotation or a Pod Identity association)',
    fit: 'direct',
    why: 'The pod gets the role through its service account. IRSA: the annotation, and a trust policy for the cluster’s OIDC provider (sts:AssumeRoleWithWebIdentity). EKS Pod Identity: no annotation, an association of namespace + service account to the role, trust for pods.eks.amazonaws.com (sts:AssumeRole, sts:TagSession). ECS trusts ecs-tasks.amazonaws.com.',
  });
  const object: K8sObject = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: app, namespace, annotations: { 'eks.amazonaws.com/role-arn': role } },
  };
  return {
    object,
    header:
      ' from taskRoleArn. IRSA reads the annotation; with EKS Pod Identity leave it out and create a pod identity' +
      ` association (namespace ${namespace}, service account ${app}) instead. Either way the role's trust policy changes.`,
    comments: [],
  };
}

function kubernetesService(
  service: EcsService,
  td: EcsTaskDefinition,
  app: string,
  namespace: string,
  lbContext: TranslateInput['loadBalancer'],
  notes: MappingNote[],
): TranslatedObject | undefined {
  const lb = service.loadBalancers.find((l) => l.containerPort !== undefined);
  const metadata = { name: app, namespace, labels: { app } };
  if (lb) {
    const port = lbContext?.listenerPort ?? lb.containerPort!;
    const alb = lbContext?.type !== 'network';
    notes.push({
      ecs: 'loadBalancers (target group, containerName, containerPort)',
      kubernetes: alb
        ? 'Service type LoadBalancer (an ALB is usually an Ingress)'
        : 'Service type LoadBalancer',
      fit: alb ? 'close' : 'direct',
      why: alb
        ? 'With the AWS Load Balancer Controller a LoadBalancer Service gets an NLB; an ALB with listener rules comes from an Ingress (class alb) pointing at a ClusterIP Service.'
        : 'With the AWS Load Balancer Controller a LoadBalancer Service gets an NLB in front of the pods.',
    });
    return {
      object: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata,
        spec: {
          type: 'LoadBalancer',
          selector: { app },
          ports: [{ port, targetPort: lb.containerPort, protocol: 'TCP' }],
        },
      },
      header:
        ` from loadBalancers: ${lb.containerName}:${lb.containerPort} behind ` +
        (lbContext
          ? `an ${lbContext.type === 'network' ? 'NLB' : 'ALB'} (${lbContext.scheme})`
          : 'a load balancer') +
        '. The AWS Load Balancer Controller makes an NLB for this; for an ALB write an Ingress (class alb).',
      comments: [{ path: ['spec', 'ports'], text: ' port: the listener; targetPort: the container port' }],
    };
  }
  const ports = td.containerDefinitions.flatMap((c) =>
    (c.portMappings ?? []).filter((p) => p.containerPort !== undefined).map((p) => p.containerPort!),
  );
  if (!ports.length) return undefined;
  notes.push({
    ecs: 'no load balancer (Service Connect / Cloud Map names)',
    kubernetes: 'Service type ClusterIP (cluster DNS name)',
    fit: 'close',
    why: `Other pods reach it at ${app}.${namespace}.svc.cluster.local; in ECS a Service Connect or Cloud Map name does that job.`,
  });
  return {
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: {
        type: 'ClusterIP',
        selector: { app },
        ports: [...new Set(ports)].map((p) => ({ port: p, targetPort: p })),
      },
    },
    header: ' no load balancer: a ClusterIP Service gives the pods one name inside the cluster',
    comments: [],
  };
}

function autoscaler(
  service: EcsService,
  app: string,
  namespace: string,
  scaling: TranslateInput['scaling'],
  notes: MappingNote[],
): TranslatedObject | undefined {
  if (!scaling || service.schedulingStrategy === 'DAEMON') return undefined;
  const metrics: Record<string, unknown>[] = [];
  let scaleIn: number | undefined;
  for (const p of scaling.policies) {
    const tt = p.TargetTrackingScalingPolicyConfiguration;
    const type = tt?.PredefinedMetricSpecification?.PredefinedMetricType;
    if (p.PolicyType !== 'TargetTrackingScaling' || !tt) {
      notes.push({
        ecs: `scaling policy ${p.PolicyName} (${p.PolicyType})`,
        kubernetes: '(no equivalent: HPA behavior policies)',
        fit: 'none',
        why: 'The HPA only tracks targets; step sizes are shaped with spec.behavior, not alarms.',
      });
      continue;
    }
    if (type === 'ECSServiceAverageCPUUtilization' || type === 'ECSServiceAverageMemoryUtilization') {
      metrics.push({
        type: 'Resource',
        resource: {
          name: type === 'ECSServiceAverageCPUUtilization' ? 'cpu' : 'memory',
          target: { type: 'Utilization', averageUtilization: Math.round(tt.TargetValue) },
        },
      });
      scaleIn = Math.max(scaleIn ?? 0, tt.ScaleInCooldown);
    } else {
      notes.push({
        ecs: `scaling policy ${p.PolicyName} (${type ?? 'custom metric'})`,
        kubernetes: 'HPA External metric (needs a metrics adapter)',
        fit: 'none',
        why: 'CPU and memory come with metrics-server; requests per target or a CloudWatch metric need an adapter (or KEDA).',
      });
    }
  }
  if (!metrics.length) return undefined;
  notes.push({
    ecs: 'Application Auto Scaling target tracking (min, max, target)',
    kubernetes: 'HorizontalPodAutoscaler (minReplicas, maxReplicas, averageUtilization)',
    fit: 'close',
    why: 'Both keep a metric near a target by changing the count. The HPA measures utilisation against the pods’ requests; ECS against the service’s reserved CPU/memory.',
  });
  return {
    object: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: app, namespace },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
        minReplicas: scaling.minCapacity,
        maxReplicas: scaling.maxCapacity,
        metrics,
        ...(scaleIn !== undefined
          ? { behavior: { scaleDown: { stabilizationWindowSeconds: Math.min(scaleIn, 3600) } } }
          : {}),
      },
    },
    header: ' from the scalable target and its target tracking policies',
    comments:
      scaleIn !== undefined
        ? [
            {
              path: ['spec', 'behavior'],
              text: ' ScaleInCooldown, roughly: the HPA waits this long before scaling in',
            },
          ]
        : [],
  };
}

function serviceNotes(service: EcsService): MappingNote[] {
  const out: MappingNote[] = [];
  if (service.capacityProviderStrategy?.some((i) => !i.capacityProvider.startsWith('FARGATE')))
    out.push({
      ecs: 'capacityProviderStrategy (Auto Scaling group providers)',
      kubernetes: '(no field: managed node groups, Karpenter NodePools)',
      fit: 'none',
      why: 'Nodes come from managed node groups (scaled by Cluster Autoscaler) or Karpenter, which picks instance types for pending pods. Base and weight have no pod field.',
    });
  if (service.healthCheckGracePeriodSeconds > 0)
    out.push({
      ecs: 'healthCheckGracePeriodSeconds',
      kubernetes: 'startupProbe / initialDelaySeconds',
      fit: 'close',
      why: 'Kubernetes delays the probes themselves instead of ignoring failed load balancer checks.',
    });
  if (service.enableExecuteCommand)
    out.push({
      ecs: 'enableExecuteCommand',
      kubernetes: 'kubectl exec (RBAC)',
      fit: 'close',
      why: 'Shell access is always there, governed by RBAC instead of a flag and IAM.',
    });
  if (service.networkConfiguration?.awsvpcConfiguration)
    out.push({
      ecs: 'networkConfiguration.awsvpcConfiguration (subnets, security groups)',
      kubernetes: '(no pod field)',
      fit: 'none',
      why: 'Subnets belong to the node group or Fargate profile; per-pod security groups come from a SecurityGroupPolicy.',
    });
  return out;
}
