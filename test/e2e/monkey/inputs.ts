/**
 * What the monkey types: valid input a learner would try, and the mistakes and garbage they would make too.
 * Every entry must be handled without a page error; invalid ones must be answered with an error message.
 */

export const MEMBER_OF_VALID = [
  '',
  'attribute:ecs.instance-type =~ t3.*',
  'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
  'attribute:ecs.instance-type == m5.large',
  'not(attribute:ecs.instance-type == c5.large)',
  'attribute:ecs.availability-zone != us-east-1c and attribute:ecs.instance-type =~ .*large',
  'attribute:ecs.instance-type =~ nothing-matches.*',
  'task:group == family:web',
  'ec2InstanceId exists',
];

export const MEMBER_OF_INVALID = [
  'attribute:ecs.instance-type',
  '((',
  '== t3.micro',
  'attribute:ecs.availability-zone in [us-east-1a',
  'attribute:ecs.instance-type =~ [',
  'foo bar baz',
  'attribute:ecs.instance-type == "unterminated',
  '🙂 =~ ∅',
  'a'.repeat(300),
];

/** strategy fields by type, each list ending with ones ECS rejects */
export const STRATEGY_FIELDS = {
  binpack: ['memory', 'cpu', 'disk', ''],
  spread: [
    'attribute:ecs.availability-zone',
    'instanceId',
    'host',
    'attribute:ecs.instance-type',
    'attribute:ecs.os-type',
    'attribute:',
    'az',
  ],
  random: [],
} as const;

const AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

export const CONSOLE_LINES = [
  'help',
  'aws help',
  'aws ecs help',
  'aws ecs run-task help',
  'aws ecs list-clusters',
  'aws ecs describe-clusters --clusters demo',
  'aws ecs list-tasks --cluster demo',
  'aws ecs list-container-instances --cluster demo',
  'aws ecs describe-tasks --cluster demo --tasks 0123456789abcdef0123456789abcdef',
  'aws ecs describe-tasks --cluster demo',
  'aws ecs run-task --cluster demo --task-definition web',
  'aws ecs run-task --cluster demo --task-definition web --count 4',
  'aws ecs run-task --cluster demo --task-definition web --count 10 --placement-strategy type=binpack,field=memory',
  'aws ecs run-task --cluster demo --task-definition web --count 3 --placement-strategy type=spread,field=attribute:ecs.availability-zone type=spread,field=instanceId',
  'aws ecs run-task --cluster demo --task-definition web --count 2 --placement-constraints type=distinctInstance',
  'aws ecs run-task --cluster demo --task-definition web --placement-constraints "type=memberOf,expression=attribute:ecs.instance-type =~ t3.*"',
  'aws ecs run-task --cluster demo --task-definition web --placement-constraints type=memberOf,expression=((',
  'aws ecs run-task --cluster demo --task-definition web --launch-type FARGATE',
  'aws ecs run-task --cluster demo --task-definition web --count 11',
  'aws ecs run-task --cluster nowhere --task-definition web',
  'aws ecs run-task --cluster demo --task-definition web --cli-input-json {bad',
  'aws ecs run-task --count',
  'aws ecs create-cluster --cluster-name monkey',
  'aws ecs create-cluster --cluster-name demo',
  'aws ecs delete-cluster --cluster demo',
  'aws ecs register-task-definition --family monkey --container-definitions name=app,image=busybox,memory=128',
  'aws ecs register-task-definition --family monkey',
  'aws ecs deregister-task-definition --task-definition web:1',
  'aws ecs list-task-definitions',
  `aws ec2 run-instances --image-id ${AMI} --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data ECS_CLUSTER=demo`,
  // the console input is one line: a script's newline goes in through --cli-input-json
  `aws ec2 run-instances --image-id ${AMI} --instance-type t3.micro --iam-instance-profile Name=ecsInstanceRole --cli-input-json '{"UserData": "#!/bin/bash\\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config"}'`,
  `aws ec2 run-instances --image-id ${AMI} --instance-type t3.micro --count 2`,
  'aws ecs create-cluster',
  'aws ec2 run-instances --count 0',
  'aws ec2 describe-instances',
  'aws ec2 describe-subnets --query "Subnets[].SubnetId"',
  'aws ecs list-clusters --output text',
  'aws ecs list-clusters --region eu-west-1',
  'aws ecs run-tsk',
  'aws',
  'aws ecs',
  'asdf',
  '',
  '   ',
  '"unterminated',
  "aws ecs run-task --cluster 'demo",
  '🙂',
  'x'.repeat(2000),
  'history',
  'clear',
];
