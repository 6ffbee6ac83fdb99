import { AddRoleToInstanceProfile } from './AddRoleToInstanceProfile';
import { AttachRolePolicy } from './AttachRolePolicy';
import { CreateInstanceProfile } from './CreateInstanceProfile';
import { CreateRole } from './CreateRole';
import { DeleteInstanceProfile } from './DeleteInstanceProfile';
import { DeleteRole } from './DeleteRole';
import { DeleteRolePolicy } from './DeleteRolePolicy';
import { DetachRolePolicy } from './DetachRolePolicy';
import { GetInstanceProfile } from './GetInstanceProfile';
import { GetPolicy } from './GetPolicy';
import { GetPolicyVersion } from './GetPolicyVersion';
import { GetRole } from './GetRole';
import { GetRolePolicy } from './GetRolePolicy';
import { ListAttachedRolePolicies } from './ListAttachedRolePolicies';
import { ListInstanceProfiles } from './ListInstanceProfiles';
import { ListPolicies } from './ListPolicies';
import { ListRolePolicies } from './ListRolePolicies';
import { ListRoles } from './ListRoles';
import { PutRolePolicy } from './PutRolePolicy';
import { RemoveRoleFromInstanceProfile } from './RemoveRoleFromInstanceProfile';
import { SimulatePrincipalPolicy } from './SimulatePrincipalPolicy';
import { UpdateAssumeRolePolicy } from './UpdateAssumeRolePolicy';

/** The IAM operations the simulator answers: roles, their policies, instance profiles, the managed catalog, simulation. */
export const iamOperations = {
  CreateRole,
  GetRole,
  ListRoles,
  DeleteRole,
  UpdateAssumeRolePolicy,
  AttachRolePolicy,
  DetachRolePolicy,
  ListAttachedRolePolicies,
  PutRolePolicy,
  GetRolePolicy,
  DeleteRolePolicy,
  ListRolePolicies,
  CreateInstanceProfile,
  AddRoleToInstanceProfile,
  RemoveRoleFromInstanceProfile,
  GetInstanceProfile,
  ListInstanceProfiles,
  DeleteInstanceProfile,
  SimulatePrincipalPolicy,
  ListPolicies,
  GetPolicy,
  GetPolicyVersion,
} as const;
