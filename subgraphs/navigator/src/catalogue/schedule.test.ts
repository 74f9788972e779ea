import { scheduleText } from './schedule';

describe('scheduleText', () => {
  it('puts together the days with the same times, in the order of the week', () => {
    expect(
      scheduleText([
        { day: 5, from: '15:00', to: '16:30' },
        { day: 3, from: '16:00', to: '17:30' },
        { day: 1, from: '16:00', to: '17:30' },
      ]),
    ).toBe('Пн, Ср 16:00–17:30; Пт 15:00–16:30');
  });

  it('says when there is no schedule yet', () => {
    expect(scheduleText([])).toBe('Расписание уточняется');
  });
});
