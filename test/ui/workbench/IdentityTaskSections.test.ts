import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import type { Task } from '../../../src/engine/index';
import type { AuthorizedCall } from '../../../src/engine/model/iam';
import IdentityCalls from '../../../src/ui/workbench/IdentityCalls.svelte';
import IdentityTaskSections from '../../../src/ui/workbench/IdentityTaskSections.svelte';

afterEach(() => cleanup());

const EXEC_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';

function runWeb() {
  const session = new Session(findScenario('mixed-fleet')!);
  const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  if (!run.ok) throw new Error(run.message);
  const arn = run.output.tasks[0]!.taskArn;
  return { session, arn, task: () => session.sim.state.ecs.tasks[arn]! };
}

/** puts calls where the engine keeps them (as if the task's start-up had made them) */
function record(session: Session, calls: ReadonlyArray<AuthorizedCall>) {
  const table = session.sim.state.iam.calls as Record<string, AuthorizedCall>;
  for (const c of calls) table[`call-${c.id}`] = c;
}

const aCall = (over: Partial<AuthorizedCall> & Pick<AuthorizedCall, 'id'>): AuthorizedCall => ({
  at: 10,
  principal: 'execution-role',
  roleName: 'ecsTaskExecutionRole',
  action: 'ecr:GetAuthorizationToken',
  resource: '*',
  decision: 'allowed',
  statement: { policy: EXEC_POLICY, statementIndex: 0 },
  purpose: 'pull image api:1',
  ...over,
});

