import { describe, expect, it } from 'vitest';
import { decodeUserData, readEcsConfig, readUserData } from '../../../src/engine/agent/userData';
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
      name: 'a quoted value in a heredoc, quotes stripped',
      script: '#!/bin/bash\ncat <<EOF >> /etc/ecs/ecs.config\nECS_DYNAMIC_HOST_PORT_RANGE="40000-50000"\nEOF',
      expected: { ECS_DYNAMIC_HOST_PORT_RANGE: '40000-50000' },
    },
    {
      name: 'a bare KEY=VALUE line in a script (it only sets a shell variable)',
      script: '#!/bin/bash\nECS_CLUSTER=plain\necho started',
      expected: {},
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

describe('readUserData: what cloud-init runs', () => {
  const settingsOf = (text: string) => Object.fromEntries(readUserData(text).settings);

  it('runs a script that starts with #!', () => {
    const reading = readUserData('#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config');
    expect(reading).toEqual({ settings: new Map([['ECS_CLUSTER', 'web']]) });
  });

  it.each([
    ['an echo without a shebang', 'echo ECS_CLUSTER=web >> /etc/ecs/ecs.config'],
    ['bare KEY=VALUE lines', 'ECS_CLUSTER=web\nECS_RESERVED_MEMORY=256'],
    ['a shebang after a blank line', '\n#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config'],
  ])('ignores %s, says why, and reads nothing', (_, text) => {
    const reading = readUserData(text);
    expect(reading.settings.size).toBe(0);
    expect(reading.note).toMatch(/^user data was ignored: it does not start with #! or #cloud-config/);
    expect(reading.note).toMatch(/ECS_CLUSTER was never written.*joins the default cluster/);
  });

  it('needs no note for empty user data', () => {
    expect(readUserData('')).toEqual({ settings: new Map() });
  });

  it('reads runcmd echo lines of a #cloud-config document', () => {
    const doc = "#cloud-config\nruncmd:\n  - echo 'ECS_CLUSTER=cloud' >> /etc/ecs/ecs.config\n";
    expect(readUserData(doc)).toEqual({ settings: new Map([['ECS_CLUSTER', 'cloud']]) });
  });

  it('says that write_files in #cloud-config is not simulated', () => {
    const doc =
      '#cloud-config\nwrite_files:\n  - path: /etc/ecs/ecs.config\n    content: |\n      ECS_CLUSTER=cloud\n';
    const reading = readUserData(doc);
    expect(reading.settings.size).toBe(0);
    expect(reading.note).toMatch(/write_files is not simulated/);
  });

  it('recognizes other cloud-init formats without running them', () => {
    expect(readUserData('#include\nhttps://example.com/boot.sh').note).toMatch(
      /^user data is a #include document; cloud-init handles it, but this sandbox does not simulate it/,
    );
  });

  it('runs the shell-script parts of a MIME multipart document and skips the rest', () => {
    const doc = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="==BOUNDARY=="',
      '',
      '--==BOUNDARY==',
      'Content-Type: text/cloud-config; charset="us-ascii"',
      '',
      '#cloud-config',
      'package_update: true',
      '',
      '--==BOUNDARY==',
      'Content-Type: text/x-shellscript; charset="us-ascii"',
      '',
      '#!/bin/bash',
      'echo ECS_CLUSTER=multi >> /etc/ecs/ecs.config',
      '',
      '--==BOUNDARY==',
      'Content-Type: text/plain',
      '',
      'ECS_RESERVED_MEMORY=512',
      '--==BOUNDARY==--',
    ].join('\n');
    expect(settingsOf(doc)).toEqual({ ECS_CLUSTER: 'multi' });
  });
});
