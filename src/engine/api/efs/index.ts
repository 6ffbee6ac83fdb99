import { CreateAccessPoint } from './CreateAccessPoint';
import { CreateFileSystem } from './CreateFileSystem';
import { CreateMountTarget } from './CreateMountTarget';
import { DeleteAccessPoint } from './DeleteAccessPoint';
import { DeleteFileSystem } from './DeleteFileSystem';
import { DeleteMountTarget } from './DeleteMountTarget';
import { DescribeAccessPoints } from './DescribeAccessPoints';
import { DescribeFileSystemPolicy } from './DescribeFileSystemPolicy';
import { DescribeFileSystems } from './DescribeFileSystems';
import { DescribeMountTargets } from './DescribeMountTargets';
import { PutFileSystemPolicy } from './PutFileSystemPolicy';

/** The Amazon EFS operations the simulator answers (file systems, mount targets, access points, file system policy). */
export const efsOperations = {
  CreateFileSystem,
  CreateMountTarget,
  CreateAccessPoint,
  DescribeFileSystems,
  DescribeMountTargets,
  DescribeAccessPoints,
  DeleteMountTarget,
  DeleteFileSystem,
  DeleteAccessPoint,
  PutFileSystemPolicy,
  DescribeFileSystemPolicy,
} as const;