describe('who is calling, for a task', { timeout: 20_000 }, () => {
  it('says when no call was made yet, folded', () => {
    const { session, task } = runWeb();
    render(IdentityTaskSections, { session, task: task() });
    const summary = screen.getByText(/^Who is calling:/);
    expect(summary).toHaveTextContent('Who is calling: no AWS call yet');
    expect(summary.closest('details')!.open).toBe(false);
  });

  it('lists the calls newest first with role and deciding statement, open when one was denied', () => {
    const { session, arn, task } = runWeb();
    record(session, [
      aCall({ id: 1, taskArn: arn }),
      aCall({
        id: 2,
        taskArn: arn,
        action: 'secretsmanager:GetSecretValue',
        resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
        decision: 'implicit-deny',
        statement: undefined,
        purpose: 'read secret db',
      }),
      aCall({ id: 3, taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/demo/other' }),
    ]);
    render(IdentityTaskSections, { session, task: task() });
    const summary = screen.getByText(/^Who is calling:/);
    expect(summary).toHaveTextContent('Who is calling: 2 calls, 1 denied');
    expect(summary.closest('details')!.open).toBe(true);
    const table = screen.getByRole('table', { name: /^Calls made for task .*newest first$/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('secretsmanager:GetSecretValue');
    expect(rows[0]).toHaveTextContent('Denied (not allowed)');
    expect(rows[0]).toHaveTextContent("no statement of ecsTaskExecutionRole's policies allows it");
    expect(rows[0]).toHaveTextContent('read secret db');
    expect(rows[1]).toHaveTextContent('Execution role');
    expect(rows[1]).toHaveTextContent('role ecsTaskExecutionRole');
    expect(rows[1]).toHaveTextContent('AmazonECSTaskExecutionRolePolicy, statement 1');
  });

  it('lists an instance’s calls by its id', () => {
    const { session } = runWeb();
    record(session, [
      aCall({ id: 1, ec2InstanceId: 'i-0abc', principal: 'agent', roleName: 'ecsInstanceRole' }),
      aCall({ id: 2, ec2InstanceId: 'i-0def' }),
    ]);
    render(IdentityCalls, { session, who: { ec2InstanceId: 'i-0abc' }, caption: 'Calls of i-0abc' });
    const rows = within(screen.getByRole('table', { name: /^Calls of i-0abc/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('ECS agent (instance role)');
  });
});

describe('configuration per container', { timeout: 20_000 }, () => {
  it('explains that variables are resolved at start while the task is pending', () => {
    const { session, task } = runWeb();
    const { containerConfig: _resolved, ...pending } = { ...task(), lastStatus: 'PENDING' as const };
    render(IdentityTaskSections, { session, task: pending });
    expect(screen.getByText(/^Configuration:/)).toHaveTextContent('Configuration: not resolved yet');
    expect(screen.getByText(/resolved when the task starts/)).toBeInTheDocument();
  });

  it('shows the variables the engine derives for a task with no start-up work, agent ones included', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const registered = session.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'plain',
      containerDefinitions: [
        { name: 'app', image: 'nginx:latest', memory: 128, environment: [{ name: 'COLOR', value: 'red' }] },
      ],
    });
    if (!registered.ok) throw new Error(registered.message);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'plain',
      overrides: { containerOverrides: [{ name: 'app', environment: [{ name: 'COLOR', value: 'blue' }] }] },
    });
    if (!run.ok) throw new Error(run.message);
    session.advance(120);
    const task = session.sim.state.ecs.tasks[run.output.tasks[0]!.taskArn]!;
    expect(task.containerConfig).toBeUndefined();
    render(IdentityTaskSections, { session, task });
    expect(screen.getByText(/^Configuration:/)).toHaveTextContent(/Configuration: \d+ variables/);
    const table = within(screen.getByRole('table', { name: 'Container app' }));
    const row = table.getByRole('rowheader', { name: 'COLOR' }).closest('tr')!;
    expect(row).toHaveTextContent('blue');
    expect(row).toHaveTextContent('environment');
    expect(table.getByRole('rowheader', { name: 'AWS_EXECUTION_ENV' }).closest('tr')!).toHaveTextContent(
      'AWS_ECS_EC2',
    );
  });

  it('lets the running application make a call, answered with the credentials it finds', async () => {
    const { session, task } = runWeb();
    session.advance(120);
    render(IdentityTaskSections, { session, task: task() });
    const form = screen.getByRole('form', { name: 'The application calls AWS' });
    await fireEvent.input(within(form).getByLabelText('Action'), { target: { value: 's3:GetObject' } });
    await fireEvent.input(within(form).getByLabelText('Resource (an ARN)'), {
      target: { value: 'arn:aws:s3:::reports/q1.csv' },
    });
    await fireEvent.submit(form);
    // no task role on EC2: the SDK falls back to the instance role, which has no S3 permission
    const answer = screen.getByRole('status');
    expect(answer).toHaveTextContent(
      /^Refused, with ecsInstanceRole \(the instance's role, through instance metadata\)/,
    );
    expect(answer).toHaveTextContent('AccessDenied');
    const recorded = Object.values(session.sim.state.iam.calls).find((c) => c.action === 's3:GetObject');
    expect(recorded).toMatchObject({ principal: 'instance-role-imds', decision: 'implicit-deny' });
  });

  it('shows each variable with its source and keeps a secret masked until revealed', async () => {
    const { session, task } = runWeb();
    const configured: Task = {
      ...task(),
      containerConfig: {
        web: [
          { name: 'COLOR', value: 'blue', source: 'environment', secret: false },
          {
            name: 'DB_PASSWORD',
            value: 'hunter2',
            source: 'secretsmanager',
            from: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
            secret: true,
          },
        ],
      },
    };
    render(IdentityTaskSections, { session, task: configured });
    expect(screen.getByText(/^Configuration:/)).toHaveTextContent('Configuration: 2 variables');
    const table = screen.getByRole('table', { name: 'Container web' });
    expect(table).not.toHaveTextContent('hunter2');
    const secretRow = within(table).getByRole('rowheader', { name: 'DB_PASSWORD' }).closest('tr')!;
    expect(secretRow).toHaveTextContent('Secrets Manager');
    expect(secretRow).toHaveTextContent('arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf');
    const show = within(secretRow).getByRole('button', { name: 'Show the value of DB_PASSWORD in web' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(show);
    expect(secretRow).toHaveTextContent('hunter2');
    const hide = within(secretRow).getByRole('button', { name: 'Hide the value of DB_PASSWORD in web' });
    expect(hide).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(hide);
    expect(table).not.toHaveTextContent('hunter2');
    const plain = within(table).getByRole('rowheader', { name: 'COLOR' }).closest('tr')!;
    expect(plain).toHaveTextContent('blue');
    expect(within(plain).queryByRole('button')).toBeNull();
  });
});

describe('with the engine’s own calls', { timeout: 30_000 }, () => {
  function secretTask(session: Session) {
    const put = session.callByName('ssm', 'PutParameter', {
      Name: '/app/db-password',
      Value: 'hunter2',
      Type: 'SecureString',
    });
    if (!put.ok) throw new Error(put.message);
    const registered = session.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      executionRoleArn: `arn:aws:iam::${session.sim.state.accountId}:role/ecsTaskExecutionRole`,
      containerDefinitions: [
        {
          name: 'api',
          image: 'nginx:latest',
          memory: 128,
          secrets: [{ name: 'DB_PASSWORD', valueFrom: '/app/db-password' }],
        },
      ],
    });
    if (!registered.ok) throw new Error(registered.message);
    const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'api' });
    if (!run.ok) throw new Error(run.message);
    const arn = run.output.tasks[0]!.taskArn;
    session.advance(300);
    return session.sim.state.ecs.tasks[arn]!;
  }

  it('shows a secret the execution role may read as a masked variable from Parameter Store', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const granted = session.callByName('iam', 'PutRolePolicy', {
      RoleName: 'ecsTaskExecutionRole',
      PolicyName: 'read-params',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'ssm:GetParameters', Resource: '*' }],
      }),
    });
    if (!granted.ok) throw new Error(granted.message);
    const task = secretTask(session);
    expect(task.lastStatus).toBe('RUNNING');
    render(IdentityTaskSections, { session, task });
    const allowed = within(screen.getByRole('table', { name: /^Calls made for task/ }))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('ssm:GetParameters'))!;
    expect(allowed).toHaveTextContent('Allowed');
    expect(allowed).toHaveTextContent('inline policy read-params, statement 1');
    const table = screen.getByRole('table', { name: 'Container api' });
    const row = within(table).getByRole('rowheader', { name: 'DB_PASSWORD' }).closest('tr')!;
    expect(row).toHaveTextContent('Parameter Store');
    expect(row).not.toHaveTextContent('hunter2');
    await fireEvent.click(within(row).getByRole('button', { name: 'Show the value of DB_PASSWORD in api' }));
    expect(row).toHaveTextContent('hunter2');
  });

  it('shows the denied secret read that stopped a task, in the task details', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const task = secretTask(session);
    expect(task.lastStatus).toBe('STOPPED');
    const { default: TaskDetails } = await import('../../../src/ui/workbench/TaskDetails.svelte');
    render(TaskDetails, { session, task });
    const summary = await screen.findByText(/^Who is calling:/);
    expect(summary).toHaveTextContent(/1 denied/);
    expect(summary.closest('details')!.open).toBe(true);
    const denied = within(screen.getByRole('table', { name: /^Calls made for task/ }))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Denied'))!;
    expect(denied).toHaveTextContent('ssm:GetParameters');
    expect(denied).toHaveTextContent('Execution role');
    expect(denied).toHaveTextContent('role ecsTaskExecutionRole');
    expect(denied).toHaveTextContent("no statement of ecsTaskExecutionRole's policies allows it");
    expect(screen.getByText(/^Configuration:/)).toHaveTextContent('Configuration: not resolved yet');
    expect(screen.getByText(/stopped before its containers started/)).toBeInTheDocument();
  });
});

describe('who is calling, in the instances view', { timeout: 30_000 }, () => {
  it('lists, under each instance, the calls made with its role or for its tasks', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const ci = Object.values(session.sim.state.ecs.containerInstances)[0]!;
    record(session, [
      aCall({ id: 900001, ec2InstanceId: ci.ec2InstanceId, principal: 'agent', roleName: 'ecsInstanceRole' }),
    ]);
    const { default: InstancesPanel } = await import('../../../src/ui/workbench/InstancesPanel.svelte');
    render(InstancesPanel, { session });
    const item = screen.getByText(ci.ec2InstanceId).closest('li')!;
    const summary = within(item).getByText('Who is calling with its role');
    const table = within(summary.closest('details')!).getByRole('table', {
      name: `Calls made with ${ci.ec2InstanceId}'s role or for its tasks, newest first`,
    });
    const expected = Object.values(session.sim.state.iam.calls).filter(
      (c) => c.ec2InstanceId === ci.ec2InstanceId,
    ).length;
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(Math.min(expected, 20));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('ECS agent (instance role)');
  });
});
