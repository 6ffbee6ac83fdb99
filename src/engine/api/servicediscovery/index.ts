import { CreateHttpNamespace } from './CreateHttpNamespace';
import { CreatePrivateDnsNamespace } from './CreatePrivateDnsNamespace';
import { DeleteNamespace } from './DeleteNamespace';
import { DiscoverInstances } from './DiscoverInstances';
import { GetNamespace } from './GetNamespace';
import { ListNamespaces } from './ListNamespaces';
import { ListServices } from './ListServices';

/** The AWS Cloud Map operations the simulator answers: namespaces, the services ECS creates, instance lookup. */
export const servicediscoveryOperations = {
  CreateHttpNamespace,
  CreatePrivateDnsNamespace,
  GetNamespace,
  ListNamespaces,
  DeleteNamespace,
  ListServices,
  DiscoverInstances,
} as const;
