import { describe, expect, it } from 'vitest';
import { completeNameParts } from './complete-name-parts.js';

describe('completeNameParts', () => {
  it('takes the family name off a name written family name first without a space', () => {
    expect(completeNameParts({ firstName: '小明' }, '王小明')).toEqual({ firstName: '小明', lastName: '王' });
    expect(completeNameParts({ firstName: '민준' }, '김민준')).toEqual({ firstName: '민준', lastName: '김' });
    expect(completeNameParts({ firstName: '娜娜' }, '欧阳娜娜')).toEqual({ firstName: '娜娜', lastName: '欧阳' });
    // A Japanese name the parser keeps whole: the first-name column says where the family name ends.
    expect(completeNameParts({ firstName: '太郎' }, '山田太郎')).toEqual({ firstName: '太郎', lastName: '山田' });
  });

  it('takes the given name off such a name when the last name is the given column', () => {
    expect(completeNameParts({ lastName: '王' }, '王小明')).toEqual({ firstName: '小明', lastName: '王' });
    expect(completeNameParts({ lastName: '김' }, '김민준')).toEqual({ firstName: '민준', lastName: '김' });
    expect(completeNameParts({ lastName: '山田' }, '山田太郎')).toEqual({ firstName: '太郎', lastName: '山田' });
  });

  it('reads spaced family-name-first names by their words', () => {
    expect(completeNameParts({ firstName: '太郎' }, '山田 太郎')).toEqual({ firstName: '太郎', lastName: '山田' });
    expect(completeNameParts({ lastName: '山田' }, '山田 太郎')).toEqual({ firstName: '太郎', lastName: '山田' });
    expect(completeNameParts({ firstName: 'An' }, 'Nguyễn Văn An')).toEqual({ firstName: 'An', middleName: 'Văn', lastName: 'Nguyễn' });
    expect(completeNameParts({ lastName: 'Nguyễn' }, 'Nguyễn Văn An')).toEqual({ firstName: 'An', middleName: 'Văn', lastName: 'Nguyễn' });
  });

  it('keeps a cell that is not the whole name as the missing part', () => {
    // A surname column under "Name" beside the given name: nothing to take off.
    expect(completeNameParts({ firstName: '小明' }, '王')).toEqual({ firstName: '小明', lastName: '王' });
    expect(completeNameParts({ firstName: 'Jürgen' }, 'Müller')).toEqual({ firstName: 'Jürgen', lastName: 'Müller' });
  });

  it('leaves Western names as they were', () => {
    expect(completeNameParts({ firstName: 'Jane' }, 'Jane Doe')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(completeNameParts({ lastName: 'Doe' }, 'Jane Doe')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(completeNameParts({ firstName: 'Mary Ann' }, 'Mary Ann Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(completeNameParts({ firstName: 'Jürgen' }, 'Müller, Jürgen')).toEqual({ firstName: 'Jürgen', lastName: 'Müller' });
    // Latin letters run together are not split at the column.
    expect(completeNameParts({ firstName: 'Doe' }, 'JaneDoe')).toEqual({ firstName: 'Doe', lastName: 'JaneDoe' });
  });
});
