import { Enrollment, firstDayOfSlot, isoDay, lessonsBetween, periodOf } from './lessons';

const enrollment = (over: Partial<Enrollment> = {}): Enrollment => ({
  contractId: 'c1',
  programId: 'p1',
  programTitle: 'Хоккей',
  groupName: 'Группа 1',
  startsOn: '2027-09-01',
  endsOn: '2027-09-30',
  schedule: [
    { day: 1, from: '16:00', to: '17:30' },
    { day: 3, from: '16:00', to: '17:30' },
  ],
  placeName: null,
  address: 'ул. Ленина, 1',
  ...over,
});

describe('periodOf', () => {
  it('takes the week from Monday to Sunday', () => {
    expect(periodOf('WEEK', '2027-09-01')).toEqual({
      from: '2027-08-30',
      to: '2027-09-05',
      previous: '2027-08-23',
      next: '2027-09-06',
    });
    expect(periodOf('WEEK', '2027-09-05').from).toBe('2027-08-30');
  });

  it('takes the calendar month', () => {
    expect(periodOf('MONTH', '2028-02-14')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
      previous: '2028-01-31',
      next: '2028-03-01',
    });
  });
});

describe('lessonsBetween', () => {
  it('lists each slot on its weekdays within the contract’s term only', () => {
    const lessons = lessonsBetween([enrollment()], '2027-08-30', '2027-09-05');
    // Monday 30 August is before the term; Wednesday 1 September is its first lesson.
    expect(lessons.map((lesson) => `${lesson.date} ${lesson.from}`)).toEqual(['2027-09-01 16:00']);
  });

  it('orders by day, time and program', () => {
    const other = enrollment({
      contractId: 'c2',
      programTitle: 'Айкидо',
      schedule: [
        { day: 3, from: '15:00', to: '16:00' },
        { day: 3, from: '16:00', to: '17:00' },
      ],
    });
    const lessons = lessonsBetween([enrollment(), other], '2027-09-01', '2027-09-01');
    expect(lessons.map((lesson) => `${lesson.from} ${lesson.enrollment.programTitle}`)).toEqual([
      '15:00 Айкидо',
      '16:00 Айкидо',
      '16:00 Хоккей',
    ]);
  });

  it('counts a month of lessons', () => {
    expect(lessonsBetween([enrollment()], '2027-09-01', '2027-09-30')).toHaveLength(9);
  });
});

describe('firstDayOfSlot', () => {
  it('finds the slot’s first weekday within the term', () => {
    expect(isoDay('2027-09-01')).toBe(3);
    expect(firstDayOfSlot('2027-09-01', '2027-09-30', 1)).toBe('2027-09-06');
    expect(firstDayOfSlot('2027-09-01', '2027-09-30', 3)).toBe('2027-09-01');
    expect(firstDayOfSlot('2027-09-01', '2027-09-02', 5)).toBeNull();
  });
});
