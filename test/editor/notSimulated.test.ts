import { describe, expect, it } from 'vitest';
import { notSimulatedMessage, notSimulatedNotes } from '../../src/editor/notSimulated';
import { documentedSchema } from '../../src/engine/schema/docs/index';
import { NOT_SIMULATED_NOTE } from '../../src/engine/schema/docs/schemaDocs';

const schema = documentedSchema('ec2', 'RunInstances');
const text = JSON.stringify(
  {
    ImageId: 'ami-1',
    InstanceType: 't3.micro',
    MinCount: 1,
    MaxCount: 1,
    KeyName: 'ops',
    NetworkInterfaces: [{ DeviceIndex: 0, Description: 'primary' }],
  },
  null,
  2,
);

describe('the editor’s "not simulated" notes', () => {
  it('places one on the value of each member the sandbox accepts but ignores', () => {
    const notes = notSimulatedNotes(text, schema);
    expect(notes.map((n) => [n.path, text.slice(n.start, n.end)])).toEqual([
      ['KeyName', '"ops"'],
      ['NetworkInterfaces[0].Description', '"primary"'],
    ]);
    expect(notes[0]!.message).toBe(notSimulatedMessage('KeyName'));
    expect(notes[0]!.message).toMatch(/not simulated/);
  });

  it('has none for simulated members only, nor for text that is not JSON yet', () => {
    expect(notSimulatedNotes('{ "ImageId": "ami-1", "SubnetId": "subnet-1" }', schema)).toEqual([]);
    expect(notSimulatedNotes('{ "KeyName": ', schema)).toEqual([]);
  });

  it('adds the note to the hover text of a marked member, and not to a simulated one', () => {
    const properties = schema.properties as Record<string, { markdownDescription?: string }>;
    expect(properties.KeyName!.markdownDescription).toContain(NOT_SIMULATED_NOTE);
    expect(properties.MetadataOptions!.markdownDescription).toContain(NOT_SIMULATED_NOTE);
    expect(properties.SubnetId!.markdownDescription).not.toContain(NOT_SIMULATED_NOTE);
    expect(properties.ImageId!.markdownDescription).not.toContain(NOT_SIMULATED_NOTE);
  });
});
