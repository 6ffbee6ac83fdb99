import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import { loadEditor } from '../../../src/editor/lazy';
import IdentityPanel from '../../../src/ui/workbench/IdentityPanel.svelte';
import { FakeCodeEditor, fakeEditorModule, resetFakes } from '../editor/fakeEditorModule';

vi.mock('../../../src/editor/lazy', () => ({ loadEditor: vi.fn() }));

const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

beforeEach(() => {
  resetFakes();
  vi.mocked(loadEditor).mockResolvedValue(fakeEditorModule);
});
afterEach(() => cleanup());

function open() {
  const session = new Session(findScenario('mixed-fleet')!);
  render(IdentityPanel, { session });
  return { session, role: (name: string) => session.sim.state.iam.roles[name] };
}

async function createTaskRole(name = 'apiTaskRole') {
  await fireEvent.click(screen.getByText('Create a role'));
  await fireEvent.input(screen.getByLabelText('Role name'), { target: { value: name } });
  await fireEvent.submit(screen.getByRole('button', { name: 'Create role' }).closest('form')!);
}

describe('the Identity tab', { timeout: 30_000 }, () => {
  it('lists the account’s roles with who may assume them, and shows the first one', () => {
    open();
    const list = screen.getByRole('list', { name: 'Roles' });
    const instanceRole = within(list).getByRole('button', { name: 'ecsInstanceRole' }).closest('li')!;
    expect(instanceRole).toHaveTextContent('trusted by ec2.amazonaws.com');
    const executionRole = within(list).getByRole('button', { name: 'ecsTaskExecutionRole' }).closest('li')!;
    expect(executionRole).toHaveTextContent('trusted by ecs-tasks.amazonaws.com');
    expect(screen.getByRole('heading', { level: 3, name: /^Role / })).toBeInTheDocument();
  });

  it('shows a role’s trust policy and managed policies, and what they allow', async () => {
    open();
    await fireEvent.click(screen.getByRole('button', { name: 'ecsTaskExecutionRole' }));
    expect(screen.getByRole('heading', { name: 'Role ecsTaskExecutionRole' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ecsTaskExecutionRole' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByText(/"sts:AssumeRole"/)).toBeInTheDocument();
    const managed = screen.getByRole('list', { name: 'Managed policies' });
    expect(managed).toHaveTextContent('AmazonECSTaskExecutionRolePolicy');
    expect(managed).toHaveTextContent('ecr:GetAuthorizationToken');
  });

  it('creates a task role, attaches and detaches a managed policy', async () => {
    const { role } = open();
    await createTaskRole();
    expect(role('apiTaskRole')).toBeDefined();
    expect(screen.getByRole('status')).toHaveTextContent('Created role apiTaskRole.');
    expect(screen.getByRole('heading', { name: 'Role apiTaskRole' })).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText('Attach a managed policy'), { target: { value: S3_READ } });
    await fireEvent.submit(screen.getByRole('button', { name: 'Attach' }).closest('form')!);
    expect(role('apiTaskRole')!.attachedPolicyArns).toEqual([S3_READ]);
    await fireEvent.click(
      screen.getByRole('button', { name: 'Detach AmazonS3ReadOnlyAccess from apiTaskRole' }),
    );
    expect(role('apiTaskRole')!.attachedPolicyArns).toEqual([]);
  });

  it('writes an inline policy in the editor and saves it with PutRolePolicy; IAM’s complaint is shown', async () => {
    const { role } = open();
    await createTaskRole();
    await fireEvent.click(screen.getByRole('button', { name: '+ New inline policy' }));
    await fireEvent.input(screen.getByLabelText('Policy name'), { target: { value: 'read-config' } });
    await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
    const editor = FakeCodeEditor.instances[0]!;
    expect(JSON.parse(editor.text)).toMatchObject({ Version: '2012-10-17' });

    editor.type(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }],
      }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Save (put-role-policy)' }));
    expect(
      screen.getByText(/^MalformedPolicyDocument: Policy document should not specify a principal\.$/),
    ).toBeInTheDocument();
    expect(role('apiTaskRole')!.inlinePolicies).toEqual({});

    const good = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::cfg/*' }],
    };
    editor.type(JSON.stringify(good));
    await fireEvent.click(screen.getByRole('button', { name: 'Save (put-role-policy)' }));
    expect(role('apiTaskRole')!.inlinePolicies['read-config']).toEqual(good);
    const inline = screen.getByRole('list', { name: 'Inline policies' });
    expect(inline).toHaveTextContent('Allow s3:GetObject on arn:aws:s3:::cfg/*');

    await fireEvent.click(within(inline).getByRole('button', { name: 'Delete inline policy read-config' }));
    expect(role('apiTaskRole')!.inlinePolicies).toEqual({});
  });

  it('asks whether the role would be allowed an action, without making an undo step', async () => {
    const { session } = open();
    await fireEvent.click(screen.getByRole('button', { name: 'ecsTaskExecutionRole' }));
    const calls = session.calls.length;
    const form = screen.getByRole('form', { name: 'Would ecsTaskExecutionRole be allowed…?' });
    await fireEvent.input(within(form).getByLabelText('Action'), {
      target: { value: 'ecr:GetAuthorizationToken' },
    });
    await fireEvent.input(within(form).getByLabelText('Resource (an ARN, or *)'), { target: { value: '*' } });
    await fireEvent.submit(form);
    expect(
      screen.getByText(/^Yes: ecsTaskExecutionRole may call ecr:GetAuthorizationToken on \*/),
    ).toBeInTheDocument();

    await fireEvent.input(within(form).getByLabelText('Action'), { target: { value: 's3:PutObject' } });
    await fireEvent.input(within(form).getByLabelText('Resource (an ARN, or *)'), {
      target: { value: 'arn:aws:s3:::cfg/x' },
    });
    await fireEvent.submit(form);
    expect(
      screen.getByText(/^No: no statement of ecsTaskExecutionRole's policies allows s3:PutObject/),
    ).toBeInTheDocument();
    expect(session.calls.length).toBe(calls);
  });

  it('edits a role’s trust policy with UpdateAssumeRolePolicy', async () => {
    const { role } = open();
    await createTaskRole('confusedRole');
    await fireEvent.click(screen.getByRole('button', { name: 'Edit the trust policy' }));
    await waitFor(() => expect(FakeCodeEditor.instances).toHaveLength(1));
    const editor = FakeCodeEditor.instances[0]!;
    expect(JSON.parse(editor.text)).toEqual(role('confusedRole')!.AssumeRolePolicyDocument);
    editor.type(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Resource: '*',
          },
        ],
      }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Save (update-assume-role-policy)' }));
    expect(screen.getByText('MalformedPolicyDocument: Has prohibited field Resource')).toBeInTheDocument();
    const trust = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    };
    editor.type(JSON.stringify(trust));
    await fireEvent.click(screen.getByRole('button', { name: 'Save (update-assume-role-policy)' }));
    expect(role('confusedRole')!.AssumeRolePolicyDocument).toEqual(trust);
    const row = within(screen.getByRole('list', { name: 'Roles' }))
      .getByRole('button', { name: 'confusedRole' })
      .closest('li')!;
    expect(row).toHaveTextContent('trusted by ec2.amazonaws.com');
  });

  it('creates an instance role with its instance profile, as the IAM console does', async () => {
    const { session } = open();
    await fireEvent.click(screen.getByText('Create a role'));
    await fireEvent.input(screen.getByLabelText('Role name'), { target: { value: 'myInstanceRole' } });
    await fireEvent.change(screen.getByLabelText('Who may assume it'), {
      target: { value: 'ec2.amazonaws.com' },
    });
    expect(screen.getByLabelText(/Also create an instance profile of the same name/)).toBeChecked();
    await fireEvent.submit(screen.getByRole('button', { name: 'Create role' }).closest('form')!);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Created role myInstanceRole and instance profile myInstanceRole.',
    );
    expect(session.sim.state.iam.instanceProfiles['myInstanceRole']?.roleName).toBe('myInstanceRole');
    expect(screen.getByText('Used by').nextElementSibling).toHaveTextContent(
      'instance profile myInstanceRole',
    );
  });
});
