import { describe, expect, it } from 'vitest';
import { anaFile, anaRating, packetSource } from './packet-fixture';
import { readLabelsFileText, readReviewerPacketText } from './read-packet-envelope';
import { buildReviewerPacket } from './reviewer-packet';

const packetText = JSON.stringify(buildReviewerPacket(packetSource()));
const labelsText = JSON.stringify(anaFile([anaRating('t1', 'Coding')], 0));

describe('reading decrypted envelopes', () => {
  it('reads back what the builders wrote', () => {
    expect(readReviewerPacketText(packetText).value).toEqual(JSON.parse(packetText));
    expect(readLabelsFileText(labelsText).value).toEqual(JSON.parse(labelsText));
  });

  it('names a packet given where a labels file is expected, and the reverse', () => {
    expect(readLabelsFileText(packetText).problems).toEqual(['it is a reviewer packet, not a labels file']);
    expect(readReviewerPacketText(labelsText).problems).toEqual(['it is a labels file, not a reviewer packet']);
  });

  it('refuses text that is not JSON, another format, a newer version, a field of the wrong shape', () => {
    expect(readReviewerPacketText('hello').problems[0]).toMatch(/not JSON/);
    expect(readReviewerPacketText('{"format":"concord-study-backup"}').problems[0]).toMatch(
      /not a reviewer packet .*concord-study-backup/,
    );
    expect(readLabelsFileText(labelsText.replace('"version":1', '"version":2')).problems[0]).toMatch(
      /version 2 .*newer Concord/,
    );
    const bad = JSON.parse(labelsText);
    bad.ratings[0].label = '';
    bad.ratings[0].updatedAt = 'yesterday';
    expect(readLabelsFileText(JSON.stringify(bad)).problems).toEqual([
      expect.stringMatching(/^ratings\.0\.label: /),
      'ratings.0.updatedAt: is not a date and time',
    ]);
  });
});
