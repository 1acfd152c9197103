import { describe, expect, it } from 'vitest';
import { keepLanes } from '../../../renderer/components/timeline/columns';
import { laneActors, laneRemap, normaliseActors } from '../../../renderer/components/timeline/lanes';

describe('timeline lanes', () => {
  it('reads typed actor codes: upper case, distinct, nothing that cannot be a code', () => {
    expect(normaliseActors([' rus', 'JPN', 'rus', '', 'x', 'United States'])).toEqual(['RUS', 'JPN']);
  });

  it('lists the actors of pair lanes once each', () => {
    expect(laneActors([{ key: 'RUS>JPN' }, { key: 'JPN>RUS' }, { key: 'USA>CHN' }])).toEqual(['RUS', 'JPN', 'USA', 'CHN']);
  });

  it('keeps our lane order when a window ranks lanes differently, and drops lanes we do not show', () => {
    const ours = [{ key: 'RUS>JPN' }, { key: 'USA>CHN' }];
    const theirs = [{ key: 'USA>CHN' }, { key: 'KOR>PRK' }, { key: 'RUS>JPN' }];
    const remap = laneRemap(ours, theirs);
    expect(remap).toEqual([1, -1, 0]);
    const bins = keepLanes(
      { lane: [0, 1, 2, 0], start: ['2024-01', '2024-01', '2024-02', '2024-03'], cooperative: [1, 2, 3, 4] },
      remap,
    );
    expect(bins).toEqual({ lane: [1, 0, 1], start: ['2024-01', '2024-02', '2024-03'], cooperative: [1, 3, 4] });
  });
});
