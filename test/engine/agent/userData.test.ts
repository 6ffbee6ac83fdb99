import { describe, expect, it } from 'vitest';
import { decodeUserData, readEcsConfig } from '../../../src/engine/agent/userData';
import { base64 } from '../../builders/account';

describe('decodeUserData', () => {
  it('decodes base64 text, including line breaks between the characters', () => {
    const encoded = base64('#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\n');
    const wrapped = encoded.replace(/(.{20})/g, '$1\n');
    expect(decodeUserData(wrapped)).toEqual({
      ok: true,
      value: '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\n',
    });
  });

  it.each([
    ['a plain script', '#!/bin/bash\necho hi'],
    ['a length that is not a multiple of 4', 'abcde'],
    ['padding in the middle', 'ab==cdef'],
  ])('rejects %s', (_name, text) => {
    const out = decodeUserData(text);
    expect(out.ok).toBe(false);
  });

  it('rejects user data over 16 KB once decoded', () => {
    const out = decodeUserData(base64('x'.repeat(16385)));
    expect(out).toMatchObject({ ok: false, error: expect.stringMatching(/16385 bytes/) });
  });

  it('decodes UTF-8', () => {
    expect(decodeUserData(base64('ECS_INSTANCE_ATTRIBUTES={"team":"café"}'))).toEqual({
      ok: true,
      value: 'ECS_INSTANCE_ATTRIBUTES={"team":"café"}',
    });
  });
});

describe('readEcsConfig', () => {
  const cases: Array<{ name: string; script: string; expected: Record<string, string> }> = [
    {
      name: 'echo lines appended to ecs.config',
      script:
        '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\necho ECS_RESERVED_MEMORY=256 >> /etc/ecs/ecs.config',
      expected: { ECS_CLUSTER: 'web', ECS_RESERVED_MEMORY: '256' },
    },
    {
      name: 'double-quoted echo with escaped quotes',
      script: 'echo "ECS_AVAILABLE_LOGGING_DRIVERS=[\\"json-file\\",\\"awslogs\\"]" >> /etc/ecs/ecs.config',
      expected: { ECS_AVAILABLE_LOGGING_DRIVERS: '["json-file","awslogs"]' },
    },
    {
      name: 'single-quoted echo and a bare word with escaped quotes',
      script:
        'echo \'ECS_INSTANCE_ATTRIBUTES={"stack":"prod"}\' >> /etc/ecs/ecs.config\necho ECS_RESERVED_PORTS=[\\"80\\"]>> /etc/ecs/ecs.config',
      expected: { ECS_INSTANCE_ATTRIBUTES: '{"stack":"prod"}', ECS_RESERVED_PORTS: '["80"]' },
    },
    {
      name: 'a quoted heredoc appended to ecs.config',
      script:
        "#!/bin/bash\ncat <<'EOF' >> /etc/ecs/ecs.config\nECS_CLUSTER=api\nECS_ENABLE_TASK_IAM_ROLE=true\nEOF\necho done",
      expected: { ECS_CLUSTER: 'api', ECS_ENABLE_TASK_IAM_ROLE: 'true' },
    },
    {
      name: 'an indented <<- heredoc written with cat >',
      script: 'cat > /etc/ecs/ecs.config <<- END\n\tECS_CLUSTER=batch\n\tEND\n',
      expected: { ECS_CLUSTER: 'batch' },
    },
    {
      name: 'plain KEY=VALUE lines (user data that is the config itself), quotes stripped',
      script: 'ECS_CLUSTER=plain\nECS_DYNAMIC_HOST_PORT_RANGE="40000-50000"',
      expected: { ECS_CLUSTER: 'plain', ECS_DYNAMIC_HOST_PORT_RANGE: '40000-50000' },
    },
    {
      name: 'a later > redirect truncating what came before',
      script:
        'echo ECS_CLUSTER=a >> /etc/ecs/ecs.config\necho ECS_RESERVED_MEMORY=1 >> /etc/ecs/ecs.config\necho ECS_CLUSTER=b > /etc/ecs/ecs.config',
      expected: { ECS_CLUSTER: 'b' },
    },
    {
      name: 'tee -a in a pipeline',
      script: 'echo ECS_CLUSTER=teed | sudo tee -a /etc/ecs/ecs.config',
      expected: { ECS_CLUSTER: 'teed' },
    },
    {
      name: 'lines for other files, and heredocs into other files, ignored',
      script:
        'echo ECS_CLUSTER=nope >> /tmp/other\ncat <<EOF > /etc/other.conf\nECS_CLUSTER=nope\nEOF\nexport ECS_CLUSTER=nope',
      expected: {},
    },
    {
      name: 'a cloud-config bootcmd echo',
      script: "#cloud-config\nbootcmd:\n- echo 'ECS_CLUSTER=cloud' >> /etc/ecs/ecs.config",
      expected: { ECS_CLUSTER: 'cloud' },
    },
  ];

  it.each(cases)('reads $name', ({ script, expected }) => {
    expect(Object.fromEntries(readEcsConfig(script))).toEqual(expected);
  });
});
